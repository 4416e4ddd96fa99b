"""Meeting and exercise rules: who met or trained, when and where.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("The U.S. and Japan held talks in Tokyo on May 3, 2024.")
    >>> [(f.kind, f.parties, f.location) for f in ex.facts]
    [('meeting', ('USA', 'JPN'), 'Tokyo')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import replace
from functools import cache

from kg.dates import COUNTS, DAY_AFTER, MONTH_NAMES, WEEKDAY_NAMES, shift_day
from kg.extract.context import (
    Group,
    Sentence,
    WordList,
    group_refs,
    quote_spans,
    runs,
    titles_only,
    unique_actors,
    words,
)
from kg.extract.mentions import (
    ACTED,
    CITY_PARTICLE,
    FROM_OPENER,
    Mention,
    find_mentions,
    legislature_of,
)
from kg.extract.model import Fact, dates_compatible, remote_meeting, unnamed
from kg.extract.roles import (
    AFTER_TALKS,
    AROUND_THE_EVENT,
    ASIDE,
    DOCUMENT_OF_DATE,
    DOCUMENT_SIGNED_DATE,
    END_DATE,
    GROUPING_PEOPLE,
    MET,
    NOT_PLACES,
    ON_TOUR,
    PERMITTED,
    QUARREL,
    REGIONS,
    RELATIVE_CLAUSE,
    SINCE,
    SITTING_BODY,
    RuleBase,
    clause_of,
    clauses,
    hedged,
    when_date,
)
from kg.lexicon import load_lexicon

# A sentence that lists who attended the meeting just reported: "Those attending included ...",
# "Attendees included ...", "Among those present were ..."
_ATTENDING = re.compile(
    r"\W*(?:(?:Those|Leaders|Others|Heads\s+of\s+state|Officials)\s+(?:attending|present|taking\s+part"
    r"|in\s+attendance)\s+(?:included|were)|Attendees\s+(?:included|were)|Among\s+(?:those|the\s+leaders)"
    r"\s+(?:attending|present|taking\s+part)\s+were|(?:Also\s+)?(?:[Aa]ttending|[Pp]resent)\s+were"
    r"|It\s+was\s+(?:also\s+)?attended\s+by)\b"  # "It was attended by Putin, Erdogan, ..."
)

# A conflict or situation a place name follows as a talk's topic ("the ceasefire in Gaza", "the
# war in Sudan"): that place is not where the meeting is held.
_TOPIC_BEFORE_IN = re.compile(
    r"\b(?:cease-?fire|truce|war|conflict|crisis|fighting|situation|violence|peace|tensions?"
    r"|hostilities|offensive|insurgency|unrest|(?:on|about|over|for)\s+(?:the\s+)?(?:release\s+of\s+"
    r"(?:the\s+)?)?hostages?)\s+$",
    re.I,
)

# Words no exercise's name opens with: a sentence's, or a numbered item of production or
# procurement's ("Lot 16", "Tranche 4"), whatever the article's year
_NOT_NAME_STARTS = {
    "The", "A", "An", "In", "At", "After", "During",
    "Lot", "Lots", "Block", "Tranche", "Batch", "Increment", "Phase", "Option",
}  # fmt: skip
_FUTURE = re.compile(
    r"\b(?:scheduled|expected|planned|next(?!\s+day\b)|upcoming|will"
    r"|would\s+(?:be|take|begin|start))\b",
    re.I,
)
# An event the rest of its clause puts in the future
_FUTURE_EVENT = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|also\s+)?(?:scheduled|expected|planned|due|set)\s+(?:for|to|on|in)\b"
    r"|\bwill\s+(?:take place|be held|convene|open|begin|start)\b"
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)\b(?:planned|scheduled|slated)\s+for\s+"
    r"(?:early\s+|late\s+|mid-?\s*)?"
    r"(?:next|this|the\s+coming|(?-i:[A-Z][a-z]+)|\d)",  # ("talks planned for early July")
    re.I,
)
# An exercise's name before a lower-case head ("the annual Sea Breeze naval exercise")
_BARE_NAME = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Tt]his\s+year's|[Ll]ast\s+year's)\s+"
    r"(?:(?:annual|biennial|yearly|regular|latest"
    r"|largest|\d+(?:st|nd|rd|th))\s+)?((?:[A-Z][\w'’-]*\s){1,3})(?:(?:naval|air|maritime"
    r"|military|joint|multinational|combined|land|amphibious|field|command-post|live-fire)\s+)*"
    r"(exercises?|drills|war\s?games)\b"
)
# A capital as the government that asked for something, not a place ("at Ankara's request")
_AT_REQUEST = re.compile(
    r"['’]s\s+(?:request|invitation|behest|insistence|urging|initiative|suggestion)\b"
)
# Acts two leaders do together, face to face, when they do them on one day
_JOINT_ACT = re.compile(
    r"\b(?:pledged|agreed|announced|unveiled|issued|reaffirmed|vowed|committed|launched)\b"
)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
# The talks just told, named again ("during the call", "joined the call")
_SAME_TALKS = re.compile(
    r"\b(?:during|at|in|on)\s+(?:the|that)\s+(?:same\s+)?(?:call|talks|meeting|summit"
    r"|conversation)\b|\bjoined\s+the\s+(?:call|talks|meeting)\b"
)
# An official named with an office ("Defense Secretary Lloyd Austin", "Gen. Mark Milley")
_NAMED_OFFICIAL = re.compile(
    r"\b(?:Secretary|Minister|President|Premier|Chancellor|General|Gen\.|Admiral|Adm\."
    r"|Ambassador|Envoy|Adviser|Advisor)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
)
# A call that joins three or more ("a three-way call", "a joint video conference")
_JOINT_CALL = re.compile(
    r"\b(?:joint|jointly|together|conference|three-way|four-way|trilateral|quadrilateral"
    r"|group|(?<!which\s)(?<!that\s)(?:all|the)\s+(?:three|four|five)(?!\s+[a-z]+['’])(?!['’]))\b",
    re.I,
)
# Two partners each with its own "with": a meeting with each ("had spoken by phone with
# Swaraj and with his Pakistani counterpart Qureshi")
_WITH_AND_WITH = re.compile(
    r"\bwith\s+(?:(?!\bwith\b)[^,;])+?\s+and\s+(?:also\s+)?with\s+(?:(?:the|his|her|their)\s+)?[A-Z]"
)
# What one party hands another at a ceremony ("handed over the document to")
_HANDED_TO = re.compile(
    r"\b(?:handed|hands|presented|presents|delivered|delivers|deposited|deposits)\s+(?:over\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:to|with)\s+"
)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:\w+\s+)?(?:held|met)\b")
# Talks that have started are a negotiation under way, not one meeting ("has also started
# talks with Japan on a reciprocal access agreement"), unless a day is told.
_TALKS_UNDER_WAY = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:started|begun|opened|launched|entered)\b"
)
_PURPOSE = re.compile(
    r"\b(?:for|about|over|regarding|concerning|on|against|toward|towards|into|to)\s+(?:the\s+)?$",
    re.I,
)
_VENUE = re.compile(r"\b(?:at|of|during|ahead of|before|after|in)\s+(?:the\s+|a\s+)?$", re.I)
# "held talks on Sweden's NATO accession": what is said of a state after "on" is the topic too
_PURPOSE_OWNED = re.compile(
    r"\b(?:about|over|regarding|concerning|on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?"
    r"[A-Z][\w.-]*['’]s?\s+(?:[a-z][\w-]*\s+)?$"
)


_VISIT = re.compile(
    r"(?:\b(?:[Dd]uring|[Oo]n|[Aa]fter|[Ff]ollowing)\s+(?:(?:a|an|the)\s+|(?P<own>his|her|their)\s+"
    r"|(?:then-)?(?P<poss>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,5}['’]s)\s+)"
    r"|\b(?P<paid>paid|made)\s+(?:a|an|his|her|their)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+(?:the\s+)?(?P<to>)[A-Z][\w.’'-]*(?:\s[A-Z][\w’'-]*)?"
    r"(?P<by>\s+by\s+(?:the\s+)?)?"
)
_OBJECT_OF = re.compile(r"\b([a-z]+(?:s|ed))\s+(?:the\s+|a\s+|an\s+)?$")
# A force's foe ("the African Union force fighting al-Shabaab"): whom it fights, no participant
_FOUGHT = re.compile(r"\b(?:fighting|battling|combating|combatting)\s+(?:the\s+)?$")
# Verbs whose object an event's participants act on, not with ("suspended Burkina Faso at
# an extraordinary summit", "sanctioned Belarus at a summit")
_ACTED_UPON = {
    "sanctioned", "condemned", "criticised", "criticized", "suspended", "expelled", "accused",
    "urged", "warned", "blamed", "denounced", "attacked", "rebuked", "punished", "penalised",
    "penalized", "censured", "targeted", "threatened", "invaded", "annexed", "occupied",
    "bombed", "shelled", "struck",
}  # fmt: skip
# A state named as where forces are or whom they train with ("arrived in", "train with the")
_PLACED_OR_PARTNER = re.compile(
    r"\b(?:in|at|into|(?<!along\s)(?<!together\s)(?<!coupled\s)with)\s+(?:the\s+)?$"
)  # (not "U.S. Marines, along with Japanese soldiers, trained with": one of the trainees)
# A stance's object before a state ("solidarity with", "condemned what they called")
_STANCE_OBJECT = re.compile(
    r"\b(?:(?:solidarity|sympathy)\s+with|(?:condemned|criticized|criticised|denounced|"
    r"deplored)\s+what\s+(?:they|it|he|she|the\s+\w+)\s+(?:called|described\s+as))\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*,?\s+(?:and\s+)?){0,4}$"
)  # (through a list: "solidarity with Cyprus and Greece")
_TAKE_PART = {
    "includes", "included", "involves", "involved", "features", "featured", "joined", "brings",
    "brought", "hosted", "welcomed", "received", "comprises", "comprised", "as", "its", "was",
    "is", "has", "alongside", "plus", "besides", "partners", "allies", "navies", "forces",
    "his", "hers", "this",  # "met his Italian counterpart": a possessive, no verb
    "joining", "joins", "accompanying", "pairs", "paired", "gathers", "gathered", "unites",
    "united", "assembles", "assembled",
}  # fmt: skip
# Nouns that name the states listed after them, when what comes before them tells those take
# part ("brought together the guarantor powers Greece, Turkey and Britain"; not "after member
# states Poland and Hungary blocked the budget")
_LISTING_NOUNS = frozenset(
    ("powers", "guarantors", "members", "neighbours", "neighbors", "nations", "states",
     "countries", "claimants", "signatories")
)  # fmt: skip
_LISTED_TAKE_PART = re.compile(
    r"\b(?:guarantor|fellow|with|including|together|brought|bringing|joined|and)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?$"
)
_LED = re.compile(r"-(?:led|hosted|organi[sz]ed|run)\b")  # "the U.S.-led exercise": its leader
# "drills held by X and Y" (but "held by videoconference" is how, not by whom)
_BY_AGENT = re.compile(
    r"\s+by\s+(?!(?:(?:secure|encrypted|closed)\s+)?(?:video|videoconference|video\s?link"
    r"|video-link|teleconference|phone"
    r"|telephone|satellite|virtual\s+link)\b)(?:the\s+)?",
    re.I,
)
# The people of the states that follow ("the leaders of", "senior officials from", "heads of
# state of"): who acts is the states
_PEOPLE_OF = re.compile(
    r"(?:(?:the|their|senior|top|foreign|defen[cs]e|[a-z]+-level)\s+){0,3}"
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents"
    r"|prime\s+ministers|ministers|representatives|delegations|delegates|envoys|officials"
    r"|chiefs)\s+(?:of|from)\s+(?:the\s+)?",
    re.I,
)
_FORCES = re.compile(
    r"\s+(?:armed\s+|naval\s+|special\s+|air\s+)?(?:forces|troops|navies|militaries|warships"
    r"|soldiers|marines|sailors|units|service\s?members|servicemen|personnel)\b"
)
# Right before an armed group that is a party to talks: "talks with", "met", "between ...
# and", or an "and" joining it to the other party ("Colombia and the FARC held talks")
_PARTY_WORD = (
    r"(?:[A-Z][\w'’.-]*|of|the|army|government|military|forces|authorities|junta|officials"
    r"|envoys|delegations?|representatives|negotiators)"
)
_TALKED_WITH = re.compile(
    r"(?:\b(?:talks|negotiations|meeting|met|meets|meet|dialogue|negotiated|talked)\s+"
    r"(?:(?:directly|face\s+to\s+face|separately)\s+)?(?:with|between)\s+(?:the\s+)?"
    rf"(?:{_PARTY_WORD}\s+){{0,5}}?(?:and\s+)?|\bwith\s+(?:{_PARTY_WORD}\s+){{1,6}}?and\s+"
    r"|\b(?:met|meets|meet|meeting|received|hosted)\s+(?:with\s+)?(?:an?\s+|the\s+)?"
    rf"|(?:^|,\s+)(?:{_PARTY_WORD}\s+){{1,5}}and\s+)(?:the\s+)?$"
)

# A negation between an event noun and its verb ("talks with Qatar have not been concluded",
# "the drills were never held")
_NOT_YET = re.compile(
    r"\b(?:have|has|had|were|was|are|is|did|do|does)\s*(?:not|never|n['’]t)\b|\byet\s+to\b",
    re.I,
)
_GO_BETWEEN = re.compile(r"\b(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?$", re.I)
# What makes brokered talks other than the event told: "after", "unlike", "rejected" them
_OTHER_TALKS = re.compile(
    r"\b(?:after|following|before|since|unlike|than|whose|rejected|refused|declined|spurned"
    r"|earlier|previous|last|past|failed|stalled)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "The talks, brokered by Saudi Arabia and the United States, began", "in talks mediated by
# Qatar's emir": who brokers the talks takes part in them (not in "a deal brokered by Washington")
_BROKERED_TALKS = re.compile(
    r"\b(?:talks|meetings?|summit|negotiations|dialogue|consultations|discussions)\s*,?\s+"
    r"(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?$",
)
_SPEAKER = re.compile(  # not "held talks with X and announced": X's host announced
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?(?<!\band)\s+(?:said|says|reported|announced|told|confirmed)\b"
)
_YEAR_ONLY = re.compile(
    r"\b(?:in|since|during|by|of|from)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b"
    r"|\b(?:last|previous|past)\s+year\b|\bearlier\s+this\s+year\b|\ba\s+year\s+(?:ago|earlier)\b",
    re.I,
)
_JOINED = re.compile(r"\b(?:taking part|take part|took part|participat\w+|join\w*)\b")
_ATTENDED = re.compile(r"\battend\w*\b")
# "told Moon in talks in Seoul", "assured his counterpart during a meeting": a meeting's words
_TOLD_IN_TALKS = re.compile(
    r"\b(?P<verb>told|assured|informed|reminded|briefed|conveyed)\s+(?:[^,;.]|\.(?=\s?[A-Z]))"
    r"{2,70}?\s+(?:in|during|at)\s+"
    r"(?:their\s+|a\s+|the\s+)?(?:[\w-]+\s+)?(?P<talks>talks|meeting|(?:tele)?phone\s+call"
    r"|video\s+call)\b"
)  # ("conveyed the decision to U.N. Secretary General Antonio Guterres in a telephone call")
# A grouping's leaders acting "at their summit" ("agreed by NATO leaders at their summit in
# Newport", "allied leaders agreed ... at their Lisbon summit")
_THEIR_SUMMIT = re.compile(
    r"(?:(?P<allied>\b(?:[Aa]llied|[Aa]lliance(?:['’]s)?))\s+)?\b(?P<who>leaders|heads\s+of\s+state(?:\s+and"
    r"\s+government)?)\b[^.;]{0,80}?\bat\s+their\s+(?:[\w-]+\s+){0,2}summit\b"
)
# A call told as a noun: "In a telephone call, Obama told Sisi", "informed Zelensky of the
# decision in a phone call", "welcomed the pact in a telephone conversation", "a call between A
# and B"
_CALL_NOUN = re.compile(
    r"\b(?i:in|during|after|following|via|by|over)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:(?:secure|virtual)\s+)?(?:(?:(?:tele)?phone|video)\s+(?:call|conversation|talks?|conference)\b"
    # a call told bare: "During a call on Monday, ...", "in a call with Macron" (not "a call
    # for calm", "in a call on Monday for a ceasefire", "In a fresh call, X urged ...": appeals)
    r"|call(?=\s+with\b|\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\b(?!\s+(?:for|to)\b)))"
    r"|\b(?i:a|the)\s+(?:(?:tele)?phone\s+|video\s+)?call\s+between\s+"
    r"|\b(?:by|over\s+the)\s+(?:tele)?phone(?=\s+with\b)"  # "discussed it by telephone with"
    r"|\b(?i:a|the)\s+(?:tele)?phone\s+(?:conversation|talks?)\s+between\s+"
)
_CALL_TOLD = re.compile(
    r"\b(?:told|tells|warned|warns|informed|informs|assured|assures|briefed|urged|asked|thanked|thanks"
    r"|congratulated|invited|reassured|consulted|consults)\s+"
)
# Whom a warning in a call was told to: the one warned "that ..." ("warned Putin on Tuesday
# that ..."), not one warned "against" or "not to"
_WARNED_THAT = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}(?:on\s+[A-Z][a-z]+day\s+)?that\b")
# A base named after its place ("at Ramstein Air Base", "at Subic Naval Base")
_AT_BASE = re.compile(
    r"\bat\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Air\s+Force|Air|Naval|Navy|Army|Marine\s+Corps)"
    r"\s+(?:Base|Station)\b"
)
# A call told after the sentence's clauses, set off by a comma ("..., during a video call")
_TRAILING_CALL = re.compile(r",\s*$")
# Where the parties of "a call between A and B" end
_BETWEEN_END = re.compile(r"[,;(]|\s(?:in|on|at|that|which|who)\s")
# The first verb of a clause: its subject comes before it
_MAIN_VERB = re.compile(
    r"\b(?:said|says|told|agreed|discussed|stressed|welcomed|pledged|[a-z]{3,}ed)\b"
)
# The main verb of those who speak after an opening participle ("..., A, B and C said")
_SPEAKER_VERB = re.compile(
    r"\s+(?:(?:also|jointly|later|then)\s+)?(?:said|say|says|agreed|announced|issued|pledged"
    r"|vowed|stressed|expressed|reaffirmed|urged|called|condemned|declared|told|warned)\b"
)
# "After meeting Duda, ...", "Following a meeting with Xi, ...": an opening participle of meeting
_AFTER_MEETING = re.compile(
    r"\W*(?:After|Following)\s+(?:(?:a|his|her|their)\s+)?meeting\s+(?:with\s+)?"
)
# The speaker's report after a meeting ("..., Kuleba said after meeting Sergei Lavrov")
_SAID_AFTER_MEETING = re.compile(
    r"\s(?:said|says|told\s+reporters)\s+after\s+(?:meeting|talks\s+with)\s+"
)
# "Speaking alongside President Irfaan Ali after talks at State House, Rubio said": the one
# beside the speaker after talks is whom the speaker met
_ALONGSIDE = re.compile(
    r"\W*(?:Speaking|Appearing|Standing)\s+(?:alongside|beside|next\s+to|with)\s+"
    r"(?=[^,;]{3,80}?\s(?:after|following)\s+(?:their\s+|the\s+)?(?:talks|meeting|a\s+meeting)\b)"
)
# A past edition told by its time ("Last year, ...", "in 2019", "the previous edition")
_EARLIER_EDITION = re.compile(
    r"\b(?:last|previous|past)\s+year\b|\bin\s+(?:19|20)\d\d\b|\b(?:previous|last|earlier)\s+edition\b",
    re.I,
)
# A definite exercise noun ("in the exercise", "this year's drills"): the one reported before
_THE_EXERCISE = re.compile(
    r"\b(?:the|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?(?:exercise|drills?|maneuvers|manoeuvres"
    r"|war\s?games)\b",
    re.I,
)
_SEPARATE_DRILL = re.compile(
    r"\b(?:a|another)\s+separate\s+(?:[\w-]+\s+){0,2}?(?:drill|exercise|patrol|flight)s?\s+with\s+"
)
# Crewed platforms after a nationality ("South Korean F-35A and F-15K fighters"): its forces
_CREWED = re.compile(  # (also the first of two: "South Korean and Japanese fighter jets")
    r"(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    # ("U.S. F-35B and South Korean F-35A stealth jets": the first of two with their types)
    r"\s+(?:[A-Z][\w/-]*\s+(?:and\s+(?:[A-Z][\w.]*\s+){0,2}?[A-Z][\w/-]*\s+)?)?"
    r"(?:(?:fighter|stealth|combat|strike|attack|transport)\s+)?(?:jets|fighters|bombers"
    r"|warships|destroyers|frigates|ships|vessels|submarines|aircraft|helicopters)\b"
)
# The aircraft an exercise began with, then the types named ("with about 240 warplanes,
# including U.S. F-35B and ..."): not aircraft tracked ("tracking 30 aircraft including ...")
_WITH_AIRCRAFT_INCLUDING = re.compile(
    r"\bwith\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?[\d,]+\s+(?:[a-z-]+\s+)?"
    r"(?:warplanes|aircraft|jets|fighters|ships|warships|vessels|helicopters),?\s+including\s+$"
)
_UNITS = (
    r"(?:troops|forces|ships|warships|vessels|aircraft|jets|fighters|units|personnel|sailors"
    r"|soldiers|marines|contingents?|frigates|destroyers|submarines|battalions|companies)"
)
# "have joined the French forces with ships and aircraft", "have joined the Pakistan Navy for
# the harbour phase": forces that joined an exercise
_FORCES_JOINED = (
    r"\b(?:have|has|had)\s+(?:also\s+)?joined\s+(?:the\s+)?"
    r"(?:[A-Z][\w.-]*\s+(?:and\s+[A-Z][\w.-]*\s+)?)?(?i:forces|navy|fleet)\s+"
    r"(?:with\s+(?:[\w,]+\s+){0,3}?(?:ships?|warships?|vessels?|aircraft|jets?|helicopters?"
    r"|submarines?|frigates?|destroyers?|corvettes?|fighters?|patrol\s+boats?)"
    r"|for\s+the\s+(?:[\w-]+\s+){0,2}(?:phase|exercise|drills?|manoeuvres|maneuvers"
    r"|war\s?games))\b"
)
# A sentence that denies the forces it names take part
_NONE_INVOLVED = re.compile(r"(?:No|Neither|None\s+of)\s(?!(?:fewer|less|more)\s+than\b)")
_INVOLVED = re.compile(
    r"\b(?:are|were|is|was)\s+(?:also\s+)?(?:among\s+(?:those|the\s+\w+)\s+)?"
    r"(?:involved|taking part|participating|(?:training|drilling|exercising)\s+(?:with|alongside)"
    r"\s+them)\b"  # ("Special operations forces from A and B are training with them")
    # "Taking part are A and B", "Also participating this year were A and B", "Joining them are",
    # "Taking part, besides Chile, are A and B", "Taking part alongside Indonesia are A and B"
    r"|\b(?i:(?:also\s+)?(?:taking\s+part|participating|joining\s+(?:them|the\s+drills?)))"
    r"(?:,\s+(?:besides|apart\s+from|alongside|with)\s+[^,;]{2,40},"
    r"|\s+(?:besides|apart\s+from|alongside)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?)?"
    r"(?:\s+this\s+year)?"
    r"\s+(?:are|were)\b"
    # "Fourteen allies are contributing forces, among them A and B", "A and B are also sending
    # ships", "are contributing warships"
    rf"|\b(?<!not\s)(?<!never\s)(?<!n't\s)(?<!longer\s)(?<!stopped\s)(?<!\bbe\s)"
    rf"(?:contribut(?:es|ing|ed)|(?:are|is|were|was)\s+also\s+sending)"
    rf"\s+(?:[\w,-]+\s+){{0,3}}?{_UNITS}\b"
    # (not "contributing troops to the NATO mission in Kosovo": elsewhere)
    r"(?!\s+(?:to|for)\s+(?!(?:the\s+|this\s+year's\s+)?(?:[\w-]+\s+){0,2}?(?:drills?|exercises?"
    r"|manoeuvres|maneuvers|war\s?games)\b))"
    # "Polish, German and Danish vessels are among those sailing"
    r"|\b(?:are|were)\s+(?:also\s+)?among\s+those\s+(?:sailing|flying|training|deployed)\b"
    # "Maritime patrol aircraft from A, B and C are flying from Sigonella", "Chinese ships
    # trained with vessels from A, B and C"
    r"|\b(?i:aircraft|jets|planes|fighters|helicopters|ships|vessels|warships|submarines)\s+"
    r"from\s+(?:(?!,\s+which\b)[^.;]){2,120}?\s+(?:are|were)\s+(?:also\s+)?(?:flying|sailing"
    r"|operating)\b(?!\s+(?:\w+\s+){0,6}?as\s+part\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:mission|operation"
    r"|policing|deployment)\b)"
    r"|(?<!have\s)(?<!has\s)\btrain(?:ed|s|ing)?\s+(?:together\s+)?(?:with|alongside)\s+"
    r"(?:the\s+)?(?:troops|vessels"
    r"|ships|warships|forces|units|sailors|soldiers|aircraft|counterparts)\s+from\s+(?:the\s+)?[A-Z]"
    # "The navies of A, B and C have joined the French forces with ships and aircraft"
    # (with what they brought or for a phase of the drills: not "have joined the Russian forces
    # fighting in Ukraine", "on an exchange programme")
    rf"|{_FORCES_JOINED}"
    # "Among the contingents are troops from A, B and C"
    r"|\b(?i:among)\s+the\s+(?:contingents|participants|participating\s+\w+|units|forces)"
    r"\s+(?:are|were)\b"
    # "The Anakonda-16 exercise includes 12,000 Polish soldiers and 14,000 U.S. troops"
    # (also across an aside: "The exercise, which runs through Sept. 29, involves ...")
    r"|\b(?:exercise|drills?|maneuvers|manoeuvres|edition\s+of\s+[A-Z][\w-]*(?:\s+\d{2,4})?)"
    r"(?:,[^,;]{1,80},)?\s+"  # ("The 38th edition of Balikatan, which runs until April 28,
    # brings together ...")
    r"(?:includes|included|involves|involved|brings\s+together|brought\s+together)\b"
    r"|\bjoined\s+by\b|\balso\s+(?:took|take|taking)\s+part\b"
    # "The drills, organised jointly by the Jordanian army and the US Central Command, ..."
    r"|\b(?:drills?|exercises?|maneuvers|manoeuvres),\s+(?:co-)?(?:organi[sz]ed|hosted|led)"
    r"\s+(?:[a-z]+ly\s+)?by\b"
    r"|\b(?i:contingents?|troops|forces|units|personnel)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?sent\s+by\b"  # "Foreign contingents were sent by A, B and C"
    # (but "have sent observers but no troops" sent none; "observers and troops" did)
    r"|\b(?<!not\s)(?<!never\s)(?<!n't\s)sen(?:t|ds)\s+"  # (not "has not sent troops")
    r"(?:(?!(?:but|no|not|rather|instead)\b)[\w,]+\s+){0,3}?"
    r"(?:troops|contingents?|forces|units|soldiers|sailors)\b"
    # "Germany is the second-largest contributor", "host Norway has mobilised 7,000 personnel"
    r"|\b(?:is|was|are|were)\s+the\s+(?:(?:second|third)-)?(?:largest|biggest|main|major)\s+"
    r"contributors?(?=\s*(?:,|\.|$|with\b|of\s+(?:troops|forces|personnel|soldiers|ships|aircraft)"
    r"\b|to\s+the\s+(?:exercise|drills?)\b))"
    r"|\b[Hh]ost(?:\s+(?:nation|country))?,?\s+(?=[A-Z])[^,;.]{2,40}?\s+(?:has|had|have)\s+"
    r"(?:mobili[sz]ed|deployed)\s+(?:[\w,]+\s+){0,3}?(?:troops|personnel|soldiers|forces|sailors)\b"
    # "Participants named by the organisers include A, B and C", "are joining the drills"
    r"|\b(?i:participants|participating\s+(?-i:[A-Z][\w-]*\s+){0,2}(?:countries|nations|states|forces|units|troops"
    r"|navies|militaries|contingents))\s+(?:[\w-]+\s+){0,4}?"
    r"includ(?:e|es|ed)\b"
    r"|\b(?:are|were|is|was)\s+(?:also\s+)?joining\b"
    # "A unit of the Mongolian armed forces has also joined the drills"
    r"|\b(?:has|have|had)\s+(?:also\s+)?joined\s+the\s+(?:[\w-]+\s+){0,2}?(?:drills?|exercises?"
    r"|maneuvers|manoeuvres|war\s?games)\b"
    # "Air forces from A, B and C are among the participants", "A and B are among the
    # countries sending forces"
    r"|\b(?:are|were)\s+(?:also\s+)?among\s+the\s+participants\b"
    r"|\b(?:are|were)\s+(?:also\s+)?among\s+the\s+(?:[\d,]+\s+)?(?:countries|nations|states"
    r"|allies|navies|militaries)\s+(?:taking\s+part|participating|involved"
    rf"|(?:sending|contributing)\s+(?:[\w,-]+\s+){{0,3}}?{_UNITS}\b)"  # (not "sending weapons
    # to Ukraine")
    # "Britain is contributing about 20,000 troops"
    r"|\bcontribut(?:es|ing|ed)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?"
    r"[\d,]+\s+(?:troops|personnel|soldiers|sailors|service\s+members)\b"
    # "this year's drills involve troops from A, B and C", "the exercise brings together ..."
    r"|\b(?:drills|exercises?|manoeuvres|maneuvers|war\s+games)\s+(?:also\s+)?(?:involve[sd]?"
    r"|include[sd]?|br(?:ings|ought)\s+together|feature[sd]?)\s+"
    r"(?:(?:some|about|around|nearly|more\s+than|over|up\s+to)\s+)?(?:[\d,]+\s+)?"
    r"(?:(?:troops|forces|units"
    r"|personnel|sailors|soldiers|airmen|contingents|militaries|navies|ships)\b|[A-Z])"
    # "Among the participants are A, B and C", "Participating units come from A and B"
    r"|\b(?i:among)\s+the\s+(?:participants|(?:contributing|participating)\s+(?:forces|nations"
    r"|countries|states|navies|militaries))\s+(?:this\s+year\s+)?(?:are|were)\b"
    # "Tunisia, Ghana, Morocco and Senegal are the host nations"
    r"|\b(?:are|were)\s+(?:the\s+)?(?:co-)?hosts?(?:\s+(?:nations|countries|states))?\s*[.,;]"
    r"|\b(?i:participating)\s+(?:air\s+)?(?:units|forces|troops|navies|countries|nations"
    r"|militaries|states)"
    r"\s+(?:come|came|are|were)\b"
    # "contingents have come from A, B and C"
    r"|\b(?i:contingents?|troops|units|forces|soldiers|sailors|personnel|delegations)\s+"
    r"(?:have\s+|had\s+)?(?:also\s+)?(?:come|came|arrived)\s+from\b"
    r"|\b(?:brings|brought|bringing)\s+together\s+(?:[\w,-]+\s+){0,12}?(?:from|of)\s+(?:the\s+)?[A-Z]"
    # "The Indian Navy is hosting the Royal Australian Navy and the US Navy for the exercise"
    r"|\bhost(?:s|ed|ing)\s+(?:the\s+)?[A-Z][^.;]{0,200}?\s+for\s+the\s+(?:\w+\s+)?"
    r"(?:exercises?|drills|manoeuvres|maneuvers)\b"
)
# Drills of many states not named yet ("Twenty-nine nations began the exercise", "with 10
# nations taking part", "troops from more than 30 countries"): the partners may follow.
_MANY_STATES = re.compile(
    r"\b(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
    r"|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen"
    r"|[Tt]wenty(?:-\w+)?|[Tt]hirty(?:-\w+)?|[Ff]orty(?:-\w+)?|[Ff]ifty(?:-\w+)?|dozens?\s+of)\s+"
    r"(?:\w+\s+(?:and\s+\w+\s+)?)?(?:nations|countries|navies|militaries|partner\s+nations)\b"
    r"|\b(?:multilateral|multinational)\s+(?:[\w-]+\s+){0,3}?(?:[Ee]xercises?|drills)\b"
)
_SPAN = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|closed)\s+(?:a|an|the|their|its)\s+"
    r"(two|three|four|five|[2-9])-day\b",
    re.I,
)
# "wrapped up two days of talks": the event's clause tells how many days it ran
_SPAN_OF = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|closed)\s+(?:the\s+|their\s+)?(two|three|four|five|six"
    r"|seven|[2-9])\s+days\s+of\s+(?:[a-z]+ly\s+)?(?:[a-z-]+\s+){0,2}?"  # ("two days of
    r"(?:talks|meetings|consultations|negotiations|drills|exercises"  # unusually informal talks")
    r"|manoeuvres|maneuvers)\b",
    re.I,
)
_DEAL_REF = (  # a definite reference to a document ("the agreements", "the Lisbon Accord")
    r"(?:the|this|that|these|those)\s+(?:new\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:(?:pact|agreement|accord"
    r"|deal|document|arrangement|letter|LOA)s?|treat(?:y|ies)|memorand(?:um|a|ums))\b"
)
_ACCUSED = re.compile(  # "accused Russia and Belarus of staging maneuvers": the accused hold them
    r"\baccus(?:ed|es|ing)\s+(?P<who>[^;,]{2,60}?)\s+of\s+[a-z]+ing\b[^;]{0,40}$"
)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@cache
def _event_nouns() -> re.Pattern[str]:
    """Meeting and exercise nouns together, to tell a clause that reports an event."""
    nouns = [*load_lexicon().words("meeting", "nouns"), *load_lexicon().words("exercise", "nouns")]
    alts = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


# "meeting" as a verb of satisfying a need ("..., meeting a long-standing demand from Bangui")
_MET_A_NEED = re.compile(  # (a participle after a comma, its object's article right after it)
    r"(?<=,\s)meeting\s+(?:a|an|the|its|their|his|her|this|that|all|every|key|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:demands?|requests?|targets?|deadlines?|requirements?|conditions?"
    r"|needs?|goals?|standards?|thresholds?|criteria|commitments?|obligations?|expectations?"
    r"|pledges?|benchmarks?|quotas?)\b",
    re.I,
)
# "with Niger absent this year": a state named as not taking part
_ABSENT = re.compile(
    r"\s+(?:(?:also|again|even|notably|conspicuously)\s+)?(?:was\s+|were\s+|is\s+|are\s+)?"
    r"(?:absent|missing|excluded|not\s+invited|sat\s+out"
    r"|stayed\s+away|did\s+not\s+(?:take\s+part|attend|participate))\b"
)
# "hosted Somalia's Hassan Sheikh Mohamud", "received China's new defence minister": a
# state's official after its possessive, not a thing of the state's
_OWNED_OFFICIAL = re.compile(
    r"['’]s\s+(?:[A-Z]|(?:new|former|top|visiting|incoming)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[A-Z][a-z]+\s+[A-Z]|(?i:president|minister|premier|chancellor|leader|king|emir|envoy"
    r"|chief|foreign|defen[cs]e|prime|crown|army|navy)\b)"
)  # ("Qatar's Minister of State for Defense Affairs": an office written in capitals too)
# "Meeting in Luxembourg on Monday, ...": where the sentence's subject met, and when
_MET_OPENER = re.compile(
    r"(?:Meeting|Gathering|Gathered|Convening)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?:\s+(?:on|last|this|in)\s+[\w.]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?,\s+"
)
# The offices of those who met, after their state or body ("EU foreign ministers")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:ministers|leaders|envoys|officials|chiefs|ambassadors"
    r"|representatives|delegates|heads\s+of\s+state)\b"
)
_OFFICIALS_OF = re.compile(
    r"\b(?:leaders|ministers|officials|chiefs|heads\s+of\s+state|heads\s+of\s+government"
    r"|envoys|commanders|delegations)\s+of\s+(?P<who>[^.;:]{3,120}?)\s+(?P<verb>gathered|convened"
    r"|assembled|met)\b"
)
# The areas of a cooperation listed after it: "defense cooperation, including capacity
# building and joint training" names a field of work, not an exercise held
_AREAS = re.compile(
    r"\b(?:cooperation|ties|collaboration|partnership|relations)\b"
    r"(?:\s+(?:between|with|among)\s+[^,.;]{1,60})?"
    r"(?:\s+in\s+[a-z][^.;]{0,80}?)?"  # ("cooperation in defence, intelligence and security")
    r",?\s+(?:including|such\s+as"
    r"|in\s+areas\s+such\s+as|in\s+fields\s+such\s+as"
    r"|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of)\b[^.;]*$",
    re.I,
)
# An exercise told as held right after its noun: a drill, not a field of cooperation
_HELD_AFTER = re.compile(
    r"\s+(?:(?:held|conducted|staged|carried\s+out)\b|on\s+[A-Z][a-z]+day\b|last\s+(?:week|month)\b)"
)
# A verb that holds an exercise, which no list of fields of cooperation has
_HELD = re.compile(
    r"\b(?:held|holding|conducted|conducting|staged|began|launched|started|carried\s+out)\b"
)  # (not "agreed ... to hold joint naval exercises more often": still to come)
# What someone is urged or asked to do ("urged Iran ... to resume talks"): no event yet
_URGED_TO = re.compile(
    r"\b(?:urged|urging|urges|urge|called\s+on|calls\s+on|calling\s+on|pressed|pressing|asked"
    r"|asking|encouraged|encouraging)\b(?:[^.;,]|,\s+(?:and\s+)?to\s)*?\bto\s+(?:[a-z]+\s+){1,3}$"
)
# What talks were about, in lower case after "on", "about" or "over" (not "on Monday", "on the
# sidelines of", "on behalf of")
_ABOUT = re.compile(
    r"\s(?:on|about|over)\s+(?!the\s+(?:sidelines|margins|fringes)\b|behalf\b|(?:the\s+)?phone\b"
    r"|(?:the\s+)?telephone\b|(?:a\s+)?(?:visit|trip|tour)\b)(?=(?:the\s+|a\s+|an\s+)?[a-z])"
)
# Where what talks were about ends: a comma, or the words that name who took part or where
_ABOUT_END = re.compile(
    r",|\s(?:with|between|among|amongst|alongside|attended|joined|involving|including|in"
    r"|at|on\s+(?:[A-Z][a-z]+day|the\s+sidelines))\b"
)
# The relations talks were about, with whom ("on reviving diplomacy with Pyongyang"): the "with"
# goes on with the topic, not with who took part
_RELATIONS_WITH = re.compile(
    r"(?<=\s)(?:diplomacy|dialogue|ties|relations|reconciliation|engagement|normali[sz]ation"
    r"|rapprochement|peace)\s+with\s+$"
)
# An exercise noun and a relative clause with its own subject ("the exercises that the Russian
# armed forces began")
_DRILLS_THAT = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s?games?)\s+(?:that|which)\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# The states a sitting was requested by, up to the one at the end ("at the request of France
# and")
_AT_REQUEST_OF = re.compile(
    r"\brequest\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
    r"(?:,\s+|,?\s+and\s+)(?:the\s+)?)*$"
)
_SENT_TO_DRILLS = re.compile(
    r"\b(?:sent|sends|sending|joined|joins|joining|dispatched|deployed|contributed|participat\w*"
    r"|took\s+part|taking\s+part|takes\s+part)\b"
)
# Talks held in one capital on a day and in another after it ("held talks in New Delhi on Dec. 3
# and in Islamabad the following day")
_SECOND_CAPITAL = re.compile(
    r"\b(?:held|holds|holding)\s+(?:[a-z]+\s+){0,2}?talks\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
    r"\s+on\s+[^,;]{3,24}?\s+and\s+in\s+(?P<b>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+"
    r"(?P<when>the\s+(?:following|next)\s+day|a\s+day\s+later|on\s+[^,;]{3,24}?)(?=[,;.]|$)"
)
# Talks held in a capital, no one else named: "held talks in Seoul" (with its government)
_HELD_TALKS_IN = re.compile(r"\b(?:held|holds|holding)\s+(?:[a-z]+\s+){0,2}?talks\s+in\s+$")
# A temporal phrase that names another event ("before the summit")
_BEFORE_THE = re.compile(
    r"\b(?:before|after|ahead\s+of|following)\s+(?:the|a|their|its)\s+(?:[\w-]+\s+)?$", re.I
)
# A fronted phrase of the meeting something was done at ("At the bloc's summit in Tashkent in
# June, ", "During the NATO summit, "); narrower than mentions' fronted phrases of place ("In
# Tashkent, ..."), as "On the sidelines of the SCO summit, A and B held talks" is a meeting of
# their own
_SETTING_OPENER = re.compile(r"\W*(?:At|During)\s+[^,;]{3,90},\s+")
# A state's own exercise after "in" or "at" ("flew in Greece's annual Iniochos air exercise")
_OWNS_EVENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|war\s+games|maneuvers|manoeuvres)\b"
)
# A clause dated by something else that happened: "since well before Moscow's forces invaded
# Ukraine", "after Russia's troops seized Crimea" (its actors take no part in the event)
_BACKGROUND = re.compile(
    r"\b(?:(?:since\s+|until\s+)?(?:well\s+|long\s+|shortly\s+|just\s+)?(?:before|after)"
    r"|since)\s+(?:(?:then|former|ex)-[a-z]+\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:forces\s+|troops\s+|military\s+|army\s+)?(?:[a-z]+ed|met|held|flew|went|took|made)\b"
    r"[^,;:]*"  # ("after then-president Tsai Ing-wen met US House Speaker Kevin McCarthy")
    # "after President Lai's National Day speech", "during Biden's visit to Tokyo": the speech's
    # or the visit's, and the place it was given or made in
    r"|\b(?:before|after|following|during)\s+(?:[A-Z][\w.-]*\s+(?:of\s+)?){0,6}[A-Z][\w.-]*['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:speech|address|inauguration|remarks|statement|visit|transit|stopover"
    r"|trip|election|re-election)\b(?:\s+(?:to|in|through)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3}"
    r"(?:(?:,\s*|\s*\band\s+)(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3})*)?"
    # ", a year after the Egypt-Israel peace treaty": what the time is told from
    r"|,\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|just)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s+(?:the|an?)\s+[^,;:]*"
)
_HOSTED = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|sponsored|co-sponsored|convened)$")
_SIDELINES = re.compile(
    r"\b(?:margins?|sidelines?|fringes?|eve)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?){0,2}$",  # "of a meeting of foreign ministers of the"
    re.I,
)
# "troops from the host nation", "alongside the hosts": the state the event is held in
_HOST_NATION = re.compile(r"\bthe\s+(?:host\s+(?:nation|country|state)|hosts?)\b(?!['’])")
# Another event a temporal phrase names ("a week after talks with Bolivia", "ahead of a visit
# to Japan"): its parties are not this event's ("after Biden held talks with X" is a clause
# that may tell this very event).
_OTHER_EVENT = re.compile(
    r"\b(?:after|before|following|since|ahead\s+of)\s+(?:(?:the|a|an|his|her|their|its|earlier"
    r"|previous|recent|separate|last|first|phone|bilateral|official|state)\s+){0,2}"
    r"(?:talks|meeting|meetings|visit|visits|summit|call|trip)\s+(?:with|to|in)\s+(?:the\s+)?$",
    re.I,
)
# An infinitive of purpose after an event ("met in Accra to finalise plans for ..."): the
# states it names are what the event was for, not who took part.
_PURPOSE_CLAUSE = re.compile(
    r",?\s+(?:in\s+order\s+)?to\s+(?!(?:the|a|an|his|her|its|their|be|have|date|which)\b)"
    r"[a-z]{3,}\b"
)
_CALLED_ON = re.compile(r"\bcalled\s+on\s+$")  # "called on Peruvian President X": a visit
# A city the event is set in, then a time and ", where" ("flew on to Havana the same week, where")
_WHERE_AFTER = (
    r"(?:\s+(?:the\s+)?(?:same|following|next|previous)\s+(?:day|week|month)|\s+on\s+\w+day"
    r"|\s+last\s+\w+)?,\s+where\b"
)
# A quarrel or ties between states, or a body's members in a relative clause: the names in
# them are what is told about, not who takes part
_STRAINS_BETWEEN = re.compile(
    rf"\b(?:{QUARREL}|strains?|ties|relations)\s+(?:[\w-]+\s+){{0,2}}?between\s+"
    r"(?:(?:the\s+)?[^;,]{1,40}?\s+and\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ally|allies|partner|neighbou?r|rival|backer|patron),\s+)?)?(?:the\s+)?$"
)
_MEMBERS_CLAUSE = re.compile(r",\s+which\s+(?:includes|include|comprises|groups|counts)\b[^,;]*$")
_TIES = re.compile(
    r"\b(?:ties|relations|relationship|links|contacts|cooperation|partnership|rapprochement"
    rf"|{QUARREL})\s+(?:with|to)\s+(?:the\s+)?$"
)
# A relative clause after the event (", drills that X condemned"): its actors take no part,
# unless it tells who joined (", which also involved Japan")
_ASIDE_AFTER = re.compile(r",\s+(?:[\w-]+\s+){0,8}?(?:that|which|who|whose)\b")
# A participle clause of what the event caused (", prompting Seoul to protest"), a comment on
# it (", a sign of warming ties between Moscow and Cairo at a time when ...") or its backdrop
# (", as North Korea's record pace of missile launches heightens tensions"): its states react
# or are talked about, they take no part
_EFFECT = re.compile(
    r",\s+(?:prompting|drawing|triggering|sparking|provoking|angering|alarming|infuriating"
    r"|irking|raising\s+concern|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sign|signal|show|display"
    r"|demonstration|reflection|measure|indication|message)\s+(?:of|to|that)|at\s+a\s+time\s+when"
    r"|amid|as\s+tensions|as\s+(?:[\w'’-]+\s+){1,8}?(?:heighten(?:s|ed|ing)?|rais(?:e|es|ed|ing)"
    r"|stok(?:e|es|ed|ing)|fuel(?:s|ed|led|ing|ling)?|escalat(?:e|es|ed|ing)|inflam(?:e|es|ed|ing)"
    r"|heat(?:s|ed|ing)?\s+up)\s+(?:[\w-]+\s+){0,2}?tensions?)\b"
)
# A list of participants that goes on after a comment's closing comma
_JOINED_AFTER = re.compile(
    r",\s+(?:with|including|involving|alongside|joined\s+by|bringing\s+together|together\s+with)\b"
)
_JOINS = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:involv|includ|join|featur|brought|bring|took\s+part|participat)"
)
_PEERS = re.compile(r"\s+(?:counterparts|opposite\s+numbers|ministers|leaders|chiefs)\b")
_VISIT_TO = re.compile(r"\b(?:visit|trip|travell?ed|went|came)\s+to\s+$")
_SIGNED = re.compile(r"\b(?:sign(?:ed|ing)|inked|inking|initialled|initialed|sealed)\b", re.I)
_TITLED_GUEST = re.compile(
    r"\b(?:with|called\s+on|met)\s+(?:President|Prime\s+Minister|Chancellor|King|Emir|Premier"
    r"|Sultan)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
)
_OWNED = re.compile(
    r"(?P<s>['’]s)\s+(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w]*(?:-\d{4}|\s\d{4}))\s+"
    r"(?:[a-z-]+\s+){0,2}(?P<noun>exercise|exercises|drills|war games|manoeuvres|maneuvers)\b"
)
_EDITION = re.compile(
    r"\b(?:edition|iteration|round)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>drill|exercise|patrol|war\s+games)s?\s+(?:that\s+|which\s+)?"
    r"(?P<who>[^,;.]{3,50}?)\s+(?:first\s+|last\s+)?(?P<verb>held|staged|conducted|launched)\b"
)

# An earlier edition of the exercise the text told before ("The previous edition, SLINEX-19, was
# held at Visakhapatnam in September 2019")
_EDITION_HELD_BEFORE = re.compile(
    r"\b(?:The|the)\s+(?:previous|last|preceding|prior|earlier)\s+(?:edition|iteration)"
    r"(?:\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:exercise|drills?|war\s+games))?"
    r"(?:,\s+(?P<name>[A-Z][^,;]{1,40}),)?\s+(?P<verb>(?:was|had\s+been)\s+(?:held|conducted"
    r"|staged|hosted))\b"
)

# Someone's role at an event, named by its possessive ("the summit's host")
_EVENT_ROLE = re.compile(
    r"['’]s?\s+(?:host|hosts|chair|chairman|co-?chair|organi[sz]ers?|spokes\w+|secretariat)\b"
)
# Where the clause an edition was held in ends
_OWN_CLAUSE_END = re.compile(r"\s(?:before|after|but|while)\s|,\s+(?:where|when|as)\s")
# Who hosted or led an edition, up to the end of the clause ("hosted by Chad in February 2015 and
# co-led by U.S. and Chadian forces")
_HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|led|co-led|organi[sz]ed)\s+by\s+[^,;.]+")
# "as part of the annual Iniochos exercise": what precedes takes part in the exercise after it
_PART_OF = re.compile(r"\bas\s+part\s+of\s+(?:the|a|an|this|its|their)\s+(?:[\w'’-]+\s+){0,4}$")
# Who took part in an earlier edition ("also brought together Russian and Belarusian forces")
_JOINED_FORCES = re.compile(
    r"\b(?:brought\s+together|involved|involving|included|including|gathered|with\s+(?:troops|"
    r"forces|units|ships|aircraft)\s+from|between|among)\s+"
)
# What an exercise series is, right before its noun, as the sentence's own predicate ("Regional
# Cooperation is CENTCOM's annual multinational exercise"): no edition held (not "which is the
# annual exercise", nor a noun a start verb follows)
_SERIES_ORIGIN = re.compile(
    r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:is|are)\s+(?:the\s+|an?\s+|[\w.-]+['’]s\s+)"
    r"(?:annual|biennial|yearly|regular)\s+(?:(?:multinational|joint|naval|air|military|combined"
    r"|bilateral|trilateral|major|largest|maritime|land|field)\s+){0,3}$"
)
_SERIES_STARTED = re.compile(
    r"\b(?:began|begins|started|starts|opened|opens|kicked\s+off|got\s+under\s+way|is\s+under"
    r"\s+way|was\s+held|were\s+held|will)\b"
)
# The sidelines of a grouping's summit or meeting ("on the sidelines of the G20 foreign ministers'
# meeting", "On the margins of the meeting of NATO defence ministers")
_SIDELINES_OF = re.compile(
    r"\b(?:sidelines|margins|fringes)\s+of\s+(?:the|a|this\s+(?:week|year)['’]s)\s+"
    r"(?P<span>(?:[\w'’.-]+\s+){0,4}?(?P<noun>summit|meeting|ministerial)(?:\s+of\s+"
    r"(?:[\w'’.-]+\s+){0,3}?(?:leaders|ministers|heads\s+of\s+state))?)\b"
)


def _venue_told(fact: Fact) -> bool:
    """Whether ``fact`` is a grouping's summit told only as the venue of other talks: never the
    event an earlier edition is of ("their summit in Mamallapuram" is the talks' earlier one).

    Example:
        >>> from kg.extract.document import extract_text
        >>> t = "Modi met Xi on the sidelines of the BRICS summit in Kazan on Wednesday."
        >>> [_venue_told(f) for f in extract_text(t, date="2024-10-24").facts]
        [False, True]
    """
    return fact.evidence[0].rule == "meeting.venue"


# The rest of a speaker's aside between commas after its name ("Angola's presidency said,")
_SPEAKER_ASIDE = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+(?:said|says|announced|reported|added)\s*,"
)
# A journey before "after talks with": the talks were elsewhere, earlier ("flew to Moscow on
# Monday, after talks with Biden in San Francisco")
_MOVED = re.compile(
    r"\b(?:arrived|arrives|flew|flies|travell?ed|returned|returns|landed|headed|left|departed)\b"
)
# A modal or intent before "after talks with": the talks may never be held ("would approve the
# bid after talks with Stockholm"); "refused to" and "declined to" are no intent
_MODAL_BEFORE = re.compile(
    r"\b(?:would|could|may|might|will|shall|should|can|expected|plans?|hopes?|intends?|wants?"
    r"|aims?|ready|willing|only|if|unless|once)\b|'ll\b"
    r"|(?<!refused )(?<!declined )(?<!failed )\bto\s+(?-i:[a-z])",
    re.I,
)
# "talks with", "talks in Beijing with", "a meeting on Monday with": the counterpart follows
_TALKS_WITH = re.compile(
    r"\b(?:talks|meeting|summit|meetings)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    r"|\s+on\s+(?:(?-i:[A-Z])[a-z]+day|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})){0,2}\s+with\s+"
)  # ("talks in Beijing on Wednesday with")
# A relative clause that tells the day the event just named began (", which started on Oct. 14")
_BEGAN_VERB = r"(?:had\s+)?(?:started|began|opened|kicked\s+off)\s+"
_BEGAN = rf"(?:which|that)\s+{_BEGAN_VERB}"
# A trigger inside a relative clause right after its antecedent ("X, who attended the session")
_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?:[\w-]+\s+){0,3}$")
# A sentence opening with the meeting just told and its host ("The meeting at the palace, hosted
# by ...")
_HOSTED_TOLD = re.compile(
    r"\W*(?:The|That|This)\s+(?:[\w-]+-(?:minute|hour)\s+)?(?:meeting|talks|session)"
    r"(?:\s+(?:at|in)\s+[^,;.]{1,50})?,\s+"  # ("The 90-minute meeting, hosted by ...")
    r"(?:co-)?(?P<by>hosted|chaired|mediated|brokered)\s+by\s+(?:the\s+)?"
)  # (not "The last round of negotiations, hosted by ...", "The BRICS summit, hosted by ...":
# other meetings)
# A sentence whose subject opened or chaired the meeting just told ("Turkish Foreign Minister
# Hakan Fidan opened the meeting at the Dolmabahce Presidential Office")
_OPENED_TOLD = re.compile(
    r"(?P<who>[^,;]{3,90}?)\s+(?P<verb>opened|chaired|hosted|moderated|presided\s+over)\s+"
    r"the\s+(?:meeting|talks|session)\b(?!\s+of\b)"
)
# A verb of taking part before an exercise noun ("joined the drills that A and B launched")
_JOINING = re.compile(
    r"\b(?:join(?:ed|s|ing)?|t(?:ook|akes?|aking)\s+part|participat(?:ed|es?|ing)|train(?:ed|s|ing)?"
    r"|among|signed\s+up|invited|involved|contribut(?:ed|es?|ing)"
    r"|(?:sen[dt]s?|sending|deploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?)"
    r"(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:warning|protest|note|message|letter|signal)s?\b)"
    r"(?![^,;]{0,40}\bto\s+(?:monitor|shadow|track|watch|observe)\b))\b"
)  # (not "sent a warning over the drills", "deployed warships to monitor the drills")
# A span of time too vague to count before "after" ("only days after Abe met Putin")
_VAGUELY_BEFORE = re.compile(
    r"\b(?:(?:only|just|barely|mere)\s+)?(?:days|weeks|hours|months|a\s+few\s+(?:days|weeks))\s*$",
    re.IGNORECASE,
)
# The start of a relative clause whose subject follows: "that", ", which"
_RELATIVE_START = re.compile(r"\s*,?\s*(?:that|which)\s+")
_WHICH_BEGAN = re.compile(rf",\s+{_BEGAN}(?:(?:on|in)\s+|(?=last\s+[A-Z][a-z]+day\b))")
# A clause of what came before or after an exercise, after its noun (", after Taiwan's vice
# president stopped over in the United States")
_LATER_CLAUSE = re.compile(  # (with a verb of its own: not "following the arrival of warships")
    r",\s+(?:(?:a\s+day|days|weeks|hours|shortly|just|soon)\s+)?(?:after|before|following)\s"
    r"(?=[^,;.]*?\b(?:[a-z]{3,}ed|met|held|flew|went|came|made|began|took|said|sent)\b)"
    r"(?![^,;.]*?\b(?:joined|arrived|docked|sailed|(?:warships|ships|troops|forces|units)\s+from)\b)"
)
# "with" right before a guest named after a meeting noun ("at their meeting with U.S. President")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.-]+\s+){0,3}$")


# Talks told as still to come after their noun ("after talks with Seoul that have yet to take
# place", "after talks with South Korea are concluded")
_TALKS_TO_COME = re.compile(
    r"\b(?:yet\s+to|are\s+(?:\w+\s+)?(?:concluded|completed|held|over|finished)|is\s+(?:\w+\s+)?"
    r"(?:concluded|completed|held|over|finished)|(?:that|which)\s+(?:will|would|are\s+to))\b"
)
# Someone beside those who met ("issued a joint declaration on Saturday, with NATO Secretary
# General Jens Stoltenberg at their side"): a participant too
_AT_SIDE = re.compile(  # (set off by a comma, after the meeting's own clause)
    r",\s+with\s+(?P<who>[^,;]{2,80}?)\s+(?:at|by)\s+(?:their|his|her)\s+sides?\b"
)
# Those who met, in a relative clause before "their" meeting ("the declaration that Kim and
# Moon signed at their April 27 summit")
_AT_THEIR = re.compile(
    r"\b(?:that|which|when)\s+(?P<who>[^,;]{3,120}?)\s+(?:[a-z]+ed|met|held|made)\s+"
    r"(?:[^,;]{0,40}?\s)?(?:at|during)\s+their\s+(?:[\w-]+\s+){0,4}$"
)
# A relative aside on the subject that tells what it said or wanted ("who had said he was ready
# to meet Putin")
_ASIDE_SAID = re.compile(
    r"\b(?:said|says|say|claimed|claims|wanted|wants|offered|proposed|hoped)\b"
)
# A verb of saying after a state, before an exercise noun ("North Korea's state news agency said
# the Max Thunder exercise ..."): the speaker takes no part
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|warned|claimed|called|described|denounced|condemned|protested|slammed)\b"
)
# Words that tie a sentence to the exercise just told ("the participants include", "in the drills")
_THE_DRILLS = re.compile(
    r"\b(?:participants|the\s+(?:exercise|drills?|manoeuvres|maneuvers|war\s?games))\b"
)
# An exercise's starters and start in a relative clause ("the Max Thunder exercise, which U.S.
# and South Korean forces launched on Friday")
_WHICH_THEY_BEGAN = re.compile(
    r",\s+which\s+(?P<who>[A-Z][^,;]{2,80}?)\s+(?:had\s+)?(?:launched|began|started|kicked\s+off"
    r"|opened)\s+(?:on\s+|last\s+)?[A-Z][a-z]+day\b"
)
# The same without the comma, after a long description of the event ("a drill involving 7,500
# troops, more than 140 aircraft and a dozen warships that began on Monday")
_THAT_BEGAN = re.compile(rf"\s{_BEGAN}on\s+")
# The month an exercise began, told in a relative clause ("a survival skills exercise that
# began in the Northern Territory in late August")
_THAT_BEGAN_IN = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,4}?(?:exercise|drill|drills|manoeuvres|maneuvers|war\s+games)\s+"
    rf"that\s+{_BEGAN_VERB}(?:in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}\s+)?"
    rf"in\s+(?:early\s+|mid-|late\s+)?(?=(?:{MONTH_NAMES})\b(?!\s+(?:19|20)\d\d))"
)  # (the exercise's own appositive, not "in response to Chinese manoeuvres that began in")
# Another event a "that began" may belong to ("Chinese war games that began on Monday")
_OTHER_EVENT_NOUN = re.compile(
    r"\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers|war|wars|crisis|standoff|offensive"
    r"|conflict|fighting|visit|talks|summit|operation|campaign|invasion|protests?|patrols?|blockade"
    r"|deployment|tests?|launch(?:es)?|strikes?|attacks?|incursions?|siege|shelling)\b",
    re.I,
)
# Words of a signing or an exchange of documents, which make a ceremony a meeting of those who
# took part
_SIGNING_WORDS = re.compile(
    r"\bsign(?:ed|s|ing)?\b|\bsignature|\bco-signed|\binked\b|\bagreements?\b|\bpacts?\b"
    r"|\btreat(?:y|ies)\b|\bmemorand|\baccords?\b|\bdeclaration\b|\bdeals?\b|\bMoUs?\b"
    r"|\bexchanged\b|\bletters?\s+of\s+intent\b",
    re.I,
)


_PHRASE_END = re.compile(r"[,;.]")


def _phrase_end(text: str, pos: int) -> int:
    """Where the phrase that runs on from ``pos`` ends: the next comma, semicolon or stop."""
    end = _PHRASE_END.search(text, pos)
    return end.start() if end else len(text)


# What a ceremony that is no meeting marks: an anniversary, a handover, a commissioning, an
# opening or a launch that officials attended (a welcome ceremony for a guest is a meeting)
_OTHER_CEREMONY = re.compile(
    r"\b(?:marking|to\s+mark|marks|commemorat\w*|anniversary|hand(?:ing|ed)?[- ]?over|transfer|"
    r"commission\w*|deliver\w*|roll-?out|launch\w*|christen\w*|flag|funeral|memorial|"
    r"ground-?breaking|broke\s+ground|opening|opened|inaugurat\w*|unveil\w*|graduation|parade|"
    r"induct\w*)\b",
    re.I,
)
# Talks held at a ceremony ("At the opening ceremony, the general met ...")
_TALKS_AT = re.compile(
    r"\b(?:met|meets|meeting|talks|discuss\w*|consultations|held\s+(?:a\s+)?bilateral)\b"
)
# What sets up the body named next ("the convention establishing the", "agreed to create a")
_FOUNDING = re.compile(
    r"\b(?:establishing|creating|founding|setting\s+up|to\s+(?:establish|create|found|set\s+up))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|joint\s+)?$"
)
_TO_COMMA = re.compile(r"[^,;]{1,80}?,\s+")  # the rest of a phrase and its comma
_CEREMONY_OF = re.compile(  # "the opening ceremony of Tradewinds 2022": the exercise's
    r"\s+(?:of|for|marking|to\s+open|to\s+close)\s+(?:the\s+|this\s+year's\s+)?"
)
# "since Sunday", "since last Monday", "since 3 March": the day an ongoing exercise began
_SINCE_DAY = re.compile(
    rf"since\s+(?:last\s+)?(?:{WEEKDAY_NAMES}|\d{{1,2}}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}})",
    re.I,
)


def _acted_upon(text: str, pos: int) -> bool:
    """True when the name at ``pos`` is the object of a verb that acts upon it ("sanctioned
    Belarus at a summit"): whom an event's participants acted on, not one of them.

    Example:
        >>> _acted_upon("EU leaders sanctioned Belarus", 22), _acted_upon("Xi hosted Putin", 10)
        (True, False)
    """
    verb = _OBJECT_OF.search(text[:pos])
    return (verb is not None and verb.group(1) in _ACTED_UPON) or bool(_FOUGHT.search(text, 0, pos))


def _owns_person(s: Sentence, m: Mention) -> bool:
    """True when a person of the lexicon follows the state's possessive ("Peru's Boluarte")."""
    rest = re.match(r"['’]s\s+", s.text[s.local(m.end) :])
    return rest is not None and any(
        x.form == "person"
        and s.local(x.start) == s.local(m.end) + rest.end()
        and not re.match(r"['’]s\b", s.text[s.local(x.end) :])  # "Ukraine's Zelensky's call"
        for x in s.mentions
    )


def _effect_start(text: str, pos: int, end: int) -> int:
    """Where a clause of what the event caused or a comment on it begins in ``text[pos:end]``
    (``end`` when there is none): the states it names take no part.

    A comment that closes before a list of who took part ("..., a show of strength on the flank,
    with troops from A") does not end the list.

    Example:
        >>> t = "Japan began drills, with Canada taking part, as North Korea raised tensions."
        >>> t[_effect_start(t, 0, len(t)):]
        ', as North Korea raised tensions.'
        >>> t = "Poland held drills, a show of strength, with troops from Estonia."
        >>> _effect_start(t, 0, len(t)) == len(t)
        True
    """
    effect = _EFFECT.search(text, pos, end)
    closing = text.find(",", effect.end()) if effect else -1
    if effect is None or (0 <= closing < end and _JOINED_AFTER.match(text, closing)):
        return end
    return effect.start()


def _untold(s: Sentence, lo: int, t0: int, t1: int, end: int) -> bool:
    """True when the trigger ``t0:t1`` of the clause from ``lo`` is hedged, or the clause up
    to ``end`` puts it in the future: no event took place.

    Example:
        >>> t = "Peru's president will fly to Lima and meet the president."
        >>> _untold(Sentence(0, 0, len(t), t, "body", 0), 0, 18, 21, len(t))
        True
    """
    return (
        hedged(s.text, lo, t0, t1)
        or _FUTURE.search(s.text[lo:end]) is not None
        or _TALKED_OVER.search(s.text, lo, t0) is not None
    )


# An event talked over, not held: "The two sides also discussed holding joint exercises"
_TALKED_OVER = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|explor(?:ed|es|ing)|consider(?:ed|s|ing))\s+"
    r"(?:(?:the\s+)?(?:possible|possibility\s+of|prospects?\s+of|future|further|more|new)\s+)*"
    r"(?:(?!(?:the|a|an|this|that|these|those|last|their|its|his|her)\b)[a-z-]+\s+){0,2}$"
)


# A name of capitalised words, and the rest of a list of such names after a first one
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*"
_NAME_LIST = re.compile(rf"(?:(?:,\s*|,?\s+and\s+){_NAME})*")
# States that sent observers, told before the noun ("China and Vietnam have sent military")
_SENT_OBSERVERS = re.compile(
    _NAME_LIST.pattern + r"\s+"
    r"(?:(?:have|has|had)\s+)?(?:also\s+)?(?:sent|send|sends|dispatched)\s+"
    r"(?:(?:military|army|naval|their\s+own|its\s+own|two|three|four|five|several|\d+)\s+){0,2}"
)  # (a list of names only, then the verb: not "held drills ..., and China sent observers")


def _observer(text: str, start: int, end: int) -> bool:
    """Whether the state named at ``start:end`` only observes: "with Bangladesh attending as
    an observer", "Japan and Korea were observers", "observers from Chile and Peru" (but not
    "troops from Chile, while observers from other countries attend").

    Example:
        >>> t = "with troops from Chile, while observers from Peru and Bolivia attend"
        >>> [_observer(t, t.find(n), t.find(n) + len(n)) for n in ("Chile", "Peru", "Bolivia")]
        [False, True, True]
        >>> t = "with Bangladesh attending as an observer"
        >>> _observer(t, 5, 15)
        True
        >>> t = "while officers from China, Pakistan and Vietnam are attending as observers"
        >>> [_observer(t, t.find(n), t.find(n) + len(n)) for n in ("China", "Vietnam")]
        [True, True]
        >>> t = "while Laos and Fiji have sent military observers"
        >>> [_observer(t, t.find(n), t.find(n) + len(n)) for n in ("Laos", "Fiji")]
        [True, True]
        >>> t = "Seychelles attended the ceremony as an observer."
        >>> _observer(t, 0, 10)
        True
        >>> t = "drills watched by Chile"
        >>> _observer(t, 18, 23)
        True
    """
    if re.search(r"\b(?:observed|watched)\s+by\s+(?:the\s+)?$", text[:start]):
        return True  # "drills watched by Bolivia"
    for m in re.finditer(r"\bobservers?\b", text):
        if m.start() >= end:  # "X ... as an observer": nothing but X's list and a verb between
            between = text[end : m.start()]
            attending = len(between) <= 80 and re.fullmatch(
                r"(?:['’]s?(?:\s+(?:navy|army|air\s+force|military|armed\s+forces|forces|marines"
                r"|coast\s+guard))?)?(?:,?\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'’. -]*?)*\s*,?\s*"
                r"(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?"  # ("are attending as";
                # "Japan's Maritime Self-Defense Force joined the exercise as observers")
                r"(?:(?:attend\w*|join\w*|participat\w*|took\s+part|take\s+part|sent\s+\w+)\s+"
                r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){1,2})?)?"  # ("attended the ceremony as")
                r"(?:as|were|was|are|is|being)\s+(?:an?\s+|the\s+)?"
                r"(?:(?!(?:are|were|is|was)\b)\w+\s+)?",  # (not "participating as are observers")
                between,
            )
            sent = (
                len(between) <= 240
                and _SENT_OBSERVERS.fullmatch(between)
                and not re.match(r"\s+(?:and|as\s+well\s+as)\s+\w", text[m.end() :])
            )  # "China and Vietnam have sent military observers" (not "sent observers and
            if attending or sent:  # troops": it takes part)
                return True
        elif re.fullmatch(  # "observers from Peru and Bolivia"
            r"\s*(?:\w+\s+){0,2}(?:from|including|such\s+as)\s+(?:the\s+)?"
            r"(?:[A-Z][\w'’. -]*?(?:,\s*|\s+and\s+)(?:the\s+)?)*",
            text[m.end() : start],
        ):
            return True
    return False


def _not_an_exercise(clause: str, noun: re.Match[str]) -> bool:
    """True for "exercise" used as a verb or in another sense ("urged them to exercise restraint"),
    and for hostile moves ("blocking maneuvers against Philippine ships").

    Example:
        >>> m = re.search("exercise", "urged both sides to exercise restraint")
        >>> _not_an_exercise("urged both sides to exercise restraint", m)
        True
        >>> t = "its ships used blocking maneuvers against a supply boat"
        >>> _not_an_exercise(t, re.search("maneuvers", t))
        True
        >>> t = "began combat training for Ukrainian pilots"
        >>> _not_an_exercise(t, re.search("combat training", t))
        True
        >>> t = "Insitu is awarded a contract for aircraft, spares, training and field support"
        >>> _not_an_exercise(t, re.search("training", t))
        True
    """
    after = words("exercise", "not_after").search(clause, noun.end())
    if after is not None and clause[noun.end() : after.start()].strip() == "":
        return True
    craft = words("exercise", "craft_after").search(clause, noun.end())
    if (
        craft is not None
        and clause[noun.end() : craft.start()].strip() == ""
        and noun.group().lower() in ("patrol", "patrols")
    ):
        return True  # "patrol boats", "maritime patrol aircraft": a kind of craft
    areas = _AREAS.search(clause[: noun.start()])
    listed = (
        re.split(r"\b(?:including|such\s+as|in\s+the\s+\w+\s+of)\b", areas.group())[-1]
        if areas
        else ""
    )
    if (
        areas
        and not re.search(r"[A-Z]|\bthe\b", listed)
        and not _HELD_AFTER.match(clause, noun.end())  # ("including joint drills held on Monday")
        and not (re.search(r"\bin\s+the\s+\w+\s+of\b", areas.group()) and _HELD.search(listed))
    ):  # (but "ties in the field of defence, conducted joint naval exercises": held)
        return True  # "strengthen defense cooperation, including ... and joint training" (not
        # "cooperation between A and B, including the Varuna exercise held last week")
    if noun.group().lower().endswith("training") and re.match(
        r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z]|new\b|foreign\b|their\b|its\b)", clause[noun.end() :]
    ):
        return True  # "began combat training for Ukrainian F-16 pilots": training given, no drill
    awarded = _AWARDED.search(clause, 0, noun.start())
    if (
        noun.group().lower().endswith("training")
        and awarded
        and not re.search(r",\s+(?:the\s+)?[A-Z]", clause[awarded.end() : noun.start()])
    ):  # "is awarded a contract for ... spares, training and field support": a service it buys
        return True  # (not "After X was awarded a contract for tanks, Polish crews began ...")
    before = words("exercise", "not_before").search(clause, max(0, noun.start() - 16))
    return before is not None and clause[before.end() : noun.start()].strip() == ""


# A sayer named after the words he said, right before "after talks" (", Foreign Minister
# Subrahmanyam Jaishankar said on Friday after talks with ...")
_SAYER_BEFORE_AFTER = re.compile(
    r",\s+(?P<sayer>[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){0,6})(?:said|told\s+"
    r"(?:reporters|journalists)|announced|added)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?$"
)
# A contract awarded: the training it buys is a service, not a drill held
_AWARDED = re.compile(
    r"\b(?:is|was|were|has\s+been|have\s+been)\s+awarded\s+(?:an?|the)\s+[^.;]{0,80}?"
    r"\b(?:contract|order|modification|task\s+order)\s+(?:\([^()]*\)\s+)?(?:for|to)\b",
    re.I,
)  # (not "troops who were awarded medals")


# A bare plural event noun after "for" what a framework or right enables ("a framework to
# deploy troops for joint exercises"): its purpose, not an event that took place (but "flew to
# Caracas for joint drills" went to hold them)
_ENABLING = re.compile(
    r"\b(?:framework|basis|allow\w*|permit\w*|enabl\w*|provid\w*|facilitat\w*|right|access"
    r"|legal|arrangements?)\b",
    re.I,
)
_PURPOSE_FOR = re.compile(
    r"\bfor\s+(?:(?:joint|combined|bilateral|trilateral|multilateral|future|more|further|regular"
    r"|military|naval|air|maritime|large-scale)\s+){0,3}$",
    re.I,
)


# An event a deal's relative clause says the deal would make possible ("a reciprocal access
# agreement that would ease joint training by their forces"): its purpose, no event
_DEAL_ENABLES = re.compile(
    r"\b(?:agreements?|pacts?|deals?|accords?|arrangements?|framework|treaty|law|bill)\s+"
    r"(?:that|which)\s+(?:would|will|could|might|may|is\s+to|aims\s+to|is\s+meant\s+to)\s+"
    r"(?:\w+\s+){1,2}?(?:(?:the|more|joint|combined|bilateral|military|naval|future|regular"
    r"|large-scale)\s+){0,3}$",
    re.I,
)


# An invitation to the event withdrawn before it ("withdrew China's invitation to the RIMPAC
# exercise"; an invitation accepted or extended is no sign either way)
_WITHDRAWN_INVITATION = re.compile(
    r"\b(?:withdr[aeo]w\w*|rescind\w*|revok\w*|cancel\w*|retract\w*)\s+(?:[\w.'’-]+\s+){0,2}"
    r"invitations?\s+(?:to|for)\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)


def _governor(clause: str, noun: re.Match[str]) -> str | None:
    """How the verb that takes the event noun as its object bears on the event.

    "undone": the event did not take place ("undermining peace talks", "called off the drills",
    "are in talks with X about buying jets": a negotiation, not a meeting);
    "reported": another party's act about it ("Japan condemned the drills"), whose subject and
    date are not the event's; None otherwise.

    Example:
        >>> t = "Tokyo protested against the joint drills"
        >>> _governor(t, re.search("drills", t))
        'reported'
    """
    before = clause[: noun.start()]
    if (
        re.fullmatch(r"exercises|drills|manoeuvres|maneuvers|patrols", noun.group(), re.I)
        and _PURPOSE_FOR.search(before)
        and _ENABLING.search(before)
        and not re.match(
            r"\s+(?:that|which)\s+(?:\w+\s+)?(?:began|begin|started|ended|opened)\b",
            clause[noun.end() :],
        )
    ):
        return "undone"  # "a legal framework ... for joint exercises": what it allows, no event
    if _DEAL_ENABLES.search(before):
        return "undone"  # "an access agreement that would ease joint training": its purpose
    if noun.group().lower() == "talks" and re.search(
        r"\b(?:are|is|were|was|remain|remains|been|still)\s+(?:\w+\s+)?in\s+"
        r"(?:(?:advanced|early|ongoing|preliminary|exploratory)\s+)?$",
        before,
        re.I,
    ):
        return "undone"  # "are in talks with X about buying jets": negotiating, no meeting
    if _WITHDRAWN_INVITATION.search(before) and not re.match(
        r"[^.;]{0,60}?,?\s+which\s+(?:began|begins|started|opened)\b", clause[noun.end() :]
    ):
        return "undone"  # "withdrew China's invitation to the RIMPAC exercise" (but not when the
        # exercise is told to have begun without it)
    np = (
        r"\s+(?:against\s+|to\s+|of\s+)?"
        r"(?:(?:the|a|an|this|these|their|its|his|her)\s+)?(?:[\w.-]+(?:['’]s?)?\s+){0,4}$"
    )  # (a possessive owner may come first: "criticized the allies' annual drills")
    for kind, key in (("undone", "undoing_verbs"), ("reported", "reporting_verbs")):
        for m in words("events", key).finditer(before):
            if re.fullmatch(np, before[m.end() :]):
                return kind
    return None


#: A city right after a meeting's noun: "summit in Brussels", "talks in Geneva" (one or two
#: capitalised words, ended by a comma, a full stop or a lower-case word).
_NOUN_PLACE = re.compile(
    r"\s+in\s+(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
    rf"(?P<city>[A-Z][a-zà-ÿ]+(?:\s(?:{CITY_PARTICLE}\s){{0,2}}[A-Z][a-zà-ÿ]+)?)"
    r"(?=[,;]|\.\s|\.?$|\s+(?!level\b)[a-z])"  # ("in Costa do Sauípe, Brazil")
)


# A relative aside on a name ("Italy and Greece, which normalized ties in 2020, are also
# taking part"): its years tell no earlier edition
_NAMED_ASIDE = re.compile(r"(\b[A-Z][\w'’.-]*),\s+(?:which|who)\b[^,;]*,")
# A relative aside still open right before a verb ("..., whom he had accused", "a summit that
# China denounced")
# A clause of its own after the event, with its own finite verb, telling why or when
_BECAUSE_CLAUSE = re.compile(
    r",\s+(?:after|because|although|though|since)\s+(?:[^,;]{0,80}?)\b(?:could|would"
    r"|did|had|has|have|was|were|failed|refused|insisted|is|are)\b"
)
# A relative clause on a person ("Scholz, who travelled to Vilnius, where he met ...")
_WHO_CLAUSE = re.compile(r",\s+who\s")
# Where such a clause ends: its comma, or a "with" that goes on naming who took part
_WHY_END = re.compile(
    r",\s+(?:and\s+)?(?:with|alongside)\s|,(?!\s+(?:and\s+|or\s+)?(?:the\s+)?[A-Z])|;"
)
# What a drill went ahead in the face of: "despite tension with India", "in spite of protests"
_IN_SPITE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s")
_IN_ASIDE = re.compile(
    r"(?:,\s+(?:whom|who|which|that)\b[^,]*|\b(?:that|which)\s+(?:[A-Z][\w.'’-]*\s+){1,3})\Z"
)
#: What a meeting's participants said of others, after its noun: those named after it took
#: no part in the meeting.
_JUDGED = re.compile(
    r"\b(?:condemned|denounced|critici[sz]ed|demanded|urged|called\s+on|accused|warned)\b"
    # "the two leaders confirmed they would work closely with Britain": whom they will work
    # with, not who met
    r"|\b(?:work|cooperate|co-operate|coordinate|partner)\s+(?:closely\s+|together\s+)?with\b"
)


def _city_at(text: str, pos: int) -> str:
    """The city name that starts at ``pos``, with the particles inside it.

    Example:
        >>> _city_at("met Lula in Rio de Janeiro and", 12)
        'Rio de Janeiro'
    """
    m = _CITY.match(text, pos)
    return m.group().rstrip(".") if m else ""


def _span(text: str, clause: str) -> re.Match[str] | None:
    """How many days an event ran, told by its end: "ended a two-day meeting" anywhere in the
    sentence ``text``, "wrapped up two days of talks" in the event's own ``clause``.

    Example:
        >>> t = "They wrapped up three days of drills."
        >>> _span(t, t)[1], _span("The two-day summit ended.", "")
        ('three', None)
    """
    return _SPAN.search(text) or _SPAN_OF.search(clause)


def _listed_run(s: Sentence, people: list[Mention]) -> bool:
    """Whether ``people`` (three or more) are one list: "A, B and C", each title and name
    parted from the next by a comma and the last by "and".

    Example:
        >>> from kg.extract.document import extract_text
        >>> t = ("Biden held talks on Monday in a call with French President Emmanuel Macron, "
        ...      "German Chancellor Olaf Scholz and British Prime Minister Rishi Sunak.")
        >>> [f.parties for f in extract_text(t).facts]
        [('USA', 'FRA', 'DEU', 'GBR')]
    """
    merged = people[:1]  # ("French President Emmanuel Macron": one person)
    for m in people[1:]:
        gap = s.text[s.local(merged[-1].end) : s.local(m.start)]
        if m.key == merged[-1].key and re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}", gap):
            merged[-1] = m
        else:
            merged.append(m)
    if len(merged) < 3:
        return False
    gaps = [s.text[s.local(a.end) : s.local(b.start)] for a, b in itertools.pairwise(merged)]
    return all(re.fullmatch(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}", g) for g in gaps[:-1]) and bool(
        re.fullmatch(r",?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}", gaps[-1])
    )


def _first_day(text: str, date: str | None, clause: str | None = None) -> str | None:
    """The first day of an event the text dates by its end ("ended a two-day meeting on Thursday").

    Example:
        >>> _first_day("NATO ended a two-day meeting on Thursday.", "2024-04-04")
        '2024-04-03'
        >>> _first_day("Ministers wrapped up three days of talks on Friday.", "2024-04-05")
        '2024-04-03'
    """
    clause = text if clause is None else clause
    m = _span(text, clause)
    if not m or not date or len(date) != 10:
        return date
    if re.search(
        r"\b(?:began|begun|started|opened)\b|\b\d{1,2}\s*(?:and|[-–])\s*\d{1,2}\b", clause
    ):
        return date  # ("that began on Wednesday", "on May 3 and 4": the first day is told)
    n = _DAYS.get(m.group(1).lower()) or int(m.group(1))
    return (dt.date.fromisoformat(date) - dt.timedelta(days=n - 1)).isoformat()


# Office words that name a person's post before the body it is held in ("Chairman Joint Chiefs
# of Staff Committee"), and a lower-case title after a body that closes an aside (", IAEA
# director general, said"; not ", the EU's foreign policy chief and Britain's Cameron")
_OFFICE_WORDS = r"(?:Chairman|Chairwoman|Chair|Chief|Head|Director|Commander|Secretary|Deputy|Vice)"
_TITLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}(?:chief|director(?:[\s-]general)?|head|chair(?:man"
    r"|woman)?|secretary(?:[\s-]general)?|commander|spokes(?:man|woman|person)|envoy|ambassador"
    r"|president|minister)(?=\s*,|\s+(?:said|says|told|added)\b)"
)
# A relative clause right after an event noun that tells it began ("..., which began on Monday")
_BEGAN_AFTER = re.compile(
    r"[^,;]{0,40},\s+which\s+(?:began|started|opened|kicked\s+off|got\s+under\s?way)\b"
)
# A clause's own subject, a state or its people, and its verb ("Japanese officials hope",
# "Tokyo says")
_OWN_SUBJECT = re.compile(
    r"(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:(?:officials|leaders|diplomats"
    r"|ministers|government|authorities)\s+)?(?:also\s+)?(?:hope|hopes|hoped|say|says|said|want"
    r"|wants|wanted|fear|fears|feared|expect|expects|expected|believe|believes|insist|insists"
    r"|insisted|argue|argues|argued|warn|warns|warned)\b"
)
# A relative aside on a subject, before the verb ("Beijing, which claims Taiwan as its own, held")
_SUBJECT_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:[^,]*)$")
# An aside telling the office a person also holds, up to the body's name ("Zuma, the current
# chairman of the")
_CHAIR_ASIDE = re.compile(
    r"(?<=[a-z.]),\s+(?:the\s+)?(?:(?:current|outgoing|incoming|rotating|then)\s+)?"
    r"(?:chair(?:man|woman|person)?|president|head|secretary[- ]general)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "a drill between", up to the first name of its list
_DRILL_BETWEEN = re.compile(
    rf"\b(?:drills?|exercises?)\s+(?:[a-z-]+\s+){{0,2}}?between\s+(?:{_NAME}(?:,\s*|,?\s+and\s+))*"
    r"(?:the\s+)?$"
)
# Forces a state's name qualifies ("the U.S. and Philippine navies", "Japan's ships")
_FORCES_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:navies|navy|forces|armies|army|air\s+forces|troops|ships"
    r"|warships|militaries|coast\s+guards|marines|soldiers|units|vessels|crews)\b"
)
# A weekday before the date it names ("on Monday, Nov. 4"), at the end of a text
_WEEKDAY_COMMA = re.compile(r"\bon\s+\w+day,\s*$")
# The visitor's relative clause that tells the talks of a visit ("during a visit to Islamabad by
# Shoigu, who held talks with")
_VISITOR_HELD = re.compile(r"\bvisit\b[^.;]{0,120}?,\s+who\s+(?:also\s+|then\s+)?$")
# A second predicate of the subject right before an event's verb ("arrived on Thursday and on
# Friday held talks"): the dates before it are the first predicate's
_AND_THEN = re.compile(
    r"\s(?:and|then)\s+(?:then\s+|later\s+)?(?:(?:on|in|at|later|earlier)\s+[^,]{0,30}?\s+)?$"
)
# The event noun of a sentence that tells when an event opened ("The two-day summit opened")
_OPENED_HEAD = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(summit|conference|dialogue|session)\b")
# The modifiers of an event noun: ordinals and names ("the first in-person China–Central Asia")
_PREMODIFIERS = re.compile(
    r"(?:\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|annual|in-person|virtual"
    r"|extraordinary|informal|emergency|special|[A-Z][\w'’.]*(?:[–-][A-Z][\w'’.]*)*)\s+)+$"
)
# An aside between an event's noun and its verb ("The BALTOPS exercise, with ships from 17
# nations, has been under way since Friday"), and the predicate that resumes after it
_ASIDE = re.compile(r",\s+(?:with|which|including|involving|led\s+by|featuring)\b")
_RESUMED = re.compile(
    r",\s+(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+|now\s+|also\s+)?)?(?:[a-z]+ed|began"
    r"|begun|under\s?way|ran|runs|involves|includes|brings|brought|got|kicked|took)\b"
)


def _event_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` (roles.clauses), with an aside that splits an event's noun
    from its predicate joined back to both.

    Example:
        >>> t = "The BALTOPS exercise, with ships from Sweden, has been under way since Friday."
        >>> [t[a:b] for a, b in _event_clauses(t)]
        ['The BALTOPS exercise, with ships from Sweden, has been under way since Friday.']
    """
    found = clauses(text)
    for call in _A_DAY_BEFORE.finditer(text):  # ", a day after Modi told Trump in a phone
        at = call.start()  # call": a call of its own, a day apart
        here = next(((a, b) for a, b in found if a < at < b), None)
        if here and _own_call(text, call, here[1]):
            found[found.index(here) : found.index(here) + 1] = [(here[0], at), (at, here[1])]
    for apart in _DAYS_APART.finditer(text):  # ", a day after the two stood alongside Putin
        at = apart.start()  # at a parade": another day's act, whose company took no part
        here = next(((a, b) for a, b in found if a < at < b), None)
        if here and not _MET_AFTER.search(text, apart.end(), here[1]):  # (a meeting of the
            found[found.index(here) : found.index(here) + 1] = [(here[0], at), (at, here[1])]
            # same ones is told with the day between them: "a day after the two allies'
            # ministers met in Sydney")
    for apart in (*_WEEKS_APART.finditer(text), *_NEAR_WHERE.finditer(text)):  # "began their
        at = apart.start()  # first joint exercise on Saturday, less than a week after a militant
        here = next(((a, b) for a, b in found if a < at < b), None)  # attack on an Indian army
        if here:  # base": another time's deed, whose states take no part and whose day is not
            # told (so it is no event here); a main clause after its comma stays one
            comma = text.find(",", apart.end(), here[1])
            rest = [(comma + 1, here[1])] if comma != -1 else []
            found[found.index(here) : found.index(here) + 1] = [(here[0], at), *rest]
    for second in _AND_MET.finditer(text):  # "The advisers met in Bangkok on Dec. 6, and
        at = second.start()  # Swaraj held talks with Sharif in Islamabad on Dec. 9": two
        here = next(((a, b) for a, b in found if a < at < b), None)  # meetings, each its day
        if here and _DAY_WORD.search(text, here[0], at) and _DAY_WORD.search(text, at, here[1]):
            found[found.index(here) : found.index(here) + 1] = [(here[0], at), (at, here[1])]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        lo, hi = found[i]
        if i + 1 < len(found) and _ASIDE.match(text, found[i + 1][0]):
            for j in (i + 1, i + 2):  # the predicate resumes in the aside's clause or the next
                a, b = found[min(j, len(found) - 1)]
                resumed = _RESUMED.search(text, a + 1 if j == i + 1 else a, b)
                if j < len(found) and resumed and (j == i + 2 or resumed.start() > a):
                    out.append((lo, b))
                    i = j + 1
                    break
            else:
                out.append((lo, hi))
                i += 1
            continue
        out.append((lo, hi))
        i += 1
    return out


def _months_apart(later: str, earlier: str) -> int:
    """How many calendar months ``earlier`` (YYYY-MM...) lies before ``later``.

    Example:
        >>> _months_apart("2016-10-07", "2016-08")
        2
    """
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


def _days_apart(later: str, earlier: str) -> int:
    """How many days ``earlier`` is before ``later`` (both YYYY-MM-DD).

    Example:
        >>> _days_apart("2023-05-19", "2023-05-18")
        1
    """
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _apart(x: int, y: int, spans: list[tuple[int, int]]) -> int:
    """How far apart offsets ``x`` and ``y`` are, not counting the ``spans`` between them.

    Example:
        >>> _apart(0, 30, [(5, 15)])
        20
    """
    a, b = sorted((x, y))
    return b - a - sum(end - start for start, end in spans if a <= start and end <= b)


@cache
@cache
def _system_name(name: str) -> bool:
    """Whether ``name`` is the whole name of a weapon system ("Hwasong-17")."""
    return any(m.kind == "system" and m.text == name for m in find_mentions(name, 0))


# Words after an exercise's head word that make it part of a longer name of another thing
# ("the European Sky Shield Initiative", "the Peninsula Shield Force")
_LONGER_NAME = (
    r"Initiative|Fund|Programme|Program|Project|Force|Forces|Coalition|Alliance|Council"
    r"|Agreement|Treaty|Partnership|Company|Corporation|System|Systems"
)


def _name_regex(kind: str) -> re.Pattern[str]:
    """Named meetings and exercises: capitalized words ending in a head of patterns.toml."""
    lex = load_lexicon()
    heads = "|".join(lex.patterns[kind].get("name_heads", ["Exercise"]))
    named = (  # ("Saber Strike 18": an edition's year in two digits after the head too)
        rf"(?:\d+(?:st|nd|rd|th)\s)?(?:[A-Z][\w+'’-]*\s){{0,6}}(?:{heads})\b"
        rf"(?!\s(?:{_LONGER_NAME})\b)"  # ("the European Sky Shield Initiative": a programme)
        r"(?!-(?:class|type)\b)"  # ("12 Defender-class response boats": a class of boat)
        r"(?:\s(?:\d{4}|[12]\d(?![\d%]|[,.]\d)\b))?"
    )
    if kind == "exercise":  # "Exercise Garuda VII", "Exercise Desert Knight": the word first
        named = rf"Exercise(?:\s[A-Z][\w'’-]*){{1,3}}(?:\s\d{{2,4}})?\b|{named}"
        # "Keris Woomera 2025": capitalized words and a year
        not_names = "|".join(NOT_PLACES)
        named += rf"|(?=[A-Z])(?!(?:{not_names})\b)(?:[A-Z][\w'’-]*\s){{1,3}}(?:19|20)\d\d\b"
        # "African Lion 24", "Steadfast Defender 24": the edition's year in two digits ("Aurora
        # 23." may end a sentence; "Group 23.5" is a number)
        two = (  # (not a day: "On 23 October")
            r"[12]\d(?![\d%]|[,.]\d)\b(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            r"[a-z]*\b)"
        )
        named += (
            rf"|(?=[A-Z])(?!(?:{not_names}|On|In|At|By|Since|From|Until|Through)\b)"
            rf"(?:[A-Z][\w'’-]*\s){{1,3}}{two}"
        )
        # "Zapad-2021", "Joint Sea-2021": the year joined by a hyphen
        named += (
            rf"|(?=[A-Z])(?!(?:{not_names})\b)(?:[A-Z][\w'’-]*\s){{0,2}}"
            r"[A-Z][\w'’]*-(?:19|20)\d\d\b"
        )
        # "Anakonda-16", "Vostok-18": the edition's year in two digits after a hyphen
        named += rf"|(?=[A-Z])(?!(?:{not_names})\b)[A-Z][a-z]{{3,}}-{two}"
    # (a body's name before an office is no event: "European Council President Donald Tusk")
    office = (  # (only a body's head: "the Shangri-La Dialogue Secretary Hegseth met" is one)
        r"(?!(?:(?<=Council)|(?<=Commission)|(?<=Committee)|(?<=Assembly)|(?<=Board))"
        r"\s+(?:President|Secretary|Chair|Chairman|Chairwoman|Commissioner|Envoy))"
    )
    # (a name starts a word: "ScanEagle" is a drone, not an exercise named "Eagle")
    return re.compile(rf"(?<![\w-])(?<!\w['’])({named}){office}")  # ('Cobra Gold' may be quoted)


def _titled(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Join a nationality and the official it introduces into one mention ("Japanese Prime
    Minister Fumio Kishida"), so that "A and B" runs of officials stay one run."""
    out: list[Mention] = []
    offices = words("meeting", "offices")
    for m in mentions:
        end = s.local(m.end)
        while (office := offices.search(s.text, end)) and not s.text[end : office.start()].strip():
            end = office.end()  # "the Chilean president": the office is part of the name
        name = re.match(r"(?:\s+[A-Z][\w.'’-]*){1,4}", s.text[end:])
        if name and end > s.local(m.end):
            end += name.end()  # "Chilean President Gabriel Boric": and the holder's name
        m = replace(m, end=s.start + end)
        prev = out[-1] if out else None
        gap = s.text[s.local(prev.end) : s.local(m.start)] if prev else ""
        inside = prev is not None and m.start < prev.end  # "Marcos" in "President Ferdinand Marcos"
        if (
            prev
            and prev.actor == m.actor
            and (inside or re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}", gap))
        ):
            out[-1] = replace(prev, end=max(prev.end, m.end))
        else:
            out.append(m)
    return out


# A meeting told as the next step of the day just told ("He then flew to London for talks")
_SAME_DAY_NEXT = r"then|later|afterwards|immediately\s+after|after\s+that"
_THEN = re.compile(rf"\b(?:{_SAME_DAY_NEXT})\b", re.I)
# What tells a meeting apart from one reported just before: those, "subsequently", "separately"
_NEXT_EVENT = re.compile(
    rf"\b(?:{_SAME_DAY_NEXT}|subsequently|separately|earlier\s+(?:in\s+the|that)\s+day"
    r"|earlier\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",  # ("Earlier on Tuesday,
    re.I,  # Biden met King Felipe VI" after his talks with the prime minister that day)
)
# "addressed a joint meeting of Congress", "addressed both chambers of Parliament"
_ADDRESSED = re.compile(
    r"\baddress(?:ed|es)\s+(?:an?\s+|the\s+)?(?:joint\s+(?:meeting|session|sitting)\s+of\s+"
    r"|(?:special\s+)?(?:session|sitting)\s+of\s+|both\s+(?:chambers|houses)\s+of\s+)?(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:['’]s\s+[a-z]+)?)"
)
# "flew to Doha on Wednesday and met the emir": a trip, then the host's office-holder
# A call told by its verb with words between ("spoke separately by telephone on Tuesday with",
# "had spoken separately on Tuesday with"): the fixed frames of patterns.toml cover the rest.
# "together with", "along with" after a host's first guests
_TOGETHER_WITH = re.compile(r",?\s+(?:together|along)\s+with\s+")
# Two named people (or "he and" one) who discussed something together held talks ("Merz and
# Tusk discussed migration", "when he and Noboa discussed security cooperation"); a bare "The
# ministers discussed" only tells more of talks already told (EventRules._discussed_together).
_DISCUSSED = re.compile(
    r"\b(?:he|she|[A-Z][\w.'’-]+)\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:also\s+)?discussed\b"
)
_SPOKE_WITH = re.compile(
    r"\b(?:spoke|spoken|talked)\s+(?:separately\s+)?(?:(?:by|over\s+the)\s+(?:tele)?phone\s+)?"
    # "spoke for 90 minutes this afternoon with", "talked again by phone on Tuesday with"
    r"(?:(?:for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+|over\s+)?"
    r"(?:\d+|an?|one|two|three)\s+(?:minutes|hours?)|this\s+(?:morning|afternoon|evening)"
    r"|today|tonight|yesterday|again|(?:late\s+|early\s+|earlier\s+)?on\s+[A-Z][a-z]+day"
    r"|(?:by|over\s+the)\s+(?:tele)?phone)\s+){0,3}with\b"
)
# "discussed the plan with Ukrainian President Zelenskiy": what was discussed is a short noun
# phrase, with no preposition, question word or verb in it ("discussed how to deal with",
# "discussed ties with Peru at a news conference" name no guest)
_DISCUSSED_WITH = re.compile(
    r"\bdiscussed\s+(?:(?!(?:with|how|what|whether|why|when|where|to|in|at|on|for|from|of|by"
    r"|and|or|which|who|that|deal|it)\b)[\w'’-]+\s+){0,5}"
    r"(?:(?:by|over\s+the)\s+(?:tele)?phone\s+)?with\s+"  # ("discussed the incident by phone
)  # with his Finnish counterpart")
# The subject's own report in a second clause ("... and said he had")
_AND_SAID_HE = re.compile(r",?\s*and\s+(?:said|added|says)\s+(?:that\s+)?(?:he|she)\b")
_TRIP_MET = re.compile(
    r"\b(?P<verb>flew|travell?ed|went|arrived|headed)\s+(?:to|in)\s+(?P<place>[A-Z][\w'’-]+)"
    r"[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?(?:met|held\s+talks\s+with|sat\s+down\s+with)"
    r"\s+(?:the\s+|its\s+)?(?:country['’]s\s+|[a-z]+\s+)?(?:emir|king|president|prime\s+minister"
    r"|premier|crown\s+prince|sultan|chancellor|leader|foreign\s+minister|defen[cs]e\s+minister)\b"
)
# "met Zelenskiy in Kyiv and Putin in St Petersburg": guests met in two places, one meeting each;
# the second part names its guest and, at most, titles and a day ("and Bolivia's president on
# Wednesday in La Paz"), no verb of its own
_MET_APART = re.compile(
    r"[^.;,]{3,80}?\s+in\s+(?P<pa>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b[^.;,]{0,30}?\s+and\s+"
    r"(?P<b>(?:(?:[A-Z][\w.'’-]*|the|his|her|their|its|[Pp]resident|[Pp]rime|[Mm]inister|foreign"
    r"|defen[cs]e|counterparts?|leader|[Kk]ing|[Ee]mir|on|[A-Z][a-z]+day|\d{1,2}|then|later"
    r"|afterwards|subsequently|with|met)\s+){1,8}?)"
    r"in\s+(?P<pb>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
# A deal with a state that a body approved at its own meeting ("endorsed the revised
# cost-sharing arrangement with Indonesia at a meeting in Seoul"): the state is the deal's party
_DEAL_WITH = re.compile(
    r"\b(?:approved|endorsed|ratified|reviewed|discussed|backed|cleared|authori[sz]ed)\s+"
    r"(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}(?:agreement|arrangement|deal|accord|pact|contract"
    r"|treaty|memorandum|plan)\s+with\s+(?:the\s+)?$",
    re.I,
)
# A region's states counted in full ("the three Baltic states", "the five Nordic countries")
_REGION_REF = re.compile(
    r"\bthe\s+(three|five|six)\s+(?:Baltic|Nordic|Gulf)\s+(?:states|countries|nations|republics)\b"
)
# More participants of the exercise just told: "Contingents from A and B are also taking part"
_MORE_TAKING_PART = re.compile(
    r"\balso\s+(?:taking\s+part|participating|involved)\b"
    r"|^\W*(?:[A-Z][a-z]+\s+(?:operations\s+)?)?(?i:contingents|troops|units|forces|soldiers|ships|warships"
    r"|personnel|sailors|marines|airmen)\s+from\b"  # (the sentence must still tell them taking
    # part: _INVOLVED)
    rf"|{_FORCES_JOINED}"
)


def _head_name(head: re.Match[str]) -> str:
    """The name an ``_OPENED_HEAD`` match gives its event, lower-cased: "brics summit" for "The
    BRICS summit", "summit" for "The two-day summit" (lower-case words are no name).

    Example:
        >>> _head_name(_OPENED_HEAD.search("The BRICS summit opened")), _head_name(
        ...     _OPENED_HEAD.search("The two-day summit opened"))
        ('brics summit', 'summit')
    """
    words = head.group().split()[1:]
    named = [w for w in words[:-1] if w[:1].isupper()]
    return " ".join([*named, words[-1]]).lower()


# Between a host's guests: a state's possessive before its official, or the list's commas
_GUEST_GLUE = (
    r"['’]s?\s+(?:(?:[A-Z][\w.-]*|prime|foreign|defen[cs]e|deputy|vice)\s+){0,3}"
    r"|,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?"
)
# A state's possessive with its official after it ("'s Richard Marles", "'s Prime Minister
# Nikol Pashinyan", "'s prime minister"), not "'s arch-foe" or "'s allies"
_OWN_OFFICIAL = re.compile(
    r"['’]s?\s+(?:(?:[A-Z][\w.-]*\s+){1,4}|(?:(?:prime|foreign|defen[cs]e|deputy|vice)\s+)?"
    r"(?:prime\s+minister|president|premier|minister|king|emir|chancellor|leader|counterpart)\b)"
)
# A sentence that tells when the meeting just told took place ("The roughly 10-minute call took
# place on Friday, US time")
_TOOK_PLACE = re.compile(  # (only words of the call itself: not "The expert-level talks")
    r"\W*The\s+(?:(?:roughly|about|nearly|some|hour-long|\d+-(?:minute|hour)|phone|telephone|video)\s+)"
    r"{0,3}(?:call|conversation|talks|meeting)\s+"
    r"(?:took\s+place|was\s+held|were\s+held|happened)\s+(?:(?:late|early)\s+)?(?:on|last)\s+"
)
# A passive "was held" right after an event's noun ("The meeting was held at China's request")
_HELD_PASSIVE = re.compile(
    r"\s+(?:(?:was|were)\s+(?:held|convened|called(?!\s+(?:off|for)\b))|took\s+place)\b"
    r"(?![^,;]*\bbetween\b)"  # ("The talks were held in Tokyo between A and B": their own)
)
# A body's sitting told by its debate right after its name ("The Security Council discussed
# Kashmir", "the council, meeting in New York, debated the mission"), with when and how between
_BODY_DISCUSSED = re.compile(
    r"(?:,[^,;]{2,60},)?\s+(?:(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+|today|yesterday|[a-z]+ly)\s+){0,2}"
    r"(?P<verb>discussed|debated)\b"
)
# A clause of an event a day or days apart from the one before it, told by a subject of its
# own (not "a day after he held a video call": whose, the pronoun does not say here):
# ", a day after Modi told Trump in a phone call"
_DAYS_OFF = r",\s+(a|one|two|three|four|five|six)\s+days?\s+(after|before)\s+"
_A_DAY_BEFORE = re.compile(
    _DAYS_OFF + r"(?!(?:he|she|they|his|her|their|its|both|the\s+two|the\s+three)\b)", re.I
)
# The officials of a body's members, the body unnamed ("foreign ministers of the 27 member
# states"): the body named before them in the sentence
_MEMBERS_UNNAMED = re.compile(
    r"\b(?:ministers|leaders|heads\s+of\s+(?:state|government)|envoys|ambassadors)\s+of\s+"
    r"(?:the|all)\s+(?:the\s+)?(?:\d{1,2}|[a-z-]+)\s+member\s+(?:states|countries|nations)\b"
    r"(?!\s+of\b)"
)
# A place "near" the event and what goes on there (", near waters where a Chinese survey vessel
# has been operating"): no part of the event
_NEAR_WHERE = re.compile(r",\s+near\s+[^,;]{0,60}?\bwhere\s+")
_WEEKS_APART = re.compile(
    r",\s+(?:(?:less|more)\s+than\s+|just\s+|only\s+|barely\s+)?(?:a|one|two|three|four|five"
    r"|six|\d+)\s+(?:weeks?|months?)\s+(?:after|before)\s+",
    re.I,
)
_DAYS_APART = re.compile(_DAYS_OFF + r"(?:he|she|they|both|the\s+two|the\s+three)\b", re.I)
_MET_AFTER = re.compile(
    r"\b(?:met|meet|meeting|talks|summit|spoke|phoned|called|call|visit\w*|hosted)\b", re.I
)
# Words that tell another exercise than the one just reported ("a separate drill", "last year's")
_OTHER_DRILL = re.compile(
    r"\b(?:separate(?:ly)?|another|other|own|last\s+year|previous|earlier|next|later|planned"
    r"|meanwhile|response|counter\w*|snap|joined\s+forces)\b",
    re.I,
)
# Words that tell forces joining an exercise ("forces from Poland are among those rehearsing")
_JOINING_NEXT = re.compile(
    r"\b(?:tak(?:e|es|ing)|took)\s+part\b|\bparticipat\w*|\bjoin(?:ed|ing|s)?\b"
    r"|\bamong\s+those\b|\balongside\b|\b(?:forces|troops|units|ships|soldiers|sailors)\s+from\b",
    re.I,
)
_REMOTE_CALL = re.compile(r"\b(?:phone|telephone|video)\b", re.I)


def _own_call(text: str, apart: re.Match[str], end: int) -> bool:
    """Whether the clause a day apart that ``apart`` opens tells a call before its next comma
    ("..., a day after Russian strikes killed 10 people, and later spoke by phone with Putin"
    is the main subject's call, not the clause's)."""
    comma = text.find(",", apart.end(), end)
    return bool(_REMOTE_CALL.search(text, apart.end(), comma if comma > 0 else end))


def _apart_end(text: str, apart: re.Match[str]) -> int:
    """Where the clause a day apart that ``apart`` opens ends: at its next comma."""
    comma = text.find(",", apart.end())
    return comma if comma > 0 else len(text)


def _own_met(text: str, apart: re.Match[str]) -> bool:
    """Whether the clause a day apart that ``apart`` opens tells that someone met someone
    ("..., three days after Trump met Putin in Anchorage")."""
    return re.search(r"\bmet\b", text[apart.end() : _apart_end(text, apart)]) is not None


# One or two capitalized words after "in" ("met Putin in Anchorage", "a planning meeting in
# Chabahar"; _IN_PLACE below is a city name of any form)
_IN_NAME = re.compile(  # (with an inner apostrophe: "Xi'an", not "Moscow's")
    rf"\bin\s+([A-Z][a-zà-ÿ]+(?:['’](?!s\b)[a-z]{{2,}})?(?:\s(?:{CITY_PARTICLE}\s){{0,2}}"
    r"[A-Z][a-zà-ÿ]+)?)\b"  # ("in Costa do Sauípe")
)


# An event told as a number of days before or after the sentence's own ("two days after
# Zelensky's meeting with Trump"), the event's noun at the end
_DAYS_BEFORE_EVENT = re.compile(
    r"\b(a|one|two|three|four|five|six)\s+days?\s+(after|before)\s+[^,;.]{0,80}$", re.I
)
# Taking part denied in a clause: "had not sent troops to take part", "is not taking part"
_NOT_TAKING_PART = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:been\s+)?(?:\w+\s+){0,3}?(?:sen[dt]\w*\s+(?:any\s+)?"
    r"(?:troops|forces|ships|aircraft|personnel|units)|tak\w*\s+part|participat\w*|involved"
    r"|join\w*|contribut\w*)\b",
    re.I,
)
# "along its border with Pakistan", "near the frontier with Azerbaijan": a place, not a partner
_BORDER_WITH = re.compile(
    r"\b(?:borders?|frontiers?|boundary|boundaries|border\s+areas?|border\s+regions?)\s+with\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?)*$",
    re.I,
)
# A clause of its own before an event's verb ("said on Saturday ... after a Chinese naval task
# group held live-fire drills"): its subject holds the event
_SUBORDINATE = re.compile(
    r"\b(?:after|when|while|because|since|(?<!such\s)(?<!well\s)as"
    r"(?!\s+(?:well|host|hosts|chair|co-chair|mediator|observer|observers|guest|guests|part)\b))"
    r"\s+(?=[^,;]*$)"
)  # (not "partners such as Australia", "Japan as well as Australia", "Japan as host and India")
# A clause that opens the sentence before the main one ("In August, after Pelosi visited
# Taipei, China launched drills", "Days after ..."): its states hold none of the main clause's
# drills
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:[^,;]{0,40},\s+)?(?i:(?:(?:just|only|barely|a|one|two|three|four|five|six|several"
    r"|a\s+few)\s+)?(?:days?|hours?|weeks?|months?)\s+|(?:shortly|soon|just)\s+)?"
    r"(?i:after|before|when|while|following|since)\s+(?P<what>(?=[^,;]*\s[a-z])[^,;]{3,160}),\s+"
    r"(?=(?:the\s+)?[A-Z])"
)


def _fronted_clause(s: Sentence, lo: int) -> re.Match[str] | None:
    """The clause that opens the sentence before its main one and ends past ``lo``, or None
    (not "came days after the leaders of Australia, Britain and ...", inside the sentence).

    Example:
        >>> t = "In March, after the envoy met Marcos, China launched drills."
        >>> _fronted_clause(Sentence(0, 0, len(t), t, "body", 0), 0).group("what")
        'the envoy met Marcos'
    """
    fronted = _FRONTED_CLAUSE.match(s.text)
    return fronted if fronted and fronted.end() > lo else None


def _opens_main_clause(s: Sentence, fronted: re.Match[str] | None, t0: int, hi: int) -> bool:
    """Whether the event at ``t0`` is the main clause's, after the clause put first, with a
    subject of its own and no group reference that names the first clause's states ("after
    talks with Japan and Australia, Manila held drills with the two countries")."""
    return (
        fronted is not None
        and fronted.end() <= t0
        and bool(s.actors(fronted.end(), t0))
        and not group_refs(s.text[fronted.end() : hi])
    )


# A gathering told first with no subject of its own ("after talks in Tokyo, ...")
_GATHERING_FIRST = re.compile(
    r"(?:(?:the|a|an|their|its)\s+)?(?:[\w-]+\s+)?(?:talks|meeting|meetings|summit|visit|call"
    r"|consultations)\b",
    re.I,
)
# A clause of its own after ", and" that states something with a verb of being or having
# ("..., and the Philippines' agreement with Japan, signed in July, is due to ...")
_STATED_CLAUSE = re.compile(
    r",\s+and\s+(?!(?:with|involving|alongside|including|joined|together)\b)"
    r"(?:the\s+)?[A-Z][^;]{0,100}?\s+(?:is|are|was|were|will|would|remains?)\b"
    r"(?!\s+(?:also\s+)?(?:represented|taking|participating|joining|sending|part)\b)"
)
# A place named by what is near it ("an exercise near a Chinese survey vessel")
_NEAR = re.compile(
    r"\b(?:near|close\s+to|next\s+to)\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:with|and|or|to|in|on|at|for|from|alongside)\b)[\w-]+\s+){0,2}$"
)
# "At that meeting", "during the same summit": a meeting the story told already
_THAT_EVENT = re.compile(
    r"\b(?:at|during|in|on\s+the\s+sidelines\s+of)\s+(?:that|this|the\s+same)\s+(?:[\w-]+\s+)?$"
    # "On the sidelines of the summit on Wednesday, Trump met Zelensky": the summit told, in a
    # phrase that opens the clause (the meeting is the verb's after it)
    r"|^\W*(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+the\s+(?:[a-z-]+\s+)?$",
    re.I,
)
# A meeting noun told as the setting of what the sentence says ("after a meeting", "at a
# session"), not as what its subject did ("chaired a call")
_SETTING_NOUN = re.compile(
    r"\b(?:after|before|following|ahead\s+of|sidelines\s+of|margins\s+of)\s+"
    r"(?:a|an|the|this|last|that)\s+(?:[\w-]+\s+){0,2}?\w+$",
    re.I,
)
# The clause's own talks told right before a meeting noun ("Lammy and Sybiha met after a
# meeting of NATO ministers"), and "held" right before a later meeting noun ("held talks")
_OWN_TALKS_BEFORE = re.compile(
    r"\b(?:met|meet|meets|talked|spoke|speaks|held\s+talks|hosted|hosts|received|receives"
    r"|visited|visits|sat\s+down|called)\b[^,;]{0,60}$"
)
_HELD_BEFORE = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}$")
# A meeting of a counted group's members: "a meeting of the four countries' foreign ministers",
# "a summit of the leaders of the three states"
_OF_GROUP_MINISTERS = re.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:(?:foreign|defen[cs]e|finance|trade)\s+ministers|leaders"
    r"|heads\s+of\s+state|presidents|prime\s+ministers)\s+of\s+)?(?=the\s)"
)
# Words that set what follows before the sitting just told ("a day after", "earlier")
_BEFORE_THEN = re.compile(r"\b(?:after|before|since|earlier|previously|last\s+(?:week|month))\b")
# The council a sentence addresses ("called on the council", "told the meeting")
_THE_SITTING = re.compile(
    r"\b(?:told|addressed|urged|called\s+on|briefed)\s+the\s+(?:council|meeting|session)\b"
)
# An envoy's title right after his state's name or adjective ("Israeli Ambassador Gilad Erdan",
# "Iranian envoy Amir Saeid Iravani", "Russia's deputy U.N. ambassador")
_ENVOY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?i:deputy|permanent|acting)\s+)?(?:U\.?N\.?\s+)?"
    r"(?i:ambassador|envoy|representative)\b"
)
# What one receives that is no visit ("a letter from", "a call from", "assurances")
_SENT_THING = re.compile(
    r"\b(?:letter|message|call|note|report|invitation|assurances?|briefing|word)\b"
)
# The leaders of a group, after a verb of hosting ("hosting the leaders of the two neighbours")
_LEADERS_OF = re.compile(
    r"\s+(?:the\s+)?(?:leaders|presidents|heads\s+of\s+state|foreign\s+ministers"
    r"|defen[cs]e\s+ministers|prime\s+ministers)\s+of\s+(?=the\s)"
)
# A hosting told after the main clause, set apart by a comma ("Trump said Thursday that ...,
# after hosting Modi at the White House"; not "a day after hosting"), and words of a later time
_PAST_HOSTING = re.compile(  # (or right after the verb of telling: "Erdoğan announced late
    r",\s+$|\b(?:said|announced|told\s+reporters)\s+(?:(?:late|early)\s+)?"  # Wednesday after
    r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?$"  # hosting the leaders")
)
_EARLIER_TIME = re.compile(r"\b(?:last|earlier|ago|previously)\b")
# The phrase of a hosting, to the next comma or "that" ("after hosting Kishida in New Delhi
# last month")
_HOSTING_PHRASE = re.compile(r"[^,;]*?(?=,|;|\bthat\b|$)")
_LATER = re.compile(
    r"\b(?:will|would\s+travel|next\s+(?:week|month|year)|is\s+(?:expected|due|set|scheduled)"
    r"|plans\s+to|later\s+this)\b"
)
# Verbs whose subject takes part in the meeting it holds for others
_CONVENED = re.compile(
    r"\b(?:hosted|hosts|hosting|chaired|chairs|co-chaired|convened|convenes|attended|attends"
    r"|organi[sz]ed|held|holds|brokered|mediated)\b"
)
# A mediator named with a meeting ("held with Russian mediation", "mediated by Qatar")
_MEDIATED = re.compile(
    r"\b(?:with|under)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:mediation|brokering)\b"
    r"|\b(?:mediated|brokered)\s+by\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
)
# A meeting of a body's members: "a meeting of EU foreign ministers", "of the G7's leaders"
_OF_BODY_MEMBERS = re.compile(r"\s+of\s+(?:the\s+)?")
_MEMBERS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:foreign|defen[cs]e|finance|trade|interior|energy)\s+)?(?:ministers"
    r"|leaders|heads\s+of\s+(?:state|government)|defen[cs]e\s+chiefs|chiefs\s+of\s+staff"
    r"|member\s+states|envoys|ambassadors|national\s+security\s+advis[eo]rs"
    r"|(?:senior\s+|security\s+|defen[cs]e\s+|military\s+)+officials)\b"
)  # ("on the sidelines of a meeting of BRICS security officials")
# The sidelines of an event the story told, by a common noun ("on the sidelines of the
# inauguration", "on the margins of the exercise"), or bare ("On the sidelines, ...")
_SIDELINES_OF_TOLD = re.compile(
    r"\b(?:sidelines|margins|fringes)\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<noun>inauguration"
    r"|opening|ceremony|exercises?|drills?|summit|meeting|conference|forum|session|dialogue)\b"
    r"|\b[Oo]n\s+the\s+(?:sidelines|margins|fringes)\b(?!\s+of\b)"  # (bare: of the meeting told)
)
# Talks with every other leader of a summit ("held separate bilateral talks with each leader",
# "bilateral meetings with each of the leaders")
_WITH_EACH = re.compile(
    r"\b(?:held|had|holding)\s+(?:separate\s+)?(?:bilateral\s+)?(?:talks|meetings)\s+with\s+"
    r"(?:each|both)\s+(?:of\s+(?:them|the\s+(?:other\s+)?(?:leaders|two|three|four))\b|leader\b"
    r"|of\s+(?:his|her)\s+counterparts\b)"
    r"(?!\s+of\s+(?!the\s+(?:two|three|four)\s+(?:countries|nations)\b))"
)
_OPENED = re.compile(r"\b(?:open|inaugurat|began|begin|commenc|launch|kick)", re.I)
_MET_WITH = re.compile(r"\b(?:held\s+talks\s+with|met(?:\s+with)?|talked\s+with|spoke\s+with)\s+")
# Words before a state that make it no guest: "met reporters from Peru", "spoke about Peru"
_NOT_A_GUEST = re.compile(r"\b(?:from|about|on|over|in|for|to)\s+(?:the\s+)?$")
# A city's name with the particles inside it ("Rio de Janeiro", "St Petersburg"), and one after
# "in"
_CITY = re.compile(rf"[A-Z][\w.'’-]*(?:\s+(?:{CITY_PARTICLE}\s+){{0,2}}[A-Z][\w.'’-]*)*")
_IN_PLACE = re.compile(rf"\bin\s+({_CITY.pattern})")
# "held talks with Ilves and later met the Latvian and Lithuanian presidents": one after another,
# two meetings of the one who went to both
_THEN_MET = re.compile(
    r"\s+and\s+(?:then|later|afterwards|subsequently)\s+(?:(?:also|separately)\s+)?"
    r"(?:met(?:\s+with)?|held\s+talks\s+with|talked\s+with|spoke\s+with|with)\s+"
)
# A month or weekday, which "in" also governs ("met A in March and B in April"): no place
_CALENDAR = re.compile(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b")
# A negotiation that is stuck: "talks between A and B have stalled since last year"
_STALLED = re.compile(
    r"(?:\s+(?!(?:but|which|that|who)\b)[\w.'’-]+){0,6}?\s+(?:have|has|had|remain|remained"
    r"|remains)\s+(?:been\s+|largely\s+|long\s+)?(?:stalled|frozen|deadlocked|suspended|on\s+hold"
    r"|stuck)\b"
    r"|\s+(?:stalled|collapsed|broke\s+down|faltered|foundered)\b"  # "months after talks stalled"
)
# Other drills told as coming after or before a named exercise ("The Russian drills follow
# Super Garuda Shield"): the named one is not theirs
_FOLLOWS_NAMED = re.compile(
    r"\b(?:drills|exercises?|manoeuvres|maneuvers|games|patrols?)\s+(?:follow|follows|followed"
    r"|came\s+after|come\s+after|precede|precedes|preceded)\s+(?:the\s+)?$"
)
# What a trip or a speech asks for, not an event held ("to press for a quick vote")
_SOUGHT = re.compile(
    r"\b(?:press|presses|pressed|pressing|push|pushes|pushed|pushing|call|calls|called|calling"
    r"|appeal|appealed|appealing|lobby|lobbied|lobbying)\s+for\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
)
# "their first talks since Biden and Xi met in Bali on Nov. 14": an earlier meeting, dated
_FIRST_SINCE = re.compile(
    r"\b(?:talks|meeting|summit|contact|visit)(?:\s+between\s+[^,;]{3,60}?)?\s+since\s+"
    r"(?P<who>[^,;]{3,120}?)\s+(?:last\s+)?"
    r"met(?:\s+with)?\b(?P<rest>[^,;]{0,80})"
)
# "... and spoke by phone in April": a call after a meeting told
_AND_SPOKE = re.compile(
    r"\s+and\s+(?:later\s+|also\s+|last\s+)?(?:spoke|talked)\s+(?:by\s+(?:tele)?phone"
    r"|over\s+the\s+phone|in\s+an?\s+(?:phone|video|telephone)\s+call)\b"
)
# All of a body's members named by count ("the 10 ASEAN members", "all 27 EU member states"):
# the body itself takes part
_ALL_MEMBERS = re.compile(
    r"\b(?:the\s+(?:\d{1,2}|ten|fifteen|twenty-seven|27)|all\s+(?:the\s+)?(?:\d{1,2}\s+)?)\s*$"
)
_ALL_MEMBERS_AFTER = re.compile(
    r"\s+(?:members|member\s+states|member\s+countries|member\s+nations)\b"
    r"(?!\s*[,:—–]?\s*(?:including\b|such\s+as\b|[A-Z]))"
)
# All of a body's members, counted, before its name ("the 10 members of", "the navies of all
# six"), or after it ("all 10 ASEAN states")
_MEMBERS_OF = re.compile(
    r"\b(?:the|all)\s+(?:the\s+)?(?:\d{1,2}|[a-z]+)\s+(?:members|member\s+states"
    r"|member\s+countries|states|nations|countries)\s+of\s+(?:the\s+)?$"
)
_SOME_OF = re.compile(  # ("two of the 10 members of ASEAN": some of them)
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|some|several|most|many|few|none"
    r"|each)\s+(?:of|among)\s+$"
)
_COUNTED_BEFORE = re.compile(r"\b(?:the|all)\s+(?:\d{1,2}|[a-z]+)\s+$")
_MEMBER_STATES_AFTER = re.compile(
    r"\s+(?:members|member\s+states|member\s+countries|states|nations|navies|countries)\b"
)
# A clause of a second meeting after the first ("..., and India's foreign minister held talks
# with Sharif")
_AND_MET = re.compile(
    r",\s+(?:and|while)\s+(?!(?:he|she|they|the\s+two|then|later|also)\b)"
    r"[^,;]{0,120}?\b(?:met(?:\s+with)?|held\s+talks\s+with|talked\s+with)\s+"
)
_MON3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_WORD = re.compile(rf"\b(?:{WEEKDAY_NAMES})\b|\b{_MON3}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MON3}")
# A meeting the main clause tells, before a ", where" clause of another place
_MET_BEFORE_WHERE = re.compile(
    r"\b(?:met|meets|meeting|held\s+talks|holds\s+talks|talks\s+with|hosted|received)\b"
)
# A trip on to a second meeting after the first ("met A in Tokyo before flying to Seoul for
# talks with B", "..., then flew to Manila to meet C")
_ONWARD = re.compile(
    r"(?:\s+before\s+(?:flying|travell?ing|heading|going\s+on|moving\s+on)"
    r"|,?\s+(?:and\s+)?then\s+(?:flew|travell?ed|headed|went\s+on|moved\s+on))"
    r"\s+(?:on\s+)?(?P<to>to)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:,\s+[A-Z][\w'’.-]*)?(?:\s+(?:on|later\s+on)\s+[A-Z][a-z]+day)?"
    r"\s+(?:for\s+(?:talks|a\s+meeting|meetings|a\s+summit)\s+with|to\s+(?:meet(?:\s+with)?"
    r"|hold\s+talks\s+with|see))\s+"
)
# A further stop of a trip, told after a first meeting: ", and Santiago on Wednesday, where
# he met ..."
_WHERE_MET = re.compile(
    r",\s+and\s+(?:then\s+)?(?:to\s+|in\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:\s+(?:on|last)\s+[A-Z][a-z]+day)?,\s+where\s+(?:he|she|they)\s+"
    r"(?:also\s+)?(?:met(?:\s+with)?|held\s+talks\s+with)\s"
)
# Who went to a grouping's meeting: "attended the SCO summit", "were in Beijing for the APEC
# leaders' meeting" (not "met Erdogan at the NATO summit": a meeting of two at it)
_GROUPING_MEETING_NOUN = re.compile(
    r"(?:\s+\([A-Z]{2,}\))?\s+(?:[\w'’-]+\s+){0,3}?(?i:summit|meeting|conference|ministerial)\b"
)
_TO_GROUPING_MEETING = re.compile(
    r"\b(?:attend(?:ed|ing|s)?|for|joined|joining)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$"
)
# A relative clause whose own subject acted at the meeting it names ("..., which SADC leaders
# approved at an extraordinary summit"): who met is that subject, not the main clause's
_WHICH_THEY_MET = re.compile(
    r",\s+(?:which|that)\s+(?=(?:the\s+)?[A-Z][^,;]{0,60}?\s(?:[a-z]+ed|agreed|met)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:at|during)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}"
    r"(?:summit|meeting|conference|session)\b)"
)
# The first stop of a trip: "visited Buenos Aires on Tuesday for talks with ..."
_VISITED_FIRST = re.compile(
    r"\b(?:visited|arrived\s+in|was\s+in|travell?ed\s+to|flew\s+to)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
# A meeting told as the first since an earlier time ("their first meeting since Egypt and
# Qatar ended their feud"): the clause after "since" names none of its participants
_SINCE_THEN = re.compile(
    r"\b(?:first|last)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|visit|contact|encounter"
    r"|call)\s+(?P<since>since)\s+(?=(?:the\s+)?[A-Z][a-z])"  # (not "since 2019")
)
_MET_BEFORE = re.compile(r"\b(?:met|meeting|talks|held|hosted|visited|spoke)\b")
# A finite verb before a name: the name is no subject of its sentence
_FINITE_BEFORE = re.compile(r"\b(?:met|held|hosted|visited|signed|said|says|told|was|were)\b")
# "flew to Ushuaia on Thursday to meet General Laura Richardson": a trip to meet someone
_TRIP_TO_MEET = re.compile(
    r"\b(?P<verb>flew|travell?ed|went|came|arrived|headed|drove)\s+(?:to|in|into)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,4}[A-Z][^.;:]{0,80}?(?<!\bdue\s)(?<!\bexpected\s)(?<!\bscheduled\s)"
    r"(?<!\bset\s)(?<!\bplans\s)(?<!\bplanned\s)\bto\s+(?:meet|hold\s+talks|confer)\s+"
    r"(?:with\s+)?"
)  # (not "arrived on Sunday and is due to hold talks with": a plan, no trip's purpose)
# "signed a roadmap with Defence Minister X": a signing by two officials face to face
_SIGNED_WITH = re.compile(
    r"\b(?P<verb>signed|signing|inked|sealed|initial(?:l)?ed)\s+(?:an?|the|their|two|three|several)"
    r"\s+[^.;,]{0,60}?\b(?:with|alongside)\s+(?:his|her|their|its)?\s*"
)
# An event someone means to hold ("agreed to start joint patrols", "decided to hold talks").
_PLANNED = re.compile(
    r"\b(?:agreed|agree|agrees|decided|pledged|vowed|promised|planned|plans?|intends?|intended"
    r"|proposed|offered|hopes?|hoped|wants?|wanted"
    # "instructed Russia's defence and foreign ministries to hold talks with Minsk": ordered
    r"|(?:instructed|ordered|directed|tasked|authori[sz]ed|mandated)\s+[^,;]{2,80}?)"
    r"\s+to\s+(?:start|begin|hold|conduct|launch"
    r"|stage|resume|organi[sz]e|host|carry\s+out)\s+"
    r"(?:(?!(?:during|at|in|on|after|before|with|for|to|and)\b)[\w-]+\s+){0,3}$"
)
# A trip one "is due" to make, for the talks that follow ("Hagel is due in Mexico City later
# this week for talks with"): no talks yet
_DUE_FOR = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?due\s+(?:[\w-]+\s+){0,3}?(?:in|at|back\s+in)\s+[^;]{0,60}?"
    r"\bfor\s+(?:[\w+-]+\s+){0,5}$"
)
# A modal that governs the verb after an event's noun ("an exercise could be held again").
_MODAL = re.compile(
    r"\b(?:could|may|might|would|will|should|can|to)\s+(?:(?:again|also|not|soon|then|now|be"
    r"|only)\s+)*$"
)
# "the first maritime drill to bring together", "the largest exercise ever to involve": an
# ordinal or superlative noun with an infinitive tells what the event was, no plan.
_FIRST_TO = re.compile(
    r"\b(?:first|second|third|last|only|largest|biggest|first-ever)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drills?|exercises?|maneuvers|manoeuvres|patrols?|talks|summit|meeting|visit)"
    r"\s+(?:ever\s+)?to\s+$"
)
_LED_BY_NAME = re.compile(r"^(?:[A-Z][\w.]*-(?:led|hosted|organi[sz]ed|sponsored)\s+)+")
_BEGAN_AS = re.compile(
    r"\b(?:began|started|was\s+(?:set\s+up|founded|created|launched|established))"
    r"(?:\s+in\s+\d{4})?\s+as\s+an?\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
_WATCHED = re.compile(r"\bobserv(?:ers?|ing|ed)\b|\bwatch(?:ing|ed)\b")
_WATCHING = re.compile(r"\b(?:observ|watch)(?:ing|ed|es)\b(?!\s+by\b)", re.I)


# Words that place a vote in another time than the article's ("last year", "in 2022", "has
# approved ... since"): without a date of its own, it is not the lead's news
_VOTE_WHEN = re.compile(
    r"\b(?:last|previous|earlier|since|ago|(?:19|20)\d\d)\b|\b(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:voted|ratified|approved|adopted|passed|endorsed|rejected|backed)\b",
    re.I,
)
# A part of a legislature whose vote is not the chamber's ("Senate Armed Services Committee")
_COMMITTEE = re.compile(r"\b(?:Committee|Subcommittee|Commission|Caucus|Delegation)\b")
# A legislature named by a bare word the lexicon gives one state ("Congress"): whose it is, the
# dateline may say otherwise
_BARE_BODY = re.compile(r"(?i:the\s+)?(?:Congress|Diet)")
# A council named for the parties that meet in it or the states it groups ("NATO-Russia
# Council", "Gulf Cooperation Council"): its sitting names more than itself
_FORUM_OF_PARTIES = re.compile(r"\w-\w|\bCooperation\b")
_SITTINGS = ("meeting", "session", "sitting", "vote")
# Verbs of a vote that also take what no vote decides ("rejected the criticism", "extended its
# condolences", "endorsed the view")
_LOOSE_VERB = re.compile(
    r"(?i:rejected|extended|renewed|endorsed|overwhelmingly\s+backed"
    r"|unanimously\s+backed)\b"
)


def _first_words(rx: WordList, text: str, pos: int, count: int) -> bool:
    """True when ``rx`` finds a word among the first ``count`` words of ``text`` at ``pos``."""
    span = re.match(rf"(?:\W*[\w'’-]+){{0,{count}}}", text[pos:])
    return span is not None and rx.search(span.group(0)) is not None


# Verbs of asking for something, which is then not done yet ("requested an emergency session")
_ASKING = (
    r"request(?:s|ed|ing)?(?:\s+for)?|call(?:s|ed|ing)?\s+for|s(?:eek|eeks|eeking|ought)"
    r"|ask(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for"
)
# A meeting asked for is not one held ("asked for an emergency meeting of the Security Council";
# not "held their long-sought summit", "held the proposed meeting")
_MEETING_ASKED = re.compile(
    rf"(?<![\w-])(?:{_ASKING})\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}$", re.I
)
# A sitting asked for, wanted, urged, blocked or proposed is not one held
_ASKED_FOR = re.compile(
    rf"\b(?:{_ASKING}|want(?:s|ed|ing)?|urg(?:e|es|ed|ing)|block(?:s|ed|ing)?|propos(?:e|es|ed|ing)"
    r"|convene|convening)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# A sitting told as only possible ("a meeting of the Council could take place on Friday")
_MAY_SIT = re.compile(
    r"[^.;]{0,40}?\b(?:could|would|will|may|might|is\s+(?:expected|scheduled|due|set)|was\s+"
    r"(?:expected|scheduled|due|set))\b"
)
# What a verb of a vote takes that no vote decides
_NO_DECISION = re.compile(
    r"\s+(?:its|their|the)\s+(?:calls?|appeals?|condolences|view|views|concerns?|support)\b", re.I
)
# A body's sitting told by a noun after its name ("the General Assembly's March 2 vote")
_SITTING_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:(?:[A-Z][a-z]+\s+\d{1,2}|[a-z]+)\s+){0,2}?(vote|session|meeting)\b"
)
# The United Nations named ("U.N.", "UN", "the United Nations", a "UNITED NATIONS" dateline)
_NAMES_UN = re.compile(r"\b(?:U\.N\.|UN\b|United\s+Nations\b|UNITED\s+NATIONS\b)")
# A legislature named as the object of a preposition: not the subject of the verb after it
_BODY_AS_OBJECT = re.compile(r"\b(?:by|of|to|from|with|before|in)\s+(?:the\s+)?$", re.I)


class EventRules(RuleBase):
    """Meeting and exercise rules: who met or trained, when and where."""

    # ---- meetings and exercises ----------------------------------------------------------

    def meetings(self, s: Sentence) -> None:
        """The meetings ``s`` tells: the first meeting rule that finds one, and the summit of a
        grouping on whose sidelines it was held."""
        self._their_summit(s)
        self._attendees(s)
        self._council_speakers(s)
        if self._took_place(s):
            return
        before = len(self.facts)
        self._first_meeting(s)
        if len(self.facts) == before:
            self._hosted_told(s)
        self._venue(s)  # (last: a later "The summit opened on ..." re-dates it, not the talks)
        self._talks_in_a_second_capital(s)

    def _talks_in_a_second_capital(self, s: Sentence) -> None:
        """ "Rice, who held talks in New Delhi on Dec. 3 and in Islamabad the following day":
        the visitor's talks in the second capital too, with its government, on their own day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("U.S. Secretary of State Antony Blinken, who held talks in Lima on March 3 "
            ...      "and in Quito the following day, urged both to act.")
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts
            ...  if f.kind == "meeting"]
            [(('USA', 'PER'), '2025-03-03'), (('USA', 'ECU'), '2025-03-04')]
        """
        m = _SECOND_CAPITAL.search(s.text)
        if m is None:
            return
        first = next(
            (f for f in reversed(self.facts)
             if f.kind == "meeting" and f.evidence[-1].start == s.start and f.date),
            None,
        )  # fmt: skip
        host = next(
            (x for x in s.mentions if x.kind == "nation" and x.form == "metonym"
             and s.local(x.start) == m.start("b")),
            None,
        )  # fmt: skip
        if first is None or host is None or host.key in first.parties or len(first.parties) != 2:
            return
        when = m.group("when").lower()
        if when.startswith("on "):
            date = s.first_date(m.start("when"), m.end("when"))
        else:
            date = shift_day(first.date, 1) if len(first.date) == 10 else None
        if date is None:
            return
        visitor = first.parties[0]
        self.emit_meeting(
            s,
            f"{visitor}–{host.key} talks",
            (visitor, host.key),
            date,
            "second-capital",
            0.6,
            location=m.group("b"),
        )

    def _took_place(self, s: Sentence) -> bool:
        """ "The roughly 10-minute call took place on Friday": the day of the meeting the
        sentence before told, when it had none or only a later day (the day a reaction to it
        was reported, "China said Saturday it had protested after Trump spoke by telephone with
        Tsai").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("China protested after Trump spoke by telephone with Taiwan's President Tsai "
            ...      "Ing-wen. The 10-minute call took place on Friday.")
            >>> [f.date for f in extract_text(t, date="2016-12-03").facts if f.kind == "meeting"]
            ['2016-12-02']
        """
        m = _TOOK_PLACE.match(s.text)
        last = next((f for f in reversed(self.facts) if f.kind == "meeting"), None)
        if m is None or last is None or not 0 <= s.start - last.evidence[-1].end <= 300:
            return False
        if s.actors() or re.search(r"\b(?:in|at)\s+[A-Z]|\bbetween\b", s.text[m.end() :]):
            return False  # ("The talks took place on Monday in Beijing between Lavrov and Wang":
            # a meeting of its own)
        day = next((d.value for d in s.dates if d.value), None)
        if day is None or len(day) != 10:
            return False
        if last.date is not None and not (
            len(last.date) == 10 and day < last.date and _days_apart(last.date, day) <= 6
        ):
            return False  # (a day of its own, told before, stays)
        last.date = day
        last.evidence.append(self.evidence(s, "meeting.took-place", 0.7))
        return True

    def _hosted_told(self, s: Sentence) -> None:
        """ "The meeting at the palace, hosted by Turkish Foreign Minister Hakan Fidan, lasted
        two hours": the host of the meeting the sentence before told takes part in it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Chilean and Peruvian delegations held talks in Quito on Friday. The meeting, "
            ...      "hosted by Ecuador's foreign minister, lasted two hours.")
            >>> [f.parties for f in extract_text(t, date="2025-03-15").facts]
            [('CHL', 'PER', 'ECU')]
        """
        m = _HOSTED_TOLD.match(s.text)
        opened = _OPENED_TOLD.match(s.text) if m is None else None
        last = self.facts[-1] if self.facts else None
        if opened and last is not None and last.kind == "meeting" and last.evidence:
            hosts = unique_actors(s.actors(0, opened.end("who")))
            day = s.first_date()
            near = 0 <= s.start - last.evidence[-1].end <= 300 and day in (None, last.date)
            if near and hosts and not set(hosts) <= set(last.parties):
                self._extend_event(s, last, opened.start("verb"), only=hosts)
            return  # "Turkish Foreign Minister Hakan Fidan opened the meeting": its host
        if (
            m is None
            or last is None
            or last.kind != "meeting"
            or not last.evidence
            or not 0 <= s.start - last.evidence[-1].end <= 300
        ):
            return
        hosts = unique_actors(self.objects(s, m.end(), window=1))
        if hosts and not set(hosts) <= set(last.parties):
            self._extend_event(s, last, m.start("by"), only=hosts)

    def _first_meeting(self, s: Sentence) -> None:
        """The first meeting rule, in this order, that finds a meeting in ``s``."""
        before = len(self.facts)
        if self._met_before_saying(s):
            return
        self._event(s, "meeting")
        for rule in (
            self._visit,
            self._joint_act,
            self._officials_gathered,
            self._met_opener,
            self._trip_met,
            self._addressed,
            self._signed_with,
            self._trip_to_meet,
            self._earlier_one,
            self._after_meeting,
            self._told_in_talks,
            self._phone_call,
            self._discussed_with,
            self._body_vote,
            self._body_discussed,
            self._talks_with_each,
        ):
            if len(self.facts) != before:
                break
            rule(s)
        if len(self.facts) > before:
            self._moved_on(s)
            self._next_stop(s, before)
            self._first_since(s, before)
            self._and_spoke(s, before)
        apart = next(
            (
                a for a in _A_DAY_BEFORE.finditer(s.text)
                if _own_call(s.text, a, len(s.text)) or _own_met(s.text, a)
            ),
            None,
        )  # fmt: skip
        if len(self.facts) > before and apart:  # "hosted Munir for lunch on Wednesday, a day
            self._day_apart(s, before, apart)  # after Modi told Trump in a phone call": that
            # call too

    def _day_apart(self, s: Sentence, before: int, apart: re.Match[str]) -> None:
        """The meeting a clause a day or days apart tells, after the one the sentence's main
        clause told (``self.facts[before:]``): dated that many days from the main one's day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Chilean President Gabriel Boric hosted Argentine President Javier Milei in "
            ...      "Santiago on Friday, a day after Peruvian President Dina Boluarte told Boric "
            ...      "in a phone call that ties were strong.")
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-16").facts]
            [(('CHL', 'ARG'), '2025-03-14'), (('PER', 'CHL'), '2025-03-13')]
        """
        found = len(self.facts)
        seen = {frozenset(f.parties) for f in self.facts[before:]}
        for rule in (self._told_in_talks, self._phone_call):
            rule(s)
            if len(self.facts) != found:
                break
        if len(self.facts) == found:
            self._met_apart_clause(s, apart)  # "..., three days after Trump met Putin in
            # Anchorage": that meeting
        self.facts[found:] = [  # (not the main clause's meeting, found again)
            f for f in self.facts[found:] if frozenset(f.parties) not in seen
        ]
        main = s.first_date(0, apart.start())
        comma = s.text.find(",", apart.end())
        own = s.first_date(apart.end(), comma if comma > 0 else len(s.text))  # (its own day,
        # not that of "..., the presidency said on Saturday")
        n = COUNTS[apart.group(1).lower()]
        sign = -1 if apart.group(2).lower() == "after" else 1
        for fact in self.facts[found:]:
            fact.date = own or (shift_day(main, sign * n) if main and len(main) == 10 else None)
            if fact.evidence and fact.evidence[-1].rule == "meeting.met-apart":
                place = _IN_NAME.search(s.text, apart.end())  # (its own place, not the main
                # clause's city)
                fact.location = place.group(1) if place else None
            else:
                fact.location = None  # a call

    def _met_apart_clause(self, s: Sentence, apart: re.Match[str]) -> None:
        """ "..., three days after Trump met Russian President Vladimir Putin in Anchorage": a
        meeting of the one who met and the one met, in the clause a day or days apart."""
        end = _apart_end(s.text, apart)
        met = re.search(r"\bmet(?:\s+with)?\s+", s.text[apart.end() : end])
        if met is None:
            return
        at = apart.end() + met.start()
        who = [x for x in s.actors(apart.end(), at) if x.kind == "nation"]
        whom = [x for x in self.objects(s, apart.end() + met.end(), window=3) if x.kind == "nation"]
        states = unique_actors([*who[-1:], *whom[:1]])
        if len(states) != 2 or not who or not whom:
            return
        place = _IN_NAME.search(s.text, at, end)
        self.emit_meeting(
            s,
            f"{'–'.join(states)} meeting",
            states,
            None,
            "met-apart",
            0.55,
            location=place.group(1) if place else None,
        )

    def _talks_with_each(self, s: Sentence) -> None:
        """ "Biden also held separate bilateral talks with each leader": a meeting of the
        subject with each other state of the summit just told, on its day.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Biden hosted the leaders of Japan and South Korea at Camp David on Friday. "
            >>> t += "Biden also held separate bilateral talks with each leader, officials said."
            >>> [f.parties for f in extract_text(t, date="2023-08-19").facts]
            [('USA', 'JPN', 'KOR'), ('USA', 'JPN'), ('USA', 'KOR')]
        """
        m = _WITH_EACH.search(s.text)
        if m is None or _untold(s, 0, m.start(), m.end(), len(s.text)):
            return
        host = self.subject(s, 0, m.start())[0]
        if len(host) != 1:
            return
        summit = next(
            (
                f for f in reversed(self.facts)
                if f.kind == "meeting" and host[0] in f.parties and len(f.parties) > 2
            ),
            None,
        )  # fmt: skip
        if summit is None:
            return
        asides = [a.span() for a in ASIDE.finditer(s.text)]
        own = [  # a day of its own ("On Wednesday, Biden held"), not an aside's ("Biden, who
            d.value  # had spoken to Marcos on Monday, held")
            for d in s.dates
            if d.value and len(d.value) == 10 and not any(a <= d.start < b for a, b in asides)
        ]
        date = own[0] if own else summit.date
        for other in summit.parties:
            if other != host[0] and other in self.lex.nations:
                pair = (host[0], other)
                self.emit_meeting(s, f"{'–'.join(pair)} talks", pair, date, "each", 0.6)

    def _venue(self, s: Sentence) -> None:
        """A grouping's summit or ministers' meeting on whose sidelines others met ("met on the
        sidelines of the G20 foreign ministers' meeting in Johannesburg on Friday"): a meeting
        of the grouping of its own (not a conference, a forum or the U.N. General Assembly's
        yearly session, which no body holds as a meeting of its members).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Wong met Wang on the sidelines of the G20 foreign ministers' meeting in "
            >>> t += "Johannesburg on Friday."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-02-24").facts]
            [(('G20',), '2025-02-21')]
        """
        venue = _SIDELINES_OF.search(s.text)
        if venue is None:
            return
        named = [
            m for m in s.mentions
            if venue.start("span") <= s.local(m.start) < venue.end("span")
        ]  # fmt: skip
        bodies = {
            m.key for m in named
            if m.kind == "org" and self.orgs[m.key].kind == "international-organization"
            and not self.orgs[m.key].parent
        }  # fmt: skip
        if len(bodies) != 1 or len({m.key for m in named}) != 1:
            return  # (not "the EU-Japan summit": two sides, no one body's)
        lo, hi = clause_of(s.text, venue.start())
        if hedged(s.text, lo, venue.start(), venue.end()) or _untold(
            s, lo, venue.start(), venue.end(), hi
        ):
            return  # "hopes to sign the pact on the sidelines of the NATO summit in July"
        date = self.date_near(s, lo, hi, venue.start())
        last = (  # (a month told alone counts from its last day: "met in November")
            f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:7]))[1]:02d}"
            if date and len(date) == 7
            else date
        )
        if (
            self.article_date
            and len(self.article_date) == 10
            and last
            and len(last) == 10
            and _days_apart(self.article_date, last) > 31
        ):
            return  # "The two leaders had last met in September in Xiamen, on the sidelines
            # of a BRICS summit": a past talk's setting, no summit the story tells
        if date:
            self.emit_meeting(
                s, f"{min(bodies)} {venue.group('noun')}", (min(bodies),), date, "venue", 0.6
            )

    def _council_speakers(self, s: Sentence) -> None:
        """The states whose envoys addressed the council sitting the sentence before reported
        ("The U.N. Security Council held an emergency meeting ... Israeli Ambassador Gilad
        Erdan called on the council to ..., while Iranian envoy Amir Saeid Iravani said ..."):
        participants of that sitting.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The U.N. Security Council held an emergency meeting on Sunday. Israeli "
            ...      "Ambassador Gilad Erdan called on the council to act, while Iranian envoy "
            ...      "Amir Saeid Iravani said Tehran had acted in self-defense.")
            >>> [f.parties for f in extract_text(t, date="2024-04-15").facts
            ...  if f.kind == "meeting"]
            [('UN Security Council', 'ISR', 'IRN')]
        """
        last = next((f for f in reversed(self.facts) if f.kind == "meeting"), None)
        if last is None or not last.evidence or not _THE_SITTING.search(s.text):
            return
        if not 0 <= s.start - last.evidence[-1].end <= 2:
            return  # (only the sitting the sentence right before told)
        if not any(SITTING_BODY.search(p) for p in last.parties):
            return
        if any(d.value and d.value != last.date for d in s.dates):
            return  # ("... briefed the council last month": another sitting)
        envoys = [
            m.key for m in s.mentions
            if m.kind == "nation" and m.form in ("demonym", "name")
            and _ENVOY_AFTER.match(s.text, s.local(m.end))
            and not _BEFORE_THEN.search(s.text, 0, s.local(m.start))
        ]  # fmt: skip  # (not "The vote came a day after Libya's U.N. ambassador told the
        # council ...": a sitting before)
        new = [a for a in dict.fromkeys(envoys) if a not in last.parties]
        if new:
            last.parties = (*last.parties, *new)
            last.evidence.append(self.evidence(s, "meeting.council-speakers", 0.6))

    def _attendees(self, s: Sentence) -> None:
        """States a sentence lists as attending the meeting the sentence before reported
        ("Those attending included Iranian President Ebrahim Raisi, Turkish President ..."):
        participants of that meeting.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("The summit of the Arab League opened in Cairo on Monday. Those attending "
            ...      "included Qatar's emir and Jordan's King Abdullah.")
            >>> [f.parties for f in extract_text(t, date="2025-03-14").facts]
            [('Arab League', 'QAT', 'JOR')]
        """
        cue = _ATTENDING.match(s.text)
        if cue is None or not self.facts:
            return
        last = self.facts[-1]
        told = last.evidence[-1] if last.evidence else None
        if last.kind != "meeting" or told is None or not 0 <= s.start - told.end <= 2:
            return  # (only the meeting the sentence right before reported)
        hi = clause_of(s.text, cue.end())[1]
        aside = re.search(r",\s+(?:who|which|where|whose)\b", s.text[cue.end() : hi])
        hi = cue.end() + aside.start() if aside else hi  # (the list ends where an aside begins)
        listed = [m for m in s.actors(cue.end(), hi) if m.kind == "nation"]
        if not listed or not titles_only(s.text[cue.end() : s.local(listed[0].start)]):
            return  # ("Those present were told that Russia ...": no list of attendees)
        bodies: list[Mention] = []  # ("..., as well as the European Union, the African Union
        prev = listed[-1]  # and the Arab League": bodies listed right after the states attend too)
        for m in s.actors(s.local(listed[-1].end), hi):
            glue = s.text[s.local(prev.end) : s.local(m.start)]
            if (
                m.kind != "org"
                or self.orgs[m.key].kind != "international-organization"
                or not re.fullmatch(
                    r",?\s+(?:as\s+well\s+as|and|along\s+with|plus)\s+(?:the\s+)?|,\s+(?:the\s+)?",
                    glue,
                )
            ):
                break
            bodies.append(m)
            prev = m
        states = [m.key for m in (*listed, *bodies) if not self._possessed_object(s, m)]
        added = tuple(k for k in dict.fromkeys(states) if k not in last.parties)
        if not added:
            return
        last.parties = (*last.parties, *added)
        last.evidence.append(self.evidence(s, "meeting.attendees", 0.6))

    def _sayer_of_own_state(self, s: Sentence, lo: int, before: str) -> bool:
        """Whether ``before`` (the clause up to "after talks") ends in a sayer named after what
        he said, and what he said names no state but his own ("India will upgrade its mission,
        Foreign Minister Jaishankar said on Friday"): the talks were held, whatever will be done.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile will send troops, Chilean Defence Minister Ana Pardo said after talks "
            >>> t += "with Peruvian President Dina Boluarte."
            >>> [f.parties for f in extract_text(t, date="2025-03-14").facts]
            [('CHL', 'PER')]
        """
        said = _SAYER_BEFORE_AFTER.search(before)
        if said is None:
            return False
        sayer = {m.actor for m in s.actors(lo + said.start("sayer"), lo + said.end("sayer"))}
        told = {m.actor for m in s.actors(lo, lo + said.start())}
        return bool(sayer) and told <= sayer  # (not "Ukraine will receive F-16s, Danish Prime
        # Minister Frederiksen said after talks with Rutte": Ukraine is no party to them)

    def _discussed_with(self, s: Sentence) -> None:
        """What an official discussed with a foreign official is their meeting: "Czech Prime
        Minister Petr Fiala discussed the plan with Ukrainian President Volodymyr Zelenskiy in
        Paris on Monday". The guest must be a person who acts for a state or a state named with
        an office: "discussed the alliance with Peru", "with reporters" or "with Lockheed
        Martin" names no one met.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chilean President Gabriel Boric discussed the plan with Peruvian President "
            >>> t += "Dina Boluarte in Lima on Monday."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'PER'), '2025-03-10')]
        """
        m = _DISCUSSED_WITH.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start(), m.end(), hi):
            return  # ("will discuss", "is expected to have discussed")
        after = runs(s, s.actors(m.end(), hi))
        if not after or s.local(after[0][0].start) - m.end() > 12:
            return  # ("discussed it with his cabinet", "with reporters")
        guests = [x.actor for x in after[0] if self._names_official(s, x)]
        if guests and all(x.form == "demonym" for x in after[0]):
            guests = [x.actor for x in after[0]]  # ("with his Latvian, Lithuanian and Finnish
            # counterparts": the office after the last is each one's)
        hosts = [a for a in self.joint_subject(s, lo, m.start())[0] if a in self.lex.nations]
        if not hosts and _AND_SAID_HE.match(s.text, lo):  # "Tsahkna called it serious and said
            hosts = [a for a in self.subject(s, 0, lo)[0] if a in self.lex.nations]  # he had
            # discussed it by phone with ...": Tsahkna
        states = tuple(dict.fromkeys((*hosts, *(g for g in guests if g in self.lex.nations))))
        if not hosts or not guests or len(states) < 2:
            return
        date = s.first_date(lo, hi) or self._relative_day(s) or self.article_date
        kind = "telephone call" if re.search(r"\b(?:tele)?phone\b", m.group()) else "talks"
        self.emit_meeting(s, f"{'–'.join(states)} {kind}", states, date, "discussed", 0.6)

    def _body_vote(self, s: Sentence) -> None:
        """A legislature's vote is a sitting of it ("The Bundestag on Friday approved the
        fund", "Kyrgyzstan's parliament, the Jogorku Kenesh, voted in June to end it"): a
        meeting with the legislature as its one participant (patterns.toml [meeting]
        vote_verbs; legislatures are the organizations.tsv rows of kind legislature).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The Storting on Friday approved the purchase of 54 tanks."
            >>> [(f.label, f.parties, f.date) for f in extract_text(t, date="2024-05-06").facts]
            [('Storting vote', ('Storting',), '2024-05-03')]
            >>> t = "The Storting backed the purchase of 54 tanks on Friday by 87 votes to 12."
            >>> facts = extract_text(t, date="2024-05-06").facts
            >>> [(f.label, f.parties, f.date) for f in facts if f.kind == "meeting"]
            [('Storting vote', ('Storting',), '2024-05-03')]
        """
        verbs = self.lex.compiled(
            "meeting.body-vote",
            lambda: (
                r"(?:,[^,;]{2,60},)?\s+"  # ("the Jogorku Kenesh, Kyrgyzstan's parliament, voted")
                # when and how: "on Friday", "late on Tuesday", "unanimously", "in June"
                r"(?:(?:(?:late\s+|early\s+)?(?:on|in)\s+[A-Z]\w+(?:\s+(?:\d{1,2}|[A-Z]\w+))?"
                r"|today|yesterday|[a-z]+ly)\s+){0,2}(?:(?:has|have|had)\s+)?"
                rf"(?P<verb>{self.lex.alternation('meeting', 'vote_verbs', spaces=True)}"
                # "backed Sweden's bid on Tuesday by 287 votes to 55": a vote, by its tally
                r"|(?:backed|supported|voted\s+down|threw\s+out)(?=[^.;]{0,80}?\bby\s+(?:a\s+vote"
                r"\s+of\s+)?\d+(?:\s+votes)?\s*(?:to|-|–)\s*\d+))\b"
            ),
            re.I,
        )
        for m in s.mentions:
            if m.kind != "org" or m.role != "actor" or not self._sits(m.key):
                continue
            org = self.orgs[m.key]
            home = self._dateline_state()
            if _BARE_BODY.fullmatch(m.text) and home and org.country != home:
                continue  # "LIMA — Congress approved the bill": Peru's, not the one kg knows
            if not self._this_body(s, m):
                continue
            v = verbs.match(s.text, s.local(m.end))
            named = v is None or _BODY_AS_OBJECT.search(s.text, 0, s.local(m.start)) is not None
            # (not "a bill sent to the Duma passed": the body is no subject)
            told_at = self._sitting_named(s, m) if named else (v.start("verb"), v.end(), "vote")
            if told_at is None:
                continue
            lo, hi = clause_of(s.text, told_at[0])
            since = list(re.finditer(r"\b(?:after|since)\s+", s.text[lo : s.local(m.start)]))
            lo = lo + since[-1].end() if since and not named else lo  # "welcomed Sweden's
            # upcoming accession after Hungary's parliament approved": the vote's own clause
            if _untold(s, lo, told_at[0], told_at[1], hi):
                continue  # ("reportedly approved", "is expected to")
            told = " ".join((self.st.headline, self.st.previous_text, s.text))
            if org.kind != "international-organization" and not words(
                "meeting", "vote_topics"
            ).search(told):
                continue  # "approved a bill legalising cannabis": no defence or foreign matter
            if _NO_DECISION.match(s.text, told_at[1]):
                continue  # "renewed its call for a ceasefire", "endorsed the view that"
            decided = words("meeting", "decisions")
            if (
                org.kind != "legislature"
                and told_at[2] == "vote"
                and _LOOSE_VERB.match(s.text, told_at[0])
                and not _first_words(decided, s.text, told_at[1], 8)
                and not decided.search(s.text[max(lo, told_at[0] - 40) : told_at[0]])
            ):
                continue  # "the council extended its condolences", "rejected the criticism"
                # (but "a mandate approved by the council", "a force that the council approved")
            # the body's own day first ("a force that the Council approved in December", not
            # the day the force arrived)
            if named:  # told of in passing: only with its own day right at it ("approved by the
                # Council on 1 August"; not "the fund approved by the Bundestag" or "approved by
                # the Council in 2013 began withdrawing on Friday")
                date = s.first_date(min(s.local(m.start), told_at[0]), s.local(m.end) + 30)
                if date and not _VOTE_WHEN.search(s.text, lo, hi):
                    self.emit_meeting(s, f"{m.key} {told_at[2]}", (m.key,), date, "body-vote", 0.6)
                    return
                continue
            date = s.first_date(min(s.local(m.start), told_at[0]), hi) or s.first_date(lo, hi)
            dated = any(d.value for d in s.dates)
            if date is None and not dated and not _VOTE_WHEN.search(s.text, lo, hi):
                date = self.article_date if s.index <= 3 else None  # the lead's own news
            if not date:
                continue  # (not "approved $61 billion last year", "has approved since 2022")
            self.emit_meeting(s, f"{m.key} {told_at[2]}", (m.key,), date, "body-vote", 0.6)
            return

    def _body_discussed(self, s: Sentence) -> None:
        """A body of states that discussed or debated a matter sat to do it ("The U.N. Security
        Council discussed Kashmir behind closed doors on Friday"): a meeting with the body as
        its one participant, on the day told (or the article's, for the lead's own news).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The U.N. Security Council discussed Kashmir behind closed doors on Friday."
            >>> [(f.label, f.parties, f.date) for f in extract_text(t, date="2019-08-17").facts]
            [('UN Security Council consultations', ('UN Security Council',), '2019-08-16')]
        """
        for m in s.mentions:
            if m.kind != "org" or m.role != "actor" or not self._sits(m.key):
                continue
            if self.orgs[m.key].kind != "international-organization" or not self._this_body(s, m):
                continue
            v = _BODY_DISCUSSED.match(s.text, s.local(m.end))
            if v is None or _BODY_AS_OBJECT.search(s.text, 0, s.local(m.start)):
                continue
            lo, hi = clause_of(s.text, v.start("verb"))
            if _untold(s, lo, v.start("verb"), v.end("verb"), hi):
                continue  # ("is expected to discuss", "reportedly debated")
            own = [  # its own day: not one inside what it discussed ("the report released on
                d.value  # March 3", "the attack that killed 13 troops in August 2021")
                for d in s.dates
                if d.value
                and s.local(m.start) <= d.start < hi
                and not s.names_act(d)  # ("discussed the Jan. 5 launch on Monday")
                and not re.search(
                    r"\b(?:that|which|who|released|published|issued|killed|carried\s+out)\b",
                    s.text[v.end("verb") : d.start],
                )
            ]
            told = [f.date for f in self.facts if f.kind == "meeting" and m.key in f.parties]
            if told and (not own or own[0] in told):
                continue  # "The council debated the mission for three hours before the vote":
                # the sitting told already
            date = (own[0] if own else None) or (
                self.article_date if s.index <= 3 and not any(d.value for d in s.dates) else None
            )
            if date:
                self.emit_meeting(s, f"{m.key} consultations", (m.key,), date, "body-sitting", 0.6)
                return

    def _sitting_named(self, s: Sentence, m: Mention) -> tuple[int, int, str] | None:
        """Where a sitting of the body ``m`` is told without a verb right after its name: a
        decision by it ("a mandate approved by the UN Security Council on 1 August"), a sitting
        of it ("at a special meeting of the Permanent Council in Vienna") or its vote ("the
        General Assembly's March 2 vote"); the offsets of the telling words, and "vote" or the
        noun that tells the sitting.
        """
        before = self.lex.compiled(
            "meeting.sitting-before",
            lambda: (
                rf"\b(?:{self.lex.alternation('meeting', 'vote_verbs', spaces=True)})"
                r"(?:\s+unanimously)?\s+by|\b(?:meeting|session|sitting|vote)\s+of"
            ),
            re.I,
        )
        start = s.local(m.start)
        found = max(
            before.finditer(s.text, max(0, start - 40), start), key=lambda x: x.end(), default=None
        )
        if (
            found is not None
            and re.fullmatch(r"\s+(?:the\s+)?", s.text[found.end() : start])
            and not _ASKED_FOR.search(s.text, 0, found.start())
            and not _MAY_SIT.match(s.text, s.local(m.end))
        ):  # (not "Serbia has requested an emergency session of the Security Council", "a
            # meeting of the Council could take place on Friday")
            noun = found.group(0).split()[0].lower()
            return found.start(), found.end(), noun if noun in _SITTINGS else "vote"
        after = _SITTING_AFTER.match(s.text, s.local(m.end))
        return (after.start(1), after.end(), after.group(1)) if after else None

    def _this_body(self, s: Sentence, m: Mention) -> bool:
        """Whether the mention ``m`` names its body and not a namesake: "Armenia's Security
        Council" and "the National Security Council" are no UN Security Council, and a bare
        "Security Council" is the UN's only where the text or its dateline names the UN.
        """
        before = s.text[: s.local(m.start)]
        if m.text.removeprefix("the ").removeprefix("The ") != m.key and re.search(
            r"(?:['’]s|\b(?!(?:The|A|An|On|In|At|By|Of|For|And|But|When|While|After"
            r"|Before|As|At|Earlier|Later)\b)[A-Z][\w-]*)\s+$",
            before,
        ):
            return False  # a short name after a state's or a capitalised word: a namesake's
        if not m.key.startswith("UN ") or _NAMES_UN.search(m.text):
            return True
        return (
            _NAMES_UN.search(" ".join((self.st.headline, self.st.previous_text, s.text)))
            is not None
        )

    def _sits(self, key: str) -> bool:
        """True when the organization ``key`` decides in sittings of its members: a
        legislature, or a body named as a council, assembly or board (patterns.toml [meeting]
        sitting_words) that is not a grouping of states or a forum of two parties ("Gulf
        Cooperation Council", "NATO-Russia Council"); a committee holds no vote of its chamber.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The IAEA Board of Governors on Friday passed a resolution censuring Iran."
            >>> [(f.label, f.parties) for f in extract_text(t, date="2024-05-06").facts]
            [('IAEA Board of Governors vote', ('IAEA Board of Governors',))]
        """
        org = self.orgs.get(key)
        if org is None or _COMMITTEE.search(key):
            return False
        if org.kind == "legislature":
            return True
        if org.kind not in ("international-organization", "government-body"):
            return False
        rx = self.lex.compiled(
            "meeting.sitting-body",
            lambda: rf"\b(?:{self.lex.alternation('meeting', 'sitting_words')})$",
        )
        return rx.search(key) is not None and not _FORUM_OF_PARTIES.search(key)

    def _after_meeting(self, s: Sentence) -> None:
        """ "After meeting Polish President Andrzej Duda, he said ...": an opening participle of
        meeting names the guest, the main clause's speaker the host; one meeting of their states.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "After meeting Peruvian President Dina Boluarte on Monday, Chilean President "
            >>> t += "Gabriel Boric said the talks went well."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'PER'), '2025-03-10')]
        """
        m = _AFTER_MEETING.match(s.text) or _ALONGSIDE.match(s.text)
        if m is None:
            self._said_after_meeting(s)
            return
        comma = s.text.find(",", m.end())
        guests = [
            x for x in self.objects(s, m.end(), window=2)
            if x.kind == "nation" and s.local(x.start) < comma
        ]  # fmt: skip
        speaker = self._speaker_after(s, m.end())
        if not guests or speaker is None or speaker.kind != "nation":
            return
        states = unique_actors([speaker, *guests])
        if len(states) < 2 or speaker.actor in unique_actors(guests):
            return
        date = s.first_date(0, comma) or self._relative_day(s) or self.article_date
        self.emit_meeting(s, f"{'–'.join(states)} meeting", states, date, "after-meeting", 0.6)

    def _said_after_meeting(self, s: Sentence) -> None:
        """ "..., Ukraine's Dmytro Kuleba said after meeting Sergei Lavrov in Antalya": the
        speaker met the one named after "meeting", on the day the sentence tells.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Talks made no progress on Thursday, Chile's Alberto van Klaveren said after "
            ...      "meeting Peruvian Foreign Minister Javier Gonzalez-Olaechea in Lima.")
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'PER'), '2025-03-13')]
        """
        m = _SAID_AFTER_MEETING.search(s.text)
        if m is None:
            return
        speaker = [x for x in s.actors(0, m.start()) if x.kind == "nation"][-1:]
        if not speaker or not re.fullmatch(r"\s*", s.text[s.local(speaker[0].end) : m.start()]):
            return
        guests = [x for x in self.objects(s, m.end(), window=3) if x.kind == "nation"][:1]
        states = unique_actors([*speaker, *guests])
        if len(states) != 2 or not guests:
            return
        date = (  # (the talks told before, when the sentence gives no day of its own)
            s.first_date() or self._relative_day(s) or self._story_date(states) or self.article_date
        )
        self.emit_meeting(s, f"{'–'.join(states)} meeting", states, date, "after-meeting", 0.6)

    def _met_before_saying(self, s: Sentence) -> bool:
        """ "After meeting in New York on Monday, Britain, France and Germany said ...": an
        opening participle of meeting with no one met named (a preposition or an adverb right
        after it: "in", "on", "for", "privately"), and the states of the main clause's
        subjects, who met one another.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "After meeting in New York on Monday, Britain, France and Germany said in a "
            >>> t += "joint statement that Iran was responsible."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2019-09-24").facts]
            [(('GBR', 'FRA', 'DEU'), '2019-09-23')]
        """
        m = _AFTER_MEETING.match(s.text)
        comma = s.text.find(",", m.end()) if m else -1
        if (
            m is None
            or comma < 0
            or not re.match(
                r"(?:in|on|at|during|for|over|late|earlier|privately|separately|briefly|again"
                r"|behind)\b",
                s.text[m.end() :],
            )
        ):
            return False  # (not "After meeting Hamas negotiators, Egypt and Qatar said")
        if any(x.kind == "nation" for x in s.actors(m.end(), comma)):
            return False  # "After meeting Polish President Andrzej Duda, he said": a guest
        subjects = next(
            (r for r in runs(s, s.actors(comma, len(s.text))) if s.local(r[0].start) <= comma + 2),
            [],
        )
        states = tuple(a for a in unique_actors(subjects) if a in self.lex.nations)
        if len(states) < 2 or not _SPEAKER_VERB.match(s.text, s.local(subjects[-1].end)):
            return False
        date = s.first_date(0, comma) or self._relative_day(s) or self.article_date
        self.emit_meeting(s, f"{'–'.join(states)} meeting", states, date, "after-meeting", 0.6)
        return True

    def _their_summit_body(self, s: Sentence, m: re.Match[str]) -> str | None:
        """The grouping whose leaders a _THEIR_SUMMIT match names ("NATO leaders", "the
        alliance's leaders": the alliance named last), or None."""
        owners = [
            x
            for x in s.actors(max(0, m.start() - 60), m.start("who") + 1)
            if self._grouping(x) and s.local(x.end) <= m.start("who") + 1
        ]
        if owners:
            return owners[-1].actor
        return self.alliance_named_last() if m.group("allied") else None

    def _their_summit(self, s: Sentence) -> None:
        """A grouping's leaders who did something "at their summit" on a day the text gives
        met there: "the plan agreed by NATO leaders at their summit in Newport last September",
        "allied leaders agreed at their Lisbon summit last November" (the alliance last named).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The plan was agreed by NATO leaders at their summit in Wales last September."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2015-06-18").facts]
            [(('NATO',), '2014-09')]
        """
        m = _THEIR_SUMMIT.search(s.text)
        if m is None or hedged(s.text, 0, m.start(), m.end()) or _FUTURE.search(s.text[: m.end()]):
            return
        body = self._their_summit_body(s, m)
        date = s.first_date(m.end(), m.end() + 60)
        if body is None or date is None:
            return
        place = self._place_after(s, m.end())  # "at their summit in Istanbul"
        self.emit_meeting(s, f"{body} summit", (body,), date, "their-summit", 0.6, place)

    def _phone_call(self, s: Sentence) -> None:
        """A call told as a noun is a meeting of who called and who was called: "In a telephone
        call, Obama told Sisi ...", "Sunak informed Zelensky of the decision in a phone call",
        "Modi and Abe welcomed the pact in a telephone conversation", "a call between A and B".

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "In a telephone call on Monday, Chilean President Gabriel Boric told Peruvian "
            >>> t += "President Dina Boluarte that ties were strong."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'PER'), '2025-03-10')]
        """
        m = _CALL_NOUN.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        trailing = (  # "X told Y on Tuesday that ..., during a two-hour video call": the call of
            m.start() > 3  # the sentence's first clause
            and _TRAILING_CALL.search(s.text, 0, m.start()) is not None
            and re.fullmatch(r"[^,;]*", s.text[m.end() :]) is not None
        )
        if _untold(s, m.start() if trailing else lo, m.start(), m.end(), m.end()):
            return  # (what was said in it may be future: "told Sisi he would release ...")
        told = None
        listed = False
        if m.group().rstrip().endswith("between"):  # "a call between A and B"
            end = _BETWEEN_END.search(s.text, m.end())
            states = unique_actors(s.actors(m.end(), end.start() if end else hi))
        else:
            main_lo = s.text.find(",", m.end()) + 1 if m.start() <= 3 else lo
            main_lo = 0 if trailing else main_lo
            main_lo, main_hi = clause_of(s.text, max(main_lo, 0))
            relative = [
                x
                for x in re.finditer(r"\b(?:that|which)\s+(?=[A-Z])", s.text[main_lo : m.start()])
                if s.actors(main_lo + x.end(), m.start())
                and "," not in s.text[main_lo + x.end() : m.start()]
            ]
            if m.start() > 3 and relative:  # "the halt on strikes that Presidents Trump and
                main_lo = main_lo + relative[-1].end()  # Putin agreed in a phone call": who
                # talked is the relative clause's subject, not the sentence's
            with_ = re.match(r"\s+with\s+", s.text[m.end() :])
            told = _CALL_TOLD.search(s.text, main_lo, main_hi)
            if told and re.search(r"\b(?:said|says|that)\b", s.text[main_lo : told.start()]):
                told = None  # "a spokesman said Austin had told Ukraine": reported, not the call
            if (
                told
                and told.group().startswith("warn")
                and not _WARNED_THAT.match(s.text, told.end())
            ):
                told = None  # (not "warned Iran against escalation": whom he spoke of)
            if with_:  # "In a phone call with Macron, Scholz said ...": the one called
                guests = self.objects(s, m.end() + with_.end(), window=1)
                listed = len(guests) > 2 and _listed_run(s, guests)
                guests = guests if listed else guests[:1]  # (but "a call with French President
                # Macron, German Chancellor Merkel and British Prime Minister Johnson": all)
                if not guests or s.local(guests[0].start) > m.end() + with_.end() + 40:
                    return  # "in a phone call with reporters": no state was called
            else:
                guests = self.objects(s, told.end(), window=1) if told else []
                if told is None or not told.group().startswith("consult"):
                    guests = guests[:1]  # ("told Sisi and ...": the first; but "consulted A, B
                    # and C in a call": all of them)
            verb = told or _MAIN_VERB.search(s.text, main_lo, main_hi)
            head = verb.start() if verb else main_hi
            if head <= main_lo:
                return
            subject, _date = self.joint_subject(s, main_lo, head)
            if listed and not set(subject) - set(unique_actors(guests)):
                return  # "In a call with A, B and C, he stressed": no caller named
            states = tuple(dict.fromkeys((*subject, *unique_actors(guests))))
        states = tuple(
            x
            for x in states
            if x in self.lex.nations
            or (x in self.orgs and self.orgs[x].kind == "international-organization")
        )  # (also "Kishida informed U.N. Secretary General Guterres ... in a telephone call")
        if len(states) < 2 or not any(x in self.lex.nations for x in states):
            return
        if len(states) > 2 and not listed and not (told and told.group().startswith("consult")):
            return  # (a call of several: only "consulted A, B and C in a call")
        date = s.first_date() or self._relative_day(s) or self.article_date
        if not s.first_date() and re.search(r"\bthe\s+(?:[\w-]+\s+)?\w+\s*$", m.group()) and any(
            f.kind == "meeting" and set(f.parties) == set(states) and f.date
            and (remote_meeting(f.label) or re.search(r"\bvideo\b", f.evidence[0].text))
            for f in self.st.facts
        ):  # fmt: skip
            return  # "Speaking during the video conference, both leaders pledged": the one
            # told, no new call
        self.emit_meeting(s, f"{'–'.join(states)} telephone call", states, date, "call", 0.6)

    def _told_in_talks(self, s: Sentence) -> None:
        """ "Dunford told Moon in talks in Seoul last Monday that ...": what one official told
        another in talks tells that they met.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chilean President Gabriel Boric told Peruvian President Dina Boluarte during "
            >>> t += "talks in Lima on Monday that ties were strong."
            >>> [(f.parties, f.date, f.location) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'PER'), '2025-03-10', 'Lima')]
        """
        m = _TOLD_IN_TALKS.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start(), m.end("verb"), m.end()):
            return
        subject, _date = self.subject(s, lo, m.start())
        at = m.end("verb")
        to = (
            re.search(r"\s+to\s+", s.text[at : m.start("talks")])
            if m.group("verb") == "conveyed"
            else None
        )  # "conveyed the decision to U.N. Secretary General Antonio Guterres": whom to
        heard = s.actors(at + to.end(), m.start("talks")) if to else self.objects(s, at, window=2)
        told = [
            x for x in heard
            if s.local(x.start) < m.start("talks") and (x.form == "person" or self.official(s, x))
        ]  # fmt: skip
        states = unique_actors(told)
        if not subject or len(states) != 1 or states[0] in subject:
            return
        parties = (*subject[:1], *states)
        date = s.first_date(m.start("talks"), hi) or self._relative_day(s) or self.article_date
        self.emit_meeting(s, f"{'–'.join(parties)} talks", parties, date, "told-in-talks", 0.55)

    def _earlier_one(self, s: Sentence) -> None:
        """ "The last one was held in Izmir in March 2016": an earlier edition of the meeting
        just reported, named by "one"."""
        m = re.search(
            r"\b[Tt]he\s+(?:first|previous|inaugural|last)\s+one\s+(?:was|had\s+been)\s+"
            r"(?:held|hosted|convened|staged)\b",
            s.text,
        )
        meetings = [f for f in self.facts if f.kind == "meeting" and not _venue_told(f)]
        if m is None or not meetings or s.start - meetings[-1].evidence[-1].end > 300:
            return
        self._emit_earlier(s, meetings[-1], m.start(), len(s.text))

    @staticmethod
    def _speaker_after(s: Sentence, pos: int) -> Mention | None:
        """The subject after the first comma from ``pos``, at the end of an opening phrase
        ("Speaking after talks with ..., Australian Defence Minister Richard Marles said"):
        titles only before it, or None."""
        comma = re.compile(r",\s+").search(s.text, pos)
        if comma is None:
            return None
        first = next(iter(s.actors(comma.end())), None)
        if first is None or not titles_only(s.text[comma.end() : s.local(first.start)]):
            return None
        said = re.match(  # the subject of the main clause, not a list's next item
            r"(?:['’]s)?(?:\s+[A-Z][\w.'’-]*)*\s+(?:said|says|told|added|announced|stressed|noted"
            r"|declared|insisted|welcomed|praised|pledged|vowed|urged|called)\b",
            s.text[s.local(first.end) :],
        )
        return first if said else None

    def _signed_with(self, s: Sentence) -> None:
        """ "Esper signed a roadmap with Tunisian Defence Minister Ibrahim Bartagi on Wednesday":
        two officials of two states who sign a document together attend one signing, a meeting
        of their states (a state signing "with Ukraine" names no ceremony).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru's Walter Astudillo signed a defence pact with Chilean Defence Minister "
            >>> t += "Maya Fernandez on Monday."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts
            ...  if f.kind == "meeting"]
            [(('PER', 'CHL'), '2025-03-10')]
        """
        m = _SIGNED_WITH.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start(), m.end("verb"), m.end()):
            return
        if m.group("verb") == "signing" and not re.search(r",\s*$", s.text[: m.start()]):
            return  # (a participle of its own after a comma only: not "spoke on Monday,
            # recalling signing the accord alongside Abe in 2014")
        signers = [x for x in s.actors(lo, m.start()) if x.form == "person" or self.official(s, x)]
        if not signers and m.group("verb") == "signing":
            signers = [  # "Trump recognized ... on Monday, signing a proclamation at the White
                x for x in s.actors(0, lo)[:1]  # House alongside Netanyahu": the main subject
                if x.form == "person"
                and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,4}", s.text[: s.local(x.start)])
            ]  # fmt: skip
        partners = [
            x for x in self.objects(s, m.end(), window=3)
            if x.form == "person" or self.official(s, x)
        ]  # fmt: skip
        states = unique_actors([x for x in (*signers[-1:], *partners) if x.kind == "nation"])
        if len(states) != 2 or len(unique_actors(partners)) != 1:
            return
        signers, signed = self._signers()  # "Gantz signed the document with ...": its day
        deal_day = signed if set(states) <= set(signers) else None
        date = s.first_date(lo, hi) or self._relative_day(s) or deal_day or self.article_date
        self.emit_meeting(s, f"{'–'.join(states)} signing", states, date, "signed-with", 0.55)

    def _addressed(self, s: Sentence) -> None:
        """ "Modi addressed a joint meeting of Congress", "Biden addressed both chambers of
        Parliament": a leader's address to a legislature is a meeting of the leader's state and
        that legislature (a bare "Parliament" is the one of the state the story is datelined in).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile's president addressed a joint session of Peru's parliament on Monday."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'Congress of the Republic of Peru'), '2025-03-10')]
        """
        m = _ADDRESSED.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start(), m.end(), m.end()):
            return
        body = next(
            (
                x.key for x in s.mentions
                if x.kind == "org" and s.local(x.start) == m.start("body")
                and self.orgs[x.key].kind == "legislature"
            ),
            None,
        )  # fmt: skip
        bare = re.fullmatch(r"(?i:parliament|congress|the\s+legislature)", m["body"].rstrip("."))
        if body is None and bare:
            home = self._dateline_state()
            body = next(
                (k for k, o in self.orgs.items() if o.kind == "legislature" and o.country == home),
                None,
            )
        speakers = [x.actor for x in s.actors(lo, m.start()) if x.kind == "nation"]
        if body is None or len(set(speakers)) != 1 or self.orgs[body].country == speakers[0]:
            return
        date = s.first_date(lo, hi) or self._relative_day(s) or self.article_date
        self.emit_meeting(s, f"address to {body}", (speakers[-1], body), date, "address", 0.6)

    def _trip_to_meet(self, s: Sentence) -> None:
        """ "Milei flew to Ushuaia on Thursday to meet General Laura Richardson": a trip made
        to meet an official is a meeting of the traveller's state and the official's.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru's president flew to Santiago on Monday to meet Chile's president."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('PER', 'CHL'), '2025-03-10')]
        """
        m = _TRIP_TO_MEET.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start("verb"), m.end("verb"), m.end()):
            return
        travellers = unique_actors(
            [x for x in s.actors(lo, m.start("verb")) if x.kind == "nation" or x.form == "person"]
        )
        met = self.objects(s, m.end(), window=3)
        rest = s.text[s.local(met[-1].end) :] if met else ""
        if re.match(r"['’]s\b", rest) and not _OWNED_OFFICIAL.match(rest):
            return  # "to meet Biden's demands": a thing of his (not "Chile's president")
        hosts = unique_actors([x for x in met if x.actor not in travellers])
        if len(travellers) != 1 or len(hosts) != 1:
            return
        parties = (travellers[0], hosts[0])
        date = s.first_date(lo, hi) or self._relative_day(s) or self.article_date
        self.emit_meeting(s, f"{'–'.join(parties)} meeting", parties, date, "trip-to-meet", 0.55)

    def _moved_on(self, s: Sentence) -> None:
        """ "Johnson met Andersson at Harpsund before flying to Helsinki for talks with
        Niinistö": after a meeting, the traveller's next one, where the trip led.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Peru's president met Chile's president in Santiago on Monday before flying "
            ...      "to Buenos Aires for talks with Argentina's president.")
            >>> [(f.parties, f.location) for f in extract_text(t, date="2025-03-14").facts]
            [(('PER', 'CHL'), 'Santiago'), (('PER', 'ARG'), 'Buenos Aires')]
        """
        m = _ONWARD.search(s.text)
        if (
            m is None
            or not _MET_BEFORE.search(s.text, 0, m.start())
            or re.search(r";|,\s+and\s|\b(?:he|she|they)$", s.text[: m.start()], re.I)
            or any(s.local(x.end) == m.start() for x in s.actors())
            or _untold(s, 0, m.start(), m.start("to"), m.end())
        ):
            return  # (the trip after a meeting this sentence told, by its subject: not "He then
            # flew to", nor "X hosted Y; Y then flew to")
        first = next(iter(s.actors(0, m.start())), None)
        if (
            first is None
            or not (first.kind == "nation" or first.form == "person")
            or _FINITE_BEFORE.search(s.text, 0, s.local(first.start))
        ):
            return  # the traveller is the sentence's subject
        hosts = unique_actors(
            [x for x in self.objects(s, m.end(), window=3) if x.actor != first.actor]
        )
        if len(hosts) != 1:
            return
        parties = (first.actor, hosts[0])
        date = s.first_date(m.start()) or s.first_date(0, m.start()) or self.article_date
        self.emit_meeting(
            s, f"{'–'.join(parties)} talks", parties, date, "moved-on", 0.55, m.group("place")
        )

    def _next_stop(self, s: Sentence, before: int) -> None:
        """ "He visited Buenos Aires on Tuesday for talks with Aguad, and Santiago on
        Wednesday, where he met Espina": the traveller's meeting at the trip's next stop, on
        the day told with it.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Peru's president visited Quito on Monday for talks with Ecuador's "
            ...      "president, and Bogota on Tuesday, where he met Colombia's president.")
            >>> [(f.parties, f.date, f.location) for f in extract_text(t, date="2025-03-14").facts]
            [(('PER', 'ECU'), '2025-03-10', 'Quito'), (('PER', 'COL'), '2025-03-11', 'Bogota')]
        """
        m = _WHERE_MET.search(s.text)
        first = next((f for f in self.facts[before:] if f.kind == "meeting"), None)
        if m is None or first is None or _untold(s, 0, m.start(), m.start(), m.end()):
            return
        traveller = first.parties[0]
        hosts = unique_actors(
            [x for x in self.objects(s, m.end(), window=3) if x.actor != traveller]
        )
        if len(hosts) != 1 or not (traveller in self.lex.nations and hosts[0] in self.lex.nations):
            return
        parties = (traveller, hosts[0])
        date = s.first_date(m.start(), m.end()) or first.date
        if first.location == m.group("place"):  # the first stop is where the trip began
            went = _VISITED_FIRST.search(s.text, 0, m.start())
            first.location = went.group("place") if went else None
        self.emit_meeting(
            s, f"{'–'.join(parties)} talks", parties, date, "next-stop", 0.55, m.group("place")
        )

    def _first_since(self, s: Sentence, before: int) -> None:
        """ "..., their first talks since Biden and Xi met in Bali on Nov. 14": the meeting
        the first one since was, on the day and at the place it is told with.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("U.S. Defense Secretary Lloyd Austin met Chinese Defence Minister Wei Fenghe "
            ...      "on Tuesday, their first talks since U.S. President Joe Biden and Chinese "
            ...      "President Xi Jinping met in Bali on Nov. 14.")
            >>> [(f.parties, f.date, f.location) for f in extract_text(t, date="2022-11-22").facts]
            [(('USA', 'CHN'), '2022-11-22', None), (('USA', 'CHN'), '2022-11-14', 'Bali')]
        """
        m = _FIRST_SINCE.search(s.text)
        if m is None or re.search(r"\b[a-z]{3,}(?:ed|s)\b(?<!\bleaders)", m.group("who")):
            return  # (only names before "met": not "since Russia invaded Ukraine and ... met")
        end = m.end("rest")
        who = [x for x in s.actors(m.start("who"), m.end("who")) if x.kind == "nation"]
        whom = (
            [x for x in self.objects(s, m.start("rest"), window=3) if x.kind == "nation"]
            if len(unique_actors(who)) < 2
            else []
        )
        states = unique_actors([*who, *whom])
        date = s.first_date(m.start("rest"), end)
        if len(states) != 2 or date is None:
            return  # (no day told: "since they last met" is no meeting kg can date)
        place = _IN_NAME.search(s.text, m.start("rest"), end)
        for fact in self.facts[before:]:  # (the main meeting is not where the earlier was)
            if place and fact.location == place.group(1):
                fact.location = None
        self.emit_meeting(
            s,
            f"{'–'.join(states)} meeting",
            states,
            date,
            "first-since",
            0.55,
            location=place.group(1) if place else None,
        )

    def _and_spoke(self, s: Sentence, before: int) -> None:
        """ "The two men last met in person in June ... and spoke by phone in April": after a
        meeting the sentence told, a call of the same parties on a day of its own.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("U.S. Defense Secretary Lloyd Austin and Chinese Defence Minister Wei Fenghe "
            ...      "last met in June in Singapore and spoke by phone in April.")
            >>> [(f.parties, f.date) for f in extract_text(t, date="2022-11-22").facts]
            [(('USA', 'CHN'), '2022-06'), (('USA', 'CHN'), '2022-04')]
        """
        m = _AND_SPOKE.search(s.text)
        met = [f for f in self.facts[before:] if f.kind == "meeting"]
        if (
            m is None
            or len(met) != 1
            or not _MET_BEFORE.search(s.text, 0, m.start())
            or re.match(r"\s+(?:\w+\s+){0,3}?with\b", s.text[m.end() :])
        ):
            return  # (not "... and talked by phone with Zelenskiy in April": another's call)
        date = s.first_date(m.end(), m.end() + 40)
        if date is None or date == met[0].date:
            return
        self.emit_meeting(
            s, f"{'–'.join(met[0].parties)} call", met[0].parties, date, "and-spoke", 0.55, ""
        )

    def _trip_met(self, s: Sentence) -> None:
        """ "The UAE president flew to Doha on Wednesday and met the emir": a trip to a capital
        and a meeting with its office-holder, named by office alone, is a meeting with the host.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru's president flew to Santiago on Monday and met the president."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('PER', 'CHL'), '2025-03-10')]
        """
        m = _TRIP_MET.search(s.text)
        if m is None:
            return
        lo, _hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start("verb"), m.end("verb"), m.end()):
            return
        at = m.start("place")
        place = next(
            (x for x in s.mentions if x.form == "metonym" and s.local(x.start) == at), None
        )
        visitors = [x.actor for x in s.actors(lo, m.start("verb")) if x.kind == "nation"]
        if place is None or len(set(visitors)) != 1 or visitors[0] == place.key:
            return
        date = s.first_date(lo, m.end()) or self._relative_day(s) or self.article_date
        self.emit(
            Fact(
                "meeting",
                f"{visitors[0]} visit to {place.key}",
                parties=(visitors[0], place.key),
                date=date,
                location=place.text,
                evidence=[self.evidence(s, "meeting.trip", 0.6)],
            )
        )

    def emit_meeting(
        self,
        s: Sentence,
        label: str,
        parties: tuple[str, ...],
        date: str | None,
        rule: str,
        confidence: float,
        location: str | None = None,
    ) -> None:
        """Emit a meeting of ``parties`` on ``date``, set at ``location`` or where the sentence
        sets it, with ``s`` as its evidence under the rule id ``meeting.<rule>``."""
        parties = self._with_at_side(s, parties)
        self.emit(
            Fact(
                "meeting",
                label,
                parties=parties,
                date=date,
                location=location or self._location(s, date),
                evidence=[self.evidence(s, f"meeting.{rule}", confidence)],
            )
        )

    def _with_at_side(self, s: Sentence, parties: tuple[str, ...]) -> tuple[str, ...]:
        """``parties`` and whom the sentence puts at their side ("with NATO Secretary General
        Jens Stoltenberg at their side": NATO)."""
        side = _AT_SIDE.search(s.text)
        if side is None or not parties:
            return parties
        return tuple(dict.fromkeys((*parties, *unique_actors(s.actors(*side.span("who"))))))

    def _officials_gathered(self, s: Sentence) -> None:
        """ "The defence chiefs of Australia, Japan, the Philippines and the United States
        gathered in Honolulu on Thursday": a meeting of the states named after the office.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The army chiefs of Chile, Peru and Bolivia gathered in Lima on 4 May 2024."
            >>> [(f.parties, f.date) for f in extract_text(t).facts]
            [(('CHL', 'PER', 'BOL'), '2024-05-04')]
        """
        m = _OFFICIALS_OF.search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start("verb"))
        if _untold(s, lo, m.start("verb"), m.end("verb"), hi):
            return
        verb = re.search(  # (not "hosted by Britain": one of them)
            r"\s(?:on\s+\w+day\s+)?[a-z]+ed\s(?!by\b)", s.text[m.start("who") : m.end("who")]
        )
        who_end = m.start("who") + verb.start() if verb else m.end("who")
        states = unique_actors(  # ("The leaders of A, B and C on Saturday called on Turkey to
            [x for x in s.actors(m.start("who"), who_end) if x.kind == "nation"]  # halt ...,
        )  # as they met": the three, not whom they called on)
        date = s.first_date(m.end("verb"), hi) or s.first_date()
        if len(states) < 2 or not date:
            return
        self.emit_meeting(s, f"{'–'.join(states)} meeting", states, date, "officials-gathered", 0.6)

    def _met_opener(self, s: Sentence) -> None:
        """ "Meeting in Luxembourg on Monday, EU foreign ministers backed Lithuania": a sentence
        that opens with where its subject met tells a meeting of that subject, on the day told.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Meeting in Brussels on Monday, EU foreign ministers condemned the strikes."
            >>> [(f.parties, f.date, f.location) for f in extract_text(t, date="2024-05-08").facts
            ...  if f.kind == "meeting"]
            [(('European Union',), '2024-05-06', 'Brussels')]
        """
        m = _MET_OPENER.match(s.text)
        if m is None:
            return
        subject = [x for x in s.actors(m.end(), m.end() + 80) if s.local(x.start) >= m.end()]
        if not subject or not re.fullmatch(
            r"(?:[Tt]he\s+)?", s.text[m.end() : s.local(subject[0].start)]
        ):
            return  # the subject must follow the opener ("Meeting in X, the EU ministers")
        who = unique_actors(runs(s, subject)[0])
        if len(who) < 2 and not all(
            a in self.orgs and self.orgs[a].kind == "international-organization" for a in who
        ):
            return  # "Meeting in Washington, U.S. officials said": one state's own officials
        if not _PEOPLE_AFTER.match(s.text, s.local(runs(s, subject)[0][-1].end)):
            return  # "Meeting in Rome, Italy ...": only those who met, by their office
        date = s.first_date(0, m.end()) or s.first_date()
        if not date:
            return
        label = f"{'–'.join(who)} meeting"
        self.emit_meeting(s, label, who, date, "met-opener", 0.6, m.group("place"))

    def _joint_act(self, s: Sentence) -> None:
        """Leaders or ministers of two states who pledge, agree or announce something together
        on a stated day met that day ("Trump and Modi pledged at the White House on Thursday
        to expand defense trade"). States alone ("Poland and Sweden agreed") may act apart."""
        for lo, hi in clauses(s.text):
            act = _JOINT_ACT.search(s.text, lo, hi)
            if not act or hedged(s.text, lo, act.start(), act.end()):
                continue
            if _FUTURE.search(s.text[lo : act.end()]):
                continue
            people = {
                m.key
                for m in s.actors(lo, act.start())
                if m.form == "person" or self.official(s, m)
            }
            actors, _date = self.joint_subject(s, lo, act.start())
            states = tuple(dict.fromkeys(a for a in actors if a in self.lex.nations))
            if len(states) < 2 or len(people) < 2:
                continue
            date = s.first_date(lo, hi)
            if not date or len(date) != 10:
                continue  # a day, or it is no one meeting
            self.emit_meeting(s, f"{'–'.join(states)} talks", states, date, "joint-act", 0.5)
            return

    def _visit(self, s: Sentence) -> None:
        """ "during a visit to Doha by French President Macron, Qatar signed ...": an official
        visit with an outcome is a meeting of the visitor's state and the host."""
        m = _VISIT.search(s.text) if ("visit" in s.text or "trip" in s.text) else None
        if not m or not words("meeting", "outcomes").search(s.text):
            return
        lo, hi = clause_of(s.text, m.start())  # "..., ending a delay over a deal announced
        if _untold(s, lo, m.start(), m.end(), m.end()):
            return  # during Modi's visit": the hedges of an earlier clause do not reach it
        place = next(
            (x for x in s.mentions if x.kind == "nation" and s.local(x.start) == m.end("to")),
            None,
        )
        if m.group("paid") is not None:  # "Modi paid a state visit to Washington"
            visitors = self.joint_subject(s, lo, m.start())[0]
            visitors = [x for x in s.actors(lo, m.start()) if x.actor in visitors]
        elif m.group("by"):
            cut = s.text.find(",", m.end())  # "by French President Macron, Qatar signed"
            visitors = [
                x for x in self.objects(s, m.end(), window=1) if cut < 0 or s.local(x.start) < cut
            ]
        elif m.group("own"):  # "During his visit to Hanoi, the Japanese prime minister agreed
            cut = s.text.find(",", m.end())  # with ...": the one the clause after it is about
            done = words("meeting", "outcomes").search(s.text, cut) if cut >= 0 else None
            visitors = s.actors(cut, done.start()) if done else []
            visitors = [
                x for x in visitors if x.form in ("demonym", "person") or self.official(s, x)
            ][:1]
            others = [  # ("After his visit to Lima, the Chilean president agreed with Bolivia":
                x for x in s.actors(done.end() if done else len(s.text))  # not Peru's talks)
                if x.kind == "nation" and (place is None or x.key != place.key)
                and x.key not in {v.actor for v in visitors}
            ]  # fmt: skip
            if not m.group().lower().startswith("during") or others or _YEAR_ONLY.search(s.text):
                return  # (nor "during his visit to Lima last year": a day it does not give)
        else:
            visitors = [x for x in s.actors(m.start(), m.end("poss"))]
        guests = list(dict.fromkeys(x.actor for x in visitors if x.kind == "nation"))
        if place is None or len(guests) != 1 or guests[0] == place.key:
            return
        date = s.first_date(lo, hi) or s.first_date() or self._relative_day(s) or self.article_date
        self.emit(
            Fact(
                "meeting",
                f"{guests[0]} visit to {place.key}",
                parties=(guests[0], place.key),
                date=date,
                location=place.text if place.form == "metonym" else None,
                evidence=[self.evidence(s, "meeting.visit", 0.65)],
            )
        )

    def exercises(self, s: Sentence) -> None:
        before = len(self.facts)
        self._event(s, "exercise")
        if len(self.facts) == before:
            self._owned_exercise(s)
        if len(self.facts) == before:
            self._trained_with(s)
        self._previous_edition(s)
        self._edition(s)

    def _trained_with(self, s: Sentence) -> None:
        """Forces told to have trained with another state's are an exercise of both, with no
        exercise noun: "Japan's Maritime Self-Defense Force trained with the U.S. Navy in the
        Philippine Sea on Monday" (patterns.toml [exercise] with_verbs).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chilean marines trained with Peruvian troops near Arica on Tuesday."
            >>> [(f.parties, f.date) for f in extract_text(t, date="2025-03-14").facts]
            [(('CHL', 'PER'), '2025-03-11')]
        """
        m = self.lex.compiled(
            "exercise.trained-with",
            lambda: (
                rf"\b(?:{self.lex.alternation('exercise', 'with_verbs', spaces=True)})"
                r"\s+(?:(?:together|jointly|closely)\s+)?(?:with|alongside)\s+"
            ),
        ).search(s.text)
        if m is None:
            return
        lo, hi = clause_of(s.text, m.start())
        if _untold(s, lo, m.start(), m.end(), hi):
            return  # ("will train with", "is expected to drill with")
        subject, _date = self.subject(s, lo, m.start())
        placed = {
            x.actor for x in s.actors(lo, m.start())
            if _PLACED_OR_PARTNER.search(s.text, 0, s.local(x.start))
        }  # fmt: skip
        subject = tuple(a for a in subject if a not in placed)  # ("Some 150 soldiers arrived in
        # Lithuania to train with the Lithuanian Army": where they are, not who they are)
        after = runs(s, s.actors(m.end(), hi))  # ("with Peruvian troops": an adjective too)
        guests = (
            unique_actors(after[0]) if after and s.local(after[0][0].start) - m.end() <= 30 else ()
        )
        states = tuple(
            x for x in dict.fromkeys((*subject, *guests)) if x in self.lex.nations
        )  # fmt: skip
        if len(states) < 2 or not subject or not guests:
            return
        date = self.date_near(s, lo, hi, m.start()) or self._relative_day(s)
        if date is None:
            return  # ("have trained with NATO forces for years": a habit, no exercise)
        self.emit(
            Fact(
                "exercise",
                f"{'–'.join(states)} training",
                parties=states,
                date=date,
                evidence=[self.evidence(s, "exercise.trained-with", 0.6)],
            )
        )

    @staticmethod
    def _near_verb(
        s: Sentence, clause: str, lo: int, noun: re.Match[str], verbs: re.Pattern[str]
    ) -> re.Match[str] | None:
        """The event verb of ``clause`` nearest its event ``noun``, if one is near enough."""
        reach = 400 if noun.group().lower().endswith("ceremony") else 80
        hi = lo + len(clause)
        names = [
            (s.local(m.start) - lo, s.local(m.end) - lo)
            for m in s.mentions
            if m.kind == "nation" and lo <= s.local(m.start) < hi
        ]  # ("joined Indian Prime Minister Narendra Modi and ... for a video summit": the names
        # of states and their people do not count in how far the verb is,
        names += [  # nor do dates ("trained ... last March during the exercise")
            (d.start - lo, d.end - lo) for d in s.dates if lo <= d.start < hi
        ]
        own = _PREMODIFIERS.search(clause[max(0, noun.start() - 80) : noun.start()])
        if own:  # nor do the event's own modifiers ("signed ... at the close of the first
            a = noun.start() - len(own.group())  # in-person China–Central Asia Summit")
            names = [n for n in names if not a <= n[0] < noun.start()] + [(a, noun.start())]
        aside = _ASIDE.search(clause, noun.end())
        resumed = _RESUMED.search(clause, aside.end()) if aside else None
        if aside and resumed:  # nor does an aside between the noun and its predicate
            names.append((aside.start(), resumed.start()))
        near = [
            v
            for v in verbs.finditer(clause)
            if _apart(v.start(), noun.start(), names) < reach
            and not noun.start() <= v.start() < noun.end()  # "joint training": a noun
        ]
        # the nearest: "The thaw began in July, when they held a meeting": held
        found = min(near, key=lambda v: abs(v.start() - noun.start()), default=None)
        part = _PART_OF.search(clause, 0, noun.start())
        if found is None and part is not None:  # "flying ... as part of the annual Iniochos
            return part  # exercise": taking part in it
        return found

    def _exercise_ceremony(self, clause: str, noun: re.Match[str]) -> bool:
        """Whether the meeting ``noun`` is the opening or closing ceremony of an exercise.

        Example:
            >>> text = "troops lined up for the opening ceremony of the annual exercise"
            >>> _CEREMONY_OF.match(text, text.index(" of")) is not None
            True
        """
        if not noun.group().lower().endswith("ceremony"):
            return False
        of = _CEREMONY_OF.match(clause, noun.end())
        if of is None:  # "attended the opening ceremony ..., which co-sponsor the two-week
            # drill": the exercise's opening
            return (
                re.search(r"\b(?:opening|closing)\s+$", clause[: noun.start()]) is not None
                and not _TALKS_AT.search(clause)
                and words("exercise", "nouns").search(clause, noun.end()) is not None
            )  # (but "At the opening ceremony, the general met ...": talks there)
        rest = clause[of.end() : of.end() + 60]
        named = _name_regex("exercise").match(rest)
        if named and self._is_name(named.group(1)):
            return True
        noun_of = words("exercise", "nouns").search(rest)
        return (
            noun_of is not None
            and not re.search(r"[,;]", rest[: noun_of.start()])
            and re.match(  # the exercise itself, not "a joint training academy"
                r"\s*(?:[,.;]|$)|\s+(?:in|at|on|off|near|with|between|involving|that|which|and|to"
                r"|for|from|of|by)\b",
                rest[noun_of.end() :],
            )
            is not None
        )

    def _group_after(self, s: Sentence, pos: int) -> tuple[str, ...]:
        """The group a reference names as the subject after the phrase at ``pos`` ("After talks
        with Orbán, the two leaders announced ..."): its actors, or ()."""
        comma = _TO_COMMA.match(s.text, pos)
        refs = group_refs(s.text[comma.end() : comma.end() + 30]) if comma else []
        if not comma or not refs or refs[0][0] != 0:
            return ()
        they = self.subject(s, comma.end(), comma.end() + refs[0][1])[0]
        met = [m.actor for m in s.actors(pos, comma.end())]
        if met and met[0] not in they and re.match(r"the\s+two\b", s.text[comma.end() :], re.I):
            return ()  # "talks with Xi, the two leaders": a pair without Xi is another pair
        return they if len(they) > 1 else ()

    def _owned_exercise(self, s: Sentence) -> None:
        """ "Putin watched the main phase of Russia's Vostok-2022 strategic exercise": a named
        exercise a state owns is under way, with that state's forces; its start date and other
        participants may follow ("The drills began last Thursday", "Forces from X take part")."""
        m = _OWNED.search(s.text)
        if m is None or hedged(s.text, 0, m.start(), m.end()) or _FUTURE.search(s.text):
            return
        owner = next(
            (
                x for x in s.mentions
                if x.kind == "nation" and x.role == "actor" and s.local(x.end) == m.start("s")
            ),
            None,
        )  # fmt: skip
        if owner is None:
            return
        fact = Fact(
            "exercise",
            f"{m.group('name')} {m.group('noun')}",
            parties=(owner.key,),
            date=None,
            evidence=[self.evidence(s, "exercise.owned-named", 0.6)],
        )
        self.emit(fact)
        self.st.undated.add(id(fact))

    def _edition(self, s: Sentence) -> None:
        """ "the fourth edition of a drill the three countries first held in December 2019": an
        earlier exercise, told in a relative clause with its own participants and date."""
        m = _EDITION.search(s.text)
        if m is None or hedged(s.text, 0, m.start("verb"), m.end("verb")):
            return
        who = s.text[m.start("who") : m.end("who")]
        actors = unique_actors(s.actors(m.start("who"), m.end("who")))
        refs = group_refs(who)
        if len(actors) < 2 and refs:
            group = self._group_for(s, m.start("who") + refs[0][0], refs[0][2], True)
            actors = group.actors if group else ()
        dated = [d.value for d in s.dates if d.value and d.start >= m.end("verb")]
        if len(actors) < 2 or not dated:
            return
        self.emit(
            Fact(
                "exercise",
                f"{'–'.join(actors)} {m.group('noun').lower()}",
                parties=actors,
                date=dated[0],
                evidence=[self.evidence(s, "exercise.earlier-edition", 0.6)],
            )
        )

    def _previous_edition(self, s: Sentence) -> None:
        """ "The previous edition, SLINEX-19, was held at Visakhapatnam in September 2019": an
        earlier exercise of those who held the one told before it, on its own date.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Indian and Sri Lankan ships held the SLINEX exercise off Trincomalee on "
            ...      "Monday. The previous edition was held at Visakhapatnam in September 2019.")
            >>> [(f.parties, f.date) for f in extract_text(t, date="2020-10-21").facts]
            [(('IND', 'LKA'), '2020-10-19'), (('IND', 'LKA'), '2019-09')]
        """
        m = _EDITION_HELD_BEFORE.search(s.text)
        if m is None or hedged(s.text, 0, m.start("verb"), m.end("verb")):
            return
        told = [f for f in self.facts if f.kind == "exercise" and len(f.parties) >= 2]
        last = self.facts[-1] if self.facts else None
        if not told or (
            last is not told[-1]
            and last is not None
            and last.evidence
            and s.start - last.evidence[-1].end <= 2
            and "exercise" not in m.group()
        ):
            return  # (not right after another event: "Japan and China held talks on Tuesday.
            # The previous edition was held ...": no drill's, unless the sentence names it)
        stop = _OWN_CLAUSE_END.search(s.text, m.end("verb"))
        end = stop.start() if stop else len(s.text)
        dated = [d.value for d in s.dates if d.value and m.end("verb") <= d.start < end]
        if not dated or dated[0] == told[-1].date:
            return  # (its own clause's date: not "..., before the election in May 2016")
        led = [  # "The previous edition, Flintlock 2015, was hosted by Chad ... and co-led by U.S.
            x  # and Chadian forces": those who hosted and led it (not "drawing protests from")
            for x in _HOSTED_BY.finditer(s.text, m.start("verb"))
        ]
        named = tuple(
            a
            for x in led
            for a in unique_actors(s.actors(x.start(), x.end()))
            if a in self.lex.nations
        )
        parties = tuple(dict.fromkeys(named)) if len(set(named)) >= 2 else told[-1].parties
        name = m.group("name")
        self.emit(
            Fact(
                "exercise",
                name
                if name and s.actors(m.start("name"), m.end("name")) == []
                else f"{'–'.join(parties)} exercise",
                parties=parties,
                date=dated[0],
                evidence=[self.evidence(s, "exercise.earlier-edition", 0.6)],
            )
        )

    def _event(self, s: Sentence, kind: str) -> None:
        nouns, verbs = words(kind, "nouns"), words(kind, "verbs")
        named = _name_regex(kind).search(s.text)
        if named and not self._is_name(named.group(1)):
            named = None
        if (
            named
            and kind == "exercise"
            and re.search(r"\bOperation\s+(?:[A-Z][\w'’-]*\s+){0,3}$", s.text[: named.end(1)] + " ")
        ):
            named = None  # "taking part in Operation Prosperity Guardian": an operation, no
            # exercise of its name
        again = False  # whether an event of this sentence was reported already
        for lo, hi in _event_clauses(s.text):
            clause = s.text[lo:hi]
            noun = nouns.search(clause)
            if (
                noun
                and kind == "exercise"
                and _SERIES_ORIGIN.search(clause, 0, noun.start())
                and not _SERIES_STARTED.search(clause, noun.end())
            ):
                continue  # "Regional Cooperation is CENTCOM's annual exercise": the series
            while noun and kind == "exercise" and _not_an_exercise(clause, noun):
                noun = nouns.search(clause, noun.end())  # "exercise restraint": a verb
            while noun and kind == "meeting" and _MET_A_NEED.match(clause, noun.start()):
                noun = nouns.search(clause, noun.end())  # "meeting a long-standing demand": a verb
            while noun and _EVENT_ROLE.match(clause, noun.end()):
                noun = nouns.search(clause, noun.end())  # "Niinistö, the summit's host, held
                # talks with Putin": who had a role at the summit, not the summit told
            while (
                noun
                and kind == "meeting"
                and re.search(r"\b(?:news|press|media)\s+$", clause[: noun.start()], re.I)
                and (later := nouns.search(clause, noun.end()))
                and (
                    not re.search(r"\bjoint\s+(?:news|press|media)\s+$", clause[: noun.start()])
                    or re.search(
                        r"\b(?:after|following)\s+their\s+(?:[\w-]+\s+)?$",
                        clause[: later.start()],
                    )
                )
            ):  # "told a news conference after the two leaders held talks": the talks (but "held
                # a joint news conference": theirs; "a joint news conference after their talks":
                noun = nouns.search(clause, noun.end())  # the talks)
            urged = False
            while noun and kind == "meeting" and _URGED_TO.search(clause, 0, noun.start()):
                noun = nouns.search(clause, noun.end())  # "urged Iran to resume talks with
                urged = True  # Washington": asked for, not held (a later noun may tell one)
            if urged and noun is None:
                continue
            if (
                kind == "meeting"
                and noun is not None
                and _MEETING_ASKED.search(clause[: noun.start()])
            ):
                continue  # "asked for an emergency meeting of the U.N. Security Council": not held
            if (
                kind == "meeting"
                and noun is not None
                and re.search(
                    r"\b(?:pulled|pulls|backed|backs)\s+out\s+of\s+(?:signing|the\s+(?:talks|meeting"
                    r"|summit|signing)|talks)\b",
                    clause[: noun.start()],
                )
            ):
                continue  # "pulled out of signing the pact an hour before the ceremony": none held
            permitted = False
            while (
                noun
                and PERMITTED.search(clause, 0, noun.start())
                and not _BEGAN_AFTER.match(clause, noun.end())
            ):  # "a memorandum that allows U.S. troops to deploy ... for exercises": what a pact
                noun = nouns.search(clause, noun.end())  # permits, none held (but "allows troops
                permitted = True  # to join the exercises, which began on Monday" tells one)
            if permitted and not noun:
                continue
            if noun and kind == "meeting" and self._exercise_ceremony(clause, noun):
                continue  # "the opening ceremony of Tradewinds 2022": the exercise's, no meeting
            their = _THEIR_SUMMIT.search(s.text) if noun and kind == "meeting" else None
            if (
                their
                and their.start() < lo + noun.start() < their.end()
                and self._their_summit_body(s, their)
            ):
                continue  # "the battalions the alliance's leaders approved at their summit in
                # Warsaw": the grouping's summit (_their_summit), not the sentence's states'

            that_event = bool(
                noun and kind == "meeting" and _THAT_EVENT.search(clause, 0, noun.start())
            )
            if that_event and any(
                f.kind == "meeting" for f in self.facts
            ):  # "At that meeting, A and B reaffirmed ...": the one told before (but "During that
                if not (MET.search(clause, noun.end()) or nouns.search(clause, noun.end())):
                    continue  # summit, A held talks with B": those talks are a meeting)
                noun = nouns.search(clause, noun.end()) or None
            later = (
                nouns.search(clause, noun.end())
                if noun and kind == "meeting" and _BEFORE_THE.search(clause, 0, noun.start())
                else None
            )
            if later and re.search(
                r"\b(?:held|hold|holds|holding|began|opened)\s+(?:[\w-]+\s+){0,2}$",
                clause[: later.start()],
            ):
                noun = later  # "After the ceremony, the two leaders held talks": the talks
            if (
                noun
                and kind == "meeting"
                and re.fullmatch(r"ceremony", noun.group(), re.I)
                and re.search(r"\b(?:told|addressed)\s+the\s+$", clause[: noun.start()])
                and not re.search(r"\battended\s+by\b", s.text)
            ):
                continue  # "the helicopters were supplied under a contract signed in 2020, the
                # minister told the ceremony": a speaker's audience, no meeting of the states
                # the words name
            if noun and kind == "meeting" and self._attended_only(s, clause, lo, noun):
                noun = nouns.search(clause, noun.end())  # "At the opening ceremony, X held
                if noun is None or not _HELD_BEFORE.search(clause, 0, noun.start()):  # talks
                    continue  # with Y": the talks
            if (
                noun
                and kind == "meeting"
                and _BEFORE_THE.search(clause, 0, noun.start())
                and (
                    MET.search(clause, noun.end())
                    or re.search(r"\b(?:received|hosted|welcomed)\b", clause[noun.end() :])
                )
            ):  # "Earlier on Saturday, before the summit, Biden received Modi": the summit
                noun = None  # only dates the meeting the verb tells
            if not noun and kind == "exercise" and named and lo <= named.start() < hi:
                noun = _name_regex(kind).search(clause)  # "took part in Talisman Sabre 2023"
            verb = self._near_verb(s, clause, lo, noun, verbs) if noun else None
            if (
                verb is not None
                and noun is not None
                and kind == "meeting"
                and verb.start() > noun.end()
                and self.lex.compiled(
                    "meeting.verb_of_an_exercise",
                    lambda: (
                        r"\s+(?:(?:their|its|his|her|the|a|an|first|second|third|joint|annual"
                        r"|naval|military|air|live-fire|large-scale|combined|bilateral)\s+){0,4}"
                        rf"(?:{self.lex.alternation('exercise', 'nouns')})\b"
                    ),
                ).match(clause, verb.end())
            ):  # "The summit came weeks after Russian troops held their first joint exercise":
                verb = None  # the verb's object is the exercise, not the summit
            if (
                verb is None
                and kind == "exercise"
                and named
                and lo <= named.start() < hi
                and noun is not None
                and (other := _name_regex(kind).search(clause))
                and (other.end() <= noun.start() or other.start() >= noun.end())
            ):  # "troops raised the curtain on Cobra Gold 2023 ..., the region's longest-running
                # multinational exercise": the name is what the verb tells
                verb = self._near_verb(s, clause, lo, other, verbs)
                noun = other if verb else noun
            if noun and verb is None and kind == "meeting" and s.text.startswith(", where ", hi):
                after = next((b for a, b in clauses(s.text) if a == hi), hi)
                verb = words("meeting", "outcomes").search(s.text[lo:after], hi - lo)
                # "the ASEAN summit in Jakarta, where leaders discussed ...": it was held
            met = (
                (
                    MET.search(clause)
                    or words("meeting", "frames").search(clause)
                    or _SPOKE_WITH.search(clause)
                    or self._discussed_together(s, clause, lo)
                )
                if (kind == "meeting")
                else None
            )
            if (
                met
                and met.group().lower().startswith("in the presence")
                and not _SIGNED.search(s.text[: lo + met.start()])
            ):
                met = None  # only a signing "in the presence of" leaders is their meeting
            host = None
            if kind == "meeting" and not met and not (noun and verb):
                host = self._host(s, lo, hi)
                met = host[0] if host else None
            if (
                met
                and noun
                and met.group().startswith("met")
                and met.end() <= noun.start()
                and re.search(r"\bthe\s+(?:[\w-]+\s+){0,2}$", clause[: noun.start()])
            ):
                noun, verb = None, None  # "A met B on the sidelines of the summit": their talks
            if (
                met
                and noun
                and noun.end() <= met.start()
                and re.search(r"\bsince\b", clause[noun.end() : met.start()])
            ):
                noun, verb = None, None  # "the first summit since A met B in June 2021": theirs
            if (
                met
                and noun
                and noun.end() <= met.start()
                and re.search(r"\b(?:on|about|over)\s+the\s+$", clause[: noun.start()])
                and re.search(r"\bwhen\b", clause[noun.end() : met.start()])
            ):
                noun, verb = None, None  # "briefed Kang and Kono on the summit when the three
                # met in Seoul": the summit is what they spoke about; their meeting is the one
            if not noun and not met:
                continue
            if kind == "meeting" and noun and not verb and not met:
                verb = self._paired(s, lo, hi, noun)  # "The U.S.-India talks on Tuesday ..."
            if not verb and not met and not (kind == "meeting" and AFTER_TALKS.search(clause)):
                continue
            governor = _governor(clause, noun) if noun else None
            if governor == "undone":
                continue  # "undermining peace talks", "called off the drills"

            if noun and _STALLED.match(clause, noun.end()):
                continue  # "Talks between India and China have stalled": a process, no meeting
            reported = governor == "reported"  # "X condemned the drills": X took no part
            accused = _ACCUSED.search(clause[: noun.start()]) if noun else None
            reported = reported or accused is not None  # "X accused Y of staging drills": Y's
            t0 = min(x.start() for x in (noun, verb, met) if x) + lo
            t1 = max(x.end() for x in (noun, verb, met) if x) + lo
            ahead = re.split(  # (not the main clause after an aside: "The designation,
                r"\b(?:that|which|who)\b|,\s+(?=(?:will|would)\b)",  # announced after the
                s.text[t1 : t1 + 30],  # two leaders met in the Oval Office, will allow")
            )[0]
            since = lo + noun.start() if reported and noun else lo
            after = (
                re.search(r"\b(?:after|following)\s+(?:[\w-]+\s+){0,3}$", clause[: noun.start()])
                if noun and kind == "meeting"
                else None
            )
            speaking = after and re.search(
                r",\s+(?:speaking|talking|commenting)\s+(?:to\s+(?:reporters|journalists)\s+)?$",
                clause[: after.start()],
            )  # ("warned that Moscow would move troops ..., speaking after talks with Niinistö":
            # the talks of the one speaking, held whatever the warning says would happen)
            reporting = (
                (
                    after
                    and re.search(  # "announced on Tuesday that the U.S. will station two
                        r"\b(?:announced|said|told\s+\w+|declared|stated|confirmed)\b[^,;]*?\bthat\b"
                        r"[^;]*,\s*$",  # destroyers at Rota, after talks with Sánchez": the
                        clause[: after.start()],  # announcement's talks, held whatever it says
                    )  # will be done (not talks told as still to come)
                    and not _TALKS_TO_COME.search(s.text, lo + noun.end(), hi)
                )
                or (after and self._sayer_of_own_state(s, lo, clause[: after.start()]))
            )  # ("India will upgrade its mission, Jaishankar said on Friday after talks with X":
            # the talks of the one who said what his state will do)
            if after and (
                speaking or reporting or not _MODAL_BEFORE.search(s.text, lo, lo + after.start())
            ):
                since = lo + after.start()  # "ruled out supplying ammunition after talks with
                # Scholz": the talks were held (but "would approve the bid after talks with
                # Stockholm": they may never be)
            if met and met.group().lower().startswith("after"):
                if (
                    not _PAST_HOSTING.search(s.text[: lo + met.start()])
                    or _LATER.search(s.text)
                    or _EARLIER_TIME.search(_HOSTING_PHRASE.match(s.text, lo + met.start()).group())  # type: ignore[union-attr]
                ):
                    continue  # ("will fly to Berlin next week after hosting Starmer"; "a day
                    # after hosting": another day)
                since = lo + met.start()  # "said the U.S. would sell more arms to India, after
                # hosting Modi at the White House": the hosting took place
            if (
                hedged(s.text, since, t0, t1)
                or _FUTURE.search(s.text[t0:t1] + ahead)
                or _TALKED_OVER.search(s.text, since, t0)
                or (noun is not None and _TALKED_OVER.search(s.text, lo, lo + noun.start()))
            ):  # (but "witnessed the signing of deals that will boost ties" took place; "held
                # talks and discussed joint exercises": the exercises only talked over)
                continue
            if (
                noun
                and verb
                and verb.end() <= noun.start()
                and _SOUGHT.search(clause, verb.end(), noun.start())
                and not re.match(r"(?:met|meet|held|hold)", verb.group(), re.I)
            ):
                continue  # "visited Budapest to press for a quick vote": a vote sought
            if noun and re.search(
                r"\b(?:no|neither)\s+(?:[\w-]+\s+){0,2}$", clause[: noun.start()]
            ):
                continue  # "exchanged a handshake but held no formal talks"
            negated = (
                _NOT_YET.search(clause, noun.end(), verb.start())
                if noun and verb and verb.start() > noun.end()
                else None
            )
            if (
                negated
                and not re.search(
                    r"[,(]|\b(?:which|who|whom|whose|that)\b", clause[noun.end() : negated.start()]
                )
                and re.fullmatch(  # the verb right after ("have not been concluded", not "was
                    r"(?:\s+(?:been|be|yet|formally|officially|fully))*\s*",  # not canceled and
                    clause[negated.end() : verb.start()],  # began")
                )
            ):  # (not an aside's: "Talks between A and B, which had not met since 2014, opened")
                continue  # "talks with Qatar have not been concluded": none were held yet
            if noun and (
                _PLANNED.search(clause[: noun.start()])
                or _DUE_FOR.search(clause[: noun.start()])
                or (
                    verb
                    and verb.start() > noun.end()
                    and _MODAL.search(clause[: verb.start()])
                    and not _FIRST_TO.search(clause[: verb.start()])
                )
            ):
                continue  # "agreed to start joint patrols", "a similar exercise could be held"
            if not verb and _FUTURE_EVENT.search(s.text[t0:hi]):
                continue  # "A follow-up meeting between A and B is scheduled for Monday"
            if (
                _PERFECT.search(clause) or (kind == "meeting" and _TALKS_UNDER_WAY.search(clause))
            ) and not s.first_date():
                continue  # "have held talks for years": no one meeting
            definite = (
                noun
                and re.search(
                    (
                        r"\b[Tt]he"
                        if kind == "exercise" or _HELD_PASSIVE.match(clause, noun.end())
                        else r"\bthe"
                    )
                    + r"\s+(?:[\w-]+\s+)?$",
                    clause[: noun.start()],
                )  # ("The exercise, which runs until May 23, brings together ...": the one told;
                # "The meeting was held at China's request": the one told)
                and not named
                and not (  # "the IBSAMAR exercise": one of its own name
                    noun
                    and (acronym := re.search(r"\b([A-Z][A-Z0-9]{2,})\s+$", clause[: noun.start()]))
                    and not any(
                        s.local(m.start) <= lo + acronym.start(1) < s.local(m.end)
                        for m in s.mentions
                    )
                )
            )
            earlier = [f for f in self.facts if f.kind == kind]
            editions = [f for f in earlier if not _venue_told(f)]
            if (
                earlier
                and noun
                and re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}$", clause[: noun.start()])
                and self._date_event(s, self._opened_event(s, earlier, lo, hi), lo, hi)
            ):
                continue
            if (
                earlier
                and named
                and lo <= named.start() < hi
                and (named.group(1) in earlier[-1].label or "–" in earlier[-1].label)
                and s.start - earlier[-1].evidence[-1].end <= 400
                and all(m.actor in earlier[-1].parties for m in s.actors())
                and self._date_event(s, earlier[-1], lo, len(s.text), earlier=True)
            ):
                continue  # "... the exercise. Exercise Alon, which opened on Aug. 14, ...": its day
            if (
                editions
                and noun
                and self._earlier_edition(s, editions[-1], clause[: noun.start()], lo, hi)
            ):
                continue  # "The first meeting in this format took place in June 2023"
            if kind == "meeting" and noun is not None and _BEGAN_AS.search(clause[: noun.start()]):
                continue  # "The Conclave began in 2011 as a trilateral dialogue between A, B
                # and C": how a format started, no meeting
            own_day = [
                d.value for d in s.dates
                if d.value and noun is not None and 0 <= d.start - (lo + noun.end()) <= 40
                and not re.search(r"[,;]", s.text[lo + noun.end() : d.start])
            ]  # fmt: skip  # the event's own day, in its noun phrase
            if (
                definite
                and earlier
                and kind == "meeting"
                and own_day
                and earlier[-1].date
                and own_day[0][:7] != earlier[-1].date[:7]  # (a day of a two-day meeting is
            ):  # the same meeting)
                definite = False  # "the ASEAN summit in Jakarta earlier this month": not the
                # defence chiefs' meeting in June told before
            opener = re.match(r"\W*In\s+((?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?),", s.text)
            month = _CALENDAR.match(opener.group(1)) if opener else None
            if (
                definite
                and earlier
                and kind == "meeting"
                and opener
                and (
                    (month is None and earlier[-1].location not in (None, opener.group(1)))
                    or (
                        month is not None
                        and earlier[-1].date is not None
                        and (od := s.first_date()) is not None
                        and od[:7] != earlier[-1].date[:7]
                    )
                )
            ):
                definite = False  # "In Bali, where world leaders were attending the G20 summit"
                # after a NATO meeting in Brussels, "In October, Maduro attended the BRICS
                # summit" after May's talks: another meeting
            attended = _ATTENDED.search(clause) if kind == "meeting" else None
            if attended and hedged(s.text, lo, lo + attended.start(), lo + attended.end()):
                attended = None  # "the summit in Vilnius, which both leaders will attend": not
                # yet attended
            if definite and earlier:
                if _JOINED.search(clause) or attended:
                    self._extend_event(
                        s, earlier[-1], t0
                    )  # "forces from X and Y are taking part in the exercise"
                continue
            gathered = met and re.search(
                r"(?:gathered|convened|assembled|voted|ratified|approved|adopted|passed|meeting"
                r"|vote|session|sitting|rejected|authori[sz]ed|extended|renewed)$",
                met.group(),
            )
            if gathered:  # "NATO leaders gathered": only who gathered
                who = [
                    m
                    for m in s.actors(max(0, lo + met.start() - 40), lo + met.start() + 1)
                    if m.kind == "org" or m.form != "demonym"
                ]  # (the name may open the match: "the Bundestag voted")
                actors = unique_actors(who[-1:])
                if (
                    not actors
                    and re.match(r"(?:[Tt]he\s+)?[Pp]arliament\b", met.group())
                    and not re.search(r"\bwhere\s+$", clause[: met.start()])
                    and not re.search(
                        r"\b(?:European|[A-Z][a-z]+(?:an|ian|ish|ese|i))\s+Parliament\b",
                        f"{self.st.previous_text} {s.text}",
                    )
                ):  # (not after "the European Parliament", nor "in Canberra, where Parliament")
                    home = legislature_of().get(self._dateline_state() or "")
                    actors = (home,) if home else ()  # "WELLINGTON — Parliament today passed
                    # the bill": the dateline state's one legislature
                if not actors:
                    continue
            elif host:
                subject = [
                    m for m in s.actors(lo, lo + host[0].start())
                    if not self._possessed_object(s, m)
                ]  # fmt: skip
                hosts = unique_actors(runs(s, subject)[-1]) if subject else ()
                he = re.search(
                    r"\b(?:as|when|while|after|and)\s+(?:he|she)\s+$",
                    s.text[: lo + host[0].start()],
                )
                people = [m for m in s.actors(0, lo + host[0].start()) if m.form == "person"]
                gerund = host[0].group().lower().startswith("after")  # ("..., after hosting
                if (he or gerund) and people:  # Modi at the White House"; "Trump said ... its
                    hosts = (people[0].actor,)  # bid to join the OECD, as he hosted Bolsonaro":
                    # the sentence's person hosts
                actors = tuple(dict.fromkeys((*hosts, *host[1])))
            elif accused:
                actors = unique_actors(s.actors(lo + accused.start("who"), lo + accused.end("who")))
                if not any(
                    f.kind == kind and set(actors) <= set(f.parties) for f in self.facts
                ):  # "Venezuela accused Guyana of staging drills": an allegation, no fact,
                    continue  # unless it names drills the article reported as held
            elif reported and noun:
                said = list(words("events", "reporting_verbs").finditer(clause[: noun.start()]))
                start = said[-1].end() if said else noun.start()  # (the noun's own modifiers
                # name its forces: "condemned China's drills", "criticized the U.S.-South
                # Korean drills")
                actors = self._participants(s, lo + start, hi, t1, t0, kind)
                modifiers = s.actors(lo + start, lo + noun.start())
                if any(re.match(r"['’]s?(?!\w)", s.text[s.local(m.end) :]) for m in modifiers):
                    # "denounced Guyana's joint drills with the United States": Guyana's
                    actors = tuple(dict.fromkeys((*(m.actor for m in modifiers), *actors)))
                refs = group_refs(clause[start : noun.start()])
                if not actors and refs:  # "criticized the allies' annual drills": theirs
                    group = self._group_for(s, lo + start + refs[0][0], refs[0][2])
                    actors = group.actors if group else ()
            else:
                actors = self._participants(s, lo, hi, t1, t0, kind)
                follows = (
                    _FOLLOWS_NAMED.search(s.text, lo, named.start())
                    if named and kind == "exercise" and lo <= named.start() < hi
                    else None
                )
                if follows:  # "The Russian drills follow Super Garuda Shield, the exercise
                    actors = tuple(  # Indonesia co-hosted with U.S. forces": not Russia's
                        a for a in actors
                        if a not in unique_actors(s.actors(lo, follows.start()))
                    )  # fmt: skip
            own = (
                re.search(r"\btheir\s+(?:[\w-]+\s+)?$", clause[: noun.start()])
                if kind == "meeting" and noun and len(actors) < 2
                else None
            )
            theirs = self._group_for(s, lo + own.start(), None) if own else None
            if own and not (theirs and set(actors) < set(theirs.actors)):
                theirs = self.recent_pair(s)
            if theirs and actors and set(actors) < set(theirs.actors):  # "Lula told a joint news
                actors = theirs.actors  # conference after their talks": his and Scholz's
            where_at = (
                re.match(r",?\s*where\s+", s.text[lo:])
                if kind == "meeting"
                and noun
                and re.search(r"\btheir\s+(?:[\w-]+\s+)?$", clause[: noun.start()])
                else None
            )
            where_verb = (
                _MAIN_VERB.search(s.text, lo + where_at.end(), lo + noun.start())
                if where_at
                else None
            )
            where_subject = (
                s.actors(
                    lo + where_at.end(), where_verb.start() if where_verb else lo + noun.start()
                )
                if (where_at and noun)
                else []
            )  # the where-clause's subject
            where_host = (
                where_subject[:1] if len(unique_actors(where_subject)) == 1 else []
            )  # (not "where Lula and
            where_guest = (
                s.actors(0, lo)[:1] if where_host else []
            )  # Milei spoke after their talks")
            if (
                where_host and where_guest and where_host[0].actor != where_guest[0].actor
            ):  # "Scholz began the trip in
                actors = (
                    where_guest[0].actor,
                    where_host[0].actor,
                )  # Argentina, where Fernández ruled out
                # sending weapons to Ukraine after their talks": Scholz's and Fernández's
            reporting = (
                re.search(r"\b(?:said|says|warned|told|stressed|added|insisted|declared)\b", clause)
                if speaking
                else None
            )
            if speaking and reporting and reporting.end() < speaking.start():  # "Putin warned
                speaker = unique_actors(s.actors(lo, lo + reporting.start()))  # that Moscow would
                met = unique_actors(s.actors(lo + after.end(), hi))  # act if Finland joined NATO,
                actors = tuple(dict.fromkeys((*speaker, *met)))  # speaking after talks with
                # Niinistö": the one speaking and whom he met; what he said names no one at the
                # talks
            body_people = (
                [
                    m for m in s.actors(lo, lo + noun.start())
                    if m.kind == "org" and self.orgs[m.key].kind == "international-organization"
                    and re.match(r"\s+(?:[\w-]+\s+)?(?:chiefs|ministers|leaders|heads)\b",
                                 s.text[s.local(m.end) :])
                ]
                if kind == "meeting"
                and noun
                and re.search(r"\b(?:at|during)\s+their\s+(?:[\w-]+\s+)?$", clause[: noun.start()])
                else []
            )  # fmt: skip
            if body_people:  # "agreed by the ASEAN chiefs of defence forces at their meeting in
                actors = (body_people[-1].actor,)  # Nusa Dua": the body's meeting, whoever
                # "their" stood for before
            fronted = _fronted_clause(s, lo)
            opens = (  # ("In August, after Pelosi visited Taipei and held talks with Tsai, China
                fronted.end()  # launched drills": China's subject, not "Tsai, China")
                if fronted and _opens_main_clause(s, fronted, t0, hi)
                else 0
            )
            subject, group_date = (
                self.subject(s, opens, t0)
                if not reported and not body_people and not (speaking and reporting)
                else ((), None)
            )
            referred = any(size for _a, _b, size in group_refs(s.text[lo:t0]))  # ("the two
            # leaders", not "they")
            acted_upon = {
                m.actor
                for m in s.actors(0, t0)
                if _acted_upon(s.text, s.local(m.start)) and not (referred and m.form == "person")
            }  # "EU leaders sanctioned Belarus at a summit": Belarus is no subject (but in "Biden
            # warned Putin, as the two leaders held talks" the warned leader is one of the two)
            absent = {
                m.actor
                for m in s.actors(0, t0)
                if _ABSENT.match(s.text, s.local(m.end))
                or _STANCE_OBJECT.search(s.text, 0, s.local(m.start))
            }  # (nor "expressed solidarity with Cyprus ... at a summit": whom they spoke of)
            subject = tuple(a for a in subject if a not in acted_upon and a not in absent)
            # ("The Maldives also stayed away from a meeting ... attended by India": no subject)
            between = re.match(r"\s+between\s+", clause[noun.end() :]) if noun else None
            if between and kind == "meeting":  # "a virtual summit between Modi and Morrison":
                pair = unique_actors(  # only they, not the clause's other states
                    self.objects(s, lo + noun.end() + between.end(), window=1)
                )
                after = s.text[lo + noun.end() + between.end() :][:40]
                refs = group_refs(after)
                if (
                    not pair
                    and refs
                    and refs[0][0] == 0
                    and (refs[0][2] or 0) >= 2
                    and not re.fullmatch(r"the\s+\w+", after[: refs[0][1]].strip(), re.I)
                ):  # (not "between the two capitals": a noun the group words do not know)
                    group = self._group_for(s, lo + noun.end() + between.end(), refs[0][2], True)
                    pair = group.actors if group else ()  # "talks between the two rivals"
                hosting = re.search(  # "Qatar hosted talks between A and B": Qatar too
                    r"\b(?:hosted|hosts|hosting|co-hosted|organi[sz]ed|convened|brokered|mediated"
                    r"|facilitated)\s+(?:[\w-]+\s+){0,3}$",
                    clause[: noun.start()],
                )
                if len(pair) > 1:
                    actors = tuple(dict.fromkeys((*subject, *pair))) if hosting else pair
                    subject = ()
            of_group = (
                _OF_GROUP_MINISTERS.match(clause, noun.end())
                if noun and kind == "meeting" and not between
                else None
            )
            refs = group_refs(clause[of_group.end() : of_group.end() + 40]) if of_group else []
            if refs and refs[0][0] == 0 and (refs[0][2] or 0) >= 2:
                group = self._group_for(s, lo + of_group.end(), refs[0][2], True)  # type: ignore[union-attr]
                subjects = runs(s, s.actors(lo, lo + noun.start()))  # type: ignore[union-attr]
                host = (  # (the clause's subject, not "Malaysia, which chairs ASEAN, convened")
                    unique_actors(subjects[0])
                    if subjects and _CONVENED.search(clause, 0, noun.start())  # type: ignore[union-attr]
                    else ()
                )  # "Turkey hosted a meeting of the two countries' foreign ministers": Turkey too
                more = re.match(r"\s+and\s", clause[of_group.end() + refs[0][1] :])  # type: ignore[union-attr]
                if group and len(group.actors) == refs[0][2] and not more:  # "a meeting of the
                    actors, subject = tuple(dict.fromkeys((*host, *group.actors))), ()  # four
                    # countries' foreign ministers" (not "of the two countries and China")
                    mediated = _MEDIATED.search(s.text, lo + noun.end(), hi)  # type: ignore[union-attr]
                    if mediated:  # "..., held with Russian mediation": Russia too (a demonym)
                        mediators = [
                            m.actor for m in s.mentions
                            if m.kind in ("nation", "org")
                            and mediated.start() <= s.local(m.start) < mediated.end()
                        ]  # fmt: skip
                        actors = tuple(dict.fromkeys((*actors, *mediators)))
            by = _BY_AGENT.match(s.text, t1)
            if (
                by
                and verb is not None
                and re.search(r"\b(?:not|never|n't)\s+(?:been\s+)?$", clause[: verb.start()])
            ):
                continue  # "The summit was not attended by the leaders of A and B"
            if by and noun and noun.end() + lo <= t1:  # "drills held by X and Y": only they
                others = actors
                agents = (
                    by.end()
                    + (  # "attended by the leaders of X, Y and Z": X, Y and Z
                        people.end() if (people := _PEOPLE_OF.match(s.text[by.end() :])) else 0
                    )
                )
                actors = unique_actors(self.objects(s, agents, window=1) or self._forces(s, agents))
                refs = group_refs(s.text[by.end() : by.end() + 25])
                if not actors and refs and refs[0][0] == 0:  # "by the four countries' navies"
                    group = self._group_for(s, by.end(), refs[0][2], True)
                    actors = group.actors if group else ()
                if _HOSTED.search(s.text[t0:t1]):  # "the exercise hosted by Kazakhstan, ...
                    # with British troops", "the two agreed at talks hosted by Malaysia"
                    actors = tuple(dict.fromkeys((*subject, *actors, *others)))
                elif (
                    kind == "meeting"
                    and verb is not None
                    and verb.group() == "attended"
                    and re.search(
                        r"\b(?:at|told|addressed)\s+(?:the|a|an)\s+(?:(?!that\b)[\w-]+\s+){0,5}$",
                        clause[: noun.start()],
                    )
                ):  # "Biden said at the summit, attended by the leaders of A and B": he was
                    actors = tuple(dict.fromkeys((*subject, *actors)))  # there too (not "Xinhua
                    # said the ceremony was attended by Chinese personnel")
                    handed = _HANDED_TO.search(clause, 0, noun.start())
                    if handed and re.search(r"\b(?:also\s+attended|attended\s+also)\b", clause):
                        gave = self.subject(s, lo, lo + handed.start())[0]  # "Markovic handed
                        # over the document to Shannon at a ceremony ..., which was also
                        got = unique_actors(  # attended by NATO's deputy": the giver and the
                            s.actors(lo + handed.end(), lo + noun.start())  # receiver too
                        )
                        actors = tuple(dict.fromkeys((*gave, *got, *actors)))
                subject = ()
            if (
                not actors
                and kind == "exercise"
                and re.match(r"\s+as\s", clause)
                and not re.search(r"[,;]\s*$", s.text[:lo])
            ):  # "Sailors from A joined forces from B and C as Cope North began": all who joined
                main = max((a for a, _b in clauses(s.text) if a < lo), default=0)
                actors = self._participants(s, main, lo)
            if gathered and len(actors) == 1 and actors[0] in self.orgs:
                home = self.orgs[actors[0]].country  # "Germany's Bundestag voted": a session
                subject = tuple(a for a in subject if a != home)  # of the Bundestag alone
            if (
                kind == "exercise"
                and actors
                and (that := list(_DRILLS_THAT.finditer(s.text, lo, t1)))
                and s.actors(that[-1].end(), t1)
                and not _SENT_TO_DRILLS.search(s.text, lo, that[-1].start())
            ):
                subject = actors  # "protested the exercises that the Russian forces began":
                # the relative clause's subject holds them, not the protester (_participants)
            if len(actors) < 2 or (len(subject) > len(actors) and set(actors) <= set(subject)):
                actors = tuple(dict.fromkeys((*subject, *actors)))  # ("the three countries
                # staged an exercise with U.S. bombers and Japanese jets": all three)
            holders = (
                self._relative_holders(s, lo + noun.end(), hi)
                if kind == "exercise" and noun is not None
                else ()
            )
            if holders and _JOINING.search(clause, 0, noun.start()):  # type: ignore[union-attr]
                actors = tuple(dict.fromkeys((*actors, *holders)))  # "Australia and Japan joined
                # the drills that the United States and the Philippines launched": all four
            elif holders and not (len(holders) == 1 and holders[0] in actors):
                actors = holders  # "a warning over the Freedom Shield exercise that South Korea
                # and the United States began on Monday": theirs, not the warner's (but "forces
                # of six states are in Cartagena for UNITAS, which Colombia opened": all six)
            if kind == "meeting" and noun is not None:
                actors = self._acted_at(s, lo + noun.start(), actors)
            if kind == "meeting":
                actors = self._titled_host(s, lo, hi, actors)
            his = noun and re.search(
                r"\b(?:his|her|(?<!fter )(?<!efore )(?<!hen )(?<!hile )(?-i:[Hh]e|[Ss]he)\s+"
                r"(?:held|began|opened|concluded))\s+"
                r"(?:\w+\s+){0,2}$",
                clause[: noun.start()],
            )  # ("during his talks with Orban", "On Tuesday he held talks with Duda")
            if len(actors) == 1 and his and self.st.last_person not in (None, *actors):
                actors = (self.st.last_person, *actors)  # "during his talks with Orban"
            if len(actors) == 1 and kind == "meeting":
                actors = self._he_and(s, lo, t0, actors)  # "as he and Modi held talks"
            official = any(
                m.form == "person" and m.actor == actors[0] for m in s.actors(lo, t0)
            ) if len(actors) == 1 else False  # fmt: skip  # (a named official visits; not
            # "Iranian negotiators held talks in Vienna": a neutral venue)
            if official and kind == "meeting":
                hosts = [
                    m.key for m in s.mentions
                    if m.kind == "nation" and m.form == "metonym" and m.key != actors[0]
                    and t1 <= s.local(m.start) <= t1 + 4
                    and _HELD_TALKS_IN.search(s.text, 0, s.local(m.start))
                ]  # fmt: skip
                if hosts:  # "Wang Yi held talks in Seoul on reviving diplomacy with Pyongyang":
                    actors = (*actors, hosts[0])  # the capital's government, his hosts
            if (
                kind == "meeting"
                and actors
                and lo > 0
                and (
                    re.match(r",\s+where\s+(?:he|she|they)\b", s.text[lo:t0])
                    if len(actors) == 1
                    else re.match(
                        r",\s+where\s+(?:he|she)\s+(?:(?:had|has)\s+)?(?:[a-z]+ly\s+)?"
                        r"(?:met|joined|attended)\b",
                        s.text[lo:t1],
                    )
                )  # (and "where he met A and B", "where he had joined other leaders at the
                # ASEAN-Australia summit": the three of them)
            ):  # "X visited Manila on Monday, where he met his Philippine counterpart": X's
                who = [  # ("praised Scholz, who travelled to Vilnius, where he met ...": Scholz;
                    w for w in _WHO_CLAUSE.finditer(s.text, 0, lo)  # a "who" clause still open)
                    if "," not in s.text[w.end() : lo]
                ]  # fmt: skip
                named = [
                    m for m in s.actors(0, who[-1].start())
                    if re.fullmatch(r"\W*", s.text[s.local(m.end) : who[-1].start()])
                ] if who else []  # fmt: skip
                visitor = (
                    unique_actors(named[-1:])
                    if named
                    else unique_actors(runs(s, s.actors(0, lo))[0])
                    if s.actors(0, lo)
                    else ()
                )
                if len(visitor) == 1 and visitor[0] not in actors:
                    actors = (visitor[0], *actors)
            if kind == "meeting" and definite and noun.group().lower().endswith("ceremony"):
                signers, signed = self._signers()  # "attended the ceremony": of the last deal
                signers = tuple(  # officials of states meet there, not the companies signing
                    a for a in signers if not (a in self.orgs and self.orgs[a].kind == "company")
                )
                actors = tuple(dict.fromkeys((*signers, *actors)))
                group_date = group_date or signed
            elif kind == "meeting" and self._signed_deal(s.text):
                signers, signed = self._signers()  # "the agreements were signed in the presence
                states = [a for a in signers if a in self.lex.nations]  # of X": the last deal's
                if len(actors) < 2:  # states (no company signing), on the deal's day
                    actors = tuple(dict.fromkeys((*states, *actors)))
                group_date = group_date or signed
            bodies = ("international-organization", "legislature") if gathered else ()
            orgs = [
                a
                for a in actors
                if a in self.orgs and self.orgs[a].kind in ("international-organization", *bodies)
            ]  # "Hungary's parliament voted on Monday": a session of the parliament
            alone = (
                kind == "exercise"
                and len(actors) == 1
                and actors[0] in self.lex.nations
                and actors[0] in subject
                and verb is not None
                and words("exercise", "single_verbs").search(verb.group())
                and (  # a gerund only in a progressive: "has been holding drills" (not "is
                    not verb.group().lower().endswith("ing")  # capable of holding drills")
                    or re.search(
                        r"\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?$", clause[: verb.start()]
                    )
                )
                and noun is not None
                and words("exercise", "single_nouns").search(noun.group())
            )  # "China launched drills around Taiwan": one state's forces
            with_ = _TALKS_WITH.search(clause)  # ("During talks in Beijing with Xi, the two")
            if (
                kind == "meeting"
                and with_
                and not s.actors(0, lo + with_.start())
                and not his
                and not host
            ):
                speaker = self._speaker_after(s, lo + with_.end()) if lo == 0 else None
                they = self._group_after(s, lo + with_.end()) if speaker is None else ()
                if speaker is None and not they:
                    continue  # "issued after talks with A, B and C": who held them is not told
                # "Speaking after talks with his Japanese counterpart, Australia's Richard Marles
                # said": Marles held them; "After talks with Orbán, the two leaders announced": both
                first = (speaker.actor,) if speaker else they
                actors = tuple(dict.fromkeys((*first, *actors)))
            group = self.d.group
            if (
                kind == "meeting"
                and definite
                and not earlier
                and len(actors) == 1
                and group is not None
                and len(group.actors) > 1
                and actors[0] in group.actors
            ):  # "A and B agreed on Sunday ... A told reporters after the talks": A and B's
                actors, group_date = group.actors, group_date or group.date
            if kind == "exercise" and _WATCHED.search(s.text):
                actors = tuple(a for a in actors if not self._watching(s, a))
            if kind == "meeting":  # states and their bodies meet; a company signing or
                # attending is no party to a meeting (the annotation guidelines' convention)
                actors = tuple(
                    a for a in actors if not (a in self.orgs and self.orgs[a].kind == "company")
                )
            body = (  # (not "Lammy and Sybiha met after a meeting of NATO ministers": theirs)
                self._body_meeting(s, lo + noun.end())
                if kind == "meeting"
                and noun
                and not _OWN_TALKS_BEFORE.search(clause, 0, noun.start())
                else None
            )
            if kind == "meeting" and not body and _MEMBERS_UNNAMED.search(clause):
                named = [  # "The European Union launched a mission, as foreign ministers of
                    m.actor  # the 27 member states met in Brussels": the union's session
                    for m in s.actors(0, lo)
                    if m.kind == "org"
                    and m.actor in self.orgs
                    and self.orgs[m.actor].kind == "international-organization"
                ]
                body = named[-1] if len(set(named)) == 1 else None  # (one body: not "The EU
                orgs = [body] if body else orgs  # and NATO issued ...")
            if body:  # "telling reporters after a meeting of EU foreign ministers": the
                actors = (body,)  # body's session, not whom the sentence's subject backed
            if kind == "exercise" and not actors and noun is not None:
                actors = self._exercise_owner(s, lo + noun.start())  # "the ninth edition of
                # the Pakistan Navy's biennial multinational exercise": Pakistan holds it
            if kind == "exercise" and not actors and noun is not None:
                actors = self._relative_group(s, lo + noun.end(), hi)
            lone = (  # "Sweden's largest exercise got under way on Monday": partners may follow
                kind == "exercise"
                and (
                    (len(actors) == 1 and actors[0] in self.lex.nations)
                    or (not actors and _MANY_STATES.search(s.text) is not None)
                    or (
                        not actors
                        and named is not None
                        and lo <= named.start() < hi
                        and verb is not None
                        and words("exercise", "start_verbs").search(verb.group()) is not None
                    )  # "Arctic Challenge Exercise 2017 began on Monday from three
                    # bases: Rovaniemi in Finland, Luleå in Sweden and Bodø in Norway": its hosts
                    # ("The active phase of the Tsentr-2019 exercise began on Monday": partners
                    # the next sentence names)
                )  # "Twenty-nine nations began the largest maritime exercise"
                and not orgs
                and not alone
                and noun is not None
                and not reported
            )
            if len(actors) < 2 and not orgs and not alone and not lone:
                continue
            asides = [
                (m.start(), m.end())
                for m in (*ASIDE.finditer(s.text), *SINCE.finditer(s.text))
                if not m.start() <= t0 < m.end()
                and not (kind == "exercise" and _SINCE_DAY.match(m.group()))
            ]  # fmt: skip  # ", who arrived on Sunday,", "since ... in May": another event's
            # (but drills "under way since Sunday" began on Sunday)
            parts = clauses(s.text)
            here = next((i for i, (a, b) in enumerate(parts) if a <= t0 < b), -1)
            where = here > 0 and s.text.startswith(", where ", parts[here][0])
            others = [  # clauses that report an event of their own ("while X held drills"),
                # not the one a ", where" clause tells more of ("the summit last August,
                # where the leaders held talks")
                (a, b) for i, (a, b) in enumerate(parts)
                if i != here and not (where and i == here - 1)
                and _event_nouns().search(s.text[a:b])
            ]  # fmt: skip
            quoted = [  # (what a quotation says of time dates no event outside it; none
                (a, b)  # paired when a quotation runs on from the sentence before)
                for a, b in (quote_spans(s.text) if s.text.count('"') % 2 == 0 else [])
                if b - a > 20 and not a <= t0 < b
            ]
            dated = [
                d for d in s.dates
                if d.value and not END_DATE.search(s.text[: d.start])
                and not (d.start > t1 and RELATIVE_CLAUSE.search(s.text[t1 : d.start]))
                and not (
                    d.start > t1
                    and (
                        DOCUMENT_SIGNED_DATE.search(s.text, t1, d.start)
                        or DOCUMENT_OF_DATE.search(s.text, t1, d.start)
                    )
                )  # ("under a framework arrangement the two governments signed in June", "the
                # Lancaster House defence treaty of November 2010": the document's date)
                and not any(a <= d.start < b for a, b in asides)
                and not any(a <= d.start < b for a, b in others)
            ]  # fmt: skip
            quoted_days = [d.value for d in dated if any(a <= d.start < b for a, b in quoted)]
            dated = [d for d in dated if not any(a <= d.start < b for a, b in quoted)]
            after_at = s.text.rfind(", after ", 0, t0)
            if "," in s.text[after_at + 2 : t0]:
                after_at = -1  # ("In March, after a clash on Feb. 28, the ministers met")
            then = _AND_THEN.search(s.text, 0, t0)  # "arrived on Thursday and on Friday held
            joined = max(s.text.rfind(", and ", 0, t0), after_at, then.start() if then else -1)
            if joined > 0:
                own = [d for d in dated if d.start > joined]
                dated = own or dated  # "In August, the two agreed to X, and Lapid met Erdogan
                # in New York last month": the date of the clause that tells the meeting (also
                # "a ceasefire that takes effect on Aug. 4, after the ministers met on Tuesday")
            starts = [d.value for d in dated]
            if reported and noun:  # the date of the report is not the event's
                starts = [
                    d.value for d in s.dates if d.value and d.start > lo + noun.start()
                    and not END_DATE.search(s.text[: d.start])
                ]  # fmt: skip
            # "an exercise that began on Friday", "a summit that opened on Tuesday"
            relative = self._relative_start(s, lo + noun.end(), kind == "meeting") if noun else []
            starts = relative or starts
            starts = when_date(s, t0) or starts
            later = [  # "crossed on 12 September and the next day met Putin": the next day
                d.value for d in s.dates
                if d.value and 0 <= t0 - d.end <= 30 and DAY_AFTER.search(d.text)
            ]  # fmt: skip
            starts = later[-1:] + starts
            year_only = not starts and _YEAR_ONLY.search(SINCE.sub("", s.text))
            # "met Macron in Rome on October 29" in an article without a date: the day is
            # told but cannot be resolved, so it is not the date of another event
            unresolved = any(
                d.value is None and not any(a <= d.start < b for a, b in (*asides, *others))
                for d in s.dates
            )  # fmt: skip
            told = (starts[0] if starts else None) or self._relative_day(s) or group_date
            own_day = [  # the talks' own "on Nov. 6", in their clause (not "ahead of a Jan. 31
                d.value for d in dated  # deadline", nor "and on Jan. 31 he flew home"; "on
                if d.start > t0  # Monday, Nov. 4": the date after the weekday)
                and (
                    d.text.lower().startswith("on ")
                    or re.search(r"\bon\s+(?:\w+day,\s*)?$", s.text[: d.start])
                )
                and not re.match(r",\s*[A-Z][a-z]{2,8}\.?\s+\d", s.text[d.end :])
                and not re.search(r"\band\s+(?![A-Z])", s.text[t0 : d.start])
                and not re.search(r",", _WEEKDAY_COMMA.sub("", s.text[t0 : d.start]))
            ]  # fmt: skip
            finer = [
                v for v in (*starts, *own_day)
                if told and len(told) == 7 and v and v[:7] == told and len(v) > 7
            ]  # fmt: skip
            told = finer[0] if finer else told  # "Earlier this month, at a summit ... on July 5"
            # ("his visit earlier this month, when he held talks with Xi on Nov. 6": Nov. 6)
            offset = _DAYS_BEFORE_EVENT.search(s.text, 0, lo + noun.start()) if noun else None
            if (
                offset
                and told
                and len(told) == 10
                and any(d.value == told and d.end <= offset.start() for d in dated)
                and not any(d.value and d.start > offset.end() for d in s.dates)
            ):  # "hosted leaders on Sunday, two days after Zelensky's meeting with Trump":
                n = COUNTS[offset.group(1).lower()]  # that meeting was two days before Sunday
                sign = -1 if offset.group(2).lower() == "after" else 1
                told = shift_day(told, sign * n)
            if (
                not told
                and noun
                and re.search(r"\b(?:the|their)\s+(?:\w+\s+)?$", clause[: noun.start()], re.I)
                and not earlier
                and not unresolved
                and self.st.last_date
                and len(self.st.last_date) == 10
                and self.st.last_date_paragraph == s.paragraph
            ):  # "the request was made on Sunday at the first meeting ... The talks were held
                told = self.st.last_date  # in Malé": the day the paragraph just told
            if (
                not told
                and kind == "meeting"
                and _THEN.search(s.text[lo:t0])
                and not unresolved
                and self.st.last_date
                and len(self.st.last_date) == 10
                and self.st.last_date_paragraph == s.paragraph
            ):  # "In Paris on Monday, A and B pledged ... He then flew to London for talks":
                told = self.st.last_date  # the day just told
            visit = self.st.visit_day
            if not told and kind == "meeting" and visit and visit[1] == s.index - 1:
                told = visit[0]  # "... a visit to Budapest on Friday by Kristersson. After talks
                # with Orbán, the two leaders announced": Friday's talks
            visit = self.st.visit_when
            if (
                not told
                and kind == "meeting"
                and visit
                and visit[1] == s.index - 1
                and (
                    re.match(
                        r"\s*(?:[Dd]uring|[Oo]n)\s+(?:that|the|this|his|her)\s+visit\b", clause
                    )
                    or (
                        re.match(r"\s*[Dd]uring\s+talks\s+with\b", clause)
                        and not any(lo <= d.start < hi for d in s.dates)
                        and not _YEAR_ONLY.search(clause)
                    )  # ("During talks with Vietnam last year": another time)
                )
            ):
                told = visit[0]  # "... a visit to Kathmandu in March by Chang. During that visit
                # Chang held talks with Dahal": March (also "During talks with Dahal, Chang ...")
            if not told:  # "Only hours before Tuesday's attack, A and B had held a joint drill":
                told = next(  # that Tuesday
                    (
                        d.value
                        for d in s.dates
                        if d.value
                        and len(d.value) == 10
                        and re.search(r"\b(?:hours|minutes)\s+before\s+$", s.text[: d.start])
                    ),
                    None,
                )
            visitor = (
                _VISITOR_HELD.search(s.text, 0, t0) if kind == "meeting" and not told else None
            )
            near = [
                d.value for d in s.dates
                if visitor and d.value and visitor.start() - 60 <= d.end <= visitor.start()
            ]  # fmt: skip
            if near:  # "signed a pact in November 2014, during a visit to Islamabad by Shoigu,
                told = near[-1]  # who held talks with Pakistan's military": the visit's talks
            before = self.st.previous
            if (
                not told
                and that_event
                and before is not None
                and before.index == s.index - 1
                and before.first_date()
                and (told_at := list(nouns.finditer(before.text)))
            ):  # "... at a ministerial meeting in Reykjavik in May last year. On the sidelines
                own_days = [  # of that meeting, Blinken and Lavrov held talks": that meeting's
                    d.value for d in before.dates  # day (told after its noun) and place
                    if d.value and d.start >= told_at[-1].start()
                ]  # fmt: skip
                told = own_days[0] if own_days else before.first_date()
                that_place = self._location(before, told)
            else:
                that_place = None
            # "... after Tsai met McCarthy", ", days after Trump hosted Khan": an event before the
            # one the sentence tells, on a day it does not give
            earlier_event = re.match(
                r"\s*(?:(?:(?:only|just|barely|mere|a\s+few|several|some)\s+)?(?:days|weeks|months)"
                r"\s+)?after\s",
                clause,
            )
            if earlier_event and "," in s.text[lo + earlier_event.end() : t0]:
                earlier_event = None  # ("flew to Suva, days after being sworn in, and held talks")
            main_day = s.first_date(0, lo) if earlier_event else None
            if (
                earlier_event
                and (
                    _VAGUELY_BEFORE.search(s.text, 0, lo)
                    or earlier_event.group().strip() != "after"
                )
                and told in (main_day, self.article_date)
            ):
                told = None  # "Japan said on Tuesday it had protested, only days after Abe met
                # Putin": not Tuesday, and no day the sentence gives
            around = self.around_event_day(s) if kind == "meeting" else None
            if around:  # "... met on Friday. Before the summit, A and B met aboard a destroyer":
                told = around  # the summit's day (not one the sentence before counted back to)
            date = told or (
                None
                if year_only or reported or unresolved or earlier_event
                else self._story_date(actors)
                or self._sidelines_date(clause, actors)
                or next((d for d in quoted_days if len(d) == 10), None)  # (a day only a
                # quotation told: '"We agreed on Tuesday ...", Lavrov said')
                or self.st.lede_date
                or self.article_date
                or self.st.last_date
            )
            date = _first_day(s.text, date, clause)
            if (
                kind == "exercise"
                and verb is not None
                and words("exercise", "end_verbs").search(verb.group())
                and not _span(s.text, clause)
                and not (date and len(date) == 7)  # ("completed Fraterno last month": its month)
            ):
                date = None  # "wrapped up the drills on Friday": the start is not told
            if (
                kind == "exercise"
                and noun is not None
                and re.search(
                    r"\b(?:arrived|arrives|arriving|landed|lands|flew|deployed)\b[^.;]{0,60}?"
                    r"\bfor\s+(?:the|a|an|this|their|its)\s+(?:[\w-]+\s+){0,3}$",
                    clause[: noun.start()],
                )
                and not re.search(
                    r"\b(?:began|begin|begins|started|opened|kicked\s+off)\b",
                    s.text[lo + noun.end() :],
                )  # (but "... for the drill and began training the same day" dates it)
            ):  # "About 70 Russian troops arrived in Pakistan on Friday for the drill": the day
                date = told = None  # they came, not the drill's
            if (
                kind == "exercise"
                and noun is not None
                and re.search(
                    r"\b(?:final|closing|concluding|last)\s+(?:stage|phase|day|part|leg)\s+of\s+"
                    r"(?:the\s+)?(?:[\w'’\"“”-]+\s+){0,4}$",
                    clause[: noun.start()],
                )
            ):  # "attended today the final stage of the North Thunder exercise": not its start
                date = told = relative[0] if relative else None  # (but "which began on March 1"
                # is)
            trigger = (noun or met).group().strip().lower()  # type: ignore[union-attr]
            trigger = re.sub(r"^after\s+(?:hosting|receiving)$", "hosted", trigger)  # ("..., after
            # hosting X")
            if gathered and re.search(
                r"(?:voted|ratified|approved|adopted|passed|rejected|authori[sz]ed|extended|renewed)$",
                trigger,
            ):
                trigger = "vote"
            elif re.search(r"\b(?:signing|presence)\b", trigger):
                trigger = "signing"
            elif trigger.endswith("discussed"):
                trigger = "talks"  # "Merz and Tusk discussed migration"
            remote = (
                re.search(r"\b(video|virtual|online)\s+$", s.text[lo : lo + noun.start()])
                if noun and kind == "meeting"
                else None
            )
            if remote and re.search(
                r"\b(?:after|since|following|before)\b[^,]*$", clause[: noun.start()]
            ):
                remote = None  # ("met in Tokyo, a month after the two held a video summit")
            if remote and trigger in ("summit", "meeting", "talks", "conference"):
                trigger = f"{remote.group(1)} {trigger}"  # "during a video summit": no place
            since = (
                _LATER_CLAUSE.search(s.text, lo + noun.end(), hi)
                if noun and kind == "exercise"
                else None
            )
            if since:  # "staged drills near Taiwan on Aug. 19, after Taiwan's vice president
                before = {m.actor for m in s.actors() if s.local(m.start) < since.start()}
                kept = tuple(a for a in actors if a in before)  # stopped over in the United
                actors = kept or actors  # States": what prompted them names no participant
            theirs = (
                _AT_THEIR.search(s.text, 0, lo + noun.start())
                if noun and kind == "meeting"
                else None
            )
            pair = unique_actors(s.actors(theirs.start("who"), theirs.end("who"))) if theirs else ()
            if len(pair) > 1:  # "the Panmunjom Declaration that Kim and South Korean President
                guests = [  # Moon Jae-in signed at their April 27 summit": those two (and a guest:
                    m.actor  # "at their meeting with U.S. President Joe Biden")
                    for m in s.actors(lo + noun.end(), hi)
                    if _WITH_BEFORE.search(s.text, lo + noun.end(), s.local(m.start))
                ]
                actors = tuple(dict.fromkeys((*pair, *guests)))
            if kind == "meeting":
                actors = self._with_at_side(s, actors)
            # (a second exercise of the sentence is the one named from its clause on)
            label = (
                self._event_name(s.text[lo:] if again else s.text, kind)
                or (self._bare_name(s, lo, hi) if kind == "exercise" else None)
                or f"{'–'.join(actors)} {trigger}"
            )
            year = re.search(r"(?:^|[\s-])((?:19|20)\d\d)$", label) if kind == "exercise" else None
            if year and date and len(date) == 7 and date[:4] != year.group(1):
                date = year.group(1) + date[4:]  # "Last year's Tsentr-2019 exercise was held in
                # September": the September of its name's year
            fact = Fact(
                kind,
                label,
                parties=actors,
                date=date,
                location=(
                    that_place
                    or (self._place_after(s, lo + noun.end()) if noun else None)
                    or self._location(s, date)
                )
                if kind == "meeting"
                else None,
                evidence=[self.evidence(s, f"{kind}.noun-verb", 0.7)],
            )
            rel = _WHICH_THEY_BEGAN.match(s.text, lo + noun.end()) if noun else None
            doers = unique_actors(s.actors(rel.start("who"), rel.end("who"))) if rel else ()
            if rel and doers and kind == "exercise":  # "the Max Thunder exercise, which U.S. and
                at = lo + noun.start()  # South Korean forces launched on Friday": theirs (and
                speakers = {  # those named joining it), not the speaker's
                    m.actor for m in s.actors(0, at)
                    if _SAID_BEFORE.search(s.text, s.local(m.end), at)
                }  # fmt: skip
                kept = [a for a in fact.parties if a not in speakers and a not in doers]
                fact.parties = tuple(dict.fromkeys((*kept, *doers)))
                day = [
                    d.value for d in s.dates if d.value and rel.end("who") <= d.start < rel.end()
                ]
                fact.date = day[0] if day else fact.date  # on that day
            prev = self.facts[-1] if self.facts else None
            if (
                lone
                and not actors
                and named is not None
                and re.fullmatch(r"\W*(?:[Tt]he\s+)?", s.text[: named.start()])
                and prev is not None
                and prev.kind == "exercise"
                and 0 <= s.start - prev.evidence[-1].end <= 400
            ):  # "... kicked off its International Maritime Exercise on Monday. IMX 2022, which
                return  # runs for 18 days, brings together forces from 60 countries": that one
            if lone:  # held back until a sentence names the partners ("units from A and B
                self.st.lone_exercise = (fact, len(self.facts))  # are taking part")
                if not told:
                    self.st.undated.add(id(fact))
                return
            held, facts_then = self.st.lone_exercise or (None, -1)
            if (
                kind == "exercise"
                and held is not None
                and len(self.facts) == facts_then
                and noun is not None
                and (
                    re.search(r"\b[Tt]he\s+(?:[\w,.'’-]+\s+){0,4}$", clause[: noun.start()])
                    or (
                        unnamed(fact.label)
                        and not any(d.value for d in s.dates)
                        and not _OTHER_DRILL.search(s.text)
                        and _JOINING_NEXT.search(s.text) is not None
                    )  # "Alongside U.S. and Romanian units, forces from Poland are among those
                )  # rehearsing live-fire maneuvers": undated, the drills of the one held back
                and (unnamed(fact.label) or fact.label == held.label)
                and s.start - held.evidence[-1].end <= 400
            ):  # "Troops from 19 nations began Saber Strike 18 on Sunday. The U.S.-led exercise
                # brings together forces from ...": the exercise held back, with its partners
                held.parties = tuple(dict.fromkeys((*held.parties, *actors)))
                if held.label.startswith(" "):  # (held back before any state was named)
                    held.label = "–".join(held.parties) + held.label
                held.evidence.append(self.evidence(s, f"{kind}.participants", 0.7))
                self.st.lone_exercise = None
                self.emit(held)
                return
            prev = self.facts[-1] if self.facts else None
            if (
                kind == "exercise"
                and prev is not None
                and prev.kind == "exercise"
                and noun is not None
                and re.search(r"\b[Tt]he\s+(?:[\w,.'’-]+\s+){0,4}$", clause[: noun.start()])
                and {a for a in actors if a in self.lex.nations} <= set(prev.parties)
                and any(a in self.lex.nations for a in actors)
                and not any(d.value for d in s.dates)
                and 0 <= s.start - prev.evidence[-1].end <= 400
            ):  # "The United States and the ten member states of ASEAN began their first
                # maritime exercise on Monday. The ASEAN-U.S. Maritime Exercise involves ships
                # from Brunei, Thailand and the United States.": the one told, some of its parties
                prev.evidence.append(self.evidence(s, f"{kind}.participants", 0.7))
                return
            if kind == "meeting" and (
                _NEXT_EVENT.search(s.text[lo:t0])
                or re.match(r"\s*separately\b", s.text[t1:])  # "met separately"
                or AROUND_THE_EVENT.match(s.text)  # "Before the dialogue, A and B met": another
                or self._others_also(s, lo, t0, fact)
            ):
                fact.distinct = True  # "He then held talks with ...": a second meeting that day
            hosts = [a for a in subject if a in actors]
            if (
                kind == "meeting"
                and len(hosts) == 1
                and len(actors) > 2
                and (
                    re.search(r"\bseparate(?:ly)?\b", s.text[lo : t1 + 12])
                    or (
                        re.match(r"(?:spoke|spoken|talked|phoned|telephoned)\b", trigger)
                        and not _JOINT_CALL.search(s.text)
                    )  # "had spoken with Netanyahu and Mikati earlier in the day": a call each
                    or (  # "talks with Swaraj and with Qureshi" (but "with A in Kyiv on
                        _WITH_AND_WITH.search(s.text, lo, hi)  # Wednesday and with B in Warsaw
                        and sum(lo <= d.start < hi for d in s.dates) < 2  # on Thursday": each
                    )  # its own day, not told apart here)
                )
            ):  # "Biden held separate talks with Sisi and with Mohamed bin Zayed": one each
                guests = tuple(a for a in actors if a != hosts[0])
                for guest in guests:
                    pair = (hosts[0], guest)
                    self.emit(replace(fact, label=f"{'–'.join(pair)} {trigger}", parties=pair))
                self.d.remember(Group(guests, fact.date))  # ("He urged both sides": the two)
                return
            if (
                kind == "meeting"
                and len(hosts) == 1
                and self._met_apart(s, fact, hosts[0], t1, hi, trigger)
            ):
                return
            apart = _SEPARATE_DRILL.search(s.text, lo) if kind == "exercise" else None
            later = {
                m.key for m in s.mentions
                if apart and m.kind == "nation" and s.local(m.start) >= apart.end()
            }  # fmt: skip
            if apart and len(actors) >= 3 and later and actors[0] not in later:
                # "bombers flew with South Korean jets, and then in a separate drill with
                # Japanese jets": the lead's two drills
                first = tuple(a for a in actors if a not in later)
                second = (actors[0], *(a for a in actors if a in later))
                if len(first) >= 2:
                    self.emit(replace(fact, label=f"{'–'.join(first)} {trigger}", parties=first))
                    fact = replace(fact, label=f"{'–'.join(second)} {trigger}", parties=second)
                    fact.evidence = list(fact.evidence)
            self.emit(fact)
            if not told and kind == "exercise":
                self.st.undated.add(id(fact))
            if kind == "exercise" and (both := self._named_pair(s, fact.label, lo, hi)):
                self.emit(replace(fact, label=both, evidence=list(fact.evidence), distinct=True))
                # "began Key Resolve and Foal Eagle 2016, their annual exercises": both
            began = _WHICH_BEGAN.search(s.text, t1) if kind == "exercise" else None
            if began and began.start() - t1 <= 80 and fact.date is None:  # "wrapped up their
                # Joint Sea-2021 exercise ..., which started on Oct. 14": the day it began
                undated = id(fact) in self.st.undated
                self.st.undated.add(id(fact))
                if not self._date_event(s, fact, began.start(), len(s.text)) and not undated:
                    self.st.undated.discard(id(fact))
            that = _THAT_BEGAN.search(s.text, t1) if kind == "exercise" else None
            if (
                that
                and that.start() - t1 <= 160
                and id(fact) in self.st.undated  # (not a day the sentence told: "held drills on
                and fact.date  # Thursday in response to war games that began on Monday")
                and len(fact.date) == 10
                and not _OTHER_EVENT_NOUN.search(s.text, t1, that.start())
            ):  # "are holding their largest exercise, a drill involving 7,500 troops ... that
                day = s.first_date(that.start(), that.end() + 12)  # began on Monday": that day
                if day and day < fact.date and _days_apart(fact.date, day) <= 14:
                    fact.date = day
            month = _THAT_BEGAN_IN.search(s.text, t1) if kind == "exercise" else None
            if (
                month
                and month.start() - t1 <= 120
                and s.first_date(0, month.start()) is None  # (no day of the sentence's own)
                and not re.search(
                    r"\b(?:war|crisis|visit|talks|summit|invasion|response|reply|after|following"
                    r"|citing|amid)\b",
                    s.text[t1 : month.start()],
                )
            ):  # "joined ... in Exercise Kowari, a survival skills exercise that began in the
                began_in = s.first_date(month.start(), month.end() + 20)  # Northern Territory in
                if (  # late August": that month (within the year before)
                    began_in
                    and len(began_in) == 7
                    and fact.date
                    and began_in < fact.date[:7]
                    and _months_apart(fact.date, began_in) <= 12
                ):
                    fact.date = began_in
            other = _name_regex(kind).search(s.text, hi) if kind == "exercise" else None
            if other and self._is_name(other.group(1)) and other.group(1) != fact.label:
                named, again = other, True  # "A and B held Exercise X, while C took part in
                continue  # Exercise Y": Y too
            if kind == "meeting" and _AND_MET.match(s.text, hi):
                continue  # (a second meeting on its own day: see _event_clauses)
            return

    def _acted_at(self, s: Sentence, pos: int, actors: tuple[str, ...]) -> tuple[str, ...]:
        """A grouping's meeting named in an opening phrase ("At the SCO summit in Tashkent in
        June, India and Pakistan signed memorandums"): the grouping and the states that act at
        it took part, with ``actors``; ``actors`` alone when the meeting is in no such phrase.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "At the SCO summit in Tashkent in June, India and Pakistan signed memorandums."
            >>> [f.parties for f in extract_text(t, date="2016-09-01").facts if f.kind == "meeting"]
            [('Shanghai Cooperation Organisation', 'IND', 'PAK')]
        """
        opener = _SETTING_OPENER.match(s.text)
        if opener is None or pos >= opener.end():
            return actors
        groupings = [m.key for m in s.actors(0, pos) if self._grouping(m)]
        run = next(iter(runs(s, s.actors(opener.end(), len(s.text)))), [])
        if (
            not groupings
            or not run
            or s.local(run[0].start) > opener.end() + 4
            or not re.match(ACTED, s.text[s.local(run[-1].end) :])
        ):
            return actors
        states = [a for a in unique_actors(run) if a in self.lex.nations]
        return tuple(dict.fromkeys((groupings[-1], *actors, *states)))

    def _attended_only(self, s: Sentence, clause: str, lo: int, noun: re.Match[str]) -> bool:
        """True when the ceremony noun in ``clause`` (starting at local ``lo``) marks an
        anniversary, a handover, a commissioning, an opening or a launch that officials only
        attended: no signing, no exchange of documents and no talks, so no meeting.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Austin joined Ishiba at a ceremony marking the 80th anniversary of the battle."
            >>> [f for f in extract_text(t, date="2025-03-29").facts if f.kind == "meeting"]
            []
        """
        if (
            not noun.group().lower().endswith("ceremony")
            or MET.search(clause)
            or _SIGNING_WORDS.search(s.text)
            or re.search(r"\b(?:discuss\w*|talks)\b", s.text)
        ):
            return False
        start, end = lo + noun.start(), lo + noun.end()
        if _OTHER_CEREMONY.search(s.text, max(0, start - 30), _phrase_end(s.text, end)):
            return True  # "a ceremony marking the transfer of a C-130H"
        recent = self.st.told[-400:]  # "... attended the ceremony": the one told just before
        return bool(
            re.match(r"the\s", clause[max(0, noun.start() - 4) : noun.start()], re.I)
            and _OTHER_CEREMONY.search(recent)
            and not _SIGNING_WORDS.search(recent)
        )

    def _body_meeting(self, s: Sentence, pos: int) -> str | None:
        """The international body whose members a meeting noun ending at local ``pos`` names
        ("a meeting of EU foreign ministers", "a summit of NATO leaders"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Borrell backed Vilnius, speaking after a meeting of EU foreign ministers "
            ...      "in Luxembourg on Monday.")
            >>> [f.parties for f in extract_text(t, date="2022-06-22").facts if f.kind == "meeting"]
            [('European Union',)]
        """
        of = _OF_BODY_MEMBERS.match(s.text, pos)
        if of is None or not _SETTING_NOUN.search(s.text, 0, pos):
            return None  # (not "chaired a video call of G7 leaders": the chair takes part; nor
            # "met Wang Yi on the sidelines of a meeting of ASEAN ministers": their own talks)
        body = next(
            (m for m in s.mentions if s.local(m.start) == of.end() and m.kind == "org"), None
        )
        if body is None or self.orgs[body.key].kind != "international-organization":
            return None
        return body.key if _MEMBERS_AFTER.match(s.text, s.local(body.end)) else None

    def _sidelines_date(self, clause: str, actors: tuple[str, ...]) -> str | None:
        """The day of the event told last that talks "on the sidelines of the inauguration" (or
        "of the exercise", "of the summit") name: an exercise or meeting as the noun says, one of
        the same parties first.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("NEW DELHI, April 14, 2025 - The exercise of India and Tanzania began on "
            ...      "Sunday. On the sidelines of the inauguration, India's defence minister held "
            ...      "talks with Tanzania's defence minister.")
            >>> [f.date for f in extract_text(t).facts if f.kind == "meeting"]
            ['2025-04-13']
        """
        told = _SIDELINES_OF_TOLD.search(clause)
        if told is None:
            return None
        noun = (told.group("noun") or "meeting").lower()
        opening = noun in ("inauguration", "opening", "ceremony")
        kinds = (
            ("exercise",)
            if noun.startswith(("exercise", "drill"))
            else ("meeting", "exercise")
            if opening
            else ("meeting",)
        )
        dated = [f for f in self.facts if f.kind in kinds and f.date and len(f.date) == 10]
        if opening:  # the event told as opening
            opened = [f for f in dated if any(_OPENED.search(e.text) for e in f.evidence)]
            dated = opened or dated
        if told.group("noun") is None and dated:  # bare "On the sidelines": of the latest
            wide = [  # gathering told (not a two-way meeting, nor an older one recalled)
                f for f in dated
                if len(f.parties) > 2 or any(p in self.orgs for p in f.parties)
            ]  # fmt: skip
            return max(f.date for f in (wide or dated) if f.date)
        shared = [f for f in dated if set(f.parties) & set(actors)]
        return (shared or dated)[-1].date if (shared or dated) else None

    def _story_date(self, actors: tuple[str, ...]) -> str | None:
        """The day of the last fact of the same parties, for an event told without a date:
        "The two countries on Friday signed a framework. [...] Their ministers sealed it after a
        meeting on the sidelines" is Friday's meeting, not one on the day of the article."""
        for fact in reversed(self.facts):
            parties = set(fact.parties)
            if fact.kind == "stance" and fact.type == "pledges-cooperation" and fact.target:
                parties.add(fact.target)  # "X and Y pledged on Friday to deepen ties"
            elif fact.kind not in ("agreement", "meeting"):
                continue
            if parties == set(actors) and fact.date and len(fact.date) == 10:
                return fact.date
        return None

    def _earlier_edition(self, s: Sentence, event: Fact, before: str, lo: int, hi: int) -> bool:
        """ "The first meeting in this format took place in Singapore in June 2023": an earlier
        edition of the event just reported, of the same participants, on its own date."""
        if not re.search(
            r"\b[Tt]he\s+(?:first|previous|inaugural|last)\s+(?:[\w-]+\s+)?$"
            r"|\blast\s+(?:held|hosted|convened|staged)\s+(?:the|their|its|a)\s+(?:[\w-]+\s+)?$",
            before,
        ):  # (or "The two countries last held the dialogue in April 2022")
            return False
        return self._emit_earlier(s, event, lo, hi)

    def _emit_earlier(self, s: Sentence, event: Fact, lo: int, hi: int) -> bool:
        """Emit the earlier edition of ``event`` dated in ``s[lo:hi]``, if dated before it; its
        participants are the states the clause names, when it names more than one.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "MINSK, Sept. 10, 2021 — Russia, Belarus and Kazakhstan began the Zapad-2021 "
            >>> t += "exercise on Friday. The previous Zapad exercise, held in September 2017, "
            >>> t += "also brought together Russian and Belarusian forces."
            >>> [(f.parties, f.date) for f in extract_text(t).facts if f.kind == "exercise"][-1]
            (('RUS', 'BLR'), '2017-09')
        """
        dated = [d.value for d in s.dates if d.value and lo <= d.start < hi]
        if not dated or dates_compatible(dated[0], event.date) or (event.date or "") < dated[0]:
            return False
        joined = _JOINED_FORCES.search(s.text, lo, hi)  # (not "drew protests from A and B")
        own = (
            unique_actors([
                m for m in s.mentions
                if m.kind == "nation" and m.form != "person"
                and joined.end() <= s.local(m.start) < hi
            ])
            if joined
            else ()
        )  # fmt: skip
        self.emit(
            Fact(
                event.kind,
                f"earlier {event.label}",
                parties=own if len(own) > 1 else event.parties,  # ("The previous Zapad, held in
                # September 2017, also brought together Russian and Belarusian forces": those)
                date=dated[0],
                location=self._location(s, dated[0]) if event.kind == "meeting" else None,
                evidence=[self.evidence(s, f"{event.kind}.earlier-edition", 0.6)],
            )
        )
        return True

    def _relative_start(self, s: Sentence, pos: int, ends: bool = False) -> list[str]:
        """The date of a start verb in a relative clause right after an exercise noun at ``pos``
        ("Zapad-2025, a joint exercise that began on Friday"), or of a verb of holding it
        ("which Angola hosted from 16 to 25 August": a span's first day), or nothing. With
        ``ends``, an end verb's too: a meeting "which concluded on 6 March" is dated by the
        only day the text reports."""
        start = None
        for rel in re.finditer(r"\b(?:that|which)\s+(?:[a-z]+ly\s+)?", s.text[pos:]):
            # "a summit in The Hague that opened ...", "Zapad-2025, a joint exercise which
            # began", "X, the exercise in East Java led by Y, which began on Monday": events
            # begin, so a start verb's relative clause tells of the event named before it,
            # unless another event noun comes between
            if _event_nouns().search(s.text[pos : pos + rel.start()]) and not re.fullmatch(
                r"(?:\s+[A-Z][\w'’-]*){0,4},\s+(?:the|a|an|its|their)\s+[^,;()]*,\s*",
                s.text[pos : pos + rel.start()],
            ):  # (but "Exercise Griffin Strike, the largest bilateral exercise in years, which
                return []  # started earlier this month": the appositive names the same one)
            fronted = next(
                (
                    d for d in s.dates
                    if d.value and d.start >= pos + rel.end()
                    and re.fullmatch(r"(?:in|on)?\s*", s.text[pos + rel.end() : d.start])
                ),
                None,
            )  # fmt: skip  # "the annual Balikatan exercise, which in April last year brought
            if fronted is not None and any(  # together ...": a date opening the clause, told
                d.value and d is not fronted and not pos <= d.start < fronted.end  # of the
                for d in s.dates  # event (but "..., which in April last year drew protests,
            ):  # began on Monday": the main verb's day)
                fronted = None
            gathered = (
                words("exercise", "gathered_verbs").search(s.text, fronted.end)
                if fronted is not None
                else None
            )
            if (
                fronted is not None
                and gathered is not None
                and re.fullmatch(r",?\s*", s.text[fronted.end : gathered.start()])
            ):
                return [fronted.value]
            found = words("exercise", "start_verbs").search(s.text, pos + rel.end())
            if (
                found is not None
                and (
                    found.start() == pos + rel.end()
                    or (  # "the exercises that the Russian armed forces began yesterday": with
                        re.fullmatch(
                            r"(?:[\w'’.-]+\s+){1,5}", s.text[pos + rel.end() : found.start()]
                        )
                        and s.actors(pos + rel.end(), found.start())  # its own subject
                    )
                )
            ):
                start = found
                break
            ended = words("exercise", "end_verbs").search(s.text, pos + rel.end()) if ends else None
            if ended is not None and ended.start() == pos + rel.end():
                start = ended
                break
            held = words("exercise", "span_verbs").search(s.text, pos + rel.end())
            if (
                held is not None
                and re.fullmatch(  # "which Angola hosted from 16 to 25 August"
                    r"(?:[\w'’-]+\s+){0,3}", s.text[pos + rel.end() : held.start()]
                )
            ):
                start = held
                break
        if start is None:
            return []
        return [
            d.value for d in s.dates
            if d.value and 0 <= d.start - start.end() <= 60
            and not re.search(r"[,;]", s.text[start.end() : d.start])
            and not END_DATE.search(s.text[: d.start])
        ][:1]  # fmt: skip

    @staticmethod
    def _paired(s: Sentence, lo: int, hi: int, noun: re.Match[str]) -> re.Match[str] | None:
        """ "The U.S.-India talks on Tuesday": a meeting noun right after a hyphenated pair of
        states, with a date in its clause, needs no verb (the noun itself is the trigger).

        Example:
            >>> from kg.dates import find_dates
            >>> from kg.extract.mentions import find_mentions
            >>> t = "The Japan-Australia talks on May 2, 2024 ended."
            >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0), find_dates(t, None))
            >>> EventRules._paired(s, 0, len(t), re.search("talks", t)) is not None
            True
        """
        before = [m for m in s.actors(lo, lo + noun.start()) if m.kind == "nation"]
        if len(before) < 2 or s.text[s.local(before[-1].end) : lo + noun.start()] != " ":
            return None
        pair = s.text[s.local(before[-2].end) : s.local(before[-1].start)]
        if pair not in ("-", "–", "/") or not s.first_date(lo, hi):
            return None
        return noun

    @staticmethod
    def _opened_event(s: Sentence, earlier: list[Fact], lo: int, hi: int) -> Fact:
        """The event "The summit opened on Tuesday" dates: the last one told whose label has
        the head noun (the summit, not talks told after it), or else the last one.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Modi and Xi held talks on Wednesday on the sidelines of the BRICS summit in "
            ...      "Kazan. Modi and Xi last held talks in October 2019 at Mamallapuram. "
            ...      "The BRICS summit opened on Tuesday.")
            >>> [(f.label, f.date) for f in extract_text(t, date="2024-10-23").facts][1]
            ('BRICS summit', '2024-10-22')
        """
        head = _OPENED_HEAD.search(s.text, lo, hi)
        if head is None or len(earlier) < 2:
            return earlier[-1]
        name = _head_name(head)
        return next((f for f in reversed(earlier) if name in f.label.lower()), earlier[-1])

    def _date_event(
        self, s: Sentence, event: Fact, lo: int, hi: int, *, earlier: bool = False
    ) -> bool:
        """ "The exercise began on Thursday": the start date of an exercise reported earlier
        without one of its own (or with only the article's date); with ``earlier``, also an
        earlier start of an exercise dated by a day in it ("stormed a beach on Friday in the
        exercise ... Exercise Alon, which opened on Aug. 14"). A summit, conference, dialogue or
        session told just before on a later day takes the day it opened, up to six days before
        ("signed on Friday at the close of the summit. The two-day summit opened on Thursday"),
        or one told by the same name further back ("The BRICS summit opened on Tuesday"), and
        takes the hosts and guests the sentence names ("hosted by Putin and attended by Modi")."""
        undated = id(event) in self.st.undated
        head = _OPENED_HEAD.search(s.text, lo, hi)
        name = _head_name(head) if head else ""
        opened = (  # "... signed on Friday at the close of the summit. The two-day summit
            event.kind == "meeting"  # opened on Thursday": the meeting began the day before
            and event.date is not None
            and len(event.date) == 10
            and head is not None  # (the summit itself, not talks held at it: "Biden met Xi
            and name in event.label.lower()  # on its sidelines"; "The BRICS summit"
            and (0 <= s.start - event.evidence[-1].end <= 400 or name != head.group(1))
        )  # is the one of that name, further on too; "The ASEAN summit" is not the Quad's)
        earlier = earlier or opened
        if not (event.kind == "exercise" or opened) or not (undated or (earlier and event.date)):
            return False
        start = words("exercise", "start_verbs").search(s.text[lo:hi])
        if start is None or hedged(s.text, lo, lo + start.start(), lo + start.end()):
            return False
        dated = [
            d.value for d in s.dates if d.value and lo + start.end() <= d.start < hi
            and not END_DATE.search(s.text[: d.start])
        ]  # fmt: skip
        if not dated or not (undated or (len(dated[0]) == 10 and dated[0] < event.date)):  # type: ignore[operator]
            return False
        if opened and _days_apart(event.date, dated[0]) > 6:  # type: ignore[arg-type]
            return False  # a week or more before: another meeting
        event.date = dated[0]
        self.st.undated.discard(id(event))
        event.evidence.append(self.evidence(s, f"{event.kind}.start-date", 0.7))
        if opened and re.search(
            r"\b(?:hosted|attended|chaired|co-hosted)\s+by\b", s.text[lo : lo + start.start()]
        ):
            self._extend_event(s, event, lo + start.start())  # "The BRICS summit, hosted by
            # Putin and attended by Modi and Xi, opened on Tuesday": they took part
        return True

    @staticmethod
    def _exercise_owner(s: Sentence, pos: int) -> tuple[str, ...]:
        """The state whose possessive opens an exercise's noun phrase ending at local ``pos``
        ("the Pakistan Navy's biennial multinational exercise").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "The ninth edition of the Pakistan Navy's biennial exercise began on Friday. "
            >>> t += "Ships from Japan and Italy are taking part."
            >>> [f.parties for f in extract_text(t, date="2025-02-08").facts]
            [('PAK', 'JPN', 'ITA')]
        """
        for m in s.mentions:
            after = re.match(  # (not "China's objection to the drills")
                r"['’]s\s+(?:(?!(?:to|of|against|over|about|for|with|at|on)\b)[\w-]+\s+){0,3}$",
                s.text[s.local(m.end) : pos],
            )
            if after and m.state and m.role == "actor":
                return (m.state,)
        return ()

    def follow_exercise(self, s: Sentence) -> None:
        """ "Troops from X are involved, joined by Y": more participants of the last exercise.

        Only within a few lines of the sentence that reported the exercise, with no other fact
        between, and only when this sentence names no exercise of its own ("the drills" is
        the same one).
        """
        last = self.facts[-1] if self.facts else None
        held = next((f for f in reversed(self.facts) if f.kind == "exercise"), None)
        if (
            held is not None
            and held is not last
            and held.evidence
            and all(
                f.evidence and f.evidence[0].start <= held.evidence[-1].start
                for f in self.facts[self.facts.index(held) + 1 :]
            )
            and _THE_DRILLS.search(s.text)
            and not re.search(r"\btaking\s+part\s+in\s+[a-z]+ing\b", s.text)
        ):  # (a stance told in the exercise's own sentence is no other fact between)
            last = held
        lone, facts_then = self.st.lone_exercise or (None, -1)
        if lone is not None and len(self.facts) == facts_then:
            last = lone  # one state's exercise whose partners this sentence may name
        if (
            last is not None
            and last.kind == "exercise"
            and last.evidence
            and s.start - last.evidence[-1].end <= 300
            and not self._event_name(s.text, "exercise")
        ):
            self._began_earlier(s, last)
        if _EARLIER_EDITION.search(_NAMED_ASIDE.sub(r"\1,", s.text)):
            return  # "Last year, A and B were among the participants": an earlier edition's
            # (not "A and B, which normalized ties in 2020, are also taking part")
        reach = (  # "in the exercise", "Contingents from A and B are also taking part": further
            900  # back
            if _THE_EXERCISE.search(s.text) or _MORE_TAKING_PART.search(s.text)
            else 300
        )
        if (
            last is None
            or last.kind != "exercise"
            or not last.evidence
            or s.start - last.evidence[-1].end > reach
            or not _INVOLVED.search(s.text)
            or _NONE_INVOLVED.match(s.text)
        ):
            return  # ("No Emirati or Bahraini aircraft are taking part": none of theirs)
        name = self._event_name(s.text, "exercise")
        pending = last is lone and not last.parties  # "Twenty-nine nations began the exercise"
        renamed = (  # "Poland launched an exercise ... The Anakonda-16 exercise includes ..."
            name
            and (last is lone or unnamed(last.label))
            and re.search(rf"\bThe\s+(?:\w+\s+)?(?:edition\s+of\s+)?{re.escape(name)}\b", s.text)
        )
        if (pending or renamed) and name and name not in last.label:
            last.label = name  # "The biennial Rim of the Pacific exercise brings together ..."
        if (name and name not in last.label) or any(
            re.search(
                r"\b(?:a|an|another|separate|second)\s+(?:[\w-]+\s+){0,3}$", s.text[: m.start()]
            )
            for m in words("exercise", "nouns").finditer(s.text)
        ):
            return  # an exercise of its own
        self._extend_event(s, last, 0)
        hosts = re.search(
            r"\b[Tt]he\s+(?:(\w+)\s+)?(?:[A-Z]\w+\s+)?host(s?)(?:\s+(?:nations?|countries|country"
            r"|states?|navy|army|military))?\b",
            s.text,
        )
        if hosts:  # "Participating units come from the hosts as well as A and B"
            size = COUNTS.get((hosts.group(1) or "").lower()) or (None if hosts.group(2) else 1)
            places = self.st.prev_places[1]  # ("Besides the host navy": the one it is held in)
            if size and len(places) == size:  # "Besides the four host nations": the four it
                group: Group | None = Group(tuple(places), None)  # is held in
            else:
                group = self._group_for(s, hosts.start(), size, True)
            if group:
                last.parties = tuple(dict.fromkeys((*last.parties, *group.actors)))
        if last is lone and len(last.parties) > 1:
            self.st.lone_exercise = None
            self.emit(last)

    def _signers(self) -> tuple[tuple[str, ...], str | None]:
        """The parties of the last agreement or contract reported (a ceremony's hosts), and
        its date."""
        deal = next((f for f in reversed(self.facts) if f.kind in ("agreement", "contract")), None)
        if deal is None:
            return (), None
        if deal.kind == "agreement":
            told = (  # "signed the document": the date of the signing reported before
                f.date for f in reversed(self.facts)
                if f.kind == "agreement" and f.date and set(f.parties) == set(deal.parties)
            )  # fmt: skip
            return deal.parties, deal.date or next(told, None)
        buyer = deal.awarder if deal.awarder in self.lex.nations else None
        if deal.awarder in self.orgs and self.orgs[deal.awarder].country:
            buyer = self.orgs[deal.awarder].country
        return tuple(a for a in (buyer, deal.awardee) if a), deal.date

    @staticmethod
    def _signed_deal(text: str) -> bool:
        """True when a meeting's sentence signs a document it names definitely ("The agreements
        were signed in Bern ... in the presence of", "signed the Trinity House Agreement after
        talks"): the meeting is that signing, of the deal's states and on its day.

        Example:
            >>> EventRules._signed_deal("The agreements, worth $2 billion, were signed in Oslo ")
            True
        """
        return bool(
            re.search(rf"^\W*{_DEAL_REF}.*\b(?:was|were)\s+signed\b", text, re.I)
            or re.search(rf"\bsigned\s+{_DEAL_REF}", text, re.I)
        )

    def _host(self, s: Sentence, lo: int, hi: int) -> tuple[re.Match[str], tuple[str, ...]] | None:
        """ "Biden hosted Philippine President Marcos": the verb and the guests it names.

        A guest is a person who acts for a state, or a state named with an office ("the
        Japanese prime minister", "U.S. President Joe Biden", "the leaders of Japan").
        """
        verb = words("meeting", "host_verbs").search(s.text[lo:hi])
        if not verb:
            return None
        which = re.search(r"(\w)\s*,\s+(?:which|that)\s+(?:also\s+)?$", s.text[: lo + verb.start()])
        if which and not any(
            s.local(m.end) == which.end(1) and self._can_host(m) for m in s.actors(0, hi)
        ):
            return None  # "sanctions on the Hudson Institute, which hosted Tsai": the host is
            # what the relative clause tells of, no state, government body or bloc
        pos = lo + verb.end()
        leaders = _LEADERS_OF.match(s.text, pos)
        ref = group_refs(s.text[leaders.end() : hi]) if leaders else []
        if ref and ref[0][0] == 0 and ref[0][2]:  # "after hosting the leaders of the two Horn
            group = self._group_for(s, leaders.end(), ref[0][2], True)  # of Africa neighbours"
            if group is not None:
                return verb, group.actors
        after = [m for m in s.actors(pos, hi)]
        if not after:
            return None
        gap = s.text[pos : s.local(after[0].start)]
        offices = words("meeting", "offices")
        office_of = re.fullmatch(  # "hosted the Deputy Prime Minister and Minister for Defence of",
            # "received the commander of the Turkish Naval Forces"
            r"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|and|for|commander|chief|head|leaders|presidents"
            r"|heads\s+of\s+state)\s+){1,10}of\s+(?:the\s+)?",
            gap,
        )
        if (len(gap.split()) > 3 or re.search(r"[,;:]", gap)) and not (
            office_of and offices.search(gap)
        ):
            return None
        received = re.match(r"(?:after\s+)?receiv", verb.group(), re.I)
        owned = any(  # a person's "'s": what the person sent, not the person
            m.form == "person" and re.match(r"['’]s\s", s.text[s.local(m.end) :]) for m in after[:3]
        )
        if received and (_SENT_THING.search(gap) or owned):
            return None  # "after receiving a letter from U.S. President Joe Biden", "after
            # receiving Netanyahu's assurances": no visit
        guests: list[str] = []
        # the starts of the mentions that name an official
        officials = {m.start for m in after if self._names_official(s, m)}
        all_runs = runs(s, _titled(s, after))
        at = next(i for i, r in enumerate(all_runs) if r[0].start == after[0].start)
        run = all_runs[at]
        listed = re.match(  # "the leaders of the G5 Sahel states - Mali, Niger, ...": the states
            r"\s+(?:member\s+)?(?:states|countries|nations)\s*[-–—(:,]\s*",
            s.text[s.local(run[-1].end) :],
        )
        if listed and len(run) == 1 and run[0].kind == "org" and at + 1 < len(all_runs):
            following = all_runs[at + 1]
            if s.local(following[0].start) == s.local(run[-1].end) + listed.end():
                run, after = following, [m for m in after if m is not run[0]]
                officials |= {m.start for m in following}
        # "hosted his Indian, Japanese and U.S. counterparts": each names an official
        last = next(m for m in after if m.start == run[-1].start)
        peers = _PEERS.match(s.text, s.local(last.end))
        for m in run:
            rest = s.text[s.local(m.end) :]
            if (
                re.match(r"['’]s\b", rest)
                and not _OWNED_OFFICIAL.match(rest)
                and not _owns_person(s, m)
            ):
                return None  # "welcomed Japan's decision": a stance, not a visit
            named = any(m.start <= x < m.end for x in officials)
            if named or peers or offices.search(gap):
                guests.append(m.actor)
        if office_of and re.search(r"\b(?:commander|chief|head)\s+of\b", gap):
            # "received the commander of the Peruvian Navy": a state's (not "the head of the
            # Red Cross" or "the commander of the Wagner Group")
            guests = [g for g in guests if g in self.lex.nations]
        if guests and re.match(r"['’]s?\s", s.text[s.local(run[-1].end) :]):
            chain = [x for x in after if x.start >= run[0].start]  # "hosted Australia's Richard
            for prev, m in itertools.pairwise(chain):  # Marles, Japan's Minoru Kihara and the
                gap = s.text[s.local(prev.end) : s.local(m.start)]  # Philippines' Gilberto
                if not re.fullmatch(_GUEST_GLUE, gap):  # Teodoro": each state's official (not
                    break  # "Azerbaijan's Ilham Aliyev, Armenia's arch-foe": none of Armenia)
                if (
                    prev.kind == "nation"
                    and prev.form != "person"
                    and _OWN_OFFICIAL.match(s.text, s.local(prev.end))
                ):
                    guests.append(prev.actor)  # ("Armenia's Prime Minister Nikol Pashinyan")
            last_state = next((x for x in reversed(chain) if x.form != "person"), None)
            if last_state is not None and _OWN_OFFICIAL.match(s.text, s.local(last_state.end)):
                guests.append(last_state.actor)  # ("... and Armenia's prime minister")
        if guests:
            guests += self._also_hosted(s, s.local(last.end), hi)
        return (verb, tuple(dict.fromkeys(guests))) if guests else None

    def _can_host(self, m: Mention) -> bool:
        """True for a mention that can host a state's guest: a state, or a government body,
        armed service, legislature or international organization the lexicon names (not a think
        tank or a firm, nor a body found only by the shape of its name)."""
        if m.kind == "nation":
            return True
        org = self.lex.orgs.get(m.key)
        return org is not None and org.kind in (
            "government-body",
            "military-branch",
            "international-organization",
            "legislature",
        )

    def _discussed_together(self, s: Sentence, clause: str, lo: int) -> re.Match[str] | None:
        """ "Merz and Tusk discussed migration": two people of different states (or "he and"
        one) who discussed something together held talks; not "in separate calls", not each
        on their own, and not two states' names ("Sweden and Finland discussed membership in
        their parliaments").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Merz and Tusk discussed migration in separate calls with Biden on Monday."
            >>> [f.parties for f in extract_text(t, date="2025-05-07").facts]
            []
        """
        m = _DISCUSSED.search(clause)
        if m is None or re.search(
            r"\b(?:separate(?:ly)?|each|both|respective|own|parliaments?|speeches)\b", clause
        ):
            return None
        people = [
            x for x in s.mentions
            if x.form == "person" and lo + m.start() <= s.local(x.start) < lo + m.end()
        ]  # fmt: skip
        if not people or (len(people) < 2 and not re.match(r"(?:he|she)\b", m.group())):
            return None
        return m

    def _also_hosted(self, s: Sentence, pos: int, hi: int) -> list[str]:
        """The officials a host received "together with" or "along with" the guests named first:
        "hosted the leaders of Mali and Niger at a chateau, together with German Chancellor
        Angela Merkel and ministers from Saudi Arabia".

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Macron hosted the leaders of Mali and Niger in Paris on Tuesday, together "
            >>> t += "with German Chancellor Angela Merkel and ministers from Saudi Arabia."
            >>> [f.parties for f in extract_text(t, date="2017-12-13").facts]
            [('FRA', 'MLI', 'NER', 'DEU', 'SAU')]
        """
        joined = _TOGETHER_WITH.search(s.text, pos, hi)
        if joined is None or re.search(r"[;:]", s.text[pos : joined.start()]):
            return []
        out = []
        for run in runs(s, s.actors(joined.end(), hi)):
            between = s.text[joined.end() : s.local(run[0].start)]
            if re.search(r"\b(?:business|industry|trade|civil|opposition|religious)\b", between):
                continue  # "a delegation of business leaders from Nigeria": no state's
            sent = re.search(  # "ministers from Saudi Arabia and the UAE": all of them
                r"\b(?:ministers?|officials?|leaders?|delegations?|envoys?|representatives)\s+"
                r"(?:from|of)\s+(?:the\s+)?$",
                between,
            )
            out += [m.actor for m in run if sent or self._names_official(s, m)]
        return out

    def _met_in_turn(self, s: Sentence, fact: Fact, host: str, hi: int, trigger: str) -> bool:
        """ "held talks with Medvedev in Moscow and then with Saakashvili in Tbilisi", "held talks
        with Ilves and later met the Latvian and Lithuanian presidents": ``host`` met two guests
        one after the other; each part is a meeting, with its own day and city when it tells
        them. Only officials are guests ("and then spoke with reporters" is no meeting), and an
        aside about someone else ("Milei, who had earlier met Lula,") is no part."""
        text = ASIDE.sub(lambda m: " " * len(m.group()), s.text)  # ("Milei, who had met Lula,")
        then = _THEN_MET.search(text, 0, hi)
        first = _MET_WITH.search(text, 0, then.start()) if then else None
        if then is None or first is None:
            return False
        stop = re.search(
            r"[,;]|\s+(?:to|about|over|for)\s|\s+on\s+(?![A-Z])", text[then.end() : hi]
        )
        end = then.end() + stop.start() if stop else hi
        parts = []
        for lo, up in ((first.end(), then.start()), (then.end(), end)):
            guests = [
                x for x in s.actors(lo, up)
                if x.form == "person" or self._names_official(s, x)
                or (x.kind == "nation" and x.form in ("name", "metonym")
                    and not _NOT_A_GUEST.search(text, lo, s.local(x.start)))
            ]  # fmt: skip  # ("and then with Bolivia's Arce"; not "met reporters from Peru")
            place = _IN_PLACE.search(text, lo, up)
            parts.append((unique_actors(guests), s.first_date(lo, up), place))
        (a, day_a, place_a), (b, day_b, place_b) = parts
        if not a or not b or set(a) & set(b) or host in (*a, *b):
            return False
        self._emit_parts(
            fact,
            host,
            trigger,
            [
                (a, day_a or fact.date, place_a.group(1).rstrip(".") if place_a else fact.location),
                (b, day_b or fact.date, place_b.group(1).rstrip(".") if place_b else None),
            ],
        )
        return True

    def _emit_parts(
        self,
        fact: Fact,
        host: str,
        trigger: str,
        parts: list[tuple[tuple[str, ...], str | None, str | None]],
    ) -> None:
        """One meeting of ``host`` with each part's guests, on its day and at its place."""
        for guests, day, place in parts:
            pair = (host, *guests)
            self.emit(
                replace(
                    fact,
                    label=f"{'–'.join(pair)} {trigger}",
                    parties=pair,
                    date=day,
                    location=place,
                    distinct=True,
                )
            )

    def _met_apart(
        self, s: Sentence, fact: Fact, host: str, t1: int, hi: int, trigger: str
    ) -> bool:
        """ "met Zelenskiy in Kyiv and Putin in St Petersburg": ``host``'s guests met in two
        places are two meetings, each dated by its own part, else by a day told after both
        (the article's, copied from ``fact``, if the sentence tells none). "held talks with
        Ilves and later met the Latvian president": met one after another, two meetings too.
        Emits them and says whether it did; the second part names only its guest, titles and a
        day."""
        places = _MET_APART.match(s.text, t1)
        if places is None:
            return self._met_in_turn(s, fact, host, hi, trigger)
        if (
            places.group("pa") == places.group("pb")
            or _CALENDAR.match(places.group("pa"))
            or _CALENDAR.match(places.group("pb"))
        ):
            return False
        a = unique_actors(s.actors(t1, places.start("pa")))
        b = unique_actors(s.actors(places.start("b"), places.start("pb")))
        rest = s.text[places.end() :]
        third = re.match(  # "..., and Argentina's Milei in Buenos Aires": a third part
            r"(?:\s+(?:on|in|last)\s+[\w ]{1,20}?)?,?\s+and\s+", rest
        )
        more = third is not None and any(
            s.local(m.start) <= places.end() + third.end() + 15 and m.actor not in (*a, *b, host)
            for m in s.actors(places.end(), hi)
        )
        if not a or not b or more or set(a) & set(b) or host in (*a, *b):
            return False
        told = any(d.value for d in s.dates)
        tail = s.first_date(places.end(), places.end() + len(re.match(r"[^,;]*", rest).group()))
        day_a = s.first_date(t1, places.start("b")) or tail
        day_b = s.first_date(places.start("b"), places.end()) or tail
        self._emit_parts(
            fact,
            host,
            trigger,
            [
                (
                    a,
                    (day_a or fact.date) if told else fact.date,
                    _city_at(s.text, places.start("pa")),
                ),
                (
                    b,
                    (day_b or fact.date) if told else fact.date,
                    _city_at(s.text, places.start("pb")),
                ),
            ],
        )
        return True

    def _names_official(self, s: Sentence, m: Mention) -> bool:
        """True when ``m`` names an official: a person who acts for a state, or a state named
        with an office ("Somalia's Hassan Sheikh Mohamud", "China's new defence minister",
        "Peru's Boluarte", "Peruvian President Boluarte"; not "hosts the largest U.S. military
        base")."""
        if m.form == "person":
            return True
        if m.kind != "nation":
            return False
        rest = s.text[s.local(m.end) :]
        titled = words("meeting", "offices").search(rest[:20])
        if titled and not self._office_head(rest, titled):
            titled = None
        return bool(
            (titled and titled.start() <= 1) or _OWNED_OFFICIAL.match(rest) or _owns_person(s, m)
        )

    @staticmethod
    def _watching(s: Sentence, actor: str) -> bool:
        """True when every mention of ``actor`` only watches the exercise: "the UAE air chief
        visited the base on Tuesday, observing Blue Flag", "drills watched by Bolivia",
        "with Ecuador observing".

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Chile and Peru held joint drills on Monday, with Ecuador observing."
            >>> [f.parties for f in extract_text(t, date="2025-03-14").facts]
            [('CHL', 'PER')]
        """
        spots = [m for m in s.mentions if m.actor == actor]
        if not spots:
            return False
        for m in spots:
            lo, hi = s.local(m.start), s.local(m.end)
            if _observer(s.text, lo, hi):
                continue
            verb = _WATCHING.search(s.text, hi)
            if verb is None or re.search(r"[.;:]", s.text[hi : verb.start()]):
                return False
            if re.search(r",\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}$", s.text[hi : verb.start()]):
                return False  # "..., a move watched closely in New Delhi": said of the move
            if verb.start() - hi > 120 or any(
                hi <= s.local(o.start) < verb.start() and o.actor != actor for o in s.actors()
            ):
                return False  # another actor is nearer: it is the one watching
        return True

    def _reaction(self) -> re.Pattern[str]:
        """A party's reaction named by a possessive ("China's objection to the drills";
        patterns.toml [meeting] reactions): the party takes no part in the event."""
        return self.lex.compiled(
            "meeting.reaction",
            lambda: rf"['’]s\s+(?:[\w-]+\s+)?(?:{self.lex.alternation('meeting', 'reactions')})\b",
        )

    @staticmethod
    def _office_head(rest: str, titled: re.Match[str]) -> bool:
        """True when an office word after a state names a person: a word that only modifies
        an office ("military", "foreign", "deputy") must be followed by one ("military chief",
        "foreign minister"), not by a thing ("military base").

        Example:
            >>> rx, head = words("meeting", "offices"), EventRules._office_head
            >>> [head(t, rx.search(t)) for t in (" military base", " army chief")]
            [False, True]
        """
        if titled.group().lower() not in load_lexicon().words("meeting", "office_modifiers"):
            return True
        nxt = re.match(r"\s*([\w-]+)", rest[titled.end() :])
        office = nxt and words("meeting", "offices").search(nxt.group(1))
        return bool(nxt) and (
            bool(office and office.group() == nxt.group(1))
            or nxt.group(1)[:1].isupper()
            or nxt.group(1).lower() in ("officials", "official", "staff", "commander", "commanders")
        )

    def _titled_host(
        self, s: Sentence, lo: int, hi: int, actors: tuple[str, ...]
    ) -> tuple[str, ...]:
        """ "held talks in Vilnius with President Gitanas Nauseda": a head of state or
        government named only by title and name, in a capital, is that capital's state."""
        m = _TITLED_GUEST.search(s.text, lo, hi)
        if m is None:
            return actors
        named = [x for x in s.mentions if x.start <= s.start + m.start("name") < x.end]
        if named:
            return actors  # a known person or a nationality: the mention says whose
        capital = next(
            (
                x for x in s.mentions
                if x.kind == "nation" and x.form == "metonym" and x.role == "place"
                and lo <= s.local(x.start) < hi
            ),
            None,
        )  # fmt: skip
        key = capital.key if capital is not None else self._dateline_state()
        if key is None or key in actors:
            return actors  # "... earlier called on President X" in a Hanoi story: Vietnam's
        return tuple(dict.fromkeys((*actors[:1], key, *actors[1:])))

    def _post(self, s: Sentence, m: Mention, before: Mention | None) -> bool:
        """True when the body ``m`` is named as the office of a person beside it, not as a
        party: "General Mirza, Chairman Joint Chiefs of Staff Committee,", "Rafael Grossi, IAEA
        director general, said", "Chairman Joint Chiefs of Staff Committee General Mirza" (but
        not "met Hegseth, the European Union and NATO" or "Stoltenberg, the EU's foreign
        policy chief and Britain's Cameron", lists of parties).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Turkey's army chief called on Pakistan's General Sahir Shamshad Mirza, "
            ...      "Chairman Joint Chiefs of Staff Committee, on Monday.")
            >>> [f.parties for f in extract_text(t, date="2025-01-14").facts]
            [('TUR', 'PAK')]
        """
        lo, hi = s.local(m.start), s.local(m.end)
        if before is not None and before.form == "person":
            gap = s.text[s.local(before.end) : lo]
            if re.fullmatch(rf",\s+(?:{_OFFICE_WORDS}\s+)+", gap):
                return True  # ", Chairman Joint Chiefs of Staff Committee,"
            if re.fullmatch(r",\s+(?:the\s+)?", gap) and _TITLE_AFTER.match(s.text, hi):
                return True  # ", IAEA director general, said"
        nxt = next((x for x in s.mentions if x.start >= m.end), None)
        return bool(
            nxt is not None
            and nxt.form == "person"
            and re.search(rf"\b{_OFFICE_WORDS}\s+$", s.text[:lo])
            and re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}", s.text[hi : s.local(nxt.start)])
        )  # "Chairman Joint Chiefs of Staff Committee General Sahir Shamshad Mirza"

    def _forces(self, s: Sentence, pos: int) -> list[Mention]:
        """The run of states right at ``pos`` whose forces are named ("by Armenian and U.S.
        forces"): the states act."""
        run = [m for m in s.mentions if m.kind == "nation" and s.local(m.start) >= pos]
        if not run or s.local(run[0].start) > pos + 4:
            return []
        first = next(r for r in runs(s, run) if r[0] is run[0])
        if _FORCES.match(s.text, s.local(first[-1].end)):
            return first
        return []

    def _extend_event(
        self, s: Sentence, event: Fact, t0: int, only: tuple[str, ...] | None = None
    ) -> None:
        """Add the participants ``s`` names (or ``only`` these) to ``event``."""
        if only is None:
            end = _effect_start(s.text, t0, len(s.text))  # (not ", as North Korea's launches
            # heighten tensions")
            if _IN_RELATIVE.search(s.text, 0, t0):
                end = self._relative_end(s, t0, end)  # "X, who attended the session, thanked
                # Moscow": X alone
            only = self._participants(s, 0, end, kind=event.kind)
        added = list(only)
        refs = [  # (not "drove from their base": whose base names no one taking part)
            r for r in group_refs(s.text[:t0]) if s.text[r[0] : r[1]].lower() != "their"
        ]
        if refs:
            group = self._group_for(s, refs[-1][0], refs[-1][2])
            if group:  # (no company a group took in: "India and Russia signed a contract
                # with Rosoboronexport ... the countries held their first dialogue")
                added += [a for a in group.actors if not self._companies((a,))]
        parties = tuple(dict.fromkeys((*event.parties, *added)))
        generic = re.fullmatch(re.escape("–".join(event.parties)) + r" ([a-z][a-z ]*)", event.label)
        if generic and parties != event.parties:  # "USA–JPN exercise" names its participants
            event.label = f"{'–'.join(parties)} {generic.group(1)}"
        event.parties = parties
        event.evidence.append(self.evidence(s, f"{event.kind}.participants", 0.7))

    @staticmethod
    def _relative_end(s: Sentence, pos: int, end: int) -> int:
        """Where a relative clause open at local ``pos`` closes: its first comma that goes on
        with no more names of a list ("India, which attended along with Japan, Australia and
        the United States, pledged": after the United States).

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> t = "India, which joined with Japan, Australia and Fiji, said so."
            >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
            >>> t[: EventRules._relative_end(s, 7, len(t))]
            'India, which joined with Japan, Australia and Fiji'
        """
        for comma in re.finditer(",", s.text[:end]):
            if comma.start() < pos:
                continue
            nxt = re.match(r",\s*(?:and\s+)?(?:the\s+)?", s.text[comma.start() :])
            at = comma.start() + nxt.end()  # type: ignore[union-attr]
            if not any(s.local(m.start) == at for m in s.actors(at, at + 1)):
                return comma.start()
        return end

    def _began_earlier(self, s: Sentence, event: Fact) -> None:
        """ "The week-long drills began on Friday" right after a report dated on a later day:
        the exercise's date is the day it began (within two weeks before).

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Chile and Peru staged landings on Monday in their Andean Shield exercise. "
            ...      "The drills began on Friday.")
            >>> [f.date for f in extract_text(t, date="2021-09-14").facts]
            ['2021-09-10']
        """
        began = self.lex.compiled(  # (patterns.toml [exercise] start_verbs)
            "exercise.began",
            lambda: (
                r"\b(?:drills|exercises?|manoeuvres|maneuvers|war\s+games|games)\s+"
                rf"(?:{self.lex.alternation('exercise', 'start_verbs', spaces=True)})\b"
            ),
        ).search(s.text) or re.search(  # "About 120 U.S. Marines also joined the exercise,
            r"\b[Tt]he\s+(?:drills|exercises?|manoeuvres|maneuvers)" + _WHICH_BEGAN.pattern, s.text
        )  # which began on Aug. 14" (not "last year's drills, which began ...")
        if began is None and "patrol" in event.label.lower():  # "... wrapping up their first
            began = re.search(  # joint patrol. Russia said the patrol had begun on Sunday"
                r"\b[Tt]he\s+(?:joint\s+)?(?:naval\s+)?patrol\s+(?:had\s+|has\s+)?(?:begun|began"
                r"|started)\s+(?=on\s|in\s)",
                s.text,
            )
        day = s.first_date(began.start()) if began else None  # (from the verb on: "which
        if (  # began on 12 September" is dated with its "on")
            day
            and event.date
            and len(day) == len(event.date) == 10
            and day < event.date
            and _days_apart(event.date, day) <= 14
        ):
            event.date = day

    def _relative_holders(self, s: Sentence, pos: int, hi: int) -> tuple[str, ...]:
        """The states a relative clause right after an exercise noun names as holding it
        ("the Freedom Shield exercise that South Korea and the United States began").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Pyongyang called the test a warning over the Ulchi Shield exercise that "
            ...      "South Korea and the United States began on Monday.")
            >>> [f.parties for f in extract_text(t, date="2023-08-25").facts]
            [('KOR', 'USA')]
        """
        rel = _RELATIVE_START.match(s.text, pos, hi)
        found = runs(s, s.actors(rel.end(), hi)) if rel else []
        if not found or not re.fullmatch(
            r"(?:[Tt]he\s+)?", s.text[rel.end() : s.local(found[0][0].start)]
        ):
            return ()
        holding = self.lex.compiled(  # (patterns.toml [exercise] holding_verbs)
            "exercise.holding",
            lambda: (
                rf"\s+(?:(?:are|is|were|was|have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:"
                rf"{self.lex.alternation('exercise', 'holding_verbs', spaces=True)})\b"
            ),
        )
        verb = holding.match(s.text, s.local(found[0][-1].end))
        if not verb:
            return ()
        with_ = re.match(r"\s+(?:jointly\s+)?(?:together\s+)?with\s+", s.text[verb.end() :])
        partners = self.objects(s, verb.end() + with_.end(), window=1) if with_ else []
        # ("the Zapad-2021 exercise that Russia is holding with Belarus": Belarus too)
        return tuple(dict.fromkeys((*unique_actors(found[0]), *unique_actors(partners))))

    def _relative_group(self, s: Sentence, pos: int, hi: int) -> tuple[str, ...]:
        """The group a relative clause right after an exercise noun names as holding it
        ("Joint Sea-2021, an annual exercise that the two navies held ...").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Chinese and Russian warships sailed on Friday. They had taken part in an "
            ...      "annual exercise that the two navies held on Oct. 14 in the Sea of Japan.")
            >>> [f.parties for f in extract_text(t, date="2021-10-23").facts]
            [('CHN', 'RUS')]
        """
        rel = re.match(r"\s*(?:,\s*)?(?:that\s+|which\s+|(?=the\s))", s.text[pos:hi])
        # (also with no pronoun: "the Joint Sea-2021 exercise the two countries held")
        refs = group_refs(s.text[pos + rel.end() : hi]) if rel else []
        if not rel or not refs or refs[0][0] != 0 or not refs[0][2] or refs[0][2] < 2:
            return ()
        group = self._group_for(s, pos + rel.end(), refs[0][2], True)
        return group.actors if group else ()

    def _counted_members(self, s: Sentence, m: Mention, before: str) -> tuple[str, ...]:
        """The member states of the body ``m`` when the text counts all of them ("the 10
        members of ASEAN", "all 10 ASEAN states", "the navies of all six GCC states") and the
        count is the lexicon's (patterns.toml [groups] members), else nothing.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Japan and all 10 ASEAN states began a naval exercise on Monday."
            >>> [len(f.parties) for f in extract_text(t).facts]
            [11]
        """
        if m.kind != "org":
            return ()
        members = tuple(load_lexicon().patterns["groups"].get("members", {}).get(m.actor, ()))
        count = _MEMBERS_OF.search(before) or (
            (_ALL_MEMBERS.search(before) or _COUNTED_BEFORE.search(before))
            if _MEMBER_STATES_AFTER.match(s.text, s.local(m.end))
            else None
        )
        if count and _SOME_OF.search(before[: count.start()]):
            return ()  # "with two of the 10 members of ASEAN": some of them
        numbers = load_lexicon().patterns["groups"]["numbers"]  # (as group references count)
        words = count.group().lower().split() if count else []
        size = next((int(numbers.get(w, w)) for w in words if w.isdigit() or w in numbers), 0)
        return members if members and size == len(members) else ()

    def _participants(
        self,
        s: Sentence,
        lo: int,
        hi: int,
        t1: int | None = None,
        t0: int | None = None,
        kind: str = "exercise",
    ) -> tuple[str, ...]:
        """The actors of the clause ``lo:hi`` who take part in the event told at ``t0:t1``.

        A clause that follows with "with" or "involving" names more of them; what they said,
        the topic ("to discuss Ukraine") and the objects of prepositions ("aid for Ukraine")
        name none, nor does a venue ("at NATO headquarters").
        """
        out: list[str] = []
        modifiers: list[str] = []
        topic_span: tuple[int, int] | None = None
        aside_spans: list[tuple[int, int]] = [  # "Wang, on a tour that has taken him to Saudi
            x.span() for x in ON_TOUR.finditer(s.text, lo, hi)  # Arabia and Turkey, held talks
        ]  # fmt: skip  # with Rouhani": where he has been, not who met
        onward = _ONWARD.search(s.text, lo, hi) if kind == "meeting" else None
        if onward and _MET_BEFORE.search(s.text, lo, onward.start()):  # "met A in Tokyo before
            hi = onward.start()  # flying to Seoul for talks with B": B is the next meeting's
        which = (
            [x for x in _WHICH_THEY_MET.finditer(s.text, lo) if x.end() < t0]
            if kind == "meeting" and t0 is not None
            else []
        )
        if (
            which
            and (inside := {m.actor for m in s.actors(which[-1].end(), t0)})
            and not inside & {m.actor for m in s.actors(lo, which[-1].start())}
        ):  # "the force, SAMIDRC, which SADC leaders approved at an extraordinary summit": the
            lo = which[-1].end()  # clause's own (not "the roadmap, which India tabled")
        where = _WHERE_MET.search(s.text, t1 or lo) if kind == "meeting" else None
        if where and where.start() < hi:  # "visited Buenos Aires for talks with Aguad, and
            hi = where.start()  # Santiago on Wednesday, where he met Espina": the next stop
        since = _SINCE_THEN.search(s.text, lo, hi) if kind == "meeting" else None
        if since and since.start("since") >= (
            t0 if t0 is not None else lo
        ):  # "met Tamim, their first meeting since Egypt, Saudi Arabia ... ended their
            hi = since.start("since")  # boycott": what happened since names no one met
        observers = _WATCHED.search(s.text)
        drills_that = (
            list(_DRILLS_THAT.finditer(s.text, lo, t1))
            if kind == "exercise" and t1 is not None
            else []
        )
        if (
            drills_that
            and s.actors(drills_that[-1].end(), t1)
            and not _SENT_TO_DRILLS.search(s.text, lo, drills_that[-1].start())
        ):  # "protested the exercises that the Russian armed forces began": who began them
            lo = drills_that[-1].end()  # (but "sent two warships to the drills that A and B
            # launched": the sender too)
        fronted = _fronted_clause(s, lo)
        if (
            fronted and t0 is not None and _opens_main_clause(s, fronted, t0, hi)
        ):  # "after Pelosi visited Taipei and held talks with Tsai, China launched drills":
            lo = fronted.end()  # the main clause's subject holds them (but "after talks with
            # Japan and Australia, Manila held drills with the two countries": those two)
        elif (
            fronted
            and kind == "meeting"
            and t0 is not None
            and t1 is not None
            and lo <= t0
            and t1 < fronted.end() < hi
            and not _GATHERING_FIRST.match(fronted.group("what"))
            and s.actors(fronted.start("what"), t0)
        ):  # (and talks the clause put first with its own subject are its own: not "after
            hi = fronted.end()  # talks in Manila with Japan, the Philippines held ...")
        sub = list(_SUBORDINATE.finditer(s.text, lo, t0)) if t0 is not None else []
        if sub and any(s.local(m.start) >= sub[-1].end() for m in s.actors(sub[-1].end(), t0)):
            lo = sub[-1].end()  # "A and B raised concerns after a Chinese task group held
            # drills": the drills of the clause's own subject
        end = hi
        while end < len(s.text) and any(
            s.text.startswith(c, end) for c in self.lex.words("exercise", "continuations")
        ):
            end = next((b for a, b in clauses(s.text) if a == end), len(s.text))
        if t1 is not None:  # what they said ("declared that Ukraine ...") names no participant
            said = re.search(
                r"\b(?:said|saying|declared|stated|announced|added|warned|warning|argued|arguing)\b"
                r"(?:[^.;]{0,30}?\bthat\b)?",
                s.text[t1:end],
            )
            if (
                said
                and re.match(  # ", the military said, with Australian troops joining": an
                    r",\s+(?:with|involving|together\s+with|joined\s+by|alongside|including)\b",
                    s.text[t1 + said.end() :],  # aside; the list goes on
                )
            ):
                said = None
            end = t1 + said.start() if said else end
            judged = next(
                (
                    j
                    for j in _JUDGED.finditer(s.text, t1, end)
                    if kind == "meeting"
                    and not _IN_ASIDE.search(s.text, t1, j.start())
                    and not re.search(
                        r"(?:\b(?:the|a|an)\s+(?:\w+\s+)?|[a-z]+ly\s+)$", s.text[t1 : j.start()]
                    )
                ),
                None,
            )  # (not in an aside: "met Kristersson, whom he had accused of ..., and Stoltenberg")
            end = judged.start() if judged else end  # "At their summit in Newport, NATO leaders
            # condemned the annexation and demanded that Moscow pull back": whom they judged
            # took no part
            topic = next(
                (
                    x
                    for x in words("meeting", "topics").finditer(s.text[t1:end])
                    if not (
                        x.group().lower() == "about" and re.match(r"\s+\d", s.text[t1 + x.end() :])
                    )
                ),
                None,
            )  # (not "with about 240 warplanes": a number)
            end = t1 + topic.start() if topic else end
            for why in (_IN_SPITE.search(s.text, t1, end), _BECAUSE_CLAUSE.search(s.text, t1, end)):
                if why is not None:  # "went ahead with the drills despite a rise in tension
                    stop = _WHY_END.search(s.text, why.end(), end)  # after an attack on an
                    aside_spans.append((why.start(), stop.start() if stop else end))  # Indian
                    # army base": not India's; "ended their meeting without a declaration,
                    # after the US and China could not agree": a clause of its own says why
                    # (up to its comma or a "with" that goes on naming who took part)
            about = _ABOUT.search(s.text, t1, end) if kind == "meeting" else None
            if about:  # "talks in Geneva on strategic stability and Ukraine": what they were
                stop = _ABOUT_END.search(s.text, about.end(), end)  # about, up to who took part
                while (
                    stop is not None
                    and stop.group().strip() == "with"
                    and _RELATIONS_WITH.search(s.text, 0, stop.end() + 1)
                    and self._bare_state_at(s, stop.end() + 1)
                ):  # ("on reviving diplomacy with Pyongyang on Monday": the ties, no party)
                    stop = _ABOUT_END.search(s.text, stop.end(), end)
                topic_span = (about.start(), stop.start() if stop else end)  # ("talks on the
                # ceasefire in Cairo, attended by Qatar", "talks on security with Trump")
            purpose = _PURPOSE_CLAUSE.search(s.text, t1, end)  # "to reinstate Niger's president"
            end = purpose.start() if purpose else end
            aside = _ASIDE_AFTER.search(s.text, t1, end)  # ", drills that Venezuela condemned"
            if aside and not _JOINS.match(s.text, aside.end()):
                end = aside.start()
            end = _effect_start(s.text, t1, end)  # ", prompting South Korea to protest"
            for joined in re.finditer(r",\s+and\s+", s.text[t1:end]):
                at = t1 + joined.end()
                own = _OWN_SUBJECT.match(s.text, at)
                if own and any(
                    m.kind == "nation" and s.local(m.start) == own.start(1) for m in s.mentions
                ):
                    end = t1 + joined.start()  # "during their talks in New Delhi, and Japanese
                    break  # officials hope Tokyo will join": a clause of its own
            own_clause = _STATED_CLAUSE.search(s.text, t1, end) if kind == "exercise" else None
            if own_clause:  # "held Balikatan in April, and the Philippines' access agreement
                end = own_clause.start()  # with Japan ... is due to enter into force": no drill
        leading = [
            m for m in s.mentions
            if m.kind == "nation" and m.role == "origin" and lo <= s.local(m.start) < end
            and (led := _LED.match(s.text, s.local(m.end)))
            and not any(  # (not "the Russian-led Collective Security Treaty Organisation met":
                o.kind == "org"  # the body it leads, which takes part in its own right)
                and 0 <= s.local(o.start) - led.end() <= 5
                and re.fullmatch(r"\s+(?:the\s+)?", s.text[led.end() : s.local(o.start)])
                for o in s.mentions
            )
        ]  # fmt: skip
        leading += [
            m for m in s.mentions
            if m.kind == "nation" and m.role == "place" and lo <= s.local(m.start) < end
            and _OWNS_EVENT.match(s.text, s.local(m.end))
        ]  # fmt: skip  # "flew in Greece's annual Iniochos air exercise": Greece holds it
        leading += [
            m for m in s.mentions
            if m.kind == "nation" and m.role == "origin" and m.form in ("demonym", "name")
            and lo <= s.local(m.start) < end
            and (
                re.search(r"\b(?:with|alongside|and)\s+(?:the\s+)?$", s.text[: s.local(m.start)])
                or _WITH_AIRCRAFT_INCLUDING.search(s.text, 0, s.local(m.start))
            )
            and _CREWED.match(s.text, s.local(m.end))
        ]  # fmt: skip  # "a joint drill with South Korean fighter jets": their air force
        leading += [
            m for m in s.mentions
            if kind == "exercise" and t0 is not None
            and m.kind == "nation" and m.role == "origin" and m.form == "demonym"
            and lo <= s.local(m.start) < t0
            and re.fullmatch(
                r"(?:[A-Z][\w ]{0,30},\s+)?(?:[Tt]he\s+)?", s.text[lo : s.local(m.start)]
            )
            and (crew := _CREWED.match(s.text, s.local(m.end)))
            and not re.match(
                r",?\s+(?:of|flown\s+by|operated\s+by|belonging\s+to|from)\b",
                s.text[crew.end() :],
            )  # (not "French Rafale jets of the Indian Air Force": the maker's)
        ]  # fmt: skip  # "Emirati F-16 fighters held joint training with ...": the crews' state
        names = [  # only a capital can be part of a name here: look only when one is named
            n.span()
            for kind in ("exercise", "meeting")
            if any(m.form == "metonym" for m in s.mentions)
            for n in _name_regex(kind).finditer(s.text)
            if self._is_name(n.group(1))
        ]
        names += [  # "the Bersama Lima exercise": a capital inside an exercise's name
            (s.local(m.start), s.local(m.end))
            for m in s.mentions
            if m.form == "metonym"
            and re.search(r"\b(?-i:[A-Z][a-z]+)\s+$", s.text[: s.local(m.start)])
            and not re.search(
                r"\b(?:The|In|At|On|And|But|From|With)\s+$", s.text[: s.local(m.start)]
            )
            and re.match(r"\s+(?:exercises?|drills?|war\s+games)\b", s.text[s.local(m.end) :])
        ]
        background = [
            (x.start(), x.end())
            for x in _BACKGROUND.finditer(s.text)
            if t1 is not None and x.start() >= t1
        ]  # "planned since well before Moscow's forces invaded Ukraine": another story's actors
        background += [topic_span] if topic_span else []
        background += aside_spans
        # (but "a day after Türkiye agreed, at a meeting with Sweden" tells who met)
        denied_states = {  # "Japanese officials said Tokyo had not sent troops to take part":
            m.actor  # the state right before the denial is its subject (not "Sweden, which had
            for m in s.actors(lo, end)  # not joined NATO, took part")
            if kind == "exercise"
            and (denied := _NOT_TAKING_PART.search(s.text, s.local(m.end), end))
            and re.fullmatch(  # (past an aside: "U.S. troops, which pulled back from the
                r"(?:['’]s?)?(?:\s+(?:[a-z]+\s+){0,2}"  # border, did not take part")
                r"|(?:\s+[a-z]+){0,2},\s+(?:which|who)\b[^;]*?,\s+(?:[a-z]+\s+){0,2})",
                s.text[s.local(m.end) : denied.start()],
            )
        }
        named_before: Mention | None = None
        for m in sorted([*s.actors(lo, end), *leading], key=lambda m: m.start):
            if any(a <= s.local(m.start) < b for a, b in background):
                continue
            members = (
                self._counted_members(s, m, s.text[: s.local(m.start)])
                if kind == "exercise"
                else ()
            )
            if members:  # "The United States and the 10 members of ASEAN began their first
                out.extend(members)  # joint maritime exercise": each member state
                continue
            if (
                t0 is not None
                and s.local(m.end) < t0
                and _SPEAKER_ASIDE.match(s.text, s.local(m.end))
            ):
                continue  # "..., Angola's presidency said, after the two ministers met": who
                # told it, between commas, takes no part
            restated = (
                named_before is not None
                and named_before.actor == m.actor
                and s.text[s.local(named_before.end) : s.local(m.start)].strip() == "("
            )  # "the Asia-Pacific Economic Cooperation (APEC)": as the full name went
            post = m.kind == "org" and self._post(s, m, named_before)
            named_before = m
            if post:
                continue
            brokered = (
                _BROKERED_TALKS.search(s.text, 0, s.local(m.start))
                if kind == "meeting" and t0 is not None
                else None
            )
            if brokered and (
                brokered.start() < t0 - 1
                or _OTHER_TALKS.search(s.text, max(0, brokered.start() - 40), brokered.start())
            ):
                brokered = None  # ("whose talks brokered by X produced a draft, met", "three
                # years after talks brokered by Turkey collapsed": other talks)
            requested = (
                kind == "meeting"
                and _AT_REQUEST_OF.search(s.text[: s.local(m.start)])
                and not re.match(r"['’]s?\s", s.text[s.local(m.end) :])  # (not "of Ukraine's
            )  # allies")
            # ("met at the request of France and Niger": who asked for the sitting took part)
            if restated or (self._possessed_object(s, m) and not brokered and not requested):
                continue
            if re.search(
                r"\b(?:through|via)\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+|,?\s+and\s+))*"
                r"(?:the\s+)?$",
                s.text[: s.local(m.start)],
            ):
                continue  # "drove from Germany through Poland and Lithuania": a route, no party
            if (
                t0 is not None
                and self._in_subject_aside(s, m, t0)
                and (kind == "exercise" or self._said_aside(s, m))
            ):
                continue  # "Beijing, which claims Taiwan as its own, held drills around the
                # island", "Zelensky, who had said he was ready to meet Putin in person, held
                # talks with Erdogan": the aside's object takes no part
            if m.kind == "org" and self._chair_aside(s, m):
                continue  # "Zuma, the current chairman of SADC, spoke with Mugabe": the
                # office the person also holds, not a second party
            if re.search(r"\b(?:that|which)\s+$", s.text[: s.local(m.start)]) and re.match(
                r"\s+(?:[a-z]+ly\s+)?(?:claims|claimed|controls|controlled|occupies|occupied"
                r"|disputes|disputed)\b",
                s.text[s.local(m.end) :],
            ):
                continue  # "an area of the South China Sea that Beijing claims": a place's owner
            if m.form == "metonym" and any(a <= s.local(m.start) < b for a, b in names):
                continue  # "Bersama Lima 2023", "the Brussels Summit": a name, not Peru
            if m.kind == "org" and self.orgs[m.key].kind in (
                "company",
                "legislature",
                "political-party",
                "news-media",
                "non-governmental-organization",
            ):
                continue
            if (
                m.kind == "org"
                and self.orgs[m.key].kind == "armed-group"
                and (kind != "meeting" or not _TALKED_WITH.search(s.text, 0, s.local(m.start)))
            ):
                continue  # (but "talks with the Taliban", "between the government and the M23":
                # a party to them; not "talks on countering the TTP", "met without Hamas")
            if observers and _observer(s.text, s.local(m.start), s.local(m.end)):
                continue  # "with Bangladesh attending as an observer", "observers from Japan"
            before = s.text[: s.local(m.start)]
            after_trigger = t1 is not None and s.local(m.start) > t1
            if (
                (_PURPOSE.search(before) and not _CALLED_ON.search(before))
                or (_GO_BETWEEN.search(before) and not brokered)
                or (after_trigger and _PURPOSE_OWNED.search(before))
            ):
                continue  # "aid for Ukraine", "talks on China": the topic, not a party
            if self._reaction().match(s.text, s.local(m.end)):
                continue  # "brushed aside China's objection to the joint exercise"
            if _ABSENT.match(s.text, s.local(m.end)):
                continue  # "with Niger absent this year": no participant
            if _STANCE_OBJECT.search(before):
                continue  # "EU leaders condemned what they called Turkey's illegal actions and
                # expressed solidarity with Cyprus at a summit": whom they spoke of
            if (
                kind == "meeting"
                and t0 is not None
                and not after_trigger
                and re.search(r"\b(?:asked|urged|told|pressed|requested)\s+(?:the\s+)?$", before)
                and re.match(r"\s+(?:not\s+)?to\s+[a-z]", s.text[s.local(m.end) :])
                and re.search(r"\b(?:his|her|their)\s+(?:[\w.-]+\s+){0,3}$", s.text[:t0])
            ):
                continue  # "had asked Tehran to delay the port call until after his Feb. 10
                # meeting with Biden": whom he asked, not whom he met
            if re.search(r"\b(?i:no|nor)\s+$", before) and _INVOLVED.search(s.text):
                continue  # "no Chinese troops are involved": none of theirs
            if m.actor in denied_states:
                continue  # (see above)
            if _BORDER_WITH.search(before):
                continue  # "drills along its border with Pakistan": where, not with whom
            if after_trigger and _NEAR.search(before):
                continue  # "held an exercise near a Chinese survey vessel": where
            if kind == "exercise" and after_trigger and self._drilled_between(s, m, t0 or 0):
                continue  # "a Chinese task group held a live-fire drill between Australia and
                # New Zealand": where (but "an exercise between India and France" is theirs)
            if m.kind == "org" and _FOUNDING.search(before):
                continue  # "signed the convention establishing the GCAP International
                # Government Organisation": the body the deal sets up takes no part yet
            if (
                kind == "meeting"
                and t0 is not None
                and s.local(m.start) < t0
                and m.form != "person"
                and _DEAL_WITH.search(before)
            ):
                continue  # "endorsed the arrangement with Indonesia at a meeting": not a guest
            if _SIDELINES.search(before) or (
                kind == "meeting"
                and m.kind == "org"
                and after_trigger
                and re.search(r"\bduring\s+(?:the\s+|an?\s+)?(?:annual\s+)?$", before)
            ):
                continue  # "on the margins of the Pacific Islands Forum meeting", "met ...
                # during the U.N. General Assembly": the venue's
            other = _OTHER_EVENT.search(before)
            own = (  # "After talks with Putin, Xi said": those talks are the event (not "flew
                other is not None  # to Moscow on Monday, a week after talks with Biden", nor
                and t0 is not None  # "ahead of talks with Lavrov": still to come)
                and other.start() <= t0 < other.end()
                and re.match(r"(?i:after|following)\b", other.group()) is not None
                and not re.search(r"\b(?:days?|weeks?|months?|hours?|years?|shortly|soon)\s*$",
                                  s.text[: other.start()])
                and not _MOVED.search(s.text, 0, other.start())
            )  # fmt: skip
            if other and not own:
                continue  # "..., a week after talks with Bolivia": another event's party (not
                # when those talks are the event: "After talks with Putin, Xi said")
            if after_trigger and _TIES.search(before):
                continue  # "... voiced concern over its ties with Russia": the topic
            if _STRAINS_BETWEEN.search(before) or _MEMBERS_CLAUSE.search(before):
                continue  # "at a time of strains between Armenia and its ally, Russia"; "the
                # Shanghai Cooperation Organisation, which includes Uzbekistan,": no party
            if after_trigger and _SPEAKER.match(s.text, s.local(m.end)):
                continue  # "..., China's foreign ministry said": who reports it
            if (
                not after_trigger
                and m.form == "person"
                and re.match(
                    r"\s+(?:spoke|speaks|was\s+speaking|commented)\s+as\b", s.text[s.local(m.end) :]
                )
            ):
                continue  # "He spoke as the allies wrapped up their exercises": no participant
            verb = _OBJECT_OF.search(before)
            listed = (
                verb is not None
                and verb.group(1) in _LISTING_NOUNS
                and _LISTED_TAKE_PART.search(before, 0, verb.start(1))
            )
            if (
                after_trigger
                and verb
                and verb.group(1) not in _TAKE_PART
                and not listed
                and not (verb.start(1) == t0 and verb.end(1) == t1)
            ):  # "... after the meeting, creates the GCAP organisation": an object (but "Lula
                continue  # phoned Arce": whom the trigger's own verb names)
            if (
                verb
                and verb.group(1) in _ACTED_UPON
                and not (
                    re.match(r"[-–]\w", s.text[s.local(m.end) :])
                    and (
                        kind == "exercise"
                        or re.match(
                            r"[-–][\w.]+(?:\s+[A-Z][\w.]*)*\s+(?:[a-z-]+\s+)?"
                            r"(?:talks|summit|meeting)\b",
                            s.text[s.local(m.end) :],
                        )
                    )
                )
            ):  # (but a hyphened pair modifies a noun: "criticized the U.S.-South Korean drills")
                continue  # "EU leaders sanctioned Belarus at a summit": whom they acted on
            if (
                after_trigger
                and re.search(
                    r"\b(?:called|calls|calling)\s+on\s+(?:the\s+)?"
                    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*|,?\s+and\s+)(?:the\s+)?)*$",
                    before,
                )
                and re.match(
                    r"(?:\s+and\s+[\w.'’ -]+?)?\s+(?:not\s+)?to\s+[a-z]", s.text[s.local(m.end) :]
                )
            ):
                continue  # "held talks and called on China to end the drills": whom they urged
            if (
                m.kind == "org"
                and _ALL_MEMBERS.search(before)
                and _ALL_MEMBERS_AFTER.match(s.text, s.local(m.end))
            ):
                out.append(m.actor)  # "brought together the 10 ASEAN members and ...": all of
                continue  # the body's members, the body itself (not "EU members Poland and")
            if (
                m.kind == "org"
                and re.match(
                    r"\s+(?!(?:over|in|on|at|for|with|from|to|and|near|off|during|as|after|before|by"
                    r"|of|under|across|around|since|personnel|troops|forces|soldiers|sailors|marines"
                    r"|officers|units|ships|warships|jets|aircraft|is|are|was|were|has|have|had|will"
                    r"|would|also|hosts|leads|joins|holds|met|meet|held)\b|[a-z]+ed\b"
                    r"|(?:officials|representatives|envoys|delegates|delegations?|diplomats)\s+"
                    r"(?:also\s+)?(?:attending|attended|present|participating|took\s+part"
                    r"|taking\s+part|joined|joining)\b)[a-z]+['’]?\s",  # ("with U.S., British and
                    # European Union officials also attending": the EU took part)
                    s.text[s.local(m.end) :],
                )
            ):  # (a verb after it, "The South African Navy hosted", makes it the subject)
                if (
                    self._grouping(m)
                    and GROUPING_PEOPLE.match(s.text, s.local(m.end))
                    and (
                        re.search(r"\bof\s+(?:the\s+)?$", before)
                        or re.fullmatch(r"\W*(?:[Tt]he\s+)?", before)
                    )
                ):
                    out.append(m.actor)  # "chaired a video call of G7 leaders": the grouping met
                elif (
                    kind == "meeting"
                    and _GROUPING_MEETING_NOUN.match(s.text, s.local(m.end))
                    and _TO_GROUPING_MEETING.search(before)
                    and self._formal_body(m)  # (not a format of states: "the Quad summit")
                    and not _MET_BEFORE.search(s.text, lo, s.local(m.start))  # (nor "held
                    # talks and then joined an ASEAN meeting": the talks are theirs)
                    and len(out) >= 2  # (not "Sitharaman attended an SCO meeting and held
                    # talks there with Wei": the grouping's meeting is not theirs)
                ):
                    out.append(m.actor)  # "Xi and Putin attended the SCO summit": the
                    # grouping's own summit, the grouping with them
                elif not _VENUE.search(before):
                    modifiers.append(m.actor)  # "a Quad leaders' summit": the grouping
                continue
            out.append(m.actor)
        if len(out) < 2:
            out += modifiers
        host = _HOST_NATION.search(s.text, lo, end)
        if host:  # "with commandos from the host nation, Senegal and ...": where it is held
            place = next(
                (m.key for m in s.mentions if m.kind == "nation" and m.role == "place"), None
            )
            where = place or self._dateline_state()
            if where:
                at = host.start()
                named = [m for m in s.actors(lo, end) if s.local(m.start) < at]
                out.insert(len({m.actor for m in named} & set(out)), where)
        for ref in _REGION_REF.finditer(s.text, lo, end):  # "Soldiers from the United States,
            group = self._region_group(s, ref.start(), COUNTS[ref.group(1).lower()], [], ())
            listed = any(  # the three Baltic states and Poland": all three, in a list of the
                m.kind == "nation"  # states who took part (not "off the coasts of Oman and the
                and m.actor in out  # six Gulf states": Oman is a place)
                and (
                    re.fullmatch(r",\s+|,?\s+and\s+", s.text[s.local(m.end) : ref.start()])
                    or re.fullmatch(r",\s+|,?\s+and\s+", s.text[ref.end() : s.local(m.start)])
                )
                for m in s.actors(lo, end)
            )
            if group and listed:
                out += group.actors
        return tuple(dict.fromkeys(out))

    @staticmethod
    def _bare_state_at(s: Sentence, pos: int) -> bool:
        """True when a state's name or capital, and no official of it, stands at local ``pos``
        ("with Pyongyang", "with North Korea"; not "with Chilean President Gabriel Boric").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Wang Yi held talks in Seoul on reviving diplomacy with North Korea on Monday."
            >>> [f.parties for f in extract_text(t, date="2025-03-14").facts]
            [('CHN', 'KOR')]
        """
        gap = re.match(r"(?:the\s+)?", s.text[pos:])
        at = pos + (gap.end() if gap else 0)
        return any(
            m.kind == "nation" and m.form in ("name", "metonym") and s.local(m.start) == at
            and not re.match(r"['’]s?\s|\s+[A-Z]", s.text[s.local(m.end) :])
            for m in s.mentions
        )  # fmt: skip

    @staticmethod
    def _in_subject_aside(s: Sentence, m: Mention, t0: int) -> bool:
        """True for a state named in a relative aside on the subject, before the verb at ``t0``
        ("Beijing, which claims Taiwan as its own, held drills"), unless the aside tells that it
        joined ("Russia, which was joined by Kazakhstan, held drills").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Beijing, which claims Taiwan as its own, held drills on Monday."
            >>> [f.parties for f in extract_text(t, date="2024-03-08").facts]
            [('CHN',)]
        """
        aside = _SUBJECT_RELATIVE.search(s.text, 0, s.local(m.start))
        close = re.search(r",", s.text[s.local(m.end) : t0])
        return bool(
            aside
            and close
            and "," not in s.text[aside.end() : s.local(m.start)]
            and s.actors(0, aside.start())
            and not re.search(
                r"\b(?:join\w*|took\s+part|taking\s+part|with|alongside|accompan\w*|flanked"
                r"|together|along)\b",
                s.text[aside.start() : s.local(m.end) + close.start()],
            )
        )

    @staticmethod
    def _chair_aside(s: Sentence, m: Mention) -> bool:
        """True for a body named in an aside on a state's official that tells an office the
        official also holds ("South African President Jacob Zuma, the current chairman of the
        Southern African Development Community (SADC), spoke with Mugabe").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("Japanese Prime Minister Shinzo Abe, the current chair of the Group of "
            ...      "Seven, met Chinese Premier Li Keqiang in Tokyo on Wednesday.")
            >>> [f.parties for f in extract_text(t, date="2019-05-08").facts]
            [('JPN', 'CHN')]
        """
        aside = _CHAIR_ASIDE.search(s.text, 0, s.local(m.start))
        if aside is None:
            return False
        before = [a for a in s.actors(0, aside.start()) if s.local(a.end) == aside.start()]
        return bool(  # (the official right before the aside, in office now: not "Former
            before  # Portuguese Prime Minister Antonio Costa, the president of the European
            and before[-1].kind == "nation"  # Council, met Li", nor "met Omar Touray, the
            and before[-1].form == "person"  # president of the ECOWAS Commission")
            and not re.search(
                r"\b(?:[Ff]ormer|[Ee]x-)[^,;]{0,40}$", s.text[: s.local(before[-1].start)]
            )
            and re.match(r"(?:\s*\([^)]*\))?\s*,", s.text[s.local(m.end) :])
        )

    @staticmethod
    def _said_aside(s: Sentence, m: Mention) -> bool:
        """True when the relative aside that names ``m`` tells what the subject said or wanted
        ("Zelensky, who had said he was ready to meet Putin in person, held talks with
        Erdogan"), not whom it hosts or visits ("Modi, who is hosting Albanese this week").

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Zelensky, who said he would meet Putin, held talks with Erdogan on Monday."
            >>> [f.parties for f in extract_text(t, date="2025-05-16").facts]
            [('UKR', 'TUR')]
        """
        aside = _SUBJECT_RELATIVE.search(s.text, 0, s.local(m.start))
        return bool(aside) and _ASIDE_SAID.search(aside.group()) is not None

    @staticmethod
    def _drilled_between(s: Sentence, m: Mention, t0: int) -> bool:
        """True for a state named in "a drill between A and B" that a third state held: the
        sea between them, not a party.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "A Russian naval group held a drill between Japan and Korea on Monday."
            >>> [f.parties for f in extract_text(t, date="2024-03-08").facts]
            [('RUS',)]
            >>> t = "Japan hosted a drill between the U.S. and Philippine navies on Monday."
            >>> [f.parties for f in extract_text(t, date="2024-03-08").facts]
            [('JPN', 'USA', 'PHL')]
        """
        at = s.local(m.start)
        lead = _DRILL_BETWEEN.search(s.text[max(0, at - 160) : at])
        if lead is None:
            return False
        tail = _NAME_LIST.match(s.text, s.local(m.end))
        end = tail.end() if tail else s.local(m.end)
        if _FORCES_AFTER.match(s.text, end):
            return False  # "between the U.S. and Philippine navies": theirs
        if re.search(r"\bhost(?:s|ed|ing)?\b", s.text[t0 : at - len(lead.group())]):
            return False  # "Australia hosted exercises between Indonesia and Malaysia": theirs
        listed = {x.actor for x in s.actors(at - len(lead.group()), end)}
        holders = {x.actor for x in s.actors(0, t0)}
        return bool(holders) and not holders & listed  # (not "India held an exercise between
        # India and France")

    def _place_after(self, s: Sentence, pos: int) -> str | None:
        """The city told right after a meeting's noun ending at local ``pos`` ("approved it at
        their summit in Brussels in July"), before any other place of the sentence ("in
        Baghdad").

        Example:
            >>> t = "at their summit in Brussels in July"
            >>> _NOUN_PLACE.match(t, t.index(" in Brussels")).group("city")
            'Brussels'
        """
        at = _NOUN_PLACE.match(s.text, pos)
        if at is None:
            return None
        city = at.group("city")
        if city.split()[0] in self.lex.words("meeting", "languages"):
            return None  # "held talks in Arabic on Monday in Cairo"
        for m in s.mentions:
            if s.local(m.start) == at.start("city"):
                return self._city(s, m) if m.kind == "nation" and m.form == "metonym" else None
        return city if city.split()[0] not in NOT_PLACES and city not in REGIONS else None

    def _city(self, s: Sentence, m: Mention) -> str:
        """The city of a metonym: a venue after "at the" or "in the" ("at the White House", "in
        the Kremlin") is its capital."""
        capital = self.lex.nations[m.key].metonyms[:1]
        if (
            capital
            and m.text != capital[0]
            and re.search(r"\b(?:at|in|inside)\s+the\s+$", s.text[: s.local(m.start)])
        ):
            return capital[0]
        return m.text

    def _others_also(self, s: Sentence, lo: int, t0: int, fact: Fact) -> bool:
        """True when other people of the same two states "also" met or spoke that day ("Gen.
        Mark Milley ... also spoke with his Russian counterpart" after Austin's call with
        Shoigu): a second meeting, not the first told again.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = ("U.S. Defense Secretary Lloyd Austin spoke by phone with Russian Defense "
            ...      "Minister Sergei Shoigu on Wednesday. Gen. Mark Milley, the top U.S. "
            ...      "officer, also spoke with his Russian counterpart, Gen. Valery Gerasimov, "
            ...      "on Wednesday.")
            >>> len([f for f in extract_text(t, date="2023-03-16").facts if f.kind == "meeting"])
            2
        """
        if not re.search(r"\balso\s+$", s.text[lo:t0]) or _SAME_TALKS.search(s.text):
            return False  # (not "also spoke with Dong Jun during the call": the same talks)
        people = [m.text.split()[-1] for m in s.actors(lo, t0) if m.form == "person"]
        told = [
            f for f in self.facts
            if f.kind == "meeting" and set(f.parties) == set(fact.parties) and f.evidence
        ]  # fmt: skip
        named = [_NAMED_OFFICIAL.search(e.text) for e in told[-1].evidence] if told else []
        return bool(
            people
            and any(named)  # (the earlier talks told by who held them)
            and not any(p in e.text for p in people for e in told[-1].evidence)
        )

    def _named_pair(self, s: Sentence, label: str, lo: int, hi: int) -> str | None:
        """The name of a second exercise joined by "and" to the one named ``label`` where the
        clause ``lo:hi`` first names it ("Key Resolve and Foal Eagle 2016"), or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Seoul and Washington began the Key Resolve and Foal Eagle drills on Monday."
            >>> sorted(f.label for f in extract_text(t).facts if f.kind == "exercise")
            ['Foal Eagle', 'Key Resolve']
        """
        first = re.compile(rf"\b{re.escape(label)}\b").search(s.text, lo, hi)
        joined = _AND_THE.match(s.text, first.end()) if first else None
        other = _name_regex("exercise").match(s.text, joined.end()) if joined else None
        # (only the name the clause tells, not "both Freedom Shield and Ulchi Freedom Shield"
        # later in the sentence)
        if other is None or not self._is_name(other.group(1)) or other.group(1) == label:
            return None
        return _LED_BY_NAME.sub("", other.group(1))

    def _event_name(self, text: str, kind: str) -> str | None:
        m = _name_regex(kind).search(text)
        if m and self._is_name(m.group(1)):  # ("the U.S.-led Saber Strike": its name)
            return _LED_BY_NAME.sub("", m.group(1))
        return None

    def _bare_name(self, s: Sentence, lo: int, hi: int) -> str | None:
        """An exercise's name written before a lower-case noun ("the annual Sea Breeze naval
        exercise", "the Cobra Gold drills"): capitalized words that name no state, body or
        system, or None.

        Example:
            >>> from kg.extract.document import extract_text
            >>> t = "Peru and Chile began the annual Andean Breeze naval exercise on Monday."
            >>> [f.label for f in extract_text(t).facts if f.kind == "exercise"]
            ['Andean Breeze exercise']
        """
        not_heads = self.lex.words("exercise", "not_name_heads")
        for m in _BARE_NAME.finditer(s.text, lo, hi):
            words_ = m.group(1).split()
            if words_[0] in _NOT_NAME_STARTS or words_[0] in NOT_PLACES:
                continue
            if words_[-1] in not_heads or any(re.search(r"['’]s?$", w) for w in words_):
                continue  # "the Black Sea exercise", "the Navy's drills": where or whose (but
                # "Sea Breeze" is a name)
            if any(
                x.start < s.start + m.end(1) and s.start + m.start(1) < x.end for x in s.mentions
            ):
                continue  # "the Indian naval exercise", "the U.S.-led drills": whose, no name
            return f"{m.group(1).strip()} {m.group(2).lower()}"
        return None

    def _is_name(self, name: str) -> bool:
        """A name, not a sentence opening; a year in it is the edition's ("Horizon 2047" is a
        plan, "Balikatan 2024" in a 2024 article an exercise)."""
        if name.split()[0] in _NOT_NAME_STARTS:
            return False
        if re.fullmatch(r"[A-Z][a-z]+-\d\d", name) and _system_name(name):
            return False  # "Hwasong-17": a missile, no exercise
        year = re.search(r"\b((?:19|20)\d\d)$", name)
        if year and self.article_date:
            return abs(int(year.group(1)) - int(self.article_date[:4])) <= 1
        short = re.search(r"[\s-](\d\d)$", name)
        if short:  # "African Lion 24" in a 2024 article; "Group 24" is no edition
            return (
                bool(self.article_date)
                and abs(int(short.group(1)) - int(self.article_date[2:4])) <= 1
            )
        return True

    def _location(self, s: Sentence, date: str | None) -> str | None:
        """The city the sentence sets its event in: the place before ", where" ("arrived from
        Manila, where he met"), else the first capital used as a place; a venue that stands for
        a government ("at the White House") is its capital."""
        cities = [
            m for m in s.mentions
            if m.kind == "nation" and m.form == "metonym"
            and not _AT_REQUEST.match(s.text, s.local(m.end))  # "at Ankara's request": whose
        ]  # fmt: skip
        for m in cities:  # (also "flew on to Havana the same week, where")
            if re.match(_WHERE_AFTER, s.text[s.local(m.end) :]):
                return self._city(s, m)
        named = {s.text[m.start - s.start : m.end - s.start] for m in s.mentions}
        for m in re.finditer(rf"\b(?:from|in|to|at|visited|reached)\s+({_CITY.pattern})", s.text):
            word = m.group(1)
            if (
                word not in named
                and not _CALENDAR.match(word)
                and word.split()[0] not in NOT_PLACES
                and word not in REGIONS
                and not _MET_BEFORE_WHERE.search(s.text, 0, m.start())
                and re.match(_WHERE_AFTER, s.text[m.end() :])
            ):  # "travelled to Canberra from Melbourne, where he had joined": the meeting the
                return word  # "where" clause tells (not "met Biden in Washington after arriving
                # from New York, where ...": the main clause's)
        for m in cities:  # "during his state visit to Paris"
            if _VISIT_TO.search(s.text[: s.local(m.start)]):
                return self._city(s, m)
        for m in cities:  # (not "From Caracas, he flew on": where he came from)
            if m.role == "place" and not FROM_OPENER.fullmatch(s.text[: s.local(m.start)]):
                return m.text
        for m in cities:
            if self._city(s, m) != m.text:
                return self._city(s, m)
        capital = re.search(r"\b(?:the\s+)?([A-Z][a-z]+)\s+capital\b", s.text)
        if capital:
            for m in s.mentions:
                if m.text == capital.group(1) and m.kind == "nation":
                    metonyms = self.lex.nations[m.key].metonyms
                    return metonyms[0] if metonyms else None
        if self.place and re.search(rf"\b(?:in|at)\s+{re.escape(self.place)}\b", s.text, re.I):
            return self.place
        base = _AT_BASE.search(s.text)
        if base:  # "signed the document at Ramstein Air Base in Germany": Ramstein
            return base.group(1)
        for m in _IN_NAME.finditer(s.text):
            word = m.group(1)
            if _TOPIC_BEFORE_IN.search(s.text, 0, m.start()):
                continue  # "talks on the ceasefire in Gaza": where the war is, not the talks
            if word not in named and word.split()[0] not in NOT_PLACES and word not in REGIONS:
                return word  # "held a planning meeting in Chabahar"
        if self.place and date and date == self.article_date:
            return "New York" if self.place == "United Nations" else self.place  # (the
        return None  # headquarters a "UNITED NATIONS" dateline names)
