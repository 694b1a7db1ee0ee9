"""The causal transformer over pieces: GPT (Radford et al. 2019, "Language Models are
Unsupervised Multitask Learners") on characters, and on pixels as tokens in raster
order as in Image GPT (Chen et al. 2020, "Generative Pretraining from Pixels", ICML).

Input is the sequence (s, x_1, ..., x_{D-1}) with s the start (label) token; output t
is p(x_{t+1} | s, x_<=t). Teacher forcing scores all D pieces in one causal pass;
decoding keeps every layer's keys and values in a preallocated `KVCache`, so each new
piece costs one pass over one token (D passes per sample in all)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from genmap.autoregressive.base import Autoregressive
from genmap.autoregressive.decoding import DecodeOptions
from genmap.card import Card
from genmap.data import DataSpec
from genmap.nets import CausalTransformer, KVCache
from genmap.protocol import DataMismatch, ModelConfig


@dataclass
class GPTConfig(ModelConfig):
    d_model: int = 64
    n_layer: int = 4
    n_head: int = 4
    dropout: float = 0.1
    label_dropout: float = 0.2
    """Probability of replacing the label token by the null token in training."""
    bins: int = 256
    """Continuous data: bins per coordinate over [range_low, range_high]."""
    range_low: float = -5.0
    range_high: float = 5.0


class GPT(Autoregressive):
    Config = GPTConfig
    sampler_options = (*Autoregressive.sampler_options, "cache")

    def __init__(self, config: GPTConfig, spec: DataSpec) -> None:
        super().__init__(config, spec, config.bins, config.range_low, config.range_high)
        self.net = CausalTransformer(self.K + self.C + 1, self.K, self.D, config.d_model,
                                     config.n_layer, config.n_head, config.dropout)
        self._kv: KVCache | None = None

    @classmethod
    def check_data(cls, spec: DataSpec) -> None:
        if spec.discrete and spec.levels < 2:
            raise DataMismatch(f"transformer_ar needs at least 2 levels, got {spec.levels}")

    @property
    def card(self) -> Card:
        notes = ["pre-norm causal transformer; preallocated KV cache: one pass per token",
                 "class conditioning by a label token, dropped for unconditional use"]
        if self.quantiser is not None:
            notes.append(f"continuous data quantised into {self.K} bins per coordinate on "
                         f"[{self.quantiser.low}, {self.quantiser.high}]; density = P / width")
        return Card(name="transformer_ar", paradigms=("autoregressive",),
                    objective=("next-token NLL",), divergence="forward KL",
                    sampler="sequential ancestral", nfe="D", likelihood="exact",
                    notes=tuple(notes))

    def logits(self, x: Tensor, s: Tensor) -> Tensor:
        inp = torch.cat([s[:, None], x[:, :-1]], 1)  # (B, D): s, x_1 .. x_{D-1}
        return self.net(inp)  # (B, D, K)

    def decode(self, x: Tensor, s: Tensor, n_known: int, opts: DecodeOptions) -> Tensor:
        if opts.cache:
            return self._decode_cached(x, s, n_known, opts)
        return self._decode_uncached(x, s, n_known, opts)

    def _decode_cached(self, x: Tensor, s: Tensor, n_known: int,
                       opts: DecodeOptions) -> Tensor:
        if n_known == self.D:
            return x
        cache = self._decoding_cache(x.shape[0])
        inp = torch.cat([s[:, None], x[:, :n_known]], 1)  # (B, n_known + 1): prefill
        logits = self.net(inp, cache)[:, -1]  # (B, K)
        for t in range(n_known, self.D):
            x[:, t] = self.draw(logits, opts)
            if t + 1 < self.D:
                logits = self.net(x[:, t:t + 1], cache)[:, -1]
        return x

    def _decoding_cache(self, batch: int) -> KVCache:
        """The KV cache, kept from one sampling to the next of the same batch size, dtype
        and device and reset to length 0 (a static cache): allocating and first touching
        a fresh one cost about 6 % of sampling 64 digits of 64 tokens, one thread. It holds
        its memory, L B D d_model * 8 bytes in float32, until a sampling of another shape."""
        c, p = self._kv, self.net.head.weight
        if c is None or c.batch != batch or c.k.dtype != p.dtype or c.k.device != p.device:
            c = self._kv = self.net.new_cache(batch, self.D)
        c.length = 0
        return c

    def _decode_uncached(self, x: Tensor, s: Tensor, n_known: int,
                         opts: DecodeOptions) -> Tensor:
        for t in range(n_known, self.D):
            inp = torch.cat([s[:, None], x[:, :t]], 1)  # (B, t + 1)
            x[:, t] = self.draw(self.net(inp)[:, -1], opts)
        return x
