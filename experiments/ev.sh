# The one evaluation wrapper of the experiment scripts, sourced by them: Gemma 3 270M on the `$split` split of `$data`,
# with the adapter `$adapter` when it is set, free and constrained answers, no perplexity, one torch thread (two such
# jobs run side by side on the 2-core machine). In a script: split=test; . "$(dirname "$0")/ev.sh"; ev --mode direct ...
ev() { OMP_NUM_THREADS=1 spelling-lora evaluate --model gemma-3-270m ${adapter:+--adapter "$adapter"} --data "$data" \
         --split "${split:?set split before ev}" --skip-perplexity --constrained "$@"; }
# zero <run dir> <format> <report name> [evaluate options]: the run's adapter answers spell-first in <format> with no
# demos at all (`--prompt none`: the question and the `Spelling:` cue alone), into <run dir>/reports/<report name>.json
# unless that is there already; its log in /tmp. Sets `adapter`.
zero() { adapter=$1/train/adapter; [ -f $1/reports/$3.json ] || ev --mode spell-first --spelling-format $2 --prompt none \
           --out $1/reports/$3.json "${@:4}" > /tmp/$(basename $1)-$3.log 2>&1; }
