"""Turn an uploaded file into a :class:`~analyzer.models.Document`.

Contract: :func:`read_document` accepts PDF or plain-text bytes (or a path, or a ``str`` of
text), checks size and format by content (magic bytes, never the extension alone), parses
PDFs in an isolated child process, and returns the text in reading order with lines, sections,
links and warnings. Every bad input raises an :class:`~analyzer.errors.InputError` subclass
with a stable code. Nothing here writes to disk or logs content.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from analyzer import errors, isolation
from analyzer.cleaning import (
    BULLET,
    CID_ARTEFACT,
    clean_line,
    clean_word,
    is_icon_glyph,
    repair_hyphenation,
)
from analyzer.escapes import unescaped_marks
from analyzer.layout import band_keys, order_page
from analyzer.models import Document, Line, Link, LinkKind, Notice, Section, SourceFormat
from analyzer.pdf_reader import MAX_CHARS, RawDocument, RawWord, read_pdf_words
from analyzer.sections import (
    TIGHT_GAP_RATIO,
    LineStyle,
    heading_kind,
    label_sections,
    respaced_heading,
)
from analyzer.timeline import MONTH_PATTERN, NO_CUTOFF, OPEN_END, find_ranges

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
"""Largest accepted file (5 MiB), as the dashboard's uploader."""
PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW_BYTES = 1024
"""PDF readers accept the header anywhere in the first KiB; so do we."""
MIN_TEXT_CHARS = 30
"""Fewer non-space characters than this and the PDF has no usable text layer (scanned)."""
WRAP_MIN_FILL = 0.6
"""A line shorter than this share of its block's longest line ended on purpose: not wrapped."""
WRAP_MIN_WORDS = 4
"""A line of fewer words (a list item) is not continued by a lowercase line below it."""
WRAP_MAX_GAP_RATIO = 0.8
"""A wrapped line follows within this many times its font size (points) of vertical gap."""
WRAP_SIZE_TOLERANCE_PT = 0.5
WRAP_SPACE_EM = 0.3
"""Width of the space before a word, in ems of the line's font size (a generous estimate)."""
FULL_LINE_MIN_WORDS = 3
"""A full line of fewer words (a short list item that sets its block's width) is not continued
by a capitalised line below it."""
PHRASE_MAX_WORDS = 4
"""Words read on each side of a line break when looking for a known name across it."""
WRAP_ALIGN_TOLERANCE_PT = 3.0
"""A wrapped line starts within this distance (points) of the line it continues: centred
lines (a sidebar's certificate / issuer) do not."""
_ITEM_END = re.compile(r"(?:\b(?:present|current|now|today)|[\d%)\u25a0-\u25ff\u2605\u2606])\W*$",
                       re.IGNORECASE)
"""A line that ends with a number, a year, an open end ('Present'), a closed bracket or a
rating glyph ('●●●○○') ends an entry."""
_ITEM_START = re.compile(r"\(?\d{1,2}[.)]\s|(?:[\w&/-]+\s){0,2}[\w&/-]+:\s")
"""A line that opens with an enumerator ('2. ') or a label ('Tools: ') starts an entry."""
_WORD = re.compile(r"[^\W\d_]{2,}")
_LIST_MARK = re.compile(r"[,;|\u00b7]")
"""Separators of a list written on one line."""
_SENTENCE_END = (".", "!", "?", ":", ";")
_LINKISH = re.compile(r"[@/]|\.[a-z]{2,}")
"""A first word like 'linkedin.com/in/x' or 'ana@example.com' starts a contact line, not a wrap."""
FLATTENED_LINE_CHARS = 600
"""A text line at least this long (characters) whose pieces are set apart by runs of spaces
is a flattened document: some PDF-to-text tools and copy-paste turn every line break into
two or more spaces. Its pieces are read as lines again."""
_FLATTENED_BREAK = re.compile(r"[ \t]{2,}")
_CONNECTORS = frozenset({
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "of", "on",
    "or", "such", "the", "to", "using", "via", "with", "across", "between", "through",
})
PRINTABLE_SHARE_FOR_TEXT = 0.95
"""Share of printable characters above which undeclared bytes are taken as plain text."""
ASCII_SHARE_FOR_LEGACY_TEXT = 0.9
"""Share of ASCII bytes above which bytes that are not UTF-8 are read as Windows-1252 (a .txt
saved by Notepad or Word in a Western locale: 'José'). Every byte decodes in that encoding,
so without this floor any binary file would pass as text."""

EMAIL_PATTERN = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
"""An e-mail address (shared with extraction, which must not read skills inside one)."""
_EMAIL = re.compile(EMAIL_PATTERN)
"""Bounded repetitions: the unbounded form is quadratic on long runs of word characters."""
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+|(?:linkedin\.com|github\.com)/[^\s<>\"')]+",
                  re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    style: LineStyle
    page: int
    block: int
    shape: _Shape | None = None
    """Where the line sits in its block (None for plain text, which has no geometry)."""


@dataclass(frozen=True, slots=True)
class _Shape:
    """The geometry of a line that tells a wrap from a line ended on purpose."""

    x0: float
    """Left edge of its text (points), after a bullet: a bullet's wrapped lines hang there."""
    room: float
    """Room left after its last word before its block's right edge (points)."""
    first_width: float
    """Width of its first word (points)."""
    first_font: tuple[float, bool]
    """(size, bold) of its first word."""
    last_font: tuple[float, bool]
    """(size, bold) of its last word."""
    words: int
    """Words of two letters or more on its last visual line (a short item is no full line)."""


def classify_link(uri: str) -> LinkKind:
    """What a link points to: email, linkedin, github, phone, portfolio (other web) or other."""
    lowered = uri.lower()
    if lowered.startswith("mailto:") or ("@" in lowered and "/" not in lowered):
        return "email"
    if lowered.startswith("tel:"):
        return "phone"
    if "linkedin.com" in lowered:
        return "linkedin"
    if "github.com" in lowered:
        return "github"
    if lowered.startswith(("http://", "https://", "www.")):
        return "portfolio"
    return "other"


def _text_links(text: str) -> list[Link]:
    links = [Link(kind="email", uri=f"mailto:{m.group(0)}", page=None) for m in _EMAIL.finditer(text)]
    links += [Link(kind=classify_link(m.group(0)), uri=m.group(0).rstrip(".,;"), page=None)
              for m in _URL.finditer(text)]
    return links


def _unique_links(links: Iterable[Link]) -> tuple[Link, ...]:
    seen: set[str] = set()
    out = []
    for link in links:
        key = link.uri.lower().removeprefix("mailto:").rstrip("/")
        if key not in seen:
            seen.add(key)
            out.append(link)
    return tuple(out)


def _sections(lines: list[Line]) -> tuple[Section, ...]:
    """Runs of lines of one kind; a heading line always opens a new section."""
    sections: list[Section] = []
    for line in lines:
        if line.heading or not sections or sections[-1].kind != line.section:
            heading = line.text.split(":", 1)[0].strip() if line.heading else ""
            sections.append(Section(kind=line.section, heading=heading, start=line.start,
                                    end=line.end))
        else:
            last = sections[-1]
            sections[-1] = Section(kind=last.kind, heading=last.heading, start=last.start,
                                   end=line.end)
    return tuple(sections)


def _respaced(piece: _Piece) -> _Piece:
    """The piece with a letter-spaced heading split inside its words joined ('SK ILLS')."""
    joined = respaced_heading(piece.text)
    if joined is None:
        return piece
    style = piece.style
    return _Piece(text=joined, page=piece.page, block=piece.block, shape=piece.shape,
                  style=LineStyle(joined, style.size, style.bold, style.gap_above))


def _assemble(pieces: list[_Piece], *, pages: int, source: SourceFormat,
              warnings: list[Notice], extra_links: Iterable[Link] = (), columns: int = 1) -> Document:
    pieces = [_respaced(piece) for piece in pieces]
    labels = label_sections([piece.style for piece in pieces])
    lines: list[Line] = []
    parts: list[str] = []
    offset = 0
    for piece, (kind, is_heading) in zip(pieces, labels, strict=True):
        start, end = offset, offset + len(piece.text)
        lines.append(Line(text=piece.text, start=start, end=end, page=piece.page, section=kind,
                          heading=is_heading, block=piece.block))
        parts.append(piece.text)
        offset = end + 1
    text = "\n".join(parts)
    return Document(
        text=text, pages=pages, lines=tuple(lines), sections=_sections(lines),
        links=_unique_links([*extra_links, *_text_links(text)]), warnings=tuple(warnings),
        source_format=source, columns=columns,
    )


def document_from_text(text: str) -> Document:
    """A Document for plain text. Offsets are offsets into ``text`` exactly as given.

    Marks written out as escaped bytes (text that went through a bytes repr:
    ``\\xe2\\x80\\xa2`` for a bullet) are decoded in place and padded to the same length
    (:func:`~analyzer.escapes.unescaped_marks`), so the document's text has the same offsets.
    Lines are the text's lines (without their line break); sections come from headings found
    by vocabulary alone.
    """
    warnings: list[Notice] = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(Notice("text_truncated", f"Only the first {MAX_CHARS:,} characters were read."))
    if not text.strip():
        raise errors.EmptyFileError("The text is empty. Paste or upload a resume with some text.")
    spans: list[tuple[int, int]] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.rstrip("\r")
        if stripped.strip():
            spans += [(offset + a, offset + b) for a, b in _text_line_spans(stripped)]
        offset += len(raw) + 1
    # A letter-spaced heading is judged joined; the line keeps its text (offsets are exact).
    labels = label_sections([LineStyle(text=respaced_heading(text[a:b]) or text[a:b])
                             for a, b in spans])
    # Lines and sections are found on the text as written: a decoded mark's padding is not a
    # column gap.
    text = unescaped_marks(text)
    lines = [Line(text=text[a:b], start=a, end=b, page=1, section=kind, heading=is_heading,
                  block=0)
             for (a, b), (kind, is_heading) in zip(spans, labels, strict=True)]
    return Document(text=text, pages=1, lines=tuple(lines), sections=_sections(lines),
                    links=_unique_links(_text_links(text)), warnings=tuple(warnings),
                    source_format="txt")


def _text_line_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of the lines in one line of plain text: itself, or, for a flattened
    document (see FLATTENED_LINE_CHARS), its pieces between runs of spaces, a piece that starts
    in lower case after one that does not end a sentence being joined to it (a wrap)."""
    if len(line) < FLATTENED_LINE_CHARS:
        return [(0, len(line))]
    spans: list[tuple[int, int]] = []
    left = 0
    for match in [*_FLATTENED_BREAK.finditer(line), None]:
        right = len(line) if match is None else match.start()
        if line[left:right].strip():
            if (spans and line[left].islower()
                    and not line.endswith(_SENTENCE_END, 0, spans[-1][1])):
                spans[-1] = (spans[-1][0], right)
            else:
                spans.append((left, right))
        left = len(line) if match is None else match.end()
    return spans



_OPEN_RANGE_END = re.compile(rf"(?:^|\s)(?:(?i:{MONTH_PATTERN})\.?\s+)?(?:19|20)\d\d\s*[–—-]"
                             rf"(?:\s*(?i:{MONTH_PATTERN})\.?)?$")
"""A line ending inside a date range: its start and a dash, and maybe the end's month."""
_RANGE_END_START = re.compile(rf"(?:(?:19|20)\d\d|(?i:{OPEN_END}))\b")
"""A line opening with a range's end: a year, or 'Present' (:data:`~analyzer.timeline.OPEN_END`)."""


def _continues(previous: _Piece, current: _Piece, fill: int) -> bool:
    """True when ``current`` is the visual wrap of ``previous`` (one sentence or bullet)."""
    before, text = previous.text, current.text
    if (text.startswith("•") or before.endswith(_SENTENCE_END)
            or heading_kind(before) is not None
            or abs(previous.style.size - current.style.size) > WRAP_SIZE_TOLERANCE_PT
            or previous.style.bold != current.style.bold
            or current.style.gap_above > WRAP_MAX_GAP_RATIO * max(current.style.size, 1.0)):
        return False
    if heading_kind(text) is not None:
        # A heading word set tight under a line that ran out of room, in that line's type, is
        # its wrapped tail ('Nielsen Norman Group UX' / 'Certification'); a heading is set
        # apart by space or style. After a list, a capitalised one labels the next group
        # ('HubSpot, Salesforce, Canva' / 'Leadership' / 'budget management, …').
        return (current.style.gap_above <= TIGHT_GAP_RATIO * max(current.style.size, 1.0)
                and (text[0].islower() or not _LIST_MARK.search(before))
                and _wraps_a_full_line(previous, current))
    if _OPEN_RANGE_END.search(before) and _RANGE_END_START.match(text):
        # A date range wrapped at its dash or its end month ('May 2019 – Feb' / '2022'), as
        # narrow cards and columns break it: one range, or the role has no end.
        return True
    first_word = text.split(" ", 1)[0]
    # An open quote or parenthesis always continues; so does a lowercase line after a longer
    # one. A bullet runs on until the next bullet: its wrapped tail may start with a capital
    # ('streaming' / 'APIs.', '… Python and SQL' / 'Server, saving …') but is never a bullet,
    # a heading or a dated role line itself, and is shorter than the line it ends.
    # A line that ran out of room continues too (see _wraps_a_full_line).
    if (before.count('"') % 2 == 1 or before.count("(") > before.count(")")
            or (text[0].islower() and len(before.split()) >= WRAP_MIN_WORDS
                and not _LINKISH.search(first_word))
            or (before.startswith("•") and len(text) < len(before)
                and not find_ranges(text, today=NO_CUTOFF))
            or _wraps_a_full_line(previous, current)):
        return True
    if len(before) < WRAP_MIN_FILL * fill:
        return False
    last_word = before.rsplit(" ", 1)[-1].lower()
    return last_word in _CONNECTORS or before.endswith((",", "&", "/", "–", "-"))


def _merged(first: _Shape | None, last: _Shape | None) -> _Shape | None:
    """The shape of two joined lines: where the first starts, where the last ends."""
    if first is None or last is None:
        return None
    return _Shape(x0=first.x0, room=last.room, first_width=first.first_width,
                  first_font=first.first_font, last_font=last.last_font, words=last.words)


def _wraps_a_full_line(previous: _Piece, current: _Piece) -> bool:
    """The line above ran out of room: the first word below would not have fitted after it, so
    the line broke there, not at the end of an entry. A narrow sidebar wraps
    'Microsoft Certified: Power BI' / 'Data Analyst Associate' with a capital, which no word
    rule can tell from a new entry. The line below starts where the line above did, in the
    font the line above ended in, and neither looks like a whole entry (a year, a rating, a
    label, a number, a date range)."""
    above, below = previous.shape, current.shape
    if above is None or below is None:
        return False
    before, text = previous.text, current.text
    space = WRAP_SPACE_EM * max(current.style.size, 1.0)
    # A bulleted list gives every item its bullet, so a bullet's next line needs no word count.
    return ((above.words >= (1 if before.startswith("•") else FULL_LINE_MIN_WORDS)
             or _names_across(before, text))
            and above.room < below.first_width + space
            and abs(above.x0 - below.x0) <= WRAP_ALIGN_TOLERANCE_PT
            and above.last_font == below.first_font
            and not _ITEM_END.search(before) and not _ITEM_START.match(text)
            and _WORD.search(text) is not None
            and not _LINKISH.search(f"{before} {text.split(' ', 1)[0]}")
            and not find_ranges(before, today=NO_CUTOFF)
            and not find_ranges(text, today=NO_CUTOFF))


@functools.cache
def _taxonomy_phrases() -> frozenset[str]:
    """The packaged taxonomy's names and aliases of several words, lower case."""
    return frozenset(" ".join(text.split()) for text in _taxonomy_texts() if len(text.split()) > 1)


def _names_across(before: str, text: str) -> bool:
    """A skill or certificate name of several words runs across the break ('Stakeholder' /
    'Management', 'Google Project' / 'Management Certificate'): a wrapped item, although
    its first line is too short to tell by word count."""
    left = before.lower().split()[-PHRASE_MAX_WORDS:]
    right = text.lower().split()[:PHRASE_MAX_WORDS]
    phrases = _taxonomy_phrases()
    return any(" ".join(left[i:] + right[:j]).strip(",;") in phrases
               for i in range(len(left)) for j in range(1, len(right) + 1))


def _unwrap(pieces: list[_Piece]) -> list[_Piece]:
    """Join the visual lines of one block that continue a sentence or bullet into one line.

    Line breaks inside a bullet are layout, not content: the same bullet wraps differently in a
    narrow sidebar and a wide column, and line-based rules (list-like lines, sentences) must
    not depend on that.
    """
    if not pieces:
        return []
    fill = max(len(piece.text) for piece in pieces)
    return _join(pieces, lambda previous, piece: _continues(previous, piece, fill))


def _repeated_later(raw: RawDocument) -> list[frozenset[str]]:
    """Per page, the band rows of later pages: a footer that starts on page 2 ('different first
    page') repeats only after it, so from page 2 on such a row is running too (never on page 1,
    whose name line later pages repeat)."""
    later = [band_keys(page) for page in raw.pages] if len(raw.pages) > 2 else []
    return [frozenset().union(*later[number + 1:]) if number >= 1 and later else frozenset()
            for number in range(len(raw.pages))]


def _join_breaks(pieces: list[_Piece]) -> list[_Piece]:
    """Join a sentence or list that runs from the foot of one page to the head of the next,
    and a word hyphenated from the foot of one column to the head of the next on a page
    ('customer advis-' / 'ory board.')."""
    return _join(pieces, lambda previous, piece: (
        piece.page == previous.page + 1 and _continues(previous, piece, len(previous.text)))
        or (piece.page == previous.page and piece.block != previous.block
            and _BROKEN_WORD.search(previous.text) is not None and piece.text[:1].islower()))


_BROKEN_WORD = re.compile(r"[a-z]{2}-$")
"""A line ending in part of a word and a hyphen ('advis-'), not a dash or a range ('2019 -')."""


def _join(pieces: list[_Piece], continues: Callable[[_Piece, _Piece], bool]) -> list[_Piece]:
    """Merge each piece into the one before it when ``continues(previous, piece)``."""
    out: list[_Piece] = []
    for piece in pieces:
        if out and continues(out[-1], piece):
            previous = out[-1]
            text = f"{previous.text} {piece.text}"
            if previous.text.endswith("-"):
                # A word broken at the foot of a page or a column ('dash-' / 'boards').
                text = " ".join(part for part in repair_hyphenation([previous.text, piece.text])
                                if part)
            out[-1] = _Piece(text=text, page=previous.page, block=previous.block,
                             style=LineStyle(text, previous.style.size, previous.style.bold,
                                             previous.style.gap_above),
                             shape=_merged(previous.shape, piece.shape))
        else:
            out.append(piece)
    return out


_COLUMN_WORDS = {2: "Two", 3: "Three", 4: "Four"}
MIN_KNOWN_WORD_CHARS = 4
"""Shorter words are not used to decide whether a line-end hyphen joins a word."""
_LINE_END_HYPHENS = ("-", "\u2010", "\u2011")
"""A hyphen as the PDF prints it, before cleaning folds U+2010 and U+2011 into '-'."""
_LETTERS = re.compile(r"[a-z]+")


@functools.cache
def _taxonomy_texts() -> tuple[str, ...]:
    """The packaged taxonomy's skill names and aliases, lower case."""
    # Imported here: only PDFs with line-end hyphens or short wrapped lines need it.
    from skills_taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    return tuple(text.lower() for skill in taxonomy.skills.values()
                 for text in (skill.name, *(alias.text for alias in skill.aliases)))


@functools.cache
def _taxonomy_words() -> frozenset[str]:
    """Words of the packaged taxonomy's skill names and aliases ('integration', 'backlog'):
    a line-end hyphen splitting one of them is a break, not a compound."""
    return frozenset(word for text in _taxonomy_texts() for word in _LETTERS.findall(text)
                     if len(word) >= MIN_KNOWN_WORD_CHARS)


def _known_words(raw: RawDocument) -> frozenset[str]:
    """The document's own words and the taxonomy's (see :func:`repair_hyphenation`)."""
    if not any(word.text.endswith(_LINE_END_HYPHENS) for page in raw.pages for word in page.words):
        return frozenset()  # no line-end hyphen to decide: skip building the set
    own = {word for page in raw.pages for item in page.words
           for word in _LETTERS.findall(item.text.lower()) if len(word) >= MIN_KNOWN_WORD_CHARS}
    return _taxonomy_words() | own


ICON_BULLET_MIN_WORDS = 4
"""Words after a lone private-use glyph that make it a list marker, not a contact icon (the
phone or envelope before a number or an address)."""


def _cleaned(words: Sequence[RawWord]) -> tuple[str, int, int]:
    """A layout line's text, cleaned; the icon glyphs dropped and the unmapped glyphs in it."""
    cleaned = []
    icons = cid = 0
    for word in words:
        text = clean_word(word.text, icon_font=word.icon_font)
        icons += int(word.icon_font and text == "")
        cid += len(CID_ARTEFACT.findall(word.text)) if text != BULLET else 0
        cleaned.append(text)
    if (len(words) > ICON_BULLET_MIN_WORDS and cleaned[0] == "" and is_icon_glyph(words[0].text)
            and words[1].text[:1].isupper()):
        # A private-use glyph opening an item, in a text font (an icon subset's chevron):
        # the list's marker.
        cleaned[0] = BULLET
        icons -= int(words[0].icon_font)
    return clean_line(cleaned), icons, cid


def _reader_notices(raw: RawDocument, *, columns: int, icons: int, cid: int) -> list[Notice]:
    """What the reader tells the user about how the PDF was read."""
    warnings: list[Notice] = []
    if columns > 1:
        warnings.append(Notice("multi_column",
                               f"{_COLUMN_WORDS.get(columns, 'Multi')}-column layout detected: "
                               "columns were read one after the other."))
    if icons:
        warnings.append(Notice("icons_removed", f"{icons} icon glyph(s) were removed."))
    if cid:
        warnings.append(Notice("unmapped_glyphs", f"{cid} character(s) had no text mapping and were "
                               "dropped; some words may be incomplete."))
    hidden = sum(page.hidden_chars for page in raw.pages)
    if hidden:
        warnings.append(Notice("hidden_text", f"{hidden:,} character(s) of text nobody can see on "
                               "the page (too faint, covered, or smaller than 3 pt) were ignored."))
    if raw.truncated:
        warnings.append(Notice("text_truncated", f"Only the first {MAX_CHARS:,} characters were read."))
    if raw.shadowed:
        warnings.append(Notice("other_revision", "This PDF holds more than one version of its "
                               "content and the one read may not be the one a PDF viewer "
                               "shows. Export the resume again from its original document and "
                               "upload the new file."))
    return warnings


def document_from_pdf_words(raw: RawDocument) -> Document:
    """Assemble a Document from the isolated parser's output (pure; no PDF library)."""
    pieces: list[_Piece] = []
    known_words = _known_words(raw)
    icons = 0
    cid = 0
    columns = 1
    running: frozenset[str] = frozenset()
    names = running  # the first page's name line, printed in later pages' headers
    ahead = _repeated_later(raw)
    for number, page in enumerate(raw.pages):
        layout = order_page(page, running=running | ahead[number], names=names)
        running, names = running | layout.running, names | layout.names
        columns = max(columns, layout.columns)
        block_lines: list[tuple[str, LineStyle, int]] = []
        shapes: list[_Shape] = []  # one per kept line
        right = {block: max(line.words[-1].x1 for line in lines)
                 for block, lines in itertools.groupby(layout.lines, key=lambda line: line.block)}
        for line in layout.lines:
            joined, line_icons, line_cid = _cleaned(line.words)
            icons, cid = icons + line_icons, cid + line_cid
            if joined:
                block_lines.append((joined, LineStyle(joined, line.size, line.bold, line.gap_above),
                                    line.block))
                first, last = line.words[0], line.words[-1]
                # A bullet's text starts after the glyph (clean_line makes any glyph '•').
                start = line.words[1] if joined.startswith("• ") and len(line.words) > 1 else first
                shapes.append(_Shape(x0=start.x0, room=right[line.block] - last.x1,
                                     first_width=first.x1 - first.x0,
                                     first_font=(round(first.size, 1), first.bold),
                                     last_font=(round(last.size, 1), last.bold),
                                     words=len(_WORD.findall(joined))))
        # Layout emits each block's lines contiguously, so groupby yields whole blocks.
        vocabulary = "\n".join(text for text, _, _ in block_lines)
        at = 0
        for block, group in itertools.groupby(block_lines, key=lambda item: item[2]):
            items = list(group)
            block_shapes = shapes[at:at + len(items)]
            at += len(items)
            repaired = repair_hyphenation([text for text, _, _ in items], vocabulary=vocabulary,
                                          known_words=known_words)
            pieces += _unwrap([
                _Piece(text=text, page=page.number, block=block,
                       style=LineStyle(text, style.size, style.bold, style.gap_above),
                       shape=shape)
                for (_, style, _), text, shape in zip(items, repaired, block_shapes, strict=True)
                if text.strip()
            ])
    pieces = _join_breaks(pieces)
    if sum(len(p.text.replace(" ", "")) for p in pieces) < MIN_TEXT_CHARS:
        raise errors.NoTextError()
    warnings = _reader_notices(raw, columns=columns, icons=icons, cid=cid)
    links = [Link(kind=classify_link(link.uri), uri=link.uri, page=page.number)
             for page in raw.pages for link in page.links]
    return _assemble(pieces, pages=len(raw.pages), source="pdf", warnings=warnings,
                     extra_links=links, columns=columns)


def _decode_text(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        if encoding == "cp1252" and sum(b < 0x80 for b in data) < ASCII_SHARE_FOR_LEGACY_TEXT * len(data):
            continue
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
        if text and printable / len(text) >= PRINTABLE_SHARE_FOR_TEXT:
            return text
    return None


def read_document(source: bytes | str | Path, *, filename: str | None = None,
                  isolate: bool = True) -> Document:
    """Read a resume from PDF or text bytes, a path, or a ``str`` of text.

    ``filename`` is only a hint (``.pdf`` promises a PDF; contents still decide). ``isolate``
    parses PDFs in a limited child process (default; only trusted callers such as benchmarks
    should turn it off). Raises an InputError subclass for every unusable input.
    """
    if isinstance(source, str):
        return document_from_text(source)
    if isinstance(source, Path):
        filename = filename or source.name
        try:
            if source.stat().st_size > MAX_UPLOAD_BYTES:
                raise errors.TooLargeError()
            # Read at most one byte past the cap: a device or a pipe reports size 0
            # ('/dev/zero' would fill the memory).
            with source.open("rb") as handle:
                data = handle.read(MAX_UPLOAD_BYTES + 1)
        except OSError as exc:
            raise errors.InputError("The file could not be opened. Check the path and that you "
                                    "may read it.") from exc
    else:
        data = bytes(source)
    if not data:
        raise errors.EmptyFileError()
    if len(data) > MAX_UPLOAD_BYTES:
        raise errors.TooLargeError()
    if PDF_MAGIC in data[:MAGIC_WINDOW_BYTES]:
        raw = isolation.parse_pdf_isolated(data) if isolate else read_pdf_words(data)
        return document_from_pdf_words(raw)
    hint = (filename or "").lower()
    if hint.endswith(".pdf"):
        raise errors.NotPdfError()
    if data.startswith(b"PK\x03\x04"):
        raise errors.UnsupportedFormatError(
            "Word (.docx) and other zipped formats are not supported yet. Save the resume as "
            "PDF or plain text and upload that.")
    text = _decode_text(data)
    if text is None:
        raise errors.NotPdfError()
    return document_from_text(text)
