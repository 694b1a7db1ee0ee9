"""NCSN: a noise-conditional score network sampled by annealed Langevin dynamics.

Song & Ermon 2019, "Generative Modeling by Estimating Gradients of the Data Distribution"
(arXiv:1907.05600), with the improvements of Song & Ermon 2020 (arXiv:2006.09011). Perturb
the data with Gaussian noise at a geometric sequence sigma_1 > sigma_2 > ... > sigma_L and
learn the score of every smoothed density p_sigma at once by denoising score matching:

  L = E_{i, x, eps} 1/2 || sigma_i s(x + sigma_i eps, sigma_i) + eps ||^2,

(the lambda(sigma) = sigma^2 weighting), with s(x, sigma) = net(x, log sigma) / sigma
(technique 3 of the 2020 paper). Sampling anneals Langevin dynamics down the sequence:
at level i take T steps of x <- x + (a_i / 2) s(x, sigma_i) + sqrt(a_i) z with step
a_i = eps sigma_i^2 / sigma_L^2, then one denoising step x + sigma_L^2 s(x, sigma_L)
(Tweedie). NFE = L T + 1. NCSN learns the score only, never the density: its likelihood
would need the probability-flow ODE of the continuous VE SDE it became (model `sde`,
process ve; Song et al. 2021, arXiv:2011.13456).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from genmap.card import Card
from genmap.data import DataSpec, from_signed, to_signed
from genmap.nets import DenoiserNetConfig, append_dims, denoiser_net
from genmap.protocol import (
    Batch,
    ConfigError,
    DataMismatch,
    GenerativeModel,
    LikelihoodUnavailable,
    SamplerOptionError,
)

NoiseScore = Callable[[Tensor, Tensor], Tensor]
"""score(x (B, ...), sigma (B,)) -> grad_x log p_sigma(x) (B, ...)."""


def geometric_sigmas(sigma_max: float, sigma_min: float, L: int) -> Tensor:
    """sigma_1 = sigma_max > ... > sigma_L = sigma_min, a geometric sequence (float64)."""
    return torch.logspace(math.log10(sigma_max), math.log10(sigma_min), L, dtype=torch.float64)


def annealed_langevin(score: NoiseScore, x: Tensor, sigmas: list[float], steps: int,
                      eps: float, denoise: bool = True) -> Tensor:
    """Song & Ermon 2019, Algorithm 1, then the final Tweedie denoising step."""
    for sigma in sigmas:
        a = eps * sigma**2 / sigmas[-1] ** 2
        sb = torch.full((x.shape[0],), sigma, dtype=x.dtype, device=x.device)
        for _ in range(steps):
            x = x + 0.5 * a * score(x, sb) + math.sqrt(a) * torch.randn_like(x)
    if denoise:
        sb = torch.full((x.shape[0],), sigmas[-1], dtype=x.dtype, device=x.device)
        x = x + sigmas[-1] ** 2 * score(x, sb)
    return x


def dsm_loss(score: NoiseScore, x: Tensor, sigma: Tensor) -> Tensor:
    """Mean of 1/2 || sigma s(x + sigma eps, sigma) + eps ||^2 over examples."""
    eps = torch.randn_like(x)
    sb = append_dims(sigma, x.ndim)
    return 0.5 * (sb * score(x + sb * eps, sigma) + eps).pow(2).flatten(1).sum(1).mean()


@dataclass
class NCSNConfig(DenoiserNetConfig):
    sigma_max: float = 5.0
    """Largest noise: about the largest distance between data points (model space)."""
    sigma_min: float = 0.01
    num_scales: int = 20
    """L, the number of noise levels."""
    langevin_steps: int = 5
    """T, Langevin steps per level (the `steps` sampler option)."""
    step_eps: float = 2e-5
    """eps of the step size a_i = eps sigma_i^2 / sigma_L^2."""


class NCSN(GenerativeModel):
    """Noise-conditional score network (Song & Ermon 2019)."""

    Config = NCSNConfig
    nfe_modules = ("net",)

    def __init__(self, config: NCSNConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        if not 0 < config.sigma_min < config.sigma_max or config.num_scales < 2:
            raise ConfigError("NCSN needs 0 < sigma_min < sigma_max and num_scales >= 2; got "
                              f"{config.sigma_min}, {config.sigma_max}, {config.num_scales}")
        self.register_buffer("sigmas", geometric_sigmas(
            config.sigma_max, config.sigma_min, config.num_scales).float(), persistent=False)
        self.net: nn.Module = denoiser_net(config, spec)

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.kind == "text":
            raise DataMismatch(
                "NCSN adds Gaussian noise to ordered values and follows the score of the "
                "smoothed density; text tokens are unordered categories with no score")
        if spec.discrete and spec.levels < 2:
            raise DataMismatch(f"NCSN needs at least 2 levels, got {spec.levels}")

    @property
    def card(self) -> Card:
        L = self.config.num_scales
        return Card(name="ncsn", paradigms=("diffusion", "energy_based"),
                    objective=("denoising score matching",),
                    divergence="Fisher divergence to each noise-smoothed density",
                    sampler="Langevin MCMC", nfe=f"{L}*steps + 1", likelihood=None,
                    notes=(f"{L} geometric noise levels {self.config.sigma_max:g} to "
                           f"{self.config.sigma_min:g}; steps = Langevin steps per level",
                           "annealed Langevin then one Tweedie denoising step"))


    def score(self, x: Tensor, sigma: Tensor) -> Tensor:
        """s(x, sigma) = net(x, log sigma) / sigma."""
        return self.net(x, 250 * sigma.log(), None) / append_dims(sigma, x.ndim)

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        x = to_signed(batch.x, self.spec)
        i = torch.randint(0, len(self.sigmas), (x.shape[0],), device=x.device)
        dsm = dsm_loss(self.score, x, self.sigmas[i])
        return {"loss": dsm, "dsm": dsm.detach()}

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        self._unconditional(cond)
        self._no_options(options, ("steps", "step_eps"))
        steps = int(options.get("steps", self.config.langevin_steps))
        eps = float(options.get("step_eps", self.config.step_eps))
        if steps < 1 or eps <= 0:
            raise SamplerOptionError(f"steps >= 1 and step_eps > 0 accepted; got {steps}, {eps}")
        shape = (n, *self.spec.shape) if self.spec.kind == "image" else (n, self.spec.dim)
        x = self.config.sigma_max * torch.randn(shape, device=self.sigmas.device)
        x = annealed_langevin(self.score, x, self.sigmas.tolist(), steps, eps)
        return from_signed(x, self.spec)

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> Any:
        raise LikelihoodUnavailable(
            "NCSN learns only the score grad log p_sigma at its noise levels, never a "
            "normalised density, and annealed Langevin needs none; a likelihood would need "
            "the probability-flow ODE of the continuous VE SDE (model `sde`, process ve)")
