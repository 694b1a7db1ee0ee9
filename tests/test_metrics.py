"""Sample-quality metrics against closed forms: the Frechet distance of two Gaussians, and
a feature classifier that must actually classify."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor

from genmap import metrics
from genmap.data import load


def with_moments(n: int, mu: Tensor, S: Tensor, seed: int) -> Tensor:
    """n points whose sample mean is exactly mu and sample covariance exactly S."""
    z = torch.randn(n, mu.shape[0], generator=torch.Generator().manual_seed(seed)).double()
    z = z - z.mean(0)
    z = z @ torch.linalg.inv(torch.linalg.cholesky(torch.cov(z.T))).T  # whitened
    return mu + z @ torch.linalg.cholesky(S).T


def test_frechet_distance_of_commuting_gaussians_is_the_closed_form() -> None:
    mu_a, mu_b = torch.tensor([0.0, 1.0, -1.0]).double(), torch.tensor([0.5, 1.0, 0.0]).double()
    va, vb = torch.tensor([1.0, 4.0, 0.25]).double(), torch.tensor([2.0, 1.0, 0.25]).double()
    a = with_moments(500, mu_a, torch.diag(va), 0)
    b = with_moments(700, mu_b, torch.diag(vb), 1)
    expected = (mu_a - mu_b).square().sum() + (va.sqrt() - vb.sqrt()).square().sum()
    assert metrics.frechet_distance(a, b) == pytest.approx(expected.item(), rel=1e-9)


def test_frechet_distance_matches_the_matrix_square_root_formula() -> None:
    linalg = pytest.importorskip("scipy.linalg")
    A = torch.tensor([[2.0, 0.9], [0.9, 1.0]]).double()
    B = torch.tensor([[1.0, -0.5], [-0.5, 3.0]]).double()  # does not commute with A
    a = with_moments(400, torch.zeros(2).double(), A, 2)
    b = with_moments(400, torch.ones(2).double(), B, 3)
    cross = linalg.sqrtm((A @ B).numpy()).real.trace()
    expected = 2 + A.trace() + B.trace() - 2 * cross
    assert metrics.frechet_distance(a, b) == pytest.approx(float(expected), rel=1e-9)
    assert metrics.frechet_distance(b, a) == pytest.approx(float(expected), rel=1e-9)
    assert metrics.frechet_distance(a, a) == pytest.approx(0.0, abs=1e-9)


def test_feature_classifier_classifies_digits_and_separates_real_from_shuffled() -> None:
    torch.manual_seed(0)
    data = load("digits")
    net = metrics.fit_feature_net(data.train, data.spec, steps=800)
    with torch.no_grad():
        acc = (net(data.test.x).argmax(1) == data.test.y).float().mean().item()
        real = net.features(data.test.x)
        ref = net.features(data.train.x)
        flat = data.test.x.flatten(1)
        shuffled = flat[:, torch.randperm(flat.shape[1])].view_as(data.test.x)
        fake = net.features(shuffled)  # right pixel marginals overall, no digit structure
    assert acc > 0.9
    assert metrics.frechet_distance(real, fake) > 10 * metrics.frechet_distance(real, ref)
