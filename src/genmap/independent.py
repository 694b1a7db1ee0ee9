"""The floor of the map: every dimension modelled independently.

On discrete data, p(x) = prod_d Cat(x_d | softmax(logits_d)); on continuous data,
p(x) = prod_d N(x_d | mu_d, sigma_d^2). This is the chain rule with every context
dropped, so it sits with the autoregressive models, and its exact likelihood is the
baseline any model of structure must beat. The maximum-likelihood fit has a closed
form from counts (`fit`): p_dk = (c_dk + alpha) / (N + K alpha), whose training NLL
is the sum of the per-dimension empirical entropies (alpha = 0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from genmap.card import Card
from genmap.data import DataSpec
from genmap.protocol import Batch, DataMismatch, GenerativeModel, LogProb, ModelConfig


@dataclass
class IndependentConfig(ModelConfig):
    alpha: float = 1.0
    """Laplace smoothing of the closed-form fit (pseudo-counts per level)."""
    table_lr: float = 0.05
    """Its own learning rate: the logits are free parameters, far from their optimum."""


class Independent(GenerativeModel):
    Config = IndependentConfig

    def __init__(self, config: IndependentConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        D = spec.dim
        if spec.discrete:
            self.logits = nn.Parameter(torch.zeros(D, spec.levels))  # (D, K)
        else:
            self.mu = nn.Parameter(torch.zeros(D))
            self.log_sigma = nn.Parameter(torch.zeros(D))

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.discrete and spec.levels < 2:
            raise DataMismatch(f"independent needs at least 2 levels, got {spec.levels}")

    @property
    def card(self) -> Card:
        return Card(
            name="independent",
            paradigms=("autoregressive",),
            objective=("next-token NLL",),
            divergence="forward KL",
            sampler="parallel one pass",
            nfe="1",
            likelihood="exact",
            notes=("fully factorised: the chain rule with every context dropped; "
                   "the floor of the map",),
        )

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        self._unconditional(cond)
        x = x.flatten(1)  # (B, D)
        if self.spec.discrete:
            logp = self.logits.log_softmax(-1)  # (D, K)
            lp = logp.gather(1, x.T).T  # (B, D)
        else:
            sigma = self.log_sigma.exp()
            lp = -0.5 * ((x - self.mu) / sigma) ** 2 - self.log_sigma - 0.5 * math.log(2 * math.pi)
        return LogProb(lp.sum(1), "exact")

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        nll = -self.log_prob(batch.x).value.mean() / self.spec.dim
        return {"loss": nll, "nll_per_dim": nll.detach()}

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        self._unconditional(cond)
        self._no_options(options)
        if self.spec.discrete:
            probs = self.logits.softmax(-1)  # (D, K)
            x = torch.multinomial(probs, n, replacement=True).T  # (n, D)
        else:
            eps = torch.randn(n, self.spec.dim, device=self.mu.device)
            x = self.mu + self.log_sigma.exp() * eps
        return x.reshape(n, *self.spec.shape)

    def optimizer_groups(self) -> dict[str, dict[str, Any]]:
        return {"model": {"params": list(self.parameters()), "lr": self.config.table_lr,
                          "weight_decay": self.config.weight_decay}}

    @torch.no_grad()
    def fit(self, x: Tensor) -> None:
        """Set the parameters to the closed-form (smoothed) maximum-likelihood fit."""
        x = x.flatten(1)
        if self.spec.discrete:
            K = self.spec.levels
            counts = torch.nn.functional.one_hot(x, K).sum(0).double()  # (D, K)
            p = (counts + self.config.alpha) / (x.shape[0] + K * self.config.alpha)
            self.logits.copy_(p.log())
        else:
            self.mu.copy_(x.mean(0))
            self.log_sigma.copy_(x.std(0, unbiased=False).log())
