"""What every fact rule shares: clauses, hedges, the subject and object of a trigger.

A rule finds a trigger from patterns.toml in a clause, refuses it when a hedge or negation
governs it, and fills the fact's roles from the mentions around the trigger: the subject
(actors before the trigger, or the group a reference like "the three nations" stands for)
and the object (actors right after it). ``RuleBase`` holds these role finders and the
discourse state; the rules for each kind of fact are mixins in their own modules.

Example:
    >>> t = "China objected, while Japan agreed; Korea left."
    >>> [t[a:b] for a, b in clauses(t)]
    ['China objected,', ' while Japan agreed', '; Korea left.']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache

from kg.dates import CALENDAR_NAMES, COUNTS, DAY_AFTER, MONTH_NAMES, WEEKDAY_NAMES, shift_day
from kg.extract.context import (
    PARTICIPLE_OPENER,
    Discourse,
    Group,
    Sentence,
    group_refs,
    runs,
    titles_only,
    unique_actors,
    words,
)
from kg.extract.mentions import Mention, portfolios
from kg.extract.model import Amount, Evidence, Fact, dates_compatible, remote_meeting, unnamed
from kg.lexicon import Org, load_lexicon

# (not a single order's "is worth a total of"; "are worth a total of" is several deals)
_ESTIMATE = re.compile(
    r"(?:estimated (?:it|the \w+)|estimates?d? (?:it|that)|put (?:it|the \w+(?: \w+)?) at|combined|"
    r"in total|(?<!is worth a )(?<!was worth a )total(?:ling)?|as much as|media|entire package|"
    r"overall|program cost|cost of the|"
    r"expected to (?:approach|reach|cost|be)|will cost|would cost)\W+(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
# A yearly aggregate a sentence gives beside a deal, owned by a state or firm: "whose exports
# reached a record $4.4 billion", "its defence budget is $30 billion" (not "for arms exports worth
# $2.5 billion": the deal's own)
_AGGREGATE = re.compile(
    r"\b(?:whose|its|their|annual|yearly|national|total)\s+(?:[a-z-]+\s+)?"
    r"(?:exports|imports|revenues?|turnover|trade|budgets?|spending|GDP)\s+"
    r"(?:reached|totall?ed|hit|rose\s+to|grew\s+to|stood\s+at|amounted\s+to|is|are|was|were)\s+"
    r"(?:(?:a|an|the|record|some|about|around|nearly|almost|over|more\s+than|roughly)\s+)*$",
    re.IGNORECASE,
)
_PART_OF = re.compile(  # (also "as part of a package worth 5.2 billion euros")
    r"\b(?:as\s+)?part\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:worth|valued\s+at|totall?ing|of)\s+)?(?:(?:about|around|some|nearly|up\s+to)\s+)?$",
    re.I,
)
# Before a price: words that make it the total of several ("together worth", "bringing the
# total to"), not one deal's own
TOTAL_BEFORE = re.compile(r"\b(?:together|combined|total|in\s+all|altogether)\b[^;]{0,30}$", re.I)
# Before a price: the source of the money a deal is paid from, not the deal's own value
# ("a contract to build 12 patrol boats, financed from a $100 million credit line")
_FINANCED_FROM = re.compile(
    r"\b(?:financed|funded|paid\s+for|bankrolled)\s+(?:from|by|through|with|under|out\s+of)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_TOTAL_AFTER = re.compile(
    r"\s*(?:together|combined|in\s+total|altogether|between\s+them|in\s+all)\b", re.I
)
NAMED_AGREEMENT = re.compile(
    r"((?:[A-Z][\w'’-]*\s(?:and\s|of\s|on\s|for\s)?){1,6}"
    r"(?:Agreement|Treaty|Partnership|Accord|Pact|Memorandum|Declaration|Arrangement)\b"
    r"(?:\s\([A-Z]{2,8}\))?"
    r"|(?<![\w-])(?:Treaty|Agreement|Convention)\s(?:of|on)\s(?:[A-Z][\w'’-]*(?:\sand)?\s?){1,6}(?<=\w))"
)  # "the Lisbon Accord", "the Treaty of Mutual Cooperation and Security"
DEFINITE = re.compile(
    r"\b(?:the|this|that|such|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:pact|agreement|accord|deal|treaty|document|memorandum|arrangement)\b",
    re.IGNORECASE,
)
PASSIVE = re.compile(
    r"\b(?:been|was|were|is|are|be|being)\s+(?:(?:(?-i:[a-z]+ly)|also|again|even)\s+)?$",
    re.IGNORECASE,
)
MODIFIER_STOP = {
    "to", "and", "or", "for", "in", "on", "at", "over", "with", "of", "which", "that", "who",
    "as", "by", "from", "after", "before", "into", "against", "about", "is", "are", "was",
    "were", "has", "have", "had", "said", "says", "would", "will", "could", "immediately",
    "not", "also", "s", "but", "while", "than", "through", "under", "during", "since",
    "worth",
    # time words: "with Indonesia last Monday", "with Japan earlier this month"
    "last", "next", "this", "earlier", "later", "yesterday", "today", "tomorrow", "early",
    "late", "already", "again", "now", "then", "when", "where", "because", "amid", "despite",
    "until", "via", "near", "among", "alongside", "besides", "including", "together",
    # a determiner opens what follows: "with the United States the same month"
    "the", "a", "an",
}  # fmt: skip
# Irregular verbs a run of names may be the subject of ("drills held by Japan and India began
# on Friday"): the names are the object before them, not a modifier of a noun.
IRREGULAR_VERBS = {
    "began", "begun", "begin", "begins", "met", "meet", "held", "hold", "took", "take", "ran",
    "run", "flew", "fly", "led", "lead", "sent", "send", "won", "told", "made", "gave", "came",
    "went", "saw", "kept", "brought", "sought", "struck", "spoke", "fought", "sold", "bought",
    "left", "stood", "chose", "broke", "wrote", "rose", "fell", "grew", "swore", "drew",
}  # fmt: skip
# A finite verb right after a name: the name is a subject ("and Oman urged", "and Peru has").
FINITE_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?!(?:accused|suspected|charged|alleged|blamed|based|aimed|allied|linked"
    r"|backed|armed|tied|involved|located|designated|listed|known|supplied|equipped)\b)[a-z]+ed\b|(?:"
    + "|".join(
        sorted(IRREGULAR_VERBS - {"begin", "meet", "hold", "take", "run", "fly", "lead", "send"})
    )
    + r"|has|have|had|will|would|said|says|is|was|are|were)\b)"
)  # (a participle of a closed list is no verb: "and Iran accused of supplying drones")

# A verb whose object the name after it is ("formed the Alliance of Sahel States").
_OBJECT_VERB = re.compile(r"\b[a-z]+ed\s+(?:the\s+|a\s+|an\s+)?$")
# The people of a grouping after its name ("G7 leaders", "NATO defence ministers").
GROUPING_PEOPLE = re.compile(
    r"\s+(?:foreign\s+|defen[cs]e\s+|finance\s+)?(?:leaders|ministers|heads\s+of\s+state)\b(?!['’])"
)
# A "since" phrase dates an earlier event or the start of a period, not the event at hand.
SINCE = re.compile(  # (through a list of names: "since Egypt, Saudi Arabia and the UAE ended")
    r"\bsince\b(?:[^,;:]|,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?=,|\s+and\s))*",
    re.I,
)
# Adjectives between an indefinite article and a state's name ("a strong, prosperous and
# independent Vietnam"): the state is still the object.
_EPITHETS = re.compile(r"\s*an?\s+(?:[a-z][a-z-]+(?:,\s+(?:and\s+)?|\s+and\s+|\s+)){1,6}")
_NOT_EPITHET = (MODIFIER_STOP - {"and"}) | {
    "an", "a", "the", "like", "such", "between", "among", "near",
}  # fmt: skip
FMS = re.compile(
    r"\b(?:approv|clear|notif)\w*\b[^;]{0,60}?\b(?:possible|proposed|potential)\b[^;]{0,60}?\b(?:sales?|packages?)\b"
    # "approved an F-16 parts package worth $330 million": a priced package of a system
    r"|\bapproved\s+an?\s+(?=[^;,]{0,40}?(?-i:[A-Z]+-?\d))(?:[\w/-]+\s+){1,5}?(?:sale|package)\s+"
    r"(?:worth|valued\s+at|estimated\s+at)\b",
    re.IGNORECASE,
)
VISIT = re.compile(
    r"\bduring\s+(?:a|an|his|her|their|the|(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}(?-i:[A-Z])[\w.-]*['’]s)"
    r"\s+(?:\w+\s+){0,2}(?:visit|trip|talks|summit|meeting|stop|tour)\b",
    re.I,
)  # ("during Prime Minister Narendra Modi's visit to Victoria": a visit told by whose it is)
_PEOPLE = {
    "ministers", "minister", "leaders", "leader", "officials", "official", "members", "heads",
    "head",
    "president", "general", "director", "chief", "secretary", "ambassador", "spokesperson",
    "spokesman", "spokeswoman", "delegation", "delegations", "representatives", "envoy", "chair",
    "chairman", "chairperson", "chairwoman", "premier", "government", "governments", "foreign",
    "mission", "missions", "embassy",  # ("the Permanent Mission of Ukraine to the UN said")
    "defense", "defence", "state",  # "heads of state of the Economic Community of West ..."
    "forces", "troops", "personnel", "servicemen", "servicewomen", "paratroopers", "contingents",
    "units", "sailors", "soldiers", "marines",
    "navies", "armies", "militaries", "chiefs", "commanders", "guards", "counterparts",
    "warships", "ships", "vessels", "aircraft", "jets", "bombers", "fighters", "planes",
    "staff", "staffs", "officers", "airmen", "teams", "crews", "instructors", "unit",
    "contingent", "detachment", "battalion", "brigade", "squadron", "team", "crew",
    "squadrons", "detachments", "battalions", "brigades", "regiments", "frigates", "destroyers",
    "submarines", "corvettes", "helicopters",  # "squadrons from India, France and Germany"
    "corps",  # "the navies and marine corps of the United States, Argentina and Brazil"
    "rulers", "ruler", "junta", "juntas", "regime", "regimes", "authorities", "administration",
    "administrations", "presidents", "kings", "king", "emir", "envoys", "diplomats",
    "negotiators", "commander", "representative", "cabinet", "cabinets", "parliaments",
    "presence",  # "signed in the presence of X": X attends
    "participation",  # "the participation of X in the drills": X takes part
    "exercise", "exercises", "drill", "drills",  # "the annual exercise of the X and Y armies"
}  # fmt: skip
_COLLECTIVE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:foreign\s+|defense\s+|defence\s+)?(?:leaders|ministers|members|allies|heads)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
MET = re.compile(
    # (not "had met the conditions set by Congress": a requirement fulfilled)
    r"\bmet\s+(?!(?:the|its|all|their|those|these|[A-Z][\w.-]*['’]s|a)\s+(?:[\w-]+\s+){0,2}?(?:conditions?"
    r"|requirements?|criteria|targets?|standards?|obligations?|demands?|deadlines?|goals?"
    r"|thresholds?|benchmarks?)\b)(?:with\s+)?"
    r"|\b(?:leaders|ministers|officials|delegates|heads of state|chiefs|envoys"
    r"|commanders)\s+"
    r"(?:(?!(?:never|not|yet|neither)\b)\w+\s+){0,2}(?:gathered|convened|assembled|meeting(?=\s+(?:in|at|near|outside)\s+[A-Z]))\b"
    # "Senior officials of A, B and C, meeting in Honolulu on 18 April, voiced concern"
    r"|(?<=,)\s+meeting\s+(?=(?:in|at)\s+[A-Z][^,;]*,|at\s+an?\s+[a-z]+\s+(?:in|near|west|east"
    r"|north|south|outside)\b)"
    # "Singh called on U.S. National Security Advisor Jake Sullivan": a courtesy call, unless
    # someone is asked to do something ("called on President X to act")
    r"|\bcalled\s+on\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}?(?:President|Prime\s+Minister"
    r"|Minister|Secretary|Advis[eo]r|King|Emir|Chancellor|Crown\s+Prince|General|Admiral|Marshal"
    r"|Commander|Chairman|Chief\s+of)\b)"
    # (nor "called on Admiral John C. Aquilino, the commander, to stop ...": the ask may come
    # past commas and initials, up to a clause of its own)
    r"(?!(?:(?!,\s+(?:and|where|during|while|before|after|who|whom|whose|which)\b)[^;]){0,160}?"
    r"\bto\s+[a-z])"
    r"|\b(?:(?i:parliament|council|assembly)|senate|congress|lawmakers|members|Diet|Bundestag)\s+"
    r"(?:(?:(?!(?:never|not|yet|neither)\b)\w+\s+){0,2}(?:voted|gathered|convened|ratified"
    r"|(?:adopted|passed|rejected)(?=\s+(?:(?:an?|the)\s+)?(?:[\w.-]+\s+){0,3}(?i:resolution|bills?"
    r"|legislation|law|amendments?|motion)\b)"
    # "the Security Council on Tuesday authorized a new force for Haiti": a vote on a mandate
    r"|(?:authori[sz]ed|extended|renewed)(?=\s+(?:an?|the|its)\s+(?:[\w.,-]+\s+){0,5}"
    r"(?i:mission|force|mandate|deployment|operation)\b)"
    r"|approved(?=\s+(?:\w+['’]s\s+)?(?:membership|accession|treaty|protocol|ratification)\b"
    r"|\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,6}(?:agreement|deal|pact|accord|treaty|protocol)\b))\b"
    # "toppled the government in a no-confidence vote", "approved it at a joint session"
    r"|(?:[\w-]+\s+){1,5}(?:in|at)\s+an?\s+(?:[\w-]+\s+){0,2}(?:vote|session|sitting)\b)"
)
# Between an organization and the person who leads it: "the ANO movement of former prime
# minister Andrej Babis", "the Fidesz party of Viktor Orban", "the Labour Party, led by X,"
_LED_BY = re.compile(
    r"(?:\s+[a-z]+)?(?:\s+of|,?\s+(?:led|headed|chaired|founded)\s+by)\s+(?:[A-Za-z.-]+\s+){0,4}",
    re.I,
)
# Words before a name that stand for the same party: "the government of", "the breakaway
# region of", "the authorities of"
_GOVERNMENT_OF = (
    r"^(?:the\s+)?(?:(?:breakaway|self-declared|autonomous|semi-autonomous|separatist)\s+)?"
    r"(?:governments?|region|province|enclave|territory|authorities|administration)\s+of\s+"
    r"(?:the\s+)?"
)
# A date that is an earlier document's, told after its noun ("reaffirm the Strategic Framework
# Agreement signed on November 17, 2008"): not the day the sentence's actors act on
_DOCUMENT_DATE = re.compile(
    r"\b(?:signed|concluded|adopted|ratified|established|founded|created|since)\s+"
    r"(?:on\s+|in\s+)?$"
)


def _own_date(s: Sentence, article_date: str | None = None) -> str | None:
    """The first date of ``s`` that is no earlier document's ("signed on May 2, 2008", in a
    year before the article's ``article_date``).

    Example:
        >>> from kg.extract.context import Sentence
        >>> from kg.dates import find_dates
        >>> t = "Iraq and the U.S. reaffirm the pact signed on November 17, 2008."
        >>> s = Sentence(0, 0, len(t), t, "body", 0)
        >>> s.dates = find_dates(t, "2024-09-27")
        >>> _own_date(s, "2024-09-27") is None
        True
        >>> t = "Japan and Peru unveiled a pact signed on Monday."
        >>> s = Sentence(0, 0, len(t), t, "body", 0)
        >>> s.dates = find_dates(t, "2024-09-27")
        >>> _own_date(s, "2024-09-27")
        '2024-09-23'
    """
    for d in s.dates:
        if d.value and not (
            _DOCUMENT_DATE.search(s.text[: d.start])
            and (article_date is None or d.value[:4] < article_date[:4])
        ):
            return d.value
    return None


_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|that|whom)\s+(?:the\s+)?$")
# People who "have come from" a state take part for it ("contingents have come from Chile").
_CAME_FROM = re.compile(
    rf"\b(?:{'|'.join(sorted(_PEOPLE))})\s+(?:have\s+|had\s+)?(?:also\s+)?(?:come|came|arrived)"
    r"\s+from\s+(?:the\s+)?$"
)
_SIGNED_BY_ASIDE = re.compile(
    r",\s*(?:signed|concluded|ratified|sealed|agreed|negotiated)\s+by\s+(?:the\s+)?$"
)
# A sentence whose subject is a group reference ("The sides agreed", "The Ministers strongly
# condemned", "Both leaders also", "They urged"): the group it stands for stays the current one
# The number or bullet of a list item before its sentence ("5. Regarding ...", "- The two")
_ITEM_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*])\s+")
_GROUP_OPENER = re.compile(
    r"(?:(?:But|And|Also|Separately|Meanwhile|However),?\s+)?"
    r"(?:They|(?:The|Both)\s+(?:two\s+|three\s+|four\s+)?(?:sides|ministers|leaders|presidents"
    r"|countries|nations|governments|allies|partners|delegations|officials))\b"
    r"(?!\s+(?:of|from|in)\b)(?!['’])",
    re.I,
)
_PEOPLE_OF = re.compile(
    r"\b(?:presidents|leaders|ministers|heads\s+of\s+state|governments|delegations|premiers"
    r"|foreign\s+ministers|defen[cs]e\s+ministers|prime\s+ministers|air\s+forces|navies|armies"
    r"|armed\s+forces|militaries|coast\s+guards|defen[cs]e\s+chiefs|chiefs\s+of\s+staff"
    r"|commanders|chiefs|heads)"  # ("The commanders of the Danish, Finnish, ... air forces")
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
# Between a named official and "his ... counterpart" ("Slovak Defence Minister Jaroslav Nad and
# his Swedish counterpart"): the two act together
# "Macron and the leaders of the five G5 Sahel states — ": the one named, then the others
# A verb, then its day and place, then "by" and its agent ("signed today (30) in Colombo by")
_AGENT_AFTER_SETTING = re.compile(
    r"([A-Za-z'-]+)(?:\s+(?:today|yesterday|(?:on|last|this)\s+\w+|\(\d+\)"
    r"|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)){1,3}\s+by\s+(?:the\s+|all\s+)?$"
)
# A subordinate clause's opening word, right before its pronoun subject ("..., as they opened")
_SUBORDINATE_END = re.compile(r",\s+(?:as|while|when|after|before|because|since)\s+$", re.I)
# A sentence that opens with the event just told ("The summit, hosted by ...")
_THE_EVENT = re.compile(r"(?:The|That|This)\s+(summit|conference|meeting|talks),\s")
# ("The summit, hosted by ...": an aside on it; not "The talks between A and B", "The summit
# of the Turkic States", "The meeting came a week after ...": another event)
# "Leaders of the ": who speaks for the body named next
_LEADERS_OF_OPENING = re.compile(
    r"\W*(?:[A-Z][\w.'’-]*\s+){0,2}(?:Leaders|Ministers|Heads|Presidents|Envoys|Delegates"
    r"|Representatives|Officials)\s+of\s+(?:the\s+)?"
)
# "None" as the trigger's subject ("but none has", "none of the five governments have")
_NONE_SUBJECT = re.compile(
    r"\b[Nn]one\s+(?:of\s+(?:the\s+)?[\w\s-]{0,40}?\s+)?(?:has|have|had|was|were)?\s*$"
)
# Urging a party, which leaves what it is urged to do undone
_URGED_BEFORE = re.compile(
    r"(?<!who\s)\b(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|wants|wanted"
    r"|would\s+like|asked|asks|asking)\s+"
    r"[^.;,]{0,100}?\bto\s+(?![^.;,]*\b(?:whose|which|that|they|who|it|he|she)\b)[^.;,]{0,80}$",
    re.I,
)  # (not past a comma or into a clause of its own: ", saying ... signed", "whose government
# signed"; nor what is told as done after the trigger: "the agreement they signed in 2020")
_DONE_AFTER = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:(?:they|it|the\s+two|both)\s+)?(?:had\s+|have\s+)?"
    r"(?:signed|reached|concluded|agreed)\s+(?:in|on|last|earlier)\b",
    re.I,
)
# The event right after a preposition of setting ("during talks with", "at a summit of")
_EVENT_SETTING = re.compile(
    r"\b(?:during|at|in|after|following|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
    r"(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
# Before a clause's subject: nothing, or a day or a place ("In Paris and London on Monday ")
_SETTING_ONLY = re.compile(
    r"\W*(?:(?:In|On|At|Later|Earlier|Last|This)\b[^,;:.]{0,40}?(?:,\s*|\s+))?(?:the\s+)?"
)
# What a company's name may follow as its description ("the German company", "Italian
# shipbuilder", "the state-owned defence firm")
_FIRM_BEFORE = re.compile(
    r"(?:the\s+|an?\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:(?:state-owned|state-run|private|defen[cs]e"
    r"|aerospace|arms|naval)\s+){0,2}(?:company|firm|shipbuilder|shipyard|manufacturer|group"
    r"|contractor|conglomerate|giant|maker|consortium)\s+"
)
# What makes the next name an object: a verb or a preposition right before it
_OBJECT_BEFORE = re.compile(
    r"\b(?:met|meets|hosted|received|welcomed|visited|called|phoned|thanked|told|urged|with"
    r"|to|for|of|on|the|an?)\s+(?:[A-Z][\w.]*[-–/])?$"
)
# A clause that is only an aside of those acting with the subject: ", with Cuba and Bolivia, "
_WITH_ASIDE = re.compile(r",\s*with\s+[^,;]+,\s*")
_AND_LEADERS_OF = re.compile(
    r",?\s+and\s+the\s+(?:[\w-]+\s+){0,2}?(?:leaders|presidents|heads\s+of\s+state|premiers"
    r"|prime\s+ministers|ministers|foreign\s+ministers|defen[cs]e\s+ministers)\s+of\s+"
    r"(?:the\s+)?(?:[^;.,]{0,60}?(?:\s*[—–:]\s*|\s+))?"
)
AND_HIS = re.compile(  # (after an office between commas: "Parly, Minister for the Armed Forces,")
    r"(?:,(?=\s+[A-Z]))?(?:\s+(?:[A-Z][\w.'’-]*|of|the|for)){0,6}(?:,\s*)?\s+and\s+"
    r"(?:his|her|their)\s+"
    r"(?:(?:counterparts|colleagues|peers)\s+(?:from|of)\s+(?:the\s+)?)?"  # ("... from A, B and C")
)
_OBJECT_PREP = re.compile(
    r"\b(?:to|of|from|on|against|for|in|at|into|toward|towards|over|than)\s+(?:the\s+)?$", re.I
)
_PLACES_SUCH_AS = re.compile(
    r"\b(?:bases|ports|islands|territories|cities|facilities|harbou?rs|airfields|sites"
    r"|locations|towns)\s+(?:such\s+as|like|including|in)\s+$",
    re.I,
)
AND_VERB = (
    r"\s+and\s+(?=(?:(?:also|then)\s+)?[a-z]+ed\b(?!\s+(?:attack|aggression|invasion|war"
    r"|strikes?|assault|act|use)\b)"
    r"|(?:had|has|have|was|were|would|will|could|is|are)\b)"
)  # (not "an unprovoked and unjustified attack": two words of one noun)
_STATE_NOUNS = (
    r"\b(?:countries|nations|states|governments|sides|allies|neighbou?rs|powers|partners|armies"
    r"|navies|militaries|air forces|coast guards|ministries)\b"
)
# A possessive that opens an appositive after a name ("Finland, NATO's newest member")
_APPOSITIVE_OWNER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:member|ally|partner|neighbou?r|customer|client|friend)\b"
)
# A preposition whose object a group reference is ("resolved by the countries concerned")
PREP_BEFORE = re.compile(
    r"\b(?:by|with|to|between|among|amongst|for|against|toward|towards|into|than|over|on|upon)"
    r"\s+$",
    re.I,
)
_RULERS = re.compile(r"\b(?:leaders|presidents|premiers|prime\s+ministers|heads\s+of\s+state)\b")
# A host's verb and what may stand between it and the guests it names ("hosted Australia's
# Deputy Prime Minister and Defence Minister Richard Marles and ...")
# A state's drills or talks held with another, told without a joint subject ("Nepal has held
# exercises for years with India"): the pair a later "the two armies" names
_HELD_WITH = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:long\s+|also\s+|regularly\s+)?(?:held|conducted|staged|holds"
    r"|conducts)\s+(?:joint\s+|regular\s+|annual\s+)?(?:military\s+|naval\s+)?(?:exercises|drills"
    r"|manoeuvres|maneuvers)\b(?:\s+(?:for\s+(?:many\s+)?years|regularly|annually))?\s+with\s+(?:the\s+)?$"
)
_HOSTED = re.compile(
    r"\s+(?:(?:also|on\s+[A-Z][a-z]+day)\s+)?(?:hosted|welcomed|received|met(?:\s+with)?|greeted)"
    r"\s+(?:(?:his|her|the)\s+)?(?:[\w.'’-]+\s+){0,8}?"
)
_BODY_KIND = "international-organization"
_BODY_NOUNS = r"\b(?:organi[sz]ations|blocs|groupings|bodies)\b"
_PEOPLE_NOUNS = r"\b(?:leaders|ministers|presidents|premiers|officials|delegations|counterparts)\b"
# Continents and seas name no place a meeting is held in ("to counter Russian influence in
# Africa": no city), though exercises are named after them ("Pacific Vanguard 2019")
REGIONS = frozenset({
    "Africa", "Europe", "Asia", "Americas", "Latin America", "South America", "North America",
    "Central America", "Arctic", "Antarctica", "Balkans", "Caucasus", "Sahel", "Pacific",
    "Atlantic", "Mediterranean", "Caribbean", "Oceania", "Central Asia", "East Asia",
    "South Asia", "Southeast Asia", "West Africa", "East Africa", "North Africa", "Eastern Europe",
    "Western Europe", "Central Europe",
})  # fmt: skip
# The verb whose object the nearest name is ("spoke by telephone with", "met", "hosted")
_MET_OBJECT = re.compile(
    r"^\s+(?:(?:also|later|then|separately|on\s+\w+day)\s+)?(?:met(?:\s+with)?|spoke|talked"
    r"|hosted|received|called|phoned|telephoned|visited)\b(?:\s+(?:by|on\s+the)\s+(?:tele)?phone)?"
    r"(?:\s+(?:with|to))?\s+(?:(?:the\s+)?[\w.'’-]+\s+){0,5}$"
)
# A second predicate of the same subject, right before the trigger ("... and offered")
# A time told before a sentence's subject ("On Friday, ", "Earlier, ")
_TIME_OPENER = (
    r"(?:(?:(?:Late|Early|Earlier|Later)\s+)?[Oo]n\s+[A-Z][a-z]+day|Earlier|Later|Separately"
    r"|Meanwhile),\s+"
)
# People named each with an office after the name, listed as a clause's subject ("Florence
# Parly, French Minister for the Armed Forces, and Margarita Robles, Spanish Minister of
# Defence, "), and a time or place told before them ("On Monday, at the Paris Air Show, ")
_TITLED_PEOPLE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|von|van|de|der|da|al|bin|el|la|le))*,\s+"
    r"(?:the\s+)?(?=[^,;]*\b(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Pp]remier|[Cc]hancellor"
    r"|[Cc]hief|[Hh]ead|[Aa]mbassador|[Ee]nvoy)\b)[^,;()]{3,70}?,\s+(?:and\s+)?){2,}"
)
_OPENING_TIME = re.compile(r"(?:(?i:on|at|in|during|after|following)\b[^,;]*,\s+)*")
_AND_PREDICATE = re.compile(
    r"[^,;]{0,40}?\s+and\s+(?:(?:then|also|later|jointly)\s+)?(?:[a-z]+ed\s+|offered\s+|pledged\s+)?"
)
# A group named by the heads of its states ("the two presidents", "both prime ministers")
_STATE_HEADS_REF = re.compile(
    r"(?:the\s+)?(?:two|three|four|five|both)\s+(?:presidents|prime\s+ministers|premiers"
    r"|heads\s+of\s+state|monarchs|kings)\b",
    re.I,
)
NOT_PLACES = CALENDAR_NAMES | {"The", "A", "An", "Its", "Their", "His", "Her"}
_PLURAL_NOUNS = {
    "allies", "partners", "officials", "forces", "troops", "firms", "companies", "lawmakers",
    "diplomats", "leaders", "ministers", "members", "states", "nations", "countries", "units",
    "sailors", "soldiers", "citizens", "interests", "ties", "relations", "warships", "jets",
}  # fmt: skip
_STATE_HEADS = {
    "government", "governments", "authorities", "side", "administration", "military",
    "militaries", "regime", "junta", "leadership", "army", "navy", "armed",
}  # fmt: skip
_MEMBERS = {
    "members", "allies", "leaders", "ministers", "states", "countries", "nations", "partners",
}  # fmt: skip
# A relative clause set off by commas (", who will step down in October,", ", which has
# close ties with both countries,"): what it tells is an aside to the clause around it.
ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
# The same for hedges, also "both of which" ("A and B, both of which intend to ..., met")
_HEDGE_ASIDE = re.compile(
    r",\s+(?:which|who|whose|(?:both|all|each|neither|none)\s+of\s+(?:which|whom)"
    # ("Poland, ready to spend 4% of GDP on defence, signed": the aside's readiness)
    r"|(?:(?:ever|always|long|now|still)\s+)?(?:ready|willing|prepared|eager|keen|anxious)\s+to)"
    r"\b[^,;]*,"
)
_OPENING_PARTICIPLE = re.compile(  # ("Funding could come from ...," is a noun's clause)
    r"^\s*(?:Without\s+[a-z]+ing\b|[A-Z][a-z]+ing|(?:Ready|Willing|Prepared|Eager|Keen|Anxious)"
    r"\s+to)\s+(?!(?:could|would|will|may|might|can|should|is|are|was|were|has|have"
    r"|had)\b)[^,;]{0,80},\s*"
)  # ("Eager to reassure its allies, the United States signed": the opener's own wish)
# A participle aside between a subject and its verb ("X, speaking on a visit to Y, said")
#: A traveller's tour of several stops told in an aside ("Wang, on a Middle East tour that has
#: already taken him to Saudi Arabia and Turkey, held talks"): where they have been, not who acts
#: (a single "on a visit to France" names the host)
ON_TOUR = re.compile(
    r",\s+on\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:tour|trip|swing)\s+"
    r"(?:that|which)\s+(?:has\s+|had\s+)?(?:already\s+)?(?:taken|took|takes|included|includes)\b"
    r"[^;]*?,(?=\s+(?:also\s+|[a-z]+ly\s+)?[a-z]+\b)"
)
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:speaking|standing|writing|visiting|addressing|sitting|appearing|travell?ing|arriving"
    r"|returning|flanked|accompanied|responding|reacting|commenting)\b[^,;]*,"
    # "Blinken, after meeting Icelandic Foreign Minister Thordarson in Reykjavik, criticized":
    # whom the subject met, not who speaks
    r"|,\s+(?:after|before|following|while|when)\s+(?:(?:he|she)\s+(?:met|visited|hosted)"
    r"|meeting|talks|talking|visiting|hosting|holding\s+talks)\b[^,;]*,"
    # "the House of Representatives, based in the east and allied with Hifter, called on": where
    # it sits and whom it sides with, not who speaks
    r"|,\s+(?:based|allied|aligned|headquartered|loyal)\s+(?:in|with|to)\b[^,;]*,"
    # "Resolution 1970, circulated by Britain, France and the United States, condemns": the
    # document's authors, not its subject
    r"|,\s+(?:circulated|drafted|sponsored|co-sponsored|submitted|tabled|proposed|presented"
    r"|authored|written|put\s+forward)\s+by\s+[^;]*?,(?=\s+[a-z])"
    # "Lebanon's parliament, in a statement issued by the office of Speaker Nabih Berri, a
    # Hezbollah ally, condemned": where it spoke and who issued the text, not who speaks
    r"|,\s+in\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?:statement|letter|communiqu[eé]|declaration"
    r"|post|message|resolution)\b[^;]*?,(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|says|urged)\b)"
    # "At Friday's SCO meeting, attended by the ministers of China, ..., Singh called": those
    # who attended, not the speaker
    r"|,\s+(?:attended|chaired|hosted|co-chaired)\s+(?:in\s+person\s+|virtually\s+)?by\s+"
    r"(?:(?:[^,;]+,\s+)*?[^,;]*\band\s+[^,;]+|[^,;]+),(?=\s+(?:[A-Z]|the\s))"
)
# Who leads or founded a body, told right after its name ("the PPM, led by Yameen, opposed")
_LED_ASIDE = re.compile(r",\s+(?:led|headed|founded|chaired|run)\s+by\s+[^,;]+,(?=\s+[a-z])")
# A draft text right before the participle that tells what it says, not adopted by a verb
# before it ("a draft Security Council statement condemning"; not "adopted a draft resolution")
_DRAFT_TEXT = re.compile(
    r"(?<!adopted\s)(?<!passed\s)(?<!approved\s)\ba\s+draft\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:statement|resolution|text|declaration|communiqu[eé])\s+$"
)
# A sentence told as before or after an event ("Before the dialogue, A and B met"): another one
AROUND_THE_EVENT = re.compile(
    r"\W*(?:Before|After|Ahead\s+of|Following)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:dialogue|talks|summit|meeting|session|conference),"
)
# A clause of the sentence's opening subject, told by its pronoun (", as he held talks")
_AS_HE = re.compile(r",\s+(?:as|while|when)\s+(?:he|she)\s+(?:(?:also|later|then)\s+)?$")
# Only titles before a name ("U.S. Secretary of State Mike Pompeo")
_TITLES_BEFORE = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){0,7}")
RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
# A later document's own date: "a framework arrangement the two governments signed in June"
_DOCUMENTS = r"(?:agreement|arrangement|accord|pact|treaty|deal|memorandum|declaration)"
DOCUMENT_SIGNED_DATE = re.compile(
    rf"\b{_DOCUMENTS}s?\s+(?:the|its|their|both|two|[A-Z][\w.'’-]*)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:had\s+|have\s+)?(?:signed|agreed|concluded|reached|struck|sealed|inked|adopted)"
    r"\s+(?:(?:in|on|last|early|late|back\s+in)\s+)*$"
)
# ... or one named by its date: "the Lancaster House defence treaty of November 2010"
DOCUMENT_OF_DATE = re.compile(rf"\b{_DOCUMENTS}\s+of\s+$")
# Words of a message before "to" whose object is its addressee, no actor ("wrote to X")
_WROTE_TO = frozenset({"wrote", "written", "writes", "write", "letter", "message", "appeal"})


@cache
def _office_name() -> re.Pattern[str]:
    """The office and its holder's name after a nationality: "Peruvian President Dina
    Boluarte", "Ukrainian Infrastructure Minister Oleksandr Kubrakov", "Ukrainian Minister of
    Infrastructure ..." (a portfolio from patterns.toml [actors] portfolios).

    Example:
        >>> _office_name().match(" Energy and Mines Minister Ana Soto met").group()
        ' Energy and Mines Minister Ana Soto'
    """
    portfolio = portfolios()  # "Energy and Mines"
    return re.compile(
        rf"\s+(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Vice|{portfolio})\s+)*"
        r"(?:President|Minister|Premier|Chancellor|leader|King|Emir|Secretary)"
        rf"(?:\s+of\s+(?:the\s+)?(?:National\s+)?(?:Defen[cs]e|{portfolio}))?"
        r"(?:\s+(?!and\b)[A-Z][\w'’.-]+){1,4}"
    )


_DAYS_OFFSET = re.compile(
    r"\b(a|one|two|three|four) days? (after|before|later|earlier)\b"
    r"|\b(?:(?:(?:earlier|later) )?(?:that|the same)|(?:earlier|later) in the) (day)\b"
    # "hours later", "a few hours earlier": the same day (not "forty-eight hours later")
    r"|\b(?:(?:a\s+few|several|two|three|some)\s+|(?<![\w-]\s))(hours)\s+(?:later|earlier)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
END_DATE = re.compile(r"\b(?:until|till|through|(?<!back\s)to|by|before)\s+$", re.I)


# Words of an international organization's name that make it a body of its own, not a format
# of states ("African Union" meets as itself; the Weimar Triangle's leaders meet for their states)
_FORMAL = re.compile(
    r"\b(?:Union|Community|Organi[sz]ation|League|Association|Commonwealth|Assembly|Forum"
    r"|(?<!Security\s)Council|Group\s+of)\b"
)  # (not "Security Council", whose namesakes are the councils of states: "Putin chaired a
# meeting of the Security Council")
# A permission whose infinitive a trigger is part of ("allows U.S. troops to deploy ... for
# training, exercises and other activities"), up to a finite verb or a clause's comma (but
# "allowed the government to sign": a permission used)
PERMITTED = re.compile(
    r"\b(?:allows?|allowing|permits?|permitting|enables?|enabling)\s+(?:[\w.'’-]+\s+){1,4}?"
    r"to\s+[a-z]+\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|which|who|said|began|held|met"
    r"|[a-z]{3,}ed)\b)[^,;.]"
    r"|,\s+(?!(?:the|a|an|its|their|his|her|and|which|who|said)\b)(?=[a-z]|$))*$"
)
# A state named only as the source of a report told after it (", South Korea's military said")
_ATTRIBUTION = re.compile(
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,3}?)?(?:said|says|reported|told)\b[^,;]{0,40}[.\"”]?$"
)
# A gathering of a body named as where others met ("met Xi at a summit of the Group of 20")
_AT_GATHERING = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:summit|meeting|session|conference|ministerial|gathering|congress)\s+of\s+(?:the\s+)?$"
)
_UN_NAMED = re.compile(r"^(?:U\.?N\.?|United\s+Nations)\s+\w")
_GATHERINGS = frozenset(
    {"summit", "meeting", "session", "conference", "ministerial", "gathering", "congress"}
)  # nouns whose "of" names the body that meets
_SAME_WEEK = re.compile(r"\b(?:the\s+same|that)\s+(?:week|month)\b")
# A quarrel a state is named after ("tensions with China", "both at odds with Ethiopia"): the
# adversary, no party to the deal or event
QUARREL = (
    r"tensions?|disputes?|standoff|rivalry|friction|at\s+odds|at\s+loggerheads|feud(?:ing)?"
    r"|quarrel\w*|rift|row|clash\w*|war|conflict|fighting"
)
# Talks named as what a deal or a statement came after or during, or what it follows ("The deal
# follows a meeting of NATO leaders"): a meeting took place
AFTER_TALKS = re.compile(
    r"\b(?:talks|meeting|summit)\s+(?:there\s+|here\s+|on\s+[A-Z][a-z]+day\s+)?(?:between|with)\b"
    r"|\b(?:after|at|during|following)\s+(?:(?:the|a|an|their|its)\s+)?"
    r"(?:(?:more|less)\s+than\s+)?"
    r"(?:[\w-]+\s+){0,3}"
    r"(?:talks|summit|meeting)\b"
    r"|\b(?:follows|followed|follow)\s+(?:(?:the|a|an|their|its)\s+)?(?!call\b)(?:[\w'’-]+\s+){0,2}"
    r"(?:talks|summit|meeting)\b",
    re.I,
)


def clauses(text: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses at the breaks of patterns.toml ([hedges] clause_breaks).

    Example:
        >>> t = "China objected, while Japan agreed; Korea left."
        >>> [t[a:b] for a, b in clauses(t)]
        ['China objected,', ' while Japan agreed', '; Korea left.']
    """
    return list(_clauses(text))


@lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    cuts = sorted(
        {
            m.start()
            for m in _clause_breaks().finditer(text)
            if not _WHERE_ASIDE.match(text, m.start())
            and not text.startswith(", bringing together ", m.start())
        }
        | set(_and_clauses(text))
    )  # (not ", where ..., had urged": an aside between the subject and its verb; nor "a
    # meeting in Geneva, bringing together A, B and C": the meeting's own predicate)
    bounds = [0, *[c for c in cuts if c > 0], len(text)]
    return tuple((a, b) for a, b in itertools.pairwise(bounds) if b > a)


@cache
def _clause_breaks() -> re.Pattern[str]:
    """Every position where a clause break starts (a lookahead, so overlaps all count)."""
    breaks = [*load_lexicon().words("hedges", "clause_breaks"), ", with ", ", where "]
    alternatives = "|".join(re.escape(b) for b in sorted(set(breaks), key=len, reverse=True))
    # ", as Quad leaders met": a clause of its own ("X, as well as Y" is a list)
    # " as Chinese bombers flew": a clause too ("such as Japan", "known as X", "as well as the
    # EU" are not)
    as_clause = r"(?<!such)(?<!known)(?<!same)(?<!serve[sd])(?<!well) as (?-i:(?=(?:the\s)?[A-Z]))"
    # " after President Tsai met ...": a clause of its own with its own subject and verb (not
    # "after talks", "after Monday's summit")
    after_clause = (
        r" (?:after|before) (?-i:(?=(?:[A-Z][\w.'’-]*\s+){1,5}(?:met|held|signed|spoke|announced"
        r"|said|launched|fired)\b))"  # (not "visited": "signed a pact after Marcos visited Tokyo"
        # is the visit's meeting)
    )
    # ", when Moscow summoned Armenia's ambassador": another act, with its own subject
    when_clause = (
        r", when (?-i:(?=(?:[A-Z][\w.'’-]*\s+){1,5}(?:met|held|signed|spoke|announced|said"
        r"|launched|fired|summoned|protested|condemned|accused|invaded|annexed|seized)\b))"
    )
    return re.compile(
        f"(?=(?:{alternatives}|, as (?!well as|part of|a |an |the )))|(?={as_clause})"
        f"|(?={after_clause})|(?={when_clause})",
        re.IGNORECASE,
    )


# Words that tell a standing state of affairs, not an event of a day
_STANDING_TIME = re.compile(
    r"\b(?:for\s+(?:years|decades|months)|since\s+(?:19|20)\d\d|(?:have|has|had)\s+long\b"
    r"|(?:have|has)\s+been\b)"
)
# A "where" clause set off by commas before its sentence's verb ("France, where gunmen killed
# 130 people on Nov. 13, had urged Britain to join the strikes")
_WHERE_ASIDE = re.compile(
    r",\s+where\b[^,;]{1,150},\s+(?:has|have|had|was|were|is|are|will|would)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|en)\b"
)


# ", and Romania signed an agreement ...": a second subject with its own deal or meeting
_AND_CLAUSE = re.compile(
    r", and (?=(?:(?:in|on|last|earlier|later|since)\s+(?:[A-Za-z0-9]+\s+){1,3}?)?"  # ("..., and
    # in August Saudi Arabia hosted talks")
    r"(?:the\s)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s+(?:parliament|government|senate|legislature|cabinet|assembly))?\s+(?:also\s+)?"
    r"(?:signed|agreed|sealed|concluded|held|met|hosted|approved|ratified|adopted)\b)"
)  # ("..., and in May the Riksdag approved a host nation support agreement")


def _and_clauses(text: str) -> list[int]:
    """Where ", and" opens a clause of its own subject, unless it ends a list of names
    ("Japan, the Philippines, and Australia signed": one subject).

    Example:
        >>> _and_clauses("Peru agreed to it in May, and Chile signed a pact in June.")
        [24]
        >>> _and_clauses("Japan, the Philippines, and Australia signed a pact.")
        []
    """
    out = []
    # the sentence's opening stretch, after a time put first ("In June, A and B signed ..., and
    # in May C approved"), must tell a clause of its own, not a name and its aside ("Marles, who
    # is also deputy prime minister, and Nakatani held talks")
    opener = _LEAD_TIME.match(text)
    first = text.find(",", opener.end() if opener else 0)
    for m in _AND_CLAUSE.finditer(text):
        if _FINITE.search(text, 0, first if 0 < first < m.start() else m.start()):
            out.append(m.start())
    return out


# A time put first, before the subject ("In June,", "Last year,")
_LEAD_TIME = re.compile(
    r"\W*(?:In|On|Last|Earlier|Later|Since|During|At\s+the\s+end\s+of)\s+[\w.'’ -]{1,30}?,\s+"
)
# A finite verb: the text before ", and" is a clause of its own
_FINITE = re.compile(
    r"\b(?:[a-z]{3,}ed|said|says|met|held|signed|agreed|sealed|is|are|was|were|has|have|had|will"
    r"|would)\b(?![-–])"
)


# How far before a trigger a possessive day ("Today's agreement") names another noun's day
_OWNED_DATE_GAP = 25
# A report's verb right before what it reports ("Pakistan's military said the two men ...")
_SAID_THAT_END = re.compile(
    r"[^;]*\b(?:said|says|stated|reported|announced|added)"
    r"(?:\s+(?:in\s+a\s+statement|(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day|today|yesterday))?"
    r"\s+(?:that\s+)?$"
    r"|\W*[Aa]ccording\s+to\s+[^,;]{2,60},\s+$"  # ("According to Pakistan's military, ...")
)


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """Return the clause (start, end) containing local offset ``pos``."""
    for a, b in clauses(text):
        if a <= pos < b:
            return a, b
    return 0, len(text)


_MONTH_MAY = re.compile(
    r"\bMay(?=\s+\d)|(?<=\b[Ii]n\s)May\b|(?<=\b[Ss]ince\s)May\b|(?<=\bof\s)May\b"
    r"|\bMay(?=\s+[a-z])"  # (a name: "Theresa May urged", "May said"; the modal is "may")
)


# A relative clause set off by commas between a subject and its predicate ("..., which Lourenço
# has tried to arrange for months, has not been set"; not "..., which both hailed, though")
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|whom)\b[^,;.]{1,100},(?=\s+(?:now\s+)?(?:has|have|had|was|were|is|are|will"
    r"|would|looks?|seems?|appears?|remains?)\b)"
)
# Predicates of a planned, stalled or undone document, reached past its noun phrase.
_PREDICATE_HEDGE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:expected|planned|scheduled|due|set)\s+to\s+be\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:postponed|delayed|called\s+off|cancell?ed|shelved"
    r"|scrapped|suspended|abandoned|aborted)\b"
    r"|\bremains?\s+on\s+hold\b|\bremains?\s+(?:unsigned|pending|under\s+negotiation)\b"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:set|scheduled|arranged|fixed|agreed)\b"
    r"|\bciting\s+(?:unnamed|anonymous)\b"  # "had won an order ..., citing unnamed sources"
    # "A resumption of talks between A and B now looks unlikely": not held
    r"|^[^,;]*(?:,\s+)?(?:now\s+)?(?:looks?|seems?|appears?)\s+(?:now\s+|increasingly\s+)?"
    r"(?:unlikely|doubtful)\b(?!\s+to\b)"
)
# "said a meeting between Putin and Zelenskiy was possible": only possible (but "was possible
# after India and China reached a deal" was held)
_ONLY_POSSIBLE = re.compile(
    r"[^,;.]*?\b(?:is|was|would\s+be|remains?|remained)\s+(?:still\s+|now\s+|quite\s+)?"
    r"(?:possible|conceivable|not\s+ruled\s+out|on\s+the\s+cards)\b"
    r"(?!\s+(?:after|thanks|because|once|when|since)\b)"
)
# A thing that something stops from happening: "prevented the two countries from ever signing",
# "Hungary was prevented from signing"
_PREVENTED_FROM = re.compile(
    r"\b(?:prevent(?:ed|s|ing)?|stopped|kept|barred)\s+(?:[\w'’-]+\s+){0,6}?from\s+"
    r"(?:ever\s+|[a-z]+ly\s+)?$"
)
# A deal before lawmakers is one signed, awaiting ratification ("under consideration by the
# Senate")
CONSIDERED_BY_LAWMAKERS = (
    r"(?!\s+(?:by|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:parliament|senate|congress|assembly"
    r"|legislature|lawmakers|Parliament|Senate|Congress|Assembly|Legislature|Duma|Knesset|Bundestag"
    r"|Diet|Majlis|Sejm|Rada))"
)
# A noun's event that is only being considered: "A joint exercise involving German vessels is
# under consideration" (not a verb's: "The pact they signed is under consideration by
# parliament" was signed)
_CONSIDERED = re.compile(
    r"\b(?:(?:is|are|remains?)\s+(?:still\s+|now\s+)?under\s+consideration"
    r"|(?:is|are)\s+(?:still\s+|now\s+)?being\s+considered(?!\s+(?:a|an|the|as|to)\b))\b"
    + CONSIDERED_BY_LAWMAKERS
)


@cache
def _undone() -> re.Pattern[str]:
    """A verb that undoes the act right after it, with at most three lower-case words and no comma
    between (patterns.toml [hedges] undoing): "suspended military aid to", "ended its support
    for" (not "suspended Mali at a summit": whom it suspended is no act of its own).

    Example:
        >>> bool(_undone().search("Norway suspended military ")), bool(_undone().search("Norway "))
        (True, False)
    """
    cues = load_lexicon().alternation("hedges", "undoing", spaces=True)
    return re.compile(rf"(?<![\w-])(?i:{cues})\s+(?:[a-z][\w'’-]*\s+){{0,3}}$")


# Phrases with a hedge's word that hedge nothing: "Not only did Japan condemn the launch, it also
# ...", "once again" (an adverb, not the "once" of a condition: "once the deal is signed")
_NO_HEDGE = re.compile(
    r"\bnot\s+only\b|\bonce\s+(?:again|more)\b"
    # a span an object covers: "a roadmap to guide ties over the next 25 years"
    r"|\b(?:over|during|for)\s+the\s+next\s+(?:[\w-]+\s+){0,2}(?:years|months|decades)\b",
    re.I,
)
# A readiness to defend or support is a commitment ("France stands ready to help defend the
# UAE", "is ready to continue to support Ukraine"), not a mere readiness as to sign a deal
_READY_BEFORE = re.compile(
    r"\b(?:(?:stand(?:s|ing)?|stood|is|are|was|were|remains?|remained)\s+)?(?:ready|prepared"
    r"|willing)\s+to\s+(?:help\s+)?(?:continue\s+to\s+)?$",
    re.I,
)
_COMMITTED_ACT = re.compile(
    r"(?:help\s+)?(?:continue\s+to\s+)?(?:defend|support|back|assist|protect)", re.I
)


# A hypothetical act of any actor: "any U.S. attempt to show support for Taiwan"
ANY_ATTEMPT = re.compile(
    r"\bany\s+(?:[\w.'’-]+\s+){0,2}(?:attempts?|efforts?|bids?)\s+to\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
# The hedges that only negate the predicate they stand in ("not", "never")
_NEGATION = re.compile(r"not|no|never|neither|nor|didn't|hasn't|haven't|doesn't|don't", re.I)
_REFUSED = re.compile(r"(?:refused|refuses|declined|declines|failed|fails)\s+to", re.I)
# A coordinated predicate that restates the actor's own position right before a noun trigger
# (", and reaffirmed Washington's support for")
_AND_RESTATED = re.compile(
    r",\s+and\s+(?:also\s+)?(?:reaffirmed|reiterated|renewed|restated|stressed|underlined"
    r"|emphasi[sz]ed|expressed|voiced|repeated)\s+(?:its|his|her|[A-Z][\w.'’-]*['’]s)\s+"
    r"(?:[a-z]+\s+)?$"
)
# A claim that unnamed others make, told in a relative clause ("Russia, which diplomats say has
# backed Haftar", "Iran, which Western officials believe supplied the drones")
_HEARSAY_RELATIVE = re.compile(
    r"\b(?:which|who|whom)\s+(?:[\w.'’-]+\s+){0,2}?(?:diplomats|analysts|critics|observers"
    r"|sources|experts|officials|activists|witnesses|residents|investigators|groups|media)\s+"
    r"(?:(?:believe|believed|allege|alleged|suspect|suspected|claim|claimed)\s+(?:(?:it|they)\s+)?"
    r"(?:[a-z]+\s+){0,2}|says?\s+(?:has|have)\s+(?:[a-z]+ly\s+)?)$"
)


# A document the main clause names, told of by a participle of its own ("Qatar failed to
# implement the accord, signed in Riyadh in 2013 by ..."): the signing is done, whatever the
# main verb's hedge
_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?:the|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:accords?|agreements?"
    r"|pacts?|deals?|treaty|treaties|memorand(?:um|a)|declaration|charter|protocol)"
    r",?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?$",
    re.I,
)
_DONE_PARTICIPLE = re.compile(r"(?:signed|concluded|reached|struck|inked|agreed)\b", re.I)
_HEARSAY_OF = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|allegations?|speculation|knowledge|talk|denied|denies|deny"
    r"|denying)\s+(?:(?:of|about|on|that)\s+)?$",
    re.I,
)


# Envoys or forces called home from a state: the state is where they were
_RECALLED_FROM = re.compile(
    r"\b(?:recall(?:ed|s|ing)?|withdr(?:ew|aws?|awn|awing))\s+(?:their|its|his|her|the)\s+"
    r"(?:envoys?|ambassadors?|diplomats|emissaries)\s+from\s+(?:the\s+)?$"
)
# A sentence's subject, then "it" opening the clause after a colon ("Ankara has close ties
# with both: it sold ...")
_IT_AFTER_COLON = re.compile(
    r"\W*(?:The\s+)?([A-Z])[^:;]*([:;])\s+it\s+(?:(?:has|had|also|then)\s+)?(?:[a-z]+ly\s+)?"
)
# A seeming right before the trigger ("appeared to back", "seems to have signed"): it governs
# that verb only, not a fact told in a clause after it ("appeared to sour after X condemned")
_SEEMING = re.compile(
    r"\b(?:appear|appears|appeared|seem|seems|seemed)\s+to\s+(?:have\s+)?(?:been\s+)?$"
    r"|\b(?:invited|invitation)\s+to\s+$",  # ("was invited to take part in the drills")
    re.I,
)


# A modal and its verb in the clause before "but" ("would not trigger independence")
_MODAL_BUT = re.compile(r"\b(?:would|will|could|might|should|may)\s+(?:not\s+)?[a-z]+\b[^,;.]*$")
# A clause opened by "but" and a bare verb that shares the modal before ("but open talks")
_BARE_PREDICATE = re.compile(
    r"\s*but\s+(?:rather\s+|instead\s+)?(?:open|hold|launch|start|begin|resume|sign|conduct"
    r"|stage|seek|meet|join|host|pave\s+the\s+way\s+for|lead\s+to)\b"
)


def hedged(text: str, lo: int, trigger_start: int, trigger_end: int) -> bool:
    """True when a hedge or negation cue governs the trigger at ``trigger_start``.

    Example:
        >>> t = "Poland is expected to sign a deal."
        >>> hedged(t, 0, 22, 26), hedged("Poland signed a deal.", 0, 7, 13)
        (True, False)
        >>> hedged("In May 2024 Poland signed a deal.", 0, 19, 25)
        False
        >>> hedged("Paz, who will retire soon, signed a deal.", 0, 26, 32)
        False
        >>> t = "A dispute has prevented the two from ever signing a treaty."
        >>> hedged(t, 0, t.index("signing"), t.index("signing") + 7)
        True
        >>> t = "A joint drill involving French frigates is under consideration."
        >>> hedged(t, 0, t.index("drill"), t.index("drill") + 5)
        True
        >>> t = "The pact they signed is under consideration by the Senate."
        >>> hedged(t, 0, t.index("pact"), t.index("pact") + 4)
        False
        >>> t = "Russia, which diplomats say has backed Haftar, denied it."
        >>> hedged(t, 0, t.index("backed"), t.index("backed") + 6)
        True
    """
    if _MODAL_BUT.search(text, 0, lo) and _BARE_PREDICATE.match(text, lo):
        return True  # "a yes vote would not trigger independence but open talks with
        # Baghdad": the modal of the predicate the bare verb is coordinated with
    upto = _MONTH_MAY.sub("Month", text[lo:trigger_end])  # "In May 2024" is no hedge (the
    before = upto[: len(upto) - (trigger_end - trigger_start)]  # trigger shows "May urged")
    before = DAY_AFTER.sub("that day", before)  # "and the next day met": a past day
    before = _HEDGE_ASIDE.sub(",", before)  # "X, who will step down in October, signed": the
    before = _OPENING_PARTICIPLE.sub("", before)  # aside's, and an opening participle's
    # ("Intending to deter China, Japan and Peru began drills"; "Without naming China, Japan
    # condemned": the negation is the opener's own)
    document = (
        _DOCUMENT_PARTICIPLE.search(before) if _DONE_PARTICIPLE.match(text, trigger_start) else None
    )
    if document and not _HEARSAY_OF.search(before, 0, document.start()):
        before = ""  # "failed to implement the accord, signed in Riyadh by ...": done (not
        # "denied reports of the deal struck with Tehran")
    before = _NO_HEDGE.sub(" ", before)  # "Not only did Japan condemn ...", "once again"
    # ("Russia would face sanctions if it attacked, as the two leaders held talks": the "if"
    # is the warning's; not a parenthetical ", as the newspaper claimed, ...")
    before = re.split(r",\s+as\s+(?=(?:the|both|they|he|she|[A-Z][a-z]+)\b[^,]*$)", before)[-1]
    before = re.split(r"\b(?:when|while|because|whereas)\s+", before)[-1]  # ("the troops were
    # ready to deploy when Poland signed": the readiness is the other clause's)
    if _COMMITTED_ACT.match(text, trigger_start):
        before = _READY_BEFORE.sub(" ", before)  # "stands ready to help defend": committed
    coordinated = re.search(
        r"\b(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+|on\s+[A-Z][a-z]+day\s+){0,2}$",
        before,
    )  # ("... and has condemned", "... and on Monday imposed")
    if coordinated and not (
        re.search(r"\bto\s+[a-z]+\s+(?:and|or)\s+$", before)
        and not re.match(r"\w+(?:ed|s)\b", text[trigger_start:trigger_end])
    ):
        before = ""  # "warned that it would retaliate and urged ...": a new main verb (but
        # "intend to negotiate and conclude": one infinitive, its hedge still governs)
    restated = _AND_RESTATED.search(before)
    if restated and all(
        _NEGATION.fullmatch(c.group().strip())
        for c in words("hedges", "before").finditer(before[: restated.start()])
    ):  # "said the ties were "not a substitute" for progress, and reaffirmed Washington's
        before = before[restated.end() :]  # support for": a predicate of its own (but
        # "reportedly", "unlikely" or "would" govern it too)
    refusal = re.search(r",\s+$", before) and re.match(
        r"(?:accus|condemn|critici[sz]|denounc|blam|urg|demand)ing\b|calling\s+on\b",
        text[trigger_start:trigger_end],
    )  # ("said it was not compatible with the alliance, urging Washington to reverse it")
    if refusal and all(  # "Turkey has refused to approve Sweden's membership, accusing
        _NEGATION.fullmatch(c.group().strip()) or _REFUSED.fullmatch(c.group().strip())
        for c in words("hedges", "before").finditer(before)  # Stockholm of ...": the refusal
    ):  # is the main verb's; the participle tells what Turkey does
        before = ""
    if refusal and re.search(r"\b(?:said|says|announced|stated)\b[^,;\"”]{0,40},\s+$", before):
        before = ""  # "India will not attend the summit, the ministry said on Tuesday, blaming
        # Pakistan": the sayer blames, whatever the hedge of what it said
    before = re.split(r",?\s+and\s+that\s+", before)[-1]  # "said the patrol was not aimed
    # at any third party and that the two would deepen ...": a statement of its own
    after = re.split(r",?\s+but\s", text[trigger_end : trigger_end + 40])[0]  # ("backed the
    # resolution but said France could not ...": the hedge is the second predicate's)
    if re.match(r"\s+(?:no|neither)\s", after):
        return True  # "concluded no alliance", "signed neither deal"
    if _DRAFT_TEXT.search(before) and re.match(r"[a-z]+ing\b", text[trigger_start:trigger_end]):
        return True  # "a draft Security Council statement condemning the crackdown stalled":
        # what a text not adopted says (but "adopted a draft resolution condemning" is done)
    if words("hedges", "before").search(before) or words("hedges", "after").search(after):
        return True
    if re.search(r"\b(?:was|were)\s+(?:still\s+)?to\s+$", before):
        return True  # "India and France were to sign the deal on Monday": the future seen from
        # the past (only right before the trigger: "The goal was to deter China, and ... signed")
    if _SEEMING.search(before):
        return True  # "a video in which he appeared to back the attack": only a seeming
    if _HEARSAY_RELATIVE.search(before):
        return True  # "Russia, which diplomats say has backed Haftar": their claim
    if _NONE_SUBJECT.search(before):
        return True  # "none of the five has condemned the invasion": no one did
    if (
        _URGED_BEFORE.search(before)
        and not _EVENT_SETTING.search(before)
        and not _DONE_AFTER.match(text, trigger_end)
    ):
        return True  # "urged Armenia and Azerbaijan to conclude a treaty": not concluded (but
        # "urged Serbia to act during talks in Brussels": the talks were held)
    if ANY_ATTEMPT.search(before):
        return True  # "saying any U.S. attempt to show support for Taiwan would be futile": an
        # act warned of, not done
    if _undone().search(before) and not re.match(
        r"(?:in|to)\s+protest\b", text[trigger_start:trigger_end], re.I
    ):  # (not "canceled military exchanges in protest at the sale": the protest is the why)
        return True  # "suspended military aid to", "called off talks with"
    if _PREVENTED_FROM.search(before):
        return True  # "has prevented the two countries from ever signing a peace treaty"
    # The subject's own predicate further on: "A contract with X for additional frigates is
    # expected to be signed", "The signing of a pact, planned for Thursday, was postponed"
    # (not what a relative clause says: "a deal that is expected to boost ties").
    further = re.split(
        r"\b(?:that|which|who|whose|while|but|after|before|when|since|because|as|until|though"
        r"|although)\b|,\s+and\b|[;:]",
        _RELATIVE_ASIDE.sub(",", text[trigger_end : trigger_end + 200])[:110],
    )[0]  # (past an aside: "A summit between X and Y, which Z has tried to arrange for months,
    # has not been set")
    if _CONSIDERED.search(further) and not re.search(
        r"(?:ed|held|met|struck|began|won|sent|made)$", text[trigger_start:trigger_end], re.I
    ):
        return True
    if _ONLY_POSSIBLE.match(_RELATIVE_ASIDE.sub(",", text[trigger_end : trigger_end + 200])):
        return True
    return bool(_PREDICATE_HEDGE.search(further))


def head(noun: str) -> str:
    """The kind of document an agreement noun names ("pact" and "deal" are agreements)."""
    word = noun.lower().split()[-1].strip("()")
    for head in (
        "memorand",
        "treaty",
        "partnership",
        "declaration",
        "letter",
        "plan",
        "protocol",
        "framework",
    ):
        if word.startswith(head) or head in noun.lower():
            return head
    return "agreement"


def verbs_as_nouns(clause: str, noun: re.Match[str]) -> set[str]:
    """Agreement nouns used as verbs or modifiers here ("plan to", "deal with") are not nouns.

    After a determiner or an amount they are nouns again ("signed a $2 billion deal with").

    Example:
        >>> t = "they plan to deal with it after a deal with Paris"
        >>> [verbs_as_nouns(t, m) for m in re.finditer(r"plan|deal", t)]
        [{'plan'}, {'deal'}, set()]
    """
    after = clause[noun.end() : noun.end() + 6]
    if not (
        re.match(r"\s+(?:to|with)\b", after) and noun.group().lower() in ("plan", "deal", "deals")
    ):
        return set()
    if _NOUN_PHRASE.search(clause[: noun.start()]):
        return set()
    return {noun.group().lower()}


_NOUN_PHRASE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|whose|new|billion|million|trillion|similar|such"
    r"|several|two|three|four|other|more|signed|inked|sealed|struck|concluded|reached)\s+"
    r"(?:[\w€$£¥.,-]+\s+){0,3}$",
    re.IGNORECASE,
)


def is_verb_form(word: str) -> bool:
    return not re.search(
        r"(?:ment|ments|tion|tions|ing)$", word, re.IGNORECASE
    ) or word.lower() in (
        "signing",
        "agreeing",
    )


# "seven southern European Union countries", "several NATO members": some members of a body
# act, not the body ("the 27 EU countries" may be all of them, and is left to the body)
_SOME_MEMBERS = re.compile(
    r"(?<!\bthe\s)(?<!\ball\s)\b(?:some|several|many|few|a\s+few|a\s+handful\s+of|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
# Some of a body's members, counted, before its name ("Sixty-six members of the opposition")
_SOME_OF_BODY = re.compile(
    r"(?<![\w-])(?:some|several|many|dozens|scores|hundreds|\d{1,3}|two|three|four"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six"
    r"|seven|eight|nine)"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)\s+(?:of\s+(?:the|its|their)\s+)?(?:members|lawmakers|MPs|deputies"
    r"|legislators|senators|rebels)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# A clause of a state's or body's own people, after the clause that named it: ", and its civilian
# and military leaders rejected", "and that its members would continue" (whose: RuleBase.its_owner)
ITS_PEOPLE = re.compile(
    r"(?:,\s+and|\band\s+that|,\s+that|,\s+while)\s+its\s+(?:[a-z-]+\s+(?:and\s+)?){0,3}?"
    r"(?:members|leaders|leadership|government|officials|ministers|military|forces|troops"
    r"|diplomats|envoys|representatives)\b"
)
# A share one holds in a body, before the body's name ("its participation in the Russian-led",
# "the participation of Switzerland and Austria in the ESSI")
_SHARE_IN = re.compile(
    r"\b(?:participation|membership|presence|involvement|seat|stake)"
    r"(?:\s+of\s+(?:[\w.'’-]+\s+){1,6}?)?\s+in\s+(?:the\s+)?"  # ("the participation of
    r"(?:(?!(?:talks|with|and|of)\b)[\w.-]+\s+){0,2}$",  # Switzerland and Austria in the ESSI")
    re.I,
)
_MEMBER_NOUN = re.compile(r"\s+(?:member\s+)?(?:countries|nations|states|members|governments)\b")


# Who acts for an international body, right after its name ("NATO foreign ministers", "EU
# leaders", "ASEAN defence chiefs"), and a later bare reference to them ("the ministers")
_BODY_PEOPLE = (
    r"(?:(?:foreign|defen[cs]e|finance|interior|senior|top|military)\s+){0,2}"
    r"(ministers|leaders|allies|chiefs|envoys|ambassadors|delegates)\b"
)
_BODY_HEAD = re.compile(r"\s+" + _BODY_PEOPLE)
_HEAD_REF = re.compile(r"(?i:the)\s+" + _BODY_PEOPLE)


@dataclass
class ContractContext:
    """What a sentence like "X signed contracts with two manufacturers" leaves for the next."""

    awarder: str | None
    date: str | None
    customers: tuple[str, ...]
    sentence: int
    systems: tuple[str, ...] = ()  # what it buys ("a contract for 80 Rafale fighters")
    amount: Amount | None = None  # its value ("a contract worth $1.14 billion to buy ...")
    purpose: str = "other"
    company: bool = False  # whether it named the company (then its value is that company's)


@dataclass
class State:
    """Discourse state the rules keep beyond the group (agreements, sales, contracts)."""

    last_agreement: Fact | None = None
    # a proposed sale told as one of several counted ("approved two possible sales"): the sale,
    # how many cases may still be told, and the sentence that counted them
    cases: tuple[Fact, int, int] | None = None
    fms: bool = False
    last_buyer: str | None = None
    contract_context: ContractContext | None = None
    last_date: str | None = None
    last_date_paragraph: int = -1
    lede_date: str | None = None  # the day the article's first sentence tells
    # the two states that act in the story's first sentence naming states ("The Philippines
    # notified the United States ..."): whose standing pacts ("The VFA, signed in 1998") it is
    # about
    lede_pair: tuple[str, ...] | None = None
    previous: Sentence | None = None  # the sentence before the one the rules read
    told: str = ""  # the text of the sentences read so far (the last 1,500 characters)
    headline: str = ""  # the article's first sentence
    # "The following documents were signed during the summit:": the signers, the day and the
    # paragraph of the numbered list that follows
    listed: tuple[tuple[str, ...], str | None, int] | None = None
    lede_told: bool = False
    prev_states: list[str] = field(default_factory=list)
    prev_places: tuple[int, list[str]] = (-9, [])  # states named as places lately, and where
    stance_actor: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    last_person: str | None = None  # the state of the person a later "his" or "her" is
    # what states did: (sentence, offset, state, the nouns for it)
    acts: list[tuple[int, int, str, frozenset[str]]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    # who a state buys a system (by family) from, as the text told it ("the F-35A fighters
    # Poland is buying from the United States"): (buyer, family) -> seller
    sellers: dict[tuple[str, str], str] = field(default_factory=dict)
    undated: set[int] = field(default_factory=set)  # ids of exercises the text gave no date
    # one state's exercise told without partners yet, and how many facts there were then
    lone_exercise: tuple[Fact, int] | None = None
    last_io: str | None = None  # the international organization named last ("NATO")
    history_mark: int = 0  # how many groups were remembered before the sentence being read
    states_seen: dict[str, None] = field(default_factory=dict)  # states named as actors so far
    named_in: dict[int, tuple[str, ...]] = field(default_factory=dict)  # states a later counted
    # group may stand for, by sentence (RuleBase._acting_states)
    people_seen: dict[str, None] = field(default_factory=dict)  # states of the people named
    recent_people: list[tuple[str, int]] = field(default_factory=list)  # (state, sentence)
    visit_day: tuple[str, int] | None = None  # the day a sentence told a visit on, and which
    visit_when: tuple[str, int] | None = None  # the date (a day or a month) of a visit told,
    # and the sentence that told it
    recent_states: list[str] = field(default_factory=list)  # states named, the latest last
    recent_groups: list[tuple[str, int]] = field(default_factory=list)  # armed groups named

    @property
    def previous_text(self) -> str:
        """The text of the sentence before the one the rules read ("" for the first)."""
        return self.previous.text if self.previous is not None else ""


def when_date(s: Sentence, pos: int) -> list[str]:
    """The date of a clause that ", when" tells more of, for a trigger at local ``pos`` in it.

    "since the state visit to Paris in December 2020, when he held talks with Macron": the
    talks were in December 2020, although the date sits in a "since" phrase; an appositive
    may stand between ("visited Baghdad in April, his first trip in 12 years, when ...").

    Example:
        >>> from kg.dates import find_dates
        >>> t = "Ties grew after a visit to Paris in December 2020, when he held talks."
        >>> s = Sentence(0, 0, len(t), t, "body", 0, [], find_dates(t, "2021-05-04"))
        >>> when_date(s, t.index("held"))
        ['2020-12']
    """
    found = list(re.finditer(r",\s+when\s+", s.text[:pos]))
    when = found[-1] if found else None
    if when is None or re.search(r"[,;]", s.text[when.end() : pos]):
        return []
    return [
        d.value for d in s.dates
        if d.value and d.end <= when.start()
        and re.fullmatch(
            r"(?:,\s+(?:his|her|their|its|the|a|an)\s+[^,;]*)?", s.text[d.end : when.start()]
        )
    ]  # fmt: skip


# A meeting recalled by its place ("The Lahore stop capped a month of rapid diplomacy")
_PLACED_EVENT = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:stop|stopover|visit|talks|summit|meeting|trip)\b"
)
# The day a multi-day meeting ended, told as the day of a statement ("officials said on Saturday
# at the end of a two-day summit"): the meeting is dated by its first day.
_END_OF_DAYS = re.compile(
    r"\b(?:said|says|told|announced|declared|stated)\s+(?:\w+\s+){0,3}?on\s+\w+day\s+(?:at|after)"
    r"\s+the\s+(?:end|close|conclusion)\s+of\s+(?:a|an|the|their|his|her)\s+"
    r"(two|three|four|five|2|3|4|5)-day\b",
    re.I,
)  # (a statement's day only: "signed ... on Monday at the end of a two-day meeting" is the
# signing's own day)


# A sentence's opening topic ("On Iraq, ", "As for Russia, ", "Turning to the Korean
# Peninsula, "): a name in it is what the sentence is about, not who acts.
_TOPIC_OPENER = re.compile(
    r"\W*(?:On|Regarding|Concerning|As\s+for|As\s+to|With\s+regard\s+to|With\s+respect\s+to"
    r"|Turning\s+to)\s+(?:the\s+)?(?:situation\s+in\s+|issue\s+of\s+)?"
    rf"(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4},\s*"
)  # (not "On Tuesday Japan and Australia, long-time partners, signed": a day)


# A noun phrase in apposition right after a name (past an acronym in brackets), up to the comma
# before the verb: "the Alliance of Sahel States (AES), the confederation the three states
# formed, condemned", "the AES, the confederation of Mali, Burkina Faso and Niger, condemned"
_APPOSITIVE = re.compile(  # (after a legal form the name leaves out: "Hyundai Rotem Co., the")
    r"(?:\s+(?:Co|Corp|Inc|Ltd|LLC|PLC|plc|AG|SA|S\.A)\.?(?:,?\s+Ltd\.?)?(?=,))?"
    r"(?:\s*\([^()]{1,12}\))?,\s+(?P<np>(?:(?:the|a|an)\s+|(?:a|an)\s+[A-Z][\w.-]*\s+"
    # "Ramaphosa, one of the leaders of an African peace mission ..., urged": one of a group
    r"|(?:one|each|either|neither)\s+of\s+(?:the|its|his|her|their)\s+)[a-z][^;()]*?"
    # "Russia, long India's main arms supplier, agreed": whose supplier it is
    r"|(?:(?:long|once|now|still)\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,4})"
    r",(?=\s+[a-z])"
)


# An aside between a subject and its verb: a relative clause, up to the comma before the verb
# ("The G7, whose members include Japan, Canada and Italy, condemned"), or a name set apart
# ("Poland, unlike Hungary, condemned")
_SUBJECT_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose|where)\b[^;]*?,(?=\s+[a-z])|(?:unlike|like|apart\s+from|except\s+for"
    r"|besides|rather\s+than|other\s+than)\b[^,;]*,)"
)
# An opening phrase that sets a name apart from the clause's subject ("Without naming China,",
# "Without waiting for Washington,", "Unlike Hungary,", "Apart from Japan,"; not "Like-minded
# partners"): the name in it never acts in the clause.
_APART_OPENER = re.compile(
    r"\W*(?:Without\s+[a-z]+ing|Unlike|Like|Besides|Apart\s+from|Except\s+for|Aside\s+from"
    r"|Instead\s+of|Rather\s+than|Other\s+than)(?![\w-])[^,;:]*,\s*"
)


# A noun's "against" inside a phrase ("the country's fight against"), not a verb's ("protested
# against", "protested strongly against")
_NOUN_AGAINST = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our)\s+|['’]s\s+)(?:[\w-]+\s+){0,2}?[a-z]+\s+against\b"
)
# A second predicate of courtesy between a verb's object and a later name ("condemned the move
# and thanked Vilnius"): the name is the second verb's object
_NEXT_PREDICATE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[a-z-]+\s+(?:and|but)\s+"
    r"(?:also\s+)?(?:thanked|praised|welcomed|congratulated|commended|hailed|lauded|notified"
    r"|informed|invited|reassured|assured)"
)  # (a verb of courtesy: "condemned the launch and urged North Korea" still condemns it)
# People "on" a side, who are its subject ("negotiators on both sides condemned")
_PEOPLE_ON = re.compile(
    r"\b(?:negotiators|officials|leaders|delegates|delegations|diplomats|ministers|troops|forces"
    r"|soldiers|people|those|politicians|lawmakers|experts|teams|representatives|commanders"
    r"|militaries|governments)\s+(?:on|upon)\s+$",
    re.I,
)
# "..., and it (has) urged": the sentence's opening subject again
_AND_IT = re.compile(r",\s+and\s+it\s+(?:(?:has|had|also|then|later|repeatedly)\s+){0,2}$")
# A deal to buy a company itself ("signed an agreement with KDB to take over the shipbuilder",
# "the takeover agreement"): no contract for work, no agreement between states
_TAKEOVER = re.compile(
    r"^[^.;]{0,80}?\bto\s+(?:take\s+over|acquire|buy(?:\s+out)?)\s+(?:an?\s+(?:\w+\s+)?stake\b"
    r"|(?:the|a|its)\s+(?:\w+\s+)?(?:shipbuilder|company|firm|business|maker|manufacturer"
    r"|subsidiary|shipyard|group)\b(?![\w'’-]|\s+of\b))"  # (not "to take over maintenance", "to
    r"|\b(?:takeover|acquisition|merger)\s+(?:\w+\s+){0,2}$",  # buy the company's howitzers",
    # "a firm-fixed-price line", "a group of four vessels")
    re.I,
)


def takes_over(text: str, lo: int, t0: int, t1: int, hi: int) -> bool:
    """True when the deal a trigger at ``t0:t1`` tells in the clause ``lo:hi`` buys a company
    itself: no contract for work, no agreement between states.

    Example:
        >>> t = "HHI signed an agreement with KDB to take over the shipbuilder."
        >>> takes_over(t, 0, t.index("signed"), t.index(" with"), len(t))
        True
        >>> t = "Babcock won a contract to take over maintenance of the frigates."
        >>> takes_over(t, 0, t.index("won"), t.index(" to"), len(t))
        False
    """
    return bool(_TAKEOVER.search(text[t1:hi]) or _TAKEOVER.search(text[lo:t0]))


# A body that sits for its parent organization ("UN Security Council", "African Union Peace and
# Security Council", "UN General Assembly")
SITTING_BODY = re.compile(r"\b(?:Security|Peace)\b.*\bCouncil\b|\bGeneral\s+Assembly\b")


# A preposition whose object a list is ("The talks focused on China, North Korea and Russia"):
# no group that acts
_OBJECT_OF = re.compile(
    r"\b(?:on|about|with|against|to|from|in|of|over|for|at|into|toward|towards|near)\s+(?:the\s+)?$"
)


# A finite verb after a clause's subject, past an adverb ("also protested", "did the same")
_SUBJECT_AFTER = re.compile(
    r"(?:\s+(?:also|then|later|too|likewise|both|all|jointly|separately))?"
    rf"(?:{FINITE_AFTER.pattern}|\s+(?:did|does|do)\b)"
)
# A preposition of topic or direction before states ("focused on China", "missiles to Kyiv")
_TOPIC_OF = re.compile(r"\b(?:on|about|against|over|toward|towards|near|into|at|to)\s+(?:the\s+)?$")
# A verb right before states: what it took ("condemned China")
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|es)\s+(?:the\s+)?$")
# A state's envoy after its name, not the state acting ("summoned China's ambassador")
_OBJECT_OWNER = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:ambassador|envoy|embassy|charg[eé])")
# People of the states named after them, who act for them ("the presidents of Bulgaria")
_LEADERS_OF = re.compile(
    r"\b(?:presidents|leaders|heads|ministers|premiers|representatives|delegations|envoys"
    r"|governments|commanders|chiefs|officials)\s+of\s+(?:the\s+)?$"
)


# A body's own resolutions and what they do, right after its name ("General Assembly
# resolutions condemning")
_OWN_RESOLUTIONS = re.compile(
    r"\s+resolutions?\s+(?:\d{3,4}\s+)?"
    r"(?!(?:during|following|regarding|concerning|including|according|bring)\b)[a-z]+ing\b"
)


def _outside(s: Sentence, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that start outside every span (sentence offsets) of an aside.

    Example:
        >>> from kg.extract.mentions import find_mentions
        >>> t = "Peru, unlike Chile, agreed."
        >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
        >>> [m.key for m in _outside(s, s.mentions, [(4, 19)])]
        ['PER']
    """
    return [m for m in mentions if not any(a <= s.local(m.start) < b for a, b in spans)]


class RuleBase:
    """The state and role finders every fact rule uses, for one article."""

    def __init__(
        self,
        discourse: Discourse,
        *,
        place: str | None = None,
        article_date: str | None = None,
        issuer: str | None = None,
    ) -> None:
        self.d = discourse
        self.lex = load_lexicon()
        self.st = State()
        self.place = place
        self.issuer = issuer  # the state whose ministry issued the release the article is
        # ("Ministry of National Defense, Republic of Korea, Press Release"), if any
        self.article_date = article_date
        self.orgs: dict[str, Org] = dict(self.lex.orgs)  # plus organizations found by shape

    @property
    def facts(self) -> list[Fact]:
        """The facts found so far, in order."""
        return self.st.facts

    def _learn(self, s: Sentence) -> None:
        self.st.history_mark = len(self.d.history)  # (groups remembered since are this sentence's)
        for m in s.mentions:
            if m.org is not None:
                self.orgs.setdefault(m.key, m.org)
            if m.kind == "org" and self.orgs[m.key].kind == "international-organization":
                self.st.last_io = m.key
        for m in s.actors():
            if m.kind == "nation":
                self.st.states_seen.setdefault(m.key)
        self.st.named_in[s.index] = self._acting_states(s, s.actors())

    def _remember(self, s: Sentence) -> None:
        self.st.previous = s
        self.st.told = (self.st.told + " " + s.text)[-1500:]  # (what the text told lately)
        if s.index == 0:
            self.st.headline = s.text
        self.st.prev_states = [m.actor for m in s.actors() if m.kind == "nation"]
        for m in s.mentions:
            if m.kind == "nation":
                if m.key in self.st.recent_states:
                    self.st.recent_states.remove(m.key)
                self.st.recent_states.append(m.key)
            elif m.kind == "org" and self.orgs[m.key].kind == "armed-group":
                self.st.recent_groups.append((m.key, s.index))
        places = list(
            dict.fromkeys(m.key for m in s.mentions if m.kind == "nation" and m.role == "place")
        )
        if places or s.index - self.st.prev_places[0] > 2:  # ("Norway leads the drills" between
            self.st.prev_places = (s.index, places)  # the places and "the three hosts")
        people = [m for m in s.actors() if m.form == "person" and m.kind == "nation"]
        if people:
            self.st.last_person = people[0].key  # the sentence's first person: its subject
        for m in people:
            self.st.people_seen.setdefault(m.key)
            self.st.recent_people.append((m.key, s.index))
        starts = [  # "drills which run until May 31": an end, not the day events are told of
            d.value for d in s.dates if d.value and not END_DATE.search(s.text[: d.start])
        ]
        if starts:
            self.st.last_date, self.st.last_date_paragraph = starts[0], s.paragraph
        days = [d for d in starts if len(d) == 10]
        visit = re.search(r"\bvisit(?:s|ed|ing)?\b", s.text) or next(
            (  # a host's welcome of a person is a visit: "Erdoğan hosted Mohamud and Abiy in
                v  # Ankara yesterday" (not "the UN welcomed the ceasefire", "the port, which
                for v in re.finditer(r"\b(?:hosted|welcomed)\b", s.text)  # hosted ships")
                if any(m.form == "person" and s.local(m.start) > v.end() for m in s.mentions)
            ),
            None,
        )
        if visit and hedged(s.text, 0, visit.start(), visit.end()):
            visit = None  # "Biden will visit Hanoi on Sept. 10": no visit yet
        self.st.visit_day = (days[0], s.index) if days and visit else None
        own = [  # the visit's own date: the first told after the word (not "In a statement
            d.value  # in June, the ministry recalled a visit ... in April 2023": April 2023)
            for d in s.dates
            if visit
            and d.value
            and d.start >= visit.start()
            and not END_DATE.search(s.text[: d.start])
        ]
        self.st.visit_when = ((own or starts)[0], s.index) if starts and visit else None
        if self.st.lede_pair is None or (not self.st.lede_pair and s.index <= 1):
            states = unique_actors(
                m for m in s.actors()
                if m.kind == "nation" and not _ATTRIBUTION.match(s.text, s.local(m.end))
            )  # fmt: skip  # (not "..., South Korea's military said": who reports it, no party)
            if states:  # (a headline may name one)
                self.st.lede_pair = states if len(states) == 2 else ()
        if not self.st.lede_told and s.role != "headline":  # the news day: "... announced on
            # Wednesday during a visit" (the lead's, not the headline's)
            self.st.lede_told = True
            self.st.lede_date = days[0] if days else None

    # ---- shared role finders -------------------------------------------------------------

    def subject(self, s: Sentence, lo: int, pos: int) -> tuple[tuple[str, ...], str | None]:
        """The actors before local offset ``pos`` in the clause starting at ``lo``, and a date.

        The run of named actors nearest the trigger wins, unless a group reference ("the
        three nations") stands between it and the trigger; a pronoun ("they") only stands
        for the last group when no actor is named before the trigger.
        """
        mentions = [m for m in s.actors(lo, pos) if not self._possessed_object(s, m)]
        he = _AS_HE.search(s.text, 0, pos)
        opening_person = next(
            (
                m for m in s.actors(0, he.start()) if m.form == "person"
                and _TITLES_BEFORE.fullmatch(s.text, 0, s.local(m.start))
            ),
            None,
        ) if he else None  # fmt: skip
        if opening_person is not None:  # "Pompeo described China's ruling Communist Party as a
            return (opening_person.actor,), None  # predator, as he held talks in Colombo with
            # Rajapaksa": Pompeo
        it = _IT_AFTER_COLON.match(s.text, 0, pos)
        opening = (
            [m for m in s.actors(0, it.end()) if s.local(m.start) == it.start(1)] if it else []
        )
        if (
            opening
            and it
            and not re.match(r"['’]", s.text[s.local(opening[0].end) :])  # (not "Sweden's
            # biggest obstacle was Turkey: it ...": nor one of several states named before it)
            and all(m.actor == opening[0].actor for m in s.actors(0, it.start(2)))
            and (
                it.end() == pos
                or (  # (and its next predicate: "it sold drones to Ukraine and bought S-400s")
                    re.search(r"\s+and\s+(?:(?:has|had|also|then)\s+)?$", s.text[it.end() : pos])
                    and not re.search(r"[,;]\s+(?:and\s+)?(?:the\s+)?[A-Z]", s.text[it.end() : pos])
                )
            )
        ):  # "Ankara has close ties with both countries: it sold drones to Ukraine": Ankara
            return (opening[0].actor,), None
        people = [m for m in mentions if m.form == "person"]
        if (
            len(people) >= 2
            and _TITLED_PEOPLE.fullmatch(s.text, s.local(people[0].start), pos)
            and _OPENING_TIME.fullmatch(s.text, lo, s.local(people[0].start))
            and all(
                re.search(r"(?:^|,\s+(?:and\s+)?)$", s.text[lo : s.local(m.start)]) for m in people
            )
        ):  # "Florence Parly, French Minister for the Armed Forces, Ursula von der Leyen, German
            return unique_actors(people), None  # Federal Minister of Defence, and Margarita
            # Robles, Spanish Minister of Defence, signed": the three
        opener = s.actors(0, pos)[:1] if _AND_IT.search(s.text, lo, pos) else []
        if (
            opener
            and s.local(opener[0].start) == 0
            and len(mentions) > 1
            and not re.match(
                r"\s+and\s|,\s|['’]s?\s+(?!(?:government|foreign\s+ministry|defen[cs]e"
                r"\s+ministry|military|army|leadership|authorities)\b)",
                s.text[s.local(opener[0].end) :],
            )
        ):  # "Islamabad says fighters of the TTP ... operate from Afghan soil, and it has urged
            # Kabul to act": Islamabad, who opened it (not "Iran's drone supplies alarmed the EU,
            return (opener[0].actor,), None  # and it has sanctioned": the EU)
        own = ITS_PEOPLE.search(s.text, lo, pos)
        if own and not any(s.local(m.start) >= own.start() for m in mentions):
            speaker = self.its_owner(s, own)
            if speaker is not None:  # "Islamabad had summoned the U.S. ambassador ..., and its
                return (speaker,), None  # leaders rejected": Islamabad's leaders
        topic = _TOPIC_OPENER.match(s.text) if lo == 0 else None
        if topic and topic.end() <= pos:  # "On Iraq, Ministers condemned ...": Iraq is the topic
            mentions = [m for m in mentions if s.local(m.start) >= topic.end()]
        aside_at = [  # "Ahmadinejad, speaking on a visit to Tajikistan, dismissed": not Tajikistan
            x.span() for x in _PARTICIPLE_ASIDE.finditer(s.text, lo)
            if x.end() <= pos
            and (
                any(s.local(m.end) <= x.start() for m in mentions)
                or " by " in x.group()
                or re.match(r",\s+(?:based|allied|aligned|headquartered|loyal)\b", x.group())
            )
        ]  # fmt: skip
        aside_at += [  # "The opposition Progressive Party of Maldives (PPM), led by Yameen, has
            x.span()  # opposed": the party, not its leader's state (a body named right before)
            for x in _LED_ASIDE.finditer(s.text, lo, pos)
            if any(
                m.kind == "org"
                and re.fullmatch(r"(?:\s*\([A-Z][\w.-]*\))?", s.text[s.local(m.end) : x.start()])
                for m in mentions
            )
        ]
        aside_at += [  # (a tour's stops, whether or not the traveller was named before it)
            x.span() for x in ON_TOUR.finditer(s.text, lo) if x.end() <= pos
        ]
        mentions = _outside(s, mentions, aside_at)
        relative = [  # "Yemen's government, which is fighting the Houthis, welcomed": Yemen;
            # "Poland, unlike Hungary, condemned": Poland
            x.span()
            for x in _SUBJECT_ASIDE.finditer(s.text, lo)
            if x.end() <= pos
            and (
                any(s.local(m.end) <= x.start() for m in mentions)
                or group_refs(s.text[lo : x.start()])
            )
            and re.search(r"\b(?!(?:which|who|whose|and)\b)[a-z]{2,}", x.group())
        ]  # (not a list: "the treaty, which Australia, New Zealand and ... signed")
        mentions = _outside(s, mentions, relative)
        apart = _APART_OPENER.match(s.text) if lo == 0 else None
        if apart and apart.end() <= pos:  # "Without naming China, the leaders condemned ...",
            mentions = [m for m in mentions if s.local(m.start) >= apart.end()]  # "Unlike A, B"
        opener = PARTICIPLE_OPENER.match(s.text) if lo == 0 else None
        if opener and any(opener.end() <= s.local(m.start) for m in mentions):
            mentions = [m for m in mentions if s.local(m.start) >= opener.end()]  # "After
            # meeting Duda, he condemned ...": whom he met is no subject
        # "the Alliance of Sahel States (AES), the confederation the three governments formed,
        # condemned": the appositive describes the name, and neither a group nor a name in it
        # speaks (but in "After talks with Macron, the two leaders, speaking ..., condemned" the
        # appositive is the subject)
        appositives = [
            x.span()
            for m in mentions
            if (x := _APPOSITIVE.match(s.text, s.local(m.end)))
            and x.end() <= pos
            and not any(r[0] == 0 for r in group_refs(x.group("np")))
        ]
        mentions = _outside(s, mentions, appositives)
        asides = [x.span() for x in ASIDE.finditer(s.text[lo:pos])]
        asides += [(a - lo, b - lo) for a, b in appositives]
        refs = [  # "China, which has close ties with both countries, urged": China
            r for r in group_refs(s.text[lo:pos])
            if not any(a <= r[0] < b for a, b in asides)

            and not (  # "China said disputes should be resolved by the countries concerned
                # and that it opposed": China, named before the object of "by"
                PREP_BEFORE.search(s.text[lo : lo + r[0]])
                and any(s.local(m.end) <= lo + r[0] for m in mentions)
                and not re.match(r"['’]", s.text[lo + r[1] :])  # (not "building on the two
                # navies' drills": the drills' owners; nor "negotiators on both sides condemned")
                and not _PEOPLE_ON.search(s.text[lo : lo + r[0]])
            )
        ]  # fmt: skip
        mentions = [  # "The two NATO allies pledged": the two, not NATO
            m for m in mentions
            if not any(lo + a < s.local(m.start) and s.local(m.end) < lo + b for a, b, _n in refs)
        ]  # fmt: skip
        all_runs = runs(s, mentions)
        for i in range(len(all_runs) - 1, 0, -1):  # "his Swedish counterpart Pal Jonson": one
            gap = s.text[s.local(all_runs[i - 1][-1].end) : s.local(all_runs[i][0].start)]
            if re.fullmatch(r"\s+counterparts?,?\s+", gap):
                all_runs[i - 1 : i + 1] = [[*all_runs[i - 1], *all_runs[i]]]
        best_named = all_runs[-1] if mentions else []
        if (
            len(all_runs) > 1
            and AND_HIS.fullmatch(  # "Pevkur and his Latvian and Lithuanian counterparts":
                # all three; "Slovak Defence Minister Jaroslav Nad and his Swedish counterpart"
                s.text[s.local(all_runs[-2][-1].end) : s.local(best_named[0].start)],
            )
        ):
            best_named = [*all_runs[-2], *best_named]
        elif len(all_runs) > 1 and (
            leaders := next(
                (
                    r
                    for r in reversed(all_runs[:-1])
                    if _AND_LEADERS_OF.fullmatch(
                        s.text[s.local(r[-1].end) : s.local(best_named[0].start)]
                    )
                ),
                None,
            )
        ):  # "Macron and the leaders of the five G5 Sahel states — Mauritania, ...": all six
            best_named = [*leaders, *best_named]
        elif (
            len(all_runs) > 1
            and re.fullmatch(
                r"\s*[—–]\s*,?\s*and\s+",
                s.text[s.local(all_runs[-2][-1].end) : s.local(best_named[0].start)],
            )
            and re.search(r"[—–]\s*(?:the\s+)?$", s.text[: s.local(all_runs[-2][0].start)])
        ):  # "Representatives of the six GCC states — A, B, ... and F — and Egyptian Foreign
            best_named = [*all_runs[-2], *best_named]  # Minister X signed": all seven
        elif (
            len(all_runs) > 1
            and all(m.form == "person" for m in best_named)
            and all(m.kind == "org" for m in all_runs[-2])
            and _LED_BY.fullmatch(
                s.text[s.local(all_runs[-2][-1].end) : s.local(best_named[0].start)]
            )
        ):  # "the ANO movement of former prime minister Andrej Babis criticized": the party
            best_named = all_runs[-2]
        if (
            len(all_runs) > 1
            and not refs
            and _MET_OBJECT.search(
                s.text[s.local(all_runs[-2][-1].end) : s.local(best_named[0].start)]
            )
            and _AND_PREDICATE.fullmatch(s.text[s.local(best_named[-1].end) : pos])
            and re.fullmatch(
                rf"(?:{_TIME_OPENER})?(?:[A-Z][\w.'’-]*\s+){{0,6}}",
                s.text[lo : s.local(all_runs[-2][0].start)],
            )
        ):  # "Trump spoke by telephone with Crown Prince Mohammed bin Salman and offered support
            best_named = all_runs[-2]  # for ...": who spoke, not whom he spoke with (also after
            # "On Friday, ")
        named_end = s.local(best_named[-1].end) if best_named else -1
        if len(refs) > 1 and s.text[lo + refs[-1][0] : lo + refs[-1][1]].lower() == "their":
            refs = refs[:-1]  # "as the allies wrapped up their exercises": the allies
        if refs:
            r_start, r_end, size = refs[-1]
            ref = s.text[lo + r_start : lo + r_end].lower()
            pronoun = ref in ("they", "their", "both")
            group = self._group_for(
                s,
                lo + r_start,
                size,
                bool(re.search(_STATE_NOUNS, ref)),
                parties=bool(re.search(r"\bsides\b", ref)),
            )
            if re.search(_BODY_NOUNS, ref):  # "the two organizations": bodies, not states
                group = self._bodies_group(size)
                if group is not None and self.d.history[-1] != group:
                    self.d.remember(group)  # (whom a "They" after it stands for)
            people = self._people_group(size) if re.search(_PEOPLE_NOUNS, ref) else None
            if people and not (group and set(people.actors) <= set(group.actors)):
                group = people  # "the two leaders": the people named, not the states after them
            elif people is None and group and re.search(_PEOPLE_NOUNS, ref):
                group = self._led_group(group, size)
            noun = re.match(r"\s*[a-z]+", s.text[lo + r_end :])  # ("both" + "presidents")
            ruled = _RULERS.search(ref + (noun.group() if noun else ""))
            if (
                group
                and ruled
                and any(self._companies((a,)) for a in group.actors)
                and not self._companies(group.actors)
            ):  # "a joint venture of France's Naval Group and Brazil's Novonor. Both presidents
                # pledged": no company is one of the presidents, but the two named as people
                named = self._people_group(size)
                if named is None or any(self._companies((a,)) for a in named.actors):
                    named = self._group_for(s, lo + r_start, size, True)
                    named = Group(named.actors, None) if named else None  # (their states, not
                    # the day they were last named together)
                group = named
            elif group and _RULERS.search(ref) and self._companies(group.actors):
                # "a deal between BAE and TAI ... the two leaders pledged": two states' leaders
                group = self._group_for(s, lo + r_start, size, True)
            if group is None and size and re.search(_PEOPLE_NOUNS, ref):
                here = [  # (and those named before it in this sentence: "After talks with
                    m.key for m in s.actors(0, lo + r_start)  # Orbán, the two leaders")
                    if m.form == "person" and m.kind == "nation"
                ]  # fmt: skip
                named = tuple(dict.fromkeys((*self.st.people_seen, *here)))  # "Zelenskiy said
                if len(named) == size:  # during a visit with Kristersson ... after the two
                    # leaders held talks"
                    group = Group(named, None, people=True)
            if group and (not best_named or (not pronoun and lo + r_start > named_end)):
                return group.actors, group.date
            if (
                group
                and not pronoun
                and (
                    not s.text[lo : lo + r_start].strip()
                    or (  # ("In their statement the three leaders ...")
                        re.match(r"(?:In|At|After|During|Following)\b", s.text[lo : lo + r_start])
                        and not s.actors(lo, lo + r_start)
                    )
                    or _SAID_THAT_END.match(s.text, lo, lo + r_start)  # ("Pakistan's military
                )  # said the two men discussed ...")
                and re.search(r"\s+and\s+$", s.text[lo:pos])
                and (
                    re.search(
                        r"\b(?:the|of|an?|with|to|for|on|in|between|among)\s+(?:[A-Z][\w.]*[-–/])?$",
                        s.text[lo : s.local(best_named[0].start)],
                    )
                    or re.fullmatch(  # "the three leaders condemned North Korea's launches
                        r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:the\s+)?",  # and criticized": the
                        s.text[lo + r_end : s.local(best_named[0].start)],  # leaders, not
                    )  # the state they condemned
                )
            ):  # "The two leaders reaffirmed the strength of the U.S.-Brazil relationship and
                return group.actors, group.date  # pledged": the leaders, not a name they spoke of
            if (
                ref == "they"
                and best_named
                and lo + r_start > named_end
                and _SUBORDINATE_END.search(s.text, 0, lo + r_start)
            ):  # "Leaders of the G7 agreed to lend Ukraine $50 billion, as they opened a
                opening = self._opening_run(s, lo + r_start, leaders=True)  # summit": the G7's
                if opening and opening != unique_actors(best_named):
                    return opening, None
        opening = next(
            (r for r in all_runs[:-1] if any(m.form != "metonym" for m in r)), []
        )  # (not the city of "In Paris and London on Monday he met")
        if (
            opening
            and re.search(r"\s+and\s+$", s.text[lo:pos])
            and _SETTING_ONLY.fullmatch(s.text, lo, s.local(opening[0].start))
            and _OBJECT_BEFORE.search(s.text, lo, s.local(best_named[0].start))
            and not set(unique_actors(opening)) & set(unique_actors(best_named))
        ):  # "In Paris on Monday he met Macron and Starmer and pledged ...": he pledged
            return unique_actors(opening), None
        if best_named:
            named = unique_actors(best_named)
            if _WITH_ASIDE.fullmatch(s.text, lo, pos) and s.local(best_named[0].start) > lo:
                lead = self._with_aside_lead(s, lo)  # "Russia, with Cuba and Bolivia, backed
                if lead and re.search(r"['’]s\s|\b[a-z]{3,}ing\b", s.text[lo:pos]):  # Maduro":
                    return lead, None  # the three; "with China's backing", "with the United
                    # States watching", "with Beijing abstaining": Russia alone
                if lead:
                    return tuple(dict.fromkeys((*lead, *named))), None
            he = re.search(  # "Najib said he and Li had agreed": both
                r"\b(?:he|she)\s+and\s+(?:[A-Z][a-z]+\s+){0,3}$",
                s.text[lo : s.local(best_named[0].start)],
            )
            before = [
                m.actor for m in s.actors(0, lo + he.start()) if m.kind == "nation"
            ] if he else []  # fmt: skip
            if len(named) == 1 and before and before[0] != named[0]:
                return (before[0], named[0]), None  # (he: the sentence's subject)
            she = re.match(r"\s+and\s+(?:he|she)\s+(?:[a-z]+ly\s+)?$", s.text[named_end:pos])
            earlier = [  # "Hasina's state visit ..., during which Modi and she agreed": the
                m.actor  # person named before in the sentence
                for m in s.actors(0, s.local(best_named[0].start))
                if m.form == "person" and m.actor not in named
            ] if she and len(named) == 1 else []  # fmt: skip
            if len(set(earlier)) == 1:
                return (named[0], earlier[0]), None
            return named, None
        return (), None

    def _opening_run(self, s: Sentence, pos: int, leaders: bool = False) -> tuple[str, ...]:
        """The actors of the run that opens the sentence (only titles before it), when it
        ends before ``pos``; with ``leaders``, only a body whose leaders or ministers open it
        ("Leaders of the Group of Seven")."""
        found = runs(s, [m for m in s.actors(0, pos) if not self._possessed_object(s, m)])
        before = s.text[: s.local(found[0][0].start)] if found else ""
        if found and _LEADERS_OF_OPENING.fullmatch(before):
            return unique_actors(found[0])
        if found and not leaders and titles_only(before):
            return unique_actors(found[0])
        return ()

    def _with_aside_lead(self, s: Sentence, lo: int) -> tuple[str, ...]:
        """Who acts with those of an aside ", with A and B," that opens the clause at ``lo``:
        the run of names right before it ("Russia, with Cuba and Bolivia, backed"), or after
        "and" the run that opens the sentence ("Russia denounced the move and, with Cuba,
        backed").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Russia denounced the move and, with Cuba, backed Venezuela."
            >>> sorted(f.parties[0] for f in extract_text(t).facts if f.type == "supports")
            ['CUB', 'RUS']
            >>> t = "Russia, with Cuba and Bolivia, backed Venezuela."
            >>> sorted(f.parties[0] for f in extract_text(t).facts if f.type == "supports")
            ['BOL', 'CUB', 'RUS']
        """
        found = runs(s, [m for m in s.actors(0, lo) if not self._possessed_object(s, m)])
        if not found:
            return ()
        if not s.text[s.local(found[-1][-1].end) : lo].strip():
            return unique_actors(found[-1])
        first = found[0]
        if re.search(r"\sand\s*$", s.text[:lo]) and titles_only(s.text[: s.local(first[0].start)]):
            return unique_actors(first)
        return ()

    def official(self, s: Sentence, m: Mention) -> bool:
        """A nationality adjective naming an official ("his Greek counterpart", "the Polish
        defence minister")."""
        if m.kind != "nation" or m.form != "demonym" or m.role != "actor":
            return False
        after = s.text[s.local(m.end) : s.local(m.end) + 40]
        office = words("meeting", "offices").search(after)
        return office is not None and len(after[: office.start()].split()) <= 2

    def _participle_subject(self, s: Sentence, lo: int, pos: int) -> tuple[str, ...]:
        """The sentence's subject for a participle clause after an object ("A and B formed
        the C, signing a pact": A and B sign it), or nothing.

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> t = "Mali and Niger formed the Alliance of Sahel States, signing a pact."
            >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
            >>> RuleBase(Discourse()).joint_subject(s, 0, t.index("signing"))[0]
            ('MLI', 'NER')
        """
        if not re.search(r",\s*$", s.text[lo:pos]) or not re.match(r"[a-z]+ing\b", s.text[pos:]):
            return ()
        found = runs(s, [m for m in s.actors(lo, pos) if not self._possessed_object(s, m)])
        if not found:
            return ()
        start = s.local(found[-1][0].start)
        verb = _OBJECT_VERB.search(s.text, lo, start)
        if verb is None:
            return ()
        return self.subject(s, lo, verb.start())[0]  # (a group: "The three neighbours formed")

    def joint_subject(self, s: Sentence, lo: int, pos: int) -> tuple[tuple[str, ...], str | None]:
        """The subject of an event or deal trigger at ``pos``, with partners named on the way.

        On top of ``subject``: "A and his B counterpart signed" names both, and in "A visited B
        and signed ..." the host B is a party too (the trigger's verb is coordinated with the
        visit). Used by the agreement and event rules only.

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> t = "Italian Defence Minister Crosetto and his Polish counterpart signed a pact."
            >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
            >>> RuleBase(Discourse()).joint_subject(s, 0, t.index("signed"))[0]
            ('ITA', 'POL')
        """
        actors, date = self.subject(s, lo, pos)
        if len(actors) == 1:
            actors = self._he_and(s, lo, pos, actors)
        if len(actors) == 1:
            actors = self._participle_subject(s, lo, pos) or actors
        if len(actors) != 1:
            return actors, date
        before = [m for m in s.actors(lo, pos) if not self._possessed_object(s, m)]
        merged: list[Mention] = []
        for m in before:  # "North Korean leader Kim Jong Un": one actor named twice
            prev = merged[-1] if merged else None
            if prev and m.start < prev.end:
                merged[-1] = replace(prev, end=max(prev.end, m.end))  # inside its office name
                continue
            gap = s.text[s.local(prev.end) : s.local(m.start)] if prev else ""
            if prev and prev.actor == m.actor and re.fullmatch(r"\s+(?:[A-Za-z]+\s+){1,3}", gap):
                merged[-1] = replace(prev, end=m.end)
            else:
                named = (
                    _office_name().match(s.text, s.local(m.end)) if m.form == "demonym" else None
                )
                merged.append(replace(m, end=s.start + named.end()) if named else m)
        before = merged
        run = runs(s, before)[-1] if before else []
        if len(unique_actors(run)) > 1 and s.local(before[-1].end) <= pos:
            gap = s.text[s.local(before[-1].end) : pos]
            if (
                not re.search(r"[,;:]", gap)
                or re.search(r"\b(?:his|her)\b", gap)
                or re.search(r",\s+they\s+(?:also\s+|then\s+)?$", gap)  # "When A and B met, they"
            ):
                return unique_actors(run), date
        if len(before) < 2:
            return actors, date
        last = before[-1]
        prev = before[-2]
        gap = s.text[s.local(prev.end) : s.local(last.start)]
        tail = s.text[s.local(last.end) : pos]
        if last.actor == prev.actor:
            return actors, date
        counterpart = re.fullmatch(  # (also "A, Seoul's chief negotiator, and his U.S. ...")
            r"(?:['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+)?(?:,\s*)?\s+and\s+(?:his|her|their)\s+", gap
        ) and re.match(r"\s+counterparts?\b", tail)
        visited = re.fullmatch(
            r"\s+(?:visited|met(?:\s+with)?)\s+(?:the\s+)?", gap
        ) and re.fullmatch(
            r"\s+and\s+(?:(?:also|then|later)\s+)?(?:[a-z]+\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3})?",
            tail,
        )
        if counterpart or visited:
            return tuple(dict.fromkeys((prev.actor, last.actor))), date
        return actors, date

    def _he_and(self, s: Sentence, lo: int, pos: int, actors: tuple[str, ...]) -> tuple[str, ...]:
        """ "Modi visited Washington, where he and Biden signed ...", "as he and Prime Minister
        Narendra Modi held talks": "he" is the person named before in the sentence (or the last
        person of the text), a party too."""
        named = [m for m in s.actors(lo, pos) if m.actor == actors[0]]
        if not named or not re.search(
            r"\b(?:he|she)\s+and\s+(?:[A-Z][a-z]+\s+){0,3}$", s.text[lo : s.local(named[0].start)]
        ):
            return actors
        people = [m.actor for m in s.actors(0, lo) if m.form == "person" and m.kind == "nation"]
        person = people[-1] if people else self.st.last_person
        if person is None or person == actors[0]:
            return actors
        return (person, actors[0])

    def _companies(self, actors: tuple[str, ...]) -> bool:
        """True when every actor is a company (whose heads are no "leaders" of a state)."""
        return all(a in self.orgs and self.orgs[a].kind == "company" for a in actors)

    def recent_pair(self, s: Sentence) -> Group | None:
        """The two states whose people this sentence and the two before named, when there are
        exactly two ("Lula told visiting Chancellor Olaf Scholz ... Lula told a news conference
        after their talks"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Lula told visiting Chancellor Olaf Scholz that Brazil wanted peace. Lula "
            >>> t += "told a joint news conference after their talks on Monday that he was glad."
            >>> [f.parties for f in extract_text(t, date="2023-01-31").facts]
            [('BRA', 'DEU')]
        """
        recent = tuple(dict.fromkeys(a for a, i in self.st.recent_people if i >= s.index - 2))
        return Group(recent, None, people=True) if len(recent) == 2 else None

    def _people_group(self, size: int | None) -> Group | None:
        """The most recent group named as people (of ``size`` members when given)."""
        return next(
            (
                g
                for g in reversed(self.d.history)
                if g.people and (size is None or len(g.actors) == size)
            ),
            None,
        )

    def _led_group(self, group: Group, size: int | None) -> Group:
        """``group``, or for a reference to people ("the two leaders") whose states named no
        one, the most recent group of that size whose states each had a person named: "Kishida
        and Marcos ... the pacts Tokyo has signed with Australia and Britain ... the two leaders
        pledged" are Japan and the Philippines.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Japan and the Philippines agreed to start talks as Kishida met Marcos. "
            ...      "Kishida said they would negotiate an agreement like the pacts Tokyo has "
            ...      "signed with Australia and Britain. In a joint statement, the two leaders "
            ...      "expressed serious concern over China's actions.")
            >>> sorted(f.parties[0] for f in extract_text(t).facts if f.kind == "stance")
            ['JPN', 'PHL']
        """
        seen = self.st.people_seen
        if all(a in seen for a in group.actors):
            return group
        led = next(
            (
                g for g in reversed(self.d.history)
                if len(g.actors) > 1 and (size is None or len(g.actors) == size)
                and all(a in seen for a in g.actors)
            ),
            None,
        )  # fmt: skip
        if led is not None:
            return led
        told = any(
            set(group.actors) <= set(f.parties)
            for f in self.st.facts
            if f.kind in ("meeting", "agreement", "exercise")
        )  # (states whose talks or pact were told stay "the two leaders")
        last = self.st.recent_people[-1][1] if self.st.recent_people else -9
        recent = list(
            dict.fromkeys(a for a, i in reversed(self.st.recent_people) if last - i <= 3)
        )  # ("Lula said ... Scholz condemned ... The two leaders pledged": those two, the people
        if not told and size and len(recent) == size and not set(recent) & set(group.actors):
            return Group(tuple(reversed(recent)), None, people=True)  # of the sentences before
        return group

    def _bodies_group(self, size: int | None) -> Group | None:
        """The last group that held ``size`` bodies (two or more when no size is given): "the
        summit of the Arab League and the OIC ... the two organizations demanded", "Amnesty and
        Human Rights Watch ... the two organizations condemned"; None when there is none.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The summit of the Arab League and the African Union opened in Cairo with "
            ...      "Egypt and Algeria. The two organizations condemned Israel.")
            >>> [f.parties for f in extract_text(t).facts if f.kind == "stance"]
            [('Arab League',), ('African Union',)]
        """
        for old in reversed(self.d.history):
            bodies = tuple(a for a in old.actors if a in self.orgs and not self.orgs[a].stands_for)
            if len(bodies) > 1 and (size is None or len(bodies) == size):
                return Group(bodies, old.date)
        return None

    def _group_for(
        self,
        s: Sentence,
        pos: int,
        size: int | None,
        states: bool = False,
        exclude: tuple[str, ...] = (),
        seen: bool = True,
        sides: bool = False,
        parties: bool = False,
    ) -> Group | None:
        """The group a reference at local offset ``pos`` stands for ("the three nations").

        A run of that many actors earlier in the same sentence wins, then the current
        group, then the most recent earlier group of that size. ``states``: the reference
        names states ("both sides", "the two countries"), so a group of states is wanted;
        with ``exclude``, none of those ("the United States urged both governments": two
        others). ``seen``: a text that named only that many states may stand for them.
        ``sides``: armed groups count as states ("urged both sides": the army and the RSF).
        ``parties``: a union of states counts as one ("Canada and the EU signed ... the two
        sides also agreed").
        """
        earlier = [r for r in runs(s, [m for m in s.actors(0, pos)]) if len(unique_actors(r)) > 1]
        last = self.d.history[-1] if self.d.history else None
        firms = last is not None and any(
            a in self.orgs and self.orgs[a].kind == "company" for a in last.actors
        )  # ("Hanwha and Hyundai Rotem signed deals ... Both presidents": the firms')
        if (
            not states
            and not firms
            and _STATE_HEADS_REF.match(s.text, pos)
            and not self._body_heads_named(s)
        ):
            states = True  # "the two presidents": heads of states, not the state and the
            # alliance last named together (but the EU's two presidents, named as people, are)
        sized = [n for _a, b, n in group_refs(s.text[:pos]) if n and b < pos]
        if size is None and sized and re.match(r"they\b", s.text[pos:], re.I):
            size = sized[-1]  # "The defense chiefs of the three countries ... when they met":
            # "they" are those three
        fitting = self._region_group(s, pos, size, earlier, exclude)
        if fitting is not None:  # "the two Nordic countries": the last two named that are
            return fitting
        if size is None and not earlier and re.match(r"the\s+allies\b", s.text[pos:], re.I):
            alliances = load_lexicon().patterns["organizations"]["anaphora"]["the alliance"]
            alliance = [m.actor for m in s.actors(0, pos) if m.actor in alliances]
            if alliance:  # "NATO's North Atlantic Council met; the allies expressed solidarity"
                return Group((alliance[-1],), s.first_date())
        for run in reversed(earlier):
            others = tuple(a for a in unique_actors(run) if a not in exclude)
            # ("with A's and B's presidents, the State Department said": A and B, not the speaker)
            if (size is None or len(others) == size) and len(others) > 1:
                return Group(others, s.first_date())
        sides_named = list(self.d.sides)[-2:]
        if (
            parties
            and size in (2, None)
            and not earlier
            and len(sides_named) == 2
            and not set(sides_named) & set(exclude)
            and self.d.sides_mark == len(self.d.history)  # (no pair named together since)
        ):  # "The Korean side ... the Chinese side ... the two sides agreed": those two
            told = next(
                (g.date for g in reversed(self.d.history) if set(g.actors) == set(sides_named)),
                None,
            )
            return Group(tuple(sides_named), told)
        head = _HEAD_REF.match(s.text, pos) if size is None else None
        body = self.d.heads.get(head.group(1).lower()) if head else None
        if head and body is None and head.group(1).lower() == "allies" and self.d.heads:
            body = max(self.d.heads.values(), key=lambda b: b[1])  # "NATO ministers ... the
            # allies": the alliance they spoke for
        if (
            head
            and body is not None
            and s.index - body[1] <= 12
            and body[2] >= self.d.named_at  # (not once others were named together since)
            and body[0] not in exclude
        ):
            self.d.heads[head.group(1).lower()] = (body[0], s.index, s.start)  # (still theirs)
            return Group((body[0],), s.first_date())  # "NATO foreign ministers ... the ministers"
        if states and not exclude and size is not None and size > 1:
            here = tuple(
                dict.fromkeys(
                    m.actor for m in s.mentions
                    if m.role in ("actor", "place", "origin") and m.actor in self.lex.nations
                    and s.local(m.end) <= pos
                )
            )  # fmt: skip
            if len(here) == size:  # "Russian specialists were in Venezuela under an agreement
                return Group(here, s.first_date())  # the two countries signed": those two
        group = self.d.history[-1] if self.d.history else self.d.group
        if group is None and not states:
            return None
        if states:  # the most recent group with (that many) states in it

            def kept(a: str) -> bool:  # the states of a group (and the armed groups or
                return (  # unions counted as sides or parties)
                    a in self.lex.nations
                    or (sides and a in self.orgs and self.orgs[a].kind == "armed-group")
                    or (parties and a in self.orgs and self.orgs[a].kind == _BODY_KIND)
                )

            before = {m.actor for m in s.actors(0, pos)}
            groups = [
                (tuple(a for a in old.actors if kept(a)), old.date, old.at, j)
                for j, old in reversed(list(enumerate(self.d.history)))
                if j < self.st.history_mark or set(old.actors) <= before
            ]  # (not those of a fact told later in this sentence: "the three governments said
            # Qatar failed to honour the accord signed by A, B and C")
            for found, date, at, j in groups:
                if set(found) & set(exclude):
                    continue
                if len(found) >= 2 and (size is None or len(found) == size):
                    told = date or self.d.day_before(found, at, j, kept)  # (the states' own
                    # day, named with a firm in the very next sentence: "France and Italy on
                    # Wednesday ended ... Under the deal announced by Macron and Gentiloni,
                    # Fincantieri takes control")
                    return Group(found, told)
            for found, date, _at, _j in groups:
                others = tuple(a for a in found if a not in exclude)
                if size is not None and len(others) == size and len(others) < len(found):
                    return Group(others, date)  # ("Xi met the leaders of A and B. He pledged to
                    # deepen cooperation with the two countries": the two besides him, when no
                    # two were named without him)
            before = self.st.previous
            listed = [
                others
                for run in (runs(before, before.actors()) if before is not None and size else [])
                if not _OBJECT_OF.search(before.text, 0, before.local(run[0].start))
                and len(others := tuple(a for a in unique_actors(run) if a not in exclude)) == size
                and all(a in self.lex.nations for a in others)
            ]  # fmt: skip
            if listed:  # "... agreements reached in Astana by Russia, Turkey and Iran. The
                return Group(listed[-1], None)  # presidents of the three countries": those
            lately = self._named_lately(s, pos, size, exclude)
            if lately:  # "A and B hosted the meeting. It brought together C, D, E ...; F was
                group = Group(lately, None)  # represented by ... the nine states urged": those
                if not self.d.history or self.d.history[-1].actors != lately:
                    self.d.remember(group)  # (and "They" after it)
                return group
            named = tuple(a for a in self.st.states_seen if a not in exclude)  # "the two
            # countries" of a text that named two (besides those excluded)
            return Group(named, None) if seen and size is not None and len(named) == size else None
        if size is not None and size != len(group.actors):
            return self.d.sized(size, lambda a: a in self.lex.nations)
        return group

    @staticmethod
    def _acting_states(s: Sentence, mentions: list[Mention]) -> tuple[str, ...]:
        """The states of the runs among ``mentions`` a later counted group may stand for: a
        clause's subject ("Germany and France did the same"), people of those states ("the
        presidents of Bulgaria, Estonia and Hungary") or any run that is not what a verb or a
        preposition of topic or direction took ("condemned China", "focused on China",
        "sent missiles to Kyiv") nor the owner of an envoy ("summoned China's ambassador").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Germany sent tanks to Ukraine. France and Britain sent missiles to Kyiv. "
            ...      "The three countries urged the EU to do more.")
            >>> sorted(f.parties[0] for f in extract_text(t).facts if f.type == "urges")
            ['DEU', 'FRA', 'GBR']
        """

        def acting(run: list[Mention]) -> bool:
            before = s.text[: s.local(run[0].start)]
            after = s.local(run[-1].end)
            if _SUBJECT_AFTER.match(s.text, after) or _LEADERS_OF.search(before):
                return True
            return not (
                _TOPIC_OF.search(before)
                or _VERB_BEFORE.search(before)
                or _OBJECT_OWNER.match(s.text, after)
            )

        return tuple(
            dict.fromkeys(
                m.key for run in runs(s, mentions) if acting(run) for m in run if m.kind == "nation"
            )
        )

    def _named_lately(
        self, s: Sentence, pos: int, size: int | None, exclude: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The ``size`` states (three or more) a counted group may stand for in this sentence
        before ``pos`` and the fewest sentences right before it that name exactly that many
        (``_acting_states``), or nothing.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Russia annexed Crimea. Romanian President Iohannis and Polish President "
            ...      "Duda hosted the meeting. It brought together the presidents of Bulgaria, "
            ...      "Estonia and Hungary. The five states urged NATO to act.")
            >>> sorted(f.parties[0] for f in extract_text(t).facts if f.type == "urges")
            ['BGR', 'EST', 'HUN', 'POL', 'ROU']
        """
        if size is None or size < 3:
            return ()
        named = [a for a in self._acting_states(s, s.actors(0, pos)) if a not in exclude]
        for back in range(1, 4):
            if len(named) >= size:
                break
            told = self.st.named_in.get(s.index - back, ())
            named = [a for a in dict.fromkeys([*told, *named]) if a not in exclude]
        return tuple(named) if len(named) == size else ()

    def _body_heads_named(self, s: Sentence) -> bool:
        """Whether this sentence or the one before names a person who acts for an international
        body ("Commission President von der Leyen"): "the two presidents" may be theirs."""
        before = self.st.previous.mentions if self.st.previous is not None else []
        return any(
            (m.form == "person" and m.kind == "org") or (m.form == "person" and m.key in self.orgs)
            for m in (*s.mentions, *before)
        )

    def its_owner(self, s: Sentence, own: re.Match[str]) -> str | None:
        """Whose people "its" names in a clause that follows another (``own``, an ITS_PEOPLE
        match): for "its members", the body named last before it ("the JEF said Russia's
        attacks ..., and that its members would"); otherwise the last state or body before it
        that is a clause's subject ("Islamabad had summoned U.S. Ambassador Hale ..., and its
        leaders rejected", not the ambassador's state); None when none is.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "On Tuesday, Islamabad summoned U.S. Ambassador David Hale, and its leaders "
            >>> t += "rejected the remarks by Trump."
            >>> [f.parties for f in extract_text(t).facts if f.kind == "stance"][-1]
            ('PAK',)
        """
        before = [m for m in s.actors(0, own.start()) if m.kind in ("nation", "org")]
        if re.search(r"\bmembers\b", own.group()):
            bodies = [
                m for m in before
                if m.kind == "org" and self.orgs[m.key].kind == "international-organization"
            ]  # fmt: skip
            return bodies[-1].actor if bodies else None
        subjects = [
            m for m in before
            if m.form != "person" and FINITE_AFTER.match(s.text, s.local(m.end))
        ]  # fmt: skip
        return subjects[-1].actor if subjects else None

    def _region_group(
        self,
        s: Sentence,
        pos: int,
        size: int | None,
        earlier: list[list[Mention]],
        exclude: tuple[str, ...],
    ) -> Group | None:
        """The group a sized reference with a region's adjective at local ``pos`` stands for
        ("the two Nordic countries", "the three Baltic states"): the last run in this sentence,
        or the last group before, of that many states, all of which the region's epithet fits
        (patterns.toml [anaphora.epithets]); when none was named, all the region's states if they
        are that many ("the three Baltic states"); None when the reference names no region or
        no such group fits.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The U.S. backs Sweden and Finland. Austin met Sweden's minister. Turkey "
            >>> t += "accused the two Nordic countries of harbouring militants."
            >>> sorted(f.target for f in extract_text(t).facts if f.type == "condemns")
            ['FIN', 'SWE']
        """
        ref = re.match(
            r"(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:\w+\s+)?((?:[A-Z][\w-]*\s+){1,2})"
            r"(countries|nations|states|republics|governments)\b",
            s.text[pos:],
        )
        if ref is None or size is None:
            return None
        region = ref.group(1).strip()
        table: dict[str, list[str]] = self.lex.patterns["anaphora"]["epithets"]
        members = tuple(  # every state the region's epithets fit, in the table's order
            dict.fromkeys(
                c for key, codes in table.items() if key.startswith(f"{region} ") for c in codes
            )
        )
        fits = set(members)
        if not fits:
            return None
        candidates = [(tuple(unique_actors(r)), s.first_date()) for r in reversed(earlier)]
        candidates += [(old.actors, old.date) for old in reversed(self.d.history)]
        for actors, date in candidates:  # (a group named before keeps its own date)
            found = tuple(a for a in actors if a in self.lex.nations and a not in exclude)
            if len(found) == size and set(found) <= fits:
                return Group(found, date)
        for actors, date in candidates:  # ("the five African governments" after five African
            found = tuple(a for a in actors if a in self.lex.nations and a not in exclude)
            fitting = tuple(a for a in found if a in fits)  # leaders and envoys from the U.S.
            if len(fitting) == size and len(found) > size:  # and Britain: the five, when no
                return Group(fitting, date)  # group of just those was named)
        if len(members) == size and not fits & set(exclude):
            return Group(members, s.first_date())  # "the three Baltic states": all three, named
            # or not
        return None

    def _possessed_object(self, s: Sentence, m: Mention) -> bool:
        """True when the mention is the object of a preposition, not an acting party.

        "ministers of the Group of Seven", "led by Australia" and "a statement signed by
        Chile and Peru" still act. A body of which only some members are named ("leaders of
        seven southern European Union countries met") does not act either.
        """
        before = s.text[: s.local(m.start)]
        if _SHARE_IN.search(before):
            return True  # "froze its participation in the Russian-led CSTO": where it took part
        if _RECALLED_FROM.search(before):
            return True  # "recalled their envoys from Qatar": where they were posted
        if (
            m.kind == "org"
            and _SOME_MEMBERS.search(before)
            and _MEMBER_NOUN.match(s.text, s.local(m.end))
        ):
            return True
        if (
            m.kind == "org"
            and self.orgs[m.key].kind in ("legislature", "political-party")
            and _SOME_OF_BODY.search(before)
        ):
            return True  # "Sixty-six members of the opposition Labour Party backed the
            # government": some of its members, not the party
        if re.search(  # "Venezuela's envoy to the OAS", "the U.S. mission to the United
            # Nations", "the Permanent Mission of Ukraine to the United Nations": the body the
            # envoy or mission is sent to
            r"\b(?:envoy|ambassador|representative|delegate|emissary|mission|delegation)s?"
            r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}?)?\s*to\s+(?:the\s+)?$",
            before,
            re.I,
        ):
            return True
        prep = re.search(
            r"\b(of|against|on|to deter|deter|toward|towards|by|from|than|to)"
            r"\s+(?:the\s+|all\s+)?$",
            before,
        )
        if not prep:
            return False
        if m.kind == "org" and _OWN_RESOLUTIONS.match(s.text, s.local(m.end)):
            return False  # "abstained on General Assembly resolutions condemning Russia": the
            # body whose resolutions they are speaks in them
        head = re.search(  # (past an adverb: "organised jointly by", "co-hosted this year by")
            rf"([A-Za-z'-]+)\s+(?:[a-z]+ly\s+|(?:this|last|that)\s+(?:year|time|week|month)\s+)?"
            rf"{re.escape(prep.group(1))}\s+(?:the\s+|all\s+)?$",
            before,
        )
        word = head.group(1).lower() if head else ""
        told = _AGENT_AFTER_SETTING.search(before) if prep.group(1) == "by" else None
        if told:  # "signed today (30) in Colombo by India": the verb before the day and place
            word = told.group(1).lower()
        if prep.group(1) == "to" and word not in _WROTE_TO:
            return False  # ("wrote to Sogavare urging him": the addressee; other "to"s vary)
        again = re.search(r"(\w+)\s+from\b[^;]*\band\s+from\s+(?:the\s+|all\s+)?$", before)
        if prep.group(1) == "from" and word == "and" and again:
            word = again.group(1).lower()  # "personnel from across the alliance and from Sweden"
        if prep.group(1) in ("of", "from") and word in _PEOPLE:
            return False
        if prep.group(1) == "of" and any(
            x.form == "person" and x.kind == "nation" and s.local(x.end) == prep.start() - 1
            for x in s.mentions
        ):  # (not "IAEA Director General Rafael Grossi of Argentina": a body's official)
            return False  # "Foreign Minister Nasser Judeh of Jordan and ... signed": his state
        if prep.group(1) == "from" and re.search(r"\b\d[\d,]*\s+from\s+(?:the\s+)?$", before):
            return False  # "about 300 from the Republic of Armenia": troops counted by state
        if re.search(
            r"\b(?i:participating|taking\s+part|contributing)\b[^.;]{0,80}\b(?:are|were|include"
            r"|included|including)\s+those\s+of\s+(?:the\s+)?$",
            before,
        ):
            return False  # "the participating air forces are those of Belgium, ...", "forces
            # come from across the region, including those of Chile, ...": they act
        if prep.group(1) == "from" and _CAME_FROM.search(before):
            return False  # "contingents have come from Chile": they take part
        if (
            prep.group(1) == "of"
            and self._grouping(m)
            and GROUPING_PEOPLE.match(s.text, s.local(m.end))
        ):
            return False  # "a video call of G7 leaders", "a meeting of NATO defence ministers"
        if prep.group(1) == "on" and word == "called":
            return False  # "called on the Peruvian president": a visit to them
        if (
            prep.group(1) == "of"
            and word in ("edition", "iteration", "round", "session")
            and re.match(r"[-–]", s.text[s.local(m.end) :])
        ):
            return False  # "the seventh edition of the India–Brazil–South Africa Maritime
            # exercise": the states the event is named for take part
        if (
            prep.group(1) == "of"
            and word in _GATHERINGS
            and self._formal_body(m)
            and not (
                _AT_GATHERING.search(before)
                and (MET.search(before) or AFTER_TALKS.search(before))
                and len({x.actor for x in s.actors(0, s.local(m.start))}) >= 2
            )
        ):  # (but "Biden met Xi at a summit of the Group of 20": where the two met)
            return False  # "a summit of the African Union": the body meets (not a format of
            # states like the Weimar Triangle, whose leaders meet for their states)
        return not (
            prep.group(1) == "by"
            and word
            in (
                "led",
                "hosted",
                "co-hosted",
                "sponsored",
                "co-sponsored",
                "organized",
                "organised",
                "attended",
                "joined",
                "sent",
                "contributed",
                "deployed",
                "signed",
                "co-signed",
                "issued",
                "endorsed",
                "released",
                "adopted",  # ("The Ilulissat Declaration was adopted by Canada, ...")
                "concluded",
                "initialled",
                "initialed",
            )
        )

    def objects(self, s: Sentence, pos: int, *, window: int = 4) -> list[Mention]:
        """The coordinated run of actors that starts within ``window`` words after ``pos``.

        A name that only modifies a noun ("U.N. member states") is not an object.
        """
        after = [
            m for m in s.actors(max(0, pos - 4))
            if s.local(m.start) >= pos
            or (s.local(m.end) > pos and re.match(r"the\s", m.text, re.I))
        ]  # fmt: skip  # "with the Philippines": the name may own the article a cue ate
        if not after:
            return []
        gap = s.text[pos : max(pos, s.local(after[0].start))]
        gap = re.sub(_GOVERNMENT_OF, "", gap, flags=re.I)
        epithets = _EPITHETS.fullmatch(gap)
        if epithets and not set(re.findall(r"[a-z-]+", gap.lower())[1:]) & _NOT_EPITHET:
            gap = ""  # "supports a strong, prosperous and independent Vietnam": Vietnam
        if _FIRM_BEFORE.fullmatch(gap) and after[0].kind == "org":
            gap = ""  # "with the German company thyssenkrupp Marine Systems": the company
        if len(gap.split()) > window or re.search(r"[,;:]", gap) or _NOUN_AGAINST.search(gap):
            return []  # ("support for the country's fight against Russia": not Russia; but
            # "protested strongly against Japan": Japan)
        if _NEXT_PREDICATE.fullmatch(gap.strip()):
            return []  # "condemned the move and thanked Vilnius": Vilnius was thanked
        run = next(r for r in runs(s, after) if r[0] is after[0])
        for i, m in enumerate(run[1:], 1):
            glue = s.text[s.local(run[i - 1].end) : s.local(m.start)]
            if re.fullmatch(r",\s*and\s+(?:the\s+)?", glue) and FINITE_AFTER.match(
                s.text[s.local(m.end) :]
            ):  # "condemned Israel, and Oman urged Iran": Oman opens a clause of its own (not
                # "the commitment to the defense of Korea and Japan remained": one subject)
                run = run[:i]
                break
            if glue.strip() == "," and _APPOSITIVE_OWNER.match(s.text, s.local(m.end)):
                run = [x for x in run if x is not m]  # "with Finland, NATO's newest member,
                break  # and Sweden": NATO only describes
        follow = re.match(r"\s*([A-Za-z][\w-]*)", s.text[s.local(run[-1].end) :])
        word = follow.group(1) if follow else ""
        if re.match(r"\s+Member\s+(?:States|Countries|Nations)\b", s.text[s.local(run[-1].end) :]):
            return run[:-1]  # "all UN Member States": a group of states the body's name
            # modifies (but "the Philippines and ASEAN Member States": the Philippines)
        if (
            word.islower()
            and word not in MODIFIER_STOP
            and word not in IRREGULAR_VERBS
            and word not in _STATE_HEADS  # "with the United States government": the state
            and (not re.match(r"[a-z]+(?:ed|s|ing)$", word) or word in _PLURAL_NOUNS)
            and not (self._grouping(run[-1]) and word in _MEMBERS)
        ):
            return []
        return run

    def _formal_body(self, m: Mention) -> bool:
        """An international organization the lexicon knows with a body of its own (a union,
        community, league, association, council or "Group of" leaders, by any of its names),
        not a format of states ("the Quad", "I2U2")."""
        org = self.lex.orgs.get(m.key)
        if org is None or not self._grouping(m):
            return False
        if _UN_NAMED.search(m.text):
            return True  # "a meeting of the U.N. Security Council" (not a state's namesake)
        return any(_FORMAL.search(name) for name in (org.name, *org.aliases))

    def alliance_named_last(self) -> str | None:
        """The international organization named last, when it is an alliance "allied leaders"
        or "the allies" may stand for (patterns.toml [organizations.anaphora] "the alliance")."""
        alliances = self.lex.patterns["organizations"]["anaphora"]["the alliance"]
        return self.st.last_io if self.st.last_io in alliances else None

    def _grouping(self, m: Mention) -> bool:
        """True for an international organization ("NATO members" stand for NATO)."""
        return (
            m.kind == "org"
            and m.key in self.orgs
            and (self.orgs[m.key].kind == "international-organization")
        )

    def around_event_day(self, s: Sentence) -> str | None:
        """The day of the meeting an undated sentence opens as told before or after ("Before
        the summit, A and B met aboard a destroyer"): the last meeting dated to the day in an
        earlier sentence; None otherwise."""
        if any(d.value for d in s.dates) or not AROUND_THE_EVENT.match(s.text):
            return None
        last = next(
            (
                f for f in reversed(self.facts)
                if f.kind == "meeting" and f.evidence and f.evidence[0].start < s.start
            ),
            None,
        )  # fmt: skip  # (the latest meeting, whatever it was dated to: its day, if told)
        return last.date if last and last.date and len(last.date) == 10 else None

    def date_near(self, s: Sentence, lo: int, hi: int, pos: int) -> str | None:
        """The resolved date in the clause nearest local offset ``pos``, else the sentence's first.

        A trigger inside a relative clause (", which co-developed it with Israel,") only takes
        a date from that clause; one in a ", when" clause takes the date that clause tells
        more of.
        """
        told = when_date(s, pos)
        if told:
            return told[0]
        rel = re.search(r",\s+(?:which|who)\b[^,]*,", s.text[lo:hi])
        if rel and lo + rel.start() <= pos < lo + rel.end():
            lo, hi = lo + rel.start(), lo + rel.end()
            inner = [d for d in s.dates if d.value and lo <= d.start < hi]
            return inner[0].value if inner else None
        asides = [  # "X, which signed a pact in 2007, signed ...": the aside's own date
            (m.start(), m.end()) for m in ASIDE.finditer(s.text)
            if not m.start() <= pos < m.end()
        ]  # fmt: skip
        asides += [  # "the first summit since they signed a pact in May": the pact's date
            (m.start(), m.end()) for m in SINCE.finditer(s.text)
            if not m.start() <= pos < m.end()
        ]  # fmt: skip
        asides += [  # "Ramaphosa, one of the leaders of a mission that visited Kyiv in June,
            (x.start(), x.end())  # urged": not the aside's June
            for m in s.mentions
            if (x := _APPOSITIVE.match(s.text, s.local(m.end))) and not x.start() <= pos < x.end()
        ]
        dated = [
            d for d in s.dates
            if d.value and lo <= d.start < hi
            and not (d.start > pos and RELATIVE_CLAUSE.search(s.text[pos : d.start]))
            and not (d.start > pos + 12 and DOCUMENT_SIGNED_DATE.search(s.text, pos + 12, d.start))
            and not any(a <= d.start < b for a, b in asides)
        ]  # fmt: skip  # (nor "under a framework arrangement the two governments signed in June":
        # the document's date)
        owned = [  # "Today's agreement builds on the preliminary agreement signed ... in July":
            d for d in dated  # today's is the subject's own, not the signing's (a possessive
            if d.end + _OWNED_DATE_GAP <= pos  # day right before the trigger is its own:
            and re.match(r"['’]s\s", s.text[d.end :])  # "Monday's signing")
        ]  # fmt: skip
        if owned and len(owned) < len(dated):
            dated = [d for d in dated if d not in owned]
        ending = [d for d in dated if END_DATE.search(s.text[: d.start])]
        if ending:  # "extended today for five years, through February 5, 2026": today (and
            dated = [d for d in dated if d not in ending]  # "valid until 31 December" alone
            # tells no day of the act)
        if dated:
            return min(dated, key=lambda d: abs(d.start - pos)).value
        if any(d.value and lo <= d.start < hi for d in s.dates):
            return None  # the clause's dates belong to a relative clause
        later = [d for d in s.dates if d.value and d.start >= hi]  # another clause's own date
        if later and not s.first_date(0, lo):
            return self._relative_day(s)
        return self._relative_day(s) or s.first_date()

    def _news_day(self, s: Sentence) -> str | None:
        """The article's date for an undated award in a dated article (the day's news), unless
        the sentence sets it in an earlier year ("In 2021, it won ...")."""
        if re.search(r"\b(?:in|since|during|by|of)\s+(?:early\s+|late\s+)?(?:19|20)\d\d\b", s.text):
            return None
        return self.article_date

    def _relative_day(self, s: Sentence) -> str | None:
        """ "a day after ...", "two days later": the day before (or after) the last date the
        text gave."""
        m = _DAYS_OFFSET.search(s.text)
        anchor = self.st.last_date
        began = self.lex.compiled(  # an exercise noun's start verb (patterns.toml [exercise]
            "exercise.began-right-after",  # start_verbs)
            lambda: (
                r"\s+(?:(?:had|have|has)\s+)?(?:"
                rf"{self.lex.alternation('exercise', 'start_verbs', spaces=True)})\b"
            ),
        )
        lead = (
            re.match(r"\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?", s.text[m.end() :])
            if m and m.group(1) and not s.text[: m.start()].strip()
            else None
        )
        for kind in ("meeting", "exercise") if lead else ():
            rx = words(kind, "nouns").rx
            noun = rx.match(s.text, m.end() + lead.end()) if rx else None  # type: ignore[union-attr]
            told = [f for f in self.facts if f.kind == kind and f.date and len(f.date) == 10]
            if noun and told and re.match(rf"(?:{began.pattern})?\s*,", s.text[noun.end() :]):
                n = COUNTS[m.group(1).lower()]  # type: ignore[union-attr]
                sign = -1 if m.group(2).lower() in ("before", "earlier") else 1  # type: ignore[union-attr]
                return shift_day(told[-1].date, sign * n)  # type: ignore[arg-type]
                # "A day before the drills began, Putin and Lukashenko met": the day before the
                # drills' (the sentence dates its own clause, not the one the offset names)
        for kind in ("meeting", "exercise"):
            opening = words(kind, "nouns").search(s.text[: m.start()]) if m else None
            if kind == "exercise" and opening and not began.match(s.text, opening.end()):
                opening = None  # ("The exercises began a day after", not "talks over the drills
                # ... a day later")
            told = [f for f in self.facts if f.kind == kind and f.date and len(f.date) == 10]
            if opening and told:  # "The summit opened a day after ...": counted from the summit
                anchor = told[-1].date  # ("The exercises began a day after": the exercise's)
                break
        if not m and anchor and _SAME_WEEK.search(s.text):
            return anchor[:7]  # "flew on to Havana the same week": the month of the last date
        if not m or not anchor or len(anchor) != 10:
            return None
        if m.group(3) or m.group(4):  # "earlier that day", "hours later": the last date's
            if re.search(r"\bin\s+the\s+day\b", m.group(), re.I) and (
                self.st.last_date_paragraph != s.paragraph
            ):
                return None  # "Later in the day" opening a paragraph of its own: the day of
                # the news, not a date told paragraphs before
            return anchor
        n = COUNTS[m.group(1).lower()]
        # "a day after X": the day before X's; "two days later": after the anchor
        sign = -1 if m.group(2).lower() in ("after", "earlier") else 1
        return shift_day(anchor, sign * n)

    def amount(self, s: Sentence, lo: int, hi: int) -> Amount | None:
        for m in s.money:
            start = s.local(m.start)
            if not lo <= start < hi or m.converted or m.is_range:
                continue
            if _ESTIMATE.search(s.text[max(0, start - 60) : start]):
                continue
            if _AGGREGATE.search(s.text[max(0, start - 60) : start]):
                continue  # "whose exports reached a record $4.4 billion": no deal's amount
            if _TOTAL_AFTER.match(s.text, s.local(m.end)):
                continue  # "worth about €200 million together": a combined total
            if _PART_OF.search(s.text[max(0, start - 40) : start]):
                continue  # "24 jets as part of a €5.2 billion package": the whole package's
            if _FINANCED_FROM.search(s.text[max(0, start - 40) : start]):
                continue  # "financed from a $100 million credit line": the money's source
            return Amount(Decimal(m.value), m.currency)
        return None

    def government_body(self, s: Sentence) -> str | None:
        """The first government body or armed service the sentence names (an awarder)."""
        return next(
            (
                m.key
                for m in s.mentions
                if m.kind == "org"
                and self.orgs[m.key].kind in ("government-body", "military-branch")
            ),
            None,
        )

    def _dateline_state(self) -> str | None:
        """The state whose capital the article is datelined in ("HANOI, July 29"), if any."""
        if not self.place:
            return None
        return next(
            (code for code, n in self.lex.nations.items() if self.place in n.metonyms), None
        )

    def evidence(self, s: Sentence, rule: str, confidence: float) -> Evidence:
        return Evidence(s.start, s.end, s.text, rule, confidence)

    def emit(self, fact: Fact) -> None:
        """Add ``fact``; a meeting or exercise restated in the same article joins the first report.

        An exercise told again with fewer of its participants ("the Philippine chief opened it
        alongside the U.S. director") is the same exercise. A meeting dated "at the end of a
        two-day summit" is dated by its first day.
        """
        end_of = _END_OF_DAYS.search(fact.evidence[-1].text) if fact.evidence else None
        if fact.kind == "meeting":  # a council or assembly of a body sits, not the body with
            sitting = {  # it ("at the United Nations, the Security Council voted"; but the IAEA's
                self.orgs[p].parent  # chief meets the UN's, and NATO sits in the NATO-Ukraine
                for p in fact.parties  # Council with Ukraine)
                if p in self.orgs and SITTING_BODY.search(p)
            }
            fact.parties = tuple(p for p in fact.parties if p not in sitting)
            if remote_meeting(fact.label):
                fact.location = None  # a summit held by video, or a call, has no place ("signed
                # the treaty during a video summit after Kishida called off a trip to Canberra")
        if fact.kind == "meeting" and end_of and fact.date and len(fact.date) == 10:
            days = COUNTS.get(end_of.group(1).lower(), 1) - 1
            fact.date = (dt.date.fromisoformat(fact.date) - dt.timedelta(days=days)).isoformat()
        if fact.kind == "meeting" and re.fullmatch(r"the\s+(?:talks|meeting|summit)", fact.label):
            told = [
                old for old in self.st.facts
                if old.kind == "meeting" and set(old.parties) == set(fact.parties)
            ]  # fmt: skip
            if told:  # "During the talks, the two leaders reviewed the roadmap adopted in June
                told[-1].evidence += fact.evidence  # 2023": the talks told before, not June's
                return
        again = _THE_EVENT.match(fact.evidence[-1].text) if fact.evidence else None
        last = next((f for f in reversed(self.st.facts) if f.kind == "meeting"), None)
        if (
            fact.kind == "meeting"
            and again
            and last is not None
            and fact.label.split()[-1] == again.group(1).lower()
            and last.date is not None
            and last.date == fact.date
            and last.evidence
            and 0 < fact.evidence[-1].start - last.evidence[-1].end < 400
        ):  # "Leaders of the G7 opened a summit ... The summit, hosted by Meloni, was joined by
            last.absorb(fact)  # Zelensky": the summit just told, with its host and guest
            last.parties = tuple(dict.fromkeys((*last.parties, *fact.parties)))
            return
        here = next(
            (
                old for old in reversed(self.st.facts)
                if fact.kind == "meeting" and old.kind == "meeting" and fact.date
                and old.date == fact.date and old.evidence and fact.evidence
                and old.evidence[0].start == fact.evidence[0].start
                and min(len(old.parties), len(fact.parties)) > 1
                and (
                    (fact.label.startswith("signing of") and set(fact.parties) < set(old.parties))
                    or (old.label.startswith("signing of") and set(old.parties) < set(fact.parties))
                )
                and all(p in self.lex.nations for p in (*old.parties, *fact.parties))
                and (old.location == fact.location or None in (old.location, fact.location))
            ),
            None,
        )  # fmt: skip
        if here is not None:  # "The leaders of A and B signed a declaration at the White House
            here.absorb(fact)  # on Friday ... at a summit hosted by Trump": the signing is at
            if set(here.parties) < set(fact.parties):  # the summit the same sentence told
                here.label, here.parties = fact.label, fact.parties
            return
        sat = next(
            (
                old for old in reversed(self.st.facts)
                if fact.kind == "meeting" and old.kind == "meeting" and fact.date
                and len(fact.date) == 10 and old.date == fact.date
                and set(old.parties) < set(fact.parties)
                and all(SITTING_BODY.search(p) for p in old.parties)
            ),
            None,
        )  # fmt: skip
        if sat is not None:  # a council's sitting told again with a guest: "The U.N. Security
            sat.absorb(fact)  # Council on Monday approved a mission ... The 15-member council,
            sat.parties = tuple(dict.fromkeys((*sat.parties, *fact.parties)))  # meeting at U.N.
            return  # headquarters, adopted ... Holguin, who attended the session"
        if fact.kind in ("meeting", "exercise"):
            for old in self.st.facts:
                if old.kind != fact.kind or not dates_compatible(old.date, fact.date):
                    continue
                background = fact.date is None and any(
                    _YEAR.search(e.text) for e in fact.evidence
                )  # "Malabar began in 1992 as ...": an earlier edition
                named = (  # "Exercise Desert Knight" in the headline and in the body: one
                    fact.kind == "exercise" and fact.label == old.label and not unnamed(fact.label)
                )
                if fact.same_as(old) or (
                    fact.kind == "exercise"
                    and (set(fact.parties) <= set(old.parties) or named)
                    and not background
                    and not (fact.distinct and fact.label != old.label)
                ):  # (not "Key Resolve and Foal Eagle": two exercises, each named)
                    old.absorb(fact)
                    old.parties = tuple(dict.fromkeys((*old.parties, *fact.parties)))
                    return
        self.st.facts.append(fact)
        if any(p in self.orgs and self.orgs[p].kind == "legislature" for p in fact.parties):
            return  # "Biden addressed Parliament": no group "the leaders" stands for
        if fact.kind != "stance" and len(fact.parties) > 1:
            self.d.subject, self.d.subject_date = fact.parties, fact.date
            if fact.evidence:
                self.d.named_at = max(self.d.named_at, fact.evidence[-1].start)
            if fact.kind in ("meeting", "exercise"):
                later = [  # ("It was the second time the four had met; they first did so
                    f.date  # last June": the four are still this week's, for "the four
                    for f in self.st.facts  # ministers" after it)
                    if f is not fact
                    and f.kind == fact.kind
                    and set(f.parties) == set(fact.parties)
                    and f.date
                    and fact.date
                    and f.date[: len(fact.date)] > fact.date
                ]
                text = fact.evidence[-1].text if fact.evidence else ""
                at = _ITEM_MARK.match(text)
                topic = _TOPIC_OPENER.match(text, at.end() if at else 0)
                opener = _GROUP_OPENER.match(text, topic.end() if topic else at.end() if at else 0)
                if (
                    opener
                    and self.d.history
                    and not set(fact.parties) & set(self.d.history[-1].actors)
                ):  # "The two ministers exchanged views on the situation after the U.S.-North
                    return  # Korea summit. They called on ...": still the two ministers
                self.d.history.append(Group(fact.parties, max(later) if later else fact.date))

    def epithet_state(
        self, s: Sentence, pos: int, phrase: str, exclude: Iterable[str]
    ) -> str | None:
        """The state an epithet at local ``pos`` names again ("the Gulf state", "the island"):
        the one named last, before it in this sentence or in those before, that the epithet
        fits (patterns.toml [anaphora.epithets]), other than ``exclude``; or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Qatar bought jets from the U.S., which accused the Gulf state of terror."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['QAT']
        """
        group = re.fullmatch(r"the\s+(?:[a-z-]+\s+)?([a-z]+)", phrase)
        nouns = self.lex.words("anaphora", "group_epithets")
        if group and group.group(1) in nouns:  # "accusing the mercenaries": the armed group
            here_groups = [  # named before it in this sentence or the two before
                x.key for x in s.mentions
                if x.kind == "org" and x.key in self.orgs
                and self.orgs[x.key].kind == "armed-group" and s.local(x.end) <= pos
            ]  # fmt: skip
            recent = [k for k, i in self.st.recent_groups if s.index - i <= 2]
            found = [k for k in (*recent, *here_groups) if k not in exclude]
            return found[-1] if found else None
        # ("the small Balkan nation", "the oil-rich Gulf state": adjectives before it)
        m = re.fullmatch(
            r"the\s+(?:[a-z][\w-]*\s+){0,2}?((?:[A-Z][\w-]*\s+){0,3}[\w-]+(?:\s+(?:nation|state))?)",
            phrase,
        )
        table: dict[str, list[str]] = self.lex.patterns["anaphora"]["epithets"]
        fits = table.get(m.group(1)) if m else None
        if not fits:
            return None
        here = [x.key for x in s.mentions if x.kind == "nation" and s.local(x.end) <= pos]
        earlier = [k for k in self.st.recent_states if k not in here]
        for key in reversed([*earlier, *here]):
            if key in fits and key not in exclude:
                return key
        return None

    def _years_before(self, date: str | None) -> int:
        """How many years ``date`` lies before the article's (0 when either is unknown).

        Example:
            >>> RuleBase(Discourse(), article_date="2022-12-07")._years_before("1951-09")
            71
        """
        if not date or not self.article_date:
            return 0
        return int(self.article_date[:4]) - int(date[:4])

    def update_group(self, s: Sentence) -> None:
        """Remember the actors this sentence names together, for later group references, and
        after a sentence that named "the X side", how many groups were known then.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The Chinese side urged the Philippine side to stop. Japan and South Korea "
            ...      "held talks on Monday. The two sides signed a pact.")
            >>> [f.parties for f in extract_text(t).facts if f.kind == "agreement"]
            [('JPN', 'KOR')]
        """
        sides = list(self.d.sides.values())
        self._update_group(s)
        if list(self.d.sides.values()) != sides:
            self.d.sides_mark = len(self.d.history)

    def _update_group(self, s: Sentence) -> None:
        """Remember the actors this sentence names together, for later group references.

        Runs that are objects of a preposition ("offers made by Washington, Seoul and
        Tokyo") are not groups; one international organization named with a collective
        noun ("NATO leaders", "ministers of the Group of Seven") is.
        """
        for m in s.actors():
            if (
                m.actor in self.lex.nations
                and re.search(r"\b[Tt]he\s+$", s.text[: s.local(m.start)])
                and re.match(r"\s+side\b(?!\s+of\b)", s.text[s.local(m.end) :])
            ):  # "The Korean side was led by ..., and the Chinese side by ...": the two sides
                self.d.sides.pop(m.actor, None)  # (not "on the Russian side of the border")
                self.d.sides[m.actor] = s.index
            if m.kind == "org" and self.orgs[m.key].kind == "international-organization":
                head = _BODY_HEAD.match(s.text, s.local(m.end))
                if head:  # "NATO foreign ministers": a later "the ministers" are NATO's
                    self.d.heads[head.group(1).lower()] = (m.actor, s.index, s.start)
        at = _ITEM_MARK.match(s.text)  # ("5. Regarding North Korea, the two ministers ...")
        topic = _TOPIC_OPENER.match(s.text, at.end() if at else 0)
        start = topic.end() if topic else at.end() if at else 0
        if _GROUP_OPENER.match(s.text, start) and self.d.history:
            return  # "The sides agreed to expand transit for U.S. and NATO forces. They also
            # called on North Korea ...": "They" are still the sides, not those named after
        named = [
            r for r in runs(s, s.actors())
            if len(unique_actors(r)) > 1 and not self._possessed_object(s, r[0])
            and not (
                _OBJECT_PREP.search(s.text[: s.local(r[0].start)])
                and not _PEOPLE_OF.search(s.text[: s.local(r[0].start)])
            )  # "offers made by Washington and Seoul", but "the presidents of A and B" act
            and not _RELATIVE_SUBJECT.search(s.text[: s.local(r[0].start)])
            and not _PLACES_SUCH_AS.search(s.text[: s.local(r[0].start)])  # ("at French bases
            # such as Réunion and Djibouti": places, no group a later "the two" stands for)
            and not (
                _SIGNED_BY_ASIDE.search(s.text[: s.local(r[0].start)])
                and self._years_before(s.first_date()) > 1
            )  # "the ANZUS Treaty, signed by A, B and C in September 1951": background too
        ]  # fmt: skip  # "the ANZUS Treaty, which A, B and C signed in 1951": background
        recalled = _PLACED_EVENT.search(s.text) if not named else None
        told = [
            f for f in self.st.facts
            if recalled and f.kind == "meeting" and f.location == recalled.group(1)
            and len(f.parties) > 1
        ]  # fmt: skip
        if told:  # "The Lahore stop capped a month of diplomacy. The two countries' ...": the
            self.d.remember(Group(told[-1].parties, told[-1].date))  # pair who met in Lahore
            return
        if named:
            run = max(named, key=len)
            people = all(m.form in ("person", "demonym") for m in run)
            actors = unique_actors(run)
            host = [m for m in s.actors(0, s.local(run[0].start)) if m.form == "person"]
            if (
                host
                and host[-1].actor not in actors
                and _HOSTED.fullmatch(s.text[s.local(host[-1].end) : s.local(run[0].start)])
            ):  # "Austin hosted Marles and Shapps": the host is one of "the ministers" too
                actors = (host[-1].actor, *actors)
            standing = _STANDING_TIME.search(s.text)  # ("have been partners for years": a
            at = None if standing else s.index  # state of affairs, no day of its own to keep)
            self.d.remember(Group(actors, _own_date(s, self.article_date), people, at))
            self.d.named_at = s.start
            return
        partner, held = next(
            (
                (m, h)
                for m in s.actors()
                if m.kind == "nation" and (h := _HELD_WITH.search(s.text, 0, s.local(m.start)))
            ),
            (None, None),
        )
        holder = [  # the subject of "has held", right before it (not "China's ministry said
            m for m in s.actors(0, held.start())  # Nepal has held ...": Nepal)
            if re.fullmatch(  # ("Vietnam's navy has held", "Indonesia, which has held")
                r"(?:['’]s?\s+(?:[a-z]+\s+){0,2}|,\s+which\s+|\s*)",
                s.text[s.local(m.end) : held.start()],
            )
        ] if held else []  # fmt: skip
        if partner and holder and holder[0].kind == "nation" and holder[0].actor != partner.actor:
            self.d.remember(
                Group((holder[0].actor, partner.actor), _own_date(s, self.article_date))
            )
            return
        for m in s.actors():
            if m.kind == "org" and self.orgs[m.key].kind == "international-organization":
                before = s.text[: s.local(m.start)]
                after = s.text[s.local(m.end) : s.local(m.end) + 30]
                opening = re.fullmatch(r"\s*(?:the\s+)?", before, re.I) and re.match(
                    r"\s+[a-z]+ed\b", after
                )
                if opening or (
                    _COLLECTIVE.match(before)
                    and (
                        before.strip()
                        or re.match(r"\s+(?:leaders|ministers|members|allies)\b", after)
                    )
                ):
                    self.d.remember(Group((m.actor,), s.first_date()))
                    return
