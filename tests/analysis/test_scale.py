"""Rupiah printed in thousands: the scale stated by a header, a caption or a note."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from lkjaudit.analysis.scale import header_scale, is_scale_note, stated_scale
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.report import ColumnRole
from lkjaudit.readers import load_report

from conftest import compact, findings_for, report_from

R = ColumnRole
_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"
_P1 = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
_P2 = "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"
_HEAD = ["No", "Program", "Anggaran", "Realisasi", "Sisa", "%"]
# the same budget in thousands of rupiah and in rupiah
_RIBU = [
    ["1", _P1, "38.650", "36.208,500", "2.441,500", "93,68"],
    ["2", _P2, "12.500", "12.500", "-", "100,00"],
    ["", "JUMLAH", "51.150", "48.708,500", "2.441,500", "95,23"],
]
_RUPIAH = [
    ["1", _P1, "38.650.000", "36.208.500", "2.441.500", "93,68"],
    ["2", _P2, "12.500.000", "12.500.000", "-", "100,00"],
    ["", "JUMLAH", "51.150.000", "48.708.500", "2.441.500", "95,23"],
]


def _rows(rows: list[list[str]], markdown: bool) -> list[str]:
    if not markdown:
        return ["\t".join(r) for r in rows]
    lines = ["| " + " | ".join(c or " " for c in r) + " |" for r in rows]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def _report(
    caption: str,
    *,
    above: str | None = None,
    below: str | None = None,
    ribu: list[list[str]] = _RIBU,
    rupiah: list[list[str]] | None = _RUPIAH,
    third: bool = False,
    sentence: str = "",
    markdown: bool = False,
) -> str:
    lines = [_TITLE, "", caption, ""]
    if above:
        lines += [above, ""]
    lines += _rows([_HEAD, *ribu], markdown)
    if below:
        lines += ["", below]
    if rupiah is not None:
        lines += ["", "Tabel 3.5 Realisasi Anggaran", ""]
        head = ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]
        lines += _rows([head, *rupiah], markdown)
    if third:
        lines += ["", "Tabel 3.6 Anggaran per Program", ""]
        budgets = [["No", "Program", "Anggaran (Rp)"]] + [r[:3] for r in _RUPIAH]
        lines += _rows(budgets, markdown)
    if sentence:
        lines += ["", sentence]
    return "\n".join(lines) + "\n"


def _check(text: str, markdown: bool) -> list[list[object]]:
    source = "test.md" if markdown else "test.txt"
    return compact(findings_for(text, source=source))


# ------------------------------------------------------------------ the wording


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Tabel 3.4 Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)", 3),
        ("(dalam jutaan rupiah)", 6),
        ("dalam Rp. 000", 3),
        ("Anggaran per Program (Rp 000)", 3),
        ("Realisasi Belanja (Rp juta)", 6),
        ("Pagu (dalam Rp miliar)", 9),
        # an amount is no statement of scale
        ("Tabel 3.5 Program dengan anggaran di atas Rp 5 juta", 0),
        ("Tabel 3.6 Bantuan 5 juta rupiah per desa", 0),
        ("Tabel 3.7 Program Satu Juta Rumah", 0),
        ("Tabel 3.8 Realisasi Anggaran (Rp)", 0),
        # thousands of something else than rupiah
        ("Tabel 3.9 Produksi Padi dan Anggaran Program (dalam ribuan ton)", 0),
        ("(dalam ribuan jiwa)", 0),
        ("Keterangan: dalam jutaan Rupiah", 6),
        ("Ket: ribuan rupiah", 3),
        # an amount in words is no statement of scale
        ("Sisa anggaran program mencapai ratusan juta rupiah.", 0),
        ("Bantuan senilai satu juta rupiah per desa", 0),
    ],
)
def test_a_caption_states_a_scale_only_in_so_many_words(text: str, scale: int) -> None:
    assert stated_scale(text) == scale


def test_a_column_header_names_its_own_scale() -> None:
    assert [header_scale(t) for t in ("Anggaran (Rp ribu)", "Pagu (Rp 000)")] == [3, 3]
    assert [header_scale(t) for t in ("Anggaran (Rp)", "Realisasi")] == [0, 0]
    # a quantity in thousands is no rupiah
    assert [
        header_scale(t) for t in ("Realisasi (ribu ton)", "Target (juta jiwa)")
    ] == [
        0,
        0,
    ]


_TONNES = "\n".join(
    [
        _TITLE,
        "",
        "Tabel 3.1 Capaian Sasaran Strategis",
        "",
        "No\tIndikator\tTarget (ribu ton)\tRealisasi (ribu ton)\tCapaian (%)",
        "1\tProduksi padi\t120\t108\t95,00",
        "2\tProduksi jagung\t45,5\t45,5\t100,00",
    ]
)


def test_a_realisation_in_thousands_of_tonnes_is_no_spending() -> None:
    # 108 / 120 = 90,00%, printed 95,00
    table = report_from(_TONNES).tables[0]
    assert [c.role for c in table.columns][2:] == [R.TARGET, R.REALISASI, R.CAPAIAN]
    assert [c.scale for c in table.columns] == [0] * 5
    assert compact(findings_for(_TONNES)) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            6,
            "90,00",
            "95,00",
        ]
    ]


def test_a_scale_in_the_group_above_counts_alone() -> None:
    # "Anggaran Rp Ribu" over "Pagu": thousands, though a word follows "Ribu" when
    # the group and the header are read together
    text = "\n".join(
        [
            _TITLE,
            "",
            "Tabel 3.4 Realisasi Anggaran Program",
            "",
            "| No | Program | Anggaran Rp Ribu | |",
            "|---|---|---|---|",
            "| | | Pagu | Realisasi |",
            f"| 1 | {_P1} | 38.650 | 36.208,500 |",
            f"| 2 | {_P2} | 12.500 | 12.500 |",
        ]
    )
    table = report_from(text, "test.md").tables[0]
    assert (table.columns[2].role, table.columns[2].scale) == (R.ANGGARAN, 3)


def test_a_sentence_below_a_table_quoting_millions_in_words_is_no_note() -> None:
    # "ratusan juta rupiah" is an amount: read as a note it made the table (in
    # whole rupiah, as the next table) a table in millions
    below = "Sisa anggaran program mencapai ratusan juta rupiah."
    text = _report("Tabel 3.4 Realisasi Anggaran Program", below=below, ribu=_RUPIAH)
    first = report_from(text).tables[0]
    assert first.note is None
    assert [c.scale for c in first.columns] == [0] * 6
    assert findings_for(text) == []


def test_a_caption_in_thousands_of_tonnes_leaves_the_rupiah_whole() -> None:
    # the caption counts tonnes; its budget columns are in rupiah, as the sentence
    text = "\n".join(
        [
            _TITLE,
            "",
            "Tabel 3.1 Produksi Padi dan Anggaran Program (dalam ribuan ton)",
            "",
            "No\tProgram\tTarget\tRealisasi\tCapaian (%)\tAnggaran (Rp)"
            "\tRealisasi Anggaran (Rp)",
            f"1\t{_P1}\t120\t108\t90,00\t2.500.000.000\t2.250.000.000",
            "",
            f"Realisasi anggaran {_P1.title()} sebesar Rp 2.250.000.000.",
        ]
    )
    table = report_from(text).tables[0]
    assert [c.scale for c in table.columns] == [0] * 7
    assert findings_for(text) == []


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("(dalam ribuan rupiah)", True),
        ("Keterangan: dalam jutaan rupiah", True),
        ("Sumber: DPA 2024 (Rp 000)", True),
        ("Tabel 3.4 Realisasi Anggaran (dalam ribuan rupiah)", False),  # a caption
        ("Anggaran sebesar Rp 38.650 dalam ribuan rupiah", False),  # quotes a figure
    ],
)
def test_a_note_line_only_states_the_scale(text: str, note: bool) -> None:
    assert is_scale_note(text) is note


# --------------------------------------------------------------- the analysis


_PLACES = {
    "caption": (
        "Tabel 3.4 Realisasi Anggaran Program (dalam ribuan rupiah)",
        None,
        None,
    ),
    "above": ("Tabel 3.4 Realisasi Anggaran Program", "(dalam ribuan rupiah)", None),
    "below": ("Tabel 3.4 Realisasi Anggaran Program", None, "Ket: dalam Rp. 000"),
}


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize("place", sorted(_PLACES))
def test_the_scale_stated_anywhere_makes_the_columns_money(
    place: str, markdown: bool
) -> None:
    caption, above, below = _PLACES[place]
    text = _report(caption, above=above, below=below, markdown=markdown)
    report = report_from(text, "test.md" if markdown else "test.txt")
    table = report.tables[0]
    # the caption is still the table's, above a note between it and the table
    assert (table.id, table.note) == ("tabel-3.4", above or below)
    assert [(c.role, c.scale) for c in table.columns[2:]] == [
        (R.ANGGARAN, 3),
        (R.REALISASI_ANGGARAN, 3),
        (R.SISA, 3),
        (R.PERSEN_ANGGARAN, 0),
    ]
    # 36.208,500 thousand rupiah is a figure, not a mistyped 36.208.500
    realisasi = table.value(table.rows[0], table.columns[3])
    assert (realisasi.kind.value, realisasi.number) == ("number", 36208.5)
    # the same figures in thousands and in rupiah: nothing to report
    assert _check(text, markdown) == []


@pytest.mark.parametrize("markdown", [False, True])
def test_without_a_stated_scale_the_figures_are_whole_rupiah(markdown: bool) -> None:
    # nothing says thousands: 36.208,500 is a mistyped rupiah amount, and
    # 38.650 is not 38.650.000. Both copies are confirmed by their own tables,
    # Tabel 3.5's by its JUMLAH, its sisa and its %, Tabel 3.4's by its JUMLAH
    # alone (its sisa is misprinted): Tabel 3.4, the table whose scale is not
    # stated, is the one reported (once, Tabel 3.5 was, by document order)
    text = _report("Tabel 3.4 Realisasi Anggaran Program", markdown=markdown)
    table = report_from(text, "test.md" if markdown else "test.txt").tables[0]
    assert [c.scale for c in table.columns] == [0] * 6
    assert table.note is None
    at = 1 if markdown else 0
    assert _check(text, markdown) == [
        [_COPIES, "tabel-3.4/row:1/col:anggaran", 6 + at, "38.650.000", "38.650"],
        ["number-well-formed", "tabel-3.4/row:1/col:sisa", 6 + at, *_SISA],
        [_COPIES, "tabel-3.4/row:2/col:anggaran", 7 + at, "12.500.000", "12.500"],
        ["number-well-formed", "tabel-3.4/row:3/col:sisa", 8 + at, *_SISA],
    ]


_SISA = ["2.441.500", "2.441,500"]
_COPIES = "figure-same-in-every-table"


def test_a_note_between_two_tables_belongs_to_the_one_below() -> None:
    # "(dalam ribuan rupiah)" just above the second table is not the first's note
    text = "\n".join(
        [
            _TITLE,
            "",
            "Tabel 3.5 Realisasi Anggaran",
            "",
            *_rows([_HEAD, *_RUPIAH], False),
            "",
            "(dalam ribuan rupiah)",
            "",
            *_rows([_HEAD, *_RIBU], False),
        ]
    )
    first, second = report_from(text).tables
    assert (first.note, second.note) == (None, "(dalam ribuan rupiah)")
    assert [c.scale for c in first.columns[2:5]] == [0, 0, 0]
    assert [c.scale for c in second.columns[2:5]] == [3, 3, 3]


# ----------------------------------------------------------------- the findings


_CAPTION = "Tabel 3.4 Realisasi Anggaran Program (dalam ribuan rupiah)"


@pytest.mark.parametrize("markdown", [False, True])
def test_a_copy_in_thousands_is_compared_in_rupiah(markdown: bool) -> None:
    ribu = [list(r) for r in _RIBU]
    ribu[1][2:5] = ["12.000", "12.000", "-"]  # the second program's budget differs
    ribu[2][2:6] = ["50.650", "48.208,500", "2.441,500", "95,18"]
    text = _report(_CAPTION, ribu=ribu, markdown=markdown)
    # one copy each way, each row backed by its JUMLAH, anggaran − sisa (or
    # realisasi + sisa) and its %: as many kinds each side, so the later copy is
    # reported with no expected figure (once, Tabel 3.4's, by document order);
    # the figures are compared in rupiah, or they would not tie
    line = 16 if markdown else 14
    assert _check(text, markdown) == [
        [_COPIES, "tabel-3.5/row:2/col:anggaran", line, None, "12.500.000"],
        [_COPIES, "tabel-3.5/row:2/col:realisasi_anggaran", line, None, "12.500.000"],
    ]


def test_a_sentence_quotes_a_figure_in_thousands_in_rupiah() -> None:
    right = "Realisasi anggaran program penunjang urusan pemerintahan daerah "
    right += "kabupaten/kota sebesar Rp 36.208.500 atau 93,68%."
    # no copy in rupiah to lean on: the sentence reads the table in thousands
    assert _check(_report(_CAPTION, rupiah=None, sentence=right), False) == []
    wrong = right.replace("36.208.500", "36.280.500")
    found = findings_for(_report(_CAPTION, rupiah=None, sentence=wrong))
    assert compact(found) == [
        [
            "text-figure-matches-table",
            "text/paragraph:3/sentence:1",
            10,
            "Rp 36.208.500",
            "Rp 36.280.500",
        ]
    ]
    assert found[0].related[0].ref == "tabel-3.4/row:1/col:realisasi_anggaran"


def test_the_message_gives_the_figure_as_each_table_prints_it() -> None:
    ribu = [list(r) for r in _RIBU]
    ribu[1][2:5] = ["12.000", "12.000", "-"]  # two copies in rupiah say 12.500.000
    ribu[2][2:6] = ["50.650", "48.208,500", "2.441,500", "95,18"]
    found = findings_for(_report(_CAPTION, ribu=ribu, third=True))
    assert compact(found) == [
        [_COPIES, "tabel-3.4/row:2/col:anggaran", 7, "12.500", "12.000"],
        [_COPIES, "tabel-3.5/row:2/col:realisasi_anggaran", 14, None, "12.500.000"],
    ]
    # the realisasi is printed twice, each row backing its own (a tie)
    assert [f.message for f in found] == [
        f"anggaran {_P2[8:]}: tertulis 12.000, sedangkan 2 salinan lain (Tabel 3.5, "
        "Tabel 3.6) menulis 12.500 (tabel ini dalam ribuan rupiah: Rp 12.500.000)",
        f"realisasi anggaran {_P2[8:]}: tertulis 12.500.000, sedangkan 1 salinan "
        "lain (Tabel 3.4) menulis 12.000.000 (Tabel 3.4 dalam ribuan rupiah);"
        " kedua angka berbeda dan tidak ada hal lain dalam laporan yang"
        " menunjukkan mana yang benar",
    ]


def test_a_copy_in_rupiah_witnesses_a_figure_in_thousands() -> None:
    # 38.600 thousand: its row (realisasi + sisa) and two copies in rupiah say
    # 38.650 thousand; one finding, the figure as its table prints it
    ribu = [list(r) for r in _RIBU]
    ribu[0][2] = "38.600"
    found = findings_for(_report(_CAPTION, ribu=ribu, third=True))
    assert compact(found) == [
        [
            "budget-figure-agrees-with-its-restatements",
            "tabel-3.4/row:1/col:anggaran",
            6,
            "38.650",
            "38.600",
        ]
    ]
    assert "salinan angka yang sama di Tabel 3.5" in found[0].message


def test_a_sisa_in_a_header_scaled_column_is_checked_in_its_scale() -> None:
    text = "\n".join(
        [
            _TITLE,
            "",
            "Tabel 3.3 Realisasi Anggaran",
            "",
            "No\tProgram\tAnggaran (Rp ribu)\tRealisasi (Rp ribu)\tSisa (Rp ribu)\t%",
            f"1\t{_P1}\t1.250,500\t1.000,250\t205,250\t79,99",
        ]
    )
    table = report_from(text).tables[0]
    assert [c.role for c in table.columns[2:]] == [
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
        R.PERSEN_ANGGARAN,
    ]
    assert compact(findings_for(text)) == [
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.3/row:1/col:sisa",
            6,
            "250,250",
            "205,250",
        ]
    ]


def _docx(path: Path, note_above: bool) -> None:
    document = Document()
    document.add_paragraph(_TITLE)
    document.add_paragraph("Tabel 3.4 Realisasi Anggaran Program")
    if note_above:
        document.add_paragraph("(dalam ribuan rupiah)")
    for rows in ([_HEAD, *_RIBU], None, [_HEAD, *_RUPIAH]):
        if rows is None:
            document.add_paragraph("Tabel 3.5 Realisasi Anggaran")
            continue
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    document.save(str(path))


@pytest.mark.parametrize("note_above", [True, False])
def test_a_word_document_states_the_scale_in_a_note(
    tmp_path: Path, note_above: bool
) -> None:
    path = tmp_path / "laporan.docx"
    _docx(path, note_above)
    report = load_report(str(path))
    table = report.tables[0]
    assert (table.id, table.note) == (
        "tabel-3.4",
        "(dalam ribuan rupiah)" if note_above else None,
    )
    found = compact(audit_report(report, AuditOptions(strict=True)))
    if note_above:
        assert found == []
    else:
        # read as whole rupiah: the thousands disagree with Tabel 3.5
        # (Tabel 3.5's rows have more kinds of witness: Tabel 3.4 is reported)
        assert [f[:2] for f in found] == [
            [_COPIES, "tabel-3.4/row:1/col:anggaran"],
            ["number-well-formed", "tabel-3.4/row:1/col:sisa"],
            [_COPIES, "tabel-3.4/row:2/col:anggaran"],
            ["number-well-formed", "tabel-3.4/row:3/col:sisa"],
        ]


def _pk(first: str, second: str, total: str) -> str:
    budgets = [
        ["No", "Program", "Anggaran"],
        ["1", _P1, first],
        ["2", _P2, second],
        ["", "JUMLAH", total],
    ]
    head = ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]
    lines = [
        _TITLE,
        "",
        "Tabel 2.3 Anggaran Program Perjanjian Kinerja (dalam ribuan rupiah)",
        "",
        *_rows(budgets, False),
        "",
        "Tabel 3.5 Realisasi Anggaran",
        "",
        *_rows([head, *_RUPIAH], False),
    ]
    return "\n".join(lines) + "\n"


def test_the_perjanjian_kinerja_in_thousands_is_compared_in_rupiah() -> None:
    assert findings_for(_pk("38.650", "12.500", "51.150")) == []
    # the PK's figures are told as the PK prints them, in thousands
    assert compact(findings_for(_pk("38.650", "12.000", "50.650"))) == [
        [
            "pk-budget-matches-report",
            "tabel-2.3/row:2/col:anggaran",
            7,
            "12.500",
            "12.000",
        ],
        [
            "pk-budget-matches-report",
            "tabel-2.3/row:3/col:anggaran",
            8,
            "51.150",
            "50.650",
        ],
    ]


def test_the_note_survives_report_data(tmp_path: Path) -> None:
    from lkjaudit.readers.data import dump, extract

    text = _report(
        "Tabel 3.4 Realisasi Anggaran Program", above="(dalam ribuan rupiah)"
    )
    source = tmp_path / "laporan.txt"
    source.write_text(text, encoding="utf-8")
    data = extract(str(source))
    assert data.tables[0].note == "(dalam ribuan rupiah)"
    saved = tmp_path / "laporan.yaml"
    saved.write_text(dump(data), encoding="utf-8")
    again = load_report(str(saved))
    assert [c.scale for c in again.tables[0].columns[2:5]] == [3, 3, 3]
    assert audit_report(again, AuditOptions(strict=True)) == []


def _xlsx(path: Path, above: str | None, below: str | None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([_TITLE])
    sheet.append([])
    sheet.append(["Tabel 3.4 Realisasi Anggaran Program"])
    if above:
        sheet.append([above])
    for row in [_HEAD, *_RIBU]:
        sheet.append(row)
    if below:
        sheet.append([below])
    sheet.append([])
    sheet.append(["Tabel 3.5 Realisasi Anggaran"])
    head = ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]
    for row in [head, *_RUPIAH]:
        sheet.append(row)
    book.save(str(path))


@pytest.mark.parametrize(
    ("above", "below"),
    [("(dalam ribuan rupiah)", None), (None, "Ket: dalam Rp. 000"), (None, None)],
)
def test_a_workbook_states_the_scale_in_a_note_row(
    tmp_path: Path, above: str | None, below: str | None
) -> None:
    path = tmp_path / "laporan.xlsx"
    _xlsx(path, above, below)
    report = load_report(str(path))
    table = report.tables[0]
    # the note row is neither the table's header nor one of its rows
    assert (table.id, table.note, len(table.rows)) == ("tabel-3.4", above or below, 3)
    found = compact(audit_report(report, AuditOptions(strict=True)))
    if above or below:
        assert found == []
    else:
        # (Tabel 3.5's rows have more kinds of witness: Tabel 3.4 is reported)
        assert [f[:2] for f in found] == [
            [_COPIES, "tabel-3.4/row:1/col:anggaran"],
            ["number-well-formed", "tabel-3.4/row:1/col:sisa"],
            [_COPIES, "tabel-3.4/row:2/col:anggaran"],
            ["number-well-formed", "tabel-3.4/row:3/col:sisa"],
        ]


_EDGE = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Realisasi Anggaran Sub Kegiatan Tahun 2024
(dalam ribuan rupiah)

No\tSub Kegiatan\tAnggaran\tRealisasi\tSisa\tSerapan (%)
1\tPenyediaan Bahan Logistik Kantor\t4.800,000\t4.650,000\t{sisa}\t{persen}
"""


@pytest.mark.parametrize(
    ("sisa", "persen", "expected"),
    [
        ("150,000", "96,88", []),
        # 96,875% exactly rounds up: 4.650,000 is Rp 4.650.000 to the rupiah, no
        # interval that 96,87 could come from
        (
            "150,000",
            "96,87",
            [["persen-anggaran-equals-realisasi-over-anggaran", "96,88", "96,87"]],
        ),
        # a rupiah off, printed to the rupiah in thousands
        (
            "150,001",
            "96,88",
            [["sisa-equals-anggaran-minus-realisasi", "150,000", "150,001"]],
        ),
    ],
)
def test_thousands_printed_to_the_rupiah_are_exact(
    sisa: str, persen: str, expected: list[list[str]]
) -> None:
    found = findings_for(_EDGE.format(sisa=sisa, persen=persen))
    assert [[f[0], *f[3:]] for f in compact(found)] == expected


_SCALED_COPY = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.4 Capaian Kinerja dan Anggaran Program Tahun 2024

No\tProgram\tIndikator Program\tTarget\tRealisasi\tCapaian (%)\tAnggaran (Rp)\tRealisasi Anggaran (Rp)
1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tPersentase pelayanan PATEN sesuai SOP\t95\t96,8\t101,89\t63.700.000\t61.455.000

Tabel 3.5 Analisis Efisiensi per Program Tahun 2024
(dalam ribuan rupiah)

No\tProgram\tPagu\tRealisasi\tSerapan Anggaran (%)
1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t63.070,000\t61.455,000\t96,48
"""


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "salinan angka yang sama di Tabel 3.4 (Tabel 3.4 dalam rupiah)"),
        ("en", "the copy of the same figure in Tabel 3.4 (Tabel 3.4 is in rupiah)"),
    ],
)
def test_a_copy_in_another_scale_is_said_to_be(lang: str, said: str) -> None:
    (finding,) = findings_for(_SCALED_COPY, lang=lang)
    assert (finding.rule_id, finding.expected, finding.actual) == (
        "budget-figure-agrees-with-its-restatements",
        "63.700,000",
        "63.070,000",
    )
    assert said in finding.message
