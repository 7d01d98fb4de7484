"""Small command-line edits of the notebooks (the source of truth), for scripted changes:

    python tools/nbedit.py show NB [PATTERN]           # cells (index, type, first line), or those containing PATTERN
    python tools/nbedit.py get NB INDEX                # one cell's source
    python tools/nbedit.py set NB INDEX FILE           # replace a cell's source with FILE's text (outputs cleared)
    python tools/nbedit.py insert NB INDEX TYPE FILE   # insert a cell (code|markdown) before INDEX (-1: at the end)
    python tools/nbedit.py delete NB INDEX [INDEX ...]

FILE may hold several cells separated by a line `#%% code` or `#%% markdown` (then TYPE is the first cell's type).
"""
import json, sys, uuid
from pathlib import Path

def load(nb): return json.loads(Path(nb).read_text())
def save(nb, d): Path(nb).write_text(json.dumps(d, indent=1, ensure_ascii=False) + '\n')
def lines(s): return s.splitlines(keepends=True) if s else []

def cell(kind, src):
    c = dict(cell_type=kind, id=uuid.uuid4().hex[:8], metadata={}, source=lines(src.rstrip('\n')))
    if kind == 'code': c.update(execution_count=None, outputs=[])
    return c

def cells_of(text, kind):
    out, cur, k = [], [], kind
    for l in text.splitlines(keepends=True):
        if l.startswith('#%% '):
            if cur: out.append(cell(k, ''.join(cur)))
            cur, k = [], l[4:].strip()
        else: cur.append(l)
    if cur: out.append(cell(k, ''.join(cur)))
    return out

def main(cmd, nb, *a):
    d = load(nb)
    cs = d['cells']
    if cmd == 'show':
        for i, c in enumerate(cs):
            s = ''.join(c['source'])
            if a and a[0] not in s: continue
            print(i, c['cell_type'][:4], repr(s[:100]))
        return
    if cmd == 'get': print(''.join(cs[int(a[0])]['source'])); return
    if cmd == 'set':
        c = cs[int(a[0])]; c['source'] = lines(Path(a[1]).read_text().rstrip('\n'))
        if c['cell_type'] == 'code': c['outputs'], c['execution_count'] = [], None
    elif cmd == 'insert':
        i = int(a[0]); new = cells_of(Path(a[2]).read_text(), a[1])
        i = len(cs) if i < 0 else i
        cs[i:i] = new
    elif cmd == 'delete':
        for i in sorted(map(int, a), reverse=True): del cs[i]
    save(nb, d)

if __name__ == '__main__': main(*sys.argv[1:])
