"""Gated PixelCNN (van den Oord et al. 2016, "Conditional Image Generation with PixelCNN
Decoders", arXiv:1606.05328), the causal-convolution form of the chain rule over pixels.

Masked convolutions make output (i, j) see only pixels before (i, j) in raster order.
A single masked k x k convolution stacked L times leaves a blind spot (pixels above and
to the right that never enter the receptive field); the fix is two stacks:

- vertical stack v: sees every pixel in the rows above (a (k//2 + 1) x k window whose
  first layer excludes the current row), so it has no blind spot upward;
- horizontal stack h: sees the pixels to the left in the current row (a 1 x (k//2 + 1)
  window; the first layer excludes the current pixel, "mask A", later ones include it,
  "mask B") plus v at the same position, which only carries rows above.

Each layer is gated, y = tanh(W_f * x + V_f c) * sigmoid(W_g * x + V_g c), with the
class c entering as a bias (V c); h has a residual connection."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor, nn

from genmap.autoregressive.base import Autoregressive
from genmap.autoregressive.decoding import DecodeOptions
from genmap.card import Card
from genmap.data import DataSpec
from genmap.protocol import DataMismatch, ModelConfig


class MaskedConv2d(nn.Conv2d):
    """A 'same' convolution whose kernel is multiplied by a fixed 0/1 mask."""

    def __init__(self, c_in: int, c_out: int, mask: Tensor, dilation: int = 1) -> None:
        kh, kw = mask.shape
        super().__init__(c_in, c_out, (kh, kw), dilation=dilation,
                         padding=(dilation * (kh - 1) // 2, dilation * (kw - 1) // 2))
        self.register_buffer("mask", mask[None, None].clone(), persistent=False)

    def forward(self, x: Tensor) -> Tensor:
        return self._conv_forward(x, self.weight * self.mask, self.bias)


def vertical_mask(k: int, exclude_row: bool) -> Tensor:
    """k x k: rows above the centre, and the centre row unless `exclude_row`."""
    m = torch.zeros(k, k)
    m[: k // 2 + (0 if exclude_row else 1)] = 1
    return m


def horizontal_mask(k: int, exclude_centre: bool) -> Tensor:
    """1 x k: pixels left of the centre, and the centre unless `exclude_centre` (mask A)."""
    m = torch.zeros(1, k)
    m[0, : k // 2 + (0 if exclude_centre else 1)] = 1
    return m


class GatedMaskedConv(nn.Module):
    """One gated layer of both stacks (van den Oord et al. 2016, Fig. 2)."""

    def __init__(self, c: int, k: int, n_labels: int, dilation: int, dropout: float) -> None:
        super().__init__()
        self.v = MaskedConv2d(c, 2 * c, vertical_mask(k, False), dilation)
        self.h = MaskedConv2d(c, 2 * c, horizontal_mask(k, False), dilation)
        self.v_to_h = nn.Conv2d(2 * c, 2 * c, 1)
        self.h_out = nn.Conv2d(c, c, 1)
        self.label_v, self.label_h = nn.Embedding(n_labels, 2 * c), nn.Embedding(n_labels, 2 * c)
        self.drop = nn.Dropout(dropout)

    def forward(self, v: Tensor, h: Tensor, s: Tensor) -> tuple[Tensor, Tensor]:
        v_f = self.v(v) + self.label_v(s)[:, :, None, None]  # (B, 2c, H, W)
        h_f = self.h(h) + self.v_to_h(v_f) + self.label_h(s)[:, :, None, None]
        return gate(v_f), h + self.h_out(self.drop(gate(h_f)))


def gate(f: Tensor) -> Tensor:
    """tanh(first half) * sigmoid(second half) over channels."""
    a, b = f.chunk(2, dim=1)
    return a.tanh() * b.sigmoid()


class GatedPixelCNNNet(nn.Module):
    """(B, H, W) pixel values and (B,) label ids -> (B, K, H, W) logits."""

    def __init__(self, K: int, n_labels: int, c: int, layers: int, k: int,
                 dropout: float) -> None:
        super().__init__()
        self.embed = nn.Embedding(K, c)
        self.v_in = MaskedConv2d(c, c, vertical_mask(k, True))
        self.h_in = MaskedConv2d(c, c, horizontal_mask(k, True))
        self.layers = nn.ModuleList(GatedMaskedConv(c, k, n_labels, 1 + i % 2, dropout)
                                    for i in range(layers))
        self.out = nn.Sequential(nn.ELU(), nn.Conv2d(c, K, 1))

    def forward(self, x: Tensor, s: Tensor) -> Tensor:
        e = self.embed(x).permute(0, 3, 1, 2)  # (B, H, W, c) -> (B, c, H, W)
        v, h = self.v_in(e), self.h_in(e)
        for layer in self.layers:
            v, h = layer(v, h, s)
        return self.out(h)


@dataclass
class PixelCNNConfig(ModelConfig):
    channels: int = 32
    layers: int = 6
    """Gated layers after the mask-A input layer; dilations alternate 1, 2."""
    kernel: int = 3
    dropout: float = 0.1
    label_dropout: float = 0.2
    """Probability of replacing the label by the null label in training."""


class PixelCNN(Autoregressive):
    Config = PixelCNNConfig

    def __init__(self, config: PixelCNNConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        if config.kernel < 3 or config.kernel % 2 == 0:
            raise ValueError(f"kernel={config.kernel}; accepted: an odd integer >= 3")
        self.H, self.W = spec.shape[1:]
        self.net = GatedPixelCNNNet(self.K, self.C + 1, config.channels, config.layers,
                                    config.kernel, config.dropout)

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.kind != "image" or not spec.discrete or len(spec.shape) != 3 \
                or spec.shape[0] != 1:
            raise DataMismatch(f"pixelcnn models one-channel discrete images (C, H, W) = "
                               f"(1, H, W); {spec.name} is {spec.kind} {spec.shape} with "
                               f"levels {spec.levels}")

    @property
    def card(self) -> Card:
        return Card(name="pixelcnn", paradigms=("autoregressive",),
                    objective=("next-token NLL",), divergence="forward KL",
                    sampler="sequential ancestral", nfe="D", likelihood="exact",
                    notes=("gated masked convolutions, vertical + horizontal stacks "
                           "(no blind spot)", "one full pass per pixel when sampling"))

    def logits(self, x: Tensor, s: Tensor) -> Tensor:
        B = x.shape[0]
        logits = self.net(x.view(B, self.H, self.W), s - self.K)  # (B, K, H, W)
        return logits.flatten(2).transpose(1, 2)  # (B, D, K)

    def decode(self, x: Tensor, s: Tensor, n_known: int, opts: DecodeOptions) -> Tensor:
        B, c = x.shape[0], s - self.K  # label ids in [0, C]; C is the null label
        for t in range(n_known, self.D):
            logits = self.net(x.view(B, self.H, self.W), c)  # (B, K, H, W)
            x[:, t] = self.draw(logits.flatten(2)[:, :, t], opts)
        return x
