"""``newsdoc parse`` output for the seed articles, diffed against the golden JSON files.

When extraction changes on purpose, regenerate with ``python -m tests.regen_golden``
and review the diff before committing it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted(ROOT.joinpath("tests", "golden").glob("*.json"))


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_parse_output_matches_the_golden_file(golden: Path) -> None:
    seed = ROOT / "seeds" / (golden.stem + ".txt")
    out = subprocess.run(
        [sys.executable, "-m", "newsdoc", "parse", str(seed)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert json.loads(out.stdout) == json.loads(golden.read_text(encoding="utf-8"))
