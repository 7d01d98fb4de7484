#!/usr/bin/env bash
# One row of the study: train the spelling-only preset (gemma-3-270m-cpu-spelling) with extra overrides, then score the adapter on the VALIDATION split
# (direct and spell-first readable, free and constrained) with the base model's prompts chosen on validation, the same for
# every row.   bash experiments/ablate.sh NAME [--data.readable 0.5 ...]
# (NAME=base scores the base model with no training.)  One torch thread. The run directory is PREFIX-NAME (PREFIX
# defaults to runs/ablation).
set -euo pipefail
name=$1; shift
data=${DATA:-runs/gemma-3-270m-cpu/data}
prompts=${PROMPTS:-runs/gemma-3-270m-cpu-180/reports/measure}
run=${PREFIX:-runs/ablation}-$name
adapter=
if [ "$name" != base ]; then
  [ -f "$run/train/adapter/adapter_config.json" ] || OMP_NUM_THREADS=1 spelling-lora train --config gemma-3-270m-cpu-spelling --data.dir "$data" --output.dir "$run" --tracking.wandb offline "$@"
  adapter=$run/train/adapter
fi
split=validation; . "$(dirname "$0")/ev.sh"
ev --mode direct --prompt "$prompts/base_direct.prompt.json" --limit ${N_DIRECT:-300} --out "$run/reports/val_direct.json"
ev --mode spell-first --spelling-format readable --prompt "$prompts/base_spell-first-readable.prompt.json" --limit ${N_SPELL:-150} --out "$run/reports/val_spell-first-readable.json"
