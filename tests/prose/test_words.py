"""Splitting text into words: the ASCII fast path reads as the general one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lkjaudit.prose.text import tokens, words

from conftest import SAMPLES

_WORD = re.compile(r"[0-9A-Za-z]+(?:[/'][0-9A-Za-z]+)*")


def _each_word_lowered(text: str) -> list[str]:
    """The words as found in the text as printed, each lower-cased on its own."""
    return [w.lower() for w in _WORD.findall(text)]


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_text_gives_the_words_it_prints(text: str) -> None:
    assert words(text) == _each_word_lowered(text)


@given(st.text())
def test_any_text_gives_the_words_it_prints(text: str) -> None:
    assert words(text) == _each_word_lowered(text)


def test_a_letter_that_lowercases_into_ascii_stays_out() -> None:
    # the Kelvin sign is no ASCII letter, though its lower case is "k"
    assert words("\u212aab SMA/SMK Jum'at") == ["ab", "sma/smk", "jum'at"]
    assert tokens("Pelayanan \u212aesehatan/Umum") == {"pelayanan", "esehatan", "umum"}


def test_the_samples_read_as_before() -> None:
    for path in [*SAMPLES.glob("*.md"), *SAMPLES.glob("*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert words(line) == _each_word_lowered(line)
