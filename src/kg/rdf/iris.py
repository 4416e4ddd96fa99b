"""Minting IRIs: the only place kg makes them, so the same thing gets the same IRI everywhere.

Example:
    >>> nation_iri("KOR")
    'https://w3id.org/kg/id/nation/KOR'
    >>> org_iri("Raytheon Missiles & Defense")
    'https://w3id.org/kg/id/org/raytheon-missiles-defense'
    >>> fact_iri("agreement", "9f3a", "2024-04-26")[:33]
    'https://w3id.org/kg/id/agreement/'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal

KG = "https://w3id.org/kg/def#"  # the ontology (kg.rdf.namespace.KG, without rdflib)
BASE = "https://w3id.org/kg/id/"
VOCAB = "https://w3id.org/kg/vocab/"


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: accents dropped, other characters collapsed to "-".

    Example:
        >>> slug("Grand National Assembly of Türkiye"), slug("AN/MPQ-65")
        ('grand-national-assembly-of-turkiye', 'an-mpq-65')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def digest(*parts: object) -> str:
    """16 hex digits of the SHA-256 of the parts joined by a unit separator.

    Example:
        >>> digest("a", 1) == digest("a", 1) != digest("a", 2)
        True
    """
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def nation_iri(code: str) -> str:
    """IRI of a nation by ISO 3166-1 alpha-3 code."""
    return f"{BASE}nation/{code}"


def org_iri(name: str) -> str:
    """IRI of an organization by canonical name."""
    return f"{BASE}org/{slug(name)}"


def system_iri(name: str) -> str:
    """IRI of a weapon system by canonical name."""
    return f"{BASE}system/{slug(name)}"


def family_iri(name: str) -> str:
    """IRI of a system family."""
    return f"{BASE}family/{slug(name)}"


def place_iri(name: str) -> str:
    """IRI of a place (a city)."""
    return f"{BASE}place/{slug(name)}"


def topic_iri(text: str) -> str:
    """IRI of a free-text stance target."""
    return f"{BASE}topic/{slug(text)[:80]}"


def funding_iri(name: str) -> str:
    """IRI of a funding mechanism."""
    return f"{BASE}funding/{slug(name)}"


def amount_iri(value: Decimal, currency: str) -> str:
    """IRI of a monetary amount (a value: the same amount is the same node).

    Example:
        >>> amount_iri(Decimal("344000000"), "USD")
        'https://w3id.org/kg/id/amount/USD/344000000'
    """
    return f"{BASE}amount/{currency}/{value:f}"


def fact_iri(kind: str, match_key: str, date: str | None) -> str:
    """IRI of a fact: its kind and a hash of its match key (identity without date) and date.

    Example:
        >>> fact_iri("meeting", "ab12", "2024-03-05") == fact_iri("meeting", "ab12", "2024-03-08")
        False
    """
    return f"{BASE}{kind}/{digest(match_key, date or '')}"


def article_iri(article_id: str) -> str:
    """IRI of an article; also the name of the article's named graph."""
    return f"{BASE}article/{article_id}"


def evidence_iri(article_id: str, begin: int, end: int, rule: str) -> str:
    """IRI of one piece of evidence: a span of an article that a rule read."""
    return f"{BASE}evidence/{digest(article_id, begin, end, rule)}"


def concept_iri(scheme: str, name: str) -> str:
    """IRI of a SKOS concept, e.g. concept_iri("stance-type", "condemns")."""
    return f"{VOCAB}{scheme}/{name}"
