"""Loading the lexicons shipped under ``newsdoc/data`` (read once, then cached).

Lexicons are plain data files, so users can read, review and extend them without
touching code. Text lists hold one entry per line; ``#`` starts a comment. Tables are
tab-separated with a header line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["data_text", "load_list", "load_table"]


def data_text(name: str) -> str:
    """The text of a packaged data file, e.g. ``data_text("abbreviations.txt")``."""
    return resources.files("newsdoc").joinpath("data", name).read_text(encoding="utf-8")


def _content_lines(text: str) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@cache
def load_list(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line list, without comments and blank lines."""
    return tuple(_content_lines(data_text(name)))


@cache
def load_set(name: str) -> frozenset[str]:
    """The entries of a one-per-line list as a set, made once per process.

    Steps look words up in these sets for every token; building one per article made
    the lists' size a cost of every article.
    """
    return frozenset(load_list(name))


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a tab-separated table with a header line, as dicts.

    Lines starting with ``#`` are comments; empty cells are empty strings.
    """
    lines = [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return ()
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return tuple(rows)
