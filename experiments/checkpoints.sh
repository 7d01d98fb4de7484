#!/usr/bin/env bash
# Checkpoint selection on a validation subset large enough to rank: every saved checkpoint of a study row,
# direct mode, free generation, 300 questions per type (900 in all; the questions of the demo words left out), the base
# model's validation prompt as in the study. record.py's `checkpoints` kind splits each report's questions into two
# disjoint halves of ~150 per type to measure how much the ranking moves with the subset (its noise).
#   bash experiments/checkpoints.sh readable-lists      # scores runs/ablation-readable-lists/train/checkpoints/*
set -euo pipefail
name=$1
data=${DATA:-runs/gemma-3-270m-cpu/data}
prompts=${PROMPTS:-runs/gemma-3-270m-cpu-180/reports/measure}
run=runs/ablation-$name
for ck in $(ls -d "$run"/train/checkpoints/checkpoint-* | sort -V); do
  step=${ck##*-}
  out=$run/reports/checkpoints/val_direct_step$step.json
  [ -f "$out" ] || OMP_NUM_THREADS=1 spelling-lora evaluate --model gemma-3-270m --adapter "$ck" --data "$data" --split validation \
    --skip-perplexity --mode direct --prompt "$prompts/base_direct.prompt.json" --limit ${N:-900} --out "$out"
done
