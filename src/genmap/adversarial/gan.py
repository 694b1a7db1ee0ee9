"""The GAN model: two players, one config, the alternating updates owned by `train_step`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

import torch
from torch import Tensor
from torch.nn.functional import one_hot

from genmap.adversarial import networks as nets
from genmap.adversarial import objectives as obj
from genmap.card import Card
from genmap.data import DataSpec
from genmap.nets import rank_sums
from genmap.protocol import (
    Batch,
    DataMismatch,
    GenerativeModel,
    LikelihoodUnavailable,
    LogProb,
    ModelConfig,
    Optimizer,
    SamplerOptionError,
)


class Settings(NamedTuple):
    """The update schedule of one objective: critic steps per generator step, the two
    learning rates (TTUR, Heusel et al. 2017, arXiv:1706.08500) and Adam's betas."""

    n_critic: int
    lr_g: float
    lr_d: float
    betas: tuple[float, float]


PAPER_SETTINGS: dict[str, Settings] = {
    "minimax": Settings(1, 2e-4, 2e-4, (0.5, 0.999)),  # DCGAN, arXiv:1511.06434
    "nonsaturating": Settings(1, 2e-4, 2e-4, (0.5, 0.999)),  # DCGAN
    "r1": Settings(1, 2e-3, 2e-3, (0.0, 0.99)),  # StyleGAN2, arXiv:1912.04958
    "wgan": Settings(5, 5e-5, 5e-5, (0.0, 0.99)),  # WGAN (RMSProp ~ Adam beta1=0)
    "wgan-gp": Settings(5, 1e-4, 1e-4, (0.0, 0.9)),  # WGAN-GP, arXiv:1704.00028
    "hinge": Settings(1, 1e-4, 4e-4, (0.0, 0.9)),  # SAGAN, arXiv:1805.08318
}

_CARDS: dict[str, tuple[tuple[str, ...], str]] = {
    "minimax": (("minimax",), "Jensen-Shannon"),
    "nonsaturating": (("non-saturating",),
                      "Jensen-Shannon game; at the optimal D the generator minimises "
                      "KL(q||p) - 2 JSD"),
    "r1": (("non-saturating", "R1"), "Jensen-Shannon, R1-regularised (zero-centred on data)"),
    "wgan": (("Wasserstein critic",), "Wasserstein-1 (Lipschitz by weight clipping)"),
    "wgan-gp": (("Wasserstein critic", "gradient penalty"), "Wasserstein-1"),
    "hinge": (("hinge",), "total variation (hinge loss)"),
}


@dataclass
class GANConfig(ModelConfig):
    objective: str = "r1"
    """minimax, nonsaturating, r1, wgan, wgan-gp or hinge."""
    n_critic: int = 0
    """Discriminator steps per generator step; 0 = the objective's paper value."""
    lr_g: float = 0.0
    """Generator learning rate; 0 = the objective's paper value."""
    lr_d: float = 0.0
    """Discriminator learning rate; 0 = the objective's paper value."""
    beta1: float = -1.0
    """Adam beta1 of both players; negative = the objective's paper value."""
    beta2: float = -1.0
    """Adam beta2 of both players; negative = the objective's paper value."""
    gp_weight: float = 10.0
    """lambda of WGAN-GP."""
    r1_gamma: float = -1.0
    """gamma of R1; negative = 0.01 for MLP players (standardised ring8 and grid25 modes
    have std 0.014-0.018 and need a sharp D; 0.001 and 0.1 scored the same on grid25 at 1,000 steps)
    and 0.1 for convolutional ones."""
    r1_interval: int = 0
    """Lazy regularisation: R1 (times the interval) every this many critic steps; 0 = 16
    for convolutional players (StyleGAN2) and 1 for MLPs (Mescheder et al.'s every-step
    R1), where laziness saves nothing and its periodic kick costs precision."""
    clip_value: float = 0.01
    """c of WGAN: critic weights are clipped to [-c, c]."""
    spectral_norm: bool = False
    conditional: bool = False
    """Class-conditional G and projection D (needs labelled data)."""
    z_dim: int = 0
    """Noise dimension; 0 = the data's own dimension for continuous vectors (every extra
    noise direction is one G must learn to ignore: grid25 at 1,000 steps scored 6 % high
    quality with z_dim 32, 15 % with 2) and 32 for images and text."""
    width: int = 0
    """Hidden width of MLP players; 0 = 128 for continuous vectors and 256 for text. On
    grid25 (R1, steps of 64, 5 seeds) width 128 scored 94.1 % high quality after 16,000
    steps and 96.0 +- 0.5 % after 32,000, at about 2.2x less CPU per step than width
    256 (94.8 +- 0.4 % after 16,000)."""
    depth: int = 3
    channels: int = 32
    dropout: float = 0.0
    """Dropout in the discriminator."""
    standardize: bool = True
    """Continuous data: the players work in standardised coordinates (x - mu) / s, with
    mu and s per coordinate from the first training batch (buffers, saved with the
    weights), so one network scale and one R1 gamma fit a ring of radius 1 and a grid out
    to +-4 alike; G's output is mapped back by x = mu + s G(z)."""
    topk_nu: float = 1.0
    """Top-k generator training (Sinha et al. 2020, arXiv:2002.06224): G's loss uses only
    the k of its B fakes that D scores highest, k = B max(nu, topk_gamma^t) after t
    generator steps; nu is the floor fraction, 1 = every fake (the plain game). Off by
    default: on grid25 (4,000 steps of 256) nu 0.5 scored 53 % high quality, 73 % without."""
    topk_gamma: float = 0.99
    """Per-generator-step decay of k/B from 1 to topk_nu (the paper decays per epoch)."""
    pack: int = 1
    """PacGAN (Lin et al. 2018, arXiv:1712.04086): D judges m samples at once, all real
    or all generated, concatenated along the first feature axis; 1 = the plain game."""


def settings_of(c: GANConfig) -> Settings:
    """`c`'s schedule with every 'paper value' placeholder filled in."""
    paper = PAPER_SETTINGS[c.objective]
    return Settings(c.n_critic or paper.n_critic, c.lr_g or paper.lr_g, c.lr_d or paper.lr_d,
                    (paper.betas[0] if c.beta1 < 0 else c.beta1,
                     paper.betas[1] if c.beta2 < 0 else c.beta2))


DRS_MAX_ROUNDS = 1000
"""Rejection rounds before `drs` gives up: past this, D accepts almost nothing."""


class GAN(GenerativeModel):
    """x = G(z), z ~ N(0, I); D tells real from generated; `objective` picks the game."""

    Config = GANConfig
    nfe_modules = ("G",)

    def __init__(self, config: GANConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        _check_config(config, spec)
        self.num_classes = spec.num_classes if config.conditional else None
        self.G = self._generator(config, spec)
        self.D = self._discriminator(config, spec)
        self.register_buffer("d_steps", torch.zeros((), dtype=torch.long))
        self.register_buffer("g_steps", torch.zeros((), dtype=torch.long))
        self.register_buffer("loc", torch.zeros(spec.shape))
        self.register_buffer("scale", torch.ones(spec.shape))
        self.register_buffer("fitted", torch.zeros((), dtype=torch.bool))

    # ------------------------------------------------------------ construction

    @property
    def representation(self) -> str:
        """How data meets the players: 'intensity' (discrete images, x / (K - 1) in
        [0, 1]), 'onehot' (other discrete data: one-hot rows vs G's softmax, as in
        WGAN-GP's language model) or 'vector' (continuous data, standardised)."""
        if not self.spec.discrete:
            return "vector"
        return "intensity" if self.spec.kind == "image" else "onehot"

    def _feature_shape(self) -> tuple[int, ...]:
        if self.representation == "onehot":
            return (*self.spec.shape, self.spec.levels)
        return self.spec.shape

    def _convolutional(self) -> bool:
        return self.spec.kind == "image" and len(self.spec.shape) == 3

    def _generator(self, c: GANConfig, spec: DataSpec) -> nets.Generator:
        label_dim = self.z_dim if self.num_classes else 0
        d_in, shape = self.z_dim + label_dim, self._feature_shape()
        body = (nets.DCGANGenerator(d_in, shape, c.channels) if self._convolutional()
                else nets.mlp_generator(d_in, math.prod(shape), self.width, c.depth))
        return nets.Generator(body, self.num_classes, label_dim, shape)

    def _discriminator(self, c: GANConfig, spec: DataSpec) -> nets.ProjectionDiscriminator:
        first, *rest = self._feature_shape()
        shape = (c.pack * first, *rest)
        phi, d_feat = (nets.dcgan_features(shape, c.channels, c.dropout) if self._convolutional()
                       else nets.mlp_features(math.prod(shape), self.width, c.depth, c.dropout))
        D = nets.ProjectionDiscriminator(phi, d_feat, self.num_classes)
        return nets.apply_spectral_norm(D) if c.spectral_norm else D

    @property
    def settings(self) -> Settings:
        """The config's schedule with every 'paper value' placeholder filled in."""
        return settings_of(self.config)

    @property
    def width(self) -> int:
        """The MLP players' width with the 0 placeholder filled in."""
        return self.config.width or (128 if self.representation == "vector" else 256)

    @property
    def z_dim(self) -> int:
        """The noise dimension with the 0 placeholder filled in (D for vectors, capped at
        32; 32 for images and text)."""
        if self.config.z_dim:
            return self.config.z_dim
        return min(self.spec.dim, 32) if self.representation == "vector" else 32

    @property
    def r1_interval(self) -> int:
        """The lazy-R1 interval with the 0 placeholder filled in (16 conv, 1 MLP)."""
        if self.config.r1_interval:
            return self.config.r1_interval
        return 16 if self._convolutional() else 1

    @property
    def r1_gamma(self) -> float:
        """gamma of R1 with the negative placeholder filled in (0.1 conv, 0.01 MLP)."""
        if self.config.r1_gamma >= 0:
            return self.config.r1_gamma
        return 0.1 if self._convolutional() else 0.01

    @classmethod
    def train_defaults(cls, spec: DataSpec, config: ModelConfig | None = None) -> dict[str, Any]:
        """Continuous vectors: many small steps. The generator needs updates more than
        big batches: grid25 scored 42 % high quality after 2,000 steps of 256, 90 % after
        8,000 of 128, 94 % after 16,000 of 64 (about the same CPU time per step count);
        at width 128, 94.1 % after 16,000 steps and 96.0 % after 32,000 (5 seeds each).
        Every player's minibatch is 64: an objective with n_critic critic steps per
        generator step gets a batch of 64 n_critic (a fresh 64 per critic step, as in the
        WGAN papers), and, as there, no gradient clipping (ring8 after 3,000 WGAN-GP steps:
        median distance to the nearest mode 61 sigma at batch 64 with clipping at 1, 40
        without clipping, 30 at batch 320)."""
        if spec.kind != "vector" or spec.discrete:
            return {}
        c = config if isinstance(config, GANConfig) else GANConfig()
        n = settings_of(c).n_critic
        return {"steps": 32_000, "batch_size": 64 * n} | ({"grad_clip": 0.0} if n > 1 else {})

    @property
    def card(self) -> Card:
        objective, divergence = _CARDS[self.config.objective]
        notes = [f"objective {self.config.objective}; implicit density x = G(z), z ~ N(0, I)"]
        return Card(name=f"gan-{self.config.objective}", paradigms=("adversarial",),
                    objective=objective, divergence=divergence, sampler="parallel one pass",
                    nfe="1", likelihood=None, notes=tuple(notes))

    # ------------------------------------------------------------ data <-> players

    def _device(self) -> torch.device:
        return self.d_steps.device

    def to_players(self, x: Tensor) -> Tensor:
        """Data (B, *shape) -> what D sees (B, *feature_shape), float: intensities,
        one-hot rows, or standardised vectors (x - mu) / s."""
        if self.representation == "intensity":
            return x.float() / (self.spec.levels - 1)
        if self.representation == "onehot":
            return one_hot(x, self.spec.levels).float()  # (B, T, K)
        return (x.float() - self.loc) / self.scale

    def _load_from_state_dict(self, state: dict[str, Any], prefix: str, *args: Any) -> None:
        """Runs saved before standardisation and the generator-step count lack their
        buffers: they trained on raw coordinates, so load them as fitted to the identity."""
        if prefix + "fitted" not in state and prefix + "d_steps" in state:
            state[prefix + "loc"], state[prefix + "scale"] = (
                torch.zeros_like(self.loc), torch.ones_like(self.scale))
            state[prefix + "fitted"] = torch.ones_like(self.fitted)
            state[prefix + "g_steps"] = torch.zeros_like(self.g_steps)
        super()._load_from_state_dict(state, prefix, *args)

    @torch.no_grad()
    def fit_standardization(self, x: Tensor) -> None:
        """mu, s of continuous data (B, *shape) per coordinate, once, from the first
        training batch; a no-op for discrete data or with standardize=false."""
        if self.representation != "vector" or not self.config.standardize or bool(self.fitted):
            return  # (the buffer last: reading it waits for the device, every step)
        n, s1, s2 = rank_sums(x.float(), [0])  # over every rank's first batch
        self.loc.copy_(s1 / n)
        var = (s2 - s1 * s1 / n) / (n - 1).clamp_min(1)  # unbiased
        self.scale.copy_(var.clamp_min(0).sqrt().clamp_min(1e-6))
        self.fitted.fill_(True)

    def packed(self, x: Tensor) -> Tensor:
        """m = pack consecutive examples (B, f0, ...) -> one input of D (B/m, m f0, ...):
        PacGAN's concatenation (channels for images, coordinates for vectors)."""
        m = self.config.pack
        B, first, *rest = x.shape
        if B % m:
            raise ValueError(f"pack={m} needs a batch divisible by {m}, got {B}")
        return x.reshape(B // m, m * first, *rest)  # (B/m, m f0, ...)

    def generate(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        """G's sample in D's space: sigmoid intensities, softmax rows, or a standardised
        vector."""
        raw = self.G(z, y)
        if self.representation == "intensity":
            return torch.sigmoid(raw)
        if self.representation == "onehot":
            return raw.softmax(-1)  # (B, T, K)
        return raw

    def to_data(self, g: Tensor) -> Tensor:
        """G's sample in D's space -> data: nearest level, argmax token, or mu + s g."""
        if self.representation == "intensity":
            K = self.spec.levels
            return (g * (K - 1)).round().long().clamp(0, K - 1)
        if self.representation == "onehot":
            return g.argmax(-1)
        return self.loc + self.scale * g

    def noise(self, n: int, truncation: float | None = None) -> Tensor:
        """z ~ N(0, I) (n, z_dim); with a truncation threshold t, every coordinate with
        |z_i| > t is redrawn until none is (the truncation trick, BigGAN arXiv:1809.11096)."""
        z = torch.randn(n, self.z_dim, device=self._device())
        if truncation is None:
            return z
        if not truncation > 0:
            raise ValueError(f"truncation must be a positive threshold, got {truncation}")
        while (out := z.abs() > truncation).any():
            z[out] = torch.randn(int(out.sum()), device=z.device)
        return z

    def _labels(self, y: Tensor | None, n: int) -> Tensor | None:
        if self.num_classes is None:
            return None
        if y is None:
            raise ValueError("conditional=true: the batch must carry labels y")
        return y[:n]

    # ------------------------------------------------------------ the game

    def critic(self, y: Tensor | None) -> obj.Critic:
        """x -> D(x, y) with the labels bound, for the penalties."""
        return partial(self.D, y=y)

    def optimizer_groups(self) -> dict[str, dict[str, Any]]:
        s, wd = self.settings, self.config.weight_decay
        return {"generator": {"params": list(self.G.parameters()), "lr": s.lr_g,
                              "betas": s.betas, "weight_decay": wd},
                "discriminator": {"params": list(self.D.parameters()), "lr": s.lr_d,
                                  "betas": s.betas, "weight_decay": wd}}

    def train_step(self, batch: Batch, optimizers: dict[str, Optimizer]) -> dict[str, Tensor]:
        """n_critic discriminator steps, each on its own slice of the batch (the paper's
        fresh real minibatch per critic iteration), then one generator step on as many
        fakes as one slice holds (the paper's generator minibatch)."""
        n_critic, m = self.settings.n_critic, self.config.pack
        B = batch.x.shape[0]
        if B < n_critic * m:
            raise ValueError(f"a batch of {B} cannot feed n_critic={n_critic} critic steps "
                             f"of pack={m}; accepted: batch_size >= n_critic * pack")
        self.fit_standardization(batch.x)
        x = self.to_players(batch.x)
        y = self._labels(batch.y, B)
        logs: dict[str, Tensor] = {}
        slices = torch.arange(B, device=x.device).tensor_split(n_critic)
        for i in slices:
            i = i[:len(i) - len(i) % m]  # whole packs only
            logs = self.critic_step(x[i], None if y is None else y[i],
                                    optimizers["discriminator"])
        n = len(slices[0]) - len(slices[0]) % m  # G's minibatch is one critic step's
        return {"loss": self.generator_step(n, None if y is None else y[:n],
                                            optimizers["generator"]), **logs}

    def critic_step(self, x: Tensor, y: Tensor | None, opt: Optimizer) -> dict[str, Tensor]:
        """One discriminator update on real x (in D's space) against fresh fakes."""
        objective = self.config.objective
        with torch.no_grad():
            fake = self.packed(self.generate(self.noise(x.shape[0]), y))
        x = self.packed(x)
        real_s, fake_s = self.D(x, y), self.D(fake, y)
        d_loss = obj.discriminator_loss(objective, real_s, fake_s)
        penalty = self._penalty(x, fake, y)
        opt.zero_grad()
        (d_loss + penalty).backward()
        opt.step()
        if objective == "wgan":
            with torch.no_grad():
                for p in self.D.parameters():
                    p.clamp_(-self.config.clip_value, self.config.clip_value)
        self.d_steps += 1
        return {"d_loss": d_loss.detach(), "penalty": penalty.detach(),
                "divergence": obj.divergence_estimate(objective, real_s, fake_s).detach()}

    def _penalty(self, x: Tensor, fake: Tensor, y: Tensor | None) -> Tensor:
        c = self.config
        if c.objective == "wgan-gp":
            return c.gp_weight * obj.gradient_penalty(self.critic(y), x, fake)
        k = self.r1_interval
        if c.objective == "r1" and int(self.d_steps) % k == 0:
            return self.r1_gamma * k * obj.r1_penalty(self.critic(y), x)
        return torch.zeros((), device=x.device)

    def generator_step(self, n: int, y: Tensor | None, opt: Optimizer) -> Tensor:
        """One generator update; D's weights are frozen so only G's get gradients."""
        self.D.requires_grad_(False)
        try:
            fake = self.packed(self.generate(self.noise(n), y))
            scores = obj.top_k(self.D(fake, y), self.top_k_fraction())
            g_loss = obj.generator_loss(self.config.objective, scores)
            opt.zero_grad()
            g_loss.backward()
            opt.step()
        finally:
            self.D.requires_grad_(True)
        self.g_steps += 1
        return g_loss.detach()

    def top_k_fraction(self) -> float:
        """k / B of top-k training at this generator step: max(nu, gamma^t)."""
        c = self.config
        if c.topk_nu >= 1:  # off: no need to read the step count off the device
            return 1.0
        return max(c.topk_nu, c.topk_gamma ** int(self.g_steps))

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        """Validation: "loss" is the kernel MMD^2 between the batch and as many generated
        samples (critic-free, so checkpoints compare across steps); the critic's own
        divergence estimate and both players' losses are logged beside it."""
        x = self.to_players(batch.x)
        y = self._labels(batch.y, x.shape[0])
        fake = self.generate(self.noise(x.shape[0]), y)
        n = x.shape[0] - x.shape[0] % self.config.pack  # whole packs for the critic
        real_s, fake_s = self.D(self.packed(x[:n]), y), self.D(self.packed(fake[:n]), y)
        objective = self.config.objective
        return {"loss": obj.mmd2(x, fake),
                "divergence": obj.divergence_estimate(objective, real_s, fake_s),
                "d_loss": obj.discriminator_loss(objective, real_s, fake_s),
                "g_loss": obj.generator_loss(objective, fake_s)}

    # ------------------------------------------------------------ drawing

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        """One pass of G. Options: truncation=t (redraw |z_i| > t), interpolate=1 (the n
        samples walk the great circle between two noise vectors), drs=1 (discriminator
        rejection sampling: more than one pass, see `rejection_sample`)."""
        self._no_options(options, ("truncation", "interpolate", "drs"))
        y = self._sample_labels(n, cond)
        t = options.get("truncation")
        if options.get("drs"):
            return self.to_data(self.rejection_sample(n, y, t))
        if options.get("interpolate"):
            z0, z1 = self.noise(2, t)
            z = slerp(z0, z1, torch.linspace(0, 1, n, device=z0.device))
        else:
            z = self.noise(n, t)
        return self.to_data(self.generate(z, y))

    def rejection_sample(self, n: int, y: Tensor | None = None,
                         truncation: float | None = None, burn_in: int = 10_000) -> Tensor:
        """Discriminator rejection sampling (Azadi et al. 2019, arXiv:1810.06758, with
        gamma = 0: exact rejection sampling): a logistic D's logit estimates log p(x)/q(x),
        so G's x kept with probability exp(logit(x) - M), M the largest logit seen (from
        `burn_in` draws on), is a draw from p wherever D is right. Each example slot
        redraws until it accepts; returns (n, *feature_shape) in G's space."""
        c = self.config
        if c.objective not in obj.LOGISTIC or c.pack > 1:
            raise SamplerOptionError(f"drs needs a logistic discriminator (log p/q) judging "
                                     f"single samples; accepted: objective in "
                                     f"{', '.join(obj.LOGISTIC)} with pack=1")
        M = float(self.D(self.generate(self.noise(burn_in, truncation))).max()) \
            if y is None else -math.inf
        x, todo = torch.empty(n, *self._feature_shape(), device=self._device()), \
            torch.ones(n, dtype=torch.bool, device=self._device())
        for _ in range(DRS_MAX_ROUNDS):
            if not todo.any():
                return x
            i = todo.nonzero().flatten()
            yi = None if y is None else y[i]
            g = self.generate(self.noise(len(i), truncation), yi)
            logit = self.D(g, yi)
            M = max(M, float(logit.max()))
            keep = torch.rand_like(logit) < torch.exp(logit - M)
            x[i[keep]], todo[i[keep]] = g[keep], False
        raise SamplerOptionError(
            f"drs accepted {n - int(todo.sum())} of {n} samples in {DRS_MAX_ROUNDS} rounds: "
            "the discriminator rejects nearly every generated sample (a D far from log p/q); "
            "accepted: drs on a run whose D and G are both trained, or drs=0")

    def _sample_labels(self, n: int, cond: Tensor | None) -> Tensor | None:
        if self.num_classes is None:
            self._unconditional(cond)
            return None
        if cond is None:
            return torch.randint(self.num_classes, (n,), device=self._device())
        if cond.shape != (n,) or not 0 <= int(cond.min()) <= int(cond.max()) < self.num_classes:
            raise ValueError(f"cond must be (n,) = ({n},) labels in [0, {self.num_classes}), "
                             f"got shape {tuple(cond.shape)}")
        return cond.to(self._device())

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        raise LikelihoodUnavailable(
            "a GAN's generator defines an implicit distribution: x = G(z) pushes "
            f"z ~ N(0, I_{self.z_dim}) through a network that is neither invertible nor "
            "dimension-preserving, so p(x) has no formula, and the discriminator only "
            "compares samples with data; judge it by its samples (mode coverage, FID/KID, "
            "precision/recall)")


def slerp(z0: Tensor, z1: Tensor, t: Tensor) -> Tensor:
    """Spherical interpolation between noise vectors z0, z1 (d,) at times t (n,) -> (n, d);
    it stays on the shell where Gaussian noise lives (White 2016, arXiv:1609.04468)."""
    cos = (z0 @ z1 / (z0.norm() * z1.norm())).clamp(-1, 1)
    omega = torch.arccos(cos)
    t = t[:, None]  # (n, 1)
    if omega.abs() < 1e-6:
        return (1 - t) * z0 + t * z1
    return (torch.sin((1 - t) * omega) * z0 + torch.sin(t * omega) * z1) / torch.sin(omega)


def _check_config(c: GANConfig, spec: DataSpec) -> None:
    from genmap.registry import ConfigError  # registry imports this module

    if c.objective not in obj.OBJECTIVES:
        raise ConfigError(f"unknown objective {c.objective!r}; accepted: "
                          f"{', '.join(obj.OBJECTIVES)}")
    if c.n_critic < 0 or c.r1_interval < 0 or c.z_dim < 0 or c.width < 0 or c.depth < 1:
        raise ConfigError("n_critic, r1_interval, z_dim, width >= 0 and depth >= 1 required")
    if not 0 < c.topk_nu <= 1 or not 0 < c.topk_gamma <= 1:
        raise ConfigError(f"top-k needs 0 < topk_nu <= 1 and 0 < topk_gamma <= 1, got "
                          f"{c.topk_nu}, {c.topk_gamma}")
    if c.pack < 1:
        raise ConfigError(f"pack must be >= 1 (1 = no packing), got {c.pack}")
    if c.pack > 1 and c.conditional:
        raise ConfigError("pack > 1 with conditional=true is not supported: a pack of m "
                          "samples has m labels; accepted: pack=1 for a conditional GAN")
    if c.conditional and not spec.num_classes:
        raise DataMismatch(f"conditional=true needs labelled data; {spec.name} has no classes")
    if spec.discrete and spec.levels < 2:
        raise DataMismatch(f"a GAN needs at least 2 levels, got {spec.levels}")
