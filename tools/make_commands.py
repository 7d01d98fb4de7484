"""Write experiments/COMMANDS.md from experiments/commands.yaml, the one list of the commands behind every record.

    python tools/make_commands.py            # rewrite COMMANDS.md
    python tools/make_commands.py --check    # exit 1 if COMMANDS.md is not what commands.yaml gives

commands.yaml is data: groups ordered by the result they back (and the chapter that reads it), each entry a run
directory or record with what it is (`about`) and its shell commands. `experiments/record.py` and
`experiments/check_commands.py` read the commands from it; COMMANDS.md is its readable rendering.
"""
import sys
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE, TARGET = ROOT/'experiments'/'commands.yaml', ROOT/'experiments'/'COMMANDS.md'

def load() -> dict:
    "commands.yaml as a dict: `intro` and `groups`, each with `title` and `entries` (`name`, `about`, `commands`)"
    return yaml.safe_load(SOURCE.read_text())

def commands_for(name: str) -> list[str]:
    "The shell commands of entry `name` (a run directory or record), or an error naming the file to add it to"
    for group in load()['groups']:
        for e in group['entries']:
            if e['name'] == name: return list(e['commands'])
    sys.exit(f'no entry {name!r} in experiments/commands.yaml: add its commands there, then run tools/make_commands.py')

def has_entry(name: str) -> bool:
    "Whether commands.yaml has an entry `name`"
    return any(e['name'] == name for g in load()['groups'] for e in g['entries'])

def render(data: dict) -> str:
    "COMMANDS.md: the intro, then every group (the result it backs) with its entries' descriptions and commands"
    out = ['# The commands behind every file in `experiments/`', '',
           '<!-- Written by tools/make_commands.py from experiments/commands.yaml: edit that file, not this one. -->', '',
           data['intro'], '']
    for g in data['groups']:
        out += [f"## {g['title']}", '']
        for e in g['entries']:
            out += [f"### {e['name']}", e['about'], '']
            if e['commands']: out += ['```sh', *e['commands'], '```', '']
    return '\n'.join(out)

if __name__ == '__main__':
    text = render(load())
    if '--check' in sys.argv:
        if TARGET.read_text() != text: sys.exit('experiments/COMMANDS.md differs from commands.yaml: run python tools/make_commands.py')
    else: TARGET.write_text(text)
