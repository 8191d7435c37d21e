"""One entry point for the interface's words."""

from __future__ import annotations

import re
from pathlib import Path

from bakeryplan.text.translate import PLURAL, count_text, in_language, separated_list, translate

PACKAGE = Path(__file__).resolve().parents[2] / "bakeryplan"
ENTRY_POINT = PACKAGE / "text" / "translate.py"
# The undo commands and the open plan still call Qt directly; they move to the editing
# layer in a change of their own, which brings them to ``translate``.
NOT_YET = {PACKAGE / "ui" / "command_base.py", PACKAGE / "ui" / "document.py"}
OWN_HELPER = re.compile(r"^def _?tr\(|QCoreApplication\.translate\(", re.M)


def test_without_a_translator_the_english_text_is_returned() -> None:
    assert translate("forecast", "Target reached.") == "Target reached."
    assert translate("periods", "weeks", None, 3) == "weeks"


def test_no_module_has_a_translate_helper_of_its_own() -> None:
    found = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != ENTRY_POINT
        and path not in NOT_YET
        and OWN_HELPER.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_a_count_is_grouped_as_the_language_writes_it() -> None:
    assert translate("periods", "%n day(s)", None, PLURAL, 1250) == "1,250 days"
    assert translate("periods", "%n day(s)", None, PLURAL, 999) == "999 days"
    with in_language("de"):
        assert translate("periods", "%n day(s)", None, PLURAL, 1250) == "1.250 Tage"
        assert translate("periods", "%n day(s)", None, PLURAL, 1) == "1 Tag"
    with in_language("fr"):
        assert translate("periods", "%n day(s)", None, PLURAL, 1250) == "1\u202f250 jours"


def test_a_count_beside_the_counted_one_is_grouped_the_same() -> None:
    """ "1,200 of 1,250 steps done", never "1200 of 1,250"."""
    text = translate("one_page", "{done} of %n step(s) done", None, PLURAL, 1250)
    assert text.format(done=count_text(1200)) == "1,200 of 1,250 steps done"
    with in_language("de"):
        text = translate("one_page", "{done} of %n step(s) done", None, PLURAL, 1250)
        assert text.format(done=count_text(1200)) == "1.200 von 1.250 Schritten erledigt"


def test_a_list_reads_as_the_language_writes_it() -> None:
    assert separated_list(["1", "3", "5"]) == "1, 3 and 5"
    assert separated_list(["1", "3"]) == "1 and 3"
    with in_language("de"):
        assert separated_list(["1", "3", "5"]) == "1, 3 und 5"
    with in_language("pl"):
        assert separated_list(["1", "3", "5"]) == "1, 3 i 5"
