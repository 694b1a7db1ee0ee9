"""Normalizing flows: exact likelihood by the change of variables.

A flow is an invertible map f from data x to a latent z of the same size with a simple
base density, here z ~ N(0, I). Then

    log p(x) = log N(f(x); 0, I) + log |det ∂f/∂x|,

trained by maximum likelihood (forward KL from data to model); sampling is one pass of
f⁻¹ on fresh noise. f is a composition of layers whose inverse and Jacobian
determinant are cheap: couplings, where half of the coordinates (mask b) pass unchanged
and parameterise an invertible elementwise map of the other half, so the Jacobian is
triangular; normalisation and invertible linear mixing between couplings.

- RealNVP (Dinh et al. 2017, arXiv:1605.08803): affine couplings
  z = b⊙x + (1-b)⊙(x⊙exp(s) + t), checkerboard/channel masks, multi-scale squeeze/split.
- Glow (Kingma & Dhariwal 2018, arXiv:1807.03039): steps of actnorm, invertible 1×1
  convolution in LU form, affine coupling.
- NSF (Durkan et al. 2019, arXiv:1906.04032): monotone rational-quadratic spline
  couplings, identity outside [-B, B].
- MAF (Papamakarios et al. 2017, arXiv:1705.07057): autoregressive affine layers (MADE):
  a flow whose Jacobian is triangular because it is autoregressive; density in one pass,
  sampling in D. This is the bridge to the autoregressive paradigm.

On discrete data (K levels) the flow models y = (x + u)/K with dequantization noise u
(uniform, or variational as in Flow++, arXiv:1902.00275), after a logit pre-processing;
`log_prob` then returns the bound log p(y) - D log K - log q(u | x) + log|dw/dy| ≤ log P(x)
(kind "bound"), so bits/dim = (-log p(y) + D log K)/(D log 2) on the data's own levels.
On continuous data `log_prob` is exact. Text is refused: token ids have no order.

Layout: layers.py (couplings, actnorm, 1×1 conv, squeeze/split), spline.py, made.py,
dequant.py, models.py (the four genmap models).
"""

from genmap.flow.models import MAF, NSF, Flow, FlowConfig, Glow, MAFConfig, NSFConfig, RealNVP

__all__ = ["MAF", "NSF", "Flow", "FlowConfig", "Glow", "MAFConfig", "NSFConfig", "RealNVP"]
