"""Reasoning: scores and cues -> paradigms, primary, objectives, sampler, roles, flags.

1. A paradigm is in the set when its score clears both an absolute floor and a
   fraction of the best score (thresholds in the lexicon) and a clear cue of it is said
   of the system itself (not only in background, limitation or comparison sentences), or
   when a rule adds it.
2. Rules (lexicon) combine cues: each may add a paradigm, propose the primary (kept
   unless another paradigm scores more than `margin` times as much), name roles,
   choose the sampler, or flag a non-standard claim. Otherwise the primary is the
   paradigm with the highest score. A paradigm beside the primary that the text tells only
   by a family's name ("GANs", "a VAE", "WaveNet"), in sentences naming no part, and at
   under half the top score, is a rival the text compares: it leaves the set.
3. Objectives and samplers are what hits said of the system name (not negated, not a
   comparison; an objective not from a sentence about the field either), kept when they
   belong to a paradigm in the set; what the text leaves out is filled from the
   paradigm's defaults and said to be unsaid.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from genmap.card import PARADIGMS, Card
from genmap.place.layout import TABLE_ROW
from genmap.place.lexicon import Lexicon, Rule
from genmap.place.placement import Conclusion, Evidence, Flag, Placement
from genmap.place.reading import (
    Hit,
    find_hits,
    first_mention,
    name_stem,
    names_own,
    paradigm_scores,
    part_of,
    term_said,
    title_line,
    title_name,
)

OWN_CONTEXTS = ("plain", "self", "title", "listing")
"""Contexts in which a hit is said of the system itself (see reading._context_of)."""
_VERB_PHRASE = re.compile(
    r"\b(?:encoded|embedded)\s+(?:by|with|using|via|through)$",
    re.IGNORECASE)
_FIELD = ("limitation", "aside")
"""Contexts of sentences about the field or what the system is not (see reading._context_of)."""


class PlaceError(ValueError):
    """Input `genmap place` cannot read or place; the message says what is accepted."""


class NothingToPlace(PlaceError):
    """The text carries no cue of any paradigm."""


@dataclass
class State:
    hits: list[Hit]
    scores: dict[str, float]
    paradigms: list[str]
    text: str
    primary: str | None = None
    fired: list[Rule] = field(default_factory=list)
    background: bool = False  # placed from sections usually about other work

    def active(self, cue_id: str) -> list[Hit]:
        """Hits of a cue said of the system itself (not negated, contrasted, background), and
        not items of a listing sentence ("VITS-based systems pair a variational autoencoder
        with a flow prior and a HiFi-GAN decoder; diffusion converters iterate a denoiser"):
        those count towards the scores, weakly, but tell no rule what the system is made of."""
        return [h for h in self.hits if h.cue.id == cue_id and h.active
                and h.context not in (*_FIELD, "listing")]

    def holds(self, atom: str) -> bool:
        kind, _, name = atom.partition(":")
        if kind == "paradigm":
            return name in self.paradigms
        if kind == "primary":
            return name == self.primary
        if kind == "told":  # said anywhere, a field sentence included: "latent diffusion
            return any(h.cue.id == name and h.active for h in self.hits)  # models operate
            # in the latent space of a pretrained VAE" before "we distil one into an LCM"
        return bool(self.active(name))


def _evidence(h: Hit) -> Evidence:
    s = h.sentence
    return Evidence(h.cue.id, h.term, " ".join(s.text.split()), s.start, s.end, h.start, h.end,
                    h.context)


def _confidence(score: float, scale: float = 4.0) -> float:
    return min(0.99, 1.0 - math.exp(-score / scale))


def _matches(rule: Rule, st: State, lex: Lexicon) -> bool:
    """The rule's atoms hold, its term, if any, is said of the system (a term in a
    comparison, "unlike latent diffusion models", does not count) and its unwanted term, if
    any, is not."""
    return (all(st.holds(a) for a in rule.all)
            and (not rule.any or any(st.holds(a) for a in rule.any))
            and not any(st.holds(a) for a in rule.none)
            and (rule.needs_term is None or term_said(rule.needs_term, st.text, lex))
            and (rule.none_term is None or not term_said(rule.none_term, st.text, lex)))


def _choose_primary(st: State, lex: Lexicon) -> tuple[str, Rule | None]:
    """The highest score, unless a rule says otherwise; a paradigm the text names as a stage
    ("WaveGlow, a flow-based vocoder", "a GAN upsampler") is not the primary while another
    paradigm is said of the system: the stage serves the model that makes the content. A
    stage the title names ("Parallel WaveGAN: ...") or the opening sentence defines under a
    title that names the system ("# AuraSR", then "AuraSR is a GAN-based super-resolution
    model") is the system itself, and so is a stage the system is presented as by name ("We
    present SqueezeWave, a family of flow vocoders") or any stage when the title names the
    stage word ("SqueezeWave: Extremely Lightweight Vocoders ...")."""
    titled = {p for h in st.hits if h.active and h.context == "title" for p in h.cue.paradigms}
    title = title_line(st.text)
    opening = _staged([h for h in st.hits if h.sentence.lead and title
                       and names_own(h.sentence.text, title)])  # "# AuraSR\n\nAuraSR is a GAN ..."
    def presented(h: Hit) -> bool:  # "We present SqueezeWave, a family of flow vocoders"
        m = _PRESENTS.search(h.sentence.text)
        return bool(m) and m.end() <= h.start - h.sentence.start and names_own(
            h.sentence.text, title)
    itself = _staged(st.hits, lambda h: bool(_IT_IS.match(h.sentence.text)) or (
        bool(title) and (names_own(h.term, title) or presented(h))))  # "It's a GAN vocoder";
    # "a separate GigaGAN upsampler": a stage the text says the system is, or names as it, is
    # its own
    stage_titled = any(h.context == "title" and not h.cue.paradigms and h.cue.role in _STAGE_ROLES
                       for h in st.hits)  # "SqueezeWave: Lightweight Vocoders for ...": the
    # system is the stage
    called = {max(h.cue.paradigms, key=h.cue.paradigms.get) for h in st.hits
              if h.active and h.cue.paradigms and names_own(h.sentence.text, title)
              and _CALLED.match(h.sentence.text, h.end - h.sentence.start)}  # "A diffusion
    # model, which we call Composer, is then trained ...": the system, whatever its stages
    stages = set() if stage_titled else _staged(st.hits) - titled - opening - itself - called
    def makes_content(p: str) -> bool:  # not only a tokenizer's evidence ("a VQ step")
        return any(h.cue.role != "tokenizer" for h in st.hits if h.active and h.weight(p) > 0)
    best = max(st.paradigms, key=lambda p: st.scores[p])
    rest = [p for p in st.paradigms if p not in stages and makes_content(p)]
    if best in stages and rest:
        best = max(rest, key=lambda p: st.scores[p])
    for rule in st.fired:
        p = rule.primary
        if p and p in st.paradigms and st.scores[best] <= rule.margin * max(st.scores[p], 1e-9):
            return p, rule
    return best, None


_STAGE_ROLES = ("vocoder", "super-resolution stage")
"""The roles of a stage that serves the model making the content (`_staged`)."""
_NUMBERED_PART = re.compile(r"\s*\d+[.)]\s+(?:\*\*)?(?:an?|the|its|our)\s", re.IGNORECASE)
"""A numbered item that opens with an article, "3. a diffusion model that refines the tokens":
a part in a list of the system's parts."""
_SCORE = re.compile(r"\d\.\d")
"""A decimal figure: a table row that has one reports results."""
_PRESENTS = re.compile(r"\b(?:we\s+(?:present|propose|introduce|describe|release)|(?:this|the)\s+"
                       r"(?:paper|work|report)\s+(?:presents|proposes|introduces))\s+[\w.+-]+"
                       r"(?:\s+[\w.+-]+){0,2},\s+(?:an?|the)\s", re.IGNORECASE)
"""A sentence that presents the system by name and says what it is ("We present SqueezeWave,
a family of lightweight flow vocoders")."""
_CALLED = re.compile(r",?\s*(?:which|that|whom)\s+we\s+(?:call|name|dub|term)\b", re.IGNORECASE)
"""A model named as the system right after it is said ("A diffusion model, which we call
Composer, is then trained ..."): the system itself, not a stage of it."""
_IT_IS = re.compile(r"\W*(?:it|this)(?:['’]s|\s+is)\s+(?:an?|the)\b", re.IGNORECASE)
"""A sentence that says what the system is ("It's a GAN vocoder: mel in, waveform out")."""


def _paradigm_set(scores: dict[str, float], hits: list[Hit], lex: Lexicon) -> list[str]:
    """Paradigms whose score clears the floors and that at least one clear cue (weight >=
    own_cue) says of the system itself: a paradigm named only in background, limitation or
    comparison sentences ("diffusion models have dominated image generation"), or only by weak
    cues ("acoustic tokens" in a tokenizer paper), is the field or the data, not the system."""
    top = max(scores.values())
    floor = max(lex.thresholds["absolute"], lex.thresholds["relative"] * top)
    own = {p for h in hits if h.context in OWN_CONTEXTS for p, w in h.cue.paradigms.items()
           if w >= lex.thresholds["own_cue"]}
    staged = _parts(hits, lex)
    chosen = [p for p in PARADIGMS if p in own and (scores[p] >= floor or (
        p in staged and scores[p] >= lex.thresholds["absolute"]))]
    if not chosen and top > 0:
        chosen = [max(scores, key=lambda p: scores[p])]
    return chosen


def _named_only(paradigms: list[str], hits: list[Hit], name: str, lex: Lexicon) -> list[str]:
    """Drop a paradigm whose only evidence is the system's own name matching a known family
    ("CogView3" in a card that describes relay diffusion): a name cue says what earlier
    systems of that name were, the text's method words say what this one is."""
    def own(p: str, names: bool | None = None) -> list[Hit]:
        return [h for h in hits if h.context in OWN_CONTEXTS and h.weight(p) > 0
                and h.cue.paradigms.get(p, 0) >= lex.thresholds["own_cue"]
                and (names is None or h.cue.names_system == names)]
    named = [p for p in paradigms if own(p) and not own(p, names=False)
             and all(name_stem(h.term) in name.lower() for h in own(p))]
    methods = [p for p in paradigms if p not in named and own(p, names=False)]
    return [p for p in paradigms if p not in named] if named and methods else paradigms


def _parts(hits: list[Hit], lex: Lexicon) -> set[str]:
    """Paradigms said as a part of the system: a named stage or a part's stated loss."""
    return _staged(hits) | _trained_with(hits, lex)


def _staged(hits: list[Hit], which: Callable[[Hit], bool] = lambda h: True) -> set[str]:
    """Paradigms named right before a stage word, "a HiFi-GAN vocoder", or in the cell after a
    table row's stage cell, "| Vocoder | pretrained HiFi-GAN |": a component said of the
    system, kept even when the main model's evidence dwarfs it (the relative floor is waived)."""
    stages = [h for h in hits if h.context in OWN_CONTEXTS and not h.cue.paradigms
              and h.cue.role in _STAGE_ROLES]
    def staged(h: Hit, r: Hit) -> bool:
        if r.sentence != h.sentence:
            return False
        row, a = h.sentence.text, h.sentence.start
        if TABLE_ROW.match(row) and r.end <= h.start:  # not "| vocoder | WaveNet | 4.43 |"
            return row[:r.start - a].count("|") == 1 and row[r.end - a:h.start - a].count(
                "|") == 1 and not _SCORE.search(row)
        return _stage_word_after(h, r)
    return {max(h.cue.paradigms, key=h.cue.paradigms.get) for h in hits
            if h.context in OWN_CONTEXTS and h.cue.paradigms and which(h)
            for r in stages if staged(h, r)}


def _trained_with(hits: list[Hit], lex: Lexicon) -> set[str]:
    """Paradigms of a part's stated loss, "its decoder, trained with spectral and adversarial
    losses", or of what a part is built with, "its prior is made more expressive with
    normalizing flows": a component of the system, kept like a named stage (the relative
    floor waived)."""
    def before(h: Hit) -> str:
        said = h.sentence.text[:h.start - h.sentence.start][-100:]
        return said[max(said.rfind(";"), said.rfind(":")) + 1:].rstrip(" *")
    return {max(h.cue.paradigms, key=h.cue.paradigms.get) for h in hits
            if h.cue.paradigms and h.context in OWN_CONTEXTS and (
                (h.cue.component_loss and lex.context.trained_with.search(before(h)))
                or lex.context.part_with.search(before(h)))}


def reason(text: str, source: str, lex: Lexicon) -> Placement:
    """Place one text on the map (see the module docstring for the steps). A text that names
    a paradigm only in sections that are usually about other work (a README whose whole
    description sits under "Background") is read with those sections set aside instead of
    skipped, and says so."""
    hits, scores, paradigms = _read(text, source, lex)
    background = not paradigms and any(h.context == "skipped" for h in hits)
    if background:  # the rules' terms are then read the same way
        lex = replace(lex, context=replace(
            lex.context, skip_sections=_NO_SECTION, aside_sections=re.compile(
                f"{lex.context.skip_sections.pattern}|{lex.context.aside_sections.pattern}",
                lex.context.skip_sections.flags)))
        hits, scores, paradigms = _read(text, source, lex)
    if not paradigms:
        raise NothingToPlace(f"{source}: the text names no generative paradigm (no cue from the "
                             "lexicon matched); accepted: a description of a generative model")
    st = State(hits, scores, paradigms, text, background=background)
    for rule in lex.rules:  # pass 1: rules that do not depend on the primary
        if not any(a.startswith("primary:") for a in rule.all) and _matches(rule, st, lex):
            st.fired.append(rule)
            st.paradigms += [p for p in rule.add if p not in st.paradigms]
            st.paradigms = [p for p in st.paradigms if p not in rule.drop] or st.paradigms
    st.primary, primary_rule = _choose_primary(st, lex)
    rivals = _rivals(st, lex)
    st.paradigms = [p for p in st.paradigms if p not in rivals]
    st.fired += [r for r in lex.rules if r not in st.fired and _matches(r, st, lex)]
    return _assemble(st, source, lex, primary_rule)


def _rivals(st: State, lex: Lexicon) -> list[str]:
    """Paradigms beside the primary told only by a family's name ("diffusion models", "a good
    GAN", "Stable Diffusion"), in sentences that name no part and no loss, under `family_share`
    of the top score: a rival a reader or an explainer compares ("HiFi-GAN and MelGAN do one
    pass and are faster"), not a component. A component is told by what it does or fills ("a
    diffusion decoder", "the pretrained HiFi-GAN vocoder", "trained with a GAN loss", "the
    diffusion stage"), by opening a numbered list item ("3. a diffusion model that ..."), or
    by a rule."""
    top = max(st.scores.values())
    kept = _parts(st.hits, lex) | {p for r in st.fired for p in r.add}
    def numbered_part(h: Hit) -> bool:  # the item's first sentence
        line = st.text.rfind("\n", 0, h.sentence.start) + 1
        m = _NUMBERED_PART.match(st.text, line)
        return bool(m) and m.end() > h.sentence.start
    def rival(p: str) -> bool:
        told = [h for h in st.hits if h.context in OWN_CONTEXTS and h.weight(p) > 0
                and h.cue.paradigms[p] >= lex.thresholds["own_cue"]]  # not "VQ-VAE" for GANs
        names = {h.start for h in told if h.cue.family_name}
        def family(h: Hit) -> bool:  # "the autoregressive WaveNet": the kind of a named one
            return h.cue.family_name or any(0 < n - h.end <= 2 for n in names)
        return bool(told) and all(family(h) and not lex.context.part_words.search(
            h.sentence.text) and not lex.context.part_after.match(st.text, h.end)
            and not numbered_part(h) for h in told)
    return [p for p in st.paradigms if p != st.primary and p not in kept and (
        st.scores[p] < lex.thresholds["family_share"] * top) and rival(p)]


def _read(text: str, source: str, lex: Lexicon) -> tuple[list[Hit], dict[str, float], list[str]]:
    """The text's hits, the paradigm scores and the paradigm set."""
    hits = find_hits(text, lex)
    scores = paradigm_scores(hits, PARADIGMS, lex.thresholds["repeat_decay"])
    first = first_mention(hits)
    if first:
        scores[first] += lex.thresholds["first_bonus"]
    return hits, scores, _named_only(_paradigm_set(scores, hits, lex), hits,
                                     _system_name(text, source), lex)


_NO_SECTION = re.compile(r"(?!)")
"""A section pattern that matches no heading."""


def _paradigm_conclusions(st: State, primary_rule: Rule | None) -> list[Conclusion]:
    out = []
    ordered = [st.primary, *[p for p in st.paradigms if p != st.primary]]
    for p in ordered:
        weighed = [h for h in st.hits if h.weight(p) > 0]
        own = [h for h in weighed if h.active]  # set-aside hits only when nothing else
        ev = sorted(own or weighed, key=lambda h: -h.weight(p))[:3]
        adders = [r for r in st.fired if p in r.add and st.scores[p] < 1.0]
        why = adders[0].why if adders else f"score {st.scores[p]:.1f}"
        out.append(Conclusion("paradigm", p, _confidence(st.scores[p] + 3 * bool(adders)),
                              True, tuple(_evidence(h) for h in ev), why))
    ranked = sorted(st.scores.values(), reverse=True)
    s1, s2 = st.scores[st.primary], ranked[1] if ranked[0] == st.scores[st.primary] else ranked[0]
    margin = 1.0 if primary_rule else max(0.0, (s1 - s2) / max(s1, 1e-9))
    why = primary_rule.why if primary_rule else f"highest score ({s1:.1f}; next {s2:.1f})"
    out.insert(0, Conclusion("primary", st.primary,
                             _confidence(s1) * (0.5 + 0.5 * margin) * (0.9 if primary_rule else 1),
                             True, out[0].evidence, why))
    return out


def _objectives(st: State, lex: Lexicon) -> tuple[list[Conclusion], list[str]]:
    found: dict[str, list[Hit]] = defaultdict(list)
    for h in st.hits:
        said = h.context not in ("negated", "contrast", "limitation", "task", "skipped")
        o = h.cue.objective_for(st.primary, h.term) if said and _companions(h, st) else None
        if o and set(lex.objective_paradigms[o]) & set(st.paradigms):
            found[o].append(h)
    def implied(hs: list[Hit]) -> bool:
        return all(h.cue.objective_implied for h in hs)
    stated = {p for o, hs in found.items() if not implied(hs) for p in lex.objective_paradigms[o]}
    for o, hs in list(found.items()):  # "a normalizing flow distilled from WaveNet"
        named = {max(h.cue.paradigms, key=h.cue.paradigms.get) for h in hs if h.cue.paradigms}
        if implied(hs) and len(named) == 1 and named <= stated:
            del found[o]
    for generic, forms in lex.generic_objectives.items():
        if set(forms) & set(found):  # "a hinge loss against a discriminator": the form
            found.pop(generic, None)
    out = [Conclusion("objective", o, _confidence(1.5 * len(hs), 2.0),
                      True, tuple(_evidence(h) for h in hs[:3])) for o, hs in found.items()]
    unsaid = []
    for p in st.paradigms:
        if not any(p in lex.objective_paradigms[o] for o in found):
            default = lex.defaults[p]["objective"]
            out += [Conclusion("objective", o, 0.35, False,
                               why=f"the {p} paradigm's usual objective") for o in default]
            unsaid.append(f"the text names no loss for its {p} part; assumed "
                          f"{', '.join(default)}")
    return out, unsaid


def _companions(h: Hit, st: State) -> bool:
    """A cue that needs company ("cross-entropy" needs a next-token cue) has it in its sentence."""
    return not h.cue.needs_cue or any(o.active and o.cue.id in h.cue.needs_cue
                                       and o.sentence == h.sentence for o in st.hits)


def _sampler(st: State, lex: Lexicon, roles: dict[str, str]) -> tuple[Conclusion, list[str]]:
    ruled = [r for r in st.fired if r.sampler and _sampler_fits(r, st, lex)]
    if ruled:
        ev = tuple(_evidence(h) for a in (*ruled[0].all, *ruled[0].any) if a.startswith("cue:")
                   for h in st.active(a[4:])[:1])
        return Conclusion("sampler", ruled[0].sampler, 0.8, True, ev, ruled[0].id), []
    # a decoder that is another paradigm's model (a tokenizer whose decoder is a diffusion
    # model) samples by its own procedure: the system's sampling runs through it
    decoders = {p for r in st.fired if r.primary in (None, st.primary)
                for p, role in r.roles.items() if role == "decoder" and p in st.paradigms}
    # so does the prior of a one-pass decoder (the PixelCNN over a VQ-VAE's codes, the LSTM
    # generator of a sequence GAN): a sample is drawn from it first, by its own procedure. Not
    # for a flow: an autoregressive part beside it is its conditioner or its teacher
    one_pass = lex.defaults[st.primary]["sampler"] == "parallel one pass"
    priors = sorted(p for p, role in roles.items() if role == "prior" and p != st.primary) if (
        one_pass and st.primary != "flow") else []
    allowed = [*lex.samplers_for[st.primary], *(s for p in sorted(decoders) + priors
                                                for s in lex.samplers_for[p])]
    # a one-pass model (VAE, flow, GAN) said to emit one step at a time and feed it back
    # samples sequentially; "step by step" in a diffusion text is its denoising, and a flow's
    # autoregressive teacher is what runs step by step, not the distilled flow
    stepwise = one_pass and roles.get("autoregressive") != "distillation teacher"
    weight: dict[str, list[Hit]] = defaultdict(list)
    for h in st.hits:  # a sentence about the field ("..., which relies on Langevin dynamics")
        if h.active and (h.cue.sampler in allowed or (h.cue.any_paradigm and stepwise)) and (
                h.context not in _FIELD):
            weight[h.cue.sampler].append(h)
    if weight:
        name = max(weight, key=lambda s: _sampler_weight(weight[s], lex))
        hs = weight[name]
        return Conclusion("sampler", name, _confidence(2 * len(hs)), True,
                          tuple(_evidence(h) for h in hs[:3])), []
    slow = [p for p in priors if lex.defaults[p]["sampler"] != "parallel one pass"]
    if slow:  # a one-pass decoder waits on its prior's draw: that is the sampling cost
        default = lex.defaults[slow[0]]["sampler"]
        return (Conclusion("sampler", default, 0.35, False, why=f"the {slow[0]} prior's usual "
                           "sampler: a sample is drawn from the prior, then decoded"),
                [f"the text names no sampling procedure; assumed {default}, the prior's"])
    default = lex.defaults[st.primary]["sampler"]
    return (Conclusion("sampler", default, 0.35, False, why="the primary paradigm's usual sampler"),
            [f"the text names no sampling procedure; assumed {default}"])


def _sampler_fits(rule: Rule, st: State, lex: Lexicon) -> bool:
    """A rule's sampler holds for the system when the rule is about its primary paradigm or
    the sampler is one that paradigm uses: "a single forward pass" beside a diffusion model
    named in passing makes a GAN no few-step distilled diffusion model."""
    return not rule.about or st.primary in rule.about or (
        rule.sampler in lex.samplers_for[st.primary])


def _sampler_weight(hits: list[Hit], lex: Lexicon) -> float:
    """Σ over cues of the cue's sampler weight, its strongest hit counting; a hit in a part of a
    sentence that offers an alternative ("fewer steps with DDIM work but lose detail",
    "optionally") counts `alternative_share` of it: the default procedure is said elsewhere."""
    best: dict[str, float] = {}
    for h in hits:
        part = part_of(h.sentence.text, h.start - h.sentence.start)[1]
        share = lex.thresholds["alternative_share"] if lex.context.alternative.search(part) else 1
        best[h.cue.id] = max(best.get(h.cue.id, 0.0), h.cue.sampler_weight * share)
    return sum(best.values())


def _roles(st: State, lex: Lexicon) -> dict[str, str]:
    """paradigm -> role, for a hybrid: from the rules that fired, else the defaults."""
    roles: dict[str, str] = {}
    for p in st.paradigms:  # a stage the text names ("a HiFi-GAN vocoder") beats a rule's guess
        named = _stage_named(st, p) if p != st.primary else None
        if named:
            roles[p] = named
    for rule in st.fired:
        if rule.primary and rule.primary != st.primary and rule.primary in st.paradigms:
            continue  # its roles assume a primary the text did not bear out
        for p, role in rule.roles.items():
            if p in st.paradigms:
                roles.setdefault(p, role)
    for p in st.paradigms:
        said = _role_said(st, p)
        if p != st.primary and p not in roles and said:
            roles[p] = said
        if p != st.primary and p not in roles:
            table = lex.default_roles.get(p, {})
            roles[p] = table.get(st.primary, table.get("*", "component"))
    return roles


def _stage_named(st: State, p: str) -> str | None:
    """A stage word right after a term of p, "a HiFi-GAN vocoder", "a GAN upsampler"."""
    stages = [h for h in st.hits if h.active and h.cue.role in ("vocoder", "super-resolution stage")
              and not h.cue.paradigms]
    return next((r.cue.role for h in st.hits if h.active and h.weight(p) > 0 for r in stages
                 if _stage_word_after(h, r)), None)


def _stage_word_after(h: Hit, r: Hit) -> bool:
    """Stage word r right after term h in its sentence ("HiFi-GAN vocoder"), or inside
    h's own term ("flow-based vocoder")."""
    return r.sentence == h.sentence and r.end >= h.end and r.start - h.end <= 12


def _role_said(st: State, p: str) -> str | None:
    """A role word ("vocoder", "a prior over the codes") in a sentence that names p."""
    sents = {h.sentence for h in st.hits if h.active and h.weight(p) > 0}
    said = ("decoder", "prior", "vocoder", "super-resolution stage")
    roles = [h.cue.role for h in st.hits if h.active and h.cue.role in said
             and h.sentence in sents and not h.cue.paradigms]
    return roles[0] if roles else None


def _component(name: str, p: str, role: str, objectives: list[Conclusion], lex: Lexicon) -> Card:
    mine = tuple(c.value for c in objectives if p in lex.objective_paradigms[c.value])
    d = lex.defaults[p]
    return Card(name=f"{name}/{role}", paradigms=(p,), objective=mine or tuple(d["objective"]),
                divergence=d["divergence"], sampler=d["sampler"], nfe=lex.nfe[d["sampler"]],
                likelihood=d["likelihood"])


def _role_conclusions(st: State, roles: dict[str, str]) -> list[Conclusion]:
    out = [Conclusion("role", f"{role}: {p}", 0.7, any(r.roles.get(p) for r in st.fired),
                      why=next((r.why for r in st.fired if p in r.roles), "usual role of a "
                               f"{p} component beside a {st.primary} model"))
           for p, role in roles.items()]
    out += [Conclusion("role", f"{r.component['role']}: {r.component['paradigm']}", 0.6, False,
                       why=r.why or f"{r.id}: a component the method implies, not a part it ships")
            for r in st.fired if r.component]  # a distillation teacher is on the card too
    seen: set[str] = set()
    for h in st.hits:
        if h.active and h.cue.role == "text encoder" and h.term.lower() not in seen:
            seen.add(h.term.lower())
            out.append(Conclusion("role", f"text encoder: {_encoder_name(h)}", 0.7, True,
                                  (_evidence(h),), "conditions the generator; not generative"))
    return out


def _encoder_name(h: Hit) -> str:
    """The text encoder a role cue names: the matched noun ("frozen T5 text encoder"), or, for a
    verb phrase ("prompts are encoded by"), the words that follow it up to the clause's end."""
    term = " ".join(h.term.split())
    if not _VERB_PHRASE.search(term):
        return term
    rest = h.sentence.text[h.end - h.sentence.start:]
    words = re.split(r"[,;:.()]", rest, maxsplit=1)[0].split()[:5]
    return " ".join(words) or term


def _flags(st: State) -> list[Flag]:
    out = []
    for rule in st.fired:  # not a claim about a paradigm the system turned out not to have
        if rule.flag and all(p in st.paradigms for p in rule.about):
            atoms = [a[4:] for a in (*rule.all, *rule.any) if a.startswith("cue:")]
            ev = tuple(_evidence(h) for a in atoms for h in st.active(a)[:1])
            out.append(Flag(rule.flag["claim"], rule.flag["implies"], ev))
    return out


def _likelihood(st: State, sampler: str, lex: Lexicon) -> tuple[str | None, list[Conclusion]]:
    kind = lex.defaults[st.primary]["likelihood"]
    stated = [h for h in st.hits if h.active and h.cue.likelihood]
    if stated and kind is not None and st.primary in ("flow", "autoregressive"):
        kind = stated[0].cue.likelihood if st.primary == "flow" else kind
    if sampler == "few-step distilled":
        kind = None  # a distilled student keeps no bound of its own
    if sampler == "parallel iterative decoding" and st.primary == "autoregressive":
        kind = None  # a masked-token model has no chain rule to sum
    why = "from the primary paradigm" + (" and the text" if stated else "")
    return kind, [Conclusion("likelihood", kind or "none", 0.6 if stated else 0.4, bool(stated),
                             tuple(_evidence(h) for h in stated[:2]), why)]


def _modality(st: State) -> tuple[list[Conclusion], list[str]]:
    count: dict[str, list[Hit]] = defaultdict(list)
    for h in st.hits:
        if h.active and h.cue.modality:
            count[h.cue.modality].append(h)
    if not count:
        return [], ["the text names no data modality"]
    m = max(count, key=lambda k: len(count[k]))
    return [Conclusion("modality", m, _confidence(len(count[m]), 2.0), True,
                       (_evidence(count[m][0]),))], []


def _discounted(st: State) -> tuple[Evidence, ...]:
    """Paradigm words the reading set aside (negated, contrasted, yielded), for the reader."""
    out = [_evidence(h) for h in st.hits if h.context in ("negated", "contrast", "yielded", "task")
           and h.cue.paradigms and max(h.cue.paradigms.values()) >= 2.0]
    return tuple(out[:8])


def _assemble(st: State, source: str, lex: Lexicon, primary_rule: Rule | None) -> Placement:
    conclusions = _paradigm_conclusions(st, primary_rule)
    objectives, unsaid = _objectives(st, lex)
    roles = _roles(st, lex) if len(st.paradigms) > 1 else {}
    sampler, unsaid_s = _sampler(st, lex, roles)
    likelihood, lik = _likelihood(st, sampler.value, lex)
    modality, unsaid_m = _modality(st)
    name = _name(st.text, source)
    components = tuple((role, _component(name, p, role, objectives, lex))
                       for p, role in roles.items())
    components += tuple((r.component["role"], _component(name, r.component["paradigm"],
                                                         r.component["role"], [], lex))
                        for r in st.fired if r.component)
    stated = [c.value for c in objectives if c.stated]
    divergence = next((lex.divergence_by_objective[o] for o in stated
                       if o in lex.divergence_by_objective), lex.defaults[st.primary]["divergence"])
    order = [st.primary, *[p for p in st.paradigms if p != st.primary]]
    card = Card(name=name, paradigms=tuple(order),
                objective=tuple(dict.fromkeys(c.value for c in objectives)),
                divergence=divergence, sampler=sampler.value, nfe=lex.nfe[sampler.value],
                likelihood=likelihood, components=components,
                notes=tuple(f"{r.id}: {r.why}" for r in st.fired if r.why))
    if not any(h.active and h.cue.likelihood_reported for h in st.hits):
        unsaid_m.append("the text reports no likelihood figure")
    if st.background:
        unsaid_m.append("the text names a paradigm only under headings usually about other work "
                        "(background, related work): placed from those sections, at half weight")
    return Placement(source, card, tuple(conclusions + objectives + [sampler] + lik + modality
                                         + _role_conclusions(st, roles)),
                     tuple(_flags(st)), tuple(unsaid + unsaid_s + unsaid_m), _discounted(st),
                     tuple((p, st.scores[p]) for p in PARADIGMS))


def _name(text: str, source: str) -> str:
    """The title line (after a card's YAML front matter), else the source."""
    return title_line(text)[:60] or source


def _system_name(text: str, source: str) -> str:
    """The system's own name: the name that leads a title before its colon ("Bailando: 3D
    Dance Generation by Actor-Critic GPT" -> "Bailando", so that the GPT it describes is not
    its name), else the title line (`_name`)."""
    return title_name(title_line(text)) or _name(text, source)
