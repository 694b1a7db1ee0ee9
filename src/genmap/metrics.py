"""Measurements that only use the protocol: likelihood in one unit, sampling cost.

One unit for likelihood: on discrete data, bits per dimension of the discrete values,
bpd = -log p(x) / (D ln 2), with log p(x) the log probability mass the model assigns
(`LogProb.value`); on continuous data, nats of continuous density per example.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import torch
from torch import Tensor

from genmap.data import DataSpec, Split
from genmap.protocol import Batch, GenerativeModel, LikelihoodUnavailable, LogProb, count_calls


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
def nll(model: GenerativeModel, split: Split, spec: DataSpec, batch_size: int = 500,
        log_prob: Callable[[Tensor], LogProb] | None = None) -> dict[str, Any]:
    """Mean NLL of a split: {"value", "unit", "kind"}; raises LikelihoodUnavailable.
    `log_prob` picks another of the model's likelihoods (default: model.log_prob)."""
    log_prob = log_prob or model.log_prob
    values, kinds = [], set()
    for b in _chunks(split, batch_size, _device(model)):
        lp = log_prob(b.x).check()
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


# ---------------------------------------------------------------- mode collapse

MODE_PROTOCOL_SAMPLES = 2500


def mode_coverage(samples: Tensor, centres: Tensor, sigma: float,
                  n_sigma: float = 3.0) -> dict[str, Any]:
    """The mode-collapse protocol on a mixture of K Gaussians (VEEGAN arXiv:1705.07761,
    PacGAN arXiv:1712.04086). A sample is high quality when it lies within `n_sigma`
    sigma (Euclidean) of its nearest centre; a mode is captured when at least one
    high-quality sample has it as nearest. `reverse_kl` is KL(q || uniform) of the
    histogram q of high-quality samples over the K modes: 0 when every mode gets the
    same share, log K when all fall in one mode, NaN when no sample is high quality."""
    x, c = samples.detach().flatten(1).double().cpu(), centres.double().cpu()  # (N, 2), (K, 2)
    K = c.shape[0]
    dist, nearest = torch.cdist(x, c).min(dim=1)  # (N,), (N,)
    good = dist <= n_sigma * sigma
    counts = torch.bincount(nearest[good], minlength=K).double()  # (K,)
    kl = math.nan
    if good.any():
        q = counts[counts > 0] / counts.sum()
        kl = float((q * (q * K).log()).sum())
    return {"modes_captured": int((counts > 0).sum()), "modes_total": K,
            "high_quality_pct": 100 * float(good.double().mean()), "reverse_kl": kl,
            "samples": int(x.shape[0])}


@torch.no_grad()
def mode_collapse(model: GenerativeModel, data_name: str,
                  n: int = MODE_PROTOCOL_SAMPLES) -> dict[str, Any]:
    """Draw n samples (seed them before calling) and score them with `mode_coverage`
    against the mixture `data_name` (ring8 or grid25, see `genmap.data.modes`)."""
    from genmap.data import modes

    centres, sigma = modes(data_name)
    was_training = model.training
    model.eval()
    try:
        x = model.sample(n)
    finally:
        model.train(was_training)
    return mode_coverage(x, centres, sigma)


# ------------------------------------------------------------------ sample quality


def frechet_distance(a: Tensor, b: Tensor) -> float:
    """The Frechet distance between Gaussians fitted to two feature sets (N, F):
    |mu_a - mu_b|^2 + tr(S_a + S_b - 2 (S_a^{1/2} S_b S_a^{1/2})^{1/2}) (Heusel et al. 2017,
    arXiv:1706.08500, FID's formula; here in any feature space). Computed in float64 from the
    eigenvalues of the symmetric S_a^{1/2} S_b S_a^{1/2}, so no complex square roots arise."""
    a, b = a.double().flatten(1), b.double().flatten(1)
    mu_a, mu_b = a.mean(0), b.mean(0)
    S_a, S_b = torch.atleast_2d(torch.cov(a.T)), torch.atleast_2d(torch.cov(b.T))
    w, V = torch.linalg.eigh(S_a)
    root_a = V @ torch.diag(w.clamp(min=0).sqrt()) @ V.T
    cross = torch.linalg.eigvalsh(root_a @ S_b @ root_a).clamp(min=0).sqrt().sum()
    return ((mu_a - mu_b).square().sum() + S_a.trace() + S_b.trace() - 2 * cross).item()


class FeatureNet(torch.nn.Module):
    """A small classifier of a labelled data set; its penultimate layer is the feature space
    for Frechet distances (DESIGN.md: FID in the features of a classifier of *that* data,
    since no pretrained network may be downloaded)."""

    def __init__(self, spec: DataSpec, width: int = 128, features: int = 64) -> None:
        super().__init__()
        self.spec = spec
        self.body = torch.nn.Sequential(
            torch.nn.Flatten(), torch.nn.Linear(spec.dim, width), torch.nn.SiLU(),
            torch.nn.Linear(width, features), torch.nn.SiLU())
        self.head = torch.nn.Linear(features, spec.num_classes)

    def features(self, x: Tensor) -> Tensor:
        """(B, features) for data-space x (discrete levels scaled to [0, 1])."""
        scale = (self.spec.levels - 1) if self.spec.discrete else 1
        return self.body(x.float() / scale)

    def forward(self, x: Tensor) -> Tensor:
        return self.head(self.features(x))


def fit_feature_net(train: Split, spec: DataSpec, steps: int = 1500, seed: int = 0) -> FeatureNet:
    """Train a FeatureNet on labelled data by cross-entropy (seconds on CPU for digits)."""
    if train.y is None or not spec.num_classes:
        raise ValueError("a feature classifier needs labelled data")
    g = torch.Generator().manual_seed(seed)
    net = FeatureNet(spec)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    for _ in range(steps):
        idx = torch.randint(0, train.x.shape[0], (128,), generator=g)
        loss = torch.nn.functional.cross_entropy(net(train.x[idx]), train.y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return net.eval()
