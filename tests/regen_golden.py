"""Regenerate the golden Article JSON files: ``python -m tests.regen_golden``.

Each ``tests/golden/NAME.json`` is what ``newsdoc parse seeds/NAME.txt`` prints. Run
this after a deliberate change to extraction, then review the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "seeds"


def golden_text(seed: Path) -> str:
    """The golden JSON for one seed article, as ``newsdoc parse`` writes it."""
    return newsdoc.dumps(newsdoc.read(seed), pretty=True) + "\n"


def main() -> None:
    """Rewrite every golden file from its seed."""
    GOLDEN.mkdir(exist_ok=True)
    for golden in sorted(GOLDEN.glob("*.json")) or [GOLDEN / (s.stem + ".json") for s in SEEDS.glob("*.txt")]:
        seed = SEEDS / (golden.stem + ".txt")
        golden.write_text(golden_text(seed), encoding="utf-8")
        print(f"wrote {golden.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
