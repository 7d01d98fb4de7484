"""Check that every `spelling-lora train`/`sweep` command in experiments/commands.yaml rebuilds the config its run saved.

Usage: python experiments/check_commands.py   (needs the run directories under runs/; exits 1 on a mismatch)
Ignored: output.dir, data.dir, tracking.wandb, output.overwrite (where a run writes and logs, not what it trains).
"""
import re, shlex, sys, itertools
from pathlib import Path
import yaml
from spelling_lora.config import load_config
from spelling_lora.training import parse_grid, run_name
from spelling_lora.pipeline import config_changes
bad = 0
IGN = {'output.dir','data.dir','tracking.wandb','output.overwrite'}
def expanded(commands):
    "An entry's commands with its own shell variables (`D=\"...\"` lines) substituted"
    env = {}
    for c in commands:
        if m := re.fullmatch(r'(\w+)="(.*)"', c.strip()): env[m[1]] = m[2]; continue
        yield re.sub(r'\$(\w+)', lambda m: env.get(m[1], m[0]), c)
lines = [c for g in yaml.safe_load(Path('experiments/commands.yaml').read_text())['groups'] for e in g['entries'] for c in expanded(e['commands'])]
for line in lines:
    if 'spelling-lora train' not in line and 'spelling-lora sweep' not in line: continue
    a=shlex.split(line.split('spelling-lora',1)[1]); cmd=a[0]; a=a[1:]
    a=list(itertools.takewhile(lambda t: not t.startswith(('>', '2>', '&', '|', ';')), a))  # the command, not its redirections
    ov=[]; cfg='gemma-3-270m-cpu'; grid=out=None; i=0
    while i<len(a):
        if a[i]=='--config': cfg=a[i+1]
        elif a[i]=='--grid': grid=a[i+1]
        elif a[i]=='--out': out=a[i+1]
        else: ov+=a[i:i+2]
        i+=2
    base=load_config(cfg,ov)
    if cmd=='train':
        runs=[(Path(base.output.dir), base)]
    else:
        g=parse_grid(grid)
        runs=[(Path(out)/run_name(dict(zip(g,vs))), load_config(base, dict(zip(g,vs)))) for vs in itertools.product(*g.values())]
    for d,c in runs:
        p=d/'train'/'config.yaml'
        if not p.exists(): print('MISSING', p); bad += 1; continue
        diff={k: v for k, v in config_changes(load_config(p), c).items() if k not in IGN}
        print(d, 'OK' if not diff else diff); bad += bool(diff)
sys.exit(1 if bad else 0)
