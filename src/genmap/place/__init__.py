"""Placing a system on the four-paradigm map from its description: `genmap place`.

The reading procedure of the lesson, as code. Given a paper abstract, a model card or
a blog post:

1. *objective*: what is minimised? next-token NLL (autoregressive), the change-of-
   variables NLL (flow), the ELBO (latent variable), a minimax game (adversarial), a
   denoising / score-matching / flow-matching regression (diffusion), contrastive
   divergence (energy-based);
2. *sampler*: how is a sample drawn? sequentially, in one parallel pass, by iterative
   denoising or an ODE solve, by Langevin MCMC, by parallel iterative decoding, or by a
   distilled few-step student;
3. *trade-offs*: derived from the resulting `Card` (`genmap.card.tradeoffs`), exactly as
   for the models built in code;
4. *placement*: the paradigm(s), the primary one, the components of a hybrid and their
   roles (tokenizer, prior, decoder, text encoder, distillation teacher), and any
   non-standard claim (a diffusion model that samples in one step; a token model that
   decodes in parallel) with what it implies.

Every conclusion carries the sentences that support it (character offsets into the
input) and a confidence; what the text does not say is said. The knowledge lives in
`genmap/lexicon.json` (cues with weights, rules that combine them); this package only
reads (`reading`), combines (`reasoning`) and reports (`placement`).

No network, no model weights: a regex lexicon over sentences, milliseconds per text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from genmap.card import Card
from genmap.place.lexicon import LEXICON_PATH, Lexicon, load_lexicon
from genmap.place.placement import Conclusion, Evidence, Flag, Placement
from genmap.place.reasoning import NothingToPlace, PlaceError, reason

__all__ = ["LEXICON_PATH", "Conclusion", "Evidence", "Flag", "Lexicon", "NothingToPlace",
           "PlaceError", "Placement", "load_lexicon", "place", "place_run", "place_text",
           "read_source"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".rst", ".tex", ".html", ".json", ".yaml", ".yml", "")


def place_text(text: str, source: str = "<text>", lexicon: Lexicon | None = None) -> Placement:
    """Read `text` onto the map."""
    return reason(text, source, lexicon or load_lexicon())


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
"""Typographic ligatures that PDF extraction leaves in pasted text ("normalizing \ufb02ows"): a
word written with one is the same word (the text read, and quoted by offset, is the one with
them spelled out)."""


def read_source(path: str | Path) -> str:
    """Text of a file (plain text, markdown, PDF via pypdf) or of standard input ("-"),
    with PDF ligatures spelled out."""
    if str(path) == "-":
        return sys.stdin.read().translate(_LIGATURES)
    p = Path(path)
    if not p.is_file():
        raise PlaceError(f"{p} is not a file; accepted: a text, markdown or PDF file, a genmap "
                        "run directory, or - for standard input")
    if p.suffix.lower() == ".pdf":
        return _pdf_text(p).translate(_LIGATURES)
    try:
        return p.read_text(encoding="utf-8").translate(_LIGATURES)
    except UnicodeDecodeError:
        raise PlaceError(f"{p} is neither UTF-8 text nor a PDF; accepted: "
                        f"{', '.join(s for s in TEXT_SUFFIXES if s)}, .pdf") from None


def _pdf_text(p: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise PlaceError("reading a PDF needs pypdf; accepted: pip install pypdf, "
                        "or pass the text itself") from None
    try:
        return "\n\n".join(page.extract_text() or "" for page in PdfReader(p).pages)
    except (PdfReadError, OSError, ValueError) as e:
        raise PlaceError(f"{p} could not be read as a PDF ({e})") from None


def place_run(run: str | Path) -> Placement:
    """The card a trained genmap run carries (its config.json), as a placement."""
    path = Path(run) / "config.json"
    try:
        conf = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PlaceError(f"{run} is a folder without config.json; accepted: a genmap run "
                         "directory, or text, markdown or PDF files") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise PlaceError(f"{path} is corrupt ({e}); re-train or restore it") from None
    if "card" not in conf:
        raise PlaceError(f"{run}/config.json has no 'card' entry; re-train the run with this "
                         "genmap")
    card = Card.from_dict(conf["card"])
    why = f"{run}/config.json (model {conf.get('model', '?')}, data {conf.get('data', '?')})"
    facts = [Conclusion("primary", card.primary, 1.0, True, why=why)]
    facts += [Conclusion("paradigm", p, 1.0, True, why=why) for p in card.paradigms]
    facts += [Conclusion("objective", o, 1.0, True, why=why) for o in card.objective]
    facts += [Conclusion("sampler", card.sampler, 1.0, True, why=why),
              Conclusion("likelihood", card.likelihood or "none", 1.0, True, why=why)]
    facts += [Conclusion("role", f"{role}: {c.primary}", 1.0, True, why=why)
              for role, c in card.components]
    return Placement(str(run), card, tuple(facts))


def place(source: str | Path, lexicon: Lexicon | None = None) -> Placement:
    """Place a file, "-" (standard input) or a genmap run directory."""
    if str(source) != "-" and Path(source).is_dir():
        return place_run(source)
    name = "<stdin>" if str(source) == "-" else str(source)
    return place_text(read_source(source), name, lexicon)
