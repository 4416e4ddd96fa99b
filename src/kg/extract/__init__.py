"""Extraction: sentences, mentions, linked entities and facts with evidence.

Example:
    >>> from kg.extract import extract_text
    >>> [f.kind for f in extract_text("Japan condemned North Korea's launch on May 3, 2024.").facts]
    ['stance']
"""

from kg.extract.document import extract_article, extract_text
from kg.extract.model import Amount, Evidence, Extraction, Fact

__all__ = ["Amount", "Evidence", "Extraction", "Fact", "extract_article", "extract_text"]
