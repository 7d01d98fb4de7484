"""The training set of a config, hashed, to check that a refactor leaves a preset's data byte for byte as it was:
    python tools/data_hash.py gemma-3-270m-cpu [--data.readable_kinds trace_count,trace_position,reverse ...]
prints the number of examples and the first 16 hex digits of the SHA-256 of their JSON lines."""
import hashlib, json, sys
from spelling_lora.config import load_config
from spelling_lora.training import config_data_dir, training_set

if __name__ == '__main__':
    cfg = load_config(sys.argv[1], sys.argv[2:])
    examples = training_set(cfg, config_data_dir(cfg))  # the config's own data directory, as `train` reads it
    digest = hashlib.sha256(''.join(json.dumps(e, sort_keys=True) + '\n' for e in examples).encode()).hexdigest()
    print(f'{len(examples):,} examples, {digest[:16]}')
