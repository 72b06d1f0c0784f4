"""Every ```python block in docs/ and README.md runs, in page order, from the repository root.

Blocks on one page share a namespace, so a page reads as one session. A block whose
first line is ``# doctest: skip`` is shown but not run (none should need it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.M | re.S)
PAGES = [*sorted(ROOT.joinpath("docs").rglob("*.md")), ROOT / "README.md"]


def _blocks(page: Path) -> list[str]:
    return [b for b in BLOCK.findall(page.read_text(encoding="utf-8")) if not b.startswith("# doctest: skip")]


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)], ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NEWSDOC_DOCS_TMP", str(tmp_path))
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, block in enumerate(_blocks(page), start=1):
        code = compile(block, f"{page.relative_to(ROOT)} (block {number})", "exec")
        exec(code, namespace)  # running the documentation is the point
