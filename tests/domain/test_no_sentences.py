"""The domain states facts; sentences are composed in ``bakeryplan.text``.

A string literal in ``bakeryplan/domain`` that reads as an English sentence (three or more
words of letters) is a message nobody can translate: the domain returns a case and its
numbers, dates and names, and ``text`` says it through ``translate()``. Docstrings are
exempt, and so are the few literals below, each with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import bakeryplan.domain

DOMAIN = Path(bakeryplan.domain.__file__).parent
WORD = re.compile(r"(?<!\w)[A-Za-z][A-Za-z'\u2019]*(?!\w)")  # a word alone, not in a_code
MIN_WORDS = 3

# (module, a pattern the whole literal matches, why it is no sentence for a reader)
ALLOWED: tuple[tuple[str, str, str], ...] = (
    # Regular expressions that read the owner's own (English) text; data, not messages.
    ("wording_rules.py", r".*\|.*", "alternatives of a regular expression"),
    ("wording_rules.py", r".*\\[bsd].*", "a regular expression"),
    ("wording_rules.py", r"is outside a section", "a malformed word list shipped with the app"),
    # Developer errors from the JSON interchange and the calendar arithmetic: raised for a
    # malformed file or a wrong call, caught by the store and named with their field.
    ("import_mapping.py", r"a (mapping|column)\b.*", "a malformed recipe in a JSON file"),
    (
        "quarters.py",
        r"(the fiscal year|the end|must be after) .*",
        "a wrong call of quarters",
    ),
    # Fragments the store and the parser put after a field's name ("due is outside the
    # years 1900 to 2200"); still English, listed to be turned into facts.
)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of every docstring node, including attribute docstrings after assignments."""
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for index, statement in enumerate(body):
            if not (
                isinstance(statement, ast.Expr)
                and isinstance(statement.value, ast.Constant)
                and isinstance(statement.value.value, str)
            ):
                continue
            first = index == 0 and isinstance(
                node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
            )
            after_assignment = index > 0 and isinstance(body[index - 1], ast.Assign | ast.AnnAssign)
            if first or after_assignment:
                found.add(id(statement.value))
    return found


def _allowed(module: str, text: str) -> bool:
    return any(
        name == module and re.fullmatch(pattern, text, re.DOTALL) for name, pattern, _why in ALLOWED
    )


def sentences_in(path: Path) -> list[str]:
    """The literals of a module that read as English sentences and are not allowed."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if id(node) in docstrings or len(WORD.findall(text)) < MIN_WORDS:
            continue
        if not _allowed(path.name, text.strip()):
            found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_the_domain_writes_no_sentences() -> None:
    found = [line for path in sorted(DOMAIN.rglob("*.py")) for line in sentences_in(path)]
    assert found == [], "Return facts and say them in bakeryplan.text:\n" + "\n".join(found)


def test_the_check_finds_a_sentence_and_skips_a_docstring(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        '"""A docstring may say anything at all."""\n'
        'X = 1\n"""So may an attribute docstring."""\n'
        'def f(name):\n    return f"Goal {name} has no owner."\n'
        'CODE = "goal_no_owner"\n',
        encoding="utf-8",
    )
    assert sentences_in(module) == ["sample.py:5: ' has no owner.'"]


def test_every_allowance_is_still_needed() -> None:
    """An allowance nothing matches any more is dropped, so the list stays short."""
    texts: dict[str, list[str]] = {}
    for path in DOMAIN.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts.setdefault(path.name, []).extend(
            node.value.strip()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and len(WORD.findall(node.value)) >= MIN_WORDS
        )
    for module, pattern, why in ALLOWED:
        assert any(re.fullmatch(pattern, t, re.DOTALL) for t in texts.get(module, [])), why
