"""Speed check: constrained (label-space) scoring of 424 direct-mode count/position questions against free
direct answering of the same questions, same prompt, same process, one torch thread.

    OMP_NUM_THREADS=1 python experiments/constrained_speed.py runs/gemma-3-270m-cpu/data experiments/constrained_speed_gemma-3-270m.json
"""
import json, os, platform, sys, time, datetime
import torch
from spelling_lora.pipeline import record_header
from spelling_lora.models import load_model
from spelling_lora.splits import load_questions
from spelling_lora.evaluation import stratified_limit
from spelling_lora.baseline import answer_questions, constrained_answers, few_shot_prefix, pick_demos

def main(data: str, out: str, n: int = 424):
    torch.set_num_threads(1)
    model, tok = load_model('gemma-3-270m')
    test = [q for q in load_questions(f'{data}/test.jsonl') if q['question_type'] != 'spelling']
    qs = stratified_limit(test, n, seed=42)
    demos = pick_demos(load_questions(f'{data}/validation.jsonl'), 6)
    answer_questions(model, tok, qs[:8], demos=demos, progress=False)    # warm-up, not timed
    t = time.perf_counter(); free = answer_questions(model, tok, qs, demos=demos, progress=False); t_free = time.perf_counter() - t
    t = time.perf_counter(); picked = constrained_answers(model, tok, qs, [a['raw'] for a in free], few_shot_prefix(demos)); t_constrained = time.perf_counter() - t
    rec = dict(**record_header(f'OMP_NUM_THREADS=1 python experiments/constrained_speed.py {data} {out}',
                               f'{os.cpu_count()}-core {platform.machine()} CPU, shared, no GPU'),
               model='gemma-3-270m', n=len(qs), torch_threads=1, load_average=os.getloadavg()[0],
               free_seconds=round(t_free, 2), constrained_seconds=round(t_constrained, 2), ratio=round(t_constrained / t_free, 3),
               agree=sum(a['prediction'] == c for a, c in zip(free, picked)))
    open(out, 'w').write(json.dumps(rec, indent=1) + '\n'); print(rec)

if __name__ == '__main__': main(*sys.argv[1:3])
