"""Stance rules: who condemns, supports, opposes, urges, defends, sanctions or pledges what.

A trigger from stances.toml takes the actors before it and the target after it. Around that
core, grammar frames (each with its own rule id where it makes a fact of its own) settle who
acts and toward whom: coordinated predicates, appositives and addressees ("told the council")
for the actor; bare institutions ("The military"), "It", "Allies", "both ministers" and joint
texts ("The Rome Declaration") for a missing or grouped actor; definite targets owned by a
state ("the Russian build-up", "the veto"), group references ("the three allies"), agents
("drills staged by A and B") and proposals ("the plan") for the target; aid, sponsorship
and sanctions frames that make facts of their own; threats, conditions, blocked texts and
participles ("firms accused of") that make none.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Japan condemned North Korea's missile launch on May 3, 2024.")
    >>> [(f.parties, f.type, f.target) for f in ex.facts]
    [(('JPN',), 'condemns', 'PRK')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from kg.dates import MONTH_NAMES, WEEKDAY_NAMES
from kg.extract.anaphora import OFFICE
from kg.extract.context import (
    Group,
    Sentence,
    WordList,
    group_refs,
    quote_spans,
    runs,
    sentence_opener,
    titles_only,
    unique_actors,
    words,
)
from kg.extract.mentions import Mention, find_mentions
from kg.extract.model import Evidence, Fact
from kg.extract.namelists import LEGAL_FORMS, list_items
from kg.extract.roles import (
    AND_HIS,
    AND_VERB,
    ANY_ATTEMPT,
    FINITE_AFTER,
    ITS_PEOPLE,
    MODIFIER_STOP,
    PASSIVE,
    PERMITTED,
    PREP_BEFORE,
    SITTING_BODY,
    RuleBase,
    clause_of,
    clauses,
    hedged,
)
from kg.lexicon import load_lexicon

# A state named again by what it is, as the subject right before a trigger ("the Sultanate would
# continue to broaden", "the kingdom has pledged to"), or after the "with" of a pledge ("with the
# kingdom's armed forces"): patterns.toml [anaphora.epithets] says which states each fits.
_EPITHET_SUBJECT = re.compile(
    r"\b((?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w-]*\s+){0,2}[A-Za-z-]+"
    r"(?:\s+(?:nation|state))?)\s+(?:(?:would|will|has|had|have|also|then|is|was|could|shall|"
    r"should|must|intends?\s+to|wants?\s+to|continues?\s+to|remains?)\s+){0,3}$"
)
_EPITHET_AFTER_WITH = re.compile(
    r"with\s+((?:the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w-]*\s+){0,2}[A-Za-z-]+"
    r"(?:\s+(?:nation|state))?)(?:['’]s\b|\b)(?!\s+of\b)"
)  # (not "with the kingdom of Bahrain": it names the state)


def _epithet_phrase(phrase: str) -> str:
    """An epithet as the table spells it: "the Sultanate" (capitalised as a title) → "the
    sultanate"; region names keep theirs ("the Gulf state").

    Example:
        >>> _epithet_phrase("The Sultanate"), _epithet_phrase("the Gulf state")
        ('the sultanate', 'the Gulf state')
    """
    head, _, last = phrase.rpartition(" ")
    return f"the {last.lower()}" if head.lower() == "the" else phrase[:1].lower() + phrase[1:]


_INDIRECT = re.compile(
    r"\b\w+ing\b|\w\s+(?:from|to|on|in|into|with|at|over|toward|towards|through|across|via"
    r"|along|near|around|inside|within|beyond)\s+(?:the\s+)?$",
    re.I,
)  # ("backed a transport route through Armenia's Syunik province": the route)
# Taking over another's sanctions: "adopted the European Union's sanctions against Russia",
# "aligned itself with EU sanctions on Belarus"
_ADOPTED_SANCTIONS = re.compile(
    r"\b(?:adopt(?:ed|s|ing)?|join(?:ed|s|ing)?|align(?:ed|s|ing)?\s+(?:itself\s+)?with"
    r"|implement(?:ed|s|ing)?|appl(?:y|ies|ied|ying))\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:['’]s)?\s+)?(?:new\s+)?$"
)
# Money given: "pledged $5 billion to Ukraine", "has promised an additional €50 million for"
_GAVE_MONEY = re.compile(
    r"\b(?:pledged|promised|provided|gave|given|granted|allocated|donated|contributed|offered"
    r"|committed)\s+(?:(?:an?|an\s+additional|another|additional|further|extra|more\s+than"
    r"|about|around|nearly|some|up\s+to|over)\s+)*$"
)
# Money that buys something of the recipient, not support for it
_NOT_AID = re.compile(r"\b(?:reward|bounty|ransom|exchange|bail|fine|compensation)\b", re.I)
_MONEY_TO = re.compile(r"(?:\s+(?:in\s+)?[a-z-]+){0,3}?\s+(?:to|for)\s+(?:the\s+)?")
# A stance in a relative clause on what was just named: ", which Athens rejects", ", which
# Qatar condemned as", ", a company that the U.S. Treasury placed under sanctions"
# Verbs of welcoming: a relative stance only after "a move", "a step" or "a decision"
_WELCOMING = r"welcomed|welcomes|hailed|praised"
_RELATIVE_VERBS = (
    ("condemns", r"condemned|condemns|denounced|denounces|criticized|criticised|deplored"),
    ("opposes", r"rejects|rejected|opposes|opposed"),
    ("supports", r"supports|supported|backs|backed|endorsed|endorses|" + _WELCOMING),
    ("sanctions", r"sanctioned|placed\s+under\s+sanctions|blacklisted"),
)
# Topics that are no target: a time ("condemned at the time") or the rest of a coordination
# ("voiced concern and disappointment")
_NOT_A_TARGET = re.compile(
    r"topic:(?:(?:the|that)\s+time|(?:and|or|but|nor)\s.*"
    r"|(?:last|this|next|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|[A-Z][a-z]+)"
    r"|(?:a|an|each|every|per)\s+(?:week|month|year|decade)|annually"  # ("aid a year")
    rf"|(?:on\s+|in\s+)?(?:{WEEKDAY_NAMES}|{MONTH_NAMES})"  # ("its own sanctions on Tuesday")
    r"|(?:both|the\s+two)\s+(?:sides|parties|countries|nations)"  # (a pair no state was found
    # for: "urged both sides to exercise restraint"), and an office holder of the actor's own
    # ("dismissed his air defence chief": sacked from the post, not a stance)
    r"|(?:his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:chief|head|commander|ministers?|ambassador"
    r"|envoy|generals?|director|governor|aides?|advis[eo]rs?|deputy|spokes(?:man|woman|person))"
    r"(?:\s+(?:and|or)\s.*)?)",  # (but "their chief demand", "his deputy's visit": a target)
    re.I | re.S,
)
# Who a state is blamed for backing: "militant groups", "terrorist organisations", "rebels"
_ARMED_SUPPORTED = re.compile(
    r"\s+(?:for\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:militant|militants|terror\w*|rebels?"
    r"|insurgen\w*|extremis\w*|militias?|proxies|armed\s+groups?)\b"
)
# A verb of reporting and what follows it, the clause reported: "The Pentagon said (that)"
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|stated|confirmed)\s+(?:on\s+\w+day\s+)?"
    r"(?:that\s+)?"
)
# A named giver right before a present-tense aid verb ("Washington provides", "Washington, which
# provides"); what is said or claimed of one is no act told
_GIVER = r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}"
_NAMED_GIVER = re.compile(
    rf"(?:(?:^|[,;]\s+|\b(?:and|but)\s+)(?:the\s+)?{_GIVER}|\b{_GIVER},\s+which)\s+(?:also\s+)?$"
)
_HEARSAY = re.compile(r"\b(?:say|says|said|claim\w*|accus\w*|alleg\w*|report\w*|warn\w*)\b")
_HEARSAY_AFTER = re.compile(  # ("..., U.S. officials say.", "..., says Zelensky")
    r",\s+(?:(?:[\w.'’-]+\s+){1,3}(?:say|says|said|claim|claims|claimed|allege|alleged)\b"
    r"|(?:say|says|said|claims?|claimed)\s+(?-i:[A-Z])|according\s+to\b)"
)
# A verb of imposing right before "its own sanctions" (not "faces parallel sanctions", "under
# similar sanctions", "retaliated with its own sanctions")
_IMPOSING_BEFORE = re.compile(
    r"\b(?:announc|impos|unveil|adopt|introduc|approv|issu|slapp|levi|declar|follow)\w*\s+"
    r"(?:(?:with|up\s+with)\s+)?$"
)
# A clause of its own coordinated inside another: "and Berlin pledged tanks"
_NEW_SUBJECT = re.compile(
    r"\band\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*))*\s+[a-z]+ed\b"
)
# A relative clause with a subject of its own: "a statement in which Washington ...", "where"
_RELATIVE_WHERE = re.compile(r"\b(?:(?:in|under|through|by)\s+which|where)\s+(?:the\s+)?")
# A topic that opens with a second verb of the trigger: "topic:or recognise the award"
_SECOND_VERB = re.compile(
    r"topic:(?:and|or|nor)\s+[a-z]+\s+(?:(?:over|at|about|regarding|with|on)\s+)?"
    r"(?=(?:the|a|an|its|their|this|that|any)\s|[A-Z])"
)
# Both of two states' bids ("objected to both applications"): their acts, not the states
_BOTH_BIDS = re.compile(
    r"both\s+(applications|bids|requests|candidacies|proposals|plans|offers|moves|decisions"
    r"|memoranda|deals|agreements)\b",
    re.I,
)
# A plan named for a state ("the action plan for Libya", "a peace roadmap for Yemen")
_PLAN_FOR = re.compile(
    r"\s*(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:plan|proposal|roadmap|initiative"
    r"|framework|strategy|blueprint)\s+(?:for|on)\s+(?:the\s+)?"
)
# A state's sides at war with one another ("Libya's rival factions", "Sudan's warring parties")
_WARRING_SIDES = re.compile(
    r"['’]s?\s+(?:rival|warring|feuding|competing|opposing)\s+(?:factions|parties|sides|groups"
    r"|camps|militias)\b"
)
# A government named by its seat ("the internationally recognized government in Tripoli")
_GOVERNMENT_IN = re.compile(
    r"(?:the\s+)?(?:(?:internationally|UN|U\.N\.)[\s-](?:recognized|recognised|backed)\s+)?"
    r"government\s+in\s+(?=[A-Z])"
)
# A day right after a trigger that ends in "on", then the object's own preposition
_DAY_THEN_PREP = re.compile(rf"\s+(?:{WEEKDAY_NAMES})\s+(?:against|on)\b")
# A person's name as a topic: "topic:Bidzina Ivanishvili"
_PERSON_TOPIC = re.compile(  # (also with a particle: "Falih al-Fayyadh", "Ursula von der Leyen")
    r"topic:[A-Z][\w'’.-]+"
    r"(?:\s+(?:(?:al|el|bin|ibn|von|van|der|de|da|del|la|le)[\s-])*[A-Z][\w'’.-]+){1,3}"
)
# (also "cleared a package for Taiwan, a move China condemned": the act of the clause before)
_RELATIVE_STANCE = re.compile(
    r"(?:,\s+which|,\s+(?:in\s+)?an?\s+(?:move|step|decision)(?:\s+that|\s+which)?"
    r"|(?<=[a-z])\s+(?P<that>that))\s+(?P<who>(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}?"
    # ("the invasion, which all four governments have condemned")
    r"|(?:all\s+|the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both)\s+"
    r"(?:governments|countries|nations|states|allies|leaders)\s+)"
    r"(?:has\s+|had\s+|have\s+)?(?:also\s+|long\s+|strongly\s+)?"
    r"(?P<verb>" + "|".join(rx for _t, rx in _RELATIVE_VERBS) + r")\b",
)
# Where the noun phrase a relative clause is about opens: after a verb or a preposition that
# takes it ("followed the", "repeated Ankara's") or a clause's comma
_NP_OPENER = re.compile(
    r"(?:\b(?:\w+ed|said|says|made|took)\s+|,\s+(?:and\s+)?)"
    r"(?=(?:the|a|an|its|their|his|her|[A-Z][\w.'’-]*['’]s)\b)"
)
# A verb of an act right before the phrase a ", which A condemned" clause follows: the clause
# is about the act ("Israel bombed the consulate, which Syria condemned"), not the phrase
_ACTED_ON = re.compile(
    r"\b(?:bombed|struck|attacked|seized|raided|hit|shelled|visited|invaded|captured|occupied"
    r"|targeted|sank|downed|shot\s+down|detained|arrested|expelled)\s+$"
)
# Before the names a sanctions trigger lists: "designated officials including A and B"
_OFFICIALS_INCLUDING = re.compile(
    r"\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:officials|individuals|people|persons|leaders"
    r"|officers|commanders|figures)\s+(?:including|among\s+them)\s+)?"
)
_TRAILING_DATE = re.compile(
    r"\s+(?:on|last|this|in|earlier|late|early)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|week|month|year)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s"
    r"|\d|the\s+same\s+day\b|that\s+day\b).*$"
    r"|\s+(?:every|each)\s+(?:year|month|week|time)\b.*$"  # ("backed the text every year")
    r"|\s+(?:in|during|over)\s+(?:a|an|their|his|her)\s+(?:(?:tele)?phone|video)\s+(?:call|conversation)"
    r"\b.*$"  # ("over the arrests in a telephone call")
)
# A day or month right after a trigger's preposition: the preposition tells when.
_CALENDAR_WORD = rf"\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b"


# The doer of an act that several did ("The U.S. and Britain struck Houthi targets"): it names
# none of them, so a later "the strikes" goes to no older doer (falsy, read as None)
_SEVERAL = ""
# A grouping's members listed right after its name ("the Bucharest Nine — Bulgaria, ... and
# Slovakia —", "the Quad (Australia, India, Japan and the United States)").
_MEMBERS_LISTED = re.compile(r"\s*[—–(]\s*[^—–()]{8,300}?(?=\s*[—–)]|\s+(?:at|in|on)\s)")
# "the Quad grouping of the United States, Japan, Australia and India met": its members, up to
# the verb
_GROUPING_OF = re.compile(
    r"\s+(?:grouping|group|bloc|format|partnership|dialogue)\s+(?:of|comprising|made\s+up\s+of)"
    r"\s+(?:(?!,\s+(?:which|who|whose|that)\b)[^.;]){5,200}?"
    r"(?=\s+(?:met|meet|meets|held|hold|holds|gathered|convened|said|say|says"
    r"|agreed|signed|issued|have|has|had|will|would)\b)"
)
# Words before a grouping that set it apart from who acts ("ahead of the EU", "unlike NATO").
_APART_FROM = re.compile(
    r"\b(?:ahead\s+of|unlike|outside|without|instead\s+of|rather\s+than|apart\s+from"
    r"|independently\s+of|separately\s+from)\s+(?:the\s+)?(?:rest\s+of\s+the\s+)?$",
    re.I,
)

# Every member of an alliance, defended: "defend all allies", "every NATO ally", "each of our
# allies" (a free-text target, as no one state is named)
_ALL_ALLIES = re.compile(
    r"\s+((?:all|every|each\s+of)\s+(?:(?:its|our|their|the)\s+)?(?:[A-Z][\w.-]*\s+){0,2}"
    r"(?:allies|ally|member\s+states?|members?|allied\s+nations)(?:\s+(?:and\s+)?(?:partners))?)"
    r"(?![\w-])(?!\s+(?:of|in|that|which|who|whose|states?)\b)"  # ("all members of NATO": NATO;
)  # "all allies that meet the target": a condition)

# Nouns after a nationality that name its state by its tie to the speaker or by its envoys:
# "our Philippine allies", "its Japanese partners", "the Chinese embassy"
_KIN_HEADS = frozenset(
    {"allies", "ally", "partners", "partner", "friends", "friend", "embassy", "ambassador",
     "envoy", "consulate", "side"}
)  # fmt: skip


# Help named right after a transfer's "to" ("sent 1,000 troops to help Mozambique", "arms to
# help Ukraine defend itself"): the state helped is its recipient
_AIDED = re.compile(r"(?:help|assist|support|bolster|reinforce)\s+(?:the\s+)?", re.I)
# A group inside a state, after its name ("Congo's M23 rebels", "Yemen's Houthi rebels",
# "Ukraine's separatist regions", "Sudan's Rapid Support Forces"; not "Ukraine's armed forces")
_GROUP_OF_STATE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:rebels?|militias?|separatists?|separatist|insurgents?|fighters"
    r"|opposition|guerrillas?|paramilitar\w+|(?-i:Forces)\b(?!\s+of))",
    re.I,
)


# A pledge told as a noun ("keenness to strengthen") counts only after a verb of saying before
# it in its sentence (stances.toml [stances.closer] nominal, stating)
@cache
def _nominal_pledge() -> tuple[re.Pattern[str], re.Pattern[str]]:
    closer = load_lexicon().patterns["stances"]["closer"]
    nominal = "|".join(re.escape(w) for w in closer["nominal"])
    stating = "|".join(re.escape(w) for w in closer["stating"])
    return (
        re.compile(nominal, re.I),
        re.compile(rf"\b(?:{stating})\s+(?:[\w'’,-]+\s+){{0,14}}$", re.I),
    )


# Thanks for support: "thanked Britain for its support", "thanked the United States on Monday
# for its continued military assistance" (group who: the one thanked)
_THANKED = re.compile(
    r"\bthank(?:ed|s|ing)\s+(?P<who>(?:the\s+)?[A-Z](?:[^,;.]|\.(?=[A-Z]))[^,;]{0,59}?)\s+"
    r"(?:on\s+[A-Z][a-z]+\s+)?for\s+(?:its|their|his|her|the)\s+"
    r"(?:(?!lack\b|absence\b|no\b|little\b)[\w-]+\s+){0,3}?"
    r"(?:support|assistance|help|aid|solidarity|backing)\b"
    r"(?!\s+(?:for|of)\s)"  # (not "its support for Sweden's bid": that one's)
)


def _arms_or_aid(text: str) -> bool:
    """Whether ``text`` names arms or military aid (stances.toml [stances.aid] military_nouns,
    nouns): what makes a delivery support.

    Example:
        >>> _arms_or_aid("20 tanks"), _arms_or_aid("an aid package"), _arms_or_aid("a ship")
        (True, True, False)
    """
    return bool(
        words("stances", "aid", "military_nouns").search(text)
        or words("stances", "aid", "nouns").search(text)
    )


# What a state is asked for ("asked Washington on Tuesday for written guarantees", "asked Berlin
# for Taurus missiles"): something it would give (not "for comment" or "for an explanation")
_ASKED_FOR_THING = re.compile(
    r"(?:\s+on\s+\w+day)?,?\s+for\s+(?:(?:its|their|the|an?|written|formal|more|additional"
    r"|further|urgent|military|security|air[\s-]defen[cs]e)\s+)*(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:permission|guarantees?|assurances?|help|assistance|support|approval|consent|access"
    r"|weapons|arms|troops|aid|systems?|equipment|ammunition|jets|fighters|tanks|missiles|drones"
    r"|shells|helicopters|interceptors|batteries|warships|aircraft)\b"
)
# What follows the party an urging verb names when it is told to act ("warned Manila to stop",
# "asked Chile and Peru on Saturday to avoid ..."); "warned that", "asked about" urge no one.
_TOLD_TO = (  # ("told M23 rebels to withdraw": the rebels' own noun may come first)
    r"(?:\s+(?:rebels|fighters|forces|troops|militias?|authorities|government|leaders))?"
    r"(?:\s+on\s+\w+day)?,?\s+(?:not\s+)?to\s+[\"“]?[a-z]"
)
# Forces a state will send to defend another ("would send two frigates to help defend")
_SENT_TO_DEFEND = re.compile(
    r"\b(?:will|would)\s+(?:(?:also|quickly|immediately)\s+)?(?:send|deploy|dispatch|station"
    r"|move|rush)\b[^.;:]{0,120}?\bto\s+$",
    re.I,
)
# "will", "would" right before a trigger ("will continue to stand by", "would defend")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall)\s+(?:(?:also|always|still|fully|firmly|strongly|continue\s+to|keep"
    r"|remain)\s+)*$",
    re.I,
)
# A delivery told in the future ("will deliver its largest aid package to Ukraine").
_WILL_GIVE = re.compile(r"\b(?:will|would)\s+(?:(?:also|soon|now|continue\s+to)\s+)?")
# A time adverbial between a trigger and its object ("rejected on Tuesday the plan").
_LEADING_MANNER = re.compile(
    r"^[\"“]?in\s+the\s+(?:strongest|clearest|firmest)\s+(?:possible\s+)?terms[\"”]?,?\s+", re.I
)
# ... and after it ("condemned the attacks \"in the strongest terms\"")
_TRAILING_MANNER = re.compile(
    r",?\s+[\"“]?in\s+the\s+(?:strongest|clearest|firmest)\s+(?:possible\s+)?terms[\"”]?.*$", re.I
)
_LEADING_TIME = re.compile(
    rf"^(?:(?:on\s+)?(?:{WEEKDAY_NAMES})|yesterday|today|(?:last|this)\s+(?:week|month))\s*,?\s+(?=\S)"
)
# The day an event is named by ("Friday's missile strike", "yesterday's attack")
_DAYS_EVENT = re.compile(
    rf"^(?:{WEEKDAY_NAMES}|[Yy]esterday|[Tt]oday|(?:[Ll]ast|[Tt]his)\s+(?:week|month|year))['’]s\s+"
    r"(?=[a-z])"
)
_GROUP_NOUN = re.compile(
    r"[A-Z][a-z]+\s+(?:countries|nations|states|allies|governments|powers|partners|members)"
)
_QUANTITY = re.compile(
    r"(?:the\s+)?(?:more than\s+|over\s+|about\s+|nearly\s+|some\s+|another\s+|an additional\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|"
    r"a dozen|hundreds)\s+[a-z]",
    re.I,
)


def _opening_quote(text: str, pos: int) -> int | None:
    """Offset just after the quotation mark that opens the quote ``pos`` is in, if any.

    Example:
        >>> _opening_quote('"We oppose it," he said.', 5), _opening_quote("We oppose it.", 5)
        (1, None)
    """
    before = text[:pos]
    curly = before.rfind("“")
    if curly >= 0 and "”" not in before[curly:]:
        return curly + 1
    if before.count('"') % 2 == 1:
        return before.rfind('"') + 1
    return None


# A stance told as a noun ("backing of", "support for") and what may stand between it and the
# state it belongs to ("Chile's", "U.S. military")
_STANCE_NOUN = re.compile(r"(?:support|backing|opposition|condemnation|criticism)\b", re.I)
# A stance noun someone wins or draws ("won the backing of China", "drew the support of"):
# those after "of" hold it, not the sentence's subject
_WON_BACKING = re.compile(
    r"\b(?:won|wins|winning|gained|gains|secured|secures|received|receives|drew|draws|got"
    r"|gets|garnered|garners|enlisted)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# A stance only seemed taken, its verb right after: "appeared to express support for"
_SEEMED = re.compile(
    r"\b(?:appeared|appears|appear|seemed|seems|seem)\s+to\s+(?:(?:express|voice|signal|offer"
    r"|endorse|lend|give)\s+)?$",
    re.I,
)
_HOLDER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:continued|military|financial|political|strong)\s+)?")
# What says a stance told as a noun has to stop ("support for the Houthis must end"): a demand
# made of its holder, not a stance it takes
_MUST_END = re.compile(
    r"(?:(?!\b(?:and|that|until|but|as|while|so|because|if)\b)[^,;.]){0,50}?"
    r"\b(?:must|should|has\s+to|needs\s+to)\s+(?:now\s+)?(?:end|stop|cease"
    r"|be\s+(?:ended|stopped|halted|cut\s+off))\b"
)
# A state told by a description instead of its name: "the tiny Pacific island nation"
_DESCRIBED_STATE = re.compile(
    r"the\s+(?:[\w-]+\s+){0,4}?(?:nation|country|island|archipelago|kingdom)", re.I
)

# What a described state is backed in: its own ("the island nation's security")
_DESCRIBED_STATES_OWN = re.compile(
    _DESCRIBED_STATE.pattern + r"['’]s\s+(?:security|sovereignty|territorial\s+integrity"
    r"|independence|defen[cs]e|stability)",
    re.I,
)


@cache
def _speech_acts() -> frozenset[str]:
    """Act verbs that are speech (stances.toml [stances.targets] speech_acts)."""
    targets = load_lexicon().patterns["stances"]["targets"]
    return frozenset(w.lower() for w in targets.get("speech_acts", []))


@cache
def _acts() -> tuple[WordList, dict[str, frozenset[str]]]:
    """The verbs of what a state did ("fired") and the nouns a later target uses for it."""
    acts = load_lexicon().patterns["stances"]["targets"]["acts"]
    return WordList(list(acts)), {k.lower(): frozenset(v) for k, v in acts.items()}


@cache
def _trigger_types() -> dict[str, list[str]]:
    """The stance types of stances.toml with their trigger phrases."""
    types = load_lexicon().patterns["stances"]
    return {
        stype: cues
        for stype, cues in types.items()
        if isinstance(cues, list) and stype not in ("topic_targets", "against_cues")
    }


@cache
def _trigger_rx() -> WordList:
    """Every stance trigger phrase of stances.toml, of any type."""
    return WordList([cue for cues in _trigger_types().values() for cue in cues])


# A second trigger coordinated right after the first, before the object both take ('"strongly
# deplores and firmly opposes" the sale'); group 1 is where that trigger starts
_SHARED_OBJECT = re.compile(r"[\"”]?\s+and\s+(?:[a-z]+ly\s+)?((?:\w+\s+){0,2}?\w+)[\"”]?\s+")


@cache
def _speakers() -> frozenset[str]:
    """Nouns for those who speak for a state ("the ministry, which condemned ..."): stances.toml
    institutions, members and speakers."""
    lex = load_lexicon()
    found = (lex.words("stances", "cues", name) for name in ("institutions", "members", "speakers"))
    return frozenset(w.lower() for group in found for w in group)


@cache
def _same_acts() -> dict[str, frozenset[str]]:
    """Each act noun and the nouns that name the same act (stances.toml same_acts).

    Example:
        >>> "strike" in _same_acts()["attack"]
        True
    """
    groups = load_lexicon().patterns["stances"]["targets"].get("same_acts", [])
    return {w: frozenset(group) for group in groups for w in group}


def _done_by(text: str, pos: int) -> bool:
    """Whether an act noun follows the state named at ``pos`` ("Israeli strike", "Russian
    build-up"): the state did it (stances.toml same_acts, owned_heads).

    Example:
        >>> _done_by("the Israeli strike on Doha", 11), _done_by("the Israeli people", 11)
        (True, False)
        >>> _done_by("the Ukrainian grain blockade", 13)
        False
    """
    head = re.match(r"(?:['’]s)?\s+([\w-]+)(?!\s+by\b)", text[pos:])  # (not "the Ukrainian
    # grain blockade"; "Russia's invasion": Russia's, but "Qatar's blockade by Saudi Arabia": no)
    return head is not None and head.group(1).lower() in _done_acts()


# Where a stance was voiced, after its target ("condemned the executions in a joint statement")
_WHERE_SAID = re.compile(
    r"\s+in\s+(?:a|an|their|its|his|her|the)\s+(?:joint\s+|separate\s+|written\s+)?(?:statement"
    r"|communiqu[eé]|declaration|letter|speech|post|tweet|interview)\b"
    r"(?!\s+(?:(?:issued|released|published|given|made)\s+)?(?:by|from|of)\s+(?!(?:its|their|his"
    r"|her)\b)).*$",  # (not "the remarks in a statement issued by North Korea's foreign ministry":
    # whose remarks they were; but "in a statement issued by its foreign ministry" is the actor's)
    re.S,
)


# "and" opening a clause of its own inside a topic: a plural subject and its verb ("the move
# and alliance officials complained that ...")
_AND_OTHERS_DID = re.compile(
    r"\s+and\s+(?=(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+(?:complained|said|warned|argued"
    r"|insisted|noted|added|responded|replied|protested)\b)"
)


def _clean_topic(target: str) -> str | None:
    """A target as a stance keeps it: a topic without a coordinated second verb or a trailing
    day, and None for a topic that is no target (a time, the rest of a coordination).

    Example:
        >>> _clean_topic("topic:or recognise the award"), _clean_topic("topic:and dismay")
        ('topic:the award', None)
        >>> _clean_topic("topic:Sweden's accession to NATO on Monday"), _clean_topic("PRK")
        ("topic:Sweden's accession to NATO", 'PRK')
        >>> _clean_topic("topic:both sides") is None
        True
        >>> _clean_topic("topic:last August") is None  # ("Tokyo protested last August when")
        True
        >>> _clean_topic("topic:his air defence chief") is None  # ("dismissed his ...": sacked)
        True
        >>> _clean_topic("topic:the executions in a joint statement")
        'topic:the executions'
    """
    if not target.startswith("topic:"):
        return target
    second = _SECOND_VERB.match(target)  # "does not accept or recognise the award": the award;
    topic = target[second.end() :] if second else target[6:]  # "concern and regret over X": X
    topic = re.split(r",?\s+(?:together|along)\s+with\s+(?=(?:the\s+)?[A-Z])", topic)[0]
    # ("drafted the resolution together with Australia": who else drafted it, no part of it)
    topic = re.split(r"\s+and\s+(?:its|their|his|her)\s+(?=[a-z])", topic)[0]  # ("support for
    # militant groups and its pursuit of weapons": the second is another act of the holder)
    topic = re.sub(r"\s+(?:either|too|as\s+well)$", "", topic.strip())  # ("the plan either")
    topic = _WHERE_SAID.sub("", topic)  # ("the executions in a joint statement": the executions)
    topic = _AND_OTHERS_DID.split(topic)[0]  # ("the move and alliance officials complained
    # that ...": what others did after "and" is a clause of its own)
    target = "topic:" + _TRAILING_DATE.sub("", topic).strip()  # ("... to NATO on Monday")
    return None if _NOT_A_TARGET.fullmatch(target) else target  # ("at the time")


@cache
def _said_acts() -> frozenset[frozenset[str]]:
    """What the verbs of saying name as acts ("said": the remarks), to tell them from deeds.

    Example:
        >>> any("remarks" in nouns for nouns in _said_acts())
        True
    """
    table = _acts()[1]
    said = [table[v] for v in _speech_acts() if v in table]
    return frozenset([*said, *(nouns - _ANNOUNCED for nouns in said)])  # (with what a speaker
    # says of others: remarks, no move)


# What only an announcement of one's own act is ("said it would ..."), not any remark
_ANNOUNCED = frozenset({"move"})


@cache
def _done_acts() -> frozenset[str]:
    """The act nouns a state named right before them did (stances.toml same_acts, owned_heads)."""
    owned = load_lexicon().words("stances", "targets", "owned_heads")
    return frozenset(_same_acts()) | {w.lower() for w in owned}


@cache
def _speech() -> frozenset[str]:
    """Nouns for what someone said: their possessor is no stance target (stances.toml)."""
    return frozenset(w.lower() for w in load_lexicon().words("stances", "targets", "speech"))


def _state_speech(phrase: str) -> bool:
    """Whether ``phrase`` is what a state said, named by its adjective or name ("the U.S.
    criticism", "Chinese claims"): rejecting it opposes the words, not the state.

    Example:
        >>> _state_speech("the U.S. criticism"), _state_speech("the U.S. presence")
        (True, False)
    """
    said = re.match(r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}([a-z]+)\b", phrase)
    return bool(said and said.group(1).lower() in _speech())


@cache
def _word_list(words: tuple[str, ...]) -> WordList:
    """The :class:`WordList` of ``words``, built once."""
    return WordList(list(words))


@cache
def _owned_heads() -> frozenset[str]:
    """Nouns of what a state does or says: "the Russian build-up" is Russia's (stances.toml)."""
    targets = load_lexicon().patterns["stances"]["targets"]
    out = {w.lower() for nouns in targets["acts"].values() for w in nouns}
    out |= {w.lower() for w in (*targets["speech"], *targets["owned_heads"])}
    return frozenset(out)


def _votes_on_resolutions(key: str) -> bool:
    """Whether the body ``key`` votes on resolutions (stances.toml resolution_bodies).

    Example:
        >>> _votes_on_resolutions("UN General Assembly"), _votes_on_resolutions("NATO")
        (True, False)
    """
    return key.split()[-1] in load_lexicon().words("stances", "cues", "resolution_bodies")


def _unquoted_actors(s: Sentence, pos: int) -> Sentence:
    """``s`` without the names a quotation before a speech verb and a participle at local
    ``pos`` holds past its opening ('"We oppose arms sales to Taiwan," he said, urging'): the
    participle is the speaker's; a name opening the quotation ('"China opposes ...,"') is the
    speaker's own side and stays.

    Example:
        >>> from kg.extract.mentions import find_mentions
        >>> t = '"We oppose sales to Taiwan," he said, urging the U.S. to stop.'
        >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
        >>> [m.key for m in _unquoted_actors(s, t.index("urging")).mentions]
        ['USA']
    """
    spans = [(a, b) for a, b in quote_spans(s.text) if b <= pos]
    if not spans or not re.search(
        r"[^\"“”]{0,80}?\b(?:said|says|told|tells|added|adds)\b[^\"“”]*,\s+$",
        s.text[spans[-1][1] : pos],
    ):
        return s
    a, b = spans[-1]
    opener = re.match(r"[\"“]\s*(?:the\s+)?", s.text[a:b], re.I)
    first = a + (opener.end() if opener else 1)
    kept = [m for m in s.mentions if not a < s.local(m.start) < b or s.local(m.start) <= first]
    return replace(s, mentions=kept) if len(kept) < len(s.mentions) else s


def _opens_with_act(phrase: str) -> bool:
    """Whether a state's act opens ``phrase`` ("the Chinese deployment near the border").

    Example:
        >>> _opens_with_act("the Chinese deployment"), _opens_with_act("the Chinese incursion")
        (True, False)
    """
    m = _OWNED_ACT.match(phrase)
    return m is not None and _policy_act().match(phrase, m.end()) is not None


# Sanctions lifted or eased, the last of a list of them ("lifted the arms embargo, travel bans
# and asset freezes on"): none imposed
_LIFTED_LIST = re.compile(
    r"\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|end(?:ed|s|ing)?|scrap(?:ped|s|ping)?"
    r"|remov(?:ed|es|ing)|rescind(?:ed|s|ing)?|terminat(?:ed|es|ing))\s+"
    r"(?:(?:the|all|its|their|remaining)\s+)?"
    r"(?:(?:(?:arms|travel|visa|targeted|economic|financial|trade|export|oil)\s+)?"
    r"(?:embargo(?:es)?|bans?|freezes?|sanctions|restrictions|penalties|measures|asset\s+freezes?)"
    r"(?:,\s+(?:and\s+)?|\s+and\s+))*(?:(?:arms|travel|visa|targeted|economic|financial|trade"
    r"|export|oil|asset)\s+)?$"
)
# A fronted adverbial before a claim cue ("Following allegations that ..., X imposed"): the
# claim ends at its comma
_FRONTED_CLAUSE = re.compile(
    r"\W*(?:Following|After|Citing|Amid|Over|Despite|Because\s+of|Due\s+to|In\s+response\s+to"
    r"|Responding\s+to)\s+(?:the\s+|new\s+|fresh\s+)?$"
)
# Stances a charge can say a state took, which its denial leaves untold
_CHARGED_TYPES = ("supports", "commits-to-defend", "pledges-cooperation")
# A charge the sentence tells and its subject denies, after it: ", a charge Tehran denies"
_DENIED_CHARGE = re.compile(
    r",\s+(?:(?:(?:a|an)\s+)?(?:charge|claim|accusation|allegation)s?\s+(?:that\s+)?(?:the\s+)?"
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+){1,3}?)(?:has\s+|have\s+)?(?:always\s+|repeatedly\s+)?"
    r"(?:denie[sd]|deny|rejects|rejected|dismisse[sd])\b"
    r"|(?:(?:a|an)\s+)?(?:charge|claim|accusation|allegation)s?\s+(?:denied|rejected|dismissed)\s+"
    r"by\s+(?:the\s+)?(?P<by>(?:[A-Z][\w.’'-]*\s*){1,3})"
    r"|which\s+(?P<which>(?:[A-Z][\w.’'-]*\s+){1,3}?)(?:has\s+)?(?:always\s+)?(?:denie[sd]|deny)"
    r"\b(?=\s*[.;]|\s*$))"
)


def _deniers(text: str) -> frozenset[str]:
    """The states and bodies that deny the charge a sentence tells, when it closes with the
    denial: what it says they did is no stance of theirs.

    Example:
        >>> sorted(_deniers("Kyiv says Iran supplied drones to Russia, a charge Tehran denies."))
        ['IRN']
        >>> sorted(_deniers("Kinshasa says Rwanda backs the M23, a charge denied by Kigali."))
        ['RWA']
        >>> sorted(_deniers("Kyiv says Iran supplied drones to Russia, which Tehran denies."))
        ['IRN']
    """
    out = set()
    for m in _DENIED_CHARGE.finditer(text):
        who = m.group("who") or m.group("by") or m.group("which") or ""
        out |= {k.key for k in find_mentions(who, 0) if k.kind in ("nation", "org")}
    return frozenset(out)


@cache
def _policy_act() -> re.Pattern[str]:
    """The act right after a state's name or possessive that is the target (policy_acts).

    Only modifiers may stand between: "U.S. arms sales", "Erdogan's call", not "Taiwan
    through arms sales" or "Israel and its operation".

    Example:
        >>> bool(_policy_act().match(" arms sales to Taiwan")), bool(_policy_act().match(
        ...     " through arms sales"))
        (True, False)
    """
    nouns = load_lexicon().alternation("stances", "targets", "policy_acts")
    glue = r"in|on|at|of|for|to|through|with|by|from|and|or|but|as|its|their|his|her|the|an?"
    modifier = rf"(?!(?:{glue})\b)[a-z][\w-]*\s+"
    joined = rf"{modifier}(?:(?:and|or)\s+(?={modifier}))?"  # "political and economic reforms"
    return re.compile(rf"(?:['’]s)?\s+(?:{joined}){{0,2}}?(?:{nouns})\b")


def _policy_of(heads: set[str]) -> bool:
    """Whether "X's <heads>" names a step or standing of X's that is the target itself.

    "rejected China's renaming of places" is against the renaming, and "backed Sweden's NATO
    membership" supports the membership (stances.toml [stances.targets] policies), while
    "condemned Russia's aggression" is against Russia.

    Example:
        >>> _policy_of({"renaming", "of", "places"}), _policy_of({"aggression", "against"})
        (True, False)
    """
    return bool(heads & _policies())


# How a reaction is said to arrive ("Condemnation of the strike came swiftly from Cairo") and how
# an act draws one ("The launch drew condemnation from Seoul").
_ARRIVED = r"came|poured\s+in"
# The participles of drawing a reaction, and the participle clause of one drawn by the
# sentence's own act ("..., drawing a protest from")
_DRAWING_VERBS = r"drawing|prompting|sparking|triggering|provoking"
_DRAWING = re.compile(rf",\s+((?:{_DRAWING_VERBS})\s+(?:[\w-]+\s+){{0,3}})$", re.I)
# A verb that draws a reaction, right before the reaction's noun ("prompting a strong protest")
_DRAWN_REACTION = re.compile(
    rf"\b(?:drew|draws|drawn|prompted|sparked|triggered|provoked|{_DRAWING_VERBS})\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_DREW = r"drew|draws|drawn|prompted|sparked|triggered|provoked|brought|has\s+drawn|met\s+with"
# Where the object of a pledge of cooperation ends: the next clause, or a relative clause on a
# noun inside it (not one on the cooperation itself: "defence cooperation, which will include
# joint drills with Japan")
_PLEDGE_SCOPE_END = re.compile(
    r",\s+(?:and|but|while|as)\b|;"
    r"|(?<!cooperation)(?<!ties)(?<!partnership)(?<!relations)(?<!relationship),\s+"
    r"(?:which|who|whose)\b"
)
# A passive predicate: its subject did not act ("were invited", "was granted")
_PASSIVE_SUBJECT = re.compile(
    r"^[^,;]*?\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:reported|believed|said|thought|alleged|understood|known|expected)\s+to\b)[a-z]+ed\b"
)
# A decision or act named again in an appositive that drew a reaction (", a decision that drew
# swift objections from")
_THAT_DREW = re.compile(
    r",\s+(an?\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|plan|deal|deployment|agreement|act)"
    rf"\s+(?:that|which)\s+(?:{_DREW})\s+(?:[\w-]+\s+){{0,3}})$",
    re.I,
)
# What went on in the face of a reaction ("kept ships there despite repeated protests from")
_DESPITE = re.compile(r"\b(?:despite|in\s+spite\s+of)\s+(?:[\w-]+\s+){0,3}$", re.I)


@cache
def _told_act() -> re.Pattern[str]:
    """The act a clause opens with, named again ("The launch drew condemnation", "Condemnation
    of the strike came from"): its doer is whom the reaction is against (stances.toml
    [stances.cues] condemnations)."""
    nouns = load_lexicon().alternation("stances", "cues", "condemnations")
    return re.compile(
        rf"\W*(?:(?i:{nouns})\s+of\s+)?(?P<act>(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?"
        rf"[\w-]+)\s+(?:[a-z]+ly\s+)?(?:{_DREW}|{_ARRIVED})\b"
    )


def _owned_head(rest: str) -> tuple[int, str, str] | None:
    """Where the noun phrase a possessive opens starts in ``rest`` (the text from the end of the
    owner's name), its head (the last of its first few words before a preposition, a
    conjunction, a verb of speech or a punctuation mark) and its words.

    Example:
        >>> _owned_head("'s armed forces in the east"), _owned_head("'s military buildup.")
        ((3, 'forces', 'armed forces'), (3, 'buildup', 'military buildup'))
    """
    m = re.match(r"['’]s?\s+", rest)
    if not m:
        return None
    heads = []
    for word in re.finditer(r"[\w-]+|[^\w\s]", rest[m.end() :]):
        token = word.group()
        if not token[0].isalnum() or token.lower() in _PHRASE_ENDS or len(heads) == 4:
            break
        heads.append(token)
    if not heads or not heads[-1][0].islower():
        return None
    return m.end(), heads[-1].lower(), " ".join(heads)


# A state's or a speaker's words with nothing told of what they were about ("condemned
# Wallstrom's comments", "denounced Rubio's remarks as threats").
_BARE_SPEECH = re.compile(
    r"['’]s?\s+(?:(?:recent|latest|earlier|new|reported|public|repeated)\s+)?"
    r"(?:remarks?|comments?|statements?|words|rhetoric)(?=\s*(?:[,.;:)]|$)|\s+(?:as|and)\b)"
)


# A state named again by what it is, with what backing it upholds ("the kingdom's
# self-defence", "the island nation's sovereignty")
_EPITHET_STANDING = re.compile(
    r"(the\s+(?:[a-z][\w-]*\s+){0,2}?[\w-]+(?:\s+(?:nation|state))?)['’]s\s+(?:right\s+to\s+"
    r"(?:self-defen[cs]e|defend\s+itself)|self-defen[cs]e|security|sovereignty|territorial\s+integrity"
    r"|independence|defen[cs]e)"
)


# A vote for a text ("voted for the draft", "voted at the U.N. Security Council for a Russian
# draft resolution"): support for it (not "voted for the first time", nor for a candidate)
_VOTED_FOR = re.compile(
    r"\bvot(?:ed|es|ing)\s+(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,4})?for(?=\s+(?:it\b|"
    r"(?:the|a|an|its|their|this|that)\s+(?:[\w.-]+\s+){0,4}?(?:resolution|draft|text|motion|bill"
    r"|proposal|measure|amendment)s?\b))"
)


# Concern conveyed to someone, about something told first ('conveyed "grave concerns" about that
# flight to both Beijing and Moscow'): the ones it was conveyed to are the target
_CONVEYED = re.compile(
    r"\b(?:conveyed|conveys|communicated|relayed)\s+(?:its\s+|their\s+|his\s+|her\s+)?[\"“]?\s*$"
)
_CONVEYED_ABOUT_TO = re.compile(
    r"[\"”]?\s+(?:about|over|regarding|at)\s+(?P<topic>[^,;\"“”]{2,80}?)\s+to\s+(?:both\s+)?"
    r"(?=(?:the\s+)?[A-Z][^,;]*?(?:[,.;]|$))"
)
# What is moved to a state in a topic ("the sale of jets to Iran"): the state receives it, and
# the concern is not conveyed to it
_MOVED_TO = re.compile(
    r"\b(?:sales?|supply|supplies|transfers?|deployments?|exports?|deliver(?:y|ies)|shipments?)\b",
    re.I,
)


# The next item of a list of firms, with what it is before its name (", gas company Novatek",
# " and Vnesheconombank")
_FIRM_ITEM = re.compile(
    r"(?:,\s+(?P<last>and\s+)?|\s+(?P<last2>and)\s+)(?:[a-z][\w-]*\s+){0,3}"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?=\s*(?:[,.;]|\s+and\b|\s+on\b|\s+in\b|$))"
)


# One's own forces right after a verb of sending ("its own troops", "U.S. troops")
_OWN_TROOPS = re.compile(
    r"\s+(?:(?:its|their|his|her|any|more|ground|combat|own|[A-Z][\w.'’-]*)\s+){0,3}"
    r"(?:troops|forces|soldiers|personnel|boots)\b"
)


# Words that end a noun phrase ("Ukraine's bid to join", "China's claims in the sea", "Peru's
# defence minister said")
_PHRASE_ENDS = frozenset(
    [
        "to", "of", "in", "on", "at", "for", "by", "with", "from", "as", "that", "which", "who",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "and", "or", "but",
        "said", "says", "told", "added", "warned", "urged", "called",
    ]
)  # fmt: skip


@cache
def _listing_acts() -> frozenset[str]:
    """What putting a state on a sanctions list is named again as ("condemned the decision"),
    stances.toml [stances.cues] listing_acts."""
    return frozenset(w.lower() for w in load_lexicon().words("stances", "cues", "listing_acts"))


@cache
def _put_on_list_rx() -> re.Pattern[str]:
    """ "returned Cuba to its list of state sponsors of terrorism", "added X to its sanctions
    list", "put Cuba back on the U.S. list of state sponsors of terrorism" (stances.toml
    [stances.cues] listing_verbs, sanction_list_names)."""
    lex = load_lexicon()
    verbs = lex.alternation("stances", "cues", "listing_verbs")
    lists = lex.alternation("stances", "cues", "sanction_list_names", spaces=True)
    return re.compile(
        rf"\b(?P<verb>{verbs})\s+(?P<obj>(?:the\s+)?[A-Z][^,;]{{0,60}}?)\s+(?:back\s+)?"
        r"(?:on|to|onto)\s+(?:its|the|their|a|his|her)\s+(?:[\w.-]+\s+){0,5}?"
        rf"(?i:{lists})s?\b"  # (also "to its al Qaeda and Taliban sanctions list")
    )


# A verb in its base form after who is to act ("insisted that Iran halt enrichment"), not a
# finite one ("insisted that Iran was responsible")
_BASE_VERB = (
    r"(?:['’]s\s+[\w-]+)?\s+(?:immediately\s+|must\s+|should\s+)?"
    r"(?!(?:was|were|is|are|has|had|did|does|would|will|could|might|can)\b)"
    r"[a-z]+(?<!ed)(?<![^s]s)\b"
)


@cache
def _people_heads() -> frozenset[str]:
    """Heads of a state's people and forces: opposing them opposes the state ("opposes Russia's
    leaders", stances.toml [stances.targets] people_heads)."""
    return frozenset(w.lower() for w in load_lexicon().words("stances", "targets", "people_heads"))


@cache
def _asking() -> frozenset[str]:
    """Verbs that urge only a party told to act ("asked Chile to", stances.toml cues asking)."""
    return frozenset(w.lower() for w in load_lexicon().words("stances", "cues", "asking"))


@cache
def _policies() -> frozenset[str]:
    """Nouns of a state's step or standing that are a stance's target (stances.toml)."""
    return frozenset(w.lower() for w in load_lexicon().words("stances", "targets", "policies"))


# An adjective of a bloc, not a name kg should know, opening a target ("Western sanctions",
# "Arab mediation efforts")
_BLOC_ADJECTIVE = re.compile(r"(?:Western|Allied|Arab|Nordic|Baltic)\s+[a-z]")
# A joint text a group issued ("issued a joint statement")
_JOINT_TEXT = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])", re.I)
# A state of affairs after a verb of concern ("about the situation in the South China Sea")
_SITUATION = re.compile(
    r"\s+(?:(?:about|over|at|regarding|on|with)\s+)?the\s+(?:[\w-]+\s+){0,2}situation\b"
    r"(?![^;.]*\b(?:caused|created|brought\s+about|triggered|including)\b)"
)
# A vote against a text or an abstention on it, right before what the text does ("voted
# against a resolution condemning", "abstained on resolutions calling for")
_VOTED_DOWN_TEXT = re.compile(
    r"\b(?P<verb>abstain(?:ed|s|ing)?\s+(?:on|in|from)|vot(?:ed|es|e|ing)\s+against|veto(?:ed|es)?"
    r"|vetoing|rejected|rejecting|blocked|blocking)\s+(?:[\w.'’-]+\s+){0,6}?(?:resolutions?|drafts?"
    r"|texts?|motions?|bills?|declarations?|statements?|votes?|measures?)\s+$",
    re.I,
)
# A founding text after "denounce", in its legal sense of giving notice to leave it
_CHARTER = re.compile(r"\s+(?:the|its|their)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}charter\b", re.I)
# Those who take part in a grouping, named before it ("the participants of the Crimea Platform")
_MEMBERS_OF = re.compile(
    r"\b(?:participants|members|leaders|ministers|heads\s+of\s+state(?:\s+and\s+government)?)"
    r"\s+(?:in|of)\s+(?:the\s+)?$",
    re.I,
)
# A state's body told by lower-case words, then named after a comma ("Turkey's military
# procurement agency, the Presidency of ...")
_POSSESSED_THEN_NAMED = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,4}[a-z-]+,\s+(?:the\s+)?")
# What the sentence before extended or renewed, which a bare "the extension" names
_EXTENDED_OBJECT = re.compile(
    r"\b(?P<verb>extended|renewed|expanded)\s+(?P<obj>(?:its|their|the)\s+[^.;,]{3,80}?)"
    r"(?=\s+(?:for|by|until|till|through|on|in|to|after|when|as)\b|[.;,]|$)"
)
# What a speaker said it would do, then a participle of the saying (", accusing")
_SAID_WOULD_THEN = re.compile(
    r"\b(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she)\s+"
    r"(?:would|will)\s+[^;:\"“”]{3,160},\s+$"
)
# A holder's support that a condemnation or a concern names ("condemned Rwanda's military
# support for", "concerned about Iran's support for", 'denounced Ukraine's "support for')
_CONDEMNED_HOLDER = re.compile(
    r"\b(?:condemn\w*|denounc\w*|critici[sz]\w*|accus\w*|deplor\w*|blam\w*|decr[iy]\w*"
    r"|concern(?:ed|s)?\s+(?:about|over|at|by|with))\b[^.;:,]{0,100}?"
    r"(?:['’]s?|\b(?:its|their|his|her))\s+[\"“]?(?:[\w-]+\s+(?:and\s+)?){0,4}$"
)
# Verbs of a speaker's own statement between a condemnation and a support ("and reaffirmed
# their support", "to express Brazil's support")
_OWN_STATEMENT = re.compile(
    r"\b(?:reaffirm|reiterat|express|voic|pledg|offer|promis|stress|underlin|underscor|declar"
    r"|confirm|renew|restat|affirm|highlight|recall|emphasi[sz]|phon|said|says|added)\w*"
)
# Participles of what a speaker says while saying it ("..., accusing", "..., citing")
_SPEECH_PARTICIPLE = re.compile(
    r"(?:accusing|blaming|citing|saying|calling|urging|warning|condemning|criticizing"
    r"|criticising|denouncing|describing|arguing|insisting|branding|labelling|labeling)\b"
)
# A preposition right before a name: the name is its object ("citizens of Algeria")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|from|with|for|against|on|in|by|at|near|over)\s+(?:the\s+)?$"
)
# An envoy's act named by the envoy's office ("the ambassador's remarks")
_OFFICE_OWNED = re.compile(
    r"the\s+(ambassador|envoy|charg[eé]\s+d['’]affaires|consul|attach[eé])['’]s?\s+", re.I
)
# An envoy named bare as what is criticised ("NATO also criticised the envoy")
_BARE_ENVOY = re.compile(r"the\s+(ambassador|envoy)", re.I)
# The party a letter or a call went to, whom a later "urging it to" asks ("wrote to the council")
_WROTE_TO = re.compile(
    r"\b(?:wrote|writes|written|writing|appealed|sent\s+a\s+letter|in\s+a\s+letter)\s+to\s+"
)
# "against" after a hostile deed ("Russia's war against Ukraine"): the deed's object
_HOSTILITY_AGAINST = re.compile(
    r"\b(?:war|wars|aggression|invasion|attacks?|campaign|offensive|strikes?|crimes|violence"
    r"|hostilities|operations?)\s+against$",
    re.I,
)
# "... and (has) (also) condemned": a predicate coordinated with the one before it.
_AND_PREDICATE = (
    r"\band\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|later|swiftly)\s+)?(?:[a-z]+ly\s+)?$"
)
# The same after "but" or a modal: "regretted Beijing's move but would continue to".
_AND_OR_BUT_PREDICATE = (
    r"\W*(?:and|but)\s+(?:(?:has|have|had|would|will)\s+)?(?:(?:also|then|later|swiftly|still)\s+)?"
    r"(?:[a-z]+ly\s+)?$"
)
# A participle of promise after the main clause's object (", promising to come to the aid of")
_VOWING = re.compile(r",\s+(promising|pledging|vowing|undertaking|committing)\s+(?:\w+\s+){0,3}$")


def _main_subject(s: Sentence, lo: int, pos: int) -> tuple[str, ...]:
    """The first actors of the clause from ``lo`` when they open it as the subject of a verb
    right after them ("Britain signed declarations with Sweden and Finland"), else nothing.

    Example:
        >>> from kg.extract.mentions import find_mentions
        >>> t = "Britain signed declarations with Sweden and Finland, promising to"
        >>> _main_subject(Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0)), 0, 51)
        ('GBR',)
    """
    found = runs(s, s.actors(lo, pos))
    if len(found) < 2 or _VERB_BEFORE_NAME.search(s.text, lo, s.local(found[0][0].start)):
        return ()
    verb = re.match(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|met|held|won|gave|struck|took)\b",
                    s.text[s.local(found[0][-1].end) :])  # fmt: skip
    return unique_actors(found[0]) if verb else ()


# A finite verb before a name: the name is no subject of its clause
_VERB_BEFORE_NAME = re.compile(r"\b(?:[a-z]{3,}ed|met|held|said|says|told|was|were|is|are)\b")
# Acts told in the sentence, with what they were, that a "them" after them may stand for
# ("acts of sabotage"; a bare "the attacks" says too little)
_ACTS_TOLD = re.compile(
    r"\b(?:acts|attacks|strikes|launches|tests|incursions|violations|provocations|blasts"
    r"|explosions|killings|bombings|raids|seizures)"
    r"\s+of\s+[a-z][\w-]*(?:\s+(?!(?:and|or|but|that|which|who)\b)[a-z][\w-]*)?"
)
# A verb that moves others' support, right before "support for" ("has driven support for
# membership", "eroded public support for the deal")
_SUPPORT_MOVED = re.compile(
    r"\b(?:driven|drove|drive|drives|driving|fuel(?:l)?ed|fuels|eroded|erodes|eroding|sapped"
    r"|undermined|dented|galvani[sz]ed|swelled|swollen)\s+(?:public\s+|popular\s+|domestic\s+)?$"
)
# A claim rejected as untrue ("rejected suggestions that Russia was involved"): a denial, no
# stance (but "dismissed accusations that China seeks a foothold" answers an accuser)
_DENIED_CLAIM = re.compile(
    r"(?:any\s+|the\s+|all\s+)?(?:suggestions?|reports?|claims?|speculation|notion|idea"
    r"|rumou?rs?)\s+that\b",
    re.I,
)
# What states undertake together, backed as such ("backed the three countries' partnership")
_JOINT_UNDERTAKINGS = frozenset(
    (
        "partnership", "alliance", "cooperation", "bids", "applications", "membership",
        "agreement", "deal", "plan", "proposal", "initiative", "declaration", "candidacy",
        "accession", "format", "framework", "pact",
    )
)  # fmt: skip
# An occasion used to speak ("used a speech in Rovaniemi to accuse"): its subject speaks
_USED_TO = re.compile(
    r"\b(?:used|uses|using)\s+(?:a|an|the|its|his|her|their)\s[^,;]{0,80}?\bto\s+$"
)
# "said it" before the first verb of such a pair: the sayer is the pair's subject
_SAID_IT = re.compile(r"\b(?:said|says|added|stated)\s+(?:that\s+)?(?:it|they)\s+(?:\w+\s+){0,2}$")
# A clause that opens with its verb: "... but has accused", "; and then urged".
_SUBJECTLESS = r"\W*(?:but|and|yet)\s+(?:(?:has|have|had|also|then|later)\s+)*[a-z]+(?:ed|s)\b"
# A sentence's opening adverbial phrase ("During a visit to Seoul last week, "): a name in it
# is no subject.
_INTRO_PHRASE = re.compile(
    r"(?:During|In|On|At|After|Before|Following|Ahead\s+of|Upon|Speaking|Arriving)\b[^,;:]*,\s*"
)
# A definite reference to an agreement the article reported, as a stance's target ("the
# deal", "both memoranda", "the maritime accord"): group "noun" is the document's kind.
_AGREEMENT_TARGET = re.compile(
    r"(?:the|this|that|these|those|both)\s+(?:(?:two|new)\s+)?(?:[\w-]+\s+)?"
    r"(?P<noun>pacts?|agreements?|accords?|deals?|treaty|treaties|memorand(?:um|a|ums)"
    r"|arrangements?|sale|framework|roadmap|road\s+map)\b",
    re.I,
)
# An agreement told by its kind alone ("the agreement", "this accord")
_BARE_AGREEMENT = re.compile(
    r"(?:the|this|that)\s+(?:pact|agreement|accord|deal|treaty|memorandum|arrangement"
    r"|framework|roadmap|road\s+map)",
    re.I,
)
# An agreement's own name in the text ("the Treaty on the Prohibition of Nuclear Weapons", "the
# Riyadh Agreement", "the Abraham Accords"), which a later "the pact" may stand for (unlike
# roles.NAMED_AGREEMENT, which finds the names an agreement rule reports: "on the" may follow
# "Treaty", plural "Accords" count, and a declaration or partnership is no pact)
_AGREEMENT_WORD = re.compile(  # a pact told anew, without a name ("reached a nuclear deal")
    r"\b(?:reached|signed|struck|concluded|sealed|inked|agreed\s+on|agreed\s+to)\s+(?:a|an|new)\s+"
    r"(?:[\w-]+\s+){0,3}(?:deal|agreement|pact|accord|treaty|memorandum)\b"
)
_AGREEMENT_NAME = re.compile(
    r"(?<![\w-])(?:(?:(?!(?:The|This|That|An?|Its|Their|After|Before|Since|When|During|While|Under"
    r"|With|Without|Despite|Following)\s)[A-Z][\w'’-]*\s(?:(?:and|of|on|for)\s)?){1,6}"
    r"(?:Treaty|Agreement|Accords?|Pact)(?!\s+Organi[sz]ation)(?:\s\([A-Z]{2,8}\))?"
    r"|(?:Treaty|Agreement)\s(?:of|on)\s(?:the\s)?[A-Z][\w'’-]*"
    r"(?:\s(?:(?:of|on|and|the)\s)?[A-Z][\w'’-]*){0,5})(?![\w-])"
)
# Acts of force "it" can stand for right after them ("Iran struck Erbil. The United States
# condemned it as reckless").
_FORCE_ACTS = frozenset(
    {"attack", "attacks", "strike", "strikes", "launch", "launches", "shelling", "bombing",
     "bombardment", "invasion", "seizure", "missile", "missiles", "test", "tests"}
)  # fmt: skip
# An act named only by what it broke ('denounced a "flagrant violation" of international law',
# "condemned an act of aggression"): the act just reported, as "it" would be.
_UNNAMED_VIOLATION = re.compile(
    r"an?\s+(?:[\"“”'‘’]?\w+[\"“”'‘’]?\s+){0,2}?[\"“”'‘’]?(?:act\s+of\s+aggression\b|(?:violation|breach)"
    r"[\"“”'‘’]?\s+of\s+(?:the\s+)?(?:international(?:\s+humanitarian)?\s+law|U\.?N\.?\s+Charter"
    r"|(?:[A-Z]\w+\s+)?sovereignty)\b)",
    re.I,
)
# Weapons or forces right after a nationality adjective, up to the verb ("Iranian missiles
# struck", "Russian drones and missiles hit"): the state that fired them.
_ARMS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:missiles|drones|rockets|jets|warplanes|aircraft|forces|troops"
    r"|artillery|warships|ships)\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:also\s+)?$"
)
# A lone vote against, as United Nations press releases count a vote: "voted 13 in favour to 1
# against (Russian Federation), with 1 abstention (China)"; a permanent member's is a veto
_LONE_VOTE_AGAINST = re.compile(r"\b(?:1|one)\s+against\s+\(([^()]{2,60})\)")
_PERMANENT_MEMBERS = frozenset({"USA", "RUS", "CHN", "GBR", "FRA"})
_VETO_ACTS = frozenset({"veto"})
# A passive auxiliary right before a verb ("was struck", "is being held"): its subject is
# what was acted on.
_PASSIVE_BEFORE = r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$"
# An amount that opens an aid noun phrase: "$4.5 billion in", "about 2 billion euros of".
_AMOUNT_IN = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|another|a\s+further)\s+)?"
    r"\S*\d[\d.,]*\s*(?:million|billion|trillion|bn|m)?(?:\s+[a-z]+)?\s+(?:in|of|worth\s+of)"
    r"\s+(?:(?:new|additional|further|fresh|financial|economic)\s+)*"
)
# A group reference to people ("both ministers", "the two leaders"), not to states.
_PEOPLE_REF = r"\b(?:ministers|leaders|presidents|premiers|heads of state|counterparts|chiefs)\b"
# An appositive or relative clause set off by commas after a subject: ", both members of
# the council,", ", which chairs the panel,".
_APPOSITIVE = (
    r",\s+(?:both|all|each|either|neither|a|an|the|its|their|which|who|whose|one|two|three|"
    r"four|five|now|then|long|already|also|itself|themselves|currently)\b[^,;]*,"
)
# A visit told in an aside after the speaker ("Richardson, on her third visit to Argentina,")
_ON_VISIT = re.compile(
    r",\s+on\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\s+to\s+[^,;]{2,40},"
)
# The glue of a run of subjects and the verb after it ("... and Bahrain recalled")
_SUBJECT_GLUE = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?")
_LIST_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:have|has|had)\s+)?[a-z]{3,}ed\b")
# The closing text of a summit as a subject: "The final communique demanded ...".
_FINAL_TEXT = re.compile(
    r"\W*the\s+(?:final|closing|concluding)\s+(?:joint\s+)?(?:communiqu[eé]|declaration|statement)\b",
    re.I,
)
# A clause whose subject is a joint text: "The Wilmington Declaration, issued after ...".
_DOCUMENT_SUBJECT = (
    r"\W*(?:the|a)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:joint\s+)?"
    r"(?:declaration|statement|communiqu[eé]|joint statement)\b"
)
# Where the objects of sanctions end and their reason begins ("sanctions on Niger after
# soldiers toppled President Mohamed Bazoum")
_SANCTION_REASON = re.compile(
    r"\s(?:after|over|for|because|following|when|as|amid|in\s+response|in\s+retaliation)\b"
    r"|,\s+(?:accusing|saying|citing|alleging|charging)\b"  # (", accusing them of propping up
)  # President Daniel Ortega's government": why, not whom)
# A membership epithet before a state's name ("NATO ally Turkey", "fellow EU member Hungary")
_BODY_EPITHET = re.compile(
    r"\s*(?:fellow\s+)?(?:[A-Z][\w.-]*\s+)?(?:ally|member|member\s+state|partner)\s+(?=[A-Z])"
    # ("stands with its ally, the Philippines", "its treaty ally Japan")
    r"|\s*(?:its|their|our|his|her)\s+(?:(?:close|key|treaty|longtime|long-time|staunch"
    r"|strategic|fellow|[A-Z][\w.-]*)\s+)?(?:ally|partner|neighbou?r)\s*,?\s+(?:the\s+)?(?=[A-Z])"
)
# A state's epithet of place before its name in a topic target ("accuses neighbouring Rwanda
# of"): the state
_STATE_EPITHET = re.compile(r"neighbou?ring\s+")
# "In their Wilmington Declaration, the leaders condemned": the text their grouping issued
_IN_THEIR_DOCUMENT = (
    r"\W*In\s+(?:their|its|the)\s+(?:joint\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Declaration|Statement|Communiqu[eé])\s*,"
)
# "said it would", "announced that Chile will": a reported position (stances.toml keeps the
# trigger lists; this is grammar).
_SAID = (
    r"\b(?:said|says|stated|states|announced|confirmed|declared|stressed|insisted|added|reiterated"
    r"|vowed|reaffirmed|assured|pledged|promised|told|telling|adding|saying|affirmed|agreed"
    r"|emphasi[sz]ed"
    r"|underlined|underscored|noted)\b"
)


@cache
def _said_after() -> re.Pattern[str]:
    """A speaker named after the clause ("Japan will support Ukraine, Kishida said"), also at
    the end of a quote with commas inside ('"We will deepen ties with Peru, from training to
    exercises," X said'), unless a condition opens a clause of it ("but only if") or the
    speaker is an outsider (stances.toml [stances.cues] outsiders).

    Example:
        >>> bool(_said_after().search(", Kishida said.")), bool(_said_after().search(
        ...     ', but only with U.S. backing," analysts said.'))
        (True, False)
    """
    outsiders = load_lexicon().alternation("stances", "cues", "outsiders", spaces=True)
    return re.compile(
        r"^[^,;]*,[\"”]?\s+(?:[\w.’'-]+\s+){0,6}?(?:said|says|told|added|stressed)\b"
        r"|^(?:(?!,\s*(?:but|only|if|unless|provided)\b)[^\"“”;])*,[\"”]\s+"
        rf"(?!(?:{outsiders})\b)(?:[\w.’'-]+\s+){{0,6}}?(?:said|says|told|added|stressed)\b",
        re.I,
    )


_SPEAKER_AFTER = r"^[^,;\"“”]*,\s+((?:[\w.’'-]+\s+){1,6}?)(?:said|says|told|added|stressed)\b"
# A subject that only the speaker after the clause names: "We", "The alliance", "The bloc".
_SELF_SUBJECT = (
    r"\W*(?:we|the\s+(?:alliance|bloc|organi[sz]ation|union|grouping|government|kingdom"
    r"|republic))\s+(?:[\w-]+\s+){0,3}$"
)
# A text that was stopped: "blocked an EU statement condemning ...".
_BLOCKED_AID = (
    r"\b(?:blocked|vetoed|froze|frozen|delayed|held\s+up|halted)\s+(?:an?|the)\s+[^,;]{0,40}$"
)
# (also with its authors: "rejected a motion by the opposition calling on", "vetoed a resolution
# from Western members condemning"; not "blocked the statement by again calling on")
_BLOCKED = (
    r"\b(?:blocked|vetoed|rejected|opposed|torpedoed|scuttled|withdrew|watered\s+down)\b[^,;]*"
    r"\b(?:statement|resolution|declaration|text|draft|motion)"
    r"(?:\s+(?:by|from)\s+(?:the\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:\s+[a-z]+){0,2})))?"
    r"\s+$"
)
_SAID_WOULD = (
    r"\b(?:said|says|stated|announced|confirmed|declared|stressed|insisted|added|reiterated"
    r"|told|telling|tells|assured|assuring|adding|saying)\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,4}?"
    r"(?:would|will)\s+"
    r"(?:(?:also|continue\s+to|keep|fully|firmly|strongly|always)\s+)?$"
)
# Where the predicate after a noun phrase begins ("... for talks was rejected"): the phrase ends.
_PREDICATE_START = (
    r"\s+(?:was|were|is|are|has|have|had|would|will|could|drew|received|got|won|failed)\b"
)
# A phrase after a trigger that opens with one of these is an adverbial ("through diplomatic
# channels"), not what the stance is about.
_ADVERBIAL_START = (
    r"(?:through|via|in|during|after|before|from|under|within|across|since|until|amid|"
    r"despite|without|while|when|as|at\s+(?:a|the)\s+(?:meeting|summit|news|press|session)"
    r"|over\s+(?:the\s+)?(?:next|coming|past|last|following|\w+)\s+(?:\w+\s+)?"
    r"(?:years?|decades?|months?|weeks?|days?)"  # "military aid over the next decade": when
    r"|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:year|month|week))\b"
)
# A sentence whose subject is a text's "It" and a verb of what a text does ("It sets up",
# "It also establishes"): not "It comes as ...", "It was Norway that ..."
_IT_VERB_OPENS = re.compile(
    r"\W*(?:It|This)\s+(?:also\s+)?(?:sets|establishes|creates|provides|requires|authori[sz]es"
    r"|extends|renews|mandates|grants|lists|names)\b"
)
# Text before a name that makes it an object, not a subject ("stood behind Guyana").
_OBJECT_BEFORE = (
    r"\b(?:behind|with|for|against|into|at|toward|towards|about|over|upon|among|to|on"
    r"|in|by|\w+ed)\s+(?:the\s+)?$"
)
# What a state holds, listed before its owner ("the sovereignty, independence and territorial
# integrity of"): supporting them supports the owner
_SOVEREIGNTY_OF = re.compile(
    r"\s+(?:(?:the|its|their)\s+)?(?:(?:sovereignty|independence|territorial\s+integrity|unity)"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)?){1,4}\s*of\s+(?P<the>(?:the\s+)?)"
)
# Relations moved to another party, the switch of recognition that cut ties tell
_SWITCHED_TIES = re.compile(  # right after the cut, in the same clause
    r"[^.;,]{0,40}?\band\s+(?:(?:switch(?:ed|es|ing)|shift(?:ed|s|ing)|transferr?(?:ed|ing))"
    r"\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:recognition|relations|ties)\s+to"
    r"|(?:establish(?:ed|es|ing)|open(?:ed|s|ing))\s+(?:formal\s+|full\s+)?(?:diplomatic\s+)?"
    r"(?:relations|ties)\s+with\s+(?:Beijing|China|the\s+People's\s+Republic))\b",
    re.I,
)
# What "support" keeps going rather than backs: jobs, an economy, an industry
_UPKEEP_TARGET = re.compile(
    r"^topic:(?:(?:thousands|hundreds|tens)\s+of\s+|some\s+|about\s+|up\s+to\s+|[\d,]+\s+)?"
    r"(?:(?:high-skilled|skilled|local|british|new)\s+)?(?:jobs|employment|the\s+economy|growth"
    r"|livelihoods)\b",
    re.I,
)
# A sentence opened by the meeting just told ("At that meeting,", "During those talks,")
_AT_THAT_MEETING = re.compile(
    r"\W*(?:At|During|On\s+the\s+sidelines\s+of)\s+(?:that|this|those|the\s+same)\s+"
    r"(?:meeting|summit|talks|session)\b"
)
# The members of a grouping named right after it ("asked NATO allies to ...")
_MEMBERS_AFTER = re.compile(r"^\s+(?:members|allies|partners|states|countries)\b")
_PAST_VERB = re.compile(r"\b[a-z]+ed\b")
# The rest of a list of owners after a comma ("Iraqi, U.S. and Coalition personnel"), its
# noun no verb or speaker ("Seoul and Tokyo said", "Russian and Syrian officials said")
_OWNERS_LISTED = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,2}(?:and|or)\s+[A-Z][\w.'’-]*\s+"
    r"(?!(?:[a-z]+\s+){0,2}(?:said|says|told|tells|added|reported|reports|stated|announced"
    r"|noted|warned|confirmed|wrote|claimed)\b)"
    r"(?!(?:officials|sources|diplomats|ministers|leaders|governments|authorities|media"
    r"|agencies|spokesm[ae]n|envoys)\b)[a-z]"
)
# A subordinate clause opening a sentence ("After Russia launched drones, ...")
_SUBORDINATE_OPENER = re.compile(
    r"\W*(?:(?:Hours|Days|Moments|Shortly|Weeks|Just|Even)\s+)?(?:After|As|When|Once|While"
    r"|Before|Since|Because|Although|Though|after|as)\b[^,;]*,\s*"
)
_OWNED = ("condemns", "opposes")  # stance types whose definite target can be a state's act
_PEOPLE = frozenset({"people"})  # "the Haitian people": the state itself
# What a vote against names when it names no proposal: "it", "the text", or nothing.
_VOTED_ON = (  # ("Chile voted against and Oman abstained": a new clause, still on what was put)
    r"\s*(?:it\b|the\s+(?:text|resolution|draft|measure|motion)\b|[,.;]|$"
    r"|(?:and|but|while|whereas)\s+(?:(?-i:[A-Z])|the\s|its\s|their\s))"
)
# Who drafted a proposal named before them: "a resolution drafted by A and B", "the text,
# which A and B had drafted" (stances.toml [stances.cues] drafting).
_DRAFTED_BY = (  # "sponsored by a group of countries including A, B and C": A, B and C
    r"(,)?\s+(?:{verbs})\s+by\s+(?:(?:a\s+(?:group|number)\s+of|some|several|\d+|[a-z]+-?[a-z]*)"
    r"\s+(?:countries|states|nations|members|member\s+states)\s+(?:including|led\s+by|among\s+them)"
    r"\s+(?:the\s+)?"
    # "drafted by the three African members of the Council, Gabon, Ghana and Mozambique", "by
    # the council's 10 elected members: Algeria, Ecuador and Guyana"
    r"|the\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+\s+)?(?:members|states)\s+of\s+the\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?,\s+"
    r"|the\s+council['’]s\s+(?:\d+|[a-z]+)\s+(?:elected\s+|non-permanent\s+)?members:\s+)?"
)
_WHICH_DRAFTED = r",\s+which\s+(.{{1,60}}?)\s+(?:had\s+|has\s+|have\s+)?(?:{verbs})\b"
# A person's name in apposition, after a rank: "Gen. Abdel Fattah al-Burhan", "Jimmy "Barbecue"
# Chérizier"
_RANKED_NAME = (
    r"(?:(?:(?:Lt|Maj|Brig|Col|Gen|Adm|Lieut)\.?|Lieutenant|Major|Brigadier|General|Colonel"
    r"|Admiral|Field\s+Marshal|Marshal)\s+){0,2}"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[\"“][^\"”]{1,25}[\"”]|(?:al|el|bin|ibn|de|da|del|dos|van"
    rf"|von|la|le)[-\s][A-Z][\w'’-]+|(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'’-]+)){{1,3}})"
    r"(?![\w'’-])"
)
# A state's office or leader, then the person in apposition: "Sudan's army chief, Gen. Abdel
# Fattah al-Burhan", "Haiti's most powerful gang leader, Jimmy "Barbecue" Chérizier"
_APPOSED_PERSON = re.compile(
    rf"['’]s\s+(?:{OFFICE}|(?:[a-z-]+\s+){{0,3}}(?:head|boss|kingpin|general|strongman|founder"
    r"|chief|leader|commander|owner)),\s+" + _RANKED_NAME
)
# The office told before the state ("the head of Nicaragua's army, Gen. Julio César Avilés"):
# whatever the state's body, the person in apposition holds the office
_HEAD_OF = re.compile(
    r"\b(?:the\s+)?(?:head|chief|commander|leader|director|chairman|governor)\s+of\s+(?:the\s+)?$",
    re.I,
)
_HEAD_NAMED = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+" + _RANKED_NAME)
# A gerund with its object right after a stance's target state ("objected to Ethiopia filling
# the reservoir"): the act is the target (not "including", "during" and other prepositions)
_GERUND_AFTER = re.compile(
    r"\s+(?!(?:including|during|following|according|concerning|regarding|involving|excluding"
    r"|notwithstanding|pending|considering|nothing|something|anything|everything|speaking"
    r"|saying|citing|adding|noting|arguing|calling|claiming|accusing|warning|urging|describing"
    r"|referring|pointing|responding|reacting|insisting|stressing|telling|writing|posting)\b)"
    r"[a-z]{3,}ing"
    r"\s+(?:the|a|an|its|their|his|her|to|troops|forces|weapons|arms|[a-z]{4,}|[A-Z][\w.-]+)\b"
)
_GERUND_TYPES = ("opposes", "supports", "condemns")
# What separates the items of a list of targets: a comma, "and", "along with", "as well as"
_LIST_GLUE = re.compile(
    r",?\s+(?:along|together)\s+with\s+|,?\s+as\s+well\s+as\s+|\s*,\s*(?:and\s+)?|\s+and\s+"
)

_LIST_ITEM = re.compile(r"\S(?:.*\S)?")  # an item, its spaces trimmed


def _list_items(text: str, a: int, b: int) -> list[re.Match[str]]:
    """The items of the list in ``text[a:b]``, as matches with their offsets.

    Example:
        >>> t = "six cartels, along with Tren de Aragua and MS-13"
        >>> [m.group() for m in _list_items(t, 0, len(t))]
        ['six cartels', 'Tren de Aragua', 'MS-13']
    """
    out, at = [], a
    for glue in [*_LIST_GLUE.finditer(text, a, b), None]:
        end = glue.start() if glue else b
        item = _LIST_ITEM.match(text, at, end) if end > at else None
        if item:
            out.append(item)
        at = glue.end() if glue else b
    return out


# Leaders issuing a joint text: "issued a joint statement", "adopted a joint declaration"
# A statement told with its issuers: "In a joint statement carried by SPA, the three
# governments said", "Japan and India issued a statement"; and a later subject standing for it
_IN_STATEMENT = re.compile(
    r"\W*In\s+(?:a|an|the|their|its)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b"
    r"[^,;]{0,80},\s+"
)
_SAID_AFTER = re.compile(r"\b(?:said|says|stated)\b")
_SAID_IN_STATEMENT = re.compile(
    r"\b(?:said|says|stated)\s+in\s+(?:a|an|its|their)\s+(?:joint\s+)?(?:statement|declaration"
    r"|communiqu[eé])\b"
)
_ISSUED_TEXT = re.compile(
    r"\b(?:issued|released|published)\s+(?:a|the|their|its)\s+(?:joint\s+)?"
    r"(?:statement|declaration|communiqu[eé])\b"
    r"|\b(?:adopted|passed|approved)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text)\b"
)  # (a resolution a body adopted: "The resolution condemned ..." is the body's)
# Words that tell a text was not adopted ("vetoed a resolution", "failed to adopt", "is due to
# vote on a draft")
_NOT_ADOPTED = re.compile(
    r"\b(?:veto\w*|fail\w*\s+to\s+(?:adopt|pass|approve|agree)|reject\w*\s+(?:a|the)\s+"
    r"(?:draft|resolution|text)|block\w*\s+(?:a|the)\s+(?:draft|resolution|text)|due\s+to\s+vote"
    r"|will\s+vote|to\s+vote\s+on|draft\s+(?:resolution|text)"
    r"|(?:not|never)\s+(?:yet\s+)?(?:adopted|passed|approved|agreed))\b",
    re.I,
)
# A people named by where it lives ("the Druze of southern Syria", "the Turkmen in northern
# Iraq"), up to the end of the phrase
_PEOPLE_OF = re.compile(
    r"\s+(?P<np>the\s+(?P<g>(?!(?:Government|People|Republic|State|Kingdom|Armed|Army|Forces"
    r"|Navy|Territory|Sovereignty|Independence|Security|Borders?|Sea|Island|Islands)\b)[A-Z][\w-]+)"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:northern|southern|eastern"
    r"|western|central|north|south|east|west)\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_THE_STATEMENT = re.compile(
    r"\W*(?:The|the|Their|Its)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|resolution)"
    r"(?:,\s+(?:drafted|adopted|sponsored|backed|passed|put\s+forward)\s+[^;]{1,120}?,)?\s+"
    r"(?:also\s+|further\s+|then\s+)?(?:(?:strongly|firmly|sharply|unanimously)\s+)?"
)  # ("The resolution, drafted by the United States and adopted unanimously, strongly condemned")
# ... with a first predicate before the verb ("The resolution commended Colombo's efforts,
# condemned")
_THE_STATEMENT_DID = re.compile(
    _THE_STATEMENT.pattern + r"(?:[a-z]+ed)\b[^;:]*?,\s+(?:and\s+)?(?:also\s+)?"
)
_ISSUED_JOINT = re.compile(
    r"\b(?:issued|released|adopted|published|signed|agreed)\s+(?:a|the|their)\s+joint\s+"
    r"(?:statement|declaration|communiqu[eé])\b"
)
# "the government in Caracas", "the regime in Damascus": the state ruled from that capital
_SEAT_OF = re.compile(
    r"the\s+(?:government|regime|authorities|leadership|administration|junta|rulers)\s+in\s+"
    r"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)"
)
# An epithet that owns an act: "the North's nuclear test"
_EPITHET_OWNER = re.compile(r"\b(the\s+(?-i:[A-Z][a-z]+))['’]s\s")
# A second act of the same state coordinated after its first: "... and its rocket launch"
_AND_ITS_ACT = re.compile(r"['’]s\s[^,;.]{0,60}?\band\s+its((?:\s+[a-z][\w-]*){1,3})")
# Where a stance was voiced: "at an emergency meeting", "at a news conference"
_AT_SITTING = re.compile(
    r"\s+(?:at|in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting"
    r"|summit|news\s+conference|press\s+conference|briefing)\b"
)
_BY_SEAT = re.compile(rf"\bby\s+{_SEAT_OF.pattern}$")
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}  # fmt: skip
# "what she called", "what Tokyo described as": the speaker's name for the target follows.
_WHAT_CALLED = (
    r"what\s+(?:[\w.’'-]+\s+){1,3}?(?:called|calls|termed|dubbed|described\s+as|said\s+was"
    r"|says\s+is|said\s+were|saw\s+as|sees\s+as|considered|considers)\s+"
)
# A stance named in someone else's words: "stops what it called its support for", "what
# Lima described as Chile's backing of" (but "signed what both called a Mutual Defence
# Agreement" names a document)
_CALLED_BEFORE = re.compile(
    r"\b" + _WHAT_CALLED + r"(?:its|their|his|her|[\w.’'-]+['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I
)
# People named by a common noun who say what "they" think, right before the stance ("allies
# said they strongly backed", "critics say they oppose")
_UNNAMED_SAYERS = re.compile(
    r"\b(?:allies|critics|analysts|experts|observers|diplomats|activists|protesters|protestors"
    r"|residents|witnesses|lawmakers|legislators|commentators)\s+"
    r"(?:(?:have|had|also)\s+)?(?:said|say|says|added|argued|insisted)\s+(?:that\s+)?they\s+"
    r"(?:(?:[a-z]+ly|also|would|will|had|have|were|are|did|do)\s+){0,2}$"
)
# A resolution right before what it does ("the General Assembly resolution condemning", "U.N.
# General Assembly votes condemning")
_OWN_TEXT_BEFORE = re.compile(r"\s(?:resolutions?|votes?)\s+(?:\d{3,4}\s+)?$")
# Others named by the state they stand with ("Washington's allies", "Ukraine's partners")
_THEIR_FRIENDS = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+)?(?:allies|partners|neighbou?rs|friends|backers|supporters)\b"
)
# Where the phrase of a clause's subject may begin ("..., and allies said")
_PHRASE_BREAK = re.compile(r"[,;]\s+(?:(?:and|but|while)\s+)?")
# A relative clause on a name, whose own verb a later phrase may belong to
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|that)\b")
# A state's rebel or opposition body, named right after the stance's verb or noun ("support
# for Libya's rebel National Transitional Council")
_REBEL_BODY = re.compile(
    r"\s+(?:(?:for|of|to|with|behind)\s+)?(?:the\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}?"
    r"[A-Z][\w.-]*)['’]s?\s+(?:main\s+)?(?:rebel|opposition|insurgent|separatist|breakaway)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,5}(?i:Council|Coalition|Front|Movement|Committee|Alliance"
    r"|Army|Forces|Government|Party|Platform))\b"
)
# Those a reaction came from that the text does not name, then a second source it names
# ("from its neighbours and from Washington")
_AND_FROM = re.compile(r"(?:[\w'’-]+\s+){1,3}?and\s+(?:also\s+)?from\s+(?:the\s+)?")
# A reporting clause after what was reported, with a participle of its speaker's right after it
# (", the U.S. Navy said, criticizing")
_SAYER_PARTICIPLE = re.compile(
    r",\s+(?P<sayer>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?:said|says|reported|announced|stated)\s*,\s+"
    r"(?:(?:also|again|[a-z]+ly)\s+)?$"
)
# A clause whose subject is an unnamed group ("although several member states have pressed"):
# its stance is theirs, not the sentence subject's.
_UNNAMED_SUBJECT = (
    r"\W*(?:(?:although|though|while|whereas|because|since|but|and|as|after|when)\s+)?"
    r"(?:(?:several|some|many|most|other|few|numerous|a\s+number\s+of)\s+[a-z]"
    # "and a senior Russian lawmaker dismissed the report": one member's word, no state's
    r"|an?\s+(?:(?:senior|prominent|leading|veteran|influential|opposition|[a-z]+-party)\s+)*"
    r"(?:[A-Z][\w.-]*\s+)?(?:lawmaker|legislator|MP|senator|politician|analyst|commentator)\s)"
)


# A clause of a subject no lexicon names, between a named subject and the trigger
_UNNAMED_SUBJECT_AFTER = (
    r"\b(?:after|before|when|while|because|since|although|though)\s+(?:an?\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:tribunal|court|panel|judge|commission|committee|report|study|investigation|inquiry"
    r"|official|diplomat|spokes\w+|body|council|agency)\s+(?:[a-z]+\s+)?"
    # "held drills after Venezuelan voters backed Caracas' claim": the voters' stance
    r"|(?:the\s+|many\s+|some\s+)?(?:[A-Z][\w-]*\s+)?(?:voters|protesters|demonstrators"
    r"|residents|citizens|crowds|students|workers|activists)\s+)$"
)

# A clause of its own whose subject is a crowd, up to the trigger ("as dozens of French fishing
# boats gathered outside the harbour to protest against ...")
_CROWD_CLAUSE = re.compile(
    r"\b(?:as|while|when|after|before)\s+(?:(?:dozens|hundreds|thousands|scores|crowds)\s+of\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:fishing\s+boats|trawlers|fishermen|protesters|demonstrators"
    r"|activists|farmers|residents|students|workers|truckers|crowds)\s+(?:[a-z]+ed)\b[^,;]*$"
)
# The roles an opposition politician is named by ("leader", "party chief", "lawmakers")
_OPPOSITION_ROLES = (
    r"(?:party\s+)?(?:leader|lawmaker|legislator|politician|figure|MP|deputy|chief|head"
    r"|candidate)s?"
)
# An opposition politician's title right before the name ("Opposition leader Friedrich Merz",
# "opposition lawmaker X"), or an aside after it (", the opposition Labour leader,")
_OPPOSITION_TITLE = re.compile(rf"(?i:\bopposition\s+(?:[A-Z][\w-]*\s+)?{_OPPOSITION_ROLES}\s+)$")
# A sentence whose subject is a body's or states' people ("European Union leaders on ...")
_PEOPLE_SUBJECT = re.compile(
    r"\W*(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:foreign\s+|defen[cs]e\s+)?(?:leaders|ministers"
    r"|heads\s+of\s+state(?:\s+and\s+government)?)\b(?!['’])"
)
# A veto told as a noun after its casters' possessives ("Russia's and China's veto on Feb. 4
# of a Security Council resolution on Syria")
_POSSESSIVE_VETO = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?['’]s(?:,\s+|,?\s+and\s+))*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?['’]s\s+(?:double\s+|joint\s+)?(?P<veto>vetoe?s?)\s+"
    r"(?:on\s+[^,;]{1,20}?\s+)?of\s+(?P<obj>(?:a|an|the)\s+[^,;.]{3,80}?)"
    r"(?=\s+(?:that|which|who|on\s+(?-i:[A-Z])|in\s+(?:19|20)\d\d|would|will|could|may|might"
    r"|has|have|had|was|were|is|are|drew|draws|prompted|sparked|angered|[a-z]+ed)\b|[,;.]|$)"
)
# A veto feared or threatened, not cast ("Diplomats feared Russia's veto of the resolution")
_VETO_FEARED = re.compile(
    r"\b(?:fear\w*|threat\w*|warn\w*|expect\w*|possible|likely|risk\w*|prospect\w*)\b"
    r"[^,;.]{0,40}$",
    re.I,
)
# A body's chair as a clause's subject ("Afterwards the council's president for February,")
_BODYS_CHAIR = re.compile(
    r"\W*(?:(?:[A-Z][a-z]+|[Ll]ater|[Aa]fterwards)\s+)?(?:[Tt]he\s+)?(?P<body>council|assembly|bloc"
    r"|alliance|organi[sz]ation|union|forum|group)['’]s\s+(?:current\s+|rotating\s+)?"
    r"(?:president|presidency|chair|chairman|chairwoman|chairperson)\b"
)
# "They" voicing a concern of their own ("They also voiced grave concern over ...")
_THEY_VOICED = re.compile(
    r"\W*They\s+(?:(?:also|further|then|later|again)\s+)?(?:voiced|expressed)\s"
)
# A relative clause whose subject is the name right before it (", which accuses")
_SUBJECT_WHICH = re.compile(
    r",\s+(?P<rel>which|who)\s+(?:(?:also|has|have|had|long|now|again|repeatedly|strongly)\s+)*$"
)
# A name governed by a preposition before it ("the ambassador to the United States, who")
_GOVERNED = re.compile(r"\b(?:to|in|of|from|for|with|at|on|against|over)\s+(?:the\s+)?$")
# A clause whose subject is an opposition politician ("Opposition leader Peter Dutton said")
_OPPOSITION_SUBJECT = re.compile(
    rf"\W*(?:[A-Z][\w-]*\s+)?(?:[Tt]he\s+)?[Oo]pposition\s+(?:[A-Z][\w-]*\s+)?{_OPPOSITION_ROLES}\b"
)
_OPPOSITION_ASIDE = re.compile(
    r",\s+(?:the|an?)\s+opposition\s+(?:[\w-]+\s+){0,2}(?:leader|lawmaker)\b"
)
# Cooperation named soon after a verb of growing it ("to widen Cairo's security cooperation")
_COOPERATION_SOON = re.compile(
    r"[^.;,]{0,60}?\b(?:cooperation|ties|partnership|relations|relationship|coordination"
    r"|collaboration|patrols|drills|exercises|exchanges|contacts|dialogue|consultations)\b"
)
# Whom the speaker met, after the quote ("said after meeting his Maldivian counterpart")
_MET_PARTNER = re.compile(
    r"\b(?:after|before|during)\s+(?:meeting|talks\s+with|a\s+meeting\s+with)\s+"
)
# A state a quote calls a partner ("Chile is a trusted partner, and we look forward to ...")
_PARTNER_WORDS = re.compile(r"\b(?:partner|partners|friend|friends|ally|allies)\b")
# The allies a defence commitment covers ("to defend its NATO allies", "every ally")
_NATO_ALLIES = re.compile(  # (not those it names: "its NATO allies, among them Denmark")
    r"\s+(?:(?:its|their|all|our)\s+(?:(?:fellow|other)\s+)?(?P<nato>NATO\s+)?allies"
    r"|(?:every|each|any)\s+(?:single\s+)?(?P<one>NATO\s+)?ally)\b(?!['’])"
    r"(?!,?\s+(?:among\s+them|including|such\s+as|notably|especially)\b)"
)
# A commitment told as doubted ("cast doubt on", "questioned", "fear ... is weakening")
_DOUBTED = re.compile(
    r"\b(?:cast(?:s|ing)?\s+doubts?|question(?:ed|s|ing)|doubt(?:s|ed)?|fear(?:s|ed)?)\b", re.I
)
# A stance told as the purpose of an act toward another party ("Vietnam has made contact with
# China via various channels to protest", "lodged a complaint with Beijing to demand"): the
# subject's, not the party it turned to
_TURNED_TO = re.compile(r"\b(?:with|to|through|via)\s+(?:the\s+)?$")
_PURPOSE_TO = re.compile(r"\s(?:in\s+order\s+)?to\s+(?:[a-z]+\s+and\s+)?$")
# A clause that opens with a subordinate clause of its own, up to the comma before the verb
# (" hours before Vance landed, also rejected"): the main verb's subject is named before it
_SUBORDINATE_FIRST = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?(?:before|after|when|while|until|since)\s+[^,;:]{3,80},\s+"
    r"(?:(?:also|has|have|had|long|[a-z]+ly)\s+){0,3}$"
)
# A relative clause that ends the clause before a coordinated participle (", which New Delhi
# announced on Aug. 5, and urging"): the participle's subject is the main clause's
_RELATIVE_FIRST = re.compile(
    r"\W*(?:which|who|whom)\s+[^,;:]{3,80},\s+and\s+(?:(?:also|then|[a-z]+ly)\s+)?$"
)
# Where an aside between a subject and its verb opens (", who met Macron", ", whose coalition")
_ASIDE_OPENS = re.compile(r",\s+(?:who|whose|which|[a-z]+ed)\b")


def _month_before(date: str) -> str:
    """The month (YYYY-MM) before that of ``date``.

    Example:
        >>> _month_before("2025-01-17"), _month_before("2025-03")
        ('2024-12', '2025-02')
    """
    year, month = int(date[:4]), int(date[5:7])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


# What a council decided by a vote when the sentence names no resolution: "The U.N. Security
# Council on Tuesday extended an arms embargo on Sudan, in a 13-2 vote in which Chile voted
# against": the vote was on a resolution extending that embargo. (A period inside the object
# is an abbreviation's: "the U.N. mission"; the sentence's own ends it.)
_DECIDED_VERBS = (
    r"impos|extend|renew|authori[sz]|demand|tighten|lift|eas|end|terminat|condemn|establish"
    r"|creat|slap|approv|expand|ban"
)
_COUNCIL_DECIDED = re.compile(
    r"(?:,[^,]{1,80},|\s+on\s+\w+day|\s+late\s+\w+day|\s+(?:on\s+)?(?:late\s+)?\w+day)?"
    r"(?:\s+(?:unanimously|overwhelmingly|narrowly))?\s+(?:voted\s+(?:[\w-]+\s+)?to\s+"
    rf"(?P<inf>(?:{_DECIDED_VERBS})e?)|(?P<verb>(?:{_DECIDED_VERBS})(?:ed|d|ped|ned)))\s+"
    r"(?P<obj>(?:[^.;,]|\.(?=\S|\s+[a-z]|\s+[A-Z]\w*\s+[a-z])){3,120}?)"
    r"(?=\s+(?:in\s+an?\s+[\d-]+|by\s+(?:a\s+vote|\d+|\w+\s+votes)|with\s|after\s|as\s|which\s"
    r"|that\s|over\s)|[,;]|\.?$)"
)
# A state's government owning what follows ("the Armenian government's move")
_GOVERNMENT_POSS = re.compile(
    r"\s+(?:government|administration|leadership|military|army|authorities)['’]s?(?=\s)"
)
# A state's leader named with office and name, then a possessive ("U.S. President Donald
# Trump's repeated suggestion"): what the leader did is the state's act
_LEADER_POSS = re.compile(
    r"\s+(?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King"
    r"|Foreign\s+Minister|Defen[cs]e\s+(?:Minister|Secretary)|Secretary\s+of\s+State)"
    r"\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s(?=\s)"
)
# "the Chinese deployment", "any U.S. arms sales", "the Armenian government's move": a state's
# act opens the phrase
_OWNED_ACT = re.compile(
    r"(?:(?:the|an?|any|its|their)\s+)?(?:[a-z][\w-]*\s+)?[A-Z][\w.-]*"
    rf"(?:{_GOVERNMENT_POSS.pattern})?(?=\s)"
)
# What a body votes on: its own vote on it is no stance of the body's.
_PUT_TO_VOTE = re.compile(r"^topic:.*\b(?:resolutions?|drafts?|text|motion|amendments?)\b", re.I)
_COUNT_WORDS = (  # how many voted: "Nine voted against", "the other 14 council members"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|several|most|many|some)"
)
_VOTE_WORD = re.compile(r"\b(?:vot(?:e|es|ed|ing)|abstain\w*)\b", re.I)
# A resolution a sentence reports, with what it does: "a draft resolution that would have
# kept sanctions relief for Iran in place", "resolution 2793 authorizing a force"
_RESOLUTION_NP = re.compile(
    r"(?:\b(?:an?|the|its)\s+|\b(?:adopted|passed|approved|rejected|vetoed)\s+(?=resolution\s+\d))"
    r"(?P<np>(?:[\w.-]+\s+){0,3}?resolution\b(?:\s+\d{3,4})?"
    r"(?:,?\s+(?:that|which|to|on|authori[sz]ing|demanding|calling|condemning|extending"
    r"|imposing|renewing|urging)\b(?:[^.;,]{0,220}(?=[.;,]|$)|[^.;,]{0,100}\b))?)"
)  # (to the clause's end, or to a word's end within 100 characters)
# A verb of talking about what follows ("to discuss security guarantees for Ukraine", "talks on
# military aid to Kyiv"): a topic, no stance taken
# Support that ends, right before its noun ("an end to U.S. support for", "ended its military
# aid to", "suspended all security assistance to", "cut some security assistance to")
_SUPPORT_ENDED = re.compile(
    r"\b(?:an?\s+end\s+to|(?:to\s+)?end|(?:ended|ending|ends|halted|halting|halts|suspended"
    r"|suspending|suspends|withdrew|withdrawn|withdrawing|stopped|stopping|cut(?:\s+off)?"
    r"|cutting(?:\s+off)?|cuts|reduced|reducing|slashed|slashing|froze|frozen|freezing|withheld"
    r"|withholding|withholds|restricted|restricting|restricts|curtailed|curtailing|curtails"
    r"|curbed|curbing|curbs|scaled\s+back|scaling\s+back|paused|pausing|pauses)"
    r"(?:\s+(?:its|their|the|all|his|her|some|part\s+of\s+its))?)"
    # ("suspended $3.5 million in military assistance to Thailand", "froze nearly £30 million of")
    r"\s+(?:(?:at\s+least|nearly|about|some|roughly|around|more\s+than|up\s+to|over)\s+)?"
    r"(?:(?:(?:US|U\.S\.|A|C)?[$£€][\d.,]+\s*(?:million|billion|bn|m)?"
    r"|[\d.,]+\s*(?:million|billion|bn|m)?\s*(?:euros?|pounds?|dollars?))\s+(?:in|of|worth\s+of)\s+)?"
    r"(?:(?!and\b)[\w.-]+\s+){0,2}$",
    re.I,
)
# A counted group of a state's people, sanctioned ("six Nicaraguan officials", "40 senior
# Venezuelan officials")
_COUNTED_PEOPLE = re.compile(
    r"\s+(?:on\s+|against\s+)?((?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|dozens\s+of|several|a\s+dozen)\s+(?:(?:more|other|senior|top|high-ranking|former"
    r"|current)\s+)*[A-Z][a-z]+\s+(?:officials|individuals|lawmakers|officers|generals|judges"
    r"|ministers|politicians|businessmen|oligarchs|people|citizens|nationals))\b"
)
# A counted group named right after it: "three China-based firms, A, B and C, as well as the
# Belarus-based D", "two senior Cambodian defence officials, Chau Phirun and Tea Vinh"
_COUNT_VALUES = {**_NUMBERS, "eleven": 11, "twelve": 12}
_COUNTED_GROUP = re.compile(
    r"\s+(?:on\s+|against\s+)?(?P<n>\d{1,2}|"
    + "|".join(k for k in _COUNT_VALUES if not k.isdigit())
    + r")\s+(?:[\w-]+\s+){0,4}?(?:(?P<firms>companies|firms|entities|businesses|banks"
    r"|organi[sz]ations|suppliers|shipping\s+companies|conglomerates|corporations|enterprises"
    r"|manufacturers|exporters|refineries)|individuals|officials|people|persons"
    r"|officers|generals|executives|businessmen|men)"
    r"(?:\s+(?:that|which|who)\b[^:;]{0,160}?:|\s*[,:])\s+"  # ("two entities that have
)  # procured jet fuel for the military: A and B")
# The legal form a text adds after a known company's name ("Myanma Economic Holdings Ltd")
_LEGAL_FORM = rf"\s+{LEGAL_FORMS}\.?"
_FIRM = r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|de|al-\w+|bin|\(\w+\)))*"
_FIRM_LIST = re.compile(
    rf"(?P<names>{_FIRM}(?:,\s+{_FIRM})*,?\s+and\s+{_FIRM})"
    rf"(?:,?\s+as\s+well\s+as\s+(?:the\s+)?(?:[\w-]+-based\s+|[a-z][\w-]*\s+)?(?P<more>{_FIRM}))?"
    r"(?=\s*(?:[,;.]|\s[—–]\s|$))"
)


def _counted_names(text: str, t1: int, hi: int) -> list[str] | None:
    """The names a counted group of sanctions targets is told by right after it: each company
    for firms (organizations are targets of their own), the names together for people; None
    unless the names are as many as the count.

    Example:
        >>> t = "sanctioned three Chinese companies, Alpha Ltd., Beta Co. and Gamma Corp., for"
        >>> _counted_names(t, 10, len(t))
        ['topic:Alpha Ltd.', 'topic:Beta Co.', 'topic:Gamma Corp.']
    """
    group = _COUNTED_GROUP.match(text, t1)
    listed = _FIRM_LIST.match(text, group.end(), hi) if group else None
    if group is None or listed is None:
        return None
    names = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", listed.group("names"))
    count = group.group("n")
    if len(names) != int(_COUNT_VALUES.get(count, count)):
        return None
    if not group.group("firms"):
        return [f"topic:{listed.group('names')}"]
    more = [listed.group("more")] if listed.group("more") else []
    return [f"topic:{_firm_name(n)}" for n in (*names, *more)]


def _firm_name(name: str) -> str:
    """A listed firm's name without the sentence's full stop or a place it is based in.

    Example:
        >>> _firm_name("Hong Kong-based Triliance."), _firm_name("Granpect Co. Ltd.")
        ('Triliance', 'Granpect Co. Ltd.')
    """
    name = re.sub(r"^(?:[A-Z][\w.]*\s+)*[\w.]+-based\s+", "", name.strip())
    if name.endswith(".") and not re.search(r"\b(?:Co|Corp|Ltd|Inc|Bhd|Pty|Cos|Plc|S\.A)\.$", name):
        name = name[:-1]
    return name


# A veto counted as a record, not one cast here: "It was Russia's seventh veto", ", its 18th
# veto of"
_ORDINALS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th))"
)
_RECORD_VETO = (
    r"(?:\b(?:was|is|were|are|marked|marks|marking|became|becomes)\s+(?:also\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s|its|their)|,\s+(?:its|their))\s+" + _ORDINALS
)
_ORDINAL_END = re.compile(_RECORD_VETO + r"\s+$", re.I)
_COUNTED_VETO = re.compile(_RECORD_VETO + r"\s+vetoe?s?\s+(?:of|on)\s+$", re.I)


def _without_relative(target: str) -> str:
    """A proposal's name without the relative clause a speaker added to it ("the resolution,
    which had been adopted without its consent": what Burundi said of it).

    Example:
        >>> _without_relative("topic:resolution, which had been adopted without its consent")
        'topic:resolution'
        >>> _without_relative("topic:resolution 2750, which extends the arms embargo")
        'topic:resolution 2750, which extends the arms embargo'
    """
    return re.sub(
        r",\s+(?:which|that)\s+(?:had|has|was|were|is\s+being|it|they|he|she|[A-Z])\b.*$",
        "",
        target,
    )  # (but "resolution 2750, which extends the arms embargo" tells what it does)


# Talks between two parties as what is supported ("supported dialogue between Washington and
# Pyongyang"), up to the end of the clause
_TALKS_BETWEEN = re.compile(
    r"\s+(?:the\s+)?((?:(?:direct|indirect|continued|further|renewed|peace|political|closer"
    r"|better|improved|warmer|normal)\s+)?"
    r"(?:dialogue|talks|negotiations|contacts|ties|relations|rapprochement|reconciliation)"
    r"\s+between\s+(?:the\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s\s+[a-z]+)?\s+and\s+(?:the\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s\s+[a-z]+)?)"
)
# Talks two states hold, told by a relative clause ("supported the exploratory talks that
# Greece and Turkey have agreed to resume"): the talks, not the states
_TALKS_THAT = re.compile(
    r"\s+(?:the\s+)?(?P<np>(?:[a-z-]+\s+){0,2}?(?:dialogue|talks|negotiations|rapprochement"
    r"|reconciliation|normali[sz]ation))\s+(?:that|which)\s+"
    r"(?P<pair>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+and\s+(?:the\s+)?[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*)*)\s+(?:have\s+|had\s+|has\s+|will\s+|would\s+)?(?:agreed|agree"
    r"|decided|began|begun|started|launched|resumed|resume|opened|held|hold|are\s+holding"
    r"|were\s+holding|plan|planned)\b"
)
# A speech verb coordinated after the object ("condemned the launches and said ...")
_NEXT_SAID = re.compile(
    r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?(?:said|says|added|stressed|noted|warned|told)\b"
)
# A deal two states make, as the target ("backed the peace agreement between Armenia and
# Azerbaijan", "the agreement that Armenia and Azerbaijan are negotiating"): the deal
_NAME_PAIR = (
    r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+and\s+(?:the\s+)?[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*)*"
)
_DEAL_BETWEEN = re.compile(
    r"\s+(?:the\s+)?(?P<np>(?:[a-z-]+\s+){0,2}?(?:agreement|deal|accord|pact|treaty|ceasefire"
    rf"|truce))\s+(?:between\s+(?P<pair>{_NAME_PAIR})(?=[\s,.;]|$)|(?:that|which)\s+"
    rf"(?P<doers>{_NAME_PAIR})\s+(?:(?:have|has|had|are|were|is|was)\s+)?(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|ing)\b)"
)
# A pact's signer told in a relative clause ("the agreement that Greece signed with Egypt")
_SIGNED_WITH = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:signed|concluded|struck|reached|sealed|inked)\s+with\b"
)
# The first finite verb of a sentence, roughly ("condemned", "said")
_FIRST_VERB = re.compile(r"(?<![\w-])(?:[a-z]{3,}ed|said|says|told)\b")
# What was protested, and to whom ("protesting the incursion to Beijing")
_PROTESTED_TO = re.compile(  # (not "protested the delivery of tanks to Ukraine": the recipient)
    r"\s+(?:the|this|that|these|its|their)\s+(?!(?:[\w-]+\s+){0,3}?(?:sales?|deliver(?:y|ies)"
    r"|suppl(?:y|ies)|transfers?|shipments?|exports?|deployments?|dispatch|provision)\b)"
    r"(?:[\w-]+\s+){0,3}?[a-z]+\s+to\s+(?:the\s+)?"
)
# A state's measures against others, which a stance names as a policy ("rejected the U.S.
# sanctions"), not as the state
_MEASURES = frozenset(
    ("sanctions", "restrictions", "controls", "curbs", "tariffs", "measures", "penalties",
     "designations", "embargo")
)  # fmt: skip
# What a speaker said before, rejected back ("rejected the remark"): the speaker's state
_SPOKEN_BACK = re.compile(
    r"(?:the|these|those|that|this)\s+(?:latest\s+|recent\s+)?(?:remarks?|comments?)", re.I
)
# A state's armed forces named after it ("Myanmar's military chief", "the Nigerien army"),
# and a story telling they took power: who "the junta" is
_ARMY_OF = re.compile(  # (the head of its phrase: not "Russian military instructors")
    r"(?:['’]s)?\s+(?:military|army|armed\s+forces)(?:\s+(?:chiefs?|leaders?|rulers?"
    r"|government|commanders?|junta))?\b"
    r"(?!\s+(?![a-z]+ed\b|took\b|has\b|had\b|have\b|is\b|was\b|and\b|in\b|on\b|to\b)[a-z])"
)
_TOOK_POWER = re.compile(
    r"\b(?:coup|seized\s+power|took\s+power|military\s+takeover|ousted|overthrew)\b", re.I
)
# A criticism told as what another dismissed ("dismissed Russian criticism of")
_DISMISSED_BEFORE = re.compile(
    r"\b(?:dismiss|reject|rebuff|brushed\s+(?:aside|off)|shrugged\s+off)[a-z]*\s+"
    r"(?:the\s+|this\s+|that\s+|such\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}$"
)
# The acts a mild label (stances.toml [stances.cues] mild_labels) may name
_ACT_HEAD = re.compile(
    r"\b(?:decision|move|announcement|step|steps|action|actions|act|remarks?|statements?"
    r"|comments?|measures?|policy|plan|visit|vote|vetoe?s?|withdrawal|deployment|sanctions|ban"
    r"|attacks?|strikes?|launch(?:es)?|tests?|incursions?|seizure|detention|arrests?|raids?"
    r"|annexation|invasion|expulsion|closure|suspension|refusal|rejection|recognition)\b",
    re.I,
)
# A treaty denounced in law: a state's formal withdrawal, no condemnation ("signed the law
# denouncing the treaty", "a decree denouncing the agreement")
_LEGAL_DENUNCIATION = re.compile(
    r"\b(?:law|laws|decree|bill|act|legislation)\s+(?P<verb>denounc\w*)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:treaty|treaties|agreement|accord|convention|pact)\b",
    re.I,
)
# An embargo or sanctions in force that someone enforces, monitors or breaks, not imposes
_KEPT_EMBARGO = re.compile(
    r"\b(?:violat|breach|break|broke|defy|defied|evad|evasion\s+of|circumvent|bust)\w*\s+"
    r"(?:the\s+|an?\s+)?(?:(?:UN|U\.N\.|United\s+Nations|international|existing)\s+)?$"
    # enforcing or monitoring someone else's embargo ("a naval mission enforcing the UN arms
    # embargo on Libya"; not "vowed to strictly enforce sanctions on North Korea")
    r"|\b(?:enforc|monitor|polic)\w*\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|international)\s+$",
    re.I,
)
_DISCUSSED_TOPIC = re.compile(
    r"\b(?:discuss|discussed|discusses|discussing|talks\s+on|talked\s+about|debate[ds]?|debating"
    r"|negotiat(?:e|ed|es|ing))\s+(?:(?:the|a|an|possible|new|further"
    r"|future|more|additional|western|european|joint)\s+)*$",
    re.I,
)
# A state's military rulers named after it ("Mali's military-led government", "the Malian
# military junta"): what a later bare "the junta" stands for
_MILITARY_RULE = re.compile(
    r"(?:['’]s)?\s+military(?:-led|-run|-backed)?\s+(government|rulers|regime|junta)\b"
)
# The verb of a body adopting a resolution, before it ("The Security Council on Friday adopted")
_ADOPTED = re.compile(r"\b(?:adopted|passed|approved)\b")
# A named text a body adopted by a vote ("adopted the Arms Trade Treaty by 154 votes to 3")
_ADOPTED_BY_VOTE = re.compile(
    r"\b(?:adopted|approved|passed)\s+the\s+(?P<np>(?:[A-Z][\w'’-]*\s+){1,6}?(?:Treaty|Convention"
    r"|Declaration|Agreement|Accord|Protocol|Pact|Charter|Act))\s+(?:on\s+\w+\s+)?by\s+(?:a\s+"
    r"(?:vote|margin)\s+of\s+)?\d{1,3}\s+(?:votes?\s+)?(?:to|-|–)\s*\d"
)
# A resolution as a clause's subject: "The resolution (also) condemns", "The text calls on"
_RESOLUTION_SUBJECT = re.compile(
    r"\s*(?:The|the|This|this|Its|its)\s+(?:resolution|text)\s+(?:also\s+)?"
)  # (not "The Algerian text": another draft)
# A commitment reaffirmed to a body named right after it ("reaffirmed their commitment to AUKUS").
_COMMITTED_TO = re.compile(
    r"\b(?:reaffirm\w*|reiterat\w*|restat\w*|underlin\w*|stress\w*|renew\w*)\s+"
    r"(?:its|their|his|her|the|our)\s+(?:[\w-]+\s+){0,2}?commitment\s+to\s+(?:the\s+)?"
)
# A commitment to what a state's own name is followed by ("remained firmly committed to
# Ukraine's sovereignty", "their commitment to Ukraine's territorial integrity")
_COMMITTED_STATE = re.compile(
    r"\b(?:(?:remains?|remained|is|are|was|were|stays?|stayed)\s+(?:(?:firmly|fully|strongly"
    r"|deeply|unwaveringly|steadfastly)\s+)?committed|(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"commitment)\s+to\s+"
)
_COMMITMENT_BROKEN = re.compile(
    r"\b(?:violat\w*|break\w*|broke|broken|abandon\w*|undermin\w*|betray\w*|reneg\w*|breach\w*"
    r"|claim\w*|accus\w*|question\w*|doubt\w*|not|never|no\s+longer)\b",
    re.I,
)
_SOVEREIGNTY_AFTER = re.compile(
    r"['’]s?\s+(?:sovereignty|territorial\s+integrity|independence|security)\b"
)
# A state's commitment named with the state after "of" ("the ironclad commitment of the United
# States to the defence of Australia").
_COMMITMENT_OF = re.compile(
    r"\bcommitments?\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s+to\s+(?:the\s+)?(?:defen[cs]e|security)\s+of\s+(?:the\s+)?"
)
# What a designation makes its object when it is no sanction ("designated A as its envoy",
# "designated A a partner", "designated A and B to serve as hubs"): a noun phrase with no word
# of sanctions (not "as part of a crackdown", "as terrorists", "as a threat to security").
_STATUS_AS = re.compile(
    r"\s+(?:(?:as\s+)?(?:its|their|his|her|an?|the)\s+"
    r"(?!(?:[\w-]+\s+){0,4}(?:terror|traffick|kingpin|sponsor|criminal|threat|sanction|concern"
    r"|launder|jurisdiction|unfriendly|hostile|adversar|rogue|violat|evader))"
    r"|to\s+(?:serve|act|be|become|host|house|lead|head|run)\b)",
    re.I,
)
# A terrorist designation: "designated X and Y as (foreign) terrorist organizations".
_TERROR_DESIGNATION = re.compile(
    r"\b(?P<verb>designat(?:ed|es|ing)|list(?:ed|s|ing)|blacklist(?:ed|s|ing)|proscrib(?:ed|es|ing))"
    r"\s+(?P<obj>[^;.]{2,160}?)"  # "as" may go unsaid: "designated the Houthis a terrorist group"
    r"\s+(?:as\s+(?:an?\s+)?|an?\s+)(?:specially\s+designated\s+)?(?:global\s+|foreign\s+)?"
    r"terror(?:ist)?s?\b(?:\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)))?",
    re.IGNORECASE,
)
# The same designation told in a relative clause after its object ("the Viv Ansanm coalition,
# which the United States designated as a foreign terrorist organization").
_TERROR_DESIGNATED_WHICH = re.compile(
    r",?\s+(?:which|that|whom)\s+(?P<subj>[^,;.]{2,60}?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb>designated|listed|blacklisted|proscribed)"
    r"\s+(?:as\s+(?:an?\s+)?|an?\s+)(?:specially\s+designated\s+)?(?:global\s+|foreign\s+)?"
    r"terror(?:ist)?s?\b",
    re.IGNORECASE,
)
# A coordinated clause whose subject is a name kg does not know (", and U.N. Secretary-General
# António Guterres denounced ..."): its stance is not the sentence subject's.
_OWN_NAMED_SUBJECT = (
    r"\W*(?:and|but|while|whereas|when|after|because)?\s*(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,6}"
    r"(?:(?:also|later|separately|[a-z]+ly)\s+)?"
)
# A coordinated clause with a verb of its own right after a target (", and U.S. forces helped
# shoot down ..."): the target ends before it.
_NEXT_CLAUSE = (
    r",\s+(?:and|but|while)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?\s+"
    r"(?:[a-z]+ed|has|have|had|was|were|is|are|will|would|said|says)\b"
)
# A finite verb right after a name, with its object or complement: the name is its clause's
# subject ("and Poland said", "and Tokyo summoned its envoy", "and Azerbaijan accuses Paris";
# not a verb of being, "commitment to defend Japan and South Korea was", nor a participle,
# "sanctions on Iran and Syria announced on Friday", "Iran accused of supplying drones")
_SUBJECT_OF_VERB = re.compile(
    r"\s+(?:(?:also|then|later|itself|in\s+turn)\s+)?(?:(?:has|have|had|will|would)\s+"
    r"(?:also\s+)?)?(?:(?:said|says|warned|warns|insisted|insists|denied|denies)\b"
    r"|(?:(?!(?:related|intended|linked|tied|designed|used|based|aimed)\b)[a-z]{3,}ed|told|sent"
    r"|held|took|made|gave|met|began|struck|sought|brought|kept|left|drew|raise|summon|send"
    r"|recall|impose|accuse)\s+(?:by\s+[a-z]+ing|its|their|his|her|the|a|an|to)\b"
    r"|[a-z]{3,}(?<!s)s\s+(?:its|their|his|her|the|a|an)\b"
    r"|(?:[a-z]{3,}ed|[a-z]{3,}(?<!s)s)\s+(?-i:[A-Z])[a-z])"
)
# "the United States was "committed to ...": a quotation that goes on the sentence's own
# grammar after a verb, not a speaker's own words (those follow a colon, a comma or nothing).
_EMBEDDED_QUOTE = r"\b(?:was|were|is|are|be|been|remains?|remained|stays?|stayed)\s+$"
# "Washington's defense commitments to Japan and to the Philippines": the preposition repeated.
_AND_PREP = r"\s*,?\s+and\s+(?:also\s+)?{prep}\s+"
# A relative clause that states a treaty's content ("..., under which it would defend Japan"):
# a hedge in the main clause ("could trigger Article 5") does not reach into it.
_TREATY_CLAUSE = r",\s+(?:under|by|through)\s+which\s+"


@cache
def _addressed() -> re.Pattern[str]:
    """Text ending in a verb of telling ("told the"): an actor after it is the addressee."""
    told = load_lexicon().words("stances", "cues", "addressee_verbs")
    verbs = "|".join(re.escape(w) for w in told)
    return re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?$", re.I)


def _reported_commitment(text: str, lo: int, t0: int, t1: int, stype: str) -> bool:
    """True for support or opposition a speaker says their side "would" or "will" give
    ("Ankara said it would support ..."): a stated position, not a hedge, unless another
    hedge governs it.

    Example:
        >>> t = "Chile said it would support the bid."
        >>> _reported_commitment(t, 0, 20, 27, "supports")
        True
        >>> t = "Chile said it might consider whether it would support the bid."
        >>> _reported_commitment(t, 0, 47, 54, "supports")
        False
    """
    if stype not in ("supports", "opposes"):
        return False
    will = _FUTURE_BEFORE.search(text, lo, t0)
    if will and _said_after().search(text[t1:]):  # "X will stand by Y, Z said"
        return not hedged(text, lo, will.start(), t1)
    said = re.search(_SAID_WOULD, text[lo:t0], re.I)
    if not said or hedged(text, lo, lo + said.start(), t1):
        return False
    middle = re.sub(r"\b(?:would|will)\b.*$", "", said.group(), flags=re.I | re.S)
    return not words("hedges", "before").search(middle)


# A recipient right after a verb of giving ("sent Ukraine another aid package"): no speaker
_RECIPIENT = re.compile(
    r"\b(?:sen[dt]s?|sending|gives?|gave|giving|offer(?:s|ed|ing)?|hand(?:s|ed|ing)?)\s+(?:the\s+)?$"
)
_AID_PROMISED = re.compile(
    r"\b(?:will|would)\s+(?:also\s+)?(?:provide|send|give|deliver|supply|offer|commit|allocate)\b"
    r"[^.;]{0,60}$",
    re.I,
)


def _aid_announced(text: str, lo: int, t0: int, t1: int, stype: str) -> bool:
    """True for military aid announced for the future ("France would provide up to 3 billion
    euros in military aid", "Germany will send military aid to Ukraine"): announcing aid is
    support (the guidelines' convention), unless another hedge governs it.

    Example:
        >>> t = "Chile will provide military aid to Peru."
        >>> _aid_announced(t, 0, 20, 32, "supports")
        True
        >>> t = "Chile may say it will provide military aid to Peru."
        >>> _aid_announced(t, 0, 30, 42, "supports")
        False
    """
    if stype != "supports" or not re.search(r"\b(?:aid|assistance|package)\b", text[t0:t1], re.I):
        return False
    will = _AID_PROMISED.search(text, lo, t0)
    return bool(will) and not hedged(text, lo, will.start(), will.start() + 1)


def _defence_pledge(text: str, lo: int, t0: int, t1: int, stype: str) -> bool:
    """True for a pledge to defend told in the future ("will come to each other's aid"): what
    a state would do if attacked is the commitment itself, unless another hedge governs it.

    Example:
        >>> t = "Chile and Peru will come to each other's aid."
        >>> _defence_pledge(t, 0, 20, 44, "commits-to-defend")
        True
        >>> t = "Chile and Peru might say they will come to each other's aid."
        >>> _defence_pledge(t, 0, 35, 59, "commits-to-defend")
        False
    """
    if stype != "commits-to-defend":
        return False
    will = _FUTURE_BEFORE.search(text, lo, t0) or _SENT_TO_DEFEND.search(text, lo, t0)
    return bool(will) and not hedged(text, lo, will.start(), t1)


def _proper_names(phrase: str) -> list[str]:
    """The proper names a sanctions target phrase lists ("Rosneft and Gazprom Neft"), or none
    when any item is not a name.

    Example:
        >>> _proper_names("Rosneft, Lukoil and Gazprom Neft"), _proper_names("Rosneft and others")
        (['Rosneft', 'Lukoil', 'Gazprom Neft'], [])
    """
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if i.strip()]
    name = r"(?:[A-Z][\w.&'’-]*|of|and|for|de|la)(?:\s+(?:[A-Z][\w.&'’-]*|of|for|de|la))*"
    ok = items and all(re.fullmatch(name, i) and len(i.split()) <= 6 for i in items)
    return items if ok and items[0][:1].isupper() else []


def _reduced_relative(text: str, t0: int, t1: int) -> bool:
    """True for a past participle that modifies the noun before it ("firms accused of",
    "officials sanctioned in May"): no one in the sentence takes that stance.

    Example:
        >>> t = "Chile fined two firms accused of smuggling."
        >>> _reduced_relative(t, 22, 29), _reduced_relative("Chile accused Peru.", 6, 13)
        (True, False)
    """
    if not re.search(r"ed$", text[t0:t1]) or " " in text[t0:t1]:
        return False
    prev = re.search(r"(?:^|\s)([a-z]+)\s+$", text[:t0])
    if prev is None:
        return False
    word = prev.group(1)
    manner = _LEADING_MANNER.match(text[t1:].lstrip())
    if manner and not re.match(r"by\b", text[t1:].lstrip()[manner.end() :]):
        return False  # "The leaders condemned in the strongest terms Russia's ...": a verb
        # (but "The attacks condemned in the strongest terms by Britain": a passive)
    return (
        word.endswith("s")
        and not word.endswith(("ss", "ous", "ly"))
        and word not in _NOT_NOUNS
        and bool(re.match(r"\s+(?:of|in|for|over|as|to)\b", text[t1:]))
    )


# Words ending in "s" before a participle that are no plural noun ("has condemned").
_NOT_NOUNS = {
    "has", "was", "is", "as", "always", "perhaps", "sometimes", "nevertheless", "thus",
    "its", "his", "this", "us", "besides", "whereas", "afterwards", "towards", "yes",
}  # fmt: skip


def _reason_for_sanctions(
    text: str, t0: int, stype: str, taken: list[tuple[int, int, str]]
) -> bool:
    """True for a stance inside the reason given for sanctions earlier in the sentence
    ("sanctioned three firms, which it said had supported X", "..., saying they had backed
    X"): it is said of the sanctioned, not taken by who imposed the sanctions.

    Example:
        >>> t = "Chile sanctioned two firms, saying they had supported the coup."
        >>> _reason_for_sanctions(t, t.index("supported"), "supports", [(6, 16, "sanctions")])
        True
        >>> t = "The EU imposed sanctions on Russia over its support for the rebels."
        >>> _reason_for_sanctions(t, t.index("support"), "supports", [(15, 24, "sanctions")])
        True
    """
    if stype == "sanctions":
        return False
    before = [b for a, b, kind in taken if kind == "sanctions" and b <= t0]
    return (
        bool(before)
        and bool(
            re.search(
                r"(?:,\s+|\b(?:that|who)\s+)(?:saying|alleging|which|who|that)\b|\bfor\s+\w+ing\b"
                r"|\b(?:over|for|because\s+of)\s+(?:its|their)\s+(?:[\w-]+\s+)?$",  # ("sanctions on
                # Russia over its support for separatists")
                text[before[-1] : t0],
            )
        )
    )


def _noun_phrase(phrase: str) -> str:
    """A noun phrase cut before the verb that follows a name in it ("strike by Iran hit
    Erbil" is the strike by Iran).

    Example:
        >>> _noun_phrase("strike by Iran hit Erbil"), _noun_phrase("killing of 21 Christians")
        ('strike by Iran', 'killing of 21 Christians')
    """
    words = phrase.split()
    for i in range(1, len(words)):
        if (
            words[i - 1][:1].isupper()
            and words[i][:1].islower()
            and words[i] not in ("of", "in", "on", "and", "by", "for", "to", "from", "at")
        ):
            return " ".join(words[:i])
    return phrase


# Talks whose topics are listed up to "support for": what was talked about, no stance
_TALKS_TOPIC = re.compile(
    r"\b(?:held|hold|holds|holding)\s+(?:[a-z]+\s+)?(?:talks|discussions|consultations)\s+"
    r"(?:with\s+(?:[A-Z][\w.'’-]*\s+){1,6})?"  # ("held talks with Canadian Prime Minister
    # Stephen Harper on the crisis and on Canadian support for Ukraine")
    r"(?:on|about|over|covering)\s+(?!(?:[A-Z][a-z]+day|the\s+sidelines)\b)"
    r"(?:[\w'’-]+\s+){0,5}?and\s+(?:(?:on|about|over)\s+)?(?:[A-Z][a-z]+\s+)?$"
)  # (not "In talks on Tuesday, Scholz pledged weapons and support for Ukraine")


def _service_before(text: str, t0: int) -> bool:
    """True when the words right before "support for" make it a service ("cooperate on support
    for the A400M", "logistics support for").

    Example:
        >>> _service_before("They agreed to cooperate on support for the A400M.", 28)
        True
        >>> t = "Trudeau, who held talks on regional security and support for Ukraine, left."
        >>> _service_before(t, t.index("support")), _service_before("Canada's support for", 9)
        (True, False)
    """
    if _TALKS_TOPIC.search(text, max(0, t0 - 160), t0):
        return True  # "held talks on regional security and support for Ukraine": a topic
    before = text[max(0, t0 - 20) : t0]
    ends = [m.end() for m in words("stances", "cues", "service_support").finditer(before)]
    return bool(ends) and not before[ends[-1] :].strip()


# Heads whose bare noun still tells what was welcomed, the act the text just reported
_LISTED = r"\blist(?:ed|ing|ings)\b|\bsanctions\s+list"
_COURT = r"\b(?:court|tribunal|judges?)\b"
_TELLING_HEAD = {
    "listing": _LISTED,
    "listings": _LISTED,
    "designation": r"\bdesignat",
    "designations": r"\bdesignat",
    "ruling": _COURT,
    "verdict": r"\b(?:court|tribunal|judges?|jury)\b",
    "judgment": _COURT,
    "judgement": _COURT,
}
# Verbs of a reaction to what someone else did ("welcomed a decision to ..."), no stance trigger
_REACTION = re.compile(r"\b(?:welcom|hail|prais|applaud|not(?:ed|es)|question)\w*\b", re.I)
# A trigger as the infinitive after a decision noun ("a US decision to impose sanctions"): the
# decision's owner acts, not the sentence's subject.
_DECISION_TO = re.compile(r"\b(?:decision|decisions|move|vote|(?<!in\s)order)\s+to\s+$")
# A text whose relative clause imposes sanctions, after a verb that judges it ("denounce an
# executive order Obama signed on March 9 that ... imposed sanctions"): the text's signer acts
_JUDGED_TEXT_THAT = re.compile(
    r"\b(?:denounc|condemn|criticiz|criticis|reject|slamm|protest|decri|assail)\w*\s+"
    r"(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:order|law|bill|decree|act|measure"
    r"|legislation|package)\s+(?P<who>(?:[^,;]{1,40}?)\s+(?:had\s+|has\s+)?(?:signed|issued"
    r"|adopted|passed|approved|announced)\b[^,;]{0,40}?\s+)?(?:that|which)\b[^;]*$"
)


def _noun_with_purpose(text: str, t0: int, t1: int) -> bool:
    """True for a one-word trigger used as a noun with a purpose ("used its veto to shield
    ..."): what follows is what the act was for, not what it opposes or backs.

    Example:
        >>> t = "Peru used its veto to protect its ally."
        >>> _noun_with_purpose(t, 14, 18), _noun_with_purpose("Peru vetoed it.", 5, 11)
        (True, False)
    """
    return (
        " " not in text[t0:t1]
        and bool(re.search(r"\b(?:its|their|his|her|a|the)\s+$", text[:t0], re.I))
        and bool(re.match(r"\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z]+\b", text[t1:]))
    )


# The first word of a clause's own subject: a determiner, a pronoun or a name
_SUBJECT_OPENER = (
    r"(?:the|a|an|its|their|he|she|they|we|his|her)\b|[A-Z]"
    r"|both\s+(?:(?:the|their)\s+)?(?:[A-Z]|(?:[\w-]+\s+)?[a-z]+s\b)"  # "both governments"
    r"|(?:all|each)\s+(?!of\b)(?:the\s+)?(?:[\w-]+\s+)?(?:[a-z]+s|side|country|state)\b"
)  # (not "each of its neighbours": theirs, whose is not said)


@cache
def _effect_subject_rx() -> re.Pattern[str]:
    """A subject that is a deal (stances.toml ``effect_subjects``), last before a trigger."""
    heads = words("stances", "cues", "effect_subjects").rx
    assert heads is not None
    return re.compile(
        r"(?:^|\b(?:said|says|stated|added|noted|argued|according\s+to\s+\w+)\s+(?:that\s+)?)"
        r"\s*(?:the|this|that|these|a|an|its|their|his|her|[A-Z][\w.'’-]*['’]s)\s+"
        r"(?:(?!(?:that|which|who|whom|in|of|with|to|for|by|from|on|at)\b)[\w.'’$-]+\s+){0,4}?"
        rf"{heads.pattern}"  # (not "the countries that signed the agreement would support")
        r"\s+[\"“]?(?:(?:would|will|could|can|should|also|further|directly|is|was|has|had|helps?"
        r"|helped)\s+)*$",
        re.I,
    )


def _effect_object(phrase: str) -> bool:
    """True when what "supports" takes is an effect of a deal (stances.toml ``effect_objects``):
    jobs or growth, after at most a quantity and three words.

    Example:
        >>> _effect_object("tens of thousands of American jobs")
        True
        >>> _effect_object("the local economy")
        True
        >>> _effect_object("Ukraine's job training programme"), _effect_object("Taiwan's economy")
        (False, False)
    """
    heads = words("stances", "cues", "effect_objects").rx
    assert heads is not None
    return (
        re.match(
            r"(?:the\s+)?(?:(?:tens|hundreds|thousands|millions|dozens)\s+of\s+)*"
            r"(?:(?:some|about|around|over|nearly|almost|more\s+than|up\s+to|\d[\d,.]*)\s+){0,2}"
            r"(?:(?!(?:of|for|in|to)\b)[\w-]+\s+){0,3}?" + heads.pattern,
            phrase,
            re.I,
        )
        is not None
    )


def _effect_subject(text: str, lo: int, t0: int) -> bool:
    """True when what "supports" right before ``t0`` is a deal, not a party: the effect of a
    sale, a contract or a win is no one's stance.

    Example:
        >>> t = "The agency said the proposed sale would support the security of Saudi Arabia."
        >>> _effect_subject(t, 0, t.index("would support"))
        True
        >>> t = "Textron said the win will support thousands of jobs in Texas."
        >>> _effect_subject(t, 0, t.index("will support"))
        True
        >>> t = 'The sale "will support the foreign policy of the United States," DSCA said.'
        >>> _effect_subject(t, 0, t.index("support"))
        True
        >>> t = "The minister said the government would support Ukraine."
        >>> _effect_subject(t, 0, t.index("would support"))
        False
    """
    return _effect_subject_rx().search(text, lo, t0) is not None


# A state's titled official who acts in a clause of their own ("South Korea's Ambassador
# Joonkook Hwang accused")
_OFFICIAL_ACTS = re.compile(
    r"(?:['’]s|(?<=s)['’])(?:\s+(?:[A-Z][\w.'’-]*|envoy|ambassador|representative|delegate|diplomat"
    r"|spokes(?:man|woman|person)|top|chief|deputy|foreign|defen[cs]e|prime|minister|president"
    r"|permanent|embassy|mission|ministry|government|office)){1,6}"
    r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:[a-z]+ed|said|says|told)\b"
)  # ("and Japan's envoy Kazuyuki Yamazaki denounced the veto", "and Australia's embassy in
# Manila called them dangerous": the state acts)
# What a speaker says it will do, an act a later "the move" names ("said it would expel")
_SAID_INTENT = re.compile(
    r"[^.;]{0,80}?\b(?:would|will|was\s+going\s+to|were\s+going\s+to|plans?\s+to|planned\s+to"
    r"|intends?\s+to|is\s+to|was\s+to"
    r"|(?:is|was|are|were)\s+(?!(?:protesting|lodging|calling|urging|asking|demanding|warning"
    r"|telling|saying)\b)[a-z]+ing"  # ("said it was withdrawing from the treaty")
    r"|(?:has|had|have)\s+(?:formally\s+|now\s+|also\s+)?(?!(?:lodged|protested|expressed"
    r"|conveyed|voiced|raised|called|urged|asked|demanded|warned|told|said|been)\b)[a-z]+(?:ed|un"
    r"|en))\b"  # ("had withdrawn", "has begun"; not "had lodged a protest": words, no move)
)
# A speaker's cue that sets out a quotation after it, at a sentence's end ("Williamson said:"),
# a sentence that opens a quotation, and a speaker named after a quote ('," said X')
_SAID_COLON = re.compile(r"\b(?:said|says|added|stated|commented)\s*:\s*$")
_OPENS_QUOTE = re.compile(r"\s*[\"“]")
_ATTRIBUTED = re.compile(r"[,\"”]\s*(?:said|says|added|adds|told|stressed)\s+(?=[A-Z])")
# A document a relative clause tells what it would do, up to a modal trigger ("a memorandum ...
# that officials said would expand", "the agreement, which will strengthen"); not what a party
# says it would do ("which Kishida said would strengthen": his pledge)
_DEAL_WOULD = re.compile(
    r"\b(?:memorandum|memoranda|agreements?|deals?|pacts?|accords?|treaty|treaties|arrangements?)"
    r"\b(?:\s+(?:on|of|for|with)\s+[\w\s'’-]{1,60}?)?,?\s+(?:that|which)\s+"
    r"(?:(?:officials|it|they)\s+(?:said|say|says|expect|expects)\s+)?$"
)


# A report of what a party should do ("China said the United States should stop arming Taiwan"):
# the party is urged
_SAID_SHOULD = re.compile(r"\b(?:said|says|stated|insisted|stressed|added)\b", re.I)


# Leaders told or assured something, named by their states: "told the leaders of A, B and C",
# "assured the presidents of A and B" (the last such phrase before a trigger)
_TOLD_LEADERS = re.compile(
    r"\b(?:told|tells|assured|assures|reassured|reassures|promised|promises)\s+(?:the\s+)?"
    r"(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state|governments|ministers"
    r"|(?:foreign|defen[cs]e)\s+ministers|counterparts)\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def _new_subject_start(text: str, lo: int, t0: int) -> int:
    """Where the last coordinated clause with a subject of its own begins before ``t0`` (", and
    the four partners used ..."): a hedge before it does not reach the trigger.

    Example:
        >>> t = "It is likely to be his last summit, and the partners condemned X."
        >>> t[_new_subject_start(t, 0, t.index("condemned")) :]
        ' the partners condemned X.'
        >>> t = "Hungary has yet to ratify it, and Ankara accused Stockholm of lying."
        >>> t[_new_subject_start(t, 0, t.index("accused")) :]
        ' Ankara accused Stockholm of lying.'
        >>> t = "It said the pact would help, and both governments pledged to deepen ties."
        >>> t[_new_subject_start(t, 0, t.index("pledged")) :]
        ' both governments pledged to deepen ties.'
        >>> t = "Japan, South Korea, and the United States condemned X."
        >>> _new_subject_start(t, 0, t.index("condemned"))
        0
    """
    cut = lo
    for m in re.finditer(
        r",\s+(?:and|but|when|after|while|whereas|because)\s+"
        rf"(?={_SUBJECT_OPENER})",
        text[lo:t0],
    ):
        if _NAME_LIST.fullmatch(text[cut : lo + m.start()]) and " and " in m.group():
            continue  # "Japan, South Korea, and the United States condemned": one list
        cut = lo + m.end() - 1
    bare = re.search(  # "India sent a note to Pakistan to protest and Pakistan rejected it": a
        r"(?:\bto\s+(?-i:[a-z])[a-z-]*|(?<!\w)(?-i:[a-z])[a-z-]*ed)(\s+and\s+)"  # name after
        r"(?=(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:[a-z]+ly\s+)?$)",  # a verb
        text[cut:t0],  # ("to protest", "protested") and "and", right before the trigger
    )
    return cut + bare.end(1) - 1 if bare else cut


# Names separated by commas, nothing else ("Japan, South Korea"): a list the next ", and" ends
_NAME = (
    r"(?:the\s+)?(?!(?:In|On|At|For|From|With|By|To|After|Before|During|As|If|When|While)\b)"
    r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
)  # ("In Tokyo, Seoul, and Manila, officials ...": a place first, no list of actors)
_NAME_LIST = re.compile(rf"\W*{_NAME}(?:\s*,\s*{_NAME})+\s*")


# An adverbial of time or place that can split a trigger phrase after its verb ("pledged on
# Sunday to", "resolved in Bogor on Wednesday to", "vowed at their first summit to").
_SPLITTER = (
    r"(?:[\"”]\s*(?=\s)"
    rf"|\s+on\s+(?:{WEEKDAY_NAMES}"
    r"|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]+)\b"
    r"|\s+in\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?"
    r"|\s+(?:at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:summit|talks|meeting|conference|session|ceremony|forum|visit|call)"
    r"|\s+(?:again|jointly|also|further|today|yesterday)\b|\s+[a-z]+ly\b"
    r"|\s+(?:last|this)\s+(?:week|month)\b)"
)  # (each a whole word: "against" holds no "again")


# A process done to a state, named before it ("the complete denuclearization of North Korea",
# "the demilitarisation of the zone"): the process is the topic
_PROCESS_OF = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+)?(?:denucleari|demilitari)[sz]ation\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# Sanctions on one name, an aside on it, then more names: "on X Co., which it said moved
# cargo for North Korea, and on A and B"
_ASIDE_THEN_ON = re.compile(
    r"\bsanctions\s+(?:on|against)\s+[^;]*?,\s+(?:which|who)\b[^;]*?,\s+and\s+(?:on|against)\s+"
    r"(?P<rest>[^,;.]+(?:\.[^\s,;.][^,;.]*)*)"
)
# A stance told as the deed before "a move X rejected": what X rejects is what was backed
_STANCE_VERB_DONE = re.compile(
    r"backed|supported|welcomed|endorsed|opposed|rejected|condemned|critici[sz]ed|urged|praised"
    r"|denounced|recognized|recognised|approved|adopted"
)
# Others who took the stance just told: ", as did Britain and the UAE", ", as have Japan
# and Australia"
_NAMED = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
_AS_DID = re.compile(
    rf",\s+as\s+(?:did|have|has|had)\s+(?P<who>{_NAMED}(?:(?:,\s+|,?\s+and\s+){_NAMED})*)"
    r"(?=\s*(?:[.;,]|$))"
)


class _Found(NamedTuple):
    """A trigger found in a text with an adverbial cut out of it, at its offsets in the text."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


def _split_triggers(text: str) -> list[tuple[_Found, str]]:
    """Trigger phrases whose verb an adverbial splits from the rest ("pledged on Sunday to
    deepen", "resolved in Bogor on Wednesday to expand", "agreed again to strengthen").

    The adverbials after a word are cut out of the text, the trigger phrases searched in
    what is left, and those whose first word the cut followed are kept, at their offsets in
    the text.

    Example:
        >>> [(m.group(), t) for m, t in _split_triggers("They pledged on Sunday to deepen ties.")]
        [('pledged on Sunday to deepen', 'pledges-cooperation')]
    """
    cuts = [m for m in _SPLITTER_RX.finditer(text) if m.start() and text[m.start() - 1].isalnum()]
    if not cuts:
        return []
    kept: list[str] = []
    index: list[int] = []  # offset in ``text`` of each character kept
    cut_at: set[int] = set()  # offsets in the text left where something was cut
    pos = 0
    for m in cuts:
        if m.start() < pos:
            continue
        kept.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        cut_at.add(len(index))
        pos = m.end()
    kept.append(text[pos:])
    index.extend(range(pos, len(text)))
    left = "".join(kept)
    out = []
    for stype in _trigger_types():
        for m in words("stances", stype).finditer(left):
            first = re.match(r"[\w'’-]+", left[m.start() : m.end()])
            if first and any(m.start() + first.end() <= c < m.end() for c in cut_at):
                a, b = index[m.start()], index[m.end() - 1] + 1
                out.append((_Found(a, b, text[a:b]), stype))
    return out


# A verb of saying or pledging and "that": what follows is a clause of its own
_TOLD_THAT = re.compile(
    r"\b(?:said|says|pledged|pledges|vowed|vows|promised|promises|stated|announced|added"
    r"|stressed|insisted|assured\s+\w+)\s+that\s+"
)
# A pledge verb's present tense read as a noun that another verb undoes or doubts: "reneged
# on its promise to", "questioned Chile's pledge to" (but "renewed its pledge to" pledges)
_PLEDGE_NOUN = re.compile(
    r"\b(?:reneg\w*\s+on|br(?:oke|eaks?|eaking|oken)|abandon\w*|question\w*|doubt\w*"
    r"|dismiss\w*|reject\w*|back\w*\s+away\s+from|retreat\w*\s+from|walk\w*\s+back)\s+"
    r"(?:on\s+)?(?:its|their|his|her|the|a|an|this|that|\w+['’]s)\s+$",
    re.I,
)


# A state named as the one threatening or invading ("Russia warned Lithuania"): no ally (but one
# that accuses or strikes may be the ally: "Lithuania accused Russia of ...")
_HOSTILE_SUBJECT = re.compile(r"\s+(?:has\s+|had\s+|on\s+\w+\s+)?(?:warned|threatened|invaded)\b")
# ... nor one the sentence blames ("Lithuania accused Russia of ..."; "condemned Russia's strike")
_BLAMED_OBJECT = re.compile(
    r"\b(?:accused|accusing|condemned|condemning|criticized|criticised|denounced|blamed)\s+"
    r"(?:the\s+)?$"
)
# "its ally", "their partners": the state or states just named with the actor
_ITS_ALLY = re.compile(r"\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:ally|allies|partner|partners)\b")
# ... and with no name or place of its own after it ("stood with its ally, the Czech Republic",
# "its allies in Europe")
_ITS_ALLY_ALONE = re.compile(
    _ITS_ALLY.pattern
    + r"(?!\s+(?:in|of|from|to|against|across)\b|['’]|\s*[,:—–]?\s*(?:the\s+)?[A-Z])"
)


def _unresolved_act(target: str) -> bool:
    """True for a topic that only points back at an act ("the move", "this step", "the latest
    decision": stances.toml [stances.targets] anaphoric_acts) with no antecedent resolved.

    Example:
        >>> _unresolved_act("topic:the move"), _unresolved_act("topic:the move to ban exports")
        (True, False)
    """
    rx = load_lexicon().compiled(
        "stances.anaphoric-acts",
        lambda: (
            r"topic:(?:the|this|that|these|those)\s+(?:(?:latest|new|recent|planned|military)\s+)?"
            rf"(?:{load_lexicon().alternation('stances', 'targets', 'anaphoric_acts')})"
        ),
    )
    return rx.fullmatch(target) is not None


def _told_across_aside(text: str, scope: int) -> bool:
    """True when a "said that" before ``scope`` reports the clause at ``scope``, with only an
    aside between ("stated that Japan and the Philippines, as partners, would ..."), not a
    coordinated clause of its own (", and Chile would ...", ", but Peru would ...").

    Example:
        >>> t = "Kishida stated that Japan and Manila, as partners, would deepen ties."
        >>> _told_across_aside(t, t.index(" would"))
        True
        >>> t = "Peru said that the deal was flawed, and Chile would deepen ties."
        >>> _told_across_aside(t, t.index(" Chile"))
        False
    """
    told = list(_TOLD_THAT.finditer(text, 0, scope))
    if not told:
        return False
    between = text[told[-1].end() : scope]
    for m in re.finditer(r",\s+(?:and|but|while|whereas)\b", between):
        if not (m.group().endswith("and") and _NAME_LIST.fullmatch(between[: m.start()])):
            return False  # a clause of its own ("Japan, Australia, and Manila" is one list)
    return True


# A protest lodged whatever its adjectives ("had lodged repeated protests with the Chinese side")
_LODGED_PROTEST = re.compile(
    r"\b(?:lodg|fil|deliver|issu)\w*\s+(?:an?\s+)?(?:(?:strong|stern|formal|official"
    r"|diplomatic|repeated|solemn|vigorous|serious|written|verbal|fresh|new|further|several|two"
    r"|three|multiple|strongly-worded|separate)\s+){0,2}(?:protests?|d[eé]marches?)\b"
    # (not one filed with a forum: "filed a formal protest with the UN Security Council")
    r"(?!\s+with\s+the\s+(?:U\.?N\.?\b|United\s+Nations|OSCE|Security\s+Council|International))"
)
_SPLITTER_RX = re.compile(_SPLITTER)
# A sentence whose subject is a statement ("Turning to Asia, the joint statement said ..."):
# an "it" in the next sentence is the statement, which speaks for all who issued it.
_STATEMENT_SUBJECT = (
    r"(?:[^,]{0,40},\s*)?(?:the|a|in\s+a|in\s+the)\s+(?:joint\s+)?"
    r"(?:statement|communiqu[eé]|declaration)\b"
)
# An office after a name: "Chile's defence minister", "Peru's foreign minister".
_OFFICE_AFTER = re.compile(  # ("Chile's defence minister", "U.S. deputy ambassador Jonathan
    rf"['’]s\s+{OFFICE}\b"  # Cohen": a title of its own right after the state, no "with the")
    r"|\s+(?i:(?:deputy|vice|defen[cs]e|foreign|prime|acting|senior|chief|top)\s+){0,3}"
    r"(?i:minister|president|premier|secretary|spokes(?:person|man|woman)|envoy|ambassador"
    r"|chancellor)\b"
)


# Words that end the noun phrase of the ties a pledge deepens: "bolster its navy amid frosty
# relations" deepens no relations
_NOT_OF_TIES = (
    r"(?:amid|with|without|while|despite|than|to|for|in|on|by|from|over|against|after|before"
    r"|because|as|hurting|harming|damaging)"
)


# The verb of a sentence whose subject is a stance told as a noun ("China's opposition to the
# deployment hardened", "Russia's condemnation of the strikes drew little notice")
_SUBJECT_VERB = re.compile(
    r"\s+(?:is|was|were|are|has|have|had|will|would|could|remains?|remained|drew|draws|came"
    r"|comes|sparked|prompted|led|grew|hardened|softened|angered|triggered|deepened|eased"
    r"|reflects|reflected|followed|follows|appears|appeared|seems|seemed)\b"
)


@cache
def _closer() -> re.Pattern[str]:
    """Pledges to work more closely (stances.toml [stances.closer]): a pledge verb, then
    "work even more closely" or "cooperate fully", or "agreed to A and to deepen cooperation",
    or a verb of deepening with a few words before the ties ("will continue to deepen our
    strategic defence partnership").

    Example:
        >>> bool(_closer().search("Chile said it would work even more closely with Peru."))
        True
        >>> bool(_closer().search("Chile and Peru are working closely on it."))
        False
        >>> bool(_closer().search("Chile and Peru will continue to deepen our naval ties."))
        True
        >>> bool(_closer().search("Chile will deepen the harbour."))
        False
    """
    lex = load_lexicon().patterns["stances"]["closer"]

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lex[key])

    def split(w: str) -> str:  # "undertook on Wednesday to"
        head, _, rest = w.partition(" ")
        rest = re.escape(rest).replace(r"\ ", r"\s+")
        return re.escape(head) + (f"(?:{_SPLITTER}){{0,3}}\\s+{rest}" if rest else "")

    verbs = "|".join(split(w) for w in (*lex["verbs"], *lex["nominal"]))
    work, deepen, ties = alt("work"), alt("deepen"), alt("ties")
    return re.compile(
        rf"\b(?:{verbs})\s+(?:{work})\b"
        rf"|\b(?:{verbs})\s+(?:(?!\b(?:not|never|no\s+longer)\b|n['’]t\b)[^;]){{1,80}}?"
        rf"\band\s+(?:to\s+)?(?:{deepen})\s+"
        rf"(?:(?:their|our|its|the|defen[cs]e|security|military|bilateral)\s+)*(?:{ties})\b"
        rf"|\b(?:{verbs})\s+(?:(?:also|likewise|further|jointly|actively|steadily|now)\s+)?"
        rf"(?:(?:continue|seek|aim|work)\s+to\s+|continue\s+(?=\w+ing\b)|further\s+|jointly\s+|keep\s+"
        rf"|(?:start|begin)\s+)?"
        rf"(?:{deepen})\s+(?:(?!{_NOT_OF_TIES}\b)[\w.'’-]+\s+){{0,4}}?(?:{ties})\b"
        # "was willing to work with Tanzania and Mozambique to deepen military cooperation"
        rf"|\b(?:{verbs})\s+work\s+(?:together\s+)?with\s+[^;.]{{1,60}}?\s+to\s+(?:further\s+)?"
        rf"(?:{deepen})\s+(?:(?!{_NOT_OF_TIES}\b)[\w.'’-]+\s+){{0,4}}?(?:{ties})\b"
        # "vowed to take their defence partnership to new heights"
        rf"|\b(?:{verbs})\s+(?:take|bring|raise|lift|elevate)\s+(?:their|our|its|the)\s+"
        rf"(?:[\w.'’-]+\s+){{0,3}}?(?:{ties})\s+to\s+(?:an?\s+|the\s+)?(?:new|higher|next)\s+"
        rf"(?:heights|level|stage)\b",
        re.I,
    )


# A defence pledge told as a condition: "any attack on Belarus would mean an attack on
# Russia", "an armed attack on Philippine forces would invoke U.S. defense commitments".
_ATTACK_WOULD = re.compile(
    r"\b(?:[Aa]n?|[Aa]ny)\s+(?:(?:armed|military|foreign|further)\s+)?"
    r"(?:attack|aggression|assault|invasion)\s+(?:on|against|upon)\s+(?P<what>[^.;]{2,160}?)"
    r"\s+would\s+(?:also\s+|automatically\s+)?(?P<verb>mean|be(?:\s+(?:considered|treated|"
    r"regarded|seen)\s+as)?|constitute|invoke|trigger|activate|amount\s+to)\b"
)
# "will regard any armed attack on Qatar as a threat to its own peace and security"
_REGARD_ATTACK = re.compile(
    r"\b(?:regard|regards|regarded|treat|treats|consider|considers|view|views)\s+(?:any|an)\s+"
    r"(?:armed\s+)?(?:attack|aggression)\s+(?:on|against)\s+(?P<what>[^.;]{2,60}?)\s+as\s+"
    r"(?:an?\s+)?(?:attack|threat|aggression|act\s+of\s+aggression)\b"
)
# "If Estonia is attacked, Britain will be there to defend it"
_IF_ATTACKED = re.compile(
    r"\b[Ii]f\s+(?P<what>[A-Z][^,.;]{1,50}?)\s+(?:is|were|was|are|ever\s+is)\s+"
    r"(?:ever\s+)?(?:attacked|invaded|under\s+attack)\s*,\s*(?P<who>[^,.;]{2,60}?)\s+"
    r"(?:will|would|shall)\s+(?:be\s+there\s+to\s+|be\s+ready\s+to\s+|stand\s+ready\s+to\s+)?"
    r"(?:defend|come\s+to|help\s+defend|fight\s+for|protect)\b"
)
_ATTACK_ON_ACTOR = re.compile(
    r"\b(?:an?\s+)?(?:attack|aggression|assault)\s+(?:on|against)\s+(?:the\s+)?$"
)
_QUESTION = re.compile(r"\b(?:whether|asked\s+if|if)\s+$|\?")
# What binds a state to defend: "would invoke U.S. defense commitments", "... treaty", "Article 5"
_BINDING = re.compile(
    r"\b(?:commitments?|obligations?|guarantees?|treaty|Article\s+(?:\d+|[IVX]+))\b"
)


# A defence treaty said to cover a state's forces or land ("the Mutual Defense Treaty covers
# armed attacks on Philippine armed forces", "Article 5 applies to the Senkaku Islands")
_TREATY_COVERS = re.compile(
    r"\b(?:(?:Mutual|Collective)\s+Defen[cs]e\s+Treaty|(?:security|defen[cs]e)\s+treaty"
    r"|Article\s+(?:5|V)|treaty\s+commitments?)\b[^.;]{0,60}?\b(?:covers|cover|applies\s+to"
    r"|apply\s+to|extends\s+to|extend\s+to)\s+(?P<what>[^.;]{3,120})"
)


# A verb of saying and its "that" ("reaffirmed that", "said"): what follows is what was said
_SAID_THAT = re.compile(
    r"\b(?:said|says|reaffirmed|reaffirms|reiterated|reiterates|confirmed|confirms|stressed"
    r"|affirmed|assured|noted)\s+(?:that\s+)?"
)


# The year and hyphened states before a treaty's name ("the 1951 U.S.-Philippines ")
_TREATY_QUALIFIERS = re.compile(
    r"\b(?:the\s+)?(?:\d{4}\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-)+[A-Z][\w.]*\s+$"
)


def _treaty_name_start(text: str, pos: int) -> int:
    """Where the name of the treaty at ``pos`` starts, with the states and year that qualify
    it ("the 1951 U.S.-Philippines Mutual Defense Treaty"): they are no speaker.

    Example:
        >>> t = "Austin said the 1951 U.S.-Philippines Mutual Defense Treaty covers them."
        >>> t[_treaty_name_start(t, t.index("Mutual")) :][:22]
        'the 1951 U.S.-Philippi'
    """
    named = _TREATY_QUALIFIERS.search(text, 0, pos)
    return named.start() if named else pos


# An act whose object comes after a date or an agent: "the adoption on Thursday by the Security
# Council of Resolution 2719", "the signing last week in Rome of the accord"
_ACT_OF_LATER = re.compile(
    r"\s+(?P<act>(?:the\s+)?(?:[a-z]+\s+)?(?:adoption|passage|approval|signing|ratification"
    r"|extension|renewal|creation|establishment|launch))\s+(?:(?:on|last|this|late|early)\s+\w+\s+"
    r"|by\s+(?:the\s+)?(?:[\w.]+\s+){1,6}?|in\s+[A-Z]\w+\s+)+of\s+"
    r"(?P<what>[^,;()]+?)(?=\s*(?:[,;(]|\.(?:\s|$)|$|\s+(?:which|that|who)\b))"
)
# What was welcomed: the object up to a clause's end ("welcomed the truce between Armenia and
# Azerbaijan as a step"), not into a second predicate ("... and said it hoped")
_WELCOMED_OBJECT = re.compile(
    r"\s+([^,;:()\"“”]+?)(?=\s*(?:[,;:()\"“”]|\.(?:\s+[A-Z]|\s*$)|$|\s(?:as|but|which|that|who|after|before"
    r"|because|while|saying|calling|describing)\b|\s+and\s+(?:said|says|called|urged|added"
    r"|thanked|praised|hoped|noted|described|stressed|pledged|vowed|expressed|warned)\b"
    # (where and when it was said: "welcomed the declaration in a statement on Thursday")
    r"|\s+(?:in\s+an?\s+(?:statement|letter|speech|post|interview)|at\s+a\s+(?:news|press)\s+"
    r"conference|on\s+social\s+media)\b"
    r"(?=(?:\s+(?:on|last)\s+[A-Z][a-z]+day)?\s*(?:[,;.]|$)))"  # (only at the clause's end)
    r")"
)


@cache
def _welcomed() -> re.Pattern[str]:
    """The verb of welcoming a decision, pact or ruling, when its object has one of the heads
    that make welcoming it backing it ("Sudan welcomed the genocide determination").

    Example:
        >>> bool(_welcomed().search("Hamas welcomed the resolution and said"))
        True
        >>> bool(_welcomed().search("Marles welcomed the signing of the deal"))
        False
    """
    return re.compile(
        r"\bwelcom(?:ed|es|ing)(?=\s+(?:the|this|that|its|their|[A-Z][\w.&-]*(?:\s+[A-Z]"
        r"[\w.&-]*)*['’]s?)\s+(?!(?:[\w-]+\s+)?(?:signing|conclusion|holding|progress)\b)"
        rf"(?:[\w'’.-]+\s+){{0,3}}?{_welcomed_head().pattern}"
        r"(?!\s+(?:of|on)\s+the\s+(?:signing|conclusion|holding)\b))"
    )


@cache
def _done_to() -> re.Pattern[str]:
    """The words between a stance trigger and a state that an act was done to: "the measures
    against", "the invasion of", "the sale to" (stances.toml [stances.targets] done_to,
    sent_to).

    Example:
        >>> bool(_done_to().fullmatch(" the measures against ")), bool(_done_to().fullmatch(" "))
        (True, False)
    """
    acts = load_lexicon().alternation("stances", "targets", "done_to", spaces=True)
    done_of = load_lexicon().alternation("stances", "targets", "done_to_of", spaces=True)
    sent = load_lexicon().alternation("stances", "targets", "sent_to", spaces=True)
    return re.compile(
        r"\s*(?:(?:the|this|that|its|their|an?|any)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:(?:{acts})\s+(?:against|on|upon|targeting)|(?:{done_of})\s+of"
        # "blocked the sale to Argentina of aircraft": the sale, not its buyer
        rf"|(?:{sent})\s+(?:of\s+(?:[\w-]+\s+){{1,4}}?)?to)\s+(?:the\s+)?",
        re.I,
    )


@cache
def _welcomed_head() -> re.Pattern[str]:
    """A head noun that makes welcoming its phrase backing it (stances.toml ``welcomed_heads``)."""
    heads = load_lexicon().alternation("stances", "cues", "welcomed_heads", spaces=True)
    return re.compile(rf"\b(?:{heads})\b")


@cache
def _owned_document() -> re.Pattern[str]:
    """A state's possessive before one of its agreements or bids ("Greece's August 2020
    maritime boundary agreement with Egypt", "India's candidature for a seat", "Sweden's NATO
    accession"): that is what is denounced or backed, not the state.

    Example:
        >>> bool(_owned_document().match("'s August 2020 maritime boundary agreement"))
        True
        >>> bool(_owned_document().match("'s violation of the agreement"))
        False
    """
    return re.compile(
        r"['’]s\s+(?:(?!(?:of|to|with|on|for|and|by)\b)[\w-]+\s+){0,5}?"
        r"(?:agreements?|deals?|pacts?|accords?|treaty|treaties|memorand\w+|MoUs?|bids?|accession"
        r"|membership|candidature|candidacy)\b"
    )


@cache
def _proposal_rx(key: str = "proposals") -> re.Pattern[str]:
    """Head nouns of a proposal ("resolution", "plan"), group 1 (stances.toml)."""
    nouns = load_lexicon().words("stances", "cues", key)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in nouns) + r")\b", re.I)


def _generic_proposal(phrase: str) -> bool:
    """Whether ``phrase`` is only a generic name of a proposal ("the text", "this plan").

    Example:
        >>> _generic_proposal("the text"), _generic_proposal("the text on Haiti")
        (True, False)
    """
    nouns = load_lexicon().alternation("stances", "cues", "generic_proposals")
    return (
        re.fullmatch(rf"(?:the|this|that|its)\s+(?:draft\s+)?(?:{nouns}|vote)", phrase, re.I)
        is not None  # ("the vote" only names a proposal told just before: see _proposal_ref)
    )


# A state's government addressed with no name ("urged the junta to", "called on the
# government to"): a clause of what it is to do follows
_ADDRESSED_GOVERNMENT = re.compile(
    r"\s+(?:both\s+)?(?:the|its|their)\s+((?:military\s+)?(?:government|junta|regime|authorities))"
    # ("urged both the government and the FARC to conclude the talks": the rebels too)
    r"(?:\s+and\s+(?:the\s+)?(?P<other>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}))?"
    r"\s+(?:on\s+\w+day\s+)?(?:to|not\s+to)\s+[a-z]"
)
# Bodies that belong to one state's politics: what they address as "the government" is theirs
_DOMESTIC_KINDS = ("political-party", "legislature", "armed-group")


# Support pledged with its kinds before it ("pledged continued political, military and
# humanitarian support to"); the plain "pledged support to" is a cue of its own, and "support
# for" is one whatever comes before it
# Kinds of support that make it a stance (not "pledged humanitarian support to Syria after the
# earthquake": relief)
_STANCE_KINDS = (
    r"continued|continuing|full|strong|firm|unwavering|steadfast|unconditional|political"
    r"|military|financial|diplomatic|economic|moral|practical|security|defen[cs]e"
)
_SUPPORT_PLEDGED = re.compile(
    r"\b(?:pledged|pledges|promised|promises|offered|offers|reaffirmed|reaffirms|reiterated"
    rf"|reiterates)\s+(?:its\s+|their\s+)?(?:(?:{_STANCE_KINDS}|humanitarian)"
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+)){1,6}support\s+to\b"
)
_STANCE_SUPPORT = re.compile(rf"\b(?:{_STANCE_KINDS})\b")

# Where a clause's subject starts: the sentence's start (no subordinator) or a new clause's
# ("..., while Egypt and the UAE back Haftar")
_CLAUSE_START = re.compile(
    r"(?:^(?!(?:While|Although|Though|If|Whether|How|As|Because|Since|Unless|When)\b)"
    r"|[;:]\s+|,\s+(?:while|whereas|but|and)\s+)(?:the\s+)?$"
)
# The plain present verb after its subject ("Egypt and the UAE back Haftar's forces", "Japan
# and Australia strongly support the plan"): only right after a named actor, before an object
_PLAIN_SUPPORT = re.compile(
    r"\s+(?:(?:also|still|firmly|fully|strongly|openly|largely)\s+)?(support|back)\s+"
    r"(?=(?:the\s+|a\s+|an\s+)?[A-Z]|(?:the|a|an)\s+[a-z])"
)

# A report that follows another after a bare comma (", Israeli Prime Minister Benjamin
# Netanyahu said Israel ..."): a clause with a speaker of its own
_NEXT_REPORT = re.compile(r",\s+(?=(?:[A-Z][\w.'’-]*\s+){1,6}(?:said|says|told)\b)")

# A lower-case noun right after a name: the name only modifies it ("U.S. carriers")
_NAME_MODIFIES = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|to|of|for|with|by|as|from|which|who|that|against|over|after"
    r"|before|during|since|until|when|while|said|says|also|had|has|have|was|were|is|are|again"
    r"|yesterday|today|tonight|last|this|next|earlier|later|too|once|twice|under|via|through"
    r"|[a-z]+ly)\b)[a-z]"
)
# Where a long topic may be cut: before a preposition, taking a multiword one whole ("on behalf
# of", "as part of")
_TOPIC_CUT = re.compile(
    r"\s+(?:(?:on\s+behalf|as\s+part|in\s+violation|in\s+support|because|instead|ahead|in\s+front"
    r"|on\s+the\s+territory|in\s+the\s+name)\s+of|of|in|on|at|for|with|by|from|without)\s"
)
# A place's claim to statehood, as a target ("Kosovo's 2008 declaration of independence",
# "South Ossetia's referendum"), whether or not kg knows the place as a state
_STATEHOOD_ACT = re.compile(
    r"(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}?(?:independence|declaration"
    r"|referendum|annexation|secession|claims?)\b"
    r"|[\"“]?(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*\s+(?:independence|secession|statehood)\b"
)  # (and "opposed Taiwan independence", 'opposed "Taiwan independence"': a cause as named)
# A state's name after "for" that only opens a compound or a price ("for the Israel-Iran
# conflict", "for U.S. $12 billion"): no recipient of arms bought for it (a name before a
# lower-case noun, "for the Ukraine war", is _NAME_MODIFIES)
_NOT_A_RECIPIENT = re.compile(r"\s*(?:[-–]\w|(?:US)?\$)")
# A proposal rejected before the measure it would have taken ("rejected a U.S. resolution to
# extend the arms embargo on Iran", "vetoed a draft imposing sanctions"): none was taken (but
# "rejected the proposal and imposed sanctions" took one)
_FAILED_MEASURE = re.compile(
    r"\b(?:reject(?:ed|s)?|block(?:ed|s)?|vetoe?d?|vetoes|defeated|fail(?:ed|s)?\s+to\s+(?:adopt"
    r"|pass|approve))\s+[^,;]{0,60}?\b(?:resolution|draft|proposal|bill|motion)\s+"
    r"(?:that\s+would(?:\s+have)?|to|calling\s+for|imposing|extending|renewing|reimposing"
    r"|tightening|expanding)\b(?:(?!\band\b)[^,;]){0,40}$",
    re.I,
)
# Asking for a measure right before it ("called for sanctions on", "pushed hard for new
# sanctions", "lobbied for an arms embargo"): someone else is to take it
_ASKED_FOR = re.compile(
    r"\b(?:(?:call(?:ed|s|ing)?|push(?:ed|es|ing)?|press(?:ed|es|ing)?|lobb(?:ied|ies|ying|y)"
    r"|appeal(?:ed|s|ing)?|argu(?:ed|es|ing)|campaign(?:ed|s|ing)?|clamou?r(?:ed|s|ing)?)"
    r"\s+(?:(?-i:[a-z]+ly)\s+|hard\s+)?for"
    # or a measure another verb acts on: "condemned the sanctions on Russia", "voted against",
    # "blocked", "lifted", "sought", "backed" them: no sanction by the subject
    r"|(?:condemn|denounc|critici[sz]|oppos|reject|block|vetoe?|lift|eas|scrap|waiv|suspend"
    r"|urg|demand|want|seek)\w*|sought|voted\s+against)"
    r"\s+(?:the\s+|an?\s+|any\s+|its\s+|their\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}?$"
    # "backed the sanctions on Venezuela": others' (but "the EU backed new sanctions": its own),
    # also "the European Union's" or "EU" sanctions
    r"|\b(?:back|support|welcom)\w*\s+the\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?$"
    r"|\b(?:back|support|welcom|endors)\w*\s+(?:the\s+)?(?-i:(?!Western\b|International\b|Allied\b)"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
    r"(?:['’]s)?\s+(?:new\s+|latest\s+|fresh\s+)?$",
    re.I,
)
# Another's sanctions someone backs: "supported the European Union's sanctions on Russia",
# "Finland backs EU sanctions on Russia": the owner imposed them
_BACKED_SANCTIONS = re.compile(
    r"\b(?:back|support|welcom|endors)\w*\s+(?:the\s+)?"
    r"(?P<owner>(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))(?:['’]s)?\s+"
    r"(?:new\s+|latest\s+|fresh\s+)?sanctions\s+(?:on|against)\s+(?:the\s+)?",
    re.I,
)

# A verb of making an agreement, after the states named in a relative clause ("the pact that
# Japan and the Philippines signed"; not "the ceasefire that Russia violated")
_MADE_DEAL = re.compile(
    r"(?:\s+(?:had|has|have|jointly|formally|finally|just))*\s+(?:signed|struck|reached|concluded"
    r"|initiall?ed|ratified|inked|sealed|agreed|negotiated|made)\b"
)
# An agreement noun before a relative pronoun ("the pact that A and B signed")
_AGREEMENT_HEAD = re.compile(
    r"\b(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorand(?:um|a|ums)|declarations?"
    r"|partnerships?|arrangements?|protocols?)\s+(?:that|which)\s+$",
    re.I,
)

# A noun and a relative pronoun between a trigger and a name ("backed the agreement that
# Greece and France signed"): the name opens a clause about the noun, which is the target
_RELATIVE_GAP = re.compile(r"\s+(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+")

# Words after a state's name that do not make it a modifier of a capitalised name ("pledged to
# Ukraine Tuesday", "to Ukraine President Zelensky")
_NOT_QUALIFIED = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|President|Prime|Minister|King"
    r"|Chancellor|Secretary|(?:Foreign|Defen[cs]e)\s+(?:Minister|Secretary))\b"
)

# The doer named right after a hostile label ('"an unfortunate provocation" by the United
# States'), up to its name
_LABEL_BY = re.compile(r"[\"”]?\s+by\s+(?:the\s+)?")

# A sentence that opens in a state's capital, then names a bare institution ("In Beijing, the
# foreign ministry ...", "In Moscow, the Defence Ministry ..."); the institution follows
# Who speaks for an institution, after its noun ("foreign ministry spokeswoman")
_VOICE_OF = r"\s+(?:spokes(?:wo)?man|spokesperson|official|officials|source|sources)\b"
_IN_CAPITAL = re.compile(
    r"\W*(?:(?:Meanwhile|Separately),\s+)?[Ii]n\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:\s+on\s+[A-Z][a-z]+day)?,\s+"
)
# A bare institution opening a clause with its seat: "On Monday the foreign ministry in Algiers"
_SEATED = (  # (no owner's adjective or name before the noun: "The Russian military in Syria" is
    # Russia's; nor "its military in Syria")
    r"\W*(?:(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Oo]n\s+)?[A-Z][a-z]+day,?\s+|(?:Meanwhile|Separately),\s+)?"
    r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?i:INSTITUTION)\s+in\s+"
)
# Institutions a state keeps abroad or sends: in a capital they are another state's
_ABROAD_INSTITUTIONS = frozenset({"embassy", "mission", "delegation"})


@cache
def _institution_rx() -> re.Pattern[str]:
    """The institutions of a state a bare "the military" can name (stances.toml), group 1."""
    nouns = load_lexicon().words("stances", "cues", "institutions")
    alternatives = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True)
    )
    return re.compile(rf"({alternatives})\b", re.I)


@cache
def _bare_institution_rx() -> re.Pattern[str]:
    """A bare institution with its article and up to two words before the noun ("the foreign
    ministry", "its defence ministry"); the noun is group 1."""
    return re.compile(r"(?:the|its)\s+(?:[\w-]+\s+){0,2}?" + _institution_rx().pattern, re.I)


@cache
def _after_target() -> frozenset[str]:
    """Words after a named target that end it ("on Belarus last year", stances.toml)."""
    return frozenset(w.lower() for w in load_lexicon().words("stances", "targets", "after_target"))


# The medium of a stance after its target ("opposed the proposal in a letter to fellow leaders",
# "condemned the raid on social media"), when the target's own words do not go on ("the threats
# made in a speech by ...", "attacks on social media platforms")
_MEDIUM = (
    r"(?:in\s+a\s+(?:letter|statement|speech|post)|in\s+an\s+interview|in\s+remarks"
    r"|at\s+a\s+(?:news|press)\s+conference|at\s+a\s+briefing|on\s+social\s+media)"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:to|on|last|this|earlier|late|at|with|released|published|posted)\b)"
)


@cache
def _topic_end() -> re.Pattern[str]:
    """Where a free-text target ends: before "that", "because", "saying" ... (stances.toml)."""
    ends = load_lexicon().words("stances", "targets", "topic_ends")
    alternatives = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in ends)
    # (and the tally of a vote: "adopted a resolution by 11 votes to none", "by a vote of 13-0")
    return re.compile(
        rf"\s+(?:{alternatives}|by(?=\s+(?:a\s+vote\s+of|\d+\s+votes?)\b)|{_MEDIUM})"
        r"(?:\s+|(?=[.,;:]|$))",
        re.I,
    )


def _run_at(s: Sentence, pos: int, kinds: tuple[str, ...]) -> list[Mention]:
    """The coordinated run of actors of ``kinds`` that starts right at local offset ``pos``
    ("Ukraine and Moldova", "the Philippine navy" read as its state), or nothing."""
    after = [m for m in s.actors(max(0, pos - 4)) if m.kind in kinds]
    if after and s.local(after[0].start) < pos and not re.match(r"the\s", after[0].text, re.I):
        after = after[1:]  # only a name that owns the article before ``pos`` starts before it
    if not after or not pos - 4 <= s.local(after[0].start) <= pos:
        return []  # "to the Philippines": the name owns the article the cue ate
    return runs(s, after)[0]


# A trigger right after "that" or "which" ("the ruling that rejected ..."): its subject is the
# word before the pronoun, which must be an actor for the stance to be anyone's.
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w-])([\w'’.-]+),?\s+(?:that|which)\s+(?:(?:has|have|had|also|[a-z]+ly)\s+){0,2}$"
)

# A clause whose subject is a bare office ("The Secretary called on ...", "The minister also
# condemned ..."): the official named just before
_BARE_OFFICE_SUBJECT = re.compile(
    r"\W*the\s+(?:(?:defen[cs]e|foreign|prime)\s+)?(?:secretary|minister|president|premier"
    r"|chancellor)\s+(?:(?:also|then|later|again)\s+)?$",
    re.I,
)

# A second verb of saying coordinated with the first ("X urged Turkey to end ... and said
# Europe must ..."): what follows is the first subject's word, not the object's
_AND_SAID = re.compile(r"\band\s+(?:said|added|stressed|insisted|declared|noted|argued)\s+")

# Cooperation pledged among the pledging states themselves, then widened by an aside that
# names others ("between their countries, including through trilateral efforts with the US")
_AMONG_THEMSELVES = re.compile(
    r"\b(?P<own>(?:between|among)\s+(?:their|our|the\s+two|the\s+three|both)\s+(?:countries|nations"
    r"|states|governments|militaries|armed\s+forces|navies))(?=,?\s+(?:including|notably|especially"
    r"|in\s+particular)\b)"
)


# A stance dismissed, right before its noun ("dismissing criticism from Washington")
_DISMISSED = re.compile(
    r"\b(?:dismiss|reject|brush|shrug|rebuff|deflect)\w*(?:\s+(?:off|aside))?\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?$",
    re.I,
)
# What a state rejects when it denies a claim ("dismissed suggestions that X funded it"):
# the claim is false by its word, not opposed; whoever the claim names takes no part.
_DENIED = re.compile(
    r"\s+(?:the\s+)?(?:(?:suggestions?|reports?|claims?|allegations?|accusations?|speculation"
    r"|rumou?rs?|charges?)\s+that|(?:reports?|allegations?|accusations?|speculation|rumou?rs?"
    r"|charges?)\s+of)\b"
    # "rejected reports in the Indian press that ..."
    r"|\s+(?:the\s+)?(?:reports?|claims?|suggestions?)\s+(?:in|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:press|media|newspapers?|outlets?)\b"
    # "rejected the accusations as baseless", "rejected an allegation by the U.S. envoy",
    # "rejected what it called 'insinuations'": a denial, no stance
    r"|\s+(?:the\s+|these\s+|such\s+|an?\s+|what\s+it\s+called\s+)?(?:[\w'’-]+\s+){0,2}?[\"“]?"
    r"(?:accusations?|allegations?|insinuations?|charges?)\b",
    re.I,
)


@dataclass
class StanceMemory:
    """What the stance rules remember across the sentences of one article."""

    texts: list[str] = field(default_factory=list)  # the sentences seen, in order
    starts: list[int] = field(default_factory=list)  # where each of them starts
    groupings: dict[str, int] = field(default_factory=dict)  # grouping -> last sentence
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # grouping -> states listed
    # the grouping whose joint text its members issued, the members, and the last sentence
    # that spoke for it ("The four also condemned ..." goes on speaking for the Quad)
    issued: tuple[str, frozenset[str], int] | None = None
    institutions: dict[str, tuple[str, int]] = field(default_factory=dict)  # "military" -> state
    proposal: str | None = None  # the last proposal a stance was taken on ("topic:...")
    proposal_at: int = -9  # the sentence that told it
    adopter: tuple[str, int] | None = None  # the body that adopted the last resolution, and when
    aid: tuple[str, int] | None = None  # the last recipient of aid, and its sentence
    people: dict[int, tuple[str, ...]] = field(default_factory=dict)  # sentence -> their states
    opener: dict[int, str] = field(default_factory=dict)  # sentence -> the person opening it
    # sentence -> the states it names (as actors or places), with their offsets
    states: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    # sanctions on a counted group of firms ("two Chinese companies") whose names may follow:
    # [fact, sentence, count, names seen since]
    counted: list[list[object]] = field(default_factory=list)
    pledges: list[tuple[str, str, int]] = field(default_factory=list)  # (actor, target, sentence)
    summaries: list[tuple[str, str, int]] = field(default_factory=list)  # (actor, label, sentence)
    # a quotation set out after "Defence Secretary Gavin Williamson said:": its speaker and
    # the last sentence it has run to; and the speaker of the sentence being read, if quoted so
    said_colon: tuple[tuple[str, ...], int, bool] | None = None
    colon_speaker: tuple[str, ...] = ()
    # fighters' noun -> the armed group last named with it ("Huthi rebels"), and its sentence
    fighters: dict[str, tuple[str, int]] = field(default_factory=dict)
    # who issued the last statement told ("In a joint statement, the three governments said"),
    # and its sentence: what "The statement urged ..." goes on to say is theirs
    statement: tuple[tuple[str, ...], int, str | None] | None = None
    # the named text a body last adopted by a vote, and its sentence ("adopted the Arms Trade
    # Treaty by 154 votes to 3"): what a bare "voted against" right after it is against
    adopted: tuple[str, int] | None = None


# The main predicate right after an aside that ends with a body's name (", urged", ", on
# Thursday called on")
_PREDICATE_NEXT = re.compile(r"(?:\s*\([^)]*\))?,\s+(?:also\s+|on\s+[A-Z]\w+\s+)?[a-z]+\b")
# A clause of another subject further on (", and Russia urged", "and the Kremlin said")
_NEW_SUBJECT = re.compile(
    r"(?:,|\band)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+[a-z]+(?:ed|s)\b"
)
# The office in which a person speaks for a body (", speaking as chairman of the African Union,")
_SPEAKING_AS = re.compile(
    r",\s+(?:speaking|acting|writing)\s+(?:(?:as|in\s+(?:his|her)\s+capacity\s+as)\s+(?:the\s+)?"
    r"(?:current\s+|outgoing\s+)?chair(?:man|woman|person)?\s+of|on\s+behalf\s+of)\s+(?:the\s+)?"
)  # (not a rotating presidency: "speaking as president of the Security Council" is his state)
# A body's steps its name modifies as a topic ("NATO membership for Ukraine")
_MEMBERSHIP_STEPS = frozenset({"membership", "accession", "enlargement", "expansion"})
# A verb right after a stance noun's object: the noun opens a clause of its own ("its support
# for Ukraine remains ironclad")
_NEW_CLAUSE_VERB = re.compile(
    r"[^,;.]{0,40}?\b(?:will|would|remains?|is|are|was|continues?|has|have|must|cannot)\b"
)
# An end of acts a stance demands, owned by a pronoun ("demanded their immediate cessation")
_STOP_OF = re.compile(
    r"(?:their|its)\s+(?:(?:immediate|complete|full|unconditional|swift|prompt)\s+)*"
    r"(?:cessation|end|halt|stop)",
    re.I,
)
# A demand or plan to act on a state, between a trigger and the state ("rejected calls to bar
# Ukraine", "backed plans to admit Sweden"): what is opposed or backed is the demand
_CALLS_TO = re.compile(
    r"\s+(?:the\s+|any\s+|all\s+|new\s+)?(?:calls?|demands?|requests?|appeals?)\s+(?:to|for)\s+"
    r"(?:[a-z]+\s+)?(?:the\s+)?$"
)
# Forces named before "their": "their" may be theirs, not the condemned doer's
_FORCES_NAMED = re.compile(r"\b(?:troops|rebels|advisers|forces|fighters|militias?|soldiers)\b")
# The fighters' noun of an armed group, in or right after its name ("Huthi rebels")
_FIGHTERS = r"(rebels|militants|insurgents|separatists|militias|jihadists)"
_FIGHTERS_IN_NAME = re.compile(rf"\b{_FIGHTERS}$")  # "Huthi rebels" (one name)
_FIGHTERS_AFTER = re.compile(rf"\s+{_FIGHTERS}\b")  # "M23 rebels" (the noun after the name)
_THE_FIGHTERS = re.compile(rf"the\s+{_FIGHTERS}")  # "the rebels"
# The acts of an armed group named before, by a noun for it ("the group's raids", "the
# militants' attacks")
_GROUP_ACTS = re.compile(
    r"the\s+(group|militants|militia|insurgents|rebels|jihadists|extremists)['’]s?\s+"
    r"(?:[a-z-]+\s+)?(?:raids?|attacks?|abductions?|kidnappings?|killings?|bombings?|assaults?"
    r"|offensive|strikes?|massacres?|atrocities|violence|crimes|seizure)\b"
)
# The verbs of an act done by whom "by" names ("the attacks carried out by", "the campaign waged
# by"): a condemned act's doers
_ACT_DONE = r"committed|perpetrated|carried\s+out|claimed|waged|launched|mounted|staged|unleashed"
_DONE_BY = re.compile(rf"\b(?:{_ACT_DONE})\s+by\s+(?:the\s+)?")
# The same with a time or place between the verb and "by" ("launched this year by")
_DONE_LATER_BY = re.compile(rf"\b(?:{_ACT_DONE}|fired)\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?$")
# An act named by its noun, its object, then "by" ("the kidnapping of aid workers by")
_ACT_OF_BY = re.compile(
    r"\b(?:kidnappings?|shelling|killings?|abductions?|bombings?|massacres?|attacks?|strikes?"
    r"|raids?|assaults?)\s+(?:of|on|against)\s+((?:[\w-]+\s+){1,3})by\s+(?:the\s+)?$"
)
_PARTICIPLE = re.compile(r"\b(?:[a-z]+ed|run|held|dug|built|owned|used|kept|hit)\s")
# A sentence that opens by speaking for a body ("Writing on behalf of the Nordic Defence
# Cooperation (NORDEFCO), the ministers condemned")
_ON_BEHALF_OPENS = re.compile(
    r"\W*(?:(?:Writing|Speaking|Acting)\s+)?on\s+behalf\s+of\s+(?:the\s+)?", re.I
)
# A person's pronoun as the subject of a relative clause right before the trigger ("in a speech
# in which he condemned", "a visit during which she urged"): the person named before speaks
_HE_AFTER_RELATIVE = re.compile(
    r"\b(?:in|during|at)\s+which\s+(?:he|she)\s+(?:[a-z]+ly\s+|also\s+|again\s+)?$"
)
# What someone said or wrote, by whom ("a video address by Ukrainian President Volodymyr Zelensky")
_SPOKEN_BY = re.compile(
    r"\b(?:speech|address|report|interview|statement|remarks|letter|article|op-ed)\s+by\s+"
)


class StanceRules(RuleBase):
    """Stance rules: who condemns, supports, opposes, urges, defends, sanctions or pledges what."""

    def _memory(self) -> StanceMemory:
        """This article's stance memory (made on first use: ``RuleBase`` owns ``__init__``)."""
        memory = self.__dict__.get("_stance_memory")
        if memory is None:
            memory = self.__dict__["_stance_memory"] = StanceMemory()
        return memory

    # ---- stances -------------------------------------------------------------------------

    def stances(self, s: Sentence) -> None:
        self._learn_institutions(s)
        memory = self._memory()
        self._colon_quote(s, memory)
        memory.texts.append(s.text)  # this sentence is texts[-1]
        memory.starts.append(s.start)
        memory.people[s.index] = tuple(
            dict.fromkeys(m.key for m in s.mentions if m.form == "person" and m.role == "actor")
        )
        opener = sentence_opener(s.text, s.start, s.mentions)
        if opener is not None:  # "Jens Stoltenberg, standing next to Boris Johnson, said"
            memory.opener[s.index] = opener.key
        memory.states[s.index] = tuple(
            (s.local(m.start), m.key)
            for m in s.mentions
            if m.kind == "nation" and m.form != "person" and m.role in ("actor", "place")
        )
        for m in s.mentions:  # "Huthi rebels": a later "the rebels" are the Houthis
            org = self.lex.orgs.get(m.key) if m.kind == "org" else None
            if org is None or org.kind != "armed-group":
                continue
            noun = _FIGHTERS_IN_NAME.search(m.text) or _FIGHTERS_AFTER.match(s.text, s.local(m.end))
            if noun:
                memory.fighters[noun.group(1).lower()] = (m.key, s.index)
        groupings = memory.groupings
        for m in s.actors():
            if (
                m.kind == "org"
                and self._grouping_key(m.key)
                and not _APART_FROM.search(s.text, 0, s.local(m.start))
                and _opening_quote(s.text, s.local(m.start)) is None
            ):  # (not "moving ahead of the European Union": the states acted apart from it;
                groupings[m.key] = s.index  # nor '"every inch of NATO," he said': a quote's)
                listed = _MEMBERS_LISTED.match(s.text, s.local(m.end)) or _GROUPING_OF.match(
                    s.text, s.local(m.end)
                )
                if listed:  # "the Bucharest Nine — Bulgaria, the Czech Republic, ...": its
                    memory.members[m.key] = frozenset(  # members, whose joint texts are its
                        x.key for x in s.actors(listed.start(), listed.end()) if x.kind == "nation"
                    )
        self._issued_joint_text(s)
        self._statement_told(s)
        self._council_vote(s)
        self._sponsors(s)
        self._drafted_by(s)
        self._all_the_way(s)
        self._mutual_clause(s)
        self._adopted_demand(s)
        self._blamed_for_tensions(s)
        self._record_acts(s)
        self._record_owned_acts(s)
        self._record_object_acts(s)
        self._aid(s)
        self._sent_recipient_first(s)
        self._drew_condemnation(s)
        self._labelled_hostile(s)
        self._labelled_welcome(s)
        self._treaty_covers(s)
        self._attack_would(s)
        self._commitment_of(s)
        self._committed_to_body(s)
        self._committed_to_sovereignty(s)
        self._possessive_veto(s)
        self._sanctions_imposed(s)
        self._sanctions_backed(s)
        self._put_on_list(s)
        self._relative_stance(s)
        self._money_given(s)
        if self._sanction_list(s):
            return
        triggers: list[tuple[int, int, str]] = []
        unquoted = re.sub(r"[\"“”]", " ", s.text)  # (offsets kept: 'stood "shoulder to
        for stype in _trigger_types():  # shoulder" with Peru' is the phrase)
            triggers += [
                (m.start(), m.end(), stype) for m in words("stances", stype).finditer(unquoted)
            ]
        triggers += [(m.start(), m.end(), stype) for m, stype in _split_triggers(s.text)]
        welcomed = [(m.start(), m.end(), "supports") for m in _welcomed().finditer(s.text)]
        triggers += welcomed
        triggers += [(m.start(), m.end(), "condemns") for m in _LODGED_PROTEST.finditer(s.text)]
        triggers += [
            (m.start(), m.end(), "supports")
            for m in _SUPPORT_PLEDGED.finditer(s.text)
            if _STANCE_SUPPORT.search(m.group())
        ]
        triggers += [(m.start(), m.end(), "supports") for m in _VOTED_FOR.finditer(s.text)]
        triggers += self._plain_support(s)
        triggers += self._asked_to(s)
        triggers += self._hit_with(s)
        triggers += self._severed(s)
        triggers += [  # (unquoted: 'would work "more closely than ever"')
            (m.start(), m.end(), "pledges-cooperation")
            for m in _closer().finditer(unquoted)
            if (
                not _nominal_pledge()[0].match(m.group())
                or _nominal_pledge()[1].search(s.text[: m.start()])
            )
            and not (
                re.match(r"(?:pledge|promise|vow)s?\b", m.group(), re.I)
                and _PLEDGE_NOUN.search(s.text, 0, m.start())
            )
        ]  # ("stressed Egypt's keenness to deepen ties", not "questioned its willingness to";
        # "broke its promise to deepen ties": a noun, no pledge)
        triggers.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        taken: list[tuple[int, int, str]] = []
        for t in triggers:
            if all(t[0] >= k[1] or t[1] <= k[0] for k in taken):
                taken.append(t)
        clause_subjects: dict[int, tuple[int | None, tuple[tuple[str, ...], str | None]]] = {}
        urged: dict[int, int] = {}  # clause start -> end of the first urges trigger
        for t0, t1, stype in taken:
            if stype == "condemns" and _SITUATION.match(s.text, t1):
                continue  # "voiced serious concern about the situation in the East and South
                # China Seas": a worry about a state of affairs, no one condemned (but "...,
                # including China's repeated obstruction of Philippine vessels" names one)
            voted = _VOTED_DOWN_TEXT.search(s.text, clause_of(s.text, t0)[0], t0)
            if voted and not self._text_owner(s, voted.start(), t0):
                continue  # "India voted against a resolution condemning Russia", "abstained on
                # UN votes denouncing": what the text says, not the voter (but "abstained on a
                # Security Council resolution condemning" is the council's)
            if re.match(r"denounc", s.text[t0:t1], re.I) and _CHARTER.match(s.text, t1):
                continue  # "denouncing the organization's charter": leaving it, a legal act
            if stype == "opposes" and _HOSTILITY_AGAINST.search(s.text, 0, t1):
                continue  # "called China an enabler of Russia's war against Ukraine": a deed's
                # object, no one's stance (nor the subject of a later "and voiced concern")
            if re.search(r"\bSpecially\s+$", s.text[:t0]):
                continue  # "as a Specially Designated Global Terrorist": a status's name
            if (
                stype == "supports"
                and re.fullmatch(r"(?:support|backing)(?:\s+(?:for|of))?", s.text[t0:t1], re.I)
                and self._condemned_support(s.text, t0)
            ):
                continue  # "Washington condemned Rwanda's military support for the M23": the
                # support is what is condemned, no stance of anyone's here
            if stype == "supports" and _SUPPORT_MOVED.search(s.text, 0, t0):
                continue  # "the invasion has driven support for membership to record levels":
                # others' support the subject moved, not its own
            lo, hi = clause_of(s.text, t0)
            scope = _new_subject_start(s.text, lo, t0)
            treaty = list(re.finditer(_TREATY_CLAUSE, s.text[scope:t0]))
            if stype == "commits-to-defend" and treaty:
                scope += treaty[-1].end()  # "..., under which it would defend Japan"
            if (
                stype in ("supports", "pledges-cooperation")
                and re.match(r"(?:would|will)\b(?!\s+continue)", s.text[t0:t1], re.I)
                and not re.search(_SAID, s.text[scope:t0], re.I)
                and not _said_after().search(s.text[t1:])
                and not _told_across_aside(s.text, scope)  # ("X stated that A and B, as
            ):  # partners, would ...": said, with an aside between the subject and its verb)
                continue  # "Japan would support Taiwan": a hypothesis unless someone said so
            told = list(_TOLD_THAT.finditer(s.text, scope, t0))
            since = told[-1].end() if told else scope  # "said the jets would help, and pledged
            # that Lithuania would deepen ...": the pledge's own clause holds its hedges
            # ("declined to back": the cue's "to" is the trigger's own)
            if _SAID_WOULD_THEN.search(s.text, scope, t0) and _SPEECH_PARTICIPLE.match(s.text, t0):
                since = t0  # "Paris said it would cut visas ..., accusing the three": the
                # accusing is the saying's, not under "would"
            h0 = t0 + 3 if s.text[t0 : t0 + 3].lower() == "to " else t0
            if (
                self._threatened(s, scope, t0, t1, stype)
                or PERMITTED.search(s.text, since, h0)
                or (
                    hedged(s.text, since, h0, t1)
                    and not _reported_commitment(s.text, scope, t0, t1, stype)
                    and not _defence_pledge(s.text, scope, t0, t1, stype)
                    and not _aid_announced(s.text, scope, t0, t1, stype)
                )
            ):
                continue
            if stype == "sanctions" and (
                _ASKED_FOR.search(s.text, lo, t0) or _FAILED_MEASURE.search(s.text, lo, t0)
            ):
                continue  # "Spain pushed hard for the sanctions on Venezuela": asked of others;
                # "Hungary blocked sanctions on Russia": acted on, imposed by no one here
            if re.search(_BLOCKED, s.text[lo:t0], re.I) and re.match(r"\w+ing\b", s.text[t0:t1]):
                continue  # "blocked a statement condemning X": no statement condemned X
            if stype == "supports" and re.search(_BLOCKED_AID, s.text[lo:t0], re.I):
                continue  # "Hungary blocked a €50 billion EU aid package": no aid was given
            if re.match(r"Mutual\s+Defen[cs]e$", s.text[t0:t1]) and re.match(
                r"\s+(?!(?:Treaty|Agreement|Pact|Accord|Alliance)\b)[A-Z]", s.text[t1:]
            ):
                continue  # "the Mutual Defense Cooperation Agreement", "Mutual Defense Board": a
                # name the words qualify, no pledge (a "Mutual Defense Treaty" is one)
            if re.match(r"Mutual\s+Defen[cs]e$", s.text[t0:t1]) and any(
                c.start() <= t0 < c.end("what") and self._treaty_pledge(s, c) is not None
                for c in _TREATY_COVERS.finditer(s.text)
            ):
                continue  # "The State Department reaffirmed that the U.S.-Philippines Mutual
                # Defense Treaty extends to attacks on Philippine forces": the sayer's pledge
                # (stance.commits-to-defend.treaty), not one of each party
            if self._alleged(s, lo, t0):
                continue  # "accused X of backing Y", "analysts said X condemned": not X's stance
            if (
                stype == "sanctions"
                and re.match(r"(?:new\s+)?sanctions\b", s.text[t0:t1], re.I)
                and any(
                    k[2] in ("condemns", "opposes")
                    and lo <= k[0]
                    and k[1] <= t0
                    and not re.search(
                        r"\b(?:with|by|through|imposing|announced|and)\b", s.text[k[1] : t0]
                    )
                    for k in taken
                )
                and not re.search(r"\b(?:and|but)\s+(?:\w+\s+){0,2}$", s.text[lo:t0])
            ):
                continue  # "condemned what he called illegal U.S. sanctions against his
                # country": the sanctions condemned, which the speaker did not impose
            if s.text[t0:t1].lower() == "designated" and (
                re.match(r"\s+(?:as\s+)?(?:the\s+)?[A-Z]{1,4}-\d", s.text[t1:])
                or any(m.kind == "system" and 0 <= s.local(m.start) - t1 <= 5 for m in s.mentions)
            ):
                continue  # "28 aircraft, then designated KC-390": a name given, no listing
            if s.text[t0:t1].lower() == "designated" and any(
                m.kind == "nation"
                and s.local(m.start) - t1 in (1, 5)  # (right after it, or after " the")
                and _STATUS_AS.match(s.text, s.local(m.end))
                for m in s.mentions
            ):
                continue  # "designated India a Major Defense Partner": a status, no sanction
            if s.text[t0:t1].lower() == "opposing" and re.match(
                r"\s+(?:sides|camps|ends|blocs|teams)\b", s.text[t1:]
            ):
                continue  # "were on opposing sides during the Cold War": no stance
            if _reduced_relative(s.text, t0, t1):
                continue  # "three firms accused of aiding X": said of the firms, by no one here
            if _reason_for_sanctions(s.text, t0, stype, taken) or _noun_with_purpose(
                s.text, t0, t1
            ):
                continue  # "sanctioned firms, saying they had backed X"; "used its veto to shield"
            if stype == "condemns" and _DRAWN_REACTION.search(s.text, lo, t0):
                continue  # "prompting a strong protest from Santiago": who reacted is after
                # it (the drawn-condemnation rule), not the subject
            if re.match(r"Support|Assistance|Aid\b", s.text[t0:t1]) and re.search(
                r"\b(?:Host|Nation|Logistics?|Mutual|Technical|Security)\s+$", s.text[lo:t0]
            ):
                continue  # "concerning Host Nation Support for United States Forces": a title
            if s.text[t0:t1].lower() == "support for" and _service_before(s.text, t0):
                continue  # "agreed to cooperate on support for the A400M": a service
            if (
                re.fullmatch(r"(?:support|backing)\s+(?:for|of)", s.text[t0:t1], re.I)
                and re.search(r"['’]s\s+(?:[\w-]+\s+){0,2}$", s.text[:t0])
                and _MUST_END.match(s.text, t1)
            ):
                continue  # "said Iran's support for the Houthis must end": a demand on it
            if re.fullmatch(r"blam\w+", s.text[t0:t1], re.I) and re.match(r"\s+for\b", s.text[t1:]):
                continue  # "a group which the U.S. blamed for a rocket attack": what it is
                # blamed for is no target, and whom it blames is named before
            if (
                s.text[t0:t1].lower() in ("standing with", "standing alongside")
                and re.search(
                    r"\b(?:said|says|told\s+\w+|spoke|speaking|appeared|posed)\b[^.;]*,\s*$",
                    s.text[lo:t0],
                )
                and re.match(
                    r"\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}(?:ministers?|leaders?"
                    r"|counterparts?|officials?|delegates?|colleagues?|hosts?|guests?)\b",
                    s.text[t1:],
                )
            ):
                continue  # '"...," Lapid told reporters, standing with the other ministers':
                # where he stood as he spoke, no stance
            particle = words("stances", "cues", "particles").search(s.text[t1 : t1 + 12])
            if particle and not s.text[t1 : t1 + particle.start()].strip():
                continue  # "backed away from", "backed down": a phrasal verb, no stance
            if s.text[t0:t1].lower() == "veto" and re.search(
                r"(?:\b(?:the|a|its|their|his|her|this|that)|['’]s?)\s+$", s.text[:t0], re.I
            ):
                continue  # "said the veto was an affront", "Russia's veto": a noun, no stance
            if s.text[t0:t1].lower() in ("veto", "vetoes") and _ORDINAL_END.search(s.text, 0, t0):
                continue  # "It was Russia's seventh veto of a resolution on Syria": a count
            if re.fullmatch(r"critici[sz]ms?|condemnations?", s.text[t0:t1], re.I) and re.search(
                r"(?:\b(?:faces|faced|facing|drew|drawn|draws|drawing|attracted|under|amid)\s+"
                r"|\b(?:despite|in\s+spite\s+of)\s+(?!(?:its|their|his|her|our|my)\b))"
                r"(?:[a-z]+\s+){0,2}$",
                s.text[lo:t0],
            ):
                continue  # "Myanmar's military faces international criticism", "welcomed Putin
                # despite criticism from Washington": criticised, by others, not critical
            if (
                re.fullmatch(r"critici[sz]ms?|condemnations?", s.text[t0:t1], re.I)
                and re.match(r"\s+(?:from|by)\b", s.text[t1:])
                and _DISMISSED.search(s.text, lo, t0)
            ):
                continue  # "dismissing criticism from Washington": Washington's, not of it
                # (but "joined criticism from Western governments of China's drills")
            if stype == "urges" and re.match(r"\s+for\b", s.text[t1:]):
                continue  # "pressed for a larger presence": a wish, no one is urged
            if (
                re.search(r"\s(?:on|against)$", s.text[t0:t1])
                and re.match(_CALENDAR_WORD, s.text[t1:])
                and not _DAY_THEN_PREP.match(s.text, t1)  # ("sanctions on Monday against X")
            ):
                continue  # "slapped Iran with sanctions on Friday": "on" tells when, not whom
            rel = _RELATIVE_BEFORE.search(s.text, lo, t0)
            if (
                rel
                and stype != "urges"
                and rel.group(1).lower() not in _speakers()
                and not any(s.local(m.end) == rel.end(1) for m in s.actors(lo, t0))
            ):
                continue  # "the 2016 ruling that rejected China's claims": the ruling's act
            if re.search(r"(?:not|n't)\s+(?:support|back)$", s.text[t0:t1]) and (
                re.match(r"\s+(?:either|any|one)\s+(?:side|party|parties)\b", s.text[t1:])
                or re.match(r"\s+(?:[\w-]+\s+){1,3}against\b", s.text[t1:])
            ):
                continue  # "did not support either side": neutral, no opposition; "does not
                # support military action against Iran": no opposition to Iran
            if (
                stype == "supports"
                and re.match(
                    r"(?:(?:military|security)\s+)?(?:support|aid|assistance|backing)\b",
                    s.text[t0:t1],
                    re.I,
                )
                and _SUPPORT_ENDED.search(s.text, lo, t0)
            ):
                continue  # "announced an end to U.S. support for offensive operations"
            if stype in ("opposes", "condemns") and _DENIED.match(s.text, t1):
                continue  # "dismissed suggestions that France was funding it": a denial
            if re.fullmatch(r"call\w*\s+on", s.text[t0:t1], re.I) and not re.search(
                r"(?<!according\s)(?<!due\s)(?<!prior\s)(?<!next\s)(?<!owing\s)(?<!addition\s)"
                r"\bto\s+[\"“]?(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)[a-z]+\b"
                r"|\bnot\s+to\b",
                s.text[t1:hi],
            ):
                continue  # "called on President X": a courtesy call, no one is urged ("...,
                # according to an official statement", "conveyed greetings to the people", "in
                # addition to meeting" ask nothing of X)
            stative = (
                bool(words("stances", "cues", "stative").search(s.text[t0:t1]))
                or bool(re.match(r"committed\b", s.text[t0:t1], re.I))
                or (s.text[t0:t1].lower() == "opposed" and re.match(r"\s+to\b", s.text[t1:]))
            )  # "is committed to working with", "was opposed to": an adjective, no passive
            # "is backing", "were pledging to deepen": active
            progressive = bool(re.match(r"[\w-]+ing\b", s.text[t0:t1])) or s.text[
                t0:t1
            ].lower().endswith("ing")
            if PASSIVE.search(s.text[lo:t0]) and not stative and not progressive:
                self._passive(s, lo, t0, t1, stype)  # "The launch was condemned by Japan"
                continue
            if re.fullmatch(r"\w+(?:ion|ment)s?", s.text[t0:t1]) and not re.match(
                r"\s+(?:to|of|for|against|over|at)\b", s.text[t1:]
            ):
                continue  # "opposition leader": a noun, not a stance ("opposition to X" is one)
            if stype == "urges" and re.match(
                r"\s+(?:on(?!\s+(?:\w+day|[A-Z][a-z]+\.?\s+\d))|ahead|forward)\b", s.text[t1:]
            ):
                continue  # "pressed on with the drills": carried on; "demanded on Monday" urges
            if (re.match(r"\s+by\b", s.text[t1:]) and not stative) or (
                stype == "sanctions" and re.match(r"\s+(?:as|an?)\s", s.text[t1:])
            ):
                self._participle_by(s, t0, t1, stype)  # "X, one of the militias blamed by
                continue  # Washington for ...": Washington's; "backed by the West": none here
            if lo in urged and not re.search(
                r"\band\s+(?:(?:\w+\s+){0,1}\w+ed\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:\w+\s+)?)?$",
                s.text[urged[lo] : t0],
            ):
                continue  # inside what the target is urged to do: "urged Iran to halt its aid"
            if stype == "urges":
                urged.setdefault(lo, t1)
            if (
                stype == "pledges-cooperation"
                and re.search(r"(?:widen|intensify)$", s.text[t0:t1])
                and not _COOPERATION_SOON.match(s.text, t1)
            ):
                continue  # "vowed to intensify fighting", "to widen the war": no cooperation
            # a coordinated clause with a subject of its own (", and the two leaders
            # pledged") does not share the subject of the clause before it
            own = (
                scope
                if scope > lo and re.match(rf"\s*(?:{_SUBJECT_OPENER})", s.text[scope:t0])
                else lo
            )
            reports = [
                r.start() for r in _NEXT_REPORT.finditer(s.text, own, t0)
                if re.search(r"\b(?:said|says|stated|told)\b", s.text[own : r.start()])
            ]  # fmt: skip
            if reports:  # "Riyadh said it supports the operation, Netanyahu said Israel
                own = reports[-1] + 1  # supports the decision": the second report's own
            if stype == "supports" and _effect_subject(s.text, own, t0):
                continue  # "said the sale would support the security of Saudi Arabia": an effect
            if re.match(r"(?:would|will)\b", s.text[t0:t1], re.I) and _DEAL_WOULD.search(
                s.text, own, t0
            ):
                continue  # "signed a memorandum on security cooperation that officials said
                # would expand intelligence sharing": what the document would do
            quote = _opening_quote(s.text, t0)
            cached = clause_subjects.get(own)
            voters = self._voters(s, own, t0) if quote is None else None
            body = self._text_owner(s, own, t0) if voters is None else ()
            if voters is not None:  # "in a 13-2 vote in which Chile voted against": the voters,
                actors, group_date = voters, None  # not the council the clause began with
                cached = None
            elif body:  # "voted against the UN General Assembly resolution condemning Russia":
                actors, group_date = body, None  # the assembly's words (for this trigger only)
            else:
                # a trigger inside a quote found no speaker: one after the quote looks again
                if cached is None or (not cached[1][0] and cached[0] != quote):
                    found = self._stance_subject(s, own, t0, stype)
                    named = any(m.form != "anaphor" for m in s.actors(own, t0))
                    issuer = self._issuer(s, own, t0, found[0]) or self._issuing(
                        s, found[0], subset=not named
                    )
                    clause_subjects[own] = (quote, ((issuer,), found[1]) if issuer else found)
                actors, group_date = clause_subjects[own][1]
            speakers = [m for m in s.actors(own, t0) if m.actor in actors]
            if speakers and re.search(
                r"\b(?:former|ex-)\s*(?:[\w.'’-]+\s+){0,3}$",
                s.text[own : s.local(speakers[0].start)],
                re.I,
            ):
                continue  # "Former President Donald Trump had demanded ...": no longer his state's
            shared = self._shared_subject(s, own, t0) if quote is None and cached else None
            if shared and shared != actors and self._speaking_for(s, t0) is None:
                actors = shared  # "A discussed B's war against C, and condemned D": A's (but
                # not one speaking for a body: "X, speaking as chairman of the AU, ... and urged")
            antecedent = _RELATIVE_BEFORE.search(s.text, own, t0)
            named = [
                m for m in s.actors(own, t0)
                if antecedent and s.local(m.end) == antecedent.end(1)
            ]  # fmt: skip
            if (
                named
                and "," in s.text[s.local(named[-1].end) : t0]
                and not re.search(
                    r"\b(?:on|of|in|for|about|against|to|with|from|over|at|by)\s+(?:the\s+)?$",
                    s.text[: s.local(named[-1].start)],
                )
            ):  # (not "a resolution on Ukraine, which condemned ...": the resolution's)
                actors = (named[-1].actor,)  # "Russia condemned Britain, which pledged support
                # to Kyiv": Britain pledged it
                run = next((r for r in runs(s, s.actors(own, t0)) if r[-1] is named[-1]), [])
                if len(run) > 1 and not re.search(
                    r"\b(?:on|of|in|for|about|against|to|from|over|at)\s+(?:the\s+)?$",
                    s.text[: s.local(run[0].start)],
                ):
                    actors = unique_actors(run)  # "Russia and China, which reject the move": both
            if _SEEMED.search(s.text, lo, t0):
                continue  # "a video in which he appeared to express support for the attack"
            if _WON_BACKING.search(s.text, lo, t0) and re.match(r"\s+of\b", s.text[t1:]):
                continue  # "concessions that won the backing of China and Russia": they back
                # the text's proposal, which the subject does not stand for
            holder = self._noun_holder(s, lo, t0, t1)
            if holder:
                actors = (holder,)  # "condemned Chile's backing of the rebels": Chile backs them
            decided = _DECISION_TO.search(s.text, own, t0)
            if decided:  # "protested a US decision to impose sanctions": the US imposed them
                owner = [
                    m.actor
                    for m in s.actors(own, decided.start())
                    if re.fullmatch(
                        r"(?:['’]s)?\s+(?:[a-z-]+\s+)?", s.text[s.local(m.end) : decided.start()]
                    )
                ]
                governing = s.text[own : decided.start()]
                if owner:
                    actors = (owner[-1],)
                elif _trigger_rx().search(governing) or _REACTION.search(governing):
                    continue  # "welcomed a decision to impose sanctions": whose, it does not
                    # say (but "Washington announced a decision to ..." is Washington's)
            judged = _JUDGED_TEXT_THAT.search(s.text, own, t0) if stype == "sanctions" else None
            if judged:  # (see _JUDGED_TEXT_THAT)
                signers = [m.actor for m in s.actors(judged.start("who"), judged.end("who"))]
                if not judged.group("who") or not signers:
                    continue
                actors = (signers[0],)
            said = _AND_SAID.search(s.text, own, t0)
            if (
                said
                and not s.actors(said.end(), t0)
                and not group_refs(s.text[said.end() : t0])
                and not _opening_quote(s.text, t0)
            ):
                # "X urged Turkey to end ... and said Europe must show solidarity": X's word
                first = runs(s, s.actors(0, said.start()))
                if first and not self._possessed_object(s, first[0][0]):
                    actors = unique_actors(first[0])
            adopter = self._memory().adopter
            if (
                not actors
                and adopter is not None
                and s.index - adopter[1] <= 3
                and _RESOLUTION_SUBJECT.fullmatch(s.text, own, t0)
            ):  # "The European Parliament adopted a resolution ... The resolution condemns
                actors = (adopter[0],)  # Russia's attacks": the body that adopted it
                clause_subjects[own] = (quote, (actors, group_date))  # (", and calls on")
            adopted = _ADOPTED_SANCTIONS.search(s.text, lo, t0) if stype == "sanctions" else None
            if adopted:  # "Switzerland adopted the European Union's sanctions against Russia":
                adopters = self.subject(s, lo, adopted.start())[0]  # Switzerland's too
                actors = tuple(dict.fromkeys((*actors, *adopters)))
            if not actors:
                continue
            welcome = (t0, t1, stype) in welcomed
            if welcome and (len(actors) > 1 or group_refs(s.text[own:t0])):
                continue  # "the two leaders welcomed the agreement": a joint statement's words
            then = re.search(r",\s+and\s+that\b", s.text[t1:hi])  # "..., and that the two
            end = t1 + then.start() if then else hi  # countries would ...": another clause
            among = (
                _AMONG_THEMSELVES.search(s.text, t1, end)
                if stype == "pledges-cooperation"
                else None
            )
            if among:  # "to deepen cooperation between their countries, including through
                end = among.end("own")  # trilateral efforts with the United States": theirs
            along = re.search(r",?\s+(?:alongside|along\s+with|together\s+with)\s+", s.text[t1:end])
            if along and not re.search(r"\bof\s+\w+ing\b", s.text[t1 : t1 + along.start()]):
                # "voted against it, alongside Russia and Belarus": they did too (but "accused
                # the army of fighting alongside the FDLR": what the army is accused of)
                run = self._objects(s, t1 + along.end(), window=1)
                if stype == "sanctions":  # ("designated six cartels, along with A and B": more
                    run = [  # targets; "on Iran, along with Britain and Canada": more actors)
                        m for m in run
                        if m.kind == "nation" or self._grouping_key(m.actor)
                    ]  # fmt: skip
                if run and not _NAME_MODIFIES.match(s.text, s.local(run[-1].end)):
                    actors = tuple(dict.fromkeys((*actors, *unique_actors(run))))
                # (not "warships alongside U.S. carriers": whose carriers, no one who spoke)
            self.st.stance_actor[stype] = (actors, s.index)
            self.st.stance_actor["*"] = (actors, s.index)
            if stype == "sanctions" and _LIFTED_LIST.search(s.text[lo:t0]):
                continue  # "lifted the arms embargo, travel bans and asset freezes on Eritrea"
                # (who acted is still the one a later "it" names)
            if stype == "sanctions" and _KEPT_EMBARGO.search(s.text, lo, t0):
                continue  # "a naval mission enforcing the UN arms embargo on Libya", "Turkey
                # violated the embargo on Libya": an embargo in force, imposed by no one here
            legal = _LEGAL_DENUNCIATION.search(s.text, max(0, t0 - 12), t1 + 60)
            if stype == "condemns" and legal and legal.start("verb") == t0:
                continue  # "Putin signed the law denouncing the treaty": a withdrawal from it
            if _DISCUSSED_TOPIC.search(s.text, lo, t0):
                continue  # "hosted leaders to discuss security guarantees for Ukraine": a topic
                # (its subject is still the clause's, for a trigger after it)
            if welcome:
                obj = _WELCOMED_OBJECT.match(s.text, t1, end)
                if obj is None:
                    continue
                phrase = obj.group(1)
                told = self._antecedent(phrase) or self._proposal_ref(phrase)
                if told is None and _BARE_AGREEMENT.fullmatch(phrase):
                    # "welcomed the agreement": the one the article reported
                    last = self.st.last_agreement
                    if (
                        last is not None
                        and set(actors) & set(last.parties)
                        and all(a in self.lex.nations for a in actors)
                    ):  # "Modi and his Japanese counterpart Abe welcomed the pact": its own
                        continue  # parties, no stance (but the UN that brokered a truce backs it)
                    told = next(iter(self._agreement_topic(phrase) or []), None)
                if told is None:
                    told = self._noun_told_before(phrase)
                if (
                    told is None
                    and re.fullmatch(r"(?:the|this|that|\w+day['’]s)\s+\S+", phrase)
                    and not self._act_just_told(phrase)
                ):  # "welcomed the move": which one, a bare noun does not tell (but "welcomed
                    continue  # the listing" after the listing was told: that one)
                cut = _noun_phrase(phrase)  # "the Peru-Colombia peace agreement" keeps its head
                named = cut if _welcomed_head().search(cut) else phrase
                targets = [
                    told if told and told.startswith("topic:") else "topic:" + (told or named)
                ]
            else:
                if stype == "condemns" and _DISMISSED_BEFORE.search(s.text, 0, t0):
                    continue  # "She dismissed Russian criticism of the plan": the criticism
                    # dismissed is the object, its own target untold
                targets = self._stance_targets(s, stype, t0, t1, end, actors)
                if _VOTED_FOR.match(s.text, t0):  # a vote is for a text: not for the states
                    targets = [t for t in targets if t.startswith("topic:")]  # drafting it
                if stype == "sanctions":
                    targets += [
                        t for t in self._firms_listed_on(s, t1, end, targets) if t not in targets
                    ]
                act = _ACT_OF_LATER.match(s.text, t1, end) if stype in _GERUND_TYPES else None
                if act and (
                    targets == [f"topic:{s.text[t1 : act.end('act')].strip()}"]
                    or _PUT_TO_VOTE.search("topic:" + act.group("what"))
                ):  # "supports the adoption on Thursday by the Council of Resolution 2719": the
                    # adoption of that resolution, not a bare "the adoption" nor the Council (but
                    # "condemned the launch by North Korea of a missile" is North Korea's)
                    targets = [f"topic:{act.group('act')} of {act.group('what')}"]
            if stype == "sanctions":
                cut = _SANCTION_REASON.search(s.text, t1, end)  # (the objects, not the reason)
                targets = self._sanctioned_people(s, t1, cut.start() if cut else end, targets)
                targets = self._named_body(s, t1, cut.start() if cut else end, targets, actors)
                if (  # (a sanctions trigger that names no one they are on: "its own sanctions")
                    not [t for t in targets if _clean_topic(t) is not None]
                    and s.text[t0:t1].lower().endswith("sanctions")
                    and _IMPOSING_BEFORE.search(s.text, lo, t0)
                ):
                    targets = self._others_sanctioned(s, actors)
            targets = [self._epithet_target(s, t1, x, actors) for x in targets]
            if stype in ("condemns", "opposes") and targets and not targets[0].startswith("topic:"):
                targets += self._second_owner(s, t1, hi, (*actors, *targets))
            if [x.lower() for x in targets] in (["topic:the other"], ["topic:each other"]):
                here = tuple(  # "... Thai jets struck Cambodian positions and each side
                    dict.fromkeys(  # accused the other": the two states of the sentence
                        m.key for m in s.mentions if m.kind == "nation" and s.local(m.start) < t0
                    )
                )
                group = self._group_for(s, t0, 2, True)
                pair = here if len(here) == 2 else (group.actors if group else ())
                if len(pair) == 2:
                    for actor in pair:
                        others = [a for a in pair if a != actor]
                        ev = self.evidence(s, f"stance.{stype}", 0.7)
                        self._add((actor,), others, stype, self.date_near(s, lo, hi, t0), ev)
                    self.d.remember(Group(tuple(pair), s.first_date()))  # "the two neighbours"
                    continue
            self._add(
                actors,
                targets,
                stype,
                self.date_near(s, lo, hi, t0) or self._that_meeting_date(s) or group_date,
                self.evidence(s, f"stance.{stype}", 0.75),
            )
        self._designated_terrorist(s)

    def shared_stances(self, s: Sentence) -> None:
        """Others who took the same stance, told after it ("The Gulf Cooperation Council
        condemned the attacks, as did Britain and the United Arab Emirates"): each of them too.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Canada condemned the attack on the embassy, as did Japan and Australia."
            >>> sorted(f.parties[0] for f in extract_text(t).facts if f.type == "condemns")
            ['AUS', 'CAN', 'JPN']
        """
        m = _AS_DID.search(s.text)
        if m is None:
            return
        others = unique_actors(
            [x for x in s.actors(m.start("who"), m.end("who")) if x.role == "actor"]
        )
        first = next(iter(s.actors(0, m.start())), None)
        told = [  # the stances of the sentence's subject (not "the sanctions that the United
            f  # States imposed on Huawei, as did the EU": the relative clause's)
            for f in self.st.facts
            if f.kind == "stance"
            and f.evidence
            and f.evidence[0].start == s.start
            and first is not None
            and f.parties == (first.actor,)
        ]
        before = {(f.parties, f.type, f.target) for f in self.st.facts if f.kind == "stance"}
        for f in told:
            for other in others:
                if other in f.parties or other == f.target:
                    continue
                if ((other,), f.type, f.target) in before:
                    continue
                before.add(((other,), f.type, f.target))
                self.st.facts.append(
                    replace(
                        f,
                        label=f"{other} {f.type} {(f.target or '').removeprefix('topic:')}",
                        parties=(other,),
                    )
                )

    def sanctioned_after_aside(self, s: Sentence) -> None:
        """More sanctioned names after an aside on the first ("imposed sanctions on Dalian
        Global Unity Shipping Co., which it said moved cargo for North Korea, and on Sun Wei and
        Li Hong Ri"): those names too, by whoever imposed the sanctions.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Canada imposed sanctions on Acme Shipping Co., which it said moved oil for "
            ...      "Syria, and on Jan Novak and Ivo Horak, two brokers.")
            >>> [f.target for f in extract_text(t).facts]
            ['Acme Shipping', 'topic:Jan Novak', 'topic:Ivo Horak']
        """
        m = _ASIDE_THEN_ON.search(s.text)
        if m is None:
            return
        told = [
            f
            for f in self.st.facts
            if f.kind == "stance"
            and f.type == "sanctions"
            and f.evidence
            and f.evidence[0].start == s.start
        ]
        if not told:
            return
        rest = m.group("rest")
        if re.match(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b|\d", rest):
            return  # ", and on Monday Japan imposed ...": a day, no more names
        verb = re.search(r"\s(?:[a-z]+ed|is|are|was|were|has|have|had|will|would)\b", rest)
        rest = rest[: verb.start()] if verb else rest
        hi = m.start("rest") + len(rest)
        named = [
            x.key
            for x in s.actors(m.start("rest"), hi)
            if x.role == "actor" and not re.match(r"['’]", s.text[s.local(x.end) :])
        ]  # (not "on Russia's Rosneft": Rosneft)
        names = named or [f"topic:{n}" for n in _proper_names(rest)]
        for actor in dict.fromkeys(a for f in told for a in f.parties):
            for target in names:
                if target != actor and not any(
                    f.parties == (actor,) and f.target == target for f in told
                ):
                    self._add((actor,), [target], "sanctions", told[0].date, told[0].evidence[0])

    def _second_owner(self, s: Sentence, t1: int, hi: int, known: tuple[str, ...]) -> list[str]:
        """A second state whose act is coordinated in the object ("condemned North Korea's arms
        transfers to Russia and Moscow's military support for Pyongyang"): Russia too.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru condemned Chile's arms sales to Bolivia and Brazil's support for Chile."
            >>> [f.target for f in extract_text(t).facts if f.parties == ("PER",)]
            ['CHL', 'BRA']
        """
        out = []
        for m in s.mentions:
            if m.kind != "nation" or not t1 < s.local(m.start) < hi or m.key in (*known, *out):
                continue
            before = s.text[t1 : s.local(m.start)]
            if (
                re.search(r"\band\s+(?:the\s+)?$", before)
                and re.match(r"['’]s?\s", s.text[s.local(m.end) :])
                and not re.search(
                    r";|\b(?:that|which|who|saying|citing|and\s+(?:said|urged))\b", before
                )  # (nor "accused the alliance of ..., citing Finland's accession and Sweden's
                # application": what it cited)
                and not _OFFICIAL_ACTS.match(s.text, s.local(m.end))
            ):  # (not "criticized Moscow's decision, and South Korea's Ambassador Joonkook
                out.append(m.key)  # Hwang accused Russia": a clause of its own)
        return out

    def _participle_by(self, s: Sentence, t0: int, t1: int, stype: str) -> None:
        """A past participle with its agent after a noun in an appositive ("Kataib Hezbollah,
        one of the militias blamed by Washington for attacks, ..."): the agent takes the
        stance toward the name the appositive describes.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "M23, one of the groups condemned by Peru for the attacks, withdrew."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('PER',), 'condemns', 'M23')]
        """
        if stype not in ("condemns", "opposes") or not s.text[t0:t1].endswith("ed"):
            return
        head = re.match(
            r"\s*(?:the\s+)?(?P<name>[^,;]{2,60}?),\s+(?:one\s+of\s+)?(?:the\s+|an?\s+)?"
            r"(?:[\w'’-]+\s+){0,3}[a-z]+s?\s+$",
            s.text[:t0],
        )
        if head is None:
            return
        named = [
            m for m in s.actors(head.start("name"), head.end("name"))
            if s.local(m.end) == head.end("name")
        ]  # fmt: skip
        by = re.match(r"\s+by\s+(?:the\s+)?", s.text[t1:])
        agents = unique_actors(self._objects(s, t1 + by.end(), window=1)) if by else ()
        if len(named) != 1 or not agents or named[0].actor in agents:
            return
        lo, hi = clause_of(s.text, t0)
        ev = self.evidence(s, f"stance.{stype}.participle", 0.65)
        self._add(agents, (named[0].actor,), stype, self.date_near(s, lo, hi, t0), ev)

    def _sole_epithet_state(
        self, s: Sentence, pos: int, phrase: str, exclude: Iterable[str]
    ) -> str | None:
        """The state an epithet ("the sultanate", "The Kingdom") names again, when it fits only
        one of the states named before: after "Jordan signed a pact with Norway", "the kingdom"
        could be either, and names neither."""
        phrase = _epithet_phrase(phrase)
        state = self.epithet_state(s, pos, phrase, exclude)
        if state is None:
            return None
        other = self.epithet_state(s, pos, phrase, (*exclude, state))
        here = {m.key for m in s.mentions if m.kind == "nation" and s.local(m.end) <= pos}
        if other is not None and not (state in here and other not in here):
            return None  # (one named in this sentence is the one meant: "our commitment to
        return state  # Morocco ... cooperation with the kingdom")

    def _epithet_target(self, s: Sentence, t1: int, target: str, actors: tuple[str, ...]) -> str:
        """A topic target that names a state again by what it is ("accused the Gulf state of
        funding terrorism", "accuses neighbouring Rwanda of backing M23") is that state; any
        other target is itself.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Kenya accuses neighbouring Somalia of harbouring militants."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('KEN',), 'SOM')]
        """
        phrase = target.removeprefix("topic:")
        if phrase == target:
            return target
        pos = s.text.find(phrase, t1)
        seat = _GOVERNMENT_IN.match(phrase)
        governed = [
            m.actor for m in s.mentions
            if seat and m.kind == "nation" and s.local(m.start) == pos + seat.end()
        ]  # fmt: skip
        if governed and governed[0] not in actors:  # "backs the internationally recognized
            return governed[0]  # government in Tripoli against Haftar's forces": Libya
        epithet = _STATE_EPITHET.match(phrase)
        if epithet:  # "neighbouring Rwanda": the state named right after, to the phrase's end
            named = next(
                (
                    m for m in s.mentions
                    if m.kind == "nation" and s.local(m.start) == pos + epithet.end()
                    and s.local(m.end) == pos + len(phrase)
                ),
                None,
            )  # fmt: skip
            if named is not None and named.actor not in actors:
                return named.actor
        kin = next(iter(self._demonym_owners(s, phrase, t1, actors, _KIN_HEADS)), None)
        if kin:  # "stands with our Philippine allies", "a protest with the Japanese embassy"
            return kin
        standing = _EPITHET_STANDING.fullmatch(phrase)
        if standing:  # "offered support for the kingdom's self-defence": the kingdom
            return (
                self.epithet_state(s, pos if pos >= 0 else t1, standing.group(1), actors) or target
            )
        return self.epithet_state(s, pos if pos >= 0 else t1, phrase, actors) or target

    def _add(
        self,
        actors: Iterable[str],
        targets: Iterable[str],
        stype: str,
        date: str | None,
        ev: Evidence,
    ) -> None:
        """One stance of type ``stype`` from each actor toward each other target."""
        targets = [  # 'condemned the "provocation"': a topic keeps no stray quote mark
            re.sub(r"[\"“”]", "", t)
            if t.startswith("topic:") and (t.count('"') + t.count("“") + t.count("”")) % 2
            else t
            for t in targets
        ]
        last = self.st.last_agreement
        for i, t in enumerate(targets):  # "opposition to the expansion" after a pact is told:
            grown = re.fullmatch(r"topic:the\s+(expansion|extension|renewal)", t)  # the pact's
            told = self._grown(grown.group(1)) if grown else None  # (or what was just extended)
            if told:
                targets[i] = told
            elif grown and last is not None:
                targets[i] = f"topic:{last.label} {grown.group(1)}"
        targets = [c for t in targets if (c := _clean_topic(t)) is not None]
        targets = [t for t in targets if not _unresolved_act(t)]  # "condemned the move": which
        for target in targets:  # move, nothing told (an antecedent found would have named it)
            if (
                target.startswith("topic:")
                and _proposal_rx().search(target)
                and not _generic_proposal(target.removeprefix("topic:"))
            ):
                self._memory().proposal = _without_relative(target)  # what "the plan", "the
                # text" name later
                self._memory().proposal_at = len(self._memory().texts) - 1
        if stype == "sanctions":
            self._name_counted(actors, targets)
            self._detail_summary(actors, targets)
        if stype == "pledges-cooperation":
            now = len(self._memory().texts) - 1
            self._memory().pledges += [(a, t, now) for a in actors for t in targets if t != a]
        if stype == "supports":  # "would support thousands of jobs": upkeep, no stance
            targets = [t for t in targets if not _UPKEEP_TARGET.search(t)]
        denied = _deniers(ev.text) if stype in _CHARGED_TYPES else frozenset()
        for actor in actors:
            if actor in denied:
                continue  # "say Iran has supplied Russia with drones, a charge Tehran denies" (a
                # charge of backing someone: the denier's own condemnation still stands)
            if stype != "pledges-cooperation" and self._companies((actor,)):
                continue  # "we are proud to continue supporting the Tejas programme," a GE
                # executive said: a supplier's support is its business (a company may still
                # pledge cooperation)
            for target in targets:
                if (
                    stype in ("supports", "opposes")
                    and _votes_on_resolutions(actor)
                    and (actor.startswith("UN ") or actor in target)
                    and _PUT_TO_VOTE.search(target)
                ):
                    continue  # "The council rejected a draft resolution": the outcome of a vote
                    # among its members, no stance of the council's own
                if target != actor:
                    self.st.facts.append(
                        Fact(
                            "stance",
                            f"{actor} {stype} {target.removeprefix('topic:')}",
                            type=stype,
                            parties=(actor,),
                            target=target,
                            date=date,
                            evidence=[ev],
                        )
                    )

    def _detail_summary(self, actors: Iterable[str], targets: list[str]) -> None:
        """Sanctions on a state's sector ("on Iran's drone industry") that the same actor
        details within five sentences ("designated 16 individuals and two entities") are
        that summary's detail: the summary adds no fact of its own.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru imposed sanctions on Chile's arms industry. It designated Acme Corp."
            >>> [f.target for f in extract_text(t).facts]
            ['Acme']
        """
        memory, now = self._memory(), len(self._memory().texts) - 1
        sectors = self.lex.alternation("stances", "targets", "sectors")
        for actor in actors:
            for target in targets:
                what = target.removeprefix("topic:")
                if re.fullmatch(
                    rf"(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*['’]s\s.*\b(?:{sectors})", what
                ):
                    memory.summaries.append((actor, f"{actor} sanctions {what}", now))
                    continue
                done = {
                    label for a, label, i in memory.summaries if a == actor and 0 < now - i <= 5
                }
                self.st.facts[:] = [
                    f for f in self.st.facts if not (f.kind == "stance" and f.label in done)
                ]

    def _name_counted(self, actors: Iterable[str], targets: list[str]) -> None:
        """Sanctions on named firms replace the counted group an earlier sentence gave ("two
        Chinese companies" ... "designated A Co. ... and B Co."), once that many are named.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru sanctioned two Chilean firms. It designated Acme Corp and Zeta Ltd."
            >>> [f.target for f in extract_text(t).facts]
            ['Acme', 'Zeta']
        """
        memory, now = self._memory(), len(self._memory().texts) - 1
        firms = self.lex.alternation("stances", "targets", "firms")
        for actor in actors:
            for target in targets:
                what = target.removeprefix("topic:")
                count = re.fullmatch(rf"(?:the\s+)?(\w+)\s+(?:[A-Z][\w-]*\s+)?(?:{firms})", what)
                if count and _NUMBERS.get(count.group(1).lower(), 0) > 1:
                    fact = f"{actor} sanctions {what}"
                    memory.counted.append([actor, fact, now, _NUMBERS[count.group(1).lower()], 0])
                elif target not in self.lex.nations and not _QUANTITY.match(what):
                    for entry in memory.counted:
                        if entry[0] == actor and 0 < now - int(entry[2]) <= 3:  # type: ignore[call-overload]
                            entry[4] = int(entry[4]) + 1  # type: ignore[call-overload]
                            if entry[4] == entry[3]:
                                self.st.facts[:] = [
                                    f for f in self.st.facts
                                    if not (f.kind == "stance" and f.label == entry[1])
                                ]  # fmt: skip

    def _record_acts(self, s: Sentence) -> None:
        """Remember which state fired, launched or attacked in this sentence ("North Korea
        fired a missile"), and what it did, for a later "condemned the launch"."""
        acts = _acts()
        lone = _LONE_VOTE_AGAINST.search(s.text)
        if lone and (  # (only the Security Council's permanent members veto, and a vetoed
            not re.search(r"\bCouncil\b", s.text)  # text fails: not "adopted ... by 14 to 1")
            or re.search(r"\bAssembly\b|\b(?:adopted|approved|passed)\b", s.text)
        ):
            lone = None
        if lone:  # "the Council voted 13 in favour to 1 against (Russian Federation)": a
            voter = [  # permanent member's lone vote against is its veto
                m.key for m in s.mentions
                if m.kind == "nation" and lone.start(1) <= s.local(m.start) < lone.end(1)
            ]  # fmt: skip
            if len(voter) == 1 and voter[0] in _PERMANENT_MEMBERS:
                self.st.acts.append((s.index, lone.start(), voter[0], _VETO_ACTS))
        for m in acts[0].finditer(s.text):
            by = re.match(r"\s+by\s+(?:the\s+)?", s.text[m.end() :])
            agent = [
                x for x in s.mentions
                if x.kind == "nation" and s.local(x.start) == m.end() + by.end()
            ] if by else []  # fmt: skip
            nouns = acts[1][m.group().lower()]
            before = s.text[max(0, m.start() - 40) : m.start()].lower().split()[-2:]
            if (
                agent
                and set(before) & nouns
                and not re.match(
                    r"\s*(?:,\s*|and\s+)(?:the\s+)?[A-Z]", s.text[s.local(agent[0].end) :]
                )
            ):  # "the nuclear test conducted by North Korea": that state, alone, did the act
                self.st.acts.append((s.index, m.start(), agent[0].key, nouns))
                continue
            if re.search(_PASSIVE_BEFORE, s.text[: m.start()]):
                continue  # "the event is being held", "Iran was struck": the subject did not act
            lo, _hi = clause_of(s.text, m.start())
            doers, _date = self.subject(s, lo, m.start())
            states = [  # a state, or an armed group ("The Houthis have targeted the UAE")
                a for a in doers
                if a in self.lex.nations
                or (a in self.lex.orgs and self.lex.orgs[a].kind == "armed-group")
            ]  # fmt: skip
            if not doers:  # "Iranian missiles struck a compound in Erbil": Iran's
                states = [
                    x.key for x in s.mentions
                    if x.kind == "nation" and x.form == "demonym" and lo <= s.local(x.start)
                    and _ARMS_AFTER.match(s.text[s.local(x.end) : m.start()])
                ]  # fmt: skip
            named = s.actors(lo, m.start())
            if named and re.search(
                r"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,;]*?\b(?:when|as|after"
                r"|because|while|before|until|since|where)\s+(?:an?|the)\s",
                s.text[s.local(named[-1].end) : m.start()],
            ):
                continue  # "Three U.S. soldiers were killed when a drone struck": the drone's
                # strike, not the victims' state's (but "Russia hit Kharkiv as a missile struck
                # an apartment block" is Russia's)
            speech = m.group().lower() in _speech_acts()
            if len(states) > 1 and not speech:  # "The U.S. and Britain struck Houthi targets":
                # several did it; a later "the strikes" is theirs, not an earlier one's (kg
                # names one doer, so it names none)
                self.st.acts.append((s.index, m.start(), _SEVERAL, acts[1][m.group().lower()]))
                continue
            if len(states) != 1 or (
                not speech
                and words("actors", "speaker_cues").search(
                    s.text[s.local(named[-1].end) : m.start()] if named else ""
                )
            ):
                continue  # "Japan's ministry said the missile flew": a speaker, no doer
            nouns = acts[1][m.group().lower()]
            if m.group().lower() == "said" and not _SAID_INTENT.match(s.text, m.end()):
                nouns = nouns - _ANNOUNCED  # "He said China had lodged a
                # protest": remarks, no move (but "said it would expel" announces one)
            self.st.acts.append((s.index, m.start(), states[0], nouns))

    def _objects(self, s: Sentence, pos: int, *, window: int = 4) -> list[Mention]:
        """The run of actors after ``pos`` (``objects``), also when a time word follows it.

        "imposed sanctions on Belarus last year": "last" opens an adverb of time, so Belarus
        is the object, not the modifier of a noun as in "U.N. member states"
        (stances.toml [stances.targets] after_target).

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("The EU imposed sanctions on Belarus last year.")
            >>> [(f.parties, f.target) for f in ex.facts]
            [(('European Union',), 'BLR')]
        """
        if _PROCESS_OF.match(s.text, pos):
            return []  # "support for the complete denuclearization of North Korea": the
            # process, a topic, not the state
        run = self.objects(s, pos, window=window)
        for i, m in enumerate(run[1:], start=1):
            if re.search(r"\band\s+(?:the\s+)?$", s.text[: s.local(m.start)]) and (
                _SUBJECT_OF_VERB.match(s.text, s.local(m.end))
            ):  # "Iran backs the Houthis and Saudi Arabia leads a coalition": a clause of its
                return run[:i]  # own
        if run:
            return run
        epithet = _BODY_EPITHET.match(s.text, pos)
        if epithet:  # "sanctions on NATO ally Turkey": Turkey
            run = self.objects(s, epithet.end(), window=1)
            if run:
                return run
        after = [m for m in s.actors(pos) if s.local(m.start) >= pos]
        if not after:
            return []
        follow = re.match(r"\s+([a-z]+)\b", s.text[s.local(after[0].end) :])
        clause = re.match(_NEXT_CLAUSE, s.text[s.local(after[0].end) :])
        if not clause and (not follow or follow.group(1) not in _after_target()):
            return []
        cut = s.local(after[0].end)
        masked = replace(s, text=s.text[:cut] + "." + " " * (len(s.text) - cut - 1))
        return [m for m in self.objects(masked, pos, window=window) if m is after[0]]

    def _demonym_owners(
        self,
        s: Sentence,
        phrase: str,
        t1: int,
        actors: tuple[str, ...],
        heads: frozenset[str] | None = None,
        stype: str | None = None,
    ) -> list[str]:
        """The state whose nationality adjective opens a definite target ("the Chilean moves"),
        or the body named there ("the EU decision"); each state of a list of them ("the U.S.,
        British and French strikes").

        Only for a head noun of what a state does or says (stances.toml [stances.targets]
        owned_heads, acts and speech), or one of ``heads``: "the Russian build-up" is Russia's,
        "the Russian-held islands" are no act of Russia.

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Peru rejected the Chilean warnings on Monday.")
            >>> [(f.parties, f.type, f.target) for f in ex.facts]
            [(('PER',), 'opposes', 'CHL')]
        """
        m = re.match(  # ("decried Tuesday's Israeli air strike": Israel's)
            r"(?:(?:the|these|this|its|their|our|his|her|recent|latest|a|an|close|closest"
            r"|longtime|treaty|key|trusted)\b|[A-Z][a-z]+day['’]s"
            r"|last\s+\w+['’]s|\s)*(?:(?-i:[a-z][\w-]*)(?<!ing)\s+(?=(?-i:[A-Z]))){0,1}",
            phrase,
            re.I,
        )  # (and one lower-case adjective: "the provocative Chinese activity")
        if not m:
            return []
        start = s.text.find(phrase, t1) + m.end()
        of = re.match(r"([\w-]+)\s+of\s+(?:the\s+)?", phrase[m.end() :])
        forces = None
        if of and of.group(1).lower() in _owned_heads() and heads is None:
            # "the presence of Russian troops": the state whose forces act
            start += of.end()
            forces = frozenset(w.lower() for w in self.lex.words("stances", "cues", "forces"))
        adj = next(
            (
                x for x in s.mentions
                if ((x.kind == "nation" and x.form == "demonym")
                    or (x.kind == "nation" and x.form == "name" and forces is None
                        and re.fullmatch(r"[A-Z.]{2,5}", x.text))  # "a US decision"
                    or (x.kind == "org" and x.role == "actor" and x.actor))  # "the EU decision"
                and s.local(x.start) == start
            ),
            None,
        )  # fmt: skip
        if adj is None or adj.actor in actors or adj.key in actors:
            return []
        if not m.group().strip() and adj.kind == "nation":
            return []  # ("criticized French arms sales to Egypt": the sales, a topic)
        last = adj
        owners = [adj.key if adj.kind == "nation" else adj.actor]
        while adj.kind == "nation" and (
            joined := re.match(r"(?:,\s+(?:and\s+)?|\s+and\s+)", s.text[s.local(last.end) :])
        ):  # "the U.S., British and French strikes": each state's
            at = s.local(last.end) + joined.end()
            more = next(
                (
                    x for x in s.mentions
                    if x.kind == "nation" and s.local(x.start) == at
                    and (x.form == "demonym" or re.fullmatch(r"[A-Z.]{2,5}", x.text))
                ),
                None,
            )  # fmt: skip
            if more is None:
                break
            last = more
            if more.key not in actors and more.key not in owners:
                owners.append(more.key)
        # ('the Saudi "aggression"': a quoted head is still the head)
        head = re.match(r"\s+[\"“]?((?:[\w-]+\s+)?[\w-]+)", s.text[s.local(last.end) :])
        nouns = forces or (_owned_heads() if heads is None else heads)
        if stype == "opposes" and heads is None:
            nouns = nouns - _MEASURES
        if not head or not ({w.lower() for w in head.group(1).split()} & nouns):
            return []  # (not "opposed the U.S. export restrictions": a policy, told as such)
        return owners

    def _owned_body(self, s: Sentence, m: Mention, agencies: bool = False) -> Mention | None:
        """The body a state's possessive names right after it ("Yemen's Houthi movement"),
        unless that body stands for the state itself ("Chile's defence ministry"); with
        ``agencies``, also a state's named agency ("Turkey's Presidency of Defense Industries").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Riyadh deplored the attack by Yemen's Houthi movement."
            >>> [f.target for f in extract_text(t).facts]
            ['Houthis']
        """
        if m.kind != "nation":
            return None
        at = s.local(m.end)
        owned = re.match(r"['’]s\s+(?:the\s+)?", s.text[at:])
        if owned is None:
            return None
        return next(
            (
                x for x in s.mentions
                if s.local(x.start) == at + owned.end() and x.kind == "org"
                and (
                    x.actor not in self.lex.nations
                    or (agencies and self.orgs[x.key].stands_for is None)
                )
            ),
            None,
        )  # fmt: skip

    def _record_owned_acts(self, s: Sentence) -> None:
        """Remember acts named as a state's ("U.S. arms sales to Taiwan", "Russia's
        build-up"), for a later "condemned the sales" (stances.toml owned_heads).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru protested Chilean arms sales to Bolivia. Ecuador condemned the sales."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('ECU',), 'CHL')]
        """
        nouns = _owned_heads()
        verbs_after = set(self.lex.words("stances", "cues", "verbs_after_name"))
        for m in s.mentions:
            over = re.search(r"\bover\s+$", s.text[: s.local(m.start)]) and re.match(
                r"['’]s\s", s.text[s.local(m.end) :]
            )  # ("met over North Korea's launch": whose act, not where)
            if m.kind != "nation" or (m.role == "place" and not over):
                continue
            after = re.match(  # ("the Myanmar junta's execution of four activists": its
                r"(?:\s+(?:junta|military|regime|government|army|navy|forces|authorities)(?=['’]))?"
                r"(?:['’]s?)?((?:\s+[a-z][\w-]*){1,3})",  # rulers' act; "the Iranian authorities'")
                s.text[s.local(m.end) :],
            )
            heads: set[str] = set()
            for word in after.group(1).split() if after else ():
                if word in nouns:
                    heads.add(word)  # "North Korea's missile launch": the missile, the launch
                    continue
                if heads or word in MODIFIER_STOP or word.endswith("ed") or word in verbs_after:
                    break  # "U.S. officials said the sales ...", "Peru began drills": a verb
            if heads:
                self.st.acts.append((s.index, s.local(m.start), m.key, frozenset(heads)))
            its = _AND_ITS_ACT.match(s.text, s.local(m.end)) if heads else None
            if its and not s.actors(s.local(m.end), its.start(1)):  # "North Korea's nuclear test
                more = set(its.group(1).split()) & nouns  # last month and its long-range rocket
                if more:  # launch": its launch too
                    self.st.acts.append((s.index, its.start(1), m.key, frozenset(more)))
        for e in _EPITHET_OWNER.finditer(s.text):  # "the North's nuclear test": the state the
            state = self.epithet_state(s, e.start(), e.group(1), ())  # epithet names
            if state is None:
                continue
            words_after = re.findall(r"[a-z][\w-]*", s.text[e.end() : e.end() + 40])[:3]
            heads = {w for w in words_after if w in nouns}
            its = _AND_ITS_ACT.match(s.text, e.end(1))
            if its and not s.actors(e.end(1), its.start(1)):
                heads |= set(its.group(1).split()) & nouns
            if heads:
                self.st.acts.append((s.index, e.start(), state, frozenset(heads)))

    def _record_object_acts(self, s: Sentence) -> None:
        """Remember what an act did to its object ("Finland joined NATO": NATO's enlargement),
        for a later "criticized the enlargement" (stances.toml object_acts)."""
        table = self.lex.patterns["stances"]["targets"].get("object_acts", {})
        verbs = _word_list(tuple(table))
        for m in verbs.finditer(s.text):
            run = self._objects(s, m.end(), window=1)
            if len(run) == 1:
                nouns = frozenset(w.lower() for w in table[m.group().lower()])
                self.st.acts.append((s.index, m.start(), run[0].actor, nouns))

    def _agreement_topic(self, phrase: str) -> list[str] | None:
        """The agreement the article reported that a definite target names ("the pact", "both
        memoranda"), by its name or by its parties and the kind the target says; [] for "the
        sale" after a pact that sold nothing; None when the target names no agreement.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Turkey and Libya signed a memorandum. Egypt rejected both memoranda."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['topic:TUR–LBY memoranda']
            >>> t = "China and Samoa signed an agreement. Australia criticized the Philippine pact."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['topic:the Philippine pact']
        """
        deal = _AGREEMENT_TARGET.match(phrase)
        last = self.st.last_agreement
        if deal is None:
            return None
        if last is None:  # no agreement reported: the one the text named last, if any
            if deal.end() < len(phrase.rstrip(" .,")):
                return None  # "the deal struck by the two militias": told in full
            name = self._named_agreement(phrase)
            return None if name is None else [f"topic:{name}"]
        noun = deal.group("noun").lower()
        if noun == "sale" and last.type != "arms-sale":
            return []  # "the sale" after a cooperation pact: some purchase, not the pact
        modifier = re.match(r"\S+\s+(?:(?:two|new)\s+)?([A-Z][\w-]*)\s", deal.group())
        found = find_mentions(deal.group(), 0)
        named = [m.key for m in found if m.kind == "nation" and m.form in ("name", "demonym")]
        if any(m.form == "metonym" for m in found):
            modifier = None  # "the Washington accord": where it was signed, no other party
        if modifier and not named and modifier.group(1) not in last.label:
            return None  # "the Minsk agreements" after another pact: a name of its own, as said
        if named and not set(named) & set(last.parties):  # "the Philippine pact" after one
            last = next(  # China signed with Samoa: the one with the Philippines, if any
                (
                    f
                    for f in reversed(self.facts)
                    if f.kind == "agreement" and set(named) & set(f.parties)
                ),
                None,
            )
            if last is None:
                return None
        generic = last.label == f"{'–'.join(last.parties)} {last.type} agreement"
        return ["topic:" + (f"{'–'.join(last.parties)} {noun}" if generic else last.label)]

    def _bloc_named_last(self, s: Sentence, phrase: str, actors: tuple[str, ...]) -> list[str]:
        """The grouping named in the last three sentences that "the bloc" (or "the alliance",
        "the bloc's members") stands for, unless it is the actor; [] when there is none.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Armenia left the Collective Security Treaty Organization, accusing the bloc "
            >>> t += "of inaction."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['Collective Security Treaty Organization']
        """
        bloc = re.fullmatch(
            r"the\s+(?:bloc|alliance|grouping|organi[sz]ation)(?:['’]s\s+(?:member\s+states|"
            r"members|leaders|states))?",
            phrase,
            re.I,
        )
        last = self._grouping_named_last(s, 3) if bloc else None
        return [last] if last and last not in actors else []

    def _named_agreement(self, phrase: str) -> str | None:
        """The agreement a definite "the pact" or "the treaty" stands for when the article
        reported none: the one it last named, in this sentence before the phrase or in the
        sentences before ("the Treaty on the Prohibition of Nuclear Weapons ... NATO allies
        have also rejected the pact"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The Riyadh Agreement took effect on Tuesday. "
            >>> t += "Qatar said it supported the accord."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['topic:Riyadh Agreement']
        """
        if re.match(r"\S+\s+(?:(?:two|new)\s+)?[A-Z]", phrase) or phrase.split()[-1] == "sale":
            return None  # "the Minsk agreements": a name of its own; "the sale": a purchase
        memory = self._memory()
        current = memory.texts[-1] if memory.texts else ""
        at = current.find(phrase)
        texts = [*memory.texts[:-1], current[: at if at >= 0 else len(current)]]
        for back, text in enumerate(reversed(texts)):
            names = [
                re.sub(r"^(?:.*['’]s\s+)", "", m.group())  # ("Trump's Abraham Accords")
                for m in _AGREEMENT_NAME.finditer(text)
                if not re.fullmatch(r"(?:The|This|That|An?)\s+\w+", m.group())
            ]
            if names:
                return names[-1]
            if (back > 0 and _AGREEMENT_WORD.search(text)) or back >= 12:
                return None  # a nearer pact told without a name ("reached a nuclear deal"), or
                # none lately: the phrase names neither
        return None

    def _doer(self, s: Sentence, phrase: str, t0: int, actors: tuple[str, ...]) -> str | None:
        """The state that did what a definite target names ("the launch", "the latest test"),
        or what "it" stands for right after the act ("Iran struck Erbil. The United States
        condemned it as reckless")."""
        if re.fullmatch(r"\s*it\s*", phrase, re.I) or _UNNAMED_VIOLATION.match(phrase):
            same = [  # "X condemned the strike, and the United States condemned it": the same
                f.target for f in self.facts
                if f.kind == "stance" and f.type == "condemns" and f.evidence[0].start == s.start
                and f.target in self.lex.nations and f.target not in actors
            ]  # fmt: skip
            if same:
                return same[-1]
            done = [
                (index, state) for index, pos, state, did in self.st.acts
                if not (index == s.index and pos > t0) and state not in actors
                and did & _FORCE_ACTS
            ]  # fmt: skip  # (a strike or launch, not what a state said it would do)
            return (done[-1][1] or None) if done and s.index - done[-1][0] <= 1 else None
        if not re.match(r"(?:the|this|that|these|its|their)\s", phrase, re.I):
            return None
        epithet = re.match(r"(the\s+(?-i:[A-Z][a-z]+))['’]s\s", phrase, re.I)
        owner = self.epithet_state(s, t0, epithet.group(1), actors) if epithet else None
        if owner:  # "called the North's launch outrageous": the state the epithet names
            return owner
        office = _OFFICE_OWNED.match(phrase) or _BARE_ENVOY.fullmatch(phrase.strip())
        holder = self._office_holder(s, office.group(1), t0) if office else None
        if holder and holder not in actors:  # "NATO also criticised the ambassador's remarks"
            return holder  # after "a warning by Russia's ambassador": Russia's
        nouns = {w.lower() for w in re.findall(r"[\w-]+", phrase)}
        bare = re.fullmatch(  # "the attack", "the latest strike": a strike told before (not
            r"(?:the|this|that|these|those)\s+(?:(?:latest|recent|deadly|overnight)\s+)?([\w-]+)",
            phrase.strip(),  # "the evacuation operation", "the bombing of a mosque")
            re.I,
        )
        if bare:
            nouns |= _same_acts().get(bare.group(1).lower(), frozenset())
        earlier = [
            (index, state)
            for index, pos, state, did in self.st.acts
            if not (index == s.index and pos > t0) and state not in actors and nouns & did
            and (did is not _listing_acts() or s.index - index <= 5)
        ]  # fmt: skip  # (a listing is "the decision" only soon after it is told)
        if earlier and s.index - earlier[-1][0] <= 8:
            return earlier[-1][1] or None  # the latest such act, a few sentences back
        doers = {state for _index, state in earlier}
        return (doers.pop() or None) if len(doers) == 1 else None  # one did it, further back

    def _grown(self, noun: str) -> str | None:
        """What the text just extended, renewed or expanded by a verb of ``noun``'s own, which a
        bare "the extension" names ("the EU extended its sanctions against Russia ... Finland
        supported the extension"), unless it is a pact (the pact's own label says that), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The EU extended its sanctions against Russia for six months. Finland "
            ...      "supported the extension.")
            >>> [f.target for f in extract_text(t).facts if f.parties == ("FIN",)]
            ['topic:extension of its sanctions against Russia']
        """
        verb = {"extension": "extended", "renewal": "renewed", "expansion": "expanded"}[noun]
        texts = self._memory().texts
        for text in texts[-1:-3:-1]:  # (this sentence first, then the one before)
            found = [m for m in _EXTENDED_OBJECT.finditer(text) if m.group("verb") == verb]
            if found:
                obj = found[-1].group("obj")
                if re.search(r"\b(?:agreement|pact|treaty|accord|deal|arrangement)s?$", obj):
                    return None  # "expanded the agreement": the pact, by its label
                return f"topic:{noun} of {obj}"
        return None

    def _targets_before(self, actors: tuple[str, ...]) -> set[str]:
        """The targets of the stances ``actors`` took in the sentence read before this one."""
        starts = self._memory().starts
        if len(starts) < 2:
            return set()
        start = starts[-2]
        return {
            f.target
            for f in self.facts
            if f.kind == "stance" and f.parties == actors and f.target
            and f.evidence and f.evidence[0].start == start
        }  # fmt: skip

    @staticmethod
    def _condemned_support(text: str, t0: int) -> bool:
        """Whether the nominal support at ``t0`` is another holder's, named as what a
        condemnation or a concern is about ("condemned Rwanda's military support for the M23"),
        not the speaker's own ("condemned Russia's war and reaffirmed their support for ...",
        "its condemnation of the war and its support for Ukraine").

        Example:
            >>> t = "Washington condemned Rwanda's military support for the M23."
            >>> StanceRules._condemned_support(t, t.index("support"))
            True
            >>> t = "Both condemned Russia's invasion and reaffirmed their support for Kyiv."
            >>> StanceRules._condemned_support(t, t.index("support"))
            False
        """
        held = _CONDEMNED_HOLDER.search(text, max(0, t0 - 140), t0)
        if held is None:
            return False
        between = text[held.start() : t0]
        if re.match(
            r"(?:support|backing)\s+(?:for|of)\s+(?:[\w'’.-]+\s+){1,4}?(?:remains|remained|is|was"
            r"|will|would|has|had|continues|continued)\b",
            text[t0:],
        ):
            return False  # "Canada denounced Russia's aggression and its support for Ukraine
            # remains ironclad": a clause of its own, the speaker's support
        if _OWN_STATEMENT.search(between):
            return False  # the speaker's own support, told by a verb of its own
        return not re.search(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?condemnation", text[:t0])

    def _participle_opener(self, s: Sentence, lo: int, t0: int) -> tuple[str, ...]:
        """The clause's opening subject for a participle after a comma ("France cut the visas
        of citizens of Algeria and Morocco, accusing the two governments of ..."), when the
        actors nearest the participle are a preposition's object, or nothing.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("On Tuesday Paris cut the visas issued to citizens of Algeria and Morocco, "
            ...      "accusing the two governments of refusing to take back migrants.")
            >>> sorted((f.parties, f.target) for f in extract_text(t).facts)
            [(('FRA',), 'DZA'), (('FRA',), 'MAR')]
        """
        if not re.search(r",\s+(?:also\s+)?$", s.text[lo:t0]) or not re.match(
            r"[a-z]+ing\b", s.text[t0:]
        ):
            return ()
        found = runs(s, s.actors(lo, t0))
        if len(found) < 2:
            return ()
        first, second = found[0], found[1]
        if _VERB_BEFORE_NAME.search(s.text, lo, s.local(first[0].start)):
            return ()  # (the first names are an object too)
        after_first = re.match(
            r"\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|as|is|are|was|were)\b)[a-z]{2,}\b",
            s.text[s.local(first[-1].end) :],
        )  # (a verb right after: "Paris cut", "France said")
        if after_first is None:
            return ()  # (the opener must be a subject, its verb right after it)
        if not _PREPOSITION_BEFORE.search(s.text, lo, s.local(second[0].start)):
            return ()
        return unique_actors(first)

    def _office_holder(self, s: Sentence, office: str, t0: int) -> str | None:
        """The state whose ``office`` ("ambassador", "envoy") a recent sentence named with a
        possessive or a demonym ("Russia's ambassador", "the Russian envoy"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Denmark rejected a warning by Russia's ambassador on Sunday. NATO also "
            ...      "criticised the ambassador's remarks.")
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.parties == ("NATO",)]
            [(('NATO',), 'RUS')]
        """
        memory = self._memory()
        named = (
            "(?:ambassador|envoy)"  # (the one named again by the other word)
            if office.lower() in ("ambassador", "envoy")
            else re.escape(office)
        )
        said = rf"(?:['’]s?\s+|\s+)(?:[a-z]+\s+)?{named}\b"
        held: set[str] = set()
        for back in range(0, 10):
            index = s.index - back
            if back >= len(memory.texts) or index not in memory.states:
                break
            text = memory.texts[-1 - back]
            held |= {
                key for pos, key in memory.states[index]
                if (back or pos < t0)  # (this sentence: before the phrase only)
                and re.match(rf"[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){{0,2}}?{said}", text[pos:])
            }  # fmt: skip
        return held.pop() if len(held) == 1 else None  # (one state's envoy, or no telling)

    def _agent(self, s: Sentence, lo: int, hi: int) -> list[str]:
        """The states named as the agents inside a target phrase ("activity by the PLA",
        "drills staged by Chile and Peru").

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Bolivia condemned the drills staged by Chile and Peru.")
            >>> [f.target for f in ex.facts if f.kind == "stance"]
            ['CHL', 'PER']
        """
        found = list(
            re.finditer(  # "by two Belarusian military helicopters": a count before the forces
                r"\bby\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|several|a|an)\s+)?",
                s.text[lo:hi],
            )
        )
        if not found:
            return self._relative_agent(s, lo, hi)
        by = found[0]
        if len(found) > 1 and re.match(r"[\s\"“”’]*$", s.text[lo : lo + by.start()]):
            by = found[1]  # '"deeply concerned" by moves by Chinese vessels': the second "by"
        after = s.actors(lo + by.end(), hi)
        if (
            after
            and re.fullmatch(  # "by the illegitimate Maduro regime": its state
                r"(?:[a-z-]+\s+){1,2}", s.text[lo + by.end() : s.local(after[0].start)]
            )
            and re.match(  # (not "the Trump administration official": a person)
                r"\s+(?:regime|government|administration|junta)\b(?=\s*(?:[,.;:)\"”]|$|\s+(?:in"
                r"|on|of|at|against|and|to|over|for|from|with|that|which|who)\b))",
                s.text[s.local(after[0].end) :],
            )
        ):
            return [m.government for m in after[:1] if m.government]
        if not after or s.local(after[0].start) != lo + by.end():
            adj = next(
                (m for m in s.mentions if s.local(m.start) == lo + by.end() and m.kind == "nation"),
                None,
            )  # "incursions by Russian drones": the state whose forces acted
            force = adj and re.match(r"\s+([a-z-]+)(?:\s+([a-z]+))?", s.text[s.local(adj.end) :])
            forces = {w.lower() for w in self.lex.words("stances", "cues", "forces")}
            if (
                adj
                and adj.form == "demonym"
                and force
                and set(force.groups())
                & (forces if force.group(1) == "regime" else forces - {"regime"})
            ):  # ("the Russian sanctions regime" is no force)
                at = s.local(adj.end) + (  # "by the Syrian regime and Russia": both
                    force.end(1) if force.group(1) in forces else force.end()
                )
                more = re.match(r"\s+and\s+(?:the\s+)?", s.text[at:hi])
                also = self.objects(s, at + more.end(), window=0) if more else []
                if also and FINITE_AFTER.match(s.text, s.local(also[-1].end)):
                    also = []  # "by the Syrian regime and Turkey welcomed ...": a new clause
                return list(dict.fromkeys([adj.key, *(m.government for m in also if m.government)]))
            return []
        run = runs(s, after)[0]
        owned = re.match(r"['’]s\s+", s.text[s.local(run[-1].end) :])
        if owned:  # "attacks launched this year by Yemen's Huthi rebels": the group the
            held = [  # state's name goes with, when "by" names who did the act (not "a camp
                m for m in after  # run by Syria's HTS", nor the Afghan Taliban for
                if s.local(m.start) == s.local(run[-1].end) + owned.end()  # "Pakistan's
                and m.key in self.orgs  # Taliban")
                and self.orgs[m.key].kind == "armed-group"
                and self.orgs[m.key].country in (None, run[-1].key)
            ]  # fmt: skip
            act = _ACT_OF_BY.search(s.text, 0, lo + by.end())
            acted = _DONE_LATER_BY.search(s.text, 0, lo + by.end()) or (
                act and not _PARTICIPLE.search(act.group(1))
            )  # ("the kidnapping of aid workers by Nigeria's Boko Haram", not "a convoy used by")
            return [held[0].key] if held and acted else []
        if re.search(
            r"\b(?:attempts?|efforts?|bids?|moves?|plans?)\s+$", s.text[lo : lo + by.start()]
        ) and (re.match(r"\s+to\s+[a-z]", s.text[s.local(run[-1].end) :])):
            return []  # "any unilateral attempts by China to change the status quo": what is
            # opposed is the attempt, told in full
        return [  # (an armed group acts for itself: "the cross-border attacks by the Houthis")
            m.government or m.key
            for m in run
            if m.government or (m.key in self.orgs and self.orgs[m.key].kind == "armed-group")
        ]

    def _signers_run(self, s: Sentence, run: list[Mention]) -> bool:
        """Whether the actors ``run`` (one name or a list) are followed by a verb of making an
        agreement: they made the pact a relative clause tells, they did no act to it."""
        return bool(run) and _MADE_DEAL.match(s.text, s.local(run[-1].end)) is not None

    def _relative_agent(self, s: Sentence, lo: int, hi: int) -> list[str]:
        """Who did the act a target phrase names in a relative clause ("the attacks that
        Yemen's Houthi rebels launched on the UAE"): the last actor before its verb.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile condemned the raids that Bolivia's army carried out on Monday."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['BOL']
        """
        rel = re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:that|which)\s+", s.text[lo:hi])
        if rel is None:
            return []
        verb = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:have\s+|had\s+|has\s+)?[a-z]+ed\b")
        doers = [m for m in s.actors(lo + rel.end(), hi) if s.local(m.start) - lo - rel.end() < 40]
        if _AGREEMENT_HEAD.search(rel.group()) and (
            self._signers_run(s, doers)
            or (doers and _SIGNED_WITH.match(s.text, s.local(doers[0].end)))
        ):
            return []  # ("the pact that Japan and the Philippines signed", "the agreement that
            # Greece signed with Egypt": a pact, no act)
        for i, m in enumerate(doers):
            if verb.match(s.text, s.local(m.end)) and not any(
                s.local(n.start) < verb.match(s.text, s.local(m.end)).end() for n in doers[i + 1 :]
            ):
                return [m.government or m.actor]
        return []

    def _quote_speaker(self, s: Sentence, t0: int) -> tuple[str, ...]:
        """Who said the quotation around ``t0``: named right after it ("," said X / X said)."""
        close = re.compile(r"[\"”]").search(s.text, t0)
        if close is None:
            return ()
        tail = s.text[close.end() : close.end() + 160]
        said = words("actors", "speaker_cues").search(tail)
        if said is None or said.start() > 90:
            return ()
        end = close.end() + said.end() + (70 if tail[: said.start()].strip() == "" else 0)
        found = [
            m for m in s.actors(close.end(), min(end, len(s.text)))
            if not self._possessed_object(s, m) or re.search(
                r"\b(?:for|of)\s+$", s.text[: s.local(m.start)]
            )
        ]  # fmt: skip
        states = list(dict.fromkeys(m.actor for m in found))
        joint = re.match(
            r"\W*(?:the|their)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s+"
            r"(?:said|says|added|read|reads)\b",
            tail,
        )
        group = self.d.group
        joint_told = "joint" in joint.group().lower() if joint else False
        if joint and not joint_told:  # ('"...," the statement said' after "issued a joint
            joint_told = bool(_JOINT_TEXT.search(self.st.previous_text))  # statement")
        if (
            not states
            and joint
            and joint_told
            and group
            and len(group.actors) > 1
            and 0 <= s.start - self.d.named_at <= 400
        ):
            return group.actors  # 'A and B issued a joint statement. "We condemn ...," the
            # statement said': A and B
        she = re.match(r"\W*(?:he|she)\s+(?:said|added|told|stressed)\b", tail)
        named = [  # the person named in this sentence or the one before
            *(m.actor for m in s.mentions if m.form == "person"),
            *self._memory().people.get(s.index - 1, ()),
        ]
        if not states and she and len(set(named)) == 1:  # '"We will deepen our cooperation,"
            return (named[0],)  # she said': the person just named
        if not states:  # '"...," the ministry said': the ministry a recent sentence named
            bare = re.match(
                r"\W*(?:the|its)\s+(?:[\w-]+\s+){0,2}?" + _institution_rx().pattern + r"\s+said\b",
                tail,
                re.I,
            )
            owner = self._recent_institution(s, bare.group(1)) if bare else None
            if owner is not None:
                return (owner,)
        return tuple(states[:1])

    def _passive(self, s: Sentence, lo: int, t0: int, t1: int, stype: str) -> None:
        """ "North Korea's launch was condemned by Japan": the agent after "by" takes the stance
        toward the state named in the subject."""
        by = re.match(  # (a time phrase between: "was criticised last year by the committee")
            r"\s+(?:(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+"
            r"|in\s+[A-Z]\w+(?:\s+\d{4})?)\s+)?by\s+(?:the\s+)?",
            s.text[t1:],
        )
        if by is None and stype == "urges":  # "Peru was urged to show restraint by Chile"
            by = re.match(r"\s+to\s+[^,;]*?\s+by\s+(?:the\s+)?(?=[A-Z])", s.text[t1:])
            if by and re.search(  # ("urged to respond to the attack by Bolivia": the attack's)
                r"\b(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}by\s+(?:the\s+)?$",
                by.group(),
            ):
                by = None
        if not by or stype not in ("condemns", "supports", "opposes", "urges"):
            return
        actors = unique_actors(self._objects(s, t1 + by.end(), window=1))
        inner = [
            (lo + r.start(), lo + r.end())
            for r in re.finditer(r",\s+(?:which|who|whose|that)\b[^,]*,", s.text[lo:t0])
        ]  # "The resolution, which condemned Russia, was vetoed by X": Russia is no subject
        subject = [
            m
            for m in s.actors(lo, t0)
            if not self._possessed_object(s, m)
            and not any(a <= s.local(m.start) < b for a, b in inner)
        ]
        targets = unique_actors(subject[-1:]) if subject else ()
        np = re.sub(
            r"\s+(?:(?:was|were|is|are)(?:\s+being)?|has\s+been|have\s+been|had\s+been)"
            r"(?:\s+(?:[a-z]+ly|also|again|even))?\s*$",
            "",
            s.text[lo:t0],
        ).strip(" ,")
        if not targets and re.fullmatch(r"(?:The|the|These|these|This|this)\s+[\w\s'’-]{2,60}", np):
            targets = ("topic:" + np[0].lower() + np[1:],)  # "The strikes were condemned by X"
            known = self._proposal_ref(np) if _generic_proposal(np) else None
            if known:  # "The text was drafted by A and B": the resolution reported before
                targets = (known,)
        ev = self.evidence(s, f"stance.{stype}.passive", 0.7)
        self._add(actors, targets, stype, s.first_date(), ev)

    def _plain_support(self, s: Sentence) -> list[tuple[int, int, str]]:
        """Plain present "support"/"back" right after a named actor and before its object
        ("Egypt and the UAE back Haftar's forces"); elsewhere these words are nouns or
        adverbs ("air support to Mali", "came back to").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Egypt and the United Arab Emirates back the Libyan National Army."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('EGY',), 'Libyan National Army'), (('ARE',), 'Libyan National Army')]
        """
        found = []
        if s.text.rstrip().endswith("?"):
            return found  # "Does Beijing back the proposal?": asked, not told
        for run in runs(s, s.actors()):
            verb = _PLAIN_SUPPORT.match(s.text, s.local(run[-1].end))
            opens = _CLAUSE_START.search(s.text, 0, s.local(run[0].start))
            if verb and run[-1].form != "demonym" and opens:
                found.append((verb.start(1), verb.end(1), "supports"))
        return found

    def _asked_to(self, s: Sentence) -> list[tuple[int, int, str]]:
        """ "asked Chile and Peru on Saturday to avoid ...", "told Hanoi to stop": urging, when a
        party told to act follows (stances.toml cues asking).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Brazil asked Chile on Monday to avoid escalation. Peru told reporters to wait."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('BRA',), 'urges', 'CHL')]
        """
        out = []
        for m in words("stances", "cues", "asking").finditer(s.text):
            run = self._objects(s, m.end(), window=1)
            after = s.text[s.local(run[-1].end) :] if run else ""
            if run and self._grouping(run[-1]):  # "asked NATO allies to increase": NATO
                after = _MEMBERS_AFTER.sub("", after)
            if run and re.match(_TOLD_TO, after):
                out.append((m.start(), m.end(), "urges"))
            elif (
                run
                and m.group().lower().startswith(("ask", "request"))
                and _ASKED_FOR_THING.match(after)
            ):  # "asked Berlin on Tuesday for permission to re-export its tanks"
                out.append((m.start(), m.end(), "urges"))
            elif run and self._told_should(s, s.local(run[-1].end)):
                out.append((m.start(), m.end(), "urges"))  # "told Biden that the U.S. should"
        for m in _SAID_SHOULD.finditer(s.text):
            speaker = [
                x for x in s.actors(0, m.start()) if not s.text[s.local(x.end) : m.start()].strip()
            ]
            if (
                speaker  # the one who said it right before "said" ("China said ..."; not "and
                and not re.match(r"\s+(?:that\s+)?(?:if|whether|when|unless)\b", s.text[m.end() :])
                and self._told_should(s, m.end(), bare=True)  # said Finland should", nor "said
            ):  # that if Finland should join")
                out.append((m.start(), m.end(), "urges"))  # "said the U.S. should stop"
        return out

    def _told_should(self, s: Sentence, pos: int, bare: bool = False) -> list[str]:
        """Who a "told X that Y should act" clause at local ``pos`` urges: Y.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Xi told Biden that the United States should stop arming Taiwan."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CHN',), 'urges', 'USA')]
        """
        that = re.match(
            r"\s+(?:that\s+)?(?:the\s+)?" if bare else r"\s+that\s+(?:the\s+)?", s.text[pos:]
        )  # ("said the U.S. should": a bare report needs no "that")
        who = self._objects(s, pos + that.end(), window=1) if that else []
        modal = (  # (not "should be invited": a passive says what others should do)
            r"\s+(?:should|must|ought\s+to)\s+(?!(?:be|been|not|never|have)\b)[a-z]"
            if bare  # (a bare report: not "said Ukraine should have made a deal", "had to")
            else r"\s+(?:should|must|ought\s+to|had\s+to|needed\s+to|would\s+have\s+to)\s+"
            r"(?!(?:be|been|not|never)\b)[a-z]"
        )
        if who and re.match(modal, s.text[s.local(who[-1].end) :]):
            return list(unique_actors(who))
        return []

    def _owned_name(self, s: Sentence, pos: int) -> bool:
        """True when a state's possessive at ``pos`` names a thing of its own by a proper name
        ("opposed Ethiopia's Grand Ethiopian Renaissance Dam", "China's Belt and Road
        Initiative"): that thing is the target, not the state. Its organs and officials ("Iran's
        Revolutionary Guards", "China's Foreign Ministry", "Peru's President") stay the state.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Egypt opposed Ethiopia's Grand Ethiopian Renaissance Dam."
            >>> [(f.type, f.target) for f in extract_text(t).facts]
            [('opposes', "topic:Ethiopia's Grand Ethiopian Renaissance Dam")]
        """
        name = re.match(
            r"(?:(?:[A-Z][\w-]*|and|of|the)\s+){0,5}?(?:Dam|Initiative|Corridor|Project|Plan|Pipeline"
            r"|Doctrine|Strategy|Act|Law|Bill|Program(?:me)?|Policy|Canal|Base|Port"
            r"|Islands?)\b",
            s.text[pos:],
        )  # (an "Operation X" is an act: its state's)
        if name is None:
            return False
        return not any(pos <= s.local(m.start) < pos + name.end() for m in s.actors())

    def _hit_with(self, s: Sentence) -> list[tuple[int, int, str]]:
        """ "hit Belarus with economic sanctions", "slapped Iran with new penalties": sanctions
        on the party between the verb and the sanctions (stances.toml cues hit_with).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The EU on Thursday hit Belarus with economic sanctions on its potash industry."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('European Union',), 'sanctions', 'BLR')]
        """
        nouns = self.lex.alternation("stances", "cues", "sanction_nouns")
        with_sanctions = self.lex.compiled(  # "with (new economic) sanctions"
            "stances.with-sanctions", lambda: rf"\s+with\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b"
        )
        if not with_sanctions.search(s.text):
            return []  # the cheap test first: most sentences name no sanctions
        out = []
        for m in words("stances", "cues", "hit_with").finditer(s.text):
            run = self._objects(s, m.end(), window=1)
            after = s.text[s.local(run[-1].end) :] if run else ""
            if run and with_sanctions.match(after):
                out.append((m.start(), m.end(), "sanctions"))
        return out

    def _severed(self, s: Sentence) -> list[tuple[int, int, str]]:
        """ "cut diplomatic and transport links with Qatar", "severed all ties with Kyiv": the
        party relations are cut with is condemned (stances.toml cues severing, relations).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru on Monday severed all diplomatic and trade relations with Bolivia."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('PER',), 'condemns', 'BOL')]
        """
        rx = self.lex.compiled(
            "stances.severed",
            lambda: (
                rf"\b(?:{self.lex.alternation('stances', 'cues', 'severing')})\s+"
                r"(?:(?:all|its|their|the|diplomatic|economic|trade|transport|military|defen[cs]e"
                r"|security|air|sea|political|official|remaining|and|,)\s*){0,6}"
                rf"(?:{self.lex.alternation('stances', 'cues', 'relations')})\s+with\b"
            ),
            re.IGNORECASE,
        )
        return [
            (m.start(), m.end(), "condemns")
            for m in rx.finditer(s.text)
            if not _SWITCHED_TIES.match(s.text, m.end())
        ]  # (not "cut ties with Taipei and switched recognition to Beijing": a switch)

    def _summoned(self, s: Sentence, t1: int) -> list[str]:
        """ "summoned China's ambassador", "summoned a Chinese diplomat": China is protested to."""
        after = s.actors(t1)
        if not after:
            return []
        m = after[0]
        gap = s.text[t1 : s.local(m.start)]
        envoy = words("stances", "targets", "envoys").search(s.text[s.local(m.end) :][:40])
        if len(gap.split()) > 2 or not envoy or envoy.start() > 12:
            return []
        return [m.state] if m.state else []

    def _firms_listed_on(self, s: Sentence, t1: int, hi: int, targets: list[str]) -> list[str]:
        """The firms a sanctions list goes on to name after the known one it opens with, each
        with or without what it is ("sanctioned oil producer Rosneft, gas company Novatek,
        Gazprombank and Vnesheconombank": all four).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Washington sanctioned oil firm Rosneft, gas company Novatek and Gazprombank."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['Rosneft', 'Novatek', 'topic:Gazprombank']
        """
        first = next(
            (
                m for m in s.mentions
                if m.kind == "org" and m.actor in targets and t1 <= s.local(m.start) < hi
                and re.fullmatch(r"\s*(?:[a-z-]+\s+){0,3}", s.text[t1 : s.local(m.start)])
            ),
            None,
        )  # fmt: skip
        if first is None:
            return []
        out: list[str] = []
        pos = s.local(first.end)
        legal = re.match(rf"(?:,?\s+{LEGAL_FORMS}\b\.?)+", s.text[pos:hi])
        pos += legal.end() if legal else 0  # ("Union Development Group Co., Ltd.": its form)
        while (item := _FIRM_ITEM.match(s.text, pos, hi)) is not None:
            name = item.group("name")
            known = next((m for m in s.mentions if s.local(m.start) == item.start("name")), None)
            if known is not None and known.kind != "org":
                break  # ("... and Russia": a state is where they are, no listed firm)
            out.append(known.actor if known is not None else "topic:" + name)
            pos = item.end()
            if item.group("last") or item.group("last2"):
                break
        return out

    def _included(self, s: Sentence, pos: int, hi: int) -> list[str]:
        """Organizations named after a counted group of sanctions targets (", including A and
        B"); states there are where the targets are, not targets ("among them the PRC")."""
        inc = re.match(r"\s*,?\s*(?:including|among them)\s+", s.text[pos:hi])
        if not inc:
            return []
        start = pos + inc.end()
        stop = re.search(r",\s+(?!and\b)[a-z]|;|\.$|\s+for\s|,$", s.text[start:hi])
        end = start + stop.start() if stop else hi
        out: list[str] = []
        for item in _proper_names(s.text[start:end].strip(" ,")):
            at = start + s.text[start:end].find(item)
            m = next((m for m in s.mentions if s.local(m.start) == at), None)
            if m is None:
                out.append("topic:" + item)  # a firm kg does not know yet
            elif m.kind == "org":
                out.append(m.actor)
        return list(dict.fromkeys(out))

    def _placed_object(self, s: Sentence, pos: int) -> list[Mention]:
        """The state right after ``pos`` that a place preposition made a place ("at Peru")."""
        m = next((m for m in s.mentions if s.local(m.start) == pos + 1), None)
        if m is None or m.kind != "nation" or m.role != "place" or m.form == "demonym":
            return []
        return (
            [m]
            if re.match(
                r"['’]s\b|\s*[,.;]|\s*$|\s+(?:over|for|on|after|in)\b", s.text[s.local(m.end) :]
            )
            else []
        )

    def _concern_over(self, s: Sentence, t1: int) -> list[Mention]:
        """ "concern over China's activities": a state after over/about, even where a place
        preposition made it a place."""
        prep = re.match(r"\s+(?:over|about|at|regarding)\s+(?:the\s+)?", s.text[t1:])
        if not prep:
            return []
        pos = t1 + prep.end()
        m = next((m for m in s.mentions if s.local(m.start) == pos), None)
        if m is None or m.kind != "nation" or m.role == "origin":
            return []
        return [m] if re.match(r"['’]s\b|\s*[,.;]|\s*$", s.text[s.local(m.end) :]) else []

    def _name(self, actor: str) -> str:
        nation = self.lex.nations.get(actor)
        return nation.names[0] if nation and nation.names else actor

    def _sanction_list(self, s: Sentence) -> bool:
        """ "The measures target A; B, a unit of C; and D": more targets of the last sanctions.

        The named targets replace the counted group the first report gave ("five companies").
        """
        last = self.st.stance_actor.get("sanctions")
        if not last or s.index - last[1] > 3:
            return False
        cue = words("stances", "targets", "sanction_lists").search(s.text)
        passive = words("stances", "targets", "sanction_passives").search(s.text)
        if not (cue or passive):
            return False
        if cue:
            listed = [m for m in s.actors(cue.end()) if self._listed(s, m, cue.end())]
        else:
            lo, _hi = clause_of(s.text, passive.start())  # type: ignore[union-attr]
            listed = [m for m in s.actors(lo, passive.start()) if self._listed(s, m, lo)]  # type: ignore[union-attr]
        # (a listed agency is the target itself, not the state it acts for: "The measures
        # target the Presidency of Defense Industries")
        targets = tuple(dict.fromkeys(m.key if m.kind == "org" else m.actor for m in listed))
        if not targets:
            return False
        actors = last[0]
        self._drop_counted_sanctions(actors)
        ev = self.evidence(s, "stance.sanctions.list", 0.7)
        self._add(actors, targets, "sanctions", s.first_date(), ev)
        return True

    def _drop_counted_sanctions(self, actors: tuple[str, ...], at: int | None = None) -> None:
        """Drop the sanctions of ``actors`` on a mere count ("sanctions on 16 individuals"),
        now that the targets are named (only those told in the sentence starting at ``at``)."""
        self.st.facts[:] = [
            f for f in self.st.facts
            if not (f.kind == "stance" and f.type == "sanctions" and f.parties[0] in actors
                    and (at is None or f.evidence[0].start == at)
                    and f.target and f.target.startswith("topic:")
                    and _QUANTITY.match(f.target.removeprefix("topic:")))
        ]  # fmt: skip

    def _listed(self, s: Sentence, m: Mention, lo: int) -> bool:
        """True for a name that is an item of a list, not inside an item's description."""
        before = s.text[lo : s.local(m.start)]
        seg = s.text[lo : s.local(m.end)]
        item = re.split(r";|,\s+(?:and\s+)?(?=[A-Z]|(?:[a-z-]+\s+){0,3}[A-Z])|\band\s+", seg)[-1]
        item = item[: len(item) - len(m.text)]
        if re.search(r"\b(?:which|who|that|of|by|to|from|in|with)\b|['’]s\s|^\s*an?\s", item):
            return False  # "a U.S. unit of Britain's BAE Systems", "which belongs to Northrop"
        return not re.search(r"['’]s\s+$", before) and (
            m.kind == "org" or m.form in ("name", "metonym")
        )

    def _aid(self, s: Sentence) -> None:
        """An announced delivery of military aid is support for its recipient."""
        announce, give = words("stances", "aid", "announcements"), words("stances", "aid", "verbs")
        for lo, hi in clauses(s.text):
            said = announce.search(s.text[lo:hi])
            verb = give.search(s.text[lo:hi], said.end()) if said else None
            will = None if verb else _WILL_GIVE.search(s.text[lo:hi])
            if will and _said_after().search(s.text[lo + will.end() :]):
                given = give.search(s.text[lo:hi], will.end())  # "X will deliver ... to Y, Z said"
                obj = s.text[lo + given.end() : hi] if given else ""
                obj = obj.split(" to ", 1)[0]
                if given and given.start() == will.end() and _arms_or_aid(obj):
                    said, verb = will, given
            if said and not verb:  # "Germany unveiled a package": aid named by a noun
                verb = words("stances", "aid", "nouns").search(s.text[lo:hi], said.end())
                gap = s.text[lo + said.end() : lo + verb.start()] if verb else ""
                if verb and len(gap) > 12 and not _AMOUNT_IN.fullmatch(gap):
                    verb = None  # the noun must be the announcement's object (after an amount:
                    # "pledged $4.5 billion in aid")
            if not said or not verb:
                continue
            if re.search(
                r"\b(?:condemn|critici[sz]|denounc|accus|blam|fault|rebuk|slamm?)\w*\s+"
                r"(?:[\w.'’-]+\s+){0,4}?(?:for|of)\s+$",
                s.text[lo + said.end() : lo + verb.start()],
            ):
                continue  # "said ..., and he condemned Tehran for supplying missiles to the
                # Houthis": the act condemned, no aid announced
            if words("stances", "aid", "not_after").search(
                s.text[max(lo, lo + verb.start() - 20) : lo + verb.start()]
            ):
                continue  # "backed sending jets to Ukraine": another verb's object, no pledge
            t0 = lo + said.start()
            if re.search(
                r"\b(?:not|no|never|declined|refused|neither|nor)\b",
                s.text[lo + said.end() : lo + verb.start()],
            ) or re.match(
                r"[^,;]{0,25}?\b(?:not|never|no\s+longer)\b", s.text[lo + verb.end() : hi]
            ):
                continue  # (also "said the aid would not go to Ukraine", "told Scholz that
                # neither Argentina nor its neighbours planned to send weapons")
            wish = words("stances", "aid", "wishes")
            if (
                hedged(s.text, lo, t0, lo + said.end())
                or wish.search(s.text[lo + said.end() : lo + verb.start()])
                or ANY_ATTEMPT.search(s.text, lo + said.end(), lo + verb.start())
            ):
                continue  # (also "said it ... expects to send a request to Washington"; "said
                # it would send tanks" is a pledge)
            obj = s.text[lo + verb.end() : hi].split(" to ", 1)[0]
            if give.search(verb.group()) and not self._gives_aid(s, obj, lo + verb.end()):
                continue  # "said it would send a delegation to Libya": no aid
            targets = self._recipients(s, lo + verb.end(), hi)
            last = self._memory().aid
            if not targets and last and s.index - last[1] <= 2:
                targets = (last[0],)  # "while Germany unveiled a package": the same recipient
            heard = self._without_addressees(s, lo, lo + verb.start())
            inner = [  # "announced that A and B would provide ...": A and B give
                m
                for m in heard.actors(lo + said.end(), lo + verb.start())
                if not self._possessed_object(s, m)
                and not re.search(
                    r"\b(?:in|at|near|from)\s+(?:\w+\s+)?$", s.text[: s.local(m.start)]
                )
            ]
            own = ITS_PEOPLE.search(s.text, lo + said.end(), lo + verb.start())
            owner = self.its_owner(s, own) if own else None
            if own and owner:  # "the JEF said Russia's attacks ... and that its members would
                inner = [m for m in inner if s.local(m.start) > own.start()]  # continue to
                # provide": its members give, whoever was named in between
            actors = (
                unique_actors(runs(s, inner)[-1])
                if inner
                else self.subject(s, lo, lo + verb.start() if own and owner else t0)[0]
            )
            actors = tuple(a for a in actors if self._governmental(a))  # firms sell, not aid
            ev = self.evidence(s, "stance.supports.aid", 0.7)
            if actors and len(targets) == 1:
                self._memory().aid = (targets[0], s.index)
            self._add(actors, targets, "supports", self.date_near(s, lo, hi, t0), ev)
        self._pledged_to(s)
        self._thanked_for_support(s)
        self._supplied_to_which(s)
        self._transferred(s)

    def _gives_aid(self, s: Sentence, obj: str, at: int) -> bool:
        """Whether ``obj``, the words at local offset ``at``, may be what a state gives when its
        delivery supports the recipient: anything but people or words sent on an errand ("a
        delegation", "an envoy", "observers", "a letter"; stances.toml [stances.aid] errands)
        unless it also names arms, aid, troops or a weapon system.
        """
        return (
            not words("stances", "aid", "errands").search(obj)
            or _arms_or_aid(obj)
            or words("stances", "aid", "troop_nouns").search(obj) is not None
            or any(
                m.kind == "system" and at <= s.local(m.start) < at + len(obj) for m in s.mentions
            )
        )

    def _demanded_of(self, s: Sentence, pos: int) -> list[str]:
        """Who is to act in "demanded that X ...": the actors right at ``pos``; a state's
        group ("Yemen's Houthi rebels") is the group; "they" or "the rebels" the armed group
        the sentence named before as a deed's doer ("the seizure of Goma by M23 rebels").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru demanded that Chile and Bolivia withdraw their troops."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('PER',), 'CHL'), (('PER',), 'BOL')]
        """
        run = _run_at(s, pos, ("nation", "org"))
        fighters = re.match(
            r"(?:they|(?:the\s+)?(?:rebels|militants|fighters|insurgents|group|militia))\s+"
            r"(?!(?:be|are|is|were|was|responsible)\b)[a-z]",
            s.text[pos:],
        )
        if not run and fighters:  # "condemned the seizure of Goma by M23 rebels and demanded
            armed = [  # that they withdraw": the armed group the sentence named before
                m.actor for m in s.actors(0, pos)
                if m.kind == "org" and m.actor in self.orgs
                and self.orgs[m.actor].kind == "armed-group"
                and re.search(r"\bby\s+(?:the\s+)?$", s.text[: s.local(m.start)])
            ]  # fmt: skip  # (the doer of a deed: not "that they be brought to justice")
            return armed[-1:]
        if not run:
            return []
        owned = re.match(r"['’]s\s+", s.text[s.local(run[-1].end) :])
        if owned:  # "Yemen's Houthi rebels": the Houthis
            group = _run_at(s, s.local(run[-1].end) + owned.end(), ("org",))
            if group:
                return [group[0].actor]
        return list(unique_actors(run))

    def _transferred(self, s: Sentence) -> None:
        """Arms given with their object before "to <recipient>" support the recipient
        (stances.toml [stances.aid] transfer_verbs, military_nouns).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Norway has provided coastal radars and 40 drones to the Estonian navy."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('NOR',), 'supports', 'EST')]
        """
        military = words("stances", "aid", "military_nouns")
        troops = words("stances", "aid", "troop_nouns")
        helping = words("stances", "aid", "help_purposes")
        finance = list(words("stances", "aid", "finance_verbs").finditer(s.text))
        paying = {v.start() for v in finance}  # ("financed air defence systems for Ukraine")
        verbs = [
            *words("stances", "aid", "transfer_verbs").finditer(s.text),
            *words("stances", "aid", "troop_verbs").finditer(s.text),
            *finance,
        ]
        for verb in sorted({v.start(): v for v in verbs}.values(), key=lambda v: v.start()):
            lo, hi = clause_of(s.text, verb.start())
            paid = verb.start() in paying
            to = re.search(
                r"\bfor\s+(?:the\s+)?(?=[A-Z])" if paid else r"\bto\s+(?:the\s+)?",
                s.text[verb.end() : min(hi, verb.end() + 90)],
            )
            if to is None:
                continue
            obj = s.text[verb.end() : verb.end() + to.start()]
            inside = [
                m for m in s.mentions
                if m.kind == "system" and verb.end() <= s.local(m.start) < verb.end() + to.start()
            ]  # fmt: skip
            arms = paid or " ".join(verb.group().lower().split()) in self.lex.words(
                "stances", "aid", "transfer_verbs"
            )
            helped = (  # "sent trainers to Mozambique to help prepare its marines"
                troops.search(obj) is not None
                and helping.search(s.text[verb.end() + to.start() : hi]) is not None
            )
            if not ((arms and (military.search(obj) or inside)) or helped) or re.search(
                r"(?<!\d),|,(?!\d)|;|\bthat\b", obj
            ):  # "sent 1,400 Stinger systems to Kyiv": a number's comma is no break
                continue
            if (
                hedged(s.text, lo, verb.start(), verb.end())
                or self._alleged(s, lo, verb.start())
                or re.search(
                    r"\b(?:not|no|never|declined|refused|reports?|allegations?|accus\w+|say|says)\b",
                    s.text[: verb.start()],
                )
            ):
                continue  # "officials say Pyongyang has shipped shells": a claim about it
            # "to the Philippine navy", "to Ukraine and Moldova": the states right after "to"
            said = r"\s+(?:said|says|told|reported|announced)\b"
            at = verb.end() + to.end()
            aided = _AIDED.match(s.text, at)  # "sent 1,000 troops to help Mozambique fight"
            targets = [
                m for m in _run_at(s, aided.end() if aided else at, ("nation",))
                if not re.match(said, s.text[s.local(m.end) :])
                and not (aided and _GROUP_OF_STATE.match(s.text, s.local(m.end)))
                and not (
                    paid
                    and (
                        _NOT_A_RECIPIENT.match(s.text, s.local(m.end))
                        or _NAME_MODIFIES.match(s.text, s.local(m.end))
                    )
                )
            ]  # fmt: skip  # ("drones to Russia, the White House said": who said it; "to help
            # Congo's M23 rebels" helps the rebels, not Congo; "bought drones for the Ukraine
            # war" bought them for a war)
            if not targets:
                continue
            self._support_given(s, lo, verb.start(), unique_actors(targets))

    def _support_given(
        self, s: Sentence, lo: int, pos: int, recipients: Iterable[str], *, speaker: bool = False
    ) -> None:
        """The governments that gave arms before local offset ``pos`` support ``recipients``;
        with ``speaker``, a quotation's speaker gives when no government is the subject."""
        givers = tuple(a for a in self.subject(s, lo, pos)[0] if self._governmental(a))
        if not givers and speaker:
            givers = self._quote_speaker(s, pos)
        ev = self.evidence(s, "stance.supports.transfer", 0.6)
        self._add(givers, recipients, "supports", s.first_date(), ev)

    def _sent_recipient_first(self, s: Sentence) -> None:
        """Arms given with the recipient right after the verb ("Germany will send Ukraine
        another military aid package", "gave Kyiv 40 tanks"): support for the recipient.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Norway will send Ukraine another military aid package, Oslo announced."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('NOR',), 'supports', 'UKR')]
        """
        present = [
            v for v in words("stances", "aid", "present_verbs").finditer(s.text)
            if _NAMED_GIVER.search(s.text, 0, v.start())
            and not _HEARSAY.search(s.text, clause_of(s.text, v.start())[0], v.start())
            and not re.search(r"\baccording\s+to\b", s.text, re.I)
            and not _HEARSAY_AFTER.search(s.text, v.end())
        ]  # fmt: skip  # ("Washington, which provides Egypt with ...": a state's habit; not "any
        # country that supplies Ukraine", nor "Moscow says NATO provides Kyiv with ...")
        verbs = [
            *words("stances", "aid", "verbs").finditer(s.text),
            *words("stances", "aid", "transfer_verbs").finditer(s.text),
            *present,
        ]
        for verb in verbs:
            lo, hi = clause_of(s.text, verb.start())
            first = [m for m in s.mentions if m.kind == "nation" and s.local(m.start) > verb.end()]
            if not first or s.text[verb.end() : s.local(first[0].start)].strip():
                continue
            rest = s.text[s.local(first[0].end) : min(hi, s.local(first[0].end) + 70)]
            if not _arms_or_aid(rest) or re.match(r"['’]s\b", rest):
                continue
            announced = re.search(r"\b(?:will|would)\s+$", s.text[lo : verb.start()]) and words(
                "stances", "aid", "announcements"
            ).search(s.text)  # "Germany will send Ukraine ..., Scholz announced": a pledge
            if (hedged(s.text, lo, verb.start(), verb.end()) and not announced) or self._alleged(
                s, lo, verb.start()
            ):
                continue
            self._support_given(s, lo, verb.start(), (first[0].key,), speaker=True)
            return

    def _supplied_to_which(self, s: Sentence) -> None:
        """ "Moldova, to which Sweden has sent radars": the state before "to which" receives.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The aid helps Moldova, to which Sweden has already sent radars."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('SWE',), 'MDA')]
        """
        give = self.lex.alternation("stances", "aid", "given")
        to_which = self.lex.compiled(
            "stances.to-which", lambda: rf",\s+to\s+which\s+(.{{1,60}}?)\s+(?:{give})\b"
        )
        for m in to_which.finditer(s.text):
            before = [x for x in s.actors(0, m.start()) if s.local(x.end) == m.start()]
            givers = [x for x in s.actors(m.start(1), m.end(1)) if not self._possessed_object(s, x)]
            if not before or not givers or hedged(s.text, m.start(1), m.end(1), m.end()):
                continue
            actors = tuple(a for a in unique_actors(givers[-1:]) if self._governmental(a))
            ev = self.evidence(s, "stance.supports.aid", 0.65)
            self._add(actors, unique_actors(before), "supports", s.first_date(), ev)

    def _recipients(self, s: Sentence, pos: int, hi: int) -> tuple[str, ...]:
        """Who receives what an aid verb ending at ``pos`` gives: "to R", or R right after the
        verb ("provide R with", "give R 19 jets").

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Italy announced it would provide Moldova with radars.")
            >>> [(f.parties, f.target) for f in ex.facts]
            [(('ITA',), 'MDA')]
        """
        after = s.actors(pos)
        gap = s.text[pos : s.local(after[0].start)] if after else "-"
        direct = runs(s, after)[0] if re.fullmatch(r"\s*(?:the\s+)?", gap) else []
        rest = s.text[s.local(direct[-1].end) :] if direct else ""
        if direct and (
            re.match(r"\s*(?:with|an?|more|additional|new)\b", rest)
            or _QUANTITY.match(rest.strip())
        ):
            return unique_actors(direct)
        to = re.search(r"\bto\s+(?:the\s+)?", s.text[pos:hi])
        return unique_actors(self._objects(s, pos + to.end(), window=1)) if to else ()

    def _thanked_for_support(self, s: Sentence) -> None:
        """ "Zelenskiy thanked Britain for its support": the one thanked supports the one who
        thanks.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Ukraine thanked Britain on Saturday for its continued military support."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('GBR',), 'supports', 'UKR')]
        """
        for m in _THANKED.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            thanked = [
                x for x in s.actors(m.start("who"), m.end("who")) if self._governmental(x.actor)
            ]
            thankers = [a for a in self.subject(s, lo, m.start())[0] if self._governmental(a)]
            if len(thanked) != 1 or len(thankers) != 1 or thanked[0].actor == thankers[0]:
                continue
            ev = self.evidence(s, "stance.supports.thanked", 0.6)
            date = self.date_near(s, lo, hi, m.start())
            self._add((thanked[0].actor,), (thankers[0],), "supports", date, ev)

    def _pledged_to(self, s: Sentence) -> None:
        """ "the jets that Norway pledged to Ukraine": a pledge whose object came before it
        supports the state it is pledged to (stances.toml [stances.aid] pledged_to)."""
        for m in words("stances", "aid", "pledged_to").finditer(s.text):
            lo, _hi = clause_of(s.text, m.start())
            to = re.match(r"\s+to\s+(?:the\s+)?", s.text[m.end() :])
            if not to or hedged(s.text, lo, m.start(), m.end()):
                continue
            pos = m.end() + to.end()
            targets = self._objects(s, pos, window=0)
            after = s.text[s.local(targets[-1].end) :] if targets else ""
            if not targets or re.match(r"['’]s\b|\s+(?!" + _NOT_QUALIFIED + r")[A-Z][a-z]", after):
                continue  # "committed to Japan's defense" is another frame; "committed to the
                # U.S. Foreign Military Sales route" names the route
            actors, _date = self.subject(s, lo, m.start())
            ev = self.evidence(s, "stance.supports.pledged", 0.7)
            self._add(actors, unique_actors(targets), "supports", s.first_date(), ev)

    def _issuer(self, s: Sentence, lo: int, t0: int, actors: tuple[str, ...]) -> str | None:
        """The grouping that issued a joint text: "The Vilnius Declaration condemned ...", "the
        four partners used a joint statement to condemn ..." with the grouping (Quad, G7)
        named in this sentence or just before. A statement is attributed to the group.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "G7 leaders met in Rome. The Rome Declaration condemned Iran's attacks."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('G7',), 'IRN')]
        """
        pre = s.text[lo:t0]
        document = re.match(_DOCUMENT_SUBJECT, pre, re.I) or re.match(_IN_THEIR_DOCUMENT, pre)
        joint = re.search(r"\bjoint\s+(?:declaration|statement|communiqu[eé])\b", pre, re.I)
        if not document and not (joint and len(actors) > 1):
            return None
        if document and self._statement_issuers(s, lo, t0)[0]:
            return None  # "the three governments said ... The statement urged": theirs
        recent = self._memory().groupings
        states = [a for a in actors if a in self.lex.nations]
        members = [  # the grouping whose members these are, told a few sentences before
            k for k, i in recent.items()
            if s.index - i <= 5 and len(states) > 2
            and self._memory().members.get(k) == frozenset(states)
        ]  # fmt: skip
        if len(members) == 1:
            self._memory().issued = (members[0], frozenset(states), s.index)
            return members[0]
        window = 2 if document else 1
        before = {m.actor for m in s.actors(0, t0)}
        named = [  # (named before the text's verb: "give access to the IAEA" is no issuer)
            k for k, i in recent.items() if s.index - i <= window and (i < s.index or k in before)
        ]  # fmt: skip
        if not document and any(SITTING_BODY.search(k) for k in named):
            return None  # a council's members issuing a statement before its session speak for
            # themselves (nor is it the UN's): the council speaks in its statements and votes
        if len(named) != 1 or (actors and named[0] in actors):
            return None
        groups = self.lex.patterns["groups"]
        listed = groups.get("members", {}).get(named[0]) or groups["ever_members"].get(named[0])
        if listed and len(states) > 1 and not set(states) <= set(listed):
            return None  # "the ministers of Ukraine, Georgia and Moldova" speak for no EU text
        if re.search(r"\b(?:sidelines|margins|fringes)\b", s.text + self._recent_text(window)):
            return None  # talks on the sidelines of a summit: the text is the talkers'
        if len(states) == 2 or (not document and len(states) != len(actors)):
            return None  # a pair's own joint statement
        if len(states) > 2:
            self._memory().issued = (named[0], frozenset(states), s.index)
        return named[0]

    def _issued_joint_text(self, s: Sentence) -> None:
        """Remember a grouping's joint text that its members' leaders issued ("Biden, Albanese,
        Modi and Kishida issued a joint statement" at the Quad's summit told just before): what
        the same leaders go on to condemn or urge is the grouping's (see ``_issuing``).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Leaders of Japan, India, Australia and the United States met for a Quad "
            ...      "summit in Tokyo on Monday. Japan, India, Australia and the United States "
            ...      "issued a joint statement. They condemned North Korea.")
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('Quad',), 'PRK')]
        """
        m = _ISSUED_JOINT.search(s.text)
        if m is None:
            return
        lo, _hi = clause_of(s.text, m.start())
        actors = self.subject(s, lo, m.start())[0]
        states = frozenset(a for a in actors if a in self.lex.nations)
        recent = self._memory().groupings
        named = [k for k, i in recent.items() if s.index - i <= 2 and k not in actors]
        if len(states) < 3 or len(states) != len(actors) or len(named) != 1:
            return
        if re.search(
            r"\b(?:sidelines|margins|fringes|separately)\b", s.text + self._recent_text(2), re.I
        ):
            return  # talks on the sidelines of a summit, or apart from it: the talkers' own text
        starts = self._memory().starts
        since = starts[-3] if len(starts) >= 3 else 0
        summit = [  # the grouping's summit these states met at, reported just before
            f for f in self.facts
            if f.kind == "meeting" and f.evidence and f.evidence[0].start >= since
            and (states <= set(f.parties) or (named[0] in f.parties and states & set(f.parties)))
        ]  # fmt: skip
        if summit:
            self._memory().issued = (named[0], states, s.index)

    def _statement_told(self, s: Sentence) -> None:
        """Remember who issued a statement this sentence tells ("In a joint statement carried
        by SPA, the three governments said ...", "Japan and India issued a joint statement"):
        a later "The statement urged Doha" is theirs.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Peru and Chile signed a pact with Bolivia. In a joint statement, Peru and "
            ...      "Chile said the talks went well. The statement urged Ecuador to join.")
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('PER',), 'ECU'), (('CHL',), 'ECU')]
        """
        opening = _IN_STATEMENT.match(s.text)
        said = _SAID_AFTER.search(s.text, opening.end()) if opening else None
        said_in = _SAID_IN_STATEMENT.search(s.text)
        issued = _ISSUED_TEXT.search(s.text)
        if opening and said:
            actors, date = self.subject(s, opening.end(), said.start())
        elif said_in:  # "Russia's foreign ministry said in a statement on Tuesday that ..."
            actors, date = self.subject(s, clause_of(s.text, said_in.start())[0], said_in.start())
        elif issued:
            lo = clause_of(s.text, issued.start())[0]
            if hedged(s.text, lo, issued.start(), issued.end()):
                return  # ("The council has not adopted a resolution on Gaza": none told)
            actors, date = self.subject(s, lo, issued.start())
        else:
            return
        day = s.first_date() or date  # (the day the statement was told with)
        self._memory().statement = (actors, s.index, day) if actors else None

    def _people_subject_before(self) -> bool:
        """True when the sentence before opened with a body's or a state's people as its
        subject ("European Union leaders on Thursday condemned ..."): a "They" next is them."""
        texts = self._memory().texts
        return len(texts) > 1 and bool(_PEOPLE_SUBJECT.match(texts[-2]))

    def _statement_issuers(
        self, s: Sentence, lo: int, t0: int
    ) -> tuple[tuple[str, ...], str | None]:
        """The issuers of the statement a subject like "The statement" refers back to (told
        within the three sentences before) and its day, or ((), None)."""
        told = self._memory().statement
        subject = _THE_STATEMENT.fullmatch(s.text, lo, t0) or _THE_STATEMENT_DID.fullmatch(
            s.text, lo, t0
        )
        if subject is None:
            return (), None
        if told is not None and 0 < s.index - told[1] <= 3:
            return told[0], told[2]
        prev = self.st.previous
        first = prev.actors()[:1] if prev is not None else []
        body = (  # "The U.N. Security Council on Wednesday ordered Sudan and South Sudan to stop
            first[0].actor  # fighting ... The resolution strongly condemned ...": the council or
            if first and first[0].kind == "org" and first[0].key in self.orgs  # assembly that
            and self.orgs[first[0].key].kind == "international-organization"  # opened the
            and re.search(r"\b(?:Council|Assembly)\b", first[0].key)  # sentence before, unless
            and re.search(r"\bresolution\b", subject.group(), re.I)  # it told no adoption
            and not _NOT_ADOPTED.search(prev.text)
            else None
        )  # fmt: skip
        return ((body,), prev.first_date()) if body and prev is not None else ((), None)

    def _issuing(self, s: Sentence, actors: tuple[str, ...], subset: bool = False) -> str | None:
        """The grouping whose joint text the same members go on telling: after "In a joint
        declaration, Biden, Albanese, Modi and Kishida said ...", "The four also condemned"
        is the Quad's too (within a few sentences)."""
        issued = self._memory().issued
        if (
            issued is None
            or s.index - issued[2] > 3
            or len(actors) < 2
            or not (frozenset(actors) == issued[1] or (subset and frozenset(actors) <= issued[1]))
        ):  # ("They" may stand for the members named last, all but the host; members named
            return None  # by name on their own speak for themselves)
        self._memory().issued = (issued[0], issued[1], s.index)
        return issued[0]

    def _recent_text(self, window: int) -> str:
        """The text of the last ``window`` sentences before the current one."""
        seen = self._memory().texts
        return " ".join(seen[-window - 1 : -1]) if window else ""

    def _defended_first(
        self, s: Sentence, t0: int, t1: int, hi: int, actors: tuple[str, ...]
    ) -> list[str] | None:
        """Whom a defence commitment covers, told by the words right after its trigger: a
        state's own forces, the speaker itself, or the NATO allies as one; None when the words
        tell none of these.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile said it would continue to defend Peruvian forces."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'PER')]
        """
        forces = re.match(
            r"\s+(?:the\s+)?([A-Z][\w-]+)\s+(?:(?:security|armed|military)\s+)?(?:forces|troops"
            r"|soldiers|army|people|citizens|nationals|territory|soil)\b",
            s.text[t1:hi],
        )
        owner = next(
            (
                m.actor
                for m in s.mentions
                if forces and m.kind == "nation" and s.local(m.start) == t1 + forces.start(1)
            ),
            None,
        )
        if owner:  # "would continue to defend Afghan forces": Afghanistan (but "will continue
            return [owner] if owner not in actors else []  # to defend Israeli citizens against
            # Hezbollah": its own, no one else defended)
        if re.match(
            r"\s+(?:itself|themselves|ourselves|(?:its|their|our)\s+(?!(?:[\w-]+\s+)?(?:all(?:y|ies)"
            r"|partners?|neighbou?rs?|friends?)\b))",
            s.text[t1:hi],
        ):
            return []  # "will continue to defend itself against Russia", "its interests
            # vis-a-vis China": its own, no one else defended
        people = _PEOPLE_OF.match(s.text, t1, hi)
        if people and not any(
            people.start("np") <= s.local(m.start) < people.end("g") for m in s.mentions
        ):
            return [f"topic:{people.group('np')}"]  # "would defend the Druze of southern Syria":
            # the people, not the state they live in
        allies = _NATO_ALLIES.match(s.text, t1, hi)
        if allies and _DOUBTED.search(s.text, 0, t0):
            return []  # "Trump cast doubt on the U.S. commitment to defend its NATO allies"
        if allies and (allies.group("nato") or allies.group("one") or "NATO" in actors):
            return ["topic:NATO allies"]  # "the U.S. commitment to defend its NATO allies",
            # "NATO is committed to defending every ally": the allies as one
        return None

    def _defended(self, s: Sentence, t1: int, hi: int) -> list[str]:
        """Whose land a defense pledge names ("every inch of NATO territory", "Japan's
        islands"): stances.toml [stances.cues] defended.

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Chile vowed to defend every inch of Peruvian territory.")
            >>> [(f.parties, f.target) for f in ex.facts]
            [(('CHL',), 'PER')]
        """
        lead = re.match(
            r"\s+(?:every\s+inch\s+of\s+|(?:the\s+)?(?:whole\s+|entire\s+)?(?:territory|soil)"
            r"\s+of\s+|the\s+)?",
            s.text[t1:hi],
        )
        pos = t1 + (lead.end() if lead else 0)
        m = next(
            (m for m in s.mentions if s.local(m.start) == pos and m.kind in ("nation", "org")), None
        )
        if m is None:
            return []
        after = re.match(r"(?:['’]s)?\s+([a-z]+)", s.text[s.local(m.end) : hi])
        defended = {w.lower() for w in self.lex.words("stances", "cues", "defended")}
        if after and after.group(1) in defended:
            return [m.actor if m.kind == "org" else m.key]
        return []

    def _sector(self, s: Sentence, run: list[Mention]) -> list[str]:
        """A state's sectors or own bodies as the targets of sanctions ("Iran's drone and
        missile industry", "Russia's central bank and sovereign wealth fund", stances.toml
        [stances.targets] sectors): the sectors, not the state; a body kg knows named right
        after ("Georgia's ruling party, Georgian Dream") is that body.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Canada imposed sanctions on Russia's central bank and sovereign wealth fund."
            >>> [f.target for f in extract_text(t).facts]
            ["topic:Russia's central bank", "topic:Russia's sovereign wealth fund"]
        """
        sectors = self.lex.alternation("stances", "targets", "sectors")
        owned = re.match(
            rf"['’]s\s+(?:(?!(?:and|or)\s+(?:the|a|an|its|their)\b)[\w-]+\s+){{0,4}}?"
            rf"(?:{sectors})\b",
            s.text[s.local(run[-1].end) :],  # (not across "and the agency that ...")
        )
        if len(run) != 1 or not owned:
            return []
        end = s.local(run[-1].end) + owned.end()
        named = re.match(r",?\s+(?:the\s+)?", s.text[end:])
        body = next(
            (
                m
                for m in s.mentions
                if named and m.kind == "org" and s.local(m.start) == end + named.end()
            ),
            None,
        )
        if body is not None:
            return [body.actor]  # (its name follows: the body kg knows)
        state = s.text[s.local(run[0].start) : s.local(run[-1].end)]
        out = ["topic:" + s.text[s.local(run[0].start) : end]]
        more = re.match(  # "Russia's central bank and (its) sovereign wealth fund"
            rf"\s+and\s+(?:its\s+|the\s+)?((?:[\w-]+\s+){{0,3}}?(?:{sectors}))\b", s.text[end:]
        )
        if more:
            out.append(f"topic:{state}'s {more.group(1)}")
        return out

    def _new_names(
        self, s: Sentence, t0: int, t1: int, hi: int, known_too: bool = False
    ) -> list[str] | None:
        """The names kg does not know in the list a sanctions trigger opens ("designated
        Affiliates International, Rockside Enterprise and Li Wei, all based in Karachi"), as
        topic targets, and a person's name as told; names it knows are the mentions'
        (``_objects``), given too when ``known_too``. None when the list names a status.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The United States sanctioned Rockside Enterprise and Li Wei for the sales."
            >>> [f.target for f in extract_text(t).facts]
            ['topic:Rockside Enterprise', 'topic:Li Wei']
        """
        opening = _OFFICIALS_INCLUDING.match(s.text, t1)
        start = opening.end() if opening else t1
        items = list_items(s.text, start, hi)
        if (
            not items
            or not re.fullmatch(  # (a person may follow what they are: "Haitian gang
                r"\s*(?:the\s+)?(?:[A-Z][a-z]+(?:an|ese|i|ish)\s+(?:[a-z-]+\s+){1,3})?",  # leader")
                s.text[start : items[0].start],
            )
        ):
            return []  # the list is the trigger's object, right after it (or after "officials
            # including")
        if _STATUS_AS.match(s.text, items[-1].end) and not re.search(
            r"\s(?:on|against|of)$", s.text[t0:t1]
        ):
            return None  # "designated A and B as its envoys": a status, no sanction
        out: list[str] = []
        for i in items:
            inside = [
                m for m in s.mentions if s.local(m.start) < i.end and s.local(m.end) > i.start
            ]
            whole = [m for m in inside if s.local(m.start) <= i.start and s.local(m.end) >= i.end]
            orgs = [m for m in inside if m.kind == "org" and m.role == "actor"]
            person = [m for m in inside if m.form == "person"]
            if (whole and whole[0].form != "person") or (orgs and not person):
                known = (whole or orgs)[0]  # (a name over two items: "Akhtar and Sons"; a
                # company kg finds by a shorter name: "Kestrel Marine Services")
                if known_too and known.role == "actor" and known.actor not in out:
                    out.append(known.actor)  # ("the Reagan library and the Hudson Institute")
                continue  # (a place: "Pamir Logistics, Brussels, Belgium")
            if (
                not inside
                or (person and len(inside) == 1)
                or (not person and all(m.kind == "nation" for m in inside))
            ):  # a name kg does not know, a person's, or one with a state's name in it
                out.append("topic:" + i.name)  # ("Central Bank of Iran", "Syrian Arab Airlines")
        return out

    def _demonym_group(self) -> re.Pattern[str]:
        """People or firms of one or two nationalities as a sanctions target ("Russian and
        Crimean officials", "Iranian companies"): stances.toml sanctioned_groups.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Canada imposed sanctions on Russian and Belarusian officials over the vote."
            >>> [f.target for f in extract_text(t).facts]
            ['topic:Russian and Belarusian officials']
            >>> t = "In May the U.S. Treasury sanctioned two senior Cambodian military officials."
            >>> [f.target for f in extract_text(t).facts]
            ['topic:two senior Cambodian military officials']
        """
        groups = self.lex.alternation("stances", "targets", "sanctioned_groups")
        return self.lex.compiled(
            "stances.demonym-group",
            lambda: (
                r"\s+(?:on\s+|against\s+)?(?:the\s+)?((?:(?:\d+|one|two|three|four|five|six|seven"
                r"|eight|nine|ten|several|senior|top|former|high-ranking)\s+){0,3}"
                r"(?:[A-Z][a-z]+(?:an|ese|ian|i|ish)\s+"
                r"(?:and|or)\s+)?[A-Z][a-z]+(?:an|ese|ian|i|ish)\s+(?:[a-z-]+\s+){0,2}?"
                rf"(?:{groups})(?:\s+and\s+(?:{groups}))?)\b"
                # the whole object: no names or more targets after it ("Russian companies
                # Rosneft and Lukoil", "Iranian officials and the IRGC", "such as Mahan Air")
                r"(?=\s*(?:$|[.;:]|,(?!\s*(?:including|such|among|notably|namely|and)\b)"
                r"|\s(?:over|for|in|after|amid|following|because|who|which|that|accused|citing"
                rf"|on\s+(?:{WEEKDAY_NAMES}))\b))"
            ),
        )

    @staticmethod
    def _sanctioned_bodies(run: list[Mention], named: list[str]) -> list[str]:
        """Sanctions on a state's agency or on one of its officials ("on the Presidency of
        Defense Industries (SSB), its head Ismail Demir") target them, not their state.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The United States imposed sanctions on the Presidency of Defense Industries."
            >>> [f.target for f in extract_text(t).facts]
            ['Presidency of Defense Industries']
        """
        states = {m.actor for m in run if m.kind == "nation" and m.form != "person"}
        own = [
            f"topic:{m.text}" if m.form == "person" else m.key
            for m in run
            if (m.kind == "org" or m.form == "person")
            and m.actor not in states
            and m.actor in named  # (not a name mended into a longer one: "TSK Logistik")
        ]
        if not own:
            return named
        mended = {m.actor for m in run if m.kind == "org" or m.form == "person"} - states
        return list(dict.fromkeys([*own, *(a for a in named if a not in mended)]))

    def _sanctioned_names(
        self, s: Sentence, run: list[Mention], named: list[str], actors: tuple[str, ...]
    ) -> list[str]:
        """The sanctions targets of a named run, mended: an acronym that opens a longer name
        ("TSK Vektor") is that name, not the state the acronym can stand for; a firm after a
        relative clause (", which ..., and B Co.") is a target too; a company named after its
        state and what it is ("Venezuela's state oil company PDVSA") is the company.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru designated Lockheed Martin, which it said had sold radars, and Boeing."
            >>> [f.target for f in extract_text(t).facts]
            ['Lockheed Martin', 'Boeing']
        """
        first = run[0]
        if first.form == "person" and first.kind == "nation":  # "sanctions on James Kabarebe,
            return ["topic:" + first.text, *named[1:]]  # Rwanda's minister": the person
        appositive = _APPOSED_PERSON.match(s.text, s.local(first.end)) or (
            _HEAD_NAMED.match(s.text, s.local(first.end))
            if _HEAD_OF.search(s.text, 0, s.local(first.start))
            else None
        )  # (also "on the head of Nicaragua's army, Gen. Julio César Avilés": he)
        if appositive and (  # "on Sudan's army chief, Gen. Abdel Fattah
            first.kind == "nation" or (first.kind == "org" and first.actor not in actors)
        ):  # (or "Wagner's founder, Yevgeny Prigozhin"; not a body's own people)
            inside = {  # al-Burhan": the person, not Sudan (and the targets after the person)
                m.actor for m in run if s.local(m.start) < appositive.end()
            } - {m.actor for m in run if s.local(m.start) >= appositive.end()}
            return ["topic:" + appositive.group("name"), *(a for a in named if a not in inside)]
        owned = re.match(  # "Venezuela's state oil company PDVSA": the company
            r"['’]s\s+(?:(?!(?:on|in|at|for|to|since|from|by|with|after|before)\b)[a-z-]+\s+){1,4}"
            rf"(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})",
            s.text[s.local(first.end) :],
        )
        if len(run) == 1 and first.kind == "nation" and owned:
            at = s.local(first.end) + owned.start(1)
            org = next((m for m in s.mentions if s.local(m.start) == at and m.kind == "org"), None)
            person = next((m for m in s.mentions if s.local(m.start) == at), None)
            if org is not None:
                return [org.actor, *named[1:]]
            name = owned.group(1)
            if name.endswith(".") and not re.search(r"\b(?:Co|Inc|Ltd|Corp|Bhd)\.$", name):
                name = name[:-1]  # the sentence's full stop
            if person is None:
                return ["topic:" + name, *named[1:]]
        longer = re.match(r"(?:\s+[A-Z][\w-]+)+", s.text[s.local(first.end) :])
        if first.actor in self.lex.nations and first.text.isupper() and longer:
            named = ["topic:" + first.text + longer.group(), *named[1:]]
        rel = re.match(
            r",\s+(?:which|that|who)\b[^;]*?,\s+and\s+(?:(?:on|against)\s+(?:the\s+)?)?",
            s.text[s.local(run[-1].end) :],
        )
        if rel:
            at = s.local(run[-1].end) + rel.end()
            org = next((m for m in s.mentions if s.local(m.start) == at and m.kind == "org"), None)
            if org is not None and org.actor not in named:
                named.append(org.actor)
            elif org is None and re.search(r"\b(?:on|against)\s+(?:the\s+)?$", rel.group()):
                name = re.match(  # "sanctions on the Hudson Institute, which hosted Tsai, and on
                    # the Reagan Library": the library too (not "and on Thursday warned")
                    rf"(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}}"
                    r"(?=\s*(?:[,.;]|$)|\s+(?:in|for|over|after|at|near)\b)",
                    s.text[at:],
                )
                if name:
                    named.append("topic:" + name.group())
        return named

    def _pledged_back(self, actors: tuple[str, ...]) -> list[str]:
        """Whom a lone actor's pledge to cooperate answers: the state that pledged
        cooperation with it in the last three sentences ("A is committed to working more
        closely with B ... B said it would cooperate fully").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile pledged to deepen ties with Peru. Peru said it would cooperate fully."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'PER'), (('PER',), 'CHL')]
        """
        now = len(self._memory().texts) - 1
        recent = self._memory().pledges
        return list(
            dict.fromkeys(
                a for a, t, i in recent if t in actors and a not in actors and now - i <= 3
            )
        )

    def _pair_with(self, actor: str) -> Group | None:
        """The latest pair of states named together that includes ``actor``: whom "the two
        countries" means when one of them speaks, though another pair was named since
        ("Japan and China agreed ... the two Koreas committed ... Li pledged that China would
        broaden exchanges between the two countries' defence authorities": with Japan).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Japan and China agreed on a hotline. South Korea and North Korea signed a "
            >>> t += "declaration at Panmunjom on April 27. Li pledged that China would broaden "
            >>> t += "exchanges between the two countries."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['JPN']
        """
        for old in reversed(self.d.history[-6:]):  # (the last few groups only)
            pair = tuple(a for a in old.actors if a in self.lex.nations)
            if len(pair) == 2 and actor in pair:
                return Group(pair, old.date)
        return None

    def _including(self, s: Sentence, t1: int, hi: int) -> list[str]:
        """The states a defended territory names after ", including" ("every inch of NATO
        territory, including Poland"): the state the speaker singles out is the target.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Italy vowed to defend every inch of NATO territory, including Latvia."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('ITA',), 'LVA')]
        """
        inc = re.match(
            r"[^,;]{0,80}?,\s+(?:and\s+that\s+|which\s+)?(?:including|includes)\s+(?:the\s+)?",
            s.text[t1:],
        )  # "..., and that includes Lithuania" opens a clause of its own
        if not inc:
            return []
        run = self._objects(s, t1 + inc.end(), window=0)
        return [m.key for m in run if m.kind == "nation"]

    def _drew_condemnation(self, s: Sentence) -> None:
        """ "Chile fired a missile, drawing condemnation from Peru and Bolivia": who condemned
        is named after the noun, and the target is the state that acted in the sentence.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile fired a missile, drawing condemnation from Peru and Bolivia."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('PER',), 'CHL'), (('BOL',), 'CHL')]
        """
        nouns = self.lex.alternation("stances", "cues", "condemnations")
        drew = self.lex.compiled(
            "stances.drew",
            lambda: (
                rf"\b(?:{nouns})\s+(?:of\s+(?:the|this|that)\s+(?:[\w-]+\s+)?[\w-]+\s+"
                rf"(?:{_ARRIVED})\s+(?:[a-z]+ly\s+)?)?from\s+(?:the\s+)?"
            ),
            re.I,
        )  # ("condemnation of the strike came swiftly from Cairo")
        for m in drew.finditer(s.text):
            lo, _hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            actors = unique_actors(self._objects(s, m.end(), window=0))
            more = _AND_FROM.match(s.text, m.end()) if not actors else None
            if more:  # "drawing criticism from its neighbours and from Washington": those named
                actors = unique_actors(  # (not "from Washington's allies": others)
                    x
                    for x in self._objects(s, more.end(), window=0)
                    if not _THEIR_FRIENDS.match(s.text, s.local(x.end))
                )
            doers = {
                state
                for index, pos, state, _n in self.st.acts
                if index == s.index and pos < m.start()
            }
            told = _told_act().match(s.text, lo) if not doers else None
            if told:  # "North Korea fired a missile. The launch drew condemnation from Seoul":
                done = self._doer(s, told.group("act"), m.start(), actors)  # whoever launched
                doers = {done} if done else set()
            drawing = (  # (also when several acted: "Chile and Peru held talks, drawing ...")
                _DRAWING.search(s.text, 0, m.start()) or _THAT_DREW.search(s.text, 0, m.start())
                if not doers or doers == {_SEVERAL}
                else None
            )
            if drawing:  # "Chile sent a frigate through the strait, drawing a protest from
                doers = set()  # Peru": Chile; "A and B agreed to deploy the system, a decision
                if drawing.re is _THAT_DREW:  # that drew protests from China": A and B
                    doers = set(self._deciders(s, drawing.start(1)))
                elif not _PASSIVE_SUBJECT.search(s.text, 0, drawing.start(1)):
                    doers = set(
                        self._shared_subject(s, 0, drawing.start(1))
                        or self._opening_run(s, drawing.start(1))
                    )  # (not "Sweden and Finland were invited to join NATO, drawing ...")
            despite = _DESPITE.search(s.text, lo, m.start()) if not doers else None
            if despite:  # "China has kept ships there despite repeated protests from Manila";
                # "Hanoi gave the Russian leader a welcome despite ...": Hanoi, who opens it
                main = (
                    _main_subject(s, lo, despite.start())
                    if not _RELATIVE_AFTER.search(s.text, lo, despite.start())
                    else ()
                )  # (not "Iran supplied drones to Russia, which used them ... despite": Russia)
                doers = set(main or self.subject(s, lo, despite.start())[0])
            if not doers or _SEVERAL in doers or (len(doers) != 1 and not drawing):
                continue  # (one doer of an act told before, not several; but the subject of
                # the sentence whose act drew it may be several)
            ev = self.evidence(s, "stance.condemns.drew", 0.65)
            self._add(actors, tuple(doers), "condemns", s.first_date(), ev)

    def _deciders(self, s: Sentence, pos: int) -> tuple[str, ...]:
        """The states that open the sentence as the subject of the decision an appositive at
        ``pos`` names again ("Peru and Chile agreed to build a base, a decision that drew"),
        none when they only report it ("The Pentagon confirmed that ...") or own its subject
        ("Ukraine's allies agreed").
        """
        run = [
            m for m in (runs(s, s.actors(0, pos)) or [[]])[0]
            if m.kind == "nation" and not re.match(r"['’]s?\s", s.text[s.local(m.end) :])
        ]  # fmt: skip
        if not run or not titles_only(s.text[: s.local(run[0].start)]):
            return ()
        rest = s.text[s.local(run[-1].end) : pos]
        if re.search(
            r"\b(?:said|says|confirmed|reported|announced|stated|claimed|told|after|when|as|because"
            r"|while|since|before)\b",
            rest,
        ):  # (not "Taiwan scrambled jets after China sent warplanes, a move that drew")
            return ()
        if not re.match(r"\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|began|held|sent)\b", rest):
            return ()  # (the subject's own verb right after it, not "Peru, Chile's neighbour,")
        return unique_actors(run)

    def _money_given(self, s: Sentence) -> None:
        """Money a state or body pledged or gave to a state or an international body backs it:
        "Japan pledged $5 billion to Ukraine", "The European Union has pledged 50 million euros
        to the African Union".

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Japan pledged $5 billion to Ukraine on Tuesday."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('JPN',), 'supports', 'UKR')]
        """
        for money in s.money:
            start, end = s.local(money.start), s.local(money.end)
            verb = _GAVE_MONEY.search(s.text, 0, start)
            to = _MONEY_TO.match(s.text, end)
            if verb is None or to is None or money.converted:
                continue
            lo, hi = clause_of(s.text, verb.start())
            if hedged(s.text, lo, verb.start(), verb.end()) or not lo <= start < hi:
                continue
            if _NOT_AID.search(s.text, start, min(len(s.text), end + 80)) or _NOT_AID.search(
                s.text, verb.start(), start
            ):
                continue  # "offered a $50 million reward for his capture", "in exchange for"
            if self._alleged(s, lo, verb.start()) or re.search(
                r"\b(?:said|says|claimed|claims|accused|alleged|charged)\b|,\s*(?:which|who)\b",
                s.text[lo : verb.start()],
            ):
                continue  # "Russia said Western countries had given ...": whose, not Russia's
            targets = [
                m for m in self._objects(s, to.end(), window=0)
                if (m.kind == "nation" or self._grouping_key(m.actor))
                and not re.match(r"['’]s\b", s.text[s.local(m.end) :])
            ]  # fmt: skip  # (not "to Ukraine's neighbors")
            actors, _date = self.subject(s, lo, verb.start())
            if not targets or not actors:
                continue
            ev = self.evidence(s, "stance.supports.money", 0.65)
            self._add(actors, unique_actors(targets), "supports", s.first_date(lo, hi), ev)

    def _relative_stance(self, s: Sentence) -> None:
        """A stance told in a relative clause on what was just named: "the Israeli strike on
        Hamas officials in Doha, which Qatar condemned as a flagrant violation" (Israel, whose
        strike it was), "Ankara's call for a two-state solution, which Athens rejects" (the
        call), "Transmorflot, a Russian company that the U.S. Treasury placed under sanctions"
        (the company). A ", which" clause after a verb of an act on its object ("bombed the
        consulate, which Syria condemned") is about the act, not the object; "a country that
        ..." speaks of the name before it; a content "that" ("warned the parliament that China
        opposed the plan") opens no relative clause.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Turkey repeated Ankara's call for a new border, which Greece rejects."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('GRC',), 'opposes', "topic:Ankara's call for a new border")]
        """
        for m in _RELATIVE_STANCE.finditer(s.text):
            if re.fullmatch(_WELCOMING, m.group("verb")) and not re.match(
                r",\s+(?:in\s+)?an?\s", m.group()
            ):
                continue  # "a carrier that Vietnam welcomed in Da Nang" hosted it (only "a
                # step New Delhi welcomed" is a relative stance of welcome)
            who = unique_actors(s.actors(m.start("who"), m.end("who")))
            refs = group_refs(m.group("who"))
            if not who and refs and refs[0][2]:  # "which all four governments have condemned":
                opened = list(_NP_OPENER.finditer(s.text, max(0, m.start() - 160), m.start()))
                phrase = opened[-1].end() if opened else 0
                inside = tuple(  # the four named together before (not those of the phrase the
                    x.actor  # clause is about: "the fighting in Sudan and South Sudan, which
                    for x in s.mentions  # both leaders have condemned")
                    if x.kind == "nation" and phrase <= s.local(x.start) < m.start()
                )
                group = self._group_for(
                    s, m.start("who") + refs[0][0], refs[0][2], True, exclude=inside
                )
                who = group.actors if group else ()
            elif len(who) != 1:
                continue
            if not who or hedged(s.text, m.start(), m.start("verb"), m.end("verb")):
                continue
            verb = m.group("verb").lower()
            stype = next(t for t, rx in _RELATIVE_VERBS if re.fullmatch(rx, verb))
            if any(f.evidence[0].start == s.start and f.parties == who and f.type == stype
                   for f in self.facts if f.kind == "stance"):  # fmt: skip
                continue  # told by another rule already ("the proposal, which A backed")
            before = s.text[max(0, m.start() - 160) : m.start()]
            named = re.search(  # "Transmorflot, a Russian company that ...": the company
                r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+an?\s+(?:[\w-]+\s+){0,4}"
                r"(?P<noun>[\w-]+)$",
                before,
            )
            if m.group("that"):  # "a company that ...": about the name before it, if any
                if not named or (  # ("New START, a pact that the Senate sanctioned": approved)
                    re.search(r"(?:Treaty|Agreement|Accords?|Pact)$", named.group(1))
                    or named.group("noun") in ("pact", "treaty", "agreement", "deal", "accord")
                ):
                    continue
                at = m.start() - len(before) + named.start(1)
                found = [x for x in s.mentions if s.local(x.start) == at]
                targets = [found[0].key if found else "topic:" + named.group(1)]
            elif stype == "sanctions":
                continue  # (", which the Treasury sanctioned" after a phrase: whose, unclear)
            elif re.match(r",\s+(?:in\s+)?an?\s+(?:move|step|decision)", m.group()) and (
                doers := {  # (a deed, not a speaker's words: "Marles said Canberra backed
                    state  # the ruling, a decision Beijing rejects")
                    for index, pos, state, did in self.st.acts
                    if index == s.index
                    and pos < m.start()
                    and state
                    and state not in who
                    and did not in _said_acts()
                }
                or self._deed_opener(s, m.start(), who)
            ):  # "North Korea fired a missile over Japan, a move Tokyo condemned": who fired
                if len(doers) != 1:
                    continue
                targets = list(doers)
                doer = [x for x in s.actors(0, m.start()) if x.actor in doers][-1:]
                deed = s.text[s.local(doer[0].end) : m.start()] if doer else ""
                deed = re.sub(r",\s+(?:which|who)\b[^,]*,", "", deed).strip(" ,")  # (not the
                # aside on the doer: "Russia, which invaded Ukraine in 2022, seized the plant")
                if stype == "opposes" and 2 <= len(deed.split()) <= 16 and deed[:1].islower():
                    targets = [f"topic:{deed}"]  # "the State Department designated the group a
                    # terrorist organization, a step Islamabad rejected": against the designation
            else:
                opened = list(_NP_OPENER.finditer(before))
                if not opened:
                    continue
                opener = opened[-1]
                at = m.start() - len(before) + opener.end()
                if len(opened) > 1 and any(  # ("backed the ruling that invalidated China's
                    x.actor == who[0]
                    and x.role != "place"  # claims, a
                    and at <= s.local(x.start) < m.start()
                    for x in s.mentions  # decision Beijing rejects": the ruling, not the
                ):  # claims, Beijing's own)
                    opener = opened[-2]
                phrase = before[opener.end() :].strip()
                if opener is not opened[-1]:
                    phrase = re.split(r"\s+(?:that|which|who)\s", phrase, maxsplit=1)[0]
                if len(phrase.split()) > 14 or re.search(r"[;:()]", phrase):
                    continue
                if _ACTED_ON.search(before[: opener.end()]) or _unresolved_act(
                    "topic:" + re.sub(r"^an?\s", "the ", phrase)
                ):
                    continue  # "bombed the consulate, which Syria condemned": the bombing, not
                    # the consulate; a bare "a step that ..." is what an unnamed clause did
                at = m.start() - len(before) + opener.end()
                end = at + len(before[opener.end() :]) - len(before[opener.end() :].lstrip())
                end += len(phrase)
                if any(  # (never the actor's own: "China's claims, which Beijing defends")
                    x.actor == who[0] and x.role != "place" and at <= s.local(x.start) < end
                    for x in s.mentions
                ):
                    continue
                inside = [
                    x for x in s.mentions
                    if at <= s.local(x.start) < m.start() and x.kind == "nation"
                ]  # fmt: skip
                doer = (
                    stype == "condemns"
                    and inside
                    and inside[0].form in ("demonym", "name")
                    and not re.search(r"\bof\s+(?:the\s+)?$", s.text[at : s.local(inside[0].start)])
                    and _done_by(s.text, s.local(inside[0].end))
                )
                targets = (
                    [inside[0].key]  # "the Israeli strike on ...": Israel's
                    if doer
                    else ["topic:" + _TRAILING_DATE.sub("", phrase).strip()]
                )
            who = tuple(w for w in who if w not in targets)
            if not who:
                continue
            ev = self.evidence(s, f"stance.{stype}.relative", 0.6)
            self._add(who, targets, stype, s.first_date(), ev)

    def _deed_opener(self, s: Sentence, at: int, who: tuple[str, ...]) -> set[str]:
        """The state that opens the sentence as the subject of a deed told before ``at``
        ("Britain banned the group in its entirety in February, a move Hezbollah denounced"):
        who made the move; nothing when the sentence opens otherwise or reports speech.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru banned the Chilean group in February, a move Chile condemned."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'PER')]
        """
        first = next(iter(s.actors(0, at)), None)
        if (
            first is None
            or first.kind != "nation"
            or first.form == "demonym"
            or s.local(first.start) > 4
            or first.key in who
        ):
            return set()
        verb = re.match(
            r"\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?([a-z]+ed)\b", s.text[s.local(first.end) :]
        )
        if (
            verb is None
            or verb.group(1) in _speech_acts()
            or _STANCE_VERB_DONE.fullmatch(verb.group(1))  # ("Canberra backed the ruling, a
            or re.search(r"[;:]", s.text[:at])  # decision Beijing rejects": the ruling)
        ):
            return set()
        return {first.key}

    def _put_on_list(self, s: Sentence) -> None:
        """ "The United States returned Cuba to its list of state sponsors of terrorism", "added
        two firms to its sanctions list": putting a state or a body on a list of sanctioned ones
        sanctions it (stances.toml [stances.cues] sanction_list_names), and is the decision a
        later "condemned the decision" is against.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile put Peru back on its list of state sponsors of terrorism."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'sanctions', 'PER')]
        """
        for m in _put_on_list_rx().finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end("verb")):
                continue
            if re.search(r"\bto\s+(?:[a-z]+ly\s+)?$", s.text[: m.start()]):
                continue  # "urged Washington to put Russia on ...": asked for, not done
            targets = unique_actors(s.actors(m.start("obj"), m.end("obj")))
            named = re.fullmatch(
                r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})", m.group("obj")
            )
            if not targets and named and not s.actors(m.start("obj"), m.end("obj")):
                targets = ("topic:" + named.group(1),)  # "added Jamaat-ud-Dawa to its sanctions
                # list": a body kg does not know yet
            actors, date = self.subject(s, lo, m.start())
            if not targets or not actors or set(actors) & set(targets):
                continue
            ev = self.evidence(s, "stance.sanctions.listed", 0.65)
            self._add(
                actors, targets, "sanctions", date or self.date_near(s, lo, hi, m.start()), ev
            )
            if len(actors) == 1:
                self.st.acts.append((s.index, m.start(), actors[0], _listing_acts()))

    def _labelled_hostile(self, s: Sentence) -> None:
        """ "China called the Philippine drills a provocation", "Yerevan branded Azerbaijan's
        strikes 'a large-scale aggression'": calling a state's act a hostile name condemns the
        state (stances.toml [stances.cues] labelling and hostile_labels).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Japan described North Korea's missile launch as a grave threat."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('JPN',), 'condemns', 'PRK')]
            >>> t = "Turkey and Libya signed two memorandums. Egypt called the memorandums illegal."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('EGY',), 'topic:TUR–LBY memorandums')]
        """
        verbs, labels = self._label_words("hostile_labels")
        mild_labels = self.lex.alternation(
            "stances", "cues", "mild_labels", spaces=True, longest=True
        )
        labels = f"{labels}|{mild_labels}"
        rx = self.lex.compiled(
            "stances.labelled",
            lambda: (
                rf"(?<![\w-])(?:{verbs})\s+(?!(?:on|for|off|it|this|that|them)\b)(?P<obj>[^,;.\"“]{{2,80}}?)"
                rf"\s+(?:as\s+[\"“]?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
                rf"|[\"“]?(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?|[\"“]?)(?:{labels})\b"
                rf"(?:\s+(?:{labels})\b)?"  # ("an unfortunate provocation by Argentina")
            ),
            re.I,
        )
        said = self.lex.compiled(  # "NATO said Russia's aggressive actions constituted a threat"
            "stances.said-hostile",
            lambda: (
                r"(?<![\w-])(?:said|says|stated|declared|warned)\s+(?:that\s+)?"
                r"(?P<obj>(?:(?!\b(?:not|never|no|did|does|do|would|could|may|might|hardly"
                r"|neither|nor|that|whether|reports?|claims?)\b)[^,;.\"“]){2,80}?)"
                r"\s+(?:constitut\w+|is|are|was|were|pos\w+|represent\w+|amount\w*\s+to)\s+"
                r"(?!(?:not|no|never|neither|hardly)\b)(?:an?\s+|the\s+)?"
                r"(?:(?!(?:not|no|to|of|by|from|for|at|in|on|with|against|a|an|the)\b)[\w-]+\s+)"
                rf"{{0,3}}?(?:{labels})\b(?![^.;]*?\b(?:if|unless)\b)"
            ),
            re.I,
        )
        told = list(said.finditer(s.text))
        reported = {m.start() for m in told}
        found = [*rx.finditer(s.text), *told]
        for m in found:
            lo, _hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            mild = m.start() not in reported and re.search(
                rf"\b(?:{mild_labels})\W*$", m.group(), re.I
            )
            if mild and (
                not _ACT_HEAD.search(m.group("obj"))
                or re.match(r"[\"”]?\s+but\b", s.text[m.end() :])
            ):
                continue  # "called India's announcement unfortunate": a criticism of an act
                # (not "called the sailor's death regrettable", nor "unfortunate but
                # understandable")
            owners = [  # "the Philippine drills": an adjective of origin names the doer too
                x for x in s.mentions
                if m.start("obj") <= s.local(x.start) < m.end("obj")
                and (x.kind == "nation" or x.state) and x.role != "place"
            ]  # fmt: skip
            if m.start() in reported:  # "said the invasion of Ukraine was a violation":
                owners = [  # the state after a preposition suffered it
                    x for x in owners
                    if not re.search(
                        r"\b(?:of|on|against|to|from|in|into|at|toward|towards)\s+(?:the\s+)?$",
                        s.text[m.start("obj") : s.local(x.start)],
                    )
                ]  # fmt: skip
            targets = tuple(dict.fromkeys(x.state or x.key for x in owners))
            named = any(  # (not "the EU decision": a body's act, told by its name)
                m.start("obj") <= s.local(x.start) < m.end("obj") for x in s.actors()
            )
            what = re.search(
                r"\b[a-z]+ed\s+what\s+(?:they|it|he|she|we)\s+$", s.text[lo : m.start()]
            )
            first_verb = self._first_of_two_verbs(s.text[lo : m.start()]) if what else None
            # ("they condemned North Korea's launches and criticized what they called ...":
            # the subject of the first verb, not its object)
            end = first_verb if first_verb is not None else what.start() if what else m.start()
            speakers = self.subject(s, lo, lo + end)[0]
            # ("... and criticized what they called China's behavior": who criticized)
            if re.match(r"as\b", m.group("obj")):
                continue  # "was described as a threat by Russia": Russia labels it, the rule's
                # speaker is not told
            by = _LABEL_BY.match(s.text, m.end())
            doers = self._objects(s, by.end(), window=0) if by and not targets else []
            after_doers = s.text[s.local(doers[-1].end) :] if doers else ""
            between = s.text[s.local(doers[0].start) : s.local(doers[-1].end)] if doers else ""
            if re.match(r"['’]s?\s|\s+or\s", after_doers) or re.search(r"\bor\b", between):
                doers = []  # "by Kyiv's Western backers", "by Russia or Belarus": not told
            if doers and all(x.kind == "nation" or x.state or self._grouping(x) for x in doers):
                targets = tuple(dict.fromkeys(x.state or x.actor for x in doers))
                # 'called the flights "a provocation" by the United States': who did it
            # "called the downing 'a stab in the back'": the act just told
            deal = self._agreement_topic(m.group("obj").strip()) if not targets else None
            if deal:  # 'called the memorandums "illegal"': the memorandums the article told
                targets = tuple(deal)
            if not targets and not named:
                phrase = m.group("obj").strip()
                head = re.match(r"\s*([\w-]+)", s.text[m.end("obj") :])
                if re.fullmatch(r"(?:the|this|that|these|those)", phrase, re.I) and head:
                    phrase += f" {head.group(1)}"  # "called the invasion unacceptable": the
                    # label's words began after "the"
                doer = self._doer(s, phrase, m.start(), speakers)
                targets = (doer,) if doer else ()
            own = re.match(r"topic:([A-Z]{3}(?:–[A-Z]{3})+)\b", targets[0]) if deal else None
            signers = set(own.group(1).split("–")) if own else set()
            actors = tuple(a for a in speakers if a not in targets and a not in signers)
            if not (len(targets) == 1 or (doers and targets)) or not actors:
                continue  # "called it a provocation": whose act the text does not say here
                # (nor does a party call its own pact illegal)
            ev = self.evidence(s, "stance.condemns.labelled", 0.65)
            self._add(actors, targets, "condemns", self.date_near(s, lo, _hi, m.start()), ev)
            self.st.stance_actor["*"] = (actors, s.index)  # ("NATO's declaration called China
            # an enabler of the war. The allies also pledged": the alliance)

    @staticmethod
    def _first_of_two_verbs(span: str) -> int | None:
        """Where the main clause's first verb stands in ``span`` when a second one, joined by
        "and", labels what it names ("they condemned A's launches and criticized what they
        called ..."), past an opening subordinate clause ("After Russia launched drones, ...")
        and participle asides (", joined by Britain, ..."); None when there is none.

        Example:
            >>> t = "After X fired, they condemned A's acts and criticized what they called "
            >>> StanceRules._first_of_two_verbs(t) == t.index("condemned")
            True
        """
        opener = _SUBORDINATE_OPENER.match(span)
        for verb in _PAST_VERB.finditer(span, opener.end() if opener else 0):
            if not re.match(r"[^.;]*\band\s+[a-z]+ed\s+what\b", span[verb.end() :]):
                break
            if re.match(r"\s+by\b", span[verb.end() :]):
                continue  # (", joined by Britain and France,", ", alarmed by the launches,": an
                # aside)
            return verb.start()
        return None

    def _label_words(self, key: str) -> tuple[str, str]:
        """The verbs of labelling and the labels of ``key`` (stances.toml [stances.cues]), as
        regular-expression alternations, longest first."""
        verbs = self.lex.alternation("stances", "cues", "labelling", spaces=True, longest=True)
        return verbs, self.lex.alternation("stances", "cues", key, spaces=True, longest=True)

    def _labelled_welcome(self, s: Sentence) -> None:
        """ "Bolton called the seizure 'excellent news'": calling an act a welcome name supports
        the act (stances.toml [stances.cues] welcome_labels).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile called the ceasefire a step in the right direction."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'supports', 'topic:the ceasefire')]
        """
        verbs, labels = self._label_words("welcome_labels")
        rx = self.lex.compiled(
            "stances.labelled-welcome",
            lambda: (
                rf"(?<![\w-])(?:{verbs})\s+(?P<obj>(?:the|this|[A-Z][a-z]+day['’]s)(?:\s+(?!(?:as|but"
                r"|or|no|not|never|far|from|rather|than|potential|possible|said|says|twice|again|its"
                r"|their|own)\b)[\w'’-]+){1,8}?)\s+(?:as\s+)?[\"“]?(?:an?\s+|the\s+)?"
                rf"(?:(?:major|big|very|real|significant|crucial|first)\s+)?(?P<label>{labels})\b"
                r"[\"”]?"
            ),
            re.I,
        )
        for m in rx.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if "news" in m.group("label").lower() and re.match(
                r"[\"”]?\s+for\b", s.text[m.end() :]
            ):
                continue  # "good news for Putin": irony, no support
            owned = [x for x in s.mentions if m.start("obj") <= s.local(x.start) < m.end("obj")
                     and x.kind in ("nation", "org")]  # fmt: skip
            if hedged(s.text, lo, m.start(), m.end()) or owned:
                continue  # (not "called the Chinese move good news": whose act, not the act)
            actors = self.subject(s, lo, m.start())[0]
            if not actors:
                continue
            ev = self.evidence(s, "stance.supports.labelled", 0.6)
            target = "topic:" + m.group("obj").strip()
            self._add(actors, [target], "supports", self.date_near(s, lo, hi, m.start()), ev)

    def _possessive_veto(self, s: Sentence) -> None:
        """ "Russia's and China's veto on Feb. 4 of a Security Council resolution on Syria":
        each state whose veto it was opposes the text it vetoed.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The vote followed Peru's and Chile's veto of a draft resolution on Haiti."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('PER',), 'opposes', 'topic:a draft resolution on Haiti'), \
(('CHL',), 'opposes', 'topic:a draft resolution on Haiti')]
        """
        for m in _POSSESSIVE_VETO.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start("veto"), m.end("veto")) or _VETO_FEARED.search(
                s.text, lo, m.start()
            ):
                continue
            owners = [
                x for x in s.actors(m.start(), m.start("veto"))
                if x.kind == "nation" and x.form in ("name", "metonym")
                and re.match(r"['’]s\b", s.text[s.local(x.end) :])
            ]  # fmt: skip
            if not owners:
                continue
            target = _TRAILING_DATE.sub("", m.group("obj")).strip()
            ev = self.evidence(s, "stance.opposes.veto", 0.7)
            date = self.date_near(s, lo, hi, m.start("veto"))
            self._add(unique_actors(owners), ["topic:" + target], "opposes", date, ev)

    def _committed_to_body(self, s: Sentence) -> None:
        """ "Ministers reaffirmed their commitment to AUKUS": a commitment to an alliance or
        grouping named right after it supports that body.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile and Peru reaffirmed their commitment to NATO on Monday."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'supports', 'NATO'), (('PER',), 'supports', 'NATO')]
        """
        for m in _COMMITTED_TO.finditer(s.text):
            body = next((x for x in s.mentions if s.local(x.start) == m.end()), None)
            if body is None or body.kind != "org" or not self._grouping(body):
                continue
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            actors, group_date = self._stance_subject(s, lo, m.start(), "supports")
            ev = self.evidence(s, "stance.supports.commitment", 0.7)
            date = self.date_near(s, lo, hi, m.start()) or group_date
            self._add(actors, (body.actor,), "supports", date, ev)

    def _committed_to_sovereignty(self, s: Sentence) -> None:
        """ "India was committed to Afghanistan's sovereignty and territorial integrity": a
        commitment to a state's sovereignty, integrity, independence or security supports it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile said it remained firmly committed to Peru's territorial integrity."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'supports', 'PER')]
        """
        for m in _COMMITTED_STATE.finditer(s.text):
            owner = next(
                (
                    x for x in s.actors(m.end(), m.end() + 40)
                    if x.kind == "nation" and s.local(x.start) == m.end()
                    and _SOVEREIGNTY_AFTER.match(s.text, s.local(x.end))
                ),
                None,
            )  # fmt: skip
            if owner is None:
                continue
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()) or _COMMITMENT_BROKEN.search(
                s.text, lo, m.start()
            ):
                continue  # ("accused Russia of violating its commitment to ...", "claimed it
                # was committed to ...": no commitment kept)
            actors, group_date = self._stance_subject(s, lo, m.start(), "supports")
            actors = tuple(a for a in actors if a != owner.actor)
            if not actors:
                continue
            ev = self.evidence(s, "stance.supports.sovereignty", 0.7)
            date = self.date_near(s, lo, hi, m.start()) or group_date
            self._add(actors, (owner.actor,), "supports", date, ev)

    def _commitment_of(self, s: Sentence) -> None:
        """ "reaffirmed the ironclad commitment of the United States to the defence of
        Australia": the state named after "of" commits to defend the one after "defence of".

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Austin reaffirmed the commitment of the United States to the defense of Peru."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('USA',), 'commits-to-defend', 'PER')]
        """
        for m in _COMMITMENT_OF.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            holders = [
                x for x in s.actors(m.start("who"), m.end("who"))
                if x.kind == "nation" and s.local(x.end) == m.end("who")
            ]  # fmt: skip
            targets = [
                x for x in self._objects(s, m.end(), window=1)
                if x.kind == "nation" and x.actor not in {h.actor for h in holders}
            ]  # fmt: skip
            if len(holders) != 1 or not targets:
                continue
            ev = self.evidence(s, "stance.commits-to-defend", 0.7)
            date = self.date_near(s, lo, hi, m.start())
            self._add((holders[0].actor,), unique_actors(targets), "commits-to-defend", date, ev)

    def _treaty_covers(self, s: Sentence) -> None:
        """ "Austin reaffirmed that the 1951 Mutual Defense Treaty covers armed attacks on
        Philippine armed forces": saying a defence treaty covers a state's forces or territory
        commits the speaker's state to defend it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The United States said the Mutual Defense Treaty extends to Philippine forces."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('USA',), 'commits-to-defend', 'PHL')]
        """
        for m in _TREATY_COVERS.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            pledge = self._treaty_pledge(s, m)
            if pledge is None:
                continue
            actors, targets = pledge
            ev = self.evidence(s, "stance.commits-to-defend.treaty", 0.65)
            self._add(
                actors, targets, "commits-to-defend", self.date_near(s, lo, hi, m.start()), ev
            )

    def _treaty_pledge(
        self, s: Sentence, m: re.Match[str]
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """(the sayer, the state covered) of a treaty said to cover one state (a _TREATY_COVERS
        match), or None when not one sayer and one other state are told."""
        covered = [
            x.state or x.key
            for x in s.mentions
            if x.kind == "nation" and m.start("what") <= s.local(x.start) < m.end("what")
        ]
        actors = self._treaty_sayer(s, m.start())
        targets = tuple(a for a in dict.fromkeys(covered) if a not in actors)
        if len(targets) != 1 or len(actors) != 1:
            return None
        return actors, targets

    def _treaty_sayer(self, s: Sentence, pos: int) -> tuple[str, ...]:
        """Who says the treaty named at ``pos`` covers something: the subject of the verb of
        saying before it ("The Pentagon reaffirmed that the ... Treaty applies to"), else the
        subject before the treaty's name and the states that qualify it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Hegseth reaffirmed that the United States would defend Japan and that the "
            ...      "U.S.-Japan Mutual Defense Treaty applies to Japanese forces.")
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('USA',), 'JPN')]
        """
        # The last verb of saying with a subject of its own in its clause ("China said the
        # patrols were illegal, but Washington reaffirmed that ...": Washington); one after
        # "and" shares an earlier verb's ("Washington said ... and stressed that": Washington)
        said = list(_SAID_THAT.finditer(s.text, 0, pos))
        for verb in reversed(said):
            if re.search(r"\band\s+$", s.text[: verb.start()]):
                continue
            own = self.subject(s, clause_of(s.text, verb.start())[0], verb.start())[0]
            if own:
                return own
        if said:  # ("The State Department condemned China's acts and reaffirmed that ...":
            end = said[0].start()  # the subject of the first verb with one, not China)
            if re.search(r"\band\s+$", s.text[:end]):
                for verb in _FIRST_VERB.finditer(s.text, 0, end):  # ("The newly appointed
                    own = self.subject(s, 0, verb.start())[0]  # ambassador condemned": past
                    if own:  # the participle)
                        return own
                if pronoun := re.match(r"\W*(?:He|She|They|It|We)\s+", s.text):
                    # "He called on Beijing to desist and reaffirmed that ...": whom he stands
                    # for, as for his first verb, not the one he called on
                    return self._stance_subject(s, 0, pronoun.end(), "commits-to-defend")[0]
            return self.subject(s, 0, end)[0]
        return self.subject(s, 0, _treaty_name_start(s.text, pos))[0]

    def _attack_would(self, s: Sentence) -> None:
        """A defence pledge told as a condition commits a state to defend the one an attack
        would hit: the state the attack "would mean" one on, the state whose commitments it
        "would invoke", else the one who says so ("..., Moscow said"); "will regard any attack
        on X as a threat" and "If X is attacked, Y will defend it" too.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Any aggression against Chile would mean aggression against Peru, Lima said."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('PER',), 'commits-to-defend', 'CHL')]
        """
        found: list[tuple[re.Match[str], list[Mention]]] = []
        for m in _ATTACK_WOULD.finditer(s.text):
            rest = s.text[m.end("verb") : min(len(s.text), m.end("verb") + 90)]
            stop = re.search(r"[,;]|\s+(?:and|but)\s", rest)
            rest_end = m.end("verb") + (stop.start() if stop else len(rest))
            told = s.text[m.end("verb") : rest_end]
            bound = _BINDING.search(told)  # the sayer pledges only what binds it: "would
            # invoke our treaty commitments" (not "would be treated as an attack on the region")
            if not bound and not re.search(r"\b(?:attack|aggression|assault)\b", told):
                continue  # ("an attack on Ukraine would be a disaster": no pledge)
            after = [x for x in s.actors(m.end("verb"), rest_end) if x.kind == "nation"]
            on = [
                x
                for x in after
                if _ATTACK_ON_ACTOR.search(s.text[: s.local(x.start)])
                and not re.match(r"['’]s?\b", s.text[s.local(x.end) :])
            ]  # "would mean aggression against the Russian Federation" (not "on Brazil's
            # interests")
            whose = [  # "would invoke U.S. mutual defense commitments"
                x for x in after
                if re.match(r"[\s\w-]{0,30}?\b(?:commitments?|obligations?|guarantees?|treaty)\b",
                            s.text[s.local(x.end) :])
            ]  # fmt: skip
            who = on or whose or (self._sayer(s, m.start(), rest_end) if bound else [])
            found.append((m, who[:1]))
        for m in _REGARD_ATTACK.finditer(s.text):
            lo, _hi = clause_of(s.text, m.start())
            subject = [x for x in s.actors(lo, m.start()) if x.kind == "nation"]
            found.append((m, subject[-1:]))
        for m in _IF_ATTACKED.finditer(s.text):
            who = [x for x in s.actors(m.start("who"), m.end("who")) if x.kind == "nation"]
            found.append((m, who[:1]))
        for m, who in found:
            if not who or _QUESTION.search(s.text[max(0, m.start() - 20) : m.start()]):
                continue
            if re.search(r"\b(?:not|never|no)\b", s.text[m.end("what") : m.end()]) or re.search(
                r"\b(?:not|never|denied|denies|deny|rejected|dismissed|no)\b[^.;]{0,60}$",
                s.text[: m.start()],
            ):  # "Kishida denied that an attack on Taiwan would be ...": no pledge
                continue
            actor = who[0].actor
            targets = unique_actors(
                [
                    x
                    for x in s.mentions
                    if x.kind == "nation"
                    and x.role != "place"  # ("an attack on Russian forces in Syria": Russia's)
                    and not re.match(  # ("an attack on the Israeli embassy in Cairo")
                        r"\s+(?:embassy|embassies|consulates?|diplomats?|nationals|citizens"
                        r"|interests|companies|firms)\b",
                        s.text[s.local(x.end) :],
                    )
                    and m.start("what") <= s.local(x.start) < m.end("what")
                    and x.actor != actor
                ]
            )
            if len(targets) != 1:
                continue
            lo, hi = clause_of(s.text, m.start())
            ev = self.evidence(s, "stance.commits-to-defend.attack-would", 0.6)
            self._add(
                (actor,), targets, "commits-to-defend", self.date_near(s, lo, hi, m.start()), ev
            )

    def _sayer(self, s: Sentence, lo: int, end: int) -> list[Mention]:
        """Who says the clause ``lo:end``: the subject of a reporting verb after it (", the
        State Department said", "Putin told Lukashenko") or before it ("Putin warned that")."""
        tail = s.text[end : end + 200]
        said = re.search(r"\b(?:said|says|told|warned|stressed|declared|according\s+to)\b", tail)
        if said:
            near = [
                x
                for x in s.actors(end, end + said.end() + 60)
                if x.kind == "nation" and not self._possessed_object(s, x)
            ]
            if near:
                return near[:1]
        head = re.search(
            r"\b(?:said|says|warned|stressed|declared|made\s+clear|insisted)\s+(?:that\s+)?$",
            s.text[:lo],
        )
        if head:
            return [x for x in s.actors(0, head.start()) if x.kind == "nation"][-1:]
        return []

    def _designated_terrorist(self, s: Sentence) -> None:
        """ "designated the Sinaloa Cartel and Los Lobos as foreign terrorist organizations":
        a terrorist designation sanctions each group it names, known to kg or not.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru designated the Red Hand and Los Halcones gangs as terrorist groups."
            >>> [(f.type, f.target) for f in extract_text(t).facts]
            [('sanctions', 'topic:Red Hand'), ('sanctions', 'topic:Los Halcones')]
        """
        if "terror" not in s.text.lower():
            return
        for m in _TERROR_DESIGNATION.finditer(s.text):
            lo, hi = clause_of(s.text, m.start())
            if hedged(s.text, lo, m.start(), m.start("verb") + len(m.group("verb"))):
                continue
            actors = self._stance_subject(s, lo, m.start(), "sanctions")[0]
            if not actors:
                continue
            obj_end = m.end("obj")
            aside = re.search(  # ", two of Haiti's gangs,", ", the rebels who ..." (not a list:
                # ", the Gulf Cartel", ", along with ..."; but ", the Pakistan-based leader of")
                r",\s+(?=the\s+(?:[a-z]|[A-Z][\w.]*-[a-z]+\s+[a-z])"
                r"|(?!(?:the|and|along|together|as\s+well)\b)[a-z]|\d)",
                m.group("obj"),
            )
            if aside:
                obj_end = m.start("obj") + aside.start()
            again = (  # (not when the object names groups itself: "the Sinaloa Cartel, ...")
                None
                if s.actors(m.start("obj"), obj_end)
                else self.epithet_state(s, m.start("obj"), m.group("obj").strip(), actors)
            )
            if again:  # "blacklisted the group as a terrorist organisation": the group named last
                ev = self.evidence(s, "stance.sanctions.terrorist-designation", 0.7)
                self._add(actors, (again,), "sanctions", self.date_near(s, lo, hi, m.start()), ev)
                continue
            spans = [(m.start("obj"), obj_end)]
            more = re.match(r",\s+(?:among\s+them|including)\s+([^;.]+)", s.text[m.end() :])
            if more:  # "designated 22 gangs as terrorist organisations, among them A and B"
                spans.append((m.end() + more.start(1), m.end() + more.end(1)))
            targets: list[str] = []
            for a, b in spans:
                known = [
                    x for x in s.actors(a, b)
                    if x.actor not in actors and not re.match(r"['’]s\b", s.text[s.local(x.end) :])
                ]  # fmt: skip
                if known:
                    counted = [  # "six Mexican drug cartels, along with A and B": the count too
                        "topic:" + item.group().strip()
                        for item in _list_items(s.text, a, b)
                        if _QUANTITY.match(item.group().strip())
                        and not s.actors(item.start(), item.end())
                        and not re.match(  # (not named in apposition: "the two coalitions, A
                            r",\s+(?:the\s+)?[A-Z]",
                            s.text[item.end() : b],  # and B")
                        )
                    ]
                    targets += [*counted, *unique_actors(known)]
                    continue
                for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", s.text[a:b]):
                    name = re.sub(r"^(?:the\s+)", "", item.strip())
                    name = re.sub(r"(?:\s+[a-z][\w-]*)+$", "", name)  # "Los Lobos gangs"
                    if re.match(r"[A-Z]", name) and len(name) > 2:
                        targets.append("topic:" + name)
            if not targets:
                continue
            # "designated five gangs ..., among them A": A, not "five gangs"
            self._drop_counted_sanctions(actors, at=s.start)
            ev = self.evidence(s, "stance.sanctions.terrorist-designation", 0.7)
            date = self.date_near(s, lo, hi, m.start())
            self._add(actors, tuple(dict.fromkeys(targets)), "sanctions", date, ev)
        for m in _TERROR_DESIGNATED_WHICH.finditer(s.text):
            self._designated_which(s, m)

    def _designated_which(self, s: Sentence, m: re.Match[str]) -> None:
        """ "the Viv Ansanm coalition, which the United States designated as a foreign terrorist
        organization": the name before the relative pronoun is sanctioned by its subject.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru named the Red Hand gang, which Chile designated a terrorist group in May."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CHL',), 'sanctions', 'topic:Red Hand')]
        """
        if hedged(s.text, m.start("subj"), m.start("verb"), m.end("verb")):
            return
        actors = unique_actors(
            [
                x
                for x in s.actors(m.start("subj"), m.end("subj"))
                if not self._possessed_object(s, x)
            ]
        )
        if not actors or re.search(r"\b(?:not|never)\b", m.group("subj")):
            return
        known = [x for x in s.actors(0, m.start()) if s.local(x.end) == m.start()]
        if known:
            targets: tuple[str, ...] = (known[-1].actor,)
        else:  # a name kg does not know: the capitalized words before the pronoun
            name = re.search(
                r"(?:^|\bthe\s+|[,;:]\s+|\b[a-z]\w*\s+)((?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)"
                r"(?:\s+[a-z][\w-]*){0,2}$",
                s.text[: m.start()],
            )
            item = re.sub(r"^(?:The|A|An)\s+", "", name.group(1)) if name else ""
            if not item or item in ("The", "It", "He", "She", "They"):
                return
            targets = ("topic:" + item,)
        if set(targets) & set(actors):
            return
        lo, hi = clause_of(s.text, m.start("verb"))
        ev = self.evidence(s, "stance.sanctions.terrorist-designation", 0.7)
        self._add(actors, targets, "sanctions", self.date_near(s, lo, hi, m.start("verb")), ev)

    def _others_sanctioned(self, s: Sentence, actors: tuple[str, ...]) -> list[str]:
        """The targets of the sanctions another actor imposed within the five sentences
        before, which "its own sanctions" follow ("Seoul imposed sanctions on Pyongyang. Japan
        announced its own sanctions hours later": on Pyongyang too).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Seoul imposed sanctions on Pyongyang. Tokyo announced its own sanctions."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('KOR',), 'PRK'), (('JPN',), 'PRK')]
        """
        texts = self._memory().texts
        recent = "".join(texts[-6:-1]) if len(texts) > 1 else ""
        told = [
            f for f in self.facts
            if f.kind == "stance" and f.type == "sanctions" and f.target
            and f.parties[0] not in actors and f.evidence[0].text in recent
        ]  # fmt: skip
        last = [f.target for f in told if f.evidence[0].text == told[-1].evidence[0].text]
        if not last or set(actors) & set(last):
            return []  # ("Belarus retaliated with its own sanctions": no sanction of its own
            # on itself; only the sanctions told last, not older ones in the background)
        return list(dict.fromkeys(last))

    def _sanctions_imposed(self, s: Sentence) -> None:
        """ "the arms embargo (that) the EU imposed on China": sanctions named before who imposed
        them (stances.toml [stances.cues] sanction_nouns).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Exports stalled under the embargo that Canada imposed on Belarus in 2021."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('CAN',), 'sanctions', 'BLR')]
        """
        nouns = self.lex.alternation("stances", "cues", "sanction_nouns", spaces=True, longest=True)
        imposed = self.lex.compiled(
            "stances.sanctions-imposed",
            lambda: (
                rf"(?<!\bto\s)\b(?:{nouns})\s+(?:(?:that|which)\s+|(?=(?:the\s+)?[A-Z]))"
                r"([^;]{1,60}?)"
                r"\s+(?:had\s+|has\s+|have\s+)?"
                r"(?:imposed|placed|slapped|levied)\s+on\s+(?:the\s+)?"
            ),
            re.I,
        )
        for m in imposed.finditer(s.text):
            lo = m.start(1)
            if hedged(s.text, lo, m.end(1), m.end()):
                continue
            actors = unique_actors(
                [x for x in s.actors(lo, m.end(1)) if not self._possessed_object(s, x)][-1:]
            )
            targets = unique_actors(self._objects(s, m.end(), window=0))
            ev = self.evidence(s, "stance.sanctions.imposed", 0.7)
            self._add(actors, targets, "sanctions", self.date_near(s, lo, len(s.text), lo), ev)

    def _sanctions_backed(self, s: Sentence) -> None:
        """Sanctions another body imposed, named by who backs them: "Finland continued to
        support the European Union's sanctions on Russia" (the backer is none of theirs).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Oslo said it backed the EU's sanctions on Belarus."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.type == "sanctions"]
            [(('European Union',), 'BLR')]
        """
        for m in _BACKED_SANCTIONS.finditer(s.text):
            lo, hi = m.span("owner")
            if hedged(s.text, clause_of(s.text, m.start())[0], m.start(), m.end()):
                continue
            owners = [x for x in s.mentions if lo <= s.local(x.start) and s.local(x.end) <= hi]
            actors = unique_actors(owners[-1:])
            targets = unique_actors(
                [x for x in self._objects(s, m.end(), window=0) if x.form != "person"]
            )  # (not the speaker after a comma: "sanctions on Russia, Niinisto said")
            if not actors or not targets:
                continue
            ev = self.evidence(s, "stance.sanctions.backed", 0.7)
            self._add(actors, targets, "sanctions", self.date_near(s, lo, len(s.text), lo), ev)

    def _sponsors(self, s: Sentence) -> None:
        """Who drafted or proposed a text supports it: "a Chilean-drafted resolution",
        "a U.S.-sponsored text", "Norway's proposal for a fund to arm Kyiv".

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Cuba vetoed a Peru-drafted Security Council resolution.")
            >>> [(f.parties, f.type, f.target) for f in ex.facts if f.parties == ("PER",)]
            [(('PER',), 'supports', 'topic:Security Council resolution')]
        """
        nouns = _proposal_rx()
        offers = _proposal_rx("offers")
        lex = load_lexicon().words("stances", "cues", "sponsored")
        sponsored = {w.lower() for w in lex}
        for m in s.mentions:
            if m.kind not in ("nation", "org"):
                continue
            rest = s.text[s.local(m.end) :]
            adj = re.match(r"-(\w+)\s+", rest)
            if adj and adj.group(1).lower() in sponsored:
                head = re.match(r"((?:[\w.’'-]+\s+){0,4}?)" + nouns.pattern, rest[adj.end() :])
                if head is None:
                    continue
                phrase = rest[adj.end() : adj.end() + head.end()].strip()
                new = re.search(r"\ban?\s+$", s.text[: s.local(m.start)], re.I)
                # "vetoed a U.S.-drafted resolution": a new one, not the last reported
                target = (None if new else self._proposal_ref(phrase)) or "topic:" + phrase
                rule = "stance.supports.sponsor"
            else:
                own = re.match(
                    r"['’]s\s+(?:own\s+)?" + offers.pattern + r"\s+(for|to)\s+", rest, re.I
                )
                if own is None or m.form == "demonym":
                    continue
                _lo, hi = clause_of(s.text, s.local(m.end))
                what = _topic_end().split(s.text[s.local(m.end) + own.end() : hi], maxsplit=1)[0]
                what = re.split(_PREDICATE_START, what, maxsplit=1)[0]
                what = _TRAILING_DATE.sub("", what).strip(" .,;")
                if not 2 <= len(what.split()) <= 14:
                    continue
                target = f"topic:{own.group(1)} {own.group(2)} {what}"
                rule = "stance.supports.proposal"
            actor = m.actor if m.kind == "org" else m.key
            self._add((actor,), (target,), "supports", s.first_date(), self.evidence(s, rule, 0.65))

    def _drafted_by(self, s: Sentence) -> None:
        """Who drafted a proposal named before them supports it: "adopted a resolution
        drafted by A and B" (the adopting body opens the target when named), "voted for the
        text, which A and B had drafted" (the proposal "the text" names).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The Security Council adopted a resolution drafted by Peru on the ceasefire."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('PER',), 'topic:Security Council resolution on the ceasefire')]
        """
        verbs = self.lex.alternation("stances", "cues", "drafting", spaces=True)
        nouns = _proposal_rx().pattern
        drafted = self.lex.compiled(
            "stances.drafted-by",
            lambda: (
                nouns
                + r"(?P<number>\s+\d{3,4})?"
                # "The resolution, adopted unanimously, was drafted by", "resolution 2728, which
                # was drafted by"
                + r"(?:,\s+(?:adopted|passed|approved)\s[^,;]{1,50},(?=\s+was)"
                + r"|,\s+which(?=\s+(?:was|had\s+been)))?"
                + r"(?P<was>\s+(?:was|were|had\s+been|has\s+been))?"
                + _DRAFTED_BY.format(verbs=verbs).replace("(,)", "(?P<comma>,)", 1)
            ),
            re.I,
        )
        more = self.lex.compiled(
            "stances.and-drafted-by", lambda: r"\s+and\s+(?:" + verbs + r")\s+by\s+"
        )  # "drafted by A and backed by B": B as well
        for m in drafted.finditer(s.text):
            run = self._objects(s, m.end(), window=1)
            if not run or hedged(s.text, 0, m.start(), m.end()):
                continue
            while (
                run
                and re.match(r",?\s+(?:said|told|added|reported)\b", s.text[s.local(run[-1].end) :])
                and re.search(r",\s+$", s.text[: s.local(run[-1].start)])
            ):
                run = run[:-1]  # "drafted by the permanent members of the Council, Egypt said",
                # "drafted by Peru, Chile said": the source drafted nothing (but "The text,
                # drafted by Ukraine, says" is Ukraine's)
            if not run:
                continue
            also = more.match(s.text, s.local(run[-1].end))
            run += self._objects(s, also.end(), window=1) if also else []
            stop = re.search(  # (not the tally: "by 11 votes in favor and none against")
                r"\s+(?:that|which|who|by\s+(?:a\s+vote\s+of|\d+\s+votes?))\b|[,;]|\.$",
                s.text[s.local(run[-1].end) :],
            )
            end = s.local(run[-1].end) + (stop.start() if stop else 0)
            body = re.search(
                r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)\s*(?:,[^,]*,)?\s+(?:adopted|passed|approved)\s+"
                r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",
                s.text[: m.start()],
            )
            lead = re.sub(r"^The\s+", "", body.group(1)) + " " if body else ""
            # the drafters are the actors, not part of what they drafted
            named = m.end("number") if m.group("number") else m.end(1)
            text = s.text[m.start() : named] + s.text[s.local(run[-1].end) : end]
            target = f"topic:{lead}{_TRAILING_DATE.sub('', text).strip()}"
            if m.group("number"):  # "Resolution 2750, drafted by Britain": that resolution,
                known = self._memory().proposal or ""  # as told before when it was
                number = m.group("number").strip()
                name = s.text[m.start() : named]
                told = re.search(rf"\b[Rr]esolution\s+{number}\b", known)
                # "The U.N. Security Council adopted resolution 2801, drafted by": its own
                body_keys = self._bodies_before(s, 0, m.start())
                lead = body_keys[-1] + " " if body_keys else lead
                target = known if told else f"topic:{lead}{name[:1].lower()}{name[1:]}"
            elif m.group("comma") or m.group("was"):  # "The draft, submitted by A and B, ...": an
                # aside on a named one; "The text was circulated by A": the one named before
                before = re.search(r"\b(?:the|this)\s+(?:[\w-]+\s+)?$", s.text[: m.start()], re.I)
                ref = self._proposal_ref(before.group() + m.group(1)) if before else None
                noun = m.group(1).lower()
                made = re.search(
                    r"\b(?:put\s+forward|tabled|submitted|drafted|sponsored)\s+by\s+$",
                    s.text[: m.end()],
                )
                if ref is None and noun == "resolution" and before:
                    ref = self._acting_body_resolution()  # "The resolution, drafted by A, ..."
                    if ref is not None:  # after the body's act: that body's, from now on
                        self._memory().proposal = ref
                        self._memory().proposal_at = len(self._memory().texts) - 1
                if ref is None and noun == "proposal" and m.group("was") and made and before:
                    ref = "topic:" + (before.group() + m.group(1)).strip()  # "The proposal was
                    # put forward by A, B and C": theirs, whatever it proposes
                if ref is None or (
                    m.group("was")
                    and noun not in ("text", "draft", "proposal")
                    and noun not in ref.lower()
                ):
                    continue  # ("the plan was presented by Egypt" is no resolution told before)
                target = ref
            ev = self.evidence(s, "stance.supports.drafted", 0.65)
            self._add(unique_actors(run), (target,), "supports", s.first_date(), ev)
        which = self.lex.compiled(
            "stances.which-drafted",
            lambda: (
                r"\b(?:the|a|an)\s+((?:[\w.'-]+\s+){0,4}?"
                + nouns
                + ")"
                + _WHICH_DRAFTED.format(verbs=verbs)
            ),
            re.I,
        )
        for m in which.finditer(s.text):
            drafters = [
                x for x in s.actors(m.start(3), m.end(3)) if not self._possessed_object(s, x)
            ]
            phrase = m.group(1)
            target = self._proposal_ref("the " + phrase) or "topic:" + phrase
            if drafters and not hedged(s.text, m.start(3), m.end(3), m.end()):
                ev = self.evidence(s, "stance.supports.drafted", 0.65)
                self._add(unique_actors(drafters), (target,), "supports", s.first_date(), ev)
        passive = self.lex.compiled(
            "stances.which-was-drafted",
            lambda: (
                r"\b(?:the|a|an)\s+((?:[\w.'-]+\s+){0,4}?" + nouns + r"),\s+which\s+"
                r"(?:was|were|had\s+been|has\s+been)\s+(?=(?:" + verbs + r")\s+by\s)"
            ),
            re.I,
        )
        by = self.lex.compiled(
            "stances.drafting-by", lambda: r"(?:" + verbs + r")\s+by\s+(?:the\s+)?"
        )
        for m in passive.finditer(s.text):  # "the text, which was drafted by A and presented
            _lo, hi = clause_of(s.text, m.end())  # by B": A and B
            drafters: list[Mention] = []
            at = m.end()
            while (found := by.match(s.text, at)) is not None:
                run = self._objects(s, found.end(), window=1)
                drafters += [  # ("backed by Ukraine's allies": not Ukraine)
                    x for x in run if not re.match(r"['’]s\b", s.text[s.local(x.end) :])
                ]
                rest = s.text[s.local(run[-1].end) if run else found.end() : hi]
                more = re.match(r"[^,;.]{0,60}?\s+and\s+(?=(?:" + verbs + r")\s+by\s)", rest)
                if more is None:
                    break
                at = s.text.find(rest, found.end()) + more.end()
            ref = self._proposal_ref("the " + m.group(1))
            if ref is None and _generic_proposal("the " + m.group(1)):
                continue  # "The plan, which was presented by Egypt": no plan told before
            target = ref or "topic:" + m.group(1)
            if drafters and not hedged(s.text, 0, m.start(), m.end()):
                ev = self.evidence(s, "stance.supports.drafted", 0.65)
                self._add(unique_actors(drafters), (target,), "supports", s.first_date(), ev)

    def _all_the_way(self, s: Sentence) -> None:
        """Standing with allies "all the way" where the sentence speaks of their collective
        defense ("Article 5") is a pledge to defend them: the speaker before the quote, toward
        the state named or, for "them", the grouping named last (stances.toml cues
        collective_defense).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("NATO ministers met in Oslo. Asked about Article 5, Macron told reporters: "
            ...      '"We are with them all the way."')
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('FRA',), 'commits-to-defend', 'NATO')]
        """
        way = re.search(r"\bwith\s+(them|you|[A-Z][\w.-]+)\s+all\s+the\s+way\b", s.text)
        if not way or not words("stances", "cues", "collective_defense").search(s.text):
            return
        opening = _opening_quote(s.text, way.start())
        speakers = [
            m for m in s.actors(0, opening or way.start())
            if m.kind == "nation" and m.form == "person"
        ]  # fmt: skip
        if not speakers or hedged(s.text, opening or 0, way.start(), way.end()):
            return
        if way.group(1) in ("them", "you"):
            recent = [(i, k) for k, i in self._memory().groupings.items() if s.index - i <= 8]
            targets = [max(recent)[1]] if recent else []
        else:
            targets = list(unique_actors(self._objects(s, way.start(1), window=0)))
        ev = self.evidence(s, "stance.commits-to-defend.all-the-way", 0.6)
        self._add((speakers[0].key,), targets, "commits-to-defend", s.first_date(), ev)

    def _mutual_clause(self, s: Sentence) -> None:
        """A pact's mutual-defence clause commits each of its parties to defend the others: the
        pact reported in this sentence or the one before it (stances.toml cues mutual_defense).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Chile and Peru signed a security pact on May 2, 2024. It binds the two to "
            ...      "assist one another in case of an attack.")
            >>> sorted((f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance")
            [(('CHL',), 'PER'), (('PER',), 'CHL')]
        """
        cue = next(
            (
                m for m in words("stances", "cues", "mutual_defense").finditer(s.text)
                if not m.group().istitle()  # "the 1951 Mutual Defense Treaty": a name
            ),
            None,
        )  # fmt: skip
        if cue is None:
            return
        lo, hi = clause_of(s.text, cue.start())
        if hedged(s.text, lo, cue.start(), cue.end()) or re.search(
            r"\b(?:could|would|might|may|not|no|yet|expected|planned|proposed)\b",
            s.text[cue.end() : hi],
        ):  # "a mutual defence clause could be added later" (an "if" belongs to a defence pledge)
            return
        starts = self._memory().starts
        first = starts[-2] if len(starts) > 1 else s.start  # the sentence before this one
        pacts = [
            f for f in self.facts
            if f.kind == "agreement" and f.evidence[-1].start >= first
            and sum(p in self.lex.nations for p in f.parties) >= 2
        ]  # fmt: skip
        if not pacts:
            return
        parties = [p for p in pacts[-1].parties if p in self.lex.nations]
        ev = self.evidence(s, "stance.commits-to-defend.mutual-clause", 0.6)
        for party in parties:
            others = [p for p in parties if p != party]
            self._add((party,), others, "commits-to-defend", None, ev)

    def _adopted_demand(self, s: Sentence) -> None:
        """A body that adopted a text which demands or calls on a state to act urges that
        state ("the Assembly adopted a resolution ... that demands Russia withdraw").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The UN Security Council adopted a resolution that demands Peru withdraw."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.type == "urges"]
            [(('UN Security Council',), 'PER')]
        """
        adopted = self.lex.compiled(
            "stances.adopted-demand",
            lambda: (
                r"\b(?:adopted|passed|approved)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                + _proposal_rx().pattern
                + r"\b[^.;]*?\b(?:that|which)\s+(?:demands|demanded|calls\s+on|called\s+on|urges)"
                r"\s+(?:that\s+)?"
            ),
            re.I,
        )
        for m in adopted.finditer(s.text):
            if hedged(s.text, 0, m.start(), m.end()):
                continue
            bodies = [
                x for x in s.actors(0, m.start())
                if x.kind == "org" and self._grouping_key(x.key)
                and not self._possessed_object(s, x)
            ]  # fmt: skip
            first = next((x for x in s.actors(m.end()) if s.local(x.start) == m.end()), None)
            targets = (first.actor,) if first is not None else ()
            if bodies and targets:
                ev = self.evidence(s, "stance.urges.adopted", 0.65)
                self._add((bodies[-1].actor,), targets, "urges", s.first_date(), ev)

    def _blamed_for_tensions(self, s: Sentence) -> None:
        """A speaker who says a state's acts raise tensions criticizes that state ("Seoul said
        Pyongyang's provocations only heightened tensions"): stances.toml [stances.cues]
        tension_verbs, with the acts' head nouns of [stances.targets] owned_heads.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru said Chile's military activities only escalated tensions."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('PER',), 'condemns', 'CHL')]
        """
        verbs = self.lex.alternation("stances", "cues", "tension_verbs")
        blamed = self.lex.compiled(
            "stances.tensions",
            lambda: (
                rf"\b(?:said|says|stated|warned)\s+(?:that\s+)?(.{{1,80}}?)\s+"
                rf"(?:only\s+|further\s+)?(?:{verbs})\s+(?:regional\s+)?tensions?\b"
            ),
        )
        for m in blamed.finditer(s.text):
            owner = next(
                (x for x in s.mentions if s.local(x.start) == m.start(1) and x.kind == "nation"),
                None,
            )
            heads = {w.lower() for w in re.findall(r"[\w-]+", m.group(1))}
            possessed = owner and re.match(r"['’]s\s", s.text[s.local(owner.end) :])
            lo, _hi = clause_of(s.text, m.start())
            speakers = [x for x in s.actors(lo, m.start()) if not self._possessed_object(s, x)]
            if not (owner and possessed and heads & _owned_heads() and speakers):
                continue
            if hedged(s.text, lo, m.start(), m.end()):
                continue
            ev = self.evidence(s, "stance.condemns.tensions", 0.6)
            self._add(unique_actors(speakers[-1:]), (owner.key,), "condemns", s.first_date(), ev)

    def _bodies_before(self, s: Sentence, lo: int, hi: int) -> list[str]:
        """The resolution bodies named between local ``lo`` and ``hi``, in order ("The U.N.
        Security Council on Thursday adopted resolution 2094": its own)."""
        return [
            x.key
            for x in s.mentions
            if x.kind == "org" and lo <= s.local(x.start) < hi and _votes_on_resolutions(x.key)
        ]

    def _that_meeting_date(self, s: Sentence) -> str | None:
        """The date of the meeting a sentence opens by ("At that meeting, the three ministers
        reaffirmed ..."): the last meeting told, whatever the group's latest date.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("SEOUL, May 6, 2024 — The defence ministers of Japan, South Korea and the "
            ...      "United States met in Seoul on Monday. They had first met in Tokyo in "
            ...      "November 2022. At that meeting, the three ministers condemned North Korea.")
            >>> sorted({f.date for f in extract_text(t).facts if f.kind == "stance"})
            ['2022-11']
        """
        if not _AT_THAT_MEETING.match(s.text):
            return None
        last = next((f for f in reversed(self.facts) if f.kind == "meeting"), None)
        if last is None or not last.evidence or s.start - last.evidence[-1].end > 400:
            return None  # (only the meeting just told)
        return last.date

    def _acting_body_resolution(self) -> str | None:
        """ "The resolution" after a body that votes on resolutions acted ("The U.N. General
        Assembly condemned the violence ... The resolution, drafted by Liechtenstein, ..."):
        that body's resolution, when no proposal was told."""
        if self._memory().proposal is not None:
            return None
        body = next(
            (
                f.parties[0]
                for f in reversed(self.facts)
                if f.kind == "stance" and f.parties and _votes_on_resolutions(f.parties[0])
            ),
            None,
        )
        return None if body is None else f"topic:{body} resolution"

    def learn_resolution(self, s: Sentence) -> None:
        """Remember a resolution the sentence reports ("The Security Council on Friday rejected
        a draft resolution that would have kept sanctions relief for Iran in place"), so that
        a later "criticized the text" names it, when no stance named a proposal meanwhile.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The council adopted a resolution extending the mission in Haiti. "
            >>> t += "Peru criticized the text."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('PER',), 'condemns', 'topic:resolution extending the mission in Haiti')]
        """
        voted = _ADOPTED_BY_VOTE.search(s.text)
        if voted and not re.search(
            r"(?:\b(?:not|never|failed\s+to)|n't)\s+(?:\w+\s+)?$", s.text[: voted.start()]
        ):  # "The General Assembly adopted the Arms Trade Treaty by 154 votes to 3. Iran,
            self._memory().adopted = ("topic:" + voted.group("np"), s.index)  # North Korea
            # and Syria voted against": the treaty
        if "resolution" not in s.text:
            return
        m = _RESOLUTION_NP.search(s.text)
        if m is None or _COUNTED_VETO.search(s.text, 0, m.start()):
            return  # ("Russia's seventh veto of a resolution on Syria": no new proposal)
        known = self._memory().proposal or ""
        if known:
            self._memory().proposal_at = len(self._memory().texts) - 1  # (told again here)
        lo, _hi = clause_of(s.text, m.start())
        body = self._bodies_before(s, lo, m.start())
        adopted = _ADOPTED.search(s.text, lo, m.start())
        if (
            body
            and adopted
            and not re.search(  # "The European Parliament on Wednesday adopted a resolution"
                r"\b(?:not|never|n't|failed\s+to)\s+(?:\w+\s+)?$", s.text[lo : adopted.start()]
            )  # (not "has not adopted a resolution since October")
        ):
            self._memory().adopter = (body[-1], s.index)
        else:  # another resolution, not adopted ("Russia vetoed a draft"): not the body's
            self._memory().adopter = None
        if m.group("np").strip() not in known:  # (a stance's own wording stays)
            lead = body[-1] + " " if body and body[-1] not in m.group("np") else ""
            self._memory().proposal = _without_relative("topic:" + lead + m.group("np").strip())
            self._memory().proposal_at = len(self._memory().texts) - 1

    def _council_vote(self, s: Sentence) -> None:
        """Remember what a council decided by a vote when the sentence names no resolution
        ("The Security Council extended an arms embargo on Sudan, in a 13-2 vote in which
        Chile and Peru voted against"): a resolution doing that is what the votes were on.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The U.N. Security Council on Tuesday extended an arms embargo on Sudan, "
            >>> t += "in a 13-2 vote in which Chile and Peru voted against."
            >>> sorted((f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"
            ...        and f.type == "opposes")  # doctest: +NORMALIZE_WHITESPACE
            [(('CHL',), 'topic:UN Security Council resolution extending an arms embargo on Sudan'),
             (('PER',), 'topic:UN Security Council resolution extending an arms embargo on Sudan')]
        """
        if not _VOTE_WORD.search(s.text) or _RESOLUTION_NP.search(s.text):
            return
        for x in s.mentions:
            if x.kind != "org" or not _votes_on_resolutions(x.key):
                continue
            m = _COUNCIL_DECIDED.match(s.text, s.local(x.end))
            if m is None or hedged(s.text, s.local(x.start), m.start("obj"), m.end("obj")):
                continue
            verb = m.group("inf") or re.sub(r"(?:ed|d)$", "", m.group("verb"))
            verb = re.sub(r"(?<=[^e])e$", "", verb)  # "imposed", "voted to impose": imposing
            verb += verb[-1] if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bnpt]", verb) else ""
            obj = _TRAILING_DATE.sub("", m.group("obj")).strip(" .")
            self._memory().proposal = f"topic:{x.key} resolution {verb}ing {obj}"
            self._memory().proposal_at = len(self._memory().texts) - 1
            return

    def _proposal_ref(self, phrase: str) -> str | None:
        """The proposal a generic "the text", "the plan", "the draft" names: the last one
        a stance was taken on."""
        generic = words("stances", "cues", "generic_proposals").search(phrase)
        if generic is not None and (
            generic.start() <= 4
            or (
                re.fullmatch(r"(?:text|draft|resolution)", generic.group(), re.I)
                and re.fullmatch(
                    r"(?:the|this|that)\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}",
                    phrase[: generic.start()],
                    re.I,
                )
            )
        ):
            return self._memory().proposal  # ("The non-binding text": the one told; not "the
            # trade measure", "the peace plan")
        memory = self._memory()
        if not re.match(r"(?:the|this|that)\s+vote\b", phrase, re.I) or memory.proposal is None:
            return None
        told, now = memory.proposal_at, len(memory.texts) - 1
        if not 0 < now - told <= 4 or any(
            re.search(r"\b(?:elections?|referendum)\b", t, re.I)
            for t in memory.texts[told + 1 : now]
        ):
            return None  # ("the vote" a few sentences after the proposal, no election between)
        return memory.proposal

    def _learn_institutions(self, s: Sentence) -> None:
        """Remember whose institutions the sentence names ("South Korea's military", "the
        Polish defense ministry"), for a later bare "The military condemned ..."."""
        known = self._memory().institutions
        for bare in re.finditer(r"\b[Tt]he\s+" + _institution_rx().pattern, s.text):
            owner = self._recent_institution(s, bare.group(1))
            if owner is not None:  # "The ministry said ...": still the one named before
                known[" ".join(bare.group(1).lower().split())] = (owner, s.index)
        place = next((m for m in s.mentions if m.kind == "nation"), None)
        opening = _IN_CAPITAL.match(s.text)
        if place is not None and opening and s.local(place.start) == opening.start("place"):
            bare = _bare_institution_rx().match(s.text, opening.end())
            noun = " ".join(bare.group(1).lower().split()) if bare else ""
            of = re.match(r"\s+of\s+(?:the\s+)?", s.text[bare.end() :]) if bare else None
            foreign = of and any(  # "the foreign ministry of Pakistan" (not "of unification")
                m.kind == "nation" and s.local(m.start) == bare.end() + of.end() for m in s.mentions
            )
            if bare and noun not in _ABROAD_INSTITUTIONS and not foreign:
                known[noun] = (place.key, s.index)  # "In Beijing, the foreign ministry urged
                # ...": China's (not "the embassy" there, nor "the ministry of Pakistan")
        rx = re.compile(  # "South Korea's military", "the Polish defense ministry", but not
            # "the United States urged the junta"
            r"(?:['’]s)?\s+(?:(?![\w-]*ed\b|the\b|an?\b|to\b|and\b)[\w-]+\s+){0,2}?"
            + _institution_rx().pattern,
            re.I,
        )
        for m in s.mentions:
            army = (  # ("the Myanmar military", a body of its own)
                m.kind == "org"
                and m.key in self.orgs
                and self.orgs[m.key].kind == "military-branch"
                and m.state
            )
            state = m.state if army else m.key
            seized = (
                ((m.kind == "nation" and m.form != "person") or army)
                and (army or _ARMY_OF.match(s.text, s.local(m.end)))
                and (_TOOK_POWER.search(s.text) or _TOOK_POWER.search(self.st.told))
            )
            if seized:  # "a five-point consensus with Myanmar's military chief" in a story of
                known["junta"] = (state, s.index)  # its coup: a later "the junta" is Myanmar's
                # (the latest named)
            rule = _MILITARY_RULE.match(s.text, s.local(m.end)) if m.kind == "nation" else None
            if rule:  # "Mali's military-led government", "Myanmar's military regime": the rulers
                known["military government"] = (m.key, s.index)  # a later "the junta" names
                if rule.group(1) in ("regime", "junta"):
                    known[rule.group(1)] = (m.key, s.index)
            if m.kind == "nation" and (m.role == "actor" or m.form == "demonym"):
                after = rx.match(s.text[s.local(m.end) :])
                if after:
                    noun = after.group(1).lower()
                    known[noun] = known[noun.split()[-1]] = (m.key, s.index)
            elif m.kind == "org" and m.state and self.orgs[m.key].state_apparatus:
                own = _institution_rx().search(s.text[s.local(m.start) : s.local(m.end)])
                if own:  # "Japan's Defense Ministry" (one name in the lexicon): Japan's
                    noun = " ".join(own.group(1).lower().split())
                    known[noun] = known[noun.split()[-1]] = (m.state, s.index)

    def _seated_institution(self, s: Sentence, lo: int, t0: int) -> str | None:
        """The state whose institution opens the clause with its seat ("the foreign ministry in
        Algiers rejected ..."): the capital's state (not an embassy or mission there).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "On Monday the foreign ministry in Rabat condemned the raid by Algeria."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('MAR',), 'DZA')]
        """
        rx = self.lex.compiled(
            "stances.seated", lambda: _SEATED.replace("INSTITUTION", _institution_rx().pattern)
        )
        seat = rx.match(s.text, lo, t0)
        if seat is None or seat.group(1).lower() in _ABROAD_INSTITUTIONS:
            return None
        if s.actors(seat.start(), seat.start(1)):
            return None  # "The Russian military in Syria": the owner named before the noun
        place = [m for m in s.mentions if s.local(m.start) == seat.end() and m.kind == "nation"]
        if not place or place[0].form not in ("metonym", "name"):
            return None
        if re.match(r",?\s+and\b", s.text[s.local(place[0].end) : t0]):
            return None  # "The junta in Niamey and the rulers of Mali condemned": all of them,
            # as the subject rules find them
        return place[0].key

    def _institution(self, s: Sentence, lo: int, t0: int) -> str | None:
        """The state of a bare institution that opens the clause ("The military condemned ...")
        when a recent sentence named whose it is ("South Korea's military said").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile's navy said Peru fired a missile. The navy condemned the launch."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('CHL',), 'PER')]
        """
        known = self._memory().institutions
        opening = _IN_CAPITAL.match(s.text, lo, t0)  # ("In Beijing, the foreign ministry")
        bare = re.match(  # (after a conjunction: "..., as the Department of Foreign Affairs")
            r"\W*(?:(?:as|while|and|but|when)\s+)?" + _bare_institution_rx().pattern,
            s.text[opening.end() if opening else lo : t0],
            re.I,
        )
        voice = (
            re.match(
                r"(?:an?\s+)?" + _institution_rx().pattern + _VOICE_OF,
                s.text[opening.end() : t0],
                re.I,
            )
            if opening and not bare
            else None
        )
        if voice and s.actors(opening.end() + voice.end(), t0):
            voice = None  # ("In Iraq, military officials said the U.S.-led coalition had
            # condemned": another subject before the verb)
        seat = (
            next(
                (
                    m for m in s.mentions
                    if m.kind == "nation" and m.form == "metonym"
                    and s.local(m.start) == opening.start("place")
                ),
                None,
            )
            if voice and opening
            else None
        )  # fmt: skip
        if voice and seat and " ".join(voice.group(1).lower().split()) not in _ABROAD_INSTITUTIONS:
            return seat.key  # "In Tehran, foreign ministry spokeswoman Marzieh Afkham condemned"
        placed = self.lex.compiled(
            "stances.voice_in",
            lambda: r"\W*(?:an?\s+|the\s+)?" + _institution_rx().pattern + _VOICE_OF + r"\s+in\s+",
            re.I,
        ).match(s.text, lo, t0)
        city = (
            next(
                (
                    m for m in s.mentions
                    if m.kind == "nation" and m.form == "metonym"
                    and s.local(m.start) == placed.end()
                ),
                None,
            )
            if placed and not bare
            else None
        )  # fmt: skip
        said = (
            re.search(r"\b(?:said|says|told|stated)\b", s.text[s.local(city.end) : t0])
            if city
            else None
        )
        if (
            city
            and " ".join(placed.group(1).lower().split()) not in _ABROAD_INSTITUTIONS  # type: ignore[union-attr]
            and not s.actors(s.local(city.end), s.local(city.end) + said.start() if said else t0)
        ):
            return city.key  # "A foreign ministry spokesman in Beijing said ... and rejected his
            # criticism": Beijing's
        if not bare:
            return None
        owner = known.get(bare.group(1).lower())
        home = self.lex.words("stances", "cues", "home_institutions")
        named = re.search(r"\b[A-Z]", bare.group()[: bare.start(1)].lstrip()[1:])
        if owner is None and " ".join(bare.group(1).split()) in home and not named:
            # ("the Biden administration" is that president's, not the dateline's)
            state = self.issuer or self._dateline_state()
            before = sorted(self._memory().states.get(s.index - 1, ()))
            if re.match(r"\s+(?:in|of)\s+(?:the\s+)?[A-Z]", s.text[lo + bare.end() :]) or (
                before and before[0][1] != state and not self.issuer
            ):
                return None  # "The Defence Ministry in Tokyo", "the Ministry of Foreign Affairs
                # of Romania" (another's), or the story before is about
                # another state ("South Korea lodged a protest ... The Foreign Ministry also"),
                # unless the ministry's own release tells it
            return state  # a local paper's "The Government", "The Foreign Ministry": its own
        return self._recent_institution(s, bare.group(1))

    def _addressed_government(self, s: Sentence, t1: int, actors: tuple[str, ...]) -> str | None:
        """The state whose government, junta or authorities a trigger at ``t1`` addresses
        ("urged the junta to hold elections"): for a party or a legislature its own state, else
        the one a recent sentence named as its owner ("Niger's junta"), else the state the story
        is datelined in, when the clause names no other. None for a state's own actor or when
        no state is known.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The opposition Law and Justice party urged the government to publish it."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('Law and Justice',), 'POL')]
        """
        bare = _ADDRESSED_GOVERNMENT.match(s.text, t1)
        if bare is None:
            return None
        org = self.orgs.get(actors[0]) if len(actors) == 1 else None
        if org is not None and org.country and org.kind in _DOMESTIC_KINDS:
            return org.country  # "the opposition urged the government": its own
        state = self._recent_institution(s, " ".join(bare.group(1).lower().split()))
        stop = t1 + re.search(r"[,;:]|\band\s+[a-z]+ed\b|$", s.text[t1:]).start()  # type: ignore[union-attr]
        home = self._dateline_state()
        elsewhere = any(
            m.kind == "nation" and m.role == "place" and m.key != home
            for m in s.mentions
            if t1 <= s.local(m.start) < stop
        )
        if state is None and not elsewhere:
            state = home  # in a local story, that state's (but "urged the government to free
            # journalists in Azerbaijan": which, it does not say)
        return state if state is not None and state not in actors else None

    def _recent_institution(self, s: Sentence, noun: str) -> str | None:
        """The state of a bare institution ("the ministry") a sentence at most five before
        named as its own ("Japan's Defense Ministry"), or None."""
        owner = self._memory().institutions.get(noun.lower())
        return owner[0] if owner is not None and s.index - owner[1] <= 5 else None

    def _members_of(self, s: Sentence, lo: int, t0: int) -> str | None:
        """The body whose members open the clause, or the sentence when the clause has no
        subject of its own ("Lawmakers from the Law and Justice party criticized ...").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Lawmakers from the Bundestag criticized the plan to buy jets."
            >>> [(f.parties, f.type) for f in extract_text(t).facts]
            [(('Bundestag',), 'condemns')]
        """
        nouns = self.lex.alternation("stances", "cues", "members")
        pre = s.text[lo:t0]
        bare = re.fullmatch(r"\W*(?:(?:but|and|yet|has|have|had|also|then|later)\s+)*", pre)
        start = 0 if bare or re.match(_SUBJECTLESS, pre) else lo
        head = re.match(
            rf"\W*(?:[A-Za-z-]+\s+){{0,2}}?(?:{nouns})\s+(?:from|of|in)\s+(?:the\s+)?",
            s.text[start:t0],
            re.I,
        )
        if not head or re.match(
            r"\W*(?:some|several|a\s+few|few|a\s+handful)\b", head.group(), re.I
        ):
            return None  # ("Some members of Congress have accused the UAE": not Congress)
        at = start + head.end()
        m = next((m for m in s.mentions if s.local(m.start) == at and m.kind == "org"), None)
        return m.actor if m is not None else None

    def _named_body(
        self, s: Sentence, t1: int, hi: int, targets: list[str], actors: tuple[str, ...]
    ) -> list[str]:
        """A state's body told by a common noun and then named ("sanctions on Turkey's
        military procurement agency, the Presidency of Defense Industries"): the named body,
        not the state.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The United States imposed sanctions on Turkey's procurement agency, the "
            ...      "Presidency of Defense Industries, on Monday.")
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['Presidency of Defense Industries']
        """
        owners = [
            m for m in s.mentions
            if m.kind == "nation" and m.actor in targets and t1 <= s.local(m.start) < hi
        ]  # fmt: skip
        for m in owners[:1]:
            told = _POSSESSED_THEN_NAMED.match(s.text, s.local(m.end))
            body = next(
                (
                    o for o in s.mentions
                    if told and o.kind == "org" and s.local(o.start) == told.end()
                    and not self._grouping_key(o.key) and o.key not in self.lex.nations
                ),
                None,
            )  # fmt: skip
            after = s.text[s.local(body.end) :] if body is not None else ""
            listed = re.match(r"\s*(?:\([^()]*\))?\s*,?\s+and\s+(?:the\s+)?[A-Z]", after)
            said = re.match(
                r"\s*(?:\([^()]*\))?\s*,?\s+(?:said|says|announced|added|told|reported|stated)\b",
                after,
            )  # ("sanctions on China's defence firms, the Pentagon said": who said it)
            if (
                body is not None and not listed and not said and body.actor not in actors
            ):  # (not a list: "Iran's navy, the IRGC and
                return [body.key if t == m.actor else t for t in targets]  # Hezbollah")
        return targets

    def _sanctioned_people(self, s: Sentence, t1: int, hi: int, targets: list[str]) -> list[str]:
        """Sanctions on a person named with an office target the person, not the state
        ("sanctions on Venezuelan Defense Minister Vladimir Padrino López"), unless the state
        itself is named among the targets too.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The United States imposed sanctions on Peruvian President Pedro Alva."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['topic:Peruvian President Pedro Alva']
        """
        out = []
        topics = [t for t in targets if t.startswith("topic:")]
        for target in targets:
            named = [
                m for m in s.mentions
                if m.actor == target and t1 <= s.local(m.start) < hi and m.kind == "nation"
            ]  # fmt: skip
            people = [m for m in named if m.form == "person" and " " in m.text.strip()]
            titles = {  # "Venezuelan Defense Minister X": the demonym of a person's office
                id(m): p
                for m in named
                for p in people
                if m.form == "demonym"
                and re.fullmatch(
                    r"(?:\s+[A-Z][\w.-]*){1,4}\s+", s.text[s.local(m.end) : s.local(p.start)]
                )
            }
            rest = [m for m in named if m.form != "person" and id(m) not in titles]
            if rest or not named:
                out.append(target)  # ("sanctions on Russian banks and ...": the state too)
            for person in people:
                title = [m for m in named if titles.get(id(m)) is person]
                begin = s.local(title[-1].start) if title else s.local(person.start)
                out.append("topic:" + s.text[begin : s.local(person.end)])
            told = [  # "on Peruvian Defence Minister Pedro Alva" (a name kg does not know):
                m for m in rest  # that person, told as a topic, and no more of the state
                if any(s.text.startswith(t[6:], s.local(m.start)) for t in topics)
            ]  # fmt: skip
            if told and len(told) == len(rest):
                out = [t for t in out if t != target]
        out = list(dict.fromkeys(out))
        return [  # ("Valery Gerasimov" inside "Chief of General Staff Valery Gerasimov": one)
            t
            for t in out
            if not any(o != t and o.endswith(" " + t[6:]) for o in out if t.startswith("topic:"))
        ]

    def _person_before(
        self, s: Sentence, t0: int, actors: tuple[str, ...], by_name: bool = False
    ) -> list[str]:
        """Whom a "him" or "her" after a trigger stands for: the last person named before it
        in the sentence who is not the actor ("held talks with Putin and urged him to ...");
        ``by_name``: the person, not the state ("Padrino was charged ..., and the Treasury
        sanctioned him": sanctions on a person target the person).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Xi Jinping met Vladimir Putin and urged him to end the war."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('CHN',), 'urges', 'RUS')]
        """
        people = [
            m for m in s.actors(0, t0)
            if (m.form == "person" or self.official(s, m)) and m.actor not in actors
        ]  # fmt: skip
        named = [m for m in people if m.form == "person"]
        if by_name and named:
            return ["topic:" + named[-1].text]
        return [people[-1].actor] if people else []  # (an official not named: the state)

    def _noun_holder(self, s: Sentence, lo: int, t0: int, t1: int) -> str | None:
        """The state a stance noun belongs to ("Chile's backing of", "U.S. military support
        for"), which holds the stance whoever the sentence's subject is.

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Lawmakers questioned the cost of U.S. support for Haiti.")
            >>> [(f.parties, f.target) for f in ex.facts if f.kind == "stance"]
            [(('USA',), 'HTI')]
        """
        if not _STANCE_NOUN.match(s.text, t0, t1):
            return None
        if s.text[t0:t1].lower() == "support" and not re.match(
            r"\s+(?:for|of|to|from|in)\b", s.text[t1:]
        ):
            return None  # "Egypt and Jordan support Libya": a verb, whose subject holds it
        owners = [
            m
            for m in s.mentions
            if m.kind == "nation"
            and m.form in ("name", "demonym", "metonym")
            and lo <= s.local(m.start)
            and _HOLDER_GAP.fullmatch(s.text[s.local(m.end) : t0])
        ]
        if owners:
            return owners[-1].actor
        cited = re.search(
            r"\b(?:citing|over|accusing\s+it\s+of|because\s+of)\s+its" + _HOLDER_GAP.pattern + "$",
            s.text[:t0],
        )
        supported = s.text[t1 : t1 + 50]
        armed = _ARMED_SUPPORTED.match(supported) or any(
            m.kind == "org" and m.key in self.orgs and self.orgs[m.key].kind == "armed-group"
            and t1 <= s.local(m.start) < t1 + 20
            for m in s.mentions
        )  # fmt: skip  # (what a sanctioned state is blamed for backing: "the Houthis",
        # "militant groups"; not "citing its support for Ukraine", the sanctioner's own)
        acted_on = [
            m for m in s.mentions
            if cited is not None and armed and m.kind == "nation" and m.role == "actor"
            and s.local(m.end) <= cited.start()
            and re.search(r"\b(?:on|against|sanctioned|condemned|punished)\s+(?:the\s+)?$",
                          s.text[: s.local(m.start)])
        ]  # fmt: skip
        if acted_on:  # "renewed sanctions on Syria, citing its support for militant groups":
            return acted_on[-1].actor  # the sanctioned state's support
        again = re.search(r"\band\s+(?:its|their)" + _HOLDER_GAP.pattern + "$", s.text[lo:t0])
        earlier = [
            m for m in s.mentions
            if m.kind == "nation" and lo <= s.local(m.start)
            and again is not None and s.local(m.end) < lo + again.start()
            and re.match(r"['’]s?\s", s.text[s.local(m.end) :])
        ]  # fmt: skip
        if earlier and _NEW_CLAUSE_VERB.match(s.text, t1):
            return None  # "denounced Russia's aggression and its support for Ukraine remains
            # ironclad": the speaker's own support, in a clause of its own
        # "condemned Russia's annexation of Ukraine's Crimea and its support for separatists":
        return earlier[0].actor if earlier else None  # Russia's, the first owner's

    def _group_opening(self, s: Sentence, lo: int, t0: int) -> tuple[str, ...]:
        """The group a counted reference opening the clause stands for ("the six leaders said
        ..."), or nothing.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Obama hosted the leaders of Denmark, Finland, Iceland, Norway and Sweden. "
            ...      "The six leaders said they were worried about Russia's build-up and "
            ...      "condemned its aggression.")
            >>> len([f for f in extract_text(t).facts if f.type == "condemns"])
            6
        """
        refs = group_refs(s.text[lo:t0])
        if (
            not refs
            or refs[0][2] is None
            or not re.fullmatch(r"\s*(?:[A-Z][^,;]{0,80},\s*)?", s.text[lo : lo + refs[0][0]])
        ):  # (after an opener: "In a joint statement issued after the talks, the six leaders")
            return ()
        if not re.match(
            r"\s+(?:also\s+)?(?:said|say|says|agreed|stated)\b", s.text[lo + refs[0][1] :]
        ):
            return ()
        group = self._group_for(s, lo + refs[0][0], refs[0][2])
        return group.actors if group else ()

    def _known_modifier(self, s: Sentence, t1: int, phrase: str) -> bool:
        """Whether a topic ``phrase`` after ``t1`` opens with a body kg knows used as a
        modifier of a lower-case noun ("NATO membership for Ukraine"): a topic, not a name kg
        does not know.

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Russia rejects NATO membership for Ukraine.")
            >>> [(f.parties, f.target) for f in ex.facts]
            [(('RUS',), 'topic:NATO membership for Ukraine')]
        """
        at = s.text.find(phrase, t1)
        head = next((m for m in s.mentions if s.local(m.start) == at and m.kind != "system"), None)
        noun = re.match(r"\s+([a-z]+)\b", s.text[s.local(head.end) :]) if head else None
        return noun is not None and (
            (head.kind == "org" and noun.group(1) in _MEMBERSHIP_STEPS)  # type: ignore[union-attr]
            or noun.group(1) in _speech()  # ("rejected NATO criticism", "U.S. accusations")
        )

    def _described_state(self, s: Sentence, t0: int, actors: tuple[str, ...]) -> str | None:
        """The state a description stands for ("the island nation", "the country"): the one
        named last before it, in this sentence or the two before, other than the actors.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru's president visited Nauru. Peru pledged support for the island nation."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['NRU']
        """
        memory = self._memory()
        for index in range(s.index, s.index - 3, -1):
            named = [
                key
                for pos, key in memory.states.get(index, ())
                if (index < s.index or pos < t0) and key not in actors
            ]
            if named:
                return named[-1]
        return None

    def _who_met(
        self, pre: str, people: bool = True, here: tuple[str, ...] = ()
    ) -> tuple[str, ...] | None:
        """The states of the people a reference like "both ministers" or "the four leaders"
        stands for: the parties of the latest meeting or agreement of that size.

        People who "met" or "signed" are the article's meeting or agreement parties, not the
        states named last (the participants of an exercise, say).
        """
        refs = group_refs(pre)
        if not refs:
            return None
        start, end, _size = refs[-1]
        direct = not re.search(r"\w", pre[end:])
        opens = re.search(r"(?:^|[,;]\s*(?:and|but|while)?)\s*$", pre[:start])
        if not (direct or (opens and not people)):
            return None  # the reference is not the subject of the trigger
        ref = pre[start:end]
        if people and not re.search(_PEOPLE_REF, ref, re.I):
            return None  # "the two countries": the group rule, unless it finds none
        size = refs[-1][2] or (2 if re.match(r"both\b", ref, re.I) else None)
        found: list[tuple[bool, tuple[str, ...]]] = []
        restated: list[bool] = []  # (an undated agreement: maybe a background pact told again)
        seen = {*self.st.people_seen, *here}  # (with the people of the sentence itself)
        unled: list[bool] = []  # (a pact none of whose parties' leaders was named)
        for fact in reversed(self.facts):
            if fact.kind not in ("meeting", "agreement"):
                continue
            states = tuple(a for a in fact.parties if a in self.lex.nations)
            bodies = [a for a in fact.parties if self._grouping_key(a)]
            if people and size is None and fact.kind == "meeting" and len(bodies) == 1:
                states = (bodies[0],)  # "a video call of G7 leaders ... the leaders condemned"
                found.append((self._background(fact), states))  # the grouping's word
                restated.append(False)
                unled.append(False)
            elif len(states) >= 2 and size in (None, len(states)):
                found.append((self._background(fact), states))
                restated.append(fact.kind == "agreement" and fact.date is None)
                unled.append(fact.kind == "agreement" and not all(a in seen for a in states))
        # "Unlike the pact Moscow signed with Pyongyang last year, ...": the leaders of the
        # article's own event, not of an earlier one told for comparison (nor of that pact
        # told again undated: "the pact was not directed against any third country")
        if people and any(unled) and not all(unled):  # "Biden and Ardern ... the China-Solomon
            # Islands pact ... the two leaders pledged": the two whose leaders were named, not
            # the pact's parties (a meeting told by titles only stays)
            found = [f for f, out in zip(found, unled, strict=True) if not out]
            restated = [r for r, out in zip(restated, unled, strict=True) if not out]
        earlier = {frozenset(states) for old, states in found if old}
        return next(
            (
                states
                for (old, states), again in zip(found, restated, strict=True)
                if not old and not (again and frozenset(states) in earlier)
            ),
            found[0][1] if found else None,
        )

    def _background(self, fact: Fact) -> bool:
        """True for a fact of an earlier time than the article's: dated more than a month
        before it, or undated in a sentence that names an earlier year ("last year", "in 2019").
        """
        if not self.article_date:
            return False
        if fact.date:
            return fact.date[:7] < _month_before(self.article_date)
        text = fact.evidence[0].text if fact.evidence else ""
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
        return bool(re.search(r"\blast\s+year\b", text, re.I)) or any(
            y < int(self.article_date[:4]) for y in years
        )

    def _alleged(self, s: Sentence, lo: int, t0: int) -> bool:
        """True for a stance only alleged of someone: inside what an accusation or claim says
        ("accused China of backing Russia", "Moscow claims that NATO backed ...") or what
        outsiders say ("analysts said Beijing had condemned ...").

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Peru accused Chile of backing Bolivia's claim.")
            >>> [(f.parties, f.type, f.target) for f in ex.facts]
            [(('PER',), 'condemns', 'CHL')]
        """
        pre = s.text[lo:t0]
        if not re.search(_AND_PREDICATE, pre):  # (but "... of X and urged Y": the speaker's)
            if re.search(r"\baccus\w*\s+.{1,60}?\s+of\s+(?:\w+\s+){0,2}$", pre, re.I):
                return True  # "accused China of backing Russia"
            accused = list(re.finditer(r"\baccus\w*\s+[^,;]{1,60}?\s+of\s+", pre, re.I))
            if accused and not re.search(
                r"[,;]|\b(?:and|but)\s+(?:also\s+)?[a-z]+ed\b", pre[accused[-1].end() :]
            ):  # "accusing him of a central role in Kigali's support for the rebels"
                return True
        if _CALLED_BEFORE.search(pre):
            return True  # "until New Delhi stops what it called its support for terrorism"
        if re.search(_AND_PREDICATE, pre):
            return False  # "denied that X sent drones and condemned ...": the speaker's own
        claim = words("stances", "cues", "allegations").search(pre)
        fronted = claim is not None and bool(
            _FRONTED_CLAUSE.match(pre[: claim.start()]) and "," in pre[claim.end() :]
        )  # "Following allegations that the vote was rigged, Canada imposed sanctions": Canada's
        if claim and not fronted and not re.search(r"[;.]", pre[claim.end() :]):
            return True
        outsider = words("stances", "cues", "outsiders").search(pre)
        if outsider and words("stances", "cues", "saying").search(pre, outsider.end()):
            return True
        media = [  # "Bloomberg reported that Saudi Arabia had backed ...": the outlet's reading
            m for m in s.actors(lo, t0)
            if m.kind == "org" and self.orgs[m.key].kind == "news-media"
        ]  # fmt: skip
        return bool(media) and bool(
            re.match(
                r"\s+(?:has\s+)?(?:reported|reports|said|says|cited)\b",
                s.text[s.local(media[0].end) :],
            )
        )

    def _governmental(self, key: str) -> bool:
        """True for a state or a non-commercial body (aid comes from governments, not firms)."""
        if key in self.lex.nations:
            return True
        org = self.orgs.get(key)
        return org is not None and org.kind in ("international-organization", "government-body")

    def _threatened(self, s: Sentence, lo: int, t0: int, t1: int, stype: str = "") -> bool:
        """True for a stance only threatened or made conditional ("threatened sanctions on X",
        "sanctions on X in the event of an attack"): stances.toml [stances.cues] threats.

        Example:
            >>> from kg.extract.document import extract_text
            >>> extract_text("Canada threatened new sanctions on Belarus.").facts
            []
        """
        cues = words("stances", "cues", "threats")
        before = s.text[lo:t0]
        if stype == "commits-to-defend":  # "stands ready to help defend X": the pledge itself
            before = re.sub(
                r"\b(?:stands?|stood|is|are|was|were)\s+(?:ready|prepared)\s+to\b", "", before
            )
        coordinated = re.search(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$", before)
        if cues.search("" if coordinated else before):
            return True
        if stype == "commits-to-defend":
            return False  # "would defend X if it were attacked": the condition is the pledge
        after = words("stances", "cues", "conditions").search(s.text[t1 : t1 + 80])
        return bool(after and not re.search(r"[,;]", s.text[t1 : t1 + after.start()]))

    def _grouping_named_last(self, s: Sentence, within: int, head: str = "") -> str | None:
        """The grouping named last in this sentence or the ``within`` before, of those whose
        name ends in ``head`` ("council": the UN Security Council), or None."""
        named = [
            (index, key) for key, index in self._memory().groupings.items()
            if s.index - index <= within and key.lower().endswith(head.lower())
        ]  # fmt: skip
        return max(named)[1] if named else None

    def _grouping_key(self, key: str) -> bool:
        """True for an international organization's key ("NATO")."""
        org = self.orgs.get(key)
        return org is not None and org.kind == "international-organization"

    def _without_appositives(self, s: Sentence, lo: int, t0: int) -> Sentence:
        """``s`` without the actors inside an appositive after the subject ("Chile and Peru,
        both members of the council, voted ...": the council did not vote).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru, a member of the EU panel, condemned Chile's raid."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('PER',), 'CHL')]
        """
        drop = []
        for m in s.actors(lo, t0):
            tail = re.match(_APPOSITIVE, s.text[s.local(m.end) : t0])
            if not tail:
                continue
            end = s.local(m.end) + tail.end()
            inside = s.actors(s.local(m.end), end)
            words_in = re.sub(r"\b(?:the|a|an|and)\b", "", tail.group())
            for x in inside:
                words_in = words_in.replace(x.text, "")
            nxt = s.actors(end)
            lead = list(
                itertools.takewhile(
                    lambda ab: _SUBJECT_GLUE.fullmatch(
                        s.text, s.local(ab[0].end), s.local(ab[1].start)
                    ),
                    itertools.pairwise(inside),
                )
            )
            last_in = lead[-1][1] if lead else inside[0] if inside else None
            if last_in and (
                re.fullmatch(r",\s+(?:the\s+)?", s.text[s.local(m.end) : s.local(inside[0].start)])
                and _LIST_VERB.match(s.text, s.local(last_in.end))
            ):
                continue  # "Saudi Arabia, the UAE and Bahrain recalled their envoys ...,
                # accusing Doha": the rest of the subjects and their verb
            if (
                not re.search(r"\b[a-z]{3,}\b", words_in)
                or re.match(r"\s*(?:and|or)\b", s.text[end:])
                or (nxt and not s.text[end : s.local(nxt[0].start)].strip())
            ):
                continue  # "A, the UAE, B and C": a list, not an appositive
            drop += inside
        return replace(s, mentions=[m for m in s.mentions if m not in drop]) if drop else s

    def _without_addressees(self, s: Sentence, lo: int, t0: int) -> Sentence:
        """``s`` without the actors a speaker addressed before ``t0`` ("told the council").

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Peru's envoy told the EU that Lima deeply deplored the raid.")
            >>> [f.parties for f in ex.facts]
            [('PER',)]
        """
        told = _addressed()
        drop = [  # (nor the one given aid before it: "will send Ukraine an aid package")
            m for m in s.actors(lo, t0)
            if told.search(before := s.text[: s.local(m.start)]) or _RECIPIENT.search(before)
        ]  # fmt: skip
        told_first = list(drop)
        for prev, m in itertools.pairwise(s.actors(lo, t0)):  # "told Spanish Prime Minister
            gap = s.text[s.local(prev.end) : s.local(m.start)]  # Mariano Rajoy": the person
            if (  # the titles name, with their state (one person, not a name after them)
                prev in told_first
                and prev.form != "person"
                and m.form == "person"
                and re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}", gap)
            ):
                drop.append(m)
        return replace(s, mentions=[m for m in s.mentions if m not in drop]) if drop else s

    def _shared_subject(self, s: Sentence, lo: int, t0: int) -> tuple[str, ...] | None:
        """The subject a coordinated predicate shares with the first one ("A met B's envoy and
        condemned C": A), or the sentence's subject for a clause without one of its own
        ("A is B's ally but has accused C").

        Example:
            >>> from kg.extract.document import extract_text
            >>> ex = extract_text("Chile hosted talks with Peru and condemned Bolivia's move.")
            >>> [(f.parties, f.target) for f in ex.facts if f.kind == "stance"]
            [(('CHL',), 'BOL')]
        """
        pre = s.text[lo:t0]
        subjectless = lo > 0 and re.match(_SUBJECTLESS, s.text[lo:])  # (the trigger too:
        # 'Obama said Turkey "has a right to defend itself," and urged': Obama)
        participle = re.search(r",\s*$", pre) if re.match(r"[a-z]+ing\b", s.text[t0:]) else None
        and_verb = re.search(_AND_PREDICATE, pre)
        if subjectless:
            start, end = 0, lo
        elif and_verb is not None:
            start, end = lo, lo + and_verb.start()
        elif participle is not None:  # "A sent a note to B on Tuesday, calling on C to ...": A
            start, end = lo, lo + participle.start()
        else:
            return None
        within = [
            x
            for x in _RELATIVE_WHERE.finditer(s.text, start, end)
            if any(s.local(m.start) == x.end() for m in s.actors(x.end(), end))
            and not _NEW_SUBJECT.search(s.text, x.end(), end)
        ]
        if and_verb is not None and within:  # "released a fact sheet in which Washington
            start = within[-1].end()  # gave its approval ... and backed": the relative
            # clause's own subject (not "where Ukraine's minister asked for jets and Berlin
            # pledged tanks and condemned ...": Berlin's, a run of its own)
        if any(
            not PREP_BEFORE.search(s.text[start : start + r[0]])
            for r in group_refs(s.text[start:t0])
        ):  # "the two leaders met and condemned": the group's own rule (but "called the PKK a
            return None  # threat to both countries and urged": who called it)
        intro = _INTRO_PHRASE.match(s.text, start) if start == 0 else None
        if intro and intro.end() < end:
            start = intro.end()  # "During a visit to Seoul, Esper met Jeong and urged": Esper
        mentions = [m for m in s.actors(start, end) if not self._possessed_object(s, m)]
        if not mentions:
            return None
        all_runs = runs(s, mentions)
        head, nxt = all_runs[0], 1
        while (
            nxt < len(all_runs)
            and {m.actor for m in all_runs[nxt]} == {m.actor for m in head}
            and titles_only(s.text[s.local(head[-1].end) : s.local(all_runs[nxt][0].start)])
        ):  # "Slovak Defence Minister Jaroslav Nad": the state's adjective, a title, its minister
            head, nxt = [*head, *all_runs[nxt]], nxt + 1
        if nxt < len(all_runs) and AND_HIS.fullmatch(
            s.text[s.local(head[-1].end) : s.local(all_runs[nxt][0].start)]
        ):  # "Slovak Defence Minister Jaroslav Nad and his Swedish counterpart ... agreed"
            head = [*head, *all_runs[nxt]]
        lead = s.text[start : s.local(head[0].start)]
        if not titles_only(lead) and not (re.fullmatch(r"[^,]*,\s*", lead)):
            return None  # the first actor is no subject ("Talks with A ended and ...", but
            # "Mr Modi held talks ... and urged" is Modi's)
        return unique_actors(head)

    @staticmethod
    def _in_opposition(s: Sentence, m: Mention) -> bool:
        """True when ``m`` is an opposition politician ("Opposition leader Friedrich Merz",
        "Keir Starmer, the opposition Labour leader,") or the state whose opposition one leads
        ("Israel's opposition leader Yair Lapid"): no voice of the state's.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Israel's opposition leader Yair Lapid condemned the government's plan."
            >>> [f for f in extract_text(t).facts if f.kind == "stance"]
            []
        """
        before, after = s.text[: s.local(m.start)], s.text[s.local(m.end) :]
        if m.form == "person":
            return bool(_OPPOSITION_TITLE.search(before) or _OPPOSITION_ASIDE.match(after))
        return bool(re.match(r"['’]s\s+opposition\s+(?:[\w-]+\s+)?(?:leader|chief|head)\b", after))

    def _act_just_told(self, phrase: str) -> bool:
        """True when a bare noun welcomed ("the listing") names an act the text told shortly
        before ("added the group to its sanctions list"), so it says which one was welcomed.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The council listed the group on Monday. Kenya welcomed the listing."
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('KEN',), 'topic:the listing')]
            >>> [f.target for f in extract_text("Kenya welcomed the ruling.").facts]
            []
        """
        stem = _TELLING_HEAD.get(phrase.split()[-1].lower())
        return bool(stem and re.search(stem, self.st.told, re.I))

    def _speaking_for(self, s: Sentence, t0: int) -> str | None:
        """The body whose chair the sentence's opening subject speaks as (", speaking as chairman
        of the African Union,"), when nothing else is named between it and the trigger at ``t0``,
        or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Senegal's President Macky Sall, speaking as chairman of the African Union, "
            ...      "urged Russia to free the ports.")
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('African Union',), 'RUS')]
        """
        behalf = _ON_BEHALF_OPENS.match(s.text)
        if behalf is not None:  # "Writing on behalf of the Nordic Defence Cooperation
            return self._behalf_opener(s, behalf.end(), t0)  # (NORDEFCO), the ministers
        capacity = _SPEAKING_AS.search(s.text, 0, t0)  # condemned": NORDEFCO
        if capacity is None:
            return None
        body = next((m for m in s.mentions if s.local(m.start) == capacity.end()), None)
        if (
            body is not None
            and "behalf" in capacity.group()
            and (body.kind != "org" or self.orgs[body.key].kind != "international-organization")
        ):
            return None  # "Mao Ning, speaking on behalf of China's Foreign Ministry": China
        opener = s.actors(0, capacity.start())
        if (
            body is None
            or body.kind != "org"
            or not opener
            or not titles_only(s.text[: s.local(opener[0].start)])
            or not titles_only(s.text[s.local(opener[0].start) : capacity.start()] + " ")
            or not _PREDICATE_NEXT.match(s.text, s.local(body.end))
        ):  # (not "Zelensky met Macky Sall, speaking as ...": whom he met)
            return None
        rest = s.text[s.local(body.end) : t0]
        if (
            re.search(
                r"\b(?:said|says|told|tells|that|after|before|when|while|where|who|as|but|even)\b|;",
                rest[1:],
            )
            or _NEW_SUBJECT.search(rest)
            or re.search(r",\s+and\b", rest)
        ):  # (not "..., said Ukraine had urged": Ukraine; nor "..., arrived in Sochi, where
            return None  # Putin urged")
        return body.key

    def _behalf_opener(self, s: Sentence, at: int, t0: int) -> str | None:
        """The international body a sentence opens by speaking for ("On behalf of the EU, the
        presidency condemned"), when its subject follows with nothing but titles and names and
        the trigger at ``t0`` is its first verb, or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Writing on behalf of the Nordic Defence Cooperation, the ministers of "
            ...      "Denmark and Norway condemned Russia's annexation of Crimea.")
            >>> [(f.parties, f.target) for f in extract_text(t).facts]
            [(('Nordic Defence Cooperation',), 'RUS')]
        """
        body = next((m for m in s.mentions if s.local(m.start) == at and m.kind == "org"), None)
        if body is None or self.orgs[body.key].kind != "international-organization":
            return None
        rest = s.text[s.local(body.end) : t0]
        if (
            not re.match(r"\s*(?:\([^()]*\)\s*)?,", rest)
            or re.search(
                r"\b(?:said|says|told|tells|that|after|before|when|while|where|who|which|but|as"
                r"|even|how)\b|;",
                rest,
            )
            or _NEW_SUBJECT.search(rest)
            or re.search(r",\s+and\b", rest)
        ):  # (not "..., Hungary's ambassador presented the report, and Russia condemned")
            return None
        return body.actor

    def _pronoun_speaker(self, s: Sentence, pos: int) -> tuple[str, ...]:
        """Whom a "he" or "she" of a later clause stands for: the person named first in the
        sentence, or the state or body whose office opens it ("Chile's defence minister").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru's defence minister said allies backed Lima, and he urged Chile to talk."
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('PER',), 'urges', 'CHL')]
        """
        before = s.actors(0, pos)
        people = [m for m in before if m.form == "person"]
        if people:
            return unique_actors(people[:1])
        for m in before:
            office = _OFFICE_AFTER.match(s.text, s.local(m.end))
            if office and (m.kind == "nation" or office.group()[0] in "'’"):
                return unique_actors([m])  # (a state's bare title: not "U.N. Ambassador")
        return ()

    def _colon_quote(self, s: Sentence, memory: StanceMemory) -> None:
        """Follow a quotation set out after its speaker and a colon, as press releases do
        ("Defence Secretary Gavin Williamson said:" and then the quoted paragraph): each of its
        sentences is the speaker's, up to the one that closes the quote.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "UK signs memorandum\\n\\nLONDON, March 9, 2018 - UK Defence Secretary Gavin "
            >>> t += "Williamson said:\\n\\n\\"Today we took a step. We are determined to deepen "
            >>> t += "our defence relationship with Saudi Arabia.\\""
            >>> [(f.parties, f.type, f.target) for f in extract_text(t).facts]
            [(('GBR',), 'pledges-cooperation', 'SAU')]
        """
        memory.colon_speaker = ()
        said, memory.said_colon = memory.said_colon, None
        if said is not None and said[1] == s.index - 1 and (said[2] or _OPENS_QUOTE.match(s.text)):
            inside = said[2]  # (the quotation opened in a sentence before)
            for _mark in re.findall(r"[\"“”]", s.text):
                inside = not inside
            named = _ATTRIBUTED.search(s.text)  # ('"...," said Saudi Arabia's ambassador': a
            other = set(unique_actors(s.actors(named.end()))) - set(said[0]) if named else set()
            if not other:  # speaker of its own; but '," he added' is still the one set out)
                memory.colon_speaker = said[0]
            if inside:  # it runs on into the next sentence
                memory.said_colon = (said[0], s.index, True)
        colon = _SAID_COLON.search(s.text)
        if colon is not None:
            speaker = self.subject(s, 0, colon.start())[0]
            memory.said_colon = (speaker, s.index, False) if len(speaker) == 1 else None

    def _text_owner(self, s: Sentence, lo: int, t0: int) -> tuple[str, ...]:
        """The body whose resolution a voter voted against or abstained on, named right before
        a trigger at ``t0`` ("voted against the UN General Assembly resolution condemning
        Russia": the assembly), when the clause does not tell that the text failed; else
        nothing.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Mali voted against the General Assembly resolution condemning Russia."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.type == "condemns"]
            [(('UN General Assembly',), 'RUS')]
        """
        own = _OWN_TEXT_BEFORE.search(s.text, lo, t0)
        body = [
            m for m in s.actors(lo, t0)
            if own and m.kind == "org" and not s.text[s.local(m.end) : own.start()].strip()
        ]  # fmt: skip
        if not body or not _VOTED_DOWN_TEXT.search(s.text, lo, t0):
            return ()  # (only after a vote against it or an abstention: "backed a Security
            # Council resolution condemning" stays the backer's own)
        if _NOT_ADOPTED.search(s.text, lo):
            return ()  # (also told after it: "..., which Moscow vetoed")
        return (body[-1].actor,)

    def _stance_subject(
        self, s: Sentence, lo: int, t0: int, stype: str
    ) -> tuple[tuple[str, ...], str | None]:
        if re.match(r"(?:in|to)\s+protest\b", s.text[t0:], re.I):
            said = list(_REPORTED_THAT.finditer(s.text, lo, t0))
            start = said[-1].end() if said else lo  # ("The Pentagon said Beijing canceled ...
            own = runs(s, [m for m in s.actors(start, t0) if not self._possessed_object(s, m)])
            if len(own) > 1 and titles_only(s.text[start : s.local(own[0][0].start)]):
                return unique_actors(own[0]), None  # "China canceled exchanges with the United
                # States in protest at the sale": who protests is the clause's subject
        sayer = (
            _SAYER_PARTICIPLE.search(s.text, 0, t0)
            if s.text[t0:].split(" ")[0].endswith("ing")
            else None
        )
        named = s.actors(sayer.start("sayer"), sayer.end("sayer")) if sayer else []
        if named:  # "A Chinese destroyer came within 45 yards of the Decatur, the U.S. Navy
            return unique_actors(named), None  # said, criticizing the encounter": the Navy
        unnamed = _UNNAMED_SAYERS.search(s.text, lo, t0)
        if unnamed:  # "and allies said they strongly backed the treaty": whom "they" stands for
            breaks = list(_PHRASE_BREAK.finditer(s.text, lo, unnamed.start()))  # is no name
            phrase = breaks[-1].end() if breaks else lo  # the text gave (but "The United States
            named = [  # and its allies said they" is the state's; "Ukraine's allies" are others)
                m
                for m in s.actors(phrase, unnamed.start())
                if not _THEIR_FRIENDS.match(s.text, s.local(m.end))
            ]
            if not named:
                return (), None
        speaker = self._memory().colon_speaker
        if (
            speaker
            and re.search(r"\b(?:we|our|us)\b", s.text[lo:t0], re.I)
            and not s.actors(lo, t0)
        ):
            return speaker, None  # '... said:' and then '"We are determined to deepen ..."'
        opening = _opening_quote(s.text, t0)
        close = re.compile(r"[\"”]").search(s.text, t0) if opening is not None else None
        # a quote opened after a subject ('the two countries "strongly condemned X" and')
        inside = opening is not None and bool(
            s.actors(lo, opening - 1) or group_refs(s.text[lo : opening - 1])
        )
        if (
            opening is not None
            and close is not None
            and (close.start() - opening < 40 or inside)
            and not re.match(
                r"\W*(?:[\w'’.-]+\s+){0,5}?(?:said|says|told)\b", s.text[close.end() :]
            )
        ):
            opening = None  # a quoted phrase ('its "unwavering support" for'), not a quotation
            if inside:  # read on as if unquoted
                s = replace(s, text=re.sub(r"[\"“”]", " ", s.text))
        if (
            opening is not None
            and re.search(_EMBEDDED_QUOTE, s.text[lo : max(lo, opening - 1)])
            and not re.search(r"\b(?:we|our|us|i)\b", s.text[opening:t0], re.I)
        ):
            opening = None  # 'said the U.S. was "committed to ...': the sentence's own subject
        if opening is None:  # '"We oppose arms sales to Taiwan," he said, urging the U.S.
            s = _unquoted_actors(s, t0)  # to cancel': the quote's names are not the subject
            he = re.search(
                r"[\"”]\s*(?:he|she)\s+(?:\w+\s+)?(?:said|says|told|tells|added|adds)\b[^;\"“”]*,"
                r"\s+(?:and\s+)?$",  # (also '..." he told reporters, and urged NATO to')
                s.text[:t0],
            )
            if he:  # ... he told a briefing, urging": the speaker, named before the quote
                told = self._pronoun_speaker(s, he.start())
                person = self._memory().people.get(s.index - 1, ())
                if told or len(person) == 1:
                    return told or person, None
        chair = _BODYS_CHAIR.match(s.text, lo, t0) if opening is None else None
        if chair and re.search(r"\b(?:said|says|told|stated|added)\b", s.text[chair.end() : t0]):
            chair = None  # ("The council's president, X, said Denmark condemned ...": Denmark)
        body = self._grouping_named_last(s, 4, chair.group("body")) if chair else None
        if body:  # "the council's president for February, Brazilian Ambassador X, read a
            return (body,), None  # statement expressing grave concern": the council's
        which = _SUBJECT_WHICH.search(s.text, 0, t0) if opening is None else None
        named = next(
            (m for m in s.actors(0, t0) if which and s.local(m.end) == which.start()), None
        )
        if (
            named is not None
            and which is not None
            and named.kind in ("nation", "org")
            and (named.form == "person") == (which.group("rel") == "who")
            and named.form not in ("adjective", "demonym")
            and not _GOVERNED.search(s.text, 0, s.local(named.start))
        ):  # "held up by Turkey, which accuses the two Nordic countries of harbouring
            return (named.actor,), None  # militants": Turkey (not "the envoy to Ukraine, who")
        clause_lo = lo
        if opening is not None:  # "We firmly oppose ...," the spokesperson said
            lo = max(lo, opening)
        s = self._without_appositives(self._without_addressees(s, lo, t0), lo, t0)
        visited = [  # "Richardson, on her third visit to Argentina, criticized China": the host
            m for x in _ON_VISIT.finditer(s.text, lo, t0)  # does not speak
            for m in s.actors(x.start(), x.end())
        ]  # fmt: skip
        s = replace(s, mentions=[m for m in s.mentions if m not in visited]) if visited else s
        last = self.st.stance_actor.get("*")
        if (
            opening is None
            and last
            and s.index - last[1] <= 8
            and not any(  # (not when a sentence since named a pair of its own: "Austin met
                len({k for _p, k in self._memory().states.get(i, ())}) > 1  # Kihara ...")
                for i in range(last[1] + 1, s.index)
            )
            and len(last[0]) == 1
            and last[0][0] in self.orgs
            and self._grouping_key(last[0][0])
            and not s.actors(lo, t0)
            and re.match(r"\W*(?:the\s+)?(?:allies|members|member states)\b", s.text[lo:t0], re.I)
        ):
            return last[0], None  # "NATO condemned ... Allies pledged ...": the alliance
        joined = re.search(r"\b(?:joined|joins|joining)\s+(.{2,80}?)\s+in\s+$", s.text[lo:t0])
        if joined and opening is None:  # "Japan joined the U.S. in condemning ...": both
            first = self.subject(s, lo, lo + joined.start())[0]
            partners = unique_actors(s.actors(lo + joined.start(1), lo + joined.end(1)))
            if first and partners:
                return tuple(dict.fromkeys((*first, *partners))), None
        pronoun = re.search(r"\band\s+(?:he|she)\s+(?:[a-z]+ly\s+|also\s+)?$", s.text[lo:t0])
        if pronoun is None and lo > 0 and re.search(r"\band\s*$", s.text[:lo]):
            # the clause may start at the pronoun: ", and| he urged"
            pronoun = re.match(r"\s*(?:he|she)\s+(?:[a-z]+ly\s+|also\s+)?$", s.text[lo:t0])
        if pronoun and opening is None:  # "X's minister said ..., and he urged NATO to ...": X
            return self._pronoun_speaker(s, lo + pronoun.start()), None
        they = self.st.stance_actor.get("*") if opening is None else None
        if (
            they
            and s.index - they[1] == 1
            and (len(they[0]) > 1 or they[0][0] not in self.lex.nations)  # ("they": a group
            # or a body, not the one state of "said the UK would support ...")
            and (
                (
                    stype != "opposes"  # ("The EU condemned Iran and Russia. They rejected the
                    and len(self._targets_before(they[0])) < 2
                )  # criticism": the two)
                or (self._people_subject_before() and _THEY_VOICED.match(s.text))
            )  # (but "EU leaders condemned Turkey and backed Cyprus and Greece. They also
            # voiced concern": the leaders)
            and lo == 0
            and re.fullmatch(
                r"\W*They\s+(?:(?:also|further|then|later|again)\s+)?(?:(?:voiced|expressed)\s+"
                r"(?:(?:grave|deep|serious|strong|their)\s+)*)?",
                s.text[:t0],
            )  # (also "They also voiced grave concern over ...")
        ):  # "In a statement, the ministers condemned the attacks. They also urged Iran to ...":
            return they[0], None  # who took the stance just before, whatever group was named
        it = _IT_VERB_OPENS.match(s.text) if opening is None else None
        if (
            it
            and re.search(_AND_PREDICATE, s.text[:t0])
            and not re.search(
                r"\b(?:as|after|that|which|who|when|while|because|since)\b", s.text[it.end() : t0]
            )
        ):
            return (), None  # "It sets up a contact group of Jordan, ... and calls on Damascus":
            # the states are the first verb's object, not who calls
        body = self._speaking_for(s, t0) if opening is None else None
        if body is not None:  # "Comoros President Azali Assoumani, speaking as chairman of the
            return (body,), None  # African Union, urged" (and "..., and urged B"): the AU
        opener = self._participle_opener(s, lo, t0) if opening is None else ()
        if opener:  # "Paris cut the visas issued to citizens of Algeria, Morocco and Tunisia,
            return opener, None  # accusing the three governments": Paris accuses
        shared = self._shared_subject(s, lo, t0) if opening is None else None
        if shared:
            return shared, None
        met = (
            self._who_met(
                s.text[lo:t0],
                here=tuple(m.actor for m in s.actors(0, t0) if m.form == "person"),
            )
            if opening is None
            else None
        )
        if met:
            return met, None
        seated = self._seated_institution(s, lo, t0) if opening is None else None
        if seated:
            return (seated,), None
        heard = _HE_AFTER_RELATIVE.search(s.text, lo, t0) if opening is None else None
        people = [m for m in s.actors(0, heard.start()) if m.form == "person"] if heard else []
        by = [m for m in people if _SPOKEN_BY.search(s.text, 0, s.local(m.start))]
        if people:  # "Scholz announced the fund three days after Russia invaded Ukraine, in a
            return unique_actors(by[-1:] or people[:1]), None  # speech in which he condemned
            # the invasion": Scholz; "a report by UN chief Antonio Guterres in which he": Guterres
        turned = self._turned_pair(s, lo, t0)[0]
        if turned:
            return turned, None
        vowing = _VOWING.search(s.text, lo, t0) if opening is None else None
        vowed = _main_subject(s, lo, vowing.start()) if vowing else ()
        if vowed:  # "Britain signed declarations with Sweden and Finland, promising to come to
            return vowed, None  # the aid of both": Britain, not the states it signed with
        used = _USED_TO.search(s.text, lo, t0) if opening is None else None
        actors, date = self.subject(s, lo, used.start() if used else t0)  # "Russia used a U.N.
        # Security Council meeting it had requested to accuse": Russia, not the council
        if actors and lo > 0 and opening is None and _SUBORDINATE_FIRST.fullmatch(s.text, lo, t0):
            # "Greenland's new prime minister, whose coalition was presented hours before Vance
            # landed, also rejected ...": Greenland, named before the aside the clause ends
            aside = _ASIDE_OPENS.search(s.text, 0, lo)  # (the first: an aside may nest another)
            actors, date = self.subject(s, 0, aside.start() if aside else lo)
        if actors and lo > 0 and opening is None and _RELATIVE_FIRST.fullmatch(s.text, lo, t0):
            # 'had written to the council denouncing India's "illegal actions," which New
            # Delhi announced on Aug. 5, and urging it to act': the writer, not the relative's
            first = runs(s, s.actors(0, lo))[:1]
            if first and not _VERB_BEFORE_NAME.search(s.text, 0, s.local(first[0][0].start)):
                actors, date = unique_actors(first[0]), None
        named = [m for m in s.actors(lo, t0) if m.actor in actors]
        opposed = _OPPOSITION_SUBJECT.match(s.text, lo, t0) if actors else None
        if opposed and not re.search(r"\s(?:and|&)\s+(?-i:[A-Z])", s.text[opposed.end() : t0]):
            return (), None  # "Opposition leader Peter Dutton said Australia should not tolerate
            # such behaviour and criticised the government": no voice of the state's
        if named and all(self._in_opposition(s, m) for m in named):
            return (), None  # "Opposition leader Friedrich Merz accused the government": no
            # voice of the state's
        if named and _CROWD_CLAUSE.search(s.text, s.local(named[-1].end), t0):
            return (), None  # "Two Royal Navy vessels were on station as dozens of French fishing
            # boats gathered outside the harbour to protest against new rules": the boats'
        if named and re.search(_UNNAMED_SUBJECT_AFTER, s.text[s.local(named[-1].end) : t0]):
            return (), None  # "China ..., two months after an international tribunal rejected"
        if actors and opening is None and re.search(_AND_PREDICATE, s.text[lo:t0]):
            before = s.text[: s.local(named[0].start)] if named else ""
            if re.search(_OBJECT_BEFORE, before):
                group = self._group_opening(s, lo, t0)
                if group:  # "the six leaders said they were concerned about Russia's build-up
                    return group, None  # and condemned its aggression": the six leaders
                return (), None  # "X stood behind Guyana and urged ...": Guyana urged no one
        owner = self._institution(s, lo, t0) if not actors and opening is None and lo else None
        first = next((m.actor for m in s.actors(0, lo) if m.kind == "nation"), owner)
        if owner and first == owner:
            return (owner,), None  # "..., as the Department of Foreign Affairs filed a protest":
            # its state's (unless the sentence is about another: "China's coast guard rammed a
            # boat, and the Department ... filed a protest" in a Washington story)
        if (
            not actors
            and opening is None
            and lo > 0
            and not re.match(_UNNAMED_SUBJECT, s.text[lo:t0])
            and not re.fullmatch(_OWN_NAMED_SUBJECT, s.text[lo:t0])
        ):  # but "A condemned X, and U.N. chief Antonio Guterres denounced Y": not A's
            actors, date = self.subject(s, 0, t0)
            heads = [m for m in s.actors(0, lo) if m.actor in actors][-1:]
            said = _SAID_IT.search(s.text, 0, s.local(heads[0].start)) if heads else None
            if (
                said
                and re.fullmatch(_AND_OR_BUT_PREDICATE, s.text[lo:t0])
                and re.search(_OBJECT_BEFORE, s.text[: s.local(heads[0].start)])
            ):  # "Lithuania's foreign ministry said it regretted Beijing's move but would
                actors, date = self.subject(s, 0, said.start())  # continue to": Lithuania
            he = re.search(r"(?:^|\W)(?:he|she)\s+(?:[a-z]+ly\s+|also\s+)?$", s.text[lo:t0])
            speaker = self._pronoun_speaker(s, lo) if he else ()
            if speaker:  # "Lee opened the forum, organised by the IISS, with an address in
                actors, date = speaker, None  # which he urged ...": the person, no body
        if not actors and opening is None:
            epithet = _EPITHET_SUBJECT.search(s.text, lo, t0)
            state = (  # "the Sultanate would continue to broaden ...": the state it names again
                self._sole_epithet_state(s, epithet.start(1), epithet.group(1), ())
                if epithet
                else None
            )
            if state:
                return (state,), None
            met = self._who_met(s.text[lo:t0], people=False)
            if met:
                return met, None
            owner = self._institution(s, lo, t0)
            if owner:
                return (owner,), None
            body = self._members_of(s, lo, t0)
            if body:
                return (body,), None
        if opening is not None and (
            not actors or re.search(r"\b(?:we|i)\s+(?:\w+\s+){0,2}$", s.text[lo:t0], re.I)
        ):
            speaker = self._quote_speaker(s, t0)
            before = [m for m in s.actors(clause_lo, opening) if s.local(m.end) >= opening - 3]
            if not speaker and before and opening > clause_lo:  # Beijing "firmly opposes" it
                return unique_actors(before[-1:]), None
            return speaker, None
        pronoun = re.search(
            r"(?:^|\W)(?:he|she)\s+(?:\w+\s+){0,2}$|^\W*it\s+(?:\w+\s+){0,2}$", s.text[lo:t0], re.I
        )  # "It also accused ..." opens its clause; "X said it ..." is X, whom kg may not know
        person = self._memory().people.get(s.index - 1, ())
        opener = self._memory().opener.get(s.index - 1)
        if len(person) > 1 and opener:  # "Stoltenberg, next to Johnson, said ... He urged"
            person = (opener,)
        if (
            not actors
            and pronoun
            and pronoun.group().strip().lower()[:1] in "hs"
            and len(person) == 1
        ):
            return person, None  # "Hegseth told reporters ... He criticized ...": Hegseth's state
        office = _BARE_OFFICE_SUBJECT.match(s.text[lo:t0])
        if not actors and office and opening is None:  # "The Secretary called on the PRC":
            recent = [  # the first person named in the last sentence that named one
                self._memory().people[i][0]
                for i in range(s.index - 1, s.index - 4, -1)
                if self._memory().people.get(i)
            ]
            if recent:
                return (recent[0],), None
        if not actors and pronoun:
            last = self.st.stance_actor.get("*")  # "He also criticized ...": the last speaker
            texts = self._memory().texts
            said = len(texts) > 1 and re.match(_STATEMENT_SUBJECT, texts[-2], re.I)
            if last and s.index - last[1] <= 2 and (len(last[0]) == 1 or said):
                return last[0], None  # "it" is a group only as their statement
        told = (
            re.search(_SPEAKER_AFTER, s.text[t0:])
            if not actors and opening is None and re.match(_SELF_SUBJECT, s.text[lo:t0], re.I)
            else None
        )
        if told:  # "The alliance stands ready to defend Lithuania, NATO chief X told troops"
            speaker = unique_actors(s.actors(t0 + told.start(1), t0 + told.end(1)))
            if len(speaker) == 1:
                return speaker, None
        if not actors and stype in self.st.stance_actor:
            last = self.st.stance_actor[stype]  # "Those sanctioned include ...": the same actor
            if s.index - last[1] <= 3 and re.match(
                r"\s*(?:those|the\s+\w+|targets|entities)\b", s.text[lo:t0], re.I
            ):
                return last[0], None
        bodies = [
            m for m in s.actors(lo, t0)
            if not actors and m.kind == "org" and self._grouping_key(m.key)
            and _MEMBERS_OF.search(s.text, 0, s.local(m.start))
        ]  # fmt: skip
        did = bool(actors) and _THE_STATEMENT_DID.fullmatch(s.text, lo, t0) is not None
        issuers, day = (  # ("The resolution commended Colombo's efforts, condemned": no Colombo)
            self._statement_issuers(s, lo, t0) if not actors or did else ((), None)
        )
        if issuers:  # "In a joint statement, the three governments said ... The statement
            return issuers, day  # urged Doha": the three, on the statement's day
        if len(bodies) == 1 and _JOINT_TEXT.search(s.text, 0, t0):
            return (bodies[0].actor,), None  # "In a joint declaration, the participants of the
            # Crimea Platform condemned": the platform's text (dev README: a group's statement)
        final = (
            _FINAL_TEXT.match(s.text[lo:t0]) if not actors and opening is None else None
        )  # "The final communique demanded ...": the text of the body whose summit was told
        summit = self._summit_body() if final else None
        if summit:
            return (summit,), None
        allied = re.match(
            r"[\s•*–-]*(?:(?:On|In|At)\s+[^,]{1,30},\s+)?(?:[Tt]he\s+)?[Aa]llied\s+(?:leaders|heads\s+of\s+state"
            r"|(?:defen[cs]e\s+|foreign\s+)?ministers)\b",
            s.text[lo:t0],
        )
        alliance = self.alliance_named_last() if allied and not actors else None
        if alliance:  # "On Friday, allied leaders adopted a declaration condemning Russia": the
            return (alliance,), None  # alliance named last (as for "allied leaders" met)
        if (
            not actors
            and not re.search(r"\b(?:other|remaining|rest)\b", s.text[lo:t0], re.I)
            and re.search(
                r"\b(?:communiqu[eé]|statement|declaration|ministers|leaders|allies|members)\b",
                s.text[:t0],
                re.I,
            )
            and self.d.group
        ):
            actors, date = self.d.group.actors, self.d.group.date
        return actors, date

    def _turned_pair(
        self, s: Sentence, lo: int, t0: int
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(subject, party turned to) of a clause whose stance is the purpose of an act toward
        another party, or ((), ()).

        Example: in "Vietnam has made contact with China via various channels to protest",
        Vietnam protests (China, after "with", is whom it turned to).
        """
        if not (_PURPOSE_TO.search(s.text, lo, t0) or re.match(r"to\s", s.text[t0 : t0 + 3])):
            return (), ()
        named = s.actors(lo, t0)
        if len(named) < 2 or not re.fullmatch(
            r"[\W]*(?:the\s+)?", s.text[lo : s.local(named[0].start)]
        ):
            return (), ()
        first = [named[0]]
        for m in named[1:]:
            if re.fullmatch(
                r"(?:\s+and\s+|,\s+)", s.text[s.local(first[-1].end) : s.local(m.start)]
            ):
                first.append(m)  # ("Vietnam and the Philippines lodged ... with China to")
            else:
                break
        rest = named[len(first) :]
        verb = (
            re.match(
                r"\s+(?:has\s+|have\s+|had\s+)?(?:(?P<direct>contacted|approached|called\s+in)\s+(?:the\s+)?"
                r"|(?:made|lodged|filed|raised|sent|registered|reached\s+out)\b"
                r"(?!\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:request|plea|appeal|call)s?\b))",
                s.text[s.local(first[-1].end) : s.local(rest[0].start)],  # (not "made a plea to
                # the EU to impose sanctions": the EU is asked to act)
            )
            if rest
            else None
        )
        if verb is None or not (
            (verb.group("direct") and verb.end() == s.local(rest[0].start) - s.local(first[-1].end))
            or _TURNED_TO.search(s.text, lo, s.local(rest[0].start))
        ):
            return (), ()
        return unique_actors(first), (rest[0].actor,)

    def _summit_body(self) -> str | None:
        """The international body whose meeting the article told last ("an Arab League summit
        ended ... The final communique demanded"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Arab leaders met at an Arab League summit in Cairo on Sunday. The final "
            >>> t += "communique demanded that the Houthis withdraw from Sanaa."
            >>> [(f.parties, f.type) for f in extract_text(t).facts if f.kind == "stance"]
            [(('Arab League',), 'urges')]
        """
        last = next((f for f in reversed(self.facts) if f.kind == "meeting"), None)
        bodies = [
            p for p in (last.parties if last is not None else ())
            if p in self.lex.orgs and self.lex.orgs[p].kind == "international-organization"
        ]  # fmt: skip  # (only the meeting told last: not EU ministers before a China-Russia
        return bodies[-1] if bodies else None  # summit)

    def _voters(self, s: Sentence, lo: int, t0: int) -> tuple[str, ...] | None:
        """Who cast a vote ("in a 13-2 vote in which Chile and Peru voted against": the states
        right before the verb; "Ten members voted in favor, including Japan and Norway": the
        states the count includes), or None when the trigger is no vote or the subject is
        found the usual way.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The council adopted resolution 2750. Ten members voted in favor, "
            >>> t += "including Japan and Norway, while three voted against."
            >>> [(f.parties, f.type) for f in extract_text(t).facts if f.kind == "stance"]
            [(('JPN',), 'supports'), (('NOR',), 'supports')]
        """
        vote = re.match(r"vot\w*\s+(?:against|in\s+favou?r|for)\b", s.text[t0:], re.I)
        if vote is None:
            return None
        end = t0 + vote.end()
        before = s.text[lo:t0]
        rel = re.search(r"\b(?:in\s+which|where|when)\s+(.{2,120}?)\s+(?:all\s+|both\s+)?$", before)
        if rel:  # "in a 13-2 vote in which Chile and Peru voted against": the relative's own
            named = s.actors(lo + rel.start(1), t0)
            return unique_actors(runs(s, named)[0]) if named else ()
        counted = re.fullmatch(
            r"\W*(?:(?:and|while|but|whereas)\s+)?(?:only\s+|the\s+other\s+|all\s+)?"
            r"(?:\d+|" + _COUNT_WORDS + r")\s+"
            r"(?:(?:of\s+the\s+)?(?:council|assembly)['’]s\s+\d+\s+)?(?:(?:council\s+)?"
            r"(?:members|countries|states|nations|delegations))?\s*(?:also\s+)?",
            before,
            re.I,
        )
        if counted is None or any(m.kind == "nation" for m in s.actors(lo, t0)):
            return None  # (the body counted is no voter: "Thirteen of the council's 15 members")
        incl = re.match(r"[^,;.]{0,40}?,\s+including\s+(?:the\s+)?", s.text[end:])
        if incl is None:
            return ()  # "Nine voted against": no one named
        at = end + incl.end()
        named = [m for m in s.actors(at, len(s.text)) if m.kind == "nation"]
        found = runs(s, named)
        return unique_actors(found[0]) if found and s.local(found[0][0].start) == at else ()

    @staticmethod
    def _refused_transfer(s: Sentence, verb: str, t1: int, hi: int) -> list[str]:
        """What a refusal to hand over arms opposes: the transfer itself ("refused to supply
        Ukraine with Taurus missiles" opposes supplying them, not Ukraine).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru refused to supply Chile with Exocet missiles, citing the war."
            >>> [f.target for f in extract_text(t).facts]
            ['topic:supplying Chile with Exocet missiles']
        """
        stop = re.search(r",|;|\s+(?:because|as|after|despite|until|unless|while)\b", s.text[t1:hi])
        phrase = s.text[t1 : t1 + stop.start() if stop else hi].strip(" .")
        if not phrase:
            return []
        ing = {"supply": "supplying", "sell": "selling", "export": "exporting"}
        ing |= {"deliver": "delivering", "send": "sending"}
        return [f"topic:{ing[verb]} {phrase}"]

    @staticmethod
    def _called_doer(
        s: Sentence, t1: int, hi: int, phrase: str, actors: tuple[str, ...]
    ) -> str | None:
        """The state whose act or words a stance's object names in someone's words by a
        demonym and one noun ("condemned what he called Israeli aggression", "rejected what he
        called British 'lectures'", "denounced what he calls American interference in his
        campaign"), else None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Lebanon's president condemned what he called Israeli aggression."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['ISR']
        """
        named = re.match(
            r"the\s+([A-Z][\w.-]*)(?:\s+[\w-]+){1,2}(?:\s+(?:in|on|against|of)\b.*)?$", phrase
        )
        if named is None:
            return None
        return next(
            (
                m.key
                for m in s.mentions
                if m.kind == "nation" and m.form in ("demonym", "name") and m.key not in actors
                and (m.text == named.group(1) or named.group(1).startswith(m.text + "-"))
                and t1 < s.local(m.start) < hi
            ),
            None,
        )  # fmt: skip

    def _held_government(self, s: Sentence, phrase: str, actors: tuple[str, ...]) -> str | None:
        """The state of a bare "the junta", "the regime" or "the authorities" that a sentence at
        most eight before named as its own ("Mali's junta"), unless it is the actor's own.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Mali's junta hired mercenaries. France accused the junta of lying."
            >>> [(f.parties, f.target) for f in extract_text(t).facts if f.kind == "stance"]
            [(('FRA',), 'MLI')]
        """
        held = re.fullmatch(r"the\s+(junta|regime|military\s+government|authorities)", phrase, re.I)
        if held is None:
            return None
        noun = " ".join(held.group(1).lower().split())
        memory = self._memory().institutions
        known = memory.get(noun)
        if known is None and noun == "junta":  # "Mali's military-led government ... the junta":
            known = memory.get("military government")  # the same rulers
        if known and known[0] not in actors and s.index - known[1] <= 8:
            return known[0]
        return None

    def _stance_targets(
        self, s: Sentence, stype: str, t0: int, t1: int, hi: int, actors: tuple[str, ...]
    ) -> list[str]:
        defended = (
            self._defended_first(s, t0, t1, hi, actors) if stype == "commits-to-defend" else None
        )
        if defended is not None:
            return defended
        if stype == "urges" and re.match(r"\s+it\s+to\b", s.text[t1:]):
            written = _WROTE_TO.search(s.text, 0, t0)
            party = [
                m for m in s.actors(written.end(), t0)
                if m.actor not in actors and s.local(m.start) - written.end() <= 4  # ("the ")
            ] if written else []  # fmt: skip
            if party:  # "wrote to the council urging it to address India's actions": the
                return [party[0].actor]  # council written to, not the state in the demand
        if (
            stype == "condemns"
            and re.fullmatch(r"protest(?:ed|s)?", s.text[t0:t1].removeprefix("to "))
            and re.match(r"\s+and\s+[a-z]+\b|\s*[,.;]", s.text[t1:])
        ):  # "made contact with China ... to protest and demand the withdrawal": to China
            party = self._turned_pair(s, clause_of(s.text, t0)[0], t0)[1]
            if party and party[0] in self.lex.nations:  # (not a forum: "contacted NATO to
                return list(party)  # protest and request consultations")
        to = (
            _PROTESTED_TO.match(s.text, t1, hi)
            if stype == "condemns" and re.match(r"(?:to\s+)?protest", s.text[t0:t1], re.I)
            else None
        )
        addressee = [
            m for m in s.actors(to.end(), hi) if s.local(m.start) == to.end() and m.kind == "nation"
        ] if to else []  # fmt: skip
        if addressee:  # "delivered notes protesting the incursion to Beijing": to China
            return [addressee[0].actor]
        day = _DAY_THEN_PREP.match(s.text, t1) if s.text[t0:t1].endswith(" on") else None
        if day:  # "imposed sanctions on Monday against X": the day is no object
            t1 = day.end()
        called = re.match(r"\s+" + _WHAT_CALLED, s.text[t1:], re.I)
        if called and (
            s.actors(t1, t1 + called.end()) or re.search(r"\sas\s+$", called.group())
        ):  # "criticised what the Pentagon called provocative PLA activity": the activity, not
            t1 += called.end() - 1  # the Pentagon ("what he described as": past the "as" too)
            if t1 >= hi:  # (a clause cut at that "as" goes on to the end of the one after it)
                hi = max(hi, clause_of(s.text, min(t1 + 1, len(s.text) - 1))[1])
        rebel = _REBEL_BODY.match(s.text, t1, hi)
        if rebel and any(
            m.kind == "nation" for m in s.actors(rebel.start("owner"), rebel.end("owner"))
        ):  # "support for Libya's rebel National Transitional Council": the council, not the
            named = [  # state it fights for (a body the lexicon counts as the state's own, as
                m.actor  # "Myanmar's opposition National Unity Government", is named too)
                for m in s.actors(rebel.start("name"), rebel.end("name"))
                if m.actor not in self.lex.nations
            ]
            return [named[0] if named else f"topic:{rebel.group('name')}"]
        talks = (
            _TALKS_BETWEEN.match(s.text, t1, hi) or _TALKS_THAT.match(s.text, t1, hi)
            if stype == "supports"
            else None
        )
        if talks and talks.re is _TALKS_THAT:  # "the talks that A and B agreed to resume"
            return [f"topic:{talks.group('np')} between {talks.group('pair')}"]
        if talks:  # "supported dialogue between Washington and Pyongyang": the dialogue, not
            return [f"topic:{talks.group(1).rstrip('.')}"]  # the two states
        deal = _DEAL_BETWEEN.match(s.text, t1, hi) if stype == "supports" else None  # (one
        # condemning "the agreement between Russia and Belarus" condemns the two)
        if deal:  # "supports the peace agreement that Armenia and Azerbaijan are negotiating"
            side = "pair" if deal.group("pair") else "doers"
            codes = unique_actors(
                m for m in s.actors(deal.start(side), deal.end(side)) if m.kind == "nation"
            )  # ("the ARM–AZE peace agreement", as other deals are named)
            pair = deal.group(side).rstrip(".")
            name = (
                f"{'–'.join(codes)} {deal.group('np')}"
                if len(codes) == 2
                else (f"{deal.group('np')} between {pair}")
            )
            return [f"topic:{name}"]
        if re.match(r"\s+(?:(?:over|about|on|as\s+to)\s+)?whether\b", s.text[t1:]):
            return []  # "raised concerns over whether Peru would be ready": a doubt, no target
        if stype == "supports" and re.match(
            r"\s+(?:worth|valued|totall?ing|amounting)\b", s.text[t1:]
        ):
            return []  # "has given Ukraine military aid worth A$475 million": what it is worth
            # is no target (the transfer tells whom it went to)
        if re.match(r"\s+(?:him|her)\b", s.text[t1:]):  # "met Putin and urged him to"
            accused = stype == "condemns" and re.match(r"accus", s.text[t0:t1], re.I)
            named = [  # "imposed sanctions on Bidzina Ivanishvili, ..., accusing him of ...":
                f.target  # the person the sentence just sanctioned
                for f in self.facts
                if accused and f.kind == "stance" and f.type == "sanctions"
                and f.evidence[0].start == s.start and f.parties == actors
                and f.target and _PERSON_TOPIC.fullmatch(f.target)
            ]  # fmt: skip
            if named:
                return named[-1:]
            return self._person_before(s, t0, actors, by_name=stype == "sanctions")
        if (
            stype == "condemns"
            and re.match(r"accus", s.text[t0:t1], re.I)
            and re.match(r"\s+them\b", s.text[t1:])
            and any(
                f.kind == "stance" and f.type == "sanctions"
                and f.evidence[0].start == s.start and f.parties == actors
                and f.target and f.target.startswith("topic:")
                for f in self.facts
            )
        ):  # fmt: skip  # (not "sanctions on Russia and Belarus, accusing them of": the states)
            return []  # "imposed sanctions on two Cambodian officials, accusing them of graft":
            # the sanctions tell the stance; no state is accused
        deals = list(_AGREEMENT_TARGET.finditer(s.text, 0, t0))
        if (
            stype in ("condemns", "opposes", "supports")
            and re.match(r"\s+them\b", s.text[t1:])
            and deals
            and deals[-1].group("noun").lower().endswith(("s", "a"))
            and not re.search(  # (not "strikes despite the agreements, and Germany condemned them")
                r"\b(?:despite|under|in|of|with|to|by|for|from|against|after|before|without|on)\s+$",
                s.text[: deals[-1].start()],
            )
            and not re.search(
                r"\b(?:the|its|their)\s+(?:\w+\s+){0,2}\w+s\b", s.text[deals[-1].end() : t0]
            )
            and t0 - deals[-1].end() <= 60  # (the nearest plural "them" can stand for)
        ):  # 'Egypt called the memorandums "illegal", and Cyprus has also condemned them'
            deal = self._agreement_topic(deals[-1].group())
            if deal:
                return deal
        if stype == "opposes" and s.text[t0:t1].lower() == "against":
            run = self._objects(s, t1, window=1)
            cue = words("stances", "against_cues")
            if run and cue.search(s.text[s.local(run[-1].end) : s.local(run[-1].end) + 20]):
                return list(unique_actors(run))
            return []
        refused = re.search(r"\b(supply|sell|export|deliver|send)(?:ing)?$", s.text[t0:t1], re.I)
        # (also "ruled out sending Taurus missiles to Ukraine": the sending)
        if (
            stype == "opposes"
            and refused
            and re.match(r"rul", s.text[t0:t1], re.I)
            and _OWN_TROOPS.match(s.text, t1)
        ):
            return []  # "ruled out sending U.S. troops": a choice about its own forces
        if stype == "opposes" and refused:
            return self._refused_transfer(s, refused.group(1).lower(), t1, hi)
        if stype == "commits-to-defend" and (
            re.search(r"each other|one another|mutual", s.text[t0:t1], re.I)
            or re.match(r"\s+(?:each\s+other|one\s+another)\b", s.text[t1:], re.I)
        ):  # "would defend each other": each defends the others
            return list(actors) if len(actors) > 1 else []
        told = _TOLD_LEADERS.search(s.text, 0, t0) if stype == "commits-to-defend" else None
        if told and re.match(r"\s+them\b", s.text[t1:]):  # "told the leaders of Estonia, Latvia
            # and Lithuania that the United States would defend them": the states addressed
            run = self._objects(s, told.end(), window=1)
            return [a for a in unique_actors(run) if a not in actors]
        allies = _ALL_ALLIES.match(s.text, t1) if stype == "commits-to-defend" else None
        if allies:  # "stands ready to defend all allies": every ally, as the phrase says
            return ["topic:" + " ".join(allies.group(1).split())]
        ally = _ITS_ALLY.match(s.text, t1, hi) if stype == "commits-to-defend" else None
        among = (
            re.match(r",?\s+(?:among\s+them|including|notably|such\s+as)\s+", s.text[ally.end() :])
            if ally
            else None
        )
        listed = self._objects(s, ally.end() + among.end(), window=1) if ally and among else []
        members = (
            re.match(
                r"\s+(?:members?|member\s+states|allies)\s+(?:the\s+)?",
                s.text[s.local(listed[-1].end) :],
            )
            if listed and listed[-1].kind == "org"
            else None
        )
        if members:  # "its allies, including NATO members Poland and Romania": the states
            listed = self._objects(s, s.local(listed[-1].end) + members.end(), window=1)
        named = [a for a in unique_actors(listed) if a not in actors]
        if named:  # "to defend its NATO allies, among them Denmark, Iceland and Norway": those
            return named  # named (not "its ally, including with nuclear weapons")
        if ally:
            # "Austin and his South Korean counterpart ... : the U.S. would defend its ally"
            others = [
                m.actor for m in s.actors(0, t0) if m.kind == "nation" and m.actor not in actors
                and not _HOSTILE_SUBJECT.match(s.text, s.local(m.end))
                and not _BLAMED_OBJECT.search(s.text[: s.local(m.start)])
            ]  # fmt: skip
            # (not "Russia warned Lithuania ..., while the U.S. said it would defend its NATO
            # ally": the one threatened)
            if not others and self.d.group:
                others = [a for a in self.d.group.actors if a not in actors]
            return list(dict.fromkeys(others))
        group = self.d.group.actors if self.d.group else ()
        partner = [a for a in group if a not in actors]
        if (
            stype == "supports"
            and _ITS_ALLY_ALONE.match(s.text, t1, hi)
            and len(actors) == 1
            and actors[0] in group
            and len(partner) == 1
        ):  # "Japan and Manila held talks ... Japan would stand with its partner": the other
            return partner
        if stype == "commits-to-defend":
            held = self._defended(s, t1, hi)
            named = self._including(s, t1, hi) if held else []
            if named or held:
                return named or held  # "every inch of NATO territory(, including Poland)"
        against = re.match(
            r"(?:vot\w*|cast\s+(?:the\s+(?:only|lone|sole)|a)\s+vote)\s+against$",
            s.text[t0:t1],
            re.I,
        )  # ("Belarus cast the only vote against it")
        adopted = self._memory().adopted
        if (
            stype == "opposes"
            and against
            and adopted
            and s.index - adopted[1] <= 2
            and re.match(r"\s*(?:[,.;]|$|(?:and|but|while|whereas)\s)", s.text[t1:])
        ):  # a bare "voted against" right after a text adopted by a vote: against that text
            return [adopted[0]]
        if stype == "opposes" and against and re.match(_VOTED_ON, s.text[t1:], re.I):
            proposal = self._memory().proposal  # "voted against it": what was put
            return [proposal] if proposal else []
        if (
            stype == "opposes"
            and re.fullmatch(r"veto(?:ed|es|ing)?", s.text[t0:t1], re.I)
            and re.match(r"\s+it\b", s.text[t1:])
        ):  # "Spain and France drafted a resolution ..., but Russia vetoed it": that resolution
            here = _RESOLUTION_NP.search(s.text, 0, t0)
            proposal = "topic:" + here.group("np").strip() if here else self._memory().proposal
            return [proposal] if proposal else []
        vote = words("stances", "cues", "votes").search(s.text[t0:t1])
        if stype == "supports" and vote and not re.match(r"\s+of\b", s.text[t1:]):
            proposal = self._memory().proposal  # "voted in favor": of what was put
            return [proposal] if proposal else []
        if stype == "pledges-cooperation":
            own = _PLEDGE_SCOPE_END.search(s.text, t1, hi)
            end = own.start() if own else hi  # not the "with" of the next clause, nor a
            # relative clause's ("including the FCAS, which they are developing with Germany")
            with_ = re.search(r"\bwith\s+(?:the\s+)?", s.text[t1:end])
            run = self._objects(s, t1 + with_.end(), window=1) if with_ else []
            worked = re.search(r"\bwork\s+(?:together\s+)?with\s+(?:the\s+)?", s.text[t0:t1])
            if worked:  # "willing to work with Tanzania and Mozambique to deepen cooperation":
                run = [*self._objects(s, t0 + worked.end(), window=1), *run]  # those two too
            owned = re.match(r"['’]s?\s+", s.text[s.local(run[-1].end) :]) if run else None
            if owned and not _institution_rx().match(s.text, s.local(run[-1].end) + owned.end()):
                return []  # "ties with Uganda's rivals": others, of that state (but "with
                # Romania's Ministry of National Defence" is Romania's)
            if (
                run
                and len(actors) > 1
                and re.search(  # "pledged to deepen cooperation between
                    r"\bbetween\s+(?:their|the\s+two)\s+(?:countries|nations|states)\s+and\s+$",
                    s.text[t1 : t1 + with_.start()],  # their countries and with the United States":
                )
            ):  # with each other too
                return list(dict.fromkeys((*actors, *unique_actors(run))))
            if (
                run
                and len(actors) > 1
                and re.search(
                    r",\s+(?:including|notably|especially)\s+$", s.text[t1 : t1 + with_.start()]
                )
            ):  # "the two leaders pledged to strengthen security cooperation, including with the
                return list(actors)  # United States": their own, the third one an example of its
                # scope
            if run:
                return list(unique_actors(run))
            ref = group_refs(s.text[t1 + with_.end() : end]) if with_ else []
            if ref and ref[0][0] == 0 and ref[0][2]:  # "with the five countries": those named
                group = self._group_for(s, t1 + with_.end(), ref[0][2], True, exclude=actors)
                if group:  # together before, besides the one pledging
                    return list(group.actors)
            epithet = _EPITHET_AFTER_WITH.match(s.text, t1 + with_.start()) if with_ else None
            state = (  # "expand its cooperation with the kingdom('s armed forces)": that state
                self._sole_epithet_state(s, epithet.start(1), epithet.group(1), actors)
                if epithet
                else None
            )
            if state:
                return [state]
            between = re.search(r"\bbetween\s+(?=(?:the|their)\s)", s.text[t1:end])
            ref = group_refs(s.text[t1 + between.end() : end]) if between else []
            if len(actors) == 1 and ref and ref[0][0] == 0 and ref[0][2] == 2:  # "pledged to
                group = self._group_for(s, t1 + between.end(), 2, True)  # deepen defence
                here = {m.actor for m in s.mentions}
                if group is None or (
                    actors[0] not in group.actors and not set(group.actors) <= here
                ):  # (one of them speaks; but not of a pair this sentence names)
                    group = self._pair_with(actors[0]) or group
                others = [a for a in group.actors if a not in actors] if group else []
                if group and len(others) == 1 and actors[0] in group.actors:
                    return others  # cooperation between the two countries": with the other
            ours = re.match(
                r"\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:partnership|ties|relationship|relations)\b",
                s.text[t1:end],
            )
            quoted = next((q for q in quote_spans(s.text) if q[0] <= t0 < q[1]), None)
            others = (
                unique_actors(
                    [m for m in s.actors(*quoted) if m.kind == "nation" and m.actor not in actors]
                )
                if quoted and _PARTNER_WORDS.search(s.text, *quoted)
                else ()
            )
            met = _MET_PARTNER.search(s.text, t1)
            if not others and met:  # "..., Singh said after meeting his Maldivian counterpart"
                others = unique_actors(
                    [m for m in s.actors(met.end()) if m.kind == "nation" and m.actor not in actors]
                )
            if ours and len(actors) == 1 and len(others) == 1:
                return list(others)  # '"The Maldives is a valued partner, and we look forward to
                # deepening our partnership," Werner said': with the Maldives
            return list(actors) if len(actors) > 1 else self._pledged_back(actors)
        if re.match(r"summon|expel", s.text[t0:t1], re.I):
            return self._summoned(s, t1)  # "expelled a Russian diplomat": a protest to Russia
        envoy = (
            self._summoned(s, t1) if stype == "condemns" and s.text[t0:t1].endswith(" to") else []
        )
        if envoy:
            return envoy  # "delivered a protest to the British embassy": to Britain
        verb = s.text[t0:t1].lower()
        if stype == "urges" and _SAID_SHOULD.fullmatch(verb):
            return self._told_should(s, t1, bare=True)  # "said the U.S. should stop": the U.S.
        warned = stype == "urges" and (verb.startswith("warn") or verb in _asking())
        that = None
        if stype == "urges":  # "demanded (on Saturday) that France withdraw"; "demand that"
            that = re.match(r"(?:\s+on\s+\w+day)?\s+that\s+(?:the\s+)?", s.text[t1:])
            if that is None and re.search(r"\bthat$", s.text[t0:t1]):
                that = re.match(r"\s+(?:the\s+)?", s.text[t1:])
        of = (
            re.match(
                r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:apology|explanation|compensation"
                r"|clarification|explanations|apologies|assurances?|guarantees?)\s+from\s+(?:the\s+)?",
                s.text[t1:],
            )
            if stype == "urges" and verb.startswith("demand")
            else None
        )
        if of:  # "demanded an apology from Beijing": of Beijing
            return list(unique_actors(self._objects(s, t1 + of.end(), window=1)))
        if that and not warned:  # "demanded that France withdraw": who is to act
            named = self._demanded_of(s, t1 + that.end())
            second = (
                re.search(r",?\s+and\s+that\s+(?:the\s+)?", s.text[t1 + that.end() :].split(";")[0])
                if not named
                else None
            )
            if second:  # "demanded that all allies reaffirm their commitment ..., and that NATO
                named = self._demanded_of(s, t1 + that.end() + second.end())  # set up ...": NATO
            if named and verb.startswith("insist"):
                run = _run_at(s, t1 + that.end(), ("nation", "org"))
                after = s.text[s.local(run[-1].end) :] if run else ""
                if not re.match(_BASE_VERB, after):
                    return []  # "insisted that Iran was responsible": a claim, no one urged
            return named
        hit = words("stances", "cues", "hit_with").search(s.text[t0:t1])
        if stype == "sanctions" and hit and hit.group() == s.text[t0:t1]:  # not "slapped sanctions
            # on", a trigger of its own
            return list(unique_actors(self._objects(s, t1, window=1)))  # "hit Belarus with ..."
        if warned:  # "warned Manila to stop": urged; "warned that ...", "warned of": no one
            run = self._objects(s, t1, window=1)
            after = s.text[s.local(run[-1].end) :] if run else ""
            if run and self._grouping(run[-1]):  # (as in _asked_to)
                after = _MEMBERS_AFTER.sub("", after)
            should = self._told_should(s, s.local(run[-1].end)) if run else []
            if should:  # "Xi told Biden that the United States should stop arming Taiwan"
                return should
            asked_for = verb.startswith(("ask", "request")) and _ASKED_FOR_THING.match(after)
            if not run or not (
                re.match(_TOLD_TO, after) or re.match(r",?\s+against\s", after) or asked_for
            ):  # ("warned Israel against an attack": told not to; "asked Berlin for permission
                return []  # to re-export": asked to give it)
            return list(unique_actors(run))
        held = _SOVEREIGNTY_OF.match(s.text, t1) if stype == "supports" else None
        if held:  # "support for the sovereignty, independence and territorial integrity of
            owners = unique_actors(self._objects(s, held.end(), window=1))  # the five countries"
            refs = group_refs(s.text[held.start("the") : held.end() + 40])
            if not owners and refs and refs[0][0] == 0:
                group = self._group_for(s, held.start("the"), refs[0][2], True, exclude=actors)
                owners = group.actors if group else ()
            if owners:
                return [a for a in owners if a not in actors]
        named = _counted_names(s.text, t1, hi) if stype == "sanctions" else None
        if named:  # "sanctioned three Chinese companies, A, B and C": each company (a body
            known = {m.text: m.key for m in s.mentions if m.kind == "org" and s.local(m.start) > t1}
            return [  # kg knows by its own entry, also before a legal form ("Myanma Economic
                known.get(n[6:])  # Holdings Ltd")
                or next(
                    (
                        k
                        for t, k in known.items()
                        if re.fullmatch(re.escape(t) + _LEGAL_FORM, n[6:])
                    ),
                    n,
                )
                for n in named
            ]
        counted = _COUNTED_PEOPLE.match(s.text, t1) if stype == "sanctions" else None
        if (
            counted
            and counted.end() <= hi
            and not re.match(
                r",?\s+(?:and|as\s+well\s+as|including|among|such\s+as|plus|along\s+with)\b",
                s.text[counted.end() :],
            )
        ):  # "sanctioned six Nicaraguan officials": those officials, not their state (a list
            return [f"topic:{counted.group(1)}"]  # goes on as before)
        run = self._objects(s, t1)
        gap = s.text[t1 : s.local(run[0].start)] if run else ""
        if run and _NEXT_SAID.search(gap):
            run, gap = [], ""  # "condemned the launches and said Washington's commitment ...":
            # the name is the next predicate's
        if run and _CALLS_TO.match(gap) and stype in ("opposes", "condemns"):
            run = []  # "rejecting calls to bar Ukraine from ever joining": the calls, not Ukraine
        if (
            run
            and _RELATIVE_GAP.fullmatch(gap)
            and _AGREEMENT_HEAD.search(gap)
            and self._signers_run(s, run)
        ):  # "backed the agreement that Greece and France signed": the agreement
            end = re.search(r"[,;]|\s[—–]\s|\.$|$", s.text[t1:hi])
            phrase = s.text[t1 : t1 + end.start()].strip()  # type: ignore[union-attr]
            deal = self._agreement_topic(phrase)
            return deal if deal else [f"topic:{_TRAILING_DATE.sub('', phrase).strip()}"]
        if not run and re.search(r"\b(?:at|with|on|against|over)$", s.text[t0:t1]):
            run = self._placed_object(s, t1)  # "hit out at Peru": Peru, though "at" made a place
        if (
            run
            and _INDIRECT.search(s.text[t1 : s.local(run[0].start)])
            and not (
                stype == "sanctions"
                and _OFFICIALS_INCLUDING.fullmatch(s.text[t1 : s.local(run[0].start)])
            )
        ):
            run = []  # "backed sending jets from Denmark": Denmark is no target
        if (
            run
            and stype in ("condemns", "opposes", "supports")
            and any(
                _done_to().fullmatch(gap)
                for gap in (  # ("blocked the sale" is a trigger of its own)
                    s.text[t1 : s.local(run[0].start)],
                    re.sub(r"^\S+", "", s.text[t0 : s.local(run[0].start)]),
                )
            )
        ):
            run = []  # "criticized the measures against Qatar", "condemned the invasion of
            # Ukraine": what was done to the state, whose doer or the act is the target
        blessed = (
            re.match(
                r"-(?:recogni[sz]ed|backed|brokered|sponsored|mandated|installed)\s+",
                s.text[s.local(run[-1].end) :],
            )
            if run
            else None
        )
        recognised = [
            m for m in s.actors(t1)
            if blessed and s.local(m.start) == s.local(run[-1].end) + blessed.end()
        ]  # fmt: skip
        if recognised:  # "backs the U.N.-recognised Government of National Accord": the
            run = recognised[:1]  # government
        elif run and (sides := _WARRING_SIDES.match(s.text, s.local(run[-1].end))):
            # "urged Libya's rival factions to agree": the factions, not the state
            return [f"topic:{s.text[s.local(run[-1].start) : sides.end()]}"]
        if run and stype in ("supports", "opposes", "condemns") and _PLAN_FOR.fullmatch(gap):
            run = []  # "backed the action plan for Libya": the plan, not Libya
        elif (
            len(run) > 1
            and all(
                re.fullmatch(r"[-–]", s.text[s.local(a.end) : s.local(b.start)])
                for a, b in itertools.pairwise(run)
            )
            and re.match(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+", s.text[s.local(run[-1].end) :])
        ):
            run = []  # "opposed the China-Pakistan Economic Corridor": a named project
        elif run and re.match(
            r"-(?:owned|linked|backed|affiliated|controlled|run|connected|aligned)\b",
            s.text[s.local(run[-1].end) :],
        ):
            run = []  # "designated seven RSF-owned companies": the companies, not the RSF
        conveyed = (
            _CONVEYED_ABOUT_TO.match(s.text, t1)
            if stype == "condemns" and _CONVEYED.search(s.text, 0, t0)
            else None
        )
        if conveyed and _MOVED_TO.search(conveyed.group("topic")):
            conveyed = None
        if conveyed:  # 'conveyed "grave concerns" about that flight to both Beijing and
            run = self._objects(s, conveyed.end(), window=1) or run  # Moscow': the two told
        if stype == "condemns" and not run:
            to = re.match(r"\s+(?:[a-z]+ly\s+)?(?:to|with)\s+(?:the\s+)?", s.text[t1:])
            run = self._objects(s, t1 + to.end(), window=1) if to else []
        if not run and stype in ("condemns", "opposes"):
            run = self._concern_over(s, t1)
        bare = _ADDRESSED_GOVERNMENT.match(s.text, t1) if stype in ("urges", "condemns") else None
        both = bare is not None and bare.group("other") is not None
        addressed = (
            self._addressed_government(s, t1, actors) if bare and (both or not run) else None
        )
        if addressed and (both or not run):  # "urged the junta to set out a timetable": the
            other = [  # state's; "urged the government and the FARC to ...": both, the state's
                m.actor for m in s.actors()  # first
                if both and s.local(m.start) == bare.start("other")  # type: ignore[union-attr]
                and m.actor not in (*actors, addressed)
            ]  # fmt: skip
            return [addressed, *other[:1]]
        if (
            run
            and stype == "sanctions"
            and re.match(r"\s+as\s(?!part\b|well\b|a\s+result\b)", s.text[s.local(run[-1].end) :])
            and not re.match(r"blacklist", s.text[t0:t1], re.I)
        ):
            return []  # "designated Qatar as a major ally": a status, no sanction (but
            # "blacklisted the Wagner Group as a criminal organization" is one)
        said = (
            run
            and re.match(  # "China's new "standard map"": the map, three words on
                r"(?:['’]s?\s+(?:and|or)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*"
                r"(?=['’]s?\s))?"
                r"['’]s\s+[\"“]?(\w+)[\"”]?(?:\s+[\"“]?(\w+)[\"”]?)?(?:\s+[\"“]?(\w+)[\"”]?)?",
                s.text[s.local(run[-1].end) :],
            )
        )
        heads = {w.lower() for w in said.groups() if w} if said else set()
        offered = {w.lower() for w in self.lex.words("stances", "cues", "offer_heads")}
        spoken = bool(heads & _speech()) or (
            stype in ("opposes", "supports") and bool(heads & offered)
        )
        if said and stype in ("condemns", "opposes", "supports") and not spoken:
            first = next(  # (the first act or policy: "Moscow's formal recognition of")
                (
                    w.lower()
                    for w in said.groups()
                    if w and (w.lower() in _done_acts() or _policy_of({w.lower()}))
                ),
                "",
            )
            spoken = _policy_of(heads) and not (  # "rejected China's renaming of ..." (but
                stype == "condemns" and first in _done_acts()
            )  # "condemned Moscow's recognition of both regions", "Tokyo's decision to
            # release the video": the state that did it)
        if said and stype in ("condemns", "opposes", "supports") and not spoken:
            spoken = self._owned_name(s, s.local(run[-1].end) + said.start(1))
        if said and stype in ("condemns", "opposes", "supports") and not spoken:
            spoken = bool(_owned_document().match(s.text, s.local(run[-1].end)))
        owned = (
            _owned_head(s.text[s.local(run[-1].end) :])
            if run and stype == "opposes" and not spoken
            else None
        )
        if owned:  # "rejected Hanoi's protests", "opposes the two countries' membership": what
            # states do or want is what is opposed (not "opposed Russia's armed forces": the state)
            spoken = not _institution_rx().fullmatch(owned[2]) and owned[1] not in _people_heads()
        if (
            spoken
            and stype in ("condemns", "opposes")
            and _BARE_SPEECH.match(s.text, s.local(run[-1].end))
        ):
            spoken = False  # "denounced Rubio's remarks as threats": the speaker's state (but
            # "concern over Lavrov's remarks about arms supplies": what was said)
        by = run and re.match(
            r"\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(\w+)\s+(?:by|from)\s+(?:the\s+)?"
            r"(?:[A-Z][\w.’'-]*\s+){0,6}$",
            s.text[t1 : s.local(run[0].start)],
        )
        if by and (
            by.group(1).lower() in _speech()
            or (stype == "opposes" and by.group(1).lower() not in _people_heads())
        ):
            spoken = True  # "rejected the allegation by U.S. Ambassador Reuben Brigety", "opposes
            # attempts by China to change the status quo": what was said or done
        gov = (
            _GOVERNMENT_POSS.match(s.text, s.local(run[-1].end))
            or _LEADER_POSS.match(s.text, s.local(run[-1].end))
            if run
            else None
        )
        acted = (
            stype in ("opposes", "supports")
            and len(unique_actors(run)) == 1
            and _policy_act().match(s.text, gov.end() if gov else s.local(run[-1].end))
        )  # (also "the Armenian government's move to ratify ...")
        if acted:  # "opposes U.S. arms sales to Taiwan", "rejected Erdogan's call for a
            spoken = True  # ceasefire": the sales, the call (the state only qualifies them)
        qualified = (
            re.match(r"\s+([a-z-]+)\b", s.text[s.local(run[-1].end) :])
            if run and stype == "opposes" and len(unique_actors(run)) == 1
            else None
        )
        said_by = bool(qualified and set(qualified.groups()) & _speech())
        if said_by:  # "dismissed the U.S. criticism", "rejected the Chinese claims": what was
            spoken = True  # said
        measure = (
            re.match(r"(?:['’]s?)?\s+([a-z-]+)(?:\s+([a-z]+))?", s.text[s.local(run[-1].end) :])
            if run and stype == "opposes" and len(unique_actors(run)) == 1
            else None
        )
        if measure and set(measure.groups()) & _MEASURES:  # "opposed the U.S. export
            spoken = True  # restrictions": a policy (dev-corpus README; but one condemns the
            # state that imposed them)
        if (
            stype in _GERUND_TYPES
            and len(unique_actors(run)) == 1
            and s.text[t1 : s.local(run[0].start)].strip() in ("", "to")
            and _GERUND_AFTER.match(s.text, s.local(run[-1].end))
        ):  # "objected to Ethiopia filling the reservoir": what the state does is the target
            spoken = True
        if spoken:
            run = []  # "concern over Putin's remarks about X": what was said is the target
        body = self._owned_body(s, run[0]) if run and len(run) == 1 else None
        if body is not None:
            run = [body]  # "the attack by Yemen's Houthi movement": the movement
        group = self._demonym_group().match(s.text, t1) if stype == "sanctions" else None
        holder = (
            group
            and re.match(r"sanctions\b", s.text[t0:t1])
            and any(not s.text[s.local(m.end) : t0].strip() for m in s.actors(0, t0))
        )  # "U.S. sanctions on": the noun's holder right before it (not the verb "sanctioned")
        if group and any(  # (a body kg knows inside it is the target: "Russian military
            m.kind == "org" and group.start(1) <= s.local(m.start) < group.end(1)  # intelligence
            for m in s.mentions  # officers": the GRU's)
        ):
            group = None
        if group and not holder:  # "on Russian and Crimean officials": one group, whose states
            own = {  # are no targets (not "U.S. sanctions on Peruvian banks": the holder's)
                m.actor for m in s.mentions
                if m.kind == "nation" and group.start(1) <= s.local(m.start) < group.end(1)
            }  # fmt: skip
            # (none of the actor's own: "U.S. sanctions on Chinese firms" told by China)
            return [] if own & set(actors) else ["topic:" + group.group(1)]
        listed = (
            self._demonym_owners(s, s.text[t1:hi].lstrip(), t1, actors, stype=stype)
            if run and stype in _OWNED and len(unique_actors(run)) == 1
            else []
        )
        if len(listed) > 1:
            return listed  # "condemned the U.S., British and French strikes": the three
        if run:
            named = list(unique_actors(run))
            after = s.text[s.local(run[-1].end) :]
            prep = re.search(r"\b(to|on|against|with|for)$", s.text[t0:t1])
            again = prep and re.match(_AND_PREP.format(prep=prep.group(1)), after)
            if again:  # "commitments to Japan and to the Philippines": both
                at = s.local(run[-1].end) + again.end()
                more = self._objects(s, at, window=1) or self._placed_object(s, at - 1)
                named += [a for a in unique_actors(more) if a not in named]
            sector = self._sector(s, run) if stype == "sanctions" else []
            if sector:
                return sector  # "sanctions on Iran's drone industry": the industry
            body = self._owned_body(s, run[-1], agencies=True) if stype == "sanctions" else None
            if body is not None and len(unique_actors(run)) == 1:
                return [body.key]  # "sanctions on Turkey's Presidency of Defense Industries"
            if stype == "sanctions":
                named = self._sanctioned_names(s, run, named, actors)
                named = self._sanctioned_bodies(run, named)
                named += [x for x in self._new_names(s, t0, t1, hi) or () if x not in named]
            counted = re.match(r"\s+and\s+((?:the\s+)?[^,;.]{3,80})", after)
            if (
                stype == "sanctions"
                and counted
                and _QUANTITY.match(counted.group(1).strip())
                and not re.match(r"(?:the\s+)?[\w-]+\s+other\b", counted.group(1))
            ):  # (not "Lukashenko and 29 other senior officials": more of the one named)
                rest = _topic_end().split(counted.group(1), maxsplit=1)[0]
                named.append("topic:" + _TRAILING_DATE.sub("", rest).strip())
            return named  # "on Shahed Aviation and three senior officers": both

        if stype not in self.lex.words("stances", "topic_targets"):
            described = re.match(
                r"\s+the\s+(?:[\w-]+\s+){1,3}?(?:country|nation)\b(?!['’])", s.text[t1:hi], re.I
            )  # (not "would defend the country": the speaker's own)
            state = self._described_state(s, t0, actors) if described else None
            ref = group_refs(s.text[t1:hi]) if stype == "commits-to-defend" else []
            group = (
                self._group_for(s, t1 + ref[0][0], ref[0][2], True, exclude=actors)
                if ref and not s.text[t1 : t1 + ref[0][0]].strip()
                else None
            )
            if group and not state:  # "promising to come to the aid of both Nordic countries":
                return [a for a in group.actors if a not in actors]  # the two just named
            return [state] if state else []  # "would defend the small Adriatic country"
        listed = self._new_names(s, t0, t1, hi, known_too=True) if stype == "sanctions" else []
        if listed is None:
            return []  # "designated A and B as its envoys": a status, no sanction
        if any(x.startswith("topic:") for x in listed):
            return listed  # "designated A, B and C, all based in Karachi": each of them
        rest = s.text[t1:hi]
        shared = _SHARED_OBJECT.match(rest)
        unquoted = re.sub(r"[\"“”]", " ", rest)  # (offsets kept: 'firm opposition" to')
        cue = _trigger_rx().search(unquoted, shared.start(1)) if shared else None
        if shared and cue and cue.start() <= shared.end(1) + 1:  # '"strongly deplores and
            # firmly opposes" the sale', "strong dissatisfaction and firm opposition to the
            rest = rest[cue.end() :]  # sale": the object both triggers share
        stop = (
            r"\s+to\s+|,(?!\d{3})|;|\s[—–]\s|\.$|"
            if stype == "urges"
            else r",(?!\d{3})|;|\s[—–]\s|\.$|"
        )
        stop += AND_VERB  # (a dash opens an aside: "the transfer of four technologies — the ...")
        stops = re.compile(stop)
        cut = stops.search(rest)
        while (
            cut is not None
            and stype != "urges"
            and cut.group() == ","
            and re.search(r"\b[A-Z][\w.'’-]*$", rest[: cut.start()])
            and _OWNERS_LISTED.match(rest, cut.end())
        ):  # "attacks against Iraqi, U.S. and Coalition personnel": one list of owners (not
            cut = stops.search(rest, cut.end())  # "the launch, Seoul and Tokyo said")
        phrase = (rest[: cut.start()] if cut else rest).strip()
        if re.search(r"['’]s\s+(?:[\w-]+\s+)?$", s.text[:t0]):  # "China's opposition to the
            phrase = _SUBJECT_VERB.split(phrase, maxsplit=1)[0]  # deployment hardened": the
            # stance is the subject; its object ends where the sentence's verb begins
        said = words("stances", "targets", "content_nouns").search(phrase)
        content = (  # "rejected a media report that China seeks a base in Vanuatu": the report
            said is not None  # and what it says
            and re.match(r"\s+that\s+\S", phrase[said.end() :])
            and len(phrase) <= 140
            and not _topic_end().search(phrase[: said.end()])
        )
        quantified = (  # "opposed any action that raises tensions in the South China Sea": the
            len(phrase) <= 140  # relative clause says which actions
            and re.match(r"(?:any|all)\s+(?:[a-z-]+\s+){1,2}?(?:that|which)\s+[a-z]+", phrase)
        )
        if not content and not quantified:
            phrase = _topic_end().split(phrase, maxsplit=1)[0]
            phrase = _AT_SITTING.split(phrase, maxsplit=1)[0]  # "condemned the launch at an
            # emergency meeting on Sunday": where, not what
        elif quantified:  # (its own relative clause only: not "... during talks with the envoy")
            phrase = re.split(
                r"\s+(?:during|(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|call|speech"
                r"|interview|meeting|briefing|news\s+conference|press\s+conference|summit|talks)"
                r"|on\s+(?-i:[A-Z])[a-z]+day)\b",
                phrase,
                maxsplit=1,
            )[0]
        if stype == "condemns":  # "criticized the government for not announcing ...": whom
            phrase = re.split(r"\s+for\s+(?:not\b|\w+ing\b|its\b|their\b|his\b|her\b)", phrase)[0]
            if re.match(r"accus", s.text[t0:t1], re.I):  # "accusing the government of failing
                phrase = re.split(r"\s+of\s+(?:not\b|\w+ing\b)", phrase)[0]  # to stop ...":
                # whom
        called = re.match(  # (also after the preposition of a noun of concern: "voiced
            r"(?:(?:over|about|at|by|of|regarding)\s+)?" + _WHAT_CALLED, phrase, re.I
        )  # deep concern over what the text called Russia's aggressive posture")
        if called:  # "condemned what she called a sham annexation": the annexation
            what = phrase[called.end() :]  # (a state's own stays so: "Ukraine's shelling")
            owned = re.match(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s\s", what)
            phrase = what if owned else "the " + re.sub(r"^(?:an?|the)\s+", "", what)
            phrase = re.sub(r"[\"“”]", "", phrase)
            doer = self._called_doer(s, t1, hi, phrase, actors)
            if doer:  # "condemned what he called Israeli aggression": Israel
                return [doer]
        phrase = _LEADING_TIME.sub("", phrase)  # "turned down on Wednesday Moscow's demand"
        phrase = _DAYS_EVENT.sub("the ", phrase)  # "condemned Friday's missile strike": the strike
        phrase = _LEADING_MANNER.sub("", phrase)  # 'condemned "in the strongest terms" the coup'
        phrase = _TRAILING_MANNER.sub("", phrase)  # "condemned the attack in the strongest terms"
        if re.match(_ADVERBIAL_START, phrase, re.I):
            phrase = ""  # "voiced concern at a press conference": where, not what about
        phrase = re.sub(  # '"deeply concerned" by ...': the closing quote first
            r"^[\"“”’']?\s*(?:for|of|to|on|over|about|at|regarding|toward|towards|by|with|against)\s+",
            "",
            phrase,
        )
        phrase = _TRAILING_DATE.sub("", phrase).strip(' ."“”')
        phrase = re.sub(r"\s+(?:and|or|but)$", "", phrase)  # "rejected the goal and that ..."
        if stype == "supports" and _effect_object(phrase):
            return []  # "a deal the White House said would support thousands of jobs": an effect
        if re.fullmatch(r"the\s+(?:administration|government|executive)", phrase, re.I):
            homes = {
                self.orgs[a].country if self.orgs[a].kind == "legislature" else None
                for a in actors
                if a in self.orgs
            }
            if len(homes) == 1 and None not in homes and "" not in homes:
                return [homes.pop()]  # "lawmakers in Congress urged the administration": USA
        held = self._held_government(s, phrase, actors)
        if held:  # "urged the junta" after "Niger's junta": whose it is
            return [held]
        if re.fullmatch(r"the\s+government", phrase, re.I):
            governments = {
                m.actor for m in s.actors(0, t0)
                if m.kind == "nation" and m.form in ("name", "demonym") and m.actor not in actors
                and re.match(r"(?:['’]s)?\s+government\b", s.text[s.local(m.end) :])
            }  # fmt: skip
            if len(governments) == 1:  # "called on the Timorese government to act and
                return [governments.pop()]  # reaffirmed its support for the government"
        if stype == "condemns" and re.fullmatch(
            r"the\s+(?:government|regime|authorities|junta|leadership)", phrase, re.I
        ):
            named = {
                m.key
                for m in s.mentions
                if m.kind == "nation" and m.role == "actor" and s.local(m.end) <= t0
                and m.form in ("name", "metonym") and m.key not in actors
                and not re.search(r"\b(?:with|met|meeting|visit\w*|to)\s+(?:the\s+)?$",
                                  s.text[: s.local(m.start)])
            }  # fmt: skip  # (not a partner met: "after talks with France, accused the ...")
            if len(named) == 1:  # "designated Nigeria a Country of Particular Concern,
                return [named.pop()]  # accusing the government of failing ...": Nigeria's
        bloc = self._bloc_named_last(s, phrase, actors)
        if bloc:  # "called on the bloc's members": the grouping named last
            return bloc
        drafting = self.lex.alternation("stances", "cues", "drafting", spaces=True)
        written_by = self.lex.compiled(
            "stances.written-by", lambda: _DRAFTED_BY.format(verbs=drafting) + r".*$"
        )  # who wrote the text, after it: the actor already, not part of what the text is
        drafted = written_by.search(phrase)
        if drafted:  # "a resolution drafted by the United States and Japan": the resolution
            phrase = phrase[: drafted.start()]
        seat = _SEAT_OF.fullmatch(phrase) or (
            _BY_SEAT.search(phrase) if stype == "condemns" else None
        )  # (also "condemned the maneuvers by the government in Caracas": whose they are)
        if seat:  # "denounced the government in Caracas": the state governed from there
            at = s.text.find(seat.group(), t1) + seat.start(1) - seat.start()
            seated = [m for m in s.mentions if m.kind == "nation" and s.local(m.start) == at]
            if seated and seated[0].key not in actors:
                return [seated[0].key]
        led = re.match(r"(?:the\s+)?(\S+?)-led\s+[a-z]", phrase)
        if led:  # "backed the Kenyan-led mission": the state that leads it
            at = s.text.find(phrase, t1)
            head = [
                m
                for m in s.mentions
                if m.kind == "nation" and at <= s.local(m.start) < at + led.end(1)
            ]
            if head and (led.group().startswith("the") or head[0].key not in actors):
                return [head[0].key]
        by = self._agent(s, t1, t1 + len(rest)) if not drafted else None
        if by and stype not in ("sanctions", "opposes"):
            return list(dict.fromkeys(by))  # "concern about activity by the PLA": its state
            # (but "opposes any attempts by China to change the status quo": the attempts)
        deal = (
            self._agreement_topic(phrase) if stype in ("condemns", "opposes", "supports") else None
        )
        if deal is not None:
            return deal  # "rejected both memoranda": the Turkey-Libya memoranda, not "both"
        stop = _STOP_OF.fullmatch(phrase) if stype == "urges" else None
        if stop and _FORCES_NAMED.search(s.text, 0, t0):
            stop = None  # ("condemned Rwanda's support for the M23 rebels and demanded their
            # immediate end": whose end is not told)
        doers = [
            f.target for f in self.facts
            if stop and f.kind == "stance" and f.type == "condemns" and f.parties == actors
            and f.evidence[0].start == s.start and f.target and not f.target.startswith("topic:")
        ]  # fmt: skip
        if doers:  # "condemned the attacks by the Houthis ... and demanded their immediate
            return doers  # cessation": the Houthis are urged to stop them
        acts = (
            list(_ACTS_TOLD.finditer(s.text, 0, t0))
            if re.match(r"them\b", phrase) and stype in ("condemns", "opposes")
            else []
        )
        if acts:  # 'said the damage was the result of "acts of sabotage" and condemned them':
            return [f"topic:{acts[-1].group()}"]  # the acts, not the states named before
        ref = group_refs(phrase, things=True) or (
            [(0, 4, None)] if re.match(r"them\b", phrase) else []
        )
        owned = (
            _owned_head(phrase[ref[0][1] :]) if ref and stype in ("opposes", "supports") else None
        )
        if owned and owned[1] in _people_heads():
            owned = None  # "opposes the two countries' armed forces": the countries
        if owned and stype == "supports" and owned[1] not in _JOINT_UNDERTAKINGS:
            owned = None  # "backed the two countries' sovereignty": the countries (but "backed
            # the three countries' partnership": the partnership)
        bids = (
            _BOTH_BIDS.match(phrase)
            if ref and ref[0][0] == 0 and stype in ("opposes", "supports")
            else None
        )
        bidders = self._bidders(s, bids.group(1), actors) if bids else ()
        if bidders:  # "objected to both applications": the two states' applications
            whose = " and ".join(
                f"{self.lex.nations[a].label if a in self.lex.nations else a}'s" for a in bidders
            )
            return [f"topic:{whose} {bids.group(1)}"]  # type: ignore[union-attr]
        if ref and ref[0][0] == 0 and stype in ("condemns", "opposes", "urges", "supports"):
            pos = s.text.find(phrase, t1)
            size = ref[0][2] or (2 if re.match(r"both\b", phrase, re.I) else None)
            any_party = re.search(r"\b(?:parties|sides)\b", phrase, re.I) is not None
            group = self._group_for(
                s, pos, size, True, exclude=actors, seen=not any_party, sides=any_party
            )
            # ("both warring parties" may be a state and an armed group)
            if group and owned:  # "opposes the two countries' membership": the membership
                names = [
                    self.lex.nations[a].label if a in self.lex.nations else a for a in group.actors
                ]
                whose = " and ".join(f"{n}'s" for n in names)
                rest_of = re.sub(r"^['’]s?\s+", "", phrase[ref[0][1] :])
                return [f"topic:{whose} {rest_of}"]
            if group:  # "condemned the three allies": the states last named together
                return [a for a in group.actors if a not in actors]
        if stype == "sanctions" and re.search(r"\s+and\s+(?:on|against)\s+", phrase):
            parts = re.split(r"\s+and\s+(?:on|against)\s+", phrase)  # "on A and on B": both
            out = [f"topic:{x}" for x in parts if _QUANTITY.match(x) and len(x) < 120]
            for x in parts:
                out += [f"topic:{name}" for name in _proper_names(x)]
            return out if len(out) >= len(parts) else []
        if stype == "sanctions":
            if _QUANTITY.match(phrase) and len(phrase) < 120:
                counted = rest[: rest.find(phrase) + len(phrase)] if phrase in rest else phrase
                return ["topic:" + phrase, *self._included(s, t1 + len(counted), hi)]
            group = words("stances", "targets", "sanctioned_groups").search(phrase)
            whose = [m for m in s.actors(0, t0) if not s.text[s.local(m.end) : t0].strip()]
            if group and not whose and re.fullmatch(r"[A-Z][a-z]+\s+", phrase[: group.start()]):
                return ["topic:" + phrase[: group.end()]]  # "against Russian officials"
            return [f"topic:{name}" for name in _proper_names(phrase)]
        own = re.match(r"(?:his|her)\s+(?:government|administration|country)\b", phrase, re.I)
        people = [m for m in s.mentions[::-1] if m.form == "person" and s.local(m.end) <= t0]
        if own and people and people[0].key in self.lex.nations:
            return [people[0].key]  # "called President X a parasite and accused his government"
        if (
            re.match(r"blam", s.text[t0:t1], re.I)
            and re.match(r"\s+for\b", s.text[t1:])
            and re.search(r"\b(?:which|whom|that)\s+(?:it|they|he|she)\s+$", s.text[:t0])
        ):
            return []  # "sanctions, which it blames for the crisis": the blamed came before
        if re.match(r"blam", s.text[t0:t1], re.I):
            on = re.search(  # ("blamed the crisis squarely on the government of Maduro")
                r"\s+on\s+(?:the\s+)?(?:(?:government|regime|administration)\s+of\s+)?(?=[A-Z])",
                phrase,
            )
            phrase = phrase[on.end() :] if on else re.split(r"\s+for\s+", phrase, maxsplit=1)[0]
            if re.match(r"(?:his|her|their)\s+(?:predecessors?|rivals?|opponents?)\b", phrase):
                return []  # "blamed his predecessor": domestic politics, no stance
            if on:  # "blamed the deaths on the M23": the one blamed
                named = [
                    m.actor for m in s.actors(t1, hi) if s.local(m.start) >= s.text.find(phrase, t1)
                ]
                if named:
                    return list(dict.fromkeys(named))
        if re.match(r"accus", s.text[t0:t1], re.I) and re.match(r"\s+of\b", s.text[t1:]):
            return []  # "three companies it accused of supplying it": the accused came before
        if re.match(r"accus", s.text[t0:t1], re.I):
            phrase = re.split(r"\s+of\s+", phrase, maxsplit=1)[0]  # "accused X of Y": X
            held = self._held_government(s, phrase, actors)
            if held:  # "accused the junta of hiring mercenaries" after "Mali's junta": Mali
                return [held]
            bloc = self._bloc_named_last(s, phrase, actors)
            if bloc:  # "accusing the bloc of failing to defend it": the grouping named last
                return bloc
            if _GROUP_NOUN.fullmatch(phrase):
                return ["topic:" + phrase]  # "accused Western countries of ..."
        ref = words("stances", "targets", "sanction_refs").search(phrase)
        last = next(
            (
                f
                for f in reversed(self.facts)
                if f.kind == "stance" and f.evidence[0].start < s.start
            ),
            None,
        )
        named_ref = ref is not None and ref.start() == 0 and ref.end() == len(phrase)
        generic_ref = (
            re.fullmatch(r"(?:the|this|that)\s+(?:decision|move|step)", phrase, re.I)
            and last is not None
            and last.type == "sanctions"
            and last.evidence[0].rule != "stance.sanctions.listed"
        )  # "condemns and rejects the decision" right after sanctions were reported: them (a
        # listing's decision is its doer's: "condemned the decision" to list Cuba condemns the US)
        if named_ref or generic_ref:
            sanctions = next(
                (f for f in reversed(self.facts) if f.type == "sanctions" and f.kind == "stance"),
                None,
            )  # "dismissed the measures": the sanctions just reported
            if sanctions and sanctions.parties[0] not in actors:
                same = sanctions.evidence[0].start  # every actor of that report
                by = [
                    self._name(f.parties[0])
                    for f in self.facts
                    if f.kind == "stance" and f.type == "sanctions" and f.evidence[0].start == same
                ]
                by = list(dict.fromkeys(by))
                who = ", ".join(by[:-1]) + " and " + by[-1] if len(by) > 1 else by[0]
                return [f"topic:{who} sanctions"]  # "the EU, UK and Canada sanctions"
        if (
            stype == "supports"
            and re.match(r"(?:packages?|tranches?)\b", phrase, re.I)
            and not re.search(r"\b(?:to|for)\s", phrase)
        ):
            return []  # "sent Ukraine a military aid package worth ...": the aid's own noun
        if stype in ("supports", "opposes", "condemns") and re.match(
            r"(?:the|this|that)\s", phrase, re.I
        ):
            proposal = self._proposal_ref(phrase)
            if proposal and len(phrase.split()) <= 3:
                return [proposal]  # "rejected the plan": the plan proposed before
        owners = (
            self._demonym_owners(s, phrase, t1, actors, stype=stype)
            if stype in _OWNED
            and not (
                stype == "opposes" and (_opens_with_act(phrase) or said_by or _state_speech(phrase))
            )
            and not (
                stype == "opposes"
                and re.match(  # "rejected an African Union plan to send peacekeepers": the
                    r"an?\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:[a-z-]+\s+)?"  # plan, not the Union
                    + _proposal_rx().pattern
                    + r"\s+(?:to|for|on)\b",
                    phrase,
                )
            )
            else []
        )
        poss = re.match(  # ("its aggression against Ukraine": what it did to whom)
            r"(?:their|its)\s+(?:[\w-]+\s+)?([\w-]+)(?:\s+(?:against|on|in|towards?)\s.*)?$",
            phrase,
        )
        if stype in _OWNED and poss and poss.group(1).lower() in _owned_heads():
            tail = poss.end(1) < len(phrase)  # ("its aggression against Ukraine": only a
            others = [  # state whose act the clause told before, "Russia's build-up")
                m.actor
                for m in s.actors(0, t0)
                if m.kind == "nation"
                and m.actor not in actors
                and (not tail or re.match(r"['’]s?\s", s.text[s.local(m.end) :]))
            ]  # "demanded that China pull out its vessels, as the ministry protested their
            if others:  # presence": China's
                return [others[-1]]
        if stype == "supports" and not re.search(r"\b(?:against|in|on|inside)\s", phrase):
            # "fully supports the U.S. operation": an act of the U.S. (but "the Syrian
            # operation against Kurdish militants" is no act of Syria)
            owners = self._demonym_owners(s, phrase, t1, actors, frozenset(_same_acts()))
        if owners:
            return owners  # "denounced the Polish build-up": Poland; "the U.S., British and
            # French strikes": the three
        pronoun = re.fullmatch(r"\s*it\s*", phrase, re.I) is not None
        doer = (
            self._doer(s, _WHERE_SAID.sub("", phrase), t0, actors)
            if (stype != "opposes" or _SPOKEN_BACK.fullmatch(phrase))
            and not (pronoun and (stype != "condemns" or re.match(r"\s*it\s+of\b", s.text[t1:])))
            else None
        )  # ("accusing it of supporting terrorism": "it" is the accused, not an act)
        if doer:
            return [doer]  # "condemned the launch": whoever launched
        conduct = (
            re.match(
                r"(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:conduct|behaviou?r|actions|activities"
                r"|aggression|provocations?|coercion)[\"”]?\s+of\s+(?:the\s+)?",
                phrase,
                re.I,
            )
            if stype == "condemns"
            else None
        )
        rest = phrase[conduct.end() :] if conduct else ""
        state = next(
            (
                m.key for m in s.mentions
                if rest and m.kind == "nation" and m.form == "name" and s.local(m.start) >= t1
                and rest.startswith(m.text) and m.key not in actors
            ),
            None,
        )  # fmt: skip  # ('"... conduct" of China': past a closing quote too)
        if state:
            return [state]  # "serious concern about the dangerous conduct of China": China's
        deal = self._agreement_topic(phrase)
        if deal is not None:
            return deal  # "the pact": the agreement the article reported
        event = re.match(
            r"(?:the|this|these|that|those)\s+(?:[\w-]+\s+)?(drills?|exercises?|war\s?games|maneuvers"
            r"|manoeuvres|patrols?)\b",
            phrase,
            re.I,
        )
        if event and re.match(
            r"\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:plans?|planned|intends?|will|is\s+planning)\b"
            r"|\s+(?:planned|scheduled|set)\s+for\b|.*\bnext\s+(?:week|month|year)\b",
            phrase[event.end() :],
        ):
            event = None  # ("opposed the drill Russia plans next month": another one, still to
            # come)
        exercises = [f for f in self.facts if f.kind == "exercise"]
        others = [f for f in exercises if not set(f.parties) & set(actors)]
        exercises = others or exercises  # ("Tokyo denounced those drills": not its own)
        if event and exercises:
            held = [p for p in exercises[-1].parties if p not in actors]
            if len(exercises[-1].parties) == 1 and held:
                return held  # "condemned the manoeuvres" one state staged: that state
            return ["topic:" + exercises[-1].label]  # "the drills": the exercise reported
        people = re.fullmatch(r"the\s+[\w-]+\s+people", phrase, re.I)
        state = (
            next(iter(self._demonym_owners(s, phrase, t1, actors, _PEOPLE)), None)
            if people
            else None
        )
        if state:
            return [state]  # "stood with the Haitian people": with Haiti
        if _DESCRIBED_STATE.fullmatch(phrase) or (
            stype in ("supports", "commits-to-defend") and _DESCRIBED_STATES_OWN.fullmatch(phrase)
        ):  # (and "support for the twin-island nation's security": the nation's)
            state = self._described_state(s, t0, actors)
            if state:
                return [state]  # "support for the tiny Pacific island nation": Nauru
        doer = (
            _DONE_BY.search(s.text[t1:hi])
            if stype == "condemns" and _DONE_BY.search(phrase)
            else None
        )
        agents = self._objects(s, t1 + doer.end(), window=1) if doer else []
        if agents and agents[0].actor not in actors:  # "what he called atrocities committed
            return [  # by the Rapid Support Forces": the force that did them (and each of
                a
                for a in unique_actors(agents)
                if a not in actors  # "attacks carried out by
            ]  # Boko Haram and Islamic State West Africa")
        if len(phrase.split()) > 16:  # "... by force in the East China Sea": what, not where
            phrase = re.split(r"\s+(?:in|across|around|near)\s+the\s+(?=[A-Z])", phrase)[0]
        if len(phrase.split()) > 16:  # "Ethiopia's plan to carry out a second filling of the
            head = " ".join(phrase.split()[:17])  # reservoir of the Grand ... Dam": its head,
            cut = list(_TOPIC_CUT.finditer(head))
            phrase = head[: cut[-1].start()] if cut else phrase  # to the last preposition
        if re.fullmatch(r"the\s+[A-Z][a-z]+", phrase):  # "urged the North to return to talks"
            state = self.epithet_state(s, t1, phrase, actors)
            if state:
                return [state]
        owned_act = stype in ("opposes", "supports") and bool(  # "French arms sales to Taiwan"
            re.match(r"[A-Z][\w.-]*" + _policy_act().pattern, phrase)
        )
        owned_act = owned_act or bool(_STATEHOOD_ACT.match(phrase))  # "Kosovo's 2008
        # declaration of independence": a place kg does not know as a state, and its claim
        addressed = stype == "urges" and (
            re.search(  # ("all UN Member States")
                rf"\b(?i:{'|'.join(self.lex.words('stances', 'cues', 'addressees'))})$", phrase
            )  # "called on U.N. member states": a named group of parties
            or re.fullmatch(
                r"(?:the\s+)?(?:wider\s+)?international\s+community|the\s+participants", phrase
            )
        )
        if (
            (len(phrase.split()) < 2 and not _proposal_rx().fullmatch(phrase))
            or len(phrase.split()) > 16
            or (
                phrase[:1].isupper()
                and not spoken
                and not addressed
                and not owned_act
                and not _BLOC_ADJECTIVE.match(phrase)  # ("Western sanctions")
                and not self._known_modifier(s, t1, phrase)  # ("NATO membership for Ukraine")
            )
            or (
                re.match(r"(?:it|its|them|him|her|this|that|these|those|us|me)\b", phrase)
                and not (addressed and re.match(r"(?:its|their)\s+[\w-]+\s+\w", phrase))
            )  # (but "called on its international partners": whom it addressed, by a modifier)
            or re.match(_ADVERBIAL_START, phrase, re.I)
        ):
            return []  # a name kg does not know, or a pronoun: not a topic
        bare_group = (
            re.fullmatch(r"the\s+(?:group|militia|movement|insurgents|militants|rebels)", phrase)
            if stype in ("urges", "condemns")
            else None
        )
        armed = [
            m.actor for m in s.actors(0, t0)
            if m.kind == "org" and m.actor in self.orgs and self.orgs[m.actor].kind == "armed-group"
            and m.actor not in actors
        ] if bare_group else []  # fmt: skip
        last_group = self.st.recent_groups[-1] if bare_group and self.st.recent_groups else None
        if not armed and last_group and s.index - last_group[1] <= 2:
            armed = [last_group[0]] if last_group[0] not in actors else []
        if armed:  # "condemned the Houthi attacks and called on the group to stop them": the
            return [armed[-1]]  # armed group just named
        if stype == "urges" and not (
            addressed or words("stances", "cues", "addressees").search(phrase)
        ):
            return []  # one urges parties to act: "the leaders of key committees" is no party
        if stype in ("opposes", "condemns") and _DENIED_CLAIM.match(phrase):
            return []  # "rejected any suggestion that the deal was the price": a denial
        acts = _GROUP_ACTS.match(phrase) if stype == "condemns" else None
        recent = (  # "Boko Haram abducted ... Biya denounced the group's raids": the armed
            (self.st.recent_groups[-1] if self.st.recent_groups else None)  # group named last;
            if acts and acts.group(1) == "group"  # "the rebels' offensive": the group those
            else self._memory().fighters.get(acts.group(1))
            if acts
            else None  # fighters were
        )  # named with
        if recent and s.index - recent[1] <= 4 and recent[0] not in actors:
            return [recent[0]]
        fighters = _THE_FIGHTERS.fullmatch(phrase)
        named = self._memory().fighters.get(fighters.group(1)) if fighters else None
        latest = self.st.recent_groups[-1][0] if self.st.recent_groups else None
        if named and s.index - named[1] <= 4 and named[0] not in actors and latest == named[0]:
            return [named[0]]  # "... against Huthi rebels. Hadi denounced the rebels": those
        return ["topic:" + (self._antecedent(phrase) or phrase)]

    def _bidders(self, s: Sentence, noun: str, actors: tuple[str, ...]) -> tuple[str, ...]:
        """The two states whose ``noun`` ("applications") one of the three sentences before
        named, right after it ("the applications of Sweden and Finland"), or nothing.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Austin met Andersson. He backed the applications of Sweden and Finland. "
            ...      "Ankara has objected to both applications.")
            >>> [f.target for f in extract_text(t).facts if f.parties == ("TUR",)]
            ["topic:Sweden's and Finland's applications"]
        """
        memory = self._memory()
        stem = re.escape(noun.lower()[:-1] if noun.lower().endswith("s") else noun.lower())
        for back in range(1, 4):
            if back >= len(memory.texts):
                break
            told = re.search(rf"\b{stem}s?\b", memory.texts[-1 - back], re.I)
            named = [
                key for pos, key in memory.states.get(s.index - back, ())
                if told and told.end() <= pos <= told.end() + 60 and key not in actors
            ]  # fmt: skip
            if told:
                return tuple(dict.fromkeys(named)) if len(set(named)) == 2 else ()
        return ()

    def _noun_told_before(self, phrase: str) -> str | None:
        """The act a bare "the <noun>" names when an earlier sentence of the article used that
        noun of an act ("agreed to an expeditious disengagement ... Bhutan welcomed the
        disengagement"), or None; only a step of a conflict's parties (a disengagement,
        withdrawal, pullback, de-escalation), not "the decision", which needs its own telling.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "India and China agreed to a disengagement. Later, Bhutan welcomed the "
            >>> t += "disengagement."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['topic:disengagement']
        """
        bare = re.fullmatch(r"the\s+([a-z-]{3,}(?:ment|wal|back|ation))", phrase)
        if bare is None:
            return None
        noun = re.compile(rf"\b{bare.group(1)}\b", re.I)
        told = any(noun.search(text) for text in self._memory().texts[:-1])
        return f"topic:{bare.group(1)}" if told else None

    def _antecedent(self, phrase: str) -> str | None:
        """What a short definite target names when a recent sentence told it in full ("a video
        showing the killing of 21 Egyptian Christians. Sisi condemned the killings"): that
        noun with its complement.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Gunmen shot dead 21 Copts, a video showed the killing of 21 Christians. "
            >>> t += "Egypt condemned the killings."
            >>> [f.target for f in extract_text(t).facts if f.kind == "stance"]
            ['topic:killing of 21 Christians']
        """
        short = re.fullmatch(r"(?:the|this|these)\s+(?:[a-z-]+\s+)?([a-z]{4,}?)s?", phrase)
        if short is None:
            return None
        stem = re.escape(short.group(1))
        told = re.compile(
            rf"\b(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?({stem}(?:e?s)?\s+(?:of|by)\s+"
            rf"[^,.;:()\"“”]{{3,80}}?)(?=\s*(?:[,.;:()\"“”]|$|\s(?:and|which|that|who|after|before|as|in\s+(?:a|an|the)\s)\b))"
        )
        for text in reversed(self._memory().texts[-4:-1]):  # the three sentences before
            found = list(told.finditer(text))
            if found:
                return _noun_phrase(found[-1].group(1))
        return None
