"""Decoding, stateless: the sampler options every chain-rule model takes, the logit
filters (temperature, top-k, nucleus/top-p), one categorical draw per piece, and the
quantiser that turns continuous coordinates into tokens and back.

Symbols: K the number of values a piece takes, `logits` the (B, K) scores of the next piece,
tau the temperature, k the top-k cut, p the nucleus mass (Holtzman et al. 2019,
"The Curious Case of Neural Text Degeneration", arXiv:1904.09751).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from genmap.protocol import SamplerOptionError


@dataclass(frozen=True)
class DecodeOptions:
    """Sampler options, checked: `temperature` tau > 0, `top_k` k >= 0 (0 = off),
    `top_p` p in (0, 1] (1 = off), `cache` (transformer only), and prefix completion:
    `prefix` a (n, ...) batch in data space whose first `n_known` pieces (raster order)
    are kept and the rest sampled (default n_known = D // 2: the top half of an image)."""

    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0
    cache: bool = True
    prefix: Tensor | None = None
    n_known: int = 0

    @classmethod
    def parse(cls, options: dict[str, Any], n: int, D: int) -> DecodeOptions:
        tau = float(options.get("temperature", 1.0))
        k = options.get("top_k", 0)
        p = float(options.get("top_p", 1.0))
        if not tau > 0 or not math.isfinite(tau):
            raise SamplerOptionError(f"temperature={tau}; accepted: a positive number")
        if not isinstance(k, int) or isinstance(k, bool) or k < 0:
            raise SamplerOptionError(f"top_k={k!r}; accepted: an integer >= 0 (0 = off)")
        if not 0 < p <= 1:
            raise SamplerOptionError(f"top_p={p}; accepted: a number in (0, 1] (1 = off)")
        prefix, n_known = _prefix(options, n, D)
        return cls(tau, k, p, _flag(options.get("cache", True)), prefix, n_known)


def _flag(value: Any) -> bool:
    accepted = {True: True, False: False, "true": True, "false": False}
    key = value.lower() if isinstance(value, str) else value
    if key not in accepted:  # 1 == True and 0 == False hash alike, so ints 0/1 pass
        raise SamplerOptionError(f"cache={value!r}; accepted: true/false/1/0")
    return accepted[key]


def _prefix(options: dict[str, Any], n: int, D: int) -> tuple[Tensor | None, int]:
    prefix = options.get("prefix")
    if prefix is None:
        if "n_known" in options:
            raise SamplerOptionError("n_known needs a prefix; accepted: prefix=TENSOR, n_known=K")
        return None, 0
    if not isinstance(prefix, Tensor) or prefix.shape[0] != n:
        raise SamplerOptionError(f"prefix must be a tensor of {n} examples in data space")
    n_known = options.get("n_known", D // 2)
    if not isinstance(n_known, int) or not 0 <= n_known <= D:
        raise SamplerOptionError(f"n_known={n_known!r}; accepted: an integer in [0, {D}]")
    return prefix, n_known


def filter_logits(logits: Tensor, tau: float = 1.0, k: int = 0, p: float = 1.0) -> Tensor:
    """(B, K) logits -> (B, K) logits of the tempered, top-k and nucleus-truncated
    distribution; removed values get -inf. The most likely value always survives."""
    if tau != 1:
        logits = logits / tau
    if 0 < k < logits.shape[-1]:
        kth = logits.topk(k, dim=-1).values[:, -1:]  # (B, 1)
        logits = logits.masked_fill(logits < kth, -math.inf)
    if p < 1:
        sorted_l, order = logits.sort(dim=-1, descending=True)
        probs = sorted_l.softmax(-1)
        before = probs.cumsum(-1) - probs  # mass of the more likely values
        drop = torch.zeros_like(before, dtype=torch.bool).scatter(-1, order, before >= p)
        logits = logits.masked_fill(drop, -math.inf)
    return logits


def draw(logits: Tensor, opts: DecodeOptions) -> Tensor:
    """One value per row from the filtered softmax of (B, K) logits, by inverting the CDF
    at u ~ U(0, 1]: tiny changes of the logits (cached vs uncached) keep the same draw."""
    probs = filter_logits(logits.float(), opts.temperature, opts.top_k, opts.top_p).softmax(-1)
    cdf = probs.cumsum(-1)
    cdf = cdf / cdf[:, -1:]  # (B, K), last entry exactly 1
    u = 1 - torch.rand(logits.shape[0], 1, device=logits.device)  # (B, 1) in (0, 1]
    return (cdf < u).sum(-1)


@dataclass(frozen=True)
class Quantiser:
    """Continuous coordinates <-> K equal bins of width w = (high - low) / K on [low, high].

    The model's density is P(bin) / w inside a bin (uniform within it), so
    log p(x) = log P(bins) - D log w, in nats of continuous density; outside [low, high]
    the density is 0."""

    low: float
    high: float
    K: int

    @property
    def width(self) -> float:
        return (self.high - self.low) / self.K

    def inside(self, x: Tensor) -> Tensor:
        return (x >= self.low) & (x <= self.high)

    def bins(self, x: Tensor) -> Tensor:
        """Bin index of each coordinate; points outside go to the nearest edge bin."""
        return ((x - self.low) / self.width).floor().long().clamp(0, self.K - 1)

    def values(self, b: Tensor) -> Tensor:
        """A point drawn uniformly inside each bin."""
        u = torch.rand(b.shape, device=b.device)
        return self.low + (b.float() + u) * self.width
