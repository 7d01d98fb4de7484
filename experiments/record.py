"""Write experiments/*.json from a run's reports: the reports without per-item rows, the comparison table, the commands.

    python experiments/record.py baseline   runs/gemma-3-270m-cpu experiments/baseline_gemma-3-270m.json
    python experiments/record.py comparison runs/gemma-3-270m-cpu experiments/result_gemma-3-270m-cpu.json

The commands that produced the reports are read from COMMANDS.md beside this file (the block under the run directory's name).
"""
import json, re, sys
from pathlib import Path
from spelling_lora.cli import experiment_record, summary_table
from spelling_lora.evaluation import load_report

def commands_for(run_dir: str) -> list[str]:
    "The shell commands listed under `## <run_dir>` in COMMANDS.md"
    text = (Path(__file__).parent/'COMMANDS.md').read_text()
    block = re.search(rf'^## {re.escape(run_dir)}\n(.*?)(?=^## |\Z)', text, re.S | re.M)
    if not block: sys.exit(f'no "## {run_dir}" section in experiments/COMMANDS.md')
    return [l.strip() for l in re.findall(r'```sh\n(.*?)```', block.group(1), re.S)[0].splitlines() if l.strip() and not l.startswith('#')]

def main(kind: str, run_dir: str, out: str):
    reports = {p.stem: load_report(p) for p in sorted(Path(run_dir, 'reports').glob('*.json')) if p.stem != 'comparison'}
    extra = {}
    if kind == 'baseline': reports = {k: v for k, v in reports.items() if k.startswith('base_')}
    else:
        modes = [k[len('finetuned_'):] for k in reports if k.startswith('finetuned_')]
        table = summary_table({m: reports[f'base_{m}'] for m in modes}, {m: reports[f'finetuned_{m}'] for m in modes})
        extra['comparison'] = json.loads(table.to_json(orient='records'))
        for f in ('summary.json', 'config.yaml'):
            p = Path(run_dir, 'train', f)
            if p.exists(): extra[f'train_{p.stem}'] = json.loads(p.read_text()) if f.endswith('json') else p.read_text()
    rec = experiment_record(reports, commands_for(run_dir), run=run_dir, **extra)
    Path(out).write_text(json.dumps(rec, indent=1) + '\n')
    print(f'{out}: {", ".join(reports)}')

if __name__ == '__main__': main(*sys.argv[1:4])
