"""The energy-based model and Langevin dynamics, checked against Gaussians in closed form."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn

from genmap.data import DataSpec
from genmap.diffusion.ncsn import NCSN, NCSNConfig, annealed_langevin, dsm_loss, geometric_sigmas
from genmap.energy import EBM, EBMConfig, langevin
from genmap.protocol import Batch, LikelihoodUnavailable, SamplerOptionError, count_calls

M, S = torch.tensor([1.0, -2.0], dtype=torch.float64), 0.7


def test_langevin_with_the_analytic_score_reproduces_the_gaussian_moments() -> None:
    """ULA on N(m, s^2): mean m, variance s^2 / (1 - h / (4 s^2)) (the discretisation bias
    in closed form: V = (1 - h / 2s^2)^2 V + h)."""
    torch.manual_seed(0)
    h = 0.05
    x = langevin(lambda y: -(y - M) / S**2, torch.zeros(40_000, 2, dtype=torch.float64),
                 steps=400, step_size=h)
    assert torch.allclose(x.mean(0), M, atol=0.02)
    var = S**2 / (1 - h / (4 * S**2))
    assert x.var(0) == pytest.approx([var, var], rel=0.03)
    assert var > S**2 * 1.02  # the bias is resolved, not hidden inside the tolerance


SPEC = DataSpec(name="toy", shape=(2,), levels=None, num_classes=None, kind="vector")


class Quadratic(nn.Module):
    """E(x) = ||x - m||^2 / (2 s^2): the energy of N(m, s^2 I), log Z = D log(s sqrt(2 pi))."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return ((x - M.to(x)) ** 2).sum(1, keepdim=True) / (2 * S**2)


def _gaussian_ebm() -> EBM:
    torch.manual_seed(0)
    model = EBM(EBMConfig(width=8, depth=1, buffer_size=64), SPEC)
    model.energy = Quadratic()
    return model


def test_the_model_score_is_minus_the_energy_gradient() -> None:
    model = _gaussian_ebm()
    x = torch.randn(10, 2)
    assert torch.allclose(model.score(x), -(x - M.float()) / S**2, atol=1e-5)


def test_sampling_a_quadratic_energy_gives_the_gaussian() -> None:
    model = _gaussian_ebm()
    x = model.sample(5000, steps=600, step_size=0.02)
    var = S**2 / (1 - 0.02 / (4 * S**2))
    assert torch.allclose(x.mean(0), M.float(), atol=0.05)
    assert x.var(0) == pytest.approx([var, var], rel=0.08)


def test_ais_estimates_the_partition_function_of_a_gaussian_energy() -> None:
    model = _gaussian_ebm()
    torch.manual_seed(1)
    log_z, se = model.ais_log_z(n=512, K=200, steps=2, step_size=0.01)
    exact = 2 * math.log(S * math.sqrt(2 * math.pi))
    assert log_z == pytest.approx(exact, abs=max(0.1, 4 * se))


def test_log_prob_names_the_partition_function() -> None:
    model = _gaussian_ebm()
    with pytest.raises(LikelihoodUnavailable, match="partition function"):
        model.log_prob(torch.zeros(3, 2))
    assert torch.allclose(model.unnormalised_log_prob(M[None].float()), torch.zeros(1))


def test_unknown_sampler_options_are_refused() -> None:
    with pytest.raises(SamplerOptionError, match="accepted: steps, step_size, noise"):
        _gaussian_ebm().sample(2, eta=0.0)


def test_cd_updates_the_replay_buffer_and_dsm_matches_its_closed_form() -> None:
    torch.manual_seed(0)
    model = EBM(EBMConfig(width=8, depth=1, buffer_size=32, train_langevin_steps=2), SPEC)
    before = model.replay.clone()
    model.loss(Batch(torch.randn(8, 2)))
    assert (model.replay != before).any(1).sum() >= 1
    # DSM with the exact energy of N(m, s^2) smoothed by sigma: the residual is the pure
    # posterior noise, E ||sigma grad E - eps||^2 / 2 = D/2 * s^2 / (s^2 + sigma^2)
    dsm = _gaussian_ebm()
    dsm.config.training, sigma = "dsm", 0.3
    dsm.config.dsm_sigma = sigma
    S2 = S**2 + sigma**2
    dsm.energy = type("Smoothed", (nn.Module,), {
        "forward": lambda self, x: ((x - M.to(x)) ** 2).sum(1, keepdim=True) / (2 * S2)})()
    x = M + S * torch.randn(200_000, 2, dtype=torch.float64)
    loss = float(dsm.loss(Batch(x))["dsm"])
    assert loss == pytest.approx(S**2 / S2, rel=0.02)


@pytest.mark.slow
def test_cd_training_finds_a_gaussian() -> None:
    torch.manual_seed(0)
    model = EBM(EBMConfig(width=64, depth=2, train_langevin_steps=30, langevin_step=0.01,
                          energy_reg=0.01), SPEC)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.0, 0.999))
    for _ in range(1500):
        loss = model.loss(Batch((M + S * torch.randn(128, 2, dtype=torch.float64)).float()))
        opt.zero_grad()
        loss["loss"].backward()
        opt.step()
    x = model.sample(2000, steps=500)
    assert torch.allclose(x.mean(0), M.float(), atol=0.25)


# ------------------------------------------------------------------ NCSN


def _smoothed_gaussian_score(y: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """The exact score of N(m, s^2) * N(0, sigma^2) = N(m, s^2 + sigma^2)."""
    return -(y - M) / (S**2 + sigma[:, None] ** 2)


def test_annealed_langevin_with_the_analytic_score_reproduces_the_moments() -> None:
    torch.manual_seed(0)
    sigmas = geometric_sigmas(5.0, 0.05, 10).tolist()
    x = annealed_langevin(_smoothed_gaussian_score, 5 * torch.randn(20_000, 2,
                          dtype=torch.float64), sigmas, steps=100, eps=1e-3)
    assert torch.allclose(x.mean(0), M, atol=0.03)
    # last level: ULA on N(m, s^2 + sL^2) with a = eps, then the Tweedie shrink by
    # s^2 / (s^2 + sL^2): var = (s^2 / V)^2 * V / (1 - a / 4V), V = s^2 + sL^2
    V = S**2 + sigmas[-1] ** 2
    var = (S**2 / V) ** 2 * V / (1 - 1e-3 / (4 * V))
    assert x.var(0) == pytest.approx([var, var], rel=0.04)


def test_ncsn_dsm_loss_of_the_exact_score_is_the_posterior_noise() -> None:
    """With the exact smoothed score (V = s^2 + sigma^2), sigma s + eps =
    sigma (m - x) / V + eps s^2 / V, whose per-dimension second moment is s^2 / V: the loss
    is D/2 * s^2 / V, the noise no score can predict."""
    torch.manual_seed(0)
    x = M + S * torch.randn(200_000, 2, dtype=torch.float64)
    sigma = torch.full((200_000,), 0.4, dtype=torch.float64)
    loss = dsm_loss(_smoothed_gaussian_score, x, sigma)
    assert float(loss) == pytest.approx(S**2 / (S**2 + 0.16), rel=0.02)


def test_ncsn_nfe_is_what_the_card_says_and_it_has_no_likelihood() -> None:
    torch.manual_seed(0)
    model = NCSN(NCSNConfig(width=8, depth=1, num_scales=4), SPEC).eval()
    counter, remove = count_calls([model.net])
    model.sample(3, steps=2)
    remove()
    assert counter[0] == model.card.nfe_for(2, steps=2) == 4 * 2 + 1
    with pytest.raises(LikelihoodUnavailable, match="score"):
        model.log_prob(torch.zeros(2, 2))
