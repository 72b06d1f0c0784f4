"""A digest of newsdoc's output on a fixed reference corpus, to check that speed work changes nothing.

Run: python benchmarks/output_digest.py [--repeat N]

Parses the seed article, every PolNeAR dev text and every TempEval-3 TBAQ text (both
converted to the seed format as the evaluation scripts under ../shared/eval do) and prints
the article count, the SHA-256 of all ``newsdoc.dumps`` outputs and the CPU time of
parse + extract. Corpora missing under ../shared/data are skipped (and reported).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from pathlib import Path

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_65f2b42711d58410.txt"
SHARED = ROOT.parent / "shared"


def polnear_texts() -> list[tuple[str, bytes]]:
    """PolNeAR dev texts with their publication date, in the seed format."""
    split = SHARED / "data" / "polnear" / "dev"
    meta = SHARED / "data" / "polnear" / "metadata.tsv"
    if not split.is_dir() or not meta.is_file():
        return []
    with meta.open(encoding="utf-8") as fh:
        dates = {row["filename"]: row["publication_date"] for row in csv.DictReader(fh, delimiter="\t")}
    out = []
    for path in sorted((split / "text").glob("*.txt")):
        if path.stem not in dates:
            continue
        headline, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        out.append((path.name, f" date {dates[path.stem]} {headline}\n\n{body}".encode()))
    return out


def tempeval_texts() -> list[tuple[str, bytes]]:
    """TempEval-3 TBAQ texts with their creation date, in the seed format."""
    root = SHARED / "data" / "tempeval3" / "TBAQ-cleaned"
    script = SHARED / "eval"
    if not root.is_dir() or not (script / "tempeval_eval.py").is_file():
        return []
    sys.path.insert(0, str(script))
    from tempeval_eval import read_tml  # type: ignore[import-not-found]

    out = []
    for path in sorted(root.rglob("*.tml")):
        dct, text, _ = read_tml(path)
        headline, sep, rest = text.partition("\n\n")
        if sep:
            out.append((path.name, f" date {dct} {headline}\n\n{rest}\n".encode()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="parse the corpus N times for timing")
    args = parser.parse_args()
    groups = {"seed": [(SEED.name, SEED.read_bytes())], "polnear": polnear_texts(), "tempeval": tempeval_texts()}
    total = hashlib.sha256()
    newsdoc.parse(SEED.read_bytes(), source=SEED.name)  # load lexicons before timing
    for name, items in groups.items():
        digest = hashlib.sha256()
        best = float("inf")
        reps = args.repeat * (200 if name == "seed" else 1)
        for _ in range(reps):
            start = time.process_time()
            outputs = [newsdoc.dumps(newsdoc.parse(data, source=src)) for src, data in items]
            best = min(best, time.process_time() - start)
        for out in outputs:
            digest.update(out.encode())
            digest.update(b"\0")
            total.update(out.encode())
            total.update(b"\0")
        rate = len(items) / best if best else 0.0
        print(f"{name:9s} {len(items):4d} articles  {best:7.2f} s CPU  {rate:7.1f} articles/s  "
              f"sha256 {digest.hexdigest()[:16]}")
    print(f"all       sha256 {total.hexdigest()}")


if __name__ == "__main__":
    main()
