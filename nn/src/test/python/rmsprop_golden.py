"""Golden values for OptimizersTest#rmspropMatchesTorchGoldenValues: torch.optim.RMSprop on one flat
float32 parameter vector of 9 entries, torch.nn.utils.clip_grad_norm_ before each step, 3 steps.
Run: python3 rmsprop_golden.py (prints the Java constants)."""
import torch

P0 = [0.5, -0.25, 0.125, 1.0, -1.5, 0.0, 0.75, -0.625, 2.0]
GRADS = [
    [0.3, -0.2, 0.0, 1.5, -0.05, 0.4, -0.9, 0.01, 0.2],
    [-0.1, 0.25, 0.5, 1.0, 0.0, -0.3, 0.6, -0.02, 0.7],
    [0.2, 0.2, -0.4, -2.0, 0.1, 0.0, 0.3, 0.05, -0.5],
]
CASES = [  # lr, alpha, eps, weight_decay, max_grad_norm (0 = no clipping)
    (0.01, 0.99, 1e-5, 0.0, 0.0),
    (0.007, 0.9, 1e-3, 0.1, 0.5),
]


def fmt(xs):
    return ", ".join(repr(float(x)) + "f" for x in xs)


for lr, alpha, eps, wd, clip in CASES:
    p = torch.nn.Parameter(torch.tensor(P0, dtype=torch.float32))
    opt = torch.optim.RMSprop([p], lr=lr, alpha=alpha, eps=eps, weight_decay=wd)
    for g in GRADS:
        p.grad = torch.tensor(g, dtype=torch.float32)
        if clip > 0:
            torch.nn.utils.clip_grad_norm_([p], clip)
        opt.step()
    print(f"// lr={lr} alpha={alpha} eps={eps} weight_decay={wd} max_grad_norm={clip}")
    print("params: {" + fmt(p.detach().tolist()) + "}")
    print("square_avg: {" + fmt(opt.state[p]["square_avg"].tolist()) + "}")
