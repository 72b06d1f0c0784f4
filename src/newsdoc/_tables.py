"""Articles flattened into tables: one row per actor, statement or event, fixed columns.

The CSV and Parquet exporters share these rows, so a spreadsheet, pandas, Polars or
DuckDB see the same columns whichever file they open. References by id are kept
(``speaker_id``) and the referred actor's name is added beside them (``speaker``), so a
table reads on its own. Missing values are ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsdoc._models import Actor, Article, Event, Role, Time

__all__ = [
    "ACTOR_COLUMNS",
    "EVENT_COLUMNS",
    "STATEMENT_COLUMNS",
    "actor_rows",
    "event_rows",
    "statement_rows",
]

Row = dict[str, Any]

#: Columns of the actors table, in order; every value is a string but ``mentions`` (a count).
ACTOR_COLUMNS: tuple[str, ...] = (
    "article_id",
    "date",
    "actor_id",
    "name",
    "kind",
    "country",
    "title",
    "affiliation_id",
    "affiliation",
    "member_ids",
    "members",
    "aliases",
    "mentions",
)
#: Columns of the statements table; ``start`` and ``end`` are offsets into the article text.
STATEMENT_COLUMNS: tuple[str, ...] = (
    "article_id",
    "date",
    "statement_id",
    "speaker_id",
    "speaker",
    "cue",
    "content",
    "quote",
    "channel_id",
    "channel",
    "addressee_id",
    "addressee",
    "time",
    "event_id",
    "start",
    "end",
)
#: Columns of the events table; agents and targets are ``|``-joined when there are several.
EVENT_COLUMNS: tuple[str, ...] = (
    "article_id",
    "date",
    "event_id",
    "kind",
    "mode",
    "trigger",
    "status",
    "agent_ids",
    "agents",
    "agent_countries",
    "target_ids",
    "targets",
    "target_countries",
    "location_id",
    "location",
    "time",
    "statement_id",
    "start",
    "end",
)


def _name(article: Article, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    return article.actor(actor_id).name


def _time(time: Time | None) -> str | None:
    return None if time is None else time.value


def _join(values: list[str]) -> str | None:
    return "|".join(values) if values else None


def actor_rows(article: Article) -> Iterator[Row]:
    """One row per actor, with the columns of :data:`ACTOR_COLUMNS`.

    Args:
        article: The article.

    Returns:
        An iterator of dicts; aliases and members (ids and names) are ``|``-joined,
        ``mentions`` is a count.
    """
    for actor in article.actors:
        yield {
            "article_id": article.id,
            "date": article.date.isoformat(),
            "actor_id": actor.id,
            "name": actor.name,
            "kind": str(actor.kind),
            "country": actor.country,
            "title": actor.title,
            "affiliation_id": actor.affiliation,
            "affiliation": _name(article, actor.affiliation),
            "member_ids": _join(list(actor.members)),
            "members": _join([article.actor(member).name for member in actor.members]),
            "aliases": _join(list(actor.aliases)),
            "mentions": len(actor.mentions),
        }


def statement_rows(article: Article) -> Iterator[Row]:
    """One row per statement, with the columns of :data:`STATEMENT_COLUMNS`.

    Args:
        article: The article.

    Returns:
        An iterator of dicts.
    """
    for st in article.statements:
        yield {
            "article_id": article.id,
            "date": article.date.isoformat(),
            "statement_id": st.id,
            "speaker_id": st.speaker,
            "speaker": _name(article, st.speaker),
            "cue": st.cue,
            "content": st.content,
            "quote": str(st.quote),
            "channel_id": st.channel,
            "channel": _name(article, st.channel),
            "addressee_id": st.addressee,
            "addressee": _name(article, st.addressee),
            "time": _time(st.time),
            "event_id": st.event,
            "start": st.span.start,
            "end": st.span.end,
        }


def participants(article: Article, event: Event, role: Role) -> list[Actor]:
    """The actors taking part in ``event`` in ``role``, in order."""
    return [article.actor(p.actor) for p in event.participants if p.role == role]


def event_rows(article: Article) -> Iterator[Row]:
    """One row per event, with the columns of :data:`EVENT_COLUMNS`.

    Args:
        article: The article.

    Returns:
        An iterator of dicts.
    """
    for ev in article.events:
        agents = participants(article, ev, Role.AGENT)
        targets = participants(article, ev, Role.TARGET)
        yield {
            "article_id": article.id,
            "date": article.date.isoformat(),
            "event_id": ev.id,
            "kind": ev.kind,
            "mode": ev.mode,
            "trigger": ev.trigger,
            "status": str(ev.status),
            "agent_ids": _join([a.id for a in agents]),
            "agents": _join([a.name for a in agents]),
            "agent_countries": _join([a.country or "" for a in agents])
            if any(a.country for a in agents)
            else None,
            "target_ids": _join([a.id for a in targets]),
            "targets": _join([a.name for a in targets]),
            "target_countries": _join([a.country or "" for a in targets])
            if any(a.country for a in targets)
            else None,
            "location_id": ev.location,
            "location": _name(article, ev.location),
            "time": _time(ev.time),
            "statement_id": ev.statement,
            "start": ev.span.start,
            "end": ev.span.end,
        }
