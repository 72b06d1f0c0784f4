"""The ``statements`` step: who said what, to whom, through which channel, and when.

Each sentence is read once. A reporting verb ("said", "urged", "slammed") with a speaker
before it (an actor mention, past adverbs and auxiliaries) or right after it ("said
Smith") makes a statement; its content is the clause after the verb, or the words
before the speaker when the verb closes the sentence ('"...," she said'). "according
to X" and participles ("..., calling it '...'") are read too. Quotations come from
:mod:`._quotes`, actors from the ``actors`` step's mentions.

The walk over a sentence is :mod:`._cues`; it finds speakers before the verb with
:mod:`._subjects` (and :mod:`._noun_speakers`, for noun phrases no actor names: "the
poll shows") and after it with :mod:`._trailing_attributions`, reads the content after
the verb with :mod:`._content` and where a content ends with :mod:`._content_bounds`, and
hands "according to", polls, fronted verbs and participles to :mod:`._attributions`.
Across sentences, :mod:`._quotations` joins quotations to their speakers, and
:mod:`._speaker_labels` reads "Sanders: ..." and '"..." ― Doe'. The readers share one
:class:`~newsdoc._extract._statement_reading.StatementReading` of the article and the
word sets of :mod:`._statement_words`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import attrs

from newsdoc._extract._actors import title_case_headline
from newsdoc._extract._cues import CueReader
from newsdoc._extract._doc import Doc
from newsdoc._extract._quotations import QuotationReader
from newsdoc._extract._speaker_labels import LabelReader
from newsdoc._extract._statement_reading import Found, StatementReading
from newsdoc._extract._words import Token
from newsdoc._models import Quote, Span, Statement

__all__ = ["StatementsStep"]

# what may wrap a transcript's note: quotation marks, spaces and end punctuation
_QUOTE_TRIM = "\"'\u201c\u201d\u2018\u2019 .,;:!?"

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
        _read(StatementReading(doc, self.extra_cues))


def _read(reading: StatementReading) -> None:
    """Read every sentence of the article, then its labels and its quotations across
    sentences; add the statements whose cue no other statement's content holds."""
    doc = reading.doc
    cues = CueReader(reading)
    quotations = QuotationReader(reading)
    headline_end = doc.article.paragraph_spans[0].end
    title_case = title_case_headline(reading.text[:headline_end])
    results: list[tuple[Span, int, list[Found]]] = []
    for sentence in doc.sentences:
        tokens = doc.tokens(sentence)
        if title_case and sentence.start < headline_end:
            tokens = [_lower_verb(t, reading.cues) for t in tokens]  # "Obama Says ..."
        found_in = cues.sentence(tokens, sentence)
        if sentence.start <= headline_end:  # a headline's statement needs its speaker
            found_in = [f for f in found_in if f.speaker is not None]
        results.append((sentence, doc.paragraph_of(sentence.start), found_in))
    LabelReader(reading).labels(results)
    out = quotations.statements(results)
    nested = _nested([found for found, _ in out], reading.text, quotations.starting_at)
    for found, sentence in out:
        if id(found) not in nested:
            _emit(reading, found, sentence, quotations.kind)


def _emit(reading: StatementReading, found: Found, sentence: Span, kind: Callable[[int, int], Quote]) -> None:
    """Add ``found`` to the article's statements, its content trimmed of white space (``kind``
    tells direct, mixed and indirect speech apart); no words, or a transcript's note, make none."""
    start, end = found.content
    text = reading.text
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
    quote = Quote.DIRECT if found.direct else kind(start, end)
    speaker = found.speaker if found.speaker in reading.kinds else None
    reading.doc.statements.append(
        Statement(
            id=reading.doc.new_id("s"),
            speaker=speaker,
            cue=found.cue.text,
            content=content,
            quote=quote,
            span=Span(start=start, end=end),
            cue_span=Span(start=found.cue.start, end=found.cue.end) if found.cue.start >= 0 else None,
            channel=found.channel if found.channel in reading.kinds else None,
            addressee=found.addressee if found.addressee in reading.kinds else None,
            time=reading.doc.time_within(min(sentence.start, start), max(sentence.end, end)),
        )
    )


def _nested(
    found: list[Found], text: str, starting_at: Callable[[int], tuple[int, str] | None]
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


def _lower_verb(token: Token, cues: dict[str, str]) -> Token:
    """``token`` with a capitalised inflected reporting verb in lower case ("Says" -> "says")."""
    low = token.text.lower()
    if token.text != low and low in cues and cues[low] != low:
        return Token(token.start, token.end, low)
    return token
