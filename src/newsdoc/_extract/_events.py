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
from collections.abc import Callable, Iterable

import attrs

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import (
    AUXILIARIES,
    DETERMINERS,
    HYPOTHETICAL,
    NEGATING_VERBS,
    NEGATORS,
    POSSESSIVE_PRONOUNS,
    MentionRef,
    Mentions,
    Range,
    clause_breaks,
    clause_of,
    is_passive,
    is_relative_clause,
    spaced,
    status_of,
    words_after,
    words_before,
)
from newsdoc._extract._event_lexicon import (
    NO_EVENT,
    EventLexicon,
    TriggerEntry,
    adversary_nouns,
    aid_nouns,
    border_nouns,
    captive_nouns,
    court_nouns,
    crowd_nouns,
    economy_nouns,
    envoy_nouns,
    evacuee_nouns,
    event_frame_heads,
    event_occurrence_words,
    event_support_verbs,
    figurative_strike_objects,
    figurative_war_words,
    fire_nouns,
    hazard_nouns,
    labour_words,
    legislation_nouns,
    military_assets,
    noun_modifier_heads,
    restriction_nouns,
    riot_objects,
    road_nouns,
    ruling_nouns,
    verb_past_forms,
)
from newsdoc._extract._event_roles import Roles, find_location, find_roles
from newsdoc._models import (
    ActorKind,
    Event,
    EventStatus,
    Participant,
    Quote,
    Role,
    Span,
    Statement,
    Time,
    TimeExpression,
    TimeType,
)

__all__ = ["EventsStep"]

#: Kinds that are speech acts when their trigger is a statement's cue.
#: Speech acts whose content opens with their target: "urged X to", "slammed X's plans".
_DIRECTED_AT_CONTENT = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})
_VERBAL_BEFORE = AUXILIARIES | NEGATORS | {"to", "he", "she", "they", "we", "i", "you", "it", "who", "which"}
#: Verbs whose object noun is a topic, not a happening: "discussed a ceasefire", "urged talks".
_TOPIC_TAKERS = frozenset({"CONSULT", "REQUEST", "REJECT", "SUPPORT", "AGREE"})
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "for", "of"})
_TOPIC_SKIP = frozenset(
    {"a", "an", "the", "new", "early", "possible", "further", "more", "lasting", "permanent"}
)
# (possessive: the closing quote cannot be part of the run, so giving back is never needed)
_SHORT_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,80}+)[\"\u201d]")
_LEAD_GAP = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}\Z")
_FUTURE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
_AGENT, _TARGET, _OTHER = Role.AGENT, Role.TARGET, Role.OTHER


_NO_ROLES = Roles()


@attrs.define
class _Draft:
    start: int
    end: int
    form: str
    entry: TriggerEntry
    kind: str
    mode: str | None
    noun: bool
    sentence: Range
    clause: Range
    status: EventStatus
    # every draft still kept when participants are read gets its own (see find_roles);
    # none reads or changes this shared empty one
    roles: Roles = _NO_ROLES
    location: str | None = None
    statement: Statement | None = None
    time: Time | None = None


_ANONYMITY = frozenset({"anonymity", "anonymous"})
_UNNAMED = (["not", "to"], ["that", "he"], ["that", "she"], ["that", "they"])
_LEAVE = frozenset({"authorized", "authorised", "allowed", "permitted", "anonymity", "cleared"})


def _sourcing(words: str, clause: Range, start: int, following: list[str]) -> bool:
    """Whether a trigger is part of how a source is described, not an event.

    "who requested anonymity", "who asked not to be named", "speaking on condition of
    anonymity to discuss", "was not authorized to discuss the talks": the words tell why
    a source goes unnamed.
    """
    if following[:1] and following[0] in _ANONYMITY:
        return True
    if following[:2] in _UNNAMED and "named" in words_after(words, start, clause.end, 6):
        return True
    if not words.startswith("to ", start - 3):
        return False
    before = words_before(words, clause.start, start - 3, 1)
    return bool(before) and before[0] in _LEAVE


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a paragraph or a sentence."""
    before = text[max(0, at - 4) : at].rstrip(" ")
    return not before or before[-1] in "\n.!?" or (len(before) > 1 and before[-1] in "\"\u201d" and before[-2] in ".!?")


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

    Examples:
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
        mentions = Mentions.of_actors(text, lowered, doc.actors)
        words = spaced(lowered)
        drafts = self._drafts(doc, text, lowered, words, mentions)
        if not drafts:
            return
        if "PROTEST" in self.lexicon.kinds:
            _strikes_of_labour(drafts, words)
        speech_acts = _link_speech_acts(doc, drafts)
        # '"How many more times must we rebuild?" asked a shopkeeper': a question, no request
        drafts = [d for d in drafts if not (d.kind == "REQUEST" and d.statement is not None and _asks(d.statement))]
        # these read no participant, so the drafts they drop need none
        drafts = _absorb_threat_contents(drafts, words)
        drafts = _absorb_request_contents(drafts, words)
        if "THREATEN" in self.lexicon.kinds:
            _vows_of_force(drafts, words)
        drafts = _drop_warnings_of_dangers(drafts, words)
        drafts = _drop_quoted_nouns(drafts, doc)
        times = sorted(t.span.start for t in doc.times)  # read by the two noun filters
        drafts = _drop_repeated_nouns(drafts, words, times, len(doc.article.headline))
        drafts = _absorb_topics(drafts, words)
        drafts = _drop_framed_nouns(drafts, lowered)
        drafts = _drop_unreal_nouns(drafts, lowered)
        drafts = _drop_open_questions(drafts, words, text)
        drafts = _drop_conditions(drafts, lowered)
        drafts = _drop_unanchored_nouns(drafts, lowered, doc, mentions, times)
        if "REJECT" in self.lexicon.kinds:
            _refusals(drafts, words, text)
        countries = {a.country: a.id for a in doc.actors if a.kind == ActorKind.COUNTRY and a.country}
        for d in drafts:
            passive = not d.noun and is_passive(words, text, d.clause, d.start, d.form)
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
        _speech_act_roles(speech_acts, drafts, mentions)
        _first_person_agents(doc, drafts, words, mentions)
        _implicit_arresters(doc, drafts, mentions)
        # "47 people were injured": a casualty with no one who caused it is an outcome
        drafts = [d for d in drafts if d.entry.requires != "agent" or d.roles.agents]
        drafts = _drop_internal_requests(doc, drafts, mentions)
        drafts = _merge(drafts, text)
        _date(doc, drafts, text)
        self._emit(doc, drafts)

    def _drafts(self, doc: Doc, text: str, lowered: str, words: str, mentions: Mentions) -> list[_Draft]:
        headline_end = len(doc.article.headline)
        spans = doc.sentences
        sentences: dict[int, Range] = {}  # made for the sentences that have triggers
        breaks: dict[int, list[tuple[int, int]]] = {}
        quotes: list[tuple[int, int]] | None = None
        quote_starts: list[int] = []
        drafts: list[_Draft] = []
        forms = self.lexicon.forms
        for start, end, form in self.lexicon.finditer(lowered):
            written = text[start:end]
            i = doc.sentence_index(start)
            if i < 0:
                sentence = Range(0, len(text))
            else:
                found = sentences.get(i)
                if found is None:
                    span = spans[i]
                    found = sentences[i] = tuple.__new__(Range, (span.start, span.end))
                sentence = found
            if sentence.end < end:
                sentence = Range(start, end)
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
            options = forms[form]
            if len(options) == 1 and not options[0].requires:
                entry: TriggerEntry | None = options[0]  # what _choose gives, without a call
            else:
                entry = self._choose(form, text, words, clause, start, end, mentions)
            if entry is None or entry.kind == NO_EVENT:
                continue
            noun = entry.pos == "noun" or (entry.pos == "fixed" and not form.endswith("ed"))
            previous = None  # the word before, read once
            if entry.pos == "verb" and " " not in form and form != entry.trigger and not form.endswith("s"):
                # a past form after an article is a noun of its own: "a low shot"; after a
                # preposition it modifies the noun that follows: "the number of annulled votes"
                previous = words_before(words, clause.start, start, 1)
                if previous and (previous[0] in ("a", "an", "the") or previous[0] in _ADJECTIVE_AFTER):
                    continue
            if not noun and not form.endswith(("ed", "ing")):
                # a verb lemma after a determiner is used as a noun: "the release of hostages"
                if previous is None:
                    previous = words_before(words, clause.start, start, 1)
                noun = bool(previous) and (previous[0] in DETERMINERS or previous[0] in _NONE_OF)
            following = words_after(words, end, clause.end, 2)
            if following[-1:] == ["comment"] or _sourcing(words, clause, start, following):
                continue  # "requests for comment", "who requested anonymity": newsroom practice
            if (noun or form == entry.trigger) and following and following[0] in noun_modifier_heads():
                continue  # "war crimes", "180 fire engines": a modifier of the noun after it
            if self._figurative(entry, form, text, words, sentence, clause, start, following):
                continue
            if quotes is None:
                # a short quotation opening a paragraph or a sentence is said, not a label
                quotes = [
                    m.span()
                    for m in _SHORT_QUOTE.finditer(text)
                    if len(m.group(1).split()) <= 8 and not _opens_sentence(text, m.start())
                ]
                quote_starts = [q[0] for q in quotes]
            q = bisect.bisect_left(quote_starts, start) - 1
            if q >= 0 and end < quotes[q][1]:
                continue  # a trigger inside a short quoted label is a characterization
            status = status_of(words, clause, start, end, form, noun=noun)
            drafts.append(
                _Draft(start, end, form, entry, entry.kind, entry.mode, noun, sentence, clause, status)
            )
        return _drop_light_verbs(drafts, text, words, mentions)

    @staticmethod
    def _figurative(
        entry: TriggerEntry,
        form: str,
        text: str,
        words: str,
        sentence: Range,
        clause: Range,
        start: int,
        following: list[str],
    ) -> bool:
        """Whether a trigger names no event here.

        "Asked whether ..." opening a sentence is an interview, not a request; "a trade
        war", "a war of words" and "a heart attack" are no armed conflict; sides that
        "clashed over" a policy disagree; an earthquake that "struck" or "killed" is a
        disaster, no assault, and firefighters "battling the flames" fight no one; one
        "strikes the right balance" or "a discordant note" hits nobody.
        """
        kind = entry.kind
        if form == "asked":
            return clause.start == start
        if kind != "ASSAULT":
            return False
        if entry.trigger in ("war", "attack", "fight"):
            # "a trade war", "a heart attack", "a war of words", "a court fight"
            previous = words_before(words, clause.start, start, 2)
            if previous and previous[-1] in figurative_war_words():
                return True
            if entry.trigger == "fight" and previous[-1:] in (["a"], ["the"]):
                # "the fight for honest government", "picking a fight with ratepayers"
                return following[:1] == ["for"] or previous[0] in _PICK
            return following == ["of", "words"]
        if entry.trigger == "clash":
            return following[:1] in (["over"], ["about"])
        if (
            entry.trigger == "strike"
            and entry.pos == "verb"
            and not figurative_strike_objects().isdisjoint(words_after(words, start, clause.end, 5)[1:])
        ):
            return True  # "strike the right balance", "struck a conciliatory tone"
        if form.endswith("ing") and (
            text.startswith(", ", start - 2) or not words_before(words, clause.start, start, 1)
        ):
            # a participle opening its clause has the sentence's subject: "The earthquake
            # struck Nepal, killing 150 people"
            return not hazard_nouns().isdisjoint(words_before(words, sentence.start, start, 12))
        if entry.pos != "noun":
            # "the earthquake struck Nepal"; "a firefighter died battling the flames"
            hazards = hazard_nouns()
            # "an earthquake that struck western Nepal": a relative clause's subject is
            # the noun before it
            relative = is_relative_clause(text, clause) or words_after(words, clause.start, start, 1) == ["that"]
            lo = sentence.start if relative else clause.start
            return not hazards.isdisjoint(words_before(words, lo, start, 6)) or not hazards.isdisjoint(following)
        return False

    def _choose(
        self, form: str, text: str, words: str, clause: Range, start: int, end: int, mentions: Mentions
    ) -> TriggerEntry | None:
        entries = []
        for e in self.lexicon.forms[form]:
            if not e.requires or _required(e.requires, text, words, clause, start, end, mentions):
                entries.append(e)
        if not entries:
            return None
        if len(entries) == 1:
            return entries[0]
        if len({e.pos == "verb" for e in entries}) > 1:
            # "the attack" / "to attack": a verb reading needs a verbal word or a subject before
            previous = words_before(words, clause.start, start, 1)
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


_PICK = frozenset({"pick", "picks", "picked", "picking"})  # "picked a fight with": a quarrel
_CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3", "\u00a5")  # $ euro pound yen
# requirements met by one of their words among the six before and the six after the
# trigger, and those met by one among the six after it
_NEAR_WORDS: dict[str, Callable[[], frozenset[str]]] = {
    "asset": military_assets,
    "labour": labour_words,
    "legislation": legislation_nouns,  # "passed the bill", "the bill was passed"
    "court": court_nouns,  # "the Supreme Court on Friday ruled"
    "evacuee": evacuee_nouns,  # "evacuated 14 villages", "residents were evacuated"
}
_AFTER_WORDS: dict[str, Callable[[], frozenset[str]]] = {
    "envoy": envoy_nouns,
    "fire": fire_nouns,
    "economy": economy_nouns,
    "road": road_nouns,  # "blocked the main access road"
    "riot": riot_objects,  # "threw stones at police", "burned tyres"
}


def _required(
    requires: str, text: str, words: str, clause: Range, start: int, end: int, mentions: Mentions
) -> bool:
    """Whether the words around a trigger meet its lexicon requirement."""
    if not requires or requires == "agent":
        return True  # an agent is looked for once participants are (see EventsStep)
    near_words = _NEAR_WORDS.get(requires)
    if near_words is not None:
        return _any_of(near_words(), _words_near(words, clause, start, end))
    if requires == "ruling":
        return _contests_ruling(words, clause, start, end)
    if requires == "border":  # "closed its land border with Benin"; "came close to the border" is no closing
        after = words_after(words, end, clause.end, 6)
        return after[:1] != ["to"] and not border_nouns().isdisjoint(after)
    if requires == "crowd":  # "hundreds of supporters gathered", "protesters have gathered"
        return not crowd_nouns().isdisjoint(words_before(words, clause.start, start, 6))
    if requires == "aimed":
        # "opened fire with small arms and mortars on Indian posts"
        return _aimed(words_after(words, end, clause.end, 9))
    after = words_after(words, end, clause.end, 6)
    if requires == "restriction":
        before = words_before(words, clause.start, start, 4)
        return not restriction_nouns().isdisjoint(after + before)
    if requires == "aid":
        # "pledged 1.5 million euros", "sent tents", "released $3 million"; "pledged to
        # spend $2 million" is a promise
        object_words = words_after(words, end, clause.end, 8)
        return object_words[:1] != ["to"] and (
            not aid_nouns().isdisjoint(object_words)
            or any(sign in text[end : min(clause.end, end + 12)] for sign in _CURRENCY_SIGNS)
        )
    after_words = _AFTER_WORDS.get(requires)
    if after_words is not None:
        return not after_words().isdisjoint(after)
    if not captive_nouns().isdisjoint(after):
        return True
    kinds = mentions.kinds
    return any(kinds[i] == ActorKind.PERSON for i in mentions.indices(end, min(clause.end, end + 50)))


def _words_near(words: str, clause: Range, start: int, end: int) -> list[str]:
    """The six words of ``clause`` before a trigger at ``start``-``end`` and the six after it."""
    return words_before(words, clause.start, start, 6) + words_after(words, end, clause.end, 6)


def _any_of(vocabulary: frozenset[str], near: list[str]) -> bool:
    """Whether one of the words ``near`` a trigger is in ``vocabulary``."""
    # "the sanitation workers' strike": a possessive's apostrophe is no part of the word
    return not vocabulary.isdisjoint(w.rstrip("'\u2019") for w in near)


def _contests_ruling(words: str, clause: Range, start: int, end: int) -> bool:
    """Whether "appeal" contests a ruling: "would appeal the verdict", "said it would appeal".

    A court, judge or ruling within six words says so, and so does nothing after it or
    "within" or "against" ("would appeal within 14 days", "an appeal against the ban").
    "for" after it makes a request whatever is near: "appealed for calm after the
    verdict", "an emergency appeal for funds".
    """
    after = words_after(words, end, clause.end, 6)
    if "for" in after[:4]:
        return False
    if not after or after[0] in ("within", "against"):
        return True
    return _any_of(ruling_nouns(), words_before(words, clause.start, start, 6) + after)


_AIMED_PREPOSITIONS = frozenset({"at", "into", "against", "toward", "towards", "on"})
_NOT_AIMED_AT = frozenset(
    {"sea", "ocean", "waters", "water", "space", "orbit", "air", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"}
)


def _aimed(after: list[str]) -> bool:
    """Whether the words after "fired"/"launched" name what it was aimed at: "at Kyiv", "on a patrol".

    The sea, the air or a date after the preposition names no target ("into the sea",
    "on Monday"); nor does "the" alone before them.
    """
    for k, word in enumerate(after):
        if word in _AIMED_PREPOSITIONS:
            rest = [w for w in after[k + 1 : k + 3] if w not in ("the", "its", "their")]
            return bool(rest) and rest[0] not in _NOT_AIMED_AT
    return False


# prepositions that put an event noun beside a verb, not under it as its object
_TIME_PREPOSITIONS = frozenset({"during", "after", "before", "amid", "following", "despite", "since", "until"})
# requirements met by an object noun after the verb, with the nouns that meet them
_OBJECT_REQUIREMENTS: dict[str, Callable[[], frozenset[str]]] = {"aid": aid_nouns, "fire": fire_nouns}


def _drop_light_verbs(drafts: list[_Draft], text: str, words: str, mentions: Mentions) -> list[_Draft]:
    """Drop verbs that only carry an event noun.

    A launch/fire/send verb whose object is an event noun gives way to it ("launched an
    attack"); a verb whose subject is an event noun tells that event's outcome ("two
    crashes killed 346 people" is the crashes), unless a comma closes the noun's phrase
    first ("lawmakers ousted in the coup, welcomed"). The object a verb's requirement read is
    part of its event: "fire" in "exchanged heavy fire" and "aid" in "pledged aid" are no
    events of their own.
    """
    out: list[_Draft] = []
    for i, d in enumerate(drafts):
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entry.requires in _OBJECT_REQUIREMENTS
            and prev.clause == d.clause
            and d.form.split()[-1] in _OBJECT_REQUIREMENTS[prev.entry.requires]()
            and len(words_after(words, prev.end, d.start, 9)) <= 8
        ):
            continue
        prev = drafts[i - 1] if i > 0 else None
        if (
            not d.noun
            and prev is not None
            and prev.noun
            and prev.kind != d.kind
            and prev.clause == d.clause
            and not d.form.endswith("ing")
            and len(words_after(words, prev.end, d.start, 6)) <= 5
            and not mentions.any_between(prev.end, d.start)
            and "," not in text[prev.end : d.start]
        ):
            continue
        if (
            not d.noun
            and d.entry.requires == "asset"
            and nxt is not None
            and nxt.noun
            and nxt.clause == d.clause
            and len(between := words_after(words, d.end, nxt.start, 5)) <= 4
            and _TIME_PREPOSITIONS.isdisjoint(between)  # "scrambled jets during the attack"
        ):
            continue
        out.append(d)
    return out


def _strikes_of_labour(drafts: list[_Draft], words: str) -> None:
    """In an article about a labour strike, a bare "strike" is one too.

    "walked off the job in a two-day strike against plans to limit the right to strike":
    once a walkout, a strike by workers or another labour protest is read, a plain
    "strike" with no labour word near it ("the right to strike", "strikes in the ports")
    is that protest, not an assault, unless a military asset stands within six words of
    it ("drone strikes").
    """
    if not any(d.kind == "PROTEST" and d.mode == "strike" for d in drafts):
        return
    assets = military_assets()
    for d in drafts:
        entry = d.entry
        if d.kind == "ASSAULT" and entry.trigger == "strike" and entry.mode is None:
            if words.startswith("struck", d.start):
                continue  # "police struck protesters": a blow
            if assets.isdisjoint(_words_near(words, d.clause, d.start, d.end)):
                d.kind, d.mode = "PROTEST", "strike"


def _link_speech_acts(doc: Doc, drafts: list[_Draft]) -> list[tuple[_Draft, Statement]]:
    """Make a statement's cue verb ("warned", "slammed") the event of that statement.

    Returns:
        Each draft linked and its statement, in the order linked, for
        :func:`_speech_act_roles` to give the draft the statement's speaker and addressee
        once its own participants are found.
    """
    linked = []
    starts = [d.start for d in drafts]
    for st in doc.statements:
        if st.cue_span is None:
            continue
        i = bisect.bisect_left(starts, st.cue_span.start - 40)
        while i < len(drafts) and drafts[i].start < st.cue_span.end:
            d = drafts[i]
            i += 1
            if d.start < st.cue_span.end and st.cue_span.start < d.end:
                d.statement = st
                linked.append((d, st))
                break
    # a statement that reports an event, where the cue names none, is linked when emitted
    return linked


def _speech_act_roles(linked: list[tuple[_Draft, Statement]], drafts: list[_Draft], mentions: Mentions) -> None:
    """The speaker of a speech act's statement is its agent, the addressee its target."""
    kept = {id(d) for d in drafts}
    for d, st in linked:
        if id(d) not in kept:
            continue
        if st.speaker is not None:
            speaker = _ref_for(mentions, st.speaker, d.start)
            d.roles.agents = [speaker]
            d.roles.strong = True
        if st.addressee is not None:
            d.roles.targets = [_ref_for(mentions, st.addressee, st.span.start)]
        elif d.kind in _DIRECTED_AT_CONTENT:
            first = mentions.indices(st.span.start, min(st.span.end, st.span.start + 30))
            if first and not d.roles.targets:
                d.roles.targets = [mentions.ref(first[0])]


_FIRST_PERSON = frozenset({"i", "we"})
_DIRECT = (Quote.DIRECT, Quote.MIXED)


def _first_person_agents(doc: Doc, drafts: list[_Draft], words: str, mentions: Mentions) -> None:
    """ "We will not accept a result," Chanda said: the speaker is who "we" and "I" are.

    A verb with no agent whose subject is "I" or "we" inside a quotation is done by the
    quotation's speaker.
    """
    quoted = sorted(
        (st.span.start, st.span.end, st.speaker)
        for st in doc.statements
        if st.speaker is not None and st.quote in _DIRECT
    )
    if not quoted:
        return
    starts = [q[0] for q in quoted]
    for d in drafts:
        if d.noun or d.roles.agents:
            continue
        k = bisect.bisect_right(starts, d.start) - 1
        if k < 0 or d.end > quoted[k][1]:
            continue
        before = words_before(words, d.clause.start, d.start, 4)
        for i in range(len(before) - 1, -1, -1):
            if before[i] in _FIRST_PERSON:
                d.roles.agents = [_ref_for(mentions, quoted[k][2], d.start)]
                break
            if before[i] not in AUXILIARIES and before[i] not in NEGATORS and before[i] != "to":
                break


# the bodies that make arrests: "23 people had been arrested" after "Police fired tear gas"
_ARRESTERS = frozenset({"police", "gendarmerie", "gendarmes", "policemen", "officers"})
_ARRESTS = ("arrest", "detain", "detention")


def _implicit_arresters(doc: Doc, drafts: list[_Draft], mentions: Mentions) -> None:
    """ "Police fired tear gas ... 12 people were detained": the police made the arrests.

    An arrest or detention reported with no agent ("had been arrested") was made by the
    police body that its sentence or the one before names, the nearest first; with none
    named, it keeps no agent. Only arrests: a sentence or a conviction is a court's.
    """
    arrests = [
        d
        for d in drafts
        if d.kind == "COERCE" and d.mode == "arrest" and not d.roles.agents and d.form.lower().startswith(_ARRESTS)
    ]
    if not arrests:
        return
    police = {
        a.id
        for a in doc.actors
        if a.kind is ActorKind.ORGANIZATION and not _ARRESTERS.isdisjoint(a.name.lower().split())
    }
    if not police:
        return
    for d in arrests:
        i = doc.sentence_index(d.start)
        floor = doc.sentences[i - 1].start if i > 0 else 0
        for ref in reversed(mentions.between(floor, d.start)):
            if ref.actor in police:
                d.roles.agents.append(ref)
                break

def _asks(statement: Statement) -> bool:
    """Whether a statement's content is a question."""
    return statement.content.rstrip(" ,\"'\u201d\u2019").endswith("?")


def _ref_for(mentions: Mentions, actor_id: str, near: int) -> MentionRef:
    best = mentions.nearest_of_actor(actor_id, near)
    if best is not None:
        return best
    from newsdoc._models import ActorKind

    return MentionRef(near, near, actor_id, ActorKind.PERSON, "", False, False)


def _absorb_threat_contents(drafts: list[_Draft], words: str) -> list[_Draft]:
    """An action a threat or warning is about is the threat's content, not an event."""
    dropped: set[int] = set()
    starts = [d.start for d in drafts]
    for t in drafts:
        if t.kind != "THREATEN":
            continue
        scope_end = t.statement.span.end if t.statement is not None else t.sentence.end
        scope_end = min(scope_end, t.end + 400)
        for d in drafts[bisect.bisect_left(starts, t.end) : bisect.bisect_left(starts, scope_end)]:
            if d is t or d.kind == "THREATEN" or id(d) in dropped or not (t.end <= d.start < scope_end):
                continue
            close = len(words_after(words, t.end, d.start, 5)) <= 3
            if d.status is not EventStatus.OCCURRED or close:
                dropped.add(id(d))
                if t.mode is None:
                    t.mode = d.kind.lower()
    return [d for d in drafts if id(d) not in dropped]


def _absorb_request_contents(drafts: list[_Draft], words: str) -> list[_Draft]:
    """ "urged Russia to withdraw its troops": what a request asks for has not happened.

    An event that opens the infinitive after a request verb and its addressee (at most
    seven words to "to", at most three from "to" to the trigger) is what is asked for,
    and so is every event after it in its clause; so is an event noun the verb takes as
    its object ("demanded an immediate ceasefire"). That is the request's content, and
    the first one's kind the request's mode, as a threat's content is.

    An order (mode ``order``, a ``COERCE`` trigger) is binding, not a plea, so it is
    read the same way: it stays a ``COERCE`` event ("ordered the company to change its
    rankings"), but an order to act oneself is that act: ``MOBILIZE`` ("ordered the coast
    guard to maintain its patrols"), ``ASSAULT`` ("ordered air strikes") or ``RETREAT``
    ("ordered his troops to withdraw"). "has ordered 55 jets" is a purchase, no event.
    """
    requests = [t for t in drafts if (t.kind == "REQUEST" or t.mode == "order") and not t.noun]
    if not requests:
        return drafts
    dropped: set[int] = set()
    starts = [d.start for d in drafts]
    for t in requests:
        if t.mode == "order" and _purchase(words, t):
            dropped.add(id(t))
            continue
        content = None
        for d in drafts[bisect.bisect_left(starts, t.end) : bisect.bisect_left(starts, t.sentence.end)]:
            if d is t or d.kind == "REQUEST":
                continue
            between = words_after(words, t.end, d.start, 12)
            if "to" in between:
                to = len(between) - 1 - between[::-1].index("to")
                if to <= 7 and len(between) - to - 1 <= 3:
                    content = d
            elif d.noun and len(between) <= 3 and _OBJECT_OPENERS.issuperset(between[:1]):
                content = d
            break
        if content is None:
            continue
        # "asked the bankers to suspend foreclosures and freeze rates": the rest of its
        # clause is asked for too
        for e in drafts[bisect.bisect_left(starts, content.start) : bisect.bisect_left(starts, content.clause.end)]:
            if e.kind != "REQUEST":
                dropped.add(id(e))
        if t.mode == "order":
            if content.kind in _ACTS_ORDERED:
                t.kind = content.kind
        elif t.mode is None:
            t.mode = content.kind.lower()
    return [d for d in drafts if id(d) not in dropped]


def _purchase(words: str, order: _Draft) -> bool:
    """ "ANA have ordered 55", "155 planes ordered", "ordered US$6 billion in new airliners".

    A count or a sum next to "ordered" and no "to" after it: "ordered 300 people to leave"
    is an order.
    """
    after = words_after(words, order.end, order.clause.end, 8)
    if "to" in after:
        return False
    before = words_before(words, order.clause.start, order.start, 4)
    return any(w[:1].isdigit() or w[:1] in "$\u20ac\u00a3" or w[:3] == "us$" for w in after[:2] + before)


# what an order is when it orders it: the act of the one ordering, by its own people
_ACTS_ORDERED = frozenset({"MOBILIZE", "ASSAULT", "RETREAT"})
# what opens the object noun phrase of a request verb: "demanded an immediate ceasefire"
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "immediate", "urgent", "full", "new"})


# what a warning "of" may be about and still be a threat: a response of the one warning
_THREAT_OBJECTS = frozenset(
    {"consequences", "response", "retaliation", "reprisals", "countermeasures", "measures", "action",
     "steps", "force", "war", "punishment", "price", "retaliate", "respond", "punish", "hesitate"}
)


# what a vow may promise and be a threat: "vowed to respond decisively", "vowed revenge",
# "vowed that the organisers would face justice", "vowed to take all necessary measures"
_VOWED_FORCE = frozenset(
    {"retaliate", "retaliation", "respond", "response", "revenge", "avenge", "punish", "punishment",
     "reprisals", "countermeasures", "consequences", "crush", "destroy", "annihilate", "eliminate",
     "justice", "measures", "prosecute", "hunt"}
)


def _vows_of_force(drafts: list[_Draft], words: str) -> None:
    """ "vowed to respond decisively", "pledged revenge": a promise of force is a threat;
    "vowed never to hand over": a promise not to act is a refusal.

    A promise verb (an AGREE trigger of mode ``promise``) whose next words name a response
    or a punishment becomes a THREATEN event, and one followed by "never" or "not to" a
    REJECT; "vowed to cooperate" stays a promise.
    """
    for d in drafts:
        if d.kind != "AGREE" or d.mode != "promise" or d.noun:
            continue
        after = words_after(words, d.end, d.sentence.end, 6)  # "vowed that ...": past the clause
        if after[:1] == ["never"] or after[:2] == ["not", "to"]:
            d.kind, d.mode = "REJECT", None
        elif not _VOWED_FORCE.isdisjoint(after):
            d.kind = "THREATEN"


def _drop_warnings_of_dangers(drafts: list[_Draft], words: str) -> list[_Draft]:
    """ "warned of famine", "warned the toll could rise": a danger, not a threat.

    A warning is a THREATEN event only when what it says holds an action (an event the
    warning absorbed: "warned of strikes", "warned it would launch an attack") or a
    response ("consequences", "retaliation", "countermeasures").
    """
    out = []
    for d in drafts:
        if d.kind == "THREATEN" and d.form.startswith("warn") and (d.mode is None or d.mode == "other"):
            after = words_after(words, d.end, d.clause.end, 5)
            if after[:1] in (["of"], ["about"]) and not _THREAT_OBJECTS.intersection(after[1:]):
                continue
            if d.mode is None and not d.noun:
                # "warned that the toll could rise": no action of the one warning is in
                # what was said (none was absorbed), and no response is named
                scope_end = d.statement.span.end if d.statement is not None else d.sentence.end
                if not _THREAT_OBJECTS.intersection(words_after(words, d.end, scope_end, 25)):
                    continue
        out.append(d)
    return out


# prepositions after which a past form is an adjective: "of annulled votes", "for banned drugs"
_ADJECTIVE_AFTER = frozenset({"of", "for", "with", "about", "from", "among", "against"})
_ANAPHORIC = frozenset({"the", "these", "those", "this", "that", "such"})


def _drop_repeated_nouns(
    drafts: list[_Draft], words: str, times: list[int], headline_end: int
) -> list[_Draft]:
    """ "the sanctions" after "imposed sanctions on Iran": the same event named again.

    An event noun of a kind an earlier sentence already made an event of refers back to
    that event ("the agreement" after "agreed to exchange prisoners", "the war" after "a
    drone strike"); it is not a new one (and the subject of its own sentence, "Kanani
    rejected the sanctions", is not its agent). It does so after a definite determiner,
    and also without one when its sentence gives it no time of its own and no verb
    before it carries it out ("said talks would continue", "as clashes spread" after
    "clashes broke out"): "held new talks on Monday" and "launched another attack" are
    new events. The headline's nouns announce the events of the lead; they do not make
    the lead's nouns second mentions.
    """
    support = event_support_verbs()
    seen: set[str] = set()  # kinds in earlier body sentences
    current: set[str] = set()  # in the sentence being read
    sentence = None
    out = []
    for d in sorted(drafts, key=lambda x: x.start):
        if d.sentence != sentence:
            if sentence is not None and sentence.start >= headline_end:
                seen |= current
            current = set()
            sentence = d.sentence
        if d.noun and d.kind in seen:
            before = words_before(words, d.clause.start, d.start, 4)
            if before and before[-1] in _ANAPHORIC:
                continue
            k = bisect.bisect_left(times, d.sentence.start)
            dated = k < len(times) and times[k] < d.sentence.end
            if not dated and not any(w in support for w in before):
                continue
        out.append(d)
        current.add(d.kind)
    return out


def _drop_quoted_nouns(drafts: list[_Draft], doc: Doc) -> list[_Draft]:
    """ "This was not an attack on computers," she said: a speaker's words, not a report.

    An event noun inside the quotation marks of a quoted statement belongs to what the
    speaker argues, warns or recalls ("An embargo is not a punishment", "the war in Gaza
    and the attacks on Red Sea shipping"); the article reports the saying, which the
    statement records. A noun a statement links as its speech act is kept.
    """
    if not any(d.noun and d.statement is None for d in drafts):
        return drafts
    quotes = doc.quotes  # in text order
    all_starts = [q[0] for q in quotes]
    quoted = []
    for st in doc.statements:
        if st.quote in _DIRECT:
            k = bisect.bisect_left(all_starts, st.span.start)
            while k < len(quotes) and quotes[k][1] <= st.span.end:
                quoted.append((quotes[k][0], quotes[k][1]))
                k += 1
    if not quoted:
        return drafts
    quoted.sort()
    starts = [q[0] for q in quoted]
    out = []
    for d in drafts:
        if d.noun and d.statement is None:
            k = bisect.bisect_right(starts, d.start) - 1
            if k >= 0 and d.end <= quoted[k][1]:
                continue
        out.append(d)
    return out


def _absorb_topics(drafts: list[_Draft], words: str) -> list[_Draft]:
    """An event noun that is what is discussed or asked for is a topic, not a happening.

    "discussed a ceasefire", "talks on a ceasefire and the release of hostages",
    "demanding early elections and a deal": the nouns are the matter of the talks or the
    demand, and a REQUEST takes the kind of what it asks for as its mode.
    """
    dropped: set[int] = set()
    for i, d in enumerate(drafts):
        if d.kind not in _TOPIC_TAKERS or id(d) in dropped:
            continue
        last = d
        for k in range(i + 1, len(drafts)):
            n = drafts[k]  # by index: a slice copied the rest of the list per taker
            if n.clause != d.clause:
                break
            if not n.noun:
                break
            between = words_after(words, last.end, n.start, 8)
            content = [w for w in between if w not in _TOPIC_SKIP]
            direct = last is d and not d.noun and len(between) <= 3 and not content
            introduced = bool(content) and content[-1] in _TOPIC_PREPOSITIONS and len(between) <= 8
            conjoined = last is not d and bool(content) and content[-1] in ("and", "or") and len(content) <= 2
            if not (direct or introduced or conjoined):
                break
            dropped.add(id(n))
            if d.kind == "REQUEST" and d.mode is None and n.kind != "OTHER":
                d.mode = n.kind.lower()
            last = n
    return [d for d in drafts if id(d) not in dropped]


#: Prepositions whose event noun is what something is about, aimed at or despite, not a
#: happening the sentence reports: "calls for an investigation", "open to talks",
#: "despite repeated warnings", "the transport of ballots".
_FRAMING_PREPOSITIONS = frozenset(
    {"to", "for", "into", "on", "about", "over", "with", "of", "despite", "toward", "towards", "against",
     "without", "regarding", "concerning", "like"}
)
# verbs of need frame their object the same way: "needed urgent food aid" is no aid given
_NEED_VERBS = frozenset(
    {"need", "needs", "needed", "needing", "require", "requires", "required", "requiring", "lack", "lacks",
     "lacked", "lacking", "await", "awaits", "awaited", "awaiting"}
)
_WORDLIKE = re.compile(r"[\w'\u2019-]+\Z")


def _drop_framed_nouns(drafts: list[_Draft], lowered: str) -> list[_Draft]:
    """An event noun a preposition frames is a topic or a goal, not a happening.

    "called for an independent investigation", "the door to dialogue remains open",
    "despite repeated warnings", "98 percent of ballots counted": the noun names what
    something is about, aims at or stands despite. It stays an event after a head that
    makes it the happening ("a series of missile tests", "weeks of fighting",
    ``event_frame_heads.txt``), after "in", "at", "by", "from" and the prepositions of
    time ("killed in an air strike", "the toll from the earthquake"), and as the object
    of an infinitive ("agreed to hold talks"). A verb of need frames its object the
    same way: "1.2 million people needed urgent food aid" is no aid given.
    """
    heads = event_frame_heads()
    return [d for d in drafts if not (d.noun and d.statement is None and _framed(d, lowered, heads))]


def _before_noun(d: _Draft) -> int:
    """Where the words read before the event noun ``d`` start: 60 characters back, within its clause."""
    return max(d.clause.start, d.start - 60)


def _words_before_noun(d: _Draft, lowered: str) -> list[str]:
    """The words (punctuation attached) in the 60 characters of its clause before ``d``."""
    return lowered[_before_noun(d) : d.start].split()


def _framed(d: _Draft, lowered: str, heads: frozenset[str]) -> bool:
    """Whether a framing preposition opens the noun phrase of the event noun ``d``."""
    before = _words_before_noun(d, lowered)
    for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
        word = before[k]
        if not _WORDLIKE.match(word):
            return False  # punctuation ends the noun phrase
        if word in _FRAMING_PREPOSITIONS or word in _NEED_VERBS:
            between = before[k + 1 :]
            if word == "to" and between and between[0] not in DETERMINERS:
                return False  # "to hold talks": the object of a verb
            return not (k > 0 and before[k - 1] in heads)
    return False


#: Quantifiers under which an event noun counts no happening: "no arrests were made",
#: "before any new loan", "did not recommend any travel or trade restrictions".
_NONE_OF = frozenset({"no", "any"})
#: Words that may stand between such a quantifier and its noun: modifiers and a coordination.
_NOUN_PHRASE_STOPS = _FRAMING_PREPOSITIONS | {"in", "at", "by", "from", "after", "before", "as", "than", "that"}


def _drop_unreal_nouns(drafts: list[_Draft], lowered: str) -> list[_Draft]:
    """An event noun that names no happening: "no arrests", "any appeal", "attacks like this".

    "No" or "any" opening the noun's phrase counts none of it or an unspecified one
    ("No arrests were reported", "any appeal could delay the vote", "did not recommend
    any travel or trade restrictions"), and "like this" (or "these", "that", "those")
    after it names a kind ("Attacks like this are an outrage"). A verb keeps its event
    and its status: "did not arrest anyone" is a negated arrest.
    """
    out = []
    for d in drafts:
        if d.noun and d.statement is None and (_quantified_away(d, lowered) or _names_a_kind(d, lowered)):
            continue
        out.append(d)
    return out


def _quantified_away(d: _Draft, lowered: str) -> bool:
    for word in reversed(_words_before_noun(d, lowered)[-4:]):
        if word in _NONE_OF:
            return True
        if not _WORDLIKE.match(word) or word in _NOUN_PHRASE_STOPS or word in DETERMINERS:
            return False
    return False


def _names_a_kind(d: _Draft, lowered: str) -> bool:
    after = lowered[d.end : min(d.clause.end, d.end + 16)].split()
    return len(after) >= 2 and after[0] == "like" and after[1].strip(",.;:") in ("this", "these", "that", "those")


def _drop_open_questions(drafts: list[_Draft], words: str, text: str) -> list[_Draft]:
    """ "Asked whether the junta would invite Russian forces": a question names no event.

    A trigger that "whether" puts in an open question before it in its sentence ("did not
    say whether troops would be deployed", "to decide whether to impose duties") names
    no event unless it is told as having happened, and neither does one in a sentence
    that asks ("Would a last-minute deal rescue the summit?", "Could sanctions derail
    the project?").
    """
    out = []
    for d in drafts:
        if d.status is not EventStatus.OCCURRED and (
            "whether" in words_before(words, d.sentence.start, d.start, 12)
            or text[d.sentence.start : d.sentence.end].rstrip(_CLOSING_MARKS).endswith("?")
        ):
            continue
        out.append(d)
    return out


_CLOSING_MARKS = " \n\"'\u201d\u2019)"
#: Words that open a condition: what it names is not told as happening.
_CONDITIONS = frozenset({"if", "unless"})


def _drop_conditions(drafts: list[_Draft], lowered: str) -> list[_Draft]:
    """ "if the company did not agree", "unless either side asks": a condition is no event.

    A trigger in the clause "if" or "unless" opens names what an event depends on, not
    one that happened or is announced: "would walk off the job if the company did not
    agree to restore pay" has the strike (hypothetical), not an agreement. The condition
    ends at the first comma after it ("If the shooting resumed, Armenia would ask the
    EU ...": the request is the event).
    """
    out = []
    for d in drafts:
        before = lowered[d.sentence.start : d.start]
        if any(w in before for w in _CONDITIONS):
            tokens = before.split()
            k = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i] in _CONDITIONS), -1)
            if k >= 0 and not any("," in t or ";" in t for t in tokens[k:]):
                continue
        out.append(d)
    return out


#: Prepositions that place an event noun after them in time or circumstance: "after the
#: attack", "during talks", "killed in an air strike", "under the agreement".
_PLACING_PREPOSITIONS = frozenset(
    {"after", "since", "during", "following", "before", "amid", "in", "at", "from", "by", "until", "through",
     "throughout", "under"}
)
#: Prepositions after an event noun that bring in who took part or what it was aimed at:
#: "an attack on the port", "talks with the rebels", "a strike by dock workers".
_PARTICIPANT_PREPOSITIONS = frozenset(
    {"on", "against", "by", "with", "in", "at", "to", "of", "between", "near", "over", "into", "from"}
)
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_TOKEN = re.compile(r"\S+")
_PUNCTUATION = ",;:\"\u201c\u201d()[]"


def _drop_unanchored_nouns(
    drafts: list[_Draft], lowered: str, doc: Doc, mentions: Mentions, times: list[int]
) -> list[_Draft]:
    """An event noun nothing ties to a happening names a kind or a topic, not an event.

    "tariffs and currency weakness feed into prices", "the danger of landslides", "he
    is a stronger general election candidate": the nouns name kinds of happenings.
    An event noun names one that happened, happens or is planned when its sentence
    anchors it: a possessor or an actor before it ("Russia's attack", "Houthi
    attacks"), a verb that carries it out (``event_support_verbs.txt``: "launched an
    attack", "held talks"), a preposition that places it ("after the vote", "killed in
    an air strike", "under the agreement"), a word that dates or counts it
    (``event_occurrence_words.txt``: "the latest strike", "two attacks", "the 2015
    quake"), a head that counts it ("weeks of fighting"), a participant after it ("an
    attack on the port", "talks with the rebels"), a verb it is the subject of ("the
    strike had cost", "a landslide buried six houses", "a deal that will free"), or a
    time expression right after it ("the attack on Monday"). The headline's telegraphic
    nouns ("Strike shuts ports") are kept, and so is a noun a statement links.
    """
    headline_end = len(doc.article.headline)
    out = []
    for d in drafts:
        if d.noun and d.statement is None and d.start > headline_end and not _anchored(d, lowered, times, mentions):
            continue
        out.append(d)
    return out


def _anchored(d: _Draft, lowered: str, times: list[int], mentions: Mentions) -> bool:
    """Whether the sentence of the event noun ``d`` ties it to a happening (see above)."""
    tokens = list(_TOKEN.finditer(lowered, _before_noun(d), d.start))
    support, occurrence, heads = event_support_verbs(), event_occurrence_words(), event_frame_heads()
    phrase_start = d.start  # where the noun's phrase begins, as far as the walk back reads it
    opened = False  # a determiner opened the phrase: only the word governing it is left to read
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1):
        word = tokens[k].group()
        bare = word.strip(_PUNCTUATION)
        if bare.endswith(("'s", "\u2019s", "s'", "s\u2019")) or bare in POSSESSIVE_PRONOUNS:
            return True  # "Russia's attack", "their strike", "Monday's vote"
        if bare != word:
            break  # punctuation ends the phrase
        if bare in support or bare in _PLACING_PREPOSITIONS:
            return True  # "launched an attack", "after the vote"
        if bare in _FRAMING_PREPOSITIONS and k > 0 and tokens[k - 1].group() in heads:
            return True  # "weeks of fighting", "claimed responsibility for the attack"
        if opened:
            break
        if bare in occurrence or any(c.isdigit() for c in bare):
            return True  # "the latest strike", "two attacks", "the 2015 quake", "9/11 attacks"
        if bare in _FRAMING_PREPOSITIONS or bare in AUXILIARIES or bare in _NOUN_PHRASE_STOPS:
            break
        phrase_start = tokens[k].start()
        opened = bare in DETERMINERS
    i = mentions.last_inside(phrase_start, d.start)
    if i >= 0 and not lowered[mentions.ends[i] : d.start].strip():
        return True  # "U.S. and British air strikes", "the Iraq war"
    after = lowered[d.end : min(d.sentence.end, d.end + 50)].split()  # a clause break may come before "that"
    if after:
        if len(after) > 1 and (after[0] in _NOT_FINITE or after[0].endswith("ly")):
            del after[0]  # "a separate deal also funneled", "the talks finally collapsed"
        first = after[0]
        second = after[1] if len(after) > 1 else ""
        if first in _PARTICIPANT_PREPOSITIONS and second:
            return True
        if _finite(first) or ((first in _RELATIVE_PRONOUNS or first == ",") and _finite(second)):
            return True  # "the strike had cost", "a deal that will free", "the dialogue, launched in"
        if d.form.endswith("ing") and (first in DETERMINERS or first == "all" or first[:1].isdigit()):
            return True  # "killing all 228 people": a verb with its object
    k = bisect.bisect_left(times, d.end)
    return k < len(times) and times[k] - d.end <= 12  # "the attack on Monday"


def _finite(word: str) -> bool:
    """Whether ``word`` reads as a verb after a noun: an auxiliary or a past form."""
    return (word in AUXILIARIES and word not in _NOT_FINITE) or word in verb_past_forms() or (
        len(word) > 4 and word.endswith("ed")
    )


# the adverbs and non-finite forms listed among the auxiliaries: "the talks still ..."
# needs the verb after the adverb
_NOT_FINITE = frozenset(
    {"also", "still", "yet", "ever", "then", "already", "reportedly", "allegedly", "be", "being", "been", "am"}
)


# the hypothetical words but "would": "would not accept" is a refusal, "could not" is not
_DOUBTS = HYPOTHETICAL - {"would"}
#: Agreements whose negation is a refusal: "would not accept a deal", "did not agree to".
_REFUSABLE = frozenset({"agree", "accept", "agree to"})
_FAILING = frozenset({"failed", "fails", "fail"})  # failing to agree refuses nothing
_REFUSING = NEGATING_VERBS - _FAILING


def _refusals(drafts: list[_Draft], words: str, text: str) -> None:
    """ "would not accept a deal", "refused to sign": a refusal is a REJECT event.

    A negated "agree" or "accept", or an agreement after "refused to" or "declined to",
    becomes a REJECT event that occurred: the stated refusal. One a condition or a modal
    puts in doubt ("if the company did not agree", "should not have accepted"), or a
    relative clause tells of ("a candidate who had not accepted money"), stays a negated
    agreement, and "failed to agree" refuses nothing.
    """
    for d in drafts:
        if d.kind != "AGREE" or d.status is not EventStatus.NEGATED or d.noun:
            continue
        before = words_before(words, d.clause.start, d.start, 12)
        infinitive = len(before) >= 2 and before[-1] == "to"
        if infinitive and before[-2] in _FAILING:
            continue
        if (
            ((infinitive and before[-2] in _REFUSING) or d.entry.trigger in _REFUSABLE)
            and _DOUBTS.isdisjoint(before)
            and not is_relative_clause(text, d.clause)
        ):
            d.kind = "REJECT"
            d.mode = None
            d.status = EventStatus.OCCURRED


def _drop_internal_requests(doc: Doc, drafts: list[_Draft], mentions: Mentions) -> list[_Draft]:
    """A directive an actor gives its own organisation ("urged his party") is not between actors."""
    affiliation = {a.id: a.affiliation for a in doc.actors}
    owned_cache: dict[str, bool] = {}

    def owned(actor_id: str) -> bool:
        if actor_id not in owned_cache:
            owned_cache[actor_id] = any(m.pronoun_owned for m in mentions.of_actor(actor_id))
        return owned_cache[actor_id]

    adversaries = adversary_nouns()
    text = doc.text
    out = []
    for d in drafts:
        if d.kind == "REQUEST" and d.roles.targets and d.roles.agents:
            agent = d.roles.agents[0].actor
            # "urged his opponents": the other side, though "his" opens it
            internal = all(
                (owned(t.actor) and text[t.start : t.end].rpartition(" ")[2].lower() not in adversaries)
                or affiliation.get(t.actor) == agent
                or affiliation.get(agent) == t.actor
                for t in d.roles.targets
            )
            if internal:
                continue
        out.append(d)
    return out


def _merge(drafts: list[_Draft], text: str) -> list[_Draft]:
    """One event per clause and kind: "exercises ... to include a drill" is one event.

    A participle after a comma tells the outcome of the event of its kind before it:
    "troops exchanged heavy fire, killing two soldiers" is one assault.
    """
    kept: list[_Draft] = []
    for d in sorted(drafts, key=lambda x: x.start):
        host = None
        for k in reversed(kept):
            if k.sentence != d.sentence or k.end < d.start - 600:
                break
            if k.kind != d.kind or (k.statement is not None and d.statement is not None):
                continue
            same_clause = k.clause == d.clause
            elaborates = is_relative_clause(text, d.clause) and k.clause.end <= d.clause.start
            # "weapons tests by Pyongyang ... data on North Korean missile launches": one activity
            renamed = k.noun and d.noun and k.mode == d.mode and bool(k.roles.agent_ids & d.roles.agent_ids)
            outcome = d.form.endswith("ing") and k.end <= d.start and text.startswith(", ", d.start - 2)
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

