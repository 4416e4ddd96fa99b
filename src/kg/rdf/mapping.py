"""Facts to RDF quads: one named graph per article, following docs/model.md.

Example:
    >>> from kg.sources.model import Article
    >>> from kg.extract import extract_article
    >>> a = Article("a1", "Japan condemned North Korea's launch on May 3, 2024.", "x.txt")
    >>> quads = article_quads(a, extract_article(a))
    >>> {q.graph_name.value for q in quads}
    {'https://w3id.org/kg/id/article/a1'}
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace

import pyoxigraph as ox

from kg.extract.model import Extraction, Fact, remote_meeting
from kg.lexicon import load_lexicon
from kg.rdf import iris
from kg.sources.model import Article

KG = iris.KG
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
SCHEMA = "https://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"

ORG_CLASS = {
    "company": "Company",
    "government-body": "GovernmentBody",
    "military-branch": "MilitaryBranch",
    "international-organization": "InternationalOrganization",
    "legislature": "Legislature",
    "political-party": "PoliticalParty",
    "armed-group": "ArmedGroup",
    "news-media": "NewsMedia",
    "non-governmental-organization": "NonGovernmentalOrganization",
}
FACT_CLASS = {
    "agreement": "Agreement",
    "contract": "Contract",
    "meeting": "Meeting",
    "exercise": "Exercise",
    "stance": "Stance",
}


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(KG + name)


def _lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def _typed(value: object, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype))


def date_literal(value: str) -> ox.Literal:
    """A date at the precision the text gives: xsd:date, xsd:gYearMonth or xsd:gYear.

    Example:
        >>> date_literal("2024-04").datatype.value
        'http://www.w3.org/2001/XMLSchema#gYearMonth'
    """
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
    return _typed(value, kind)


def match_key(fact: Fact, case: str | None = None) -> str:
    """The hash of a fact's identity without its date (kg:matchKey).

    ``case`` tells apart facts of one article whose keys are otherwise equal (see
    :func:`cases`).

    Example:
        >>> a = Fact("meeting", "x", parties=("USA", "KOR"), date="2024-04-24")
        >>> match_key(a) == match_key(Fact("meeting", "y", parties=("KOR", "USA")))
        True
    """
    key = fact_key(replace(fact, date=None))
    return iris.digest(fact.kind, *key, case) if case else iris.digest(fact.kind, *key)


def cases(facts: list[Fact]) -> list[str | None]:
    """What tells apart agreements of one article that share type, parties and date: amounts.

    Extraction keeps two notifications of the same day to the same buyer apart when their
    amounts differ ("approved a possible sale of aircraft for $18.8 billion ... In a separate
    notification, a sale of missiles for $102.5 million"); their key, which leaves the amount
    out so that a report without it merges with one that gives it, would make them one node.
    Only such colliding agreements carry their amount in their key.

    Example:
        >>> from decimal import Decimal
        >>> from kg.extract.model import Amount
        >>> def fms(value):
        ...     return Fact("agreement", "x", type="arms-sale", parties=("USA", "ISR"),
        ...                 date="2024-08-13", amount=Amount(Decimal(value), "USD"))
        >>> cases([fms(18820000000), fms(102500000)])
        ['18820000000 USD', '102500000 USD']
        >>> cases([fms(18820000000)])
        [None]
    """
    keys = [fact_key(f) if f.kind == "agreement" else None for f in facts]
    shared = {k for k, n in Counter(keys).items() if k is not None and n > 1}
    return [
        f"{f.amount.value:f} {f.amount.currency}" if k in shared and f.amount else None
        for f, k in zip(facts, keys, strict=True)
    ]


def fact_key(fact: Fact) -> tuple[object, ...]:
    """The canonical key whose hash is a fact's IRI (kind-specific, order-independent).

    Example:
        >>> fact_key(Fact("meeting", "x", parties=("USA", "KOR"), date="2024-04-24"))
        ('KOR|USA', '2024-04-24')
    """
    parties = "|".join(sorted(fact.parties))
    if fact.kind == "agreement" and fact.distinct:  # "a separate agreement was also signed",
        return (fact.type, parties, fact.date, fact.label.lower())  # a list of documents signed
    if fact.kind == "agreement":
        return (fact.type, parties, fact.date)
    if fact.kind == "contract":
        amount = f"{fact.amount.value:f} {fact.amount.currency}" if fact.amount else None
        if fact.distinct:  # one of several unpriced contracts, told apart by what they buy
            return (fact.awardee, amount, fact.date, "|".join(sorted(fact.systems)))
        return (fact.awardee, amount, fact.date if amount is None else None)
    if fact.kind == "stance":
        return (parties, fact.type, fact.target, fact.date)
    if fact.kind == "exercise" and fact.distinct:  # a second exercise named with the first
        return (parties, fact.date, fact.label.lower())
    if fact.kind == "meeting" and fact.distinct:
        return (parties, fact.date, "next")  # the second meeting of the same parties that day
    if fact.kind == "meeting" and remote_meeting(fact.label):
        return (parties, fact.date, "remote")  # a call is not the talks in person that day
    return (parties, fact.date)


class _Writer:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.graph = ox.NamedNode(iris.article_iri(article.id))
        self.article_node = self.graph
        self.quads: list[ox.Quad] = []
        self.lex = load_lexicon()
        self.orgs = dict(self.lex.orgs)
        self.seen: set[str] = set()

    def add(
        self, s: str | ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal | str
    ) -> None:
        subj = s if isinstance(s, ox.NamedNode) else ox.NamedNode(s)
        obj = ox.NamedNode(o) if isinstance(o, str) else o
        self.quads.append(ox.Quad(subj, p, obj, self.graph))

    def nation(self, code: str, *, mentioned: bool = False) -> str:
        iri = iris.nation_iri(code)
        if iri not in self.seen:
            self.seen.add(iri)
            n = self.lex.nations[code]
            self.add(iri, RDF_TYPE, KG + "Nation")
            self.add(iri, LABEL, _lit(n.label))
            self.add(iri, _kg("isoCode"), _lit(code))
            self.add(iri, _kg("isoAlpha2"), _lit(n.alpha2))
            if n.wikidata:
                self.add(iri, SAME_AS, WD + n.wikidata)
        if mentioned and iri + "#m" not in self.seen:
            self.seen.add(iri + "#m")
            self.add(iri, _kg("mentionedIn"), self.article_node)
        return iri

    def org(self, name: str, *, mentioned: bool = False, parent: str | None = None) -> str:
        iri = iris.org_iri(name)
        if iri not in self.seen:
            self.seen.add(iri)
            org = self.orgs[name]
            self.add(iri, RDF_TYPE, KG + ORG_CLASS[org.kind])
            self.add(iri, LABEL, _lit(org.name))
            self.add(iri, _kg("orgKind"), iris.concept_iri("org-kind", org.kind))
            if org.country:
                self.add(iri, _kg("country"), self.nation(org.country))
            if parent not in self.orgs:  # a parent named only in passing is no node
                parent = org.parent
            if parent and parent in self.orgs:
                self.add(iri, _kg("parentOrganization"), self.org(parent))
        if mentioned and iri + "#m" not in self.seen:
            self.seen.add(iri + "#m")
            self.add(iri, _kg("mentionedIn"), self.article_node)
        return iri

    def actor(self, key: str) -> str:
        if key.startswith("topic:"):
            text = key[6:]
            iri = iris.topic_iri(text)
            if iri not in self.seen:
                self.seen.add(iri)
                self.add(iri, RDF_TYPE, KG + "Topic")
                self.add(iri, LABEL, _lit(text))
            return iri
        if key in self.lex.nations:
            return self.nation(key)
        return self.org(key)

    def system(self, name: str, *, mentioned: bool = False) -> str:
        iri = iris.system_iri(name)
        if iri not in self.seen:
            self.seen.add(iri)
            self.add(iri, RDF_TYPE, KG + "WeaponSystem")
            self.add(iri, LABEL, _lit(name))
            known = self.lex.systems.get(name)
            family = (known.family if known else None) or self.lex.family_of(name)
            base = variant_base(name)
            if base and base != name:
                self.add(iri, _kg("variantOf"), self.system(base))
            if family and family != name:
                fam = iris.family_iri(family)
                self.add(iri, _kg("family"), fam)
                if fam not in self.seen:
                    self.seen.add(fam)
                    self.add(fam, RDF_TYPE, KG + "SystemFamily")
                    self.add(fam, LABEL, _lit(family))
        if mentioned and iri + "#m" not in self.seen:
            self.seen.add(iri + "#m")
            self.add(iri, _kg("mentionedIn"), self.article_node)
        return iri

    def fact(self, fact: Fact, case: str | None = None) -> None:
        key = match_key(fact, case)
        iri = iris.fact_iri(fact.kind, key, fact.date)
        self.add(iri, RDF_TYPE, KG + FACT_CLASS[fact.kind])
        self.add(iri, LABEL, _lit(fact.label))
        self.add(iri, _kg("matchKey"), _lit(key))
        if fact.date:
            self.add(iri, _kg("date"), date_literal(fact.date))
            self.add(iri, _kg("reportedDate"), date_literal(fact.date))
        if fact.amount:
            amount = iris.amount_iri(fact.amount.value, fact.amount.currency)
            self.add(iri, _kg("amount"), amount)
            self.add(amount, RDF_TYPE, SCHEMA + "MonetaryAmount")
            self.add(
                amount, ox.NamedNode(SCHEMA + "value"), _typed(f"{fact.amount.value:f}", "decimal")
            )
            self.add(amount, ox.NamedNode(SCHEMA + "currency"), _lit(fact.amount.currency))
        for system in fact.systems:
            self.add(iri, _kg("system"), self.system(system))
        if fact.kind == "agreement":
            self.add(
                iri, _kg("agreementType"), iris.concept_iri("agreement-type", fact.type or "other")
            )
            for party in fact.parties:
                self.add(iri, _kg("party"), self.actor(party))
            if fact.announced_by:
                self.add(iri, _kg("announcedBy"), self.actor(fact.announced_by))
        elif fact.kind == "contract":
            self.add(
                iri, _kg("purpose"), iris.concept_iri("contract-purpose", fact.type or "other")
            )
            assert fact.awardee
            awardee = self.actor(fact.awardee)
            self.add(iri, _kg("awardee"), awardee)
            if fact.awarder:
                self.add(iri, _kg("awarder"), self.actor(fact.awarder))
            for customer in fact.customers:
                self.add(iri, _kg("customer"), self.nation(customer))
            if fact.funding:
                fund = iris.funding_iri(fact.funding)
                self.add(iri, _kg("funding"), fund)
                self.add(fund, RDF_TYPE, KG + "FundingMechanism")
                self.add(fund, LABEL, _lit(fact.funding))
            if fact.type == "development":
                for system in fact.systems:
                    self.add(iris.system_iri(system), _kg("developer"), awardee)
        elif fact.kind in ("meeting", "exercise"):
            for party in fact.parties:
                self.add(iri, _kg("participant"), self.actor(party))
            if fact.location:
                place = iris.place_iri(fact.location)
                self.add(iri, _kg("location"), place)
                self.add(place, RDF_TYPE, SCHEMA + "Place")
                self.add(place, LABEL, _lit(fact.location))
        elif fact.kind == "stance":
            self.add(iri, _kg("actor"), self.actor(fact.parties[0]))
            self.add(
                iri, _kg("stanceType"), iris.concept_iri("stance-type", fact.type or "supports")
            )
            assert fact.target
            self.add(iri, _kg("target"), self.actor(fact.target))
        for ev in fact.evidence:
            node = iris.evidence_iri(self.article.id, ev.start, ev.end, ev.rule)
            self.add(iri, _kg("evidence"), node)
            self.add(node, RDF_TYPE, KG + "Evidence")
            self.add(node, _kg("article"), self.article_node)
            self.add(node, ox.NamedNode(NIF + "anchorOf"), _lit(ev.text))
            self.add(node, ox.NamedNode(NIF + "beginIndex"), _typed(ev.start, "integer"))
            self.add(node, ox.NamedNode(NIF + "endIndex"), _typed(ev.end, "integer"))
            self.add(node, _kg("rule"), _lit(ev.rule))
            self.add(node, _kg("confidence"), _typed(ev.confidence, "decimal"))

    def article_meta(self) -> None:
        a = self.article
        node = self.article_node
        self.add(node, RDF_TYPE, KG + "Article")
        if a.title:
            self.add(node, ox.NamedNode(SCHEMA + "headline"), _lit(a.title))
        if a.date:
            self.add(node, ox.NamedNode(SCHEMA + "datePublished"), date_literal(a.date))
        if a.url:
            self.add(node, ox.NamedNode(SCHEMA + "url"), _lit(a.url))
        self.add(node, _kg("sourcePath"), _lit(a.source))
        digest = hashlib.sha256(a.text.encode("utf-8")).hexdigest()
        self.add(node, _kg("contentHash"), _lit(f"sha256:{digest}"))


def variant_base(name: str) -> str | None:
    """The base designator a variant belongs to ("SM-6 Block IU" → "SM-6", "F-35A" → "F-35").

    Example:
        >>> variant_base("SM-6 Block IU"), variant_base("K9A1"), variant_base("PAC-3 MSE")
        ('SM-6', 'K9', 'PAC-3')
        >>> variant_base("F-35") is None, variant_base("Rafale F4")
        (True, 'Rafale')
    """
    if " " in name and re.search(r"\s(?:Block|MSE|ER|Increment)\b", name):
        return name.split(" ")[0]
    systems = load_lexicon().systems
    for known in sorted(systems, key=len, reverse=True):
        if name != known and name.startswith(known) and re.match(r"[-\s]", name[len(known) :]):
            return known  # "Rafale F4", "Rafale-M", "Tomahawk Block V"
    m = re.fullmatch(r"((?:[A-Z][A-Za-z]{0,3}-)?[A-Z]{0,2}\d+)[A-Z]+\d*", name)
    if m and m.group(1) != name:
        return m.group(1)
    return None


def article_quads(article: Article, ex: Extraction) -> list[ox.Quad]:
    """All quads of one article's named graph, in a deterministic order."""
    w = _Writer(article)
    w.orgs.update(ex.found_orgs)
    w.article_meta()
    for code in sorted(ex.nations):
        w.nation(code, mentioned=True)
    for name in sorted(ex.orgs):
        w.org(name, mentioned=True, parent=ex.parents.get(name))
    for name in sorted(ex.systems):
        w.system(name, mentioned=True)
    for a, b in sorted(ex.shared_components):
        w.add(w.system(a), _kg("sharesComponentsWith"), w.system(b))
    for fact, case in zip(ex.facts, cases(ex.facts), strict=True):
        w.fact(fact, case)
    return list(dict.fromkeys(w.quads))
