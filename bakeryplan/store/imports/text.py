"""Bytes to text: which encoding an export was saved in, and what no export contains.

BOMs first, then UTF-8, then the business's own code page when every byte is text in it
(the detector cannot tell close code pages apart on a short file), then charset-normalizer.
A file with NUL bytes, or a line longer than any table row, is refused in one sentence:
it is a program's own format, not an export, and reading on would only produce nonsense.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from bakeryplan.text.translate import PLURAL, translate


class ImportRefused(Exception):
    """The file cannot be imported; ``str()`` is one plain sentence for the owner."""


MAX_BYTES = 200 * 1024 * 1024
MAX_LINE = 100_000  # characters: far more than any row of a till or bank export

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters no spreadsheet writes into a CSV: bytes that decode to these are not text in
# that code page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, *, encoding: str = "", code_page: str = "cp1252") -> tuple[str, str]:
    """The file's text and the encoding it was read in; ImportRefused when it is no text.

    ``encoding`` forces one (the owner chose it); empty means detect.
    """
    if len(data) > MAX_BYTES:
        raise ImportRefused(
            translate(
                "import",
                "The file is larger than {megabytes} MB: split the export into years and "
                "import them one at a time.",
            ).format(megabytes=MAX_BYTES // (1024 * 1024))
        )
    if not data.strip():
        raise ImportRefused(translate("import", "The file is empty."))
    text, used = _decoded(data, encoding, code_page)
    if text is None:
        if encoding:
            raise ImportRefused(
                translate(
                    "import", "The file cannot be read as {encoding}: choose another encoding."
                ).format(encoding=encoding)
            )
        raise ImportRefused(
            translate(
                "import",
                "The file is not text in any encoding: export the data as CSV (comma- or "
                "semicolon-separated text) and import that.",
            )
        )
    if "\x00" in text:
        raise ImportRefused(
            translate(
                "import",
                "The file holds NUL bytes, so it is not a CSV export (perhaps a spreadsheet's "
                "own format): save it as CSV and import that.",
            )
        )
    return text, used


def refuse_long_lines(lines: list[str]) -> None:
    """One sentence for a file with a line no table row is as long as."""
    if max(map(len, lines), default=0) > MAX_LINE:
        refusal = translate(
            "import",
            "The file has a line longer than %n characters, so it is not a table of sales or "
            "bookings: export it again as CSV.", None, PLURAL, MAX_LINE
        )  # fmt: skip
        raise ImportRefused(refusal)


def _decoded(data: bytes, encoding: str, code_page: str) -> tuple[str | None, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            return None, ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None, ""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text: str | None = data.decode(code_page)
    except (UnicodeDecodeError, LookupError):
        text = None
    if text is not None and not _CONTROL.search(text):
        return text, code_page
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        return None, ""
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None, ""


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "cp1250", "cp1251", "cp850")
"""The encodings the assistant offers to choose from, besides the detected one."""
