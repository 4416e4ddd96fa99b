"""The fact rules: agreements, contracts, meetings, exercises and stances from one sentence.

Each rule finds a trigger from patterns.toml in a clause, refuses it when a hedge or negation
governs it, and fills the fact's roles from the mentions around the trigger: the subject
(actors before the trigger, or the group a reference like "the three nations" stands for)
and the object (actors right after it). Rule ids name the rule and the trigger kind.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Japan and Britain signed a reciprocal access agreement on Jan. 11, 2023.")
    >>> [(f.kind, f.type, f.parties, f.date) for f in ex.facts]
    [('agreement', 'access', ('JPN', 'GBR'), '2023-01-11')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from kg.extract.context import Discourse, Sentence, WordList, group_refs, runs, unique_actors, words
from kg.extract.mentions import Mention
from kg.extract.model import Amount, Evidence, Fact
from kg.lexicon import load_lexicon

_ESTIMATE = re.compile(
    r"(?:estimated|estimate[sd]? (?:it|the)|put (?:it|the \w+(?: \w+)?) at|combined|in total|total(?:ling)?|"
    r"as much as|media|valued the (?:entire|whole)|entire package|overall|program cost|cost of the)\W+(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
_APPOSITIVE_PARENT = re.compile(
    r"^,\s+(?:an?|the)\s+(?:\w+\s+)?(?:business|unit|subsidiary|division|arm|company|segment)\b|"
    r"^,\s+(?:an?|the)\s+(?:business|unit|subsidiary|division|arm)\s+of\s*$",
    re.IGNORECASE,
)


def clauses(text: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses at the breaks of patterns.toml ([hedges] clause_breaks).

    Example:
        >>> t = "China objected, while Japan agreed; Korea left."
        >>> [t[a:b] for a, b in clauses(t)]
        ['China objected,', ' while Japan agreed', '; Korea left.']
    """
    breaks = load_lexicon().words("hedges", "clause_breaks") + [", with ", ", where "]
    cuts = sorted({m.start() for b in breaks for m in re.finditer(re.escape(b), text, re.IGNORECASE)})
    bounds = [0, *[c for c in cuts if c > 0], len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


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
    after = text[trigger_end : trigger_end + 40]
    return bool(words("hedges", "before").search(before) or words("hedges", "after").search(after))


def _is_verb_form(word: str) -> bool:
    return not re.search(r"(?:ment|ments|tion|tions)$", word, re.IGNORECASE)


class Rules:
    """Applies every fact rule to the sentences of one article, in order."""

    def __init__(self, discourse: Discourse) -> None:
        self.d = discourse
        self.lex = load_lexicon()
        self.facts: list[Fact] = []

    # ---- shared role finders -------------------------------------------------------------

    def subject(self, s: Sentence, lo: int, pos: int) -> tuple[tuple[str, ...], str | None]:
        """The actors before local offset ``pos`` in the clause starting at ``lo``, and a date.

        The run of actors nearest the trigger wins; a group reference nearer than any
        named actor stands for the last group. Speakers ("X said") are skipped.
        """
        mentions = [m for m in s.actors(lo, pos) if not self._possessed_object(s, m)]
        refs = [r for r in group_refs(s.text[lo:pos])]
        best_named = runs(s, mentions)[-1] if mentions else []
        named_end = s.local(best_named[-1].end) if best_named else -1
        if refs and self.d.group:
            r_start, _, size = refs[-1]
            if lo + r_start > named_end and (size is None or size == len(self.d.group.actors)):
                return self.d.group.actors, self.d.group.date
            if not best_named and refs[0][0] < 3:
                return self.d.group.actors, self.d.group.date
        if best_named:
            return unique_actors(best_named), None
        return (), None

    def _possessed_object(self, s: Sentence, m: Mention) -> bool:
        before = s.text[: s.local(m.start)]
        return bool(re.search(r"\b(?:of|against|on|to deter|deter|toward|towards)\s+(?:the\s+)?$", before))

    def objects(self, s: Sentence, pos: int, *, window: int = 4) -> list[Mention]:
        """The coordinated run of actors that starts within ``window`` words after ``pos``."""
        after = [m for m in s.actors(pos) if s.local(m.start) >= pos]
        if not after:
            return []
        gap = s.text[pos : s.local(after[0].start)]
        if len(gap.split()) > window or re.search(r"[,;:]", gap):
            return []
        return next(r for r in runs(s, after) if r[0] is after[0])

    def date_for(self, s: Sentence, lo: int, hi: int, fallback: str | None) -> str | None:
        return s.first_date(lo, hi) or s.first_date() or fallback

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

    def emit(self, fact: Fact, s: Sentence) -> None:
        self.facts.append(fact)
        if fact.kind != "stance" and len(fact.parties) > 1:
            self.d.subject, self.d.subject_date = fact.parties, fact.date

    # ---- agreements ----------------------------------------------------------------------

    def agreements(self, s: Sentence) -> None:
        nouns, verbs = words("agreement", "nouns"), words("agreement", "verbs")
        for lo, hi in clauses(s.text):
            clause = s.text[lo:hi]
            noun = nouns.search(clause)
            verb = next((v for v in verbs.finditer(clause) if _is_verb_form(v.group())), None)
            agreed = words("agreement", "agreed_to").search(clause)
            fms = words("agreement", "fms_cues").search(clause)
            if agreed and not noun:
                trig, rule = agreed, "agreement.agreed-to"
            elif noun and verb:
                trig, rule = verb, "agreement.noun-verb"
            elif fms and noun is None and re.search(r"\bsale\b", clause, re.IGNORECASE):
                trig, rule = fms, "agreement.fms"
            else:
                continue
            t0, t1 = lo + trig.start(), lo + trig.end()
            if hedged(s.text, lo, t0, t1) and rule != "agreement.fms":
                continue
            parties, group_date = self.subject(s, lo, t0)
            parties = tuple(dict.fromkeys((*parties, *self._with_parties(s, t1, hi))))
            atype = self.agreement_type(clause, rule)
            if rule == "agreement.fms" or atype == "arms-sale":
                parties = self._sale_parties(s, lo, hi, parties)
            if len(parties) < 2:
                continue
            fact = Fact(
                "agreement",
                self._agreement_label(s.text[lo:hi], parties, atype),
                type=atype,
                parties=parties,
                date=self.date_for(s, lo, hi, group_date or self.d.subject_date if rule == "agreement.agreed-to" else group_date),
                amount=self.amount(s, lo, hi),
                systems=tuple(s.systems()),
                announced_by=self._announcer(s),
                evidence=[self.evidence(s, rule, 0.8 if rule == "agreement.noun-verb" else 0.7)],
            )
            self.emit(fact, s)
            return

    def agreement_type(self, clause: str, rule: str) -> str:
        if rule == "agreement.fms":
            return "arms-sale"
        types = self.lex.patterns["agreement"]["types"]
        for name, cues in types.items():
            if WordList(cues).search(clause):
                return name
        return "other"

    def _with_parties(self, s: Sentence, pos: int, hi: int) -> list[str]:
        m = re.search(r"\bwith\s+(?:the\s+)?", s.text[pos:hi])
        if not m:
            return []
        return list(unique_actors(self.objects(s, pos + m.end(), window=1)))

    def _sale_parties(self, s: Sentence, lo: int, hi: int, parties: tuple[str, ...]) -> tuple[str, ...]:
        buyer = re.search(r"\b(?:to|for|cleared|clears)\s+(?:the\s+)?", s.text[lo:hi])
        out = list(parties)
        if buyer:
            out.extend(unique_actors(self.objects(s, lo + buyer.end(), window=1)))
        if "USA" not in out and re.search(r"foreign military sale|state department|dsca", s.text, re.IGNORECASE):
            out.insert(0, "USA")
        return tuple(dict.fromkeys(out))

    def _announcer(self, s: Sentence) -> str | None:
        m = re.search(r"\b(?:announcement|announced|statement)\s+(?:by|from)\s+(?:the\s+)?", s.text)
        if m:
            for men in s.mentions:
                if men.kind == "org" and s.local(men.start) >= m.end() - 1:
                    return men.key
        return None

    def _agreement_label(self, clause: str, parties: tuple[str, ...], atype: str) -> str:
        name = re.search(
            r"((?:[A-Z][\w'’-]*\s(?:and\s|of\s|on\s|for\s)?){1,6}(?:Agreement|Treaty|Partnership|Accord|Pact|Memorandum|Declaration|Arrangement)\b(?:\s\([A-Z]{2,6}\))?)",
            clause,
        )
        if name and not name.group(1).split()[0] in {"The", "A", "An"}:
            return name.group(1).strip()
        return f"{'–'.join(parties)} {atype} agreement"

    # ---- contracts -----------------------------------------------------------------------

    def contracts(self, s: Sentence) -> None:
        verbs, nouns = words("contract", "verbs"), words("contract", "nouns")
        with_rx = words("contract", "signed_with")
        for lo, hi in clauses(s.text):
            clause = s.text[lo:hi]
            verb = verbs.search(clause)
            signed = with_rx.search(clause)
            if verb and nouns.search(clause) or verb and re.search(r"award", verb.group(), re.I):
                trig, rule = verb, "contract.award"
            elif signed and re.search(r"\bsign", clause, re.IGNORECASE):
                trig, rule = signed, "contract.signed-with"
            else:
                continue
            t0, t1 = lo + trig.start(), lo + trig.end()
            if hedged(s.text, lo, t0, t1):
                continue
            companies = [m for m in s.mentions if m.kind == "org" and self.lex.orgs[m.key].kind == "company"]
            companies = [m for m in companies if not self._is_appositive_parent(s, m)]
            if rule == "contract.signed-with":
                awardees = [m for m in companies if s.local(m.start) >= t1 - 1]
            else:
                before = [m for m in companies if lo <= s.local(m.start) < t0]
                after = [m for m in companies if s.local(m.start) >= t1]
                awardees = before[-1:] or after[:1]
            if not awardees:
                continue
            awardee = awardees[0].key
            fact = Fact(
                "contract",
                "",
                type=self.purpose(s.text),
                awardee=awardee,
                awarder=self._awarder(s, awardee),
                amount=self.amount(s, lo, len(s.text)),
                systems=tuple(s.systems()),
                date=s.first_date(),
                funding="Foreign Military Sales" if words("contract", "fms_cues").search(s.text) else None,
                customers=self._customers(s, t1),
                evidence=[self.evidence(s, rule, 0.8)],
            )
            fact.label = f"{awardee} {fact.type or 'other'} contract" + (
                f" for {', '.join(fact.systems)}" if fact.systems else ""
            )
            self.emit(fact, s)
            return

    def purpose(self, text: str) -> str:
        for name, cues in self.lex.patterns["contract"]["purposes"].items():
            if WordList(cues).search(text):
                return name
        return "other"

    def _is_appositive_parent(self, s: Sentence, m: Mention) -> bool:
        before = s.text[: s.local(m.start)]
        return bool(re.search(r",\s+(?:an?|the)\s+$", before) and re.match(
            r"\s*(?:business|unit|subsidiary|division|arm|company)\b", s.text[s.local(m.end) :]
        )) or bool(re.search(r",\s+(?:an?|the)\s+(?:business|unit|subsidiary|division|arm)\s+of\s+$", before))

    def _awarder(self, s: Sentence, awardee: str) -> str | None:
        m = re.search(r"\b(?:from|by)\s+(?:the\s+)?", s.text)
        for men in s.mentions:
            if men.kind != "org" or men.key == awardee:
                continue
            org = self.lex.orgs[men.key]
            if org.kind in ("government-body", "military-branch") and not org.state_apparatus:
                return men.key
        if m:
            for men in s.actors(m.end()):
                if men.state:
                    return men.state
        return None

    def _customers(self, s: Sentence, pos: int) -> tuple[str, ...]:
        cue = re.search(r"\b(?:for|to)\s+(?:the\s+)?", s.text[pos:])
        if not cue:
            return ()
        run = self.objects(s, pos + cue.end(), window=1)
        return tuple(m.state for m in run if m.state)

    def contract_followups(self, s: Sentence) -> None:
        """Customers and funding stated in the sentences after a contract."""
        recent = [f for f in self.facts[-3:] if f.kind == "contract"]
        if not recent:
            return
        fact = recent[-1]
        if words("contract", "fms_cues").search(s.text) and re.search(r"fund|financ|paid", s.text, re.I):
            fact.funding = "Foreign Military Sales"
        if re.search(r"\b(?:users|customers|buyers|recipients)\b", s.text, re.IGNORECASE):
            states = [m.state for m in s.actors() if m.state]
            fact.customers = tuple(dict.fromkeys((*fact.customers, *states)))

    # ---- meetings and exercises ----------------------------------------------------------

    def meetings(self, s: Sentence) -> None:
        self._event(s, "meeting")

    def exercises(self, s: Sentence) -> None:
        self._event(s, "exercise")

    def _event(self, s: Sentence, kind: str) -> None:
        nouns, verbs = words(kind, "nouns"), words(kind, "verbs")
        noun = nouns.search(s.text)
        verb = verbs.search(s.text)
        if not noun or not verb:
            return
        t0 = min(noun.start(), verb.start())
        lo, _ = clause_of(s.text, t0)
        if hedged(s.text, lo, t0, max(noun.end(), verb.end())):
            return
        named = runs(s, s.actors())
        participants = max(named, key=len) if named else []
        actors = unique_actors(participants)
        subject, group_date = self.subject(s, 0, t0)
        if len(actors) < 2 and subject:
            actors = tuple(dict.fromkeys((*subject, *actors)))
        if not actors:
            return
        label = self._event_name(s.text, kind) or f"{'–'.join(actors)} {noun.group().lower()}"
        fact = Fact(
            kind,
            label,
            parties=actors,
            date=s.first_date() or group_date,
            location=self._location(s) if kind == "meeting" else None,
            evidence=[self.evidence(s, f"{kind}.noun-verb", 0.7)],
        )
        self.facts.append(fact)
        if len(actors) > 1:
            self.d.subject, self.d.subject_date = actors, fact.date

    def _event_name(self, text: str, kind: str) -> str | None:
        heads = "|".join(self.lex.patterns["meeting"]["name_heads"]) if kind == "meeting" else "Exercise|Drills?|Sabre|Shield|Strike|Guardian|Balikatan|Talisman"
        m = re.search(
            rf"((?:\d+(?:st|nd|rd|th)\s)?(?:[A-Z][\w+'’-]*\s){{0,6}}(?:{heads})\b(?:\s\d{{4}})?)", text
        )
        if m and m.group(1).split()[0] not in {"The", "A", "An"}:
            return m.group(1)
        return None

    def _location(self, s: Sentence) -> str | None:
        for m in s.mentions:
            if m.kind == "nation" and m.form == "metonym" and m.role == "place":
                return m.text
        return None

    # ---- stances -------------------------------------------------------------------------

    def stances(self, s: Sentence) -> None:
        types = load_lexicon().patterns["stances"]
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
        for t0, t1, stype in taken:
            lo, hi = clause_of(s.text, t0)
            if hedged(s.text, lo, t0, t1):
                continue
            if lo not in clause_subjects:
                clause_subjects[lo] = self.subject(s, lo, t0)
            actors, group_date = clause_subjects[lo]
            if not actors and self.d.subject and re.match(r"\s*(?:the\s+)?(?:communiqu[eé]|statement|declaration|joint statement)\b", s.text[lo:t0], re.I):
                actors, group_date = self.d.subject, self.d.subject_date
            if not actors:
                continue
            targets = self._stance_targets(s, stype, t0, t1, hi)
            for actor in actors:
                for target in targets:
                    if target == actor:
                        continue
                    self.facts.append(
                        Fact(
                            "stance",
                            f"{actor} {stype} {target.removeprefix('topic:')}",
                            type=stype,
                            parties=(actor,),
                            target=target,
                            date=s.first_date(lo, hi) or group_date,
                            evidence=[self.evidence(s, f"stance.{stype}", 0.75)],
                        )
                    )

    def _stance_targets(self, s: Sentence, stype: str, t0: int, t1: int, hi: int) -> list[str]:
        if stype == "opposes" and s.text[t0:t1].lower() == "against":
            run = self.objects(s, t1, window=1)
            cue = words("stances", "against_cues")
            if run and cue.search(s.text[s.local(run[-1].end) : s.local(run[-1].end) + 20]):
                return list(unique_actors(run))
            return []
        run = self.objects(s, t1)
        if run:
            return list(unique_actors(run))
        if stype not in self.lex.words("stances", "topic_targets"):
            return []
        rest = s.text[t1:hi]
        stop = r"\s+to\s+|,|;|\.$|\s+and\s+(?=[a-z]+ed\b)" if stype == "urges" else r",|;|\.$|\s+and\s+(?=[a-z]+ed\b)"
        phrase = re.split(stop, rest, maxsplit=1)[0].strip()
        phrase = re.sub(r"^(?:for|of|to|on)\s+", "", phrase)
        if len(phrase.split()) < 2 or len(phrase.split()) > 14:
            return []
        return ["topic:" + phrase]


def rule_sequence(r: Rules) -> Iterator:
    """The order in which rules run on each sentence."""
    yield from (r.agreements, r.contracts, r.contract_followups, r.meetings, r.exercises, r.stances)
