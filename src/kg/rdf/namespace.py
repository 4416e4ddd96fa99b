"""The namespaces of kg: the ``KG`` vocabulary, resource and concept bases, and prefixes.

``KG`` is a closed :class:`~rdflib.namespace.DefinedNamespace` mirroring
``ontology/kg.ttl`` term for term, so a misspelled term is an ``AttributeError`` rather
than a silent new IRI (``tests/test_ontology.py`` checks that the two agree). The
other constants are plain namespaces; ``PREFIXES`` maps every prefix of
``docs/model.md`` to its IRI, for SPARQL prologues and serialization.

Example:
    >>> KG.Nation
    rdflib.term.URIRef('https://w3id.org/kg/def#Nation')
    >>> KG.nation
    Traceback (most recent call last):
    ...
    AttributeError: term 'nation' not in namespace 'https://w3id.org/kg/def#'
    >>> KGR["nation/KOR"]
    rdflib.term.URIRef('https://w3id.org/kg/id/nation/KOR')
    >>> curie(KGR["nation/KOR"])
    'kgr:nation/KOR'
"""

# No `from __future__ import annotations` here: DefinedNamespace reads its terms from the
# class annotations, and rdflib's as_jsonld_context() needs them evaluated (URIRef, not
# the string "URIRef").

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from rdflib.term import Identifier

__all__ = [
    "KG",
    "KGR",
    "KGV",
    "NIF",
    "PREFIXES",
    "SCHEMA",
    "SEM",
    "WD",
    "bind_prefixes",
    "curie",
]


class KG(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``): classes and properties of the graph.

    Example:
        >>> KG.sharesComponentsWith in KG
        True
        >>> "Nation" in KG, "Country" in KG
        (True, False)
    """

    _fail = True
    _NS = Namespace("https://w3id.org/kg/def#")

    # Classes: entities
    Nation: URIRef  # a sovereign state, identified by ISO 3166-1 alpha-3
    Organization: URIRef  # any organization that is not a nation
    Company: URIRef  # a business, such as a defense contractor
    GovernmentBody: URIRef  # a ministry, department or agency
    MilitaryBranch: URIRef  # an armed service or command of a state
    InternationalOrganization: URIRef  # an organization whose members are states
    Legislature: URIRef  # a parliament, congress or committee
    PoliticalParty: URIRef  # a political party
    ArmedGroup: URIRef  # a non-state armed group
    NewsMedia: URIRef  # a news agency, broadcaster or newspaper
    NonGovernmentalOrganization: URIRef  # a research institute, a human rights group
    WeaponSystem: URIRef  # a weapon or defense system by designator
    SystemFamily: URIRef  # a family of related weapon systems
    FundingMechanism: URIRef  # a program that pays for purchases, such as FMS
    Topic: URIRef  # a free-text stance target

    # Classes: facts, articles, evidence
    Fact: URIRef  # superclass of the five fact kinds
    Agreement: URIRef  # an agreement between parties
    Contract: URIRef  # a contract award
    Meeting: URIRef  # a meeting, visit or talks
    Exercise: URIRef  # a military exercise
    Stance: URIRef  # an actor's stated position toward a target
    Article: URIRef  # a news article (one named graph each)
    Evidence: URIRef  # a sentence span supporting a fact

    # Object properties: entities
    orgKind: URIRef  # organization -> kgv:org-kind concept
    parentOrganization: URIRef  # organization -> parent organization
    country: URIRef  # organization -> nation
    variantOf: URIRef  # weapon system -> base weapon system
    family: URIRef  # weapon system -> system family
    sharesComponentsWith: URIRef  # weapon system <-> weapon system (symmetric)
    developer: URIRef  # weapon system -> nation or organization
    mentionedIn: URIRef  # entity -> article

    # Object properties: facts
    amount: URIRef  # fact -> schema:MonetaryAmount
    system: URIRef  # fact -> weapon system
    evidence: URIRef  # fact -> evidence
    announcedBy: URIRef  # fact -> nation or organization
    agreementType: URIRef  # agreement -> kgv:agreement-type concept
    party: URIRef  # agreement -> nation or organization
    awardee: URIRef  # contract -> organization
    awarder: URIRef  # contract -> nation or organization
    purpose: URIRef  # contract -> kgv:contract-purpose concept
    funding: URIRef  # contract -> funding mechanism
    customer: URIRef  # contract -> nation
    participant: URIRef  # meeting or exercise -> nation or organization
    location: URIRef  # meeting or exercise -> schema:Place
    actor: URIRef  # stance -> nation or organization
    stanceType: URIRef  # stance -> kgv:stance-type concept
    target: URIRef  # stance -> nation, organization or topic
    article: URIRef  # evidence -> article

    # Datatype properties
    isoCode: URIRef  # nation: ISO 3166-1 alpha-3, e.g. "KOR"
    isoAlpha2: URIRef  # nation: ISO 3166-1 alpha-2, e.g. "KR"
    date: URIRef  # fact: xsd:date, xsd:gYearMonth or xsd:gYear
    rule: URIRef  # evidence: name of the extraction rule
    confidence: URIRef  # evidence: xsd:decimal in [0, 1]
    sourcePath: URIRef  # article: path of the file it was read from
    contentHash: URIRef  # article: "sha256:" + hex digest of the cleaned text
    matchKey: URIRef  # fact: hash of its identity without the date, for cross-article merging
    ingestDigest: URIRef  # article: digest of its input and of the extractor; ingest skips equal
    reportedDate: URIRef  # fact: its date as one article reports it


KGR = Namespace("https://w3id.org/kg/id/")
"""Resources: nations, organizations, systems, facts, articles, evidence."""

KGV = Namespace("https://w3id.org/kg/vocab/")
"""SKOS concept schemes and concepts, e.g. ``KGV["stance-type/condemns"]``."""

SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgr": str(KGR),
    "kgv": str(KGV),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "sem": str(SEM),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "nif": str(NIF),
    "wd": str(WD),
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""Every prefix of docs/model.md, mapped to its namespace IRI."""


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of :data:`PREFIXES` on ``graph`` (replacing rdflib's defaults).

    Returns the graph, so that ``bind_prefixes(Graph())`` reads naturally.

    Example:
        >>> g = bind_prefixes(Graph())
        >>> g.namespace_manager.store.namespace("kgr")
        rdflib.term.URIRef('https://w3id.org/kg/id/')
    """
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def curie(term: Identifier) -> str:
    """Shorten ``term`` with the longest matching prefix of :data:`PREFIXES`, for display.

    The local part may contain ``/`` (``kgr:nation/KOR``), so the result is meant for
    people, not for Turtle. Terms under no prefix, blank nodes and literals come back in
    N-Triples form.

    Example:
        >>> curie(KG.Nation), curie(KGV["stance-type/condemns"])
        ('kg:Nation', 'kgv:stance-type/condemns')
        >>> curie(URIRef("https://example.org/x"))
        '<https://example.org/x>'
    """
    if isinstance(term, URIRef):
        text = str(term)
        best = max(
            (p for p, iri in PREFIXES.items() if text.startswith(iri) and len(text) > len(iri)),
            key=lambda p: len(PREFIXES[p]),
            default=None,
        )
        if best is not None:
            return f"{best}:{text[len(PREFIXES[best]) :]}"
    return term.n3()
