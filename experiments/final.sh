#!/usr/bin/env bash
# The final comparison on the TEST split, once per final model: seeded stratified subsets (3,000 direct questions,
# 1,200 spell-first `readable`: 1,000 and 400 per question type), free and constrained, each model with its own prompt
# chosen on validation (the base model's searches are the measurement's, made by the same procedure).
#   bash experiments/final.sh base
#   bash experiments/final.sh finetuned runs/ablation-readable-lists/train/adapter
set -euo pipefail
label=$1; adapter=${2:-}
data=${DATA:-runs/gemma-3-270m-cpu/data}
out=${OUT_DIR:-runs/final/reports}
mkdir -p "$out"
split=test; . "$(dirname "$0")/ev.sh"
if [ "$label" = base ]; then
  measured=${MEASURED:-runs/gemma-3-270m-cpu-180/reports/measure}
  ev --mode direct --prompt "$measured/base_direct.prompt.json" --limit 3000 --out "$out/base_direct.json"
  ev --mode spell-first --spelling-format readable --prompt "$measured/base_spell-first-readable.prompt.json" --limit 1200 --out "$out/base_spell-first-readable.json"
else
  ev --mode direct --prompt search --limit 3000 --out "$out/${label}_direct.json"
  ev --mode spell-first --spelling-format readable --prompt search --search-n 40 --limit 1200 --out "$out/${label}_spell-first-readable.json"
fi
