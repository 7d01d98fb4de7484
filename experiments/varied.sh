#!/usr/bin/env bash
# The reading study's rows on the same validation words asked in other phrasings (validation_varied.jsonl, built by
# `spelling-lora data`): the count and position questions of the rows' 450-question subset (150 per type), spell-first,
# the base model and the readable preset, each with the base model's readable prompt (as their rows). Side by side, one
# thread each; waits for experiments/zero.sh. Reports: runs/<row>/reports/val_varied_spell-first-<format>[-zero].json
#     bash experiments/varied.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
split=validation; . "$(dirname "$0")/ev.sh"
q=runs/reading-base/validation_varied_450.jsonl
mkdir -p runs/reading-base/reports
python - "$q" <<'PY'
import json, sys
from spelling_lora.core import read_jsonl, write_jsonl
asked = {i['id'] for i in json.load(open('runs/trace-base/reports/val_spell-first-trace.json'))['items']}
write_jsonl([r for r in read_jsonl('runs/gemma-3-270m-cpu/data/validation_varied.jsonl') if r['id'] in asked], sys.argv[1])
PY
while [ ! -f runs/preset-720/reports/val_spell-first-readable-zero.json ]; do sleep 30; done
readable=runs/gemma-3-270m-cpu-180/reports/measure/base_spell-first-readable.prompt.json
varied() {  # varied <run dir> <format> <prompt> [suffix]
  adapter=${1/runs\/reading-base/}; adapter=${adapter:+$1/train/adapter}
  out=$1/reports/val_varied_spell-first-$2${4:-}.json
  [ -f $out ] || ev --questions $q --mode spell-first --spelling-format $2 --prompt $3 --out $out > /tmp/varied-$(basename $1)-$2.log 2>&1
}
varied runs/reading-base readable $readable & varied runs/preset-720 readable $readable; wait
