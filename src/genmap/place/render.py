"""Human-readable output of a placement (rich), for `genmap place`."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from genmap.card import tradeoffs
from genmap.place.placement import Evidence, Placement


def _quote(e: Evidence, width: int = 110) -> Text:
    """The supporting sentence, cut around the matched words, with its offsets."""
    a, b = e.term_start - e.start, e.term_end - e.start
    raw = " ".join(e.sentence.split()) if len(e.sentence) == e.end - e.start else e.sentence
    a, b = min(a, len(raw)), min(b, len(raw))
    left = max(0, a - (width - (b - a)) // 2)
    right = min(len(raw), left + width)
    t = Text(f"[{e.start}:{e.end}] ", style="dim")
    t.append(("…" if left else "") + raw[left:a])
    t.append(raw[a:b], style="bold")
    t.append(raw[b:right] + ("…" if right < len(raw) else ""))
    if e.context not in ("plain", "self", "title"):
        t.append(f" ({e.context})", style="dim")
    return t


def _conclusions(p: Placement) -> Table:
    table = Table("conclusion", "value", "conf.", "evidence", show_lines=False, expand=True)
    for c in p.conclusions:
        ev = Text("\n").join([_quote(e) for e in c.evidence]) if c.evidence else Text(
            c.why + ("" if c.stated else " (not stated)"), style="italic")
        table.add_row(c.kind, escape(c.value), f"{c.confidence:.2f}", ev)
    return table


def _card_lines(p: Placement) -> list[RenderableType]:
    c = p.card
    lines = [Text.assemble(("card  ", "bold"), f"{c.name}: ", (", ".join(c.paradigms), "bold"),
                           f" | objective {', '.join(c.objective)} | sampler {c.sampler} "
                           f"(NFE {c.nfe}) | likelihood {c.likelihood or 'none'}")]
    lines += [Text(f"  component {role}: {comp.primary} ({', '.join(comp.objective)}; "
                   f"{comp.sampler})") for role, comp in c.components]
    lines += [Text(f"  trade-off {k.replace('_', ' ')}: {v}") for k, v in tradeoffs(c).items()]
    lines += [Text(f"  note {n}", style="dim") for n in c.notes]
    return lines


def render(p: Placement) -> Group:
    """Everything a reader needs: the card, each conclusion with its sentences, the flags,
    what the text leaves unsaid and what the reading set aside."""
    parts: list[RenderableType] = [Text(f"── {p.source} ──", style="bold cyan"),
                                   *_card_lines(p), _conclusions(p)]
    for f in p.flags:
        parts.append(Text.assemble(("non-standard: ", "bold yellow"), f.claim, " ⇒ ", f.implies))
        parts += [Text.assemble("   ", _quote(e)) for e in f.evidence]
    parts += [Text(f"unsaid: {u}", style="italic") for u in p.unsaid]
    if p.discounted:
        parts.append(Text("set aside (negated, compared, or explained by a stronger cue):",
                          style="dim"))
        parts += [Text.assemble("   ", _quote(e)) for e in p.discounted]
    return Group(*parts)
