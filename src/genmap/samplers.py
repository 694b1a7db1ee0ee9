"""Diffusion samplers as plain functions over one contract (the k-diffusion habit).

Every sampler has the signature

    sampler(denoiser, process, x_T, steps, **options) -> x_0

where `denoiser(x_t, t) -> x0_hat` is the network's estimate of E[x_0 | x_t] at (B,) times t,
and `process` gives alpha_t, sigma_t (x_t = alpha_t x_0 + sigma_t eps) and the SDE's f, g.
From x0_hat follow the noise eps_hat = (x_t - alpha_t x0_hat) / sigma_t and the score
s = -eps_hat / sigma_t, so one trained network drives every sampler. Samplers walk
`process.timesteps(steps)` (T down to t_min) and finish with the denoised x0_hat of the last
evaluation (DDPM's noiseless last step; Karras et al. 2022's step to sigma = 0), so a
first-order sampler costs exactly `steps` network evaluations (NFE).

| name           | algorithm                                                      | NFE        |
|----------------|----------------------------------------------------------------|------------|
| ddpm           | ancestral, Ho et al. 2020 (arXiv:2006.11239) Alg. 2            | steps      |
| ddim           | DDIM, Song et al. 2020 (arXiv:2010.02502) eq. 12, eta          | steps      |
| euler_maruyama | reverse SDE, Song et al. 2021 (arXiv:2011.13456) eq. 6         | steps      |
| pc             | predictor-corrector, ibid. Alg. 1, Langevin corrector          | steps(1+c) |
| ode_euler      | probability-flow ODE, ibid. eq. 13, Euler                      | steps      |
| ode_heun       | PF-ODE, Heun (Karras et al. 2022, arXiv:2206.00364 Alg. 1)     | 2 steps-1  |
| ode_dopri5     | PF-ODE, adaptive Dormand-Prince 5(4) (torchdiffeq)             | adaptive+1 |
| dpmpp_2m       | DPM-Solver++(2M), Lu et al. 2022 (arXiv:2211.01095) Alg. 2     | steps      |

Every fixed-step sampler takes `spacing`, the time grid (`Process.timesteps`): `uniform` in t
(DDPM/DDIM's strided steps), `logsnr` (uniform in log(alpha / sigma), DPM-Solver's grid and
DPM-Solver++'s default) or `karras` (rho = 7, denser near the data, EDM's grid for Heun). On
VE, uniform in t already is uniform in log-SNR. With the analytic Gaussian denoiser, 10 steps
of DPM-Solver++(2M) land about 10x closer to the exact probability-flow map on `logsnr` than
on `uniform`, and Heun on VE about 3x closer on `karras` (tests/test_samplers.py).

NFE is never computed here: it is counted by hooks on the network (`count_calls`), so
classifier-free guidance, which evaluates the network twice per step, counts twice.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import torch
from torch import Tensor

if TYPE_CHECKING:
    from genmap.diffusion.processes import Process

Denoiser = Callable[[Tensor, Tensor], Tensor]
"""denoiser(x_t (B, ...), t (B,)) -> x0_hat (B, ...)."""


class Grid:
    """The sampler's time grid with its coefficients precomputed as Python floats, so a
    step costs only tensor arithmetic on x (the sampler's overhead stays near zero)."""

    def __init__(self, process: Process, steps: int, x: Tensor, spacing: str = "uniform") -> None:
        t = process.timesteps(steps, spacing)  # (steps,) float64, decreasing
        alpha, sigma = process.alpha_sigma(t)
        f, g2 = process.f_g2(t)
        self.t, self.alpha, self.sigma = t.tolist(), alpha.tolist(), sigma.tolist()
        self.f, self.g2 = f.tolist(), g2.tolist()
        self.tb = t.to(x.device, x.dtype)[:, None].expand(steps, x.shape[0])  # (steps, B)
        self.n = steps


def eps_from_x0(x: Tensor, x0: Tensor, alpha: float, sigma: float) -> Tensor:
    return (x - alpha * x0) / sigma


def score_from_x0(x: Tensor, x0: Tensor, alpha: float, sigma: float) -> Tensor:
    """grad log p_t(x) = (alpha x0_hat - x) / sigma^2 (Tweedie's formula, inverted)."""
    return (alpha * x0 - x) / sigma**2


# ------------------------------------------------------------------ DDPM and DDIM


def posterior(alpha_t: float, sigma_t: float, alpha_s: float,
              sigma_s: float) -> tuple[float, float, float]:
    """q(x_s | x_t, x_0) = N(a x_t + b x_0, v) for s < t (DDPM eq. 7, general alpha/sigma)."""
    a_ts = alpha_t / alpha_s
    var_ts = sigma_t**2 - a_ts**2 * sigma_s**2  # sigma_{t|s}^2
    return a_ts * sigma_s**2 / sigma_t**2, alpha_s * var_ts / sigma_t**2, \
        var_ts * sigma_s**2 / sigma_t**2


def ddpm_step(x: Tensor, x0: Tensor, z: Tensor, alpha_t: float, sigma_t: float,
              alpha_s: float, sigma_s: float) -> Tensor:
    """x_s ~ p(x_s | x_t) = q(x_s | x_t, x0_hat), variance beta_tilde (DDPM eq. 6-7)."""
    a, b, v = posterior(alpha_t, sigma_t, alpha_s, sigma_s)
    return a * x + b * x0 + math.sqrt(v) * z


def ddim_step(x: Tensor, x0: Tensor, z: Tensor, alpha_t: float, sigma_t: float,
              alpha_s: float, sigma_s: float, eta: float) -> Tensor:
    """DDIM eq. 12: x_s = alpha_s x0_hat + sqrt(sigma_s^2 - c^2) eps_hat + c z, with
    c = eta sqrt(posterior variance) (eq. 16); eta = 1 is DDPM's posterior, eta = 0 is
    deterministic."""
    c = eta * math.sqrt(posterior(alpha_t, sigma_t, alpha_s, sigma_s)[2])
    eps = eps_from_x0(x, x0, alpha_t, sigma_t)
    x_s = alpha_s * x0 + math.sqrt(max(sigma_s**2 - c**2, 0.0)) * eps
    return x_s + c * z if c > 0 else x_s


def ddpm(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
         spacing: str = "uniform") -> Tensor:
    """Ancestral sampling down the (strided) chain; steps = N is DDPM's Algorithm 2."""
    g = Grid(process, steps, x, spacing)
    for i in range(g.n - 1):
        x0 = denoiser(x, g.tb[i])
        x = ddpm_step(x, x0, torch.randn_like(x), g.alpha[i], g.sigma[i],
                      g.alpha[i + 1], g.sigma[i + 1])
    return denoiser(x, g.tb[-1])


def ddim(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
         eta: float = 0.0, spacing: str = "uniform") -> Tensor:
    """DDIM on the strided subsequence `process.timesteps(steps)`."""
    g = Grid(process, steps, x, spacing)
    for i in range(g.n - 1):
        x0 = denoiser(x, g.tb[i])
        z = torch.randn_like(x) if eta > 0 else x
        x = ddim_step(x, x0, z, g.alpha[i], g.sigma[i], g.alpha[i + 1], g.sigma[i + 1], eta)
    return denoiser(x, g.tb[-1])


# ------------------------------------------------------------------ reverse SDE


def euler_maruyama(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
                   spacing: str = "uniform") -> Tensor:
    """dx = [f x - g^2 s(x, t)] dt + g dW_bar, integrated backwards with Euler-Maruyama."""
    g = Grid(process, steps, x, spacing)
    for i in range(g.n - 1):
        s = score_from_x0(x, denoiser(x, g.tb[i]), g.alpha[i], g.sigma[i])
        dt = g.t[i + 1] - g.t[i]  # < 0
        x = x + (g.f[i] * x - g.g2[i] * s) * dt + math.sqrt(-g.g2[i] * dt) * torch.randn_like(x)
    return denoiser(x, g.tb[-1])


def langevin_correct(denoiser: Denoiser, x: Tensor, t: Tensor, alpha: float, sigma: float,
                     snr: float, n: int) -> Tensor:
    """Langevin corrector (score_sde Alg. 4): step size from the target signal-to-noise ratio."""
    for _ in range(n):
        s = score_from_x0(x, denoiser(x, t), alpha, sigma)
        z = torch.randn_like(x)
        ratio = z.flatten(1).norm(dim=1).mean() / s.flatten(1).norm(dim=1).mean()
        step = 2 * (snr * ratio) ** 2
        x = x + step * s + (2 * step).sqrt() * z
    return x


def pc(denoiser: Denoiser, process: Process, x: Tensor, steps: int, snr: float = 0.16,
       n_corrector: int = 1, spacing: str = "uniform") -> Tensor:
    """Predictor-corrector: a Langevin corrector at each time, then an Euler-Maruyama
    predictor step (Song et al. 2021, Alg. 1)."""
    g = Grid(process, steps, x, spacing)
    for i in range(g.n):
        x = langevin_correct(denoiser, x, g.tb[i], g.alpha[i], g.sigma[i], snr, n_corrector)
        if i == g.n - 1:
            break
        s = score_from_x0(x, denoiser(x, g.tb[i]), g.alpha[i], g.sigma[i])
        dt = g.t[i + 1] - g.t[i]
        x = x + (g.f[i] * x - g.g2[i] * s) * dt + math.sqrt(-g.g2[i] * dt) * torch.randn_like(x)
    return denoiser(x, g.tb[-1])


# ------------------------------------------------------------------ probability-flow ODE


def pf_ode_drift(denoiser: Denoiser, x: Tensor, t: Tensor, alpha: float | Tensor,
                 sigma: float | Tensor, f: float | Tensor, g2: float | Tensor) -> Tensor:
    """dx/dt = f x - g^2 s(x, t) / 2 (Song et al. 2021, eq. 13)."""
    return f * x - 0.5 * g2 * score_from_x0(x, denoiser(x, t), alpha, sigma)


def ode_euler(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
              spacing: str = "uniform") -> Tensor:
    """The probability-flow ODE with Euler steps."""
    g = Grid(process, steps, x, spacing)
    for i in range(g.n - 1):
        d = pf_ode_drift(denoiser, x, g.tb[i], g.alpha[i], g.sigma[i], g.f[i], g.g2[i])
        x = x + (g.t[i + 1] - g.t[i]) * d
    return denoiser(x, g.tb[-1])


def ode_heun(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
             spacing: str = "uniform") -> Tensor:
    """The probability-flow ODE with Heun's second-order method (Karras et al., Alg. 1)."""
    g = Grid(process, steps, x, spacing)
    for i in range(g.n - 1):
        h = g.t[i + 1] - g.t[i]
        d1 = pf_ode_drift(denoiser, x, g.tb[i], g.alpha[i], g.sigma[i], g.f[i], g.g2[i])
        x1 = x + h * d1
        j = i + 1
        d2 = pf_ode_drift(denoiser, x1, g.tb[j], g.alpha[j], g.sigma[j], g.f[j], g.g2[j])
        x = x + 0.5 * h * (d1 + d2)
    return denoiser(x, g.tb[-1])


def ode_drift_fn(denoiser: Denoiser, process: Process,
                 batch: int) -> Callable[[Tensor, Tensor], Tensor]:
    """The PF-ODE right-hand side as torchdiffeq wants it: func(t scalar, x)."""
    def func(t: Tensor, x: Tensor) -> Tensor:
        tb = t.to(x.dtype).expand(batch)  # (B,)
        alpha, sigma = process.alpha_sigma(tb)
        f, g2 = process.f_g2(tb)
        shape = (batch, *([1] * (x.ndim - 1)))
        return pf_ode_drift(denoiser, x, tb, alpha.view(shape), sigma.view(shape),
                            f.view(shape), g2.view(shape))
    return func


def ode_dopri5(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
               rtol: float = 1e-5, atol: float = 1e-5) -> Tensor:
    """The probability-flow ODE with adaptive Dormand-Prince 5(4) (torchdiffeq), from T to
    t_min; `steps` is unused (the solver picks its own), the NFE is counted."""
    from torchdiffeq import odeint

    ts = torch.tensor([process.T, process.t_min], dtype=x.dtype, device=x.device)
    x = odeint(ode_drift_fn(denoiser, process, x.shape[0]), x, ts, rtol=rtol, atol=atol,
               method="dopri5", options={"step_t": ts})[-1]  # step_t: never step past t_min
    t_min = torch.full((x.shape[0],), process.t_min, dtype=x.dtype, device=x.device)
    return denoiser(x, t_min)


# ------------------------------------------------------------------ DPM-Solver++


def dpmpp_2m(denoiser: Denoiser, process: Process, x: Tensor, steps: int,
             spacing: str = "logsnr") -> Tensor:
    """DPM-Solver++(2M) in data prediction, multistep, with lambda = log(alpha / sigma):
    x_s = (sigma_s / sigma_t) x_t - alpha_s (e^{-h} - 1) D, D = (1 + 1/2r) x0_i - (1/2r) x0_{i-1}
    (Lu et al. 2022, Alg. 2); the first step is DDIM."""
    g = Grid(process, steps, x, spacing)
    lam = [math.log(a / s) for a, s in zip(g.alpha, g.sigma, strict=True)]
    old, h_old = None, 0.0
    for i in range(g.n - 1):
        x0 = denoiser(x, g.tb[i])
        h = lam[i + 1] - lam[i]
        if old is None:
            d = x0
        else:
            r = h_old / h
            d = (1 + 1 / (2 * r)) * x0 - 1 / (2 * r) * old
        x = (g.sigma[i + 1] / g.sigma[i]) * x - g.alpha[i + 1] * math.expm1(-h) * d
        old, h_old = x0, h
    return denoiser(x, g.tb[-1])


SAMPLERS: dict[str, Callable[..., Tensor]] = {
    "ddpm": ddpm,
    "ddim": ddim,
    "euler_maruyama": euler_maruyama,
    "pc": pc,
    "ode_euler": ode_euler,
    "ode_heun": ode_heun,
    "ode_dopri5": ode_dopri5,
    "dpmpp_2m": dpmpp_2m,
}
