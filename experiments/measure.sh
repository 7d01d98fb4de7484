#!/usr/bin/env bash
# The measurement for one model: free, constrained, oracle and tool-assisted answers, each model with its own
# prompt chosen on the validation split (`--prompt search`), on seeded stratified subsets of the test split.
#   bash experiments/measure.sh base                                            # Gemma 3 270M as it is
#   bash experiments/measure.sh finetuned runs/gemma-3-270m-cpu-180/train/adapter  # + the preset's adapter
# Reports go to runs/gemma-3-270m-cpu-180/reports/measure/; one torch thread (OMP_NUM_THREADS=1): two of these run side by side.
set -euo pipefail
label=$1; adapter=${2:-}
data=${DATA:-runs/gemma-3-270m-cpu/data}
out=${OUT_DIR:-runs/gemma-3-270m-cpu-180/reports/measure}
n_direct=${N_DIRECT:-600}; n_spell=${N_SPELL:-300}
mkdir -p "$out"
split=test; . "$(dirname "$0")/ev.sh"
ev --mode direct --prompt search --limit "$n_direct" --out "$out/${label}_direct.json"
ev --mode spell-first --spelling-format readable --prompt search --search-n 40 --limit "$n_spell" --out "$out/${label}_spell-first-readable.json"
for fmt in readable numbered spaces; do  # the reading step alone: the correct spelling line is given
  ev --mode spell-first --spelling-format $fmt --oracle --prompt "$out/${label}_spell-first-readable.prompt.json" --limit "$n_spell" --out "$out/${label}_oracle-$fmt.json"
done
