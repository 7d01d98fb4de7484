#!/usr/bin/env bash
# Two rows trained with varied prompts (`--data.varied true`: the answerable spellings requested in other words, the word
# in any quote style) and a 128-token cut (the 64-token cut shortened 9-15% of the readable list lines and 41-58% of the
# trace-style ones, and a shortened line loses its `Answer:`), 720 steps of 16 (11,520 examples) each:
#   varied        the preset's mix (readable answerable spellings, readable list skills)
#   varied-lists  the `lists` row's mix (trace answerable spellings, list skills in the trace's marks)
# The two train side by side, one thread each. Then each answers the validation split's 450-question subset (150 per
# type) spell-first in its format with no demos (`--prompt none`; the reading study's lever that helped most), and the
# same words' count and position questions asked in other phrasings (runs/reading-base/validation_varied_450.jsonl, from
# experiments/varied.sh), side by side, one thread each.
#     bash experiments/varied_rows.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
split=validation; . "$(dirname "$0")/ev.sh"
q=runs/reading-base/validation_varied_450.jsonl
[ -f $q ] || { echo "run experiments/varied.sh first: it writes $q" >&2; exit 2; }
train() {  # train <run dir> <overrides...>
  [ -f "$1/train/adapter/adapter_config.json" ] || spelling-lora train --config gemma-3-270m-cpu --data.dir "$data" \
    --output.dir "$1" --tracking.wandb offline --training.threads 1 --data.max_length 128 --data.varied true "${@:2}"
}
train runs/varied-720 > /tmp/varied-train.log 2>&1 &
train runs/varied-lists-720 --data.readable_kinds trace_count,trace_position,reverse --data.list_style trace \
  > /tmp/varied-lists-train.log 2>&1
wait
zero runs/varied-720 readable val_spell-first-readable-zero --limit 450 &
zero runs/varied-lists-720 trace val_spell-first-trace-zero --limit 450; wait
zero runs/varied-720 readable val_varied_spell-first-readable-zero --questions $q &
zero runs/varied-lists-720 trace val_varied_spell-first-trace-zero --questions $q; wait
# the preset (trained without varied prompts) with no demos on the other phrasings too: what the varied prompts changed
zero runs/preset-720 readable val_varied_spell-first-readable-zero --questions $q
