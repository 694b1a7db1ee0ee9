"""`genmap place` against its limits: how long a text takes, and how often it is right.

The issue asks for a text placed "in well under a second on a CPU" and for the right
primary paradigm on >= 95 % of texts (the exact set of paradigms on >= 85 %). One run:
- every labelled text of tests/place_corpus/ is placed once (after one warm-up placement
  that loads the lexicon): ms per text (median, 95th percentile, max) and characters per
  second, with the primary and exact-set agreement with the labels. These sets were tuned
  on after their first run, so their agreement is an upper figure; the README quotes the
  first runs on unseen sets separately;
- a long paste, the corpus's texts joined up to about the length of a full paper
  (45,000 characters), placed three times: the best time, as a ratio to the 1 s limit;
- the objectives named with evidence against tests/place_objectives/, 720 texts of the
  blind checks whose stated losses were labelled by readers who never saw genmap: how often
  the set equals the labelled one, precision and recall, for the 360 texts the reader was
  tuned on and the 360 labelled after (held out when first measured). A label
  "adversarial (unspecified)" accepts any adversarial form.
Times are the calling thread's CPU time, so other load on the machine does not count.

    python benchmarks/place.py [--quick] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from genmap.place import load_lexicon, place_text, read_source

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "place_corpus"
OBJECTIVES = CORPUS.parent / "place_objectives"
LIMIT_S = 1.0
ADVERSARIAL = {"minimax", "non-saturating", "hinge", "Wasserstein critic", "adversarial loss"}


def objective_agreement(quick: bool) -> dict[str, dict[str, float]]:
    """Per labelled set: texts whose stated objectives equal the label, precision, recall."""
    labels = json.loads((OBJECTIVES / "labels.json").read_text())
    out: dict[str, dict[str, float]] = {}
    for tag in ("tuned", "held-out"):
        keys = sorted(k for k, v in labels.items() if v["set"] == tag)[:5 if quick else None]
        same = tp = fp = fn = 0
        for key in keys:
            placed = place_text(read_source(OBJECTIVES / key))
            got = {c.value for c in placed.of_kind("objective") if c.stated}
            want = set(labels[key]["objectives"])
            if "adversarial (unspecified)" in want:
                want = (want - {"adversarial (unspecified)"}) | (got & ADVERSARIAL or {"?"})
            same += got == want
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        out[tag] = {"texts": len(keys), "same_set": same,
                    "precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1)}
    return out


def labelled(quick: bool) -> list[tuple[str, str, dict[str, Any]]]:
    """(set/name, text, label) for every labelled corpus text (three per set if quick)."""
    out = []
    for part in sorted(p for p in CORPUS.iterdir() if (p / "labels.json").exists()):
        labels = json.loads((part / "labels.json").read_text())
        for name in sorted(labels)[:3 if quick else None]:
            out.append((f"{part.name}/{name}", read_source(part / name), labels[name]))
    return out


def cpu_seconds(text: str) -> tuple[float, Any]:
    t0 = time.thread_time()
    placed = place_text(text)
    return time.thread_time() - t0, placed


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="three texts per set (CI)")
    p.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    load_lexicon()
    cases = labelled(args.quick)
    place_text(cases[0][1])  # warm-up: compiled patterns are cached after the first text
    times, primary, exact = [], 0, 0
    for _, text, label in cases:
        s, placed = cpu_seconds(text)
        times.append(s)
        primary += placed.primary == label["primary"]
        exact += placed.paradigms == set(label["paradigms"])
    chars = sum(len(text) for _, text, _ in cases)
    long = ""
    for _, text, _ in cases * 10:  # the quick corpus is short: repeat it to the length
        if len(long) >= 45_000:
            break
        long += text + "\n\n"
    long_s = min(cpu_seconds(long)[0] for _ in range(1 if args.quick else 3))
    ms = sorted(1000 * t for t in times)
    report = {
        "texts": len(cases), "chars": chars,
        "ms_per_text": {"median": statistics.median(ms), "p95": ms[int(0.95 * (len(ms) - 1))],
                        "max": ms[-1]},
        "chars_per_s": chars / sum(times),
        "long_paste": {"chars": len(long), "s": long_s, "vs_limit": long_s / LIMIT_S},
        "primary": primary, "exact": exact, "objectives": objective_agreement(args.quick),
    }
    (args.out / "place.json").write_text(json.dumps(report, indent=2))
    n, m = len(cases), report["ms_per_text"]
    md = (f"| measure | value |\n|---|---|\n"
          f"| texts placed (tests/place_corpus) | {n} ({chars} characters) |\n"
          f"| CPU ms per text: median / p95 / max | {m['median']:.0f} / {m['p95']:.0f} / "
          f"{m['max']:.0f} |\n"
          f"| characters per CPU second | {report['chars_per_s']:.0f} |\n"
          f"| long paste ({len(long)} characters), best of {1 if args.quick else 3} | "
          f"{long_s:.2f} s = {long_s / LIMIT_S:.2f}x the 1 s limit |\n"
          f"| right primary paradigm (tuned sets) | {primary}/{n} ({100 * primary / n:.1f} %) |\n"
          f"| right set of paradigms (tuned sets) | {exact}/{n} ({100 * exact / n:.1f} %) |\n")
    for tag, o in report["objectives"].items():
        md += (f"| objectives stated = labelled, {tag} (precision / recall) | "
               f"{o['same_set']}/{o['texts']} ({o['precision']:.2f} / {o['recall']:.2f}) |\n")
    (args.out / "place.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
