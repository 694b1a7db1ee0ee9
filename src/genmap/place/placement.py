"""What `genmap place` returns: a `Card` plus the reasons for every part of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from genmap.card import Card


@dataclass(frozen=True)
class Evidence:
    """One sentence of the input that supports a conclusion. `start`/`end` are character
    offsets of the sentence in the input; `term_start`/`term_end` of the words matched."""

    cue: str
    term: str
    sentence: str
    start: int
    end: int
    term_start: int
    term_end: int
    context: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Conclusion:
    """One placed fact: kind is paradigm, primary, objective, sampler, role, likelihood or
    modality; `stated` is False when it is the paradigm's default, not said by the text."""

    kind: str
    value: str
    confidence: float
    stated: bool
    evidence: tuple[Evidence, ...] = ()
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "confidence": round(self.confidence, 3),
                "stated": self.stated, "why": self.why,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Flag:
    """A non-standard claim and what it implies for the trade-offs."""

    claim: str
    implies: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"claim": self.claim, "implies": self.implies,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Placement:
    """A system read from text, on the same map as the models built in code."""

    source: str
    card: Card
    conclusions: tuple[Conclusion, ...]
    flags: tuple[Flag, ...] = ()
    unsaid: tuple[str, ...] = ()
    discounted: tuple[Evidence, ...] = ()
    scores: tuple[tuple[str, float], ...] = ()

    def of_kind(self, kind: str) -> tuple[Conclusion, ...]:
        return tuple(c for c in self.conclusions if c.kind == kind)

    @property
    def primary(self) -> str:
        return self.card.primary

    @property
    def paradigms(self) -> frozenset[str]:
        return frozenset(self.card.paradigms)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "card": self.card.to_dict(),
                "conclusions": [c.to_dict() for c in self.conclusions],
                "flags": [f.to_dict() for f in self.flags], "unsaid": list(self.unsaid),
                "discounted": [e.to_dict() for e in self.discounted],
                "scores": {p: round(s, 3) for p, s in self.scores}}
