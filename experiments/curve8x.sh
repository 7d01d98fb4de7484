#!/usr/bin/env bash
# The preset's mix trained to 8x the old study rows' examples: 1,440 steps of 16 (23,040 examples), one cosine schedule,
# a checkpoint every 360 steps (2x, 4x, 6x, 8x of 2,880 examples). Does the answer format survive, do the spelling and
# the reading keep rising? Each checkpoint answers the validation split's 450-question subset (150 per type) spell-first
# `readable` with no demos (`--prompt none`), after the training, two side by side, one thread each. Training on torch's
# default threads (both cores): score nothing beside it (a 1-thread evaluation beside it tripled its time per step).
#     bash experiments/curve8x.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
run=runs/curve-1440
split=validation; . "$(dirname "$0")/ev.sh"
[ -f $run/train/adapter/adapter_config.json ] || spelling-lora train --config gemma-3-270m-cpu --data.dir "$data" \
  --output.dir $run --tracking.wandb offline --training.max_steps 1440 --training.eval_steps 360 \
  --training.save_steps 360 --training.save_total_limit 4 > /tmp/curve-train.log 2>&1
score() {  # score <step>
  adapter=$run/train/checkpoints/checkpoint-$1
  out=$run/reports/checkpoints/val_spell-first-readable-zero_step$1.json
  [ -f $out ] || ev --mode spell-first --spelling-format readable --prompt none --limit 450 --out $out > /tmp/curve-$1.log 2>&1
}
score 360 & score 720; wait
score 1080 & score 1440; wait
