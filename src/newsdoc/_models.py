"""The document model: an Article and the actors, statements, events and times in it.

Every model is a frozen, slotted attrs class with keyword-only fields. Items refer to
each other by id (``speaker="a3"``), never by nested copies, and every span indexes the
Article's canonical :attr:`Article.text`. An :class:`Article` validates itself when it is
built, so an Article that exists is a valid Article.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

import attrs

from newsdoc._errors import Problem, ValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Event",
    "EventStatus",
    "Mention",
    "Participant",
    "Quote",
    "Role",
    "Span",
    "Statement",
    "Time",
    "TimeExpression",
    "TimeType",
]

#: What separates the headline and the paragraphs in :attr:`Article.text`.
PARAGRAPH_BREAK = "\n\n"


class ActorKind(enum.StrEnum):
    """What kind of thing an actor is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    LOCATION = "location"
    GROUP = "group"


class Quote(enum.StrEnum):
    """How a statement's words reach the reader."""

    DIRECT = "direct"  #: the words in quotation marks: "We will win," she said.
    INDIRECT = "indirect"  #: reported speech: she said that they would win.
    MIXED = "mixed"  #: reported speech with quoted words: she urged them to "accelerate".


class Role(enum.StrEnum):
    """The part an actor plays in an event."""

    AGENT = "agent"  #: who does it
    TARGET = "target"  #: to whom or against whom it is done
    OTHER = "other"  #: anyone else involved (a partner, a mediator, a beneficiary)


class EventStatus(enum.StrEnum):
    """Whether an event happened, according to the text."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    EXPECTED = "expected"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class TimeType(enum.StrEnum):
    """TIMEX3 types of a time expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


def _to_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


# One converter per element type: the attrs mypy plugin cannot type a generic converter.
def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


def _participants(items: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(items)


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(items)


def _statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(items)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


def _times(items: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(items)


def _check_offsets(start: int, end: int) -> None:
    if start < 0:
        raise ValueError(f"start must be >= 0, got {start}")
    if end < 0:
        raise ValueError(f"end must be >= 0, got {end}")


@attrs.frozen(kw_only=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into :attr:`Article.text`.

    Building one checks that both offsets are non-negative and that ``end`` is not
    before ``start``.
    """

    start: int
    end: int

    # The checks live in ``__init__`` rather than in attrs validators: reading JSON builds
    # spans in C without ``__init__`` (see ``newsdoc._codegen``), where the types ensure
    # non-negative offsets and the Article checks the order of every span it holds.
    def __init__(self, *, start: int, end: int) -> None:
        _check_offsets(start, end)
        if end < start:
            raise ValueError(f"span end {end} is before its start {start}")
        self.__attrs_init__(start=start, end=end)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True, init=False)
class Mention:
    """One place where an actor is named or referred to; ``text`` is exactly the covered text.

    Building one checks that both offsets are non-negative; the Article it belongs to
    checks that they are in order and that ``text`` is what they cover.
    """

    start: int
    end: int
    text: str

    def __init__(self, *, start: int, end: int, text: str) -> None:
        _check_offsets(start, end)
        self.__attrs_init__(start=start, end=end, text=text)

    @property
    def span(self) -> Span:
        """The mention's offsets as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


@attrs.frozen(kw_only=True)
class Time:
    """When a statement was made or an event happened.

    Attributes:
        text: The time expression as written, or ``""`` when the time is inferred.
        value: A TIMEX3 value: ``2023-12-28``, ``2023-W51``, ``2023-12``, ``2023``,
            ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``.
        ref: The id of the :class:`TimeExpression` in :attr:`Article.times`, or ``None``.
        inferred: ``True`` when no expression in the text gave the time and it was taken
            from the publication date; such a time was not extracted.
    """

    text: str
    value: str
    ref: str | None = None
    inferred: bool = False


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A time expression found in the text, normalized against the publication date.

    Attributes:
        id: Unique among the Article's times (``t1``, ``t2``, ...).
        text: The expression as written.
        type: DATE, TIME, DURATION or SET.
        value: The TIMEX3 value (``2023-12-28``, ``2023-W51``, ``P2D``, ``PAST_REF``...).
        span: Where it stands in :attr:`Article.text`.
        anchor: The date the value was computed from (usually the publication date), or
            ``None`` for an absolute expression ("in 2006").
        rule: The name of the rule that normalized it, for auditing.
    """

    id: str
    text: str
    type: TimeType = TimeType.DATE
    value: str
    span: Span
    anchor: dt.date | None = None
    rule: str | None = None


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organisation, country, place or group the article talks about.

    Attributes:
        id: Unique among the Article's actors (``a1``, ``a2``, ...).
        name: The canonical name ("Kim Jong Un", "North Korea").
        kind: What the actor is.
        country: ISO 3166-1 alpha-3 code of the actor's country, when known.
        title: A title or role as the text gives it ("North Korean leader").
        affiliation: The id of the actor this one belongs to (a spokesperson's ministry).
        aliases: Other names the text uses for it ("Pyongyang", "the North").
        mentions: Every place in the text that refers to it.
        members: The ids of the actors a group stands for ("Both governments" after "Serbia and Kosovo").
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    title: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    members: tuple[str, ...] = attrs.field(default=(), converter=_strs)


@attrs.frozen(kw_only=True)
class Statement:
    """Who said what, to whom, through which channel, and when.

    Attributes:
        id: Unique among the Article's statements (``s1``, ...).
        speaker: The actor id of who said it, or ``None`` when the text does not say.
        cue: The reporting words as written ("said", "urged", "according to").
        content: What was said, exactly as it stands in the text.
        quote: Direct, indirect or mixed.
        span: Where ``content`` stands in :attr:`Article.text`.
        cue_span: Where ``cue`` stands, when it is a contiguous piece of text.
        channel: The actor id through which the words reached us ("state media said").
        addressee: The actor id of whom the words were addressed to ("told reporters").
        time: When it was said, if the text tells.
        event: The id of an event this statement reports or constitutes.
    """

    id: str
    speaker: str | None = None
    cue: str = ""
    content: str
    quote: Quote = Quote.INDIRECT
    span: Span
    cue_span: Span | None = None
    channel: str | None = None
    addressee: str | None = None
    time: Time | None = None
    event: str | None = None


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an event, in a role."""

    actor: str
    role: Role = Role.OTHER


@attrs.frozen(kw_only=True)
class Event:
    """Who did what to whom, where and when.

    Attributes:
        id: Unique among the Article's events (``e1``, ...).
        kind: The event type: a PLOVER category (``ASSAULT``, ``CONSULT``...) or ``OTHER``,
            or a type from a taxonomy the user plugged in.
        mode: A finer PLOVER mode where it has one (``missile-test``, ``military-exercise``).
        trigger: The words that express the event, as written.
        span: Where ``trigger`` stands in :attr:`Article.text`.
        participants: Actors in their roles.
        location: The actor id of the place where it happened.
        time: When it happened, if the text tells.
        status: Whether it occurred, is ongoing, planned, expected, hypothetical or negated.
        statement: The id of the statement that reports or constitutes it.
    """

    id: str
    kind: str
    mode: str | None = None
    trigger: str
    span: Span
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    location: str | None = None
    time: Time | None = None
    status: EventStatus = EventStatus.OCCURRED
    statement: str | None = None


@attrs.frozen(kw_only=True)
class Article:
    """A news article and what was found in it.

    ``Article(id=..., date=..., headline=..., paragraphs=[...])`` is enough to build one;
    extraction fills the rest. Building an Article checks that every span lies inside
    :attr:`text`, that every mention's text matches it, that ids are unique and that every
    reference names an item that exists; otherwise it raises
    :class:`~newsdoc.ValidationError` listing each problem with its JSON path.

    Attributes:
        id: The article's identifier (by default the file name without its extension).
        date: The publication date, the anchor of relative time expressions.
        headline: The headline (paragraph 0 of :attr:`text`).
        paragraphs: The body paragraphs, exactly as written.
        actors: Who and what the article talks about.
        statements: Who said what.
        events: Who did what.
        times: Every time expression, normalized.
    """

    id: str
    date: dt.date = attrs.field(converter=_to_date)
    headline: str
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)
    times: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_times)

    def __attrs_post_init__(self) -> None:
        if _valid(self):
            return
        problems = list(_check(self))
        if problems:
            raise ValidationError(problems)

    @cached_property
    def text(self) -> str:
        """The canonical text: headline, then each paragraph, joined by blank lines."""
        return PARAGRAPH_BREAK.join((self.headline, *self.paragraphs))

    @cached_property
    def paragraph_spans(self) -> tuple[Span, ...]:
        """Where each paragraph of :attr:`text` lies; index 0 is the headline."""
        spans = []
        start = 0
        for segment in (self.headline, *self.paragraphs):
            spans.append(Span(start=start, end=start + len(segment)))
            start += len(segment) + len(PARAGRAPH_BREAK)
        return tuple(spans)

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (0 is the headline).

        Raises:
            IndexError: If ``offset`` lies outside :attr:`text`.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside the text (length {len(self.text)})")
        spans = self.paragraph_spans
        lo, hi = 0, len(spans) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if spans[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def span_text(self, span: Span | Mention) -> str:
        """The text a span (or mention) covers."""
        return self.text[span.start : span.end]

    @cached_property
    def _actor_index(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id.

        Raises:
            KeyError: If no actor has that id; the message lists the ids that exist.
        """
        try:
            return self._actor_index[actor_id]
        except KeyError:
            known = ", ".join(a.id for a in self.actors) or "none"
            raise KeyError(f"no actor with id {actor_id!r}; actors: {known}") from None

    def statements_by(self, actor_id: str) -> tuple[Statement, ...]:
        """The statements whose speaker is this actor, in text order."""
        return tuple(s for s in self.statements if s.speaker == actor_id)

    def events_involving(self, actor_id: str, role: Role | None = None) -> tuple[Event, ...]:
        """The events in which this actor takes part (in ``role``, if given)."""
        return tuple(
            e
            for e in self.events
            if any(p.actor == actor_id and (role is None or p.role == role) for p in e.participants)
        )

    def actors_of_kind(self, kind: ActorKind | str) -> tuple[Actor, ...]:
        """The actors of one kind (``"person"``, ``ActorKind.COUNTRY``...)."""
        return tuple(a for a in self.actors if a.kind == kind)

    def with_extraction(
        self,
        *,
        actors: Iterable[Actor] = (),
        statements: Iterable[Statement] = (),
        events: Iterable[Event] = (),
        times: Iterable[TimeExpression] = (),
    ) -> Article:
        """A copy of this Article with the given extraction results in place of its own."""
        return attrs.evolve(self, actors=actors, statements=statements, events=events, times=times)


def _valid(article: Article) -> bool:
    """Whether every invariant holds: the quick test run on every Article built.

    It answers yes or no without building a single message; only when it says no does
    :func:`_check` walk the article again to name each problem with its JSON path.
    """
    text = article.text
    size = len(text)
    actor_ids = {a.id for a in article.actors}
    statement_ids = {s.id for s in article.statements}
    event_ids = {e.id for e in article.events}
    time_ids = {t.id for t in article.times}
    if (
        len(actor_ids) != len(article.actors)
        or len(statement_ids) != len(article.statements)
        or len(event_ids) != len(article.events)
        or len(time_ids) != len(article.times)
    ):
        return False
    actor_refs = actor_ids | {None}
    for actor in article.actors:
        if actor.affiliation not in actor_refs or not actor_ids.issuperset(actor.members) or actor.id in actor.members:
            return False
        for m in actor.mentions:
            if not m.start <= m.end <= size or text[m.start : m.end] != m.text:
                return False
    time_refs = time_ids | {None}
    for st in article.statements:
        if not st.span.start <= st.span.end <= size or (
            st.cue_span is not None and not st.cue_span.start <= st.cue_span.end <= size
        ):
            return False
        if (
            st.speaker not in actor_refs
            or st.channel not in actor_refs
            or st.addressee not in actor_refs
            or (st.event is not None and st.event not in event_ids)
            or (st.time is not None and st.time.ref not in time_refs)
        ):
            return False
    statement_refs = statement_ids | {None}
    for ev in article.events:
        if not ev.span.start <= ev.span.end <= size or ev.location not in actor_refs:
            return False
        if ev.statement not in statement_refs:
            return False
        if ev.time is not None and ev.time.ref not in time_refs:
            return False
        for part in ev.participants:
            if part.actor not in actor_ids:
                return False
    return all(tx.span.start <= tx.span.end <= size for tx in article.times)


def _check(article: Article) -> Iterator[Problem]:
    """Yield every broken invariant of an article, each with its JSON path."""
    text = article.text
    size = len(text)

    def span_problem(path: str, start: int, end: int, what: str = "span") -> Problem | None:
        if end > size:
            return Problem(path, f"span [{start}, {end}) ends past the end of the text ({size})")
        if end < start:  # a Span built by hand checks this itself; one read from JSON is checked here
            return Problem(path, f"{what} end {end} is before its start {start}")
        return None

    def unique(kind: str, ids: list[str]) -> Iterator[Problem]:
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                yield Problem(f"$.{kind}[{i}].id", f"duplicate id {item_id!r}")
            seen.add(item_id)

    actor_ids = {a.id for a in article.actors}
    statement_ids = {s.id for s in article.statements}
    event_ids = {e.id for e in article.events}
    time_ids = {t.id for t in article.times}

    def ref(path: str, value: str | None, known: set[str], what: str) -> Iterator[Problem]:
        if value is not None and value not in known:
            yield Problem(path, f"unknown {what} id {value!r}")

    def time_ref(path: str, time: Time | None) -> Iterator[Problem]:
        if time is not None:
            yield from ref(f"{path}.ref", time.ref, time_ids, "time")

    yield from unique("actors", [a.id for a in article.actors])
    yield from unique("statements", [s.id for s in article.statements])
    yield from unique("events", [e.id for e in article.events])
    yield from unique("times", [t.id for t in article.times])

    for i, actor in enumerate(article.actors):
        path = f"$.actors[{i}]"
        yield from ref(f"{path}.affiliation", actor.affiliation, actor_ids, "actor")
        for j, member in enumerate(actor.members):
            if member == actor.id:
                yield Problem(f"{path}.members[{j}]", f"an actor is no member of itself ({member!r})")
            elif member not in actor_ids:
                yield Problem(f"{path}.members[{j}]", f"unknown actor id {member!r}")
        for j, m in enumerate(actor.mentions):
            mpath = f"{path}.mentions[{j}]"
            problem = span_problem(mpath, m.start, m.end, "mention")
            if problem is not None:
                yield problem
            elif text[m.start : m.end] != m.text:
                yield Problem(
                    f"{mpath}.text",
                    f"{m.text!r} does not match the article text there ({text[m.start : m.end]!r})",
                )

    for i, st in enumerate(article.statements):
        path = f"$.statements[{i}]"
        for field, span in (("span", st.span), ("cue_span", st.cue_span)):
            if span is not None and (problem := span_problem(f"{path}.{field}", span.start, span.end)):
                yield problem
        yield from ref(f"{path}.speaker", st.speaker, actor_ids, "actor")
        yield from ref(f"{path}.channel", st.channel, actor_ids, "actor")
        yield from ref(f"{path}.addressee", st.addressee, actor_ids, "actor")
        yield from ref(f"{path}.event", st.event, event_ids, "event")
        yield from time_ref(f"{path}.time", st.time)

    for i, ev in enumerate(article.events):
        path = f"$.events[{i}]"
        if problem := span_problem(f"{path}.span", ev.span.start, ev.span.end):
            yield problem
        for j, part in enumerate(ev.participants):
            yield from ref(f"{path}.participants[{j}].actor", part.actor, actor_ids, "actor")
        yield from ref(f"{path}.location", ev.location, actor_ids, "actor")
        yield from ref(f"{path}.statement", ev.statement, statement_ids, "statement")
        yield from time_ref(f"{path}.time", ev.time)

    for i, tx in enumerate(article.times):
        if problem := span_problem(f"$.times[{i}].span", tx.span.start, tx.span.end):
            yield problem


def field_names(cls: type[Any]) -> tuple[str, ...]:
    """The attrs field names of a model class, in declaration order."""
    return tuple(f.name for f in attrs.fields(cls))
