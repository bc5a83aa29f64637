"""Sentence splitting keeps offsets and does not split after abbreviations."""

from __future__ import annotations

from pipeline.extract.sentences import opens_sentence, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


def test_a_month_abbreviation_does_not_end_a_sentence():
    assert sentences("Talks were held on Dec. 3 in Taraz. Exports grew.") == [
        "Talks were held on Dec. 3 in Taraz.",
        "Exports grew.",
    ]


def test_a_full_month_name_can_end_a_sentence():
    assert sentences("The mill opened in May. It employs 90 people.") == [
        "The mill opened in May.",
        "It employs 90 people.",
    ]


def test_each_line_is_its_own_paragraph():
    found = split_sentences("Line one.\n\nLine two.", 0, 19)
    assert [s.paragraph for s in found] == [0, 1]


def test_a_word_after_a_date_stamp_or_a_dash_opens_a_sentence():
    text = " date 2024-09-12 Cement output grew. ASTANA – Plants made more."
    assert opens_sentence(text, text.index("Cement")) and opens_sentence(text, text.index("Plants"))


def test_a_word_mid_sentence_does_not_open_one():
    text = "Output of Cement plants grew."
    assert not opens_sentence(text, text.index("Cement"))


def test_a_scale_abbreviation_ends_a_sentence_before_a_capitalised_word():
    text = "Developers provided about 1,7 trln. Almaty, Astana and Shymkent delivered 5.9 million sq m."
    assert len(split_sentences(text, 0, len(text))) == 2


def test_a_scale_abbreviation_before_a_currency_code_does_not_end_a_sentence():
    text = "The bank lent 12 bln. KZT to farmers in the region."
    assert len(split_sentences(text, 0, len(text))) == 1
