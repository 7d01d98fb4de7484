#!/usr/bin/env bash
# The trace row of the study: the preset's mix with the trace answerable spellings (trace_count, trace_position, and
# reverse) in place of the readable ones, 720 steps of 16 (11,520 examples), alone on both cores (its in-training
# validation at 11,520 examples is its direct-mode row, 150 questions per type); then, on the validation split, spell-first
# in the trace format, 150 questions per type, free and constrained, as the study scores its rows: the base model with
# its own prompt searched in the trace format, the trace model with that same prompt, side by side on one thread each.
#     bash experiments/trace.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
split=validation; . "$(dirname "$0")/ev.sh"
base=runs/trace-base; run=runs/trace-720; prompt=$base/reports/search_spell-first-trace.prompt.json
adapter=
[ -f $prompt ] || OMP_NUM_THREADS=2 spelling-lora evaluate --model gemma-3-270m --data "$data" --split validation \
  --skip-perplexity --mode spell-first --spelling-format trace --prompt search --limit 3 \
  --out $base/reports/search_spell-first-trace.json
[ -f $run/train/adapter/adapter_config.json ] || spelling-lora train --config gemma-3-270m-cpu --data.dir "$data" \
  --output.dir $run --tracking.wandb offline --data.readable_kinds trace_count,trace_position,reverse
ev --mode spell-first --spelling-format trace --prompt $prompt --limit 450 --out $base/reports/val_spell-first-trace.json \
  > /tmp/trace-base.log 2>&1 &
adapter=$run/train/adapter
ev --mode spell-first --spelling-format trace --prompt $prompt --limit 450 --out $run/reports/val_spell-first-trace.json
wait
