"""The blank spaCy pipeline and the phrase matcher built from the lexicon (once per process).

Example:
    >>> doc = pipeline()("The U.S. and Japan met. They agreed.")
    >>> [s.text for s in doc.sents]
    ['The U.S. and Japan met.', 'They agreed.']
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher


@cache
def pipeline() -> Language:
    """Return spaCy's blank English pipeline with a rule-based sentencizer.

    Example:
        >>> pipeline().pipe_names
        ['sentencizer']
    """
    from spacy.lang.en import English

    # "U.S.-South Korean", "India-U.S.": a hyphen before a capital joins two names.
    # "U.S.-led", "U.S.-made": a hyphen after an abbreviation's period splits it off too.
    # Given to the language's defaults, so the tokenizer (and its 2,700 special cases) is
    # built once, not built and then rebuilt for new infixes (0.2 s of every start).
    class KgDefaults(English.Defaults):
        infixes = (*English.Defaults.infixes, r"(?<=[\w.])-(?=[A-Z])", r"(?<=[A-Z]\.)-(?=[a-z])")

    class KgEnglish(English):
        Defaults = KgDefaults

    nlp = KgEnglish()
    nlp.add_pipe("sentencizer")
    # Every new word gets a lexeme, and spaCy computes a dozen attributes for it (shape,
    # norm, like_num, ...): a third of building the phrase matcher, and part of every
    # article. kg reads only the text of tokens, and the sentencizer asks is_punct.
    from spacy.attrs import IS_PUNCT

    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {IS_PUNCT: getters[IS_PUNCT]}
    # The tokenizer caches how it split a word, but only its first 10,000 words by default:
    # the phrase matcher's lexicon names alone fill that, and then no word of any article is
    # cached and every one is split again (a sixth of extraction time with 6,000 names).
    nlp.tokenizer.max_cache_size = _TOKENIZER_CACHE
    return nlp


_TOKENIZER_CACHE = 100_000  # distinct words; at most a few tens of MB


def _variants(name: str) -> set[str]:
    out = {name}
    if name.startswith("the "):
        out |= {name[4:], "The " + name[4:]}
    if "’" in name or "'" in name:
        out |= {name.replace("’", "'"), name.replace("'", "’")}
    return out


def _plurals(names: tuple[str, ...]) -> list[str]:
    """Plurals of system names that end in a capitalized word or a designator ("Typhoons").

    Example:
        >>> _plurals(("Eurofighter Typhoon", "F-16", "Patriot missile", "Iron Dome"))
        ['Eurofighter Typhoons', 'F-16s', 'Iron Domes']
    """
    return [n + "s" for n in names if re.search(r"(?:\b[A-Z][\w-]*|\d[A-Z]?)$", n) and n[-1] != "s"]


@cache
def matcher() -> tuple[PhraseMatcher, dict[int, tuple[str, str, str]]]:
    """Return the PhraseMatcher over every lexicon name and the meaning of its match ids.

    Each match id maps to ``(kind, key, form)``: kind ``nation``/``org``/``system``, key the
    ISO3 code or canonical name, form ``name``/``demonym``/``metonym``.

    Example:
        >>> m, labels = matcher()
        >>> sorted({labels[i][0] for i in labels})
        ['nation', 'org', 'place', 'system']
    """
    from spacy.matcher import PhraseMatcher

    nlp = pipeline()
    lex = load_lexicon()
    pm = PhraseMatcher(nlp.vocab, attr="ORTH")
    labels: dict[int, tuple[str, str, str]] = {}

    def add(kind: str, key: str, form: str, names: tuple[str, ...] | list[str]) -> None:
        label = f"{kind}|{key}|{form}"
        docs = [nlp.make_doc(v) for n in names for v in _variants(n)]
        if docs:
            pm.add(label, docs)
            labels[nlp.vocab.strings[label]] = (kind, key, form)

    for nation in lex.nations.values():
        add("nation", nation.code, "name", nation.names)
        add("nation", nation.code, "demonym", nation.demonyms)
        add("nation", nation.code, "metonym", nation.metonyms)
    for org in lex.orgs.values():
        add("org", org.name, "name", (org.name, *org.aliases))
    for person in lex.people.values():
        kind = "nation" if person.acts_for in lex.nations else "org"
        add(kind, person.acts_for, "person", (person.name, *person.aliases))
    for place in lex.words("places", "names"):
        add("place", place, "name", (place,))
    for system in lex.systems.values():
        names = (system.name, *system.aliases)
        add("system", system.name, "name", (*names, *_plurals(names)))
    return pm, labels
