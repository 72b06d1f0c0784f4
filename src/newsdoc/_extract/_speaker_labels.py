"""Speaker labels: statements that name their speaker by layout, not by a verb.

Three layouts are read, each at a paragraph's edge:

* a headline "Name: what they said" ("Sanders: Clinton needs to ...", "Poll: ...");
* a transcript line "NAME: words" (the label in capitals, or an actor's known name);
* a quotation signed after a dash, '"..." ― Jane Doe'.

Labels that name a kind of article rather than a speaker ("Analysis:", "Watch:") are
listed in ``data/label_words.txt``. :class:`LabelReader` makes the statements of an
article's labels, with the speaker each names: an actor's mention there, the person
whose surname a label in capitals gives, or a new speaker.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from newsdoc._extract._quotes import quote_units
from newsdoc._extract._statement_reading import Found, StatementPart
from newsdoc._extract._words import Token
from newsdoc._lexicon import load_set
from newsdoc._models import ActorKind, Span

__all__ = ["Label", "LabelReader", "speaker_labels"]

_NAME_WORD = r"[A-Z][A-Za-z0-9.'\u2019&-]*"
_JOINER = r"(?:of|de|la|van|von|al|bin|the|and|&)"
# at most six words, each a capitalised word or a joining particle: linear, no nesting
_COLON_LABEL = re.compile(
    rf"[\"\u201c\u201d]?({_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_JOINER})){{0,5}})[ \t]*:[ \t]+(?=\S)"
)
_SIGNATURE = re.compile(
    rf"[ \t]*([\u2015\u2014\u2013-]+)[ \t]*({_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_JOINER})){{0,5}})[ \t]*\.?[^\S\n]*$"
)
_OPENERS = "\"'\u201c\u201d\u2018\u00ab"


class Label(NamedTuple):
    """A speaker label: where the name, the mark and the content stand."""

    name: Span
    mark: Span
    content: Span
    headline: bool
    capitals: bool  #: the name is written in capitals ("PENCE:")


def _label_words() -> frozenset[str]:
    return load_set("label_words.txt")


def speaker_labels(text: str, paragraphs: list[Span], cue_forms: dict[str, str]) -> list[Label]:
    """Every speaker label in ``text``, in text order.

    Args:
        text: The article text.
        paragraphs: The paragraph spans, the headline first.
        cue_forms: Reporting verb forms; a label holding one is a sentence, not a name.

    Returns:
        The labels found, at most one per paragraph.
    """
    skip = _label_words()
    out: list[Label] = []
    for index, para in enumerate(paragraphs):
        m = _COLON_LABEL.match(text, para.start, para.end)
        if m is not None:
            name = m.group(1)
            words = name.split()
            letters = "".join(ch for ch in name if ch.isalpha())
            if (
                name.lower() not in skip
                and words[0].lower() not in skip
                and not any(w in cue_forms or w.lower() in cue_forms for w in words)
                and len(letters) >= 2
                and m.end() < para.end
            ):
                content_end = para.end
                colon = text.index(":", m.end(1))
                out.append(
                    Label(
                        name=Span(start=m.start(1), end=m.end(1)),
                        mark=Span(start=colon, end=colon + 1),
                        content=Span(start=m.end(), end=content_end),
                        headline=index == 0,
                        capitals=letters.isupper(),
                    )
                )
                continue
        if index and text[para.start : para.start + 1] in _OPENERS:
            # the signature sits at the paragraph's end: look only at its last 80 characters
            tail = max(para.start + 1, para.end - 80)
            s = _SIGNATURE.search(text, tail, para.end)
            if s is not None and s.start() > para.start + 2 and text[s.start() - 1] in _OPENERS + ".!?":
                end = s.end(2)
                if text[end - 1] == "." and end - s.start(2) > 2 and text[end - 3] != ".":
                    end -= 1  # the sentence's period, not an initial's
                out.append(
                    Label(
                        name=Span(start=s.start(2), end=end),
                        mark=Span(start=s.start(1), end=s.end(1)),
                        content=Span(start=para.start, end=s.start()),
                        headline=False,
                        capitals=False,
                    )
                )
    return out


class LabelReader(StatementPart):
    """The statements of one article's speaker labels."""

    def labels(self, results: list[tuple[Span, int, list[Found]]]) -> None:
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
            found = Found(speaker=speaker, cue=cue, content=(label.content.start, label.content.end))
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
            hit = self.starting_at(start)
            if hit is not None and hit[0] == end:
                return hit[1]
            return self.new_speaker(start, end, last)
        hit = self.starting_at(start)
        if hit is not None and hit[0] >= end - 1:
            return hit[1]
        hit = self.ending_at(end)
        if hit is not None and hit[0] >= start:
            return hit[1]
        if not (label.headline or label.mark.start > label.content.start):
            return None  # a mixed-case word before a colon in the body may be anything
        return self.new_speaker(start, end, name.split()[-1].lower())
