"""Paradigm 4, diffusion: learn to reverse a gradual noising, sample by iterative denoising.

A forward process turns data into noise, x_t = alpha_t x_0 + sigma_t eps (t from 0 to T);
a network learns to undo it at every noise level by regressing the noise eps (equivalently
the score grad log p_t = -eps / sigma_t, or the clean x_0) with a squared error. Sampling
runs the process backwards: DDPM's Markov chain, DDIM's deterministic map, the reverse SDE,
or the probability-flow ODE, whose instantaneous change of variables also gives an exact
likelihood. References: Sohl-Dickstein et al. 2015 (arXiv:1503.03585); Ho et al. 2020,
DDPM (arXiv:2006.11239); Song et al. 2020, DDIM (arXiv:2010.02502); Song et al. 2021,
score SDEs (arXiv:2011.13456); Ho & Salimans 2022, classifier-free guidance
(arXiv:2207.12598).

  processes.py   the forward processes as formulas (DDPM linear/cosine, VP, sub-VP, VE)
  objectives.py  eps / x0 / v / score parameterisations, the losses
  likelihood.py  the variational bound and the probability-flow ODE likelihood
  models.py      the registered models `ddpm` and `sde`
The samplers are plain functions in `genmap.samplers`.
"""

from genmap.diffusion.models import DDPM, DDPMConfig, Diffusion, ScoreSDE, SDEConfig
from genmap.diffusion.processes import (
    PROCESSES,
    VESDE,
    VPSDE,
    DiscreteVP,
    Process,
    SubVPSDE,
    make_process,
)

__all__ = ["DDPM", "PROCESSES", "VESDE", "VPSDE", "DDPMConfig", "Diffusion", "DiscreteVP",
           "Process", "SDEConfig", "ScoreSDE", "SubVPSDE", "make_process"]
