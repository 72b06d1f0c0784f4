"""The ``actors`` step: people, organisations, countries, places and groups.

One left-to-right pass per sentence finds names (capitalised chunks) and descriptions
("a spokesperson for X", "the regulator", "farmers"), and :mod:`._coref` links each
mention to the actor it refers to; :mod:`._joint` gives the actors a joint reference
("both governments") stands for. The step leaves the mentions in
``doc.data["actors.mentions"]`` (sorted ``(start, end, actor id)``) for the later steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import attrs

from newsdoc._extract._coref import Entity, Registry, place_info
from newsdoc._extract._doc import Doc
from newsdoc._extract._event_lexicon import verb_only_past_forms, verb_past_forms
from newsdoc._extract._gazetteer import world_city
from newsdoc._extract._joint import JointReferences, is_complement, joint_count, joint_nouns
from newsdoc._extract._timex_rules import lexicon as time_lexicon
from newsdoc._extract._words import DOCUMENT_NOUNS, NUMBER_WORDS, POSSESSIVES, Token, lexicons
from newsdoc._lexicon import load_set
from newsdoc._models import ActorKind

__all__ = ["MENTIONS_KEY", "ActorsStep", "people_plural"]

#: Where the step leaves its mentions for later steps: a sorted list of (start, end, id).
MENTIONS_KEY = "actors.mentions"

_CONTRACTION = re.compile("(?:['\u2019][a-z]{1,2}|n['\u2019]t)$")
#: Words that go on with a body's name after its organisation word (see ``_remit_follows``).
_REMIT_CONNECTORS = frozenset({"to", "on", "against", "Against"})
#: Words after an organisation word inside a body's name: "Bank of Korea", "Joint Committee on Taxation".
_BODY_LINKS = frozenset({"of", "for", *_REMIT_CONNECTORS})
_CONNECTORS = frozenset(
    {"of", "for", "de", "du", "da", "del", "la", "le", "al", "bin", "von", "van", "der", "&"}
)
# a lower-case particle joined to a capitalised name: "al-Burhan", "bin-Salman", "d'Estaing"
_PARTICLE = re.compile(
    r"(?:al|el|as|ash|ad|an|ar|at|az|ul|bin|ibn|abu|abd|ben|bint|d|de|di|da|du|del|van|von|le|la|dos|das|do)"
    r"['\u2019-][A-Z]"
)
# function words capitalised inside a chunk show a headline in title case, not a name
_TITLE_CASE_WORDS = frozenset(
    {"The", "Of", "With", "When", "Could", "Do", "To", "For", "And", "In", "On", "At", "Is", "Are", "Will",
     "Can", "Up", "Against", "A", "An", "From", "By", "As", "How", "Why", "What", "Into", "Over", "After"}
)
# the kinds of actor a relative "who" may stand for ("a staffer at the State Department who")
_WHO_KINDS = frozenset({ActorKind.PERSON, ActorKind.GROUP})
# words opening an adverbial clause, whose own subject a pronoun in it most often means
_SUBORDINATORS = frozenset(
    {"until", "after", "before", "because", "when", "while", "if", "unless", "although", "though", "once",
     "whereas", "since"}
)
_PUNCT_QUOTES = frozenset({'"', "\u201c", "\u201d"})
# marks that end the reach of a subordinator before them: "; it", '" it'
_CLAUSE_STOPS = _PUNCT_QUOTES | {";", ":"}
# words before a capital that make it a place, not its country: "the Hungarian capital Budapest"
_PLACE_HEADS = frozenset({"capital", "city", "town", "village", "port", "province", "region", "district"})
_LOCATION_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"}
)
# generational suffixes closing a name: "Vann R. Newkirk II"
_SUFFIXES = frozenset({"II", "III", "IV"})
#: Letters after a name that are no part of it: "Helen Okafor KC", "Jane Doe MP".
POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE"})
#: Adjectives that follow a person or group noun with their preposition and say who the
#: source is: "people familiar with the matter", "one person close to the consortium".
POSTNOMINAL_ADJECTIVES = {
    "familiar": "with", "close": "to", "briefed": "on", "involved": "in", "knowledgeable": "about",
    "aware": "of", "loyal": "to", "opposed": "to", "allied": "with", "sympathetic": "to",
}  # fmt: skip
_DETERMINERS = frozenset({"a", "an", "the", "another", "one", "this", "that", "these", "those"})
_ONE_DETS = frozenset({"a", "an", "one", "another"})
# words that end the noun phrase after "familiar with": "people familiar with the talks who"
_COMPLEMENT_STOPS = frozenset(
    {"who", "which", "that", "and", "or", "but", "said", "say", "says", "is", "are", "was", "were", "has", "have",
     "had", "will", "would", "could", "in", "on", "at", "to", "for", "by", "as", "because", "since"}
)
# lower-case nouns after a place's name, or before "of" and its name ("Cotopaxi province")
_PLACE_NOUNS = frozenset(
    {"district", "province", "region", "valley", "sector", "county", "village", "town", "city", "municipality",
     "prefecture", "governorate", "oblast", "state", "neighbourhood", "neighborhood", "camp", "border", "area",
     "port", "island", "states", "provinces", "regions", "districts", "counties"}
)
# people named by where they live: "residents of Khoznavar" (the place after "of")
_RESIDENTS = frozenset({"residents", "people", "citizens", "inhabitants", "villagers", "natives"})
# time zones, acronyms that name no actor ("all times EST")
_TIME_ZONES = frozenset(
    {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "GMT", "UTC", "BST", "CET", "CEST", "IST"}
)
# prepositions after which an unknown name alone is a place when a clause boundary follows
# ("in Manakara and", "near Portimão on Monday"), and what may follow such a place
_BARE_PLACE_PREPS = frozenset({"in", "near", "outside"})
_AFTER_BARE_PLACE = frozenset(
    {",", ".", "and", "or", "but", ";", "on", "in", "for", "to", "last", "this", "earlier", "since", "where", "when",
     "after", "before", "during"}
)
# nouns whose "in" takes a person: "faith in Obama", "confidence in Merkel"
_IN_PERSON_NOUNS = frozenset({"faith", "confidence", "trust", "interest", "belief", "hope", "stake", "role"})
_PLURAL_PLACE_NOUNS = frozenset({"states", "provinces", "regions", "districts", "counties"})
_ADJECTIVE_ENDINGS = ("ern", "ic", "al", "an", "ish", "ese", "-leaning")
_QUANTIFIERS = frozenset(
    {"a", "an", "the", "several", "some", "many", "few", "most", "both", "all", "other", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"}
)
# plural counts that open a group with "of": "hundreds of protesters"
_COUNT_NOUNS = frozenset({"dozens", "scores", "tens", "hundreds", "thousands", "millions"})
# verbs in -s that follow a subject: "the official has", "the official says" is a cue
_THIRD_PERSON_AUXILIARIES = frozenset({"has", "was", "does", "goes", "seems", "remains", "wants", "needs"})
# prepositions besides the location ones that a city follows: "flown to Nepalgunj"
# first words that make a name a place whatever follows: "Lake Balkhash", "Mount Elgon"
_PLACE_OPENERS = frozenset({"Lake", "Mount", "Mt.", "Cape", "Fort", "Port"})
_CITY_PREPS = frozenset({"into", "to", "from", "toward", "towards"})
# lower-case words that never modify the noun after them in a description
_NOT_ADJUNCTS = frozenset(
    {"and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "that", "who", "which",
     "than", "said", "says", "is", "was", "are", "were", "has", "have", "had", "be", "been", "not", "also",
     "where", "whose", "whom", "what", "when", "why", "how", "while", "if", "so"}
)
# prepositions and time words that are no noun before a noun ("marched through Dakar",
# "last month"), besides the words of _NOT_ADJUNCTS
_MORE_PREPOSITIONS = frozenset(
    {"through", "into", "during", "over", "under", "about", "against", "near", "across", "via", "amid", "despite",
     "without", "within", "toward", "towards", "between", "among", "last", "next", "this"}
)
# what joins two nationalities before one noun: "Egyptian and Qatari mediators"
_DEMONYM_JOINERS = frozenset({"and", "or", ","})
# what may follow "a Republican" or "one Ukrainian" used as a noun, besides a reporting verb
_MEMBER_NEXT = frozenset({",", "who", "was", "is", "has", "had", "will", "would", "also"})
_POSSESSIVE_DETS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_COMPLEMENT_PREPS = frozenset({"for", "of", "at", "with", "from", "in"})
# after the head of a lower-case description: words that show the head ends the phrase
_AFTER_HEAD = frozenset(
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
# modifiers that make a bare lower-case organisation noun an actor without a determiner
_BARE_ORG_MODIFIERS = frozenset({"state", "state-run", "government", "official"})
# plural nouns for people named by whom they belong to, support or stand for: the "of"
# phrase after them is part of the name ("Relatives of the victims", "supporters of
# independence"); "the authorities of corruption" is an accusation, not a name
_RELATIONAL_HEADS = frozenset(
    {"relatives", "families", "members", "supporters", "opponents", "critics", "leaders", "victims", "survivors",
     "parents", "employees", "representatives", "allies", "followers", "veterans", "descendants", "friends"}
)
# plural nouns after a person noun that make it their modifier: "member states"
_MEMBER_BODIES = frozenset({"states", "countries", "nations", "governments", "organisations", "organizations"})
# verbs right after a noun phrase that show it has ended ("supporters of independence
# were", "relatives of the victims did")
_PHRASE_END_VERBS = frozenset({"did", "do", "does", "can", "may", "must", "should", "might", "shall"})
# heads that name a body only after its owner, never as a bare description ("took office"):
# "the UN human rights office", "Netanyahu's office", "Ukraine's security service"
_OWNED_ORG_HEADS = frozenset({"office", "bureau", "service"})
# nouns of a count before "of": "Thousands of Israelis", "tens of thousands of Serbs"
_COUNT_NOUNS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})
# words before a count that make it rough: "about 30 Afghans", "at least 200"
_APPROXIMATORS = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "over", "least", "than", "up"})
# words between a count and a plural nationality: "several hundred ethnic Serbs"
_NATIONAL_MODIFIERS = frozenset({"ethnic", "young", "elderly", "local", "other", "fellow", "angry"})
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_PUNCT_STOP = frozenset(
    {",", ";", ":", "(", ")", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "--", "\u2014"}
)


def _after_adverb(tokens: list[Token], k: int) -> str:
    """The word at ``k``, or the one after it when it is an adverb in -ly ("narrowly survived")."""
    word = tokens[k].text
    if word.endswith("ly") and word.islower() and k + 1 < len(tokens):
        return tokens[k + 1].text
    return word


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_name_word(word: str) -> bool:
    """A capitalised word (not a contraction: "I'm"), or a particle joined to one ("al-Burhan")."""
    first = word[0]
    if first.isupper():
        return first.isalpha() and not (len(word) < 6 and _CONTRACTION.search(word))
    return first.islower() and len(word) > 2 and _PARTICLE.match(word) is not None


# what the two passes of a sentence look for in a word (bit flags)
_NAME_START = 1  # a name word or an organisation noun: pass 1 may start a name there
_NAME_WORD = 8  # a name word (see _is_name_word): a name may go on through it
_DESCRIPTION = 2  # a description word or pronoun in any case, or "who": pass 2 reads it
_CLAUSE_MARK = 4  # a word opening an adverbial clause, or a mark closing one: pass 2 notes it
_JOINT_HEAD = 16  # a plural noun of joint_nouns.tsv ("countries"): pass 2 reads it after "both"
_MAX_ROLES = 1 << 17  # distinct words kept before the table starts afresh


class _WordRoles(dict[str, int]):
    """Word -> its role flags, worked out the first time the word is seen.

    News vocabulary repeats, so after a few articles nearly every token is one dict
    look-up, instead of a case test, a ``lower()`` and several set look-ups.
    """

    def __missing__(self, word: str) -> int:
        roles = 0
        if _is_name_word(word):
            roles |= _NAME_START | _NAME_WORD
        if word in lexicons().org_nouns:
            roles |= _NAME_START
        if word.lower() in description_words() or word == "who":
            roles |= _DESCRIPTION
        if word.lower() in _SUBORDINATORS or word in _CLAUSE_STOPS:
            roles |= _CLAUSE_MARK
        if word in joint_nouns():
            roles |= _JOINT_HEAD
        if len(self) >= _MAX_ROLES:
            self.clear()
        self[word] = roles
        return roles


_ROLES = _WordRoles()


def _is_initial(word: str) -> bool:
    """An initial or initials: "F." in "John F. Kerry", "G.K." in "G.K. Butterfield"."""
    return word.endswith(".") and all(len(p) == 1 and p.isupper() for p in word[:-1].split("."))


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` abbreviates the capitalised ``words``: their initials ("National
    People's Power (NPP)", "Inter-Services Public Relations (ISPR)"), or, for one word,
    some of its letters in order, the first first ("Kuomintang (KMT)")."""
    letters = acronym.replace(".", "")
    if letters == "".join(w[0] for w in words if _is_cap(w)):
        return True
    parts = [p for w in words for p in w.split("-") if p]
    if letters == "".join(p[0] for p in parts if _is_cap(p)):
        return True  # "Inter-Services Public Relations (ISPR)": each part of a hyphenated word
    if len(words) != 1 or len(letters) < 2 or letters[0] != words[0][0]:
        return False
    rest = iter(words[0][1:].upper())
    return all(letter in rest for letter in letters[1:])


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
        reader = _Reader(doc, self.extra_titles, self.extra_first_names)
        reader.read()
        doc.actors.extend(reader.registry.actors(doc))
        doc.data[MENTIONS_KEY] = reader.registry.mention_index()


@attrs.frozen
class _Opening:
    """The words of a description before its head noun, as :meth:`_Reader._opening` reads
    them: "a Hamas official", "Both governments", "the two Central Asian neighbours"."""

    k: int  #: the index of the word that opens the phrase ("a", "Both", "the"; -1: none)
    count: int  #: the actors a joint reference stands for ("Both governments": 2), else 0
    affiliation: Entity | None  #: an organisation named in the words ("Hamas")
    country: str | None  #: the country a nationality ("Indian") or a named actor gives
    mixed: bool  #: nationalities joined by "and" ("Egyptian and Qatari"): no one country


class _Reader:
    """The state of reading one article (made anew for every article)."""

    def __init__(self, doc: Doc, extra_titles: Iterable[str], extra_first_names: Iterable[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicons()
        sets = _word_sets(frozenset(extra_titles), frozenset(extra_first_names))
        self.titles, self.first_names, self.modifiers = sets
        self.registry = Registry(doc.quotes)
        self.interesting = description_words()
        paragraph_starts = [span.start for span in doc.article.paragraph_spans]
        self.joints = JointReferences(self.registry, self.text, paragraph_starts)
        self._remit_end = (0, -1, -1)  # the token list, name start and "and" of the last remit list
        self.terms: set[str] = set()  # acronyms of things that are not actors ("ICBM")
        self.verbs: frozenset[str] = frozenset()  # capitalised verbs of a title-case headline

    def read(self) -> None:
        headline = self.doc.article.paragraph_spans[0]
        title_case = title_case_headline(self.doc.text[headline.start : headline.end])
        for number, sentence in enumerate(self.doc.sentences):
            tokens = self.doc.tokens(sentence)
            # "Lindsey Graham Says Trump ...": a reporting verb ends a name in such a headline
            self.verbs = _headline_verbs() if title_case and sentence.start < headline.end else frozenset()
            self.registry.begin_sentence(number, sentence.start, sentence.end)
            # the passes visit only the tokens that have a role, found by one look-up a token
            candidates = [i for i, t in enumerate(tokens) if _ROLES[t.text]]
            starts = self._names(tokens, candidates)
            self._descriptions(tokens, starts, candidates)

    # -- pass 1: names ----------------------------------------------------------------

    def _names(self, tokens: list[Token], candidates: list[int]) -> dict[int, Entity]:
        """Capitalised chunks and lower-case organisation descriptions; token index -> entity.

        ``candidates`` are the indexes of the tokens with a role: a chunk can start only
        at a name word or an organisation noun.
        """
        found: dict[int, Entity] = {}
        n = len(tokens)
        not_names = self.lex.not_names
        org_nouns = self.lex.org_nouns
        verbs = self.verbs
        i = 0
        for c in candidates:
            word = tokens[c].text
            if c < i or not _ROLES[word] & _NAME_START:
                continue  # inside the chunk read last, or no start of one
            i = c
            if _ROLES[word] & _NAME_WORD and word not in verbs:
                j = i + 1
                while j < n:
                    w = tokens[j].text
                    if w in verbs:
                        break
                    if _ROLES[w] & _NAME_WORD or (
                        w in ("'", "\u2019")  # "Workers' Party"
                        and tokens[j - 1].text.endswith("s")
                        and tokens[j - 1].end == tokens[j].start
                        and j + 1 < n
                        and _is_cap(tokens[j + 1].text)
                    ) or (
                        w in _CONNECTORS
                        and j + 1 < n
                        and _is_cap(tokens[j + 1].text)
                        and (tokens[j + 1].text not in not_names)
                    ) or (w == "and" and self._joined_body(tokens, i, j)) or (
                        w == "," and self._remit_list(tokens, i, j)
                    ) or (
                        w in _REMIT_CONNECTORS and self._remit_follows(tokens, j)
                    ):
                        j += 1
                    elif w == "of" and self._of_the_body(tokens, j):
                        j += 2  # "Office of the U.S. Trade Representative", "Ministry of the Interior"
                    else:
                        break
                j = self._possessive_name(tokens, i, j)
                if j < n and tokens[j].text == "$" and tokens[j].start == tokens[j - 1].end:
                    i = j + 1  # "US$100": a currency, not a country
                    continue
                i = self._chunk(tokens, i, j, found)
            elif word in org_nouns:
                self._org_description(tokens, i, found)
                i += 1
        return found

    def _joined_body(self, tokens: list[Token], i: int, a: int) -> bool:
        """Whether the "and" at ``a`` joins two halves of one body's name.

        "Food and Drug Administration", "Disaster Risk Reduction and Management
        Authority": the capitalised words after "and" end in an organisation word, and the
        words before it are no place, body or person of their own ("Kim and Moon Foundation"
        and "Russia and Ukraine Commission" stay apart).
        """
        n = len(tokens)
        k = a + 1
        while k < n and k - a <= 4 and _is_cap(tokens[k].text):
            k += 1
        if k == a + 1:
            return False
        last = tokens[k - 1].text.lower().rstrip(".")
        if last not in self.lex.org_words or any(tokens[h].text == "," for h in range(i, a)):
            # a comma in the name so far lists a remit: "Society of Mining, Petroleum and Energy";
            # a plural body word ends one: "Federation of Red Cross and Red Crescent Societies"
            return k - a <= (4 if self._plural_org_word(last) else 3) and self._joined_remit(tokens, i, a, k)
        before = self.text[tokens[i].start : tokens[a - 1].end]
        if tokens[i].text in self.first_names or place_info.places(before) or place_info.organization(before):
            return False
        return not self._org_word(tokens[a - 1].text)

    def _of_the_body(self, tokens: list[Token], j: int) -> bool:
        """Whether "of the" at ``j`` goes on with a body's name: after an organisation word,
        before a capitalised word that is no "The", month or weekday ("Office of the Prime
        Minister", "Council of the European Union")."""
        return (
            j + 2 < len(tokens)
            and tokens[j + 1].text == "the"
            and tokens[j - 1].text.lower() in self.lex.org_words
            and _is_cap(tokens[j - 1].text)
            and _is_cap(tokens[j + 2].text)
            and tokens[j + 2].text not in self.lex.not_names
        )

    def _remit_follows(self, tokens: list[Token], j: int) -> bool:
        """Whether "to", "on" or "against" at ``j`` goes on with a body's name: "Committee to
        Protect Journalists", "Council on Foreign Relations", "Campaign Against Arms Trade".

        The word before is an organisation word, and a capitalised word after it names no
        place, body or time of its own ("the Council on Monday", "the Commission to Russia").
        """
        n = len(tokens)
        if j + 1 >= n or tokens[j - 1].text.lower() not in self.lex.org_words:
            return False
        after = tokens[j + 1].text
        if not _is_cap(after):
            return False
        k = j + 1
        while k < n and k <= j + 4 and _is_cap(tokens[k].text):
            if tokens[k].text in self.lex.not_names or tokens[k].text.endswith(".") or tokens[k].text.isupper():
                return False  # "The", months, weekdays, "Nov.", "STS": "CBS News on Super Tuesday"
            k += 1
        return not (place_info.places(after) or place_info.organization(after) or self.registry.lookup(after))

    def _remit_list(self, tokens: list[Token], i: int, c: int) -> bool:
        """Whether the comma at ``c`` lists the fields of a body's remit: "Ministry of
        Agriculture, Livestock and Fisheries", "National Society of Mining, Petroleum and
        Energy".

        One or two capitalised words follow each comma, the list ends with "and" and one
        or two more (see :meth:`_joined_remit`), and no item names a place, a body, a
        person or a title of its own.
        """
        if self._remit_end[:2] == (id(tokens), i) and c < self._remit_end[2]:
            return True  # a later comma of the list read already
        if not self._remit_opened(tokens, i, c):
            return False  # no remit: a list of names, read once each
        n = len(tokens)
        k = c
        while k < n and tokens[k].text == ",":
            m = k + 1
            while m < n and m - k <= 2 and _is_cap(tokens[m].text):
                m += 1
            if m == k + 1 or m >= n:
                return False
            item = self.text[tokens[k + 1].start : tokens[m - 1].end]
            if place_info.places(item) or place_info.organization(item) or tokens[k + 1].text in self.first_names:
                return False
            if any(tokens[h].text.lower() in self.titles for h in range(k + 1, m)):
                return False
            k = m
        if k >= n or tokens[k].text != "and":
            return False
        m = k + 1
        while m < n and m - k <= 2 and _is_cap(tokens[m].text):
            m += 1
        if m > k + 1 and (m >= n or not _is_cap(tokens[m].text)) and self._joined_remit(tokens, i, k, m):
            self._remit_end = (id(tokens), i, k)
            return True
        return False

    def _remit_opened(self, tokens: list[Token], i: int, a: int) -> bool:
        """Whether the name from ``i`` opens a remit before token ``a``: its first "of" or
        "for" follows an organisation word ("Ministry of", "Committee for")."""
        of = next((h for h in range(i + 1, a) if tokens[h].text in ("of", "for")), 0)
        return bool(of) and tokens[of - 1].text.lower() in self.lex.org_words

    def _joined_remit(self, tokens: list[Token], i: int, a: int, k: int) -> bool:
        """Whether "and" at ``a`` joins the two fields of a body's remit.

        "Department of Health and Human Services", "Ministry of Foreign Affairs and
        Trade", "General Committee for Prisons and Rehabilitation": an organisation word
        and "of" or "for" come before, and the one or two capitalised words after "and"
        name no place, body, person or title of their own ("the Ministry of Defence and
        Interior Minister ...", "the Ministry of Defence and Russia ..." stay apart).
        """
        if not self._remit_opened(tokens, i, a):
            return False
        if k < len(tokens) and tokens[k].text in POSSESSIVES:
            return False  # "... and Russia's foreign ministry"
        after = self.text[tokens[a + 1].start : tokens[k - 1].end]
        if place_info.places(after) or place_info.organization(after):
            return False
        return not any(
            tokens[h].text in self.first_names or tokens[h].text.lower() in self.titles for h in range(a + 1, k)
        )

    def _possessive_name(self, tokens: list[Token], i: int, j: int) -> int:
        """Where a name with a possessive inside ends: "National People's Power (NPP)".

        ``tokens[i:j]`` is a capitalised chunk followed by "'s"; when the capitalised words
        after it end in an organisation word ("People's Liberation Army") or are followed
        by an acronym of all the words ("(NPP)"), the whole is one name, unless the part
        before "'s" is an actor already ("Iran's Revolutionary Guards").
        """
        n = len(tokens)
        if j + 1 >= n or tokens[j].text not in POSSESSIVES or not _is_cap(tokens[j + 1].text):
            return j
        while i < j and tokens[i].text in self.lex.not_names:  # "The"
            i += 1
        if i >= j:
            return j
        head = self.text[tokens[i].start : tokens[j - 1].end]
        if self.registry.lookup(head) is not None or place_info.places(head) or place_info.organization(head):
            return j
        k = j + 1
        while k < n and _is_cap(tokens[k].text) and tokens[k].text.isalpha():
            k += 1
        words = [t.text for t in tokens[i:j]] + [t.text for t in tokens[j + 1 : k]]
        acronym = tokens[k + 1].text if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" else ""
        if acronym and acronym == "".join(w[0] for w in words if w[0].isupper()):
            return k
        if words[-1].lower() in self.lex.org_words and k - j > 1 and tokens[i].text not in self.first_names:
            return k  # not "Carlos Slim's Ora TV": a person's, then the body
        return j

    def _chunk(self, tokens: list[Token], i: int, j: int, found: dict[int, Entity]) -> int:
        """Read the capitalised chunk ``tokens[i:j]``; return where to go on."""
        lex = self.lex
        first = i
        while i < j and (tokens[i].text in lex.not_names or (tokens[i].text.endswith("-based") and i + 1 < j)):
            i += 1  # "The", and "Bucharest-based" before a name: where a body sits, not its name
        if first < i < j and tokens[i].text in ("of", "for"):
            i += 1  # "Thousands of Finnish workers": what follows "of" is read alone
        if i >= j:
            return j
        if j - i == 1 and self._counted_nationals(tokens, i, found):
            return j  # "Thousands of Israelis rallied": a group of that country
        split = self._of_place(tokens, i, j)
        if split is None:
            split = self._person_of_body(tokens, i, j)
        if split is not None:
            # "Charles B. Rangel of New York": a name, then a place, which gives its country;
            # "Alan Patricof of Greycroft Partners": a name, then a body, the affiliation
            self._chunk(tokens, i, split, found)
            after = self._chunk(tokens, split + 1, j, found)
            person, other = found.get(split - 1), found.get(split + 1)
            if person is not None and other is not None and person.kind is ActorKind.PERSON:
                if other.kind is ActorKind.ORGANIZATION:
                    person.affiliation = person.affiliation or other
                else:
                    person.country = person.country or other.country
            return after
        if (
            j - i > 2
            and tokens[i + 1].text == "of"
            and people_plural(tokens[i].text)
            and tokens[j - 1].text.lower() not in self.lex.org_words
        ):
            # "Residents of Khoznavar told": a group, read with the descriptions, of a place
            return self._chunk(tokens, i + 2, j, found)
        split = self._title_in_body(tokens, i, j)
        if split is not None:  # "Bank of Korea Governor Rhee Chang-yong": a body, then a person
            self._chunk(tokens, i, split, found)
            return self._chunk(tokens, split, j, found)
        placed = self._place_in_name(tokens, i, j)
        if placed > j:  # "American Institute in Taiwan (AIT)": the place is in the name
            return self._placed_body(tokens, i, placed, found)
        # an acronym in brackets right after: "Korean Central News Agency (KCNA)"
        acronym = None
        if (
            j + 2 < len(tokens)
            and tokens[j].text == "("
            and tokens[j + 2].text == ")"
            and _is_acronym(tokens[j + 1].text)
        ):
            acronym = tokens[j + 1]
        entity = self._classify(tokens, i, j)
        if entity is None and acronym is None and not self.verbs and tokens[i].text in self.first_names:
            # "Cameron Easley for Morning Consult": a person's name, then what they work for
            c = next((k for k in range(i + 2, j - 1) if tokens[k].text in ("for", "of")), j)
            if c < j and self._classify(tokens, i, c) is not None:
                return j
        if acronym is not None and entity is None and _abbreviates(acronym.text, [t.text for t in tokens[i:j]]):
            start, end = tokens[i].start, tokens[j - 1].end  # "National People's Power (NPP)"
            entity = self.registry.organization(self.text[start:end], None, (), self.text[start:end])
            self.registry.mention(entity, start, end, self.text)
        if entity is not None:
            for k in range(i, j):  # no description is read inside a name ("Rapid Support Forces")
                found.setdefault(k, entity)
            found[i] = entity
            if acronym is not None and entity.kind in (ActorKind.LOCATION, ActorKind.COUNTRY):
                return j  # "WASHINGTON (AP)": a dateline, then the agency
            if acronym is not None:
                self.registry.add_alias(entity, acronym.text)
                self.registry.mention(entity, acronym.start, acronym.end, self.text)
                found[j + 1] = entity
                if entity.kind is ActorKind.ORGANIZATION:
                    return self._body_after_acronym(tokens, i, j, entity, found)
                return j + 3
            return self._extension(tokens, i, j, entity, found)
        if acronym is not None:
            return j + 3
        return self._extension(tokens, i, j, None, found)

    def _counted_nationals(self, tokens: list[Token], i: int, found: dict[int, Entity]) -> bool:
        """ "Thousands of Israelis", "Several hundred ethnic Serbs", "about 30 Afghans": a
        plural nationality after a count is a group of that country, named with its count.

        Without a count a plural nationality is left alone: "Israelis" alone is as often
        the people at large as anyone who acts.
        """
        word = tokens[i].text
        if len(word) < 4 or not word.endswith("s"):
            return False
        iso3 = next((m.iso3 for m in place_info.places(word[:-1]) if m.role == "demonym" and m.iso3), None)
        if iso3 is None:
            return False
        k = i - 1
        while k >= 0 and i - k <= 2 and tokens[k].text in _NATIONAL_MODIFIERS:
            k -= 1  # "ethnic Serbs", "young Palestinians"
        start = self._count_start(tokens, k)
        if start is None or _few(tokens[k].text):
            return False  # "two Mozambicans, a Kenyan and a Portuguese": people one by one
        end = tokens[i].end
        name = self.text[start:end]
        entity = self.registry.described(name, ActorKind.GROUP, word.lower(), iso3, None)
        self.registry.mention(entity, start, end, self.text)
        found[i] = entity
        return True

    def _count_start(self, tokens: list[Token], k: int) -> int | None:
        """Where the count ending at token ``k`` starts ("Thousands of", "tens of thousands
        of", "several hundred", "about 30", "more than 200"); ``None`` when there is none."""
        if k < 0:
            return None
        low = tokens[k].text.lower()
        if low == "of" and k >= 1 and tokens[k - 1].text.lower() in _COUNT_NOUNS:
            k -= 1
            if k >= 2 and tokens[k - 1].text == "of" and tokens[k - 2].text.lower() in _COUNT_NOUNS:
                k -= 2  # "tens of thousands of"
        elif low[:1].isdigit() or low in NUMBER_WORDS or low in ("thousand", "million", "dozen"):
            while k >= 2 and tokens[k - 1].text in (",", ".") and tokens[k - 2].text.isdigit():
                k -= 2  # "200,000", "1.3" read as three tokens
            while k >= 1 and (
                tokens[k - 1].text.lower() in NUMBER_WORDS
                or tokens[k - 1].text.lower() == "several"
                or tokens[k - 1].text[:1].isdigit()
            ):
                k -= 1  # "several hundred", "twenty five", "17 million"
            while k >= 2 and tokens[k - 1].text in (",", ".") and tokens[k - 2].text.isdigit():
                k -= 2  # "1.3 million"
        else:
            return None
        if k >= 1 and tokens[k - 1].text.lower() in _APPROXIMATORS:
            k -= 1  # "about 30", "nearly 200"
            if k >= 1 and (
                (tokens[k - 1].text.lower() in ("more", "fewer") and tokens[k].text == "than")
                or (tokens[k - 1].text.lower() == "at" and tokens[k].text == "least")
            ):
                k -= 1  # "more than 500", "at least 20"
        return tokens[k].start

    def _place_in_name(self, tokens: list[Token], i: int, j: int) -> int:
        """Where a body's name ends when "in" and a place belong to it: "American Institute
        in Taiwan (AIT)", "European Union Monitoring Mission in Armenia (EUMA)".

        Only when a bracketed acronym follows whose letters are initials of the words,
        the place's included, in order, the first and the last among them.
        """
        n = len(tokens)
        if j + 1 >= n or tokens[j].text != "in" or not self._org_word(tokens[j - 1].text):
            return j
        e = j + 1
        while e < n and e - j <= 3 and _is_cap(tokens[e].text):
            e += 1
        if e == j + 1 or e + 2 >= n or tokens[e].text != "(" or tokens[e + 2].text != ")":
            return j
        letters = tokens[e + 1].text.replace(".", "")
        initials = "".join(t.text[0] for t in tokens[i:e] if _is_cap(t.text))
        if not _is_acronym(letters) or letters[0] != initials[0] or letters[-1] != initials[-1]:
            return j
        rest = iter(initials[1:-1])
        return e if all(letter in rest for letter in letters[1:-1]) else j

    def _placed_body(self, tokens: list[Token], i: int, j: int, found: dict[int, Entity]) -> int:
        """Read the body named by ``tokens[i:j]``, a name with "in" and a place in it, and
        its bracketed acronym after it; return where to go on. The body's country is left
        open: the American Institute in Taiwan is no Taiwanese body."""
        start, end = tokens[i].start, tokens[j - 1].end
        surface = self.text[start:end]
        reg = self.registry
        entity = reg.organization(surface, None, (), surface)
        reg.mention(entity, start, end, self.text)
        acronym = tokens[j + 1]
        reg.add_alias(entity, acronym.text)
        reg.mention(entity, acronym.start, acronym.end, self.text)
        for k in range(i, j + 2):
            found[k] = entity
        return j + 3

    def _body_after_acronym(
        self, tokens: list[Token], i: int, j: int, owner: Entity, found: dict[int, Entity]
    ) -> int:
        """ "African Union (AU) Commission": capitalised words ending in an organisation word
        right after a body's bracketed acronym name a body of that body's, named without the
        brackets ("African Union Commission", also "AU Commission"); the index after it, or
        after the bracket when no such words follow."""
        end = j + 3
        k = end
        n = len(tokens)
        while k < n and k - end < 3 and _is_cap(tokens[k].text) and tokens[k].text not in self.lex.not_names:
            k += 1
        if k == end or not self._org_word(tokens[k - 1].text):
            return end
        run = self.text[tokens[end].start : tokens[k - 1].end]
        name = f"{self.text[tokens[i].start : tokens[j - 1].end]} {run}"
        body = self.registry.organization(name, owner.country, (f"{tokens[j + 1].text} {run}",), name)
        body.affiliation = owner
        # the words after the bracket: the owner and its acronym keep their own mentions
        self.registry.mention(body, tokens[end].start, tokens[k - 1].end, self.text)
        for h in range(end, k):
            found[h] = body
        return k

    def _org_word(self, word: str) -> bool:
        """Whether a word is an organisation word, in any case and with a full stop ("Corp.")."""
        return word.lower().rstrip(".") in self.lex.org_words

    def _plural_org_word(self, low: str) -> bool:
        """Whether a lower-case word is the plural of an organisation word ("societies")."""
        org_words = self.lex.org_words
        return (low.endswith("ies") and low[:-3] + "y" in org_words) or (low.endswith("s") and low[:-1] in org_words)

    def _person_of_body(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where "of"/"for" parts a person's name from the body named after it ("Alan
        Patricof of Greycroft Partners", "Jane Doe for Acme Corp."): the name opens with a
        given name and holds no organisation word, the chunk ends with one."""
        if tokens[i].text not in self.first_names or not self._org_word(tokens[j - 1].text):
            return None
        for c in range(i + 2, min(i + 4, j - 1)):
            if tokens[c].text in ("of", "for"):
                name = tokens[i:c]
                if all(_is_cap(t.text) and t.text.lower() not in self.lex.org_words for t in name):
                    return c
                return None
        return None

    def _title_in_body(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where a person's title splits a body's name from the person, if it does.

        "Bank of Korea Governor Rhee Chang-yong", "Council on American-Islamic Relations
        National Executive Director Nihad Awad": an organisation word and a linking word
        ("of", "for", "on", "to", "against") make the first part a body's name; a title
        after them, followed by at least one capitalised word of a name, opens the
        person, with the capitalised modifiers and titles right before it.
        """
        if j - i < 5:
            return None  # no room for a body word, a link, a word, a title and a name
        lex = self.lex
        org_words = lex.org_words
        links = (m for m in range(i + 1, j - 2) if tokens[m].text in _BODY_LINKS)
        link = next((m for m in links if tokens[m - 1].text.lower() in org_words), None)
        if link is None:
            return None
        for t in range(link + 2, j - 1):
            title = tokens[t].text.lower().rstrip(".")
            if title not in self.titles or title.endswith("s"):
                continue  # "Conference of Presidents of ...": a plural is no one's title
            u = t + 1
            while u < j and tokens[u].text.lower() in self.titles:
                u += 1
            name = [tokens[h].text for h in range(u, j)]
            if not name or not all(
                _is_cap(w) and w.lower() not in org_words and w.lower() not in lex.person_nouns
                and w.lower().rstrip("s") not in lex.person_nouns and not place_info.places(w)
                for w in name
            ):
                return None  # "Colorado State University", "Criminal Defense Lawyers": no person after
            start = t
            while start - 1 > link + 1 and (
                tokens[start - 1].text.lower() in self.titles or tokens[start - 1].text.lower() in self.modifiers
            ):
                start -= 1
            return start
        return None

    def _of_place(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where "of" splits a person's name from the place it is of, if it does.

        "Bernie Sanders of Vermont", "Charles B. Rangel of New York": the words after "of"
        name a place and the words before it are no organisation ("Bank of Korea") and no
        title ("Secretary of State John Kerry" splits at a later "of" only). A chunk that is
        a name as a whole ("Republic of Korea", a known actor) is not split.
        """
        if j - i < 3:
            return None  # no room for a name, "of" and a place
        of = next((m for m in range(i + 1, j - 1) if tokens[m].text == "of"), None)
        if of is None:
            return None
        surface = self.text[tokens[i].start : tokens[j - 1].end]
        if self.registry.lookup(surface) is not None or place_info.organization(surface) or place_info.places(surface):
            return None
        org_words = self.lex.org_words
        for m in range(of, j - 1):
            if tokens[m].text != "of":
                continue
            before = tokens[m - 1].text.lower().rstrip(".")
            if before in org_words:
                return None  # "Bank of Korea", "University of Michigan"
            if before in self.titles:
                continue  # "Secretary of State"
            place = self.text[tokens[m + 1].start : tokens[j - 1].end]
            if any(p.role != "demonym" for p in place_info.places(place)):
                return m
            return None
        return None

    def _classify(self, tokens: list[Token], i: int, j: int) -> Entity | None:
        if j - i >= 3 and tokens[j - 1].text in POST_NOMINALS:
            j -= 1  # "Robert Carrow KC": the name without the letters after it
        text = self.text
        reg = self.registry
        start, end = tokens[i].start, tokens[j - 1].end
        surface = text[start:end]
        words = [t.text for t in tokens[i:j]]
        prev = tokens[i - 1].text if i > 0 else ""
        nxt = tokens[j].text if j < len(tokens) else ""
        if len(words) == 1 and len(surface) == 1:
            return None
        known = reg.lookup(surface)
        if known is not None and known.kind is ActorKind.ORGANIZATION and known.country is not None:
            possessor = self._country_before(tokens, i)
            if possessor is not None and possessor != known.country:
                known = None  # "Azerbaijan's Defence Ministry" after "Armenia's": another body
        if known is not None and known.kind is not ActorKind.LOCATION:
            reg.mention(known, start, end, text)
            return known
        org = place_info.organization(surface)
        if org is not None:
            entity = reg.organization(org.name, org.country, org.aliases, surface)
            reg.mention(entity, start, end, text)
            return entity
        places = place_info.places(surface)
        if places:
            return self._place(places, start, end, surface, prev)
        if surface in ("North", "South") and prev.lower() == "the":
            country = reg.country_starting(surface)
            if country is not None:
                reg.add_alias(country, "the " + surface)
                reg.mention(country, tokens[i - 1].start, end, text)
            return country
        if len(words) > 1 and (
            self._org_word(words[-1])
            or words[0].lower() in self.lex.org_heads  # "Institut Pasteur du Cambodge"
            or words[-1].lower() in DOCUMENT_NOUNS  # "the Gallup Poll", "the Drudge Report"
            or any(  # "Bank of Korea", "Center for Veterans Studies"
                w in _BODY_LINKS and m > 0 and words[m - 1].lower() in self.lex.org_words
                for m, w in enumerate(words)
            )
        ):
            owner = self._owner_before(tokens, i)
            entity = reg.organization(
                surface, (owner.country if owner is not None else None) or self._country_in(words), (), surface
            )
            if owner is not None and owner.kind is ActorKind.COUNTRY:
                reg.add_alias(entity, f"{owner.name}'s {surface}")  # "Armenia's Defence Ministry"
            reg.mention(entity, start, end, text)
            return entity
        if len(words) == 1 and _is_acronym(surface):
            if surface in self.terms or reg.lookup(surface) is not None or surface in _TIME_ZONES:
                return None
            if len(surface) >= 5 and surface.isalpha():
                # "WASHINGTON (AP) --", "ABSTRACT.": a dateline or a heading, not an acronym;
                # "the NAACP said" is an acronym all the same
                places = place_info.places(surface.title())
                if places:
                    return self._place(places, start, end, surface, "in")
                if not prev and nxt in ("", "(", "--", "\u2014", "\u2013", "-", ":", "."):
                    return None
            if prev == "(" and i >= 2 and tokens[i - 2].text.islower():
                self.terms.add(surface)  # "intercontinental ballistic missile (ICBM)"
                return None
            if (
                prev in ("the", "The", "", ",", "(")
                or prev in _LOCATION_PREPS
                or prev in self.lex.org_nouns  # "state broadcaster TVM", "the socialist union BTB"
                or prev in self.lex.org_words  # "state television RTG"
                or nxt in self.lex.cue_forms
                or (nxt in POSSESSIVES)
            ):
                entity = reg.organization(surface, None, (), surface)
                reg.mention(entity, start, end, text)
                return entity
            return None
        if prev in _LOCATION_PREPS and nxt == "," and j + 1 < len(tokens):
            after = reg.longest_starting_at(tokens[j + 1].start)
            state = place_info.places(tokens[j + 1].text) if after is None else ()
            if (after is not None and after.kind in (ActorKind.LOCATION, ActorKind.COUNTRY)) or any(
                getattr(p, "role", "") in ("subdivision", "name") for p in state
            ):  # "in Charlotte, N.C.", "in Aigle, Switzerland"
                entity = reg.location(surface, after.country if after is not None else getattr(state[0], "iso3", None))
                reg.mention(entity, start, end, text)
                return entity
        if len(words) > 1 and (words[-1] in _place_words() or words[0] in _PLACE_OPENERS):
            entity = reg.location(surface, None)
            reg.mention(entity, start, end, text)
            return entity
        if len(words) == 1 and people_plural(surface):
            return None  # "Democrats", "Virologists say": a group, read with the descriptions
        if (
            len(words) == 1
            and prev.lower() == "the"
            and surface.lower() in self.lex.org_words
            and nxt not in ("of", "for", "on", "to")  # "the Office of the U.S. Trade Representative"
            and not self._inside_title_name(tokens, i)
        ):
            # "the Commission" after "the European Commission", "the Times": a body by its head
            entity = reg.by_head(surface.lower(), (ActorKind.ORGANIZATION,)) or reg.organization(
                surface, None, (), surface
            )
            reg.mention(entity, start, end, text)
            return entity
        if (
            prev in self.lex.org_nouns
            and self._company_shaped(words)
            and words[0].lower().rstrip(".") not in self.titles
        ):
            # "German airline Lufthansa", "engine maker Europrop": the noun says what it is
            k = i - 2
            while k >= max(0, i - 4) and tokens[k].text.islower():
                k -= 1  # "Irish national airline"
            owner_country = (reg.demonym_country(tokens[k].start) if k >= 0 else None) or self._country_before(
                tokens, i
            )
            entity = reg.organization(surface, owner_country, (), surface)
            reg.mention(entity, start, end, text)
            return entity
        named_country = self._country_named_in(words)
        if (
            named_country is not None
            and self._company_shaped(words)
            and not any(w.lower().rstrip(".") in self.titles for w in words)  # "U.S. Justice Antonin Scalia"
            and words[-1].lower() not in _non_actor_heads()  # "Iraq War"
            and reg.lookup(words[-1]) is None  # "in the U.S. Jobs also said": a known name ends it
        ):
            # "Air China", "Garuda Indonesia", "Korea Electric Power": a company named after a country
            entity = reg.organization(surface, named_country, (), surface)
            reg.mention(entity, start, end, text)
            return entity
        if self._unknown_place(tokens, i, j, prev, nxt):
            entity = reg.location(surface, None)
            reg.mention(entity, start, end, text)
            return entity
        city_country = self._world_city(tokens, i, j, prev, nxt)
        if city_country is not None:
            entity = reg.location(surface, city_country)
            reg.mention(entity, start, end, text)
            return entity
        return self._person(tokens, i, j)

    @staticmethod
    def _inside_title_name(tokens: list[Token], i: int) -> bool:
        """Whether "the" before token ``i`` sits inside a longer name in title case: "Meet
        the Press", "State of the Union", "Secretary of the Army"."""
        if i < 3:
            return False
        before = tokens[i - 2].text
        return before[:1].isupper() or (before == "of" and tokens[i - 3].text[:1].isupper())

    def _world_city(self, tokens: list[Token], i: int, j: int, prev: str, nxt: str) -> str | None:
        """The country of an unknown name that is a city of the world cities table.

        A name of several words ("Khan Yunis") is a city wherever it stands; a single word
        only after a place preposition ("rescuers in Nepalgunj"), because many city names
        are surnames too. A title before it or a possessive after it makes it a person.
        """
        if j - i > 4 or nxt in POSSESSIVES:
            return None
        if j - i == 1 and prev not in _LOCATION_PREPS and prev not in _CITY_PREPS:
            return None
        country = world_city(self.text[tokens[i].start : tokens[j - 1].end])
        if country is None or self._title_before(tokens, i) is not None:
            return None
        return country

    def _unknown_place(self, tokens: list[Token], i: int, j: int, prev: str, nxt: str) -> bool:
        """Whether an unknown name is a place by where it stands.

        Before a lower-case place noun ("in Cotopaxi province", "the Neelum valley") or
        after "the village of" ("the village of Dhanni"), or a single word between a place
        preposition and a reporting verb ("a shopkeeper in Uri said"); not when a title or
        a possessive makes it a person. A bare "in X" is not enough: "faith in Obama".
        """
        if nxt in _PLACE_NOUNS:
            # "Upper Nile and Jonglei states", not "Western states" or "Democratic states"
            return nxt not in _PLURAL_PLACE_NOUNS or not (
                tokens[j - 1].text.lower() in _modifiers()
                or tokens[j - 1].text.endswith(_ADJECTIVE_ENDINGS)
                or self.registry.demonym_country(tokens[j - 1].start) is not None
            )
        if j - i > 2 or nxt in POSSESSIVES or self._title_before(tokens, i) is not None:
            return False
        if j - i == 1 and prev in _LOCATION_PREPS and nxt in self.lex.cue_forms:
            return True  # "a shopkeeper in Uri said": the verb's subject stands before the place
        if (
            prev in _BARE_PLACE_PREPS
            and (nxt in _AFTER_BARE_PLACE or nxt in _day_and_month_names())
            and (i < 2 or tokens[i - 2].text.lower() not in _IN_PERSON_NOUNS)
            and not any(t.text in self.first_names or t.text in _word_names() for t in tokens[i:j])
            and not tokens[j - 1].text.endswith(("ish", "ese"))  # "in English", "in Japanese"
            and self.registry.demonym_country(tokens[i].start) is None
            and not self.registry.person_named(tokens[j - 1].text)  # "confidence in Obama" after Barack Obama
        ):
            return True  # "distributing rice in Manakara and", "a fire near Portimão on Monday"
        if (
            prev == "and"
            and i >= 2
            and nxt in _AFTER_BARE_PLACE
            and nxt != "in"  # "Landay in Washington and Zachary Fagenson in West Palm Beach"
            and not any(t.text in self.first_names for t in tokens[i:j])
        ):
            before = self.registry.entity_ending_at(tokens[i - 2].end)
            if before is not None and before.kind is ActorKind.LOCATION:
                return True  # "in Manakara and Farafangana", "in Hargeisa and Garowe"
        return prev == "of" and i >= 2 and tokens[i - 2].text in _PLACE_NOUNS

    def _company_shaped(self, words: list[str]) -> bool:
        """Whether a capitalised chunk may name a company: not opened by a given name, and
        not a headline in title case ("What Mexico Could Do")."""
        return words[0] not in self.first_names and not any(w in _TITLE_CASE_WORDS for w in words[1:])

    def _country_named_in(self, words: list[str]) -> str | None:
        """The country a multi-word name holds by its name ("Air China" -> CHN), if exactly one."""
        if len(words) < 2:
            return None
        codes: set[str] = set()
        for size in (1, 2, 3):
            for k in range(len(words) - size + 1):
                for place in place_info.places(" ".join(words[k : k + size])):
                    if place.role in ("name", "alias") and place.iso3:
                        codes.add(place.iso3)
        return codes.pop() if len(codes) == 1 else None

    def _place(
        self, places: tuple[object, ...], start: int, end: int, surface: str, prev: str
    ) -> Entity | None:
        reg = self.registry
        roles = {getattr(p, "role", "") for p in places}
        iso3 = getattr(places[0], "iso3", None) or None
        if roles & {"name", "alias"} or (
            "capital" in roles and prev not in _LOCATION_PREPS and prev != "of" and prev not in _PLACE_HEADS
        ):
            entity = reg.country(iso3)
        elif roles & {"capital", "city", "subdivision", "region"}:
            entity = reg.location(surface, iso3)
        else:  # a demonym: it tells a country, but is not a mention of one
            reg.note_demonym(start, iso3)
            return None
        if entity is None:
            return None
        if surface != entity.name:
            reg.add_alias(entity, surface)
        reg.mention(entity, start, end, self.text)
        return entity

    def _person(self, tokens: list[Token], i: int, j: int) -> Entity | None:
        """A person's name, maybe after a title: "Deputy Commissioner Jane Doe"."""
        lex = self.lex
        reg = self.registry
        k = i
        while k < j - 1 and (
            self._title_token(tokens[k].text)
            or tokens[k].text in ("of", "for")
            or (
                k == i
                and tokens[k].text.endswith("s")
                and self._title_token(tokens[k].text[:-1])
                and tokens[k + 1].text in self.first_names
            )
        ):
            k += 1  # "Justices Sonia Sotomayor and Elena Kagan": a plural title opens the first name
        if (
            k == i
            and j - k > 2
            and tokens[k].text.lower() in lex.person_nouns
            and tokens[k].text not in self.first_names
            and tokens[k + 1].text in self.first_names
        ):
            k += 1  # "Rival Hillary Clinton", "Activist Jane Doe": a role noun opening the sentence
        if j - k > 2 and any(tokens[x].text in ("of", "for") for x in range(i, k)):
            # "Minister for Foreign Affairs Penny Wong": the portfolio ends at a given name,
            # or else two words before the end
            m = k
            while m < j - 2 and tokens[m].text not in self.first_names:
                m += 1
            k = m
        if j - k > 3:  # "Homeland Security Secretary Jeh Johnson": the name follows the last title
            for m in range(j - 2, k - 1, -1):
                if self._title_token(tokens[m].text):  # "UN Secretary-General Antonio Guterres"
                    k = m + 1
                    break
        words = [t.text for t in tokens[k:j]]
        start, end = tokens[k].start, tokens[j - 1].end
        surface = self.text[start:end]
        nxt = tokens[j].text if j < len(tokens) else ""
        known = reg.lookup(surface)
        if known is not None:
            reg.mention(known, start, end, self.text)
            return known
        if len(words) == 1 and words[0].lower() in _modifiers():
            return None  # "Republican support", "a former Democratic aide": an adjective
        if len(words) > 1 and words[-1].lower() in _non_actor_heads():
            return None  # "the 2015 Paris Agreement": an accord, not a person
        if len(words) == 1 and k == i and words[0].lower() in DOCUMENT_NOUNS:
            return None  # "Polls show": a capitalised noun opening the sentence
        if words[0].lower().split("-")[0] in NUMBER_WORDS:
            return None  # "Two-thirds support": a number opening the sentence
        titled = k > i or self._title_before(tokens, i) is not None
        prev = tokens[i - 1].text if i > 0 else ""
        after_cue = (
            prev in lex.cue_forms and i > 1 and tokens[i - 2].text in (",", '"', "\u201d", "'", "\u2019")
        )
        if not (
            after_cue
            or (words[0] in self.first_names and (len(words) > 1 or words[0] not in _word_names()))
            or titled
            or nxt in lex.cue_forms
            or (
                len(words) > 1
                and nxt == ","
                and all(w.isalpha() for w in words)
                and prev.lower() not in _LOCATION_PREPS  # "In West Miami, ...": a place
            )
            or (nxt == "," and not words[-1].endswith("ly") and self._title_after(tokens, j + 1))
            or (  # "Karimi's brother, Arash, said": a name in apposition to a role noun
                prev == "," and nxt == "," and i >= 2 and tokens[i - 2].text.lower() in lex.person_nouns
            )
        ):
            return None
        if len(words) > 4 or any(
            not w[0].isalpha() or (w.isupper() and len(w) > 1 and not _is_initial(w) and w not in _SUFFIXES)
            for w in words
        ):
            return None
        if not titled and words[0] not in self.first_names:
            kind = self._kind_by_context(tokens, i, j)
            if kind is not None:  # "the Bloc Québécois said", "near Corinth, a police spokesman said"
                entity = (
                    reg.location(surface, None)
                    if kind is ActorKind.LOCATION
                    else reg.organization(surface, self._country_before(tokens, i), (), surface)
                )
                reg.mention(entity, start, end, self.text)
                return entity
        title_start = self._title_before(tokens, i)
        title = None
        if k > i:
            title = self.text[
                (title_start if title_start is not None else tokens[i].start) : tokens[k - 1].end
            ]
        elif title_start is not None:
            title = self.text[title_start : tokens[i - 1].end]
        country = reg.demonym_country(title_start) if title_start is not None else None
        if country is None and k > i:  # "Ukrainian President Volodymyr Zelensky"
            country = self._country_in([t.text for t in tokens[i : k + 1]])
        first = title_start_index(tokens, title_start, i)
        owner = reg.entity_ending_at(tokens[first - 1].end) if first > 0 else None
        affiliation = owner if owner is not None and owner.kind is ActorKind.ORGANIZATION else None
        if affiliation is not None:  # "Iran's foreign ministry spokesman Nasser Kanani"
            country = country or affiliation.country
        entity = reg.person(surface, words, title, country or self._country_before(tokens, first))
        if affiliation is not None and entity.affiliation is None:
            entity.affiliation = affiliation
        reg.mention(entity, start, end, self.text)
        return entity

    def _kind_by_context(self, tokens: list[Token], i: int, j: int) -> ActorKind | None:
        """The kind an unknown name ``tokens[i:j]`` takes from where it stands, when neither a
        given name nor a title makes it a person's.

        A person's name takes no article ("the Bloc Québécois said", "outside the Royal Courts
        of Justice"), stands after no place preposition ("near Corinth", "in Plzeň") and no
        "X-based" ("Khartoum-based Jebel Amer Trading"), is no country's possession when it
        has several words ("Japan's Kotobuki Metals"), and is followed by "who", not "which"
        ("WuXi Vaccines, which"), or by an apposition headed by a person noun, not by a body
        or place noun ("Civic Pulse, a Mexico City-based research group").
        """
        n = len(tokens)
        prev = tokens[i - 1].text if i > 0 else ""
        before = tokens[i - 2].text.lower() if i > 1 else ""
        nxt = tokens[j].text if j < n else ""
        last = tokens[j - 1].text
        if (
            nxt in POSSESSIVES
            or any(t.text in self.first_names for t in tokens[i + 1 : j])  # "Democrat Hillary Clinton"
            or tokens[i].text.endswith(".")  # "the U.S. Chris Christie": an abbreviation first
            or (  # "the Turkish President", "the Mayor"; not "the Royal Courts of Justice"
                (self._title_token(last) or last.lower() in self.lex.person_nouns)
                and not any(t.text in ("of", "for") for t in tokens[i:j])
            )
            or last.lower() in _modifiers()  # "the Wisconsin Republican"
            or last.lower() + "s" in self.lex.group_nouns  # "the Democrat": one of a group
            or self.registry.demonym_country(tokens[j - 1].start) is not None  # "the Texan"
        ):
            return None
        if prev.lower() == "the":
            if j - i == 1 and last.endswith("s") and self.registry.person_named(last[:-1]):
                return ActorKind.GROUP  # "the Clintons": a family
            return ActorKind.LOCATION if before in _LOCATION_PREPS else ActorKind.ORGANIZATION
        if prev in _LOCATION_PREPS:
            return ActorKind.ORGANIZATION if prev == "at" and j - i > 1 else ActorKind.LOCATION
        if prev.endswith("-based"):
            return ActorKind.ORGANIZATION
        if prev == "of" and i > 1 and tokens[i - 2].text.lower() in _RESIDENTS:
            return ActorKind.LOCATION  # "Residents of Khoznavar", "the people of Kamsar"
        if prev in POSSESSIVES and j - i > 1 and i > 1:
            owner = self.registry.entity_ending_at(tokens[i - 2].end)
            if owner is not None and owner.kind is ActorKind.COUNTRY:
                return ActorKind.ORGANIZATION
        if nxt == "," and j + 1 < n:
            return self._apposition_kind(tokens, j + 1)
        return None

    def _apposition_kind(self, tokens: list[Token], k: int) -> ActorKind | None:
        """The kind an apposition starting at ``k`` gives the name before it: "which" or a
        body's noun make it an organisation, a place noun a place ("a town in")."""
        first = tokens[k].text.lower()
        if first == "which":
            return ActorKind.ORGANIZATION
        if first not in ("a", "an", "the"):
            return None
        head = ""
        for m in range(k + 1, min(k + 8, len(tokens))):
            w = tokens[m].text
            low = w.lower()
            if w in POSSESSIVES:
                head = ""  # "the club's entertainment manager": the owner is not the head
                continue
            if w in _PUNCT_STOP or w == "." or low in _AFTER_HEAD or low in self.lex.cue_forms:
                break
            head = low
        if head in self.lex.org_nouns or head in self.lex.org_words:
            return ActorKind.ORGANIZATION
        if head in _PLACE_NOUNS or head in _PLACE_HEADS:
            return ActorKind.LOCATION
        return None

    def _title_after(self, tokens: list[Token], k: int) -> bool:
        """Whether an apposition with a title starts at ``k``: "McConnell, now the Senate
        majority leader,", "Smith, a former senator,"."""
        n = len(tokens)
        while k < n and tokens[k].text.lower() in ("now", "then", "the", "a", "an", "its", "his", "her", "former"):
            k += 1
        for m in range(k, min(k + 4, n)):
            w = tokens[m].text
            if w in (",", ".", ";", "(", ")"):
                return False
            low = w.lower().rstrip(".")
            if low in self.titles or low in self.lex.person_nouns:
                return w.islower() or m + 1 >= n or not tokens[m + 1].text[:1].isupper()
        return False

    def _title_before(self, tokens: list[Token], i: int) -> int | None:
        """The offset where a title before token ``i`` starts ("North Korean leader")."""
        k = i - 1
        start = None
        while k >= 0:
            w = tokens[k].text
            if w.lower().rstrip(".") in self.titles or w.lower() in self.lex.person_nouns:
                start = tokens[k].start
                k -= 1
                continue
            if (
                start is not None
                and _is_cap(w)
                and self.registry.demonym_country(tokens[k].start) is not None
            ):
                start = tokens[k].start
                k -= 1
                continue
            if (
                start is not None
                and _is_cap(w)
                and k > 0
                and self.registry.demonym_country(tokens[k - 1].start) is not None
            ):
                k -= 1
                continue
            break
        return start

    def _country_before(self, tokens: list[Token], i: int) -> str | None:
        """The country of an "X's" just before token ``i`` (skipping one adjective)."""
        owner = self._owner_before(tokens, i)
        return owner.country if owner is not None else None

    def _owner_before(self, tokens: list[Token], i: int) -> Entity | None:
        """The actor of an "X's" just before token ``i`` (skipping one adjective)."""
        for k in (i - 1, i - 2):
            if k >= 1 and tokens[k].text in POSSESSIVES:
                entity = self.registry.entity_ending_at(tokens[k - 1].end)
                if entity is not None:
                    return entity
        return None

    def _country_in(self, words: list[str]) -> str | None:
        for size in (2, 1):
            if len(words) > size:
                places = place_info.places(" ".join(words[:size]))
                codes = {getattr(p, "iso3", None) for p in places} - {"", None}
                if len(codes) == 1:
                    return codes.pop()
        return None

    def _extension(
        self, tokens: list[Token], i: int, j: int, entity: Entity | None, found: dict[int, Entity]
    ) -> int:
        """After a name, a lower-case organisation head: "North Korea's defense ministry"."""
        k = j
        if k < len(tokens) and tokens[k].text in POSSESSIVES:
            k += 1
        for size in range(3):
            h = k + size
            if h >= len(tokens):
                break
            w = tokens[h].text
            # "Sudan's army-backed government": a hyphenated modifier is a word of the phrase;
            # "Canada's minority Liberal government": so is a capitalised modifier
            if not w.replace("-", "").isalpha() or w in _AFTER_HEAD or w in self.lex.cue_forms:
                break
            if not w.islower() and w.lower() not in self.modifiers:
                break
            if w in _NOT_ADJUNCTS or w in _MORE_PREPOSITIONS or w in _DETERMINERS:
                break  # "eastern Congo between the army and M23": a preposition, no modifier
            if h + 1 < len(tokens) and f"{w} {tokens[h + 1].text}" in self.lex.org_nouns:
                h += 1  # "Taiwan's coast guard": a compound head
                w = f"{w} {tokens[h].text}"
            if w in verb_only_past_forms() and w not in self.modifiers:
                break  # a verb, no modifier: "Carter took office"
            if (
                w in self.lex.org_nouns
                or (w in _OWNED_ORG_HEADS and (k > j or (entity is not None and entity.kind is ActorKind.ORGANIZATION)))
            ) and (
                h + 1 >= len(tokens)
                or (
                    (k > j or (entity is None and self.registry.demonym_country(tokens[i].start) is not None))
                    and _past_verb(_after_adverb(tokens, h + 1))
                )  # "Colombia's central bank raised", "the Chinese central bank cut", "narrowly survived"
                or tokens[h + 1].text in _AFTER_HEAD
                or tokens[h + 1].text in self.titles
                or tokens[h + 1].text in self.lex.person_nouns
                or (
                    tokens[h + 1].text in _PUNCT_STOP
                    or tokens[h + 1].text == "."
                    or tokens[h + 1].text in self.lex.cue_forms
                )
            ):
                start, end = tokens[i].start, tokens[h].end
                surface = self.text[start:end]
                if entity is not None:
                    country = entity.country
                else:  # "Sierra Leone People's Party", "the Russian embassy"
                    words = [t.text for t in tokens[i:j]]
                    country = self._country_in(words) or self.registry.demonym_country(tokens[i].start)
                org = self.registry.organization(surface, country, (), surface, head=w)
                if entity is not None and entity.kind is ActorKind.ORGANIZATION:
                    org.affiliation = entity
                self.registry.mention(org, start, end, self.text)
                found[h] = org
                return h + 1
        return j

    def _org_description(self, tokens: list[Token], h: int, found: dict[int, Entity]) -> None:
        """ "the regulator", "his party", "state media": a lower-case organisation description."""
        if h in found:
            return
        nxt = tokens[h + 1].text if h + 1 < len(tokens) else "."
        # a past verb after the head ends the phrase too: "The government raised prices"
        if not (_past_verb(nxt) or nxt in _AFTER_HEAD or nxt in _PUNCT_STOP or nxt == "." or nxt in self.lex.cue_forms):
            return
        k = h - 1
        while k >= 0 and k >= h - 2 and tokens[k].text.islower() and (
            tokens[k].text in self.modifiers or _hyphenated_modifier(tokens[k].text)
        ):
            k -= 1  # "the ruling party", "the army-backed government"
        det = tokens[k].text if k >= 0 else ""
        lower_det = det.lower()
        reg = self.registry
        head = tokens[h].text
        if lower_det in _DETERMINERS or lower_det in _POSSESSIVE_DETS:
            start = tokens[k + 1].start
            country = None
            if lower_det in _POSSESSIVE_DETS:
                owner = reg.resolve_pronoun(lower_det, tokens[k].start)
                country = owner.country if owner is not None else None
            elif nxt == "in":
                placed = self._place_before_verb(tokens, h)
                country = placed[1] if placed is not None else None  # "the government in Port Sudan said"
            if lower_det in ("a", "an", "another", "one"):
                if lower_det in ("a", "an"):
                    self._body_in_place(tokens, k, h, found)  # "A court in Montenegro sentenced"
                return
        elif k + 1 < h and tokens[k + 1].text in _BARE_ORG_MODIFIERS:
            start = tokens[k + 1].start
            country = reg.recent_country()
        else:
            if k >= 1 and tokens[k - 1].text.lower() in ("a", "an") and self._adjunct_word(det):
                self._body_in_place(tokens, k - 1, h, found)  # "An election court in Malaysia voided"
            return
        end = tokens[h].end
        surface = self.text[start:end]
        entity = reg.by_head(head, (ActorKind.ORGANIZATION,)) if surface == head else None
        if entity is None:
            entity = reg.organization(surface, country, (), surface, head=head)
        mention_start = tokens[k].start if lower_det in _POSSESSIVE_DETS or lower_det == "the" else start
        reg.mention(entity, mention_start, end, self.text)
        found[h] = entity

    def _body_in_place(self, tokens: list[Token], k: int, h: int, found: dict[int, Entity]) -> None:
        """ "A court in Montenegro sentenced", "a bank in Cyprus said": an indefinite body
        named by where it is, as the subject of a verb, is an organisation of that place.

        The determiner at ``k``, the head at ``h``, then "in", a known place, maybe a day
        ("on Wednesday") or an adverb, and a past verb, a reporting verb or an auxiliary.
        """
        placed = self._place_before_verb(tokens, h)
        if placed is None:
            return
        e, iso3 = placed
        start, end = tokens[k + 1].start, tokens[e - 1].end
        surface = self.text[start:end]
        entity = self.registry.organization(surface, iso3, (), surface, head=tokens[h].text)
        self.registry.mention(entity, tokens[k].start, end, self.text)
        found[h] = entity

    def _place_before_verb(self, tokens: list[Token], h: int) -> tuple[int, str] | None:
        """After the head at ``h``: "in", a known place, maybe a day ("on Wednesday") or an
        adverb, then a past verb, a reporting verb or an auxiliary. The index after the
        place and the place's country, or ``None``."""
        n = len(tokens)
        if h + 2 >= n or tokens[h + 1].text != "in" or not _is_cap(tokens[h + 2].text):
            return None
        e = h + 2
        while e < n and e - h <= 4 and _is_cap(tokens[e].text):
            e += 1
        place = self.text[tokens[h + 2].start : tokens[e - 1].end]
        iso3 = next((m.iso3 for m in place_info.places(place) if m.iso3 and m.role != "demonym"), None)
        if iso3 is None:
            return None
        q = e
        if q + 1 < n and tokens[q].text == "on" and tokens[q + 1].text in _WEEKDAYS:
            q += 2
        if q >= n:
            return None
        verb = _after_adverb(tokens, q)
        if not (_past_verb(verb) or verb in self.lex.cue_forms or verb in ("has", "have", "had", "was")):
            return None
        return e, iso3

    # -- pass 2: people and groups by description, and pronouns ------------------------

    def _descriptions(self, tokens: list[Token], found: dict[int, Entity], candidates: list[int]) -> None:
        """People and groups by description, and pronouns, at those of the ``candidates``
        (token indexes) that are description words, pronouns or "who".

        On the way the pass keeps where the adverbial clause open so far starts ("until
        ...", "after ..."): the last subordinator before a token opens it, unless a
        semicolon, colon or quotation mark came after it.
        """
        lex = self.lex
        reg = self.registry
        interesting = self.interesting
        n = len(tokens)
        opened: int | None = None
        for h in candidates:
            word = tokens[h].text
            roles = _ROLES[word]
            clause = opened  # where the clause holding token h starts, if it is in one
            if roles & _CLAUSE_MARK:
                opened = tokens[h].start if word.lower() in _SUBORDINATORS else None
            if not roles & _DESCRIPTION:
                if roles & _JOINT_HEAD and h not in found and self._joint_head(tokens, h):
                    self._joint_reference(tokens, h, found)  # "the two countries"
                    continue
                if roles & _NAME_WORD and h > 0 and tokens[h - 1].text.lower() in _ONE_DETS and h not in found:
                    self._member(tokens, h, found)  # "A Ukrainian said", "One Republican threatened"
                continue
            lower = word.lower()
            if lower not in interesting:
                if word == "who" and h > 0:
                    self._relative_who(tokens, h)
                continue
            if lower in lex.pronouns and (word.islower() or word[1:].islower()):
                if reg.quoted(tokens[h].start):
                    continue  # inside a quotation the speaker's "it" and "they" are not the narrator's
                entity = reg.resolve_pronoun(word, tokens[h].start, clause)
                if entity is not None:
                    reg.mention(entity, tokens[h].start, tokens[h].end, self.text, pronoun=True)
                continue
            if not word.islower() and not (word[1:].islower() and (h == 0 or lower in lex.group_nouns)):
                continue
            plural = lower in lex.group_nouns or (lower[-1:] == "s" and lower[:-1] in lex.person_nouns)
            if h in found:
                continue
            if h + 1 < n and (h + 1) in found:
                continue  # a title before a name ("leader Kim") or an adjective ("official KCNA")
            if h + 1 < n and tokens[h + 1].text in interesting and tokens[h + 1].text not in lex.pronouns:
                continue  # "chief executive", "police spokesman": the last noun is the head
            if not plural and lower in self.modifiers and h + 1 < n and self._plural_noun(tokens[h + 1].text):
                continue  # "the official results": an adjective before a plural noun
            if h + 1 < n and tokens[h + 1].text in _non_actor_heads():
                continue  # "a general election", "the candidate debate": a modifier of a thing
            if h + 1 < n and tokens[h + 1].text in _MEMBER_BODIES:
                continue  # "several member states": no "member" is named
            self._person_description(tokens, h, found, plural)

    def _complement_end(self, tokens: list[Token], g: int) -> int | None:
        """Where the noun phrase opening at token ``g`` ends ("the matter", "the Kremlin's
        thinking"): a determiner and up to four words, none of them a reporting verb, an
        auxiliary, a relative pronoun, a conjunction or a preposition; ``None`` when no
        word is there."""
        n = len(tokens)
        if g < n and (tokens[g].text.lower() in _DETERMINERS or tokens[g].text.lower() in _POSSESSIVE_DETS):
            g += 1
        end = None
        for j in range(g, min(g + 4, n)):
            word = tokens[j].text
            low = word.lower()
            if not word.replace("'", "").replace("\u2019", "").isalpha() or low in self.lex.cue_forms:
                break
            if low in _COMPLEMENT_STOPS:
                break
            end = tokens[j].end
        return end

    def _plain_complement(self, tokens: list[Token], g: int) -> int | None:
        """Where a lower-case noun phrase of one to three words opening at token ``g`` ends
        ("the victims", "independence", "the dead soldiers"), when nothing but a verb, a
        punctuation mark or a clause word follows it; ``None`` otherwise."""
        n = len(tokens)
        if g < n and (tokens[g].text in _DETERMINERS or tokens[g].text in _POSSESSIVE_DETS):
            g += 1
        j = g
        while j < n and j - g < 4:
            word = tokens[j].text
            if not (word.isalpha() and word.islower()) or word in _COMPLEMENT_STOPS or word in self.lex.cue_forms:
                break
            if word.endswith(("ed", "ing", "ly")) or word in verb_past_forms() or word in _DETERMINERS:
                break
            j += 1
            if word in self.lex.org_nouns:
                break  # "members of the platform committee": the body ends the phrase
        if j == g or j - g > 3 or tokens[j - 1].text in self.modifiers:
            return None  # "allies of free thought": an adjective cannot end it
        if j < n and tokens[j].text in POSSESSIVES:
            return None  # "members of the mine's workers"
        if j < n and tokens[j].text.isalpha():
            # the phrase must end there: a verb or a clause word follows ("Relatives of the
            # victims welcomed"), not a name or a noun ("families of the Bondi victims",
            # "people of the great state of Ohio")
            nxt = tokens[j].text
            if not (
                nxt in _COMPLEMENT_STOPS
                or nxt in _PHRASE_END_VERBS
                or (nxt.islower() and (nxt.endswith("ed") or nxt in verb_only_past_forms()))
                or (nxt in self.lex.cue_forms and nxt.endswith(("s", "ed")))
            ):
                return None
        return tokens[j - 1].end

    def _title_token(self, word: str) -> bool:
        """Whether a word is a title, hyphenated ones included ("Vice-President")."""
        low = word.lower().rstrip(".")
        return low in self.titles or ("-" in low and all(part in self.titles for part in low.split("-")))

    def _noun_adjunct(self, tokens: list[Token], k: int, plural: bool) -> bool:
        """Whether the lower-case word at ``k`` modifies the noun after it inside a phrase a
        determiner opens, or a nationality before a plural: "security" in "a senior Indian
        security official" and "Ecuadorian security forces" ("Chinese coast guard", a
        singular with no determiner, is left alone).

        Only when a determiner or a possessive (or, before a plural, a nationality) comes
        back within three words, over modifiers and other such words, and the word is no
        verb form, preposition or conjunction.
        """
        w = tokens[k].text
        if not (w.isalpha() and w.islower()) or w in _NOT_ADJUNCTS or w.endswith(("ed", "ing", "ly")):
            return False
        if w in _DETERMINERS or w in _POSSESSIVE_DETS or w in _QUANTIFIERS or w in NUMBER_WORDS:
            return False
        if w in _SUBORDINATORS or w in _COMPLEMENT_STOPS or w in _MORE_PREPOSITIONS:
            return False  # "on Feb. 2 when gunmen": a clause word, no noun
        if w in self.lex.cue_forms:
            return False
        reg = self.registry
        m = k - 1
        while m >= 0 and m >= k - 3:
            before = tokens[m].text
            low = before.lower()
            if low in _DETERMINERS or low in _POSSESSIVE_DETS:
                return True
            if before == "," and plural and m == k - 1 and k + 2 < len(tokens):
                # ", security sources said", ", electoral officials said": a trailing
                # attribution opens at its comma
                return tokens[k + 2].text in self.lex.cue_forms
            if plural and self._opens_plural_phrase(tokens, m):
                return True  # "about 200 young climate activists": a count opens the phrase
            if _is_cap(before) and reg.demonym_country(tokens[m].start) is not None:
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
        if k == 0 or not self._adjunct_word(w) or (w.endswith("s") and not w.endswith(("ss", "as", "us", "is"))):
            return False  # "soldiers and police officers": two groups, no noun before a head
        return self._opens_plural_phrase(tokens, k - 1)

    def _opens_plural_phrase(self, tokens: list[Token], m: int) -> bool:
        """Whether the token at ``m`` opens a plural noun phrase: a determiner, a possessive,
        a count or a nationality ("the", "their", "200", "two", "Finnish")."""
        before = tokens[m].text
        low = before.lower()
        return (
            low in _DETERMINERS
            or low in _POSSESSIVE_DETS
            or before[:1].isdigit()
            or low in NUMBER_WORDS
            or (_is_cap(before) and self.registry.demonym_country(tokens[m].start) is not None)
        )

    def _adjunct_word(self, w: str) -> bool:
        """Whether a word may be a noun before another ("dock", "transport"): lower case, no
        function word, verb form, adverb, reporting verb or quantifier."""
        if not (w.isalpha() and w.islower()) or w in _NOT_ADJUNCTS or w in _MORE_PREPOSITIONS:
            return False
        return not (w.endswith(("ed", "ing", "ly")) or w in self.lex.cue_forms or w in _QUANTIFIERS)

    def _plural_noun(self, word: str) -> bool:
        """Whether a lower-case word reads as a plural noun, not a verb: "results", not "says"."""
        return (
            word.isalpha()
            and word.islower()
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in self.lex.cue_forms
            and word not in _THIRD_PERSON_AUXILIARIES
        )

    def _member(self, tokens: list[Token], h: int, found: dict[int, Entity]) -> None:
        """ "A Republican said", "one Ukrainian told AFP": a party member or a national.

        A capitalised noun after "a", "an", "one" or "another" names a person when it is
        a demonym or the singular of a party's name ("Republicans", "Conservatives") and
        a verb (not in -ing), "who" or a comma follows it, and no comma comes before it.
        """
        reg = self.registry
        word = tokens[h].text
        nxt = tokens[h + 1].text if h + 1 < len(tokens) else ""
        if nxt not in _MEMBER_NEXT and (nxt not in self.lex.cue_forms or nxt.endswith("ing")):
            return  # "a German warning about": a noun
        if h >= 2 and tokens[h - 2].text == ",":
            return  # "Brian Sandoval, a Republican, said": an apposition to a name
        country = reg.demonym_country(tokens[h].start)
        affiliation = None
        if country is None:
            party = place_info.organization(word + "s")
            if party is None or party.type != "party":
                return
            country = party.country
            affiliation = reg.lookup(party.name)
        entity = reg.described(word, ActorKind.PERSON, word.lower(), country, affiliation)
        reg.mention(entity, tokens[h - 1].start, tokens[h].end, self.text)
        found[h] = entity

    def _relative_who(self, tokens: list[Token], h: int) -> None:
        """ "an architect who said", "Mr. Kamin, who emphasized": "who" names the actor before it.

        Only a person or group ending right before "who" (or its comma) is
        its antecedent; "the wife of a man who" has no actor there and gets no mention.
        """
        k = h - 1 if tokens[h - 1].text != "," else h - 2
        if k < 0 or self.registry.quoted(tokens[h].start):
            return
        entity = self.registry.entity_ending_at(tokens[k].end)
        if entity is not None and entity.kind in _WHO_KINDS:
            self.registry.mention(entity, tokens[h].start, tokens[h].end, self.text, pronoun=True)

    def _before_mention(self, tokens: list[Token], k: int, owner: Entity) -> int:
        """The index of the token before the mention of ``owner`` that ends with token ``k``."""
        start_of = self.registry.start_of(owner, tokens[k].end)
        while k >= 0 and tokens[k].start >= start_of:
            k -= 1
        return k

    def _joint_head(self, tokens: list[Token], h: int) -> bool:
        """Whether the noun at ``h`` ends its phrase ("the two countries signed"), not
        "the two countries' ministries" or "the two countries' relations"."""
        nxt = tokens[h + 1].text if h + 1 < len(tokens) else ""
        if nxt in POSSESSIVES or nxt in ("'", "\u2019"):
            return False
        return nxt not in self.interesting and nxt not in _non_actor_heads()

    def _joint_reference(self, tokens: list[Token], h: int, found: dict[int, Entity]) -> None:
        """ "the two countries", "Both governments": a noun of ``joint_nouns.tsv`` that is no
        description word makes a group only as a joint reference, and not after a
        preposition or before "of" ("officials from both countries", "both sides of the
        border"); see :mod:`._joint`. One that is a description word ("Both leaders") is
        read as any description, its count included."""
        opening = self._opening(tokens, h, True)
        if opening.count and not is_complement(tokens, opening.k, h):
            self._mention_description(tokens, h, found, True, opening)

    def _person_description(self, tokens: list[Token], h: int, found: dict[int, Entity], plural: bool) -> None:
        """ "a senior Indian security official", "Ecuadorian security forces", "Both
        leaders": a person, or a group when ``plural``, by a description with the head
        noun at ``h``."""
        self._mention_description(tokens, h, found, plural, self._opening(tokens, h, plural))

    def _opening(self, tokens: list[Token], h: int, plural: bool) -> _Opening:
        """The words before the head noun at ``h`` that belong to its description, read back
        from it, and what they tell.

        Modifiers, nationalities and nouns before the head stay in the description ("a
        senior Indian security official", "Egyptian and Qatari mediators"), and so do an
        owner ("Karimi's brother", "Ferrero supporters") and a count ("Tens of thousands of
        people"); an organisation named before the head gives its affiliation ("a Hamas
        official"). The walk stops at the word that opens the phrase, a determiner or
        whatever else, which ``_Opening.k`` indexes. The same walk serves descriptions and
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
                    if k + 1 == h and plural and head in _RELATIONAL_HEADS:
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
            demonym = reg.demonym_country(tokens[k].start)
            if demonym is not None and _is_cap(w):
                country = country or demonym
                k -= 1
                continue
            if (
                w in _DEMONYM_JOINERS
                and k > 0
                and reg.demonym_country(tokens[k + 1].start) is not None
                and reg.demonym_country(tokens[k - 1].start) is not None
                and _is_cap(tokens[k - 1].text)
            ):
                # "Egyptian and Qatari mediators": one group of two nations, of neither alone
                mixed = True
                k -= 2
                continue
            if _is_cap(w) and k > 0 and reg.demonym_country(tokens[k - 1].start) is not None:
                k -= 1
                continue
            if w.lower() in self.modifiers and (w.islower() or _is_cap(w)):
                k -= 1
                continue
            if _is_cap(w) and w.isalpha() and w not in self.lex.not_names and k == h - 1:
                k -= 1  # "Union leaders", "Shop owners"
                continue
            if (
                plural
                and h - 3 <= k < h - 1
                and _is_cap(w)
                and w.isalpha()
                and not w.isupper()
                and _is_cap(tokens[k + 1].text)
                and w not in self.lex.not_names
                and not self.verbs
            ):
                k -= 1  # "the two Central Asian neighbours", "West African leaders"
                continue
            if (
                w.isalpha()
                and w.islower()
                and w != "of"
                and k == h - 1
                and k > 0
                and tokens[k - 1].text.lower() in _QUANTIFIERS
            ):
                k -= 1  # "several legal experts": an adjective right after a quantifier
                continue
            if self._noun_adjunct(tokens, k, plural):
                k -= 1  # "a senior Indian security official": a noun before the head noun
                continue
            joined = plural and k >= 2 and tokens[k - 1].text == "and"
            if joined and self._adjunct_word(w) and self._joined_adjunct(tokens, k - 2):
                k -= 3  # "Finnish dock and transport workers": two nouns for one group
                continue
            break
        # "Tens of thousands of people", "hundreds of protesters": the count is in the name
        while k >= 1 and tokens[k].text == "of" and tokens[k - 1].text.lower() in _COUNT_NOUNS:
            k -= 2
        count = joint_count(tokens, k, h) if plural and head in joint_nouns() else 0
        return _Opening(k=k, count=count, affiliation=affiliation, country=country, mixed=mixed)

    def _mention_description(
        self, tokens: list[Token], h: int, found: dict[int, Entity], plural: bool, opening: _Opening
    ) -> None:
        """Mention the person or group a description with the head noun at ``h`` and the
        ``opening`` words before it stands for: one named before ("the coast guard", "the
        protesters"), the actors of a joint reference ("Both governments"), or a new one.

        A singular with neither a determiner nor a modifier is none ("spokesman said").
        """
        reg = self.registry
        text = self.text
        head = tokens[h].text.lower()
        k, count, affiliation, country = opening.k, opening.count, opening.affiliation, opening.country
        det = tokens[k].text.lower() if k >= 0 else ""
        if plural and det in ("this", "that"):
            det = ""  # "show that women earn less": "that" opens a clause, it is no determiner
        first = k + 1
        if det == "both" and count:
            first, k, det = k, k - 1, ""  # "Both governments": the word is in the name
        has_det = det in _DETERMINERS or det in _POSSESSIVE_DETS
        modified = first < h
        end = tokens[h].end
        complement = self._head_complement(tokens, h, head)
        if complement is not None:
            end, owner = complement
            modified = True
            if owner is not None:
                affiliation = owner if owner.kind is ActorKind.ORGANIZATION else affiliation
                country = country or owner.country
        if not plural and not has_det and not modified:
            return
        start = tokens[first].start if modified else tokens[h].start
        mention_start = tokens[k].start if has_det else start
        # "Police fired", "Ecuadorian security forces", "the coast guard": a body, as "the
        # police" is (a compound of two words is listed whole in org_nouns.txt)
        compound = f"{tokens[h - 1].text.lower()} {head}" if h > 0 else ""
        is_compound = compound in self.lex.org_nouns
        body = is_compound or head in self.lex.org_nouns
        kind = ActorKind.ORGANIZATION if body else ActorKind.GROUP if plural else ActorKind.PERSON
        if is_compound and det == "the" and first == h - 1:
            # "the coast guard" after "the Philippine Coast Guard": the body named before
            entity = reg.by_head(compound, (kind,))
            if entity is not None:
                reg.mention(entity, mention_start, end, text)
                return
        if (det == "the" or kind is ActorKind.ORGANIZATION) and not modified:
            entity = reg.by_head(head, (kind,))
            if entity is not None:
                reg.mention(entity, mention_start, end, text)
                return
        if (has_det and det in ("a", "an", "the", "one", "another")) or not has_det:
            name = text[start:end]
        else:
            name = text[mention_start:end]
        members = self.joints.members(count, head, tokens[0].start, mention_start) if count else []
        if members:
            entity = self.joints.group(name, head, members)
        else:
            entity = reg.described(name, kind, head, None if opening.mixed else country, affiliation)
        reg.mention(entity, mention_start, end, text)
        found[h] = entity

    def _head_complement(self, tokens: list[Token], h: int, head: str) -> tuple[int, Entity | None] | None:
        """Where a complement after the head noun at ``h`` that belongs in the description
        ends, and the actor it names when that is no person: "a spokesperson for the
        ministry" (the ministry), "Relatives of the victims", "people familiar with the
        matter" (none).

        A person there is someone else ("a lawyer for Mr. Kim"), and so is a place after
        "in" ("reporters in Brussels": where they are, not who they are).
        """
        reg = self.registry
        n = len(tokens)
        nxt = tokens[h + 1].text if h + 1 < n else ""
        if nxt in _COMPLEMENT_PREPS and h + 2 < n:
            g = h + 2
            if tokens[g].text.lower() == "the" and g + 1 < n:
                g += 1
            owner = reg.longest_starting_at(tokens[g].start) or reg.longest_starting_at(tokens[h + 2].start)
            if owner is not None and nxt == "in" and owner.kind is ActorKind.LOCATION:
                owner = None
            if owner is not None and owner.kind is not ActorKind.PERSON:
                return max(reg.end_of(owner, tokens[g].start), reg.end_of(owner, tokens[h + 2].start)), owner
            if owner is None and nxt == "of" and head in _RELATIONAL_HEADS:
                end = self._plain_complement(tokens, h + 2)  # "supporters of independence"
                return None if end is None else (end, None)
            return None
        if POSTNOMINAL_ADJECTIVES.get(nxt.lower()) == (tokens[h + 2].text.lower() if h + 2 < n else ""):
            end = self._complement_end(tokens, h + 3)  # "people familiar with the matter"
            return None if end is None else (end, None)
        return None


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
def _day_and_month_names() -> frozenset[str]:
    """Weekday and month names in full ("Monday", "May"): the longest word of each value in
    ``time_words.tsv``, whose other words are abbreviations ("Mon.", "Sept.")."""
    names: set[str] = set()
    for kind in ("weekday", "month"):
        longest: dict[str, str] = {}
        for word, value in time_lexicon().by_kind[kind].items():
            if len(word) > len(longest.get(value, "")):
                longest[value] = word
        names.update(word.capitalize() for word in longest.values())
    return frozenset(names)


def _hyphenated_modifier(word: str) -> bool:
    """A lower-case hyphenated modifier of a body: "army-backed", "state-run", "rebel-held"."""
    return "-" in word and word.replace("-", "").isalpha() and word.endswith(_BODY_PARTICIPLES)


_BODY_PARTICIPLES = ("-backed", "-led", "-run", "-owned", "-held", "-controlled", "-based", "-appointed", "-aligned")


def _few(word: str) -> bool:
    """Whether a count is below ten ("two", "4"): the people are told one by one."""
    low = word.lower()
    return low in _FEW_COUNTS or (low.isdigit() and not low.startswith("0") and int(low) < 10)


_FEW_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _past_verb(word: str) -> bool:
    """Whether a word after an organisation noun reads as its past-tense verb ("raised",
    "held")."""
    return (word.endswith("ed") and word.isalpha() and word.islower()) or word in verb_past_forms()


def title_start_index(tokens: list[Token], offset: int | None, default: int) -> int:
    """The index of the token starting at ``offset`` (``default`` when none)."""
    if offset is None:
        return default
    for k, t in enumerate(tokens):
        if t.start == offset:
            return k
    return default


@cache
def description_words() -> frozenset[str]:
    """Lower-case words that may start a description or be a pronoun."""
    lex = lexicons()
    plurals = {noun + "s" for noun in lex.person_nouns}
    return frozenset(lex.pronouns) | lex.group_nouns | lex.person_nouns | plurals


def _non_actor_heads() -> frozenset[str]:
    return load_set("non_actor_heads.txt")


def _word_names() -> frozenset[str]:
    """Given names that are also common words ("Grant", "Hope"): alone, no sign of a person."""
    return load_set("word_names.txt")


def _place_words() -> frozenset[str]:
    return load_set("place_words.txt")


def _modifiers() -> frozenset[str]:
    return load_set("modifiers.txt")


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


@lru_cache(maxsize=16)
def _word_sets(
    extra_titles: frozenset[str], extra_first_names: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Titles, given names and modifiers with a step's extra words: made once per set of
    extras, not once per article (the lexicons hold thousands of words)."""
    lex = lexicons()
    titles = lex.titles | extra_titles
    return titles, lex.first_names | extra_first_names, _modifiers() | titles
