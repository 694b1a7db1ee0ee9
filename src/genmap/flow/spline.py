"""Rational-quadratic splines (Durkan et al. 2019, Neural Spline Flows, arXiv:1906.04032).

On [-B, B] the map is a monotone rational-quadratic spline through K+1 knots
(x^k, y^k) with derivatives δ^k > 0 at the knots; outside it is the identity (the
"linear tails"), with the boundary derivatives fixed to 1 so the map is C¹ at ±B. In bin k,
with ξ = (x - x^k)/w^k and s^k = h^k/w^k (eq. 4):

    y = y^k + h^k [s^k ξ² + δ^k ξ(1-ξ)] / [s^k + (δ^{k+1} + δ^k - 2 s^k) ξ(1-ξ)]

and its derivative (eq. 5) gives the log-determinant. The inverse solves the quadratic
a ξ² + b ξ + c = 0 in its numerically stable form ξ = 2c / (-b - √(b² - 4ac)) (eq. 6).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from genmap.flow.layers import Bijection

MIN_WIDTH = MIN_HEIGHT = MIN_DERIVATIVE = 1e-3
_ONE = math.log(math.expm1(1 - MIN_DERIVATIVE))
"""softplus(_ONE) + MIN_DERIVATIVE = 1: a raw derivative of 0 means slope 1, so a zeroed
conditioner makes the spline the identity."""


def _knots(unnormalised: Tensor, B: float, minimum: float) -> tuple[Tensor, Tensor]:
    """(..., K) raw bin sizes -> knot positions (..., K+1) from -B to B and sizes (..., K)."""
    K = unnormalised.shape[-1]
    size = minimum + (1 - minimum * K) * unnormalised.softmax(-1)
    inner = (2 * B * size.cumsum(-1) - B)[..., :-1]  # (..., K-1)
    ends = torch.full_like(size[..., :1], B)
    knots = torch.cat([-ends, inner, ends], dim=-1)  # (..., K+1)
    return knots, knots[..., 1:] - knots[..., :-1]


def _bin(knots: Tensor, v: Tensor) -> Tensor:
    """Index k of the bin holding v, in [0, K)."""
    return ((v[..., None] >= knots).sum(-1) - 1).clamp(0, knots.shape[-1] - 2)


def rational_quadratic_spline(x: Tensor, uw: Tensor, uh: Tensor, ud: Tensor, B: float,
                              inverse: bool = False) -> tuple[Tensor, Tensor]:
    """Elementwise spline of x (...) with raw widths uw, heights uh (..., K) and interior
    derivatives ud (..., K-1); identity outside [-B, B]. Returns (y, log|dy/dx|)."""
    inside = (x > -B) & (x < B)
    xc = x.clamp(-B, B)  # the spline branch is evaluated everywhere, only used inside
    cw, w = _knots(uw, B, MIN_WIDTH)
    ch, h = _knots(uh, B, MIN_HEIGHT)
    d = MIN_DERIVATIVE + F.softplus(F.pad(ud, (1, 1)) + _ONE)  # (..., K+1), 1 at ±B
    k = _bin(ch if inverse else cw, xc)[..., None]

    def at(t: Tensor, offset: int = 0) -> Tensor:
        return t.gather(-1, k + offset)[..., 0]

    xk, wk, yk, hk, dk, dk1 = at(cw), at(w), at(ch), at(h), at(d), at(d, 1)
    sk = hk / wk
    if inverse:
        y, lad = _inverse_bin(xc, xk, wk, yk, hk, sk, dk, dk1)
    else:
        y, lad = _forward_bin(xc, xk, wk, yk, hk, sk, dk, dk1)
    return torch.where(inside, y, x), torch.where(inside, lad, torch.zeros_like(lad))


def _log_slope(xi: Tensor, sk: Tensor, dk: Tensor, dk1: Tensor) -> Tensor:
    """log dy/dx inside a bin at position ξ (eq. 5)."""
    xi1 = xi * (1 - xi)
    den = sk + (dk1 + dk - 2 * sk) * xi1
    num = sk**2 * (dk1 * xi**2 + 2 * sk * xi1 + dk * (1 - xi) ** 2)
    return num.log() - 2 * den.log()


def _forward_bin(x: Tensor, xk: Tensor, wk: Tensor, yk: Tensor, hk: Tensor, sk: Tensor,
                 dk: Tensor, dk1: Tensor) -> tuple[Tensor, Tensor]:
    xi = ((x - xk) / wk).clamp(0, 1)
    xi1 = xi * (1 - xi)
    y = yk + hk * (sk * xi**2 + dk * xi1) / (sk + (dk1 + dk - 2 * sk) * xi1)
    return y, _log_slope(xi, sk, dk, dk1)


def _inverse_bin(y: Tensor, xk: Tensor, wk: Tensor, yk: Tensor, hk: Tensor, sk: Tensor,
                 dk: Tensor, dk1: Tensor) -> tuple[Tensor, Tensor]:
    dy = y - yk
    c2 = dk1 + dk - 2 * sk
    a = hk * (sk - dk) + dy * c2
    b = hk * dk - dy * c2
    c = -sk * dy
    disc = (b**2 - 4 * a * c).clamp_min(0)
    xi = (2 * c / (-b - disc.sqrt())).clamp(0, 1)
    return xi * wk + xk, -_log_slope(xi, sk, dk, dk1)


class RQSplineCoupling(Bijection):
    """Coupling layer of a neural spline flow on vectors (B, D): the coordinates where the
    mask is 0 go through a rational-quadratic spline whose K widths, K heights and K-1
    derivatives are predicted from the coordinates where the mask is 1."""

    def __init__(self, mask: Tensor, net: nn.Module, bins: int, tail_bound: float) -> None:
        super().__init__()
        self.register_buffer("kept", mask.nonzero()[:, 0])
        self.register_buffer("moved", (mask == 0).nonzero()[:, 0])
        self.net, self.K, self.B = net, bins, tail_bound

    def _spline(self, v: Tensor, inverse: bool) -> tuple[Tensor, Tensor]:
        K, moved = self.K, self.moved
        p = self.net(v[:, self.kept]).reshape(v.shape[0], len(moved), 3 * K - 1)  # (B, D', 3K-1)
        uw, uh, ud = p.split([K, K, K - 1], dim=-1)
        y, lad = rational_quadratic_spline(v[:, moved], uw, uh, ud, self.B, inverse)
        return v.index_copy(1, moved, y), lad.sum(1)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        return self._spline(x, inverse=False)

    def inverse(self, z: Tensor) -> Tensor:
        return self._spline(z, inverse=True)[0]
