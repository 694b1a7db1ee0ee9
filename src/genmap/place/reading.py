"""Reading: text -> sentences (with character offsets) -> cue hits in context -> scores.

A hit's weight is the cue's weight times a context multiplier:

    w(hit) = w_cue · m(context),   context ∈ {plain, self, title, negated, contrast,
                                              limitation, listing, yielded}

so "no adversarial training" (negated) adds nothing to `adversarial`, "outperforms GANs"
(contrast) adds little, and "a class of latent variable models" beside "diffusion
models" yields to the stronger cue in its sentence. Repeats of one cue decay
geometrically, so one word said ten times is not ten pieces of evidence:

    score(p) = Σ_cue Σ_i w_i(p) · r^i,   w_0 ≥ w_1 ≥ ...,   r = repeat_decay.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from genmap.place.lexicon import Cue, Lexicon

_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|Fig|Eq|cf|approx|resp|Sec|no)\.|\b[A-Z]\.)$")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_MARKUP_LINE = re.compile(r"^\s*(?:#{1,6}\s|[-*+>|]\s?|\d+[.)]\s|---|```|[A-Za-z_]+:\s)")
_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s(?:but|whereas|while)\s")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_RELATIVE = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    title: bool = False
    skipped: bool = False


@dataclass(frozen=True)
class Hit:
    cue: Cue
    term: str
    start: int
    end: int
    sentence: Sentence
    context: str
    multiplier: float

    @property
    def active(self) -> bool:
        """Said of the system itself: not negated, not a comparison, not cancelled."""
        return self.context not in ("negated", "contrast", "yielded", "skipped")

    def weight(self, paradigm: str) -> float:
        return self.cue.paradigms.get(paradigm, 0.0) * self.multiplier


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blocks: blank lines and markdown/YAML line starts separate blocks, a
    wrapped line (PDF, hard-wrapped text) does not."""
    spans, start, pos = [], 0, 0
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        breaks = (not line.strip() or not nxt.strip() or _MARKUP_LINE.match(nxt)
                  or _MARKUP_LINE.match(line) or len(line.strip()) < 50)
        if breaks:
            spans.append((start, end))
            start = end
        pos = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str, skip: re.Pattern[str] | None = None) -> list[Sentence]:
    """Sentences with offsets into `text`; the first is a title when it is a short line
    with no final full stop, or a markdown heading. Sentences under a heading that `skip`
    matches (related work, references, ...) are marked skipped: in a full paper they name
    every paradigm but the system's own."""
    out: list[Sentence] = []
    for a, b in _paragraphs(text):
        cut = a
        for m in _BOUNDARY.finditer(text, a, b):
            if not _ABBREV.search(text[cut:m.start()]):
                out.extend(_trimmed(text, cut, m.start()))
                cut = m.end()
        out.extend(_trimmed(text, cut, b))
    if out and _is_title(out[0].text):
        out[0] = Sentence(out[0].start, out[0].end, out[0].text, title=True)
    return _mark_skipped(out, skip) if skip else out


_HEADING = re.compile(r"^(?:#{1,6}\s*|\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+)?[A-Z][\w &,/-]{2,60}:?$")


def _mark_skipped(out: list[Sentence], skip: re.Pattern[str]) -> list[Sentence]:
    skipping, marked = False, []
    for s in out:
        if len(s.text.split()) <= 6 and _HEADING.match(s.text):
            skipping = bool(skip.search(s.text))
            marked.append(s)
        else:
            marked.append(Sentence(s.start, s.end, s.text, s.title, skipped=skipping))
    return marked


def _trimmed(text: str, a: int, b: int) -> list[Sentence]:
    chunk = text[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    return [Sentence(a + lead, a + lead + len(body), body)] if body else []


def _is_title(s: str) -> bool:
    return s.startswith("#") or (len(s.split()) <= 20 and not s.rstrip().endswith((".", ":")))


def _clause_before(text: str) -> tuple[str, str]:
    """The clause a match sits in, up to the match, and the clause a relative clause
    qualifies ("Unlike our earlier models, which were diffusion models"), else ""."""
    clauses = _CLAUSE.split(text)
    if len(clauses) > 1 and _RELATIVE.match(clauses[-1]):
        return clauses[-1], clauses[-2]
    return clauses[-1], ""


def _context_of(sentence: Sentence, rel: int, lex: Lexicon, end: int | None = None) -> str:
    """negated / contrast / limitation / title / self / plain, from the words before (and
    a plural "other work" noun right after: "diffusion-based editors have since ...")."""
    ctx = lex.context
    if sentence.skipped:
        return "skipped"
    clause, antecedent = _clause_before(sentence.text[:rel])
    words = _WORD.findall(clause)
    tail = " ".join(_WORD.findall(antecedent)[-ctx.window_words:] + words[-ctx.window_words:])
    near = " ".join(words[-ctx.negation_words:])
    if ctx.negators.search(near) and not ctx.not_negation.search(near):
        return "negated"
    if ctx.contrast.search(tail):
        return "contrast"
    if end is not None and ctx.others.match(sentence.text, end) and not ctx.self_ref.search(
            " ".join(words[-3:])):
        return "contrast"
    if sentence.title:
        return "title"
    if ctx.self_ref.search(sentence.text):
        return "self"
    if ctx.limitation.search(sentence.text):
        return "limitation"
    return "plain"


def term_said(pattern: re.Pattern[str], text: str, lex: Lexicon) -> bool:
    """Whether `pattern` occurs said of the system: not negated, not in a comparison, not
    in a skipped section (related work, references)."""
    for s in sentences(text, lex.context.skip_sections):
        for m in pattern.finditer(s.text):
            if _context_of(s, m.start(), lex, m.end()) not in ("negated", "contrast", "skipped"):
                return True
    return False


def find_hits(text: str, lex: Lexicon) -> list[Hit]:
    """Every cue match in every sentence, with its context and multiplier."""
    hits: list[Hit] = []
    for s in sentences(text, lex.context.skip_sections):
        raw: list[tuple[Cue, re.Match[str]]] = [
            (cue, m) for cue in lex.cues for pat in cue.patterns for m in pat.finditer(s.text)]
        raw = _dedupe(raw)
        contexts = [_context_of(s, m.start(), lex, m.end()) for _, m in raw]
        present = {cue.id for (cue, _), c in zip(raw, contexts, strict=True)
                   if c != "negated"}
        listing = _is_listing(raw, lex.context.listing_paradigms)
        for (cue, m), c in zip(raw, contexts, strict=True):
            if c not in ("negated", "contrast", "skipped") and set(cue.yields_to) & present:
                c = "yielded"
            mult = 0.0 if c == "yielded" else lex.context.multipliers.get(c, 1.0)
            if listing and c not in ("negated", "contrast", "yielded", "skipped"):
                c, mult = "listing", lex.context.multipliers["listing"]
            hits.append(Hit(cue, m.group(0), s.start + m.start(), s.start + m.end(), s, c, mult))
    return hits


def _is_listing(raw: list[tuple[Cue, re.Match[str]]], k: int, gap: int = 16) -> bool:
    """k or more paradigms named in a tight run ("GANs, VAEs and flows"): a survey of the
    field, not a description of one system."""
    strong = sorted((m.start(), m.end(), max(cue.paradigms, key=cue.paradigms.get))
                    for cue, m in raw if cue.paradigms and max(cue.paradigms.values()) >= 2.0)
    run: set[str] = set()
    last_end = -10**9
    for a, b, p in strong:
        run = run | {p} if a - last_end <= gap else {p}
        last_end = max(last_end, b) if a - last_end <= gap else b
        if len(run) >= k:
            return True
    return False


def _dedupe(raw: list[tuple[Cue, re.Match[str]]]) -> list[tuple[Cue, re.Match[str]]]:
    """One hit per (cue, position): a cue's several patterns may match the same words."""
    seen: dict[tuple[str, int], tuple[Cue, re.Match[str]]] = {}
    for cue, m in raw:
        key = (cue.id, m.start())
        if key not in seen or len(m.group(0)) > len(seen[key][1].group(0)):
            seen[key] = (cue, m)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    out = []
    for cue, m in sorted(seen.values(), key=lambda cm: (cm[1].start(), -len(cm[1].group(0)))):
        if any(a <= m.start() < b for a, b in spans[cue.id]):
            continue  # inside a longer match of the same cue
        spans[cue.id].append(m.span())
        out.append((cue, m))
    return out


def paradigm_scores(hits: list[Hit], paradigms: tuple[str, ...], decay: float) -> dict[str, float]:
    """score(p) = Σ_cue Σ_i w_i(p) r^i over that cue's hits sorted by weight."""
    scores = dict.fromkeys(paradigms, 0.0)
    for p in paradigms:
        by_cue: dict[str, list[float]] = defaultdict(list)
        for h in hits:
            if h.weight(p) > 0:
                by_cue[h.cue.id].append(h.weight(p))
        for ws in by_cue.values():
            scores[p] += sum(w * decay**i for i, w in enumerate(sorted(ws, reverse=True)))
    return scores


def first_mention(hits: list[Hit]) -> str | None:
    """The paradigm the text names first about the system itself (a strong cue, said
    plainly): descriptions tend to lead with what the system is."""
    for h in hits:
        if h.context in ("plain", "self", "title") and h.cue.paradigms:
            p, w = max(h.cue.paradigms.items(), key=lambda kv: kv[1])
            if w >= 2.0:
                return p
    return None
