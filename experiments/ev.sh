# The one evaluation wrapper of the experiment scripts, sourced by them: Gemma 3 270M on the `$split` split of `$data`,
# with the adapter `$adapter` when it is set, free and constrained answers, no perplexity, one torch thread (two such
# jobs run side by side on the 2-core machine). In a script: split=test; . "$(dirname "$0")/ev.sh"; ev --mode direct ...
ev() { OMP_NUM_THREADS=1 spelling-lora evaluate --model gemma-3-270m ${adapter:+--adapter "$adapter"} --data "$data" \
         --split "${split:?set split before ev}" --skip-perplexity --constrained "$@"; }
