"""Splitting a paragraph into sentences: lines joined as printed, at a linear cost."""

from __future__ import annotations

import time

from lkjaudit.model.report import Paragraph
from lkjaudit.prose.text import split


def test_a_word_broken_at_a_line_end_is_joined_and_others_take_a_space() -> None:
    paragraph = Paragraph(
        text="Pembinaan desa-\ndesa berjalan baik\ndan 12 kegiatan selesai-\n5 lagi.",
        line=10,
    )
    (sentence,) = split(paragraph, 0)
    assert sentence.text == (
        "Pembinaan desa-desa berjalan baik dan 12 kegiatan selesai- 5 lagi."
    )
    assert sentence.rows == (0, 1, 2, 3)


def test_a_paragraph_of_thousands_of_lines_costs_its_length() -> None:
    # one "sentence" of 4,000 lines (a ruled border pasted as text): joining each
    # line once searched the whole sentence so far, a cost of its length squared
    # (about 40 s here); read line by line it is a fraction of a second
    border = "+-" * 100 + "+"
    paragraph = Paragraph(text="\n".join([border] * 4000), line=1)
    start = time.process_time()
    (sentence,) = split(paragraph, 0)
    seconds = time.process_time() - start
    assert len(sentence.rows) == 4000
    assert seconds < 1.5, seconds


def _texts(text: str) -> list[str]:
    return [s.text for s in split(Paragraph(text=text, line=1), 0)]


def test_a_sentence_ending_with_a_small_number_ends_there() -> None:
    assert _texts(
        "Nilai IKM mencapai 91,2 dari target 82. Persentase layanan mencapai 95%."
    ) == ["Nilai IKM mencapai 91,2 dari target 82.", "Persentase layanan mencapai 95%."]


def test_numbered_items_stay_with_their_numbers() -> None:
    # a list opened by a colon, one opened on its own line, and a run of items
    assert _texts(
        "Sasaran kecamatan: 1. Meningkatnya pelayanan. 2. Meningkatnya IKM."
    ) == [
        "Sasaran kecamatan: 1. Meningkatnya pelayanan.",
        "2. Meningkatnya IKM.",
    ]
    assert _texts("Sasaran kecamatan\n1. Meningkatnya pelayanan") == [
        "Sasaran kecamatan 1. Meningkatnya pelayanan"
    ]
    assert _texts("Kegiatan 1. Rapat desa 2. Musrenbang") == [
        "Kegiatan 1. Rapat desa 2. Musrenbang"
    ]
