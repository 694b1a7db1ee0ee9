"""`genmap ...`: parses arguments, calls the library, prints. Nothing else lives here."""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from genmap import metrics, plots
from genmap.checkpoint import RunError, read_json
from genmap.data import DATASETS, DataError, DataSpec, load
from genmap.protocol import DataMismatch, LikelihoodUnavailable, SamplerOptionError
from genmap.registry import MODELS, ConfigError, apply_overrides, model_class
from genmap.train import NonFiniteError, TrainConfig, load_run, parse_budget, resume, train

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="genmap: the four-paradigm map of generative modeling, as software.")
out = Console() if sys.stdout.isatty() else Console(width=160)
err = Console(stderr=True)

USER_ERRORS = (ConfigError, DataError, RunError, DataMismatch, SamplerOptionError)


def friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Bad input becomes one line on stderr and exit code 2; a NaN stop, exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except USER_ERRORS as e:
            err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        except NonFiniteError as e:
            err.print(f"stopped: {e}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper


@app.command("models")
@friendly
def models_cmd(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Registered models and their cards."""
    spec = DataSpec("digits", (1, 8, 8), 17, 10, "image")  # any data a model accepts
    cards = {name: cls(cls.Config(), spec).card for name, cls in MODELS.items()}
    if as_json:
        out.print_json(json.dumps({k: c.to_dict() for k, c in cards.items()}))
        return
    table = Table("model", "paradigm", "objective", "sampler", "NFE", "likelihood")
    for name, c in cards.items():
        table.add_row(name, ", ".join(c.paradigms), ", ".join(c.objective), c.sampler, c.nfe,
                      c.likelihood or "none")
    out.print(table)


@app.command("data")
@friendly
def data_cmd(data_dir: str = typer.Option(None, "--data-dir", help="Folder of IDX files."),
             as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Datasets with shape, levels and split sizes."""
    rows = []
    for name, about in DATASETS.items():
        row: dict[str, Any] = {"name": name, "about": about}
        if ":" not in name:
            try:
                d = load(name, data_dir=data_dir if name == "fashion-mnist" else None)
                row |= {"shape": list(d.spec.shape), "levels": d.spec.levels or "continuous",
                        "classes": d.spec.num_classes,
                        "sizes": [len(s.x) for s in (d.train, d.val, d.test)]}
            except DataError as e:
                row["unavailable"] = str(e)
        rows.append(row)
    if as_json:
        out.print_json(json.dumps(rows))
        return
    table = Table("dataset", "shape", "levels", "classes", "train/val/test", "about")
    for r in rows:
        sizes = "/".join(map(str, r["sizes"])) if "sizes" in r else r.get("unavailable", "-")
        table.add_row(r["name"], str(tuple(r.get("shape", ()))) if "shape" in r else "-",
                      str(r.get("levels", "-")), str(r.get("classes") or "-"), sizes, r["about"])
    out.print(table)


def _overrides(pairs: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Split `--set key=value` pairs into model-config and train-config overrides."""
    train_keys = {f.name for f in dataclasses.fields(TrainConfig)}
    model_kv, train_kv = {}, {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"bad --set {pair!r}; accepted: key=value")
        (train_kv if key in train_keys else model_kv)[key] = value
    return model_kv, train_kv


def _sampler_options(pairs: list[str]) -> dict[str, Any]:
    """`--opt key=value` pairs; a value is read as an int, else a float, else kept as text."""
    options: dict[str, Any] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"bad --opt {pair!r}; accepted: key=value")
        options[key] = _number(text)
    return options


def _number(text: str) -> int | float | str:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


@app.command("train")
@friendly
def train_cmd(
    model: str = typer.Argument(..., help=f"One of: {', '.join(MODELS)}."),
    data: str = typer.Option("digits", "--data", help="Dataset name (see `genmap data`)."),
    out_dir: Path = typer.Option(..., "--out", help="Run directory to create (or resume)."),
    steps: int = typer.Option(None, "--steps", help="Optimizer steps (default 2000)."),
    budget: str = typer.Option(None, "--budget", help="Wall-clock budget: 90s, 5m, 1h."),
    seed: int = typer.Option(0, "--seed"),
    device: str = typer.Option("auto", "--device", help="auto, cpu, cuda, cuda:N."),
    sets: list[str] = typer.Option([], "--set", help="key=value: a model or train config field."),
    data_dir: str = typer.Option(None, "--data-dir", help="Folder holding IDX files."),
    block: int = typer.Option(64, "--block", help="Tokens per example for text:PATH data."),
    resume_run: bool = typer.Option(False, "--resume", help="Continue the run in --out."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
) -> None:
    """Train MODEL on a dataset; checkpoints, log and config go to --out."""
    model_kv, train_kv = _overrides(sets)
    if resume_run:
        trained = read_json(out_dir / "config.json")["model"]
        if trained != model:
            raise ConfigError(f"{out_dir} holds a {trained} run, not {model}; accepted: "
                              f"genmap train {trained} --out {out_dir} --resume")
        more = {"steps": steps} if steps else {}
        more |= {"budget": parse_budget(budget)} if budget else {}
        summary = resume(out_dir, more, quiet=quiet)
    else:
        model_class(model)
        cfg = apply_overrides(TrainConfig(seed=seed, device=device), train_kv, "train")
        cfg = dataclasses.replace(cfg, steps=steps or cfg.steps,
                                  budget=parse_budget(budget) if budget else 0.0)
        summary = train(out_dir, model, data, model_overrides=model_kv, cfg=cfg,
                        data_dir=data_dir, block=block, quiet=quiet)
    stopped = " (interrupted; --resume continues)" if summary["interrupted"] else ""
    err.print(f"step {summary['step']}{stopped}: best validation {summary['best']:.4f} at step "
              f"{summary['best_step']}; run in {out_dir}", highlight=False)


@app.command("sample")
@friendly
def sample_cmd(
    run: Path = typer.Argument(..., help="A run directory written by genmap train."),
    n: int = typer.Option(64, "--n", help="Number of samples."),
    out_file: Path = typer.Option(..., "--out", help="FILE.png (grid or scatter), .npy, .txt."),
    sampler: str = typer.Option(None, "--sampler", help="Sampler name (model-specific)."),
    steps: int = typer.Option(None, "--steps", help="Sampler steps."),
    label: int = typer.Option(None, "--label", help="Class to condition on."),
    opts: list[str] = typer.Option([], "--opt", help="key=value: a sampler option of the "
                                   "model (e.g. temperature=0.8, top_k=5)."),
    seed: int = typer.Option(0, "--seed"),
    checkpoint: str = typer.Option("best", "--checkpoint", help="best or last."),
) -> None:
    """Draw N samples from a trained run (EMA weights of the best checkpoint)."""
    import torch

    if checkpoint not in ("best", "last"):
        raise ConfigError(f"bad --checkpoint {checkpoint!r}; accepted: best, last")
    if out_file.suffix not in plots.WRITERS:
        raise ConfigError(f"bad --out suffix {out_file.suffix!r}; accepted: "
                          f"{', '.join(plots.WRITERS)}")
    model, _ = load_run(run, checkpoint)
    options = {k: v for k, v in (("sampler", sampler), ("steps", steps)) if v is not None}
    options |= _sampler_options(opts)
    cond = None if label is None else torch.full((n,), label, dtype=torch.long)
    torch.manual_seed(seed)
    x = model.sample(n, cond=cond, **options)
    plots.WRITERS[out_file.suffix](x, model.spec, out_file)
    err.print(f"wrote {n} samples to {out_file}", highlight=False)


@app.command("eval")
@friendly
def eval_cmd(
    run: Path = typer.Argument(..., help="A run directory written by genmap train."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    n: int = typer.Option(64, "--n", help="Samples drawn to time sampling."),
    checkpoint: str = typer.Option("best", "--checkpoint", help="best or last."),
) -> None:
    """Evaluate a run on the test split: likelihood (with its kind) and sampling cost."""
    import torch

    model, conf = load_run(run, checkpoint)
    data = load(conf["data"], data_dir=conf.get("data_dir"), block=conf.get("block", 64))
    report: dict[str, Any] = {"model": conf["model"], "data": conf["data"],
                              "card": model.card.to_dict()}
    try:
        report["nll"] = metrics.nll(model, data.test, data.spec)
    except LikelihoodUnavailable as e:
        report["nll"], report["nll_unavailable"] = None, str(e)
    torch.manual_seed(0)
    report["sampling"] = metrics.sampling_cost(model, n)
    if as_json:
        print(json.dumps(report, indent=2))
        return
    nll = report["nll"]
    line = (f"{nll['value']:.4f} {nll['unit']} ({nll['kind']})" if nll
            else f"unavailable: {report['nll_unavailable']}")
    out.print(f"[bold]{conf['model']}[/] on {conf['data']} (test split)")
    out.print(f"  NLL       {line}", highlight=False)
    s = report["sampling"]
    out.print(f"  sampling  {s['nfe_per_sample']:g} NFE/sample ({s['nfe_source']}), "
              f"{s['seconds_per_sample'] * 1e3:.3f} ms/sample", highlight=False)


def main() -> None:
    app(prog_name="genmap")


if __name__ == "__main__":
    sys.exit(main())
