"""Reading: text -> sentences (with character offsets) -> cue hits in context -> scores.

A hit's weight is the cue's weight times a context multiplier:

    w(hit) = w_cue · m(context),   context ∈ {plain, self, title, negated, contrast, task,
                                              aside, limitation, listing, yielded, skipped,
                                              modifier}

so "no adversarial training" (negated) adds nothing to `adversarial`, "outperforms GANs"
(contrast) adds little, "seq2seq tasks" (task) names what is solved, not how, a sentence
under a "Limitations", "Out-of-Scope Use" or "To do" heading (aside) or about future work
(limitation) is not the system's own evidence, a URL is no evidence at all, and "a class of
latent variable models" beside "diffusion models" yields to the stronger cue in its
sentence. A plural class heading a sentence that does not speak of the system ("Autoregressive
dynamics models roll forward ...") is the field (limitation), except in the opening sentence,
which usually defines the system's own paradigm (unless it gives the class with examples,
"Autoregressive models such as WaveNet ..."), and so is one heading a part of a sentence
after ";" (the rest of that part speaks of the class too); a system's name used as an
architecture of another paradigm's model ("a WaveNet-style diffusion model") is a modifier;
a file name or identifier (`configs/faces_vqgan.yaml`) is no evidence; words hyphenated across a
PDF line break ("autoregres-\\nsive") are read whole. Repeats of one cue decay geometrically,
so one word said ten times is not ten pieces of evidence:

    score(p) = Σ_cue Σ_i w_i(p) · r^i,   w_0 ≥ w_1 ≥ ...,   r = repeat_decay.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from genmap.place.layout import aligned_cells, alternatives, others_comments, real_hyphen, table_row
from genmap.place.lexicon import FOLD, SEPARATOR, Context, Cue, Lexicon, pattern_needs

_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|Fig|Eq|cf|approx|resp|Sec|no)\.|\b[A-Z]\.)$")
_SYMBOL = re.compile(r"(?<![\w.])([A-Z])(?![\w.'’-])")
"""A capital letter standing alone elsewhere in the text ("a generator G that ..."): a symbol,
so "G." ends a sentence ("... rather than from G. Training G ..."); an initial ("J. Ho")
stands alone only before its full stop."""
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|"
                       r"(?<=[^\W\d_][.!?])[\"')\]]*\s+(?=(?:\*\*|__)[A-Z0-9])")
_MARKUP_LINE = re.compile(r"^\s*(?:#{1,6}\s|[-*+•]\s|[>|]\s?|\d{1,3}[.)]\s|---|```|[A-Za-z_]+:\s)")
_KEY_LINE = re.compile(r"^[A-Za-z_]+:\s")
_QUOTE_LINE = re.compile(r"^\s*>\s*\S")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
_LIST_TAIL = re.compile(r"\s(?:and|or)\s")
_NEGATED_SUBJECT = re.compile(r"\s*(?:none|neither|no one|nothing)\b", re.IGNORECASE)
_FIRST_ITEM = re.compile(r"\b(?:such as|including|e\.g\.|like|namely|for (?:example|instance))"
                         r"\s+[\w.+-]+\s*$", re.IGNORECASE)
"""A list's head with its first item ("... such as AttnGAN"): the short clause after it is
the next item ("DM-GAN and DF-GAN")."""
_NOTHING_THERE = re.compile(r"\bthere (?:is|are|was|were) no\b(?! (?:doubt|question)\b)",
                            re.IGNORECASE)
_INSPIRED = re.compile(r"[- ]?(?:inspired|motivated)\b", re.IGNORECASE)
"""A term right before "-inspired" ("diffusion-inspired EBMs") names an influence, not a part."""
_OR_NOR = re.compile(r"\b(?:or|nor)\s", re.IGNORECASE)
_OR_ITEM = re.compile(r"\s*(?:[\w-]+\s+){1,4}(?:or|nor)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NEW_STATEMENT = re.compile(r"\s*(?:and|but|while|which|that|so|then)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")
_CLAUSE = re.compile(r"[,;:()\[\]]|—|\s–|–\s|\s(?:but|whereas|while)\s")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_UNLIKE = re.compile(r"\W*(?:unlike|in contrast (?:to|with)|as opposed to|contrary to|compared "
                     r"(?:to|with)|in comparison (?:to|with)|(?:much|just|exactly) as|akin to|"
                     r"versus|vs\.?|as with)\b", re.IGNORECASE)
"""A clause opened by a comparison or an analogy ("much as a discriminator guides a generator
in a GAN"): all of it, however long, is about the other systems."""
_AGAINST = re.compile(r"\W*against\b", re.IGNORECASE)
"""A sentence opened by "Against X": what follows is measured against X (a clause "against a
discriminator" inside the sentence is the system's own training)."""
_AGAINST_BRACKET = re.compile(r"\W*against\s+[^,;()]{1,60}\(\s*", re.IGNORECASE)
"""The bracket right after "Against X (": it says what X is."""
_JOINS = re.compile(r"\b(?:follows|adopts|embraces|joins|belongs to|builds (?:up)?on"
                    r"|built (?:up)?on|(?:is )?based on) the "
                    r"(?:[\w-]+ ){0,4}(?:paradigm|recipe|framework|approach)\b", re.IGNORECASE)
"""The system taking up a paradigm ("Wan follows the now-dominant diffusion transformer
paradigm"): the paradigm is its own, however dominant."""
_WHEREAS = re.compile(r"\bwhereas\s*$", re.IGNORECASE)
_NEITHER = re.compile(r"\bneither\b", re.IGNORECASE)
_NOR = re.compile(r"\bnor\b", re.IGNORECASE)
""""neither ... nor": what the first branch names, however long, is negated."""
_TURN = re.compile(r"\b(?:but|yet|instead|rather|while|whereas|although|though)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)
_HERE_INSTEAD = re.compile(r";\s*(?:here|in contrast|by contrast|instead(?!\s+of\b)|ours|"
                           r"in our (?:case|model|work)|(?!(?:we|it|its|our|the|this|they)\b)"
                           r"(?:[\w-]+\s+){1,3}instead(?!\s+of\b))\b"
                           r"(?!,?\s+(?:it|they|this|these|that|those)\b)", re.IGNORECASE)
"""A part followed by one that turns to the system ("...; here the ConvNet is the model",
"...; diffusion models instead generate all atoms jointly", but not "...; the decoder instead
predicts", another part of the system), not by a phrase that only starts with "instead of"
("...; instead of rendered images, it is ...")."""
_VERB_FIRST = re.compile(r"\s*(?:also\s+|still\s+|often\s+)?"
                         r"(?!(?:we|it|they|our|its|their|the|this|these|those|an?|there)\b)[a-z]+\b")
"""A clause with no subject of its own, opened by its verb ("... but require adversarial
training")."""
_CONTINUES = re.compile(r"\s*(?:and|or|nor|as well as)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\s*(?:they|their|them|those|these)\b", re.IGNORECASE)
_CLASS_NOUN = (r"(?:models|methods|approaches|generators|systems|networks|GANs|VAEs|LLMs|flows"
               r"|autoencoders|vocoders|codecs|synthesi[sz]ers|transformers|policies|machines"
               r"|surrogates|emulators)")
_PLURAL_AFTER = re.compile(rf"(?:[- ]based)?(?:[\s-]+[\w-]+){{0,2}}?[\s-]+{_CLASS_NOUN}\b")
_WHICH_NOT = re.compile(r"\b(?:which|what|that)\s+(?!we\b|our\b|it\b)(?:[\w-]+\s+){0,5}$",
                        re.IGNORECASE)
_DO_NOT = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:(?:do|does|did|could|would)(?:\s+not|n['’]t)|"
                     r"can(?:not|\s+not|['’]t))\b", re.IGNORECASE)
_MODIFIER = re.compile(r"[- ](?:style|like|inspired|type)\b|-ish\b", re.IGNORECASE)
_FILE_EXT = re.compile(r"\.(?:ya?ml|json|py|ckpt|pt|pth|bin|safetensors|sh|txt|cfg)\b")
# "Normalizing flows are combined with ...": the class named as a part of the design
_DESIGN_VERB = re.compile(r"\s+(?:are|is) (?:combined|coupled|paired|integrated|merged|fused|"
                          r"joined|stacked|chained|composed|interleaved)(?: with)?\b")
_PLURAL_MATCH = re.compile(rf"{_CLASS_NOUN}$")
# "Autoregressive models such as WaveNet ...": a class given with examples is the field
_EXAMPLES = re.compile(rf"(?:{_PLURAL_AFTER.pattern})?,?\s+(?:such as|like|e\.g\.|including)\s",
                       re.IGNORECASE)
# "Diffusion-based generators such as MDM ...", "Language-model approaches such as MusicLM ...":
# a part of a sentence whose subject is a class given with examples speaks of that class
_EXAMPLE_SUBJECT = re.compile(
    rf"\W*(?:(?:the|most|many|some|earlier|prior|other)\s+)?(?:[\w.]+[\s-]+){{0,3}}?"
    rf"{_CLASS_NOUN},?\s+(?:such\s+as|like|e\.g\.|including)\s", re.IGNORECASE)
_SELF_BEFORE = re.compile(r"\b(?:we|our|ours|this (?:paper|work|model))\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\(\s*[\w.-]+(?:\s+[\w.-]+)?\s*\)")
_URL = re.compile(r"(?:https?://|www\.)\S+")
SET_ASIDE = ("negated", "contrast", "skipped", "task", "modifier")
"""Contexts in which a match says nothing of the system (see _context_of)."""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    title: bool = False
    skipped: bool = False
    aside: bool = False
    lead: bool = False


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
        return self.context not in (*SET_ASIDE, "yielded")

    def weight(self, paradigm: str) -> float:
        return self.cue.paradigms.get(paradigm, 0.0) * self.multiplier


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blocks: blank lines, markdown/YAML line starts and the lines of a table
    aligned with spaces separate blocks, a wrapped line (PDF, hard-wrapped text) does not."""
    spans, start, pos = [], 0, 0
    lines = text.splitlines(keepends=True)
    aligned = [bool(aligned_cells(line)) for line in lines] + [False]
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        wrapped_item = bool(_LIST_ITEM.match(line)) and nxt[:1] in (" ", "\t") and not (
            _MARKUP_LINE.match(nxt))  # a list item hard-wrapped onto an indented line
        hyphenated = bool(re.search(r"[a-z]-[ \t]*\r?\n", line)) and nxt[:1].islower()
        quoted = _QUOTE_LINE.match(line) and _QUOTE_LINE.match(nxt)  # a wrapped blockquote
        wrapped_key = bool(_KEY_LINE.match(nxt)) and len(line.strip()) >= 50 and bool(
            re.search(r"[a-z,]\s*$", line))  # "...has been applied to\nmolecules: JT-VAE ..."
        wrapped_note = bool(_KEY_LINE.match(line)) and len(line.strip()) >= 60 and bool(
            re.search(r"[\w,]\s*$", line)) and (nxt[:1].islower() or bool(_OPEN_END.search(
                line))) and not _MARKUP_LINE.match(nxt)  # "Note: ... there is no\nchange-of-..."
        breaks = not hyphenated and not quoted and (
            not line.strip() or not nxt.strip() or (_MARKUP_LINE.match(nxt) and not wrapped_key)
            or (_MARKUP_LINE.match(line) and not wrapped_item and not wrapped_note)
            or len(line.strip()) < 50 or aligned[i] or aligned[i + 1])
        if breaks:
            spans.append((start, end))
            start = end
        pos = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _abbreviation(before: str, symbols: set[str]) -> bool:
    """Whether `before` ends in an abbreviation ("e.g.", "et al.", an initial "J.") rather
    than a sentence: a capital that the text uses as a symbol is not an initial."""
    m = _ABBREV.search(before)
    return bool(m) and not (len(m.group(0)) == 2 and m.group(0)[0] in symbols)


def sentences(text: str, skip: re.Pattern[str] | None = None,
              aside: re.Pattern[str] | None = None) -> tuple[Sentence, ...]:
    """Sentences with offsets into `text`; the first is a title when it is a short line
    with no final full stop, or a markdown heading. Sentences under a heading that `skip`
    matches (related work, references, ...) are marked skipped: in a full paper they name
    every paradigm but the system's own. Sentences under a heading that `aside` matches
    (limitations, risks, out-of-scope use, future work) are marked aside: they speak of what
    the system is not, or not yet. Cached: the reasoning asks for the same text's
    sentences once per rule that checks a term."""
    return _sentences(text, skip, aside)


@lru_cache(maxsize=4)
def _sentences(text: str, skip: re.Pattern[str] | None,
               aside: re.Pattern[str] | None) -> tuple[Sentence, ...]:
    joined = _PDF_STAMP.sub(lambda m: " " * len(m.group(0)), text)  # offsets unchanged
    out: list[Sentence] = []
    blocks: list[int] = []  # each sentence's paragraph (a list item is one)
    labelled: list[tuple[int, int]] = []  # sentences of paragraphs led by a run-in label
    off_topic: list[tuple[int, int]] = []  # sentences from an off-topic opener to the break
    symbols = set(_SYMBOL.findall(joined)) - {"A", "I"}  # also an article, a pronoun
    for a, b in _paragraphs(joined):  # split where the stamp is blanked, quote the input
        cut, first = a, len(out)
        for m in _BOUNDARY.finditer(joined, a, b):
            if not _abbreviation(joined[cut:m.start()], symbols):
                out.extend(_trimmed(text, cut, m.start()))
                cut = m.end()
        out.extend(_trimmed(text, cut, b))
        blocks += [a] * (len(out) - len(blocks))
        if len(out) - first > 1 and _RUN_IN_LABEL.match(out[first].text):
            labelled.append((first, len(out)))
        off = next((j for j in range(first, len(out)) if _OFF_TOPIC.match(out[j].text)), None)
        if off is not None:  # "Slightly off topic, but ...": the rest of the post digresses
            off_topic.append((off, len(out)))
    if out and _is_title(out[0].text):
        out[0] = Sentence(out[0].start, out[0].end, out[0].text, title=True)
        if len(out) > 1 and _is_title(out[1].text) and _above_title(out[0].text):
            out[1] = Sentence(out[1].start, out[1].end, out[1].text, title=True)  # under a masthead
    i = next((i for i, x in enumerate(out) if not x.title and len(x.text.split()) >= 5), None)
    if i is not None:  # the opening sentence usually defines the system's own paradigm
        out[i] = Sentence(out[i].start, out[i].end, out[i].text, lead=True)
    if skip or aside:
        out = _mark_sections(out, skip, aside, blocks)
        out = _mark_run_in(out, labelled, skip, aside)
    if aside:
        for first, stop in off_topic:
            out[first:stop] = [replace(x, aside=True) for x in out[first:stop]]
    return tuple(out)


_OFF_TOPIC = re.compile(r"\W*(?:(?:slightly|a bit|somewhat|totally|completely|a little|kinda|"
                        r"mildly)\s+)?(?:off[- ]topic|unrelated|tangent|side\s*note)\b"
                        r"(?:\s+(?:but|though|question|thought|q))?\s*[,:;.!]", re.IGNORECASE)
"""A sentence that says it digresses ("Slightly off topic, but did anyone see the hype about
diffusion LLMs?", "Side note: ..."): it and the rest of its paragraph are aside."""


_STAMP = r"[ \t]*\n\s*\n\s*arXiv:\d{4}\.\d{4,5}(?:v\d+)?[^\n]*\n\s*\n\s*"
_PDF_STAMP = re.compile(rf"(?<=[^.!?:\s]){_STAMP}(?=[a-z])")
"""An arXiv margin stamp that PDF extraction dropped into the middle of a sentence ("Reed et
al. (2016b) then / arXiv:2102.12092v2 [cs.CV] ... / replaced ..."): blanked, so the sentence
joins up."""
_STAMP_INSIDE = re.compile(_STAMP)
"""The same stamp inside a sentence that `_PDF_STAMP` joined: read past, one space kept."""
_RUN_IN_LABEL = re.compile(r"^(?:\d+/\d*\s+)?(?:\*\*|__)?[A-Z][\w&,/'’-]*(?: [\w&,/'’-]+){0,3}"
                           r"[.:](?:\*\*|__)?$")
"""A run-in label of at most a few words that leads its paragraph ("Related work.
Likelihood-based alternatives include ...", a thread's "7/ How it compares:"): it heads that
paragraph only."""


def _mark_run_in(out: list[Sentence], labelled: list[tuple[int, int]],
                 skip: re.Pattern[str] | None, aside: re.Pattern[str] | None) -> list[Sentence]:
    """Skip or set aside the paragraph (sentences first..stop) that a run-in label heads, as
    a heading would; the sections around it are left as they were."""
    for first, stop in labelled:
        label = out[first].text
        skipping = bool(skip and skip.search(label))
        setting_aside = bool(aside and aside.search(label))
        for j in range(first, stop):
            x = out[j]
            out[j] = Sentence(x.start, x.end, x.text, x.title, skipped=x.skipped or skipping,
                              aside=x.aside or setting_aside, lead=x.lead)
    return out


_HEADING = re.compile(r"^(?:#{1,6}\s*|\d+(?:\.\d+)*\.?\s+|\d+/\d*\s+|[IVX]+\.\s+)?(?:\*\*|__)?"
                      r"[A-Z][\w &,/()'’-]{2,60}(?::\s+[\w &,/()'’-]{2,60})?:?(?:\*\*|__)?:?$")
_QUESTION_HEADING = re.compile(r"^(?:How|What|Why|Where|When|Which|Is|Are|Does|Do|Can)\b"
                               r"[^.!?\n]{2,80}\?$")
"""A question alone on its line that opens what follows ("How does it compare?" before a
list of other systems), as a heading does."""
_HEADING_CITATION = re.compile(r"\s*(?:\([^()]*\d{4}[a-z]?\)|\[\d+(?:[,–-]\s*\d+)*\])")
"""A citation in a heading ("Diffusion models (Ho et al., 2020)", "GANs [12]"): not a word of it."""
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S[^\n]*$")


_FRAMED = re.compile(r"^([-=~])\1+\s*(\S.*?)\s*\1\1+$")
"""A line framed by rules of dashes or equals signs ("--- Background (recap) ---"): notes'
heading, read without its frame."""


def _is_heading(text: str) -> bool:
    """A short line that heads what follows: a markdown heading of at most 12 words, a
    numbered or capitalised label of at most 6 (its citations left out; a frame of dashes,
    `_FRAMED`, left off), or a question."""
    framed = _FRAMED.match(text)
    bare = _HEADING_CITATION.sub("", framed.group(2) if framed else text)
    if _MARKDOWN_HEADING.match(bare):
        return len(bare.split()) <= 13 and not bare.endswith(".")
    return bool((len(bare.split()) <= (8 if ": " in bare else 6) and _HEADING.match(bare))
                or _QUESTION_HEADING.match(text))


_LABEL = (r"(?:\*\*|__)([A-Z0-9][\w &,/+:–-]{2,60}?)(?:\s*\([^()\n]{1,80}\))?[.:]?"
          r"(?:\*\*|__)[.:]?\s+\S")
_BOLD_LABEL = re.compile("^" + _LABEL)
"""A bold pseudo-heading ("**Limitations:**"), alone on its line or leading a paragraph; a
bracket after the label ("**The fix (van den Oord et al., 2018).**") cites, and is no word of it."""
_ITEM_LABEL = re.compile(r"^[-*+•]\s+" + _LABEL)
"""A list item led by a bold label ("- **Autoregressive token era** (VideoGPT, ...)"): a label
of the past or of other work skips that item, and so does a family's plural ("- **VAEs**:
JT-VAE encodes ...; CGVAE decodes ..."), which lists that family's systems (not a bare
"- **Diffusion.**" or "- **VAE:**", which in a card names the system's own parts)."""
_CLASS_LABEL = re.compile(r"(?:[\w+&-]+\s+){0,3}(?:VAEs|GANs|EBMs|flows|models|methods|"
                          r"approaches)\W*$", re.IGNORECASE)


def _mark_sections(out: list[Sentence], skip: re.Pattern[str] | None,
                   aside: re.Pattern[str] | None, blocks: list[int]) -> list[Sentence]:
    """Mark the sentences of sections that `skip` or `aside` matches, each section opened by a
    heading or a bold label; a list item led by such a label (`_ITEM_LABEL`) marks only its
    own sentences when `skip` matches it (`blocks`: each sentence's paragraph)."""
    skipping, setting_aside, marked, item = False, False, [], None
    for s, block in zip(out, blocks, strict=True):
        label = _BOLD_LABEL.match(s.text)
        if not s.title and _is_heading(s.text):
            skipping = bool(skip and skip.search(s.text))
            setting_aside = bool(aside and aside.search(s.text))  # "The old way: GANs"
        elif not s.title and label:  # "**Limitations:** the model ..." opens its own section
            skipping = bool(skip and skip.search(label.group(1)))
            setting_aside = bool(aside and aside.search(label.group(1)))
        labelled = _ITEM_LABEL.match(s.text)
        if labelled and not s.title and not (skipping or setting_aside):
            said = labelled.group(1)
            item = (block, bool(skip and skip.search(said)) or bool(_CLASS_LABEL.match(said)))
            # not aside: "- **Text encoder and VAE:** ..." is a part of the system all the same
        if item and item[0] == block:
            marked.append(Sentence(s.start, s.end, s.text, s.title, skipped=item[1],
                                   aside=False, lead=s.lead))
        else:
            marked.append(Sentence(s.start, s.end, s.text, s.title, skipped=skipping,
                                   aside=setting_aside, lead=s.lead))
    return marked


def _trimmed(text: str, a: int, b: int) -> list[Sentence]:
    chunk = text[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    return [Sentence(a + lead, a + lead + len(body), body)] if body else []


def _is_title(s: str) -> bool:
    return s.startswith("#") or (len(s.split()) <= 20 and not s.rstrip().endswith((".", ":")))


def _clause_before(text: str, after: str = "",
                   self_ref: re.Pattern[str] | None = None) -> tuple[str, str]:
    """The clause a match sits in, up to the match, and the clauses it continues: the one a
    relative clause qualifies ("Unlike our earlier models, which were diffusion models") or
    a short "and/or" item continues ("such as GraphVAE, which ..., and MolGAN"), else "".
    `after` is the text after the match, to see the whole of its clause; with `self_ref`, an
    appositive of a name not the system's ("against EvoDiff, a ...") continues the name's clause."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))
    text, after = (_CITED.sub(blank, _ACRONYM.sub(blank, t)) for t in (text, after))
    text = _CLOSED_ASIDE.sub(blank, text)  # "(as in a VAE)" before the match is not a clause of it
    text = _ADVERB_ASIDE.sub(blank, text)  # "A, B and, most recently, C": one list
    clauses = _CLAUSE.split(text)
    rest = _CLAUSE.split(after, maxsplit=2)
    full = [*clauses[:-1], clauses[-1] + rest[0]]
    next_short = len(rest) > 1 and _list_item(rest[1])  # more items follow: "A, B, C"
    i = len(full) - 1
    opened = text[:len(text) - len(clauses[-1])].rstrip()
    if self_ref and i > 0 and _ARTICLE.match(clauses[-1]) and _NAME_END.search(opened) and not (
            self_ref.search(full[i - 1])) and not _SUBJECT_VERB.match(full[i]):
        i -= 1  # an appositive of a name, "compares against EvoDiff, a discrete diffusion
        # model", is read with the name's clause ("We ..., a ..." is the system's own)
    def but_relative(i: int) -> bool:  # "the best GANs, which generate in one step but
        # require adversarial training": the relative clause's second verb
        if i < 2 or not _RELATIVE.match(full[i - 1]) or not _VERB_FIRST.match(full[i]):
            return False  # the separators are looked up only for such a clause
        return [m.group(0).strip() for m in _CLAUSE.finditer(text)][i - 1] == "but"
    while i > 0 and len(full) - i < 4 and (_RELATIVE.match(full[i]) or (
            _CONTINUES.match(full[i]) and len(_WORD.findall(full[i])) <= 6) or but_relative(i)):
        i -= 1
    if i < len(full) - 1 and _CONTINUES.match(full[i + 1]):
        while i > 0 and len(full) - i < 10 and _short_item(full[i]):
            i -= 1  # "A, B, and the autoregressive C": back over the items to the list's head
    if i == len(full) - 1 and i > 0 and ((_LIST_TAIL.search(clauses[-1]) and len(
            _WORD.findall(clauses[-1])) <= 8) or (_LIST_TAIL.search(full[-1]) and len(
            _WORD.findall(full[-1])) <= 7 and not _NEW_STATEMENT.match(full[-1]))) and not (
            _PARTICIPLE.match(full[i - 1]) and _PREDICATE.match(clauses[-1])):
        i -= 1  # the last item of a list, "from A, B and C": the list's head governs it
        while i > 0 and len(full) - i < 10 and _short_item(full[i]):
            i -= 1  # back over the middle items, "against A, B, and the C"
    if i == len(full) - 1 and i > 0 and not clauses[-1].strip() and text.rstrip().endswith("("):
        i -= 1  # a name in brackets after its noun, "with a VLM (Qwen2.5-VL)": the noun's clause
    if i == len(full) - 1 and i > 0 and opened.endswith("(") and _ARTICLE.match(clauses[-1]):
        i -= 1  # a bracket describing its noun, "a separate entry (an ... model that ...)"
    in_list = _short_item(full[i]) or (len(_WORD.findall(clauses[-1])) <= 1 and _list_item(full[i]))
    if i == len(full) - 1 and i > 0 and in_list and (
            _short_item(full[i - 1]) or next_short or _FIRST_ITEM.search(full[i - 1])):
        i = next((j for j in range(i - 1, max(0, i - 10), -1) if not _short_item(full[j - 1])),
                 max(1, i - 9)) - 1  # a middle item, "including A, B, C": back to the head
    return clauses[-1], " ".join(clauses[i:-1])


_SUBJECT_VERB = re.compile(r"\s*(?:an?|the)\s+(?:(?!(?:that|which|who|whose)\b)[\w-]+\s+){1,3}"
                           r"(?!(?:is|was|has|does)\b)[a-z]+s\s+(?:at|on|over|to|into|from|the|an?|"
                           r"its|their|each|every|all)\b")
"""A clause that opens with a subject and its verb ("like PixelCNN, a masked convolution looks
at ..."): a new statement, not an appositive of the name before it."""
_PARTICIPLE = re.compile(r"\s*(?:now\s+|first\s+|originally\s+|also\s+)?[a-z]+(?:ed|en)\s+"
                         r"(?:from|on|with|by|in|into)\b")
_PREDICATE = re.compile(r"\s*[a-z]+s\s+(?:the|an?|its|their|each|every|all)\b")
"""A participle aside after a subject, "A language model, initialized from Qwen2.5, ...", and
the verb and object the subject then takes, "reads the text and predicts ...": the main
clause goes on, not a list whose head is the aside."""
_CLOSED_ASIDE = re.compile(r"\([^()]*\)")
_ADVERB_ASIDE = re.compile(r",\s*(?:(?:most|more|very|only)\s+)?(?:recently|lately|finally|notably|"
                           r"importantly|in particular|above all|especially),", re.IGNORECASE)
_ARTICLE = re.compile(r"\s*(?:an?|the)\s", re.IGNORECASE)
_NAME_END = re.compile(r"(?:\b[A-Z][\w.+-]*|\d|\))\s*,$")


def _negated_list(text: str, rel: int, lex: Lexicon) -> bool:
    """An item of a comma list under a negated head, "without convolutions, adversarial losses
    or a 2D grid": the system lacks each item. Only a list that ends in "or" / "nor" and items
    of a few words: "we avoid X, and train Y" starts a new statement."""
    start = max(text.rfind(c, 0, rel) for c in ".;:!?") + 1
    stop = re.search(r"[.;:!?]", text[rel:])
    end = rel + (stop.start() if stop else len(text) - rel)
    segs = text[start:rel].split(",")
    if len(segs) < 2 or not _OR_NOR.search(text[rel:end] + " " + segs[-1]):
        return False
    def item(seg: str, last: bool = False) -> bool:
        w = _WORD.findall(seg)
        return (len(w) <= (3 if last else 4) and not _NEW_STATEMENT.match(seg)) or bool(
            last and _OR_ITEM.match(seg))
    if not item(segs[-1], last=True):
        return False
    for seg in reversed(segs[:-1]):  # back over the items to the negated head
        head = " ".join(_WORD.findall(seg)[-(lex.context.negation_words + 1):])
        if lex.context.negators.search(head):
            return not lex.context.not_negation.search(head)
        if not item(seg):
            return False
    return False


def _list_item(clause: str) -> bool:
    """A list item, or the last two joined by "and" however long the last ("GLIDE and other
    contemporary systems at the time of writing")."""
    tail = _LIST_TAIL.search(clause)
    return _short_item(clause) or bool(tail and len(_WORD.findall(clause[:tail.start()])) <= 3)


def _short_item(clause: str) -> bool:
    """A clause that is one list item ("DVD-GAN", "Imagen-Video"): one to three words, or the
    last two items joined by "and" / "or" ("DIGAN and Imagen Video")."""
    n = len(_WORD.findall(clause))
    return 0 < n <= 3 or (n <= 7 and bool(_LIST_TAIL.search(clause)))


def _context_of(sentence: Sentence, rel: int, lex: Lexicon, end: int | None = None) -> str:
    """negated / contrast / limitation / title / self / plain, from the words before (and a
    plural "other work" noun right after: "diffusion-based editors have since ..."); a
    sentence set aside by its heading (aside) or speaking of future work (limitation) is not
    said of the system, whoever it names."""
    ctx = lex.context
    if sentence.skipped:
        return "skipped"
    clause, antecedent, words, tail = _window(sentence.text, rel, ctx)
    near = " ".join(words[-ctx.negation_words:])
    if ctx.negators.search(near) and not ctx.not_negation.search(near):
        return "negated"
    k = 2 if len(words) > 1 and words[-1].lower() in ("a", "an", "the") else 1
    j = next((j for j in range(len(words) - 1, max(len(words) - 5, -1), -1)
              if words[j].lower() in ("or", "nor")), None)
    if j is not None and all(w.islower() for w in words[j + 1:]):
        k = len(words) - j  # a verb or preposition of its own: "we do not assume a shared
        # latent space or train VAEs", "no need for umbrella sampling or for a discriminator"
    if len(words) >= k and words[-k].lower() in ("or", "nor"):  # "not ... a diffusion or (a) X"
        before = " ".join(words[-(ctx.negation_words + 2 + k):-k])
        if ctx.negators.search(before) and not ctx.not_negation.search(before) and not (
                _TURN.search(before)):
            return "negated"
    if _negated_list(sentence.text, rel, lex):
        return "negated"
    neither = _NEITHER.search(clause)
    if neither and _NOR.search(sentence.text, rel - len(clause) + neither.end()):
        return "negated"  # "we need neither the inference network of VAEs nor a discriminator"
    if _NEGATED_SUBJECT.match(clause) and len(words) <= 10:
        return "negated"  # "none of the variants is a one- or few-step model"
    if _NOTHING_THERE.search(clause) and len(words) <= 14:
        return "negated"  # "there is no generative model of events in the GAN sense here"
    if _NOT_CONSIDERED.search(sentence.text, rel):
        return "negated"  # "EBMs ... are another option, and we do not consider them further"
    if end is not None and ctx.disowned.match(sentence.text, end):
        return "negated"  # "GANs, which we do not use here"; "an energy that is not learned"
    a, part = part_of(sentence.text, rel)  # "A can only look back; this model ...": two parts
    if _compared(tail, part, ctx):
        return "contrast"
    if _HERE_INSTEAD.match(sentence.text, a + len(part)) and not ctx.self_ref.search(part):
        return "contrast"  # "DCGAN trains a generator against a discriminator; here the
        # ConvNet is the model": the part the system is set against
    if end is not None and _listed_after_comparison(sentence.text, rel, ctx):
        return "contrast"  # "lump it in with fast vocoders next to MelGAN or WaveGlow"
    if _WHEREAS.search(sentence.text, 0, max(0, rel - len(clause))) and not (
            ctx.self_ref.search(clause)):
        return "contrast"  # "SR3 fools raters half the time, whereas GAN-based methods ..."
    before = sentence.text[:rel - len(clause)]
    if _AGAINST.match(sentence.text) and (not before.strip() or _AGAINST_BRACKET.fullmatch(
            before)) and not ctx.self_ref.search(clause):
        return "contrast"  # "Against VALL-E in zero-shot TTS it lowers the error rate ...",
        # "Against DiffSound (a diffusion model over ...), AudioGen ..."
    if (_UNLIKE.match(clause) or _UNLIKE.match(antecedent)) and not ctx.self_ref.search(clause):
        return "contrast"  # "Unlike pipelines that optimise a NeRF with a diffusion prior, ...";
        # "Compared with A, B, and the autoregressive C, ...": the items the comparison lists
    label = sentence.text[:rel].rpartition(":")[0].rpartition(";")[2]
    if _OTHERS_LISTED.search(label) or _OTHERS_LABEL.match(label) or _DIFFERS.search(label) or (
            _CLASS_SAYS.match(label) and not ctx.self_ref.search(label)):
        return "contrast"  # "Parallel alternatives exist: Parallel WaveNet and ClariNet ..."
    if (_PAPER_SUBJECT.match(part) or _PRIOR_SUBJECT.match(part)) and not ctx.self_ref.search(
            part):
        return "contrast"  # "Reed et al. (2016) showed that a GAN ...": another paper's finding;
        # "The best-known system, SingSong, adapts AudioLM ...": the prior art's
    colon = part.rfind(":", 0, rel - a)
    if colon >= 0 and _RELATED_SUBJECT.match(part, colon + 1) and not ctx.self_ref.search(
            part, colon + 1):
        return "contrast"  # "... raised realism: EMO, Hallo and related systems animate ..."
    if end is not None and ctx.relation.search(tail) and ctx.relation_class.match(
            sentence.text, end):
        return "contrast"
    if end is not None and ctx.others.match(sentence.text, end) and not ctx.self_ref.search(
            " ".join(words[-3:])) and not _JOINS.search(sentence.text, max(0, rel - 60), end + 30):
        return "contrast"
    if end is not None and _borrowed(sentence.text, rel, end, lex):
        return "contrast"  # "the control of supervised training of autoregressive models"
    if end is not None and _WHICH_NOT.search(clause) and _DO_NOT.match(sentence.text, end):
        return "contrast"  # "..., which implicit policies built on EBMs do not": the alternative
    if sentence.aside or _YES_NO.match(sentence.text):
        return "aside"  # "Is the EBM trained adversarially?": asked, not said
    if _said(ctx.future, sentence.text):
        return "limitation"
    if sentence.title:
        return "title"
    if _EARLY_SUBJECT.match(part) and not ctx.self_ref.search(part):
        return "limitation"  # "Early learning-based approaches trained category-specific GANs"
    if end is not None and _field_clause(sentence.text, rel, end, clause, ctx):
        return "limitation"  # "..., but autoregressive models such as WaveNet are slow"
    ours = _UNLIKE_OURS.match(part)
    if ours and a + ours.end() <= rel:
        return "contrast"  # "Unlike our approach, autoregressive sequence models do not ..."
    if ctx.self_ref.search(part):
        return "self"
    if end is not None and (not sentence.lead or _EXAMPLES.match(part, end - a) or (
            _CLASS_AND.fullmatch(part, 0, rel - a))) and _class_subject(part, rel - a, end - a):
        return "limitation"  # the opening sentence is the system's, unless it lists examples
        # or coordinates two classes ("Undirected models and deep latent-variable models")
    said = _outside_asides(sentence.text, rel)
    if _UNLIKE.match(_LEAD_MARKER.sub("", said, count=1)):  # "Unlike most video generators,
        cut = max(0, rel - len(clause))  # ..., MAGI-1 generates ...": the compared clauses
        said = " " * cut + said[cut:]  # are not the main clause's field
    said = _LEAD_MARKER.sub("", said, count=1)
    if (_said(ctx.limitation, said) or (a > 0 and _said(ctx.limitation, part.lstrip()))) and (
            not _JOINS.search(sentence.text)):  # "Wan follows the now-dominant ... paradigm";
        return "limitation"  # a part after ";" is read as a sentence: "...; earlier approaches"
    return "plain"


@lru_cache(maxsize=4096)
def _said(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a pattern said of a whole sentence or part (the lexicon's long future,
    limitation and comparison alternations) matches: looked up once per sentence, however many
    terms it holds."""
    return pattern.search(text) is not None


def _field_clause(text: str, rel: int, end: int, clause: str, ctx: Context) -> bool:
    """A plural class heading a clause of its own that does not speak of the system, when the
    clause turns against what came before ("Neural vocoders sound natural, but autoregressive
    models are slow"), gives examples ("flow-based models such as WaveGlow are large") or is
    itself turned against by the system ("Diffusion models dominate text-to-image, but we
    find ..."): the field, even in the opening sentence and with "we" later on."""
    start = rel - len(clause)
    if not _class_subject(text[start:], len(clause), end - start) and not (
            _CLASS_WITH.fullmatch(clause)):
        return False
    turn = _CLAUSE_TURN.search(text, end)
    stop = turn.start() if turn else len(text)
    if ctx.self_ref.search(text[start:stop]):
        return False
    then_self = bool(turn) and bool(_SELF_BEFORE.match(text[turn.end():].lstrip()))
    return bool(_TURNED.search(text[:start])) or then_self or bool(
        _EXAMPLES.match(text, end) and not _OWNER.search(text[:start]))  # not "Its parts:
    # variational autoencoders such as scVI ..."


_CLASS_AND = re.compile(rf"\W*(?:[\w-]+\s+)?{_CLASS_NOUN}\s+(?:and|or)\s+(?:[\w-]+\s+)?",
                        re.IGNORECASE)
"""A plural class coordinated before the term ("Undirected models and deep latent-variable
models give no exact likelihood"): one subject of two classes."""
_CLASS_WITH = re.compile(rf"\W*(?:[\w-]+\s+)?{_CLASS_NOUN}\s+(?:with|using|based on|built on)\s+",
                         re.IGNORECASE)
"""A plural class qualified by the term ("Models with autoregressive decoders, such as ...")."""
_OWNER = re.compile(r"\b(?:we|our|ours|its|this (?:paper|work|model))\b", re.IGNORECASE)
"""Words before a clause that make what it lists the system's ("Its parts: ...")."""


def _outside_asides(text: str, rel: int) -> str:
    """The sentence with its bracketed clauses blanked, except one holding `rel`: a bracket
    about the field ("a deep-compression autoencoder (most latent diffusion models use 8x
    VAEs)") does not make the rest of its sentence the field. A short bracket, a few names
    ("token transformers (VideoGPT, CogVideo) generated ..."), stays."""
    def blank(m: re.Match[str]) -> str:
        keep = m.start() <= rel < m.end() or len(_WORD.findall(m.group(0))) < 4
        return m.group(0) if keep else " " * len(m.group(0))
    return _CLOSED_ASIDE.sub(blank, text)


_UNLIKE_OURS = re.compile(r"\W*(?:unlike|in contrast to|as opposed to|compared (?:to|with))\s+"
                          r"(?:our|this|the proposed)\s+(?:[\w-]+\s+){0,2}?(?:approach|method|"
                          r"model|work|system|framework|design)s?\s*,", re.IGNORECASE)
"""A part opened by a comparison with the system itself ("Unlike our approach, ..."): what
follows is the other side."""
_TURNED = re.compile(r"(?:^|\W)(?:but|yet|whereas|although|though)\W*$", re.IGNORECASE)
_CLAUSE_TURN = re.compile(r"[;:]|,\s*(?:but|yet|whereas|although|though)\b|\s(?:but|whereas)\s",
                          re.IGNORECASE)
"""Where a clause turns to another subject ("...; ", ", but", " whereas ")."""


def _compared(tail: str, part: str, ctx: Context) -> bool:
    """A comparison cue in the words before a term (`_window`) or anywhere in its part."""
    return bool(ctx.contrast.search(tail)) or _said(ctx.comparison, part)


_MAIN_SUBJECT = re.compile(r"[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?\s+(?:also\s+|instead\s+|then\s+|"
                           r"now\s+|still\s+|only\s+)?(?:is|was|has|had|can|could|will|would|"
                           r"does|did|uses|employs|adopts|relies|generates|produces|samples|"
                           r"decodes|trains|learns|predicts|adds|replaces|keeps|runs|works|builds|"
                           r"introduces|combines|applies|treats|maps|turns|takes|reaches|achieves|"
                           r"needs|requires|avoids|drops|models|synthesi[sz]es)\b")
"""A name followed by its verb ("WaveGlow generates", "MuCodec uses"): the subject of a main
clause, not one more item of the list before it."""


def _listed_after_comparison(text: str, rel: int, ctx: Context) -> bool:
    """A term joined by "and"/"or" to a named item before it that is compared ("lump it in
    with fast vocoders next to MelGAN or WaveGlow"): the list continues the comparison past
    the context window."""
    m = _LIST_NAME.search(text, 0, rel)
    if m is None or (m.group(0).rstrip().endswith(",") and _MAIN_SUBJECT.match(text, rel)):
        return False  # "Unlike WaveNet, WaveGlow generates ...": the main clause's subject
    i = m.start("item")
    return _compared(_window(text, i, ctx)[3], part_of(text, i)[1], ctx) or (
        _listed_after_comparison(text, i, ctx))


def _window(text: str, rel: int, ctx: Context) -> tuple[str, str, list[str], str]:
    """The clause before offset `rel`, the antecedent of a relative clause it opens, the
    clause's words, and the words a context cue is looked for in: the clause's last
    `window_words` and the antecedent's last 3 x `window_words`."""
    clause, antecedent = _clause_before(text[:rel], text[rel:], ctx.self_ref)
    words = _WORD.findall(clause)
    return clause, antecedent, words, " ".join(_WORD.findall(antecedent)[-3 * ctx.window_words:]
                                               + words[-ctx.window_words:])


_LIST_NAME = re.compile(r"(?P<item>\b[A-Z][\w.+-]*(?:\s+(?:fine-?tuned|pre-?trained|distilled|base|"
                        r"large|small))?|\b[a-z][\w-]*(?=\s*\([A-Z]))"
                        r"(?:\s*\([^()]{0,40}\))?(?:,?\s+(?:and|or|nor)|,)\s+"
                        r"(?:the\s+|(?:the|an?)\s+[a-z][\w-]*\s+)?$")
"""A capitalised item just before "and"/"or" or a comma ("MelGAN or WaveGlow", "beats
GraphRNN, GraphVAE and ...", "GPT-2 fine-tuned, GPVAE-T5 and ...", "better than RDKit, a
conditional VAE and ..."), or a class that names one in brackets ("codec language models
(VALL-E) and ...")."""


_PAPER_SUBJECT = re.compile(
    r"\W*(?:(?:[Ww]ith|[Ii]n|[Ff]or|[Ll]ater|[Ee]arlier|[Rr]ecently|[Mm]ore recently|[Ss]ince)\b"
    r"[^,.;]{0,40},\s+)?[A-Z][\w'’-]+(?:(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)\s*"
    r"\(\s*\d{4}[a-z]?\s*\)|\s*\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|"
    r"\s+et\s+al\.(?:\s*\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\])?)\s+[a-z]")
"""A sentence (part) whose subject is a cited paper, "Reed et al. (2016b) demonstrated ...",
"Smith and Lee (2020) train ...", "Chen [12] uses ...": it reports that paper's work (one
name and a year, "SongGen (2025) is ...", can be the system itself); "et al." needs no year
("Chen et al. observed that ...", "With neural networks, Boulanger-Lewandowski et al. [3]
combined ...": a short lead-in phrase may come first)."""
_AND_RELATED = (r"[\w.-]+(?:\s+[\w.-]+)?(?:,\s+[\w.-]+(?:\s+[\w.-]+)?){0,4},?\s+and\s+"
                r"(?:related|similar|other|follow-up|subsequent)\s+"
                r"(?:work|works|methods|approaches|models|systems)\b")
_RELATED_SUBJECT = re.compile(rf"\W*(?i:{_AND_RELATED})")
"""A subject that names systems "and related work" ("EMO, Hallo and related systems")."""
_PRIOR_SUBJECT = re.compile(
    r"\W*(?:(?i:(?:the|a)\s+(?:best[- ]known|most (?:popular|widely used|prominent|common)|leading|"
    r"dominant|prevailing|existing|previous|prior|strongest|state-of-the-art)\s+(?:[\w-]+\s+)?"
    r"(?:systems?|models?|methods?|approach(?:es)?|baselines?|pipelines?|solutions?)\b|"
    rf"{_AND_RELATED})|"
    r"(?i:the\s+original)\s+[A-Z][\w.-]*\s+and\s+its\s+(?i:follow-?ups?|successors?|sequels?)\b|"
    r"(?!(?:Experiments?|Results?|Ablations?|Analys[ie]s|Evaluations?|Tests?|Studies|Study|"
    r"This|These|That|It|We|Our|Table|Figure|Fig)\b)"
    r"[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)?\s+(?:showed|demonstrated|established|proved)\s+"
    r"that\b|"
    r"(?i:(?:[\w-]+\s+){0,3}(?:approaches|methods|systems|models|baselines|works)\s+include\b|"
    r"in\s+(?:these|those|such)\s+(?:[\w-]+\s+){0,2}(?:models|systems|methods|approaches)\b)|"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+\([^()]*?(?:et al\.?|\d{4})[^()]*\)\s+(?!is\b|was\b)"
    r"[a-z])")
"""A part whose subject is the prior art ("The best-known system, SingSong, ...", "The
leading approaches rely on ...", "MAR and related work sidestep ...", "3D-GAN showed that
...", "The original NUWA and its follow-up ...") or a class with its citation ("neural
processes (Garnelo et al., 2018) learn ..."): it reports other systems' designs ("EMO, Hallo
and related systems animate ..." too)."""
_EARLY_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:early|earlier|first|older|most|many)\s+"
                            r"(?:(?!(?:two|three|four|five|few|\d+)\b)[\w-]+\s+){0,2}"
                            r"(?:systems|models|methods|approaches|attempts|efforts|works|"
                            r"datasets|pipelines|generators|papers|studies|forecasters)\b|"
                            r"\W*(?:[\w.-]+:\W*)?(?:(?:today|now|these\s+days|nowadays),?\s+)?"
                            r"(?:everyone|everybody|the\s+(?:whole\s+|"
                            r"rest\s+of\s+the\s+)?(?:field|community|industry))(?:['’]s|\s+"
                            r"(?:is|has|have|had|went|moved|switched|uses|used|would))\b",
                            re.IGNORECASE)
"""A part whose subject is the field's earlier or usual work ("Early learning-based approaches
trained category-specific GANs ...", "Earlier text-to-audio systems tried ...", "Most deep
forecasters get there autoregressively", "Everyone's moved to diffusion vocoders", "Today
everyone would do it with a diffusion model"): the field, not the system."""

_OTHERS_LISTED = re.compile(
    r"\b(?:alternatives?|competitors?|rivals?|predecessors?|baselines?|prior (?:work|art)|"
    r"other (?:approaches|methods|systems|models|work|options)|follow-?ups?|successors?|"
    r"later work|lines of (?:work|research|follow-?up)|(?:early|earlier|first|previous) "
    r"(?:attempts|efforts|approaches|systems)|(?:many|several|various|different|other) "
    r"(?:generative |model )?(?:families|paradigms|model classes)|(?:a|an|the) (?:[\w-]+ )?"
    r"(?:menu|zoo|plethora|host|variety|range) of (?:losses|objectives|models|methods|options)|"
    r"(?:every|each|all|many) (?:branch|branches|corner|corners|family|families) of "
    r"(?:generative )?model(?:l)?ing|in (?:many|several|various|different|countless) "
    r"(?:forms|guises|shapes))"
    r"\b[^:;]{0,40}$", re.IGNORECASE)
"""What a colon introduces after "alternatives exist", "baselines", "draw on many generative
families", "choose among a bewildering menu of losses", "has borrowed from every branch of
generative modeling" or "has entered the field in many forms" lists other systems."""
_OTHERS_LABEL = re.compile(r"\W*(?:context|how (?:it|they|this|that) compares?|"
                           r"(?:the )?competition|rivals|(?:the )?landscape|"
                           r"for (?:reference|comparison)|where [\w -]{1,40} stood(?: in \d{4})?|"
                           r"how we got here|what (?:it|this|this model|the model) is not)"
                           r"\W*$", re.IGNORECASE)
"""A label that introduces other systems ("How it compares: MusicLM and MusicGen ...", "For
reference: LDM-4 3.60, DiT-XL/2 2.27 (diffusion models)", "Where video generation stood in
2022: GAN-based video models ...")."""
_CLASS_SAYS = re.compile(
    r"\W*(?:[\w-]+-based|generative|existing|current|most|many|typical|standard|classical|"
    r"conventional|popular|earlier|prior|previous)\s+(?:[\w-]+\s+)?(?:approaches|methods|"
    r"detectors|models|systems|predictors|techniques|works|generators|pipelines)"
    r"(?:\s+[\w-]+){1,8}\W*$", re.IGNORECASE)
"""A label that is a sentence about a class of systems ("Reconstruction-based detectors learn
to reproduce normal windows: LSTM autoencoders, the VAE-based OmniAnomaly, ..."; "Generative
approaches sample instead: conditional VAEs ..."): what follows lists that class."""
_DIFFERS = re.compile(r"\b(?:differs?|different)\s+from\b", re.IGNORECASE)
"""A label that asks how the system differs from another ("For everyone asking how this
differs from SDXL Turbo: Turbo uses ..."): what follows it describes the other."""
_OPEN_END = re.compile(r"\b(?:like|of|the|a|an|to|and|or|with|as|for|in|on|than|by)\s*$",
                       re.IGNORECASE)
"""A line that ends in the middle of a phrase ("Is it a diffusion model like\nDALL·E 2?")."""
_NOT_CONSIDERED = re.compile(r"\b(?:we|this (?:work|paper))\s+(?:do|does|did|will)\s+not\s+"
                             r"(?:consider|use|study|address|discuss|pursue|explore|cover|treat)\s+"
                             r"(?:them|these|those|such)\b|\bnot\s+(?:covered|discussed|included|"
                             r"treated|considered|addressed)\s+(?:here|in this (?:card|repo|"
                             r"repository|document|post|paper|README))\b", re.IGNORECASE)
"""What a text says it leaves out ("..., and we do not consider them further"; "TVAE ... is
not covered here")."""
_YES_NO = re.compile(r"\W*(?:Q\s*[:.]|(?:(?:so|then|but|and|now|well|ok|okay|also)\W+)?"
                     r"(?:is|are|was|were|does|do|did|can|could|will|would|has|have)(?:n['’]t)?\s"
                     r"[^.!?]*\?(?:\W*$|[\"”*]*\s*(?:[—–-]+\s*)?(?:no|nope|not really)\b)|"
                     r"[^.!?]*\b(?:and|or|but|so)\s+(?:is|are|was|were|does|do|did)"
                     r"\s+(?:it|this|that|they)\b[^.!?]*\?\W*$|"
                     r"[^.!?]*\s[—–:]\s*(?:is|are|was|were|does|do|did)\s+(?:it|this|that|they)\b"
                     r"[^.!?]*\?\W*$)", re.IGNORECASE)
"""A yes/no question ("Is the EBM trained adversarially?", also answered "no" in the same
line: '"Is the NCSN an EBM because of Langevin?" — no; ...', or after a dash: "RFMP — is this
a normalizing flow or a diffusion policy?") or an FAQ's "Q:" line: the text asks what its
answer then says."""
_LEAD_MARKER = re.compile(r"^\s*(?:\d{1,2}/(?:\d{1,2})?|[-*+•–]|\d{1,2}[.)])\s+")
"""A social thread's post number ("1/ Most models are ...") or a list marker ("- Later,
...", "2. Most ..."), not part of the sentence."""


def _borrowed(text: str, rel: int, end: int, lex: Lexicon) -> bool:
    """A plural class right after "the strengths / flexibility / control of" ("combines the
    flexibility of GAN training with the control of autoregressive models"): a property the
    system borrows from that class, not what the system is."""
    before = " ".join(_WORD.findall(text[:rel])[-5:])
    near = re.search(rf"(?:{lex.context.borrowed.pattern})(?:\s+[\w-]+){{0,3}}\s*$", before,
                     re.IGNORECASE)
    plural = _PLURAL_MATCH.search(text[rel:end]) or _PLURAL_AFTER.match(text, end)
    return bool(near) and bool(plural)


def part_of(text: str, rel: int) -> tuple[int, str]:
    """The part of a sentence, between semicolons, that holds position `rel`, and its start:
    each part has its own subject."""
    a = text.rfind(";", 0, rel) + 1
    b = text.find(";", rel)
    return a, text[a:b if b >= 0 else len(text)]


def _class_subject(text: str, rel: int, end: int) -> bool:
    """A paradigm named as a plural class at the head of a sentence that does not speak of
    the system ("Autoregressive dynamics models roll forward ...", "GANs and VAEs, by contrast,
    ..."): the field or the alternative, not a component (a component is "a VAE", "its
    decoder")."""
    before = _WORD.findall(text[:rel])
    if (len(before) > 2 and not _CLASS_AND.fullmatch(text[:rel])) or {
            w.lower() for w in before} & {"a", "an", "the", "its", "our", "this", "two", "three",
                                          "four", "both"} or {
            w.lower() for w in _WORD.findall(re.split(r"[,;:]", text[:rel])[-1])} & {
            "from", "with", "like", "of", "by", "over", "than"}:  # "Borrowing from X models,
        # ...": the class is an object, not the subject ("Of these, GANs ..." is)
        return False
    after = _PLURAL_AFTER.match(text, end)
    if _DESIGN_VERB.match(text, after.end() if after else end):
        return False
    return bool(_PLURAL_MATCH.search(text[rel:end]) or _PLURAL_AFTER.match(text, end))


def term_said(pattern: re.Pattern[str], text: str, lex: Lexicon) -> bool:
    """Whether `pattern` occurs said of the system: not negated, not in a comparison, not
    in a skipped section (related work, references), not of the field ("Molecule generators
    usually add nodes one at a time")."""
    joined, whole, lower = _joined_all(sentences(
        text, lex.context.skip_sections, lex.context.aside_sections), lex)
    needs = _needs(pattern)
    if (needs is not None and not any(w in lower for w in needs)) or not pattern.search(whole):
        return False  # one scan of the whole text rules out most terms (a paste: ~600 parts)
    for s in joined:
        for m in pattern.finditer(s.text):
            if _context_of(s, m.start(), lex, m.end()) not in (*SET_ASIDE, "aside", "limitation"):
                return True
    return False


_JOINED_ALL: dict[tuple[int, int], tuple[tuple[Sentence, ...], tuple[Sentence, ...], str, str]] = {}


def _joined_all(sents: tuple[Sentence, ...], lex: Lexicon) -> tuple[
        tuple[Sentence, ...], str, str]:
    """Each sentence with line-end hyphenation undone (as `_joined`), the joined sentences
    as one text and its folded lower case, for the `term_said` of every rule on one text.
    Kept for the last few texts, keyed by identity: `sentences` returns its cached tuple,
    and hashing some 600 sentences per rule would cost what the cache saves."""
    key = (id(lex), id(sents))
    kept = _JOINED_ALL.get(key)
    if kept is None or kept[0] is not sents:
        joined = tuple(_joined(orig, lex)[0] for orig in sents)
        whole = SEPARATOR.join(s.text for s in joined)
        if len(_JOINED_ALL) >= 4:
            _JOINED_ALL.pop(next(iter(_JOINED_ALL)))
        kept = _JOINED_ALL[key] = (sents, joined, whole, whole.translate(FOLD).lower())
    return kept[1:]


def _joined(s: Sentence, lex: Lexicon) -> tuple[Sentence, list[int]]:
    """The sentence with PDF line-end hyphenation undone ("autoregres-\\nsive"), and for each
    of its characters the offset in the original sentence (so evidence keeps true offsets).
    A real hyphen at a line end ("flow-\\nmatching") is kept when the hyphenated word is a
    cue and the joined one is not."""
    cut = {i for m in _HYPHEN_BREAK.finditer(s.text) for i in range(
        m.start() + real_hyphen(s.text, m, lex), m.end())}
    cut |= {i for m in _STAMP_INSIDE.finditer(s.text) for i in range(m.start() + 1, m.end())}
    if not cut:
        return s, [*range(len(s.text) + 1)]
    keep = [i for i in range(len(s.text)) if i not in cut]
    joined = "".join(s.text[i] for i in keep)
    return Sentence(s.start, s.end, joined, s.title, s.skipped, s.aside, s.lead), [
        *keep, len(s.text)]


_needs = pattern_needs  # (a name the tests patch: every pattern, everywhere)


def _where(texts: list[str], lex: Lexicon) -> list[list[tuple[Cue, re.Pattern[str]]]]:
    """For each text (sentence), the (cue, pattern) pairs that may match in it, in lexicon
    order: those with a string of `_needs` in its lower-cased text. Most patterns need
    words that a text never uses, so most sentences are read with a few dozen patterns
    instead of all of them; the result is the same as reading each with every pattern."""
    folded = [t.lower().translate(FOLD) for t in texts]
    whole = SEPARATOR.join(folded)
    starts = [0]
    for f in folded[:-1]:
        starts.append(starts[-1] + len(f) + len(SEPARATOR))

    @cache
    def holding(word: str) -> frozenset[int]:
        out, i = set(), whole.find(word)
        while i >= 0:
            out.add(bisect_right(starts, i) - 1)
            i = whole.find(word, i + 1)
        return frozenset(out)

    where: list[list[tuple[Cue, re.Pattern[str]]]] = [[] for _ in texts]
    for cue in lex.cues:
        for pat in cue.patterns:
            needs = _needs(pat)
            for i in (range(len(texts)) if needs is None else
                      sorted(frozenset().union(*map(holding, needs)))):
                where[i].append((cue, pat))
    return where


def find_hits(text: str, lex: Lexicon) -> list[Hit]:
    """Every cue match in every sentence, with its context and multiplier."""
    hits: list[Hit] = []
    title = title_line(text)
    read = [(orig, *_joined(orig, lex)) for orig in _own_again(sentences(
        text, lex.context.skip_sections, lex.context.aside_sections), text, title)]
    named = _own_names(title) - _CLASS_WORDS  # "RWKV", not the "RNN" a title calls it
    released = named | {m.group(1).lower() for m in _RELEASES.finditer(title)}  # "X publishes
    # Chroma, ...": the headline's released name is the system's too
    chatter = [_before_named(text, a, b, named) for a, b in others_comments(text)]  # readers'
    # comments in a thread, up to the sentence where one names the system
    surveyed, last_end = 0, 0  # sentences left of an announced survey of the field
    survey_list = False  # a list after the announcement is the survey, to its end
    others_before = False  # the sentence before spoke only of other systems
    field_before = False  # ... or only of the field ("Current language models are autoregressive.")
    names = _title_names(title)
    for (orig, s, at), patterns in zip(read, _where([s.text for _, s, _ in read], lex),
                                       strict=True):
        same = _same_paragraph(text, last_end, orig.start)
        item = _in_list_item(text, orig.start)
        survey_list = survey_list and (same or item)
        surveyed = max(surveyed, 1) if survey_list and item else surveyed if same else 0
        last_end = orig.end
        raw: list[tuple[Cue, re.Match[str]]] = [
            (cue, m) for cue, pat in patterns for m in pat.finditer(s.text)]
        urls = [u.span() for u in _URL.finditer(s.text)]
        raw = [(cue, m) for cue, m in _dedupe(raw) if not any(a <= m.start() < b for a, b in urls)
               and not _identifier(s.text, m) and not _INSPIRED.match(s.text, m.end())]
        contexts = _inherit_contrast(s, raw, [
            _task_or(_context_of(s, m.start(), lex, m.end()), cue, s, m.end(), lex)
            for cue, m in raw])
        contexts = _modifiers(s, raw, _inherit_class_subject(s, raw, contexts))
        contexts = _other_subject(s, raw, contexts, title)
        contexts = _bracketed_kind(s.text, raw, contexts, named)
        contexts = _names_in_the_past(s.text, raw, contexts, named, title)
        contexts = _unlike_lead(s.text, raw, contexts, released)
        if not lex.context.self_ref.search(s.text) and not names_own(s.text, title):
            contexts = _exemplified(s.text, raw, contexts)
        contexts = _adjective_of_compared(s.text, raw, contexts)
        following = text[orig.end:orig.end + 4000]  # a table row reads the rows around it
        preceding = text[max(0, orig.start - 4000):orig.start]
        contexts = alternatives(s.text, raw, table_row(s.text, contexts, following, preceding))
        contexts = _quoted(s.text, raw, contexts)
        contexts = _scored_inline(s.text, raw, contexts)
        cited = _CITED_SUBJECT.match(s.text)
        if cited and not _CITED_OBJECT.search(s.text, 0, cited.end()) and not (
                _SETTING.match(s.text, cited.end())) and not (
                lex.context.self_ref.search(s.text)) and not (
                names_own(s.text, title)):  # "SongGen (2025) is ..." under "SongGen: ..."
            contexts = ["limitation" if c == "plain" else c for c in contexts]  # cited work
        if surveyed and (lex.context.self_ref.search(s.text) or names_own(s.text, title)):
            surveyed, survey_list = 0, False  # the text is back to its own system
        if surveyed:
            contexts = ["limitation" if c == "plain" else c for c in contexts]
        if any(a <= orig.start < b for a, b in chatter):
            contexts = ["limitation" if c in ("plain", "self") else c for c in contexts]
        own = bool(lex.context.self_ref.search(s.text)) or bool(names & {
            w.lower() for w in _NAME_WORD.findall(s.text)})
        if same and not own and ((others_before and _THEY_SUBJECT.match(s.text)) or (
                field_before and (_THEY.match(s.text) or _THOSE_SUBJECT.match(s.text)))):
            contexts = ["limitation" if c == "plain" else c for c in contexts]  # "Both decode ..."
        told = [c for (cue, _), c in zip(raw, contexts, strict=True) if cue.paradigms]
        others_before = not own and not s.title and (
            (bool(told) and all(c in ("contrast", "skipped") for c in told))
            or bool(_CITED.search(s.text)))
        field_before = not own and not s.title and bool(told) and all(
            c in ("contrast", "skipped", "limitation") for c in told)
        announced = _announces_survey(s, lex)
        if announced:  # "... several families of models: GANs, autoregressive models, ..."
            after = lex.context.survey.search(s.text).end()
            contexts = ["limitation" if c in ("plain", "self") and m.start() >= after else c
                        for (_, m), c in zip(raw, contexts, strict=True)]
        surveyed = max(surveyed - 1, announced)
        survey_list = survey_list or bool(announced)
        present = {(cue.id, part_of(s.text, m.start())[0]) for (cue, m), c in zip(
            raw, contexts, strict=True) if c != "negated"}  # a part after ";" has its own subject
        listing = (_is_listing(raw, lex.context.listing_paradigms) or (
            _paradigms_named(raw) > lex.context.listing_paradigms
            and not lex.context.self_ref.search(s.text))) and not (  # "the zoo: AR ..., ..."
            _OWN_USE.search(s.text))  # "Our method adopts variational inference with flows ..."
        for (cue, m), c in zip(raw, contexts, strict=True):
            part = part_of(s.text, m.start())[0]
            yields = c not in SET_ASIDE and {(y, part) for y in cue.yields_to} & present and not (
                cue.paradigms and (_AS_DECODER.search(s.text, 0, m.start())
                                   or _DECODER_AFTER.match(s.text, m.end())))
            if yields and c not in ("limitation", "aside"):  # a field sentence stays one
                c = "yielded"
            mult = 0.0 if yields else lex.context.multipliers.get(c, 1.0)
            if listing and c not in (*SET_ASIDE, "yielded", "limitation", "aside"):
                c, mult = "listing", lex.context.multipliers["listing"]
            a, b = at[m.start()], at[m.end() - 1] + 1
            hits.append(Hit(cue, orig.text[a:b], s.start + a, s.start + b, orig, c, mult))
    return hits


_AS_DECODER = re.compile(r"\bdecoders?\W*(?:is|are|=|:)?\W*$", re.IGNORECASE)
"""A named model said as the decoder ("encoder is BERT and decoder is GPT-2"): the system's
generator, not a text encoder beside the one named."""
_DECODER_AFTER = re.compile(r"\s+(?:text\s+|language\s+)?decoders?\b", re.IGNORECASE)
"""A named model said to be a decoder ("text ... CLIP embeddings, which a GPT-2 decoder that we
fine-tune maps back into sentences"): also the system's generator."""
_OWN_USE = re.compile(r"\b(?:we|our (?:method|model|system|approach))\s+(?:\w+\s+)?"
                      r"(?:adopts?|uses?|combines?|employs?|builds? on|relies on)\b", re.IGNORECASE)
"""The system taking the parts a sentence then lists: its components, not a survey."""
_CITATION = (r"(?:\((?:[^()]{0,40}?[A-Z][\w'-]+(?: et al\.?| (?:and|&) [A-Z][\w'-]+)?,? "
             r"(?:19|20)\d\d[a-z]?;?\s*)+\)|\[\d+(?:\s*[,–-]\s*\d+)*\]|"
             r"(?<=[A-Za-z0-9] )\((?:(?:early|mid|late)[- ])?(?:19|20)\d\d\)|"
             r"\([A-Z][\w'-]+ et al\.?\))")
_CITED = re.compile(_CITATION)  # its commas ("Xie et al., 2018") separate no clauses
_CITED_OBJECT = re.compile(r":\s|\b(?:(?:tokens|codes|features|embeddings|latents) from|with|"
                          r"using|via|uses|use|(?:built|based|builds|relies) on|adopts)\s",
                          re.IGNORECASE)
"""Before a cited name, a label ("- Tokenizer: SoundStream (...)") or a preposition ("tokens
from SoundStream (...)"): the cited work is a part the system takes, not the sentence's subject."""
_CITED_SUBJECT = re.compile(rf"\W*(?!(?i:an?|one)\s)(?:[\w·.-]+[,;:]?\s+){{0,5}}?[\w·.-]+\s*"
                            rf"{_CITATION}")
"""A sentence whose subject carries a citation ("Normalizing flows (Dinh et al., 2017)
compose invertible maps ..."), and that does not speak of the system itself (we, our):
it describes cited work. One the sentence introduces ("A gated PixelCNN (van den Oord et
al., 2016) is fitted to the codes") is a new instance, a part of the system."""


_SETTING = re.compile(r"\s*with\s+\d")
"""After a cited method, its setting ("PCD (Tieleman 2008) with 100 persistent chains"): the
method as the system uses it, not a description of the cited work."""


def _scored_inline(text: str, raw: list[tuple[Cue, re.Match[str]]],
                   contexts: list[str]) -> list[str]:
    """Results written inline, "PixelCNN 4.60, PixelIQN 5.29, EBM (ours) 6.02, WGAN-GP 6.50":
    in a sentence of three or more such scores, a name followed by its score is a compared
    system, unless "(ours)" marks it."""
    if len(_SCORE.findall(text)) < 3:
        return contexts
    return ["contrast" if c in ("plain", "self") and _SCORE_AFTER.match(text, m.end()) else c
            for (_, m), c in zip(raw, contexts, strict=True)]


_SCORE = re.compile(r"[\w.+-]+(?: \([^)]*\))? \d+\.\d+\b")
_SCORE_AFTER = re.compile(r"[\w.+-]* \d+\.\d+\b")  # not "(ours)": the system's own score
_COUNT = {"two": 2, "three": 3, "four": 4}
_PARAGRAPH = 99  # sentences: to the end of the paragraph

_NAME_WORD = re.compile(r"[A-Za-z0-9][\w.-]*[A-Za-z0-9]")


def _title_names(title: str) -> set[str]:
    """The title's name-like words, lower-cased ("Flow-TTS: ..." -> flow-tts); of a title
    sentence in capitals only the word before its colon ("FLOW-TTS: A NON-AUTOREGRESSIVE
    ..."), where every word looks like a name ("JEM++" alone stays a name); the word before a
    title's colon is a name by its place, whatever its shape ("Trajectron++: ...")."""
    words = _NAME_WORD.findall(title)
    if title.upper() == title and len(words) > 2:
        words = words[:1] if re.match(r"\W*[\w.-]+:", title) else []
    if len(words) == 1 and re.fullmatch(r"\W*[\w.-]+\W*", title):
        return {words[0].lower()}  # a one-word title, "# ffjord-lite": a repository's name
    names = {w.lower() for w in words if _NAME_LIKE.search(w)}
    lead = title_name(title).lower().rstrip(".+-")  # "Trajectron++: ...": a name by its place
    names |= {lead} if lead and _NAME_WORD.fullmatch(lead) else set()
    return names - _NOT_NAMES or names  # "Coqui TTS": a title with no other name keeps it


_NOT_NAMES = {"tts", "asr", "llm", "llms", "nlp", "ai", "ml", "gpu", "gpus", "sota", "api",
              "neurips", "icml", "iclr", "cvpr", "iccv", "eccv", "aaai", "acl", "emnlp",
              "naacl", "interspeech", "icassp", "arxiv"}
"""Capitalised words of titles that name a task, a venue or a field, never the system ("P-Flow:
fast zero-shot TTS (NVIDIA, NeurIPS 2023)": a later "zero-shot TTS was dominated by ..." is
not about P-Flow)."""


_THEY = re.compile(r"\W*(?:they(?!\s+(?:\w+\s+)?(?:distil|train|fine-tun|retrain|replac|compress|"
                   r"prun|quanti[sz]|convert|turn|swap|shrink)\w*\s+(?:it|them)\b)|their|this is|"
                   r"this (?:comes|makes|means|leads))\b", re.IGNORECASE)
"""A sentence opened by "They", "Their" or "This is", which continues the subject of the sentence
before; not "They distill it into a 4-step generator", whose "they" are the authors acting on
the model the sentence before spoke of."""
_THEY_SUBJECT = re.compile(r"\W*(?:both|they|(?:such|these|those|all|most) (?:[\w-]+ )?"
                           r"(?:models|methods|systems|approaches|networks|works))\b",
                           re.IGNORECASE)
"""A sentence whose subject is a plural pronoun ("Both decode autoregressively"): after a
sentence that speaks only of compared or cited systems, it speaks of them."""
_THOSE_SUBJECT = re.compile(r"\W*(?:such|these|those) (?:[\w-]+ )?(?:models|methods|systems|"
                            r"approaches|networks|works)\b", re.IGNORECASE)
"""A sentence whose subject points back to a class ("Those models refine ..."): after a
sentence about the field, it speaks of the field."""


def _in_list_item(text: str, at: int) -> bool:
    """Whether position `at` lies on a line that is a list item ("- GANs never ...")."""
    start = text.rfind("\n", 0, at) + 1
    return bool(_LIST_ITEM.match(text[start:max(at, start + 8)]))


def _announces_survey(s: Sentence, lex: Lexicon) -> int:
    """How many sentences after `s` describe the field's approaches that `s` announces
    ("Most neural audio synthesis has taken one of two routes."; all of its paragraph after
    "The flow era."; a list that follows is read to its end by the caller): 0 when it
    announces none or speaks of the system's own ("we combine two approaches")."""
    m = lex.context.survey.search(s.text)
    if not m or s.title or (lex.context.self_ref.search(s.text) and not m.group("field")):
        return 0  # "we can distinguish three families" surveys the field all the same
    if m.group("era"):
        return _PARAGRAPH  # "The flow era. ...": the paragraph is history
    return _COUNT.get((m.group("n") or "").lower(), 2)


def _before_named(text: str, a: int, b: int, named: set[str]) -> tuple[int, int]:
    """The part of a reader's comment (`a`..`b`) before the sentence that first names the
    system ("Different trade-off. Diffusion LMs buy parallelism ... RWKV is about constant
    memory."): what comes before speaks of other things; from there on the comment speaks
    of the system."""
    at = next((m.start() for m in _NAME_PART.finditer(text, a, b) if m.group(0).lower() in named),
              None)
    if at is None:
        return a, b
    return a, max(text.rfind(". ", a, at) + 1, text.rfind("\n", a, at) + 1, a)


def _own_names(title: str) -> set[str]:
    """The parts of the title's name-like words, lower-cased: "LongLive-1.3B" -> longlive."""
    return {part for w in _title_names(title) for part in _NAME_PART.findall(w)}


_NAME_PART = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")
_CLASS_WORDS = frozenset({"gan", "gans", "vae", "vaes", "rnn", "rnns", "lstm", "cnn", "llm",
                          "llms", "ebm", "ebms", "tts", "dit", "nerf"})
"""Acronyms of model classes a title may use without naming the system ("an RNN with ...")."""


def _own_again(ss: tuple[Sentence, ...], text: str, title: str) -> list[Sentence]:
    """Sentences of a skipped section (a card's "Background") from one that opens with the
    system's own name ("LongLive instead generates the video chunk by chunk") or with what
    the authors use ("We use the pretrained EnCodec model as our tokenizer") to the end of
    its paragraph: the section has turned to the system itself."""
    own = _own_names(title)
    out, back, last_end = [], False, 0
    for s in ss:
        back = back and _same_paragraph(text, last_end, s.start)
        first = _NAME_PART.search(s.text)
        if s.skipped and ((first and first.start() <= 4 and first.group(0).lower() in own)
                          or _WE_USE.match(s.text)):
            back = True
        out.append(replace(s, skipped=False) if back and s.skipped else s)
        last_end = s.end
    return out


_WE_USE = re.compile(r"\W*we (?:use|adopt|employ|rely on|start from)\b", re.IGNORECASE)


def names_own(sentence: str, title: str) -> bool:
    """Whether `sentence` uses a name-like word of the title ("CausVid keeps ...")."""
    own = _own_names(title)
    own = own - _CLASS_WORDS or own  # "VITS, the one-stage TTS model": not "Glow-TTS"
    return bool(own & {w.lower() for w in _NAME_PART.findall(sentence)})


def _same_paragraph(text: str, end: int, start: int) -> bool:
    return not _BLANK_LINE.search(text, end, start)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


_FORUM_HEAD = re.compile(r"\s*r/\w+\s*(?:[·•|]|$)")
_MASTHEAD = re.compile(r"\s*[^|·•\s][^|·•\n]{0,40}(?:(?:\s[|·•]\s[^|·•\n]{1,40}){2,}|"
                       r"\s[|·•]\s[^|·•\n]{0,20}\b(?:19|20)\d\d\b[^|·•\n]{0,10})$")
"""A line of three or more short parts between bars or dots, above the title: "Kakao
Enterprise AI Lab | Tech Blog | 2020"; or of two whose second is a date ("AI News Roundup |
December 21, 2022")."""
_FORUM_TAG = re.compile(r"^\s*\[\w{1,8}\]\s*")


_ARXIV_LINE = re.compile(r"\s*arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.-]+\][^\n]{0,40}$")
"""A PDF's arXiv margin line pasted first ("arXiv:2203.01664v4  [q-fin.RM]  16 May 2025")."""


def _above_title(line: str) -> bool:
    """A header line above the title: a forum's ("r/MachineLearning · Posted by u/..."), a
    blog's masthead ("Kakao Enterprise AI Lab | Tech Blog | 2020") or a PDF's arXiv margin
    line."""
    return bool(_FORUM_HEAD.match(line) or _MASTHEAD.match(line) or _ARXIV_LINE.match(line))


def title_line(text: str) -> str:
    """The text's title: its first line (after a card's YAML front matter) when that is a
    short heading, not a sentence (up to twenty words when a blank line follows it, as a
    blog post's headline); "" when the text opens with prose."""
    body = text.strip()
    if body.startswith("---") and body.count("\n---") >= 1:
        body = body.split("\n---", 1)[1].lstrip("-").strip()  # skip the front matter
    lines = body.splitlines()
    posted = bool(lines) and _above_title(lines[0])
    if posted:
        lines = [*[x for x in lines[1:] if x.strip()][:1], ""]
        lines[0] = _FORUM_TAG.sub("", lines[0])  # "[R] SRFlow: ...": the post's title
    first = lines[0].lstrip("# ").strip() if body else ""
    alone = len(lines) < 2 or not lines[1].strip()  # a line of its own, not a wrapped sentence
    n = len(first.split())  # a post's title may be a sentence ("X is not Y. Here's what it is.")
    return first if 0 < n <= (20 if alone else 12) and (posted or not first.endswith(".")) else ""


_PART_NOUN = re.compile(r"(?:\*\*|__)?\s+(?:vocoder|decoder|encoder|upsampler|tokeni[sz]er|codec|"
                        r"prior|refiner)s?\b", re.IGNORECASE)
"""A name followed by the part it fills ("A **WaveGlow** vocoder turns them into waveform"):
the system's part, not another system as the subject."""


def _other_subject(s: Sentence, raw: list[tuple[Cue, re.Match[str]]], contexts: list[str],
                   title: str) -> list[str]:
    """A part of a sentence whose subject is another named system ("WaveNet sounds great but
    produces one sample at a time" under the title "FloWaveNet: ..."): it describes that
    system, so its words are a comparison. Only when the title names the text's own system,
    so that a name missing from it is someone else's; a name that is usually a part ("Vocos
    turns the mel-spectrogram into audio") is not."""
    if not any(_NAME_LIKE.search(w) for w in title.split()) and not _NAMED_TITLE.match(title) \
            and not _headline_name(title):
        return contexts  # "# Model Card": no name to tell the text's own system from others
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}  # "T2M-GPT": t, m, gpt
    out = list(contexts)
    for cue, m in raw:
        a, part = part_of(s.text, m.start())
        before = _CONJUNCT.sub("", _POSSESSIVE.sub("", s.text[a:m.start()]))  # "DeepMind's
        # WaveNet": one word; "DALL·E 2 and Google's Imagen are ...": a subject of two names
        if _SHOWED.match(before):
            before = ""  # "Meta showed Make-A-Video, ...": that system is what the part is about
        if (not cue.names_system or cue.role_hint or len(_WORD.findall(before)) > 1
                or name_stem(m.group(0)) in own or _MODIFIER.match(s.text, m.end())
                or _PART_NOUN.match(s.text, m.end())
                or re.match(r"\w|-(?![A-Z0-9]{2})", s.text[m.end():m.end() + 3])):
            continue
        back = next((a + n.start() for n in _SHOWN.finditer(part, m.end() - a)
                     if n.group(1).lower() in own), None)  # "..., and a second team posted
        b = back if back is not None else a + len(part)  # Phenaki": the text's own again
        for i, (_, m2) in enumerate(raw):
            if a <= m2.start() < b and out[i] == "plain":
                out[i] = "contrast"
    return out


_KIND_OF = re.compile(r"(?:(?<![\w·.+-])(?P<name>[A-Z][\w·.+-]*)(?:\s+[\d.]+)?\s*\(\s*"
                      r"(?:an?\s+)?|\(\s*(?P<inner>[A-Z][\w·.+-]*)(?:\s+[\d.]+)?\s*,\s*an?\s+)$")
_STAGE = (r"(?:vocoder|decoder|encoder|tokeni[sz]er|prior|upsampler|teacher|student|backbone|"
          r"codec|autoencoder|stage|head)s?\b")
_KIND_END = re.compile(rf"(?:[\s-]+(?!{_STAGE})[\w-]+){{0,2}}\s*\)")
"""The rest of the brackets: a kind, not a stage ("UniVNet (GAN vocoder)" is a part)."""
_STAGE_BEFORE = re.compile(rf"\b{_STAGE}[^.;]{{0,12}}$", re.IGNORECASE)
"""A stage just before the name: "its vocoder is UniVNet (a GAN)" names a part."""


def _bracketed_kind(text: str, raw: list[tuple[Cue, re.Match[str]]], contexts: list[str],
                    own: set[str]) -> list[str]:
    """A kind in brackets after another system's name ("DALL·E (autoregressive)", "(GET3D,
    a GAN)"): it says what that system is, not what the text's own one is. Only when the
    title names the text's own system (`own`, its name parts), so that a name missing from
    it is someone else's."""
    if not own:
        return contexts
    out = list(contexts)
    for i, (cue, m) in enumerate(raw):
        k = _KIND_OF.search(text, max(0, m.start() - 60), m.start())
        if out[i] != "plain" or not cue.paradigms or cue.names_system or not k or not (
                _KIND_END.match(text, m.end())):  # a kind, not a list of names "(DDIM, DPM-Solver)"
            continue
        name = k.group("name") or k.group("inner")
        first = not text[:k.start()].strip(" -*•>#\t") or text[k.start() - 1:k.start()] == "\n"
        if name.lower() in _CLASS_WORDS or (first and not _NAME_LIKE.search(name)) or (
                _STAGE_BEFORE.search(text, 0, k.start())):
            continue  # "GAN (discriminator) losses"; "Causal (GPT-style) transformer"; "the
            # vocoder is UniVNet (a GAN)": a part of the system
        if not {p.lower() for p in _NAME_PART.findall(name)} & own:
            out[i] = "contrast"
    return out


_A_NAME = r"[A-Z][\w·.+-]*(?:\s+(?:[A-Z][\w·.+-]*|\d[\w.]*))?"
_NAMES_PAST = re.compile(
    rf"\W*(?:(?:then|later|first|next|soon)\s+)?(?P<names>{_A_NAME}(?:\s*(?:\([^()]*\))?\s*,\s*"
    rf"(?:and\s+)?(?:then\s+)?{_A_NAME})*(?:\s*(?:\([^()]*\))?,?\s+(?:and|or)\s+(?:then\s+)?"
    rf"{_A_NAME}))\s*(?:\([^()]*\)\s*)?(?:(?:then|later|soon|also)\s+)?"
    rf"(?:were|arrived|came|generated|produced|dominated|needed|relied|showed|added|brought|"
    rf"pushed|made|had)\b")
"""Two or more names as the subject of a verb in the past ("Parallel WaveGAN, MelGAN and
then HiFi-GAN were adversarial"; "Then DALL·E 2, Imagen and Stable Diffusion arrived"): the
field's history, told of those systems."""
_NAME_DATED_PAST = re.compile(
    rf"\W*(?P<names>{_A_NAME})(?:\*\*|__)?\s*\((?:[^()]*\W)?(?:19|20)\d\d[a-z]?\)\s+"
    rf"(?:(?:then|later|soon|also|first)\s+)?(?:were|was|arrived|came|generated|produced|"
    rf"dominated|needed|relied|showed|added|brought|pushed|made|had|replaced|introduced|"
    rf"proposed|used|trained|went|fixed|combined|swapped|turned|took)\b")
"""One name with its year, as the subject of a verb in the past ("**TimeGrad** (2021)
replaced DeepAR's Gaussian head with a diffusion model"): history, told of that system."""


_ITEM_DATED = re.compile(r"(?:[-*+•]|\d+[.)])\s+"
                         r"(?:(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)\s*[—–:-]\s*)?(?:\*\*|__)?"
                         r"(?P<names>[A-Z][\w.-]*(?: [\w.-]+)?)(?:\*\*|__)?\s*"
                         r"\((?:[^()]*\W)?(?:19|20)\d\d[a-z]?\)")
"""A list item led by a name and its year, bold or after a bold label ("- **Diffusion Policy**
(2023), denoising action chunks", "1. **Autoregressive placement** — G-SchNet (2019) places
atoms one by one"): a list of other systems, each told in its item."""


def _names_in_the_past(text: str, raw: list[tuple[Cue, re.Match[str]]], contexts: list[str],
                       own: set[str], title: str = "") -> list[str]:
    """The part of a sentence whose subject is a list of other systems' names with a verb
    in the past (see `_NAMES_PAST`) describes them. Only when the title names the text's own
    system (`own`) and none of the names is it; one name with its year (`_NAME_DATED_PAST`,
    `_ITEM_DATED`: the whole item) is another system's whenever the title does not hold it."""
    m = _NAMES_PAST.match(text) if own else None
    held = own
    if m is None and title:
        m, held = _NAME_DATED_PAST.match(text), own | {w.lower() for w in _NAME_PART.findall(title)}
    item = _ITEM_DATED.match(text) if m is None and title else None
    m = m or item
    if m is None or {p.lower() for p in _NAME_PART.findall(m.group("names"))} & held:
        return contexts
    end = len(text) if item else m.end() + len(part_of(text, m.end())[1])
    return ["contrast" if c == "plain" and mk.start() < end else c
            for (_, mk), c in zip(raw, contexts, strict=True)]


_RELEASES = re.compile(r"\b(?:releas|publish|unveil|announc|launch|introduc|open-sourc|show|debut)"
                       r"(?:es|s|e|ed|d)?\s+([A-Z][\w.-]*)")
"""A headline's released name ("Generate:Biomedicines publishes Chroma, ...")."""


_EXEMPLIFIED = re.compile(r"(?:[\s-]+[\w-]+){0,2}?,?\s+(?:such\s+as|e\.g\.,?|including)\s+"
                          r"(?:[A-Z][\w.-]*['’]s\s+)?[A-Z][\w.-]*\d?")
"""A class given with another system as its example ("diffusion-based super-resolution,
such as Google's SR3, gains attention"): the field that the example stands for."""
_SINGULAR = re.compile(r"\b(?:an?|one|its|our|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _exemplified(text: str, raw: list[tuple[Cue, re.Match[str]]],
                 contexts: list[str]) -> list[str]:
    """A term for a class followed by "such as" and another system's name, in a sentence that
    names neither the system nor "we": the field the examples belong to, not the system ("a
    diffusion model, such as ...", with its article, may still be the system's part)."""
    return ["limitation" if c == "plain" and _EXEMPLIFIED.match(text, m.end()) and not (
        _SINGULAR.search(text, 0, m.start())) else c
        for (_, m), c in zip(raw, contexts, strict=True)]


def _unlike_lead(text: str, raw: list[tuple[Cue, re.Match[str]]], contexts: list[str],
                 own: set[str]) -> list[str]:
    """A sentence opened by "Unlike" lists the others up to the comma before its main clause,
    whose subject is the system ("Unlike A, which ..., or B that ..., Chroma samples ..."):
    every item of that list, not only the first clause, is compared. `own`: the system's
    names, from the title or a headline's "publishes Chroma"."""
    if not _UNLIKE.match(text):
        return contexts
    names = "".join(rf"|{re.escape(n)}(?![\w-])" for n in sorted(own))
    subject = re.compile(rf",\s+(?:(?:we|our|it|this|the (?:model|system|method|approach))\b"
                         rf"{names})", re.IGNORECASE)
    main = [m.start() for m in subject.finditer(text)]
    if not main:
        return contexts
    return ["contrast" if c == "plain" and mk.start() < main[-1] else c
            for (_, mk), c in zip(raw, contexts, strict=True)]


_POSSESSIVE = re.compile(r"['’]s\b")
_ANNOUNCED = (r"(?:showed|released|unveiled|announced|launched|published|posted|introduced|"
              r"demoed|debuted|shipped|open-sourced)")
_SHOWED = re.compile(rf"\W*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+{_ANNOUNCED}\s+$")
"""A maker announcing the system after it ("Meta showed Make-A-Video")."""
_SHOWN = re.compile(rf"\b{_ANNOUNCED}\s+([A-Z][\w-]*)")
"""A later announcement in the same part ("..., and a second team posted Phenaki")."""


def _headline_name(title: str) -> bool:
    """A capitalised word after the first in a headline written in sentence case ("Google's
    Phenaki turns a written story into a minutes-long video"): a name."""
    words = title.split()
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= 4 and lower * 2 >= len(words) and any(
        w[:1].isupper() for w in words[1:])


_NAMED_TITLE = re.compile(r"\W*([A-Z][\w.+-]*):\s")
"""A title led by a name and a colon ("Flowtron: an autoregressive flow ...")."""


def title_name(title: str) -> str:
    """The name that leads a title before its colon (`_NAMED_TITLE`), else ""."""
    m = _NAMED_TITLE.match(title + " ")
    return m.group(1) if m else ""


_CONJUNCT = re.compile(r"^\W*(?!(?:Our|We|This|These|The|Its|Their|An?|In|On|For|With|By)\b)"
                       r"[A-Z][\w·.+-]*(?:\s+[\d.]+)?\s+(?:and|&)\s+")
"""A first name joined to the one after it ("DALL·E 2 and Imagen ...")."""
_NAME_LIKE = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|^[A-Z]{2,}|[A-Za-z]-[A-Z](?:[A-Z]|$)")
"""A word that looks like a system's name: "FloWaveNet", "T2M-GPT", "SD3", "BERT",
"Grad-TTS", "Point-E"."""


def name_stem(word: str) -> str:
    """A system name's family stem, "Qwen2.5-VL" -> "qwen": a sibling of the text's own name
    (Qwen2.5-VL inside Qwen-Image) is the same family's name."""
    stem = re.match(r"[A-Za-z]+", word)
    return (stem.group(0) if stem else word).lower()


def _quoted(text: str, raw: list[tuple[Cue, re.Match[str]]], contexts: list[str]) -> list[str]:
    """A term alone in quotation marks ('how "autoregressive" a diffusion LM's decoding is',
    '"AR" = autoregressive') is mentioned, not used: read as a comparison; one a verb
    introduces ('it uses "flow matching"') is used."""
    out = list(contexts)
    for i, (_, m) in enumerate(raw):
        a, b = m.span()
        alone = a > 0 and b < len(text) and text[a - 1] in _QUOTES and text[b] in _QUOTES and (
            not _NAMED_AS.search(text, 0, a - 1))  # 'it uses "flow matching"': a term used
        legend = bool(_LEGEND.search(text, 0, a))  # '"AR" = autoregressive'
        if (alone or legend) and out[i] in ("plain", "self", "title"):
            out[i] = "contrast"
    return out


_QUOTES = "\"'“”‘’"
_NAMED_AS = re.compile(r"\b(?:uses?|using|via|through|trained (?:with|by)|"
                       r"(?:introduc|propos)(?:es|ed|e)(?: (?:the|an?))?|"
                       r"(?:answer|solution|trick|idea|fix|recipe|contribution) (?:is|was)"
                       r"(?: (?:the|an?|its))?)\s*$", re.IGNORECASE)
"""Before a quoted term, words that introduce it as the method used ('instead it uses "flow
matching"', 'NICE's answer is the "additive coupling layer"'); what "some authors call" it
stays a mention."""
_LEGEND = re.compile(r"[\"”'’]\s*[=:]\s*$")


def _identifier(text: str, m: re.Match[str]) -> bool:
    """A match inside a file name, path or code identifier (`configs/faceshq_vqgan.yaml`,
    `--ckpt sd_vae`) or a hyphenated part of a repository id
    ("stabilityai/stable-diffusion-xl-base-1.0") names a file, not the system's method."""
    a, b = m.span()
    formula = any(c in m.group(0) for c in "|({=")  # "p(x_d | x_<d)", "top_k=50": no file
    return (("_" in m.group(0) and not formula) or (a > 0 and text[a - 1] in "_/.") or
            (b < len(text) and text[b] in "_/") or bool(_FILE_EXT.match(text, b)) or any(
                r.start() <= a and b <= r.end() and "-" in (text[a - 1:a] + text[b:b + 1])
                for r in _REPO_ID.finditer(text)))


_REPO_ID = re.compile(r"(?<![\w./-])[\w.-]+/[\w.-]+(?![\w/-])")


def _inherit_class_subject(s: Sentence, raw: list[tuple[Cue, re.Match[str]]],
                           contexts: list[str]) -> list[str]:
    """Words in a part of a sentence whose subject is a class of other systems speak of that
    class ("Autoregressive vocoders sample one value at a time; GAN vocoders need tuned
    discriminators"): they take the subject's background reading."""
    out = list(contexts)
    heads: dict[int, str] = {}
    for (cue, m), c in zip(raw, contexts, strict=True):
        a, part = part_of(s.text, m.start())
        if a not in heads and len(_WORD.findall(s.text[a:m.start()])) <= 2:
            heads[a] = "limitation" if c == "contrast" and cue.paradigms and not (
                _UNLIKE.match(part)) and _class_subject(part, m.start() - a, m.end() - a) else c
            # "Autoregressive generators build molecules atom by atom": a compared paradigm's
            # class heading the part (not "Unlike RBMs, ..., the model gives ...")
    for i, (_, m) in enumerate(raw):
        a, part = part_of(s.text, m.start())
        field = heads.get(a) == "limitation" or _EXAMPLE_SUBJECT.match(part)
        if field and out[i] in ("plain", "self") and not _SELF_BEFORE.search(s.text[a:m.start()]):
            out[i] = "limitation"
    return out


_DESIGN_LABEL = re.compile(r"\b(?:architecture|backbone|network design)\W*(?:\*\*|__)?\s*[:|-]\W*$",
                           re.IGNORECASE)
"""A line that states the network design ("Architecture: Llama-like, 32 layers")."""
_STYLE_OF = r"(?:[- ](?:style|like|type)|-ish)\s+(?:[\w/-]+\s+){0,2}"
_PART_AFTER = re.compile(rf"{_STYLE_OF}(?:blocks?|layers?|convolutions?|backbones?|architectures?|"
                         r"vision\s+transformers?|ViTs?|encoders?|"
                         r"stacks?|modules?|upgrades?|tweaks?|improvements?|modifications?|"
                         r"components?|tricks?|design choices)\b", re.IGNORECASE)
_JUDGE_AFTER = re.compile(rf"{_STYLE_OF}(?:discriminators?|critics?)\b", re.IGNORECASE)
"""A discriminator in a named system's design ("a StyleGAN-style discriminator"): the name is
a design; "a GAN-style discriminator", a bare class, still says adversarial."""


def _modifiers(s: Sentence, raw: list[tuple[Cue, re.Match[str]]],
               contexts: list[str]) -> list[str]:
    """A system's name used as an architecture modifier of another paradigm's model ("a
    WaveNet-style diffusion model", "a GPT-like flow") or of a building block ("WaveNet-style
    blocks") names a network design, not a paradigm."""
    out = list(contexts)
    for i, (cue, m) in enumerate(raw):
        if not _MODIFIER.match(s.text, m.end()):
            continue
        if not cue.names_system:  # "BigGAN-style residual blocks": any name, as a building block
            if m.group(0)[:1].isupper() and (_PART_AFTER.match(s.text, m.end()) or (
                    _JUDGE_AFTER.match(s.text, m.end())
                    and not re.fullmatch(r"[A-Z]+s?", m.group(0)))):
                out[i] = "modifier"
            continue
        if _PART_AFTER.match(s.text, m.end()) or _DESIGN_LABEL.search(s.text, 0, m.start()):
            out[i] = "modifier"  # "WaveNet-style blocks", "Architecture: Llama-like": a design
            continue
        mine = set(cue.paradigms)
        if any(m.end() < m2.start() <= m.end() + 40 and set(c2.paradigms) - mine
               and not c2.names_system for c2, m2 in raw):
            out[i] = "modifier"
    return out


def _adjective_of_compared(text: str, raw: list[tuple[Cue, re.Match[str]]],
                           contexts: list[str]) -> list[str]:
    """A class word right before a compared system's name ("Autoregressive WaveNet quality
    without sample-by-sample generation") describes that system: it is compared too."""
    out = list(contexts)
    order = sorted(range(len(raw)), key=lambda k: raw[k][1].start())
    for k in reversed(range(len(order))):  # right to left: "A B WaveNet" passes it on
        (cue, m), i = raw[order[k]], order[k]
        nxt = next((j for j in order[k + 1:] if raw[j][1].start() >= m.end()), None)
        if nxt is not None and out[i] in ("plain", "self") and out[nxt] == "contrast" and (
                not cue.names_system and raw[nxt][0].names_system
                and re.fullmatch(r"[\s-]*", text[m.end():raw[nxt][1].start()])):
            out[i] = "contrast"
    return out


def _inherit_contrast(s: Sentence, raw: list[tuple[Cue, re.Match[str]]],
                      contexts: list[str]) -> list[str]:
    """A clause about "they/their/them" after a compared paradigm speaks of it
    ("diffusion-based editors can too, but they pay with dozens of denoising steps"; after the
    field, "...; they are trained by denoising score matching", it speaks of the field), and
    so does a relative clause right after it ("apart from the diffusion models behind
    FLUX, which start from random noise"; "plugs it into an MLLM that predicts codes
    autoregressively")."""
    out = list(contexts)
    for i, (_, m) in enumerate(raw):
        seen = any(c == "contrast" for c in out[:i])
        clause = _clause_before(s.text[:m.start()])[0]
        a, part = part_of(s.text, m.start())  # "; they stream ... but compress ... through X"
        if out[i] in SET_ASIDE:
            continue
        if seen and (_PRONOUN.match(clause) or _PRONOUN.match(part)):
            out[i] = "contrast"
        elif out[i] == "plain" and a > 0 and _PRONOUN.match(part) and "limitation" in out[:i]:
            out[i] = "limitation"  # "Score-based diffusion models run ...; they are trained by
            # denoising score matching": the part about "they" speaks of the field too
        else:
            before = sorted((mj.start(), mj.end(), contexts[j]) for j, (_, mj) in enumerate(raw)
                            if mj.end() <= m.start())
            if not before or before[-1][2] != "contrast":
                continue
            first = len(before) - 1  # back over the compared run: "a Llama MLLM ... image"
            while first > 0 and before[first - 1][2] == "contrast":
                first -= 1
            between = s.text[before[first][1]:m.start()]  # "MLLM that predicts image codes"
            if _RELATIVE.match(clause) or (_THAT.search(between) and len(between) <= 100 and
                                           not _CLAUSE.search(between)) or (
                    _APPOSITIVE.match(between) and _APPOSITIVE_END.match(s.text, m.end())):
                out[i] = "contrast"
    return out


_APPOSITIVE = re.compile(r"\s*,\s*(?:an?|the)\s+$", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r"(?:[\s-]+(?!(?:is|are|was|were|has|have|can|will)\b)[\w-]+){0,5}"
                             r"\s*,", re.IGNORECASE)
"""A noun phrase between commas right after a compared system ("Compared with CDVAE, a
VAE-plus-diffusion crystal generator, and ..."): it describes that system."""
_THAT = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)


def _task_or(context: str, cue: Cue, s: Sentence, end: int, lex: Lexicon) -> str:
    """"task" for a paradigm word that names a task ("seq2seq tasks", "text generation
    benchmarks"): what is solved, not how. A cue that names an objective keeps its context
    ("the next-token prediction task" is the training objective)."""
    if context in SET_ASIDE or cue.objective or not lex.context.task.match(s.text, end):
        return context
    return "task"


def _is_listing(raw: list[tuple[Cue, re.Match[str]]], k: int, gap: int = 16) -> bool:
    """k or more paradigms named in a tight run ("GANs, VAEs and flows"): a survey of the
    field, not a description of one system."""
    strong = sorted((m.start(), m.end(), max(cue.paradigms, key=cue.paradigms.get))
                    for cue, m in raw if cue.paradigms and max(cue.paradigms.values()) >= 2.0
                    and not cue.names_system)  # "Qwen-Image is a diffusion model": a name
    text = raw[0][1].string if raw else ""
    items: list[str] = []  # the head paradigm of each item of the run
    last_end = -10**9
    for a, b, p in strong:
        if a - last_end > gap:
            items = [p]
        elif _ITEM_SEPARATOR.search(text, last_end, max(a, last_end)):
            items.append(p)
        else:  # one noun phrase ("Energy-based Diffusion Language Model"): its head counts
            items[-1] = p
        last_end = max(last_end, b)
        if len(set(items)) >= k:
            return True
    return False


_ITEM_SEPARATOR = re.compile(r"[,;/()&]|\b(?:and|or|nor|vs|versus|to)\b", re.IGNORECASE)
"""What separates the items of a listing; words joined without it make one noun phrase."""


def _paradigms_named(raw: list[tuple[Cue, re.Match[str]]]) -> int:
    """How many paradigms a sentence names by clear cues, however far apart: one that
    describes four families in turn surveys the field."""
    return len({max(cue.paradigms, key=cue.paradigms.get) for cue, _ in raw
                if cue.paradigms and max(cue.paradigms.values()) >= 2.0})


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
