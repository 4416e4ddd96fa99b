"""Scoring extraction against gold annotations (the dev-corpus format).

For each ``articles/NAME.txt`` with a ``gold/NAME.json``, the article is extracted on its own
into an in-memory store and the competency queries are run; their rows are scored against
the gold per kind. Matching rules (documented in the README):

- nations, organizations, systems: sets, after mapping names through the lexicon's aliases;
  organizations that stand for their state (ministries, armed services) count as the state;
- agreements: by parties (as sets); contracts: by awardee + amount; meetings and exercises:
  by participants + date; stances: by actor + type + target. A date matches when equal or
  when the prediction is more precise than the gold (2024-04-26 for gold 2024-04). A
  free-text stance target matches when half the content words of the shorter of the two
  targets are in the other (a state's names and demonyms read as its code, "U.N." as "un").
- Each prediction matches at most one gold item (greedy, in order).

Example:
    >>> s = Score(tp=3, fp=1, fn=0)
    >>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)
    (0.75, 1.0, 0.86)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.lexicon import Org, load_lexicon

ENTITY_KINDS = ("nations", "organizations", "systems")
FACT_KINDS = ("agreements", "contracts", "meetings", "exercises", "stances")
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "on",
    "in",
    "to",
    "and",
    "for",
    "with",
    "its",
    "their",
    "s",
    "all",
    "that",
}


@dataclass
class Score:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        """Counts and rates, rounded for reports."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class Report:
    """Scores per kind, micro-averaged totals, and per-article errors."""

    scores: dict[str, Score] = field(default_factory=dict)
    errors: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    articles: int = 0
    rules: dict[str, Score] = field(default_factory=dict)

    def add(
        self,
        name: str,
        scores: dict[str, Score],
        errors: dict[str, list[dict[str, Any]]],
    ) -> None:
        """Count one scored article: its scores per kind, and its errors if it has any.

        Example:
            >>> r = Report()
            >>> r.add("a1", {"stances": Score(1, 0, 1)}, {"misses": [], "false_positives": []})
            >>> r.articles, r.scores["stances"].fn, r.errors
            (1, 1, {})
        """
        self.articles += 1
        for kind, score in scores.items():
            self.scores.setdefault(kind, Score())
            self.scores[kind] += score
        if errors["misses"] or errors["false_positives"]:
            self.errors[name] = errors

    def total(self, kinds: tuple[str, ...]) -> Score:
        """Micro-averaged score over ``kinds``."""
        out = Score()
        for k in kinds:
            out += self.scores.get(k, Score())
        return out

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready report."""
        return {
            "articles": self.articles,
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "entities": self.total(ENTITY_KINDS).as_dict(),
            "facts": self.total(FACT_KINDS).as_dict(),
            "errors": self.errors,
            **(
                {"rules": {k: v.as_dict() for k, v in sorted(self.rules.items())}}
                if self.rules
                else {}
            ),
        }

    def rule_table(self) -> str:
        """A Markdown table of predicted facts per extraction rule, most false positives first.

        Example:
            >>> r = Report(rules={"meetings/meeting.talks": Score(3, 1, 0)})
            >>> print(r.rule_table().splitlines()[2])
            | meetings/meeting.talks | 3 | 1 | 0.75 |
        """
        lines = ["| kind/rule | tp | fp | precision |", "|---|---|---|---|"]
        for name, s in sorted(self.rules.items(), key=lambda kv: (-kv[1].fp, kv[0])):
            lines.append(f"| {name} | {s.tp} | {s.fp} | {s.precision:.2f} |")
        return "\n".join(lines)

    def table(self) -> str:
        """A Markdown table of the scores.

        Example:
            >>> print(Report({"nations": Score(1, 0, 1)}).table().splitlines()[2])
            | nations | 1 | 0 | 1 | 1.00 | 0.50 | 0.67 |
        """
        lines = [
            "| kind | tp | fp | fn | precision | recall | F1 |",
            "|---|---|---|---|---|---|---|",
        ]
        rows = [(k, self.scores[k]) for k in (*ENTITY_KINDS, *FACT_KINDS) if k in self.scores]
        if len(rows) > 1:  # totals of the groups scored (a phrasing catalog scores no entities)
            rows += [
                (f"**{name}**", self.total(kinds))
                for name, kinds in (("entities", ENTITY_KINDS), ("facts", FACT_KINDS))
                if any(k in self.scores for k in kinds)
            ]
        for name, s in rows:
            lines.append(
                f"| {name} | {s.tp} | {s.fp} | {s.fn} "
                f"| {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |"
            )
        return "\n".join(lines)


# A company's legal form after its name, which names the same firm with or without it
# ("Mazagon Dock Shipbuilders Ltd.", "Indo-Russia Rifles Private Limited", "AeroVironment, Inc.")
_LEGAL_SUFFIX = re.compile(
    r"(?<=\w)[,.]?\s+(?:(?:Private|Pvt\.?|Co\.?,?|Pty)\s+)?"
    r"(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|PLC|plc|Corp\.?|GmbH|S\.A\.|SA|S\.p\.A\.|AG|SE|AB"
    r"|N\.V\.|NV|ASA|AS|A/S|Oyj|Oy|P?JSC|OJSC|Co\.?|Company|Corporation)$"
)


def normalize_name(name: str) -> str:
    """Map a name to the lexicon's canonical key: ISO3 for states and the ministries and services
    that stand for them; a named agency, command or fleet keeps its own name; a company is named
    without its legal form, so that "V2X", "V2X Inc." and "Vectrus Systems Corp." are one firm.

    Example:
        >>> normalize_name("the Pentagon"), normalize_name("Raytheon Missiles & Defense")
        ('USA', 'Raytheon')
        >>> normalize_name("Indo-Russia Rifles Private Limited"), normalize_name("Acme Corp.")
        ('Indo-Russia Rifles', 'Acme')
        >>> normalize_name("V2X") == normalize_name("Vectrus Systems Corp.")
        True
        >>> normalize_name("Turkey Inc.")
        'Turkey'
    """
    lex = load_lexicon()
    key = name.strip()
    if key.startswith("the "):
        key = key[4:]
    if key in lex.nations:
        return key
    known = _known_name(key)
    if known is not None:
        return known
    for nation in lex.nations.values():
        if key in nation.names:
            return nation.code
    bare = _LEGAL_SUFFIX.sub("", key)  # ("Indo-Russia Rifles Private Limited" is Indo-Russia
    return (_known_name(bare) or bare) if bare else key  # Rifles; "Turkey Inc." is no state)


def _known_name(key: str) -> str | None:
    """The canonical name of the organization or system ``key`` names, a company's without its
    legal form ("V2X Inc." is V2X), or None."""
    lex = load_lexicon()
    for org in lex.orgs.values():
        if key == org.name or key in org.aliases:
            if org.stands_for:
                return org.stands_for
            plain = org.kind == "company" and not org.listed
            return (_LEGAL_SUFFIX.sub("", org.name) or org.name) if plain else org.name
    for system in lex.systems.values():
        if key == system.name or key in system.aliases:
            return system.name
    return None


def party_key(name: str) -> str:
    """The key of a fact's party, actor or participant: its canonical name, or its
    state's ISO3 code for a government body or military branch (a ministry, agency, command or
    service), which kg codes as its state when it acts in a fact, as event-data coders do; a
    named agency or command is still an organization of its own in the entity lists.

    Example:
        >>> party_key("U.S. Africa Command"), party_key("NATO"), party_key("European Council")
        ('USA', 'NATO', 'European Union')
    """
    key = normalize_name(name)
    org = load_lexicon().orgs.get(key)
    if org is not None and org.kind in ("government-body", "military-branch") and org.country:
        return org.country
    return _organ_body(org) or key


def _target_key(name: str) -> str:
    """The key of a stance target: its canonical name, or its state's ISO3 code for a ministry,
    service or command that stands for its state (a central bank or a firm a state owns stays
    itself: sanctioning it is not sanctioning the state)."""
    key = normalize_name(name)
    org = load_lexicon().orgs.get(key)
    body = _organ_body(org)
    if body:
        return body
    return org.country if org is not None and org.listed else key


def _organ_body(org: Org | None) -> str | None:
    """The international body ``org`` is an organ of, which it acts for as kg codes it ("the
    European Commission": the European Union), else None.

    Example:
        >>> _organ_body(load_lexicon().orgs["Council of the European Union"])
        'European Union'
    """
    if org is not None and org.state_apparatus and not org.country and org.parent:
        return normalize_name(org.parent)
    return None


# Words that make a demonym part of a region's name ("Latin American", "South American")
_NOT_REGION = "".join(rf"(?<!{w}\s)" for w in ("Latin", "Central", "Native", "North", "South"))


@cache
def _nation_words() -> list[tuple[str, str, bool]]:
    """(name, ISO3, is a demonym) of every state, longest first ("North Korea" before "Korea").

    Example:
        >>> [n for n, _c, _d in _nation_words()].index("North Korea") < [
        ...     n for n, _c, _d in _nation_words()].index("Korea")
        True
    """
    lex = load_lexicon()
    pairs = [(n, x.code, False) for x in lex.nations.values() for n in x.names]  # "UAE" too
    pairs += [(n, x.code, True) for x in lex.nations.values() for n in x.demonyms]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _words(text: str) -> set[str]:
    for name, code, demonym in _nation_words():
        if name in text:  # (a demonym not in a region's name: "Latin American")
            region = _NOT_REGION if demonym else ""
            text = re.sub(rf"(?<![\w.]){region}{re.escape(name)}(?!\w)", code, text)
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\b[A-Za-z]\.[A-Za-z])\.", "", text)
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _target_match(pred: str, gold: str) -> bool:
    if _target_key(pred) == _target_key(gold):
        return True
    p, g = _words(pred), _words(gold)
    if (len(pred) == 3 and pred.isupper()) or not p or not g:
        return False
    return len(p & g) / min(len(p), len(g)) >= 0.5


def _same_firm(pred: str, gold: str) -> bool:
    """True when the predicted awardee is the gold one, or a unit of it in the lexicon: an
    award to "BAE Systems Land & Armaments L.P." is one to BAE Systems when the gold names the
    parent (the corpus keeps a parent and its unit apart only when both are named).

    Example:
        >>> _same_firm("BAE Systems Land & Armaments", "BAE Systems")
        True
        >>> _same_firm("Rosomak S.A.", "Polska Grupa Zbrojeniowa")
        True
        >>> _same_firm("BAE Systems", "BAE Systems Land & Armaments"), _same_firm("Saab", "BAE")
        (False, False)
    """
    key, want = normalize_name(pred), normalize_name(gold)
    firms = _firms()
    seen: set[str] = set()
    while key not in seen:
        if key == want:
            return True
        seen.add(key)
        org = firms.get(key)
        parent = firms.get(normalize_name(org.parent)) if org and org.parent else None
        if parent is None:  # (a firm's parent that is a state's body is no firm it belongs to)
            return False
        key = normalize_name(parent.name)
    return False


@cache
def _firms() -> dict[str, Org]:
    """The lexicon's companies by the key ``normalize_name`` gives their names (no legal form)."""
    return {
        normalize_name(org.name): org
        for org in load_lexicon().orgs.values()
        if org.kind == "company"
    }


def _date_match(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return True
    return pred is not None and pred.startswith(gold)


def _split(cell: str | None) -> frozenset[str]:
    return frozenset(party_key(x) for x in (cell or "").split("|") if x)


def _amount(value: str | None, currency: str | None) -> tuple[float, str] | None:
    return (float(value), currency or "") if value else None


def _gold_amount(obj: dict[str, Any] | None) -> tuple[float, str] | None:
    return (float(obj["value"]), obj["currency"]) if obj else None


MATCHERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "agreements": lambda p, g: (
        _split(p["parties"]) == frozenset(party_key(x) for x in g["parties"])
    ),
    "contracts": lambda p, g: (
        _same_firm(p["awardee"] or "", g["awardee"])
        and _amount(p["amount"], p["currency"]) == _gold_amount(g["amount"])
    ),
    "meetings": lambda p, g: (
        _split(p["participants"]) == frozenset(party_key(x) for x in g["participants"])
        and _date_match(p["date"], g["date"])
    ),
    "exercises": lambda p, g: (
        _split(p["participants"]) == frozenset(party_key(x) for x in g["participants"])
        and _date_match(p["date"], g["date"])
    ),
    "stances": lambda p, g: (
        party_key(p["actor"] or "") == party_key(g["actor"])
        and p["type"] == g["stance"]
        and _target_match(p["target"] or "", g["target"])
    ),
}
_GOLD_KEYS = {
    "agreements": ("parties",),
    "contracts": ("awardee", "amount"),
    "meetings": ("participants", "date"),
    "exercises": ("participants", "date"),
    "stances": ("actor", "stance", "target"),
}
_ID = {
    "agreements": "agreement",
    "contracts": "contract",
    "meetings": "meeting",
    "exercises": "exercise",
    "stances": "stance",
}


def _rows(store: Any, name: str) -> list[dict[str, Any]]:
    from kg.query import load_query, run_query

    result = run_query(store, load_query(name))
    return [
        {
            v: (t.value if t is not None else None)
            for v, t in zip(result.variables, row, strict=True)
        }
        for row in result.rows
    ]


def _evidence(store: Any, fact_iri: str) -> tuple[str, list[str]]:
    """The sentences that support a fact (joined by " / ") and the rules that made it."""
    from pyoxigraph import NamedNode

    from kg.query import load_query, run_query

    result = run_query(store, load_query("evidence"), {"fact": NamedNode(fact_iri)})
    sent, rule = result.variables.index("sentence"), result.variables.index("rule")
    sentences = " / ".join(row[sent].value for row in result.rows if row[sent] is not None)
    rules = sorted({row[rule].value for row in result.rows if row[rule] is not None})
    return sentences, rules


def _describe(row: dict[str, Any], kind: str) -> str:
    keys = {
        "agreements": ("type", "parties", "date", "amount"),
        "contracts": ("awardee", "amount", "currency", "purpose"),
        "meetings": ("label", "participants", "date", "location"),
        "exercises": ("label", "participants", "date"),
        "stances": ("actor", "type", "target", "date"),
    }[kind]
    return ", ".join(f"{k}={row.get(k)}" for k in keys if row.get(k))


def evaluate_article(
    text_path: Path, gold: dict[str, Any], rules: dict[str, Score] | None = None
) -> tuple[dict[str, Score], dict[str, list[dict[str, Any]]]]:
    """Extract one article into a fresh in-memory store and score it against ``gold``.

    When ``rules`` is given, each predicted fact also counts as a true or false positive of
    every rule in its evidence, keyed ``kind/rule``.
    """
    from kg.ingest import article_quads_for
    from kg.rdf.iris import article_iri
    from kg.sources.read import parse_text
    from kg.store import EmbeddedStore

    items = list(parse_text(text_path.read_bytes(), str(text_path), text_path.suffix.lower()))
    article = items[0]
    if isinstance(article, InputError):
        raise article
    store = EmbeddedStore.in_memory()
    _ex, quads = article_quads_for(article)
    store.replace_graph(article_iri(article.id), quads)
    states = {o.name for o in load_lexicon().orgs.values() if o.stands_for}
    predicted_sets = {
        "nations": {r["code"] for r in _rows(store, "nations") if r["articles"] not in (None, "0")},
        "organizations": {
            normalize_name(r["label"])
            for r in _rows(store, "organizations")
            if r["label"] not in states
        },
        "systems": {normalize_name(r["label"]) for r in _rows(store, "systems")},
    }

    def explain(row: dict[str, Any], kind: str) -> tuple[str, list[str]]:
        return _evidence(store, row[_ID[kind]])

    rows = {kind: _rows(store, kind) for kind in FACT_KINDS}
    return _score(predicted_sets, rows, gold, explain, rules)


def _score(
    predicted_sets: dict[str, set[str]],
    rows: dict[str, list[dict[str, Any]]],
    gold: dict[str, Any],
    explain: Callable[[dict[str, Any], str], tuple[str, list[str]]] | None = None,
    rules: dict[str, Score] | None = None,
) -> tuple[dict[str, Score], dict[str, list[dict[str, Any]]]]:
    """Score predicted entity sets and fact rows (as the competency queries give them) against
    ``gold``; ``explain`` gives a row's evidence sentences and rules for the error list."""
    scores: dict[str, Score] = {}
    errors: dict[str, list[dict[str, Any]]] = {"misses": [], "false_positives": []}
    for kind in ENTITY_KINDS:
        pred = {p for p in predicted_sets[kind] if p}
        if kind == "organizations":
            pred = {p for p in pred if p not in load_lexicon().nations}
        want = {normalize_name(x) for x in gold[kind]}
        scores[kind] = Score(len(pred & want), len(pred - want), len(want - pred))
        errors["misses"] += [{"kind": kind, "item": x} for x in sorted(want - pred)]
        errors["false_positives"] += [{"kind": kind, "item": x} for x in sorted(pred - want)]
    for kind in FACT_KINDS:
        remaining = list(gold[kind])
        score = Score()
        for row in rows[kind]:
            match = next((g for g in remaining if MATCHERS[kind](row, g)), None)
            if match is not None:
                remaining.remove(match)
                score.tp += 1
            else:
                score.fp += 1
            if explain is not None and (match is None or rules is not None):
                sentences, fact_rules = explain(row, kind)
            else:
                sentences, fact_rules = "", []
            for rule in fact_rules if rules is not None else ():
                counted = rules.setdefault(f"{kind}/{rule}", Score())
                counted += Score(tp=1) if match is not None else Score(fp=1)
            if match is None:
                error: dict[str, Any] = {"kind": kind, "item": _describe(row, kind)}
                if explain is not None:
                    error |= {"evidence": sentences, "rules": fact_rules}
                errors["false_positives"].append(error)
        score.fn = len(remaining)
        errors["misses"] += [
            {"kind": kind, "item": json.dumps(g, ensure_ascii=False)} for g in remaining
        ]
        scores[kind] = score
    return scores, errors


def evaluate_corpus(corpus: str | Path, by_rule: bool = False) -> Report:
    """Score every article of ``corpus`` (``articles/*.txt`` with ``gold/*.json``).

    With ``by_rule``, the report also counts true and false positives per extraction rule.

    Example:
        >>> evaluate_corpus("/nonexistent")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: /nonexistent: no articles/*.txt with a gold/*.json beside them
    """
    root = Path(corpus)
    pairs = [
        (p, root / "gold" / f"{p.stem}.json")
        for p in sorted((root / "articles").glob("*.txt"))
        if (root / "gold" / f"{p.stem}.json").is_file()
    ]
    if not pairs:
        raise InputError(f"{root}: no articles/*.txt with a gold/*.json beside them")
    report = Report()
    for text_path, gold_path in pairs:
        gold = _read_gold(gold_path)
        scores, errors = evaluate_article(text_path, gold, report.rules if by_rule else None)
        report.add(text_path.stem, scores, errors)
    return report


def _gold_rows(gold: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """A gold file's facts of one kind as the rows a competency query would return."""
    out = []
    for g in gold[kind]:
        amount = g.get("amount") or {}
        row: dict[str, Any] = {
            "label": g.get("label"),
            "date": g.get("date"),
            "location": g.get("location"),
            "type": g.get("stance") if kind == "stances" else g.get("type"),
            "parties": "|".join(g.get("parties") or []),
            "participants": "|".join(g.get("participants") or []),
            "awardee": g.get("awardee"),
            "amount": str(amount["value"]) if amount else None,
            "currency": amount.get("currency"),
            "purpose": g.get("purpose"),
            "actor": g.get("actor"),
            "target": g.get("target"),
        }
        out.append(row)
    return out


def _read_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold ({exc})") from exc
    if not isinstance(gold, dict):
        raise InputError(f"{path}: not a gold file (a JSON object is expected)")
    missing = [k for k in (*ENTITY_KINDS, *FACT_KINDS) if not isinstance(gold.get(k), list)]
    if missing:
        raise InputError(f"{path}: not a gold file (no list {', '.join(missing)})")
    for kind in ENTITY_KINDS:
        if not all(isinstance(x, str) for x in gold[kind]):
            raise InputError(f"{path}: {kind} must be a list of names (strings)")
    for kind, keys in _GOLD_KEYS.items():
        for number, item in enumerate(gold[kind], 1):
            if not isinstance(item, dict) or any(k not in item for k in keys):
                raise InputError(f"{path}: {kind} item {number} needs the keys {', '.join(keys)}")
            problem = _bad_field(item)
            if problem:
                raise InputError(f"{path}: {kind} item {number}: {problem}")
    return gold


def _bad_field(item: dict[str, Any]) -> str | None:
    """What is wrong with the type of a gold fact's scored fields, or None.

    Example:
        >>> _bad_field({"actor": "JPN", "stance": "urges", "target": None})
        'target must be a string'
    """
    for key in ("actor", "stance", "target", "awardee"):
        if key in item and not isinstance(item[key], str):
            return f"{key} must be a string"
    for key in ("parties", "participants"):
        if key in item and not (
            isinstance(item[key], list) and all(isinstance(x, str) for x in item[key])
        ):
            return f"{key} must be a list of names (strings)"
    if "date" in item and item["date"] is not None and not isinstance(item["date"], str):
        return "date must be a string (YYYY-MM-DD or YYYY-MM) or null"
    amount = item.get("amount")
    value = amount.get("value") if isinstance(amount, dict) else None
    if amount is not None and not (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and isinstance(amount.get("currency"), str)
    ):
        return 'amount must be null or {"value": <number>, "currency": "<ISO 4217>"}'
    return None


def evaluate_annotation(corpus: str | Path, other: str | Path) -> Report:
    """Score a second, independent annotation of ``corpus`` against its gold (agreement).

    ``other`` is a directory of ``NAME.json`` files in the gold format (or one with a
    ``gold/`` folder). Each is scored against ``corpus/gold/NAME.json`` exactly as the
    extractor's output would be, so the figures say how far two annotators following the same
    guidelines agree: the ceiling an extractor can reach against either of them.

    Example:
        >>> import pathlib, tempfile
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> for d in ("gold", "b"):
        ...     (root / d).mkdir()
        >>> a = {"nations": ["JPN", "PRK"], "organizations": [], "systems": [],
        ...      "agreements": [], "contracts": [], "meetings": [], "exercises": [],
        ...      "stances": [{"actor": "JPN", "stance": "condemns", "target": "PRK"}]}
        >>> b = dict(a, stances=[{"actor": "JPN", "stance": "opposes", "target": "PRK"}])
        >>> _ = (root / "gold" / "n1.json").write_text(json.dumps(a))
        >>> _ = (root / "b" / "n1.json").write_text(json.dumps(b))
        >>> r = evaluate_annotation(root, root / "b")
        >>> r.scores["nations"].f1, r.scores["stances"].f1
        (1.0, 0.0)
    """
    root, second = Path(corpus), Path(other)
    if (second / "gold").is_dir():
        second = second / "gold"
    pairs = [
        (p, second / p.name)
        for p in sorted((root / "gold").glob("*.json"))
        if (second / p.name).is_file()
    ]
    if not pairs:
        raise InputError(f"{second}: no NAME.json matching a gold file of {root / 'gold'}")
    lacking = [
        p.stem for p in sorted((root / "gold").glob("*.json")) if not (second / p.name).is_file()
    ]
    if lacking:  # (scoring only the files both have would overstate the agreement)
        shown = ", ".join(lacking[:5]) + (", ..." if len(lacking) > 5 else "")
        raise InputError(
            f"{second}: no second annotation for {len(lacking)} gold file(s) of {root / 'gold'}: "
            f"{shown}"
        )
    report = Report()
    for gold_path, other_path in pairs:
        gold, theirs = _read_gold(gold_path), _read_gold(other_path)
        sets = {kind: {normalize_name(x) for x in theirs[kind]} for kind in ENTITY_KINDS}
        rows = {kind: _gold_rows(theirs, kind) for kind in FACT_KINDS}
        report.add(gold_path.stem, *_score(sets, rows, gold))
    return report


def evaluate_catalog(path: str | Path, by_rule: bool = False) -> Report:
    """Score a phrasing catalog: one JSON passage per line (``tests/paraphrases/README.md``).

    Each passage is extracted as an article of its own (a headline, a ``Published:`` line with
    its ``article_date``, the text) and only the passage's own ``kind`` is scored, since the
    catalog annotates no other kind. Errors are listed per passage id; ``by_rule`` counts true
    and false positives per extraction rule, as for a corpus.

    Example:
        >>> import pathlib, tempfile
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "catalog.jsonl"
        >>> item = {"id": "s1", "kind": "stances", "article_date": "2024-05-03",
        ...         "text": "Japan condemned North Korea on Friday.",
        ...         "facts": [{"actor": "JPN", "stance": "condemns", "target": "PRK"}]}
        >>> _ = p.write_text(json.dumps(item) + "\\n")
        >>> evaluate_catalog(p).scores["stances"].f1
        1.0
    """
    import tempfile

    source = Path(path)
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: cannot read the catalog ({exc})") from exc
    report = Report()
    with tempfile.TemporaryDirectory() as tmp:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                ident, kind = str(item["id"]), item["kind"]
                date, text, facts = item["article_date"], item["text"], item["facts"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(
                    f"{source}:{number}: not a catalog passage (id, kind, article_date, text, "
                    f"facts): {exc}"
                ) from exc
            if kind not in FACT_KINDS:
                raise InputError(f"{source}:{number}: unknown kind {kind!r}")
            article = Path(tmp) / f"{re.sub(r'[^A-Za-z0-9._-]', '_', ident)}.txt"
            article.write_text(f"Report {ident}\nPublished: {date}\n\n{text}\n", encoding="utf-8")
            gold: dict[str, Any] = {k: [] for k in (*ENTITY_KINDS, *FACT_KINDS)}
            gold[kind] = facts
            rules: dict[str, Score] | None = {} if by_rule else None
            scores, errors = evaluate_article(article, gold, rules)
            for name, score in (rules or {}).items():
                if name.startswith(f"{kind}/"):
                    counted = report.rules.setdefault(name, Score())
                    counted += score
            report.articles += 1
            report.scores.setdefault(kind, Score())
            report.scores[kind] += scores[kind]
            own = {k: [e for e in v if e["kind"] == kind] for k, v in errors.items()}
            if own["misses"] or own["false_positives"]:
                report.errors[ident] = own
    return report


def report_json(report: Report) -> str:
    """The report as indented JSON."""
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False, default=asdict)
