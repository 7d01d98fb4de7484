#!/usr/bin/env bash
# The list rows of the study, beside the trace row (experiments/trace.sh), with its trace answerable spellings and the
# base model's trace-format prompt, 720 steps of 16 (11,520 examples) each, examples cut at 128 tokens (not 64: a trace
# working line would lose its answer):
#   lists   list skills (words and numbers, never letters) whose working lines are in the trace's marks and cue
#           (`Spelling: 1:dog 2:cat=1 ...`, then `Answer:`): pure composition
#   letters the same + 0.5 x words letter lists (random single letters, never a word), the same marks: the
#           letter-sequence reading lever
# The two train side by side, one thread each; then each is scored on the validation split, spell-first in the trace
# format, 150 questions per type, free and constrained, side by side on one thread each. The base model's answers on the
# same questions with the same prompt are the trace row's (runs/trace-base).
#     bash experiments/lists.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
split=validation; . "$(dirname "$0")/ev.sh"
prompt=runs/trace-base/reports/search_spell-first-trace.prompt.json
[ -f $prompt ] || { echo "run experiments/trace.sh first: it searches the base model's trace-format prompt" >&2; exit 2; }
train() {  # train <run dir> <overrides...>
  [ -f "$1/train/adapter/adapter_config.json" ] || spelling-lora train --config gemma-3-270m-cpu --data.dir "$data" \
    --output.dir "$1" --tracking.wandb offline --training.threads 1 --data.max_length 128 \
    --data.readable_kinds trace_count,trace_position,reverse --data.list_style trace "${@:2}"
}
train runs/lists-720 > /tmp/lists-train.log 2>&1 &
train runs/letters-720 --data.letter_lists 0.5 > /tmp/letters-train.log 2>&1
wait
for run in runs/lists-720 runs/letters-720; do
  adapter=$run/train/adapter
  ev --mode spell-first --spelling-format trace --prompt $prompt --limit 450 --out $run/reports/val_spell-first-trace.json \
    > /tmp/$(basename $run)-ev.log 2>&1 &
done
wait
