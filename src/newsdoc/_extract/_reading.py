"""The reading of one article that the readers of the actors step share.

:class:`Reading` holds what every reader of a sentence needs, in pass 1 (:mod:`._names`
and the modules it calls on) as in pass 2 (:mod:`._descriptions`): the article's text,
the lexicons with the step's extra titles and given names, the
:class:`~newsdoc._extract._coref.Registry` the mentions go to, and the capitalised verbs
of a title-case headline while its sentence is read ("Lindsey Graham Says Trump ...").
It also answers the few questions readers of both passes ask: is a word an organisation
word ("Ministry", "Corp."), may a word be a noun before another ("dock" in "dock
workers"), whose "X's" stands before a token ("Armenia's Defence Ministry").

Every reader derives from :class:`ReadingPart`, which copies the fields that stay fixed
for the article into its own attributes when it is made; ``verbs`` changes from sentence
to sentence and is read from the reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from newsdoc._extract._actor_words import MORE_PREPOSITIONS, NOT_ADJUNCTS, QUANTIFIERS, modifier_words
from newsdoc._extract._coref import Entity, Registry, place_info
from newsdoc._extract._doc import Doc
from newsdoc._extract._words import Token, is_possessive, lexicons

__all__ = ["Reading", "ReadingPart"]


class Reading:
    """What the readers of one article share (made anew for every article).

    ``titles``, ``first_names`` and ``modifiers`` are the lexicons' with the step's extra
    words (``modifiers`` holds the titles too: "a former minister", "a minister"); ``verbs``
    are the capitalised reporting verbs while a sentence of a title-case headline is read
    ("Says", "Warns"), else none.
    """

    def __init__(self, doc: Doc, extra_titles: Iterable[str], extra_first_names: Iterable[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicons()
        sets = _word_sets(frozenset(extra_titles), frozenset(extra_first_names))
        self.titles, self.first_names, self.modifiers = sets
        self.registry = Registry(doc.quotes, doc.text)
        self.verbs: frozenset[str] = frozenset()  # capitalised verbs of a title-case headline

    def org_word(self, word: str) -> bool:
        """Whether a word is an organisation word, in any case and with a full stop ("Corp.")."""
        return word.lower().rstrip(".") in self.lex.org_words

    def adjunct_word(self, w: str) -> bool:
        """Whether a word may be a noun before another ("dock", "transport"): lower case, no
        function word, verb form, adverb, reporting verb or quantifier."""
        if not (w.isalpha() and w.islower()) or w in NOT_ADJUNCTS or w in MORE_PREPOSITIONS:
            return False
        return not (w.endswith(("ed", "ing", "ly")) or w in self.lex.cue_forms or w in QUANTIFIERS)

    def owner_before(self, tokens: list[Token], i: int) -> Entity | None:
        """The actor of an "X's" just before token ``i`` (skipping one adjective)."""
        for k in (i - 1, i - 2):
            if k >= 1 and is_possessive(tokens, k):
                entity = self.registry.entity_ending_at(tokens[k - 1].end)
                if entity is not None:
                    return entity
        return None

    def country_before(self, tokens: list[Token], i: int) -> str | None:
        """The country of an "X's" just before token ``i`` (skipping one adjective)."""
        owner = self.owner_before(tokens, i)
        return owner.country if owner is not None else None

    @staticmethod
    def country_in(words: list[str]) -> str | None:
        """The country that the first two words of a name, or else its first word, give,
        when more words follow them and they give exactly one ("Ukrainian President
        Volodymyr Zelensky": UKR)."""
        for size in (2, 1):
            if len(words) > size:
                places = place_info.places(" ".join(words[:size]))
                codes = {getattr(p, "iso3", None) for p in places} - {"", None}
                if len(codes) == 1:
                    return codes.pop()
        return None


class ReadingPart:
    """A reader of one article for the actors step: the reading's fixed fields, copied into
    attributes once, so the rules read ``self.lex`` rather than ``self.reading.lex``."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.text = reading.text
        self.lex = reading.lex
        self.registry = reading.registry
        self.titles = reading.titles
        self.first_names = reading.first_names
        self.modifiers = reading.modifiers


@lru_cache(maxsize=16)
def _word_sets(
    extra_titles: frozenset[str], extra_first_names: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Titles, given names and modifiers with a step's extra words: made once per set of
    extras, not once per article (the lexicons hold thousands of words)."""
    lex = lexicons()
    titles = lex.titles | extra_titles
    return titles, lex.first_names | extra_first_names, modifier_words() | titles
