"""Choosing extraction steps by name: ``--steps times,actors``, ``--steps +mystep,-events``."""

from __future__ import annotations

from typing import Any

from newsdoc._errors import UsageError
from newsdoc._extract._pipeline import Pipeline, Step, default_pipeline
from newsdoc._registry import call_with_options, get_step

__all__ = ["make_step", "pipeline_from_spec"]


def make_step(name: str, **options: Any) -> Step:
    """Build the registered extraction step ``name`` (built in, entry point or code).

    Args:
        name: The step name (see ``newsdoc steps``).
        **options: Keyword options for the step's factory.

    Returns:
        The Step, ready to add to a :class:`~newsdoc.Pipeline`.

    Raises:
        UnknownNameError: If no step has that name (the message lists those that do).
        PluginError: If the step cannot be loaded.
        UsageError: If its factory takes no option of a given name.
    """
    factory = get_step(name)
    return Step(name=name, run=call_with_options(f"the {name} step", factory, **options))


def pipeline_from_spec(spec: str, base: Pipeline | None = None) -> Pipeline:
    """The pipeline a ``--steps`` value describes.

    ``times,actors`` runs exactly these steps, in this order. ``+mystep`` appends a
    registered step to the base pipeline and ``-events`` removes one; several can be
    combined, ``+mystep,-events``. A name of the base pipeline keeps the base's step;
    any other is built from the step registry.

    Args:
        spec: Comma-separated step names, each bare or with a ``+``/``-`` sign (all the
            same way).
        base: The pipeline the names refer to; newsdoc's default one if ``None``.

    Returns:
        The new Pipeline.

    Raises:
        UsageError: If the value is empty, mixes bare and signed names, or names a step
            twice.
        UnknownNameError: If a name is neither in the base pipeline nor registered.
    """
    items = [item.strip() for item in spec.split(",") if item.strip()]
    if not items:
        raise UsageError("--steps needs step names, e.g. --steps times,actors or --steps +mystep")
    base = default_pipeline() if base is None else base
    signed = [item[0] in "+-" for item in items]
    if any(signed) and not all(signed):
        raise UsageError(
            f"--steps {spec!r} mixes chosen steps with +/- changes: either list the steps to "
            "run (times,actors) or change the default ones (+mystep,-events)"
        )
    if all(signed):
        pipeline = base
        for item in items:
            name = item[1:].strip()
            if item[0] == "-":
                pipeline = pipeline.without(name)
            elif name in pipeline.names:
                raise UsageError(f"--steps: the pipeline already has a step named {name!r}")
            else:
                pipeline = pipeline.add(name, make_step(name).run)
        return pipeline
    if len(set(items)) != len(items):
        raise UsageError(f"--steps {spec!r} names a step more than once")
    by_name = dict(zip(base.names, base.steps, strict=True))
    return Pipeline([by_name[name] if name in by_name else make_step(name) for name in items])
