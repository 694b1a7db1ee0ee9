"""The bridge between flows and autoregressive models: MADE and MAF.

MADE (Germain et al. 2015, arXiv:1502.03509) masks an MLP's weights so that output d
depends only on inputs that come before d in a chosen order: one pass gives every
conditional. MAF (Papamakarios et al. 2017, arXiv:1705.07057) uses it as a flow:

    z_d = (x_d - μ_d(x_<d)) · exp(-α_d(x_<d)),   log|det ∂z/∂x| = -Σ_d α_d,

so the density needs one pass, while sampling inverts it one coordinate at a time,
x_d = z_d · exp(α_d) + μ_d: D passes. (IAF is the same layer read the other way round.)
With a rational-quadratic spline in place of the affine map, each z_d = RQS(x_d; θ_d(x_<d)),
this is the autoregressive neural spline flow (Durkan et al. 2019, arXiv:1906.04032, sec. 3.3).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from genmap.flow.layers import Bijection, soft_clamp
from genmap.flow.spline import rational_quadratic_spline


class MaskedLinear(nn.Linear):
    """A linear layer whose weight is multiplied by a fixed 0/1 mask (d_out, d_in)."""

    def __init__(self, mask: Tensor) -> None:
        super().__init__(mask.shape[1], mask.shape[0])
        self.register_buffer("mask", mask.float())

    def forward(self, x: Tensor) -> Tensor:
        return F.linear(x, self.weight * self.mask, self.bias)


class MADE(nn.Module):
    """(B, D) -> (B, n_out, D); output [:, :, d] sees only inputs before d in the order
    1..D (or D..1 when `reverse`). Hidden unit k has degree m_k in [1, D-1]: it may see
    inputs of degree <= m_k; output of degree d may see hidden units with m_k < d."""

    def __init__(self, D: int, hidden: int, depth: int, n_out: int, reverse: bool,
                 dropout: float) -> None:
        super().__init__()
        degrees = torch.arange(1, D + 1)
        self.degrees = degrees.flip(0) if reverse else degrees
        self.D, self.n_out = D, n_out
        layers: list[nn.Module] = []
        previous = self.degrees
        for _ in range(depth):
            m = torch.arange(hidden) % max(D - 1, 1) + 1  # (hidden,)
            layers += [MaskedLinear(m[:, None] >= previous[None, :]), nn.ReLU(),
                       nn.Dropout(dropout)]
            previous = m
        out = self.degrees.repeat(n_out)  # (n_out * D,): output j*D + d has degree of d
        last = MaskedLinear(out[:, None] > previous[None, :])
        nn.init.zeros_(last.weight)
        nn.init.zeros_(last.bias)
        self.net = nn.Sequential(*layers, last)

    def forward(self, x: Tensor) -> Tensor:
        return self.net(x).reshape(x.shape[0], self.n_out, self.D)  # (B, n_out, D)


class MAFLayer(Bijection):
    """One MAF layer: a MADE predicting (μ, α), α soft-clamped to ±clamp."""

    def __init__(self, made: MADE, clamp: float) -> None:
        super().__init__()
        self.made, self.clamp = made, clamp

    def _shift_log_scale(self, x: Tensor) -> tuple[Tensor, Tensor]:
        mu, alpha = self.made(x).unbind(1)  # (B, D) each
        return mu, soft_clamp(alpha, self.clamp)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        mu, alpha = self._shift_log_scale(x)
        return (x - mu) * (-alpha).exp(), -alpha.sum(1)

    def inverse(self, z: Tensor) -> Tensor:
        x = torch.zeros_like(z)
        for _ in range(z.shape[1]):  # after pass d the first d coordinates (in order) are exact
            mu, alpha = self._shift_log_scale(x)
            x = z * alpha.exp() + mu
        return x


class MAFSplineLayer(Bijection):
    """One autoregressive spline layer: a MADE predicting, for every coordinate d, the K
    widths, K heights and K-1 derivatives of the spline that moves x_d (identity outside
    [-B, B]); a zeroed MADE output makes the layer the identity."""

    def __init__(self, made: MADE, bins: int, tail_bound: float) -> None:
        super().__init__()
        self.made, self.K, self.B = made, bins, tail_bound

    def _spline(self, v: Tensor, x: Tensor, inverse: bool) -> tuple[Tensor, Tensor]:
        """Move v with the splines conditioned on x (x = v going forward)."""
        K = self.K
        p = self.made(x).transpose(1, 2)  # (B, 3K-1, D) -> (B, D, 3K-1)
        uw, uh, ud = p.split([K, K, K - 1], dim=-1)
        y, lad = rational_quadratic_spline(v, uw, uh, ud, self.B, inverse)
        return y, lad.sum(1)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        return self._spline(x, x, inverse=False)

    def inverse(self, z: Tensor) -> Tensor:
        x = torch.zeros_like(z)
        for _ in range(z.shape[1]):  # after pass d the first d coordinates (in order) are exact
            x = self._spline(z, x, inverse=True)[0]
        return x
