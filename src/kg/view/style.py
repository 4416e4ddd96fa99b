"""How each class of node looks: legend text, colour and vis-network shape.

Example:
    >>> STYLES["Nation"]
    ('Nation', '#1f77b4', 'dot')
    >>> class_names("fact")[:2]
    ['Agreement', 'Contract']
"""

from __future__ import annotations

from kg.errors import KgError

#: Class name -> (legend text, colour, vis-network shape). The order is the legend's.
STYLES: dict[str, tuple[str, str, str]] = {
    "Nation": ("Nation", "#1f77b4", "dot"),
    "Company": ("Company", "#ff7f0e", "square"),
    "GovernmentBody": ("Government body", "#8c564b", "square"),
    "MilitaryBranch": ("Military branch", "#556b2f", "square"),
    "InternationalOrganization": ("International organization", "#17becf", "square"),
    "Legislature": ("Legislature", "#bcbd22", "square"),
    "PoliticalParty": ("Political party", "#e377c2", "square"),
    "ArmedGroup": ("Armed group", "#7f0000", "square"),
    "NewsMedia": ("News media", "#4a6fa5", "square"),
    "NonGovernmentalOrganization": ("Non-governmental organization", "#2e8b57", "square"),
    "Organization": ("Organization", "#7f7f7f", "square"),
    "WeaponSystem": ("Weapon system", "#9467bd", "star"),
    "SystemFamily": ("System family", "#c5b0d5", "star"),
    "FundingMechanism": ("Funding mechanism", "#b8b800", "hexagon"),
    "Place": ("Place", "#8fbc8f", "triangle"),
    "Topic": ("Topic", "#6baed6", "triangleDown"),
    "Agreement": ("Agreement", "#2ca02c", "diamond"),
    "Contract": ("Contract", "#d62728", "diamond"),
    "Meeting": ("Meeting", "#ff9f40", "diamond"),
    "Exercise": ("Exercise", "#8c6d31", "diamond"),
    "Stance": ("Stance", "#e7298a", "diamond"),
    "Article": ("Article", "#404040", "box"),
    "Evidence": ("Evidence", "#a0a0a0", "box"),
    "Other": ("Other", "#bdbdbd", "ellipse"),
}
FACTS = ("Agreement", "Contract", "Meeting", "Exercise", "Stance")
ORGANIZATIONS = (
    "Company",
    "GovernmentBody",
    "MilitaryBranch",
    "InternationalOrganization",
    "Legislature",
    "PoliticalParty",
    "ArmedGroup",
    "NewsMedia",
    "NonGovernmentalOrganization",
    "Organization",
)
#: Names that stand for several classes in ``--type``/``--exclude-type``.
GROUPS: dict[str, tuple[str, ...]] = {
    "fact": FACTS,
    "organization": ORGANIZATIONS,
    "entity": tuple(n for n in STYLES if n not in FACTS and n not in ("Article", "Evidence")),
}
#: Unicode glyph per vis shape, for the legend.
GLYPHS = {
    "dot": "●",
    "square": "■",
    "star": "★",
    "hexagon": "⬢",
    "triangle": "▲",
    "triangleDown": "▼",
    "diamond": "◆",
    "box": "▬",
    "ellipse": "⬬",
}
#: matplotlib marker per vis shape, for png/svg output.
MARKERS = {
    "dot": "o",
    "square": "s",
    "star": "*",
    "hexagon": "h",
    "triangle": "^",
    "triangleDown": "v",
    "diamond": "D",
    "box": "s",
    "ellipse": "o",
}


def style(name: str) -> tuple[str, str, str]:
    """Return (legend text, colour, shape) of a class, the ``Other`` style if unknown.

    Example:
        >>> style("Martian")[0]
        'Other'
    """
    return STYLES.get(name, STYLES["Other"])


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def class_names(name: str) -> list[str]:
    """Return the classes a ``--type`` name stands for (case, spaces and dashes ignored).

    A class name (``Nation``, ``weapon-system``), its legend text, or a group: ``fact``,
    ``organization`` (every kind of organization), ``entity``.

    Example:
        >>> class_names("weapon system"), class_names("Organization")[:2]
        (['WeaponSystem'], ['Company', 'GovernmentBody'])
        >>> class_names("ship")
        Traceback (most recent call last):
        ...
        kg.errors.KgError: unknown type 'ship': use a class (Nation, Company, ...) or ...
    """
    key = _key(name)
    for group, members in GROUPS.items():
        if key in (group, group + "s"):
            return list(members)
    for cls, (legend, _, _) in STYLES.items():
        if key in (_key(cls), _key(legend), _key(cls) + "s"):
            return [cls]
    raise KgError(
        f"unknown type '{name}': use a class (Nation, Company, ...) or fact, organization, entity"
    )
