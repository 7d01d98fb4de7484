"""The training engine side by side: the preset's old settings (one thread, dynamic padding, fp32), then packing, bf16
autocast and two threads one at a time, then all three together, then those three with the loss's softmax compiled into
one kernel (`training.compile_loss`, the preset's engine); one process per variant, run one after another, on
the same examples (the first STEPS x 16 of the preset's shuffled training set), the same LoRA init and the same
learning rate. A sixth process repeats the old settings with another LoRA init (seed 43): its loss difference is the
noise that the others' loss differences are compared with. Run it alone on the machine.

    python experiments/engine_speed.py experiments/engine_speed_gemma-3-270m.json
"""
import json, os, subprocess, sys, time
from pathlib import Path
from spelling_lora.pipeline import record_header

VARIANTS = {  # name -> (threads, packing, bf16, compiled loss, LoRA seed)
    'old preset settings': (1, False, False, False, 42),
    '+ packing': (1, True, False, False, 42),
    '+ bf16': (1, False, True, False, 42),
    '+ 2 threads': (2, False, False, False, 42),
    'packing + bf16 + 2 threads': (2, True, True, False, 42),
    'the engine: packing + bf16 + 2 threads + compiled loss': (2, True, True, True, 42),
    'old settings, LoRA seed 43 (noise)': (1, False, False, False, 43),
}
ENGINE = 'the engine: packing + bf16 + 2 threads + compiled loss'
PRESET, BATCH = 'gemma-3-270m-cpu', 16

def variant(name: str, steps: int) -> dict:
    "Train one variant for `steps` steps in this process; its speed and each held-out example's loss afterwards"
    import random, torch
    from spelling_lora.config import load_config, DataSettings
    from spelling_lora.data import split_words
    from spelling_lora.engine import cpu_threads, step_speed, example_losses
    from spelling_lora.models import load_model
    from spelling_lora.templates import training_examples
    from spelling_lora.training import add_adapter, ensure_data, training_set
    threads, packing, bf16, compiled, seed = VARIANTS[name]
    cpu_threads(threads)
    cfg = load_config(PRESET)
    d = ensure_data(cfg)
    examples = training_set(cfg, d)
    random.Random(cfg.training.seed).shuffle(examples)
    held_out = training_examples(split_words(d/'validation.jsonl')[:cfg.data.val_examples], seed=cfg.training.seed)
    model, tok = load_model(cfg.model.name)
    model = add_adapter(model.train(), cfg.lora, seed)
    data = DataSettings(packing=packing, max_length=cfg.data.max_length)
    t = time.perf_counter()
    speed = step_speed(model, tok, examples[:steps * BATCH], data, BATCH, steps, lr=cfg.training.learning_rate, bf16=bf16,
                       compiled=compiled)
    return dict(threads=threads, packing=packing, bf16=bf16, compiled_loss=compiled, lora_seed=seed, wall_seconds=round(time.perf_counter() - t, 1),
                **speed, held_out_losses=example_losses(model, tok, held_out))

def main(out: str, steps: int = 20):
    import platform, datetime, numpy as np, torch
    from scipy import stats
    record = dict(**record_header(f'python experiments/engine_speed.py {out}' + (f' {steps}' if steps != 20 else ''),
                                  f'{len(os.sched_getaffinity(0))}-core {platform.processor() or platform.machine()} CPU, no GPU, '
                                  'nothing else running'),
                  model='gemma-3-270m', preset=PRESET, batch_size=BATCH, steps=steps, warmup_steps=1,
                  examples=f'the first {steps * BATCH} of the preset training set, shuffled with the preset seed',
                  load_average_before=os.getloadavg()[0], engine=ENGINE, variants={})
    for name in VARIANTS:
        print(f'== {name}', flush=True)
        res = subprocess.run([sys.executable, __file__, '--variant', name, str(steps)], capture_output=True, text=True)
        if res.returncode: sys.exit(f'{name} failed:\n{res.stderr[-3000:]}')
        record['variants'][name] = json.loads(res.stdout.strip().splitlines()[-1])
    v, base = record['variants'], record['variants']['old preset settings']
    ref = np.array(base['held_out_losses'])
    for name, r in v.items():
        diff = np.array(r['held_out_losses']) - ref
        ci = stats.t.interval(0.95, len(diff) - 1, loc=diff.mean(), scale=stats.sem(diff)) if diff.any() else (0.0, 0.0)
        r['summary'] = dict(real_tokens_per_second=r['tokens_per_second'], real_tokens_per_cpu_second=r['tokens_per_cpu_second'],
                            speedup_wall=round(r['tokens_per_second'] / base['tokens_per_second'], 2),
                            speedup_cpu=round(r['tokens_per_cpu_second'] / base['tokens_per_cpu_second'], 2),
                            held_out_loss=round(float(np.mean(r['held_out_losses'])), 4),
                            held_out_loss_diff=round(float(diff.mean()), 4),
                            held_out_loss_diff_ci95=[round(float(x), 4) for x in ci])
    noise = abs(v['old settings, LoRA seed 43 (noise)']['summary']['held_out_loss_diff'])
    record['noise'] = dict(held_out_loss_diff_of_another_lora_init=noise)
    record['load_average_after'] = os.getloadavg()[0]
    Path(out).write_text(json.dumps(record, indent=1) + '\n')
    for name, r in v.items(): print(f"{name:36} {json.dumps(r['summary'])}")

if __name__ == '__main__':
    if sys.argv[1] == '--variant': print(json.dumps(variant(sys.argv[2], int(sys.argv[3]))))
    else: main(sys.argv[1], *map(int, sys.argv[2:3]))
