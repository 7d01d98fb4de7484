#!/usr/bin/env bash
# Zero-demo rows of the study: each fine-tuned row answers the validation split's questions spell-first with no demos
# at all (`--prompt none`: the question and the `Spelling:` cue alone), 150 questions per type, free and constrained,
# two side by side on one thread each. A model that needs no demos has none to copy; the base model keeps its few-shot
# prompt (its rows are the trace and scale rows' own). Waits for experiments/lists.sh when that is still running.
#     bash experiments/zero.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
split=validation; . "$(dirname "$0")/ev.sh"
for run in runs/lists-720 runs/letters-720; do
  while [ ! -f $run/reports/val_spell-first-trace.json ]; do sleep 30; done
done
z() { zero $1 $2 val_spell-first-$2-zero --limit 450; }  # the report names the study reads
z runs/lists-720 trace & z runs/letters-720 trace; wait
z runs/trace-720 trace & z runs/preset-720 readable; wait
