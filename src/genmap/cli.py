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

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="genmap: the four-paradigm map of generative modeling, as software.")
out = Console() if sys.stdout.isatty() else Console(width=160)
err = Console(stderr=True)

# The library is imported inside each command, so `genmap place` and `--help` start
# without torch. An error class can only have been raised if its module was imported.
USER_ERRORS = {"genmap.registry": ("ConfigError",), "genmap.data": ("DataError",),
               "genmap.checkpoint": ("RunError",), "genmap.place": ("PlaceError",),
               "genmap.protocol": ("DataMismatch", "SamplerOptionError")}


def _exit_code(e: Exception) -> int | None:
    """2 for bad input, 1 for a NaN stop, None for a bug (which keeps its traceback)."""
    for module, names in USER_ERRORS.items():
        m = sys.modules.get(module)
        if m is not None and isinstance(e, tuple(getattr(m, n) for n in names)):
            return 2
    train = sys.modules.get("genmap.train")
    return 1 if train is not None and isinstance(e, train.NonFiniteError) else None


def friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Bad input becomes one line on stderr and exit code 2; a NaN stop, exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as e:
            code = _exit_code(e)
            if code is None:
                raise
            word = "error" if code == 2 else "stopped"
            err.print(f"{word}: {e}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(code) from None

    return wrapper


@app.command("models")
@friendly
def models_cmd(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Registered models and their cards."""
    from genmap.data import DataSpec
    from genmap.registry import MODELS

    spec = DataSpec("digits", (1, 8, 8), 17, 10, "image")  # any data a model accepts
    cards = {name: cls.template_card(spec) for name, cls in MODELS.items()}
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
    from genmap.data import DATASETS, DataError, load

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
    from genmap.registry import ConfigError
    from genmap.train import TrainConfig

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
    from genmap.registry import ConfigError

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
    model: str = typer.Argument(..., help="A model name (see `genmap models`)."),
    data: str = typer.Option("digits", "--data", help="Dataset name (see `genmap data`)."),
    out_dir: Path = typer.Option(..., "--out", help="Run directory to create (or resume)."),
    steps: int = typer.Option(None, "--steps", help="Optimizer steps (default: the "
                              "model's for this data, else 2000)."),
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
    from genmap.checkpoint import read_json
    from genmap.registry import ConfigError, model_class
    from genmap.train import parse_budget, resume, train

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
        cfg = {"seed": seed, "device": device, **train_kv, **({"steps": steps} if steps else {}),
               **({"budget": parse_budget(budget)} if budget else {})}
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
    reconstruct: bool = typer.Option(False, "--reconstruct", help="Reconstruct N test "
                                     "examples (models with an encoder): pairs x, x_hat."),
    interpolate: int = typer.Option(0, "--interpolate", help="K: N rows of K steps between "
                                    "pairs of test examples (models with a latent space)."),
    complete: bool = typer.Option(False, "--complete", help="Keep the first half of N test "
                                  "examples, sample the rest (autoregressive models)."),
    seed: int = typer.Option(0, "--seed"),
    checkpoint: str = typer.Option("best", "--checkpoint", help="best or last."),
) -> None:
    """Draw N samples from a trained run (EMA weights of the best checkpoint)."""
    import torch

    from genmap import plots
    from genmap.registry import ConfigError
    from genmap.train import load_run

    if checkpoint not in ("best", "last"):
        raise ConfigError(f"bad --checkpoint {checkpoint!r}; accepted: best, last")
    if out_file.suffix not in plots.WRITERS:
        raise ConfigError(f"bad --out suffix {out_file.suffix!r}; accepted: "
                          f"{', '.join(plots.WRITERS)}")
    model, conf = load_run(run, checkpoint)
    options = {k: v for k, v in (("sampler", sampler), ("steps", steps)) if v is not None}
    options |= _sampler_options(opts)
    cond = None if label is None else torch.full((n,), label, dtype=torch.long)
    torch.manual_seed(seed)
    uses = [name for name, on in (("reconstruct", reconstruct), ("interpolate", interpolate),
                                  ("complete", complete)) if on]
    if len(uses) > 1:
        raise ConfigError(f"--{uses[0]} and --{uses[1]} exclude each other; accepted: one")
    if uses:
        x, cols = _from_test_data(uses[0], model, conf, n, interpolate, cond, options)
    else:
        x, cols = model.sample(n, cond=cond, **options), None
    plots.WRITERS[out_file.suffix](x, model.spec, out_file, cols)
    err.print(f"wrote {len(x)} {uses[0] if uses else 'sample'}s to {out_file}",
              highlight=False)


def _from_test_data(use: str, model: Any, conf: dict, n: int, steps: int, cond: Any,
                    options: dict) -> tuple[Any, int]:
    """Reconstruct, interpolate between or complete test examples: (images, grid columns).
    These are capabilities a model has or lacks (a method of that name), not paradigms."""
    import torch

    from genmap.data import load
    from genmap.registry import MODELS, ConfigError

    if not callable(getattr(model, use, None)):
        able = [k for k, cls in MODELS.items() if callable(getattr(cls, use, None))]
        raise ConfigError(f"{conf['model']} cannot {use}; accepted: {', '.join(able)}")
    test = load(conf["data"], data_dir=conf.get("data_dir"), block=conf.get("block", 64)).test
    need = 2 * n if use == "interpolate" else n
    if len(test.x) < need:
        raise ConfigError(f"--n {n} needs {need} test examples; the test split has "
                          f"{len(test.x)}")
    x = test.x[:n]
    if cond is None and getattr(model.config, "conditional", False) and test.y is not None:
        cond = test.y[:n]  # a conditional model encodes each example with its own label
    if use == "reconstruct":
        pairs = torch.stack([x, model.reconstruct(x, cond)], 1)  # (n, 2, ...)
        return pairs.flatten(0, 1), 2
    if use == "interpolate":
        rows = model.interpolate(x, test.x[n:2 * n], steps=steps, cond=cond)  # (n, K, ...)
        return rows.flatten(0, 1), steps
    return model.complete(x, cond=cond, **options), None


@app.command("eval")
@friendly
def eval_cmd(
    run: Path = typer.Argument(..., help="A run directory written by genmap train."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    n: int = typer.Option(64, "--n", help="Samples drawn to time sampling."),
    checkpoint: str = typer.Option("best", "--checkpoint", help="best or last."),
    likelihoods: bool = typer.Option(True, "--likelihoods/--no-likelihoods",
                                     help="Also the model's further likelihoods (IWAE, ODE)."),
) -> None:
    """Evaluate a run on the test split: likelihood (with its kind) and sampling cost;
    on ring8/grid25 also the mode-collapse protocol (modes captured, % high quality)."""
    import torch

    from genmap import metrics
    from genmap.data import load
    from genmap.protocol import LikelihoodUnavailable
    from genmap.train import load_run

    model, conf = load_run(run, checkpoint)
    data = load(conf["data"], data_dir=conf.get("data_dir"), block=conf.get("block", 64))
    report: dict[str, Any] = {"model": conf["model"], "data": conf["data"],
                              "card": model.card.to_dict()}
    try:
        report["nll"] = metrics.nll(model, data.test, data.spec)
    except LikelihoodUnavailable as e:
        report["nll"], report["nll_unavailable"] = None, str(e)
    torch.manual_seed(0)
    more = {name: metrics.nll(model, data.test, data.spec, log_prob=fn)
            for name, fn in model.likelihoods().items()} if likelihoods else {}
    report["nll_more"], report["nll_compared"] = more, model.compared_likelihood
    torch.manual_seed(0)
    report["sampling"] = metrics.sampling_cost(model, n)
    if conf["data"] in ("ring8", "grid25"):
        torch.manual_seed(0)
        report["modes"] = metrics.mode_collapse(model, conf["data"])
    report |= _latent_usage(model, data.test)
    if as_json:
        print(json.dumps(report, indent=2))
        return
    nll = report["nll"]
    line = (f"{nll['value']:.4f} {nll['unit']} ({nll['kind']})" if nll
            else f"unavailable: {report['nll_unavailable']}")
    out.print(f"[bold]{conf['model']}[/] on {conf['data']} (test split)")
    out.print(f"  NLL       {line}", highlight=False)
    for name, v in report["nll_more"].items():
        mark = "  (compared)" if name == report["nll_compared"] else ""
        out.print(f"  {name:<9} {v['value']:.4f} {v['unit']} ({v['kind']}){mark}",
                  highlight=False)
    s = report["sampling"]
    out.print(f"  sampling  {s['nfe_per_sample']:g} NFE/sample ({s['nfe_source']}), "
              f"{s['seconds_per_sample'] * 1e3:.3f} ms/sample", highlight=False)
    if "active_units" in report:
        out.print(f"  latent    {report['active_units']} active units", highlight=False)
    if "codebook" in report:
        c = report["codebook"]
        out.print(f"  codebook  perplexity {c['perplexity']:.1f}, {c['used_codes']} used, "
                  f"{c['dead_codes']} dead", highlight=False)
    if "modes" in report:
        m = report["modes"]
        out.print(f"  modes     {m['modes_captured']}/{m['modes_total']} captured, "
                  f"{m['high_quality_pct']:.1f}% high quality, reverse KL "
                  f"{m['reverse_kl']:.3f} ({m['samples']} samples)", highlight=False)


@app.command("place")
@friendly
def place_cmd(
    sources: list[str] = typer.Argument(None, help="Text, markdown or PDF files, genmap run "
                                        "directories, or - for standard input (the default)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list, one per source."),
) -> None:
    """Place a system on the four-paradigm map from its description, or a run's card."""
    from genmap.place import place
    from genmap.place.render import render

    placements = [place(s) for s in (sources or ["-"])]
    if as_json:
        print(json.dumps([p.to_dict() for p in placements], indent=2))
        return
    for p in placements:
        out.print(render(p))


def _latent_usage(model: Any, test: Any) -> dict[str, Any]:
    """What a model with a latent space says about its use of it, where it can say:
    active units (a method `active_units`), codebook usage (`codebook_usage`)."""
    import torch

    out: dict[str, Any] = {}
    cond = test.y if getattr(model.config, "conditional", False) else None
    with torch.no_grad():
        if callable(getattr(model, "active_units", None)):
            out["active_units"] = model.active_units(test.x, cond)
        if callable(getattr(model, "codebook_usage", None)):
            out["codebook"] = model.codebook_usage(test.x)
    return out


def main() -> None:
    app(prog_name="genmap")


if __name__ == "__main__":
    sys.exit(main())
