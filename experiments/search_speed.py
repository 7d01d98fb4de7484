"""The prompt search, timed: exhaustive (every candidate demo set on every scoring question, one torch thread, fp32
decoding, as the search ran before) against successive halving with bf16 decoding (`baseline.search_demos`' defaults,
all cores), in direct and spell-first
(readable) mode, with a paired bootstrap over the scoring questions of the difference between the two picks' scores.

    python experiments/search_speed.py runs/gemma-3-270m-cpu/data --out experiments/search_speed_gemma-3-270m.json
    python experiments/search_speed.py --tiny --out /tmp/search_speed_tiny.json   # the logic on tiny GPT-2, in seconds

Both picks are scored on the exhaustive run's answers (it has every candidate's per-question correctness), so the
interval is about the pick alone. "Same pick, or within the search's own noise": same name, or the interval holds 0.
"""
import argparse, datetime, json, os, platform, random, shlex, sys, time
from pathlib import Path
import numpy as np
import torch
from spelling_lora.pipeline import record_header
from spelling_lora.baseline import answer_questions, demo_candidates, pick_demos, search_demos, search_split
from spelling_lora.models import load_model
from spelling_lora.splits import load_questions, split_rows

MODES = [('direct', 'spaces'), ('spell-first', 'readable')]
RESAMPLES = 10_000

def tiny_validation(n_words: int = 40, seed: int = 0) -> list[dict]:
    "Validation rows of the splits schema for `n_words` made-up words (as the baseline chapter's tests make them)"
    rng = random.Random(seed)
    words = sorted({''.join(rng.choice('abcdefghij') for _ in range(rng.randint(4, 8))) for _ in range(n_words)})
    return split_rows(words, 'validation', seed)

def paired_bootstrap(a: dict, b: dict, types: dict, resamples: int = RESAMPLES, seed: int = 0) -> list[float]:
    "95% interval of score(a) - score(b), the mean of per-type accuracies, resampling questions within each type"
    rng, diffs = np.random.default_rng(seed), np.zeros(resamples)
    for qt in ('letter_count', 'letter_position'):
        d = np.array([float(a[i]) - float(b[i]) for i in types if types[i] == qt])
        if len(d): diffs += d[rng.integers(0, len(d), (resamples, len(d)))].mean(1) / 2
    return [round(float(x), 4) for x in np.percentile(diffs, [2.5, 97.5])]

def timed(threads: int, **kwargs) -> tuple[dict, dict]:
    "`search_demos(**kwargs)` with `threads` torch threads: its result, and seconds, CPU seconds, load averages"
    torch.set_num_threads(threads)
    load, t, c = os.getloadavg(), time.perf_counter(), time.process_time()
    found = search_demos(**kwargs)
    seconds, cpu_seconds = round(time.perf_counter() - t, 2), round(time.process_time() - c, 2)
    return found, dict(threads=threads, seconds=seconds, cpu_seconds=cpu_seconds,
                       load_before=[round(x, 2) for x in load], load_after=[round(x, 2) for x in os.getloadavg()],
                       answered=found['answered'], bf16=found['bf16'])

def compare(full: dict, halved: dict, types: dict) -> dict:
    "The two picks, their full-set scores (both from the exhaustive run), and whether they differ beyond noise"
    score = {k: c['score'] for k, c in full['candidates'].items()}
    correct = {k: c['correct'] for k, c in full['candidates'].items()}
    low, high = paired_bootstrap(correct[full['name']], correct[halved['name']], types)
    pairs = [(k, i, v) for k, c in halved['candidates'].items() for i, v in c['correct'].items()]
    return dict(exhaustive_pick=full['name'], halving_pick=halved['name'],
                exhaustive_score=score[full['name']], halving_pick_score=score[halved['name']],
                score_difference=round(score[full['name']] - score[halved['name']], 4),
                bootstrap_95=[low, high], resamples=RESAMPLES, same_pick=full['name'] == halved['name'],
                within_noise=full['name'] == halved['name'] or low <= 0 <= high,
                answers_agree=sum(correct[k][i] == v for k, i, v in pairs) / len(pairs))

def main(data: str | None = None, out: str = 'experiments/search_speed_gemma-3-270m.json', tiny: bool = False,
         n: int | None = None, threads: int | None = None) -> dict:
    "Time both searches in both modes and write one JSON record to `out`"
    cores, n = len(os.sched_getaffinity(0)), n or (12 if tiny else 60)
    threads = threads or cores
    name = 'tiny-gpt2' if tiny else 'gemma-3-270m'
    if not tiny and not data: sys.exit('give the data directory made by `spelling-lora data` (or --tiny)')
    validation = tiny_validation() if tiny else load_questions(Path(data)/'validation.jsonl')
    model, tok = load_model(name)
    scoring, pool = search_split(validation, n)
    types = {q['id']: q['question_type'] for q in scoring}
    torch.set_num_threads(1)
    answer_questions(model, tok, scoring[:4], demos=pick_demos(pool, 3), progress=False)  # warm-up, not timed
    rec = dict(**record_header('python experiments/search_speed.py ' + shlex.join(sys.argv[1:]),
                               f'{os.cpu_count()}-core {platform.machine()} CPU ({platform.processor() or "unknown"}), '
                               f'{cores} usable, model on {model.device}'),
               model=name, n=n, load_average_before=[round(x, 2) for x in os.getloadavg()], modes={})
    for mode, fmt in MODES:
        kwargs = dict(model=model, tok=tok, validation=validation, mode=mode, spelling_format=fmt, n=n, progress=False,
                      candidates=demo_candidates(pool, zero=False))  # the candidate sets the record was made with
        full, full_time = timed(1, strategy='exhaustive', bf16=False, **kwargs)
        halved, halved_time = timed(threads, strategy='halving', **kwargs)
        rec['modes'][f'{mode}/{fmt}'] = dict(
            compare(full, halved, types),
            speedup=round(full_time['seconds'] / halved_time['seconds'], 2),
            cpu_ratio=round(full_time['cpu_seconds'] / halved_time['cpu_seconds'], 2),
            exhaustive=dict(full_time, candidates={k: c['score'] for k, c in full['candidates'].items()}),
            halving=dict(halved_time, rounds=[dict(size=len(r['ids']), candidates=len(r['candidates']), kept=r['kept'])
                                              for r in halved['rounds']],
                         candidates={k: dict(score=c['score'], n=c['n'], dropped_in=c['dropped_in'])
                                     for k, c in halved['candidates'].items()}))
        summary = {k: v for k, v in rec['modes'][f'{mode}/{fmt}'].items() if k not in ('exhaustive', 'halving')}
        print(mode, json.dumps(summary))
    rec['load_average_after'] = [round(x, 2) for x in os.getloadavg()]
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(rec, indent=1) + '\n')
    return rec

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('data', nargs='?', help='data directory made by `spelling-lora data` (with validation.jsonl)')
    p.add_argument('--out', default='experiments/search_speed_gemma-3-270m.json', help='where to write the JSON record')
    p.add_argument('--tiny', action='store_true', help='tiny GPT-2 and made-up validation rows: the logic, in seconds')
    p.add_argument('--n', type=int, default=None, help='scoring questions (default 60; 12 with --tiny)')
    p.add_argument('--threads', type=int, default=None, help='torch threads of the halving search (default: all cores)')
    a = p.parse_args()
    main(a.data, a.out, a.tiny, a.n, a.threads)
