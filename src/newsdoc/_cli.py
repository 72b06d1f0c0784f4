"""The ``newsdoc`` command line (also ``python -m newsdoc``).

Errors go to standard error as ``file:line:col: message`` with no traceback, and the
exit code says what kind of failure it was (see :data:`EXIT_CODES`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

import newsdoc
from newsdoc._cli_plugins import InputOptions, input_articles, input_options, install
from newsdoc._errors import NewsdocError, ParseError, ReadError, ValidationError

__all__ = ["EXIT_CODES", "main"]

#: Every exit code the command line uses, and what it means.
EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "internal error (a bug in newsdoc: please report it)",
    2: "usage error: unknown command, option, format or step name",
    3: "parse error: an input is not in its format (bad header, bad date, invalid JSON...)",
    4: "validation error: a JSON document breaks the data model (unknown ids, bad spans...)",
    5: "I/O error: a file or directory cannot be read or written",
    6: "some inputs failed with --keep-going (each is reported; the rest was processed)",
}

_ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl")
_F = TypeVar("_F", bound=Callable[..., Any])


def _report(exc: NewsdocError) -> None:
    click.echo(f"newsdoc: {exc}", err=True)


def _handle_errors(func: _F) -> _F:
    """Turn newsdoc errors into a message on stderr and the matching exit code."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsdocError as exc:
            _report(exc)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            # the reader went away (`newsdoc parse ... | head`): stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("newsdoc: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:
            if os.environ.get("NEWSDOC_DEBUG"):
                raise
            click.echo(
                f"newsdoc: internal error: {type(exc).__name__}: {exc} "
                "(set NEWSDOC_DEBUG=1 for the traceback, and please report it)",
                err=True,
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _expand(paths: tuple[str, ...]) -> Iterator[str]:
    """Files named, files under named directories (sorted), and ``-`` for stdin."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f)
                for f in path.rglob("*")
                if f.is_file() and f.suffix.lower() in _ARTICLE_SUFFIXES and not f.name.startswith(".")
            )
            yield from found
        elif path.exists():
            yield p
        else:
            raise ReadError(p, "no such file or directory")


def _articles(path: str, *, extract: bool, inputs: InputOptions | None = None) -> Iterator[newsdoc.Article]:
    """The articles in one input: a file in any format, a JSON Lines file or stdin."""
    yield from input_articles(path, inputs, extract=extract)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    newsdoc.__version__,
    prog_name="newsdoc",
    message="%(prog)s, version %(version)s" + (" (compiled)" if newsdoc.COMPILED else ""),
)
def main() -> None:
    """Turn plain-text news articles into typed, linked JSON documents.

    \b
    Exit codes:
      0  success
      1  internal error (a bug: please report it)
      2  usage error
      3  parse error (an input is not in its format)
      4  validation error (JSON that breaks the data model)
      5  I/O error
      6  some inputs failed with --keep-going
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", metavar="FILE",
    help="Write to FILE (atomically; gzip-compressed if it ends in .gz) instead of stdout.",
)
@click.option("--pretty", is_flag=True, help="Indent the JSON (one object spans many lines).")
@click.option("--no-extract", is_flag=True, help="Only read the text; find no actors, statements or events.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
    help="Worker processes; 0 uses every core.",
)
@click.option(
    "--keep-going", is_flag=True,
    help="Report each input that fails (file:line:col: message), skip it and go on; exit 6 at the end.",
)
@click.option(
    "--stats", is_flag=True,
    help="Print the summary line (articles, errors, seconds, articles/s) even when stderr is not a terminal.",
)
@input_options
@_handle_errors
def parse(
    paths: tuple[str, ...], output: str | None, pretty: bool, no_extract: bool,
    jobs: int, keep_going: bool, stats: bool, inputs: InputOptions,
) -> None:
    """Parse article files and print one Article JSON object per line.

    PATHS are files, directories (searched for .txt, .json and .jsonl files, each
    optionally .gz), glob patterns expanded by newsdoc (quote them: 'corpus/**/*.txt'),
    or - for standard input. The output keeps the input order, whatever --jobs is.

    On a terminal, a progress bar and a summary line go to stderr; otherwise stderr
    stays silent unless something fails (or --stats asks for the summary).
    """
    from newsdoc import _corpus, _files

    interactive = sys.stderr.isatty()
    options = _corpus.Options(extract=not no_extract, pretty=pretty, **inputs.corpus_options())
    counts = _corpus.Stats()
    files = _corpus.expand(paths, strict=not keep_going)
    with _files.AtomicOutput(output) as out:
        _corpus.run(
            files, out, options, jobs=jobs, keep_going=keep_going, stats=counts,
            report=lambda line: click.echo(line, err=True), show_progress=interactive,
        )
    if interactive or stats:
        click.echo(f"newsdoc: {counts.summary()}", err=True)
    if counts.errors:
        click.echo(f"newsdoc: {counts.errors} input(s) failed", err=True)
        sys.exit(6)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_handle_errors
def validate(paths: tuple[str, ...]) -> None:
    """Check newsdoc JSON (.json) and JSON Lines (.jsonl) files against the data model.

    Every problem is reported with its file, line and JSON path; the exit code is that of
    the first failure kind met (3 for invalid JSON, 4 for a broken model).
    """
    failures: list[NewsdocError] = []
    checked = 0
    for path in _expand(paths):
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
                checked += sum(1 for _ in newsdoc.loads_lines(data, source="<stdin>"))
            elif path.lower().endswith(".jsonl"):
                checked += _validate_lines(path, failures)
            else:
                with open(path, "rb") as fh:
                    newsdoc.loads(fh.read(), source=path)
                checked += 1
        except (ParseError, ValidationError) as exc:
            failures.append(exc)
            _report(exc)
        except OSError as exc:
            raise ReadError(path, exc.strerror or str(exc)) from None
    if failures:
        click.echo(f"newsdoc: {len(failures)} invalid, {checked} valid", err=True)
        sys.exit(failures[0].exit_code)
    click.echo(f"{checked} valid", err=True)


def _validate_lines(path: str, failures: list[NewsdocError]) -> int:
    """Check every line of a JSON Lines file, reporting each bad one; return the good count."""
    checked = 0
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                newsdoc.loads(raw, source=path, line=number)
                checked += 1
            except (ParseError, ValidationError) as exc:
                failures.append(exc)
                _report(exc)
    return checked


@main.command()
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
@_handle_errors
def schema(output: str | None) -> None:
    """Print the JSON Schema of the Article JSON format."""
    import orjson

    from newsdoc import _files

    with _files.AtomicOutput(output) as out:
        out.write(orjson.dumps(newsdoc.json_schema(), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--no-extract", is_flag=True, help="Only show the text fields.")
@input_options
@_handle_errors
def show(paths: tuple[str, ...], no_extract: bool, inputs: InputOptions) -> None:
    """Print a readable summary of articles: headline, date, who said what, events."""
    first = True
    for path in _expand(paths):
        for article in _articles(path, extract=not no_extract, inputs=inputs):
            if not first:
                click.echo()
            first = False
            click.echo(newsdoc.summary(article))


install(main, _handle_errors, _expand)
