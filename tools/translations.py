"""Keep the translations in step with the code: Qt's lupdate and lrelease, plus two helpers.

    python tools/translations.py update          # collect new words into every .ts (lupdate)
    python tools/translations.py release         # compile every .ts into its .qm (lrelease)
    python tools/translations.py todo de         # the unfinished German words, as JSON
    python tools/translations.py apply de F.json # write translations from such a JSON file

``todo`` and ``apply`` let a translator work in a plain JSON list instead of Qt Linguist;
Qt Linguist (``pyside6-linguist``, where installed) opens the same .ts files. A JSON item is
``{"context": ..., "source": ..., "comment": ..., "translation": "..." }``, and for a
counted text ``"translation": ["one form", "another", ...]`` (Polish has three).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "it", "pl")
PLURALS_ONLY = "en"  # English takes only its singular and plural forms from a file


def ts_file(code: str) -> Path:
    return FOLDER / f"bakeryplan_{code}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bakeryplan").rglob("*.py"))


def update(codes: list[str]) -> None:
    """lupdate: new source texts added as unfinished, vanished ones dropped."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code in codes:
        extra = ["-pluralonly"] if code == PLURALS_ONLY else []
        command = ["pyside6-lupdate", *sources(), "-locations", "none", "-no-obsolete", *extra]
        subprocess.run([*command, "-ts", str(ts_file(code))], cwd=ROOT, check=True)


def release(codes: list[str]) -> None:
    for code in codes:
        path = ts_file(code)
        command = ["pyside6-lrelease", "-silent", str(path), "-qm", str(path.with_suffix(".qm"))]
        subprocess.run(command, check=True)


def messages(code: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts_file(code))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        found.extend((name, message) for message in context.iter("message"))
    return found


def todo(code: str) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for context, message in messages(code):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        item: dict[str, object] = {"context": context, "source": message.findtext("source")}
        if message.findtext("comment"):
            item["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            item["forms"] = len(translation.findall("numerusform"))
        items.append(item)
    return items


def apply(code: str, items: list[dict[str, object]]) -> int:
    tree = ET.parse(ts_file(code))
    wanted = {(i["context"], i["source"], i.get("comment") or ""): i for i in items}
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            item = wanted.pop(key, None)
            translation = message.find("translation")
            if item is None or translation is None:
                continue
            text = item["translation"]
            if isinstance(text, list):
                forms = translation.findall("numerusform")
                if len(forms) != len(text):
                    raise SystemExit(f"{key}: {len(forms)} plural forms wanted, {len(text)} given")
                for form, value in zip(forms, text, strict=True):
                    form.text = str(value)
            else:
                translation.text = str(text)
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts_file(code), encoding="utf-8", xml_declaration=True)
    update([code])  # lupdate writes the file back in its own layout
    for key in wanted:
        print(f"not in {ts_file(code).name}: {key}", file=sys.stderr)
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["update", "release", "todo", "apply"])
    parser.add_argument("language", nargs="?")
    parser.add_argument("file", nargs="?", type=Path)
    args = parser.parse_args()
    codes = [args.language] if args.language else [*LANGUAGES, PLURALS_ONLY]
    if args.command == "update":
        update(codes)
    elif args.command == "release":
        release(codes)
    elif args.command == "todo":
        json.dump(todo(args.language), sys.stdout, ensure_ascii=False, indent=1)
    else:
        items = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{apply(args.language, items)} translations written")


if __name__ == "__main__":
    main()
