"""Paradigm 1, autoregressive: the chain rule, trained by next-piece cross-entropy.

Any joint factors exactly as p(x) = prod_{d=1}^{D} p(x_d | x_<d) over D pieces x_d
(pixels in raster order, characters, bins of a continuous coordinate). A network with
a *causal* structure -- output d sees only inputs < d -- gives every conditional in one
pass, so training maximises the exact log-likelihood

    log p(x) = sum_d log softmax(l_d)[x_d]        (next-piece cross-entropy)

whose expectation over the data is -H(p_data) - KL(p_data || p): maximum likelihood
minimises the forward KL, which covers every mode. Sampling is ancestral and sequential,
x_d ~ p(x_d | x_<d), one network evaluation per piece (NFE = D); a key/value cache makes
each of those evaluations cost one token. Conditioning is a prefix: a label token, or
known pieces (prefix completion). On continuous data each coordinate is quantised into
bins of width w, and p(x) = P(bins) / w^D is a piecewise-constant density in nats.

Models: `transformer_ar` (GPT: Radford et al. 2019; pixels as tokens as in Image GPT,
Chen et al. 2020) with a preallocated KV cache, and `pixelcnn` (Gated PixelCNN, van den
Oord et al. 2016, arXiv:1606.05328; PixelCNN: van den Oord et al. 2016, "Pixel Recurrent
Neural Networks", arXiv:1601.06759). Transformer: Vaswani et al. 2017, arXiv:1706.03762.
"""

from genmap.autoregressive.base import Autoregressive
from genmap.autoregressive.decoding import DecodeOptions, Quantiser, draw, filter_logits
from genmap.autoregressive.gpt import GPT, GPTConfig
from genmap.autoregressive.pixelcnn import (
    GatedPixelCNNNet,
    PixelCNN,
    PixelCNNConfig,
    horizontal_mask,
    vertical_mask,
)

__all__ = ["GPT", "Autoregressive", "DecodeOptions", "GPTConfig", "GatedPixelCNNNet",
           "PixelCNN", "PixelCNNConfig", "Quantiser", "draw", "filter_logits",
           "horizontal_mask", "vertical_mask"]
