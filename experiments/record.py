"""Write experiments/*.json from a run's reports: the reports without per-item rows, the comparison table, the commands.

    python experiments/record.py baseline   runs/gemma-3-270m-cpu experiments/baseline_gemma-3-270m.json
    python experiments/record.py comparison runs/gemma-3-270m-cpu experiments/result_gemma-3-270m-cpu.json
    python experiments/record.py ablation   runs/gemma-3-270m-cpu experiments/ablations_gemma-3-270m.json
    python experiments/record.py sweep      runs/sweep-gemma-3-270m experiments/sweep_gemma-3-270m.json
    python experiments/record.py steps      runs/gemma-3-270m-cpu-180 experiments/steps_gemma-3-270m.json
    python experiments/record.py measure    runs/gemma-3-270m-cpu-180/reports/measure experiments/measure_gemma-3-270m-cpu.json
    python experiments/record.py study      runs/ablation experiments/study_gemma-3-270m.json
    python experiments/record.py checkpoints runs/ablation-readable-lists/reports/checkpoints experiments/checkpoints_gemma-3-270m-cpu.json
    python experiments/record.py train      runs/preset-720 experiments/train_gemma-3-270m-cpu.json
    python experiments/record.py precision  runs/precision experiments/precision_gemma-3-270m-cpu.json
    python experiments/record.py curve      runs/curve-1440 experiments/curve_gemma-3-270m-cpu.json BASE_REPORT

The commands that produced the reports are read from commands.yaml beside this file (the entry named after the run directory).
"""
import json, os, re, sys
from pathlib import Path
from spelling_lora.pipeline import experiment_record, summary_table
from spelling_lora.evaluation import load_report
from spelling_lora.core import read_jsonl
sys.path.insert(0, str(Path(__file__).resolve().parent.parent/'tools'))
import make_commands as _commands  # the commands behind each record: experiments/commands.yaml

def commands_for(run_dir: str) -> list[str]:
    "The shell commands of `run_dir` in experiments/commands.yaml"
    return _commands.commands_for(run_dir)

ABLATIONS = {'plain templates': 'runs/ablation-plain', 'plain + composition (first run)': 'runs/gemma-3-270m-cpu',
             'annotated (numbered) + composition': 'runs/ablation-annotated'}

def ablation(run_dir: str) -> dict:
    "Spell-first results of each training-data variant against the same base report (same 300 test questions)"
    from spelling_lora.evaluation import compare_reports
    base = load_report(Path(run_dir, 'reports', 'base_spell-first.json'))
    rows, reports = [], {}
    for label, d in ABLATIONS.items():
        p = Path(d, 'reports', 'finetuned_spell-first.json')
        if not p.exists(): continue
        r = reports[label] = load_report(p)
        t = compare_reports(base, r).reset_index()
        for _, row in t.iterrows(): rows.append(dict(variant=label, spelling_format=r.get('spelling_format', 'spaces'), **row.to_dict()))
        s = json.loads(Path(d, 'train', 'summary.json').read_text())
        for row in rows:
            if row['variant'] == label: row.update(steps=s['steps'])
    return dict(table=rows, reports=reports, base=base)

def steps(run_dir: str) -> list[dict]:
    "Direct-mode accuracies of the base model (step 0) and of each checkpoint (reports/steps/direct_stepN.json) on the same questions"
    reports = {int(p.stem[len('direct_step'):]): load_report(p) for p in Path(run_dir, 'reports', 'steps').glob('direct_step*.json')}
    if 0 not in reports: sys.exit(f'no base-model report (step 0) in {run_dir}/reports/steps')
    ids = {s: [i['id'] for i in r['items']] for s, r in reports.items()}
    if len({tuple(v) for v in ids.values()}) != 1: sys.exit(f'the step reports of {run_dir} are not on the same questions')
    rows = []
    for step, r in sorted(reports.items()):
        row = dict(step=step, n=r['n'], adapter=r['adapter'])
        for qt, m in r['metrics'].items():
            row.update({f'{qt}_{k}': m[k] for k in ('accuracy', 'ci_low', 'ci_high', 'char_accuracy') if k in m})
        rows.append(row)
    return rows

def train_files(run_dir: str) -> dict:
    "The run's training log, summary and config (`train_metrics`, `train_summary`, `train_config`), those that exist"
    out = {}
    metrics = Path(run_dir, 'train', 'metrics.jsonl')
    if metrics.exists(): out['train_metrics'] = read_jsonl(metrics)
    for f in ('summary.json', 'config.yaml'):
        p = Path(run_dir, 'train', f)
        if p.exists(): out[f'train_{p.stem}'] = json.loads(p.read_text()) if f.endswith('json') else p.read_text()
    return out

def first_letter_answers(report: dict) -> dict:
    "How many of a report's letter-position answers are the word's first letter, and for how many the first letter is the right answer"
    items = [i for i in report.get('items', []) if i['question_type'] == 'letter_position']
    return dict(n=len(items), answered_first_letter=sum(i.get('prediction') == i['word'][0].lower() for i in items),
                first_letter_right=sum(i['answer'] == i['word'][0].lower() for i in items))

_split_rows = {}
def split_rows(source: str, data: str | None = None) -> dict:
    "The questions of a report's `source` by id: a split of `data` (default `$DATA`) or a question file, read once"
    data = data or os.environ.get('DATA', 'runs/gemma-3-270m-cpu/data')
    if source not in _split_rows:
        path = Path(source) if source.endswith('.jsonl') else Path(data, f'{source}.jsonl')
        _split_rows[source] = {q['id']: q for q in read_jsonl(path)}
    return _split_rows[source]

def reading(report: dict, data: str | None = None) -> dict | None:
    "`baseline.reading_chain` of a spell-first report's own answers in an answerable format (`readable`, `trace`): readable lines, right lines, lines read; or None. Questions from `data` (default `$DATA`, as in the scripts)"
    from spelling_lora.baseline import reading_chain
    from spelling_lora.tasks import ANSWERABLE
    if report.get('mode') != 'spell-first' or report.get('spelling_format') not in ANSWERABLE or report.get('oracle') or not report.get('items'): return None
    rows = split_rows(report['source'], data)
    return reading_chain([rows[i['id']] for i in report['items']], report['items'], report['spelling_format'])

def copies(report: dict, data: str | None = None) -> dict | None:
    "`baseline.demo_copies` of a spell-first report's own lines: the share spelling a demo's word, or nearer one than the asked word"
    from spelling_lora.baseline import demo_copies
    if report.get('mode') != 'spell-first' or report.get('oracle') or not report.get('items') or not report.get('demo_ids'): return None
    ids = report['demo_ids']
    ids = [i for group in ids.values() for i in group] if isinstance(ids, dict) else ids
    words = [split_rows('validation', data)[i]['word'] for i in ids]  # demos always come from the validation split
    rows = split_rows(report['source'], data)
    return demo_copies([rows[i['id']] for i in report['items']], report['items'], words)

def measure(report_dir: str) -> dict:
    "Every setting (`base_S.json` beside `finetuned_S.json`) compared: free, constrained and tool-assisted rows with floors; the prompt searches"
    from spelling_lora.evaluation import compare_reports
    reports = {p.stem: load_report(p) for p in sorted(Path(report_dir).glob('*.json')) if not p.stem.endswith('.prompt')}
    settings = sorted({k.split('_', 1)[1] for k in reports if k.startswith('finetuned_') and 'base_' + k.split('_', 1)[1] in reports})
    rows = []
    for s in settings:
        for _, row in compare_reports(reports[f'base_{s}'], reports[f'finetuned_{s}']).reset_index().iterrows():
            rows.append(dict(setting=s, **row.to_dict()))
    searches = {k: {f: r['prompt_search'][f] for f in ('name', 'n', 'candidates', 'spread')} for k, r in reports.items() if r.get('prompt_search') and 'candidates' in r['prompt_search']}
    return dict(table=rows, settings=settings, prompt_searches=searches, reports=reports,
                first_letter_answers={k: first_letter_answers(r) for k, r in reports.items()},
                reading={k: c for k, r in reports.items() if (c := reading(r))})

def report_row(r: dict, steps: int = 0) -> dict:
    "One report's study row: free, constrained and tool accuracies, floors, the reading chain and the demo copies"
    m, floor = r['metrics'], r['majority_baseline']
    row = dict(n=r['n'], steps=steps, count=m['letter_count']['accuracy'], position=m['letter_position']['accuracy'],
               count_constrained=m.get('constrained', {}).get('letter_count', {}).get('accuracy'),
               position_constrained=m.get('constrained', {}).get('letter_position', {}).get('accuracy'),
               spelling_exact=(m['from_spelling']['spelling'] if 'from_spelling' in m else m['spelling'])['exact_match'],
               count_majority=floor['letter_count']['accuracy'], position_first_letter=floor['letter_position'].get('first_letter_accuracy'))
    if 'from_spelling' in m: row.update(count_tool=m['from_spelling']['letter_count']['accuracy'], position_tool=m['from_spelling']['letter_position']['accuracy'])
    for qt, c in (reading(r) or {}).items():  # the chain: readable line, right line, the line read
        row.update({f"{qt.split('_')[1]}_{k}": c[k] for k in ('readable', 'line_right', 'reads_line')})
    for qt, c in (copies(r) or {}).items():  # lines that spell a demo's word (or nearer one than the asked word)
        row.update({f"{qt.split('_')[1]}_{k}": c[k] for k in ('spells_demo', 'nearer_demo')})
    return row

def curve(run_dir: str, base: str) -> dict:
    "Each checkpoint's spell-first report (`reports/checkpoints/val_<setting>_step<N>.json`) as a study row, against `base`"
    from spelling_lora.evaluation import compare_reports
    ref, rows, against, reports = load_report(base), [], [], {}
    for p in sorted(Path(run_dir, 'reports', 'checkpoints').glob('val_*_step*.json'), key=lambda p: int(p.stem.split('_step')[1])):
        setting, step = p.stem[len('val_'):].rsplit('_step', 1)
        r = reports[p.stem] = load_report(p)
        rows.append(dict(step=int(step), setting=setting, **report_row(r, int(step))))
        against += [dict(step=int(step), **row) for row in compare_reports(ref, r).reset_index().to_dict('records')]
    return dict(table=rows, against_base=against, base=base, reports=reports, **train_files(run_dir))

def study(prefix: str) -> dict:
    "The study on the validation split: one row per run directory `PREFIX-NAME` and answering setting, free and constrained"
    rows, reports, trains = [], {}, {}
    for d in sorted(Path(prefix).parent.glob(Path(prefix).name + '-*')):
        name = d.name[len(Path(prefix).name) + 1:]
        if not list((d/'reports').glob('val_*.json')): continue  # not a study row (the older test-split ablation's runs share the prefix)
        summary = d/'train'/'summary.json'
        if summary.exists():
            s = json.loads(summary.read_text())
            logs = [json.loads(l) for l in open(d/'train'/'metrics.jsonl')] if (d/'train'/'metrics.jsonl').exists() else []
            evals = [e for e in logs if 'eval_loss' in e]
            rate = lambda e: e.get('real_tokens_per_second', e.get('tokens_per_second'))  # older logs counted padding
            speeds = [rate(e) for e in logs if rate(e) and e.get('step', 0) > 1]  # the first step warms up
            trains[name] = dict(steps=s['steps'], seconds=s.get('seconds'), examples=s.get('examples'), best_step=s.get('best_step'),
                                # the whole run's throughput (the speed lever over a run, not a few batches): mean of the logged windows
                                tokens_per_second=round(sum(speeds) / len(speeds), 1) if speeds else None,
                                epoch=next((e['epoch'] for e in reversed(logs) if 'epoch' in e), None),
                                config=(d/'train'/'config.yaml').read_text(),
                                # the in-training validations (30 questions each): the `fewer steps` lever, read per checkpoint
                                curve=[{k: e.get(k) for k in ('step', 'eval_loss', 'eval_letter_count_accuracy', 'eval_letter_position_accuracy',
                                                              'eval_spelling_exact_match', 'eval_primary_accuracy')} for e in evals])
        for p in sorted((d/'reports').glob('val_*.json')):
            if p.stem.endswith('.prompt'): continue
            r = reports[f'{name}/{p.stem}'] = load_report(p)
            rows.append(dict(variant=name, setting=p.stem[len('val_'):], **report_row(r, trains.get(name, {}).get('steps', 0))))
    return dict(table=rows, train=trains, reports=reports, against_preset=against_preset(prefix),
                against_base=against_base(reports))

def against_base(reports: dict) -> list[dict]:
    """Every trained row's answers paired with the base model's in the same setting (`base/<setting>`): McNemar per metric.
    A zero-demo setting (`...-zero`) is paired with the base model's few-shot answers in that format: each its own prompt"""
    from spelling_lora.evaluation import compare_reports
    out = []
    for key, r in reports.items():
        name, setting = key.split('/', 1)
        base = reports.get(f'base/{setting}') or reports.get(f"base/{setting.removesuffix('-zero')}")
        if name == 'base' or base is None: continue
        t = compare_reports(base, r).reset_index()
        out += [dict(variant=name, setting=setting[len('val_'):], **row) for row in t.to_dict('records')]
    return out

def against_preset(prefix: str, preset: str = 'readable-lists') -> dict:
    "Rows whose last checkpoint was also scored on the checkpoint table's 300 validation questions per type, paired with the preset's (McNemar)"
    from spelling_lora.evaluation import compare_reports
    ref = Path(f'{prefix}-{preset}')/'reports'/'checkpoints'/'val_direct_step180.json'
    out = {}
    for p in sorted(Path(prefix).parent.glob(Path(prefix).name + '-*/reports/checkpoints/val_direct_step*.json')):
        name = p.parts[-4][len(Path(prefix).name) + 1:]
        if name == preset or not ref.exists() or p.stem != 'val_direct_step180': continue
        t = compare_reports(load_report(ref), load_report(p)).reset_index()
        out[name] = [{k: (v.item() if hasattr(v, 'item') else v) for k, v in r.items()} for r in t.to_dict('records') if r['metric'] != 'spelling']
    return out

def checkpoints(report_dir: str) -> dict:
    "Each checkpoint's validation accuracy (count, position, their mean) on the whole subset and on two disjoint halves of it, and where the best step falls"
    rows = []
    for p in sorted(Path(report_dir).glob('val_direct_step*.json'), key=lambda p: int(p.stem.split('step')[1])):
        items = load_report(p)['items']
        row = dict(step=int(p.stem.split('step')[1]))
        by_type = {qt: sorted((x for x in items if x['question_type'] == qt), key=lambda x: x['id']) for qt in ('letter_count', 'letter_position')}
        for half, keep in (('', lambda i: True), ('_half_a', lambda i: i % 2 == 0), ('_half_b', lambda i: i % 2 == 1)):
            acc = {}
            for qt, typed in by_type.items():
                its = [it for k, it in enumerate(typed) if keep(k)]
                acc[qt] = sum(it['correct'] for it in its) / len(its)
                if not half: row[f'n_{qt}'] = len(its)
            row.update({f'count{half}': acc['letter_count'], f'position{half}': acc['letter_position'], f'primary{half}': (acc['letter_count'] + acc['letter_position']) / 2})
        rows.append(row)
    best = {k: max(rows, key=lambda r: r[k])['step'] for k in ('primary', 'primary_half_a', 'primary_half_b')} if rows else {}
    return dict(table=rows, best_step=best, halves_agree=len(set(best.values())) == 1,
                largest_half_gap=max((abs(r['primary_half_a'] - r['primary_half_b']) for r in rows), default=None))

PRECISIONS = ('bf16', 'fp32')

def precision(prefix: str) -> dict:
    "The same run in bf16 autocast and in fp32 (`<prefix>-bf16`, `<prefix>-fp32`): loss curves, validations, differences"
    files = {p: train_files(f'{prefix}-{p}') for p in PRECISIONS}
    logs = {p: f['train_metrics'] for p, f in files.items()}
    curve = {p: {r['step']: r['loss'] for r in rows if 'loss' in r} for p, rows in logs.items()}
    val = {p: {r['step']: {k[5:]: v for k, v in r.items() if k.startswith('eval_') and isinstance(v, (int, float))}
               for r in rows if 'eval_loss' in r} for p, rows in logs.items()}
    steps = sorted(set(curve['bf16']) & set(curve['fp32']))
    diffs = [curve['bf16'][s] - curve['fp32'][s] for s in steps]
    last = max(set(val['bf16']) & set(val['fp32']))
    return dict(loss_curve=[dict(step=s, bf16=curve['bf16'][s], fp32=curve['fp32'][s]) for s in steps],
                validations={p: [dict(step=s, **v) for s, v in sorted(val[p].items())] for p in PRECISIONS},
                mean_abs_loss_diff=round(sum(map(abs, diffs)) / len(diffs), 4), last_step=last,
                last_validation_diff={k: round(val['bf16'][last][k] - val['fp32'][last][k], 4)
                                      for k in val['bf16'][last] if k in val['fp32'][last] and 'seconds' not in k},
                summaries={p: f['train_summary'] for p, f in files.items()})

def write(out: str, rec: dict, what: str):
    "Write record `rec` to `out` as JSON and say what it holds"
    Path(out).write_text(json.dumps(rec, indent=1) + '\n'); print(f'{out}: {what}')

def main(kind: str, run_dir: str, out: str):
    hardware = os.environ.get('HARDWARE', '2-core x86_64 CPU, no GPU')
    if kind == 'train':
        files = train_files(run_dir)
        s = files['train_summary']
        return write(out, experiment_record({}, commands_for(run_dir), hardware, run=run_dir, **files),
                     f"{s['examples_trained']} examples in {s['seconds']} s")
    if kind == 'precision':
        rec = precision(run_dir)
        return write(out, experiment_record({}, commands_for(run_dir), hardware, run=run_dir, **rec),
                     f"last validation diff {rec['last_validation_diff']}")
    if kind == 'steps':
        rows = steps(run_dir)
        return write(out, experiment_record({}, commands_for(run_dir), run=run_dir, steps=rows, **train_files(run_dir)),
                     f'steps {[r["step"] for r in rows]}')
    if kind == 'sweep':
        rows = [json.loads(l) for l in open(Path(run_dir, 'sweep.jsonl')) if l.strip()]
        return write(out, experiment_record({}, commands_for(run_dir), run=run_dir, sweep=rows), f'{len(rows)} runs')
    if kind == 'study':
        st = study(run_dir)
        names = sorted({r['variant'] for r in st['table']})
        whole = _commands.has_entry(run_dir)  # one entry for all rows
        cmds = commands_for(run_dir) if whole else [c for n in names for c in commands_for(f'{run_dir}-{n}')]
        return write(out, experiment_record(st.pop('reports'), cmds, hardware, run=run_dir, **st), ', '.join(names))
    if kind == 'curve':  # record.py curve RUN_DIR OUT BASE_REPORT
        c = curve(run_dir, sys.argv[4])
        reports = c.pop('reports')
        return write(out, experiment_record(reports, commands_for(run_dir), hardware, run=run_dir, **c),
                     f"steps {[r['step'] for r in c['table']]}")
    if kind == 'checkpoints':
        c = checkpoints(run_dir)
        return write(out, experiment_record({}, commands_for(run_dir), run=run_dir, **c), f"steps {[r['step'] for r in c['table']]}, best {c['best_step']}")
    if kind == 'measure':
        m = measure(run_dir)
        reports = m.pop('reports')
        return write(out, experiment_record(reports, commands_for(run_dir), hardware, run=run_dir, **m), ', '.join(m['settings']))
    if kind == 'ablation':
        a = ablation(run_dir)
        cmds = [c for d in ABLATIONS.values() for c in commands_for(d)]
        return write(out, experiment_record(a['reports'], cmds, run=run_dir, table=a['table']), ', '.join(a['reports']))
    reports = {p.stem: load_report(p) for p in sorted(Path(run_dir, 'reports').glob('*.json')) if p.stem != 'comparison'}
    extra = {}
    if kind == 'baseline': reports = {k: v for k, v in reports.items() if k.startswith('base_')}
    else:
        modes = [k[len('finetuned_'):] for k in reports if k.startswith('finetuned_')]
        table = summary_table({m: reports[f'base_{m}'] for m in modes}, {m: reports[f'finetuned_{m}'] for m in modes})
        extra['comparison'] = table.to_dict(orient='records')
        extra['first_letter_answers'] = {k: first_letter_answers(r) for k, r in reports.items()}
        extra.update(train_files(run_dir))
    write(out, experiment_record(reports, commands_for(run_dir), run=run_dir, **extra), ', '.join(reports))

if __name__ == '__main__': main(*sys.argv[1:4])
