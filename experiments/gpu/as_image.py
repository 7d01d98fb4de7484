"""Run a command here as it would run on the GPU machine's image: its transformers (5.17) and huggingface_hub (1.33),
and every package installed here that the image lacks (experiments/gpu/image_packages.txt) and carry.sh does not
carry made unimportable, also to transformers' own checks of what is installed. It catches a missing wheel before a
lease does.
    python experiments/gpu/as_image.py TINY=1 bash experiments/gpu/epoch.sh
"""
import os, re, subprocess, sys, tempfile
import importlib.metadata as md
from pathlib import Path

norm = lambda s: re.sub(r'[-_.]+', '-', s).lower()
here = Path(__file__).parent
image = {norm(l) for l in (here/'image_packages.txt').read_text().split('\n') if l and not l.startswith('#')}
carried = {norm(w) for w in re.findall(r'([A-Za-z0-9_.\-]+)==', (here/'carry.sh').read_text())} | {'spelling-lora'}
owners = md.packages_distributions()  # top-level module -> the distributions installing it
blocked = sorted(m for m, ds in owners.items()
                 if m.isidentifier() and not m.startswith('_') and all(norm(d) not in image | carried for d in ds))
dists = sorted({norm(d) for m in blocked for d in owners[m]})
tmp = Path(tempfile.mkdtemp(prefix='as-image-'))
site = Path(os.environ.get('AS_IMAGE_SITE', '/tmp/as-image-site'))
if not (site/'transformers').exists():  # the image's versions of the two packages whose versions matter here
    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', '--no-deps', '--target', str(site),
                    'transformers==5.17.0', 'huggingface_hub==1.33.0'], check=True)
(tmp/'sitecustomize.py').write_text(f'''import sys, re, importlib.util, importlib.metadata as md
BLOCKED, DISTS = set({blocked!r}), set({dists!r})
norm = lambda s: re.sub(r'[-_.]+', '-', s).lower()
class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}} (not in the GPU image)", name=name)
sys.meta_path.insert(0, Missing())
_find_spec, _distribution, _version = importlib.util.find_spec, md.distribution, md.version
def find_spec(name, package=None): return None if name.split('.')[0] in BLOCKED else _find_spec(name, package)
importlib.util.find_spec = find_spec
def distribution(name):
    if norm(name) in DISTS: raise md.PackageNotFoundError(name)
    return _distribution(name)
def version(name):
    if norm(name) in DISTS: raise md.PackageNotFoundError(name)
    return _version(name)
md.distribution, md.version = distribution, version
''')
env_args = [a for a in sys.argv[1:] if re.fullmatch(r'\w+=.*', a)]
cmd = sys.argv[1 + len(env_args):]
if not cmd: sys.exit(__doc__)
env = {**os.environ, **dict(a.split('=', 1) for a in env_args)}
env['PYTHONPATH'] = os.pathsep.join([str(tmp), str(Path.cwd()), str(site), env.get('PYTHONPATH', '')]).strip(os.pathsep)
print(f'as the GPU image: {len(blocked)} modules unimportable, transformers 5.17 and huggingface_hub 1.33 from {site}',
      flush=True)
sys.exit(subprocess.run(cmd, env=env).returncode)
