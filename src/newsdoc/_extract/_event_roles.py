"""Who takes part in an event, where it happens: participants and location from the clause.

The agent is the actor of the clause's subject: the nearest actor mention before the
trigger in its clause that is not the object of a preposition ("Seoul, Tokyo and
Washington have ramped up..."), or, for an event noun, the actor that owns it
("Pyongyang's test", "tests by Pyongyang", "North Korean missile launches"). The target
is the actor right after the trigger or after "against", "on", "to"; an actor after
"with" is a partner (role OTHER). The location is a place or country after "in", "at",
"near"... in the same clause ("arrived in the port city of Busan").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

import attrs

from newsdoc._extract._event_context import AUXILIARIES, LOCATIVE, PREPOSITIONS, MentionRef, Mentions, Range
from newsdoc._extract._event_lexicon import verb_past_forms
from newsdoc._extract._gazetteer import gazetteer
from newsdoc._models import ActorKind

__all__ = ["Roles", "find_location", "find_roles"]

# what joins two coordinated mentions: "Russia and China", "Iran's and Iraq's", "the army
# and the Arakan Army" (a "the" before the second)
_COORDINATION = re.compile(r"(?:['\u2019]s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:the\s+)?\Z")
_NP_GAP = re.compile(r"(?:['\u2019]s?)?(?:\s+[\w\-]+){0,4}\s+\Z")
_GAP_WORD = re.compile(r"[\w\-]+")
_TARGET_PREPS = frozenset(["against", "on", "upon", "at", "to", "toward", "towards", "over", "of", "into"])
_AGENT_PREPS = frozenset({"by", "from"})
# after an event noun, the sides that take part in it together: "fighting between the army and rebels"
_MUTUAL_PREPS = frozenset({"between"})
# a host before such a noun is its agent: "offered to host talks between ministers and NGOs"
_HOSTED = re.compile(r"\b(?:host|broker|mediate|facilitate)(?:s|d|ed|ing)?\s+(?:(?:the|new|direct|fresh)\s+)?\Z")
# an event noun placed by "in" or "during" after a verb and its object: "arrested 600 people in raids"
_PLACING_TAIL = re.compile(r"\s(?:in|during)\s+(?:(?![a-z\-]*(?:ing|ed)\s)[a-z\-]+\s+){0,3}\Z")
_VERB_FORM = re.compile(r"\b[a-z]+(?:ed|ing)\b")
# a comma inside "11,482" breaks nothing, nor does a bracketed acronym: "(CHP)"
_CLAUSE_BREAK = re.compile(r"[,;:](?!\d)|\((?![a-z]{2,6}\))|[\"\u201c\u201d]")
# event nouns whose sufferers take part in them: "were injured in the clashes"
_MUTUAL_NOUNS = frozenset({"clash", "clashes", "fighting", "battle", "battles", "skirmish", "skirmishes", "scuffles"})
# a passive verb: "Two people were killed in an attack"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?\Z")


def _placing_verb(lowered: str, lo: int, start: int) -> tuple[int, int] | None:
    """The verb whose object an event noun after "in" or "during" follows, as its span:
    "arrested" in "Police arrested 600 people in raids" (no comma between)."""
    tail = _PLACING_TAIL.search(lowered, max(lo, start - 40), start)
    if tail is None:
        return None
    last = None
    for m in _VERB_FORM.finditer(lowered, max(lo, tail.start() - 100), tail.start()):
        last = m
    if last is None or _CLAUSE_BREAK.search(lowered, last.end(), tail.start()) is not None:
        return None
    return last.start(), last.end()


_LOCATION = ActorKind.LOCATION
_PLACE_KINDS = (ActorKind.LOCATION, ActorKind.COUNTRY)
#: How far (in characters) a participant or place may stand from its trigger; bounds the
#: work per trigger, so a huge sentence costs linear time.
WINDOW = 300
_VP_COORDINATION = re.compile(r"[\s,]*and\s")
# a relative clause between a subject and its verb: "the Houthis, who control much of
# northern Yemen, struck": what it names is not the subject
_RELATIVE_TAIL = re.compile(r",\s+(?:who|which|whose)\s[^,.;:()]{0,150},\s*\Z")
_SUBORDINATE = re.compile(
    r"[\s,]*(?:since|after|before|because|if|unless|when|while|although|though|as|until|whereas)\s"
)
_FRONTED = re.compile(
    r"[\"'\u201c\s]*(?:at(?! least\b| most\b)|in|during|after|before|on|following|amid|ahead of)\s"
)
# capitalized words, then at most two lowercase modifiers, right before the event noun
_DEMONYM_BEFORE = re.compile(r"((?:[A-Z][\w.\-]*\s){1,3})(?:[a-z][\w\-]*\s){0,2}\Z")
_PHRASE_BREAK = re.compile(r"[,;:!?()\"\u201c\u201d]|\s--?\s|\s\u2014\s")
_MODIFIER_NEXT = re.compile(r"\s+[a-z]")


@attrs.define
class Roles:
    """The participants found for one trigger."""

    agents: list[MentionRef] = attrs.Factory(list)
    targets: list[MentionRef] = attrs.Factory(list)
    others: list[MentionRef] = attrs.Factory(list)
    strong: bool = False  # the agent was found in the trigger's own clause

    @property
    def agent_ids(self) -> set[str]:
        return {m.actor for m in self.agents}


def _joinable(m: MentionRef, chosen: MentionRef) -> bool:
    if m.kind == ActorKind.LOCATION and chosen.kind != ActorKind.LOCATION:
        return False
    return (m.prep in LOCATIVE) == (chosen.prep in LOCATIVE)


def _coordinated_before(mentions: Mentions, chosen: MentionRef, lowered: str, lo: int) -> list[MentionRef]:
    """``chosen`` and the mentions joined to it by commas, "and" or "or" before it."""
    group = [chosen]
    lo = max(lo, chosen.start - WINDOW)
    current = chosen
    ends = mentions.ends
    # (explicit loops here and below: a comprehension costs a call per use; a mention is
    # read only once the offsets alone do not rule it out)
    starts = mentions.starts
    first_i = bisect.bisect_left(starts, lo)
    for i in range(bisect.bisect_left(starts, chosen.start, first_i) - 1, first_i - 1, -1):
        if ends[i] > current.start:  # also drops those ending after ``chosen`` starts
            continue
        if _COORDINATION.match(lowered, ends[i], current.start) is None:
            if i > first_i and starts[i - 1] == starts[i]:
                continue  # "Myanmar" inside "Myanmar's military and the Arakan Army": try the longer
            break
        m = mentions.ref(i)
        if not _joinable(m, chosen):
            break
        group.insert(0, m)
        current = m
    return group


def _coordinated_after(mentions: Mentions, chosen: MentionRef, lowered: str, hi: int) -> list[MentionRef]:
    group = [chosen]
    current = chosen
    starts = mentions.starts
    for i in mentions.indices(chosen.end, min(hi, chosen.end + WINDOW)):
        if starts[i] < current.end:
            continue
        if _COORDINATION.match(lowered, current.end, starts[i]) is None:
            break
        m = mentions.ref(i)
        if not _joinable(m, chosen):
            break
        group.append(m)
        current = m
    return group


def _np_owner(mentions: Mentions, lowered: str, clause: Range, start: int) -> MentionRef | None:
    """The actor mention inside the noun phrase of an event noun ("the North's ongoing meeting")."""
    last = mentions.last_inside(max(clause.start, start - 60), start)
    if last < 0 or mentions.kinds[last] == _LOCATION:
        return None  # "the Gaza ceasefire": where it holds, not who agreed to it
    gap = lowered[mentions.ends[last] : start]
    if len(gap) > 40 or _NP_GAP.match(gap) is None:
        return None
    for w in _GAP_WORD.findall(gap):
        if w != "s" and (w in PREPOSITIONS or w in AUXILIARIES or w.endswith("ed") or w in verb_past_forms()):
            return None
    # with a preposition before it and no word between, a bare modifier owns it too
    # ("drills with U.S. forces" is handled by the caller)
    return mentions.ref(last)


def _subject(
    mentions: Mentions, lowered: str, lo: int, start: int, *, first: bool = False
) -> MentionRef | None:
    kinds, starts, ends = mentions.kinds, mentions.starts, mentions.ends
    if not first:
        back = start - 160 if start - 160 > lo else lo
        relative = _RELATIVE_TAIL.search(lowered, back, start)
        if relative is not None:
            start = relative.start()
    if first:
        for i in mentions.indices(lo, min(start, lo + WINDOW)):
            if kinds[i] != _LOCATION:
                m = mentions.ref(i)
                if not m.prep or m.possessive:
                    return m
        return None
    # the mentions inside [max(lo, start - WINDOW), start), last first, as indexes: no
    # list of them is made (most triggers find their subject in the first one or two)
    first_i = bisect.bisect_left(starts, lo if lo > start - WINDOW else start - WINDOW)
    last_i = bisect.bisect_left(starts, start, first_i) - 1
    for i in range(last_i, first_i - 1, -1):
        if ends[i] <= start and kinds[i] != _LOCATION:
            m = mentions.ref(i)
            if not m.prep or m.possessive:
                # "Colombia's central bank raised": the longest mention starting there
                while i > first_i and starts[i - 1] == starts[i] and ends[i - 1] <= start:
                    i -= 1
                    if kinds[i] != _LOCATION:
                        m = mentions.ref(i)
                return m
    for i in range(last_i, first_i - 1, -1):
        if ends[i] <= start and kinds[i] != _LOCATION:
            m = mentions.ref(i)
            if m.prep not in LOCATIVE:
                return m
    return None


def find_roles(
    mentions: Mentions,
    text: str,
    lowered: str,
    countries: Mapping[str, str],
    sentence: Range,
    clause: Range,
    start: int,
    end: int,
    *,
    noun: bool,
    passive: bool,
) -> Roles:
    """The agent, target and other participants of the trigger at ``[start, end)``.

    Args:
        mentions: The document's actor mentions.
        text: The document text.
        lowered: The text in lower case.
        countries: The country actors' ids by ISO 3166 alpha-3 code, for "Russian strikes".
        sentence: The trigger's sentence.
        clause: The trigger's clause.
        start: Where the trigger starts.
        end: Where it ends.
        noun: Whether the trigger is an event noun.
        passive: Whether it is a passive verb ("was attacked by").

    Returns:
        The roles; ``strong`` tells whether the agent came from the trigger's clause.
    """
    roles = Roles()
    kinds, starts, ends = mentions.kinds, mentions.starts, mentions.ends
    near_after = []  # indexes of the mentions just after the trigger
    # those inside [end, min(clause.end, end + 80)) that start at most 60 after the trigger
    hi = clause.end if clause.end < end + 80 else end + 80
    first_i = bisect.bisect_left(starts, end)
    for i in range(first_i, bisect.bisect_left(starts, hi if hi < end + 61 else end + 61, first_i)):
        if ends[i] <= hi and kinds[i] != _LOCATION:
            near_after.append(i)
    agent: MentionRef | None = None
    if noun or passive:
        for i in near_after:
            m = mentions.ref(i)
            if m.prep in _AGENT_PREPS and (m.start - end <= 40 or (passive and _place_or_time(lowered, end, m.start))):
                agent = m  # "signed in the northern city of Khujand by": a place may come between
                break
            if (
                noun
                and m.prep in _MUTUAL_PREPS
                and m.start - end <= 40
                and _HOSTED.search(lowered, max(0, start - 40), start) is None
            ):
                agent = m  # "fighting between rival drug cartels", "clashes between police and protesters"
                break
        roles.strong = agent is not None
    if agent is None and noun:
        agent = _np_owner(mentions, lowered, clause, start) or _demonym_owner(text, clause, start, countries)
        roles.strong = agent is not None
    if agent is None and not passive and not noun:
        agent = _relative_subject(mentions, lowered, start)  # "at students who threw stones"
        roles.strong = agent is not None
    placed = False
    if agent is None and noun:
        verb = _placing_verb(lowered, clause.start, start)
        if verb is not None:
            # "Police arrested 600 people in raids": the verb's subject, not its object;
            # "Two people were killed in an attack": a passive's subject suffered it, no agent
            if _PASSIVE_BEFORE.search(lowered, max(clause.start, verb[0] - 30), verb[0]) is None:
                agent = _subject(mentions, lowered, clause.start, verb[0])
                roles.strong = agent is not None
            else:  # "four police officers were injured in the clashes": they took part in them
                placed = lowered[start:end] not in _MUTUAL_NOUNS
    if agent is None and not passive and not placed:
        agent = _subject(mentions, lowered, clause.start, start)
        roles.strong = agent is not None
        if agent is None and _VP_COORDINATION.match(lowered, clause.start) is not None:
            # "Pyongyang launched a satellite ... and test-fired a missile": the sentence's subject
            agent = _subject(mentions, lowered, sentence.start, clause.start, first=True)
        if agent is None and not (noun and _SUBORDINATE.match(lowered, clause.start)):
            # an event noun in a subordinate clause ("since two crashes killed...") takes
            # no subject from the main clause
            agent = _subject(mentions, lowered, sentence.start, clause.start)
        if agent is None and noun and _FRONTED.match(lowered, sentence.start) is not None:
            # a fronted phrase: "At the party meeting, Kim called..." -> the main clause's subject
            comma = lowered.find(",", end, min(clause.end, end + 40))
            if comma >= 0:
                found = mentions.indices(comma, min(sentence.end, comma + 30))
                agent = mentions.ref(found[0]) if found else None
    if agent is not None and agent.prep in _MUTUAL_PREPS and agent.start >= end:
        roles.agents = _coordinated_after(mentions, agent, lowered, clause.end)
    elif agent is not None:
        lo = clause.start if agent.start >= clause.start else sentence.start
        roles.agents = _coordinated_before(mentions, agent, lowered, lo)
    if passive:
        last = mentions.last_inside(max(clause.start, start - 60), start)
        if last >= 0 and not lowered[ends[last] : start].strip():
            subject: MentionRef | None = mentions.ref(last)  # "companies accused of ...": the noun it follows
        else:
            subject = _subject(mentions, lowered, clause.start, start)
        if subject is not None:
            roles.targets = _coordinated_before(mentions, subject, lowered, clause.start)
    taken = set()
    for m in roles.agents:
        taken.add(m.start)
    for i in near_after:
        if _PHRASE_BREAK.search(lowered, end, starts[i]) is not None:
            break
        m = mentions.ref(i)
        if m.start in taken or m.prep in LOCATIVE or m.prep in _AGENT_PREPS:
            continue
        if m.prep == "with":
            roles.others = _coordinated_after(mentions, m, lowered, clause.end)
            break
        if not roles.targets and (m.prep == "" or m.prep in _TARGET_PREPS or m.possessive):
            roles.targets = _coordinated_after(mentions, m, lowered, clause.end)
            for t in roles.targets:
                taken.add(t.start)
            continue
        break
    return roles


_RELATIVES = frozenset({"who", "that"})


def _relative_subject(mentions: Mentions, lowered: str, start: int) -> MentionRef | None:
    """The actor a relative pronoun right before a verb stands for: "students who threw
    stones", "villagers who had blocked the line" (an auxiliary or adverb may come
    between); whatever preposition governs the antecedent, the pronoun is the subject."""
    last = mentions.last_inside(max(0, start - 40), start)
    if last < 0:
        return None
    m = mentions.ref(last)
    if lowered[m.start : m.end] not in _RELATIVES:
        return None
    between = _GAP_WORD.findall(lowered, m.end, start)
    if len(between) > 2 or any(w not in AUXILIARIES and not w.endswith("ly") and w != "not" for w in between):
        return None
    return m


def _place_or_time(lowered: str, end: int, start: int) -> bool:
    """Whether only a phrase of place or time stands between a passive verb and its "by"
    agent ("signed in Manila by", "approved on Tuesday by"): it opens with a preposition
    and holds no verb form or punctuation."""
    gap = lowered[end:start]
    words = _GAP_WORD.findall(gap)
    if not words or (words[0] not in LOCATIVE and words[0] not in ("on", "last", "this")):
        return False
    if _PHRASE_BREAK.search(gap) is not None:
        return False
    return not any(w.endswith(("ed", "ing")) or w in verb_past_forms() for w in words[1:])


def _demonym_owner(text: str, clause: Range, start: int, countries: Mapping[str, str]) -> MentionRef | None:
    """The country of a demonym before an event noun: "North Korean missile launches"."""
    if not countries:
        return None
    window_start = max(clause.start, start - 60)
    if text[window_start:start].islower():
        return None  # no capital letter, which the pattern needs: not worth a search
    match = _DEMONYM_BEFORE.search(text, window_start, start)
    if match is None:
        return None
    words = match.group(1).split()
    for i in range(len(words)):
        surface = " ".join(words[i:])
        for place in gazetteer().places(surface):
            if place.role in ("demonym", "alias", "name") and place.iso3 in countries:
                at = match.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
                return MentionRef(
                    at, at + len(surface), countries[place.iso3], ActorKind.COUNTRY, "", False, False
                )
    return None


def find_location(mentions: Mentions, text: str, clause: Range, start: int, end: int) -> MentionRef | None:
    """The place where the trigger's event happens: a place after "in", "at", "near"...

    The first place after the trigger in its clause (within :data:`WINDOW`) governed by a
    locative preposition, unless an adjective-like place comes before another ("the South
    Korean port city of Busan"); else the last one before the trigger.
    """
    kinds, starts, ends = mentions.kinds, mentions.starts, mentions.ends
    lo = clause.start if clause.start > start - WINDOW else start - WINDOW
    hi = clause.end if clause.end < end + WINDOW else end + WINDOW
    first_i = bisect.bisect_left(starts, lo)
    last_i = bisect.bisect_left(starts, hi, first_i)
    split = min(bisect.bisect_left(starts, end, first_i), last_i)  # the first starting after the trigger
    # the places after the trigger, in order, read only until one is chosen
    pending = None  # a place right before a modifier: chosen only if no other place follows
    for i in range(split, last_i):
        if ends[i] > hi or kinds[i] not in _PLACE_KINDS:
            continue
        m = mentions.ref(i)
        if _locative(m):
            if _MODIFIER_NEXT.match(text, m.end) is None:
                return m
            pending = m
    if pending is not None:
        return pending
    # else the last place before it
    for i in range(split - 1, first_i - 1, -1):
        if ends[i] > start or kinds[i] not in _PLACE_KINDS:
            continue  # not a place, or not wholly before the trigger: not read
        m = mentions.ref(i)
        if _locative(m):
            return m
    return None


def _locative(m: MentionRef) -> bool:
    """Whether a place mention is where something happens: "in Busan", "on the peninsula"."""
    return (
        not m.possessive
        and not m.pronoun
        and (m.prep in LOCATIVE or (m.prep == "on" and m.kind == ActorKind.LOCATION))
    )
