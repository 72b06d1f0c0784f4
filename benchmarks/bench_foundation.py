"""Per-article cost of the foundation: reading the seed format and the JSON round trip.

Run: python benchmarks/bench_foundation.py [--repeat N]

Prints microseconds per article for parse without extraction, parse with the default
pipeline, dumps, loads and the full round trip, on the seed article.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import newsdoc

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_65f2b42711d58410.txt"


def per_call_us(func: Callable[[], object], repeat: int) -> float:
    """The best of five runs of ``repeat`` calls, in microseconds per call."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            func()
        best = min(best, (time.perf_counter() - start) / repeat)
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=500)
    args = parser.parse_args()
    data = SEED.read_bytes()
    article = newsdoc.parse(data, source=str(SEED))
    text = newsdoc.dumps(article)
    rows = [
        ("parse, no extraction", lambda: newsdoc.parse(data, source="seed.txt", extract=False)),
        ("parse + extract", lambda: newsdoc.parse(data, source="seed.txt")),
        ("dumps", lambda: newsdoc.dumps(article)),
        ("loads", lambda: newsdoc.loads(text)),
        ("round trip (dumps+loads)", lambda: newsdoc.loads(newsdoc.dumps(article))),
    ]
    print(f"seed article: {len(data)} bytes, {len(article.actors)} actors, {len(article.statements)} statements, "
          f"{len(article.events)} events, {len(article.times)} times")
    for label, func in rows:
        us = per_call_us(func, args.repeat)
        print(f"{label:28s} {us:9.1f} us/article  {1e6 / us:10.0f} articles/s")


if __name__ == "__main__":
    main()
