"""The ``spacy`` step: named entities of a user's spaCy pipeline as actor mentions.

newsdoc needs no model; this optional step lets a user who has one (a trained
``en_core_web_sm``, or a blank pipeline with an EntityRuler of their own patterns) add
its entities. spaCy is imported only when the step is built; without it the step says
to ``pip install newsdoc[spacy]``.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs

from newsdoc._errors import PluginError
from newsdoc._extract._doc import Doc
from newsdoc._models import Actor, ActorKind, Mention

__all__ = ["DEFAULT_LABELS", "SpacyStep"]

#: spaCy entity labels that name actors, and the kind of actor each becomes.
DEFAULT_LABELS: dict[str, ActorKind] = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.LOCATION,
    "LOC": ActorKind.LOCATION,
    "FAC": ActorKind.LOCATION,
    "NORP": ActorKind.GROUP,
}
_MISSING = "the spacy step needs spaCy: pip install newsdoc[spacy]"


def _spacy() -> Any:
    try:
        return importlib.import_module("spacy")
    except ImportError:
        raise PluginError("spacy", _MISSING) from None


class SpacyStep:
    """Turn a spaCy pipeline's entities (PERSON, ORG, GPE, LOC, NORP, FAC) into actors.

    An entity whose span is already (partly) a mention of an actor is left to that
    actor. An entity whose text is an existing actor's name or alias (ignoring case)
    becomes one more mention of it. Any other entity becomes a new actor, one per
    distinct name, of the kind its label maps to.

    Args:
        nlp: A spaCy ``Language``, or the name of an installed spaCy model package;
            ``en_core_web_sm`` if ``None``.
        labels: Which entity labels to use and the actor kind of each; by default
            :data:`DEFAULT_LABELS`.

    Raises:
        PluginError: If spaCy is not installed (``pip install newsdoc[spacy]``) or the
            named model cannot be loaded.
    """

    def __init__(self, nlp: Any = None, *, labels: dict[str, ActorKind] | None = None) -> None:
        spacy = _spacy()
        if nlp is None or isinstance(nlp, str):
            name = nlp or "en_core_web_sm"
            try:
                nlp = spacy.load(name)
            except OSError:
                raise PluginError(
                    "spacy",
                    f"the spaCy model {name!r} is not installed: install its package, or build the step "
                    "with a Language of your own (SpacyStep(nlp))",
                ) from None
        self.nlp = nlp
        self.labels = dict(DEFAULT_LABELS if labels is None else labels)

    def __call__(self, doc: Doc) -> None:
        """Add the entities of ``doc``'s text as actors or mentions."""
        text = doc.text
        by_name: dict[str, int] = {}
        for i, actor in enumerate(doc.actors):
            for name in (actor.name, *actor.aliases):
                by_name.setdefault(name.casefold(), i)
        taken = sorted((m.start, m.end) for a in doc.actors for m in a.mentions)
        for ent in self.nlp(text).ents:
            kind = self.labels.get(ent.label_)
            start, end = ent.start_char, ent.end_char
            surface = text[start:end]
            if kind is None or not surface.strip() or "\n\n" in surface:
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            mention = Mention(start=start, end=end, text=surface)
            name = " ".join(surface.split())
            position = by_name.get(name.casefold())
            if position is None:
                doc.actors.append(Actor(id=_fresh_id(doc), name=name, kind=kind, mentions=[mention]))
                by_name[name.casefold()] = len(doc.actors) - 1
            else:
                old = doc.actors[position]
                mentions = sorted([*old.mentions, mention], key=lambda m: (m.start, m.end))
                doc.actors[position] = attrs.evolve(old, mentions=mentions)
            taken.append((start, end))


def _fresh_id(doc: Doc) -> str:
    ids = {a.id for a in doc.actors}
    while True:
        candidate = doc.new_id("a")
        if candidate not in ids:
            return candidate
