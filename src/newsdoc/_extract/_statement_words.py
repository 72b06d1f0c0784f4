"""The words the statements step reads by: the word sets several of its readers share.

A statement turns on a few kinds of word: the marks that open and close a quotation
(:data:`OPEN`, :data:`CLOSE`), the auxiliaries and modals around a verb ("has said",
"would say"), the words that open a clause ("that", "while", a comma), determiners, and
the heads of the noun phrases that speak ("the poll", "sources"). A word set that one
reader alone uses stays in that reader's module. :func:`scan_words` gives the words at
which the walk over a sentence (:mod:`._cues`) may find a statement.
"""

from __future__ import annotations

from functools import cache

from newsdoc._extract._words import DOCUMENT_NOUNS, Token, lexicons

__all__ = [
    "AFTER_QUOTE_VERBS",
    "BE",
    "CLAUSE_AUXILIARIES",
    "CLAUSE_MARKS_SUBJECT",
    "CLAUSE_OPENERS",
    "CLOSE",
    "DETERMINERS",
    "FRONT_PREPOSITIONS",
    "MODALS",
    "NP_HEADS",
    "NP_STOP",
    "OBJECT_PRONOUNS",
    "OPEN",
    "POLL_NOUNS",
    "RELATIVES",
    "SPEAKER_PREPOSITIONS",
    "TELL",
    "TIME_PREPOSITIONS",
    "before_parenthesis",
    "scan_words",
]

# the marks that open a quotation, and those that close one
OPEN = frozenset("\"'\u201c\u2018\u00ab")
CLOSE = frozenset("\"'\u201d\u2019\u00bb")
# words before a verb that make it no report of words said: "would say", "to say", "if"
MODALS = frozenset(
    {"would", "could", "might", "may", "should", "must", "can", "to", "if", "unless", "whether"}
)
# forms of "be": before a past form, a passive ("was told")
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "am"})
# relative pronouns: "the regime, which views", "(TRNC), which only Turkey recognises"
RELATIVES = frozenset({"which", "whom", "whose"})
# verbs whose object is the one told: "told reporters", never the speaker
TELL = frozenset({"tell", "inform", "assure", "remind"})
# pronouns as the object of a verb: "called it", "told them"
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those", "us", "me"})
# prepositions before a time: "in May", "since 2010"
TIME_PREPOSITIONS = frozenset({"in", "on", "at", "after", "before", "since"})
# words that open a noun phrase: "the", "their", "several"
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "many", "some", "most", "other", "its",
     "their", "his", "her", "our", "one", "two", "three", "several", "few", "both", "all",
     "each", "another", "no", "any", "such", "more", "that"}
)
# words that are no part of a speaker's noun phrase, nor its head
NP_STOP = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "this", "there",
     "also", "then", "and", "or", "but", "not", "has", "have", "had", "is", "was", "are",
     "were", "be", "been", "will", "would", "as", "so", "what", "how", "when", "where",
     "why", "if", "he's", "one", "said", "says", "told", "did", "does", "do", "being",
     "thing", "things", "way", "time", "years", "days", "weeks", "months", "news",
     "him", "her", "them", "us", "me", "himself", "herself", "themselves", "others"}
)
# heads of noun phrases that report findings, who speak as bodies: "the poll shows"
NP_HEADS = DOCUMENT_NOUNS
# verbs that report speech only right after a quotation: "she continued", "the letter reads"
AFTER_QUOTE_VERBS = {"continued": "continue", "continues": "continue", "read": "read", "reads": "read"}
#: Words besides the cues at which the scan of a sentence may find a statement.
_OPENING_WORDS = frozenset({"according", "According", "In", "in", *AFTER_QUOTE_VERBS})
# prepositions opening a clause of a participle whose subject comes after it: "In defending himself, Trump"
FRONT_PREPOSITIONS = frozenset({"in", "after", "before", "while", "by", "when", "since", "without", "upon"})
# auxiliaries right after a subject
CLAUSE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})
# what a finding is reported "in": "In a CBS News poll, she led ...", "... ahead in the polls."
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "average", "averages"})
# words that cannot stand inside a speaker's noun phrase
CLAUSE_MARKS_SUBJECT = frozenset(
    {"that", "who", "which", "whom", "whose", "had", "has", "have", "is", "are", "was", "were",
     "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do",
     ",", ";", ":", "(", ")", "--", "\u2014", "not", "it", "he", "she", "they", "we", "i", "you"}
)
# prepositions that may qualify a speaker: "experts on North Korea", "advisers to Mr. Obama"
SPEAKER_PREPOSITIONS = frozenset({"on", "in", "from", "to", "at", "for", "with", "across", "around", "of"})
# words and marks after which a clause opens: "..., sources said", "while officials say"
CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "that", "and", "but", "while", "as", "because", "(", "--", "\u2014", "though", "although",
     "whereas", "since", "after", "when", "once", "until", "unless"}
)


@cache
def scan_words() -> frozenset[str]:
    """The words a sentence scan stops at: cues, verbs of talking and opening words."""
    lex = lexicons()
    return frozenset(lex.cue_forms.keys() | lex.topic_forms.keys() | _OPENING_WORDS)


def before_parenthesis(tokens: list[Token], k: int, reach: int = 4) -> int:
    """The token before a parenthesis of at most ``reach`` tokens that ends at ``k``
    ("(PNH)", "(D-N.Y.)"), else ``k``; a parenthesis opening the sentence has none."""
    if tokens[k].text == ")":
        for j in range(k - 1, max(k - reach - 1, 0), -1):
            if tokens[j].text == "(":
                return j - 1
    return k
