"""BakeryPlan: offline planning for small businesses."""

__version__ = "0.1.0"
APP_NAME = "BakeryPlan"
APP_ID = "org.bakeryplan.BakeryPlan"
