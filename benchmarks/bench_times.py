"""How many seed-sized articles per second the ``times`` step reads on one core.

Rates are in CPU time of this process (``time.process_time``), so other programs running
on the machine do not lower them.

Run: ``python benchmarks/bench_times.py [SEED_FILE] [--seconds N]``. It prints the rate of
:func:`newsdoc.find_times` on the article text, and of the ``times`` step through a
one-step pipeline (which also builds and validates the Article).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsdoc
from newsdoc import Pipeline, Step
from newsdoc._extract._times import times_step

ROOT = Path(__file__).resolve().parent.parent


def _rate(fn: object, seconds: float) -> float:
    call = fn  # a zero-argument callable
    assert callable(call)
    call()  # warm the caches (lexicon, compiled pattern)
    n, start = 0, time.process_time()
    while (elapsed := time.process_time() - start) < seconds:
        for _ in range(50):
            call()
        n += 50
    return n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("seed", nargs="?", default=str(ROOT / "seeds" / "000_65f2b42711d58410.txt"))
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    article = newsdoc.read(args.seed, extract=False)
    text, anchor = article.text, article.date
    only_times = Pipeline([Step(name="times", run=times_step)])
    found = newsdoc.find_times(text, anchor)
    print(f"article: {len(text)} characters, {len(found)} time expressions")
    print(f"find_times:  {_rate(lambda: newsdoc.find_times(text, anchor), args.seconds):,.0f} articles/s")
    rate = _rate(lambda: only_times(article), args.seconds)
    print(f"times step:  {rate:,.0f} articles/s (with Article validation)")


if __name__ == "__main__":
    main()
