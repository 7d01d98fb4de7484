#!/usr/bin/env bash
# The GPU-only training paths, each on a tiny model trained on 2,000 of the training words (a minute or two each, most of
# it importing Unsloth), then the real preset through Unsloth.
# Needs a CUDA GPU and the gpu extra (pip install -e '.[gpu]'). Usage (repo root): bash experiments/gpu/unsloth_smoke.sh
set -uo pipefail
D=runs/gemma-3-270m-cpu/data
O=runs/gpu
T="--data.max_words 2000 --training.max_steps 20 --training.eval_steps 10 --training.save_steps 10 --training.logging_steps 5 --data.val_questions 30 --data.dir $D --tracking.wandb disabled"
mkdir -p $O
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, transformers, peft, trl, unsloth, bitsandbytes; print('torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'trl', trl.__version__, 'unsloth', unsloth.__version__, 'bitsandbytes', bitsandbytes.__version__)"
step() { echo "=== $1"; local t=$SECONDS; "${@:2}" > $O/$1.log 2>&1; echo "exit $? in $((SECONDS-t)) s"; grep -E "backend|falling back|loss|Error|error" $O/$1.log | tail -6; }
step unsloth-tiny-gemma spelling-lora train --config gemma-3-270m-cpu --model.name tiny-gemma --training.backend unsloth $T --output.dir $O/unsloth-tiny-gemma
step unsloth-tiny-gemma-resume spelling-lora train --config gemma-3-270m-cpu --model.name tiny-gemma --training.backend unsloth $T --training.max_steps 30 --output.dir $O/unsloth-tiny-gemma --resume
step unsloth-tiny-gpt2 spelling-lora train --config gpt2 --model.name tiny-gpt2 --training.backend unsloth $T --output.dir $O/unsloth-tiny-gpt2
step qlora-tiny-gemma spelling-lora train --config gemma-3-270m-cpu --model.name tiny-gemma --training.backend peft --model.load_in_4bit true $T --output.dir $O/qlora-tiny-gemma
step peft-bf16-tiny-gemma spelling-lora train --config gemma-3-270m-cpu --model.name tiny-gemma --training.backend peft --model.dtype bfloat16 $T --output.dir $O/peft-bf16-tiny-gemma
step unsloth-gemma-3-270m spelling-lora train --config gemma-3-270m-cpu --training.backend unsloth --data.dir $D --output.dir $O/unsloth-gemma-3-270m --tracking.wandb disabled
for d in $O/*/train; do [ -f $d/summary.json ] && echo "$d: $(python3 -c "import json,sys; s=json.load(open('$d/summary.json')); print({k: s.get(k) for k in ('backend','steps','seconds','train_loss','best_metric','best_step')})")"; done
