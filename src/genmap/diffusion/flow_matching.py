"""Flow matching / rectified flow: regress the velocity of a straight noise-to-data path.

Take noise z ~ N(0, I) at t = 0 and data x ~ p at t = 1 and join them by the linear
(optimal-transport) interpolant x_t = (1 - t) z + t x, whose velocity is u = x - z. A network
v(x_t, t) regresses it,

  L(v) = E_{t ~ U[0,1], z, x} || v(x_t, t) - (x - z) ||^2,

whose minimiser is the marginal velocity v*(y, t) = E[x - z | x_t = y]: the ODE dx/dt = v*
carries N(0, I) at t = 0 to p at t = 1 (conditional flow matching, Lipman et al. 2022,
arXiv:2210.02747; rectified flow, Liu et al. 2022, arXiv:2209.03003; stochastic interpolants,
Albergo & Vanden-Eijnden 2022, arXiv:2209.15571). Sampling solves that ODE (Euler, Heun,
adaptive dopri5). Being a continuous normalising flow, it has an exact likelihood by the
instantaneous change of variables (Chen et al. 2018, arXiv:1806.07366), the same machinery
as the probability-flow ODE of `genmap.diffusion.likelihood`:

  log p_1(x) = log N(x_0; 0, I) - int_0^1 div v(x_t, t) dt,   x_t solved backwards from x.

For Gaussian data x ~ N(m, s^2 I) everything is closed form: x_t ~ N(t m, V_t I) with
V_t = (1 - t)^2 + t^2 s^2, and v*(y, t) = m + (t s^2 - (1 - t)) (y - t m) / V_t
(`gaussian_velocity`), which the tests use with no training.

Reflow (Liu et al. 2022, sec. 2.2): the ODE's own coupling (z, x = Phi(z)) is deterministic;
retraining the velocity on the linear interpolant between those pairs gives a flow with the
same marginals whose paths cross less, i.e. straighter, so few Euler steps suffice (`reflow`).
On the Gaussian case the rectified velocity is m + (s - 1)(y - t m) / (1 - t + t s), exactly
straight: one Euler step is exact (`gaussian_rectified_velocity`). From the CLI, a
reflow is a run: `genmap train flow_matching --set teacher=RUN` starts from the teacher run's
weights and regresses on `reflow_pairs` couplings (z, Phi(z)) of the teacher's ODE, drawn
once from `reflow_seed` (so a resumed run trains on the same pairs); its card keeps the
teacher's card as a component.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import torch
from torch import Tensor, nn

from genmap.card import Card
from genmap.data import DataSpec, dequantize_signed, from_signed, to_signed
from genmap.diffusion.likelihood import divergence
from genmap.nets import DenoiserNetConfig, append_dims, denoiser_net, drop_labels
from genmap.protocol import (
    Batch,
    ConfigError,
    DataMismatch,
    GenerativeModel,
    LogProb,
    SamplerOptionError,
)

Velocity = Callable[[Tensor, Tensor], Tensor]
"""velocity(x_t (B, ...), t (B,)) -> dx/dt (B, ...)."""

FM_SAMPLERS = ("euler", "heun", "dopri5")
NFE = {"euler": "steps", "heun": "2*steps", "dopri5": "steps"}


# ------------------------------------------------------------------ the math, as functions


def interpolant(z: Tensor, x: Tensor, t: Tensor) -> tuple[Tensor, Tensor]:
    """(x_t, u): the linear interpolant (1 - t) z + t x and its velocity x - z."""
    tt = append_dims(t, x.ndim)
    return (1 - tt) * z + tt * x, x - z


def fm_loss(velocity: Velocity, x: Tensor, z: Tensor, t: Tensor) -> Tensor:
    """The flow-matching regression: mean over examples of ||v(x_t, t) - (x - z)||^2 / D."""
    x_t, u = interpolant(z, x, t)
    return (velocity(x_t, t) - u).pow(2).flatten(1).mean(1).mean()


def gaussian_velocity(m: float, s: float) -> Velocity:
    """The exact marginal velocity carrying N(0, I) to N(m, s^2 I) along the interpolant."""
    def v(y: Tensor, t: Tensor) -> Tensor:
        tt = append_dims(t, y.ndim)
        V = (1 - tt) ** 2 + tt**2 * s**2
        return m + (tt * s**2 - (1 - tt)) * (y - tt * m) / V
    return v


def gaussian_rectified_velocity(m: float, s: float) -> Velocity:
    """The velocity after one reflow of N(0, I) -> N(m, s^2 I): the coupling x = m + s z has
    u = m + (s - 1) z, and z = (x_t - t m) / (1 - t + t s) on its straight path."""
    def v(y: Tensor, t: Tensor) -> Tensor:
        tt = append_dims(t, y.ndim)
        return m + (s - 1) * (y - tt * m) / (1 - tt + tt * s)
    return v


def _tb(t: float, x: Tensor) -> Tensor:
    return torch.full((x.shape[0],), t, dtype=x.dtype, device=x.device)


def euler(velocity: Velocity, z: Tensor, steps: int) -> Tensor:
    """x_{k+1} = x_k + h v(x_k, t_k) on a uniform grid of `steps` steps from 0 to 1."""
    x, h = z, 1.0 / steps
    for k in range(steps):
        x = x + h * velocity(x, _tb(k * h, x))
    return x


def heun(velocity: Velocity, z: Tensor, steps: int) -> Tensor:
    """Heun's second-order method (explicit trapezoid): 2 evaluations per step."""
    x, h = z, 1.0 / steps
    for k in range(steps):
        d1 = velocity(x, _tb(k * h, x))
        d2 = velocity(x + h * d1, _tb((k + 1) * h, x))
        x = x + 0.5 * h * (d1 + d2)
    return x


def dopri5(velocity: Velocity, z: Tensor, steps: int = 0, tol: float = 1e-5) -> Tensor:
    """Adaptive Dormand-Prince 5(4) (torchdiffeq) from t = 0 to 1; `steps` is unused."""
    from torchdiffeq import odeint

    ts = torch.tensor([0.0, 1.0], dtype=z.dtype, device=z.device)
    return odeint(lambda t, x: velocity(x, t.expand(x.shape[0])), z, ts, rtol=tol, atol=tol,
                  method="dopri5")[-1]


SOLVERS: dict[str, Callable[..., Tensor]] = {"euler": euler, "heun": heun, "dopri5": dopri5}


def ode_log_prob(velocity: Velocity, x: Tensor, exact: bool, tol: float = 1e-5) -> Tensor:
    """log p_1(x) per example: solve (x_t, int div v) backwards from t = 1 to 0 (dopri5),
    exact divergence or Hutchinson's (Rademacher eps fixed along the path)."""
    from torchdiffeq import odeint

    eps = None if exact else torch.randint_like(x, 2) * 2 - 1

    def func(t: Tensor, state: tuple[Tensor, Tensor]) -> tuple[Tensor, Tensor]:
        with torch.enable_grad():
            y = state[0].detach().requires_grad_(True)
            v = velocity(y, t.to(y.dtype).expand(y.shape[0]))
            div = divergence(v, y, eps)
        return v.detach(), div.detach()

    ts = torch.tensor([1.0, 0.0], dtype=x.dtype, device=x.device)
    state = (x, torch.zeros(x.shape[0], dtype=x.dtype, device=x.device))
    z, acc = (s[-1] for s in odeint(func, state, ts, rtol=tol, atol=tol, method="dopri5"))
    z = z.flatten(1)  # (B, D)
    log_pz = -0.5 * z.pow(2).sum(1) - 0.5 * z.shape[1] * math.log(2 * math.pi)
    return log_pz + acc  # acc = int_1^0 div v dt = -int_0^1 div v dt


# ------------------------------------------------------------------ the model


@dataclass
class FlowMatchingConfig(DenoiserNetConfig):
    label_dropout: float = 0.1
    """Classifier-free guidance: probability a label is replaced by the null label."""
    sampler: str = "heun"
    """euler, heun or dopri5."""
    sample_steps: int = 25
    guidance: float = 0.0
    exact_max_dim: int = 16
    """log_prob divergence: exact up to this many dimensions, Hutchinson above."""
    ode_tol: float = 1e-3
    """dopri5 rtol = atol for log_prob and the dopri5 sampler."""
    teacher: str = ""
    """Reflow: a trained flow_matching run; training then regresses on its ODE coupling."""
    reflow_pairs: int = 4096
    """Reflow: number of couplings (z, Phi(z)) drawn from the teacher."""
    reflow_seed: int = 0
    """Reflow: seed of the noise z (and labels) of the couplings."""


class FlowMatching(GenerativeModel):
    """Conditional flow matching with the linear (rectified-flow) interpolant."""

    Config = FlowMatchingConfig
    nfe_modules = ("net",)
    optional_component_runs: ClassVar[dict[str, str]] = {"teacher": "flow_matching"}

    def __init__(self, config: FlowMatchingConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        _check_sampler(config.sampler)
        classes = spec.num_classes if config.label_dropout < 1 else None
        self.net: nn.Module = denoiser_net(config, spec, classes)
        self._pairs: tuple[Tensor, Tensor, Tensor | None] | None = None
        if config.teacher:
            self.frozen = (load_reflow_teacher(config, spec),)
            _init_from(self.net, self.frozen[0].net, config.teacher)

    @property
    def teacher(self) -> FlowMatching | None:
        """The flow whose coupling a reflow run trains on (None for plain flow matching)."""
        return self.frozen[0] if self.frozen else None

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.kind == "text":
            raise DataMismatch(
                "flow matching transports Gaussian noise along straight lines in a continuous "
                "space; text tokens are unordered categories with no such geometry (discrete "
                "flow matching would be needed)")
        if spec.discrete and spec.levels < 2:
            raise DataMismatch(f"flow matching needs at least 2 levels, got {spec.levels}")

    @property
    def card(self) -> Card:
        exact = self.spec.dim <= self.config.exact_max_dim and not self.spec.discrete
        notes = ["linear (optimal-transport) interpolant, noise at t = 0, data at t = 1",
                 "likelihood by the instantaneous change of variables along the ODE",
                 "NFE counts guidance twice"]
        if self.config.sampler == "dopri5":
            notes.append("dopri5 is adaptive: its NFE is counted, not given by steps")
        components: tuple[tuple[str, Card], ...] = ()
        if self.teacher is not None:
            notes.append(f"reflow (rectified flow, Liu et al. 2022, arXiv:2209.03003): trained "
                         f"on {self.config.reflow_pairs} couplings (z, Phi(z)) of the teacher's "
                         f"ODE (dopri5), seed {self.config.reflow_seed}; teacher run "
                         f"{self.config.teacher}")
            components = (("distillation teacher", self.teacher.card),)
        return Card(name="flow_matching", paradigms=("diffusion", "flow"),
                    objective=("flow-matching regression",),
                    divergence="forward KL only indirectly (the velocity regression bounds "
                               "the Wasserstein-2 error of the transported law)",
                    sampler="ODE solve",
                    nfe=("2*" if self.config.guidance else "") + NFE[self.config.sampler],
                    likelihood="exact" if exact else "estimate", notes=tuple(notes),
                    components=components)

    # -------------------------------------------------------------- data space

    def velocity(self, cond: Tensor | None = None, guidance: float = 0.0) -> Velocity:
        """v(x_t, t) of the network, conditioned on `cond`, guided with scale w."""
        def v(x: Tensor, t: Tensor) -> Tensor:
            out = self.net(x, 1000 * t, cond)
            if guidance:
                out = out + guidance * (out - self.net(x, 1000 * t, None))
            return out
        return v

    def _labels(self, y: Tensor | None) -> Tensor | None:
        return drop_labels(y, self.net.embed, self.config.label_dropout)

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        if self.teacher is not None:
            return self._reflow_loss(batch.x.shape[0])
        x = to_signed(batch.x, self.spec)
        z = torch.randn_like(x)
        t = torch.rand(x.shape[0], device=x.device)
        mse = fm_loss(self.velocity(self._labels(batch.y)), x, z, t)
        return {"loss": mse, "mse": mse.detach()}

    def _reflow_loss(self, B: int) -> dict[str, Tensor]:
        """Flow matching on B couplings drawn from the teacher's (drawn once, seeded)."""
        if self._pairs is None:
            self._pairs = seeded_couplings(self.teacher, self.config.reflow_pairs,
                                           self.config.reflow_seed)
        z, x, y = self._pairs
        idx = torch.randint(0, z.shape[0], (B,), device=z.device)
        t = torch.rand(B, device=z.device)
        labels = self._labels(None if y is None else y[idx])
        mse = fm_loss(self.velocity(labels), x[idx], z[idx], t)
        return {"loss": mse, "mse": mse.detach()}

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        return from_signed(self.transport(self.prior(n), cond, **options), self.spec)

    def _model_shape(self, n: int) -> tuple[int, ...]:
        return (n, *self.spec.shape) if self.spec.kind == "image" else (n, self.spec.dim)

    def prior(self, n: int) -> Tensor:
        return torch.randn(self._model_shape(n), device=next(self.parameters()).device)

    @torch.no_grad()
    def transport(self, z: Tensor, cond: Tensor | None = None, **options: Any) -> Tensor:
        """Solve the ODE from noise z (t = 0) to model space (t = 1): the coupling (z, x)."""
        name = options.pop("sampler", self.config.sampler)
        steps = int(options.pop("steps", self.config.sample_steps))
        guidance = float(options.pop("guidance", self.config.guidance))
        _check_sampler(name)
        self._no_options(options, ("sampler", "steps", "guidance"))
        if steps < 1:
            raise SamplerOptionError(f"steps must be >= 1, got {steps}")
        self._check_cond(cond, z.shape[0])
        cond = None if cond is None else cond.to(z.device)
        v = self.velocity(cond, guidance if cond is not None else 0.0)
        if name == "dopri5":
            return dopri5(v, z, steps, self.config.ode_tol)
        return SOLVERS[name](v, z, steps)

    def _check_cond(self, cond: Tensor | None, n: int) -> None:
        if cond is None:
            return
        if self.net.embed.label is None:
            raise SamplerOptionError(
                f"{type(self).__name__} was trained without labels; accepted: no --label")
        if cond.shape != (n,) or cond.min() < 0 or cond.max() >= self.spec.num_classes:
            raise SamplerOptionError(f"cond must be ({n},) labels in "
                                     f"[0, {self.spec.num_classes}); got {tuple(cond.shape)}")

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        """Exact ODE likelihood on continuous data of dimension <= exact_max_dim; Hutchinson
        ("estimate") above. Discrete data are uniformly dequantized within their bin, one
        draw of E_u log p(y + u) + D log(bin width), a stochastic lower bound on log P(x)."""
        exact = self.spec.dim <= self.config.exact_max_dim
        y, log_jac = dequantize_signed(to_signed(x, self.spec), self.spec)
        lp = ode_log_prob(self.velocity(cond), y, exact, self.config.ode_tol)
        kind = "exact" if exact and not self.spec.discrete else "estimate"
        return LogProb(lp + log_jac, kind)


def _check_sampler(name: str) -> None:
    if name not in SOLVERS:
        raise SamplerOptionError(f"unknown sampler {name!r}; accepted: {', '.join(SOLVERS)}")


# ------------------------------------------------------------------ reflow


@torch.no_grad()
def couplings(model: FlowMatching, n: int) -> tuple[Tensor, Tensor]:
    """n pairs (z, Phi(z)) of the model's ODE coupling, solved with dopri5 (model space)."""
    z = model.prior(n)
    return z, model.transport(z.clone(), sampler="dopri5")


def reflow(model: FlowMatching, n_pairs: int, train_steps: int, lr: float = 1e-3,
           batch_size: int = 256) -> FlowMatching:
    """One reflow step: a copy of `model` fine-tuned by flow matching on its own couplings."""
    z, x = couplings(model.eval(), n_pairs)
    student = copy.deepcopy(model).train()
    opt = torch.optim.AdamW(student.parameters(), lr=lr, weight_decay=0.0)
    for _ in range(train_steps):
        idx = torch.randint(0, n_pairs, (min(batch_size, n_pairs),), device=z.device)
        t = torch.rand(idx.shape[0], device=z.device)
        loss = fm_loss(student.velocity(), x[idx], z[idx], t)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return student.eval()


@torch.no_grad()
def seeded_couplings(model: FlowMatching, n: int, seed: int,
                     chunk: int = 1024) -> tuple[Tensor, Tensor, Tensor | None]:
    """n couplings (z, Phi(z), y) of the model's ODE (dopri5), z and labels y drawn from a
    generator seeded by `seed`: the same pairs on every call, so a resumed reflow agrees."""
    g = torch.Generator().manual_seed(seed)
    z = torch.randn(model._model_shape(n), generator=g)  # the global RNG is left alone
    conditional = model.net.embed.label is not None
    y = torch.randint(0, model.spec.num_classes, (n,), generator=g) if conditional else None
    device = next(model.parameters()).device
    z, y = z.to(device), None if y is None else y.to(device)
    xs = [model.transport(z[i:i + chunk].clone(), None if y is None else y[i:i + chunk],
                          sampler="dopri5") for i in range(0, n, chunk)]
    return z, torch.cat(xs), y


def load_reflow_teacher(config: FlowMatchingConfig, spec: DataSpec) -> FlowMatching:
    """The flow_matching run named by `config.teacher` (made absolute), checked and frozen."""
    from genmap.train import load_component_run  # the trainer imports the registry

    if config.reflow_pairs < 1:
        raise ConfigError(f"reflow_pairs must be >= 1, got {config.reflow_pairs}")
    teacher, path = load_component_run(config.teacher, spec, (FlowMatching,),
                                       "a flow_matching run")
    config.teacher = str(path)
    return cast(FlowMatching, teacher)


def _init_from(net: nn.Module, teacher_net: nn.Module, where: str) -> None:
    """Reflow fine-tunes the teacher: same architecture, its weights as the start."""
    try:
        net.load_state_dict(teacher_net.state_dict())
    except RuntimeError:
        raise ConfigError(f"a reflow run must have its teacher's architecture; set width, "
                          f"depth, base_channels, channel_mult and label_dropout as in "
                          f"{where}/config.json") from None


@torch.no_grad()
def straightness(velocity: Velocity, z: Tensor, x: Tensor, n_t: int = 16) -> float:
    """Liu et al.'s S(Z) = int_0^1 E ||(x - z) - v(x_t, t)||^2 dt over a coupling (z, x),
    midpoint rule: 0 for a straight flow, and one Euler step is then exact."""
    total = 0.0
    for k in range(n_t):
        t = torch.full((z.shape[0],), (k + 0.5) / n_t, device=z.device)
        x_t, u = interpolant(z, x, t)
        total += float((u - velocity(x_t, t)).pow(2).flatten(1).sum(1).mean()) / n_t
    return total
