"""Stance rules: who condemns, supports, opposes, urges, defends, sanctions or pledges what.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Japan condemned North Korea's missile launch on May 3, 2024.")
    >>> [(f.parties, f.type, f.target) for f in ex.facts]
    [(('JPN',), 'condemns', 'PRK')]
"""

from __future__ import annotations

import re

from kg.extract.context import Sentence, unique_actors, words
from kg.extract.model import Fact
from kg.extract.roles import (
    AGREEMENT_REF,
    AND_VERB,
    PASSIVE,
    RuleBase,
    clause_of,
    clauses,
    hedged,
)


class StanceRules(RuleBase):
    """Stance rules: who condemns, supports, opposes, urges, defends, sanctions or pledges what."""

    # ---- stances -------------------------------------------------------------------------

    def stances(self, s: Sentence) -> None:
        types = self.lex.patterns["stances"]
        self._aid(s)
        triggers: list[tuple[int, int, str]] = []
        for stype, cues in types.items():
            if isinstance(cues, list) and stype not in ("topic_targets", "against_cues"):
                triggers += [
                    (m.start(), m.end(), stype) for m in words("stances", stype).finditer(s.text)
                ]
        triggers.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        taken: list[tuple[int, int, str]] = []
        for t in triggers:
            if all(t[0] >= k[1] or t[1] <= k[0] for k in taken):
                taken.append(t)
        clause_subjects: dict[int, tuple[tuple[str, ...], str | None]] = {}
        urged: dict[int, int] = {}  # clause start -> end of the first urges trigger
        for t0, t1, stype in taken:
            lo, hi = clause_of(s.text, t0)
            if hedged(s.text, lo, t0, t1) or PASSIVE.search(s.text[lo:t0]):
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
        stop = r"\s+to\s+|,|;|\.$|" + AND_VERB if stype == "urges" else r",|;|\.$|" + AND_VERB
        phrase = re.split(stop, rest, maxsplit=1)[0].strip()
        phrase = re.split(r"\s+(?:that|which|who|whose|because|as|if|when)\s+", phrase, maxsplit=1)[
            0
        ]
        phrase = re.sub(r"^(?:for|of|to|on|over|about|at|regarding|toward|towards)\s+", "", phrase)
        phrase = phrase.strip(" .")
        last = self.st.last_agreement
        if last is not None and re.match(AGREEMENT_REF + r"\b", phrase, re.IGNORECASE):
            return ["topic:" + last.label]  # "the pact": the agreement the article reported
        event = re.match(
            r"(?:the|this|these)\s+(drills|exercises?|war games|maneuvers|patrol)\b", phrase, re.I
        )
        exercises = [f for f in self.facts if f.kind == "exercise"]
        if event and exercises:
            return ["topic:" + exercises[-1].label]  # "the drills": the exercise reported
        if (
            len(phrase.split()) < 2
            or len(phrase.split()) > 14
            or phrase[:1].isupper()
            or re.match(r"(?:it|its|them|him|her|this|that|these|those|us|me)\b", phrase)
        ):
            return []  # a name kg does not know, or a pronoun: not a topic
        return ["topic:" + phrase]
