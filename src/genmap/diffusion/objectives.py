"""What the network predicts and what it is trained to minimise.

With x_t = alpha_t x_0 + sigma_t eps the network may predict (Salimans & Ho 2022,
arXiv:2202.00512, for v):

  eps    the noise                     x0_hat = (x_t - sigma_t eps_hat) / alpha_t
  x0     the clean data                x0_hat = out
  v      alpha_t eps - sigma_t x_0     x0_hat = (alpha x_t - sigma v_hat) / (alpha^2 + sigma^2)
  score  grad log p_t = -eps / sigma   x0_hat = (x_t + sigma_t^2 s_hat) / alpha_t

`to_x0` is the one adapter to the samplers' denoiser contract D(x_t, t) = x0_hat. Losses:
the simplified DDPM loss ||out - target||^2 (Ho et al. 2020, arXiv:2006.11239 eq. 14, for
eps it is noise-prediction MSE, equivalent to denoising score matching, Vincent 2011) and
the likelihood-weighted denoising score matching loss with lambda(t) = g(t)^2, whose
integral bounds the KL to the data (Song et al. 2021, arXiv:2101.09258, Thm. 1).
"""

from __future__ import annotations

from torch import Tensor

PREDICTIONS = ("eps", "x0", "v", "score")
WEIGHTINGS = ("simple", "likelihood")


def check_prediction(pred: str) -> None:
    if pred not in PREDICTIONS:
        raise ValueError(f"unknown prediction {pred!r}; accepted: {', '.join(PREDICTIONS)}")


def target(pred: str, x0: Tensor, eps: Tensor, alpha: Tensor, sigma: Tensor) -> Tensor:
    """The regression target of parameterisation `pred` (alpha, sigma broadcast to x)."""
    if pred == "eps":
        return eps
    if pred == "x0":
        return x0
    if pred == "v":
        return alpha * eps - sigma * x0
    return -eps / sigma


def to_x0(pred: str, out: Tensor, x: Tensor, alpha: Tensor, sigma: Tensor) -> Tensor:
    """Adapter: the network's output under `pred` -> x0_hat."""
    if pred == "eps":
        return (x - sigma * out) / alpha
    if pred == "x0":
        return out
    if pred == "v":
        return (alpha * x - sigma * out) / (alpha**2 + sigma**2)
    return (x + sigma**2 * out) / alpha


def simple_loss(out: Tensor, tgt: Tensor) -> Tensor:
    """Mean squared error over every scalar (DDPM's L_simple under eps-prediction)."""
    return (out - tgt).pow(2).mean()


def likelihood_weighted_dsm(x0_hat: Tensor, x0: Tensor, alpha: Tensor, sigma: Tensor,
                            g2: Tensor) -> Tensor:
    """1/2 g(t)^2 ||s_theta - grad log q(x_t | x_0)||^2 per dimension, averaged: with
    s_theta - grad log q = alpha (x0_hat - x0) / sigma^2 for every parameterisation."""
    err = alpha * (x0_hat - x0) / sigma**2
    return 0.5 * (g2 * err.pow(2)).mean()
