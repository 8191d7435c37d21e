"""Every call that brings words to a person is one ``pyside6-lupdate`` can read.

lupdate reads source, not running code: a context or text held in a variable is never
collected, so it stays English. A count must follow the ``PLURAL`` marker (see
``bakeryplan.text.translate``) or the text is not marked as counted, and a counted text
without ``%n`` shows the same words for one and for many.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bakeryplan"
CHECKED_NOW = ("ui", "editing", "text")


def _plain_count(node: ast.expr) -> bool:
    """A name or a whole number: what lupdate's reader takes as a count."""
    whole_number = isinstance(node, ast.Constant) and type(node.value) is int
    return isinstance(node, ast.Name) or whole_number


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text(node: ast.expr) -> str:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def _translate_problems(call: ast.Call) -> Iterator[str]:
    args = call.args
    if any(isinstance(a, ast.Starred) for a in args) or len(args) < 2:
        yield "context and text must be written out"
        return
    if not _literal(args[0]):
        yield "context is not a string literal"
    if not _literal(args[1]):
        yield "text is not a string literal"
    if len(args) > 2 and not (_literal(args[2]) or _is_none(args[2])):
        yield "disambiguation is neither None nor a string literal"
    counted = len(args) > 3
    if counted and not (isinstance(args[3], ast.Name) and args[3].id == "PLURAL"):
        yield "a count without PLURAL before it"
    if counted and len(args) != 5:
        yield "PLURAL without a count after it"
    if len(args) == 5 and not _plain_count(args[4]):
        yield "the count is not a plain name (lupdate's reader hangs on some expressions)"
    if call.keywords:
        yield "keyword arguments (pass PLURAL, n positionally)"
    text = _text(args[1])
    if counted and "%n" not in text:
        yield "a counted text without %n"
    if not counted and not call.keywords and "%n" in text:
        yield "%n in a text that is not counted"


def _tr_problems(call: ast.Call) -> Iterator[str]:
    if not call.args or not _literal(call.args[0]):
        yield "tr() text is not a string literal"
    counted = len(call.args) > 2 or any(k.arg == "n" for k in call.keywords)
    if counted and "%n" not in _text(call.args[0]):
        yield "a counted text without %n"


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _comma_after_count(call: ast.Call, lines: list[bytes]) -> bool:
    """lupdate's reader drops a counted text whose count is followed by a comma (as ruff
    writes a call split one argument a line): keep such a call in ``# fmt: off``."""
    if len(call.args) != 5:
        return False
    count = call.args[4]
    assert count.end_lineno is not None and call.end_lineno is not None
    between = lines[count.end_lineno - 1 : call.end_lineno]  # ast's columns count bytes
    between[-1] = between[-1][: call.end_col_offset]
    between[0] = between[0][count.end_col_offset :]
    return b"," in b"".join(between)


def problems(path: Path) -> Iterator[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.encode().splitlines()
    where = path.relative_to(PACKAGE)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name | ast.FunctionDef) and "singular_or_plural" in (
            getattr(node, "id", None),
            getattr(node, "name", None),
        ):
            yield f"{where}:{node.lineno}: singular_or_plural is gone; use a numerus text"
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "translate":
            found = list(_translate_problems(node))
            if _comma_after_count(node, lines):
                found.append("a comma after the count: lupdate does not see the text")
        elif (isinstance(func, ast.Attribute) and func.attr == "tr") or (
            isinstance(func, ast.Name) and func.id == "tr"
        ):
            found = list(_tr_problems(node))
        else:
            continue
        yield from (f"{where}:{node.lineno}: {problem}" for problem in found)


def _all_problems(folders: tuple[str, ...] | None) -> list[str]:
    paths = sorted(PACKAGE.rglob("*.py"))
    if folders is not None:
        paths = [p for p in paths if p.relative_to(PACKAGE).parts[0] in folders]
    return [problem for path in paths for problem in problems(path)]


def test_the_window_and_the_undo_texts_call_translate_as_lupdate_reads_it() -> None:
    assert _all_problems(CHECKED_NOW) == []


def test_every_translate_call_in_the_package_is_readable_by_lupdate() -> None:
    assert _all_problems(None) == []


def test_the_check_sees_a_variable_a_keyword_count_and_a_count_without_plural() -> None:
    source = (
        "translate('c', name)\n"
        "translate('c', '%n day(s)', None, PLURAL, n=3)\n"
        "translate('c', '%n day(s)', None, 3)\n"
        "translate('c', 'days', None, PLURAL, 3)\n"
        "self.tr(text)\n"
    )
    tree = ast.parse(source)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    found = [
        p
        for call in calls
        for p in (
            _translate_problems(call) if isinstance(call.func, ast.Name) else _tr_problems(call)
        )
    ]
    assert "text is not a string literal" in found
    assert "keyword arguments (pass PLURAL, n positionally)" in found
    assert "a count without PLURAL before it" in found
    assert "a counted text without %n" in found
    assert "tr() text is not a string literal" in found


def test_the_check_sees_a_comma_after_the_count_even_after_curly_quotes() -> None:
    source = (
        "translate('c', '“%n” day(s)', None, PLURAL, n)\n"
        "translate(\n    'c',\n    '“%n” week(s)',\n    None,\n    PLURAL,\n    n,\n)\n"
    )
    lines = source.encode().splitlines()
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
    assert [_comma_after_count(call, lines) for call in calls] == [False, True]
