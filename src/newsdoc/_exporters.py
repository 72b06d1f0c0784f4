"""The built-in exporters: IPTC ninjs, PLOVER-style event records, CSV and Parquet tables.

Each is registered under its name in the ``newsdoc.exporters`` entry point group, as a
plugin's exporter would be, and is an :class:`~newsdoc.Exporter`: called with an
iterable of Articles and an ``output`` (a file, ``None`` for standard output, or a
directory for the table formats), it writes them and returns how many records it wrote.
Articles are consumed one at a time, so a corpus never has to fit in memory (Parquet
tables are written in row groups).
"""

from __future__ import annotations

import bisect
import csv
import importlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

import orjson

from newsdoc._errors import PluginError, ReadError, UsageError
from newsdoc._extract._text import sentence_spans
from newsdoc._models import Actor, ActorKind, Article, Role
from newsdoc._registry import get_exporter
from newsdoc._tables import (
    ACTOR_COLUMNS,
    EVENT_COLUMNS,
    STATEMENT_COLUMNS,
    Row,
    actor_rows,
    event_rows,
    participants,
    statement_rows,
)

__all__ = [
    "export",
    "export_csv",
    "export_ninjs",
    "export_parquet",
    "export_plover",
    "plover_records",
    "to_ninjs",
]

#: The ninjs version :func:`to_ninjs` writes, and the schema it declares.
NINJS_VERSION = "2.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"

_PEOPLE = (ActorKind.PERSON,)
_ORGANISATIONS = (ActorKind.ORGANIZATION, ActorKind.GROUP)
_PLACES = (ActorKind.COUNTRY, ActorKind.LOCATION)


def _roles(article: Article) -> dict[str, str]:
    """How each actor relates to the article, for ninjs ``rel``: speaker, agent, target or mentioned."""
    rel: dict[str, str] = {}
    for st in article.statements:
        if st.speaker is not None:
            rel.setdefault(st.speaker, "speaker")
    for ev in article.events:
        for p in ev.participants:
            if p.role != Role.OTHER:
                rel.setdefault(p.actor, str(p.role))
    return rel


def _ninjs_actor(actor: Actor, rel: str) -> dict[str, str]:
    item = {"name": actor.name, "rel": rel, "literal": actor.id}
    if actor.kind == ActorKind.COUNTRY and actor.country:
        item["literal"] = actor.country  # an ISO 3166-1 alpha-3 code identifies a country
    return item


def to_ninjs(article: Article) -> dict[str, Any]:
    """An Article as an IPTC ninjs 2.x object.

    The headline and paragraphs become ``headlines`` and a ``text/plain`` body; the date
    becomes ``firstcreated`` and ``versioncreated`` (midnight UTC); actors go to
    ``people``, ``organisations`` (organisations and groups) and ``places`` (countries,
    with their ISO 3166-1 alpha-3 code as ``literal``, and locations), each with ``rel``
    saying whether it is a speaker, an event's agent or target, or just mentioned;
    events go to ``events`` and their types, once each, to ``subjects``
    (``literal: "plover:ASSAULT"``).

    Args:
        article: The article.

    Returns:
        A JSON-ready dict that validates against the ninjs 2.1 JSON Schema.
    """
    stamp = f"{article.date.isoformat()}T00:00:00Z"
    body = "\n\n".join(article.paragraphs)
    obj: dict[str, Any] = {
        "uri": f"urn:newsdoc:article:{quote(article.id, safe='')}",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationtype": "full",
        "firstcreated": stamp,
        "versioncreated": stamp,
        "language": "en",
        "headlines": [{"role": "main", "value": article.headline}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/plain",
                "value": body,
                "charcount": len(body),
                "wordcount": len(body.split()),
            }
        ],
    }
    rel = _roles(article)
    for key, kinds in (("people", _PEOPLE), ("organisations", _ORGANISATIONS), ("places", _PLACES)):
        items = [_ninjs_actor(a, rel.get(a.id, "mentioned")) for a in article.actors if a.kind in kinds]
        if items:
            obj[key] = items
    if article.events:
        obj["events"] = [
            {"name": f"{ev.kind}: {ev.trigger}", "rel": str(ev.status), "literal": ev.id}
            for ev in article.events
        ]
        types = dict.fromkeys(ev.kind for ev in article.events)
        obj["subjects"] = [{"name": kind, "rel": "about", "literal": f"plover:{kind}"} for kind in types]
    return obj


def _first(actors: list[Actor]) -> Actor | None:
    return actors[0] if actors else None


def plover_records(article: Article) -> Iterator[dict[str, Any]]:
    """PLOVER-style event records of an Article, one per event.

    Each record has ``id`` (``article_id:event_id``), ``article_id``, ``event_id``,
    ``date``, ``event_type``, ``mode``, ``status``, ``trigger``, ``actor1`` /
    ``actor1_country`` (the first agent), ``actor2`` / ``actor2_country`` (the first
    target), ``location``, ``time`` (a TIMEX3 value), ``statement_id`` and ``sentence``
    (the sentence holding the trigger).

    Args:
        article: The article.

    Returns:
        An iterator of JSON-ready dicts.
    """
    if not article.events:
        return
    sentences = sentence_spans(article.text)
    starts = [s.start for s in sentences]
    for ev in article.events:
        i = bisect.bisect_right(starts, ev.span.start) - 1
        sentence = article.span_text(sentences[i]) if i >= 0 and ev.span.start < sentences[i].end else None
        agent = _first(participants(article, ev, Role.AGENT))
        target = _first(participants(article, ev, Role.TARGET))
        location = article.actor(ev.location) if ev.location else None
        yield {
            "id": f"{article.id}:{ev.id}",
            "article_id": article.id,
            "event_id": ev.id,
            "date": article.date.isoformat(),
            "event_type": ev.kind,
            "mode": ev.mode,
            "status": str(ev.status),
            "trigger": ev.trigger,
            "actor1": agent.name if agent else None,
            "actor1_country": agent.country if agent else None,
            "actor2": target.name if target else None,
            "actor2_country": target.country if target else None,
            "location": location.name if location else None,
            "time": ev.time.value if ev.time else None,
            "statement_id": ev.statement,
            "sentence": sentence,
        }


@contextmanager
def _stream(output: str | None) -> Iterator[IO[bytes]]:
    """Standard output, or a file that replaces ``output`` only once it is complete."""
    if output is None or output == "-":
        yield sys.stdout.buffer
        sys.stdout.flush()
        return
    target = Path(output)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        fh = open(tmp, "wb")  # noqa: SIM115 - closed below, before the file replaces the target
    except OSError as exc:
        raise ReadError(output, exc.strerror or str(exc)) from None
    try:
        with fh:
            yield fh
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _lines(records: Iterable[dict[str, Any]], output: str | None) -> int:
    count = 0
    with _stream(output) as out:
        for record in records:
            out.write(orjson.dumps(record))
            out.write(b"\n")
            count += 1
    return count


def export_ninjs(articles: Iterable[Article], /, *, output: str | None = None) -> int:
    """Write each Article as one ninjs 2.x object a line (see :func:`to_ninjs`).

    Args:
        articles: The articles.
        output: The file to write (replaced only when complete), or ``None`` for stdout.

    Returns:
        How many objects were written.

    Raises:
        ReadError: If the file cannot be written.
    """
    return _lines((to_ninjs(a) for a in articles), output)


def export_plover(articles: Iterable[Article], /, *, output: str | None = None) -> int:
    """Write every event as one PLOVER-style JSON record a line (see :func:`plover_records`).

    Args:
        articles: The articles.
        output: The file to write (replaced only when complete), or ``None`` for stdout.

    Returns:
        How many events were written.

    Raises:
        ReadError: If the file cannot be written.
    """
    return _lines((r for a in articles for r in plover_records(a)), output)


_TABLES: tuple[tuple[str, tuple[str, ...], Callable[[Article], Iterator[Row]]], ...] = (
    ("actors", ACTOR_COLUMNS, actor_rows),
    ("statements", STATEMENT_COLUMNS, statement_rows),
    ("events", EVENT_COLUMNS, event_rows),
)


def _directory(output: str | None) -> Path:
    if not output:
        raise ReadError("-", "this exporter writes several files: give a directory")
    path = Path(output)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadError(output, exc.strerror or str(exc)) from None
    if not path.is_dir():
        raise ReadError(output, "is not a directory")
    return path


class _CsvExporter:
    needs_directory = True

    def __call__(self, articles: Iterable[Article], /, *, output: str | None = None) -> int:
        """Write ``actors.csv``, ``statements.csv`` and ``events.csv`` into a directory.

        One row per item with its ``article_id``; the columns are those of
        :mod:`newsdoc._tables` (UTF-8, a header line, empty cells for missing values).

        Returns:
            How many rows were written, over the three tables.

        Raises:
            ReadError: If the directory or a file cannot be written.
        """
        directory = _directory(output)
        count = 0
        try:
            with ExitStack() as stack:
                writers = []
                for name, cols, _ in _TABLES:
                    fh = stack.enter_context(
                        open(directory / f"{name}.csv", "w", encoding="utf-8", newline="")
                    )
                    writer = csv.DictWriter(fh, fieldnames=cols)
                    writer.writeheader()
                    writers.append(writer)
                for article in articles:
                    for writer, (_, _, rows) in zip(writers, _TABLES, strict=True):
                        for row in rows(article):
                            writer.writerow(row)
                            count += 1
        except ReadError:
            raise
        except OSError as exc:
            raise ReadError(str(directory), exc.strerror or str(exc)) from None
        return count


#: Write the three tables as CSV files into the ``output`` directory.
export_csv = _CsvExporter()

_BATCH = 2000


def _arrow() -> Any:
    try:
        pyarrow = importlib.import_module("pyarrow")
        importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise PluginError("parquet", "Parquet export needs pyarrow: pip install newsdoc[arrow]") from None
    return pyarrow


class _ParquetExporter:
    needs_directory = True

    def __call__(self, articles: Iterable[Article], /, *, output: str | None = None) -> int:
        """Write ``actors.parquet``, ``statements.parquet`` and ``events.parquet`` into a directory.

        The same columns as the CSV tables, typed (offsets and counts as integers,
        the rest as strings), readable by pandas, Polars and DuckDB.

        Returns:
            How many rows were written, over the three tables.

        Raises:
            PluginError: If pyarrow is not installed (``pip install newsdoc[arrow]``).
            ReadError: If the directory or a file cannot be written.
        """
        pa = _arrow()
        directory = _directory(output)
        ints = {"mentions", "start", "end"}
        schemas = [
            pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in cols]) for _, cols, _ in _TABLES
        ]
        buffers: list[list[Row]] = [[] for _ in _TABLES]
        count = 0
        writers = [
            pa.parquet.ParquetWriter(str(directory / f"{name}.parquet"), schema)
            for (name, _, _), schema in zip(_TABLES, schemas, strict=True)
        ]

        def flush(i: int) -> None:
            if buffers[i]:
                writers[i].write_table(pa.Table.from_pylist(buffers[i], schema=schemas[i]))
                buffers[i] = []

        try:
            for article in articles:
                for i, (_, _, rows) in enumerate(_TABLES):
                    for row in rows(article):
                        buffers[i].append(row)
                        count += 1
                    if len(buffers[i]) >= _BATCH:
                        flush(i)
            for i in range(len(_TABLES)):
                flush(i)
        except ReadError:
            raise
        except OSError as exc:
            raise ReadError(str(directory), exc.strerror or str(exc)) from None
        finally:
            for writer in writers:
                writer.close()
        return count


#: Write the three tables as Parquet files into the ``output`` directory (needs pyarrow).
export_parquet = _ParquetExporter()


def export(articles: Iterable[Article], *, to: str, output: str | os.PathLike[str] | None = None) -> int:
    """Write Articles with a registered exporter (see ``newsdoc exporters``).

    Args:
        articles: The articles (any iterable; read lazily).
        to: The exporter name: ``ninjs``, ``plover``, ``csv``, ``parquet`` or a plugin's.
        output: A file (``None`` for standard output) or, for ``csv`` and ``parquet``, a
            directory.

    Returns:
        How many records were written.

    Raises:
        UnknownNameError: If no exporter has that name (the message lists those that do).
        UsageError: If the exporter writes several files and no directory is given.
        ReadError: If the output cannot be written.
        PluginError: If the exporter needs a package that is not installed.
    """
    exporter = get_exporter(to)
    if getattr(exporter, "needs_directory", False) and output is None:
        raise UsageError(f"the {to} exporter writes several files: give a directory as output")
    return exporter(articles, output=None if output is None else os.fspath(output))
