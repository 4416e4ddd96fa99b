"""Agreement rules: noun and verb, "agreed to", proposed sales, named and dated agreements.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Japan and Britain signed a reciprocal access pact on Jan. 11, 2023.")
    >>> [(f.kind, f.type, f.parties, f.date) for f in ex.facts]
    [('agreement', 'access', ('JPN', 'GBR'), '2023-01-11')]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from kg.dates import COUNTS
from kg.extract.context import (
    TITLED_OFFICIAL,
    Sentence,
    group_refs,
    runs,
    unique_actors,
    words,
)
from kg.extract.mentions import Mention
from kg.extract.model import Amount, Fact
from kg.extract.roles import (
    AFTER_TALKS,
    CONSIDERED_BY_LAWMAKERS,
    DEFINITE,
    FMS,
    NAMED_AGREEMENT,
    QUARREL,
    TOTAL_BEFORE,
    VISIT,
    RuleBase,
    clause_of,
    clauses,
    head,
    hedged,
    is_verb_form,
    takes_over,
    verbs_as_nouns,
)
from kg.lexicon import load_lexicon

# A line of credit, its amount before it ("a $500 million defence line of credit"), the act
# that opens it, and the use that makes it a defence agreement
_CREDIT_LINE = re.compile(r"\b(?:[Ll]ines?\s+of\s+[Cc]redit|[Cc]redit\s+[Ll]ines?)\b")
_CREDIT_LINE_GAP = r"\s+(?:(?:[Dd]efen[cs]e|concessional|new|fresh|additional|Indian|Chinese)\s+)*"
_CREDIT_ACT = re.compile(
    r"\b(?:extend(?:ed|s)?|announc(?:e|ed|es)|sign(?:ed|s)?|agreed|offer(?:ed|s)?|grant(?:ed|s)?"
    r"|approv(?:e|ed|es)|provid(?:e|ed|es)|open(?:ed|s)?|unveil(?:ed|s)?)\b"
)
_DEFENCE_USE = re.compile(
    r"\b(?:defen[cs]e|military|(?<!energy\s)(?<!food\s)(?<!economic\s)(?<!health\s)security"
    r"|armed\s+forces|navy|coast\s+guard|patrol\s+(?:boats|vessels)"
    r"|warships?|weapons|arms|ammunition|armou?red)\b",
    re.I,
)
_PROCUREMENT = re.compile(
    r"\b(?:procurement|purchases?|(?:to|help\s+\w+)\s+(?:buy|purchase|acquire)|buying"
    r"|acquisitions?)\b",
    re.I,
)
# Words of acting on a line of credit opened before ("agreed to speed up the implementation of
# the line of credit", "the early finalisation of"), not opening one
_CREDIT_NOT_NEW = re.compile(
    r"\b(?:finali[sz]\w*|negotiat\w*|talks|implement\w*|expedit\w*|speed\w*|repay\w*"
    r"|utili[sz]\w*|used|using|uses|draw\w*|tranche|discuss\w*|consider\w*|seek\w*|sought"
    r"|request\w*)\b",
    re.I,
)
# The parties' act told after the line of credit, in a relative clause ("the USD 500 million
# Line of Credit for defence procurement that the Governments of India and Bangladesh agreed")
_CREDIT_AGREED = re.compile(
    r"(?:\s+(?!that\b|which\b)[\w-]+){0,4}\s+(?:that|which)\s+(?:[^,;.]{0,80}?\s)?"
    r"(?:agreed|signed|extended|announced)\b"
)
# An agreement whose object is the line of credit that follows ("an agreement on a")
_ON_THE_LINE = re.compile(
    r"\b(?:agreement|accord|deal|memorandum|pact)\s+(?:on|for|covering)\s+(?:an?|the)\s+"
    r"(?:(?!\band\b)[^,;])*$"
)
# A line of credit named as the money's source ("financed under an earlier $100 million credit
# line"), not opened here
_CREDIT_SOURCE = re.compile(
    r"\b(?:financed|funded|paid\s+for|concluded|bought|purchased)\s+(?:\w+\s+){0,2}?(?:from|by"
    r"|through|with|under|out\s+of)\s+(?:an?|the|its|their)\s+(?:[\w$.,-]+\s+){0,5}$"
    r"|\bunder\s+(?:an?|the)\s+(?:[\w$.,-]+\s+){0,5}$",
    re.I,
)

# A word before a type keyword that makes it no defence matter ("a social security agreement")
# Words before a date that make it a later step of a sale, not its notice ("with deliveries
# starting in March 2026")
# The next sale of a list of proposed sales ("... and a proposed sale of", "as well as a
# separate sale of")
_NEXT_SALE = re.compile(
    r",?\s+(?:and|as\s+well\s+as)\s+(?:an?|the)\s+"
    r"(?:(?:separate|second|third|further|proposed|possible)\s+){0,2}sale\s+of\b",
    re.I,
)
_LATER_STEP = re.compile(r"\b(?:deliver\w*|starting|beginning|until|by|from)\b[^,;]{0,30}$")
_NOT_DEFENCE = re.compile(r"\b(?:social|energy|food|health|water|income|job|pension)\s+$", re.I)
_YEAR_ONLY = re.compile(r"\b(?:in|since|of|from)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b")
# An aside after a deal's clause that gives its value (", with a total value of about")
_VALUED_ASIDE = re.compile(
    r"\s*,\s+(?:with\s+(?:a\s+)?(?:total\s+|combined\s+|estimated\s+)?value\s+of"
    r"|worth|valued\s+at|at\s+a\s+(?:total\s+)?cost\s+of)\s+(?:(?:about|around|roughly|some"
    r"|nearly|almost|approximately|an\s+estimated)\s+)?"
)
# A year right after the signing verb ("signed in 2017"), or a few words after it ("signed a
# maritime agreement in 2011"): the signing's time, whatever other day the sentence tells (not
# "the first since 2014")
_IN_YEAR = r"\s+in\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b(?!\s*[-–/])"
_SIGNED_IN_YEAR = re.compile(_IN_YEAR)
_SIGNED_YEAR_NEAR = re.compile(
    rf"\b(?:signed|concluded|inked|sealed|reached)\b(?:\s+[\w'’-]+){{0,5}}?{_IN_YEAR}"
)
# A deal named with its signing in a participle clause ("the Accords, signed at the White House
# on ...", "a separate agreement signed in Damascus on ..."): no sentence of its own
_SIGNED_ASIDE = re.compile(
    r"\b(?:accords?|agreements?|treaty|treaties|pact|deal|memorandum|convention|protocol)"
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:which\s+was\s+|that\s+was\s+)?signed\s+(?:at|in|on)\b",
    re.I,
)
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
# A year an agreement's name is restated with (", a 1998 pact that governs ...")
_YEAR_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pact|agreement|accord|treaty|deal|arrangement)\b"
)
_NEGATED = re.compile(r"\bno\s+(?:[\w-]+\s+)?$", re.I)
# After an agreement named in passing: words that say it is not yet signed
_NOT_YET_SIGNED = re.compile(
    r"\b(?:(?:would|will|could|is\s+to|are\s+to)\s+be\s+(?:signed|concluded|finali[sz]ed)"
    r"|(?:almost|nearly)\s+(?:ready|done|complete|finished)|not\s+yet|yet\s+to\s+be"
    r"|under\s+negotiation|being\s+negotiated|still\s+being|in\s+the\s+works|postponed"
    r"|delayed|put\s+off|called\s+off|planned\s+for|scheduled\s+for"
    r"|(?:under\s+consideration|being\s+considered(?!\s+(?:a|an|the|as|to)\b))"
    + CONSIDERED_BY_LAWMAKERS
    + r")\b",
    re.I,
)
_FRAMEWORK_HEADS = ("memorand", "letter", "framework", "declaration", "protocol")
# A deal with a company told as a framework for what follows, not an award: "a framework
# agreement", "an implementation agreement ... for the joint production of K2 tanks"
_FRAMEWORK_DEAL = re.compile(r"\bframework|\bimplement(?:ation|ing)\s+agreement", re.I)
_PRODUCTION_DEAL = re.compile(
    r"\bfor\s+(?:the\s+)?(?:(?:joint|local|licen[cs]ed)\s+production|co-?production)\s+of\b", re.I
)  # (an unpriced deal "for the joint production of K2 tanks"; not "a $1 billion agreement to buy
# 54 howitzers, including licensed production of some")
# A sale held back by the verb that governs it: "had put on hold a separate proposed sale"
_HELD_SALE = re.compile(
    r"\b(?:blocked|blocking|on\s+hold|a\s+hold\s+on|held\s+up|holding\s+up)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w$.-]+(?:,\d{3})*\s+){0,5}$"
)
_PURCHASED = re.compile(
    r"\b(?:ordered|bought|purchased|acquired|imported|received|receiving)\s+(?!from\b)"
)
# A purchase told in a relative clause after what was bought: "two Type 035G submarines, which
# Bangladesh bought from China"
_BOUGHT_WHICH = re.compile(
    r",\s+(?:which|that)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+(?:had\s+|has\s+)?"
    r"(?P<verb>bought|purchased|ordered|acquired|imported)\s+(?=from\b)"
)
_SIGNS_CONTRACT = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w$€£.,-]+\s+){0,3}?(?:contracts?|orders?)\b", re.I
)
_AFTER_SELLER = re.compile(
    r"\s+(?:last|this|next|earlier|in|on|under|for|despite|after|before|as|amid|with|and"
    r"|to|at|through|via|since|during)\b"
)
_AFTER_JOINED = {
    "on", "in", "at", "as", "and", "after", "when", "last", "this", "earlier", "today",
    "yesterday", "officially", "formally", "following", "becoming", "ending", "making", "since",
}  # fmt: skip
_AGREED_PURCHASE = re.compile(r"\b(?:would|will|to)\s+(?:buy|purchase|acquire|order)\s+")
# Proposed sales counted ("two possible Foreign Military Sales", "three proposed sales")
_COUNTED_SALES = re.compile(
    r"\b(two|three|four|five|six)\s+(?:possible|proposed|potential)\s+(?:foreign\s+military\s+)?"
    r"sales\b",
    re.I,
)
_COMBINED = re.compile(
    r"\b(?:combined|total(?:ling|ing)?|together|altogether)\s+(?:\w+\s+){0,2}?(?:of\s+)?$"
)  # ("worth a combined $1.1 billion", "with a combined value of $2.5 billion")
# One of the counted sales, told in a sentence of its own ("The second case covers ...")
_NTH_CASE = re.compile(
    r"(?:The|A)\s+(first|second|third|fourth|other|larger|smaller|largest|smallest|last|final)"
    r"(?:\s+(?:case|sale|package|notification))?\s*(?:,[^,;]{0,60},\s*)?"  # ("The first case,
    r"(?=covers|includes|is\s+for|would|comprises|involves|consists"  # valued at $1.1 billion,")
    r"|is\s+(?:put|valued|priced|estimated)\s+at)",  # ("The third, for munitions, is put at")
)
# Several sales told as one list ("proposed sales to the UAE of up to 50 F-35A jets, 18 MQ-9B
# drones and munitions"), and a price told for each of them next ("is valued at")
_SALES_OF_SEVERAL = re.compile(
    r"\b(?:proposed|possible|potential)\s+sales\b[^.;]{0,80}?\bof\b[^.;]*?\band\b", re.I
)
_VALUED_AT = re.compile(r"\b(?:is|are|was|were)\s+(?:valued|priced|put|estimated)\s+at\b")
_VALUED_AT_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:valued|priced|put|estimated)\s+at\s+(?:about\s+|some\s+)?$"
)
_ITEM_AT_BEFORE = re.compile(r"(?:,|\band)\s+the\s+[^,;$]{1,40}?\s+at\s+(?:about\s+|some\s+)?$")
# Talks about what the sale cue names ("Talks on the possible sale of ... will continue")
_TALKS_ON = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations)\s+(?:on|over|about|regarding|for)"
    r"\s+(?:the\s+|a\s+)?$",
    re.I,
)
_RELATIVE_TRIGGER = re.compile(r"\b(?:that|which|whom)\s+[^,;]*$")  # "a pact that their ... signed"
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?")
# Systems told before the purchase: "boats purchased from China", "aircraft that Nigeria
# bought from the United States"
_BOUGHT_FROM = re.compile(
    r"(?<!\bbe\s)(?<!\bto\s)\b(?P<verb>bought|purchased|ordered|acquired|imported)\s+from\s+"
    r"(?:the\s+)?"
)
# Between two systems of one list ("F-16 and F-35 fighters", "Rafale jets, F-16s and")
_LISTED_SYSTEMS = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# The buyer named after the seller: "bought from Germany by Poland"
_BY_BUYER = re.compile(r"\s+by\s+(?:the\s+)?")
# Words that make a purchase hearsay: "allegedly bought", "reportedly ordered"
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly|possibly|probably)\s+$")
# Between the systems and the verb: the rest of their noun phrase, or "that <buyer> (had)"
_RELATIVE_BUYER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,4}(?<!\sto)(?<!\sfrom)(?<!\sfor)(?<!\sby)(?<!\swith)(?<!\sin)"
    r"(?<!\sof)(?<!\son)(?<!\sat)\s+(?:(?:(?:that|which)\s+)?(?P<who>(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,3})(?:had\s+|has\s+|have\s+)?"
    r"|(?:first\s+|originally\s+|recently\s+)?)"
)  # ("A-29 aircraft that Nigeria bought", "the fighters the UAE bought", "jets ordered from")
_FUTURE_SALE = re.compile(
    r"\b(?:would|will|plans? to|wants? to|seeks? to)\s+(?:\w+\s+)?(?:buy|order|purchase|acquire)\b"
)


# A document still negotiated, right before its noun ("negotiations on a security and defence
# partnership", "are negotiating a supplementary defence cooperation agreement")
_UNDER_NEGOTIATION = re.compile(
    r"(?<!concluded\s)(?<!completed\s)(?<!finalised\s)(?<!finalized\s)(?<!up\s)(?<!ended\s)"
    r"\b(?:(?:negotiations?|negotiating)\s+(?:on|for|over|toward|towards|about)"
    r"|(?:is|are|was|were|been)\s+negotiating)\s+"
    r"(?:a|an|the|their|its)\s+(?:(?!(?:or|but|then|signed)\b|and\s+(?:\w+ed|then)\b)[\w-]+\s+){0,4}$",
    re.I,
)  # (not "concluded negotiations on a pact and signed it", "held talks on X and signed a pact")


# The summit or talks right after a hyphened pair ('U.S.-India "2+2" dialogue')
_SUMMIT_AFTER_PAIR = re.compile(
    r"\s+(?:[\"“][^\"”]{1,12}[\"”]\s+)?(?:[Ss]ummit|talks|[Mm]eeting|dialogue)\b"
)


def _restated(before: str) -> bool:
    """True when the agreement noun after ``before`` is the object of a verb about an agreement
    already in force ("reaffirming their", "withdrew from the").

    Example:
        >>> _restated("a statement reaffirming their strategic "), _restated("signed a ")
        (True, False)
    """
    for m in words("agreement", "leaving_verbs").finditer(before):
        rest = before[m.end() :]  # "leaving the treaty" (not "leave Niger under an agreement")
        if re.fullmatch(r"\s+(?:the|their|its|this|that)\s+(?:[a-z][\w-]*\s+){0,3}", rest):
            return True
    for m in words("agreement", "restating_verbs").finditer(before):
        rest = before[m.end() :]
        if re.fullmatch(
            r"\s+(?:from\s+)?(?:(?:the|their|its|a|an|this|that)\s+)?(?:[\w-]+\s+){0,3}", rest
        ):
            return True
    return False


def _scope(text: str, lo: int, pos: int) -> int:
    """Where the hedges that can govern a trigger at ``pos`` start: a relative clause
    (", which has been receiving ...") is out of the reach of a negation before it.

    Example:
        >>> t = "He did not name India, which bought jets."
        >>> t[_scope(t, 0, t.index("bought")) :]
        ', which bought jets.'
    """
    rel = [m for m in re.finditer(r",\s+(?:which|who)\b", text[lo:pos])]
    start = lo + rel[-1].start() if rel else lo
    # "will debate the pact that X signed last month", "will pay under an agreement signed on
    # Friday by A and B": what the main verb hedges is not the signing the relative tells
    own = [
        m for m in _own_clause_rx().finditer(text, start)
        if m.end() <= pos and not _DENIED_DOCUMENT.search(text, start, m.start())
    ]  # fmt: skip  # (but "had no knowledge of an agreement signed between A and B": none)
    if own and re.fullmatch(r"(?:[^,;]*?)", text[own[-1].end() : pos]):
        start = own[-1].start()
    return start


# A document whose existence is denied right before its noun ("no knowledge of an agreement")
_DENIED_DOCUMENT = re.compile(
    r"\b(?:no|not|never|denied|denies|deny|denying)\b(?:\s+[\w-]+){0,3}?\s+(?:of\s+)?"
    r"(?:an?|the|any|such)\s+(?:[\w-]+\s+){0,3}$"
)


@cache
def _signed_by_them_rx() -> re.Pattern[str]:
    """An agreement noun right before the group that signed it ("under a framework arrangement
    the two governments signed in June"): a clause of its own."""
    nouns = load_lexicon().alternation("agreement", "nouns", longest=True)
    return re.compile(
        rf"\b(?:{nouns})s?\s+(?=(?:the|both)\s+(?:two\s+|three\s+)?(?:governments|countries|sides"
        r"|nations|leaders|ministers|states)\s+(?:had\s+|have\s+)?(?:signed|concluded|inked"
        r"|sealed)\b)",
        re.I,
    )


@cache
def _own_clause_rx() -> re.Pattern[str]:
    """An agreement noun and the relative clause that tells its signing (patterns.toml)."""
    nouns = load_lexicon().alternation("agreement", "nouns", longest=True)
    return re.compile(
        rf"\b(?:{nouns})s?(?:\s+(?:that|which)\s+|,?\s+(?=(?:signed|concluded|inked|sealed)\b))",
        re.I,
    )


def _vague_intent(clause: str, pos: int) -> bool:
    """True when the verb after "agreed to" at ``pos`` states an intent, not an instrument
    (patterns.toml [agreement] agreed_vague).

    Example:
        >>> t = "They agreed to deepen cooperation."
        >>> _vague_intent(t, t.index("agreed") + 6), _vague_intent("They agreed to launch it.", 11)
        (True, False)
        >>> _vague_intent("They agreed that their staffs would continue talks.", 11)
        True
        >>> t = "They agreed that their special envoys on the border question would meet soon."
        >>> _vague_intent(t, 11)
        True
        >>> _vague_intent("They agreed to further deepen cooperation.", 11)
        True
        >>> _vague_intent("They agreed on the need to avoid escalation.", 11)
        True
        >>> _vague_intent("They agreed that the next meeting will take place in Kyiv.", 11)
        True
        >>> _vague_intent("They agreed that the next round of procurement would be joint.", 11)
        False
    """
    if re.match(
        r"\s+that\s+(?:the|their)\s+next\s+(?:meeting|session|summit|talks|dialogue|round(?!\s+of\b)"
        r"|round\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|dialogue|consultations|negotiations))"
        r"\b",
        clause[pos:],
        re.I,
    ):
        return True  # "agreed that the next meeting of the Lublin Triangle will take place in Kyiv"
    if re.match(r"\s+on\s+the\s+(?:need|importance|necessity|urgency)\b", clause[pos:]):
        return True  # "agreed on the need to avoid escalation": a view, no instrument
    if re.match(
        r"\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:should|must|would)\s+(?:never|not)\s+(?:happen|recur"
        r"|occur|be\s+repeated)\b",
        clause[pos:],
    ):
        return True  # "agreed that such incidents should not happen again": a view
    that = re.match(r"\s+(?:on\s+\w+\s+)?that\s", clause[pos:])
    if that and not re.search(
        r"\b(?:would|will|should|shall|must|could|can|may|might|to\s+[a-z]+)\b",
        clause[pos + that.end() :],
    ):
        return True  # "agreed that their common interests outweighed their differences": a view
    verb = re.match(
        r"\s+(?:on\s+\w+\s+|in\s+\w+\s+|last\s+\w+\s+)?"
        r"(?:to|that\s+(?:[\w'’.-]+\s+){1,9}?(?:would|will|should))\s+",
        clause[pos:],
    )
    if verb is None:
        return False
    at = pos + verb.end()
    adverb = re.match(r"(?!jointly\b)(?:further|also|[a-z]+ly)\s+", clause[at:])  # "to further
    # deepen" (but "to jointly develop" a fighter is an instrument)
    at += adverb.end() if adverb else 0
    first = words("agreement", "agreed_vague").search(clause, at)
    return first is not None and first.start() == at


@cache
def _lower_standing() -> frozenset[str]:
    """The kinds of standing pact written in lower case (patterns.toml [agreement] standing),
    which text may spell in any case; the others are names ("New START", "VFA").

    Example:
        >>> "visiting forces agreement" in _lower_standing(), "VFA" in _lower_standing()
        (True, False)
    """
    return frozenset(k for k in load_lexicon().words("agreement", "standing") if k.islower())


# Talks agreed on, or their pace, no document yet ("agreed on Friday to open negotiations",
# "agreed at talks in Singapore to speed up negotiations on a peace treaty")
_AGREED_TALKS = re.compile(
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|to|yester)day\s+)?"  # ("agreed Friday to")
    r"(?:(?:on|in|at|during|last)\s+(?:(?!(?:and|deal|agreement|pact|accord|treaty|ceasefire"
    r"|truce|memorandum)\b)[\w'’.-]+\s+){1,8}?)?to\s+(?:open|launch|begin|start"
    r"|hold|resume|enter(?:\s+into)?|speed\s+up|accelerate|expedite|continue|intensify|step\s+up"
    r"|relaunch|restart|revive|reopen)"
    r"\s+(?:the\s+|their\s+|an?\s+)?(?:(?:formal|new|peace|bilateral|strategic|security"
    r"|high-level|vice-ministerial|ministerial)\s+){0,3}(?:negotiations|talks|dialogue)\b"
)  # (also "agreed to relaunch a bilateral security dialogue")
# A definite deal someone brokered or mediated ("who helped broker the deal")
_BROKER = re.compile(
    r",\s+(?:who|which)\s+(?:had\s+|has\s+)?(?:helped\s+(?:to\s+)?)?(?:broker(?:ed)?|mediated)"
    r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|pact|declaration|truce"
    r"|ceasefire)\b"
)
# The signing of a pact told in passing with its year ("signed in Prague in April 2010")
_SIGNED_WHEN = re.compile(r"\b(?:signed|concluded)\b[^,;]{0,40}?\b(?:19|20)\d\d\b")
# Signers named as a grouping's members, listed between dashes after it
# "saying it had been signed": a pact told before, spoken of
_SAID_IT_WAS = re.compile(
    r",\s+(?:saying|adding|arguing|complaining|noting|claiming)\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:(?:had|has|have)\s+been|was|were)\s+(?:[a-z]+ly\s+)?$"
)
_SIGNED_BY_MEMBERS = re.compile(
    r"\b(?:signed|concluded|inked|sealed)\b[^,;]{0,40}?\bby\s+(?:the\s+)?(?:(?:leaders?|heads?"
    r"|representatives|presidents|(?:foreign\s+|defen[cs]e\s+|prime\s+)?ministers|envoys"
    r"|officials)(?:\s+and\s+\w+)?\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?"
    r"(?:members|member\s+states|states|countries|nations)\s*[—–]\s*(?=(?:the\s+)?[A-Z])"
)
# A clause of when something happened, with a subject of its own ("..., when Ethiopia signed")
_WHEN_SUBJECT = re.compile(r",\s+when\s+(?!(?:it|they|he|she|we|both|the\s+two|the\s+sides)\b)")
# Signers named as a group ("was signed by the four states and by Egypt")
_SIGNED_BY_GROUP = re.compile(
    r"\b(?:signed|concluded|inked|sealed)\b[^,;]{0,40}?\bby\s+(?=(?:the|all|both)\s+(?:\w+\s+)?"
    r"(?:countries|nations|states|member\s+states|members|governments)\b)"
)
_AND_BY = re.compile(r"\s*[—–]\s*,?\s*and\s+(?:also\s+)?by\s+(?:the\s+)?")
_JOINT_STATEMENT = re.compile(r"joint\s+statements?", re.I)
# What makes a joint statement an instrument: signed or adopted, or itself establishing a tie
_STATEMENT_MADE = re.compile(r"(?i:co-?sign|sign|adopt|ink|initial)")
_STATEMENT_ACTS = re.compile(r"(?i:establish|elevat|launch|upgrad|rais)\w*ing\b")
# "The programme was launched by the leaders in a joint statement": what the statement did
_STATEMENT_LAUNCHED = re.compile(
    r"(?i:launched|established|elevated|upgraded)\s+by\s+[^,;]{1,60}?\s+in\s+an?\s+"
    r"(?:[\w-]+\s+)?joint\s+statement"
)
_STATEMENT_AFTER = (  # what may stand between a joint statement and its participle: a day,
    r",?(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+day|\s+(?:on\s+)?[A-Z][a-z]+day|\s+on\s+"  # a date,
    r"[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|\s+today|\s+yesterday|\s+(?:in|at)\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)?|\s+during\s+(?:the|his|her|their)\s+[a-z]+){0,3},?"  # a place
)
# A joint statement that only restates a tie in force or takes a position
_STATEMENT_RESTATES = re.compile(
    _STATEMENT_AFTER + r"\s+(?:(?:in\s+which|where)\s+(?:[\w-]+\s+){1,3}?|that\s+|which\s+)?"
    r"(?:reaffirm|reiterat|condemn|criticiz|criticis|recommend|call|urg|express|voic|welcom|say"
    r"|said|reject|oppos|demand|deplor|denounc|warn|protest|slam|accus|den(?:y|ie)|support|stress"
    r"|underscor|underlin|affirm|back|pledg|emphasi[sz]|highlight|not(?:e|ing)|recogni[sz])\w*\b",
    re.I,
)
_STRUCK_BY = re.compile(r"\b(?:struck|reached)\b[^,;]{0,40}?\bby\s+(?:the\s+)?(?=[A-Z])")
_SIGNED_BY = re.compile(
    r"\b(?:signed|concluded|inked|sealed|agreed|adopted)\b[^,;]{0,40}?\bby\s+(?:the\s+)?"
    r"(?i:(?:(?:foreign|defen[cs]e|prime|top|senior)\s+)?(?:ministers?|leaders?|presidents?"
    r"|officials|representatives|envoys|heads\s+of\s+state)\s+of\s+(?:the\s+)?)?(?=[A-Z])"
)  # ("signed on Tuesday by the foreign ministers of Turkey, Finland and Sweden")
# Where the signers named after "by" end: another predicate ("and condemned by Ukraine"), a
# contrast or a circumstance ("but", "amid", "despite"), a place, time or purpose
_SIGNERS_END = re.compile(
    r"[,;]|\s(?:and|or)\s+(?!(?:his|her|their|its|the)\b)[a-z]+(?:ed|en)\b"
    r"|\s(?:but|amid|despite|by|to|which|that|allowing|under|before|after|when|while|because"
    r"|with|in|on|at|for|as)\s"
)
# After an agreement noun and its phrase, a second document coordinated with it (", as well as
# a memorandum on training", "and a protocol on logistics")
_SECOND_DOCUMENT = re.compile(
    r"[^.;]{0,160}?(?:,?\s+as\s+well\s+as|,?\s+and|,\s+plus)\s+(?:an?|another)\s+"
    r"(?P<doc>(?:[\w-]+\s+){0,2}?(?:memorandum(?:\s+of\s+understanding)?|letter\s+of\s+intent"
    r"|protocol|agreement|accord|declaration|roadmap|road\s+map|arrangement|treaty))\b"
    r"(?P<rest>[^,;.]{0,80})"
)

# A legislature approving or ratifying an agreement: that day is not the agreement's date
_RATIFIED = re.compile(
    r"\b(?:parliament|lawmakers|legislators|legislature|senate|congress|assembly|deputies|MPs|Diet"
    r"|Bundestag|Duma|Knesset|Sejm|Seimas|Riksdag|Storting|Eduskunta|Majlis)\b(?:['’]s)?"
    r"[^,;]{0,60}?\b(?:approv|ratif|endors|pass)\w*",
    re.I,
)
# Between an agreement noun and the verb of a relative clause that tells its signing
# ("the agreements (that) China and India signed"): the signers and nothing else.
_SIGNED_AFTER = re.compile(
    r"s?\s+(?:that\s+|which\s+)?(?:(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|it|they)"
    r"(?:,\s+|\s+and\s+)?){1,4}\s*(?:had\s+|have\s+|has\s+)?$"
)
# The noun's own participle ("honour the accord signed in Riyadh in 2013", "the pact, which was
# concluded in 1993"): a signing told
_PARTICIPLE_AFTER = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:signed|concluded|inked|struck|reached)"
)
_TITLED_AFTER = re.compile(TITLED_OFFICIAL)
# A purchase coordinated after another predicate of the same subject ("... and bought")
_AND_BOUGHT = re.compile(
    r",?\s+and\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:bought|purchased|acquired|ordered)\b"
)
# The state a sale goes to, right after it ("a planned sale of 66 F-16 jets to Taiwan"; a sale
# told by a verb has a seller of its own: "Turkey has sold drones to Ukraine")
_SALE_TO_BEFORE = re.compile(r"\b(?:sale|package)\s+of\b[^.;]{0,80}?\bto\s+(?:the\s+)?$")
# One signer of a list told by state and office ("Qatar's Emir Sheikh Tamim", "Saudi King
# Abdullah", "the UAE's foreign minister") and where the item ends
_STATE_OFFICE = re.compile(
    r"(?:['’]s)?\s+(?i:(?:(?:defen[cs]e|foreign|prime|deputy|vice|crown)\s+)?"
    r"(?:president|minister|secretary|premier|chancellor|king|queen|emir|sultan|prince))\b"
)
_SIGNER_ITEM_END = re.compile(
    r",\s+(?:and\s+)?|\s+and\s+|[;:(]|\s(?:but|amid|despite|to|which|that|under|before|after"
    r"|when|while|because|with|in|on|at|for|as)\s"
)
# A state's office and its holder's name after the state ("Maldives Minister of Defence Mariya
# Didi"): a named official of that state
_NAMED_OFFICE = re.compile(
    r"\s+(?:(?:Defen[cs]e|Foreign|Prime|Deputy|Vice)\s+)?(?:Minister|Secretary|President|Premier"
    r"|Chancellor)(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w-]*){1,3})?\s+[A-Z][a-z]+\s+[A-Z]"
)
# Words coordinated before one noun they share ("military, security and counter-terrorism
# cooperation")
_SHARED_HEAD = re.compile(
    r"(?:(?<=\bon\s)|(?<=\bin\s)|(?<=\bfor\s)|(?<=\bof\s)|(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s))"
    r"(?P<words>[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(?:and|&)\s+[a-z][\w-]*)\s+"
    r"(?P<head>cooperation|partnership|agreement|pact)\b"
)
# A preposition that governs the name after it ("with the United States")
_GOVERNED = re.compile(r"\b(?:with|to|from|against|of|for|by|on|in|at)\s+(?:the\s+)?$")
# A purpose after "to" whose object is no owner's possessive ("to deter China")
_PURPOSE = re.compile(
    r"to\s+(?!the\b)[a-z]+\s+(?!(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s)"
)
# "sales to the island": an epithet for the buyer
_EPITHET_BUYER = re.compile(
    r"\bto\s+(the\s+(?:self-ruled\s+|[a-z-]+\s+(?=nation|state)|(?:Gulf|Baltic|Balkan)\s+)?"
    r"[a-z]+)\b"
)
# "a day after", ", after": a clause of its own before a sale's cue, with its own subject
_AFTER_THEY = re.compile(
    r"(?:,\s*|\b)(?:(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?)\s+)?"
    r"after\s+(?=\S)"
)
# A verb of criticism before a sale the text reports ("criticized Washington's decision to
# approve a possible sale of ... to Taiwan")
_CRITICIZED = re.compile(
    r"\b(?:criticiz|criticis|condemn|denounc|protest|slamm|blast|decri|deplor)\w*\b", re.I
)
# "The deals cover ...", "The two agreements include ...": the items of a purchase just told
_DEALS_COVER = re.compile(
    r"\s*The\s+(?:two\s+|three\s+)?(?:deals|agreements|purchases|orders|packages)\s+"
    r"(?:cover|include|comprise|are\s+for)\b"
)
# What may follow a document named again ("signed the document during a video conference"):
# when, where or how, not what it is about ("the agreement on the monitoring centre", "the deal
# under which", "the treaty governing ...", "the treaty, which ...")
_AGAIN_AFTER = re.compile(
    r"\s*(?:[.;]|$)|,\s+(?:while|and|but)\b|\s+(?:during|at|before|after|while|when|separately"
    r"|too|later|online|remotely)\b|\s+in\s+(?!which\b)[A-Z]|\s+with\s+[A-Z]"
    r"|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|[A-Z][a-z]+\.?\s+\d)"
)
# The passive signing of a bare noun right after it ("The document was signed separately")
_SIGNED_PASSIVE = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:signed|initial(?:l)?ed|inked)\b"
)
# A signing witnessed by the leaders whose talks were just told
_PRESENCE = re.compile(r"\bin\s+the\s+presence\s+of\b|\bwitnessed\s+by\b")
# A sentence that opens with the signing of the document just reported ("The agreement was
# signed Tuesday (local time) in Lima")
_SIGNED_AGAIN = re.compile(
    r"\W*The\s+(?:agreement|deal|accord|memorandum|document|pact|treaty)\s+(?:was|had\s+been)\s+"
    r"(?:formally\s+)?signed\b(?!\s+(?:in|on)\s+(?:19|20)\d\d)"
)
# Where the signers listed after "by" end (", the company said", "who", "after")
_SIGNERS_STOP = re.compile(
    r";|,\s+(?:the\s+\w+\s+|officials\s+|it\s+)?(?:said|says|according|which|who|while|after)\b"
    r"|,?\s(?:who|which|that|after|while|when|as|amid|with|despite|before)\s|\bin\s+the\s+presence"
    r"|\blooking\s+on\b|\bwatch(?:ed|ing)\b"
)
# Another agreement or signing told after the one signed again ("..., and Poland also signed a
# separate deal with the United States")
_ANOTHER_DEAL = re.compile(r"\b(?:signed|agreed|deal|agreement|pact|memorandum|accord|treaty)\b")
# Words before "by" that make what follows no signer ("despite objections by China", "a move
# criticised by China", "financed by loans from", "talks mediated by")
_NOT_SIGNERS = re.compile(
    r"\b(?:despite|amid|after|following|before|objections?|protests?|criticism|loans?|help|"
    r"(?!signed\b)[a-z]+ed)\s+(?:[a-z]+\s+){0,2}by\s+$"
)
# Bare nouns that name again the document just reported ("signed the document")
_AGAIN_NOUNS = {"document", "statement", "agreement", "deal", "accord", "pact", "text", "treaty"}
# The sentence that opens a numbered list of documents signed at an event
_LIST_LEAD = re.compile(
    r"\b(?:following|these|below|the\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements"
    r"|memoranda|memorandums|MoUs|MOUs|instruments|accords|outcomes)\b[^.:]*?\b(?:were|have\s+been"
    r"|had\s+been)\s+(?:\w+\s+){0,3}?(?:signed|exchanged|concluded|inked|adopted|announced)\b"
    r"[^.:]*:\s*"
)
# A numbered item of the list: "1. Joint Declaration ...", "(ii) Memorandum of Understanding
# among ...;" (several may share a sentence, split by semicolons or line breaks)
_LIST_ITEM = re.compile(
    r"(?:^|(?<=[;:\n])|(?<=[;:]\s))\s*(?:and\s+)?\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)]\s+"
    r"(?P<doc>[^;\n]+)",
    re.S,
)
# The offices before the states a document is among ("among the Governments of")
_GOVERNMENTS_OF = r"(?:the\s+)?(?:(?:[Gg]overnments?|[Mm]inistries)\s+of\s+(?:the\s+)?)?"
# The words before the parties an item's own text names ("between", "among the Governments of")
_ITEM_PARTIES = re.compile(rf"\b(?:between|among(?:st)?)\s+{_GOVERNMENTS_OF}")
# A buyer's proposal to buy, cleared or approved at home: a step towards a purchase
_HOME_PROPOSAL = re.compile(
    r"\bproposals?\s+(?:to\s+(?:buy|purchase|procure|acquire)|for\s+(?:the\s+)?"
    r"(?:purchase|procurement|acquisition))\b",
    re.I,
)
# "Besides Germany, the signatories are A, B and C": who signed the document just told
_SIGNATORIES = re.compile(
    r"\s*(?:(?:Besides|Apart\s+from|In\s+addition\s+to|Along\s+with)\s+[^,]{2,40},\s+)?"
    r"[Tt]he\s+(?:other\s+)?signatories\s+(?:are|were|include|included)\s"
)
# "signed separate agreements", "each signed a pact": each subject signed its own
_SEPARATE = re.compile(r"\b(?:separate|separately|respective)\b|\beach\b(?!\s+other)", re.I)
# A view two sides share, after "agreed": what is so, no undertaking ("agreed it was important
# to keep talking"; but "agreed that their troops should disengage" is one)
_SHARED_VIEW = re.compile(
    r"\s+(?:that\s+)?(?:it|there|this)\s+(?:was|is|were|had\s+been|remained)\b"
)
# A run's next member after "and" ("between Iran and the P5+1 group"), and the head noun that
# names a grouping by its own name ("the P5+1 group", "the G7 bloc")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_GROUPING_HEAD = re.compile(r"\s+(?:group|bloc|grouping|format)\b")
# Words that may stand between "has" and the agreement it has: modifiers, not a verb ("has
# shelved", "has long sought") or a determiner after one ("has rejected a").
_HELD_MODIFIERS = (
    r"(?:(?!(?:[\w-]*ed|sought|won|lost|been|got|taken|made|struck|a|an|the|its|their|not|no"
    r"|never)\b)[\w-]+\s+){0,3}?"
)
_HAS_AGREEMENT = re.compile(  # ("has access agreements with": no article needed)
    r"\b(?:has|have|had)\b(?=\s+(?:(?:already|also)\s+)?"
    r"(?:(?:a|an|its|their)\s+" + _HELD_MODIFIERS + "|" + _HELD_MODIFIERS + ")"
    r"(?:agreement|pact|treaty|accord|arrangement)s?\s+with\b)"
)


# The treaty an instrument accedes to, by name ("of accession to the Chemical Weapons Convention")
_TO_NAMED_TREATY = re.compile(
    r"\s+to\s+(the\s+(?:[A-Z][\w-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?){0,7}"
    r"(?:Convention|Treaty|Protocol|Agreement|Pact|Statute)"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|in)\s+)?[A-Z][\w-]*)*)?)"
    r"(?![\w-])"  # (also "the Treaty on the Prohibition of Nuclear Weapons")
)
# "became NATO's 32nd member", "became a full member of the alliance": an accession
_BECAME_MEMBER = re.compile(
    r"\b(?:formally\s+|officially\s+)?became\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?member\s+of\s+"
    r"(?:the\s+)?|(?=[A-Z][\w.]*['’]s\s+(?:[\w-]+\s+)?member\b))"
)
# A document an act follows, not one it makes ("in line with the Vienna Document")
_COMPLYING = re.compile(
    r"\b(?:in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|as\s+required\s+by"
    r"|in\s+keeping\s+with|in\s+compliance\s+with|consistent\s+with)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,4}$",
    re.I,
)
# A named standing instrument a verb before it acts under ("was notified of the drills under the
# Vienna Document", "agreed to hold drills under the Mutual Defense Treaty")
_UNDER_STANDING = re.compile(  # (also "Under the OSCE's Vienna Document, Oslo notified")
    r"\bunder\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,4}$", re.I
)
# A state named after a quarrel ("both at odds with Ethiopia", "tensions with China") is the
# adversary, not a party to the deal
_AT_ODDS = re.compile(rf"\b(?:{QUARREL})\s+$")


# A year told alone ("signed in 2007"): no date (a date needs its month), but it sets one part
# of a sentence apart from another ("with A in 2022 and with B in 2023")
_YEAR = re.compile(
    r"(?:\b(?:signed|concluded|agreed|struck|reached|dating|dated)\b[^,;]{0,20}?|\bin\s+)"
    r"((?:19|20)\d{2})\b(?!\s+(?:troops|soldiers|personnel|km|kilometres|kilometers|miles))"
)
# ", the first ... and the second ...": the two documents a plural noun counted, one by one
_FIRST_AND_SECOND = re.compile(
    r",\s+the\s+first\b(?P<first>[^;]{0,80}?)\s+and\s+the\s+second\b(?P<second>[^;]{0,80})"
)
# A definite reference to agreements just told ("The memorandum", "The two memoranda",
# "Both accords"): group 1 counts them.
# A purchase told with its seller ("is buying from", "bought ... from"): who sells a system
_BUYING_FROM = re.compile(
    r"\b(?:buy|buys|buying|bought|order|orders|ordering|ordered|purchas\w*|acquir\w*)\b"
    r"[^.;]{0,80}?\bfrom\s+(?:the\s+)?"
)
# A source's verb right after a name ("Seoul said", "the White House reported")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|reported|announced|confirmed|added)\b")
# A state's sale of weapons ("sold", "agreed to sell"), told with its buyer after "to"
# "to sell" after "agreed", past when ("agreed in August 2015 to sell")
_TO_SELL = re.compile(r"(?:\s+(?:on|in)\s+[A-Z]\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?\s+to\s+sell\b")
_SOLD = re.compile(rf"\b(?:sold|sells|(?:has\s+)?agreed{_TO_SELL.pattern})", re.I)
_TO_BUYER = re.compile(r"\s+to\s+(?:the\s+)?")
# Where the things sold to a buyer named first end: a comma, a purpose or another clause
_ITEMS_END = re.compile(
    r",\s+(?!(?:and\s+)?(?:\d|an?\s|[A-Z]))|\s+to\s+[a-z]+\b"
    r"|\s+and\s+(?!(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|[A-Z][\w-]*)\b)"
)  # (a comma before more systems, "and 32 F-35 jets", go on: "submarines, J-10C fighters")
# A count of things right after a name ("sell Pakistan four Mi-35M helicopters")
_COUNTED_ITEMS = re.compile(
    r"\s+(?:\d[\d,]*|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|dozens?\s+of|several|more)\s"
)
_SIGNING_REF = re.compile(
    r"^\W*(?:(?:the|these)\s+(?:(two|three|four)\s+)?|both\s+(?:the\s+)?)(?:[\w-]+\s+){0,4}$",
    re.I,
)


def _days_before(day: str, later: str, most: int) -> bool:
    """Whether ``day`` is a day at most ``most`` days before ``later`` (both YYYY-MM-DD).

    Example:
        >>> _days_before("2019-11-27", "2019-11-28", 7), _days_before("2001-04", "2019-11-28", 7)
        (True, False)
    """
    if len(day) != 10 or len(later) != 10:
        return False
    gap = dt.date.fromisoformat(later) - dt.date.fromisoformat(day)
    return 0 < gap.days <= most


# A sentence that tells its documents as the outcome of a joint event of all the parties
_JOINT_EVENT = re.compile(r"\b(?:trilateral|three-way|four-way|quadrilateral|joint)\b", re.I)


# A bare government or ministry opening the clause: in a story datelined in a capital, the
# government of that state ("ABUJA — The Federal Government has signed ...")
_HOME_SUBJECT = re.compile(
    r"\W*(?:[A-Z][A-Za-z .]{0,30}?\d{4}\s*[—–-]+\s*)?(?:[Tt]he\s+)?(?:Federal\s+|National\s+"
    r"|[Cc]entral\s+)?(?:[Gg]overnment|Cabinet|Ministry\s+of\s+(?:National\s+)?Defen[cs]e"
    r"|Defen[cs]e\s+Ministry|Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)\b"
    r"(?!\s+of\b)"
)


# A signing told as done apart or by exchange of letters: no one met.
_SIGNED_APART = re.compile(
    r"\b(?:separately|remotely|virtually|by\s+exchange|exchange\s+of\s+(?:notes|letters)|video)\b",
    re.I,
)


# Words before a plural noun that leave it bare: "that agreements signed with ..." speaks of
# agreements in general, not of the group's ("their agreements", "the two accords").
_BARE_PLURAL = re.compile(r"(?:^|\b(?:that|and|or|but|as|while|because|of|with|if|when)\s+)$", re.I)


# Who asked for a sale, right after its name ("the Government of India has requested",
# "TECRO had formally requested"): the buyer
_REQUESTED = re.compile(r"\s+(?:has|had|have)\s+(?:formally\s+|officially\s+)?requested\b")


# A definite deal announced or approved ("Biden announced the agreement", "the cabinet approved
# the deal"), and how near before it (in characters) the deal it names again was told
_APPROVED_TOLD = re.compile(r"\b(?:announc|approv|ratif|endors)\w*\s+(?:the|this|that)\s+$", re.I)
_JUST_TOLD = 600
# Partners counted, not named: "agreements with more than 40 African countries", "with dozens
# of states"
_COUNTED_PARTNERS = re.compile(
    r"\s+with\s+(?:(?:more\s+than|over|about|some|nearly|almost|at\s+least|around)\s+\d[\d,]*"
    r"|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[A-Z][\w-]*\s+|other\s+)?"
    r"(?:countries|states|nations)\b"
)


# What a deal answers: the parties named after it are another deal's or act's
_RESPONSE_TO = re.compile(
    r"\b(?:as|called|calling|call|calls|in)\s+(?:(?:a|an|their|its|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:response|reply|answer|riposte|retort)\s+to\b",
    re.I,
)  # (not "an agreement on rapid response to disasters": its topic)


# A purchase told with its seller ("to buy the system from Russia"): the seller is a party
_BUY_FROM = re.compile(
    r"\b(?:buy|purchase|acquire|procure)\s+(?P<what>(?:(?!with\b|using\b|through\b|under\b|for\b)"
    r"[^,;\s]+\s+){0,6}?)from\s+(?:the\s+)?"
)
# What lies between one named agreement and a second one coordinated with it: its acronym,
# partner and date ("(LEMOA) with the United States in August 2016 and the")
_THEN_NAMED = re.compile(
    r"(?:\s+\([A-Z]{2,8}\))?(?:\s+with\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r"(?:\s+(?:in|on)\s+[\w.]+(?:\s+\d{1,2},?)?(?:\s+\d{4})?)?,?\s+(?:and|as\s+well\s+as)\s+"
    r"(?:the\s+)?"
)
# Ties a sentence tells two states have, whose next named agreement is theirs ("India and the
# United States have deepened defence links")
_TIES_TOLD = re.compile(
    r"\b(?:ties|links|relations|relationship|partnership|cooperation|co-operation|alliance"
    r"|partners|allies)\b",
    re.I,
)
# A purchase of what a state makes, named by its demonym ("to buy the Russian S-400 system")
_BUY_MADE = re.compile(
    r"\b(?:buy|purchase|acquire|procure|buying|purchasing|acquiring|procuring)\s+"
    r"(?:(?:the|a|an|its|more|[\d,]+)\s+)?"
)
# What a purchase from a state must be to make it an arms sale ("to buy the system from Russia",
# not "to buy more oil from Russia")
_ARMS_BOUGHT = re.compile(
    r"\b(?:systems?|missiles?|jets?|fighters?|aircraft|planes?|helicopters?|submarines?|frigates?"
    r"|corvettes?|warships?|ships?|vessels?|tanks?|drones?|radars?|weapons?|arms|howitzers?|guns?"
    r"|rockets?|launchers?|batteries|munitions|ammunition)\b",
    re.I,
)


class AgreementRules(RuleBase):
    """Agreement rules: noun and verb, "agreed to", proposed sales, named and dated agreements."""

    # ---- agreements ----------------------------------------------------------------------

    def agreements(self, s: Sentence) -> None:
        self._learn_sellers(s)
        if (
            self._document_list(s)
            or self._deals_cover(s)
            or self._next_case(s)
            or self._price_list(s)
            or self._signatories(s)
            or self._signed_again(s)
        ):
            return
        for lo, hi in clauses(s.text):
            if self._accession(s, lo, hi):
                continue
            triggers = self._agreement_triggers(s.text[lo:hi], s, lo)
            if not triggers:
                self._purchase(s, lo, hi) or self._systems_bought_from(s, lo, hi)
            for trig, rule, noun, named in triggers:
                t0, t1 = lo + trig.start(), lo + trig.end()
                scope = _scope(s.text, lo, t0)
                if _own_clause_rx().match(s.text, t0):
                    scope = t0  # "will pay under an agreement signed on Friday by A and B"
                own = _signed_by_them_rx().match(s.text, lo + noun.start()) if noun else None
                if own and own.end() <= t0:  # "would keep deepening ties under a framework
                    scope = max(scope, own.start())  # arrangement the two governments signed
                    # in June": its own clause (not a later document's: "plan to upgrade the
                    # agreement the two countries signed into a treaty")
                if rule not in ("agreement.fms", "agreement.named-dated") and hedged(
                    s.text, scope, t0, t1
                ):
                    continue
                if noun is not None and _NEGATED.search(s.text[lo : lo + noun.start()]):
                    continue  # "reached no agreement"
                if (
                    noun is not None
                    and noun.group()[:1].isupper()
                    and re.match(r"\W*[Uu]nder\s", s.text[lo : lo + noun.start()])
                    and _UNDER_STANDING.search(s.text, lo, lo + noun.start())
                    and rule != "agreement.agreed-to"
                    and not re.search(r"\b(?:sign|agree|conclu|reach|seal|ink)\w*", s.text[lo:hi])
                ):
                    continue  # "Under the OSCE's Vienna Document, Oslo notified Russia": an
                    # instrument acted under, no deal of its own
                if (
                    noun is not None
                    and _restated(s.text[lo : lo + noun.start()])
                    and not (
                        trig.start() > noun.end()
                        and (
                            _SIGNED_AFTER.match(s.text[lo + noun.end() : lo + trig.start()])
                            or _PARTICIPLE_AFTER.fullmatch(s.text, lo + noun.end(), lo + trig.end())
                        )
                    )
                ):  # "reaffirming their strategic partnership": one in force (but "violated
                    continue  # the agreements China and India signed in 1993" tells a signing
                if noun is not None and self._the_contract(s, lo, noun):
                    continue  # "... signed the deal": the contract of the sentence before
                if rule == "agreement.fms" and (
                    re.search(r"\b(?:not|no|never|rejected|denied)\b", s.text[lo:t0])
                    or _HELD_SALE.search(s.text, lo, t0)  # ("had put on hold a separate
                    # proposed sale of AH-1Z helicopters", not "After Congress held up the deal
                    # for months, the State Department approved a possible sale")
                    or hedged(s.text, t1, t1, t1)  # "A proposed sale ... remains on hold"
                    or _TALKS_ON.search(s.text, lo, t0)  # "Talks on the possible sale of
                ):  # US-2 aircraft to the Indian Navy will continue": still negotiated
                    continue
                fact = self._agreement(s, lo, hi, t0, t1, rule, noun, named)
                if fact is None:
                    continue
                last = self.st.last_date
                if (
                    fact.date is None
                    and last
                    and len(last) == 10
                    and _PRESENCE.search(s.text, lo, hi)
                    and not re.search(
                        r"\b(?:19|20)\d\d\b|\bhad\s+signed\b|\bthen-|\blast\s+(?:year|month|week)\b"
                        r"|\bago\b|\bearlier\b|\bpreviously\b",
                        s.text[lo:hi],
                    )
                ):
                    fact.date = last  # "signed a memorandum ... in the presence of the two
                    # presidents": at the talks just told, that day
                if noun is not None and self._the_document_again(s, lo, noun, fact):
                    if _SIGNED_PASSIVE.match(s.text, lo + noun.end()):  # "The agreement was
                        self._visit_meeting(s, fact, lo, hi)  # signed at the ministry in Oslo by
                        # A and B": its signing, met for
                    continue  # "Aliyev signed the document during a video conference": the
                    # statement the sentence before reported, signed by some of its parties
                if rule == "agreement.talks":
                    if not _RELATIVE_TRIGGER.search(s.text[lo:t0]):
                        self._visit_meeting(s, fact, lo, hi)
                    continue
                priced = (
                    self._priced_items(s, t1, fact)
                    or self._separate_case(s, t1, fact)
                    or self._listed_sales(s, t1, fact)
                    or self._counted_sales(s, fact)
                    if rule == "agreement.fms"
                    else []
                )
                if priced:
                    for part in priced:
                        self.emit(part)
                    self.st.last_agreement = priced[-1]
                    break
                split = (
                    self._distribute(s, lo, hi, fact)
                    or self._separate(s, lo, hi, t0, fact)
                    or self._sold_to_each(s, t1, hi, fact)
                )
                if split:
                    for part in split:
                        self.emit(part)
                    break  # the clause's other nouns are those of the parts
                nations = [p for p in fact.parties if p in self.lex.nations]
                before = {m.actor for m in s.actors(lo, t0)}
                if (
                    not nations
                    and not before & set(fact.parties)
                    and len(self._between(s, lo, hi, noun or named)) < 2
                ):
                    continue  # "The ministry signed a memorandum with A and B": A and B are
                    # no parties to each other (unless it is "a memorandum between A and B")
                if self._company_party(fact) and takes_over(s.text, lo, t0, t1, hi):
                    continue  # "signed an agreement with KDB to take over the shipbuilder"
                if (
                    len(nations) <= 1
                    and self._company_party(fact)
                    and not _FRAMEWORK_DEAL.search(s.text, lo, hi)
                    and not (fact.amount is None and _PRODUCTION_DEAL.search(s.text, lo, hi))
                    and fact.head not in _FRAMEWORK_HEADS  # a memorandum is no award
                ):
                    self._agreement_as_contract(s, fact, lo, hi)
                elif self._signing_day(s, lo, noun, fact):
                    if not _RELATIVE_TRIGGER.search(s.text[lo:t0]):  # "The two memoranda
                        self._visit_meeting(s, fact, lo, hi)  # were signed on Wednesday": the
                    break  # day of those told, and a signing by officials of both
                else:
                    self.emit(fact)
                    self.st.last_agreement = fact
                    if noun is not None:
                        self._first_and_second(s, lo, t1, noun, fact)
                    second = self._coordinated(s, lo + noun.end(), fact) if noun else None
                    if second is not None:  # "signed a letter of intent ..., as well as a
                        self.emit(second)  # memorandum on training": two documents
                    other = self._second_named(s, lo + named.end(), hi, fact) if named else None
                    if other is not None:  # "signed the LEMOA in August 2016 and COMCASA in
                        self.emit(other)  # September 2018": two agreements, each on its day
                    if not _RELATIVE_TRIGGER.search(s.text[lo:t0]):
                        self._visit_meeting(s, fact, lo, hi)  # not "a pact that X signed in 2007"
        self._nominal(s)  # (after the sentence's own agreements: one named again is no other)
        self._credit_line(s)

    def _credit_line(self, s: Sentence) -> None:
        """A line of credit one state extends another for defence, with its amount: an
        agreement of its own, apart from the pacts signed beside it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("India and Bangladesh on Saturday signed a framework agreement on defence "
            ...      "cooperation, and India extended a $500 million line of credit for Dhaka "
            ...      "to buy military equipment.")
            >>> sorted((f.type, str(f.amount.value) if f.amount else None)
            ...        for f in extract_text(t, date="2017-04-09").facts)
            [('arms-sale', '500000000'), ('defense-cooperation', None)]
        """
        for m in _CREDIT_LINE.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            money = [
                x for x in s.money
                if not (x.converted or x.is_range)
                and (
                    re.fullmatch(_CREDIT_LINE_GAP, s.text[s.local(x.end) : m.start()])
                    or re.fullmatch(r"\s+(?:of|worth|for)\s+", s.text[m.end() : s.local(x.start)])
                )
            ]  # fmt: skip  # "a $500 million line of credit", "a Line of Credit of USD 50 million"
            if not money:
                continue
            start, end = (
                min(s.local(money[0].start), m.start()),
                max(s.local(money[0].end), m.end()),
            )
            purpose = re.match(  # (up to another predicate: "... and would offer ...")
                r"(?:(?!\band\s+(?:would|will|agreed|signed|said|also)\b)[^,;.]){0,100}",
                s.text[end:],
            ).group()  # type: ignore[union-attr]
            use = s.text[start:end] + purpose  # ("a $500 million defence line of credit", "for
            # Dhaka to buy military equipment": the line's own words, not the clause's titles)
            acts = list(_CREDIT_ACT.finditer(s.text, lo, m.start()))
            act = acts[-1] if acts else _CREDIT_AGREED.match(s.text, m.end())
            if act is None or not _DEFENCE_USE.search(use):
                continue  # (not "the Line of Credit extended to Vietnam": one opened before)
            if _CREDIT_NOT_NEW.search(s.text[act.start() : m.start()]) or re.search(
                r"\b(?:which|who|whose)\b", s.text[act.end() : m.start()]
            ):  # "agreed to the early finalisation of the line of credit", "agreed to speed up
                continue  # its implementation": one opened before; "X, which signed ...,
                # is seeking a line of credit": the act is the aside's
            after = act.start() > m.start()  # (the relative clause is the act's own scope)
            v0 = act.end() - len(act.group().split()[-1])  # (the verb that ends the act)
            if hedged(s.text, m.end() if after else _scope(s.text, lo, v0), v0, act.end()):
                continue  # "discussed a possible line of credit", "that A and B have not signed"
            if _CREDIT_SOURCE.search(s.text[lo : m.start()]) and not re.search(
                r"\b(?:that|which)\s+(?:[\w\s]+\s)?(?:agreed|signed)\b", s.text[m.end() : hi]
            ):  # "financed under an earlier $100 million credit line": the money's source (but
                continue  # "under the Line of Credit that India and Bangladesh agreed in 2017")
            parties = unique_actors(
                [x for x in s.actors(lo, hi) if x.kind == "nation" and x.role != "origin"]
            )
            refs = group_refs(s.text[lo:hi])
            if len(parties) < 2 and refs:
                group = self._group_for(s, lo + refs[0][0], refs[0][2], True)
                parties = tuple(dict.fromkeys((*parties, *(group.actors if group else ()))))
            if len(parties) != 2:
                continue
            amount = Amount(Decimal(money[0].value), money[0].currency)
            if any(
                f.kind == "agreement" and f.head == "line of credit" and f.amount == amount
                and set(f.parties) == set(parties)
                for f in self.facts
            ):  # fmt: skip
                continue  # the line of credit told before, named again
            year = None
            if after:  # "that India extended in 2017": the relative clause's own date
                comma = re.search(r"[,;]", s.text[act.end() : hi])
                told = s.first_date(act.end(), act.end() + comma.start() if comma else hi)
                date, year = (None, told) if told and len(told) == 4 else (told, None)
            else:
                date = self.date_near(s, lo, hi, v0)
            if date is None and year is None and re.search(r"\balso\b", s.text[lo : act.end()]):
                date = self.st.last_date  # "The two sides also signed ...": that day
            atype = "arms-sale" if _PROCUREMENT.search(use) else "defense-cooperation"
            # "an agreement on a $50 million line of credit", "an agreement on a line of credit
            # of $100 million", "a USD 50 million line of credit agreement": the agreement is
            # the line of credit
            itself = _ON_THE_LINE.search(s.text[lo : m.start()]) or re.match(
                r"\s+(?:agreement|accord|deal)\b", s.text[m.end() :]
            )
            for fact in list(self.facts):
                if (
                    fact.kind == "agreement"
                    and fact.head != "line of credit"
                    and fact.evidence
                    and fact.evidence[-1].text == s.text
                    and fact.amount == amount
                ):
                    if itself:
                        self.facts.remove(fact)
                        if self.st.last_agreement is fact:
                            self.st.last_agreement = None
                        continue
                    fact.amount = None  # (the pact signed beside it has no such value)
                    fact.type = self.agreement_type(s.text[: m.start()], "agreement.noun-verb")
                    fact.label = f"{'–'.join(fact.parties)} {fact.type} agreement"
            fact = Fact(
                "agreement",
                f"{'–'.join(parties)} line of credit",
                head="line of credit",
                type=atype,
                parties=parties,
                date=date,
                amount=amount,
                evidence=[self.evidence(s, "agreement.credit-line", 0.6)],
                distinct=True,
            )
            fact.year = year
            self.emit(fact)
            self.st.last_agreement = fact

    def _nominal(self, s: Sentence) -> None:
        """An agreement named by its parties in passing, with no verb of its own: "Greece's
        August 2020 maritime boundary agreement with Egypt", "the 2014 defence pact between
        Turkey and Qatar", "the 2019 India-Russia agreement on rifles" (patterns.toml
        [agreement] nominal_nouns, nominal_not).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru, angered by Chile's 2019 border pact with Bolivia, recalled its envoy."
            >>> [(f.parties, f.date, f.year) for f in extract_text(t).facts]
            [(('CHL', 'BOL'), None, '2019')]
        """
        nouns = self.lex.alternation("agreement", "nominal_nouns", spaces=True)
        rx = self.lex.compiled(
            "agreement.nominal",
            lambda: (
                r"(?P<own>['’]s\s+|\b(?i:the|an?|its)\s+)(?P<mods>(?:[\w-]+\s+){0,5}?)"
                rf"(?P<noun>{nouns})\s+(?P<rel>with|between)\s+(?:the\s+)?"
                # "the 2019 India-Russia agreement": the pair before the noun
                r"|\b(?i:the|an?|its|their)\s+(?P<mods2>(?:[\w-]+\s+){0,3}?)"
                r"(?P<pair>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+"
                rf"(?:[\w-]+\s+){{0,4}}?(?P<noun2>{nouns})\b"
            ),
        )
        banned = words("agreement", "nominal_not")
        for m in rx.finditer(s.text):
            noun = "noun" if m.group("noun") else "noun2"
            lo = m.start("mods") if m.group("noun") else m.start("mods2")
            if banned.search(s.text[lo : m.start(noun)]) or banned.search(
                s.text[max(0, m.start() - 40) : m.start()]
            ):
                continue  # "a proposed pact with", "talks on a defence agreement with"
            if re.search(
                r"\b(?:no|any|new)\s+$|\bnot\b", s.text[max(0, m.start() - 12) : m.start() + 1]
            ):
                continue
            parties = self._nominal_parties(s, m)
            if parties is None or _NOT_YET_SIGNED.search(s.text, m.end(), m.end() + 120):
                continue  # "Belgium's own agreement with Kyiv was almost ready": not signed
            year = re.search(r"\b(?:19|20)\d\d\b", s.text[lo : m.start(noun)])
            told = [
                f for f in self.facts if f.kind == "agreement" and set(f.parties) == set(parties)
            ]
            if told and year is None:
                continue  # "the pact they signed is the most significant defence pact between
                # Britain and Japan": the one told, named again
            dated = [d for d in s.dates if d.value and lo <= d.start < m.end(noun)]
            atype = self.agreement_type(s.text[lo : m.end(noun)], "agreement.nominal")
            fact = Fact(
                "agreement",
                f"{'–'.join(parties)} {atype} agreement",
                head=head(m.group(noun)),
                type=atype,
                parties=parties,
                date=dated[0].value if dated and len(dated[0].value) >= 7 else None,
                evidence=[self.evidence(s, "agreement.nominal", 0.6)],
            )
            if fact.date is None and year:
                fact.year = year.group()
            self.emit(fact)

    def _nominal_parties(self, s: Sentence, m: re.Match[str]) -> tuple[str, str] | None:
        """The two states a nominal agreement (``_nominal``) names: the owner and the state
        after "with", the two after "between", or the pair before the noun."""

        def states(lo: int, hi: int) -> list[Mention]:
            return [x for x in s.actors(lo, hi) if x.kind == "nation"]

        if m.group("pair"):
            inside = [
                x for x in s.mentions
                if x.kind == "nation" and m.start("pair") <= s.local(x.start) < m.end("pair")
            ]  # fmt: skip
            if len(inside) != 2 or not re.fullmatch(
                r"[-–]", s.text[s.local(inside[0].end) : s.local(inside[1].start)]
            ):
                return None  # "the Lockheed-Martin deal": no pair of states
            first, second = inside
        elif m.group("rel") == "between":
            after = states(m.end(), m.end() + 1)
            rest = (
                re.match(r"\s+and\s+(?:the\s+)?", s.text[s.local(after[0].end) :])
                if after
                else None
            )
            if not after or rest is None:
                return None
            at = s.local(after[0].end) + rest.end()
            other = states(at, at + 1)
            if not other:
                return None
            first, second = after[0], other[0]
        else:
            own = m.group("own").strip().lower()
            standing = (  # "Romania hosts the site under a 2011 agreement with Washington":
                own in ("a", "an")  # the subject's pact of that year
                and re.search(r"\bunder\s+$", s.text[: m.start("own")])
                and re.search(r"\b(?:19|20)\d\d\b", m.group("mods"))
            )
            if own in ("the", "a", "an") and not standing:
                return None  # "a deal with Egypt": whose, the clause says (noun-verb rules)
            if standing:  # (the subject of the clause that holds it: after "said" or "that")
                lo, _hi = clause_of(s.text, m.start())
                cue = list(re.finditer(r"\b(?:said|says|that|which|who)\b", s.text[lo : m.start()]))
                lo = lo + cue[-1].end() if cue else lo
                owner = states(lo, m.start())[:1]
            elif own == "its":  # "North Korea scrapped its 2018 pact with the South": the
                lo, _hi = clause_of(s.text, m.start())  # subject's
                named = states(lo, m.start())
                subjects = [  # (not a state governed by a preposition: "Egypt was sustaining
                    x for x in named  # its relationship with the United States and honoring
                    if not _GOVERNED.search(s.text, 0, s.local(x.start))  # its 1979 peace
                    or re.match(r"\s+to\s+[a-z]+\b", s.text[s.local(x.end) :])  # (but "pressure
                    # on Manila to scrap its pact": Manila's)
                ]  # treaty with Israel": Egypt's)  # fmt: skip
                owner = (subjects or named)[-1:]
            else:
                owner = [
                    x for x in s.mentions
                    if x.kind == "nation" and x.role != "place" and s.local(x.end) == m.start()
                ]  # fmt: skip
            after = states(m.end(), m.end() + 1)
            if not owner or not after:
                return None
            first, second = owner[0], after[0]
        return None if first.key == second.key else (first.key, second.key)

    def _first_and_second(
        self, s: Sentence, lo: int, t1: int, noun: re.Match[str], fact: Fact
    ) -> None:
        """ "two joint declarations that Duda and Trump signed, the first at the White House in
        June 2019 and the second in New York last September": two agreements, each on its day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("WARSAW, Aug. 15, 2020 — Poland and the United States signed two joint "
            ...      "declarations, the first in June 2019 and the second last September.")
            >>> [f.date for f in extract_text(t).facts if f.kind == "agreement"]
            ['2019-06', '2019-09']
        """
        if not re.search(r"\b(?:two|both)\s+(?:[\w-]+\s+){0,2}$", s.text[lo : lo + noun.start()]):
            return
        told = _FIRST_AND_SECOND.search(s.text, max(t1, lo + noun.end()))
        if told is None:
            return
        days = [
            [d.value for d in s.dates if d.value and told.start(g) <= d.start < told.end(g)]
            for g in ("first", "second")
        ]
        if not days[0] or not days[1] or days[0][0] == days[1][0]:
            return
        fact.date = days[0][0]
        self.emit(replace(fact, date=days[1][0], evidence=list(fact.evidence)))

    @staticmethod
    def _office_after(s: Sentence, m: Mention) -> bool:
        """A state named with an office or as a counterpart ("Seoul's chief negotiator", "his
        US counterpart"): an official of that state."""
        after = s.text[s.local(m.end) : s.local(m.end) + 40]
        if re.match(r"\s+counterparts?\b", after):
            return True
        owned = re.match(r"['’]s?\s+((?:[\w-]+\s+){0,2})", after)
        if owned is None:
            return False
        office = words("meeting", "offices").search(after, owned.start(1))
        return office is not None and not after[owned.start(1) : office.start()].count(" ") > 2

    def _signing_day(self, s: Sentence, lo: int, noun: re.Match[str] | None, fact: Fact) -> bool:
        """Whether the clause only tells the day of the agreements just reported, and if so
        date them: "Turkey and Libya have signed a memorandum ..., officials said on Thursday.
        The memorandum was signed on Wednesday" (or "The two memoranda", "Both accords").

        Only agreements of the same parties from the sentence before, undated or dated by the
        news day, take the day, and only an earlier one.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("ANKARA, Nov. 28, 2019 — Turkey and Libya have signed a memorandum, officials "
            ...      "said on Thursday. The memorandum was signed on Wednesday in Istanbul.")
            >>> [f.date for f in extract_text(t).facts if f.kind == "agreement"]
            ['2019-11-27']
        """
        if noun is None or fact.date is None or fact.distinct:
            return False
        ref = _SIGNING_REF.search(s.text[lo : lo + noun.start()])
        if ref is None:
            return False
        size = COUNTS.get((ref.group(1) or "").lower()) or (
            2 if ref.group().lower().startswith("both") else 1
        )
        told = [
            f for f in self.facts
            if f.kind == "agreement" and 0 <= s.start - f.evidence[-1].end <= 400
            and set(f.parties) == set(fact.parties)
        ][-size:]  # fmt: skip
        news_day = (self.st.lede_date, self.article_date)
        if len(told) != size or any(
            f.date is not None
            and (f.date not in news_day or not _days_before(fact.date, f.date, 7))
            for f in told
        ):
            return False
        for f in told:
            f.date = fact.date
            f.evidence.append(fact.evidence[0])
        return True

    def _signatories(self, s: Sentence) -> bool:
        """ "Besides Germany, the signatories are Belgium, Bulgaria, ... and the United Kingdom":
        the parties of the document the sentence before said was signed, when it named too few
        of them to be told as an agreement there.

        Example:
            >>> from kg.extract import extract_text
            >>> t = "Lambrecht and her counterparts signed a letter of intent on Thursday. "
            >>> t += "Besides Germany, the signatories are Belgium, Estonia and Latvia."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('DEU', 'BEL', 'EST', 'LVA')]
        """
        listed = _SIGNATORIES.match(s.text)
        before = self.st.previous
        if listed is None or before is None or before.index != s.index - 1:
            return False
        signed = re.search(r"\bsigned\b", before.text)
        nouns = list(words("agreement", "nouns").finditer(before.text))
        if signed is None or not nouns or hedged(before.text, 0, signed.start(), signed.end()):
            return False  # ("will be signed on Thursday": not yet)
        if re.search(r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}$", before.text[: nouns[0].start()]):
            return False  # "The 2015 agreement was signed in Paris": an older one, told again
        if any(
            f.evidence and f.evidence[-1].start >= before.start
            for f in self.st.facts
            if f.kind == "agreement"
        ):
            return False  # the sentence before told its agreement, with its own parties
        stop = re.search(r",?\s+(?:while|but|whereas|although)\b|;", s.text[listed.end() :])
        end = listed.end() + stop.start() if stop else len(s.text)  # (not "while Poland and
        parties = tuple(  # France stayed out")
            dict.fromkeys(m.actor for m in s.actors(0, end) if m.actor in self.lex.nations)
        )
        if len(parties) < 3:
            return False
        noun = nouns[0]
        clause = before.text
        fact = Fact(
            "agreement",
            "",
            type=self.agreement_type(clause, "agreement.noun-verb"),
            parties=parties,
            date=before.first_date(),
            evidence=[
                self.evidence(before, "agreement.noun-verb", 0.7),
                self.evidence(s, "agreement.signatories", 0.7),
            ],
        )
        fact.head = noun.group().lower()
        fact.label = f"{'–'.join(parties)} {fact.type} agreement"
        self.emit(fact)
        self.st.last_agreement = fact
        return True

    @staticmethod
    def _titles_person(s: Sentence, m: Mention) -> bool:
        """True for a name kg does not know that is the title of the person named right after it
        ("the High Representative for Foreign Affairs and Security Policy, Josep Borrell"): an
        office that signs for its body, no party of its own."""
        return any(
            p.form == "person" and re.fullmatch(r",\s+", s.text[s.local(m.end) : s.local(p.start)])
            for p in s.mentions
        )

    def _signed_again(self, s: Sentence) -> bool:
        """ "The agreement was signed Tuesday (local time) in Lima ... by Peruvian Army officials,
        executives of FAME and Hyundai Rotem": the agreement just reported, signed that day
        (when the report gave only the day it was announced, a few days later) by those named.

        Example:
            >>> from kg.extract import extract_text
            >>> t = "Saab said Wednesday it has signed a framework agreement with the Peruvian "
            >>> t += "Army to supply radars. The agreement was signed Tuesday in Lima."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-05-14").facts
            ...  if f.kind == "agreement"]
            [(('Saab', 'PER'), '2025-05-13')]
        """
        again = _SIGNED_AGAIN.match(s.text)
        last = self.st.last_agreement
        if again is None or last is None or not last.evidence:
            return False
        if not 0 < s.start - last.evidence[-1].end <= 400:
            return False
        day = next((d.value for d in s.dates if d.value), None)
        if day and last.date and not (day == last.date or _days_before(day, last.date, 6)):
            return False  # a day of its own: another signing
        if _ANOTHER_DEAL.search(s.text, again.end()):
            return False  # ("..., and Poland also signed a separate deal with ...": read it all)
        by = re.match(r"[^,;]{0,100}?\bby\s+", s.text[again.end() :])
        if by and _NOT_SIGNERS.search(s.text, again.end(), again.end() + by.start() + by.end()):
            by = None  # "signed despite objections by China", "financed by loans": no signers
        after = again.end() + (by.end() if by else 0)
        stop = _SIGNERS_STOP.search(s.text, after)
        end = stop.start() if stop else len(s.text)
        homes = {self.orgs[p].country for p in last.parties if p in self.orgs}
        signers = [
            m.actor for m in (s.actors(again.end() + by.end(), end) if by else [])
            if m.kind in ("nation", "org")
            and not (m.kind == "nation" and m.form == "demonym" and m.key in homes)
            and not (m.form == "found" and self._titles_person(s, m))
        ]  # fmt: skip  # (not "by Polish and South Korean officials" for Hanwha: its home)
        new = [a for a in signers if a not in last.parties]
        if not new and (day is None or day == last.date):
            return False  # (nothing new: the signing the clause tells is read the usual way)
        last.date = day or last.date
        last.parties = tuple(dict.fromkeys((*last.parties, *new)))
        last.evidence.append(self.evidence(s, "agreement.signed-again", 0.7))
        self._visit_meeting(s, last, 0, len(s.text))  # ("... in Manila by A and B": a meeting)
        return True

    def _deals_cover(self, s: Sentence) -> bool:
        """ "The deals cover 24 MH-60R helicopters for about $2.6 billion and six AH-64E
        helicopters worth roughly $800 million": each priced system of the purchase just
        reported is a sale of its own, between the same parties.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("India agreed to buy U.S. helicopters on Tuesday. The deals cover 24 MH-60R "
            ...      "helicopters for $2.6 billion and six AH-64E helicopters worth $800 million.")
            >>> [(f.systems, str(f.amount.value)) for f in extract_text(t).facts if f.amount]
            [(('MH-60R',), '2600000000'), (('AH-64E',), '800000000')]
        """
        last = self.st.last_agreement or next(
            (f for f in reversed(self.facts) if f.kind in ("agreement", "meeting")), None
        )  # (the deals of the talks just told, when no deal was reported on its own)
        if last is None or not _DEALS_COVER.match(s.text):
            return False
        prices = [m for m in s.money if not m.converted and not m.is_range]
        systems = [m for m in s.mentions if m.kind == "system"]
        if len(prices) < 2 or len(prices) != len(systems):
            return False
        for system, price in zip(systems, prices, strict=True):
            fact = replace(
                last,
                kind="agreement",
                location=None,
                label=f"{'–'.join(last.parties)} sale of {system.key}",
                type="arms-sale",
                amount=Amount(Decimal(price.value), price.currency),
                systems=(system.key,),
                evidence=[self.evidence(s, "agreement.deals-cover", 0.7)],
            )
            fact.distinct = True
            self.emit(fact)
        return True

    def _document_list(self, s: Sentence) -> bool:
        """ "The following documents were signed during the summit: 1. Joint Declaration on
        ..., 2. Arrangement concerning Mutual Logistics Support": each numbered document is
        an agreement between the parties its own words name ("(ii) Memorandum of Understanding
        among the Governments of India, Sri Lanka and the UAE"), or else between the parties
        of the event just told, on its day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Indian Prime Minister Narendra Modi held talks with Sri Lankan President "
            ...      "Anura Kumara Dissanayake in Colombo today. The following documents "
            ...      "were exchanged:\\n(i) Memorandum of Understanding on Defence Cooperation;\\n"
            ...      "(ii) Memorandum of Understanding among the Governments of India, Sri Lanka "
            ...      "and the United Arab Emirates on an energy hub.")
            >>> ex = extract_text(t, date="2025-04-05")
            >>> [f.parties for f in ex.facts if f.kind == "agreement"]
            [('IND', 'LKA'), ('IND', 'LKA', 'ARE')]
        """
        lead = _LIST_LEAD.search(s.text)
        items = list(_LIST_ITEM.finditer(s.text, lead.end() - 1)) if lead else []
        if lead and s.text[lead.end() :].strip() and not items:
            lead = None  # ("were signed: a defence pact with Kenya, and ...": no numbered list)
        if lead and not hedged(s.text, 0, 0, lead.end()):
            meetings = [f for f in self.facts if f.kind == "meeting" and f.date]
            event = max(reversed(meetings), key=lambda f: f.date or "", default=None)
            # (the latest meeting told: "They recalled his visit in December 2024, ... The
            # following documents were exchanged": today's, not the one recalled)
            event = event or next((f for f in reversed(self.facts) if f.kind == "meeting"), None)
            parties = event.parties if event else self.d.subject
            date = event.date if event else self.d.subject_date
            self.st.listed = (parties, date, s.paragraph) if len(parties) >= 2 else None
            if self.st.listed is not None:
                for item in items:
                    self._listed_document(s, item)
            return True
        if (
            self.st.listed is None
            or not _LIST_ITEM.match(s.text)
            or s.paragraph > self.st.listed[2] + 1
        ):
            self.st.listed = None
            return False
        for item in _LIST_ITEM.finditer(s.text):
            self._listed_document(s, item)
        return True

    def _listed_document(self, s: Sentence, item: re.Match[str]) -> None:
        """The agreement one item of a document list tells (``_document_list``)."""
        noun = words("agreement", "nouns").search(item.group("doc"))
        if noun is None or self.st.listed is None:
            return
        parties, date, _paragraph = self.st.listed
        own = _ITEM_PARTIES.search(s.text, item.start("doc"), item.end("doc"))
        named = unique_actors(self.objects(s, own.end(), window=1)) if own else ()
        label = re.split(r",\s+(?:which|that|under|to)\b", item.group("doc"))[0].strip(" .;")
        fact = Fact(
            "agreement",
            label,
            head=head(noun.group()),
            type=self.agreement_type(label, "agreement.listed"),
            parties=tuple(named) if len(named) >= 2 else parties,
            date=date,
            evidence=[self.evidence(s, "agreement.listed", 0.7)],
        )
        told = next(
            (
                f for f in self.facts
                if f.kind == "agreement" and not f.distinct and f.type == fact.type
                and set(f.parties) == set(fact.parties) and f.date in (None, fact.date)
                and all(e.start == 0 for e in f.evidence)  # (told only in the article's first
                # sentence, its headline)
            ),
            None,
        )  # fmt: skip
        if told is not None:  # the headline's "India and Sri Lanka sign first MoU on Defence
            told.date, told.distinct, told.label = fact.date, True, fact.label  # Cooperation":
            # the item it lists
            told.evidence.extend(fact.evidence)
            return
        fact.distinct = True
        self.emit(fact)

    def _multilateral(self, name: str) -> bool:
        """Whether ``name`` is a treaty open to many states (patterns.toml
        standing_multilateral), no deal of the parties a text is about.

        Example:
            >>> from kg.extract.context import Discourse
            >>> AgreementRules(Discourse())._multilateral("the North Atlantic Treaty")
            True
        """
        alternation = self.lex.alternation("agreement", "standing_multilateral")
        return re.search(rf"(?:{alternation})$", name.strip()) is not None

    def _second_named(self, s: Sentence, pos: int, hi: int, fact: Fact) -> Fact | None:
        """A second agreement named after the first, with a date of its own ("signed the
        Logistics Exchange Memorandum of Agreement in August 2016 and the Communications
        Compatibility and Security Agreement in September 2018"): its own agreement.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("India signed the Logistics Exchange Memorandum of Agreement with the "
            ...      "United States in August 2016 and the Communications Compatibility and "
            ...      "Security Agreement in September 2018.")
            >>> [(f.parties, f.date) for f in extract_text(t).facts]
            [(('IND', 'USA'), '2016-08'), (('IND', 'USA'), '2018-09')]
        """
        m = NAMED_AGREEMENT.search(s.text, pos, hi)
        if m is None or not _THEN_NAMED.fullmatch(s.text, pos, m.start()):
            return None
        if m.group(1).strip() == fact.label or self._multilateral(m.group(1)):
            return None  # (not "... and the North Atlantic Treaty in March 2024": many states')
        dates = [d.value for d in s.dates if d.value and m.end() <= d.start < m.end() + 40]
        year = _YEAR_ONLY.match(s.text, m.end() + 1) or re.match(
            r"\s*[.,;]|\s*$", s.text[m.end() :]
        )
        if not dates and not year:
            return None  # (not "... and the Paris Agreement on climate": a topic)
        return replace(
            fact,
            label=m.group(1).strip(),
            type=self.agreement_type(m.group(1), "agreement.noun-verb"),
            amount=None,
            date=dates[0] if dates else None,
            distinct=True,
            evidence=list(fact.evidence),
        )

    def _coordinated(self, s: Sentence, pos: int, fact: Fact) -> Fact | None:
        """A second document signed in the same breath ("a letter of intent on the supply of
        Mistral systems, as well as a memorandum on training"): its own agreement.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Chile and Peru signed a letter of intent on the supply of radars to Peru, "
            ...      "as well as a memorandum on the training of officers, on Monday.")
            >>> [f.type for f in extract_text(t, date="2024-01-03").facts]
            ['arms-sale', 'defense-cooperation']
        """
        m = _SECOND_DOCUMENT.match(s.text, pos)
        if m is None:
            return None
        phrase = m.group("doc") + m.group("rest")
        atype = self.agreement_type(phrase, "agreement.noun-verb")
        if atype == "other" and re.search(r"\btrain\w*|exercis\w*|educat\w*", phrase, re.I):
            atype = "defense-cooperation"  # "a memorandum on the training of servicemen"
        if atype == fact.type:
            return None
        return replace(
            fact,
            label=f"{'–'.join(fact.parties)} {atype} agreement",
            head=head(m.group("doc")),
            type=atype,
            amount=None,
            distinct=True,
            evidence=list(fact.evidence),
        )

    def _priced_items(self, s: Sentence, t1: int, fact: Fact) -> list[Fact]:
        """Several proposed sales listed with their prices after a colon ("approved three
        possible sales to X worth a combined $1.1 billion: $665 million for radar support,
        $355 million for 60 Harpoon missiles and ..."): one agreement per priced item.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The State Department approved two possible sales to Chile: $300 million "
            ...      "for 12 F-16 Block 70 jets and $90 million for 40 AIM-9X missiles.")
            >>> [(str(f.amount.value), f.systems) for f in extract_text(t).facts]
            [('300000000', ('F-16 Block 70',)), ('90000000', ('AIM-9X',))]
        """
        colon = s.text.find(":", t1)
        if colon < 0:
            return []
        prices = [
            m for m in s.money if s.local(m.start) > colon and not m.converted and not m.is_range
        ]
        starts = [s.local(m.start) for m in prices]
        if len(starts) < 2 or s.text[colon + 1 : starts[0]].strip():
            return []  # the list opens with its first price
        out = []
        for i, a in enumerate(starts):
            b = starts[i + 1] if i + 1 < len(starts) else len(s.text)
            systems = tuple(s.systems(a, b))
            item = re.sub(r"^\S+\s+(?:million|billion|bn|m)?\s*(?:for\s+)?", "", s.text[a:b])
            item = re.sub(r"(?:,\s*|\s+)(?:and\s+)?$", "", item).rstrip(".")
            out.append(
                replace(
                    fact,
                    label=f"{fact.label}: {item}"[:160],
                    amount=Amount(Decimal(prices[i].value), prices[i].currency),
                    systems=systems,
                    evidence=list(fact.evidence),
                )
            )
        return out

    def _standing_kind(self, clause: str) -> re.Match[str] | None:
        """The first kind of standing pact the clause names (patterns.toml [agreement]
        standing), in any case for a kind written in lower case ("visiting forces agreement"),
        as written for a name ("New START", "VFA": "a new start" is none)."""
        kinds = self.lex.compiled(
            "agreement.standing-kinds",
            lambda: rf"\b(?:{self.lex.alternation('agreement', 'standing', longest=True)})\b",
            re.IGNORECASE,
        )
        lower = _lower_standing()
        return next(
            (k for k in kinds.finditer(clause) if not k.group().islower() or k.group() in lower),
            None,
        )

    def _counted_sales(self, s: Sentence, fact: Fact) -> list[Fact]:
        """Proposed sales counted and then priced one by one ("approved two possible sales to
        Egypt, a $2.2 billion transport-aircraft package and a $355 million radar deal"): one
        agreement per price, when there are as many prices as sales. With one price or none,
        the cases told in the sentences after ("The second case covers ... $82.8 million") are
        awaited (_next_case).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The State Department approved two possible sales to Egypt, a $2.2 billion "
            ...      "C-130J package and a $355 million SPS-48 radar deal.")
            >>> [(str(f.amount.value), f.systems) for f in extract_text(t).facts]
            [('2200000000', ('C-130J',)), ('355000000', ('SPS-48',))]
        """
        count = _COUNTED_SALES.search(s.text)
        if count is None:
            return []
        size = COUNTS.get(count.group(1).lower(), 0)
        prices = [
            m for m in s.money
            if s.local(m.start) > count.end() and not m.converted and not m.is_range
            and not _COMBINED.search(s.text, 0, s.local(m.start))
        ]  # fmt: skip
        if size < 2 or len(prices) != size:
            if size >= 2 and len(prices) <= 1:
                self.st.cases = (fact, size - 1, s.index)  # the cases may follow one by one
            return []
        starts = [s.local(p.start) for p in prices]
        first = count.end()
        named_first = bool(s.systems(first, starts[0]))  # "C-130J aircraft worth $2.2 billion
        out = []  # and SPS-48 radars worth $355 million": each system before its price
        for i, price in enumerate(prices):
            if named_first:
                a = s.local(prices[i - 1].end) if i else first
                b = starts[i]
            else:  # "a $2.2 billion C-130J package and a $355 million radar deal": after it
                a = starts[i]
                b = starts[i + 1] if i + 1 < len(prices) else len(s.text)
            part = replace(
                fact,
                amount=Amount(Decimal(price.value), price.currency),
                systems=tuple(s.systems(a, b)) or fact.systems,
                evidence=list(fact.evidence),
            )
            part.distinct = True
            out.append(part)
        return out

    def _next_case(self, s: Sentence) -> bool:
        """A proposed sale counted before, told as "The second case covers ... worth $82.8
        million" in a later sentence: an agreement of its own between the same parties (the
        first case prices the one reported, replacing a total of the cases told with it)."""
        if self.st.cases is None:
            return False
        fact, left, at = self.st.cases
        case = _NTH_CASE.match(s.text)
        if case is None or s.index - at > 4:
            return False
        price = self.amount(s, case.start(), len(s.text))  # (also in an aside: "The first
        if price is None:  # case, valued at $1.1 billion, covers ...")
            return False
        systems = tuple(s.systems(case.start(), len(s.text)))
        priced = any(e.rule == "agreement.fms-case" for e in fact.evidence)
        if case.group(1).lower() in ("first", "larger") or (
            case.group(1).lower() == "largest" and not priced
        ):  # the sale reported is the first (the largest too, unless a case priced it already)
            fact.amount, fact.systems = price, systems or fact.systems  # (its price was the
            # total of the cases, if one was told)
            fact.evidence.append(self.evidence(s, "agreement.fms-case", 0.7))
            return True
        if left <= 0:
            return False
        told = (  # the day the notice was told, when a later sentence told it
            f.date
            for f in reversed(self.facts)
            if f.kind == "agreement"
            and set(f.parties) == set(fact.parties)
            and f.date
            and any(e.rule.startswith("agreement.fms") for e in f.evidence)
        )
        self._emit_case(s, replace(fact, date=fact.date or next(told, None)), price, systems)
        self.st.cases = (fact, left - 1, s.index)
        return True

    def _emit_case(self, s: Sentence, fact: Fact, price: Amount, systems: tuple[str, ...]) -> None:
        """Emit one more case of the proposed sales ``fact`` told: the same parties and day,
        its own price and systems, evidenced by ``s``."""
        part = replace(
            fact,
            amount=price,
            systems=systems,
            evidence=[self.evidence(s, "agreement.fms-case", 0.7)],
        )
        part.distinct = True
        self.emit(part)

    def _price_list(self, s: Sentence) -> bool:
        """Proposed sales of several systems told in one sentence ("proposed sales to the UAE
        of 50 F-35A jets, 18 MQ-9B drones and munitions, with a combined value of $23.37
        billion") and priced in the next ("the F-35A package is valued at $10.4 billion, the
        MQ-9B systems at $2.97 billion and the munitions at $10 billion"): one agreement per
        price, between the same parties on the same day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The United States notified Congress of proposed sales to Egypt of C-130J "
            ...      "aircraft and SPS-48 radars, with a combined value of $2.5 billion. The "
            ...      "C-130J package is valued at $2.2 billion and the radars at $355 million.")
            >>> [str(f.amount.value) for f in extract_text(t, date="2022-01-26").facts]
            ['2200000000', '355000000']
        """
        fact = self.st.last_agreement
        if (
            fact is None
            or fact.type != "arms-sale"
            or not fact.evidence
            or not 0 <= s.start - fact.evidence[-1].end <= 400
            or not _SALES_OF_SEVERAL.search(fact.evidence[-1].text)
            or not _VALUED_AT.search(s.text)
            or self.st.cases is not None
        ):
            return False
        prices = [
            m for m in s.money
            if not (m.converted or m.is_range)
            and not _COMBINED.search(s.text, 0, s.local(m.start))
            and (
                _VALUED_AT_BEFORE.search(s.text, 0, s.local(m.start))
                or _ITEM_AT_BEFORE.search(s.text, 0, s.local(m.start))
            )
        ]  # fmt: skip  # (each price of the list: "is valued at $X", ", the MQ-9B systems at $Y")
        if len(prices) < 2:
            return False
        bounds = [s.local(p.start) for p in prices]
        for i, price in enumerate(prices):
            amount = Amount(Decimal(price.value), price.currency)
            systems = tuple(s.systems(s.local(prices[i - 1].end) if i else 0, bounds[i]))
            if i == 0:  # the sale reported takes the first price (it held their total)
                fact.amount, fact.systems = amount, systems or fact.systems
                fact.evidence.append(self.evidence(s, "agreement.fms-case", 0.7))
            else:
                self._emit_case(s, fact, amount, systems)
        return True

    def _separate_case(self, s: Sentence, t1: int, fact: Fact) -> list[Fact]:
        """A second proposed sale told as "and a separate ... package valued at $X" or "and of up
        to 18 CH-53K helicopters in July 2021, at $3.4 billion" after the first: two agreements,
        each with its own price, systems and (when its half tells one) day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The State Department approved a possible sale of 64 F-35A jets to Chile at "
            ...      "$12.5 billion, and a separate F/A-18E/F package valued at $14.7 billion.")
            >>> [(str(f.amount.value), f.systems) for f in extract_text(t).facts]
            [('12500000000', ('F-35A',)), ('14700000000', ('F/A-18E/F',))]
        """
        sep = re.search(  # (also "the sale of eight KC-46A to Israel in March 2020, at $2.4
            # billion, and of up to 18 CH-53K in July 2021, at $3.4 billion": two notices)
            r",?\s+(?:and|as\s+well\s+as)\s+(?:an?\s+separate\s+|of\s+(?=(?:up\s+to\s+)?\d))",
            s.text[t1:],
        )
        if sep is None:
            return []
        cut = t1 + sep.start()
        parts = []
        for lo, hi in ((0, cut), (t1 + sep.end(), len(s.text))):
            prices = [
                m for m in s.money
                if lo <= s.local(m.start) < hi and not m.converted and not m.is_range
            ]  # fmt: skip
            if not prices:
                return []
            days = [  # (not "with deliveries starting in March 2026": a later step)
                d.value for d in s.dates
                if d.value and lo <= d.start < hi
                and not _LATER_STEP.search(s.text, lo, d.start)
            ]  # fmt: skip
            parts.append((prices[0], tuple(s.systems(lo, hi)), s.text[lo:hi], days))
        out = []
        for price, systems, text, days in parts:
            item = replace(
                fact,
                label=f"{fact.label}: {', '.join(systems) or text.strip(' ,.')}"[:160],
                date=days[0] if days else fact.date,
                amount=Amount(Decimal(price.value), price.currency),
                systems=systems or fact.systems,
                evidence=list(fact.evidence),
            )
            item.distinct = True
            out.append(item)
        return out

    def _listed_sales(self, s: Sentence, t1: int, fact: Fact) -> list[Fact]:
        """Proposed sales listed one after another in a sentence ("a proposed sale of tank
        rounds valued at $774 million and a proposed sale of mortar rounds worth $61 million,
        as well as a separate sale of guidance kits"): one agreement per sale, each with its
        own price, systems and day (a separate one only with its own).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The State Department approved a possible sale of AIM-9X missiles to Chile "
            ...      "worth $90 million and a possible sale of Harpoon missiles worth $40 million.")
            >>> [str(f.amount.value) for f in extract_text(t).facts]
            ['90000000', '40000000']
        """
        cuts = list(_NEXT_SALE.finditer(s.text, t1))
        if not cuts or any(
            TOTAL_BEFORE.search(s.text, max(0, s.local(m.start) - 40), s.local(m.start))
            for m in s.money
        ):  # ("..., together worth $835 million": one price for all, told as one)
            return []
        bounds = [(0, cuts[0].start())]
        bounds += [
            (c.end(), cuts[i + 1].start() if i + 1 < len(cuts) else len(s.text))
            for i, c in enumerate(cuts)
        ]
        bounds = [  # (not "and the sale of further tanks is expected to follow")
            (lo, hi)
            for i, (lo, hi) in enumerate(bounds)
            if i == 0 or not hedged(s.text, lo, hi, hi)
        ]
        if len(bounds) < 2:
            return []
        buyers = [  # each sale's own buyer ("a sale of F-16s to Turkey ... and of F-35s to Greece")
            [
                m.actor for m in s.actors(lo, hi)
                if m.actor in self.lex.nations
                and re.search(r"\bto\s+(?:the\s+)?$", s.text[lo : s.local(m.start)])
            ]
            for lo, hi in bounds
        ]  # fmt: skip
        named = {a for own in buyers for a in own}
        out = []
        for i, (lo, hi) in enumerate(bounds):
            parties = (
                (*[p for p in fact.parties if p not in named], *buyers[i])
                if buyers[i]
                else fact.parties
            )
            prices = [
                m for m in s.money
                if lo <= s.local(m.start) < hi and not m.converted and not m.is_range
            ]  # fmt: skip
            days = [
                d.value for d in s.dates
                if d.value and lo <= d.start < hi and not _LATER_STEP.search(s.text, lo, d.start)
            ]  # fmt: skip
            separate = i > 0 and "separate" in cuts[i - 1].group().lower()
            systems = tuple(s.systems(lo, hi))
            what = re.sub(r"^\s*of\s+", "", s.text[t1 if i == 0 else lo : hi]).strip(" ,.")
            own = (
                f"proposed sale to {parties[-1]}"
                if fact.label.startswith("proposed sale to ")
                else fact.label
            )
            item = replace(
                fact,
                label=f"{own}: {', '.join(systems) or what}"[:160],
                date=days[0] if days else None if separate else fact.date,
                parties=tuple(dict.fromkeys(parties)),
                amount=Amount(Decimal(prices[0].value), prices[0].currency) if prices else None,
                systems=systems or (fact.systems if i == 0 else ()),
                evidence=list(fact.evidence),
            )
            item.distinct = True
            out.append(item)
        return out

    def _agreement_triggers(
        self, clause: str, s: Sentence, lo: int
    ) -> list[tuple[re.Match[str], str, re.Match[str] | None, re.Match[str] | None]]:
        """The agreement triggers of a clause: one per agreement noun with its nearest verb,
        or an "agreed to" / Foreign Military Sale / named-and-dated cue."""
        nouns, verbs = words("agreement", "nouns"), words("agreement", "verbs")
        verb_list = [
            v for v in verbs.finditer(clause)
            if is_verb_form(v.group()) and not _SIGNS_CONTRACT.match(clause, v.end())
            and not (v.group().lower() == "agreed" and _vague_intent(clause, v.end()))
        ]  # fmt: skip  # "signed a contract ..., the biggest arms deal yet": the contract;
        # "welcomed the pact ... and agreed to deepen cooperation": an intent, no signing
        # "The Philippines has a visiting forces agreement with the United States": one in
        # force is an agreement too
        verb_list += _HAS_AGREEMENT.finditer(clause)
        verb_list.sort(key=lambda v: v.start())
        noun_list = list(nouns.finditer(clause))
        codev = words("agreement", "codevelopment").search(clause)
        named = NAMED_AGREEMENT.search(clause)
        agreed = re.search(
            r"\bagreed\b(?=(?:[^.;]{0,90}?)\bto\s+[a-z]+|\s+(?:on|upon|that)\b)", clause
        )
        fms = words("agreement", "fms_cues").search(clause) or FMS.search(clause)
        sale = re.search(r"\b(?:sales?|packages?|to buy|to purchase)\b", clause, re.I)
        if (
            fms
            and sale
            and _HOME_PROPOSAL.search(clause)
            and not re.search(r"\bsales?\b", clause, re.I)
        ):
            return []  # "the Defence Acquisition Council cleared proposals to buy 26 Rafale
            # Marine fighters": a buyer's own step towards a purchase, no sale agreed yet
        if (
            fms
            and re.search(r"\b(?:Foreign\s+Military\s+Financing|FMF)\s+grants?\b", clause)
            and not re.search(r"\b(?:sales?|possible|proposed|potential|package)\b", clause, re.I)
        ):
            return []  # "notified Congress of the Foreign Military Financing grant, which
            # allows Taiwan to buy American weapons": a grant of money, no sale
        if fms and sale and (not noun_list or FMS.search(clause)):
            return [(fms, "agreement.fms", None, None)]
        instruments = [  # ("In a joint statement, A and B agreed to ...": the statement is
            n
            for n in noun_list  # where they agreed, no instrument of its own, unless signed)
            if not _JOINT_STATEMENT.fullmatch(n.group())
            or re.search(
                r"\b(?:co-?sign|sign|adopt|ink)\w*\s+(?:\w+\s+){0,2}$", clause[: n.start()]
            )
        ]
        if agreed and _TO_SELL.match(clause, agreed.end()) and not instruments:
            return []  # "agreed to sell jets to Egypt": a sale, told by the seller (_sold_to)
        if agreed and not (instruments and instruments[0].start() < agreed.start()):
            if not instruments and _vague_intent(clause, agreed.end()):
                return []  # "agreed to deepen cooperation": an intent, no instrument
            if not instruments and _SHARED_VIEW.match(clause, agreed.end()):
                return []  # "both sides agreed it was important to keep talking": a view they
                # share, no deal
            if not instruments and re.match(
                r"\s+(?:on|upon)\s+(?:the|a|an|their)\s+(?:[\w-]+\s+)?(?:list|names?|wording"
                r"|text|dates?|timing|venue|agenda|format|details|time)\b(?=\s*(?:[,.;]|during\b"
                r"|at\b|in\s+an?\b|on\s+[A-Z]|$)|\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+|their\s+)?"
                r"(?:[\w-]+\s+){0,2}(?:drills?|exercises?|meetings?|talks|summit|visit|round|session"
                r"|consultations|conference|group)\b)",
                clause[agreed.end() :],
            ):
                return []  # "the three ministers agreed on the list during a video conference":
                # a detail settled, no instrument
            talks = _AGREED_TALKS.match(clause, agreed.end())
            others = [  # (another verb of its own: "agreed to hold talks and signed a pact")
                v for v in verb_list
                if not v.group().lower().startswith("agree")
                and not (talks and agreed.end() <= v.start() < talks.end())
            ]  # fmt: skip
            if talks and not others:
                return [(agreed, "agreement.talks", None, None)]  # "agreed to open talks on a
                # border pact": the pact is yet to come (a visit it was agreed on still met)
            if re.match(
                r"\s+to\s+(?:(?:begin|start|launch|commence)\s+)?(?:try|attempt|seek|aim|work)"
                r"\s+(?:to|toward|towards|for|on)\b",
                clause[agreed.end() :],
            ) and not any(
                re.fullmatch(r"(?:sign|ink|seal)\w*ed|signing", v.group()) for v in others
            ):
                return []  # "agreed to try to reach a trade deal", "agreed to begin work toward
                # a minerals agreement": the deal is still sought
            return [(agreed, "agreement.agreed-to", instruments[0] if instruments else None, None)]
        out = []
        pairs: list[tuple[int, int, re.Match[str]]] = []  # (distance, noun index, verb)
        for i, noun in enumerate(noun_list):
            if noun.group().lower() in verbs_as_nouns(clause, noun):
                continue
            if i and re.fullmatch(r"\s+of\s+", clause[noun_list[i - 1].end() : noun.start()]):
                continue  # "a Memorandum of Agreement": one document, named by its first noun
            if _COMPLYING.search(clause, 0, noun.start()):
                continue  # "notified Russia in line with the Vienna Document": a rule followed
            near = [v for v in verb_list if abs(v.start() - noun.start()) <= 90]
            if _JOINT_STATEMENT.fullmatch(noun.group()):
                near = [
                    v for v in near
                    if (
                        v.start() < noun.start()
                        and (
                            _STATEMENT_MADE.match(clause, v.start())
                            or _STATEMENT_LAUNCHED.match(clause, v.start())
                        )
                        and not _STATEMENT_RESTATES.match(clause, noun.end())
                    )
                    or (
                        v.start() > noun.start()
                        and _STATEMENT_ACTS.match(clause, v.start())
                        and re.fullmatch(_STATEMENT_AFTER + r"\s*", clause[noun.end() : v.start()])
                    )
                ]  # fmt: skip  # "signed a joint statement", "issued a joint statement
                # establishing the partnership" (not "issued a joint statement condemning the
                # launch", "the joint statement, signed by France and a dozen others", "adopted
                # a joint statement reaffirming their partnership")
            under = _UNDER_STANDING.search(clause, 0, noun.start())
            if under and noun.group()[:1].isupper():  # "was notified of the exercise under the
                # Vienna Document": the verb before a named instrument is not its signing (but
                # "unveil the pathway under the AUKUS partnership" may be a deal of its own)
                near = [v for v in near if v.start() > under.start()]
            before = [v for v in near if v.start() < noun.start()]
            if before:  # "has a pact with Peru, signed in 2019": the participle is an aside
                near = [
                    v for v in near
                    if v.start() < noun.start() or "," not in clause[noun.end() : v.start()]
                ]  # fmt: skip
            pairs += [(abs(v.start() - noun.start()), i, v) for v in near]
        paired: dict[int, re.Match[str]] = {}
        used: set[int] = set()
        for _distance, i, verb in sorted(pairs, key=lambda p: (p[0], p[1])):
            if i not in paired and verb.start() not in used:  # the closest pairs first: "The
                paired[i] = verb  # pact builds on two declarations that A and B signed"
                used.add(verb.start())
        for i, verb in sorted(paired.items()):
            noun = noun_list[i]
            covers = named if named and named.start() <= noun.start() < named.end() + 1 else None
            out.append(
                (
                    verb,
                    "agreement.noun-verb",
                    noun,
                    covers or (named if len(noun_list) == 1 else None),
                )
            )
        if not out and codev:
            out.append((codev, "agreement.codevelopment", codev, None))
        if not out and named and self._dated_name(s, lo, named):
            out.append((named, "agreement.named-dated", None, named))
        if not out:
            standing = self._standing(clause)
            if standing is not None:
                out.append((standing, "agreement.named-standing", None, standing))
        return out

    def _standing(self, clause: str) -> re.Match[str] | None:
        """An agreement in force the clause names in passing ("under the 1951 Mutual Defense
        Treaty", "bound by a mutual defense treaty since 1953"), or None (patterns.toml
        [agreement] standing, standing_not_after, standing_not_before).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Japan and Peru are allies. Troops rotate under the Visiting Forces Agreement."
            >>> [(f.type, f.parties) for f in extract_text(t).facts if f.kind == "agreement"]
            [('access', ('JPN', 'PER'))]
        """
        rx = self.lex.compiled(
            "agreement.standing",
            lambda: (
                r"(?<![\w-])((?:[A-Z][\w'’-]*\s(?:and\s|of\s|on\s|for\s)?){0,6}"
                r"(?:Treaty|Agreement|Accord|Pact)(?:\s\([A-Z]{2,8}\))?"
                r"|(?:Treaty|Agreement)\s(?:of|on)\s(?:[A-Z][\w'’-]*(?:\sand)?\s?){1,6}(?<=\w)"
                rf"|(?i:{self.lex.alternation('agreement', 'standing', longest=True)}))(?![\w-])"
            ),
        )
        not_after = self.lex.compiled(
            "agreement.standing-not-after",
            lambda: rf"\s*(?:{self.lex.alternation('agreement', 'standing_not_after')})\b",
        )
        not_before = self.lex.compiled(
            "agreement.standing-not-before",
            lambda: (
                rf"\b(?:{self.lex.alternation('agreement', 'standing_not_before')})\s+"
                r"(?:(?:the|\d{4}|[\w.-]+[-–][\w.-]+)\s+)*$"
            ),
            re.IGNORECASE,
        )
        for m in rx.finditer(clause):
            name = m.group(1)
            generic = re.fullmatch(
                self.lex.alternation("agreement", "standing", longest=True), name, re.I
            )
            if not generic and not re.match(r"[A-Z]", name):
                continue  # "an agreement": a title-case name or a kind in force
            if not generic and re.fullmatch(r"(?:The|This|That|An?)\s+\w+", name):
                continue  # "The Treaty", "This Agreement": a reference, not a name
            if re.search(r"(?:^|\s)(?:Government|Party|Front|Movement|Council)\s+of\s", name):
                continue  # "the (UN-recognised) Government of National Accord": a body named
                # for an accord
            if re.search(
                rf"(?:{self.lex.alternation('agreement', 'standing_multilateral')})$", name
            ):
                continue  # "the depositary of the North Atlantic Treaty": many states' treaty
            if not_after.match(clause, m.end()) or not_before.search(clause[: m.start()]):
                continue
            return m
        return None

    def _distribute(self, s: Sentence, lo: int, hi: int, fact: Fact) -> list[Fact]:
        """ "signed agreements with A in 2022 and with B in 2023": one agreement per partner."""
        phrases = [  # (not "treaties ... with each country: the Treaty of Aachen with Germany,
            m  # ...": the list's lead names no partner; but "with both Lithuania and Latvia")
            for m in re.finditer(r"\bwith\s+(?:the\s+)?", s.text[lo:hi])
            if not re.match(
                r"(?:each|every|both|all)\s+(?:of\s+(?:the|them)\b|[a-z])|(?:[\w-]+\s+){0,2}"
                r"(?:treaties|agreements|pacts"
                r"|accords|deals)\b",  # (nor "compared with the bilateral treaties": the deals)
                s.text[lo + m.end() : hi],
            )
        ]
        if len(phrases) == 1:
            return self._distribute_dated(s, lo + phrases[0].end(), hi, fact)
        if len(phrases) < 2:
            return []
        bounds = [lo + m.end() for m in phrases] + [hi]
        partners_all = {a for b in bounds[:-1] for a in unique_actors(self.objects(s, b, window=1))}
        base = tuple(p for p in fact.parties if p not in partners_all)
        if not base:  # "It is Manila's fifth such arrangement, after the VFA with the U.S., ...":
            base = self._possessor(s, lo, lo + phrases[0].start())  # whose agreements they are
        parts: list[tuple[tuple[str, ...], str | None, str]] = []
        marks: list[str | None] = []  # each part's date, or the year it gives alone
        nouns = words("agreement", "nouns")
        introduced = bare_first = False
        for i, (start, end) in enumerate(itertools.pairwise(bounds)):
            run = self.objects(s, start, window=1)
            dates = [d.value for d in s.dates if d.value and start <= d.start < end]
            # "a VFA with the United States, signed in 1998, and a SOFA with Australia": a
            # noun of its own after the partner before makes another agreement, dated or not
            own = i > 0 and bool(nouns.search(s.text[bounds[i - 1] : start]))
            introduced = introduced or own
            year = _YEAR.search(s.text, start, end)  # "with A, dating from 1998, and with B,
            # signed in 2007": a year of its own (no date: a year alone is no date's precision)
            if not run or not (dates or year or own or i == 0):
                return []  # the first part's noun is the trigger's; the others need their own
            bare_first = bare_first or (i == 0 and not dates and not year)
            parties = tuple(dict.fromkeys((*base, *unique_actors(run))))
            noun_text = s.text[bounds[i - 1] if i else lo : start]  # this part's own noun
            atype = self.agreement_type(noun_text, "agreement.noun-verb") if own else fact.type
            parts.append((parties, (dates or [None])[0], atype))
            marks.append(dates[0] if dates else year.group(1) if year else None)
        if (len(set(marks)) < 2 or bare_first) and not introduced:
            return []  # an undated first partner is one of the others' only if they have nouns
        return [
            replace(fact, parties=parties, date=date, type=atype, evidence=list(fact.evidence),
                    label=f"{'–'.join(parties)} {atype} agreement")
            for parties, date, atype in parts
        ]  # fmt: skip

    def _sold_to_each(self, s: Sentence, t1: int, hi: int, fact: Fact) -> list[Fact]:
        """ "the possible sale of 72 F-15 jets to Qatar and 40 Super Hornets to Kuwait": a sale
        to each buyer, of what its own part names, with no shared amount.

        Example:
            >>> from kg.extract import extract_text
            >>> t = ("The State Department approved the possible sale of 72 F-15 fighters to "
            ...      "Qatar and 40 F/A-18E/F Super Hornets to Kuwait.")
            >>> [(f.parties, f.systems) for f in extract_text(t).facts if f.kind == "agreement"]
            [(('USA', 'QAT'), ('F-15',)), (('USA', 'KWT'), ('F/A-18E/F',))]
        """
        if fact.type != "arms-sale":
            return []
        buyers = [
            (s.local(m.start), m.actor)
            for m in s.actors(t1, hi)
            if m.actor in self.lex.nations and m.actor in fact.parties
            and re.search(r"\bto\s+(?:the\s+)?$", s.text[: s.local(m.start)])
        ]  # fmt: skip
        if len({b for _at, b in buyers}) < 2:
            return []
        sellers = tuple(
            p for p in fact.parties
            if p in self.lex.nations and p not in {b for _at, b in buyers}
        )  # fmt: skip
        if not sellers:
            return []  # ("... to Poland, and to the United States' own army": no seller left)
        parts, start = [], t1
        for at, buyer in buyers:
            systems = tuple(s.systems(start, at)) or fact.systems
            parties = (*sellers, buyer)
            parts.append(
                replace(fact, parties=parties, systems=systems, amount=None,
                        evidence=list(fact.evidence),
                        label=f"{'–'.join(parties)} {fact.type} agreement")
            )  # fmt: skip
            start = at
        return parts

    def _separate(self, s: Sentence, lo: int, hi: int, t0: int, fact: Fact) -> list[Fact]:
        """ "A and B signed separate agreements with C", "A and B each signed a pact with C":
        one agreement of each subject with the partners.

        Example:
            >>> from kg.extract import extract_text
            >>> ex = extract_text("Chile and Peru each signed a defence pact with Brazil.")
            >>> sorted(f.parties for f in ex.facts if f.kind == "agreement")
            [('CHL', 'BRA'), ('PER', 'BRA')]
        """
        if not _SEPARATE.search(s.text[lo:hi]):
            return []
        subjects = [a for a in unique_actors(s.actors(lo, t0)) if a in fact.parties]
        partners = tuple(p for p in fact.parties if p not in subjects)
        if len(subjects) < 2 or not partners:
            return []
        return [
            replace(fact, parties=(subject, *partners), evidence=list(fact.evidence),
                    label=f"{'–'.join((subject, *partners))} {fact.type} agreement")
            for subject in subjects
        ]  # fmt: skip

    def _possessor(self, s: Sentence, lo: int, hi: int) -> tuple[str, ...]:
        """The one state whose possessive stands between ``lo`` and ``hi`` ("Manila's")."""
        owners = {
            m.actor
            for m in s.actors(lo, hi)
            if m.kind == "nation" and re.match(r"['’]s?\s", s.text[s.local(m.end) :])
        }
        return tuple(owners) if len(owners) == 1 else ()

    def _distribute_dated(self, s: Sentence, pos: int, hi: int, fact: Fact) -> list[Fact]:
        """ "signed access deals with Australia, in January 2022, and Britain, in January
        2023": plural agreements with partners each dated on its own, one per partner; so are
        plural agreements a state has with partners ("has access agreements with A and B").

        Example:
            >>> from kg.extract import extract_text
            >>> ex = extract_text("Japan already has access agreements with Peru and Chile.")
            >>> [f.parties for f in ex.facts if f.kind == "agreement"]
            [('JPN', 'PER'), ('JPN', 'CHL')]
        """
        plural = (
            r"\b(?:agreements|deals|pacts|accords|treaties|arrangements|declarations|memoranda)"
            r"\s+with\s+(?:the\s+)?$"
        )
        if not re.search(plural, s.text[max(0, pos - 60) : pos]):
            return []
        partners = [
            m for m in s.actors(pos, hi) if m.kind == "nation" and m.key not in fact.parties[:1]
        ]  # (not the subject named again: "Vietnam signed agreements with A and B, Hanoi said")
        if len(partners) < 2:
            return []
        held = re.search(  # "Japan already has reciprocal access agreements with A and B": one
            r"\b(?:has|have|had)\s+(?:(?:already|also)\s+)?" + _HELD_MODIFIERS + plural,
            # each, in force, whenever signed
            s.text[max(0, pos - 90) : pos],
        )
        run = runs(s, partners)[0]
        # "Zelensky on Friday signed security agreements with Germany and France": one with each
        # of the partners listed together, on the day told (undated, they stay one document)
        each = held or (
            len(run) > 1
            and run == partners[: len(run)]
            and fact.date is not None
            and not _JOINT_EVENT.search(s.text)  # ("at their first trilateral summit": theirs)
        )
        ends = [s.local(m.start) for m in partners[1:]] + [hi]
        parts: list[tuple[str, str | None]] = []
        for m, end in zip(partners, ends, strict=True):
            dates = [d.value for d in s.dates if d.value and s.local(m.end) <= d.start < end]
            if not dates and not each:
                return []
            if each and m not in run:
                break  # only the partners listed together
            told = dates[0] if dates else None  # (an agreement held has no day; one signed
            parts.append((m.key, told or (None if held else fact.date)))  # the day told)
        if len({d for _k, d in parts}) < 2 and not (each and len(parts) > 1):
            return []
        partners_all = {k for k, _d in parts}
        base = tuple(p for p in fact.parties if p not in partners_all)
        return [
            replace(fact, parties=(*base, key), date=date, evidence=list(fact.evidence),
                    label=f"{'–'.join((*base, key))} {fact.type} agreement")
            for key, date in parts
        ]  # fmt: skip

    def _dated_name(self, s: Sentence, lo: int, named: re.Match[str]) -> bool:
        end = lo + named.end()
        if _YEAR_BEFORE.search(s.text[lo : lo + named.start()]):
            return True  # "the 2012 Defence Cooperation Arrangement"
        return any(d.value and 0 <= d.start - end <= 25 for d in s.dates) or bool(
            re.match(r",?\s+(?:signed|concluded|agreed|reached|established)\b", s.text[end:])
        )

    def _company_party(self, fact: Fact) -> bool:
        return any(p in self.orgs and self.orgs[p].kind == "company" for p in fact.parties)

    def _states_of_legislatures(self, parties: tuple[str, ...]) -> tuple[str, ...]:
        """A parliament that approves or ratifies an agreement does so for its state.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Somalia's parliament on Wednesday approved a defence pact with Turkey."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('SOM', 'TUR')]
        """
        return tuple(
            dict.fromkeys(
                self.orgs[p].country or p
                if p in self.orgs and self.orgs[p].kind == "legislature"
                else p
                for p in parties
            )
        )

    def _held_by_antecedent(self, s: Sentence, at: int, hi: int) -> tuple[str, ...]:
        """The parties of an agreement a relative clause says a state has: the state before
        ", which has" and the partners after "with" up to the clause's end.

        Example:
            >>> from kg.extract import extract_text
            >>> t = "Peru, which has a defence pact with Chile, is in talks with Brazil on one."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('PER', 'CHL')]
        """
        rel = re.search(
            r",\s+which\s+(?:(?:already|also)\s+)?ha[sd]\s+(?:(?:a|an|its|their)\s+)?"
            + _HELD_MODIFIERS
            + "$",
            s.text[:at],
        )  # the agreement's noun (at) right after ", which has a ..." (not "has never had")
        if rel is None:
            return ()
        before = [m for m in s.actors(0, rel.start()) if m.kind == "nation"]
        if not before or s.local(before[-1].end) != rel.start():
            return ()  # the antecedent must be the state right before the comma
        end = s.text.find(",", at)
        with_ = re.search(r"\bwith\s+(?:the\s+)?", s.text[at : end if end > 0 else hi])
        if with_ is None:
            return ()
        partners = unique_actors(self.objects(s, at + with_.end(), window=1))
        return tuple(dict.fromkeys((before[-1].actor, *partners))) if partners else ()

    def _contracts_just_told(self, s: Sentence, last: Fact | None) -> bool:
        """True when a contract was told in the last few sentences, after any agreement."""
        told = [
            f.evidence[0].start
            for f in self.facts
            if f.kind == "contract" and f.evidence and 0 < s.start - f.evidence[0].start < 1200
        ]
        return bool(told) and (
            last is None or not last.evidence or last.evidence[0].start < min(told)
        )

    def _approved_told(self, s: Sentence, pos: int, before: str) -> bool:
        """True when a definite deal announced or approved (``before`` the noun, which ends at
        local ``pos``) is one told just before: "the cabinet approved the deal", or "the deal
        with France" after France's was told; not "the deal with France" after another state's.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "NEW DELHI, April 29, 2025 — India and the United States signed a security "
            >>> t += "of supply arrangement on Monday. The Cabinet Committee on Security on "
            >>> t += "Tuesday approved the deal with France for 26 Rafale-M jets."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('IND', 'USA'), ('IND', 'FRA')]
        """
        if not _APPROVED_TOLD.search(before):
            return False
        told = [
            f for f in self.facts
            if f.kind == "agreement" and 0 <= s.start - f.evidence[-1].start <= _JUST_TOLD
        ]  # fmt: skip
        partner = re.match(r"\s+(?:with|between|among)\s+(?:the\s+)?", s.text[pos:])
        named = unique_actors(self.objects(s, pos + partner.end(), window=1)) if partner else ()
        return any(set(named) <= set(f.parties) for f in told)

    def _agreement(
        self, s: Sentence, lo: int, hi: int, t0: int, t1: int, rule: str,
        noun: re.Match[str] | None, named: re.Match[str] | None,
    ) -> Fact | None:  # fmt: skip
        clause = s.text[lo:hi]
        if (
            noun is not None
            and noun.group().lower().endswith("s")
            and _BARE_PLURAL.search(clause[: noun.start()])
            and not s.actors(lo, hi)
        ):
            return None  # "Both cases show that agreements signed with island states are
            # fragile": agreements in general, no one's
        if (
            noun is not None
            and re.search(
                r"\b(?:commercial|business)\s+(?:[\w-]+\s+)?$", clause[: noun.start()], re.I
            )
            and noun.group().lower().endswith("s")
            and not re.search(
                r"\b(?:pact|agreement|accord|treaty|memorandum|deal)\b", clause[noun.end() :], re.I
            )
        ):
            return None  # "Business leaders signed commercial deals worth $4.8 billion": firms'
            # deals, no agreement of states (but "a commercial agreement on the sale of three
            # submarines" is the states' sale)
        if (
            noun is not None
            and re.search(
                r"\b(?:committed|commitment|adhere|abide|abiding|respect|honou?r|bound|comply"
                r"|uphold|vow|pledg|promis)\w*\s+(?:to\s+|by\s+|with\s+)?"
                r"(?:(?:implement|honou?r|respect|observ|fulfil|uphold|carry(?:ing)?\s+out|abid)\w*"
                r"\s+(?:by\s+)?)?(?:all|any|every|each)\s+(?:of\s+)?"
                r"(?:(?:the|its|their|previous|past|prior|existing|bilateral|other|such)\s+){0,2}$",
                clause[: noun.start()],
                re.I,
            )
            and not re.match(
                r"\s+(?:on|over|about|for|concerning|covering)\s", clause[noun.end() :]
            )
        ):
            return None  # "India remained committed to all agreements it had signed": every
            # one in general, none told (but "to observe all agreements on a ceasefire" are told)
        told = noun or named
        if told is not None and _UNDER_NEGOTIATION.search(clause[: told.start()]):
            return None  # "announced the launch of negotiations on a security and defence
            # partnership": a pact still to be agreed
        if noun is not None and self._approved_told(s, lo + noun.end(), clause[: noun.start()]):
            return None  # "Biden announced the agreement at the White House", "Israel's
            # security cabinet approved the deal": the deal just told, no other
        if noun is not None and _COUNTED_PARTNERS.match(clause, noun.end()):
            return None  # "had military-technical cooperation agreements with more than 40
            # African countries": a count of partners, none of them named
        if (
            _SAID_IT_WAS.search(s.text, lo, t0)
            and (
                noun is None
                or re.search(r"\b(?:the|this|that)\s+$", s.text[lo : lo + noun.start()])
            )
            and not re.search(r"\bby\s+(?:the\s+)?[A-Z]", s.text[t1:hi])  # ("arguing that it
        ):  # was hastily signed by Libya and Turkey": named signers)
            return None  # "condemned the deal, saying it had been signed without ...": the
            # deal told before, not one of the critic's
        at = t0
        if noun is not None and re.fullmatch(
            r"\s+(?:with|between)\s+[^,;]*?\s+", s.text[lo + noun.end() : t0]
        ):  # "under an agreement with Tashkent signed in 2001": the partner after "with" is
            at = lo + noun.start()  # no subject of "signed"
        parties, group_date = self.joint_subject(s, lo, at)
        if group_date and set(parties) <= {m.actor for m in s.actors(0, t0)}:
            group_date = None  # "the two" are named in this sentence: no older event's date
        home = self._dateline_state()
        if not parties and home and _HOME_SUBJECT.match(s.text, lo) and not s.actors(lo, t0):
            parties = (home,)  # "ABUJA — The Federal Government has signed an agreement ...
            # with Russia": the government of the dateline's state
        when = list(_WHEN_SUBJECT.finditer(s.text, lo, at))  # "Relations between Mogadishu and
        own = when[-1].end() if when else lo  # Addis Ababa soured in January, when Ethiopia
        # signed a memorandum with Somaliland": the parties of the clause that tells the signing
        response = _RESPONSE_TO.search(s.text, t1, hi)
        ends = response.start() if response else hi  # "a deal both sides presented as a
        # response to a maritime accord between Turkey and Libya": not the deal's parties
        parties = tuple(dict.fromkeys((*parties, *self._with_parties(s, own, ends, len(parties)))))
        parties = self._states_of_legislatures(parties)
        between = self._between(s, lo, ends, noun or named)
        if len(between) >= 2:  # "a memorandum between GE Aerospace and HAL": they alone
            parties = between
        members = _SIGNED_BY_MEMBERS.search(s.text, lo, hi)
        if members:  # "signed by the leaders of the six GCC members
            run = self.objects(s, members.end(), window=1)  # — A, B and C — and by Egypt"
            also = _AND_BY.match(s.text, s.local(run[-1].end)) if run else None
            run += self.objects(s, also.end(), window=1) if also else []
            if len(unique_actors(run)) >= 2:
                parties = unique_actors(run)
        by_group = None if members else self._signed_by_group(s, lo, hi)
        parties = parties if by_group is None else by_group
        signers = None if members or by_group is not None else _SIGNED_BY.search(s.text, lo, hi)
        struck = _STRUCK_BY.search(s.text, lo, hi) if signers is None else None
        if struck:  # "The deal was struck by Iran with the United States, Britain and France":
            run = self.objects(s, struck.end(), window=1)  # the one and those it dealt with
            with_ = re.match(r"\s+with\s+", s.text[s.local(run[-1].end) :]) if run else None
            later = self.objects(s, s.local(run[-1].end) + with_.end(), window=1) if with_ else []
            if len(unique_actors(run)) == 1 and len(unique_actors([*run, *later])) >= 2:
                parties = unique_actors([*run, *later])
        if signers:  # "The access agreement, signed in October by Serbia and Austria, ..."
            run = self.objects(s, signers.end(), window=1)
            by = unique_actors(run)
            if len(by) < 2 and len(parties) < 2:  # "signed by Defence Minister Richard Marles
                close = _SIGNERS_END.search(s.text, signers.end(), hi)  # and his Japanese
                end = close.start() if close else hi  # counterpart": each signer's state, up
                by = unique_actors(  # to the end of the signers' phrase
                    m for m in s.actors(signers.end(), end)
                    if m.form == "person" or self.official(s, m)
                )  # fmt: skip
            if len(by) < 2 and len(parties) < 2:  # "by Qatar's Emir Sheikh Tamim, Saudi King
                by = self._titled_signers(s, signers.end(), hi)  # Abdullah and Kuwait's Emir"
            if len(by) >= 2:
                parties = by
        pair = self._pair_before(s, lo, noun or named)
        if pair:  # "the 1951 U.S.-Philippines Mutual Defense Treaty": those two alone
            parties = pair
        if len(parties) < 2 and (noun or named):  # "the 2018 inter-Korean military agreement"
            parties = self._pair_adjective(s, lo, noun or named) or parties
        held = self._held_by_antecedent(s, lo + noun.start() if noun else t0, hi)
        if held:  # "The Philippines, which has a VFA with the U.S., is in talks with Japan"
            parties = held
        owner = self._owner(s, lo, named) if named else None
        if owner and len(parties) < 2 and owner not in parties:
            parties = (owner, *parties)  # "Norway's Defence Cooperation Agreement with the U.S."
        definite = bool(DEFINITE.search(clause)) and not named
        atype = self.agreement_type(clause, rule)
        last = self.st.last_agreement
        if (
            noun is not None
            and re.fullmatch(r"deals?", noun.group(), re.I)
            and re.search(
                r"\b(?:the|these|those|both)\s+(?:two\s+|three\s+)?deals?\s*$",
                clause[: noun.end()],
                re.I,
            )
            and atype == "other"
            and self._contracts_just_told(s, last)
        ):
            return None  # "The UAE signed a contract for 80 Rafales ... The deals were signed
            # after talks": the contracts again, no agreement between states
        if (
            definite
            and atype == "other"
            and last is not None
            and set(self._between(s, lo, hi, noun or named) or last.parties) == set(last.parties)
        ):  # (not "the nuclear agreement reached ... between Iran and the P5+1": its own)
            atype = last.type or "other"
        if rule == "agreement.fms" or atype == "arms-sale":
            parties = self._sale_parties(s, lo, hi, parties, rule, t0)
        agreed = rule == "agreement.agreed-to"  # "agreed that Hungary would buy jets from Sweden"
        to_buy = (
            noun is not None
            and re.match(  # "signed an agreement ... to buy jets from X":
                r"[^.;]{0,40}?\bto\s+(?:buy|purchase|acquire|order)\b", s.text[lo + noun.end() : hi]
            )
        )  # the purchase is what the agreement settles
        trade = (
            self._buyer_seller(s, lo, hi, agreed=agreed or bool(to_buy))
            if rule == "agreement.noun-verb" or agreed
            else None
        )
        if trade and (
            len(parties) < 2 or agreed
        ):  # "India, which buys jets from France under a deal"
            parties, atype = trade[0], "arms-sale"
        if len(parties) == 1 and atype == "access":  # "troops stationed in Saudi Arabia under
            parties = self._with_host(s, lo, hi, parties)  # a protocol": the host is a party
        maker = self._arms_maker(s, lo, hi) if len(parties) == 1 else None
        if maker and maker != parties[0]:  # "Ankara signed a deal in December to buy the
            parties, atype = (*parties, maker), "arms-sale"  # Russian S-400 system": Russia
        if not parties:
            refs = group_refs(clause)
            if refs and self.d.group and refs[0][2] in (None, len(self.d.group.actors)):
                parties = self.d.group.actors  # ("the two sides": not the four last named)
        if (
            rule == "agreement.named-standing"
            and not parties
            and named is not None
            and not re.fullmatch(
                self.lex.alternation("agreement", "standing", longest=True), named.group(1), re.I
            )
        ):
            return None  # "under the Lombok Treaty": a name alone does not say whose it is
        standing = self._standing_kind(clause)
        lede = (
            self.st.lede_pair
            if standing
            and not parties
            and self.st.lede_pair
            and (  # (the sentence names one, or tells the pact's signing: "New START, signed
                {m.key for m in s.mentions} & set(self.st.lede_pair)  # in Prague in April 2010")
                or _SIGNED_WHEN.search(clause)
            )
            else None
        )
        broker = _BROKER.search(clause) if definite else None
        if broker:  # "Kushner, who helped broker the deal, attended the signing": the broker
            brokers = s.actors(lo, lo + broker.start())  # is no party to the deal
            parties = tuple(p for p in parties if not brokers or p != brokers[-1].actor)
        if len(parties) == 1 and named is not None:  # "where he and Esper signed the BECA at
            parties = self._summit_pair(s, t1, hi, parties)  # the U.S.-India dialogue"
        if len(parties) < 2 and (definite or rule == "agreement.named-dated" or named or lede):
            base = last.parties if last is not None and definite else self.d.subject
            base = lede or base  # (the story's two, not the last subject: "The VFA, ...")
            if not base and rule == "agreement.named-standing" and self.d.group:
                base = self.d.group.actors  # "Japan and Peru are allies. ... under the VFA"
            parties = tuple(dict.fromkeys((*parties, *base)))
            pair = self.d.group.actors if self.d.group else ()
            if (
                named is not None
                and len(parties) == 1
                and len(pair) == 2
                and parties[0] in pair
                and all(a in self.lex.nations for a in pair)
                and not self._multilateral(named.group(1))
                and _TIES_TOLD.search(self.st.previous_text)
            ):  # "India and the United States have deepened defence links. India signed the
                parties = pair  # Logistics Exchange Memorandum of Agreement in 2016": the pair
        elif len(parties) == 1 and parties[0] in self.d.subject:
            parties = self.d.subject
        elif (
            not parties
            and last is not None
            and (
                self._another(s, lo, noun)
                or (  # (the deal of the sentence or two before, with no one else's fact since)
                    self._also_signed(s, lo, noun)
                    and s.start - last.evidence[-1].end <= 300
                    and all(
                        set(f.parties) <= set(last.parties)
                        for f in self.facts[self._index_of(last) :]
                    )
                )
                or (last.evidence[0].start == s.start and re.match(r"\W*and\b", clause))
            )
        ):  # "A separate military agreement was also signed", "and ministers put their names
            parties, group_date = last.parties, group_date or last.date  # to an accord": the
            # parties of the deal just told, on its day
        if len(parties) == 1 and atype in ("arms-sale", "other"):  # "Warsaw signed a $4.6
            seller = self._known_seller(parties[0], s.systems(lo, hi))  # billion agreement for
            if seller:  # 32 F-35As": a purchase from the U.S.
                parties, atype = (*parties, seller), "arms-sale"
        bought = _BUY_FROM.search(s.text, lo, hi) if len(parties) == 1 else None
        if bought and not (s.systems(lo, hi) or _ARMS_BOUGHT.search(bought.group("what"))):
            bought = None  # ("agreed to buy more oil from Russia": no arms)
        seller_named = [
            m.actor for m in s.actors(bought.end(), hi)
            if m.kind == "nation" and s.local(m.start) == bought.end()
            and not re.match(r"['’]", s.text[s.local(m.end) :])  # (not "from France's Naval
        ] if bought else []  # fmt: skip  # Group": a firm's)
        if seller_named and seller_named[0] != parties[0]:  # "agreed in 2017 to buy the system
            parties, atype = (*parties, seller_named[0]), "arms-sale"  # from Russia": the seller
        if len(parties) == 1:  # "The Prime Minister and President Emmanuel Macron today signed
            parties = self._summit_pair(s, t1, hi, parties)  # the Northwood Declaration at the
            # 37th UK-France Summit": the pair named with the summit
        if len(parties) < 2:
            return None
        if (
            all(p in self.orgs and self.orgs[p].kind == "political-party" for p in parties)
            and len({self.orgs[p].country for p in parties}) == 1
        ):  # "the coalition and the CDU/CSU agreed on the details": a country's politics (not
            return None  # the Vietnamese and Chinese communist parties' agreements)
        if last is not None and set(parties) == set(last.parties) and self._another(s, lo, noun):
            group_date = group_date or last.date  # "A separate agreement was also signed"
        fallback = group_date or (self.d.subject_date if rule == "agreement.agreed-to" else None)
        if (
            fallback is None
            and rule == "agreement.noun-verb"
            and self.st.last_date == self.article_date
            and self.st.last_date_paragraph == s.paragraph
        ):
            # a signing reported in the same paragraph as the day's event happened that day
            fallback = self.st.last_date
        date = self.date_near(s, lo, hi, t1)
        year_only = (
            _YEAR_ONLY.search(clause)
            or (named is not None and _YEAR_BEFORE.search(s.text[lo : lo + named.start()]))
            or (pair is not None and re.search(r"\b(?:19|20)\d\d\s+[^\s]+[-–/]\S*\s", clause))
        )  # ("the 1951 U.S.-Philippines Mutual Defense Treaty": the year is all it tells)
        if date is not None and _SIGNED_IN_YEAR.match(s.text, t1):
            date = None  # "said on Thursday ... the treaty the two signed in 2017": its year
        if date is None and not year_only:
            date = fallback  # "a treaty the two concluded in 2000": no month, no date
        if pair is not None and year_only and rule == "agreement.named-dated":
            date = None  # "invoked the 1951 U.S.-Philippines treaty on Monday": not its day
        named_year = (
            _YEAR_BEFORE.search(s.text[lo : lo + named.start()]) if named is not None else None
        )
        if date and named_year and int(date[:4]) > int(named_year.group()):
            date = None  # "would trigger U.S. obligations under the 1951 Mutual Defense
            # Treaty", said on Thursday: the year is the treaty's, the day the remark's (but
            # "signed the 2026 Special Measures Agreement on Thursday", a year ahead, is that day's)
        restated = _YEAR_APPOSITIVE.match(s.text, lo + named.end()) if named is not None else None
        if restated and (date is None or restated.group(1) < date[:4]):  # "his February 2020
            date, year_only = None, restated  # decision to scrap the Visiting Forces Agreement,
            # a 1998 pact": the pact's year, not the decision's
        if _RATIFIED.search(s.text, lo, t1):
            date = None  # "the parliament on Wednesday approved the agreement": not its signing
        label = named.group(1).strip() if named else f"{'–'.join(parties)} {atype} agreement"
        if named is None and rule == "agreement.fms":
            label = f"proposed sale to {parties[-1]}"
        fact = Fact(
            "agreement",
            label,
            head=head(noun.group() if noun else named.group() if named else "agreement"),
            type=atype,
            parties=parties,
            date=date,
            amount=self.amount(s, lo, hi) or self._fms_price(s, hi, rule) or self._valued(s, hi),
            systems=self._clause_systems(s, lo, hi),
            announced_by=self._announcer(s),
            evidence=[self.evidence(s, rule, 0.8 if rule == "agreement.noun-verb" else 0.7)],
        )
        if date is None and year_only:  # an earlier agreement is not today's restated
            fact.year = re.search(r"(?:19|20)\d\d", year_only.group()).group()  # type: ignore[union-attr]
        if self._another(s, lo, noun) or self._also_signed(s, lo, noun):
            fact.distinct = True
        return fact

    def _valued(self, s: Sentence, hi: int) -> Amount | None:
        """The value an aside after the clause gives the deal (", with a total value of about
        868 million euros", ", worth $1 billion").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Romania signed a framework agreement with Germany for 20 tanks, with a "
            ...      "total value of about 868 million euros.")
            >>> [str(f.amount.value) for f in extract_text(t).facts if f.amount]
            ['868000000']
        """
        aside = _VALUED_ASIDE.match(s.text, hi)
        money = [  # (the aside names the deal's own total: no estimate filter applies)
            m for m in s.money
            if aside and s.local(m.start) == aside.end()
            and not (m.converted or m.is_range)
        ]  # fmt: skip
        return Amount(Decimal(money[0].value), money[0].currency) if money else None

    def _fms_price(self, s: Sentence, hi: int, rule: str) -> Amount | None:
        """The price of a notified sale told after an aside that ends its clause ("a possible
        sale of three radars, with spares and training, for an estimated cost of $355
        million"): the next amount of the sentence, unless another sale comes first.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The State Department approved a possible sale to Egypt of three radars, "
            ...      "with spares and training, for an estimated cost of $355 million.")
            >>> [str(f.amount.value) for f in extract_text(t).facts if f.amount]
            ['355000000']
        """
        if rule != "agreement.fms":
            return None
        end = re.search(r"\b(?:sales?|cases?|notifications?)\b|;", s.text[hi:])
        return self.amount(s, hi, hi + end.start() if end else len(s.text))

    @staticmethod
    def _with_host(s: Sentence, lo: int, hi: int, parties: tuple[str, ...]) -> tuple[str, ...]:
        """The state an access agreement's forces are in ("stationed in Saudi Arabia"), after
        the party whose forces they are."""
        hosts = [
            m.key for m in s.mentions
            if m.kind == "nation" and m.role == "place" and lo <= s.local(m.start) < hi
            and m.form == "name" and m.key != parties[0]
            and re.search(r"\b(?:stationed|based|deployed|rotat\w+)\s+in\s+(?:the\s+)?$",
                          s.text[: s.local(m.start)])
        ]  # fmt: skip
        return (*parties, hosts[0]) if hosts else parties

    @staticmethod
    def _summit_pair(s: Sentence, t1: int, hi: int, parties: tuple[str, ...]) -> tuple[str, ...]:
        """The pair of states named with the summit or talks a signing was held at after local
        ``t1`` ("at the 37th UK-France Summit", 'at the third U.S.-India "2+2" dialogue'), when
        it holds the one party the clause named; else ``parties``."""
        pairs = [
            unique_actors(r) for r in runs(s, s.actors(t1, hi))
            if len(r) == 2 and re.fullmatch(r"-", s.text[s.local(r[0].end) : s.local(r[1].start)])
            and _SUMMIT_AFTER_PAIR.match(s.text[s.local(r[1].end) :])
            and re.search(r"\b(?:at|during)\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,2}$",
                          s.text[: s.local(r[0].start)])
        ]  # fmt: skip
        if len(pairs) == 1 and parties[0] in pairs[0] and len(pairs[0]) == 2:
            return pairs[0]
        return parties

    @staticmethod
    def _another(s: Sentence, lo: int, noun: re.Match[str] | None) -> bool:
        """ "The two sides also signed a shiprider agreement", "a separate agreement": a new
        document, not the one reported before."""
        if noun is None:
            return False
        before = s.text[lo : lo + noun.start()]
        return bool(
            re.search(r"\b(?:another|separate|second|further)\s+(?:[\w-]+\s+){0,3}$", before)
            or re.search(r"\balso\s+(?:\w+\s+){0,2}(?:an?)\s+(?:[\w-]+\s+){0,3}$", before)
            or re.search(r"\balso\s+(?:\w+\s+){1,3}other\s+$", before)  # "also exchanged
            # several other documents": others than the one told
        )

    def _signed_by_group(self, s: Sentence, lo: int, hi: int) -> tuple[str, ...] | None:
        """The signers of "signed by the four states and by Egypt" in ``s.text[lo:hi]``: the
        states the group reference stands for and those named after "and by"; None when the
        clause names no such group or it stands for no group told.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Saudi Arabia, the UAE, Qatar and Bahrain met in Al-Ula. The declaration was "
            >>> t += "signed by the four states and by Egypt."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('SAU', 'ARE', 'QAT', 'BHR', 'EGY')]
        """
        grouped = _SIGNED_BY_GROUP.search(s.text, lo, hi)
        if grouped is None:
            return None
        at = grouped.end()
        ref = next((r for r in group_refs(s.text[at:hi]) if r[0] == 0 and r[2]), None)
        group = self._group_for(s, at, ref[2], True) if ref else None
        if ref is None or group is None:
            return None
        also = re.match(r",?\s+and\s+(?:also\s+)?by\s+", s.text[at + ref[1] :])
        more = self.objects(s, at + ref[1] + also.end(), window=1) if also else []
        return tuple(dict.fromkeys((*group.actors, *unique_actors(more))))

    def _index_of(self, fact: Fact) -> int:
        """Where ``fact`` is in the facts found so far (their number when it is not there)."""
        return next((i for i, f in enumerate(self.facts) if f is fact), len(self.facts))

    @staticmethod
    def _also_signed(s: Sentence, lo: int, noun: re.Match[str] | None) -> bool:
        """ "An agreement on a credit line was also signed": one more document, of the parties
        of the one just told.

        Example:
            >>> t = "An agreement on a $50 million credit line was also signed."
            >>> AgreementRules._also_signed(Sentence(0, 0, len(t), t, "body", 0), 0,
            ...                             re.search("agreement", t))
            True
        """
        if noun is None:
            return False
        return (
            re.fullmatch(r"\W*(?:An?)\s+(?:[\w-]+\s+){0,2}", s.text[lo : lo + noun.start()])
            is not None
            and re.search(
                r"\b(?:was|were)\s+also\s+(?:signed|concluded|inked|exchanged)\b",
                s.text[lo + noun.end() :],
            )
            is not None
        )

    def agreement_type(self, clause: str, rule: str) -> str:
        if rule == "agreement.fms":
            return "arms-sale"
        if rule == "agreement.codevelopment":
            return "defense-cooperation"
        clause += "".join(  # "on military, security and counter-terrorism cooperation": each
            f" {word} {m.group('head')}."  # word with the noun ("military cooperation")
            for m in _SHARED_HEAD.finditer(clause)
            for word in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m.group("words"))
        )
        for name in self.lex.patterns["agreement"]["types"]:
            keywords = words("agreement", "types", name)
            found = keywords.search(clause)
            while found and _NOT_DEFENCE.search(clause, 0, found.start()):
                found = keywords.search(clause, found.end())  # ("a social security agreement")
            if found:
                return name
        return "other"

    def _between(
        self, s: Sentence, lo: int, hi: int, noun: re.Match[str] | None
    ) -> tuple[str, ...]:
        """The parties an agreement's own words name: "a memorandum ... between A and B"."""
        if noun is None:
            return ()
        m = re.match(
            r"(?:\s+(?!(?:tensions?|relations|ties|tie|borders?|conflicts?|disputes?|war|rivalry"
            r"|trade|talks|gap|balance|cooperation|rifts?|friction|standoff|rows?|feuds?"
            r"|spats?|summits?|meetings?|clash(?:es)?|fighting|crisis|confrontation|differences"
            r"|negotiations|amid|despite|after|following|over|during|as|links?|mediate|corridors?"
            r"|routes?|lines?|pipelines?|railways?|roads?|bridges?)\b)[\w-]+){0,8}?"
            r"\s+between\s+(?:the\s+)?"
            r"|(?:\s+(?:of\s+)?(?:[Uu]nderstanding|[Ii]ntent|[Cc]ooperation)){0,2}\s+among(?:st)?\s+"
            + _GOVERNMENTS_OF,
            s.text[lo + noun.end() : hi],
        )  # ("a Memorandum of Understanding among the Governments of India, Sri Lanka and the
        # UAE"; not "a memorandum ... that was popular among the leaders of")
        if m is None:
            return ()
        at = lo + noun.end() + m.end()
        run = self.objects(s, at, window=1) or [
            x for x in s.actors(at, at + 1) if s.local(x.start) == at
        ]  # (a run the objects refuse for its last name heading a noun: "the P5+1 group")
        joined = _AND_THE.match(s.text, s.local(run[-1].end)) if len(run) == 1 else None
        grouping = next(  # "between Iran and the P5+1 group of world powers": the grouping too
            (
                x for x in s.mentions
                if joined and s.local(x.start) == joined.end() and x.kind == "org"
                and _GROUPING_HEAD.match(s.text, s.local(x.end))
            ),
            None,
        )  # fmt: skip
        return tuple(unique_actors([*run, grouping] if grouping else run))

    def _titled_signers(self, s: Sentence, start: int, hi: int) -> tuple[str, ...]:
        """The states of a list of signers each told by state and office.

        "signed by Qatar's Emir Sheikh Tamim, Saudi King Abdullah and Kuwait's Emir Sheikh
        Sabah": each item starts with its state and an office (or is a known person); the
        list ends at the first item that does not.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The accord was signed in 2013 by Qatar's Emir Sheikh Tamim, Saudi King "
            ...      "Abdullah and Kuwait's Emir Sheikh Sabah.")
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('QAT', 'SAU', 'KWT')]
        """
        keys: list[str] = []
        pos = start
        while pos < hi:
            sep = _SIGNER_ITEM_END.search(s.text, pos, hi)
            end = sep.start() if sep else hi
            at = pos + (4 if s.text.startswith("the ", pos) else 0)  # ("and the UAE's ...")
            first = next((m for m in s.mentions if s.local(m.start) == at), None)
            if (
                first is None
                or first.kind != "nation"
                or s.local(first.end) > end
                or (first.form != "person" and not _STATE_OFFICE.match(s.text, s.local(first.end)))
            ):
                return ()  # an item of another kind: a list not read whole gives no parties
            keys.append(first.key)
            if sep is None or not re.match(r",|\s+and\b", sep.group()):
                break
            pos = sep.end()
        return tuple(dict.fromkeys(keys)) if len(keys) >= 2 else ()

    def _pair_adjective(self, s: Sentence, lo: int, head: re.Match[str]) -> tuple[str, ...]:
        """The two parties an adjective names by itself right before the agreement's noun
        (patterns.toml [agreement] pair_adjectives: "inter-Korean", "cross-strait"), or ().

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Seoul suspended the inter-Korean military agreement signed in September 2018."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('KOR', 'PRK')]
        """
        pairs: dict[str, list[str]] = self.lex.patterns["agreement"]["pair_adjectives"]
        before = s.text[lo : lo + head.start()]
        for word, pair in pairs.items():
            if re.search(rf"\b{re.escape(word)}\s+(?:[\w'’-]+\s+){{0,3}}$", before, re.I):
                return (pair[0], pair[1])
        return ()

    def _pair_before(
        self, s: Sentence, lo: int, head: re.Match[str] | None
    ) -> tuple[str, str] | None:
        """Two states joined by a hyphen or dash in an agreement's own noun phrase ("the
        U.S.-Philippines Mutual Defense Treaty", "a Japan–Philippines access agreement").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Manila invoked the 1951 U.S.-Philippines Mutual Defense Treaty on Monday."
            >>> ex = extract_text(t, date="2024-06-19")
            >>> [(f.parties, f.date) for f in ex.facts if f.kind == "agreement"]
            [(('USA', 'PHL'), None)]
        """
        if head is None:
            return None
        end = lo + head.end()
        states = [m for m in s.mentions if m.kind == "nation" and s.local(m.end) <= end]
        for a, b in itertools.pairwise(states):
            if (
                re.fullmatch(r"\s?[-–/]\s?", s.text[s.local(a.end) : s.local(b.start)])
                and re.fullmatch(
                    r"(?:\s+(?:[A-Z][\w'’-]*|[a-z]+(?=\s+[a-zA-Z])))*\s+[\w'’ -]*",
                    s.text[s.local(b.end) : end],
                )
                and s.local(b.end) >= end - 60
                and a.key != b.key
            ):
                return (a.key, b.key)
        return None

    def _owner(self, s: Sentence, lo: int, named: re.Match[str]) -> str | None:
        """The state whose possessive opens a named agreement ("Norway's Supplementary Defence
        Cooperation Agreement"): a party to it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile signed a pact with Peru on Monday. Norway's Defence Cooperation "
            >>> t += "Agreement with Japan, signed in April 2021, set the template."
            >>> [f.parties for f in extract_text(t, date="2023-12-20").facts][1]
            ('NOR', 'JPN')
        """
        start = lo + named.start(1)
        for m in s.mentions:
            if (
                m.kind == "nation"
                and start - 12 <= s.local(m.start) <= start
                and re.match(r"['’]s\s", s.text[s.local(m.end) :])
            ):
                return m.key
        return None

    def _with_parties(self, s: Sentence, lo: int, hi: int, have: int = 0) -> list[str]:
        """The states after "with" or "between" in a clause; once ``have`` parties are known
        (two or more), only those before a participial aside (", papering over differences on
        how to deal with Tehran" names no party, ", cementing ties with Chile" may).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru and Chile signed a pact, papering over differences with Bolivia."
            >>> [f.parties for f in extract_text(t).facts]
            [('PER', 'CHL')]
        """
        out: list[str] = []
        aside = re.search(r",\s+(?!including\b)[a-z]+ing\b", s.text[lo:hi])
        hi = lo + aside.start() if aside and have >= 2 else hi
        for m in re.finditer(r"\b(?:with|between)\s+", s.text[lo:hi]):  # "the" may be the name's
            if _AT_ODDS.search(s.text, 0, lo + m.start()):
                continue  # "two countries that are both at odds with Ethiopia": no party
            out += unique_actors(self.objects(s, lo + m.end(), window=1))
        return out

    def _sale_parties(
        self, s: Sentence, lo: int, hi: int, parties: tuple[str, ...], rule: str, t0: int
    ) -> tuple[str, ...]:
        start = lo
        critic = _CRITICIZED.search(s.text, lo, t0)
        if critic:  # "Wei criticized Washington's decision to approve a possible sale": the
            lo = critic.end()  # critic is no party to the sale
        after = list(_AFTER_THEY.finditer(s.text, lo, t0)) if rule == "agreement.fms" else []
        if after and any(  # "China said it would suspend exchanges, a day after Washington
            a != "USA" and a in self.lex.nations  # notified Congress of arms sales to the
            for found in self._named_buyers(s, after[-1].end(), hi, t0, True)  # island": the
            for a in found  # notifying
        ):  # clause's, not the reacting subject's (but "Taiwan thanked Washington after the
            lo = after[-1].end()  # State Department approved a sale": Taiwan's)
        if lo != start:  # (the parties named before the cut are none of the sale's)
            parties = tuple(a for a in parties if a in {m.actor for m in s.actors(lo, hi)})
        out = list(parties)
        # "..., exposing itself to possible U.S. sanctions": what the deal does (patterns.toml
        # [agreement] effects) names no buyer; but "a possible sale of 40 F-16 jets, totaling $23
        # billion, to Turkey" names it after, and "equipment, training and repair" is a noun
        aside = self.lex.compiled(
            "agreement.effects",
            lambda: (
                rf",\s+(?:{self.lex.alternation('agreement', 'effects')})\b"
                r"(?![^,;.]*,\s+(?:to|for)\s)"
            ),
        ).search(s.text, t0, hi)
        hi = aside.start() if aside else hi
        for found in self._named_buyers(s, lo, hi, t0, rule == "agreement.fms"):
            # "notified to Congress": a legislature is told of a sale, by its own state
            told = [a for a in found if a in self.orgs and self.orgs[a].kind == "legislature"]
            found = [a for a in found if a not in told]
            for a in told:
                if (state := self.orgs[a].country) and state not in out:
                    out.insert(0, state)
            out.extend(found)
            if any(a != "USA" and a in self.lex.nations for a in found):
                break  # "sale ... to Türkiye"; "for X" only when no "to X"
        fms_here = bool(
            re.search(r"foreign military sale|state department|dsca|\bFMS\b", s.text, re.I)
        )
        self.st.fms = self.st.fms or fms_here
        if rule == "agreement.fms" and "USA" not in out and self.st.fms:
            out.insert(0, "USA")
        if rule == "agreement.fms":
            out += [
                m.actor
                for m in s.actors(lo, hi)
                if s.local(m.start) < t0
                and m.actor != "USA"
                and m.actor in self.lex.nations
                and not self._possessed_object(s, m)
            ]
        foreign = [p for p in out if p != "USA" and p in self.lex.nations]
        if rule == "agreement.fms" and not foreign:
            foreign = [  # "approved the possible sale ... to recertify PAC-3 missiles already in
                m.key  # Taiwan's inventory": the state whose arms the sale is for
                for m in s.mentions
                if m.kind == "nation" and m.key != "USA" and t0 <= s.local(m.start) < hi
                and re.search(r"\bin\s+$", s.text[: s.local(m.start)])
                and re.match(r"['’]s?\s+(?:inventory|arsenal|fleet|forces|military|army|navy"
                             r"|air\s+force|armed\s+forces)\b", s.text[s.local(m.end) :])
            ][:1]  # fmt: skip
            out += foreign
        if rule == "agreement.fms" and not foreign:
            foreign = [  # "..., saying the Taipei Economic and Cultural Representative Office
                state  # had requested the services": who asked for the sale buys
                for m in s.actors()
                if _REQUESTED.match(s.text, s.local(m.end))
                and (state := m.state or m.actor) in self.lex.nations
                and state != "USA"
            ][:1]
            out += foreign
        if rule == "agreement.fms":
            if foreign:
                self.st.last_buyer = foreign[-1]
            elif self.st.last_buyer:
                out.append(self.st.last_buyer)
            else:  # "approved the possible sale": to the foreign state the text is about
                prev = self.st.previous
                sold_to = [  # (the one a sale was told to just before: "urged the U.S. to cancel
                    m.actor  # a planned sale of 66 F-16 jets to Taiwan")
                    for m in (prev.actors() if prev is not None else [])
                    if m.actor in self.lex.nations and m.actor != "USA"
                    and _SALE_TO_BEFORE.search(prev.text, 0, prev.local(m.start))
                ]  # fmt: skip
                recent = [*sold_to[:1], *self.d.subject, *self.st.prev_states]
                out += [p for p in recent if p != "USA" and p in self.lex.nations][:1]
            out = [  # "giving Manila a choice between Boeing's Apache and Bell's Viper": the
                p for p in out  # makers are no party to a government-to-government sale
                if not (p in self.orgs and self.orgs[p].kind == "company")
            ]  # fmt: skip
        return tuple(dict.fromkeys(out))

    def _named_buyers(
        self, s: Sentence, lo: int, hi: int, t0: int, fms: bool = False
    ) -> list[list[str]]:
        """The actors a sale's clause ``lo:hi`` names as its buyer: those after "to" (or
        "cleared", "approved"), then those after "for". An epithet after "to" names the state it
        stands for ("arms sales to the island").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Taiwan thanked Washington. China protested, a day after Washington notified "
            ...      "Congress of arms sales to the island worth $2 billion.")
            >>> facts = extract_text(t, date="2025-03-14").facts
            >>> [f.parties for f in facts if f.kind == "agreement"]
            [('USA', 'TWN')]
        """
        lists = []
        for cue in (r"\b(?:to|cleared|clears|approved)\s+(?:the\s+)?", r"\bfor\s+(?:the\s+)?"):
            found = [
                a
                for buyer in re.finditer(cue, s.text[lo:hi])
                # "a purchase that ... the tanks it has handed to Ukraine": not the buyer
                if not re.search(r"\b(?:that|which|who)\b", s.text[t0 : lo + buyer.start()])
                and not (fms and _PURPOSE.match(s.text, lo + buyer.start()))
                # (nor a notified sale's purpose: "a sale of anti-ship missiles to deter China";
                # but "to sustain Taiwan's communications systems" names whose they are)
                for a in unique_actors(
                    [
                        m
                        for m in self.objects(s, lo + buyer.end(), window=1)
                        if not self._maker(s, m)
                    ]
                )
            ]
            if not found and cue.startswith(r"\b(?:to"):
                found = [  # "arms sales to the island": the state the epithet names again
                    state
                    for e in _EPITHET_BUYER.finditer(s.text, max(lo, t0), hi)
                    if (state := self.epithet_state(s, e.start(1), e.group(1), ("USA",)))
                ][:1]
            lists.append(found)
        return lists

    @staticmethod
    def _clause_systems(s: Sentence, lo: int, hi: int) -> tuple[str, ...]:
        """The systems the clause names ("..., hours before Washington cleared F-15s": not the
        Rafales of the clause before), else those of the sentence."""
        return tuple(s.systems(lo, hi)) or tuple(s.systems())

    def _the_contract(self, s: Sentence, lo: int, noun: re.Match[str]) -> bool:
        """ "the deal" right after a contract was reported (and no agreement since) is that
        contract."""
        ctx = self.st.contract_context
        if (
            ctx is None
            or s.index - ctx.sentence > 2
            or noun.group().lower() not in ("deal", "order")
        ):
            return False
        if not re.search(r"\b(?:the|that|this)\s+$", s.text[lo : lo + noun.start()]):
            return False
        last = self.st.last_agreement
        return last is None or last.evidence[0].start < s.start - 1000

    def _the_document_again(self, s: Sentence, lo: int, noun: re.Match[str], fact: Fact) -> bool:
        """A bare "the document" (statement, agreement, deal, text) that some of the parties
        of the agreement just reported signed: that agreement again, no other (the same
        parties signing it again tell its signing, ``_told_signing_day``).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("MOSCOW, Nov. 10, 2020 - Armenia, Azerbaijan and Russia signed a ceasefire "
            ...      "agreement on Monday. Aliyev signed the document during a video conference "
            ...      "with Putin.")
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('ARM', 'AZE', 'RUS')]
        """
        last = self.st.last_agreement
        if (
            last is None
            or noun.group().lower() not in _AGAIN_NOUNS
            or not re.search(r"\b[Tt]he\s+$", s.text[lo : lo + noun.start()])
            or not (
                _AGAIN_AFTER.match(s.text, lo + noun.end())
                or _SIGNED_PASSIVE.match(s.text, lo + noun.end())
            )  # ("The document was signed separately by officials in each of the capitals")
            or re.search(r"\b(?:also|separately|another)\b", s.text[: lo + noun.start()])
            or (fact.date is not None and last.date is not None and fact.date != last.date)
            or not 0 < s.start - last.evidence[-1].end <= 400
        ):
            return False  # (not "signed the agreement on the joint monitoring centre", "also
            # signed the deal for submarines")
        if set(last.parties) < set(fact.parties):  # "... after the three leaders signed the
            last.parties = tuple(dict.fromkeys((*last.parties, *fact.parties)))  # document":
            last.evidence.append(fact.evidence[-1])  # the host signed it too
            return True
        return set(fact.parties) < set(last.parties)

    def _maker(self, s: Sentence, m: Mention) -> bool:
        """A company named as the maker of the system after it ("36 Boeing F-15s")."""
        if m.kind != "org" or self.orgs[m.key].kind != "company":
            return False
        return any(x.kind == "system" and x.start == m.end + 1 for x in s.mentions)

    def _announcer(self, s: Sentence) -> str | None:
        m = re.search(r"\b(?:announcement|announced|statement)\s+(?:by|from)\s+(?:the\s+)?", s.text)
        if m:
            for men in s.mentions:
                if men.kind == "org" and s.local(men.start) >= m.end() - 1:
                    return men.key
        return None

    def _visit_meeting(self, s: Sentence, fact: Fact, lo: int, hi: int) -> None:
        """An agreement reached "during a visit" or talks, or signed by two states' leaders
        at a named place, also reports that meeting."""
        visit = VISIT.search(s.text[lo:hi])
        states = [  # (and a bloc that signs for itself: "signed by the EU's Borrell and ...")
            p for p in fact.parties
            if p in self.lex.nations
            or (p in self.orgs and self.orgs[p].kind == "international-organization")
        ]  # fmt: skip
        people = [
            m for m in s.mentions
            if m.form == "person" or self.official(s, m)
            or (m.kind == "nation" and _TITLED_AFTER.match(s.text, s.local(m.end)))
            or (m.kind == "nation" and self._office_after(s, m))
        ]  # fmt: skip  # "Chile's President Ana Diaz", "Seoul's chief negotiator": officials too
        signed = re.search(r"\b(?:sign(?:ed|s)|initiall?ed|inked)\b", s.text[lo:hi])
        place = self._location(s, None)
        if not visit and self._host_visit(s, fact, lo, hi):
            return
        talks = AFTER_TALKS.search(s.text[lo:hi])  # "signed ..., following talks"
        leaders = {  # (a state's titled official named too: "Maldives Minister of Defence
            m.actor  # Mariya Didi")
            for m in s.mentions
            if (m in people and m.form == "person")
            or (
                m.kind == "nation"
                and _NAMED_OFFICE.match(s.text, s.local(m.end))
                and signed is not None
                and s.local(m.start) < lo + signed.start()
            )  # (an official the signers' clause names, not one who "left for Colombo")
        }
        day = fact.date or self._told_signing_day(s, fact) or self.around_event_day(s)
        dated = day is not None and len(day) == 10
        home = self._dateline_state()
        recent = dated and self.article_date and _days_before(day, self.article_date, 7)
        if (
            not place and not talks and len(leaders) > 1 and self.place
            and (home is None or home in states)
            and (recent or day == self.article_date)
        ):  # fmt: skip
            place = self.place  # "Merkel and Macron signed a treaty on Tuesday" in an AACHEN
            # story: two named leaders signing that week sign it there (not in a WASHINGTON
            # story of a Putin-Xi signing: a third state's capital)
        if _SIGNED_YEAR_NEAR.search(s.text, lo, hi):
            return  # "the treaty the two countries signed in 2017": a signing long past
        if (
            dated
            and self.article_date
            and _SIGNED_ASIDE.search(s.text, lo, hi)
            and not _days_before(day, self.article_date, 60)  # type: ignore[arg-type]
            and day != self.article_date
        ):
            return  # "the Abraham Accords, signed at the White House on September 15, 2020", in
            # a story of 2022: a background signing, named by the deal it made
        if (
            not visit
            and signed
            and len(states) > 1
            and (place or talks)
            and (len(people) > 1 or (place and dated and not _SIGNED_APART.search(s.text)))
        ):  # (two states that signed at a place on a day sent someone there: "Japan and the
            # Philippines signed the transfer agreement in Manila on Monday")
            date = day or self.st.last_date
            self.emit(
                Fact(
                    "meeting",
                    f"signing of {fact.label}",
                    parties=tuple(states),
                    date=date,
                    location=place,
                    evidence=[self.evidence(s, "meeting.signing", 0.6)],
                )
            )
            return
        if not visit:
            return
        if all(p in self.orgs and self.orgs[p].kind == "company" for p in fact.parties):
            return  # "During the same visit, Damen and Karachi Shipyard signed a memorandum":
            # two firms' deal, no meeting of theirs
        date = fact.date or self.st.last_date
        label = s.text[lo + visit.start() + len("during ") : lo + visit.end()]
        self.emit_meeting(s, label, fact.parties, date, "visit", 0.6)

    def _told_signing_day(self, s: Sentence, fact: Fact) -> str | None:
        """The day of the signing a sentence without a date of its own tells again: "South Korea
        and the United States on Thursday signed a six-year agreement ... Foreign Minister Chung
        and the U.S. charge d'affaires signed the agreement at the foreign ministry in Seoul" (the
        same parties' agreement, dated to the day, in one of the two sentences before).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("SEOUL, April 8, 2021 — South Korea and the United States on Thursday "
            ...      "signed a cost-sharing agreement. Foreign Minister Chung Eui-yong and U.S. "
            ...      "Ambassador Harry Harris signed the agreement at the ministry in Seoul.")
            >>> [(f.parties, f.date, f.location) for f in extract_text(t).facts
            ...  if f.kind == "meeting"]
            [(('KOR', 'USA'), '2021-04-08', 'Seoul')]
        """
        if s.dates:
            return None
        told = [
            f.date
            for f in self.facts
            if f.kind == "agreement"
            and f is not fact
            and set(f.parties) == set(fact.parties)
            and f.date
            and len(f.date) == 10
            and f.evidence
            and 0 <= s.start - f.evidence[-1].end <= 600
        ]
        return told[-1] if told else None

    def _purchase(self, s: Sentence, lo: int, hi: int) -> bool:
        """ "Pakistan ordered eight submarines from China": a state's purchase of weapon systems
        from another state is an arms-sale agreement between the two (from a company, it is a
        contract). True when a purchase was found."""
        found = self._buyer_seller(s, lo, hi, companies=True)
        if found is None:
            self._sold_to(s, lo, hi)
            return False
        parties, bought, t1 = found
        bought_too = _AND_BOUGHT.search(s.text, lo, t1)
        if bought_too:  # "Turkey sold TB2 drones to Ukraine in 2019 and bought S-400 systems
            self._sold_to(s, lo, bought_too.start())  # from Russia": the sale too, and the
            opener = s.actors(lo, bought_too.start())[:1]  # clause's subject is the buyer
            if (
                opener
                and re.fullmatch(r"\W*(?:the\s+)?", s.text[lo : s.local(opener[0].start)])
                and opener[0].actor in self.lex.nations
                and opener[0].actor != parties[1]
            ):
                parties = (opener[0].actor, parties[1])
        relative = _BOUGHT_WHICH.search(s.text, lo, hi)
        if (
            relative and relative.start() < t1
        ):  # "..., which India purchased from France in 2016, flew on Monday": the
            close = re.search(r",|\s+and\s+[a-z]+ed\b", s.text[t1:hi])  # relative clause's own
            hi = t1 + close.start() if close else hi  # date only
            lo = relative.start()
        date = self._purchase_date(s, lo, hi, t1)
        if parties[1] not in self.lex.nations:  # "ordered 30 howitzers from Hanwha": a contract
            contract = Fact(
                "contract",
                f"{parties[1]} production contract",
                type="production",
                awardee=parties[1],
                awarder=parties[0],
                amount=self.amount(s, lo, len(s.text)),
                systems=bought,
                customers=(parties[0],),
                date=date,
                evidence=[self.evidence(s, "contract.ordered-from", 0.7)],
            )
            self.emit(contract)
            return True
        fact = Fact(
            "agreement",
            f"{parties[0]} purchase from {parties[1]}",
            head="agreement",
            type="arms-sale",
            parties=parties,
            date=date,
            amount=self.amount(s, lo, hi),
            systems=bought,
            evidence=[self.evidence(s, "agreement.purchase-from", 0.6)],
        )
        year = re.search(  # (the purchase's year, not one in a clause of its own: "jets it
            r"\bin\s+((?:19|20)\d\d)\b(?!\s*[-–/])",
            s.text[lo:hi],  # received in 1978")
        )
        if year and re.search(
            r"\b(?:which|who|that|it|they|to\s+replace)\b", s.text[lo : lo + year.start()]
        ):
            year = None
        if date is None and year:  # "first bought F-16s from the United States in 2008": no
            fact.year = year.group(1)  # restatement of this year's sale
        self.emit(fact)
        self.st.last_agreement = fact
        return True

    @staticmethod
    def _date_after_seller(s: Sentence, seller: Mention) -> str | None:
        """The date told right after a seller ("ordered from the United States on May 2,
        2018"), not one of a later verb ("... bought from the United States arrived on
        Monday")."""
        end = s.local(seller.end)
        return next(
            (
                d.value
                for d in s.dates
                if d.value
                and re.fullmatch(r"\s+(?:in|on|last|earlier|this)?\s*", s.text[end : d.start])
            ),
            None,
        )

    def _systems_bought_from(self, s: Sentence, lo: int, hi: int) -> bool:
        """ "two Type 035G submarines purchased from China", "14 F-16 fighters ordered from the
        United States", "A-29 aircraft that Nigeria bought from the United States": named
        systems a state bought from another state, told after the systems, are an arms sale
        between the two. The buyer is the one the relative clause names, else the sentence's
        subject.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Slovakia is replacing its MiGs with 14 F-16 fighters ordered from the "
            >>> t += "United States in 2018."
            >>> [(f.parties, f.type) for f in extract_text(t, date="2019-10-15").facts]
            [(('SVK', 'USA'), 'arms-sale')]
        """
        clause = s.text[lo:hi]
        verb = _BOUGHT_FROM.search(clause)
        if verb is None:
            return False
        t0, t1 = lo + verb.start("verb"), lo + verb.end("verb")
        systems = [m for m in s.mentions if m.kind == "system" and s.local(m.end) <= t0]
        if not systems:
            return False
        gap = s.text[s.local(systems[-1].end) : t0]
        relative = _RELATIVE_BUYER.fullmatch(gap)
        if relative is None:
            return False
        scope = s.local(systems[-1].end) if relative.group("who") else _scope(s.text, lo, t0)
        if _FUTURE_SALE.search(s.text, scope, hi):
            return False
        if hedged(s.text, scope, t0, t1) or _HEARSAY.search(s.text, max(lo, t0 - 30), t0):
            return False  # ("fighters allegedly bought from China"; but "will replace the
            # fighters the UAE bought from France": the relative clause tells a past purchase)
        sellers = self.objects(s, lo + verb.end(), window=1) or self._named_at(s, lo + verb.end())
        if not sellers or sellers[0].kind != "nation":
            return False
        listed = [systems[-1]]  # the systems of the noun phrase: the last one, and those
        for m in reversed(systems[:-1]):  # listed right before it ("F-16 and F-35 fighters")
            between = s.text[s.local(m.end) : s.local(listed[0].start)]
            if not _LISTED_SYSTEMS.fullmatch(between):
                break
            listed.insert(0, m)
        bought = [m.key for m in listed]
        seller = sellers[0].key
        agent = _BY_BUYER.match(s.text, s.local(sellers[-1].end))
        if relative.group("who"):
            buyers = [m.actor for m in s.actors(s.local(systems[-1].end), t0) if m.kind == "nation"]
        elif agent:  # "tanks bought from Germany by Poland": Poland bought them
            buyers = [m.actor for m in self.objects(s, agent.end(), window=1) if m.kind == "nation"]
        else:
            buyers = list(self.subject(s, 0, s.local(listed[0].start))[0])
        buyers = [b for b in dict.fromkeys(buyers) if b in self.lex.nations and b != seller]
        if len(buyers) != 1:
            return False
        fact = Fact(
            "agreement",
            f"{buyers[0]} purchase from {seller}",
            head="agreement",
            type="arms-sale",
            parties=(buyers[0], seller),
            date=self._date_after_seller(s, sellers[-1]),  # (not the day of the sentence's
            systems=tuple(dict.fromkeys(bought)),  # verb: "boats bought ... arrived on Monday")
            evidence=[self.evidence(s, "agreement.bought-from", 0.6)],
        )
        self.emit(fact)
        self.st.last_agreement = fact
        return True

    def _learn_sellers(self, s: Sentence) -> None:
        """Remember which state a state buys a system from, as told even in passing ("the F-35A
        fighters Poland is buying from the United States"), for a later one-party purchase."""
        for m in _BUYING_FROM.finditer(s.text):
            lo, _hi = clause_of(s.text, m.start())
            seller = [x for x in self.objects(s, m.end(), window=0) if x.kind == "nation"]
            buyers = [x.actor for x in s.actors(lo, m.start()) if x.kind == "nation"]
            systems = s.systems(lo, m.start())
            if len(seller) != 1 or len(set(buyers)) != 1 or not systems:
                continue
            for key in systems:
                family = self.lex.family_of(key) or key
                self.st.sellers[(buyers[0], family)] = seller[0].actor

    def _known_seller(self, buyer: str, systems: list[str] | tuple[str, ...]) -> str | None:
        """The state the text said ``buyer`` buys one of ``systems`` from."""
        for key in systems:
            seller = self.st.sellers.get((buyer, self.lex.family_of(key) or key))
            if seller and seller != buyer:
                return seller
        return None

    def _sold_to(self, s: Sentence, lo: int, hi: int) -> None:
        """ "Russia sold 24 Su-30 jets to Algeria", "France agreed to sell Rafales to Egypt and
        Qatar": a state's sale of weapon systems to other states is an arms-sale agreement with
        each buyer.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile sold four F-16 jets to Peru and Bolivia on Monday."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('PER', 'CHL'), '2025-03-10'), (('BOL', 'CHL'), '2025-03-10')]
        """
        clause = s.text[lo:hi]
        verb = _SOLD.search(clause)
        if verb is None:
            return
        t0, t1 = lo + verb.start(), lo + verb.end()
        agreed = verb.group().lower().startswith("agreed")
        if not agreed and (
            re.search(r"\bto\s+$", clause[: verb.start()]) or _FUTURE_SALE.search(clause)
        ):
            return  # "plans to sell", "will sell"
        if hedged(s.text, _scope(s.text, lo, t0), t0, t1):
            return
        to = _TO_BUYER.search(clause, verb.end())
        first = [  # "agreed to sell Pakistan four Mi-35M helicopters": the buyer first
            m for m in s.actors(t1, hi)
            if m.kind == "nation" and re.fullmatch(r"\s+(?:the\s+)?", s.text[t1 : s.local(m.start)])
            and _COUNTED_ITEMS.match(s.text, s.local(m.end))
        ]  # fmt: skip
        stop = (
            _ITEMS_END.search(s.text, s.local(first[0].end), hi) if first else None
        )  # ("sold India five S-400 squadrons to counter Chinese J-20 fighters": the S-400 only)
        end = stop.start() if stop else hi
        if first and s.systems(s.local(first[0].end), end):
            sold = s.systems(s.local(first[0].end), end)
            run = first
        else:
            if to is None or to.start() - verb.end() > 120:
                return
            sold = s.systems(t1, lo + to.start())
            run = self.objects(s, lo + to.end(), window=1)
        if not sold:
            return
        sellers = [a for a in self.joint_subject(s, lo, t0)[0] if a in self.lex.nations]
        said = next(
            (i for i, m in enumerate(run) if _SAID_AFTER.match(s.text, s.local(m.end))), None
        )  # "... to Russia, Seoul said on Monday": Seoul is the source, no buyer
        buyers = [
            m.actor for m in run[: said if said is not None and said > 0 else None]
            if m.kind == "nation" and m.actor not in sellers
        ]  # fmt: skip
        if len(sellers) != 1 or not buyers:
            return
        date = self._purchase_date(s, lo, hi, t1)
        for buyer in dict.fromkeys(buyers):
            fact = Fact(
                "agreement",
                f"{sellers[0]} sale to {buyer}",
                head="agreement",
                type="arms-sale",
                parties=(buyer, sellers[0]),
                date=date,
                amount=self.amount(s, lo, hi) if len(buyers) == 1 else None,
                systems=tuple(sold),
                evidence=[self.evidence(s, "agreement.sold-to", 0.6)],
            )
            self.emit(fact)
            self.st.last_agreement = fact

    def _organ(self, key: str) -> bool:
        """True for a body of an international organization ("UN Security Council" of the
        United Nations): states are elected to it or seated on it, no treaty is acceded to.

        Example:
            >>> from kg.extract.agreements import AgreementRules
            >>> rules = AgreementRules.__new__(AgreementRules)
            >>> rules.orgs = dict(load_lexicon().orgs)
            >>> rules._organ("UN Security Council"), rules._organ("NATO")
            (True, False)
        """
        org = self.orgs.get(key)
        parent = self.orgs.get(org.parent) if org and org.parent else None
        return parent is not None and parent.kind == "international-organization"

    def _accession(self, s: Sentence, lo: int, hi: int) -> bool:
        """A state's accession to an organization's treaty: "Finland handed its instrument of
        accession", "the allies signed accession protocols for Finland and Sweden", "Sweden
        formally joined NATO on Thursday" (agreement.accession, a treaty of the states and the
        organization)."""
        clause = s.text[lo:hi]
        doc = words("agreement", "accession", "documents").search(clause)
        verb = words("agreement", "accession", "verbs").search(clause)
        joined = None if doc else re.search(r"\b(?:formally\s+|officially\s+)?joined\s+", clause)
        became = None if doc or joined else _BECAME_MEMBER.search(clause)
        joined = joined or became  # "became NATO's 32nd member", "became a member of NATO"
        if joined and re.search(r"\bsince\s+(?:[\w-]+\s+){0,3}$", clause[: joined.start()]):
            return False  # "its largest purchase since the country joined NATO in 2004": a
            # time of reference, no accession told
        stop = clause.find(",", joined.end()) if joined else -1  # (the joining's own phrase)
        dated = joined and any(
            d.value and len(d.value) == 10
            for d in s.dates
            if lo + joined.end() <= d.start < (lo + stop if stop >= 0 else hi)
        )
        if (
            joined
            and not dated
            and (
                re.search(r"\b(?:which|who|that)\s+(?:\w+\s+)?$", clause[: joined.start()])
                or not re.search(r"\b(?:formally|officially|last\s+week|this\s+week)\b", clause)
            )
        ):
            return False  # "Finland joined NATO in April 2023", "Finland, which joined the
            # alliance in April, has sent observers": background, not the accession reported
            # (but "joined NATO on March 7, 2024", "on Thursday": that day's accession)
        treaty = None
        if joined:
            run = self.objects(s, lo + joined.end(), window=0)
            if not run or not self._grouping(run[0]) or self._organ(run[0].key):
                return False  # (not "joined the council", a seat on a body of the UN)
            follow = re.match(r"\s*(['’]s|[a-z]+)\b", s.text[s.local(run[0].end) :])
            if follow and follow.group(1) not in _AFTER_JOINED and not became:
                return False  # "joined NATO exercises", "joined NATO's air policing"
            t0, t1 = lo + joined.start(), lo + joined.end()
            states = [a for a in self.joint_subject(s, lo, t0)[0] if a in self.lex.nations]
            org: str | None = run[0].key
        elif doc and verb and abs(verb.start() - doc.start()) <= 60:
            t0, t1 = lo + min(doc.start(), verb.start()), lo + max(doc.end(), verb.end())
            states = self._acceding(s, lo, hi, lo + doc.start(), lo + doc.end())
            treaty = _TO_NAMED_TREATY.match(s.text, lo + doc.end())
            ios = [m.key for m in s.actors(lo, hi) if self._grouping(m)]
            body = self._treaty_body(treaty.group(1)) if treaty else None
            treaty = None if body else treaty  # ("to the North Atlantic Treaty": NATO's)
            org = body or (treaty.group(1) if treaty else ios[0] if ios else self.st.last_io)
        else:
            return False
        if hedged(s.text, _scope(s.text, lo, t0), t0, t1) or not states or org is None:
            return bool(doc)
        parties = tuple(dict.fromkeys(states if treaty else (org, *states)))  # (a named treaty
        # is no party, nor is its depositary: "deposited its instrument of accession to the
        # Chemical Weapons Convention with the U.N. secretary-general")
        self.emit(
            Fact(
                "agreement",
                f"accession of {' and '.join(states)} to {org}",
                head="treaty",
                type="treaty",
                parties=parties,
                date=self.date_near(s, lo, hi, t1),
                evidence=[self.evidence(s, "agreement.accession", 0.7)],
            )
        )
        if doc and verb and re.match(r"hand|present|deliver", verb.group(), re.I):
            self._handover(s, lo, hi, states, lo + max(doc.end(), verb.end()))
        return True

    def _treaty_body(self, treaty: str) -> str | None:
        """The organization a treaty founded, by the name "<treaty> Organization" in the lexicon.

        Example:
            >>> from kg.lexicon import load_lexicon
            >>> rules = AgreementRules.__new__(AgreementRules)
            >>> rules.lex = load_lexicon()
            >>> rules._treaty_body("the North Atlantic Treaty"), rules._treaty_body("the Treaty")
            ('NATO', None)
        """
        name = re.sub(r"^the\s+", "", treaty)
        names = {f"{name} Organization", f"{name} Organisation"}
        return next((k for k, o in self.lex.orgs.items() if names & {o.name, *o.aliases}), None)

    def _handover(self, s: Sentence, lo: int, hi: int, states: list[str], pos: int) -> None:
        """ "Kristersson handed his country's instrument of accession to U.S. Secretary of State
        Blinken at the State Department": a ceremony of the two states (meeting.handover)."""
        to = re.match(r"\s+to\s+(?:the\s+)?", s.text[pos:hi])
        if to is None or words("meeting", "nouns").search(s.text):
            return  # handed over at a meeting the sentence reports: that meeting's
        run = self.objects(s, pos + to.end(), window=0) or self._named_at(s, pos + to.end())
        hosts = [m.key for m in run if m.kind == "nation" and m.key not in states]
        if not hosts:
            return
        date = self.date_near(s, lo, hi, pos)
        parties = tuple(dict.fromkeys((*states, *hosts)))
        self.emit_meeting(
            s, f"{'–'.join(parties)} accession ceremony", parties, date, "handover", 0.6
        )

    def _acceding(self, s: Sentence, lo: int, hi: int, d0: int, d1: int) -> list[str]:
        """The states an accession document is for: its possessor ("Finland's instrument",
        "his country's"), or what follows "for" ("protocols for Finland and Sweden")."""
        owner = [
            m for m in s.actors(lo, d0) if re.fullmatch(r"['’]s\s+", s.text[s.local(m.end) : d0])
        ]
        if owner and owner[-1].kind == "nation":
            return [owner[-1].key]
        if re.search(r"\b(?:his|her|its|their)\s+(?:country['’]s\s+)?$", s.text[lo:d0]):
            people = [m.key for m in s.actors(lo, d0) if m.kind == "nation"]
            return people[-1:] or ([self.st.last_person] if self.st.last_person else [])
        after = re.match(r"\s+(?:of|for|to)\s+(?:the\s+)?", s.text[d1:])
        if after:
            run = self.objects(s, d1 + after.end(), window=0)
            if run:
                return [m.key for m in run if m.kind == "nation"]
            ref = re.sub(  # "the two Nordic countries": the two countries
                r"^(\s*\w+\s+(?:the\s+)?\w+)\s+[A-Z][a-z]+(?=\s+(?:countries|nations|states))",
                r"\1",
                s.text[d1 + after.start() : d1 + after.end() + 40],
            )
            refs = group_refs(ref)
            if refs:
                group = self._group_for(s, d1, refs[0][2], True)
                if group:
                    return list(group.actors)
                named = list(dict.fromkeys(m.key for m in s.actors(0, d0) if m.kind == "nation"))
                return named if len(named) == refs[0][2] else []
        return []

    def _purchase_date(self, s: Sentence, lo: int, hi: int, t1: int) -> str | None:
        """The date of a purchase: one told before the verb or within a few words after what was
        bought ("ordered ... in a contract on May 5, 2017"); none when only a year is."""
        window = [
            d for d in s.dates
            if d.value and lo <= d.start < hi and (d.start < t1 or d.start - t1 < 160)
            and not re.search(
                r"\b(?:and|but)\s+(?:(?:has|have|had|is|was)\b|[a-z]+ed\s+(?:it\s+|them\s+)?(?:in|on)\s+$)",
                s.text[t1 : d.start],
            )  # ("bought from China for $203 million and commissioned in March 2017": another
        ]  # fmt: skip  # verb's date)
        return window[0].value if window else None

    def _arms_maker(self, s: Sentence, lo: int, hi: int) -> str | None:
        """The state whose arms a clause buys by their demonym ("to buy the Russian S-400
        system"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Turkey signed a deal in December to buy the Russian S-400 system."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('TUR', 'RUS')]
        """
        made = _BUY_MADE.search(s.text, lo, hi)
        demonym = next(
            (
                m for m in s.mentions
                if made and m.kind == "nation" and m.form == "demonym"
                and s.local(m.start) == made.end()
            ),
            None,
        )  # fmt: skip
        if demonym is None:
            return None
        end = s.local(demonym.end)
        if re.match(r"['’]|\s+(?:company|firm|group|maker|manufacturer|shipyard)", s.text[end:]):
            return None  # "the Swedish company's Gripen jets": a firm's, bought from it
        if re.search(r"\bfrom\s+(?:the\s+)?[A-Z]", s.text[end:hi]):
            return None  # "the Swedish Gripen fighters from Saab": the seller is told
        arms = [m for m in s.mentions if m.kind == "system" and end < s.local(m.start) <= end + 12]
        if arms or _ARMS_BOUGHT.match(s.text, end + 1, min(hi, end + 30)):
            return demonym.actor
        return None

    def _buyer_seller(
        self, s: Sentence, lo: int, hi: int, *, companies: bool = False, agreed: bool = False
    ) -> tuple[tuple[str, str], tuple[str, ...], int] | None:
        """The buyer and seller states of "<buyer> ordered <systems> from <seller>" in a clause,
        the systems bought and where the verb ends; None unless the text says just that.
        With ``companies``, the seller may be a company; ``agreed``: the purchase is what an
        agreement settles, so "would buy" is no hedge."""
        clause = s.text[lo:hi]
        verb = (_AGREED_PURCHASE if agreed else _PURCHASED).search(clause)
        relative = None if verb or agreed else _BOUGHT_WHICH.search(clause)
        if relative:  # "two submarines, which Bangladesh bought from China"
            verb = re.compile(r"\w+\s+").match(clause, relative.start("verb"))
        if verb is None or (not agreed and re.search(r"\bto\s+$", clause[: verb.start()])):
            return None
        if verb.group().startswith("receiv") and not words("agreement", "nouns").search(clause):
            return None  # "received F-16s from Denmark" may be aid; "under an agreement" is a sale
        t0, t1 = lo + verb.start(), lo + verb.end()
        if not agreed and (
            hedged(s.text, _scope(s.text, lo, t0), t0, t1) or _FUTURE_SALE.search(clause)
        ):
            return None
        source = _FROM.search(clause, verb.end())
        if source is None or source.start() - verb.end() > 120:
            return None
        bought = [
            m.key for m in s.mentions
            if m.kind == "system" and t1 <= s.local(m.start) < lo + source.start()
        ]  # fmt: skip
        sellers = self.objects(s, lo + source.end(), window=1) or self._named_at(
            s, lo + source.end()
        )
        seller = sellers[0] if sellers else None
        if seller is None:
            return None
        owned = re.match(r"['’]s\s+", s.text[s.local(seller.end) :])
        if (
            seller.kind == "nation"
            and owned
            and not words("agreement", "nouns").search(clause)  # (not "under a government-to-
        ):  # government agreement"; "from France's Dassault Aviation": the company
            at = s.local(seller.end) + owned.end()
            seller = next(
                (
                    m for m in s.mentions
                    if m.kind == "org" and s.local(m.start) == at
                    and not self.orgs[m.key].state_apparatus  # (a state's own arms exporter)
                ),
                seller,
            )  # fmt: skip
        company = seller.kind == "org" and self.orgs[seller.key].kind == "company"
        if seller.kind != "nation" and not (companies and company):
            return None
        arms = words("systems", "nouns").search(clause[verb.end() : source.start()])
        if not bought and relative:  # the systems before the relative pronoun
            at = lo + relative.start()
            bought = [
                m.key for m in s.mentions
                if m.kind == "system" and 0 <= at - s.local(m.end) <= 80
            ]  # fmt: skip
            if bought:
                buyers = [m.actor for m in s.actors(at, t0) if m.kind == "nation"]
                buyers = [b for b in buyers if b != seller.key]
                if len(set(buyers)) == 1:
                    return (buyers[0], seller.key), tuple(dict.fromkeys(bought)), t1
                return None
        if not bought and not (company and arms):  # "ordered the submarine from CSOC"
            return None
        rel = re.search(r",\s+(?:which|who)\s+(?:\w+\s+){0,3}$", s.text[:t0])
        if rel:  # "India, which has been receiving ...": the antecedent buys
            buyers = [m.actor for m in s.actors(0, rel.start())][-1:]
        else:
            buyers = list(self.joint_subject(s, lo, t0)[0])
        buyers = [b for b in buyers if b in self.lex.nations and b != seller.key]
        if len(buyers) != 1:
            return None
        return (buyers[0], seller.key), tuple(dict.fromkeys(bought)), t1

    @staticmethod
    def _named_at(s: Sentence, pos: int) -> list[Mention]:
        """The actor named right at ``pos`` when a time phrase or a preposition follows it
        ("from Germany last year", "from Russia despite ..."), which ``objects`` reads as a
        modifier."""
        at = [m for m in s.actors(pos) if s.local(m.start) == pos]
        if at and _AFTER_SELLER.match(s.text, s.local(at[0].end)):
            return at[:1]
        return []

    def _host_visit(self, s: Sentence, fact: Fact, lo: int, hi: int) -> bool:
        """ "A visited B and concluded a roadmap": the visit is a meeting of A and B, in B."""
        visited = re.search(r"\bvisited\s+(?:the\s+)?", s.text[lo:hi])
        if not visited or hedged(s.text, lo, lo + visited.start(), lo + visited.end()):
            return False
        host = next(
            (m for m in s.actors(lo + visited.end(), hi) if s.local(m.start) == lo + visited.end()),
            None,
        )
        states = [p for p in fact.parties if p in self.lex.nations]
        if host is None or host.kind != "nation" or host.key not in states or len(states) != 2:
            return False
        date = fact.date or self.st.last_date
        self.emit(
            Fact(
                "meeting",
                f"{'–'.join(states)} talks during a visit",
                parties=tuple(states),
                date=date,
                location=host.text if host.form == "metonym" else None,
                evidence=[self.evidence(s, "meeting.visit-deal", 0.6)],
            )
        )
        return True

    def _agreement_as_contract(self, s: Sentence, fact: Fact, lo: int, hi: int) -> None:
        """A deal between a government body and a company is a contract award."""
        company = next(p for p in fact.parties if p in self.orgs and self.orgs[p].kind == "company")
        awarder = self.government_body(s)
        self.emit(
            Fact(
                "contract",
                f"{company} contract",
                type=self.purpose(s.text),
                awardee=company,
                awarder=awarder,
                amount=fact.amount,
                systems=fact.systems,
                date=fact.date,
                evidence=[self.evidence(s, "contract.deal-with-company", 0.6)],
            )
        )
