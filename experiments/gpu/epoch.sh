#!/usr/bin/env bash
# One full epoch of the gemma-3-270m-cpu preset's data mix on one CUDA GPU, on the same engine as the CPU preset
# (packed rows, bf16), then the fine-tuned model on the test subsets of the CPU comparison (3,000 direct and 1,200
# spell-first readable questions, each with its own prompt searched on validation), recorded beside the CPU run.
# It changes only the preset's length and batch: BATCH examples a step (default 64) for one epoch of steps, validated four
# times. The learning rate stays the preset's (chosen at batch 16 on the CPU): a run at another batch is a new row, not
# the preset. The peft backend, so that the engine is the one the CPU run used.
# Usage (repo root, the data directory built): [BATCH=64] bash experiments/gpu/epoch.sh
#   TINY=1 bash experiments/gpu/epoch.sh     # the same steps on tiny Gemma, 2,000 words, on a CPU, in a few minutes
set -euo pipefail
D=${D:-runs/gemma-3-270m-cpu/data}
BATCH=${BATCH:-64}
model=gemma-3-270m; O=${O:-runs/gpu-epoch}; extra=(); limits=(3000 1200 40)
if [ -n "${TINY:-}" ]; then
  model=tiny-gemma; O=${O}-tiny; extra=(--data.max_words 2000 --data.val_questions 30); limits=(30 15 8)
fi
[ -f "$D/train.jsonl" ] || { echo "no $D/train.jsonl: run \`spelling-lora data --tokenizer gemma-3-270m --out ${D%/data}\`" >&2; exit 2; }
steps=$(python3 - "$D" "$BATCH" "${TINY:-}" <<'PY'
import math, sys
from spelling_lora.config import load_config, set_option
from spelling_lora.training import training_set
d, batch, tiny = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cfg = load_config('gemma-3-270m-cpu')
if tiny: cfg = set_option(cfg, 'data.max_words', 2000)
print(math.ceil(len(training_set(cfg, d)) / batch))
PY
)
every=$(( steps / 4 > 0 ? steps / 4 : 1 ))
if [ -n "${TINY:-}" ]; then steps=8; every=4; fi
echo "one epoch: $steps steps of $BATCH, validation every $every"
mkdir -p "$O"
python3 -c "import torch; print(torch.cuda.get_device_name() if torch.cuda.is_available() else 'no CUDA GPU: running on the CPU')"
/usr/bin/time -v spelling-lora train --config gemma-3-270m-cpu --model.name $model --training.backend peft \
  --data.dir "$D" --output.dir "$O" --training.batch_size "$BATCH" --training.max_steps "$steps" \
  --training.eval_steps "$every" --training.save_steps "$every" --training.save_total_limit 4 \
  --tracking.wandb offline "${extra[@]}" 2> "$O/train.time" | tail -3
grep -E "Elapsed|Maximum resident" "$O/train.time"
ev() { spelling-lora evaluate --model $model --adapter "$O/train/adapter" --data "$D" --split test --skip-perplexity \
         --constrained --prompt search --search-n "${limits[2]}" "$@"; }
ev --mode direct --limit "${limits[0]}" --out "$O/reports/finetuned_direct.json"
ev --mode spell-first --spelling-format readable --limit "${limits[1]}" --out "$O/reports/finetuned_spell-first-readable.json"
ls "$O/reports"
