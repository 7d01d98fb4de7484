#!/usr/bin/env bash
# One full epoch of the gemma-3-270m-cpu preset's data mix on one CUDA GPU, on the engine the CPU preset uses (the
# peft backend: packed rows, bf16 autocast, logits at label positions), then the final comparison's evaluations of the
# fine-tuned model, recorded beside the CPU run (experiments/final720.sh: the same test subsets and phrasings, so its
# base reports pair with these question by question).
# - It changes only the preset's length and batch: BATCH examples a step (default 128) for one epoch, validated (450
#   direct questions) and saved four times; the best validation checkpoint is kept, as in the preset. The learning rate
#   stays the preset's (chosen at batch 16 on the CPU): a run at another batch is a new row, not the preset.
# - The fine-tuned model's prompts are chosen on validation by the demo search (60 questions, zero demos among the
#   candidates), then it answers the test subsets: spell-first `readable` (1,200, 400 per type), the same words' count
#   and position questions in other phrasings (800), direct (3,000); free and constrained, float32 as on the CPU.
#   Last, with no demos, 450 validation questions, spell-first `readable`, as the CPU curve's rows
#   (experiments/curve8x.sh).
# - BUDGET (seconds, default 540) bounds the whole script, for a lease that is counted in minutes: the training stops
#   when only EVAL_SECONDS (default 190) are left, and then the last saved checkpoint is evaluated (the run says so).
#   Each finished step's reports are packed into $OUT/results.tgz at once, so a stopped run still returns them.
# Usage (repo root, with the data and the Gemma cache built; on a lent machine after `. experiments/gpu/setup.sh`):
#   [BATCH=128] [BUDGET=540] bash experiments/gpu/epoch.sh
#   TINY=1 bash experiments/gpu/epoch.sh    # the same steps on tiny Gemma and 2,000 words, small limits (CPU: ~2 min)
set -euo pipefail
t0=$SECONDS
D=${D:-runs/gemma-3-270m-cpu/data}
BATCH=${BATCH:-128}; BUDGET=${BUDGET:-540}; EVAL_SECONDS=${EVAL_SECONDS:-190}
model=gemma-3-270m; O=${O:-runs/gpu-epoch}; extra=(); limits=(3000 1200 3 450)
V=runs/final-720/reports/test_varied_1200.jsonl
if [ -n "${TINY:-}" ]; then
  model=tiny-gemma; O=${O}-tiny; extra=(--data.max_words 2000 --data.val_questions 30); limits=(30 15 3 15)
fi
OUT=${OUT:-$O/out}
make_data="spelling-lora data --tokenizer gemma-3-270m --out ${D%/data}"
[ -f "$D/train.jsonl" ] || { echo "no $D/train.jsonl: run \`$make_data\`" >&2; exit 2; }
[ -f "$V" ] || { echo "no $V: run experiments/final720.sh's first step (or carry it)" >&2; exit 2; }
[ -e "$O/train" ] && { echo "$O/train exists: move it away or set O=another/dir" >&2; exit 2; }
mkdir -p "$O/reports" "$OUT"
left() { echo $(( BUDGET - (SECONDS - t0) )); }
keep() {  # pack what is finished into $OUT, so that a run stopped by its limit still returns it
  tar -czf "$OUT/results.tgz" -C "$O" --exclude=./out --exclude=checkpoints --exclude=adapter \
    --exclude='*.safetensors' . 2>/dev/null || true
}
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"
  python3 -c "import sys, torch, transformers, peft, accelerate; print('python', sys.version.split()[0],
  'torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__,
  'accelerate', accelerate.__version__,
  'cuda', torch.cuda.get_device_name() if torch.cuda.is_available() else 'none: running on the CPU')"; } \
  | tee "$O/env.txt"
if [ -n "${TINY:-}" ]; then steps=8  # a smoke test: no need to build the tiny mix's training set for its length
else steps=$(python3 - "$D" "$BATCH" <<'PY'
import math, sys
from spelling_lora.config import load_config
from spelling_lora.training import training_set
print(math.ceil(len(training_set(load_config('gemma-3-270m-cpu'), sys.argv[1])) / int(sys.argv[2])))
PY
)
fi
every=$(( steps / 4 > 0 ? steps / 4 : 1 ))
echo "one epoch: $steps steps of $BATCH, validation every $every; $(left) s left of $BUDGET" | tee "$O/plan.txt"
python3 -c "from spelling_lora.models import gemma_weights_dir as w; w()" > "$O/dequantise.log" 2>&1 \
  || [ -n "${TINY:-}" ]  # tiny Gemma needs the cached tokenizer alone
train_for=$(( $(left) - EVAL_SECONDS ))
ts=$SECONDS
set +e
timeout --signal=INT --kill-after=20 $train_for spelling-lora train --config gemma-3-270m-cpu --model.name $model \
  --training.backend peft --data.dir "$D" --output.dir "$O" --training.batch_size "$BATCH" \
  --training.max_steps "$steps" --training.eval_steps "$every" --training.save_steps "$every" \
  --training.save_total_limit 4 --tracking.wandb disabled \
  "${extra[@]}" > "$O/train.log" 2>&1
rc=$?
set -e
echo "training: exit $rc after $((SECONDS - ts)) s (limit $train_for s)" | tee -a "$O/plan.txt"
adapter=$O/train/adapter
if [ ! -f "$adapter/adapter_config.json" ]; then  # stopped by the budget: the last checkpoint saved
  adapter=$(ls -d "$O"/train/checkpoints/checkpoint-* 2>/dev/null | sort -t- -k2 -n | tail -1 || true)
  [ -n "$adapter" ] || { tail -20 "$O/train.log"; keep; exit 1; }
  echo "the epoch did not finish in the budget: evaluating $adapter" | tee -a "$O/plan.txt"
fi
echo "adapter: $adapter" >> "$O/plan.txt"
tar -czf "$OUT/adapter.tgz" -C "$adapter" adapter_config.json adapter_model.safetensors  # the cached tokenizer stays
keep
ev() {  # ev <split> <name> <options...>: the fine-tuned model, free and constrained, float32 as on the CPU
  local split=$1 name=$2; shift 2
  [ "$(left)" -gt 15 ] || { echo "skipped $name: out of budget" | tee -a "$O/plan.txt"; return 0; }
  local t=$SECONDS
  spelling-lora evaluate --model $model --adapter "$adapter" --data "$D" --split $split --skip-perplexity \
    --constrained --dtype float32 --batch-size 64 --out "$O/reports/$name.json" "$@" > "$O/reports/$name.log" 2>&1 \
    || { echo "failed $name"; tail -5 "$O/reports/$name.log"; }
  echo "$name: $((SECONDS - t)) s" | tee -a "$O/plan.txt"; keep
}
R=$O/reports
ev validation search_spell-first --mode spell-first --spelling-format readable --prompt search --limit ${limits[2]}
ev test finetuned_spell-first-readable --mode spell-first --spelling-format readable \
  --prompt $R/search_spell-first.prompt.json --limit ${limits[1]}
ev test finetuned_varied_spell-first-readable --questions $V --mode spell-first --spelling-format readable \
  --prompt $R/search_spell-first.prompt.json ${TINY:+--limit 12}
ev validation search_direct --mode direct --prompt search --limit ${limits[2]}
ev test finetuned_direct --mode direct --prompt $R/search_direct.prompt.json --limit ${limits[0]}
ev validation val_spell-first-readable_zero --mode spell-first --spelling-format readable --prompt none \
  --limit ${limits[3]}
echo "done in $((SECONDS - t0)) s" | tee -a "$O/plan.txt"; keep
grep -hE "^  (letter|spelling|constrained)" $R/finetuned_*.log 2>/dev/null | head -20 || true
