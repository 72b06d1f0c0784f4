"""Processing a corpus: many inputs in, one JSON Lines stream out, on one or more cores.

The command line's ``parse`` loop lives here. Inputs (files, directories, glob patterns,
``-`` for stdin, each optionally gzip-compressed) are cut into small *tasks*: a file's
path, or a batch of JSON Lines read by the parent. Tasks go to a process pool whose
workers build their extraction pipeline once; each worker returns finished JSON lines
(bytes), so only small messages cross between processes. Results come back in input
order, and no more than a fixed number of tasks is ever in flight, so memory stays flat
whatever the corpus size.
"""

from __future__ import annotations

import collections
import concurrent.futures
import glob
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath
from typing import IO, Any

import attrs

from newsdoc._errors import NewsdocError, ParseError, ReadError, ValidationError
from newsdoc._extract._pipeline import Pipeline
from newsdoc._files import open_binary, read_error
from newsdoc._formats import parse_document, sniff_format
from newsdoc._json import dumpb, loads
from newsdoc._models import Article
from newsdoc._seed import decode, parse_seed

__all__ = [
    "ARTICLE_SUFFIXES",
    "Options",
    "Stats",
    "Task",
    "describe",
    "expand",
    "process",
    "read_path",
    "tasks",
]

#: File endings read as articles when a directory is given.
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".txt.gz", ".json.gz", ".jsonl.gz")
_GLOB_CHARS = frozenset("*?[")
_LINES_PER_TASK = 256
_BYTES_PER_TASK = 4 << 20
_FILES_PER_TASK = 8


@attrs.frozen(kw_only=True)
class Options:
    """How each article is processed; sent once to every worker.

    Attributes:
        extract: Run extraction on text inputs.
        pretty: Indent the JSON output.
        pipeline: The extraction steps, or ``None`` for the built-in ones.
    """

    extract: bool = True
    pretty: bool = False
    pipeline: Pipeline | None = None
    format: str | None = None
    parser_options: tuple[tuple[str, Any], ...] = ()
    reextract: bool = False


@attrs.frozen(kw_only=True)
class Task:
    """One unit of work: a file to read, or text / JSON lines the parent already read.

    Attributes:
        path: The file (or ``<stdin>``), as named in errors.
        data: ``None`` to read ``path``; else the raw bytes of the input (``kind="text"``)
            or of consecutive JSON lines (``kind="lines"``).
        kind: ``"file"``, ``"text"``, ``"lines"``, or ``"error"`` for an input the parent
            failed to read (``data`` is then the reason).
        first_line: For ``"lines"``, the line number of the first line in ``data``.
    """

    path: str
    kind: str = "file"
    data: bytes | None = None
    first_line: int = 1


@attrs.define
class Stats:
    """Counts for the summary line."""

    articles: int = 0
    errors: int = 0
    bytes_out: int = 0
    started: float = attrs.field(factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        """Wall-clock seconds since the run started."""
        return time.perf_counter() - self.started

    def summary(self) -> str:
        """``N articles, E errors, S s, R articles/s`` for standard error."""
        seconds = self.seconds
        rate = self.articles / seconds if seconds > 0 else 0.0
        return (
            f"{self.articles} articles, {self.errors} error{'s' if self.errors != 1 else ''}, "
            f"{seconds:.2f} s, {rate:,.0f} articles/s"
        )


# ---------------------------------------------------------------- inputs


def _is_article_file(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(ARTICLE_SUFFIXES) and not PurePath(name).name.startswith(".")


def _walk(directory: Path) -> list[str]:
    return sorted(str(f) for f in directory.rglob("*") if f.is_file() and _is_article_file(f.name))


def expand(patterns: Iterable[str], *, strict: bool = True) -> Iterator[str]:
    """The input files named by paths, directories and glob patterns, in a stable order.

    A directory gives the article files under it (``.txt``, ``.json``, ``.jsonl``, each
    optionally ``.gz``), sorted; a pattern with ``*``, ``?`` or ``[`` that names no
    existing file is expanded by newsdoc (``**`` matches any depth, so quote it in the
    shell), sorted; ``-`` stands for standard input.

    Args:
        patterns: What the user named.
        strict: Raise at once for a missing path or a pattern matching nothing; when
            false, such a name is passed on as it is, and reading it fails in its turn
            (``--keep-going`` reports it and goes on).

    Yields:
        File paths (and ``-``).

    Raises:
        ReadError: If ``strict`` and a path does not exist or a pattern matches nothing.
    """
    for p in patterns:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield p
        elif _GLOB_CHARS.intersection(p):
            matches = sorted(glob.glob(p, recursive=True))
            found = False
            for match in matches:
                if os.path.isdir(match):
                    continue
                if _is_article_file(match):
                    found = True
                    yield match
            if not found:
                if strict:
                    raise ReadError(p, "no article file matches this pattern")
                yield p
        elif strict:
            raise ReadError(p, "no such file or directory")
        else:
            yield p


def _read_bytes(path: str) -> bytes:
    try:
        with open_binary(path) as fh:
            return fh.read()
    except (OSError, EOFError) as exc:
        raise read_error(path, exc) from None


def _base(path: str) -> str:
    """The path less a final ``.gz``, which decides the format."""
    return path[:-3] if path.lower().endswith(".gz") else path


def tasks(paths: Iterable[str], *, stdin: IO[bytes] | None = None) -> Iterator[Task]:
    """Cut inputs into tasks: one per article file, batches of lines for JSON Lines.

    JSON Lines files are read here, lazily, so a worker gets a few hundred lines at a time
    and a huge file never sits in memory whole.

    Raises:
        ReadError: If a JSON Lines file cannot be read.
    """
    for path in paths:
        if path == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            yield Task(path="<stdin>", kind="text", data=source.read())
        elif _base(path).lower().endswith(".jsonl"):
            yield from _line_tasks(path)
        else:
            yield Task(path=path)


def _line_tasks(path: str) -> Iterator[Task]:
    try:
        fh = open_binary(path)
    except OSError:
        yield Task(path=path)  # the worker fails to read it, and says why
        return
    with fh:
        batch: list[bytes] = []
        size = 0
        first = 1
        number = 0
        try:
            for number, raw in enumerate(fh, start=1):
                batch.append(raw)
                size += len(raw)
                if len(batch) >= _LINES_PER_TASK or size >= _BYTES_PER_TASK:
                    yield Task(path=path, kind="lines", data=b"".join(batch), first_line=first)
                    batch, size, first = [], 0, number + 1
        except (OSError, EOFError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            yield Task(path=path, kind="error", data=reason.encode())
            return
        if batch:
            yield Task(path=path, kind="lines", data=b"".join(batch), first_line=first)


# ---------------------------------------------------------------- one article


def _with_id(article: Article, path: str) -> Article:
    """A ``x.txt.gz`` file's article is ``x``, as for ``x.txt``."""
    stem = PurePath(_base(path)).stem
    return article if article.id == stem else attrs.evolve(article, id=stem)


def read_path(
    path: str, *, extract: bool = True, pipeline: Pipeline | None = None, options: Options | None = None
) -> Iterator[Article]:
    """The articles in one input file, compressed or not, in any registered format.

    Raises:
        ReadError: If the file cannot be read.
        ParseError: If its content is not in its format.
        ValidationError: If JSON in it is not a valid Article.
    """
    options = options or Options(extract=extract, pipeline=pipeline)
    base = _base(path).lower()
    data = _read_bytes(path)
    if base.endswith(".jsonl"):
        yield from _parse_lines(data, path, 1, options)
        return
    article, keeps = parse_document(data, source=path, format=options.format, **dict(options.parser_options))
    if not keeps:
        article = _with_id(article, path)
    yield _run(article, options.extract and (options.reextract or not keeps), options.pipeline)


def _parse_lines(data: bytes, path: str, first: int, options: Options) -> Iterator[Article]:
    fmt = options.format
    for number, raw in enumerate(data.split(b"\n"), start=first):
        if not raw.strip():
            continue
        if fmt is None:
            fmt = sniff_format(path, decode(raw, path=path))
        if fmt == "json":
            article, keeps = loads(raw, source=path, line=number), True
        else:
            try:
                article, keeps = parse_document(raw, source=path, format=fmt, **dict(options.parser_options))
            except ParseError as exc:
                raise ParseError(
                    exc.reason, path=path, line=number, column=exc.column, hint=exc.hint
                ) from None
            except ValidationError as exc:
                raise exc.located(path, number) from None
        yield _run(article, options.extract and (options.reextract or not keeps), options.pipeline)


def _run(article: Article, extract: bool, pipeline: Pipeline | None) -> Article:
    if not extract:
        return article
    from newsdoc._api import extract as run_extraction

    return run_extraction(article, pipeline=pipeline)


# ---------------------------------------------------------------- workers

#: What a task gives back: JSON lines, and errors where an input failed.
Result = list[bytes | NewsdocError]

_options = Options()


def _init(options: Options) -> None:
    """Set up a worker once: keep the options, and load the pipeline's lexicons and patterns
    now (by extracting from a tiny article) rather than inside the first task."""
    global _options
    _options = options
    if options.extract:
        _run(parse_seed(_WARM_UP), True, options.pipeline)


_WARM_UP = "date 2024-01-05 Talks resume\n\nThe minister said on Monday that talks would resume in Geneva."


def _init_worker(options: Options) -> None:
    """Set up a pool worker: Ctrl-C is the parent's to handle, then as :func:`_init`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(options)


def _line(article: Article, pretty: bool) -> bytes:
    return dumpb(article, pretty=pretty, newline=True)


def _work(batch: list[Task]) -> Result:
    """Run a batch of tasks in a worker (or in the parent with one job)."""
    options = _options
    out: Result = []
    for task in batch:
        try:
            if task.kind == "lines":
                out.extend(_lines(task, options))
            elif task.kind == "error":
                raise ReadError(task.path, (task.data or b"").decode())
            elif task.kind == "text":
                assert task.data is not None
                article, keeps = parse_document(
                    task.data, source=task.path, format=options.format, **dict(options.parser_options)
                )
                run = options.extract and (options.reextract or not keeps)
                out.append(_line(_run(article, run, options.pipeline), options.pretty))
            else:
                for article in read_path(task.path, options=options):
                    out.append(_line(article, options.pretty))
        except NewsdocError as exc:
            out.append(exc)
    return out


def _lines(task: Task, options: Options) -> Result:
    assert task.data is not None
    out: Result = []
    for number, raw in enumerate(task.data.split(b"\n"), start=task.first_line):
        if not raw.strip():
            continue
        try:
            out.extend(_line(a, options.pretty) for a in _parse_lines(raw, task.path, number, options))
        except NewsdocError as exc:
            out.append(exc)
    return out


def _batches(items: Iterable[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for item in items:
        # a batch of JSON lines is already big enough to be a task of its own
        if item.kind == "lines":
            if batch:
                yield batch
                batch = []
            yield [item]
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process(
    work: Iterable[Task],
    options: Options,
    *,
    jobs: int = 1,
    chunksize: int = _FILES_PER_TASK,
    in_flight: int | None = None,
) -> Iterator[bytes | NewsdocError]:
    """JSON lines (or the error of each failed input) for every task, in input order.

    With ``jobs > 1`` the tasks run in a process pool whose workers are set up once.
    At most ``in_flight`` batches (by default four per worker) are submitted and not yet
    consumed, so memory stays bounded however many tasks there are.

    Args:
        work: The tasks, usually from :func:`tasks`.
        options: How to process each article.
        jobs: Worker processes; ``0`` means one per core, ``1`` runs in this process.
        chunksize: Files per batch sent to a worker.
        in_flight: Batches submitted ahead of the consumer.

    Yields:
        One compact JSON line (ending in a newline) per article, or a :class:`NewsdocError`.
    """
    if jobs == 0:
        jobs = os.cpu_count() or 1
    batches = _batches(work, max(1, chunksize))
    if jobs == 1:
        _init(options)
        for batch in batches:
            yield from _work(batch)
        return
    window = in_flight or 4 * jobs
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(options,)
    ) as pool:
        pending: collections.deque[concurrent.futures.Future[Result]] = collections.deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_work, batch))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


# ---------------------------------------------------------------- reporting


def describe(exc: NewsdocError) -> list[str]:
    """An input's error as ``file:line:col: message`` lines, one per problem.

    A validation error names the line where its JSON document starts (column 1) and
    then each problem's JSON path; a file that cannot be read has no line.
    """
    if isinstance(exc, ValidationError):
        where = f"{exc.path or '<text>'}:{exc.line or 1}:1"
        return [f"{where}: {p}" for p in exc.problems]
    return [str(exc)]


# ---------------------------------------------------------------- output


def progress(total: int | None, enabled: bool) -> Any:
    """A tqdm progress bar on standard error, or ``None`` when disabled."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def run(
    paths: Iterable[str],
    out: IO[bytes],
    options: Options,
    *,
    jobs: int = 1,
    keep_going: bool = False,
    report: Callable[[str], None],
    stats: Stats,
    show_progress: bool = False,
) -> None:
    """Process every input into ``out``, in order; the engine of ``newsdoc parse``.

    Args:
        paths: Input files (already expanded) and ``-``.
        out: Where JSON lines go.
        options: How to process each article.
        jobs: Worker processes (``0``: one per core).
        keep_going: Report a failed input and go on, instead of stopping at it.
        report: Called with each error line when ``keep_going`` is set.
        stats: Counts, updated as the run goes.
        show_progress: Draw a progress bar on standard error.

    Raises:
        NewsdocError: The first failed input's error, unless ``keep_going``.
    """
    files = list(paths)
    countable = all(p != "-" and not _base(p).lower().endswith(".jsonl") for p in files)
    bar = progress(len(files) if countable else None, show_progress)
    try:
        for item in process(tasks(files), options, jobs=jobs):
            if isinstance(item, NewsdocError):
                if not keep_going:
                    raise item
                stats.errors += 1
                for line in describe(item):
                    report(line)
            else:
                out.write(item)
                stats.articles += 1
                stats.bytes_out += len(item)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
