"""Latent-variable models on digits beside the exact-likelihood models, under one budget.

Every model trains for the same wall-clock budget on the digits train split (CPU), then is
measured on the test split, all in bits/dim of the same 17-level data:
- the VAE's ELBO (`log_prob`) and its IWAE-k bound (`iwae`), both lower bounds, so their
  NLLs are upper bounds on the true NLL; IWAE-k is the one to compare;
- the VQ-VAE's bound under its uniform token prior, with codebook usage;
- every registered autoregressive or flow model (exact or dequantized likelihood);
- the independent floor, fitted in closed form (no budget needed).
Also: reconstruction error (MSE of x_hat on the [0, 1] scale) and active latent units.

    python benchmarks/latent.py [--quick] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from pathlib import Path
from typing import Any

import torch

from genmap import metrics
from genmap.data import Dataset, load
from genmap.independent import Independent, IndependentConfig
from genmap.protocol import DataMismatch, GenerativeModel
from genmap.registry import MODELS
from genmap.train import TrainConfig, load_run, train

LATENT = {
    "vae (mlp, categorical)": ("vae", {}),
    "vae (mlp, logistic)": ("vae", {"decoder": "logistic"}),
    "vae (conv, categorical)": ("vae", {"arch": "conv"}),
    "vae (mlp, categorical, free bits 0.1, warm-up 500)": ("vae", {"free_bits": 0.1,
                                                                   "kl_warmup": 500}),
    "vqvae (conv, 64 codes)": ("vqvae", {}),
}


QUICK = {"width": 32, "channels": 8}


def peers() -> dict[str, tuple[str, dict[str, Any]]]:
    """Registered exact-likelihood models of the other paradigm family (AR and flows)."""
    out = {}
    for name, cls in MODELS.items():
        if name == "independent":
            continue
        try:
            card = cls(cls.Config(), load("digits").spec).card
        except DataMismatch:
            continue
        if card.primary in ("autoregressive", "flow"):
            out[name] = (name, {})
    return out


def bpd(lp: torch.Tensor, data: Dataset) -> float:
    return metrics.to_unit(lp.double(), data.spec).mean().item()


def recon_mse(model: GenerativeModel, data: Dataset) -> float:
    x = data.test.x
    x_hat = model.reconstruct(x)
    return ((x_hat - x).double() / (data.spec.levels - 1)).square().mean().item()


def measure(model: GenerativeModel, data: Dataset, iwae_k: int) -> dict[str, Any]:
    torch.manual_seed(0)
    nll = metrics.nll(model, data.test, data.spec)
    row: dict[str, Any] = {"nll": nll["value"], "kind": nll["kind"]}
    if hasattr(model, "iwae"):
        lp = torch.cat([model.iwae(data.test.x[i:i + 150], k=iwae_k, chunk=50).value
                        for i in range(0, len(data.test.x), 150)])
        row["iwae"] = bpd(lp, data)
        row["active_units"] = model.active_units(data.test.x)
    if hasattr(model, "reconstruct"):
        row["recon_mse"] = recon_mse(model, data)
    if hasattr(model, "codebook_usage"):
        row |= model.codebook_usage(data.test.x)
    return row


def run_one(name: str, overrides: dict[str, Any], cfg: TrainConfig, data: Dataset,
            iwae_k: int, root: Path) -> dict[str, Any]:
    folder = root / f"run{len(list(root.iterdir()))}"
    start = time.perf_counter()
    summary = train(folder, name, "digits", model_overrides=overrides, cfg=cfg, quiet=True)
    model, _ = load_run(folder)
    row = measure(model, data, iwae_k)
    return row | {"steps": summary["step"], "seconds": round(time.perf_counter() - start, 1)}


def floor(data: Dataset) -> dict[str, Any]:
    model = Independent(IndependentConfig(), data.spec)
    model.fit(data.train.x)
    return {"nll": bpd(model.log_prob(data.test.x).value, data), "kind": "exact"}


def table(rows: dict[str, dict[str, Any]], k: int) -> str:
    head = (f"| model | test NLL bits/dim (kind) | IWAE-{k} bits/dim | recon MSE | active units "
            "| codebook perplexity / used / dead | steps |\n|---|---|---|---|---|---|---|\n")
    lines = []
    for name, r in rows.items():
        def f(key: str, fmt: str = "{:.3f}", r: dict[str, Any] = r) -> str:
            return fmt.format(r[key]) if key in r else "-"
        usage = (f"{r['perplexity']:.1f} / {r['used_codes']} / {r['dead_codes']}"
                 if "perplexity" in r else "-")
        lines.append(f"| {name} | {r['nll']:.3f} ({r['kind']}) | {f('iwae')} | "
                     f"{f('recon_mse', '{:.4f}')} | {f('active_units', '{}')} | {usage} | "
                     f"{f('steps', '{}')} |")
    return head + "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="a seconds-long smoke run for CI")
    ap.add_argument("--out", default="benchmarks/results")
    ap.add_argument("--budget", type=float, default=90.0, help="seconds of training per model")
    ap.add_argument("--k", type=int, default=1000, help="importance samples of IWAE-k")
    args = ap.parse_args()
    data = load("digits")
    k = 8 if args.quick else args.k
    cfg = TrainConfig(steps=3, budget=0.0 if args.quick else args.budget, batch_size=128,
                      val_every=50 if args.quick else 500, ckpt_every=10**9, device="cpu")
    rows: dict[str, dict[str, Any]] = {"independent (closed-form floor)": floor(data)}
    # quick: tiny latent models only (the peers' own tests and benchmarks keep them honest)
    runs = {label: (name, over | QUICK) for label, (name, over) in LATENT.items()} \
        if args.quick else LATENT | peers()
    with tempfile.TemporaryDirectory() as tmp:
        for label, (name, over) in runs.items():
            rows[label] = run_one(name, over, cfg, data, k, Path(tmp))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    meta = {"data": "digits (test split, 447 images, 17 levels)", "budget_s": cfg.budget,
            "quick": args.quick, "iwae_k": k, "torch_threads": torch.get_num_threads()}
    (out / "latent.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2))
    note = ("quick smoke run: not results" if args.quick else
            f"{cfg.budget:g} s of CPU training per model, {torch.get_num_threads()} threads")
    md = (f"# Latent-variable models on digits\n\n{note}; NLL of a bound is an upper bound "
          f"on the true NLL; IWAE-{k} is the VAE figure to compare.\n\n{table(rows, k)}")
    (out / "latent.md").write_text(md)
    print(md)
    assert all(math.isfinite(r["nll"]) for r in rows.values())


if __name__ == "__main__":
    main()
