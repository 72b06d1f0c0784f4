"""Files in and out: gzip by extension, read errors that name the file, atomic outputs."""

from __future__ import annotations

import gzip
import os
import sys
from typing import IO, cast

from newsdoc._errors import ReadError

__all__ = ["AtomicOutput", "open_binary", "read_error"]


def open_binary(name: str) -> IO[bytes]:
    """The file, decompressed on the fly when its name ends in ``.gz``."""
    if name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(name, "rb"))
    return open(name, "rb")


def read_error(name: str, exc: OSError | EOFError) -> ReadError:
    """The :class:`ReadError` for a file that could not be opened or read."""
    # gzip.BadGzipFile is an OSError; a truncated gzip stream is an EOFError
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if isinstance(exc, IsADirectoryError):
        reason = "is a directory, not a file"
    return ReadError(name, reason)


class AtomicOutput:
    """Standard output, or a file (gzip-compressed if it ends in ``.gz``) written atomically.

    The bytes go to a temporary file beside the target, which replaces the target only
    when the ``with`` block ends without an exception; otherwise the temporary file is
    removed and the target, if it existed, is left as it was.
    """

    def __init__(self, target: str | None, *, stdout: IO[bytes] | None = None) -> None:
        self.target = None if target in (None, "-") else target
        self._stdout = stdout
        self._tmp: str | None = None
        self._raw: IO[bytes] | None = None
        self.fh: IO[bytes]

    def __enter__(self) -> IO[bytes]:
        if self.target is None:
            self.fh = self._stdout if self._stdout is not None else sys.stdout.buffer
            return self.fh
        directory = os.path.dirname(os.path.abspath(self.target))
        self._tmp = os.path.join(directory, f".{os.path.basename(self.target)}.{os.getpid()}.tmp")
        try:
            self._raw = open(self._tmp, "wb")
        except OSError as exc:
            raise ReadError(self.target, exc.strerror or str(exc)) from None
        if self.target.lower().endswith(".gz"):
            # mtime=0: the same articles always give the same bytes
            self.fh = cast(IO[bytes], gzip.GzipFile(fileobj=self._raw, mode="wb", compresslevel=6, mtime=0))
        else:
            self.fh = self._raw
        return self.fh

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._tmp is None:
            self.fh.flush()
            return
        assert self._raw is not None and self.target is not None
        try:
            self.fh.close()
            self._raw.close()
            if exc_type is None:
                os.replace(self._tmp, self.target)
        except OSError as error:
            if exc_type is None:
                raise ReadError(self.target, error.strerror or str(error)) from None
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
