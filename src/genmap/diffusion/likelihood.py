"""Likelihoods of a diffusion model, each labelled with what kind of number it is.

Variational bound (DDPM, Ho et al. 2020, arXiv:2006.11239 eq. 5; Kingma et al. 2021,
arXiv:2107.00630 eq. 13) over a decreasing time grid t_0 = T > ... > t_{K-1}:

  -log p(x_0) <= KL(q(x_T | x_0) || p(x_T))                                   L_T
               + sum_i E KL(q(x_s | x_t, x_0) || p(x_s | x_t)),  (t, s) = (t_i, t_{i+1})
               - E log p(x_0 | x_{t_{K-1}})                                    L_0

With p(x_s | x_t) = q(x_s | x_t, x0_hat) (DDPM's fixed posterior variance) each diffusion
term is 1/2 (SNR(s) - SNR(t)) ||x_0 - x0_hat(x_t)||^2. The decoder L_0 is a Gaussian of
std sigma_{t_min} / alpha_{t_min} around x0_hat, discretised over the data's levels
(DDPM sec. 3.3), so on discrete data the bound is on the probability mass.

Probability-flow ODE (Song et al. 2021, arXiv:2011.13456 sec. 4.3, app. D.2): with
dx/dt = v(x, t), the instantaneous change of variables (Chen et al. 2018, arXiv:1806.07366)
gives log p_0(x_0) = log p_T(x_T) + int_0^T div v(x_t, t) dt. The divergence is exact (D
backward passes) or Hutchinson's estimate eps^T (dv/dx) eps (Grathwohl et al. 2018, FFJORD,
arXiv:1810.01367), unbiased, kind "estimate".
"""

from __future__ import annotations

import math

import torch
from torch import Tensor

from genmap.diffusion.processes import Process
from genmap.nets import append_dims
from genmap.samplers import Denoiser, ode_drift_fn


def log_prob_discretized(x0: Tensor, mean: Tensor, std: float, levels: int) -> Tensor:
    """log P(x0) per example of N(mean, std^2) binned over `levels` values in [-1, 1]
    (bin half-width 1/(levels-1); the outer bins extend to -inf and +inf)."""
    half = 1.0 / (levels - 1)
    lo = torch.where(x0 < -1 + half / 2, -math.inf, (x0 - half - mean) / std)
    hi = torch.where(x0 > 1 - half / 2, math.inf, (x0 + half - mean) / std)
    flip = lo > 0  # right tail: Phi(hi) - Phi(lo) = Phi(-lo) - Phi(-hi), stabler
    lo, hi = torch.where(flip, -hi, lo), torch.where(flip, -lo, hi)
    log_hi, log_lo = torch.special.log_ndtr(hi), torch.special.log_ndtr(lo)
    lp = log_hi + torch.log(-torch.expm1(log_lo - log_hi).clamp(max=-1e-30))
    return lp.flatten(1).sum(1)


def log_prob_gaussian(x0: Tensor, mean: Tensor, std: float) -> Tensor:
    """log N(x0; mean, std^2 I) per example (the decoder on continuous data)."""
    z = ((x0 - mean) / std).flatten(1)  # (B, D)
    return -0.5 * z.pow(2).sum(1) - z.shape[1] * (math.log(std) + 0.5 * math.log(2 * math.pi))


def prior_kl(process: Process, x0: Tensor) -> Tensor:
    """KL(q(x_T | x_0) || p(x_T)) per example, in nats."""
    T = torch.full((x0.shape[0],), process.T, dtype=torch.float64)
    alpha, sigma = (append_dims(c.to(x0), x0.ndim) for c in process.alpha_sigma(T))
    s = process.prior_std
    kl = torch.log(s / sigma) + (sigma**2 + (alpha * x0) ** 2) / (2 * s**2) - 0.5
    return kl.flatten(1).sum(1)


def vlb(denoiser: Denoiser, process: Process, x0: Tensor, steps: int,
        levels: int | None) -> tuple[Tensor, dict[str, Tensor]]:
    """The variational lower bound on log p(x0) per example over `process.timesteps(steps)`,
    one Monte Carlo draw of x_t per term; and its terms (nats, per example)."""
    ts = process.timesteps(steps)
    alpha, sigma = process.alpha_sigma(ts)  # (K,) float64
    snr = (alpha / sigma) ** 2
    B = x0.shape[0]
    diffusion = torch.zeros(B, dtype=x0.dtype, device=x0.device)
    for i in range(len(ts) - 1):
        x0_hat = _denoise_draw(denoiser, x0, ts[i], float(alpha[i]), float(sigma[i]))
        err = (x0 - x0_hat).flatten(1).pow(2).sum(1)
        diffusion += 0.5 * float(snr[i + 1] - snr[i]) * err
    mean = _denoise_draw(denoiser, x0, ts[-1], float(alpha[-1]), float(sigma[-1]))
    std = float(sigma[-1] / alpha[-1])
    if levels is None:
        decoder = log_prob_gaussian(x0, mean, std)
    else:
        decoder = log_prob_discretized(x0, mean, std, levels)
    terms = {"prior": prior_kl(process, x0), "diffusion": diffusion, "decoder": -decoder}
    return -(terms["prior"] + terms["diffusion"] + terms["decoder"]), terms


def _denoise_draw(denoiser: Denoiser, x0: Tensor, t: Tensor, alpha: float,
                  sigma: float) -> Tensor:
    x_t = alpha * x0 + sigma * torch.randn_like(x0)
    return denoiser(x_t, torch.full((x0.shape[0],), float(t), dtype=x0.dtype, device=x0.device))


def divergence(v: Tensor, x: Tensor, eps: Tensor | None) -> Tensor:
    """div_x v per example: exact (eps None: one backward pass per dimension) or
    Hutchinson's eps^T (dv/dx) eps."""
    if eps is not None:
        (vjp,) = torch.autograd.grad(v, x, eps)
        return (vjp * eps).flatten(1).sum(1)
    v_flat = v.flatten(1)  # (B, D)
    D = v_flat.shape[1]
    div = torch.zeros(v.shape[0], dtype=v.dtype, device=v.device)
    for d in range(D):
        (g,) = torch.autograd.grad(v_flat[:, d].sum(), x, retain_graph=d < D - 1)
        div = div + g.flatten(1)[:, d]
    return div


def ode_log_prob(denoiser: Denoiser, process: Process, x: Tensor, exact: bool,
                 rtol: float = 1e-5, atol: float = 1e-5) -> Tensor:
    """log p_{t_min}(x) per example by the probability-flow ODE from t_min to T (dopri5),
    with exact or Hutchinson (Rademacher, fixed along the path) divergence."""
    from torchdiffeq import odeint

    drift = ode_drift_fn(denoiser, process, x.shape[0])
    eps = None if exact else torch.randint_like(x, 2) * 2 - 1

    def func(t: Tensor, state: tuple[Tensor, Tensor]) -> tuple[Tensor, Tensor]:
        with torch.enable_grad():
            y = state[0].detach().requires_grad_(True)
            v = drift(t, y)
            div = divergence(v, y, eps)
        return v.detach(), div.detach()

    ts = torch.tensor([process.t_min, process.T], dtype=x.dtype, device=x.device)
    state = (x, torch.zeros(x.shape[0], dtype=x.dtype, device=x.device))
    x_T, delta = (s[-1] for s in odeint(func, state, ts, rtol=rtol, atol=atol, method="dopri5",
                                               options={"step_t": ts}))
    return process.prior_logp(x_T) + delta
