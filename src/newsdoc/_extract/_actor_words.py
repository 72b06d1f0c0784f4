"""The words the actors step reads by: word roles, shared word sets and token tests.

Both passes over a sentence (:mod:`._names` for names, :mod:`._descriptions` for
descriptions) visit only the tokens that have a role, which :data:`ROLES` works out once
for each distinct word: "Ministry" may start a name, "officials" a description, "until"
opens a clause. The word sets here are those that more than one reader of the step uses:
determiners ("the", "another"), place prepositions ("in Plzeň"), the words after a head
that end its phrase ("the regulator said"), counts ("Thousands of"). The lexicons that
are data files (``modifiers.txt``, ``non_actor_heads.txt``, ``word_names.txt``) load once.
"""

from __future__ import annotations

import re
from functools import cache

from newsdoc._extract._joint import joint_nouns
from newsdoc._extract._words import lexicons
from newsdoc._lexicon import load_set

__all__ = [
    "AFTER_HEAD",
    "BODY_LINKS",
    "CLAUSE_MARK",
    "COMPLEMENT_STOPS",
    "COUNT_NOUNS",
    "DESCRIPTION",
    "DETERMINERS",
    "FEATURE_OPENERS",
    "JOINT_HEAD",
    "LOCATION_PREPS",
    "MORE_PREPOSITIONS",
    "NAME_START",
    "NAME_WORD",
    "NOT_ADJUNCTS",
    "PLACE_HEADS",
    "PLACE_NOUNS",
    "POSSESSIVE_DETS",
    "PUNCT_STOP",
    "QUANTIFIERS",
    "RELATIONAL_HEADS",
    "REMIT_CONNECTORS",
    "ROLES",
    "SUBORDINATORS",
    "description_words",
    "is_acronym",
    "is_cap",
    "modifier_words",
    "non_actor_heads",
    "people_plural",
    "word_names",
]

_CONTRACTION = re.compile("(?:['\u2019][a-z]{1,2}|n['\u2019]t)$")
# a lower-case particle joined to a capitalised name: "al-Burhan", "bin-Salman", "d'Estaing"
_PARTICLE = re.compile(
    r"(?:al|el|as|ash|ad|an|ar|at|az|ul|bin|ibn|abu|abd|ben|bint|d|de|di|da|du|del|van|von|le|la|dos|das|do)"
    r"['\u2019-][A-Z]"
)
# words opening an adverbial clause, whose own subject a pronoun in it most often means
SUBORDINATORS = frozenset(
    {"until", "after", "before", "because", "when", "while", "if", "unless", "although", "though", "once",
     "whereas", "since"}
)
_PUNCT_QUOTES = frozenset({'"', "\u201c", "\u201d"})
# marks that end the reach of a subordinator before them: "; it", '" it'
_CLAUSE_STOPS = _PUNCT_QUOTES | {";", ":"}


def is_cap(word: str) -> bool:
    """Whether a word starts with a capital ("Ministry", "US", "McConnell")."""
    return word[:1].isupper()


def _is_name_word(word: str) -> bool:
    """A capitalised word (not a contraction: "I'm"), or a particle joined to one ("al-Burhan")."""
    first = word[0]
    if first.isupper():
        return first.isalpha() and not (len(word) < 6 and _CONTRACTION.search(word))
    return first.islower() and len(word) > 2 and _PARTICLE.match(word) is not None


# what the two passes of a sentence look for in a word (bit flags)
NAME_START = 1  # a name word or an organisation noun: pass 1 may start a name there
NAME_WORD = 8  # a name word (see _is_name_word): a name may go on through it
DESCRIPTION = 2  # a description word or pronoun in any case, or "who": pass 2 reads it
CLAUSE_MARK = 4  # a word opening an adverbial clause, or a mark closing one: pass 2 notes it
JOINT_HEAD = 16  # a plural noun of joint_nouns.tsv ("countries"): pass 2 reads it after "both"
_MAX_ROLES = 1 << 17  # distinct words kept before the table starts afresh


class _WordRoles(dict[str, int]):
    """Word -> its role flags, worked out the first time the word is seen.

    News vocabulary repeats, so after a few articles nearly every token is one dict
    look-up, instead of a case test, a ``lower()`` and several set look-ups.
    """

    def __missing__(self, word: str) -> int:
        roles = 0
        if _is_name_word(word):
            roles |= NAME_START | NAME_WORD
        if word in lexicons().org_nouns:
            roles |= NAME_START
        if word.lower() in description_words() or word == "who":
            roles |= DESCRIPTION
        if word.lower() in SUBORDINATORS or word in _CLAUSE_STOPS:
            roles |= CLAUSE_MARK
        if word in joint_nouns():
            roles |= JOINT_HEAD
        if len(self) >= _MAX_ROLES:
            self.clear()
        self[word] = roles
        return roles


ROLES = _WordRoles()

# -- word sets that readers of both passes use ---------------------------------------

#: Words that go on with a body's name after its organisation word (see
#: ``NameReader._remit_follows`` in :mod:`._names`).
REMIT_CONNECTORS = frozenset({"to", "on", "against", "Against"})
#: Words after an organisation word inside a body's name: "Bank of Korea", "Joint Committee on Taxation".
BODY_LINKS = frozenset({"of", "for", *REMIT_CONNECTORS})
#: Words that open the name of a sea, strait or island "of" a place: "Strait of Hormuz", "Gulf of Finland".
FEATURE_OPENERS = frozenset({"Gulf", "Bay", "Strait", "Straits", "Sea", "Isle", "Isles", "Bight", "Horn"})
# words before a capital that make it a place, not its country: "the Hungarian capital Budapest"
PLACE_HEADS = frozenset({"capital", "city", "town", "village", "port", "province", "region", "district"})
LOCATION_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"}
)
DETERMINERS = frozenset({"a", "an", "the", "another", "one", "this", "that", "these", "those"})
# words that end the noun phrase after "familiar with": "people familiar with the talks who"
COMPLEMENT_STOPS = frozenset(
    {"who", "which", "that", "and", "or", "but", "said", "say", "says", "is", "are", "was", "were", "has", "have",
     "had", "will", "would", "could", "in", "on", "at", "to", "for", "by", "as", "because", "since"}
)
# lower-case nouns after a place's name, or before "of" and its name ("Cotopaxi province")
PLACE_NOUNS = frozenset(
    {"district", "province", "region", "valley", "sector", "county", "village", "town", "city", "municipality",
     "prefecture", "governorate", "oblast", "state", "neighbourhood", "neighborhood", "camp", "border", "area",
     "port", "island", "states", "provinces", "regions", "districts", "counties", "township", "townships",
     "commune", "suburb", "cities", "towns", "villages"}
)
QUANTIFIERS = frozenset(
    {"a", "an", "the", "several", "some", "many", "few", "most", "both", "all", "other", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"}
)
# plural counts that open a group with "of": "hundreds of protesters", "Thousands of
# Israelis", "tens of thousands of Serbs"
COUNT_NOUNS = frozenset({"dozens", "scores", "tens", "hundreds", "thousands", "millions"})
# lower-case words that never modify the noun after them in a description
NOT_ADJUNCTS = frozenset(
    {"and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "that", "who", "which",
     "than", "said", "says", "is", "was", "are", "were", "has", "have", "had", "be", "been", "not", "also",
     "where", "whose", "whom", "what", "when", "why", "how", "while", "if", "so"}
)
# prepositions and time words that are no noun before a noun ("marched through Dakar",
# "last month"), besides the words of NOT_ADJUNCTS
MORE_PREPOSITIONS = frozenset(
    {"through", "into", "during", "over", "under", "about", "against", "near", "across", "via", "amid", "despite",
     "without", "within", "toward", "towards", "between", "among", "last", "next", "this"}
)
POSSESSIVE_DETS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# after the head of a lower-case description: words that show the head ends the phrase
AFTER_HEAD = frozenset(
    {
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "which",
        "who",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "also",
        "then",
        "not",
        "as",
        "said",
        "says",
        "'s",
        "\u2019s",
    }
)
# plural nouns for people named by whom they belong to, support or stand for: the "of"
# phrase after them is part of the name ("Relatives of the victims", "supporters of
# independence"); "the authorities of corruption" is an accusation, not a name
RELATIONAL_HEADS = frozenset(
    {"relatives", "families", "members", "supporters", "opponents", "critics", "leaders", "victims", "survivors",
     "parents", "employees", "representatives", "allies", "followers", "veterans", "descendants", "friends"}
)
PUNCT_STOP = frozenset(
    {",", ";", ":", "(", ")", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "--", "\u2014"}
)


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym of two or more capitals, maybe with full stops or an
    ampersand: "KCNA", "U.N.", "AT&T"."""
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def people_plural(word: str) -> bool:
    """Whether a word is a plural noun for people, whatever its case: a group noun
    ("Democrats"), the plural of a person noun ("Organisers") or a plural in "-ists"
    ("Virologists", "epidemiologists")."""
    low = word.lower()
    lex = lexicons()
    if low in lex.group_nouns:
        return True
    return word[1:].islower() and (
        (low.endswith("s") and low[:-1] in lex.person_nouns) or (low.endswith("ists") and len(low) > 6)
    )


@cache
def description_words() -> frozenset[str]:
    """Lower-case words that may start a description or be a pronoun."""
    lex = lexicons()
    plurals = {noun + "s" for noun in lex.person_nouns}
    return frozenset(lex.pronouns) | lex.group_nouns | lex.person_nouns | plurals


def non_actor_heads() -> frozenset[str]:
    """Last words that make a name a thing, not an actor ("Iraq War", "Paris Agreement"),
    and nouns that make the word before them a modifier ("a general election"):
    ``non_actor_heads.txt``."""
    return load_set("non_actor_heads.txt")


def word_names() -> frozenset[str]:
    """Given names that are also common words ("Grant", "Hope"): alone, no sign of a person."""
    return load_set("word_names.txt")


def modifier_words() -> frozenset[str]:
    """Lower-case words that may stand between a determiner and the noun of a description
    ("a senior official", "the ruling party", "local farmers"): ``modifiers.txt``."""
    return load_set("modifiers.txt")
