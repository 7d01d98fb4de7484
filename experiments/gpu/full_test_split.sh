#!/usr/bin/env bash
# Base and fine-tuned Gemma 3 270M on the WHOLE test split (71,403 questions), both answering modes, on one CUDA GPU.
# The same commands as experiments/COMMANDS.md's main run with --limit 0; float32 as on the CPU, so the subset runs
# there and this run answer the same questions the same way; the reports' saved answers (`*.answers.jsonl`) are shared with
# the CPU commands in COMMANDS.md, so whichever machine runs next continues them. Four jobs share the GPU. Gemma's tokenizer
# must come from transformers >= 5.23 (5.17, which the gpu extra installs, converts it wrongly and `spelling-lora` stops):
# build the cache (~/.cache/spelling_lora/gemma-3-270m) before installing the gpu extra, or run this without it. Usage:
#   [R=reports-dir] [BATCH=256] bash experiments/gpu/full_test_split.sh [base|finetuned|all]
set -euo pipefail
D=runs/gemma-3-270m-cpu/data                       # `spelling-lora data --tokenizer gemma-3-270m --out runs/gemma-3-270m-cpu`
A=runs/gemma-3-270m-cpu-180/train/adapter          # the main run's adapter (COMMANDS.md, runs/gemma-3-270m-cpu-180)
R=${R:-runs/gemma-3-270m-cpu-180/reports/full}   # another R keeps a GPU run's answers apart from the CPU run's
BATCH=${BATCH:-256}                                 # questions per generation batch (answers are saved 500 at a time, so at most 500 count)
mkdir -p $R
export PYTORCH_CUDA_ALLOC_CONF=${PYTORCH_CUDA_ALLOC_CONF:-expandable_segments:True}   # four decoders with growing caches: without it the first one reserves most of the card
python3 -c "from spelling_lora.models import gemma_weights_dir; gemma_weights_dir()"   # dequantise once, before the jobs
run() {  # label, mode, extra args
  spelling-lora evaluate --model gemma-3-270m --data $D --split test --mode $2 --limit 0 --skip-perplexity \
    --dtype float32 --batch-size $BATCH --out $R/$1_$2.json "${@:3}" > $R/$1_$2.log 2>&1
}
which=${1:-all}
if [ $which != finetuned ]; then run base direct & run base spell-first & fi
if [ $which != base ]; then run finetuned direct --adapter $A & run finetuned spell-first --adapter $A & fi
wait
