#!/usr/bin/env bash
# The spread between runs: the preset's mix (the chosen row, runs/preset-720 at seed 42) again at seed 7, and the
# spelling-only mix (spelling + composition pseudo-words, no answerable spellings, no list skills: the pure-transfer
# row) at seeds 42 and 7, each 720 steps of 16 (11,520 examples) on the preset's engine. Trainings two side by side,
# one thread each; the third beside the first two's scoring. Each row answers the validation split's 150 questions per
# type spell-first `readable` with no demos (`--prompt none`), as the preset's zero-demo row (experiments/zero.sh),
# and with the base model's few-shot prompt; the preset's second seed also with no demos on the other phrasings
# (runs/reading-base/validation_varied_450.jsonl, experiments/varied.sh). Every step skips a report already written.
#     bash experiments/seeds.sh
set -euo pipefail
data=${DATA:-runs/gemma-3-270m-cpu/data}
split=validation; . "$(dirname "$0")/ev.sh"
train() {  # train <run dir> <seed> <options...>
  [ -f $1/train/adapter/adapter_config.json ] || spelling-lora train --config gemma-3-270m-cpu --data.dir $data \
    --output.dir $1 --training.seed $2 --training.threads 1 --tracking.wandb disabled "${@:3}" \
    > /tmp/seeds-$(basename $1).log 2>&1
}
z() { zero $1 readable val_spell-first-readable-zero --limit 450; }  # no demos
few() {  # the base model's few-shot prompt in the readable format
  adapter=$1/train/adapter
  [ -f $1/reports/val_spell-first-readable.json ] || ev --mode spell-first --spelling-format readable \
    --prompt runs/gemma-3-270m-cpu-180/reports/measure/base_spell-first-readable.prompt.json --limit 450 \
    --out $1/reports/val_spell-first-readable.json > /tmp/few-$(basename $1).log 2>&1
}
spelling_only=(--data.readable 0 --data.list_skills 0)
train runs/preset-720-seed7 7 & train runs/spelling-720 42 "${spelling_only[@]}"; wait
train runs/spelling-720-seed7 7 "${spelling_only[@]}" &
{ z runs/preset-720-seed7; z runs/spelling-720
  zero runs/preset-720-seed7 readable val_varied_spell-first-readable-zero \
    --questions runs/reading-base/validation_varied_450.jsonl
  few runs/spelling-720; few runs/preset-720-seed7; }; wait
z runs/spelling-720-seed7; few runs/spelling-720-seed7
