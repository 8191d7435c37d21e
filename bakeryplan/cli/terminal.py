"""What the command line prints, made safe for a terminal.

Plan text is anyone's text: an ESC starts a terminal command (colours, a moved cursor, a
changed window title), CR and BS overwrite what was printed, NUL and the C1 controls do
odd things, and U+202E and its kin reorder what follows ("Trojan Source"). Every line
printed here shows each such character as an escape (``\\u001b``) instead, which is also a
valid escape inside a JSON string, so ``--json`` output stays valid JSON. Half of a
surrogate pair, which no terminal encoding can write, is shown the same way.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 controls but tab and newline, DEL, C1 controls
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks and overrides
    "\ud800-\udfff]"  # lone surrogates
)


def terminal_safe(text: str) -> str:
    """``text`` with every control or bidirectional character written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def say(text: object = "", *, end: str = "\n", file: TextIO | None = None) -> None:
    """``print`` for the command line: one call, terminal-safe."""
    (file or sys.stdout).write(terminal_safe(str(text)) + end)
