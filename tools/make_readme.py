"""Write README.md from nbs/index.ipynb without Quarto (nbdev_readme needs it): markdown cells as they are, code cells with
their saved outputs, `#| hide` cells left out and `#| echo: false` cells shown by their outputs alone.

    python tools/make_readme.py
"""
import base64, json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

def directives(src: str) -> set[str]:
    "The `#| ...` directives at the top of a cell"
    return {l[3:].strip() for l in src.splitlines() if l.startswith('#|')}

def output_md(o: dict, images: Path, n: list) -> str:
    "Markdown for one saved output"
    data = o.get('data', {})
    if o.get('output_type') == 'stream': return f"```\n{''.join(o['text']).rstrip()}\n```"
    if 'image/png' in data:
        n[0] += 1; images.mkdir(exist_ok=True)
        (images/f'figure-{n[0]}.png').write_bytes(base64.b64decode(data['image/png']))
        return f"![]({images.name}/figure-{n[0]}.png)"
    if 'text/markdown' in data: return ''.join(data['text/markdown'])
    if 'text/plain' in data: return f"```\n{''.join(data['text/plain']).rstrip()}\n```"
    return ''

def main():
    nb = json.loads((ROOT/'nbs'/'index.ipynb').read_text())
    images, n, parts = ROOT/'README_files', [0], []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown': parts.append(src); continue
        d = directives(src)
        if 'hide' in d or 'export' in d: continue
        code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
        if 'echo: false' not in d and code: parts.append(f"```python\n{code}\n```")
        parts += [m for o in c.get('outputs', []) if (m := output_md(o, images, n))]
    text = '\n\n'.join(parts)
    (ROOT/'README.md').write_text(text + '\n')
    print(f'README.md written ({len(text):,} characters, {n[0]} figures)')

if __name__ == '__main__': main()
