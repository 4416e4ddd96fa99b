"""Extraction by grammar, not by list: designators, ship classes, organizations, article names."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.mentions import find_mentions
from kg.extract.orgs import find_orgs
from kg.rdf.mapping import variant_base


def systems(text: str) -> list[str]:
    return [m.key for m in find_mentions(text, 0) if m.kind == "system"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul ordered SM-6 Block IU interceptors.", ["SM-6 Block IU"]),
        ("Tokyo bought SM-3 Block IIA rounds.", ["SM-3 Block IIA"]),
        ("208 PAC-3 MSE interceptors", ["PAC-3 MSE"]),
        ("43 F-35A aircraft for the Air Force", ["F-35A"]),
        ("the K9A1 version of the howitzer", ["K9A1"]),
        ("AIM-120 AMRAAM missiles", ["AIM-120"]),  # the trade name after a designator
        ("Tomahawk Block V cruise missiles", ["Tomahawk Block V"]),
        ("rocket launches from HIMARS", ["HIMARS"]),
        ("the Type 12 surface-to-ship missile", ["Type 12"]),
        ("a Hwasong-17 launch", ["Hwasong-17"]),
        ("180 K2 Black Panther main battle tanks", ["K2"]),  # trade name dropped
        ("Hobart-class destroyers and a Collins-class submarine",
         ["Hobart-class destroyer", "Collins-class submarine"]),
        ("38 AGM-88B missiles", ["AGM-88B"]),
        ("AIM-120C-8 missiles", ["AIM-120C-8"]),
        ("80 Rafale F4 fighters", ["Rafale F4"]),
        ("Standard Missile-3 Block IIA interceptors", ["SM-3 Block IIA"]),
        ("The Virginia-class submarine USS Utah sailed.", ["Virginia-class submarine"]),
        ("a Chinese Jiangkai-class frigate", ["Jiangkai-class frigate"]),  # no nationality
        ("the Tejas Mk2 jet and the Tejas Mk 3", ["Tejas Mk2", "Tejas Mk 3"]),
        ("the GMLRS Increment 3 rocket", ["GMLRS Increment 3"]),
        ("it retired its F-16s and Typhoons", ["F-16", "Eurofighter Typhoon"]),  # plurals
        ("its F-16C/D jets", ["F-16C", "F-16D"]),  # a slashed sibling variant
        ("ageing F-4 and F-5 fleets", ["F-4", "F-5"]),
        ("carrying B83 bombs", ["B83"]),
        ("the Type 093A Shang-class design", ["Type 093A"]),
        ("a Rafale-M jet and a JAS 39 jet", ["Rafale M", "Gripen"]),  # lexicon aliases
        ("the Precision Strike Missile (PrSM) Increment 4 seeker", ["PrSM Increment 4"]),
        # electronics and engine designations name equipment by their shape alone
        ("fitted with the AN/SQQ-89 and an AN/TPY-2", ["AN/SQQ-89", "AN/TPY-2"]),
        ("upgraded AN/MPQ-64F1 sets", ["AN/MPQ-64F1"]),
        ("powered by the F414-GE-400 and T700-GE-701D", ["F414-GE-400", "T700-GE-701D"]),
        # variant letters after the number, trade name dropped
        ("108 M1A2T Abrams tanks", ["M1A2T"]),
        ("Moscow sent T-90M and T-72B3M tanks", ["T-90M", "T-72B3M"]),
        # Russian index numbers need a system noun or a quantity
        ("the 9M723 ballistic missile and 12 48N6E3 interceptors", ["9M723", "48N6E3"]),
        # an owner before a class name is not part of it
        ("the Navy's Kilo-class submarines", ["Kilo-class submarine"]),
        # a name the lexicon does not know, with a variant mark, before a system noun
        ("12 Kestrel 320 jets and old Draken II fighters", ["Kestrel 320", "Draken II"]),
        ("the Skyguard ER radar and M1A2 SEPv3 tanks", ["Skyguard ER", "M1A2 SEPv3"]),
        # more ship types, and a modifier before the ship noun is dropped
        ("two Reliance-class cutters and a Kedah-class offshore patrol vessel",
         ["Reliance-class cutter", "Kedah-class offshore patrol vessel"]),
        ("a Kongo-class guided-missile destroyer", ["Kongo-class destroyer"]),
        # named ships are platforms; a hull number in brackets is the ship's
        ("the frigate HMCS Ottawa (FFH 341) and the destroyer USS John Finn (DDG-113) sailed",
         ["HMCS Ottawa", "USS John Finn"]),
        ("the carrier INS Vikrant and BRP Jose Rizal", ["INS Vikrant", "BRP Jose Rizal"]),
        ("crews rotate through HMAS Stirling, a naval base near Perth", []),  # a shore base
        # initials, "Mc" and "of" inside a ship's name
        ("USS Jimmy E. Carter and HMS Duke of Edinburgh", ["USS Jimmy E. Carter",
                                                           "HMS Duke of Edinburgh"]),
        ("the destroyer USS McAllister sailed", ["USS McAllister"]),
        # a class told the long way, and a role kept in the type
        ("the lead boats of the Dreadnought class of ballistic missile submarines",
         ["Dreadnought-class submarine"]),
        ("three Astute-class attack submarines", ["Astute-class submarine"]),
        ("AN/SPY-6(V)1 radars and an AN/TPY-2 radar", ["AN/SPY-6(V)1", "AN/TPY-2"]),
        ("with AN/APG-82(V)1 Active Electronically Scanned Array sets", ["AN/APG-82(V)1"]),
        # the short name in brackets after a variant spelled out is that variant
        ("AIM-120D Advanced Medium Range Air-to-Air Missiles (AMRAAM) and Javelin missiles",
         ["AIM-120D", "Javelin"]),
    ],
)  # fmt: skip
def test_systems_by_grammar(text: str, expected: list[str]) -> None:
    assert systems(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "flight MH17 was downed",
        "the COVID-19 pandemic",
        "engagement control stations and communications equipment",
        "in 2023 the G20 met",
        "a $344 million award",
        "1H24 revenue rose and 5G networks grew",  # an index shape with no system noun
        "Berlin sent Ukraine 155 howitzers after World War II tanks were retired",
        "in March 200 drones and Phase III missiles",
        "the 2B4 form was filed",
    ],
)
def test_generic_equipment_and_codes_are_not_systems(text: str) -> None:
    assert systems(text) == []


@pytest.mark.parametrize(
    ("name", "base"), [("Rafale F4", "Rafale"), ("Tomahawk Block V", "Tomahawk"), ("K9A1", "K9")]
)
def test_variants_know_their_base(name: str, base: str) -> None:
    assert variant_base(name) == base


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        (
            "Navy chiefs praised Korvet Dock Shipbuilders Ltd. on Monday.",
            "Korvet Dock Shipbuilders",
            "company",
            None,
        ),
        (
            "India's Defence Capability Council cleared it.",
            "Defence Capability Council",
            "government-body",
            "IND",
        ),
        (
            "the Senate of Liberia must ratify it",
            "Senate of Liberia",
            "legislature",
            None,
        ),
        (
            "The Organisation for Nordic Armament Cooperation signed.",
            "Organisation for Nordic Armament Cooperation",
            "government-body",
            None,
        ),
        (
            "sanctions on Iranian drone maker Kaveh Aviation Industries",
            "Kaveh Aviation Industries",
            "company",
            None,
        ),
        ("It backs the Kivu Liberation Front's fighters.", "Kivu Liberation Front",
         "armed-group", None),  # a possessive head
        ("Fines hit satellite company Orbitel on Friday.", "Orbitel", "company", None),
        ("The firm Nordwerk Marine Dynamics said so.", "Nordwerk Marine Dynamics", "company", None),
        # a company described right after its name
        ("Ottawa listed Borvik Tekhnika, a Russian firm that ships parts.", "Borvik Tekhnika",
         "company", "RUS"),
        ("Rotors come from OKB Zarya, a subsidiary of a state group.", "OKB Zarya", "company",
         None),
        ("Seoul fined Hanul Precision, a state-owned supplier, in May.", "Hanul Precision",
         "company", None),
        ("Fines hit Kestrel Land and Air, a U.S. unit of a Dutch group.", "Kestrel Land and Air",
         "company", "USA"),
        # a political party named as "the <Name> party"
        ("Deputies from the Forward Together party walked out.", "Forward Together",
         "political-party", None),
        ("the opposition Unity and Renewal movement objected", "Unity and Renewal",
         "political-party", None),
        # a party name many states share takes its state's name
        ("Norway's Labour Party won.", "Labour Party of Norway", "political-party", "NOR"),
        ("Chile's Socialist Party objected.", "Socialist Party of Chile", "political-party",
         "CHL"),
        # an office named for another state is the owner's body, not its apparatus
        ("Japan's Korea Affairs Office said so.", "Korea Affairs Office", "government-body", "JPN"),
        # centres, funds, panels and banks by their head words
        ("The Naval Undersea Warfare Center awarded it.", "Naval Undersea Warfare Center",
         "government-body", None),
        ("The Sovereign Development Fund of Oman paid.", "Sovereign Development Fund of Oman",
         "government-body", None),
        ("the UN Panel of Experts on Libya said", "UN Panel of Experts on Libya", "government-body",
         None),
        # a date after the name is not part of it
        ("The Aeronautical Systems Agency on Sept. 2 said so.", "Aeronautical Systems Agency",
         "government-body", None),
        # an agency named with its nationality keeps it
        ("The Norwegian Defence Materiel Agency paid.", "Norwegian Defence Materiel Agency",
         "government-body", "NOR"),
    ],
)  # fmt: skip
def test_organizations_found_by_the_shape_of_their_names(
    text: str, name: str, kind: str, country: str | None
) -> None:
    found = [(o.name, o.kind, o.country) for _s, _e, o in find_orgs(text)]
    assert found == [(name, kind, country)]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese Foreign Ministry said so.",
        "A Carrier Strike Group sailed.",
        "Defense Ministry officials",
        "The Ministry of Defense of Japan said so.",  # the state's own apparatus
        "radars for the Coastal Artillery Regiment of the Chilean Marine Corps",  # a unit
        "the company President Ana Ruiz said",
        "Talks were held at Canada's Ministry of Defence.",  # the sentence's period
        "Finland, a NATO member, agreed.",  # a state described, not a company
        "Talks in Ankara, the Turkish capital, ended.",
        "The Polish party said so.",  # a nationality is no party name
        "Trade went through XQZ, a Russian firm.",  # three capitals would read as a state code
        "the Chilean Department of National Defense on Monday said",  # apparatus; a weekday
        "Ministers met at the Marina Bay Convention Centre.",  # a venue
        "Settlers in the West Bank protested.",  # a place
    ],
)
def test_generic_government_words_are_not_organizations(text: str) -> None:
    assert find_orgs(text) == []


def test_coordinated_names_are_two_organizations() -> None:
    names = [
        o.name
        for _s, _e, o in find_orgs(
            "Orders went to Nordic Arms Industries and Baltic Marine Systems."
        )
    ]
    assert names == ["Nordic Arms Industries", "Baltic Marine Systems"]


def test_an_owner_and_its_unit_are_two_organizations() -> None:
    found = {
        o.name: o for _s, _e, o in find_orgs("Nordic Arms Industries' Baltic Marine Works won.")
    }
    assert sorted(found) == ["Baltic Marine Works", "Nordic Arms Industries"]
    assert found["Baltic Marine Works"].parent == "Nordic Arms Industries"
    found = {o.name: o for _s, _e, o in find_orgs("Iceland's Defence Materiel Agency paid.")}
    assert list(found) == ["Defence Materiel Agency"]  # a state owner is no organization
    found = {o.name: o for _s, _e, o in find_orgs("Norway's Defence Materiel Agency paid.")}
    assert list(found) == ["Norwegian Defence Materiel Agency"]  # the one the lexicon knows


def test_company_named_with_a_country_is_a_subsidiary() -> None:
    ex = extract_text(
        "Hanwha Systems Australia won a contract worth A$1 billion from the Australian Army."
    )
    assert "Hanwha Systems Australia" in ex.orgs
    org = ex.found_orgs["Hanwha Systems Australia"]
    assert (org.parent, org.country) == ("Hanwha Systems", "AUS")


def test_acronym_defined_in_brackets_names_the_body_later() -> None:
    text = (
        "NORDIC CITY, May 2, 2024 — The Baltic Procurement Agency (BPA) opened bids on Monday. "
        "Later, BPA awarded a $40 million contract to Nordic Arms Industries for 12 K9 howitzers."
    )
    ex = extract_text(text)
    contracts = [f for f in ex.facts if f.kind == "contract"]
    assert [(c.awardee, c.awarder) for c in contracts] == [
        ("Nordic Arms Industries", "Baltic Procurement Agency")
    ]


def test_the_alliance_is_nato_after_nato_was_named() -> None:
    text = (
        "BRUSSELS, April 4, 2024 — NATO foreign ministers met on Thursday. "
        "Ukraine's foreign minister urged the alliance to send more air defence."
    )
    stances = [
        (f.parties, f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"
    ]
    assert (("UKR",), "urges", "NATO") in stances


def test_agreements_with_two_partners_on_two_dates_are_two() -> None:
    text = (
        "TOKYO, July 8, 2024 — Japan signed similar access agreements with Australia in January "
        "2022 and with the United Kingdom in January 2023."
    )
    agreements = sorted(
        (f.parties, f.date) for f in extract_text(text).facts if f.kind == "agreement"
    )
    assert agreements == [(("JPN", "AUS"), "2022-01"), (("JPN", "GBR"), "2023-01")]


def test_both_sides_means_the_states_named_together() -> None:
    text = (
        "PARIS, July 14, 2023 — India and France agreed to co-develop an engine with Safran. "
        "Both sides pledged to deepen defence-industrial cooperation."
    )
    pledges = sorted(
        (f.parties, f.target) for f in extract_text(text).facts if f.type == "pledges-cooperation"
    )
    assert pledges == [(("FRA",), "IND"), (("IND",), "FRA")]


def test_a_nation_inside_a_place_name_is_no_state() -> None:
    assert [m.key for m in find_mentions("Ships sailed in the South China Sea.", 0)] == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # every member of a list of places is a place
        ("Rights groups cite abuses in Mali, Sudan and the Central African Republic.", []),
        ("Drills were held in Chile, Peru, and Ecuador last week.", []),
        # a destination of travel and a neighbour are places
        ("The minister travels on to Kenya and Tanzania next week.", []),
        ("Finland, which borders Russia's Karelia region and Norway, said so.", ["FIN"]),
        ("The base is at Holloman Air Force Base, New Mexico.", []),
        # buyers in a list are actors, and a sentence after a destination starts afresh
        ("Sweden sold jets to Hungary, Czechia and Thailand.", ["CZE", "HUN", "SWE", "THA"]),
        ("He flew to Japan. Japan welcomed the plan.", ["JPN"]),
    ],
)  # fmt: skip
def test_states_named_as_places_in_lists_and_travel_are_no_actors(
    text: str, actors: list[str]
) -> None:
    found = {m.key for m in find_mentions(text, 0) if m.kind == "nation" and m.role == "actor"}
    assert sorted(found) == actors


def test_an_ambiguous_nation_name_next_to_a_name_is_a_person() -> None:
    keys = [m.key for m in find_mentions("Michael Jordan met Jordan officials.", 0)]
    assert keys == ["JOR"]


@pytest.mark.parametrize(
    "text",
    [
        "When Jordan signed the pact, critics objected.",
        "After Chad left the force, Niger followed.",
        "While Georgia waited, talks stalled.",
    ],
)
def test_a_word_opening_the_sentence_is_no_given_name(text: str) -> None:
    found = [m.key for m in find_mentions(text, 0) if m.kind == "nation"]
    expected = {"Jordan": ["JOR"], "Chad": ["TCD", "NER"], "Georgia": ["GEO"]}
    assert found == expected[text.split()[1]]


def test_a_title_with_a_nationality_beats_the_office_the_lexicon_knows() -> None:
    ms = find_mentions("Dutch caretaker Prime Minister Mark Rutte met him.", 0)
    assert [(m.key, m.form) for m in ms] == [("NLD", "demonym"), ("NLD", "person")]  # (the name
    # stays, as the nationality's, so a list of titled names reads as one run)


def test_the_drills_refers_to_the_exercise_reported() -> None:
    text = (
        "SEOUL, March 13, 2023 — South Korea and the United States began the Freedom Shield "
        "exercise on Monday. Pyongyang has denounced the drills as a rehearsal for invasion."
    )
    stances = [
        (f.parties, f.type, f.target) for f in extract_text(text).facts if f.kind == "stance"
    ]
    assert stances == [(("PRK",), "condemns", "topic:Freedom Shield")]


def test_alliance_leaders_gathering_is_a_nato_meeting() -> None:
    text = (
        "VILNIUS, July 11, 2023 — Sweden moved closer to NATO on Tuesday as alliance leaders "
        "gathered in Vilnius for a summit."
    )
    meetings = [(f.parties, f.location) for f in extract_text(text).facts if f.kind == "meeting"]
    assert meetings == [(("NATO",), "Vilnius")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Hungary's parliament voted on Monday.", "National Assembly of Hungary"),
        ("The Philippine Senate must ratify the pact.", "Senate of the Philippines"),
        ("The Polish parliament approved the budget.", "Sejm"),
    ],
)
def test_national_legislatures_by_their_common_names(text: str, org: str) -> None:
    assert org in extract_text(text).orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv told U.N. member states to act.", ["UKR"]),
        ("Russia broke the U.N. Charter again.", ["RUS"]),
        ("A U.N. panel of experts met.", []),
        ("The U.N. said it would send observers.", ["United Nations"]),
        ("The U.N. welcomes the truce.", ["United Nations"]),
    ],
)
def test_an_abbreviation_used_as_an_adjective_names_no_body(text: str, expected: list[str]) -> None:
    assert [m.key for m in find_mentions(text, 0)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oslo ordered AMRAAM missiles.", ["NOR", "AIM-120"]),  # designator canonical
        ("It fires the AIM-120C-7 AMRAAM.", ["AIM-120C-7"]),  # trade name after designator
        ("The Advanced Medium-Range Air-to-Air Missile won.", ["AIM-120"]),
        ("New Delhi leased two MQ-9B SkyGuardian drones.", ["IND", "MQ-9B"]),  # trade name dropped
        ("Ten SeaGuardian aircraft patrol.", ["MQ-9B"]),
        ("The jets carry GBU-39B/B bombs.", ["GBU-39B/B"]),
        ("Lisbon bought MEKO A-200 frigates.", ["PRT", "MEKO A-200"]),
        ("the Future Cruise/Anti-Ship Weapon programme", ["Future Cruise/Anti-Ship Weapon"]),
        ("India will buy six AH-64E Apache helicopters.", ["IND", "AH-64E"]),
        ("India will buy 24 MH-60 Romeo helicopters.", ["IND", "MH-60R"]),
        ("The Marines ordered MV-22 Block C Osprey aircraft.", ["MV-22 Block C"]),
        ("Thailand flies Gripen C/D jets.", ["THA", "Gripen C", "Gripen D"]),
        ("Thailand picked the Gripen E/F fighter.", ["THA", "Gripen E", "Gripen F"]),
        ("The Navy flies F/A-18E/F Super Hornets.", ["F/A-18E/F"]),
        ("It ordered M1A2 System Enhancement Package version 3 Abrams tanks.", ["M1A2 SEPv3"]),
        ("Qatar requested GBU-39B/B Laser Small Diameter Bombs.", ["QAT", "GBU-39B/B"]),
        (
            "HAL builds LCA Tejas Mk-1A jets and LCA Tejas Mk-1 trainers.",
            ["Hindustan Aeronautics Limited", "Tejas Mk1A", "Tejas Mk1"],
        ),
        ("It ordered 44 new Leopard 2A7+ tanks.", ["Leopard 2A7+"]),
    ],
)
def test_systems_keep_designators_and_drop_trade_names(text: str, expected: list[str]) -> None:
    assert [m.key for m in find_mentions(text, 0)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers of Law and Justice objected.", "Law and Justice"),
        ("the PiS opposition", "Law and Justice"),
        ("the opposition ANO movement", "ANO 2011"),
        ("procurement agency armasuisse signed", "armasuisse"),
        ("the 193-member General Assembly voted", "UN General Assembly"),
        ("Beijing's Taiwan Affairs Office warned Taipei.", "Taiwan Affairs Office"),
        ("Sikorsky Aircraft Corp. won", "Sikorsky"),
    ],
)
def test_parties_offices_and_agencies_by_their_names(text: str, expected: str) -> None:
    assert expected in [m.key for m in find_mentions(text, 0) if m.kind == "org"]


def test_a_named_command_is_an_organization_and_its_state_acts() -> None:
    (cmd,) = [m for m in find_mentions("The Southern Theater Command said so.", 0)]
    assert (cmd.key, cmd.state, cmd.actor) == ("Southern Theater Command", None, "CHN")


def test_a_capital_that_seats_international_bodies_is_no_state() -> None:
    ex = extract_text("Several members pressed Brussels to act against Chinese suppliers.")
    assert "BEL" not in ex.nations


def test_a_shared_party_name_with_a_known_row_takes_the_canonical_name() -> None:
    keys = [m.key for m in find_mentions("Vietnam's Communist Party met in Hanoi.", 0)]
    assert "Communist Party of Vietnam" in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congo and Angola signed a border pact on Friday.", {"COD", "AGO"}),
        ("The Congolese army and Angola signed a border pact on Friday.", {"COD", "AGO"}),
        (
            "Congo Republic and Gabon held talks on Monday. Congo and Angola signed a pact.",
            {"COG", "GAB", "AGO"},
        ),
        (
            "DR Congo and Angola held talks on Monday. Later Congo and Gabon signed a pact.",
            {"COD", "AGO", "GAB"},
        ),
    ],
)
def test_a_short_name_two_states_share_is_the_one_the_article_named(
    text: str, expected: set[str]
) -> None:
    assert set(extract_text(text, date="2025-03-14").nations) == expected


def test_a_group_named_in_a_relative_clause_is_background_not_the_group_referred_to() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The minister restated the commitment of "
        "Chile to the defence of Peru under the Andean Pact, which Chile, Peru and Bolivia "
        "signed in 1969. The Ministers expressed serious concern about actions by Venezuela."
    )
    ex = extract_text(text, date="2025-03-14")
    actors = sorted(f.parties[0] for f in ex.facts if f.kind == "stance" and f.type == "condemns")
    assert actors == ["CHL", "PER"]


def test_officials_listed_with_their_titles_are_one_group() -> None:
    # people the lexicon knows (data/lexicon/people.tsv), each named with a title only
    text = (
        "Minister for Defence Richard Marles, Secretary of Foreign Affairs Enrique Manalo and "
        "Secretary of National Defense Gilberto Teodoro convened the Andean Council today. The "
        "Ministers condemned the Bolivian missile launches."
    )
    ex = extract_text(text, date="2025-03-14")
    found = sorted((f.parties, f.target) for f in ex.facts if f.kind == "stance")
    assert found == [(("AUS",), "BOL"), (("PHL",), "BOL")]


def test_states_named_with_their_titled_officials_are_one_run() -> None:
    text = "Chile's President Ana Diaz and France's President Juan Soto signed a treaty on Monday."
    ex = extract_text(text, date="2025-03-14")
    assert [(f.type, f.parties) for f in ex.facts if f.kind == "agreement"] == [
        ("treaty", ("CHL", "FRA"))
    ]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Former president Rafael Correa opposed the bases.", []),
        ("Israel signed a deal with Rafael on Monday.", ["Rafael Advanced Defense Systems"]),
    ],
)
def test_a_company_name_that_is_a_given_name_is_no_company_before_a_surname(
    text: str, orgs: list[str]
) -> None:
    assert sorted(extract_text(text, date="2025-03-14").orgs) == orgs


def test_a_leaders_surname_after_an_article_is_a_place_not_the_leader() -> None:
    # "Erdogan" is listed as Turkey's president; "the Erdogan range" is no one
    keys = [m.key for m in find_mentions("Troops drilled at the Erdogan range on Monday.", 0)]
    assert "TUR" not in keys
    assert [m.key for m in find_mentions("Erdogan met Peru's president on Monday.", 0)][:1] == [
        "TUR"
    ]


def test_a_name_negated_by_its_prefix_is_no_actor() -> None:
    found = find_mentions("Chile became a non-NATO ally as anti-NATO rallies grew.", 0)
    assert [(m.key, m.role) for m in found] == [
        ("CHL", "actor"),
        ("NATO", "origin"),
        ("NATO", "origin"),
    ]
    text = (
        "President Javier Milei met Chilean President Gabriel Boric on Monday to mark Chile "
        "becoming a major non-NATO ally."
    )
    meetings = [f for f in extract_text(text, date="2025-03-14").facts if f.kind == "meeting"]
    assert [sorted(f.parties) for f in meetings] == [["ARG", "CHL"]]


def test_a_company_with_its_legal_form_abbreviated_is_the_one_the_lexicon_spells_out() -> None:
    text = "Sierra Nevada Corp., Centennial, Colorado, has been awarded a contract."
    assert [m.key for m in find_mentions(text, 0) if m.kind == "org"] == [
        "Sierra Nevada Corporation"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a show of support for the South American country.", []),
        ("Latin American governments met.", []),
        ("South Korean officials met.", ["KOR"]),
    ],
)
def test_a_region_adjective_is_no_demonym(text: str, expected: list[str]) -> None:
    assert [m.key for m in find_mentions(text, 0)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the destroyers Admiral Levchenko and Severomorsk sailed",
            ["Admiral Levchenko", "Severomorsk"],
        ),
        ("the research vessel Haiyang Dizhi 8 entered the zone", ["Haiyang Dizhi 8"]),
        ("the frigate Yuncheng and the patrol ship Suqian shadowed it", ["Yuncheng", "Suqian"]),
        ("two frigates Indonesia ordered arrived", []),  # a state, no ship
        ("the frigate Programme slipped on Monday", []),
        ("the frigate HMCS Ottawa sailed", ["HMCS Ottawa"]),  # the prefix names it once
    ],
)
def test_a_ship_named_after_its_type_is_a_system(text: str, expected: list[str]) -> None:
    assert systems(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile will acquire the submarines Albanese announced in San Diego.",
        "the flag carrier Cathay Pacific flew",
        "the destroyer Lassen Navy officials identified",
    ],
)
def test_a_person_an_airline_or_a_service_after_a_ship_type_is_no_ship(text: str) -> None:
    assert systems(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland operates F/A-18 Hornets.", ["F/A-18"]),
        ("Indonesia ordered 16 T-50i jets.", ["T-50i"]),
        ("France sent Mirage 2000D jets.", ["Mirage 2000D"]),
        ("A P-3 surveillance plane flew.", ["P-3 Orion"]),
        ("The vessel, commissioned as HMPNGS Ted Diro, sailed.", ["HMPNGS Ted Diro"]),
        ("The frigate KD Lekiu and ROCS Ma Kong sailed.", ["KD Lekiu", "ROCS Ma Kong"]),
        ("Police registered a case under BNS Section 152, said ENS Maria Lopez.", []),
    ],
)
def test_systems_and_ship_prefixes_the_lexicon_knows(text: str, expected: list[str]) -> None:
    assert systems(text) == expected


def test_a_leader_named_with_his_office_and_state_is_no_body() -> None:
    text = (
        "Leaders met in Prague on 6 October 2022: President Ilham Aliyev of Azerbaijan, "
        "President Emmanuel Macron of France and the President of the European Council, "
        "Charles Michel."
    )
    ex = extract_text(text, date="2022-10-07")
    assert ex.found_orgs == {}
    assert "FRA" in ex.nations


def test_a_body_whose_name_opens_with_a_rank_word_is_still_a_body() -> None:
    ex = extract_text("The General Directorate of Armament of Turkey signed a deal on Monday.")
    assert "General Directorate of Armament of Turkey" in ex.found_orgs
    ex = extract_text(
        "Prime Minister Kishida of Japan and the President of the European Commission met on "
        "Monday."
    )
    assert ex.found_orgs == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a royal title the lexicon knows for another state's ruler: the nationality before it
        ("Saudi King Abdullah received the envoy.", "SAU"),
        ("Jordan's King Abdullah received the envoy.", "JOR"),
        # a state's envoy to the U.N. names the state, not the U.N.
        ("Sudan's U.N. Ambassador Ali Mohamed spoke.", "SDN"),
    ],
)
def test_titles_that_name_the_state_before_them(text: str, want: str) -> None:
    keys = [m.key for m in find_mentions(text, 0) if m.role == "actor"]
    assert keys and keys[0] == want and "United Nations" not in keys, keys
