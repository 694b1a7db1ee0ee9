"""Normalizing flows side by side: genmap's RealNVP, Glow, NSF and MAF against zuko's NSF
and RealNVP and normflows' Glow and RealNVP, under one protocol.

Every model gets the same budget of training time on one CPU thread, measured as the
thread's CPU time (`time.thread_time`), so that other processes sharing the machine do not
decide the result (time spent validating is not counted); the same optimizer (Adam, lr
1e-3, batch 128, gradient norm clipped to 1); and the same early stopping: every 50 steps
the validation NLL is measured and the best state kept, and the test NLL is that of the
best state. On digits every model sees the same uniform dequantization and logit
pre-processing, so each number is the same bound, bits/dim = (-log p(y) + D log K) /
(D log 2) with log p(y) = log p_model(w) + log|dw/dy|, w = logit(α + (1 - 2α) y),
y = (x + u)/K; the validation/test noise u is drawn from one fixed seed for every model.
On the 2-D toys the figure is the exact test NLL in nats. Also measured: training steps
per CPU second, CPU milliseconds to evaluate the density of 500 test examples, and to draw
64 samples (MAF and zuko's NSF are autoregressive: one pass per dimension to sample).

    python benchmarks/flow.py [--quick] [--out DIR] [--budget 90] [--toy-budget 30] [--only S]
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from genmap.data import Dataset, load
from genmap.flow.dequant import logit_transform, standard_normal_log_prob
from genmap.registry import build

ALPHA = 0.05
Density = Callable[[Tensor], Tensor]
"""log p_model(w) per example, w in the model's input space."""


class Candidate:
    """A trainable density over w with a sampler; `module` holds its parameters."""

    def __init__(self, module: nn.Module, log_density: Density,
                 sample: Callable[[int], Tensor]) -> None:
        self.module, self.log_density, self.sample = module, log_density, sample


# ---------------------------------------------------------------- the candidates


def genmap_flow(name: str, overrides: dict[str, Any]) -> Callable[[Dataset], Candidate]:
    def make(data: Dataset) -> Candidate:
        model = build(name, data.spec, overrides)
        z_shape = model.z_shape

        def log_density(w: Tensor) -> Tensor:
            z, log_det = model.transform(w)
            return standard_normal_log_prob(z) + log_det

        def sample(n: int) -> Tensor:
            return model.transform.inverse(torch.randn(n, *z_shape))

        return Candidate(model, log_density, sample)

    return make


def zuko_flow(kind: str) -> Callable[[Dataset], Candidate]:
    def make(data: Dataset) -> Candidate:
        import zuko

        D = data.spec.dim
        flow = getattr(zuko.flows, kind)(features=D)
        return Candidate(flow, lambda w: flow().log_prob(w.flatten(1)),
                         lambda n: flow().sample((n,)))

    return make


def normflows_realnvp(data: Dataset, layers: int = 8, hidden: int = 64) -> Candidate:
    """normflows' README RealNVP: masked affine flows with MLP nets, alternating masks."""
    import normflows as nf

    D = data.spec.dim
    b = (torch.arange(D) % 2).float()
    flows = []
    for i in range(layers):
        mask = b if i % 2 == 0 else 1 - b
        s = nf.nets.MLP([D, hidden, hidden, D], init_zeros=True)
        t = nf.nets.MLP([D, hidden, hidden, D], init_zeros=True)
        flows.append(nf.flows.MaskedAffineFlow(mask, t, s))
    model = nf.NormalizingFlow(nf.distributions.DiagGaussian(D, trainable=False), flows)
    return Candidate(model, lambda w: model.log_prob(w.flatten(1)),
                     lambda n: model.sample(n)[0])


def normflows_glow(data: Dataset, blocks: int = 8, hidden: int = 64) -> Candidate:
    """normflows' GlowBlock (affine coupling, LU 1×1 conv, actnorm) after one squeeze:
    (1, 8, 8) -> (4, 4, 4), single scale."""
    import normflows as nf

    C, H, W = data.spec.shape
    shape = (4 * C, H // 2, W // 2)
    flows = [nf.flows.GlowBlock(4 * C, hidden, split_mode="channel", scale=True)
             for _ in range(blocks)]
    flows.append(nf.flows.Squeeze())  # generative direction: (4C, H/2, W/2) -> (C, H, W)
    model = nf.NormalizingFlow(nf.distributions.DiagGaussian(shape, trainable=False), flows)
    return Candidate(model, model.log_prob, lambda n: model.sample(n)[0])


GENMAP_DIGITS = {  # CPU-sized widths: at equal wall-clock, steps matter as much as size
    "genmap realnvp (hidden 32)": genmap_flow("realnvp", {"hidden": 32}),
    "genmap glow (hidden 32, K 4)": genmap_flow("glow", {"hidden": 32, "layers": 4}),
    "genmap nsf (hidden 128, 4 steps)": genmap_flow("nsf", {"hidden": 128, "layers": 4}),
    "genmap maf (hidden 256)": genmap_flow("maf", {"hidden": 256}),
    "genmap maf spline (hidden 128, 3 layers, dropout 0.2)": genmap_flow(
        "maf", {"transform": "spline", "hidden": 128, "layers": 3, "dropout": 0.2}),
}
GENMAP_TOY = {f"genmap {n}": genmap_flow(n, {}) for n in ("realnvp", "glow", "nsf", "maf")} | {
    "genmap maf spline": genmap_flow("maf", {"transform": "spline", "hidden": 64,
                                             "layers": 3})}
PEERS_DIGITS = {"zuko NSF": zuko_flow("NSF"), "zuko RealNVP": zuko_flow("RealNVP"),
                "normflows Glow": normflows_glow, "normflows RealNVP": normflows_realnvp}
PEERS_TOY = {"zuko NSF": zuko_flow("NSF"), "zuko RealNVP": zuko_flow("RealNVP"),
             "normflows RealNVP": normflows_realnvp}


# ---------------------------------------------------------------- one protocol for all


def dequantized(x: Tensor, K: int, gen: torch.Generator | None) -> tuple[Tensor, Tensor]:
    """x (long) -> (w, log|dw/dy| - D log K) with uniform noise u."""
    u = torch.rand(x.shape, generator=gen)
    w, log_det = logit_transform((x + u) / K, ALPHA)
    return w, log_det - x[0].numel() * math.log(K)


def nll(c: Candidate, x: Tensor, data: Dataset, gen: torch.Generator | None) -> Tensor:
    """Per-example NLL: bits/dim bound on discrete data, nats on continuous data."""
    if not data.spec.discrete:
        return -c.log_density(x)
    w, offset = dequantized(x, data.spec.levels, gen)
    return -(c.log_density(w) + offset) / (data.spec.dim * math.log(2))


@torch.no_grad()
def evaluate(c: Candidate, x: Tensor, data: Dataset, seed: int) -> float:
    c.module.eval()
    gen = torch.Generator().manual_seed(seed)
    value = torch.cat([nll(c, b, data, gen) for b in x.split(500)]).mean().item()
    c.module.train()
    return value


def fit(c: Candidate, data: Dataset, budget: float, val_every: int) -> dict[str, Any]:
    """Train for `budget` CPU seconds of optimisation; keep the state best on validation."""
    opt = torch.optim.Adam(c.module.parameters(), lr=1e-3)
    gen = torch.Generator().manual_seed(0)
    best, best_state, best_step, step, spent = math.inf, None, 0, 0, 0.0
    x = data.train.x
    while spent < budget:
        start = time.thread_time()
        idx = torch.randint(len(x), (128,), generator=gen)
        loss = nll(c, x[idx], data, None).mean()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(c.module.parameters(), 1.0)
        opt.step()
        spent += time.thread_time() - start
        step += 1
        if step % val_every == 0 or spent >= budget:
            v = evaluate(c, data.val.x, data, seed=1)
            if v < best:
                best, best_state, best_step = v, copy.deepcopy(c.module.state_dict()), step
    if best_state is not None:
        c.module.load_state_dict(best_state)
    return {"steps": step, "steps_per_s": step / spent, "best_step": best_step, "val": best}


@torch.no_grad()
def timings(c: Candidate, data: Dataset) -> dict[str, float]:
    c.module.eval()
    x = data.test.x[:500]
    start = time.thread_time()
    nll(c, x, data, torch.Generator().manual_seed(2))
    density_ms = 1e3 * (time.thread_time() - start)
    start = time.thread_time()
    c.sample(64)
    return {"density_ms_500": density_ms, "sample_ms_64": 1e3 * (time.thread_time() - start)}


def run_one(name: str, make: Callable[[Dataset], Candidate], data: Dataset, budget: float,
            val_every: int) -> dict[str, Any]:
    torch.manual_seed(0)
    c = make(data)
    row: dict[str, Any] = {"model": name, "params": sum(p.numel() for p in c.module.parameters())}
    row |= fit(c, data, budget, val_every)
    row["test"] = evaluate(c, data.test.x, data, seed=3)
    row |= timings(c, data)
    print(f"{data.spec.name:8s} {name:20s} test {row['test']:.4f}  {row['steps']} steps "
          f"({row['steps_per_s']:.1f}/s), best at {row['best_step']}", flush=True)
    return row


# ---------------------------------------------------------------- report


def table(rows: list[dict[str, Any]], unit: str) -> str:
    ours = [r["test"] for r in rows if r["model"].startswith("genmap")]
    best_ours = min(ours) if ours else math.nan
    lines = [f"| model | test {unit} | vs best genmap | steps/s | steps (best at) | params | "
             "density ms/500 | sample ms/64 |", "|---|---|---|---|---|---|---|---|"]
    for r in sorted(rows, key=lambda r: r["test"]):
        lines.append(f"| {r['model']} | {r['test']:.4f} | {r['test'] - best_ours:+.4f} | "
                     f"{r['steps_per_s']:.1f} | {r['steps']} ({r['best_step']}) | "
                     f"{r['params']:,} | {r['density_ms_500']:.0f} | {r['sample_ms_64']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="seconds-long CI version")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    ap.add_argument("--budget", type=float, default=90.0, help="seconds per model on digits")
    ap.add_argument("--toy-budget", type=float, default=30.0, help="seconds per model, 2-D")
    ap.add_argument("--threads", type=int, default=1, help="torch threads for every model")
    ap.add_argument("--only", default="", help="run only the models whose name contains this")
    ap.add_argument("--data", default="", help="comma-separated subset of the data sets")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    budget, toy_budget, val_every = ((0.5, 0.3, 5) if args.quick
                                     else (args.budget, args.toy_budget, 50))
    toys = ("ring8",) if args.quick else ("ring8", "grid25", "moons")
    results: dict[str, Any] = {"budget_s": budget, "toy_budget_s": toy_budget,
                               "threads": args.threads, "quick": args.quick, "data": {}}
    md = [f"# Flows at equal budget ({budget:g} CPU s per model on digits, {toy_budget:g} s on "
          f"2-D toys, {args.threads} CPU thread{'s' if args.threads > 1 else ''})", ""]
    for name, b, candidates, unit in [("digits", budget, GENMAP_DIGITS | PEERS_DIGITS, "bits/dim"),
                                      *((t, toy_budget, GENMAP_TOY | PEERS_TOY, "NLL nats")
                                        for t in toys)]:
        if args.data and name not in args.data.split(","):
            continue
        data = load(name)
        rows = [run_one(m, make, data, b, val_every) for m, make in candidates.items()
                if args.only in m]
        results["data"][name] = rows
        md += [f"## {name} (test {unit})", "", table(rows, unit), ""]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "flow.json").write_text(json.dumps(results, indent=2))
    (args.out / "flow.md").write_text("\n".join(md))
    print("\n".join(md))


if __name__ == "__main__":
    main()
