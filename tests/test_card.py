"""The map's vocabulary: validation, NFE formulas, derived trade-offs."""

from __future__ import annotations

import pytest

from genmap.card import PARADIGMS, Card, nfe_count, tradeoffs


def _card(**kw: object) -> Card:
    base = dict(name="x", paradigms=("diffusion",), objective=("noise-prediction MSE",),
                divergence="weighted score matching", sampler="iterative denoising",
                nfe="2*steps", likelihood="bound")
    return Card(**(base | kw))  # type: ignore[arg-type]


def test_nfe_formulas_evaluate_with_D_and_steps() -> None:
    assert nfe_count("1", D=64, steps=20) == 1
    assert nfe_count("D", D=64, steps=20) == 64
    assert nfe_count("2*steps + 1", D=64, steps=20) == 41
    assert _card().nfe_for(D=784, steps=50) == 100


@pytest.mark.parametrize("formula", ["__import__('os')", "D**2", "x", "steps(", "[1]"])
def test_bad_nfe_formulas_are_refused(formula: str) -> None:
    with pytest.raises(ValueError, match="NFE formula"):
        nfe_count(formula, D=1, steps=1)


@pytest.mark.parametrize("field,value", [("paradigms", ("gan",)), ("objective", ("magic",)),
                                         ("sampler", "teleport"), ("likelihood", "approx"),
                                         ("paradigms", ())])
def test_unknown_vocabulary_is_refused_with_the_accepted_names(field: str, value: object) -> None:
    with pytest.raises(ValueError, match="accepted"):
        _card(**{field: value})


def test_round_trip_through_dict_keeps_components() -> None:
    inner = _card(name="teacher")
    card = _card(name="student", sampler="few-step distilled", nfe="steps",
                 objective=("consistency distillation",),
                 components=(("distillation teacher", inner),))
    assert Card.from_dict(card.to_dict()) == card
    with pytest.raises(ValueError, match="unknown component role 'mentor'; accepted: tokenizer"):
        _card(name="student", components=(("mentor", inner),))


def test_tradeoffs_follow_the_ingredients_not_the_name() -> None:
    a, b = _card(name="a"), _card(name="b")
    assert tradeoffs(a) == tradeoffs(b)
    fast = tradeoffs(_card(sampler="parallel one pass"))
    assert fast["sampling_cost"] != tradeoffs(a)["sampling_cost"]
    assert tradeoffs(_card(likelihood=None))["likelihood"] == "no tractable likelihood"
    gan = tradeoffs(_card(paradigms=("adversarial",)))
    assert "mode collapse" in gan["sharpness_vs_coverage"]
    assert len({tradeoffs(_card(paradigms=(p,)))["sharpness_vs_coverage"] for p in PARADIGMS}) == 6
