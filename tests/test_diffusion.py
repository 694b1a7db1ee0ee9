"""Diffusion models: parameterisation adapters, losses, the variational bound by hand,
the discretised decoder, NFE counting with guidance, options, and refusal of text."""

from __future__ import annotations

import math

import pytest
import torch

from genmap import metrics
from genmap.data import DataSpec, load
from genmap.diffusion import objectives
from genmap.diffusion.likelihood import log_prob_discretized, vlb
from genmap.diffusion.processes import DiscreteVP, make_process
from genmap.protocol import Batch, DataMismatch, SamplerOptionError
from genmap.registry import build

TINY_IMG = {"base_channels": 8, "channel_mult": "1,2", "sample_steps": 4}
DIGITS = DataSpec("digits", (1, 8, 8), 17, 10, "image")


def test_every_parameterisation_adapter_inverts_its_target() -> None:
    torch.manual_seed(0)
    x0, eps = torch.randn(2, 6, 3, dtype=torch.float64)
    alpha, sigma = torch.rand(2, 6, 1, dtype=torch.float64) + 0.1
    x_t = alpha * x0 + sigma * eps
    for pred in objectives.PREDICTIONS:
        out = objectives.target(pred, x0, eps, alpha, sigma)
        assert torch.allclose(objectives.to_x0(pred, out, x_t, alpha, sigma), x0), pred


def test_likelihood_weighted_dsm_is_g2_over_sigma2_times_the_noise_error() -> None:
    """1/2 g^2 ||s_theta - grad log q||^2 = 1/2 g^2 ||eps_hat - eps||^2 / sigma^2."""
    torch.manual_seed(0)
    x0, eps, eps_hat = torch.randn(3, 5, 4, dtype=torch.float64)
    alpha, sigma, g2 = torch.rand(3, 5, 1, dtype=torch.float64) + 0.1
    x_t = alpha * x0 + sigma * eps
    x0_hat = objectives.to_x0("eps", eps_hat, x_t, alpha, sigma)
    ref = 0.5 * (g2 * (eps_hat - eps).pow(2) / sigma**2).mean()
    assert torch.allclose(objectives.likelihood_weighted_dsm(x0_hat, x0, alpha, sigma, g2), ref)


def test_discretised_decoder_is_a_distribution_over_the_levels() -> None:
    K = 5
    levels = torch.linspace(-1, 1, K, dtype=torch.float64)[:, None]  # (K, 1)
    for mean, std in ((0.3, 0.2), (-2.0, 0.01), (0.99, 1e-3), (5.0, 0.5)):
        lp = log_prob_discretized(levels, torch.full_like(levels, mean), std, K)
        assert torch.isclose(lp.exp().sum(), torch.tensor(1.0, dtype=torch.float64)), (mean, std)


def test_vlb_of_a_two_step_chain_matches_a_hand_computation() -> None:
    """DDPM with N = 2 and a constant denoiser x0_hat = m: every term is deterministic.
    L_T = KL(N(sqrt(abar_2) x0, 1 - abar_2) || N(0, 1)); L_1 = |mu_tilde - mu_theta|^2 /
    (2 beta_tilde_2) with mu_tilde - mu_theta = sqrt(abar_1) beta_2 / (1 - abar_2) (x0 - m)
    (DDPM eq. 7); L_0 = -log of N(m, beta_1 / (1 - beta_1)) over x0's bin of half-width 1/2."""
    b1, b2, m, K = 0.1, 0.5, 0.2, 3
    process = DiscreteVP(torch.tensor([b1, b2], dtype=torch.float64))
    x0 = torch.tensor([[-1.0], [0.0], [1.0]], dtype=torch.float64)
    got, terms = vlb(lambda x, t: torch.full_like(x, m), process, x0, 2, K)
    a1, a2 = 1 - b1, (1 - b1) * (1 - b2)
    Phi = lambda z: 0.5 * (1 + math.erf(z / math.sqrt(2)))  # noqa: E731
    s = math.sqrt(b1 / (1 - b1))
    for i, x in enumerate((-1.0, 0.0, 1.0)):
        L_T = 0.5 * (a2 * x**2 + (1 - a2) - 1 - math.log(1 - a2))
        beta_tilde = (1 - a1) / (1 - a2) * b2
        L_1 = (math.sqrt(a1) * b2 / (1 - a2) * (x - m)) ** 2 / (2 * beta_tilde)
        lo = -math.inf if x == -1 else (x - 0.5 - m) / s
        hi = math.inf if x == 1 else (x + 0.5 - m) / s
        L_0 = -math.log(Phi(hi) - (0.0 if lo == -math.inf else Phi(lo)))
        assert math.isclose(float(terms["prior"][i]), L_T, rel_tol=1e-9)
        assert math.isclose(float(terms["diffusion"][i]), L_1, rel_tol=1e-9)
        assert math.isclose(float(terms["decoder"][i]), L_0, rel_tol=1e-6)
        assert math.isclose(float(got[i]), -(L_T + L_1 + L_0), rel_tol=1e-6)


def test_vlb_with_a_perfect_denoiser_is_log_one() -> None:
    """If x0_hat = x0 the diffusion terms vanish, the decoder puts all mass on x0's bin and
    the prior KL is ~0 when alpha_T ~ 0: the bound on the log mass is ~0 and never above."""
    torch.manual_seed(0)
    process = make_process("linear", 100)
    x0 = torch.tensor([[-1.0, 1.0]]).expand(64, 2)
    lp, terms = vlb(lambda x, t: x0[: x.shape[0]], process, x0, 100, 2)
    assert (lp <= 0).all() and torch.allclose(lp, torch.zeros(64), atol=1e-3)
    assert torch.equal(terms["diffusion"], torch.zeros(64))


@pytest.fixture(scope="module")
def digits_model() -> torch.nn.Module:
    torch.manual_seed(0)
    return build("ddpm", DIGITS, TINY_IMG).eval()


def test_nfe_counter_counts_guidance_twice(digits_model: torch.nn.Module) -> None:
    cond = torch.arange(3)
    _, plain = digits_model.sample_with_nfe(3, cond, sampler="ddim", steps=5)
    _, guided = digits_model.sample_with_nfe(3, cond, sampler="ddim", steps=5, guidance=2.0)
    assert (plain, guided) == (5, 10)
    cost = metrics.sampling_cost(digits_model, 3, cond=cond, steps=5, guidance=1.5)
    assert cost["nfe_per_sample"] == 10 and cost["nfe_source"] == "counted"


@pytest.mark.parametrize(("sampler", "nfe"), [("ddpm", 6), ("ddim", 6), ("euler_maruyama", 6),
                                               ("pc", 12), ("ode_euler", 6), ("ode_heun", 11),
                                               ("dpmpp_2m", 6)])
def test_each_sampler_runs_on_one_trained_network_with_its_nfe(
        digits_model: torch.nn.Module, sampler: str, nfe: int) -> None:
    x, used = digits_model.sample_with_nfe(2, sampler=sampler, steps=6)
    assert used == nfe and x.dtype == torch.long and x.shape == (2, 1, 8, 8)


def test_guidance_changes_samples_and_labels_are_checked(digits_model: torch.nn.Module) -> None:
    cond = torch.tensor([1, 7])
    torch.manual_seed(1)
    a = digits_model.sample(2, cond, sampler="ddim", steps=3)
    torch.manual_seed(1)
    b = digits_model.sample(2, cond, sampler="ddim", steps=3, guidance=3.0)
    assert not torch.equal(a, b)
    with pytest.raises(SamplerOptionError, match=r"\[0, 10\)"):
        digits_model.sample(2, torch.tensor([1, 10]))


def test_unknown_sampler_and_option_say_what_is_accepted(digits_model: torch.nn.Module) -> None:
    with pytest.raises(SamplerOptionError, match="dpmpp_2m"):
        digits_model.sample(2, sampler="nope")
    with pytest.raises(SamplerOptionError, match="eta"):
        digits_model.sample(2, sampler="ddim", temperature=0.5)
    x = digits_model.sample(2, sampler="ddim", steps=3, eta=1)
    assert x.shape == (2, 1, 8, 8)
    with pytest.raises(SamplerOptionError, match="accepted: uniform, logsnr, karras"):
        digits_model.sample(2, sampler="dpmpp_2m", steps=3, spacing="cosine")
    _, nfe = digits_model.sample_with_nfe(2, sampler="ode_heun", steps=4, spacing="karras")
    assert nfe == 2 * 4 - 1


def test_text_is_refused_with_the_reason() -> None:
    spec = DataSpec("text:x", (16,), 30, None, "text", "abcdefghijklmnopqrstuvwxyz .,!")
    for name in ("ddpm", "sde"):
        with pytest.raises(DataMismatch, match="unordered categories"):
            build(name, spec)


def test_label_dropout_uses_the_null_label_and_cfg_trains_both_branches() -> None:
    torch.manual_seed(0)
    model = build("ddpm", DIGITS, {**TINY_IMG, "label_dropout": 1.0})
    assert model.net.embed.label is None, "label_dropout = 1 is an unconditional model"
    model = build("ddpm", DIGITS, {**TINY_IMG, "label_dropout": 0.5})
    y = model._labels(torch.zeros(4000, dtype=torch.long))
    assert abs((y == 10).float().mean().item() - 0.5) < 0.03 and set(y.tolist()) == {0, 10}


def test_sde_log_prob_kinds_and_ode_nfe() -> None:
    torch.manual_seed(0)
    ring = DataSpec("ring8", (2,), None, None, "vector")
    model = build("sde", ring, {"width": 32, "depth": 1}).eval()
    x = torch.randn(4, 2)
    lp, nfe = model.ode_log_prob(x)
    assert lp.kind == "exact" and nfe > 4 and torch.isfinite(lp.value).all()
    est, _ = model.ode_log_prob(x, exact=False)
    assert est.kind == "estimate"
    assert model.card.likelihood == "exact" and model.card.sampler == "ODE solve"
    disc = build("sde", DIGITS, {**TINY_IMG}).eval()
    assert disc.card.likelihood == "estimate"
    assert disc.ode_log_prob(torch.randint(0, 17, (2, 1, 8, 8)), tol=1e-2)[0].kind == "estimate"


@pytest.mark.parametrize("proc", ["vp", "subvp", "ve"])
@pytest.mark.parametrize("pred", objectives.PREDICTIONS)
def test_every_process_and_parameterisation_trains_a_finite_loss(proc: str, pred: str) -> None:
    torch.manual_seed(0)
    ring = DataSpec("ring8", (2,), None, None, "vector")
    for weighting in objectives.WEIGHTINGS:
        model = build("sde", ring, {"process": proc, "prediction": pred, "width": 16,
                                    "depth": 1, "loss_weighting": weighting})
        losses = model.loss(Batch(torch.randn(8, 2)))
        assert torch.isfinite(losses["loss"]) and set(losses) == {"loss", "mse"}
        losses["loss"].backward()


def _ring8_near_fraction(**overrides: object) -> float:
    """Share of 500 DDIM samples within 0.15 of a ring8 mode after 1500 DDPM steps."""
    data = load("ring8")
    torch.manual_seed(0)
    model = build("ddpm", data.spec, {"width": 128, "dropout": 0.0, **overrides})
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    for _ in range(1500):
        idx = torch.randint(0, data.train.x.shape[0], (256,))
        opt.zero_grad()
        model.loss(Batch(data.train.x[idx]))["loss"].backward()
        opt.step()
    x = model.eval().sample(500, sampler="ddim", steps=50)
    centres = torch.stack([torch.cos(torch.arange(8) * math.pi / 4),
                           torch.sin(torch.arange(8) * math.pi / 4)], 1)
    return (torch.cdist(x, centres).min(1).values < 0.15).float().mean().item()


@pytest.mark.slow
def test_ddpm_learns_ring8_modes_and_fourier_features_are_why() -> None:
    """Training quality: after a short run most DDIM samples lie near one of the 8 modes;
    on raw coordinates the MLP learns the ring but not its modes (spectral bias)."""
    with_ff, raw = _ring8_near_fraction(), _ring8_near_fraction(fourier_features=0)
    assert with_ff > 0.7 and with_ff > 2 * raw
