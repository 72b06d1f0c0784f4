"""The extraction pipeline: named steps that read a :class:`Doc` in order."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

import attrs

from newsdoc._errors import UnknownNameError
from newsdoc._extract._doc import Doc
from newsdoc._models import Article

__all__ = ["Extractor", "Pipeline", "Step"]


@runtime_checkable
class Extractor(Protocol):
    """What an extraction step is: a callable that reads a Doc and adds what it finds.

    A step may read anything on the Doc (the text, sentences, what earlier steps found)
    and append to or replace its lists; it must not keep state between articles.
    """

    def __call__(self, doc: Doc, /) -> None: ...


@contextlib.contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the steps run.

    The steps allocate a few objects per word, trigger and mention, and keep many of
    them until the article is built; on a long article that started full collections,
    each a pass over every object of the process, so the time per megabyte grew with
    the article. Cycles made meanwhile are collected once the collector resumes.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@attrs.frozen(kw_only=True)
class Step:
    """An extraction step with its name, as it appears in ``--steps`` and in errors."""

    name: str
    run: Extractor


def _as_tuple(steps: Iterable[Step]) -> tuple[Step, ...]:
    return tuple(steps)


@attrs.frozen
class Pipeline:
    """An ordered, immutable list of extraction steps.

    Call it on an Article to get the Article with what the steps found. The methods
    that change it return a new Pipeline, so a shared default cannot be altered by
    accident.
    """

    steps: tuple[Step, ...] = attrs.field(converter=_as_tuple)

    def __call__(self, article: Article) -> Article:
        with cycle_collection_paused():
            doc = Doc(article=article)
            for step in self.steps:
                step.run(doc)
            built = doc.to_article()
            del doc  # freed now, so the collector resumes with only the new Article to scan
        return built

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(s.name for s in self.steps)

    def _index(self, name: str) -> int:
        for i, step in enumerate(self.steps):
            if step.name == name:
                return i
        raise UnknownNameError("extraction step", name, self.names)

    def without(self, *names: str) -> Pipeline:
        """This pipeline less the named steps.

        Raises:
            UnknownNameError: If a name is not a step of this pipeline.
        """
        for name in names:
            self._index(name)
        return Pipeline([s for s in self.steps if s.name not in names])

    def only(self, names: Iterable[str]) -> Pipeline:
        """The named steps of this pipeline, in the order given."""
        return Pipeline([self.steps[self._index(n)] for n in names])

    def replace(self, name: str, run: Extractor) -> Pipeline:
        """This pipeline with the step ``name`` run by ``run`` instead."""
        i = self._index(name)
        steps = list(self.steps)
        steps[i] = Step(name=name, run=run)
        return Pipeline(steps)

    def add(
        self, name: str, run: Extractor, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """This pipeline with a new step, at the end or next to an existing one."""
        if name in self.names:
            raise ValueError(f"the pipeline already has a step named {name!r}")
        steps = list(self.steps)
        if before is not None:
            position = self._index(before)
        elif after is not None:
            position = self._index(after) + 1
        else:
            position = len(steps)
        steps.insert(position, Step(name=name, run=run))
        return Pipeline(steps)


def default_pipeline() -> Pipeline:
    """newsdoc's built-in steps, in the order they depend on each other."""
    return Pipeline(_builtin_steps())


def _builtin_steps() -> list[Step]:
    # the same factories the ``newsdoc.extractors`` entry points name, so a built-in step
    # is built one way whether it comes from here or by name; each imports its module
    # only when called, so importing newsdoc stays cheap
    factories = (("times", times_step), ("actors", actors_step), ("statements", statements_step),
                 ("events", events_step), ("prune", prune_step))
    return [Step(name=name, run=factory()) for name, factory in factories]


# Factories of the built-in steps, named by the ``newsdoc.extractors`` entry points in
# pyproject.toml. Each imports its module only when called, so listing steps is cheap.
def _builtin_step(
    module: str, candidates: tuple[tuple[str, bool], ...], options: dict[str, object]
) -> Extractor:
    """The first of ``candidates`` found in ``newsdoc._extract.<module>``.

    Each candidate is ``(attribute, build)``: a class or factory to call with the options
    (``build``), or a ready step function to return as it is.
    """
    import importlib

    from newsdoc._errors import PluginError, UsageError

    where = f"newsdoc._extract.{module}"
    try:
        found = importlib.import_module(where)
    except ImportError:
        found = None
    for attribute, build in candidates:
        item = getattr(found, attribute, None)
        if item is None:
            continue
        if build:
            step: Extractor = item(**options)
            return step
        if options:
            raise UsageError(f"the {module.strip('_')} step takes no options")
        return item  # type: ignore[no-any-return]
    names = " or ".join(a for a, _ in candidates)
    raise PluginError(module.strip("_"), f"this newsdoc has no {names} in {where}")


def times_step(**options: object) -> Extractor:
    """The ``times`` step: time expressions, normalized against the publication date."""
    return _builtin_step("_times", (("TimesStep", True), ("times_step", False)), options)


def actors_step(**options: object) -> Extractor:
    """The ``actors`` step: people, organisations, countries, places and groups."""
    return _builtin_step("_actors", (("ActorsStep", True),), options)


def statements_step(**options: object) -> Extractor:
    """The ``statements`` step: who said what (options such as ``extra_cues`` pass through)."""
    return _builtin_step("_statements", (("StatementsStep", True),), options)


def events_step(**options: object) -> Extractor:
    """The ``events`` step: who did what to whom (options such as ``lexicon`` pass through)."""
    return _builtin_step("_events", (("EventsStep", True),), options)


def prune_step(**options: object) -> Extractor:
    """The ``prune`` step: drops common-noun actors ("people", "its forces") nothing refers to."""
    return _builtin_step("_prune", (("PruneStep", True),), options)
