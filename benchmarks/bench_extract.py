"""Articles per second for parsing alone and for parsing plus extraction, on one core.

Usage: ``python benchmarks/bench_extract.py [--seconds N]``. Runs on the seed articles,
and on the PolNeAR dev texts when ``../shared/data`` is there. Prints which build runs
(pure Python or compiled; run it from each environment to compare them). Prints;
asserts nothing.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def _rate(texts: list[str], run: Callable[[str], object], seconds: float) -> float:
    done = 0
    start = time.perf_counter()
    while True:
        for text in texts:
            run(text)
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def _report(label: str, texts: list[str], seconds: float) -> None:
    parse_only = _rate(texts, lambda t: newsdoc.parse(t, extract=False), seconds)
    full = _rate(texts, newsdoc.parse, seconds)
    steps = newsdoc.default_pipeline().names
    print(f"{label}: {len(texts)} articles, {sum(map(len, texts)) // len(texts)} chars on average")
    print(f"  parse only          {parse_only:10.0f} articles/s")
    print(f"  parse + extract     {full:10.0f} articles/s   (steps: {', '.join(steps)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("seeds").glob("*.txt"))]
    newsdoc.parse(seeds[0])  # load the lexicons before timing
    compiled = getattr(newsdoc, "COMPILED", False)  # older versions had no compiled build
    print(f"newsdoc {newsdoc.__version__}, {'compiled (mypyc)' if compiled else 'pure Python'} build")
    _report("seed", seeds, args.seconds)
    if POLNEAR.is_dir():
        texts = []
        for path in sorted(POLNEAR.glob("*.txt")):
            headline, _, body = path.read_text(encoding="utf-8").partition("\n\n")
            texts.append(f" date 2016-09-01 {headline.strip() or 'Untitled'}\n\n{body.strip()}")
        _report("PolNeAR dev", texts, args.seconds)


if __name__ == "__main__":
    main()
