"""Makes a tiny random GPT-2 with Hugging Face transformers for VecRL's golden tests (GptGoldenTest).

Run from nn/src/test/resources/golden/gpt2-tiny with torch 2.13, transformers 5.18 and safetensors 0.8:
    python3 ../../../python/dump_tiny_gpt2.py
Writes model.safetensors (F32, the parameter names of GPT2LMHeadModel, lm_head omitted as it is tied to wte)
and expected.json: input ids [2 x 10], the logits [2, 10, 61], the last hidden state after ln_f [2, 10, 32]
and a greedy continuation of a prompt.
"""
import json

import torch
from safetensors.torch import save_file
from transformers import GPT2Config, GPT2LMHeadModel

torch.manual_seed(1234)
config = GPT2Config(vocab_size=61, n_positions=16, n_embd=32, n_layer=2, n_head=4)
model = GPT2LMHeadModel(config).eval()
with torch.no_grad():
    # GPT-2's init leaves biases at 0 and LayerNorm weights at 1; perturb everything so that every
    # parameter matters to the expected outputs.
    for name, p in model.named_parameters():
        if name.endswith("ln_1.weight") or name.endswith("ln_2.weight") or name.endswith("ln_f.weight"):
            p.copy_(1.0 + 0.1 * torch.randn_like(p))
        else:
            p.copy_(0.2 * torch.randn_like(p))

tensors = {name: p.detach().contiguous().clone() for name, p in model.named_parameters()}
save_file(tensors, "model.safetensors", metadata={"format": "pt"})

ids = torch.randint(0, config.vocab_size, (2, 10), generator=torch.Generator().manual_seed(99))
with torch.no_grad():
    out = model(input_ids=ids, output_hidden_states=True)
prompt = ids[:1, :4]
with torch.no_grad():
    greedy = model.generate(prompt, max_new_tokens=8, do_sample=False, pad_token_id=0)

expected = {
    "input_ids": ids.tolist(),
    "logits": [float(x) for x in out.logits.flatten()],
    "hidden": [float(x) for x in out.hidden_states[-1].flatten()],
    "greedy_prompt": prompt[0].tolist(),
    "greedy": greedy[0].tolist(),
}
with open("expected.json", "w") as f:
    json.dump(expected, f)
print(sorted(tensors), out.logits.shape, greedy[0].tolist())
