"""A guarded pattern finds exactly what its pattern finds: the key-word test only skips searches that fail."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

from pipeline.extract.folding import GuardedPattern, key_words, lowered
from schemas.roles import NOT_SUBJECT_LEADS

_TESTS = Path(__file__).parent

_MODULES = ("engine", "attribution", "entities", "quantities")


def _guarded_patterns() -> list[tuple[str, GuardedPattern]]:
    found = []
    for name in _MODULES:
        module = importlib.import_module(f"pipeline.extract.{name}")
        found += [(f"{name}.{key}", value) for key, value in vars(module).items() if isinstance(value, GuardedPattern)]
    return found


def _corpus() -> list[tuple[str, int]]:
    """Real articles, each again with its letters' case scrambled (IGNORECASE patterns match either), and one
    sentence for each lead phrase (rare in articles); with how many blanks apart their windows are taken."""
    rng = random.Random(5)
    texts = [path.read_text(encoding="utf-8") for path in sorted(_TESTS.glob("**/*.txt"))[:40]]
    texts += ["".join(c.upper() if rng.random() < 0.2 else c for c in text) for text in texts]
    leads = [phrase for phrases in NOT_SUBJECT_LEADS.values() for phrase in phrases]
    return [(text, 3) for text in texts] + [(f"Output {phrase} the Agrarian Bank rose.", 1) for phrase in leads]


def test_lowered_is_none_where_offsets_would_shift_or_matches_differ() -> None:
    assert lowered("Almaty Region") == "almaty region"
    for breaker in ("İ", "ı", "ſ", "\u212a"):
        assert lowered(f"x{breaker}y") is None


def test_every_phrase_holds_one_of_its_key_words() -> None:
    for phrases in NOT_SUBJECT_LEADS.values():
        words = key_words(phrases)
        assert all(any(word in phrase.lower() for word in words) for phrase in phrases)


def test_guarded_patterns_find_what_their_patterns_find() -> None:
    patterns = _guarded_patterns()
    assert len(patterns) >= 10
    matched = 0
    for text, step in _corpus():
        # Windows that end, or start, at each blank: where the patterns' matches end or begin.
        blanks = [m.start() for m in re.finditer(r"\s", text)][::step]
        windows = [(b - 70, b) for b in blanks] + [(b - 69, b + 1) for b in blanks] + [(b, b + 150) for b in blanks]
        windows.append((-3, len(text) + 3))
        for _, guarded in patterns:
            for lo, hi in windows:
                expected = guarded.pattern.search(text, lo, hi)
                found = guarded.search(text, lo, hi)
                assert (found and found.span()) == (expected and expected.span()), (guarded.pattern.pattern, lo, hi)
                matched += expected is not None
    assert matched > 100  # the comparison covers matches, not only misses


def test_a_word_with_a_metacharacter_turns_the_guard_off() -> None:
    guarded = GuardedPattern(re.compile(r"u\.s\.", re.IGNORECASE), ("u.s.",))
    assert guarded.words is None
    assert guarded.search("in the U.S. market") is not None
