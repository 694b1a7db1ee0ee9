"""Samplers and processes against closed forms, no training: for Gaussian data
x_0 ~ N(mu, Sigma) the optimal denoiser is analytic,

    E[x_0 | x_t] = mu + alpha Sigma (alpha^2 Sigma + sigma^2 I)^{-1} (x_t - alpha mu),

so every sampler must reproduce (mu, Sigma) and the probability-flow ODE must return the
exact Gaussian log-density of the marginal at t_min."""

from __future__ import annotations

import itertools
import math

import pytest
import torch
from torch import Tensor

from genmap import samplers
from genmap.diffusion.likelihood import ode_log_prob
from genmap.diffusion.processes import DiscreteVP, Process, linear_betas, make_process

MU = torch.tensor([0.5, -0.4], dtype=torch.float64)
SIGMA = torch.tensor([[0.6, 0.3], [0.3, 0.4]], dtype=torch.float64)
PROCESS_NAMES = ("linear", "cosine", "vp", "subvp", "ve")


def analytic_denoiser(process: Process) -> samplers.Denoiser:
    """E[x_0 | x_t] for x_0 ~ N(MU, SIGMA); every sampler calls it with one t per batch."""
    def D(x: Tensor, t: Tensor) -> Tensor:
        assert (t == t[0]).all()
        alpha, sigma = (float(c) for c in process.alpha_sigma(t[:1].double()))
        cov = alpha**2 * SIGMA + sigma**2 * torch.eye(2, dtype=torch.float64)
        gain = alpha * SIGMA @ torch.linalg.inv(cov)  # (2, 2)
        return (MU + (x.double() - alpha * MU) @ gain.T).to(x.dtype)
    return D


def marginal_logp(process: Process, x: Tensor, t: float) -> Tensor:
    alpha, sigma = (float(c) for c in process.alpha_sigma(torch.tensor([t], dtype=torch.float64)))
    cov = alpha**2 * SIGMA + sigma**2 * torch.eye(2, dtype=torch.float64)
    return torch.distributions.MultivariateNormal(alpha * MU, cov).log_prob(x)


STEPS = {"ddpm": 250, "ddim": 50, "euler_maruyama": 500, "pc": 250, "ode_euler": 1000,
         "ode_heun": 60, "ode_dopri5": 0, "dpmpp_2m": 50}
"""Enough steps that discretisation error stays under the test's tolerance on every process
(uniform-in-t grids are coarse for VE near t = 1, for VP near t_min)."""
CASES = [(s, p) for s in samplers.SAMPLERS for p in PROCESS_NAMES]


@pytest.mark.parametrize(("name", "proc"), CASES, ids=[f"{s}-{p}" for s, p in CASES])
def test_every_sampler_reproduces_gaussian_mean_and_covariance(name: str, proc: str) -> None:
    torch.manual_seed(0)
    process = make_process(proc)
    x_T = process.prior_sample((4000, 2)).double()
    opts = {"snr": 0.05} if name == "pc" else {}
    x = samplers.SAMPLERS[name](analytic_denoiser(process), process, x_T, STEPS[name], **opts)
    assert (x.mean(0) - MU).abs().max() < 0.06
    assert (torch.cov(x.T) - SIGMA).abs().max() < 0.06


@pytest.mark.parametrize("proc", PROCESS_NAMES)
def test_pf_ode_log_likelihood_equals_exact_gaussian_log_density(proc: str) -> None:
    torch.manual_seed(0)
    process = make_process(proc)
    x = MU + torch.randn(16, 2, dtype=torch.float64) @ torch.linalg.cholesky(SIGMA).T
    lp = ode_log_prob(analytic_denoiser(process), process, x, exact=True, rtol=1e-6, atol=1e-6)
    # error left: the prior N(0, s^2 I) is not exactly the marginal at T, off by about
    # alpha_T^2 (VP: 4e-5) or |mu| |x_T| / sigma_max^2 (VE: about 0.02 nats)
    tol = 5e-2 if proc == "ve" else 1e-2
    assert torch.allclose(lp, marginal_logp(process, x, process.t_min), atol=tol)


def test_hutchinson_estimate_is_unbiased_for_the_exact_divergence() -> None:
    torch.manual_seed(0)
    process = make_process("vp")
    x = torch.tensor([[0.3, -0.2]], dtype=torch.float64).expand(400, 2)
    lp = ode_log_prob(analytic_denoiser(process), process, x, exact=False, rtol=1e-6, atol=1e-6)
    exact = marginal_logp(process, x[:1], process.t_min)
    assert lp.std() > 1e-3, "one Rademacher draw per example must be noisy"
    assert abs(lp.mean() - exact) < 4 * lp.std() / math.sqrt(400) + 1e-2


@pytest.mark.parametrize("proc", PROCESS_NAMES)
def test_ddim_with_eta_one_is_the_ddpm_posterior_step(proc: str) -> None:
    torch.manual_seed(0)
    process = make_process(proc)
    t = process.timesteps(7)[2:4]  # (t, s), s < t
    (a_t, a_s), (s_t, s_s) = (c.tolist() for c in process.alpha_sigma(t))
    x, x0, z = torch.randn(3, 5, 4, dtype=torch.float64)
    ddpm = samplers.ddpm_step(x, x0, z, a_t, s_t, a_s, s_s)
    assert torch.allclose(samplers.ddim_step(x, x0, z, a_t, s_t, a_s, s_s, eta=1.0), ddpm)
    eta0 = samplers.ddim_step(x, x0, z, a_t, s_t, a_s, s_s, eta=0.0)
    assert not torch.allclose(eta0, ddpm), "eta = 0 must differ (deterministic)"


@pytest.mark.parametrize("proc", PROCESS_NAMES)
def test_forward_sde_simulation_matches_the_closed_form_marginal(proc: str) -> None:
    """Euler-Maruyama on dx = f x dt + g dW from x_0 (images, to check broadcasting)."""
    torch.manual_seed(0)
    process = make_process(proc)
    B = 10000
    x0 = torch.full((B, 1, 2, 2), 0.7, dtype=torch.float64)
    t0 = process.t_min
    mean0, std0 = process.marginal(x0, torch.full((B,), t0, dtype=torch.float64))
    x = mean0 + std0 * torch.randn_like(x0)
    ts = torch.linspace(t0, 0.6, 601, dtype=torch.float64)
    for a, b in itertools.pairwise(ts):
        drift, g = process.sde(x, a.expand(B))
        x = x + drift * (b - a) + g[:, None, None, None] * (b - a).sqrt() * torch.randn_like(x)
    mean, std = process.marginal(x0, torch.full((B,), 0.6, dtype=torch.float64))
    assert torch.allclose(x.mean(0), mean[0], atol=4 * float(std[0].max()) / 100 + 2e-3)
    assert torch.allclose(x.std(0), std[0].expand(1, 2, 2), rtol=0.03)


def test_discrete_schedule_hits_ddpm_alpha_bar_exactly_and_interpolates() -> None:
    betas = linear_betas(1000)
    process = DiscreteVP(betas)
    n = torch.tensor([1, 10, 500, 1000])
    alpha, sigma = process.alpha_sigma((n / 1000).float())  # float32 times land on n
    abar = torch.cumprod(1 - betas, 0)[n - 1]
    assert torch.allclose(alpha.double() ** 2, abar, rtol=1e-5)
    assert torch.allclose(sigma.double() ** 2, 1 - abar, rtol=1e-4)
    f, g2 = process.f_g2(torch.tensor([0.0005, 0.9995], dtype=torch.float64))
    assert torch.allclose(g2, -1000 * torch.log1p(-betas[[0, 999]])) and torch.equal(f, -g2 / 2)
    assert process.timesteps(1000).mul(1000).round().long().tolist() == list(range(1000, 0, -1))


def test_vp_process_is_the_continuous_limit_of_ddpm_linear() -> None:
    t = torch.tensor([0.1, 0.5, 1.0], dtype=torch.float64)
    a_disc = DiscreteVP(linear_betas(1000)).alpha_sigma(t)[0]
    a_cont = make_process("vp").alpha_sigma(t)[0]
    # they differ only by the O(sum beta_n^2) terms of log(1 - beta_n) = -beta_n - beta_n^2/2
    assert torch.allclose(a_disc, a_cont, rtol=0.05)
    assert not torch.allclose(a_disc, a_cont, rtol=1e-4)


def test_prior_log_density_is_the_gaussian_one() -> None:
    for proc in ("vp", "ve"):
        p = make_process(proc)
        z = p.prior_sample((7, 3, 2))
        ref = torch.distributions.Normal(0.0, p.prior_std).log_prob(z).flatten(1).sum(1)
        assert torch.allclose(p.prior_logp(z), ref, atol=1e-4)


# ------------------------------------------------------------------ time grids


def _mpow(C: Tensor, p: float) -> Tensor:
    w, V = torch.linalg.eigh(C)
    return V @ torch.diag(w**p) @ V.T


def exact_flow_map(process: Process, x_T: Tensor) -> Tensor:
    """The probability-flow ODE from T to t_min for Gaussian data, in closed form: the
    marginal covariances C_t = alpha_t^2 Sigma + sigma_t^2 I commute, so the flow is the
    linear map x_s - alpha_s mu = C_s^{1/2} C_t^{-1/2} (x_t - alpha_t mu); then the final
    denoising evaluation every sampler ends with."""
    (a_T, a_0), (s_T, s_0) = process.alpha_sigma(
        torch.tensor([process.T, process.t_min], dtype=torch.float64))
    eye = torch.eye(2, dtype=torch.float64)
    M = _mpow(a_0**2 * SIGMA + s_0**2 * eye, 0.5) @ _mpow(a_T**2 * SIGMA + s_T**2 * eye, -0.5)
    x = a_0 * MU + (x_T - a_T * MU) @ M.T
    return analytic_denoiser(process)(x, torch.full((x.shape[0],), process.t_min).double())


def lam(process: Process, t: Tensor) -> Tensor:
    alpha, sigma = process.alpha_sigma(t)
    return (alpha / sigma).log()


@pytest.mark.parametrize("proc", ("vp", "subvp", "ve"))
def test_logsnr_and_karras_grids_are_uniform_in_their_variables(proc: str) -> None:
    process = make_process(proc)
    t = process.timesteps(12, "logsnr")
    assert t[0] == process.T and abs(t[-1] - process.t_min) < 1e-9
    steps = lam(process, t).diff()
    assert (steps > 0).all() and torch.allclose(steps, steps.mean().expand(11), rtol=1e-3)
    root = (-lam(process, process.timesteps(12, "karras")) / 7).exp()  # (sigma / alpha)^(1/7)
    assert torch.allclose(root.diff(), root.diff().mean().expand(11), rtol=1e-3)


def test_ve_uniform_in_t_is_already_uniform_in_log_snr() -> None:
    process = make_process("ve")
    assert torch.allclose(process.timesteps(9), process.timesteps(9, "logsnr"), atol=1e-6)


@pytest.mark.parametrize("proc", ("linear", "cosine"))
@pytest.mark.parametrize("spacing", ("uniform", "logsnr", "karras"))
def test_discrete_grids_are_distinct_decreasing_steps_from_n_to_1(proc: str, spacing: str) -> None:
    process = make_process(proc)
    for steps in (1, 2, 10, 500, 1000):
        n = process.timesteps(steps, spacing).mul(1000).round().long()
        assert len(n) == steps and n[0] == 1000 and (n.diff() < 0).all()
        assert steps == 1 or n[-1] == 1


def test_unknown_spacing_names_the_accepted_ones() -> None:
    with pytest.raises(ValueError, match="accepted: uniform, logsnr, karras"):
        make_process("vp").timesteps(10, "cosine")


@pytest.mark.parametrize(("name", "proc", "better", "worse"), [
    ("dpmpp_2m", "vp", "logsnr", "uniform"),
    ("dpmpp_2m", "linear", "logsnr", "uniform"),
    ("ode_heun", "ve", "karras", "uniform"),
])
def test_the_right_grid_brings_few_step_solvers_closer_to_the_exact_flow_map(
        name: str, proc: str, better: str, worse: str) -> None:
    torch.manual_seed(0)
    process = make_process(proc)
    x_T = process.prior_sample((500, 2)).double()
    ref = exact_flow_map(process, x_T)
    err = {sp: (samplers.SAMPLERS[name](analytic_denoiser(process), process, x_T, 10,
                                        spacing=sp) - ref).norm(dim=1).mean()
           for sp in (better, worse)}
    assert err[better] < 0.4 * err[worse]


def test_deterministic_samplers_converge_to_the_exact_flow_map() -> None:
    torch.manual_seed(0)
    process = make_process("vp")
    x_T = process.prior_sample((500, 2)).double()
    ref = exact_flow_map(process, x_T)
    def err(name: str, steps: int) -> float:
        x = samplers.SAMPLERS[name](analytic_denoiser(process), process, x_T, steps)
        return (x - ref).norm(dim=1).mean().item()

    assert err("ode_heun", 100) < 1e-3 and err("dpmpp_2m", 100) < 2e-3
    assert 7 < err("ddim", 100) / err("ddim", 1000) < 13  # DDIM is first order
