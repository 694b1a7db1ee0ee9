"""Invertible layers. Each `Bijection` maps x -> (z, log|det dz/dx|) per example and back
with `inverse`, preserving the shape of one example: (B, C, H, W) for images, (B, D) for
vectors (the channel dimension is dim 1 in both). `Squeeze`/`Split` build RealNVP's and
Glow's multi-scale architecture out of shape-preserving pieces, so a whole flow is one
bijection from data space to a standard normal of the same shape.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn

from genmap.nets import MLP, rank_sums


class Bijection(nn.Module):
    """x -> (z, log_det) with log_det of shape (B,); `inverse` maps z back to x."""

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        raise NotImplementedError

    def inverse(self, z: Tensor) -> Tensor:
        raise NotImplementedError


class Compose(Bijection):
    """f_L ∘ ... ∘ f_1; log-determinants add."""

    def __init__(self, *layers: Bijection) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        log_det = x.new_zeros(x.shape[0])
        for f in self.layers:
            x, ld = f(x)
            log_det = log_det + ld
        return x, log_det

    def inverse(self, z: Tensor) -> Tensor:
        for f in reversed(self.layers):
            z = f.inverse(z)
        return z


def soft_clamp(s: Tensor, bound: float) -> Tensor:
    """bound · tanh(s / bound): a log-scale that is ≈ s near 0 and never beyond ±bound."""
    return bound * torch.tanh(s / bound)


def _spatial(x: Tensor) -> int:
    """Number of positions sharing one channel's parameters (1 for vectors)."""
    return math.prod(x.shape[2:])


def _per_channel(p: Tensor, x: Tensor) -> Tensor:
    """(C,) -> (1, C, 1, ...) to broadcast against x."""
    return p.reshape(1, -1, *([1] * (x.dim() - 2)))


class ActNorm(Bijection):
    """Glow's activation normalisation (Kingma & Dhariwal 2018, arXiv:1807.03039, §3.1):
    z = (x - b) · exp(log_s) per channel, initialised from the first training batch so that
    z has zero mean and unit variance per channel (averaged over ranks under DDP)."""

    def __init__(self, C: int) -> None:
        super().__init__()
        self.b = nn.Parameter(torch.zeros(C))
        self.log_s = nn.Parameter(torch.zeros(C))
        self.register_buffer("initialized", torch.tensor(False))

    @torch.no_grad()
    def initialize(self, x: Tensor) -> None:
        dims = [0, *range(2, x.dim())]
        n, s1, s2 = rank_sums(x, dims)  # (C,) each, over every rank's batch
        mean, sq = s1 / n, s2 / n
        std = (sq - mean**2).clamp_min(0).sqrt()
        self.b.copy_(mean)
        self.log_s.copy_(-torch.log(std + 1e-6))
        self.initialized.fill_(True)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        if self.training and not bool(self.initialized):
            self.initialize(x)
        z = (x - _per_channel(self.b, x)) * _per_channel(self.log_s.exp(), x)
        return z, (self.log_s.sum() * _spatial(x)).expand(x.shape[0])

    def inverse(self, z: Tensor) -> Tensor:
        return z * _per_channel((-self.log_s).exp(), z) + _per_channel(self.b, z)


class InvertibleLinearLU(Bijection):
    """Glow's invertible 1×1 convolution in LU form (§3.2): W = P L (U + diag(sign · exp(log_s)))
    with P a fixed permutation, L unit lower triangular, U strictly upper triangular, so
    log|det W| = Σ log_s. On vectors it is an invertible linear layer; on images it mixes
    channels at every pixel (log-det times H·W)."""

    def __init__(self, C: int) -> None:
        super().__init__()
        W0 = torch.linalg.qr(torch.randn(C, C))[0]  # a random rotation
        P, L, U = torch.linalg.lu(W0)
        d = torch.diagonal(U)
        self.register_buffer("P", P)
        self.register_buffer("sign_s", torch.sign(d))
        self.register_buffer("lower", torch.tril(torch.ones(C, C), -1))
        self.L = nn.Parameter(L)
        self.U = nn.Parameter(torch.triu(U, 1))
        self.log_s = nn.Parameter(d.abs().log())

    def weight(self) -> Tensor:
        eye = torch.eye(self.P.shape[0], dtype=self.P.dtype, device=self.P.device)
        L = self.L * self.lower + eye
        U = self.U * self.lower.T + torch.diag(self.sign_s * self.log_s.exp())
        return self.P @ L @ U

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        z = torch.einsum("ij,bj...->bi...", self.weight(), x)
        return z, (self.log_s.sum() * _spatial(x)).expand(x.shape[0])

    def inverse(self, z: Tensor) -> Tensor:
        return torch.einsum("ij,bj...->bi...", torch.linalg.inv(self.weight()), z)


class Squeeze(Bijection):
    """Space to depth (RealNVP §3.6): (B, C, H, W) -> (B, 4C, H/2, W/2); volume preserving."""

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        B, C, H, W = x.shape
        z = x.reshape(B, C, H // 2, 2, W // 2, 2)  # (B, C, H/2, 2, W/2, 2)
        z = z.permute(0, 1, 3, 5, 2, 4)  # (B, C, 2, 2, H/2, W/2)
        return z.reshape(B, 4 * C, H // 2, W // 2), x.new_zeros(B)

    def inverse(self, z: Tensor) -> Tensor:
        B, C4, H, W = z.shape
        x = z.reshape(B, C4 // 4, 2, 2, H, W).permute(0, 1, 4, 2, 5, 3)  # (B, C, H, 2, W, 2)
        return x.reshape(B, C4 // 4, 2 * H, 2 * W)


class Unsqueeze(Squeeze):
    """Depth to space: the inverse of Squeeze."""

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        return Squeeze.inverse(self, x), x.new_zeros(x.shape[0])

    def inverse(self, z: Tensor) -> Tensor:
        return Squeeze.forward(self, z)[0]


class Flatten(Bijection):
    """(B, *shape) -> (B, D), so vector flows (NSF, MAF) run on images."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        return x.flatten(1), x.new_zeros(x.shape[0])

    def inverse(self, z: Tensor) -> Tensor:
        return z.reshape(z.shape[0], *self.shape)


class Split(Bijection):
    """RealNVP's factoring out (§3.6): the first half of the channels goes to the base
    distribution as it is; `inner` transforms the second half further."""

    def __init__(self, inner: Bijection) -> None:
        super().__init__()
        self.inner = inner

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor]:
        x1, x2 = x.chunk(2, dim=1)
        z2, log_det = self.inner(x2)
        return torch.cat([x1, z2], dim=1), log_det

    def inverse(self, z: Tensor) -> Tensor:
        z1, z2 = z.chunk(2, dim=1)
        return torch.cat([z1, self.inner.inverse(z2)], dim=1)


# ---------------------------------------------------------------- masks and conditioners


def checkerboard_mask(C: int, H: int, W: int, parity: int) -> Tensor:
    """(C, H, W) ones where (i + j + parity) is even: RealNVP's spatial checkerboard."""
    i, j = torch.meshgrid(torch.arange(H), torch.arange(W), indexing="ij")
    return ((i + j + parity) % 2 == 0).float().expand(C, H, W).clone()


def channel_mask(C: int, H: int, W: int, parity: int) -> Tensor:
    """(C, H, W) ones on the first half of the channels (second half if parity is 1)."""
    m = (torch.arange(C) < C // 2).float()
    m = 1 - m if parity else m
    return m.reshape(C, 1, 1).expand(C, H, W).clone()


def alternating_mask(D: int, parity: int) -> Tensor:
    """(D,) ones on even coordinates (odd if parity is 1): RealNVP's mask for vectors."""
    return ((torch.arange(D) + parity) % 2 == 0).float()


def half_mask(D: int, parity: int) -> Tensor:
    """(D,) ones on the first half of the coordinates (second half if parity is 1)."""
    m = (torch.arange(D) < (D + 1) // 2).float()
    return 1 - m if parity else m


def zero_last(net: nn.Sequential) -> nn.Sequential:
    """Zero the last layer, so the coupling it drives starts as the identity (Glow §3.3)."""
    last = net[-1]
    nn.init.zeros_(last.weight)
    nn.init.zeros_(last.bias)
    return net


def coupling_mlp(d_in: int, d_out: int, hidden: int, dropout: float) -> nn.Sequential:
    return zero_last(MLP(d_in, d_out, width=hidden, depth=2, dropout=dropout, act=nn.ReLU))


def coupling_convnet(c_in: int, c_out: int, hidden: int, dropout: float) -> nn.Sequential:
    """3×3 conv, 1×1 conv, 3×3 conv: the conditioner of RealNVP's and Glow's image couplings."""
    return zero_last(nn.Sequential(
        nn.Conv2d(c_in, hidden, 3, padding=1), nn.ReLU(), nn.Dropout(dropout),
        nn.Conv2d(hidden, hidden, 1), nn.ReLU(), nn.Dropout(dropout),
        nn.Conv2d(hidden, c_out, 3, padding=1)))


class AffineCoupling(Bijection):
    """RealNVP's affine coupling (Dinh et al. 2017, arXiv:1605.08803, eqs. 7-9) with a mask b:
    z = b ⊙ x + (1 - b) ⊙ (x ⊙ exp(s(b ⊙ x)) + t(b ⊙ x)),  log|det| = Σ (1 - b) ⊙ s.
    s is soft-clamped to ±clamp. An optional context (B, D_c) is appended to the
    conditioner's input (vectors only), for conditional flows such as Flow++'s q(u | x)."""

    def __init__(self, mask: Tensor, net: nn.Module, clamp: float) -> None:
        super().__init__()
        self.register_buffer("mask", mask)
        self.net, self.clamp = net, clamp

    def _scale_shift(self, x_b: Tensor, ctx: Tensor | None) -> tuple[Tensor, Tensor]:
        h = self.net(x_b if ctx is None else torch.cat([x_b, ctx], dim=1))
        s, t = h.chunk(2, dim=1)
        keep = 1 - self.mask
        return soft_clamp(s, self.clamp) * keep, t * keep

    def forward(self, x: Tensor, ctx: Tensor | None = None) -> tuple[Tensor, Tensor]:
        s, t = self._scale_shift(x * self.mask, ctx)
        return x * s.exp() + t, s.flatten(1).sum(1)

    def inverse(self, z: Tensor, ctx: Tensor | None = None) -> Tensor:
        s, t = self._scale_shift(z * self.mask, ctx)
        return (z - t) * (-s).exp()
