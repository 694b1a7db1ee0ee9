"""Diffusion side by side: sampler overhead against diffusers' scheduler loops, sample
quality against NFE on digits, and the probability-flow bits/dim beside the VLB.

    python benchmarks/diffusion.py [--quick] [--out DIR]

1. Overhead: wall time of a sampler over the time spent inside its network evaluations in
   the same run (hooks on the net), same network and batch, for genmap's samplers and for
   diffusers' DDPMScheduler / DDIMScheduler loops. 1.00 = no overhead.
2. Quality vs NFE on digits: one DDPM trained here; samples at 10, 20, 50, 1000 NFE by
   DDPM, DDIM, PF-ODE Heun and DPM-Solver++(2M) (its default log-SNR grid), scored by the
   Frechet distance to the test images in the features of a small digits classifier
   trained here (FID's formula; as many validation images score the floor) and by the mean
   distance from each sample to its nearest test image (pixels in [0, 1]).
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
from genmap.metrics import fit_feature_net, frechet_distance
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


class NetClock:
    """Time spent inside `module.forward`, by hooks: a sampler's overhead is then its wall
    time over the time its network took *in the same run*, so load from other processes
    slows both sides alike instead of deciding the ratio."""

    def __init__(self, module: torch.nn.Module) -> None:
        self.inside, self.calls, self._start = 0.0, 0, 0.0
        self._hooks = [module.register_forward_pre_hook(self._pre),
                       module.register_forward_hook(self._post)]

    def _pre(self, *_: Any) -> None:
        self._start = time.perf_counter()

    def _post(self, *_: Any) -> None:
        self.inside += time.perf_counter() - self._start
        self.calls += 1

    def remove(self) -> None:
        for h in self._hooks:
            h.remove()


def overhead_of(net: torch.nn.Module, fn: Any, reps: int) -> tuple[float, int]:
    """Median over reps of wall / time-inside-net, and the network calls of one rep."""
    ratios, calls = [], 0
    for _ in range(reps):
        clock = NetClock(net)
        start = time.perf_counter()
        fn()
        wall = time.perf_counter() - start
        clock.remove()
        ratios.append(wall / clock.inside)
        calls = clock.calls
    return statistics.median(ratios), calls


@torch.no_grad()
def overhead(model: Any, batch: int, steps: int, reps: int) -> list[dict[str, Any]]:
    """Sampler wall time / time spent in its network evaluations (1.00 = no overhead)."""
    rows = []
    for name in ("ddpm", "ddim", "dpmpp_2m", "ode_heun"):
        ratio, nfe = overhead_of(model.net, lambda n=name: model.sample(batch, sampler=n,
                                                                        steps=steps), reps)
        rows.append({"sampler": f"genmap {name}", "nfe": nfe, "ratio": ratio})
    return rows + diffusers_overhead(model, batch, steps, reps)


def diffusers_overhead(model: Any, batch: int, steps: int, reps: int) -> list[dict[str, Any]]:
    """The diffusers loop (set_timesteps, then net + scheduler.step per step) on our net."""
    try:
        from diffusers import DDIMScheduler, DDPMScheduler
    except ImportError:
        return []
    x = torch.randn(batch, *model.spec.shape)
    rows = []
    for cls in (DDPMScheduler, DDIMScheduler):
        sched = cls(num_train_timesteps=1000, beta_schedule="linear", clip_sample=True)

        def loop(s: Any = sched) -> None:
            s.set_timesteps(steps)
            z = torch.randn_like(x)
            for t in s.timesteps:
                eps = model.net(z, t.float().expand(x.shape[0]))
                z = s.step(eps, t, z).prev_sample

        ratio, nfe = overhead_of(model.net, loop, reps)
        rows.append({"sampler": f"diffusers {cls.__name__}", "nfe": nfe, "ratio": ratio})
    return rows


def nn_distance(samples: torch.Tensor, ref: torch.Tensor, levels: int) -> float:
    a = samples.flatten(1).float() / (levels - 1)
    b = ref.flatten(1).float() / (levels - 1)
    return torch.cdist(a, b).min(1).values.mean().item()


def steps_for(sampler: str, nfe: int) -> int:
    return (nfe + 1) // 2 if sampler == "ode_heun" else nfe


@torch.no_grad()
def quality(model: Any, data: Any, nfes: list[int], n: int,
            feat: Any) -> list[dict[str, Any]]:
    rows = []
    K = data.spec.levels
    real = feat.features(data.test.x)
    for sampler in ("ddpm", "ddim", "ode_heun", "dpmpp_2m"):
        for nfe in nfes:
            torch.manual_seed(0)
            x, used = model.sample_with_nfe(n, sampler=sampler, steps=steps_for(sampler, nfe))
            rows.append({"sampler": sampler, "nfe": used,
                         "fd": frechet_distance(feat.features(x), real),
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
           f"(wall / time inside the network, same run; 1.00 = no overhead):", "",
           "| sampler | NFE | overhead |", "|---|---|---|"]
    out += [f"| {r['sampler']} | {r['nfe']} | {r['ratio']:.3f}x |" for r in res["overhead"]]
    for key, what in (
            ("fd", f"Frechet distance to the test set in classifier features, {res['n']} "
             f"samples (lower is better; {res['n']} validation images: {res['fd_floor']:.2f})"),
            ("nn_dist", "mean nearest-test-image distance (lower is better; test-to-train "
             f"{res['test_to_train']:.3f})")):
        out += ["", f"Quality vs NFE on digits: {what}:", "",
                "| sampler | " + " | ".join(f"NFE~{n}" for n in res["nfes"]) + " |",
                "|---|" + "---|" * len(res["nfes"])]
        for s in ("ddpm", "ddim", "ode_heun", "dpmpp_2m"):
            rs = [r for r in res["quality"] if r["sampler"] == s]
            out.append(f"| {s} | " + " | ".join(f"{r[key]:.3f} ({r['nfe']})" for r in rs)
                       + " |")
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
    res["n"] = 16 if q else 256
    feat = fit_feature_net(data.train, data.spec, steps=50 if q else 1500)
    res["quality"] = quality(model, data, res["nfes"], res["n"], feat)
    with torch.no_grad():
        # the floor: real images the classifier has not seen (its training images sit
        # apart in its own feature space), as many as the samples
        res["fd_floor"] = frechet_distance(feat.features(data.val.x[:res["n"]]),
                                           feat.features(data.test.x))
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
