"""The four areas of a plan by the names an owner uses (docs/glossary.md).

The balanced scorecard's views are stored as codes (``financial``, ``customer``...); the
window, the printouts and the command line name them here, in the reader's language.
"""

from __future__ import annotations

from bakeryplan.domain.model import Perspective
from bakeryplan.text.translate import translate


def perspective_name(perspective: Perspective) -> str:
    """ "Money", "Customers", "How we work", "Team and skills"."""
    names = {
        Perspective.FINANCIAL: translate("perspective", "Money"),
        Perspective.CUSTOMER: translate("perspective", "Customers"),
        Perspective.INTERNAL: translate("perspective", "How we work"),
        Perspective.LEARNING: translate("perspective", "Team and skills"),
    }
    return names[perspective]
