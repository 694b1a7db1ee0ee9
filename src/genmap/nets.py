"""Function approximators shared by the paradigms. Each paradigm file builds its model
from these; a net knows nothing about the objective it is trained with."""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn


class MLP(nn.Sequential):
    """in -> [Linear, activation, dropout] x depth -> out."""

    def __init__(self, d_in: int, d_out: int, width: int = 256, depth: int = 3,
                 dropout: float = 0.0, act: type[nn.Module] = nn.SiLU) -> None:
        layers: list[nn.Module] = []
        d = d_in
        for _ in range(depth):
            layers += [nn.Linear(d, width), act(), nn.Dropout(dropout)]
            d = width
        layers.append(nn.Linear(d, d_out))
        super().__init__(*layers)


def sinusoidal_embedding(t: Tensor, dim: int, max_period: float = 10_000.0) -> Tensor:
    """(B,) times or noise levels -> (B, dim) sinusoidal features (Transformer / DDPM)."""
    half = dim // 2
    freqs = torch.exp(-math.log(max_period) * torch.arange(half, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]  # (B, half)
    emb = torch.cat([args.cos(), args.sin()], dim=-1)
    return nn.functional.pad(emb, (0, dim % 2))


def append_dims(x: Tensor, ndim: int) -> Tensor:
    """Append trailing singleton dims so a (B,) tensor broadcasts against a (B, ...) one."""
    return x.reshape(*x.shape, *([1] * (ndim - x.ndim)))
