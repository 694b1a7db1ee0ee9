"""The two players' networks: MLPs for vectors and one-hot text, DCGAN-style strided
convolutions for images (Radford et al. 2015, arXiv:1511.06434), spectral normalisation
of the discriminator (Miyato et al. 2018, arXiv:1802.05957), and the projection
discriminator for class-conditional games (Miyato & Koyama 2018, arXiv:1802.05637):

    D(x, y) = psi(phi(x)) + embed(y)^T phi(x)

with phi the discriminator's features and psi a linear head.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn
from torch.nn.utils.parametrizations import spectral_norm

from genmap.nets import MLP


def halvings(H: int, W: int) -> int:
    """How many times a DCGAN stage halves (H, W) on the way down: while both are even
    and above 4 (8x8 -> 4x4: 1; 28x28 -> 7x7: 2; 32x32 -> 4x4: 3)."""
    n = 0
    while H % 2 == 0 and W % 2 == 0 and min(H, W) > 4:
        H, W, n = H // 2, W // 2, n + 1
    return n


class DCGANGenerator(nn.Module):
    """z (B, d_in) -> linear -> (c0, H/2^n, W/2^n) -> n x [ReLU, ConvT 4x4 stride 2] ->
    ReLU, conv 3x3 -> (B, C, H, W) unbounded (the caller applies the output map)."""

    def __init__(self, d_in: int, shape: tuple[int, ...], channels: int) -> None:
        super().__init__()
        C, H, W = shape
        n = halvings(H, W)
        self.c0, self.h0, self.w0 = channels * 2**n, H // 2**n, W // 2**n
        self.fc = nn.Linear(d_in, self.c0 * self.h0 * self.w0)
        layers: list[nn.Module] = []
        c = self.c0
        for _ in range(n):
            layers += [nn.ReLU(), nn.ConvTranspose2d(c, c // 2, 4, 2, 1)]
            c //= 2
        layers += [nn.ReLU(), nn.Conv2d(c, C, 3, padding=1)]
        self.net = nn.Sequential(*layers)

    def forward(self, z: Tensor) -> Tensor:
        h = self.fc(z).view(-1, self.c0, self.h0, self.w0)  # (B, c0, h0, w0)
        return self.net(h)  # (B, C, H, W)


def dcgan_features(shape: tuple[int, ...], channels: int, dropout: float) -> tuple[nn.Module, int]:
    """x (B, C, H, W) -> conv 3x3 -> n x [conv 4x4 stride 2, LeakyReLU 0.2] -> (B, F)."""
    C, H, W = shape
    n = halvings(H, W)
    layers: list[nn.Module] = [nn.Conv2d(C, channels, 3, padding=1), nn.LeakyReLU(0.2)]
    c = channels
    for _ in range(n):
        layers += [nn.Conv2d(c, 2 * c, 4, 2, 1), nn.LeakyReLU(0.2), nn.Dropout(dropout)]
        c *= 2
    layers.append(nn.Flatten())
    return nn.Sequential(*layers), c * (H // 2**n) * (W // 2**n)


def mlp_features(d_in: int, width: int, depth: int, dropout: float) -> tuple[nn.Module, int]:
    """x (B, ...) -> flatten -> depth x [Linear, LeakyReLU 0.2, Dropout] -> (B, width)."""
    layers: list[nn.Module] = [nn.Flatten()]
    d = d_in
    for _ in range(depth):
        layers += [nn.Linear(d, width), nn.LeakyReLU(0.2), nn.Dropout(dropout)]
        d = width
    return nn.Sequential(*layers), d


class ProjectionDiscriminator(nn.Module):
    """D(x, y) = psi(phi(x)) + embed(y)^T phi(x); unconditional when num_classes is None."""

    def __init__(self, features: nn.Module, d_feat: int, num_classes: int | None) -> None:
        super().__init__()
        self.phi = features
        self.psi = nn.Linear(d_feat, 1)
        self.embed = None if num_classes is None else nn.Embedding(num_classes, d_feat)
        if self.embed is not None:
            nn.init.normal_(self.embed.weight, std=1 / math.sqrt(d_feat))

    def forward(self, x: Tensor, y: Tensor | None = None) -> Tensor:
        h = self.phi(x)  # (B, F)
        out = self.psi(h).squeeze(1)  # (B,)
        if self.embed is not None:
            if y is None:
                raise ValueError("a class-conditional discriminator needs labels y (B,)")
            out = out + (self.embed(y) * h).sum(1)
        return out


def apply_spectral_norm(module: nn.Module) -> nn.Module:
    """Constrain every Linear, Conv and Embedding weight of `module` to spectral norm 1
    by one power iteration per forward pass (Miyato et al. 2018)."""
    for m in list(module.modules()):
        if isinstance(m, (nn.Linear, nn.Conv2d, nn.Embedding)):
            spectral_norm(m)
    return module


class Generator(nn.Module):
    """G(z, y): noise (B, z_dim), with a label embedding concatenated when conditional,
    -> the body's unbounded output (B, *out_shape)."""

    def __init__(self, body: nn.Module, num_classes: int | None, label_dim: int,
                 out_shape: tuple[int, ...]) -> None:
        super().__init__()
        self.body = body
        self.embed = None if num_classes is None else nn.Embedding(num_classes, label_dim)
        self.out_shape = out_shape

    def forward(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        if self.embed is not None:
            if y is None:
                raise ValueError("a class-conditional generator needs labels y (B,)")
            z = torch.cat([z, self.embed(y)], dim=1)  # (B, z_dim + label_dim)
        return self.body(z).reshape(-1, *self.out_shape)


def mlp_generator(d_in: int, d_out: int, width: int, depth: int) -> nn.Module:
    return MLP(d_in, d_out, width=width, depth=depth, act=nn.ReLU)
