"""One exception tree for everything newsdoc reports about bad input.

Every error stores structured fields for programs and builds its one-line text for
people in ``__str__``. Specific errors also subclass the matching built-in, so
``except ValueError`` keeps working for callers who do not know newsdoc.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "NewsdocError",
    "ParseError",
    "Problem",
    "ReadError",
    "UnknownNameError",
    "ValidationError",
]


class NewsdocError(Exception):
    """Base class of every error newsdoc raises for bad input or bad use."""

    #: The command-line exit code for this kind of error.
    exit_code: int = 1


class ParseError(NewsdocError, ValueError):
    """Input text (an article file or a JSON document) could not be read.

    Attributes:
        reason: What is wrong, in a few words.
        path: The file name, or ``None`` for text that came from memory.
        line: 1-based line number, or ``None`` when the whole input is at fault.
        column: 1-based column number (in characters), or ``None``.
        hint: How to fix it, or ``None``.
    """

    exit_code = 3

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    @property
    def location(self) -> str:
        """``file:line:col`` (the parts that are known), as compilers print it."""
        parts = [self.path or "<text>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location}: {self.reason}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text

    def __reduce__(self) -> tuple[object, ...]:
        # keyword-only fields survive pickling (process pools send errors between processes)
        return (_rebuild_parse_error, (self.reason, self.path, self.line, self.column, self.hint))


def _rebuild_parse_error(
    reason: str, path: str | None, line: int | None, column: int | None, hint: str | None
) -> ParseError:
    return ParseError(reason, path=path, line=line, column=column, hint=hint)


class Problem:
    """One thing wrong with a document, named by its JSON path (``$.actors[2].kind``)."""

    __slots__ = ("message", "path")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))


class ValidationError(NewsdocError, ValueError):
    """A document is well-formed but breaks the data model's rules.

    Every problem is collected, not just the first, and each names its JSON path.

    Attributes:
        problems: What is wrong, one :class:`Problem` per finding.
        path: The file the document came from, or ``None``.
        line: For JSON Lines input, the 1-based line of the document, else ``None``.
    """

    exit_code = 4

    def __init__(
        self, problems: Iterable[Problem], *, path: str | None = None, line: int | None = None
    ) -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        self.path = path
        self.line = line
        super().__init__(str(self))

    def located(self, path: str | None, line: int | None = None) -> ValidationError:
        """The same problems, said of a file (and line, for JSON Lines)."""
        return ValidationError(self.problems, path=path, line=line)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        count = len(self.problems)
        head = f"{where}{count} problem{'s' if count != 1 else ''} in the document"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_validation_error, (list(self.problems), self.path, self.line))


def _rebuild_validation_error(problems: list[Problem], path: str | None, line: int | None) -> ValidationError:
    return ValidationError(problems, path=path, line=line)


class ReadError(NewsdocError, OSError):
    """A file or directory could not be opened, read or written."""

    exit_code = 5

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __reduce__(self) -> tuple[object, ...]:
        return (ReadError, (self.path, self.reason))


class UnknownNameError(NewsdocError, LookupError):
    """A parser, extractor step, exporter or format name that is not registered."""

    exit_code = 2

    def __init__(self, what: str, name: str, available: Iterable[str]) -> None:
        self.what = what
        self.name = name
        self.available = tuple(sorted(available))
        super().__init__(str(self))

    def __str__(self) -> str:
        options = ", ".join(self.available) or "none"
        return f"no {self.what} named {self.name!r}; available: {options}"

    def __reduce__(self) -> tuple[object, ...]:
        return (UnknownNameError, (self.what, self.name, self.available))
