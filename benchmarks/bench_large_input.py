"""How parse time grows with input size: a news article and pathological paragraphs, 10 KB .. 10 MB.

For every input kind and size the script parses one article (reader plus the default
extraction pipeline) and prints the CPU seconds per megabyte (CPU time, so that other
busy processes on the machine matter less). If every step is linear, the time per MB
stays flat as the size grows; the last column, the time per MB at the largest size
divided by that at the smallest, is then about 1. A regular expression that backtracks
catastrophically shows up as a ratio that grows with the size (or as a run that never
finishes).

Usage::

    python benchmarks/bench_large_input.py                  # 10 KB .. 10 MB, every kind
    python benchmarks/bench_large_input.py --max-mb 1       # quicker: 10 KB .. 1 MB
    python benchmarks/bench_large_input.py --kind quotes --kind periods
    python benchmarks/bench_large_input.py --no-extract     # the reader alone

A size is skipped when it would take over ``--budget`` seconds, predicted from the size
before: ten times its time if linear, more by the growth of the time per MB so far.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

import newsdoc

KB = 1_000
MB = 1_000_000
SIZES = (10 * KB, 100 * KB, 1 * MB, 10 * MB)
HEADER = "date 2023-12-28 Large input benchmark\n\n"

_ARTICLE_PARAGRAPHS = (
    'North Korean leader Kim Jong Un urged his party to "accelerate" war preparations, state media '
    "said Thursday.",
    "The comments came a week after Kim warned Pyongyang would not hesitate to launch a nuclear "
    'attack if "provoked", according to the Korean Central News Agency.',
    "Seoul, Tokyo and Washington have ramped up defense cooperation this year, and on Monday U.S. "
    "officials told reporters that talks with Mr. Lee would resume next week.",
    "\u201cWe will respond firmly,\u201d South Korea's defense minister said in a statement on Dec. 28, "
    "adding that troops had held drills with U.S. forces near the border.",
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _article(size: int) -> str:
    """A realistic article: news paragraphs, repeated to ``size`` characters of body."""
    body = "\n\n".join(_ARTICLE_PARAGRAPHS) + "\n\n"
    return HEADER + _repeat(body, size)


def _paragraph(unit: str) -> Callable[[int], str]:
    """One single paragraph of ``unit`` repeated: the worst case for per-paragraph scans."""

    def make(size: int) -> str:
        return HEADER + _repeat(unit, size) + "\n"

    return make


KINDS: dict[str, Callable[[int], str]] = {
    "article": _article,
    "quotes": _paragraph('"\u201c\u201d\'\u2018\u2019\u00ab\u00bb'),
    "periods": _paragraph("."),
    "word": _paragraph("x"),
    "said": _paragraph("said "),
    "according": _paragraph("according to "),
}
DESCRIPTIONS = {
    "article": "news paragraphs",
    "quotes": "quote marks of 8 kinds",
    "periods": "periods",
    "word": "one single word",
    "said": '"said" tokens',
    "according": '"according to" repeated',
}


def _time(text: str, *, extract: bool) -> float:
    gc.collect()
    start = time.process_time()
    newsdoc.parse(text, extract=extract)
    return time.process_time() - start


def _predicted(per_mb: list[float], sizes: list[int]) -> float:
    """The seconds the next (10x larger) size should take, from the growth so far.

    A linear step takes ten times the last; a superlinear one more, by the growth of
    the time per MB between the last two sizes (which also keeps a quadratic step from
    filling the memory).
    """
    last = per_mb[-1] * sizes[len(per_mb) - 1] / MB
    growth = per_mb[-1] / per_mb[-2] if len(per_mb) > 1 and per_mb[-2] > 0 else 1.0
    return 10 * last * max(1.0, growth)


def _limit_memory(gigabytes: float) -> None:
    """Make an allocation past ``gigabytes`` raise MemoryError (where the OS allows a limit).

    A step whose memory grows quadratically with the input would otherwise take the
    machine's memory and be killed, not reported.
    """
    try:
        import resource
    except ImportError:  # not on Windows
        return
    limit = int(gigabytes * 1e9)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _label(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size // KB} KB"


def main() -> None:
    """Parse every kind at every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--max-mb", type=float, default=10, help="largest size in MB (default 10)")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="input kinds (default all)")
    parser.add_argument("--no-extract", action="store_true", help="time the reader only")
    parser.add_argument(
        "--budget", type=float, default=120.0,
        help="skip the next (10x larger) size of a kind when it should take over BUDGET s",
    )
    parser.add_argument(
        "--memory-gb", type=float, default=8.0,
        help="stop a kind whose parse needs more memory than this (default 8 GB)",
    )
    args = parser.parse_args()
    _limit_memory(args.memory_gb)
    sizes = [s for s in SIZES if s <= args.max_mb * MB]
    kinds = args.kind or list(KINDS)
    extract = not args.no_extract

    newsdoc.parse(_article(10 * KB), extract=extract)  # load lexicons and compile patterns first

    what = "reader + extraction" if extract else "reader only"
    print(f"newsdoc {newsdoc.__version__}: CPU seconds per MB of input ({what})\n")
    head = f"{'input':<36}" + "".join(f"{_label(s):>10}" for s in sizes) + f"{'ratio':>8}"
    print(head)
    print("-" * len(head))
    for kind in kinds:
        per_mb: list[float] = []
        out_of_memory = False
        for size in sizes:
            if per_mb and _predicted(per_mb, sizes) > args.budget:
                break  # the next size would take over the budget: the curve is clear already
            text = KINDS[kind](size)
            runs = 3 if size <= 100 * KB else 1
            try:
                best = min(_time(text, extract=extract) for _ in range(runs))
            except MemoryError:
                out_of_memory = True
                break
            per_mb.append(best / (len(text) / MB))
        ratio = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("nan")
        missing = len(sizes) - len(per_mb)
        cells = "".join(f"{v:>10.3f}" for v in per_mb)
        if out_of_memory:
            cells += f"{'memory':>10}"
            missing -= 1
        cells += f"{'skipped':>10}" * missing
        print(f"{kind + ' (' + DESCRIPTIONS[kind] + ')':<36}{cells}{ratio:>8.2f}", flush=True)
    print("\nratio = s/MB at the largest size run / s/MB at the smallest; ~1 means linear.")
    print(f"skipped = not run: predicted to take over {args.budget:g} s (--budget).")
    print(f"memory = stopped: the parse needed over {args.memory_gb:g} GB (--memory-gb).")


if __name__ == "__main__":
    main()
