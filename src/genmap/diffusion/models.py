"""The two registered diffusion models: `ddpm` (discrete N-step chain, VLB likelihood) and
`sde` (continuous VP / sub-VP / VE, probability-flow likelihood). One network, one denoiser
contract, every sampler in `genmap.samplers`; they differ in time (n / N vs t in [0, T]),
in process and in the likelihood each reports (a bound vs the PF-ODE), so the map shows
both kinds side by side.

Discrete data (K levels) are scaled to [-1, 1] by x -> 2 x / (K - 1) - 1; samples are
rounded back to levels. Classifier-free guidance (Ho & Salimans 2022, arXiv:2207.12598):
labels are replaced by a null label with probability `label_dropout` during training, and
x0_hat = (1 + w) x0_hat(x, y) - w x0_hat(x, null) at sampling, two network evaluations.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from genmap.card import Card
from genmap.data import DataSpec, dequantize_signed, from_signed, to_signed
from genmap.diffusion import likelihood, objectives
from genmap.diffusion.processes import Process, make_process
from genmap.nets import DenoiserNetConfig, append_dims, denoiser_net, drop_labels
from genmap.protocol import (
    Batch,
    ConfigError,
    DataMismatch,
    GenerativeModel,
    LogProb,
    SamplerOptionError,
    count_calls,
)
from genmap.samplers import SAMPLERS, Denoiser


@dataclass
class DiffusionConfig(DenoiserNetConfig):
    process: str = "linear"
    """linear or cosine (ddpm); vp, subvp or ve (sde)."""
    prediction: str = "eps"
    """What the network predicts: eps, x0, v or score."""
    label_dropout: float = 0.1
    """Classifier-free guidance: probability a label is replaced by the null label."""
    sampler: str = "ddim"
    sample_steps: int = 50
    guidance: float = 0.0
    """Default guidance scale w (used only when a label is given)."""
    clip_denoised: bool = True
    """Clip x0_hat to [-1, 1] while sampling discrete data (DDPM)."""


@dataclass
class DDPMConfig(DiffusionConfig):
    num_timesteps: int = 1000
    vlb_steps: int = 100
    """Length of the (strided) chain whose variational bound log_prob reports; the full
    N-step bound is `vlb(x, steps=num_timesteps)`."""


@dataclass
class SDEConfig(DiffusionConfig):
    process: str = "vp"
    loss_weighting: str = "simple"
    """simple (noise-prediction MSE) or likelihood (lambda = g^2, Song et al. 2021)."""
    sampler: str = "ode_heun"
    sample_steps: int = 25
    exact_max_dim: int = 16
    """PF-ODE divergence: exact up to this many dimensions, Hutchinson above."""
    ode_tol: float = 1e-3
    """dopri5 rtol = atol for log_prob (score_sde uses 1e-5: pass `tol` to ode_log_prob)."""


class Diffusion(GenerativeModel):
    """Shared machinery: network, denoiser, loss, sampling, PF-ODE likelihood."""

    nfe_modules = ("net",)
    processes: tuple[str, ...] = ()

    def __init__(self, config: DiffusionConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        if config.process not in self.processes:
            raise ValueError(f"unknown process {config.process!r} for {type(self).__name__}; "
                             f"accepted: {', '.join(self.processes)}")
        objectives.check_prediction(config.prediction)
        _check_sampler(config.sampler)
        self.process: Process = make_process(config.process, getattr(config, "num_timesteps", 0))
        self.net = self._build_net(config, spec)

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.kind == "text":
            raise DataMismatch(
                "Gaussian diffusion adds continuous noise to ordered values and regresses it "
                "with a squared error; text tokens are unordered categories, so that geometry "
                "is false for them (a discrete-state diffusion such as D3PM would be needed)")
        if spec.discrete and spec.levels < 2:
            raise DataMismatch(f"diffusion needs at least 2 levels, got {spec.levels}")

    def _build_net(self, config: DiffusionConfig, spec: DataSpec) -> nn.Module:
        return denoiser_net(config, spec, spec.num_classes if config.label_dropout < 1 else None)

    # -------------------------------------------------------------- data space

    def _model_shape(self, n: int) -> tuple[int, ...]:
        return (n, *self.spec.shape) if self.spec.kind == "image" else (n, self.spec.dim)

    # -------------------------------------------------------------- the denoiser
    def _x0(self, x: Tensor, t: Tensor, y: Tensor | None) -> Tensor:
        alpha, sigma = (append_dims(c, x.ndim) for c in self.process.alpha_sigma(t))
        out = self.net(x / (alpha**2 + sigma**2).sqrt(), 1000 * t, y)
        return objectives.to_x0(self.config.prediction, out, x, alpha, sigma)

    def denoiser(self, cond: Tensor | None = None, guidance: float = 0.0,
                 clip: bool = False) -> Denoiser:
        """D(x_t, t) -> x0_hat, conditioned on `cond` and guided with scale w = `guidance`."""
        def D(x: Tensor, t: Tensor) -> Tensor:
            x0 = self._x0(x, t, cond)
            if guidance:
                x0 = x0 + guidance * (x0 - self._x0(x, t, None))
            return x0.clamp(-1, 1) if clip else x0
        return D

    # -------------------------------------------------------------- training
    def _train_times(self, B: int, device: torch.device) -> Tensor:
        return self.process.t_min + (self.process.T - self.process.t_min) * torch.rand(
            B, device=device)

    def _labels(self, y: Tensor | None) -> Tensor | None:
        return drop_labels(y, self.net.embed, self.config.label_dropout)

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        x0 = to_signed(batch.x, self.spec)
        t = self._train_times(x0.shape[0], x0.device)
        alpha, sigma = (append_dims(c, x0.ndim) for c in self.process.alpha_sigma(t))
        eps = torch.randn_like(x0)
        x_t = alpha * x0 + sigma * eps
        out = self.net(x_t / (alpha**2 + sigma**2).sqrt(), 1000 * t, self._labels(batch.y))
        pred = self.config.prediction
        mse = objectives.simple_loss(out, objectives.target(pred, x0, eps, alpha, sigma))
        if getattr(self.config, "loss_weighting", "simple") == "simple":
            return {"loss": mse, "mse": mse.detach()}
        x0_hat = objectives.to_x0(pred, out, x_t, alpha, sigma)
        g2 = append_dims(self.process.f_g2(t)[1], x0.ndim)
        dsm = objectives.likelihood_weighted_dsm(x0_hat, x0, alpha, sigma, g2)
        return {"loss": dsm, "mse": mse.detach()}

    # -------------------------------------------------------------- sampling
    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        name = options.pop("sampler", self.config.sampler)
        steps = int(options.pop("steps", self.config.sample_steps))
        guidance = float(options.pop("guidance", self.config.guidance))
        _check_sampler(name)
        self._check_options(name, options)
        self._check_cond(cond, n, guidance)
        device = next(self.parameters()).device
        cond = None if cond is None else cond.to(device)
        D = self.denoiser(cond, guidance if cond is not None else 0.0,
                          clip=self.spec.discrete and self.config.clip_denoised)
        x_T = self.process.prior_sample(self._model_shape(n), device)
        try:
            x = SAMPLERS[name](D, self.process, x_T, steps, **options)
        except ValueError as e:
            raise SamplerOptionError(str(e)) from None
        return from_signed(x, self.spec)

    def sample_with_nfe(self, n: int, cond: Tensor | None = None,
                        **options: Any) -> tuple[Tensor, int]:
        """Samples and the network evaluations they took, counted by hooks on the net."""
        counter, remove = count_calls([self.get_submodule(m) for m in self.nfe_modules])
        try:
            x = self.sample(n, cond, **options)
        finally:
            remove()
        return x, counter[0]

    def _check_options(self, name: str, options: dict[str, Any]) -> None:
        params = list(inspect.signature(SAMPLERS[name]).parameters)[4:]
        self._no_options(options, ("sampler", "steps", "guidance", *params))

    def _check_cond(self, cond: Tensor | None, n: int, guidance: float) -> None:
        if cond is None:
            return
        if self.net.embed.label is None:
            raise SamplerOptionError(
                f"{type(self).__name__} was trained without labels; accepted: no --label")
        if cond.shape != (n,) or cond.min() < 0 or cond.max() >= self.spec.num_classes:
            raise SamplerOptionError(
                f"cond must be ({n},) labels in [0, {self.spec.num_classes}); "
                f"got shape {tuple(cond.shape)}")
        if guidance < 0:
            raise SamplerOptionError(f"guidance must be >= 0, got {guidance}")

    # -------------------------------------------------------------- likelihood
    def ode_log_prob(self, x: Tensor, cond: Tensor | None = None, exact: bool | None = None,
                     tol: float | None = None) -> tuple[LogProb, int]:
        """log p(x) by the probability-flow ODE, and the NFE it took. Exact divergence when
        `exact` (default: D <= exact_max_dim, continuous data), else Hutchinson ("estimate").
        Discrete data are uniformly dequantized within their level's bin: the value is then
        one draw of E_u log p(x + u) + D log(bin width), which bounds log P(x) from below."""
        max_dim = getattr(self.config, "exact_max_dim", 16)
        tol = tol or getattr(self.config, "ode_tol", 1e-3)
        exact = self.spec.dim <= max_dim if exact is None else exact
        y, log_jac = dequantize_signed(to_signed(x, self.spec), self.spec)
        counter, remove = count_calls([self.get_submodule(m) for m in self.nfe_modules])
        try:
            lp = likelihood.ode_log_prob(self.denoiser(cond), self.process, y, exact, tol, tol)
        finally:
            remove()
        kind = "exact" if exact and not self.spec.discrete else "estimate"
        return LogProb(lp + log_jac, kind), counter[0]

    def vlb(self, x: Tensor, cond: Tensor | None = None, steps: int | None = None) -> LogProb:
        """The variational bound on log p(x) over a chain of `steps` times (kind "bound")."""
        steps = steps or getattr(self.config, "vlb_steps", 100)
        y = to_signed(x, self.spec)
        lp, _ = likelihood.vlb(self.denoiser(cond), self.process, y, steps,
                               self.spec.levels)
        return LogProb(lp, "bound")

    def _card(self, name: str, objective: tuple[str, ...], divergence: str, likelihood: str,
              notes: tuple[str, ...]) -> Card:
        ode = self.config.sampler.startswith("ode")
        return Card(name=name, paradigms=("diffusion",), objective=objective,
                    divergence=divergence, sampler="ODE solve" if ode else "iterative denoising",
                    nfe="2*steps" if self.config.guidance else "steps", likelihood=likelihood,
                    notes=notes)


def _check_sampler(name: str) -> None:
    if name not in SAMPLERS:
        raise SamplerOptionError(f"unknown sampler {name!r}; accepted: {', '.join(SAMPLERS)}")


class DDPM(Diffusion):
    """Denoising diffusion probabilistic model (Ho et al. 2020, arXiv:2006.11239): an N-step
    discrete chain (linear or cosine betas), log_prob its variational bound."""

    Config = DDPMConfig
    processes = ("linear", "cosine")

    def _train_times(self, B: int, device: torch.device) -> Tensor:
        N = self.process.N
        return torch.randint(1, N + 1, (B,), device=device).float() / N  # t = n / N

    @property
    def card(self) -> Card:
        return self._card(
            "ddpm", ("noise-prediction MSE", "denoising score matching"),
            "forward KL (a reweighted variational bound)", "bound",
            (f"{self.config.process} schedule, N = {self.config.num_timesteps}, "
             f"{self.config.prediction}-prediction", "NFE counts guidance twice"))

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        return self.vlb(x, cond)

    def likelihoods(self) -> dict[str, Callable[[Tensor], LogProb]]:
        return {"pf_ode": lambda x: self.ode_log_prob(x)[0]}


class ScoreSDE(Diffusion):
    """Score-based model through an SDE (Song et al. 2021, arXiv:2011.13456): VP, sub-VP
    or VE in continuous time; log_prob by the probability-flow ODE."""

    Config = SDEConfig
    processes = ("vp", "subvp", "ve")

    def __init__(self, config: SDEConfig, spec: DataSpec) -> None:
        if config.loss_weighting not in objectives.WEIGHTINGS:
            raise ConfigError(f"unknown loss_weighting {config.loss_weighting!r}; accepted: "
                             f"{', '.join(objectives.WEIGHTINGS)}")
        super().__init__(config, spec)

    @property
    def card(self) -> Card:
        exact = self.spec.dim <= self.config.exact_max_dim and not self.spec.discrete
        return self._card(
            "sde", ("denoising score matching", "noise-prediction MSE"),
            "forward KL (bounded by likelihood-weighted score matching)",
            "exact" if exact else "estimate",
            (f"{self.config.process} SDE, {self.config.prediction}-prediction, "
             f"{self.config.loss_weighting} weighting", "likelihood by the probability-flow ODE",
             "NFE counts guidance twice"))

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        return self.ode_log_prob(x, cond)[0]

    def likelihoods(self) -> dict[str, Callable[[Tensor], LogProb]]:
        return {"vlb": self.vlb}
