"""Text that went through a bytes repr: escaped UTF-8 read as the marks it stands for.

Resumes scraped from job boards and exported by scripts often arrive with their punctuation
written out as escaped bytes: ``\\xe2\\x80\\x9cTitle\\xe2\\x80\\x9d`` for "“Title”",
``\\xe2\\x80\\xa2`` for a bullet. Read literally, a quoted paper title is not quoted and a
bullet list is one run of words. :func:`unescaped_marks` gives the same text with each such
run replaced by the character it encodes, padded with spaces to the run's length, so every
offset into the result is an offset into the text as given.

Only marks are decoded (punctuation, symbols, spaces, bullets and private-use glyphs); an
escaped letter ('Resum\\xc3\\xa9') stays as written, so a word is never split and a matched
skill's text is always the input's own text at its offsets.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPED_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_MARK_CATEGORIES = frozenset({"Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
                              "Zs", "Co", "Cf", "Cc"})
"""Unicode general categories decoded: punctuation, symbols, spaces, private use (icon-font
bullets), format and control characters. Letters, digits and combining marks stay escaped."""
_JOINERS = frozenset({"’", "‘", "ʼ"})
"""Apostrophes: inside a word ('Master’s') they keep it one word."""
_JOINING_CATEGORIES = frozenset({"Pd", "Cf"})
"""Hyphens and format characters (soft hyphen, zero-width space): inside a word ('T‑SQL') they
keep it one word too."""
_MAX_UTF8_BYTES = 4
"""The longest UTF-8 sequence for one character (bytes)."""
_ESCAPE_CHARS = 4
"""Length of one escaped byte ('\\xe2'), characters."""


def unescaped_marks(text: str) -> str:
    """``text`` with escaped UTF-8 marks decoded, same length (see the module docstring).

    A control character or a space is read as a space. An opening quote or bracket keeps to
    the word after it (its padding goes before it); any other mark keeps to the word before.
    An apostrophe, a hyphen or a format character between two letters or digits stays as
    written (padding would split the word). Runs that are not valid UTF-8 stay as written.
    """
    if "\\x" not in text:
        return text
    return _ESCAPED_RUN.sub(_decoded_run, text)


def _decoded_run(match: re.Match[str]) -> str:
    run, text = match.group(), match.string
    data = bytes(int(run[i + 2:i + 4], 16) for i in range(0, len(run), _ESCAPE_CHARS))
    # A run may hold several characters and invalid bytes; decode it one character at a time.
    pieces: list[tuple[str | None, str]] = []
    index = 0
    while index < len(data):
        char, size = _next_char(data, index)
        pieces.append((char, run[index * _ESCAPE_CHARS:(index + size) * _ESCAPE_CHARS]))
        index += size
    before = text[match.start() - 1:match.start()] if match.start() else ""
    after = text[match.end():match.end() + 1]
    out: list[str] = []
    for position, (char, escaped) in enumerate(pieces):
        previous = pieces[position - 1][0] if position else before
        following = pieces[position + 1][0] if position + 1 < len(pieces) else after
        # An escaped printable ASCII character ('\\x2f') is odd but not a mark.
        if (char is None or (char.isascii() and char.isprintable())
                or (_joins(char) and _wordlike(previous) and _wordlike(following))):
            out.append(escaped)
        else:
            out.append(_mark(char, escaped))
    return "".join(out)


def _joins(char: str) -> bool:
    """An apostrophe, hyphen or format character: it may stand inside a word."""
    return char in _JOINERS or unicodedata.category(char) in _JOINING_CATEGORIES


def _wordlike(char: str | None) -> bool:
    """A letter or digit (an escaped letter counts: it stays part of its word)."""
    return char is not None and char.isalnum()


def _next_char(data: bytes, index: int) -> tuple[str | None, int]:
    """The character UTF-8 ``data`` holds at ``index`` and its size in bytes; (None, 1) for a
    byte that starts no valid character."""
    for size in range(1, _MAX_UTF8_BYTES + 1):
        try:
            return data[index:index + size].decode("utf-8"), size
        except UnicodeDecodeError:
            continue
    return None, 1


def _mark(char: str, escaped: str) -> str:
    """The escaped form of ``char`` replaced by it, padded to the same length."""
    category = unicodedata.category(char)
    if category not in _MARK_CATEGORIES:
        return escaped
    if category in {"Cc", "Cf", "Zs"}:
        return " " * len(escaped)
    padding = " " * (len(escaped) - 1)
    return padding + char if category in {"Ps", "Pi"} else char + padding
