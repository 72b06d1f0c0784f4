"""Every Hypothesis strategy the tests use, in one place.

- :func:`arbitrary_text` and :func:`arbitrary_bytes`: anything at all.
- :func:`seed_articles`: valid articles in the seed text format.
- :func:`mutated_seeds`: the seed article (or a generated one) broken in the ways real
  files break: quote marks of every kind, NUL, a BOM in the middle, bidi and other format
  characters, lone surrogates (as bytes), truncation, repeated blocks, huge paragraphs,
  CR-only line endings, tabs, NBSP-only lines.
- :func:`articles`: valid :class:`newsdoc.Article` objects with actors, statements,
  events and times whose spans and references are consistent; the JSON round-trip
  property runs over them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import strategies as st

import newsdoc

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_65f2b42711d58410.txt"
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")

#: Every quotation mark a news text may use (ASCII, typographic, guillemets, CJK, primes).
QUOTE_MARKS = (
    '"', "'", "`", "\u2018", "\u2019", "\u201a", "\u201b", "\u201c", "\u201d", "\u201e", "\u201f",
    "\u00ab", "\u00bb", "\u2039", "\u203a", "\u300c", "\u300d", "\u300e", "\u300f", "\u301d",
    "\u301e", "\uff02", "\uff07", "\u2032", "\u2033", "``", "''", "\u201c\u201c", "\u201d\u201d",
)
#: Invisible format characters: BOM, bidi marks and embeddings, joiners, soft hyphen.
FORMAT_CHARS = (
    "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
    "\u2067", "\u2068", "\u2069", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad",
)
#: Characters that some software takes for line or paragraph breaks.
BREAK_CHARS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
#: UTF-8 encodings of lone surrogates (CESU-8 style), which strict UTF-8 must refuse.
SURROGATE_BYTES = (b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xb2\xa9")

_WORDS = (
    "the", "minister", "said", "told", "reporters", "on", "Monday", "that", "North", "Korea",
    "would", "according", "to", "state", "media", "warned", "talks", "in", "Seoul", "Washington",
    "U.S.", "Mr.", "Kim", "Jong", "Un", "urged", "yesterday", "last", "week", "2023", "troops",
    "attacked", "met", "with", "officials", "denied", "reports", "added", "\u201cWe", "will",
    "win,\u201d", "he", "said.", "she", "asked.", "--", "(AP)", "Dec.", "28,", "a.m.", "\u2014",
)


def arbitrary_text() -> st.SearchStrategy[str]:
    """Any Unicode text (Hypothesis leaves out lone surrogates; see :func:`mutated_seeds`)."""
    return st.text()


def arbitrary_bytes() -> st.SearchStrategy[bytes]:
    """Any bytes, UTF-8 or not."""
    return st.binary()


def dates() -> st.SearchStrategy[dt.date]:
    """Any calendar date Python can hold."""
    return st.dates()


def _word_text(min_words: int = 1, max_words: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words).map(" ".join)


@st.composite
def seed_articles(draw: st.DrawFn) -> str:
    """A valid article in the seed text format, built from news-like words."""
    date = draw(dates()).isoformat()
    headline = draw(_word_text(1, 15))
    paragraphs = draw(st.lists(_word_text(1, 60), min_size=0, max_size=6))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    blank = ending * draw(st.integers(min_value=2, max_value=3))
    body = blank.join(paragraphs)
    final = draw(st.sampled_from(["", ending]))
    return f"date {date} {headline}" + (blank + body if paragraphs else "") + final


def _insert(text: str, position: int, piece: str) -> str:
    position %= len(text) + 1
    return text[:position] + piece + text[position:]


@st.composite
def _one_mutation(draw: st.DrawFn, text: str) -> str | bytes:
    kind = draw(st.sampled_from([
        "quote", "nul", "bom", "format", "break", "surrogate", "truncate", "truncate_bytes", "repeat",
        "huge_paragraph", "cr_only", "tabs", "nbsp_line", "header_space", "delete", "unicode",
    ]))
    where = draw(st.integers(min_value=0, max_value=max(len(text), 1)))
    if kind == "quote":
        marks = draw(st.lists(st.sampled_from(QUOTE_MARKS), min_size=1, max_size=50))
        for mark in marks:
            text = _insert(text, draw(st.integers(min_value=0, max_value=len(text))), mark)
        return text
    if kind == "nul":
        return _insert(text, where, "\0")
    if kind == "bom":
        return _insert(text, where, "\ufeff")
    if kind == "format":
        return _insert(text, where, "".join(draw(st.lists(st.sampled_from(FORMAT_CHARS), min_size=1))))
    if kind == "break":
        return _insert(text, where, draw(st.sampled_from(BREAK_CHARS)))
    if kind == "surrogate":
        data = text.encode("utf-8", errors="surrogateescape")
        at = where % (len(data) + 1)
        return data[:at] + draw(st.sampled_from(SURROGATE_BYTES)) + data[at:]
    if kind == "truncate":
        return text[: where % (len(text) + 1)]
    if kind == "truncate_bytes":  # may cut a multi-byte character in half
        data = text.encode("utf-8", errors="surrogateescape")
        return data[: where % (len(data) + 1)]
    if kind == "repeat":
        start = where % (len(text) + 1)
        end = draw(st.integers(min_value=start, max_value=len(text)))
        times = draw(st.integers(min_value=2, max_value=50))
        return text[:start] + text[start:end] * times + text[end:]
    if kind == "huge_paragraph":
        unit = draw(st.sampled_from([
            "a", " ", ".", '"', "said ", "according to ", "Mr. ", "\u201c", "x" * 7 + " ", "U.S. ",
        ]))
        size = draw(st.sampled_from([1_000, 10_000, 50_000]))
        return text + "\n\n" + unit * (size // len(unit)) + "\n"
    if kind == "cr_only":
        return text.replace("\r\n", "\n").replace("\n", "\r")
    if kind == "tabs":
        return text.replace(" ", "\t")
    if kind == "nbsp_line":
        return _insert(text, where, "\n\u00a0\u00a0\n")
    if kind == "header_space":
        return draw(st.sampled_from([" ", "\t", "\n", "\u3000", "\u00a0"])) + text
    if kind == "delete":
        start = where % (len(text) + 1)
        end = draw(st.integers(min_value=start, max_value=len(text)))
        return text[:start] + text[end:]
    return _insert(text, where, draw(st.text(min_size=1, max_size=20)))


@st.composite
def mutated_seeds(draw: st.DrawFn, max_mutations: int = 3) -> str | bytes:
    """The seed article or a generated valid one, with one or more mutations applied.

    The result is text, or bytes when a mutation only makes sense at the byte level (a
    lone surrogate, a cut through a multi-byte character).
    """
    text: str | bytes = draw(st.one_of(st.just(SEED_TEXT), seed_articles()))
    for _ in range(draw(st.integers(min_value=1, max_value=max_mutations))):
        if isinstance(text, bytes):
            text = text.decode("utf-8", errors="surrogateescape")
            mutated = draw(_one_mutation(text))
            text = (
                mutated.encode("utf-8", errors="surrogateescape")
                if isinstance(mutated, str)
                else mutated
            )
        else:
            text = draw(_one_mutation(text))
    return text


# -- generated Articles -------------------------------------------------------------------------

_ids = st.text(min_size=1, max_size=8)
_optional_text = st.none() | st.text(max_size=20)


@st.composite
def _span_in(draw: st.DrawFn, size: int) -> newsdoc.Span:
    start = draw(st.integers(min_value=0, max_value=size))
    end = draw(st.integers(min_value=start, max_value=size))
    return newsdoc.Span(start=start, end=end)


@st.composite
def _time(draw: st.DrawFn, time_ids: list[str]) -> newsdoc.Time:
    ref = draw(st.none() | st.sampled_from(time_ids)) if time_ids else None
    return newsdoc.Time(
        text=draw(st.text(max_size=20)),
        value=draw(st.sampled_from(["2023-12-28", "2023-W51", "2023", "PAST_REF", "FUTURE_REF", "P2D"])),
        ref=ref,
        inferred=draw(st.booleans()),
    )


def _ref(ids: list[str]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(ids) if ids else st.none()


@st.composite
def articles(draw: st.DrawFn, max_items: int = 5) -> newsdoc.Article:
    """A valid Article whose extraction lists are filled with consistent, random items.

    Every span lies inside the text, every mention's text is the text it covers, ids are
    unique per kind, and every reference (speaker, channel, addressee, participants,
    location, affiliation, member, statement, event, time ref) names an item that exists.
    """
    headline = draw(st.text(max_size=60))
    paragraphs = draw(st.lists(st.text(max_size=200), max_size=5))
    base = newsdoc.Article(
        id=draw(st.text(max_size=20)), date=draw(dates()), headline=headline, paragraphs=paragraphs
    )
    text = base.text
    size = len(text)

    actor_ids = draw(st.lists(_ids, unique=True, max_size=max_items))
    statement_ids = draw(st.lists(_ids, unique=True, max_size=max_items))
    event_ids = draw(st.lists(_ids, unique=True, max_size=max_items))
    time_ids = draw(st.lists(_ids, unique=True, max_size=max_items))

    times = []
    for tid in time_ids:
        span = draw(_span_in(size))
        times.append(newsdoc.TimeExpression(
            id=tid,
            text=text[span.start : span.end],
            type=draw(st.sampled_from(list(newsdoc.TimeType))),
            value=draw(st.text(max_size=12)),
            span=span,
            anchor=draw(st.none() | dates()),
            rule=draw(_optional_text),
        ))

    actors = []
    for aid in actor_ids:
        mentions = []
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            span = draw(_span_in(size))
            mentions.append(newsdoc.Mention(start=span.start, end=span.end, text=text[span.start : span.end]))
        actors.append(newsdoc.Actor(
            id=aid,
            name=draw(st.text(max_size=30)),
            kind=draw(st.sampled_from(list(newsdoc.ActorKind))),
            country=draw(st.none() | st.sampled_from(["PRK", "KOR", "USA", "JPN"])),
            title=draw(_optional_text),
            affiliation=draw(_ref(actor_ids)),
            aliases=draw(st.lists(st.text(max_size=15), max_size=3)),
            mentions=mentions,
            members=draw(st.lists(st.sampled_from([a for a in actor_ids if a != aid]), max_size=3))
            if len(actor_ids) > 1
            else [],
        ))

    statements = []
    for sid in statement_ids:
        span = draw(_span_in(size))
        cue_span = draw(st.none() | _span_in(size))
        statements.append(newsdoc.Statement(
            id=sid,
            speaker=draw(_ref(actor_ids)),
            cue="" if cue_span is None else text[cue_span.start : cue_span.end],
            content=text[span.start : span.end],
            quote=draw(st.sampled_from(list(newsdoc.Quote))),
            span=span,
            cue_span=cue_span,
            channel=draw(_ref(actor_ids)),
            addressee=draw(_ref(actor_ids)),
            time=draw(st.none() | _time(time_ids)),
            event=draw(_ref(event_ids)),
        ))

    events = []
    for eid in event_ids:
        span = draw(_span_in(size))
        participants = [
            newsdoc.Participant(actor=actor, role=draw(st.sampled_from(list(newsdoc.Role))))
            for actor in draw(st.lists(st.sampled_from(actor_ids), max_size=3))
        ] if actor_ids else []
        events.append(newsdoc.Event(
            id=eid,
            kind=draw(st.sampled_from(["ASSAULT", "CONSULT", "THREATEN", "OTHER", "custom:x"])),
            mode=draw(st.none() | st.sampled_from(["missile-test", "military-exercise"])),
            trigger=text[span.start : span.end],
            span=span,
            participants=participants,
            location=draw(_ref(actor_ids)),
            time=draw(st.none() | _time(time_ids)),
            status=draw(st.sampled_from(list(newsdoc.EventStatus))),
            statement=draw(_ref(statement_ids)),
        ))

    return base.with_extraction(actors=actors, statements=statements, events=events, times=times)
