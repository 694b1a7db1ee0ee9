"""Layout readings: what a table row, a bracket or a line-end hyphen does to the words in it.

- a results-table row ("| V-AURA (autoregressive) | 218.5 | 10.08 |", "| MusicGen | baseline |",
  a row under a "Ranking" or "Score" header, a PDF table row "BigGAN   1   6.95", a list item
  "- CTGAN: 0.812") scores a system the text compares against, and the header above measured
  rows names the compared columns: their words are a comparison (context "contrast");
- a bracket that offers another option ("50 steps (or 1-4 steps for the LCM variant)") names a
  variant, not the system's default (context "aside");
- a reader's comment in a discussion thread ("u/sr3_enjoyer · 15 points") speaks for the
  commenter, not the system, unless it names the system (context "limitation");
- a real hyphen at a PDF line end ("flow-\\nmatching") is kept when the hyphenated word is a cue
  and the joined one is not; otherwise the line-end hyphen is undone ("autoregres-\\nsive").
"""

from __future__ import annotations

import itertools
import re

from genmap.place.lexicon import Cue, Lexicon

TABLE_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}")
# a measured value, bare or with a unit word ("0.42", "12 %", "0.3x realtime", "4.1 s"), a
# pair or a spread ("0.310 / 0.635", "3.2 ± 0.1"), bold or not, not a description that starts
# with a number ("4-step distillation")
NUMBER_CELL = re.compile(r"\|\s*(?:\*\*|__)?[~≈<>]?\s*-?\d[\d.,]*(?:\s*[/±]\s*-?\d[\d.,]*)?"
                         r"\s*[%×xMBKk]?(?:\s+[A-Za-z/]+)?\s*(?:\*\*|__)?\s*(?=\|)")
BASELINE_CELL = re.compile(r"\|\s*baselines?\s*(?=\|)", re.IGNORECASE)
# a row of a table pasted from a PDF: a name, then two or more measured values, each after a
# run of spaces ("BigGAN                   1      6.95")
PLAIN_ROW = re.compile(r"^\s*\S.{0,60}?(?:\s{2,}[~≈<>]?-?\d[\d.,]*\s?[%×x]?){2,}\s*$")
# a list item that gives a system's measured value and nothing else ("- CTGAN: 0.812")
RESULT_ITEM = re.compile(r"^\s*[-*+•]\s+[^:\n]{1,40}:\s*[~≈<>]?-?\d[\d.,]*\s*[%×x]?\s*$")
RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
OR_BRACKET = re.compile(r"\(\s*(?:or|alternatively|optionally)\b", re.IGNORECASE)


def real_hyphen(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether the line-end hyphen that `m` matched is part of the word ("flow-matching"): the
    hyphenated word, with the words after it, starts a cue at either of its words that the
    joined word does not ("energy-\\nbased model", "inverse-\\nautoregressive flow")."""
    w1 = re.search(r"[\w-]*$", text[:m.start()]).group(0)  # type: ignore[union-attr]
    w2 = re.match(r"[\w-]*", text[m.end():]).group(0)  # type: ignore[union-attr]
    after = text[m.end() + len(w2):m.end() + len(w2) + 40]  # "energy-\nbased model": "model"
    key = (id(lex), w1, w2, after)
    known = _REAL_HYPHEN.get(key)
    if known is None or known[0] is not lex:  # the same sentence is joined once per rule
        # that reads it; the lexicon is kept beside its answer, so a reused id cannot mislead
        if len(_REAL_HYPHEN) > 4096:
            _REAL_HYPHEN.clear()
        known = lex, _cue_across(f"{w1}-{w2}", after, (0, len(w1) + 1), lex) and not (
            _cue_across(w1 + w2, after, (0,), lex))
        _REAL_HYPHEN[key] = known
    return known[1]


_REAL_HYPHEN: dict[tuple[int, str, str, str], tuple[Lexicon, bool]] = {}


def _cue_across(word: str, after: str, starts: tuple[int, ...], lex: Lexicon) -> bool:
    """A cue that starts at one of `starts` in `word` (followed by `after`) and spans it."""
    said = word + after
    return any((hit := p.match(said, at)) is not None and hit.end() >= len(word)
               for c in lex.cues for p in c.patterns for at in starts)


def table_row(text: str, contexts: list[str], following: str = "",
              preceding: str = "") -> list[str]:
    """A results-table row ("| V-AURA (autoregressive) | 218.5 | 10.08 |", "| MusicGen |
    baseline |", or a row of a table whose every body row has a number in one column) scores
    a system the text compares against, and the header of such a table ("| Method | DiT |
    Ours |" above measured rows) names the compared columns: their words are a comparison,
    not the system's own. `following` / `preceding` are the texts after / before the row."""
    compared = PLAIN_ROW.match(text) or RESULT_ITEM.match(text) or _column_of_values(
        text, following, preceding) or (
        TABLE_ROW.match(text) and (
        len(NUMBER_CELL.findall(text)) >= 2 or BASELINE_CELL.search(text)
        or _header_of_results(following) or _in_results_column(text, preceding, following)
        or _systems_table(preceding, following) or _under_baselines(preceding, following)))
    if not compared:
        return contexts
    return ["contrast" if c in ("plain", "self", "title") else c for c in contexts]


def aligned_cells(line: str) -> list[str]:
    """The cells of a table line aligned with runs of spaces ("GLIDE    Diffusion    5B
    12.24"): three or more, or a name and a value; else []."""
    cells = _GAP.split(line.strip())
    if len(cells) >= 3 or (len(cells) == 2 and _VALUE.fullmatch(cells[1])):
        return cells
    return []


_GAP = re.compile(r"\s{2,}|\t")
_VALUE = re.compile(r"[~≈<>±]?-?\d[\d.,]*\s?(?:[%×x]|[a-zA-Z]{1,3})?|[✓✗✔✘]")


def _column_of_values(text: str, following: str, preceding: str) -> bool:
    """A row of a table aligned with spaces: a cell holds a measured value or a check mark and
    the line above or below is a line of the same table (a pasted results or feature table)."""
    cells = aligned_cells(text)
    near = [*following.lstrip("\r\n").splitlines()[:1],
            *preceding.rstrip("\r\n").splitlines()[-1:]]
    return any(_VALUE.fullmatch(c) for c in cells[1:]) and any(aligned_cells(ln) for ln in near)


def _header_of_results(following: str) -> bool:
    """Whether the row just read is a header: a rule line follows, then a measured row."""
    lines = following.lstrip("\r\n").splitlines()
    if not lines or not RULE_ROW.match(lines[0]):
        return False
    return any(len(NUMBER_CELL.findall(ln.strip())) >= 2 for ln in _rows(lines[1:]))


def _rows(lines: list[str]) -> list[str]:
    """The table lines at the start of `lines`."""
    return list(itertools.takewhile(lambda ln: ln.lstrip().startswith("|"), lines))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table_around(preceding: str, following: str) -> tuple[list[str], list[str], list[str]] | None:
    """The table a body row sits in: its header cells ([] if the rule line opens the table),
    the body rows above the row and those below it; None when no rule line is above."""
    above = _rows(preceding.rstrip("\r\n").splitlines()[::-1])[::-1]
    rule = next((i for i, ln in enumerate(above) if RULE_ROW.match(ln)), None)
    if rule is None:
        return None
    header = _cells(above[rule - 1]) if rule > 0 else []
    return header, above[rule + 1:], _rows(following.lstrip("\r\n").splitlines())


_BASELINES_HEADER = re.compile(r"(baselines?|compared (against|with|to)|competitors|rivals|"
                               r"prior (work|methods|models)|related (work|systems))\W*$",
                               re.IGNORECASE)


def _under_baselines(preceding: str, following: str) -> bool:
    """A body row of a table with a column headed "Baselines" ("| Dataset | Baselines |"): the
    row lists the systems compared against."""
    table = _table_around(preceding, following)
    return table is not None and any(_BASELINES_HEADER.match(c) for c in table[0])


def _in_results_column(row: str, preceding: str, following: str) -> bool:
    """Whether `row` is a body row of a results table with one measured column: at least
    three body rows, each with a number in the same column or a dash for a value not
    measured, most with numbers (bold marks ignored): "| CDVAE | VAE + score-based decoder |
    33.9 |", "| XMC-GAN | GAN | – |"; a column of settings ("| HiDream-I1-Fast | 16 |" under
    "Inference steps") is not a result."""
    table = _table_around(preceding, following)
    if table is None:
        return False
    header, above, below = table
    cells = [[c.strip("*_ ") for c in _cells(ln)] for ln in [*above, row, *below]]
    if len(cells) < 3:
        return False
    width = min(len(c) for c in cells)
    return any(all(_NUMBER.fullmatch(c[j]) or _MISSING.fullmatch(c[j]) for c in cells)
               and 2 * sum(bool(_NUMBER.fullmatch(c[j])) for c in cells) > len(cells)
               and not (j < len(header) and _SPEC_COLUMN.search(header[j]))
               for j in range(1, width))


def _systems_table(preceding: str, following: str) -> bool:
    """Whether the row is a body row of a table of systems that compares them: a result column
    ("| Model | Family | Overall ranking |", values that may be words, "behind"), or one row
    set in bold as the system's own ("| **CogACT** | ... |") among the others, or under any
    header a row marked as its own ("| AuraSR (this model) |"), or a table of the field's
    families ("| Family | Examples | Issues |"). A table of the system's stages ("| Stage |
    Type | Score |") is not."""
    table = _table_around(preceding, following)
    if table is None or not table[0]:
        return False
    header, above, below = table
    if any(_OWN_ROW.search(_cells(ln)[0]) for ln in [*above, *below]):
        return True  # "| **AuraSR (this model)** | GAN |": the other rows are others
    if _FAMILIES_COLUMN.fullmatch(header[0]):
        return True  # "| era | typical models | issues |": a table of the field's families
    if not _SYSTEMS_COLUMN.fullmatch(header[0]):
        return False
    bold = any(_cells(ln)[0].startswith(("**", "__")) for ln in [*above, *below])
    return bold or any(_RESULT_COLUMN.search(c) for c in header[1:])


_OWN_ROW = re.compile(r"\b(?:ours|this (?:model|work|release|checkpoint|system|method))\b",
                     re.IGNORECASE)
"""A first cell that marks a row as the text's own system ("AuraSR (this model)")."""

_SYSTEMS_COLUMN = re.compile(r"\W*(?:models?|methods?|systems?|approach(?:es)?|baselines?|"
                             r"strateg(?:y|ies)|polic(?:y|ies)|agents?)\W*", re.IGNORECASE)
"""A first header cell that heads a column of systems (not "Stage" or "Component")."""


_FAMILIES_COLUMN = re.compile(r"\W*(?:famil(?:y|ies)|paradigms?|eras?|classes|kinds?|camps?|"
                              r"years?)\W*", re.IGNORECASE)
"""A first header cell that heads a column of the field's families, eras or years ("| Family |
Examples | Issues |", "| Year | Model | Paradigm |"): every row is the field, not the system."""
_RESULT_COLUMN = re.compile(r"\b(?:rank\w*|scores?|results?|FID|MOS|win[- ]rates?|accuracy|"
                            r"BLEU|WER|CER|perplexity|PPL|bits/dim|Elo|vs\.?|compared)\b",
                            re.IGNORECASE)
"""A header cell that names a measured result: the rows below compare systems."""

_SPEC_COLUMN = re.compile(r"\b(?:steps?|param\w*|size|resolution|layers?|dim\w*|width|depth|"
                          r"tokens?|length|year|date|version|#)", re.IGNORECASE)
"""A column of the system's own settings ("Inference steps", "Params"), not of results."""
_MISSING = re.compile(r"[–—-]|n/?a|N/?A")
"""A cell with no value for that row ("–" in a results column a system was not run on)."""
_NUMBER = re.compile(r"[~≈<>]?\s*-?\d[\d.,]*\s*[%×xMBKk]?(?:\s*±\s*\d[\d.,]*)?")


def others_comments(text: str) -> list[tuple[int, int]]:
    """Spans of a discussion thread's comments by readers other than the poster: a comment
    opens at its header ("u/sr3_enjoyer · 15 points", "mlnoob42 8 hours ago", "▲ name")
    and runs to the next header. The poster ("Posted by u/X", "412 points by X") speaks for
    the system, and so does a comment that opens by explaining how it works; the others
    compare, joke and wander off to other systems. When the post asks ("what is it
    actually?"), the answers describe the system: no spans."""
    poster = _POSTER.search(text)
    heads = sorted([*_COMMENT_HEAD.finditer(text), *(_BARE_HEAD.finditer(text) if poster else ())],
                   key=lambda h: h.start())
    if len(heads) < 2:
        return []
    op = next(a for a in poster.groups() if a).lower() if poster else None
    if op is None and not _SENTENCE_END.search(text, 0, heads[0].start()):
        op = next(a for a in heads[0].groups() if a).lower()  # "**r/Sub**", a title, then
        # "**u/name**" and the post: the first header is the poster's
    spans, post = [], []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        author = next(a for a in h.groups() if a).lower()
        if author == op or h.group(0).rstrip().endswith("(OP)") or _HOW_IT_WORKS.match(
                text, h.end()):
            post.append(text[h.end():end])
        else:
            spans.append((h.start(), end))  # with its header: a quoted one ("> **u/x**")
            # reads into the comment's first sentence
    post.insert(0, text[:heads[0].start()])
    if any(_ASKS.search(p) for p in post[:2]):
        return []  # the poster asks ("what is actually happening?"): the answers describe it
    return spans


_COMMENT_HEAD = re.compile(
    r"^[ \t>]*(?:reply:\s*)?(?:(?:\*\*)?u/([\w-]+)(?:\*\*)?(?:\s*\(OP\))?"
    r"(?:\s*[·•|]\s*[^\n]{0,40})?"
    r"|▲\s*([\w-]+)(?:\s+[^\n]{0,40})?"
    r"|([\w-]+)\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b[^\n]*)$",
    re.MULTILINE)
"""A comment's header line, alone on its line, quoted (">") or bold: "u/name · 15 points",
"**u/name** · 9 points", "▲ name 3 hours ago", "name 8 hours ago", "reply: name 8 hours ago"."""
_BARE_HEAD = re.compile(r"^[ \t>]*\*\*((?=[a-z\d_])[\w-]+|[\w-]*[_\d][\w-]*)\*\*[ \t]*$",
                        re.MULTILINE)
"""A bare bold handle alone on its line ("**jbrk**", "**ebm_fan**"; not "**Pipeline**"): a
comment's header, in a thread whose poster is named ("1043 points by sn_"); elsewhere, or
capitalised, it is a bold heading."""
_HOW_IT_WORKS = re.compile(r"\s*(?:>\s*)*(?:for (?:those|anyone|everyone|people) "
                           r"(?:asking|wondering|who (?:skimmed|missed|"
                           r"did(?:n['’]t| not) (?:read|click)|"
                           r"do(?:n['’]t| not) want to (?:read|click)))|summary for\b|tl;?dr\b|"
                           r"here['’]s how|(?:so )?how (?:it|this|they) "
                           r"works?\b|to answer\b|eli5\b|here is how\b|"
                           r"let me (?:summari[sz]e|explain)\b|"
                           r"the (?:actual |main |real |key )?contribution is\b|"
                           r"(?:the )?(?:short|quick) (?:version|summary)(?: of (?:the|this) "
                           r"(?:paper|work|post|release))?:)", re.IGNORECASE)
"""A comment that opens by explaining the system ("For those asking how it works:", "The
actual contribution is the autoencoder, so let me summarise that:", "Short version of the
paper:") speaks for it, as the poster does."""
_SENTENCE_END = re.compile(r"[.!](?:\s|$)")
"""A sentence's end: text above the first header that has none holds no post body."""
_ASKS = re.compile(r"\?(?:\s|$)")
"""A question in the post (its title or its text)."""
_POSTER = re.compile(r"\bPosted by\s+u/([\w-]+)|\b\d+\s+points?\s+by\s+([\w-]+)|"
                     r"\Ar/\w+\s*[·•|]\s*u/([\w-]+)")
"""The thread's poster: "Posted by u/name", "412 points by name", "r/Sub · u/name" on top."""


def alternatives(text: str, raw: list[tuple[Cue, re.Match[str]]], contexts: list[str]) -> list[str]:
    """A bracket that offers another option ("50 steps (or 1-4 steps for the LCM variant)")
    names a variant, not the system's default: read it as set aside."""
    out = list(contexts)
    for i, (_, m) in enumerate(raw):
        opened = text.rfind("(", 0, m.start())
        if (opened >= 0 and ")" not in text[opened:m.start()] and out[i] in ("plain", "self")
                and OR_BRACKET.match(text, opened)):
            out[i] = "aside"
    return out
