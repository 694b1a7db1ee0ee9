"""Score-based roots and frontier side by side: NFE against sample quality for DDPM, DDIM,
flow matching before and after one reflow, and a progressively distilled 1/2/4-step
student; mode coverage of the energy-based model and NCSN.

    python benchmarks/score_beyond.py [--quick] [--out DIR]

On each dataset one DDPM (the distillation teacher) and one flow-matching model are trained
here with the same network and budget; the flow is reflowed once on its own dopri5 coupling
(`genmap.diffusion.flow_matching.reflow`, Liu et al. 2022, arXiv:2209.03003); the DDPM is
distilled 64 -> 32 -> ... -> 1 DDIM steps on 2-D data, 32 -> ... -> 1 on digits
(`distilled`, Salimans & Ho 2022, arXiv:2202.00512), and the student is scored at the end
of its 4-, 2- and 1-step rounds, from the same noise.

Quality on 2-D data: energy distance to the test split (2 E|X - Y| - E|X - X'| - E|Y - Y'|,
Szekely & Rizzo; 0 iff the laws agree), and on ring8 / grid25 the mode-collapse protocol
(`genmap.metrics.mode_coverage`: modes captured, % of samples within 3 sigma of a mode). On
digits: the mean distance from a sample to its nearest test image (pixels in [0, 1]), with
the test-to-train distance as the scale. Straightness (Liu et al.'s S) of each flow is
measured on its own ODE coupling. NFE is counted by hooks on the networks.
"""

from __future__ import annotations

import argparse
import copy
import json
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch

from genmap import checkpoint as ckpt
from genmap import metrics
from genmap.data import Dataset, from_signed, load, modes
from genmap.diffusion.distill import ddim_on_grid
from genmap.diffusion.flow_matching import reflow, straightness
from genmap.protocol import Batch, GenerativeModel, count_calls
from genmap.registry import build

TOY = ("ring8", "grid25", "moons")
SIZES = {
    "quick": {"data": ("ring8", "digits"), "nfes": (1, 2, 4), "steps": 40, "digit_steps": 4,
              "n": 400, "n_img": 32, "pairs": 128, "reflow_steps": 20, "teacher_steps": 4,
              "digit_teacher_steps": 4, "round_steps": 8, "digit_round_steps": 2,
              "ebm_steps": 10, "toy_net": {"width": 32, "depth": 1},
              "img_net": {"base_channels": 8, "channel_mult": "1,2"}},
    "full": {"data": ("ring8", "grid25", "digits"), "nfes": (1, 2, 4, 8, 16, 64),
             "steps": 1500, "digit_steps": 800, "n": 2000, "n_img": 256, "pairs": 2048,
             "reflow_steps": 600, "teacher_steps": 64, "digit_teacher_steps": 32,
             "round_steps": 200, "digit_round_steps": 80, "ebm_steps": 800, "toy_net": {},
             "img_net": {"base_channels": 16, "channel_mult": "1,2"}},
}
"""Budgets: the full run takes about a quarter of an hour of one CPU core; moons (in TOY)
is left out of it for time, and runs with `--data moons`."""


# ------------------------------------------------------------------ training


def fit(model: GenerativeModel, data: Dataset, steps: int, lr: float = 1e-3,
        batch: int = 256, ema: float = 0.995) -> GenerativeModel:
    """AdamW per optimizer group on random batches; returns the EMA model in eval mode."""
    groups = model.optimizer_groups()
    opts = {k: torch.optim.AdamW(g["params"], lr=lr, weight_decay=g.get("weight_decay", 0.0))
            for k, g in groups.items()}
    avg = copy.deepcopy(model)
    x, y = data.train.x, data.train.y
    for i in range(steps):
        idx = torch.randint(0, x.shape[0], (batch,))
        model.train_step(Batch(x[idx], None if y is None else y[idx]), opts)
        d = min(ema, (1 + i) / (10 + i))
        with torch.no_grad():
            for a, p in zip(avg.parameters(), model.parameters(), strict=True):
                a.lerp_(p, 1 - d)
            for a, b in zip(avg.buffers(), model.buffers(), strict=True):
                a.copy_(b)
    return avg.eval()


def save_as_run(model: GenerativeModel, name: str, data: str, run: Path) -> Path:
    """Write `model` as a run directory that genmap.train.load_run reads (a teacher)."""
    run.mkdir(parents=True)
    ckpt.write_json_atomic(run / "config.json", {
        "model": name, "model_config": asdict(model.config), "data": data, "data_dir": None,
        "block": 64, "spec": model.spec.to_dict(), "card": model.card.to_dict()})
    tensors = ckpt.state_tensors(model)
    ckpt.save_checkpoint(run / "best", {"model": tensors, "ema": tensors}, {})
    return run


def distill(teacher_run: Path, data: Dataset, teacher_steps: int, rounds_steps: int,
            seed_noise: torch.Tensor) -> dict[int, tuple[torch.Tensor, int]]:
    """Progressive distillation to 1 step; the student's samples (and counted NFE) from
    `seed_noise` at the end of each round whose student takes 4, 2 or 1 steps."""
    torch.manual_seed(0)
    model = build("distilled", data.spec, {"teacher": str(teacher_run), "student_steps": 1,
                                           "teacher_steps": teacher_steps,
                                           "round_steps": rounds_steps})
    opt = torch.optim.AdamW(model.parameters(), lr=5e-4)
    out: dict[int, tuple[torch.Tensor, int]] = {}
    x, y = data.train.x, data.train.y
    for i in range(model.rounds * rounds_steps):
        idx = torch.randint(0, x.shape[0], (256,))
        model.train_step(Batch(x[idx], None if y is None else y[idx]), {"model": opt})
        K = model.student_steps_in(min(i // rounds_steps, model.rounds - 1))
        if (i + 1) % rounds_steps == 0 and K <= 4:
            model.eval()
            out[K] = _counted(model, lambda m, K=K: ddim_on_grid(
                m.denoiser(), m.process, seed_noise.clone(), K))
            out[K] = (from_signed(out[K][0], data.spec), out[K][1])
            model.train()
    return out


def _counted(model: GenerativeModel, fn: Any) -> tuple[torch.Tensor, int]:
    counter, remove = count_calls([model.get_submodule(m) for m in model.nfe_modules])
    try:
        with torch.no_grad():
            x = fn(model)
    finally:
        remove()
    return x, counter[0]


# ------------------------------------------------------------------ quality


def energy_distance(a: torch.Tensor, b: torch.Tensor) -> float:
    a, b = a.double().flatten(1), b.double().flatten(1)
    return float(2 * torch.cdist(a, b).mean() - torch.cdist(a, a).mean()
                 - torch.cdist(b, b).mean())


def nn_distance(samples: torch.Tensor, ref: torch.Tensor, levels: int) -> float:
    a, b = (s.flatten(1).float() / (levels - 1) for s in (samples, ref))
    return torch.cdist(a, b).min(1).values.mean().item()


def score(x: torch.Tensor, name: str, data: Dataset) -> dict[str, Any]:
    if data.spec.discrete:
        return {"nn_dist": nn_distance(x, data.test.x, data.spec.levels)}
    row: dict[str, Any] = {"energy_dist": energy_distance(x, data.test.x[:x.shape[0]])}
    if name in ("ring8", "grid25"):
        c, sigma = modes(name)
        cov = metrics.mode_coverage(x, c, sigma)
        row |= {"modes": cov["modes_captured"], "modes_total": cov["modes_total"],
                "hq_pct": cov["high_quality_pct"]}
    return row


# ------------------------------------------------------------------ one dataset


def curves(name: str, size: dict, tmp: Path) -> dict[str, Any]:
    data = load(name)
    img = data.spec.kind == "image"
    net = size["img_net"] if img else size["toy_net"]
    steps = size["digit_steps"] if img else size["steps"]
    n = size["n_img"] if img else size["n"]
    torch.manual_seed(0)
    ddpm = fit(build("ddpm", data.spec, {**net, "dropout": 0.0}), data, steps)
    torch.manual_seed(0)
    fm = fit(build("flow_matching", data.spec, {**net, "dropout": 0.0}), data, steps)
    torch.manual_seed(0)
    rf = reflow(fm, size["pairs"], size["reflow_steps"], lr=5e-4)
    rows = []
    for nfe in size["nfes"]:
        for method, model, opts in (("DDPM ancestral", ddpm, {"sampler": "ddpm"}),
                                    ("DDIM", ddpm, {"sampler": "ddim"}),
                                    ("flow matching, Euler", fm, {"sampler": "euler"}),
                                    ("reflow, Euler", rf, {"sampler": "euler"})):
            torch.manual_seed(1)
            x, used = _counted(model, lambda m, o=opts, k=nfe: m.sample(n, steps=k, **o))
            rows.append({"method": method, "nfe": used, **score(x, name, data)})
    torch.manual_seed(1)
    z = ddpm.process.prior_sample(ddpm._model_shape(n))
    run = save_as_run(ddpm, "ddpm", name, tmp / f"ddpm-{name}")
    rsteps = size["digit_round_steps"] if img else size["round_steps"]
    tsteps = size["digit_teacher_steps"] if img else size["teacher_steps"]
    for _, (x, used) in sorted(distill(run, data, tsteps, rsteps, z).items()):
        rows.append({"method": "distilled", "nfe": used, **score(x, name, data)})
    return {"rows": rows, "straightness": flow_straightness(fm, rf),
            **({"test_to_train": nn_distance(data.test.x, data.train.x, data.spec.levels)}
               if img else {})}


def flow_straightness(fm: GenerativeModel, rf: GenerativeModel) -> dict[str, float]:
    torch.manual_seed(2)
    z = fm.prior(512)
    out = {}
    for key, model in (("before", fm), ("after", rf)):
        x = model.transport(z.clone(), sampler="dopri5")
        out[key] = straightness(model.velocity(), z, x)
    return out


def coverage(size: dict) -> list[dict[str, Any]]:
    """Mode coverage of the EBM (Langevin) and NCSN (annealed Langevin) on the mixtures."""
    rows = []
    for name in ("ring8", "grid25"):
        data = load(name)
        for model_name in ("ebm", "ncsn"):
            torch.manual_seed(0)
            model = fit(build(model_name, data.spec, size["toy_net"]), data, size["ebm_steps"])
            torch.manual_seed(1)
            cov = metrics.mode_collapse(model, name, size["n"])
            _, nfe = _counted(model, lambda m: m.sample(64))
            rows.append({"data": name, "model": model_name, "nfe": nfe,
                         "modes": cov["modes_captured"], "modes_total": cov["modes_total"],
                         "hq_pct": cov["high_quality_pct"], "reverse_kl": cov["reverse_kl"]})
    return rows


# ------------------------------------------------------------------ report


def _cell(r: dict[str, Any]) -> str:
    if "nn_dist" in r:
        return f"{r['nn_dist']:.3f}"
    s = f"{r['energy_dist']:.4f}"
    return s + (f" / {r['modes']}/{r['modes_total']} / {r['hq_pct']:.0f}%" if "modes" in r
                else "")


def markdown(res: dict[str, Any]) -> str:
    out = [f"# score_beyond benchmark ({'quick' if res['quick'] else 'full'})", "",
           "NFE vs quality. 2-D: energy distance to test (lower is better) / modes captured"
           " / % high quality; digits: mean nearest-test-image distance.", "",
           "| data | method | " + " | ".join(f"NFE {k}" for k in res["nfes"]) + " |",
           "|---|---|" + "---|" * len(res["nfes"])]
    for name, d in res["data"].items():
        for method in dict.fromkeys(r["method"] for r in d["rows"]):
            by = {r["nfe"]: r for r in d["rows"] if r["method"] == method}
            out.append(f"| {name} | {method} | " + " | ".join(
                _cell(by[k]) if k in by else "" for k in res["nfes"]) + " |")
    out += ["", "Straightness S of each flow on its own dopri5 coupling (0 = straight):", "",
            "| data | flow matching | after one reflow |", "|---|---|---|"]
    out += [f"| {k} | {d['straightness']['before']:.4f} | {d['straightness']['after']:.4f} |"
            for k, d in res["data"].items()]
    out += ["", "Mode coverage of the Langevin samplers:", "",
            "| data | model | NFE | modes | % high quality | reverse KL |",
            "|---|---|---|---|---|---|"]
    out += [f"| {r['data']} | {r['model']} | {r['nfe']} | {r['modes']}/{r['modes_total']} | "
            f"{r['hq_pct']:.1f} | {r['reverse_kl']:.3f} |" for r in res["coverage"]]
    refs = {k: d["test_to_train"] for k, d in res["data"].items() if "test_to_train" in d}
    out += ["", f"Digits scale: test-to-train distance {refs}.",
            f"CPU seconds: {res['cpu_seconds']:.0f}."]
    return "\n".join(out) + "\n"


def plot(res: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(res["data"])
    fig, axes = plt.subplots(1, len(names), figsize=(4 * len(names), 3.4), squeeze=False)
    for ax, name in zip(axes[0], names, strict=True):
        rows = res["data"][name]["rows"]
        key = "nn_dist" if "nn_dist" in rows[0] else "energy_dist"
        for method in dict.fromkeys(r["method"] for r in rows):
            pts = sorted((r["nfe"], r[key]) for r in rows if r["method"] == method)
            ax.plot(*zip(*pts, strict=True), marker="o", label=method)
        ax.set(xscale="log", yscale="log", title=name, xlabel="NFE",
               ylabel="nearest-test distance" if key == "nn_dist" else "energy distance")
    axes[0][0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results"))
    ap.add_argument("--data", nargs="*", help=f"datasets (default: the size's; {TOY}, digits)")
    args = ap.parse_args()
    size = SIZES["quick" if args.quick else "full"]
    size = size | ({"data": tuple(args.data)} if args.data else {})
    torch.set_num_threads(1)
    start = time.process_time()
    res: dict[str, Any] = {"quick": args.quick, "nfes": list(size["nfes"]), "data": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name in size["data"]:
            res["data"][name] = curves(name, size, Path(tmp))
    res["coverage"] = coverage(size)
    res["cpu_seconds"] = time.process_time() - start
    res["sizes"] = {k: v for k, v in size.items() if k != "data"}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "score_beyond.json").write_text(json.dumps(res, indent=2))
    (out / "score_beyond.md").write_text(markdown(res))
    plot(res, out / "score_beyond.png")
    print(markdown(res))


if __name__ == "__main__":
    main()
