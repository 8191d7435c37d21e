"""Write resources/percent_formats.json: where each locale puts its percent sign.

The window formats numbers with QLocale, which has no percent pattern, and must not load
babel before its first paint (about 45 ms); reports and the command line use babel. This
table, taken from babel's CLDR data, lets the window write "31.5%", "31,5 %" or "%31,5"
exactly as the printouts do. A test compares it with babel, so a babel upgrade that
changes a pattern fails until this is run again:

    python tools/percent_formats.py
"""

from __future__ import annotations

import json
import sys

from babel import Locale, localedata

from bakeryplan.resource_files import PERCENT_FORMATS, resource_path

TARGET = resource_path(PERCENT_FORMATS)  # the repository's file in an editable install


DEFAULT = ["", "%"]


def percent_affixes() -> dict[str, list[str]]:
    """Locale id -> [prefix, suffix] of its positive percent pattern, for every babel locale."""
    table: dict[str, list[str]] = {}
    for identifier in sorted(localedata.locale_identifiers()):
        pattern = Locale.parse(identifier).percent_formats[None]
        table[identifier] = [pattern.prefix[0], pattern.suffix[0]]
    return table


def exceptions(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """Only what the window's lookup (the locale, else its language, else "12%") gets wrong.

    Most locales write "12%": the stored table is about a sixth of the full one.
    """
    kept: dict[str, list[str]] = {}
    for identifier, affixes in table.items():
        language = identifier.split("_")[0]
        fallback = table.get(language, DEFAULT) if language != identifier else DEFAULT
        if affixes != fallback:
            kept[identifier] = affixes
    return kept


def main() -> int:
    text = json.dumps(exceptions(percent_affixes()), ensure_ascii=True, separators=(",", ":"))
    TARGET.write_text(text + "\n", encoding="utf-8")
    print(f"Wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
