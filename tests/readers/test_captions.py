"""Captions and notes apart from their table: a source line between, a caption below."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from lkjaudit.readers import load_report
from lkjaudit.readers.common import caption_label

from conftest import compact, findings_for, report_from

_TITLE = "LAPORAN KINERJA DINAS CONTOH TAHUN 2024"
_SEQUENCE = ("table-numbers-in-sequence",)


def _table(markdown: bool, name: str) -> list[str]:
    rows = [["No", "Indikator", "Satuan", "Target"], ["1", name, "persen", "80"]]
    if not markdown:
        return ["\t".join(r) for r in rows]
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return [lines[0], "|---|---|---|---:|", lines[1]]


def _report(blocks: list[str | None], markdown: bool) -> str:
    """Paragraphs and tables (None) separated by blank lines."""
    lines = [_TITLE, ""]
    for n, block in enumerate(blocks, start=1):
        lines += [
            *(_table(markdown, f"Indikator {n}") if block is None else [block]),
            "",
        ]
    return "\n".join(lines)


def _tables(text: str, markdown: bool) -> list[tuple[str, str | None, str | None]]:
    source = "test.md" if markdown else "test.txt"
    return [(t.id, t.caption, t.note) for t in report_from(text, source).tables]


def _sequence(text: str, markdown: bool) -> list[list[object]]:
    source = "test.md" if markdown else "test.txt"
    return compact(findings_for(text, select=_SEQUENCE, source=source))


_ABOVE = [
    "Tabel 3.1 Capaian Indikator Tujuan",
    None,
    "Tabel 3.2 Capaian Indikator Sasaran",
    "Sumber: Bagian Perencanaan, 2024",
    None,
    "Tabel 3.3 Capaian Indikator Program",
    None,
]


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "between",
    [
        "Sumber: Bagian Perencanaan, 2024",
        "Keterangan: angka sementara",
        "(lanjutan)",
        "Catatan: data per 31 Desember",
    ],
)
def test_a_caption_above_a_source_line_names_the_table(
    between: str, markdown: bool
) -> None:
    blocks = [*_ABOVE[:3], between, *_ABOVE[4:]]
    text = _report(blocks, markdown)
    # "(lanjutan)" stays with the caption: the table continues an earlier one
    continued = " (lanjutan)" if between == "(lanjutan)" else ""
    assert _tables(text, markdown) == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan", None),
        ("tabel-3.2", f"Tabel 3.2 Capaian Indikator Sasaran{continued}", None),
        ("tabel-3.3", "Tabel 3.3 Capaian Indikator Program", None),
    ]
    assert _sequence(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_prose_paragraph_between_leaves_the_table_unnamed(markdown: bool) -> None:
    # a sentence is no note: the caption above it is not taken across it, and the
    # next caption is then out of sequence
    sentence = "Capaian indikator sasaran tahun ini lebih baik dari tahun lalu."
    blocks = [*_ABOVE[:3], sentence, *_ABOVE[4:]]
    text = _report(blocks, markdown)
    ids = [t[0] for t in _tables(text, markdown)]
    assert ids == ["tabel-3.1", "tabel-ke-2", "tabel-3.3"]
    line = 17 if markdown else 15
    assert _sequence(text, markdown) == [
        ["table-numbers-in-sequence", "tabel-3.3", line, "Tabel 3.2", "Tabel 3.3"]
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_source_line_does_not_take_the_previous_tables_caption(
    markdown: bool,
) -> None:
    # Tabel 3.1 names the table below it; the second table, below a source line
    # printed under the first, has no caption
    blocks = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Sumber: Bagian Perencanaan, 2024",
        None,
        "Tabel 3.2 Capaian Indikator Program",
        None,
    ]
    text = _report(blocks, markdown)
    assert [t[:2] for t in _tables(text, markdown)] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-ke-2", None),
        ("tabel-3.2", "Tabel 3.2 Capaian Indikator Program"),
    ]
    assert _sequence(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_caption_below_names_a_table_nothing_above_names(markdown: bool) -> None:
    blocks = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Berikut capaian indikator sasaran tahun 2024.",
        None,
        "Sumber: Bagian Perencanaan, 2024",
        "Tabel 3.2 Capaian Indikator Sasaran",
        "Capaian indikator program disajikan di bawah ini.",
        "Tabel 3.3 Capaian Indikator Program",
        None,
    ]
    text = _report(blocks, markdown)
    assert [t[:2] for t in _tables(text, markdown)] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-3.2", "Tabel 3.2 Capaian Indikator Sasaran"),
        ("tabel-3.3", "Tabel 3.3 Capaian Indikator Program"),
    ]
    assert _sequence(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_caption_between_two_tables_is_the_next_ones(markdown: bool) -> None:
    # "Tabel 3.2" stands just above the third table (a source line between):
    # it is not the caption below the second, which stays unnamed
    blocks = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Berikut capaian indikator sasaran tahun 2024.",
        None,
        "Tabel 3.2 Capaian Indikator Program",
        "Sumber: Bagian Perencanaan, 2024",
        None,
    ]
    text = _report(blocks, markdown)
    assert [t[:2] for t in _tables(text, markdown)] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-ke-2", None),
        ("tabel-3.2", "Tabel 3.2 Capaian Indikator Program"),
    ]
    assert _sequence(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_caption_below_a_captioned_table_is_not_taken(markdown: bool) -> None:
    # the table is named above; "Tabel 3.5" below it, followed by prose, names
    # nothing, and the second table stays unnamed
    blocks = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Tabel 3.5 Capaian Indikator Sasaran",
        "Capaian indikator sasaran tahun ini baik.",
        None,
    ]
    text = _report(blocks, markdown)
    assert [t[0] for t in _tables(text, markdown)] == ["tabel-3.1", "tabel-ke-2"]
    assert _sequence(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_scale_note_above_a_caption_is_the_next_tables(markdown: bool) -> None:
    blocks = [
        "Tabel 3.4 Capaian Indikator Sasaran",
        None,
        "(dalam ribuan rupiah)",
        "Tabel 3.5 Realisasi Anggaran",
        None,
    ]
    text = _report(blocks, markdown)
    assert _tables(text, markdown) == [
        ("tabel-3.4", "Tabel 3.4 Capaian Indikator Sasaran", None),
        ("tabel-3.5", "Tabel 3.5 Realisasi Anggaran", "(dalam ribuan rupiah)"),
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_ket_note_under_a_table_stays_its_own(markdown: bool) -> None:
    # "Ket: …" is written under the table it explains, even above a caption
    blocks = [
        "Tabel 3.4 Realisasi Anggaran Program",
        None,
        "Ket: dalam Rp. 000",
        "Tabel 3.5 Capaian Indikator Sasaran",
        None,
    ]
    text = _report(blocks, markdown)
    assert _tables(text, markdown) == [
        ("tabel-3.4", "Tabel 3.4 Realisasi Anggaran Program", "Ket: dalam Rp. 000"),
        ("tabel-3.5", "Tabel 3.5 Capaian Indikator Sasaran", None),
    ]


def _docx(
    path: Path, blocks: list[str | None], other: frozenset[int] = frozenset()
) -> None:
    """A Word document of paragraphs and tables (None); the blocks numbered in
    ``other`` are tables with other columns (a budget table)."""
    document = Document()
    document.add_paragraph(_TITLE)
    for n, block in enumerate(blocks, start=1):
        if block is not None:
            document.add_paragraph(block)
            continue
        rows = [["No", "Indikator", "Satuan", "Target"], ["1", f"Ind {n}", "%", "80"]]
        if n in other:
            rows = [
                ["No", "Program", "Pagu", "Realisasi"],
                ["1", f"Prog {n}", "10", "9"],
            ]
        table = document.add_table(rows=2, cols=4)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    document.save(str(path))


def test_a_word_document_reads_captions_apart_from_their_tables(
    tmp_path: Path,
) -> None:
    path = tmp_path / "laporan.docx"
    _docx(
        path,
        [
            "Tabel 3.1 Capaian Indikator Tujuan",
            "Sumber: Bagian Perencanaan, 2024",
            None,
            "Berikut capaian indikator sasaran tahun 2024.",
            None,
            "Tabel 3.2 Capaian Indikator Sasaran",
            "Capaian indikator sasaran tahun ini baik.",
            "(dalam ribuan rupiah)",
            "Tabel 3.3 Realisasi Anggaran",
            None,
        ],
    )
    report = load_report(str(path))
    assert [(t.id, t.caption, t.note) for t in report.tables] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan", None),
        ("tabel-3.2", "Tabel 3.2 Capaian Indikator Sasaran", None),
        ("tabel-3.3", "Tabel 3.3 Realisasi Anggaran", "(dalam ribuan rupiah)"),
    ]


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "caption",
    [
        ["Tabel 3.4 Realisasi Anggaran (lanjutan)"],
        ["Tabel 3.4 Realisasi Anggaran", "(lanjutan)"],
        ["Tabel 3.4 Lanjutan"],
        ["Tabel 3.4 Realisasi Anggaran - Lanjutan"],
    ],
)
def test_a_table_continued_by_hand_repeats_its_number(
    caption: list[str], markdown: bool
) -> None:
    blocks: list[str | None] = [
        "Tabel 3.4 Realisasi Anggaran",
        None,
        "Capaian indikator sasaran tahun ini baik.",
        *caption,
        None,
        "Tabel 3.5 Capaian Indikator Sasaran",
        None,
    ]
    text = _report(blocks, markdown)
    # one table, as in Word and PDF: the repeated header dropped, both parts' rows
    source = "test.md" if markdown else "test.txt"
    last = 4 + len(caption)
    assert [
        (t.id, t.caption, [r.cells[1].text for r in t.rows])
        for t in report_from(text, source).tables
    ] == [
        (
            "tabel-3.4",
            "Tabel 3.4 Realisasi Anggaran",
            ["Indikator 2", f"Indikator {last}"],
        ),
        ("tabel-3.5", "Tabel 3.5 Capaian Indikator Sasaran", [f"Indikator {last + 2}"]),
    ]
    assert _sequence(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize("note", [[], ["(dalam ribuan rupiah)"]])
def test_a_caption_over_two_lines_names_its_table(
    note: list[str], markdown: bool
) -> None:
    # "Tabel 3.2" on a line of its own and the title under it: one caption, not
    # a lost number and a table 3.3 out of sequence
    blocks: list[str | None] = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Tabel 3.2",
        "Capaian Indikator Sasaran Tahun 2024",
        *note,
        None,
        "Tabel 3.3 Realisasi Anggaran",
        None,
    ]
    text = _report(blocks, markdown)
    assert _tables(text, markdown) == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan", None),
        (
            "tabel-3.2",
            "Tabel 3.2 Capaian Indikator Sasaran Tahun 2024",
            note[0] if note else None,
        ),
        ("tabel-3.3", "Tabel 3.3 Realisasi Anggaran", None),
    ]
    assert _sequence(text, markdown) == []
    # a number with its title on one line over a title line is not joined to it
    blocks[2:4] = ["Tabel 3.2 Capaian Indikator Sasaran", "Data Capaian Sasaran 2024"]
    assert [t[0] for t in _tables(_report(blocks, markdown), markdown)] == [
        "tabel-3.1",
        "data-capaian-sasaran-2024",
        "tabel-3.3",
    ]


def test_a_word_caption_over_two_lines_names_its_table(tmp_path: Path) -> None:
    path = tmp_path / "laporan.docx"
    _docx(
        path,
        [
            "Tabel 3.1 Capaian Indikator Tujuan",
            None,
            "Tabel 3.2",
            "Capaian Indikator Sasaran Tahun 2024",
            None,
        ],
    )
    assert [(t.id, t.caption) for t in load_report(str(path)).tables] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-3.2", "Tabel 3.2 Capaian Indikator Sasaran Tahun 2024"),
    ]


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "sentence",
    [
        "Tabel 3.1 di atas menunjukkan capaian yang baik, sedangkan rinciannya "
        "sebagai berikut:",
        "Tabel 3.1 tersebut memuat capaian tujuan; rincian per sasaran adalah:",
    ],
)
def test_a_sentence_about_the_table_above_is_no_caption_of_the_next(
    sentence: str, markdown: bool
) -> None:
    blocks: list[str | None] = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        sentence,
        None,
        "Tabel 3.2 Realisasi Anggaran",
        None,
    ]
    text = _report(blocks, markdown)
    assert [t[:2] for t in _tables(text, markdown)] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-ke-2", None),
        ("tabel-3.2", "Tabel 3.2 Realisasi Anggaran"),
    ]
    assert _sequence(text, markdown) == []
    # a real repeated number is still reported
    blocks[2] = "Tabel 3.1 Capaian Indikator Sasaran"
    line = 9 if markdown else 8
    assert _sequence(_report(blocks, markdown), markdown) == [
        ["table-numbers-in-sequence", "tabel-3.1-2", line, "Tabel 3.2", "Tabel 3.1"]
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_lanjutan_as_a_word_of_the_title_continues_nothing(markdown: bool) -> None:
    # a table of follow-up works ("Pembangunan Jembatan Lanjutan") is a table of
    # its own: its repeated number is reported
    blocks: list[str | None] = [
        "Tabel 3.4 Realisasi Anggaran",
        None,
        "Tabel 3.4 Realisasi Pembangunan Jembatan Lanjutan",
        None,
    ]
    text = _report(blocks, markdown)
    line = 9 if markdown else 8
    assert _sequence(text, markdown) == [
        ["table-numbers-in-sequence", "tabel-3.4-2", line, "Tabel 3.5", "Tabel 3.4"]
    ]


def test_a_word_table_titled_lanjutan_is_not_joined_to_the_one_above(
    tmp_path: Path,
) -> None:
    path = tmp_path / "laporan.docx"
    _docx(
        path,
        [
            "Tabel 3.4 Realisasi Anggaran",
            None,
            "Tabel 3.4 Realisasi Pembangunan Jembatan Lanjutan",
            None,
        ],
    )
    assert [
        (t.id, [r.cells[1].text for r in t.rows]) for t in load_report(str(path)).tables
    ] == [
        ("tabel-3.4", ["Ind 2"]),
        ("tabel-3.4-2", ["Ind 4"]),
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_repeated_number_without_lanjutan_is_reported(markdown: bool) -> None:
    blocks: list[str | None] = [
        "Tabel 3.4 Realisasi Anggaran",
        None,
        "Tabel 3.4 Realisasi Anggaran per Program",
        "Sumber: Bagian Keuangan",
        None,
    ]
    text = _report(blocks, markdown)
    line = 9 if markdown else 8
    assert _sequence(text, markdown) == [
        ["table-numbers-in-sequence", "tabel-3.4-2", line, "Tabel 3.5", "Tabel 3.4"]
    ]


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "below",
    [
        "Tabel 3.2 menunjukkan capaian indikator sasaran",
        "Tabel 3.2 Capaian Indikator Sasaran sudah baik.",
    ],
)
def test_a_sentence_about_a_table_below_it_is_no_caption(
    below: str, markdown: bool
) -> None:
    blocks: list[str | None] = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Capaian indikator sasaran tahun ini baik.",
        None,
        below,
    ]
    text = _report(blocks, markdown)
    assert [t[:2] for t in _tables(text, markdown)] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-ke-2", None),
    ]


def test_a_word_table_continued_under_its_caption_is_one_table(
    tmp_path: Path,
) -> None:
    # "(lanjutan)" printed under the repeated caption: the author split one table
    path = tmp_path / "laporan.docx"
    _docx(
        path,
        [
            "Tabel 3.1 Capaian Indikator Tujuan",
            None,
            "Tabel 3.1 Capaian Indikator Tujuan",
            "(lanjutan)",
            None,
        ],
    )
    [table] = load_report(str(path)).tables
    assert (table.id, table.caption) == (
        "tabel-3.1",
        "Tabel 3.1 Capaian Indikator Tujuan",
    )
    # the header repeated on the second part is dropped; both parts' rows are kept
    assert [r.cells[1].text for r in table.rows] == ["Ind 2", "Ind 5"]


def test_a_word_table_with_other_columns_under_lanjutan_stays_apart(
    tmp_path: Path,
) -> None:
    # "(lanjutan)" over a table with other columns: a different table misnumbered,
    # not the rest of Tabel 3.1 (as in text, Markdown, Excel and PDF)
    path = tmp_path / "laporan.docx"
    blocks = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Tabel 3.1 Capaian Indikator Tujuan",
        "(lanjutan)",
        None,
    ]
    _docx(path, blocks, other=frozenset({5}))
    tables = load_report(str(path)).tables
    assert [[r.cells[1].text for r in t.rows] for t in tables] == [
        ["Ind 2"],
        ["Prog 5"],
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_scale_note_above_a_section_heading_stays_with_the_table_above(
    markdown: bool,
) -> None:
    # only a numbered caption claims the note above it: a bold heading may open a
    # new section, and the note is then the one under the table above
    blocks = [
        "Tabel 3.4 Realisasi Anggaran Program",
        None,
        "(dalam ribuan rupiah)",
        "**Realisasi Anggaran per Sasaran**",
        None,
    ]
    text = _report(blocks, markdown)
    assert _tables(text, markdown) == [
        (
            "tabel-3.4",
            "Tabel 3.4 Realisasi Anggaran Program",
            "(dalam ribuan rupiah)",
        ),
        ("realisasi-anggaran-per-sasaran", "Realisasi Anggaran per Sasaran", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "ids"),
    [
        # a sentence about Tabel 3.1 above the next table: no caption of it
        ("Tabel 3.1 menunjukkan capaian yang baik", ["tabel-3.1", "tabel-ke-2"]),
        # a repeated number in a title: the next table's caption, reported as such
        ("Tabel 3.1 Capaian Indikator Sasaran", ["tabel-3.1", "tabel-3.1-2"]),
    ],
)
def test_a_word_sentence_about_the_table_above_captions_nothing(
    tmp_path: Path, sentence: str, ids: list[str]
) -> None:
    path = tmp_path / "laporan.docx"
    _docx(path, ["Tabel 3.1 Capaian Indikator Tujuan", None, sentence, None])
    assert [t.id for t in load_report(str(path)).tables] == ids


@pytest.mark.parametrize(
    ("caption", "label"),
    [
        ("Capaian Sasaran Strategis", "Capaian Sasaran Strategis"),
        # 81 characters: cut at the last word that fits, never inside "2024"
        (
            "Data Barang Inventaris Kelurahan Kebonagung Menurut Kondisi per 30 "
            "September 2024",
            "Data Barang Inventaris Kelurahan Kebonagung Menurut Kondisi per 30 "
            "September…",
        ),
        # a word longer than half the limit is cut where it must be
        ("Rekap " + "x" * 90, "Rekap " + "x" * 73 + "…"),
    ],
)
def test_a_long_caption_is_labelled_by_its_first_words(
    caption: str, label: str
) -> None:
    assert caption_label(caption) == label
    assert len(label) <= 80
    text = f"**{caption}**\n\n| No | Uraian | Jumlah |\n|---|---|---|\n| 1 | A | 2 |\n"
    (table,) = report_from(text, "c.md").tables
    assert table.label == label
