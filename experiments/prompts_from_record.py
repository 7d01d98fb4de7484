"""The base model's validation-chosen prompts of the measurement (experiments/measure_gemma-3-270m-cpu.json), rebuilt as
the `.prompt.json` files `experiments/ablate.sh` reads, for a checkout whose runs/ directory is gone.

    python experiments/prompts_from_record.py
"""
import json
from pathlib import Path
from spelling_lora.splits import load_questions
r = json.load(open('experiments/measure_gemma-3-270m-cpu.json'))
val = {q['id']: q for q in load_questions('runs/gemma-3-270m-cpu/data/validation.jsonl')}
out = Path('runs/gemma-3-270m-cpu-180/reports/measure'); out.mkdir(parents=True, exist_ok=True)
for k in ('base_direct', 'base_spell-first-readable'):
    v = r['reports'][k]
    (out/f'{k}.prompt.json').write_text(json.dumps(dict(settings={}, demos=[val[i] for i in v['demo_ids']],
                                                        search=v['prompt_search']), indent=1) + '\n')
