"""Execute a notebook in place and save its outputs, keeping the saved outputs of cells flagged slow/gpu unless asked:

    python tools/run_notebook.py nbs/07_baseline.ipynb [--flags slow]   # --flags: also run cells with these flags
    python tools/run_notebook.py --strip nbs/*.ipynb                     # only drop saved widget state, shrink saved figures

Cells run in one kernel-less shell (execnb's CaptureShell) from the nbs/ folder, as nbdev_test runs them.
"""
import argparse, base64, io, os, json
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

def shrink_png(data: str, width: int | None = None, colors: int = 256) -> str:
    "A base64 PNG at its display `width` (retina figures are saved at twice it) with a `colors`-colour palette, if that is smaller"
    from PIL import Image
    raw = base64.b64decode(data)
    im = Image.open(io.BytesIO(raw))
    if im.mode == 'P' and not (width and im.width > width): return data   # shrunk already: quantising again only loses colour
    im = im.convert('RGB')
    if width and im.width > width: im = im.resize((width, round(im.height * width / im.width)), Image.Resampling.LANCZOS)
    buf = io.BytesIO(); im.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(buf, 'PNG', optimize=True)
    return base64.b64encode(buf.getvalue()).decode() if len(buf.getvalue()) < len(raw) else data

def shrink_images(nb: dict) -> dict:
    "Every saved PNG output shrunk with `shrink_png` (figures stay, at the size they are shown)"
    for c in nb.get('cells', []):
        for o in c.get('outputs', []):
            png = o.get('data', {}).get('image/png')
            if not png: continue
            png = png if isinstance(png, str) else ''.join(png)
            o['data']['image/png'] = shrink_png(png.replace('\n', ''), o.get('metadata', {}).get('image/png', {}).get('width'))
    return nb

def strip_file(path):
    "Strip widget state from the notebook at `path` in place, and shrink its figures; whether it changed"
    text = Path(path).read_text(); nb = shrink_images(strip_widgets(json.loads(text)))
    new = json.dumps(nb, indent=1, ensure_ascii=False) + '\n'
    if new != text: Path(path).write_text(new)
    return new != text

def flags_of(src): return {w for l in src.splitlines() if l.startswith('#|') for w in l[2:].split()}

def main():
    p = argparse.ArgumentParser(); p.add_argument('nb', nargs='+'); p.add_argument('--flags', nargs='*', default=[])
    p.add_argument('--strip', action='store_true', help='only strip saved widget state')
    args = p.parse_args()
    if args.strip:
        for nb in args.nb: print(f'{nb}: {"widget state dropped, figures shrunk" if strip_file(nb) else "unchanged"}')
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
