#!/usr/bin/env bash
# Here, after the GPU call of epoch.sh: unpacks what came back (results.tgz and adapter.tgz, in the folder the run
# tool names files_at) into runs/gpu-epoch, links the CPU base model's reports of the same test questions beside the
# fine-tuned ones (the final comparison's: experiments/final720.sh) and records the comparison, free and constrained,
# McNemar.
#   bash experiments/gpu/record_epoch.sh FOLDER
set -euo pipefail
F=${1:?usage: bash experiments/gpu/record_epoch.sh FOLDER  (the folder holding results.tgz and adapter.tgz)}
O=${O:-runs/gpu-epoch}; OUT=${RECORD:-experiments/gpu/epoch_gemma-3-270m.json}
[ -f "$F/results.tgz" ] || { echo "no $F/results.tgz" >&2; exit 2; }
[ -e "$O" ] && { echo "$O exists: move it away, or set O=another/dir" >&2; exit 2; }
mkdir -p "$O/train/adapter" && tar -xzf "$F/results.tgz" -C "$O"
[ -f "$F/adapter.tgz" ] && tar -xzf "$F/adapter.tgz" -C "$O/train/adapter"
for f in runs/final-720/reports/base_*.json; do ln -s "$(realpath $f)" "$O/reports/"; done
cat "$O/env.txt" "$O/plan.txt"
HARDWARE="$(head -1 "$O/env.txt"); $(sed -n 2p "$O/env.txt")" python experiments/record.py measure "$O/reports" "$OUT"
