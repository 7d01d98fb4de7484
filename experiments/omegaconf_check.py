"""Would OmegaConf structured configs keep the config errors as clear as `config.config_from_dict`'s?
Each bad override through both, printing the first line of each error (or the value it let through):

    pip install omegaconf==2.3.0 && python experiments/omegaconf_check.py
"""
from omegaconf import OmegaConf
from spelling_lora.config import Config, config_from_dict

BAD = [{'lora': {'r': 'eight'}}, {'lora': {'rr': 8}}, {'training': {'precision': 'fp8'}}, {'data': {'val_mode': 'spell_first'}}]

def first_line(f):
    try: return f'accepted: {f()}'
    except Exception as e: return f'{type(e).__name__}: {str(e).splitlines()[0]}'

for bad in BAD:
    (section, kv), = bad.items(); (key, _), = kv.items()
    print(bad)
    print('  omegaconf:', first_line(lambda: OmegaConf.select(OmegaConf.merge(OmegaConf.structured(Config), bad), f'{section}.{key}')))
    print('  ours:     ', first_line(lambda: getattr(getattr(config_from_dict(bad), section), key)))
