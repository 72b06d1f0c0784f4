"""Finding the triggers of events: which words of the text name an event, and of which kind.

The lexicon's trigger forms are found in the lowered text (:meth:`EventLexicon.finditer`),
and :func:`find_drafts` reads each in its clause. A capitalised trigger inside a sentence
is a name ("March", "Rally Party"); a past form after an article or a preposition is an
adjective ("the number of annulled votes"); a verb lemma after a determiner is a noun
("the release of hostages"). A trigger before a noun it modifies ("war crimes"), one that
tells why a source goes unnamed ("who requested anonymity"), a figurative one ("a trade
war", "strike the right balance") and one inside a short quoted label name no event.
An entry with a requirement counts only where the words around the trigger meet it
(:mod:`._trigger_requirements`), and between a verb and a noun reading the word before
chooses. Each trigger kept becomes a :class:`~newsdoc._extract._event_drafts.Draft` with
its sentence, clause and status.
"""

from __future__ import annotations

import bisect
import re

from newsdoc._extract._doc import Doc
from newsdoc._extract._event_context import (
    AUXILIARIES,
    DETERMINERS,
    NEGATORS,
    Mentions,
    Range,
    clause_breaks,
    clause_of,
    is_relative_clause,
    status_of,
    words_after,
    words_before,
)
from newsdoc._extract._event_drafts import NONE_OF, Draft
from newsdoc._extract._event_lexicon import (
    NO_EVENT,
    EventLexicon,
    TriggerEntry,
    figurative_strike_objects,
    figurative_war_words,
    hazard_nouns,
    noun_modifier_heads,
)
from newsdoc._extract._trigger_requirements import required
from newsdoc._extract._words import NUMBER_WORDS

__all__ = ["find_drafts"]

# words before a form that make it a verb: "to attack", "they attack", "would not attack"
_VERBAL_BEFORE = AUXILIARIES | NEGATORS | {"to", "he", "she", "they", "we", "i", "you", "it", "who", "which"}
# (possessive: the closing quote cannot be part of the run, so giving back is never needed)
_SHORT_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,80}+)[\"\u201d]")
_PICK = frozenset({"pick", "picks", "picked", "picking"})  # "picked a fight with": a quarrel
# prepositions after which a past form is an adjective: "of annulled votes", "for banned drugs"
_ADJECTIVE_AFTER = frozenset({"of", "for", "with", "about", "from", "among", "against"})
# first words of a fixed phrase that is a clause's verb, not a noun: "will not tolerate"
_CLAUSE_OPENING = frozenset({"will", "would", "won't", "there"})


def find_drafts(
    lexicon: EventLexicon, doc: Doc, text: str, lowered: str, words: str, mentions: Mentions
) -> list[Draft]:
    """The drafts of the triggers of ``lexicon`` in ``doc``, in text order.

    A trigger is passed over when it is capitalised inside a sentence (a name), inside an
    actor's mention, of no entry whose requirement its words meet, a modifier of the noun
    after it, part of how a source is described, figurative, or inside a short quoted
    label; each kept one gets its sentence, clause and status.
    """
    headline_end = len(doc.article.headline)
    spans = doc.sentences
    sentences: dict[int, Range] = {}  # made for the sentences that have triggers
    breaks: dict[int, list[tuple[int, int]]] = {}
    quotes: list[tuple[int, int]] | None = None
    quote_starts: list[int] = []
    drafts: list[Draft] = []
    forms = lexicon.forms
    for start, end, form in lexicon.finditer(lowered):
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
            entry = _choose(lexicon, form, text, words, clause, start, end, mentions)
        if entry is None or entry.kind == NO_EVENT:
            continue
        # a fixed phrase is a noun unless it is a past form or opens with a modal or
        # "there" ("will not tolerate", "there will be consequences": a clause's verb)
        noun = entry.pos == "noun" or (
            entry.pos == "fixed" and not form.endswith("ed") and form.split(" ", 1)[0] not in _CLAUSE_OPENING
        )
        previous = None  # the word before, read once
        if entry.pos == "verb" and " " not in form and form != entry.trigger and not form.endswith("s"):
            # a past form after an article is a noun of its own: "a low shot"; after a
            # preposition it modifies the noun that follows: "the number of annulled votes"
            previous = words_before(words, clause.start, start, 1)
            if previous and (previous[0] in ("a", "an", "the") or previous[0] in _ADJECTIVE_AFTER):
                continue
        if entry.requires == "agent" and form.endswith("ed") and _counted(words, clause, start):
            continue  # "the wounded", "31 wounded had been brought in", "19 wounded patients"
        if not noun and not form.endswith(("ed", "ing")):
            # a verb lemma after a determiner is used as a noun: "the release of hostages"
            if previous is None:
                previous = words_before(words, clause.start, start, 1)
            noun = bool(previous) and (previous[0] in DETERMINERS or previous[0] in NONE_OF)
        following = words_after(words, end, clause.end, 2)
        if following[-1:] == ["comment"] or _sourcing(words, clause, start, following):
            continue  # "requests for comment", "who requested anonymity": newsroom practice
        if (noun or form == entry.trigger) and following and following[0] in noun_modifier_heads():
            continue  # "war crimes", "180 fire engines": a modifier of the noun after it
        if _figurative(entry, form, text, words, sentence, clause, start, following):
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
            Draft(start, end, form, entry, entry.kind, entry.mode, noun, sentence, clause, status)
        )
    return drafts


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
    "strikes the right balance" or "a discordant note" hits nobody, nor does "the deal,
    first struck" in July; "meet the requirements" meets no one, and "summoned the
    ambassador to protest" is the summons, no demonstration.
    """
    kind = entry.kind
    if form == "asked" and clause.start == start:
        return True
    if entry.trigger == "ask" and entry.pos == "verb":
        return _asks_a_question(text, start + len(form), sentence.end)
    if entry.trigger == "meet" and entry.pos == "verb":
        # "meet the requirements", "met all legal standards", "once its needs were met":
        # a standard is satisfied, no one meets
        near = words_after(words, start, clause.end, 5)[1:] + words_before(words, clause.start, start, 3)
        return not _MET_STANDARDS.isdisjoint(near)
    if entry.trigger == "protest" and entry.pos == "verb" and "summoned" in words_before(words, clause.start, start, 8):
        return True  # "summoned China's ambassador to protest": the summons is the complaint
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
    if form == "struck" and not figurative_strike_objects().isdisjoint(words_before(words, sentence.start, start, 3)):
        return True  # "The deal, first struck at Bougival": a passive whose subject is the object
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
        return not hazards.isdisjoint(words_before(words, lo, start, 10)) or not hazards.isdisjoint(following)
    return False


def _choose(
    lexicon: EventLexicon, form: str, text: str, words: str, clause: Range, start: int, end: int, mentions: Mentions
) -> TriggerEntry | None:
    """The entry of ``form`` that the words around it fit, or ``None``.

    Of the entries whose requirement is met, a verb reading needs a verbal word or a subject
    before it ("to attack", "they attack"), else the noun reading is taken ("the attack").
    """
    entries = []
    for e in lexicon.forms[form]:
        if not e.requires or required(e.requires, text, words, clause, start, end, mentions):
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


_ANONYMITY = frozenset({"anonymity", "anonymous"})
# after "ask": the words of a question asked, and those of a request made
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "question", "questions", "about"})
_ASK_TO = frozenset({"to", "for", "that"})
_PHRASE_END = re.compile(r"[,;:.!?\"\u201c\u201d]")
# what one "meets" when a standard is satisfied, not a person met
_MET_STANDARDS = frozenset(
    {"requirement", "requirements", "target", "targets", "obligation", "obligations", "standard", "standards",
     "demand", "demands", "need", "needs", "deadline", "deadlines", "criteria", "criterion", "conditions",
     "expectations", "goal", "goals", "costs", "payments", "threshold", "quota", "quotas"}
)
_UNNAMED = (["not", "to"], ["that", "he"], ["that", "she"], ["that", "they"])
_UNNAMED_PARTICIPLES = frozenset({"named", "identified", "quoted"})  # "asked not to be identified"
_LEAVE = frozenset({"authorized", "authorised", "allowed", "permitted", "anonymity", "cleared"})


def _sourcing(words: str, clause: Range, start: int, following: list[str]) -> bool:
    """Whether a trigger is part of how a source is described, not an event.

    "who requested anonymity", "who asked not to be named" (or identified, or quoted),
    "speaking on condition of
    anonymity to discuss", "was not authorized to discuss the talks": the words tell why
    a source goes unnamed.
    """
    if following[:1] and following[0] in _ANONYMITY:
        return True
    if following[:2] in _UNNAMED and not _UNNAMED_PARTICIPLES.isdisjoint(words_after(words, start, clause.end, 6)):
        return True
    if not words.startswith("to ", start - 3):
        return False
    before = words_before(words, clause.start, start - 3, 1)
    return bool(before) and before[0] in _LEAVE


def _counted(words: str, clause: Range, start: int) -> bool:
    """Whether the participle at ``start`` follows "the" or a count and names people, not
    what was done to them: "the wounded", "57 wounded", "19 wounded patients" (a year
    is no count: "an attack in 2024 wounded")."""
    previous = words_before(words, clause.start, start, 1)
    if not previous:
        return False
    word = previous[0]
    if word == "the" or word in NUMBER_WORDS:
        return True
    return word.replace(",", "").isdigit() and not (len(word) == 4 and word[:2] in ("19", "20"))


def _asks_a_question(text: str, end: int, sentence_end: int) -> bool:
    """Whether "ask" ending at ``end`` asks a question, no one to act: "asked whether it
    was safe", "asked at a briefing why", "ask uncomfortable questions", "asked about
    the talks" (not "asked the court to", "asked for help"). Up to five words after the
    verb are read, to the first punctuation mark."""
    after = _PHRASE_END.split(text[end : min(sentence_end, end + 60)], 1)[0].lower().split()[:5]
    for word in after:
        if word in _ASK_TO:
            return False
        if word in _QUESTION_WORDS:
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a paragraph or a sentence."""
    before = text[max(0, at - 4) : at].rstrip(" ")
    return not before or before[-1] in "\n.!?" or (len(before) > 1 and before[-1] in "\"\u201d" and before[-2] in ".!?")
