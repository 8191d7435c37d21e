"""The translation files are complete, faithful to their sources and compiled.

Each check reads the ``.ts`` files as Qt Linguist writes them; ``pyside6-lupdate`` and
``pyside6-lrelease`` (shipped with PySide6-Essentials) are run on temporary copies, so the
tests never change the repository.
"""

from __future__ import annotations

import ast
import functools
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from bakeryplan.resource_files import resource_path
from bakeryplan.text.languages import ENGLISH, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = resource_path("translations")
TRANSLATED = sorted(code for code in LANGUAGES if code != ENGLISH)
ALL = [*TRANSLATED, ENGLISH]  # English holds only the singular and plural of counted texts
FIELD = re.compile(r"\{[a-z_]*\}|%n|%L?\d")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def qt_tool(name: str) -> str:
    """A Qt tool of PySide6, found beside this Python even when its folder is not on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    assert found, f"{name} comes with PySide6-Essentials"
    return found


def ts_path(code: str) -> Path:
    return FOLDER / f"bakeryplan_{code}.ts"


def messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_path(code)).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def texts(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def fields(text: str, message: ET.Element) -> Counter[str]:
    """The placeholders of a text; a plural form may leave out the count ("the goal")."""
    found = Counter(FIELD.findall(text))
    if message.get("numerus") == "yes":
        del found["%n"]
    return found


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("code", ALL)
def test_every_message_is_translated_and_finished(code: str) -> None:
    unfinished = [
        label(context, message)
        for context, message in messages(code)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(text.strip() for text in texts(message))
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in {ts_path(code).name}"


@pytest.mark.parametrize("code", ALL)
def test_translations_keep_the_placeholders_tags_and_accelerators(code: str) -> None:
    wrong = []
    for context, message in messages(code):
        source = message.findtext("source") or ""
        for text in texts(message):
            if not text:
                continue  # reported by the test above
            if fields(text, message) != fields(source, message):
                wrong.append(f"{label(context, message)} -> {text!r}: placeholders differ")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                wrong.append(f"{label(context, message)} -> {text!r}: markup differs")
            if accelerators(source) and accelerators(text) != 1:
                wrong.append(f"{label(context, message)} -> {text!r}: needs one & shortcut")
    assert wrong == []


def keys(path: Path) -> set[tuple[str, str, str]]:
    return {
        (context.findtext("name", ""), m.findtext("source") or "", m.findtext("comment") or "")
        for context in ET.parse(path).getroot().iter("context")
        for m in context.iter("message")
    }


@functools.cache
def texts_of_the_code(plurals_only: bool) -> frozenset[tuple[str, str, str]]:
    """What lupdate finds in the code today, read into a fresh file."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ("bakeryplan_en.ts" if plurals_only else "bakeryplan_de.ts")
        sources = sorted(str(p) for p in (ROOT / "bakeryplan").rglob("*.py"))
        options = ["-locations", "none", *(["-pluralonly"] if plurals_only else [])]
        command = [qt_tool("pyside6-lupdate"), *sources, *options, "-ts", str(fresh)]
        subprocess.run(command, check=True, capture_output=True)
        return frozenset(keys(fresh))


@pytest.mark.parametrize("code", ALL)
def test_translation_files_hold_every_text_of_the_code(code: str) -> None:
    """Nothing new and nothing gone: the .ts is in step with the code."""
    in_code = texts_of_the_code(plurals_only=code == ENGLISH)
    in_file = keys(ts_path(code))
    advice = "run: python tools/translations.py update"
    assert sorted(in_code - in_file) == [], advice
    assert sorted(in_file - in_code) == [], advice


@pytest.mark.parametrize("code", ALL)
def test_compiled_translations_are_those_of_the_sources(code: str, tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the .ts today (not an older .ts)."""
    fresh = tmp_path / f"bakeryplan_{code}.qm"
    command = [qt_tool("pyside6-lrelease"), "-silent", str(ts_path(code)), "-qm", str(fresh)]
    subprocess.run(command, check=True)
    shipped = ts_path(code).with_suffix(".qm")
    assert shipped.is_file(), "run: python tools/translations.py release"
    assert shipped.read_bytes() == fresh.read_bytes(), "run: python tools/translations.py release"


def test_each_language_is_declared_where_the_app_looks() -> None:
    on_disk = {path.stem.removeprefix("bakeryplan_") for path in FOLDER.glob("*.ts")}
    assert on_disk == set(LANGUAGES)


def translate_calls() -> list[tuple[str, tuple[str, str, str], bool]]:
    """Each ``translate(...)`` of the code with literal texts: where, its key, counted."""
    found = []
    for path in sorted((ROOT / "bakeryplan").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            if name != "translate" or not all(literal[:2]):
                continue
            texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            comment = texts[2] if len(texts) > 2 and isinstance(texts[2], str) else ""
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found.append((where, (str(texts[0]), str(texts[1]), comment), len(node.args) == 5))
    return found


def test_every_translated_text_of_the_code_reaches_the_translators() -> None:
    """lupdate's Python reader skips some calls without a word (a counted text split over
    lines with a comma after the count): each call must be in the .ts, counted if counted."""
    root = ET.parse(ts_path("de")).getroot()
    numerus = {
        (context.findtext("name", ""), m.findtext("source") or "", m.findtext("comment") or ""): (
            m.get("numerus") == "yes"
        )
        for context in root.iter("context")
        for m in context.iter("message")
    }
    calls = translate_calls()
    assert len(calls) > 700
    lost = [f"{where} {key[1]!r}" for where, key, counted in calls if numerus.get(key) != counted]
    assert lost == []
