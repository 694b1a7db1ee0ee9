"""The VQ-VAE (van den Oord et al. 2017, arXiv:1711.00937): a deterministic encoder
z_e(x), a codebook e_1..e_M, and a decoder of the quantised codes z_q.

    k_n    = argmin_j ||z_e,n - e_j||^2            (one token per position n = 1..N)
    z_q,n  = e_{k_n},  passed on as z_e + sg(z_q - z_e)    (straight-through gradient)
    L      = -log p(x | z_q) + ||sg(z_e) - z_q||^2 + beta ||z_e - sg(z_q)||^2

The codebook term is replaced, by default, by exponential moving averages of the codes'
assignment counts N_j and sums m_j (the paper's appendix; Razavi et al. 2019,
arXiv:1906.00446): N_j <- g N_j + (1-g) n_j, m_j <- g m_j + (1-g) sum z_e, e_j = m_j / N_j.
A code whose average count falls below `dead_below` is restarted on a random encoder
output of the batch (as in Jukebox, Dhariwal et al. 2020, arXiv:2005.00341).
Codebook usage: perplexity exp(H(average assignment)) in [1, M], and the dead-code count.

Likelihood: the VQ-VAE is a latent-variable model with a deterministic one-hot posterior
q(k|x); with the uniform prior p(k) = M^-N that `sample` draws from, the ELBO is
    log p(x) >= log p(x | z_q(x)) - N log M,
a true but loose bound, returned by `log_prob` as kind "bound". A learned prior over the
tokens (an autoregressive model on `encode_tokens`, the hybrids) replaces -N log M by
log p_prior(k), which is how this bound is tightened.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import Tensor, nn

from genmap.card import Card
from genmap.data import DataSpec
from genmap.latent.likelihoods import Observation
from genmap.latent.networks import conv_down, conv_up, pixels_to_params, resolve_arch
from genmap.nets import MLP
from genmap.protocol import Batch, GenerativeModel, LogProb, ModelConfig, SamplerOptionError


@dataclass
class VQVAEConfig(ModelConfig):
    arch: str = "auto"
    """conv (tokens on the half-resolution grid), mlp (n_tokens tokens), or auto."""
    decoder: str = "auto"
    codebook_size: int = 64
    code_dim: int = 16
    n_tokens: int = 8
    """Tokens per example of the mlp arch (the conv arch has one per half-res pixel)."""
    width: int = 256
    depth: int = 2
    channels: int = 32
    commitment: float = 0.25
    """beta: weight of the commitment loss ||z_e - sg(z_q)||^2."""
    codebook_ema: bool = True
    """Update the codebook by moving averages (True) or by the codebook loss (False)."""
    code_decay: float = 0.99
    dead_below: float = 0.5
    """Restart a code whose moving-average assignment count per batch falls below this."""
    code_init_from_data: bool = True
    """Set the codebook to encoder outputs of the first training batch (else N(0, I/d))."""
    dropout: float = 0.0


class VectorQuantizer(nn.Module):
    """Nearest-neighbour quantisation of (B, N, d) vectors onto M codes."""

    def __init__(self, M: int, d: int, ema: bool, decay: float, dead_below: float,
                 data_init: bool = False) -> None:
        super().__init__()
        self.ema, self.decay, self.dead_below = ema, decay, dead_below
        self.register_buffer("initialized", torch.tensor(not data_init))
        init = torch.randn(M, d) / math.sqrt(d)
        if ema:
            self.register_buffer("codebook", init.clone())
            self.register_buffer("counts", torch.ones(M))
            self.register_buffer("sums", init.clone())
        else:
            self.codebook = nn.Parameter(init)
            self.register_buffer("counts", torch.ones(M))

    @property
    def M(self) -> int:
        return self.codebook.shape[0]

    def assign(self, z_e: Tensor) -> Tensor:
        """(B, N, d) -> (B, N) index of the nearest code."""
        e = self.codebook
        dist2 = z_e.square().sum(-1, keepdim=True) - 2 * z_e @ e.T + e.square().sum(-1)
        return dist2.argmin(-1)

    def forward(self, z_e: Tensor) -> tuple[Tensor, Tensor, dict[str, Tensor]]:
        """Straight-through z_q (B, N, d), tokens (B, N) and the VQ losses and usage."""
        if self.training and not self.initialized:
            self._init_from(z_e.detach().reshape(-1, z_e.shape[-1]))
        k = self.assign(z_e)
        if self.training:
            self._update_counts(z_e.detach(), k)
        z_q = self.codebook[k]
        terms = {"commit": F.mse_loss(z_e, z_q.detach()),
                 "codebook": F.mse_loss(z_q, z_e.detach()) if not self.ema
                 else torch.zeros((), device=z_e.device)}
        z_st = z_e + (z_q - z_e).detach()  # forward value z_q, gradient identity to z_e
        return z_st, k, terms | self.usage(k)

    def usage(self, k: Tensor) -> dict[str, Tensor]:
        """Perplexity of the batch's code histogram, and codes with a dead average count."""
        p = torch.bincount(k.flatten(), minlength=self.M).float() / k.numel()
        H = -(p * p.clamp_min(1e-12).log()).sum()
        dead = (self.counts < self.dead_below).sum().float()
        return {"perplexity": H.exp(), "dead_codes": dead}

    @torch.no_grad()
    def _update_counts(self, z_e: Tensor, k: Tensor) -> None:
        flat, onehot = z_e.reshape(-1, z_e.shape[-1]), F.one_hot(k.flatten(), self.M)
        n = onehot.sum(0).to(flat.dtype)  # (M,) assignments in this batch
        s = onehot.to(flat.dtype).T @ flat  # (M, d) sum of the vectors assigned to each code
        if dist.is_available() and dist.is_initialized():
            dist.all_reduce(n)
            dist.all_reduce(s)
            n, s = n / dist.get_world_size(), s / dist.get_world_size()
        g = self.decay
        self.counts.mul_(g).add_(n, alpha=1 - g)
        if self.ema:
            self.sums.mul_(g).add_(s, alpha=1 - g)
            N = self.counts.sum()
            smoothed = (self.counts + 1e-5) / (N + self.M * 1e-5) * N  # Laplace smoothing
            self.codebook.copy_(self.sums / smoothed[:, None])
        self._restart_dead(flat)

    @torch.no_grad()
    def _init_from(self, flat: Tensor) -> None:
        """Every code on a random encoder output of this batch."""
        self._reset(torch.arange(self.M, device=flat.device), flat)
        self.initialized.fill_(True)

    @torch.no_grad()
    def _restart_dead(self, flat: Tensor) -> None:
        dead = (self.counts < self.dead_below).nonzero().flatten()
        if len(dead):
            self._reset(dead, flat)

    @torch.no_grad()
    def _reset(self, dead: Tensor, flat: Tensor) -> None:
        pick = flat[torch.randint(len(flat), (len(dead),), device=flat.device)]
        if dist.is_available() and dist.is_initialized():
            dist.broadcast(pick, 0)
        self.codebook.data[dead] = pick.to(self.codebook.dtype)
        self.counts[dead] = 1.0
        if self.ema:
            self.sums[dead] = pick.to(self.sums.dtype)


class VQVAE(GenerativeModel):
    """Encoder -> vector quantiser -> decoder; `encode_tokens` / `decode_tokens` for priors."""

    Config = VQVAEConfig
    nfe_modules = ("decoder",)

    def __init__(self, config: VQVAEConfig, spec: DataSpec) -> None:
        super().__init__(config, spec)
        c = config
        self.obs = Observation(c.decoder, spec)
        self.arch = resolve_arch(c.arch, spec)
        P = self.obs.params_per_dim
        if self.arch == "conv":
            C, H, W = spec.shape
            self.token_shape: tuple[int, ...] = (H // 2, W // 2)
            self.encoder: nn.Module = nn.Sequential(conv_down(C, c.channels, c.dropout),
                                                    nn.Conv2d(2 * c.channels, c.code_dim, 1))
            self.decoder: nn.Module = conv_up(c.code_dim, c.channels, C * P, c.dropout)
        else:
            self.token_shape = (c.n_tokens,)
            in_dim = spec.dim * (spec.levels if spec.kind == "text" else 1)
            self.encoder = nn.Sequential(nn.Flatten(1), MLP(in_dim, c.n_tokens * c.code_dim,
                                                            c.width, c.depth, c.dropout))
            self.decoder = MLP(c.n_tokens * c.code_dim, spec.dim * P, c.width, c.depth,
                               c.dropout)
        self.quantizer = VectorQuantizer(c.codebook_size, c.code_dim, c.codebook_ema,
                                         c.code_decay, c.dead_below, c.code_init_from_data)

    @property
    def card(self) -> Card:
        return Card(
            name="vqvae",
            paradigms=("latent_variable",),
            objective=("vector quantisation",),
            divergence="none as trained (reconstruction + codebook + commitment); "
                       "forward KL bound under the uniform token prior",
            sampler="parallel one pass",
            nfe="1",
            likelihood="bound",
            notes=(f"{self.config.codebook_size} codes, {math.prod(self.token_shape)} "
                   "tokens per example",
                   "log_prob = log p(x|z_q(x)) - N log M under the uniform prior that "
                   "sample() draws from: loose; a learned token prior (hybrids) tightens it"),
        )

    @property
    def n_tokens(self) -> int:
        return math.prod(self.token_shape)

    def _dtype(self) -> torch.dtype:
        return self.quantizer.codebook.dtype

    def encode(self, x: Tensor) -> Tensor:
        """z_e(x): (B, N, d)."""
        h = self.encoder(self.obs.encoder_input(x, self._dtype()))
        if self.arch == "conv":
            return h.flatten(2).transpose(1, 2)  # (B, d, H', W') -> (B, N, d)
        return h.reshape(len(x), self.n_tokens, -1)  # (B, N*d) -> (B, N, d)

    def decode(self, z_q: Tensor) -> Tensor:
        """Observation params (B, D, P) of p(x | z_q), z_q: (B, N, d)."""
        B, P = len(z_q), self.obs.params_per_dim
        if self.arch == "conv":
            h = z_q.transpose(1, 2).reshape(B, -1, *self.token_shape)  # (B, d, H', W')
            return pixels_to_params(self.decoder(h), self.spec.shape[0], P)
        return self.decoder(z_q.flatten(1)).reshape(B, self.spec.dim, P)

    # ------------------------------------------------------------ the protocol

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        z_q, _, terms = self.quantizer(self.encode(batch.x))
        rec = -self.obs.log_prob(self.decode(z_q), batch.x).mean() / self.spec.dim
        loss = rec + terms["codebook"] + self.config.commitment * terms["commit"]
        return {"loss": loss, "rec_per_dim": rec.detach(),
                **{k: v.detach() for k, v in terms.items()}}

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        """log p(x | z_q(x)) - N log M: the ELBO under the uniform token prior (see the
        module docstring), a loose lower bound on log p(x)."""
        self._unconditional(cond)
        tokens = self.encode_tokens(x)
        return LogProb(self.decoder_log_prob(x, tokens) - self.n_tokens *
                       math.log(self.quantizer.M), "bound")

    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        """Tokens from the uniform prior, decoded in one pass (decode=sample or mode)."""
        self._unconditional(cond)
        self._no_options(options, ("decode",))
        decode = options.get("decode", "sample")
        if decode not in ("sample", "mode"):
            raise SamplerOptionError(f"decode={decode!r}; accepted: sample, mode")
        tokens = torch.randint(self.quantizer.M, (n, *self.token_shape),
                               device=self.quantizer.codebook.device)
        return self.decode_tokens(tokens, mode=decode == "mode")

    # ------------------------------------------------------------ tokens

    @torch.no_grad()
    def encode_tokens(self, x: Tensor) -> Tensor:
        """x -> its codes, (B, *token_shape) long in [0, codebook_size)."""
        k = self.quantizer.assign(self.encode(x))  # (B, N)
        return k.reshape(len(x), *self.token_shape)

    def decoder_log_prob(self, x: Tensor, tokens: Tensor) -> Tensor:
        """log p(x | tokens), (B,): with a prior's log p(tokens) it bounds log p(x)."""
        return self.obs.log_prob(self._decode_params(tokens), x)

    @torch.no_grad()
    def decode_tokens(self, tokens: Tensor, mode: bool = True) -> Tensor:
        """(B, *token_shape) codes -> x in data space (the mode, or a sample, of p(x|z_q))."""
        return self.obs.draw(self._decode_params(tokens), mode=mode)

    def _decode_params(self, tokens: Tensor) -> Tensor:
        if tokens.shape[1:] != self.token_shape:
            raise SamplerOptionError(f"tokens must be shaped (B, {self.token_shape}), not "
                                     f"{tuple(tokens.shape)}")
        z_q = self.quantizer.codebook[tokens.flatten(1)]  # (B, N, d)
        return self.decode(z_q)

    @torch.no_grad()
    def reconstruct(self, x: Tensor, cond: Tensor | None = None) -> Tensor:
        """x_hat = the mode of p(x | z_q(x))."""
        self._unconditional(cond)
        return self.decode_tokens(self.encode_tokens(x), mode=True)

    @torch.no_grad()
    def interpolate(self, x_a: Tensor, x_b: Tensor, steps: int = 8,
                    cond: Tensor | None = None) -> Tensor:
        """Decode (mode) the quantised straight line between z_e(x_a) and z_e(x_b):
        (B, steps, *shape), row i going from x_a[i] (t=0) to x_b[i] (t=1)."""
        self._unconditional(cond)
        if steps < 2:
            raise SamplerOptionError(f"interpolate needs steps >= 2, got {steps}")
        z_a, z_b = self.encode(x_a), self.encode(x_b)  # (B, N, d)
        t = torch.linspace(0, 1, steps, device=z_a.device, dtype=z_a.dtype)[None, :, None, None]
        z = (1 - t) * z_a[:, None] + t * z_b[:, None]  # (B, steps, N, d)
        B = len(z_a)
        k = self.quantizer.assign(z.flatten(0, 1))  # (B*steps, N)
        x = self.decode_tokens(k.reshape(B * steps, *self.token_shape))
        return x.reshape(B, steps, *self.spec.shape)

    @torch.no_grad()
    def codebook_usage(self, x: Tensor) -> dict[str, float]:
        """Perplexity of the codes x uses, codes used at least once, and dead codes."""
        k = torch.cat([self.encode_tokens(x[i:i + 500]) for i in range(0, len(x), 500)])
        u = self.quantizer.usage(k)
        used = int(torch.bincount(k.flatten(), minlength=self.quantizer.M).gt(0).sum())
        return {"perplexity": float(u["perplexity"]), "used_codes": used,
                "dead_codes": int(u["dead_codes"])}
