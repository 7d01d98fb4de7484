"""Re-score a recorded report from the answers saved beside it and check every number is unchanged.

    python experiments/rescore.py runs/final/reports/base_direct.json runs/gemma-3-270m-cpu/data/test.jsonl [--write OUT.json]

The questions are the report's seeded subset (`stratified_limit` with the report's `limit` and `seed`); the answers are
`<report>.answers.jsonl`. Prints, per report section, whether the re-scored values equal the recorded ones (exactly, and
the largest difference of any float), and exits 1 if any section differs by more than 1e-12.
"""
import json, sys
from pathlib import Path
from spelling_lora.evaluation import answers_path, build_report, load_report, resolve_questions, stratified_limit
from spelling_lora.scoring import score_items
from spelling_lora.tokens import load_tokenizer

def max_diff(a, b, path=''):
    "The largest float difference between two JSON values, or inf where their structure or a non-float differs"
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b): return float('inf')
        return max([max_diff(a[k], b[k], f'{path}/{k}') for k in a] or [0.0])
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b): return float('inf')
        return max([max_diff(x, y) for x, y in zip(a, b)] or [0.0])
    if isinstance(a, float) and isinstance(b, (int, float)) and not isinstance(b, bool): return abs(a - b)
    if isinstance(b, float) and isinstance(a, int) and not isinstance(a, bool): return abs(a - b)
    return 0.0 if a == b else float('inf')

def rescore(report_path, questions_path) -> dict:
    "The report rebuilt from its saved answers"
    report = load_report(report_path)
    qs = stratified_limit(resolve_questions(questions_path)[0], report.get('limit'), report.get('seed', 42))
    lines = answers_path(report_path).read_text().splitlines()
    predictions = [json.loads(l) for l in lines[1:]]
    tok = load_tokenizer(report['model']) if any('n_tokens' in i for i in report['items']) else None
    items = score_items(qs, predictions, tok, report.get('spelling_format', 'spaces'))
    return json.loads(json.dumps(build_report(items, report['model'], mode=report['mode'])))

SECTIONS = ('n', 'n_by_type', 'metrics', 'majority_baseline', 'error_analysis', 'by_length', 'by_tokens', 'examples', 'items')

if __name__ == '__main__':
    report_path, questions_path = sys.argv[1:3]
    recorded, new = load_report(report_path), rescore(report_path, questions_path)
    worst = 0.0
    for k in SECTIONS:
        d = max_diff(recorded[k], new[k]); worst = max(worst, d)
        print(f'{k:<18} identical={recorded[k] == new[k]!s:<6} max float difference={d:.3g}')
    for qt, s in new['metrics'].items():
        if 'accuracy' in s: print(f"  {qt:<16} {s['correct']}/{s['n']} = {s['accuracy']:.4f} [{s['ci_low']!r}, {s['ci_high']!r}]")
    if '--write' in sys.argv: Path(sys.argv[sys.argv.index('--write') + 1]).write_text(json.dumps(new, indent=1) + '\n')
    sys.exit(0 if worst <= 1e-12 else 1)
