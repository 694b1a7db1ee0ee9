"""One- and few-step generation: progressive distillation of a trained diffusion model.

A diffusion model (the teacher) samples by DDIM's deterministic map over a grid of N times,
one network evaluation (NFE) per step. Progressive distillation (Salimans & Ho 2022,
arXiv:2202.00512, Alg. 2) trains a student to do in ONE step what its teacher does in TWO,
then makes the student the teacher and repeats: N -> N/2 -> ... -> K steps in log2(N / K)
rounds. The student starts from the teacher's weights.

Symbols: x_t = alpha_t x_0 + sigma_t eps; the grid t_j = T j / (2K), j = 0..2K, with t_0 = 0
where alpha = 1, sigma = 0; the DDIM map (Song et al. 2020, arXiv:2010.02502, eq. 12,
eta = 0) from t to s < t given the denoised x0_hat,

  x_s = alpha_s x0_hat + sigma_s (x_t - alpha_t x0_hat) / sigma_t.

One round: draw x_0, a student step k in 1..K, t = t_2k, t' = t_2k-1, t'' = t_2k-2, and
x_t = alpha_t x_0 + sigma_t eps; two teacher DDIM steps t -> t' -> t'' give x_t''. The
student's target is the x0_hat for which ONE DDIM step t -> t'' lands on x_t'':

  x~ = (x_t'' - (sigma_t'' / sigma_t) x_t) / (alpha_t'' - (sigma_t'' / sigma_t) alpha_t)

(x~ = x_t'' at the last step, where sigma_t'' = 0), regressed with the truncated-SNR weight
max(alpha_t^2 / sigma_t^2, 1) (their sec. 4). With a perfect student the K-step DDIM map
equals the teacher's 2K-step map: the tests check this with the analytic Gaussian denoiser.
The student predicts x0 or v, never eps: at t = T, alpha_T ~ 0 and x0 = (x - sigma eps) /
alpha would amplify any error of a one-step sampler.

Under the trainer, round r runs for `round_steps` updates (the last round for the rest of
training); the student's weights at the start of a round are kept as buffers (`Snapshot`),
so a checkpoint holds the round's teacher and `--resume` continues exactly. Validation
(the loss in eval mode) is the gap between the student's K-step samples and the original
teacher's N-step samples from the same noise, so `best` is the closest imitation. The
trainer's EMA (decay 0.999 averages ~1000 updates) spans rounds: train the last round for
longer than that, or `--set ema=0.99`. From the CLI:

  genmap train ddpm --data ring8 --out runs/ddpm
  genmap train distilled --data ring8 --set teacher=runs/ddpm --set student_steps=2 \
      --steps 3000 --out runs/distilled
  genmap sample runs/distilled --out samples.png      # 2 network evaluations

Non-standard: the result samples in K = 1..4 evaluations, but it no longer models the
noising process: it has no likelihood of its own and inherits the teacher's errors. Its
card says so (flags distilled, non-standard) and keeps the teacher's card as a component.
"""

from __future__ import annotations

import contextlib
import copy
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import torch
from torch import Tensor, nn
from torch.func import functional_call

from genmap.card import Card
from genmap.data import DataSpec, from_signed, to_signed
from genmap.diffusion import objectives
from genmap.diffusion.models import Diffusion
from genmap.diffusion.processes import DiscreteVP, Process
from genmap.nets import append_dims, drop_labels
from genmap.protocol import (
    Batch,
    ConfigError,
    GenerativeModel,
    LikelihoodUnavailable,
    LogProb,
    ModelConfig,
    Optimizer,
    SamplerOptionError,
)
from genmap.samplers import Denoiser

STUDENT_PREDICTIONS = ("x0", "v")

# ------------------------------------------------------------------ the math, as functions


def grid(process: Process, K: int) -> Tensor:
    """K + 1 increasing times t_j = T j / K, j = 0..K (float64). On DDPM's discrete chain
    they snap to the trained steps n / N; snapping keeps grid(2K)[2j] == grid(K)[j]."""
    t = process.T * torch.arange(K + 1, dtype=torch.float64) / K
    if isinstance(process, DiscreteVP):
        t = (t * process.N).round() / process.N
    return t


def coefficients(process: Process, t: Tensor) -> tuple[Tensor, Tensor]:
    """(alpha_t, sigma_t), with the end of sampling t = 0 taken as alpha = 1, sigma = 0."""
    alpha, sigma = process.alpha_sigma(t)
    end = t == 0
    return torch.where(end, 1.0, alpha), torch.where(end, 0.0, sigma)


def ddim_map(x: Tensor, x0: Tensor, alpha_t: Tensor | float, sigma_t: Tensor | float,
             alpha_s: Tensor | float, sigma_s: Tensor | float) -> Tensor:
    """x_s = alpha_s x0_hat + sigma_s eps_hat, eps_hat = (x_t - alpha_t x0_hat) / sigma_t."""
    return alpha_s * x0 + sigma_s * (x - alpha_t * x0) / sigma_t


def distillation_target(x_t: Tensor, x_s: Tensor, alpha_t: Tensor | float,
                        sigma_t: Tensor | float, alpha_s: Tensor | float,
                        sigma_s: Tensor | float) -> Tensor:
    """The x0_hat whose one DDIM step t -> s maps x_t to x_s (Salimans & Ho, Alg. 2)."""
    r = sigma_s / sigma_t
    return (x_s - r * x_t) / (alpha_s - r * alpha_t)


def ddim_on_grid(D: Denoiser, process: Process, x: Tensor, K: int) -> Tensor:
    """K deterministic DDIM steps down `grid(process, K)` from x_T to x_0: K evaluations."""
    t = grid(process, K)
    alpha, sigma = (c.tolist() for c in coefficients(process, t))
    for j in range(K, 0, -1):
        x0 = D(x, t[j].to(x.dtype).to(x.device).expand(x.shape[0]))  # t: (B,)
        x = ddim_map(x, x0, alpha[j], sigma[j], alpha[j - 1], sigma[j - 1])
    return x


def two_step_target(D: Denoiser, process: Process, x_t: Tensor, k: Tensor,
                    K: int) -> tuple[Tensor, Tensor]:
    """(target x~, time t) for student steps k (B,) of a K-step student, from two DDIM steps
    of the teacher D on the 2K-grid: t_2k -> t_2k-1 -> t_2k-2."""
    t64 = grid(process, 2 * K)
    a64, s64 = coefficients(process, t64)
    t, a, s = (v.to(x_t.device, x_t.dtype) for v in (t64, a64, s64))
    c = [(append_dims(a[j], x_t.ndim), append_dims(s[j], x_t.ndim))
         for j in (2 * k, 2 * k - 1, 2 * k - 2)]
    x1 = ddim_map(x_t, D(x_t, t[2 * k]), *c[0], *c[1])
    x2 = ddim_map(x1, D(x1, t[2 * k - 1]), *c[1], *c[2])
    return distillation_target(x_t, x2, *c[0], *c[2]), t[2 * k]


# ------------------------------------------------------------------ the model


@dataclass
class DistilledConfig(ModelConfig):
    teacher: str = ""
    """Run directory of a trained `ddpm` or `sde` model: `--set teacher=RUN` (required)."""
    student_steps: int = 2
    """Sampling steps (= NFE) of the final student: 1, 2, 4, ..."""
    teacher_steps: int = 64
    """DDIM steps of the original teacher: student_steps times a power of two."""
    round_steps: int = 400
    """Training updates per halving round; the last round runs for the rest of training."""
    prediction: str = "x0"
    """What the student predicts: x0 or v."""
    dropout: float = 0.0
    label_dropout: float = 0.1
    """Probability a label is replaced by the null label (conditional teachers)."""


class Snapshot(nn.Module):
    """A frozen copy of a network's parameters, held as buffers: saved with every checkpoint
    (so a resumed run continues exactly), never trained, applied with functional_call."""

    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.names = [name for name, _ in net.named_parameters()]
        for i, p in enumerate(net.parameters()):
            self.register_buffer(f"w{i}", p.detach().clone())

    @torch.no_grad()
    def copy_from(self, net: nn.Module) -> None:
        for i, p in enumerate(net.parameters()):
            getattr(self, f"w{i}").copy_(p)

    def weights(self) -> dict[str, Tensor]:
        return {name: getattr(self, f"w{i}") for i, name in enumerate(self.names)}


class ProgressiveDistillation(GenerativeModel):
    """A K-step student of a trained diffusion model (Salimans & Ho 2022, arXiv:2202.00512)."""

    Config = DistilledConfig
    nfe_modules = ("net",)
    component_runs: ClassVar[dict[str, str]] = {"teacher": "ddpm"}
    """Config fields that name a trained run, and the model such a run must hold."""

    def __init__(self, config: DistilledConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        self.rounds = _check_config(config)
        teacher = load_teacher(config, spec)
        self.frozen = (teacher,)
        self.process: Process = teacher.process
        self.net = copy.deepcopy(teacher.net).requires_grad_(True)
        for m in self.net.modules():
            if isinstance(m, nn.Dropout):
                m.p = config.dropout
        self.snapshot = Snapshot(self.net)
        self.register_buffer("step", torch.zeros((), dtype=torch.long))
        self.register_buffer("snapshot_round", torch.zeros((), dtype=torch.long))

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        Diffusion.check_data(spec)

    @property
    def teacher(self) -> Diffusion:
        return self.frozen[0]

    # -------------------------------------------------------------- card
    @property
    def card(self) -> Card:
        return _card(self.config, self.rounds, (("distillation teacher", self.teacher.card),))

    @classmethod
    def template_card(cls, spec: DataSpec) -> Card:
        """The card of a default student before any teacher is named (for listings)."""
        config = cls.Config()
        return _card(config, _check_config(config), ())

    # -------------------------------------------------------------- denoisers
    def _x0(self, x: Tensor, t: Tensor, y: Tensor | None,
            weights: dict[str, Tensor] | None) -> Tensor:
        alpha, sigma = (append_dims(c, x.ndim) for c in self.process.alpha_sigma(t))
        args = (x / (alpha**2 + sigma**2).sqrt(), 1000 * t, y)
        out = self.net(*args) if weights is None else functional_call(self.net, weights, args)
        return objectives.to_x0(self.config.prediction, out, x, alpha, sigma)

    def denoiser(self, cond: Tensor | None = None,
                 weights: dict[str, Tensor] | None = None) -> Denoiser:
        """The student's D(x_t, t) -> x0_hat (or, with `weights`, a snapshot's)."""
        return lambda x, t: self._x0(x, t, cond, weights)

    def teacher_denoiser(self, cond: Tensor | None = None) -> Denoiser:
        """The original teacher's D, clipped as the teacher clips when it samples."""
        t = self.teacher
        return t.denoiser(cond, clip=t.spec.discrete and t.config.clip_denoised)

    # -------------------------------------------------------------- training
    def round(self) -> int:
        return min(int(self.step) // self.config.round_steps, self.rounds - 1)

    def student_steps_in(self, r: int) -> int:
        return self.config.teacher_steps // 2 ** (r + 1)

    def _round_teacher(self, r: int, y: Tensor | None) -> Denoiser:
        if r == 0:
            return self.teacher_denoiser(y)
        if r > int(self.snapshot_round):  # a new round: the student becomes the teacher
            self.snapshot.copy_from(self.net)
            self.snapshot_round.fill_(r)
        D = self.denoiser(y, self.snapshot.weights())

        def D_eval(x: Tensor, t: Tensor) -> Tensor:
            with _eval_mode(self.net):
                return D(x, t)
        return D_eval

    def _labels(self, y: Tensor | None) -> Tensor | None:
        return drop_labels(y, self.net.embed, self.config.label_dropout)

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        """Train mode: this round's distillation regression. Eval mode (validation): the
        mean squared gap between the student's and the teacher's samples from one noise."""
        if not self.training:
            return self.sample_gap(batch)
        r = self.round()
        K = self.student_steps_in(r)
        x0 = to_signed(batch.x, self.spec)
        y = self._labels(batch.y)
        k = torch.randint(1, K + 1, (x0.shape[0],), device=x0.device)  # student step
        t = grid(self.process, 2 * K).to(x0.device, x0.dtype)[2 * k]  # (B,)
        alpha, sigma = (append_dims(c, x0.ndim) for c in coefficients(self.process, t))
        x_t = alpha * x0 + sigma * torch.randn_like(x0)
        with torch.no_grad():
            target, _ = two_step_target(self._round_teacher(r, y), self.process, x_t, k, K)
        w = (alpha**2 / sigma**2).clamp(min=1.0)  # truncated SNR weighting
        mse = (w * (self._x0(x_t, t, y, None) - target).pow(2)).mean()
        return {"loss": mse, "round": torch.tensor(float(r)),
                "steps_now": torch.tensor(float(K))}

    def train_step(self, batch: Batch, optimizers: dict[str, Optimizer]) -> dict[str, Tensor]:
        losses = super().train_step(batch, optimizers)
        self.step.add_(1)
        return losses

    @torch.no_grad()
    def sample_gap(self, batch: Batch) -> dict[str, Tensor]:
        """E ||student_K(z) - teacher_N(z)||^2 / D over a fixed noise draw (seed 0)."""
        n = batch.x.shape[0]
        g = torch.Generator().manual_seed(0)
        z = self.process.prior_std * torch.randn(self._model_shape(n), generator=g)
        z = z.to(self.step.device)
        y = None if self.net.embed.label is None or batch.y is None else batch.y
        ours = ddim_on_grid(self.denoiser(y), self.process, z, self.config.student_steps)
        theirs = ddim_on_grid(self.teacher_denoiser(y), self.process, z,
                              self.config.teacher_steps)
        gap = (ours - theirs).pow(2).mean()
        return {"loss": gap, "sample_gap": gap}

    # -------------------------------------------------------------- sampling
    def _model_shape(self, n: int) -> tuple[int, ...]:
        return (n, *self.spec.shape) if self.spec.kind == "image" else (n, self.spec.dim)

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        K = self.config.student_steps
        steps = int(options.pop("steps", K))
        self._no_options(options, ("steps",))
        if steps != K:
            raise SamplerOptionError(f"this student was distilled for {K} steps; "
                                     f"accepted: steps={K}")
        self._check_cond(cond, n)
        z = self.process.prior_sample(self._model_shape(n), self.step.device)
        cond = None if cond is None else cond.to(z.device)
        return from_signed(ddim_on_grid(self.denoiser(cond), self.process, z, K), self.spec)

    def _check_cond(self, cond: Tensor | None, n: int) -> None:
        if cond is None:
            return
        if self.net.embed.label is None:
            raise SamplerOptionError("this student's teacher was trained without labels; "
                                     "accepted: no --label")
        if cond.shape != (n,) or cond.min() < 0 or cond.max() >= self.spec.num_classes:
            raise SamplerOptionError(f"cond must be ({n},) labels in "
                                     f"[0, {self.spec.num_classes}); got {tuple(cond.shape)}")

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        raise LikelihoodUnavailable(
            "a distilled student is a K-step deterministic map from noise, trained to imitate "
            "its teacher's DDIM map; it no longer models the noising process, so it has no "
            "variational bound or probability-flow ODE of its own (evaluate the teacher run "
            "for a likelihood)")


# ------------------------------------------------------------------ helpers


def _check_config(config: DistilledConfig) -> int:
    """Validate the step counts; return the number of halving rounds."""
    K, N = config.student_steps, config.teacher_steps
    rounds = math.log2(N / K) if K >= 1 and N > K else 0.0
    if rounds < 1 or rounds != int(rounds):
        raise ConfigError(f"teacher_steps={N} must be student_steps={K} times a power of two "
                          f"(>= 2); accepted e.g. student_steps=1, 2 or 4 with teacher_steps=64")
    if config.round_steps < 1:
        raise ConfigError(f"round_steps must be >= 1, got {config.round_steps}")
    if config.prediction not in STUDENT_PREDICTIONS:
        raise ConfigError(f"unknown student prediction {config.prediction!r}; accepted: "
                          f"{', '.join(STUDENT_PREDICTIONS)}")
    return int(rounds)


def load_teacher(config: DistilledConfig, spec: DataSpec) -> Diffusion:
    """Load the teacher run named by `config.teacher` (made absolute in the config, so the
    run's config.json records where it lives), checking its model and its data."""
    if not config.teacher:
        raise ConfigError("distilled needs a trained diffusion run to imitate: "
                          "--set teacher=RUN (a run written by genmap train ddpm or sde)")
    from genmap.train import load_component_run  # the trainer imports the registry

    teacher, path = load_component_run(config.teacher, spec, (Diffusion,), "a ddpm or sde run")
    if isinstance(teacher.process, DiscreteVP) and config.teacher_steps > teacher.process.N:
        raise ConfigError(f"teacher_steps={config.teacher_steps} exceeds the teacher's "
                          f"{teacher.process.N}-step chain; accepted: <= {teacher.process.N}")
    config.teacher = str(path)
    return cast(Diffusion, teacher)


def _card(config: DistilledConfig, rounds: int,
          components: tuple[tuple[str, Card], ...]) -> Card:
    K = config.student_steps
    return Card(
        name="distilled", paradigms=("diffusion",), objective=("progressive distillation",),
        divergence="none of its own: squared-error regression onto the teacher's DDIM map "
                   "(the teacher's divergence is inherited, with the imitation error)",
        sampler="few-step distilled", nfe=str(K), likelihood=None, components=components,
        notes=(f"progressive distillation (Salimans & Ho 2022, arXiv:2202.00512): a "
               f"{config.teacher_steps}-step DDIM teacher halved in {rounds} rounds of "
               f"{config.round_steps} updates to {K} step(s)",
               f"{config.prediction}-prediction student, truncated-SNR weighting",
               "non-standard: a diffusion model that samples in a few steps; no likelihood",
               f"teacher run: {config.teacher or '--set teacher=RUN'}"),
        flags=("distilled", "non-standard"))


@contextlib.contextmanager
def _eval_mode(net: nn.Module) -> Iterator[None]:
    was = net.training
    net.eval()
    try:
        yield
    finally:
        net.train(was)
