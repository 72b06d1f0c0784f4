"""Command-line pieces for formats, steps, lexicons and exporters.

The input options (``--format``, ``--date``, ``--steps``, ``--lexicon``) are one
decorator, :func:`input_options`, that hands the command an :class:`InputOptions`; the
commands ``formats``, ``steps``, ``exporters`` and ``export`` are added to the main group
by :func:`install`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import click

import newsdoc
from newsdoc._errors import UsageError
from newsdoc._extract._pipeline import Pipeline, default_pipeline
from newsdoc._registry import available_exporters, available_parsers, available_steps, get_exporter
from newsdoc._steps import pipeline_from_spec
from newsdoc._user_lexicon import load_lexicon, pipeline_with_lexicon

__all__ = ["InputOptions", "input_articles", "input_options", "install"]

_F = TypeVar("_F", bound=Callable[..., Any])
_Wrap = Callable[[Callable[..., Any]], Callable[..., Any]]


@attrs.define(kw_only=True)
class InputOptions:
    """How to read inputs: the format, its options, and which extraction steps to run."""

    format: str | None = None
    date: str | None = None
    steps: str | None = None
    lexicon: str | None = None
    _pipeline: Pipeline | None = attrs.field(default=None, init=False)

    @property
    def asks_extraction(self) -> bool:
        """Whether steps or a lexicon were chosen, so even JSON input is extracted again."""
        return self.steps is not None or self.lexicon is not None

    def corpus_options(self) -> dict[str, Any]:
        """These options as keyword arguments for a corpus engine's options object.

        Returns:
            ``format``, ``parser_options`` (``(("date", ...),)`` or ``()``), ``pipeline``
            (``None`` for the default) and ``reextract`` (whether newsdoc JSON input is
            extracted again).
        """
        return {
            "format": self.format,
            "parser_options": (("date", self.date),) if self.date is not None else (),
            "pipeline": self.pipeline(),
            "reextract": self.asks_extraction,
        }

    def pipeline(self) -> Pipeline | None:
        """The pipeline the options describe (built once), or ``None`` for the default."""
        if self._pipeline is None and self.asks_extraction:
            pipeline = default_pipeline()
            if self.steps is not None:
                pipeline = pipeline_from_spec(self.steps, pipeline)
            if self.lexicon is not None:
                pipeline = pipeline_with_lexicon(load_lexicon(self.lexicon), pipeline)
            self._pipeline = pipeline
        return self._pipeline


def input_options(func: _F) -> _F:
    """Add ``--format``, ``--date``, ``--steps`` and ``--lexicon`` to a command.

    The command receives them together as one keyword argument, ``inputs``.
    """

    @click.option(
        "--format",
        "format_",
        metavar="NAME",
        help="Input format (see `newsdoc formats`); guessed from extension and content if not given.",
    )
    @click.option("--date", metavar="YYYY-MM-DD", help="Publication date, for formats without one (plain).")
    @click.option(
        "--steps",
        metavar="A,B",
        help="Extraction steps to run (times,actors), or changes to the default ones (+mystep,-events).",
    )
    @click.option(
        "--lexicon",
        metavar="FILE",
        help="A user actor dictionary (CSV or JSON) applied by the `dictionary` step.",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any,
        format_: str | None,
        date: str | None,
        steps: str | None,
        lexicon: str | None,
        **kwargs: Any,
    ) -> Any:
        inputs = InputOptions(format=format_, date=date, steps=steps, lexicon=lexicon)
        return func(*args, inputs=inputs, **kwargs)

    return wrapper  # type: ignore[return-value]


def input_articles(path: str, inputs: InputOptions | None, *, extract: bool) -> Iterator[newsdoc.Article]:
    """The articles of one input read with the chosen options.

    Args:
        path: A file or ``-`` for standard input.
        inputs: The input options (``None`` for the defaults).
        extract: ``False`` for ``--no-extract``; otherwise newsdoc JSON keeps its
            extraction unless steps or a lexicon were chosen.

    Returns:
        An iterator of Articles.
    """
    inputs = inputs or InputOptions()
    if not extract:
        run: bool | None = False
    else:
        run = True if inputs.asks_extraction else None
    return newsdoc.read_all(
        path, format=inputs.format, extract=run, pipeline=inputs.pipeline(), date=inputs.date
    )


def _table(rows: dict[str, str], extra: Callable[[str], str] | None = None) -> None:
    width = max((len(name) for name in rows), default=0)
    for name, origin in rows.items():
        suffix = f"  {extra(name)}" if extra is not None else ""
        click.echo(f"{name.ljust(width)}  {origin}{suffix}".rstrip())


@click.command()
def formats() -> None:
    """List the input formats, with where each comes from (built-in or a package)."""
    _table(available_parsers())


@click.command()
def steps() -> None:
    """List the extraction steps, with where each comes from.

    Steps of the default pipeline are marked with their position in it.
    """
    order = {name: i for i, name in enumerate(default_pipeline().names, start=1)}
    _table(available_steps(), lambda n: f"(default #{order[n]})" if n in order else "")


@click.command()
def exporters() -> None:
    """List the export targets of `newsdoc export --to`, with where each comes from."""
    _table(available_exporters())


def _export_command(
    handle_errors: _Wrap, expand: Callable[[tuple[str, ...]], Iterator[str]]
) -> Any:
    @click.command()
    @click.argument("paths", nargs=-1, required=True)
    @click.option(
        "--to", "target", required=True, metavar="NAME", help="ninjs, plover, csv, parquet or a plugin's."
    )
    @click.option(
        "-o",
        "--output",
        metavar="OUT",
        help="The output file (ninjs, plover; stdout if not given) or directory (csv, parquet).",
    )
    @click.option(
        "--no-extract", is_flag=True, help="Only read the text; find no actors, statements or events."
    )
    @input_options
    @handle_errors
    def export(
        paths: tuple[str, ...], target: str, output: str | None, no_extract: bool, inputs: InputOptions
    ) -> None:
        """Export articles (text files, newsdoc JSON or JSON Lines) to another format.

        \b
        ninjs    IPTC ninjs 2.x JSON, one object a line
        plover   PLOVER-style event records, one JSON line per event
        csv      actors.csv, statements.csv, events.csv in the -o directory
        parquet  the same three tables as Parquet files (pip install newsdoc[arrow])
        """
        exporter = get_exporter(target)
        if getattr(exporter, "needs_directory", False) and not output:
            raise UsageError(f"--to {target} writes several files: give a directory with -o DIR")

        def articles() -> Iterator[newsdoc.Article]:
            for path in expand(paths):
                yield from input_articles(path, inputs, extract=not no_extract)

        count = exporter(articles(), output=output)
        if output:
            click.echo(f"{count} record{'s' if count != 1 else ''} written to {output}", err=True)

    return export


def install(
    group: click.Group, handle_errors: _Wrap, expand: Callable[[tuple[str, ...]], Iterator[str]]
) -> None:
    """Add the plugin-related commands to the ``newsdoc`` command group.

    Args:
        group: The main command group.
        handle_errors: The decorator that turns newsdoc errors into exit codes.
        expand: The function that turns PATH arguments into files.
    """
    for command in (formats, steps, exporters):
        if command.callback is not None:
            command.callback = handle_errors(command.callback)
        group.add_command(command)
    group.add_command(_export_command(handle_errors, expand), name="export")
