"""How tokens hide letters: linear probes from the base model's input embeddings to "contains letter x" and "first letter
is x", per letter, on held-out letter tokens (`tokens.letter_probe`), one torch thread.

    OMP_NUM_THREADS=1 python experiments/probe.py experiments/probe_gemma-3-270m.json

A seeded sample of N_TOKENS of the model's letter tokens (`tokens.extract_tokens`) keeps it to about a minute of CPU.
"""
import datetime, json, os, platform, random, resource, sys, time
import torch
from spelling_lora.pipeline import record_header
from spelling_lora.core import GEMMA_NAME
from spelling_lora.tokens import PROBE_TARGETS, extract_tokens, letter_probe
from spelling_lora.models import load_model

N_TOKENS, SEED, WEIGHT_DECAY, STEPS = 40_000, 0, 1e-3, 200

def main(out: str, model_name: str = GEMMA_NAME):
    torch.set_num_threads(1)
    t0, load_before = time.time(), os.getloadavg()[0]
    model, tok = load_model(model_name, dtype='float32', device='cpu')
    embeddings = model.get_input_embeddings().weight.detach()
    tokens = extract_tokens(tok)
    sample = random.Random(SEED).sample(tokens, min(N_TOKENS, len(tokens)))
    record = dict(**record_header(f'OMP_NUM_THREADS=1 python experiments/probe.py {out}',
                                  f'{os.cpu_count()}-core {platform.machine()} CPU, shared, no GPU; one torch thread'),
                  model=model_name, embeddings=f'input embeddings (embed_tokens), {tuple(embeddings.shape)}, float32, as load_model gives them',
                  letter_tokens=len(tokens), n_tokens=len(sample), seed=SEED,
                  sampling=f'random.Random({SEED}).sample of the letter tokens; held out: 20% of the distinct lowercased texts (held_out_by_text, seed {SEED})',
                  probe=f'one logistic regression per letter on standardised embeddings, rarer answer weighted up (pos_weight), '
                        f'L2 {WEIGHT_DECAY}, full-batch L-BFGS ({STEPS} iterations) from zero; scored on the held-out tokens',
                  weight_decay=WEIGHT_DECAY, steps=STEPS,
                  load_average_before=load_before, probes={})
    t_probe = time.time()
    for target in PROBE_TARGETS:
        record['probes'][target] = dict(question=PROBE_TARGETS[target], **letter_probe(embeddings, sample, target, seed=SEED, weight_decay=WEIGHT_DECAY, steps=STEPS))
        r = record['probes'][target]
        print(f"{target}: train {r['n_train']:,}, held out {r['n_held_out']:,}: balanced accuracy {r['mean_balanced_accuracy']}, "
              f"accuracy {r['mean_accuracy']} (majority {r['mean_majority_accuracy']}), all 26 right {r['all_right']}", flush=True)
    record.update(probe_seconds=round(time.time() - t_probe, 1), wall_seconds=round(time.time() - t0, 1),
                  cpu_seconds=round(resource.getrusage(resource.RUSAGE_SELF).ru_utime, 1), load_average_after=os.getloadavg()[0])
    open(out, 'w').write(json.dumps(record, indent=1) + '\n')
    print(f"{out}: {', '.join(record['probes'])} in {record['probe_seconds']} s")

if __name__ == '__main__': main(*sys.argv[1:3])
