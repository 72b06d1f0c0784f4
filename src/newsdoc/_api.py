"""The functions most users call: parse and read articles, run extraction."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from itertools import islice
from typing import Any

from newsdoc._errors import ParseError
from newsdoc._extract._pipeline import Pipeline, default_pipeline
from newsdoc._formats import parsed_documents
from newsdoc._models import Article
from newsdoc._registry import call_with_options, get_parser
from newsdoc._seed import decode, parse_seed

__all__ = ["extract", "parse", "read", "read_all"]


@cache
def _default() -> Pipeline:
    return default_pipeline()


def extract(article: Article, *, pipeline: Pipeline | None = None) -> Article:
    """Find the actors, statements, events and times of an Article.

    Args:
        article: An Article with at least its headline and paragraphs; anything it
            already holds in its extraction lists is replaced.
        pipeline: The steps to run; by default newsdoc's built-in pipeline.

    Returns:
        A new Article with the extraction results.
    """
    return (pipeline or _default())(article)


def parse(
    text: str | bytes,
    *,
    source: str | None = None,
    extract: bool = True,
    pipeline: Pipeline | None = None,
    format: str = "seed",
    **options: Any,
) -> Article:
    """Read an article in the seed text format (or another format) and extract from it.

    Args:
        text: The article text (or UTF-8 bytes): a ``date YYYY-MM-DD headline`` line,
            a blank line, and paragraphs separated by blank lines.
        source: Where the text came from; named in errors, and its file stem becomes the
            article id.
        extract: Whether to run extraction (``False`` gives just the text fields).
        pipeline: The extraction steps to run instead of the built-in ones.
        format: The name of the text's format (see ``newsdoc formats``).
        **options: Options of the format's parser, e.g. ``date="2024-01-05"`` for ``plain``.

    Returns:
        The Article.

    Raises:
        ParseError: If the text does not follow the format; the error names the line
            and column.
        UnknownNameError: If ``format`` names no parser.
        UsageError: If a parser option is missing or unknown.
    """
    if format == "seed" and not options:
        article = parse_seed(text, source=source)
    else:
        if isinstance(text, bytes):
            text = decode(text, path=source)
        parser = get_parser(format)
        article = call_with_options(f"the {format} format", parser, text, source=source, **options)
    return _extract(article, extract, pipeline)


def _extract(article: Article, run: bool, pipeline: Pipeline | None) -> Article:
    return extract(article, pipeline=pipeline) if run else article


def read(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    extract: bool | None = None,
    pipeline: Pipeline | None = None,
    **options: Any,
) -> Article:
    """Read one article file in any registered format (see ``newsdoc formats``).

    Without ``format`` the format is guessed from the extension and content: a text file
    starting with a ``date`` header is ``seed``; a ``.json`` file is newsdoc ``json`` or
    IPTC ``ninjs`` according to its keys. A newsdoc JSON file is returned as it was
    written (its extraction is kept) unless ``extract=True``; any other format is
    extracted unless ``extract=False``.

    Args:
        path: The file.
        format: A format name (``seed``, ``json``, ``plain``, ``ninjs`` or a plugin's).
        extract: Run extraction (``True``), skip it (``False``), or decide by format (``None``).
        pipeline: The extraction steps to run instead of the built-in ones.
        **options: Options of the format's parser, e.g. ``date="2024-01-05"`` for ``plain``.

    Returns:
        The Article.

    Raises:
        ReadError: If the file cannot be read.
        ParseError: If its content does not follow its format, or it holds more than one
            article (read those with :func:`read_all`).
        ValidationError: If a JSON file is not a valid Article.
        UnknownNameError: If ``format`` names no parser.
        UsageError: If a parser option is missing or unknown (``plain`` without ``date``).
    """
    articles = list(islice(read_all(path, format=format, extract=extract, pipeline=pipeline, **options), 2))
    if len(articles) != 1:
        count = "no article" if not articles else "more than one article"
        raise ParseError(f"the file holds {count}; read it with newsdoc.read_all", path=os.fspath(path))
    return articles[0]


def read_all(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    extract: bool | None = None,
    pipeline: Pipeline | None = None,
    **options: Any,
) -> Iterator[Article]:
    """Read every article of a file lazily: one for most formats, one a line for JSON Lines.

    Takes the same arguments, and raises the same errors, as :func:`read`; ``-`` reads
    standard input, and a file whose name ends in ``.gz`` is decompressed on the fly
    (``corpus.jsonl.gz``).

    Returns:
        An iterator of Articles.
    """
    for article, keeps in parsed_documents(path, format=format, **options):
        run = (not keeps) if extract is None else extract
        yield _extract(article, run, pipeline)
