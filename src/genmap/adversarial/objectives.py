"""The adversarial objectives as plain functions of the critic's outputs.

Every discriminator here outputs an unbounded score D(x) (a logit for the logistic
objectives, a critic value for the Wasserstein ones); sigma is the logistic function.

| objective       | the discriminator minimises                        | the generator minimises |
|-----------------|----------------------------------------------------|-------------------------|
| minimax         | -E log sigma(D(x)) - E log sigma(-D(G(z)))          | E log sigma(-D(G(z)))   |
| nonsaturating   | same as minimax                                     | -E log sigma(D(G(z)))   |
| r1              | same, + gamma/2 E_real ||grad D(x)||^2 (lazily)     | -E log sigma(D(G(z)))   |
| wgan            | E D(G(z)) - E D(x), weights clipped to [-c, c]      | -E D(G(z))              |
| wgan-gp         | same, + lambda E (||grad D(x_hat)||_2 - 1)^2        | -E D(G(z))              |
| hinge           | E relu(1 - D(x)) + E relu(1 + D(G(z)))              | -E D(G(z))              |

With the optimal discriminator D* = p / (p + q) the minimax value is 2 JSD(p, q) - log 4
(Goodfellow et al. 2014, Theorem 1), so `divergence` reports (V + log 4) / 2, the
critic's estimate of JSD; the Wasserstein critics estimate W1 by E D(x) - E D(G(z)); the
hinge loss at its optimum is 2 - 2 TV(p, q), so hinge reports 1 - L_D / 2.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
from torch import Tensor
from torch.nn.functional import logsigmoid, relu

from genmap.nets import append_dims

OBJECTIVES = ("minimax", "nonsaturating", "r1", "wgan", "wgan-gp", "hinge")
LOGISTIC = ("minimax", "nonsaturating", "r1")
WASSERSTEIN = ("wgan", "wgan-gp")

Critic = Callable[[Tensor], Tensor]
"""x -> D(x), shape (B,): the discriminator with any label already bound."""


def check_objective(objective: str) -> None:
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown GAN objective {objective!r}; accepted: {', '.join(OBJECTIVES)}")


def minimax_value(real: Tensor, fake: Tensor) -> Tensor:
    """V(D, G) = E_p log D(x) + E_q log(1 - D(x)) with D = sigma(logit); log(1 - sigma(l))
    = log sigma(-l) keeps it finite for saturated logits."""
    return logsigmoid(real).mean() + logsigmoid(-fake).mean()


def discriminator_loss(objective: str, real: Tensor, fake: Tensor) -> Tensor:
    """What D minimises, from its scores on real (B,) and generated (B,) examples."""
    check_objective(objective)
    if objective in LOGISTIC:
        return -minimax_value(real, fake)
    if objective in WASSERSTEIN:
        return fake.mean() - real.mean()
    return relu(1 - real).mean() + relu(1 + fake).mean()


def generator_loss(objective: str, fake: Tensor) -> Tensor:
    """What G minimises, from D's scores on generated examples (B,).

    minimax: E log(1 - D(G(z))), whose gradient vanishes when D rejects G's samples
    confidently (early training); the non-saturating loss -E log D(G(z)) has the same
    fixed point and strong gradients there (Goodfellow et al. 2014, section 3)."""
    check_objective(objective)
    if objective == "minimax":
        return logsigmoid(-fake).mean()
    if objective in LOGISTIC:
        return -logsigmoid(fake).mean()
    return -fake.mean()


def top_k(fake: Tensor, fraction: float) -> Tensor:
    """The k = ceil(fraction B) of D's scores on generated examples (B,) that the
    generator's loss keeps in top-k training (Sinha et al. 2020, arXiv:2002.06224): the
    fakes D finds most realistic, so G is not pulled by the ones it already failed on.
    Every objective here scores real examples high, so the top of D's scores is it."""
    k = max(1, math.ceil(fraction * fake.shape[0]))
    return fake if k >= fake.shape[0] else fake.topk(k).values


def divergence_estimate(objective: str, real: Tensor, fake: Tensor) -> Tensor:
    """The critic's estimate of the divergence its objective minimises (a lower bound at
    any D): JSD for the logistic objectives, W1 for the Wasserstein critics, TV for hinge."""
    check_objective(objective)
    if objective in LOGISTIC:
        return 0.5 * (minimax_value(real, fake) + math.log(4))
    if objective in WASSERSTEIN:
        return real.mean() - fake.mean()
    return 1 - 0.5 * discriminator_loss("hinge", real, fake)


def _input_gradient(D: Critic, x: Tensor) -> Tensor:
    """grad_x D(x) per example, kept in the graph so a penalty on it trains D; (B, D)."""
    with torch.enable_grad():
        x = x.detach().requires_grad_(True)
        (g,) = torch.autograd.grad(D(x).sum(), x, create_graph=True)
    return g.flatten(1)


def gradient_penalty(D: Critic, real: Tensor, fake: Tensor) -> Tensor:
    """WGAN-GP: E (||grad D(x_hat)||_2 - 1)^2 at x_hat = eps x + (1 - eps) x_tilde,
    eps ~ U[0, 1] per example (Gulrajani et al. 2017, Algorithm 1). Unweighted."""
    eps = append_dims(torch.rand(real.shape[0], device=real.device), real.ndim)
    x_hat = eps * real.detach() + (1 - eps) * fake.detach()
    return (_input_gradient(D, x_hat).norm(dim=1) - 1).pow(2).mean()


def r1_penalty(D: Critic, real: Tensor) -> Tensor:
    """R1: (1/2) E_real ||grad D(x)||^2 (Mescheder et al. 2018, eq. 9), unweighted: the
    caller multiplies by gamma."""
    return 0.5 * _input_gradient(D, real).pow(2).sum(1).mean()


def mmd2(x: Tensor, y: Tensor, scales: tuple[float, ...] = (0.125, 0.25, 0.5, 1.0, 2.0)) -> Tensor:
    """Kernel MMD^2 (Gretton et al. 2012, the biased V-statistic: >= 0, defined for any
    sizes) between samples x (N, ...) and y (M, ...) under a sum of Gaussian kernels whose
    bandwidths are `scales` times the median distance within x. Critic-free, so it
    compares generators across training steps."""
    x, y = x.flatten(1).float(), y.flatten(1).float()
    dxx, dyy, dxy = torch.cdist(x, x), torch.cdist(y, y), torch.cdist(x, y)
    h = dxx.median().clamp_min(1e-6)

    def k(d: Tensor) -> Tensor:
        return sum(torch.exp(-d.pow(2) / (2 * (s * h) ** 2)) for s in scales).mean()

    return k(dxx) + k(dyy) - 2 * k(dxy)
