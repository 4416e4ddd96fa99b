"""The fact rules of kg, applied to the sentences of one article in order.

Each kind of fact has its module (agreements, contracts, events, stances); ``Rules``
combines them over the shared role finders of ``kg.extract.roles``.

Example:
    >>> from kg.extract.document import extract_text
    >>> ex = extract_text("Japan and Britain signed a reciprocal access pact on Jan. 11, 2023.")
    >>> [(f.kind, f.type, f.parties, f.date) for f in ex.facts]
    [('agreement', 'access', ('JPN', 'GBR'), '2023-01-11')]
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.agreements import AgreementRules
from kg.extract.context import Sentence
from kg.extract.contracts import ContractRules
from kg.extract.events import EventRules
from kg.extract.roles import clause_of, clauses, hedged
from kg.extract.stances import StanceRules

__all__ = ["Rules", "clause_of", "clauses", "hedged"]


class Rules(AgreementRules, ContractRules, EventRules, StanceRules):
    """Applies every fact rule to the sentences of one article, in order."""

    def sequence(self) -> list[Callable[[Sentence], None]]:
        """The rules, in the order they run on each sentence."""
        return [
            self._learn,
            self.agreements,
            self.contracts,
            self.contract_followups,
            self.meetings,
            self.exercises,
            self.follow_exercise,
            self.stances,
            self.sanctioned_after_aside,
            self.shared_stances,
            self.learn_resolution,
            self._remember,
            self.update_group,
        ]
