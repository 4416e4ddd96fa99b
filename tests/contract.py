"""The column contract of the competency queries (README.md, "Competency queries").

The names of ``queries/*.rq`` and their columns, in order: tests and benchmarks rely on them.
"""

COLUMNS = {
    "nations": ["nation", "code", "label", "articles"],
    "organizations": ["org", "label", "kind", "parent", "country"],
    "systems": ["system", "label", "family", "developer", "users"],
    "agreements": [
        "agreement",
        "label",
        "type",
        "parties",
        "date",
        "amount",
        "currency",
        "systems",
        "sources",
    ],
    "contracts": [
        "contract",
        "label",
        "awardee",
        "awarder",
        "amount",
        "currency",
        "systems",
        "purpose",
        "funding",
        "customers",
        "date",
        "sources",
    ],
    "meetings": ["meeting", "label", "date", "participants", "location", "sources"],
    "exercises": ["exercise", "label", "date", "participants", "sources"],
    "stances": ["stance", "actor", "type", "target", "date", "sources"],
    "timeline": ["date", "kind", "fact", "label"],
    "evidence": ["article", "title", "sentence", "begin", "end", "rule", "confidence"],
}
