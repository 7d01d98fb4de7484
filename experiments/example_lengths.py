"""How many training examples of each family are longer than the cut (`data.max_length`): such an example loses its end,
and a working line its `Answer:`. A seeded sample of the training set of a config with overrides, Gemma's tokenizer.
    python experiments/example_lengths.py experiments/example_lengths_gemma-3-270m.json
"""
import json, os, random, shlex, sys
from collections import defaultdict
from pathlib import Path
from spelling_lora.config import load_config
from spelling_lora.models import load_tokenizer
from spelling_lora.pipeline import record_header
from spelling_lora.training import training_set

MIXES = {  # the rows of the reading study, as their scripts train them
    'preset (readable)': [],
    'trace row': ['--data.readable_kinds', 'trace_count,trace_position,reverse'],
    'lists row': ['--data.readable_kinds', 'trace_count,trace_position,reverse', '--data.list_style', 'trace'],
    'letters row': ['--data.readable_kinds', 'trace_count,trace_position,reverse', '--data.list_style', 'trace',
                    '--data.letter_lists', '0.5']}

def lengths(overrides: list[str], tok, data: str, sample: int = 4000, seed: int = 0) -> dict:
    "Per family (and working/direct): examples sampled, tokens (BOS and EOS included) mean and max, share over 64 and 128"
    cfg = load_config('gemma-3-270m-cpu', overrides)
    examples = random.Random(seed).sample(training_set(cfg, Path(data)), sample)
    by = defaultdict(list)
    for e in examples: by[e['family'] + ('/working' if e['separator'] == 'working' else '')].append(len(tok(e['text'])['input_ids']) + 1)
    out = {k: dict(n=len(v), mean=round(sum(v) / len(v), 1), max=max(v), over_64=round(sum(x > 64 for x in v) / len(v), 3),
                   over_128=round(sum(x > 128 for x in v) / len(v), 3)) for k, v in sorted(by.items()) if '_' in k or '/' in k}
    every = [x for v in by.values() for x in v]
    return dict(families=out, all=dict(n=len(every), mean=round(sum(every) / len(every), 2), over_64=round(sum(x > 64 for x in every) / len(every), 4)))

if __name__ == '__main__':
    out, data = sys.argv[1], os.environ.get('DATA', 'runs/gemma-3-270m-cpu/data')
    tok = load_tokenizer('gemma-3-270m')
    rec = dict(**record_header('python experiments/example_lengths.py ' + shlex.join(sys.argv[1:]), 'any CPU (no timing)'),
               sample=4000, mixes={k: dict(overrides=v, **lengths(v, tok, data)) for k, v in MIXES.items()})
    Path(out).write_text(json.dumps(rec, indent=1) + '\n')
    print(out, {k: v['all'] for k, v in rec['mixes'].items()})
