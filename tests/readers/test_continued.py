"""Tables continued by hand ("Tabel 3.4 (lanjutan)") are one table in every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report
from lkjaudit.readers.captions import caption_info

from conftest import compact, findings_for, report_from

_TITLE = "LAPORAN KINERJA DINAS CONTOH TAHUN 2024"
_HEADER = ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)"]
_OTHER = ["No", "Indikator", "Satuan", "Target"]
_FIRST = [
    ["1", "Program A", "100.000", "90.000"],
    ["2", "Program B", "200.000", "150.000"],
]
_SECOND = [["3", "Program C", "300.000", "250.000"]]
_SUMS = ("total-row-equals-column-sum", "table-numbers-in-sequence")


def _rows(rows: list[list[str]], markdown: bool) -> list[str]:
    if not markdown:
        return ["\t".join(r) for r in rows]
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return [lines[0], "|---|---|---:|---:|", *lines[1:]]


def _report(caption: str, total: str, markdown: bool, header: list[str]) -> str:
    second = [*_SECOND, ["", "JUMLAH", total, "490.000"]]
    if header is not _HEADER:
        second = [["1", "Ind 1", "persen", "80"]]
    lines = [
        _TITLE,
        "",
        "Tabel 3.4 Realisasi Anggaran per Program",
        *_rows([_HEADER, *_FIRST], markdown),
        "",
        "Realisasi anggaran program tahun ini cukup baik.",
        "",
        caption,
        *_rows([header, *second], markdown),
        "",
    ]
    return "\n".join(lines)


def _source(markdown: bool) -> str:
    return "test.md" if markdown else "test.txt"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Lanjutan Tabel 3.4 Realisasi Anggaran", "3.4"),
        ("Sambungan Tabel 3.4", "3.4"),
        ("(Lanjutan) Tabel 3.4", "3.4"),
        ("Tabel 3.4 Lanjutan", "3.4"),
        ("Lanjutan pembangunan jembatan tahun 2024", None),
        ("Lanjutan dari tabel 3.4 di atas", None),
    ],
)
def test_a_continued_caption_names_its_number(text: str, number: str | None) -> None:
    assert caption_info(text)[0] == number


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "caption",
    [
        "Tabel 3.4 Realisasi Anggaran per Program (lanjutan)",
        "Lanjutan Tabel 3.4 Realisasi Anggaran per Program",
        "Sambungan Tabel 3.4",
        "Tabel 3.4 Lanjutan",
    ],
)
def test_a_continuation_is_joined_to_the_table_it_continues(
    caption: str, markdown: bool
) -> None:
    text = _report(caption, "600.000", markdown, _HEADER)
    report = report_from(text, _source(markdown))
    # the header repeated on the second part is dropped; both parts' rows are kept
    assert [
        (t.id, t.caption, [r.cells[1].text for r in t.rows]) for t in report.tables
    ] == [
        (
            "tabel-3.4",
            "Tabel 3.4 Realisasi Anggaran per Program",
            ["Program A", "Program B", "Program C", "JUMLAH"],
        )
    ]
    # the JUMLAH under the continuation sums the rows of both parts
    assert compact(findings_for(text, select=_SUMS, source=_source(markdown))) == []
    wrong = _report(caption, "650.000", markdown, _HEADER)
    line = 15 if markdown else 13
    assert compact(findings_for(wrong, select=_SUMS, source=_source(markdown))) == [
        [
            "total-row-equals-column-sum",
            "tabel-3.4/row:4/col:anggaran",
            line,
            "600.000",
            "650.000",
        ]
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_table_under_a_continued_caption_with_another_header_is_its_own(
    markdown: bool,
) -> None:
    text = _report("Tabel 3.4 (lanjutan)", "", markdown, _OTHER)
    report = report_from(text, _source(markdown))
    assert [(t.id, t.caption, len(t.rows)) for t in report.tables] == [
        ("tabel-3.4", "Tabel 3.4 Realisasi Anggaran per Program", 2),
        ("tabel-3.4-2", "Tabel 3.4 (lanjutan)", 1),
    ]


def _blocks(blocks: list[str | None], markdown: bool) -> str:
    lines = [_TITLE, ""]
    for n, block in enumerate(blocks, start=1):
        rows = [_OTHER, ["1", f"Indikator {n}", "persen", "80"]]
        lines += [*(_rows(rows, markdown) if block is None else [block]), ""]
    return "\n".join(lines)


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "sentence",
    [
        "Tabel 3.1 menunjukkan capaian indikator tujuan yang sudah baik",
        "Tabel 3.1 memperlihatkan bahwa semua target tercapai",
    ],
)
def test_a_sentence_about_the_table_above_does_not_caption_the_next(
    sentence: str, markdown: bool
) -> None:
    text = _blocks(
        ["Tabel 3.1 Capaian Indikator Tujuan", None, sentence, None], markdown
    )
    assert [(t.id, t.caption) for t in report_from(text, _source(markdown)).tables] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan"),
        ("tabel-ke-2", None),
    ]
    assert compact(findings_for(text, select=_SUMS, source=_source(markdown))) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_sentence_naming_the_next_number_still_captions_its_table(
    markdown: bool,
) -> None:
    blocks: list[str | None] = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Tabel 3.2 menunjukkan capaian indikator sasaran",
        None,
    ]
    text = _blocks(blocks, markdown)
    assert [t.id for t in report_from(text, _source(markdown)).tables] == [
        "tabel-3.1",
        "tabel-3.2",
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_repeated_number_with_a_verb_further_on_is_still_reported(
    markdown: bool,
) -> None:
    # a title that repeats the number is no sentence about the table above
    blocks: list[str | None] = [
        "Tabel 3.1 Capaian Indikator Tujuan",
        None,
        "Tabel 3.1 Capaian Indikator yang Menunjukkan Kinerja",
        None,
    ]
    text = _blocks(blocks, markdown)
    line = 9 if markdown else 8
    assert compact(findings_for(text, select=_SUMS, source=_source(markdown))) == [
        ["table-numbers-in-sequence", "tabel-3.1-2", line, "Tabel 3.2", "Tabel 3.1"]
    ]


@pytest.mark.parametrize("markdown", [False, True])
def test_text_ids_never_collide_with_an_issued_suffix(markdown: bool) -> None:
    # "Capaian Sasaran" twice, then "Capaian Sasaran 2": the third id is not the
    # second one again
    blocks: list[str | None] = [
        "**Capaian Sasaran**",
        None,
        "**Capaian Sasaran**",
        None,
        "**Capaian Sasaran 2**",
        None,
    ]
    text = _blocks(blocks, markdown)
    assert [(t.id, t.caption) for t in report_from(text, _source(markdown)).tables] == [
        ("capaian-sasaran", "Capaian Sasaran"),
        ("capaian-sasaran-2", "Capaian Sasaran"),
        ("capaian-sasaran-2-2", "Capaian Sasaran 2"),
    ]


def _xlsx(path: Path, caption: str, total: str, header: list[str]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    second = [*_SECOND, ["", "JUMLAH", total, "490.000"]]
    if header is not _HEADER:
        second = [["1", "Ind 1", "persen", "80"]]
    rows: list[list[str]] = [
        [_TITLE],
        [],
        ["Tabel 3.4 Realisasi Anggaran per Program"],
        _HEADER,
        *_FIRST,
        [],
        [caption],
        header,
        *second,
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.save(path)


@pytest.mark.parametrize(
    "caption", ["Tabel 3.4 (lanjutan)", "Lanjutan Tabel 3.4 Realisasi Anggaran"]
)
def test_an_xlsx_continuation_is_joined_to_the_table_it_continues(
    tmp_path: Path, caption: str
) -> None:
    path = tmp_path / "laporan.xlsx"
    _xlsx(path, caption, "650.000", _HEADER)
    report = load_report(str(path))
    assert [(t.id, [r.cells[1].text for r in t.rows]) for t in report.tables] == [
        ("tabel-3.4", ["Program A", "Program B", "Program C", "JUMLAH"])
    ]
    options = AuditOptions(select=_SUMS, strict=True)
    assert [
        [f.rule_id, f.location.ref, f.expected, f.actual]
        for f in audit_report(report, options)
    ] == [
        [
            "total-row-equals-column-sum",
            "tabel-3.4/row:4/col:anggaran",
            "600.000",
            "650.000",
        ]
    ]
    _xlsx(path, caption, "600.000", _HEADER)
    assert audit_report(load_report(str(path)), options) == []


def test_an_xlsx_table_with_another_header_is_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "laporan.xlsx"
    _xlsx(path, "Tabel 3.4 (lanjutan)", "", _OTHER)
    report = load_report(str(path))
    assert [(t.id, len(t.rows)) for t in report.tables] == [
        ("tabel-3.4", 2),
        ("tabel-3.4-2", 1),
    ]
