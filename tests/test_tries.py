"""The trie patterns match exactly what the plain alternations they replace match."""

from __future__ import annotations

import random
import re

from pipeline.extract.tries import longest_first, separated_words, word_start_first


def _random_words(rng: random.Random, letters: str, end_letters: str) -> list[str]:
    count = rng.randint(1, 8)
    return list(
        {"".join(rng.choice(letters) for _ in range(rng.randint(0, 3))) + rng.choice(end_letters) for _ in range(count)}
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_tries_match_like_longest_first_alternations() -> None:
    rng = random.Random(7)
    for _ in range(400):
        words = _random_words(rng, "abc- é", "abcé1-_")
        plain = re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])")
        trie = re.compile(rf"(?<![\w-]){longest_first(words)}(?![\w-])")
        start_first = re.compile(word_start_first(words, r"\w-") + r"(?![\w-])")
        separated = re.compile(separated_words(words))
        for _ in range(4):
            text = "".join(rng.choice("ab-c é–_.1") for _ in range(rng.randint(0, 30)))
            lo, hi = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
            expected = [m.span() for m in plain.finditer(text, lo, hi)]
            assert [m.span() for m in trie.finditer(text, lo, hi)] == expected
            assert [m.span() for m in start_first.finditer(text, lo, hi)] == expected
            window = text[lo:hi]
            in_window = [m.span() for m in plain.finditer(window)]
            assert [(m.start(1) - 1, m.end(1) - 1) for m in separated.finditer(" " + window)] == in_window


def test_empty_lists_never_match() -> None:
    assert re.search(longest_first([]), "anything") is None
