"""kg eval: scoring against gold files, on a corpus written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import (
    Score,
    _target_match,
    evaluate_annotation,
    evaluate_catalog,
    evaluate_corpus,
    normalize_name,
    party_key,
)

ARTICLE = """Oslo and Berlin sign submarine pact

OSLO, June 5, 2024 — Norway and Germany on Wednesday signed a defense cooperation agreement
on submarines. Norwegian officials condemned Russia's threats.
"""


def gold(**overrides: object) -> dict[str, object]:
    g: dict[str, object] = {
        "article_date": "2024-06-05",
        "nations": ["NOR", "DEU", "RUS"],
        "organizations": [],
        "systems": [],
        "agreements": [
            {"label": "x", "type": "defense-cooperation", "parties": ["NOR", "DEU"],
             "date": "2024-06-05", "amount": None, "systems": []}
        ],
        "contracts": [],
        "meetings": [],
        "exercises": [],
        "stances": [{"actor": "NOR", "stance": "condemns", "target": "RUS"}],
        "must_not": [],
    }  # fmt: skip
    g.update(overrides)
    return g


def corpus(tmp_path: Path, g: dict[str, object]) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold" / "a1.json").write_text(json.dumps(g), encoding="utf-8")
    return tmp_path


def test_perfect_article_scores_one(tmp_path: Path) -> None:
    report = evaluate_corpus(corpus(tmp_path, gold()))
    assert report.articles == 1
    assert report.total(("agreements", "stances")).f1 == 1.0
    assert report.scores["nations"].tp == 3 and report.scores["nations"].fp == 0


def test_missing_and_extra_items_are_reported(tmp_path: Path) -> None:
    g = gold(stances=[{"actor": "NOR", "stance": "supports", "target": "UKR"}])
    report = evaluate_corpus(corpus(tmp_path, g))
    s = report.scores["stances"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    errors = report.errors["a1"]
    assert any(e["kind"] == "stances" and "UKR" in e["item"] for e in errors["misses"])
    extra = next(e for e in errors["false_positives"] if e["kind"] == "stances")
    assert "condemned Russia's threats" in extra["evidence"]


def test_a_false_positive_names_the_rule_that_made_it(tmp_path: Path) -> None:
    g = gold(stances=[{"actor": "NOR", "stance": "supports", "target": "UKR"}])
    report = evaluate_corpus(corpus(tmp_path, g))
    extra = next(e for e in report.errors["a1"]["false_positives"] if e["kind"] == "stances")
    assert extra["rules"] and all(r.startswith("stance.condemns") for r in extra["rules"])
    assert report.rules == {}  # per-rule counts only when asked for


def test_by_rule_counts_true_and_false_positives_per_rule(tmp_path: Path) -> None:
    g = gold(stances=[{"actor": "NOR", "stance": "supports", "target": "UKR"}])
    report = evaluate_corpus(corpus(tmp_path, g), by_rule=True)
    stance = {k: v for k, v in report.rules.items() if k.startswith("stances/")}
    agreement = {k: v for k, v in report.rules.items() if k.startswith("agreements/")}
    assert [(s.tp, s.fp) for s in stance.values()] == [(0, 1)]
    assert [(s.tp, s.fp) for s in agreement.values()] == [(1, 0)]
    table = report.rule_table().splitlines()
    assert table[2].startswith(f"| {next(iter(stance))} | 0 | 1 | 0.00 |")  # most fps first
    assert report.as_dict()["rules"][next(iter(agreement))]["precision"] == 1.0


def test_cli_rules_table_and_extra_lines_show_the_rule(tmp_path: Path) -> None:
    g = gold(stances=[{"actor": "NOR", "stance": "supports", "target": "UKR"}])
    result = CliRunner().invoke(main, ["eval", str(corpus(tmp_path, g)), "--rules"])
    assert result.exit_code == 0, result.output
    assert "| kind/rule | tp | fp | precision |" in result.output
    assert "| agreements/agreement." in result.output
    extra = next(line for line in result.output.splitlines() if "extra stances" in line)
    assert "[stance.condemns" in extra


def test_catalog_rules_count_only_the_passage_kind(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        passage("s1", "Chile condemned Peru on Friday. Chile and Peru held talks in Lima on "
                "Friday.", [{"actor": "CHL", "stance": "condemns", "target": "PER"}]),
    )  # fmt: skip
    report = evaluate_catalog(path, by_rule=True)
    assert report.rules and all(k.startswith("stances/") for k in report.rules)
    assert sum(s.tp for s in report.rules.values()) >= 1


def test_cli_json_report(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(corpus(tmp_path, gold())), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["facts"]["f1"] == 1.0
    assert set(data["scores"]) >= {"nations", "agreements", "stances"}


def test_cli_table(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(corpus(tmp_path, gold()))])
    assert result.exit_code == 0, result.output
    assert "| agreements | 1 | 0 | 0 | 1.00 | 1.00 | 1.00 |" in result.output


def test_empty_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no articles"):
        evaluate_corpus(tmp_path)


def catalog(tmp_path: Path, *items: dict[str, object]) -> Path:
    path = tmp_path / "catalog.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def passage(ident: str, text: str, facts: list[dict[str, str]]) -> dict[str, object]:
    return {"id": ident, "kind": "stances", "article_date": "2024-05-03", "text": text,
            "facts": facts}  # fmt: skip


def test_a_catalog_scores_each_passage_for_its_own_kind_only(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        passage(
            "s1",
            "Chile condemned Peru on Friday. Chile and Peru held talks in Lima on Friday.",
            [{"actor": "CHL", "stance": "condemns", "target": "PER"}],
        ),
        passage("s2", "Chile urged Bolivia on Friday to reopen the border.", []),
        passage("s3", "Chile did not condemn Peru.", []),
    )
    report = evaluate_catalog(path)
    assert report.articles == 3
    assert list(report.scores) == ["stances"]  # the talks in s1 are not scored
    s = report.scores["stances"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert list(report.errors) == ["s2"]
    assert "BOL" in report.errors["s2"]["false_positives"][0]["item"]


def test_cli_eval_takes_a_catalog_file(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        passage("s1", "Chile condemned Peru on Friday.", [
            {"actor": "CHL", "stance": "condemns", "target": "PER"}
        ]),
    )  # fmt: skip
    result = CliRunner().invoke(main, ["eval", str(path), "--no-errors"])
    assert result.exit_code == 0, result.output
    assert "| stances | 1 | 0 | 0 | 1.00 | 1.00 | 1.00 |" in result.output
    assert "entities" not in result.output


def test_a_bad_catalog_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "s1", "kind": "stances"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code != 0
    assert "bad.jsonl:1: not a catalog passage" in result.output
    assert "Traceback" not in result.output


def test_score_rates() -> None:
    s = Score(tp=0, fp=0, fn=0)
    assert (s.precision, s.recall) == (1.0, 1.0)
    s = Score(tp=1, fp=1, fn=2)
    assert (round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)) == (0.5, 0.33, 0.4)


def test_names_normalise_through_the_lexicon() -> None:
    assert normalize_name("Raytheon Missiles & Defense") == "Raytheon"
    assert normalize_name("the Pentagon") == "USA"
    assert normalize_name("DPRK") == "PRK"
    assert normalize_name("Unknown Body") == "Unknown Body"


def test_a_command_is_an_organization_that_acts_for_its_state_in_facts() -> None:
    assert normalize_name("AFRICOM") == "U.S. Africa Command"
    assert party_key("AFRICOM") == "USA" and party_key("the Pentagon") == "USA"
    assert party_key("Defense Security Cooperation Agency") == "USA"
    assert party_key("NATO") == "NATO" and party_key("Lockheed Martin") == "Lockheed Martin"


def test_an_organ_of_an_international_body_counts_as_that_body_in_facts() -> None:
    assert party_key("European Commission") == "European Union"
    assert party_key("Council of the European Union") == "European Union"
    assert party_key("ECOWAS Commission") == "Economic Community of West African States"
    assert party_key("European Parliament") == "European Parliament"  # a body of its own


COMMAND_ARTICLE = """Africa Command condemns raid

STUTTGART, June 5, 2024 — U.S. Africa Command on Wednesday condemned the raid on Somali troops
by al-Shabaab.
"""


def test_a_command_in_the_gold_is_scored_as_an_organization_and_as_its_state_in_a_fact(
    tmp_path: Path,
) -> None:
    g = gold(
        nations=["USA", "SOM"],
        organizations=["U.S. Africa Command", "al-Shabaab"],
        agreements=[],
        stances=[{"actor": "U.S. Africa Command", "stance": "condemns", "target": "al-Shabaab"}],
    )
    path = corpus(tmp_path, g)
    (path / "articles" / "a1.txt").write_text(COMMAND_ARTICLE, encoding="utf-8")
    report = evaluate_corpus(path)
    assert report.scores["organizations"].tp == 2 and report.scores["organizations"].fn == 0
    assert (report.scores["stances"].tp, report.scores["stances"].fp) == (1, 0)


def second(tmp_path: Path, g: dict[str, object], name: str = "a1") -> Path:
    other = tmp_path / "second"
    other.mkdir(exist_ok=True)
    (other / f"{name}.json").write_text(json.dumps(g), encoding="utf-8")
    return other


def test_a_second_annotation_is_scored_as_the_extractor_would_be(tmp_path: Path) -> None:
    root = corpus(tmp_path, gold())
    theirs = gold(
        nations=["Norway", "Germany", "RUS", "UKR"],  # names normalise as predictions do
        agreements=[
            {"label": "other words", "type": "other", "parties": ["Germany", "NOR"],
             "date": None, "amount": None, "systems": []}
        ],
        stances=[
            {"actor": "Norway", "stance": "condemns", "target": "Russia"},
            {"actor": "NOR", "stance": "supports", "target": "UKR"},
        ],
    )  # fmt: skip
    report = evaluate_annotation(root, second(tmp_path, theirs))
    assert report.articles == 1
    n, a, st = (report.scores[k] for k in ("nations", "agreements", "stances"))
    assert (n.tp, n.fp, n.fn) == (3, 1, 0)
    assert (a.tp, a.fp, a.fn) == (1, 0, 0)  # parties match as sets; type and label do not count
    assert (st.tp, st.fp, st.fn) == (1, 1, 0)
    extra = report.errors["a1"]["false_positives"]
    assert {"kind": "stances", "item": "actor=NOR, type=supports, target=UKR"} in extra
    assert {"kind": "nations", "item": "UKR"} in extra


def test_a_second_annotation_that_differs_in_a_date_misses(tmp_path: Path) -> None:
    meeting = {"label": "talks", "date": "2024-06-05", "participants": ["NOR", "DEU"],
               "location": "Oslo"}  # fmt: skip
    root = corpus(tmp_path, gold(meetings=[meeting]))
    report = evaluate_annotation(
        root, second(tmp_path, gold(meetings=[meeting | {"date": "2024-06-04"}]))
    )
    m = report.scores["meetings"]
    assert (m.tp, m.fp, m.fn) == (0, 1, 1)
    assert report.errors["a1"]["misses"][0]["kind"] == "meetings"


def test_a_second_annotation_reads_a_gold_folder_inside(tmp_path: Path) -> None:
    root = corpus(tmp_path, gold())
    other = tmp_path / "b"
    (other / "gold").mkdir(parents=True)
    (other / "gold" / "a1.json").write_text(json.dumps(gold(stances=[])), encoding="utf-8")
    s = evaluate_annotation(root, other).scores["stances"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 1)


def test_a_second_annotation_with_no_matching_file_is_an_error(tmp_path: Path) -> None:
    root = corpus(tmp_path, gold())
    with pytest.raises(InputError, match=r"no NAME\.json matching"):
        evaluate_annotation(root, second(tmp_path, gold(), name="zz"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read gold"),
        ("[1, 2]", "a JSON object is expected"),
        ('{"nations": []}', "no list organizations"),
    ],
)
def test_a_bad_second_annotation_is_named(tmp_path: Path, content: str, message: str) -> None:
    root = corpus(tmp_path, gold())
    other = tmp_path / "second"
    other.mkdir()
    (other / "a1.json").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(root), "--against", str(other)])
    assert result.exit_code != 0
    assert "a1.json" in result.output and message in result.output
    assert "Traceback" not in result.output


def test_a_gold_fact_without_its_key_fields_is_named(tmp_path: Path) -> None:
    root = corpus(tmp_path, gold(stances=[{"actor": "NOR", "target": "RUS"}]))
    result = CliRunner().invoke(main, ["eval", str(root)])
    assert result.exit_code != 0
    assert "a1.json: stances item 1 needs the keys actor, stance, target" in result.output
    assert "Traceback" not in result.output


def test_cli_against_prints_the_agreement_table(tmp_path: Path) -> None:
    root = corpus(tmp_path, gold())
    other = second(tmp_path, gold(stances=[]))
    result = CliRunner().invoke(main, ["eval", str(root), "--against", str(other)])
    assert result.exit_code == 0, result.output
    assert "| stances | 0 | 0 | 1 | 1.00 | 0.00 | 0.00 |" in result.output
    assert "| agreements | 1 | 0 | 0 | 1.00 | 1.00 | 1.00 |" in result.output
    assert "miss  stances" in result.output
    result = CliRunner().invoke(main, ["eval", str(root), "--against", str(other), "--rules"])
    assert result.exit_code != 0 and "--against" in result.output


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"contracts": [{"awardee": "Kongsberg", "amount": 5000000}]}, "amount must be null"),
        ({"contracts": [{"awardee": "Kongsberg", "amount": {"currency": "USD"}}]}, "amount"),
        ({"meetings": [{"participants": ["NOR"], "date": 2024}]}, "date must be a string"),
        ({"agreements": [{"parties": [1, 2]}]}, "parties must be a list of names"),
        ({"agreements": [{"parties": "NOR"}]}, "parties must be a list of names"),
        ({"nations": ["NOR", None]}, "nations must be a list of names"),
        ({"stances": [{"actor": None, "stance": "urges", "target": "RUS"}]}, "actor must be"),
    ],
)
def test_a_second_annotation_with_a_mistyped_field_is_named(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    root = corpus(tmp_path, gold())
    other = second(tmp_path, gold(**change))
    result = CliRunner().invoke(main, ["eval", str(root), "--against", str(other)])
    assert result.exit_code != 0
    assert "a1.json" in result.output and message in result.output
    assert "Traceback" not in result.output


def test_a_second_annotation_that_lacks_some_files_is_an_error(tmp_path: Path) -> None:
    root = corpus(tmp_path, gold())
    (root / "gold" / "a2.json").write_text(json.dumps(gold()), encoding="utf-8")
    with pytest.raises(InputError, match=r"no second annotation for 1 gold file\(s\).*a2"):
        evaluate_annotation(root, second(tmp_path, gold()))


AGREEMENT = Path(__file__).parent / "agreement"


@pytest.mark.parametrize("name", sorted(p.name for p in AGREEMENT.glob("heldout*")))
def test_each_second_annotation_covers_its_corpus_and_is_valid_gold(name: str) -> None:
    corpus = Path(__file__).parent / name
    report = evaluate_annotation(corpus, AGREEMENT / name)
    assert report.articles == len(list((corpus / "gold").glob("*.json"))) > 0
    assert set(report.scores) == {
        "nations", "organizations", "systems", "agreements", "contracts", "meetings",
        "exercises", "stances",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("ours", "matched"),
    [
        ("ARE–FRA sale", True),  # codes stand for a state's names, short names and demonyms
        ("the Emirati purchase of drones", False),  # one word in three
    ],
)
def test_a_free_text_target_matches_through_demonyms_and_codes(
    tmp_path: Path, ours: str, matched: bool
) -> None:
    theirs = {"actor": "QAT", "stance": "condemns", "target": "French sale of Rafale jets to "
              "the UAE"}  # fmt: skip
    root = corpus(tmp_path, gold(stances=[theirs]))
    report = evaluate_annotation(root, second(tmp_path, gold(stances=[theirs | {"target": ours}])))
    st = report.scores["stances"]
    assert (st.tp, st.fp, st.fn) == ((1, 0, 0) if matched else (0, 1, 1))


def test_a_regions_name_is_no_states_demonym() -> None:
    assert _target_match("American pressure on Cuba", "U.S. pressure on Cuba")
    assert not _target_match("Latin American support", "U.S. support for Cuba")


def test_a_longer_state_name_is_read_before_a_shorter_one_inside_it() -> None:
    from kg.evaluate import _target_match

    # "North Korea" is North Korea's, not "North" and South Korea's "Korea"
    assert _target_match(
        "Putin's remark about military cooperation with North Korea",
        "Russian military-technical cooperation with PRK",
    )


def test_a_company_names_the_same_firm_with_or_without_its_legal_form() -> None:
    assert normalize_name("Indo-Russia Rifles Private Limited") == "Indo-Russia Rifles"
    assert normalize_name("Mazagon Dock Shipbuilders Ltd.") == "Mazagon Dock Shipbuilders"
    assert normalize_name("Vectrus Systems Corp.") == normalize_name("Vectrus")
    assert normalize_name("Lockheed Martin Corp.") == "Lockheed Martin"


def test_a_company_with_or_without_its_legal_form_is_one_but_a_state_is_no_company() -> None:
    assert normalize_name("V2X") == normalize_name("V2X Inc.") == normalize_name("Vectrus")
    assert normalize_name("Austal Pty Ltd") == "Austal"
    assert normalize_name("Turkey Inc.") == "Turkey"


def test_an_award_to_a_unit_matches_gold_that_names_its_parent_but_not_the_reverse() -> None:
    from kg.evaluate import MATCHERS

    def pred(awardee: str) -> dict[str, object]:
        return {"awardee": awardee, "amount": "58931402", "currency": "USD"}

    def want(awardee: str) -> dict[str, object]:
        return {"awardee": awardee, "amount": {"value": 58931402, "currency": "USD"}}

    match = MATCHERS["contracts"]
    assert match(pred("BAE Systems Land & Armaments"), want("BAE Systems"))
    assert not match(pred("BAE Systems"), want("BAE Systems Land & Armaments"))
    assert not match(pred("BAE Systems Land & Armaments"), want("Saab"))
    assert match(pred("Kellogg Brown & Root Services"), want("KBR"))
    assert match(pred("KBR Government Solutions"), want("KBR"))


def test_a_company_named_with_co_company_or_oy_is_the_same_firm() -> None:
    assert normalize_name("Pacific Naval Works Co") == "Pacific Naval Works"
    assert normalize_name("Pacific Naval Works Company") == "Pacific Naval Works"
    assert normalize_name("Nordic Hull Builders Oy") == "Nordic Hull Builders"
