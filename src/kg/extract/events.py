"""Meeting and exercise rules: who met or trained, when and where.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("The U.S. and Japan held talks in Tokyo on May 3, 2024.")
    >>> [(f.kind, f.parties, f.location) for f in ex.facts]
    [('meeting', ('USA', 'JPN'), 'Tokyo')]
"""

from __future__ import annotations

import re

from kg.extract.context import Sentence, group_refs, unique_actors, words
from kg.extract.model import Fact
from kg.extract.roles import (
    END_DATE,
    MET,
    NOT_PLACES,
    RELATIVE_CLAUSE,
    RuleBase,
    clauses,
    hedged,
)


class EventRules(RuleBase):
    """Meeting and exercise rules: who met or trained, when and where."""

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
                    MET,
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
                if d.value and not END_DATE.search(s.text[: d.start])
                and not (d.start > t1 and RELATIVE_CLAUSE.search(s.text[t1 : d.start]))
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
            if word not in named and word.split()[0] not in NOT_PLACES:
                return word  # "held a planning meeting in Chabahar"
        if self.place and date and date == self.article_date:
            return self.place
        return None
