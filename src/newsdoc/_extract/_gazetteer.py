"""The gazetteer: countries, subdivisions and organisations, looked up by exact surface.

The facts live in three data files under ``newsdoc/data`` (``countries.tsv``,
``subdivisions.tsv``, ``organizations.tsv``); this module only reads them and indexes
every name, alias, demonym, capital and city. Lookups are exact and case-sensitive:
callers strip a leading "the" and possessive endings before asking. The one variation
indexed here is typographic: a surface written with a straight apostrophe in the data
("Workers' Party of Korea") is also found with a curly one ("Workers\u2019 Party").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import attrs

from newsdoc._lexicon import load_table

__all__ = ["Country", "Gazetteer", "Organization", "PlaceMatch", "Region", "Subdivision", "gazetteer"]

#: The roles a place surface can play, in the order matches are reported.
PLACE_ROLES = ("name", "alias", "demonym", "capital", "city", "subdivision", "region")


@attrs.frozen(kw_only=True)
class Country:
    """A country, observer state or territory (one row of ``countries.tsv``).

    Attributes:
        iso3: The ISO 3166-1 alpha-3 code ("PRK"; Kosovo is "XKX").
        name: The common English short name used in news ("North Korea").
        kind: "country" for UN members and observer states, else "territory".
        aliases: Other names and abbreviations ("DPRK").
        demonyms: Adjective and noun forms ("North Korean", "North Koreans").
        capital: The capital as datelined in news, or None.
        cities: Other major cities and well-known places.
    """

    iso3: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    cities: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Subdivision:
    """A state, province, nation or region of a country (``subdivisions.tsv``).

    Attributes:
        name: The name used in news ("Crimea").
        iso3: The code of the country it belongs to.
        kind: "state", "province", "region" or "nation".
        aliases: Other names and abbreviations ("Calif.").
    """

    name: str
    iso3: str
    kind: str
    aliases: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Region:
    """A continent, ocean or world region, of no single country (``regions.tsv``).

    Attributes:
        name: The name used in news ("Middle East").
        aliases: Other names ("Mideast").
    """

    name: str
    aliases: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Organization:
    """An organisation (one row of ``organizations.tsv``).

    Attributes:
        name: The full name ("Korean Central News Agency").
        aliases: Short names and acronyms ("KCNA").
        country: The code of its country, or None for international bodies.
        type: One of igo, agency, media, party, military, government, ngo, company,
            court, legislature, armed-group.
    """

    name: str
    aliases: tuple[str, ...]
    country: str | None
    type: str


@attrs.frozen(kw_only=True)
class PlaceMatch:
    """One reading of a place surface.

    Attributes:
        surface: The text looked up.
        iso3: The country it points to ("" for a region, which has none).
        role: How it names the country: "name", "alias", "demonym", "capital",
            "city", "subdivision" or "region".
    """

    surface: str
    iso3: str
    role: str


def _variants(surface: str) -> tuple[str, ...]:
    """The surface, plus its typographic-apostrophe spelling when it has an apostrophe."""
    if "'" in surface:
        return (surface, surface.replace("'", "\u2019"))
    return (surface,)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


class Gazetteer:
    """Countries, subdivisions and organisations with exact-surface indexes.

    Attributes:
        countries: Every country, observer state and territory, in file order.
        subdivisions: Every subdivision and region, in file order.
        organizations: Every organisation, in file order.
    """

    __slots__ = ("_by_iso3", "_orgs", "_places", "countries", "organizations", "regions", "subdivisions")

    def __init__(
        self,
        *,
        countries: Iterable[Country],
        subdivisions: Iterable[Subdivision],
        organizations: Iterable[Organization],
        regions: Iterable[Region] = (),
    ) -> None:
        """Index the given entries.

        Args:
            countries: The countries and territories.
            subdivisions: The subdivisions; their ``iso3`` should name a country.
            organizations: The organisations.
            regions: Continents, oceans and world regions.
        """
        self.countries = tuple(countries)
        self.regions = tuple(regions)
        self.subdivisions = tuple(subdivisions)
        self.organizations = tuple(organizations)
        self._by_iso3 = {c.iso3: c for c in self.countries}
        places: dict[str, list[PlaceMatch]] = {}

        def add(name: str, iso3: str, role: str) -> None:
            for surface in _variants(name):
                match = PlaceMatch(surface=surface, iso3=iso3, role=role)
                bucket = places.setdefault(surface, [])
                if match not in bucket:
                    bucket.append(match)

        for c in self.countries:
            add(c.name, c.iso3, "name")
            for alias in c.aliases:
                add(alias, c.iso3, "alias")
            for demonym in c.demonyms:
                add(demonym, c.iso3, "demonym")
            if c.capital:
                add(c.capital, c.iso3, "capital")
            for city in c.cities:
                add(city, c.iso3, "city")
        for s in self.subdivisions:
            for surface in (s.name, *s.aliases):
                add(surface, s.iso3, "subdivision")
        for r in self.regions:
            for surface in (r.name, *r.aliases):
                add(surface, "", "region")
        self._places = {k: tuple(v) for k, v in places.items()}
        orgs: dict[str, Organization] = {}
        for o in self.organizations:
            for name in (o.name, *o.aliases):
                for surface in _variants(name):
                    orgs.setdefault(surface, o)
        self._orgs = orgs

    def country(self, iso3: str) -> Country:
        """The country with this ISO 3166-1 alpha-3 code.

        Args:
            iso3: An upper-case three-letter code such as "PRK".

        Returns:
            The matching Country.

        Raises:
            KeyError: When no country, observer state or territory has that code.
        """
        try:
            return self._by_iso3[iso3]
        except KeyError:
            raise KeyError(
                f"no country with code {iso3!r}; codes are ISO 3166-1 alpha-3, "
                f"e.g. 'PRK', 'USA' ({len(self._by_iso3)} known)"
            ) from None

    def places(self, surface: str) -> tuple[PlaceMatch, ...]:
        """Every reading of a place surface (exact, case-sensitive).

        Args:
            surface: A name, alias, demonym, capital, city or subdivision name,
                e.g. "Pyongyang" or "North Korean".

        Returns:
            The matches in file order (empty when the surface is unknown).
        """
        return self._places.get(surface, ())

    def organization(self, surface: str) -> Organization | None:
        """The organisation with this name or alias (exact, case-sensitive).

        Args:
            surface: A name or alias, e.g. "KCNA" or "U.N. Security Council".

        Returns:
            The Organization, or None when the surface is unknown.
        """
        return self._orgs.get(surface)

    def place_surfaces(self) -> frozenset[str]:
        """Every surface ``places`` knows.

        Returns:
            The set of all country, territory and subdivision surfaces.
        """
        return frozenset(self._places)

    def organization_surfaces(self) -> frozenset[str]:
        """Every surface ``organization`` knows.

        Returns:
            The set of all organisation names and aliases.
        """
        return frozenset(self._orgs)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from the packaged data files, loaded once.

    Returns:
        The shared Gazetteer.
    """
    countries = (
        Country(
            iso3=row["iso3"],
            name=row["name"],
            kind=row["kind"],
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capital=row["capital"] or None,
            cities=_split(row["cities"]),
        )
        for row in load_table("countries.tsv")
    )
    subdivisions = (
        Subdivision(name=row["name"], iso3=row["iso3"], kind=row["kind"], aliases=_split(row["aliases"]))
        for row in load_table("subdivisions.tsv")
    )
    organizations = (
        Organization(
            name=row["name"],
            aliases=_split(row["aliases"]),
            country=row["country"] or None,
            type=row["type"],
        )
        for row in load_table("organizations.tsv")
    )
    regions = (Region(name=row["name"], aliases=_split(row["aliases"])) for row in load_table("regions.tsv"))
    return Gazetteer(countries=countries, subdivisions=subdivisions, organizations=organizations, regions=regions)


@cache
def _world_cities() -> dict[str, str]:
    return {row["name"]: row["country"] for row in load_table("world_cities.tsv")}


def world_city(surface: str) -> str | None:
    """The country of a city in the world cities table (``world_cities.tsv``), if listed.

    The table (GeoNames cities of at least 50,000 people outside the United States) is
    read on first use and only for names nothing else explains.

    Args:
        surface: A city name as written, e.g. "Nepalgunj".

    Returns:
        The ISO 3166-1 alpha-3 code of its country, or None when the name is not listed.
    """
    return _world_cities().get(surface)
