"""The lexicon files: loading, checking, and the errors a bad row gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import LexiconError
from kg.lexicon import check_lexicon, load_lexicon, read_lexicon
from kg.paths import resource_dir


@pytest.fixture
def lexdir(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(resource_dir("lexicon"), target)
    return target


def test_bundled_lexicon_is_consistent() -> None:
    lex = load_lexicon()
    assert check_lexicon(lex) == []
    assert len(lex.nations) == 249  # the whole ISO 3166-1 list
    assert lex.nations["TUR"].label == "Türkiye"
    assert "Turkey" in lex.nations["TUR"].names


def test_curated_aliases_avoid_fuzzy_traps() -> None:
    lex = load_lexicon()
    assert "Republic of Korea" in lex.nations["KOR"].names
    assert "Republic of Korea" not in lex.nations["PRK"].names


@pytest.mark.parametrize(("name", "code"), [("the Azerbaijan Republic", "AZE"), ("Lao PDR", "LAO")])
def test_a_states_own_style_of_its_name_is_the_state(name: str, code: str) -> None:
    from kg.extract import extract_text

    ex = extract_text(f"OSLO, March 14, 2025 — Norway signed a defence pact with {name} today.")
    assert code in ex.nations


def test_every_org_parent_and_country_resolves() -> None:
    lex = load_lexicon()
    for org in lex.orgs.values():
        assert org.parent is None or org.parent in lex.orgs
        assert org.country is None or org.country in lex.nations


def test_unknown_kind_is_reported(lexdir: Path) -> None:
    path = lexdir / "organizations.tsv"
    path.write_text(path.read_text() + "Acme Arms\tshipyard\t\tUSA\t\tAcme\n")
    with pytest.raises(LexiconError, match="Acme Arms: unknown kind 'shipyard'"):
        read_lexicon(lexdir)


def test_a_persons_home_that_is_no_state_is_reported(lexdir: Path) -> None:
    path = lexdir / "people.tsv"
    path.write_text(path.read_text() + "Ana Example\tNATO\tExample\tXXX\n")
    with pytest.raises(LexiconError, match="Ana Example: home 'XXX' is no nation"):
        read_lexicon(lexdir)


def test_an_anaphor_standing_for_no_organization_row_is_reported(lexdir: Path) -> None:
    path = lexdir / "patterns.toml"
    text = path.read_text()
    path.write_text(text.replace('"the council" = [', "\"the council\" = ['Arctic Panel', ", 1))
    with pytest.raises(LexiconError, match="'the council': 'Arctic Panel' is no organization row"):
        read_lexicon(lexdir)


def test_unknown_parent_is_reported(lexdir: Path) -> None:
    path = lexdir / "organizations.tsv"
    path.write_text(path.read_text() + "Acme Arms\tcompany\tNobody Inc\tUSA\t\t\n")
    with pytest.raises(LexiconError, match="parent 'Nobody Inc' is not a row"):
        read_lexicon(lexdir)


def test_an_organization_named_like_a_nations_code_is_reported(lexdir: Path) -> None:
    path = lexdir / "organizations.tsv"
    path.write_text(path.read_text() + "DJI\tcompany\t\tCHN\t\t\n")
    with pytest.raises(LexiconError, match="DJI: the name is a nation's ISO code"):
        read_lexicon(lexdir)


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("organizations.tsv", "Airbus\tcompany\t\tFRA\t\tAirbus SE"),
        ("systems.tsv", "Patriot\tPatriot\t"),
        ("people.tsv", None),
    ],
)
def test_a_name_on_two_rows_is_reported_with_both_lines(
    lexdir: Path, table: str, row: str | None
) -> None:
    path = lexdir / table
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [ln for ln in lines if ln and not ln.startswith("#")][1:]  # after the header
    row = row or data[0]  # a person listed twice: the first data row again
    name = row.split("\t")[0]
    first = next(i for i, ln in enumerate(lines, 1) if ln.split("\t")[0] == name)
    path.write_text("\n".join(lines) + "\n\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"{table}: the name '{name}' is on two lines "
                       rf"\({first} and {len(lines) + 2}\)"):  # fmt: skip
        read_lexicon(lexdir)


def test_unknown_country_code_is_reported(lexdir: Path) -> None:
    path = lexdir / "nations.tsv"
    path.write_text(path.read_text() + "XXX\t\tNowhere\tNowhere\t\t\n")
    with pytest.raises(LexiconError, match="unknown ISO 3166-1 alpha-3 code"):
        read_lexicon(lexdir)


def test_broken_toml_is_reported(lexdir: Path) -> None:
    (lexdir / "patterns.toml").write_text("[agreement\nnouns = [")
    with pytest.raises(LexiconError, match=r"patterns\.toml"):
        read_lexicon(lexdir)


def test_new_family_is_data_not_code(lexdir: Path) -> None:
    path = lexdir / "families.tsv"
    path.write_text(path.read_text() + "Naval Strike Missile\tNSM-\n")
    assert read_lexicon(lexdir).family_of("NSM-2") == "Naval Strike Missile"


def test_cli_lexicon_check(lexdir: Path) -> None:
    ok = CliRunner().invoke(main, ["lexicon", "check", "--dir", str(lexdir)])
    assert ok.exit_code == 0 and "249 nations" in ok.output
    (lexdir / "systems.tsv").unlink()
    bad = CliRunner().invoke(main, ["lexicon", "check", "--dir", str(lexdir)])
    assert bad.exit_code == 1
    assert "systems.tsv: lexicon file missing" in bad.output
    assert "Traceback" not in bad.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reaper drones flew over the Black Sea.", ["MQ-9"]),
        ("Berlin sent Marder infantry fighting vehicles.", ["Marder"]),
        ("Ankara unveiled the Altay tank.", ["Altay"]),
        ("Two Type 055 destroyers and a Type 052D destroyer sailed.",
         ["Type 055 destroyer", "Type 052D destroyer"]),
        ("Washington approved M142 launchers.", ["HIMARS"]),
        ("Growler jets and Raptor fighters flew.", ["EA-18G", "F-22"]),
    ],
)  # fmt: skip
def test_trade_names_in_the_news_name_their_system(text: str, expected: list[str]) -> None:
    from kg.extract.mentions import find_mentions

    assert [m.key for m in find_mentions(text, 0) if m.kind == "system"] == expected


def test_section_in_two_toml_files_is_reported(lexdir: Path) -> None:
    (lexdir / "extra.toml").write_text("[stances]\nsupports = ['backs']\n")
    with pytest.raises(
        LexiconError, match=r"toml: section \[stances\] is already in (extra|stances)\.toml"
    ):
        read_lexicon(lexdir)


def test_stance_triggers_come_from_stances_toml(lexdir: Path) -> None:
    path = lexdir / "stances.toml"
    path.write_text(path.read_text().replace("supports = [", "supports = ['lauded', "))
    assert "lauded" in read_lexicon(lexdir).words("stances", "supports")


def test_leaders_parties_and_armed_groups_of_the_news_are_known() -> None:
    from kg.extract import extract_text

    text = "ANKARA, Dec. 12, 2024 — Abiy and Hassan Sheikh signed a declaration on Wednesday."
    [deal] = [f for f in extract_text(text).facts if f.kind == "agreement"]
    assert sorted(deal.parties) == ["ETH", "SOM"]
    text = "WASHINGTON, Feb. 20, 2025 — The United States designated Tren de Aragua and MS-13."
    targets = {f.target for f in extract_text(text).facts if f.kind == "stance"}
    assert {"Tren de Aragua", "MS-13"} <= targets
    lex = load_lexicon()
    assert lex.orgs["Komeito"].kind == "political-party"
    # a security council is a named body of its state, not the state (as the U.S. one)
    assert not lex.orgs["Cabinet Committee on Security"].state_apparatus
    assert not lex.orgs["U.S. National Security Council"].state_apparatus


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile ordered Black Hawk helicopters and IRIS-T SLM batteries.", ["IRIS-T SLM", "UH-60"]),
        ("It covers Patriot Guidance Enhanced Missile-Tactical (GEM-T) rounds.", ["GEM-T"]),
        ("Peru upgraded the Jindalee Operational Radar Network.", ["JORN"]),
    ],
)
def test_systems_the_grammar_cannot_see_are_known_by_name(text: str, expected: list[str]) -> None:
    from kg.extract import extract_text

    assert sorted(extract_text(text).systems) == expected


@pytest.mark.parametrize(
    ("text", "system"),
    [
        ("The missile flies on the Su-30 MKI fleet.", "Su-30MKI"),
        ("Vilnius ordered 88 Boxer 8x8 infantry fighting vehicles.", "Boxer"),
        ("The Astra Mk-I missiles entered service.", "Astra missile"),
    ],
)
def test_system_names_written_with_spaces_or_roman_marks(text: str, system: str) -> None:
    from kg.extract import extract_text

    assert system in extract_text(text).systems
