"""Every GAN objective on the standard mode-collapse protocol, beside the published rows.

Each objective (at its default settings: the papers' n_critic, learning rates and
betas, genmap's default networks) trains on ring8 and grid25 through genmap's own trainer
(its default warm-up, cosine decay and EMA), over several seeds; 2,500 samples of the
EMA generator are scored by `genmap.metrics.mode_coverage`: modes captured, % high
quality (within 3 sigma of the nearest mode), and the reverse KL of the mode histogram
to uniform; mean +- standard error over seeds, with the CPU seconds of each training
run. Scatter plots of seed 0 of the default objective land beside the tables. The
default objective also trains on digits, for a sample grid and its sampling cost.

Each objective trains at its own defaults (`GAN.train_defaults`): 32,000 steps with a
minibatch of 64 per player, i.e. a batch of 64 n_critic for the critic objectives (a fresh
64 per critic step, as in the WGAN papers) and no gradient clipping for them; `--steps` and
`--batch` override all. What makes G sharp on these mixtures is the number of updates more
than the batch (R1, z_dim 2, standardised data, on grid25, seed 0, one thread: 1,000
steps of 512 gave 15 % high quality; 4,000 of 256, 73 %; 8,000 of 128, 90 %; 16,000 of
64, 94 %, for 60-330 CPU s; at width 128, 32,000 of 64, 96 %). The logistic
objectives are also scored through discriminator rejection sampling (`drs=1`), in a
table of their own.
Runs are independent, so `--workers` processes (one thread each) share them out. Each
finished run is appended to OUT/adversarial_runs.jsonl as it ends, and a later call with
the same training settings and overrides reuses the runs found there: an interrupted
benchmark resumes where it stopped (`--fresh` ignores and overwrites the file).

    OMP_NUM_THREADS=1 python benchmarks/adversarial.py [--quick] [--out DIR] [--seeds N]
        [--steps N] [--workers N] [--objectives r1,wgan-gp] [--fresh]
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import torch

from genmap import metrics, plots
from genmap.adversarial import OBJECTIVES, GANConfig
from genmap.adversarial.gan import DRS_MAX_ROUNDS
from genmap.adversarial.objectives import LOGISTIC
from genmap.data import load, modes
from genmap.protocol import SamplerOptionError
from genmap.registry import apply_overrides
from genmap.train import TrainConfig, load_run, model_train_defaults, train

PUBLISHED = [  # (method, ring8 modes, ring8 % hq, grid25 modes, grid25 % hq, source)
    ("GAN", "6.3", "", "17.3", "", "PacGAN (arXiv:1712.04086) tables 2-3"),
    ("PacGAN4", "7.8", "", "24.8", "93.6", "PacGAN (arXiv:1712.04086)"),
    ("VEEGAN", "", "", "24.6", "", "VEEGAN (arXiv:1705.07761) / PacGAN"),
    ("WGAN-GP", "", "", "24.2", "28.7", "as quoted in issue 6"),
]
METRICS = ("modes_captured", "high_quality_pct", "reverse_kl", "train_cpu_s")
DRS_METRICS = ("drs_modes_captured", "drs_high_quality_pct")
DEFAULT = GANConfig().objective


def train_fields(objective: str, data: str, user: dict[str, Any],
                 overrides: dict[str, Any]) -> dict[str, Any]:
    """The training settings of one run: the objective's own defaults on this data
    (`GAN.train_defaults`: its batch, steps and clipping) under the user's --steps / --batch."""
    return model_train_defaults("gan", load(data).spec, {"objective": objective, **overrides}) | (
        user)


def run_one(objective: str, data: str, seed: int, fields: dict[str, Any],
            overrides: dict[str, Any], root: Path, out: Path) -> dict[str, Any]:
    """Train one (objective, data, seed) on one thread; score 2,500 EMA samples."""
    torch.set_num_threads(1)
    run = root / f"{objective}-{data}-{seed}"
    cfg = apply_overrides(TrainConfig(), fields | {
        "val_every": 10**9, "ckpt_every": 10**9, "seed": seed}, "train")
    start = time.process_time()
    train(run, "gan", data, model_overrides={"objective": objective, **overrides}, cfg=cfg,
          quiet=True)
    cpu = time.process_time() - start
    model, _ = load_run(run, "last")
    torch.manual_seed(seed)
    row = metrics.mode_collapse(model, data) | {"train_cpu_s": cpu}
    if objective in LOGISTIC:  # the same generator through discriminator rejection sampling
        torch.manual_seed(seed)
        centres, sigma = modes(data)
        try:
            drs = metrics.mode_coverage(model.eval().sample(2500, drs=1), centres, sigma)
            row |= {f"drs_{k}": drs[k] for k in ("modes_captured", "high_quality_pct")}
        except SamplerOptionError as e:  # DRS gave up (a D far from log p/q): say so
            row |= {"drs_stopped": str(e)}
    if seed == 0 and objective == DEFAULT:
        torch.manual_seed(seed)
        plots.write_png(model.sample(2500), load(data).spec, out / f"adversarial_{data}.png")
    row = {"objective": objective, "data": data, "seed": seed, **row}
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def run_key(objective: str, data: str, seed: int, fields: dict[str, Any],
            overrides: dict[str, Any]) -> str:
    """What makes two runs the same run: the job and everything that shapes training."""
    return json.dumps([objective, data, seed, fields, overrides], sort_keys=True)


def finished_runs(path: Path) -> dict[str, dict[str, Any]]:
    """The runs of earlier calls, by `run_key`; a torn last line (a kill mid-write) is
    dropped, so that run is done again."""
    if not path.exists():
        return {}
    done = {}
    for line in path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        done[entry["key"]] = entry["row"]
    return done


def mean_se(values: list[float]) -> tuple[float, float]:
    values = [v for v in values if not math.isnan(v)]
    if not values:
        return math.nan, math.nan
    if len(values) == 1:
        return values[0], math.nan
    return statistics.fmean(values), statistics.stdev(values) / math.sqrt(len(values))


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, list[float]]]:
    out: dict[str, dict[str, list[float]]] = {}
    for key in {(r["objective"], r["data"]) for r in rows}:
        group = [r for r in rows if (r["objective"], r["data"]) == key]
        out["/".join(key)] = {m: list(mean_se([float(r[m]) for r in group if m in r]))
                              for m in METRICS + DRS_METRICS if any(m in r for r in group)}
        out["/".join(key)]["seeds"] = [len(group), 0.0]
        if any(m in out["/".join(key)] for m in DRS_METRICS):  # DRS may stop on a seed
            out["/".join(key)]["drs_seeds"] = [sum(DRS_METRICS[0] in r for r in group), 0.0]
    return out


def _cell(mean: float, se: float, digits: int = 1) -> str:
    if math.isnan(mean):
        return "n/a"
    return f"{mean:.{digits}f}" + ("" if math.isnan(se) else f" ± {se:.{digits}f}")


def markdown(summary: dict[str, Any], args: argparse.Namespace, digits_row: dict) -> str:
    lines = [f"# GAN objectives on the mode-collapse protocol ({args.seeds} seed(s), "
             "2,500 samples)", "",
             "Each objective at its own training defaults on this data (`GAN.train_defaults`: "
             "32,000 steps, a minibatch of 64 per player, so 64 n_critic per step, and no "
             "gradient clipping for the critic objectives)"
             + (f", overridden by --steps {args.steps}" if args.steps else "")
             + (f", --batch {args.batch}" if args.batch else "") + "; "
             "mean ± standard error over seeds; CPU s = training CPU seconds of one run "
             "(one thread).", "",
             "| objective | ring8 modes (/8) | ring8 % HQ | ring8 rev. KL | grid25 modes (/25) "
             "| grid25 % HQ | grid25 rev. KL | CPU s (ring8 / grid25) |",
             "|---|---|---|---|---|---|---|---|"]
    for objective in OBJECTIVES:
        cells, cpu = [], []
        for data in ("ring8", "grid25"):
            s = summary.get(f"{objective}/{data}")
            cells += ([_cell(*s["modes_captured"]), _cell(*s["high_quality_pct"]),
                       _cell(*s["reverse_kl"], digits=3)] if s else ["-"] * 3)
            cpu.append(f"{s['train_cpu_s'][0]:.0f}" if s else "-")
        if any(c != "-" for c in cells):
            name = f"{objective} (default)" if objective == DEFAULT else objective
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {' / '.join(cpu)} |")
    drs = [o for o in OBJECTIVES if "drs_high_quality_pct" in summary.get(f"{o}/ring8", {})]
    if drs:
        lines += ["", "The same generators through discriminator rejection sampling "
                  "(`--opt drs=1`, Azadi et al. 2019; more than one pass per sample):", "",
                  "| objective | ring8 modes | ring8 % HQ | grid25 modes | grid25 % HQ | seeds "
                  "(ring8 / grid25) |", "|---|---|---|---|---|---|"]
        for o in drs:
            cells = [_cell(*summary[f"{o}/{d}"][m]) if m in summary[f"{o}/{d}"] else "-"
                     for d in ("ring8", "grid25") if f"{o}/{d}" in summary for m in DRS_METRICS]
            seeds = [f"{summary[f'{o}/{d}'].get('drs_seeds', [0])[0]:.0f} of "
                     f"{summary[f'{o}/{d}']['seeds'][0]:.0f}"
                     for d in ("ring8", "grid25") if f"{o}/{d}" in summary]
            lines.append(f"| {o} | " + " | ".join(cells) + f" | {' / '.join(seeds)} |")
        lines += ["", "A seed that DRS does not count stopped after "
                  f"{DRS_MAX_ROUNDS} redraws per sample (its run log says why)."]
    lines += ["", "Published rows (other architectures and budgets):", "",
              "| method | ring8 modes | ring8 % HQ | grid25 modes | grid25 % HQ | source |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {m} | {a or '-'} | {b or '-'} | {c or '-'} | {d or '-'} | {src} |"
              for m, a, b, c, d, src in PUBLISHED]
    if digits_row:
        lines += ["", f"digits ({digits_row['objective']}, {digits_row['steps']} steps): "
                  f"{digits_row['ms_per_sample']:.3f} ms/sample, 1 NFE; grid in "
                  f"{digits_row['grid']}"]
    return "\n".join(lines) + "\n"


def digits_samples(objective: str, steps: int, out: Path, root: Path,
                   overrides: dict[str, Any]) -> dict[str, Any]:
    run = root / "digits"
    cfg = TrainConfig(steps=steps, batch_size=64, val_every=10**9, ckpt_every=10**9)
    train(run, "gan", "digits", model_overrides={"objective": objective, **overrides},
          cfg=cfg, quiet=True)
    model, _ = load_run(run, "last")
    torch.manual_seed(0)
    plots.write_png(model.sample(64), model.spec, out / "adversarial_digits.png")
    cost = metrics.sampling_cost(model, 256)
    return {"objective": objective, "steps": steps, "grid": "adversarial_digits.png",
            "ms_per_sample": 1e3 * cost["seconds_per_sample"]}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="seconds-long smoke run (CI)")
    p.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    p.add_argument("--seeds", type=int, default=5)
    p.add_argument("--steps", type=int, default=0, help="0 = each objective's default")
    p.add_argument("--batch", type=int, default=0, help="0 = each objective's default")
    p.add_argument("--digits-steps", type=int, default=2000)
    p.add_argument("--objectives", default=",".join(OBJECTIVES))
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--fresh", action="store_true",
                   help="train every run again instead of reusing OUT/adversarial_runs.jsonl")
    args = p.parse_args(argv)
    overrides: dict[str, Any] = {}
    if args.quick:
        args.seeds, args.steps, args.digits_steps, args.workers = 1, 10, 5, 1
        args.objectives = f"{DEFAULT},wgan-gp"
        overrides = {"width": 16, "depth": 1, "channels": 4}
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = [(o, d, s) for s in range(args.seeds) for o in args.objectives.split(",")
            for d in ("ring8", "grid25")]  # seed-major: a stopped sweep covers every objective
    log = args.out / "adversarial_runs.jsonl"
    if args.fresh:
        log.unlink(missing_ok=True)
    done = finished_runs(log)
    tmp_log = log.with_suffix(".tmp")  # rewritten without a torn line, so appends stay whole
    tmp_log.write_text("".join(json.dumps({"key": k, "row": r}) + "\n" for k, r in done.items()))
    tmp_log.replace(log)
    user = ({"steps": args.steps} if args.steps else {}) | (
        {"batch_size": args.batch} if args.batch else {})
    fields = {job: train_fields(job[0], job[1], user, overrides) for job in jobs}
    keys = {job: run_key(*job, fields[job], overrides) for job in jobs}
    todo = [job for job in jobs if keys[job] not in done]
    print(f"{len(jobs) - len(todo)} of {len(jobs)} runs reused from {log}", file=sys.stderr)

    failed: list[str] = []

    def record(job: tuple[str, str, int], result: Callable[[], dict[str, Any]]) -> None:
        """Log a finished run at once; a run that raised is reported and left for the next
        call, and the others go on (an exception must not leave finished runs unlogged)."""
        try:
            row = result()
        except Exception as e:  # any failure of one run
            failed.append(f"{'/'.join(map(str, job))}: {type(e).__name__}: {e}")
            print(f"run {failed[-1]}", file=sys.stderr, flush=True)
            return
        done[keys[job]] = row
        with log.open("a") as f:
            f.write(json.dumps({"key": keys[job], "row": row}) + "\n")

    with tempfile.TemporaryDirectory() as tmp:
        common = (overrides, Path(tmp), args.out)
        if args.workers > 1:
            with ProcessPoolExecutor(args.workers) as pool:
                futures = {pool.submit(run_one, *job, fields[job], *common): job for job in todo}
                for f in as_completed(futures):
                    record(futures[f], f.result)
        else:
            for job in todo:
                record(job, functools.partial(run_one, *job, fields[job], *common))
        if failed:
            raise SystemExit(f"{len(failed)} of {len(todo)} runs failed ({'; '.join(failed)}); "
                             f"the others are logged in {log}, and a second call retries "
                             "only the failed ones")
        rows = [done[keys[job]] for job in jobs]
        digits_row = digits_samples(DEFAULT, args.digits_steps, args.out, Path(tmp), overrides)
    summary = summarise(rows)
    report = {"args": {k: str(v) for k, v in vars(args).items()}, "runs": rows,
              "summary": summary, "digits": digits_row, "published": PUBLISHED}
    (args.out / "adversarial.json").write_text(json.dumps(report, indent=2))
    (args.out / "adversarial.md").write_text(markdown(summary, args, digits_row))
    print(markdown(summary, args, digits_row))


if __name__ == "__main__":
    main()
