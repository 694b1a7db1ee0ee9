"""The floor of the map: its likelihood against closed forms from counts."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import torch

from genmap import metrics
from genmap.data import DataSpec, load
from genmap.registry import build


def _entropy_bits_per_dim(x: np.ndarray, levels: int) -> float:
    """Mean over dimensions of the empirical entropy of each dimension, in bits."""
    h = 0.0
    for column in x.reshape(len(x), -1).T:
        p = np.bincount(column, minlength=levels) / len(column)
        p = p[p > 0]
        h -= float((p * np.log2(p)).sum())
    return h / x.reshape(len(x), -1).shape[1]


def test_unsmoothed_fit_nll_equals_empirical_entropy_from_counts() -> None:
    d = load("digits")
    model = build("independent", d.spec, {"alpha": 0.0})
    model.fit(d.train.x)
    got = metrics.nll(model, d.train, d.spec)
    assert got["kind"] == "exact" and got["unit"] == "bits/dim"
    assert got["value"] == pytest.approx(_entropy_bits_per_dim(d.train.x.numpy(), 17), abs=1e-6)


def test_smoothed_fit_is_the_laplace_estimate() -> None:
    spec = DataSpec("toy", (3,), 4, None, "vector")
    x = torch.tensor([[0, 1, 3], [0, 2, 3], [1, 2, 3]])
    model = build("independent", spec, {"alpha": 1.0})
    model.fit(x)
    p = model.logits.softmax(-1)
    assert p[0].tolist() == pytest.approx([3 / 7, 2 / 7, 1 / 7, 1 / 7])
    assert p[2].tolist() == pytest.approx([1 / 7, 1 / 7, 1 / 7, 4 / 7])


def test_probabilities_of_every_sequence_sum_to_one() -> None:
    spec = DataSpec("toy", (3,), 3, None, "vector")
    torch.manual_seed(0)
    model = build("independent", spec)
    with torch.no_grad():
        model.logits.normal_()
    x = torch.tensor(list(itertools.product(range(3), repeat=3)))
    assert model.log_prob(x).value.exp().sum().item() == pytest.approx(1.0, abs=1e-6)


def test_gaussian_fit_matches_the_closed_form_density() -> None:
    d = load("ring8")
    model = build("independent", d.spec)
    model.fit(d.train.x)
    x = d.test.x[:10].double()
    mu, sd = d.train.x.double().mean(0), d.train.x.double().std(0, unbiased=False)
    ref = torch.distributions.Normal(mu, sd).log_prob(x).sum(1)
    assert torch.allclose(model.log_prob(x).value.double(), ref, atol=1e-4)


def test_gradient_training_reaches_the_closed_form_on_digits() -> None:
    """The floor of the map: about 2.4 bits/dim on digits test."""
    from genmap.train import TrainConfig, train

    d = load("digits")
    closed = build("independent", d.spec)
    closed.fit(d.train.x)
    floor = metrics.nll(closed, d.test, d.spec)["value"]
    assert 2.3 < floor < 2.5
    import tempfile

    from genmap.train import load_run
    with tempfile.TemporaryDirectory() as run:
        train(run + "/r", "independent", "digits", quiet=True,
              cfg=TrainConfig(steps=400, val_every=100, ema=0.9))
        model, _ = load_run(run + "/r")
        trained = metrics.nll(model, d.test, d.spec)["value"]
    assert trained == pytest.approx(floor, abs=0.03)
    assert trained < math.log2(17) - 1  # far below the uniform model's log2(17) bits
