"""Whether an event noun names a happening, read from its own phrase.

An event noun may name a topic, a goal or a kind of happening rather than one that
happened, happens or is planned. A preposition or a verb of need that frames it ("called
for an investigation", "needed urgent food aid") makes it a topic or a goal
(:func:`drop_framed_nouns`); "no" or "any" before it counts none, and "like this" after
it names a kind (:func:`drop_unreal_nouns`); and one that nothing in its sentence ties to
a happening (a possessor, a verb that carries it out, a preposition that places it, a
word that dates or counts it, a participant or a verb after it, a time right after it)
names a kind or a topic (:func:`drop_unanchored_nouns`). Verbs keep their events; a noun
a statement links as its speech act is kept. The passes over the context of a draft
(quotations, earlier mentions, questions, conditions) are in :mod:`._event_filters`.
"""

from __future__ import annotations

import bisect
import re

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import AUXILIARIES, DETERMINERS, POSSESSIVE_PRONOUNS, Mentions
from newsdoc._extract._event_drafts import NONE_OF, Draft
from newsdoc._extract._event_lexicon import (
    event_frame_heads,
    event_occurrence_words,
    event_support_verbs,
    verb_past_forms,
)

__all__ = ["drop_framed_nouns", "drop_unanchored_nouns", "drop_unreal_nouns"]

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


def drop_framed_nouns(drafts: list[Draft], lowered: str) -> list[Draft]:
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


def _before_noun(d: Draft) -> int:
    """Where the words read before the event noun ``d`` start: 60 characters back, within its clause."""
    return max(d.clause.start, d.start - 60)


def _words_before_noun(d: Draft, lowered: str) -> list[str]:
    """The words (punctuation attached) in the 60 characters of its clause before ``d``."""
    return lowered[_before_noun(d) : d.start].split()


def _framed(d: Draft, lowered: str, heads: frozenset[str]) -> bool:
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


#: Words that may stand between a quantifier of ``NONE_OF`` and its noun: modifiers and a coordination.
_NOUN_PHRASE_STOPS = _FRAMING_PREPOSITIONS | {"in", "at", "by", "from", "after", "before", "as", "than", "that"}


def drop_unreal_nouns(drafts: list[Draft], lowered: str) -> list[Draft]:
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


def _quantified_away(d: Draft, lowered: str) -> bool:
    for word in reversed(_words_before_noun(d, lowered)[-4:]):
        if word in NONE_OF:
            return True
        if not _WORDLIKE.match(word) or word in _NOUN_PHRASE_STOPS or word in DETERMINERS:
            return False
    return False


def _names_a_kind(d: Draft, lowered: str) -> bool:
    after = lowered[d.end : min(d.clause.end, d.end + 16)].split()
    return len(after) >= 2 and after[0] == "like" and after[1].strip(",.;:") in ("this", "these", "that", "those")


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


def drop_unanchored_nouns(
    drafts: list[Draft], lowered: str, doc: Doc, mentions: Mentions, times: list[int]
) -> list[Draft]:
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


def _anchored(d: Draft, lowered: str, times: list[int], mentions: Mentions) -> bool:
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
