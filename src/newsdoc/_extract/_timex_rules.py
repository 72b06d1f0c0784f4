"""The time-expression grammar: word lists from ``time_words.tsv`` and the rule regexes.

Each rule is a named alternative ``(?P<rule_name>...)`` of one combined pattern; the
scanner compiles, per first word, the alternation of the rules that can start with it
(:func:`pattern_for`). Alternatives are tried in order, so longer, more specific rules
come first. Word lists are compiled as character tries, and no alternative nests an
unbounded quantifier inside another, which keeps every match linear in the length of the
text.

This module also holds the calendar arithmetic the normalizer needs.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

import attrs

from newsdoc._lexicon import load_table

__all__ = [
    "Grammar",
    "Lexicon",
    "add_months",
    "grammar",
    "iso_week",
    "lexicon",
    "pattern",
    "pattern_for",
    "quarter_of",
    "weekend",
]


@attrs.frozen(kw_only=True)
class Lexicon:
    """The time words by kind, keys lower-cased (``{"january": "1", "jan.": "1", ...}``)."""

    by_kind: dict[str, dict[str, str]]

    def get(self, kind: str, word: str) -> str | None:
        """The value of ``word`` (any case, inner spaces collapsed) as a ``kind``, or ``None``."""
        return self.by_kind.get(kind, {}).get(" ".join(word.lower().split()))

    def words(self, kind: str) -> list[str]:
        """The words of a kind, longest first (so a regex alternation prefers them)."""
        return sorted(self.by_kind.get(kind, {}), key=lambda w: (-len(w), w))


@cache
def lexicon() -> Lexicon:
    """The time words shipped in ``newsdoc/data/time_words.tsv``."""
    by_kind: dict[str, dict[str, str]] = {}
    for row in load_table("time_words.tsv"):
        by_kind.setdefault(row["kind"], {})[" ".join(row["word"].lower().split())] = row["value"]
    return Lexicon(by_kind=by_kind)


def _alt(words: list[str]) -> str:
    """A regex for any of these literal words or phrases, as a character trie.

    A trie fails after one character comparison where a flat alternation would try every
    word, which keeps the scan fast. A word ending in a letter or digit must end there.
    """
    root: dict[str, dict[str, Any]] = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie(root) + ")"


def _trie(node: dict[str, dict[str, Any]]) -> str:
    alts = []
    for ch, child in sorted(node.items()):
        if ch == "":
            continue
        piece = r"\s+" if ch == " " else re.escape(ch)
        alts.append(piece + _trie(child))
    ends = "" in node
    if not alts:
        return f"(?:{_END})"
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if ends:
        return f"(?:{body}|{_END})"
    return body


# where a word of a word list may end: after a period ("Sept."), else at a word boundary
_END = r"(?<=\.)|\b"


def _rules(lex: Lexicon) -> list[tuple[str, str]]:
    month = _alt(lex.words("month"))
    weekday = _alt(lex.words("weekday"))
    units = (
        r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
        r"|centur(?:y|ies)|millenni(?:um|a))\b"
    )
    tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    ones = "(?:one|two|three|four|five|six|seven|eight|nine)"
    numwords = _alt([w for w in lex.words("number") if not w.startswith(("twenty", "thirty"))])
    num = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{tens}[- ]{ones}\b|{numwords})"
    ordinal = _alt(lex.words("ordinal"))
    pod = _alt(lex.words("part_of_day"))
    season = _alt(lex.words("season"))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![,.]\d)"
    year = r"(?:1[0-9]{3}|20[0-9]{2})\b(?![,.]\d)"
    refs = _alt(lex.words("past_ref") + lex.words("present_ref") + lex.words("future_ref"))
    holiday = _alt(lex.words("holiday") + lex.words("holiday_nth") + lex.words("holiday_easter"))
    set_adv = _alt(lex.words("set_adverb"))
    spoken = (
        rf"(?:(?:nineteen|twenty)[- ](?:{tens}(?:[- ]{ones})?|ten|eleven|twelve|thirteen|fourteen|fifteen"
        rf"|sixteen|seventeen|eighteen|nineteen)\b|two\s+thousand(?:\s+and\s+(?:{ones}|ten|eleven|twelve))?\b)"
    )
    mod = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
    rel = r"(?:last|next|this|past|coming|previous|following|current)"
    return [
        ("iso_date", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-])"),
        ("slash_date", r"(?<![\d/.])(?P<sl_m>[01]?\d)/(?P<sl_d>[0-3]?\d)/(?P<sl_y>\d{4}|\d{2})(?![\d/])"),
        (
            "clock",
            rf"(?P<ck_h>[01]?\d)(?::(?P<ck_min>[0-5]\d))?\s*(?P<ck_ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
            rf"(?:\s+(?P<ck_tz>[A-Z][A-Z]?[SD]?T)\b)?"
            rf"(?:,?\s+(?:on\s+)?(?P<ck_day>{weekday}|today\b|yesterday\b|tomorrow\b|tonight\b))?",
        ),
        (
            "noon",
            rf"(?P<nn>noon|midnight)\b(?:,?\s+(?:on\s+)?(?P<nn_day>{weekday}|today\b|yesterday\b|tomorrow\b))?",
        ),
        (
            "week_of",
            rf"the\s+week\s+of\s+(?P<wo_m>{month})\s*(?P<wo_d>{day})(?:,?\s*(?P<wo_y>{year}))?",
        ),
        (
            "month_day",
            rf"(?:(?P<md_rel>last|next|this)\s+)?(?:(?P<md_wd>{weekday}),?\s+)?(?P<md_m>{month})\s*(?P<md_d>{day})"
            rf"(?:\s*(?:-|–|to|and|through)\s*(?P<md_d2>{day}))?(?:,?\s*(?P<md_y>{year}))?",
        ),
        (
            "day_month",
            rf"(?<![\d,.])(?P<dm_d>{day})\s+(?:of\s+)?(?P<dm_m>{month})(?:,?\s*(?P<dm_y>{year}))?",
        ),
        (
            "month_year",
            rf"(?:(?P<my_mod>{mod})[- ]\s*)?(?P<my_m>{month})(?:\s+of)?,?\s+(?:(?P<my_y>{year})|(?P<my_sy>{spoken}))",
        ),
        (
            "month",
            rf"(?:(?P<mo_rel>{rel}|{mod})[- ]\s*)?(?P<mo_m>{month})(?![.\s]*\d)"
            rf"(?:\s+(?:of\s+)?(?P<mo_rel2>this|last|next)\s+year\b)?",
        ),
        (
            "weekday",
            rf"(?:(?P<wd_rel>last|next|this|past|coming|early|late|earlier|later|previous|preceding|following)\s+)?"
            rf"(?P<wd>{weekday})"
            rf"(?:'s)?(?:\s+(?P<wd_pod>{pod}))?",
        ),
        (
            "decade",
            r"(?:the\s+)?(?:(?P<dc_mod>early|mid|late)[- ]\s*)?"
            r"(?:(?P<dc>1\d\d|20\d)0s\b|['’](?P<dc2>\d)0s\b|(?P<dc3>[5-9])0s\b)",
        ),
        ("century", rf"(?:the\s+)?(?P<ce_n>\d{{1,2}}(?:st|nd|rd|th)|{ordinal})[- ]century\b"),
        (
            "quarter",
            rf"(?:(?P<q_pre>(?:this|last|next)\s+year's|the|this|its|their)\s+)?"
            rf"(?:(?P<q_y0>{year})\s+)?(?:(?P<q_ago>year-ago|year-earlier)\s+)?"
            rf"(?:fiscal[- ](?:(?P<q_fy>{year})\s+)?)?"
            rf"(?P<q_ord>{ordinal}|latest|current|previous|past|year-ago|year-earlier|same|recent)"
            rf"(?:[- ](?P<q_n>two|three))?[- ](?:fiscal[- ])?(?P<q_unit>quarter|half|period)(?:s\b)?"
            rf"(?:\s+(?:of\s+)?(?:(?P<q_y>{year})|(?P<q_yrel>this|last|next)\s+year))?",
        ),
        ("quarter_year", rf"(?P<qy_q>Q[1-4])(?:\s+(?P<qy_y>{year}))?\b"),
        (
            "the_quarter",
            r"(?:(?P<tq_rel>this|last|next)\s+year['’]s|the(?:\s+(?P<tq_adj>corresponding|comparable))?)"
            r"\s+(?P<tq>quarter|period)\b(?:\s+(?P<tq_ago>a\s+year\s+(?:ago|earlier)|last\s+year)\b)?",
        ),
        ("year_period", rf"the\s+(?P<yp_y>{year})\s+(?:fiscal\s+)?(?:quarter|period)\b"),
        ("fiscal_year", rf"(?:fiscal|FY)\s+(?P<fy>{year})"),
        (
            "anaphoric",
            r"(?:(?P<an_mod>earlier|later|early|late)\s+)?(?P<an_det>that(?:\s+same)?|the\s+same|the\s+following"
            r"|the\s+previous|the\s+preceding|the\s+next(?=\s+(?:day|morning|afternoon|evening|night)\b))"
            r"\s+(?P<an_u>day|week|month|quarter|year|morning|afternoon|evening|night)\b"
            r"(?:\s+(?P<an_back>last\s+year|a\s+year\s+(?:earlier|ago|before))\b)?",
        ),
        (
            "ago",
            rf"(?P<ag_n>{num})[- ](?P<ag_u>{units})\s+"
            r"(?P<ag_dir>ago|earlier|before|later|after|from\s+now|hence|back)\b",
        ),
        (
            "relative",
            rf"(?:(?P<rl_mod>early|earlier|later|late|mid|{mod})[- ]\s*)?"
            rf"(?P<rl_rel>(?:the\s+)?(?:last|next|past|coming|previous|following|current)|this|the\s+full"
            rf"|the\s+fiscal|the\s+calendar|the\s+same)\s+(?:(?:fiscal|calendar)\s+)?"
            rf"(?P<rl_u>week|weekend|month|year|decade|century|quarter|{season})\b(?:'s)?",
        ),
        (
            "end_of",
            r"(?P<eo_mod>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+rest|the\s+remainder)"
            r"\s+of\s+the\s+(?P<eo_u>year|month|week|decade)\b",
        ),
        ("year_end", r"(?P<ye>year|month|week)(?:[- ]|['’]s\s+)end\b"),
        ("then", r"(?:by|until|till|before)\s+(?P<th>then|that\s+time)\b"),
        (
            "in_the_unit",
            r"(?P<iu_mod>earlier|later)\s+(?:in|this)\s+the\s+(?P<iu_u>year|month|week|day)\b",
        ),
        ("the_weekend", r"the\s+weekend\b"),
        (
            "spoken_year",
            rf"(?:the\s+year\s+)?(?:(?P<sy_c>nineteen|twenty)[- ]"
            rf"(?P<sy_y>{tens}(?:[- ]{ones})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            r"|seventeen|eighteen|nineteen)\b|two\s+thousand"
            rf"(?:\s+and\s+(?P<sy_k>{ones}|ten|eleven|twelve))?\b)",
        ),
        ("the_year", r"the\s+year\b(?!\s*\d|\s+(?:before|after|earlier|ago|to\b))"),
        (
            "spoken_decade",
            r"the\s+(?:(?P<sd_mod>early|mid|late)[- ]\s*)?(?:(?P<sd_c>nineteen|eighteen)[- ])?"
            r"(?P<sd>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        ),
        ("year_ago", r"(?P<ya>year-ago|year-earlier)\b"),
        (
            "season",
            rf"(?:(?P<se_rel>{rel}|early|late|mid)[- ]\s*)?(?P<se>{season})"
            rf"(?:\s+(?:of\s+)?(?:(?P<se_y>{year})|(?P<se_sy>{spoken})))?",
        ),
        (
            "year",
            rf"(?:(?P<y_mod>{mod}|fiscal|pre|post)[- ]\s*)?(?<![\d$£€.,#])(?P<y>{year})(?!\s*(?:%|percent))",
        ),
        (
            "deictic",
            rf"(?:(?P<dx_mod>early|late|earlier|later)\s+)?(?P<dx>the\s+day\s+before\s+yesterday|the\s+day\s+after"
            rf"\s+tomorrow|today|tonight|yesterday|tomorrow)(?:'s)?(?:\s+(?P<dx_pod>{pod}))?",
        ),
        ("part_of_day", rf"(?P<pd_rel>this|last|tomorrow|yesterday)\s+(?P<pd>{pod})"),
        (
            "set",
            rf"(?:{set_adv}|(?:every|each)\s+(?:(?P<st_n>other|{num})\s+)?(?P<st_u>{units}|{weekday}|{month}|{season}|{pod}))",
        ),
        ("per_unit", r"(?P<pu_a>a|an|per)\s+(?P<pu_u>year|month|week|day)\b"),
        (
            "duration",
            rf"(?:(?P<du_pre>the\s+(?:past|last|next|coming|first|previous|following|final|remaining|latest)"
            rf"|the|past|last|next|another|over\s+the\s+(?:past|last|next))\s+)?"
            rf"(?P<du_n>{num})[- ](?P<du_u>{units})(?P<du_adj>-long|-old)?",
        ),
        ("holiday", rf"(?:(?P<ho_rel>last|next|this)\s+)?(?P<ho>{holiday})"),
        ("ref", rf"{refs}(?!\s+(?:[a-z0-9]+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|centur))"),
    ]


# What each rule's first word can be: words, "@kind" for a lexicon kind's first words,
# "#" for a number in digits, "'" for an apostrophe ("'90s").
_MODS = "early mid late the"
_RELS = "last next this past coming previous following current"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_STARTERS: dict[str, str] = {
    "iso_date": "#",
    "slash_date": "#",
    "clock": "#",
    "noon": "noon midnight",
    "week_of": "the",
    "month_day": "last next this @weekday @month",
    "day_month": "#",
    "month_year": f"{_MODS} @month",
    "month": f"{_MODS} {_RELS} @month",
    "weekday": "last next this past coming early late earlier later previous preceding following @weekday",
    "decade": "the early mid late # '",
    "century": "the # @ordinal",
    "quarter": "this last next the its their # year fiscal latest current previous past same recent @ordinal",
    "quarter_year": "q1 q2 q3 q4",
    "the_quarter": "the this last next",
    "year_period": "the",
    "fiscal_year": "fiscal fy",
    "anaphoric": "earlier later early late that the",
    "ago": f"# @number {_TENS}",
    "relative": f"early earlier later late mid the {_RELS}",
    "end_of": "the",
    "year_end": "year month week",
    "in_the_unit": "earlier later",
    "then": "by until till before",
    "the_weekend": "the",
    "the_year": "the",
    "spoken_year": "the nineteen twenty two",
    "spoken_decade": "the",
    "year_ago": "year",
    "season": f"{_RELS} early late mid @season",
    "year": f"{_MODS} fiscal pre post #",
    "deictic": "early late earlier later the today tonight yesterday tomorrow",
    "part_of_day": "this last tomorrow yesterday",
    "set": "every each @set_adverb",
    "per_unit": "a an per",
    "duration": f"the past last next another over # @number {_TENS}",
    "holiday": "last next this @holiday @holiday_nth @holiday_easter",
    "ref": "@past_ref @present_ref @future_ref",
}
# words that open expressions only before a more telling word ("last week", "the third
# quarter"), so the scanner need not look for them: it finds them walking back from it
_OPENERS_ONLY = frozenset(
    [
        *("the", "a", "an", "in", "at", "its", "their", "this", "that", "over", "another", "some", "preceding"),
        *("last", "next", "first", "second", "third", "fourth", "early", "late", "mid", "pre", "post"),
        *("by", "until", "till", "before"),
    ]
)
# telling words inside expressions that start with a function word
_INNER_WORDS = (
    "half halves weekend year years month months week weeks day days "
    "decade decades century centuries quarter quarters period periods hour hours minute minutes "
    "fortnight fortnights term present moment annum twenties thirties forties fifties sixties "
    "seventies eighties nineties morning mornings afternoon afternoons evening evenings night nights "
    "overnight then time"
)


# the word-list kinds whose phrases the scanner may find from their second word
_PHRASE_KINDS = ("holiday", "holiday_nth", "holiday_easter", "past_ref", "present_ref", "future_ref")


def _walked_back(lex: Lexicon, starters: dict[str, set[str]], triggers: set[str]) -> set[str]:
    """First words of phrases that the scanner finds walking back from the phrase's second word.

    "Good" in "Good Friday", "election" in "Election Day", "then" in "the then-current": when
    every phrase a first word opens goes on with a telling word, and the word opens no other
    rule, the scanner need not look for it (a common word: "good", "new", "then").
    """
    seconds: dict[str, list[str | None]] = {}
    inside: set[str] = set()  # words that tell a phrase they do not open ("future" in "the future")
    for kind in _PHRASE_KINDS:
        for phrase in lex.words(kind):
            words = phrase.lower().replace("-", " ").split()
            second = _first_token(words[1]) if len(words) > 1 and not words[0].endswith(("'", "’")) else None
            seconds.setdefault(_first_token(phrase), []).append(second)
            inside.update(_first_token(w) for w in words[1:])
    return {
        first
        for first, following in seconds.items()
        if first in triggers
        and first not in inside
        and starters.get(first, set()) <= {"holiday", "ref"}
        and all(second is not None and second != first and second in triggers for second in following)
    }


def _words_of(spec: str, lex: Lexicon) -> set[str]:
    out: set[str] = set()
    for item in spec.split():
        if item.startswith("@"):
            out.update(_first_token(w) for w in lex.words(item[1:]))
        else:
            out.add(item)
    return out


def _first_token(phrase: str) -> str:
    """The first word of a phrase as the scanner sees it (no punctuation, no "'s")."""
    token = phrase.lower().replace("-", " ").replace("'", " ").replace("’", " ").split()[0]
    return token.strip(_PUNCTUATION)


_PUNCTUATION = ".,;:!?\"()[]{}“”‘’'"


@attrs.frozen(kw_only=True)
class Grammar:
    """The compiled grammar: which rules each first word can start, and their patterns."""

    rules: tuple[tuple[str, str], ...]
    starters: dict[str, frozenset[str]]  # first word -> names of the rules it can start
    triggers: frozenset[str]  # words whose presence makes the scanner look around them


@cache
def pattern_for(names: frozenset[str]) -> re.Pattern[str]:
    """The combined regex of the named rules, in grammar order; ``m.lastgroup`` names the rule."""
    body = "|".join(f"(?P<{name}>{rx})" for name, rx in grammar().rules if name in names)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w’-]|'\w\w)", re.IGNORECASE)


@cache
def grammar() -> Grammar:
    """The time-expression grammar built from ``time_words.tsv``."""
    lex = lexicon()
    rules = tuple(_rules(lex))
    starters: dict[str, set[str]] = {}
    for name, _rx in rules:
        for word in _words_of(_STARTERS[name], lex):
            starters.setdefault(word, set()).add(name)
    inner = set(_INNER_WORDS.split())
    triggers = (set(starters) - _OPENERS_ONLY - {"#", "'"}) | inner
    triggers -= _walked_back(lex, starters, triggers) - inner
    return Grammar(
        rules=rules,
        starters={w: frozenset(n) for w, n in starters.items()},
        triggers=frozenset(triggers),
    )


@cache
def pattern() -> re.Pattern[str]:
    """All rules as one case-insensitive regex (the reference the fast scanner must agree with)."""
    return pattern_for(frozenset(name for name, _rx in grammar().rules))


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    """The TIMEX3 week value of a day, by ISO 8601 weeks: ``2023-W52``."""
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekend(day: dt.date) -> str:
    """The TIMEX3 value of the weekend of the ISO week holding ``day``: ``2023-W52-WE``."""
    return iso_week(day) + "-WE"


def quarter_of(day: dt.date) -> tuple[int, int]:
    """``(year, quarter)`` of a day."""
    return day.year, (day.month - 1) // 3 + 1
