"""A readable, plain-text summary of an Article for a person at a terminal."""

from __future__ import annotations

import textwrap

from newsdoc._models import Actor, Article, Participant, Statement

__all__ = ["summary"]

_WIDTH = 88


def _name(article: Article, actor_id: str | None) -> str:
    if actor_id is None:
        return "(unknown)"
    return article.actor(actor_id).name


def _shorten(text: str, width: int = 160) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" ...")


def _actor_line(actor: Actor) -> str:
    extras = [actor.kind.value]
    if actor.country:
        extras.append(actor.country)
    if actor.title:
        extras.append(actor.title)
    line = f"  {actor.id:<4} {actor.name} ({', '.join(extras)})"
    if actor.aliases:
        line += " aka " + ", ".join(actor.aliases)
    return f"{line}; {len(actor.mentions)} mention{'s' if len(actor.mentions) != 1 else ''}"


def _statement_line(article: Article, st: Statement) -> str:
    head = f"{_name(article, st.speaker)} {st.cue}".strip()
    extras = [st.quote.value]
    if st.channel:
        extras.append(f"via {_name(article, st.channel)}")
    if st.addressee:
        extras.append(f"to {_name(article, st.addressee)}")
    if st.time:
        extras.append(f"time {st.time.value}")
    body = f"  {st.id:<4} {head}: {_shorten(st.content)} [{'; '.join(extras)}]"
    return textwrap.fill(body, width=_WIDTH, subsequent_indent=" " * 7)


def _participants(article: Article, parts: tuple[Participant, ...]) -> str:
    return ", ".join(f"{_name(article, p.actor)} ({p.role.value})" for p in parts) or "no actors"


def summary(article: Article) -> str:
    """A few readable lines: headline, date, actors, who said what, and events.

    Args:
        article: Any Article (extracted or not).

    Returns:
        Plain text, wrapped to 88 columns, ending without a newline.
    """
    lines = [
        textwrap.fill(article.headline, width=_WIDTH),
        f"{article.date.isoformat()} | {article.id} | {len(article.paragraphs)} paragraphs",
    ]
    if article.actors:
        lines += ["", f"Actors ({len(article.actors)}):"]
        lines += [_actor_line(a) for a in article.actors]
    if article.statements:
        lines += ["", f"Statements ({len(article.statements)}):"]
        lines += [_statement_line(article, s) for s in article.statements]
    if article.events:
        lines += ["", f"Events ({len(article.events)}):"]
        for ev in article.events:
            extras = [ev.status.value]
            if ev.location:
                extras.append(f"in {_name(article, ev.location)}")
            if ev.time:
                extras.append(f"time {ev.time.value}")
            kind = ev.kind + (f"/{ev.mode}" if ev.mode else "")
            lines.append(
                f"  {ev.id:<4} {kind} {ev.trigger!r}: "
                f"{_participants(article, ev.participants)} [{'; '.join(extras)}]"
            )
    if article.times:
        lines += ["", f"Times ({len(article.times)}):"]
        lines += [f"  {t.id:<4} {t.text!r} -> {t.value} ({t.type.value})" for t in article.times]
    return "\n".join(lines)
