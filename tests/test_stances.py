"""Stance extraction on short sentences written for these tests (one frame per test).

Each test names the grammar frame or lexicon class it covers; none is copied from a corpus.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import extract_text

DATELINE = "OSLO, March 14, 2025 — "


def stances(text: str) -> list[tuple[str, str, str | None]]:
    """(actor, type, target) of the stances extracted from ``text`` (after a dateline)."""
    ex = extract_text(DATELINE + text)
    return [(f.parties[0], f.type, f.target) for f in ex.facts if f.kind == "stance"]


def check_stances(text: str, want: tuple | None, wrong: tuple | None) -> None:
    """Assert that the stance ``want`` is extracted from ``text`` and ``wrong`` is not (either
    may be None)."""
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


def rules(text: str) -> list[str]:
    """The rule ids of the stances' evidence."""
    ex = extract_text(DATELINE + text)
    return [f.evidence[0].rule for f in ex.facts if f.kind == "stance"]


# -- triggers: a multiword trigger ending in a noun is still a trigger ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam lodged stern representations with China over the survey ship.",
        "Vietnam lodged solemn representations with China on Monday.",
    ],
)
def test_a_trigger_phrase_ending_in_a_noun_is_no_bare_noun(text: str) -> None:
    assert stances(text) == [("VNM", "condemns", "CHN")]


def test_a_bare_noun_sharing_a_trigger_stem_is_still_no_stance() -> None:
    assert stances("The opposition leader in Poland met voters in Krakow.") == []


# -- targets: a time adverb after the named target ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Canada imposed sanctions on Belarus last year.", ("CAN", "sanctions", "BLR")),
        ("Estonia condemned Russia again on Friday.", ("EST", "condemns", "RUS")),
        ("Chile criticized Venezuela yesterday for the arrests.", ("CHL", "condemns", "VEN")),
    ],
)
def test_a_time_word_after_the_target_keeps_it_the_target(text: str, want: tuple) -> None:
    assert stances(text) == [want]


def test_a_name_modifying_a_noun_is_still_no_target() -> None:
    got = stances("Japan urged U.N. member states to enforce the embargo.")
    assert all(target.startswith("topic:") for _a, _t, target in got)


# -- targets: a definite target owned by a state ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lithuania denounced the Belarusian build-up near its border.",
            ("LTU", "condemns", "BLR"),
        ),
        ("Peru denounced the Chilean deployment on Monday.", ("PER", "condemns", "CHL")),
        ("Estonia criticized the recent Russian incursions.", ("EST", "condemns", "RUS")),
    ],
)
def test_a_nationality_adjective_on_an_act_makes_its_state_the_target(
    text: str, want: tuple
) -> None:
    assert stances(text) == [want]


def test_a_nationality_adjective_on_a_place_is_no_target() -> None:
    got = stances("Japan objected to exercises on the Russian-held islands in the north.")
    assert all(target != "RUS" for _a, _t, target in got)


def test_the_veto_is_the_vetoing_state_even_many_sentences_later() -> None:
    filler = " ".join(f"Delegates met for round {n} of the talks." for n in range(10))
    text = f"Chile vetoed the draft resolution on Monday. {filler} Peru deplored the veto."
    assert ("PER", "condemns", "CHL") in stances(text)


def test_an_act_two_states_did_long_ago_names_no_target() -> None:
    filler = " ".join(f"Delegates met for round {n} of the talks." for n in range(10))
    text = f"Chile vetoed one draft. Cuba vetoed another. {filler} Peru deplored the veto."
    assert all(target not in ("CHL", "CUB") for _a, _t, target in stances(text))


def test_a_stative_trigger_takes_its_target_after_by() -> None:
    text = "Bolivia tested a missile on Monday. Peru was gravely concerned by the test."
    assert ("PER", "condemns", "BOL") in stances(text)
    assert stances("Norway is deeply concerned about Iran's enrichment.") == [
        ("NOR", "condemns", "IRN")
    ]


# -- actors: who takes the stance ------------------------------------------------------


def test_the_addressee_of_a_speaker_takes_no_stance() -> None:
    got = stances("Peru's envoy told the EU that Lima deeply deplored Chile's raid.")
    assert got == [("PER", "condemns", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile hosted talks with Peru and condemned Bolivia's move.",
        "Chile met Peru's envoy and also condemned Bolivia's move.",
        "Chile is a partner of Peru but has condemned Bolivia's move.",
        "Chile froze its role in the EU and has condemned Bolivia's move.",
    ],
)
def test_a_coordinated_predicate_shares_the_first_subject(text: str) -> None:
    assert stances(text) == [("CHL", "condemns", "BOL")]


def test_a_new_subject_after_and_keeps_its_own_stance() -> None:
    got = stances("Talks between Chile and Peru ended and Bolivia condemned Ecuador.")
    assert got == [("BOL", "condemns", "ECU")]


# -- support: military aid ----------------------------------------------------------------


def test_the_states_named_inside_an_announcement_give_the_aid() -> None:
    text = "Macron announced that France, Spain and Portugal would send Moldova two radars."
    assert stances(text) == [
        ("FRA", "supports", "MDA"),
        ("ESP", "supports", "MDA"),
        ("PRT", "supports", "MDA"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sweden announced it would provide Moldova with armored vehicles.",
        "Sweden pledged to give Moldova 20 armored vehicles.",
        "Sweden announced it would supply armored vehicles to Moldova.",
    ],
)
def test_the_recipient_of_aid_follows_the_verb_or_to(text: str) -> None:
    assert stances(text) == [("SWE", "supports", "MDA")]


def test_a_number_with_a_thousands_comma_in_the_arms_given_is_no_clause_break() -> None:
    text = "Norway has sent more than 1,400 anti-tank missiles to Moldova since the spring."
    assert stances(text) == [("NOR", "supports", "MDA")]
    # a comma that is a break still ends the object: the list after it is another clause
    assert stances("Norway has sent missiles, and now Sweden says it will help Moldova.") == []


def test_a_pledge_whose_object_came_first_supports_whom_it_goes_to() -> None:
    text = "The order covers four radars that Sweden committed to Moldova in May."
    assert stances(text) == [("SWE", "supports", "MDA")]
    assert rules(text) == ["stance.supports.pledged"]


def test_a_commitment_to_a_states_cause_is_no_pledge_of_aid() -> None:
    assert stances("Sweden committed to Moldova's reform agenda.") == []


@pytest.mark.parametrize(
    "text", ["Sweden pledged €2 billion in military aid to Moldova within a year."]
)
def test_a_preposition_after_the_recipient_ends_it(text: str) -> None:
    assert stances(text) == [("SWE", "supports", "MDA")]


# -- actors: pronouns and the allies of a grouping ----------------------------------------


def test_it_after_a_groupings_stance_is_the_grouping() -> None:
    text = (
        "The G7 statement condemned Iran's attacks on shipping. "
        "It also accused Syria of hiding chemical weapons."
    )
    assert ("G7", "condemns", "SYR") in stances(text)


def test_allies_after_a_groupings_stance_are_the_grouping() -> None:
    text = (
        "NATO condemned Russia's strikes on Kharkiv. "
        "Allies pledged more military aid to Ukraine within the year."
    )
    assert ("NATO", "supports", "UKR") in stances(text)


# -- hedges: threatened, conditional and wished-for stances --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canada has threatened new sanctions on Belarus.",
        "Canada warned of sanctions on Belarus over the crackdown.",
        "Canada said it was ready to impose sanctions on Belarus.",
        "Canada would impose sanctions on Belarus in the event of an attack.",
        "Canada imposes sanctions on Belarus in the event that it attacks.",
    ],
)
def test_a_threatened_or_conditional_stance_is_no_stance(text: str) -> None:
    assert stances(text) == []


def test_a_threat_in_another_clause_does_not_hedge_the_stance() -> None:
    assert stances("Canada imposed sanctions on Belarus, which it had threatened in May.") == [
        ("CAN", "sanctions", "BLR")
    ]


def test_pressing_for_something_urges_no_one() -> None:
    assert stances("Estonia has pressed for a larger allied presence in the region.") == []


# -- targets: groups and agents --------------------------------------------------------


def test_a_group_reference_as_target_is_the_states_named_together() -> None:
    text = (
        "Chile, Peru and Ecuador held naval drills on Monday. "
        "Bolivia said it strongly condemns the three countries for the provocation."
    )
    assert stances(text) == [
        ("BOL", "condemns", "CHL"),
        ("BOL", "condemns", "PER"),
        ("BOL", "condemns", "ECU"),
    ]


def test_a_group_reference_as_target_leaves_out_the_actor() -> None:
    text = "Chile and Peru held talks. Chile urged both sides to keep the border open."
    assert ("CHL", "urges", "CHL") not in stances(text)


def test_every_agent_of_a_condemned_act_is_a_target() -> None:
    text = "Bolivia denounced the exercise staged by Chile, Peru and Ecuador last week."
    assert stances(text) == [
        ("BOL", "condemns", "CHL"),
        ("BOL", "condemns", "PER"),
        ("BOL", "condemns", "ECU"),
    ]


def test_both_ministers_are_the_states_that_met_not_the_last_named() -> None:
    text = (
        "The defense ministers of Chile and Peru met in Lima on Monday. "
        "Their navies joined an exercise with Brazil and Ecuador. "
        "Both ministers pledged to deepen defense cooperation."
    )
    got = [x for x in stances(text) if x[1] == "pledges-cooperation"]
    assert sorted(got) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


# -- actors: a bare institution ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru tested a missile on Monday, Chile's military said. "
        "The military condemned the test and urged Lima to halt such launches.",
        "Peru tested a missile on Monday, the Chilean defense ministry said. "
        "The ministry condemned the test and urged Lima to halt such launches.",
    ],
)
def test_a_bare_institution_acts_for_the_state_named_with_it(text: str) -> None:
    assert stances(text) == [("CHL", "condemns", "PER"), ("CHL", "urges", "PER")]


def test_a_bare_institution_named_long_ago_acts_for_no_one() -> None:
    filler = " ".join(f"Delegates met for round {n} of the talks." for n in range(5))
    text = f"Chile's military said little. {filler} The military condemned the test."
    assert stances(text) == []


# -- lexicon classes: gerunds and progressives ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Officials said Norway stayed committed to backing Moldova.", ("NOR", "supports", "MDA")),
        ("Norway is backing Moldova in the dispute.", ("NOR", "supports", "MDA")),
    ],
)
def test_progressive_and_gerund_support(text: str, want: tuple) -> None:
    assert stances(text) == [want]


def test_backing_away_is_no_support() -> None:
    assert stances("Officials said Norway was backing away from Moldova.") == []


def test_a_passive_is_still_no_stance_of_the_subject() -> None:
    assert ("MDA", "supports", "NOR") not in stances("Moldova is backed by Norway.")


def test_the_two_countries_pledging_cooperation_in_a_statement() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The leaders met for two hours, and "
        "the two countries issued a statement pledging to expand cooperation in defense."
    )
    got = [x for x in stances(text) if x[1] == "pledges-cooperation"]
    assert sorted(got) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


def test_the_sale_after_a_cooperation_pact_is_not_the_pact() -> None:
    text = (
        "Chile and Peru signed a defense cooperation agreement on Monday. "
        "Bolivia condemned the sale."
    )
    assert [t for _a, _s, t in stances(text)] == []


# -- support: proposals, sponsors and votes -------------------------------------------------


def test_who_drafted_a_resolution_supports_it() -> None:
    text = "Cuba vetoed a Peru-drafted Security Council resolution on Monday."
    got = stances(text)
    assert ("PER", "supports", "topic:Security Council resolution") in got
    assert "stance.supports.sponsor" in rules(text)


def test_a_generic_text_after_a_reported_resolution_is_that_resolution() -> None:
    text = (
        "Cuba vetoed a Security Council resolution on the ceasefire. "
        "The Peru-sponsored text got 13 votes."
    )
    assert ("PER", "supports", "topic:a Security Council resolution on the ceasefire") in (
        stances(text)
    )


def test_a_states_proposal_for_something_is_its_support_and_the_plan_names_it() -> None:
    text = (
        "Ministers put off Norway's proposal for a joint fund to train pilots. "
        "Hungary rejected the plan."
    )
    got = stances(text)
    assert ("NOR", "supports", "topic:proposal for a joint fund to train pilots") in got
    assert ("HUN", "opposes", "topic:proposal for a joint fund to train pilots") in got


def test_a_vote_in_favor_supports_the_proposal_put_to_the_vote() -> None:
    text = (
        "Cuba vetoed a Security Council resolution on the ceasefire. "
        "Chile and Ecuador, both elected members of the council, voted in favor."
    )
    got = stances(text)
    assert ("CHL", "supports", "topic:a Security Council resolution on the ceasefire") in got
    assert ("ECU", "supports", "topic:a Security Council resolution on the ceasefire") in got
    assert all(actor != "UN Security Council" for actor, _t, _x in got)


def test_the_other_members_who_voted_are_no_named_group() -> None:
    text = (
        "Cuba and Peru vetoed a Security Council resolution on the ceasefire. "
        "The other 13 council members voted in favor."
    )
    assert all(t != "supports" for _a, t, _x in stances(text))


def test_a_list_is_no_appositive() -> None:
    text = "Chile, the UAE, Peru and Egypt cut diplomatic ties with Qatar."
    assert [a for a, _t, _x in stances(text)] == ["CHL", "ARE", "PER", "EGY"]


# -- actors: a joint text is the grouping's ---------------------------------------------------


def test_a_named_declaration_is_the_statement_of_the_grouping_that_met() -> None:
    text = (
        "G7 leaders met in Rome on Monday. The Rome Declaration, issued after talks with "
        "Chilean President Gabriel Boric, condemned Iran's attacks on shipping."
    )
    assert stances(text) == [("G7", "condemns", "IRN")]


def test_partners_using_a_joint_statement_speak_as_their_grouping() -> None:
    text = (
        "The leaders of Vietnam, Laos and Cambodia hosted an ASEAN summit on Monday, and the "
        "three partners used a joint statement to condemn Myanmar's border raids."
    )
    assert stances(text) == [("ASEAN", "condemns", "MMR")]


def test_a_joint_statement_of_two_states_stays_theirs_without_a_grouping() -> None:
    text = "Chile and Peru issued a joint statement condemning Bolivia's border raids."
    assert sorted(stances(text)) == [("CHL", "condemns", "BOL"), ("PER", "condemns", "BOL")]


def test_a_hedge_before_a_new_coordinated_subject_does_not_reach_the_trigger() -> None:
    text = "It is likely to be a long dispute, and the Chilean government condemned Peru's raid."
    assert stances(text) == [("CHL", "condemns", "PER")]


# -- hedges: a stated future position is a stance -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile said it would support Peru's bid to join the bloc.",
            ("CHL", "supports", "topic:Peru's bid to join the bloc"),
        ),
        ("Chile reiterated that it will back Peru in the dispute.", ("CHL", "supports", "PER")),
        ("Cuba said it would oppose any such sale.", ("CUB", "opposes", "topic:any such sale")),
    ],
)
def test_a_position_a_speaker_says_their_side_would_take_is_a_stance(
    text: str, want: tuple
) -> None:
    assert stances(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Japan would support Peru in a war.",
        "Chile said it might consider whether it would support Peru.",
        "Chile said it would not support Peru.",
        "Chile said it could support Peru if asked.",
    ],
)
def test_a_hypothetical_or_negated_future_position_is_no_stance(text: str) -> None:
    assert stances(text) == []


def test_a_defense_pledge_for_a_states_territory_defends_that_state() -> None:
    assert stances("Chile vowed to defend every inch of Peruvian territory.") == [
        ("CHL", "commits-to-defend", "PER")
    ]
    assert stances("Chile said it would defend NATO allies against any attack.") == [
        ("CHL", "commits-to-defend", "NATO")
    ]


def test_an_act_on_an_object_belongs_to_the_object() -> None:
    text = "Sweden joined NATO on Monday. Russia criticized the enlargement as a threat."
    assert stances(text) == [("RUS", "condemns", "NATO")]


# -- sanctions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exports stalled under the embargo that Canada imposed on Belarus in 2021.",
        "Trade fell after the sanctions which Canada had imposed on Belarus.",
        "Canada imposed an arms embargo on Belarus on Friday.",
    ],
)
def test_sanctions_named_before_who_imposed_them(text: str) -> None:
    assert stances(text) == [("CAN", "sanctions", "BLR")]


def test_sanctions_someone_may_have_imposed_are_no_fact() -> None:
    assert stances("The sanctions that Canada may have imposed on Belarus are unclear.") == []


def test_a_body_penalizing_a_state_sanctions_it() -> None:
    text = "The NATO council began penalizing Belarus in 2021."
    assert stances(text) == [("NATO", "sanctions", "BLR")]


def test_a_company_delivering_jets_gives_no_aid() -> None:
    assert stances("Lockheed Martin announced it would deliver 12 F-35s to Poland.") == []
    text = "The Pentagon announced that Lockheed Martin would provide Poland with 32 jets."
    assert stances(text) == []


def test_a_proposal_ends_where_its_predicate_begins() -> None:
    got = stances("Russia's proposal for a ceasefire in Donbas was rejected by Ukraine.")
    assert ("RUS", "supports", "topic:proposal for a ceasefire in Donbas") in got


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Australia met on the sidelines of the NATO summit. "
        "Their joint statement condemned Russia's war.",
        "Japan and Australia met on the sidelines of the NATO summit. "
        "The joint statement condemned Russia's war.",
        "Japan and Australia met at the NATO summit on Monday, and the two partners used a "
        "joint statement to condemn Russia's war.",
    ],
)
def test_a_pairs_joint_statement_at_a_summit_is_the_pairs(text: str) -> None:
    assert sorted(stances(text)) == [("AUS", "condemns", "RUS"), ("JPN", "condemns", "RUS")]


def test_aid_a_leader_tells_a_guest_her_country_will_give() -> None:
    text = (
        "Chilean President Ana Soto told Peru's president at an air base in northern Chile "
        "that her country would give Lima 12 jets."
    )
    assert stances(text) == [("CHL", "supports", "PER")]


def test_past_aid_named_after_its_recipient() -> None:
    text = "The radars will help Moldova, to which Sweden has already sent armored vehicles."
    assert stances(text) == [("SWE", "supports", "MDA")]
    assert stances("Demand rose in Moldova, to which Sweden may have sold trucks.") == []


def test_urging_someone_who_is_no_party_gives_no_topic() -> None:
    text = "Chile's president urged the heads of key budget committees to approve the deal."
    assert stances(text) == []
    assert stances("Chile urged all member states to enforce the embargo.") == [
        ("CHL", "urges", "topic:all member states")
    ]


def test_a_participle_after_a_noun_is_no_stance_of_the_subject() -> None:
    text = "Canada imposed sanctions on three firms accused of supplying Belarus."
    assert stances(text) == [("CAN", "sanctions", "topic:three firms accused of supplying Belarus")]
    assert stances("Chile's ministers accused Peru of lying.") == [("CHL", "condemns", "PER")]


def test_a_state_named_inside_a_relative_clause_of_the_passive_subject_is_no_target() -> None:
    text = "The resolution, which condemned Russia, was opposed by China."
    assert ("CHN", "opposes", "RUS") not in stances(text)


def test_a_blocked_statement_condemns_no_one() -> None:
    assert stances("Hungary blocked an EU statement condemning China.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan will continue to support Ukraine, Kishida said.",
        "Japan will continue to support Ukraine.",
        "Japan will back Ukraine for as long as it takes, the premier told reporters.",
    ],
)
def test_a_stated_commitment_to_support(text: str) -> None:
    assert stances(text) == [("JPN", "supports", "UKR")]


def test_the_sanctions_are_those_of_every_state_that_announced_them() -> None:
    text = (
        "The EU, the UK and Canada announced new sanctions against Iran on Monday. "
        "Tehran condemned the sanctions as illegal."
    )
    assert ("IRN", "condemns", "topic:European Union, United Kingdom and Canada sanctions") in (
        stances(text)
    )


# -- lexicon classes: more verbs of condemnation, opposition and sanctions -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beijing lambasted the Japanese moves near the islands.", ("CHN", "condemns", "JPN")),
        ("Chile hit out at Peru over the border raid.", ("CHL", "condemns", "PER")),
        ("Cuba voted against Chile's draft on Monday.", ("CUB", "opposes", "topic:Chile's draft")),
        ("Canada slapped sanctions on Belarus.", ("CAN", "sanctions", "BLR")),
    ],
)
def test_more_stance_verbs(text: str, want: tuple) -> None:
    assert want in stances(text)


def test_rejecting_a_states_proposal_opposes_the_proposal() -> None:
    assert stances("Japan rebuffed Peru's proposal for joint patrols.") == [
        ("PER", "supports", "topic:proposal for joint patrols"),
        ("JPN", "opposes", "topic:Peru's proposal for joint patrols"),
    ]
    assert stances("Ukraine condemned Russia's plan to annex four regions.") == [
        ("UKR", "condemns", "RUS")
    ]


def test_joining_others_in_a_stance_gives_it_to_all() -> None:
    text = "Chile joined Peru and Ecuador in condemning the raid by Bolivia."
    assert stances(text) == [
        ("CHL", "condemns", "BOL"),
        ("PER", "condemns", "BOL"),
        ("ECU", "condemns", "BOL"),
    ]


def test_a_quoted_verb_fragment_belongs_to_the_name_before_it() -> None:
    text = 'The ministry said that Beijing "firmly opposes" any official contact with Taipei.'
    assert stances(text) == [("CHN", "opposes", "topic:any official contact with Taipei")]


def test_firms_included_in_a_counted_sanctions_group_are_targets_too() -> None:
    text = "Canada sanctioned 12 entities, including Hanwha Defense and Norvexa Dynamics."
    got = stances(text)
    assert ("CAN", "sanctions", "topic:12 entities") in got
    assert ("CAN", "sanctions", "Hanwha Defense") in got
    assert "Norvexa Dynamics" in {t.removeprefix("topic:") for _a, _s, t in got}


def test_states_among_a_counted_sanctions_group_are_where_targets_are() -> None:
    text = "Canada sanctioned 26 firms in 11 countries, among them Serbia and the UAE, on Friday."
    assert all(t not in ("SRB", "ARE") for _a, _s, t in stances(text))


def test_sanctions_on_firms_kg_does_not_know() -> None:
    assert stances("Britain imposed sanctions on Norvexa and Baltic Trans Freight.") == [
        ("GBR", "sanctions", "topic:Norvexa"),
        ("GBR", "sanctions", "topic:Baltic Trans Freight"),
    ]
    assert stances("Britain imposed sanctions on Norvexa and others.") == [  # (not "others")
        ("GBR", "sanctions", "topic:Norvexa")
    ]


def test_parallel_aid_without_a_recipient_goes_to_the_last_one_named() -> None:
    text = (
        "Sweden announced it would send radars to Moldova, while Norway unveiled a package "
        "worth $90 million that includes two ferries."
    )
    assert stances(text) == [("SWE", "supports", "MDA"), ("NOR", "supports", "MDA")]
    text = (
        "Sweden said it would give Moldova four radars. Two are due in May. "
        "Norway's premier said Norway would also supply radars."
    )
    assert ("NOR", "supports", "MDA") in stances(text)


def test_aid_with_no_recipient_named_nearby_supports_no_one() -> None:
    assert stances("Norway unveiled a package worth $90 million on Monday.") == []


def test_backing_someone_elses_delivery_is_no_pledge_of_aid() -> None:
    text = "Chile said on Monday that it backed sending the jets from Peru to Ecuador."
    assert all(r != "stance.supports.aid" for r in rules(text))


def test_the_same_day_is_no_part_of_a_sanctions_target() -> None:
    assert stances("Britain sanctioned the three officers on the same day.") == [
        ("GBR", "sanctions", "topic:the three officers")
    ]


# -- hedges: alleged stances ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chilean officials accused Peru of backing Bolivia's claim.",
        "Cuba claims that Chile backed the coup in Peru.",
        "Analysts said Peru had quietly condemned the Bolivian raid.",
        "Western officials say Peru is backing Bolivia.",
    ],
)
def test_a_stance_only_alleged_of_a_state_is_not_its_stance(text: str) -> None:
    assert ("PER", "supports", "BOL") not in stances(text)
    assert ("CHL", "supports", "topic:the coup in Peru") not in stances(text)
    assert ("PER", "condemns", "BOL") not in stances(text)


def test_a_denial_then_a_condemnation_is_the_speakers_stance() -> None:
    text = "Peru denied that it had sent troops and condemned Chile's decision."
    assert stances(text) == [("PER", "condemns", "CHL")]


def test_forces_of_a_nationality_are_the_agent_of_a_condemned_act() -> None:
    text = "Estonia condemned repeated incursions by Belarusian drones into its airspace."
    assert stances(text) == [("EST", "condemns", "BLR")]
    assert stances("Japan condemned the attack by Chinese-made drones.") != [
        ("JPN", "condemns", "CHN")
    ]


def test_a_defense_pledge_with_a_condition_after_the_target() -> None:
    text = "Officials reaffirmed that Chile would defend Peru if its ships came under attack."
    assert stances(text) == [("CHL", "commits-to-defend", "PER")]


def test_a_diplomatic_protest() -> None:
    assert stances("Vietnam lodged a diplomatic protest with China on Monday.") == [
        ("VNM", "condemns", "CHN")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru pledged on Sunday to deepen maritime cooperation.",
        "Chile and Peru agreed again to strengthen their defense ties.",
    ],
)
def test_a_time_adverbial_inside_a_trigger_phrase(text: str) -> None:
    assert sorted(stances(text)) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo lodged a strong protest through diplomatic channels in Lima.",
        "Japan voiced concern at a press conference on Monday.",
    ],
)
def test_an_adverbial_after_a_trigger_is_no_topic(text: str) -> None:
    assert stances(text) == []


def test_a_quoted_phrase_inside_a_trigger_is_no_quotation() -> None:
    text = 'Chile reiterated its "unwavering support" for Peru\'s sovereignty.'
    assert stances(text) == [("CHL", "supports", "PER")]


def test_an_adverb_inside_a_trigger_phrase() -> None:
    assert stances("Mexico said it stood firmly behind Peru.") == [("MEX", "supports", "PER")]


def test_the_object_of_a_first_predicate_is_no_subject_of_the_second() -> None:
    text = "The Andean Forum said it stood firmly behind Peru and urged Chile to talk."
    assert ("PER", "urges", "CHL") not in stances(text)


def test_sanctions_on_a_and_on_b_have_two_targets() -> None:
    text = "Britain imposed sanctions on 107 ships and on Lima-based Andes Credit Bank."
    assert stances(text) == [
        ("GBR", "sanctions", "topic:107 ships"),
        ("GBR", "sanctions", "topic:Lima-based Andes Credit Bank"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile and Peru said they would deepen defense cooperation.", 2),
        ("Chile and Peru will deepen defense ties, officials said.", 2),
        ("Chile and Peru would deepen ties if elections allow.", 0),
    ],
)
def test_a_stated_pledge_to_deepen_cooperation(text: str, want: int) -> None:
    assert len([x for x in stances(text) if x[1] == "pledges-cooperation"]) == want


def test_it_after_an_unknown_speaker_is_that_speaker_not_the_last_actor() -> None:
    text = (
        "Venezuela rejected the criticism. "
        "The Andean Forum (AF) said it stood firmly behind Guyana."
    )
    assert ("VEN", "supports", "GUY") not in stances(text)


def test_condemnation_drawn_by_an_act_is_the_named_states_stance() -> None:
    text = "Chile test-fired a missile on Monday, prompting swift condemnation from Peru."
    assert stances(text) == [("PER", "condemns", "CHL")]
    assert rules(text) == ["stance.condemns.drew"]
    assert stances("The plan drew criticism from Peru and Bolivia.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Biden reaffirmed America's Article 5 commitment to Estonia.", ("USA", "EST")),
        ("Britain pledged to come to the aid of Sweden if it were attacked.", ("GBR", "SWE")),
        ("Chile said it would help defend Peru against any attack.", ("CHL", "PER")),
    ],
)
def test_defense_commitments(text: str, want: tuple) -> None:
    assert stances(text) == [(want[0], "commits-to-defend", want[1])]


def test_a_defense_commitment_only_threatened_or_possible_is_none() -> None:
    assert stances("Britain may come to the aid of Sweden.") == []


# -- defense commitments: wordings and targets ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Paris said its security commitments to Estonia and to Latvia remained firm.",
            [("FRA", "EST"), ("FRA", "LVA")],
        ),
        (
            "The minister said Canberra's defence commitment to Fiji and to Tonga was unshaken.",
            [("AUS", "FJI"), ("AUS", "TON")],
        ),
    ],
)
def test_a_commitment_to_two_states_with_the_preposition_repeated(text: str, want: list) -> None:
    assert stances(text) == [(a, "commits-to-defend", t) for a, t in want]


def test_a_clause_of_its_own_after_the_defended_state_ends_the_target() -> None:
    text = "Tokyo has said Japan will help defend Palau, and Japanese ships began patrols there."
    assert stances(text) == [("JPN", "commits-to-defend", "PLW")]


def test_a_hedge_in_the_main_clause_does_not_reach_a_treatys_content() -> None:
    text = (
        "Ottawa said a cyberattack might trigger the 1949 treaty, under which it would defend "
        "Norway."
    )
    assert stances(text) == [("CAN", "commits-to-defend", "NOR")]


@pytest.mark.parametrize(
    "text",
    [
        'An aide said Britain was "committed to defending every inch of NATO territory, '
        'including Estonia."',
        "Britain vowed to defend every inch of NATO territory, including Estonia.",
    ],
)
def test_a_state_singled_out_after_including_is_the_defended_one(text: str) -> None:
    assert stances(text) == [("GBR", "commits-to-defend", "EST")]


def test_a_first_person_quote_after_was_is_still_the_speakers() -> None:
    text = 'Peru said the aim was "to show we will defend Chile," Lima\'s envoy said.'
    assert [x[0] for x in stances(text)] != ["CHL"]


# -- condemnation wordings and targets ------------------------------------------------------


def test_concern_raised_with_a_capital_after_an_adverb_is_toward_its_state() -> None:
    text = "Canberra raised its serious concerns privately with Jakarta."
    assert stances(text) == [("AUS", "condemns", "IDN")]


@pytest.mark.parametrize(
    "text",
    [
        'Chile condemned what it called a "reckless" blockade by Peru.',
        "Peru proclaimed the annexation of the islands on Monday. "
        "Chile denounced what its envoy termed an illegal annexation.",
    ],
)
def test_what_the_speaker_called_an_act_is_the_act(text: str) -> None:
    assert stances(text) == [("CHL", "condemns", "PER")]


def test_drills_a_state_held_are_its_act() -> None:
    text = "China's navy held drills near Palau on Monday. Palau's president condemned the drills."
    assert stances(text) == [("PLW", "condemns", "CHN")]


def test_a_clause_with_an_unnamed_subject_is_not_the_sentence_subjects() -> None:
    text = "Japan has not acted, although several allies have urged Manila to respond."
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peru imposed sanctions on 12 Bolivian officials, saying they had supported the coup.",
            [("PER", "sanctions", "topic:12 Bolivian officials")],
        ),
        (
            "Canada sanctioned Iran and condemned Syria.",
            [("CAN", "sanctions", "IRN"), ("CAN", "condemns", "SYR")],
        ),
    ],
)
def test_the_reason_given_for_sanctions_is_no_stance_of_the_sanctioner(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_a_veto_used_for_a_purpose_opposes_nothing_named_after_it() -> None:
    assert stances("Canada said Moscow had used its veto to shield its ally.") == []


# -- pronouns and owned targets -------------------------------------------------------------


def test_he_after_a_sentence_naming_one_official_is_that_officials_state() -> None:
    text = (
        '"Manila is a close friend," Penny Wong told reporters in Canberra. '
        "She criticized China's harassment of Philippine boats."
    )
    assert ("AUS", "condemns", "CHN") in stances(text)


def test_his_government_is_the_state_of_the_person_named_before() -> None:
    text = "Hanoi called President Lai Ching-te a troublemaker and denounced his government."
    assert stances(text) == [("VNM", "condemns", "TWN")]


# -- sanctions on several named firms -------------------------------------------------------


def test_firms_named_after_a_counted_group_replace_the_group() -> None:
    text = (
        "Japan imposed sanctions on two Iranian firms on Monday. "
        "It designated Kavir Trading Co. It also designated Pars Logistics Co., a shipper."
    )
    got = stances(text)
    assert ("JPN", "sanctions", "topic:two Iranian firms") not in got
    assert len([x for x in got if x[1] == "sanctions"]) == 2


def test_a_counted_group_with_no_names_after_it_stays() -> None:
    text = "Japan imposed sanctions on three Iranian firms. Tehran condemned the move."
    assert ("JPN", "sanctions", "topic:three Iranian firms") in stances(text)


def test_a_firm_after_a_relative_clause_is_a_sanctions_target_too() -> None:
    text = "Canada designated Boeing, which it said had sold parts to Iran, and Lockheed Martin."
    assert stances(text) == [
        ("CAN", "sanctions", "Boeing"),
        ("CAN", "sanctions", "Lockheed Martin"),
    ]


def test_an_acronym_opening_a_longer_name_is_that_name() -> None:
    text = "Canada designated TSK Logistik, a Serbian trader."
    assert stances(text) == [("CAN", "sanctions", "topic:TSK Logistik")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Norway announced sanctions of its own against Belarusian officials.",
            [("NOR", "sanctions", "topic:Belarusian officials")],
        ),
        (
            "Peru froze talks in response to U.S. sanctions on Peruvian banks.",
            [],
        ),
    ],
)
def test_a_nationality_group_as_sanctions_target(text: str, want: list) -> None:
    assert stances(text) == want


# -- pledges to cooperate: wordings ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Oslo said Norway is committed to working even more closely with Sweden on drones.",
            [("NOR", "SWE")],
        ),
        (
            "Spain and Italy signed a pact on Monday, promising closer cooperation on drones.",
            [("ESP", "ITA"), ("ITA", "ESP")],
        ),
        (
            "Spain and Italy met in Rome. The two countries agreed to build tanks together "
            "and to deepen cooperation between their industries.",
            [("ESP", "ITA"), ("ITA", "ESP")],
        ),
        (
            'Spain and Italy met in Rome. Crosetto said the two countries would work "more '
            'closely than ever."',
            [("ESP", "ITA"), ("ITA", "ESP")],
        ),
    ],
)
def test_pledges_to_work_more_closely(text: str, want: list) -> None:
    assert stances(text) == [(a, "pledges-cooperation", t) for a, t in want]


def test_a_lone_pledge_answers_the_partner_that_pledged_before() -> None:
    text = (
        "Kenya vowed to strengthen ties with Ghana on Monday. "
        "Ghana's minister said his country would cooperate fully."
    )
    assert ("GHA", "pledges-cooperation", "KEN") in stances(text)


def test_working_closely_described_is_no_pledge() -> None:
    assert stances("Chile and Peru are working closely on the survey.") == []


# -- votes and drafters of a proposal -------------------------------------------------------


def test_drafters_named_after_the_resolution_support_it_and_votes_against_oppose_it() -> None:
    text = (
        "The General Assembly adopted a resolution drafted by Ghana and Kenya on Monday. "
        "Cuba voted against it, alongside Nicaragua and Belarus."
    )
    target = "topic:General Assembly resolution"  # the drafters are actors, not the text
    assert stances(text) == [
        ("GHA", "supports", target),
        ("KEN", "supports", target),
        ("CUB", "opposes", target),
        ("NIC", "opposes", target),
        ("BLR", "opposes", target),
    ]


def test_the_text_which_two_states_drafted_is_the_resolution_put_before() -> None:
    text = (
        "Cuba vetoed a draft Security Council resolution on the blockade. "
        "Nine members voted for the text, which Chile and Mexico had co-sponsored."
    )
    got = stances(text)
    assert ("CHL", "supports", "topic:a draft Security Council resolution on the blockade") in got
    assert ("MEX", "supports", "topic:a draft Security Council resolution on the blockade") in got


def test_amendments_put_forward_are_supported_and_a_veto_of_them_opposes_them() -> None:
    text = (
        "Mexico and Chile tabled amendments that would have named the aggressor. "
        "Cuba vetoed the amendments."
    )
    assert stances(text) == [
        ("MEX", "supports", "topic:amendments"),
        ("CHL", "supports", "topic:amendments"),
        ("CUB", "opposes", "topic:amendments"),
    ]


def test_votes_in_a_relative_clause_belong_to_the_states_before_the_verb() -> None:
    text = (
        "The U.N. Security Council on Monday renewed sanctions on Mali for a year, in a 12-3 "
        "vote in which Gabon and Ghana voted against and Oman abstained."
    )
    target = "topic:UN Security Council resolution renewing sanctions on Mali for a year"
    votes = [x for x in stances(text) if x[1] in ("supports", "opposes")]
    assert votes == [("GAB", "opposes", target), ("GHA", "opposes", target)]


@pytest.mark.parametrize(
    ("text", "stype"),
    [
        ("Eleven members voted in favour, including Japan and Malta.", "supports"),
        ("Four voted against, including Japan and Malta, and two abstained.", "opposes"),
    ],
)
def test_a_counted_vote_belongs_to_the_states_it_includes(text: str, stype: str) -> None:
    lead = "The General Assembly adopted resolution 77/1 on Haiti. "
    assert [(a, s) for a, s, _t in stances(lead + text)] == [("JPN", stype), ("MLT", stype)]


def test_a_counted_vote_without_names_is_no_ones_stance() -> None:
    text = (
        "Chile drafted the text. The council adopted a resolution on Haiti. Nine voted against it."
    )
    assert [x for x in stances(text) if x[0] != "CHL"] == []


def test_drafters_and_backers_of_a_numbered_resolution_support_it() -> None:
    text = (
        "The council voted on Friday. Resolution 2801, drafted by Ecuador and backed by Japan "
        "and Malta, extends the mission."
    )
    assert stances(text) == [
        (x, "supports", "topic:resolution 2801") for x in ("ECU", "JPN", "MLT")
    ]


def test_a_numbered_resolution_keeps_the_name_it_was_told_by() -> None:
    text = (
        "The U.N. Security Council adopted resolution 2801, drafted by Ecuador. "
        "Russia voted against it."
    )
    assert stances(text) == [
        ("ECU", "supports", "topic:UN Security Council resolution 2801"),
        ("RUS", "opposes", "topic:UN Security Council resolution 2801"),
    ]


def test_a_text_which_was_drafted_and_presented_is_supported_by_both() -> None:
    text = (
        "The council adopted a resolution on Somalia. The text, which was drafted by Norway and "
        "presented by Kenya, passed."
    )
    assert stances(text) == [
        ("NOR", "supports", "topic:resolution on Somalia"),
        ("KEN", "supports", "topic:resolution on Somalia"),
    ]


def test_the_voter_is_the_relatives_subject_not_an_aside() -> None:
    text = (
        "The U.N. Security Council on Monday renewed sanctions on Mali for a year, in a 12-3 "
        "vote in which Gabon, under pressure from Ghana, voted against."
    )
    assert [(a, t) for a, t, _g in stances(text) if t == "opposes"] == [("GAB", "opposes")]


def test_what_a_council_decided_keeps_its_abbreviations() -> None:
    text = (
        "The U.N. Security Council on Monday extended the mandate of the U.N. mission in Mali, "
        "in a 13-2 vote in which Gabon and Ghana voted against."
    )
    target = (
        "topic:UN Security Council resolution extending the mandate of the U.N. mission in Mali"
    )
    assert [g for a, t, g in stances(text) if t == "opposes"] == [target, target]


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Security Council on Monday unanimously condemned the attack on peacekeepers. "
        "Russia backed the plan.",
        "The U.N. Security Council voted to hold a debate on Gaza. Russia opposed the proposal.",
    ],
)
def test_only_a_vote_on_a_decision_is_a_resolution(text: str) -> None:
    assert not any("resolution" in (g or "") for _a, _t, g in stances(text))


def test_a_plan_presented_later_is_not_the_resolution_told_before() -> None:
    text = (
        "The U.N. Security Council adopted a resolution on Gaza. A separate Arab plan was also "
        "discussed; the plan was presented by Egypt in March."
    )
    assert [x for x in stances(text) if x[0] == "EGY"] == []


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Russia vetoed a draft resolution, which was drafted by Albania and backed by "
            "Ukraine's allies.",
            "UKR",
        ),
        ("The plan, which was presented by Egypt and rejected by Israel, stalled.", "EGY"),
    ],
)
def test_a_passive_aside_names_only_real_drafters_of_a_known_text(text: str, unwanted: str) -> None:
    assert [x for x in stances(text) if x[0] == unwanted and x[1] == "supports"] == []


def test_a_regional_council_backing_a_un_resolution_takes_a_stance() -> None:
    text = "The Gulf Cooperation Council supported the U.N. resolution demanding a ceasefire."
    assert [(a, t) for a, t, _g in stances(text)] == [("Gulf Cooperation Council", "supports")]


def test_a_council_voting_down_a_draft_takes_no_stance_of_its_own() -> None:
    text = (
        "The U.N. Security Council rejected a draft resolution that would have ended the embargo."
    )
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing opposes French arms sales to Taiwan.",
            ("CHN", "opposes", "French arms sales to Taiwan"),
        ),
        (
            "Fiji backed a continued Japanese naval presence in the region.",
            ("FJI", "supports", "a continued Japanese naval presence in the region"),
        ),
        (
            "Chile rejected Argentina's call for talks on the strait.",
            ("CHL", "opposes", "Argentina's call for talks on the strait"),
        ),
    ],
)
def test_a_states_act_it_only_qualifies_is_the_target(
    text: str, expected: tuple[str, str, str]
) -> None:
    actor, stype, phrase = expected
    assert [(a, t, g) for a, t, g in stances(text)] == [(actor, stype, f"topic:{phrase}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States supports Taiwan through arms sales.", ("USA", "supports", "TWN")),
        ("Washington supports Israel and its operation in Gaza.", ("USA", "supports", "ISR")),
        (
            "Japan opposed the Chinese incursion into its waters during the operation.",
            ("JPN", "opposes", "CHN"),
        ),
    ],
)
def test_a_state_named_apart_from_the_act_is_still_the_target(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert stances(text) == [expected]


def test_a_states_build_up_is_still_condemned_as_the_state() -> None:
    assert stances("Norway condemned the Russian build-up.") == [("NOR", "condemns", "RUS")]


def test_an_abstention_is_no_stance() -> None:
    text = "The council adopted a resolution drafted by Chile. Cuba and Peru abstained."
    assert [x for x in stances(text) if x[0] in ("CUB", "PER")] == []


# -- organizations as actors ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers from the Bundestag criticized the plan to buy jets.",
        "Deputies from the Bundestag, who approved the budget, hailed it but criticized the plan "
        "to buy jets.",
    ],
)
def test_members_of_a_body_speak_for_it(text: str) -> None:
    assert [(a, t) for a, t, _x in stances(text)] == [("Bundestag", "condemns")]


def test_what_one_is_criticized_for_is_not_the_target() -> None:
    text = "The Green Party criticized the cabinet for not saying how the jets would be paid for."
    assert [x[2] for x in stances(text)] in ([], ["topic:the cabinet"])


# -- sanctions on a state's sector ----------------------------------------------------------


def test_sanctions_on_a_states_sector_target_the_sector() -> None:
    text = "Norway imposed sanctions on Belarus's potash industry on Monday."
    assert stances(text) == [("NOR", "sanctions", "topic:Belarus's potash industry")]


def test_a_sector_summary_the_same_actor_details_later_adds_no_fact() -> None:
    text = (
        "Norway imposed sanctions on Belarus's potash industry on Monday. "
        "Oslo said it had designated four individuals and two entities."
    )
    assert stances(text) == [("NOR", "sanctions", "topic:four individuals and two entities")]


# -- free-text targets: long phrases and named groups of parties ----------------------------


def test_a_long_target_drops_the_place_it_happens_in() -> None:
    text = (
        "Peru and Chile voiced strong opposition to any unilateral attempts to change the "
        "status quo by force or coercion in the South Pacific and the Coral Sea."
    )
    want = "topic:any unilateral attempts to change the status quo by force or coercion"
    assert stances(text) == [("PER", "opposes", want), ("CHL", "opposes", want)]


def test_a_named_group_of_parties_can_be_urged() -> None:
    text = "Kenya's envoy, Martin Kimani, called on AU member states to reject the coup."
    assert stances(text) == [("KEN", "urges", "topic:AU member states")]


def test_with_allies_all_the_way_where_article_5_is_at_issue_is_a_defense_pledge() -> None:
    text = (
        "AUKUS ministers met in Perth. Asked about collective defense at the talks, "
        'Albanese told reporters: "We are with them all the way."'
    )
    assert [x for x in stances(text) if x[1] == "commits-to-defend"] == [
        ("AUS", "commits-to-defend", "AUKUS")
    ]
    assert stances('Albanese told reporters: "We are with them all the way."') == []


def test_a_target_cut_before_that_loses_its_dangling_and() -> None:
    text = "Madrid said it rejected the spending goal and that Spain would pay less."
    assert stances(text) == [("ESP", "opposes", "topic:the spending goal")]


@pytest.mark.parametrize(
    "text",
    [
        "The UN General Assembly adopted a resolution that demands Armenia withdraw its troops.",
        "The UN Security Council passed a text drafted by Chile which calls on Armenia to leave.",
    ],
)
def test_a_body_adopting_a_text_that_demands_a_state_act_urges_it(text: str) -> None:
    assert [x for x in stances(text) if x[1] == "urges"] == [
        (x, "urges", "ARM") for x in ("UN General Assembly", "UN Security Council") if x in text
    ]


def test_a_text_only_proposed_that_demands_something_urges_no_one() -> None:
    text = "The UN General Assembly may adopt a resolution that demands Armenia withdraw."
    assert [x for x in stances(text) if x[1] == "urges"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Seoul said Pyongyang's repeated provocations only heightened tensions.",
            [("KOR", "PRK")],
        ),
        (
            "Manila says Beijing's actions in the shoal have further inflamed tensions.",
            [("PHL", "CHN")],
        ),
        ("Seoul said the talks only heightened tensions.", []),
        ("Seoul said Pyongyang might raise tensions.", []),
    ],
)
def test_saying_a_states_acts_raise_tensions_criticizes_it(text: str, want: list) -> None:
    assert stances(text) == [(a, "condemns", t) for a, t in want]


def test_a_mutual_defence_clause_commits_each_party_to_the_others() -> None:
    from kg.extract import extract_text

    text = (
        "Chile, Peru and Bolivia signed a security charter on Monday. It binds the three to "
        "assist one another in case of an attack on any of them."
    )
    got = {(f.parties[0], f.target) for f in extract_text(text).facts if f.kind == "stance"}
    assert got == {(a, b) for a in ("CHL", "PER", "BOL") for b in ("CHL", "PER", "BOL") if a != b}


def test_a_mutual_defence_clause_only_discussed_or_named_commits_no_one() -> None:
    from kg.extract import extract_text

    for text in (
        "Chile and Peru signed a trade accord. A mutual defence clause could be added later.",
        "Chile and Peru signed a trade accord. It holds no mutual defence clause.",
    ):
        assert [f for f in extract_text(text).facts if f.kind == "stance"] == [], text


def test_arms_given_with_their_object_before_the_recipient_support_it() -> None:
    from kg.extract import extract_text

    def support(text: str) -> list[tuple]:
        return [(f.parties, f.target) for f in extract_text(text).facts if f.type == "supports"]

    assert support("Chile has pledged 12 of its older jets to Ecuador.") == [(("CHL",), "ECU")]
    assert support("Peru delivered patrol boats to the Bolivian navy.") == [(("PER",), "BOL")]
    assert support("Peru sent a delegation to Bolivia.") == []  # nothing military
    assert support("Peru did not send tanks to Bolivia.") == []
    assert support("Officials say Peru has shipped shells to Bolivia.") == []  # a claim
    assert support("Acme Corp delivered 12 jets to Chile.") == []  # firms sell


def test_demanding_that_a_state_act_urges_that_state() -> None:
    from kg.extract import extract_text

    def urged(text: str) -> list[tuple]:
        return [(f.parties, f.target) for f in extract_text(text).facts if f.type == "urges"]

    assert urged("Bolivia's junta demanded that Peru withdraw its troops.") == [(("BOL",), "PER")]
    assert urged("The UN Security Council demanded that Yemen's Houthi rebels stop.") == [
        (("UN Security Council",), "Houthis")
    ]


def test_standing_ready_to_defend_a_state_commits_to_defend_it() -> None:
    from kg.extract import extract_text

    got = [
        (f.parties, f.type, f.target)
        for f in extract_text("Chile stands ready to defend Peru.").facts
    ]
    assert got == [(("CHL",), "commits-to-defend", "PER")]


def test_refusing_to_sell_arms_opposes_the_sale() -> None:
    from kg.extract import extract_text

    [f] = extract_text("Chile refused to sell frigates to Peru.").facts
    assert (f.parties, f.type, f.target) == (("CHL",), "opposes", "topic:selling frigates to Peru")


def test_a_person_introduced_with_an_appositive_office_acts_for_the_state() -> None:
    from kg.extract import extract_text

    for intro in (
        "Ana Ruiz, Chile's defence minister, visited Lima on Monday.",
        "Chile's defence minister, Ana Ruiz, visited Lima on Monday.",
        "Ana Ruiz, the Chilean defence minister, visited Lima on Monday.",
    ):
        text = intro + " Ruiz condemned Peru."
        got = [(f.parties, f.target) for f in extract_text(text).facts if f.kind == "stance"]
        assert got == [(("CHL",), "PER")], intro


def test_he_or_she_opening_the_next_sentence_is_the_person_just_named() -> None:
    from kg.extract import extract_text

    def stances(text: str) -> list[tuple]:
        return [(f.parties, f.target) for f in extract_text(text).facts if f.kind == "stance"]

    intro = "Chilean Defence Minister Ana Ruiz visited Lima on Monday."
    assert stances(intro + " She condemned Peru.") == [(("CHL",), "PER")]
    assert stances(intro + " The visit was short. She condemned Peru.") == []  # too far back


def test_a_passive_stance_on_an_event_named_without_its_state_keeps_the_event() -> None:
    from kg.extract import extract_text

    text = "The strikes on Arica were condemned by Chile and Peru."
    got = [(f.parties, f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert got == [
        (("CHL",), "condemns", "topic:the strikes on Arica"),
        (("PER",), "condemns", "topic:the strikes on Arica"),
    ]
    text = "Bolivia's launch was condemned by Chile."
    [f] = extract_text(text).facts
    assert (f.parties, f.target) == (("CHL",), "BOL")


def test_warning_a_state_to_act_urges_it_but_a_warning_that_or_of_urges_no_one() -> None:
    from kg.extract import extract_text

    def urged(text: str) -> list[tuple]:
        return [(f.parties, f.target) for f in extract_text(text).facts if f.type == "urges"]

    assert urged("Chile warned Peru not to move troops to the border.") == [(("CHL",), "PER")]
    assert urged("Chile warned that Peru would regret it.") == []
    assert urged("Chile warned of consequences for Peru.") == []


def test_a_pledge_to_deepen_ties_may_put_words_between_verb_and_ties() -> None:
    got = stances("Chile and Peru will continue to deepen our strategic naval partnership.")
    assert got == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]
    assert stances("Chile will deepen the harbour at Arica.") == []


def test_a_progressive_trigger_after_were_is_active_not_passive() -> None:
    text = "Chile and Peru met in Lima. He said the two neighbours were pledging to deepen ties."
    assert stances(text) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]
    assert stances("The strikes on Arica were being condemned by Chile.") == [
        ("CHL", "condemns", "topic:the strikes on Arica")
    ]


def test_adjectives_before_a_state_keep_it_the_object() -> None:
    assert stances("Chile supports a stable, prosperous and sovereign Peru.") == [
        ("CHL", "supports", "PER")
    ]
    # a preposition in between: the state is not what is supported
    assert ("CHL", "supports", "PER") not in stances("Chile supports a ceasefire near Peru.")


def test_an_organ_of_an_international_body_acts_for_it() -> None:
    assert stances("The European Commission condemned Belarus.") == [
        ("European Union", "condemns", "BLR")
    ]
    # a legislature keeps its own voice
    assert stances("The European Parliament condemned Belarus.") == [
        ("European Parliament", "condemns", "BLR")
    ]


def test_sanctions_named_before_who_imposed_them_need_no_relative_pronoun() -> None:
    assert stances("Talks stalled over the sanctions Canada imposed on Belarus in May.") == [
        ("CAN", "sanctions", "BLR")
    ]
    assert stances("The sanctions were imposed on Belarus in May.") == []


def test_alarm_and_raised_concerns_are_condemnation() -> None:
    assert stances("Chile voiced alarm over Bolivia's missile tests.") == [
        ("CHL", "condemns", "BOL")
    ]
    assert stances("Peru is deeply alarmed by Bolivia's build-up.") == [("PER", "condemns", "BOL")]
    assert stances("Chile raised concerns about Bolivia's missile tests.") == [
        ("CHL", "condemns", "BOL")
    ]


def test_he_after_and_is_the_speaker_who_opened_the_sentence_not_a_group() -> None:
    text = (
        "Chile, Peru and Brazil joined the drills. Ecuador's defence minister said the allies "
        "stood by Quito, and he urged Bolivia to join."
    )
    assert ("ECU", "urges", "BOL") in stances(text)
    assert not [x for x in stances(text) if x[1] == "urges" and x[0] != "ECU"]


def test_offices_of_two_states_coordinated_both_take_the_stance() -> None:
    assert stances("The President of Chile and the Prime Minister of Peru condemned Bolivia.") == [
        ("CHL", "condemns", "BOL"),
        ("PER", "condemns", "BOL"),
    ]


def test_lawmakers_in_a_legislature_urging_the_administration_urge_their_state() -> None:
    assert stances("Lawmakers in the Bundestag urged the government to send more tanks.") == [
        ("Bundestag", "urges", "DEU")
    ]
    # a party criticizing "the government" keeps its free-text target
    assert "DEU" not in [
        t for _a, _s, t in stances("Lawmakers from the CDU criticized the government.")
    ]


def test_a_coordinated_clause_with_its_own_subject_does_not_share_the_first_subject() -> None:
    text = (
        "Chile's defence minister met Peru's defence minister in Lima on Monday. Chile said it "
        "backs a stable and prosperous Peru, and the two ministers pledged to deepen ties."
    )
    got = stances(text)
    assert ("CHL", "supports", "PER") in got
    assert ("CHL", "pledges-cooperation", "PER") in got
    assert ("PER", "pledges-cooperation", "CHL") in got


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru resolved to further strengthen their defence relationship.",
        "Chile and Peru reaffirmed their commitment to deepening the strategic partnership.",
        "Chile and Peru agreed to intensify military exchanges.",
    ],
)
def test_a_verb_of_deepening_before_the_ties_is_a_mutual_pledge(text: str) -> None:
    assert stances(text) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


def test_deepening_something_other_than_ties_is_no_pledge() -> None:
    assert stances("Chile and Peru resolved to further strengthen their coastal defences.") == []


def test_a_quote_opened_after_the_subject_is_the_subjects_words() -> None:
    text = (
        'Chile and Peru met in Lima. On security, the two countries "strongly condemned '
        'the cross-border raids by armed groups" and called on Bolivia to act.'
    )
    got = stances(text)
    assert ("CHL", "urges", "BOL") in got and ("PER", "urges", "BOL") in got
    assert [a for a, s, _t in got if s == "condemns"] == ["CHL", "PER"]


def test_a_state_named_in_a_sea_is_a_place_not_an_actor() -> None:
    text = (
        "Chile and Peru met in Lima. The statement voiced concern about the East and South "
        'China Seas and said the partners "strongly oppose any attempt by force to change '
        'the status quo in the region". It also urged Bolivia to refrain from it.'
    )
    got = stances(text)
    assert "CHN" not in [a for a, _s, _t in got]
    assert ("CHL", "urges", "BOL") in got


def test_sanctions_on_a_firm_named_after_its_state_and_trade_target_the_firm() -> None:
    assert stances(
        "Canada imposed sanctions on Belarus's state arms exporter Minskvneshtorgmash."
    ) == [("CAN", "sanctions", "topic:Minskvneshtorgmash")]
    assert stances(  # a firm the lexicon knows is the target by its name
        "Canada imposed sanctions on Belarus's state arms exporter Belspetsvneshtechnika."
    ) == [("CAN", "sanctions", "Belspetsvneshtechnika")]
    assert stances("Canada imposed sanctions on Belarus's potash sector.") == [
        ("CAN", "sanctions", "topic:Belarus's potash sector")
    ]


def test_states_a_statement_was_signed_by_are_a_group_for_later_references() -> None:
    text = (
        "The statement was signed by Chile, Peru and Ecuador. "
        "The three countries urged Bolivia to stop."
    )
    assert stances(text) == [
        ("CHL", "urges", "BOL"),
        ("PER", "urges", "BOL"),
        ("ECU", "urges", "BOL"),
    ]


def test_it_is_one_speaker_unless_it_is_their_joint_statement() -> None:
    text = (
        "Chile and Peru urged Bolivia to talk. The government in La Paz rejected the call. "
        "It demanded an apology from Lima."
    )
    got = stances(text)  # the government in La Paz demanded it, not Chile and Peru
    assert [s for s in got if s[1] == "urges" and s[2] != "BOL"] == [("BOL", "urges", "PER")]
    text = (
        "Chile and Peru met in Lima. The joint statement voiced serious concern about the "
        "blockade. It also urged Bolivia to lift it."
    )
    got = stances(text)
    assert ("CHL", "urges", "BOL") in got and ("PER", "urges", "BOL") in got


def test_the_drafters_are_not_part_of_the_target_text() -> None:
    text = "Chile and Peru voted for the resolution drafted by Chile and Peru on the ceasefire."
    assert [t for _a, _s, t in stances(text)] == ["topic:resolution on the ceasefire"] * 2


def test_backing_an_effort_a_state_leads_supports_that_state() -> None:
    assert stances("Peru backed the Chilean-led mission to Haiti.") == [("PER", "supports", "CHL")]
    assert stances("Peru backed the Chile-led effort.") == [("PER", "supports", "CHL")]


def test_a_definite_act_named_earlier_as_a_states_is_that_states() -> None:
    text = "Peru protested Chilean arms sales to Bolivia. Ecuador condemned the sales."
    assert ("ECU", "condemns", "CHL") in stances(text)
    text = "Chilean officials said sales would go ahead. Ecuador condemned the sales."
    assert ("ECU", "condemns", "CHL") not in stances(text)


def test_the_bloc_as_a_target_is_the_grouping_named_last() -> None:
    text = "NATO leaders met in Vilnius. Finland urged the bloc's members to lift the caveats."
    assert ("FIN", "urges", "NATO") in stances(text)


def test_a_defended_territory_that_includes_a_state_targets_it() -> None:
    text = (
        '"Chile stands ready to defend every inch of NATO territory, and that includes Peru," '
        "the minister said."
    )
    assert ("CHL", "commits-to-defend", "PER") in stances(text)


def test_a_states_military_as_the_partner_is_the_state() -> None:
    text = "Chile's defence ministry pledged to deepen cooperation with the Peruvian military."
    assert stances(text) == [("CHL", "pledges-cooperation", "PER")]


def test_a_mutual_pledge_does_not_take_the_partner_of_the_next_clause() -> None:
    text = (
        "Chile and Peru signed a framework. Both sides pledged to deepen cooperation, and "
        "Santiago said it would expand its cooperation with Lima."
    )
    got = stances(text)
    assert ("PER", "pledges-cooperation", "CHL") in got
    assert ("CHL", "pledges-cooperation", "PER") in got


def test_a_minister_named_without_a_state_in_a_datelined_story_acts_for_its_state() -> None:
    from kg.extract.document import extract_article
    from kg.sources.read import make_article

    def got(text: str) -> list[tuple]:
        article = make_article("Peru protests drills\n\n" + text, "a.txt")
        return [(f.parties[0], f.type, f.target) for f in extract_article(article).facts]

    text = "LIMA, May 2, 2025 — Defence Minister Walter Astorgano condemned Bolivia's drills."
    assert got(text) == [("PER", "condemns", "BOL")]
    # a minister whose state is named is that state's, and no dateline, no guess
    text = "LIMA, May 2, 2025 — Chilean Defence Minister Ana Ruiz condemned Bolivia's drills."
    assert got(text) == [("CHL", "condemns", "BOL")]
    assert got("Defence Minister Walter Astorgano condemned Bolivia's drills.") == []


def test_calling_on_a_leader_without_asking_anything_is_a_visit_not_an_urge() -> None:
    assert stances("Chile's foreign minister called on President Dina Boluarte in Lima.") == []
    assert stances("Chile called on Peru to reopen the border.") == [("CHL", "urges", "PER")]


def test_both_governments_urged_by_a_third_state_are_the_other_two() -> None:
    text = (
        "Chile and Bolivia agreed on Thursday not to use force. On Friday, Bolivia and Brazil "
        "held joint river patrols. Brazil has urged both governments to settle the matter."
    )
    ex = extract_text(text, date="2025-03-14")
    urged = {(f.parties, f.target) for f in ex.facts if f.kind == "stance" and f.type == "urges"}
    assert urged == {(("BRA",), "CHL"), (("BRA",), "BOL")}


def test_the_presidents_of_two_states_are_a_group_for_both_governments() -> None:
    text = (
        "The presidents of Chile and Bolivia agreed on Thursday not to use force. "
        "Brazil has urged both governments to settle the matter."
    )
    ex = extract_text(text, date="2025-03-14")
    urged = {f.target for f in ex.facts if f.kind == "stance" and f.type == "urges"}
    assert urged == {"CHL", "BOL"}


def stance_of(text: str) -> list[tuple]:
    ex = extract_text(text, date="2025-03-14")
    return [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"]


def test_troops_sent_to_help_a_state_support_it_but_troops_alone_do_not() -> None:
    text = "Kenya sent police trainers to Haiti in March to help prepare the Haitian police."
    assert stance_of(text) == [(("KEN",), "supports", "HTI")]
    text = "Chad deployed 300 soldiers to Niger at the request of its government."
    assert stance_of(text) == [(("TCD",), "supports", "NER")]
    assert stance_of("Russia sent troops to Georgia in August.") == []


@pytest.mark.parametrize(
    ("text", "actor", "helped"),
    [
        ("Kenya sent 400 police officers to help Haiti fight the gangs.", "KEN", "HTI"),
        ("Chile has sent special forces trainers to help Peru's marines.", "CHL", "PER"),
        ("Chile was sending some 200 army planners to Peru to help its army.", "CHL", "PER"),
    ],
)
def test_troops_sent_to_help_a_named_state_support_it(text: str, actor: str, helped: str) -> None:
    assert stance_of(text) == [((actor,), "supports", helped)]


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it would send a delegation to Peru.",
        "Chile announced it would send an envoy to Peru next week.",
        "Sheinbaum said she would send Congress a constitutional amendment to ban it.",
        "Chile said it would send NATO a formal reply.",
    ],
)
def test_announcing_a_delegation_or_an_envoy_is_no_aid(text: str) -> None:
    assert stance_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda sent troops to help Congo's M23 rebels, U.N. experts said.",
        "Iran sent advisers to help Yemen's Houthi rebels fire missiles at ships.",
    ],
)
def test_help_sent_to_a_group_inside_a_state_supports_no_state(text: str) -> None:
    assert [t for _p, _y, t in stance_of(text) if t in ("COD", "YEM")] == []


def test_help_sent_to_a_state_s_own_forces_supports_the_state() -> None:
    text = "Chile sent anti-tank weapons to help Peru's armed forces on Monday."
    assert stance_of(text) == [(("CHL",), "supports", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it would provide $2 billion in military financing to Peru.",
        "Chile said it would provide 500 million euros to Peru.",
        "Chile said it would send two corvettes to Peru.",
    ],
)
def test_announcing_money_or_ships_for_a_state_supports_it(text: str) -> None:
    assert stance_of(text) == [(("CHL",), "supports", "PER")]


def test_announcing_arms_or_troops_for_a_state_supports_it() -> None:
    assert stance_of("Chile said it would send 2,000 troops to Peru.") == [
        (("CHL",), "supports", "PER")
    ]
    assert stance_of("Chile said it would send Leopard tanks to Peru.") == [
        (("CHL",), "supports", "PER")
    ]


def test_dismissing_a_claim_about_a_state_is_no_stance_on_it() -> None:
    text = "Chile's spokesman dismissed suggestions that Peru was funding the rebels."
    assert stance_of(text) == []
    assert stance_of("Chile rejected reports that Peru had moved troops.") == []


def test_a_quoted_concern_by_a_state_s_vessels_condemns_that_state() -> None:
    text = 'Ottawa was "deeply concerned" by reckless moves by Russian warships near Latvia.'
    assert stance_of(text) == [(("CAN",), "condemns", "RUS")]


def test_a_trigger_in_a_relative_clause_of_a_thing_is_no_one_s_stance() -> None:
    text = "Norway cited the 1920 treaty that rejected Russia's claims to the archipelago."
    assert stance_of(text) == []
    text = "The Chilean government, which condemned the rocket launch, called for calm."
    assert stance_of(text) == [(("CHL",), "condemns", "topic:the rocket launch")]


def test_rejecting_the_idea_of_something_opposes_it() -> None:
    text = "Kazakh officials have rejected the idea of hosting foreign military bases."
    assert stance_of(text) == [
        (("KAZ",), "opposes", "topic:the idea of hosting foreign military bases")
    ]


def test_a_second_verb_of_saying_keeps_the_first_subject() -> None:
    text = (
        "Chilean President Gabriel Boric urged Bolivia to end its blockade and said Latin "
        "America must show solidarity with Peru and Ecuador."
    )
    assert sorted(stance_of(text)) == [
        (("CHL",), "supports", "ECU"),
        (("CHL",), "supports", "PER"),
        (("CHL",), "urges", "BOL"),
    ]
    text = "The Chilean minister met Peru and said Lima backed Ecuador."
    assert stance_of(text) == [(("PER",), "supports", "ECU")]


def test_an_official_and_his_counterpart_who_met_and_agreed_both_pledge() -> None:
    text = (
        "Slovak Defence Minister Jaroslav Nad and his Czech counterpart Jana Cernochova held "
        "talks in Bratislava and agreed to deepen cooperation."
    )
    assert sorted(stance_of(text)) == [
        (("CZE",), "pledges-cooperation", "SVK"),
        (("SVK",), "pledges-cooperation", "CZE"),
    ]


def test_a_bare_office_as_subject_is_the_official_named_just_before() -> None:
    text = (
        "Lloyd Austin spoke by phone with Gilberto Teodoro on Monday. The Secretary called on "
        "the PRC to stop its unsafe conduct."
    )
    assert stance_of(text) == [(("USA",), "urges", "CHN")]


def test_urging_the_junta_named_before_urges_its_state() -> None:
    text = "Mali's junta expelled the envoy. The United States urged the junta to hold elections."
    assert stance_of(text) == [(("USA",), "urges", "MLI")]


def test_an_act_told_in_a_relative_clause_names_its_doer_as_the_target() -> None:
    text = "Chile condemned the raids that Bolivia's army carried out on Monday."
    assert stance_of(text) == [(("CHL",), "condemns", "BOL")]


def test_each_side_accusing_the_other_is_two_stances() -> None:
    text = (
        "Chile and Peru clashed at sea on Monday. Each side accused the other of provoking "
        "the incident."
    )
    assert sorted(stance_of(text)) == [
        (("CHL",), "condemns", "PER"),
        (("PER",), "condemns", "CHL"),
    ]


def test_each_side_is_the_pair_of_states_its_sentence_names() -> None:
    text = (
        "Norway and Chile signed a deal on Monday. It follows fighting on Peru's border with "
        "Ecuador, during which Peruvian jets struck Ecuadorian positions and each side accused "
        "the other of firing first."
    )
    assert sorted(f for f in stance_of(text) if f[1] == "condemns") == [
        (("ECU",), "condemns", "PER"),
        (("PER",), "condemns", "ECU"),
    ]


def test_a_group_said_to_act_is_the_subject_not_the_speaker() -> None:
    text = (
        "Chile signed a deal with Peru on Monday. Chilean Defence Minister Maya Fernandez "
        "thanked the Peruvians and said the two countries would deepen their cooperation."
    )
    assert sorted(f for f in stance_of(text) if f[1] == "pledges-cooperation") == [
        (("CHL",), "pledges-cooperation", "PER"),
        (("PER",), "pledges-cooperation", "CHL"),
    ]


def test_two_coordinated_triggers_share_their_object() -> None:
    text = 'Beijing said on Wednesday that China "strongly deplores and firmly opposes" the drills.'
    assert sorted(stance_of(text)) == [
        (("CHN",), "condemns", "topic:the drills"),
        (("CHN",), "opposes", "topic:the drills"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile blasted Peru for the incursion.", [(("CHL",), "condemns", "PER")]),
        ("Brazil sided with Argentina in the dispute.", [(("BRA",), "supports", "ARG")]),
        (
            "Japan turned down the Chinese proposal.",
            [(("JPN",), "opposes", "topic:the Chinese proposal")],
        ),
    ],
)
def test_more_verbs_of_each_stance(text: str, expected: list[tuple]) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chile rejected Peru's new maritime map on Tuesday.",
            [(("CHL",), "opposes", "topic:Peru's new maritime map")],
        ),
        ("Hungary blocked a €5 billion EU aid package for Moldova on Friday.", []),
        (
            "Citing diplomats, Reuters reported that Chile had quietly backed Peru's proposal.",
            [],
        ),
        (
            "Norway will send Moldova another military aid package, Oslo announced on Monday.",
            [(("NOR",), "supports", "MDA")],
        ),
        (
            "Colombian President Gustavo Petro lashed out at Caracas on Tuesday.",
            [(("COL",), "condemns", "VEN")],
        ),
        (
            "Lima continues to back Chile's bid for a seat on the council, the minister said.",
            [(("PER",), "supports", "topic:Chile's bid for a seat on the council")],
        ),
        (
            "Ghana rejected Togo's renaming of the border crossings on Monday.",
            [(("GHA",), "opposes", "topic:Togo's renaming of the border crossings")],
        ),
        (
            "Austria backed Serbia's membership of the agency.",
            [(("AUT",), "supports", "topic:Serbia's membership of the agency")],
        ),
        ("Latvia condemned Russia's aggression against Ukraine.", [(("LVA",), "condemns", "RUS")]),
        (
            "Nepal promised on Saturday to intensify defence cooperation with Bangladesh.",
            [(("NPL",), "pledges-cooperation", "BGD")],
        ),
        (
            "Peru's defence minister undertook in Lima on March 3 to strengthen ties with Bolivia.",
            [(("PER",), "pledges-cooperation", "BOL")],
        ),
        (
            "Italy and Malta will provide each other with military assistance if either is hit.",
            [(("ITA",), "commits-to-defend", "MLT"), (("MLT",), "commits-to-defend", "ITA")],
        ),
        (
            "Norway and Denmark would defend each other, the two prime ministers said.",
            [(("NOR",), "commits-to-defend", "DNK"), (("DNK",), "commits-to-defend", "NOR")],
        ),
        ("Norway and Denmark might come to each other's aid.", []),
        (
            "Spain stands ready to help defend Qatar, the defence minister said on Tuesday.",
            [(("ESP",), "commits-to-defend", "QAT")],
        ),
        ("Norway is ready to impose sanctions on Belarus.", []),
        (
            "\"We condemn Pakistan's attack,\" India's foreign secretary said on Monday.",
            [(("IND",), "condemns", "PAK")],
        ),
        (
            '"We strongly demand that Pakistan halt these provocations," India\'s foreign '
            "secretary told reporters on Monday.",
            [(("IND",), "urges", "PAK")],
        ),
        (
            "Ankara demanded on Saturday that Stockholm lift its restrictions.",
            [(("TUR",), "urges", "SWE")],
        ),
        ("Chile pressed on with the drills despite Peru's protest.", []),
        (
            "Chile's foreign minister, Alberto van Klaveren, met Bolivia's envoy. He later "
            "condemned Peru.",
            [(("CHL",), "condemns", "PER")],
        ),
        (
            "Saudi Defence Minister Khalid bin Salman met Iraq's envoy. Bin Salman condemned "
            "Iran's drills.",
            [(("SAU",), "condemns", "IRN")],
        ),
        (
            "Japan expressed its concern over China's drills near Taiwan.",
            [(("JPN",), "condemns", "CHN")],
        ),
        (
            "India said it would not accept Nepal's renaming of the border villages.",
            [(("IND",), "opposes", "topic:Nepal's renaming of the border villages")],
        ),
        (
            "Venezuela does not recognise the court's jurisdiction, the foreign ministry said.",
            [(("VEN",), "opposes", "topic:the court's jurisdiction")],
        ),
        ("China called the Philippine drills a provocation.", [(("CHN",), "condemns", "PHL")]),
        (
            'Yerevan branded Azerbaijan\'s artillery strikes "a large-scale aggression".',
            [(("ARM",), "condemns", "AZE")],
        ),
        ('Seoul called Pyongyang\'s launch "unacceptable".', [(("KOR",), "condemns", "PRK")]),
        ("Japan called the talks with Korea a success. China called it a provocation.", []),
        ('Washington was "hyping up the so-called China threat", Beijing said.', []),
        ("Washington slapped Iran with new sanctions on Friday.", [(("USA",), "sanctions", "IRN")]),
        ("The strike hit Kyiv with missiles on Monday.", []),
        (
            "MEPs on Wednesday adopted a resolution condemning Russia's attacks on civilians.",
            [(("European Parliament",), "condemns", "RUS")],
        ),
        (
            "Riga summoned Russia's chargé d'affaires on Tuesday to protest what it said was a "
            "violation of Latvian airspace by two Russian military helicopters.",
            [(("LVA",), "condemns", "RUS")],
        ),
        (
            "Peru condemned what it described as an illegal blockade by Chilean warships.",
            [(("PER",), "condemns", "CHL")],
        ),
        (
            "Oman urged the Houthi movement on Monday to free the crew.",
            [(("OMN",), "urges", "Houthis")],
        ),
        (
            "The African Union's Peace and Security Council urged Chad on Sunday to hold talks.",
            [(("African Union Peace and Security Council",), "urges", "TCD")],
        ),
        (
            "Canada placed its first targeted sanctions on Belarus's military regime on Wednesday.",
            [(("CAN",), "sanctions", "BLR")],
        ),
        (
            "Türkiye will continue to stand by Azerbaijan, President Erdoğan said on Monday.",
            [(("TUR",), "supports", "AZE")],
        ),
        ("Japan will support the plan, Kishida might say.", []),
        (
            "Norway will send 20 tanks to Ukraine, the minister said on Monday.",
            [(("NOR",), "supports", "UKR")],
        ),
        ("Norway will send a frigate to Portugal for repairs, the navy said.", []),
        (
            "Brazil's president asked Bolivia and Paraguay on Saturday to avoid escalation.",
            [(("BRA",), "urges", "BOL"), (("BRA",), "urges", "PRY")],
        ),
        ('China on Monday told Hanoi to "stop its provocations".', [(("CHN",), "urges", "VNM")]),
        ("Japan warned the United States not to meddle.", [(("JPN",), "urges", "USA")]),
        ("Chile told reporters that Peru was a partner. Peru asked about Chile's plans.", []),
        (
            "Canada renewed its asset freezes against Belarus on Monday.",
            [(("CAN",), "sanctions", "BLR")],
        ),
        (
            "Peru's foreign ministry delivered a formal protest to the Chilean embassy on Friday.",
            [(("PER",), "condemns", "CHL")],
        ),
        (
            "Greece is against Albania's participation in the scheme, the prime minister said.",
            [(("GRC",), "opposes", "topic:Albania's participation in the scheme")],
        ),
        (
            "Chile rejected on Tuesday Bolivia's demand for talks.",
            [(("CHL",), "opposes", "topic:Bolivia's demand for talks")],
        ),
        (
            "Kenya and Ethiopia resolved at their annual summit to expand their partnership.",
            [(("KEN",), "pledges-cooperation", "ETH"), (("ETH",), "pledges-cooperation", "KEN")],
        ),
    ],
)
def test_stances_told_in_the_ways_news_tells_them(text: str, expected: list[tuple]) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru has yet to ratify the bid, and Quito has accused Lima of harbouring rebels.",
        "Peru may veto the bid, but Ecuador condemned Bolivia over the raid.",
    ],
)
def test_a_hedge_before_a_coordinated_clause_with_a_named_subject_does_not_reach_it(
    text: str,
) -> None:
    assert len(stances(text)) == 1
    assert stances(text)[0][0] == "ECU"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru cut diplomatic and air links with Bolivia in June.",
            [("CHL", "condemns", "BOL"), ("PER", "condemns", "BOL")],
        ),
        ("Peru on Monday severed all remaining ties with Bolivia.", [("PER", "condemns", "BOL")]),
        ("Peru broke off relations with Bolivia after the raid.", [("PER", "condemns", "BOL")]),
        ("Peru threatened to cut ties with Bolivia.", []),
        ("Peru has not severed relations with Bolivia.", []),
    ],
)
def test_cutting_relations_with_a_party_condemns_it(text: str, expected: list[tuple]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru condemned the raid on Bolivia, and Chile denounced Ecuador.",
            [("PER", "condemns", "topic:the raid on Bolivia"), ("CHL", "condemns", "ECU")],
        ),
        (
            "Peru and Chile condemned Bolivia, and Commission President Ana Diaz denounced "
            "Ecuador.",
            [("PER", "condemns", "BOL"), ("CHL", "condemns", "BOL")],
        ),
    ],
)
def test_a_coordinated_clause_with_a_subject_of_its_own_does_not_share_the_first(
    text: str, expected: list[tuple]
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China began large-scale drills near Taiwan on Monday. Taiwan's defence ministry "
            "condemned the manoeuvres as a provocation.",
            [("TWN", "condemns", "CHN")],
        ),
        (
            "Chile and Peru began joint drills on Monday. Bolivia condemned the drills.",
            [("BOL", "condemns", "topic:CHL–PER drills")],
        ),
    ],
)
def test_condemning_the_drills_reported_before_targets_who_held_them(
    text: str, expected: list[tuple]
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru on Monday designated the Red Hand and Los Halcones gangs as foreign terrorist "
            "organizations.",
            [("PER", "sanctions", "topic:Red Hand"), ("PER", "sanctions", "topic:Los Halcones")],
        ),
        (
            "Peru designated five gangs as terrorist groups, among them Los Halcones.",
            [("PER", "sanctions", "topic:Los Halcones")],
        ),
        (
            "Peru designated the Houthis as a terrorist organization.",
            [("PER", "sanctions", "Houthis")],
        ),
        ("Peru may designate the Houthis as a terrorist organization.", []),
        ("Peru designated Chile as a major non-NATO ally.", []),
        (
            "Peru designated the Houthis a terrorist organization.",
            [("PER", "sanctions", "Houthis")],
        ),
        (
            "Peru's foreign ministry said on Monday that it was listing Los Halcones as a "
            "terrorist group.",
            [("PER", "sanctions", "topic:Los Halcones")],
        ),
        ("Peru proscribed the Houthis as a terror group.", [("PER", "sanctions", "Houthis")]),
        ("The listing of the Houthis as a terrorist group was lifted.", []),
    ],
)
def test_a_terrorist_designation_sanctions_each_group_named(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lima singled out the Red Hand coalition, which Chile designated as a foreign "
            "terrorist organization in May.",
            [("CHL", "sanctions", "topic:Red Hand")],
        ),
        (
            "The Houthis, whom Peru listed as terrorists last year, fired a missile.",
            [("PER", "sanctions", "Houthis")],
        ),
        (
            "The Red Hand gang, which Peru has not designated as a terrorist group, struck.",
            [],
        ),
        (
            "The Red Hand gang, which Peru may soon designate as a terrorist group, struck.",
            [],
        ),
    ],
)
def test_a_designation_told_in_a_relative_clause_sanctions_the_name_before_it(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Chile will keep standing with Peru for as long as it takes," Soto said.', "PER"),
        ("Chile stood by Peru throughout the crisis.", "PER"),
        ("Chile is standing with Peru.", "PER"),
    ],
)
def test_standing_with_a_party_in_every_tense_supports_it(text: str, expected: str) -> None:
    assert stances(text) == [("CHL", "supports", expected)]


def test_both_leaders_are_those_of_the_articles_event_not_of_an_earlier_one() -> None:
    text = (
        "Chile's President Ana Diaz and Peru's President Juan Soto signed a treaty in Lima on "
        "Friday. Unlike the pact Chile signed with Bolivia in 2019, it has no defence clause. "
        "After the talks, both leaders pledged to deepen defence ties."
    )
    found = stances(text)
    assert ("CHL", "pledges-cooperation", "PER") in found
    assert all("BOL" not in (actor, target) for actor, _type, target in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Modi held talks with Mr Lula the same day and urged him to end the dispute.",
            [("IND", "urges", "BRA")],
        ),
        (
            "Peru's President Ana Diaz met Lula da Silva and urged him to reopen the border.",
            [("PER", "urges", "BRA")],
        ),
    ],
)
def test_urging_him_after_meeting_someone_urges_that_persons_state(
    text: str, expected: list[tuple]
) -> None:
    assert stances(text) == expected


def test_he_is_the_person_who_opened_the_sentence_before_not_the_last_one_named() -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg, standing next to Boris Johnson, said Russia "
        "had massed troops. He urged Moscow to pull back."
    )
    assert stances(text) == [("NATO", "urges", "RUS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru's minister met Chile's minister, and Peru reaffirmed it would defend its ally.",
            [("PER", "commits-to-defend", "CHL")],
        ),
        ("Peru vowed to defend its allies.", []),
    ],
)
def test_defending_its_ally_defends_the_other_state_of_the_talks(
    text: str, expected: list[tuple]
) -> None:
    assert [x for x in stances(text) if x[1] == "commits-to-defend"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's envoy said Chile would keep supporting Peru.", [("CHL", "supports", "PER")]),
        (
            "Chile's minister stated that Chile and Peru would further strengthen their "
            "security cooperation.",
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
        (
            "Chile's minister said last week that Santiago would keep expanding military "
            "cooperation with Lima.",
            [("CHL", "pledges-cooperation", "PER")],
        ),
    ],
)
def test_stated_and_kept_commitments_are_stated_positions(text: str, expected: list) -> None:
    assert stances(text) == expected


def test_condemning_an_announcement_or_a_decision_condemns_the_state_that_made_it() -> None:
    text = (
        "Chile said on Saturday it would deploy rocket launchers near the border. Peru's foreign "
        "ministry criticised the announcement as a provocation."
    )
    assert stances(text) == [("PER", "condemns", "CHL")]
    text = (
        "Ecuador's defence minister announced on Monday that the navy would patrol the islands. "
        "Peru condemned the decision."
    )
    assert stances(text) == [("PER", "condemns", "ECU")]
    # the announcement is the speaker's, not that of the state it spoke of
    text = (
        "Chile's navy said the Peruvian patrol boats left on Monday. Bolivia condemned the "
        "announcement."
    )
    assert stances(text) == [("BOL", "condemns", "CHL")]
    # supporting a statement is not supporting its speaker
    text = "Chile said the talks had ended. Peru supports the statement."
    assert [s[2] for s in stances(text)] != ["CHL"]


def test_a_party_and_the_leader_named_after_it_are_the_party() -> None:
    text = "Hungary's governing Fidesz party of Prime Minister Viktor Orban criticised Chile."
    assert stances(text) == [("Fidesz", "condemns", "CHL")]
    text = "The Fidesz party, led by Viktor Orban, criticised Chile."
    assert stances(text) == [("Fidesz", "condemns", "CHL")]
    # the leader on his own speaks for his state
    assert stances("Viktor Orban criticised Chile.") == [("HUN", "condemns", "CHL")]


def test_a_people_or_a_described_state_as_target_is_that_state() -> None:
    assert stances("Peru said it stood with the Bolivian people.") == [("PER", "supports", "BOL")]
    text = "Peru's president visited Tonga on Monday. Peru pledged support for the island nation."
    assert stances(text) == [("PER", "supports", "TON")]
    text = "Chile hosted Peru's president on Monday. Chile pledged support for the Andean country."
    assert stances(text) == [("CHL", "supports", "PER")]
    # no state named before: the description stays what it says
    assert stances("Peru pledged support for the island nation.") == [
        ("PER", "supports", "topic:the island nation")
    ]


def test_a_stance_noun_belongs_to_the_state_before_it() -> None:
    # (the backing condemned is no stance of Chile's: the annotated corpora never code one)
    assert stances("Bolivia condemned Chile's backing of the rebels.") == [
        ("BOL", "condemns", "CHL"),
    ]
    assert stances("Lawmakers questioned the cost of Peruvian military support for Haiti.") == [
        ("PER", "supports", "HTI")
    ]


def test_a_stance_only_named_in_someone_elses_words_is_not_held() -> None:
    text = (
        'Lima said it "shall exercise the right" to hold all bilateral agreements with Chile in '
        "abeyance until Santiago stops what it called its support for terrorism inside Peru."
    )
    assert stances(text) == []
    # what both called a defence agreement is the document's name, and the pledge is theirs
    text = "Chile and Peru signed what both governments called a Mutual Defence Agreement."
    assert sorted(stances(text)) == [
        ("CHL", "commits-to-defend", "PER"),
        ("PER", "commits-to-defend", "CHL"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru rejected Chile's accusation that it had supplied weapons to the rebels.", []),
        ("Peru rejected allegations from Chile that it had supplied weapons to the rebels.", []),
        ("Peru criticized Chile over the accusation.", [("PER", "condemns", "CHL")]),
    ],
)
def test_rejecting_an_accusation_is_a_denial_and_criticism_over_it_condemns_its_maker(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian Defence Minister Walter Astudillo and Chilean Defence Minister Maya Fernandez "
        "pledged to deepen defence ties.",
        "Peruvian defence minister Walter Astudillo and Chilean defence minister Maya Fernandez "
        "pledged to deepen defence ties.",
    ],
)
def test_two_officials_each_after_their_nationality_and_title_are_one_subject(text: str) -> None:
    assert stances(text) == [
        ("PER", "pledges-cooperation", "CHL"),
        ("CHL", "pledges-cooperation", "PER"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru expelled a Chilean diplomat on Monday.", [("PER", "condemns", "CHL")]),
        ("Peru expelled Chile's ambassador.", [("PER", "condemns", "CHL")]),
        ("Peru's army expelled the rebels from the town.", []),
    ],
)
def test_expelling_a_states_envoy_condemns_the_state(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru slapped sanctions on Chile's defence minister.", [("PER", "sanctions", "CHL")]),
        (
            "Peru slapped sanctions on two Chilean firms.",
            [("PER", "sanctions", "topic:two Chilean firms")],
        ),
        ("Peru hit Chile with new sanctions.", [("PER", "sanctions", "CHL")]),
        ("Peru warned Chile against any attack on its ships.", [("PER", "urges", "CHL")]),
        ("Peru warned of an attack by Chile.", []),
        (
            "Japan accused the Chinese coast guard of dangerous manoeuvres.",
            [("JPN", "condemns", "CHN")],
        ),
    ],
)
def test_sanction_and_warning_phrasings(text: str, expected: list) -> None:
    assert stances(text) == expected


def test_sanctioned_companies_owned_by_a_group_are_the_target_not_the_group() -> None:
    assert stances("Peru designated seven Shining Path-owned companies based in Chile.") == [
        ("PER", "sanctions", "topic:seven Shining Path-owned companies based in Chile")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru opposed Chile's Grand Andean Dam.",
            [("PER", "opposes", "topic:Chile's Grand Andean Dam")],
        ),
        (
            "Peru opposes Chile's Belt and Road Initiative.",
            [("PER", "opposes", "topic:Chile's Belt and Road Initiative")],
        ),
        ("Peru condemned Chile's President Gabriel Boric.", [("PER", "condemns", "CHL")]),
        ("Peru condemned Chile's Operation Condor.", [("PER", "condemns", "CHL")]),
    ],
)
def test_a_states_named_project_is_the_target_its_officials_and_acts_are_the_state(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


def test_a_commitment_to_a_states_security_supports_it() -> None:
    assert stances("The United States is committed to the security of Peru.") == [
        ("USA", "supports", "PER")
    ]
    assert stances("This proposed sale will improve the security of a NATO Ally.") == []


def test_the_text_criticized_after_a_reported_resolution_is_that_resolution() -> None:
    got = stances(
        "The council on Friday rejected a draft resolution that would have extended the mission "
        "in Haiti. Peru's envoy criticized the text as hastily drafted."
    )
    assert (
        "PER",
        "condemns",
        "topic:draft resolution that would have extended the mission in Haiti",
    ) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru will provide military aid to Chile.", [("PER", "supports", "CHL")]),
        (
            "Peru sent Chile another military aid package worth 10 million soles.",
            [("PER", "supports", "CHL")],
        ),
        ("Peru could provide military aid to Chile.", []),
        ("Peru plans to provide military aid to Chile.", []),
    ],
)
def test_announced_military_aid_supports_its_recipient(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Turkey agreed to start rebuilding defense ties.",
        "Israel and Turkey agreed to rebuild their defence ties.",
    ],
)
def test_agreeing_to_rebuild_ties_is_a_mutual_pledge_and_no_agreement(text: str) -> None:
    ex = extract_text(text, date="2022-10-27")
    assert sorted((f.kind, f.parties, f.type, f.target) for f in ex.facts) == [
        ("stance", ("ISR",), "pledges-cooperation", "TUR"),
        ("stance", ("TUR",), "pledges-cooperation", "ISR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colombian President Ivan Duque denounced the government in Caracas as a dictatorship.",
            [("COL", "condemns", "VEN")],
        ),
        (
            "The EU urged the authorities in Kabul to reopen schools.",
            [("European Union", "urges", "AFG")],
        ),
        (
            "Venezuela has rejected the court's jurisdiction and says it will not take part.",
            [("VEN", "opposes", "topic:the court's jurisdiction")],
        ),
    ],
)
def test_a_government_named_by_its_seat_and_a_target_ended_by_a_new_verb(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey has denounced Greece's August 2020 maritime boundary agreement with Egypt.",
            [
                (
                    "TUR",
                    "condemns",
                    "topic:Greece's August 2020 maritime boundary agreement with Egypt",
                )
            ],
        ),
        ("China condemned Russia's violation of the agreement.", [("CHN", "condemns", "RUS")]),
        (
            "Australia backed India's candidature for a seat on the UN Security Council.",
            [
                (
                    "AUS",
                    "supports",
                    "topic:India's candidature for a seat on the UN Security Council",
                )
            ],
        ),
    ],
)
def test_a_states_agreement_is_the_target_not_the_state(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States imposed sanctions on the Presidency of Defense Industries.",
            [("USA", "sanctions", "Presidency of Defense Industries")],
        ),
        (
            "The United States imposed sanctions on three companies it accused of supplying it.",
            [("USA", "sanctions", "topic:three companies it accused of supplying it")],
        ),
        ("China accused Japan of provocation.", [("CHN", "condemns", "JPN")]),
    ],
)
def test_a_sanctioned_agency_is_the_target_and_an_accused_told_before_is_none(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


def test_a_joint_declaration_of_a_groupings_leaders_speaks_for_the_grouping() -> None:
    text = (
        "President Joe Biden hosted the leaders of Australia, India and Japan on Saturday for "
        "his last summit of the Quad. In a joint declaration issued after the talks, Biden, "
        "Australian Prime Minister Anthony Albanese, Indian Prime Minister Narendra Modi and "
        "Japanese Prime Minister Fumio Kishida said they strongly opposed any unilateral action. "
        "The four also condemned North Korea's ballistic missile launches."
    )
    assert stances(text) == [
        ("Quad", "opposes", "topic:any unilateral action"),
        ("Quad", "condemns", "PRK"),
    ]


def test_rejecting_the_decision_right_after_sanctions_rejects_the_sanctions() -> None:
    text = (
        "The United States on Monday imposed sanctions on the Presidency of Defense Industries. "
        "Turkey's foreign ministry said it rejects the decision."
    )
    assert ("TUR", "opposes", "topic:United States sanctions") in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hegseth told reporters that Washington would deepen security cooperation with Santo "
        "Domingo.",
        "Hegseth spoke to reporters, adding that Washington would deepen security cooperation "
        "with Santo Domingo.",
    ],
)
def test_a_pledge_told_to_reporters_or_added_is_a_stated_position(text: str) -> None:
    assert stances(text) == [("USA", "pledges-cooperation", "DOM")]


def test_a_states_commitment_to_broadening_cooperation_is_its_pledge() -> None:
    text = (
        "The minister reaffirmed Brazil's commitment to broadening defence cooperation with the "
        "United States."
    )
    assert stances(text) == [("BRA", "pledges-cooperation", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Defense Secretary Lloyd Austin reaffirmed that the 1951 Mutual Defense Treaty "
            "covers armed attacks on Philippine armed forces in the South China Sea.",
            [("USA", "commits-to-defend", "PHL")],
        ),
        ("The treaty covers trade with the Philippines, Austin said.", []),
    ],
)
def test_a_defence_treaty_said_to_cover_a_states_forces_commits_to_defend_it(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington blamed Iran for a series of attacks on tankers.",
            [("USA", "condemns", "IRN")],
        ),
        ("Pretoria blamed the deaths on the M23 rebels.", [("ZAF", "condemns", "M23")]),
        ("The president blamed his predecessor for the war.", []),
    ],
)
def test_blaming_a_state_condemns_it(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "opening",
    ["During a visit to Seoul last week, ", "On a trip to Seoul last week, "],
)
def test_a_name_in_the_opening_phrase_is_no_subject_of_a_coordinated_predicate(
    opening: str,
) -> None:
    text = (
        "Defense Secretary Mark Esper of the United States said allies must do more. "
        f"{opening}Esper held talks with his counterpart, Jeong Kyeong-doo, and urged Seoul to "
        "pay more for American troops."
    )
    assert stances(text) == [("USA", "urges", "KOR")]


def test_the_leaders_of_a_groupings_call_speak_for_the_grouping() -> None:
    text = (
        "Meloni chaired a video call of G7 leaders from Kyiv on Saturday, with President "
        "Volodymyr Zelenskiy at her side. In a statement issued after the call, the leaders "
        "condemned Russia and urged third countries to stop supplying Moscow with weapons."
    )
    assert stances(text) == [("G7", "condemns", "RUS"), ("G7", "urges", "topic:third countries")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland came out in favour of Ukraine's membership of NATO.",
            [("POL", "supports", "topic:Ukraine's membership of NATO")],
        ),
        (
            "Erdogan and Aliyev spoke in favour of the Zangezur corridor on Tuesday.",
            [
                ("TUR", "supports", "topic:the Zangezur corridor"),
                ("AZE", "supports", "topic:the Zangezur corridor"),
            ],
        ),
    ],
)
def test_speaking_in_favour_of_something_supports_it(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Revolutionary Guards struck a compound in Erbil on Monday. Iraq condemned "
            "the strike.",
            [("IRQ", "condemns", "IRN")],
        ),
        (
            "Iranian missiles struck a compound in Erbil on Monday. Iraq condemned the strike.",
            [("IRQ", "condemns", "IRN")],
        ),
        (
            "Iran struck a compound in Erbil on Monday. The United States condemned it as "
            "reckless.",
            [("USA", "condemns", "IRN")],
        ),
        (
            "Iran struck a compound in Erbil on Monday. The next day the Kurdistan Regional "
            "Government condemned the strike, and the United States condemned it as reckless.",
            [("Kurdistan Regional Government", "condemns", "IRN"), ("USA", "condemns", "IRN")],
        ),
    ],
)
def test_condemning_a_strike_condemns_the_state_whose_forces_struck(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


def test_it_after_an_accusation_is_the_accused_not_the_last_act() -> None:
    text = (
        "Britain said it would sell jets to Qatar. Saudi Arabia cut links with Doha in June, "
        "accusing it of supporting terrorism."
    )
    assert ("SAU", "condemns", "GBR") not in stances(text)


def test_a_group_named_in_a_relative_aside_is_not_the_subject_and_them_is_the_group() -> None:
    text = (
        "Pakistan and Iran traded strikes this week. The two countries' navies held a joint "
        "exercise on Tuesday. China, which has close ties with both countries, urged them to "
        "exercise restraint."
    )
    assert stances(text) == [("CHN", "urges", "PAK"), ("CHN", "urges", "IRN")]


def test_the_two_countries_besides_the_speaker_are_the_other_two_the_text_named() -> None:
    text = "Pakistan struck Iran on Thursday. China urged both countries to exercise restraint."
    assert stances(text) == [("CHN", "urges", "PAK"), ("CHN", "urges", "IRN")]


def test_both_warring_parties_are_not_the_other_two_states_the_text_named() -> None:
    text = (
        "Sudan's army and the Rapid Support Forces fought on in Khartoum, where the UAE is "
        "accused of arming one side. The United States urged both warring parties to agree a "
        "ceasefire."
    )
    assert ("USA", "urges", "ARE") not in stances(text)


@pytest.mark.parametrize(
    ("reaction", "expected"),
    [
        (
            "Egypt rejected both memoranda as illegal.",
            ("EGY", "opposes", "topic:TUR–LBY memoranda"),
        ),
        ("Greece condemned the maritime deal.", ("GRC", "condemns", "topic:TUR–LBY deal")),
    ],
)
def test_a_reaction_to_the_agreements_reported_targets_them_not_their_parties(
    reaction: str, expected: tuple
) -> None:
    text = (
        "Turkey and Libya have signed a memorandum on security cooperation and a separate "
        f"accord on maritime boundaries. {reaction}"
    )
    assert stances(text) == [expected]


def test_a_coordinated_predicate_after_a_possessor_shares_the_sentence_subject() -> None:
    # "Russia's" heads an object of the first predicate; "against" there found Russia as its
    # subject, and the coordinated "expressed concern" must not inherit it.
    text = (
        "Secretary Austin discussed regional security and Russia's unprovoked war against "
        "Ukraine, and expressed concern over unsafe intercepts by Chinese pilots."
    )
    assert stances(text) == [("USA", "condemns", "CHN")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran was struck by unidentified jets on Friday. Russia condemned the strikes.",
        "Syria's airfields were bombed overnight. Turkey condemned the bombing.",
    ],
)
def test_the_subject_of_a_passive_act_did_not_do_it(text: str) -> None:
    assert not [x for x in stances(text) if x[2] in ("IRN", "SYR")]


@pytest.mark.parametrize(
    "reaction",
    [
        'Guterres denounced a "flagrant violation" of international law.',
        "Turkey condemned an act of aggression and a breach of the U.N. Charter.",
    ],
)
def test_condemning_an_unnamed_violation_condemns_who_just_struck(reaction: str) -> None:
    text = f"Israel struck a compound in Doha on Tuesday. {reaction}"
    assert [x[1:] for x in stances(text)] == [("condemns", "ISR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian jets carried out Tuesday's strike near Balakot. Pakistan condemned the raid.",
            ("PAK", "condemns", "IND"),
        ),
        (
            "Turkey launched the offensive on Wednesday. Greece condemned the operation.",
            ("GRC", "condemns", "TUR"),
        ),
        (
            "China's coast guard boarded Philippine boats. Manila denounced the boarding.",
            ("PHL", "condemns", "CHN"),
        ),
    ],
)
def test_condemning_an_act_by_another_of_its_names_condemns_who_did_it(
    text: str, expected: tuple
) -> None:
    assert stances(text) == [expected]


@pytest.mark.parametrize(
    ("target", "expected"),
    [("the EU decision", "European Union"), ("the Pentagon decision", "USA")],
)
def test_a_body_named_before_its_act_owns_it(target: str, expected: str) -> None:
    text = f"Sweden announced it would send anti-tank weapons. The Kremlin denounced {target}."
    assert stances(text) == [("RUS", "condemns", expected)]


def test_a_group_reference_takes_the_others_of_a_run_that_includes_the_speaker() -> None:
    # "..., the State Department said" joins the speaker to the run of the two presidents.
    text = (
        "Uganda and South Sudan are expected to send troops. Blinken spoke by telephone on "
        "Tuesday with Congolese President Félix Tshisekedi and Rwandan President Paul Kagame, "
        "the State Department said, and urged both leaders to reduce tensions."
    )
    assert stances(text) == [("USA", "urges", "COD"), ("USA", "urges", "RWA")]


def test_sanctions_on_a_named_official_target_the_official_not_the_state() -> None:
    text = "The U.S. Treasury imposed sanctions on James Kabarebe, Rwanda's minister of state."
    assert stances(text) == [("USA", "sanctions", "topic:James Kabarebe")]


def test_what_someone_is_accused_of_is_no_stance_of_theirs() -> None:
    assert stances("Peru accused him of a central role in Chile's support for the rebels.") == []


def test_a_predicate_coordinated_after_an_accusation_is_the_speakers() -> None:
    text = "Peru accused Bolivia of aggression and urged Chile to act."
    assert stances(text) == [("PER", "condemns", "BOL"), ("PER", "urges", "CHL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kigali condemned the Chilean army.", [("RWA", "condemns", "CHL")]),
        ("Peru urged the Chilean armed forces to withdraw.", [("PER", "urges", "CHL")]),
        (
            "Kigali accused the Chilean army of fighting alongside the FDLR.",
            [("RWA", "condemns", "CHL")],
        ),
    ],
)
def test_a_states_army_as_target_is_the_state_and_whom_it_fights_alongside_is_no_actor(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


def test_a_participle_after_an_object_takes_the_sentence_subject() -> None:
    text = (
        "Argentina's Foreign Ministry sent a diplomatic note to the Bolivian government on "
        "Tuesday, calling on La Paz to clarify the scope of the agreement."
    )
    assert stances(text) == [("ARG", "urges", "BOL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tokyo has pledged $4.5 billion in aid to Ukraine this year.",
            [("JPN", "supports", "UKR")],
        ),
        ("Japan said the aid would not go to Ukraine.", []),
    ],
)
def test_aid_pledged_with_its_amount_supports_the_recipient(text: str, expected: list) -> None:
    assert stances(text) == expected


def test_a_subject_only_the_speaker_after_the_clause_names_is_the_speakers() -> None:
    text = (
        "The alliance stands ready to defend Lithuania against any threat, NATO Secretary "
        "General Jens Stoltenberg told troops at the Rukla base."
    )
    assert stances(text) == [("NATO", "commits-to-defend", "LTU")]


def test_a_day_before_a_states_act_keeps_it_the_states() -> None:
    text = "The Arab League decried Tuesday's Israeli air strike on a compound in Doha."
    assert stances(text) == [("Arab League", "condemns", "ISR")]


def test_a_body_a_state_owns_is_the_target_not_the_state() -> None:
    text = "Riyadh deplored the attack by Yemen's Houthi movement on an Aramco facility."
    assert stances(text) == [("SAU", "condemns", "Houthis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The East African Community has told M23 rebels to withdraw from North Kivu.",
            ("East African Community", "urges", "M23"),
        ),
        (
            "The chairperson of the African Union Commission has condemned what he called "
            "atrocities committed by the Rapid Support Forces in El Fasher.",
            ("African Union", "condemns", "Rapid Support Forces"),
        ),
        (
            'ECOWAS leaders condemned "in the strongest terms" the military takeover in Niger.',
            (
                "Economic Community of West African States",
                "condemns",
                "topic:the military takeover in Niger",
            ),
        ),
    ],
)
def test_bodies_speak_through_their_officers_and_name_whom_they_address(
    text: str, expected: tuple
) -> None:
    assert stances(text) == [expected]


def test_heads_of_state_of_a_bloc_speak_for_it() -> None:
    text = (
        "Heads of state of the Economic Community of West African States, meeting in emergency "
        "session on Sunday, condemned the military takeover in Niger."
    )
    assert [x[0] for x in stances(text)] == ["Economic Community of West African States"]


@pytest.mark.parametrize(
    "text",
    [
        "Former President Donald Trump had demanded that Seoul pay as much as $5 billion a year.",
        "Former U.S. President Donald Trump condemned China on Monday.",
    ],
)
def test_a_former_official_speaks_no_longer_for_the_state(text: str) -> None:
    assert stances(text) == []


def test_a_former_official_named_after_the_subject_leaves_its_stance() -> None:
    text = "President Joe Biden condemned China, reversing former President Donald Trump's policy."
    assert stances(text) == [("USA", "condemns", "CHN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru again refused to supply Chile with Exocet missiles, arguing that it would "
            "widen the war.",
            [("PER", "opposes", "topic:supplying Chile with Exocet missiles")],
        ),
        (
            "Peru refused to sell Leopard tanks to Chile.",
            [("PER", "opposes", "topic:selling Leopard tanks to Chile")],
        ),
        (
            "Peru refuses to send troops to Haiti.",
            [("PER", "opposes", "topic:sending troops to Haiti")],
        ),
    ],
)
def test_refusing_to_hand_over_arms_opposes_the_transfer_not_the_recipient(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


def test_both_sides_of_a_war_may_be_a_state_and_an_armed_group() -> None:
    text = (
        "Sudan's army and the paramilitary Rapid Support Forces signed a declaration on "
        "Thursday. In a joint statement, Riyadh and Washington urged both sides to keep "
        "talking."
    )
    assert stances(text) == [
        ("SAU", "urges", "SDN"),
        ("SAU", "urges", "Rapid Support Forces"),
        ("USA", "urges", "SDN"),
        ("USA", "urges", "Rapid Support Forces"),
    ]


def test_the_commitment_of_a_state_to_the_defence_of_another_commits_it() -> None:
    text = "Austin reaffirmed the ironclad commitment of the United States to the defence of Peru."
    assert stances(text) == [("USA", "commits-to-defend", "PER")]


def test_the_signers_of_an_old_treaty_are_not_the_ministers_speaking_now() -> None:
    text = (
        "Chile and Peru held their annual ministerial talks in Lima on Tuesday. Ministers noted "
        "that the Andean Treaty, signed by Chile, Peru and Bolivia in September 1951, remains the "
        "bedrock of the alliance. Ministers condemned Russia's invasion of Ukraine."
    )
    assert ("BOL", "condemns", "RUS") not in stances(text)
    assert ("CHL", "condemns", "RUS") in stances(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar signed a deal to buy jets from the United States, days after Washington "
            "accused the Gulf state of funding terrorism.",
            [("USA", "condemns", "QAT")],
        ),
        (
            "Chile and Lithuania held talks. Russia condemned the Baltic state on Monday.",
            [("RUS", "condemns", "LTU")],
        ),
        (  # the epithet fits no state named: it stays what it says
            "Chile and Peru held talks. Russia condemned the Baltic state on Monday.",
            [("RUS", "condemns", "topic:the Baltic state")],
        ),
    ],
)
def test_a_state_named_again_by_an_epithet_is_that_state(text: str, expected: list) -> None:
    assert [x for x in stances(text) if x[1] == "condemns"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru met on Monday, papering over differences about Lima's refusal to "
        "condemn Bolivia's incursion.",
        "Peru has said it wants to buy jets and expects to send a formal request to Chile next "
        "year.",
        "Peru and Chile signed a protocol amending their Mutual Defense Cooperation Agreement on "
        "Monday.",
        "Peru and Chile met at the Mutual Defense Board in Lima on Monday.",
    ],
)
def test_a_refusal_a_wish_or_a_name_takes_no_stance(text: str) -> None:
    assert stances(text) == []


def test_an_announced_delivery_that_will_happen_is_still_support() -> None:
    assert stances("Peru said it would send 40 tanks to Chile.") == [("PER", "supports", "CHL")]


def test_a_negation_in_one_reported_statement_does_not_reach_the_next() -> None:
    text = (
        "Peru said it would not send troops and that Chile would deepen cooperation with Bolivia."
    )
    assert stances(text) == [("CHL", "pledges-cooperation", "BOL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru reaffirmed their commitment to NATO on Monday.",
            [("CHL", "supports", "NATO"), ("PER", "supports", "NATO")],
        ),
        ("Peru reiterated its strong commitment to the Quad.", [("PER", "supports", "Quad")]),
        ("Peru reaffirmed its commitment to Boeing.", []),
        ("Peru may reaffirm its commitment to NATO.", []),
    ],
)
def test_a_commitment_reaffirmed_to_a_grouping_supports_it(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru blamed M23 for the violence, accusing the rebels of abuses against civilians.",
            [("PER", "condemns", "M23")],
        ),
        (
            "M23 has attacked towns since 2021. Peru blacklisted the group as a terrorist "
            "organisation in March.",
            [("PER", "sanctions", "M23")],
        ),
        (  # no armed group named before: the words stay what they say
            "Peru blacklisted the group as a terrorist organisation in March.",
            [],
        ),
    ],
)
def test_an_armed_group_named_again_by_what_it_is_is_that_group(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23, one of the armed groups blamed by Peru for attacks on bases, denied it.",
            [("PER", "condemns", "M23")],
        ),
        ("The plan, backed by the West, failed.", []),
        ("Peru fined two firms accused of smuggling by Chile.", []),
    ],
)
def test_a_participle_with_its_agent_in_an_appositive_is_the_agents_stance(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The flight prompted Norway to lodge protests with Moscow.",
        "Norway is lodging a formal protest with Moscow over the flight.",
        "Norway files a protest with Moscow whenever its bombers stray.",
    ],
)
def test_every_form_of_lodging_a_protest_condemns_whom_it_is_lodged_with(text: str) -> None:
    assert stances(text) == [("NOR", "condemns", "RUS")]


def test_condemning_the_veto_cast_by_a_state_condemns_that_state() -> None:
    text = (
        "The council failed to adopt the draft owing to a veto cast by the Russian Federation. "
        "Norway condemned the veto as callous."
    )
    assert ("NOR", "condemns", "RUS") in stances(text)


@pytest.mark.parametrize(
    "text", ["Norway said the veto was an affront to the victims.", "Russia's veto angered Norway."]
)
def test_the_noun_veto_takes_no_stance(text: str) -> None:
    assert [t for t in stances(text) if t[1] == "opposes"] == []


def test_drafters_named_in_an_aside_with_together_with_support_the_draft_reported() -> None:
    text = (
        "The Security Council failed to adopt a draft resolution that would have set up a "
        "tribunal. The draft, submitted by Malaysia together with Norway and Belgium, received "
        "11 votes."
    )
    target = "topic:UN Security Council draft resolution that would have set up a tribunal"
    assert stances(text) == [
        ("MYS", "supports", target),
        ("NOR", "supports", target),
        ("BEL", "supports", target),
    ]


def test_an_upper_house_takes_its_own_stance() -> None:
    text = "Russia's Federation Council unanimously backed Putin's request."
    assert stances(text) == [("Federation Council", "supports", "topic:Putin's request")]
    ex = extract_text(DATELINE + text)
    assert "Federation Council" in ex.orgs


@pytest.mark.parametrize("spelling", ["Huthi", "Houthi"])
def test_either_spelling_of_the_houthis_and_a_quoted_head_noun(spelling: str) -> None:
    text = f'A senior {spelling} official denounced the Saudi "aggression".'
    assert stances(text) == [("Houthis", "condemns", "SAU")]


def test_the_text_and_the_resolution_name_the_numbered_resolution_the_council_adopted() -> None:
    text = (
        "The U.N. Security Council on Thursday adopted resolution 2094 on Pyongyang. "
        "The text was drafted by Norway and Chile. Cuba denounced the resolution."
    )
    target = "topic:UN Security Council resolution 2094 on Pyongyang"
    assert stances(text) == [
        ("NOR", "supports", target),
        ("CHL", "supports", target),
        ("CUB", "condemns", target),
    ]


def test_an_indefinite_sponsored_resolution_is_a_new_one() -> None:
    text = (
        "The council let the resolution on Gaza pass. On Friday, Russia vetoed a "
        "Norway-drafted resolution on Sudan."
    )
    assert ("NOR", "supports", "topic:resolution") in stances(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway denounced the presence of Russian troops in Crimea.", "RUS"),
        (
            "Norway condemned the presence of Chinese tourists.",
            "topic:the presence of Chinese tourists",
        ),
    ],
)
def test_an_act_of_a_states_forces_named_with_of_condemns_the_state(text: str, target: str) -> None:
    assert stances(text) == [("NOR", "condemns", target)]


def test_a_condemnation_of_two_states_acts_and_the_north() -> None:
    text = (
        "Seoul and Washington condemned North Korea's arms transfers to Russia and Moscow's "
        "military support for Pyongyang, and urged the North to return to dialogue."
    )
    got = stances(text)
    for actor in ("KOR", "USA"):
        assert (actor, "condemns", "PRK") in got
        assert (actor, "condemns", "RUS") in got
        assert (actor, "urges", "PRK") in got
    # the support they condemn is their charge, no stance of Russia's
    assert ("RUS", "supports", "PRK") not in got


def test_a_regional_bloc_an_epithet_with_adjectives_and_criticism_one_faces() -> None:
    text = "ECOWAS imposed sanctions on Mali on Sunday. Norway has backed the West African bloc."
    assert ("NOR", "supports", "Economic Community of West African States") in stances(text)
    text = (
        "Russia opposes Montenegro's accession. Norway strongly supported the small Balkan nation."
    )
    assert ("NOR", "supports", "MNE") in stances(text)
    text = "Myanmar's military faces international criticism over a crackdown in Rakhine State."
    assert stances(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr Soto said Chile looked forward to closer cooperation with Norway.",
        '"Norway is a partner, and we will continue to strengthen our cooperation with Oslo," '
        "Chilean Defence Minister Ana Soto said.",
        "Chile and Norway confirmed their intention to further deepen cooperation.",
    ],
)
def test_pledges_to_deepen_cooperation_in_more_words(text: str) -> None:
    assert ("CHL", "pledges-cooperation", "NOR") in stances(text)


def test_a_pledge_affirmed_for_two_reaches_no_one_named_in_a_later_that_clause() -> None:
    text = (
        "The ministers affirmed that Chile and Peru would further strengthen their cooperation, "
        "and that the two countries, together with Norway, would seek a resolution."
    )
    assert sorted(stances(text)) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


# -- "support for" as a service, and definite targets told in full before -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Britain and France agreed to cooperate on support for the A400M transport aircraft.",
        "Norway signed a deal for logistics support for its F-35 fleet.",
    ],
)
def test_support_for_equipment_as_a_service_is_no_stance(text: str) -> None:
    assert [s for s in stances(text) if s[1] == "supports"] == []


def test_support_for_a_state_is_still_a_stance() -> None:
    assert stances("Britain reaffirmed its support for Ukraine.") == [("GBR", "supports", "UKR")]


def test_a_definite_target_takes_the_noun_phrase_a_recent_sentence_told() -> None:
    text = "A video showed the killing of 21 Christians by militants. Egypt condemned the killings."
    assert stances(text) == [("EGY", "condemns", "topic:killing of 21 Christians by militants")]


def test_a_definite_target_told_nowhere_before_stays_as_written() -> None:
    assert stances("Egypt condemned the killings.") == [("EGY", "condemns", "topic:the killings")]


@pytest.mark.parametrize("opener", ["On Iraq", "As for Syria", "Turning to the situation in Mali"])
def test_a_state_in_an_opening_topic_phrase_is_no_actor(opener: str) -> None:
    text = f"Japan and Chile held talks. {opener}, Ministers condemned the attacks by ISIL."
    assert stances(text) == [
        ("JPN", "condemns", "Islamic State"),
        ("CHL", "condemns", "Islamic State"),
    ]


def test_a_local_papers_the_government_is_its_datelines_state() -> None:
    ex = extract_text(
        "PORT VILA, April 10, 2018 — The Government has rejected an Australian media report "
        "that China is seeking a military base in Vanuatu."
    )
    assert [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"] == [
        (
            ("VUT",),
            "opposes",
            "topic:an Australian media report that China is seeking a military base in Vanuatu",
        )
    ]


def test_a_that_clause_ends_a_target_that_is_no_report() -> None:
    assert stances("Chile rejected the fishing plan that Peru put forward.") == [
        ("CHL", "opposes", "topic:the fishing plan")
    ]


def test_refusing_to_approve_a_transfer_opposes_it() -> None:
    assert stances(
        "In April, Washington refused to approve the transfer of four technologies."
    ) == [("USA", "opposes", "topic:the transfer of four technologies")]


def test_a_dash_ends_a_free_text_target() -> None:
    text = "Washington refused to approve the transfer of four technologies — the radar and a pod."
    assert stances(text) == [("USA", "opposes", "topic:the transfer of four technologies")]


def test_a_state_determined_to_strengthen_a_partnership_pledges_cooperation() -> None:
    text = "Le Drian said that France was determined to strengthen its partnership with Egypt."
    assert stances(text) == [("FRA", "pledges-cooperation", "EGY")]


def test_a_weekday_opening_a_sentence_is_no_topic_phrase() -> None:
    text = "On Monday China and Russia, which are close partners, condemned the drills by Japan."
    assert [a for a, _t, _x in stances(text)] == ["CHN", "RUS"]


def test_insisting_on_support_for_a_state_is_support() -> None:
    assert stances("Germany insisted on support for Ukraine.") == [("DEU", "supports", "UKR")]


def test_a_definite_target_told_before_ends_before_the_verb_after_a_name() -> None:
    text = "Iran fired missiles; the strike by Iran hit Erbil. Egypt condemned the strikes."
    assert stances(text) == [("EGY", "condemns", "topic:strike by Iran")]


def test_condemning_the_launch_condemns_the_state_whose_missile_launch_was_told() -> None:
    text = (
        "Follow our coverage of Chile's missile launch over the Pacific. Peruvian President "
        "Dina Boluarte denounced the launch as a reckless provocation."
    )
    got = [(f.parties, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert got == [(("PER",), "CHL")]


def test_three_states_listed_with_a_serial_comma_all_take_the_stance() -> None:
    text = "Chile, Peru, and the United States condemned Bolivia's missile test on Monday."
    got = [(f.parties, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert got == [(("CHL",), "BOL"), (("PER",), "BOL"), (("USA",), "BOL")]


def test_a_capital_named_with_a_region_is_a_namesake_city() -> None:
    text = (
        "Canada's trade minister announced that the London, Ontario, company had won a contract "
        "to supply armoured vehicles to Saudi Arabia."
    )
    ex = extract_text(text)
    assert "GBR" not in ex.nations
    assert all("GBR" not in f.parties for f in ex.facts)


def test_sanctions_in_a_states_decision_are_that_states_and_the_protest_is_against_it() -> None:
    text = "Peru on Wednesday protested a US decision to impose sanctions on Bolivia."
    got = [(f.parties, f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert got == [(("PER",), "condemns", "USA"), (("USA",), "sanctions", "BOL")]
    text = "Peru on Wednesday welcomed a decision to impose sanctions on Bolivia."
    assert [f for f in extract_text(text).facts if f.type == "sanctions"] == []


def test_a_local_papers_foreign_ministry_is_its_own_states() -> None:
    from kg.extract.document import extract_article
    from kg.sources.read import parse_text

    text = (
        "Navy on alert\n\nLIMA, March 14, 2025 — The Foreign Ministry lodged a strong protest "
        "with Bolivia on Monday.\n"
    )
    (article,) = parse_text(text.encode(), "a.txt", ".txt")
    got = [(f.parties, f.target) for f in extract_article(article).facts if f.kind == "stance"]
    assert got == [(("PER",), "BOL")]


def test_brushing_off_a_protest_opposes_it() -> None:
    text = "Bolivia protested to Chile on Monday. Chile brushed off the protest on Tuesday."
    got = [(f.parties, f.type) for f in extract_text(text).facts if f.kind == "stance"]
    assert (("CHL",), "opposes") in got


def test_throwing_support_behind_a_state_supports_it() -> None:
    got = [
        (f.parties, f.type, f.target)
        for f in extract_text("Chile threw its support behind Peru on Monday.").facts
    ]
    assert got == [(("CHL",), "supports", "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China condemned the Australian sanctions on Tuesday.", ("CHN", "condemns", "AUS")),
        ("Washington announced a decision to impose sanctions on North Korea.",
         ("USA", "sanctions", "PRK")),
        ("The European Union imposed sanctions on Russia, Belarus, and Iran accused of "
         "supplying drones.", ("European Union", "sanctions", "IRN")),
        ("Tehran, Hezbollah, and Moscow condemned the Israeli strike.", ("IRN", "condemns", "ISR")),
    ],
)  # fmt: skip
def test_review_cases_keep_their_stance(text: str, expected: tuple[str, str, str]) -> None:
    got = [(f.parties[0], f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert expected in got


def test_a_place_opening_a_list_of_capitals_names_no_actor() -> None:
    text = "In Tokyo, Seoul, and Manila, officials condemned China's drills on Monday."
    got = [f.parties[0] for f in extract_text(text).facts if f.kind == "stance"]
    assert "KOR" not in got


def test_he_after_a_clause_with_its_own_subject_is_that_subject() -> None:
    text = (
        "Chilean President Gabriel Boric hosted a banquet on Monday. After Peruvian President "
        "Dina Boluarte arrived at the palace, she condemned Bolivia."
    )
    got = [(f.parties[0], f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert ("CHL", "BOL") not in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Germany condemned Russia, and France voted against the resolution on Monday.",
         ("DEU", "condemns", "FRA")),
        ("The EU imposed sanctions on Belarus, and Russia retaliated against the bloc.",
         ("European Union", "sanctions", "RUS")),
    ],
)  # fmt: skip
def test_a_second_clause_with_its_own_verb_is_no_object(
    text: str, absent: tuple[str, str, str]
) -> None:
    got = [(f.parties[0], f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert absent not in got and got


def test_a_ministry_of_a_story_about_another_state_is_not_the_datelines() -> None:
    from kg.extract.document import extract_article
    from kg.sources.read import parse_text

    text = (
        "Protest\\n\\nWASHINGTON, March 14, 2025 — South Korea lodged a protest with Japan on "
        "Monday. The Foreign Ministry also summoned the Japanese ambassador.\\n"
    )
    (article,) = parse_text(text.encode(), "a.txt", ".txt")
    got = [f.parties[0] for f in extract_article(article).facts if f.kind == "stance"]
    assert "USA" not in got


def test_a_defence_pledge_told_as_a_condition_commits_the_state_it_names() -> None:
    text = "Any aggression against Armenia would mean aggression against Iran, Tehran said."
    assert stances(text) == [("IRN", "commits-to-defend", "ARM")]
    text = (
        "An armed attack on Japanese ships anywhere in the East China Sea would invoke U.S. "
        "defense commitments under the 1960 treaty, the Pentagon said on Friday."
    )
    assert stances(text) == [("USA", "commits-to-defend", "JPN")]
    text = "Paris will regard any armed attack on Djibouti as a threat to its own security."
    assert stances(text) == [("FRA", "commits-to-defend", "DJI")]
    text = '"If Latvia is attacked, Canada will be there to defend it," Anand told troops.'
    assert stances(text) == [("CAN", "commits-to-defend", "LVA")]


def test_a_condition_that_pledges_nothing_is_no_defence_pledge() -> None:
    assert stances("An attack on Latvia would be a disaster for Europe, Canada said.") == []
    text = "Reporters asked whether an attack on Taiwan would trigger U.S. commitments."
    assert stances(text) == []
    assert stances("Tokyo said an attack on its ships would not invoke the treaty.") == []
    assert stances("Japan said any attack on Japan would be met with force.") == []


def test_the_attack_backed_after_a_strike_is_the_strikers() -> None:
    text = (
        "Peru condemned a Chilean missile strike on a Bolivian depot on Friday, while Ecuador and "
        "Colombia backed the attack."
    )
    assert stances(text) == [
        ("PER", "condemns", "CHL"),
        ("ECU", "supports", "CHL"),
        ("COL", "supports", "CHL"),
    ]
    assert stances('Ecuador said it "fully supports" the Chilean operation.') == [
        ("ECU", "supports", "CHL")
    ]


def test_military_aid_over_the_next_decade_has_no_time_target() -> None:
    text = "Chile pledged military aid over the next decade."
    assert all("decade" not in (t or "") for _a, _s, t in stances(text))
    assert stances(text) == []


def test_he_and_a_chinese_premier_named_by_family_name_pledge_together() -> None:
    text = (
        "Malaysian Prime Minister Anwar Ibrahim held talks with Chinese Premier Li Qiang on "
        "Tuesday. Anwar said he and Li had agreed to deepen defence cooperation."
    )
    assert stances(text) == [
        ("MYS", "pledges-cooperation", "CHN"),
        ("CHN", "pledges-cooperation", "MYS"),
    ]


def test_protests_lodged_with_adjectives_and_a_request_in_a_participle() -> None:
    assert stances("Chile had lodged repeated protests with the Peruvian side.") == [
        ("CHL", "condemns", "PER")
    ]
    text = "Chile held talks with Peru on Tuesday, asking Lima to pull out the rig."
    assert ("CHL", "urges", "PER") in stances(text)
    assert stances("Peru lodged a complaint with the U.N. Security Council.") == []


def test_a_state_gifting_or_donating_boats_supports_the_recipient() -> None:
    assert stances("Chile is gifting patrol boats to Peru and Ecuador.") == [
        ("CHL", "supports", "PER"),
        ("CHL", "supports", "ECU"),
    ]
    assert stances("Japan is donating ten patrol vessels to the Philippines.") == [
        ("JPN", "supports", "PHL")
    ]


def test_a_home_department_after_a_conjunction_protests_for_the_dateline_state() -> None:
    text = (
        "LIMA, March 22, 2025 — Defense Minister Walter Astudillo has demanded that Chile pull "
        "out its vessels, as the Ministry of Foreign Affairs filed a diplomatic protest over "
        "their presence."
    )
    got = [(f.parties[0], f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert ("PER", "condemns", "CHL") in got
    assert all(actor != "CHL" for actor, _t, _g in got)


def test_the_subject_past_an_aside_an_envoys_posting_and_an_unnamed_clause() -> None:
    text = "Peruvian President Dina Boluarte, speaking on a visit to Chile, dismissed the report."
    assert [(a, t) for a, t, _g in stances(text)] == [("PER", "opposes")]
    text = "Peru's ambassador to the United Nations rejected the report."
    assert [(a, t) for a, t, _g in stances(text)] == [("PER", "opposes")]
    text = (
        "Chile and Peru held naval drills on Monday, two months after an international "
        "tribunal rejected Bolivia's claims to the coast."
    )
    assert stances(text) == []


def test_a_documents_authors_in_an_aside_support_it_and_say_nothing_it_says() -> None:
    text = (
        "Resolution 2800, circulated by Chile, Peru and Ecuador, condemns the violence against "
        "civilians."
    )  # its sponsors support it; they condemn nothing themselves
    assert stances(text) == [
        (x, "supports", "topic:resolution 2800") for x in ("CHL", "PER", "ECU")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Any attack on Bolivia would be treated as an attack on the whole region, Chile warned.",
        "Boric denied that an attack on Peru would be considered an attack on Chile.",
        "Any attack on the Peruvian embassy in Quito would be an attack on Ecuador, Noboa said.",
        "Any attack on Bolivia would be an attack on Brazil's interests, Lula said.",
    ],
)
def test_a_warning_or_a_denial_is_no_defence_pledge(text: str) -> None:
    assert [t for _a, s, t in stances(text) if s == "commits-to-defend"] == []


def test_a_chinese_family_name_that_is_an_english_word_is_never_learned() -> None:
    text = (
        "China's He Weidong met Russian Defence Minister Andrei Belousov in Beijing on Tuesday. "
        "Belousov later flew to Pyongyang. He condemned the drills on Wednesday."
    )
    assert [a for a, s, _t in stances(text) if s == "condemns"] == ["RUS"]


def test_a_modified_act_and_an_operation_against_others_name_no_earlier_doer() -> None:
    text = "Chile struck a Peruvian depot on Monday. Ecuador supported the evacuation operation."
    assert ("ECU", "supports", "CHL") not in stances(text)
    text = "Ecuador supports the Bolivian operation against drug gangs, Noboa said."
    assert ("ECU", "supports", "BOL") not in stances(text)


def test_he_and_a_named_partner_after_an_unnamed_official_is_the_officials_state() -> None:
    text = (
        "Blinken visited Lima on Wednesday. The Chilean foreign minister said he and Boluarte "
        "condemned the attacks on Ecuador."
    )
    assert [a for a, s, _t in stances(text) if s == "condemns"] == ["CHL", "PER"]


def test_a_protest_ban_is_no_protest_and_a_speaker_is_no_recipient() -> None:
    assert stances("Bolivia's government issued a ban on protests against Chile's pipeline.") == []
    assert stances("Chile is supplying drones to Peru, the White House said.") == [
        ("CHL", "supports", "PER")
    ]


def test_street_protests_and_a_forum_protest_are_no_states_protest_at_the_forum() -> None:
    assert stances("Germany saw 40 registered protests against the offensive on Saturday.") == []
    text = "Peru filed a formal protest with the UN Security Council over Chile's missile test."
    assert ("PER", "condemns", "UN Security Council") not in stances(text)


@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        ("Chile's government welcomed the arbitration ruling on Tuesday.", "CHL", "ruling"),
        ("Ecuador welcomed the Peru-Colombia peace agreement as a step forward.", "ECU", "peace"),
        (
            "Norway welcomes the tribunal's determination, its ministry said.",
            "NOR",
            "determination",
        ),
    ],
)
def test_welcoming_a_ruling_or_pact_backs_it(text: str, actor: str, words: str) -> None:
    found = [(a, t) for a, s, t in stances(text) if s == "supports"]
    assert len(found) == 1 and found[0][0] == actor
    assert found[0][1].startswith("topic:") and words in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president welcomed the Chilean delegation in Lima on Monday.",
        "The two ministers welcomed the agreement on ammunition production.",
        "Chile and Peru welcomed the signing of the deal.",
        "Norway welcomed the move, its ministry said.",
        "Norway welcomed plans for more frequent port visits.",
    ],
)
def test_welcoming_guests_a_signing_or_a_bare_move_backs_nothing(text: str) -> None:
    assert [t for _a, s, t in stances(text) if s == "supports"] == []


def test_welcoming_the_resolution_backs_the_one_just_adopted() -> None:
    text = (
        "The U.N. Security Council on Friday adopted resolution 2799 on Haiti. "
        "Haiti's foreign minister welcomed the resolution."
    )
    found = [(a, t) for a, s, t in stances(text) if s == "supports"]
    assert ("HTI", "topic:U.N. Security Council resolution 2799") in found or any(
        a == "HTI" and "2799" in (t or "") for a, t in found
    )


def test_a_state_opening_a_new_clause_after_a_place_is_its_subject() -> None:
    text = (
        "Lima condemned the raid on a Chilean border post in Arica, and Bolivia reiterated its "
        "support for Peru's bid for a seat on the council."
    )
    assert [(a, s) for a, s, _t in stances(text) if s == "supports"] == [("BOL", "supports")]


def test_what_a_state_made_clear_to_another_is_the_speakers_stance() -> None:
    text = "Chile made clear to Peru that it would not accept any change to the maritime border."
    assert [(a, s) for a, s, _t in stances(text)] == [("CHL", "opposes")]


def test_entry_bans_on_officials_are_sanctions() -> None:
    text = "Chile on Monday imposed entry bans on 29 senior Peruvian officials."
    assert [(a, s) for a, s, _t in stances(text)] == [("CHL", "sanctions")]


def test_a_grouping_the_states_acted_apart_from_issued_no_joint_statement() -> None:
    text = (
        "Chile, Peru and Ecuador imposed entry bans on the officials on Monday. The three "
        "countries moved ahead of the European Union, where talks are still under way. In a joint "
        "statement, the foreign ministers of the three countries condemned the crackdown."
    )
    condemned = sorted(a for a, s, _t in stances(text) if s == "condemns")
    assert condemned == ["CHL", "ECU", "PER"]


def test_a_groupings_listed_members_issue_its_joint_statement() -> None:
    text = (
        "Biden met leaders of the Bucharest Nine — Bulgaria, the Czech Republic, Estonia, Hungary, "
        "Latvia, Lithuania, Poland, Romania and Slovakia — in Warsaw. Stoltenberg also attended. "
        '"We will defend every inch of NATO," Biden said. In a joint declaration, the group '
        "condemned Russia's war against Ukraine."
    )
    assert {a for a, s, _t in stances(text) if s == "condemns"} == {"Bucharest Nine"}


@pytest.mark.parametrize("noun", ["account", "explanation", "version of events", "response"])
def test_a_states_account_or_response_criticised_is_the_states(noun: str) -> None:
    assert stances(f"Chile criticised the Peruvian {noun} as unsatisfactory.") == [
        ("CHL", "condemns", "PER")
    ]


def test_an_armed_groups_strikes_denounced_are_the_groups() -> None:
    text = (
        "The Houthis have targeted Chile's embassy three times since January. Peru denounced "
        "the strikes as terrorist attacks."
    )
    assert [(a, s, t) for a, s, t in stances(text) if s == "condemns"] == [
        ("PER", "condemns", "Houthis")
    ]


def test_the_allies_after_a_pair_was_named_are_that_pair_not_an_older_alliance() -> None:
    text = (
        "NATO condemned Russia's missile strikes on Kyiv on Monday. The strikes killed 12 "
        "people. In Santiago, Chilean Defence Minister Maya Fernandez met Peruvian Defence "
        "Minister Walter Astudillo. The two discussed a new command. The allies urged Bolivia "
        "to stop its provocations."
    )
    assert sorted(a for a, s, _t in stances(text) if s == "urges") == ["CHL", "PER"]


def test_a_later_the_strikes_after_a_pairs_strikes_is_not_an_earlier_doers() -> None:
    text = (
        "The Houthis have attacked ships in the Red Sea since November. Chile and Peru struck "
        "Houthi targets in Yemen on Thursday. Bolivia condemned the strikes."
    )
    assert ("BOL", "condemns", "Houthis") not in stances(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chile welcomed the truce between Peru and Bolivia.", "between Peru and Bolivia"),
        ("Peru welcomed the ceasefire in Gaza.", "in Gaza"),
        ("Chile welcomed the U.S. decision to lift the embargo.", "U.S. decision"),
    ],
)
def test_a_welcomed_object_keeps_its_complement(text: str, words: str) -> None:
    found = [t for _a, s, t in stances(text) if s == "supports"]
    assert len(found) == 1 and words in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar has rejected the accusations as baseless.",
        "The government rejected an allegation by the Peruvian ambassador that Chile sold arms.",
        'Chile\'s foreign ministry rejected what it called "insinuations" about Chile.',
    ],
)
def test_rejecting_accusations_is_a_denial_not_a_stance(text: str) -> None:
    assert [s for _a, s, _t in stances(text) if s == "opposes"] == []


def test_attempts_by_a_state_to_act_are_what_is_opposed_not_the_state() -> None:
    text = (
        "Chile and Peru met in Lima on Monday. The ministers strongly opposed any unilateral "
        "attempts by the People's Republic of China to change the status quo by force or "
        "coercion in the Taiwan Strait."
    )
    assert [t for _a, s, t in stances(text) if s == "opposes" and t == "CHN"] == []


def test_a_pledge_in_its_own_that_clause_is_not_hedged_by_the_clause_before() -> None:
    text = (
        "Chile's defence minister said the vehicles would increase firepower, and pledged that "
        "Chile would further deepen its defence cooperation with Peru."
    )
    assert [(a, t) for a, s, t in stances(text) if s == "pledges-cooperation"] == [("CHL", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's Congress endorsed the president's decision to leave the treaty.",
        "The minister emphasized the importance of maintaining open lines of communication "
        "between the two militaries.",
    ],
)
def test_an_endorsement_or_a_stressed_importance_makes_no_supports_stance(text: str) -> None:
    assert [s for _a, s, _t in stances(text) if s == "supports"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Denmark would help defend Estonia just as it would expect its allies to help defend "
        "Denmark.",
        "Denmark would defend Estonia even as tensions rose.",
    ],
)
def test_a_defended_state_ends_before_just_as_or_even_as(text: str) -> None:
    assert ("DNK", "commits-to-defend", "EST") in stances(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            '"NATO stands ready to defend all allies against any threat," he said.',
            "topic:NATO allies",
        ),
        ("NATO will defend every NATO ally, the secretary-general said.", "topic:NATO allies"),
    ],
)
def test_defending_every_ally_is_a_free_text_target(text: str, target: str) -> None:
    assert ("NATO", "commits-to-defend", target) in stances(text)


def test_defending_all_of_a_state_is_not_every_ally() -> None:
    assert stances("Japan said it would defend all of its islands.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The spokesman stressed Egypt's keenness to strengthen military cooperation with the "
            "United States.",
            [("EGY", "pledges-cooperation", "USA")],
        ),
        ("Egypt expressed its desire to deepen cooperation with Japan.", [
            ("EGY", "pledges-cooperation", "JPN")
        ]),
        ("Egypt has no desire to deepen cooperation with Iran.", []),
        ("Egypt showed little willingness to expand ties with Iran.", []),
    ],
)  # fmt: skip
def test_a_stated_keenness_or_desire_to_deepen_ties_is_a_pledge(text: str, expected: list) -> None:
    assert stances(text) == expected


def test_the_ministers_and_the_allies_are_the_body_named_with_that_word_before() -> None:
    text = (
        "NATO foreign ministers on Tuesday suspended all practical cooperation with Russia. "
        "Political dialogue in the NATO-Russia Council can continue, so that the two sides can "
        "still talk about the crisis. The allies reaffirmed their support for Ukraine's "
        "sovereignty and agreed to step up cooperation with Kiev."
    )
    found = stances(text)
    assert ("NATO", "supports", "UKR") in found
    assert ("NATO", "pledges-cooperation", "UKR") in found
    assert not [f for f in found if f[0] == "RUS"]


def test_the_ministers_of_two_named_states_stay_theirs() -> None:
    text = (
        "The defence ministers of Japan and Australia met in Tokyo on Monday. "
        "The ministers condemned North Korea's missile launches."
    )
    found = stances(text)
    assert ("JPN", "condemns", "PRK") in found and ("AUS", "condemns", "PRK") in found


def test_our_allies_named_by_nationality_are_their_state() -> None:
    text = (
        'The State Department said on Monday that the United States "stands with our '
        'Philippine allies".'
    )
    assert ("USA", "supports", "PHL") in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul lodged a protest with the Japanese embassy over the textbook.",
        "Seoul lodged a protest with the Japanese embassy.",
    ],
)
def test_a_protest_with_an_embassy_is_a_protest_to_its_state(text: str) -> None:
    assert stances(text) == [("KOR", "condemns", "JPN")]


def test_a_request_quoted_from_the_ministry_named_before_urges() -> None:
    text = (
        "Japan's Defense Ministry on Friday released video footage of the incident. The video "
        "was taken from a patrol plane. The ministry said the incident took place within "
        "Japan's economic zone. Tokyo has lodged a protest with Seoul. \"We strongly request "
        'that South Korea take measures to prevent a recurrence," the ministry said.'
    )
    assert ("JPN", "urges", "KOR") in stances(text)


def test_a_request_that_something_be_done_urges_no_one() -> None:
    assert stances("Japan requested that the talks be postponed.") == []


def test_the_ministers_are_a_pair_named_after_the_body() -> None:
    text = (
        "EU foreign ministers met in Brussels on Monday. On Tuesday, the foreign ministers of "
        "Japan and India met in Tokyo. The ministers pledged to deepen defence cooperation."
    )
    found = stances(text)
    assert ("JPN", "pledges-cooperation", "IND") in found
    assert not [f for f in found if f[0] == "European Union"]


def test_the_allies_are_the_pair_that_met_after_the_body() -> None:
    text = (
        "NATO foreign ministers gathered in Brussels on Monday. On Tuesday Biden hosted Japanese "
        "Prime Minister Fumio Kishida at the White House. The allies agreed to deepen defence "
        "cooperation."
    )
    assert ("USA", "pledges-cooperation", "JPN") in stances(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States will defend all members of NATO, Biden said.", [
            ("USA", "commits-to-defend", "NATO")
        ]),
        ("France would defend all allies that meet the spending target.", []),
        ("Japan pledged to defend all member states of the alliance.", []),
    ],
)  # fmt: skip
def test_all_members_of_a_named_body_or_under_a_condition_are_no_free_text(
    text: str, expected: list
) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts questioned Pakistan's willingness to deepen ties with the United States.",
        "Armenia lacks the desire to strengthen ties with Russia.",
        "Turkey has shown less readiness to expand cooperation with Sweden.",
        "Japan's desire to strengthen ties with South Korea has waned.",
    ],
)
def test_a_doubted_or_lacking_wish_to_deepen_ties_is_no_pledge(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain condemned Friday's missile strike on the railway station in Kramatorsk.", [
            ("GBR", "condemns", "topic:the missile strike on the railway station in Kramatorsk")
        ]),
        ("Japan condemned yesterday's launch by North Korea.", [("JPN", "condemns", "PRK")]),
    ],
)  # fmt: skip
def test_an_event_named_by_its_day_is_the_target(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine thanked Britain for its support.", [("GBR", "supports", "UKR")]),
        ("Kyiv thanked the United States on Monday for its continued military assistance.", [
            ("USA", "supports", "UKR")
        ]),
        ("Ukraine did not thank Hungary for its help.", []),
        ("Ukraine thanked Britain for hosting the talks.", []),
    ],
)  # fmt: skip
def test_the_one_thanked_for_support_supports_who_thanks(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Duda said Poland wanted to deepen its defence cooperation with Turkey.", [
            ("POL", "pledges-cooperation", "TUR")
        ]),
        ("Russia does not want to deepen ties with Japan.", []),
        ("Mirziyoyev said Tashkent intends to expand cooperation with Astana.", [
            ("UZB", "pledges-cooperation", "KAZ")
        ]),
        ("Tashkent does not intend to expand cooperation with Moscow.", []),
    ],
)  # fmt: skip
def test_wanting_to_deepen_ties_is_a_pledge(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"NATO stands ready to support Ukraine in this difficult period," he said.', [
            ("NATO", "supports", "UKR")
        ]),
        ("Japan is not ready to support Ukraine.", []),
    ],
)  # fmt: skip
def test_standing_ready_to_support_supports(text: str, expected: list) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine thanked Germany for the lack of support, sarcastically.", []),
        ("Zelenskiy thanked the U.S. for its support.", [("USA", "supports", "UKR")]),
        ("Belize thanked the United States for its long support to the BDF.", [
            ("USA", "supports", "BLZ")
        ]),
        ("Malaysia is unlikely to want to deepen defence ties with China.", []),
        ("Japan is said to want to strengthen its defence ties with Taiwan.", []),
    ],
)  # fmt: skip
def test_thanks_and_wishes_that_state_no_support_or_pledge(text: str, expected: list) -> None:
    assert stances(text) == expected


def test_thanks_for_support_of_a_third_party_is_not_for_the_one_who_thanks() -> None:
    found = stances("Stoltenberg thanked Turkey for its support for Sweden's membership bid.")
    assert ("TUR", "supports", "NATO") not in found


def test_a_participle_after_a_quote_is_the_speakers_not_a_name_in_the_quote() -> None:
    text = (
        "Chinese foreign ministry spokesman Geng Shuang spoke on Monday. "
        '"We oppose arms sales to Taiwan," he told a regular briefing, urging the United States '
        "to cancel the sale."
    )
    assert [x for x in stances(text) if x[1] == "urges"] == [("CHN", "urges", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru stands firmly with Chile.",
        "Peru stood shoulder to shoulder with Chile.",
    ],
)
def test_standing_firmly_with_a_state_supports_it(text: str) -> None:
    assert stances(text) == [("PER", "supports", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Macron stood alongside Xi Jinping at a state banquet in Paris as protesters gathered.",
        "Macron told Zelenskiy that Ukraine should be invited to join NATO.",
    ],
)
def test_standing_beside_a_leader_or_a_passive_wish_is_no_stance(text: str) -> None:
    assert [x for x in stances(text) if x[1] in ("supports", "urges")] == []


def test_a_quotation_opening_with_the_speakers_state_keeps_it_for_the_participle() -> None:
    text = (
        "Marcos met Chinese Premier Li Qiang in Manila. "
        '"The Philippines will not be intimidated," he said, urging China to respect the ruling.'
    )
    assert stances(text) == [("PHL", "urges", "CHN")]


def test_a_short_quoted_term_is_no_quotation_of_the_rest() -> None:
    text = 'At "2+2" talks in Tokyo, Japan, calling the launch "reckless," condemned North Korea.'
    assert stances(text) == [("JPN", "condemns", "PRK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru told Chile that Bolivia should withdraw its troops.", [("PER", "urges", "BOL")]),
        ("Peru told Chile that talks should resume.", []),
        ("Peru told Chile that Bolivia would withdraw its troops.", []),
    ],
)
def test_telling_a_state_that_another_should_act_urges_the_other(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert stances(text) == expected


# -- sanctions: every name of a designation list, known to kg or not ------------------------


def test_a_sanctions_list_targets_each_name_it_gives() -> None:
    text = (
        "Canada designated Northwind Trading, Kestrel Marine Services and Boreal Logistics, "
        "all registered in Limassol, for shipping drone parts."
    )
    assert stances(text) == [
        ("CAN", "sanctions", "topic:Northwind Trading"),
        ("CAN", "sanctions", "Kestrel Marine"),  # a company kg finds by its "Services"
        ("CAN", "sanctions", "topic:Boreal Logistics"),
    ]


def test_a_sanctioned_person_after_an_appositive_is_a_target_by_name() -> None:
    text = (
        "Norway imposed sanctions on Iran, the Falcon Procurement Bureau and its director, "
        "Reza Amini, over the drone sales."
    )
    assert ("NOR", "sanctions", "IRN") in stances(text)
    assert ("NOR", "sanctions", "topic:Reza Amini") in stances(text)
    assert ("NOR", "sanctions", "Falcon Procurement Bureau") in stances(text)


def test_a_known_name_after_an_unknown_one_in_a_sanctions_list_is_kept() -> None:
    text = "Peru announced sanctions against the Ardent Circle and Lockheed Martin."
    assert sorted(stances(text)) == [
        ("PER", "sanctions", "Lockheed Martin"),
        ("PER", "sanctions", "topic:Ardent Circle"),
    ]


@pytest.mark.parametrize(
    "text",
    [  # a description, a place or a speaker in the list is no target
        "Chile sanctioned Orion Freight, a shipping firm based in Panama, for the sales.",
        "Chile sanctioned Orion Freight, Foreign Minister Ana Silva said.",
        "Chile sanctioned Orion Freight and three of its officers.",
    ],
)
def test_only_the_names_of_a_sanctions_list_are_targets(text: str) -> None:
    assert [t for _a, _s, t in stances(text)] == ["topic:Orion Freight"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile designated Maria Lopez and Juan Perez as its envoys to the talks.",
        "The Treasury said it was reviewing the deal, and designated Alpha Ridge a partner.",
    ],
)
def test_a_designation_that_names_a_status_is_no_sanction(text: str) -> None:
    assert [x for x in stances(text) if x[1] == "sanctions"] == []


def test_blocking_the_assets_of_a_named_body_sanctions_it() -> None:
    text = "Britain blocked the assets of Meridian Shipyards and Coral Bank on Tuesday."
    assert stances(text) == [
        ("GBR", "sanctions", "Meridian Shipyards"),
        ("GBR", "sanctions", "Coral Bank"),
    ]


# -- pledges of cooperation: readiness, adverbs and longer objects ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it was keen to expand defence cooperation with Uganda.",
        "Kenya is ready to strengthen its cooperation with Uganda in all fields.",
        "Kenya said it would likewise deepen cooperation with Uganda.",
        "Kenya said it would keep expanding its military and economic cooperation with Uganda.",
        "Kenya vowed to work closely with Uganda on border security.",
    ],
)
def test_a_stated_readiness_to_deepen_ties_pledges_cooperation(text: str) -> None:
    assert stances(text) == [("KEN", "pledges-cooperation", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is ready to impose sanctions on Uganda.",
        "Kenya and Uganda are working closely on the border.",
    ],
)
def test_readiness_to_act_or_working_closely_now_is_no_pledge(text: str) -> None:
    assert [x for x in stances(text) if x[1] == "pledges-cooperation"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile sanctioned Orion Freight and Pamir Logistics as part of a crackdown on smuggling.",
        "Chile sanctioned Orion Freight and Pamir Logistics on March 3.",
        "Chile imposed sanctions on Orion Freight and on Pamir Logistics.",
        "Chile sanctioned Orion Freight and Pamir Logistics in Dubai.",
        "Chile sanctioned Orion Freight and Pamir Logistics as Peru stepped up pressure.",
    ],
)
def test_a_sanctions_list_keeps_its_last_name_whatever_follows(text: str) -> None:
    assert [t for _a, _s, t in stances(text)] == ["topic:Orion Freight", "topic:Pamir Logistics"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chile sanctioned Orion Freight and Col. Rafael Nazar for the sales.",
            "Col. Rafael Nazar",
        ),
        (
            "Chile sanctioned Orion Freight and the Foundation for Andean Studies.",
            "Foundation for Andean Studies",
        ),
        ("Chile sanctioned Orion Freight and Tarek al-Qudsi over the sales.", "Tarek al-Qudsi"),
        ("Chile sanctioned Orion Freight and Syrian Arab Airlines.", "Syrian Arab Airlines"),
        ("Chile sanctioned Orion Freight and Pamir chief executive Omar Dias.", "Omar Dias"),
    ],
)
def test_a_sanctioned_name_keeps_its_title_particles_and_state_words(text: str, name: str) -> None:
    assert [t for _a, _s, t in stances(text)] == ["topic:Orion Freight", f"topic:{name}"]


@pytest.mark.parametrize(
    "text",
    [
        "Poland designated Rzeszow and Lublin to serve as logistics hubs.",
        "Chile sanctioned Orion Freight, a Lima-based shipper, for the sales.",
    ],
)
def test_a_designation_with_no_sanction_in_sight_or_a_description_is_no_target(text: str) -> None:
    got = [t for _a, s, t in stances(text) if s == "sanctions"]
    assert got in ([], ["topic:Orion Freight"])
    assert all("based" not in t and "Rzeszow" not in t for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya aims to bolster its navy amid frosty relations with Uganda.",
        "Kenya wants to expand trade with Tanzania without hurting relations with Uganda.",
        "Kenya is keen to strengthen ties with Uganda's rivals.",
    ],
)
def test_deepening_something_else_or_ties_with_a_states_rivals_pledges_nothing(text: str) -> None:
    assert [x for x in stances(text) if x[1] == "pledges-cooperation"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile's opposition to the deployment of radars hardened.",
            ("CHL", "opposes", "topic:the deployment of radars"),
        ),
        (
            "Peru's condemnation of the strikes on Arica drew little notice.",
            ("PER", "condemns", "topic:the strikes on Arica"),
        ),
    ],
)
def test_a_stance_told_as_the_subject_ends_its_object_at_the_verb(text: str, want: tuple) -> None:
    assert stances(text) == [want]


def test_cooperation_with_a_states_ministry_pledges_it_to_the_state() -> None:
    text = "Hanwha Aerospace said it would deepen its cooperation with Chile's Ministry of Defence."
    assert stances(text) == [("Hanwha Aerospace", "pledges-cooperation", "CHL")]


def test_sanctions_for_a_number_of_years_name_the_state() -> None:
    text = "Peru imposed sanctions on Chile for 50 years, including a ban on arms sales."
    assert [t for _a, s, t in stances(text) if s == "sanctions"] == ["CHL"]


# -- refusals: declining to back a plan opposes it, never supports it ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Norway declined to back the Nordic plan to pool air defences.",
            ("NOR", "opposes", "topic:the Nordic plan to pool air defences"),
        ),
        ("Norway refused to endorse the proposal.", ("NOR", "opposes", "topic:the proposal")),
        ("Norway said it was opposed to the proposal.", ("NOR", "opposes", "topic:the proposal")),
        (
            "Norway blocked a draft statement on the Arctic.",
            ("NOR", "opposes", "topic:statement on the Arctic"),
        ),
    ],
)
def test_a_refusal_to_back_or_endorse_opposes_what_it_turns_down(text: str, want: tuple) -> None:
    assert stances(text) == [want]


def test_a_proposal_opposed_by_a_state_is_still_its_stance() -> None:
    assert stances("The Nordic plan was opposed by Norway.") == [
        ("NOR", "opposes", "topic:the Nordic plan")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Norway refrained from criticizing Denmark.",
        "Norway withdrew its support for the resolution.",
        "Norway ended its support for Denmark.",
        "Norway suspended military aid to Denmark.",
        "Norway halted security assistance to Denmark.",
    ],
)
def test_what_undoes_a_stance_leaves_none(text: str) -> None:
    assert stances(text) == []


def test_balking_at_backing_opposes_only() -> None:
    assert [t for _a, t, _x in stances("Norway balked at backing the plan.")] == ["opposes"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Norway suspended talks with Denmark and condemned Sweden.",
            ("NOR", "condemns", "SWE"),
        ),
        (
            "Norway withdrew its ambassador from Stockholm on Monday, condemning Sweden's raid.",
            ("NOR", "condemns", "SWE"),
        ),
        (
            "Norway froze Swedish assets in 2022 and on Monday imposed sanctions on Denmark.",
            ("NOR", "sanctions", "DNK"),
        ),
        (
            "Norway halted intelligence sharing with Denmark on Monday, pressing Sweden to act.",
            ("NOR", "urges", "SWE"),
        ),
    ],
)
def test_an_undoing_verb_further_off_undoes_another_act(text: str, want: tuple) -> None:
    assert stances(text) == [want]


def test_declining_to_back_up_a_claim_is_no_stance() -> None:
    text = "Norway declined to back up the claim that Sweden had supplied Russia."
    assert stances(text) == []


# -- a state named again by what it is, as a pledge's subject or partner --------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Brunei and Norway signed a pact. The minister said the sultanate would continue to "
            "broaden its cooperation with Norway.",
            ("BRN", "pledges-cooperation", "NOR"),
        ),
        (
            "Norway signed a pact with Jordan. Oslo said it would deepen its cooperation with the "
            "kingdom's armed forces.",
            ("NOR", "pledges-cooperation", "JOR"),
        ),
        (
            "Norway signed a pact with Jordan. The admiral said Oslo would continue to deepen its "
            "security cooperation with the kingdom.",
            ("NOR", "pledges-cooperation", "JOR"),
        ),
    ],
)
def test_an_epithet_names_the_state_of_a_pledge(text: str, want: tuple[str, str, str]) -> None:
    assert want in stances(text)


def test_an_epithet_no_state_named_before_fits_names_none() -> None:
    # no sultanate was named: the epithet stands for no one, and no pledge is made up
    text = "Norway signed a pact with Jordan. Officials said the sultanate would deepen its ties."
    assert [x for x in stances(text) if x[1] == "pledges-cooperation"] == []
    # nor is "the kingdom" Norway's own name for itself when it is the one pledging
    text = "Norway said it would deepen its cooperation with the kingdom."
    assert stances(text) == []


# -- what a state does or wants is what is opposed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Beijing has rejected Hanoi's protests.", "topic:Hanoi's protests"),
        (
            "Chile rejected any unilateral attempts by Peru to change the border.",
            "topic:any unilateral attempts by Peru to change the border",
        ),
        (
            "Peru and Bolivia applied to join the bloc. Chile opposes the two countries' entry.",
            "topic:Peru's and Bolivia's entry",
        ),
    ],
)
def test_an_act_or_wish_of_a_state_is_what_is_opposed(text: str, target: str) -> None:
    assert ("CHL" if "Chile" in text else "CHN", "opposes", target) in stances(text)


@pytest.mark.parametrize(
    "text",
    ["Chile opposes Peru's leaders.", "Chile rejected Peru's government.", "Chile opposes Peru."],
)
def test_opposing_a_states_people_or_forces_opposes_the_state(text: str) -> None:
    assert stances(text) == [("CHL", "opposes", "PER")]


# -- condemnation drawn by an act told in the sentence before --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peru fired a ballistic missile on Monday. The launch drew swift condemnation from "
            "Chile and Bolivia.",
            [("CHL", "condemns", "PER"), ("BOL", "condemns", "PER")],
        ),
        (
            "Peru struck targets in Bolivia on Monday. Condemnation of the strike came swiftly "
            "from Chile.",
            [("CHL", "condemns", "PER")],
        ),
        (
            "Peru annexed two provinces of Bolivia. The move drew condemnation from Chile.",
            [("CHL", "condemns", "PER")],
        ),
    ],
)
def test_an_act_named_again_drew_condemnation_of_its_doer(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_move_with_no_act_told_before_names_no_doer() -> None:
    text = "Peru and Bolivia applied to join the bloc. The move drew condemnation from Chile."
    assert stances(text) == []


def test_a_topic_keeps_no_stray_quote_mark() -> None:
    text = (
        "Chile's navy said it had detected six ships near the coast and condemned the "
        '"provocation".'
    )
    assert stances(text) == [("CHL", "condemns", "topic:the provocation")]


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("Chile said it would send a rapid response force to Peru.", "PER"),
        ("Chile said it would send airborne early warning planes to Peru.", "PER"),
        ("Chile said it would send signal units to Peru to help defend it.", "PER"),
    ],
)
def test_a_military_unit_named_for_an_errand_word_is_still_aid(text: str, helped: str) -> None:
    assert stances(text) == [("CHL", "supports", helped)]


def test_a_move_is_the_act_of_who_did_it_not_of_what_was_joined() -> None:
    text = "Finland joined NATO on Monday. The move drew sharp criticism from Russia."
    assert stances(text) == []
    text = "Peru fired a missile on Monday. Criticism of the launch poured in from Chile."
    assert stances(text) == [("CHL", "condemns", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway signed a pact with Jordan. Oslo said it will expand cooperation with the kingdom "
        "of Bahrain.",
        "Jordan signed a pact with Norway. The minister said the kingdom condemned the attack.",
    ],
)
def test_an_epithet_that_names_no_single_state_names_none(text: str) -> None:
    assert [x for x in stances(text) if x[0] == "NOR" or x[2] == "JOR"] == []


def test_a_capitalised_epithet_subject_names_its_state() -> None:
    text = (
        "Oman hosted talks with Iran. The Sultanate will continue to broaden its cooperation "
        "with Britain, the minister said."
    )
    assert stances(text) == [("OMN", "pledges-cooperation", "GBR")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile opposes Peru's armed forces.", "PER"),
        ("Chile opposed Peru's prime minister.", "PER"),
        ("Chile opposes Peru's new government.", "PER"),
        ("Chile opposes Peru's military buildup.", "topic:Peru's military buildup"),
    ],
)
def test_the_head_of_what_a_state_owns_tells_what_is_opposed(text: str, target: str) -> None:
    assert stances(text) == [("CHL", "opposes", target)]


def test_blacklisted_as_a_criminal_group_is_a_sanction() -> None:
    text = "Washington blacklisted the Wagner Group as a transnational criminal organization."
    assert stances(text) == [("USA", "sanctions", "Wagner Group")]
    # (designated as an ally is a status, no sanction)
    assert stances("Washington designated Qatar as a major non-NATO ally.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile put Peru back on its list of state sponsors of terrorism on Monday.",
            [("CHL", "sanctions", "PER")],
        ),
        (
            "Chile added the Houthis to its list of terrorist organizations on Friday.",
            [("CHL", "sanctions", "Houthis")],
        ),
        (
            "Chile returned Peru to its terrorism blacklist. Peru condemned the decision.",
            [("CHL", "sanctions", "PER"), ("PER", "condemns", "CHL")],
        ),
        ("Chile could put Peru on its terrorism blacklist.", []),
    ],
)
def test_putting_a_state_on_a_list_of_sanctioned_ones_sanctions_it(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peru has long urged Chile to put Bolivia on its list of state sponsors of terrorism.",
            [("PER", "urges", "CHL")],
        ),
        ("Chile threatened to put Peru on its blacklist.", []),
        (
            "The Chilean government put Peru back on the U.S. list of state sponsors of "
            "terrorism.",
            [("CHL", "sanctions", "PER")],
        ),
        ("Chile returned Peru to the State Sponsors of Terrorism list on Monday.",
         [("CHL", "sanctions", "PER")]),
        ("Chile added Peru and Bolivia to its sanctions list.",
         [("CHL", "sanctions", "PER"), ("CHL", "sanctions", "BOL")]),
    ],
)  # fmt: skip
def test_a_listing_asked_for_is_none_and_the_usual_wordings_are(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_listing_is_the_decision_only_right_after_it() -> None:
    text = (
        "Chile added Peru to its list of state sponsors of terrorism on Monday. Lima said it "
        "was ready for talks. Prices rose. Ships docked. Banks closed. Flights resumed. Schools "
        "reopened. Later, Bolivia said it would expel two diplomats. Ecuador condemned the "
        "decision."
    )
    assert ("ECU", "condemns", "CHL") not in stances(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile insisted that Peru halt the drills.", [("CHL", "urges", "PER")]),
        ("Chile insists that Peru must withdraw its ships.", [("CHL", "urges", "PER")]),
        ("Chile insisted that Peru was responsible.", []),
        ("Chile insisted that Peru had broken the deal.", []),
    ],
)
def test_insisting_that_a_state_act_urges_it(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the group is the object of "by": the state named before says it
            "Peru and Bolivia held talks on Monday. Chile said the dispute should be settled by "
            "the two countries concerned and that it opposed any outside interference.",
            [("CHL", "opposes", "topic:any outside interference")],
        ),
        (  # ... and of "to": who called the group a threat urges
            "Peru and Bolivia held talks on Monday. Chile called the gang a threat to both "
            "countries and urged Bolivia to do more.",
            [("CHL", "urges", "BOL")],
        ),
    ],
)
def test_a_group_named_as_an_object_is_no_subject(text: str, want: list) -> None:
    assert stances(text) == want


def test_the_leaders_who_pledge_are_no_companies_named_before() -> None:
    text = (
        "Chilean President Gabriel Boric visited Peru on Friday. Airbus and Embraer signed a "
        "deal on trainers. The two leaders pledged to step up cooperation."
    )
    assert stances(text) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a quoted clause about another state does not take over the verb after it
            'Chilean President Gabriel Boric said Peru "has every right to guard its coast," '
            "and urged both Peru and Bolivia to show restraint.",
            [("CHL", "urges", "PER"), ("CHL", "urges", "BOL")],
        ),
    ],
)
def test_a_verb_after_a_quoted_clause_is_the_speakers(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile has repeatedly criticised Western sanctions, which it blames for the rise "
            "in food prices.",
            [("CHL", "condemns", "topic:Western sanctions")],
        ),
        ("Peru blamed Chile for the attack.", [("PER", "condemns", "CHL")]),
    ],
)
def test_what_a_state_blames_for_something_is_named_before_for(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_shared_quoted_object_is_each_triggers_target() -> None:
    text = (
        'Chile\'s foreign ministry expressed "strong dissatisfaction and firm opposition" to '
        "the decision to close the port."
    )
    assert stances(text) == [
        ("CHL", "condemns", "topic:the decision to close the port"),
        ("CHL", "opposes", "topic:the decision to close the port"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's audit office raised concerns over whether the frigates would be ready in time.",
        "Chile voiced concern over whether Peru would be ready in time.",
    ],
)
def test_a_doubt_whether_is_no_stance_target(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Theresa May urged Bolivia to withdraw its troops.", [("GBR", "urges", "BOL")]),
        (  # a surname that is also a month names its person as the subject of a verb
            "British Prime Minister Theresa May visited Peru on Friday. Bolivian President "
            "Luis Arce was in Lima too. May urged Bolivia to respect the ruling.",
            [("GBR", "urges", "BOL")],
        ),
        ("Chile may urge Bolivia to withdraw its troops.", []),  # (the modal still hedges)
    ],
)
def test_may_as_a_name_is_no_hedge(text: str, want: list) -> None:
    assert stances(text) == want


def test_support_in_the_title_of_an_agreement_is_no_stance() -> None:
    text = (
        "Chile and Peru signed the Agreement concerning Host Nation Support for Chilean Forces "
        "in Peru."
    )
    assert stances(text) == []


def test_members_counted_in_a_vote_are_not_the_states_named_before() -> None:
    text = (
        "Chile was joined in voting no by ten countries, among them Peru and Bolivia. Earlier "
        "this month, Chile vetoed a Security Council resolution. Thirteen of the council's 15 "
        "members voted in favour, with Ecuador abstaining."
    )
    assert [x for x in stances(text) if x[1] == "supports"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile and Peru signed a pact. Both leaders pledged to continue deepening defence "
            "cooperation between their two countries.",
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
        (
            "Chile's president said Chile would continue to develop its relations with Lima.",
            [("CHL", "pledges-cooperation", "PER")],
        ),
        (  # the speaker after a quote is "she": the person named before
            'Chilean Defence Minister Maya Fernandez spoke on Monday. "We will deepen our '
            'defence cooperation with Peru," she said.',
            [("CHL", "pledges-cooperation", "PER")],
        ),
        (  # a comma inside the quote: the speaker is still after its end
            '"We will deepen our defence cooperation with Peru, from training to joint '
            "exercises,\" Chile's defence minister said.",
            [("CHL", "pledges-cooperation", "PER")],
        ),
    ],
)
def test_pledges_to_deepen_ties_in_the_forms_news_uses(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile sent a navy frigate through the strait last year, drawing a protest from Lima.",
            [("PER", "condemns", "CHL")],
        ),
        ("Chile's decision drew a sharp rebuke from Peru.", [("PER", "condemns", "CHL")]),
        (  # the joint statement's "we" is the states that issued it
            'The leaders of Chile, Peru and Ecuador issued a joint statement on Friday. "We '
            "strongly condemn Bolivia's missile launches,\" the statement said.",
            [("CHL", "condemns", "BOL"), ("PER", "condemns", "BOL"), ("ECU", "condemns", "BOL")],
        ),
    ],
)
def test_reactions_drawn_and_statements_issued_together(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a quoted multiword trigger is still the trigger
            'Chile\'s foreign minister said Chile stood "shoulder to shoulder" with Peru.',
            [("CHL", "supports", "PER")],
        ),
        (  # the appositive's owner only describes the target
            "Chile said it stood shoulder to shoulder with Peru, Brazil's closest partner.",
            [("CHL", "supports", "PER")],
        ),
        (  # ... and the subject, not the state before the appositive, acts
            "Chile, Peru's closest ally, voiced its support for Lima.",
            [("CHL", "supports", "PER")],
        ),
    ],
)
def test_a_quoted_trigger_and_an_appositive_owner(text: str, want: list) -> None:
    assert stances(text) == want


def test_claimants_called_on_are_an_addressed_group() -> None:
    assert stances("Chile called on all claimants to resolve their disputes peacefully.") == [
        ("CHL", "urges", "topic:all claimants")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile opposed the Peruvian plan to buy tanks.",
            [("CHL", "opposes", "topic:the Peruvian plan to buy tanks")],
        ),
        (
            "Chile objected to the Peruvian government's decision to buy tanks.",
            [("CHL", "opposes", "topic:the Peruvian government's decision to buy tanks")],
        ),
        ("Chile opposed the Peruvian army.", [("CHL", "opposes", "PER")]),  # (people: Peru)
    ],
)
def test_what_a_state_opposes_is_its_plan_or_decision_not_the_state(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia was urged by Chile to withdraw its troops.",
        "Bolivia was also urged to withdraw its troops by Chile.",
    ],
)
def test_a_state_urged_by_another_is_its_target(text: str) -> None:
    assert stances(text) == [("CHL", "urges", "BOL")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ukraine struck a bridge. Russia blames it for the attack.", [("RUS", "condemns", "UKR")]),
        (  # the quote's "we" is a group's only when the statement is said to be joint
            "Chile and Peru held talks in Lima on Monday. Bolivia later released a statement. "
            '"We condemn the incursion by Argentina," the statement said.',
            [],
        ),
        (  # "he said" after an unnamed speaker is not the person named two sentences before
            "Japanese Foreign Minister Yoko Kamikawa arrived in Manila on Monday. The Philippine "
            'navy chief welcomed the visit. "We condemn the dangerous manoeuvres," he said.',
            [],
        ),
        ("Peru was urged to respond to the attack by Bolivia.", []),  # (the attack's "by")
        ("The drills were also condemned by Chile.", [("CHL", "condemns", "topic:the drills")]),
        (
            "Chile refused to negotiate and condemned Peru's incursion.",
            [("CHL", "condemns", "PER")],
        ),
        ("Chile declined to comment and urged Peru to withdraw.", [("CHL", "urges", "PER")]),
        ('"Japan would support Taiwan, but only with U.S. backing," analysts said.', []),
        (
            "China expressed strong dissatisfaction and firm opposition to the U.S. arms sale to "
            "Taiwan.",
            [("CHN", "condemns", "USA"), ("CHN", "opposes", "topic:the U.S. arms sale to Taiwan")],
        ),
        (  # the protest drawn is Santiago's, not the boat's
            "A Bolivian patrol boat entered Chilean waters on Monday, prompting a strong protest "
            "from Santiago.",
            [("CHL", "condemns", "BOL")],
        ),
    ],
)
def test_review_cases_of_speakers_passives_hedges_and_shared_objects(text: str, want: list) -> None:
    assert stances(text) == want


# -- round 26: pledges in the present, a coordinated group's own clause, a route's country ----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a pledge in the present tense, as a treaty's text is told
            "Under the new text, Lima and Santiago pledge to deepen their cooperation in defence.",
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
        (  # ", and both governments pledged": their own clause, not the first clause's
            "Chile and Peru signed a pact on Monday. Lopez said the pact would strengthen "
            "deterrence, and both governments pledged to keep deepening their defence cooperation.",
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
    ],
)
def test_a_pledge_in_the_present_or_after_a_hedged_clause_is_the_groups(
    text: str, want: list
) -> None:
    assert sorted(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile backed a transport route through Peru's southern province.",
            [("CHL", "supports", "topic:a transport route through Peru's southern province")],
        ),
        ("Chile backed Peru's bid.", [("CHL", "supports", "topic:Peru's bid")]),
        ("Chile backed Peru.", [("CHL", "supports", "PER")]),
    ],
)
def test_a_state_a_route_runs_through_is_no_target(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the idiom of raising ties to a new level
            "Chile and Peru signed deals, and both sides vowed to take their defence partnership "
            '"to new heights".',
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
        (  # a second verb after "and" shares the first one's modal
            "Lopez said Chile would work with its neighbours and deepen defence cooperation with "
            "Peru.",
            [("CHL", "pledges-cooperation", "PER")],
        ),
        (  # a compound of two names before the ties
            "Chile and Peru held talks. The two ministers committed to deepen the Chile-Peru "
            "defence relationship.",
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
        (  # an aside between the reported subject and its modal
            "Lopez stated that Chile and Peru, as strategic partners, would further strengthen "
            "their security cooperation.",
            [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")],
        ),
        (
            "The general said Naypyitaw would deepen cooperation with Moscow.",
            [("MMR", "pledges-cooperation", "RUS")],
        ),
        ("Chile and Peru, as strategic partners, would strengthen their cooperation.", []),
    ],
)
def test_pledges_told_by_an_idiom_a_shared_modal_or_an_aside(text: str, want: list) -> None:
    assert sorted(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a party urges its own state's government
            "The opposition Law and Justice party urged the government to publish the pact.",
            [("Law and Justice", "urges", "POL")],
        ),
        (  # a junta named with its state a sentence before
            "Bolivia's junta expelled the envoy. Chile urged the junta to hold elections.",
            [("CHL", "urges", "BOL")],
        ),
    ],
)
def test_a_government_addressed_without_a_name_is_its_states(text: str, want: list) -> None:
    assert [x for x in stances(text) if x[1] == "urges"] == want


def test_a_government_addressed_with_no_owner_told_is_no_target() -> None:
    ex = extract_text("Chile urged the junta to hold elections.")
    assert [f for f in ex.facts if f.kind == "stance"] == []


def test_a_government_addressed_in_a_local_story_is_the_datelines_state() -> None:
    ex = extract_text(
        "LIMA, March 14, 2025 — Amnesty International urged the government to halt the sale."
    )
    assert [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"] == [
        (("Amnesty International",), "urges", "PER")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile refuses to commit to deepening military ties with Peru.",
        "Chile doesn't agree to deepen military ties with Peru, the minister said.",
        "Chile reneged on its promise to deepen military ties with Peru.",
        "Chile refused to condemn the coup, and each of its neighbours condemned Bolivia.",
        "Chile said it would not join the bloc and deepen military ties with Moscow.",
        "Peru said that the deal was flawed, and Chile would deepen ties with China.",
    ],
)
def test_refused_negated_or_unsaid_pledges_and_group_clauses_take_no_stance(text: str) -> None:
    assert stances(text) == []


def test_a_government_urged_to_act_in_a_named_state_is_no_datelines_state() -> None:
    text = (
        "LIMA, March 14, 2025 — Amnesty International urged the government to free jailed "
        "journalists in Bolivia."
    )
    assert [f for f in extract_text(text).facts if f.kind == "stance"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile condemned the move.", []),  # which move, nothing told
        ("Peru rejected the idea, saying it was premature.", []),
        (
            "Chile condemned the move to ban fishing.",
            [("CHL", "condemns", "topic:the move to ban fishing")],
        ),
        (
            "Chile condemned the attack on its embassy in Lima.",
            [("CHL", "condemns", "topic:the attack on its embassy in Lima")],
        ),
        (
            "Bolivia shelled Arica on Monday. Chile condemned the attack.",
            [("CHL", "condemns", "BOL")],
        ),
    ],
)
def test_a_target_that_only_points_back_at_an_act_is_none(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile strongly supports Peru's civilian-led transition.",
            "topic:Peru's civilian-led transition",
        ),
        (
            "Chile reaffirmed its support for Peru's position on the maritime border.",
            ("topic:Peru's position on the maritime border"),
        ),
        ("Chile reaffirmed its support for the sovereignty of Peru.", "PER"),
    ],
)
def test_a_states_position_or_transition_is_what_is_supported(text: str, want: str) -> None:
    assert stances(text) == [("CHL", "supports", want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The talks might resume, and both the United States and China condemned Bolivia.",
            [("CHN", "condemns", "BOL"), ("USA", "condemns", "BOL")],
        ),
        (
            "Chile and Peru may sign a pact next year, and each side condemned Bolivia's actions.",
            [("CHL", "condemns", "BOL"), ("PER", "condemns", "BOL")],
        ),
        (  # an Oxford comma ends a list, not a clause
            "Lopez stated that Chile, Peru, and Bolivia, as partners, would deepen defence ties.",
            [
                ("BOL", "pledges-cooperation", "CHL"),
                ("BOL", "pledges-cooperation", "PER"),
                ("CHL", "pledges-cooperation", "BOL"),
                ("CHL", "pledges-cooperation", "PER"),
                ("PER", "pledges-cooperation", "BOL"),
                ("PER", "pledges-cooperation", "CHL"),
            ],
        ),
        (
            "Chile renewed its pledge to deepen defence ties with Peru.",
            [("CHL", "pledges-cooperation", "PER")],
        ),
        ("Chile reneged on its pledges to deepen military ties with Peru.", []),
    ],
)
def test_review_cases_of_clause_subjects_lists_and_pledge_nouns(text: str, want: list) -> None:
    assert sorted(stances(text)) == want


@pytest.mark.parametrize(
    "tail", ["investigate the killings in Peru's south.", "cut military ties with Russia."]
)
def test_the_datelines_own_state_or_a_partner_named_keeps_the_datelines_government(
    tail: str,
) -> None:
    text = "LIMA, March 14, 2025 — Amnesty International urged the government to " + tail
    assert [(f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"] == [
        ("urges", "PER")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile and Peru held talks in Lima. Lopez said Chile would always stand with its "
            "partner.",
            [("CHL", "supports", "PER")],
        ),
        (  # an appositive names the ally itself: that state, not the state named before
            "Chile and Peru held talks. Chile said it stood firmly with its ally, Bolivia.",
            [("CHL", "supports", "BOL")],
        ),
        ("Chile held talks. Lopez said Chile stands with its allies in Europe.", []),
    ],
)
def test_its_ally_or_partner_is_the_state_named_with_the_supporter(text: str, want: list) -> None:
    assert [x for x in stances(text) if x[1] == "supports"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the act just told, called a hostile name
            'Chile shot down a Peruvian drone on Tuesday. Peru called the downing "a stab in '
            'the back".',
            [("PER", "condemns", "CHL")],
        ),
        (  # a body's act named by the body is not the act told before
            "Chile shot down a Peruvian drone. Peru called the EU decision dangerous.",
            [],
        ),
    ],
)
def test_an_act_called_a_hostile_name_condemns_the_state_that_did_it(text: str, want: list) -> None:
    assert [x for x in stances(text) if x[2] != "European Union"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile said Peru's deployment posed a grave threat to regional security.",
            [("CHL", "condemns", "PER")],
        ),
        (
            "Chile said Peru's aggressive actions constituted a threat to the region.",
            [("CHL", "condemns", "PER")],
        ),
        ("Chile said the launch by Peru did not pose an immediate threat.", []),
        ("Chile said Peru's drills could pose a threat.", []),
    ],
)
def test_saying_a_states_act_is_a_threat_condemns_the_state(text: str, want: list) -> None:
    assert stances(text) == want


def test_the_expansion_after_a_pact_is_told_is_the_pacts() -> None:
    text = (
        "Chile and Peru signed the Arica Defence Pact in 2014. Bolivia has voiced opposition to "
        "the expansion."
    )
    assert [x for x in stances(text) if x[0] == "BOL"] == [
        ("BOL", "opposes", "topic:Arica Defence Pact expansion")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bolivia and Brazil held drills. Chile said it stood with its ally Peru.",
            [("CHL", "supports", "PER")],
        ),
        ("India and Pakistan traded fire. Chile said it would stand with its partner.", []),
        (
            "Bolivia shelled Arica. Peru shot down two of the drones. Chile condemned the attack.",
            [("CHL", "condemns", "BOL")],
        ),
        ("Chile said Peru's drills were a response to a provocation by Bolivia.", []),
        ("Chile said the invasion of Peru was a violation of international law.", []),
        ("Chile said Peru's drills were hardly a provocation.", []),
        ("Chile said neither Peru's drills nor its deployments posed a threat.", []),
        ("Chile said reports that Peru's drills were a provocation were false.", []),
        ("Chile said Peru's drills were a threat only if they continued.", []),
    ],
)
def test_review_cases_of_allies_downings_and_acts_said_to_be_threats(text: str, want: list) -> None:
    assert [x for x in stances(text) if x[1] in ("supports", "condemns")] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In Ankara, the foreign ministry urged Athens to withdraw the troops.",
            [("TUR", "urges", "GRC")],
        ),
        (
            "In Hanoi, the defence ministry condemned the strikes by China.",
            [("VNM", "condemns", "CHN")],
        ),
        (  # a sentence that opens elsewhere than in a capital says nothing of whose it is
            "In the morning, the foreign ministry urged Athens to withdraw the troops.",
            [],
        ),
    ],
)
def test_a_bare_institution_after_a_capital_opener_is_that_states(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Chile called the flights "an unfortunate provocation" by Argentina.',
            [("CHL", "condemns", "ARG")],
        ),
        (
            "Iran called the drills a provocation by Israel and the United States.",
            [("IRN", "condemns", "ISR"), ("IRN", "condemns", "USA")],
        ),
        (  # the act's doer is no one named after "by" here
            "Chile called the flights a provocation by any measure.",
            [],
        ),
    ],
)
def test_the_doer_named_after_a_hostile_label_is_condemned(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile condemned the pact that Bolivia and Peru signed last year.",
            [("CHL", "condemns", "topic:BOL–PER pact")],
        ),
        (  # an act's doer in the relative clause is still its target
            "Chile condemned the raids that Bolivia carried out last year.",
            [("CHL", "condemns", "BOL")],
        ),
    ],
)
def test_who_signed_a_pact_told_in_a_relative_clause_is_no_target(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Spain pushed hard for the sanctions on Venezuela.",
        "Spain called for an arms embargo on Venezuela.",
        "Spain lobbied for tougher sanctions on Venezuela.",
    ],
)
def test_asking_for_sanctions_is_no_sanction(text: str) -> None:
    assert [st for st in stances(text) if st[1] == "sanctions"] == []


def test_imposing_sanctions_is_still_a_sanction() -> None:
    assert stances("Spain imposed sanctions on Venezuela.") == [("ESP", "sanctions", "VEN")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile pledged continued political, military and humanitarian support to Peru.",
            [("CHL", "supports", "PER")],
        ),
        ("Chile offered its full support to Peru.", [("CHL", "supports", "PER")]),
        ("Chile would offer its full support to Peru if it were attacked.", []),
    ],
)
def test_support_pledged_with_its_kinds_supports_whom_it_is_to(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_report_after_a_bare_comma_has_its_own_speaker() -> None:
    text = (
        "Chile said it supports the Peruvian operation, Bolivian President Luis Arce said "
        "Bolivia supports the Ecuadorian decision."
    )
    assert [a for a, *_ in stances(text)] == ["CHL", "BOL"]


def test_a_state_named_before_a_capitalised_name_is_no_pledge_target() -> None:
    assert stances("Berlin has committed to the U.S. Foreign Military Sales route.") == []


def test_a_national_security_council_is_not_the_un_security_council() -> None:
    text = 'A National Security Council spokeswoman called the launch by Iran "reckless".'
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a passive label's "by" names who labels it, not who did it
        ("Chile's drills, described as a provocation by Lima, continued.", []),
        ("Chile's expansion has long been described as a threat by Peru.", []),
        # a doer the text leaves open, or someone's backers, is no one named
        ("Chile called the incursion a provocation by Peru or Bolivia.", []),
        ("Chile called the strike a provocation by Peru's Western backers.", []),
    ],
)
def test_a_hostile_label_names_no_doer_it_does_not_tell(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a pact broken by a state: the state is condemned
            "Chile condemned the ceasefire agreement that Peru violated.",
            [("CHL", "condemns", "PER")],
        ),
        (  # a deal one state made with others: the deal, told whole
            "Chile condemned the deal that Bolivia reached with world powers.",
            [("CHL", "condemns", "topic:the deal that Bolivia reached with world powers")],
        ),
    ],
)
def test_only_a_pact_its_parties_made_is_the_target_over_them(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spain pushed for talks and imposed sanctions on Venezuela.",
            [("ESP", "sanctions", "VEN")],
        ),
        ("The EU pledged humanitarian support to Chile after the earthquake.", []),
        (
            "Peru condemned Chile, which pledged continued military support to Bolivia.",
            [("PER", "condemns", "CHL"), ("CHL", "supports", "BOL")],
        ),
    ],
)
def test_what_asks_for_or_pledges_support_is_read_in_its_own_clause(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In Ankara, the foreign ministry of Peru urged Athens to withdraw.", []),
        ("In Ankara, the embassy urged Athens to withdraw.", []),
        (
            "In Ankara on Tuesday, the foreign ministry urged Athens to withdraw.",
            [("TUR", "urges", "GRC")],
        ),
        (
            "Meanwhile, in Ankara, the foreign ministry urged Athens to withdraw.",
            [("TUR", "urges", "GRC")],
        ),
    ],
)
def test_a_capital_opener_names_only_the_states_own_ministry(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned the sanctions on Peru.",
        "Chile voted against sanctions on Peru.",
        "Chile blocked sanctions on Peru.",
        "Chile lifted sanctions on Peru.",
        "Chile backed the sanctions on Peru.",
    ],
)
def test_sanctions_another_verb_acts_on_are_no_sanction_by_the_subject(text: str) -> None:
    assert [st for st in stances(text) if st[1] == "sanctions"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile pledged continued support to Peru on Monday.", [("CHL", "supports", "PER")]),
        (  # the state in a prepositional phrase is not the relative's antecedent (and the
            # vote for the resolution supports it)
            "Chile voted for the resolution on Peru, which condemned Bolivia's raids.",
            [("CHL", "supports", "topic:the resolution on Peru"), ("CHL", "condemns", "BOL")],
        ),
        (
            "The jets that Norway pledged to Ukraine Tuesday will arrive.",
            [("NOR", "supports", "UKR")],
        ),
        (
            "In Ankara, the foreign ministry in a statement condemned Greece's drills.",
            [("TUR", "condemns", "GRC")],
        ),
        (  # a bloc backing new sanctions adopts them
            "The EU backed new sanctions on Belarus on Monday.",
            [
                ("European Union", "supports", "topic:new sanctions on Belarus"),
                ("European Union", "sanctions", "BLR"),
            ],
        ),
    ],
)
def test_review_cases_keep_their_stances(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile said it would continue to cooperate with Peru on border security.",
            [("CHL", "pledges-cooperation", "PER")],
        ),
        ("Chile refused to continue to cooperate with Peru.", []),
    ],
)
def test_continuing_to_cooperate_is_a_pledge(text: str, want: list) -> None:
    assert stances(text) == want


def test_the_administration_is_the_datelines_government_unless_a_name_owns_it() -> None:
    own = extract_text("LIMA, March 14, 2025 — The administration urged Chile to withdraw.")
    named = extract_text("LIMA, March 14, 2025 — The Milei administration urged Chile to withdraw.")
    assert [(f.parties, f.target) for f in own.facts if f.kind == "stance"] == [(("PER",), "CHL")]
    assert [(f.parties, f.target) for f in named.facts if f.kind == "stance"] == [(("ARG",), "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan signed a pact on Friday. China pledged to deepen security "
        "cooperation with the two countries.",
        "Chinese President Xi Jinping met the leaders of Kazakhstan and Uzbekistan on Friday. He "
        "pledged to deepen security cooperation with the two countries.",
    ],
)
def test_a_pledge_to_a_group_named_before_is_to_its_members_besides_the_speaker(text: str) -> None:
    assert stances(text) == [
        ("CHN", "pledges-cooperation", "KAZ"),
        ("CHN", "pledges-cooperation", "UZB"),
    ]


def test_a_pledge_to_a_group_of_another_size_is_to_no_one_named() -> None:
    text = (
        "Chinese President Xi Jinping met the leaders of Kazakhstan and Uzbekistan on Friday. He "
        "pledged to deepen security cooperation with the three countries."
    )
    assert [t for _, kind, t in stances(text) if kind == "pledges-cooperation"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Security Council on Friday rejected a U.S. resolution to extend the arms embargo "
        "on Iran.",
        "Russia vetoed a draft resolution imposing sanctions on Mali.",
        "The council failed to adopt a resolution to reimpose an arms embargo on Sudan.",
    ],
)
def test_a_measure_a_rejected_proposal_would_have_taken_is_no_sanction(text: str) -> None:
    assert [k for _, k, _ in stances(text) if k == "sanctions"] == []


def test_a_measure_an_adopted_resolution_takes_is_a_sanction() -> None:
    text = "The U.N. Security Council on Friday adopted a resolution imposing sanctions on Mali."
    assert ("UN Security Council", "sanctions", "MLI") in stances(text)


def test_a_long_topic_keeps_its_head_up_to_a_preposition() -> None:
    text = (
        "Egypt rejected Ethiopia's plan to carry out a second filling of the reservoir of the "
        "Grand Ethiopian Renaissance Dam in July."
    )
    assert stances(text) == [
        ("EGY", "opposes", "topic:Ethiopia's plan to carry out a second filling of the reservoir")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Berlin has also financed Rheinmetall's Skynex air defence systems for Ukraine.",
         [("DEU", "supports", "UKR")]),
        ("The Netherlands bought artillery shells for Ukraine from South Korea.",
         [("NLD", "supports", "UKR")]),
        ("Poland bought 250 Abrams tanks for its army.", []),
        ("Poland bought 250 Abrams tanks for $4.75 billion.", []),
    ],
)  # fmt: skip
def test_arms_paid_for_on_another_states_behalf_support_it(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize("noun", ["decision", "recognition", "move"])
def test_condemning_a_recognition_told_before_condemns_the_recognising_state(noun: str) -> None:
    text = (
        "Russia on Tuesday recognised Georgia's rebel regions as independent states. The United "
        f"States condemned the {noun}."
    )
    assert stances(text) == [("USA", "condemns", "RUS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Poland formally asked Berlin on Tuesday for permission to re-export its Leopards.",
         [("POL", "urges", "DEU")]),
        ("Ukraine asked Germany for more air defence systems.", [("UKR", "urges", "DEU")]),
        ("Brazil has asked Washington for written guarantees on the bases.",
         [("BRA", "urges", "USA")]),
        ("Reporters asked Lavrov for comment.", []),
        ("Kenya asked Britain for years to return the land.", []),
    ],
)  # fmt: skip
def test_asking_a_state_for_something_it_gives_urges_it(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Serbia rejected Kosovo's 2008 declaration of independence.",
         [("SRB", "opposes", "topic:Kosovo's 2008 declaration of independence")]),
        ("Serbia, which rejects Kosovo's independence, condemned the vote.",
         [("SRB", "opposes", "topic:Kosovo's independence"),
          ("SRB", "condemns", "topic:the vote")]),
    ],
)  # fmt: skip
def test_the_independence_claims_or_referendum_of_a_place_kg_does_not_know_is_a_topic(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israel and Hamas resumed fighting on Sunday. The United States, Egypt and Qatar have "
         "brokered the truce. Egypt urged the two sides to return to the ceasefire.",
         [("EGY", "urges", "ISR"), ("EGY", "urges", "Hamas")]),
        ("Thailand and Cambodia clashed along their border. Malaysia, Indonesia and the "
         "Philippines called an emergency meeting. Malaysia condemned both sides for the violence.",
         [("MYS", "condemns", "THA"), ("MYS", "condemns", "KHM")]),
    ],
)  # fmt: skip
def test_a_pair_named_without_the_speaker_wins_over_a_group_that_holds_it(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The United States rejected a Chinese resolution and imposed sanctions on North Korea.",
         ("USA", "sanctions", "PRK")),
        ("China blocked a draft that would have imposed sanctions on Myanmar.", None),
    ],
)  # fmt: skip
def test_a_sanction_after_rejecting_a_proposal_is_one(text: str, want: tuple | None) -> None:
    got = [x for x in stances(text) if x[1] == "sanctions"]
    assert got == ([want] if want else [])


@pytest.mark.parametrize(
    "text",
    [
        "Russia bought Shahed drones from Iran for the Ukraine war, U.S. officials said.",
        "The Pentagon purchased interceptors for the Israel-Iran conflict, officials said.",
        "Poland purchased 96 Apache helicopters for U.S. $12 billion, the ministry said.",
    ],
)
def test_arms_bought_for_a_war_or_a_price_support_no_state(text: str) -> None:
    assert [x for x in stances(text) if x[1] == "supports"] == []


def test_a_name_that_modifies_a_noun_after_alongside_is_no_co_speaker() -> None:
    text = (
        "Beijing opposes the participation of Japanese and Australian warships alongside U.S. "
        "carriers in freedom-of-navigation patrols on behalf of the Philippines."
    )
    got = stances(text)
    assert [a for a, _, _ in got] == ["CHN"]
    assert got[0][2].endswith("in freedom-of-navigation patrols")  # cut before "on behalf of"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan reaffirmed its support for Ukraine's independence, sovereignty and territorial "
         "integrity.", [("JPN", "supports", "UKR")]),
        ("Serbia condemned Kosovo's declaration of independence.",
         [("SRB", "condemns", "topic:Kosovo's declaration of independence")]),
        ("Georgia rejected South Ossetia's declaration of independence.",
         [("GEO", "opposes", "topic:South Ossetia's declaration of independence")]),
        ("Kyiv asked Berlin for Taurus missiles on Monday.", [("UKR", "urges", "DEU")]),
        ("Seoul asked Tokyo for an explanation.", []),
        ("Japan bought Tomahawk missiles for Taiwan contingencies, officials said.", []),
        ("Japan eased its rules on permits to export weapons, pledging to deepen defence "
         "cooperation with the Philippines.", [("JPN", "pledges-cooperation", "PHL")]),
    ],
)  # fmt: skip
def test_second_review_cases_keep_their_stances(text: str, want: list) -> None:
    assert stances(text) == want


# -- sanctions on a state's officer named in apposition target the person -------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Britain imposed sanctions on Chad's police commander, Mahamat Koulamallah, on Monday.",
         [("GBR", "sanctions", "topic:Mahamat Koulamallah")]),
        ("Canada sanctioned Peru's former army chief, Gen. Luis Alberto del Castillo, in 2019.",
         [("CAN", "sanctions", "topic:Luis Alberto del Castillo")]),
        ('The U.N. Security Council approved sanctions on Togo\'s top militia boss, Koffi '
         '"Tiger" Mensah.',
         [("UN Security Council", "sanctions", 'topic:Koffi "Tiger" Mensah')]),
        ("Canada sanctioned Peru's defence minister and Chile on Monday.",
         [("CAN", "sanctions", "PER"), ("CAN", "sanctions", "CHL")]),
    ],
)  # fmt: skip
def test_sanctions_on_an_office_named_in_apposition_target_the_person(
    text: str, want: list
) -> None:
    assert stances(text) == want


# -- an opener that sets a name apart is neither the subject nor a negation -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Unlike Hungary, Poland condemned the occupation of Crimea.",
         [("POL", "condemns", "topic:the occupation of Crimea")]),
        ("Without naming Russia, Japan condemned the invasion of Ukraine.",
         [("JPN", "condemns", "topic:the invasion of Ukraine")]),
        ("Apart from Serbia, the Balkan states condemned the invasion of Ukraine.", []),
        ("Japan condemned the seizure of the tanker without naming Iran.",
         [("JPN", "condemns", "topic:the seizure of the tanker")]),
    ],
)  # fmt: skip
def test_an_opener_setting_a_name_apart_names_no_subject(text: str, want: list) -> None:
    assert stances(text) == want


def test_the_leaders_of_a_groupings_joint_statement_speak_for_the_grouping() -> None:
    text = (
        "Leaders of the Quad met in Tokyo on Thursday. Albanese, Modi, Kishida and Biden issued "
        "a joint statement after the talks. They condemned North Korea's missile launches and "
        "urged Pyongyang to return to talks."
    )
    assert stances(text) == [("Quad", "condemns", "PRK"), ("Quad", "urges", "PRK")]


def test_a_pair_issuing_a_joint_statement_speaks_for_itself() -> None:
    text = (
        "Leaders of the Quad met in Tokyo on Thursday. Japan and India issued a joint statement "
        "after the talks. They condemned North Korea's missile launches."
    )
    assert stances(text) == [("JPN", "condemns", "PRK"), ("IND", "condemns", "PRK")]


def test_the_tally_of_a_vote_is_no_part_of_the_drafted_resolution() -> None:
    text = (
        "The council adopted a resolution drafted by Japan by 11 votes in favor and none against."
    )
    assert stances(text) == [("JPN", "supports", "topic:resolution")]


def test_a_name_in_apposition_keeps_the_group_inside_it_from_speaking() -> None:
    text = (
        "Mali, Niger and Burkina Faso met on Friday. On Sunday the Alliance of Sahel States "
        "(AES), the confederation the three juntas formed last year, condemned Algeria."
    )
    assert stances(text) == [("Alliance of Sahel States", "condemns", "DZA")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On Monday the foreign ministry in Rabat condemned the raid by Algeria.",
         [("MAR", "condemns", "DZA")]),
        ("The Foreign Ministry in Algiers denounced the conduct of the Malian authorities.",
         [("DZA", "condemns", "MLI")]),
        ("The embassy in Algiers condemned the raid by Mali.", []),
    ],
)  # fmt: skip
def test_an_institution_named_with_its_seat_speaks_for_the_capitals_state(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Yemen's government, which is fighting the Houthis, condemned Iran.",
         [("YEM", "condemns", "IRN")]),
        ("The Somali government, which has long battled al-Shabaab, thanked Turkey for its "
         "support.", [("TUR", "supports", "SOM")]),
    ],
)  # fmt: skip
def test_a_name_inside_a_relative_clause_after_the_subject_does_not_speak(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_the_two_organizations_are_the_bodies_last_named_together_and_they_after_them() -> None:
    text = (
        "The joint summit of the Arab League and the African Union opened in Cairo. Those "
        "attending included Egypt's president and Algeria's prime minister. In a final "
        "statement, the two organizations condemned Israel. They also urged the Security "
        "Council to act."
    )
    assert stances(text) == [
        ("Arab League", "condemns", "ISR"),
        ("African Union", "condemns", "ISR"),
        ("Arab League", "urges", "UN Security Council"),
        ("African Union", "urges", "UN Security Council"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lukashenko was charged in the United States with fraud, and the U.S. Treasury "
         "sanctioned him in 2020.", [("USA", "sanctions", "topic:Lukashenko")]),
        ("Chile's president met Vladimir Putin and urged him to end the war.",
         [("CHL", "urges", "RUS")]),
    ],
)  # fmt: skip
def test_a_sanctioned_him_is_the_person_named_before(text: str, want: list) -> None:
    assert stances(text) == want


def test_the_host_of_guests_named_as_people_is_one_of_the_ministers_after() -> None:
    text = (
        "Secretary of Defense Lloyd Austin hosted Japan's Deputy Prime Minister and Defence "
        "Minister Gen Nakatani and British Defence Secretary John Healey. The ministers pledged "
        "to deepen cooperation."
    )
    assert sorted(stances(text)) == sorted(
        (a, "pledges-cooperation", b)
        for a in ("USA", "JPN", "GBR")
        for b in ("USA", "JPN", "GBR")
        if a != b
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The African Union welcomes and fully supports the adoption on Thursday by the United "
         "Nations Security Council of Resolution 2719, which sets out a framework.",
         [("African Union", "supports", "topic:the adoption of Resolution 2719")]),
        ("Chile strongly supports the signing last week in Rome of the accord on grain exports.",
         [("CHL", "supports", "topic:the signing of the accord on grain exports")]),
    ],
)  # fmt: skip
def test_an_act_whose_object_follows_a_date_or_agent_takes_that_object(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Peru designated the Sinaloa Cartel, the Jalisco New Generation Cartel and the Gulf "
         "Cartel as foreign terrorist organizations.",
         ["Sinaloa Cartel", "Jalisco New Generation Cartel", "Gulf Cartel"]),
        ("Peru designated four Colombian gangs, along with the Tren de Aragua gang, as "
         "terrorist organizations.", ["topic:four Colombian gangs", "Tren de Aragua"]),
        ("Peru designated the two largest gang coalitions, Viv Ansanm and Gran Grif, as "
         "terrorist organizations.", ["Viv Ansanm", "Gran Grif"]),
    ],
)  # fmt: skip
def test_a_terrorist_designation_of_a_list_targets_every_group_in_it(text: str, want: list) -> None:
    assert [target for _actor, _type, target in stances(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The United States imposed sanctions on Syria's central bank and its sovereign wealth "
         "fund.", [("USA", "sanctions", "topic:Syria's central bank"),
                   ("USA", "sanctions", "topic:Syria's sovereign wealth fund")]),
        ("Washington imposed sanctions on Eritrea's ruling party on Friday.",
         [("USA", "sanctions", "topic:Eritrea's ruling party")]),
    ],
)  # fmt: skip
def test_sanctions_on_a_states_central_bank_or_ruling_party_target_that_body(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_dismissing_the_vote_opposes_the_resolution_last_told() -> None:
    text = (
        "The U.N. Security Council on Monday adopted resolution 2750, which extends the arms "
        "embargo on Haiti. Russia's envoy dismissed the vote as a farce."
    )
    assert ("RUS", "opposes", "topic:UN Security Council resolution 2750, which extends the "
            "arms embargo on Haiti") in stances(text)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile condemned the seizure of the tanker on social media.",
         [("CHL", "condemns", "topic:the seizure of the tanker")]),
        ("Peru rejected the expansion of the base in a letter to the council.",
         [("PER", "opposes", "topic:the expansion of the base")]),
        ("Chile condemned the attack on the embassy in a statement on Monday.",
         [("CHL", "condemns", "topic:the attack on the embassy")]),
    ],
)  # fmt: skip
def test_a_free_text_target_ends_before_the_medium_of_the_stance(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Egypt has repeatedly objected to Ethiopia filling the reservoir of the dam.",
         [("EGY", "opposes", "topic:Ethiopia filling the reservoir of the dam")]),
        ("Hungary opposes Ukraine joining NATO.",
         [("HUN", "opposes", "topic:Ukraine joining NATO")]),
        ("Chile condemned Russia during the meeting.", [("CHL", "condemns", "RUS")]),
        ("Chile condemned Russia, including its navy.", [("CHL", "condemns", "RUS")]),
    ],
)  # fmt: skip
def test_a_state_doing_something_is_the_act_not_the_state(text: str, want: list) -> None:
    assert stances(text) == want


# -- first review of this round ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The EU imposed sanctions on Belarus's leader, Alexander Lukashenko, Russia and Iran.",
         [("European Union", "sanctions", "topic:Alexander Lukashenko"),
          ("European Union", "sanctions", "RUS"), ("European Union", "sanctions", "IRN")]),
        ("The United States imposed sanctions on Russia's ambassador, Anatoly Antonov, and on "
         "China.", [("USA", "sanctions", "topic:Anatoly Antonov"), ("USA", "sanctions", "CHN")]),
        ("The Treasury sanctioned Russia's defence minister, Andrei Belousov Tuesday.",
         [("USA", "sanctions", "topic:Andrei Belousov")]),
        ("The Russian military in Syria condemned the Israeli strike on Tuesday.",
         [("RUS", "condemns", "ISR")]),
        ("The Chinese navy in Djibouti condemned the attack by Somalia's pirates on Tuesday.",
         [("CHN", "condemns", "SOM")]),
        ("The foreign ministry in Rabat rejected the claims as baseless, denounced the conduct "
         "of the Algerian authorities and recalled its ambassador.",
         [("MAR", "opposes", "topic:the claims"), ("MAR", "condemns", "DZA")]),
        ("ASEAN leaders met in Vientiane on Thursday. Japan, the Philippines and the United "
         "States issued a joint statement. They condemned China's coercion.",
         [("JPN", "condemns", "CHN"), ("PHL", "condemns", "CHN"), ("USA", "condemns", "CHN")]),
        ("Amnesty International and Human Rights Watch published a report on Egypt and Qatar "
         "on Monday. The two organizations condemned the arrests of activists.",
         [("Amnesty International", "condemns", "topic:the arrests of activists"),
          ("Human Rights Watch", "condemns", "topic:the arrests of activists")]),
        ("The EU and ASEAN held talks in Brussels with France and Germany. The blocs condemned "
         "the coup in Myanmar.",
         [("European Union", "condemns", "topic:the coup in Myanmar"),
          ("ASEAN", "condemns", "topic:the coup in Myanmar")]),
        ("Scholz hosted Macron in Berlin on Monday. After talks with Macron, the two leaders, "
         "speaking to reporters, condemned Russia's attack on Kyiv.",
         [("DEU", "condemns", "RUS"), ("FRA", "condemns", "RUS")]),
        ("The Alliance of Sahel States (AES), the confederation of Mali, Burkina Faso and "
         "Niger, condemned the attack by Algeria.",
         [("Alliance of Sahel States", "condemns", "DZA")]),
    ],
)  # fmt: skip
def test_first_review_cases(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Britain imposed new sanctions on Iran's missile program, the Foreign Office said on "
         "Tuesday.", [("GBR", "sanctions", "topic:Iran's missile program")]),
        ("Washington imposed sanctions on Iran's drone industry Tuesday.",
         [("USA", "sanctions", "topic:Iran's drone industry")]),
        ("Ukraine imposed sanctions on Georgia's ruling party, Georgian Dream, on Friday.",
         [("UKR", "sanctions", "Georgian Dream")]),
        ("The United States imposed sanctions on Russia's central bank and sovereign wealth fund "
         "on Monday.", [("USA", "sanctions", "topic:Russia's central bank"),
                        ("USA", "sanctions", "topic:Russia's sovereign wealth fund")]),
        ("Britain accused the Russian defence minister of war crimes and sanctioned him on "
         "Friday.", [("GBR", "condemns", "topic:the Russian defence minister"),
                     ("GBR", "sanctions", "RUS")]),
        ("Like-minded partners Japan, Australia and India condemned Russia on Tuesday.",
         [("JPN", "condemns", "RUS"), ("AUS", "condemns", "RUS"), ("IND", "condemns", "RUS")]),
        ("Without waiting for Washington, Poland condemned Russia's strike on Kyiv.",
         [("POL", "condemns", "RUS")]),
        ("Norway condemned the detention without trial of opposition leaders.",
         [("NOR", "condemns", "topic:the detention without trial of opposition leaders")]),
        ("The G7, whose members include Japan, Canada and Italy, condemned North Korea's missile "
         "launch.", [("G7", "condemns", "PRK")]),
        ("Poland, unlike Hungary, condemned Russia's strike on Kyiv.",
         [("POL", "condemns", "RUS")]),
        ("Japan and the Philippines met in Manila. The two countries, which are both U.S. "
         "allies, condemned China's actions.", [("JPN", "condemns", "CHN"),
                                                 ("PHL", "condemns", "CHN")]),
        ("Washington designated six Mexican drug cartels, along with Tren de Aragua and MS-13, as "
         "foreign terrorist organizations.",
         [("USA", "sanctions", "topic:six Mexican drug cartels"),
          ("USA", "sanctions", "Tren de Aragua"), ("USA", "sanctions", "MS-13")]),
        ("Washington designated six Mexican drug cartels as well as Tren de Aragua and MS-13 as "
         "foreign terrorist organizations.",
         [("USA", "sanctions", "topic:six Mexican drug cartels"),
          ("USA", "sanctions", "Tren de Aragua"), ("USA", "sanctions", "MS-13")]),
        ("Norway supports the adoption by the UN Security Council of Resolution 2728 demanding a "
         "ceasefire in Gaza.", [("NOR", "supports", "topic:the adoption of Resolution 2728 "
                                 "demanding a ceasefire in Gaza")]),
    ],
)  # fmt: skip
def test_first_review_cases_second_part(text: str, want: list) -> None:
    assert stances(text) == want


# -- second review of this round --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The EU imposed sanctions on Iran's drone industry.",
         [("European Union", "sanctions", "topic:Iran's drone industry")]),
        ("China condemned the launch by North Korea of a ballistic missile.",
         [("CHN", "condemns", "PRK")]),
        ("Russia condemned the signing by Japan and the Philippines of a reciprocal access "
         "agreement.", [("RUS", "condemns", "JPN"), ("RUS", "condemns", "PHL")]),
        ("France circulated a draft resolution on Haiti at the Security Council. On Saturday, "
         "Georgians voted in parliamentary elections. Russia welcomed the vote.", []),
        ("Norway condemned the threats made in a speech by Russia's president.",
         [("NOR", "condemns", "topic:the threats made in a speech by Russia's president")]),
        ("Norway condemned the spike in attacks on social media platforms.",
         [("NOR", "condemns", "topic:the spike in attacks on social media platforms")]),
        ("Macron condemned Russia speaking to reporters in Paris on Tuesday.",
         [("FRA", "condemns", "RUS")]),
        ("The United States imposed sanctions on Iran on Tuesday, along with Britain and Canada.",
         [("USA", "sanctions", "IRN"), ("GBR", "sanctions", "IRN"), ("CAN", "sanctions", "IRN")]),
        ("The Interior Ministry in Kabul condemned Pakistan's air strikes.",
         [("AFG", "condemns", "PAK")]),
        ("Japan hosted a Quad summit. Japan, India, Australia and the United States issued a "
         "joint statement. They condemned North Korea.", [("Quad", "condemns", "PRK")]),
        ("The United States designated Tren de Aragua and MS-13, along with six Mexican cartels, "
         "as foreign terrorist organizations.",
         [("USA", "sanctions", "Tren de Aragua"), ("USA", "sanctions", "MS-13"),
          ("USA", "sanctions", "topic:six Mexican cartels")]),
    ],
)  # fmt: skip
def test_second_review_cases_of_this_round(text: str, want: list) -> None:
    assert stances(text) == want


# -- round 30 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The State Department said the proposed sale would support the security of Saudi Arabia.",
        "Textron said the win will support thousands of jobs at its plant in Texas.",
        "Germany said the order would support Poland's efforts to modernise its army.",
    ],
)
def test_a_thing_that_supports_takes_no_stance(text: str) -> None:
    assert stances(text) == []


def test_a_party_said_to_support_still_takes_a_stance() -> None:
    assert stances("Norway's defence minister said Oslo would support Ukraine.") == [
        ("NOR", "supports", "UKR")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("China said the United States should stop arming Taiwan.", [("CHN", "urges", "USA")]),
        ("Turkey insisted that Greece should demilitarise its islands.",
         [("TUR", "urges", "GRC")]),
        ("China said the United States should be blamed.", []),
    ],
)  # fmt: skip
def test_a_party_said_to_be_bound_to_act_is_urged(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pence told the leaders of Estonia, Latvia and Lithuania on Monday that the United "
         "States would defend them against any attack.",
         [("USA", "commits-to-defend", "EST"), ("USA", "commits-to-defend", "LVA"),
          ("USA", "commits-to-defend", "LTU")]),
        ("Austin assured the defence ministers of Japan and the Philippines that the United "
         "States would defend them.",
         [("USA", "commits-to-defend", "JPN"), ("USA", "commits-to-defend", "PHL")]),
    ],
)  # fmt: skip
def test_them_defended_are_the_states_whose_leaders_were_told(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mali's junta postponed the elections. France accused the junta of hiring mercenaries.",
         [("FRA", "condemns", "MLI")]),
        ("Mali's military-led government postponed the elections. France accused the junta of "
         "hiring mercenaries.", [("FRA", "condemns", "MLI")]),
        ("France accused the junta of hiring mercenaries.",
         [("FRA", "condemns", "topic:the junta")]),
    ],
)  # fmt: skip
def test_the_junta_accused_is_the_state_whose_rulers_were_named(text: str, want: list) -> None:
    assert stances(text) == want


def test_two_participles_of_one_noun_are_no_second_clause() -> None:
    assert stances("Japan condemned what it called an unprovoked and unjustified attack.") == [
        ("JPN", "condemns", "topic:the unprovoked and unjustified attack")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan and the Philippines signed a defence pact in May. China and Samoa signed an "
         "agreement in June. Beijing criticized the Philippine pact.",
         [("CHN", "condemns", "topic:JPN–PHL pact")]),
        ("China and Samoa signed an agreement in June. Australia criticized the Philippine pact.",
         [("AUS", "condemns", "topic:the Philippine pact")]),
    ],
)  # fmt: skip
def test_a_pact_named_by_a_state_is_that_states_pact(text: str, want: list) -> None:
    assert [x for x in stances(text) if x[1] == "condemns"] == want


def test_a_minister_named_after_a_capitalised_office_is_known_by_surname_later() -> None:
    text = (
        "Fiji's Defence Minister Inia Seruiratu signed the agreement in Suva. Seruiratu said his "
        "government was committed to broadening its defence cooperation with Australia."
    )
    assert stances(text) == [("FJI", "pledges-cooperation", "AUS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The European Parliament on Wednesday adopted a resolution on Russia. The resolution "
         "condemns Russia's attacks on civilians and calls on Hungary to end its veto.",
         [("European Parliament", "condemns", "RUS"), ("European Parliament", "urges", "HUN")]),
        ("The U.N. Security Council on Thursday adopted a resolution on Haiti. The text also "
         "urges Kenya to lead the force.", [("UN Security Council", "urges", "KEN")]),
        ("Peru circulated a resolution on Haiti. The resolution condemns the gangs.", []),
    ],
)  # fmt: skip
def test_what_an_adopted_resolution_says_is_the_adopting_bodys_stance(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Britain hosted European leaders on Sunday to discuss security guarantees for Ukraine.",
         []),
        ("Ministers held talks on military aid to Ukraine in Ramstein.", []),
        ("Britain pledged security guarantees for Ukraine on Sunday.",
         [("GBR", "commits-to-defend", "UKR")]),
    ],
)  # fmt: skip
def test_a_stance_noun_that_is_talked_about_is_a_topic(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkey and Libya signed two memorandums on Nov. 27. Egypt called the memorandums "
         "\"illegal and not binding\", and Cyprus has also condemned them.",
         [("EGY", "condemns", "topic:TUR–LBY memorandums"),
          ("CYP", "condemns", "topic:TUR–LBY memorandums")]),
        ("Turkey and Libya signed two memorandums on Nov. 27. Egypt summoned their envoys and "
         "condemned them.", [("EGY", "condemns", "TUR"), ("EGY", "condemns", "LBY")]),
    ],
)  # fmt: skip
def test_agreements_called_illegal_or_condemned_as_them_are_the_targets(
    text: str, want: list
) -> None:
    assert [x for x in stances(text) if x[1] == "condemns"] == want


@pytest.mark.parametrize(
    "text",
    ["Moscow denounced the event.", "The bloc condemned the hostile act on Sunday."],
)  # fmt: skip
def test_a_bare_event_or_act_with_nothing_told_before_is_no_target(text: str) -> None:
    assert stances(text) == []


# -- first review of this round ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Macron and Scholz met in Berlin to discuss support for Ukraine, and both condemned "
         "Russia's strikes.", [("FRA", "condemns", "RUS"), ("DEU", "condemns", "RUS")]),
        ("Ukraine's military said it downed 40 drones overnight. The United States accused the "
         "regime of war crimes.", [("USA", "condemns", "topic:the regime")]),
        ("Myanmar's military regime executed four activists. Australia urged the regime to "
         "release all those detained.", [("AUS", "urges", "MMR")]),
        ("The Malian military junta postponed the elections. France accused the junta of hiring "
         "mercenaries.", [("FRA", "condemns", "MLI")]),
        ("Britain said the countries that signed the agreement would support Ukraine.",
         [("GBR", "supports", "UKR")]),
        ("Japan hosted talks with South Korea, where analysts said North Korea should return to "
         "talks.", []),
        ("Russia warned that NATO should expect a response, and said Finland should reconsider.",
         []),
        ("Putin said that if Finland should join NATO, Russia would respond.", []),
        ("The Security Council has not adopted a resolution on Gaza since October. The Algerian "
         "text condemns Israel.", []),
        ("The Security Council has not adopted a resolution on Gaza since October. The "
         "resolution condemns Israel.", []),
        ("Russia and Ukraine signed the Minsk agreements in 2015. Russian forces launched strikes "
         "on Sunday despite the agreements, and Germany condemned them.",
         [("DEU", "condemns", "RUS"), ("DEU", "condemns", "UKR")]),
        ("Poland and the United States signed two agreements in May. Separately, Russia called "
         "the Minsk agreements illegal.", []),
        ("Iran rejected the resolution adopted and threatened to curb inspections.",
         [("IRN", "opposes", "topic:the resolution adopted")]),
        ("Thousands of protesters surrounded the parliament in Skopje on Friday to protest "
         "against the NATO deal.", []),
    ],
)  # fmt: skip
def test_first_review_cases_of_this_round(text: str, want: list) -> None:
    assert stances(text) == want


# -- second review of this round --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Germany said the new aid package would support Ukraine in its fight against Russia.",
         [("DEU", "supports", "UKR")]),
        ("Trump said Ukraine should have made a deal with Russia long ago.", []),
        ("Russia's defence ministry said Ukraine had to withdraw its troops from Kursk.", []),
        ("Thailand's military said on Monday that jets from Myanmar had violated Thai airspace. "
         "The United States accused the junta of bombing civilians.",
         [("USA", "condemns", "topic:the junta")]),
        ("Armenia and Azerbaijan signed a peace agreement in Washington on Friday. Russia "
         "criticized the Washington accord.", [("RUS", "condemns", "topic:ARM–AZE accord")]),
        ("The European Union on Tuesday adopted its 17th package of measures, focusing on "
         "sanctions against Russia's shadow fleet.", [("European Union", "sanctions", "RUS")]),
        ("The European Union condemned the bloodshed and called for restraint from both sides.",
         [("European Union", "condemns", "topic:the bloodshed")]),
        ("The United Arab Emirates and the United States signed an agreement in May. Iran has "
         "called the Abraham Accords \"a betrayal\".", []),
    ],
)  # fmt: skip
def test_second_review_cases_of_this_round_part_two(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_party_does_not_call_its_own_pact_illegal() -> None:
    text = (
        "Japan and the Philippines signed a reciprocal access agreement in July. Russia criticized "
        "the Philippine deal with Japan, and China called the agreement illegal."
    )
    assert [x for x in stances(text) if x[0] in ("JPN", "PHL")] == []


# -- round 31: named agreements, bare "the agreement" welcomed, sponsors in a group --------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the pact" after a treaty named by its title, with no agreement reported
        ("The Treaty on the Prohibition of Nuclear Weapons enters into force in January. Its "
         "supporters say it is binding. NATO allies have rejected the pact.",
         [("NATO", "opposes", "topic:Treaty on the Prohibition of Nuclear Weapons")]),
        # a name of its own keeps its words ("the Minsk agreements")
        ("The Treaty of Lisbon took effect in 2009. Russia rejected the Minsk agreements.",
         [("RUS", "opposes", "topic:the Minsk agreements")]),
        # "welcomed the agreement": the one just reported
        ("Yemen and Oman signed the Riyadh Agreement on Tuesday. The United States also welcomed "
         "the agreement.", [("USA", "supports", "topic:Riyadh Agreement")]),
        ("Yemen and Oman signed a border pact on Tuesday. Japan welcomed the agreement.",
         [("JPN", "supports", "topic:YEM–OMN agreement")]),
        # a bare "the agreement" that nothing reported is still no target
        ("Japan welcomed the agreement.", []),
    ],
)  # fmt: skip
def test_an_agreement_named_or_reported_before_is_the_target(text: str, want: list) -> None:
    assert stances(text) == want


def test_sponsors_listed_in_a_group_of_countries_support_the_text() -> None:
    text = (
        "The OAS General Assembly adopted a resolution on Friday declaring the election "
        "illegitimate. The text was sponsored by a group of countries including the United "
        "States, Canada and Chile."
    )
    assert [(a, t) for a, t, _x in stances(text)] == [
        ("USA", "supports"),
        ("CAN", "supports"),
        ("CHL", "supports"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Erdogan on Tuesday criticized the measures against Qatar.",
         [("TUR", "condemns", "topic:the measures against Qatar")]),
        ("Russian troops invaded Ukraine in February. Japan condemned the invasion of Ukraine.",
         [("JPN", "condemns", "RUS")]),
        ("Spain supported the sanctions against Syria.",
         [("ESP", "supports", "topic:the sanctions against Syria")]),
        ("China opposed the sale of F-16s to Taiwan.",
         [("CHN", "opposes", "topic:the sale of F-16s to Taiwan")]),
        # the buyer of a blocked sale is not what is opposed
        ("Britain blocked the sale to Argentina of aircraft with British-made parts.", []),
        # what a state does is still its own ("the actions of Russia")
        ("Japan condemned the actions of Russia.", [("JPN", "condemns", "RUS")]),
    ],
)  # fmt: skip
def test_a_state_an_act_was_done_to_is_not_the_target(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_stance_told_again_days_later_is_one_stance() -> None:
    text = (
        "Saudi Arabia severed relations with Qatar on Monday, accusing it of supporting "
        "terrorism. Turkey's parliament voted on Wednesday, two days after Saudi Arabia "
        "accused Qatar of supporting terrorism."
    )
    assert [(a, t, x) for a, t, x in stances(text) if a == "SAU"] == [("SAU", "condemns", "QAT")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # sanctions a speaker condemned are not the speaker's
        ("Maduro condemned what he called illegal U.S. sanctions against his country and thanked "
         "Putin for Russia's support.", [("VEN", "condemns", "USA")]),
        # "designated" before a type designation names a product
        ("The Brazilian Air Force ordered 28 aircraft, then designated KC-390, in May 2014.", []),
        # a leader's surname before "administration" or "regime" is the leader's state
        ("Iran condemned the Biden administration.", [("IRN", "condemns", "USA")]),
        ("Turkey condemned the Assad regime.", [("TUR", "condemns", "SYR")]),
        ("Rubio condemned the threats made by the illegitimate Maduro regime against its "
         "neighbor.", [("USA", "condemns", "VEN")]),
    ],
)  # fmt: skip
def test_round_31_stance_cases(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_designation_list_with_acronyms_and_unlisted_firms_sanctions_each() -> None:
    text = (
        "The Treasury Department designated the Eritrean Defense Forces, the People's Front for "
        "Democracy and Justice (PFDJ), the Red Sea Trading Corporation and the Hidri Trust."
    )
    assert [x for _a, _t, x in stances(text)] == [
        "Eritrean Defence Forces",
        "People's Front for Democracy and Justice",
        "Red Sea Trading Corporation",
        "Hidri Trust",
    ]


def test_a_listing_that_covers_names_sanctions_each_of_them() -> None:
    text = (
        "The United States on Wednesday designated six Mexican drug cartels as foreign terrorist "
        "organizations. The State Department listing covers the Sinaloa Cartel, the Gulf Cartel "
        "and Carteles Unidos."
    )
    assert [(a, x) for a, t, x in stances(text) if t == "sanctions"] == [
        ("USA", "Sinaloa Cartel"),
        ("USA", "Gulf Cartel"),
        ("USA", "Cárteles Unidos"),
    ]


def test_officials_designated_by_name_after_including_are_each_sanctioned() -> None:
    text = (
        "The Treasury Department designated officials including Pavel Orlov, director of the "
        "customs service, and Prosecutor-General Igor Lebedev."
    )
    assert [x for _a, t, x in stances(text) if t == "sanctions"] == [
        "topic:Pavel Orlov",
        "topic:Prosecutor-General Igor Lebedev",
    ]


def test_a_person_with_a_nickname_after_what_they_are_is_sanctioned() -> None:
    text = (
        "The U.N. Security Council on Friday imposed sanctions on Haitian gang leader Jimmy "
        '"Barbecue" Cherizier, creating a new sanctions regime.'
    )
    assert stances(text) == [
        ("UN Security Council", "sanctions", 'topic:Jimmy "Barbecue" Cherizier')
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The order followed the September 9 Israeli strike on Hamas officials in Doha, which "
         "Qatar condemned as a flagrant violation of its sovereignty.",
         [("QAT", "condemns", "ISR")]),
        ("Erdogan repeated Ankara's call for a two-state solution on the divided island, which "
         "Athens rejects.",
         [("GRC", "opposes",
           "topic:Ankara's call for a two-state solution on the divided island")]),
        ("The Lady R, operated by Transmorflot, a Russian company that the U.S. Treasury placed "
         "under sanctions in May 2022, docked at Simon's Town.",
         [("USA", "sanctions", "Transmorflot")]),
        # a bare "a step" that someone denounced is no target of its own
        ("The parliament voted on Friday to create an army, a step that Serbia denounced as a "
         "threat to peace.", []),
    ],
)  # fmt: skip
def test_a_stance_told_in_a_relative_clause_is_on_what_was_just_named(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_a_state_that_adopts_anothers_sanctions_sanctions_too() -> None:
    text = "Norway aligned itself with EU sanctions against Belarus on Monday."
    assert stances(text) == [
        ("European Union", "sanctions", "BLR"),
        ("NOR", "sanctions", "BLR"),
    ]


def test_strikes_by_a_regime_and_a_state_are_both_of_theirs() -> None:
    text = "Stoltenberg condemned the air strikes by the Syrian regime and Russia in Idlib."
    assert stances(text) == [("NATO", "condemns", "SYR"), ("NATO", "condemns", "RUS")]


def test_the_two_allies_of_a_named_body_are_the_two_named_before() -> None:
    text = (
        "Britain and Turkey signed a deal on Monday. The two NATO allies pledged to deepen "
        "cooperation between their defence industries."
    )
    assert [(a, t, x) for a, t, x in stances(text)] == [
        ("GBR", "pledges-cooperation", "TUR"),
        ("TUR", "pledges-cooperation", "GBR"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan pledged $5 billion to Ukraine on Tuesday.", [("JPN", "supports", "UKR")]),
        ("The European Union has pledged 50 million euros to the African Union.",
         [("European Union", "supports", "African Union")]),
        # a company paid, or money for a purpose, backs no one
        ("Poland paid $5 billion to Lockheed Martin.", []),
        ("Japan pledged $5 billion for defense.", []),
    ],
)  # fmt: skip
def test_money_pledged_to_a_state_or_body_backs_it(text: str, want: list) -> None:
    assert stances(text) == want


# -- round 31 review: each case below went wrong in a first version of the round's rules ---


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a content "that" after a noun opens no relative clause
        ("The minister warned the parliament that China opposed the plan.", []),
        ("Officials acknowledged the fact that Russia backed the coup.", []),
        # a relative clause after a place or an object is about the act, not the object
        ("Israel bombed the Iranian consulate in Damascus, which Syria condemned.", []),
        ("The talks followed the bombing of the Iranian missile test site, which Russia "
         "condemned.", [("RUS", "condemns", "topic:the bombing of the Iranian missile test site")]),
        ("The tanker sailed to Iran, a country that the United States sanctioned in 2018.",
         [("USA", "sanctions", "IRN")]),
        ("The New START Treaty, a pact that the U.S. Senate sanctioned in 2010, expires in 2026.",
         []),
        # (the step is the deed the clause told: its doer is the target)
        ("Ukraine said Russia moved troops to the border, a step that NATO condemned.",
         [("NATO", "condemns", "RUS")]),
        ("Ukraine said it would hold talks, a step that NATO welcomed.", []),
        # money for a reward, by others, or to a state's neighbours backs no one here
        ("The United States offered a $50 million reward for Maduro's capture.", []),
        ("Poland said its allies have pledged $20 billion to Ukraine.", []),
        ("Qatar offered $1 billion to Iran in exchange for the hostages.", []),
        ("Japan pledged $5 billion to Ukraine's neighbors.", []),
        # "of" names the doer of aggression, the victim of an invasion
        ("Japan condemned the continued aggression of Russia against Ukraine.",
         [("JPN", "condemns", "RUS")]),
        # a sanctions regime is no force; an official of an administration is a person
        ("Ukraine criticized the loopholes left by the Russian sanctions regime.",
         [("UKR", "condemns", "topic:the loopholes left by the Russian sanctions regime")]),
        ("Canada condemned the remarks made by the former Trump administration official.",
         [("CAN", "condemns",
           "topic:the remarks made by the former Trump administration official")]),
        ("Britain condemned the attacks by the Syrian regime and Turkey welcomed the talks.",
         [("GBR", "condemns", "SYR")]),
        # a firm named with a digit is still listed; sanctions imposed "with" are the speaker's
        ("The Treasury designated A7 LLC, a Kremlin-backed payments firm.",
         [("USA", "sanctions", "topic:A7 LLC")]),
        ("China retaliated against the arms sale with sanctions on Lockheed Martin.",
         [("CHN", "sanctions", "Lockheed Martin")]),
        # "the deal" after a nearer pact told without a name, or told in full, is no named pact
        ("Trump withdrew from the Paris Agreement in 2017. Iran and the six powers reached a "
         "nuclear deal. Israel rejected the deal.", []),
        ("The Riyadh Agreement took effect on Tuesday. Qatar rejected the deal struck by the two "
         "militias.", [("QAT", "opposes", "topic:the deal struck by the two militias")]),
        ("Morocco joined Trump's Abraham Accords in 2020. Iran condemned the deal.",
         [("IRN", "condemns", "topic:Abraham Accords")]),
    ],
)  # fmt: skip
def test_round_31_review_cases(text: str, want: list) -> None:
    assert stances(text) == want


def test_stances_a_month_apart_stay_apart_and_days_apart_join() -> None:
    text = "Japan condemned North Korea on June 30, 2017. Japan condemned it again on July 1, 2017."
    assert len([x for x in stances(text) if x[0] == "JPN"]) == 1
    text = (
        "Japan condemned North Korea on June 1, 2017. Japan condemned North Korea on June 29, 2017."
    )
    assert len([x for x in stances(text) if x[0] == "JPN"]) == 2


# -- acts named again: a lone vote against, curbs, "a move X condemned" ----------------------


def test_a_permanent_members_lone_vote_against_is_the_veto_condemned() -> None:
    text = (
        "The Security Council voted 12 in favour to 1 against (China), with 2 abstentions. "
        "The mandate ends in April. The representative of France deplored the veto."
    )
    assert stances(text) == [("FRA", "condemns", "CHN")]


def test_a_lone_vote_against_by_another_member_is_no_veto() -> None:
    text = (
        "The General Assembly voted 140 in favour to 1 against (Chad), with 5 abstentions. "
        "The representative of France deplored the veto."
    )
    assert ("FRA", "condemns", "TCD") not in stances(text)


def test_curbs_a_state_imposed_are_its_own() -> None:
    text = (
        "In July, Beijing restricted exports to Japan of two rare metals. "
        "Tokyo has condemned the curbs as economic coercion."
    )
    assert stances(text) == [("JPN", "condemns", "CHN")]


def test_a_move_a_state_condemned_is_the_clause_before() -> None:
    text = (
        "In May, Washington approved a $300 million sale of radars to Taiwan, a move China "
        "condemned at the time."
    )
    assert stances(text) == [("CHN", "condemns", "topic:a $300 million sale of radars to Taiwan")]


def test_standing_ready_to_defend_still_commits() -> None:
    text = "Britain stands ready to help defend Estonia, the minister said."
    assert stances(text) == [("GBR", "commits-to-defend", "EST")]


def test_sanctions_on_a_states_agency_are_on_the_agency_the_list_names() -> None:
    text = (
        "The United States on Monday imposed sanctions on Russia's arms export agency. "
        "The measures target Rosoboronexport and two of its senior officials."
    )
    assert stances(text) == [("USA", "sanctions", "Rosoboronexport")]


def test_a_listed_government_body_is_the_target_not_its_state() -> None:
    text = (
        "Canada on Monday imposed sanctions on four entities over the drone deliveries. "
        "The measures target the Presidency of Defense Industries and two of its officials."
    )
    assert stances(text) == [("CAN", "sanctions", "Presidency of Defense Industries")]


def test_accusing_him_after_sanctions_on_a_person_condemns_that_person() -> None:
    text = (
        "The United States on Friday imposed sanctions on Arkady Volkonsky, the founder of "
        "Moldova's ruling party, accusing him of undermining the country's institutions."
    )
    assert stances(text) == [
        ("USA", "sanctions", "topic:Arkady Volkonsky"),
        ("USA", "condemns", "topic:Arkady Volkonsky"),
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Canada imposed asset freezes on Russian and Belarusian officials over the vote.",
            "topic:Russian and Belarusian officials",
        ),
        (
            "Canada imposed sanctions on Iranian companies over the drones.",
            "topic:Iranian companies",
        ),
    ],
)
def test_people_or_firms_of_a_nationality_are_one_sanctioned_group(text: str, target: str) -> None:
    assert stances(text) == [("CAN", "sanctions", target)]


def test_a_states_own_nationals_are_no_target_of_its_sanctions() -> None:
    # (the group rule would name "Chinese and Russian firms"; a state's own are no target)
    text = "China imposed sanctions on Chinese and Russian firms over the export breaches."
    assert stances(text) == []
    other = "China imposed sanctions on American and Canadian firms over the export breaches."
    assert stances(other) == [("CHN", "sanctions", "topic:American and Canadian firms")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The United States sanctioned Russian companies Rosneft and Lukoil.",
            [("USA", "sanctions", "topic:Rosneft"), ("USA", "sanctions", "topic:Lukoil")],
        ),
        (
            "Canada imposed sanctions on Russian individuals and entities over the attack.",
            [("CAN", "sanctions", "topic:Russian individuals and entities")],
        ),
        ("Peru froze talks in response to U.S. sanctions on Peruvian banks.", []),
    ],
)
def test_a_nationality_group_is_the_whole_object_and_not_the_nouns_holders(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly adopted the resolution by 120 in favour to 1 against (China). "
        "The representative of France deplored the veto.",
        "The Security Council adopted resolution 2231 by 14 in favour to 1 against (China). "
        "The representative of France deplored the move.",
    ],
)
def test_a_lone_vote_against_is_a_veto_only_when_a_council_text_fails(text: str) -> None:
    assert ("FRA", "condemns", "CHN") not in stances(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "North Korea fired a ballistic missile over Japan, a move Tokyo condemned.",
            [("JPN", "condemns", "PRK")],
        ),
        (
            "Canberra backed the 2016 ruling that invalidated China's claims in the South China "
            "Sea, a decision Beijing rejects.",
            [
                ("AUS", "supports", "topic:the 2016 ruling"),
                ("CHN", "opposes", "topic:the 2016 ruling"),
            ],
        ),
    ],
)
def test_a_move_a_state_condemned_is_the_deed_of_the_clause_before(text: str, want: list) -> None:
    assert sorted(stances(text)) == sorted(want)


def test_concern_and_regret_over_an_act_keep_the_act_as_target() -> None:
    text = "Japan expressed grave concern and regret over the missile launch by North Korea."
    assert [(a, t) for a, t, _x in stances(text)] == [("JPN", "condemns")]


def test_a_sector_of_a_state_does_not_run_across_and_the() -> None:
    text = (
        "Washington imposed sanctions on Russia's defence ministry and the agency that runs arms."
    )
    assert ("USA", "sanctions", "topic:Russia's defence ministry and the agency") not in stances(
        text
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Keen to show unity, Japan and South Korea condemned the launch by North Korea.",
            [("JPN", "condemns", "PRK"), ("KOR", "condemns", "PRK")],
        ),
        (
            "Britain stood ready to help defend Estonia, the minister said.",
            [("GBR", "commits-to-defend", "EST")],
        ),
    ],
)
def test_a_readiness_in_an_opener_or_stood_ready_hedges_nothing(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_day_between_sanctions_and_against_splits_no_word() -> None:
    text = "China announced sanctions on Monday against Lockheed Martin and Raytheon."
    assert stances(text) == [
        ("CHN", "sanctions", "Lockheed Martin"),
        ("CHN", "sanctions", "Raytheon"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Social Democratic Party and its allies reject the purchase of the Rafale jets.",
            ("Social Democratic Party", "opposes", "topic:the purchase of the Rafale jets"),
        ),
        (
            "Mitsotakis used the occasion to accuse Ankara of repeated provocations.",
            ("GRC", "condemns", "TUR"),
        ),
        (
            "Finland warmly welcomed Sweden's upcoming accession to NATO.",
            ("FIN", "supports", "topic:Sweden's upcoming accession to NATO"),
        ),
    ],
)
def test_plain_present_and_infinitive_triggers_and_a_welcomed_accession(
    text: str, want: tuple
) -> None:
    assert stances(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Vietnam "does not accept or recognise" the 2024 maritime boundary law.',
            [("VNM", "opposes", "topic:the 2024 maritime boundary law")],
        ),
        ('Peru voiced "strong concern and disappointment" on Monday.', []),
    ],
)
def test_a_coordinated_second_word_is_no_part_of_the_target(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Britain imposed sanctions on Monday against Iran.", [("GBR", "sanctions", "IRN")]),
        (
            "Finland welcomed Sweden's accession to NATO on Monday.",
            [("FIN", "supports", "topic:Sweden's accession to NATO")],
        ),
        (
            "France is ready to help defend the United Arab Emirates.",
            [("FRA", "commits-to-defend", "ARE")],
        ),
        ("Britain is standing ready to sign a defence pact with Estonia.", []),
    ],
)
def test_a_day_before_against_a_topics_day_and_readiness_to_defend(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenya and Uganda support Somalia.",
            [("KEN", "supports", "SOM"), ("UGA", "supports", "SOM")],
        ),
        (
            "Qatar and Turkey strongly back the Libyan National Army.",
            [
                ("QAT", "supports", "Libyan National Army"),
                ("TUR", "supports", "Libyan National Army"),
            ],
        ),
        ("Does Beijing back the proposal for a monitoring mission?", []),
        ("France will send air support to Chad.", []),
    ],
)
def test_plain_present_support_after_its_subject_is_a_stance(text: str, want: list) -> None:
    assert stances(text) == want


def test_standing_with_others_as_one_speaks_is_where_one_stood() -> None:
    text = (
        '"This is a new chapter," Israeli Foreign Minister Eli Cohen told reporters, standing '
        "with the three other ministers."
    )
    assert stances(text) == []


def test_a_body_named_after_a_joint_texts_verb_did_not_issue_it() -> None:
    text = (
        "In a joint statement, the German, Dutch and Belgian delegations called on Iran to give "
        "full access to the International Atomic Energy Agency."
    )
    assert stances(text) == [
        ("DEU", "urges", "IRN"),
        ("NLD", "urges", "IRN"),
        ("BEL", "urges", "IRN"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The United States imposed sanctions on Peruvian Defence Minister Pedro Alva.",
            [("USA", "sanctions", "topic:Peruvian Defence Minister Pedro Alva")],
        ),
        (
            "The United States imposed sanctions on Peru and on Peruvian Defence Minister Pedro "
            "Alva.",
            [
                ("USA", "sanctions", "PER"),
                ("USA", "sanctions", "topic:Peruvian Defence Minister Pedro Alva"),
            ],
        ),
    ],
)
def test_sanctions_on_a_person_named_with_an_office_target_the_person(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_we_in_a_governments_press_release_is_that_government() -> None:
    text = (
        "Naval drills with Peru begin\n\nMinistry of Defence – Press Release\n\n"
        "SANTIAGO, 22 September 2025 — The exercise began today off Valparaíso.\n\n"
        "We strongly condemn the attack on the embassy of Ecuador. "
        '"We will stand with Peru," the minister told reporters.'
    )
    ex = extract_text(text)
    got = [(f.parties[0], f.type) for f in ex.facts if f.kind == "stance"]
    assert got == [("CHL", "condemns")]


def test_a_relative_clause_after_a_pair_of_states_is_said_of_both() -> None:
    text = "Russia and China, which reject the Western plan as illegitimate, drafted a text."
    assert stances(text)[:2] == [
        ("RUS", "opposes", "topic:the Western plan"),
        ("CHN", "opposes", "topic:the Western plan"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Norway said it does not support the use of anti-personnel mines.",
            [("NOR", "opposes", "topic:the use of anti-personnel mines")],
        ),
        ("Norway said it did not support either side in the conflict.", []),
    ],
)
def test_not_supporting_something_opposes_it_but_not_either_side(text: str, want: list) -> None:
    assert stances(text) == want


def test_opposing_another_states_action_targets_the_action() -> None:
    text = "Panama rejects any unilateral U.S. military action on Panamanian soil."
    assert stances(text) == [
        ("PAN", "opposes", "topic:any unilateral U.S. military action on Panamanian soil")
    ]


def test_what_a_state_is_alleged_to_have_supported_is_no_stance_of_its_own() -> None:
    text = "Peru and Chile cut ties with Bolivia, alleging that it supported armed groups."
    assert stances(text) == [("PER", "condemns", "BOL"), ("CHL", "condemns", "BOL")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lloyd Austin criticised what the Pentagon called provocative People's Liberation "
            "Army activity near Taiwan.",
            [("USA", "condemns", "CHN")],
        ),
        ("Japan condemned the provocative Chinese activity.", [("JPN", "condemns", "CHN")]),
    ],
)
def test_what_another_called_an_act_and_an_adjective_before_its_owner(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_co_drafters_after_together_with_are_actors_not_part_of_the_topic() -> None:
    text = "Chile drafted the resolution together with Peru and Norway."
    assert stances(text) == [
        ("CHL", "supports", "topic:the resolution"),
        ("PER", "supports", "topic:the resolution"),
        ("NOR", "supports", "topic:the resolution"),
    ]


def test_the_allies_after_an_alliance_body_met_are_the_alliance() -> None:
    text = (
        "Germany, France and Italy condemned the attack. In Brussels, NATO's North Atlantic "
        "Council met on Wednesday; the allies expressed solidarity with Britain."
    )
    assert ("NATO", "supports", "GBR") in stances(text)


def test_a_groupings_named_declaration_and_what_they_said_next_are_the_groupings() -> None:
    text = (
        "Leaders of the United States, Japan and Australia met for a trilateral summit of the "
        "Quad in Tokyo on Monday. Japanese, Australian and U.S. leaders attended. In their Tokyo "
        "Declaration, the leaders condemned North Korea. They also urged Pyongyang to disarm."
    )
    got = stances(text)
    assert ("Quad", "condemns", "PRK") in got and ("Quad", "urges", "PRK") in got


def test_the_council_after_the_council_of_the_eu_is_that_council() -> None:
    text = (
        "Ministers agree on aid\n\nCouncil of the European Union – press release\n\n"
        "Brussels, 20 March 2023 — The Council today agreed on new aid for Moldova.\n\n"
        "The Council reiterated its strong condemnation of Russia's war of aggression."
    )
    ex = extract_text(text)
    got = [(f.parties[0], f.type, f.target) for f in ex.facts if f.kind == "stance"]
    assert ("European Union", "condemns", "RUS") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The United States imposed sanctions on NATO ally Turkey over the S-400 purchase.",
            [("USA", "sanctions", "TUR")],
        ),
        (
            "The United States imposed sanctions on Turkey's Presidency of Defense Industries.",
            [("USA", "sanctions", "Presidency of Defense Industries")],
        ),
        (
            "The EU imposed sanctions on Russia's defence ministry.",
            [("European Union", "sanctions", "RUS")],
        ),
    ],
)
def test_sanctions_past_a_membership_epithet_and_on_a_states_named_agency(
    text: str, want: list
) -> None:
    assert stances(text) == want


def test_what_a_state_kept_doing_despite_protests_from_another_is_condemned_by_it() -> None:
    text = (
        "Russia has kept warships near the island despite repeated diplomatic protests from Oslo."
    )
    assert stances(text) == [("NOR", "condemns", "RUS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Officials hope Germany and France back the proposal.", []),
        (
            "Blinken said the United States was committed, standing with Ukraine for as long as "
            "it takes.",
            [("USA", "supports", "UKR")],
        ),
        (
            "The EU imposed sanctions on Russian banks and Russian Defence Minister Andrei "
            "Belousov.",
            [
                ("European Union", "sanctions", "RUS"),
                ("European Union", "sanctions", "topic:Russian Defence Minister Andrei Belousov"),
            ],
        ),
        ("Britain does not support military action against Iran.", []),
        (
            "Hungary sided with Poland and Slovakia, which oppose the migration pact.",
            [
                ("HUN", "supports", "POL"),
                ("HUN", "supports", "SVK"),
                ("POL", "opposes", "topic:the migration pact"),
                ("SVK", "opposes", "topic:the migration pact"),
            ],
        ),
        (
            "Moscow opposes deploying American missiles in Germany.",
            [("RUS", "opposes", "topic:deploying American missiles in Germany")],
        ),
        (
            "ECOWAS imposed sanctions on Niger after soldiers toppled President Mohamed Bazoum.",
            [("Economic Community of West African States", "sanctions", "NER")],
        ),
    ],
)
def test_review_cases_of_plain_support_sanctions_and_relatives(text: str, want: list) -> None:
    assert stances(text) == want


def test_members_named_on_their_own_after_a_joint_text_speak_for_themselves() -> None:
    text = (
        "Leaders of the United States, Japan and Australia met for a trilateral summit of the "
        "Quad in Tokyo on Monday. Japanese, Australian and U.S. leaders attended. In their Tokyo "
        "Declaration, the leaders condemned North Korea. Separately, Japan and Australia "
        "criticised China's coercion of the Philippines."
    )
    got = stances(text)
    assert ("JPN", "condemns", "CHN") in got and ("Quad", "condemns", "CHN") not in got


def test_a_bare_office_in_a_story_datelined_in_its_capital_is_that_states() -> None:
    text = (
        "LONDON, May 6, 2024 (Reuters) - Iran said on Monday it had seized a tanker in the Gulf."
        "\n\nForeign Secretary Tom Hadley condemned the seizure and urged Tehran to free the crew."
    )
    ex = extract_text(text)
    got = [(f.parties[0], f.type, f.target) for f in ex.facts if f.kind == "stance"]
    assert ("GBR", "urges", "IRN") in got


def test_we_after_a_quoted_speakers_colon_or_after_and_is_no_issuer() -> None:
    text = (
        "Talks in Tokyo\n\nMinistry of Foreign Affairs – Press Release\n\nTOKYO, 6 May 2024 — "
        "Chinese Foreign Minister Wang Yi said: we oppose Japan's military build-up.\n\n"
        "Japan stands with Ukraine and we condemn Russia's strikes."
    )
    ex = extract_text(text)
    got = [(f.parties[0], f.type, f.target) for f in ex.facts if f.kind == "stance"]
    assert not any(a == "JPN" and t == "opposes" for a, t, _ in got)
    assert ("JPN", "supports", "UKR") in got


def test_a_trailing_either_or_too_is_no_part_of_a_topic() -> None:
    assert stances("Germany does not support the proposed peace conference either.") == [
        ("DEU", "opposes", "topic:the proposed peace conference")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At Friday's summit, attended in person by the defence ministers of China, Russia and "
            "Iran, Indian Defence Minister Rajnath Singh called on member states to act together.",
            [("IND", "urges", "topic:member states")],
        ),
        (
            "In a letter to Chile, Peru condemned the Bolivian claim.",
            [("PER", "condemns", "BOL")],
        ),
    ],
)
def test_attendees_in_an_aside_and_the_addressee_of_a_letter_do_not_speak(
    text: str, want: list
) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Macron said France backed Abiy's political and economic reforms.",
            [("FRA", "supports", "topic:Abiy's political and economic reforms")],
        ),
        (
            "Carney rejected U.S. President Donald Trump's repeated suggestion that Canada "
            "become the 51st U.S. state.",
            [
                (
                    "CAN",
                    "opposes",
                    "topic:U.S. President Donald Trump's repeated suggestion that Canada become "
                    "the 51st U.S. state",
                )
            ],
        ),
        ("France condemned Russia's reforms.", [("FRA", "condemns", "RUS")]),
    ],
)
def test_a_leaders_reforms_or_suggestion_is_the_target_itself(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia, with Cuba and Bolivia, backed Venezuela.",
            [("RUS", "supports", "VEN"), ("CUB", "supports", "VEN"), ("BOL", "supports", "VEN")],
        ),
        (
            "Russia denounced the U.S. move and, with Cuba, backed Venezuela.",
            [("RUS", "condemns", "USA"), ("RUS", "supports", "VEN"), ("CUB", "supports", "VEN")],
        ),
    ],
)
def test_those_in_a_with_aside_act_with_the_subject(text: str, want: list) -> None:
    assert stances(text) == want


def test_a_group_reference_opening_a_coordinated_clause_is_its_subject() -> None:
    text = (
        "BRASÍLIA, July 26, 2022 — Secretary of Defense Lloyd J. Austin III met today with "
        "Brazilian Minister of Defense General Paulo Nogueira in Brasília. The two leaders "
        "reaffirmed the strength of the U.S.-Brazil defense relationship and pledged to deepen "
        "cooperation in space."
    )
    assert stances(text) == [
        ("USA", "pledges-cooperation", "BRA"),
        ("BRA", "pledges-cooperation", "USA"),
    ]


def test_urging_both_the_government_and_a_named_party_urges_both() -> None:
    text = (
        "UNITED NATIONS, Jan. 25, 2016 - The mission will work with the Colombian government. "
        "U.S. Ambassador Samantha Power said Washington urged both the government and the FARC "
        "to conclude the talks quickly."
    )
    assert stances(text) == [
        ("USA", "urges", "COL"),
        ("USA", "urges", "Revolutionary Armed Forces of Colombia"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Biden reaffirmed U.S. support for the sovereignty, independence and territorial "
            "integrity of Ukraine.",
            [("USA", "supports", "UKR")],
        ),
        (
            "Pakistan has signed a contract with Turkish company ASFAT for four corvettes. "
            "Turkish Defence Minister Nurettin Canikli called it the largest export. Both "
            "governments pledged to expand their defence cooperation.",
            [("PAK", "pledges-cooperation", "TUR"), ("TUR", "pledges-cooperation", "PAK")],
        ),
        (
            "None of the five governments has recognised Russia's annexation, but none has "
            "condemned the invasion of Ukraine either.",
            [],
        ),
    ],
)
def test_sovereignty_lists_both_governments_and_none_has(text: str, want: list) -> None:
    assert sorted(stances(text)) == sorted(want)


def test_he_after_a_day_and_place_opener_is_the_person_before_and_pledges_after_and() -> None:
    text = (
        "OTTAWA, March 18, 2025 (Reuters) - Canada will buy radars, Prime Minister Mark Carney "
        "said on Tuesday. The announcement came a day after Carney's first foreign trip. In "
        "Paris and London on Monday he met French President Emmanuel Macron and British Prime "
        "Minister Keir Starmer and pledged to deepen security cooperation with both countries."
    )
    assert stances(text) == [
        ("CAN", "pledges-cooperation", "FRA"),
        ("CAN", "pledges-cooperation", "GBR"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nauru cut diplomatic ties with Taipei in January and switched recognition to Beijing.",
            [],
        ),
        (
            "Solomon Islands cut ties with Taipei and established diplomatic relations with "
            "Beijing in September 2019.",
            [],
        ),
        ("Peru severed all diplomatic relations with Bolivia.", [("PER", "condemns", "BOL")]),
    ],
)
def test_ties_cut_in_a_switch_of_recognition_condemn_no_one(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nicaragua broke off diplomatic relations with Israel on Monday, two years after it "
            "cut ties with Taiwan and switched recognition to Beijing.",
            [("NIC", "condemns", "ISR")],
        ),
        (
            "Mali cut ties with Ukraine and opened diplomatic relations with Russia's ally "
            "Belarus.",
            [("MLI", "condemns", "UKR")],
        ),
        (
            "Though none of the missiles hit land, Japan condemned North Korea's launch.",
            [("JPN", "condemns", "PRK")],
        ),
        (
            "Japan, with the United States watching closely, condemned China's missile launch.",
            [("JPN", "condemns", "CHN")],
        ),
        (
            "The EU supports Moldova's independence and reform efforts.",
            [("European Union", "supports", "MDA")],
        ),
    ],
)
def test_review_cases_of_cut_ties_none_asides_and_reform(text: str, want: list) -> None:
    assert stances(text) == want


def test_they_after_a_subject_and_its_objects_is_not_the_subject() -> None:
    text = (
        "North Korea condemned South Korea and the United States, as they began joint military "
        "exercises on Monday."
    )
    ex = extract_text(text, date="2024-05-06")
    assert not any(f.kind == "exercise" and "PRK" in f.parties for f in ex.facts)


def test_the_sovereignty_of_a_group_the_speaker_met_excludes_the_speaker() -> None:
    text = (
        "Chinese President Xi Jinping met the leaders of Kazakhstan and Uzbekistan in Xian. Xi "
        "reaffirmed China's support for the sovereignty, independence and territorial integrity "
        "of the two countries."
    )
    assert ("CHN", "supports", "KAZ") in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "The British government said the programme would support thousands of jobs on the Clyde.",
        '"We are proud to continue supporting the Tejas programme," a GE Aerospace executive said.',
        "Lockheed Martin supports Chile's air force modernization.",
    ],
)
def test_upkeep_of_jobs_and_a_companys_support_are_no_stances(text: str) -> None:
    assert stances(text) == []


def test_a_company_may_still_pledge_cooperation() -> None:
    text = "Saab pledged to deepen cooperation with Brazil on the Gripen programme."
    assert stances(text) == [("Saab", "pledges-cooperation", "BRA")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # an act named as a state's after "over" is the state's, not a place
            "The U.N. Security Council met on Monday over Iran's launch of a satellite. The "
            "French envoy condemned the launch.",
            ("FRA", "condemns", "IRN"),
        ),
        (  # "U.S.-led drills" without an article still name their leader
            "Russia condemned U.S.-led drills near its border.",
            ("RUS", "condemns", "USA"),
        ),
        (  # an invasion told as a state's is whose a later "the invasion" is
            "Russia's invasion of Ukraine began in February. Turkey has called the invasion "
            "unacceptable.",
            ("TUR", "condemns", "RUS"),
        ),
        (  # a vote named by a nationality is that state's
            "Libya condemned the Egyptian vote.",
            ("LBY", "condemns", "EGY"),
        ),
        (  # a cause named after a state, without a possessive
            "Beijing firmly opposed Taiwan independence.",
            ("CHN", "opposes", "topic:Taiwan independence"),
        ),
        (  # "telling him that X would stand with Y" reports a commitment, as "saying that" does
            "Austin held talks with Kihara, telling him that Washington would stand with Japan.",
            ("USA", "supports", "JPN"),
        ),
        (  # "the bloc" is the grouping named last
            "Armenia froze its participation in the Russian-led Collective Security Treaty "
            "Organization after accusing the bloc of failing to defend it.",
            ("ARM", "condemns", "Collective Security Treaty Organization"),
        ),
    ],
)
def test_acts_and_owners_named_in_other_words(text: str, want: tuple) -> None:
    assert want in stances(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # the body one takes part in is no subject
            "Armenia froze its participation in the Russian-led Collective Security Treaty "
            "Organization after accusing the bloc of failing to defend it.",
            "Collective Security Treaty Organization",
        ),
        (  # the body an envoy appears before does not speak
            "The U.N. Security Council met on Monday. In a rare appearance before the council, "
            "Iran's ambassador rejected the criticism.",
            "UN Security Council",
        ),
    ],
)
def test_a_body_named_in_a_setting_or_as_a_membership_does_not_act(
    text: str, unwanted: str
) -> None:
    assert unwanted not in {actor for actor, _type, _target in stances(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Austin said Iran's support for the Houthis must end.", []),
        (  # (the demand must be on the support itself, not on a later clause's subject)
            "Macron said France's support for Ukraine was unwavering and that the war must end.",
            [("FRA", "supports", "UKR")],
        ),
    ],
)
def test_support_that_must_end_is_no_support(text: str, want: list) -> None:
    assert [s for s in stances(text) if s[1] == "supports"] == want


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's foreign minister said Ankara was denouncing the organization's charter.",
        "Japan expressed serious concern about the situation in the East and South China Seas.",
        "Hezbollah, which the United States blamed for a rocket attack, denied it.",
    ],
)
def test_leaving_a_charter_a_worry_and_what_one_is_blamed_for_are_no_stances(text: str) -> None:
    assert stances(text) == []


def test_a_joint_declaration_of_a_groupings_participants_is_the_groupings() -> None:
    text = (
        "Delegations from 46 countries gathered in Kyiv on Monday for the founding summit of the "
        "Crimea Platform. Among those attending were Polish President Andrzej Duda and Moldovan "
        "President Maia Sandu. In a joint declaration, the participants of the Crimea Platform "
        "condemned the occupation of Crimea by Russia."
    )
    got = stances(text)
    assert ("International Crimea Platform", "condemns", "RUS") in got
    assert not any(actor in ("POL", "MDA") for actor, _type, _target in got)


def test_the_two_presidents_are_no_company_named_between() -> None:
    text = (
        "President Lula and President Macron launched a submarine at Itaguai on Wednesday. The "
        "boats are assembled by ICN, a joint venture of France's Naval Group and Brazil's "
        "Novonor. Both presidents pledged to deepen defence cooperation between the two "
        "countries."
    )
    got = stances(text)
    assert ("BRA", "pledges-cooperation", "FRA") in got
    assert not any("Naval Group" in (actor, target) for actor, _type, target in got)


def test_willing_to_work_with_partners_to_deepen_cooperation_pledges_with_each() -> None:
    text = (
        "The Chinese commander said China was willing to work with Tanzania and Mozambique to "
        "deepen pragmatic military cooperation."
    )
    got = stances(text)
    assert ("CHN", "pledges-cooperation", "TZA") in got
    assert ("CHN", "pledges-cooperation", "MOZ") in got


def test_the_crown_prince_is_the_one_named_before() -> None:
    text = (
        "Crown Prince Mohammed bin Salman began a visit to Britain on Monday. Prime Minister "
        "Theresa May held talks with the crown prince at Downing Street on Wednesday."
    )
    ex = extract_text(DATELINE + text)
    assert [f.parties for f in ex.facts if f.kind == "meeting"] == [("GBR", "SAU")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a group before "met over X's offensive" still urges
            "The foreign ministers of Egypt and Jordan met on Monday over Israel's offensive and "
            "urged the United States to act.",
            ("EGY", "urges", "USA"),
        ),
        ("Ukraine denounced the violation of the Charter by Russia.", ("UKR", "condemns", "RUS")),
        (
            "China condemned the worsening situation in the Red Sea caused by U.S. strikes.",
            ("CHN", "condemns", "USA"),
        ),
        (  # a partner of "work with" and one of "cooperation with" both
            "Li said China would work with Vietnam to deepen defence cooperation with Laos.",
            ("CHN", "pledges-cooperation", "VNM"),
        ),
        (  # companies' presidents are theirs when only companies were named
            "Hanwha and Hyundai Rotem signed deals with Poland on Monday. Both presidents pledged "
            "to deepen cooperation with Warsaw.",
            ("Hyundai Rotem", "pledges-cooperation", "POL"),
        ),
    ],
)
def test_review_cases_of_owners_situations_and_partners(text: str, want: tuple) -> None:
    assert want in stances(text)


def test_a_royal_title_in_an_opener_is_not_the_next_persons_office() -> None:
    text = (
        "In a meeting with the emir, Blinken praised Qatar's mediation. The emir later held talks "
        "with Erdogan."
    )
    ex = extract_text(DATELINE + text)
    assert not [f for f in ex.facts if f.kind == "meeting" and "USA" in f.parties]


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # the Ghana News Agency is no government of Libya
            "The Minister, in an interview with the GNA, condemned the coup in Niger.",
            "LBY",
        ),
        (  # a leader that is the speaker itself leaves the target as said
            "Kenya backed Kenyan-led police mission plans for Haiti.",
            None,
        ),
    ],
)
def test_review_cases_of_acronyms_and_self_led_missions(text: str, unwanted: str | None) -> None:
    got = stances(text)
    if unwanted is None:
        assert got and all(actor != target for actor, _type, target in got)
    else:
        assert all(unwanted not in (actor, target) for actor, _type, target in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the two Nordic countries": the last two named that are Nordic, not the last pair
            "The United States backs Sweden and Finland. U.S. Defense Secretary Lloyd Austin "
            "visited Stockholm on Saturday and held talks with Swedish Defence Minister Peter "
            "Hultqvist aboard a U.S. ship. Turkey accused the two Nordic countries of harbouring "
            "militants.",
            {
                ("USA", "supports", "SWE"),
                ("USA", "supports", "FIN"),
                ("TUR", "condemns", "SWE"),
                ("TUR", "condemns", "FIN"),
            },
        ),
        (  # possessives coordinated before a bid: the bids are backed, not the states
            "The United States fully supports Sweden's and Finland's applications to join NATO.",
            {("USA", "supports", "topic:Sweden's and Finland's applications to join NATO")},
        ),
        (  # the state that threatened is no ally the U.S. defends
            "Russia warned Lithuania on Tuesday of serious consequences, while the United States "
            "said its commitment to defend its NATO ally was ironclad.",
            {("USA", "commits-to-defend", "LTU")},
        ),
        (  # a grouping's members, listed after it, speak for it in their joint statement
            "Foreign ministers of the Quad grouping of the United States, Japan, Australia and "
            "India met in New Delhi on Friday, a day after a meeting of Group of 20 foreign "
            "ministers ended. U.S. Secretary of State Antony Blinken, Japanese "
            "Foreign Minister Yoshimasa Hayashi, Australian Foreign Minister Penny Wong and Indian "
            "External Affairs Minister Subrahmanyam Jaishankar said in a joint statement that they "
            "condemn North Korea's missile launches.",
            {("Quad", "condemns", "PRK")},
        ),
        (  # "and its leaders": the sentence's subject's, not the state named in between
            "On Tuesday, Islamabad summoned the U.S. envoy, and its leaders rejected the remarks "
            "by Trump.",
            {("PAK", "condemns", "USA"), ("PAK", "opposes", "topic:the remarks by Trump")},
        ),
        (  # "and that its members would provide": the body that said so gives the aid
            "In a joint statement, the JEF said Russia's attacks amounted to terror, and that its "
            "members would continue to provide Ukraine with military support.",
            {("Joint Expeditionary Force", "supports", "UKR")},
        ),
        (  # cooperation "between the two countries": with the other of the two
            "Blinken met Finland's minister in Washington. The United States pledged to deepen "
            "defence cooperation between the two countries, Blinken said.",
            {("USA", "pledges-cooperation", "FIN")},
        ),
        (  # coming to the other's assistance is a mutual defence pledge
            "Greece and the UAE signed an agreement that commits each country to come to the "
            "other's assistance if attacked.",
            {("GRC", "commits-to-defend", "ARE"), ("ARE", "commits-to-defend", "GRC")},
        ),
        (  # the proposers of a proposal support it
            "The proposal was put forward by the United States, Britain and France in February.",
            {
                ("USA", "supports", "topic:The proposal"),
                ("GBR", "supports", "topic:The proposal"),
                ("FRA", "supports", "topic:The proposal"),
            },
        ),
        (  # sharing intelligence more closely is closer cooperation
            "Indonesia, Malaysia and the Philippines launched patrols. The three governments "
            "pledged to share intelligence more closely.",
            {
                (a, "pledges-cooperation", b)
                for a in ("IDN", "MYS", "PHL")
                for b in ("IDN", "MYS", "PHL")
                if a != b
            },
        ),
        (  # what a state wants others to do is not done
            "Paris wants allies to reaffirm their commitment to the arms embargo on Libya.",
            set(),
        ),
    ],
)
def test_groups_owners_and_proposers_of_stances(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a time phrase between a passive verb and its agent
            "The decision to buy the E-7 was criticised last year by the House of Commons "
            "Defence Committee.",
            {
                (
                    "House of Commons Defence Committee",
                    "condemns",
                    "topic:the decision to buy the E-7",
                )
            },
        ),
        (  # urging a group of addressees named by a modifier after "its"
            "In that appeal, Haiti called on its international partners to send troops.",
            {("HTI", "urges", "topic:its international partners")},
        ),
        (  # ... or the international community
            "Mali's president called on the international community to help close the gap.",
            {("MLI", "urges", "topic:the international community")},
        ),
        (  # a community that is no addressee of states
            "Israel called on the Jewish community in France to remain vigilant.",
            set(),
        ),
        (  # "its members" are the body's named last, not the speaker's
            "Germany said NATO was united, and that its members would continue to provide "
            "Ukraine with air defence systems.",
            {("NATO", "supports", "UKR")},
        ),
        (  # "its military" is the state last named as a clause's subject
            "The Pentagon said China had sent warships near Taiwan, and its military warned "
            "Washington against interference.",
            {("CHN", "urges", "USA")},
        ),
        (  # a state that accuses the aggressor is the ally defended, not the aggressor
            "Lithuania accused Russia on Tuesday of violating its airspace, while the United "
            "States said its commitment to defend its NATO ally was ironclad.",
            {("LTU", "condemns", "RUS"), ("USA", "commits-to-defend", "LTU")},
        ),
        (  # "its leaders" after a list of objects: the state that acted on them
            "Last month Germany sanctioned Iran, Syria and Belarus, and its leaders condemned "
            "Russia's war.",
            {
                ("DEU", "sanctions", "IRN"),
                ("DEU", "sanctions", "SYR"),
                ("DEU", "sanctions", "BLR"),
                ("DEU", "condemns", "RUS"),
            },
        ),
        (  # a second possessive with an article before the bids
            "The United States backs Sweden's and the Czech Republic's bids.",
            {("USA", "supports", "topic:Sweden's and the Czech Republic's bids")},
        ),
        (  # a proposal told before: the one put forward
            "The Security Council voted on a ceasefire resolution on Monday. The proposal was put "
            "forward by Algeria.",
            {("DZA", "supports", "topic:UN Security Council ceasefire resolution")},
        ),
    ],
)
def test_passive_agents_addressees_and_owners_of_its(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("MED7", "MED7"),
        ("Council of the EU", "Council of the European Union"),
        ("the Solomons", "SLB"),
        ("Indra", "Indra Sistemas"),
        ("EUMET", "EUMET"),
    ],
)
def test_lexicon_names_of_this_round(name: str, key: str) -> None:
    ex = extract_text(DATELINE + f"Officials of {name} met on Monday.")
    assert key in {*ex.orgs, *(n for n in ex.nations)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # one of an earlier pair speaks of "the two countries", after another pair was named
            "Japan and China agreed on a hotline. South Korea and North Korea signed a declaration "
            "at Panmunjom on April 27. Li pledged that China would broaden exchanges between the "
            "two countries.",
            {("CHN", "pledges-cooperation", "JPN")},
        ),
        (  # a charge its subject denies is no stance of the subject's
            "Kyiv says Iran has supplied Russia with drones, a charge Tehran denies.",
            set(),
        ),
        (  # a state's epithet of place before its name
            "Kenya accuses neighbouring Somalia of harbouring militants.",
            {("KEN", "condemns", "SOM")},
        ),
        (  # a second verb of the same subjects ends the topic
            "Peru and Chile condemn the attacks on the embassy and reaffirm their commitment to "
            "peace.",
            {
                ("PER", "condemns", "topic:the attacks on the embassy"),
                ("CHL", "condemns", "topic:the attacks on the embassy"),
            },
        ),
        (  # what allegations say a state did is not its stance
            "The sanctions were first imposed in 2009 over allegations that Asmara supported "
            "al-Shabaab fighters.",
            set(),
        ),
        (  # neither of them sends weapons
            "President Alberto Fernández told Scholz that neither Argentina nor other Latin "
            "American countries planned to send weapons to Ukraine.",
            set(),
        ),
        (  # sanctions lifted are none imposed, the last of a list too
            "The Security Council today lifted the arms embargo, travel bans and asset freezes on "
            "Eritrea.",
            set(),
        ),
        (  # a state's mission to a body speaks for the state
            "The U.S. mission to the United Nations said it backed the resolution on Somalia.",
            {("USA", "supports", "topic:the resolution on Somalia")},
        ),
        (  # "the Moldovan side" with the EU: both of them
            "The Moldovan side and the EU condemned Russia's hybrid attacks, and both sides "
            "committed to deepen their cooperation.",
            {
                ("MDA", "condemns", "RUS"),
                ("European Union", "condemns", "RUS"),
                ("MDA", "pledges-cooperation", "European Union"),
                ("European Union", "pledges-cooperation", "MDA"),
            },
        ),
        (  # a title with "of" before the speaker: ", and urged" is still the speaker's
            "Secretary of State Mike Pompeo said Turkey had gone ahead with the purchase, and "
            "urged Ankara to resolve the problem.",
            {("USA", "urges", "TUR")},
        ),
    ],
)
def test_denials_epithets_lifted_sanctions_and_release_ministries(text: str, want: set) -> None:
    assert set(stances(text)) == want


def test_a_ministry_in_its_own_release_is_its_states_after_another_state_is_named() -> None:
    text = (
        "Seoul suspends pact\nMinistry of National Defense, Republic of Korea, Press Release\n\n"
        "SEOUL, Nov. 22, 2023 — The President is on a state visit to the United Kingdom.\n\n"
        "The Ministry of National Defense strongly condemns North Korea's launch."
    )
    ex = extract_text(text)
    assert [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"] == [
        (("KOR",), "condemns", "PRK")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a fronted clause's allegations end at its comma
            "Following allegations that the election was stolen, Canada imposed sanctions on "
            "Venezuela.",
            {("CAN", "sanctions", "VEN")},
        ),
        (  # sanctions imposed after something else was lifted
            "The UN lifted the arms embargo and imposed targeted sanctions on the junta leaders of "
            "Mali.",
            {("United Nations", "sanctions", "MLI")},
        ),
        (  # a denied charge of backing militants leaves the denier's condemnation standing
            "Pakistan condemned India's missile strikes, which New Delhi says hit camps of "
            "militants backed by Islamabad, a charge Pakistan denies.",
            {("PAK", "condemns", "IND")},
        ),
        (  # "the Chinese side, and Japan": a new clause's subject, no run
            "Manila protested to the Chinese side, and Japan condemned Beijing's coast guard.",
            {("PHL", "condemns", "CHN"), ("JPN", "condemns", "CHN")},
        ),
        (  # "the two countries" of a pair this sentence names, the speaker not among them
            "Japan and the United States held talks in Tokyo on Monday. On Tuesday, Israel and "
            "Bahrain signed a defence accord in Manama, and Washington pledged to deepen "
            "cooperation between the two countries.",
            set(),
        ),
        (  # "those drills": not the speaker's own exercise
            "China and Russia held joint naval drills near Hokkaido on Monday. Japan and the "
            "United States held the Keen Sword exercise on Tuesday. Tokyo denounced those drills.",
            {("JPN", "condemns", "topic:CHN–RUS drills")},
        ),
    ],
)
def test_review_cases_of_allegations_lifted_denials_sides_pairs_and_drills(
    text: str, want: set
) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "which X denies" closing the sentence
            "Kyiv says Iran has supplied Russia with drones, which Tehran denies.",
            set(),
        ),
        (  # "a charge denied by X"
            "Kinshasa says Rwanda backs the M23 rebels, a charge denied by Kigali.",
            set(),
        ),
        (  # a state's permanent mission to a body speaks for the state
            "The Permanent Mission of Ukraine to the United Nations condemned Russia's strikes.",
            {("UKR", "condemns", "RUS")},
        ),
    ],
)
def test_more_denials_and_missions_of_states(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a subordinate clause before the verb names no subject of it
            "Greenland's new prime minister, Jens-Frederik Nielsen, whose coalition was presented "
            "hours before Vance landed, also rejected any U.S. takeover of the island.",
            {("GRL", "opposes", "topic:any U.S. takeover of the island")},
        ),
        (
            "Denmark, whose government took office days before Trump spoke, also condemned Russia.",
            {("DNK", "condemns", "RUS")},
        ),
        (  # "he" in a clause of its own is the person named, not a body between
            "Singapore Prime Minister Lee Hsien Loong opened the forum, organised by the "
            "International Institute for Strategic Studies, with an address in which he urged the "
            "United States and China to manage their rivalry.",
            {("SGP", "urges", "USA"), ("SGP", "urges", "CHN")},
        ),
        (  # an opposition leader does not speak for the state
            "Opposition leader Friedrich Merz accused the government of sending mixed signals to "
            "Moscow.",
            set(),
        ),
        (  # a motion the parliament rejected urged no one on its behalf
            "Germany's parliament on Thursday rejected a motion by the center-right opposition "
            "calling on Chancellor Olaf Scholz's government to supply Ukraine with missiles.",
            {("Bundestag", "opposes", "topic:a motion by the center-right opposition")},
        ),
    ],
)
def test_subordinate_clauses_pronouns_opposition_leaders_and_rejected_motions(
    text: str, want: set
) -> None:
    assert set(stances(text)) == want


def test_the_two_leaders_are_the_states_whose_people_were_named() -> None:
    text = (
        "Japan and the Philippines agreed to start talks as Kishida met Marcos in Manila on "
        "Friday. Kishida said the two countries would negotiate an agreement similar to the pacts "
        "Tokyo has signed with Australia and Britain. In a joint statement, the two leaders "
        "expressed serious concern over China's actions."
    )
    assert set(stances(text)) == {("JPN", "condemns", "CHN"), ("PHL", "condemns", "CHN")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the head before a relative clause, not an actor inside it
            "The United States, which struck Houthi targets days after the U.S. Navy lost a drone, "
            "condemned Iran.",
            {("USA", "condemns", "IRN")},
        ),
        (
            "Macron, who hosted Zelenskiy a day before Russia launched its strikes, condemned "
            "Russia.",
            {("FRA", "condemns", "RUS")},
        ),
        (  # the opposition beside a government speaker leaves the speaker's stance
            "Opposition parties and Chancellor Olaf Scholz condemned Russia.",
            {("DEU", "condemns", "RUS")},
        ),
        (  # an opposition leader named after his state's possessive, or in an aside
            "Israel's opposition leader Yair Lapid condemned Iran.",
            set(),
        ),
        ("Keir Starmer, the opposition Labour leader, condemned Russia.", set()),
        (  # the head before the first of two nested asides
            "Denmark's prime minister, who met Greenland's premier, whose coalition was presented "
            "hours before Vance landed, also rejected the US bid.",
            {("DNK", "opposes", "topic:the US bid")},
        ),
        (  # "from" a group named in capitals and lower case is the text's author
            "Russia vetoed a resolution from Western members condemning Iran's nuclear programme.",
            {
                (
                    "RUS",
                    "opposes",
                    "topic:a resolution from Western members condemning Iran's nuclear programme",
                )
            },
        ),
        (  # "by" a verb is no author of the blocked text
            "Russia blocked the statement by again calling on Ukraine to withdraw.",
            {("RUS", "urges", "UKR")},
        ),
    ],
)
def test_review_cases_of_asides_opposition_and_blocked_texts(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # jobs a deal supports: an effect, no one's stance
            "Qatar Airways ordered 30 Boeing freighters, a deal the White House said would support "
            "thousands of American jobs.",
            set(),
        ),
        (  # an embargo "aimed at" a group sanctions it
            "The U.N. Security Council imposed a new embargo aimed at Al-Shabaab on Friday.",
            {("UN Security Council", "sanctions", "Al-Shabaab")},
        ),
    ],
)
def test_effects_of_a_deal_and_an_embargo_aimed_at_a_group(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the economy of a state's efforts is no effect of a deal
            "The United States supports Taiwan's efforts to bolster its local economy.",
            {("USA", "supports", "topic:Taiwan's efforts to bolster its local economy")},
        ),
        (  # nor is a job training programme
            "Poland supports Ukraine's job training programme for sappers.",
            {("POL", "supports", "topic:Ukraine's job training programme for sappers")},
        ),
        (  # a number's thousands comma does not end the object
            "The Pentagon said the sale of F-16s to Turkey would support some 2,000 jobs in Texas.",
            set(),
        ),
    ],
)
def test_review_cases_of_effects_of_a_deal(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a status given is no sanction
            "Washington designated India a Major Defense Partner in 2016.",
            set(),
        ),
        (  # sides in a past conflict are no stance
            "The exercise marks a thaw between Moscow and Islamabad, which were on opposing sides "
            "during the Cold War.",
            set(),
        ),
        (  # "the drill" is the exercise just told
            "Pakistan and Russia began the Druzhba 2016 exercise on Saturday. India had voiced "
            "opposition to the drill.",
            {("IND", "opposes", "topic:PAK–RUS exercise")},
        ),
        (  # a courtesy call "according to a statement" urges no one
            "Jaishankar called on President Ibrahim Mohamed Solih on Saturday, and the two "
            "discussed security cooperation, according to an official statement.",
            set(),
        ),
    ],
)
def test_review_cases_of_statuses_sides_drills_and_calls(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the dangerous conduct" of a state, past a closing quote, is the state's
            'Japan and the U.S. expressed "serious concern about the dangerous and destabilizing '
            'conduct" of China toward Philippine vessels.',
            {("JPN", "condemns", "CHN"), ("USA", "condemns", "CHN")},
        ),
        (  # what aid is worth is no target
            "Australia has given Ukraine military aid worth more than A$475 million.",
            {("AUS", "supports", "UKR")},
        ),
        (  # a "where" aside between the subject and its verb names no subject
            "France, where Islamic State gunmen killed 130 people in November, had urged Britain "
            "to join the strikes.",
            {("FRA", "urges", "GBR")},
        ),
        (  # some members of a party are not the party
            "Sixty-six members of the opposition Labour Party backed the government.",
            set(),
        ),
    ],
)
def test_review_cases_of_conduct_aid_asides_and_members(text: str, want: set) -> None:
    assert set(stances(text)) == want


def test_a_first_meeting_told_as_background_does_not_redate_the_group() -> None:
    text = (
        "HONOLULU, May 3, 2024 — The defense chiefs of the United States, Japan, Australia and "
        "the Philippines met in Hawaii on Thursday. It was the second time the four had met as "
        "a group; they first did so on the sidelines of a security forum in Singapore last "
        "June. In a joint readout, the four ministers "
        "reaffirmed their support for the 2016 arbitral award on the South China Sea."
    )
    ex = extract_text(text)
    dates = {f.date for f in ex.facts if f.kind == "stance" and f.type == "supports"}
    assert dates == {"2024-05-02"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "The resolution, drafted by A together with ..." after the body acted: that body's;
            # the votes that follow are on it
            "UNITED NATIONS, June 18, 2021 — The U.N. General Assembly on Friday condemned the "
            "violence by Myanmar's military. The resolution, drafted by Liechtenstein together "
            "with a core group, was approved by 119 votes to 1. Belarus cast the only vote "
            "against it. Indonesia and Vietnam voted in favour.",
            {
                ("UN General Assembly", "condemns", "MMR"),
                ("LIE", "supports", "topic:UN General Assembly resolution"),
                ("BLR", "opposes", "topic:UN General Assembly resolution"),
                ("IDN", "supports", "topic:UN General Assembly resolution"),
                ("VNM", "supports", "topic:UN General Assembly resolution"),
            },
        ),
        (  # "The non-binding text, drafted by A and co-sponsored by B and C among others"
            "UNITED NATIONS, June 22, 2018 — The U.N. General Assembly on Friday adopted a "
            "resolution urging Russia to withdraw its troops from Moldova. The non-binding text, "
            "drafted by Moldova and co-sponsored by Georgia and Ukraine among others, passed "
            "with 64 votes in favor.",
            {
                ("UN General Assembly", "urges", "RUS"),
                (
                    "MDA",
                    "supports",
                    "topic:UN General Assembly resolution urging Russia to "
                    "withdraw its troops from Moldova",
                ),
                (
                    "GEO",
                    "supports",
                    "topic:UN General Assembly resolution urging Russia to "
                    "withdraw its troops from Moldova",
                ),
                (
                    "UKR",
                    "supports",
                    "topic:UN General Assembly resolution urging Russia to "
                    "withdraw its troops from Moldova",
                ),
            },
        ),
        (  # "drafted by the council's 10 elected members: A, B and C"
            "UNITED NATIONS, March 25, 2024 — The other 14 council members voted in favour of "
            "resolution 2728, which was drafted by the council's 10 elected members: Algeria, "
            "Guyana and Japan.",
            {
                ("DZA", "supports", "topic:resolution 2728"),
                ("GUY", "supports", "topic:resolution 2728"),
                ("JPN", "supports", "topic:resolution 2728"),
            },
        ),
        (  # "demanded an apology from Beijing": of Beijing
            "Nauru's President Baron Waqa demanded an apology from Beijing.",
            {("NRU", "urges", "CHN")},
        ),
        (  # "asked NATO allies to increase": NATO
            "Poland has asked NATO allies to increase their presence on its eastern border.",
            {("POL", "urges", "NATO")},
        ),
    ],
)
def test_review_cases_of_resolutions_demands_and_requests(text: str, want: set) -> None:
    ex = extract_text(text if " — " in text else DATELINE + text)
    got = {(f.parties[0], f.type, f.target) for f in ex.facts if f.kind == "stance"}
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a listing as a jurisdiction of concern is still a sanction
            "The Treasury designated Iran a jurisdiction of primary money laundering concern.",
            {("USA", "sanctions", "IRN")},
        ),
        (  # the source after a drafters' phrase drafted nothing
            "The U.N. Security Council adopted a resolution on Sudan. The resolution was drafted "
            "by the permanent members of the Council, Egypt said on Monday.",
            set(),
        ),
        (  # "the trade measure" is no proposal told before
            "The U.N. Security Council adopted a draft resolution demanding a ceasefire in Sudan. "
            "Egypt opposed the trade measure.",
            {("EGY", "opposes", "topic:the trade measure")},
        ),
        (  # a courtesy call that conveyed greetings "to the people" urges no one
            "Jaishankar called on President Dissanayake on Monday and conveyed greetings to the "
            "people of Sri Lanka.",
            set(),
        ),
        (  # "the drill Russia plans next month" is not the drill told
            "India and France began the Varuna drill on Monday. Pakistan opposed the drill Russia "
            "plans next month.",
            {("PAK", "opposes", "topic:the drill Russia plans next month")},
        ),
    ],
)
def test_review_cases_of_listings_sources_measures_calls_and_drills(text: str, want: set) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a quoted "to" phrase after "called on" still urges
            'France and Germany called on Moscow to "revert to a responsible and constructive '
            'behaviour in the region."',
            {("FRA", "urges", "RUS"), ("DEU", "urges", "RUS")},
        ),
        (  # "The text, drafted by Ukraine, says ...": the document says it, Ukraine drafted it
            "The U.N. General Assembly on Thursday adopted a resolution that affirms Ukraine's "
            "territorial integrity. The text, drafted by Ukraine, says the vote in Crimea has no "
            "validity.",
            {
                (
                    "UKR",
                    "supports",
                    "topic:UN General Assembly resolution that affirms Ukraine's "
                    "territorial integrity",
                ),
            },
        ),
    ],
)
def test_review_cases_of_quoted_calls_and_texts_that_say(text: str, want: set) -> None:
    got = set(stances(text))
    assert want <= got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a partner in countering proliferation is no sanction
            "The Pentagon designated Australia a key partner in countering proliferation of "
            "weapons of mass destruction.",
            set(),
        ),
        (  # the drills "being staged near its islands" are those told
            "China and Russia began joint drills near Japan on Monday. Japan condemned the drills "
            "being staged near its islands.",
            {("JPN", "condemns", "topic:CHN–RUS drills")},
        ),
        (  # the drafters before the source
            "The U.N. Security Council adopted a resolution drafted by Peru and Ecuador, Chile "
            "said.",
            {
                ("PER", "supports", "topic:U.N. Security Council resolution"),
                ("ECU", "supports", "topic:U.N. Security Council resolution"),
            },
        ),
    ],
)
def test_review_cases_of_partners_staged_drills_and_drafters_before_a_source(
    text: str, want: set
) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # one of a group in an appositive is no group
            "Putin named Burkina Faso, Zimbabwe, Mali, Somalia and Eritrea as recipients of "
            "grain. South African President Cyril Ramaphosa, one of the leaders of an African "
            "peace mission that visited Kyiv in June, urged Putin on Friday to end the war.",
            {("ZAF", "urges", "RUS")},
        ),
        (  # the voters after "after" back Caracas, not the forces before it
            "U.S. and Guyanese forces held joint flight drills over Guyana after Venezuelan voters "
            "backed Caracas' claim in a referendum.",
            set(),
        ),
        (  # cooperation between their countries and with a third
            "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met in "
            "Tokyo on Thursday. Both leaders pledged to deepen security cooperation between their "
            "countries and with the United States.",
            {
                ("KOR", "pledges-cooperation", "JPN"),
                ("JPN", "pledges-cooperation", "KOR"),
                ("KOR", "pledges-cooperation", "USA"),
                ("JPN", "pledges-cooperation", "USA"),
            },
        ),
        (  # what a memorandum would do is no one's pledge
            "U.S. Secretary of State Marco Rubio and Guyanese President Irfaan Ali signed a "
            "memorandum of understanding on security cooperation that officials said would "
            "expand intelligence sharing.",
            set(),
        ),
        (  # "he" is the titled envoy named first; the act condemned is no aid
            "After the vote, U.S. deputy ambassador Jonathan Cohen said the text should have "
            "addressed Iran's role, and he condemned Tehran for supplying missiles to the Houthis.",
            {("USA", "condemns", "IRN")},
        ),
        (  # a spokesman after a place opener urges, not the state in what he said
            "In Beijing on Friday, Foreign Ministry spokesman Wang Wenbin said spreading rumors "
            "was a common U.S. tactic and urged Washington to stop interfering in Cuba's affairs.",
            {("CHN", "urges", "USA")},
        ),
        (  # the attacks of two groups
            "Prime Minister Theresa May condemned the attacks carried out by Boko Haram and "
            "Islamic State West Africa in the north-east.",
            {
                ("GBR", "condemns", "Boko Haram"),
                ("GBR", "condemns", "Islamic State West Africa Province"),
            },
        ),
        (  # a second state's official opens a clause of their own
            "Japan's Ambassador Kazuyuki Yamazaki criticized Moscow's decision, and South Korea's "
            "Ambassador Joonkook Hwang accused Russia of lying.",
            {("JPN", "condemns", "RUS"), ("KOR", "condemns", "RUS")},
        ),
        (
            '"The United States is strongly committed to the defense of Poland," Trump told '
            "reporters.",
            {("USA", "commits-to-defend", "POL")},
        ),
    ],
)
def test_review_cases_of_appositive_groups_partners_documents_envoys_and_doers(
    text: str, want: set
) -> None:
    assert set(stances(text)) == want


def test_a_member_of_a_group_in_an_appositive_keeps_the_day_of_the_main_clause() -> None:
    text = (
        "Putin named Burkina Faso, Zimbabwe, Mali, Somalia and Eritrea as recipients of grain. "
        "On Friday, South African President Cyril Ramaphosa, one of the leaders of an African "
        "peace mission that visited Kyiv in June, urged Putin to end the war."
    )
    ex = extract_text(DATELINE + text)
    assert [(f.parties, f.date) for f in ex.facts if f.kind == "stance"] == [
        (("ZAF",), "2025-03-14")
    ]


def test_states_named_after_it_sets_up_are_no_subject_of_its_call() -> None:
    text = (
        "It sets up a ministerial contact group of Jordan, Saudi Arabia, Iraq, Lebanon and Egypt "
        "to pursue a settlement, and calls on Damascus to stop drug smuggling."
    )
    assert [s for s in stances(text) if s[0] in {"JOR", "SAU", "IRQ", "LBN", "EGY"}] == []


def test_sanctions_on_a_body_after_a_relative_clause_and_on_another() -> None:
    text = (
        "China's Taiwan Affairs Office announced sanctions on the Hudson Institute, which hosted "
        "Tsai in New York, and on the Reagan Library."
    )
    assert ("CHN", "sanctions", "topic:Reagan Library") in stances(text)


def test_a_quotation_set_out_after_said_and_a_colon_is_the_speakers() -> None:
    text = (
        "UK signs memorandum\n\nLONDON, March 9, 2018 — UK Defence Secretary Gavin Williamson "
        'said:\n\n"Today we took a major step. We are determined to deepen our defence '
        'relationship with Saudi Arabia."\n\nWe condemn the attacks on shipping.'
    )
    ex = extract_text(text)
    assert [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"] == [
        (("GBR",), "pledges-cooperation", "SAU")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "It comes as", "It was ... that": no text's "It" before the states
            "It comes as Norway and Finland strengthen border controls and urge Russia to stop "
            "sending migrants.",
            {("NOR", "urges", "RUS"), ("FIN", "urges", "RUS")},
        ),
        (
            "It was Norway and Sweden that hosted the talks and condemned Russia for the attack.",
            {("NOR", "condemns", "RUS"), ("SWE", "condemns", "RUS")},
        ),
        (  # a day after "and on" is no second sanctions target
            "China imposed sanctions on the Hudson Institute, which hosted Tsai in New York, and "
            "on Thursday warned Washington against further visits.",
            {("CHN", "sanctions", "Hudson Institute")},
        ),
        (  # "with the prime minister" after a place is no title of Kyiv's
            "On a visit to Kyiv with the prime minister, Poland's defence minister said allies "
            "backed Ukraine, and he urged Russia to withdraw its troops.",
            {("POL", "supports", "UKR"), ("POL", "urges", "RUS")},
        ),
        (  # "he" is the state's envoy, not the U.N. of his title
            "China's U.N. Ambassador Liu Jieyi said Beijing supported the resolution, but he "
            "called on Japan to resume the stalled talks.",
            {("CHN", "supports", "topic:the resolution"), ("CHN", "urges", "JPN")},
        ),
    ],
)
def test_review_guards_of_texts_that_set_up_days_after_and_on_and_titles_after_places(
    text: str, want: set
) -> None:
    assert set(stances(text)) == want


@pytest.mark.parametrize(
    ("second", "want"),
    [
        (  # a quote attributed in its own sentence ends the one set out after the colon
            '"Today we took a major step in our partnership," he added.\n\n"We will deepen our '
            "defence cooperation with France as well,\" said Saudi Arabia's ambassador Prince "
            "Khalid bin Bandar.",
            [(("SAU",), "pledges-cooperation", "FRA")],
        ),
        (  # a closed quote ends it: later "we" is someone else's
            '"Today we took a major step in our partnership", adding that talks would continue.'
            '\n\nThe Saudi delegation then travelled to Paris, where officials said "we condemn '
            'the Houthi attacks on shipping".',
            [],
        ),
    ],
)
def test_a_quotation_after_a_colon_ends_where_it_closes(second: str, want: list) -> None:
    text = (
        "UK signs memorandum\n\nLONDON, March 9, 2018 — UK Defence Secretary Gavin Williamson "
        "said:\n\n" + second
    )
    ex = extract_text(text)
    assert [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"] == want


def test_sanctions_on_a_second_body_before_a_reason() -> None:
    text = (
        "China imposed sanctions on the Hudson Institute, which hosted Tsai, and on the Reagan "
        "Library for hosting her."
    )
    assert ("CHN", "sanctions", "topic:Reagan Library") in stances(text)


def test_a_quotation_after_a_colon_keeps_its_speaker_when_he_added() -> None:
    text = (
        "UK signs memorandum\n\nLONDON, March 9, 2018 — UK Defence Secretary Gavin Williamson "
        'said:\n\n"We will deepen our defence cooperation with Saudi Arabia," he added.'
    )
    ex = extract_text(text)
    assert [(f.parties, f.type, f.target) for f in ex.facts if f.kind == "stance"] == [
        (("GBR",), "pledges-cooperation", "SAU")
    ]


def test_a_claim_others_make_in_a_relative_clause_is_no_stance() -> None:
    assert (
        stances("Iran, which diplomats say has backed the Houthis with missiles, denied it.") == []
    )


def test_cooperation_pledged_is_not_with_whom_a_relative_clause_names() -> None:
    text = (
        "Chile and Peru pledged to deepen their cooperation, including on a frigate, which they "
        "are building with Spain."
    )
    assert sorted(stances(text)) == [
        ("CHL", "pledges-cooperation", "PER"),
        ("PER", "pledges-cooperation", "CHL"),
    ]


def test_he_in_a_relative_clause_is_the_person_named_before() -> None:
    text = (
        "Chancellor Olaf Scholz spoke three days after Russia invaded Ukraine, in a speech in "
        "which he condemned the invasion."
    )
    assert stances(text) == [("DEU", "condemns", "RUS")]


def test_support_as_a_topic_of_talks_is_no_stance() -> None:
    assert stances("Macron, who held talks on trade and support for Ukraine, left Berlin.") == []


def test_welcoming_a_listing_just_told_backs_it() -> None:
    text = (
        "The UN committee added the group to its sanctions list on Monday. Kenya welcomed the "
        "listing."
    )
    assert stances(text) == [("KEN", "supports", "topic:the listing")]


def test_a_negation_of_the_first_predicate_does_not_govern_a_restated_support() -> None:
    text = "Blinken said the talks were not easy, and reaffirmed Washington's support for Taiwan."
    assert stances(text) == [("USA", "supports", "TWN")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held talks in Lima on Monday, drawing criticism from Bolivia.",
        "Peru and Chile agreed to build a joint naval base, a decision that drew protests from "
        "Bolivia.",
    ],
)
def test_the_reaction_an_act_of_two_drew_condemns_both(text: str) -> None:
    assert sorted(s for s in stances(text) if s[0] == "BOL") == [
        ("BOL", "condemns", "CHL"),
        ("BOL", "condemns", "PER"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazil's Workers' Party has come out against the purchase.", "topic:the purchase"),
        (
            "The United States said it would never recognize Russia's annexation of Crimea.",
            "topic:Russia's annexation of Crimea",
        ),
    ],
)
def test_coming_out_against_and_never_recognizing_oppose(text: str, want: str) -> None:
    assert [(t, target) for _a, t, target in stances(text)] == [("opposes", want)]


def test_whom_a_body_sides_with_in_an_aside_does_not_speak_for_it() -> None:
    text = (
        "Hungary's parliament, based in Budapest and allied with Moscow on the issue, urged "
        "Ukraine to negotiate."
    )
    assert stances(text) == [("National Assembly of Hungary", "urges", "UKR")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Comoros President Azali Assoumani, speaking as chairman of the African Union, urged "
            "Russia to restore the grain corridor.",
            [("African Union", "urges", "RUS")],
        ),
        (
            "Senegal's President Macky Sall, speaking as chairman of the African Union, called on "
            "Moscow on Thursday to agree to a ceasefire and urged Kyiv to negotiate.",
            [("African Union", "urges", "RUS"), ("African Union", "urges", "UKR")],
        ),
    ],
)
def test_a_leader_speaking_as_a_body_s_chairman_speaks_for_the_body(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the chair only speaks for the body as the sentence's own subject
            "Macky Sall, speaking as chairman of the African Union, said Ukraine had urged Russia "
            "to free the ports.",
            [("UKR", "urges", "RUS")],
        ),
        (
            "Zelensky met Macky Sall, speaking as chairman of the African Union, and urged him to "
            "condemn Russia.",
            [("UKR", "urges", "SEN")],
        ),
        (  # a rotating presidency is its holder's state
            "Japan's UN ambassador, speaking as president of the Security Council, condemned North "
            "Korea's missile launch.",
            [("JPN", "condemns", "PRK")],
        ),
        (  # "he" of a speech by someone is that someone
            "Indian Prime Minister Narendra Modi watched a video address by Ukrainian President "
            "Volodymyr Zelensky, in which he urged Russia to withdraw.",
            [("UKR", "urges", "RUS")],
        ),
        (  # talks "on Tuesday" name no topic
            "In talks on Tuesday, Scholz pledged weapons and support for Ukraine.",
            [("DEU", "supports", "UKR")],
        ),
        (  # a reporter is not who decided
            "The Pentagon confirmed that North Korean troops had been deployed to Russia, a move "
            "that drew condemnation from Seoul.",
            [],
        ),
        ("Sweden and Finland were invited to join NATO, drawing criticism from Russia.", []),
        (  # a hedge of the whole sentence still governs the restated support
            "Scholz reportedly called Zelensky on Monday, and reiterated Germany's support for "
            "Ukraine.",
            [],
        ),
        ("Washington never recognized the threat posed by Iran's drone program.", []),
        ("Ukraine welcomed the ruling.", []),
        (  # cooperation itself is what the relative clause tells more of
            "Australia pledged closer defence cooperation, which will include joint drills with "
            "Japan.",
            [("AUS", "pledges-cooperation", "JPN")],
        ),
    ],
)
def test_the_round_s_stance_rules_keep_to_their_own_cases(text: str, want: list) -> None:
    assert stances(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Australia pledged to deepen defence cooperation, which will include joint drills with "
            "Japan.",
            [("AUS", "pledges-cooperation", "JPN")],
        ),
        (  # a clause of another subject after the chair's own
            "Macky Sall, speaking as chairman of the African Union, arrived in Sochi on Friday, "
            "where Putin urged Ukraine to negotiate.",
            [("RUS", "urges", "UKR")],
        ),
        (  # "where he" after a meeting is the host's, as the sentence's subject
            "Biden received Netanyahu at the White House on Thursday, where he urged Israel to "
            "agree to a ceasefire.",
            [("USA", "urges", "ISR")],
        ),
        (  # a passive in a relative clause is not the doer's predicate
            "China sent warships near Kinmen, where Taiwanese troops are stationed, drawing "
            "protests from Taiwan.",
            [("TWN", "condemns", "CHN")],
        ),
        (  # the act in a subordinate clause is not the main subject's
            "Taiwan scrambled jets after China sent 30 warplanes toward the island, a move that "
            "drew condemnation from Washington.",
            [],
        ),
        (  # "ruling party" tells no ruling
            "Georgia's ruling party adopted the foreign agents law on Tuesday. Russia welcomed the "
            "ruling.",
            [],
        ),
    ],
)
def test_the_round_s_stance_fixes_hold(text: str, want: list) -> None:
    assert stances(text) == want


# -- who speaks, what is the target: members of a council, topics of talks, scope words ---------


def test_council_members_issuing_a_statement_speak_for_themselves() -> None:
    got = stances(
        "The Security Council discussed the missile launch on Monday. Ahead of that meeting, "
        "the United States, Japan, Britain and France issued a joint statement condemning North "
        "Korea."
    )
    assert sorted(got) == [
        ("FRA", "condemns", "PRK"),
        ("GBR", "condemns", "PRK"),
        ("JPN", "condemns", "PRK"),
        ("USA", "condemns", "PRK"),
    ]


def test_support_named_as_a_topic_of_talks_with_someone_is_no_stance() -> None:
    assert (
        stances(
            "Poroshenko flew to Washington from Ottawa, where he held talks with Canadian Prime "
            "Minister Stephen Harper on the crisis and on Canadian support for Ukraine's armed "
            "forces."
        )
        == []
    )


def test_the_state_after_against_in_a_supported_cause_is_not_supported() -> None:
    got = stances(
        "Seoul pledged to expand its support for the country's fight against Russia's invasion "
        "after Yoon met Zelensky in Kyiv."
    )
    assert ("KOR", "supports", "RUS") not in got


def test_what_a_speaker_described_as_names_the_target() -> None:
    assert stances(
        "Nebenzia condemned what he described as open U.S. interference in Venezuela."
    ) == [("RUS", "condemns", "USA")]


def test_every_year_is_no_part_of_the_target() -> None:
    assert stances("Japan, which has backed the draft every year, again voted in favor.") == [
        ("JPN", "supports", "topic:the draft")
    ]


def test_sanctions_on_the_named_head_of_a_state_s_force_target_the_person() -> None:
    got = stances(
        "The United States on Friday imposed sanctions on the head of Bolivia's navy, Adm. Jorge "
        "Reyes Vaca, accusing him of propping up President Evo Morales."
    )
    assert ("USA", "sanctions", "topic:Jorge Reyes Vaca") in got
    assert not any(t in ("BOL", "topic:Evo Morales") for _a, kind, t in got if kind == "sanctions")


def test_cooperation_including_with_a_third_state_is_the_pledgers_own() -> None:
    assert sorted(
        stances(
            "Chile and Peru pledged to strengthen security cooperation, including with the United "
            "States."
        )
    ) == [("CHL", "pledges-cooperation", "PER"), ("PER", "pledges-cooperation", "CHL")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("India protested against Pakistan.", [("IND", "condemns", "PAK")]),
        ("South Korea protested strongly against Japan.", [("KOR", "condemns", "JPN")]),
    ],
)
def test_a_verb_s_own_against_still_names_the_target(text: str, want: list) -> None:
    assert stances(text) == want


def test_members_speaking_at_the_un_are_not_the_un() -> None:
    got = stances(
        "At the United Nations, the Security Council met on Monday. In a joint statement, "
        "Britain, France and Germany condemned Russia's strikes."
    )
    assert sorted(got) == [
        ("DEU", "condemns", "RUS"),
        ("FRA", "condemns", "RUS"),
        ("GBR", "condemns", "RUS"),
    ]


def test_what_was_described_as_a_named_act_is_the_target() -> None:
    assert stances("Russia condemned what it described as Western interference in Georgia.") == [
        ("RUS", "condemns", "topic:Western interference in Georgia")
    ]


def test_a_council_s_own_statement_told_after_its_session_is_the_council_s() -> None:
    got = stances(
        "The UN Security Council met on Monday to discuss North Korea. The statement condemned "
        "North Korea's missile launch."
    )
    assert got == [("UN Security Council", "condemns", "PRK")]


def test_against_after_an_adverb_is_the_verb_s() -> None:
    assert stances("India protested once again against Pakistan on Monday.") == [
        ("IND", "condemns", "PAK")
    ]


def test_a_name_after_a_second_verb_is_not_the_first_verb_s_target() -> None:
    assert ("CHL", "condemns", "PER") not in stances(
        "Chile criticised the decision and thanked Peru for its help."
    )


def test_a_group_after_on_is_no_subject_of_the_next_verb() -> None:
    got = stances(
        "Armenia and Azerbaijan met in Brussels on Monday. The U.S. State Department said the "
        "ruling was binding on both parties and called on Russia and Georgia to respect it."
    )
    assert sorted(got) == [("USA", "urges", "GEO"), ("USA", "urges", "RUS")]


def test_a_quoted_sale_supporting_us_policy_is_no_stance() -> None:
    assert (
        stances(
            'The sale "will support the foreign policy and national security of the United '
            'States by helping to improve the security of a partner," DSCA said.'
        )
        == []
    )


def test_allied_leaders_are_the_alliance_named_last() -> None:
    got = stances(
        "Finland and Sweden took part in a NATO summit session on Tuesday. On Wednesday, allied "
        "leaders adopted a declaration condemning Russia's annexation of Crimea."
    )
    assert got == [("NATO", "condemns", "RUS")]


def test_allies_named_after_among_them_are_those_defended() -> None:
    got = stances(
        "Biden hosted the leaders of Norway, Denmark, Finland and Sweden at the White House. "
        "He told his guests that the U.S. commitment to defend its NATO allies, among them "
        "Norway and Denmark, was unwavering."
    )
    assert sorted(t for a, s, t in got if s == "commits-to-defend") == ["DNK", "NOR"]


def test_the_prime_minister_is_the_one_named_with_that_office() -> None:
    got = stances(
        "President Joe Biden and Danish Prime Minister Mette Frederiksen spoke by phone on "
        "Thursday. Biden had cancelled his trip after the prime minister dismissed the idea of "
        "a sale as absurd."
    )
    assert [a for a, s, _t in got if s == "opposes"] == ["DNK"]


def test_it_after_and_is_the_state_that_opened_the_sentence() -> None:
    got = stances(
        "Islamabad says fighters of the Tehrik-i-Taliban Pakistan, which has attacked Chinese "
        "workers, operate from Afghan soil, and it has urged Kabul to act against them."
    )
    assert got == [("PAK", "urges", "AFG")]


def test_sanctioned_officials_accused_of_graft_are_no_condemnation_of_their_state() -> None:
    got = stances(
        "Cambodia and China broke ground on the naval base in June. The United States on Monday "
        "imposed sanctions on two senior Cambodian defence officials, accusing them of "
        "corruption linked to the base."
    )
    assert [s for _a, s, _t in got] == ["sanctions"]


def test_attacks_claimed_by_a_group_target_the_group() -> None:
    assert stances("France condemned the attacks claimed by IS in Paris.") == [
        ("FRA", "condemns", "Islamic State")
    ]


def test_the_move_is_no_remark_a_speaker_made_about_others() -> None:
    got = stances(
        "Spokesman Geng Shuang said China had lodged stern representations with Washington. In "
        "Moscow, Deputy Foreign Minister Sergei Ryabkov criticized the move."
    )
    assert ("RUS", "condemns", "CHN") not in got


def test_the_announcement_of_a_plan_told_as_said_is_the_speaker_s() -> None:
    got = stances(
        "Putin said in an interview on Saturday that Moscow had agreed with Minsk to place "
        "nuclear weapons in Belarus. Germany's Foreign Office criticised the announcement."
    )
    assert ("DEU", "condemns", "RUS") in got


def test_a_government_named_by_its_seat_is_its_state() -> None:
    assert stances(
        "Ankara backs the internationally recognized government in Tripoli against the forces "
        "of eastern commander Khalifa Haftar."
    ) == [("TUR", "supports", "LBY")]


def test_both_sides_no_state_was_found_for_is_no_target() -> None:
    assert (
        stances(
            "The State Department called the deployment provocative and urged both sides to "
            "exercise restraint."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia said on Monday it was withdrawing from the CFE treaty. NATO condemned the "
            "move.",
            ("NATO", "condemns", "RUS"),
        ),
        (
            "Russia said it has suspended its participation in New START. Washington condemned "
            "the move.",
            ("USA", "condemns", "RUS"),
        ),
        (
            "Austin met South Korean Defence Minister Shin Won-sik in Seoul, and said the United "
            "States would defend its ally, including with nuclear weapons.",
            ("USA", "commits-to-defend", "KOR"),
        ),
        (
            "Iran's drone supplies to Russia alarmed the European Union, and it has sanctioned "
            "Tehran.",
            ("European Union", "sanctions", "IRN"),
        ),
        (
            "The United States imposed sanctions on Russia and Belarus, accusing them of waging "
            "an illegal war against Ukraine.",
            ("USA", "condemns", "BLR"),
        ),
        ("The United States supports the brave and embattled Ukraine.", ("USA", "supports", "UKR")),
        (
            "Japan condemned the launch and urged North Korea to return to talks.",
            ("JPN", "condemns", "PRK"),
        ),
        (
            "Biden said the United States would defend its allies, including NATO members Poland "
            "and Romania.",
            ("USA", "commits-to-defend", "ROU"),
        ),
    ],
)
def test_the_reviewed_stances_hold(text: str, want: tuple) -> None:
    assert want in stances(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Armenia and Azerbaijan resumed peace talks. At talks hosted by Kazakhstan, "
            "negotiators on both sides condemned the shelling of border villages.",
            "KAZ",
        ),
        (
            "French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Rome. "
            "The prime minister, Gabriel Attal, later condemned Russia's disinformation campaign.",
            "ITA",
        ),
        (
            "Zelensky met former British Prime Minister Boris Johnson in Kyiv and Polish Prime "
            "Minister Donald Tusk in Warsaw. The prime minister urged NATO to do more.",
            "GBR",
        ),
    ],
)
def test_the_reviewed_actors_are_not_taken(text: str, wrong: str) -> None:
    assert wrong not in {a for a, _s, _t in stances(text)}


def test_all_parties_urged_stay_the_target() -> None:
    assert stances("China urged all parties to the dispute to exercise restraint.") == [
        ("CHN", "urges", "topic:all parties")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "France condemned IS a day after the attack in Moscow.",
            ("FRA", "condemns", "Islamic State"),
        ),
        (
            "Pakistan's government says TTP fighters operate from Afghan soil, and it has "
            "repeatedly urged Kabul to act.",
            ("PAK", "urges", "AFG"),
        ),
    ],
)
def test_the_re_reviewed_stances_hold(text: str, want: tuple) -> None:
    assert want in stances(text)


# -- round 45 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "what they called": the leaders who criticized, not the state they condemned
            "Biden, Kishida and Yoon met at Camp David on Friday. In their statement the three "
            "leaders condemned Iran's missile tests and criticized what they called Russia's "
            "reckless behavior.",
            ("JPN", "condemns", "RUS"),
            ("IRN", "condemns", "RUS"),
        ),
        (  # a second speaker's own clause, told by title in lower case
            "Speaking after the vote, Brazil's ambassador criticized Russia's move, and Mexico's "
            "envoy Juan Ramirez denounced the veto.",
            ("BRA", "condemns", "RUS"),
            ("BRA", "condemns", "MEX"),
        ),
        (  # "the two sides" after "the Chinese side" and "the Russian side"
            "China and Russia held consultations in Beijing on Monday. The Chinese side was led "
            "by Vice Foreign Minister Ma Zhaoxu and the Russian side by Deputy Foreign Minister "
            "Sergei Ryabkov. The Russian side said it had no plans to deepen security "
            "cooperation with the United States and Japan. The two sides agreed to strengthen "
            "strategic communication and cooperation.",
            ("CHN", "pledges-cooperation", "RUS"),
            ("USA", "pledges-cooperation", "JPN"),
        ),
        (  # a sanctioned person named with a particle, then accused: not his state
            "The United States imposed sanctions on Qais al-Khazali, leader of Iraq's Asaib Ahl "
            "al-Haq, accusing him of attacks on protesters.",
            ("USA", "condemns", "topic:Qais al-Khazali"),
            ("USA", "condemns", "IRQ"),
        ),
        (  # a counted group of officials is sanctioned, not their state
            "Belarusian President Alexander Lukashenko won again. The EU sanctioned four "
            "Belarusian officials after Lukashenko was sworn in.",
            ("European Union", "sanctions", "topic:four Belarusian officials"),
            ("European Union", "sanctions", "BLR"),
        ),
        (  # supported talks between two states: the talks
            "China said it supported dialogue between Washington and Pyongyang.",
            ("CHN", "supports", "topic:dialogue between Washington and Pyongyang"),
            ("CHN", "supports", "USA"),
        ),
        (  # a state's possessive after "over" is whose decision it was
            "Beijing protested over Washington's decision to impose sanctions on two Chinese "
            "shipyards.",
            ("USA", "sanctions", "topic:two Chinese shipyards"),
            ("CHN", "sanctions", "topic:two Chinese shipyards"),
        ),
    ],
)
def test_the_round_45_stances(text: str, want: tuple, wrong: tuple) -> None:
    found = stances(text)
    assert want in found and wrong not in found


def test_the_text_a_party_rejected_is_named_without_its_words() -> None:
    text = (
        "The council adopted the resolution on Friday. Burundi rejected the resolution, which had "
        "been adopted without its consent. The representatives of France and Japan spoke in "
        "favour of the text."
    )
    assert ("FRA", "supports", "topic:resolution") in stances(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Washington announced an end to U.S. support for offensive operations in Sudan.",
            "supports",
        ),
        ("President Vladimir Putin signed the law denouncing the treaty in May.", "condemns"),
        ("It was Russia's seventh veto of a resolution on Syria since 2011.", "opposes"),
        (
            "Mali summoned Algeria's ambassador to protest a video in which he appeared to back "
            "the rebel attack.",
            "supports",
        ),
    ],
)
def test_ended_support_a_legal_denunciation_a_counted_veto_and_a_seeming_are_no_stances(
    text: str, kind: str
) -> None:
    assert kind not in {t for _a, t, _x in stances(text)}


def test_what_a_state_cited_is_no_second_target() -> None:
    text = (
        "NATO admitted Finland. Moscow accused the alliance of undermining the treaty through its "
        "expansion, citing Finland's accession in April and Sweden's application to join."
    )
    assert "SWE" not in {x for _a, _t, x in stances(text)}


# -- round 45 review: cases a reviewer found wrong in the first version of these rules ---------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a seeming governs its own verb only
            "The mood appeared to sour after Beijing condemned Manila's actions at Scarborough "
            "Shoal.",
            ("CHN", "condemns", "PHL"),
        ),
        (  # an end to hostilities ends no support told after "and"
            "The G7 called for an end to hostilities and backed Ukraine's sovereignty and "
            "territorial integrity.",
            ("G7", "supports", "UKR"),
        ),
        (  # a counted group of officials with more targets after it
            "Washington sanctioned two Iranian officials and Hezbollah.",
            ("USA", "sanctions", "Hezbollah"),
        ),
        (  # a veto cast in the sentence, counted
            "Russia on Friday cast its 18th veto of a resolution on Syria, blocking the renewal of "
            "cross-border aid.",
            ("RUS", "opposes", "topic:a resolution on Syria"),
        ),
        (  # a non-party's formal denunciation is a condemnation
            "Kyiv formally denounced the agreement between Russia and Belarus as a threat to its "
            "security.",
            ("UKR", "condemns", "RUS"),
        ),
        (  # talks between two named parties, named in full
            "Egypt supported negotiations between Israel and the Palestinians, the foreign "
            "ministry said.",
            ("EGY", "supports", "topic:negotiations between Israel and the Palestinians"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_45(text: str, want: tuple) -> None:
    assert want in stances(text)


def test_a_shift_in_a_states_policy_is_not_that_state_acting() -> None:
    text = (
        "A shift in Washington's policy toward Pyongyang was welcomed by Seoul, which pledged "
        "support for renewed diplomacy."
    )
    assert "USA" not in {a for a, _t, _x in stances(text)}


def test_talks_with_a_possessive_party_are_named_in_full() -> None:
    assert stances("Qatar supports negotiations between Hamas and Israel's government.") == [
        ("QAT", "supports", "topic:negotiations between Hamas and Israel's government")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a sentence that opens by speaking for a body: the body takes the stance
            "Speaking on behalf of the Nordic Defence Cooperation, the ministers of Norway and "
            "Denmark condemned Russia's seizure of the ships.",
            ("Nordic Defence Cooperation", "condemns", "RUS"),
        ),
        (  # a counted group of firms named right after it: each firm
            "Washington blacklisted two Turkish firms, Alpha Makina and Beta Lojistik, for "
            "shipping drone parts to Iran.",
            ("USA", "sanctions", "topic:Beta Lojistik"),
        ),
        (  # a counted group of people named right after it: the people
            "The EU sanctioned three Iranian officials, Ali Rezaei, Hossein Karimi and Reza "
            "Tavakoli, over the drone transfers.",
            ("European Union", "sanctions", "topic:Ali Rezaei, Hossein Karimi and Reza Tavakoli"),
        ),
        (  # what a state said, rejected: the words, not the state
            "Beijing dismissed the Japanese criticism as interference in its internal affairs.",
            ("CHN", "opposes", "topic:the Japanese criticism"),
        ),
        (  # "its" after a state's act names that state again (the support condemned is no
            # stance of Iran's, only Germany's charge)
            "Germany condemned Iran's seizure of the tanker and its support for the Houthis.",
            ("DEU", "condemns", "IRN"),
        ),
        (  # a defended state named by what it is
            "Bulgaria joined the alliance in 2004. NATO leaders said they would defend the "
            "small Balkan country against any attack.",
            ("NATO", "commits-to-defend", "BGR"),
        ),
        (  # a body's name as the modifier of a step: a topic
            "Moscow rejected NATO membership for Georgia.",
            ("RUS", "opposes", "topic:NATO membership for Georgia"),
        ),
        (  # the counted group that opens the clause, whatever its object names
            "Biden hosted the leaders of Japan and South Korea at Camp David. The three leaders "
            "said they were worried about China's coercion and condemned its actions in the "
            "South China Sea.",
            ("JPN", "condemns", "CHN"),
        ),
        (  # a welcomed step the article told before
            "Armenia and Azerbaijan agreed to a withdrawal of troops from the border. Georgia "
            "later welcomed the withdrawal.",
            ("GEO", "supports", "topic:withdrawal of troops from the border"),
        ),
        (  # the same, told as a bare step
            "India and China completed a disengagement on the plateau. Days later, Bhutan "
            "welcomed the disengagement.",
            ("BTN", "supports", "topic:disengagement"),
        ),
    ],
)
def test_the_stances_of_round_46(text: str, want: tuple) -> None:
    assert want in stances(text)


def test_a_counted_group_named_in_part_is_not_split() -> None:
    text = "Washington blacklisted three Turkish firms, Alpha Makina and Beta Lojistik."
    assert not any(t and t.startswith("topic:Alpha") for _a, _s, t in stances(text))


def test_an_embargo_enforced_or_broken_is_no_sanction() -> None:
    assert not stances("Egypt breached the UN arms embargo on Libya, the experts said.")
    assert not stances("The EU launched a naval mission to enforce the UN arms embargo on Libya.")
    assert ("UN Security Council", "sanctions", "SSD") in stances(
        "The UN Security Council imposed an arms embargo on South Sudan."
    )


def test_a_ministry_after_a_named_capital_is_that_capitals() -> None:
    text = (
        "Iran dismissed the coalition as vague, a spokeswoman said. In Moscow, the Foreign "
        "Ministry criticized the plan."
    )
    assert not any(a == "IRN" and s == "condemns" for a, s, _t in stances(text))


def test_a_decision_welcomed_needs_its_own_telling() -> None:
    text = (
        "The EU took a decision on Monday. Later, Syria's foreign ministry welcomed the decision."
    )
    assert not stances(text)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a bare "the country" is the speaker's own
            "Russia launched a new offensive near Kharkiv. Zelensky said Ukrainian forces would "
            "defend the country to the last.",
            None,
            ("UKR", "commits-to-defend", "RUS"),
        ),
        (  # a spokeswoman for her state's ministry speaks for the state
            "Mao Ning, speaking on behalf of China's Foreign Ministry, condemned the U.S. arms "
            "sale to Taiwan.",
            ("CHN", "condemns", "USA"),
            None,
        ),
        (  # a later clause with its own subject
            "Speaking on behalf of the European Union, Hungary's ambassador presented the "
            "report, and Russia condemned the findings.",
            ("RUS", "condemns", "topic:the findings"),
            ("European Union", "condemns", "topic:the findings"),
        ),
        (  # sanctions a state keeps in force are its own
            "EU leaders agreed to uphold sanctions on Russia for another six months.",
            ("European Union", "sanctions", "RUS"),
            None,
        ),
        (  # "its support" in a clause of its own is the speaker's
            "Canada denounced Russia's aggression and its support for Ukraine remains ironclad.",
            ("CAN", "supports", "UKR"),
            ("RUS", "supports", "UKR"),
        ),
        (  # "its attacks on" after a state named as no owner: the state of the sentence before
            "Russia struck Kyiv overnight. Speaking in Berlin alongside his French counterpart, "
            "Germany's foreign minister condemned its attacks on civilians.",
            ("DEU", "condemns", "RUS"),
            ("DEU", "condemns", "FRA"),
        ),
        (  # a preposition after the state opposed is no speech of it
            "China opposed Japan over remarks by its prime minister on Taiwan.",
            ("CHN", "opposes", "JPN"),
            None,
        ),
        (  # a body's criticism without "the": the words
            "Russia rejected NATO criticism.",
            ("RUS", "opposes", "topic:NATO criticism"),
            None,
        ),
        (  # a known firm in a counted list is that firm; the full stop is no part of a name
            "The Treasury designated two Russian companies, Rosoboronexport and Hong Kong-based "
            "Triliance.",
            ("USA", "sanctions", "topic:Triliance"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_46(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    assert want is None or want in got
    assert wrong is None or wrong not in got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # the doers named after "waged by", past a long description of the act
            "Kenya condemned the brutal campaign of violence and intimidation waged by "
            "Al-Shabaab and Boko Haram against civilians in the region.",
            ("KEN", "condemns", "Boko Haram"),
            None,
        ),
        (  # "the landing" a state forced: that state's act
            "Poland forced a Lufthansa cargo plane to land in Gdansk on Monday. Germany "
            "condemned the landing.",
            ("DEU", "condemns", "POL"),
            ("DEU", "condemns", "topic:the landing"),
        ),
        (  # "the rebels" named with their group a few sentences before
            "A Saudi-led coalition launched air strikes on Thursday against Huthi rebels who "
            "control the capital. Saudi Arabia, Jordan, Egypt and Sudan have committed "
            "warplanes. King Salman said the operation would go on. Yemen's president, who "
            "flew in from Riyadh, denounced the rebels as puppets of Iran.",
            ("YEM", "condemns", "Houthis"),
            ("YEM", "condemns", "topic:the rebels"),
        ),
        (  # a summit's final communique is the text of the body that met
            "An Arab League summit opened in Cairo on Saturday with strong support for the air "
            "campaign against Huthi rebels. Saudi Arabia, Jordan, Egypt and Sudan have committed "
            "warplanes. King Salman said the operation would go on. The final communique "
            "demanded that the Huthis withdraw from Sanaa.",
            ("Arab League", "urges", "Houthis"),
            ("SAU", "urges", "Houthis"),
        ),
        (  # a ministry's spokeswoman in a capital speaks for its state
            "In Hanoi, foreign ministry spokeswoman Tran Thi Mai condemned the seizure of the "
            "fishing boat.",
            ("VNM", "condemns", "topic:the seizure of the fishing boat"),
            None,
        ),
        (  # an armed group named as the doer after "by"
            "Saudi Arabia condemned the drone attacks by the Houthis on Riyadh.",
            ("SAU", "condemns", "Houthis"),
            None,
        ),
        (  # "demanded their cessation" after condemning their attacks: the attackers urged
            "The U.N. Security Council condemned the attacks by the Houthis on shipping and "
            "demanded their immediate cessation.",
            ("UN Security Council", "urges", "Houthis"),
            None,
        ),
        (  # an embargo ended is no sanction
            "The U.N. Security Council on Tuesday ended the arms embargo on Somalia's government.",
            None,
            ("UN Security Council", "sanctions", "SOM"),
        ),
        (  # "the two leaders": the two people of the sentences before, not a pair of places
            "Brazilian President Lula said on Monday that Brazil wanted peace between Russia "
            "and Ukraine. German Chancellor Olaf Scholz condemned the invasion. The two leaders "
            "pledged to relaunch the strategic partnership between their countries.",
            ("BRA", "pledges-cooperation", "DEU"),
            ("RUS", "pledges-cooperation", "UKR"),
        ),
        (  # some members of a body do not speak for it
            "Some members of Congress have accused the UAE of arming the paramilitary Rapid "
            "Support Forces in Sudan.",
            None,
            ("U.S. Congress", "condemns", "ARE"),
        ),
        (  # calls to act on a state: the calls are rejected, not the state
            "NATO rejected calls to bar Ukraine from ever joining the alliance.",
            ("NATO", "opposes", "topic:calls to bar Ukraine from ever joining the alliance"),
            ("NATO", "opposes", "UKR"),
        ),
        (  # where it was welcomed is no part of what was welcomed
            "Ethiopia and Somalia adopted a peace declaration on Wednesday. The African Union "
            "welcomed the declaration in a statement on Thursday.",
            ("African Union", "supports", "topic:declaration"),
            None,
        ),
    ],
)
def test_the_stances_of_round_47(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    assert want is None or want in got
    assert wrong is None or wrong not in got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # states that pulled out of a bloc, accusing it: the accusation stands
            "Mali, Burkina Faso and Niger pulled out of ECOWAS on Sunday, accusing the bloc of "
            "imposing illegal sanctions.",
            ("MLI", "condemns", "Economic Community of West African States"),
            None,
        ),
        (  # "the two leaders" after a pact of two states: those states, not people named since
            "Japan and Australia signed a reciprocal access agreement at a virtual summit on "
            "Thursday. The deal comes as Chinese President Xi Jinping deepens ties with Russian "
            "President Vladimir Putin. The two leaders voiced their support for Taiwan's "
            "participation in the WHO.",
            None,
            ("CHN", "supports", "topic:Taiwan's participation in the"),
        ),
        (  # a pledge to another state makes no new pair for "the two allies"
            "The United States and the Philippines held talks in Manila on Tuesday. Manila also "
            "pledged to strengthen its defence ties with Tokyo. The two allies condemned China's "
            "dangerous manoeuvres near Second Thomas Shoal.",
            ("USA", "condemns", "CHN"),
            ("JPN", "condemns", "CHN"),
        ),
        (  # "They" after people named in sentences before, with others in between: not them
            "President Joe Biden said on Monday he would call Israeli Prime Minister Benjamin "
            "Netanyahu. Aid groups said conditions in Gaza were dire. They urged Israel to open "
            "more crossings.",
            None,
            ("USA", "urges", "ISR"),
        ),
        (  # plans to admit a state back the state
            "Germany backed plans to admit Sweden to NATO.",
            ("DEU", "supports", "SWE"),
            None,
        ),
        (  # a final statement after a summit of states is theirs, not a body's met before
            "EU foreign ministers met in Brussels on Monday. Later in the week, the leaders of "
            "China and Russia held a summit in Moscow. The final joint statement condemned "
            "NATO's expansion.",
            ("CHN", "condemns", "NATO"),
            ("European Union", "condemns", "NATO"),
        ),
        (  # "May" after a day of the month is the month
            "British Prime Minister Theresa May met Nigerian President Muhammadu Buhari in "
            "London. The talks collapsed on 9 May and Iran condemned the U.S. withdrawal from "
            "the nuclear deal.",
            ("IRN", "condemns", "USA"),
            ("GBR", "condemns", "USA"),
        ),
        (  # the countries a meeting discussed are no group that acts
            "Marles, Kihara and Austin met in Singapore on Saturday. The talks focused on China, "
            "North Korea and Russia. The three countries condemned North Korea's missile "
            "launches.",
            None,
            ("CHN", "condemns", "PRK"),
        ),
        (  # "their withdrawal" after rebels were named: not the condemned state's
            "Congo condemned Rwanda's support for the M23 rebels and demanded their immediate "
            "withdrawal.",
            ("COD", "condemns", "RWA"),
            ("COD", "urges", "RWA"),
        ),
        (  # a country's officials who said what another did are no spokesperson of a capital
            "In Iraq, military officials said the U.S.-led coalition had condemned the rocket "
            "attack.",
            None,
            ("IRQ", "condemns", "topic:the rocket attack"),
        ),
        (  # "the two leaders" after two states' talks: those states, not who commented
            "The United States and the Philippines held talks on Monday. China's foreign "
            "ministry spokesman Lin Jian criticised the meeting, while Japanese Prime Minister "
            "Kishida welcomed it. The two leaders then agreed to step up joint patrols.",
            ("USA", "pledges-cooperation", "PHL"),
            ("CHN", "pledges-cooperation", "JPN"),
        ),
        (  # calls to admit a state back the state
            "Germany backed calls to admit Ukraine to NATO.",
            ("DEU", "supports", "UKR"),
            None,
        ),
        (  # "the rebels" after another armed group was named since the memory
            "Houthi rebels attacked a ship in the Red Sea. Sudan's army said it had repelled an "
            "attack by RSF fighters in Khartoum. The army condemned the rebels.",
            None,
            ("SDN", "condemns", "Houthis"),
        ),
        (  # a day after what was welcomed keeps it
            "Israel and Hamas agreed to a ceasefire on Wednesday. Egypt welcomed the ceasefire "
            "on Thursday.",
            ("EGY", "supports", "topic:the ceasefire"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_47(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    assert want is None or want in got
    assert wrong is None or wrong not in got


# -- round 48: purposes, defence commitments, quantified targets, counted others -------------


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a stance told as the purpose of turning to another party: the subject's, to it
            "Chile has made contact with Argentina through several channels to protest and "
            "demand the return of the fishing boat.",
            ("CHL", "condemns", "ARG"),
            ("ARG", "condemns", "topic:the return of the fishing boat"),
        ),
        (
            "Chile lodged a formal complaint with Argentina to protest the incursion.",
            ("CHL", "condemns", "topic:the incursion"),
            ("ARG", "condemns", "topic:the incursion"),
        ),
        (  # a state's forces defended: the state
            "Paris said France would continue to defend Malian forces if they came under attack.",
            ("FRA", "commits-to-defend", "MLI"),
            None,
        ),
        (  # the allies as one, unless they are named
            "The alliance said it was committed to defending every ally, a NATO spokesman said.",
            ("NATO", "commits-to-defend", "topic:NATO allies"),
            None,
        ),
        (
            "Washington said its commitment to defend its NATO allies, including Estonia and "
            "Latvia, was unshakeable.",
            ("USA", "commits-to-defend", "EST"),
            ("USA", "commits-to-defend", "topic:NATO allies"),
        ),
        (  # a quantified target keeps the clause that says which
            "Tokyo said it opposed any move that alters the status quo in the East China Sea.",
            ("JPN", "opposes", "topic:any move that alters the status quo in the East China Sea"),
            ("JPN", "opposes", "topic:any move"),
        ),
        (  # "N other officials": more of the one named, no target of their own
            "Poland on Monday imposed entry bans on Belarusian Defence Minister Viktar Khrenin "
            "and 40 other officials it holds responsible for the crackdown.",
            None,
            ("POL", "sanctions", "topic:40 other officials it holds responsible for the crackdown"),
        ),
        (  # widening cooperation is pledging it
            "The Jordanian foreign minister pledged to widen Amman's security cooperation with "
            "Egypt.",
            ("JOR", "pledges-cooperation", "EGY"),
            None,
        ),
        (  # a ministry's spokesman placed in a capital speaks for its state
            "A defence ministry spokesman in Ankara condemned the strike on the convoy.",
            ("TUR", "condemns", "topic:the strike on the convoy"),
            None,
        ),
    ],
)
def test_stances_of_round_48(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    assert want is None or want in got
    assert wrong is None or wrong not in got


def test_a_pronoun_speaker_after_a_quote_and_a_coordinated_appeal() -> None:
    text = (
        'Estonian Foreign Minister Margus Tsahkna dismissed the explanation. "This is no '
        'drill," he told reporters, and urged NATO to move more air defences to the region.'
    )
    assert ("EST", "urges", "NATO") in stances(text)


def test_our_partnership_in_a_quote_is_with_the_one_other_state_it_names() -> None:
    text = (
        '"Chile is a trusted partner in the Pacific, and we look forward to deepening our '
        'partnership," Peruvian Foreign Minister Javier Gonzalez-Olaechea said.'
    )
    assert ("PER", "pledges-cooperation", "CHL") in stances(text)


def test_a_long_resolution_keeps_its_clause_for_those_voting_for_it() -> None:
    text = (
        "The U.N. Security Council on Monday rejected a Chilean-drafted resolution that would "
        "have asked the secretary-general to set up a commission to investigate the sinking of "
        "the ferry off the Peruvian coast. Only Chile, Ecuador and Brazil voted in favour."
    )
    got = [t for a, k, t in stances(text) if a == "ECU" and k == "supports"]
    assert got and all("the ferry off the Peruvian coast" in (t or "") for t in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the second that-clause names who is to act
            "In its letter, Rome demanded that all partners respect the embargo, and that the EU "
            "set up a mechanism to stop such incidents.",
            ("ITA", "urges", "European Union"),
        ),
        (  # a resolution vetoed in the sentence that tells it
            "Chile and Peru drafted a resolution last week demanding a ceasefire in the region, "
            "but China vetoed it.",
            ("CHN", "opposes", "topic:resolution"),
        ),
        (  # closer ties between two others: the ties, not each state
            "Washington supported closer ties between Serbia and Kosovo, a spokesman said.",
            ("USA", "supports", "topic:closer ties between Serbia and Kosovo"),
        ),
    ],
)
def test_targets_of_round_48(text: str, want: tuple) -> None:
    assert want in stances(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Japan described the talks as difficult and said a breakthrough was not expected.",
            lambda a, k, t: k == "supports",
        ),
        (
            "Ukraine called the decision to pause arms deliveries good news for Putin.",
            lambda a, k, t: k == "supports",
        ),
        ("Japan called the launch of its first spy satellite a milestone.", lambda a, k, t: True),
        (
            "Ukraine will continue to defend itself against Russia, Zelenskiy said.",
            lambda a, k, t: k == "commits-to-defend",
        ),
        (
            "Israel will continue to defend Israeli citizens against Hezbollah, the army said.",
            lambda a, k, t: k == "commits-to-defend",
        ),
        (
            '"We look forward to strengthening our relationship," the Philippine president said, '
            "accusing China of bullying.",
            lambda a, k, t: k == "pledges-cooperation",
        ),
        (
            "Poland contacted NATO to protest and request consultations under Article 4.",
            lambda a, k, t: (a, k, t) == ("POL", "condemns", "NATO"),
        ),
        (
            "India sent a note to Pakistan to protest and Pakistan rejected the protest.",
            lambda a, k, t: a == "IND" and k == "opposes",
        ),
        (
            "Ukraine and Russia vowed to intensify fighting around Bakhmut.",
            lambda a, k, t: k == "pledges-cooperation",
        ),
        (
            "Trump cast doubt on the U.S. commitment to defend its NATO allies.",
            lambda a, k, t: k == "commits-to-defend",
        ),
        (
            "Kyiv made a plea to the European Union to impose sanctions on Iran.",
            lambda a, k, t: a == "UKR" and k == "sanctions",
        ),
        (
            "China opposed any move that would harm its interests during talks with the U.S. "
            "envoy in Beijing on Monday.",
            lambda a, k, t: "during" in (t or ""),
        ),
    ],
)
def test_the_reviewed_stances_of_round_48(text: str, wrong: Callable) -> None:
    got = stances(text)
    assert not any(wrong(a, k, t) for a, k, t in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile called the ceasefire an important step for peace in the region.",
            ("CHL", "supports", "topic:the ceasefire"),
        ),
        (
            "Chile called the release of a detained journalist a positive step.",
            ("CHL", "supports", "topic:the release of a detained journalist"),
        ),
        (
            "South Korea and the United States agreed to intensify combined drills.",
            ("KOR", "pledges-cooperation", "USA"),
        ),
        (
            '"We look forward to deepening our partnership," Indian Defence Minister Rajnath Singh '
            "said after meeting his Maldivian counterpart.",
            ("IND", "pledges-cooperation", "MDV"),
        ),
        (
            "Japan opposes any move that results in a change of the status quo.",
            ("JPN", "opposes", "topic:any move that results in a change of the status quo"),
        ),
    ],
)
def test_the_re_reviewed_stances_of_round_48(text: str, want: tuple) -> None:
    assert want in stances(text)


# -- round 49: what "they called", owners listed, attackers after a time, dated groups -------


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "what they called" after a first verb: the subject of that verb, not its object
            "Japan and Australia issued a statement. In it, they condemned Iran's repeated "
            'missile tests and criticized what they called Russia\'s "reckless conduct" in the '
            "region.",
            ("JPN", "condemns", "RUS"),
            ("IRN", "condemns", "RUS"),
        ),
        (  # nationality adjectives listed before one act: each state's
            "Tehran condemned the Israeli, American and British strikes on its soil.",
            ("IRN", "condemns", "GBR"),
            None,
        ),
        (
            "Moscow condemned the U.S. and French raids on the port.",
            ("RUS", "condemns", "FRA"),
            None,
        ),
        (  # the doers named by "by" after a time phrase and a state's possessive
            "Jordan condemned the drone attacks carried out last month by Yemen's Houthi rebels "
            "against Saudi oil fields.",
            ("JOR", "condemns", "Houthis"),
            None,
        ),
        (  # a target whose list of owners has a comma stays whole
            "Norway condemned the attacks by militias against Iraqi, Kurdish and Coalition "
            "soldiers.",
            None,
            ("NOR", "condemns", "topic:the attacks by militias against Iraqi"),
        ),
        (  # "from both parties" names political parties, no pair of states
            "Poland and Lithuania held talks on Monday. Senators from both parties urged the "
            "government to arm Kyiv.",
            None,
            ("POL", "urges", "UKR"),
        ),
    ],
)
def test_stances_of_round_49(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    assert want is None or want in got, got
    assert wrong is None or wrong not in got, got


def test_a_group_named_with_a_document_signed_long_ago_takes_no_date_from_it() -> None:
    ex = extract_text(
        "BAGHDAD, September 27, 2024 — The United States and Iraq reaffirm the Strategic "
        "Framework Agreement signed on November 17, 2008. The two Governments condemn the "
        "attacks on their personnel."
    )
    got = [(f.parties, f.date) for f in ex.facts if f.kind == "stance"]
    assert got and all(date != "2008-11-17" for _p, date in got), got


def test_the_president_is_the_holder_named_again_since_another_president() -> None:
    got = stances(
        "Belarusian President Aleksandr Lukashenko spoke on Monday. According to the head of "
        "state, the decision was taken at his meeting with Russian President Vladimir Putin. "
        '"We agreed to act," Aleksandr Lukashenko said. The President accused Lithuania of '
        "training saboteurs."
    )
    assert ("BLR", "condemns", "LTU") in got, got
    assert ("RUS", "condemns", "LTU") not in got, got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the verb of an opening subordinate clause is no first verb of the speaker's
            "After Russia launched a drone attack, Poland condemned the strikes and criticized "
            "what it called Belarus's hostile conduct.",
            ("RUS", "condemns", "BLR"),
        ),
        (  # a state's armed group that only uses what was struck did not strike
            "Britain condemned the Israeli strike on a convoy used by Lebanon's Hezbollah.",
            ("GBR", "condemns", "Hezbollah"),
        ),
        (  # an attribution after a comma is no list of owners
            "Both governments condemned the missile launch, Seoul and Tokyo said on Wednesday.",
            ("KOR", "condemns", "topic:the missile launch, Seoul and Tokyo said"),
        ),
        (  # a president named as an object is not "the President" of the next sentence
            "President Volodymyr Zelensky met U.S. envoys on Monday.\n\nPresident Vladimir Putin "
            "said Russia would press on.\n\nMoscow dismissed a proposal made by Zelensky on "
            "Sunday.\n\nThe President also condemned NATO's expansion.",
            ("UKR", "condemns", "NATO"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_49(text: str, wrong: tuple) -> None:
    assert wrong not in stances(text)


def test_negotiators_from_both_parties_are_the_two_sides() -> None:
    got = stances(
        "Armenia and Azerbaijan held talks on Monday. Representatives from both parties "
        "condemned the attack on the border post."
    )
    assert {a for a, k, _t in got if k == "condemns"} == {"ARM", "AZE"}, got


def test_a_group_keeps_the_day_of_a_pact_it_signed_that_week() -> None:
    ex = extract_text(
        "MANILA, March 14, 2025 — Japan and the Philippines unveiled a defence pact signed on "
        "Monday in Manila. The two countries also condemned China's actions."
    )
    got = [(f.parties, f.date) for f in ex.facts if f.kind == "stance"]
    assert got and all(date == "2025-03-10" for _p, date in got), got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # an aside between the subject and its verb
            "France, joined by Britain and Germany, condemned Russia's attacks and criticized what "
            "they called China's dangerous support for Moscow.",
            ("FRA", "condemns", "CHN"),
            ("RUS", "condemns", "CHN"),
        ),
        (  # an attribution whose noun is not in a closed list
            "Germany condemned the strike on Odesa, Ukrainian and Polish authorities said.",
            ("DEU", "condemns", "topic:the strike on Odesa"),
            None,
        ),
        (  # an act told by its noun before "by" and the group
            "The United States condemned the kidnapping of aid workers by Nigeria's Boko Haram.",
            ("USA", "condemns", "Boko Haram"),
            None,
        ),
        (  # "said Lukashenko": the speaker is named again
            "Belarusian President Aleksandr Lukashenko spoke on Monday. He met Russian President "
            'Vladimir Putin on Friday.\n\n"The missiles will stay," said Lukashenko. The President '
            "condemned NATO's expansion.",
            ("BLR", "condemns", "NATO"),
            ("RUS", "condemns", "NATO"),
        ),
    ],
)
def test_the_re_reviewed_stances_of_round_49(text: str, want: tuple, wrong: tuple | None) -> None:
    got = stances(text)
    assert want in got, got
    assert wrong is None or wrong not in got, got


# -- round 50: denials, ended aid, named firms, cooperation among themselves, relative groups --


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # rejecting reports in the press denies them; no stance
            "A spokesman for the Chinese embassy in Manila rejected reports in the Philippine "
            "press that the drills would be held near Palawan.",
            None,
            ("CHN", "opposes", "topic:reports in the Philippine press"),
        ),
        (  # but a claim to land rejected is opposed
            "China claims almost the entire South China Sea. The Philippines and Vietnam reject "
            "the claims.",
            ("PHL", "opposes", "topic:the claims"),
            None,
        ),
        (  # aid suspended, with its amount, is no support
            "Washington on Friday suspended $4.7 million in military assistance to Niger.",
            None,
            ("USA", "supports", "NER"),
        ),
        (  # the counted firms named right after their count
            "The Treasury imposed sanctions on two state-owned conglomerates, Alpha Holdings Ltd "
            "and Beta Trading Corp, over the purchases.",
            ("USA", "sanctions", "Alpha Holdings"),
            ("USA", "sanctions", "topic:two state-owned conglomerates"),
        ),
        (  # cooperation between their countries, widened by an aside: theirs only
            "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese "
            "met in Jakarta on Friday. They pledged to deepen defence cooperation between their "
            "countries, including through joint patrols with Japan.",
            ("IDN", "pledges-cooperation", "AUS"),
            ("IDN", "pledges-cooperation", "JPN"),
        ),
        (  # "the two men" after a report's verb, not the pair of a topic named before "and"
            "U.S. President Donald Trump hosted Egyptian President Abdel Fattah al-Sisi at the "
            "White House on Monday. Egypt's presidency said the two men discussed Gaza and the "
            "war between Russia and Ukraine, and agreed to deepen cooperation.",
            ("EGY", "pledges-cooperation", "USA"),
            ("RUS", "pledges-cooperation", "UKR"),
        ),
        (  # criticism from a state is that state's, not aimed at it
            "A Chinese defence ministry spokesman said the patrols were lawful, dismissing "
            "criticism from Canberra.",
            None,
            ("CHN", "condemns", "AUS"),
        ),
        (  # a refusal before a comma does not undo the accusation the participle tells
            "Hungary has so far refused to back Finland's membership, accusing Helsinki of "
            "spreading lies about its democracy.",
            ("HUN", "condemns", "FIN"),
            None,
        ),
        (  # a relative clause whose subject is the group named before
            "The defence chiefs of the Estonian, Latvian and Lithuanian armies met on Monday. "
            "They said Russia's attack on Ukraine, which all three governments have condemned, "
            "changed everything.",
            ("LVA", "condemns", "RUS"),
            None,
        ),
    ],
)
def test_stances_of_round_50(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


def test_a_council_named_only_by_its_resolution_is_no_later_council() -> None:
    """ "in accordance with UN Security Council resolution 2292" makes no later "The Council"
    the Security Council."""
    text = (
        "The Council of the European Union adopted a decision launching the operation. It will "
        "inspect vessels in accordance with UN Security Council resolution 2292. The Council "
        "deplores the continued violations of the arms embargo."
    )
    got = stances(text)
    assert (
        "UN Security Council",
        "condemns",
        "topic:the continued violations of the arms embargo",
    ) not in got, got
    assert any(
        actor in ("European Union", "Council of the European Union") and kind == "condemns"
        for actor, kind, _target in got
    ), got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a territorial claim rejected is opposed
            "Beijing claims Taiwan as part of its territory. Taipei strongly rejects the claim.",
            ("TWN", "opposes", "topic:the claim"),
            None,
        ),
        (  # the states of the phrase a relative clause is about are not its group
            "The presidents of Kenya and Rwanda met in Nairobi. They discussed the fighting in "
            "Sudan and South Sudan, which both leaders have condemned.",
            None,
            ("SDN", "condemns", "topic:the fighting in Sudan and South Sudan"),
        ),
        (  # a subsidiary named with more than a legal form stays itself
            "Washington imposed sanctions on two entities, IRGC Cooperative Foundation and Bonyad "
            "Taavon Sepah.",
            None,
            ("USA", "sanctions", "Islamic Revolutionary Guard Corps"),
        ),
        (  # aid frozen with a modifier before its amount
            "Washington froze nearly $300 million in military aid to Egypt.",
            None,
            ("USA", "supports", "EGY"),
        ),
        (  # joining criticism from others is criticising
            "Japan joined criticism from Western governments of China's military drills around "
            "Taiwan.",
            ("JPN", "condemns", "CHN"),
            None,
        ),
        (  # a blockade by others is not the blockaded state's act
            "Erdogan discussed Qatar's blockade by Saudi Arabia and the UAE, which Turkey "
            "condemned.",
            None,
            ("TUR", "condemns", "QAT"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_50(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # "defend it" after a territory names no state
            "China claims the Second Thomas Shoal, but the Philippines has vowed to defend it.",
            ("PHL", "commits-to-defend", "CHN"),
        ),
        (  # euros after the amount
            "Germany withheld 500 million euros in military aid to Ukraine, the newspaper "
            "reported.",
            ("DEU", "supports", "UKR"),
        ),
    ],
)
def test_the_re_reviewed_stances_of_round_50(text: str, wrong: tuple) -> None:
    assert wrong not in stances(text)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "They" after a sentence whose subject was "The sides": the sides, not those named
            # in its object
            "Trump and Kazakh President Nazarbayev met at the White House on Tuesday. The sides "
            "agreed to expand the use of Kazakhstan's ports for the transit of cargo supporting "
            "U.S. and NATO forces in Afghanistan. They also called on North Korea to abandon its "
            "nuclear programme.",
            ("KAZ", "urges", "PRK"),
            ("NATO", "urges", "PRK"),
        ),
        (  # ... and after "The Ministers condemned the cooperation between A and B"
            "The defence ministers of Japan, South Korea and the United States met in Tokyo on "
            "Sunday. The Ministers strongly condemned the military cooperation between North "
            "Korea and Russia. They urged North Korea to return to dialogue.",
            ("JPN", "urges", "PRK"),
            ("RUS", "urges", "PRK"),
        ),
        (  # the backing concessions won is that of the states after "of"
            "The resolution was adopted after Washington dropped its demand for a freeze on the "
            "assets of leader Kim Jong Un, concessions that won the backing of China and Russia.",
            None,
            ("PRK", "supports", "CHN"),
        ),
    ],
)
def test_stances_of_round_51(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


def test_support_someone_only_appeared_to_express_is_no_stance() -> None:
    text = (
        "Senegal summoned Ukraine's ambassador last week over a video in which he appeared to "
        "express support for the rebel attack."
    )
    got = stances(text)
    assert ("SEN", "condemns", "UKR") in got, got
    assert not [s for s in got if s[1] == "supports"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a seeming in one clause leaves the condemnation the next one tells
            "Biden appeared to offer support for Israel as he condemned Hamas on Monday.",
            ("USA", "condemns", "Hamas"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_51(text: str, want: tuple) -> None:
    assert want in stances(text)


def test_military_aid_held_up_is_no_support() -> None:
    assert not [
        s
        for s in stances("The administration held up military aid to Ukraine for weeks.")
        if s[1] == "supports"
    ]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # backing another's sanctions: the owner imposed them, the backer did not
            "Norway said it backed the European Union's sanctions on Belarus.",
            ("European Union", "sanctions", "BLR"),
            ("NOR", "sanctions", "BLR"),
        ),
        (  # a state's office before a name listed for an international body: that state
            "Prime Minister Kaja Kallas called on Germany to send more tanks to Kyiv.",
            ("EST", "urges", "DEU"),
            ("European Union", "urges", "DEU"),
        ),
        (  # "He" after a sentence "Also on Tuesday, X spoke with A and B" is X
            "Also on Tuesday, U.S. Secretary of State Marco Rubio spoke by phone with Israeli "
            "Prime Minister Benjamin Netanyahu and, separately, with Qatari Prime Minister "
            "Mohammed bin Abdulrahman Al Thani. He urged Israel to allow more aid into Gaza.",
            ("USA", "urges", "ISR"),
            ("QAT", "urges", "ISR"),
        ),
        (  # a treaty one state says covers another's forces: that state's pledge alone
            "The Pentagon reaffirmed that the 1951 U.S.-Philippines Mutual Defense Treaty applies "
            "to attacks on Philippine coast guard vessels.",
            ("USA", "commits-to-defend", "PHL"),
            ("PHL", "commits-to-defend", "USA"),
        ),
        (  # who leads a party, told in an aside, is not its subject
            "The opposition Democratic Party (DP), led by Lee Jae-myung, has opposed the "
            "intelligence pact with Japan.",
            None,
            ("KOR", "opposes", "topic:the intelligence pact with Japan"),
        ),
        (  # the parties of a pact welcoming it take no stance on their own deal
            "Australia and Japan signed a reciprocal access pact on Monday. In separate "
            "statements on Tuesday, Prime Minister Anthony Albanese and his outgoing Japanese "
            "counterpart Fumio Kishida welcomed the pact.",
            None,
            ("JPN", "supports", "topic:AUS–JPN pact"),
        ),
        (  # welcoming "the framework" the article told of backs it
            "Singapore and the United States signed a framework for defence technology "
            "cooperation on Friday. Malaysia welcomed the framework.",
            ("MYS", "supports", "topic:SGP–USA framework"),
            None,
        ),
    ],
)
def test_stances_of_round_52(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


def test_the_body_that_brokered_an_agreement_still_backs_it() -> None:
    text = (
        "Yemen's two warring sides signed a ceasefire agreement on Friday at United Nations-led "
        "talks in Geneva. U.N. Secretary-General Antonio Guterres welcomed the agreement."
    )
    assert [a for a, t, _x in stances(text) if t == "supports"] == ["United Nations"]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # the sayer is the subject of the last verb of saying before the treaty
            "Beijing called the patrols illegal, but Washington said the U.S.-Philippines Mutual "
            "Defense Treaty covers attacks on Philippine ships.",
            ("USA", "commits-to-defend", "PHL"),
            ("PHL", "commits-to-defend", "USA"),
        ),
        (  # a second verb of saying after "and" shares the first one's subject
            "Washington said Beijing's warnings were unfounded and stressed that the Mutual "
            "Defense Treaty covers Philippine vessels.",
            ("USA", "commits-to-defend", "PHL"),
            ("CHN", "commits-to-defend", "PHL"),
        ),
        (  # the protected party saying so leaves the treaty's pledges as they were
            "Marcos said the U.S.-Philippines Mutual Defense Treaty covers Philippine vessels.",
            ("USA", "commits-to-defend", "PHL"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_52(text: str, want: tuple, wrong: tuple | None) -> None:
    got = stances(text)
    assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a speaker's bare remarks: the speaker's state
            "Cuba's foreign minister denounced Rubio's remarks as lies.",
            ("CUB", "condemns", "USA"),
            None,
        ),
        (
            "Beijing rejected Blinken's comments.",
            ("CHN", "opposes", "USA"),
            None,
        ),
        (  # remarks about something: what was said stays the target
            "Japan voiced concern over Shoigu's remarks about arms deliveries to Pyongyang.",
            None,
            ("JPN", "condemns", "RUS"),
        ),
        (  # a time after the verb is no target
            "Seoul protested last March when Japanese officials visited the islets.",
            None,
            ("KOR", "condemns", "topic:last March"),
        ),
        (  # cutting assistance is no support
            "Washington cut some military assistance to Niger in 2023, citing the coup.",
            None,
            ("USA", "supports", "NER"),
        ),
        (  # "the kingdom's self-defence": the kingdom named before
            "Drones hit Jordan on Friday. Britain backed the kingdom's right to self-defence.",
            ("GBR", "supports", "JOR"),
            None,
        ),
        (  # who spoke with someone and then offered support is the one who spoke
            "Chancellor Friedrich Merz spoke by telephone with Polish President Karol Nawrocki "
            "on Monday and offered support for Lithuania.",
            ("DEU", "supports", "LTU"),
            ("POL", "supports", "LTU"),
        ),
        (  # ruling out sending arms opposes sending them
            "Mexico's president ruled out sending weapons to Israel.",
            ("MEX", "opposes", "topic:sending weapons to Israel"),
            None,
        ),
        (  # "has not ruled out" is no opposition
            "Austria has not ruled out sending helmets to Ukraine.",
            None,
            ("AUT", "opposes", "topic:sending helmets to Ukraine"),
        ),
        (  # a bare "the ministry" is the ministry named just before
            "Egypt's Foreign Ministry rejected the report on Monday. On Tuesday, the ministry "
            "urged Ethiopia to halt the filling of the dam.",
            ("EGY", "urges", "ETH"),
            None,
        ),
        (  # a negation in the clause before ", urging" is not the urging's
            "Hungary's Foreign Ministry called the move unwise and said it was not in line with "
            "European values, urging Washington to reverse it.",
            ("HUN", "urges", "USA"),
            None,
        ),
        (  # a vote for a text, with the body it was cast at in between
            "Chile voted at the U.N. General Assembly for a Mexican draft resolution on Gaza. "
            "Peru voted for the first time.",
            ("CHL", "supports", "topic:a Mexican draft resolution on Gaza"),
            ("PER", "supports", "topic:the first time"),
        ),
        (  # concern conveyed about an act to two capitals: each of them
            'Seoul conveyed "serious concerns" about the joint flight to both Beijing and Moscow.',
            ("KOR", "condemns", "RUS"),
            ("KOR", "condemns", "topic:the joint flight to both Beijing and Moscow"),
        ),
        (  # agreeing to continue defence cooperation is a pledge of it
            "Spain and Morocco have agreed to continue their defence cooperation in new forms.",
            ("ESP", "pledges-cooperation", "MAR"),
            None,
        ),
    ],
)
def test_stances_of_round_53(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # concern over a transfer to a state does not target the receiver
            "Japan expressed deep concern over Russia's transfer of weapons to North Korea.",
            None,
            ("JPN", "condemns", "PRK"),
        ),
        (
            "Britain conveyed deep concern over the sale of jets to Iran by Russia.",
            None,
            ("GBR", "condemns", "IRN"),
        ),
        (  # the two presidents of a union, named as people, stay the union's
            "European Council President Antonio Costa and Commission President Ursula von der "
            "Leyen met Chinese Premier Li Qiang in Beijing. The two presidents urged China to "
            "curb exports to Russia.",
            ("European Union", "urges", "CHN"),
            ("RUS", "urges", "CHN"),
        ),
        (  # ruling out a delivery of named arms opposes the delivery
            "Germany ruled out sending Taurus missiles to Ukraine.",
            ("DEU", "opposes", "topic:sending Taurus missiles to Ukraine"),
            None,
        ),
        (  # ruling out sending one's own troops is a choice about one's forces, no stance
            "Petro ruled out sending Colombian troops to Eastern Europe.",
            None,
            ("COL", "opposes", "topic:sending Colombian troops to Eastern Europe"),
        ),
        (  # a vote for a text drafted by states supports the text, not the drafters
            "Chile and Peru voted for the resolution drafted by Chile and Peru on the ceasefire.",
            None,
            ("CHL", "supports", "PER"),
        ),
        (  # ruling out details is no stance on arms
            "The Pentagon ruled out providing further details about the strike.",
            None,
            ("USA", "opposes", "topic:further details about the strike"),
        ),
        (  # a capitalised "The Ministry" of a release names the ministry told before
            "Egypt's Foreign Ministry issued a statement on Monday. The Ministry urged Ethiopia "
            "to stop the filling of the dam.",
            ("EGY", "urges", "ETH"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_53(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # whom the subject met in an aside does not speak
            "Blinken, after meeting Icelandic Foreign Minister Gudlaugur Thor Thordarson in "
            "Reykjavik on Tuesday, criticized Russia.",
            ("USA", "condemns", "RUS"),
            ("ISL", "condemns", "RUS"),
        ),
        (  # a body that recognised a government is no target of the support for it
            "Egypt backs the U.N.-recognised Government of National Accord in Tripoli.",
            ("EGY", "supports", "LBY"),
            ("EGY", "supports", "United Nations"),
        ),
        (  # a state's rival factions are not the state
            "The Arab League urged Libya's rival factions to agree on a unity government.",
            ("Arab League", "urges", "topic:Libya's rival factions"),
            ("Arab League", "urges", "LBY"),
        ),
        (  # "said it regretted X's move but would": the sayer goes on
            "Vietnam's foreign ministry said it regretted Beijing's decision but would continue "
            "to deepen its ties with Manila.",
            ("VNM", "pledges-cooperation", "PHL"),
            ("CHN", "pledges-cooperation", "PHL"),
        ),
        (  # an occasion used to accuse: its user accuses
            "China used a Security Council meeting it had called to accuse Japan of militarism.",
            ("CHN", "condemns", "JPN"),
            ("UN Security Council", "condemns", "JPN"),
        ),
        (  # a promise in a participle after the signing: the signer promises, to both named
            "Australia signed security declarations with Fiji and Tonga on Monday, promising to "
            "come to the aid of both island nations if they were attacked.",
            ("AUS", "commits-to-defend", "TON"),
            ("TON", "commits-to-defend", "FJI"),
        ),
        (  # "condemned them" after acts told in the sentence: the acts
            "Finland and Sweden said the cables were cut. EU ministers said the damage was the "
            "result of deliberate acts of sabotage and condemned them.",
            ("European Union", "condemns", "topic:acts of sabotage"),
            ("European Union", "condemns", "SWE"),
        ),
        (  # a plan for a state is the target, not the state
            "Spain and Portugal backed the peace plan for Yemen presented by the UN envoy.",
            ("ESP", "supports", "topic:the peace plan for Yemen"),
            ("ESP", "supports", "YEM"),
        ),
        (  # "both applications": the two states' applications told before
            "Austin backed the applications of Sweden and Finland on Saturday. Turkey has "
            "objected to both applications.",
            ("TUR", "opposes", "topic:Sweden's and Finland's applications"),
            ("TUR", "opposes", "SWE"),
        ),
        (  # the status a designation gives is no target, nor the group in an aside
            "The United States designated Abu Yusuf, the Syria-based leader of the militant "
            "group Hayat Tahrir al-Sham, as a Specially Designated Global Terrorist.",
            ("USA", "sanctions", "topic:Abu Yusuf"),
            ("USA", "sanctions", "topic:Global Terrorist"),
        ),
        (  # (the group named in the aside is not designated)
            "The United States designated Abu Yusuf, the Syria-based leader of the militant "
            "group Hayat Tahrir al-Sham, as a Specially Designated Global Terrorist.",
            None,
            ("USA", "sanctions", "Hayat Tahrir al-Sham"),
        ),
        (  # counted firms named after a relative clause and a colon: each firm
            "The Treasury sanctioned two companies that shipped fuel to the junta: Alpha "
            "Trading LLC and Beta Logistics.",
            ("USA", "sanctions", "topic:Beta Logistics"),
            ("USA", "sanctions", "topic:two companies"),
        ),
        (  # support others give, driven by the subject, is not the subject's
            "Russia's invasion of Ukraine in February has driven support for membership in both "
            "countries to record levels.",
            None,
            ("RUS", "supports", "topic:membership in both countries to record levels"),
        ),
        (  # rejecting a suggestion as untrue is a denial, no stance
            "Sweden rejected any suggestion that the aircraft deal was the price for Hungary's "
            "ratification.",
            None,
            (
                "SWE",
                "opposes",
                "topic:any suggestion that the aircraft deal was the price for Hungary's "
                "ratification",
            ),
        ),
        (  # the three countries' partnership backed: the partnership
            "Pompeo joined the leaders of Israel, Greece and Cyprus in Jerusalem on Wednesday for "
            "a summit, saying Washington backed the three countries' partnership.",
            ("USA", "supports", "topic:Israel's and Greece's and Cyprus's partnership"),
            ("USA", "supports", "CYP"),
        ),
        (  # a project named for two states is the target, not the states
            "India has opposed the China-Pakistan Economic Corridor, part of which runs through "
            "territory India claims.",
            ("IND", "opposes", "topic:the China-Pakistan Economic Corridor"),
            ("IND", "opposes", "PAK"),
        ),
        (  # the same topic told again with and without its article is one stance
            "Pakistan rejected the political use of export controls on Monday. Pakistan said on "
            "Tuesday it opposed political use of export controls.",
            None,
            ("PAK", "opposes", "topic:political use of export controls"),
        ),
    ],
)
def test_stances_of_round_54(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a trip after a meeting keeps the traveller the speaker
            "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing, "
            "then flew to Seoul and condemned North Korea's missile launches.",
            ("USA", "condemns", "PRK"),
            ("CHN", "condemns", "PRK"),
        ),
        (  # a list of designated groups keeps the one with a place-based epithet
            "The State Department designated the Sinaloa Cartel, the Mexico-based Gulf Cartel "
            "and Tren de Aragua as foreign terrorist organizations.",
            ("USA", "sanctions", "Tren de Aragua"),
            None,
        ),
        (  # a state's warring parties sanctioned: the parties, as a topic
            "The United States sanctioned Sudan's warring parties on Monday.",
            ("USA", "sanctions", "topic:Sudan's warring parties"),
            ("USA", "sanctions", "SDN"),
        ),
        (  # "agreeing to" after a meeting is the joint act of those who met
            "British Prime Minister Keir Starmer met French President Emmanuel Macron and German "
            "Chancellor Olaf Scholz in London, agreeing to condemn Russia.",
            ("FRA", "condemns", "RUS"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_54(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a body before "and the" + a state's full name: the state stays its own mention
            "The statement was issued by the Australian Department of Defence and the Republic "
            "of Korea (ROK) Ministry of National Defense. Australia and the ROK condemned North "
            "Korea's missile launch.",
            ("KOR", "condemns", "PRK"),
            None,
        ),
        (  # others who took the same stance, told after it
            "Brazil condemned the attack on the embassy in Caracas, as did Chile and Colombia.",
            ("COL", "condemns", "topic:the attack on the embassy in Caracas"),
            None,
        ),
        (  # (an aside after the last of them names no one more)
            "Brazil condemned the attack on the embassy, as did Chile, which has sheltered "
            "Venezuelan exiles since 2019.",
            ("CHL", "condemns", "topic:the attack on the embassy"),
            ("VEN", "condemns", "topic:the attack on the embassy"),
        ),
        (  # the one who issued a statement, in an aside, does not speak for the subject
            "Iraq's parliament, in a statement issued by the office of Speaker Mohammed "
            "al-Halbousi, a Hezbollah ally, condemned the Israeli strikes.",
            ("Council of Representatives of Iraq", "condemns", "ISR"),
            ("Hezbollah", "condemns", "ISR"),
        ),
        (  # "a move X denounced" after a state's deed: the state that made the move
            "Germany banned the group's activities in November, a move Hamas denounced as hostile.",
            ("Hamas", "condemns", "DEU"),
            None,
        ),
        (  # what one side calls proof of another's support is a charge, no stance
            "Niger's spokesman condemned the video as proof of Ukraine's support for the rebels.",
            None,
            ("UKR", "supports", "topic:the rebels"),
        ),
        (  # the denuclearization of a state is the target, not the state
            "Japan and Mongolia reaffirmed their support for the complete denuclearization of "
            "North Korea.",
            ("MNG", "supports", "topic:the complete denuclearization of North Korea"),
            ("MNG", "supports", "PRK"),
        ),
        (  # "each country undertakes to defend the other": both ways
            "Armenia and Russia signed a treaty on Friday. Under the treaty, each country "
            "undertakes to defend the other against armed aggression.",
            ("ARM", "commits-to-defend", "RUS"),
            None,
        ),
        (  # more names sanctioned after an aside on the first
            "Britain imposed sanctions on Ocean Star Shipping Co., which it said carried oil "
            "for Syria, and on Ivan Petrov and Oleg Smirnov, two Russian brokers.",
            ("GBR", "sanctions", "topic:Oleg Smirnov"),
            None,
        ),
        (  # a body's plan rejected: the plan, not the body
            "Mali's government on Monday unanimously rejected an ECOWAS plan to send up to 3,000 "
            "troops to the country.",
            (
                "MLI",
                "opposes",
                "topic:an ECOWAS plan to send up to 3,000 troops to the country",
            ),
            ("MLI", "opposes", "ECOWAS"),
        ),
        (  # the crisis blamed on a leader's government: his state
            "Rubio blamed the crisis squarely on the government of Daniel Ortega, saying it had "
            "driven thousands into exile.",
            ("USA", "condemns", "NIC"),
            None,
        ),
        (  # a described state's security backed: the state
            "Fiji hosted the U.S. destroyer on Monday. Blinken reaffirmed Washington's support "
            "for the island nation's security.",
            ("USA", "supports", "FJI"),
            None,
        ),
        (  # "all UN Member States" called on: the states, a topic, not the UN
            "The United States, Japan and South Korea further call on all UN Member States to "
            "implement the sanctions in full.",
            ("JPN", "urges", "topic:all UN Member States"),
            ("JPN", "urges", "United Nations"),
        ),
        (  # "the Baltic States" are no "the States"
            "Poland urged the Baltic States to raise defence spending.",
            ("POL", "urges", "topic:the Baltic States"),
            ("POL", "urges", "USA"),
        ),
        (  # "both leaders" after a pact told for comparison: the leaders of the day's event
            "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a "
            "treaty on Friday. Unlike the treaty Russia signed with North Korea in June 2024, "
            "the document has no defence clause. Russian officials had said before the signing "
            "that the pact was not directed against any third country. After the talks, Putin "
            "said the treaty would give impetus to relations, and both leaders pledged to deepen "
            "cooperation.",
            ("IRN", "pledges-cooperation", "RUS"),
            ("PRK", "pledges-cooperation", "RUS"),
        ),
    ],
)
def test_stances_of_round_55(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "Both capitals" is a group of two, not two things
            "Egypt and Qatar held talks on Monday. Both capitals condemned the Israeli strike on "
            "Gaza.",
            ("QAT", "condemns", "ISR"),
            None,
        ),
        (  # the pair of the day's meeting, though a dated pact of theirs was told too
            "Putin held talks with Xi in Beijing on Friday. Putin then met Kim Jong Un in "
            "Pyongyang on Tuesday. Russia and North Korea signed a mutual defence treaty in June "
            "2024. Both leaders condemned the new US sanctions.",
            ("PRK", "condemns", "USA"),
            ("CHN", "condemns", "USA"),
        ),
        (  # "and on Monday" opens another clause, no more names sanctioned
            "Canada imposed sanctions on Rosneft, which it said shipped oil to Syria, and on "
            "Monday Japan imposed sanctions on Iran.",
            None,
            ("CAN", "sanctions", "JPN"),
        ),
        (  # only the subject's stance is shared, not the relative clause's
            "China condemned the sanctions that the United States imposed on Huawei, as did the "
            "European Union.",
            None,
            ("European Union", "sanctions", "Huawei Technologies"),
        ),
        (  # the militarization of a state condemned: the state
            "Russia condemned the militarization of Japan.",
            ("RUS", "condemns", "JPN"),
            None,
        ),
        (  # a state named before "Member States" is still called on
            "China urged the Philippines and ASEAN Member States to exercise restraint.",
            ("CHN", "urges", "PHL"),
            ("CHN", "urges", "ASEAN"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_55(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a state whose name ends in "-ly" is no adverb before a shared verb
            "Spain and Italy criticised foreign interference in Tunisia.",
            ("ITA", "condemns", "topic:foreign interference in Tunisia"),
            None,
        ),
        (  # "the Emirates" is the United Arab Emirates
            "The Houthis blamed Qatar and the Emirates for the raids and denounced them as "
            "aggression.",
            ("Houthis", "condemns", "ARE"),
            None,
        ),
        (  # who spoke with two leaders and then backed something, after a time opener
            "On Tuesday, Chilean President Gabriel Boric spoke by phone with Peru's president "
            "and Bolivian President Luis Arce and expressed support for Ecuador.",
            ("CHL", "supports", "ECU"),
            ("BOL", "supports", "ECU"),
        ),
        (  # talks two states agreed to hold, backed: the talks, not the states
            "Brazil said it supported the direct talks that Colombia and Venezuela have agreed "
            "to resume next month.",
            ("BRA", "supports", "topic:direct talks between Colombia and Venezuela"),
            ("BRA", "supports", "COL"),
        ),
        (  # a pact one state signed with another, backed: the pact
            "Qatar backed the security cooperation agreement that Jordan signed with Iraq in May.",
            ("QAT", "supports", "topic:the security cooperation agreement"),
            ("QAT", "supports", "JOR"),
        ),
        (  # a treaty said to cover a state's forces, after condemning another's acts: the
            # speaker's pledge, not the condemned state's
            'The State Department condemned Russia\'s "reckless actions" and reaffirmed that '
            "Article 5 of the North Atlantic Treaty extends to armed attacks on Estonian forces.",
            ("USA", "commits-to-defend", "EST"),
            ("RUS", "commits-to-defend", "EST"),
        ),
        (  # notes protesting an act to a capital: a protest to that state
            "Tokyo said it had delivered a diplomatic note protesting the intrusion to Moscow.",
            ("JPN", "condemns", "RUS"),
            ("JPN", "condemns", "topic:the intrusion to Moscow"),
        ),
        (  # "the move" after a state nationalised something: that state's move
            "In March, Buenos Aires nationalised the Spanish-owned oil company. Madrid "
            "condemned the move as hostile.",
            ("ESP", "condemns", "ARG"),
            None,
        ),
        (  # a state's sanctions opposed: a policy (as the dev corpus names it), not the state
            "Caracas rejected the new U.S. sanctions on its oil sector.",
            ("VEN", "opposes", "topic:the new U.S. sanctions on its oil sector"),
            ("VEN", "opposes", "USA"),
        ),
        (  # (but one condemns the state that imposed them)
            "Moscow condemned Washington's export restrictions as economic warfare.",
            ("RUS", "condemns", "USA"),
            None,
        ),
        (  # (and rejected: the policy)
            "Beijing rejected the new U.S. export restrictions as economic bullying.",
            ("CHN", "opposes", "topic:the new U.S. export restrictions"),
            ("CHN", "opposes", "USA"),
        ),
        (  # "he said" after a quotation two sentences on: the speaker, who then acts again
            'Canadian Foreign Minister Melanie Joly spoke in Ottawa. "We will not be '
            'intimidated. We stand with our allies," she said. She also accused Russia of '
            '"reckless behaviour" in the Arctic.',
            ("CAN", "condemns", "RUS"),
            None,
        ),
        (  # the remark rejected: its speaker's state
            "Norway's foreign minister said Russia's Arctic claims were illegal. Moscow rejected "
            "the remark on Tuesday.",
            ("RUS", "opposes", "NOR"),
            None,
        ),
        (  # a sayer who blames, after reporting what will not happen
            "Morocco will not attend the summit in Algiers, the foreign ministry in Rabat said on "
            'Tuesday, blaming Algeria for "hostile rhetoric".',
            ("MAR", "condemns", "DZA"),
            None,
        ),
        (  # an act called "unfortunate": a criticism of whose act it is
            'Ankara called Athens\'s decision "unfortunate" and said talks should go on.',
            ("TUR", "condemns", "GRC"),
            None,
        ),
        (  # "the junta" in a story of a coup: the state whose army took power
            "Niger's army seized power on Wednesday. The African Union called on the Nigerien "
            "military to restore order. Nigeria also urged the junta to release the president.",
            ("NGA", "urges", "NER"),
            None,
        ),
    ],
)
def test_stances_of_round_56(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a recipient of a transfer protested is no addressee of the protest
            "Russia protested the delivery of tanks to Ukraine.",
            None,
            ("RUS", "condemns", "UKR"),
        ),
        (  # another state's troops named with "military" are no junta
            "Russian military instructors arrived in Niger after the coup. The United States "
            "condemned the junta.",
            None,
            ("USA", "condemns", "RUS"),
        ),
        (  # the subject past a participle that opens the sentence
            "The newly appointed U.S. ambassador condemned China's dangerous actions and "
            "reaffirmed that the Mutual Defense Treaty extends to armed attacks on Philippine "
            "armed forces.",
            ("USA", "commits-to-defend", "PHL"),
            None,
        ),
        (  # a mild label of no act criticizes no one
            "Japan called the Chinese sailor's death regrettable.",
            None,
            ("JPN", "condemns", "CHN"),
        ),
        (  # (nor one softened by "but")
            "Germany called the Polish decision unfortunate but understandable.",
            None,
            ("DEU", "condemns", "POL"),
        ),
        (  # talks two states hosted for others: not the talks "between" the hosts
            "Israel backed the talks that Egypt and Qatar hosted for Hamas and Israel.",
            None,
            ("ISR", "supports", "topic:talks between Egypt and Qatar"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_56(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # the rest of a list of subjects and their verb is no appositive: all three accuse
            "Chad, the Central African Republic and Cameroon recalled their envoys from Sudan on "
            "Friday, accusing Khartoum of arming rebels.",
            ("CMR", "condemns", "SDN"),
            None,
        ),
        (  # "The statement" that three governments issued speaks for them
            "Chad, Niger and Mali recalled their envoys from Algeria on Friday. In a joint "
            "statement carried by state media, the three governments said Algiers had broken an "
            "accord signed by Chad, Niger and Mauritania in 2015. The statement urged Algiers to "
            "return the drone.",
            ("MLI", "urges", "DZA"),
            ("MRT", "urges", "DZA"),
        ),
        (  # an opposition coalition the lexicon knows speaks for itself, not for its country
            "The Syrian National Coalition condemned the Russian raids on Idlib.",
            ("Syrian National Coalition", "condemns", "RUS"),
            ("SYR", "condemns", "RUS"),
        ),
        (  # a state's envoy to the U.N. speaks for the state
            "Libya's U.N. Ambassador Taher El-Sonni backed the resolution on Friday.",
            ("LBY", "supports", "topic:the resolution"),
            ("United Nations", "supports", "topic:the resolution"),
        ),
        (  # the deal two states are negotiating is the target, not the two states
            "Washington said it supports the peace agreement that Ethiopia and Eritrea are "
            "negotiating.",
            ("USA", "supports", "topic:ETH–ERI peace agreement"),
            ("USA", "supports", "ETH"),
        ),
        (  # (and "between" them)
            "Washington backed the ceasefire agreement between Israel and Lebanon.",
            ("USA", "supports", "topic:ISR–LBN ceasefire agreement"),
            ("USA", "supports", "ISR"),
        ),
        (  # a condemned act, then "and said" with another state's name: the act's doer
            "North Korea fired two missiles on Tuesday. Tokyo condemned the launches and said "
            "Washington's commitment to Japan's defence was firm.",
            ("JPN", "condemns", "PRK"),
            ("JPN", "condemns", "USA"),
        ),
        (  # "the group's raids" after an armed group was named: the group
            "Al-Shabaab killed 20 soldiers last week. Kenya denounced the group's raids on "
            "border towns.",
            ("KEN", "condemns", "Al-Shabaab"),
            None,
        ),
        (  # states outside a union speak for no text of that union named before
            "Moldova and Georgia seek a path to the EU. In a joint statement, the foreign "
            "ministers of Ukraine, Moldova and Georgia condemned Russia's occupation of their "
            "territory.",
            ("MDA", "condemns", "RUS"),
            ("European Union", "condemns", "RUS"),
        ),
    ],
)
def test_stances_of_round_57(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "the rebels' offensive": the group those fighters were named with, not the last
            "Al-Shabaab militants attacked a base in Somalia on Monday. Officials said Houthi "
            "rebels had sent weapons to Somalia. Kenya condemned the militants' raids on Tuesday.",
            ("KEN", "condemns", "Al-Shabaab"),
            ("KEN", "condemns", "Houthis"),
        ),
        (  # a broadcaster's desk is no state's official
            "The pact was criticized by the BBC's Persian Service on Tuesday.",
            None,
            ("IRN", "condemns", "topic:the pact"),
        ),
        (  # the statement told last, "said in a statement", speaks in "The statement"
            "The State Department issued a statement on Monday welcoming the talks. China's "
            "foreign ministry said in a statement on Tuesday that it opposed the deployment. The "
            "statement urged Seoul to reconsider.",
            ("CHN", "urges", "KOR"),
            ("USA", "urges", "KOR"),
        ),
        (  # the host of a visit told in an aside does not speak
            "General Laura Richardson, on her third visit to Chile, criticized China's growing "
            "footprint in the region.",
            ("USA", "condemns", "CHN"),
            ("CHL", "condemns", "CHN"),
        ),
        (  # Britain, France and Germany speak for no EU text
            "The EU discussed Iran on Monday. In a joint statement, Britain, France and Germany "
            "condemned Iran's nuclear escalation.",
            ("FRA", "condemns", "IRN"),
            ("European Union", "condemns", "IRN"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_57(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "against" after a hostile deed is the deed's object: no stance, nor the subject
            # of a later predicate
            "Spain and Italy met on Monday. The declaration called Iran a sponsor of Russia's war "
            "against Ukraine and voiced concern about their cooperation.",
            None,
            ("IRN", "condemns", "ESP"),
        ),
        (  # a colon starts a clause of its own: its subject is the one after it
            "Austria's bid is expected to pass soon, while Serbia's bid remains stalled: Croatia "
            "continues to object to Serbian membership, accusing Belgrade of stalling reforms.",
            ("HRV", "condemns", "SRB"),
            ("AUT", "condemns", "SRB"),
        ),
        (  # "continues to object to": an opposition
            "Greece continues to object to North Macedonia's bid.",
            ("GRC", "opposes", "topic:North Macedonia's bid"),
            None,
        ),
        (  # a hostile name given to a state condemns it
            "Latvia's foreign minister called Belarus an enabler of the attack.",
            ("LVA", "condemns", "BLR"),
            None,
        ),
        (  # and the body that named it speaks for "the allies" after it
            "NATO leaders met in Riga on Tuesday. The declaration NATO adopted called Iran a "
            '"decisive enabler" of the war. The allies also pledged support for Ukraine.',
            ("NATO", "supports", "UKR"),
            None,
        ),
        (  # "The leaders condemned in the strongest terms X": the verb, no reduced relative
            "NATO leaders met in Newport on Friday. The leaders condemned in the strongest terms "
            "Russia's intervention in Ukraine and demanded that Moscow withdraw its forces.",
            ("NATO", "urges", "RUS"),
            None,
        ),
        (  # a state's body told by a common noun, then named: the body is sanctioned
            "The United States imposed sanctions on Iran's defence procurement agency, the "
            "Ministry of Defense and Armed Forces Logistics, and its head on Monday.",
            ("USA", "sanctions", "Ministry of Defense and Armed Forces Logistics"),
            ("USA", "sanctions", "IRN"),
        ),
        (  # a new clause after ", and" names no second owner of the condemned act
            "Manila said it was seriously concerned about the Chinese actions, and Canada's "
            "embassy in Manila called them dangerous.",
            ("PHL", "condemns", "CHN"),
            ("PHL", "condemns", "CAN"),
        ),
        (  # counted officials of a nationality, sanctioned by a verb: those officials
            "The U.S. Treasury sanctioned two senior Cambodian military officials on Monday.",
            ("USA", "sanctions", "topic:two senior Cambodian military officials"),
            ("USA", "sanctions", "KHM"),
        ),
        (
            "The United States sanctioned Russian officials over the vote.",
            ("USA", "sanctions", "topic:Russian officials"),
            None,
        ),
        (  # "urging it to" after "wrote to X": X, not the state in the demand
            "The U.N. Security Council met on Friday. Armenia's foreign minister wrote to the "
            "council urging it to address Azerbaijan's blockade.",
            ("ARM", "urges", "UN Security Council"),
            ("ARM", "urges", "AZE"),
        ),
        (  # "the ambassador's remarks": the state whose ambassador was named
            "Norway rejected a warning by China's ambassador on Sunday. The EU also criticised "
            "the ambassador's remarks.",
            ("European Union", "condemns", "CHN"),
            ("European Union", "condemns", "NOR"),
        ),
        (  # the envoy named bare, by the other word: the same state's
            "Norway criticised China's ambassador on Sunday. The EU also criticised the envoy.",
            ("European Union", "condemns", "CHN"),
            ("European Union", "condemns", "topic:the envoy"),
        ),
        (  # "the extension" right after what was extended: that, not the pact told before
            "Japan and Chile signed a defence pact in May. Days ago the EU extended its "
            "economic sanctions against Belarus for six months. Norway supported the extension.",
            ("NOR", "supports", "topic:extension of its economic sanctions against Belarus"),
            ("NOR", "supports", "topic:JPN–CHL defense-cooperation agreement extension"),
        ),
        (  # a relative clause before ", and urging": the writer urges
            "The U.N. Security Council met on Friday. Armenia's foreign minister had written to "
            'the council denouncing Azerbaijan\'s "illegal blockade," which Baku began in '
            "December, and urging it to act.",
            ("ARM", "urges", "UN Security Council"),
            ("AZE", "urges", "UN Security Council"),
        ),
        (  # a participle after the object's prepositional names: the opening subject's
            "On Tuesday Madrid cut the visas issued to citizens of Peru, Chile and Bolivia, "
            "accusing the three governments of refusing to take back migrants.",
            ("ESP", "condemns", "BOL"),
            ("CHL", "condemns", "topic:the three governments"),
        ),
        (  # and a participle after "said it would ...": the saying's, not under "would"
            "On Tuesday Madrid said it would cut the visas issued to citizens of Peru, Chile and "
            "Bolivia, accusing the three governments of refusing to take back migrants.",
            ("ESP", "condemns", "PER"),
            None,
        ),
        (  # "They also ..." right after a body's stance: the body
            "EU foreign ministers met in Brussels. Spain, Italy and Greece sent ships. In a "
            "statement, the ministers condemned the Houthi attacks. They also urged Iran to "
            "use its influence.",
            ("European Union", "urges", "IRN"),
            ("ITA", "urges", "IRN"),
        ),
        (  # (not after one state's stance: "they" is more than the one)
            "Britain and Kenya signed a pact. The two leaders said the UK would support the "
            "mission. They condemned al-Shabaab's attacks.",
            ("KEN", "condemns", "Al-Shabaab"),
            None,
        ),
        (  # "the group" after an armed group was named: that group
            "Japan condemned the Houthi attacks and called on the group to stop them.",
            ("JPN", "urges", "Houthis"),
            None,
        ),
        (
            "Al-Shabaab attacked a base. Kenya urged the group to lay down its arms.",
            ("KEN", "urges", "Al-Shabaab"),
            None,
        ),
        (  # another's support named as what is condemned is no stance of its own
            "Washington condemned Uganda's military support for the rebels and urged Kampala "
            "to withdraw.",
            ("USA", "condemns", "UGA"),
            ("UGA", "supports", "topic:the rebels"),
        ),
        (
            "Britain voiced concern about Iran's support for militant groups in the region.",
            None,
            ("IRN", "supports", "topic:militant groups in the region"),
        ),
        (  # (but the speaker's own support after its condemnation stands)
            "Japan and Italy condemned Russia's invasion of Ukraine and reaffirmed their "
            "support for Kyiv.",
            ("JPN", "supports", "UKR"),
            None,
        ),
    ],
)
def test_stances_of_round_58(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "They" after a stance on two states are the two, not the speaker
            "The EU condemned Iran and Russia over drone deliveries. They rejected the criticism.",
            ("IRN", "opposes", "topic:the criticism"),
            ("European Union", "opposes", "topic:the criticism"),
        ),
        (  # an attribution's subject is no sanctioned body
            "The US imposed sanctions on China's defence firms, the Pentagon said.",
            ("USA", "sanctions", "CHN"),
            ("USA", "sanctions", "U.S. Department of Defense"),
        ),
        (  # a passive participle after the manner phrase is still a reduced relative
            "The Houthi attacks condemned in the strongest terms by Britain and France have "
            "disrupted shipping.",
            None,
            ("Houthis", "condemns", "GBR"),
        ),
        (  # "wrote to X urging it": X only when named right after "to"
            'Pakistan had written to the council denouncing India\'s "illegal actions," which New '
            "Delhi announced on Aug. 5, and urging it to act.",
            None,
            ("PAK", "urges", "IND"),
        ),
        (  # the speaker's own support after its condemnation stands
            "Britain condemned the coup and restated its support for the ECOWAS mediation.",
            ("GBR", "supports", "topic:the ECOWAS mediation"),
            None,
        ),
        (
            "Poland condemned the attack on Ukraine's grid, with Warsaw's support for Kyiv "
            "unchanged.",
            ("POL", "supports", "UKR"),
            None,
        ),
        (  # (and another's support, however modified, is still only condemned)
            "NATO condemned Iran's continued financial and military support for Russia.",
            ("NATO", "condemns", "IRN"),
            ("NATO", "supports", "RUS"),
        ),
        (  # "the extension": this sentence's extension first, and only of the same verb
            "Finland extended its border closure with Russia on Monday. The EU extended its "
            "sanctions against Russia for six months, and Hungary opposed the extension.",
            ("HUN", "opposes", "topic:extension of its sanctions against Russia"),
            ("HUN", "opposes", "topic:extension of its border closure with Russia"),
        ),
        (
            "The Philippines and the United States signed the Enhanced Defense Cooperation "
            "Agreement in 2014. Manila expanded the agreement to four new sites. China opposed "
            "the expansion.",
            ("CHN", "opposes", "topic:Enhanced Defense Cooperation Agreement expansion"),
            None,
        ),
        (  # a deed's participle after "said it would" is still under "would"
            "Washington said it would impose new restrictions next year, sanctioning dozens of "
            "Iranian firms.",
            None,
            ("USA", "sanctions", "topic:dozens of Iranian firms"),
        ),
        (  # an envoy named after the phrase, or two states' envoys, tell no holder
            "Germany summoned Iran's ambassador over the execution. Berlin had criticised the "
            "ambassador's statement, Israel's envoy said.",
            ("DEU", "condemns", "IRN"),
            ("DEU", "condemns", "ISR"),
        ),
        (
            "Russia's ambassador to the US, Anatoly Antonov, warned Washington. A day earlier, "
            "Germany's ambassador to Russia had met Lavrov. The State Department criticised the "
            "ambassador's remarks.",
            None,
            ("USA", "condemns", "DEU"),
        ),
        (  # "the United States' envoy said": a clause of its own
            "Israel condemned Iran's attack and the United States' envoy said Washington stood "
            "with Israel.",
            ("ISR", "condemns", "IRN"),
            ("ISR", "condemns", "USA"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_58(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a giver in a relative clause, the recipient right after the present verb
            "Washington, which provides Egypt with about $1.3 billion in military aid a year, "
            "said nothing.",
            ("USA", "supports", "EGY"),
            ("EGY", "supports", "topic:a year"),
        ),
        (  # a coordinated verb inside "in which X ...": X's
            "Chile and Peru released a joint statement on Friday in which Lima welcomed the plan "
            "and backed a process toward a new border treaty.",
            ("PER", "supports", "topic:a process toward a new border treaty"),
            ("CHL", "supports", "topic:a process toward a new border treaty"),
        ),
        (  # sanctions a denounced order imposed: its signer's
            "Maduro used his speech to denounce an executive order Obama signed on March 9 that "
            "declared an emergency and imposed sanctions on seven Venezuelan officials.",
            ("USA", "sanctions", "topic:seven Venezuelan officials"),
            ("VEN", "sanctions", "topic:seven Venezuelan officials"),
        ),
        (  # acts "by the government in Caracas": that state's
            "Washington criticized what it called provocative maneuvers by the government in "
            "Caracas.",
            ("USA", "condemns", "VEN"),
            None,
        ),
        (  # "accusing the government of failing": the one state just named
            "Trump designated Nigeria a Country of Particular Concern on Friday, accusing the "
            "government of failing to stop the killings.",
            ("USA", "condemns", "NGA"),
            ("USA", "condemns", "topic:the government"),
        ),
        (  # a protest that a cancellation was made in: the clause's subject's
            "China has canceled several military exchanges with the United States in protest at "
            "a package of arms sales to Taiwan, a Pentagon spokesman said.",
            ("CHN", "condemns", "topic:a package of arms sales to Taiwan"),
            ("USA", "condemns", "topic:a package of arms sales to Taiwan"),
        ),
        (  # where a stance was voiced is no part of its target; "its launch" after "the
            # North's test" is the North's
            "Seoul cut trade with North Korea after the North's nuclear test last month and its "
            "long-range rocket launch on Sunday. The U.N. Security Council strongly condemned "
            "the launch at an emergency meeting on Sunday.",
            ("UN Security Council", "condemns", "PRK"),
            ("UN Security Council", "condemns", "topic:the launch at an emergency meeting"),
        ),
        (  # "the North's launch": the North's, not the last launch told
            "North and South Korea test-fired missiles on Wednesday. Japan's prime minister "
            "called the North's launch outrageous and condemned it.",
            ("JPN", "condemns", "PRK"),
            ("JPN", "condemns", "KOR"),
        ),
        (  # envoys sent on an errand are no aid
            "South Korea's President Moon Jae-in spoke on Monday. Kim Yo Jong said Moon had "
            "proposed sending his national security adviser and spy chief to Pyongyang.",
            None,
            ("KOR", "supports", "PRK"),
        ),
        (  # a strike told in a "when" clause is not the victims' state's
            "Three U.S. soldiers were killed when a drone struck a small outpost in Jordan on "
            "Sunday. The Jordanian government condemned the terrorist attack.",
            ("JOR", "condemns", "topic:the terrorist attack"),
            ("JOR", "condemns", "USA"),
        ),
        (  # an act any state might attempt is none done
            "China criticized the visit, saying any U.S. attempt to show support for Taiwan "
            "would be futile.",
            ("CHN", "condemns", "topic:the visit"),
            ("CHN", "supports", "TWN"),
        ),
        (  # one sanction named before who imposed it
            "Seoul said it would close the joint industrial park, the toughest sanction Seoul "
            "has imposed on Pyongyang.",
            ("KOR", "sanctions", "PRK"),
            None,
        ),
        (  # sanctions of one's own after another's: on the same target
            "Seoul imposed sanctions on Pyongyang on Monday. Japan announced its own sanctions "
            "hours later.",
            ("JPN", "sanctions", "PRK"),
            None,
        ),
        (  # "citing its support": the sanctioned state's, up to its second act
            "Washington imposed sanctions on Iran on Monday, citing its support for the Houthis "
            "and its pursuit of missiles.",
            ("IRN", "supports", "Houthis"),
            ("USA", "supports", "Houthis"),
        ),
    ],
)
def test_stances_of_round_59(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a present-tense gift in a clause about any state, or one said of others, is none
            "Russia warned that any country that supplies Ukraine with long-range missiles "
            "would become a party to the conflict.",
            None,
            ("RUS", "supports", "UKR"),
        ),
        (
            "Moscow says NATO provides Kyiv with intelligence and weapons.",
            None,
            ("NATO", "supports", "UKR"),
        ),
        (
            "Russia said any attempts to supply Ukraine with long-range missiles would be met "
            "with a response.",
            None,
            ("RUS", "supports", "UKR"),
        ),
        (  # a protest reported: the subject after the reporting verb's
            "The Pentagon said Beijing canceled military talks with Washington in protest at "
            "the arms sale.",
            ("CHN", "condemns", "topic:the arms sale"),
            ("USA", "condemns", "topic:the arms sale"),
        ),
        (
            "China suspended military exchanges with the United States on Monday in protest "
            "over the arms sale to Taiwan.",
            ("CHN", "condemns", "topic:the arms sale to Taiwan"),
            None,
        ),
        (  # "citing its support" for a state the sanctioner backs: the sanctioner's own
            "Australia imposed new sanctions on Russia on Monday, citing its support for Ukraine.",
            ("AUS", "supports", "UKR"),
            ("RUS", "supports", "UKR"),
        ),
        (  # a partner met is not the government accused
            "Georgia's president, who met French officials in Paris, accused the government of "
            "rigging the election.",
            None,
            ("GEO", "condemns", "FRA"),
        ),
        (  # a "where" clause of two subjects: the and-verb's own
            "Germany hosted the talks in Ramstein, where Ukraine's defence minister asked for "
            "jets and Berlin pledged tanks and condemned Russia.",
            ("DEU", "condemns", "RUS"),
            ("UKR", "condemns", "RUS"),
        ),
        (  # a strike told after "as" in an active clause is still the subject's
            "Russia hit Kharkiv on Sunday as a missile struck an apartment block. Ukraine "
            "condemned the attack.",
            ("UKR", "condemns", "RUS"),
            None,
        ),
        (  # the story's body's organ, named bare later
            "The Organization of American States held an emergency session. The Permanent "
            "Council met in Washington on Tuesday and condemned the Maduro government.",
            ("Organization of American States", "condemns", "VEN"),
            ("OSCE Permanent Council", "condemns", "VEN"),
        ),
        (  # "its own sanctions on Tuesday": the day is no target; those just told are
            "Washington imposed sanctions on Iran on Monday. Britain announced its own sanctions "
            "on Tuesday.",
            ("GBR", "sanctions", "IRN"),
            None,
        ),
        (  # a state answering sanctions with its own imposes none on itself or the others'
            "Russia imposed sanctions on Belarus and Ukraine. Belarus retaliated with its own "
            "sanctions.",
            None,
            ("BLR", "sanctions", "UKR"),
        ),
        (  # "to sanction" is a verb, not a sanction named before who imposed it
            "The U.S. Senate voted to sanction Chinese officials over the restrictions Beijing "
            "imposed on Hong Kong.",
            None,
            ("CHN", "sanctions", "HKG"),
        ),
        (  # what officials are reported to say a state supplies is no act told
            "According to U.S. officials, Tehran supplies Moscow with drones.",
            None,
            ("IRN", "supports", "RUS"),
        ),
        (  # a body's official "of" a state acts for the body
            "IAEA Director General Rafael Grossi of Argentina urged Iran to cooperate.",
            ("International Atomic Energy Agency", "urges", "IRN"),
            ("ARG", "urges", "IRN"),
        ),
        (  # a place named with "of" before "and" ends no list of places
            "NATO jets patrolled over the Gulf of Finland and Russia condemned the flights.",
            ("RUS", "condemns", "topic:the flights"),
            ("NATO", "condemns", "topic:the flights"),
        ),
        (  # a leader named is that person, no sign that the story is of the home state's
            "Dutch Prime Minister Dick Schoof met Zelensky on Monday. Mark Rutte condemned "
            "Russia's strikes.",
            ("NATO", "condemns", "RUS"),
            ("NLD", "condemns", "RUS"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_59(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # how strongly is no part of what was condemned
            "At a meeting in New York on Monday, the U.N. Security Council condemned the attacks "
            'on Haiti\'s president "in the strongest terms".',
            ("UN Security Council", "condemns", "topic:the attacks on Haiti's president"),
            (
                "UN Security Council",
                "condemns",
                "topic:the attacks on Haiti's president in the strongest terms",
            ),
        ),
        (  # a company's legal form set off by a comma is no target of its own
            "The U.S. Treasury designated Andes Shipping Co., Ltd. (ASL) on Tuesday, accusing it "
            "of smuggling arms.",
            ("USA", "sanctions", "Andes Shipping"),
            ("USA", "sanctions", "topic:Ltd."),
        ),
        (  # an opposition leader's words are no voice of the state's
            "Opposition leader Keiko Fujimori said Peru should not tolerate such behaviour and "
            "criticised the government for waiting two days to disclose the incident.",
            None,
            ("PER", "condemns", "topic:the government"),
        ),
        (  # "The resolution" a body adopted (or "approved the text" of) speaks for the body,
            # also past a first predicate that names a state
            "The OAS Permanent Council on Wednesday adopted a resolution drafted by Peru. The "
            "34-member council approved the text by 20 votes to 8. Chile and Brazil voted in "
            "favour. The resolution commended Lima's efforts to protect civilians, condemned the "
            "Shining Path for attacks on civilians, and urged the international community to "
            "increase aid.",
            ("Organization of American States", "condemns", "Shining Path"),
            ("PER", "condemns", "Shining Path"),
        ),
        (  # a draft text condemning is no body's condemnation
            "At the United Nations in New York, a draft Security Council statement condemning the "
            "crackdown, circulated by Chile and Peru, stalled at closed consultations last month "
            "after Russia and China objected to it.",
            None,
            ("UN Security Council", "condemns", "CHL"),
        ),
        (  # a relative clause's subject is the name right before it
            "Bolivia and Paraguay applied to join the pact last month, but their bids have been "
            "held up by Brazil, which accuses the two neighbours of harbouring smugglers.",
            ("BRA", "condemns", "BOL"),
            ("BOL", "condemns", "topic:the two neighbours"),
        ),
        (  # "They" after a body's leaders opened the sentence before: the leaders
            "European Union leaders on Thursday strongly condemned what they called Belarus's "
            "illegal actions on the border, and expressed full solidarity with Lithuania and "
            "Latvia, at a summit in Brussels. They also voiced grave concern over the continued "
            "detention of EU citizens in Belarus.",
            (
                "European Union",
                "condemns",
                "topic:the continued detention of EU citizens in Belarus",
            ),
            ("LTU", "condemns", "topic:the continued detention of EU citizens in Belarus"),
        ),
        (  # a veto told as a noun after its casters' possessives
            "The General Assembly vote followed Russia's and China's veto on Feb. 4 of a Security "
            "Council resolution on Venezuela.",
            ("RUS", "opposes", "topic:a Security Council resolution on Venezuela"),
            None,
        ),
        (  # an abbreviated month's day is no part of the target
            "Russia and China vetoed a Security Council resolution on Venezuela on Feb. 4.",
            ("CHN", "opposes", "topic:a Security Council resolution on Venezuela"),
            ("CHN", "opposes", "topic:a Security Council resolution on Venezuela on Feb. 4"),
        ),
        (  # a list with a longer name than "its sanctions list"
            "The U.N. Security Council on Wednesday added the Tren de Aragua to its al Qaeda and "
            "Islamic State sanctions list as an alias of another gang.",
            ("UN Security Council", "sanctions", "Tren de Aragua"),
            None,
        ),
        (  # a body's chair reading its statement speaks for the body
            "The U.N. Security Council met behind closed doors on Monday with the foreign "
            "ministers of Chile and Peru. Afterwards the council's president for March, Brazilian "
            "Ambassador Sergio Danese, read a statement expressing grave concern about the "
            "fighting.",
            ("UN Security Council", "condemns", "topic:the fighting"),
            ("BRA", "condemns", "topic:the fighting"),
        ),
        (  # "the group" after a grouping of states the lexicon knows
            "Leaders of the Joint Expeditionary Force met in Riga on Monday. Latvian Prime "
            "Minister Evika Silina hosted the summit, attended by Britain's Keir Starmer and "
            "Finnish President Alexander Stubb. Zelensky addressed the leaders by video link, and "
            "the group issued a statement of support for Ukraine.",
            ("Joint Expeditionary Force", "supports", "UKR"),
            ("FIN", "supports", "UKR"),
        ),
        (  # "the government" after "the Haitian government" in the sentence: Haiti's
            "Brazil urged the Haitian government to hold elections, and reaffirmed its full "
            "support for the government.",
            ("BRA", "supports", "HTI"),
            ("BRA", "supports", "topic:the government"),
        ),
    ],
)
def test_stances_of_round_60(text: str, want: tuple | None, wrong: tuple | None) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a draft a body adopted is its text
            "The U.N. General Assembly on Friday adopted a draft resolution condemning Russia's "
            "annexation of four regions.",
            ("UN General Assembly", "condemns", "RUS"),
            None,
        ),
        (  # "They" rejecting a statement after the ministers condemned two states: the two
            "G7 foreign ministers condemned North Korea and Russia over arms transfers. They "
            "rejected the statement as interference.",
            None,
            ("G7", "opposes", "topic:the statement"),
        ),
        (  # a name governed by a preposition is no relative clause's subject
            "Pakistan's ambassador to the United States, who condemned India's strikes, said the "
            "talks were over.",
            ("PAK", "condemns", "IND"),
            ("USA", "condemns", "IND"),
        ),
        (  # "the group" after an armed group named since the grouping: the armed group
            "Defence ministers of the Ukraine Defense Contact Group met at Ramstein on Friday. "
            "Hamas said it had received a new ceasefire proposal. The group condemned Israel's "
            "strikes on Gaza.",
            ("Hamas", "condemns", "ISR"),
            ("Ukraine Defense Contact Group", "condemns", "ISR"),
        ),
        (  # a veto's target ends before the predicate; a feared veto is none
            "Russia's and China's veto on Feb. 4 of a Security Council resolution on Syria drew "
            "sharp criticism.",
            ("RUS", "opposes", "topic:a Security Council resolution on Syria"),
            None,
        ),
        ("Diplomats feared Russia's veto of the resolution.", None,
         ("RUS", "opposes", "topic:the resolution")),
        (  # a person of a body named with the body's office acts for the body
            "The EU's top diplomat, Estonia's Kaja Kallas, condemned Russia's strikes.",
            ("European Union", "condemns", "RUS"),
            ("EST", "condemns", "RUS"),
        ),
        (  # a firm whose name starts like a legal form is still listed
            "Washington sanctioned oil firm Rosneft, Cosco Shipping and Gazprombank.",
            ("USA", "sanctions", "topic:Gazprombank"),
            None,
        ),
        (  # an opposition leader with the government's: the government's voice
            "Opposition leader Peter Dutton and Prime Minister Anthony Albanese both condemned "
            "China's live-fire drills.",
            ("AUS", "condemns", "CHN"),
            None,
        ),
        (  # a chair who says what a state did: the state's
            "The U.N. Security Council met on Monday. The council's president, Danish Ambassador "
            "Christina Markus Lassen, said Denmark condemned Rwanda's support for M23.",
            ("DNK", "condemns", "RWA"),
            ("UN Security Council", "condemns", "RWA"),
        ),
    ],
)  # fmt: skip
def test_the_reviewed_stances_of_round_60(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a crowd's protest in a clause of its own is no state's
            "Two Royal Navy patrol vessels were on station off Jersey on Thursday as dozens of "
            "French fishing boats gathered outside the harbour to protest against new fishing "
            "rules.",
            None,
            ("GBR", "condemns", "topic:new fishing rules"),
        ),
        (  # a body others are inspired by or linked to is no target of an attack's condemnation
            "Australia condemns the attacks by Daesh-inspired groups in Marawi City.",
            ("AUS", "condemns", "topic:the attacks by Daesh-inspired groups in Marawi City"),
            ("AUS", "condemns", "Islamic State"),
        ),
    ],
)
def test_stances_of_round_60_second_pass(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    got = stances(text)
    if want is not None:
        assert want in got, got
    if wrong is not None:
        assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a body's chairman, named before a person the lexicon lists for his state
            "African Union chairman Alpha Conde condemned what he called an apparent coup.",
            ("African Union", "condemns", "topic:the apparent coup"),
            ("GIN", "condemns", "topic:the apparent coup"),
        ),
        (  # a party whose name holds a plural possessive
            "The opposition Citizens' Action Party condemned the vote.",
            ("Citizens' Action Party", "condemns", "topic:the vote"),
            ("Action Party", "condemns", "topic:the vote"),
        ),
        (  # one lawmaker's word after the state's denial is no stance of the state
            "Moscow has denied any role in the fighting, and a senior Russian lawmaker dismissed "
            "the U.S. report as nonsense.",
            None,
            ("RUS", "opposes", "topic:the U.S. report"),
        ),
        (  # "what he called <demonym> aggression": the state, as without "what he called"
            "Peruvian President Dina Boluarte condemned what she called Chilean aggression.",
            ("PER", "condemns", "CHL"),
            ("PER", "condemns", "topic:the Chilean aggression"),
        ),
    ],
)
def test_stances_of_round_61(text: str, want: tuple | None, wrong: tuple | None) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "what it called U.S. interference": the state named before the noun
            "Cuba condemned what it called U.S. interference in its internal affairs.",
            ("CUB", "condemns", "USA"),
            None,
        ),
        (  # a ruling-party lawmaker's word is no stance of the state named before
            "Poland closed two border crossings on Monday, and a senior ruling-party lawmaker "
            "condemned Minsk.",
            None,
            ("POL", "condemns", "BLR"),
        ),
        (  # an expert group the government set up is no lone expert
            "Poland closed two border crossings on Monday, and an expert group set up by the "
            "government urged Minsk to stop.",
            ("POL", "urges", "BLR"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_61(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


def test_a_ministry_the_lexicon_does_not_list_speaks_for_the_state_of_its_release() -> None:
    text = (
        "Republic of Moldova | Ministry of Foreign Affairs and European Integration\n"
        "Press release | 14.03.2025\n\n"
        "MFAEI condemns missile strikes\n\n"
        "The Ministry of Foreign Affairs and European Integration strongly condemns the missile "
        "attacks launched today by the Russian Federation against Ukraine."
    )
    got = [(f.parties, f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert got == [(("MDA",), "condemns", "RUS")], got
    story = (  # (a dateline alone does not make a ministry the city's: it may be a visitor's)
        "WASHINGTON, March 14, 2025 — The Ministry of Foreign Affairs and European Integration "
        "strongly condemned the missile attacks launched by the Russian Federation."
    )
    got = [f.parties for f in extract_text(story).facts if f.kind == "stance"]
    assert ("USA",) not in got, got


def test_a_resolution_after_a_council_is_named_is_the_councils() -> None:
    text = (
        "The U.N. Security Council on Friday told Chile and Peru to pull their troops back from "
        "the border within 48 hours. The resolution, drafted by Brazil and adopted unanimously, "
        "strongly condemned Peru's shelling of Chilean border posts."
    )
    got = stances(text)
    assert ("UN Security Council", "condemns", "PER") in got, got
    assert not any(a == "BRA" and t == "condemns" for a, t, _x in got), got
    alone = "Chile and Peru traded fire. The resolution condemned Peru's shelling of the posts."
    assert not any(t == "condemns" for _a, t, _x in stances(alone)), stances(alone)


def test_a_pledge_to_defend_a_people_of_a_region_is_for_the_people() -> None:
    got = stances("Erdogan said Turkey would defend the Yazidis of northern Iraq.")
    assert got == [("TUR", "commits-to-defend", "topic:the Yazidis of northern Iraq")], got
    got = stances("Putin said Russia would defend the Government of Syria.")
    assert got == [("RUS", "commits-to-defend", "SYR")], got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a state after "defend the" is the state, whatever place follows
            "Austin said the United States would defend the Philippines in the South China Sea.",
            ("USA", "commits-to-defend", "PHL"),
            ("USA", "commits-to-defend", "topic:the Philippines in the South China"),
        ),
        (  # a vetoed resolution is no text of the council's
            "Russia on Friday vetoed a U.N. Security Council resolution on its annexation of four "
            "Ukrainian regions. The resolution, drafted by the United States and Albania, "
            "condemned Russia's illegal referendums.",
            None,
            ("UN Security Council", "condemns", "RUS"),
        ),
        (  # "what it called U.S.-led containment": the state that leads it
            "Beijing condemned what it called U.S.-led containment.",
            ("CHN", "condemns", "USA"),
            None,
        ),
    ],
)
def test_the_reviewed_stances_of_round_61_second_pass(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


def test_a_release_issuer_is_its_first_line_and_a_ministry_of_another_state_is_not_it() -> None:
    head = (
        "Republic of Moldova | Ministry of Foreign Affairs and European Integration\n"
        "Ministry of Foreign Affairs and European Integration thanks Romania for its support\n"
        "Press release | 30 September 2022\n\n"
    )
    text = head + (
        "The Ministry of Foreign Affairs and European Integration condemns the Russian missile "
        "attacks on Ukraine."
    )
    got = [(f.parties, f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"]
    assert (("MDA",), "condemns", "RUS") in got, got
    assert (("ROU",), "condemns", "RUS") not in got, got
    for other in (  # (another state's ministry named in the release is not the issuer's)
        "The Ministry of Foreign Affairs of Romania condemned Russia's attack on Ukraine.",
        "The Ministry for Europe and Foreign Affairs condemned Russia's attack on Ukraine.",
    ):
        got = [f.parties for f in extract_text(head + other).facts if f.kind == "stance"]
        assert ("MDA",) not in got, got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a state's government named with its acronym: the acronym is the state
            "Greek officials met envoys of Libya's Government of National Unity (GNU) on Monday. "
            "Athens later accused the GNU of breaking the agreement.",
            ("GRC", "condemns", "LBY"),
            ("GRC", "condemns", "topic:the GNU"),
        ),
        (  # a rival government's acronym is no state
            "Russia backs Libya's Government of National Stability (GNS), a rival administration "
            "based in the east. Turkey condemned the GNS on Monday.",
            None,
            ("TUR", "condemns", "LBY"),
        ),
        (  # a space agency the lexicon lists speaks for its state
            "NASA criticized India's anti-satellite test on Monday.",
            ("USA", "condemns", "IND"),
            None,
        ),
    ],
)
def test_names_in_stances_of_round_62(text: str, want: tuple | None, wrong: tuple | None) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "despite criticism from X": X criticised the subject, who criticised no one
            "Caracas gave the Iranian president a lavish welcome despite criticism from "
            "Washington.",
            ("USA", "condemns", "VEN"),
            ("VEN", "condemns", "USA"),
        ),
        (  # a body's own resolutions, named right before them: the body condemns
            "Brazil has abstained on General Assembly resolutions condemning Russia's annexation "
            "of Crimea.",
            ("UN General Assembly", "condemns", "RUS"),
            ("BRA", "condemns", "RUS"),
        ),
        (  # a vote against a text: what the text says is not the voter's
            "Nicaragua voted against a resolution condemning Russia's invasion of Ukraine.",
            None,
            ("NIC", "condemns", "RUS"),
        ),
        (  # a state's rebel or opposition body: the body, not the state
            "Turkey reaffirmed its support for Syria's opposition National Coalition.",
            ("TUR", "supports", "topic:National Coalition"),
            ("TUR", "supports", "SYR"),
        ),
        (  # a second source of the reaction, after one the text does not name
            "Beijing sent warships into the strait on Monday, drawing sharp protests from its "
            "neighbours and from Tokyo.",
            ("JPN", "condemns", "CHN"),
            None,
        ),
        (  # "the intrusions": the act of the state that entered (a plural act noun too)
            "A Chinese coast guard ship entered Japanese territorial waters near the Senkakus on "
            "Monday, prompting Tokyo to denounce the intrusions.",
            ("JPN", "condemns", "CHN"),
            ("JPN", "condemns", "topic:the intrusions"),
        ),
        (  # a participle right after the reporting clause: its speaker's
            "A Russian fighter came within 20 feet of a U.S. surveillance plane over the Black "
            "Sea on Monday, the Pentagon said, condemning the encounter as reckless.",
            ("USA", "condemns", "RUS"),
            ("RUS", "condemns", "topic:the encounter"),
        ),
        (  # checks a state tightened: that state's
            "Argentina tightened checks at the border last week. Chile's foreign minister "
            "condemned the checks on Monday.",
            ("CHL", "condemns", "ARG"),
            ("CHL", "condemns", "topic:the checks"),
        ),
        (  # "a step X rejected": against the deed, not a condemnation of its doer
            "On Monday, the Treasury designated the Kurdish militant group PJAK a terrorist "
            "organization, a step Tehran rejected as hostile.",
            (
                "IRN",
                "opposes",
                "topic:designated the Kurdish militant group PJAK a terrorist organization",
            ),
            ("IRN", "opposes", "USA"),
        ),
    ],
)
def test_stances_of_round_62(text: str, want: tuple | None, wrong: tuple | None) -> None:
    check_stances(text, want, wrong)


def test_unnamed_people_who_say_they_back_a_treaty_are_no_group_named_before() -> None:
    got = stances(
        "Obama and Medvedev signed the treaty in Prague in April, and allies said they "
        "strongly backed the treaty."
    )
    assert not any(t == "supports" for _a, t, _x in got), got


def test_whom_a_speaker_told_is_no_speaker_even_with_titles() -> None:
    got = stances(
        "Prime Minister Mark Rutte told Turkish President Recep Tayyip Erdogan of his deep "
        "concern over the arrests in a telephone call on Monday."
    )
    assert got == [("NLD", "condemns", "topic:the arrests")], got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "despite" inside a relative clause: the relative's subject
            "Iran supplied drones to Russia, which used them against civilians despite "
            "condemnation from Kyiv.",
            ("UKR", "condemns", "RUS"),
            ("UKR", "condemns", "IRN"),
        ),
        (  # "despite its criticism": the subject's own
            "India kept buying Russian oil despite its criticism of the war in Ukraine.",
            ("IND", "condemns", "topic:the war in Ukraine"),
            None,
        ),
        (  # a vote against a body's resolution: the body's words, not the voters'
            "Syria and North Korea voted against the UN General Assembly resolution condemning "
            "Russia.",
            ("UN General Assembly", "condemns", "RUS"),
            ("SYR", "condemns", "RUS"),
        ),
        (  # an abstention on votes
            "India has repeatedly abstained on UN votes condemning Russia's war in Ukraine.",
            None,
            ("IND", "condemns", "RUS"),
        ),
        (  # ... a body's votes: the body's words
            "Kenya has abstained in U.N. General Assembly votes condemning Russia's invasion of "
            "Ukraine.",
            ("UN General Assembly", "condemns", "RUS"),
            ("KEN", "condemns", "RUS"),
        ),
        (  # a named state with "its allies" keeps its stance
            "The United States and its allies said they condemned North Korea's launch.",
            ("USA", "condemns", "PRK"),
            None,
        ),
        (  # an opposition body the lexicon counts as the state's: the body
            "The United States backed Myanmar's opposition National Unity Government on Monday.",
            ("USA", "supports", "topic:National Unity Government"),
            ("USA", "supports", "MMR"),
        ),
        (  # "came within a vote": no encounter
            "Russia came within a vote of blocking the resolution. The United States criticized "
            "the approach.",
            None,
            ("USA", "condemns", "RUS"),
        ),
        (  # the aside on the doer is no part of the deed
            "Russia, which invaded Ukraine in 2022, seized the plant, a step Kyiv rejected.",
            ("UKR", "opposes", "topic:seized the plant"),
            ("UKR", "opposes", "topic:which invaded Ukraine"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_62(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # an abstention in a body's vote (singular): the body's words
            "South Africa abstained in the U.N. General Assembly vote condemning Russia.",
            ("UN General Assembly", "condemns", "RUS"),
            ("ZAF", "condemns", "RUS"),
        ),
        (  # a resolution told as vetoed after it: no one's condemnation
            "India abstained on the Security Council resolution condemning Russia, which Moscow "
            "vetoed.",
            None,
            ("UN Security Council", "condemns", "RUS"),
        ),
        (  # whom a speaker told: the titled person only, not a state named after them
            "Austin told Philippine Defense Secretary Gilberto Teodoro Washington supported "
            "Manila.",
            ("USA", "supports", "PHL"),
            None,
        ),
        (  # a place a convoy failed to reach ends its list: ", and Egypt condemned" is Egypt's
            "The aid convoy failed to reach Gaza, and Egypt condemned Israel.",
            ("EGY", "condemns", "ISR"),
            None,
        ),
        (  # "Ukraine's allies": others than Ukraine
            "Russia attacked Kharkiv on Monday, and Ukraine's allies said they condemned the "
            "strike.",
            None,
            ("UKR", "condemns", "RUS"),
        ),
        (  # "and from Washington's allies": others than Washington
            "China fired missiles near Taiwan on Monday, drawing criticism from its neighbours "
            "and from Washington's allies.",
            None,
            ("USA", "condemns", "CHN"),
        ),
        (  # a government of "national salvation" is a rival's
            "Yemen's Government of National Salvation (NSG) was formed by the Houthis in Sanaa. "
            "The NSG condemned Saudi Arabia.",
            None,
            ("YEM", "condemns", "SAU"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_62_second_pass(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # "over what X called ...": the speaker's name for the target after a preposition
            "The G7 ministers voiced deep concern over what the communique called Iran's "
            "destabilising conduct.",
            ("G7", "condemns", "IRN"),
            ("G7", "condemns", "topic:what the communique called Iran's destabilising conduct"),
        ),
        (  # "a step X welcomed": a relative stance of support
            "Kenya signed a defence pact with Britain, a step Uganda welcomed at the time.",
            ("UGA", "supports", "KEN"),
            None,
        ),
        (  # a recognition condemned: the state that made it
            "The EU condemned Moscow's recognition of the two regions.",
            ("European Union", "condemns", "RUS"),
            ("European Union", "condemns", "topic:Moscow's recognition of the two regions"),
        ),
        (  # ... but one rejected stays the recognition
            "The U.S. rejected Moscow's recognition of the two regions.",
            ("USA", "opposes", "topic:Moscow's recognition of the two regions"),
            ("USA", "opposes", "RUS"),
        ),
        (  # a decision whose complement is a policy: the state that took it
            "Seoul condemned Tokyo's decision to release the video.",
            ("KOR", "condemns", "JPN"),
            ("KOR", "condemns", "topic:Tokyo's decision to release the video"),
        ),
        (  # a name with its own verb after "and": a clause of its own, no second target
            "Russia condemned Ukraine and Poland said it would respond.",
            ("RUS", "condemns", "UKR"),
            ("RUS", "condemns", "POL"),
        ),
        (  # "the five countries": the five named in the sentences right before
            "Russia annexed Crimea in 2014. Lithuanian President Gitanas Nauseda and Latvian "
            "President Edgars Rinkevics hosted the talks. They brought together the presidents of "
            "Finland, Estonia and Poland. In a joint statement, the five countries urged the EU "
            "to act.",
            ("FIN", "urges", "European Union"),
            None,
        ),
    ],
)
def test_stances_of_round_63(text: str, want: tuple | None, wrong: tuple | None) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a bare "voted against" after a named text was adopted by a vote: against it
            "The conference adopted the Ottawa Convention by 89 votes to 2. Cuba and Libya "
            "voted against, saying the text ignored their security needs.",
            ("CUB", "opposes", "topic:Ottawa Convention"),
            None,
        ),
        (  # the head of a body, in apposition: the person, not the body
            "The EU imposed sanctions on Hezbollah's military commander, Fuad Shukr, on Monday.",
            ("European Union", "sanctions", "topic:Fuad Shukr"),
            ("European Union", "sanctions", "Hezbollah"),
        ),
        (  # "demanded that they ...": the armed group the sentence named before
            "The African Union condemned the capture of Gao by al-Shabaab fighters and demanded "
            "that they leave the town.",
            ("African Union", "urges", "Al-Shabaab"),
            None,
        ),
    ],
)
def test_stances_of_round_63_votes_heads_and_fighters(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a name whose own verb has an object: a clause of its own
            "Egypt condemned Israel and Jordan recalled its ambassador.",
            ("EGY", "condemns", "ISR"),
            ("EGY", "condemns", "JOR"),
        ),
        (  # ... also in the present tense, and with "said" before a pronoun
            "France backs Armenia and Azerbaijan accuses Paris of bias.",
            ("FRA", "supports", "ARM"),
            ("FRA", "supports", "AZE"),
        ),
        (  # a participle after the list keeps both targets
            "The EU imposed sanctions on Iran and Syria announced on Friday.",
            ("European Union", "sanctions", "SYR"),
            None,
        ),
        (  # an adjective before the act: still the state that acted
            "Ukraine condemned Moscow's formal recognition of the two breakaway regions.",
            ("UKR", "condemns", "RUS"),
            None,
        ),
        (  # "that Vietnam welcomed" a ship: hosting, no support
            "The USS Ronald Reagan, an aircraft carrier that Vietnam welcomed in Da Nang in "
            "2023, left the port.",
            None,
            ("VNM", "supports", "topic:The USS Ronald Reagan"),
        ),
        (  # "the three countries": those that did it, not whose envoy was summoned
            "Britain summoned Russia's ambassador on Tuesday. Germany and France did the same. "
            "The three countries condemned the cyberattacks.",
            ("DEU", "condemns", "topic:the cyberattacks"),
            ("RUS", "condemns", "topic:the cyberattacks"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_63(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a plural noun after a name is no verb: both targets stay
            "The EU condemned Israel and Hamas fighters after the attack on the convoy.",
            ("European Union", "condemns", "Hamas"),
            None,
        ),
        (  # ... nor is a participle that takes "to"
            "The EU imposed sanctions on Russia and Belarus related to the war.",
            ("European Union", "sanctions", "BLR"),
            None,
        ),
        (  # a name with "has" and its own verb and object: a clause of its own
            "Beijing condemned Manila and Tokyo has summoned its ambassador.",
            ("CHN", "condemns", "PHL"),
            ("CHN", "condemns", "JPN"),
        ),
        (  # a demand for punishment urges no one
            "The U.N. Security Council condemned the attack by al-Shabaab fighters and demanded "
            "that they be brought to justice.",
            ("UN Security Council", "condemns", "Al-Shabaab"),
            ("UN Security Council", "urges", "Al-Shabaab"),
        ),
        (  # a later "voted against the resolution" is not against the treaty adopted before
            "The General Assembly adopted the Arms Trade Treaty by 154 votes to 3. Later that "
            "week Iran voted against the resolution on Ukraine.",
            None,
            ("IRN", "opposes", "topic:Arms Trade Treaty"),
        ),
        (  # the states named as objects or destinations are not the counted group
            "Germany sent tanks to Ukraine. France and Britain sent missiles to Kyiv. The three "
            "countries urged the EU to do more.",
            ("DEU", "urges", "European Union"),
            ("UKR", "urges", "European Union"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_63_second_pass(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # sacking one's own officials: no stance
            "Lukashenko dismissed his defence minister and the head of the air force on Tuesday.",
            None,
            ("BLR", "opposes", "topic:his defence minister and the head of the air force"),
        ),
        (  # aid restricted is no support
            "Washington restricted military aid to Cambodia after the election.",
            None,
            ("USA", "supports", "KHM"),
        ),
        (  # "its ally, X": the ally named after the comma
            "Britain stands with its ally, Estonia, the defence secretary said.",
            ("GBR", "supports", "EST"),
            None,
        ),
        (  # "stands together with"
            "Japan stands together with Australia, the ministry said.",
            ("JPN", "supports", "AUS"),
            None,
        ),
        (  # "He called on Beijing ... and reaffirmed that the treaty extends to ...": the
            # speaker's state, not the one he called on
            '"Washington stands by Manila," a State Department spokesman said on Monday. He '
            "called on Beijing to stop the harassment and reaffirmed that the Mutual Defense "
            "Treaty extends to armed attacks on Philippine vessels.",
            ("USA", "commits-to-defend", "PHL"),
            ("CHN", "commits-to-defend", "PHL"),
        ),
        (  # the executions a regime's possessive named before: that state's; "in a joint
            # statement" is where it was said, no part of the target
            "Rights groups denounced the Iranian regime's execution of two protesters on Monday. "
            "Canada and Germany condemned the executions in a joint statement.",
            ("CAN", "condemns", "IRN"),
            ("CAN", "condemns", "topic:the executions in a joint statement"),
        ),
        (  # "the two leaders": the two whose leaders were named, not a pact's parties told
            # between
            "Polish President Andrzej Duda and Czech Prime Minister Petr Fiala held talks in "
            "Prague on Monday. The statement noted the Russia-Belarus security pact, signed in "
            "February, with alarm. The two leaders pledged to deepen defence cooperation between "
            "their countries.",
            ("POL", "pledges-cooperation", "CZE"),
            ("RUS", "pledges-cooperation", "BLR"),
        ),
        (  # a state's name before an office and a person: one official of a joint subject
            "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister "
            "Christopher Luxon criticised North Korea.",
            ("AUS", "condemns", "PRK"),
            None,
        ),
    ],
)
def test_stances_of_round_64(text: str, want: tuple | None, wrong: tuple | None) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a state's name before an office and a possessive person: still the state's
            "Moscow criticised Finland President Alexander Stubb's remarks on Ukraine.",
            ("RUS", "condemns", "FIN"),
            None,
        ),
        (  # "the two ministers" of a meeting told by titles, not an earlier pact's leaders
            "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin signed a "
            "joint statement in July. On Friday, the defence ministers of Spain and Italy met in "
            "Rome. The two ministers condemned Iran's drone strikes.",
            ("ESP", "condemns", "IRN"),
            ("IND", "condemns", "IRN"),
        ),
        (  # "the forum" is no name of one forum
            "The Pacific Islands Forum chair spoke at the Munich Security Conference. The forum "
            "criticised Russia.",
            None,
            ("Pacific Islands Forum", "condemns", "RUS"),
        ),
        (  # an office word that modifies another noun is no office holder
            "Tehran rejected their chief demand, an end to enrichment.",
            ("IRN", "opposes", "topic:their chief demand"),
            None,
        ),
        (  # "fellow NATO allies" urged: the alliance
            "Estonia urged fellow NATO allies to send more artillery to Kyiv.",
            ("EST", "urges", "NATO"),
            None,
        ),
        (  # executions told by a verb later are the later state's
            "The Belarusian regime's execution of a dissident last year drew outrage. On "
            "Tuesday, Saudi Arabia executed two men. Canada condemned the executions.",
            ("CAN", "condemns", "SAU"),
            ("CAN", "condemns", "BLR"),
        ),
        (  # "in a statement issued by" another: whose remarks, not where they were said
            "Seoul protested the remarks in a statement issued by Japan's foreign ministry.",
            None,
            ("KOR", "condemns", "topic:the remarks"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_64(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # a commitment to a state's territorial integrity supports the state
            "Chile said it remained firmly committed to Peru's territorial integrity.",
            ("CHL", "supports", "PER"),
            None,
        ),
        (  # "and alliance officials complained that ...": a clause of its own, no target
            "The United States criticised the move and alliance officials complained that "
            "Madrid had not consulted them.",
            None,
            ("USA", "condemns", "topic:the move and alliance officials complained"),
        ),
    ],
)
def test_stances_of_round_64_commitments_and_topics(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (  # an armed movement named after a state is not the state's forces
            "The Irish Republican Army (IRA) claimed the bombing. Britain condemned the IRA.",
            None,
            ("GBR", "condemns", "IRL"),
        ),
        (  # a commitment said to be violated supports no one
            "Tbilisi accused Moscow of violating its commitment to Georgia's territorial "
            "integrity.",
            ("GEO", "condemns", "RUS"),
            ("RUS", "supports", "GEO"),
        ),
        (  # "in a statement issued by its foreign ministry": the actor's own, no target
            "China condemned the sanctions in a statement issued by its foreign ministry.",
            ("CHN", "condemns", "topic:the sanctions"),
            None,
        ),
        (  # "and Japanese officials said": a clause of its own, also after a demonym
            "The United States criticised the move and Japanese officials said it was a mistake.",
            None,
            ("USA", "condemns", "topic:the move and Japanese officials said it was a mistake"),
        ),
    ],
)
def test_the_reviewed_stances_of_round_64_second_pass(
    text: str, want: tuple | None, wrong: tuple | None
) -> None:
    check_stances(text, want, wrong)
