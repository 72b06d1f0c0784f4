"""The gazetteer's data files are complete and consistent, and lookups are exact."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from newsdoc._extract._gazetteer import Gazetteer, PlaceMatch, gazetteer

# The 193 UN member states (ISO 3166-1 alpha-3), as listed by the UN.
_UN_MEMBER_CODES = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
    BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
    CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
    FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
    IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
    LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
    NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
    QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
    ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
    UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = frozenset(_UN_MEMBER_CODES.split())
OBSERVERS = frozenset({"VAT", "PSE"})

# Surfaces that knowingly point to two countries: shared demonyms, and names that are
# both a country (or capital) and another country's subdivision.
KNOWN_AMBIGUOUS = frozenset({"Congolese", "Dominican", "Dominicans", "Georgia", "Victoria"})

# Rows of kind "country" for which English has no settled demonym.
NO_DEMONYM = frozenset({"VAT"})

ORG_TYPES = frozenset(
    {
        "igo",
        "agency",
        "media",
        "party",
        "military",
        "government",
        "ngo",
        "company",
        "court",
        "legislature",
        "armed-group",
    }
)
SUBDIVISION_KINDS = frozenset({"state", "province", "region", "nation"})


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer()


def test_the_hard_coded_lists_hold_193_members_and_2_observers() -> None:
    assert (len(UN_MEMBERS), len(OBSERVERS)) == (193, 2)


def test_every_un_member_and_observer_is_a_country(gaz: Gazetteer) -> None:
    countries = {c.iso3 for c in gaz.countries if c.kind == "country"}
    assert countries == UN_MEMBERS | OBSERVERS


def test_iso3_codes_are_unique(gaz: Gazetteer) -> None:
    codes = [c.iso3 for c in gaz.countries]
    assert len(codes) == len(set(codes))


def test_iso3_codes_are_three_uppercase_letters(gaz: Gazetteer) -> None:
    assert [c.iso3 for c in gaz.countries if not re.fullmatch(r"[A-Z]{3}", c.iso3)] == []


def test_kinds_are_country_or_territory(gaz: Gazetteer) -> None:
    assert {"country", "territory"} == {c.kind for c in gaz.countries}


def test_territories_include_the_commonly_reported_ones(gaz: Gazetteer) -> None:
    territories = {c.iso3 for c in gaz.countries if c.kind == "territory"}
    assert {"TWN", "XKX", "HKG", "MAC", "PRI", "GRL", "ESH", "GIB", "GUM"} <= territories


def test_every_row_has_a_name(gaz: Gazetteer) -> None:
    assert [c.iso3 for c in gaz.countries if not c.name.strip()] == []


def test_every_country_has_a_demonym_where_english_has_one(gaz: Gazetteer) -> None:
    missing = {c.iso3 for c in gaz.countries if c.kind == "country" and not c.demonyms}
    assert missing == NO_DEMONYM


def test_every_country_has_a_capital(gaz: Gazetteer) -> None:
    assert [c.iso3 for c in gaz.countries if c.kind == "country" and not c.capital] == []


def test_no_cell_has_stray_whitespace_or_empty_parts(gaz: Gazetteer) -> None:
    bad = [
        (c.iso3, s)
        for c in gaz.countries
        for s in (c.name, *c.aliases, *c.demonyms, *c.cities, c.capital or "x")
        if not s or s != s.strip() or "  " in s
    ]
    assert bad == []


def test_no_surface_names_two_countries_unless_known(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for surface in gaz.place_surfaces():
        owners[surface] = {m.iso3 for m in gaz.places(surface)}
    ambiguous = {surface for surface, codes in owners.items() if len(codes) > 1}
    assert ambiguous == KNOWN_AMBIGUOUS


def test_no_alias_starts_with_a_lowercase_the(gaz: Gazetteer) -> None:
    aliases = [a for c in gaz.countries for a in c.aliases]
    aliases += [a for o in gaz.organizations for a in o.aliases]
    assert [a for a in aliases if a.startswith("the ")] == []


def test_subdivisions_belong_to_known_countries(gaz: Gazetteer) -> None:
    codes = {c.iso3 for c in gaz.countries}
    assert [s.name for s in gaz.subdivisions if s.iso3 not in codes] == []


def test_subdivision_kinds_are_known(gaz: Gazetteer) -> None:
    assert [s.name for s in gaz.subdivisions if s.kind not in SUBDIVISION_KINDS] == []


def test_all_fifty_us_states_are_listed(gaz: Gazetteer) -> None:
    assert sum(1 for s in gaz.subdivisions if s.iso3 == "USA" and s.kind == "state") == 50


def test_ambiguous_postal_codes_are_left_out(gaz: Gazetteer) -> None:
    assert set() == {"IN", "OR", "ME", "OK", "LA"} & gaz.place_surfaces()


def test_organizations_country_codes_exist(gaz: Gazetteer) -> None:
    codes = {c.iso3 for c in gaz.countries}
    assert [o.name for o in gaz.organizations if o.country is not None and o.country not in codes] == []


def test_organization_types_are_known(gaz: Gazetteer) -> None:
    assert [o.name for o in gaz.organizations if o.type not in ORG_TYPES] == []


def test_organization_names_are_unique(gaz: Gazetteer) -> None:
    names = [o.name for o in gaz.organizations]
    assert len(names) == len(set(names))


def test_no_organization_surface_is_shared_by_two_rows(gaz: Gazetteer) -> None:
    seen: dict[str, str] = {}
    shared = []
    for o in gaz.organizations:
        for surface in {o.name, *o.aliases}:
            if surface in seen:
                shared.append(surface)
            seen[surface] = o.name
    assert shared == []


def test_there_are_at_least_250_organizations(gaz: Gazetteer) -> None:
    assert len(gaz.organizations) >= 250


def test_kcna_is_north_korean(gaz: Gazetteer) -> None:
    org = gaz.organization("KCNA")
    assert org is not None
    assert (org.name, org.country) == ("Korean Central News Agency", "PRK")


def test_iaea_has_no_country(gaz: Gazetteer) -> None:
    org = gaz.organization("IAEA")
    assert org is not None
    assert org.country is None


def test_un_atomic_agency_is_the_iaea(gaz: Gazetteer) -> None:
    assert gaz.organization("IAEA") == gaz.organization("U.N. atomic agency")


def test_unknown_organization_is_none(gaz: Gazetteer) -> None:
    assert gaz.organization("Ministry of Silly Walks") is None


def test_organization_lookup_is_case_sensitive(gaz: Gazetteer) -> None:
    assert gaz.organization("kcna") is None


def test_busan_is_a_south_korean_city(gaz: Gazetteer) -> None:
    assert (PlaceMatch(surface="Busan", iso3="KOR", role="city"),) == gaz.places("Busan")


def test_north_korean_is_a_demonym_of_north_korea(gaz: Gazetteer) -> None:
    assert (PlaceMatch(surface="North Korean", iso3="PRK", role="demonym"),) == gaz.places("North Korean")


def test_pyongyang_is_the_capital_of_north_korea(gaz: Gazetteer) -> None:
    assert (PlaceMatch(surface="Pyongyang", iso3="PRK", role="capital"),) == gaz.places("Pyongyang")


def test_us_with_periods_is_an_alias_of_the_united_states(gaz: Gazetteer) -> None:
    assert (PlaceMatch(surface="U.S.", iso3="USA", role="alias"),) == gaz.places("U.S.")


def test_crimea_is_a_subdivision_of_ukraine(gaz: Gazetteer) -> None:
    assert (PlaceMatch(surface="Crimea", iso3="UKR", role="subdivision"),) == gaz.places("Crimea")


def test_ap_state_abbreviation_is_a_subdivision(gaz: Gazetteer) -> None:
    assert (PlaceMatch(surface="Calif.", iso3="USA", role="subdivision"),) == gaz.places("Calif.")


def test_place_lookup_is_case_sensitive(gaz: Gazetteer) -> None:
    assert gaz.places("pyongyang") == ()


def test_context_dependent_phrases_are_not_places(gaz: Gazetteer) -> None:
    assert gaz.places("the North") == ()


def test_country_by_code(gaz: Gazetteer) -> None:
    assert gaz.country("PRK").name == "North Korea"


def test_unknown_country_code_raises_a_short_key_error(gaz: Gazetteer) -> None:
    with pytest.raises(KeyError, match="no country with code 'XYZ'") as info:
        gaz.country("XYZ")
    assert len(str(info.value)) < 200


def test_surface_sets_cover_the_lookups(gaz: Gazetteer) -> None:
    assert ("Seoul" in gaz.place_surfaces(), "Yonhap" in gaz.organization_surfaces()) == (True, True)


def test_gazetteer_is_loaded_once() -> None:
    assert gazetteer() is gazetteer()


def test_curly_apostrophe_spelling_finds_the_organization(gaz: Gazetteer) -> None:
    assert gaz.organization("Workers\u2019 Party of Korea") == gaz.organization("Workers' Party of Korea")


def test_curly_apostrophe_spelling_finds_the_place(gaz: Gazetteer) -> None:
    assert gaz.places("C\u00f4te d\u2019Ivoire") == (
        PlaceMatch(surface="C\u00f4te d\u2019Ivoire", iso3="CIV", role="alias"),
    )


def test_organization_surfaces_are_not_place_surfaces(gaz: Gazetteer) -> None:
    assert gaz.place_surfaces() & gaz.organization_surfaces() == frozenset()


def test_regions_belong_to_no_country_and_name_no_country(gaz: Gazetteer) -> None:
    surfaces = [s for r in gaz.regions for s in (r.name, *r.aliases)]
    assert [] == [s for s in surfaces if {m.role for m in gaz.places(s)} != {"region"}]
    assert {""} == {m.iso3 for s in surfaces for m in gaz.places(s)}
