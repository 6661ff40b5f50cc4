"""The reference data loads once, validates, and answers the lookups the extract and resolve stages use."""

from datetime import date

import pytest
import yaml

from pactwatch import reference
from pactwatch.model import AGREEMENT_KINDS, FACT_TYPES
from pactwatch.reference import ReferenceDataError, load_reference

REF = load_reference()


def test_loaded_once_with_a_version():
    assert load_reference() is REF
    assert REF.version == (reference.DATA_DIR / "VERSION").read_text().strip()
    assert "## " + REF.version in (reference.DATA_DIR / "CHANGELOG.md").read_text()


def test_every_country_code_is_iso():
    assert {"JPN", "USA", "GBR", "PNG", "ARE"} <= set(REF.countries)
    assert all(len(code) == 3 and code.isupper() for code in REF.countries)


def test_surface_forms():
    for surface, code in [("Japanese", "JPN"), ("Tokyo", "JPN"), ("ATLA", "JPN"), ("the Pentagon", None),
                          ("Pentagon", "USA"), ("Whitehall", "GBR"), ("Seoul", "KOR"), ("DAPA", "KOR"),
                          ("Japan Maritime Self-Defense Force", "JPN"), ("GSDF", "JPN"), ("Italian", "ITA")]:
        if code:
            assert REF.surface_to_code[surface][0] == code, surface


def test_officials_by_name_and_date():
    assert REF.official("HAMADA Yasukazu", date(2022, 8, 30)).name == "Yasukazu Hamada"
    assert REF.official("Gen Nakatani", date(2015, 1, 21)).office == "defence minister"
    assert REF.official("Masatoshi Fukasawa").name == "Masaki Fukasawa"
    assert REF.official("Nobody Atall") is None
    austin = [o for o in REF.officials if o.name == "Lloyd Austin"][0]
    assert austin.in_office(date(2024, 5, 2)) and not austin.in_office(date(2012, 1, 1))


def test_programmes_and_aliases():
    assert REF.programme_named("the joint new air-to-air missile study").name == "JNAAM"
    assert REF.programme_named("Patriot-3 interceptors").name == "PAC-3"
    assert REF.programme_named("UNICORN mast").partners == ("IND", "JPN")
    assert REF.programme_named("80 Rafale jets").maker == "FRA"
    assert REF.programme_named("a new tank") is None


@pytest.mark.parametrize(("phrase", "parties", "kind"), [
    ("the Acquisition and Cross-Servicing Agreement", (), "acsa"),
    ("an ACSA", (), "acsa"),
    ("GSOMIA", (), "isa"),
    ("Reciprocal Access Agreement", (), "raa"),
    ("a visiting forces agreement", (), "raa"),
    ("defense cooperation agreement", ("FIN", "USA"), "raa"),
    ("defence cooperation agreement", ("AUS", "IDN"), "treaty"),
    ("Memorandum of Implementation", (), "memorandum"),
    ("letter of intent", (), "memorandum"),
    ("the action plan", (), "action_plan"),
    ("a mutual defence treaty", (), "treaty"),
    ("the isa of the city", (), None),
])
def test_agreement_kinds(phrase, parties, kind):
    assert REF.kind_of(phrase, parties) == kind


def test_triggers_cover_every_type_and_kinds_are_valid():
    assert {t.type for t in REF.triggers} == set(FACT_TYPES)
    assert {k.kind for k in REF.agreement_kinds} <= set(AGREEMENT_KINDS)


def test_bad_file_is_refused_with_its_name(tmp_path, monkeypatch):
    for f in reference.DATA_DIR.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    data = yaml.safe_load((tmp_path / "officials.yaml").read_text())
    data["officials"].append({"name": "Someone", "office": "minister", "country": "XXX"})
    (tmp_path / "officials.yaml").write_text(yaml.safe_dump(data))
    monkeypatch.setattr(reference.loaders, "DATA_DIR", tmp_path)  # the one place files are read from
    load_reference.cache_clear()
    try:
        with pytest.raises(ReferenceDataError, match="officials.yaml.*XXX"):
            load_reference()
    finally:
        monkeypatch.undo()
        load_reference.cache_clear()


def test_every_un_member_has_a_demonym_or_capital_and_kosovo_has_a_code():
    un_members_missing = {c.code for c in REF.countries.values() if not (c.demonyms or c.capitals)}
    assert not un_members_missing & {"CHL", "BOL", "BGR", "KAZ", "MAR", "KEN", "CYP", "GEO", "TCD", "NER"}
    assert REF.countries["XKX"].name == "Kosovo" and REF.surface_to_code["Kosovar"] == ("XKX", "demonym")
    assert REF.guarded("Georgia", "the governor of {C}'s state")  # only the data's guards decide
    assert not REF.guarded("Georgia", "talks with {C} and Armenia")


def test_a_guard_without_a_reason_is_refused(tmp_path, monkeypatch):
    for f in reference.DATA_DIR.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    data = yaml.safe_load((tmp_path / "countries.yaml").read_text())
    data["guards"]["Ruritania"] = {"unless": ["x"], "why": "nowhere"}
    (tmp_path / "countries.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    monkeypatch.setattr(reference.loaders, "DATA_DIR", tmp_path)  # the one place files are read from
    load_reference.cache_clear()
    try:
        with pytest.raises(ReferenceDataError, match="guards.Ruritania"):
            load_reference()
    finally:
        monkeypatch.undo()
        load_reference.cache_clear()


def test_an_official_resolves_only_inside_the_term_with_its_slack():
    akar = REF.official("Hulusi Akar", date(2020, 5, 1))
    assert (akar.country, akar.office) == ("TUR", "defence minister")
    assert REF.official("Hulusi Akar", date(2029, 1, 1)) is None  # more than three years after he left
    assert REF.official("Dong Jun", date(2015, 1, 1)) is None  # years before he took office
    assert REF.official("Crosetto", date(2024, 3, 1)).country == "ITA"
    assert REF.official("Wang Yi", date(2024, 3, 1)).country == "CHN"


def test_shared_surnames_never_name_an_official_alone(tmp_path, monkeypatch):
    assert REF.official("Lee") is None and REF.official("Kim") is None and REF.official("Singh") is None
    for f in reference.DATA_DIR.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    data = yaml.safe_load((tmp_path / "officials.yaml").read_text())
    data["officials"].append({"name": "Kim Min-su", "aliases": ["Kim"], "office": "minister", "country": "KOR"})
    (tmp_path / "officials.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    monkeypatch.setattr(reference.loaders, "DATA_DIR", tmp_path)  # the one place files are read from
    load_reference.cache_clear()
    try:
        with pytest.raises(ReferenceDataError, match="shared surname"):
            load_reference()
    finally:
        monkeypatch.undo()
        load_reference.cache_clear()


def test_lone_aliases_are_known_aliases():
    assert {"Crosetto", "Pistorius", "Putin"} <= REF.lone_aliases
    assert not REF.lone_aliases & {"Austin", "Collins", "Marcos", "Lee", "Kim"}


def test_defence_firms_name_their_home_state_or_none():
    assert REF.firms["Saab"].state == "SWE" and REF.firms["Embraer"].state == "BRA"
    assert REF.firms["Hindustan Aeronautics"].state == REF.firms["HAL"].state == "IND"
    assert REF.firms["Airbus"].state is None and REF.firms["MBDA"].state is None  # multinationals name no state
    assert all(f.state is None or f.state in REF.countries for f in REF.firms.values())
    assert REF.firm_surface.search("Rafael Nadal won") is None  # first names are listed only in unmistakable forms


def test_a_firm_without_a_state_needs_a_reason():
    with pytest.raises(ReferenceDataError, match="needs a `why`"):
        reference._firms({"firms": [{"name": "Acme Arms", "state": None}]})
    with pytest.raises(ReferenceDataError, match="ISO"):
        reference._firms({"firms": [{"name": "Acme Arms", "state": "XXX"}]})


def test_surface_masks_need_a_state_slot_and_a_reason():
    with pytest.raises(ReferenceDataError, match="surface_masks"):
        reference._surface_masks({"surface_masks": [{"pattern": "dollars", "why": "x"}]}, "Japan")
    (pattern, _), = reference._surface_masks({"surface_masks": [{"pattern": "{C} dollars", "why": "money"}]}, "Fiji")
    assert pattern.search("40 million Fiji dollars")


def test_blocs_expand_to_members_on_a_date():
    gcc = REF.blocs["GCC"]
    assert REF.blocs["Gulf Cooperation Council"] is gcc
    assert set(gcc.members_on(None)) == {"SAU", "ARE", "BHR", "KWT", "OMN", "QAT"}
    sco = REF.blocs["SCO"]
    assert "IND" not in sco.members_on(date(2010, 6, 1)) and "IND" in sco.members_on(date(2019, 6, 1))
    assert "ARM" in REF.blocs["CSTO"].members_on(date(2021, 1, 1))
    assert "ARM" not in REF.blocs["CSTO"].members_on(None)
    assert set(REF.blocs["AUKUS"].members_on(date(2023, 3, 13))) == {"AUS", "GBR", "USA"}


def test_large_blocs_are_known_but_never_expanded():
    for name in ("NATO", "EU", "European Union"):
        assert REF.blocs[name].expand is False
        assert REF.blocs[name].members_on(None) == ()
    assert REF.bloc_surface.search("NATO's eastern flank").group() == "NATO"
    assert REF.bloc_surface.search("the SCOPE of it") is None  # whole words only


def test_bad_bloc_data_is_refused():
    with pytest.raises(ReferenceDataError, match="why"):
        reference._blocs({"blocs": [{"name": "Big", "names": ["Big"], "expand": False}]})
    with pytest.raises(ReferenceDataError, match="ISO"):
        reference._blocs({"blocs": [{"name": "X", "names": ["X"], "members": [{"code": "XXX"}, {"code": "USA"}]}]})
    with pytest.raises(ReferenceDataError, match="years"):
        reference._blocs({"blocs": [{"name": "X", "names": ["X"],
                                     "members": [{"code": "FRA", "since": "soon"}, {"code": "USA"}]}]})


def test_a_whole_membership_is_told_from_a_list():
    sco, gcc = REF.blocs["SCO"], REF.blocs["GCC"]
    assert sco.is_membership(["CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"])  # the founding six, before 2017
    assert gcc.is_membership(["QAT", "SAU", "ARE", "BHR", "KWT", "OMN"])
    assert not gcc.is_membership(["QAT", "SAU", "ARE"])
    assert not REF.blocs["NATO"].is_membership([])
