"""Dequantization: how a density on [0, 1)^D bounds the probability mass of discrete data.

For x ∈ {0, ..., K-1}^D and noise u ∈ [0, 1)^D drawn from q(u | x), with y = (x + u)/K
(Theis et al. 2016, arXiv:1511.01844; Ho et al. 2019, Flow++, arXiv:1902.00275 §3.1):

    log P(x) = log ∫ p(y) K^{-D} du  ≥  E_q[ log p(y) - D log K - log q(u | x) ],

an equality when p is constant over each cell. Uniform dequantization takes q = 1;
variational dequantization learns q as a small flow conditioned on x, tightening the
bound. k importance samples give the tighter log (1/k) Σ_i p(y_i) K^{-D} / q(u_i | x).

The flow itself runs in logit space (RealNVP §4.1): s = α + (1 - 2α) y, w = logit(s), with
log|dw/dy| = Σ [log(1 - 2α) - log s - log(1 - s)] added to log p.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from genmap.flow.layers import AffineCoupling, coupling_mlp, half_mask


def standard_normal_log_prob(z: Tensor) -> Tensor:
    """log N(z; 0, I) per example."""
    return (-0.5 * z**2 - 0.5 * math.log(2 * math.pi)).flatten(1).sum(1)


def logit_transform(y: Tensor, alpha: float) -> tuple[Tensor, Tensor]:
    """y ∈ [0, 1] -> w = logit(α + (1 - 2α) y) and log|dw/dy| per example."""
    s = alpha + (1 - 2 * alpha) * y
    w = s.log() - torch.log1p(-s)
    log_det = math.log(1 - 2 * alpha) - s.log() - torch.log1p(-s)
    return w, log_det.flatten(1).sum(1)


def logit_inverse(w: Tensor, alpha: float) -> Tensor:
    """The inverse of logit_transform: w -> y."""
    return (torch.sigmoid(w) - alpha) / (1 - 2 * alpha)


class UniformDequantization(nn.Module):
    """q(u | x) = 1 on [0, 1)^D: returns (u, log q(u | x) = 0)."""

    def forward(self, x: Tensor, dtype: torch.dtype) -> tuple[Tensor, Tensor]:
        u = torch.rand(x.shape, dtype=dtype, device=x.device)
        return u, u.new_zeros(x.shape[0])


class VariationalDequantization(nn.Module):
    """Flow++'s variational dequantization: ε ~ N(0, I), h = f(ε; x) through affine couplings
    conditioned on x, u = sigmoid(h), with
    log q(u | x) = log N(ε) - log|det ∂h/∂ε| - Σ log sigmoid'(h)."""

    def __init__(self, D: int, levels: int, hidden: int, layers: int, clamp: float) -> None:
        super().__init__()
        self.D, self.levels = D, levels
        self.couplings = nn.ModuleList(
            AffineCoupling(half_mask(D, i % 2), coupling_mlp(2 * D, 2 * D, hidden, 0.0), clamp)
            for i in range(layers))

    def forward(self, x: Tensor, dtype: torch.dtype) -> tuple[Tensor, Tensor]:
        ctx = (2 * x.flatten(1).to(dtype) / (self.levels - 1) - 1)  # (B, D) in [-1, 1]
        eps = torch.randn(ctx.shape, dtype=dtype, device=x.device)
        u, log_q = self.noise(eps, ctx)
        return u.reshape(x.shape), log_q

    def noise(self, eps: Tensor, ctx: Tensor) -> tuple[Tensor, Tensor]:
        """ε (B, D) and context (B, D) -> u = sigmoid(f(ε; ctx)) and log q(u | ctx)."""
        log_q = standard_normal_log_prob(eps)
        h = eps
        for coupling in self.couplings:
            h, log_det = coupling(h, ctx)
            log_q = log_q - log_det
        log_q = log_q - (F.logsigmoid(h) + F.logsigmoid(-h)).sum(1)
        return torch.sigmoid(h), log_q
