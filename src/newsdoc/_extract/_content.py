"""What a reporting verb's speaker said, and to whom: the content after the verb.

"said that ...", 'said, "..."', "said: ...", "told reporters that ...", "urged his party
to ...", "spoke about the shooting", "found the US was in breach". Time words and
adverbs after the verb are passed over ("said on Monday that"); an actor spoken to
becomes the addressee; a verb of talking takes what it is about as its content; a verb
that reports only clauses ("found", "decided") needs one. When nothing follows the verb
but a full stop, a comma or a place and time, the words before the speaker are the
content (:mod:`._content_bounds`), and 'She added:' at a paragraph's end takes the next
paragraph. Where the content ends is read by :mod:`._content_bounds`.
"""

from __future__ import annotations

from newsdoc._extract._actor_words import is_cap
from newsdoc._extract._content_bounds import BoundsReader
from newsdoc._extract._statement_reading import Found, StatementPart, StatementReading
from newsdoc._extract._statement_words import (
    BE,
    CLAUSE_AUXILIARIES,
    CLOSE,
    DETERMINERS,
    MODALS,
    OBJECT_PRONOUNS,
    OPEN,
    POLL_NOUNS,
    TELL,
    TIME_PREPOSITIONS,
)
from newsdoc._extract._trailing_attributions import TrailingReader
from newsdoc._extract._words import POSSESSIVES, Token
from newsdoc._models import Span

__all__ = ["ContentReader"]

_PREPOSITIONS = frozenset(
    {
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "while",
        "when",
        "from",
        "with",
        "via",
        "through",
        "as",
        "outside",
        "inside",
        "of",
        "about",
        "for",
        "following",
        "ahead",
        "by",
    }
)
_TIME_NOUNS = frozenset(
    {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring",
     "summer", "fall", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"}
)
_ADDRESSEE_NEXT = frozenset({"to", "that", "of", "about", "on", ",", ".", ":", "in", "at"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "we", "they", "i", "you", "who"})
# adverbs that link a sentence to the one before: "However, she said in May that ..."
_CONNECTIVES = frozenset(
    {"however", "meanwhile", "instead", "nevertheless", "nonetheless", "moreover", "furthermore",
     "indeed", "still", "yet", "thus", "hence", "besides", "otherwise", "so", "but", "and", "now",
     "then", "later", "also", "again", "separately"}
)
# what a verb of finding reports, whatever follows it: "a CNN survey found 90 percent support"
_FINDING_NOUNS = POLL_NOUNS | {
    "report", "reports", "studies", "analysis", "research", "review", "audit", "investigation", "data", "findings",
}
# an object that is no clause after a verb of finding: "found himself"
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
# words that make the words after a verb of finding a clause: "found the US was in breach"
_FINITE = (BE | MODALS | CLAUSE_AUXILIARIES | {"do", "does", "did"}) - {"to", "be", "been", "being", *POSSESSIVES}
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})
# "told them ...": an audience pronoun before what was said ("her" may be a possessive)
_AUDIENCE_PRONOUNS = frozenset({"them", "him", "us", "me", "you"})
# words after such a pronoun that open no clause: "told them to leave", "told him about it"
_AFTER_AUDIENCE = frozenset({"to", "about", "of", "and", "or", ",", ".", ";", ":", "!", "?", ")"})
# words that open a clause after the audience of "told": "told AFP the road was closed"
_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there", "his", "her", "their", "its"})
# prepositions that open where or when words were said, not what: "said in a statement"
# ("warned of famine", "spoke about the economy", "asked for a delay" say what)
_SETTING_PREPOSITIONS = frozenset(
    {"at", "in", "on", "during", "from", "outside", "inside", "near", "after", "before", "since", "with"}
)
# after a verb of talking: "spoke out about", "spoke up about", and what it is about
_TOPIC_PARTICLES = frozenset({"out", "up"})
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})
# particles that turn a speech act into another verb: "called off", "backed down"
_PARTICLES = frozenset({"in", "into", "off", "up", "down", "away", "over", "back"})
# last words of a medium's phrase besides the medium nouns: "on his Facebook page", "on social media"
_MEDIUM_TAILS = frozenset({"page", "feed", "account", "media", "channel", "site", "platform", "record"})


# what may not stand in the phrase of an audience that ends a sentence ("told the summit.")
_NO_AUDIENCE_WORDS = frozenset({"that", "how", "what", "why", "whether", "if", "to", "it", "he", "she", "they", "we"})


class ContentReader(StatementPart):
    """The contents and addressees of one article's statements, read after their verbs."""

    def __init__(self, reading: StatementReading, bounds: BoundsReader, trailing: TrailingReader) -> None:
        super().__init__(reading)
        self.bounds = bounds
        self.trailing = trailing

    def _audience_to_end(self, tokens: list[Token], k: int) -> bool:
        """Whether the words from ``k`` to the end of the sentence only name an audience and
        where it was: "the summit", "a news conference in Arusha", "parliament on Tuesday"
        (at most ten words, no clause word, reporting verb, quotation mark or comma)."""
        n = len(tokens)
        m = k
        while m < n and tokens[m].text not in (".", "!", "?"):
            word = tokens[m].text
            low = word.lower()
            if m - k >= 10 or not word.replace("'", "").replace("-", "").isalnum():
                return False
            if low in _NO_AUDIENCE_WORDS or low in self.cues or low in BE or low in MODALS:
                return False
            m += 1
        return m > k

    def content(
        self, tokens: list[Token], c: int, base: str, speaker: str, inverted: bool, sentence: Span
    ) -> Found | None:
        n = len(tokens)
        cue = tokens[c]
        k = c + 1
        if inverted:
            hit = self.starting_at(tokens[k].start) if k < n else None
            if hit is None and k + 1 < n:
                hit = self.starting_at(tokens[k + 1].start)
            after = hit[0] if hit else cue.end
            return self.bounds.content_before(tokens, c, speaker, sentence, after)
        # skip time words and adverbs after the verb
        first = k
        while k < n and (self._skip_after(tokens, k) or self.reading.doc_time_covers(tokens[k])):
            if k + 1 < n and tokens[k + 1].text in POSSESSIVES:
                k = first  # "defended this year's lineup"
                break
            k += 1
        if k < n and tokens[k].text not in ("that", ":", ",") and self.trailing.quoted_before(tokens, c, speaker):
            # '"...," Kasich told a crowd in Berea': whatever follows, the quotation is the content
            found = self.bounds.content_before(tokens, c, speaker, sentence, cue.end)
            if found is not None and base in self.lex.addressee_cues:
                told = self.actor_at(tokens, k)
                found.addressee = told[1] if told is not None else None
            return found
        if base in self.lex.object_cues and k < n and self._phrasal_particle(tokens, k):
            return None  # "called off the strike", "backed out of the deal": no words
        if base in self.lex.topic_cues:
            topic = self._topic(tokens, k, base, speaker, cue, sentence)
            if topic is not None:
                return topic
        addressee = None
        if (
            k < n
            and base in self.lex.addressee_cues
            and tokens[k].text.lower() in OBJECT_PRONOUNS
            and (k + 1 >= n or tokens[k + 1].text in (".", ",", "!", "?"))
        ):
            return self.bounds.content_before(tokens, c, speaker, sentence, cue.end)  # '"...," he told me.'
        if k + 1 >= n and k < n and tokens[k].text == ":":
            return self._next_paragraph(speaker, cue, sentence)  # 'Limbaugh added:' + a paragraph
        if k + 1 < n and (tokens[k].text == ":" or (tokens[k].text == "," and tokens[k + 1].text in OPEN)):
            k += 1  # 'said, "..."' and 'said: ...'
        else:
            told = None
            if k < n and base in self.lex.addressee_cues:
                told = self.actor_at(tokens, k)
            if told is not None:  # '"...," she told reporters.'
                j = k
                while j < n and tokens[j].start < told[0]:
                    j += 1
                while j < n and (tokens[j].text.lower() in self.skip or self.reading.doc_time_covers(tokens[j])):
                    j += 1
                if j + 1 < n and tokens[j].text in (",", ":") and tokens[j + 1].text in OPEN:
                    # 'told his supporters, "..."': the quotation follows
                    found = Found(
                        speaker=speaker,
                        cue=cue,
                        content=(tokens[j + 1].start, self.bounds.clause_end(tokens, j + 1, base, sentence)),
                        addressee=told[1],
                    )
                    return found if found.content[1] > found.content[0] else None
                if (
                    j >= n
                    or tokens[j].text in (".", "!", "?", ",", ";")
                    or (
                        tokens[j].text.lower() in _PREPOSITIONS
                        and tokens[j].text != "of"  # "accused the army of breaking a truce": the charge
                        and self.that_after(tokens, j) is None  # "told reporters outside the morgue that ..."
                        and self.trailing.break_before_speaker(tokens, c, speaker)
                    )
                ):
                    found = self.bounds.content_before(tokens, c, speaker, sentence, cue.end)
                    if found is not None:
                        found.addressee = told[1]
                    return found
            if k + 1 < n and tokens[k].text == "to":  # "said to reporters"
                hit = self.actor_at(tokens, k + 1)
                if hit is not None:
                    addressee = hit[1]
                    while k < n and tokens[k].start < hit[0]:
                        k += 1
                    while k < n and (tokens[k].text.lower() in self.skip or self.reading.doc_time_covers(tokens[k])):
                        k += 1
            if k + 3 < n and tokens[k].text == "," and self.trailing.break_before_speaker(tokens, c, speaker):
                before = self.bounds.content_before(tokens, c, speaker, sentence, cue.end)
                resumed = tokens[k + 1].text
                if before is not None and (resumed in BE or resumed in MODALS or resumed in CLAUSE_AUXILIARIES):
                    # "The latest test, North Korea said, was its biggest yet": the attribution
                    # splits one clause, whose two parts are the content, the attribution within
                    end = self.bounds.clause_end(tokens, k + 1, base, sentence)
                    return Found(speaker=speaker, cue=cue, content=(before.content[0], end))
                if (
                    before is not None
                    and self.quote_at(before.content[0]) is None
                    and n - k > 2 * sum(1 for t in tokens if t.end <= before.content[1])
                ):
                    k += 1  # "In office, Mr. Obama said, a majority of Americans ..."
                    start = tokens[k].start
                    end = self.bounds.clause_end(tokens, k, base, sentence)
                    return Found(speaker=speaker, cue=cue, content=(start, end)) if end > start else None
            phrase = (
                k < n
                and tokens[k].text.lower() in _PREPOSITIONS
                and not (tokens[k].text == "on" and self._medium_then_that(tokens, k + 1))
            )  # "said on state broadcaster MRTV that": the content follows "that", not the break
            if (
                k >= n
                or tokens[k].text in (".", "!", "?", ",", ";", ")")
                or (tokens[k].text in CLOSE and (k + 1 >= n or tokens[k + 1].text == "."))
                or (phrase and self.trailing.break_before_speaker(tokens, c, speaker))
            ):
                found = self.bounds.content_before(tokens, c, speaker, sentence, cue.end)
                if found is not None:
                    found.addressee = addressee
                if not (
                    phrase
                    and (
                        self._adverb_only(found)
                        or self._time_only(tokens, found)
                        or self._apposition_head(found, speaker)
                    )
                ):
                    return found
                # "Still, The Times reported at the time that ...": the clause after "that" is the content
        if (
            base in TELL
            and k < n
            and self._audience_to_end(tokens, k)
            and self.trailing.break_before_speaker(tokens, c, speaker)
        ):
            # "Partner states owe $90 million, Grace Atieno told the summit.": whom she told
            # ends the sentence, and the words before the speaker are what she told them
            found = self.bounds.content_before(tokens, c, speaker, sentence, cue.end)
            if found is not None:
                return found
        hit = self.starting_at(tokens[k].start) if k < n else None
        if base in self.lex.addressee_cues and hit is not None and self._addressed(tokens, k, hit[0], base):
            addressee = hit[1]
            if base in TELL:
                while k < n and tokens[k].start < hit[0]:
                    k += 1
                while k + 1 < n and (  # "told AFP on Monday the road was closed"
                    self.reading.doc_time_covers(tokens[k])
                    or (tokens[k].text in ("on", "in", "at") and self.reading.doc_time_covers(tokens[k + 1]))
                ):
                    k += 1
        elif (
            base in TELL
            and k + 1 < n
            and tokens[k].text.lower() in _AUDIENCE_PRONOUNS
            and tokens[k + 1].text not in _AFTER_AUDIENCE
        ):
            k += 1  # "told them Ireland would oppose the deal": the audience, then what was said
        if (
            k < n
            and tokens[k].text.lower() in _PREPOSITIONS
            and (base not in self.lex.object_cues or (tokens[k].text == "on" and self._medium_then_that(tokens, k + 1)))
        ):
            # "said during a rally in Michigan that ...": the content starts after "that";
            # 'wrote on X: "..."': or after the colon that ends the medium's phrase
            colon = self._medium_colon(tokens, k)
            k = self.that_after(tokens, k) or (colon + 1 if colon is not None else k)
        elif base in TELL and addressee is None and k < n and tokens[k].text != "that":
            # "told Newsmax that ...", "told his supporters, '...'": an audience that is no
            # known actor, then "that" or a quotation within a few words
            j = k
            while j < n and j < k + 6 and tokens[j].text not in (";", ".", "that") and tokens[j].text not in OPEN:
                j += 1
            if j < n and (tokens[j].text == "that" or (tokens[j].text in OPEN and tokens[j - 1].text in (",", ":"))):
                k = j
        if k < n and tokens[k].text == "that":
            k += 1
        elif base in self.lex.clause_cues and not self._reports_clause(tokens, k, base, speaker, sentence):
            return None  # "police found the body", "decided to act": an object, no words reported
        if k < n and tokens[k].text in ("on", "about", "of") and base in ("comment", "speak", "talk"):
            return None
        by_participle = k + 1 < n and tokens[k].text == "by" and tokens[k + 1].text.endswith("ing")
        if by_participle and tokens[k + 1].text in self.cues:
            return None  # "responded by saying ...": the participle reports it
        if k >= n:
            return None
        if (
            tokens[k].text.lower() in _SETTING_PREPOSITIONS
            and base not in self.lex.object_cues
            and not self._reports_clause(tokens, k, base, speaker, sentence)
        ):
            return None  # "asked at a briefing in Rustenburg", "said in a statement": where, not what
        start = tokens[k].start
        end = self.bounds.clause_end(tokens, k, base, sentence)
        if end <= start:
            return None
        return Found(speaker=speaker, cue=cue, content=(start, end), addressee=addressee)

    @staticmethod
    def _phrasal_particle(tokens: list[Token], k: int) -> bool:
        """Whether a particle at ``k`` makes the verb before it one of doing, not saying:
        "called off", "called up", "called into a show", "backed down", "backed out of"
        ("called out Trump" still speaks)."""
        word = tokens[k].text
        if word in _PARTICLES:
            return True
        return word == "out" and k + 1 < len(tokens) and tokens[k + 1].text == "of"

    def topic_follows(self, tokens: list[Token], c: int) -> bool:
        """Whether the verb of talking at ``c`` is one, followed by what it is about.

        Its present form needs its subject right before it, as "talks" is also a noun:
        "Obama talks about jobs", but not "held talks about a truce".
        """
        prev = tokens[c - 1].text.lower() if c > 0 else ""
        if tokens[c].text.endswith("s") and not (
            prev in _SUBJECT_PRONOUNS or (c > 0 and tokens[c - 1].text[:1].isupper() and prev not in DETERMINERS)
        ):
            return False
        return self._topic_at(tokens, c + 1)[0] >= 0

    def _topic_at(self, tokens: list[Token], k: int) -> tuple[int, str | None]:
        """The index of "about" or "of" after a verb of talking (-1 when none follows),
        past particles, time words and a "to" or "with" before whom it was said, and that
        addressee: "spoke out Tuesday about", "talked with Russian President Putin about"."""
        n = len(tokens)
        addressee = None
        j = k
        while j < n:
            word = tokens[j].text
            if word in _TOPIC_PARTICLES or self._skip_after(tokens, j) or self.reading.doc_time_covers(tokens[j]):
                j += 1
            elif word in ("to", "with") and addressee is None and j + 1 < n:
                m = j + 1
                hit = self.actor_at(tokens, m)
                while hit is None and m < min(n - 1, j + 6) and self.title_word(tokens[m].text):
                    m += 1
                    hit = self.actor_at(tokens, m)
                if hit is None:
                    return -1, None
                addressee = hit[1]
                while j < n and tokens[j].start < hit[0]:
                    j += 1
            else:
                break
        if j + 1 >= n or tokens[j].text not in _TOPIC_PREPOSITIONS:
            return -1, None
        return j, addressee

    def _topic(self, tokens: list[Token], k: int, base: str, speaker: str, cue: Token, sentence: Span) -> Found | None:
        """What a verb of talking is about, when "about" or "of" follows it at ``k``: "spoke
        about her ties to black churches", "spoke out Tuesday about the shooting", "talked to
        reporters about the deal", "joked about his rival". The phrase after the preposition
        is the content; it ends where the clause or an adjunct of time or medium does.
        """
        j, addressee = self._topic_at(tokens, k)
        if j < 0:
            return None
        start = tokens[j + 1].start
        end = self.bounds.clause_end(tokens, j + 1, base, sentence, topic=True)
        if end <= start or any(t.text == "anonymity" for t in tokens[j + 1 :] if t.end <= end):
            return None  # "spoke about the talks only on condition of anonymity": a condition
        return Found(speaker=speaker, cue=cue, content=(start, end), addressee=addressee)

    def _reports_clause(self, tokens: list[Token], k: int, base: str, speaker: str, sentence: Span) -> bool:
        """Whether a verb that reports only clauses ("found", "decided") has one at ``k``.

        A quotation, words after a colon or a question word open one; otherwise the words up
        to the end of the clause need a finite verb: "found the US was in breach" reports,
        "police found the body" and "decided to act" do not, nor does "found himself". A poll
        or a study reports whatever it found: "a CNN survey found 90 percent support".
        """
        if k >= len(tokens):
            return False
        word = tokens[k].text
        if word in OPEN or tokens[k - 1].text == ":" or word.lower() in _QUESTION_WORDS:
            return True
        if word.lower() in _REFLEXIVES or word == "to":
            return False  # "found himself", "agreed to extend the ceasefire": no clause
        if self.kinds[speaker].name.rsplit(None, 1)[-1].lower() in _FINDING_NOUNS:
            return True
        end = self.bounds.clause_end(tokens, k, base, sentence)
        previous = ""
        for tok in tokens[k:]:
            if tok.start >= end:
                break
            low = tok.text.lower()
            if low in _FINITE or (low.endswith(("ed", "ing")) and previous not in DETERMINERS):
                return True  # a verb, not a noun after a determiner ("the building")
            previous = low
        return False

    def _adverb_only(self, found: Found | None) -> bool:
        """Whether ``found`` holds no more than one sentence adverb ("Still", "However")."""
        if found is None:
            return True
        words = self.text[found.content[0] : found.content[1]].split()
        word = words[0].lower() if len(words) == 1 else ""
        return word in _CONNECTIVES or word in self.skip or word.endswith("ly")

    def _time_only(self, tokens: list[Token], found: Found | None) -> bool:
        """Whether ``found`` is only a fronted time phrase: "In July, the NAACP called for ..."."""
        if found is None:
            return False
        start, end = found.content
        inside = [t for t in tokens if start <= t.start and t.end <= end]
        return bool(inside) and all(
            self.reading.doc_time_covers(t)
            or t.text.lower() in TIME_PREPOSITIONS
            or t.text.lower() in ("early", "late")
            for t in inside
        )

    def _apposition_head(self, found: Found | None, speaker: str) -> bool:
        """Whether ``found`` is only the noun the speaker stands in apposition to.

        "Its president, Dana Whitfield, said in a statement that ...": the words before the
        speaker name her; the clause after "that" is the content.
        """
        if found is None or self.quote_at(found.content[0]) is not None:
            return False
        start, end = found.content
        words = self.text[start:end].lower().split()
        if len(words) > 4 or not self.text.startswith(", ", end) or any(w in _FINITE for w in words):
            return False  # "The plan is dead, Jane Doe said ...": a clause, the content
        return any(actor == speaker for _, actor in self.by_start.get(end + 2, ()))

    def _next_paragraph(self, speaker: str, cue: Token, sentence: Span) -> Found | None:
        """'She added:' closing a paragraph: the content is the whole next paragraph."""
        spans = self.doc.article.paragraph_spans
        index = self.doc.paragraph_of(sentence.start)
        if index + 1 >= len(spans) or self.text[sentence.end : spans[index].end].strip():
            return None
        following = spans[index + 1]
        return Found(speaker=speaker, cue=cue, content=(following.start, following.end))

    def _skip_after(self, tokens: list[Token], k: int) -> bool:
        """Whether the word at ``k``, after a verb, is a time word or adverb to pass over.

        Auxiliaries open the content ("said is", "thinks this is"); "this", "last" and
        "next" are passed over only before a time noun ("said this week"); "on" is passed
        over ("said on Monday", "called on"), except before a medium and "that" ("said on
        Facebook that"), where the search for "that" finds the content.
        """
        w = tokens[k].text.lower()
        if w not in self.skip or w in BE or w in ("has", "have", "had"):
            return False
        if w in ("this", "last", "next"):
            return k + 1 < len(tokens) and tokens[k + 1].text.lower() in _TIME_NOUNS
        if w == "on" and k + 1 < len(tokens) and not (
            tokens[k + 1].text.lower() in self.skip or self.reading.doc_time_covers(tokens[k + 1])
        ):
            return not self._medium_then_that(tokens, k + 1)  # "said on Facebook that"
        return True

    def _medium_colon(self, tokens: list[Token], k: int) -> int | None:
        """The index of the colon that closes a medium's phrase opened by "on" at ``k``:
        'wrote on X: "..."', "said on Facebook: ..."; ``None`` when there is none."""
        if tokens[k].text != "on" or not self._medium_then_that(tokens, k + 1):
            return None
        for j in range(k + 1, min(k + 9, len(tokens) - 1)):
            if tokens[j].text == "that":
                return None
            if tokens[j].text == ":":
                return j
        return None

    def _medium_then_that(self, tokens: list[Token], k: int) -> bool:
        """Whether a medium's phrase opens at ``k`` and "that" (or a colon) follows it: "on
        Twitter that", "on his Facebook page that", "on X that", 'on X: "..."', "on state
        broadcaster MBC that". The word
        before "that" is a medium noun or a name, within eight words, with no punctuation,
        "to", conjunction or relative word between: "called on the government to reverse
        the ruling that" holds none."""
        for j in range(k, min(k + 8, len(tokens))):
            w = tokens[j].text
            if w == "that" or (w == ":" and j + 1 < len(tokens)):
                # "on X that ...", 'wrote on X: "..."'
                before = tokens[j - 1].text
                return j > k and (before.lower() in self.medium_nouns or before in _MEDIUM_TAILS or is_cap(before))
            if w in (",", ".", ";", "to", "and", "or", "who", "which") or w in OPEN:
                return False  # "called on the government to reverse the ruling that ..."
        return False

    def _addressed(self, tokens: list[Token], k: int, end: int, base: str) -> bool:
        """Whether the actor at ``k`` is spoken to: "urged his party to", "told reporters that".

        After "told" an actor is when a clause follows: "told AFP the road was closed".
        """
        j = k
        while j < len(tokens) and tokens[j].start < end:
            j += 1
        if j >= len(tokens) or tokens[j].text in _ADDRESSEE_NEXT or tokens[j].text in OPEN:
            return True
        if base in TELL and tokens[j].text.lower() in _PREPOSITIONS and self.that_after(tokens, j) is not None:
            return True  # "told reporters outside the morgue ... that"
        word = tokens[j].text
        low = word.lower().replace("\u2019", "'").split("'")[0]  # "he'd"
        return base in TELL and (  # a clause opens after the audience, not a noun ("a veterans group")
            low in DETERMINERS or low in _CLAUSE_PRONOUNS or word[:1].isupper() or word[:1].isdigit()
        )
