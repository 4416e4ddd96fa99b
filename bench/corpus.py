"""A deterministic generator of wire-style defense-diplomacy articles with their gold facts.

``python bench/corpus.py --articles N --seed S --out DIR`` writes ``DIR/articles/NAME.txt``
and ``DIR/gold/NAME.json`` in the gold format of the development corpus (so ``kg eval DIR``
scores kg on it), one article at a time: memory stays flat for 100,000 articles, and article
``i`` of seed ``S`` is the same text whatever ``N`` is.

Articles are built from the project's lexicons (nations with their aliases, demonyms and
capitals, companies, agencies, international organizations, weapon systems, people): a
headline, a dateline, 150-400 words, two to five facts of several kinds (agreements,
contracts, meetings, exercises, stances) each stated by one of a dozen sentence templates
with absolute and relative dates ("on Tuesday", "last Thursday", "in March"), group
references ("the two countries", "both sides"), amounts in several currencies, hedged or
negated statements (listed in ``must_not``) and, in a share of the articles, page noise
(byline, "Advertisement", "Key points", "Related:" links). One article in three restates a
"world event" that other articles report too, so the same fact has several sources.

``build_store`` maps the gold facts straight to kg's quads (``kg.rdf.mapping.article_quads``,
the mapping ``kg ingest`` uses, with evidence offsets into the generated text) and
bulk-loads them: ``python bench/corpus.py --store --triples 1000000`` builds (once, cached
under ``--cache``, /tmp by default) a store of about a million triples shaped like kg output.

Example:
    python bench/corpus.py --articles 1000 --seed 1 --out /tmp/kg-corpus && kg eval /tmp/kg-corpus
    python bench/corpus.py --store --triples 1000000     # prints the cached store's path
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

MONTHS = [dt.date(2001, m, 1).strftime("%B") for m in range(1, 13)]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]  # fmt: skip
WEEKDAYS = [dt.date(2001, 1, d).strftime("%A") for d in range(1, 8)]  # 2001-01-01: Monday
NUMBER_WORDS = {2: "two", 3: "three", 4: "four"}
CURRENCIES = (  # (ISO code, how the text writes an amount in it, share)
    ("USD", "${v} {unit}", 6),
    ("USD", "USD {v} {unit}", 1),
    ("EUR", "€{v} {unit}", 2),
    ("GBP", "£{v} {unit}", 1),
    ("AUD", "A${v} {unit}", 1),
)
FILLERS = (
    "Analysts described the step as part of a broader shift in regional security.",
    "Officials gave few further details.",
    "Details of the financing were not disclosed.",
    "Regional tensions have risen over the past year.",
    "Industry officials said production lines were already running at capacity.",
    "Observers noted the symbolic weight of the venue.",
    "The step comes amid a wider push to modernize armed forces across the region.",
    "Officials described the atmosphere as constructive and businesslike.",
    "Defense budgets across the region have grown steadily since 2020.",
    "A spokesperson described the outcome as a milestone for both militaries.",
    "Lawmakers and industry analysts followed the announcement closely.",
    "Delivery schedules were described as tight but achievable.",
    "Officials stressed that the arrangements are defensive in nature.",
    "The news was welcomed by industry groups, which have lobbied for steadier orders.",
    "Questions about training, spare parts and long-term maintenance remain open.",
    "Several officials spoke on condition of anonymity to discuss internal deliberations.",
)
DESKS = ("Defence Desk Staff", "Asia-Pacific Desk", "Europe Correspondent", "Staff Reporter",
         "Security Correspondent", "Wire Staff")  # fmt: skip
SEAS = ("Philippine Sea", "Baltic Sea", "Black Sea", "South China Sea", "Arabian Sea",
        "Sea of Japan", "Indian Ocean", "Red Sea", "East China Sea", "Bay of Bengal")  # fmt: skip
EXERCISE_WORDS = ("Pacific", "Northern", "Iron", "Steel", "Silver", "Golden", "Baltic", "Ocean",
                  "Desert", "Mountain", "Swift", "Sea", "Freedom", "Allied", "Coastal")  # fmt: skip
EXERCISE_HEADS = ("Shield", "Sabre", "Strike", "Guardian", "Tiger", "Eagle", "Dragon",
                  "Resolve", "Defender", "Trident")  # fmt: skip
DOCS = {  # agreement type -> (document phrase, kg's head noun)
    "defense-cooperation": (
        ("defense cooperation agreement", "agreement"),
        ("information-sharing pact", "pact"),
        ("security cooperation memorandum", "memorandum"),
        ("joint declaration on defense cooperation", "declaration"),
        ("defense industrial cooperation agreement", "agreement"),
        ("logistics support agreement", "agreement"),
    ),
    "access": (
        ("reciprocal access agreement", "agreement"),
        ("status of forces agreement", "agreement"),
        ("visiting forces agreement", "agreement"),
    ),
    "cost-sharing": (
        ("cost-sharing agreement", "agreement"),
        ("host-nation support agreement", "agreement"),
    ),
    "treaty": (("mutual defense treaty", "treaty"), ("defense treaty", "treaty")),
    "other": (("strategic partnership memorandum", "memorandum"),),
    "arms-sale": (
        ("arms sale agreement", "agreement"),
        ("purchase agreement", "agreement"),
        ("procurement deal", "deal"),
    ),
}
AGREEMENT_TYPES = (
    ("defense-cooperation",) * 4
    + ("access", "cost-sharing", "treaty", "other")
    + ("arms-sale",) * 3
)
PURPOSES = {  # contract purpose -> phrases "to ... {system}"
    "production": ("to produce", "for the production of", "to build", "to deliver"),
    "development": ("to develop", "for development of", "for engineering and design work on"),
    "sustainment": ("to sustain", "for sustainment of", "for maintenance and repair of"),
}
GROUP_KINDS = ("agreement", "meeting", "exercise")  # facts whose sentence names all parties
STANCE_TYPES = ("condemns", "supports", "opposes", "urges", "commits-to-defend", "sanctions",
                "pledges-cooperation")  # fmt: skip


# -- the lexicon, as the generator uses it ----------------------------------------------------


@dataclass(frozen=True)
class Cast:
    """What the generator draws names from (built once from ``kg.lexicon``)."""

    nations: tuple[str, ...]  # ISO3 codes with curated aliases, demonyms and a capital
    labels: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    people: dict[str, tuple[str, ...]]  # nation -> people who act for it
    companies: tuple[tuple[str, str], ...]  # (canonical name, surface form)
    agencies: dict[str, tuple[str, ...]]  # nation -> contracting agencies
    intl: tuple[str, ...]
    systems: tuple[str, ...]  # canonical names


@cache
def cast() -> Cast:
    """Read the names the generator uses from kg's lexicon (cached per process).

    Example:
        >>> c = cast()
        >>> "KOR" in c.nations and c.capitals["KOR"]
        'Seoul'
    """
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    codes, aliases, demonyms, capitals = [], {}, {}, {}
    for code, n in sorted(lex.nations.items()):
        if not n.demonyms or not n.metonyms:
            continue
        codes.append(code)
        short = tuple(
            a
            for a in n.names[:4]
            if "," not in a and " of " not in a and not a[0].islower() and a != n.label
        )
        aliases[code] = short[:2]
        demonyms[code] = n.demonyms[0]
        capitals[code] = n.metonyms[0]
    people: dict[str, list[str]] = {}
    for p in lex.people.values():
        if p.acts_for in demonyms:
            people.setdefault(p.acts_for, []).append(p.name)
    companies = tuple(
        (o.name, (o.name, *o.aliases[:1])[len(o.name) % 2 if o.aliases else 0])
        for o in sorted(lex.orgs.values(), key=lambda o: o.name)
        if o.kind == "company" and o.country and "," not in o.name
    )
    agencies: dict[str, list[str]] = {}
    for o in sorted(lex.orgs.values(), key=lambda o: o.name):
        if (
            o.kind in ("government-body", "military-branch")
            and not o.state_apparatus
            and o.country in demonyms
            and "," not in o.name
            and ("Command" in o.name or "Agency" in o.name or "Administration" in o.name)
        ):
            agencies.setdefault(o.country, []).append(o.name)
    intl = ("NATO", "European Union", "G7", "ASEAN", "African Union", "Quad")
    systems = tuple(
        s.name
        for s in sorted(lex.systems.values(), key=lambda s: s.name)
        if "/" not in s.name and "'" not in s.name and not s.name.startswith("Type")
    )
    # Nations that have people in the lexicon are the usual actors of defense news; the others
    # appear too, less often.
    major = [code for code in codes if code in people]
    return Cast(
        tuple(major * 6 + codes),
        {c: lex.nations[c].label for c in codes},
        aliases,
        demonyms,
        capitals,
        {k: tuple(v) for k, v in people.items()},
        companies,
        {k: tuple(v) for k, v in agencies.items()},
        tuple(i for i in intl if i in lex.orgs),
        systems,
    )


# -- one article -------------------------------------------------------------------------------


@dataclass
class GenFact:
    """One generated fact: its gold record, the kg ``Fact`` fields and the sentence stating it."""

    kind: str
    gold: dict[str, Any]
    fields: dict[str, Any]
    sentence: str = ""


@dataclass
class GenArticle:
    """One generated article: name, text, headline, date and gold annotation."""

    name: str
    text: str
    title: str
    date: str
    gold: dict[str, Any]
    facts: list[GenFact] = field(default_factory=list)


class _Writer:
    """Builds one article from a random generator: sentences, facts and gold together."""

    def __init__(self, rng: random.Random, date: dt.date) -> None:
        self.rng = rng
        self.date = date
        self.c = cast()
        self.nations: set[str] = set()
        self.orgs: set[str] = set()
        self.systems: set[str] = set()
        self.must_not: list[str] = []
        self.last_group: tuple[str, ...] = ()
        self.said: set[str] = set()

    # names ----------------------------------------------------------------------------------

    def nation(self, code: str, *, subject: bool = True) -> str:
        """A surface form of a nation acting in a clause."""
        c, r = self.c, self.rng.random()
        if r < 0.55 or not subject:
            if r < 0.8 and c.aliases[code] and self.rng.random() < 0.3:
                return self.rng.choice(c.aliases[code])
            return c.labels[code]
        if r < 0.7 and c.aliases[code]:
            return self.rng.choice(c.aliases[code])
        if r < 0.85:
            return f"{c.demonyms[code]} officials"
        if c.people.get(code) and r < 0.93:
            return self.rng.choice(c.people[code])
        return c.capitals[code]

    def nation_list(self, codes: tuple[str, ...], *, subject: bool = True) -> str:
        names = [self.nation(code, subject=subject) for code in codes]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def group(self, codes: tuple[str, ...]) -> str:
        """A group reference to the nations last named together ("the two countries")."""
        n = NUMBER_WORDS[len(codes)]
        options = [f"the {n} countries", f"the {n} governments", f"the {n} nations"]
        if len(codes) == 2:
            options += ["both sides", "both countries", "the two allies"]
        return self.rng.choice(options)

    def amount(self, low: int, high: int) -> tuple[str, dict[str, Any], Decimal]:
        code, form, _ = self.rng.choices(CURRENCIES, [w for *_, w in CURRENCIES])[0]
        millions = self.rng.randint(low, high)
        if millions >= 1000:
            v = f"{millions / 1000:.2f}".rstrip("0").rstrip(".")
            text, value = form.format(v=v, unit="billion"), Decimal(v) * 1_000_000_000
        else:
            text, value = form.format(v=millions, unit="million"), Decimal(millions) * 1_000_000
        gold_value: int | float = int(value) if value == int(value) else float(value)
        return text, {"value": gold_value, "currency": code}, value

    def when(self, *, allow_none: bool = True) -> tuple[str, str | None]:
        """A date phrase and its gold value, resolved against the article date."""
        d, r = self.date, self.rng.random()
        if r < 0.3:
            back = self.rng.randint(0, 6)
            day = d - dt.timedelta(days=back)
            return f"on {WEEKDAYS[day.weekday()]}", day.isoformat()
        if r < 0.45:
            day = d - dt.timedelta(days=d.weekday() + 7 - self.rng.randint(0, 6))
            return f"last {WEEKDAYS[day.weekday()]}", day.isoformat()
        if r < 0.65:
            day = d - dt.timedelta(days=self.rng.randint(1, 40))
            if day.year != d.year:
                day = d
            return f"on {MONTHS[day.month - 1]} {day.day}", day.isoformat()
        if r < 0.8:
            day = d - dt.timedelta(days=self.rng.randint(30, 700))
            return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}", day.isoformat()
        if r < 0.92 or not allow_none:
            month = d.month - self.rng.randint(1, 5)
            year = d.year - (month < 1)
            month = month + 12 if month < 1 else month
            return f"in {MONTHS[month - 1]}", f"{year}-{month:02d}"
        return "", None

    def pick_system(self) -> str:
        return self.rng.choice(self.c.systems)

    # facts ----------------------------------------------------------------------------------

    def say(self, sentence: str) -> str:
        sentence = " ".join(sentence.split()).replace(" ,", ",").replace(" .", ".")
        return sentence[0].upper() + sentence[1:]

    def subject(self, codes: tuple[str, ...], use_group: bool) -> str:
        if use_group and self.last_group and set(self.last_group) == set(codes):
            return self.group(codes)
        return self.nation_list(codes)

    def agreement(self, parties: tuple[str, ...], use_group: bool = False) -> GenFact:
        kind = self.rng.choice(AGREEMENT_TYPES)
        doc, head = self.rng.choice(DOCS[kind])
        when, date = self.when(allow_none=False)
        amount = gold_amount = value = None
        systems: tuple[str, ...] = ()
        a, b = parties[0], parties[1] if len(parties) > 1 else parties[0]
        P = self.subject(parties, use_group)
        city = self.c.capitals[self.rng.choice(parties)]
        rng = self.rng
        if kind == "arms-sale":
            amount, gold_amount, value = self.amount(200, 9000)
            system = self.pick_system()
            systems = (system,)
            count = rng.randint(4, 120)
            templates = [
                f"{self.nation(a)} signed {amount} {doc} with {self.nation(b, subject=False)} "
                f"{when} to buy {count} {system} systems.",
                f"{P} signed {amount} {doc} {when} covering {count} {system} systems.",
                f"{when}, {self.nation(a)} and {self.nation(b)} concluded {amount} {doc} for "
                f"{system} systems.",
                f"{self.nation(a)} finalized {amount} {doc} with {self.nation(b, subject=False)} "
                f"{when} for {count} {system} units.",
                f"The {amount} {doc}, which {P} signed {when}, covers {count} {system} systems.",
            ]
        else:
            templates = [
                f"{P} signed {_a(doc)} {when}.",
                f"{self.nation(a)} signed {_a(doc)} with {self.nation(b, subject=False)} {when}.",
                f"{when}, {P} concluded {_a(doc)} in {city}.",
                f"Officials from {self.nation_list(parties, subject=False)} inked {_a(doc)} "
                f"{when}, capping months of negotiations.",
                f"{P} agreed {when} on {_a(doc)} that deepens their military ties.",
                f"{self.nation(a)} and {self.nation(b)} sealed {_a(doc)} {when} in {city}.",
                f"{P} reached {_a(doc)} {when} after two rounds of negotiations.",
                f"The {doc}, signed {when} by {self.nation_list(parties, subject=False)}, "
                "takes effect next year.",
                f"{self.nation(a)} finalized {_a(doc)} with {self.nation(b, subject=False)} "
                f"{when}.",
                f"{when}, {P} signed {_a(doc)} aimed at closer coordination.",
            ]
        sentence = self.say(rng.choice(templates))
        label = f"{'-'.join(parties)} {doc}"
        gold = {"label": label, "type": kind, "parties": list(parties), "date": date,
                "amount": gold_amount, "systems": list(systems)}  # fmt: skip
        fields = {"type": kind, "head": head, "parties": parties, "date": date,
                  "amount": (value, gold_amount["currency"]) if gold_amount else None,
                  "systems": systems}  # fmt: skip
        return GenFact("agreement", gold, fields, sentence)

    def contract(self, customer: str) -> GenFact:
        rng, c = self.rng, self.c
        company, surface = rng.choice(c.companies)
        purpose = rng.choices(list(PURPOSES), [6, 2, 2])[0]
        doing = rng.choice(PURPOSES[purpose])
        system = canonical = self.pick_system()
        amount, gold_amount, value = self.amount(20, 4000)
        when, date = self.when(allow_none=False)
        agencies = c.agencies.get(customer, ())
        awarder_name = rng.choice(agencies) if agencies and rng.random() < 0.6 else None
        awarder_text = awarder_name or self.nation(customer)
        buyer = self.nation(customer, subject=False)
        count = rng.randint(2, 80)
        fms = customer == "USA" and rng.random() < 0.3
        templates = [
            f"{surface} won a {amount} contract {when} from {awarder_text} {doing} {count} "
            f"{system} systems for {buyer}.",
            f"{awarder_text} awarded {surface} a {amount} contract {when} {doing} {system} "
            "systems.",
            f"{surface} has been awarded a {amount} contract modification {doing} {system} "
            f"systems, {awarder_text} said {when}.",
            f"{awarder_text} signed a {amount} contract with {surface} {when} {doing} {count} "
            f"{system} systems.",
            f"{when}, {awarder_text} awarded a {amount} order to {surface} {doing} {system} "
            "systems.",
            f"{surface} secured a {amount} contract from {awarder_text} {when} {doing} "
            f"{count} {system} units.",
            f"{surface} received a {amount} contract {when} {doing} {system} systems for {buyer}.",
            f"{surface} landed a {amount} contract {when} {doing} {system} systems, "
            f"according to {awarder_text}.",
            f"{when}, {surface} was awarded a {amount} contract by {awarder_text} {doing} "
            f"{system} systems.",
            f"{awarder_text} has awarded {surface} a {amount} firm-fixed-price contract {when} "
            f"{doing} {count} {system} systems.",
        ]
        sentence = self.say(rng.choice(templates))
        customers = [customer]
        if fms:
            partner = rng.choice([n for n in c.nations if n != "USA"])
            customers.append(partner)
            sentence += (
                f" The award includes Foreign Military Sales to "
                f"{self.nation(partner, subject=False)}."
            )
        gold = {"awardee": company, "awarder": awarder_name or customer,
                "amount": gold_amount, "systems": [canonical], "purpose": purpose,
                "funding": "Foreign Military Sales" if fms else None, "customers": customers,
                "date": date}  # fmt: skip
        fields = {"type": purpose, "awardee": company, "awarder": awarder_name or customer,
                  "amount": (value, gold_amount["currency"]), "systems": (canonical,),
                  "customers": tuple(customers), "date": date,
                  "funding": "Foreign Military Sales" if fms else None}  # fmt: skip
        return GenFact("contract", gold, fields, sentence)

    def meeting(self, parties: tuple[str, ...], use_group: bool = False) -> GenFact:
        rng = self.rng
        host = rng.choice(parties)
        city = self.c.capitals[host]
        when, date = self.when(allow_none=False)
        P = self.subject(parties, use_group)
        a, b = parties[0], parties[1]
        noun = rng.choice(("talks", "a meeting", "a summit", "consultations", "a dialogue"))
        templates = [
            f"{P} held {noun} in {city} {when}.",
            f"Defense ministers of {self.nation_list(parties, subject=False)} met in {city} "
            f"{when}.",
            f"{self.nation(a)} hosted {self.nation(b, subject=False)} for {noun} in {city} {when}.",
            f"Leaders of {self.nation_list(parties, subject=False)} gathered in {city} {when} "
            "for a summit.",
            f"{when}, {P} met in {city} to review regional security.",
            f"{self.nation(a)} and {self.nation(b)} convened their annual dialogue in {city} "
            f"{when}.",
            f"Senior officials of {self.nation_list(parties, subject=False)} met {when} in {city}.",
            f"{P} held a ministerial meeting {when} in {city}.",
            f"Foreign ministers from {self.nation_list(parties, subject=False)} attended a "
            f"meeting in {city} {when}.",
            f"{P} wrapped up two days of talks in {city} {when}.",
        ]
        if len(parties) == 2 and self.c.people.get(a) and self.c.people.get(b):
            pa, pb = rng.choice(self.c.people[a]), rng.choice(self.c.people[b])
            templates.append(f"{pa} met {pb} in {city} {when}.")
        sentence = self.say(rng.choice(templates))
        gold = {"label": f"{'-'.join(parties)} meeting in {city}", "date": date,
                "participants": list(parties), "location": city}  # fmt: skip
        fields = {"parties": parties, "date": date, "location": city}
        return GenFact("meeting", gold, fields, sentence)

    def exercise(self, parties: tuple[str, ...], use_group: bool = False) -> GenFact:
        rng = self.rng
        name = f"{rng.choice(EXERCISE_WORDS)} {rng.choice(EXERCISE_HEADS)}"
        if rng.random() < 0.4:
            name += f" {self.date.year}"
        sea = rng.choice(SEAS)
        when, date = self.when(allow_none=False)
        P = self.subject(parties, use_group)
        forces = self.nation_list(parties, subject=False)
        templates = [
            f"Forces from {forces} began the {name} exercise {when}.",
            f"{P} kicked off joint naval drills in the {sea} {when}.",
            f"The annual {name} drills, involving {forces}, opened {when}.",
            f"{P} conducted a joint air patrol over the {sea} {when}.",
            f"{P} staged joint exercises {when} in the {sea}.",
            f"Troops from {forces} wrapped up the {name} exercise {when}.",
            f"{when}, the navies of {forces} launched combined drills in the {sea}.",
            f"Warships from {forces} took part in the {name} exercise {when}.",
            f"{P} held joint military exercises {when}, the first in the {sea} this year.",
            f"Air forces of {forces} started the {name} drills {when}.",
        ]
        sentence = self.say(rng.choice(templates))
        gold = {"label": name, "date": date, "participants": list(parties)}
        fields = {"parties": parties, "date": date}
        return GenFact("exercise", gold, fields, sentence)

    def stance(self, actor: str, target: str) -> GenFact:
        rng = self.rng
        kind = rng.choice(STANCE_TYPES)
        A = self.nation(actor)
        T = self.nation(target, subject=False)
        when, _ = self.when()
        options = {
            "condemns": [
                f"{A} condemned {T} {when} over its recent missile launches.",
                f"{A} denounced {T} {when} for violating the ceasefire.",
                f"{A} conveyed grave concerns to {T} {when} about the incursion.",
                f"{A} lodged a protest with {T} {when} after the incident.",
            ],
            "supports": [
                f"{A} reaffirmed its support for {T} {when}.",
                f"{A} backed {T} {when} in its dispute with its neighbors.",
            ],
            "opposes": [f"{A} voiced opposition to {T} {when} over the plan for new bases."],
            "urges": [
                f"{A} urged {T} {when} to return to negotiations.",
                f"{A} called on {T} {when} to halt its military buildup.",
            ],
            "commits-to-defend": [
                f"{A} reaffirmed its ironclad commitment to the defense of {T} {when}."
            ],
            "sanctions": [f"{A} imposed sanctions on {T} {when} over arms transfers."],
            "pledges-cooperation": [
                f"{A} pledged to deepen defense cooperation with {T} {when}.",
                f"{A} vowed to strengthen security ties with {T} {when}.",
            ],
        }
        sentence = self.say(rng.choice(options[kind]))
        gold = {"actor": actor, "stance": kind, "target": target}
        fields = {"type": kind, "parties": (actor,), "target": target}
        return GenFact("stance", gold, fields, sentence)

    def hedge(self, parties: tuple[str, ...]) -> str:
        """A hedged or negated sentence; what it must not yield goes to ``must_not``."""
        rng, c = self.rng, self.c
        a, b = parties[0], parties[1]
        A, B = c.labels[a], c.labels[b]
        doc = rng.choice(DOCS["defense-cooperation"])[0]
        company, surface = rng.choice(c.companies)
        system = self.pick_system()
        amount = self.amount(500, 20000)[0]
        day = rng.choice(WEEKDAYS[:5])
        options = [
            (f"{A} and {B} are expected to sign {_a(doc)} next month.",
             f"{_a(doc)} between {a} and {b} (only expected)"),
            (f"A follow-up meeting between {A} and {B} is scheduled for {day}.",
             f"a meeting of {a} and {b} on {day} (only scheduled)"),
            (f"{A} has not yet approved the purchase of {system} systems.",
             f"an agreement for {system} (not approved)"),
            (f"Media reports put the value of the wider package at {amount}, a figure neither "
             "government confirmed.", f"{amount} as the value of any agreement (media estimate)"),
            (f"{A} declined to condemn {B} publicly.", f"{a} condemns {b} (declined)"),
            (f"{B} could join the exercise next year, officials said.",
             f"{b} as a participant of a future exercise (only possible)"),
            (f"{A} and {B} failed to reach a deal on sharing the costs of the deployment.",
             f"a cost-sharing agreement between {a} and {b} (failed)"),
            (f"{surface} did not win the competition for the {system} upgrade.",
             f"a contract to {company} for {system} (negated)"),
            (f"A contract for more {system} systems is pending approval in {B}.",
             f"a contract for more {system} (pending)"),
            (f"{B} denied that it had imposed sanctions on {A}.", f"{b} sanctions {a} (denied)"),
        ]  # fmt: skip
        sentence, claim = rng.choice(options)
        self.nations.update(code for code, name in ((a, A), (b, B)) if name in sentence)
        if surface in sentence:
            self.orgs.add(company)
        if system in sentence:
            self.systems.add(system)
        self.must_not.append(claim)
        return self.say(sentence)

    def context(self, parties: tuple[str, ...]) -> str:
        """A background sentence about the article's nations that states no fact."""
        rng, c = self.rng, self.c
        code = rng.choice(parties)
        name, city = c.labels[code], c.capitals[code]
        options = [
            f"{name}'s defense budget has grown by {rng.randint(3, 40)} percent since "
            f"{self.date.year - rng.randint(2, 8)}.",
            f'"This is a significant step for our security," a senior official in {city} '
            "told reporters.",
            f"{name} has been modernizing its navy and air force for more than a decade.",
            f"Officials in {city} said the timing had been set months in advance.",
            f"{name} spends about {rng.randint(10, 35) / 10:.1f} percent of its economic output "
            "on defense.",
            f'"We are ready to work with every partner that shares our goals," a spokesperson '
            f"for {name}'s foreign ministry said.",
            f"Analysts in {city} described the step as overdue.",
            f"Public opinion polls in {name} show broad backing for stronger armed forces.",
        ]
        fresh = [o for o in options if o not in self.said] or options
        sentence = self.say(rng.choice(fresh))
        self.said.add(sentence)
        return sentence


# -- articles ----------------------------------------------------------------------------------


def _a(phrase: str) -> str:
    """The phrase with its indefinite article ("an information-sharing pact")."""
    return ("an " if phrase[0].lower() in "aeiou" else "a ") + phrase


def _rng(seed: int, *key: object) -> random.Random:
    return random.Random(":".join(map(str, (seed, *key))))


def _article_date(rng: random.Random) -> dt.date:
    return dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 7 * 365 - 1))


def _dateline_date(d: dt.date, rng: random.Random) -> str:
    month = AP_MONTHS[d.month - 1] if rng.random() < 0.5 else MONTHS[d.month - 1]
    return f"{month} {d.day}, {d.year}"


def _pick_parties(rng: random.Random, nations: tuple[str, ...], k: int) -> tuple[str, ...]:
    group: list[str] = []
    while len(group) < k:
        code = rng.choice(nations)
        if code not in group:
            group.append(code)
    return tuple(group)


def make_article(seed: int, index: int, events: int) -> GenArticle:
    """Generate article ``index`` of a corpus of seed ``seed`` with ``events`` world events.

    Example:
        >>> a = make_article(1, 0, 10)
        >>> a.name, 150 <= len(a.text.split()) <= 420, a == make_article(1, 0, 10)
        ('a0000000', True, True)
    """
    rng = _rng(seed, "article", index)
    c = cast()
    shared = rng.random() < 1 / 3
    if shared:  # a world event several articles report: same cast, date, primary fact
        # (the same wire copy, republished: same date and sentence, other facts around it)
        ev = _rng(seed, "event", rng.randrange(max(events, 1)))
        w = _Writer(ev, _article_date(ev))
        parties = _pick_parties(ev, c.nations, ev.choice((2, 2, 3)))
        primary_kind = ev.choice(("agreement", "meeting", "exercise", "contract"))
        primary = _make_fact(w, primary_kind, parties, False)
        w.rng = rng
    else:
        date = _article_date(rng)
        w = _Writer(rng, date)
        parties = _pick_parties(rng, c.nations, rng.choice((2, 2, 2, 3)))
        primary_kind = rng.choice(("agreement", "meeting", "exercise", "contract", "stance"))
        primary = _make_fact(w, primary_kind, parties, False)
    facts = [primary]
    w.last_group = parties if primary_kind in GROUP_KINDS else ()
    for _ in range(rng.randint(2, 4)):
        kind = rng.choice(("agreement", "meeting", "exercise", "contract", "stance"))
        same = rng.random() < 0.5 and kind != "stance"
        group = parties if same else _near(rng, parties, c.nations)
        fact = _make_fact(w, kind, group, same)
        if _key(fact) not in {_key(f) for f in facts}:
            facts.append(fact)
            w.last_group = group if kind in GROUP_KINDS else ()
    return _compose(w, index, parties, facts)


def _near(
    rng: random.Random, parties: tuple[str, ...], nations: tuple[str, ...]
) -> tuple[str, ...]:
    """Another group of nations, usually including one of the article's main nations."""
    group = [rng.choice(parties)] if rng.random() < 0.7 else []
    while len(group) < rng.choice((2, 2, 3)) or len(group) < 2:
        code = rng.choice(nations)
        if code not in group:
            group.append(code)
    return tuple(group)


def _make_fact(w: _Writer, kind: str, parties: tuple[str, ...], use_group: bool) -> GenFact:
    if kind == "agreement":
        fact = w.agreement(parties, use_group)
    elif kind == "contract":
        fact = w.contract(parties[0])
    elif kind == "meeting":
        fact = w.meeting(parties, use_group)
    elif kind == "exercise":
        fact = w.exercise(parties, use_group)
    else:
        fact = w.stance(parties[0], parties[1])
    return fact


def _key(f: GenFact) -> tuple[object, ...]:
    """What makes two facts of an article the same gold item (kind and key fields)."""
    g = f.gold
    if f.kind in GROUP_KINDS:
        return (f.kind, tuple(sorted(g.get("parties", g.get("participants", [])))))
    if f.kind == "contract":
        return (f.kind, g["awardee"])
    return (f.kind, g["actor"], g["stance"], g["target"])


def _headline(fact: GenFact, w: _Writer) -> str:
    c, g = w.c, fact.gold
    if fact.kind == "agreement":
        names = " and ".join(c.labels[p] for p in g["parties"][:2])
        return f"{names} sign {g['label'].split(' ', 1)[1]}"
    if fact.kind == "contract":
        return f"{g['awardee']} wins {g['systems'][0]} contract"
    if fact.kind == "meeting":
        return f"{' and '.join(c.labels[p] for p in g['participants'][:2])} hold security talks"
    if fact.kind == "exercise":
        return f"{' and '.join(c.labels[p] for p in g['participants'][:2])} forces begin drills"
    return f"{c.labels[g['actor']]} steps up pressure on {c.labels.get(g['target'], g['target'])}"


def _entities(w: _Writer, facts: list[GenFact]) -> None:
    """Add the nations, organizations and systems the kept facts name to the gold lists."""
    for f in facts:
        fields = f.fields
        w.nations.update(fields.get("parties", ()), fields.get("customers", ()))
        w.systems.update(fields.get("systems", ()))
        if f.kind == "stance":
            w.nations.add(fields["target"])
        if f.kind == "contract":
            w.orgs.add(fields["awardee"])
            awarder = fields["awarder"]
            (w.nations if awarder in w.c.labels else w.orgs).add(awarder)


def _compose(w: _Writer, index: int, parties: tuple[str, ...], facts: list[GenFact]) -> GenArticle:
    """Lay out the article: headline, noise, dateline, facts between background lines."""
    rng, c = w.rng, w.c
    _entities(w, facts)
    noisy = rng.random() < 0.3
    title = _headline(facts[0], w)
    body: list[str] = [fact.sentence for fact in facts]
    fillers = list(FILLERS)
    rng.shuffle(fillers)
    for _ in range(rng.randint(1, 3)):  # background without names: group references survive
        body.insert(rng.randint(1, len(body)), fillers.pop())
    tail = [w.hedge(parties) for _ in range(rng.randint(1, 2))]
    tail += [w.context(parties) for _ in range(rng.randint(1, 2))]
    rng.shuffle(tail)
    body += tail
    words = sum(len(s.split()) for s in body) + len(title.split()) + 5
    target = rng.randint(160, 320)
    while words < target and fillers:
        filler = fillers.pop() if rng.random() < 0.5 else w.context(parties)
        body.append(filler)
        words += len(filler.split())
    paragraphs: list[list[str]] = []
    size = rng.randint(1, 3)
    for sentence in body:
        if not paragraphs or len(paragraphs[-1]) >= size:
            paragraphs.append([])
            size = rng.randint(2, 4)
        paragraphs[-1].append(sentence)
    city = c.capitals[parties[0]]
    dateline = f"{city.upper()}, {_dateline_date(w.date, rng)} — "
    lines = [title]
    if noisy:
        stamp = f"{w.date.day} {MONTHS[w.date.month - 1][:3]} {w.date.year}"
        lines.append(f"By {rng.choice(DESKS)} | {stamp}, {rng.randint(6, 22):02d}:00")
        if rng.random() < 0.5:
            lines += ["", "Key points"]
            lines += [f"- {s.rstrip('.')}" for s in body[:2] if s in [f.sentence for f in facts]]
    lines.append("")
    for i, para in enumerate(paragraphs):
        text = " ".join(para)
        lines += [dateline + text if i == 0 else text, ""]
        if noisy and i == 1:
            lines += ["Advertisement", ""]
    if noisy:
        other = rng.sample(sorted(set(c.nations) - w.nations), 2)
        system = rng.choice(c.systems)
        lines += ["Related:", f"› {c.labels[other[0]]} eyes more {system} systems",
                  f"› Inside {c.labels[other[1]]}'s push for new warships"]  # fmt: skip
        w.must_not.append(f"{other[0]} or a {system} purchase (appears only in a 'Related' link)")
    text = "\n".join(lines).rstrip() + "\n"
    gold = {
        "article_date": w.date.isoformat(),
        "nations": sorted(w.nations),
        "organizations": sorted(w.orgs),
        "systems": sorted(w.systems),
        **{k + "s": [f.gold for f in facts if f.kind == k]
           for k in ("agreement", "contract", "meeting", "exercise", "stance")},
        "must_not": w.must_not,
    }  # fmt: skip
    return GenArticle(f"a{index:07d}", text, title, w.date.isoformat(), gold, facts)


def generate(articles: int, seed: int = 1, start: int = 0) -> Iterator[GenArticle]:
    """Yield articles ``start`` .. ``articles - 1`` of the corpus of ``seed``, one at a time.

    Example:
        >>> [a.name for a in generate(3, seed=7)]
        ['a0000000', 'a0000001', 'a0000002']
    """
    events = max(1, articles // 6)
    for i in range(start, articles):
        yield make_article(seed, i, events)


def write_corpus(out: Path, articles: int, seed: int = 1) -> int:
    """Write ``out/articles/NAME.txt`` and ``out/gold/NAME.json``; return the word count.

    Example:
        >>> import tempfile
        >>> d = Path(tempfile.mkdtemp())
        >>> write_corpus(d, 2) > 300, sorted(p.name for p in (d / "gold").iterdir())
        (True, ['a0000000.json', 'a0000001.json'])
    """
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    words = 0
    for a in generate(articles, seed):
        (out / "articles" / f"{a.name}.txt").write_text(a.text, encoding="utf-8")
        (out / "gold" / f"{a.name}.json").write_text(
            json.dumps(a.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        words += len(a.text.split())
    return words


# -- a store shaped like kg output ------------------------------------------------------------


def article_quads_of(a: GenArticle) -> list[Any]:
    """kg's quads for a generated article, mapped from its gold facts (no extraction).

    Example:
        >>> quads = article_quads_of(make_article(1, 0, 10))
        >>> len(quads) > 20
        True
    """
    from kg.extract.model import Amount, Evidence, Extraction, Fact
    from kg.rdf.mapping import article_quads
    from kg.sources.model import Article

    facts = []
    for f in a.facts:
        start = a.text.find(f.sentence)
        ev = [Evidence(start, start + len(f.sentence), f.sentence, f"{f.kind}.bench", 0.9)]
        kw = dict(f.fields)
        if kw.get("amount"):
            kw["amount"] = Amount(Decimal(kw["amount"][0]), kw["amount"][1])
        else:
            kw.pop("amount", None)
        label = f.gold.get("label") or f"{f.kind} {f.gold.get('awardee', '')}".strip()
        facts.append(Fact(f.kind, label, evidence=ev, **kw))
    g = a.gold
    ex = Extraction(nations=set(g["nations"]), orgs=set(g["organizations"]),
                    systems=set(g["systems"]), facts=facts)  # fmt: skip
    art = Article(a.name, a.text, f"articles/{a.name}.txt", title=a.title, date=a.date)
    return article_quads(art, ex)


def database_dir(root: Path) -> Path:
    """The Oxigraph database inside the kg store ``root`` (the store itself in older layouts).

    Example:
        >>> database_dir(Path("/tmp/s")).name in ("s", "oxigraph")
        True
    """
    try:
        from kg.store import layout
    except ImportError:
        return root
    return layout.database(root)


def build_store(path: Path, triples: int, seed: int = 1) -> tuple[int, int]:
    """Bulk-load articles' quads into a new kg store at ``path`` until ``triples`` quads.

    The store is created by kg (so kg opens it as its own), then filled by pyoxigraph's
    bulk loader. Returns (articles, quads).

    Example:
        >>> import tempfile
        >>> build_store(Path(tempfile.mkdtemp()) / "s", 500)[1] >= 500
        True
    """
    import pyoxigraph as ox

    from kg.store import EmbeddedStore

    EmbeddedStore(path).close()
    store = ox.Store(str(database_dir(path)))
    total = done = 0
    batch: list[Any] = []
    for a in generate(10 * triples // 100 + 20, seed):  # about 115 quads per article
        quads = article_quads_of(a)
        batch += quads
        total += len(quads)
        done += 1
        if len(batch) > 200_000:
            store.bulk_extend(batch)
            batch = []
        if total >= triples:
            break
    store.bulk_extend(batch)
    store.flush()
    count = len(store)
    del store
    return done, count


def store_info(path: Path) -> dict[str, Any]:
    """What ``cached_store`` recorded about the store at ``path`` (articles, quads, seconds)."""
    return json.loads(path.with_name(path.name + ".json").read_text())


def cached_store(cache_dir: Path, triples: int = 1_000_000, seed: int = 1) -> Path:
    """Return the path of the synthetic kg store of about ``triples`` quads, building it once.

    Example:
        >>> import tempfile
        >>> p = cached_store(Path(tempfile.mkdtemp()), 300)
        >>> store_info(p)["quads"] >= 300
        True
    """
    path = cache_dir / f"kg-bench-store-{triples}-s{seed}"
    meta = path.with_name(path.name + ".json")
    if not meta.is_file():
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        started = time.perf_counter()
        articles, quads = build_store(path, triples, seed)
        seconds = round(time.perf_counter() - started, 1)
        info = {"articles": articles, "quads": quads, "seed": seed, "seconds": seconds}
        meta.write_text(json.dumps(info))
    return path


def main(argv: list[str] | None = None) -> int:
    """Write a corpus (``--out``) or build the cached synthetic store (``--store``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (deterministic)")
    parser.add_argument("--out", type=Path, help="corpus folder: articles/ and gold/")
    parser.add_argument("--store", action="store_true", help="build the synthetic store")
    parser.add_argument("--triples", type=int, default=1_000_000, help="store size, in quads")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), help="where stores are kept")
    args = parser.parse_args(argv)
    if args.store:
        path = cached_store(args.cache, args.triples, args.seed)
        print(path)
        print(store_info(path))
        return 0
    if not args.out:
        parser.error("give --out DIR (a corpus) or --store (the synthetic store)")
    started = time.perf_counter()
    words = write_corpus(args.out, args.articles, args.seed)
    seconds = time.perf_counter() - started
    print(f"{args.articles} articles, {words} words in {args.out} ({seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
