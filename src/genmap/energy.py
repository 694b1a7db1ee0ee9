"""The energy-based roots of the score-based paradigm: p(x) = exp(-E(x)) / Z.

A network E_theta(x) -> R assigns low energy to data. The partition function
Z = int exp(-E(x)) dx is intractable, so log p(x) is known only up to the constant log Z;
yet the score grad_x log p(x) = -grad_x E(x) does not involve Z, and that is all Langevin
dynamics needs (unadjusted Langevin algorithm, step h):

  x_{k+1} = x_k - (h / 2) grad E(x_k) + sqrt(h) xi,   xi ~ N(0, I).

Training, two ways (`training`):
  cd   contrastive divergence: grad log p(x) = -grad E(x) + E_{x- ~ p} grad E(x-), so
       minimise E(x) - E(x-) with x- from persistent Langevin chains kept in a replay buffer,
       plus alpha (E(x)^2 + E(x-)^2) to keep energies bounded (Hinton 2002; Tieleman 2008,
       PCD; Du & Mordatch 2019, IGEBM, arXiv:1903.08689).
  dsm  denoising score matching on the energy's gradient: with x~ = x + sigma eps,
       minimise E || -grad E(x~) + eps / sigma ||^2 sigma^2 / 2 (Vincent 2011), which
       matches the score of the sigma-smoothed data and never samples during training.

`log_prob` raises LikelihoodUnavailable (Z is unknown); `unnormalised_log_prob` gives -E(x),
and `ais_log_z` an annealed-importance-sampling estimate of log Z (Neal 2001,
arXiv:physics/9803008) from N(0, I) to exp(-E), labelled an estimate.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from genmap.card import Card
from genmap.data import DataSpec, from_signed, to_signed
from genmap.nets import MLP
from genmap.protocol import (
    Batch,
    ConfigError,
    DataMismatch,
    GenerativeModel,
    LikelihoodUnavailable,
    ModelConfig,
)

Score = Callable[[Tensor], Tensor]
"""score(x (B, ...)) -> grad_x log p(x) (B, ...)."""


def langevin(score: Score, x: Tensor, steps: int, step_size: float,
             noise_scale: float = 1.0) -> Tensor:
    """Unadjusted Langevin: x <- x + (h/2) s(x) + noise_scale sqrt(h) xi. For a Gaussian
    N(m, s^2) target and noise_scale 1 its stationary variance is s^2 / (1 - h / (4 s^2))."""
    h = step_size
    for _ in range(steps):
        x = x + 0.5 * h * score(x) + noise_scale * math.sqrt(h) * torch.randn_like(x)
    return x


@dataclass
class EBMConfig(ModelConfig):
    width: int = 256
    depth: int = 3
    dropout: float = 0.0
    training: str = "cd"
    """cd (contrastive divergence, persistent chains) or dsm (denoising score matching)."""
    buffer_size: int = 2048
    reinit_prob: float = 0.05
    """Probability that a chain in the replay buffer restarts from uniform noise."""
    train_langevin_steps: int = 20
    langevin_step: float = 0.01
    """Langevin step h (model space: data scaled to [-1, 1] when discrete)."""
    langevin_noise: float = 1.0
    """Noise scale of Langevin (IGEBM runs below 1: a colder chain)."""
    energy_reg: float = 0.1
    """alpha of the energy-magnitude penalty alpha (E(x)^2 + E(x-)^2) (cd)."""
    dsm_sigma: float = 0.1
    sample_steps: int = 200


class EBM(GenerativeModel):
    """An energy network E(x) sampled by Langevin dynamics."""

    Config = EBMConfig
    nfe_modules = ("energy",)

    def __init__(self, config: EBMConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        if config.training not in ("cd", "dsm"):
            raise ConfigError(f"unknown training {config.training!r}; accepted: cd, dsm")
        self.energy = MLP(spec.dim, 1, config.width, config.depth, config.dropout)
        self.register_buffer("replay", 2 * torch.rand(config.buffer_size, spec.dim) - 1)

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.kind == "text":
            raise DataMismatch(
                "Langevin dynamics follows the energy's gradient in a continuous space; text "
                "tokens are unordered categories with no gradient to follow")
        if spec.discrete and spec.levels < 2:
            raise DataMismatch(f"the EBM needs at least 2 levels, got {spec.levels}")

    @property
    def card(self) -> Card:
        cd = self.config.training == "cd"
        return Card(name="ebm", paradigms=("energy_based",),
                    objective=("contrastive divergence",) if cd
                    else ("denoising score matching",),
                    divergence="forward KL (approximate gradient via MCMC)" if cd
                    else "Fisher divergence to the noise-smoothed data",
                    sampler="Langevin MCMC", nfe="steps", likelihood=None,
                    notes=("unnormalised: log p(x) = -E(x) - log Z with Z intractable",
                           "each Langevin step is one energy gradient (forward + backward)"))


    def E(self, x: Tensor) -> Tensor:
        """Energy per example, (B,)."""
        return self.energy(x).squeeze(1)

    def score(self, x: Tensor) -> Tensor:
        """-grad_x E(x), differentiable only in x (the parameters are not in the graph)."""
        with torch.enable_grad():
            x = x.detach().requires_grad_(True)
            (g,) = torch.autograd.grad(self.E(x).sum(), x)
        return -g

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        x = to_signed(batch.x, self.spec, flatten=True)
        return self._cd_loss(x) if self.config.training == "cd" else self._dsm_loss(x)

    def _cd_loss(self, x: Tensor) -> dict[str, Tensor]:
        c = self.config
        idx = torch.randint(0, c.buffer_size, (x.shape[0],), device=x.device)
        start = self.replay[idx]
        fresh = torch.rand(x.shape[0], 1, device=x.device) < c.reinit_prob
        start = torch.where(fresh, 2 * torch.rand_like(start) - 1, start)
        x_neg = langevin(self.score, start, c.train_langevin_steps, c.langevin_step,
                         c.langevin_noise).detach()
        self.replay[idx] = x_neg
        e_pos, e_neg = self.E(x), self.E(x_neg)
        cd = e_pos.mean() - e_neg.mean()
        reg = c.energy_reg * (e_pos.pow(2).mean() + e_neg.pow(2).mean())
        return {"loss": cd + reg, "cd": cd.detach(), "e_pos": e_pos.mean().detach(),
                "e_neg": e_neg.mean().detach()}

    def _dsm_loss(self, x: Tensor) -> dict[str, Tensor]:
        sigma = self.config.dsm_sigma
        eps = torch.randn_like(x)
        x_t = (x + sigma * eps).requires_grad_(True)
        (grad_E,) = torch.autograd.grad(self.E(x_t).sum(), x_t, create_graph=True)
        dsm = 0.5 * (sigma * grad_E - eps).pow(2).sum(1).mean()  # sigma^2 ||-gE + eps/sigma||^2
        return {"loss": dsm, "dsm": dsm.detach()}

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        self._unconditional(cond)
        self._no_options(options, ("steps", "step_size", "noise"))
        c = self.config
        steps = int(options.get("steps", c.sample_steps))
        h = float(options.get("step_size", c.langevin_step))
        noise = float(options.get("noise", c.langevin_noise))
        x0 = 2 * torch.rand(n, self.spec.dim, device=self.replay.device) - 1
        return from_signed(langevin(self.score, x0, steps, h, noise), self.spec)

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> Any:
        raise LikelihoodUnavailable(
            "an energy-based model defines p(x) = exp(-E(x)) / Z only up to its partition "
            "function Z = int exp(-E(x)) dx, which is intractable; unnormalised_log_prob "
            "gives -E(x), and ais_log_z an annealed-importance-sampling estimate of log Z")

    def unnormalised_log_prob(self, x: Tensor) -> Tensor:
        """-E(x) per example in model space units: log p(x) + log Z."""
        return -self.E(to_signed(x, self.spec, flatten=True))

    @torch.no_grad()
    def ais_log_z(self, n: int = 256, K: int = 100, steps: int = 5,
                  step_size: float = 0.01) -> tuple[float, float]:
        """An AIS estimate (log mean of n importance weights) of log Z in model space, and its
        standard error by the delta method, along f_b = (1 - b) log N(0, I) - b E, b in [0, 1]
        over K temperatures with `steps` Langevin moves each. An estimate, not exact."""
        D = self.spec.dim
        x = torch.randn(n, D, device=self.replay.device)
        log_n = lambda y: -0.5 * y.pow(2).sum(1) - 0.5 * D * math.log(2 * math.pi)  # noqa: E731
        log_w = torch.zeros(n, device=x.device)
        betas = torch.linspace(0, 1, K + 1).tolist()
        for b0, b1 in itertools.pairwise(betas):
            log_w += (b1 - b0) * (-self.E(x) - log_n(x))
            score = lambda y, b=b1: (1 - b) * -y + b * self.score(y)  # noqa: E731
            x = langevin(score, x, steps, step_size)
        log_z = torch.logsumexp(log_w, 0) - math.log(n)
        w = (log_w - log_w.max()).exp()
        se = float(w.std() / (w.mean() * math.sqrt(n)))
        return float(log_z), se
