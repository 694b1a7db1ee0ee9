"""The knowledge `genmap place` reads with, loaded from `genmap/lexicon.json`.

A `Cue` is a set of patterns and what a match implies (paradigm weights, an objective,
a sampler, a role); a `Rule` combines cues after scoring (latent diffusion, VQ + an
autoregressive prior, a one-step diffusion model). Nothing here knows a paradigm by
name: extending the map means editing the data file, not this code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from genmap.card import OBJECTIVES, PARADIGMS, ROLES, SAMPLERS

LEXICON_PATH = Path(__file__).resolve().parents[1] / "lexicon.json"

SEPARATOR = "\n\x00\n"
"""Joins a text's sentences when a rule's term is first looked for in the whole text at once
(reading.term_said): a term that occurs in no sentence alone may match across it, never the
reverse, as long as the term has no anchor and no negative look-around that the separator's
characters satisfy (`_check_whole_text_safe` refuses such a term at load time)."""

_FRAGMENT = re.compile(r"\{=(\w+)\}")
"""A named piece of a pattern, `{=NAME}`, written once in the lexicon's `fragments`."""

FOLD = str.maketrans({"\u0131": "i", "\u017f": "s"})
"""The two letters that a case-insensitive regex matches to an ASCII letter and that
lower() leaves alone (dotless i, long s)."""


@lru_cache(maxsize=4096)
def pattern_needs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains (None: no such
    set known): a substring test on the lower-cased text rules out most patterns at once,
    where the regex scan of a case-insensitive pattern costs about 1 ms per 45,000
    characters. From the parsed pattern: runs of ASCII literals, mandatory groups,
    alternatives (one set each) and repeats of at least one."""
    try:
        from re import _parser  # the regex module's own parser (sre_parse before 3.11)
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    try:
        return _needs_in(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None


def _needs_in(items: Any) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL" and arg < 128:
            run += chr(arg).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        inner: frozenset[str] | None = None
        if name == "SUBPATTERN":
            inner = _needs_in(arg[-1])
        elif name == "ATOMIC_GROUP":
            inner = _needs_in(arg)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            inner = _needs_in(arg[2])
        elif name == "BRANCH":
            each = [_needs_in(b) for b in arg[1]]
            inner = None if any(e is None for e in each) else frozenset().union(*each)
        if inner:
            options.append(inner)
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


_SPACE_CLASS = re.compile(r"(?<!\\)\[(?!\^)([^\] ]*) ([^\] ]*)\](?P<times>[{*+])?")
"""A character class with a space among its choices ("[- ]"), and the quantifier after it."""


def _space_class(m: re.Match[str]) -> str:
    """A space in a class: a run of white space or emphasis ("flow[- ]matching" across a line
    break); in a repeated class ("[\\w -]{2,40}") one character of it, since a run inside a
    repetition backtracks without end on a long run of spaces."""
    chars, times = m.group(1) + m.group(2), m.group("times") or ""
    if times:
        return f"[\\s*{chars}]{times}"  # white space first: "[\\w-\\s]" is no range
    return f"(?:[{chars}]|[\\s*]+)" if chars else r"[\s*]+"


def compile_pattern(pattern: str, case: bool = False) -> re.Pattern[str]:
    """A whole-word regex. A space matches any run of white space and markdown emphasis
    ("coupling **normalizing flow** layers"), also as a choice in [...]
    ("flow[- ]matching" matches "flow\\n   matching" across a line break); an optional space
    ("Image ?GPT") matches none or a run. A word right after "non-" is negated by it
    ("non-autoregressive token decoder"), and one right after "pre-" names a time before it
    ("in the old, pre-diffusion sense"), so neither is a match."""
    spaced = re.sub(r" \?(?![^\[]*\])", r"[\\s*]*", pattern)  # an optional space: "Image ?GPT"
    spaced = re.sub(r" (?![^\[]*\])", r"[\\s*]+", spaced)
    runs = _SPACE_CLASS.sub(_space_class, spaced)
    flags = 0 if case else re.IGNORECASE
    try:
        return re.compile(rf"(?<![\w])(?<!non-)(?<!pre-)(?:{runs})(?![\w])", flags)
    except re.error:  # a class inside a look-behind must stay one character wide
        one = _SPACE_CLASS.sub(lambda m: f"[\\s{m.group(1) + m.group(2)}]{m.group('times') or ''}",
                               spaced)
        return re.compile(rf"(?<![\w])(?<!non-)(?<!pre-)(?:{one})(?![\w])", flags)


def _alternation(words: str) -> re.Pattern[str]:
    return compile_pattern(words)


def _tokens(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The regex source's tokens outside character classes, with their offsets: an escape
    ("\\A", "\\(") is one token, a class ("[^)|]") is skipped whole ("[]...]" and "[^]...]"
    hold a "]"), anything else is one character."""
    i = start
    while i < len(pattern):
        if pattern[i] == "\\":
            yield i, pattern[i:i + 2]
            i += 2
        elif pattern[i] == "[":
            i += 1
            i += pattern.startswith("^", i)
            i += pattern.startswith("]", i)
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        else:
            yield i, pattern[i]
            i += 1


def _top_level(pattern: str) -> list[str]:
    """The alternatives of `pattern` split at its top-level bars (not inside a group or a class)."""
    parts, depth, start = [], 0, 0
    for i, token in _tokens(pattern):
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


class Alternation:
    """A long alternation of context phrases ("limitation", "contrast", ...), each alternative
    compiled as a whole-word pattern of its own and tried only where the text holds a string
    every match of it needs (`pattern_needs`): most of some hundred alternatives are ruled out
    by a substring test, where one combined regex tries every alternative at every position.
    `search` answers whether any alternative matches (the match it returns is the first
    alternative's that does, not the leftmost one: read it as a truth value)."""

    def __init__(self, source: str) -> None:
        self.pattern = source
        self.parts = tuple(compile_pattern(a) for a in _top_level(source))
        self.needs = tuple(pattern_needs(p) for p in self.parts)

    def search(self, text: str) -> re.Match[str] | None:
        low = text.lower().translate(FOLD)
        for part, needs in zip(self.parts, self.needs, strict=True):
            if needs is None or any(w in low for w in needs):
                m = part.search(text)
                if m:
                    return m
        return None


@dataclass(frozen=True)
class Cue:
    id: str
    patterns: tuple[re.Pattern[str], ...]
    paradigms: dict[str, float] = field(default_factory=dict)
    objective: str | dict[str, str] | None = None
    sampler: str | None = None
    sampler_weight: float = 1.0
    role: str | None = None
    role_hint: str | None = None
    modality: str | None = None
    likelihood: str | None = None
    likelihood_reported: bool = False
    yields_to: tuple[str, ...] = ()
    needs_cue: tuple[str, ...] = ()
    names_system: bool = False
    objective_implied: bool = False
    """The objective follows from naming the model's family ("a normalizing flow"): another
    objective the text states for that paradigm ("probability density distillation")
    replaces it."""
    objective_not: re.Pattern[str] | None = None
    """Terms of the cue that name the family, not its loss ("adversarial networks"): they
    state no objective."""
    component_loss: bool = False
    """A loss that trains a part ("a decoder trained with ... adversarial losses"): stated so,
    the part's paradigm is in the set however much the main model's evidence outweighs it."""
    family_name: bool = False
    """The term names a family or a known system of it ("GANs", "diffusion models", "Stable
    Diffusion"), not a loss, a sampler or a part: told only so, a paradigm beside the primary
    may be a rival the text compares (see reasoning._rivals)."""
    any_paradigm: bool = False
    """The sampler holds whatever the primary ("one node at a time", "feed it back"): a VAE,
    flow or GAN said to emit a step and feed it back samples sequentially."""

    def objective_for(self, primary: str, term: str = "") -> str | None:
        if self.objective_not and self.objective_not.search(term):
            return None
        if isinstance(self.objective, dict):
            return self.objective.get(primary)
        return self.objective


@dataclass(frozen=True)
class Rule:
    """A combining rule. Its atoms: `cue:ID` (the cue said of the system), `told:ID` (said
    anywhere, a sentence about the field included, but not negated or contrasted),
    `paradigm:NAME` (in the set so far), `primary:NAME`."""

    id: str
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    needs_term: re.Pattern[str] | None = None
    none_term: re.Pattern[str] | None = None
    add: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    primary: str | None = None
    margin: float = 2.0
    roles: dict[str, str] = field(default_factory=dict)
    sampler: str | None = None
    flag: dict[str, str] | None = None
    component: dict[str, str] | None = None
    why: str = ""

    @property
    def about(self) -> tuple[str, ...]:
        """The paradigms its `all` atoms require: what the rule is about."""
        return tuple(a.partition(":")[2] for a in self.all if a.startswith("paradigm:"))


@dataclass(frozen=True)
class Context:
    """Words around a match that change what it means (negation, contrast, ...)."""

    window_words: int
    negation_words: int
    negators: re.Pattern[str]
    not_negation: re.Pattern[str]
    skip_sections: re.Pattern[str]
    aside_sections: re.Pattern[str]
    future: Alternation
    task: re.Pattern[str]
    relation: re.Pattern[str]
    relation_class: re.Pattern[str]
    contrast: Alternation
    others: re.Pattern[str]
    borrowed: re.Pattern[str]
    limitation: Alternation
    self_ref: re.Pattern[str]
    alternative: re.Pattern[str]
    trained_with: re.Pattern[str]
    part_with: re.Pattern[str]
    """The end of a clause that builds a part with what follows ("its prior is made more
    expressive with" normalizing flows): that paradigm is a component."""
    part_words: re.Pattern[str]
    """Words that name a part of a system or how it is trained ("vocoder", "teacher", "loss"):
    a family's name in a sentence with one of them may be the system's part."""
    part_after: re.Pattern[str]
    """Right after a family's name, a part that names no family itself ("GAN image encoder"):
    the name is that part's."""
    disowned: re.Pattern[str]
    comparison: Alternation
    """A part of a sentence that is a comparison wherever its terms stand ("Compare with ...",
    "X (a conditional VAE) is included for comparison")."""
    multipliers: dict[str, float]
    listing_paradigms: int
    survey: re.Pattern[str]
    """A sentence announcing the field's N approaches ("Two workarounds dominate today."):
    the N sentences after it, in its paragraph, describe those approaches, not the system."""


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    rules: tuple[Rule, ...]
    context: Context
    thresholds: dict[str, float]
    defaults: dict[str, dict[str, Any]]
    divergence_by_objective: dict[str, str]
    nfe: dict[str, str]
    objective_paradigms: dict[str, list[str]]
    generic_objectives: dict[str, list[str]]
    """An objective said without its form ("adversarial loss") and the forms that, said too,
    replace it ("hinge")."""
    samplers_for: dict[str, list[str]]
    default_roles: dict[str, dict[str, str]]

    def cue(self, cue_id: str) -> Cue:
        return next(c for c in self.cues if c.id == cue_id)


def _cue(d: dict[str, Any]) -> Cue:
    case = bool(d.get("case", False))
    cue = Cue(id=d["id"], patterns=tuple(compile_pattern(p, case) for p in d["patterns"]),
              paradigms=dict(d.get("paradigms", {})), objective=d.get("objective"),
              sampler=d.get("sampler"), sampler_weight=float(d.get("sampler_weight", 1.0)),
              role=d.get("role"), role_hint=d.get("role_hint"), modality=d.get("modality"),
              likelihood=d.get("likelihood"),
              likelihood_reported=bool(d.get("likelihood_reported", False)),
              yields_to=tuple(d.get("yields_to", ())), needs_cue=tuple(d.get("needs_cue", ())),
              names_system=bool(d.get("names_system", False)),
              objective_implied=bool(d.get("objective_implied", False)),
              objective_not=compile_pattern(d["objective_not"]) if "objective_not" in d else None,
              component_loss=bool(d.get("component_loss", False)),
              family_name=bool(d.get("family_name", False)),
              any_paradigm=bool(d.get("any_paradigm", False)))
    _check_cue(cue)
    return cue


def _check_cue(cue: Cue) -> None:
    bad = [p for p in cue.paradigms if p not in PARADIGMS]
    objectives = (cue.objective.values() if isinstance(cue.objective, dict)
                  else [cue.objective] if cue.objective else [])
    bad += [o for o in objectives if o not in OBJECTIVES]
    bad += [cue.sampler] if cue.sampler and cue.sampler not in SAMPLERS else []
    bad += [r for r in (cue.role, cue.role_hint) if r and r not in ROLES]
    if bad:
        raise ValueError(f"lexicon cue {cue.id!r} names {bad}, outside the card vocabulary "
                         f"(genmap.card): paradigms {PARADIGMS}, objectives {OBJECTIVES}, "
                         f"samplers {SAMPLERS}, roles {ROLES}")


def _rule(d: dict[str, Any]) -> Rule:
    term, unsaid = d.get("needs_term"), d.get("none_term")
    needs_term = compile_pattern(term) if term else None
    none_term = compile_pattern(unsaid) if unsaid else None
    for compiled in (needs_term, none_term):
        if compiled is not None:
            _check_whole_text_safe(d["id"], compiled)
    return Rule(id=d["id"], all=tuple(d.get("all", ())), any=tuple(d.get("any", ())),
                none=tuple(d.get("none", ())), needs_term=needs_term, none_term=none_term,
                add=tuple(d.get("add", ())), drop=tuple(d.get("drop", ())),
                primary=d.get("primary"),
                margin=float(d.get("margin", 2.0)), roles=dict(d.get("roles", {})),
                sampler=d.get("sampler"), flag=d.get("flag"), component=d.get("component"),
                why=d.get("why", ""))


_NEGATIVE = re.compile(r"\(\?(<?)!")


def _group_body(pattern: str, start: int) -> str:
    """The text of the group that opens just before `start`, up to its closing parenthesis."""
    depth = 1
    for i, token in _tokens(pattern, start):
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth == 0:
            return pattern[start:i]
    return pattern[start:]


def _check_whole_text_safe(rule_id: str, term: re.Pattern[str]) -> None:
    """A rule's term is first looked for in the sentences joined by SEPARATOR: refuse one
    that could match a sentence alone but not the joined text (an anchor at a sentence's
    edge, a negative look-around that the separator's characters satisfy)."""
    bad = [token for _, token in _tokens(term.pattern) if token in ("^", "$", "\\A", "\\Z")]
    for m in _NEGATIVE.finditer(term.pattern):
        body = _group_body(term.pattern, m.end())
        behind = bool(m.group(1))  # a look-behind sees the separator's end, a look-ahead its start
        edge = re.compile(rf"(?:{body})\Z" if behind else rf"(?:{body})", term.flags)
        if (edge.search if behind else edge.match)(SEPARATOR):
            bad.append(f"(?{m.group(1)}!{body})")
    if bad:
        raise ValueError(f"lexicon rule {rule_id!r}: term holds {bad}, which could match a "
                         "sentence alone but not the text's sentences joined; accepted: terms "
                         "without anchors (^, $, \\A, \\Z) or negative look-arounds that match "
                         "white space or NUL")


def _expand(d: dict[str, Any]) -> dict[str, Any]:
    """The data file with its named parts written out: `{=NAME}` in a pattern or a rule's
    term is `fragments[NAME]`, and the atom `set:NAME` in a rule's all/any/none is the atoms
    of `sets[NAME]`."""
    fragments, sets = d.get("fragments", {}), d.get("sets", {})

    def fill(where: str, pattern: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(1) not in fragments:
                raise ValueError(f"lexicon {where}: unknown fragment {m.group(0)!r}; accepted: "
                                 + ", ".join(f"{{={n}}}" for n in fragments))
            return fragments[m.group(1)]
        return _FRAGMENT.sub(one, pattern)

    def atoms(where: str, listed: list[str]) -> list[str]:
        out: list[str] = []
        for atom in listed:
            kind, _, name = atom.partition(":")
            if kind != "set":
                out.append(atom)
            elif name in sets:
                out += sets[name]
            else:
                raise ValueError(f"lexicon {where}: unknown set {atom!r}; accepted: "
                                 + ", ".join(f"set:{n}" for n in sets))
        return out

    cues = [{**c, "patterns": [fill(f"cue {c['id']!r}", p) for p in c["patterns"]]}
            for c in d["cues"]]
    rules = []
    for r in d["rules"]:
        where = f"rule {r['id']!r}"
        r = {**r, **{k: fill(where, r[k]) for k in ("needs_term", "none_term") if k in r}}
        rules.append({**r, **{k: atoms(where, r[k]) for k in ("all", "any", "none") if k in r}})
    return {**d, "cues": cues, "rules": rules}


def _context(d: dict[str, Any]) -> Context:
    return Context(window_words=int(d["window_words"]),
                   negation_words=int(d["negation_words"]), negators=_alternation(d["negators"]),
                   not_negation=_alternation(d["not_negation"]),
                   skip_sections=_alternation(d["skip_sections"]),
                   aside_sections=_alternation(d["aside_sections"]),
                   future=Alternation(d["future"]),
                   task=re.compile(rf"(?:{d['task']})(?![\w])", re.IGNORECASE),
                   relation=_alternation(d["relation"]),
                   relation_class=re.compile(rf"(?:{d['relation_class']})(?![\w])", re.IGNORECASE),
                   contrast=Alternation(d["contrast"]),
                   others=re.compile(rf"(?:{d['others']})(?![\w])", re.IGNORECASE),
                   borrowed=_alternation(d["borrowed"]),
                   limitation=Alternation(d["limitation"]), self_ref=_alternation(d["self"]),
                   alternative=_alternation(d["alternative"]),
                   trained_with=_alternation(d["trained_with"]),
                   part_with=_alternation(d["part_with"]),
                   part_words=_alternation(d["part_words"]),
                   part_after=re.compile(d["part_after"], re.IGNORECASE),
                   disowned=re.compile(rf"(?:{d['disowned']})(?![\w])", re.IGNORECASE),
                   comparison=Alternation(d["comparison"]),
                   multipliers=dict(d["multipliers"]),
                   listing_paradigms=int(d["listing_paradigms"]),
                   survey=_alternation(d["survey"]))


def parse_lexicon(d: dict[str, Any]) -> Lexicon:
    """Build a Lexicon from the data file's dict (named parts written out, cues and rules
    checked and compiled)."""
    d = _expand(d)
    lex = Lexicon(cues=tuple(_cue(c) for c in d["cues"]), rules=tuple(_rule(r) for r in d["rules"]),
                  context=_context(d["context"]), thresholds=dict(d["thresholds"]),
                  defaults=d["defaults"], divergence_by_objective=d["divergence_by_objective"],
                  nfe=d["nfe"], objective_paradigms=d["objective_paradigms"],
                  generic_objectives=d["generic_objectives"],
                  samplers_for=d["samplers_for"], default_roles=d["default_roles"])
    ids = {c.id for c in lex.cues}
    for cue in lex.cues:
        if set(cue.needs_cue) - ids:
            unknown = sorted(set(cue.needs_cue) - ids)
            raise ValueError(f"lexicon cue {cue.id!r}: needs_cue names unknown cues {unknown}; "
                             "accepted: cue ids of this lexicon")
    for rule in lex.rules:
        for atom in (*rule.all, *rule.any, *rule.none):
            kind, _, name = atom.partition(":")
            known = ids if kind in ("cue", "told") else set(PARADIGMS)
            if kind not in ("cue", "told", "paradigm", "primary") or name not in known:
                raise ValueError(f"lexicon rule {rule.id!r}: bad atom {atom!r}; accepted: "
                                 "cue:ID, told:ID, paradigm:NAME, primary:NAME")
    _check_roles(lex)
    return lex


def _check_roles(lex: Lexicon) -> None:
    """Every role the lexicon can give a component is in the card's ROLES."""
    named = {f"rule {r.id}": [*r.roles.values(), *([r.component["role"]] if r.component else [])]
             for r in lex.rules}
    named |= {f"default_roles.{p}": list(t.values()) for p, t in lex.default_roles.items()}
    for where, roles in named.items():
        bad = [r for r in roles if r not in ROLES]
        if bad:
            raise ValueError(f"lexicon {where} names roles {bad}, outside the card vocabulary; "
                             f"accepted: {', '.join(ROLES)}")


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon at `path` (default: the one shipped with genmap), compiled once."""
    return parse_lexicon(json.loads(Path(path).read_text(encoding="utf-8")))
