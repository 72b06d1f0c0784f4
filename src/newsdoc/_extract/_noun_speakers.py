"""New speakers from plain noun phrases: "the poll shows", "73 percent said", "sources
said", "experts on North Korea say", "an architect who said".

The ``actors`` step names people, bodies and groups; a speaker may also be a noun phrase
it made no actor ("a senior official", "the transcript of the debate", "4 in 10"). The
walk back from a verb (:mod:`._subjects`) asks :class:`NounSpeakerReader` for such a
phrase when no actor's mention ends before the verb; a phrase that opens a clause
becomes a new actor, of the kind its head noun tells.
"""

from __future__ import annotations

import bisect

from newsdoc._extract._actors import POSTNOMINAL_ADJECTIVES, people_plural
from newsdoc._extract._statement_reading import StatementPart
from newsdoc._extract._statement_words import (
    CLAUSE_MARKS_SUBJECT,
    CLAUSE_OPENERS,
    CLOSE,
    DETERMINERS,
    NP_HEADS,
    NP_STOP,
    OPEN,
    SPEAKER_PREPOSITIONS,
)
from newsdoc._extract._words import FRACTIONS, NUMBER_WORDS, POSSESSIVES, Token
from newsdoc._models import ActorKind

__all__ = ["NounSpeakerReader", "plural_subject"]


class NounSpeakerReader(StatementPart):
    """The speakers of one article that plain noun phrases name."""

    def noun_subject(self, tokens: list[Token], k: int, c: int, outer: int = 0) -> str | None:
        """A new speaker for a plain noun phrase ending at ``k`` that opens a clause.

        "the poll shows", "73 percent said", "sources said", "a senior official said":
        no known actor stands there, so the noun phrase becomes one (a group when
        plural, an organisation for a poll or report, else a person).
        """
        if (
            k >= 1
            and tokens[k].text.endswith("ed")
            and tokens[k - 1].text.lower() in NP_HEADS
            and tokens[k].text.lower() not in NP_HEADS
        ):
            k -= 1  # "the poll released Friday shows": the participle qualifies the head
        head = tokens[k].text
        low = head.lower()
        if (
            head.isdigit()
            and k >= 2
            and tokens[k - 1].text == "in"
            and (tokens[k - 2].text.isdigit() or _is_number(tokens[k - 2].text))
        ):  # "4 in 10 said"
            j = k - 2
            before = tokens[j - 1].text.lower() if j > 0 else ""
            if j > 0 and before not in CLAUSE_OPENERS and before not in CLOSE and before != "than":
                return None
            return self.new_speaker(tokens[j].start, tokens[k].end, "people")
        if _is_fraction(head):
            before = tokens[k - 1].text.lower() if k > 0 else ""
            if k == 0 or before in CLAUSE_OPENERS or before == "about":  # "Two-thirds support ..."
                return self.new_speaker(tokens[k].start, tokens[k].end, "people")
            return None
        if not head.isalpha() or low in NP_STOP or low in self.skip or low.endswith("ly"):
            return None
        if head[0].isupper() and k > 0 and not head.isupper():
            return None  # an unknown name is the actors step's business
        if tokens[c].text == self.cues.get(tokens[c].text) and not low.endswith("s") and low != "percent":
            return None  # a bare verb after a singular word is likely a noun: "any attack"
        if tokens[c].text.endswith("ing") and not (
            low.endswith("s") or low in NP_HEADS or low in self.lex.person_nouns or low in self.lex.group_nouns
        ):
            return None  # an adjective before a noun in -ing: "after a poor showing"
        if (
            head[0].isupper()
            and not head.isupper()
            and low not in ("nothing", "nobody", "none", "no")
            and head not in self.lex.not_names  # "In defending himself, Trump ..."
            and not (low in NP_HEADS or low in self.lex.person_nouns or people_plural(head))
        ):
            # a capitalised word opening the sentence that is no known noun is a name:
            # "Sanders then went on to say" is a person, not a group of sanders
            return self.new_speaker(tokens[k].start, tokens[k].end, low, ActorKind.PERSON)
        j = k
        determined = False
        while j > 0 and k - j < 4:
            prev = tokens[j - 1].text
            pl = prev.lower()
            if (
                pl in DETERMINERS
                or _is_number(prev)
                or prev.replace(",", "").replace(".", "").isdigit()
            ):
                j -= 1
                determined = True
                break
            if (
                not prev.replace("-", "").isalpha()
                or pl in NP_STOP
                or (pl in self.skip and not prev.isupper())  # "USA TODAY" is a name
                or pl == "of"
            ):
                break
            if not prev.islower() and (j > 1 or pl in self.cues or not prev.istitle()):
                # capitalised modifiers after an article, a possessive or at the start:
                # "The New York businessman", "POLITICO's Battleground States average"
                m = j - 1
                while m > 0 and j - m < 4 and _modifier_word(tokens[m - 1].text):
                    m -= 1
                if prev.istitle() or prev.isupper():
                    p = m  # "the latest Reuters/Ipsos opinion poll": adjectives before the name
                    while (
                        p > 1
                        and m - p < 2
                        and tokens[p - 1].text.isalpha()
                        and tokens[p - 1].text.islower()
                        and tokens[p - 1].text not in ("the", "a", "an")
                        and tokens[p - 1].text not in NP_STOP
                        and tokens[p - 1].text not in self.cues
                        and tokens[p - 1].text not in self.skip
                    ):
                        p -= 1
                    if p < m and tokens[p - 1].text.lower() in ("the", "a", "an"):
                        m = p
                    if m > 0 and (tokens[m - 1].text.lower() in ("the", "a", "an") or _is_number(tokens[m - 1].text)):
                        j = m - 1  # "The New York businessman", "two Democratic speechwriters"
                        determined = True
                    elif m > 0 and tokens[m - 1].text in POSSESSIVES:
                        j = m
                        determined = True
                    elif m == 0 and low in NP_HEADS:
                        j = 0
                        determined = True
                break  # else only the sentence's first word may be capitalised: "Presidential contenders"
            j -= 1
        before = tokens[j - 1].text.lower() if j > 0 else ""
        if determined and before in DETERMINERS:  # "all the experts", "another 19 percent"
            j -= 1
            before = tokens[j - 1].text.lower() if j > 0 else ""
        if before in POSSESSIVES and j >= 2 and not outer:
            # "Connecticut's tax commissioner says": the possessor opens the speaker's name
            owner = self.ending_at(tokens[j - 2].end)
            if owner is not None and self._opens_clause(tokens, owner[0]):
                return self.new_speaker(owner[0], tokens[k].end, low)
            noun = tokens[j - 2].text
            if (  # "the ad's narrator says": a thing's person speaks
                owner is None
                and j >= 3
                and noun.isalpha()
                and noun.islower()
                and tokens[j - 3].text.lower() == "the"
                and (low in self.lex.person_nouns or low in NP_HEADS)
                and self._opens_clause(tokens, tokens[j - 3].start)
            ):
                return self.new_speaker(tokens[j - 3].start, tokens[k].end, low)
        if before == "of" and not outer and j >= 3:
            # "the transcript of the debate shows": the head is the noun before "of"
            whole = self.noun_subject(tokens, j - 2, c, outer=tokens[k].end)
            if whole is not None:
                return whole
        if j > 0 and before not in CLAUSE_OPENERS and before not in CLOSE:
            return None
        if not (determined or low.endswith("s") or low in NP_HEADS):
            return None
        return self.new_speaker(tokens[j].start, outer or tokens[k].end, low)

    def qualified_subject(self, tokens: list[Token], k: int) -> str | None:
        """A speaker named by a noun with a prepositional phrase ending at ``k``.

        "Experts on North Korea and nuclear nonproliferation said", "elected officials
        from both parties say", "advisers to Mr. Obama say": the head is a plural noun
        (or a person noun) before the first preposition (or before an adjective that takes
        it: "a source familiar with the talks said"), and the phrase opens the clause.
        A head the actors step already made an actor ("experts") is that actor.
        """
        if tokens[k].text.lower() == "to":
            return None  # "teachers marched through Dakar to demand": an infinitive has no subject here
        i = k
        while i > 0 and k - i < 12:
            word = tokens[i].text
            low = word.lower()
            if word in OPEN or word in CLOSE or low in CLAUSE_MARKS_SUBJECT or low in self.cues:
                return None
            # "a source familiar with the talks said": the adjective's preposition, the source speaks
            taken = POSTNOMINAL_ADJECTIVES.get(tokens[i - 1].text.lower()) == low
            if low in SPEAKER_PREPOSITIONS or taken:
                h = i - 2 if taken else i - 1
                found = self._qualified_head(tokens, h, k) if h >= 0 else None
                if found is not None:
                    return found
            i -= 1
        return None

    def _qualified_head(self, tokens: list[Token], h: int, k: int) -> str | None:
        """The speaker whose head noun is ``tokens[h]``, qualified by ``tokens[h + 1 : k + 1]``."""
        head = tokens[h].text
        low = head.lower()
        known = self.ending_at(tokens[h].end)
        if (
            known is not None
            and self.kinds[known[1]].kind in (ActorKind.GROUP, ActorKind.PERSON)
            and self._opens_clause(tokens, known[0])
        ):
            return known[1]
        if not head.isalpha() or low in NP_STOP or low in self.skip:
            return None
        if not (head.islower() or (h == 0 and head.istitle())):
            return None
        if not ((low.endswith("s") and not low.endswith("ss")) or low in self.lex.person_nouns or low in NP_HEADS):
            return None
        j = h
        while j > 0 and h - j < 3:
            prev = tokens[j - 1].text
            pl = prev.lower()
            if not prev.isalpha() or pl in NP_STOP or pl in self.skip or pl in self.cues:
                break
            if not prev.islower() and (j > 1 or not prev.istitle()):
                break
            j -= 1
        before = tokens[j - 1].text.lower() if j > 0 else ""
        if j > 0 and before not in CLAUSE_OPENERS and before not in CLOSE:
            return None
        return self.new_speaker(tokens[j].start, tokens[k].end, low)

    def relative_head(self, tokens: list[Token], k: int) -> str | None:
        """A new speaker for "an architect who said", "listeners who said": a noun with a
        determiner, or a plural noun, in lower case right before "who"."""
        head = tokens[k].text
        low = head.lower()
        if not head.isalpha() or not head.islower() or low in NP_STOP or low in self.skip:
            return None
        j = k
        while j > 0 and k - j < 3 and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower():
            if tokens[j - 1].text in DETERMINERS:
                j -= 1
                return self.new_speaker(tokens[j].start, tokens[k].end, low, relative=tokens[k + 1])
            if tokens[j - 1].text in NP_STOP or tokens[j - 1].text in self.cues:
                break
            j -= 1
        if low.endswith("s") and not low.endswith("ss"):
            return self.new_speaker(tokens[k].start, tokens[k].end, low, relative=tokens[k + 1])
        return None

    def _opens_clause(self, tokens: list[Token], start: int) -> bool:
        """Whether the token before offset ``start`` opens a clause (or nothing is before it)."""
        i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
        while i > 0 and tokens[i - 1].text.lower() in DETERMINERS:
            i -= 1
        return i == 0 or tokens[i - 1].text.lower() in CLAUSE_OPENERS or tokens[i - 1].text in CLOSE


def plural_subject(word: str) -> bool:
    """Whether a word may end a plural subject: "millennials", "percent", "Two-thirds"."""
    low = word.lower()
    if word.islower() and word.isalpha():
        return (low.endswith("s") and not low.endswith("ss")) or low == "percent"
    return _is_fraction(word)


def _is_fraction(word: str) -> bool:
    """A share of people written in words: "Two-thirds", "Half"."""
    return any(part in FRACTIONS for part in word.lower().split("-")) and _is_number(word)


def _is_number(word: str) -> bool:
    """A number in digits or words: "73", "Twenty-four"."""
    return word.isdigit() or all(part in NUMBER_WORDS or part in FRACTIONS for part in word.lower().split("-"))


def _modifier_word(word: str) -> bool:
    """A capitalised word or a joining mark inside a name used as a modifier ("Reuters/Ipsos")."""
    if word in ("/", "&", "-"):
        return True
    return word.isalpha() and (word.istitle() or word.isupper()) and word.lower() not in ("the", "a", "an")
