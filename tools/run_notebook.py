"""Execute a notebook in place and save its outputs, keeping the saved outputs of cells flagged slow/gpu unless asked:

    python tools/run_notebook.py nbs/05_baseline.ipynb [--flags slow]   # --flags: also run cells with these flags
    python tools/run_notebook.py --strip nbs/*.ipynb                     # only drop saved widget state (tqdm bars)

Cells run in one kernel-less shell (execnb's CaptureShell) from the nbs/ folder, as nbdev_test runs them.
"""
import argparse, os, json
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

WIDGET = 'application/vnd.jupyter.widget-view+json'

def strip_widgets(nb: dict) -> dict:
    "Drop saved widget state (tqdm's bars): the notebook's `widgets` metadata and every widget view in the outputs"
    nb.get('metadata', {}).pop('widgets', None)
    for c in nb.get('cells', []):
        outs = []
        for o in c.get('outputs', []):
            o.get('data', {}).pop(WIDGET, None)
            if o.get('output_type') in ('display_data', 'execute_result') and not o.get('data'): continue
            outs.append(o)
        if 'outputs' in c: c['outputs'] = outs
    return nb

def strip_file(path):
    "Strip widget state from the notebook at `path` in place; whether it changed"
    text = Path(path).read_text(); nb = strip_widgets(json.loads(text))
    new = json.dumps(nb, indent=1, ensure_ascii=False) + '\n'
    if new != text: Path(path).write_text(new)
    return new != text

def flags_of(src): return {w for l in src.splitlines() if l.startswith('#|') for w in l[2:].split()}

def main():
    p = argparse.ArgumentParser(); p.add_argument('nb', nargs='+'); p.add_argument('--flags', nargs='*', default=[])
    p.add_argument('--strip', action='store_true', help='only strip saved widget state')
    args = p.parse_args()
    if args.strip:
        for nb in args.nb: print(f'{nb}: {"widget state dropped" if strip_file(nb) else "no widget state"}')
        return
    if len(args.nb) > 1: raise SystemExit('run one notebook at a time')
    args.nb = args.nb[0]
    path = Path(args.nb).resolve()
    nb = read_nb(path)
    os.chdir(path.parent)
    shell = CaptureShell(path)
    skip = {'slow', 'gpu'} - set(args.flags)
    for i, c in enumerate(nb.cells):
        if c.cell_type != 'code': continue
        f = flags_of(c.source)
        if f & skip or 'eval:' in c.source.split('\n')[0] and 'false' in c.source.split('\n')[0]: continue
        shell.cell(c)
        if shell.exc:
            print(f'cell {i} failed:\n{c.source}\n{shell.exc}'); raise SystemExit(1)
    write_nb(nb, path)
    strip_file(path)
    print(f'{path.name}: executed and saved')

if __name__ == '__main__': main()
