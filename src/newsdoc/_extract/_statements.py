"""The ``statements`` step: who said what, to whom, through which channel, and when.

Each sentence is read once. A reporting verb ("said", "urged", "slammed") with a speaker
before it (an actor mention, past adverbs and auxiliaries) or right after it ("said
Smith") makes a statement; its content is the clause after the verb, or the words
before the speaker when the verb closes the sentence ('"...," she said'). "according
to X" and participles ("..., calling it '...'") are read too. Quotations come from
:mod:`._quotes`, actors from the ``actors`` step's mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import cache

import attrs

from newsdoc._extract._actors import (
    MENTIONS_KEY,
    POST_NOMINALS,
    POSTNOMINAL_ADJECTIVES,
    people_plural,
    title_case_headline,
)
from newsdoc._extract._doc import Doc
from newsdoc._extract._gazetteer import gazetteer
from newsdoc._extract._quotes import quote_units
from newsdoc._extract._speaker_labels import Label, speaker_labels
from newsdoc._extract._words import (
    DOCUMENT_NOUNS,
    FRACTIONS,
    NUMBER_WORDS,
    OBJECT_FIRST,
    POSSESSIVES,
    Lexicons,
    Token,
    lexicons,
)
from newsdoc._lexicon import load_set
from newsdoc._models import Actor, ActorKind, Mention, Quote, Span, Statement

__all__ = ["StatementsStep"]

_OPEN = frozenset("\"'\u201c\u2018\u00ab")
# the marks that may part fronted content from its attribution ("..., officials said",
# '"..." the editor responded')
_BREAKS = (",", ";", ":", "\u2013", "\u2014", '"', "\u201d", "\u00bb")
_CLOSE = frozenset("\"'\u201d\u2019\u00bb")
_MODALS = frozenset(
    {"would", "could", "might", "may", "should", "must", "can", "to", "if", "unless", "whether"}
)
_NEGATORS = frozenset({"not", "never", "n't", "declined", "refused", "failed", "no"})
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
    }
)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "am"})
_TIME_NOUNS = frozenset(
    {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring",
     "summer", "fall", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"}
)
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
_RELATIVES = frozenset({"which", "whom", "whose"})
_ADDRESSEE_NEXT = frozenset({"to", "that", "of", "about", "on", ",", ".", ":", "in", "at"})
_CONDITIONS = frozenset({"if", "unless", "whether", "suppose", "supposing", "imagine"})
# the condition words as they may be written ("If", "IF"), and what ends their clause
_CONDITION_FORMS = _CONDITIONS | {w.capitalize() for w in _CONDITIONS} | {w.upper() for w in _CONDITIONS}
_CONDITION_STOPS = _OPEN | {",", ";", ":"}
_TELL = frozenset({"tell", "inform", "assure", "remind"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those", "us", "me"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "we", "they", "i", "you", "who"})
#: Possessive determiners, before which a past form is an adjective ("their disputed border");
#: not "her", which is an object too ("asked her").
_POSSESSIVE_DETERMINERS = frozenset({"their", "its", "his", "our", "my", "your"})
#: Prepositions right after the past form of a speech act that takes an object: the form
#: is a participle describing the noun before it ("militants linked to al Qaeda").
#: ("called on", "called for" are verbs with their particle, so these two only)
_PARTICIPLE_PREPOSITIONS = frozenset({"to", "with"})
#: Words that open an adjunct after the object of a speech act, never part of it.
_ADJUNCT_OPENERS = frozenset({"during", "while"})
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "after", "before", "since"})
_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "at", "by"})  # "in tweets", "by phone"
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "many", "some", "most", "other", "its",
     "their", "his", "her", "our", "one", "two", "three", "several", "few", "both", "all",
     "each", "another", "no", "any", "such", "more", "that"}
)
_NP_STOP = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "this", "there",
     "also", "then", "and", "or", "but", "not", "has", "have", "had", "is", "was", "are",
     "were", "be", "been", "will", "would", "as", "so", "what", "how", "when", "where",
     "why", "if", "he's", "one", "said", "says", "told", "did", "does", "do", "being",
     "thing", "things", "way", "time", "years", "days", "weeks", "months", "news",
     "him", "her", "them", "us", "me", "himself", "herself", "themselves", "others"}
)
_NP_HEADS = DOCUMENT_NOUNS
# texts that speak for their authors, as speakers' heads only (as names' last words they
# are no bodies: "Clean Power Plan"): "the party's platform mentions", "the proposal calls for"
_TEXT_HEADS = frozenset({"platform", "manifesto", "resolution", "proposal", "plan", "guidelines"})
# heads that make a speaker a body, though as descriptions elsewhere they name an office or
# a task ("won the presidency"): "the presidency said", "an EU observer mission said"
_BODY_HEADS = frozenset({"presidency", "mission", "panel", "palace", "leadership"})
# participles after a document source: "a draft seen by AFP", "a memo obtained by CNN"
# verbs that report speech only right after a quotation: "she continued", "the letter reads"
_AFTER_QUOTE_VERBS = {"continued": "continue", "continues": "continue", "read": "read", "reads": "read"}
#: Words besides the cues at which the scan of a sentence may find a statement.
_OPENING_WORDS = frozenset({"according", "According", "In", "in", *_AFTER_QUOTE_VERBS})
# prepositions opening a clause of a participle whose subject comes after it: "In defending himself, Trump"
_FRONT_PREPOSITIONS = frozenset({"in", "after", "before", "while", "by", "when", "since", "without", "upon"})
# words opening an aside between commas that is no apposition of the subject
# "Carrow, for the Home Secretary, said", "Okafor, representing the charity, told"
_ASIDE_OPENERS = frozenset(
    {"like", "unlike", "including", "as", "with", "along", "alongside", "and", "for", "representing",
     "speaking", "acting"}
)
# words opening a fronted phrase before the subject: "During the debate, ...", "On Monday, ..."
_FRAME_OPENERS = frozenset(
    {"on", "at", "during", "for", "with", "as", "although", "though", "because", "if", "despite"}
)
# adverbs that link a sentence to the one before: "However, she said in May that ..."
_CONNECTIVES = frozenset(
    {"however", "meanwhile", "instead", "nevertheless", "nonetheless", "moreover", "furthermore",
     "indeed", "still", "yet", "thus", "hence", "besides", "otherwise", "so", "but", "and", "now",
     "then", "later", "also", "again", "separately"}
)
# auxiliaries right after a subject
_CLAUSE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})
# what a finding is reported "in": "In a CBS News poll, she led ...", "... ahead in the polls."
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "average", "averages"})
# what a verb of finding reports, whatever follows it: "a CNN survey found 90 percent support"
_FINDING_NOUNS = _POLL_NOUNS | {
    "report", "reports", "studies", "analysis", "research", "review", "audit", "investigation", "data", "findings",
}
# an object that is no clause after a verb of finding: "found himself"
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
# words that make the words after a verb of finding a clause: "found the US was in breach"
_FINITE = (_BE | _MODALS | _CLAUSE_AUXILIARIES | {"do", "does", "did"}) - {"to", "be", "been", "being", *POSSESSIVES}
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})
# words that open a clause after the audience of "told": "told AFP the road was closed"
_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there", "his", "her", "their", "its"})
# prepositions that put an actor in a place: "an official in Srinagar"
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})
# the words after "asked" that ask for anonymity: "asked not to be named", "asked for anonymity"
_ANONYMITY = frozenset({("not", "to"), ("for", "anonymity")})
# verbs that report silence before "nothing" or "little"
_SILENT_AFTER = frozenset({"say", "comment", "reveal", "disclose"})
_PLACE_KINDS = frozenset({ActorKind.LOCATION, ActorKind.COUNTRY})
_SOURCE_PARTICIPLES = frozenset({"seen", "obtained", "published", "released", "reviewed", "cited", "leaked"})
# words that cannot stand inside a speaker's noun phrase
_CLAUSE_MARKS_SUBJECT = frozenset(
    {"that", "who", "which", "whom", "whose", "had", "has", "have", "is", "are", "was", "were",
     "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do",
     ",", ";", ":", "(", ")", "--", "\u2014", "not", "it", "he", "she", "they", "we", "i", "you"}
)
# prepositions that may qualify a speaker: "experts on North Korea", "advisers to Mr. Obama"
_SPEAKER_PREPOSITIONS = frozenset({"on", "in", "from", "to", "at", "for", "with", "across", "around", "of"})
_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "that", "and", "but", "while", "as", "because", "(", "--", "\u2014", "though", "although",
     "whereas", "since", "after", "when", "once", "until", "unless"}
)
# prepositions before a relative pronoun: "the lawsuit in which Democrats argued"
_RELATIVE_PREPOSITIONS = frozenset({"in", "of", "under", "during", "by", "at", "on", "with", "for", "from", "after"})
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


@attrs.frozen
class StatementsStep:
    """Find statements: direct, indirect and mixed speech, and "according to".

    Args:
        extra_cues: Reporting verbs to add, each as its base form ("opine"); regular
            inflections are recognised too.
    """

    extra_cues: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)

    def __call__(self, doc: Doc) -> None:
        """Add the statements found in ``doc`` to ``doc.statements``."""
        _Reader(doc, self.extra_cues).read()


@attrs.define
class _Found:
    speaker: str | None
    cue: Token
    content: tuple[int, int]
    addressee: str | None = None
    channel: str | None = None
    sentence: Span | None = None
    direct: bool = False  #: the content is quotations only (with their attribution between)


_NO_CUE = Token(-1, -1, "")


# prepositions that open where or when words were said, not what: "said in a statement"
# ("warned of famine", "spoke about the economy", "asked for a delay" say what)
_SETTING_PREPOSITIONS = frozenset(
    {"at", "in", "on", "during", "from", "outside", "inside", "near", "after", "before", "since", "with"}
)


# after a verb of talking: "spoke out about", "spoke up about", and what it is about
_TOPIC_PARTICLES = frozenset({"out", "up"})
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})
# what may wrap a transcript's note: quotation marks, spaces and end punctuation
_QUOTE_TRIM = "\"'\u201c\u201d\u2018\u2019 .,;:!?"
# particles that turn a speech act into another verb: "called off", "backed down"
_PARTICLES = frozenset({"in", "into", "off", "up", "down", "away", "over", "back"})


@cache
def _scan_words() -> frozenset[str]:
    """The words a sentence scan stops at: cues, verbs of talking and opening words."""
    lex = lexicons()
    return frozenset(lex.cue_forms.keys() | lex.topic_forms.keys() | _OPENING_WORDS)


def _adverb(word: str) -> bool:
    """Whether a lower-case word reads as an adverb of manner or time: "shortly", "early"."""
    return word.islower() and word.endswith("ly")


def _before_parenthesis(tokens: list[Token], k: int, reach: int = 4) -> int:
    """The token before a parenthesis of at most ``reach`` tokens that ends at ``k``
    ("(PNH)", "(D-N.Y.)"), else ``k``; a parenthesis opening the sentence has none."""
    if tokens[k].text == ")":
        for j in range(k - 1, max(k - reach - 1, 0), -1):
            if tokens[j].text == "(":
                return j - 1
    return k


class _Reader:
    def __init__(self, doc: Doc, extra_cues: Iterable[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self._times_seen: object = None
        self._stops_of: list[Token] | None = None
        # where the last "according to" phrase ended, and in which sentence
        self._according_end: tuple[int, int] = (-1, -1)
        self._conditions_of: list[Token] | None = None
        self._conditions: list[bool] = []
        self._stops: list[int] = []
        self._times_count = -1
        self._times_index: tuple[list[int], list[int]] = ([], [])
        self.lex: Lexicons = lexicons()
        extra = tuple(extra_cues)
        cues = dict(self.lex.cue_forms) if extra else self.lex.cue_forms  # shared, never changed
        for base in extra:
            for form in (base, base + "s", base + "ed", base + "d", base + "ing"):
                cues.setdefault(form, base)
        self.cues = cues
        self.scan_words = _scan_words() if not extra else _scan_words() | cues.keys()
        self.skip = load_set("attribution_skip.txt")
        self.lex_org_nouns = self.lex.org_nouns
        self.modifiers = load_set("modifiers.txt")
        self.cue_nouns = load_set("cue_nouns.txt")
        self.medium_nouns = load_set("medium_nouns.txt")
        mentions: list[tuple[int, int, str]] = doc.data.get(MENTIONS_KEY, [])  # type: ignore[assignment]
        self.by_end: dict[int, list[tuple[int, str]]] = {}
        self.by_start: dict[int, list[tuple[int, str]]] = {}
        for s, e, actor in mentions:
            if e - s == 3 and self.text[s:e] == "who":
                continue  # the relative pronoun: _subject reads "who said" itself
            self.by_end.setdefault(e, []).append((s, actor))
            self.by_start.setdefault(s, []).append((e, actor))
        self.kinds = {a.id: a for a in doc.actors}
        self.quotes = doc.quotes
        self.quote_starts = [q[0] for q in self.quotes]
        self.quote_start_set = frozenset(self.quote_starts)
        self.coordinated: str | None = None

    # -- helpers -----------------------------------------------------------------------

    def _quote_at(self, offset: int) -> tuple[int, int, bool] | None:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def _ending_at(self, end: int) -> tuple[int, str] | None:
        items = self.by_end.get(end)
        return min(items) if items else None

    def _starting_at(self, start: int) -> tuple[int, str] | None:
        items = self.by_start.get(start)
        return max(items) if items else None

    def _actor_at(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """The actor whose mention starts at token ``k``, or right after a "the" there."""
        hit = self._starting_at(tokens[k].start)
        if hit is None and k + 1 < len(tokens) and tokens[k].text.lower() == "the":
            hit = self._starting_at(tokens[k + 1].start)
        return hit

    # -- reading -----------------------------------------------------------------------

    def read(self) -> None:
        headline_end = self.doc.article.paragraph_spans[0].end
        title_case = title_case_headline(self.text[:headline_end])
        results: list[tuple[Span, int, list[_Found]]] = []
        for sentence in self.doc.sentences:
            tokens = self.doc.tokens(sentence)
            if title_case and sentence.start < headline_end:
                tokens = [_lower_verb(t, self.cues) for t in tokens]  # "Obama Says ..."
            found_in = self._sentence(tokens, sentence)
            if sentence.start <= headline_end:  # a headline's statement needs its speaker
                found_in = [f for f in found_in if f.speaker is not None]
            results.append((sentence, self.doc.paragraph_of(sentence.start), found_in))
        self._labels(results)
        covered = 0  # the end of the last quotation read as a continuation
        last: tuple[int, str] | None = None  # paragraph and speaker of the last quoted statement
        pending: list[tuple[int, tuple[int, int], Span]] = []  # quotations waiting for a speaker
        out: list[tuple[_Found, Span]] = []
        for index, (sentence, paragraph, found_here) in enumerate(results):
            if sentence.end <= covered:
                continue
            for found in found_here:
                if pending and found.speaker is not None:
                    for p, content, where in pending:
                        if p < paragraph:
                            out.append((_Found(speaker=found.speaker, cue=_NO_CUE, content=content), where))
                    pending = []
                self._join_split_quote(found, found_here, sentence)
                out.append((found, sentence))
                if found.content[0] >= sentence.end:  # 'She added:' and the next paragraph
                    covered = max(covered, found.content[1])
                if found.speaker is not None and self._quote_at(found.content[0]) is not None:
                    last = (paragraph, found.speaker)
            if found_here:
                continue
            quote = self._quote_at(sentence.start)
            if quote is None or quote[0] != sentence.start or self.text[sentence.start] not in _OPEN:
                continue
            # a quotation whose own sentences name a speaker is read there (the sentences
            # are in text order: stop at the quotation's end, not at the article's)
            later = index + 1
            while later < len(results) and results[later][0].start < quote[1] and not results[later][2]:
                later += 1
            if later < len(results) and results[later][0].start < quote[1]:
                continue
            content = (quote[0], quote[1])
            covered = quote[1]
            if last is not None and last[0] >= paragraph - 1:
                # the speaker's quotation goes on after its attribution ('"...," she said.
                # "..."'): a statement of its own, as the content is a span of the text
                out.append((_Found(speaker=last[1], cue=_NO_CUE, content=content, direct=True), sentence))
                last = (paragraph, last[1])
            else:
                pending.append((paragraph, content, sentence))
        nested = _nested([found for found, _ in out], self.text, self._starting_at)
        for found, sentence in out:
            if id(found) not in nested:
                self._emit(found, sentence)

    def _labels(self, results: list[tuple[Span, int, list[_Found]]]) -> None:
        """Add the statements of speaker labels ("Sanders: ...", "PENCE: ...", '"..." ― Doe')."""
        units = quote_units(self.text, list(self.doc.article.paragraph_spans))
        labels = speaker_labels(self.text, units, self.cues)
        if not labels:
            return
        starts = [r[0].start for r in results]
        for label in labels:
            speaker = self._label_speaker(label)
            if speaker is None:
                continue
            i = bisect.bisect_right(starts, label.content.start) - 1
            if i < 0:
                continue
            mark = label.mark
            cue = Token(mark.start, mark.end, self.text[mark.start : mark.end])
            found = _Found(speaker=speaker, cue=cue, content=(label.content.start, label.content.end))
            results[i][2].insert(0, found)

    def _label_speaker(self, label: Label) -> str | None:
        """The actor a label names: a mention there, an actor of that surname, or a new one."""
        start, end = label.name.start, label.name.end
        name = self.text[start:end]
        if label.capitals:  # "PENCE:": the person whose name ends so
            last = name.split()[-1].lower()
            for actor in self.doc.actors:
                if actor.kind is ActorKind.PERSON and actor.name.split()[-1].lower() == last:
                    return actor.id
            if len(name.split()) > 3:
                return None
            hit = self._starting_at(start)
            if hit is not None and hit[0] == end:
                return hit[1]
            return self._new_speaker(start, end, last)
        hit = self._starting_at(start)
        if hit is not None and hit[0] >= end - 1:
            return hit[1]
        hit = self._ending_at(end)
        if hit is not None and hit[0] >= start:
            return hit[1]
        if not (label.headline or label.mark.start > label.content.start):
            return None  # a mixed-case word before a colon in the body may be anything
        return self._new_speaker(start, end, name.split()[-1].lower())

    def _join_split_quote(self, found: _Found, found_here: list[_Found], sentence: Span) -> None:
        """Mark a quoted statement direct, and join a quotation its attribution interrupts.

        '"We will win," she said, "and soon."' is one statement from the first mark to
        the last; the attribution stays inside the span, which is contiguous.
        """
        start, end = found.content
        text = self.text
        first = self._quote_at(start)
        if first is None or first[0] != start or text[start] not in _OPEN:
            return
        stripped = end
        while stripped > start and text[stripped - 1] in ".,;:!?":
            stripped -= 1
        if first[1] < stripped:
            return  # a quotation and more: mixed speech
        found.direct = True
        if found.cue.start < end:  # 'she said, "...": a quotation before, cut by a comma?
            i = bisect.bisect_right(self.quote_starts, found.cue.start) - 1
            if i < 0:
                return
            q_start, q_end, _ = self.quotes[i]
            if (
                q_start >= sentence.start
                and q_end <= found.cue.start
                and found.cue.start - q_end <= 60
                and text[q_end - 2 : q_end - 1] == ","
                and not any(f is not found and f.content[0] < q_end and f.content[1] > q_start for f in found_here)
            ):
                found.content = (q_start, end)
            return
        i = bisect.bisect_right(self.quote_starts, found.cue.end - 1)
        if i >= len(self.quotes):
            return
        q_start, q_end, _ = self.quotes[i]
        if q_start >= sentence.end or q_start - found.cue.end > 60:
            return
        if not text[found.cue.end : q_start].rstrip().endswith((",", ":")):
            return
        if any(f is not found and found.cue.end <= max(f.cue.start, f.content[0]) < q_end for f in found_here):
            return  # '..., adding "...": the rest is a statement of its own
        found.content = (start, q_end)

    def _sentence(self, tokens: list[Token], sentence: Span) -> list[_Found]:
        out: list[_Found] = []
        n = len(tokens)
        question = self.text[sentence.end - 1] == "?" or (
            sentence.end >= 2 and self.text[sentence.end - 2] == "?" and self.text[sentence.end - 1] in _CLOSE
        )
        main_speaker: str | None = None
        self.coordinated = None
        # the first word (a fronted cue) and the words that may start a statement; the
        # loop does nothing for any other word, so it skips them at comprehension speed
        scan = self.scan_words
        candidates = [c for c in range(1, n) if tokens[c].text in scan]
        for c in [0, *candidates] if n else ():
            tok = tokens[c]
            word = tok.text
            if word in ("according", "According") and c + 1 < n and tokens[c + 1].text == "to":
                found = self._according(tokens, c, sentence)
                if found is not None:
                    out.append(found)
                continue
            if word in ("In", "in") and c + 2 < n:
                found = self._in_poll(tokens, c, sentence)
                if found is not None:
                    out.append(found)
                    continue
            base = self.cues.get(word)
            if base is None and word in _AFTER_QUOTE_VERBS and self._after_quote(tokens, c):
                base = _AFTER_QUOTE_VERBS[word]  # '"...," she continued', '"...," the letter reads'
            if base is not None and c + 1 < n and OBJECT_FIRST.get(word) == tokens[c + 1].text:
                continue  # "companies accused of supplying drones": a passive, nobody speaks
            if base is None and word in self.lex.topic_forms and self._topic_follows(tokens, c):
                base = self.lex.topic_forms[word]  # "spoke about ...", not "speaking on condition of ..."
            if base is None and c == 0 and n > 3 and word[:1].isupper() and sentence.start != 0:
                front = self.cues.get(word.lower())
                if front is not None and not word.endswith("ing"):
                    found = self._fronted(tokens, front, sentence)
                    if found is not None:
                        out.append(found)
                continue
            if base is None or self._quote_at(tok.start) is not None:
                continue
            prev = tokens[c - 1].text.lower() if c > 0 else ""
            nounish = base in self.cue_nouns and not word.endswith(("ed", "ing"))
            if nounish and (prev in _NOUN_BEFORE or prev[:1].isdigit()):
                found = self._nominal(tokens, c, base, sentence)
                if found is not None:
                    out.append(found)
                continue  # a noun: "the states", "his comments", "Clinton's plan"
            if nounish and prev in ("and", "or") and tokens[c - 2].text.lower() in self.modifiers:
                continue  # a noun after coordinated modifiers: "federal and state law"
            if prev in _NOUN_PREPOSITIONS and word == base:
                continue  # a noun after a preposition: "in favour", "in support of", "for comment"
            if prev in _BE and not word.endswith("ing"):
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
            if self._anonymity(tokens, c):
                continue  # "who asked not to be named", "asked for anonymity": a condition, no words
            if base in _SILENT_AFTER and c + 1 < n and tokens[c + 1].text in ("nothing", "little"):
                continue  # "who said nothing": no words to report ("proposed nothing that" has some)
            raised = prev == "to" and self._raised(tokens, c)
            named = c > 0 and tokens[c - 1].text[:1].isupper() and self._ending_at(tokens[c - 1].end) is not None
            if not raised and not named and (
                prev in _MODALS
                or prev in _NEGATORS
                or (prev in ("did", "does", "do") and c > 1 and (tokens[c - 2].text.lower() in _NEGATORS))
            ):
                continue
            fronted = prev in _FRONT_PREPOSITIONS and (c == 1 or tokens[c - 2].text in _CLAUSE_OPENERS)
            if fronted and word.endswith("ing"):
                found = self._fronted_participle(tokens, c, sentence)
                if found is not None:
                    out.append(found)
                continue
            if word.endswith("ing") and prev == ",":
                subject = (
                    main_speaker
                    or self._first_speaker(out)
                    or self._clause_subject(tokens, c)
                    or self._first_actor(tokens, c)
                )
                found = self._participle(tokens, c, base, subject, sentence)
                if found is not None:
                    out.append(found)
                continue
            if word.endswith("ing") and prev == "by" and c >= 3:
                # "He pitched himself to voters by telling them that ...": the main clause's subject
                subject = main_speaker or self._first_speaker(out) or self._opening_actor(tokens, c)
                found = self._participle(tokens, c, base, subject, sentence)
                if found is not None:
                    out.append(found)
                continue
            verbal = nounish and c + 1 < n and tokens[c + 1].text == "that"  # "the memo states that"
            # a plural subject agrees with the bare form: "Most millennials support Clinton"
            verbal = verbal or (
                nounish
                and word == base
                and c > 0
                and _plural_subject(tokens[c - 1].text)
                and not (c + 1 < n and tokens[c + 1].text.lower() in _CLAUSE_AUXILIARIES)  # "the jobs report was"
            )
            # '"...," said one GOP source'; never "told": the actor after it is the one told
            closing = self._closing_speaker(tokens, c) if prev == "," and base not in _TELL else None
            if raised:
                verb = c - 2 if tokens[c - 2].text.lower() != "on" else c - 3
                speaker_end = self._subject(tokens, verb, noun_subject=True)  # "He appeared to suggest"
            elif closing is not None:
                speaker_end = None  # "..., said one GOP source": the speaker follows the verb
            else:
                speaker_end = self._subject(tokens, c, noun_subject=verbal or not nounish)
            if speaker_end is not None and self._noun_after_name(tokens, c, base, speaker_end, nounish):
                continue
            inverted = False
            if speaker_end is None:
                speaker = closing if closing is not None else self._inverted_speaker(tokens, c)
                if speaker is None:
                    continue
                inverted = True
                actor = speaker
            else:
                actor = speaker_end
            found = self._content(tokens, c, base, actor, inverted, sentence)
            if found is None:
                continue
            if question and self._quote_at(found.content[0]) is None:
                continue
            main_speaker = main_speaker or actor
            self.coordinated = actor
            out.append(found)
        return self._channels(out)

    def _clause_subject(self, tokens: list[Token], c: int) -> str | None:
        """The subject of the sentence's main clause, for a participle at ``c`` after it.

        "In August, several environmental groups granted Mr. Clarke an extension, saying
        ...": a fronted phrase up to its comma is skipped, and a noun phrase of at most
        five words before a verb in the past tense or an auxiliary is the subject, even
        when it is no actor yet.
        """
        p = 0
        first = tokens[0].text.lower() if tokens else ""
        if first in _FRONT_PREPOSITIONS or first in _FRAME_OPENERS or first.endswith("ly"):
            p = next((j + 1 for j in range(min(c, 15)) if tokens[j].text == ","), 0)
            if p == 0:
                return None
        for h in range(p, min(p + 5, c - 1)):
            word = tokens[h].text
            if not word.isalpha():
                return None
            nxt = tokens[h + 1].text
            if nxt.islower() and (nxt.endswith("ed") or nxt in _CLAUSE_AUXILIARIES):
                hit = self._ending_at(tokens[h].end)
                if hit is not None:
                    kind = self.kinds[hit[1]].kind
                    return hit[1] if kind is not ActorKind.LOCATION else None
                return self._noun_subject(tokens, h, c) if word.islower() and word.endswith("s") else None
        return None

    def _fronted_participle(self, tokens: list[Token], c: int, sentence: Span) -> _Found | None:
        """ "In defending himself, Trump offered ...", "After saying ..., she was ...": the
        speaker is the subject of the clause after the comma, the content runs up to it."""
        n = len(tokens)
        comma = self._next_stop(tokens)[c]
        if comma >= n - 1 or tokens[comma].text != "," or comma == c + 1:
            return None
        k = comma + 1
        end = tokens[comma].start
        while k < n - 1 and tokens[k].text in _CLOSE:
            end = tokens[k].end  # the comma closed a quotation: '..."so swollen," she was'
            k += 1
        hit = self._actor_at(tokens, k)
        if hit is None or self.kinds[hit[1]].kind is ActorKind.LOCATION:
            return None
        return _Found(speaker=hit[1], cue=tokens[c], content=(tokens[c + 1].start, end))

    @staticmethod
    def _after_quote(tokens: list[Token], c: int) -> bool:
        """Whether the verb at ``c`` follows a quotation closed by a comma, with at most a
        short subject between: '"...," she continued', '"...," the letter reads',
        '"...," continued Smith'."""
        for j in range(c - 1, max(c - 5, 0), -1):
            text = tokens[j].text
            if text in _CLOSE:
                while j > 1 and tokens[j - 1].text in _CLOSE:
                    j -= 1  # a quotation closing inside another: "... 'the comeback,'" the article read
                return tokens[j - 1].text == ","
            if not text.isalpha() and text not in POSSESSIVES:
                return False
        return False

    def _closing_speaker(self, tokens: list[Token], c: int) -> str | None:
        """The actor after the cue at ``c`` when it closes the sentence: "..., said one GOP
        source in the room." (not "X, the minister, said members will ...", nor "X, which
        brought the case, welcomed the ruling.": a verb with its object is not inverted)."""
        speaker = self._inverted_speaker(tokens, c)
        if speaker is None:
            return None
        n = len(tokens)
        k = c + 1
        while k < n and tokens[k].text not in (".", "!", "?", ";") and k - c < 10:
            if tokens[k].text == "," and k + 1 < n and tokens[k + 1].text.endswith("ing"):
                return speaker  # "..., said Donald Tusk, summing up the talks."
            low = tokens[k].text.lower()
            if low in self.cues or (low in _CLAUSE_MARKS_SUBJECT and low not in (",", "(", ")")):
                return None
            k += 1
        return speaker if k >= n or tokens[k].text in (".", "!", "?", ";") else None

    def _inverted_speaker(self, tokens: list[Token], c: int) -> str | None:
        """The actor right after the cue at ``c`` (``_after``), unless it opens a clause of
        its own: "X, a co-editor, said the candidate tended to ...", "said the hostages
        would be freed", "said Ivanka Trump's statement did not ...", nor the object of a verb
        that takes one ("X, the largest union, urged lawmakers to ...") but after a quotation."""
        base = self.cues.get(tokens[c].text)
        if base in self.lex.object_cues and not self._after_quote(tokens, c):
            return None
        speaker = self._after(tokens, c)
        if speaker is None:
            return None
        after = tokens[c + 1 : c + 8]
        ends = {e for t in after for e, actor in self.by_start.get(t.start, ()) if actor == speaker}
        if any(t.start in ends and t.text in POSSESSIVES for t in after):
            return None
        last = max(ends, default=-1)  # where the speaker's mention ends, if it starts in ``after``
        verb = next((t.text for t in after if t.start >= last), "") if last >= 0 else ""
        if verb.isalpha() and verb.islower() and (
            verb.endswith("ed")
            or verb in _CLAUSE_AUXILIARIES
            or (verb in _MODALS and (verb != "to" or base in self.lex.addressee_cues))
        ):
            return None  # "urged lawmakers to act" is addressed; "said an adviser to Trump" is his
        return speaker

    def _raised(self, tokens: list[Token], c: int) -> bool:
        """Whether the cue at ``c`` follows "appeared to", "went on to": its subject speaks."""
        if c < 2:
            return False
        verb = tokens[c - 2].text.lower()
        if verb == "on" and c >= 3:
            return tokens[c - 3].text.lower() in ("went", "goes", "go", "going")
        return verb in _RAISING and (c < 3 or tokens[c - 3].text.lower() not in _NEGATORS)

    def _named_person(self, actor_id: str) -> bool:
        actor = self.kinds[actor_id]
        return actor.kind is ActorKind.PERSON and actor.name[:1].isupper()

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

    def _fronted(self, tokens: list[Token], base: str, sentence: Span) -> _Found | None:
        """'Said Ellis: "..."' and 'Said Jane Doe, who ..., "..."': the verb opens the sentence."""
        n = len(tokens)
        k = 1
        while k < n - 1 and self._is_title(tokens[k].text):
            k += 1
        hit = self._starting_at(tokens[k].start)
        if hit is None:
            return None
        j = k
        while j < n and tokens[j].start < hit[0]:
            j += 1
        while j < n and tokens[j].text != ":" and tokens[j].text not in _OPEN:
            j += 1
        if j >= n - 1:
            return None
        start = tokens[j + 1].start if tokens[j].text == ":" else tokens[j].start
        end = self._clause_end(tokens, j + 1 if tokens[j].text == ":" else j, base, sentence)
        if end <= start:
            return None
        return _Found(speaker=hit[1], cue=tokens[0], content=(start, end))

    def _nominal(self, tokens: list[Token], c: int, base: str, sentence: Span) -> _Found | None:
        """ "Trump's claim that ...": a possessor's noun cue with a "that" clause."""
        n = len(tokens)
        if c < 2 or c + 2 >= n or tokens[c - 1].text not in POSSESSIVES or tokens[c + 1].text != "that":
            return None
        hit = self._ending_at(tokens[c - 2].end)
        if hit is None or self.kinds[hit[1]].kind is ActorKind.LOCATION:
            return None
        start = tokens[c + 2].start
        end = self._clause_end(tokens, c + 2, base, sentence)
        return _Found(speaker=hit[1], cue=tokens[c], content=(start, end)) if end > start else None

    def _noun_after_name(self, tokens: list[Token], c: int, base: str, speaker: str, nounish: bool) -> bool:
        """Whether the cue at ``c`` is a noun after a name: "Sanders call", "Oklahoma state".

        A base form cannot follow one named person ("Jane Doe say") or, for a verb that
        is also a noun, one organisation or country ("the union support for"), unless a
        coordinated name makes the subject plural; such a word never makes a place its
        speaker.
        """
        kind = self.kinds[speaker].kind
        if nounish and kind is ActorKind.LOCATION:
            return True
        if kind is ActorKind.PERSON:
            bare = tokens[c].text.lower() == base
        elif kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY):
            # a bare form needs a plural subject: "the union support for" is a noun
            bare = nounish and tokens[c].text == base and not tokens[c - 1].text.endswith("s")
        else:
            return False
        hit = self._ending_at(tokens[c - 1].end) if bare else None
        if hit is None or hit[1] != speaker:
            return False
        if kind is ActorKind.PERSON and not self.text[hit[0]].isupper():
            return False
        return not self._coordinated_subject(tokens, hit[0])

    def _coordinated_subject(self, tokens: list[Token], start: int) -> bool:
        """Whether the mention starting at ``start`` ends "X and Y": "Grassley and Leahy say"."""
        i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
        while i > 0 and self._is_title(tokens[i - 1].text):
            i -= 1
        if i < 2 or tokens[i - 1].text != "and":
            return False
        k = i - 2
        while k > 0 and self._ending_at(tokens[k].end) is None and self._is_title(tokens[k].text):
            k -= 1  # a name may be a title word too: "Mr. King and Mr. Schultz say"
        return self._ending_at(tokens[k].end) is not None

    def _subject(self, tokens: list[Token], c: int, noun_subject: bool = True) -> str | None:
        """The actor named just before the verb at ``c`` (past adverbs and auxiliaries).

        Without ``noun_subject``, a plain noun phrase there ("the poll") is no speaker.
        """
        k = c - 1
        skipped = 0
        while k >= 0 and skipped < 6:
            tok = tokens[k]
            hit = self._ending_at(tok.end)
            if hit is not None and self._quote_at(tok.start) is None:
                j = k
                while j >= 0 and tokens[j].start > hit[0]:
                    j -= 1
                if j >= 2 and tokens[j - 1].text in ("of", "in", "at") and self.kinds[hit[1]].kind in _PLACE_KINDS:
                    # "Bernie Sanders of Vermont said", "the U.S. Embassy in Bishkek urged": the
                    # place says where the speaker is (after "of", only a person's)
                    h = _before_parenthesis(tokens, j - 2)  # "the KRG (...) in Erbil said"
                    holder = self._ending_at(tokens[h].end) if h >= 0 else None
                    if holder is not None and (
                        self.kinds[holder[1]].kind is ActorKind.PERSON
                        or (tokens[j - 1].text != "of" and self.kinds[holder[1]].kind not in _PLACE_KINDS)
                    ):
                        return holder[1]
                r = j - 2 if j >= 2 and tokens[j - 1].text.lower() == "the" else j - 1
                if (
                    r >= 0
                    and tokens[r].text.lower() in _RELATIVES
                    and not (r >= 1 and tokens[r - 1].text.lower() in _RELATIVE_PREPOSITIONS)
                ):
                    return None  # "which the regime views as": the object is elsewhere
                t = j - 1
                while t > 0 and self._is_title(tokens[t].text):
                    t -= 1
                if t >= 1 and tokens[t].text.lower() in _SPEAKER_PREPOSITIONS and skipped == 0:
                    qualified = self._qualified_subject(tokens, k)
                    if qualified is not None:
                        return qualified  # "advisers to Mr. Obama say": the advisers speak
                return hit[1]
            w = tok.text.lower()
            if w in self.skip or (w.endswith("ly") and len(w) > 4) or self.doc_time_covers(tok):
                k -= 1
                skipped += 1
                continue
            if w in ("in", "on", "at", "since") and k + 1 < c and self.doc_time_covers(tokens[k + 1]):
                k -= 1  # "who in 2010 said"
                skipped += 1
                continue
            if w == ")":  # "Jason Chaffetz (R-Utah) said"
                j = k - 1
                while j > 0 and j > k - 10 and tokens[j].text != "(":
                    j -= 1
                if tokens[j].text == "(":
                    k = j - 1
                    skipped += 1
                    continue
                return None
            if w == ",":  # an apposition or a relative clause: "Smith, a spokesman, said"
                return self._before_apposition(tokens, k)
            if w in ("and", "but"):
                return self.coordinated if self.coordinated is not None else self._sentence_subject(tokens, k)
            if w == "who" and k >= 2 and tokens[k - 1].text == ",":  # "Trump, who says ..."
                hit = self._ending_at(tokens[k - 2].end)
                if hit is None:  # "Trump, the nominee, who says ...": the head before the apposition
                    return self._before_apposition(tokens, k - 1)
                return hit[1]
            if w == "whom" and k >= 3 and tokens[k - 1].text == "of":  # "voters, many of whom say"
                comma = k - 2 if tokens[k - 2].text == "," else k - 3
                hit = self._ending_at(tokens[comma - 1].end) if comma >= 1 and tokens[comma].text == "," else None
                if hit is not None and self.kinds[hit[1]].kind in (ActorKind.PERSON, ActorKind.GROUP):
                    return hit[1]
                return None
            if w == "which" and k >= 2 and tokens[k - 1].text == ",":  # "the Commission, which said"
                hit = self._ending_at(tokens[k - 2].end)
                if hit is not None and self.kinds[hit[1]].kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY):
                    return hit[1]
                return None
            if w == "who" and k >= 1:  # "voters who said ...", "an architect who said ..."
                hit = self._ending_at(tokens[k - 1].end)
                if hit is not None:  # "who" is said of people, not of places or bodies
                    kind = self.kinds[hit[1]].kind
                    return hit[1] if kind in (ActorKind.PERSON, ActorKind.GROUP) else None
                return self._relative_head(tokens, k - 1)
            who = next((j for j in range(k - 1, max(k - 9, -1), -1) if tokens[j].text == "who"), None)
            if who is not None and who > 0 and who >= k - 5 and self._anonymity(tokens, who + 1):
                k = who - 1  # "An official who asked not to be named said"
                skipped += 1
                continue
            if who is not None and who > 0 and all(t.text not in (",", ";") for t in tokens[who:k]):
                hit = self._ending_at(tokens[who - 1].end)  # "two diplomats who attended the session said"
                if hit is not None and self.kinds[hit[1]].kind in (ActorKind.PERSON, ActorKind.GROUP):
                    return hit[1]
            if not noun_subject:
                return None
            found = self._noun_subject(tokens, k, c)
            return found if found is not None else self._qualified_subject(tokens, k)
        return None

    def _opens_clause(self, tokens: list[Token], start: int) -> bool:
        """Whether the token before offset ``start`` opens a clause (or nothing is before it)."""
        i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
        while i > 0 and tokens[i - 1].text.lower() in _DETERMINERS:
            i -= 1
        return i == 0 or tokens[i - 1].text.lower() in _CLAUSE_OPENERS or tokens[i - 1].text in _CLOSE

    def _qualified_subject(self, tokens: list[Token], k: int) -> str | None:
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
            if word in _OPEN or word in _CLOSE or low in _CLAUSE_MARKS_SUBJECT or low in self.cues:
                return None
            # "a source familiar with the talks said": the adjective's preposition, the source speaks
            taken = POSTNOMINAL_ADJECTIVES.get(tokens[i - 1].text.lower()) == low
            if low in _SPEAKER_PREPOSITIONS or taken:
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
        known = self._ending_at(tokens[h].end)
        if (
            known is not None
            and self.kinds[known[1]].kind in (ActorKind.GROUP, ActorKind.PERSON)
            and self._opens_clause(tokens, known[0])
        ):
            return known[1]
        if not head.isalpha() or low in _NP_STOP or low in self.skip:
            return None
        if not (head.islower() or (h == 0 and head.istitle())):
            return None
        if not ((low.endswith("s") and not low.endswith("ss")) or low in self.lex.person_nouns or low in _NP_HEADS):
            return None
        j = h
        while j > 0 and h - j < 3:
            prev = tokens[j - 1].text
            pl = prev.lower()
            if not prev.isalpha() or pl in _NP_STOP or pl in self.skip or pl in self.cues:
                break
            if not prev.islower() and (j > 1 or not prev.istitle()):
                break
            j -= 1
        before = tokens[j - 1].text.lower() if j > 0 else ""
        if j > 0 and before not in _CLAUSE_OPENERS and before not in _CLOSE:
            return None
        return self._new_speaker(tokens[j].start, tokens[k].end, low)

    def _relative_head(self, tokens: list[Token], k: int) -> str | None:
        """A new speaker for "an architect who said", "listeners who said": a noun with a
        determiner, or a plural noun, in lower case right before "who"."""
        head = tokens[k].text
        low = head.lower()
        if not head.isalpha() or not head.islower() or low in _NP_STOP or low in self.skip:
            return None
        j = k
        while j > 0 and k - j < 3 and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower():
            if tokens[j - 1].text in _DETERMINERS:
                j -= 1
                return self._new_speaker(tokens[j].start, tokens[k].end, low, relative=tokens[k + 1])
            if tokens[j - 1].text in _NP_STOP or tokens[j - 1].text in self.cues:
                break
            j -= 1
        if low.endswith("s") and not low.endswith("ss"):
            return self._new_speaker(tokens[k].start, tokens[k].end, low, relative=tokens[k + 1])
        return None

    def _sentence_subject(self, tokens: list[Token], before: int) -> str | None:
        """The actor opening the sentence, as the subject of a later "and said".

        "Obama met survivors on Thursday and said ...": an actor among the first three
        tokens, followed by a word in lower case (a verb or an adverb), not by a comma.
        """
        for i in range(min(4, before)):
            tok = tokens[i]
            hit = self._starting_at(tok.start)
            if hit is None:
                if (
                    tok.text in ("But", "And", "Then", "The")
                    or tok.text in _OPEN
                    or self._is_title(tok.text)
                ):
                    continue
                return None
            if self._quote_at(tok.start) is not None or self.kinds[hit[1]].kind is ActorKind.LOCATION:
                return None
            j = i
            while j < before and tokens[j].start < hit[0]:
                j += 1
            if j >= before or not tokens[j].text[:1].islower() or tokens[j].text in POSSESSIVES:
                return None
            if any(
                t.text in (";", ":") or (t.text in _OPEN and self._open_across(t, tokens[before]))
                for t in tokens[j:before]
            ):
                return None  # a quotation closed before "and" may stand between: 'urged them to "vote" and said'
            return hit[1]
        return None

    def _open_across(self, opening: Token, boundary: Token) -> bool:
        """Whether the quotation opened at ``opening`` runs on to ``boundary`` or is none."""
        quote = self._quote_at(opening.start)
        return quote is None or quote[1] > boundary.start

    def _noun_subject(self, tokens: list[Token], k: int, c: int, outer: int = 0) -> str | None:
        """A new speaker for a plain noun phrase ending at ``k`` that opens a clause.

        "the poll shows", "73 percent said", "sources said", "a senior official said":
        no known actor stands there, so the noun phrase becomes one (a group when
        plural, an organisation for a poll or report, else a person).
        """
        if (
            k >= 1
            and tokens[k].text.endswith("ed")
            and tokens[k - 1].text.lower() in _NP_HEADS
            and tokens[k].text.lower() not in _NP_HEADS
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
            if j > 0 and before not in _CLAUSE_OPENERS and before not in _CLOSE and before != "than":
                return None
            return self._new_speaker(tokens[j].start, tokens[k].end, "people")
        if _is_fraction(head):
            before = tokens[k - 1].text.lower() if k > 0 else ""
            if k == 0 or before in _CLAUSE_OPENERS or before == "about":  # "Two-thirds support ..."
                return self._new_speaker(tokens[k].start, tokens[k].end, "people")
            return None
        if not head.isalpha() or low in _NP_STOP or low in self.skip or low.endswith("ly"):
            return None
        if head[0].isupper() and k > 0 and not head.isupper():
            return None  # an unknown name is the actors step's business
        if tokens[c].text == self.cues.get(tokens[c].text) and not low.endswith("s") and low != "percent":
            return None  # a bare verb after a singular word is likely a noun: "any attack"
        if tokens[c].text.endswith("ing") and not (
            low.endswith("s") or low in _NP_HEADS or low in self.lex.person_nouns or low in self.lex.group_nouns
        ):
            return None  # an adjective before a noun in -ing: "after a poor showing"
        if (
            head[0].isupper()
            and not head.isupper()
            and low not in ("nothing", "nobody", "none", "no")
            and head not in self.lex.not_names  # "In defending himself, Trump ..."
            and not (low in _NP_HEADS or low in self.lex.person_nouns or people_plural(head))
        ):
            # a capitalised word opening the sentence that is no known noun is a name:
            # "Sanders then went on to say" is a person, not a group of sanders
            return self._new_speaker(tokens[k].start, tokens[k].end, low, ActorKind.PERSON)
        j = k
        determined = False
        while j > 0 and k - j < 4:
            prev = tokens[j - 1].text
            pl = prev.lower()
            if (
                pl in _DETERMINERS
                or _is_number(prev)
                or prev.replace(",", "").replace(".", "").isdigit()
            ):
                j -= 1
                determined = True
                break
            if (
                not prev.replace("-", "").isalpha()
                or pl in _NP_STOP
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
                        and tokens[p - 1].text not in _NP_STOP
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
                    elif m == 0 and low in _NP_HEADS:
                        j = 0
                        determined = True
                break  # else only the sentence's first word may be capitalised: "Presidential contenders"
            j -= 1
        before = tokens[j - 1].text.lower() if j > 0 else ""
        if determined and before in _DETERMINERS:  # "all the experts", "another 19 percent"
            j -= 1
            before = tokens[j - 1].text.lower() if j > 0 else ""
        if before in POSSESSIVES and j >= 2 and not outer:
            # "Connecticut's tax commissioner says": the possessor opens the speaker's name
            owner = self._ending_at(tokens[j - 2].end)
            if owner is not None and self._opens_clause(tokens, owner[0]):
                return self._new_speaker(owner[0], tokens[k].end, low)
            noun = tokens[j - 2].text
            if (  # "the ad's narrator says": a thing's person speaks
                owner is None
                and j >= 3
                and noun.isalpha()
                and noun.islower()
                and tokens[j - 3].text.lower() == "the"
                and (low in self.lex.person_nouns or low in _NP_HEADS)
                and self._opens_clause(tokens, tokens[j - 3].start)
            ):
                return self._new_speaker(tokens[j - 3].start, tokens[k].end, low)
        if before == "of" and not outer and j >= 3:
            # "the transcript of the debate shows": the head is the noun before "of"
            whole = self._noun_subject(tokens, j - 2, c, outer=tokens[k].end)
            if whole is not None:
                return whole
        if j > 0 and before not in _CLAUSE_OPENERS and before not in _CLOSE:
            return None
        if not (determined or low.endswith("s") or low in _NP_HEADS):
            return None
        return self._new_speaker(tokens[j].start, outer or tokens[k].end, low)

    def _new_speaker(
        self, start: int, end: int, head: str, kind: ActorKind | None = None, relative: Token | None = None
    ) -> str:
        """A new actor for the speaker ``text[start:end]``, of the kind its head noun tells.

        ``relative`` is the "who" that names it again as the subject of the speech verb.
        """
        text = self.text[start:end]
        if kind is None:
            if (
                head in _NP_HEADS
                or head in _TEXT_HEADS
                or head in _BODY_HEADS
                or head in self.lex_org_nouns
                or head in lexicons().org_words
            ):
                kind = ActorKind.ORGANIZATION
            elif head.endswith("s") or head in ("percent", "people", "majority", "public"):
                kind = ActorKind.GROUP
            else:
                kind = ActorKind.PERSON
        actor = Actor(
            id=self.doc.new_id("a"),
            name=text,
            kind=kind,
            mentions=(Mention(start=start, end=end, text=text),)
            + ((Mention(start=relative.start, end=relative.end, text=relative.text),) if relative else ()),
        )
        self.doc.actors.append(actor)
        self.kinds[actor.id] = actor
        self.by_end.setdefault(end, []).append((start, actor.id))
        self.by_start.setdefault(start, []).append((end, actor.id))
        return actor.id

    def _next_stop(self, tokens: list[Token]) -> list[int]:
        """For each token of a sentence, the index of the first ``,``, ``.`` or ``;`` from it on.

        Computed once per sentence (a walk per cue made a sentence of cues quadratic).
        """
        if self._stops_of is not tokens:
            stops = [len(tokens)] * (len(tokens) + 1)
            for i in range(len(tokens) - 1, -1, -1):
                stops[i] = i if tokens[i].text in (",", ".", ";") else stops[i + 1]
            self._stops_of, self._stops = tokens, stops
        return self._stops

    def doc_time_covers(self, tok: Token) -> bool:
        # some time starting at or before the token ends at or after it: the furthest end
        # among the times that start by then tells, found by bisection (a scan of every
        # time per token made long articles quadratic)
        starts, furthest = self._time_index()
        i = bisect.bisect_right(starts, tok.start) - 1
        return i >= 0 and furthest[i] >= tok.end

    def _time_index(self) -> tuple[list[int], list[int]]:
        times = self.doc.times
        if self._times_seen is not times or self._times_count != len(times):
            spans = sorted((tx.span.start, tx.span.end) for tx in times)
            furthest: list[int] = []
            for _, end in spans:
                furthest.append(max(end, furthest[-1]) if furthest else end)
            self._times_index = ([start for start, _ in spans], furthest)
            self._times_seen, self._times_count = times, len(times)
        return self._times_index

    def _anonymity(self, tokens: list[Token], c: int) -> bool:
        """Whether the verb at ``c`` asks for anonymity: "asked not to be named", "asked for anonymity"."""
        return (
            c + 2 < len(tokens)
            and self.cues.get(tokens[c].text) == "ask"
            and (tokens[c + 1].text, tokens[c + 2].text) in _ANONYMITY
        )

    def _before_apposition(self, tokens: list[Token], comma: int) -> str | None:
        # the actor right after the comma is an apposition's head; the one before the
        # previous comma is the subject
        k = comma - 1
        limit = max(0, comma - 40)
        best: str | None = None
        direct = self._ending_at(tokens[comma - 1].end) if comma > 0 else None
        opening = next((j for j in range(comma - 1, max(comma - 12, -1), -1) if tokens[j].text == ","), None)
        if opening is not None and (
            tokens[opening + 1].text.lower() in _ASIDE_OPENERS
            or (tokens[opening + 1].text.endswith("ed") and tokens[opening + 2].text == "by")
        ):
            # "Hillary Clinton, like Obama, has said", "Jackson, joined by Kagan, accused":
            # the aside is no apposition
            direct = None
        if direct is not None and self._named_person(direct[1]):
            return direct[1]  # "The director of X, Maria Costa, defended"
        while k > limit:
            if tokens[k].text == "," and k > 0:
                # "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..."
                before = _before_parenthesis(tokens, k - 1, reach=9)
                hit = self._ending_at(tokens[before].end)
                if hit is None and before > 0 and tokens[before].text in POST_NOMINALS:
                    hit = self._ending_at(tokens[before - 1].end)  # "Robert Carrow KC, for the ..."
                if hit is not None and self.kinds[hit[1]].kind is ActorKind.LOCATION:
                    hit = self._placed_actor(tokens, before, hit[0])  # "An official in Srinagar, who ..."
                if hit is not None and self.kinds[hit[1]].kind is not ActorKind.LOCATION:
                    best = hit[1]
            elif (
                ((tokens[k].text in _OPEN or tokens[k].text in _CLOSE) and self._quote_at(tokens[k].start) is not None)
                or (
                    tokens[k].text in self.cues
                    and self.cues[tokens[k].text] not in self.cue_nouns
                    and not self._anonymity(tokens, k)  # "An official, who asked not to be named, said"
                )
            ):
                break
            k -= 1
        # "Inter-Services Public Relations (ISPR), said": the name before its acronym
        direct = self._ending_at(tokens[_before_parenthesis(tokens, comma - 1)].end) if comma > 0 else None
        if (
            best is None
            and direct is not None
            and opening is not None
            and opening >= 1
            and self.kinds[direct[1]].kind is ActorKind.ORGANIZATION
            and direct[0] == tokens[opening + 1].start
            and tokens[opening - 1].text.isalpha()
            and tokens[opening - 1].text.islower()
        ):
            # "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said":
            # a description before the apposition names no actor; the body named in it speaks
            return direct[1]
        return best

    def _placed_actor(self, tokens: list[Token], last: int, place_start: int) -> tuple[int, str] | None:
        """The actor right before "in"/"at"/"near" and a place, whose mention starts at
        ``place_start`` and ends with token ``last``."""
        k = last
        while k > 0 and tokens[k].start > place_start:
            k -= 1
        if k < 2 or tokens[k].start != place_start or tokens[k - 1].text not in _PLACE_PREPOSITIONS:
            return None
        return self._ending_at(tokens[k - 2].end)

    def _after(self, tokens: list[Token], c: int) -> str | None:
        """The actor right after the verb in "..., said Smith"."""
        if c == 0 or tokens[c - 1].text not in {",", *_CLOSE}:
            return None
        if c + 1 < len(tokens):
            k = c + 1
            if (
                tokens[k].text.lower() == "the"
                and k + 2 < len(tokens)
                and self._is_title(tokens[k + 1].text)
                and self._starting_at(tokens[k].start) is None
            ):
                k += 1  # "said the Rev. Peter Wherry": the title, then the name
            while k + 1 < len(tokens) and self._is_title(tokens[k].text):
                k += 1
            if tokens[k].text.lower() in ("the", "a", "an", "one", "another") and k + 1 < len(tokens):
                hit = self._starting_at(tokens[k].start) or self._starting_at(tokens[k + 1].start)
            else:
                hit = self._starting_at(tokens[k].start)
            if hit is not None:
                return hit[1]
            first = k + 1 if tokens[k].text.lower() == "the" else k
            for m in range(first, min(first + 6, len(tokens))):  # "said European Council President Donald Tusk"
                word = tokens[m].text
                if not (word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()):
                    break
                hit = self._starting_at(tokens[m].start)
                if hit is not None:
                    return hit[1] if self.kinds[hit[1]].kind is ActorKind.PERSON else None
            return self._document_after(tokens, k)
        return None

    def _document_after(self, tokens: list[Token], k: int) -> str | None:
        """A document speaking after the verb: '"...," said the ruling.', 'read the letter,'.

        The phrase is a determiner, at most three lower-case words and a document noun,
        closing the clause.
        """
        n = len(tokens)
        if tokens[k].text.lower() not in ("the", "a", "an"):
            return None
        h = k + 1
        while h < n and h - k <= 4 and tokens[h].text.islower() and tokens[h].text.isalpha():
            if tokens[h].text in DOCUMENT_NOUNS and (h + 1 >= n or tokens[h + 1].text in (".", ",", ";")):
                return self._new_speaker(tokens[k].start, tokens[h].end, tokens[h].text)
            h += 1
        return None

    def _first_actor(self, tokens: list[Token], c: int) -> str | None:
        """The first actor named in the sentence before token ``c`` (outside quotations)."""
        for tok in tokens[:c]:
            hit = self._starting_at(tok.start)
            if (
                hit is not None
                and self._quote_at(tok.start) is None
                and self.kinds[hit[1]].kind is not ActorKind.LOCATION
            ):
                return hit[1]
        return None

    def _opening_actor(self, tokens: list[Token], c: int) -> str | None:
        """The actor opening the sentence's main clause, if one does, before token ``c``.

        The clause opens the sentence, or follows the comma after a fronted phrase ("On
        Monday, ...", "Later, ...").
        """
        p = 0
        first = tokens[0].text.lower()
        if first in _FRONT_PREPOSITIONS or first in _FRAME_OPENERS or first.endswith("ly") or first in self.skip:
            p = next((j + 1 for j in range(min(c, 15)) if tokens[j].text == ","), 0)
        if p >= c:
            return None
        hit = self._actor_at(tokens, p)
        if hit is None or self.kinds[hit[1]].kind is ActorKind.LOCATION or self._quote_at(tokens[p].start):
            return None
        after = p
        while after < c and tokens[after].start < hit[0]:
            after += 1  # the token after the mention
        verb = tokens[after].text if after < c else ""
        if not (verb.isalpha() and verb.islower()) or verb in ("who", "which", "that"):
            return None  # "The party's nominee, Trump", "the candidate who": not the clause's subject
        if any(t.text in (",", ";", ":") for t in tokens[after:c]):
            return None
        for w in range(c - 1, after, -1):
            if tokens[w].text == "who":  # "met the candidate who launched his campaign by declaring"
                head = w - 2 if tokens[w - 1].text == "," else w - 1
                who = self._ending_at(tokens[head].end)
                if who is None or self.kinds[who[1]].kind not in (ActorKind.PERSON, ActorKind.GROUP):
                    return None
                return who[1]
        return hit[1]

    def _first_speaker(self, out: list[_Found]) -> str | None:
        return out[0].speaker if out else None

    def _content(
        self, tokens: list[Token], c: int, base: str, speaker: str, inverted: bool, sentence: Span
    ) -> _Found | None:
        n = len(tokens)
        cue = tokens[c]
        k = c + 1
        if inverted:
            hit = self._starting_at(tokens[k].start) if k < n else None
            if hit is None and k + 1 < n:
                hit = self._starting_at(tokens[k + 1].start)
            after = hit[0] if hit else cue.end
            return self._content_before(tokens, c, speaker, sentence, after)
        # skip time words and adverbs after the verb
        first = k
        while k < n and (self._skip_after(tokens, k) or self.doc_time_covers(tokens[k])):
            if k + 1 < n and tokens[k + 1].text in POSSESSIVES:
                k = first  # "defended this year's lineup"
                break
            k += 1
        if k < n and tokens[k].text not in ("that", ":", ",") and self._quoted_before(tokens, c, speaker):
            # '"...," Kasich told a crowd in Berea': whatever follows, the quotation is the content
            found = self._content_before(tokens, c, speaker, sentence, cue.end)
            if found is not None and base in self.lex.addressee_cues:
                told = self._actor_at(tokens, k)
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
            and tokens[k].text.lower() in _OBJECT_PRONOUNS
            and (k + 1 >= n or tokens[k + 1].text in (".", ",", "!", "?"))
        ):
            return self._content_before(tokens, c, speaker, sentence, cue.end)  # '"...," he told me.'
        if k + 1 >= n and k < n and tokens[k].text == ":":
            return self._next_paragraph(speaker, cue, sentence)  # 'Limbaugh added:' + a paragraph
        if k + 1 < n and (tokens[k].text == ":" or (tokens[k].text == "," and tokens[k + 1].text in _OPEN)):
            k += 1  # 'said, "..."' and 'said: ...'
        else:
            told = None
            if k < n and base in self.lex.addressee_cues:
                told = self._actor_at(tokens, k)
            if told is not None:  # '"...," she told reporters.'
                j = k
                while j < n and tokens[j].start < told[0]:
                    j += 1
                while j < n and (tokens[j].text.lower() in self.skip or self.doc_time_covers(tokens[j])):
                    j += 1
                if j + 1 < n and tokens[j].text in (",", ":") and tokens[j + 1].text in _OPEN:
                    # 'told his supporters, "..."': the quotation follows
                    found = _Found(
                        speaker=speaker,
                        cue=cue,
                        content=(tokens[j + 1].start, self._clause_end(tokens, j + 1, base, sentence)),
                        addressee=told[1],
                    )
                    return found if found.content[1] > found.content[0] else None
                if (
                    j >= n
                    or tokens[j].text in (".", "!", "?", ",", ";")
                    or (
                        tokens[j].text.lower() in _PREPOSITIONS
                        and self._break_before_speaker(tokens, c, speaker)
                    )
                ):
                    found = self._content_before(tokens, c, speaker, sentence, cue.end)
                    if found is not None:
                        found.addressee = told[1]
                    return found
            if k + 1 < n and tokens[k].text == "to":  # "said to reporters"
                hit = self._actor_at(tokens, k + 1)
                if hit is not None:
                    addressee = hit[1]
                    while k < n and tokens[k].start < hit[0]:
                        k += 1
                    while k < n and (tokens[k].text.lower() in self.skip or self.doc_time_covers(tokens[k])):
                        k += 1
            if k + 3 < n and tokens[k].text == "," and self._break_before_speaker(tokens, c, speaker):
                before = self._content_before(tokens, c, speaker, sentence, cue.end)
                resumed = tokens[k + 1].text
                if before is not None and (resumed in _BE or resumed in _MODALS or resumed in _CLAUSE_AUXILIARIES):
                    # "The latest test, North Korea said, was its biggest yet": the attribution
                    # splits one clause, whose two parts are the content, the attribution within
                    end = self._clause_end(tokens, k + 1, base, sentence)
                    return _Found(speaker=speaker, cue=cue, content=(before.content[0], end))
                if (
                    before is not None
                    and self._quote_at(before.content[0]) is None
                    and n - k > 2 * sum(1 for t in tokens if t.end <= before.content[1])
                ):
                    k += 1  # "In office, Mr. Obama said, a majority of Americans ..."
                    start = tokens[k].start
                    end = self._clause_end(tokens, k, base, sentence)
                    return _Found(speaker=speaker, cue=cue, content=(start, end)) if end > start else None
            phrase = k < n and tokens[k].text.lower() in _PREPOSITIONS
            if (
                k >= n
                or tokens[k].text in (".", "!", "?", ",", ";", ")")
                or (tokens[k].text in _CLOSE and (k + 1 >= n or tokens[k + 1].text == "."))
                or (phrase and self._break_before_speaker(tokens, c, speaker))
            ):
                found = self._content_before(tokens, c, speaker, sentence, cue.end)
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
        hit = self._starting_at(tokens[k].start) if k < n else None
        if base in self.lex.addressee_cues and hit is not None and self._addressed(tokens, k, hit[0], base):
            addressee = hit[1]
            if base in _TELL:
                while k < n and tokens[k].start < hit[0]:
                    k += 1
                while k + 1 < n and (  # "told AFP on Monday the road was closed"
                    self.doc_time_covers(tokens[k])
                    or (tokens[k].text in ("on", "in", "at") and self.doc_time_covers(tokens[k + 1]))
                ):
                    k += 1
        if k < n and tokens[k].text.lower() in _PREPOSITIONS and base not in self.lex.object_cues:
            # "said during a rally in Michigan that ...": the content starts after "that"
            j = k + 1
            while (
                j < n and j < k + 15 and tokens[j].text not in (",", ";", ".") and tokens[j].text not in _OPEN
            ):
                if tokens[j].text == "that":
                    k = j
                    break
                j += 1
        elif base in _TELL and addressee is None and k < n and tokens[k].text != "that":
            # "told Newsmax that ...", "told his supporters, '...'": an audience that is no
            # known actor, then "that" or a quotation within a few words
            j = k
            while j < n and j < k + 6 and tokens[j].text not in (";", ".", "that") and tokens[j].text not in _OPEN:
                j += 1
            if j < n and (tokens[j].text == "that" or (tokens[j].text in _OPEN and tokens[j - 1].text in (",", ":"))):
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
        end = self._clause_end(tokens, k, base, sentence)
        if end <= start:
            return None
        return _Found(speaker=speaker, cue=cue, content=(start, end), addressee=addressee)

    @staticmethod
    def _phrasal_particle(tokens: list[Token], k: int) -> bool:
        """Whether a particle at ``k`` makes the verb before it one of doing, not saying:
        "called off", "called up", "called into a show", "backed down", "backed out of"
        ("called out Trump" still speaks)."""
        word = tokens[k].text
        if word in _PARTICLES:
            return True
        return word == "out" and k + 1 < len(tokens) and tokens[k + 1].text == "of"

    def _topic_follows(self, tokens: list[Token], c: int) -> bool:
        """Whether the verb of talking at ``c`` is one, followed by what it is about.

        Its present form needs its subject right before it, as "talks" is also a noun:
        "Obama talks about jobs", but not "held talks about a truce".
        """
        prev = tokens[c - 1].text.lower() if c > 0 else ""
        if tokens[c].text.endswith("s") and not (
            prev in _SUBJECT_PRONOUNS or (c > 0 and tokens[c - 1].text[:1].isupper() and prev not in _DETERMINERS)
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
            if word in _TOPIC_PARTICLES or self._skip_after(tokens, j) or self.doc_time_covers(tokens[j]):
                j += 1
            elif word in ("to", "with") and addressee is None and j + 1 < n:
                m = j + 1
                hit = self._actor_at(tokens, m)
                while hit is None and m < min(n - 1, j + 6) and self._title_word(tokens[m].text):
                    m += 1
                    hit = self._actor_at(tokens, m)
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

    def _topic(self, tokens: list[Token], k: int, base: str, speaker: str, cue: Token, sentence: Span) -> _Found | None:
        """What a verb of talking is about, when "about" or "of" follows it at ``k``: "spoke
        about her ties to black churches", "spoke out Tuesday about the shooting", "talked to
        reporters about the deal", "joked about his rival". The phrase after the preposition
        is the content; it ends where the clause or an adjunct of time or medium does.
        """
        j, addressee = self._topic_at(tokens, k)
        if j < 0:
            return None
        start = tokens[j + 1].start
        end = self._clause_end(tokens, j + 1, base, sentence, topic=True)
        if end <= start or any(t.text == "anonymity" for t in tokens[j + 1 :] if t.end <= end):
            return None  # "spoke about the talks only on condition of anonymity": a condition
        return _Found(speaker=speaker, cue=cue, content=(start, end), addressee=addressee)

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
        if word in _OPEN or tokens[k - 1].text == ":" or word.lower() in _QUESTION_WORDS:
            return True
        if word.lower() in _REFLEXIVES or word == "to":
            return False  # "found himself", "agreed to extend the ceasefire": no clause
        if self.kinds[speaker].name.rsplit(None, 1)[-1].lower() in _FINDING_NOUNS:
            return True
        end = self._clause_end(tokens, k, base, sentence)
        previous = ""
        for tok in tokens[k:]:
            if tok.start >= end:
                break
            low = tok.text.lower()
            if low in _FINITE or (low.endswith(("ed", "ing")) and previous not in _DETERMINERS):
                return True  # a verb, not a noun after a determiner ("the building")
            previous = low
        return False

    def _adverb_only(self, found: _Found | None) -> bool:
        """Whether ``found`` holds no more than one sentence adverb ("Still", "However")."""
        if found is None:
            return True
        words = self.text[found.content[0] : found.content[1]].split()
        word = words[0].lower() if len(words) == 1 else ""
        return word in _CONNECTIVES or word in self.skip or word.endswith("ly")

    def _time_only(self, tokens: list[Token], found: _Found | None) -> bool:
        """Whether ``found`` is only a fronted time phrase: "In July, the NAACP called for ..."."""
        if found is None:
            return False
        start, end = found.content
        inside = [t for t in tokens if start <= t.start and t.end <= end]
        return bool(inside) and all(
            self.doc_time_covers(t) or t.text.lower() in _TIME_PREPOSITIONS or t.text.lower() in ("early", "late")
            for t in inside
        )

    def _apposition_head(self, found: _Found | None, speaker: str) -> bool:
        """Whether ``found`` is only the noun the speaker stands in apposition to.

        "Its president, Dana Whitfield, said in a statement that ...": the words before the
        speaker name her; the clause after "that" is the content.
        """
        if found is None or self._quote_at(found.content[0]) is not None:
            return False
        start, end = found.content
        words = self.text[start:end].lower().split()
        if len(words) > 4 or not self.text.startswith(", ", end) or any(w in _FINITE for w in words):
            return False  # "The plan is dead, Jane Doe said ...": a clause, the content
        return any(actor == speaker for _, actor in self.by_start.get(end + 2, ()))

    def _next_paragraph(self, speaker: str, cue: Token, sentence: Span) -> _Found | None:
        """'She added:' closing a paragraph: the content is the whole next paragraph."""
        spans = self.doc.article.paragraph_spans
        index = self.doc.paragraph_of(sentence.start)
        if index + 1 >= len(spans) or self.text[sentence.end : spans[index].end].strip():
            return None
        following = spans[index + 1]
        return _Found(speaker=speaker, cue=cue, content=(following.start, following.end))

    def _skip_after(self, tokens: list[Token], k: int) -> bool:
        """Whether the word at ``k``, after a verb, is a time word or adverb to pass over.

        Auxiliaries open the content ("said is", "thinks this is"); "this", "last" and
        "next" are passed over only before a time noun ("said this week").
        """
        w = tokens[k].text.lower()
        if w not in self.skip or w in _BE or w in ("has", "have", "had"):
            return False
        if w in ("this", "last", "next"):
            return k + 1 < len(tokens) and tokens[k + 1].text.lower() in _TIME_NOUNS
        return True

    def _addressed(self, tokens: list[Token], k: int, end: int, base: str) -> bool:
        """Whether the actor at ``k`` is spoken to: "urged his party to", "told reporters that".

        After "told" an actor is when a clause follows: "told AFP the road was closed".
        """
        j = k
        while j < len(tokens) and tokens[j].start < end:
            j += 1
        if j >= len(tokens) or tokens[j].text in _ADDRESSEE_NEXT or tokens[j].text in _OPEN:
            return True
        word = tokens[j].text
        low = word.lower().replace("\u2019", "'").split("'")[0]  # "he'd"
        return base in _TELL and (  # a clause opens after the audience, not a noun ("a veterans group")
            low in _DETERMINERS or low in _CLAUSE_PRONOUNS or word[:1].isupper() or word[:1].isdigit()
        )

    def _quoted_before(self, tokens: list[Token], c: int, speaker: str) -> bool:
        """Whether a quotation closes right before the speaker ('"...," Smith told CNN').

        Titles and the words that name the title's body may stand between: '"...," IEBC
        chairman Daniel Ragot told a news conference'.
        """
        k = c - 1
        while k >= 0 and k > c - 30:
            k = _before_parenthesis(tokens, k)
            hit = self._ending_at(tokens[k].end)
            if hit is not None and hit[1] == speaker:
                while k >= 0 and tokens[k].start > hit[0]:
                    k -= 1
                k -= 1
                floor = k - 5
                while k >= 0 and k > floor and (
                    self._is_title(tokens[k].text) or tokens[k].text.lower() == "the" or tokens[k].text[:1].isupper()
                ):
                    k -= 1
                if k < 0 or tokens[k].text not in _CLOSE:
                    return False
                quote = self._quote_at(tokens[k].start)
                return quote is not None and quote[1] == tokens[k].end
            k -= 1
        return False

    def _is_title(self, word: str) -> bool:
        """Whether a word is a title ("Rep.", "President", "spokesman")."""
        return word.lower().rstrip(".") in self.lex.titles

    def _title_word(self, word: str) -> bool:
        """Whether a word may stand in a title before a name: "the", "panel", "Chairman", "Rep."."""
        low = word.lower().rstrip(".")
        if low in self.lex.titles or word[:1].isupper():
            return word[:1].isalpha()
        return word.isalpha() and word.islower() and low not in self.cues and low not in _CLAUSE_OPENERS

    def _title_run(self, tokens: list[Token], k: int) -> tuple[int, bool]:
        """Walk back from ``k`` over at most five words of a title before a name.

        Returns the index before the run and whether the run holds a lower-case word that
        is no title ("chief executive Pieter Venter" holds none; "yet Smith" does).
        """
        floor = k - 5  # titles and their modifiers: "Italian Prime Minister", "panel Chairman"
        lower = False
        while k >= 0 and k > floor and self._title_word(tokens[k].text):
            word = tokens[k].text
            lower = lower or (word.islower() and word not in ("the", "a", "an") and not self._is_title(word))
            k -= 1
        return k, lower

    def _break_before_speaker(self, tokens: list[Token], c: int, speaker: str) -> bool:
        """Whether a comma or a closing quote stands before the speaker ('"...," Smith said')."""
        k = c - 1
        while k >= 0:
            k = _before_parenthesis(tokens, k)  # "the Haitian National Police (PNH) said"
            hit = self._ending_at(tokens[k].end)
            if hit is not None and hit[1] == speaker:
                while k >= 0 and tokens[k].start > hit[0]:
                    k -= 1
                k -= 1
                k, lower = self._title_run(tokens, k)
                # a lower-case word there ("panel", but also "yet") only after a quotation
                return k >= 0 and ((tokens[k].text == "," and not lower) or tokens[k].text in _CLOSE)
            k -= 1
        return False

    def _clause_end(self, tokens: list[Token], k: int, base: str, sentence: Span, topic: bool = False) -> int:
        """Where the content starting at token ``k`` ends: before a later attribution or the end.

        The object of a speech act, and a topic (``topic``), end before a comma or an adjunct.
        """
        n = len(tokens)
        end = sentence.end
        stop_object = topic or base in self.lex.object_cues
        quote_starts = self.quote_start_set
        j = k
        while j < n:
            tok = tokens[j]
            quote = self._quote_at(tok.start) if tok.start in quote_starts else None
            if quote is not None and quote[0] == tok.start:
                # jump over the quotation
                while j < n and tokens[j].start < quote[1]:
                    j += 1
                if quote[1] > sentence.end:
                    end = quote[1]
                continue
            if (
                tok.text in ("and", "but")
                and j > k
                and tokens[j - 1].text.lower() not in self.modifiers  # "federal and state law"
                and self._coordinated_cue(tokens, j + 1)
            ):
                return tok.start
            if stop_object and j > k and self._adjunct_at(tokens, j):
                m = j - 1  # "declared victory shortly after 2 a.m.": the adverb goes with the adjunct
                while m > k and (tokens[m].text in _DASHES or _adverb(tokens[m].text)):
                    m -= 1
                return tokens[m].end
            if tok.text == "," and j + 1 < n:
                nxt = tokens[j + 1]
                if nxt.text.endswith("ing") and nxt.text in self.cues:
                    return tok.start
                if self._attribution_follows(tokens, j + 1):
                    return tok.start
                if nxt.text in ("according", "According") and j + 2 < n and tokens[j + 2].text == "to":
                    return tok.start  # "sought asylum in Costa Rica, according to the UN": its source
                if nxt.text == "and" and self._coordinated_cue(tokens, j + 2):
                    return tok.start
                if stop_object and j + 1 < n:
                    return tok.start
            j += 1
        while end > sentence.start and self.text[end - 1] in ".!?" and self._quote_at(end - 1) is None:
            end -= 1
        return end

    def _adjunct_at(self, tokens: list[Token], j: int) -> bool:
        """Whether a phrase saying when or through what starts at ``j``, after the object
        of a speech act: "attacked Machado in early-morning tweets", "cited the figure at
        last week's forum", "thanked Trump on Twitter", "supported Democrats during his time".

        "during" and "while" always start one; "in", "on", "at", "after", "before" and
        "since" before a time; "in", "on", "at" and "by" also before a medium noun within
        four words ("tweets", "a statement", "Twitter", "by phone"), so "the troops in
        joint drills" stays one object.
        """
        low = tokens[j].text.lower()
        if low in _ADJUNCT_OPENERS:
            return True
        if j + 1 >= len(tokens):
            return False
        if low in _TIME_PREPOSITIONS and self.doc_time_covers(tokens[j + 1]):
            return True
        if low not in _MEDIUM_PREPOSITIONS:
            return False
        for m in range(j + 1, min(j + 5, len(tokens))):
            word = tokens[m].text
            if word.lower() in self.medium_nouns:
                return True
            if not (word.isalpha() or word in POSSESSIVES or "-" in word):
                return False
        return False

    def _coordinated_cue(self, tokens: list[Token], k: int) -> bool:
        """Whether a second reporting verb of the same subject starts at ``k`` ("and has said")."""
        n = len(tokens)
        j = k
        while j < n and j < k + 4 and (tokens[j].text.lower() in self.skip or tokens[j].text.endswith("ly")):
            j += 1
        return j < n and tokens[j].text in self.cues and not tokens[j].text.endswith("ing")

    def _attribution_follows(self, tokens: list[Token], k: int) -> bool:
        """Whether ``tokens[k:]`` read "<actor> <cue> [time]." (a trailing attribution)."""
        n = len(tokens)
        for j in range(k, min(n, k + 12)):
            if tokens[j].text in self.cues and self._subject(tokens, j) is not None:
                rest = j + 1
                while rest < n and (
                    tokens[rest].text.lower() in self.skip
                    or self.doc_time_covers(tokens[rest])
                    or tokens[rest].text[0].isupper()
                ):
                    rest += 1
                return rest >= n or tokens[rest].text in (".", "!", "?", ",")
            if tokens[j].text in (",", ";", ":") or tokens[j].text in _OPEN:
                return False
        return False

    def _content_before(
        self, tokens: list[Token], c: int, speaker: str, sentence: Span, after: int
    ) -> _Found | None:
        """'"...," she said.': the content is what comes before the speaker."""
        cue = tokens[c]
        # where the attribution starts: the speaker mention before the cue, or the cue
        k = c - 1
        attribution = cue.start
        while k >= 0 and k > c - 45:
            k = _before_parenthesis(tokens, k)  # "the Haitian National Police (PNH) said"
            hit = self._ending_at(tokens[k].end)
            if hit is not None and hit[1] == speaker:
                attribution = hit[0]
                while k >= 0 and tokens[k].start >= attribution:
                    k -= 1
                titled, lower = self._title_run(tokens, k)  # "Italian Prime Minister"
                if titled < k:
                    attribution = tokens[titled + 1].start
                    k = titled
                if k >= 0 and (tokens[k].text not in (",", *_CLOSE) or (lower and tokens[k].text == ",")):
                    attribution = hit[0]  # the capitalised words were the content's own
                break
            if tokens[k].text in _CLOSE:
                break
            k -= 1
        if attribution == cue.start and k >= 0 and tokens[k].text in _CLOSE:
            attribution = tokens[k].end
        end = attribution
        while end > sentence.start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:-\u2014"):
            end -= 1
        start = sentence.start
        quote = self._quote_at(start) or self._quote_at(max(start, end - 1))
        if quote is not None and quote[0] < start:
            start = quote[0]
        if end - start < 3:
            return None
        if not self.text[end:attribution].strip() and self.text[start:end].rsplit(None, 1)[-1] in self.cues:
            return None  # "Two diplomats said the leaders agreed.": no break, the words before report
        if self.text[end - 1] not in _CLOSE and not self._broken_before(start, attribution):
            return None  # "The country's two largest unions accused": no break, no content before
        tail = self.text[max(start, attribution - 30) : attribution].rsplit(",", 1)[-1].lower().split()
        if any(word in _RELATIVES for word in tail):
            return None  # "(TRNC), which only Turkey recognises.": a relative clause, no attribution
        return _Found(speaker=speaker, cue=cue, content=(start, end))

    def _broken_before(self, start: int, attribution: int) -> bool:
        """Whether a mark stands between ``start`` and the attribution at ``attribution``:
        a comma, a semicolon, a colon, a dash or a closing quotation mark ("''" in some
        styles), before which the content ends ("..., regional governor Ihor Sova said",
        "..., Lebanon's Internal Security Forces said")."""
        before = self.text[start:attribution]
        return any(mark in before for mark in _BREAKS) or "''" in before or " - " in before

    def _participle(
        self, tokens: list[Token], c: int, base: str, speaker: str | None, sentence: Span
    ) -> _Found | None:
        """'..., calling it "deeply regrettable"' or '..., saying that ...'."""
        if speaker is None:
            return None
        n = len(tokens)
        k = c + 1
        if k < n and tokens[k].text.lower() in _OBJECT_PRONOUNS and (
            base in self.lex.object_cues
            or (base in self.lex.addressee_cues and k + 1 < n and tokens[k + 1].text == "that")  # "telling them that"
        ):
            k += 1
        if k < n and tokens[k].text == "that":
            k += 1
        if k >= n:
            return None
        start = tokens[k].start
        end = self._clause_end(tokens, k, base, sentence)
        if end <= start:
            return None
        return _Found(speaker=speaker, cue=tokens[c], content=(start, end))

    def _according(self, tokens: list[Token], c: int, sentence: Span) -> _Found | None:
        n = len(tokens)
        if c + 2 >= n:
            return None
        if self._according_end[0] == sentence.start and self._according_end[1] > tokens[c].start:
            return None  # inside the source phrase of the "according to" before it
        k = c + 2
        hit = self._actor_at(tokens, k)
        if hit is None:  # "according to NYPD Commissioner James O'Neill", "a Reuters survey"
            hit = self._source_inside(tokens, k)
        if hit is None:  # "according to the poll": a source that is no actor
            j = self._next_stop(tokens)[k]
            hit = (tokens[j - 1].end if j > k else tokens[k].end, "")
            if k < j <= k + 6 and tokens[j - 1].text.isalpha():  # a short phrase names the source
                head = tokens[j - 1].text.lower()
                for m in range(k + 1, j):  # "a draft seen by AFP": the noun before the participle
                    if tokens[m].text in _SOURCE_PARTICIPLES:
                        head = tokens[m - 1].text.lower()
                        break
                hit = (hit[0], self._new_speaker(tokens[k].start, tokens[j - 1].end, head))
        cue = Token(tokens[c].start, tokens[c + 1].end, self.text[tokens[c].start : tokens[c + 1].end])
        phrase_end = hit[0]
        if c == 0 or (c == 1 and tokens[0].text in ("But", "And")):
            j = k
            while j < n and tokens[j].start < phrase_end:
                j += 1
            while j < n and tokens[j].text != ",":
                j += 1
            if j + 1 >= n:
                return None
            start = tokens[j + 1].start
            end = self._clause_end(tokens, j + 1, "say", sentence)
        else:
            start = sentence.start
            if self._according_end[0] == sentence.start and self._according_end[1] <= tokens[c].start:
                # a second "according to" in the sentence: its content starts after the first one's
                start = self._according_end[1]
                while start < tokens[c].start and (self.text[start].isspace() or self.text[start] in ",;"):
                    start += 1
            end = tokens[c].start
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;"):
                end -= 1
        self._according_end = (sentence.start, phrase_end)
        if end - start < 3:
            return None
        return _Found(speaker=hit[1] or None, cue=cue, content=(start, end))

    def _in_poll(self, tokens: list[Token], c: int, sentence: Span) -> _Found | None:
        """A poll's finding: "In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent."

        "In" opens the sentence, then a determiner, at most five modifiers and a poll noun
        (``_POLL_NOUNS``), at most four words more ("released Monday", "last month") and a
        comma; the clause after the comma is the finding. An organisation or person named
        in the phrase is the speaker, else the phrase itself. After the clause ("a lead in
        the polls") "in" says where as often as who, and makes no statement.
        """
        n = len(tokens)
        if not (c == 0 or (c == 1 and tokens[0].text in ("But", "And"))):
            return None
        if tokens[c + 1].text.lower() not in ("a", "an", "the", "its", "their", "his", "her", "this", "that"):
            return None
        head = next((h for h in range(c + 2, min(c + 8, n)) if tokens[h].text.lower() in _POLL_NOUNS), None)
        stop = self._next_stop(tokens)[c]
        if head is None or stop >= n - 1 or tokens[stop].text != "," or stop - head > 5:
            return None
        if any(t.text.lower() in _NP_STOP or t.text in ("of", "by", "after", "for") for t in tokens[c + 2 : head]):
            return None
        if any(t.text in self.cues for t in tokens[head + 1 : stop]):
            return None  # "In a poll, Pew found ...": the verb after it reads that
        if tokens[stop + 1].text.endswith("ed") and tokens[stop + 1].text.islower():
            stop = self._next_stop(tokens)[stop + 1]  # "In a new poll, conducted March 11-13, ..."
            if stop >= n - 1 or tokens[stop].text != ",":
                return None
        start = tokens[stop + 1].start
        end = self._clause_end(tokens, stop + 1, "say", sentence)
        if sum(1 for t in tokens[stop + 1 :] if t.end <= end and t.text.isalnum()) < 5:
            return None  # "In the polls, anyway": no finding
        inside = self._source_inside(tokens, c + 1)
        speaker = (
            inside[1]
            if inside is not None and inside[0] <= tokens[head].end
            else self._new_speaker(tokens[c + 1].start, tokens[head].end, tokens[head].text.lower())
        )
        return _Found(speaker=speaker, cue=tokens[c], content=(start, end))

    def _source_inside(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """The first person or organisation named inside the source phrase from token ``k``.

        A title before the name ("Virginia AFL-CIO President Doris Crouse-Mays") or a
        document of an organisation ("a new Washington Post-ABC News poll", "a complaint
        filed by the SEC") leaves the name inside the phrase, not at its start. Places and
        countries are no source: "a poll of Florida voters" is the poll's.
        """
        stop = self._next_stop(tokens)[k]
        for m in range(k, stop):
            for end, actor_id in sorted(self.by_start.get(tokens[m].start, ()), reverse=True):
                if self.kinds[actor_id].kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
                    return end, actor_id
        return None

    def _channels(self, found: list[_Found]) -> list[_Found]:
        """ "X urged ..., state media said": the media's words are the channel, not a statement."""
        if len(found) < 2:
            return found
        out: list[_Found] = []
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

    def _emit(self, found: _Found, sentence: Span) -> None:
        start, end = found.content
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        content = text[start:end]
        if len(content) < 2 or not any(ch.isalnum() for ch in content):
            return
        bare = content.strip(_QUOTE_TRIM)
        if bare.startswith("(") and bare.endswith(")") and ")" not in bare[:-1]:
            return  # '"(CROSSTALK.)"', "(Laughter)": a transcript's note, nobody's words
        quote = Quote.DIRECT if found.direct else self._kind(start, end)
        speaker = found.speaker if found.speaker in self.kinds else None
        self.doc.statements.append(
            Statement(
                id=self.doc.new_id("s"),
                speaker=speaker,
                cue=found.cue.text,
                content=content,
                quote=quote,
                span=Span(start=start, end=end),
                cue_span=Span(start=found.cue.start, end=found.cue.end) if found.cue.start >= 0 else None,
                channel=found.channel if found.channel in self.kinds else None,
                addressee=found.addressee if found.addressee in self.kinds else None,
                time=self.doc.time_within(min(sentence.start, start), max(sentence.end, end)),
            )
        )

    def _kind(self, start: int, end: int) -> Quote:
        first = self._quote_at(start)
        stripped_end = end
        while stripped_end > start and self.text[stripped_end - 1] in ".,;:!?":
            stripped_end -= 1
        if first is not None and first[0] == start and first[1] >= stripped_end:
            return Quote.DIRECT
        i = bisect.bisect_left(self.quote_starts, start)
        if i < len(self.quotes) and self.quotes[i][0] < end:
            return Quote.MIXED
        if first is not None:
            return Quote.MIXED
        return Quote.INDIRECT


def _nested(
    found: list[_Found], text: str, starting_at: Callable[[int], tuple[int, str] | None]
) -> set[int]:
    """The ``id`` of each statement whose cue opens the content of another statement.

    "Smith said he believes the vote was fair" is one statement, "said"'s, whose content
    is "he believes the vote was fair": "believes" is part of what was said, not a second
    statement, and so is "warned" in "Two diplomats said Russia warned that ...", which
    the diplomats report. The cue must come within the content's first three words, after
    its subject ("he", "she finally", "Russia", "the union"), or within two words of the
    inner speaker's mention when that mention opens the content ("More than 200,000
    Nicaraguans have sought asylum ..., according to the UN": ``starting_at`` gives the
    end and actor of the mention starting at an offset).
    """
    by_start = sorted((f.content[0], k) for k, f in enumerate(found) if f.speaker is not None)
    starts = [start for start, _ in by_start]
    out: set[int] = set()
    for inner in found:
        cue = inner.cue.start
        if cue < 0:
            continue
        k = bisect.bisect_right(starts, cue) - 1
        while k >= 0 and cue - starts[k] <= _NESTED_REACH:
            outer = found[by_start[k][1]]
            if (
                outer is not inner
                and inner.content[1] <= outer.content[1] + 1
                and (
                    len(text[outer.content[0] : cue].split()) <= 3
                    or _opens_with(starting_at(outer.content[0]), inner.speaker, text, cue)
                )
            ):
                out.add(id(inner))
                break
            k -= 1
    return out


def _opens_with(mention: tuple[int, str] | None, speaker: str | None, text: str, cue: int) -> bool:
    """Whether ``mention`` (end, actor) is ``speaker``'s and ends at most two words before ``cue``."""
    return (
        mention is not None and mention[1] == speaker and mention[0] <= cue and len(text[mention[0] : cue].split()) <= 2
    )


# the furthest a nested cue starts from the start of the content that holds it (a long
# subject: "More than 200,000 Nicaraguans have sought")
_NESTED_REACH = 120


def _plural_subject(word: str) -> bool:
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


def _lower_verb(token: Token, cues: dict[str, str]) -> Token:
    """``token`` with a capitalised inflected reporting verb in lower case ("Says" -> "says")."""
    low = token.text.lower()
    if token.text != low and low in cues and cues[low] != low:
        return Token(token.start, token.end, low)
    return token


def _modifier_word(word: str) -> bool:
    """A capitalised word or a joining mark inside a name used as a modifier ("Reuters/Ipsos")."""
    if word in ("/", "&", "-"):
        return True
    return word.isalpha() and (word.istitle() or word.isupper()) and word.lower() not in ("the", "a", "an")
