"""Execute a notebook in place and save its outputs, keeping the saved outputs of cells flagged slow/gpu unless asked:

    python tools/run_notebook.py nbs/05_baseline.ipynb [--flags slow]   # --flags: also run cells with these flags

Cells run in one kernel-less shell (execnb's CaptureShell) from the nbs/ folder, as nbdev_test runs them.
"""
import argparse, os, json
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

def flags_of(src): return {w for l in src.splitlines() if l.startswith('#|') for w in l[2:].split()}

def main():
    p = argparse.ArgumentParser(); p.add_argument('nb'); p.add_argument('--flags', nargs='*', default=[])
    args = p.parse_args()
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
    print(f'{path.name}: executed and saved')

if __name__ == '__main__': main()
