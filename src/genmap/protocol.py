"""The one protocol every genmap model answers, so that the trainer, the metrics, the
map and the CLI never need to know a model's paradigm.

| question                   | method                                   |
|----------------------------|------------------------------------------|
| where do I sit on the map? | `model.card`                             |
| what do I minimise?        | `model.loss(batch)` -> {"loss": ..., ...}|
| who plays?                 | `model.train_step(batch, optimizers)`    |
| how do I draw?             | `model.sample(n, cond=None, **options)`  |
| how likely is x?           | `model.log_prob(x, cond=None)` -> LogProb|

Units: `LogProb.value` is log p(x) per example in nats. On discrete data it is the log
*probability mass* of the discrete values (a dequantized model includes its D·log K
term), on continuous data the log density; `genmap.metrics` turns it into bits/dim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple, Protocol

import torch
from torch import Tensor, nn

from genmap.card import LIKELIHOOD_KINDS, Card
from genmap.data import DataSpec


class LogProb(NamedTuple):
    """log p(x) per example, in nats, and what kind of number it is."""

    value: Tensor
    kind: str

    def check(self) -> LogProb:
        if self.kind not in LIKELIHOOD_KINDS:
            raise ValueError(f"unknown likelihood kind {self.kind!r}; accepted: {LIKELIHOOD_KINDS}")
        return self


class LikelihoodUnavailable(Exception):
    """Raised by `log_prob` of a model that has no likelihood; the message says why,
    in the paradigm's own terms."""


class ConfigError(ValueError):
    """A bad model name, config key or value (a model raises it for an invalid config)."""


class DataMismatch(ValueError):
    """The data does not suit the model (e.g. continuous data for a categorical model)."""


class SamplerOptionError(ValueError):
    """An option the model's sampler does not accept."""


class Batch(NamedTuple):
    x: Tensor
    y: Tensor | None = None


class Optimizer(Protocol):
    """What `train_step` receives for each optimizer: zero_grad() and step().

    The trainer's implementation also clips, averages gradients across ranks and
    refuses to step on a non-finite gradient; a model only calls these two."""

    def zero_grad(self) -> None: ...
    def step(self) -> None: ...


@dataclass
class ModelConfig:
    """Fields every model config has. Subclass it with the model's own fields."""

    weight_decay: float = 0.0


class GenerativeModel(nn.Module):
    """Base class of every genmap model: a torch module with the protocol's methods.

    A subclass sets `Config` (a ModelConfig dataclass), takes `(config, spec)`, and
    implements `card`, `loss`, `sample` and `log_prob`. Multi-player models override
    `optimizer_groups` and `train_step`."""

    Config: ClassVar[type[ModelConfig]] = ModelConfig
    nfe_modules: ClassVar[tuple[str, ...]] = ()
    """Names of the submodules whose forward calls count as network evaluations."""
    component_runs: ClassVar[dict[str, str]] = {}
    """Config fields that name trained runs of other models (field -> model name), e.g. a
    distilled student's teacher: the model loads them at construction (safetensors + JSON)."""
    optional_component_runs: ClassVar[dict[str, str]] = {}
    """The same for fields that may stay empty (flow matching's reflow teacher)."""

    def __init__(self, config: ModelConfig, spec: DataSpec) -> None:
        super().__init__()
        self.check_data(spec)
        self.config = config
        self.spec = spec
        self.frozen: tuple[GenerativeModel, ...] = ()
        """Trained component models this one is built from (see `component_runs`): held
        outside parameters(), state_dict() and the EMA, moved along by .to()."""

    def _apply(self, fn: Any, recurse: bool = True) -> GenerativeModel:
        for m in self.frozen:  # .to(device) / .double() move the components too
            m._apply(fn)
        return super()._apply(fn, recurse)

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        """Raise DataMismatch if the model cannot model this data."""

    @classmethod
    def train_defaults(cls, spec: DataSpec, config: ModelConfig | None = None) -> dict[str, Any]:
        """TrainConfig fields this model trains best with on `spec` under `config` (the
        model's Config with the user's overrides; None = the defaults), where the user sets
        none (`--steps` and `--set batch_size=...` win); {} keeps the trainer's."""
        return {}

    @classmethod
    def template_card(cls, spec: DataSpec) -> Card:
        """The card of a default-configured model on `spec`, for listings; a model that
        cannot be built without its component runs overrides this."""
        return cls(cls.Config(), spec).card

    @property
    def card(self) -> Card:
        raise NotImplementedError

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        raise NotImplementedError

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        raise NotImplementedError

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        raise NotImplementedError

    def likelihoods(self) -> dict[str, Callable[[Tensor], LogProb]]:
        """Further likelihood measurements beside `log_prob`, by name (e.g. an IWAE-k
        bound, a probability-flow ODE likelihood); `genmap eval` reports each. The map
        compares the one named by `compared_likelihood` ("log_prob" = log_prob itself)."""
        return {}

    compared_likelihood: str = "log_prob"

    def optimizer_groups(self) -> dict[str, dict[str, Any]]:
        """Named parameter groups, one optimizer each: {"name": {"params": [...], **overrides}}.
        Overrides (lr, betas, weight_decay) replace the trainer's defaults for that optimizer."""
        return {"model": {"params": list(self.parameters()),
                          "weight_decay": self.config.weight_decay}}

    def train_step(self, batch: Batch, optimizers: dict[str, Optimizer]) -> dict[str, Tensor]:
        """One update. The default: one optimizer minimising loss(batch)["loss"]."""
        losses = self.loss(batch)
        opt = optimizers["model"]
        opt.zero_grad()
        losses["loss"].backward()
        opt.step()
        return losses

    # helpers for subclasses
    def _no_options(self, options: dict[str, Any], accepted: tuple[str, ...] = ()) -> None:
        bad = sorted(set(options) - set(accepted))
        if bad:
            ok = ", ".join(accepted) if accepted else "none"
            raise SamplerOptionError(
                f"{type(self).__name__} does not take sampler option(s) {', '.join(bad)}; "
                f"accepted: {ok}")

    def _unconditional(self, cond: Tensor | None) -> None:
        if cond is not None:
            raise SamplerOptionError(
                f"{type(self).__name__} is unconditional: it takes no label; accepted: no --label")


def count_calls(modules: Iterable[nn.Module]) -> tuple[list[int], Callable[[], None]]:
    """Count forward calls of the given modules; returns ([count], remove_hooks)."""
    counter = [0]

    def hook(*_: Any) -> None:
        counter[0] += 1

    handles = [m.register_forward_hook(hook) for m in modules]

    def remove() -> None:
        for h in handles:
            h.remove()

    return counter, remove
