"""The trainer: paradigm-agnostic, one process or data-parallel under torchrun.

It only calls the protocol: `model.optimizer_groups()` to build one AdamW per group,
`model.train_step(batch, optimizers)` for each update (a GAN owns its alternation), and
`model.log_prob` / `model.loss` to score the validation split. The optimizers it hands
to the model clip gradients, average them across ranks (the all-reduce DDP performs),
and refuse to step on a non-finite gradient, so the last good checkpoint survives.

Determinism: parameters are initialised from `seed`; each rank then draws its noise
from `seed + rank`; the data order of epoch e is a permutation drawn from a generator
seeded by (seed, e); the learning rate is a function of the step. A checkpoint stores
the weights, EMA weights, optimizer and RNG state, so `--resume` continues bit for bit.

Under torchrun each of W ranks takes every W-th example of the global batch (the
DistributedSampler split), so the gradient averaged over ranks is the gradient of the
global batch: `batch_size` is the global batch size and must be divisible by W.
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import os
import re
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
from torch import Tensor

from genmap import checkpoint as ckpt
from genmap import metrics
from genmap.data import Dataset, DataSpec, Split, load
from genmap.protocol import Batch, DataMismatch, GenerativeModel
from genmap.registry import ConfigError, apply_overrides, build, model_class


@dataclass
class TrainConfig:
    steps: int = 2000
    budget: float = 0.0
    """Seconds of training; when > 0 it replaces `steps` as the stopping rule."""
    batch_size: int = 128
    lr: float = 1e-3
    warmup: int = 100
    min_lr_ratio: float = 0.1
    grad_clip: float = 1.0
    ema: float = 0.999
    val_every: int = 100
    ckpt_every: int = 500
    log_every: int = 10
    seed: int = 0
    device: str = "auto"


class NonFiniteError(RuntimeError):
    """A loss or gradient became NaN/inf; training stopped before applying it."""


def parse_budget(text: str) -> float:
    """'90s', '5m', '1h', '1.5m' or plain seconds -> seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"bad budget {text!r}; accepted: a positive number with s, m or h, "
                          "e.g. 90s, 5m, 1h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def pick_device(name: str) -> torch.device:
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ConfigError(f"device {name!r} asked for, but CUDA is not available; accepted: cpu")
    try:
        return torch.device(name)
    except RuntimeError:
        raise ConfigError(f"unknown device {name!r}; accepted: auto, cpu, cuda, cuda:N") from None


# ---------------------------------------------------------------- distributed


@dataclass
class Dist:
    rank: int = 0
    world: int = 1

    @property
    def main(self) -> bool:
        return self.rank == 0


def init_distributed(device: torch.device) -> Dist:
    """Join the torchrun process group when launched by torchrun, else a single process."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world == 1:
        return Dist()
    if not dist.is_initialized():
        with _sigint_blocked_in_new_threads():
            dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return Dist(dist.get_rank(), dist.get_world_size())


@contextlib.contextmanager
def _sigint_blocked_in_new_threads() -> Iterator[None]:
    """A thread starts with its parent's signal mask. The process group's threads are born
    with SIGINT blocked, so a terminal's Ctrl-C (sent to the whole process) reaches the
    main thread's stop flag, never a gloo thread mid-syscall (which aborts the rank)."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: nothing to block
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def rank_device(device: torch.device) -> torch.device:
    if device.type == "cuda" and "LOCAL_RANK" in os.environ:
        return torch.device("cuda", int(os.environ["LOCAL_RANK"]))
    return device


# ---------------------------------------------------------------- optimizers


class GuardedOptimizer:
    """AdamW plus what a trainer owes every update: averaging gradients over ranks,
    refusing a non-finite gradient, clipping. The model calls zero_grad() and step()."""

    def __init__(self, opt: torch.optim.AdamW, clip: float, ddp: Dist, name: str) -> None:
        self.opt, self.clip, self.ddp, self.name = opt, clip, ddp, name
        self.params = [p for g in opt.param_groups for p in g["params"]]

    def zero_grad(self) -> None:
        self.opt.zero_grad(set_to_none=True)

    def step(self) -> None:
        grads = [p.grad for p in self.params if p.grad is not None]
        if self.ddp.world > 1 and grads:
            flat = torch.cat([g.reshape(-1) for g in grads])
            dist.all_reduce(flat)
            flat /= self.ddp.world
            offset = 0
            for g in grads:
                g.copy_(flat[offset:offset + g.numel()].view_as(g))
                offset += g.numel()
        norm = torch.nn.utils.clip_grad_norm_(self.params, self.clip if self.clip > 0 else math.inf)
        if not torch.isfinite(norm):
            raise NonFiniteError(f"the gradient of optimizer {self.name!r} is {norm.item()}")
        self.opt.step()


def make_optimizers(model: GenerativeModel, cfg: TrainConfig, ddp: Dist) -> dict[str, Any]:
    opts = {}
    for name, group in model.optimizer_groups().items():
        group = dict(group)
        params = group.pop("params")
        group.setdefault("lr", cfg.lr)
        group["base_lr"] = group["lr"]
        # foreach: one multi-tensor kernel per update phase instead of a loop over the
        # tensors (PyTorch picks it on GPUs only; on CPU a small GAN step spent ~10 % of its
        # time in the per-tensor loop)
        opt = torch.optim.AdamW([{"params": params, **group}], foreach=True)
        opts[name] = GuardedOptimizer(opt, cfg.grad_clip, ddp, name)
    return opts


def lr_factor(cfg: TrainConfig, step: int, progress: float) -> float:
    """Linear warm-up over `warmup` steps, then cosine decay to `min_lr_ratio`."""
    if step < cfg.warmup:
        return (step + 1) / cfg.warmup
    cos = 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))
    return cfg.min_lr_ratio + (1 - cfg.min_lr_ratio) * cos


# ---------------------------------------------------------------- data order


def batches(split: Split, cfg: TrainConfig, ddp: Dist, start: int,
            device: torch.device) -> Iterator[Batch]:
    """This rank's share of global batch `start`, `start + 1`, ... (epochs reshuffled)."""
    n = split.x.shape[0]
    B = min(cfg.batch_size, n - n % ddp.world)
    per_epoch = n // B
    step = start
    while True:
        epoch, pos = divmod(step, per_epoch)
        g = torch.Generator().manual_seed(cfg.seed * 100003 + epoch)
        idx = torch.randperm(n, generator=g)[pos * B:(pos + 1) * B][ddp.rank::ddp.world]
        y = None if split.y is None else split.y[idx].to(device)
        yield Batch(split.x[idx].to(device), y)
        step += 1


# ---------------------------------------------------------------- EMA


class EMA:
    """Exponential moving average of the weights, with the usual early warm-up
    (decay min(ema, (1 + t) / (10 + t))) so it is useful from the first steps."""

    def __init__(self, model: GenerativeModel, decay: float) -> None:
        self.model = copy.deepcopy(model).eval()
        self.model.requires_grad_(False)
        self.decay = decay
        self._mine = (list(self.model.parameters()), list(self.model.buffers()))

    @torch.no_grad()
    def update(self, model: GenerativeModel, step: int) -> None:
        """One multi-tensor lerp over the weights, a copy of the buffers."""
        d = min(self.decay, (1 + step) / (10 + step))
        torch._foreach_lerp_(self._mine[0], list(model.parameters()), 1 - d)  # lists must match
        for e, b in zip(self._mine[1], model.buffers(), strict=True):
            e.copy_(b)


# ---------------------------------------------------------------- the loop


@dataclass
class Job:
    """Everything the loop needs, built once (fresh or from a checkpoint)."""

    run: Path
    model_name: str
    data: Dataset
    model: GenerativeModel
    ema: EMA
    opts: dict[str, GuardedOptimizer]
    cfg: TrainConfig
    ddp: Dist
    device: torch.device
    step: int = 0
    elapsed: float = 0.0
    best: float = math.inf
    best_step: int = -1


def train(run: str | Path, model_name: str, data_name: str, *,
          model_overrides: dict[str, Any] | None = None,
          cfg: TrainConfig | dict[str, Any] | None = None,
          data_dir: str | None = None, block: int = 64, quiet: bool = False,
          on_step: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Train `model_name` on `data_name` into a new run directory `run`; returns a summary.
    `cfg` is a TrainConfig used as it is, or a dict of TrainConfig fields (the user's)
    laid over the model's defaults for this data (`GenerativeModel.train_defaults`) and
    the trainer's. `data_dir` locates IDX files; `block` is the example length of text."""
    job = new_job(Path(run), model_name, data_name, model_overrides or {},
                  {} if cfg is None else cfg, data_dir, block)
    return loop(job, quiet, on_step)


def resume(run: str | Path, more: dict[str, Any] | None = None, *, quiet: bool = False,
           on_step: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Continue the run in `run` from its last checkpoint; `more` may raise steps/budget."""
    return loop(resume_job(Path(run), more), quiet, on_step)


def model_train_defaults(model_name: str, spec: DataSpec,
                         overrides: dict[str, Any]) -> dict[str, Any]:
    """The TrainConfig fields `model_name`, configured by `overrides`, trains best with on
    `spec` (`GenerativeModel.train_defaults`), before the user's own fields."""
    cls = model_class(model_name)
    config = apply_overrides(cls.Config(), overrides, f"model {model_name}")
    return cls.train_defaults(spec, config)


def new_job(run: Path, model_name: str, data_name: str, overrides: dict[str, Any],
            cfg: TrainConfig | dict[str, Any], data_dir: str | None, block: int) -> Job:
    data = load(data_name, data_dir=data_dir, block=block)
    if isinstance(cfg, dict):  # the user's fields over the model's defaults for this data
        cfg = apply_overrides(TrainConfig(), model_train_defaults(model_name, data.spec, overrides)
                              | cfg, "train")
    device = rank_device(pick_device(cfg.device))
    ddp = init_distributed(device)
    torch.manual_seed(cfg.seed)
    model = build(model_name, data.spec, overrides).to(device)
    if run.exists() and any(run.iterdir()):  # every rank checks, before anyone writes
        raise ConfigError(f"{run} already holds a run; pass --resume to continue it "
                          "or choose another --out")
    if ddp.world > 1:
        dist.barrier()
    if ddp.main:
        run.mkdir(parents=True, exist_ok=True)
        ckpt.write_json_atomic(run / "config.json", {
            "model": model_name, "model_config": keep_components(run, model),
            "data": data_name, "data_dir": data_dir, "block": block,
            "spec": data.spec.to_dict(),
            "train": asdict(cfg), "card": model.card.to_dict()})
    return _assemble(run, model_name, data, model, cfg, ddp, device)


def _assemble(run: Path, model_name: str, data: Dataset, model: GenerativeModel,
              cfg: TrainConfig, ddp: Dist, device: torch.device) -> Job:
    if ddp.world > 1:
        if cfg.batch_size % ddp.world:
            raise ConfigError(f"batch_size {cfg.batch_size} is not divisible by the "
                              f"{ddp.world} ranks; accepted: a multiple of {ddp.world}")
        for t in model.state_dict().values():
            dist.broadcast(t, 0)
    return Job(run, model_name, data, model, EMA(model, cfg.ema),
               make_optimizers(model, cfg, ddp), cfg, ddp, device)


def resume_job(run: Path, more: dict[str, Any] | None = None) -> Job:
    """Rebuild a job from `run/last`; `more` may change steps or budget to train longer."""
    conf = ckpt.read_json(run / "config.json")
    cfg = TrainConfig(**(conf["train"] | (more or {})))
    if more and int(os.environ.get("RANK", "0")) == 0:
        ckpt.write_json_atomic(run / "config.json", conf | {"train": asdict(cfg)})
    device = rank_device(pick_device(cfg.device))
    ddp = init_distributed(device)
    data = load(conf["data"], data_dir=conf["data_dir"], block=conf["block"])
    model = build(conf["model"], data.spec, _model_config(run, conf)).to(device)
    job = _assemble(run, conf["model"], data, model, cfg, ddp, device)
    folder = ckpt.checkpoint_folder(run, "last")
    ckpt.load_into(job.model, folder / "model.safetensors")
    ckpt.load_into(job.ema.model, folder / "ema.safetensors")
    state = ckpt.read_json(folder / "state.json")
    extra = ckpt.load_tensors(folder / "optim.safetensors")
    for name, opt in job.opts.items():
        ckpt.restore_optimizer(opt.opt, f"opt.{name}", extra, state["optimizers"][name])
    torch.set_rng_state(extra[f"rng.rank{ddp.rank}"] if f"rng.rank{ddp.rank}" in extra
                        else extra["rng.rank0"])
    job.step, job.elapsed = state["step"], state["elapsed"]
    job.best, job.best_step = state["best"], state["best_step"]
    return job


def save_last(job: Job) -> None:
    rngs = _gather_rng(job.ddp)
    if not job.ddp.main:
        return
    extra: dict[str, Tensor] = {f"rng.rank{r}": s for r, s in enumerate(rngs)}
    metas = {}
    for name, opt in job.opts.items():
        tensors, metas[name] = ckpt.optimizer_tensors(opt.opt, f"opt.{name}")
        extra.update(tensors)
    ckpt.save_checkpoint(job.run / "last", {
        "model": ckpt.state_tensors(job.model), "ema": ckpt.state_tensors(job.ema.model),
        "optim": extra}, _state(job) | {"optimizers": metas})


def _gather_rng(ddp: Dist) -> list[Tensor]:
    state = torch.get_rng_state()
    if ddp.world == 1:
        return [state]
    out = [torch.empty_like(state) for _ in range(ddp.world)]
    dist.all_gather(out, state)
    return out


def _state(job: Job) -> dict[str, Any]:
    return {"step": job.step, "elapsed": job.elapsed, "best": job.best,
            "best_step": job.best_step}


def validate(job: Job) -> tuple[float, str]:
    """Score the validation split with the EMA weights: NLL where the model has one.
    Its random draws (e.g. a VAE's posterior samples) come from a forked RNG, so
    validating does not change the training run."""
    devices = [job.device] if job.device.type == "cuda" else []
    with torch.random.fork_rng(devices=devices):
        return metrics.score(job.ema.model, job.data.val, job.data.spec)


def loop(job: Job, quiet: bool, on_step: Callable[[int], None] | None) -> dict[str, Any]:
    """Step until the step count or the budget is reached, or Ctrl-C; then save `last`."""
    if job.step == 0:
        torch.manual_seed(job.cfg.seed + 1 + job.ddp.rank)
    stream = batches(job.data.train, job.cfg, job.ddp, job.step, job.device)
    stop = _StopFlag()
    job.model.train()
    start = time.perf_counter() - job.elapsed
    with stop.installed(), _Logger(job, quiet) as log:
        while not _agreed_stop(job, stop):
            _one_step(job, next(stream), log, start)
            if on_step is not None:
                on_step(job.step)
        if not stop.flag and (job.step % job.cfg.val_every or job.best_step < 0):
            _validate_and_keep_best(job, log)
    save_last(job)
    return {"step": job.step, "interrupted": stop.flag, "best": job.best,
            "best_step": job.best_step, "elapsed": job.elapsed}


def _one_step(job: Job, batch: Batch, log: _Logger, start: float) -> None:
    _set_lr(job, job.cfg)
    try:
        with _autocast(job.device):
            losses = job.model.train_step(batch, job.opts)
        _check_finite(losses)
    except NonFiniteError as e:
        raise NonFiniteError(f"{e} at step {job.step + 1}; training stopped. "
                             f"{_last_saved(job.run)}") from None
    job.step += 1
    job.elapsed = time.perf_counter() - start
    job.ema.update(job.model, job.step)
    log.step(losses)
    _periodic(job, log)


def _last_saved(run: Path) -> str:
    state = run / "last" / "state.json"
    if not state.exists():
        return "No checkpoint had been written yet; lower the learning rate and train again."
    step = json.loads(state.read_text())["step"]
    return f"The last good checkpoint ({run / 'last'}, step {step}) is intact; --resume it."


def _agreed_stop(job: Job, stop: _StopFlag) -> bool:
    """Whether to stop before the next step, the same answer on every rank: a budget is
    measured by each rank's own clock and Ctrl-C may reach one rank a step before another,
    so the ranks take the maximum of their votes (one scalar all-reduce per step); a rank
    that stops alone would leave the others waiting in the next gradient all-reduce."""
    votes = [float(_done(job)), float(stop.flag)]
    if job.ddp.world > 1:
        t = torch.tensor(votes, device=job.device)
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        votes = t.tolist()
    stop.flag = votes[1] > 0
    return max(votes) > 0


def _done(job: Job) -> bool:
    cfg = job.cfg
    if cfg.budget > 0:
        return job.elapsed >= cfg.budget
    return job.step >= cfg.steps


def _set_lr(job: Job, cfg: TrainConfig) -> None:
    progress = job.elapsed / cfg.budget if cfg.budget > 0 else job.step / cfg.steps
    f = lr_factor(cfg, job.step, progress)
    for opt in job.opts.values():
        for g in opt.opt.param_groups:
            g["lr"] = g["base_lr"] * f


def _check_finite(losses: dict[str, Tensor]) -> None:
    for k, v in losses.items():
        if not torch.isfinite(torch.as_tensor(v)).all():
            raise NonFiniteError(f"loss {k!r} is {float(v)}")


def _periodic(job: Job, log: _Logger) -> None:
    if job.step % job.cfg.val_every == 0:
        _validate_and_keep_best(job, log)
    if job.step % job.cfg.ckpt_every == 0:
        save_last(job)


def _validate_and_keep_best(job: Job, log: _Logger) -> None:
    value, unit = validate(job)
    log.val(value, unit)
    if value < job.best:
        job.best, job.best_step = value, job.step
        if job.ddp.main:
            ckpt.save_checkpoint(job.run / "best", {
                "model": ckpt.state_tensors(job.model),
                "ema": ckpt.state_tensors(job.ema.model)}, _state(job) | {"unit": unit})


def _autocast(device: torch.device) -> contextlib.AbstractContextManager:
    if device.type == "cuda":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


class _StopFlag:
    """Ctrl-C asks the loop to stop after the current step and save a checkpoint."""

    flag = False

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        def handler(*_: Any) -> None:
            self.flag = True

        try:
            old = signal.signal(signal.SIGINT, handler)
        except ValueError:  # not the main thread: leave Ctrl-C as it is
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, old)


class _Logger:
    """JSONL log on rank 0 and a rich progress bar (loss, steps/s, ETA)."""

    def __init__(self, job: Job, quiet: bool) -> None:
        self.job = job
        self.show = job.ddp.main and not quiet
        self.file = open(job.run / "log.jsonl", "a") if job.ddp.main else None
        self.last_t, self.last_step = time.perf_counter(), job.step
        self.progress = None

    def __enter__(self) -> _Logger:
        if self.show:
            from rich.progress import (
                BarColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                     TextColumn("{task.completed}/{task.total}"),
                                     TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
                                     TimeRemainingColumn())
            self.progress.start()
            cfg = self.job.cfg
            total = int(cfg.budget) if cfg.budget > 0 else cfg.steps
            self.task = self.progress.add_task(f"{self.job.model_name}", total=total, info="",
                                               completed=self._done())
        return self

    def _done(self) -> int:
        return int(self.job.elapsed) if self.job.cfg.budget > 0 else self.job.step

    def __exit__(self, *exc: Any) -> None:
        if self.progress is not None:
            self.progress.stop()
        if self.file is not None:
            self.file.close()

    def step(self, losses: dict[str, Tensor]) -> None:
        if self.job.step % self.job.cfg.log_every:
            return
        now = time.perf_counter()
        rate = (self.job.step - self.last_step) / max(now - self.last_t, 1e-9)
        self.last_t, self.last_step = now, self.job.step
        row = {"step": self.job.step, "time": round(self.job.elapsed, 3),
               "steps_per_s": round(rate, 2),
               "lr": self.job.opts[next(iter(self.job.opts))].opt.param_groups[0]["lr"],
               **{k: float(v.detach()) for k, v in losses.items()}}
        self._write(row)
        if self.progress is not None:
            self.progress.update(self.task, completed=self._done(),
                                 info=f"loss {row['loss']:.4f}  {rate:.1f} steps/s")

    def val(self, value: float, unit: str) -> None:
        self._write({"step": self.job.step, "val": value, "val_unit": unit})

    def _write(self, row: dict) -> None:
        if self.file is not None:
            self.file.write(json.dumps(row) + "\n")
            self.file.flush()


# ---------------------------------------------------------------- reading runs


def load_run(run: str | Path, which: str = "best", ema: bool = True,
             device: str = "cpu") -> tuple[GenerativeModel, dict[str, Any]]:
    """The trained model of a run (EMA weights of the best checkpoint by default)."""
    run = Path(run)
    if not run.is_dir():
        raise ckpt.RunError(f"run directory {run} does not exist; accepted: a folder written "
                            "by genmap train")
    conf = ckpt.read_json(run / "config.json")
    try:
        spec = DataSpec.from_dict(conf["spec"])
        model = build(conf["model"], spec, _model_config(run, conf))
    except (KeyError, TypeError) as e:
        raise ckpt.RunError(f"{run / 'config.json'} is corrupt (bad field {e})") from None
    folder = ckpt.checkpoint_folder(run, which if (run / which).exists() else "last")
    ckpt.load_into(model, folder / ("ema.safetensors" if ema else "model.safetensors"))
    return model.to(device).eval(), conf


COMPONENTS = "components"
"""Where a run keeps copies of the runs it is built from (RUN/components/FIELD)."""


def keep_components(run: Path, model: GenerativeModel) -> dict[str, Any]:
    """The model config to record for a new run in `run`: each component run the model
    was built from (`GenerativeModel.component_runs`, e.g. a distillation teacher) is
    copied into RUN/components/FIELD and recorded by that relative path, so that the run
    samples, evaluates and resumes after the original is moved or deleted."""
    config = asdict(model.config)
    for field in _component_fields(type(model)):
        if config.get(field):
            _copy_run(Path(config[field]), run / COMPONENTS / field)
            config[field] = f"{COMPONENTS}/{field}"
    return config


def _component_fields(cls: type[GenerativeModel]) -> list[str]:
    return [*cls.component_runs, *cls.optional_component_runs]


def _copy_run(src: Path, dst: Path) -> None:
    """config.json, the checkpoint `load_run` reads (weights only, no optimizer state) and
    the run's own components, copied via a temporary folder renamed at the end."""
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    shutil.copy2(src / "config.json", tmp / "config.json")
    which = "best" if (src / "best").exists() else "last"
    shutil.copytree(ckpt.checkpoint_folder(src, which), tmp / which,
                    ignore=shutil.ignore_patterns("optim.safetensors"))
    if (src / COMPONENTS).is_dir():
        shutil.copytree(src / COMPONENTS, tmp / COMPONENTS)
    os.replace(tmp, dst)


def _model_config(run: Path, conf: dict[str, Any]) -> dict[str, Any]:
    """The recorded model config, with component runs given relative to `run` made
    absolute (older runs recorded absolute paths, kept as they are)."""
    config = dict(conf["model_config"])
    for field in _component_fields(model_class(conf["model"])):
        if config.get(field) and not Path(config[field]).is_absolute():
            config[field] = str(run.resolve() / config[field])
    return config


def load_component_run(run: str, spec: DataSpec, accepted: tuple[type, ...],
                       what: str) -> tuple[GenerativeModel, Path]:
    """A trained run that another model is built from (a distillation or reflow teacher,
    see `GenerativeModel.component_runs`): loaded, checked to be one of the `accepted`
    model classes (`what` names them) trained on the same data as `spec`, and frozen.
    Returns it with its absolute path, for the new run's config to record."""
    path = Path(run).expanduser().resolve()
    model, conf = load_run(path)
    if not isinstance(model, accepted):
        raise ConfigError(f"{path} is a {conf['model']} run; accepted: {what}")
    if model.spec.to_dict() != spec.to_dict():
        raise DataMismatch(f"{path} was trained on {_describe(model.spec)}, but this "
                           f"run's data is {_describe(spec)}")
    return model.requires_grad_(False), path


def _describe(spec: DataSpec) -> str:
    levels = "continuous" if spec.levels is None else f"{spec.levels} levels"
    return f"{spec.name} (shape {tuple(spec.shape)}, {levels})"
