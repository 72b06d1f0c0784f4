"""Event trigger lexicons: words and phrases that name events, with the event type of each.

A lexicon is a tab-separated table (``trigger pos kind mode requires note``). Verbs are
written as lemmas and nouns in the singular; every inflection is generated here, so the
matcher finds "warned", "warns" and "warning" from the single row ``warn``. The table
newsdoc ships maps triggers to PLOVER categories; :meth:`EventLexicon.from_tsv` loads any
other taxonomy written with the same columns.

All forms are compiled into one regular expression shaped as a trie (every branch point
has distinct next characters), tried only where a word of the text can begin a form: the
text is cut into words once, at C speed, and the places of the words that begin a form
are found in one forward pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from itertools import compress
from pathlib import Path

import attrs

from newsdoc._errors import ParseError, ReadError
from newsdoc._extract._text import translate
from newsdoc._lexicon import data_text, load_list, load_set, load_table

__all__ = ["EventLexicon", "TriggerEntry", "inflect_noun", "inflect_verb"]

COLUMNS = ("trigger", "pos", "kind", "mode", "requires", "note")
POS = frozenset({"verb", "noun", "fixed"})
#: The kind of a row that names no event: a phrase holding a trigger, such as "news
#: conference", whose longer match keeps the trigger in it from being read.
NO_EVENT = "-"
REQUIREMENTS = frozenset(
    {"", "asset", "captive", "restriction", "aimed", "aid", "envoy", "fire", "labour", "agent", "economy",
     "legislation", "road", "court", "ruling", "evacuee", "border", "crowd", "riot", "operations", "charge"}
)

_VOWELS = "aeiou"
_SIBILANT = ("s", "x", "z", "ch", "sh")


@attrs.frozen(kw_only=True)
class TriggerEntry:
    """One row of a trigger lexicon.

    Attributes:
        trigger: The lemma or phrase as the table writes it.
        pos: ``verb``, ``noun`` or ``fixed``.
        kind: The event type it names; ``-`` for a phrase that names no event though
            it holds a trigger ("news conference").
        mode: A finer mode, or ``None``.
        requires: ``"asset"`` when it names an event only next to a military asset,
            ``"captive"`` only next to a person or captive, ``"restriction"`` only next
            to a restriction ("eased sanctions"), ``"aimed"`` only when a preposition
            names what it was aimed at ("fired missiles at Kyiv"), ``"aid"`` only next to
            aid, goods or money ("pledged 1.5 million euros"), ``"envoy"`` only next to a
            diplomat ("summoned the ambassador"), ``"fire"`` only next to gunfire or
            strikes ("exchanged heavy fire"), ``"labour"`` only near a word of labour
            disputes ("workers would strike"), ``"agent"`` only when an agent is found
            ("police wounded three protesters", not "47 people were injured"),
            ``"economy"`` only next to a rate, price or tax ("raised its benchmark interest
            rate"), ``"legislation"`` only next to a bill, law or veto ("passed the bill"),
            ``"road"`` only when a road, bridge or entrance follows ("blocked the main
            road"), ``"court"`` only next to a court or judge ("the Supreme Court ruled"),
            ``"ruling"`` only next to a court, judge or ruling, or with nothing after it,
            and never before "for" ("would appeal the verdict", not "appealed for calm"),
            ``"evacuee"`` only next to people or places evacuated ("evacuated 14
            villages"), ``"border"`` only when a border, crossing or mission follows
            ("closed its land border"), ``"crowd"`` only after a crowd ("hundreds of
            supporters gathered"), ``"riot"`` only when something rioters throw or burn
            follows ("threw stones at police", "burned tyres"), ``"operations"`` only
            near what the actor runs itself ("suspended its mobile clinics"), else ``""``.
    """

    trigger: str
    pos: str
    kind: str
    mode: str | None = None
    requires: str = ""


@cache
def _irregular() -> dict[str, tuple[str, str, str]]:
    return {
        row["lemma"]: (row["past"], row["participle"], row["ing"])
        for row in load_table("irregular_verbs.tsv")
    }


def _doubles(word: str) -> bool:
    """Whether a one-syllable verb doubles its last consonant (ban -> banned)."""
    if len(word) < 3 or word[-1] in "wxy" + _VOWELS or word[-2] not in _VOWELS or word[-3] in _VOWELS:
        return False
    return sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS)) == 1


def inflect_verb(lemma: str) -> tuple[str, ...]:
    """Every form of a one-word verb: lemma, third person, past, participle, -ing.

    Args:
        lemma: The verb's base form, lower case ("warn", "test-fire", "meet").

    Returns:
        The distinct forms, lemma first.
    """
    past, participle, ing = _irregular().get(lemma, ("", "", ""))
    if lemma.endswith(_SIBILANT):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        regular_past = lemma + "d"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        regular_past = lemma[:-1] + "ied"
    elif _doubles(lemma):
        regular_past = lemma + lemma[-1] + "ed"
    else:
        regular_past = lemma + "ed"
    if not ing:
        if lemma.endswith("ie"):
            ing = lemma[:-2] + "ying"
        elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
            ing = lemma[:-1] + "ing"
        elif _doubles(lemma):
            ing = lemma + lemma[-1] + "ing"
        else:
            ing = lemma + "ing"
    forms = (lemma, third, past or regular_past, participle or regular_past, ing)
    return tuple(dict.fromkeys(forms))


def inflect_noun(noun: str) -> tuple[str, ...]:
    """A one-word noun and its plural ("talk" -> "talks", "ally" -> "allies")."""
    if noun.endswith("sis"):
        plural = noun[:-2] + "es"
    elif noun.endswith(_SIBILANT):
        plural = noun + "es"
    elif noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        plural = noun[:-1] + "ies"
    else:
        plural = noun + "s"
    return (noun, plural)


def _forms(trigger: str, pos: str) -> Iterator[str]:
    words = trigger.lower().split()
    if pos == "verb":
        for form in inflect_verb(words[0]):
            yield " ".join([form, *words[1:]])
    elif pos == "noun":
        for form in inflect_noun(words[-1]):
            yield " ".join([*words[:-1], form])
    else:
        yield " ".join(words)


def _trie_pattern(forms: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class EventLexicon:
    """A trigger lexicon: the forms to look for and the event type each names.

    Build one from rows (mappings with the :data:`COLUMNS` keys), from a TSV file with
    :meth:`from_tsv`, or get newsdoc's PLOVER lexicon with :meth:`default`.

    Args:
        rows: Table rows; ``trigger``, ``pos`` and ``kind`` are required, ``mode`` and
            ``requires`` optional.
        source: A name for the rows, used in error messages.

    Raises:
        ParseError: If a row lacks a trigger or kind, or has an unknown pos or requirement.
    """

    def __init__(self, rows: Iterable[Mapping[str, str]], *, source: str = "<rows>") -> None:
        self.source = source
        entries: list[TriggerEntry] = []
        index: dict[str, list[TriggerEntry]] = {}
        for number, row in enumerate(rows, start=1):
            entry = _entry(row, source, number)
            entries.append(entry)
            for form in _forms(entry.trigger, entry.pos):
                index.setdefault(form, []).append(entry)
        if not entries:
            raise ParseError("the lexicon has no triggers", path=source)
        self.entries: tuple[TriggerEntry, ...] = tuple(entries)
        self._kinds = frozenset(e.kind for e in entries if e.kind != NO_EVENT)
        self.forms: dict[str, tuple[TriggerEntry, ...]] = {k: tuple(v) for k, v in index.items()}
        pattern = _trie_pattern(sorted(self.forms))
        self._at_word_start = re.compile(r"(?<![\w\-'\u2019])" + pattern + r"(?![\w\-]|['\u2019]\w)")
        self._single = frozenset(form for form in self.forms if " " not in form)
        seconds: dict[str, set[str]] = {}
        for form in self.forms:
            words = form.split(" ")
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        self._second_words = {k: frozenset(v) for k, v in seconds.items()}
        self._first_words = self._single | frozenset(seconds)
        # every word a form starts with or has second: the only words of a text that matter
        self._key_words = self._first_words.union(*self._second_words.values())
        # no longer beginning of a word can be a starter: the longest asked for (a longer
        # one would make a huge word cost its length squared)
        self._longest_first = max(map(len, self._first_words))
        # the shorter first words each first word starts with, where a word starting with
        # them can only start where a word starts with them (they are all word characters)
        shorter: dict[str, frozenset[str]] = {}
        for word in self._first_words:
            heads = {word[:k] for k in range(1, len(word))} & self._first_words
            heads = {h for h in heads if _WORD_RUN.fullmatch(h)}
            if heads:
                shorter[word] = frozenset(heads)
        self._shorter_starts = shorter
        # forms of words of letters, digits, "_" and "-" joined by single spaces can be
        # found word by word (see _by_piece); other lexicons are searched for as written
        self._plain = all(_PLAIN_FORM.fullmatch(form) for form in self.forms)

    @property
    def kinds(self) -> frozenset[str]:
        """The event types the lexicon can assign (rows of kind ``-`` assign none)."""
        return self._kinds

    @classmethod
    def from_tsv(cls, path: str | os.PathLike[str]) -> EventLexicon:
        """Load a lexicon from a tab-separated file with a header line.

        The columns are ``trigger pos kind mode requires note`` (``mode``, ``requires``
        and ``note`` may be left out); lines starting with ``#`` are comments. ``kind``
        is free text, so any taxonomy can be used.

        Args:
            path: The file to read.

        Returns:
            The lexicon.

        Raises:
            ReadError: If the file cannot be read.
            ParseError: If a row is malformed.
        """
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ReadError(str(path), str(err)) from None
        return cls(_parse_tsv(text, str(path)), source=str(path))

    @classmethod
    def default(cls) -> EventLexicon:
        """newsdoc's PLOVER lexicon (``newsdoc/data/plover_triggers.tsv``), built once."""
        return _default_lexicon()

    def finditer(self, lowered: str) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, form)`` for every trigger form in ``lowered``.

        A form is found where a word starts (no letter, digit, ``-``, ``'`` or ``_``
        before it) with a word of the text that can begin a form (a word of the text
        that begins a single-word form, or a multi-word form whose second word the
        text also has); the longest form matching there is taken, and a form starting
        inside the one before is skipped.

        Args:
            lowered: The text in lower case, with the same offsets as the original.
        """
        if self._plain:
            yield from self._by_piece(lowered)
            return
        starters = self._starters(lowered)
        if not starters:
            return
        if len(starters) <= _FEW_STARTERS:
            yield from self._by_word(lowered, starters)
        else:
            yield from self._by_scan(lowered, starters)

    def _starters(self, lowered: str) -> set[str]:
        """The words of ``lowered`` that can start a form.

        A word of the text (cut at :data:`_WORD_TABLE`) that begins a single-word form,
        or a multi-word form whose second word the text also has. C-speed set operations:
        the words of the text that no form has are never put in a set (most of them).
        """
        tokens = self._key_words.intersection(translate(lowered, _WORD_TABLE).split())
        starters = set()
        for word in tokens & self._first_words:
            if word in self._single or not tokens.isdisjoint(self._second_words[word]):
                starters.add(word)
        return starters

    def _by_piece(self, lowered: str) -> Iterator[tuple[int, int, str]]:
        """What :meth:`finditer` yields, for a plain lexicon, found in one pass over the words.

        The text is cut into pieces (runs of letters, digits, "_" and "-") by one
        translate and one split; the pieces that are first words of forms are found in
        order by one forward walk, and the pattern is tried only where such a piece
        starts a word. A match is kept where :meth:`finditer` keeps it: where some
        beginning of the word there is a starter (see :meth:`_starters`). That holds
        when the first word of the form, and the second of a multi-word one, stand alone
        as words of the text; only where they do not (next to an apostrophe or an
        unusual character) are the starters computed and asked.
        """
        pieces = translate(lowered, _PIECE_TABLE)
        parts = pieces.split(" ")
        first_words = self._first_words
        single = self._single
        match_at = self._at_word_start.match
        find = f" {pieces} ".find  # a piece at offset i stands at i + 1 here, between spaces
        bounded = lowered + " "  # the character after a form, also at the end of the text
        starters: set[str] | None = None
        found = []
        at = 0
        for word in compress(parts, map(first_words.__contains__, parts)):
            i = find(f" {word} ", at)
            after = i + len(word)
            at = after + 1
            if i and lowered[i - 1] in "'\u2019":
                continue  # inside a word: "don't", "Korea's"
            match = match_at(lowered, i)
            if match is None:
                continue
            end = match.end()
            if (
                bounded[after] in _TOKEN_BREAKS
                and (not i or lowered[i - 1] in _TOKEN_BREAKS)
                and (word in single or (end > after and bounded[end] in _TOKEN_BREAKS))
            ):
                found.append((i, end, match.group()))  # the first word is a starter
                continue
            if starters is None:
                starters = self._starters(lowered)
            if self._begins_with_starter(lowered, i, starters):
                found.append((i, end, match.group()))
        last_end = -1
        for start, end, form in found:
            if start >= last_end:
                yield start, end, form
                last_end = end

    def _by_scan(self, lowered: str, starters: set[str]) -> Iterator[tuple[int, int, str]]:
        """What :meth:`finditer` yields, found in one scan of the text.

        A form found where a word starts is kept when a starter begins there (the
        form's first word or a prefix of the word there). A search per starter word
        costs the text's length times its vocabulary; this scan, its length.
        """
        search = self._at_word_start.search
        at = 0
        while True:
            match = search(lowered, at)
            if match is None:
                return
            start, end = match.span()
            if self._begins_with_starter(lowered, start, starters):
                yield start, end, match.group()
                at = end
            else:
                at = start + 1

    def _begins_with_starter(self, lowered: str, start: int, starters: set[str]) -> bool:
        """Whether some beginning of the word at ``start`` (a run of :data:`_WORD_RUN`) is a starter."""
        run = _WORD_RUN.match(lowered, start, start + self._longest_first)
        head = run.group() if run is not None else ""
        return any(head[:size] in starters for size in range(len(head), 0, -1))

    def _by_word(self, lowered: str, starters: set[str]) -> Iterator[tuple[int, int, str]]:
        """What :meth:`finditer` yields, found by a search for each starter word.

        A starter that begins with a shorter one ("tests", "test") is not searched: the
        search for the shorter one visits every place where a word starts with it, and
        the match there is the same.
        """
        match_at = self._at_word_start.match
        shorter = self._shorter_starts
        found = []
        for word in starters:
            heads = shorter.get(word)
            if heads is not None and not starters.isdisjoint(heads):
                continue
            i = lowered.find(word)
            while i >= 0:
                # no word starts after a letter, digit, "-" or "'": skip the match there
                if not i or lowered[i - 1] not in _INSIDE_WORD:
                    match = match_at(lowered, i)  # None unless a word starts at i
                    if match is not None:
                        found.append((i, match.end(), match.group()))
                i = lowered.find(word, i + len(word))
        found.sort()
        last_end = -1
        for start, end, form in found:
            if start >= last_end:
                yield start, end, form
                last_end = end


# up to this many words that can start a form, a search per word is faster than one
# scan of the text (a short article has a few dozen)
_FEW_STARTERS = 64
# a run of word characters: letters, digits, "-", "'", "\u2019", "_"
_WORD_RUN = re.compile(r"[\w\-'\u2019]+")
# characters after which no form starts (some of those the look-behind of a form rules out)
_INSIDE_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'\u2019")
# every character but letters, digits, hyphens and apostrophes becomes a space
_WORD_TABLE = {c: " " for c in range(0x2FF) if not (chr(c).isalnum() or chr(c) in "-'_")} | {
    0x2019: None,
    0x2018: " ",
    0x201C: " ",
    0x201D: " ",
    0x2014: " ",
    0x2013: " ",
}
# the characters that end a word cut at _WORD_TABLE: those it makes spaces, and what
# str.split() splits at (no space character lies above U+3000)
_TOKEN_BREAKS = frozenset(chr(c) for c, to in _WORD_TABLE.items() if to == " ") | frozenset(
    chr(c) for c in range(0x3001) if chr(c).isspace()
)
# the forms _by_piece can find: words of letters, digits, "_" and "-", single spaces
_PLAIN_FORM = re.compile(r"[\w\-]+(?: [\w\-]+)*")


class _PieceTable(dict[int, str]):
    """A translate table: every character but letters, digits, "_" and "-" becomes a space.

    A text may hold any character: each gets its entry when first met.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = to = char if char.isalnum() or char in "_-" else " "
        return to


_PIECE_TABLE = _PieceTable()


def _parse_tsv(text: str, source: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise ParseError("the lexicon file is empty", path=source)
    header = [h.strip() for h in lines[0].split("\t")]
    missing = [c for c in ("trigger", "pos", "kind") if c not in header]
    if missing:
        raise ParseError(
            f"the header lacks the column(s) {', '.join(missing)}",
            path=source,
            line=1,
            hint="columns: " + "\t".join(COLUMNS),
        )
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return rows


def _entry(row: Mapping[str, str], source: str, number: int) -> TriggerEntry:
    trigger = " ".join(row.get("trigger", "").lower().split())
    pos = row.get("pos", "").strip().lower() or "fixed"
    kind = row.get("kind", "").strip()
    requires = row.get("requires", "").strip().lower()
    where = f"row {number}"
    if not trigger or not kind:
        raise ParseError(f"{where}: a trigger and a kind are required", path=source)
    if pos not in POS:
        raise ParseError(f"{where}: unknown pos {pos!r}; expected one of verb, noun, fixed", path=source)
    if requires not in REQUIREMENTS:
        raise ParseError(
            f"{where}: unknown requirement {requires!r}; expected one of "
            + ", ".join(sorted(r for r in REQUIREMENTS if r))
            + " or nothing",
            path=source,
        )
    return TriggerEntry(
        trigger=trigger, pos=pos, kind=kind, mode=row.get("mode", "").strip() or None, requires=requires
    )


@cache
def _default_lexicon() -> EventLexicon:
    source = "plover_triggers.tsv"
    return EventLexicon(_parse_tsv(data_text(source), source), source=source)


def military_assets() -> frozenset[str]:
    """Words naming military forces or hardware (``military_assets.txt``)."""
    return load_set("military_assets.txt")


def captive_nouns() -> frozenset[str]:
    """Words naming people held captive (``captive_nouns.txt``)."""
    return load_set("captive_nouns.txt")


def restriction_nouns() -> frozenset[str]:
    """Words naming restrictions one actor imposes on another (``restriction_nouns.txt``)."""
    return load_set("restriction_nouns.txt")


def adversary_nouns() -> frozenset[str]:
    """Nouns for the other side of a contest: "his opponents", "her rival" (``adversary_nouns.txt``)."""
    return load_set("adversary_nouns.txt")


def aid_nouns() -> frozenset[str]:
    """Words naming aid, relief goods or money (``aid_nouns.txt``)."""
    return load_set("aid_nouns.txt")


def envoy_nouns() -> frozenset[str]:
    """Words naming diplomats a government summons (``envoy_nouns.txt``)."""
    return load_set("envoy_nouns.txt")


def fire_nouns() -> frozenset[str]:
    """Words naming gunfire, shelling or strikes that sides exchange (``fire_nouns.txt``)."""
    return load_set("fire_nouns.txt")


def labour_words() -> frozenset[str]:
    """Words of labour disputes that make "strike" a work stoppage (``labour_words.txt``)."""
    return load_set("labour_words.txt")


def noun_modifier_heads() -> frozenset[str]:
    """Head nouns that turn an event noun before them into a modifier."""
    return load_set("event_noun_modifiers.txt")


def hazard_nouns() -> frozenset[str]:
    """Natural hazards whose "strike" is no assault ("the earthquake struck Nepal")."""
    return load_set("hazard_nouns.txt")


def figurative_war_words() -> frozenset[str]:
    """Words that make "war" or "attack" after them no armed conflict ("trade war", "heart attack")."""
    return load_set("nonviolent_war_words.txt")


def event_frame_heads() -> frozenset[str]:
    """Nouns before a preposition that leave the event noun after it a happening."""
    return load_set("event_frame_heads.txt")


@cache
def event_support_verbs() -> frozenset[str]:
    """Every form of the verbs whose object event noun is a happening ("launched an attack").

    A phrasal verb gives the forms of its verb: "carry out" gives "carried", which the
    walk back from the noun reaches past "out".
    """
    return frozenset(form for lemma in load_list("event_support_verbs.txt") for form in inflect_verb(lemma.split()[0]))


def event_occurrence_words() -> frozenset[str]:
    """Modifiers that place an event noun in time or count it ("the latest attack")."""
    return load_set("event_occurrence_words.txt")


@cache
def verb_past_forms() -> frozenset[str]:
    """The irregular past and participle forms ("led", "began", "struck") of ``irregular_verbs.tsv``."""
    return frozenset(w for past, participle, _ in _irregular().values() for w in (past, participle) if w)


@cache
def verb_only_past_forms() -> frozenset[str]:
    """The irregular simple past forms that differ from their verb ("took", "held"; not
    "cut", "cost" or the participles "broken", "frozen"): words rarely used as adjectives."""
    return frozenset(past for lemma, (past, _, _) in _irregular().items() if past and past != lemma)


def figurative_strike_objects() -> frozenset[str]:
    """Words after "strike" that make it no assault ("strike the right balance")."""
    return load_set("figurative_strike_objects.txt")


def economy_nouns() -> frozenset[str]:
    """Rates, prices and taxes whose raising or cutting is an economic event (``economy_nouns.txt``)."""
    return load_set("economy_nouns.txt")


def legislation_nouns() -> frozenset[str]:
    """Bills, laws and vetoes whose passing or overriding is a legislative event (``legislation_nouns.txt``)."""
    return load_set("legislation_nouns.txt")


def charge_words() -> frozenset[str]:
    """Characterisations that make "called X ..." a charge: provocation, sham, illegal
    (``charge_words.txt``)."""
    return load_set("charge_words.txt")


def riot_objects() -> frozenset[str]:
    """What rioters throw or burn: stones, bottles, tyres (``riot_objects.txt``)."""
    return load_set("riot_objects.txt")


def operation_nouns() -> frozenset[str]:
    """What an actor runs itself: operations, services, flights (``operation_nouns.txt``)."""
    return load_set("operation_nouns.txt")


def road_nouns() -> frozenset[str]:
    """Roads, bridges and entrances whose blocking is a protest (``road_nouns.txt``)."""
    return load_set("road_nouns.txt")


def court_nouns() -> frozenset[str]:
    """Courts and judges whose ruling is an event (``court_nouns.txt``)."""
    return load_set("court_nouns.txt")


def border_nouns() -> frozenset[str]:
    """Borders, crossings and missions whose closing restricts (``border_nouns.txt``)."""
    return load_set("border_nouns.txt")


def crowd_nouns() -> frozenset[str]:
    """Crowds whose gathering is a demonstration (``crowd_nouns.txt``)."""
    return load_set("crowd_nouns.txt")


def evacuee_nouns() -> frozenset[str]:
    """People and places whose evacuation is humanitarian (``evacuee_nouns.txt``)."""
    return load_set("evacuee_nouns.txt")


@cache
def ruling_nouns() -> frozenset[str]:
    """Decisions a party can appeal, with the courts and judges (``ruling_nouns.txt``)."""
    return load_set("ruling_nouns.txt") | court_nouns()
