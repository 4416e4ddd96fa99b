"""Names an article defines or implies: acronyms in brackets and "the alliance" for NATO.

"the Organisation for Joint Armament Cooperation (OCCAR)" makes "OCCAR" name that body in
the rest of the article; "the alliance" names the most recently mentioned of the
organizations listed for it in patterns.toml [organizations.anaphora].

Example:
    >>> from kg.extract.mentions import find_mentions
    >>> names = ArticleNames()
    >>> t1 = "The Organisation for Nordic Armament Cooperation (ONAC) signed."
    >>> _ = names.complete(t1, 0, find_mentions(t1, 0))
    >>> t2 = "ONAC said the alliance would help NATO."
    >>> ms = names.complete(t2, 100, find_mentions(t2, 100))
    >>> [(m.text, m.key) for m in ms if m.kind == "org"]
    [('ONAC', 'Organisation for Nordic Armament Cooperation'), ('NATO', 'NATO')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg.dates import MONTH_NAMES
from kg.extract.context import PARTICIPLE_OPENER, sentence_opener
from kg.extract.mentions import Mention, organ_named, people_at_home
from kg.lexicon import load_lexicon

# An office told as held before, or at another time: "As Dutch prime minister, Rutte ..."
_IN_PAST_OFFICE = re.compile(r"(?:^|\b)(?:[Aa]s|[Tt]hen|[Ww]hile|[Ww]hen)\s+[^,.;]{0,40},?\s*$")
# A state's leader named right after it: "Kyrgyzstan's interim leader", "Kyrgyz President"
_LEADER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:interim|acting|new|transitional)\s+)?(?i:leader|president"
    r"|prime\s+minister|head\s+of\s+state)\b"
)
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)")
# A state's forces with the acronym the article gives them ("the Seychelles Defence Forces (SDF)",
# "the Armed Forces of Malta (AFM)")
_NAMED_FORCES = re.compile(
    r"\b(?:(?!(?:Liberation|Insurgent|Republican|Volunteer|Resistance|Revolutionary|Independence"
    r"|Rebel|Popular|Islamic|Democratic|Patriotic|Salvation|Freedom)\b)[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Defen[cs]e\s+Forces?|Armed\s+Forces(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}"
    r"[A-Z][\w'’-]*)?|Navy|Air\s+Force|Coast\s+Guard)\s+\((?P<acronym>[A-Z]{2,6})\)"
)  # (not an armed movement named after a state: "Colombia's National Liberation Army (ELN)")
# A state's government named in full, with its acronym in brackets ("Libya's Government of
# National Unity (GNU)", "Somalia's Federal Government (FGS)"); not an interim, regional or
# rival one ("Libya's Government of National Stability (GNS), a rival administration")
_STATE_GOVERNMENT = re.compile(
    r"['’]s?\s+(?:Government\s+of\s+National\s+(?:Unity|Accord|Consensus)"
    r"|(?:Federal|National|Central)\s+Government)\s*\(([A-Z][A-Za-z]{1,9})\)"
    r"(?!,\s+(?:a|the)\s+(?:rival|parallel|competing|breakaway))"
)
# A name's word: a capital, then letters of any script ("Naď", "Pål", "Güler") or an apostrophe
_UP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĽŁŃŇŐŒŘŚŞŠŤŪŮŰŲŹŻŽ]"
_LOW = r"(?:[^\W\d_A-Z]|['’-])"
# Lower-case particles inside personal names ("Alberto van Klaveren", "Khalid bin Salman")
_PARTICLE = r"(?:(?:van|von|de|der|den|da|del|della|di|du|dos|das|bin|ibn|al|el|ter|ten)\s)"

# A state's ministry named after it ("South Korea's Defense Ministry", "the Japanese foreign
# ministry"), and the bare noun that names it again ("the ministry", not "the ministry of X")
_MINISTRY_OF = re.compile(
    r"(?:['’]s?)?\s+(?:(?:Foreign|Defen[cs]e|External\s+Affairs|foreign|defen[cs]e)\s+)?[Mm]inistry\b"
)
_BARE_MINISTRY = re.compile(r"\b[Tt]he\s+[Mm]inistry\b(?!\s+of\b|['’])")

# The size of a body before its noun: "the 15-member council", "the 32-nation alliance"
_MEMBER_COUNT = r"(?:\s+\d{1,3}-(?:member|nation|country|state|strong))?"


_TITLE = re.compile(
    r"\s+(?:(?:caretaker|acting|interim|Prime|Foreign|Defen[cs]e|Deputy|Vice|Finance|Trade|Chief"
    r"|Cabinet|National|Security|of|State|Affairs|Senior|Minister|Secretary|General|Director"
    r"|Cabinet)\s+)*(?:Minister|President|Premier|Chancellor|Secretary|Ambassador|Adm\.|Admiral"
    r"|Gen\.|General|Spokesperson|[Ss]pokes(?:person|man|woman)|[Ee]nvoy|Chief|Director|Commander"
    rf"|Colonel|Col\.)\s+(?P<name>(?:{_UP}{_LOW}+\s{_PARTICLE}*){{0,2}}{_UP}{_LOW}{{2,}})(?!\w)"
)


# An office named after its state ("Peru's defence minister"); shared with the stance rules.
OFFICE = (
    r"(?:[a-z-]+\s+){0,3}(?:minister|president|premier|secretary|spokes(?:person|man|woman)"
    r"|envoy|ambassador|chief|commander|leader|chancellor|prime minister)"
)
_PERSON = rf"(?P<name>{_UP}{_LOW}+(?:\s{_PARTICLE}*{_UP}{_LOW}+){{1,2}})"
# A word of a ministry's portfolio after "Minister of" ("Defence and National Service")
_PORTFOLIO = (
    r"(?:Defen[cs]e|Foreign|Affairs|National|Service|State|Security|Interior|Home|Armed|Forces"
    r"|Military|Veterans|Production|Industry|Procurement)"
)
# A courtesy title before a name ("Dr Stergomena Tax", "Shri Sanjay Seth"), not part of it
_HONORIFIC = r"(?:(?:Dr|Shri|Smt|Mr|Mrs|Ms|Prof)\.?\s+)?"
# "Walter Astudillo, Peru's defence minister" / "Walter Astudillo, the Peruvian defence minister"
_NAME_BEFORE = re.compile(rf"{_PERSON},\s+(?:the\s+)?$")
_OFFICE_AFTER = re.compile(rf"(?:['’]s)?\s+{OFFICE}\b")
# "Peru's defence minister, Walter Astudillo,"
_NAME_AFTER = re.compile(  # ("Fiji's Defence Minister"; "Tanzania's Minister of Defence and
    # National Service Dr Stergomena Lawrence Tax")
    rf"['’]s\s+(?i:{OFFICE})(?:\s+of\s+{_PORTFOLIO}(?:\s+(?:and\s+)?{_PORTFOLIO}){{0,3}})?,?\s+"
    rf"{_HONORIFIC}{_PERSON}\b"
)
# "He condemned ...": the person last named, when named in the sentence before
# A person's verb of saying right after the name ("..., Aleksandr Lukashenko said")
_SPEAKS_AFTER = re.compile(
    r"(?:,\s+speaking\b[^,;]{0,60},)?(?:\s+(?:later|also|then|again|has|had|has\s+also))?"
    r"\s+(?:said|says|told|added|stressed|noted|declared|insisted)\b"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|told\s+reporters)\s+$")
_PRONOUN = re.compile(r"(?:He|She|he|she)\b")  # at the sentence's start, or after an opener
# "he said" right after a quotation ('"No third category exists," he said')
_QUOTE_SAID = re.compile(
    r"[,.?!]?[\"”]\s*,?\s*(he|she)\s+(?:said|added|says|told|stressed|warned|noted|insisted"
    r"|declared|continued)\b"
)
# Someone unnamed who may speak ("the navy chief", "a spokesman")
_SPEAKER = re.compile(
    r"\b(?:chief|minister|spokes(?:man|woman|person)|officials?|president|secretary|ambassador"
    r"|envoy|commander|general|admiral|leader|head|director|advis[eo]r|premier|chancellor)\b",
    re.I,
)
# A name of two or three words after an office ("Angel Tilvar", "Sanjay Seth")
_BARE_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
# A minister's office with a name and no state: "Defence Minister Angel Tilvar". (A bare
# "President X" is too often the subject of a story datelined elsewhere.)
_BARE_OFFICE = re.compile(
    r"\b(?:(?:[Dd]efen[cs]e|[Ff]oreign|Prime|Interior|Deputy\s+[Dd]efen[cs]e|Deputy\s+[Ff]oreign)\s+"
    r"[Mm]inister|(?:[Dd]efen[cs]e|[Ff]oreign)\s+[Ss]ecretary|Minister\s+of\s+(?:National\s+)?"
    r"Defen[cs]e|Minister\s+of\s+Foreign\s+Affairs)\s+"
    rf"{_HONORIFIC}{_BARE_NAME}"
)  # (also as Indian papers write them: "defence minister Rajnath Singh", "Defence secretary")


# Offices a bare "the President" names again (see ArticleNames._bare_titles); not "the
# President of Russia", "the Secretary General" or "the Secretary's".
_BARE_TITLE_OFFICES = (
    "president",
    "prime minister",
    "secretary",
    "chancellor",
    "premier",
    "minister",
    "crown prince",
    "king",
    "emir",
    "sultan",
)
_ROYAL_OFFICES = ("crown prince", "king", "emir", "sultan")
_BARE_TITLE = re.compile(
    r"\b[Tt]he\s+(President|Prime\s+Minister|Secretary|Chancellor|Premier|Minister"
    r"|[Cc]rown\s+[Pp]rince|[Kk]ing|[Ee]mir|[Ss]ultan|prime\s+minister|chancellor|premier)\b"
    # (a royal title in any case: "the crown prince" is the one named before; a head of
    # government's too: "after the prime minister dismissed the idea")
    r"(?!\s+(?:of|[A-Z])\b|\s+[A-Z]|-|['’]|\s*,\s*[A-Z])"  # (not "The prime minister, Gabriel
)  # Attal,": a name of its own)


# A body named only as the maker of a document ("in accordance with UN Security Council
# resolution 2292"): no one a later "the council" stands for
_NAMES_A_DOCUMENT = re.compile(r"\s+(?:[Rr]esolutions?|[Dd]ecisions?)\s+(?:No\.\s*)?\d")


@dataclass
class ArticleNames:
    """Acronyms defined so far, the order in which organizations were last mentioned, and the
    people the article has introduced ("Chinese Defense Minister Dong Jun", "Lloyd Austin"),
    whose later bare names ("Austin said") act for their state."""

    acronyms: dict[str, Mention] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)
    people: dict[str, Mention] = field(default_factory=dict)
    # surnames that are also words ("Theresa May" is "May" later, but only as the subject of
    # a verb: "May said", not "in May")
    word_people: dict[str, Mention] = field(default_factory=dict)
    last_person: tuple[Mention, int] | None = None  # the person last named, and where
    people_named: int = 0  # how many people the sentence before named
    last_subject: tuple[Mention, int] | None = None  # the one state or body a sentence opened with
    sentences: int = 0
    home: str | None = None  # the state of the dateline city: its officials need no country
    states_named: list[str] = field(default_factory=list)  # by names no other state shares
    # the state whose government issued the article ("Ministry of National Defence – Press
    # Release" datelined in its capital): the "we" of its unquoted text
    issuer: str | None = None
    issuer_words: str = ""  # the words of a release's header that name its issuer
    # the person who last opened a sentence under each office ("President Obama spoke ..."),
    # and where: a later bare "The President" is that person
    offices: dict[str, tuple[Mention, int]] = field(default_factory=dict)
    # the offices each person opened a sentence under, by family name: "Lukashenko said" later
    # makes him "the President" again
    titled: dict[str, set[str]] = field(default_factory=dict)
    # the state whose ministry the text named last ("South Korea's Defense Ministry"), and the
    # sentence that named it: a later bare "the ministry" is that state's
    ministry: tuple[Mention, int] | None = None
    texts: tuple[str, str] = ("", "")  # the sentence before the one read, and this one
    orgs_named: set[str] = field(default_factory=set)  # the organizations named so far
    # states named with their leader ("Kyrgyzstan's interim leader"), and the sentence
    led: dict[str, int] = field(default_factory=dict)
    # the home states of people the lexicon lists for a body whom the story introduced in a
    # national office ("German Defence Minister Ursula von der Leyen"): they stay at home
    at_home: set[str] = field(default_factory=set)

    def complete(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """Add the mentions this sentence makes through acronyms and anaphora, and learn."""
        self.sentences += 1
        self.texts = (self.texts[1], text)
        added: list[Mention] = self._people(text, start)
        added += self._home_officials(text, start, mentions + added)
        added += self._pronouns(text, start, mentions + added)
        added += self._subject_anaphor(text, start, mentions + added)
        added += self._we(text, start, mentions + added)
        added += self._bare_titles(text, start, mentions + added)
        added += self._ministry(text, start, mentions + added)
        for acronym, model in self.acronyms.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                added.append(_at(model, start + m.start(), start + m.end(), acronym, "acronym"))
        anaphora = load_lexicon().patterns.get("organizations", {}).get("anaphora", {})
        for phrase, candidates in anaphora.items():
            named = [k for k in reversed(self.recent) if k in candidates]
            if not named or self._nearer_namesake(phrase, named[0]):
                continue  # (nor "the Contact Group met. Hamas said ... The group condemned": Hamas)
            said = re.escape(phrase)
            if phrase.lower().startswith("the "):  # "the 15-member council", "the 27-nation bloc"
                said = said[:3] + _MEMBER_COUNT + said[3:]
            for m in re.finditer(  # (not "the High Representative for Bosnia": another's)
                rf"\b{said}\b(?!['’]s\s+(?:[a-z]+\s+)?members)"
                r"(?!\s+(?:for|of)\s+(?!Foreign\s+Affairs\b)(?-i:[A-Z]))",
                text,
                re.I,
            ):
                model = Mention(0, 0, "", "org", named[0], "anaphor")
                added.append(_at(model, start + m.start(), start + m.end(), m.group(), "anaphor"))
        defined = {a.start for a in added if a.form == "acronym"}
        merged = [  # "SDF" defined as the Syrian Democratic Forces is not Japan's SDF here
            m for m in mentions
            if not (m.start in defined and m.text in self.acronyms
                    and self.acronyms[m.text].key != m.key)
        ]  # fmt: skip
        homed = {(m.start, m.end) for m in added if m.form == "person" and m.kind == "nation"}
        merged = [  # "Prime Minister Paolo Gentiloni ... Gentiloni said": Italy's, as he was
            m for m in merged  # introduced, not the body he later served
            if not (m.form == "person" and m.kind == "org" and (m.start, m.end) in homed)
        ]  # fmt: skip
        for m in added:
            if all(m.end <= k.start or m.start >= k.end for k in merged):
                merged.append(m)
        merged.sort(key=lambda m: m.start)
        merged = self._shared_names(merged)
        merged = [self._organ_of_recent(m) for m in merged]
        merged = [self._home_ministry(m) for m in merged]
        merged = self._at_home(text, start, merged)
        before, words_before = set(self.people), set(self.word_people)
        self._learn_people(text, start, merged)
        merged = self._named_again(
            text,
            start,
            merged,
            set(self.people) - before,
            set(self.word_people) - words_before,
        )
        for m in merged:
            if m.form == "person" and m.kind == "nation":
                self.last_person = (m, self.sentences)
        self.people_named = len(  # (by family name: "Mark Carney ... Carney added" is one)
            {
                m.text.split()[-1]
                for m in merged
                if m.form == "person" and m.kind == "nation" and m.text.split()
            }
        )
        opener = sentence_opener(text, start, merged)
        if opener is not None:  # "Stoltenberg, next to Boris Johnson, said ... He urged": "He"
            self.last_person = (opener, self.sentences)  # is who opened the sentence before
            self.people_named = 1  # (the one who opened it is the one "he" stands for)
        first = opener or next(
            (m for m in merged if m.kind == "nation" and m.form == "person"), None
        )
        if first is not None:  # the sentence's first person and the office named with them
            lead = text[max(0, first.start - start - 40) : first.start - start]
            if first is not opener:
                lead = re.split(r"[,;.]", lead)[-1]  # ("..., Defence Minister Andrew Little")
            lead += " " + first.text  # (the mention may hold the office: "Defence Minister X")
            surname = first.text.split()[-1] if first.text.split() else ""
            speaks = (
                first is opener
                or _SPEAKS_AFTER.match(text, first.end - start)
                or _SAID_BEFORE.search(text[: first.start - start])
            )  # ("..., Lukashenko said", "said Lukashenko", "Lukashenko, speaking on TV, said")
            for office in self.titled.get(surname, ()) if speaks else ():
                self.offices[office] = (first, self.sentences)  # named again: the office's
                # holder last told of ("According to Lukashenko ... Putin ...; Lukashenko said.
                # The President accused ...": Lukashenko)
            for office in _BARE_TITLE_OFFICES:
                if (
                    office in _ROYAL_OFFICES
                    and not re.search(
                        rf"\b{office}\s+(?:[A-Z][\w'’-]*\s+){{0,4}}{re.escape(first.text)}",
                        lead,
                        re.I,
                    )
                    and not re.match(rf"{office}\s", first.text, re.I)  # ("King Abdullah II")
                ):
                    continue  # a royal title only as the name's own ("Crown Prince Mohammed
                    # bin Salman"), not "In a meeting with the emir, Blinken ..."
                if re.search(rf"\b{office}\b", lead, re.I) and not (
                    office == "minister" and re.search(r"\bprime\s+minister\b", lead, re.I)
                ):
                    self.offices[office] = (first, self.sentences)
                    self.titled.setdefault(surname, set()).add(office)
        held: dict[str, list[Mention]] = {}
        for m in merged:  # "President Trump and Danish Prime Minister Mette Frederiksen": the
            if m.kind != "nation" or m.form != "person":  # second's office too
                continue
            lead = re.split(r"[,;.]|\band\b", text[max(0, m.start - start - 40) : m.start - start])
            for office in ("prime minister", "chancellor", "premier"):
                if re.search(rf"\b{office}\s+$", lead[-1], re.I):
                    held.setdefault(office, []).append(m)
        for office, holders in held.items():
            former = re.search(
                r"\b(?:former|ex-)\s*(?:[\w-]+\s+){0,4}$",
                text[max(0, holders[0].start - start - 40) : holders[0].start - start],
                re.I,
            )
            if len(holders) > 1 or former:  # two prime ministers, or a former one: "the prime
                self.offices.pop(office, None)  # minister" after them is no one sure
            elif holders[0] is not first:
                self.offices[office] = (holders[0], self.sentences)
        subject = _subject(text, start, merged)
        self.last_subject = (subject, self.sentences) if subject else None
        for m in merged:
            if m.kind == "org" and not _NAMES_A_DOCUMENT.match(text, m.end - start):
                if m.key in self.recent:
                    self.recent.remove(m.key)
                self.recent.append(m.key)
            government = _STATE_GOVERNMENT.match(text, m.end - start)
            if government and m.kind == "nation" and m.form in ("name", "metonym"):
                self.acronyms.setdefault(government.group(1), m)  # "Libya's Government of
                # National Unity (GNU)": "the GNU" after it is Libya's government
            after = _ACRONYM.match(text, m.end - start)
            if after and m.kind in ("org", "system") and after.group(1) != m.text:
                self.acronyms.setdefault(after.group(1), m)
                at = start + after.start(1)  # the acronym in its brackets is the same body
                merged = [
                    _at(m, at, k.end, k.text, "acronym")
                    if k.start == at and k.text == after.group(1) and k.key != m.key else k
                    for k in merged
                ]  # fmt: skip
        for named in _NAMED_FORCES.finditer(text):  # "the Seychelles Defence Forces (SDF)":
            acronym = named.group("acronym")  # the state's forces, whatever else "SDF" names
            state = next(
                (
                    m for m in merged
                    if m.kind == "nation" and m.form in ("name", "demonym")
                    and m.end - start > named.start() and m.start - start < named.start("acronym")
                ),
                None,
            )  # fmt: skip
            at = start + named.start("acronym")
            known = next((k for k in merged if k.start == at and k.kind == "org"), None)
            if (
                state is None
                or acronym in self.acronyms
                or (known and load_lexicon().orgs[known.key].kind == "armed-group")
            ):
                continue  # (nor over an armed group's own acronym)
            self.acronyms[acronym] = state
            merged = [k for k in merged if k.start != at]
            merged.append(_at(state, at, at + len(acronym), acronym, "acronym"))
            merged.sort(key=lambda k: k.start)
        return merged

    def _shared_names(self, mentions: list[Mention]) -> list[Mention]:
        """A short name two states share ("Congo") is the one the article named by a fuller
        name last, else the first of patterns.toml [places] shared_names.

        Example:
            >>> names = ArticleNames()
            >>> rc = Mention(0, 17, "Republic of Congo", "nation", "COG", "name")
            >>> bare = Mention(30, 35, "Congo", "nation", "COG", "name")
            >>> [m.key for m in names._shared_names([bare])], names._shared_names([rc, bare])[1].key
            (['COD'], 'COG')
        """
        shared = load_lexicon().patterns.get("places", {}).get("shared_names", {})
        out = []
        for m in mentions:
            candidates = shared.get(m.text) if m.kind == "nation" else None
            if candidates:
                named = [k for k in reversed(self.states_named) if k in candidates]
                key = named[0] if named else candidates[0]
                m = replace(m, key=key) if key != m.key else m
            elif m.kind == "nation":
                if m.key in self.states_named:
                    self.states_named.remove(m.key)
                self.states_named.append(m.key)
            out.append(m)
        return out

    def _home_officials(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """Officials named by a bare office in a datelined story ("BUCHAREST — ... Defence
        Minister Angel Tilvar said"): wire copy leaves out the country of its own city's
        officials, so they act for the dateline's state. An office with a state before or
        after it ("U.S. Defense Secretary", "the Defence Minister of Poland") is not bare.

        Example:
            >>> names = ArticleNames(home="ROU")
            >>> t = "Defence Minister Angel Tilvar condemned the strikes."
            >>> [(m.text, m.key) for m in names._home_officials(t, 0, [])]
            [('Defence Minister Angel Tilvar', 'ROU')]
        """
        found = [(m, self.home) for m in _BARE_OFFICE.finditer(text)] if self.home else []
        found += [  # ("Raksha Mantri Shri Rajnath Singh": India's, wherever the dateline)
            (m, _state_titles()[" ".join(m.group("title").split())])
            for m in _state_title_rx().finditer(text)
        ]
        out = []
        known = _known_names()
        for m, state in found:
            before = text[: m.start()]
            if re.search(r"(?:['’]s|\b[A-Z][\w.-]*)\s+$", before) and not re.search(
                r"(?:^|[.;:,(]\s*|\b(?:said|and|by|with|that)\s+)$", before
            ):
                continue  # "U.S. Defense Secretary ...", "Chinese Defence Minister ..."
            if re.match(r",?\s+(?:of|from)\s+", text[m.end() :]):
                continue  # "Defence Minister X of Poland"
            name = m.group("name")
            if name in known or name.split()[-1] in known or name in self.people:
                continue
            if any(k.start - start < m.end() and k.end - start > m.start() for k in mentions):
                continue  # a listed person or another mention already covers it
            model = Mention(0, 0, "", "nation", state, "person")
            out.append(_at(model, start + m.start(), start + m.end(), m.group(), "person"))
            given = [name.split()[0]] if state in _given_name_states() else []
            for key in (name, name.split()[-1], *given):  # ("Foreign Minister Retno LP
                if len(key) > 2 and key not in known:  # Marsudi" of a Jakarta story: "Retno")
                    self.people.setdefault(key, model)
        return out

    def _organ_of_recent(self, m: Mention) -> Mention:
        """An organ's bare name ("the Permanent Council") in a story of another body that has an
        organ of that name, and none of the lexicon's own parent: the story's body's organ.

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> names = ArticleNames()
            >>> t = "The Organization of American States met."
            >>> _ = names.complete(t, 0, find_mentions(t, 0))
            >>> t = "The Permanent Council condemned the coup."
            >>> [m.key for m in names.complete(t, 40, find_mentions(t, 40))]
            ['OAS Permanent Council']
        """
        orgs = load_lexicon().orgs
        org = orgs.get(m.key) if m.kind == "org" and m.form == "name" else None
        if org is None or not org.parent or org.parent in self.recent or m.text == m.key:
            return m
        organ = next(
            (o for key in reversed(self.recent) if (o := organ_named(key, m.text)) != m.key and o),
            None,
        )  # ("OAS Permanent Council": the OAS's own; not the African Union's "Peace and
        # Security Council" for "the Security Council")
        return replace(m, key=organ) if organ else m

    def _nearer_namesake(self, phrase: str, candidate: str) -> bool:
        """True when a body named after ``candidate`` could be what ``phrase`` stands for too:
        an armed group for "the group", or a state's own body whose name ends in the phrase's
        noun ("Japan's National Security Council" for "the council")."""
        later = self.recent[self.recent.index(candidate) + 1 :] if candidate in self.recent else []
        head = phrase.split()[-1].lower()
        orgs = load_lexicon().orgs
        return any(
            key in orgs
            and (
                (orgs[key].kind == "armed-group" and head == "group")
                or (
                    orgs[key].kind in ("government-body", "legislature")
                    and key.lower().endswith(head)
                )
            )
            for key in later
        )

    def _at_home(self, text: str, start: int, merged: list[Mention]) -> list[Mention]:
        """A person listed as acting for an organization acts for their home state (people.tsv
        ``home``) right after a sentence named that state's leader, in a story that never named
        the organization: "a request from Kyrgyzstan's interim leader ... Roza Otunbayeva
        appealed to Russia" (a 2010 story, before she served the UN).

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> names = ArticleNames()
            >>> t = "Kyrgyzstan's interim leader asked for help."
            >>> _ = names.complete(t, 0, find_mentions(t, 0))
            >>> t = "Roza Otunbayeva appealed to Russia."
            >>> [(m.text, m.key) for m in names.complete(t, 50, find_mentions(t, 50))]
            [('Roza Otunbayeva', 'KGZ'), ('Russia', 'RUS')]
        """
        self.orgs_named |= {m.key for m in merged if m.kind == "org" and m.form != "person"}
        out = []
        for m in merged:
            home = people_at_home().get(m.text) if m.form == "person" and m.kind == "org" else None
            if home is not None and (
                home in self.at_home
                or _owned_by_home(text, start, merged, m, home)
                or (m.key not in self.orgs_named and self.sentences - self.led.get(home, -9) <= 1)
            ):
                m = replace(m, kind="nation", key=home, org=None)
            if (
                m.form == "person"
                and m.kind == "nation"
                and people_at_home().get(m.text) == m.key
                and not _IN_PAST_OFFICE.search(text, 0, max(0, m.start - start))
            ):  # (not "As Dutch prime minister, Mark Rutte ...": an office held before)
                self.at_home.add(m.key)  # ("German Defence Minister Ursula von der Leyen ...
                # von der Leyen held talks": Germany's still)
            out.append(m)
        for m in merged:  # (a former leader leads no more: "Estonia's former prime minister";
            leader = (  # a leader named is that person: "Dutch Prime Minister Dick Schoof")
                _LEADER_AFTER.match(text, m.end - start)
                if m.kind == "nation" and m.form in ("name", "demonym")
                else None
            )
            if leader and not re.match(r",?\s+(?-i:[A-Z])", text[leader.end() :]):
                self.led[m.key] = self.sentences
        return out

    def _named_again(
        self,
        text: str,
        start: int,
        merged: list[Mention],
        learned: set[str],
        learned_words: set[str],
    ) -> list[Mention]:
        """The short names of people this sentence introduced, used again later in it ("Rice
        and Schwarzenberg signed ..., and Rice and Sikorski signed ..."); a surname that is
        also a word only as it would be in a later sentence (see _people).

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> names = ArticleNames()
            >>> t = "Karel Schwarzenberg met Condoleezza Rice, and Rice and Schwarzenberg signed."
            >>> [(m.text, m.key) for m in names.complete(t, 0, find_mentions(t, 0))][2:]
            [('Rice', 'USA'), ('Schwarzenberg', 'CZE')]
        """
        found = [
            m for m in _names_regex(tuple(sorted(learned))).finditer(text)
            if not re.match(r"\s+[A-Z][a-z]", text[m.end() :])  # (not "Austin Dillon")
        ] if learned else []  # fmt: skip
        if learned_words:
            found += [
                m
                for m in _names_regex(tuple(sorted(learned_words))).finditer(text)
                if _word_name_used(text, m, paired_subject=True)
            ]
        out = list(merged)
        first = {  # where each name first stands: the introduction itself ("Dominican President
            n: x.start()  # Leonel Fernández" names him once)
            for n in learned | learned_words
            if (x := _names_regex((n,)).search(text)) is not None
        }
        for m in found:
            if first.get(m.group()) == m.start():
                continue
            model = self.people.get(m.group()) or self.word_people[m.group()]
            at = start + m.start()
            if model.start >= at or any(k.start < start + m.end() and k.end > at for k in out):
                continue  # (only after the full name, and no name it is part of)
            out.append(_at(model, at, start + m.end(), m.group(), "person"))
        return sorted(out, key=lambda k: k.start)

    def _people(self, text: str, start: int) -> list[Mention]:
        """Mentions of the people introduced earlier, by full name or surname."""
        if not self.people:
            return []
        out = []
        for m in _names_regex(tuple(self.people)).finditer(text):
            if re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
                continue  # "Austin Dillon": someone else
            model = self.people[m.group()]
            out.append(_at(model, start + m.start(), start + m.end(), m.group(), "person"))
        if self.word_people:
            for m in _names_regex(tuple(self.word_people)).finditer(text):
                if _word_name_used(text, m):
                    model = self.word_people[m.group()]
                    out.append(_at(model, start + m.start(), start + m.end(), m.group(), "person"))
        return out

    def _bare_titles(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """ "The President also spoke with ...": the person who last opened a sentence under
        that office ("President Obama spoke ..."), within the last eight sentences.

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> names = ArticleNames()
            >>> t1 = "President Obama spoke with President Putin of Russia."
            >>> _ = names.complete(t1, 0, find_mentions(t1, 0))
            >>> t2 = "The President also spoke with Chancellor Merkel of Germany."
            >>> [(m.text, m.key) for m in names.complete(t2, 60, find_mentions(t2, 60))][:1]
            [('The President', 'USA')]
        """
        out = []
        for m in _BARE_TITLE.finditer(text):
            office = " ".join(m.group(1).lower().split())
            known = self.offices.get(office)
            if known is None or self.sentences - known[1] > 8:
                continue
            if any(k.start - start < m.end() and k.end - start > m.start() for k in mentions):
                continue
            out.append(_at(known[0], start + m.start(), start + m.end(), m.group(), "person"))
        return out

    def _pronouns(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """ "He condemned ...": the person named last, in this sentence or the one before,
        when no other actor opens the sentence."""
        if self.last_person is None or self.sentences - self.last_person[1] > 2:
            return []
        opener = _OPENER_THEN_PRONOUN.match(text)  # "After meeting Duda, he said": the one
        m = _PRONOUN.match(text, opener.end() if opener else 0)  # he met is not "he"
        if m is None or self.sentences - self.last_person[1] > 1:
            said = _QUOTE_SAID.search(text) if m is None else None
            if (
                said is None
                or any(x.form == "person" for x in mentions)
                or (self.sentences - self.last_person[1] > 1 and _SPEAKER.search(self.texts[0]))
            ):  # (not after "The Philippine navy chief welcomed the visit.": that speaker's)
                return []  # ('"No third category exists," he said' two sentences after the
            if self.sentences - self.last_person[1] == 1:
                return []  # (right after the speaker was named: the sentence's rules read it)
            model = self.last_person[0]  # speaker, a quote between: the speaker)
            return [_at(model, start + said.start(1), start + said.end(1), said.group(1), "person")]
        if opener and not PARTICIPLE_OPENER.match(text) and self.people_named != 1:
            return []  # "On Tuesday he held talks" after a sentence naming two: which one
        model = self.last_person[0]
        return [_at(model, start + m.start(), start + m.end(), m.group(), "person")]

    def _we(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """ "We condemn ...", unquoted in a government's press release or statement datelined
        in its capital: that state.

        Example:
            >>> names = ArticleNames(home="TUR", issuer="TUR")
            >>> [(m.text, m.key) for m in names.complete("We condemn the attack.", 60, [])]
            [('We', 'TUR')]
        """
        if self.issuer is None:
            return []
        out = []
        model = Mention(0, 0, "", "nation", self.issuer, "name")
        for m in _WE.finditer(text):
            before = text[: m.start(1)]
            if (before.count('"') + before.count("“") + before.count("”")) % 2:
                continue  # a quote's "we" is its speaker's
            if any(k.start - start <= m.start(1) < k.end - start for k in mentions):
                continue
            out.append(_at(model, start + m.start(1), start + m.end(1), m.group(1), "anaphor"))
        return out

    def _home_ministry(self, m: Mention) -> Mention:
        """A ministry the lexicon does not list and whose name names no state ("the Ministry of
        Foreign Affairs and European Integration"), in a release whose header names it as the
        issuer: the issuing state's, as a listed ministry stands for its state (not in a story
        from a dateline alone, nor another state's ministry the release names: "the Ministry
        for Europe and Foreign Affairs" in a Moldovan release).

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> t = "The Ministry of Foreign Affairs and European Integration condemned the raids."
            >>> names = ArticleNames(home="MDA", issuer="MDA")
            >>> names.issuer_words = "MD | Ministry of Foreign Affairs and European Integration"
            >>> [m.actor for m in names.complete(t, 0, find_mentions(t, 0))]
            ['MDA']
        """
        org = m.org
        if (
            self.issuer is None
            or m.kind != "org"
            or org is None
            or org.country
            or m.key in load_lexicon().orgs
            or not re.match(r"(?:Ministry|Department)\s+(?:of|for)\s", m.key)
            or m.key not in self.issuer_words
        ):
            return m
        return replace(m, org=replace(org, country=self.issuer, state_apparatus=True))

    def _ministry(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """ "the ministry" after "South Korea's Defense Ministry" was named, within three
        sentences and with no other state's ministry named since: that state; and learn the
        state whose ministry this sentence names.

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> names = ArticleNames()
            >>> t1 = "South Korea's Defense Ministry denied the report."
            >>> _ = names.complete(t1, 0, find_mentions(t1, 0))
            >>> t2 = "On Friday, the ministry urged Tokyo to stop."
            >>> [(m.text, m.key) for m in names.complete(t2, 60, find_mentions(t2, 60))]
            [('the ministry', 'Ministry of National Defense (South Korea)'), ('Tokyo', 'JPN')]
        """
        added = []
        last = self.ministry
        if last is not None and self.sentences - last[1] <= 3:
            for m in _BARE_MINISTRY.finditer(text):
                if any(k.start - start <= m.start() < k.end - start for k in mentions):
                    continue
                added.append(_at(last[0], start + m.start(), start + m.end(), m.group(), "anaphor"))
            if added:  # (named again, it stays the ministry a later "the ministry" names)
                self.ministry = (last[0], self.sentences)
        owners = [
            k for k in mentions
            if k.role == "actor"
            and (
                (k.kind == "nation" and _MINISTRY_OF.match(text, k.end - start))
                or (k.kind == "org" and k.state and re.search(r"\bMinistry\b", k.text))
            )
        ]  # fmt: skip
        if owners:
            self.ministry = (owners[-1], self.sentences)
        return added

    def _subject_anaphor(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """ "It signed ...", "The country's navy joined ...": the one state or body the sentence
        before opened with (words in patterns.toml [anaphora]).

        Example:
            >>> from kg.extract.mentions import find_mentions
            >>> names = ArticleNames()
            >>> t1 = "Kenya has deepened its security links."
            >>> _ = names.complete(t1, 0, find_mentions(t1, 0))
            >>> t2 = "Last year it signed a pact with Germany."
            >>> [(m.text, m.key) for m in names.complete(t2, 50, find_mentions(t2, 50))]
            [('it', 'KEN'), ('Germany', 'DEU')]
        """
        if self.last_subject is None or self.last_subject[1] != self.sentences - 1:
            return []
        m = _subject_opening().match(text)
        if not m:
            return []
        group = "own" if m.group("own") else "subj"
        word = m.group(group)
        if word.lower().endswith(("'s", "’s")):
            word = word[:-2]
        at = m.start(group)
        if any(k.start - start < at + len(word) for k in mentions if k.role == "actor"):
            return []  # an actor of its own opens the sentence
        model = self.last_subject[0]
        if word.lower() not in ("it", "its"):
            if model.state is None:
                return []  # "the country" is a state, not a body
            model = Mention(0, 0, "", "nation", model.state, "name")
        return [_at(model, start + at, start + at + len(word), word, "anaphor")]

    def _learn_people(self, text: str, start: int, mentions: list[Mention]) -> None:
        """Learn "Lloyd Austin" -> "Austin", "Chinese Defense Minister Dong Jun" -> "Dong Jun"."""
        known = _known_names()
        for i, m in enumerate(mentions):
            if m.kind not in ("nation", "org") or m.role != "actor":
                continue
            names: list[str] = []
            if m.form == "person" and " " in m.text:
                names.append(m.text)
            elif m.form == "person" and m.key in _given_name_states():
                listed = _listed_name(m.text)  # "Marsudi": Retno Marsudi, "Retno" later
                if (
                    listed
                    and listed.split()[0] not in self.people
                    and listed.split()[0] not in known
                ):
                    self.people[listed.split()[0]] = m
            elif m.form in ("demonym", "name") and m.kind == "nation":
                title = _TITLE.match(text, m.end - start)
                nxt = mentions[i + 1] if i + 1 < len(mentions) else None
                if title and not (nxt and nxt.start - start < title.end()):
                    names.append(title.group("name"))
                after = _NAME_AFTER.match(text, m.end - start)
                if after and not (nxt and nxt.start - start < after.end()):
                    names.append(after.group("name"))  # "Peru's defence minister, W. Astudillo"
                before = _NAME_BEFORE.search(text[: m.start - start])
                prev = mentions[i - 1] if i else None
                if (
                    before
                    and _OFFICE_AFTER.match(text, m.end - start)
                    and not (prev and prev.end - start > before.start())
                ):
                    names.append(before.group("name"))  # "W. Astudillo, Peru's defence minister"
            for name in names:
                self.last_person = (replace(m, form="person"), self.sentences)
                parts = name.split()
                while len(parts) > 2 and parts[0].rstrip(".") in _leading_titles():
                    parts = parts[1:]  # "President Moon Jae-in": Moon, not President
                family = [parts[0]] if m.key in _FAMILY_NAME_FIRST and len(parts) > 1 else []
                if m.key in _given_name_states() and len(parts) > 1 and len(parts[0]) > 3:
                    family.append(parts[0])  # "Retno Marsudi" is "Retno" later in the story
                if re.search(r"\s(?:bin|bint|ibn)\s", name):  # "Prince Mohammed" later
                    titles = _given_name_titles()
                    given = next((p for p in parts if p not in titles), parts[0])
                    family += [f"{t} {given}" for t in titles]
                if len(parts) > 1 and parts[-1] in _WORD_SURNAMES:  # "Theresa May": "May
                    model = m if m.form == "person" else replace(m, form="person")  # said"
                    self.word_people.setdefault(parts[-1], model)
                for key in (name, parts[-1], *family):  # "Moon Jae-in" is "Moon" later
                    short = 2 if key in family and m.key in _FAMILY_NAME_FIRST else 3  # ("Li")
                    if key in _ENGLISH_WORDS:
                        continue  # "He Weidong" is no later "He"
                    if key not in known and len(key) >= short and key not in self.people:
                        self.people[key] = m if m.form == "person" else replace(m, form="person")


@cache
def _given_name_titles() -> tuple[str, ...]:
    """Titles before a given name that recall an Arabic patronymic name (patterns.toml)."""
    return tuple(load_lexicon().words("anaphora", "given_name_titles"))


# An opening participle right before a subject pronoun ("After meeting Polish President Andrzej
# Duda, he said"): the people it names are not who "he" is (but in "After Putin arrived, he
# condemned" he is Putin: a clause, no participle).
_OPENER_THEN_PRONOUN = re.compile(
    rf"(?:{PARTICIPLE_OPENER.pattern}"
    # a day or a place before the pronoun ("In Paris and London on Monday he met ...")
    r"|\W*(?:In|On|At|Later|Earlier|Last|This)\b[^,;:.\"“]{0,40}?(?:,\s*|\s+))"
    r"(?=[Hh]e\b|[Ss]he\b)"
)


@cache
def _listed_name(alias: str) -> str | None:
    """The people.tsv name of the person ``alias`` names, if one person has it."""
    found = [p.name for p in load_lexicon().people.values() if alias in (p.name, *p.aliases)]
    return found[0] if len(found) == 1 else None


@cache
def _state_titles() -> dict[str, str]:
    """Titles that name their own state (patterns.toml [people] state_titles): title -> ISO3."""
    return dict(load_lexicon().patterns.get("people", {}).get("state_titles", {}))


@cache
def _state_title_rx() -> re.Pattern[str]:
    """A state's own title and the name after it ("Raksha Rajya Mantri Shri Sanjay Seth").

    Example:
        >>> _state_title_rx().search("by Raksha Mantri Shri Rajnath Singh today").group("name")
        'Rajnath Singh'
    """
    titles = sorted(_state_titles(), key=len, reverse=True)
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles) or r"(?!)"
    area = r"(?:\s+for(?:\s+(?:[A-Z][\w-]*|and)){1,6})?"  # ("... of Defense for Asia X")
    return re.compile(
        rf"\b(?P<title>{alts}){area}\s+{_HONORIFIC}{_BARE_NAME}\b(?!\s+(?:[A-Z]|of\b|for\b))"
    )


@cache
def _given_name_states() -> frozenset[str]:
    """States whose news names officials by the given name (patterns.toml [people])."""
    return frozenset(load_lexicon().patterns.get("people", {}).get("given_name_states", ()))


@cache
def _leading_titles() -> frozenset[str]:
    """Titles a person's mention may open with (patterns.toml [anaphora] leading_titles)."""
    return frozenset(load_lexicon().words("anaphora", "leading_titles"))


# Short family names that are also English words: never learned as a name ("He", "No", "An")
_ENGLISH_WORDS = frozenset(
    {"He", "No", "An", "So", "Do", "Oh", "On", "In", "At", "As", "By", "If", "Is", "It", "Me",
     "My", "Of", "Or", "To", "Up", "Us", "We", "Go", "Am", "Be", "Ha", "Hi", "Ho", "Ok", "Mo"}
)  # fmt: skip
# Surnames that are also English words or months ("Theresa May", "Susan Rice", "Samantha
# Power"): a later bare one names the person only as the subject of a verb after it
_WORD_SURNAMES = frozenset({"May", "March", "June", "Rice", "Power", "Long", "Green", "Young"})
_WORD_NAME_ACTS = re.compile(
    r"\s+(?:(?:also|then|later|has|had|was|is|will|would)\s+)?"
    r"(?:said|says|told|tells|flew|met|meets|spoke|speaks|urged|urges|added|visited|called"
    r"|announced|warned|insisted|signed|pledged|agreed|held|asked|stressed|promised|vowed)\b"
)
# Another person's name coordinated after a word surname: "May and Buhari"
_AND_NAME = re.compile(
    r"\s+and\s+([A-Z][a-z]+)\b(?=\s+(?:(?:also|then|later|last|first|have|had|has)\s+)?"
    r"(?:met|held|said|signed|agreed|discussed|spoke|talked|pledged|visited)\b)"
)
_MONTHS = frozenset(MONTH_NAMES.split("|"))
_MONTH_BEFORE = re.compile(
    r"\b\d{1,2}\s+$|\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id"
    r"|[Tt]his|[Tt]hat|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Tt]o)[\s-]+$"
)


def _word_name_used(text: str, m: re.Match[str], *, paired_subject: bool = False) -> bool:
    """Whether a surname that is also a word names the person at ``m``: as the subject of a
    verb ("May said"), or paired with another name ("May and Buhari last held talks"); with
    ``paired_subject``, also as the first of a pair of subjects in the sentence that introduced
    the full name (", and Rice and Polish Foreign Minister Radoslaw Sikorski signed").

    Example:
        >>> t = "She met Rice in May, and Rice and Polish minister Sikorski signed."
        >>> [_word_name_used(t, m) for m in re.finditer(r"Rice|May", t)]
        [False, False, False]
        >>> [_word_name_used(t, m, paired_subject=True) for m in re.finditer(r"Rice|May", t)]
        [False, False, True]
    """
    if _MONTH_BEFORE.search(text[: m.start()]):
        return False
    paired = _AND_NAME.match(text, m.end())  # ("May and Buhari last held talks")
    return bool(
        _WORD_NAME_ACTS.match(text, m.end())
        or (paired and paired.group(1) not in _WORD_SURNAMES | _MONTHS)
        or (
            paired_subject
            and re.search(r"(?:^|[,;]\s+(?:and\s+)?|\band\s+)$", text[: m.start()])
            and re.match(r"\s+and\s+[A-Z]", text[m.end() :])
        )
    )


# States whose people's names put the family name first ("Moon Jae-in", "Xi Jinping")
_FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN"})
# What may come before a sentence's subject: a time phrase ending in a comma, "The".
_BEFORE_SUBJECT = re.compile(r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4},\s+)?(?:[Tt]he\s+)?")


# A government's own release or statement, told in its header
RELEASE = re.compile(
    r"^(?!.*\b(?i:joint)\b)[^\n]{0,120}\b(?i:press\s+(?:release|statement))"
    r"\s*(?:(?:\||,|—|–)\s*(?:\d[\d./-]{5,9}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*)?$",
    re.M,
)  # (a header line of its own, perhaps with its date; a joint statement's "we" is several
# states)
# "We" as the subject of a clause ("We once again strongly condemn ...")
_WE = re.compile(r"(?:^[^\w\"“]*|[.;]\s+)(We|we)\s+(?=[a-z])")


def _owned_by_home(text: str, start: int, merged: list[Mention], m: Mention, home: str) -> bool:
    """True when the person ``m`` a body's row lists is named after their home state's possessive
    ("Estonia's Kaja Kallas") in a sentence that names no office of that body ("The EU's top
    diplomat, Estonia's Kaja Kallas": the body's still).

    Example:
        >>> from kg.extract.mentions import find_mentions
        >>> t = "Estonia's Kaja Kallas met Nauseda."
        >>> found = find_mentions(t, 0)
        >>> _owned_by_home(t, 0, found, next(x for x in found if x.form == "person"), "EST")
        True
    """
    if any(x.kind == "org" and x.key == m.key and x.form != "person" for x in merged):
        return False
    return any(
        x.kind == "nation" and x.key == home and x.form == "name"
        and re.fullmatch(r"['’]s\s+", text[x.end - start : m.start - start])
        for x in merged
    )  # fmt: skip


def _subject(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The one state or body a sentence opens with, which "it" may stand for in the next one.

    Example:
        >>> m = Mention(0, 5, "Kenya", "nation", "KEN", "name")
        >>> _subject("Kenya has deepened its links.", 0, [m]).key
        'KEN'
        >>> n = Mention(10, 16, "Uganda", "nation", "UGA", "name")
        >>> _subject("Kenya and Uganda met.", 0, [m, n]) is None
        True
    """
    actors = [m for m in mentions if m.role == "actor" and m.kind in ("nation", "org")]
    if not actors or not _BEFORE_SUBJECT.fullmatch(text[: actors[0].start - start]):
        return None
    first = actors[0]
    between = text[first.end - start : actors[1].start - start] if len(actors) > 1 else ""
    if len(actors) > 1 and re.fullmatch(r"\s*(?:,|and|&|or|as well as|,\s*and)\s*", between):
        return None  # "Kenya and Uganda ...": "they", not "it"
    return first


@cache
def _subject_opening() -> re.Pattern[str]:
    """A sentence opening with a word for the last sentence's subject (patterns.toml [anaphora])."""
    lex = load_lexicon()

    def alt(key: str) -> str:
        return lex.alternation("anaphora", key, longest=True)

    verb = rf"(?:(?:{alt('between')})\s+)*(?:[a-z]+ed|{alt('irregular')})\b"
    return re.compile(
        rf"(?:(?:{alt('leads')}),?\s+|(?:in|on|by|since)\s+[\w ]{{1,20}}?,\s+)?"
        rf"(?:(?P<own>{alt('possessives')})\s|(?P<subj>{alt('subjects')})\s+(?={verb}))",
        re.I,
    )


@cache
def _known_names() -> frozenset[str]:
    """Names the lexicon gives to something, and words that open sentences: never a surname."""
    lex = load_lexicon()
    out = {n for x in lex.nations.values() for n in (*x.names, *x.demonyms, *x.metonyms)}
    out |= {a for o in lex.orgs.values() for a in (o.name, *o.aliases)}
    out |= {a for x in lex.systems.values() for a in (x.name, *x.aliases)}
    out |= {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "May",
        "March",
        "June",
        "July",
        "August",
        "The",
        "General",
        "President",
        "Minister",
        "Jr",
        "Sr",
        "King",
        "Said",
        "Will",
        "Young",
        "Long",
        "Rice",
        "Power",
        "Page",
        "Green",
    }
    return frozenset(out)


@lru_cache(maxsize=256)
def _names_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _at(model: Mention, begin: int, end: int, text: str, form: str) -> Mention:
    return Mention(begin, end, text, model.kind, model.key, form, "actor", model.org)
