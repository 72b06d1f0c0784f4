"""An example newsdoc plugin: the ``wire`` format and the ``datelines`` extraction step.

Both are plain Python objects; the plugin's ``pyproject.toml`` declares them as entry
points in the ``newsdoc.parsers`` and ``newsdoc.extractors`` groups, which is all
newsdoc needs to find them.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

import newsdoc

__all__ = ["DatelineStep", "parse_wire"]

_FIELD = re.compile(r"([A-Z]+):[ \t]*(.*)")
# an all-capitals place of one to four words, then a comma, at the start of the story
_DATELINE = re.compile(r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}),")


def parse_wire(text: str, /, *, source: str | None = None) -> newsdoc.Article:
    """Read a story in the ``wire`` format.

    ``HEADLINE:`` and ``DATE:`` lines (in any order, other ``KEY:`` lines ignored), a
    blank line, then the paragraphs, separated by blank lines.

    Args:
        text: The story.
        source: The file it came from; its stem becomes the article id.

    Returns:
        The Article (newsdoc runs extraction on it afterwards).

    Raises:
        newsdoc.ParseError: If the headline or the date is missing or the date is bad.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    fields: dict[str, str] = {}
    body_start = len(lines)
    for number, line in enumerate(lines):
        if not line.strip():
            body_start = number + 1
            break
        match = _FIELD.fullmatch(line.strip())
        if match is None:
            raise newsdoc.ParseError(
                f"expected a 'KEY: value' header line, got {line[:40]!r}", path=source, line=number + 1, column=1
            )
        fields[match.group(1)] = match.group(2).strip()
    if not fields.get("HEADLINE"):
        raise newsdoc.ParseError("missing the 'HEADLINE:' line", path=source, line=1)
    try:
        date = dt.date.fromisoformat(fields.get("DATE", ""))
    except ValueError:
        raise newsdoc.ParseError("expected a 'DATE: YYYY-MM-DD' line", path=source, line=1) from None
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines[body_start:], ""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    article_id = PurePath(source).stem if source and source != "<stdin>" else "wire"
    return newsdoc.Article(id=article_id, date=date, headline=fields["HEADLINE"], paragraphs=paragraphs)


class DatelineStep:
    """Add the dateline's place ("SEOUL, Dec 28 -") as a location actor.

    The actor's name is the place in title case; its mention is the capitalized text.
    """

    def __call__(self, doc: newsdoc.Doc) -> None:
        """Find the dateline at the start of the first paragraph."""
        if len(doc.article.paragraph_spans) < 2:
            return
        start = doc.article.paragraph_spans[1].start
        match = _DATELINE.match(doc.text, start)
        if match is None:
            return
        place = match.group(1)
        mention = newsdoc.Mention(start=match.start(1), end=match.end(1), text=place)
        if any(m.start < mention.end and mention.start < m.end for a in doc.actors for m in a.mentions):
            return  # an earlier step already knows who this is
        for i, actor in enumerate(doc.actors):
            if actor.name.casefold() == place.casefold():
                doc.actors[i] = newsdoc.Actor(
                    id=actor.id,
                    name=actor.name,
                    kind=actor.kind,
                    country=actor.country,
                    title=actor.title,
                    affiliation=actor.affiliation,
                    aliases=actor.aliases,
                    mentions=sorted([*actor.mentions, mention], key=lambda m: m.start),
                )
                return
        taken = {a.id for a in doc.actors}
        actor_id = doc.new_id("a")
        while actor_id in taken:
            actor_id = doc.new_id("a")
        doc.actors.append(
            newsdoc.Actor(id=actor_id, name=place.title(), kind=newsdoc.ActorKind.LOCATION, mentions=[mention])
        )
