"""Paradigm 2, latent-variable models: draw a hidden code z from a simple prior p(z),
then decode it, p(x) = integral p(x|z) p(z) dz.

The integral is intractable for a neural decoder, so the model is trained on the
evidence lower bound, with an encoder q(z|x) standing in for the posterior p(z|x):

    log p(x) = ELBO(x) + KL(q(z|x) || p(z|x)) >= ELBO(x)
    ELBO(x)  = E_q[log p(x|z)] - KL(q(z|x) || p(z))      (reconstruction - rate)

Its gradient reaches the encoder through the reparameterisation z = mu + sigma * eps
(Kingma & Welling 2013, arXiv:1312.6114). Samples take one parallel pass: z ~ p(z),
x ~ p(x|z). The bound is reported as a bound; importance weighting tightens it
(IWAE, Burda et al. 2015, arXiv:1509.00519). A VQ-VAE (van den Oord et al. 2017,
arXiv:1711.00937) makes z a grid of discrete tokens, the input of a learned prior.

Files: `likelihoods` (decoders matched to the data, Gaussian KL), `networks` (MLP and
conv encoders/decoders), `vae` (VAE, beta, warm-up, free bits, CVAE, IWAE, active units),
`vqvae` (VQ-VAE with EMA codebook, dead-code restarts, token interface).
"""

from genmap.latent.vae import VAE, VAEConfig
from genmap.latent.vqvae import VQVAE, VectorQuantizer, VQVAEConfig

__all__ = ["VAE", "VQVAE", "VAEConfig", "VQVAEConfig", "VectorQuantizer"]
