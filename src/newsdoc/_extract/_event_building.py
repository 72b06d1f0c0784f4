"""From drafts to events: merging the drafts of one event, dating them, writing them.

Drafts of one kind in one clause, or that name one activity again, are one event
(:func:`merge_drafts`). Each event takes the time of its statement, its clause, its
sentence or its paragraph's opening phrase, and an event told as done at a time after
the article's date is planned (:func:`date_drafts`). :func:`emit_events` writes the
:class:`~newsdoc._models.Event` models with their participants and links each statement
to the event it is the act of or reports.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import attrs

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import is_relative_clause
from newsdoc._extract._event_drafts import Draft
from newsdoc._models import Event, EventStatus, Participant, Role, Span, Statement, Time, TimeExpression, TimeType

__all__ = ["date_drafts", "emit_events", "merge_drafts"]

_LEAD_GAP = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}\Z")
_FUTURE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
# a relative clause set off by a comma: ", which seized power in 2021,"
_RELATIVE_OPENING = re.compile(r",\s*(?:which|who|whose)\b")
_AGENT, _TARGET, _OTHER = Role.AGENT, Role.TARGET, Role.OTHER


def merge_drafts(drafts: list[Draft], text: str) -> list[Draft]:
    """One event per clause and kind: "exercises ... to include a drill" is one event.

    A participle after a comma tells the outcome of the event of its kind before it:
    "troops exchanged heavy fire, killing two soldiers" is one assault, and so does a
    casualty verb after "and": "a drone strike killed 43 people and wounded 70".
    """
    kept: list[Draft] = []
    for d in sorted(drafts, key=lambda x: x.start):
        host = None
        joined = False  # "killed 43 people and wounded 70": the second verb's "subject" is an object
        for k in reversed(kept):
            if k.sentence != d.sentence or k.end < d.start - 600:
                break
            if k.kind != d.kind or (k.statement is not None and d.statement is not None):
                continue
            same_clause = k.clause == d.clause
            if same_clause and _main_verb_after_relative(d, text):
                continue
            elaborates = is_relative_clause(text, d.clause) and k.clause.end <= d.clause.start
            # "weapons tests by Pyongyang ... data on North Korean missile launches": one activity
            renamed = k.noun and d.noun and k.mode == d.mode and bool(k.roles.agent_ids & d.roles.agent_ids)
            joined = _casualties_joined(k, d, text)
            outcome = joined or (d.form.endswith("ing") and k.end <= d.start and text.startswith(", ", d.start - 2))
            if not (same_clause or elaborates or renamed or outcome):
                continue
            compatible = (
                outcome
                or not k.roles.agents
                or not d.roles.agents
                or not (k.roles.strong and d.roles.strong)
                or bool(k.roles.agent_ids & d.roles.agent_ids)
                or elaborates
            )
            if compatible:
                host = k
                break
        if host is None:
            kept.append(d)
            continue
        if not host.roles.agents and not joined:
            host.roles.agents = d.roles.agents
        if host.location is None:
            host.location = d.location
        if host.statement is None:
            host.statement = d.statement
    return kept


def _casualties_joined(k: Draft, d: Draft, text: str) -> bool:
    """Whether ``d`` is a casualty verb joined by "and" to the event ``k`` before it: "a
    drone strike killed at least 43 people and wounded more than 70" is one assault."""
    return (
        d.entry.requires == "agent"
        and k.end <= d.start
        and d.start - k.end < 80
        and text[k.end : d.start].endswith(" and ")
    )


def _main_verb_after_relative(d: Draft, text: str) -> bool:
    """Whether the verb of ``d`` comes right after the comma that closes a relative clause
    set off by commas, as the sentence's main verb: "Mali's military government, which
    seized power in 2021, expelled French troops" is two events, not one."""
    return (
        not d.noun
        and not d.form.endswith("ing")
        and text.startswith(", ", d.start - 2)
        and _RELATIVE_OPENING.match(text, d.clause.start) is not None  # a relative clause's own comma
    )


def date_drafts(doc: Doc, drafts: list[Draft], text: str) -> None:
    """Give each event the time of its statement, clause, sentence or paragraph lead."""
    dated = sorted(
        (t for t in doc.times if t.type in (TimeType.DATE, TimeType.TIME)), key=lambda t: t.span.start
    )
    dated_starts = [t.span.start for t in dated]
    leads: dict[int, Time | None] = {}
    times: dict[int, Time] = {}

    def as_time(t: TimeExpression) -> Time:
        """The link to ``t``, made once (Time objects are immutable)."""
        found = times.get(id(t))
        if found is None:
            found = times[id(t)] = Time(text=t.text, value=t.value, ref=t.id)
        return found

    by_id: dict[str, TimeExpression] = {}
    for tx in doc.times:
        by_id.setdefault(tx.id, tx)  # the first of an id, as a scan would find
    published = doc.article.date.isoformat()
    # the paragraph of an offset, as Article.paragraph_of finds it, by one bisect
    paragraph_starts = [span.start for span in doc.article.paragraph_spans]
    for d in drafts:
        time = _saying_time(by_id, d.statement) if d.statement is not None else None
        clause_end = d.clause.end
        if d.statement is not None and d.start < d.statement.span.start:
            clause_end = min(clause_end, d.statement.span.start)  # the time of saying, not of what is said
        if time is None or time.inferred:
            # the first date or time starting in the clause, if it ends there too
            i = bisect.bisect_left(dated_starts, d.clause.start)
            if i < len(dated) and dated[i].span.end <= clause_end:
                time = as_time(dated[i])
        if time is None or time.inferred:
            # else the last one before the trigger in its sentence
            i = bisect.bisect_left(dated_starts, d.start) - 1
            while i >= 0 and dated[i].span.end > d.start:
                i -= 1
            if i >= 0 and dated[i].span.start >= d.sentence.start:
                time = as_time(dated[i])
        if time is None:
            paragraph = bisect.bisect_right(paragraph_starts, d.start) - 1
            if paragraph not in leads:
                leads[paragraph] = _lead_time(doc, paragraph, dated, dated_starts, text)
            time = leads[paragraph]
        if d.status is EventStatus.ONGOING and (time is None or published.startswith(time.value)):
            # an ongoing event is happening as the article appears, within any coarser time given
            time = Time(text="", value=published, inferred=True)
        d.time = time
        if (
            d.statement is None
            and not (not d.noun and d.form.endswith("ed"))
            and d.status is EventStatus.OCCURRED
            and time is not None
            and not time.inferred
            and (
                time.value == "FUTURE_REF"
                or (_FUTURE_VALUE.match(time.value) and time.value > published[: len(time.value)])
            )
        ):
            d.status = EventStatus.PLANNED


def _saying_time(by_id: dict[str, TimeExpression], statement: Statement) -> Time | None:
    """The time a statement was made, unless it is a time inside what was said."""
    time = statement.time
    if time is None or time.ref is None:
        return time
    tx = by_id.get(time.ref)
    if tx is not None and statement.span.contains(tx.span):
        return None
    return time


def _lead_time(
    doc: Doc, paragraph: int, dated: list[TimeExpression], starts: list[int], text: str
) -> Time | None:
    """The time phrase that opens a paragraph ("Last week, ..."), which dates what follows."""
    span = doc.article.paragraph_spans[paragraph]
    for i in range(bisect.bisect_left(starts, span.start), len(dated)):
        t = dated[i]  # by index: a slice copied the rest of the list per paragraph
        if t.span.start < span.start:
            continue
        if t.span.start > span.start + 20:
            return None
        if _LEAD_GAP.match(text, span.start, t.span.start) is None:
            return None
        rest = text[t.span.end : t.span.end + 2].lstrip()
        if rest.startswith(","):
            return Time(text=t.text, value=t.value, ref=t.id)
        return None
    return None


def emit_events(doc: Doc, drafts: Iterable[Draft]) -> None:
    """Add the drafts to ``doc.events`` in text order and link the statements to them.

    A statement gets the first event that is its act or that its content reports.
    """
    links: dict[str, str] = {}
    made: dict[tuple[str, Role], Participant] = {}  # immutable: one per actor and role
    text = doc.text
    events = doc.events
    by_start = sorted(doc.statements, key=lambda st: st.span.start)
    st_starts = [st.span.start for st in by_start]
    st_ends = [st.span.end for st in by_start]
    members = {actor.id: actor.members for actor in doc.actors if actor.members}
    for d in sorted(drafts, key=lambda x: x.start):
        event_id = doc.new_id("e")
        statement = d.statement
        if statement is not None:
            links.setdefault(statement.id, event_id)
        else:
            # a statement whose content reports the event: the innermost of the 50
            # starting last before it (the first in text order of equally long ones)
            hi = bisect.bisect_right(st_starts, d.start)
            lo = max(0, hi - 50)
            shortest = -1
            if hi > lo and max(st_ends[lo:hi]) < d.end:
                lo = hi  # none of them reaches past the event: no loop
            for k in range(hi - 1, lo - 1, -1):
                if d.end <= st_ends[k] and (shortest < 0 or st_ends[k] - st_starts[k] <= shortest):
                    statement, shortest = by_start[k], st_ends[k] - st_starts[k]
            if statement is not None:
                links.setdefault(statement.id, event_id)
        participants: list[Participant] = []
        seen: set[str] = set()
        roles = d.roles
        for role, group in ((_AGENT, roles.agents), (_TARGET, roles.targets), (_OTHER, roles.others)):
            for m in group:
                # "Both governments shut the crossings": the governments of the two
                # countries named before take part, each in the group's role
                for actor in members.get(m.actor, (m.actor,)):
                    if actor not in seen:
                        seen.add(actor)
                        key = (actor, role)
                        participant = made.get(key)
                        if participant is None:
                            participant = made[key] = Participant(actor=actor, role=role)
                        participants.append(participant)
        events.append(
            Event(
                id=event_id,
                kind=d.kind,
                mode=d.mode,
                trigger=text[d.start : d.end],
                span=Span(start=d.start, end=d.end),
                participants=participants,
                location=d.location,
                time=d.time,
                status=d.status,
                statement=statement.id if statement is not None else None,
            )
        )
    if links:
        doc.statements = [
            attrs.evolve(st, event=links[st.id]) if st.id in links and st.event is None else st
            for st in doc.statements
        ]
