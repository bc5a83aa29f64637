"""Read article files from the seeds folder safely.

Every file ends either as an accepted `ArticleFile` or as a `Rejection` with a
human sentence saying why; nothing raises for bad content and no good article
is lost silently. The outcome depends only on the file names and their bytes.

Rules, in the order they are applied to one file:

1. Unreadable (permissions, broken link) -> rejected; its sha256 is then that of no bytes.
2. Larger than `MAX_ARTICLE_BYTES` -> rejected (the hash still covers the whole file).
3. Empty -> rejected.
4. NUL bytes (binary files, UTF-16 text) -> rejected as binary.
5. Decoding: a UTF-8 byte order mark -> "utf-8-sig"; else strict UTF-8 -> "utf-8";
   else cp1251, accepted only when the result looks like text (see `_looks_like_text`);
   bytes that are mostly valid UTF-8 with a few broken sequences are rejected as
   damaged UTF-8 rather than turned into cp1251 mojibake. Anything else -> undecodable.
6. Text with many control characters -> rejected as binary.
7. Line endings are normalised to "\\n" (with a warning), so character offsets
   into `text` do not depend on the platform the article was saved on.
8. HTML pages (suffix .html/.htm, or a .txt whose content starts like an HTML
   document) are KEPT: their visible text is extracted with the standard
   library's html.parser (script/style/head dropped, block elements become line
   breaks, character references resolved) and the article carries the warning
   "HTML page: text extracted". A page without visible text is rejected.
9. Whitespace only -> rejected.

A missing date or missing numbers is not a reason to reject: such articles are
kept and simply yield fewer facts.

Across files (`read_articles`): files are taken in sorted name order; a file whose
bytes (sha256) or decoded text equal an earlier accepted file's, or whose
article id or base name is already taken, is rejected with a reason naming the kept file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

MAX_ARTICLE_BYTES: int = 2_000_000
"""Largest accepted article file, in bytes. News articles are a few tens of kB."""

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

_READ_CHUNK = 1 << 16
_UTF8_BOM = b"\xef\xbb\xbf"
# Control characters that ordinary text files do contain.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# A text may hold a few stray control characters (e.g. a DOS end-of-file mark);
# more than this share of them means the file is not text.
_MAX_CONTROL_SHARE = 0.001
# Share of cp1251-decoded characters that must be letters, digits, spaces or
# punctuation for the file to count as text.
_MIN_TEXTLIKE_SHARE = 0.95
# Share of the non-ASCII words that mix Latin and Cyrillic letters above which a
# cp1251 reading is taken as mojibake of another encoding (Latin-1 "café" reads "cafй").
_MAX_MIXED_SCRIPT_WORDS = 0.2
# Control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) other than `_TEXT_CONTROLS`.
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HTML_OPENINGS = (b"<!doctype html", b"<html")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleFile:
    """An accepted article."""

    article_id: str  # file name without extension
    file_name: str  # base name
    sha256: str  # of the raw bytes
    text: str  # decoded text (HTML pages: their visible text)
    encoding: str  # "utf-8", "utf-8-sig" or "cp1251"
    warnings: tuple[str, ...] = ()  # non-fatal notes


@dataclass(frozen=True)
class Rejection:
    """A file that was not taken in, and why."""

    file_name: str
    sha256: str
    reason: str


class _RejectionError(Exception):
    """Internal: carries a rejection reason out of the decoding steps."""


# ---------------------------------------------------------------- listing


def list_article_files(seeds_dir: Path) -> list[Path]:
    """Return the article files directly inside `seeds_dir`, sorted by name.

    Article files are those whose suffix (case-insensitive) is in `ARTICLE_SUFFIXES`;
    answer keys (*.gold.json), source lists (*.tsv), READMEs, hidden files and
    sub-folders are left out. Broken symbolic links with an article suffix are
    listed, so that `read_article` reports them instead of losing them silently.
    """
    seeds_dir = Path(seeds_dir)
    found = []
    for path in seeds_dir.iterdir():
        if path.name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        if path.is_file() or (path.is_symlink() and not path.exists()):
            found.append(path)
    return sorted(found, key=lambda p: p.name)


# ---------------------------------------------------------------- one file


def read_article(path: Path) -> ArticleFile | Rejection:
    """Read one article file; return the accepted article or the rejection with its reason.

    Never raises for bad content or an unreadable file.
    """
    path = Path(path)
    name = path.name
    try:
        data, sha256, size = _read_limited(path, MAX_ARTICLE_BYTES)
    except OSError as error:
        reason = f"The file could not be read ({error.strerror or type(error).__name__})."
        return Rejection(name, hashlib.sha256(b"").hexdigest(), reason)
    if data is None:
        reason = f"The file is {size:,} bytes, over the limit of {MAX_ARTICLE_BYTES:,} bytes for one article."
        return Rejection(name, sha256, reason)
    try:
        text, encoding, warnings = _decode(data)
        if _is_html(path, data):
            text = html_to_text(text)
            warnings.append("HTML page: text extracted")
            if not text.strip():
                raise _RejectionError("The HTML page has no visible text.")
        if not text.strip():
            raise _RejectionError("The file contains only whitespace.")
    except _RejectionError as rejection:
        return Rejection(name, sha256, str(rejection))
    return ArticleFile(
        article_id=article_id_of(name),
        file_name=name,
        sha256=sha256,
        text=text,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def article_id_of(file_name: str) -> str:
    """The article id of a file: its base name without the extension."""
    return Path(file_name).stem


def _read_limited(path: Path, limit: int) -> tuple[bytes | None, str, int]:
    """Read `path` in chunks; return (bytes or None when over `limit`, sha256 of all bytes, size)."""
    digest = hashlib.sha256()
    chunks: list[bytes] | None = []
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if chunks is not None and size <= limit:
                chunks.append(chunk)
            else:
                chunks = None  # over the limit: stop keeping bytes, keep hashing for the rejection
    return (b"".join(chunks) if chunks is not None else None), digest.hexdigest(), size


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode article bytes; return (text, encoding, warnings) or raise `_RejectionError`."""
    if not data:
        raise _RejectionError("The file is empty.")
    if (first_nul := data.find(b"\x00")) >= 0:
        raise _RejectionError(
            f"The file holds NUL bytes (first at byte {first_nul}): "
            "it is binary or not 8-bit text (e.g. UTF-16), not an article."
        )
    warnings: list[str] = []
    if data.startswith(_UTF8_BOM):
        text, encoding = _strict(data, "utf-8-sig"), "utf-8-sig"
        warnings.append("UTF-8 byte order mark removed")
    elif (text := _strict(data, "utf-8")) is not None:
        encoding = "utf-8"
    else:
        text, encoding = _decode_cp1251(data), "cp1251"
        warnings.append("decoded as cp1251")
    if text is None:
        raise _RejectionError(_utf8_failure(data))
    _check_controls(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        warnings.append("line endings normalised to \\n")
    return text, encoding, warnings


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_cp1251(data: bytes) -> str:
    """Decode as cp1251 when the bytes are neither UTF-8 nor damaged UTF-8 and the result reads as text."""
    if _mostly_utf8(data):
        raise _RejectionError(_utf8_failure(data))
    text = _strict(data, "cp1251")
    if text is None or not _looks_like_text(text):
        raise _RejectionError(
            "The file could not be decoded: it is not valid UTF-8, and read as cp1251 it does not look like text."
        )
    return text


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes hold more valid multi-byte UTF-8 sequences than broken ones.

    cp1251 text hardly ever forms valid UTF-8 sequences, so many of them mean a
    UTF-8 file with a few damaged bytes, which cp1251 would turn into mojibake.
    """
    decoded = data.decode("utf-8", errors="replace")
    broken = decoded.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid_multibyte = sum(1 for char in decoded if ord(char) > 0x7F and char != "\ufffd")
    return valid_multibyte > broken


def _utf8_failure(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"The file is damaged UTF-8: invalid byte sequence at byte {error.start} ({error.reason})."
    return "The file could not be decoded as UTF-8."  # pragma: no cover - only called after a failure


def _looks_like_text(text: str) -> bool:
    """Heuristic for a cp1251 reading: letters, digits, spaces and punctuation; no controls; scripts not mixed."""
    if not text:
        return False
    if _STRAY_CONTROL.search(text):
        return False
    textlike = sum(1 for char in text if unicodedata.category(char)[0] in "LNPZ" or char in _TEXT_CONTROLS)
    if textlike < _MIN_TEXTLIKE_SHARE * len(text):
        return False
    words = [word for word in _WORD.findall(text) if not word.isascii()]
    mixed = sum(1 for word in words if _mixes_latin_and_cyrillic(word))
    return mixed <= _MAX_MIXED_SCRIPT_WORDS * len(words)


def _mixes_latin_and_cyrillic(word: str) -> bool:
    has_latin = any("a" <= char.lower() <= "z" for char in word)
    has_cyrillic = any("\u0400" <= char <= "\u04ff" for char in word)
    return has_latin and has_cyrillic


def _count_stray_controls(text: str) -> int:
    """How many characters of `text` are control characters (category Cc) outside `_TEXT_CONTROLS`."""
    return len(_STRAY_CONTROL.findall(text)) if _STRAY_CONTROL.search(text) else 0


def _check_controls(text: str) -> None:
    controls = _count_stray_controls(text)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise _RejectionError(f"The file holds {controls} control characters: it looks binary, not an article.")


# ---------------------------------------------------------------- HTML


def _is_html(path: Path, data: bytes) -> bool:
    """HTML by suffix, or a text file whose content opens like an HTML document."""
    opening = data[:1024].removeprefix(_UTF8_BOM).lstrip().lower()
    return path.suffix.lower() in HTML_SUFFIXES or opening.startswith(_HTML_OPENINGS)


# Break levels between blocks: a line break, or a blank line between paragraphs.
_LINE, _PARAGRAPH = 1, 2
_LINE_BLOCKS = ("div", "li", "tr", "dt", "dd", "figcaption", "form", "main", "nav", "aside")
_PARAGRAPH_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr")
_PARAGRAPH_BLOCKS += ("article", "section", "header", "footer", "figure", "address")
_HTML_BREAKS: dict[str, int] = {**dict.fromkeys(_LINE_BLOCKS, _LINE), **dict.fromkeys(_PARAGRAPH_BLOCKS, _PARAGRAPH)}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML collapses these, but not the no-break space


class _VisibleText(HTMLParser):
    """Collect the text a browser would show; block elements end lines, paragraphs end with a blank line."""

    HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object"})
    CELLS = frozenset({"td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str | int] = []  # text, or a break level between blocks
        self.hidden_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, opening=True)

    def handle_endtag(self, tag: str) -> None:
        self._tag(tag, opening=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, opening=True)  # <br/>, <hr/>: nothing stays open

    def _tag(self, tag: str, *, opening: bool) -> None:
        step = 1 if opening else -1
        if tag == "body":
            self.hidden_depth = 0  # an unclosed <head> must not hide the page
        elif tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth + step)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth + step)
        if tag == "br" and opening:
            self.parts.append("\n")  # a forced line break: never merged with its neighbours
        elif tag in _HTML_BREAKS:
            self._break(_HTML_BREAKS[tag])
        elif tag in self.CELLS and opening:
            self.parts.append("\t")

    def _break(self, level: int) -> None:
        # Adjacent block boundaries (</li><li>) make one break, the largest of them.
        if self.parts and isinstance(self.parts[-1], int):
            self.parts[-1] = max(self.parts[-1], level)
        else:
            self.parts.append(level)

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        if not self.pre_depth:
            data = _HTML_SPACE.sub(" ", data)
            if data == " " and (not self.parts or isinstance(self.parts[-1], int)):
                return  # white space between blocks is not shown
        self.parts.append(data)

    def text(self) -> str:
        return "".join("\n" * part if isinstance(part, int) else part for part in self.parts)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: one line per block, a blank line between paragraphs, lines stripped."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" \t") for line in parser.text().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# ---------------------------------------------------------------- many files


def read_articles(paths: Iterable[Path]) -> tuple[list[ArticleFile], list[Rejection]]:
    """Read many article files; return (accepted articles, rejections), each sorted by file name.

    Files are read in sorted name order. The first file (by name) of a set with the
    same bytes, the same decoded text, the same article id or the same base name is
    kept; each later one is rejected with a reason naming the kept file.
    """
    accepted: list[ArticleFile] = []
    rejected: list[Rejection] = []
    kept_by: dict[str, dict[str, str]] = {"sha256": {}, "text": {}, "article_id": {}, "file_name": {}}
    for path in sorted((Path(p) for p in paths), key=lambda p: (p.name, str(p))):
        result = read_article(path)
        if isinstance(result, Rejection):
            rejected.append(result)
            continue
        keys = _identity_keys(result)
        clash = next(((kind, kept_by[kind][key]) for kind, key in keys.items() if key in kept_by[kind]), None)
        if clash is not None:
            rejected.append(Rejection(result.file_name, result.sha256, _DUPLICATE_REASONS[clash[0]].format(clash[1])))
            continue
        for kind, key in keys.items():
            kept_by[kind][key] = result.file_name
        accepted.append(result)
    return accepted, rejected


def _identity_keys(article: ArticleFile) -> dict[str, str]:
    return {
        "sha256": article.sha256,
        "text": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        "article_id": article.article_id,
        "file_name": article.file_name,
    }


_DUPLICATE_REASONS = {
    "sha256": "Duplicate content: the same bytes as {}, which is kept.",
    "text": "Duplicate content: the same text as {} (in another encoding or form), which is kept.",
    "article_id": "Duplicate article id: {} has the same name without extension and is kept.",
    "file_name": "Duplicate file name: a file named {} from another folder is kept.",
}
