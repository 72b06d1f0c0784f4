"""The ``events`` extraction step: who did what to whom, where and when.

It reads the triggers of an :class:`EventLexicon` (PLOVER categories by default), and for
each one the clause around it: the status ("would launch" is hypothetical), the agent,
target and partners among the actor mentions, the place, and the time. Reporting verbs
that are acts in themselves ("warned", "slammed", "urged") become events of their
statements, and a statement that reports an event points to it. It runs after the
``times``, ``actors`` and ``statements`` steps and reads what they found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import attrs

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import (
    AUXILIARIES,
    NEGATORS,
    MentionRef,
    Mentions,
    clause_breaks,
    clause_of,
    is_passive,
    is_relative_clause,
    status_of,
    words_after,
    words_before,
)
from newsdoc._extract._event_lexicon import EventLexicon, TriggerEntry, military_assets, noun_modifier_heads
from newsdoc._extract._event_roles import Roles, find_location, find_roles
from newsdoc._models import ActorKind, Event, EventStatus, Participant, Role, Span, Statement, Time, TimeType

__all__ = ["EventsStep"]

#: Kinds that are speech acts when their trigger is a statement's cue.
#: Speech acts whose content opens with their target: "urged X to", "slammed X's plans".
_DIRECTED_AT_CONTENT = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})
_VERBAL_BEFORE = AUXILIARIES | NEGATORS | {"to", "he", "she", "they", "we", "i", "you", "it", "who", "which"}
_SHORT_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,80})[\"\u201d]")
_LEAD_GAP = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}\Z")
_FUTURE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")


@attrs.define
class _Draft:
    start: int
    end: int
    form: str
    entry: TriggerEntry
    kind: str
    mode: str | None
    noun: bool
    sentence: Span
    clause: Span
    status: EventStatus
    roles: Roles = attrs.field(factory=Roles)
    location: str | None = None
    statement: Statement | None = None
    time: Time | None = None


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class EventsStep:
    """The ``events`` step: finds events by their triggers and fills :attr:`Doc.events`.

    Args:
        lexicon: The trigger lexicon; newsdoc's PLOVER lexicon by default. Pass
            ``EventLexicon.from_tsv(path)`` to use another taxonomy.

    Example:
        >>> from newsdoc import EventsStep, EventLexicon
        >>> step = EventsStep()  # the PLOVER lexicon
    """

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else EventLexicon.default()

    def __repr__(self) -> str:
        return f"EventsStep(lexicon={self.lexicon.source!r})"

    def __call__(self, doc: Doc, /) -> None:
        """Find the events of ``doc`` and link them with its statements."""
        text = doc.text
        lowered = _lower(text)
        mentions = Mentions(
            text, lowered, [(a.id, a.kind, [(m.start, m.end) for m in a.mentions]) for a in doc.actors]
        )
        drafts = self._drafts(doc, text, lowered, mentions)
        if not drafts:
            return
        countries = {a.country: a.id for a in doc.actors if a.kind == ActorKind.COUNTRY and a.country}
        for d in drafts:
            passive = not d.noun and is_passive(lowered, d.clause, d.start, d.form)
            d.roles = find_roles(
                mentions,
                text,
                lowered,
                countries,
                d.sentence,
                d.clause,
                d.start,
                d.end,
                noun=d.noun,
                passive=passive,
            )
            place = find_location(mentions, text, d.clause, d.start, d.end)
            d.location = place.actor if place is not None else None
        _link_speech_acts(doc, drafts, mentions)
        drafts = _absorb_threat_contents(drafts, lowered)
        drafts = _drop_internal_requests(doc, drafts, mentions)
        drafts = _merge(drafts, text)
        _date(doc, drafts, text)
        self._emit(doc, drafts)

    def _drafts(self, doc: Doc, text: str, lowered: str, mentions: Mentions) -> list[_Draft]:
        headline_end = len(doc.article.headline)
        sentence_starts = [s.start for s in doc.sentences]
        breaks: dict[int, list[tuple[int, int]]] = {}
        quotes: list[tuple[int, int]] | None = None
        drafts: list[_Draft] = []
        for start, end, form in self.lexicon.finditer(lowered):
            written = text[start:end]
            i = bisect.bisect_right(sentence_starts, start) - 1
            sentence = doc.sentences[i] if i >= 0 else Span(start=0, end=len(text))
            if sentence.end < end:
                sentence = Span(start=start, end=end)
            # a capitalized trigger is a name ("March", "Rally Party") unless it opens a sentence
            if (
                start >= headline_end
                and not written[0].islower()
                and (written.isupper() or text[sentence.start : start].strip("\"'\u201c\u2018( ") != "")
            ):
                continue
            if mentions.covering(start, end):
                continue
            if i not in breaks:
                breaks[i] = clause_breaks(text, sentence)
            clause = clause_of(breaks[i], sentence, start, end)
            entry = self._choose(form, lowered, clause, start, end, mentions)
            if entry is None:
                continue
            noun = entry.pos == "noun" or (entry.pos == "fixed" and not form.endswith("ed"))
            if noun:
                following = words_after(lowered, end, clause.end, 1)
                if following and following[0] in noun_modifier_heads():
                    continue
            if quotes is None:
                quotes = [
                    (m.start(), m.end()) for m in _SHORT_QUOTE.finditer(text) if len(m.group(1).split()) <= 8
                ]
            if any(q_start < start and end < q_end for q_start, q_end in quotes):
                continue  # a trigger inside a short quoted label is a characterization
            status = status_of(lowered, clause, start, end, form, noun=noun)
            drafts.append(
                _Draft(start, end, form, entry, entry.kind, entry.mode, noun, sentence, clause, status)
            )
        return _drop_light_verbs(drafts, lowered)

    def _choose(
        self, form: str, lowered: str, clause: Span, start: int, end: int, mentions: Mentions
    ) -> TriggerEntry | None:
        entries = [
            e
            for e in self.lexicon.forms[form]
            if e.requires != "asset" or _has_asset(lowered, clause, start, end)
        ]
        if not entries:
            return None
        if len({e.pos == "verb" for e in entries}) > 1:
            # "the attack" / "to attack": a verb reading needs a verbal word or a subject before
            previous = words_before(lowered, clause.start, start, 1)
            verbal = bool(previous) and (
                previous[0] in _VERBAL_BEFORE
                or previous[0].endswith("n't")
                or (not form.endswith("ing") and mentions.ending_at(start))
            )
            preferred = [e for e in entries if (e.pos == "verb") == verbal]
            if preferred:
                return preferred[0]
        return entries[0]

    def _emit(self, doc: Doc, drafts: Iterable[_Draft]) -> None:
        links: dict[str, str] = {}
        for d in sorted(drafts, key=lambda x: x.start):
            event_id = doc.new_id("e")
            participants: list[Participant] = []
            seen: set[str] = set()
            for role, group in (
                (Role.AGENT, d.roles.agents),
                (Role.TARGET, d.roles.targets),
                (Role.OTHER, d.roles.others),
            ):
                for m in group:
                    if m.actor not in seen:
                        seen.add(m.actor)
                        participants.append(Participant(actor=m.actor, role=role))
            doc.events.append(
                Event(
                    id=event_id,
                    kind=d.kind,
                    mode=d.mode,
                    trigger=doc.text[d.start : d.end],
                    span=Span(start=d.start, end=d.end),
                    participants=participants,
                    location=d.location,
                    time=d.time,
                    status=d.status,
                    statement=d.statement.id if d.statement is not None else None,
                )
            )
            if d.statement is not None and d.statement.id not in links:
                links[d.statement.id] = event_id
        # a statement whose content reports an event points to it
        by_start = sorted(doc.events, key=lambda e: e.span.start)
        for e in by_start:
            for st in doc.statements:
                if st.id not in links and st.span.contains(e.span):
                    links[st.id] = e.id
        if links:
            doc.statements = [
                attrs.evolve(st, event=links[st.id]) if st.id in links and st.event is None else st
                for st in doc.statements
            ]


def _has_asset(lowered: str, clause: Span, start: int, end: int) -> bool:
    assets = military_assets()
    words = words_before(lowered, clause.start, start, 6) + words_after(lowered, end, clause.end, 6)
    return any(w in assets for w in words)


def _drop_light_verbs(drafts: list[_Draft], lowered: str) -> list[_Draft]:
    """Drop a launch/fire/send verb whose object is an event noun: "launched an attack"."""
    out = []
    for i, d in enumerate(drafts):
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if (
            not d.noun
            and d.entry.requires == "asset"
            and nxt is not None
            and nxt.noun
            and nxt.clause == d.clause
            and len(words_after(lowered, d.end, nxt.start, 5)) <= 4
        ):
            continue
        out.append(d)
    return out


def _link_speech_acts(doc: Doc, drafts: list[_Draft], mentions: Mentions) -> None:
    """Make a statement's cue verb ("warned", "slammed") the event of that statement."""
    for st in doc.statements:
        if st.cue_span is None:
            continue
        for d in drafts:
            if d.start < st.cue_span.end and st.cue_span.start < d.end:
                d.statement = st
                if st.speaker is not None:
                    speaker = _ref_for(mentions, st.speaker, d.start)
                    d.roles.agents = [speaker]
                    d.roles.strong = True
                if st.addressee is not None:
                    d.roles.targets = [_ref_for(mentions, st.addressee, st.span.start)]
                elif d.kind in _DIRECTED_AT_CONTENT:
                    first = mentions.between(st.span.start, min(st.span.end, st.span.start + 30))
                    if first and not d.roles.targets:
                        d.roles.targets = [first[0]]
                break
    # a statement that reports an event, where the cue names none, is linked when emitted


def _ref_for(mentions: Mentions, actor_id: str, near: int) -> MentionRef:
    best = None
    for m in mentions.refs:
        if m.actor == actor_id and (best is None or abs(m.start - near) < abs(best.start - near)):
            best = m
    if best is not None:
        return best
    from newsdoc._models import ActorKind

    return MentionRef(near, near, actor_id, ActorKind.PERSON, "", False, False)


def _absorb_threat_contents(drafts: list[_Draft], lowered: str) -> list[_Draft]:
    """An action a threat or warning is about is the threat's content, not an event."""
    dropped: set[int] = set()
    for t in drafts:
        if t.kind != "THREATEN":
            continue
        scope_end = t.statement.span.end if t.statement is not None else t.sentence.end
        for d in drafts:
            if d is t or d.kind == "THREATEN" or id(d) in dropped or not (t.end <= d.start < scope_end):
                continue
            close = len(words_after(lowered, t.end, d.start, 5)) <= 3
            if d.status is not EventStatus.OCCURRED or close:
                dropped.add(id(d))
                if t.mode is None:
                    t.mode = d.kind.lower()
    return [d for d in drafts if id(d) not in dropped]


def _drop_internal_requests(doc: Doc, drafts: list[_Draft], mentions: Mentions) -> list[_Draft]:
    """A directive an actor gives its own organisation ("urged his party") is not between actors."""
    affiliation = {a.id: a.affiliation for a in doc.actors}
    owned = {m.actor for m in mentions.refs if m.pronoun_owned}
    out = []
    for d in drafts:
        if d.kind == "REQUEST" and d.roles.targets and d.roles.agents:
            agent = d.roles.agents[0].actor
            internal = all(
                t.actor in owned or affiliation.get(t.actor) == agent or affiliation.get(agent) == t.actor
                for t in d.roles.targets
            )
            if internal:
                continue
        out.append(d)
    return out


def _merge(drafts: list[_Draft], text: str) -> list[_Draft]:
    """One event per clause and kind: "exercises ... to include a drill" is one event."""
    kept: list[_Draft] = []
    for d in sorted(drafts, key=lambda x: x.start):
        host = None
        for k in reversed(kept):
            if k.sentence != d.sentence:
                break
            if k.kind != d.kind or (k.statement is not None and d.statement is not None):
                continue
            same_clause = k.clause == d.clause
            elaborates = is_relative_clause(text, d.clause) and k.clause.end <= d.clause.start
            # "weapons tests by Pyongyang ... data on North Korean missile launches": one activity
            renamed = k.noun and d.noun and k.mode == d.mode and bool(k.roles.agent_ids & d.roles.agent_ids)
            if not (same_clause or elaborates or renamed):
                continue
            compatible = (
                not k.roles.agents
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
        if not host.roles.agents:
            host.roles.agents = d.roles.agents
        if host.location is None:
            host.location = d.location
        if host.statement is None:
            host.statement = d.statement
    return kept


def _date(doc: Doc, drafts: list[_Draft], text: str) -> None:
    """Give each event the time of its statement, clause, sentence or paragraph lead."""
    dated = sorted(
        (t for t in doc.times if t.type in (TimeType.DATE, TimeType.TIME)), key=lambda t: t.span.start
    )
    leads: dict[int, Time | None] = {}
    published = doc.article.date.isoformat()
    for d in drafts:
        time = _saying_time(doc, d.statement) if d.statement is not None else None
        clause_end = d.clause.end
        if d.statement is not None and d.start < d.statement.span.start:
            clause_end = min(clause_end, d.statement.span.start)  # the time of saying, not of what is said
        if time is None or time.inferred:
            time = doc.time_within(d.clause.start, clause_end) or time
        if time is None or time.inferred:
            before = [t for t in dated if d.sentence.start <= t.span.start and t.span.end <= d.start]
            if before:
                t = before[-1]
                time = Time(text=t.text, value=t.value, ref=t.id)
        if time is None:
            paragraph = doc.paragraph_of(d.start)
            if paragraph not in leads:
                leads[paragraph] = _lead_time(doc, paragraph, dated, text)
            time = leads[paragraph]
        if d.status is EventStatus.ONGOING and (time is None or published.startswith(time.value)):
            # an ongoing event is happening as the article appears, within any coarser time given
            time = Time(text="", value=published, inferred=True)
        d.time = time
        if (
            d.statement is None
            and d.status is EventStatus.OCCURRED
            and time is not None
            and not time.inferred
            and (
                time.value == "FUTURE_REF"
                or (_FUTURE_VALUE.match(time.value) and time.value > published[: len(time.value)])
            )
        ):
            d.status = EventStatus.PLANNED


def _saying_time(doc: Doc, statement: Statement) -> Time | None:
    """The time a statement was made, unless it is a time inside what was said."""
    time = statement.time
    if time is None or time.ref is None:
        return time
    for tx in doc.times:
        if tx.id == time.ref and statement.span.contains(tx.span):
            return None
    return time


def _lead_time(doc: Doc, paragraph: int, dated: list, text: str) -> Time | None:  # type: ignore[type-arg]
    """The time phrase that opens a paragraph ("Last week, ..."), which dates what follows."""
    span = doc.article.paragraph_spans[paragraph]
    for t in dated:
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
