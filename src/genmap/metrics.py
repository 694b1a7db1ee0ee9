"""Measurements that only use the protocol: likelihood in one unit, sampling cost.

One unit for likelihood: on discrete data, bits per dimension of the discrete values,
bpd = -log p(x) / (D ln 2), with log p(x) the log probability mass the model assigns
(`LogProb.value`); on continuous data, nats of continuous density per example.
"""

from __future__ import annotations

import math
import time
from typing import Any

import torch
from torch import Tensor

from genmap.data import DataSpec, Split
from genmap.protocol import Batch, GenerativeModel, LikelihoodUnavailable, count_calls


def nll_unit(spec: DataSpec) -> str:
    return "bits/dim" if spec.discrete else "nats"


def to_unit(log_p: Tensor, spec: DataSpec) -> Tensor:
    """Per-example NLL in the map's unit for this data."""
    if spec.discrete:
        return -log_p / (spec.dim * math.log(2))
    return -log_p


def _chunks(split: Split, size: int, device: torch.device) -> list[Batch]:
    out = []
    for i in range(0, split.x.shape[0], size):
        y = None if split.y is None else split.y[i:i + size].to(device)
        out.append(Batch(split.x[i:i + size].to(device), y))
    return out


def _device(model: GenerativeModel) -> torch.device:
    p = next(model.parameters(), None)
    return p.device if p is not None else torch.device("cpu")


@torch.no_grad()
def nll(model: GenerativeModel, split: Split, spec: DataSpec,
        batch_size: int = 500) -> dict[str, Any]:
    """Mean NLL of a split: {"value", "unit", "kind"}; raises LikelihoodUnavailable."""
    values, kinds = [], set()
    for b in _chunks(split, batch_size, _device(model)):
        lp = model.log_prob(b.x).check()
        values.append(to_unit(lp.value.double(), spec))
        kinds.add(lp.kind)
    assert len(kinds) == 1, f"a model reported mixed likelihood kinds {kinds}"
    return {"value": torch.cat(values).mean().item(), "unit": nll_unit(spec),
            "kind": kinds.pop()}


@torch.no_grad()
def mean_loss(model: GenerativeModel, split: Split, batch_size: int = 500) -> float:
    chunks = _chunks(split, batch_size, _device(model))
    total = sum(float(model.loss(b)["loss"]) * b.x.shape[0] for b in chunks)
    return total / split.x.shape[0]


def score(model: GenerativeModel, split: Split, spec: DataSpec) -> tuple[float, str]:
    """A validation score, lower is better: NLL where the model has one, else its loss."""
    was_training = model.training
    model.eval()
    try:
        out = nll(model, split, spec)
        return out["value"], out["unit"]
    except LikelihoodUnavailable:
        return mean_loss(model, split), "loss"
    finally:
        model.train(was_training)


@torch.no_grad()
def sampling_cost(model: GenerativeModel, n: int = 64, **options: Any) -> dict[str, Any]:
    """Seconds per sample and network evaluations per sample of drawing n samples.

    NFE is counted by hooks on the model's `nfe_modules` where it names any, else read
    from the card's formula; `nfe_source` says which."""
    modules = [model.get_submodule(name) for name in model.nfe_modules]
    counter, remove = count_calls(modules)
    try:
        start = time.perf_counter()
        model.sample(n, **options)
        seconds = time.perf_counter() - start
    finally:
        remove()
    if modules:
        nfe, source = float(counter[0]), "counted"
    else:
        steps = int(options.get("steps", 1))
        nfe, source = model.card.nfe_for(model.spec.dim, steps), "card"
    return {"nfe_per_sample": nfe, "seconds_per_sample": seconds / n, "nfe_source": source}
