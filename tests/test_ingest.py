"""Reading article files: bad input ends in a clear reason, good articles are never lost."""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.ingest import (
    ArticleFile,
    Rejection,
    html_to_text,
    list_article_files,
    read_article,
    read_articles,
)

REPO = Path(__file__).resolve().parents[1]
ARTICLE = " date 2024-11-29 ASTANA – Astana attracted 1.3 trillion tenge ($2.5 billion) in investments.\n"
RUSSIAN = "Астана привлекла 1,3 триллиона тенге инвестиций за десять месяцев этого года.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rejection_reason(result: ArticleFile | Rejection) -> str:
    assert isinstance(result, Rejection), f"expected a rejection, got {result!r}"
    return result.reason


# ---------------------------------------------------------------- listing


def test_listing_keeps_only_article_suffixes_sorted_by_name(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "c.htm", "a.gold.json", "SOURCES.tsv", "README", "README.md", ".hidden.txt"]:
        write(tmp_path, name, ARTICLE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "nested.txt", ARTICLE)
    assert [p.name for p in list_article_files(tmp_path)] == ["a.html", "b.txt", "c.htm"]


def test_listing_keeps_a_broken_link_so_that_it_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    [path] = list_article_files(tmp_path)
    assert "could not be read" in rejection_reason(read_article(path))


def test_listing_of_the_repository_seeds_finds_the_seed_article() -> None:
    names = [p.name for p in list_article_files(REPO / "seeds")]
    assert names == sorted(names)
    assert "astana-investments-2024-11-29.txt" in names
    assert not any(name.endswith(".json") for name in names)


# ---------------------------------------------------------------- accepted articles


def test_utf8_article_is_accepted_with_id_hash_and_text(tmp_path: Path) -> None:
    path = write(tmp_path, "astana-2024.txt", ARTICLE)
    article = read_article(path)
    assert article == ArticleFile(
        article_id="astana-2024",
        file_name="astana-2024.txt",
        sha256=hashlib.sha256(ARTICLE.encode()).hexdigest(),
        text=ARTICLE,
        encoding="utf-8",
        warnings=(),
    )


def test_every_corpus_article_is_accepted_as_utf8() -> None:
    articles, rejections = read_articles(list_article_files(REPO / "tests" / "corpus"))
    assert rejections == []
    assert len(articles) >= 10
    assert {a.encoding for a in articles} == {"utf-8"}


def test_byte_order_mark_is_removed_and_reported(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert isinstance(article, ArticleFile)
    assert article.encoding == "utf-8-sig"
    assert article.text == ARTICLE
    assert "UTF-8 byte order mark removed" in article.warnings


def test_cp1251_russian_article_is_decoded_with_a_warning(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "ru.txt", RUSSIAN.encode("cp1251")))
    assert isinstance(article, ArticleFile)
    assert article.encoding == "cp1251"
    assert article.text == RUSSIAN
    assert "decoded as cp1251" in article.warnings


def test_windows_line_endings_are_normalised_so_offsets_do_not_depend_on_them(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "crlf.txt", "line one\r\nline two\rline three\r\n"))
    assert isinstance(article, ArticleFile)
    assert article.text == "line one\nline two\nline three\n"
    assert any("line endings" in w for w in article.warnings)


def test_article_without_date_or_numbers_is_kept(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "plain.txt", "The minister opened a new plant in the region.\n"))
    assert isinstance(article, ArticleFile)
    assert article.warnings == ()


def test_html_page_is_kept_as_its_visible_text_with_a_warning(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Menu</title><style>p {color: red}</style>"
        "<script>var x = '1 billion';</script></head><body><h1>Astana grows</h1>"
        "<p>Astana attracted 1.3&nbsp;trillion tenge &amp; more.</p><p>Second<br>line</p></body></html>"
    )
    article = read_article(write(tmp_path, "page.html", page))
    assert isinstance(article, ArticleFile)
    assert article.article_id == "page"
    assert "HTML page: text extracted" in article.warnings
    assert "Astana grows" in article.text
    assert "1.3\xa0trillion tenge & more." in article.text
    assert "Second\nline" in article.text
    for hidden in ("Menu", "color", "var x", "1 billion"):
        assert hidden not in article.text


def test_txt_file_holding_an_html_document_is_treated_as_html(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "saved.txt", "<html><body><p>Hello <b>world</b></p></body></html>"))
    assert isinstance(article, ArticleFile)
    assert article.text == "Hello world"
    assert "HTML page: text extracted" in article.warnings


def test_html_block_elements_become_lines_and_spaces_collapse() -> None:
    html = "<div>One\n   two</div><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>"
    assert html_to_text(html) == "One two\n\na\nb\n\nx\ty"


def test_unclosed_head_does_not_hide_the_body() -> None:
    assert html_to_text("<html><head><meta charset=utf-8><body><p>Visible</p>") == "Visible"


# ---------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    ("name", "data", "reason_part"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n  \n", "only whitespace"),
        ("nul.txt", b"Astana\x00\x01\x02 attracted", "NUL bytes"),
        ("utf16.txt", ARTICLE.encode("utf-16"), "NUL bytes"),
        ("controls.txt", bytes(range(1, 32)) * 20, "control characters"),
        ("random.txt", bytes((i * 97 + 13) % 256 for i in range(1, 5000) if (i * 97 + 13) % 256), "decoded"),
        ("undefined.txt", b"\x98\x98\x98 text", "could not be decoded"),
        ("damaged.txt", (RUSSIAN * 3).encode() + b"\xff" + RUSSIAN.encode(), "damaged UTF-8"),
        ("latin1.txt", "Café naïve façade résumé déjà vu über".encode("latin-1"), "could not be decoded"),
        ("empty.html", b"<html><head><title>Only a title</title></head><body>  </body></html>", "no visible text"),
    ],
)
def test_bad_file_is_rejected_with_a_clear_reason(tmp_path: Path, name: str, data: bytes, reason_part: str) -> None:
    result = read_article(write(tmp_path, name, data))
    assert isinstance(result, Rejection)
    assert result.file_name == name
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert reason_part in result.reason
    assert result.reason.endswith(".")


def test_stray_controls_are_the_unicode_controls_other_than_text_whitespace() -> None:
    every_char = "".join(map(chr, range(sys.maxunicode + 1)))
    expected = [c for c in every_char if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v"]
    assert ingest._STRAY_CONTROL.findall(every_char) == expected
    assert ingest._count_stray_controls(every_char) == len(expected)
    assert ingest._count_stray_controls("Astana attracted 5 plants.\r\n\f") == 0


def test_file_over_the_size_limit_is_rejected_and_hashed_whole(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    data = ARTICLE.encode() * 10
    result = read_article(write(tmp_path, "big.txt", data))
    assert "over the limit of 100 bytes" in rejection_reason(result)
    assert result.sha256 == hashlib.sha256(data).hexdigest()


def test_file_exactly_at_the_size_limit_is_accepted(tmp_path: Path, monkeypatch) -> None:
    data = ARTICLE.encode()
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", len(data))
    assert isinstance(read_article(write(tmp_path, "edge.txt", data)), ArticleFile)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_rejected_not_raised(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", ARTICLE)
    path.chmod(0)
    assert "could not be read" in rejection_reason(read_article(path))


def test_directory_named_like_an_article_is_rejected_not_raised(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    assert "could not be read" in rejection_reason(read_article(tmp_path / "folder.txt"))


# ---------------------------------------------------------------- many files


def test_same_bytes_under_two_names_keeps_the_first_by_name(tmp_path: Path) -> None:
    paths = [write(tmp_path, name, ARTICLE) for name in ["c-copy.txt", "a-original.txt", "b-other.txt"]]
    write(tmp_path, "b-other.txt", "Another article.\n")
    articles, rejections = read_articles(paths)
    assert [a.file_name for a in articles] == ["a-original.txt", "b-other.txt"]
    [duplicate] = rejections
    assert duplicate.file_name == "c-copy.txt"
    assert "a-original.txt" in duplicate.reason
    assert duplicate.sha256 == articles[0].sha256


def test_same_text_in_another_encoding_is_a_duplicate(tmp_path: Path) -> None:
    paths = [write(tmp_path, "a.txt", RUSSIAN), write(tmp_path, "b.txt", RUSSIAN.encode("cp1251"))]
    articles, rejections = read_articles(paths)
    assert [a.file_name for a in articles] == ["a.txt"]
    assert "same text as a.txt" in rejections[0].reason


def test_two_files_with_the_same_article_id_keep_the_first_by_name(tmp_path: Path) -> None:
    paths = [write(tmp_path, "news.txt", ARTICLE), write(tmp_path, "news.html", "<p>Other news</p>")]
    articles, rejections = read_articles(paths)
    assert [a.file_name for a in articles] == ["news.html"]
    assert rejections[0].file_name == "news.txt"
    assert "article id" in rejections[0].reason


def test_bad_files_do_not_lose_the_good_ones(tmp_path: Path) -> None:
    write(tmp_path, "a-good.txt", ARTICLE)
    write(tmp_path, "b-empty.txt", b"")
    write(tmp_path, "c-binary.txt", b"\x00\x01")
    write(tmp_path, "d-good.txt", RUSSIAN.encode("cp1251"))
    articles, rejections = read_articles(list_article_files(tmp_path))
    assert [a.file_name for a in articles] == ["a-good.txt", "d-good.txt"]
    assert [r.file_name for r in rejections] == ["b-empty.txt", "c-binary.txt"]


def test_outcome_depends_only_on_names_and_bytes_not_on_input_order(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{name}.txt", body) for name, body in [("x", ARTICLE), ("y", ARTICLE), ("z", b"")]]
    assert read_articles(paths) == read_articles(list(reversed(paths)))
