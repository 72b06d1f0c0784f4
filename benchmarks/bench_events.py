"""How fast the ``events`` step alone reads an article, on one core.

The earlier steps (times, actors, statements) run once per article outside the timing;
the loop then times only the events step on each prepared document. Prints articles per
second; asserts nothing.

Usage:
    python benchmarks/bench_events.py [ARTICLE.txt ...] [--seconds 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsdoc
from newsdoc import Doc, EventsStep

ROOT = Path(__file__).resolve().parent.parent


def prepared(path: Path) -> tuple[Doc, list[newsdoc.Statement]]:
    """A Doc on which every step but ``events`` has run, and its statements as they were."""
    article = newsdoc.read(path, extract=False)
    doc = Doc(article=article)
    for step in newsdoc.default_pipeline().without("events"):
        step.run(doc)
    _ = doc.sentences  # computed once, as the earlier steps would have
    return doc, list(doc.statements)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    paths = args.articles or sorted(ROOT.joinpath("seeds").glob("*.txt"))
    docs = [prepared(p) for p in paths]
    step = EventsStep()
    step(docs[0][0])  # build the lexicon outside the timing
    count = 0
    elapsed = 0.0
    events = 0
    while elapsed < args.seconds:
        for doc, statements in docs:
            doc.events = []
            doc.statements = list(statements)
            doc._counters.clear()
            began = time.process_time()
            step(doc)
            elapsed += time.process_time() - began
            count += 1
            events += len(doc.events)
    chars = sum(len(d.text) for d, _ in docs) / len(docs)
    rate = count / elapsed
    print(f"events step: {rate:,.0f} articles/s on one core (CPU time), {1e6 / rate:,.0f} us per article")
    print(f"  {len(docs)} article(s) of ~{chars:,.0f} chars, {events / count:.1f} events per article")


if __name__ == "__main__":
    main()
