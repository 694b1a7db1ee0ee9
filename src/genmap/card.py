"""The map's vocabulary: where a generative model sits among the four paradigms.

A `Card` names a system's paradigm(s), its training objective and the divergence
that objective minimises, its sampling procedure and that procedure's cost in
network evaluations (NFE), and the kind of likelihood it can report. Models built
in code carry one (`model.card`); `genmap place` produces the same type from text.

The expected trade-offs are *derived* from the card (`tradeoffs`), never typed per
model, so two systems with the same ingredients are predicted the same way.
"""

from __future__ import annotations

import ast
import operator
from dataclasses import dataclass, field
from typing import Any

PARADIGMS = (
    "autoregressive",
    "flow",
    "latent_variable",
    "adversarial",
    "diffusion",
    "energy_based",
)

LIKELIHOOD_KINDS = ("exact", "bound", "estimate")
"""exact: the model's log p(x) itself; bound: a lower bound (ELBO, dequantized bound);
estimate: unbiased but noisy (Hutchinson trace, importance sampling)."""

OBJECTIVES = (
    "next-token NLL",
    "change-of-variables NLL",
    "ELBO",
    "vector quantisation",
    "minimax",
    "non-saturating",
    "Wasserstein critic",
    "gradient penalty",
    "R1",
    "hinge",
    "adversarial loss",
    "noise-prediction MSE",
    "denoising score matching",
    "flow-matching regression",
    "consistency distillation",
    "progressive distillation",
    "contrastive divergence",
    "masked-token prediction",
    "distillation",
)
"""adversarial loss: a generator trained against a discriminator whose loss is not one of the
forms listed (least-squares, relativistic) or is not named at all ("trained against
multi-scale discriminators"); masked-token prediction: predict randomly masked tokens from the
visible ones (BERT-style masked LMs, MaskGIT/MUSE, masked discrete diffusion); distillation:
any other student-teacher objective (adversarial, score or probability-density
distillation)."""

SAMPLERS = (
    "sequential ancestral",
    "parallel one pass",
    "iterative denoising",
    "ODE solve",
    "Langevin MCMC",
    "parallel iterative decoding",
    "few-step distilled",
    "Gibbs sampling",
)

FLAGS = ("non-standard", "distilled")
"""Marks a card may carry: non-standard (the system departs from its paradigm's usual
recipe, e.g. a diffusion model that samples in one step); distilled (trained to imitate a
teacher, whose card is then a component)."""

ROLES = (
    "tokenizer",
    "encoder",
    "decoder",
    "prior",
    "posterior",
    "text encoder",
    "distillation teacher",
    "discriminator",
    "critic",
    "vocoder",
    "super-resolution stage",
    "component",
)
"""What a component does inside a hybrid: tokenizer (an autoencoder whose latents or codes the
rest models), prior (models those latents), decoder (turns them into data), text encoder
(conditions, not generative), distillation teacher (the model a student imitates),
discriminator / critic (an auxiliary adversarial player), vocoder (features to waveform),
super-resolution stage (a cascade's upsampler); component when the text says no more."""

NFE_NAMES = ("D", "steps")
"""Names an NFE formula may use: D, the number of pieces (dimensions or tokens) of one
example; steps, the sampler's step count."""


@dataclass(frozen=True)
class Card:
    """One system on the map. `paradigms[0]` is the primary paradigm."""

    name: str
    paradigms: tuple[str, ...]
    objective: tuple[str, ...]
    divergence: str
    sampler: str
    nfe: str
    likelihood: str | None
    components: tuple[tuple[str, Card], ...] = ()
    notes: tuple[str, ...] = field(default=())
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_all(self.paradigms, PARADIGMS, "paradigm")
        _check_all(self.objective, OBJECTIVES, "objective")
        _check_all((self.sampler,), SAMPLERS, "sampler")
        _check_all(self.flags, FLAGS, "flag")
        _check_all(tuple(role for role, _ in self.components), ROLES, "component role")
        if self.likelihood is not None:
            _check_all((self.likelihood,), LIKELIHOOD_KINDS, "likelihood kind")
        if not self.paradigms:
            raise ValueError(f"card {self.name!r} names no paradigm; accepted: {PARADIGMS}")
        nfe_count(self.nfe, D=1, steps=1)  # validates the formula

    @property
    def primary(self) -> str:
        return self.paradigms[0]

    def nfe_for(self, D: int, steps: int = 1) -> float:
        """Network evaluations to draw one batch of samples of D pieces each."""
        return nfe_count(self.nfe, D=D, steps=steps)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "paradigms": list(self.paradigms),
            "objective": list(self.objective),
            "divergence": self.divergence,
            "sampler": self.sampler,
            "nfe": self.nfe,
            "likelihood": self.likelihood,
            "components": [[role, c.to_dict()] for role, c in self.components],
            "notes": list(self.notes),
            "flags": list(self.flags),
            "tradeoffs": tradeoffs(self),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Card:
        return cls(
            name=d["name"],
            paradigms=tuple(d["paradigms"]),
            objective=tuple(d["objective"]),
            divergence=d["divergence"],
            sampler=d["sampler"],
            nfe=d["nfe"],
            likelihood=d["likelihood"],
            components=tuple((role, Card.from_dict(c)) for role, c in d.get("components", [])),
            notes=tuple(d.get("notes", [])),
            flags=tuple(d.get("flags", [])),
        )


def _check_all(values: tuple[str, ...], accepted: tuple[str, ...], what: str) -> None:
    for v in values:
        if v not in accepted:
            raise ValueError(f"unknown {what} {v!r}; accepted: {', '.join(accepted)}")


_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv}


def nfe_count(formula: str, D: int, steps: int) -> float:
    """Evaluate an NFE formula such as "1", "D", "2*steps" or "steps + 1"."""
    env = {"D": D, "steps": steps}

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError(
            f"bad NFE formula {formula!r}; accepted: numbers, {', '.join(NFE_NAMES)}, + - * /"
        )

    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as e:
        raise ValueError(f"bad NFE formula {formula!r}: {e.msg}") from None
    return walk(tree)


# What each ingredient implies. The map's expectations come from these tables alone.
_SAMPLING_COST = {
    "sequential ancestral": "slow: one network evaluation per piece, in sequence",
    "parallel one pass": "fast: one network evaluation",
    "iterative denoising": "slow: one network evaluation per denoising step",
    "ODE solve": "moderate to slow: one evaluation per solver stage",
    "Langevin MCMC": "slow: many gradient evaluations per sample",
    "parallel iterative decoding": "moderate: a few parallel passes",
    "few-step distilled": "fast: one to a few network evaluations",
    "Gibbs sampling": "slow: many sweeps of conditional updates per sample",
}
_COVERAGE = {
    "autoregressive": "mode covering (forward KL): broad coverage, samples can be off-manifold",
    "flow": "mode covering (forward KL): broad coverage, samples can be blurry or noisy",
    "latent_variable": "mode covering (ELBO): coverage with blurry samples",
    "adversarial": "mode seeking: sharp samples, risk of mode collapse",
    "diffusion": "sharp samples with good coverage, paid for in sampling steps",
    "energy_based": "coverage depends on how well MCMC mixes",
}
_LIKELIHOOD = {
    "exact": "exact likelihood",
    "bound": "lower bound on the likelihood",
    "estimate": "stochastic estimate of the likelihood",
    None: "no tractable likelihood",
}
_CONTROL = {
    "autoregressive": "prefix prompting and conditioning tokens",
    "flow": "conditioning of the coupling networks",
    "latent_variable": "latent arithmetic and conditioning",
    "adversarial": "latent manipulation and conditional inputs",
    "diffusion": "guidance (classifier-free or classifier) at every step",
    "energy_based": "adding energy terms (composition)",
}


def tradeoffs(card: Card) -> dict[str, str]:
    """The trade-offs a card predicts, derived from its paradigms, sampler and likelihood."""
    return {
        "likelihood": _LIKELIHOOD[card.likelihood],
        "sampling_cost": _SAMPLING_COST[card.sampler],
        "sharpness_vs_coverage": _COVERAGE[card.primary],
        "controllability": _CONTROL[card.primary],
    }
