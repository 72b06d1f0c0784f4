"""The walk over one sentence: which words are reporting verbs that make a statement.

The walk stops at the words that may start a statement (:func:`._statement_words.scan_words`:
cues, verbs of talking, "according", "In") and reads each in context. A cue is passed over
when it is a noun ("the states", "his comments"), a passive ("was told"), an adjective
("the suggested change"), a participle ("a bill backed by"), a condition ("If Jane Doe
said"), a request for anonymity, or after a modal or a negation ("would say", "did not
say"). Otherwise its speaker is the subject before it (:mod:`._subjects`) or the actor
after it (:mod:`._trailing_attributions`), and its content is read by :mod:`._content`;
"according to", polls, fronted verbs and participles are read by :mod:`._attributions`.
A statement a news agency reports ("X urged ..., state media said") gives the other its
channel.
"""

from __future__ import annotations

from newsdoc._extract._attributions import AttributionReader
from newsdoc._extract._content import ContentReader
from newsdoc._extract._content_bounds import BoundsReader
from newsdoc._extract._gazetteer import gazetteer
from newsdoc._extract._noun_speakers import plural_subject
from newsdoc._extract._statement_reading import Found, StatementPart, StatementReading
from newsdoc._extract._statement_words import (
    AFTER_QUOTE_VERBS,
    BE,
    CLAUSE_AUXILIARIES,
    CLAUSE_OPENERS,
    CLOSE,
    FRONT_PREPOSITIONS,
    MODALS,
    OPEN,
    TELL,
)
from newsdoc._extract._subjects import SubjectReader
from newsdoc._extract._trailing_attributions import TrailingReader
from newsdoc._extract._words import OBJECT_FIRST, Token, noun_after_of
from newsdoc._models import ActorKind, Span

__all__ = ["CueReader"]

_NEGATORS = frozenset({"not", "never", "n't", "declined", "refused", "failed", "no"})
# words after which a reporting verb that is also a noun is the noun ("the states")
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
     "other", "all", "some", "few", "several", "many", "both", "each", "every", "no", "any",
     "'s", "\u2019s", "two", "three", "four", "five", "first", "last", "new", "further"}
)
# prepositions after which a reporting verb's bare form is a noun ("in favour", "for comment")
_NOUN_PREPOSITIONS = frozenset({"in", "of", "for", "with", "at", "on", "without", "under"})
# verbs whose subject is the speaker of the reporting verb after "to": "He appeared to suggest"
_RAISING = frozenset(
    {"appeared", "appears", "seemed", "seems", "continued", "continues", "tried", "tries", "began",
     "begins", "went", "goes", "rushed", "moved", "hastened", "sought", "seeks", "used", "chose"}
)
_CONDITIONS = frozenset({"if", "unless", "whether", "suppose", "supposing", "imagine"})
# the condition words as they may be written ("If", "IF"), and what ends their clause
_CONDITION_FORMS = _CONDITIONS | {w.capitalize() for w in _CONDITIONS} | {w.upper() for w in _CONDITIONS}
_CONDITION_STOPS = OPEN | {",", ";", ":"}
#: Possessive determiners, before which a past form is an adjective ("their disputed border");
#: not "her", which is an object too ("asked her").
_POSSESSIVE_DETERMINERS = frozenset({"their", "its", "his", "our", "my", "your"})
#: Prepositions right after the past form of a speech act that takes an object: the form
#: is a participle describing the noun before it ("militants linked to al Qaeda").
#: ("called on", "called for" are verbs with their particle, so these two only)
_PARTICIPLE_PREPOSITIONS = frozenset({"to", "with"})
# verbs that report silence before "nothing" or "little"
_SILENT_AFTER = frozenset({"say", "comment", "reveal", "disclose"})
_MEDIA_HEADS = (
    "media",
    "agency",
    "news",
    "press",
    "times",
    "post",
    "television",
    "tv",
    "radio",
    "broadcaster",
    "newspaper",
    "journal",
    "tribune",
    "herald",
    "reuters",
    "associated",
)


# what a body issues with words in it: "issued a statement saying", "sent a letter urging"
_ISSUED_DOCUMENTS = frozenset(
    {"statement", "communique", "communiqu\u00e9", "letter", "memo", "note", "post", "message", "tweet",
     "declaration", "notice", "resolution"}
)
_DOCUMENT_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "joint", "separate", "brief"})
# participles after a document that report what it shows, not what its author says
_EVIDENCE_CUES = frozenset({"show", "find", "suggest", "indicate", "reveal"})


class CueReader(StatementPart):
    """The statements of each sentence of one article, found at its cues."""

    def __init__(self, reading: StatementReading) -> None:
        super().__init__(reading)
        self.subjects = SubjectReader(reading)
        self.trailing = TrailingReader(reading)
        bounds = BoundsReader(reading, self.subjects)
        self.contents = ContentReader(reading, bounds, self.trailing)
        self.attributions = AttributionReader(reading, bounds)
        self._conditions_of: list[Token] | None = None
        self._conditions: list[bool] = []

    def sentence(self, tokens: list[Token], sentence: Span) -> list[Found]:
        """The statements of one sentence, in the order of their cues (a news outlet's
        words that report another's statement give it its channel)."""
        out: list[Found] = []
        n = len(tokens)
        question = self.text[sentence.end - 1] == "?" or (
            sentence.end >= 2 and self.text[sentence.end - 2] == "?" and self.text[sentence.end - 1] in CLOSE
        )
        main_speaker: str | None = None
        self.reading.coordinated = None
        # the first word (a fronted cue) and the words that may start a statement; the
        # loop does nothing for any other word, so it skips them at comprehension speed
        scan = self.reading.scan_words
        candidates = [c for c in range(1, n) if tokens[c].text in scan]
        for c in [0, *candidates] if n else ():
            tok = tokens[c]
            word = tok.text
            if word in ("according", "According") and c + 1 < n and tokens[c + 1].text == "to":
                found = self.attributions.according(tokens, c, sentence)
                if found is not None:
                    out.append(found)
                continue
            if word in ("In", "in") and c + 2 < n:
                found = self.attributions.in_poll(tokens, c, sentence)
                if found is not None:
                    out.append(found)
                    continue
            base = self.cues.get(word)
            if base is None and word in AFTER_QUOTE_VERBS and self.trailing.after_quote(tokens, c):
                base = AFTER_QUOTE_VERBS[word]  # '"...," she continued', '"...," the letter reads'
            if base is not None and c + 1 < n and OBJECT_FIRST.get(word) == tokens[c + 1].text:
                continue  # "companies accused of supplying drones": a passive, nobody speaks
            if base is None and word in self.lex.topic_forms and self.contents.topic_follows(tokens, c):
                base = self.lex.topic_forms[word]  # "spoke about ...", not "speaking on condition of ..."
            if base is None and c == 0 and n > 3 and word[:1].isupper() and sentence.start != 0:
                front = self.cues.get(word.lower())
                if front is not None and not word.endswith("ing"):
                    found = self.attributions.fronted(tokens, front, sentence)
                    if found is not None:
                        out.append(found)
                continue
            if base is None or self.quote_at(tok.start) is not None:
                continue
            prev = tokens[c - 1].text.lower() if c > 0 else ""
            nounish = base in self.cue_nouns and not word.endswith(("ed", "ing"))
            if nounish and (prev in _NOUN_BEFORE or prev[:1].isdigit()):
                found = self.attributions.nominal(tokens, c, base, sentence)
                if found is not None:
                    out.append(found)
                continue  # a noun: "the states", "his comments", "Clinton's plan"
            if nounish and prev in ("and", "or") and tokens[c - 2].text.lower() in self.modifiers:
                continue  # a noun after coordinated modifiers: "federal and state law"
            if nounish and word != base and noun_after_of(tokens, c):
                continue  # a plural noun: "recordings of video calls, showed", "a list of demands."
            if prev in _NOUN_PREPOSITIONS and word == base:
                continue  # a noun after a preposition: "in favour", "in support of", "for comment"
            if prev in BE and not word.endswith("ing"):
                continue  # a passive: "he is expected to", "was told"
            if prev in ("the", "a", "an") or (prev in _POSSESSIVE_DETERMINERS and word.endswith("ed")):
                continue  # an adjective or a noun: "the suggested change", "a showing", "their disputed border"
            if (
                word.endswith("ed")
                and c + 1 < n
                and (
                    tokens[c + 1].text == "by"
                    or (base in self.lex.object_cues and tokens[c + 1].text in _PARTICIPLE_PREPOSITIONS)
                )
            ):
                continue  # a participle: "a bill backed by", "militants linked to al Qaeda"
            if self._hypothetical(tokens, c):
                continue
            if self.anonymity(tokens, c):
                continue  # "who asked not to be named", "asked for anonymity": a condition, no words
            if base in _SILENT_AFTER and c + 1 < n and tokens[c + 1].text in ("nothing", "little"):
                continue  # "who said nothing": no words to report ("proposed nothing that" has some)
            raised = prev == "to" and self._raised(tokens, c)
            named = c > 0 and tokens[c - 1].text[:1].isupper() and self.ending_at(tokens[c - 1].end) is not None
            if not raised and not named and (
                prev in MODALS
                or prev in _NEGATORS
                or (prev in ("did", "does", "do") and c > 1 and (tokens[c - 2].text.lower() in _NEGATORS))
            ):
                continue
            fronted = prev in FRONT_PREPOSITIONS and (c == 1 or tokens[c - 2].text in CLAUSE_OPENERS)
            if fronted and word.endswith("ing"):
                found = self.attributions.fronted_participle(tokens, c, sentence)
                if found is not None:
                    out.append(found)
                continue
            after_comma = prev == "," or (prev in CLOSE and c >= 2 and tokens[c - 2].text == ",")  # '"...," saying'
            if word.endswith("ing") and after_comma:
                subject = (
                    main_speaker
                    or self._first_speaker(out)
                    or self.subjects.clause_subject(tokens, c)
                    or self.subjects.first_actor(tokens, c)
                )
                found = self.attributions.participle(tokens, c, base, subject, sentence)
                if found is not None:
                    out.append(found)
                continue
            if (
                word.endswith("ing")
                and prev in _ISSUED_DOCUMENTS
                and c >= 3
                and tokens[c - 2].text.lower() in _DOCUMENT_DETERMINERS
                and base not in _EVIDENCE_CUES
            ):
                # "The ministry issued a statement saying ...": the words of the one who issued it
                subject = main_speaker or self._first_speaker(out) or self.subjects.clause_subject(tokens, c)
                found = self.attributions.participle(tokens, c, base, subject, sentence)
                if found is not None:
                    out.append(found)
                continue
            if word.endswith("ing") and prev == "by" and c >= 3:
                # "He pitched himself to voters by telling them that ...": the main clause's subject
                subject = main_speaker or self._first_speaker(out) or self.subjects.opening_actor(tokens, c)
                found = self.attributions.participle(tokens, c, base, subject, sentence)
                if found is not None:
                    out.append(found)
                continue
            verbal = nounish and c + 1 < n and tokens[c + 1].text == "that"  # "the memo states that"
            # a plural subject agrees with the bare form: "Most millennials support Clinton"
            verbal = verbal or (
                nounish
                and word == base
                and c > 0
                and plural_subject(tokens[c - 1].text)
                and not (c + 1 < n and tokens[c + 1].text.lower() in CLAUSE_AUXILIARIES)  # "the jobs report was"
            )
            # '"...," said one GOP source'; never "told": the actor after it is the one told
            closing = self.trailing.closing_speaker(tokens, c) if prev == "," and base not in TELL else None
            if raised:
                verb = c - 2 if tokens[c - 2].text.lower() != "on" else c - 3
                speaker_end = self.subjects.subject(tokens, verb, noun_subject=True)  # "He appeared to suggest"
            elif closing is not None:
                speaker_end = None  # "..., said one GOP source": the speaker follows the verb
            else:
                speaker_end = self.subjects.subject(tokens, c, noun_subject=verbal or not nounish)
            if speaker_end is not None and self.subjects.noun_after_name(tokens, c, base, speaker_end, nounish):
                continue
            inverted = False
            if speaker_end is None:
                speaker = closing if closing is not None else self.trailing.inverted_speaker(tokens, c)
                if speaker is None:
                    continue
                inverted = True
                actor = speaker
            else:
                actor = speaker_end
            found = self.contents.content(tokens, c, base, actor, inverted, sentence)
            if found is None:
                continue
            if question and self.quote_at(found.content[0]) is None:
                continue
            main_speaker = main_speaker or actor
            self.reading.coordinated = actor
            out.append(found)
        return self._channels(out)

    def _first_speaker(self, out: list[Found]) -> str | None:
        return out[0].speaker if out else None

    def _raised(self, tokens: list[Token], c: int) -> bool:
        """Whether the cue at ``c`` follows "appeared to", "went on to": its subject speaks."""
        if c < 2:
            return False
        verb = tokens[c - 2].text.lower()
        if verb == "on" and c >= 3:
            return tokens[c - 3].text.lower() in ("went", "goes", "go", "going")
        return verb in _RAISING and (c < 3 or tokens[c - 3].text.lower() not in _NEGATORS)

    def _hypothetical(self, tokens: list[Token], c: int) -> bool:
        """Whether the clause of the verb at ``c`` is a condition: "If Jane Doe said ..."."""
        # a table per sentence: whether a condition word stands between the last clause
        # boundary and each token (a walk back per cue made a sentence of cues quadratic)
        if self._conditions_of is not tokens:
            seen: list[bool] = []
            flag = False
            for tok in tokens:
                word = tok.text
                if word in _CONDITION_STOPS:
                    flag = False
                elif not flag and word in _CONDITION_FORMS:
                    flag = True
                seen.append(flag)
            self._conditions_of, self._conditions = tokens, seen
        return c >= 1 and self._conditions[c - 1]

    def _channels(self, found: list[Found]) -> list[Found]:
        """ "X urged ..., state media said": the media's words are the channel, not a statement."""
        if len(found) < 2:
            return found
        out: list[Found] = []
        for item in found:
            # the media test first: it is cheap, and the scan for inner items is not
            inner = (
                [f for f in found if f is not item and item.content[0] <= f.cue.start < item.content[1]]
                if self._is_media(item.speaker)
                else []
            )
            if inner:
                for f in inner:
                    f.channel = item.speaker
                continue
            out.append(item)
        return out

    def _is_media(self, actor_id: str | None) -> bool:
        """Whether an actor is a news agency or outlet ("state media", "Reuters")."""
        actor = self.kinds.get(actor_id) if actor_id else None
        if actor is None or actor.kind is not ActorKind.ORGANIZATION:
            return False
        known = gazetteer().organization(actor.name)
        if known is not None:  # "UN refugee agency" is the UNHCR, no news agency
            return known.type in ("agency", "media")
        name = actor.name.lower()
        return any(h in name for h in _MEDIA_HEADS) or any(
            any(h in a.lower() for h in _MEDIA_HEADS) for a in actor.aliases
        )
