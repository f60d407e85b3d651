"""Text normalisation for extracted PDF text: Unicode, bullets, icons, hyphenated line breaks.

Contract: functions here are pure and never grow text without bound; their output is what
offsets refer to, so they run *before* the document text is assembled.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

CID_ARTEFACT = re.compile(r"\(cid:\d+\)")
"""Unmapped glyphs pdfminer renders as '(cid:123)'."""
_LONE_CID = re.compile(r"\(cid:(\d{1,3})\)", re.ASCII)
"""One unmapped glyph alone (ASCII digits only: '²' is a digit to str.isdigit, not to int)."""
WINANSI_BULLET_CODES = frozenset({127, 129, 141, 143, 144, 157})
"""Codes WinAnsiEncoding leaves unused, which PDF readers show as a bullet (PDF 1.7, Annex D).
ReportLab writes its bullet this way in the standard fonts; pdfminer gives '(cid:127)'."""
MAX_TOKEN_CHARS = 60
"""Longer runs without a space are split so hostile text cannot stall the tokenizer."""

BULLET = "•"
BULLET_CHARS = frozenset("•▪‣◦●■□◆◇►▸▹▶➢➤➔→✓✔✗❖⦿★☆❯›⁃∙·*-–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0")
_QUOTES = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    "\u2060": None,
    # Chromium prints the hyphen of a hyphenated line break and a non-breaking hyphen as
    # U+2010 ('Kuber‐' / 'netes', 'cross‑functional'): the hyphen-minus of the text.
    "\u2010": "-", "\u2011": "-",
    # Characters that print as nothing but are letters or marks to Python (Unicode's
    # default-ignorable code points, Hangul fillers, the blank Braille pattern): inside a
    # word they break every match ('Ji\u034fra'), and no reader sees them.
    **dict.fromkeys((0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, *range(0x180B, 0x1810), 0x2800,
                     0x3164, *range(0xFE00, 0xFE10), 0xFFA0, *range(0xE0100, 0xE01F0)), None),
})
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS},}}")
_SPACES = re.compile(r"\s+")
_HYPHEN_END = re.compile(r"([A-Za-z]+)-(?P<cell>(?= [^\n]*\d)(?: \S+){1,5})?$")
"""A word broken at the end of the line, optionally followed by a right-aligned cell that the
layout put on the same row ('… of submis- 4 months' / 'sions)'): a short tail with a digit."""
_WORD_START = re.compile(r"^([A-Za-z][\w']*)(.*)$", re.DOTALL)
_TRAILING_PUNCTUATION = re.compile(r"^[,.;:!?)\]]+")
_COMPOUND_TAIL = re.compile(r"^((?:-[\w']+)+)(.*)$", re.DOTALL)

COMPOUND_PREFIXES = frozenset({
    "cross", "self", "well", "co", "non", "multi", "end", "full", "long", "short", "high",
    "low", "real", "third", "first", "front", "back", "open", "best", "world", "large", "small",
    "mid", "state", "hands", "fast", "data", "user", "customer", "client", "cloud",
    "team", "cost", "time", "top", "go", "pre", "post", "re", "e", "in", "on", "off", "out",
    "over", "under", "sub", "anti", "semi", "inter", "intra", "ex", "all", "half",
})
"""Words that usually form hyphenated compounds: 'cross-' + 'functional' keeps its hyphen."""


def is_icon_glyph(text: str) -> bool:
    """``text`` is one icon or private-use glyph alone, or one glyph with no text mapping
    (NUL: a subset font's icon that the font's map leaves out)."""
    return len(text) == 1 and (_is_icon_char(text) or text == "\x00")


def _is_icon_char(char: str) -> bool:
    code = ord(char)
    return (
        0xE000 <= code <= 0xF8FF  # Private Use Area: icon fonts (FontAwesome, Word Symbol)
        or 0x2600 <= code <= 0x27BF  # Miscellaneous Symbols and Dingbats (☎ ✉ ✆)
        or 0x1F000 <= code <= 0x1FAFF  # emoji and pictographs
        or code >= 0xF0000  # supplementary private use
        or unicodedata.category(char) in {"Co", "Cs", "Cn"}
    )


_UNMAPPED = re.compile(r"(?<=[A-Za-z])\x00+(?=([a-z])?)")


def _guess_ligature(match: re.Match[str]) -> str:
    """Fonts that map ligature glyphs to nothing give NUL between letters ('Certi\x00cations').

    'fi' is by far the commonest Latin ligature; 'fl' is the usual one before o, u and y
    ('workflow', 'influence'). A wrong guess costs one word; dropping the glyph costs it too.
    """
    following = match.group(1) or ""
    return "fl" if following in {"o", "u", "y"} else "fi"


def clean_word(text: str, *, icon_font: bool = False) -> str:
    """Normalise one extracted word; '' means drop it.

    A glyph from an icon font is dropped unless it is a bullet. ``(cid:N)`` artefacts and icon
    code points go; ligatures, compatibility forms and non-breaking spaces are folded by NFKC;
    smart quotes become ASCII.
    """
    if icon_font:
        # Only true bullet glyphs: icon fonts map pictograms to ASCII ('*' is a pointing hand
        # in ZapfDingbats), so ASCII look-alikes are dropped with the other icons.
        return BULLET if any(ch in BULLET_CHARS and not ch.isascii() for ch in text) else ""
    if (code := _LONE_CID.fullmatch(text)) is not None and int(code.group(1)) in WINANSI_BULLET_CODES:
        return BULLET  # a glyph alone as a word: a list marker, not a letter
    text = CID_ARTEFACT.sub("", text)
    if text and all(ch in BULLET_CHARS for ch in text):
        # Bullet glyphs survive as themselves ('-' mid-line is a dash); private-use ones
        # (Word's Symbol bullet U+F0B7) become '•'. clean_line normalises leading bullets.
        return text[0] if not _is_icon_char(text[0]) else BULLET
    if len(text) > 1 and text[0] in BULLET_CHARS and not text[0].isascii() and text[1].isalpha():
        # A bullet glyph set touching its word ('✓Acted'): keep the bullet, or the line is
        # no list item any more.
        return f"{BULLET} {clean_word(text[1:])}"
    if text.isascii() and text.isprintable():
        return text.strip()  # nothing below changes printable ASCII (the common case)
    if "\x00" in text:
        text = _UNMAPPED.sub(_guess_ligature, text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = "".join(ch for ch in text if not _is_icon_char(ch) and (ch.isprintable() or ch == " "))
    return text.strip()


def clean_line(words: Sequence[str]) -> str:
    """Join cleaned words into a line; a leading bullet of any style becomes '• '."""
    text = _SPACES.sub(" ", " ".join(w for w in words if w)).strip()
    if not text:
        return ""
    if text[0] in BULLET_CHARS and (len(text) == 1 or text[1] == " " or text[0] not in "-*"):
        rest = text[1:].lstrip(" " + "".join(BULLET_CHARS))
        text = f"{BULLET} {rest}" if rest else BULLET
    return _LONG_TOKEN.sub(lambda m: _split_long(m.group(0)), text)


_LEADER = re.compile(r"[.…·_]{3,}")
"""A tab leader of dots or rules ('Senior Associate………2019'): spacing, not text."""


def _split_long(token: str) -> str:
    # URLs and e-mail addresses are legitimately long; anything else this long is noise,
    # except a dot leader glued to its words, which only stands for a gap ('201 9' came from
    # cutting 'Associate……2019' into fixed lengths).
    if token.startswith(("http", "www.")) or "@" in token:
        return token
    if _LEADER.search(token):
        return " ".join(_split_long(part) if len(part) >= MAX_TOKEN_CHARS else part
                        for part in _LEADER.split(token) if part)
    return " ".join(token[i:i + MAX_TOKEN_CHARS] for i in range(0, len(token), MAX_TOKEN_CHARS))


def clean_text(text: str) -> str:
    """Normalise free text (a whole page or a pasted job description) line by line."""
    return "\n".join(
        clean_line([clean_word(word) for word in line.split()]) for line in text.splitlines()
    )


def repair_hyphenation(lines: list[str], *, vocabulary: str = "",
                       known_words: frozenset[str] = frozenset()) -> list[str]:
    """Join words broken across lines with a hyphen ('manage-' / 'ment' → 'management').

    The completed word moves up to the first line. The hyphen stays when either part is
    itself a compound ('go-to-' / 'market', 'build-' / 'versus-buy'). Otherwise it goes when
    the joined word is a known word (``known_words``, lower case: the document's own words
    and the taxonomy's) or occurs in ``vocabulary`` (the rest of the document): 'in-' /
    'tegration' is 'integration'; it stays when the hyphenated form occurs in ``vocabulary``
    or the first part is a usual compound former ('cross-functional'); it goes otherwise. A line
    starting with a bullet, or with a capital unless the joined word is known ('Rabbit-' /
    'MQ'), is a new item, never a continuation. Punctuation after the broken word's tail moves
    up with it. A short
    right-aligned cell after the broken word (a date or duration on the same row) stays after
    the completed word.
    """
    out = list(lines)
    lowered_vocabulary = vocabulary.lower()
    for index in range(len(out) - 1):
        match = _HYPHEN_END.search(out[index])
        following = _WORD_START.match(out[index + 1])
        if not match or not following:
            continue
        prefix, suffix, rest = match.group(1), following.group(1), following.group(2)
        hyphenated = f"{prefix}-{suffix}".lower()
        whole = f"{prefix}{suffix}".lower()
        if suffix[0].isupper() and whole not in known_words:
            continue  # a capital starts a new item, unless the whole is a known name ('RabbitMQ')
        compound = out[index][match.start() - 1:match.start()] == "-" or rest.startswith("-")
        if rest.startswith("-"):  # the rest of a compound moves up with it ('versus-buy')
            tail = _COMPOUND_TAIL.match(rest)
            if tail is not None:
                suffix, rest = suffix + tail.group(1), tail.group(2)
        known = whole in known_words or whole in lowered_vocabulary
        # A one-letter prefix is a compound's ('e-commerce', 'x-ray', 't-shirt'), never a
        # syllable split by hyphenation.
        keep = compound or len(prefix) == 1 or (not known and (
            prefix.lower() in COMPOUND_PREFIXES or hyphenated in lowered_vocabulary))
        joined = f"{prefix}-{suffix}" if keep else f"{prefix}{suffix}"
        if (punctuation := _TRAILING_PUNCTUATION.match(rest)) is not None:  # 'sys-' / 'tems, …'
            joined, rest = joined + punctuation.group(0), rest[punctuation.end():]
        out[index] = out[index][: match.start()] + joined + (match.group("cell") or "")
        out[index + 1] = rest.lstrip()
    return out
