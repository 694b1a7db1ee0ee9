"""What every chain-rule model shares: data <-> tokens, the start (label) token, the exact
log-likelihood from the per-piece logits, the next-piece cross-entropy, and sampling
one piece at a time. A subclass supplies `logits` (teacher forcing, all D pieces in one
pass) and `decode` (sequential, one network evaluation per piece)."""

from __future__ import annotations

import math
from typing import Any, ClassVar

import torch
from torch import Tensor

from genmap.autoregressive.decoding import DecodeOptions, Quantiser, draw
from genmap.data import DataSpec
from genmap.protocol import Batch, GenerativeModel, LogProb, ModelConfig, SamplerOptionError


class Autoregressive(GenerativeModel):
    """p(x | c) = prod_d p(x_d | x_<d, c): pieces x_d are the values of a discrete example
    (pixels in raster order, characters) or the bins of a continuous one (`Quantiser`).

    The start token s = K + c carries the label c in [0, C); s = K + C is the null label,
    used without a label and, with probability `label_dropout`, in training so that one
    network is both p(x | c) and p(x)."""

    nfe_modules: ClassVar[tuple[str, ...]] = ("net",)
    sampler_options: ClassVar[tuple[str, ...]] = (
        "temperature", "top_k", "top_p", "prefix", "n_known")

    def __init__(self, config: ModelConfig, spec: DataSpec, bins: int = 256,
                 low: float = -5.0, high: float = 5.0) -> None:
        super().__init__(config, spec)
        self.D = spec.dim
        self.K = spec.levels if spec.discrete else bins
        self.C = spec.num_classes or 0
        self.quantiser = None if spec.discrete else Quantiser(low, high, bins)

    # ------------------------------------------------------------ to implement
    def logits(self, x: Tensor, s: Tensor) -> Tensor:
        """(B, D) tokens, (B,) start tokens -> (B, D, K) logits of every piece."""
        raise NotImplementedError

    def decode(self, x: Tensor, s: Tensor, n_known: int, opts: DecodeOptions) -> Tensor:
        """Fill x[:, n_known:] of (B, D) tokens one piece at a time; return x."""
        raise NotImplementedError

    # ------------------------------------------------------------ tokens
    def tokens(self, x: Tensor) -> Tensor:
        """Data (B, *shape) -> (B, D) long tokens in [0, K)."""
        x = x.flatten(1)  # (B, D), raster order
        return x.long() if self.quantiser is None else self.quantiser.bins(x)

    def start(self, cond: Tensor | None, n: int, device: torch.device) -> Tensor:
        """(n,) start tokens: K + c for label c, K + C for none (or a dropped label)."""
        null = torch.full((n,), self.K + self.C, dtype=torch.long, device=device)
        if cond is None:
            return null
        if self.C == 0:
            self._unconditional(cond)
        if cond.shape != (n,) or cond.dtype != torch.long or not (
                (cond >= 0) & (cond < self.C)).all():
            raise SamplerOptionError(f"cond must be a ({n},) long tensor of labels in "
                                     f"[0, {self.C})")
        s = self.K + cond.to(device)
        p = getattr(self.config, "label_dropout", 0.0)
        if self.training and p > 0:
            s = torch.where(torch.rand(n, device=device) < p, null, s)
        return s

    # ------------------------------------------------------------ likelihood
    def token_log_probs(self, x: Tensor, cond: Tensor | None) -> Tensor:
        """(B, *shape) data -> (B, D) log p(x_d | x_<d, c) of every piece, in nats."""
        t = self.tokens(x)
        logits = self.logits(t, self.start(cond, t.shape[0], t.device))  # (B, D, K)
        return logits.log_softmax(-1).gather(-1, t[..., None])[..., 0]  # (B, D)

    def log_prob(self, x: Tensor, cond: Tensor | None = None) -> LogProb:
        """Exact: log P(x) = sum_d log p(x_d | x_<d); on continuous data the bins' mass
        over their volume, log P(bins) - D log w (and -inf outside the range)."""
        lp = self.token_log_probs(x, cond).sum(1)
        if self.quantiser is not None:
            q = self.quantiser
            lp = lp - self.D * math.log(q.width)
            lp = lp.masked_fill(~q.inside(x.flatten(1)).all(1), -math.inf)
        return LogProb(lp, "exact")

    def loss(self, batch: Batch) -> dict[str, Tensor]:
        """Next-piece cross-entropy = NLL per dimension (nats; of density on continuous
        data), whose minimiser over the data distribution minimises KL(p_data || p)."""
        cond = batch.y if self.C else None
        nll = -self.token_log_probs(batch.x, cond).mean()
        if self.quantiser is not None:
            nll = nll + math.log(self.quantiser.width)
        return {"loss": nll, "nll_per_dim": nll.detach()}

    # ------------------------------------------------------------ sampling
    @torch.no_grad()
    def sample(self, n: int, cond: Tensor | None = None, **options: Any) -> Tensor:
        """Ancestral sampling, one piece at a time: x_d ~ p(x_d | x_<d, c). Options:
        temperature, top_k, top_p, prefix + n_known (prefix completion), see
        `DecodeOptions`."""
        self._no_options(options, self.sampler_options)
        opts = DecodeOptions.parse(options, n, self.D)
        device = next(self.parameters()).device
        x = torch.zeros(n, self.D, dtype=torch.long, device=device)  # (n, D)
        if opts.prefix is not None:
            x[:, :opts.n_known] = self.tokens(opts.prefix.to(device))[:, :opts.n_known]
        x = self.decode(x, self.start(cond, n, device), opts.n_known, opts)
        return self._to_data(x, opts)

    def complete(self, x_known: Tensor, n_known: int | None = None,
                 cond: Tensor | None = None, **options: Any) -> Tensor:
        """Prefix completion: keep the first n_known pieces of each example (default the
        top half of an image) and sample the rest."""
        n_known = self.D // 2 if n_known is None else n_known
        return self.sample(x_known.shape[0], cond, prefix=x_known, n_known=n_known, **options)

    def _to_data(self, x: Tensor, opts: DecodeOptions) -> Tensor:
        n = x.shape[0]
        if self.quantiser is None:
            return x.reshape(n, *self.spec.shape)
        v = self.quantiser.values(x)  # (n, D)
        if opts.prefix is not None:  # known coordinates come back exactly
            v[:, :opts.n_known] = opts.prefix.flatten(1)[:, :opts.n_known].to(v)
        return v.reshape(n, *self.spec.shape)

    def draw(self, logits: Tensor, opts: DecodeOptions) -> Tensor:
        return draw(logits, opts)
