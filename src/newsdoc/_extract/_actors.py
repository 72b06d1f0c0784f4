"""The ``actors`` step: people, organisations, countries, places and groups.

The step reads each sentence in two left-to-right passes over its tokens. Pass 1
(:mod:`._names`) reads names: capitalised chunks and where each ends ("Ministry of
Agriculture, Livestock and Fisheries"), how a chunk splits and what its acronym names
(:mod:`._chunks`), what a name names (:mod:`._name_kinds`, :mod:`._person_names`) and the
organisations named by a lower-case head ("the regulator", "North Korea's defense
ministry": :mod:`._org_descriptions`). Pass 2 (:mod:`._descriptions`) reads people and
groups by description ("a senior EU official", its words before the head read by
:mod:`._openings`), relative "who" and pronouns. The readers share one
:class:`~newsdoc._extract._reading.Reading` of the article and the word roles of
:mod:`._actor_words`; :mod:`._coref` links each mention to the actor it refers to;
:mod:`._joint` gives the actors a joint reference ("both governments") stands for. The
step leaves the mentions in ``doc.data["actors.mentions"]`` (sorted ``(start, end,
actor id)``) for the later steps.
"""

from __future__ import annotations

from functools import cache

import attrs

from newsdoc._extract._actor_words import ROLES, description_words, people_plural
from newsdoc._extract._coref import Registry
from newsdoc._extract._descriptions import POSTNOMINAL_ADJECTIVES, DescriptionReader
from newsdoc._extract._doc import Doc
from newsdoc._extract._name_kinds import POST_NOMINALS
from newsdoc._extract._names import NameReader
from newsdoc._extract._reading import Reading
from newsdoc._extract._words import lexicons

__all__ = [
    "MENTIONS_KEY",
    "POSTNOMINAL_ADJECTIVES",
    "POST_NOMINALS",
    "ActorsStep",
    "description_words",
    "people_plural",
    "title_case_headline",
]

#: Where the step leaves its mentions for later steps: a sorted list of (start, end, id).
MENTIONS_KEY = "actors.mentions"


@attrs.frozen
class ActorsStep:
    """Find the actors of an article and every mention of each.

    Args:
        extra_titles: Words to add to the titles lexicon (lower case).
        extra_first_names: Given names to add to the first-names lexicon.
    """

    extra_titles: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)
    extra_first_names: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)

    def __call__(self, doc: Doc) -> None:
        """Add the actors found in ``doc`` to ``doc.actors``."""
        registry = _read(Reading(doc, self.extra_titles, self.extra_first_names))
        doc.actors.extend(registry.actors(doc))
        doc.data[MENTIONS_KEY] = registry.mention_index()


def _read(reading: Reading) -> Registry:
    """Read every sentence of the article in its two passes; the registry of its actors.

    Pass 1 gives the token indexes inside names, which pass 2 reads past ("Rapid Support
    Forces" holds no description of people); both visit only the tokens that have a role
    (:data:`~newsdoc._extract._actor_words.ROLES`), found by one look-up a token.
    """
    doc = reading.doc
    names = NameReader(reading)
    descriptions = DescriptionReader(reading)
    headline = doc.article.paragraph_spans[0]
    title_case = title_case_headline(doc.text[headline.start : headline.end])
    for number, sentence in enumerate(doc.sentences):
        tokens = doc.tokens(sentence)
        # "Lindsey Graham Says Trump ...": a reporting verb ends a name in such a headline
        reading.verbs = _headline_verbs() if title_case and sentence.start < headline.end else frozenset()
        reading.registry.begin_sentence(number, sentence.start, sentence.end)
        # the passes visit only the tokens that have a role, found by one look-up a token
        candidates = [i for i, t in enumerate(tokens) if ROLES[t.text]]
        starts = names.names(tokens, candidates)
        descriptions.descriptions(tokens, starts, candidates)
    return reading.registry


def title_case_headline(headline: str) -> bool:
    """Whether a headline is in title case ("Lindsey Graham Says Trump Could Address ...").

    At least four words, and no word of four letters or more in lower case.
    """
    words = [w for w in headline.split() if w[:1].isalpha()]
    return len(words) >= 4 and not any(len(w) >= 4 and w[0].islower() for w in words)


@cache
def _headline_verbs() -> frozenset[str]:
    """Inflected reporting verbs, capitalised as a title-case headline writes them: "Says", "Warns"."""
    forms = lexicons().cue_forms
    return frozenset(form.capitalize() for form, base in forms.items() if form != base and not form.endswith("ing"))
