"""One training step of Gemma 3 270M's architecture (random weights, real sizes and tokenizer) with and without the
label-position loss, profiled. Usage: python experiments/gemma_step_profile.py THREADS  (about 30-60 CPU-seconds)."""
import json, os, random, sys, time, warnings
import torch
warnings.filterwarnings('ignore')
torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
from transformers import AutoConfig, AutoModelForCausalLM
from transformers.utils import logging as hf_logging
hf_logging.set_verbosity_error()
from spelling_lora.config import DataSettings, LoraSettings
from spelling_lora.training import add_adapter, label_position_loss, make_collator
from spelling_lora.tokens import load_tokenizer, extract_tokens
from spelling_lora.models import gemma_weights_dir
from spelling_lora.templates import training_examples

cfg = AutoConfig.from_pretrained(gemma_weights_dir())
torch.manual_seed(0)
model = add_adapter(AutoModelForCausalLM.from_config(cfg).train(), LoraSettings(r=16, mlp=True))  # random weights
tok = load_tokenizer('gemma-3-270m')
words = random.Random(0).sample(sorted({t['token'] for t in extract_tokens(tok)}), 8)
b = make_collator(tok, DataSettings())(training_examples(words))
out = dict(model='Gemma 3 270M architecture, random weights', threads=torch.get_num_threads(), batch=list(b['input_ids'].shape),
           real_tokens=int(b['attention_mask'].sum()), label_positions=int((b['labels'][:, 1:] != -100).sum()),
           load_average=os.getloadavg(), steps={})
for name, f in [('warm-up', lambda: label_position_loss(model, **b)), ('label_positions', lambda: label_position_loss(model, **b)),
                ('full_logits', lambda: model(**b).loss)]:
    c, w = time.process_time(), time.time()
    with torch.autograd.profiler.profile() as prof:
        f().backward()
    model.zero_grad()
    mm = sum(e.self_cpu_time_total for e in prof.key_averages() if e.key == 'aten::mm') / 1e6
    out['steps'][name] = dict(cpu_seconds=round(time.process_time() - c, 2), wall_seconds=round(time.time() - w, 2), matmul_cpu_seconds=round(mm, 2))
print(json.dumps(out, indent=1))
