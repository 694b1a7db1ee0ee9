"""Diffusion side by side: sampler overhead against diffusers' scheduler loops, sample
quality against NFE on digits, and the probability-flow bits/dim beside the VLB.

    python benchmarks/diffusion.py [--quick] [--out DIR]

1. Overhead: wall time of a sampler over NFE x (one network forward), same network and
   batch, for genmap's samplers and for diffusers' DDPMScheduler / DDIMScheduler loops.
2. Quality vs NFE on digits: one DDPM trained here; samples at 10, 20, 50, 1000 NFE by
   DDPM, DDIM, PF-ODE Heun and DPM-Solver++(2M), scored by the mean distance from each
   sample to its nearest test image (pixels in [0, 1]; test-to-train distance for scale).
3. Likelihood: the VLB (bound) and the PF-ODE (Hutchinson estimate, dequantized) in
   bits/dim on the digits test split.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import time
from pathlib import Path
from typing import Any

import torch

from genmap.data import load
from genmap.protocol import Batch
from genmap.registry import build


def train_ddpm(steps: int, quick: bool) -> tuple[Any, Any]:
    data = load("digits")
    torch.manual_seed(0)
    size = {"base_channels": 8, "channel_mult": "1,2"} if quick else {}
    model = build("ddpm", data.spec, {**size, "dropout": 0.0})
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3 if quick else 1e-3)
    ema = {k: v.detach().clone() for k, v in model.state_dict().items()}
    for i in range(steps):
        idx = torch.randint(0, data.train.x.shape[0], (128,))
        opt.zero_grad()
        model.loss(Batch(data.train.x[idx], data.train.y[idx]))["loss"].backward()
        opt.step()
        decay = min(0.999, (1 + i) / (10 + i))
        for k, v in model.state_dict().items():
            ema[k].lerp_(v, 1 - decay) if v.is_floating_point() else ema[k].copy_(v)
    model.load_state_dict(ema)
    return model.eval(), data


def _time(fn: Any, reps: int) -> float:
    out = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return statistics.median(out)


@torch.no_grad()
def overhead(model: Any, batch: int, steps: int, reps: int) -> list[dict[str, Any]]:
    """Sampler wall time / (NFE x one forward of the same network on the same batch)."""
    x = torch.randn(batch, 1, 8, 8)
    t = torch.full((batch,), 500.0)
    forward = _time(lambda: model.net(x, t), reps * 5)
    rows = []
    for name in ("ddpm", "ddim", "dpmpp_2m", "ode_heun"):
        _, nfe = model.sample_with_nfe(batch, sampler=name, steps=steps)
        wall = _time(lambda n=name: model.sample(batch, sampler=n, steps=steps), reps)
        rows.append({"sampler": f"genmap {name}", "nfe": nfe, "ratio": wall / (nfe * forward)})
    rows += diffusers_overhead(model, x, steps, reps, forward)
    return rows


def diffusers_overhead(model: Any, x: torch.Tensor, steps: int, reps: int,
                       forward: float) -> list[dict[str, Any]]:
    """The diffusers loop (set_timesteps, then net + scheduler.step per step) on our net."""
    try:
        from diffusers import DDIMScheduler, DDPMScheduler
    except ImportError:
        return []
    rows = []
    for cls in (DDPMScheduler, DDIMScheduler):
        sched = cls(num_train_timesteps=1000, beta_schedule="linear", clip_sample=True)

        def loop(s: Any = sched) -> None:
            s.set_timesteps(steps)
            z = torch.randn_like(x)
            for t in s.timesteps:
                eps = model.net(z, t.float().expand(x.shape[0]))
                z = s.step(eps, t, z).prev_sample

        rows.append({"sampler": f"diffusers {cls.__name__}", "nfe": steps,
                     "ratio": _time(loop, reps) / (steps * forward)})
    return rows


def nn_distance(samples: torch.Tensor, ref: torch.Tensor, levels: int) -> float:
    a = samples.flatten(1).float() / (levels - 1)
    b = ref.flatten(1).float() / (levels - 1)
    return torch.cdist(a, b).min(1).values.mean().item()


def steps_for(sampler: str, nfe: int) -> int:
    return (nfe + 1) // 2 if sampler == "ode_heun" else nfe


@torch.no_grad()
def quality(model: Any, data: Any, nfes: list[int], n: int) -> list[dict[str, Any]]:
    rows = []
    K = data.spec.levels
    for sampler in ("ddpm", "ddim", "ode_heun", "dpmpp_2m"):
        for nfe in nfes:
            torch.manual_seed(0)
            x, used = model.sample_with_nfe(n, sampler=sampler, steps=steps_for(sampler, nfe))
            rows.append({"sampler": sampler, "nfe": used,
                         "nn_dist": nn_distance(x, data.test.x, K)})
    return rows


def likelihood(model: Any, data: Any, n: int, tol: float, full: bool) -> list[dict[str, Any]]:
    x = data.test.x[:n]
    D = data.spec.dim
    bpd = lambda lp: (-lp.mean() / (D * math.log(2))).item()  # noqa: E731
    torch.manual_seed(0)
    with torch.no_grad():
        vlb_100 = model.vlb(x, steps=100).value
        vlb_full = model.vlb(x, steps=model.config.num_timesteps).value if full else None
    ode, nfe = model.ode_log_prob(x, tol=tol)
    rows = [{"method": "VLB, 100-step chain", "kind": "bound", "bpd": bpd(vlb_100), "nfe": 100}]
    if vlb_full is not None:
        rows.append({"method": "VLB, full 1000-step chain", "kind": "bound",
                     "bpd": bpd(vlb_full), "nfe": model.config.num_timesteps})
    return [*rows,
            {"method": f"PF-ODE dopri5 tol {tol:g}, Hutchinson, dequantized", "kind": ode.kind,
             "bpd": bpd(ode.value), "nfe": nfe}]


def markdown(res: dict[str, Any]) -> str:
    out = [f"# diffusion benchmark ({'quick' if res['quick'] else 'full'})", "",
           f"Sampler overhead, batch {res['batch']}, {res['steps']} steps "
           f"(wall / (NFE x forward), 1.00 = no overhead):", "",
           "| sampler | NFE | overhead |", "|---|---|---|"]
    out += [f"| {r['sampler']} | {r['nfe']} | {r['ratio']:.3f}x |" for r in res["overhead"]]
    out += ["", f"Quality vs NFE on digits: mean nearest-test-image distance (lower is "
            f"better; test-to-train {res['test_to_train']:.3f}):", "",
            "| sampler | " + " | ".join(f"NFE~{n}" for n in res["nfes"]) + " |",
            "|---|" + "---|" * len(res["nfes"])]
    for s in ("ddpm", "ddim", "ode_heun", "dpmpp_2m"):
        rs = [r for r in res["quality"] if r["sampler"] == s]
        out.append(f"| {s} | " + " | ".join(f"{r['nn_dist']:.3f} ({r['nfe']})" for r in rs) + " |")
    out += ["", f"Likelihood on {res['n_lik']} digits test images (bits/dim):", "",
            "| method | kind | bits/dim | NFE |", "|---|---|---|---|"]
    out += [f"| {r['method']} | {r['kind']} | {r['bpd']:.3f} | {r['nfe']} |"
            for r in res["likelihood"]]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results"))
    args = ap.parse_args()
    q = args.quick
    torch.set_num_threads(1)
    model, data = train_ddpm(30 if q else 2000, q)
    res: dict[str, Any] = {"quick": q, "batch": 16 if q else 64, "steps": 5 if q else 50}
    res["overhead"] = overhead(model, res["batch"], res["steps"], 2 if q else 5)
    res["nfes"] = [4, 10] if q else [10, 20, 50, 1000]
    res["quality"] = quality(model, data, res["nfes"], 16 if q else 128)
    res["test_to_train"] = nn_distance(data.test.x, data.train.x, data.spec.levels)
    res["n_lik"] = 4 if q else 200
    res["likelihood"] = likelihood(model, data, res["n_lik"], 1e-2 if q else 1e-4, not q)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "diffusion.json").write_text(json.dumps(res, indent=2))
    (out / "diffusion.md").write_text(markdown(res))
    print(markdown(res))


if __name__ == "__main__":
    main()
