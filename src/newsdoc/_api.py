"""The functions most users call: parse and read articles, run extraction."""

from __future__ import annotations

import os
from functools import cache

from newsdoc._errors import ReadError
from newsdoc._extract._pipeline import Pipeline, default_pipeline
from newsdoc._json import loads
from newsdoc._models import Article
from newsdoc._seed import decode, parse_seed

__all__ = ["extract", "parse", "read"]


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
) -> Article:
    """Read an article in the seed text format and extract from it.

    Args:
        text: The article text (or UTF-8 bytes): a ``date YYYY-MM-DD headline`` line,
            a blank line, and paragraphs separated by blank lines.
        source: Where the text came from; named in errors, and its file stem becomes the
            article id.
        extract: Whether to run extraction (``False`` gives just the text fields).
        pipeline: The extraction steps to run instead of the built-in ones.

    Returns:
        The Article.

    Raises:
        ParseError: If the text does not follow the format; the error names the line
            and column.
    """
    article = parse_seed(text, source=source)
    return _extract(article, extract, pipeline)


def _extract(article: Article, run: bool, pipeline: Pipeline | None) -> Article:
    return extract(article, pipeline=pipeline) if run else article


def read(path: str | os.PathLike[str], *, extract: bool = True, pipeline: Pipeline | None = None) -> Article:
    """Read one article file: seed text, or newsdoc JSON (``.json``).

    A JSON file is returned as it was written (its extraction is kept); a text file is
    parsed and, unless ``extract`` is ``False``, extracted.

    Raises:
        ReadError: If the file cannot be read.
        ParseError: If its content does not follow its format.
        ValidationError: If a JSON file is not a valid Article.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise ReadError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(name, exc.strerror or str(exc)) from None
    if name.lower().endswith(".json"):
        return loads(decode(data, path=name), source=name)
    return parse(data, source=name, extract=extract, pipeline=pipeline)
