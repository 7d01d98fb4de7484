#!/usr/bin/env bash
# The final comparison of the current preset (its 720-step run, runs/preset-720, 11,520 examples) on the TEST split,
# once: each model with its own prompt chosen on validation; the fine-tuned model's searches now have zero demos among
# their candidates, the base model keeps the measurement's few-shot prompts. Spell-first `readable` on 1,200 questions
# (400 per type), then the same words' count and position questions asked in other phrasings (test_varied.jsonl, the
# 800 of that subset), then direct mode on 3,000 (1,000 per type); free and constrained; two side by side, one thread each.
#     bash experiments/final720.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
out=runs/final-720/reports; mkdir -p $out
measured=runs/gemma-3-270m-cpu-180/reports/measure
tuned=runs/preset-720/train/adapter
python - "$data" $out/test_varied_1200.jsonl <<'PY'
import sys
from spelling_lora.core import read_jsonl, write_jsonl
from spelling_lora.evaluation import stratified_limit
from spelling_lora.splits import load_questions
asked = {q['id'] for q in stratified_limit(load_questions(f'{sys.argv[1]}/test.jsonl'), 1200)}  # the spell-first subset
write_jsonl([r for r in read_jsonl(f'{sys.argv[1]}/test_varied.jsonl') if r['id'] in asked], sys.argv[2])
PY
split=validation; . "$(dirname "$0")/ev.sh"
adapter=$tuned  # the fine-tuned model's own prompts, chosen on validation (the search's 60 questions)
search() { [ -f $out/search_$1.prompt.json ] || ev --mode $1 --spelling-format $2 --prompt search --limit 3 --out $out/search_$1.json \
  > /tmp/final720-search-$1.log 2>&1; }
search direct spaces & search spell-first readable; wait
split=test
pair() {  # pair <setting> <evaluate options...>: base and fine-tuned side by side
  local s=$1; shift
  [ -f $out/base_$s.json ] || adapter= ev "$@" --prompt $measured/base_$base_prompt.prompt.json --out $out/base_$s.json \
    > /tmp/final720-base-$s.log 2>&1 &
  [ -f $out/finetuned_$s.json ] || adapter=$tuned ev "$@" --prompt $out/search_$mode.prompt.json \
    --out $out/finetuned_$s.json > /tmp/final720-tuned-$s.log 2>&1
  wait
}
mode=spell-first; base_prompt=spell-first-readable
pair spell-first-readable --mode spell-first --spelling-format readable --limit 1200
pair varied_spell-first-readable --questions $out/test_varied_1200.jsonl --mode spell-first --spelling-format readable
mode=direct; base_prompt=direct
pair direct --mode direct --limit 3000
