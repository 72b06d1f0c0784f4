"""Coverage-guided fuzzing of the seed reader and the JSON loader with atheris.

Every input is given to ``newsdoc.parse`` (as bytes, and as text when it decodes) and to
``newsdoc.loads``. The target checks the two promises newsdoc makes about bad input:

- only :class:`newsdoc.NewsdocError` escapes (anything else is a crash, and libFuzzer
  saves the input as ``crash-*``); the reader refuses only with ``ParseError``;
- every accepted input round-trips exactly: ``loads(dumps(a)) == a``.

Run it (``pip install -e ".[fuzz]"`` first)::

    python fuzz/fuzz_reader.py -runs=10000
    python fuzz/fuzz_reader.py -max_total_time=600 -max_len=4096

libFuzzer options pass through. Unless a corpus directory is named, the seed corpus in
``fuzz/corpus`` is copied to a temporary directory first, so new inputs libFuzzer finds
do not pile up in the repository. At the end the script prints how many inputs it ran,
how many were accepted and how many were refused, by kind of error.
"""

from __future__ import annotations

import atexit
import collections
import os
import re
import shutil
import sys
import tempfile

import atheris

with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
# quoted values, hex bytes, numbers (but not the 8 of UTF-8) and parenthesized details
_VALUES = re.compile(r"'[^']*'|\"[^\"]*\"|\b0x[0-9a-f]+\b|(?<![\w-])\d+(?:\.\d+)?(?:e[+-]?\d+)?\b|\([^)]*\)")

counts: collections.Counter[str] = collections.Counter()
rejected: collections.Counter[str] = collections.Counter()


def _kind(error: newsdoc.NewsdocError) -> str:
    """The kind of refusal, without the input-specific parts (values, numbers)."""
    if isinstance(error, newsdoc.ValidationError):
        message = error.problems[0].message if error.problems else "no problems"
    else:
        message = getattr(error, "reason", str(error))
    return f"{type(error).__name__}: {_VALUES.sub('…', message)[:70]}"


def _check(label: str, run: object, refusal: type[newsdoc.NewsdocError]) -> None:
    assert callable(run)
    try:
        article = run()
    except refusal as error:
        counts[f"{label} rejected"] += 1
        rejected[f"{label} {_kind(error)}"] += 1
        return
    counts[f"{label} accepted"] += 1
    again = newsdoc.loads(newsdoc.dumps(article))
    if again != article:
        raise AssertionError(f"{label}: the article does not round-trip through JSON")


_RUNS = 0  # the -runs=N target, so the summary prints after the last input


def test_one_input(data: bytes) -> None:
    """The fuzz target: one input, through the reader (bytes and text) and the JSON loader."""
    counts["inputs"] += 1
    try:
        _run_one(data)
    finally:
        if counts["inputs"] == _RUNS:
            _report()


def _run_one(data: bytes) -> None:
    # the reader refuses only with ParseError: a ValidationError from parse would mean an
    # extraction step built an inconsistent Article, which is a bug
    _check("reader(bytes)", lambda: newsdoc.parse(data, source="fuzz.txt"), newsdoc.ParseError)
    try:
        text = data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        counts["reader(text) skipped: not decodable"] += 1
    else:
        _check("reader(text)", lambda: newsdoc.parse(text, source="fuzz.txt"), newsdoc.ParseError)
    _check("json", lambda: newsdoc.loads(data, source="fuzz.json"), newsdoc.NewsdocError)


def _report() -> None:
    if not counts["inputs"] or counts["reported"]:
        return
    counts["reported"] = 1
    out = sys.stderr
    print("\n== newsdoc fuzz summary ==", file=out)
    for key in sorted(k for k in counts if k != "reported"):
        print(f"{counts[key]:>9}  {key}", file=out)
    print("-- refused, by kind --", file=out)
    for key, value in rejected.most_common():
        print(f"{value:>9}  {key}", file=out)
    print("crashes: 0 (a crash stops the run and is reported by libFuzzer above)", file=out)
    out.flush()


def main() -> None:
    global _RUNS
    argv = list(sys.argv)
    for arg in argv[1:]:
        if arg.startswith("-runs="):
            _RUNS = int(arg.split("=", 1)[1])
    if not any(not a.startswith("-") for a in argv[1:]):
        work = tempfile.mkdtemp(prefix="newsdoc-fuzz-")
        for name in os.listdir(CORPUS):
            shutil.copy(os.path.join(CORPUS, name), work)
        argv.append(work)
    atexit.register(_report)  # for runs that end some other way (-max_total_time, Ctrl-C)
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
