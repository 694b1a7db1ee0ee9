"""Encoders and decoders of the latent-variable models, MLP or convolutional.

An encoder reads the float encoder input (see `Observation.encoder_input`) and an
optional one-hot label; a decoder returns the observation model's params (B, D, P).
The convolutional pair halves / doubles the resolution once (8x8 <-> 4x4 on digits,
28x28 <-> 14x14 on Fashion-MNIST), which is also the VQ-VAE's token grid.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

from genmap.data import DataSpec
from genmap.nets import MLP
from genmap.protocol import DataMismatch

ARCHS = ("auto", "mlp", "conv")


def resolve_arch(name: str, spec: DataSpec) -> str:
    """`auto` is conv on images with even height and width, mlp otherwise."""
    if name not in ARCHS:
        from genmap.registry import ConfigError  # registry imports this package

        raise ConfigError(f"unknown arch {name!r}; accepted: {', '.join(ARCHS)}")
    conv_ok = spec.kind == "image" and len(spec.shape) == 3 and \
        spec.shape[1] % 2 == 0 and spec.shape[2] % 2 == 0
    if name == "conv" and not conv_ok:
        raise DataMismatch(f"the conv arch needs (C, H, W) images with even H and W, not "
                           f"{spec.kind} of shape {spec.shape}; accepted: arch=mlp")
    if name == "auto":
        return "conv" if conv_ok else "mlp"
    return name


def conv_down(c_in: int, ch: int, dropout: float) -> nn.Sequential:
    """(B, c_in, H, W) -> (B, 2ch, H/2, W/2)."""
    return nn.Sequential(
        nn.Conv2d(c_in, ch, 3, padding=1), nn.SiLU(),
        nn.Conv2d(ch, 2 * ch, 4, stride=2, padding=1), nn.SiLU(), nn.Dropout(dropout),
        nn.Conv2d(2 * ch, 2 * ch, 3, padding=1), nn.SiLU())


def conv_up(c_in: int, ch: int, c_out: int, dropout: float) -> nn.Sequential:
    """(B, c_in, H/2, W/2) -> (B, c_out, H, W)."""
    return nn.Sequential(
        nn.Conv2d(c_in, 2 * ch, 3, padding=1), nn.SiLU(), nn.Dropout(dropout),
        nn.ConvTranspose2d(2 * ch, ch, 4, stride=2, padding=1), nn.SiLU(),
        nn.Conv2d(ch, ch, 3, padding=1), nn.SiLU(),
        nn.Conv2d(ch, c_out, 1))


def pixels_to_params(h: Tensor, C: int, P: int) -> Tensor:
    """(B, C*P, H, W) conv output -> (B, D, P) with D in the data's (C, H, W) order."""
    B, _, H, W = h.shape
    h = h.reshape(B, C, P, H, W).permute(0, 1, 3, 4, 2)  # (B, C, H, W, P)
    return h.reshape(B, C * H * W, P)


def _with_label(h: Tensor, y: Tensor | None) -> Tensor:
    """Append the one-hot label to the features, when there is one."""
    return h if y is None else torch.cat([h, y.to(h.dtype)], dim=-1)


class Encoder(nn.Module):
    """x (and a one-hot label) -> a vector of `d_out` numbers, e.g. (mu, log_var)."""

    def __init__(self, arch: str, spec: DataSpec, in_dim: int, d_out: int, n_cond: int,
                 width: int, depth: int, channels: int, dropout: float) -> None:
        super().__init__()
        self.arch = arch
        if arch == "conv":
            C, H, W = spec.shape
            self.trunk: nn.Module = conv_down(C, channels, dropout)
            self.head = nn.Linear(2 * channels * (H // 2) * (W // 2) + n_cond, d_out)
        else:
            self.trunk = nn.Flatten(1)
            self.head = MLP(in_dim + n_cond, d_out, width, depth, dropout)

    def forward(self, x_in: Tensor, y: Tensor | None = None) -> Tensor:
        h = self.trunk(x_in).flatten(1)  # (B, features)
        return self.head(_with_label(h, y))


class Decoder(nn.Module):
    """z (and a one-hot label) -> observation params (B, D, P)."""

    def __init__(self, arch: str, spec: DataSpec, d_in: int, P: int, width: int, depth: int,
                 channels: int, dropout: float) -> None:
        super().__init__()
        self.arch, self.D, self.P = arch, spec.dim, P
        if arch == "conv":
            C, H, W = spec.shape
            self.grid = (2 * channels, H // 2, W // 2)
            self.stem: nn.Module = nn.Sequential(
                nn.Linear(d_in, 2 * channels * (H // 2) * (W // 2)), nn.SiLU())
            self.body: nn.Module = conv_up(2 * channels, channels, C * P, dropout)
        else:
            self.stem = MLP(d_in, spec.dim * P, width, depth, dropout)
            self.body = nn.Identity()

    def forward(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        h = self.stem(_with_label(z, y))
        if self.arch == "conv":
            h = self.body(h.reshape(-1, *self.grid))  # (B, 2ch, H/2, W/2) -> (B, C*P, H, W)
            return pixels_to_params(h, h.shape[1] // self.P, self.P)
        return h.reshape(-1, self.D, self.P)  # (B, D, P)
