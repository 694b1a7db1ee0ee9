"""Paradigm 3, adversarial: a generator and a discriminator play a game.

A generator G maps noise z ~ N(0, I) to a sample x = G(z); its distribution q is
*implicit*: easy to sample in one pass, with no density to evaluate. A discriminator D
tells real x ~ p from generated x ~ q, and G learns by fooling it. The original game
(Goodfellow et al. 2014, arXiv:1406.2661)

    min_G max_D V(D, G) = E_p log D(x) + E_z log(1 - D(G(z)))

has the optimal discriminator D* = p / (p + q), at which V = 2 JSD(p, q) - log 4: G
minimises the Jensen-Shannon divergence. The variants here change what D estimates or
how it is regularised:

- non-saturating: G maximises log D(G(z)) instead, the same fixed point with useful
  gradients when D wins (same paper, section 3);
- WGAN (Arjovsky et al. 2017, arXiv:1701.07875): a 1-Lipschitz critic estimates the
  Wasserstein-1 distance sup_f E_p f - E_q f; Lipschitz by weight clipping;
- WGAN-GP (Gulrajani et al. 2017, arXiv:1704.00028): Lipschitz by the penalty
  lambda E (||grad D(x_hat)|| - 1)^2 on interpolates x_hat of real and fake;
- R1 (Mescheder et al. 2018, arXiv:1801.04406; StyleGAN2, arXiv:1912.04958): the
  non-saturating logistic game with (gamma / 2) E_p ||grad D(x)||^2 on real data,
  applied lazily every few critic steps;
- hinge (Lim & Ye 2017, arXiv:1705.02894; SNGAN, SAGAN): D minimises
  E relu(1 - D(x)) + E relu(1 + D(G(z))).

Any of them can be *packed* (PacGAN, Lin et al. 2018, arXiv:1712.04086): D judges m
samples at once, all real or all generated, so a G that repeats a few modes is easier
to tell apart (config `pack`).

Top-k training (Sinha et al. 2020, arXiv:2002.06224; config `topk_nu`) updates G on
the fakes D scores highest only. Continuous data are standardised per coordinate from
the first training batch, and G's noise has the data's own dimension, so the players'
scale does not depend on the data's units.

Sampling is one pass of G; the price is no likelihood and the risk of mode collapse:
G can fool D with a few modes of p. `genmap.metrics.mode_coverage` measures that.
Discriminator rejection sampling (Azadi et al. 2019, arXiv:1810.06758; `drs=1`) spends
more passes to keep the samples a logistic D rates as likely under p.

Modules: `objectives` (losses and penalties as functions), `networks` (MLP and
DCGAN players, spectral norm, projection discriminator), `gan` (the model).
"""

from genmap.adversarial.gan import GAN, PAPER_SETTINGS, GANConfig, slerp
from genmap.adversarial.objectives import (
    OBJECTIVES,
    discriminator_loss,
    divergence_estimate,
    generator_loss,
    gradient_penalty,
    r1_penalty,
)

__all__ = ["GAN", "OBJECTIVES", "PAPER_SETTINGS", "GANConfig", "discriminator_loss",
           "divergence_estimate", "generator_loss", "gradient_penalty", "r1_penalty", "slerp"]
