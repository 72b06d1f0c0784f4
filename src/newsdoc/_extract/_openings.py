"""The words before a description's head noun, and what they tell: "a Hamas official",
"Both governments", "the two Central Asian neighbours".

Pass 2 (:mod:`._descriptions`) reads a description back from its head noun: modifiers,
nationalities and nouns before the head stay in it ("a senior Indian security official",
"Egyptian and Qatari mediators", "Finnish dock and transport workers"), and so do an
owner ("Karimi's brother", "Ferrero supporters") and a count ("Tens of thousands of
people"). :class:`Opening` keeps where the phrase opens and what the words tell: the
organisation it belongs to, its country, and how many actors a joint reference stands
for.
"""

from __future__ import annotations

import attrs

from newsdoc._extract._actor_words import (
    COMPLEMENT_STOPS,
    COUNT_NOUNS,
    DETERMINERS,
    MORE_PREPOSITIONS,
    NOT_ADJUNCTS,
    POSSESSIVE_DETS,
    QUANTIFIERS,
    RELATIONAL_HEADS,
    SUBORDINATORS,
    is_cap,
)
from newsdoc._extract._coref import Entity
from newsdoc._extract._joint import joint_count, joint_nouns
from newsdoc._extract._reading import ReadingPart
from newsdoc._extract._words import NUMBER_WORDS, POSSESSIVES, Token, is_possessive
from newsdoc._models import ActorKind

__all__ = ["Opening", "OpeningReader"]

# what opens a clause right before an attribution's noun and head: ", security sources
# said", "and aid workers said", "while security sources said"
_ATTRIBUTION_OPENERS = frozenset({",", "and", "but", "while", "where", "as"})
# adverbs that stand where a noun before a head could: "even GOP voters", "yet officials"
_ADVERBS = frozenset({"yet", "even", "still", "now", "then", "only", "just", "too", "already", "again", "never"})
# what joins two nationalities before one noun: "Egyptian and Qatari mediators"
_DEMONYM_JOINERS = frozenset({"and", "or", ","})


@attrs.frozen
class Opening:
    """The words of a description before its head noun, as :meth:`OpeningReader.opening`
    reads them: "a Hamas official", "Both governments", "the two Central Asian
    neighbours"."""

    k: int  #: the index of the word that opens the phrase ("a", "Both", "the"; -1: none)
    count: int  #: the actors a joint reference stands for ("Both governments": 2), else 0
    affiliation: Entity | None  #: an organisation named in the words ("Hamas")
    country: str | None  #: the country a nationality ("Indian") or a named actor gives
    mixed: bool  #: nationalities joined by "and" ("Egyptian and Qatari"): no one country


class OpeningReader(ReadingPart):
    """The openings of the descriptions of one article."""

    def opening(self, tokens: list[Token], h: int, plural: bool) -> Opening:
        """The words before the head noun at ``h`` that belong to its description, read back
        from it, and what they tell.

        Modifiers, nationalities and nouns before the head stay in the description ("a
        senior Indian security official", "Egyptian and Qatari mediators"), and so do an
        owner ("Karimi's brother", "Ferrero supporters") and a count ("Tens of thousands of
        people"); an organisation named before the head gives its affiliation ("a Hamas
        official"). The walk stops at the word that opens the phrase, a determiner or
        whatever else, which ``Opening.k`` indexes. The same walk serves descriptions and
        joint references, whose count it reads too ("the two countries").
        """
        reg = self.registry
        head = tokens[h].text.lower()
        k = h - 1
        affiliation: Entity | None = None
        country: str | None = None
        mixed = False  # nationalities joined by "and": the group has no one country
        while k >= 0:
            w = tokens[k].text
            owner = reg.entity_ending_at(tokens[k].end)
            if owner is not None:
                if owner.kind is ActorKind.PERSON:
                    if k + 1 == h and plural and head in RELATIONAL_HEADS:
                        # "Ferrero supporters", "Morales loyalists": whose they are, in the name
                        k = self._before_mention(tokens, k, owner)
                        continue
                    if k + 1 < h and tokens[k + 1].text in POSSESSIVES:
                        # "Karimi's brother": the person belongs in the description
                        k = self._before_mention(tokens, k, owner)
                    break
                if owner.kind is ActorKind.ORGANIZATION:
                    affiliation = affiliation or owner
                country = country or owner.country
                k = self._before_mention(tokens, k, owner)
                continue
            if w in POSSESSIVES and k > 0 and reg.entity_ending_at(tokens[k - 1].end) is not None:
                k -= 1
                continue
            owned = self._common_owner(tokens, k) if tokens[h].text.islower() else None
            if owned is not None:
                k = owned  # "the country's two largest unions", "farmers' groups": the owner is in the name
                continue
            demonym = reg.demonym_country(tokens[k].start)
            if demonym is not None and is_cap(w):
                country = country or demonym
                k -= 1
                continue
            if (
                w in _DEMONYM_JOINERS
                and k > 0
                and reg.demonym_country(tokens[k + 1].start) is not None
                and reg.demonym_country(tokens[k - 1].start) is not None
                and is_cap(tokens[k - 1].text)
            ):
                # "Egyptian and Qatari mediators": one group of two nations, of neither alone
                mixed = True
                k -= 2
                continue
            if is_cap(w) and k > 0 and reg.demonym_country(tokens[k - 1].start) is not None:
                k -= 1
                continue
            if w.lower() in self.modifiers and (w.islower() or is_cap(w)):
                k -= 1
                continue
            if w.islower() and w.endswith("ed") and k > 0 and tokens[k - 1].text.lower() in ("a", "an", "the"):
                k -= 1  # "a jailed Tunisian opposition politician": a participle right after the article
                continue
            if is_cap(w) and w.isalpha() and w not in self.lex.not_names and k == h - 1:
                k -= 1  # "Union leaders", "Shop owners"
                continue
            if (
                plural
                and h - 3 <= k < h - 1
                and is_cap(w)
                and w.isalpha()
                and not w.isupper()
                and is_cap(tokens[k + 1].text)
                and w not in self.lex.not_names
                and not self.reading.verbs
            ):
                k -= 1  # "the two Central Asian neighbours", "West African leaders"
                continue
            if (
                w.isalpha()
                and w.islower()
                and w != "of"
                and k == h - 1
                and k > 0
                and tokens[k - 1].text.lower() in QUANTIFIERS
            ):
                k -= 1  # "several legal experts": an adjective right after a quantifier
                continue
            if self._noun_adjunct(tokens, k, h, plural):
                k -= 1  # "a senior Indian security official": a noun before the head noun
                continue
            joined = plural and k >= 2 and tokens[k - 1].text == "and"
            if joined and self.reading.adjunct_word(w) and self._joined_adjunct(tokens, k - 2):
                k -= 3  # "Finnish dock and transport workers": two nouns for one group
                continue
            break
        # "Tens of thousands of people", "hundreds of protesters": the count is in the name
        while k >= 1 and tokens[k].text == "of" and tokens[k - 1].text.lower() in COUNT_NOUNS:
            k -= 2
        count = joint_count(tokens, k, h) if plural and head in joint_nouns() else 0
        return Opening(k=k, count=count, affiliation=affiliation, country=country, mixed=mixed)

    def _common_owner(self, tokens: list[Token], k: int) -> int | None:
        """The index the walk goes on from when the token at ``k`` is the possessive ending of a
        lower-case noun that owns the description: "the country's" in "the country's two
        largest unions", "farmers'" in "farmers' groups", "boat owners'" in "boat owners'
        associations" ("Parents' groups" at a sentence's start too); ``None`` otherwise.

        An owner in "'s" needs a determiner before it; a plural owner with a bare
        apostrophe may have one noun before it, and then a determiner, a preposition or a
        mark opens the phrase. No pronoun, verb form or clause word is an owner ("that's",
        "it's"), and a name is read before ("Pakistan's").
        """
        if k < 1 or not is_possessive(tokens, k):
            return None
        noun = tokens[k - 1].text
        before = tokens[k - 2].text if k >= 2 else ""
        if not self._owner_word(noun) and not (noun.isalpha() and noun[1:].islower() and not before.isalpha()):
            return None
        if tokens[k].text in POSSESSIVES:
            return k - 2 if before.lower() in DETERMINERS else None
        if self._opens_owner(before):
            return k - 2
        if self._owner_word(before) and not before.endswith(("ed", "ing", "ly")) and k >= 3:
            return k - 3 if self._opens_owner(tokens[k - 3].text) else None
        return None

    def _owner_word(self, word: str) -> bool:
        """Whether ``word`` may be a lower-case noun in an owner ("country", "boat owners")."""
        low = word.lower()
        return (
            word.isalpha()
            and word.islower()
            and low not in self.lex.pronouns
            and low not in NOT_ADJUNCTS
            and low not in self.lex.cue_forms
            and low not in SUBORDINATORS
            and low not in DETERMINERS
            and low not in POSSESSIVE_DETS
        )

    @staticmethod
    def _opens_owner(word: str) -> bool:
        """Whether ``word`` opens the phrase of a plural owner: a determiner, a preposition
        or a mark ("the farmers' groups", "from farmers' groups", ", farmers' groups")."""
        low = word.lower()
        return low in DETERMINERS or low in MORE_PREPOSITIONS or low in NOT_ADJUNCTS or not word.isalpha()

    def _noun_adjunct(self, tokens: list[Token], k: int, h: int, plural: bool) -> bool:
        """Whether the lower-case word at ``k`` modifies the noun after it inside a phrase a
        determiner opens, or a nationality before a plural: "security" in "a senior Indian
        security official" and "Ecuadorian security forces" ("Chinese coast guard", a
        singular with no determiner, is left alone).

        Only when a determiner or a possessive (or, before a plural, a nationality) comes
        back within three words, over modifiers and other such words, and the word is no
        verb form, preposition or conjunction.
        """
        w = tokens[k].text
        if not (w.isalpha() and w.islower()) or w in NOT_ADJUNCTS or w.endswith(("ed", "ing", "ly")):
            return False
        if w in DETERMINERS or w in POSSESSIVE_DETS or w in QUANTIFIERS or w in NUMBER_WORDS:
            return False
        if w in SUBORDINATORS or w in COMPLEMENT_STOPS or w in MORE_PREPOSITIONS:
            return False  # "on Feb. 2 when gunmen": a clause word, no noun
        if w in self.lex.cue_forms or w in _ADVERBS:
            return False  # "and yet Vatican officials said": no noun
        reg = self.registry
        m = k - 1
        while m >= 0 and m >= k - 3:
            before = tokens[m].text
            low = before.lower()
            if low in DETERMINERS or low in POSSESSIVE_DETS:
                return True
            if low in _ATTRIBUTION_OPENERS and plural and m == k - 1 and h + 1 < len(tokens):
                # ", security sources said", ", civil protection officials said", "and aid
                # workers said", "But aid officials, speaking on condition of anonymity,
                # said": an attribution opens at its comma or conjunction
                after = tokens[h + 1].text
                return after in self.lex.cue_forms or (after == "," and before[:1].isupper())
            if (
                plural
                and m == k - 1
                and h == k + 1
                and m >= 1
                and before.isalpha()
                and before.islower()
                and before not in NOT_ADJUNCTS
                and not before.endswith(("ed", "ing", "ly"))
            ):
                # two nouns before a plural head, and what opens the phrase before them
                opener = tokens[m - 1].text
                if opener in (",", "and") and h + 1 < len(tokens) and tokens[h + 1].text in self.lex.cue_forms:
                    return True  # ", civil protection officials said"
                if (
                    before not in self.lex.cue_forms
                    and not before.endswith("s")
                    and not w.endswith("s")  # "Kenyan court suspends teachers": a verb, no noun
                    and is_cap(opener)
                    and reg.demonym_country(tokens[m - 1].start) is not None
                ):
                    return True  # "Chinese law enforcement personnel": after a nationality
            if plural and self._opens_plural_phrase(tokens, m):
                return True  # "about 200 young climate activists": a count opens the phrase
            if is_cap(before) and reg.demonym_country(tokens[m].start) is not None:
                m -= 1
                continue
            if low in self.modifiers:
                m -= 1
                continue
            return False
        return False

    def _joined_adjunct(self, tokens: list[Token], k: int) -> bool:
        """Whether the lower-case word at ``k``, before "and" and another noun before a plural
        head, is a noun of the phrase: a nationality, a determiner or a count opens the
        phrase right before it ("Finnish dock and transport workers", "the oil and gas
        companies", "200 rail and bus drivers")."""
        w = tokens[k].text
        if k == 0 or not self.reading.adjunct_word(w) or (w.endswith("s") and not w.endswith(("ss", "as", "us", "is"))):
            return False  # "soldiers and police officers": two groups, no noun before a head
        return self._opens_plural_phrase(tokens, k - 1)

    def _opens_plural_phrase(self, tokens: list[Token], m: int) -> bool:
        """Whether the token at ``m`` opens a plural noun phrase: a determiner, a possessive,
        a count or a nationality ("the", "their", "200", "two", "Finnish")."""
        before = tokens[m].text
        low = before.lower()
        return (
            low in DETERMINERS
            or low in POSSESSIVE_DETS
            or before[:1].isdigit()
            or low in NUMBER_WORDS
            or (is_cap(before) and self.registry.demonym_country(tokens[m].start) is not None)
        )

    def _before_mention(self, tokens: list[Token], k: int, owner: Entity) -> int:
        """The index of the token before the mention of ``owner`` that ends with token ``k``."""
        start_of = self.registry.start_of(owner, tokens[k].end)
        while k >= 0 and tokens[k].start >= start_of:
            k -= 1
        return k
