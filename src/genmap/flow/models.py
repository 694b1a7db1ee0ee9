"""The four flows as genmap models: RealNVP, Glow, NSF and MAF over one `Flow` base class
that owns the likelihood (exact on continuous data, a dequantized bound on discrete data)
and one-pass sampling."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from genmap.card import Card
from genmap.data import DataSpec
from genmap.flow.dequant import (
    UniformDequantization,
    VariationalDequantization,
    logit_inverse,
    logit_transform,
    standard_normal_log_prob,
)
from genmap.flow.layers import (
    ActNorm,
    AffineCoupling,
    Bijection,
    Compose,
    Flatten,
    InvertibleLinearLU,
    Split,
    Squeeze,
    Unsqueeze,
    alternating_mask,
    channel_mask,
    checkerboard_mask,
    coupling_convnet,
    coupling_mlp,
    half_mask,
)
from genmap.flow.made import MADE, MAFLayer, MAFSplineLayer
from genmap.flow.spline import RQSplineCoupling
from genmap.protocol import Batch, DataMismatch, GenerativeModel, LogProb, ModelConfig

DEQUANTIZERS = ("uniform", "variational")


@dataclass
class FlowConfig(ModelConfig):
    hidden: int = 64
    """Width of the coupling networks (channels on images, units on vectors)."""
    layers: int = 8
    """Couplings on vectors; flow steps per scale on images (Glow's K)."""
    num_scales: int = 2
    """Multi-scale levels on images (H and W must be divisible by 2**num_scales)."""
    dropout: float = 0.0
    clamp: float = 3.0
    """Soft bound on every log-scale: s -> clamp · tanh(s / clamp)."""
    dequant: str = "uniform"
    """uniform, or variational (Flow++): how discrete data becomes continuous."""
    dequant_samples: int = 1
    """Importance samples of the noise u when log_prob is evaluated in eval mode."""
    logit_alpha: float = 0.05
    """The logit pre-processing's α on discrete data: w = logit(α + (1 - 2α) y)."""


class Flow(GenerativeModel):
    """A normalizing flow z = f(x), z ~ N(0, I): log p(x) = log N(f(x)) + log|det ∂f/∂x|."""

    Config = FlowConfig
    display = "flow"

    def __init__(self, config: FlowConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        self.check_config(config, spec)
        self.transform, self.z_shape = self.build(config, spec)
        if spec.discrete:
            self.dequantizer = (
                VariationalDequantization(spec.dim, spec.levels, config.hidden, 4, config.clamp)
                if config.dequant == "variational" else UniformDequantization())

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.kind == "text":
            raise DataMismatch(
                f"{cls.display} models ordered intensities: dequantization spreads level k over "
                "[k, k+1), which assumes neighbouring levels are alike; token ids are "
                "unordered categories, so the bound would measure an arbitrary vocabulary "
                "order. Accepted: image or vector data (use an autoregressive model for text)")

    def check_config(self, config: FlowConfig, spec: DataSpec) -> None:
        from genmap.registry import ConfigError  # the registry imports this module

        if config.dequant not in DEQUANTIZERS:
            raise ConfigError(f"dequant={config.dequant!r}; accepted: {', '.join(DEQUANTIZERS)}")
        if config.dequant_samples < 1 or config.layers < 1:
            raise ConfigError("dequant_samples and layers must be at least 1")

    def build(self, config: FlowConfig, spec: DataSpec) -> tuple[Bijection, tuple[int, ...]]:
        """The transform f and the shape of z for one example."""
        raise NotImplementedError

    @property
    def card(self) -> Card:
        return Card(
            name=self.display, paradigms=("flow",), objective=("change-of-variables NLL",),
            divergence="forward KL", sampler="parallel one pass", nfe="1",
            likelihood="bound" if self.spec.discrete else "exact",
            notes=self.notes())

    def notes(self) -> tuple[str, ...]:
        if self.spec.discrete:
            return (f"{self.config.dequant} dequantization: log_prob is a lower bound on the "
                    "log probability mass of the discrete values",)
        return ("exact log-density by the change-of-variables formula",)

    def _dtype(self) -> torch.dtype:
        return next(self.parameters()).dtype

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        self._unconditional(cond)
        if not self.spec.discrete:
            z, log_det = self.transform(x.to(self._dtype()))
            return LogProb(standard_normal_log_prob(z) + log_det, "exact")
        k = 1 if self.training else self.config.dequant_samples
        xs = x.repeat(k, *([1] * (x.dim() - 1)))  # (k·B, ...): k noise draws in one pass
        draws = self.dequantized_bound(xs).reshape(k, x.shape[0])  # (k, B)
        return LogProb(torch.logsumexp(draws, 0) - math.log(k), "bound")

    def dequantized_bound(self, x: Tensor) -> Tensor:
        """One draw of log p(y) - D log K - log q(u | x), with y = (x + u)/K."""
        K, D = self.spec.levels, self.spec.dim
        u, log_q = self.dequantizer(x, self._dtype())
        w, log_det_logit = logit_transform((x + u) / K, self.config.logit_alpha)
        z, log_det = self.transform(w)
        log_p_y = standard_normal_log_prob(z) + log_det + log_det_logit
        return log_p_y - D * math.log(K) - log_q

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        nll = -self.log_prob(batch.x).value.mean() / self.spec.dim  # nats per dimension
        name = "bits_per_dim" if self.spec.discrete else "nll_per_dim"
        scale = math.log(2) if self.spec.discrete else 1.0
        return {"loss": nll, name: nll.detach() / scale}

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        """One pass of f⁻¹ (MAF: D passes per layer); option temperature scales z."""
        self._unconditional(cond)
        self._no_options(options, ("temperature",))
        T = float(options.get("temperature", 1.0))
        p = next(self.parameters())
        z = T * torch.randn(n, *self.z_shape, dtype=p.dtype, device=p.device)
        x = self.transform.inverse(z).reshape(n, *self.spec.shape)
        if not self.spec.discrete:
            return x
        K = self.spec.levels
        y = logit_inverse(x, self.config.logit_alpha)
        return torch.nan_to_num(y * K).floor().clamp(0, K - 1).long()


def _image_shape(spec: DataSpec, scales: int, name: str) -> tuple[int, int, int]:
    if spec.kind != "image" or len(spec.shape) != 3:
        raise DataMismatch(f"{name}'s image architecture needs (C, H, W) data, not {spec.shape}")
    C, H, W = spec.shape
    if H % 2**scales or W % 2**scales:
        raise DataMismatch(f"{name} with num_scales={scales} needs H and W divisible by "
                           f"{2**scales}; got {H}x{W}: lower num_scales")
    return C, H, W


# ---------------------------------------------------------------- RealNVP


def realnvp_scale(C: int, H: int, W: int, scales: int, cfg: FlowConfig) -> Bijection:
    """RealNVP §3.6: 3 checkerboard couplings, squeeze, 3 channel couplings, factor out half,
    recurse; the last scale is 4 checkerboard couplings."""

    def coupling(mask: Tensor) -> AffineCoupling:
        c = mask.shape[0]
        return AffineCoupling(mask, coupling_convnet(c, 2 * c, cfg.hidden, cfg.dropout),
                              cfg.clamp)

    if scales == 1:
        return Compose(*(coupling(checkerboard_mask(C, H, W, i % 2)) for i in range(4)))
    return Compose(
        *(coupling(checkerboard_mask(C, H, W, i % 2)) for i in range(3)), Squeeze(),
        *(coupling(channel_mask(4 * C, H // 2, W // 2, i % 2)) for i in range(3)),
        Split(realnvp_scale(2 * C, H // 2, W // 2, scales - 1, cfg)), Unsqueeze())


class RealNVP(Flow):
    """Dinh, Sohl-Dickstein & Bengio 2017, Density estimation using Real NVP,
    arXiv:1605.08803: affine couplings, multi-scale on images, alternating masks on vectors."""

    display = "realnvp"

    def build(self, config: FlowConfig, spec: DataSpec) -> tuple[Bijection, tuple[int, ...]]:
        if spec.kind == "image":
            C, H, W = _image_shape(spec, config.num_scales, self.display)
            return realnvp_scale(C, H, W, config.num_scales, config), spec.shape
        D = spec.dim
        return Compose(Flatten(spec.shape), *(
            AffineCoupling(alternating_mask(D, i % 2),
                           coupling_mlp(D, 2 * D, config.hidden, config.dropout), config.clamp)
            for i in range(config.layers))), (D,)


# ---------------------------------------------------------------- Glow


def glow_step(C: int, mask: Tensor, net: torch.nn.Module, clamp: float) -> Compose:
    """One step of flow (Glow §3): actnorm, invertible 1×1 convolution, affine coupling."""
    return Compose(ActNorm(C), InvertibleLinearLU(C), AffineCoupling(mask, net, clamp))


def glow_level(C: int, H: int, W: int, levels: int, cfg: FlowConfig) -> Bijection:
    """Glow's multi-scale architecture (Fig. 2): squeeze, K steps, split, recurse."""
    C4, H2, W2 = 4 * C, H // 2, W // 2
    steps = [glow_step(C4, channel_mask(C4, H2, W2, i % 2),
                       coupling_convnet(C4, 2 * C4, cfg.hidden, cfg.dropout), cfg.clamp)
             for i in range(cfg.layers)]
    inner = [Split(glow_level(2 * C, H2, W2, levels - 1, cfg))] if levels > 1 else []
    return Compose(Squeeze(), *steps, *inner, Unsqueeze())


class Glow(Flow):
    """Kingma & Dhariwal 2018, Glow: Generative Flow with Invertible 1x1 Convolutions,
    arXiv:1807.03039. On vectors the 1×1 convolution is an invertible linear layer."""

    display = "glow"

    def build(self, config: FlowConfig, spec: DataSpec) -> tuple[Bijection, tuple[int, ...]]:
        if spec.kind == "image":
            C, H, W = _image_shape(spec, config.num_scales, self.display)
            return glow_level(C, H, W, config.num_scales, config), spec.shape
        D = spec.dim
        return Compose(Flatten(spec.shape), *(
            glow_step(D, half_mask(D, i % 2),
                      coupling_mlp(D, 2 * D, config.hidden, config.dropout), config.clamp)
            for i in range(config.layers))), (D,)


# ---------------------------------------------------------------- NSF


@dataclass
class NSFConfig(FlowConfig):
    bins: int = 8
    """K, the spline's number of bins."""
    tail_bound: float = 5.0
    """B: the spline acts on [-B, B] and is the identity outside."""


class NSF(Flow):
    """Durkan, Bekasov, Murray & Papamakarios 2019, Neural Spline Flows, arXiv:1906.04032:
    Glow-style steps (actnorm, invertible linear layer in LU form) whose coupling is a
    rational-quadratic spline; images are flattened to vectors."""

    Config = NSFConfig
    display = "nsf"

    def build(self, config: NSFConfig, spec: DataSpec) -> tuple[Bijection, tuple[int, ...]]:
        D, K = spec.dim, config.bins
        steps = []
        for i in range(config.layers):
            mask = half_mask(D, i % 2)
            kept = int(mask.sum())
            net = coupling_mlp(kept, (D - kept) * (3 * K - 1), config.hidden, config.dropout)
            coupling = RQSplineCoupling(mask, net, K, config.tail_bound)
            steps.append(Compose(ActNorm(D), InvertibleLinearLU(D), coupling))
        return Compose(Flatten(spec.shape), *steps), (D,)

    def check_config(self, config: NSFConfig, spec: DataSpec) -> None:
        from genmap.registry import ConfigError

        super().check_config(config, spec)
        if config.bins < 2 or config.tail_bound <= 0:
            raise ConfigError("nsf needs bins >= 2 and tail_bound > 0")


# ---------------------------------------------------------------- MAF


@dataclass
class MAFConfig(NSFConfig):
    layers: int = 5
    transform: str = "affine"
    """affine (MAF), or spline: a rational-quadratic spline per coordinate, `bins` and
    `tail_bound` as in nsf (the autoregressive neural spline flow)."""


class MAF(Flow):
    """Papamakarios, Pavlakou & Murray 2017, Masked Autoregressive Flow for Density
    Estimation, arXiv:1705.07057: MADE layers with alternating orders. Density in one pass
    per layer; sampling inverts each layer coordinate by coordinate (D passes). With
    `transform=spline`, Durkan et al. 2019's autoregressive NSF."""

    Config = MAFConfig
    display = "maf"

    def build(self, config: MAFConfig, spec: DataSpec) -> tuple[Bijection, tuple[int, ...]]:
        D, K = spec.dim, config.bins
        layers: list[Bijection] = []
        for i in range(config.layers):
            if config.transform == "spline":
                made = MADE(D, config.hidden, 2, 3 * K - 1, i % 2 == 1, config.dropout)
                layers.append(MAFSplineLayer(made, K, config.tail_bound))
            else:
                made = MADE(D, config.hidden, 2, 2, i % 2 == 1, config.dropout)
                layers.append(MAFLayer(made, config.clamp))
        return Compose(Flatten(spec.shape), *layers), (D,)

    def check_config(self, config: MAFConfig, spec: DataSpec) -> None:
        from genmap.registry import ConfigError

        super().check_config(config, spec)
        if config.transform not in ("affine", "spline"):
            raise ConfigError(f"maf transform must be affine or spline, got "
                              f"{config.transform!r}")

    @property
    def card(self) -> Card:
        return Card(
            name=self.display, paradigms=("flow", "autoregressive"),
            objective=("change-of-variables NLL",), divergence="forward KL",
            sampler="sequential ancestral", nfe=f"{self.config.layers}*D",
            likelihood="bound" if self.spec.discrete else "exact",
            notes=(*self.notes(), "density in one pass per layer; sampling inverts each MADE "
                   "one coordinate at a time (D passes per layer)"))
