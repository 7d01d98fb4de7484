"""Training throughput of the speed options on Gemma 3 270M, one run, one torch thread: fp32 with LoRA on every layer
(the preset), bf16 autocast, LoRA on the upper half only, and both, on the same batches; and length-grouped batches
(`data.group_by_length`, alone and with bf16), drawn evenly from the trainer's length-grouped order of the same 3,200
examples (the speed of a batch depends on its padding, so those batches cannot be the same ones).

    OMP_NUM_THREADS=1 python experiments/training_speed.py experiments/training_speed_gemma-3-270m.json
"""
import json, os, platform, sys, datetime
import torch
from spelling_lora.pipeline import record_header
from spelling_lora.config import LoraSettings
from spelling_lora.training import speed_experiment
from spelling_lora.models import load_model

def main(out: str, steps: int = 4, pool: int = 3200):
    torch.set_num_threads(1)
    record = dict(**record_header(f'OMP_NUM_THREADS=1 python experiments/training_speed.py {out}',
                                  f'{os.cpu_count()}-core {platform.machine()} CPU, shared, no GPU'),
                  load_average_before=os.getloadavg()[0], runs={})
    for name, lora in [('all_layers', LoraSettings(r=16, alpha=32, mlp=True)), ('upper_half', LoraSettings(r=16, alpha=32, mlp=True, layers_from=9))]:
        model, tok = load_model('gemma-3-270m')
        variants = {'fp32': dict(label_positions_only=True), 'bf16': dict(label_positions_only=True, bf16=True)}
        if name == 'all_layers': variants.update({'grouped': dict(label_positions_only=True, grouped=True), 'grouped+bf16': dict(label_positions_only=True, grouped=True, bf16=True)})
        record['runs'][name] = speed_experiment('gemma-3-270m', variants, steps=steps, batch_size=16, n_words=pool, lora=lora, model=model, tok=tok)
    base = record['runs']['all_layers']['variants']['fp32']['tokens_per_second']
    record['tokens_per_second'] = {f'{r}/{v}': x['variants'][v]['tokens_per_second'] for r, x in record['runs'].items() for v in x['variants']}
    record['speedup_vs_fp32_all_layers'] = {k: round(v / base, 2) for k, v in record['tokens_per_second'].items()}
    record['last_loss'] = {f'{r}/{v}': x['variants'][v]['last_loss'] for r, x in record['runs'].items() for v in x['variants']}
    record['load_average_after'] = os.getloadavg()[0]
    open(out, 'w').write(json.dumps(record, indent=1) + '\n')
    print(json.dumps({k: record[k] for k in ('tokens_per_second', 'speedup_vs_fp32_all_layers', 'last_loss')}, indent=1))

if __name__ == '__main__': main(*sys.argv[1:2])
