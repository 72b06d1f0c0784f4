"""Corpora on many cores or many machines, with Dask bags (``pip install newsdoc[dask]``).

    import newsdoc.dask

    bag = newsdoc.dask.read_articles("corpus/**/*.txt")
    newsdoc.dask.to_jsonl(bag, "out/part-*.jsonl.gz")

The bag is lazy: nothing is read until it is computed, by whichever Dask scheduler is
active — the local threads or processes, or a ``distributed.Client`` connected to a
cluster, with no change to this code. Dask itself is imported only when these functions
run, so ``import newsdoc`` never needs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from newsdoc._corpus import expand, read_path
from newsdoc._errors import NewsdocError
from newsdoc._json import dumps
from newsdoc._models import Article

__all__ = ["read_articles", "to_jsonl"]


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise NewsdocError(
            "newsdoc.dask needs Dask: pip install newsdoc[dask]"
        ) from None
    return dask.bag


def _read(path: str, extract: bool) -> list[Article]:
    return list(read_path(path, extract=extract))


def read_articles(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    extract: bool = True,
    partition_size: int | None = None,
) -> Any:
    """A Dask bag of the Articles in files, directories or glob patterns.

    The file names are listed here, on the client; each partition then reads, parses and
    (unless ``extract`` is false) extracts its files on whichever worker runs it. Text
    files (``.txt``), newsdoc JSON (``.json``) and JSON Lines (``.jsonl``), each optionally
    gzip-compressed, are read as by ``newsdoc parse``.

    Args:
        paths_or_glob: A path, a directory, a glob pattern (``"corpus/**/*.txt"``) or an
            iterable of them. On a cluster, the workers must see the same paths (a
            shared file system).
        extract: Run extraction on text files.
        partition_size: Files per partition; by default Dask picks about 100 partitions.

    Returns:
        A ``dask.bag.Bag`` of :class:`~newsdoc.Article`, in input order.

    Raises:
        NewsdocError: If Dask is not installed.
        ReadError: If a path does not exist or a pattern matches nothing. Errors in the
            content of a file are raised when the bag is computed.
    """
    bag = _bag_module()
    if isinstance(paths_or_glob, str | os.PathLike):
        names = [os.fspath(paths_or_glob)]
    else:
        names = [os.fspath(p) for p in paths_or_glob]
    files = list(expand(names))
    if "-" in files:
        raise NewsdocError("newsdoc.dask reads files, not standard input ('-')")
    return bag.from_sequence(files, partition_size=partition_size).map(_read, extract).flatten()


def to_jsonl(articles: Any, path_pattern: str, *, compute: bool = True) -> Any:
    """Write a bag of Articles as JSON Lines, one file per partition.

    Args:
        articles: A ``dask.bag.Bag`` of :class:`~newsdoc.Article`.
        path_pattern: A file name with one ``*``, replaced by the partition number
            (``"out/part-*.jsonl"``); ending in ``.gz`` compresses the files.
        compute: Write now (the default) or return the delayed task.

    Returns:
        The names of the files written, or a delayed object when ``compute`` is false.

    Raises:
        NewsdocError: If Dask is not installed or the pattern has no ``*``.
    """
    _bag_module()
    if "*" not in path_pattern:
        raise NewsdocError(f"the path pattern needs a '*' for the partition number, got {path_pattern!r}")
    return articles.map(dumps).to_textfiles(path_pattern, last_endline=True, compute=compute)
