"""Words and lexicons shared by the actors and statements steps.

The text is cut into tokens by one linear regular expression; every lexicon is loaded
once from ``newsdoc/data`` and kept as a frozen set or dict for constant-time lookups.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsdoc._lexicon import load_list, load_table

__all__ = [
    "DOCUMENT_NOUNS",
    "FRACTIONS",
    "NUMBER_WORDS",
    "OBJECT_FIRST",
    "POSSESSIVES",
    "Lexicons",
    "Token",
    "is_possessive",
    "lexicons",
    "tokenize",
]

#: Participles whose active use always has an object first ("accused X of"), so that
#: "accused of", "charged with" right after a noun are passives.
OBJECT_FIRST = {"accused": "of", "suspected": "of", "convicted": "of", "charged": "with", "blamed": "for"}

#: Numbers written as words ("Twenty-four" is two of them joined by a hyphen).
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
     "hundred"}
)
#: Parts of a whole that stand for people in poll copy: "Two-thirds support ...", "Half said".
FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fourths", "fifths", "tenths"})

#: Nouns for what reports findings rather than who speaks: "the poll shows", "documents show".
DOCUMENT_NOUNS = frozenset(
    {"poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "analysis",
     "data", "figures", "statement", "memo", "letter", "document", "documents", "records",
     "research", "review", "audit", "investigation", "findings", "complaint", "lawsuit",
     "filing", "ruling", "campaign", "website", "court", "committee", "agency", "department",
     "video", "footage", "transcript", "evidence", "average", "tally", "estimates", "projections",
     "statistics", "numbers", "emails", "e-mails", "results", "draft", "drafts", "cable",
     "cables", "minutes", "note", "notes", "article", "editorial", "tweet", "tweets", "ad",
     "advertisement", "decision", "opinion", "indictment", "petition", "message", "book"}
)

_LETTER = r"A-Za-z0-9\u00C0-\u024F"
# a word (letters, digits, inner apostrophes, dots, hyphens, ampersands) or one other mark;
# written as runs of letters joined by runs of inner marks, possessively, which matches
# what ``[L](?:[L&'.-]*[L])?`` matches without backtracking from the end of each word
_TOKEN = re.compile(rf"[{_LETTER}]++(?:[&'\u2019.-]++[{_LETTER}]++)*+\.?|\S")
# the same, with the run of spaces before each token as a group: ``findall`` then gives
# plain strings whose lengths tell the offsets, cheaper than a match object per token
# (what lies between two tokens is always space, since ``\S`` matches any other mark)
_SPACED_TOKEN = re.compile(rf"(\s*+)({_TOKEN.pattern})")
POSSESSIVES = ("'s", "\u2019s")  #: the possessive ending as a token, straight and curly


def is_possessive(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a possessive ending: "'s", or a bare apostrophe right after a
    word in "s" with a space after it ("Laos' foreign ministry", "the workers' union")."""
    text = tokens[k].text
    if text in POSSESSIVES:
        return True
    return (
        text in ("'", "\u2019")
        and k >= 1
        and tokens[k - 1].text.endswith("s")
        and tokens[k - 1].end == tokens[k].start
        and k + 1 < len(tokens)
        and tokens[k + 1].start > tokens[k].end
        and tokens[k + 1].text[:1].isalpha()
    )


# what follows a plural noun, never a verb's object: "recordings of video calls, showed"
_AFTER_PLURAL_NOUN = frozenset({",", ".", ";", ":", ")", "and", "or", "with", "from", "between"})


def noun_after_of(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` (a verb form in "s", say) is the plural noun of a phrase
    "of" opens: "recordings of video calls, showed", "a list of demands." - "of", one
    lower-case word, the word, then a mark or a conjunction."""
    return (
        k >= 2
        and tokens[k - 2].text == "of"
        and tokens[k - 1].text.isalpha()
        and tokens[k - 1].text.islower()
        and tokens[k].text.endswith("s")
        and (k + 1 >= len(tokens) or tokens[k + 1].text in _AFTER_PLURAL_NOUN)
    )


class Token(NamedTuple):
    """A word or mark, with its offsets in the text."""

    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with possessive ``'s`` and final periods split off."""
    out: list[Token] = []
    abbreviations = lexicons().abbreviations
    append = out.append
    new = tuple.__new__  # Token(...) without the Python-level __new__ of a NamedTuple
    e = start
    for space, word in _SPACED_TOKEN.findall(text, start, len(text) if end is None else end):
        s = e + len(space)
        e = s + len(word)
        if word[-1] in ".s":  # one test for the common word, which ends in neither
            last = word[-1]
            if last == "." and len(word) > 1:
                core = word[:-1]
                if "." not in core and core not in abbreviations and not (len(core) == 1 and core.isupper()):
                    append(new(Token, (s, e - 1, core)))
                    append(new(Token, (e - 1, e, ".")))
                    continue
            elif last == "s" and len(word) > 2 and word[-2] in "'\u2019":  # a possessive (POSSESSIVES)
                append(new(Token, (s, e - 2, word[:-2])))
                append(new(Token, (e - 2, e, word[-2:])))
                continue
        append(new(Token, (s, e, word)))
    return out


def _verb_forms(base: str, irregular: list[str]) -> set[str]:
    forms = {base, *irregular}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


class Lexicons(NamedTuple):
    """Every word list the two steps use, ready for lookups."""

    abbreviations: frozenset[str]
    cue_forms: dict[str, str]  #: inflected form -> base form
    object_cues: frozenset[str]  #: base forms whose object is the content
    addressee_cues: frozenset[str]  #: base forms that take an addressee first
    clause_cues: frozenset[str]  #: base forms that report only a clause ("found that ...")
    topic_cues: frozenset[str]  #: base forms whose content follows "about" ("spoke about ...")
    topic_forms: dict[str, str]  #: inflected form -> base of a verb that reports only a topic
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    org_words: frozenset[str]
    org_heads: frozenset[str]  #: heads that open a name ("Institut Pasteur", "Banco Central")
    org_nouns: frozenset[str]
    titles: frozenset[str]
    not_names: frozenset[str]
    first_names: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    genders: dict[str, str]  #: given name, title or role noun -> "f" or "m"


@cache
def lexicons() -> Lexicons:
    """The lexicons, loaded once."""
    cue_forms: dict[str, str] = {}
    object_cues: set[str] = set()
    addressee_cues: set[str] = set()
    clause_cues: set[str] = set()
    topic_cues: set[str] = set()
    topic_forms: dict[str, str] = {}
    for line in load_list("reporting_verbs.txt"):
        words = line.split()
        flags = {w for w in words if w.startswith("+")}
        forms = [w for w in words if not w.startswith("+")]
        base = forms[0]
        for form in _verb_forms(base, forms[1:]):
            (topic_forms if "+topic" in flags else cue_forms).setdefault(form, base)
        if "+obj" in flags:
            object_cues.add(base)
        if "+to" in flags:
            addressee_cues.add(base)
        if "+clause" in flags:
            clause_cues.add(base)
        if "+about" in flags or "+topic" in flags:
            topic_cues.add(base)
    person_nouns: set[str] = set()
    for noun in load_list("person_nouns.txt"):
        person_nouns.add(noun)
    pronouns = {row["pronoun"]: tuple(row["kinds"].split()) for row in load_table("pronouns.txt")}
    return Lexicons(
        abbreviations=frozenset(load_list("abbreviations.txt")),
        cue_forms=cue_forms,
        object_cues=frozenset(object_cues),
        addressee_cues=frozenset(addressee_cues),
        clause_cues=frozenset(clause_cues),
        topic_cues=frozenset(topic_cues),
        topic_forms=topic_forms,
        person_nouns=frozenset(person_nouns),
        group_nouns=frozenset(load_list("group_nouns.txt")),
        org_words=frozenset(load_list("org_words.txt")),
        org_heads=frozenset(load_list("org_heads.txt")),
        org_nouns=frozenset(load_list("org_nouns.txt")),
        titles=frozenset(load_list("titles.txt")),
        not_names=frozenset(load_list("not_names.txt")),
        first_names=frozenset(load_list("first_names.txt")),
        pronouns=pronouns,
        genders={row["word"]: row["gender"] for row in load_table("name_genders.tsv")},
    )
