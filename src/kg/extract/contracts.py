"""Contract rules: awards to companies, their awarders, amounts, customers and funding.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Raytheon was awarded a $344 million contract to develop SM-6 Block IU.")
    >>> [(f.awardee, str(f.amount.value), f.type) for f in ex.facts]
    [('Raytheon', '344000000', 'development')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.dates import COUNTS
from kg.extract.context import Sentence, words
from kg.extract.mentions import Mention
from kg.extract.model import Amount, Fact
from kg.extract.roles import (
    TOTAL_BEFORE,
    ContractContext,
    RuleBase,
    clauses,
    hedged,
    takes_over,
)

_RESTATED = re.compile(
    r"\b(?:the|that|this)\s+\S*\d[\d.,]*\s+(?:million|billion|trillion)?\s*(?:[\w-]+\s+)?"
    r"(?:contract|order|deal)\b"
    r"|\b(?:the|that|this)\s+(?:contract|order|deal|agreement)\b[^.;]{0,50}?\b(?:is|was)\s+"
    r"(?:worth|valued\s+at)\s+[^.;]{0,30}"
    # "Under the contract, valued at approximately €162 million, IAI will deliver"
    r"|\b(?:the|that|this)\s+(?:contract|order|deal),\s+(?:which\s+is\s+)?(?:worth|valued\s+at)\s+"
    r"[^.;,]{0,30}"
    # "The value of the contract for Fincantieri is about 4 billion euros"
    r"|\b(?:the|its)\s+(?:total\s+)?value\s+of\s+the\s+"
    r"(?:(?!previous|original|first|earlier|former|old|initial|last|second|other)[a-z][a-z-]+\s+)?"
    r"(?:contract|order|deal)\b"
    r"[^.;]{0,40}?"
    r"\b(?:is|was|amounts\s+to|amounted\s+to|stands\s+at)\s+[^.;]{0,30}",
    re.IGNORECASE,
)


# A company's own unit named as what acts ("announced that its subsidiary, X, has signed")
_ITS_SUBSIDIARY = re.compile(
    r"\bits\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|business)\s*,?\s+$"
)


_WORTH_WITH = re.compile(
    r"\b(?:contract|order|deal)s?\s+with\s+(?:[^.;]{0,80}?)\b(?:is|was|are|were)\s+(?:worth|valued)",
    re.IGNORECASE,
)
_SIGNED_CONTRACT = re.compile(  # "signed a contract", "inked a Rs 1,207 crore contract" (not
    # "working with the government to help conclude a contract": not yet done)
    r"(?<!\bhelp )(?<!\bhelp to )"
    r"\b(?:sign(?:s|ed|ing|ature)?|ink(?:s|ed|ing)?|seal(?:s|ed|ing)?|conclud(?:e|es|ed|ing)"
    r"|finali[sz](?:e|es|ed|ing))\s+"
    r"(?!bids?\b)(?:[\w$€£¥.,'’-]+\s+){0,6}?contracts?\b(?!\s+(?:negotiations|talks))",
    re.IGNORECASE,
)
# "the contract for 18 Rafales, worth EUR 2.5 billion, that Greece signed with Dassault"
_SIGNED_WITH_LATER = re.compile(
    r"\b(?:contract|order)s?\b(?:(?:[^;.]|\.(?=\d)){0,160}?\b(?:that|which)\s+"
    r"|\s+(?P<bare>(?=(?:the\s+)?(?-i:[A-Z]))))"
    r"(?P<who>[^;.,]{1,40}?)\s+(?:had\s+|has\s+|have\s+)?(?:signed|placed)\s+with\s+",
    re.IGNORECASE,
)  # (also "the contract India placed with BAE Systems in 2004")
# The body a role is held for ("as prime contractor for the X consortium"): no awardee itself
_AS_ROLE_FOR = re.compile(
    r"\bas\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:for|of|to)\s+(?:the\s+)?$"
)
# "a contract with X", "a contract signed (on Monday, in Athens) with X"
_WITH_COMPANY = re.compile(
    r"\b(?:contract|order)s?(?:,?\s+(?:signed|placed|concluded)\b(?:[^;.,]|\.(?=\d)){0,40}?)?"
    r"\s+with\s+"
    # "The order for 18 tanks, worth about €525 million, was placed with KNDS"
    r"|\b(?:contract|order)s?\b(?:[^;.]|\.(?=\d)){0,120}?\b(?:was|were|ha(?:s|ve)\s+been)\s+(?:placed"
    r"|signed|concluded)\s+(?:by\s+[^;.,]{1,100}?\s+)?(?:with|(?:\w+\s+){0,2}?between)\s+",
    # ("signed today between A and B", "was signed by NETMA on Spain's behalf with Eurofighter")
    re.IGNORECASE,
)
# The maker named after "awarded by" gave the contract ("was awarded by Bharat Electronics")
_BY_AWARDER = re.compile(
    r"\bawarded\s+(?:(?:on|in|last|this|earlier|late)\s+(?:(?!\band\b)[^,;]){0,20}?\s)?by\s+"
    r"(?:the\s+)?(?:(?!to\b)[a-z][\w-]*\s+){0,2}$"
)  # ("awarded in March by", "awarded by the state-run"; not "awarded in March and protested by")
# A second contract told beside the one before ("A second contract ... was awarded by")
_ANOTHER_CONTRACT = re.compile(
    r"\b(?:second|separate|another|further)\s+(?:[\w-]+\s+)?(?:contract|order|phase)"
)
# A deal the text calls one between states ("a government-to-government deal", "an
# intergovernmental agreement"): an agreement, not a contract with whoever builds what it buys
_STATE_TO_STATE = re.compile(
    r"\b(?:government-to-government|intergovernmental|inter-governmental|state-to-state|G2G)\s+"
    r"(?:deal|agreement|contract|accord|pact|sale)s?\b",
    re.I,
)
# "X will build 129 vehicles under a contract signed with the Commonwealth", "... under a
# ¥370.7bn contract awarded on Tuesday by ...": the work of a contract already made
_UNDER_CONTRACT = re.compile(
    r"\bunder\s+(?:a|an|the)\s+(?:[\w$€£¥.,-]+\s+){0,5}?(?:contract|order|deal)\b"
    # ("under a contract worth ₹48,000 crore signed on February 3, 2021")
    r"(?:\s+(?:worth|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?\S+"
    r"(?:\s+(?:crore|lakh|billion|million|bn|trillion))?"
    r"(?:\s+(?:euros?|dollars?|pounds?|rupees?|yen|won|roubles?|rubles?))?)?"
    r"(?=,?\s+(?:signed|awarded|placed|concluded|agreed|announced)\b)",
    re.IGNORECASE,
)
# "one for X and the other for Y": several contracts, each for its own system
_ONE_EACH = re.compile(
    r"\bone\s+(?:for|covering|to\s+(?:buy|supply))\b.{3,120}?\b(?:the\s+other|another|a\s+second"
    r"|the\s+second|the\s+rest)\s+(?:for|covering|to\s+(?:buy|supply))\b"
)


def _own_predicate(text: str) -> str:
    """``text`` up to a second predicate joined by "and" ("secures jobs ... and keeps industry
    at the heart of the programme": the first).

    Example:
        >>> _own_predicate("secures jobs and keeps industry at the heart of the programme")
        'secures jobs'
    """
    return re.split(r"\s+and\s+(?=[a-z]+(?:s|ed)\b)", text, maxsplit=1)[0]


_SEVERAL_CONTRACTS = re.compile(
    r"\b(two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+)?contracts\b", re.I
)
# "The first, for ...", "The second contract, for ...", "The contract for BrahMos missiles":
# one of the contracts a sentence before counted, then its price
_ENUMERATED = re.compile(
    r"\s*The\s+(?:(?:first|second|third|fourth|fifth|other|latter)\b(?:\s+(?:contract|order|deal))?"
    r"|(?:contract|order)\s+for\b)"
)
# "The contracts, concluded by the agency, cover A and B": what each of several contracts buys
_COVER = re.compile(
    r"\s*(?:The|These|Both)\s+(?:two\s+|three\s+)?(?:contracts|orders|deals)\b[^.;]{0,100}?"
    r"\b(?:cover|are\s+for|include)\b"
)
_PRICED = re.compile(r"\b(?:is|was)\s+(?:valued\s+at|worth)\b|\bat\s+a\s+(?:cost|value)\s+of\b")
# "The deals included a contract worth AED 1.65 billion with NIMR": a contract of deals told
# as signed, named in their list
_INCLUDED_WITH = re.compile(  # (past: "The deals include a contract" may be still to sign)
    r"\b(?:deals|contracts|orders|awards)\s+(?:also\s+)?included\s+an?\s+"
    r"(?:[\w$€£¥.,-]+\s+){0,6}?(?:contract|order)\s+(?:(?:[^.;]|\.(?=\d)){0,40}?\s)?with\s+",
    re.IGNORECASE,
)
# The parts of counted contracts told one by one: "one for ..., and one for ...", ": for ..."
_EACH_PART = re.compile(
    r"(?:[:;,]\s*|\band\s+)(?:one|the\s+(?:first|second|other)|a\s+second)\s+(?:for|covering"
    r"|to\s+(?:buy|supply))\b|:\s*for\b"
)
# A price that is not one part's: "up from $300 million", "including $120 million for spares"
_NOT_ITS_PRICE = re.compile(
    r"\b(?:including|up\s+from|down\s+from|compared\s+with|bringing|of\s+which|than)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
# "Four contracts were notified to the programme's partners": awarded, as French releases say
_NOTIFIED = re.compile(
    r"\b(?:contracts?|orders?)\s+(?:[\w-]+\s+){0,3}?(?:was|were|ha(?:s|ve)\s+been)\s+notified\b"
    r"|\bnotified\s+(?:on\s+[^,;]{1,30}?\s+)?(?:the\s+|an?\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?"
    r"(?:contracts?\b|orders?\s+to\b)",  # ("notified related orders to Safran", not "notified
    re.I,  # orders banning imports")
)
_ACTED = re.compile(  # ("contracts were concluded with X", not "talks on it concluded")
    r"\b(?:sign\w*|award\w*|placed|(?:was|were|been|is|are)\s+concluded|order(?:s|ed)?)\b", re.I
)

# A clause whose subject is the contract itself, doing something ("This contract strengthens
# a partnership with HAL ... and secures jobs"): what it secures is no award to anyone
_CONTRACT_ACTS = re.compile(
    r"\W*(?:This|That|The|Our|Today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:contract|order|award|deal)\s+"
    r"(?:further\s+|also\s+)?(?:strengthens|reinforces|secures|sustains|underlines|underscores"
    r"|demonstrates|confirms|marks|represents|cements|deepens|consolidates|highlights|ensures"
    r"|guarantees|creates|safeguards|extends\s+our|builds\s+on\s+our)\b"
)  # (not "The Mistral deal follows Egypt's purchase of a frigate, which was handed over")

# "purchase of ... from", "bought ... from", "leased from": a buy from whoever follows "from".
_BOUGHT = re.compile(
    r"\b(?P<verb>purchase[ds]?|bought|buys?|buying|acquired|acquisition|leased?|leases|leasing"
    r"|ordered)\b"
    r"[^.;]{0,80}?\bfrom\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A sentence set in an earlier year than the news ("since 2011, when", "in 2014")
_EARLIER_YEAR = re.compile(r"\b(?:since|in|back\s+in)\s+((?:19|20)\d\d)\b")
# A sentence that opens with the contract just told and names its company
_THE_CONTRACT_WITH = re.compile(r"\s*The\s+(?:contract|deal|order)\s+(?:with|for)\s")
# "This modification provides ...", "The contract is for ...": the award of the sentence before.
_DESCRIBES = re.compile(
    r"\s*(?:The|This)\s+(?:modification|contract|award|order|task order|option)\s+"
    r"(?:provides|will\s+provide|is\s+for|covers|funds|procures|involves)\b"
)
# Armed services named without their state buy for the awarding state ("for the Air Force and
# Navy", "operated by the Marine Corps", "Fiscal 2023 Army procurement funds").
_SERVICES = re.compile(
    r"\b(?:for|by)\s+the\s+(?:Air Force|Navy|Army|Marine Corps|Space Force|Coast Guard)\b"
    r"|\b(?:Air Force|Navy|Army|Marine Corps|Space Force)\s+"
    r"(?:[\w-]+\s+){0,3}funds\b"
)


def _unqualified_service(s: Sentence) -> bool:
    """Whether the sentence names a buying armed service without its state ("for the Navy",
    not "for the Philippine Navy", which is a mention of its own)."""
    return any(
        not any(s.local(m.start) <= x.start() < s.local(m.end) for m in s.mentions)
        for x in re.finditer(r"Air Force|Navy|Army|Marine Corps|Space Force|Coast Guard", s.text)
        if any(y.start() <= x.start() < y.end() for y in _SERVICES.finditer(s.text))
    )


def _without_names(s: Sentence) -> str:
    """The sentence with its organization names blanked out, so that "Sikorsky Aircraft" or
    "Hanwha Aerospace" gives no purpose cue ("aircraft")."""
    text = s.text
    for m in s.mentions:
        if m.kind == "org":
            lo, hi = s.local(m.start), s.local(m.end)
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


# A superlative order or contract, compared with all before it ("the largest order ever booked
# by", "the biggest single contract it has won")
_RECORD_ORDER = re.compile(
    r"\b(?:largest|biggest|most\s+valuable)\s+(?:single\s+)?(?:[\w-]+\s+)?"
    r"(?:order|contract|deal)s?\s+(?:\w+\s+){0,3}?(?:ever|in\s+(?:its|the)\s+history)\b"
)

# Orders counted over a period ("has so far this year won orders worth $1.7 billion"): no
# contract of its own
_PERIOD_TOTAL = re.compile(
    r"\b(?:so\s+far\s+(?:this|in)\s+(?:year|\d{4})|year[\s-]to[\s-]date|this\s+year\s+alone)\s+"
    r"(?:won|received|booked|secured|bagged)\s+(?:new\s+)?(?:orders|contracts)\s+(?:worth|totall?ing"
    r"|valued)\b",
    re.I,
)  # ("has so far this year won orders worth $1.7 billion"; not "So far in 2024, the Army has
# awarded Lockheed Martin a $4.5 billion contract")


def _label(awardee: str, purpose: str | None, systems: tuple[str, ...] = ()) -> str:
    """A contract's label: its awardee, purpose and the systems it buys.

    Example:
        >>> _label("MBDA", "production", ("Exocet",)), _label("Saab", None)
        ('MBDA production contract for Exocet', 'Saab other contract')
    """
    return f"{awardee} {purpose or 'other'} contract" + (
        f" for {', '.join(systems)}" if systems else ""
    )


# An award told in the infinitive is not one made: "a favourite to win", "tipped to secure"
_TO_WIN = re.compile(
    r"(?<!\bagreed )(?<!\bdecided )(?<!\bmoved )(?<!\bvoted )(?<!\bpicked )(?<!\bselected )"
    r"(?<!\bchosen )(?<!\btapped )\bto\s+$",
    re.I,
)  # (but "decided to award", "was selected to receive": the award was made)
_BEAT_TO = re.compile(
    r"\b(?:beat|beats|beating|went\s+on|goes\s+on|managed|edged\s+out|outbid|outbidding"
    r"|outpaced|defeated)\b(?:\s+[\w.&'’-]+){0,4}\s+to\s+$",
    re.I,
)


# A sum an award is part of: "The $3.49 billion total includes the Lockheed Martin award"
_WHOLE_INCLUDES = re.compile(
    r"\b(?:total|package|sum|figure|deal|sale|purchase|programme|program)\s+(?:also\s+)?"
    r"(?:includes|included|covers|covered|comprises|comprised|encompasses)\b",
    re.I,
)


# The words between "includes" and the award noun of its object ("the Lockheed Martin award"),
# with no verb of another predicate ("includes spare parts and was awarded")
_INCLUDED_OBJECT = re.compile(
    r"\s+(?:(?!(?:and|was|were|is|are|has|have|had|which|that)\b)[\w.&'’-]+\s+){0,5}"
)


# Work a firm is "also" doing under a contract of its own ("is also building ... under a
# contract from the Australian Department of Defence")
_ALSO_UNDER_CONTRACT = re.compile(
    r"\balso\b[^.;]*\bunder\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?contract\b"
)


class ContractRules(RuleBase):
    """Contract rules: awards to companies, their awarders, amounts, customers and funding."""

    # ---- contracts -----------------------------------------------------------------------

    def contracts(self, s: Sentence) -> None:
        spans, own = self._own_clauses(s, clauses(s.text))  # "A signed a contract for X, and
        resume = 0  # B signed a contract for Y": a contract in each, from where the next starts
        # each clause, then the whole sentence for a frame that spans its commas
        for i, (lo, hi) in enumerate([*spans, (0, len(s.text))]):
            if lo < resume or (resume and i == len(spans)):
                continue
            if i < len(spans):
                found = self._clause_trigger(s, lo, hi)
                if found and found[1] == "contract.signed":  # "Greece signed a contract ...":
                    self._contract_context(s, lo, hi, found[0])  # its buyer, for what follows
            else:
                later = _SIGNED_WITH_LATER.search(s.text)
                if (
                    later
                    and later.group("bare") is not None
                    and not any(
                        m.kind == "nation"
                        or self.orgs[m.key].kind in ("government-body", "military-branch")
                        for m in s.actors(later.start("who"), later.end("who"))
                    )
                ):
                    later = None  # ("the order HAL placed with GE Aerospace": a firm's order
                    # told without "that" is no state's award here)
                found = (later, "contract.signed-with-later") if later else None
            if found is None:
                continue
            trig, rule = found
            t0, t1 = lo + trig.start(), lo + trig.end()
            # the future of the work done under a contract already signed is no hedge of it
            if hedged(s.text, t0 if rule == "contract.under" else lo, t0, t1):
                continue
            total = _PERIOD_TOTAL.search(s.text, lo, hi)
            if (total and total.start() <= t0 < total.end()) or takes_over(s.text, lo, t0, t1, hi):
                continue  # a period's orders; a deal to buy the company itself
            whole = _WHOLE_INCLUDES.search(s.text, lo, t0)
            if (
                whole
                and _INCLUDED_OBJECT.fullmatch(s.text, whole.end(), t0)
                and not any(whole.end() <= s.local(m.start) < hi for m in s.money)
            ):
                continue  # "The $3.49 billion total includes the Lockheed Martin award": a sum
                # the award is part of, not its price
            record = _RECORD_ORDER.search(s.text, lo)
            if record and record.start() <= t0 < record.end() + 12:
                continue  # "making it the largest order ever booked by the Vehicle Systems
                # division": a record the contract told before sets, no contract of its own (but
                # "the F-35 contract, the largest ever signed by Canada, was awarded" is one)
            companies = [
                m for m in s.mentions if m.kind == "org" and self.orgs[m.key].kind == "company"
                and not self._is_appositive_parent(s, m)
            ]  # fmt: skip
            before = [m for m in companies if lo <= s.local(m.start) < t0]
            own_unit = [m for m in before if _ITS_SUBSIDIARY.search(s.text, 0, s.local(m.start))]
            before = own_unit or before  # "Kaman Corporation announced that its subsidiary, Kaman
            # Aerospace Corporation, has signed a contract": the subsidiary signed
            roled = [m for m in before if _AS_ROLE_FOR.search(s.text, 0, s.local(m.start))]
            if roled:  # "Leonardo, as prime contractor for the NHIndustries consortium, has
                before = [m for m in before if m not in roled]  # signed": Leonardo signed
                before = before or [
                    m for m in companies
                    if s.local(m.start) < lo and re.match(r",\s+as\s", s.text[s.local(m.end) :])
                ]  # fmt: skip
            inside = [m for m in companies if t0 <= s.local(m.start) < t1]
            after = [m for m in companies if s.local(m.start) >= t1]
            awardees = before[:1] or inside[:1] or after[:1]
            given_by = None
            if (
                not before
                and not inside
                and awardees
                and _BY_AWARDER.search(s.text, t0, s.local(awardees[0].start))
            ):  # "The contract was awarded by Bharat Electronics (BEL)": who gave it
                given_by = awardees[0].key
                to = [  # "awarded by Lockheed Martin to Aerojet Rocketdyne": the latter's
                    m for m in after[1:]
                    if re.search(r"\bto\s+(?:the\s+)?$", s.text[: s.local(m.start)])
                ]  # fmt: skip
                if not to:  # the contract the sentence before told, unless this is another
                    if not _ANOTHER_CONTRACT.search(s.text, 0, t0):
                        self._set_last_awarder(s, given_by)
                    continue
                awardees = to[:1]
            if not awardees:
                continue
            awardee = awardees[0].key
            stop = next((a for a in own if a > t1), len(s.text))
            ctx = self.st.contract_context
            if ctx and (s.index - ctx.sentence > 3 or rule == "contract.bought-from"):
                ctx = None  # a purchase from a company is a deal of its own, often an older one
            fact = Fact(
                "contract",
                "",
                type=self.purpose(_without_names(s)),
                awardee=awardee,
                awarder=given_by
                or self._awarder(s, awardee, lo if resume else 0, stop)
                or (ctx.awarder if ctx and not resume else None),
                amount=self.amount(s, lo, stop),
                systems=tuple(s.systems(lo if resume else 0, stop)),
                date=s.first_date()
                or (
                    None
                    if re.match(r"(?:since|after)\s", trig.group(), re.I)
                    else self._relative_day(s)  # "signed the same day", "two days later"
                    or (ctx.date if ctx else None)
                    or self._news_day(s)
                ),  # ("has struggled since winning the contract": an earlier award, undated)
                funding="Foreign Military Sales"
                if words("contract", "fms_cues").search(s.text)
                else None,
                customers=self._customers(s, t1) or (ctx.customers if ctx else ()),
                evidence=[self.evidence(s, rule, 0.8)],
            )
            fact.label = _label(awardee, fact.type, fact.systems)
            if rule == "contract.signed-deal" and ctx and ctx.customers:
                fact.awarder = fact.awarder or ctx.customers[0]
                fact.date = ctx.date or fact.date
            if (
                rule in ("contract.with-company", "contract.signed", "contract.signed-with-later")
                and ctx
                and s.index - ctx.sentence == 1
                and not ctx.company  # (not "a $400 million contract with Airbus ... The
                and _THE_CONTRACT_WITH.match(s.text)  # contract with Thales": Airbus's value)
            ):  # "Indonesia has signed a contract worth $1.14 billion to buy 11 Su-35s. The
                # contract with Rosoboronexport was signed on Wednesday": that contract's value,
                fact.amount = fact.amount or ctx.amount  # what it buys and what for
                fact.systems = fact.systems or ctx.systems
                fact.type = ctx.purpose if fact.type == "other" else fact.type
                fact.label = _label(awardee, fact.type, fact.systems)
            if rule == "contract.signed-deal" and ctx and not fact.systems:
                fact.systems = ctx.systems  # "The contract was signed by X": what it buys
                fact.label = _label(awardee, fact.type, fact.systems)
            if _ALSO_UNDER_CONTRACT.search(s.text):  # "Austal is also building patrol boats
                fact.distinct = True  # ..., under a contract from the Department of Defence
                # awarded in 2016": another contract than the one the release is about
            home = self._home(fact)
            if home and home not in fact.customers and _unqualified_service(s):
                fact.customers = (home, *fact.customers)
            if rule == "contract.bought-from":
                fact.date = s.first_date()
                self._buyer(s, lo, t0, fact, trig)
                years = [int(y) for y in _EARLIER_YEAR.findall(s.text)]
                fact.distinct = (
                    fact.distinct
                    or bool(  # "since 2011, when Egypt ordered two
                        fact.systems  # submarines from the company": an older order than the one
                        and (  # the release is about (not "deliveries start in 2027")
                            any(y < int(self.article_date[:4]) for y in years)
                            if self.article_date
                            else re.search(r"\bsince\s+(?:19|20)\d\d,\s+when\b", s.text)
                        )
                    )
                )
            if rule == "contract.signed-with-later":
                buyers = [
                    m.actor
                    for m in s.actors(lo + trig.start("who"), lo + trig.end("who"))
                    if m.actor in self.lex.nations
                ]
                if buyers:  # "the contract ... that Greece signed with Dassault": Greece
                    fact.awarder = fact.awarder or buyers[0]
                    fact.customers = fact.customers or (buyers[0],)
            if fact.awarder is None and rule in ("contract.with-company", "contract.signed"):
                buyers = [a for a in self.subject(s, lo, t0)[0] if a in self.lex.nations]
                if not buyers and re.search(r"\bbetween\s+$", s.text[:t1]):
                    buyers = [  # "signed today between BAE Systems and the Sultanate of Oman":
                        m.actor for m in s.actors(t1, t1 + 60)  # the state after "and" buys
                        if m.actor in self.lex.nations
                        and re.search(r"\band\s+(?:the\s+)?$", s.text[: s.local(m.start)])
                    ][:1]  # fmt: skip
                if buyers:  # "The Philippines signed a contract with BrahMos": the buyer
                    fact.awarder = buyers[0]
                    fact.customers = fact.customers or (buyers[0],)
            others = self._co_awardees(s, before, t0)  # "MBDA and Safran signed contracts"
            each = (
                self._with_each(s, t0, "to" if rule == "contract.notified" else "with")
                if not before
                else []
            )
            if each and each[0][0] == awardee:  # "signed with DCNS for a frigate and with
                fact.systems = each[0][1]  # MBDA for missiles": a contract with each
                fact.label = _label(awardee, fact.type, fact.systems)
            else:
                each = []
            if others or each or _SEVERAL_CONTRACTS.search(s.text):
                fact.amount = None  # one amount for several contracts is their total
            priced = bool(each) and not others and all(amount for _k, _s, amount in each)
            if priced:  # "with HAL for 70 trainers at a cost of Rs 6,800 crore, and ... with
                fact.amount = each[0][2]  # L&T for three ships at a cost of Rs 3,100 crore"
            counted = _SEVERAL_CONTRACTS.search(s.text)
            size = COUNTS.get(counted.group(1).lower(), 0) if counted else 0
            parts = (
                self._priced_parts(s, t1, size)
                if not others
                and not each
                and not any(
                    m.key != awardee
                    and not re.search(r"\b(?:of|for|the)\s+$", s.text[: s.local(m.start)])
                    for m in after
                )
                else []
            )  # (not "L3Harris received $919 million, Lockheed Martin $890 million": theirs)
            if parts:  # "Two contracts have been signed with L&T: one for CIWS at a cost of
                for systems, amount in parts:  # Rs 7,668 crore, and one for radars at ...":
                    part = replace(  # one contract per price
                        fact,
                        systems=systems,
                        amount=amount,
                        label=_label(awardee, fact.type, systems),
                        evidence=list(fact.evidence),
                    )
                    part.distinct = True
                    self.emit(part)
                if stop == len(s.text):
                    return
                resume = stop
                continue
            if (
                not others
                and not each
                and size >= 2
                and len(fact.systems) == size
                and _ONE_EACH.search(s.text)
            ):  # "signed two contracts with Boeing — one for 22 AH-64E Apaches and the other
                for system in fact.systems:  # for 15 CH-47F Chinooks": one contract each
                    part = replace(
                        fact,
                        systems=(system,),
                        label=_label(awardee, fact.type, (system,)),
                        evidence=list(fact.evidence),
                    )
                    part.distinct = True
                    self.emit(part)
                if stop == len(s.text):
                    return
                resume = stop
                continue
            self.emit(fact)
            for other, systems, amount in each[1:]:
                self.emit(
                    replace(
                        fact,
                        awardee=other,
                        systems=systems,
                        amount=amount if priced else None,
                        label=_label(other, fact.type, systems),
                        evidence=list(fact.evidence),
                    )
                )
            for other in others:
                self.emit(
                    replace(
                        fact,
                        awardee=other,
                        label=_label(other, fact.type),
                        evidence=list(fact.evidence),
                    )
                )
            if stop == len(s.text):
                return
            resume = stop

    def _own_clauses(
        self, s: Sentence, spans: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], list[int]]:
        """The clauses of ``s``, split again where ", and" opens a clause that tells a contract
        of its own, and where those clauses begin: a contract cue with a company named before
        it in the clause ("..., and MBDA signed a contract for the weapons").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "On Friday, Airbus Helicopters signed a contract for 12 H225M helicopters, "
            >>> t += "and MBDA signed a contract for the weapons."
            >>> [(f.awardee, f.systems) for f in extract_text(t).facts if f.kind == "contract"]
            [('Airbus Helicopters', ('H225M',)), ('MBDA', ())]
        """

        companies = [
            s.local(m.start)
            for m in s.mentions
            if m.kind == "org" and self.orgs[m.key].kind == "company"
        ]

        def own(lo: int, hi: int) -> bool:
            if not any(lo <= at < hi for at in companies):
                return False  # (no company named: no cue need be looked for)
            found = self._clause_trigger(s, lo, hi)
            return found is not None and any(lo <= at < lo + found[0].start() for at in companies)

        out: list[tuple[int, int]] = []
        for lo, hi in spans:
            for cut in reversed(list(re.finditer(r",\s+and\s+(?=[A-Z])", s.text[lo:hi]))):
                if own(lo + cut.end(), hi) and self._clause_trigger(s, lo, lo + cut.start()):
                    out.append((lo + cut.end(), hi))
                    hi = lo + cut.start()
            out.append((lo, hi))
        out.sort()
        return out, [lo for lo, hi in out if own(lo, hi)]

    def _with_each(
        self, s: Sentence, t0: int, prep: str = "with"
    ) -> list[tuple[str, tuple[str, ...], Amount | None]]:
        """The companies each named after "with" from ``t0`` on, with the systems and the price
        of their own part ("signed with DCNS for a FREMM frigate and with missile maker MBDA
        for missiles"); [] for fewer than two.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Egypt signed contracts with Naval Group for a FREMM frigate and with MBDA "
            >>> t += "for Exocet missiles."
            >>> [(f.awardee, f.systems) for f in extract_text(t).facts if f.kind == "contract"]
            [('Naval Group', ('FREMM',)), ('MBDA', ('Exocet',))]
            >>> t = "India signed a contract with HAL for 70 trainers at a cost of Rs 6,800 crore, "
            >>> t += "and a contract with L&T for three ships at a cost of Rs 3,100 crore."
            >>> [(f.awardee, str(f.amount.value)) for f in extract_text(t).facts]
            [('Hindustan Aeronautics Limited', '68000000000'), ('Larsen & Toubro', '31000000000')]
        """
        starts = [
            (s.local(m.start), m.key)
            for m in s.mentions
            if m.kind == "org" and self.orgs[m.key].kind == "company"
            and s.local(m.start) > t0
            and re.search(
                rf"\b{prep}\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}$", s.text[: s.local(m.start)]
            )
            and not self._is_appositive_parent(s, m)
        ]  # fmt: skip
        if len({key for _at, key in starts}) < 2:
            return []
        out = []
        ats = [at for at, _k in starts]
        bounds = zip([t0, *ats[:-1]], ats, strict=True)
        own = [  # prices of one contract each, not a total ("$5 billion worth of contracts",
            m for m in s.money  # ", bringing the total to AED 2.4 billion")
            if not m.converted
            and not TOTAL_BEFORE.search(s.text, max(0, s.local(m.start) - 40), s.local(m.start))
            and not re.match(r"\s+worth\s+of\b", s.text[s.local(m.end) :])
        ]  # fmt: skip
        ahead = all(  # "a contract worth AED 1.65 billion with NIMR ..., and a contract worth
            any(lo <= s.local(m.start) < hi for m in own)  # AED 745 million with ADSB":
            for lo, hi in bounds  # each price before its maker
        ) and not any(s.local(m.start) >= starts[-1][0] for m in own)
        for i, (at, key) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else len(s.text)
            lo, hi = (starts[i - 1][0] if i else t0, at) if ahead else (at, end)
            prices = [
                m for m in s.money if lo <= s.local(m.start) < hi and not m.converted
            ]  # one price of its own, not "at $80 million each" or "together worth $5 billion"
            amount = self.amount(s, lo, hi) if len(prices) == 1 else None
            if amount and (
                re.match(
                    r"\s+(?:each|apiece|a\s+piece|per\s+\w+)\b", s.text[s.local(prices[0].end) :]
                )
                or re.search(
                    r"\b(?:together|combined|total|in\s+all|altogether)\b[^;]{0,50}$",
                    s.text[at : s.local(prices[0].start)],
                )
            ):
                amount = None
            out.append((key, tuple(s.systems(at, end)), amount))
        return out

    def _priced_parts(
        self, s: Sentence, t1: int, size: int
    ) -> list[tuple[tuple[str, ...], Amount]]:
        """The systems and price of each of ``size`` contracts a sentence counts and then prices
        one by one after the trigger ending at ``t1`` ("Two contracts have been signed with L&T:
        one for CIWS at a cost of Rs 7,668.82 crore, and one for radars at a cost of Rs 5,700.13
        crore"); [] unless there are exactly that many prices, none of them a total or a price
        each.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Two contracts were signed with BrahMos Aerospace: for BrahMos missiles at a "
            >>> t += "cost of Rs 19,518.65 crore, and for radars at a cost of Rs 988 crore."
            >>> [str(f.amount.value) for f in extract_text(t).facts if f.kind == "contract"]
            ['195186500000', '9880000000']
        """
        if size < 2 or not _EACH_PART.search(s.text, t1):
            return []  # (only "one for ..., and one for ...", not "worth $500 million, up from")
        prices = [m for m in s.money if s.local(m.start) >= t1 and not m.converted]
        if len(prices) != size or any(m.is_range for m in prices):
            return []
        parts = []
        lo = t1
        for m in prices:
            start, end = s.local(m.start), s.local(m.end)
            if (
                TOTAL_BEFORE.search(s.text, max(0, start - 40), start)
                or _NOT_ITS_PRICE.search(s.text, max(0, start - 40), start)
                or re.match(r"\s+(?:each|apiece|a\s+piece|per\s+\w+)\b", s.text[end:])
            ):
                return []
            amount = self.amount(s, start, end)
            if amount is None:
                return []
            parts.append((tuple(s.systems(lo, end)), amount))
            lo = end
        return parts

    def _co_awardees(self, s: Sentence, before: list[Mention], t0: int) -> list[str]:
        """The other companies of a coordinated subject that signed contracts of their own
        ("Missile maker MBDA and equipment supplier Safran also signed contracts with Cairo")."""
        if len(before) < 2 or not re.search(r"\bcontracts\b", s.text[t0 : t0 + 40]):
            return []
        run = [before[0]]
        for m in before[1:]:
            gap = s.text[s.local(run[-1].end) : s.local(m.start)]
            if not re.fullmatch(r"(?:,|\s+and)\s+(?:[a-z][\w-]*\s+){0,3}", gap):
                break
            run.append(m)
        return list(dict.fromkeys(m.key for m in run[1:] if m.key != before[0].key))

    def _clause_trigger(self, s: Sentence, lo: int, hi: int) -> tuple[re.Match[str], str] | None:
        """The contract cue of the clause ``s.text[lo:hi]`` and its rule id, if any."""
        verbs, nouns = words("contract", "verbs"), words("contract", "nouns")
        clause = s.text[lo:hi]
        if (
            (g2g := _STATE_TO_STATE.search(clause))
            and re.search(
                r"\b(?:signed|concluded|inked|struck|sealed|reached)\s+(?:a|an|the)\s+"
                r"(?:[\w$€£¥₹.,-]+\s+){0,4}$",  # ("signed a Rs 63,000 crore inter-governmental")
                clause[: g2g.start()],
            )
        ):
            return None  # "signed a government-to-government deal to buy 40 F-35As built by
            # Lockheed Martin": the states' deal, whoever builds the jets
        if "under" in clause and (under := _UNDER_CONTRACT.search(clause)):  # before the verbs
            return under, "contract.under"
        verb = next(
            (
                v
                for v in verbs.finditer(clause)
                if (
                    not _TO_WIN.search(clause, 0, v.start())
                    or _BEAT_TO.search(clause, 0, v.start())
                )
                and (
                    re.search(r"award", v.group(), re.I)
                    or (nouns.search(clause[: v.start()]) and not _CONTRACT_ACTS.match(clause))
                    or nouns.search(_own_predicate(clause[v.start() : v.end() + 160]))
                )
            ),
            None,
        )  # ("a favourite to win the contract", "tipped to secure it": not won; but "beat
        # Lockheed Martin to win it": won; and not "Halcon secures high-skilled jobs ... and
        # keeps Spanish industry at the heart of Europe's most important combat aircraft
        # programme": what it secures is no contract)
        signed = _SIGNED_CONTRACT.search(clause)
        if signed and re.search(
            r"\b(?:welcom|hail|prais|applaud|greet)[a-z]*\s+the\s+$", clause[: signed.start()]
        ):
            return None  # "Airbus welcomes the signature of contracts for 20 Eurofighters":
            # who welcomes them is no party (the awards told after name the firms)
        with_company = _WITH_COMPANY.search(clause)
        if verb:
            return verb, "contract.award"
        if with_company and _ACTED.search(clause) and not signed:
            return with_company, "contract.with-company"
        if (included := _INCLUDED_WITH.search(clause)) and not signed:
            return included, "contract.with-company"
        if worth := _WORTH_WITH.search(clause):
            return worth, "contract.worth"
        if notified := _NOTIFIED.search(clause):
            return notified, "contract.notified"
        if signed:
            return signed, "contract.signed"
        if (deal := self._signed_the_deal(s, clause, lo)) is not None:
            return deal, "contract.signed-deal"
        if (bought := self._bought_from(s, lo, clause)) is not None:
            return bought, "contract.bought-from"
        return None

    def _bought_from(self, s: Sentence, lo: int, clause: str) -> re.Match[str] | None:
        """ "the Philippines' 2014 purchase of 12 jets from KAI", "drones leased from General
        Atomics": a state's purchase or lease from a named company is a contract with it.

        The company must follow "from" directly; a purchase "from the United States" is a
        government-to-government deal, not a contract.
        """
        if re.search(r"\b(?:agreement|intergovernmental|government-to-government)\b", clause, re.I):
            return None  # bought "under an intergovernmental agreement": a state-to-state deal
        for m in _BOUGHT.finditer(clause):
            at = lo + m.end()
            company = next((x for x in s.mentions if s.local(x.start) == at), None)
            owner = re.match(r"['’]s\s+", s.text[s.local(company.end) :]) if company else None
            if company is not None and company.kind == "nation" and owner:
                at = s.local(company.end) + owner.end()  # "from France's Naval Group"
                company = next((x for x in s.mentions if s.local(x.start) == at), None)
            if (
                company is not None
                and company.kind == "org"
                and self.orgs[company.key].kind == "company"
            ):
                return m
            if re.match(
                r"(?:company|firm|shipyard|shipbuilder|manufacturer)\b", s.text[at:]
            ) and any(
                x.kind == "org" and self.orgs[x.key].kind == "company"
                for x in s.actors(0, lo + m.start())
            ):  # "TKMS has worked with Egypt since 2011, when Egypt ordered two submarines
                return m  # from the company": the company the sentence named
        return None

    def _buyer(self, s: Sentence, lo: int, t0: int, fact: Fact, trig: re.Match[str]) -> None:
        """The buying state of a purchase or lease: the state or its service before the verb."""
        buyers = [m.government for m in s.mentions if lo <= s.local(m.start) < t0 and m.government]
        if buyers:  # the buyer, not the seller's home ("from France's Naval Group")
            fact.awarder = buyers[-1]
            fact.customers = fact.customers or (buyers[-1],)
        if re.match(r"leas", trig.group("verb"), re.IGNORECASE):
            fact.type = "other"  # a lease buys use, not production
        elif fact.type == "other":
            fact.type = "production"

    def _set_last_awarder(self, s: Sentence, awarder: str) -> None:
        """ "The contract was awarded by Bharat Electronics": the awarder of the contract the
        sentence before told, when it has none yet.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("IAI said it has been awarded a $777 million contract for LRSAM systems. "
            ...      "The contract was awarded by Bharat Electronics Limited (BEL).")
            >>> [(f.awardee, f.awarder) for f in extract_text(t).facts if f.kind == "contract"]
            [('Israel Aerospace Industries', 'Bharat Electronics Limited')]
        """
        last = next((f for f in reversed(self.facts) if f.kind == "contract"), None)
        if (
            last is not None
            and last.awarder is None
            and last.awardee != awarder
            and last.evidence
            and 0 <= s.start - last.evidence[-1].end <= 2
        ):
            last.awarder = awarder

    def _signed_the_deal(self, s: Sentence, clause: str, lo: int = 0) -> re.Match[str] | None:
        """ "An executive of KNDS France signed the deal", "The contract was signed by X,
        Chairman of Dassault Aviation": the company of a contract the sentence before reported
        without one."""
        ctx = self.st.contract_context
        if ctx is None or s.index - ctx.sentence > 2 or ctx.sentence == s.index:
            return None
        active = re.search(
            r"\bsign(?:ed|s)\s+(?:the|that|this)\s+(?:deal|contract|order)\b", clause
        )
        passive = re.search(
            r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:deal|contract|order)\s+(?:was|has\s+been)\s+signed\b"
            r"(?=[^.;]{0,80}?\bby\b)",  # "The contract was signed on December 3 by Eric
            clause,  # Trappier, Chairman and CEO of Dassault Aviation"
        )
        if active is None and passive is not None:
            by = re.search(r"\bby\s+", clause[passive.end() :])
            start = passive.end() + by.end() if by else len(clause)
            signers = re.split(
                r";|\b(?:in\s+the\s+presence|witnessed|attended|while|looked\s+on|watched"
                r"|alongside)\b",
                clause[start:],
            )[0]
            companies = {
                m.key for m in s.mentions
                if m.kind == "org" and self.orgs[m.key].kind == "company"
                and lo + start <= s.local(m.start) < lo + start + len(signers)
            }  # fmt: skip
            if len(companies) != 1:
                return None  # (not "signed by Emgepron, the navy's company, and Águas Azuis":
                # the buyer's agent and the builder; nor "by the armaments director in the
                # presence of General Dynamics executives")
        return active or passive

    def _contract_context(self, s: Sentence, lo: int, hi: int, trig: re.Match[str]) -> None:
        awarder = self.government_body(s)
        buyer = self.orgs[awarder].country if awarder else None
        subject, _ = self.subject(s, lo, lo + trig.start())
        states = [p for p in subject if p in self.lex.nations]
        customers = (buyer,) if buyer else tuple(states[:1])
        self.st.contract_context = ContractContext(
            awarder,
            s.first_date(),
            customers,
            s.index,
            tuple(s.systems(lo, hi)),
            self.amount(s, lo, hi),
            self.purpose(_without_names(s)[lo:hi]),
            any(m.kind == "org" and self.orgs[m.key].kind == "company" for m in s.mentions),
        )

    def purpose(self, text: str) -> str:
        """The contract purpose whose cue comes first ("production of missiles and spares")."""
        found = []
        for name in self.lex.patterns["contract"]["purposes"]:
            m = words("contract", "purposes", name).search(text)
            if m:
                found.append((m.start(), -len(m.group()), name))  # (the longer cue at a tie:
                # "design and construction" builds)
        return min(found)[2] if found else "other"

    def _is_appositive_parent(self, s: Sentence, m: Mention) -> bool:
        before = s.text[: s.local(m.start)]
        return (
            bool(
                re.search(r",\s+(?:an?|the)\s+$", before)
                and re.match(
                    r"\s*(?:business|unit|subsidiary|division|arm|company)\b",
                    s.text[s.local(m.end) :],
                )
            )
            or bool(
                re.search(
                    r",\s+(?:an?|the)\s+(?:business|unit|subsidiary|division|arm)\s+of\s+$", before
                )
            )
            or bool(  # "signed with X, a joint venture of Indian factories with Kalashnikov":
                re.search(  # its owners, no awardees
                    r",\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\s+(?:of|between"
                    r"|owned\s+by|formed\s+by)\s"
                    r"(?:(?!,\s+(?:and|with|while|but)\b)[^;.()]){0,100}$",
                    before,
                )
            )
        )

    def _awarder(self, s: Sentence, awardee: str, lo: int = 0, hi: int | None = None) -> str | None:
        """Who gave ``awardee`` its contract: a government body or service named in
        ``s.text[lo:hi]`` (the contract's own clause when the sentence tells several), or the
        state after "from" or "by" there.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Saab received an order from the Swedish Defence Materiel Administration for "
            >>> t += "radars, and Kongsberg received a contract for NSM missiles."
            >>> [(f.awardee, f.awarder) for f in extract_text(t).facts if f.kind == "contract"]
            [('Saab', 'Swedish Defence Materiel Administration'), ('Kongsberg', None)]
            >>> t = "The Polish Armament Agency signed a contract with Hanwha Aerospace for K9 "
            >>> t += "howitzers, and Rheinmetall received a contract from Hungary for Lynx tanks."
            >>> [(f.awardee, f.awarder) for f in extract_text(t).facts if f.kind == "contract"]
            [('Hanwha Aerospace', 'Polish Armament Agency'), ('Rheinmetall', 'HUN')]
        """
        hi = len(s.text) if hi is None else hi
        for men in s.mentions:
            if men.kind != "org" or men.key == awardee or not lo <= s.local(men.start) < hi:
                continue
            org = self.orgs[men.key]
            if org.kind in ("government-body", "military-branch") and not org.state_apparatus:
                return men.key
        m = re.search(r"\b(?:from|by)\s+", s.text[lo:hi])  # "from the Philippines": the name's
        if m:  # article
            for men in s.actors(lo + m.end(), hi):
                if men.state:
                    return men.state
        return None

    def _customers(self, s: Sentence, pos: int) -> tuple[str, ...]:
        """States the items are bought for: "for the United States and Japan", "customers X, Y"."""
        out: list[str] = []
        for cue in re.finditer(
            r"\b(?:for|to|customers?|partners?|governments? of)\s+(?:the\s+)?", s.text[pos:]
        ):
            run = self.objects(s, pos + cue.end(), window=1)
            out += [m.state for m in run if m.state]
        return tuple(dict.fromkeys(out))

    def contract_followups(self, s: Sentence) -> None:
        """Customers, funding, amount and awarder stated in the sentences after a contract."""
        if self._enumerated(s) or self._one_system_each(s):
            return
        self._restated_amount(s)
        recent = [f for f in self.facts[-3:] if f.kind == "contract"]
        if not recent or recent[-1].evidence[0].start == s.start:
            return
        fact = recent[-1]
        self._described_award(s, fact)
        home = self._home(fact)
        if home and home not in fact.customers and _unqualified_service(s):
            fact.customers = (home, *fact.customers)  # "for the Air Force and Navy"
        listed = re.search(r"Foreign Military Sales\s*\(([^)]*)\)", s.text, re.IGNORECASE)
        if listed:  # "Foreign Military Sales (Australia, Estonia and Poland) funds"
            lo, hi = s.start + listed.start(1), s.start + listed.end(1)
            states = [m.state for m in s.mentions if lo <= m.start < hi and m.state]
            fact.customers = tuple(dict.fromkeys((*fact.customers, *states)))
        if words("contract", "fms_cues").search(s.text) and re.search(
            r"fund|financ|paid|customers|purchases|program", s.text, re.I
        ):
            fact.funding = "Foreign Military Sales"
        if re.search(
            r"\b(?:users|customers|buyers|recipients|partners|participants|purchases|governments)\b",
            s.text,
            re.IGNORECASE,
        ):
            states = [m.state for m in s.actors() if m.state]
            fact.customers = tuple(dict.fromkeys((*fact.customers, *states)))
        worth = re.match(
            r"\s*(?:The|That|This)\s+(?:initial\s+(?=(?:award|contract)\b(?![^.;]*\b(?:19|20)\d\d)))?"
            r"(?:contract|order|award|deal)"
            r"(?:,\s+valued\b[^.;,]{0,40}?\bat\b"  # "The contract, valued by BAE at £5 billion,"
            r"|(?:,[^.;,]{0,120},)?(?:,|\s+(?:is|was))?\s+(?:worth|valued at)\b"
            # "The order value is approximately SEK 7.3 billion", "The contract's value is ..."
            r"|(?:['’]s)?\s+(?:value|total\s+value)\s+(?:is|was|amounts\s+to|totals)\b"
            # "The contract has an initial value of $2.4 billion"
            r"|\s+(?:has|had|carries|carried)\s+an?\s+(?:initial\s+|base\s+)?value\s+of\b)",
            s.text,
        )
        if fact.amount is None and worth:  # "The contract, worth €16 billion, was signed ...",
            # "The contract, signed at the ministry, is valued at about $940 million"
            fact.amount = self.amount(s, 0, len(s.text))
            signed = s.first_date() if re.search(r"\bwas\s+signed\b", s.text) else None
            if signed and fact.date in (None, self.article_date):
                fact.date = signed  # "..., was signed in Doha on Sunday": not the report's day
        if fact.awarder is None and re.search(
            r"\bcontracting (?:activity|agency|authority)\b", s.text, re.I
        ):
            fact.awarder = self.government_body(s)

    def _enumerated(self, s: Sentence) -> bool:
        """ "Two contracts were signed with Larsen & Toubro. The first, for a close-in weapon
        system, is valued at Rs 7,668.82 crore. The second, for a radar, is valued at ...": each
        contract counted in the sentence before, with its own amount and systems."""
        told = _ENUMERATED.match(s.text)
        priced = _PRICED.search(s.text, told.end()) if told else None
        if told is None or priced is None:
            return False
        last = next((f for f in reversed(self.facts) if f.kind == "contract"), None)
        if last is None or last.evidence[0].start == s.start:
            return False
        counted = _SEVERAL_CONTRACTS.search(last.evidence[0].text)
        first = last.evidence[0]
        group = [f for f in self.facts if f.kind == "contract" and f.evidence[0] == first]
        size = COUNTS.get(counted.group(1).lower(), 0) if counted else 0
        amount = self.amount(s, priced.start(), len(s.text))
        if amount is None or not size or len({f.awardee for f in group}) != 1:
            return False
        evidence = self.evidence(s, "contract.enumerated", 0.7)
        systems = tuple(s.systems())
        blank = next((f for f in group if f.amount is None), None)
        if blank is not None:
            blank.amount, blank.systems = amount, systems or blank.systems
            blank.evidence.append(evidence)
        elif len(group) < size:
            self.emit(replace(last, amount=amount, systems=systems, evidence=[first, evidence]))
        return True

    def _one_system_each(self, s: Sentence) -> bool:
        """ "It had signed two contracts with MHI ... The contracts cover an upgraded Type 12
        missile and the Hyper Velocity Gliding Projectile": as many systems as contracts
        counted, one contract each; an amount the text gives for them together is neither's.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Japan said it had signed two contracts with Mitsubishi Heavy Industries "
            ...      "worth 379 billion yen. The contracts cover the Type 12 missile and the "
            ...      "Hyper Velocity Gliding Projectile.")
            >>> [(f.systems, f.amount) for f in extract_text(t).facts if f.kind == "contract"]
            [(('Type 12',), None), (('Hyper Velocity Gliding Projectile',), None)]
        """
        if not _COVER.match(s.text):
            return False
        last = next((f for f in reversed(self.facts) if f.kind == "contract"), None)
        if (
            last is None
            or last.evidence[0].start == s.start
            or s.start - last.evidence[-1].end > 400
        ):
            return False
        counted = next((c for e in last.evidence if (c := _SEVERAL_CONTRACTS.search(e.text))), None)
        size = COUNTS.get(counted.group(1).lower(), 0) if counted else 0
        systems = tuple(dict.fromkeys(s.systems()))
        group = [
            f for f in self.facts if f.kind == "contract" and f.evidence[0] == last.evidence[0]
        ]
        if size < 2 or len(systems) != size or len(group) != 1:
            return False
        evidence = self.evidence(s, "contract.one-system-each", 0.7)
        for other in [f for f in self.facts if f.kind == "contract" and f is not last]:
            if other.awardee == last.awardee and set(other.systems) <= set(systems):
                self.facts.remove(other)  # "deals with MHI worth 379 billion yen": the two
        last.systems, last.amount, last.distinct = systems[:1], None, True
        last.evidence.append(evidence)
        for system in systems[1:]:
            part = replace(last, systems=(system,), evidence=[last.evidence[0], evidence])
            part.distinct = True
            self.emit(part)
        return True

    def _described_award(self, s: Sentence, fact: Fact) -> None:
        """ "This modification provides logistics support ... for CH-53K helicopters operated
        by the Marine Corps and the government of Israel": the purpose, systems and customers
        of an award whose own sentence named none."""
        if not _DESCRIBES.match(s.text):
            return
        if fact.type == "other":
            fact.type = self.purpose(_without_names(s))
        named = tuple(s.systems())
        if named and all(any(y != x and y.startswith(x) for y in named) for x in fact.systems):
            fact.systems = named  # "AMRAAM production" → "production of AIM-120D-3 and ..."
        states = self._customers(s, 0)
        fact.customers = tuple(dict.fromkeys((*fact.customers, *states)))

    def _home(self, fact: Fact) -> str | None:
        """The state whose unqualified services ("the Air Force") buy under this award: the
        awarder's, else the awardee's home state."""
        if fact.awarder and fact.awarder in self.lex.nations:
            return fact.awarder
        for name in (fact.awarder, fact.awardee):
            org = self.orgs.get(name) if name else None
            if org is not None and org.country:
                return org.country
        return None

    def _restated_amount(self, s: Sentence) -> None:
        """ "He signed the $375 million contract on Jan. 28", "the contract for the jets is worth
        $8.1 billion": the amount of the last contract reported without one."""
        fact = next((f for f in reversed(self.facts) if f.kind == "contract"), None)
        if fact is None or fact.amount is not None or fact.evidence[0].start == s.start:
            return
        others = [
            m for m in s.mentions
            if m.kind == "org" and self.orgs[m.key].kind == "company" and m.key != fact.awardee
        ]  # fmt: skip
        restated = _RESTATED.search(s.text)
        if not restated or others or hedged(s.text, 0, restated.start(), restated.end()):
            return
        if re.search(r"\bagreement\b", restated.group(), re.I) and not any(
            e.rule == "contract.deal-with-company" for e in fact.evidence
        ):
            return  # "The agreement is worth ..." prices a deal told as an agreement with a company
        if re.search(
            r"\b(?:expected|could|may|might|would|projected|estimated|likely)\b", restated.group()
        ):
            return  # "the value of the contract is expected to rise to": not yet its amount
        if re.search(r"\b(?:together|combined|altogether|in\s+total)\b", s.text, re.I):
            return  # "Together they are worth 379 billion yen": no one contract's amount
        fact.amount = self.amount(s, restated.start(), restated.end())
        if fact.amount is not None:
            fact.date = fact.date or s.first_date()
            fact.evidence.append(self.evidence(s, "contract.amount-restated", 0.7))
