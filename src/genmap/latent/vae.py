"""The variational autoencoder (Kingma & Welling 2013, arXiv:1312.6114; Rezende et al.
2014, arXiv:1401.4082), with beta (Higgins et al. 2017), KL warm-up (Bowman et al. 2015,
arXiv:1511.06349; Sonderby et al. 2016, arXiv:1602.02282), free bits (Kingma et al. 2016,
arXiv:1606.04934), the importance-weighted bound and active units (Burda et al. 2015,
arXiv:1509.00519), and label conditioning (Sohn et al. 2015, the CVAE).

    ELBO(x)    = E_q(z|x)[log p(x|z)] - KL(q(z|x) || p(z))            <= log p(x)
    IWAE_k(x)  = E[log 1/k sum_i p(x, z_i) / q(z_i|x)], z_i ~ q(z|x)   <= log p(x)

with q(z|x) = N(mu(x), diag sigma^2(x)), p(z) = N(0, I), z = mu + sigma * eps, and
ELBO = IWAE_1 <= IWAE_k <= IWAE_{k+1} -> log p(x) as k grows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from genmap.card import Card
from genmap.data import DataSpec
from genmap.latent.likelihoods import (
    Observation,
    diag_gaussian_log_prob,
    gaussian_kl,
    reparameterize,
)
from genmap.latent.networks import Decoder, Encoder, resolve_arch
from genmap.protocol import (
    Batch,
    DataMismatch,
    GenerativeModel,
    LogProb,
    ModelConfig,
    SamplerOptionError,
)


@dataclass
class VAEConfig(ModelConfig):
    arch: str = "mlp"
    """mlp, conv, or auto (conv on images with even sides, mlp otherwise). mlp by default:
    on 8x8 digits it trains ~6x more steps per CPU second than conv."""
    decoder: str = "auto"
    """categorical or logistic on discrete data, gaussian on continuous; auto picks
    categorical / gaussian."""
    latent_dim: int = 16
    width: int = 256
    depth: int = 2
    channels: int = 32
    beta: float = 1.0
    """Weight of the KL term in the training loss (beta-VAE); log_prob is always the ELBO."""
    kl_warmup: int = 0
    """Steps over which the KL weight rises linearly from 0 to beta (0: no warm-up)."""
    free_bits: float = 0.0
    """Nats per latent dimension below which the batch-mean KL is not penalised."""
    conditional: bool = False
    """Condition encoder and decoder on the class label (CVAE)."""
    dropout: float = 0.0
    iwae_k: int = 100
    """Importance samples of the IWAE bound that `genmap eval` reports and compares."""


def config_error(message: str) -> Exception:
    from genmap.registry import ConfigError  # registry imports this package

    return ConfigError(message)


class VAE(GenerativeModel):
    """q(z|x) and p(x|z) as networks, trained on the (beta-weighted) negative ELBO."""

    Config = VAEConfig
    nfe_modules = ("decoder",)

    def __init__(self, config: VAEConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        if config.conditional and not spec.num_classes:
            raise DataMismatch(f"a conditional VAE needs labelled data; {spec.name} has no "
                               "classes; accepted: conditional=false")
        self.obs = Observation(config.decoder, spec)
        arch = resolve_arch(config.arch, spec)
        self.n_cond = spec.num_classes if config.conditional else 0
        in_dim = spec.dim * (spec.levels if spec.kind == "text" else 1)
        Z, c = config.latent_dim, config
        self.encoder = Encoder(arch, spec, in_dim, 2 * Z, self.n_cond, c.width, c.depth,
                               c.channels, c.dropout)
        self.decoder = Decoder(arch, spec, Z + self.n_cond, self.obs.params_per_dim, c.width,
                               c.depth, c.channels, c.dropout)
        self.register_buffer("step", torch.zeros((), dtype=torch.long))
        """Training steps taken: drives the KL warm-up, checkpointed with the weights."""

    @property
    def card(self) -> Card:
        c = self.config
        return Card(
            name="cvae" if c.conditional else "vae",
            paradigms=("latent_variable",),
            objective=("ELBO",),
            divergence="forward KL, bounded: KL(data || p) + E_x KL(q(z|x) || p(z|x))",
            sampler="parallel one pass",
            nfe="1",
            likelihood="bound",
            notes=(f"{self.obs.kind} decoder, {c.latent_dim}-d Gaussian latent",
                   "log_prob is the ELBO (beta = 1) whatever the training beta; "
                   "iwae(x, k) is the tighter importance-weighted bound"),
        )

    # ------------------------------------------------------------ pieces

    def _onehot(self, cond: Tensor | None, n: int) -> Tensor | None:
        if not self.n_cond:
            self._unconditional(cond)
            return None
        if cond is None:
            raise SamplerOptionError("this conditional VAE needs the labels of x (cond)")
        if cond.shape != (n,) or cond.min() < 0 or cond.max() >= self.n_cond:
            raise SamplerOptionError(f"labels must be a ({n},) tensor in [0, {self.n_cond}); "
                                     f"got shape {tuple(cond.shape)}")
        return F.one_hot(cond, self.n_cond)

    def _dtype(self) -> torch.dtype:
        return self.decoder.stem[0].weight.dtype

    def posterior(self, x: Tensor, cond: Tensor | None = None) -> tuple[Tensor, Tensor]:
        """q(z|x) = N(mu, diag exp(log_var)): each (B, Z)."""
        h = self.encoder(self.obs.encoder_input(x, self._dtype()), self._onehot(cond, len(x)))
        mu, log_var = h.chunk(2, dim=-1)
        return mu, log_var

    def decode(self, z: Tensor, cond: Tensor | None = None) -> Tensor:
        """Observation params (B, D, P) of p(x|z)."""
        return self.decoder(z, self._onehot(cond, len(z)))

    def _terms(self, x: Tensor, cond: Tensor | None) -> tuple[Tensor, Tensor, Tensor]:
        """One-sample log p(x|z) (B,), analytic KL per latent dim (B, Z), and mu (B, Z)."""
        mu, log_var = self.posterior(x, cond)
        z = reparameterize(mu, log_var)
        rec = self.obs.log_prob(self.decode(z, cond), x)
        return rec, gaussian_kl(mu, log_var), mu

    def _marginal(self, fn: Callable[[Tensor], Tensor], x: Tensor) -> Tensor:
        """log sum_y p(y) exp(fn(y)) over a uniform label prior p(y) = 1/C: a bound on
        log p(x) when each fn(y) bounds log p(x|y)."""
        C = self.n_cond
        vals = [fn(torch.full((len(x),), y, dtype=torch.long, device=x.device))
                for y in range(C)]
        return torch.stack(vals).logsumexp(0) - math.log(C)  # (C, B) -> (B,)

    # ------------------------------------------------------------ the protocol

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        """The ELBO (one posterior sample, analytic KL), a lower bound on log p(x)
        (on discrete data, on the log probability mass). A conditional VAE given no
        label bounds log p(x) = log sum_y p(y) p(x|y) with a uniform p(y)."""
        if self.n_cond and cond is None:
            return LogProb(self._marginal(lambda y: self.log_prob(x, y).value, x), "bound")
        rec, kl, _ = self._terms(x, cond)
        return LogProb(rec - kl.sum(-1), "bound")

    def kl_weight(self) -> float:
        """beta times the warm-up ramp min(1, step / kl_warmup)."""
        c = self.config
        ramp = 1.0 if c.kl_warmup <= 0 else min(1.0, int(self.step) / c.kl_warmup)
        return c.beta * ramp

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        c, D = self.config, self.spec.dim
        rec, kl, mu = self._terms(batch.x, batch.y if self.n_cond else None)
        kl_dims = kl.mean(0)  # (Z,) batch-mean KL of each latent dimension
        kl_term = kl_dims.clamp(min=c.free_bits).sum() if c.free_bits > 0 else kl_dims.sum()
        beta = self.kl_weight()
        if self.training:
            with torch.no_grad():
                self.step += 1
        neg_elbo = -(rec - kl.sum(-1)).mean() / D
        return {"loss": (-rec.mean() + beta * kl_term) / D,
                "neg_elbo_per_dim": neg_elbo.detach(),
                "rec_per_dim": (-rec.mean() / D).detach(),
                "kl": kl.sum(-1).mean().detach(),
                "kl_weight": torch.tensor(beta),
                "active_units": (mu.detach().var(0) > 0.01).sum().float()}

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        """Ancestral, one pass: z ~ N(0, temperature^2 I), x ~ p(x|z) (decode=sample) or
        x = argmax p(x|z) (decode=mode). A conditional VAE given no label draws y uniformly."""
        self._no_options(options, ("temperature", "decode"))
        decode = options.get("decode", "sample")
        if decode not in ("sample", "mode"):
            raise SamplerOptionError(f"decode={decode!r}; accepted: sample, mode")
        device = self.step.device
        if self.n_cond and cond is None:
            cond = torch.randint(self.n_cond, (n,), device=device)
        z = float(options.get("temperature", 1.0)) * torch.randn(
            n, self.config.latent_dim, device=device, dtype=self._dtype())
        return self.obs.draw(self.decode(z, cond), mode=decode == "mode")

    def likelihoods(self) -> dict[str, Callable[[Tensor], LogProb]]:
        """IWAE-k beside the ELBO; it is the tighter bound, so it is the one compared."""
        k = self.config.iwae_k
        return {f"iwae_{k}": lambda x: self.iwae(x, k, self.iwae_chunk(len(x)))}

    @property
    def compared_likelihood(self) -> str:  # type: ignore[override]
        return f"iwae_{self.config.iwae_k}"

    def iwae_chunk(self, B: int, budget: int = 2**25) -> int:
        """Posterior samples per decoder pass so that one pass holds ~`budget` numbers."""
        per_sample = B * self.spec.dim * max(self.obs.params_per_dim, self.obs.K)
        return max(1, min(self.config.iwae_k, budget // per_sample))

    # ------------------------------------------------------------ beyond the protocol

    @torch.no_grad()
    def iwae(self, x: Tensor, k: int = 64, chunk: int = 16,
             cond: Tensor | None = None) -> LogProb:
        """The importance-weighted bound IWAE_k (kind "bound"), drawing `chunk` of the k
        posterior samples per decoder pass, so memory grows with chunk, not k."""
        if k < 1 or chunk < 1:
            raise config_error(f"iwae needs k >= 1 and chunk >= 1, got k={k}, chunk={chunk}")
        if self.n_cond and cond is None:
            return LogProb(self._marginal(lambda y: self.iwae(x, k, chunk, y).value, x),
                           "bound")
        mu, log_var = self.posterior(x, cond)
        acc = torch.full((len(x),), -math.inf, device=mu.device, dtype=mu.dtype)
        for start in range(0, k, chunk):
            log_w = self._log_weights(x, cond, mu, log_var, min(chunk, k - start))
            acc = torch.cat([acc[None], log_w]).logsumexp(0)  # running log sum_i w_i
        return LogProb(acc - math.log(k), "bound")

    def _log_weights(self, x: Tensor, cond: Tensor | None, mu: Tensor, log_var: Tensor,
                     c: int) -> Tensor:
        """log p(x, z_i) - log q(z_i|x) for c posterior draws: (c, B)."""
        B, Z = mu.shape
        z = reparameterize(mu.expand(c, B, Z), log_var.expand(c, B, Z))  # (c, B, Z)
        y = None if cond is None else cond.repeat(c)
        x_rep = x.repeat(c, *([1] * (x.ndim - 1)))  # (c*B, ...), sample-major like z
        log_px = self.obs.log_prob(self.decode(z.reshape(c * B, Z), y), x_rep).reshape(c, B)
        log_pz = diag_gaussian_log_prob(z, torch.zeros_like(z), torch.zeros_like(z))
        return log_px + log_pz - diag_gaussian_log_prob(z, mu, log_var)

    @torch.no_grad()
    def reconstruct(self, x: Tensor, cond: Tensor | None = None) -> Tensor:
        """x_hat = the most probable x under p(x | z = mu(x)), shaped and typed like x."""
        mu, _ = self.posterior(x, cond)
        return self.obs.draw(self.decode(mu, cond), mode=True)

    @torch.no_grad()
    def interpolate(self, x_a: Tensor, x_b: Tensor, steps: int = 8,
                    cond: Tensor | None = None) -> Tensor:
        """Decode (mode) the straight line between the posterior means of x_a and x_b:
        (B, steps, *shape), row i going from x_a[i] (t=0) to x_b[i] (t=1)."""
        if steps < 2:
            raise config_error(f"interpolate needs steps >= 2, got {steps}")
        z_a, z_b = self.posterior(x_a, cond)[0], self.posterior(x_b, cond)[0]
        t = torch.linspace(0, 1, steps, device=z_a.device, dtype=z_a.dtype)[None, :, None]
        z = (1 - t) * z_a[:, None] + t * z_b[:, None]  # (B, steps, Z)
        B = len(z_a)
        y = None if cond is None else cond.repeat_interleave(steps)
        x = self.obs.draw(self.decode(z.reshape(B * steps, -1), y), mode=True)
        return x.reshape(B, steps, *self.spec.shape)

    @torch.no_grad()
    def active_units(self, x: Tensor, cond: Tensor | None = None,
                     threshold: float = 0.01) -> int:
        """Latent dimensions u with Cov_x(E_q[u | x]) > threshold (Burda et al.)."""
        if self.n_cond and cond is None:
            raise SamplerOptionError("this conditional VAE needs the labels of x (cond)")
        mu = torch.cat([self.posterior(x[i:i + 500], None if cond is None else
                                       cond[i:i + 500])[0] for i in range(0, len(x), 500)])
        return int((mu.var(0) > threshold).sum())
