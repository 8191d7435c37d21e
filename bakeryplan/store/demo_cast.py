"""The demo's cast in the demo's language: its bakery, people and cafes, and its money.

Every name is a text the translator may make local (the German demo is Bäckerei Morgenrot
with Anna Becker); the other texts of the demo name them through ``DemoWords.names``. The
figures stay the euro ones but for Polish, whose złoty amounts are the euro ones times 4.3,
rounded as a price would be.
"""

from __future__ import annotations

from dataclasses import dataclass

from bakeryplan.domain.model import Business, ReviewCadence
from bakeryplan.text.formatter import Formatter, formatter_for
from bakeryplan.text.translate import translate

# The business's locale and currency for each language the demo speaks.
DEMO_LOCALES: dict[str, tuple[str, str]] = {
    "en": ("en_IE", "EUR"),
    "de": ("de_DE", "EUR"),
    "fr": ("fr_FR", "EUR"),
    "es": ("es_ES", "EUR"),
    "it": ("it_IT", "EUR"),
    "pl": ("pl_PL", "PLN"),
}
ZLOTY_PER_EURO = 4.3


def business_name() -> str:
    """The sample bakery's name in the language words are in now."""
    return translate(
        "DemoPlan", "Sunrise Bakery", "The sample bakery's name, also {business} in the vision"
    )


@dataclass(frozen=True)
class DemoWords:
    """What the demo's texts share: its names in the demo's language and its formatter."""

    business: Business
    shop_lead: str
    apprentice: str
    weekend_baker: str
    driver: str
    harbour_cafe: str
    mill_lane_cafe: str
    formatter: Formatter

    @property
    def names(self) -> dict[str, str]:
        """The first names and places a text may name, as ``format`` fields."""
        return {
            "business": self.business.name,
            "owner": _first_name(self.business.owner),
            "shop_lead": _first_name(self.shop_lead),
            "apprentice": _first_name(self.apprentice),
            "weekend_baker": _first_name(self.weekend_baker),
            "harbour_cafe": self.harbour_cafe,
            "mill_lane_cafe": self.mill_lane_cafe,
        }

    def money(self, euros: float) -> float:
        """A euro figure of the demo in its currency: złoty rounded as a price would be."""
        if self.business.currency == "EUR":
            return euros
        amount = euros * ZLOTY_PER_EURO
        step = 5 if amount < 100 else 10 ** (len(str(int(amount))) - 2)  # two figures
        return float(round(amount / step) * step)


def _first_name(full_name: str) -> str:
    return full_name.split()[0]


def demo_words(locale: str, currency: str) -> DemoWords:
    """The names, each a text the translator may make local."""
    owner = translate(
        "DemoPlan",
        "Maria Lopez",
        "The owner and head baker, a woman. A local name is welcome: its first word is {owner} "
        "in other texts",
    )
    business = Business(
        name=business_name(),
        owner=owner,
        currency=currency,
        locale=locale,
        fiscal_year_start=1,
        review_cadence=ReviewCadence.MONTHLY,
    )
    return DemoWords(
        business=business,
        shop_lead=translate(
            "DemoPlan",
            "Sam O'Brien",
            "The shop lead, a man. A local name is welcome: its first word is {shop_lead} in "
            "other texts",
        ),
        apprentice=translate(
            "DemoPlan",
            "Tomás Keane",
            "The apprentice baker, a young man. A local name is welcome: its first word is "
            "{apprentice} in other texts",
        ),
        weekend_baker=translate(
            "DemoPlan",
            "Aoife Byrne",
            "The weekend baker, a woman. A local name is welcome: its first word is "
            "{weekend_baker} in other texts",
        ),
        driver=translate(
            "DemoPlan",
            "Declan Murphy",
            "The delivery driver, a man (no longer with the bakery). A local name is welcome",
        ),
        harbour_cafe=translate(
            "DemoPlan",
            "Harbour Cafe",
            "A cafe's name, also {harbour_cafe} in other texts; a local one is welcome",
        ),
        mill_lane_cafe=translate(
            "DemoPlan",
            "Mill Lane Cafe",
            "Another cafe's name, also {mill_lane_cafe} in other texts; a local one is welcome",
        ),
        formatter=formatter_for(business),
    )
