"""Forward noising processes as their formulas (the score_sde style).

Every process here is a linear SDE  dx = f(t) x dt + g(t) dW  on t in [0, T] whose
marginal is Gaussian:  x_t = alpha_t x_0 + sigma_t eps,  eps ~ N(0, I)  (Song et al. 2021,
"Score-Based Generative Modeling through SDEs", arXiv:2011.13456, eqs. 11, 25, 29):

  VP      f = -beta/2,  g^2 = beta,                 sigma_t^2 = 1 - alpha_t^2
  sub-VP  f = -beta/2,  g^2 = beta (1 - alpha_t^4),  sigma_t   = 1 - alpha_t^2
  VE      f = 0,        g^2 = d sigma_t^2 / dt,     alpha_t   = 1

with alpha_t = exp(-1/2 int_0^t beta). The discrete DDPM schedule (Ho et al. 2020,
arXiv:2006.11239; cosine: Nichol & Dhariwal 2021, arXiv:2102.09672) is the VP process whose
beta(t) is piecewise constant, so that alpha_bar_n = prod_{i<=n} (1 - beta_i) is hit exactly
at t = n / N: discrete and continuous samplers then run on one trained network.

Times are (B,) tensors; coefficients come back as (B,) and broadcast with `append_dims`,
so 2-D vectors and (C, H, W) images are handled alike.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor

from genmap.nets import append_dims


class Process:
    """x_t = alpha(t) x_0 + sigma(t) eps, the marginal of dx = f(t) x dt + g(t) dW."""

    T: float = 1.0
    t_min: float = 1e-3
    prior_std: float = 1.0

    def alpha_sigma(self, t: Tensor) -> tuple[Tensor, Tensor]:
        """(alpha_t, sigma_t), each shaped like t."""
        raise NotImplementedError

    def f_g2(self, t: Tensor) -> tuple[Tensor, Tensor]:
        """(f(t), g(t)^2): drift coefficient and squared diffusion, each shaped like t."""
        raise NotImplementedError

    def sde(self, x: Tensor, t: Tensor) -> tuple[Tensor, Tensor]:
        """(drift f(t) x, diffusion g(t)); drift shaped like x, g like t."""
        f, g2 = self.f_g2(t)
        return append_dims(f, x.ndim) * x, g2.sqrt()

    def marginal(self, x0: Tensor, t: Tensor) -> tuple[Tensor, Tensor]:
        """Mean alpha_t x_0 and std sigma_t of q(x_t | x_0); std broadcast to x0's rank."""
        alpha, sigma = self.alpha_sigma(t)
        return append_dims(alpha, x0.ndim) * x0, append_dims(sigma, x0.ndim)

    def snr(self, t: Tensor) -> Tensor:
        """Signal-to-noise ratio alpha_t^2 / sigma_t^2 (Kingma et al. 2021, arXiv:2107.00630)."""
        alpha, sigma = self.alpha_sigma(t)
        return (alpha / sigma) ** 2

    def prior_sample(self, shape: tuple[int, ...], device: torch.device | str = "cpu") -> Tensor:
        """x_T ~ N(0, prior_std^2 I)."""
        return self.prior_std * torch.randn(shape, device=device)

    def prior_logp(self, z: Tensor) -> Tensor:
        """log N(z; 0, prior_std^2 I) per example, (B,)."""
        z = z.flatten(1)  # (B, D)
        D, s = z.shape[1], self.prior_std
        return -0.5 * (z / s).pow(2).sum(1) - D * (math.log(s) + 0.5 * math.log(2 * math.pi))

    def timesteps(self, steps: int, spacing: str = "uniform") -> Tensor:
        """`steps` decreasing times from T to t_min, the grid every sampler walks (float64).

        spacing `uniform` is uniform in t; `logsnr` is uniform in lambda = log(alpha / sigma)
        (DPM-Solver's grid, Lu et al. 2022, arXiv:2206.00927 sec. 3.3); `karras` is uniform in
        (sigma / alpha)^(1/rho), rho = 7, denser near the data (Karras et al. 2022, eq. 5)."""
        if steps < 1:
            raise ValueError(f"steps must be >= 1, got {steps}")
        if spacing == "uniform":
            return torch.linspace(self.T, self.t_min, steps, dtype=torch.float64)
        return self.t_of_lambda(lambda_grid(self.log_snr_range(), steps, spacing))

    def log_snr_range(self) -> tuple[float, float]:
        """(lambda(T), lambda(t_min)) with lambda = log(alpha / sigma), increasing to the data."""
        alpha, sigma = self.alpha_sigma(torch.tensor([self.T, self.t_min], dtype=torch.float64))
        lam = (alpha / sigma).log()
        return lam[0].item(), lam[1].item()

    def t_of_lambda(self, lam: Tensor, points: int = 20001) -> Tensor:
        """Times at which lambda(t) takes the values `lam`, by linear interpolation of the
        monotone map on a fine grid of t."""
        t = torch.linspace(self.t_min, self.T, points, dtype=torch.float64)
        alpha, sigma = self.alpha_sigma(t)
        neg = -(alpha / sigma).log()  # -lambda(t), increasing in t
        i = torch.searchsorted(neg, -lam).clamp(1, points - 1)
        w = ((-lam - neg[i - 1]) / (neg[i] - neg[i - 1])).clamp(0, 1)
        return (t[i - 1] + w * (t[i] - t[i - 1])).clamp(self.t_min, self.T)



class VPSDE(Process):
    """Variance preserving: the continuous limit of DDPM, beta(t) linear in t."""

    def __init__(self, beta_min: float = 0.1, beta_max: float = 20.0, t_min: float = 1e-3) -> None:
        self.beta_min, self.beta_max, self.t_min = beta_min, beta_max, t_min

    def beta(self, t: Tensor) -> Tensor:
        return self.beta_min + t * (self.beta_max - self.beta_min)

    def log_alpha(self, t: Tensor) -> Tensor:
        """log alpha_t = -1/2 int_0^t beta = -t^2 (b1 - b0) / 4 - t b0 / 2."""
        return -0.25 * t**2 * (self.beta_max - self.beta_min) - 0.5 * t * self.beta_min

    def alpha_sigma(self, t: Tensor) -> tuple[Tensor, Tensor]:
        log_a = self.log_alpha(t)
        return log_a.exp(), (-torch.expm1(2 * log_a)).sqrt()

    def f_g2(self, t: Tensor) -> tuple[Tensor, Tensor]:
        b = self.beta(t)
        return -0.5 * b, b


class SubVPSDE(VPSDE):
    """sub-VP: the VP drift with less diffusion, sigma_t = 1 - alpha_t^2 (eq. 29)."""

    def alpha_sigma(self, t: Tensor) -> tuple[Tensor, Tensor]:
        log_a = self.log_alpha(t)
        return log_a.exp(), -torch.expm1(2 * log_a)

    def f_g2(self, t: Tensor) -> tuple[Tensor, Tensor]:
        b = self.beta(t)
        return -0.5 * b, b * -torch.expm1(4 * self.log_alpha(t))


class VESDE(Process):
    """Variance exploding (SMLD): alpha_t = 1, sigma_t = sigma_min (sigma_max/sigma_min)^t."""

    def __init__(self, sigma_min: float = 0.01, sigma_max: float = 50.0,
                 t_min: float = 0.0) -> None:
        self.sigma_min, self.sigma_max, self.t_min = sigma_min, sigma_max, t_min
        self.prior_std = sigma_max

    def alpha_sigma(self, t: Tensor) -> tuple[Tensor, Tensor]:
        sigma = self.sigma_min * (self.sigma_max / self.sigma_min) ** t
        return torch.ones_like(t), sigma

    def f_g2(self, t: Tensor) -> tuple[Tensor, Tensor]:
        _, sigma = self.alpha_sigma(t)
        return torch.zeros_like(t), sigma**2 * 2 * math.log(self.sigma_max / self.sigma_min)


def linear_betas(N: int, beta_1: float = 1e-4, beta_N: float = 0.02) -> Tensor:
    """DDPM's schedule: beta_n linear from 1e-4 to 0.02 (scaled so any N keeps its shape)."""
    scale = 1000 / N
    return torch.linspace(scale * beta_1, scale * beta_N, N, dtype=torch.float64)


def cosine_betas(N: int, s: float = 0.008, max_beta: float = 0.999) -> Tensor:
    """Improved DDPM: alpha_bar(t) = cos^2(((t + s)/(1 + s)) pi / 2) / alpha_bar(0)."""
    t = torch.arange(N + 1, dtype=torch.float64) / N
    abar = torch.cos((t + s) / (1 + s) * math.pi / 2) ** 2
    return (1 - abar[1:] / abar[:-1]).clamp(max=max_beta)


class DiscreteVP(Process):
    """DDPM's N-step chain as a VP process with piecewise-constant beta(t).

    log alpha_bar is linear between the grid points t_n = n / N, so alpha_bar(t_n) is
    exactly prod_{i<=n} (1 - beta_i) and beta(t) = -d log alpha_bar / dt on each cell."""

    def __init__(self, betas: Tensor) -> None:
        self.N = betas.shape[0]
        self.betas = betas.double()
        log_abar = torch.cumsum(torch.log1p(-self.betas), 0)
        self.log_abar = torch.cat([torch.zeros(1, dtype=torch.float64), log_abar])  # (N+1,)
        self.t_min = 1.0 / self.N
        self._tables: dict[torch.device, tuple[Tensor, Tensor]] = {}

    def _on(self, device: torch.device) -> tuple[Tensor, Tensor]:
        """(log alpha_bar (N+1,), beta(t) per cell (N,)) on `device`, cached."""
        if device not in self._tables:
            rate = -self.N * torch.log1p(-self.betas)
            self._tables[device] = (self.log_abar.to(device), rate.to(device))
        return self._tables[device]

    def _cell(self, t: Tensor) -> tuple[Tensor, Tensor]:
        """Cell index n with t in ((n-1)/N, n/N] (float32 t = n/N lands on n) and weight."""
        u = (t.double() * self.N).clamp(0, self.N)
        n = (u - 1e-4).ceil().clamp(1, self.N).long()
        return n, (u - (n - 1)).clamp(0, 1)

    def alpha_sigma(self, t: Tensor) -> tuple[Tensor, Tensor]:
        table, _ = self._on(t.device)
        n, w = self._cell(t)
        log_abar = (table[n - 1] + w * (table[n] - table[n - 1])).to(t.dtype)
        return (0.5 * log_abar).exp(), (-torch.expm1(log_abar)).sqrt()

    def f_g2(self, t: Tensor) -> tuple[Tensor, Tensor]:
        _, rate = self._on(t.device)
        n, _ = self._cell(t)
        b = rate[n - 1].to(t.dtype)
        return -0.5 * b, b

    def timesteps(self, steps: int, spacing: str = "uniform") -> Tensor:
        """A strided subsequence of n = N..1 (DDIM, arXiv:2010.02502 sec. 4.2), as t = n / N:
        evenly strided (`uniform`), or the nearest distinct steps to the `logsnr` or
        `karras` grid (see `Process.timesteps`)."""
        if not 1 <= steps <= self.N:
            raise ValueError(f"steps must lie in [1, {self.N}] for a {self.N}-step DDPM, "
                             f"got {steps}")
        n = super().timesteps(steps, spacing).mul(self.N).round().long().tolist()
        for i in range(1, steps):  # distinct and decreasing from N, at least 1 each
            n[i] = min(n[i], n[i - 1] - 1)
        n[-1] = max(n[-1], 1)
        for i in range(steps - 2, -1, -1):
            n[i] = max(n[i], n[i + 1] + 1)
        return torch.tensor(n, dtype=torch.float64) / self.N


PROCESSES = ("linear", "cosine", "vp", "subvp", "ve")
SPACINGS = ("uniform", "logsnr", "karras")


def lambda_grid(lam: tuple[float, float], steps: int, spacing: str, rho: float = 7.0) -> Tensor:
    """`steps` log-SNR values from lam[0] (t = T) to lam[1] (t = t_min) for a spacing."""
    lo, hi = torch.tensor(lam, dtype=torch.float64)
    u = torch.linspace(0, 1, steps, dtype=torch.float64)
    if spacing == "logsnr":
        return lo + u * (hi - lo)
    if spacing == "karras":  # s = sigma / alpha = exp(-lambda); s^(1/rho) uniform
        s = ((-lo / rho).exp() + u * ((-hi / rho).exp() - (-lo / rho).exp())) ** rho
        return -s.log()
    raise ValueError(f"unknown spacing {spacing!r}; accepted: {', '.join(SPACINGS)}")


def make_process(name: str, num_timesteps: int = 1000) -> Process:
    """A process by name: DDPM schedules `linear`, `cosine`; SDEs `vp`, `subvp`, `ve`."""
    if name == "linear":
        return DiscreteVP(linear_betas(num_timesteps))
    if name == "cosine":
        return DiscreteVP(cosine_betas(num_timesteps))
    makers = {"vp": VPSDE, "subvp": SubVPSDE, "ve": VESDE}
    if name not in makers:
        raise ValueError(f"unknown process {name!r}; accepted: {', '.join(PROCESSES)}")
    return makers[name]()
