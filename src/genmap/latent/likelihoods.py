"""Observation models p(x | z) matched to the data, and the Gaussian pieces of the ELBO.

A decoder network outputs `params` of shape (B, D, P), P numbers per data dimension;
an `Observation` turns them into a distribution over the data:

- categorical: P = K logits over the K levels of discrete data (images or text);
- logistic: the discretized logistic of PixelCNN++ (Salimans et al. 2017,
  arXiv:1701.05517), P = 2 (mean, log scale) on levels mapped to bin centres in [-1, 1];
- gaussian: P = 2 (mean, log sigma), a density on continuous data.

On discrete data both decoders put a probability MASS on each level, so the ELBO built
on them bounds the same discrete likelihood every other paradigm reports.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor

from genmap.data import DataSpec
from genmap.protocol import DataMismatch

DECODERS = ("auto", "categorical", "logistic", "gaussian")
LOG_SCALE_MIN = -7.0
"""Soft floor of the decoders' log scales, so a collapsing variance cannot diverge."""


def soft_floor(raw: Tensor, floor: float = LOG_SCALE_MIN) -> Tensor:
    """floor + softplus(raw - floor): smooth, > floor, and ~raw well above it."""
    return floor + F.softplus(raw - floor)


def reparameterize(mu: Tensor, log_var: Tensor, eps: Tensor | None = None) -> Tensor:
    """z = mu + sigma * eps, eps ~ N(0, I): a sample whose gradient flows to (mu, sigma)."""
    eps = torch.randn_like(mu) if eps is None else eps
    return mu + (0.5 * log_var).exp() * eps


def gaussian_kl(mu: Tensor, log_var: Tensor) -> Tensor:
    """KL(N(mu, diag exp(log_var)) || N(0, I)) per latent dimension, same shape as mu."""
    return 0.5 * (mu.square() + log_var.exp() - 1.0 - log_var)


def diag_gaussian_log_prob(z: Tensor, mu: Tensor, log_var: Tensor) -> Tensor:
    """log N(z | mu, diag exp(log_var)) summed over the last dimension."""
    return -0.5 * (((z - mu).square() / log_var.exp()) + log_var + math.log(2 * math.pi)).sum(-1)


def _log1mexp(d: Tensor) -> Tensor:
    """log(1 - exp(-d)) for d > 0, stable at both ends (Maechler 2012)."""
    return torch.where(d < math.log(2), torch.log(-torch.expm1(-d)), torch.log1p(-torch.exp(-d)))


def discretized_logistic_table(mean: Tensor, log_scale: Tensor, K: int) -> Tensor:
    """log P(x = k) for every level k of a logistic discretized to K bins over [-1, 1].

    Level k has centre c_k = 2k/(K-1) - 1 and half-width h = 1/(K-1); the end bins
    extend to -inf / +inf so the K masses sum to 1. With a = (c+h-mean)/s and
    b = (c-h-mean)/s, sigma(a) - sigma(b) = sigma(a) sigma(-b) (1 - e^(b-a)) is used in
    log space, exact and stable. mean, log_scale: (B, D) -> (B, D, K)."""
    c = torch.linspace(-1.0, 1.0, K, device=mean.device, dtype=mean.dtype)  # (K,)
    inv_s = torch.exp(-log_scale).unsqueeze(-1)  # (B, D, 1)
    a = (c + 1.0 / (K - 1) - mean.unsqueeze(-1)) * inv_s  # (B, D, K)
    b = (c - 1.0 / (K - 1) - mean.unsqueeze(-1)) * inv_s
    mid = F.logsigmoid(a) + F.logsigmoid(-b) + _log1mexp(a - b)
    first = F.logsigmoid(a[..., :1])
    last = F.logsigmoid(-b[..., -1:])
    return torch.cat([first, mid[..., 1:-1], last], dim=-1)


def resolve_decoder(name: str, spec: DataSpec) -> str:
    """The decoder for this data: `auto` is categorical on discrete data, gaussian else."""
    if name not in DECODERS:
        from genmap.registry import ConfigError  # registry imports this package

        raise ConfigError(f"unknown decoder {name!r}; accepted: {', '.join(DECODERS)}")
    if name == "auto":
        return "categorical" if spec.discrete else "gaussian"
    if spec.discrete and name == "gaussian":
        raise DataMismatch(f"{spec.name} is discrete; a gaussian decoder has a density, not a "
                           "mass; accepted: categorical, logistic")
    if not spec.discrete and name != "gaussian":
        raise DataMismatch(f"{spec.name} is continuous; accepted decoder: gaussian")
    if name == "logistic" and spec.kind == "text":
        raise DataMismatch("text levels are unordered symbols; a discretized logistic needs "
                           "ordered levels; accepted: categorical")
    return name


class Observation:
    """p(x | params) for one data spec: the decoder's likelihood, samples and mode."""

    def __init__(self, decoder: str, spec: DataSpec) -> None:
        self.kind = resolve_decoder(decoder, spec)
        self.spec = spec
        self.K = spec.levels or 0

    @property
    def params_per_dim(self) -> int:
        return self.K if self.kind == "categorical" else 2

    def encoder_input(self, x: Tensor, dtype: torch.dtype) -> Tensor:
        """Data -> the encoder's float input: levels scaled to [-1, 1] for images,
        one-hot (B, T, K) for text, the values themselves for continuous data."""
        if not self.spec.discrete:
            return x.to(dtype)
        if self.spec.kind == "text":
            return F.one_hot(x, self.K).to(dtype)
        return x.to(dtype) * (2.0 / (self.K - 1)) - 1.0

    def level_table(self, params: Tensor) -> Tensor:
        """(B, D, P) params -> (B, D, K) log-probabilities of every level (discrete data)."""
        if self.kind == "categorical":
            return params.log_softmax(-1)
        return discretized_logistic_table(params[..., 0], soft_floor(params[..., 1]), self.K)

    def log_prob(self, params: Tensor, x: Tensor) -> Tensor:
        """log p(x | params) summed over dimensions: (B, D, P), (B, *shape) -> (B,)."""
        x = x.flatten(1)  # (B, D)
        if self.spec.discrete:
            return self.level_table(params).gather(-1, x.unsqueeze(-1)).squeeze(-1).sum(-1)
        mean, log_sigma = params[..., 0], soft_floor(params[..., 1])
        z = (x.to(mean.dtype) - mean) / log_sigma.exp()
        return (-0.5 * z.square() - log_sigma - 0.5 * math.log(2 * math.pi)).sum(-1)

    def draw(self, params: Tensor, mode: bool = False) -> Tensor:
        """A sample (or the most probable value) of x | params, shaped like the data."""
        B = params.shape[0]
        if self.spec.discrete:
            table = self.level_table(params)  # (B, D, K)
            x = table.argmax(-1) if mode else torch.distributions.Categorical(
                logits=table).sample()
        else:
            mean, log_sigma = params[..., 0], soft_floor(params[..., 1])
            x = mean if mode else mean + log_sigma.exp() * torch.randn_like(mean)
        return x.reshape(B, *self.spec.shape)
