"""The ``dictionary`` step: actors of a user lexicon, found wherever the text names them.

The scan is linear in the text: the text is cut into word tokens once, and each token
looks up, in a dict keyed by first word, the dictionary forms that start with it
(longest first). A form matches whole words only, case-sensitively, and never across a
paragraph break; the spaces between its words may be any run of whitespace. A form that
starts with a lowercase word ("the President") also matches capitalized, at the start
of a sentence.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from newsdoc._extract._doc import Doc
from newsdoc._models import Actor, Mention

if TYPE_CHECKING:
    from newsdoc._user_lexicon import Lexicon, LexiconEntry

__all__ = ["DictionaryStep"]

_WORD = re.compile(r"\w+")


@attrs.frozen
class _Form:
    words: tuple[str, ...]
    gaps: tuple[str, ...]  # what stands between consecutive words in the form
    prefix: str  # non-word characters before the first word ("'" in "'Ndrangheta")
    suffix: str  # non-word characters after the last word ("." in "U.S.")
    text: str
    entry: int  # index of the entry in the step's list
    canonical: str  # the form as the lexicon writes it ("the President" for "The President")


def _form(text: str, entry: int, canonical: str | None = None) -> _Form | None:
    matches = list(_WORD.finditer(text))
    if not matches:
        return None
    gaps = tuple(text[a.end() : b.start()] for a, b in itertools.pairwise(matches))
    return _Form(
        words=tuple(m.group() for m in matches),
        gaps=gaps,
        prefix=text[: matches[0].start()],
        suffix=text[matches[-1].end() :],
        text=text,
        entry=entry,
        canonical=text if canonical is None else canonical,
    )


@attrs.frozen
class _Match:
    start: int
    end: int
    form: _Form


def _gap_ok(expected: str, found: str) -> bool:
    return expected == found or (expected.isspace() and found.isspace() and "\n\n" not in found)


class DictionaryStep:
    """Add the actors of a user lexicon that hold on the article's date.

    An entry whose name or alias names an existing actor (as its name or one of its
    aliases, ignoring case) is merged into it: the actor takes the entry's name (its old
    name becomes an alias), the mentions and aliases are added, and the entry's kind and
    country win over the built-in ones. Otherwise a new actor is created. A
    match inside a longer mention of another actor ("Korea" in "North Korea") is skipped.
    The codes of the entry applied to each actor are left in
    ``doc.data["dictionary_codes"]`` (``{actor id: codes}``) for later steps.

    Args:
        lexicon: A :class:`~newsdoc.Lexicon`, or the path of a lexicon file.
    """

    def __init__(self, lexicon: Lexicon | str | os.PathLike[str]) -> None:
        if not hasattr(lexicon, "entries"):
            from newsdoc._user_lexicon import load_lexicon

            lexicon = load_lexicon(lexicon)
        self.lexicon: Lexicon = lexicon  # type: ignore[assignment]

    def _index(self, entries: tuple[LexiconEntry, ...]) -> dict[str, list[_Form]]:
        index: dict[str, list[_Form]] = {}
        for i, entry in enumerate(entries):
            for text in dict.fromkeys(entry.forms):
                form = _form(text, i)
                if form is None:
                    continue
                index.setdefault(form.words[0], []).append(form)
                if form.words[0][0].islower():  # "the President" also starts a sentence
                    at = len(form.prefix)
                    capital = _form(text[:at] + text[at].upper() + text[at + 1 :], i, canonical=text)
                    if capital is not None:
                        index.setdefault(capital.words[0], []).append(capital)
        for forms in index.values():  # longest first; ties keep file order
            forms.sort(key=lambda f: (-len(f.words), -len(f.text)))
        return index

    def _scan(self, text: str, index: dict[str, list[_Form]]) -> list[_Match]:
        tokens = list(_WORD.finditer(text))
        found: list[_Match] = []
        i = 0
        while i < len(tokens):
            step = 1
            for form in index.get(tokens[i].group(), ()):
                end_index = i + len(form.words)
                if end_index > len(tokens):
                    continue
                span = tokens[i:end_index]
                if any(t.group() != w for t, w in zip(span, form.words, strict=True)):
                    continue
                if not all(
                    _gap_ok(g, text[a.end() : b.start()])
                    for g, a, b in zip(form.gaps, span, span[1:], strict=False)
                ):
                    continue
                start = span[0].start() - len(form.prefix)
                end = span[-1].end() + len(form.suffix)
                if text[start : span[0].start()] != form.prefix or text[span[-1].end() : end] != form.suffix:
                    continue
                found.append(_Match(start=start, end=end, form=form))
                step = len(form.words)
                break
            i += step
        return found

    def __call__(self, doc: Doc) -> None:
        """Find the lexicon's actors in ``doc`` and merge or add them."""
        entries = self.lexicon.valid_on(doc.article.date)
        if not entries:
            return
        matches = self._scan(doc.text, self._index(entries))
        by_entry: dict[int, list[_Match]] = {}
        for match in matches:
            by_entry.setdefault(match.form.entry, []).append(match)
        codes: dict[str, tuple[str, ...]] = {}
        for i, found in by_entry.items():
            entry = entries[i]
            actor_id = self._apply(doc, entry, found)
            if actor_id is not None and entry.codes:
                codes[actor_id] = entry.codes
        if codes:
            previous = doc.data.get("dictionary_codes")
            merged = dict(previous) if isinstance(previous, dict) else {}
            merged.update(codes)
            doc.data["dictionary_codes"] = merged

    def _apply(self, doc: Doc, entry: LexiconEntry, found: list[_Match]) -> str | None:
        target = _existing(doc.actors, entry, found)
        others = [a for a in doc.actors if target is None or a.id != target]
        kept = [m for m in found if not _inside_longer(m, others)]
        if not kept:
            return None
        seen_forms = [m.form.canonical for m in kept]
        if target is None:
            actor = Actor(
                id=_fresh_id(doc),
                name=entry.name,
                kind=entry.kind,
                country=entry.country,
                aliases=[f for f in dict.fromkeys(seen_forms) if f != entry.name],
                mentions=[Mention(start=m.start, end=m.end, text=doc.text[m.start : m.end]) for m in kept],
            )
            doc.actors.append(actor)
            return actor.id
        position = next(i for i, a in enumerate(doc.actors) if a.id == target)
        old = doc.actors[position]
        mentions = list(old.mentions)
        for m in kept:
            if not any(x.start < m.end and m.start < x.end for x in mentions):
                mentions.append(Mention(start=m.start, end=m.end, text=doc.text[m.start : m.end]))
        mentions.sort(key=lambda x: (x.start, x.end))
        aliases = list(old.aliases)
        for form in (old.name, *seen_forms):
            if form != entry.name and form not in aliases:
                aliases.append(form)
        doc.actors[position] = attrs.evolve(
            old,
            name=entry.name,
            kind=entry.kind,
            country=entry.country or old.country,
            aliases=aliases,
            mentions=mentions,
        )
        return old.id


def _existing(actors: Iterable[Actor], entry: LexiconEntry, found: list[_Match]) -> str | None:
    """The id of the actor the entry is about: same name or alias, else a mention at a match."""
    forms = {f.casefold() for f in entry.forms}
    for actor in actors:
        if actor.name.casefold() in forms or any(a.casefold() in forms for a in actor.aliases):
            return actor.id
    spans = {(m.start, m.end) for m in found}
    for actor in actors:
        if any((x.start, x.end) in spans for x in actor.mentions):
            return actor.id
    return None


def _inside_longer(match: _Match, actors: Iterable[Actor]) -> bool:
    for actor in actors:
        for x in actor.mentions:
            if (
                x.start <= match.start
                and match.end <= x.end
                and (x.end - x.start) > (match.end - match.start)
            ):
                return True
    return False


def _fresh_id(doc: Doc) -> str:
    taken = {a.id for a in doc.actors}
    while True:
        candidate = doc.new_id("a")
        if candidate not in taken:
            return candidate
