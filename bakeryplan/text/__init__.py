"""The business's words and numbers: one formatter, one parser, the sentences composed from
the domain's facts, and the one entry point for translation. Plain Python and babel (only
QtCore for the translator); used by ui, reports, store's import engine and cli."""
