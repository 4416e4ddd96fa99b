"""The fact rules: agreements, contracts, meetings, exercises and stances from one sentence.

Each rule finds a trigger from patterns.toml in a clause, refuses it when a hedge or negation
governs it, and fills the fact's roles from the mentions around the trigger: the subject
(actors before the trigger, or the group a reference like "the three nations" stands for)
and the object (actors right after it). Rule ids name the rule and the trigger kind.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Japan and Britain signed a reciprocal access pact on Jan. 11, 2023.")
    >>> [(f.kind, f.type, f.parties, f.date) for f in ex.facts]
    [('agreement', 'access', ('JPN', 'GBR'), '2023-01-11')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.extract.context import Discourse, Group, Sentence, group_refs, runs, unique_actors, words
from kg.extract.mentions import Mention
from kg.extract.model import Amount, Evidence, Fact
from kg.lexicon import Org, load_lexicon

_ESTIMATE = re.compile(
    r"(?:estimated (?:it|the \w+)|estimates?d? (?:it|that)|put (?:it|the \w+(?: \w+)?) at|combined|"
    r"in total|total(?:ling)?|as much as|media|entire package|overall|program cost|cost of the|"
    r"expected to (?:approach|reach|cost|be)|will cost|would cost)\W+(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
_NAMED_AGREEMENT = re.compile(
    r"((?:[A-Z][\w'’-]*\s(?:and\s|of\s|on\s|for\s)?){1,6}"
    r"(?:Agreement|Treaty|Partnership|Accord|Pact|Memorandum|Declaration|Arrangement)\b"
    r"(?:\s\([A-Z]{2,8}\))?)"
)
_DEFINITE = re.compile(
    r"\b(?:the|this|that|such|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:pact|agreement|accord|deal|treaty|document|memorandum|arrangement)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MODIFIER_STOP = {
    "to", "and", "or", "for", "in", "on", "at", "over", "with", "of", "which", "that", "who",
    "as", "by", "from", "after", "before", "into", "against", "about", "is", "are", "was",
    "were", "has", "have", "had", "said", "says", "would", "will", "could", "immediately",
    "not", "also", "s", "but", "while", "than", "through", "under", "during", "since",
}  # fmt: skip
_FMS = re.compile(
    r"\b(?:approv|clear|notif)\w*\b[^;]{0,60}?\b(?:possible|proposed|potential)\b[^;]{0,60}?\b(?:sale|package)\b",
    re.IGNORECASE,
)
_VISIT = re.compile(
    r"\bduring\s+(?:a|an|his|her|their|the)\s+(?:\w+\s+){0,2}(?:visit|trip|talks|summit|meeting|stop|tour)\b",
    re.I,
)
_PEOPLE = {
    "ministers", "minister", "leaders", "leader", "officials", "official", "members", "heads",
    "head",
    "president", "general", "director", "chief", "secretary", "ambassador", "spokesperson",
    "spokesman", "spokeswoman", "delegation", "delegations", "representatives", "envoy", "chair",
    "chairman", "premier", "government", "governments", "foreign", "defense", "defence",
    "forces", "troops", "personnel", "contingents", "units", "sailors", "soldiers", "marines",
}  # fmt: skip
_COLLECTIVE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:foreign\s+|defense\s+|defence\s+)?(?:leaders|ministers|members|allies|heads)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_MET = re.compile(
    r"\bmet\s+(?:with\s+)?|\b(?:leaders|ministers|officials|delegates|heads of state)\s+"
    r"(?:\w+\s+){0,2}(?:gathered|convened|assembled)\b"
    r"|\b(?:parliament|council|assembly|senate|congress|lawmakers|members|Diet|Bundestag)\s+"
    r"(?:\w+\s+){0,2}(?:voted|gathered|convened)\b"
)
_OBJECT_PREP = re.compile(
    r"\b(?:to|of|from|on|against|for|in|at|into|toward|towards|over|than)\s+(?:the\s+)?$", re.I
)
_AND_VERB = (
    r"\s+and\s+(?=(?:(?:also|then)\s+)?[a-z]+ed\b"
    r"|(?:had|has|have|was|were|would|will|could|is|are)\b)"
)
_STATE_NOUNS = (
    r"\b(?:countries|nations|states|governments|sides|allies|neighbou?rs|powers|partners)\b"
)
_AGREEMENT_REF = (
    r"(?:the|this|that)\s+(?:new\s+)?(?:pact|agreement|accord|deal|treaty|sale|arrangement)"
)
_NOT_PLACES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "The", "A", "An", "Its", "Their", "His", "Her",
}  # fmt: skip
_PLURAL_NOUNS = {
    "allies", "partners", "officials", "forces", "troops", "firms", "companies", "lawmakers",
    "diplomats", "leaders", "ministers", "members", "states", "nations", "countries", "units",
    "sailors", "soldiers", "citizens", "interests", "ties", "relations", "warships", "jets",
}  # fmt: skip
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
_DAYS_OFFSET = re.compile(r"\b(a|one|two|three|four) days? (after|before)\b", re.I)
_END_DATE = re.compile(r"\b(?:until|till|through|to|by|before)\s+$", re.I)


def clauses(text: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses at the breaks of patterns.toml ([hedges] clause_breaks).

    Example:
        >>> t = "China objected, while Japan agreed; Korea left."
        >>> [t[a:b] for a, b in clauses(t)]
        ['China objected,', ' while Japan agreed', '; Korea left.']
    """
    breaks = [*load_lexicon().words("hedges", "clause_breaks"), ", with ", ", where "]
    cuts = sorted(
        {m.start() for b in breaks for m in re.finditer(re.escape(b), text, re.IGNORECASE)}
    )
    bounds = [0, *[c for c in cuts if c > 0], len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """Return the clause (start, end) containing local offset ``pos``."""
    for a, b in clauses(text):
        if a <= pos < b:
            return a, b
    return 0, len(text)


def hedged(text: str, lo: int, trigger_start: int, trigger_end: int) -> bool:
    """True when a hedge or negation cue governs the trigger at ``trigger_start``.

    Example:
        >>> t = "Poland is expected to sign a deal."
        >>> hedged(t, 0, 22, 26), hedged("Poland signed a deal.", 0, 7, 13)
        (True, False)
    """
    before = text[lo:trigger_start]
    coordinated = re.search(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$", before)
    if coordinated:  # "warned that it would retaliate and urged ...": a new main verb
        before = ""
    after = text[trigger_end : trigger_end + 40]
    return bool(words("hedges", "before").search(before) or words("hedges", "after").search(after))


def _head(noun: str) -> str:
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
    """Agreement nouns used as verbs or modifiers here ("plan to", "deal with") are not nouns."""
    after = clause[noun.end() : noun.end() + 6]
    return (
        {noun.group().lower()}
        if re.match(r"\s+(?:to|with)\b", after)
        and noun.group().lower() in ("plan", "deal", "deals")
        else set()
    )


def _is_verb_form(word: str) -> bool:
    return not re.search(
        r"(?:ment|ments|tion|tions|ing)$", word, re.IGNORECASE
    ) or word.lower() in (
        "signing",
        "agreeing",
    )


@dataclass
class ContractContext:
    """What a sentence like "X signed contracts with two manufacturers" leaves for the next."""

    awarder: str | None
    date: str | None
    customers: tuple[str, ...]
    sentence: int


@dataclass
class State:
    """Discourse state the rules keep beyond the group (agreements, sales, contracts)."""

    last_agreement: Fact | None = None
    fms: bool = False
    last_buyer: str | None = None
    contract_context: ContractContext | None = None
    last_date: str | None = None
    last_date_paragraph: int = -1
    prev_states: list[str] = field(default_factory=list)
    stance_actor: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


class Rules:
    """Applies every fact rule to the sentences of one article, in order."""

    def __init__(
        self, discourse: Discourse, *, place: str | None = None, article_date: str | None = None
    ) -> None:
        self.d = discourse
        self.lex = load_lexicon()
        self.st = State()
        self.place = place
        self.article_date = article_date
        self.orgs: dict[str, Org] = dict(self.lex.orgs)  # plus organizations found by shape

    @property
    def facts(self) -> list[Fact]:
        """The facts found so far, in order."""
        return self.st.facts

    def sequence(self) -> list[Callable[[Sentence], None]]:
        """The rules, in the order they run on each sentence."""
        return [
            self._learn,
            self.agreements,
            self.contracts,
            self.contract_followups,
            self.meetings,
            self.exercises,
            self.stances,
            self._remember,
            self.update_group,
        ]

    def _learn(self, s: Sentence) -> None:
        for m in s.mentions:
            if m.org is not None:
                self.orgs.setdefault(m.key, m.org)

    def _remember(self, s: Sentence) -> None:
        self.st.prev_states = [m.actor for m in s.actors() if m.kind == "nation"]
        if s.first_date():
            self.st.last_date, self.st.last_date_paragraph = s.first_date(), s.paragraph

    # ---- shared role finders -------------------------------------------------------------

    def subject(self, s: Sentence, lo: int, pos: int) -> tuple[tuple[str, ...], str | None]:
        """The actors before local offset ``pos`` in the clause starting at ``lo``, and a date.

        The run of named actors nearest the trigger wins, unless a group reference ("the
        three nations") stands between it and the trigger; a pronoun ("they") only stands
        for the last group when no actor is named before the trigger.
        """
        mentions = [m for m in s.actors(lo, pos) if not self._possessed_object(s, m)]
        refs = group_refs(s.text[lo:pos])
        best_named = runs(s, mentions)[-1] if mentions else []
        named_end = s.local(best_named[-1].end) if best_named else -1
        if refs:
            r_start, r_end, size = refs[-1]
            ref = s.text[lo + r_start : lo + r_end].lower()
            pronoun = ref in ("they", "their", "both")
            group = self._group_for(s, lo + r_start, size, bool(re.search(_STATE_NOUNS, ref)))
            if group and (not best_named or (not pronoun and lo + r_start > named_end)):
                return group.actors, group.date
        if best_named:
            return unique_actors(best_named), None
        return (), None

    def _group_for(
        self, s: Sentence, pos: int, size: int | None, states: bool = False
    ) -> Group | None:
        """The group a reference at local offset ``pos`` stands for ("the three nations").

        A run of that many actors earlier in the same sentence wins, then the current
        group, then the most recent earlier group of that size. ``states``: the reference
        names states ("both sides", "the two countries"), so a group of states is wanted.
        """
        earlier = [r for r in runs(s, [m for m in s.actors(0, pos)]) if len(unique_actors(r)) > 1]
        for run in reversed(earlier):
            if size is None or len(unique_actors(run)) == size:
                return Group(unique_actors(run), s.first_date())
        group = self.d.history[-1] if self.d.history else self.d.group
        if group is None:
            return None
        if states:  # the most recent group with (that many) states in it
            for old in reversed(self.d.history):
                found = tuple(a for a in old.actors if a in self.lex.nations)
                if len(found) >= 2 and (size is None or len(found) == size):
                    return Group(found, old.date)
            return None
        if size is not None and size != len(group.actors):
            return self.d.sized(size, lambda a: a in self.lex.nations)
        return group

    def _possessed_object(self, s: Sentence, m: Mention) -> bool:
        """True when the mention is the object of a preposition, not an acting party.

        "ministers of the Group of Seven" and "led by Australia" still act.
        """
        before = s.text[: s.local(m.start)]
        prep = re.search(
            r"\b(of|against|on|to deter|deter|toward|towards|by|from|than)\s+(?:the\s+|all\s+)?$",
            before,
        )
        if not prep:
            return False
        head = re.search(
            r"([A-Za-z']+)\s+" + re.escape(prep.group(1)) + r"\s+(?:the\s+|all\s+)?$", before
        )
        word = head.group(1).lower() if head else ""
        if prep.group(1) in ("of", "from") and word in _PEOPLE:
            return False
        return not (
            prep.group(1) == "by"
            and word in ("led", "hosted", "co-hosted", "organized", "organised", "attended")
        )

    def objects(self, s: Sentence, pos: int, *, window: int = 4) -> list[Mention]:
        """The coordinated run of actors that starts within ``window`` words after ``pos``.

        A name that only modifies a noun ("U.N. member states") is not an object.
        """
        after = [m for m in s.actors(pos) if s.local(m.start) >= pos]
        if not after:
            return []
        gap = s.text[pos : s.local(after[0].start)]
        gap = re.sub(r"^(?:the\s+)?governments?\s+of\s+(?:the\s+)?", "", gap, flags=re.I)
        if len(gap.split()) > window or re.search(r"[,;:]", gap):
            return []
        run = next(r for r in runs(s, after) if r[0] is after[0])
        follow = re.match(r"\s*([A-Za-z][\w-]*)", s.text[s.local(run[-1].end) :])
        word = follow.group(1) if follow else ""
        if (
            word.islower()
            and word not in _MODIFIER_STOP
            and (not re.match(r"[a-z]+(?:ed|s)$", word) or word in _PLURAL_NOUNS)
        ):
            return []
        return run

    def date_near(self, s: Sentence, lo: int, hi: int, pos: int) -> str | None:
        """The resolved date in the clause nearest local offset ``pos``, else the sentence's first.

        A trigger inside a relative clause (", which co-developed it with Israel,") only takes
        a date from that clause.
        """
        rel = re.search(r",\s+(?:which|who)\b[^,]*,", s.text[lo:hi])
        if rel and lo + rel.start() <= pos < lo + rel.end():
            lo, hi = lo + rel.start(), lo + rel.end()
            inner = [d for d in s.dates if d.value and lo <= d.start < hi]
            return inner[0].value if inner else None
        dated = [
            d for d in s.dates
            if d.value and lo <= d.start < hi
            and not (d.start > pos and _RELATIVE_CLAUSE.search(s.text[pos : d.start]))
        ]  # fmt: skip
        if dated:
            return min(dated, key=lambda d: abs(d.start - pos)).value
        if any(d.value and lo <= d.start < hi for d in s.dates):
            return None  # the clause's dates belong to a relative clause
        return self._relative_day(s) or s.first_date()

    def _news_day(self, s: Sentence) -> str | None:
        """The article's date for an undated award in a dated article (the day's news), unless
        the sentence sets it in an earlier year ("In 2021, it won ...")."""
        if re.search(r"\b(?:in|since|during|by|of)\s+(?:early\s+|late\s+)?(?:19|20)\d\d\b", s.text):
            return None
        return self.article_date

    def _relative_day(self, s: Sentence) -> str | None:
        """ "a day after ...": the day before (or after) the last date the text gave."""
        import datetime as dt

        m = _DAYS_OFFSET.search(s.text)
        anchor = self.st.last_date
        opening = words("meeting", "nouns").search(s.text[: m.start()]) if m else None
        meetings = [f for f in self.facts if f.kind == "meeting" and f.date and len(f.date) == 10]
        if opening and meetings:  # "The summit opened a day after ...": counted from the summit
            anchor = meetings[-1].date
        if not m or not anchor or len(anchor) != 10:
            return None
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}[m.group(1).lower()]
        sign = -1 if m.group(2).lower() == "after" else 1
        return (dt.date.fromisoformat(anchor) + dt.timedelta(days=sign * n)).isoformat()

    def amount(self, s: Sentence, lo: int, hi: int) -> Amount | None:
        for m in s.money:
            start = s.local(m.start)
            if not lo <= start < hi or m.converted or m.is_range:
                continue
            if _ESTIMATE.search(s.text[max(0, start - 60) : start]):
                continue
            return Amount(Decimal(m.value), m.currency)
        return None

    def evidence(self, s: Sentence, rule: str, confidence: float) -> Evidence:
        return Evidence(s.start, s.end, s.text, rule, confidence)

    def emit(self, fact: Fact) -> None:
        self.st.facts.append(fact)
        if fact.kind != "stance" and len(fact.parties) > 1:
            self.d.subject, self.d.subject_date = fact.parties, fact.date
            if fact.kind in ("meeting", "exercise"):
                self.d.history.append(Group(fact.parties, fact.date))

    def update_group(self, s: Sentence) -> None:
        """Remember the actors this sentence names together, for later group references.

        Runs that are objects of a preposition ("offers made by Washington, Seoul and
        Tokyo") are not groups; one international organization named with a collective
        noun ("NATO leaders", "ministers of the Group of Seven") is.
        """
        named = [
            r for r in runs(s, s.actors())
            if len(unique_actors(r)) > 1 and not self._possessed_object(s, r[0])
            and not _OBJECT_PREP.search(s.text[: s.local(r[0].start)])
        ]  # fmt: skip
        if named:
            self.d.remember(Group(unique_actors(max(named, key=len)), s.first_date()))
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

    # ---- agreements ----------------------------------------------------------------------

    def agreements(self, s: Sentence) -> None:
        for lo, hi in clauses(s.text):
            for trig, rule, noun, named in self._agreement_triggers(s.text[lo:hi], s, lo):
                t0, t1 = lo + trig.start(), lo + trig.end()
                if rule not in ("agreement.fms", "agreement.named-dated") and hedged(
                    s.text, lo, t0, t1
                ):
                    continue
                if rule == "agreement.fms" and re.search(
                    r"\b(?:not|no|never|rejected|denied)\b", s.text[lo:t0]
                ):
                    continue
                fact = self._agreement(s, lo, hi, t0, t1, rule, noun, named)
                if fact is None:
                    continue
                split = self._distribute(s, lo, hi, fact)
                if split:
                    for part in split:
                        self.emit(part)
                    continue
                nations = [p for p in fact.parties if p in self.lex.nations]
                if (
                    len(nations) <= 1
                    and self._company_party(fact)
                    and not re.search(r"framework", s.text[lo:hi], re.I)
                ):
                    self._agreement_as_contract(s, fact, lo, hi)
                else:
                    self.emit(fact)
                    self.st.last_agreement = fact
                    self._visit_meeting(s, fact, lo, hi)

    def _agreement_triggers(
        self, clause: str, s: Sentence, lo: int
    ) -> list[tuple[re.Match[str], str, re.Match[str] | None, re.Match[str] | None]]:
        """The agreement triggers of a clause: one per agreement noun with its nearest verb,
        or an "agreed to" / Foreign Military Sale / named-and-dated cue."""
        nouns, verbs = words("agreement", "nouns"), words("agreement", "verbs")
        verb_list = [v for v in verbs.finditer(clause) if _is_verb_form(v.group())]
        noun_list = list(nouns.finditer(clause))
        codev = words("agreement", "codevelopment").search(clause)
        named = _NAMED_AGREEMENT.search(clause)
        agreed = re.search(r"\bagreed\b(?=(?:[^.;]{0,90}?)\bto\s+[a-z]+|\s+(?:on|upon)\b)", clause)
        fms = words("agreement", "fms_cues").search(clause) or _FMS.search(clause)
        sale = re.search(r"\b(?:sale|package|to buy|to purchase)\b", clause, re.I)
        if fms and sale and (not noun_list or _FMS.search(clause)):
            return [(fms, "agreement.fms", None, None)]
        if agreed and not (noun_list and noun_list[0].start() < agreed.start()):
            return [(agreed, "agreement.agreed-to", noun_list[0] if noun_list else None, None)]
        out = []
        used: set[int] = set()
        for noun in noun_list:
            if noun.group().lower() in verbs_as_nouns(clause, noun):
                continue
            near = [
                v
                for v in verb_list
                if v.start() not in used and abs(v.start() - noun.start()) <= 90
            ]
            if near:
                verb = min(near, key=lambda v: abs(v.start() - noun.start()))
                used.add(verb.start())
                covers = (
                    named if named and named.start() <= noun.start() < named.end() + 1 else None
                )
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
        return out

    def _distribute(self, s: Sentence, lo: int, hi: int, fact: Fact) -> list[Fact]:
        """ "signed agreements with A in 2022 and with B in 2023": one agreement per partner."""
        phrases = list(re.finditer(r"\bwith\s+(?:the\s+)?", s.text[lo:hi]))
        if len(phrases) < 2:
            return []
        bounds = [lo + m.end() for m in phrases] + [hi]
        partners_all = {a for b in bounds[:-1] for a in unique_actors(self.objects(s, b, window=1))}
        base = tuple(p for p in fact.parties if p not in partners_all)
        parts = []
        for start, end in itertools.pairwise(bounds):
            run = self.objects(s, start, window=1)
            dates = [d.value for d in s.dates if d.value and start <= d.start < end]
            if not run or not dates:
                return []
            parts.append((tuple(dict.fromkeys((*base, *unique_actors(run)))), dates[0]))
        if len({d for _p, d in parts}) < 2:
            return []
        return [
            replace(fact, parties=parties, date=date, evidence=list(fact.evidence),
                    label=f"{'–'.join(parties)} {fact.type} agreement")
            for parties, date in parts
        ]  # fmt: skip

    def _dated_name(self, s: Sentence, lo: int, named: re.Match[str]) -> bool:
        end = lo + named.end()
        return any(d.value and 0 <= d.start - end <= 25 for d in s.dates) or bool(
            re.match(r",?\s+(?:signed|concluded|agreed|reached|established)\b", s.text[end:])
        )

    def _company_party(self, fact: Fact) -> bool:
        return any(p in self.orgs and self.orgs[p].kind == "company" for p in fact.parties)

    def _agreement(
        self, s: Sentence, lo: int, hi: int, t0: int, t1: int, rule: str,
        noun: re.Match[str] | None, named: re.Match[str] | None,
    ) -> Fact | None:  # fmt: skip
        clause = s.text[lo:hi]
        parties, group_date = self.subject(s, lo, t0)
        parties = tuple(dict.fromkeys((*parties, *self._with_parties(s, lo, hi))))
        definite = bool(_DEFINITE.search(clause)) and not named
        atype = self.agreement_type(clause, rule)
        last = self.st.last_agreement
        if definite and atype == "other" and last is not None:
            atype = last.type or "other"
        if rule == "agreement.fms" or atype == "arms-sale":
            parties = self._sale_parties(s, lo, hi, parties, rule, t0)
        if not parties:
            refs = group_refs(clause)
            if refs and self.d.group:
                parties = self.d.group.actors
        if len(parties) < 2 and (definite or rule == "agreement.named-dated" or named):
            base = last.parties if last is not None and definite else self.d.subject
            parties = tuple(dict.fromkeys((*parties, *base)))
        elif len(parties) == 1 and parties[0] in self.d.subject:
            parties = self.d.subject
        if len(parties) < 2:
            return None
        fallback = group_date or (self.d.subject_date if rule == "agreement.agreed-to" else None)
        if (
            fallback is None
            and rule == "agreement.noun-verb"
            and self.st.last_date == self.article_date
            and self.st.last_date_paragraph == s.paragraph
        ):
            # a signing reported in the same paragraph as the day's event happened that day
            fallback = self.st.last_date
        date = self.date_near(s, lo, hi, t1) or fallback
        label = named.group(1).strip() if named else f"{'–'.join(parties)} {atype} agreement"
        if named is None and rule == "agreement.fms":
            label = f"proposed sale to {parties[-1]}"
        return Fact(
            "agreement",
            label,
            head=_head(noun.group() if noun else named.group() if named else "agreement"),
            type=atype,
            parties=parties,
            date=date,
            amount=self.amount(s, lo, hi),
            systems=tuple(s.systems()),
            announced_by=self._announcer(s),
            evidence=[self.evidence(s, rule, 0.8 if rule == "agreement.noun-verb" else 0.7)],
        )

    def agreement_type(self, clause: str, rule: str) -> str:
        if rule == "agreement.fms":
            return "arms-sale"
        if rule == "agreement.codevelopment":
            return "defense-cooperation"
        from kg.extract.context import WordList

        for name, cues in self.lex.patterns["agreement"]["types"].items():
            if WordList(cues).search(clause):
                return name
        return "other"

    def _with_parties(self, s: Sentence, lo: int, hi: int) -> list[str]:
        out: list[str] = []
        for m in re.finditer(r"\b(?:with|between)\s+(?:the\s+)?", s.text[lo:hi]):
            out += unique_actors(self.objects(s, lo + m.end(), window=1))
        return out

    def _sale_parties(
        self, s: Sentence, lo: int, hi: int, parties: tuple[str, ...], rule: str, t0: int
    ) -> tuple[str, ...]:
        out = list(parties)
        for cue in (r"\b(?:to|cleared|clears|approved)\s+(?:the\s+)?", r"\bfor\s+(?:the\s+)?"):
            found = [
                a
                for buyer in re.finditer(cue, s.text[lo:hi])
                for a in unique_actors(self.objects(s, lo + buyer.end(), window=1))
            ]
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
        if rule == "agreement.fms":
            if foreign:
                self.st.last_buyer = foreign[-1]
            elif self.st.last_buyer:
                out.append(self.st.last_buyer)
            else:  # "approved the possible sale": to the foreign state the text is about
                recent = [*self.d.subject, *self.st.prev_states]
                out += [p for p in recent if p != "USA" and p in self.lex.nations][:1]
        return tuple(dict.fromkeys(out))

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
        visit = _VISIT.search(s.text[lo:hi])
        states = [p for p in fact.parties if p in self.lex.nations]
        people = [m for m in s.mentions if m.form == "person"]
        signed = re.search(r"\bsign(?:ed|s)\b", s.text[lo:hi])
        place = self._location(s, None)
        if not visit and signed and len(states) > 1 and len(people) > 1 and place:
            date = fact.date or self.st.last_date
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
        date = fact.date or self.st.last_date
        self.emit(
            Fact(
                "meeting",
                s.text[lo + visit.start() + len("during ") : lo + visit.end()],
                parties=fact.parties,
                date=date,
                location=self._location(s, date),
                evidence=[self.evidence(s, "meeting.visit", 0.6)],
            )
        )

    def _agreement_as_contract(self, s: Sentence, fact: Fact, lo: int, hi: int) -> None:
        """A deal between a government body and a company is a contract award."""
        company = next(p for p in fact.parties if p in self.orgs and self.orgs[p].kind == "company")
        awarder = next(
            (
                m.key
                for m in s.mentions
                if m.kind == "org"
                and self.orgs[m.key].kind in ("government-body", "military-branch")
            ),
            None,
        )
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

    # ---- contracts -----------------------------------------------------------------------

    def contracts(self, s: Sentence) -> None:
        verbs, nouns = words("contract", "verbs"), words("contract", "nouns")
        for lo, hi in clauses(s.text):
            clause = s.text[lo:hi]
            verb = verbs.search(clause)
            worth = re.search(
                r"\b(?:contract|order|deal)s?\s+with\s+(?:[^.;]{0,80}?)\b(?:is|was|are|were)\s+(?:worth|valued)",
                clause,
                re.IGNORECASE,
            )
            signed = re.search(r"\bsign\w*\s+(?:\w+\s+){0,3}contracts?\b", clause, re.IGNORECASE)
            with_company = re.search(r"\b(?:contract|order)s?\s+with\s+", clause, re.IGNORECASE)
            acted = re.search(r"\b(?:sign\w*|award\w*|placed|order(?:s|ed)?)\b", clause, re.I)
            if verb and (nouns.search(clause) or re.search(r"award", verb.group(), re.I)):
                trig, rule = verb, "contract.award"
            elif with_company and acted and not signed:
                trig, rule = with_company, "contract.with-company"
            elif worth:
                trig, rule = worth, "contract.worth"
            elif signed:
                self._contract_context(s, lo, hi, signed)
                trig, rule = signed, "contract.signed"
            else:
                continue
            t0, t1 = lo + trig.start(), lo + trig.end()
            if hedged(s.text, lo, t0, t1):
                continue
            companies = [
                m for m in s.mentions if m.kind == "org" and self.orgs[m.key].kind == "company"
                and not self._is_appositive_parent(s, m)
            ]  # fmt: skip
            before = [m for m in companies if lo <= s.local(m.start) < t0]
            inside = [m for m in companies if t0 <= s.local(m.start) < t1]
            after = [m for m in companies if s.local(m.start) >= t1]
            awardees = before[:1] or inside[:1] or after[:1]
            if not awardees:
                continue
            awardee = awardees[0].key
            ctx = self.st.contract_context
            if ctx and s.index - ctx.sentence > 3:
                ctx = None
            fact = Fact(
                "contract",
                "",
                type=self.purpose(s.text),
                awardee=awardee,
                awarder=self._awarder(s, awardee) or (ctx.awarder if ctx else None),
                amount=self.amount(s, lo, len(s.text)),
                systems=tuple(s.systems()),
                date=s.first_date() or (ctx.date if ctx else None) or self._news_day(s),
                funding="Foreign Military Sales"
                if words("contract", "fms_cues").search(s.text)
                else None,
                customers=self._customers(s, t1) or (ctx.customers if ctx else ()),
                evidence=[self.evidence(s, rule, 0.8)],
            )
            fact.label = f"{awardee} {fact.type or 'other'} contract" + (
                f" for {', '.join(fact.systems)}" if fact.systems else ""
            )
            self.emit(fact)
            return

    def _contract_context(self, s: Sentence, lo: int, hi: int, trig: re.Match[str]) -> None:
        awarder = next(
            (
                m.key
                for m in s.mentions
                if m.kind == "org"
                and self.orgs[m.key].kind in ("government-body", "military-branch")
            ),
            None,
        )
        buyer = self.orgs[awarder].country if awarder else None
        subject, _ = self.subject(s, lo, lo + trig.start())
        states = [p for p in subject if p in self.lex.nations]
        customers = (buyer,) if buyer else tuple(states[:1])
        self.st.contract_context = ContractContext(awarder, s.first_date(), customers, s.index)

    def purpose(self, text: str) -> str:
        """The contract purpose whose cue comes first ("production of missiles and spares")."""
        from kg.extract.context import WordList

        found = []
        for name, cues in self.lex.patterns["contract"]["purposes"].items():
            m = WordList(cues).search(text)
            if m:
                found.append((m.start(), name))
        return min(found)[1] if found else "other"

    def _is_appositive_parent(self, s: Sentence, m: Mention) -> bool:
        before = s.text[: s.local(m.start)]
        return bool(
            re.search(r",\s+(?:an?|the)\s+$", before)
            and re.match(
                r"\s*(?:business|unit|subsidiary|division|arm|company)\b", s.text[s.local(m.end) :]
            )
        ) or bool(
            re.search(
                r",\s+(?:an?|the)\s+(?:business|unit|subsidiary|division|arm)\s+of\s+$", before
            )
        )

    def _awarder(self, s: Sentence, awardee: str) -> str | None:
        for men in s.mentions:
            if men.kind != "org" or men.key == awardee:
                continue
            org = self.orgs[men.key]
            if org.kind in ("government-body", "military-branch") and not org.state_apparatus:
                return men.key
        m = re.search(r"\b(?:from|by)\s+(?:the\s+)?", s.text)
        if m:
            for men in s.actors(m.end()):
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
        """Customers, funding and awarder stated in the sentences after a contract."""
        recent = [f for f in self.facts[-3:] if f.kind == "contract"]
        if not recent or recent[-1].evidence[0].start == s.start:
            return
        fact = recent[-1]
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
            r"\s*(?:The|That|This)\s+(?:contract|order|award|deal)(?:,|\s+(?:is|was))?\s+"
            r"(?:worth|valued at)\b",
            s.text,
        )
        if fact.amount is None and worth:  # "The contract, worth €16 billion, was signed ..."
            fact.amount = self.amount(s, 0, len(s.text))
        if fact.awarder is None and re.search(
            r"\bcontracting (?:activity|agency|authority)\b", s.text, re.I
        ):
            gov = [
                m.key
                for m in s.mentions
                if m.kind == "org"
                and self.orgs[m.key].kind in ("government-body", "military-branch")
            ]
            fact.awarder = gov[0] if gov else None

    # ---- meetings and exercises ----------------------------------------------------------

    def meetings(self, s: Sentence) -> None:
        self._event(s, "meeting")

    def exercises(self, s: Sentence) -> None:
        self._event(s, "exercise")

    def _event(self, s: Sentence, kind: str) -> None:
        nouns, verbs = words(kind, "nouns"), words(kind, "verbs")
        for lo, hi in clauses(s.text):
            clause = s.text[lo:hi]
            noun = nouns.search(clause)
            reach = 400 if noun and noun.group().lower().endswith("ceremony") else 80
            verb = next(
                (
                    v
                    for v in verbs.finditer(clause)
                    if noun and abs(v.start() - noun.start()) < reach
                ),
                None,
            )
            met = (
                re.search(
                    _MET,
                    clause,
                )
                if kind == "meeting"
                else None
            )
            if not noun and not met:
                continue
            if (
                not verb
                and not met
                and not (
                    kind == "meeting"
                    and re.search(
                        r"\b(?:talks|meeting|summit)\s+(?:between|with)\b|\bafter\s+(?:the\s+)?(?:talks|summit|meeting)\b",
                        clause,
                    )
                )
            ):
                continue
            t0 = min(x.start() for x in (noun, verb, met) if x) + lo
            t1 = max(x.end() for x in (noun, verb, met) if x) + lo
            if hedged(s.text, lo, t0, t1) or re.search(
                r"\b(?:scheduled|expected|planned|next|upcoming|will)\b", s.text[t0 : t1 + 30], re.I
            ):
                continue
            if (
                re.search(r"\b(?:have|has)\s+(?:\w+\s+)?(?:held|met)\b", clause)
                and not s.first_date()
            ):
                continue  # "have held talks for years": no one meeting
            definite = (
                noun
                and re.search(r"\bthe\s+(?:\w+\s+)?$", clause[: noun.start()])
                and not self._event_name(s.text, kind)
            )
            earlier = [f for f in self.facts if f.kind == kind]
            if definite and earlier:
                if kind == "exercise" and re.search(
                    r"\b(?:taking part|take part|took part|participat\w+|join\w*)\b", clause
                ):
                    self._extend_event(
                        s, earlier[-1], t0
                    )  # "forces from X and Y are taking part in the exercise"
                continue
            gathered = met and re.search(r"(?:gathered|convened|assembled|voted)$", met.group())
            if gathered:  # "NATO leaders gathered": only who gathered
                who = [
                    m
                    for m in s.actors(max(0, lo + met.start() - 40), lo + met.start())
                    if m.kind == "org" or m.form != "demonym"
                ]
                actors = unique_actors(who[-1:])
                if not actors:
                    continue
            else:
                actors = self._participants(s, t1)
            subject, group_date = self.subject(s, 0, t0)
            if len(actors) < 2:
                actors = tuple(dict.fromkeys((*subject, *actors)))
            orgs = [
                a
                for a in actors
                if a in self.orgs and self.orgs[a].kind == "international-organization"
            ]
            if len(actors) < 2 and not orgs:
                continue
            starts = [
                d.value for d in s.dates
                if d.value and not _END_DATE.search(s.text[: d.start])
                and not (d.start > t1 and _RELATIVE_CLAUSE.search(s.text[t1 : d.start]))
            ]  # fmt: skip
            year_only = not starts and re.search(
                r"\b(?:in|since|during|by|of|from)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b",
                s.text,
            )
            date = (
                (starts[0] if starts else None)
                or self._relative_day(s)
                or group_date
                or (None if year_only else self.article_date or self.st.last_date)
            )
            label = (
                self._event_name(s.text, kind)
                or f"{'–'.join(actors)} {(noun or met).group().strip().lower()}"
            )  # type: ignore[union-attr]
            self.emit(
                Fact(
                    kind,
                    label,
                    parties=actors,
                    date=date,
                    location=self._location(s, date) if kind == "meeting" else None,
                    evidence=[self.evidence(s, f"{kind}.noun-verb", 0.7)],
                )
            )
            return

    def _extend_event(self, s: Sentence, event: Fact, t0: int) -> None:
        added = list(self._participants(s))
        refs = group_refs(s.text[:t0])
        if refs:
            group = self._group_for(s, refs[-1][0], refs[-1][2])
            if group:
                added += group.actors
        event.parties = tuple(dict.fromkeys((*event.parties, *added)))
        event.evidence.append(self.evidence(s, f"{event.kind}.participants", 0.7))

    def _participants(self, s: Sentence, t1: int | None = None) -> tuple[str, ...]:
        out: list[str] = []
        modifiers: list[str] = []
        observers = re.search(r"\bobservers?\b", s.text)
        end = len(s.text)
        if t1 is not None:  # what they said ("declared that Ukraine ...") names no participant
            said = re.search(
                r"\b(?:said|declared|stated|announced|added|warned|argued)\b[^.;]{0,30}?\bthat\b",
                s.text[t1:],
            )
            end = t1 + said.start() if said else end
        for m in s.actors(0, end):
            if self._possessed_object(s, m):
                continue
            if m.kind == "org" and self.orgs[m.key].kind in (
                "company",
                "legislature",
                "political-party",
                "armed-group",
            ):
                continue
            if (
                observers
                and s.local(m.start) > observers.start() - 80
                and "observer" in s.text[s.local(m.start) :]
            ):
                continue
            if m.kind == "org" and re.match(r"\s+[a-z]+['’]?\s", s.text[s.local(m.end) :]):
                modifiers.append(m.actor)  # "a Quad leaders' summit": the grouping, not a party
                continue
            out.append(m.actor)
        if len(out) < 2:
            out += modifiers
        return tuple(dict.fromkeys(out))

    def _event_name(self, text: str, kind: str) -> str | None:
        if kind == "meeting":
            heads = "|".join(self.lex.patterns["meeting"]["name_heads"])
        else:
            heads = "|".join(self.lex.patterns["exercise"].get("name_heads", ["Exercise"]))
        m = re.search(
            rf"((?:\d+(?:st|nd|rd|th)\s)?(?:[A-Z][\w+'’-]*\s){{0,6}}(?:{heads})\b(?:\s\d{{4}})?)",
            text,
        )
        if m and m.group(1).split()[0] not in {"The", "A", "An", "In", "At", "After", "During"}:
            return m.group(1)
        return None

    def _location(self, s: Sentence, date: str | None) -> str | None:
        for m in s.mentions:
            if m.kind == "nation" and m.form == "metonym" and m.role == "place":
                return m.text
        capital = re.search(r"\b(?:the\s+)?([A-Z][a-z]+)\s+capital\b", s.text)
        if capital:
            for m in s.mentions:
                if m.text == capital.group(1) and m.kind == "nation":
                    metonyms = self.lex.nations[m.key].metonyms
                    return metonyms[0] if metonyms else None
        if self.place and re.search(rf"\b(?:in|at)\s+{re.escape(self.place)}\b", s.text, re.I):
            return self.place
        named = {s.text[m.start - s.start : m.end - s.start] for m in s.mentions}
        for m in re.finditer(r"\bin\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b", s.text):
            word = m.group(1)
            if word not in named and word.split()[0] not in _NOT_PLACES:
                return word  # "held a planning meeting in Chabahar"
        if self.place and date and date == self.article_date:
            return self.place
        return None

    # ---- stances -------------------------------------------------------------------------

    def stances(self, s: Sentence) -> None:
        from kg.extract.context import WordList

        types = self.lex.patterns["stances"]
        self._aid(s)
        triggers: list[tuple[int, int, str]] = []
        for stype, cues in types.items():
            if isinstance(cues, list) and stype not in ("topic_targets", "against_cues"):
                triggers += [(m.start(), m.end(), stype) for m in WordList(cues).finditer(s.text)]
        triggers.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        taken: list[tuple[int, int, str]] = []
        for t in triggers:
            if all(t[0] >= k[1] or t[1] <= k[0] for k in taken):
                taken.append(t)
        clause_subjects: dict[int, tuple[tuple[str, ...], str | None]] = {}
        urged: dict[int, int] = {}  # clause start -> end of the first urges trigger
        for t0, t1, stype in taken:
            lo, hi = clause_of(s.text, t0)
            if hedged(s.text, lo, t0, t1) or _PASSIVE.search(s.text[lo:t0]):
                continue
            if re.search(r"(?:ion|ment)s?$", s.text[t0:t1]) and not re.match(
                r"\s+(?:to|of|for|against|over|at)\b", s.text[t1:]
            ):
                continue  # "opposition leader": a noun, not a stance ("opposition to X" is one)
            if lo in urged and not re.search(
                r"\band\s+(?:(?:\w+\s+){0,1}\w+ed\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:\w+\s+)?)?$",
                s.text[urged[lo] : t0],
            ):
                continue  # inside what the target is urged to do: "urged Iran to halt its aid"
            if stype == "urges":
                urged.setdefault(lo, t1)
            if lo not in clause_subjects:
                clause_subjects[lo] = self._stance_subject(s, lo, t0, stype)
            actors, group_date = clause_subjects[lo]
            if not actors:
                continue
            self.st.stance_actor[stype] = (actors, s.index)
            self.st.stance_actor["*"] = (actors, s.index)
            targets = self._stance_targets(s, stype, t0, t1, hi, actors)
            for actor in actors:
                for target in targets:
                    if target == actor:
                        continue
                    self.st.facts.append(
                        Fact(
                            "stance",
                            f"{actor} {stype} {target.removeprefix('topic:')}",
                            type=stype,
                            parties=(actor,),
                            target=target,
                            date=self.date_near(s, lo, hi, t0) or group_date,
                            evidence=[self.evidence(s, f"stance.{stype}", 0.75)],
                        )
                    )

    def _aid(self, s: Sentence) -> None:
        """An announced delivery of military aid is support for its recipient."""
        announce, give = words("stances", "aid", "announcements"), words("stances", "aid", "verbs")
        for lo, hi in clauses(s.text):
            said = announce.search(s.text[lo:hi])
            verb = give.search(s.text[lo:hi], said.end()) if said else None
            if not said or not verb:
                continue
            t0 = lo + said.start()
            if re.search(
                r"\b(?:not|no|never|declined|refused)\b",
                s.text[lo + said.end() : lo + verb.start()],
            ):
                continue
            if hedged(s.text, lo, t0, lo + said.end()):
                continue
            to = re.search(r"\bto\s+(?:the\s+)?", s.text[lo + verb.end() : hi])
            targets = self.objects(s, lo + verb.end() + to.end(), window=1) if to else []
            actors, _date = self.subject(s, lo, t0)
            for actor in actors:
                for target in unique_actors(targets):
                    if target != actor:
                        self.st.facts.append(
                            Fact(
                                "stance",
                                f"{actor} supports {target}",
                                type="supports",
                                parties=(actor,),
                                target=target,
                                date=self.date_near(s, lo, hi, t0),
                                evidence=[self.evidence(s, "stance.supports.aid", 0.7)],
                            )
                        )

    def _stance_subject(
        self, s: Sentence, lo: int, t0: int, stype: str
    ) -> tuple[tuple[str, ...], str | None]:
        actors, date = self.subject(s, lo, t0)
        if not actors and lo > 0:
            actors, date = self.subject(s, 0, t0)
        if not actors and re.search(r"(?:^|\W)(?:he|she)\s+(?:\w+\s+){0,2}$", s.text[lo:t0], re.I):
            last = self.st.stance_actor.get("*")  # "He also criticized ...": the last speaker
            if last and s.index - last[1] <= 2:
                return last[0], None
        if not actors and stype in self.st.stance_actor:
            last = self.st.stance_actor[stype]  # "Those sanctioned include ...": the same actor
            if s.index - last[1] <= 3 and re.match(
                r"\s*(?:those|the\s+\w+|targets|entities)\b", s.text[lo:t0], re.I
            ):
                return last[0], None
        if (
            not actors
            and re.search(
                r"\b(?:communiqu[eé]|statement|declaration|ministers|leaders|allies|members)\b",
                s.text[:t0],
                re.I,
            )
            and self.d.group
        ):
            actors, date = self.d.group.actors, self.d.group.date
        return actors, date

    def _stance_targets(
        self, s: Sentence, stype: str, t0: int, t1: int, hi: int, actors: tuple[str, ...]
    ) -> list[str]:
        if stype == "opposes" and s.text[t0:t1].lower() == "against":
            run = self.objects(s, t1, window=1)
            cue = words("stances", "against_cues")
            if run and cue.search(s.text[s.local(run[-1].end) : s.local(run[-1].end) + 20]):
                return list(unique_actors(run))
            return []
        if stype == "commits-to-defend" and re.search(r"each other|mutual", s.text[t0:t1], re.I):
            return list(actors) if len(actors) > 1 else []
        if stype == "pledges-cooperation":
            with_ = re.search(r"\bwith\s+(?:the\s+)?", s.text[t1:hi])
            run = self.objects(s, t1 + with_.end(), window=1) if with_ else []
            if run:
                return list(unique_actors(run))
            return list(actors) if len(actors) > 1 else []
        run = self.objects(s, t1)
        if stype == "condemns" and not run:
            to = re.match(r"\s+(?:to|with)\s+(?:the\s+)?", s.text[t1:])
            run = self.objects(s, t1 + to.end(), window=1) if to else []
        if run:
            return list(unique_actors(run))
        if stype not in self.lex.words("stances", "topic_targets"):
            return []
        rest = s.text[t1:hi]
        stop = r"\s+to\s+|,|;|\.$|" + _AND_VERB if stype == "urges" else r",|;|\.$|" + _AND_VERB
        phrase = re.split(stop, rest, maxsplit=1)[0].strip()
        phrase = re.split(r"\s+(?:that|which|who|whose|because|as|if|when)\s+", phrase, maxsplit=1)[
            0
        ]
        phrase = re.sub(r"^(?:for|of|to|on|over|about|at|regarding|toward|towards)\s+", "", phrase)
        phrase = phrase.strip(" .")
        last = self.st.last_agreement
        if last is not None and re.match(_AGREEMENT_REF + r"\b", phrase, re.IGNORECASE):
            return ["topic:" + last.label]  # "the pact": the agreement the article reported
        if len(phrase.split()) < 2 or len(phrase.split()) > 14:
            return []
        return ["topic:" + phrase]
