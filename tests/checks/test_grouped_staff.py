"""Staff tables under a two-level header, and shares judged from corrected counts.

``PNS | | PPPK | | Jumlah`` over ``L | P | L | P |``: the second row names the
columns the group labels span, in every format (Markdown, tab-separated text,
DOCX and XLSX with merged cells); the Jumlah adds up the four leaf categories,
never a group's own subtotal (``PNS › Jml``). A share beside a Jumlah its
categories correct is judged from the corrected count.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.report import ColumnRole
from lkjaudit.readers import load_report

from conftest import compact, findings_for, report_from

ROW_SUM = "row-total-equals-sum-of-categories"
SHARE = "share-equals-part-over-total"
SUMS = ("tag:sum", "tag:category-count")

_ROWS = [
    ["1", "S2", "1", "0", "0", "0", "1"],
    ["2", "S1", "3", "2", "1", "1", "{s1}"],
    ["3", "SMA", "2", "1", "1", "0", "4"],
    ["", "Jumlah", "6", "3", "2", "1", "12"],
]
_TOP = ["No", "Pendidikan", "PNS", "", "PPPK", "", "Jumlah"]
_SUB = ["", "", "L", "P", "L", "P", ""]
_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"
_CAPTION = "Tabel 3.5 Jumlah Pegawai Berdasarkan Pendidikan"


def _rows(s1: str) -> list[list[str]]:
    return [[c.format(s1=s1) for c in row] for row in _ROWS]


def _markdown(s1: str) -> str:
    lines = [f"| {' | '.join(r)} |" for r in (_TOP, _SUB, *_rows(s1))]
    rule = "|" + " --- |" * len(_TOP)
    return "\n".join([f"# {_TITLE}", "", _CAPTION, "", lines[0], rule, *lines[1:]])


def _tabbed(s1: str) -> str:
    lines = ["\t".join(r) for r in (_TOP, _SUB, *_rows(s1))]
    return "\n".join([_TITLE, "", _CAPTION, "", *lines]) + "\n"


def _docx(s1: str, path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(_TITLE)
    document.add_paragraph(_CAPTION)
    grid = [_TOP, _SUB, *_rows(s1)]
    table = document.add_table(rows=len(grid), cols=len(_TOP))
    for i, row in enumerate(grid):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 4).merge(table.cell(0, 5))
    for j in (0, 1, 6):
        table.cell(0, j).merge(table.cell(1, j))
    document.save(str(path))


def _xlsx(s1: str, path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([_CAPTION])
    for row in (_TOP, _SUB, *_rows(s1)):
        sheet.append([int(c) if c.isdigit() else (c or None) for c in row])
    sheet.merge_cells("C2:D2")
    sheet.merge_cells("E2:F2")
    for col in "ABG":
        sheet.merge_cells(f"{col}2:{col}3")
    book.save(str(path))


def _write(fmt: str, s1: str, tmp_path: Path) -> str:
    path = tmp_path / f"staff.{fmt}"
    if fmt == "md":
        path.write_text(_markdown(s1), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(_tabbed(s1), encoding="utf-8")
    elif fmt == "docx":
        _docx(s1, path)
    else:
        _xlsx(s1, path)
    return str(path)


FORMATS = ("md", "txt", "docx", "xlsx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_second_header_row_names_the_grouped_columns(
    fmt: str, tmp_path: Path
) -> None:
    report = load_report(_write(fmt, "7", tmp_path))
    (table,) = report.tables
    assert [(c.group, c.header, c.role) for c in table.columns[2:]] == [
        ("PNS", "L", ColumnRole.KATEGORI),
        ("PNS", "P", ColumnRole.KATEGORI),
        ("PPPK", "L", ColumnRole.KATEGORI),
        ("PPPK", "P", ColumnRole.KATEGORI),
        ("", "Jumlah", ColumnRole.JUMLAH),
    ]
    assert [r.cells[1].text for r in table.rows] == ["S2", "S1", "SMA", "Jumlah"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_right_table_passes_and_one_wrong_jumlah_is_found(
    fmt: str, tmp_path: Path
) -> None:
    def found(s1: str, where: str) -> list[list[object]]:
        report = load_report(_write(fmt, s1, tmp_path / where))
        return [
            [f.rule_id, f.location.ref, f.expected, f.actual]
            for f in audit_report(report, AuditOptions(strict=True))
        ]

    (tmp_path / "right").mkdir()
    (tmp_path / "wrong").mkdir()
    assert found("7", "right") == []
    assert found("8", "wrong") == [[ROW_SUM, "tabel-3.5/row:2/col:jumlah", "7", "8"]]


def test_the_message_names_each_category_with_its_group() -> None:
    (finding,) = findings_for(_markdown("8"), source="a.md", select=(ROW_SUM,))
    assert finding.message == (
        "Jumlah 8, seharusnya 7 (PNS › L 3 + PNS › P 2 + PPPK › L 1 + PPPK › P 1)"
    )


_SUBTOTALS = """# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Jumlah Pegawai Berdasarkan Pendidikan

| No | Pendidikan | PNS | | | PPPK | | | Jumlah |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| | | L | P | Jml | L | P | Jml | |
| 1 | S2 | 1 | 0 | 1 | 0 | 0 | 0 | 1 |
| 2 | S1 | {l} | 2 | {pns} | 1 | 1 | 2 | {jumlah} |
| 3 | SMA | 2 | 1 | 3 | 1 | 0 | 1 | 4 |
| | Jumlah | 6 | 3 | 9 | 2 | 1 | 3 | 12 |
"""


def _subtotals(l: str = "3", pns: str = "5", jumlah: str = "7") -> str:  # noqa: E741
    return _SUBTOTALS.format(l=l, pns=pns, jumlah=jumlah)


def test_a_groups_subtotal_is_not_counted_in_the_jumlah() -> None:
    assert compact(findings_for(_subtotals(), source="a.md")) == []
    # the row's Jumlah: 3 + 2 + 1 + 1, not 3 + 2 + 5 + 1 + 1 + 2
    assert compact(findings_for(_subtotals(jumlah="8"), source="a.md")) == [
        [ROW_SUM, "tabel-3.5/row:2/col:jumlah", 9, "7", "8"]
    ]


def test_a_wrong_subtotal_is_judged_against_its_own_group() -> None:
    (finding,) = findings_for(_subtotals(pns="6"), source="a.md", lang="en")
    assert compact([finding]) == [
        [ROW_SUM, "tabel-3.5/row:2/col:subjumlah", 9, "5", "6"]
    ]
    assert finding.message == "Total 6; expected 5 (L 3 + P 2)"


def test_one_wrong_leaf_under_subtotals_is_the_crossed_cell() -> None:
    # S1 × PNS › L printed 4: its row's Jumlah and its column's JUMLAH both say 3
    found = findings_for(_subtotals(l="4"), source="a.md", select=SUMS, lang="en")
    assert compact(found) == [
        [
            "category-count-agrees-with-both-totals",
            "tabel-3.5/row:2/col:kategori",
            9,
            "3",
            "4",
        ]
    ]
    assert found[0].message.startswith("S1, column PNS › L: printed 4; expected 3")


def test_a_group_label_over_every_category_keeps_its_jumlah_the_rows() -> None:
    text = """LAPORAN KINERJA KECAMATAN

Tabel 3.5 Jumlah Pegawai berdasarkan Tingkat Pendidikan

No.\tPendidikan\tStatus Kepegawaian\t\t
\t\tPNS\tTKB\tJumlah
1\tSD\t1\t1\t2
2\tS1\t4\t4\t{s1}
J U M L A H\t\t5\t5\t10
"""
    (table,) = report_from(text.format(s1="8")).tables
    assert [(c.group, c.role) for c in table.columns[2:]] == [
        ("Status Kepegawaian", ColumnRole.KATEGORI),
        ("Status Kepegawaian", ColumnRole.KATEGORI),
        ("Status Kepegawaian", ColumnRole.JUMLAH),
    ]
    assert compact(findings_for(text.format(s1="8"))) == []
    assert compact(findings_for(text.format(s1="9"))) == [
        [ROW_SUM, "tabel-3.5/row:2/col:jumlah", 8, "8", "9"]
    ]


_SHARES = """# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Jumlah Pegawai Berdasarkan Pendidikan

| No | Pendidikan | PNS | PPPK | Jumlah | Persentase |
| --- | --- | --- | --- | --- | --- |
| 1 | S2 | 2 | 0 | 2 | {s2} |
| 2 | S1 | 6 | 4 | {s1} | {share} |
| 3 | SMA | 5 | 3 | 8 | {sma} |
| | Jumlah | 13 | 7 | {total} | 100,00% |
"""


def _shares(
    s1: str = "10",
    share: str = "50,00%",
    total: str = "20",
    s2: str = "10,00%",
    sma: str = "40,00%",
) -> str:
    return _SHARES.format(s1=s1, share=share, total=total, s2=s2, sma=sma)


def test_a_share_from_the_corrected_count_is_right() -> None:
    assert compact(findings_for(_shares(), source="a.md")) == []
    # Jumlah 11 for 6 + 4: the share 50% is 10 of 20, right
    assert compact(findings_for(_shares(s1="11"), source="a.md")) == [
        [ROW_SUM, "tabel-3.5/row:2/col:jumlah", 8, "10", "11"]
    ]


def test_a_share_from_the_wrong_count_is_the_one_reported() -> None:
    found = findings_for(_shares(s1="11", share="55,00%"), source="a.md", lang="en")
    # not the JUMLAH's 100%: it is right once the row's share is
    assert compact(found) == [
        [ROW_SUM, "tabel-3.5/row:2/col:jumlah", 8, "10", "11"],
        [SHARE, "tabel-3.5/row:2/col:persen_total", 8, "50,00%", "55,00%"],
    ]
    assert found[1].message == (
        "Share 55,00%; expected 50,00% (10 of the total 20; 11 counted as 10 as "
        "the sum of the categories on the same row gives)"
    )


def test_a_total_carrying_the_wrong_count_is_corrected_with_its_shares() -> None:
    # JUMLAH 21 adds up the wrong 11; its categories (13 + 7) and its rows, the
    # 11 at 10, both give 20; the shares were worked out from 20 and stand
    found = findings_for(_shares(s1="11", total="21"), source="a.md")
    assert compact(found) == [
        [ROW_SUM, "tabel-3.5/row:2/col:jumlah", 8, "10", "11"],
        [ROW_SUM, "tabel-3.5/row:4/col:jumlah", 10, "20", "21"],
    ]
    # ... worked out from the printed 21 instead, the shares back the printed
    # Jumlah cells: S1's Jumlah and the JUMLAH's are off, or a category of each
    # (a tie), and no share is told a figure over 20
    found = findings_for(
        _shares(s1="11", total="21", s2="9,52%", share="52,38%", sma="38,10%"),
        source="a.md",
        lang="en",
    )
    assert compact(found) == [
        [ROW_SUM, "tabel-3.5/row:2/col:jumlah", 8, None, "11"],
        [ROW_SUM, "tabel-3.5/row:4/col:jumlah", 10, None, "21"],
    ]
    assert {f.confidence.value for f in found} == {"low"}


TEXT = ("text-count-*", "text-figure-*")
COUNT = "text-count-matches-table"


def _said(sentence: str) -> str:
    return f"{_subtotals()}\n{sentence}\n"


def test_a_sentence_naming_a_group_quotes_its_own_total() -> None:
    sentence = "Jumlah pegawai sebanyak 12 orang, terdiri atas {n} orang PNS."
    assert compact(findings_for(_said(sentence.format(n=9)), select=TEXT)) == []
    found = findings_for(_said(sentence.format(n=10)), select=TEXT, lang="en")
    assert compact(found) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "9 orang", "10 orang"]
    ]
    assert "column PNS › Jml" in found[0].message


def test_a_groups_count_in_a_row_and_its_share_of_the_rows_jumlah() -> None:
    sentence = (
        "Pegawai S1 sebanyak 7 orang, terdiri atas 5 orang PNS ({p}) dan {n} orang "
        "PPPK."
    )
    said = _said(sentence.format(p="71,43%", n=2))
    assert compact(findings_for(said, select=TEXT)) == []
    said = _said(sentence.format(p="70,00%", n=1))
    assert compact(findings_for(said, select=TEXT)) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "71,43%", "70,00%"],
        [COUNT, "text/paragraph:3/sentence:1", 13, "2 orang", "1 orang"],
    ]


# the same staff with no group total: PNS and PPPK are each only L and P
_NO_SUBTOTALS = """# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Jumlah Pegawai Berdasarkan Pendidikan

| No | Pendidikan | PNS | | PPPK | | Jumlah |
| --- | --- | --- | --- | --- | --- | --- |
| | | L | P | L | P | |
| 1 | S2 | 1 | 0 | 0 | 0 | 1 |
| 2 | S1 | 3 | {s1_p} | 1 | 1 | 7 |
| 3 | SMA | 2 | 1 | 1 | 0 | 4 |
| | Jumlah | 6 | 3 | 2 | 1 | 12 |

{sentence}
"""


def _unsummed(sentence: str, s1_p: str = "2") -> str:
    return _NO_SUBTOTALS.format(sentence=sentence, s1_p=s1_p)


def test_a_group_with_no_total_column_is_quoted_as_its_columns_sum() -> None:
    sentence = "Jumlah pegawai sebanyak 12 orang, terdiri atas {n} orang PNS."
    # PNS › L 6 + PNS › P 3 on the JUMLAH row
    said = _unsummed(sentence.format(n=9))
    assert compact(findings_for(said, source="a.md", select=TEXT)) == []
    said = _unsummed(sentence.format(n=10))
    found = findings_for(said, source="a.md", select=TEXT, lang="en")
    assert compact(found) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "9 orang", "10 orang"]
    ]
    assert found[0].message == (
        "The text says 10 orang, but Tabel 3.5 total row, the PNS columns (Jumlah) "
        "gives 9 orang (PNS › L + PNS › P; the table has no PNS total column)"
    )
    assert [r.ref for r in found[0].related] == [
        "tabel-3.5/row:4/col:kategori",
        "tabel-3.5/row:4/col:kategori_2",
    ]


def test_a_groups_count_in_a_row_with_no_total_column() -> None:
    sentence = "Pegawai S1 sebanyak 7 orang, terdiri atas {pns} orang PNS ({p}) dan {n} orang PPPK."
    said = _unsummed(sentence.format(pns=5, p="71,43%", n=2))
    assert compact(findings_for(said, source="a.md", select=TEXT)) == []
    said = _unsummed(sentence.format(pns=6, p="71,43%", n=1))
    assert compact(findings_for(said, source="a.md", select=TEXT)) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "5 orang", "6 orang"],
        [COUNT, "text/paragraph:3/sentence:1", 13, "2 orang", "1 orang"],
    ]
    # the share is the group's 5 of the row's 7
    said = _unsummed(sentence.format(pns=5, p="70,00%", n=2))
    assert compact(findings_for(said, source="a.md", select=TEXT)) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "71,43%", "70,00%"],
    ]


def test_a_group_whose_columns_hold_text_is_not_summed() -> None:
    # S1 × PNS › P holds text: the PNS columns of S1 have no exact sum to hold
    # "8 orang PNS" to, and the figure is only looked for, as before
    said = _unsummed(
        "Pegawai S1 sebanyak 7 orang, terdiri atas 8 orang PNS.", s1_p="dua"
    )
    assert compact(findings_for(said, source="a.md", select=TEXT)) == [
        ["text-figure-found-in-tables", "text/paragraph:3/sentence:1", 13]
        + [None, "8 orang"]
    ]
    # with a figure there, the same sentence is held to the sum (3 + 2)
    said = _unsummed("Pegawai S1 sebanyak 7 orang, terdiri atas 8 orang PNS.")
    assert compact(findings_for(said, source="a.md", select=TEXT)) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "5 orang", "8 orang"]
    ]


# staff by education level or rank: the levels are the categories
_EDUCATION = """Tabel 1.1
Komposisi Pegawai menurut Golongan dan Tingkat Pendidikan

No\tGolongan\t{top}Jumlah
{sub}1\tGolongan III\t6\t21\t5\t32
2\tGolongan II\t28\t-\t-\t28
3\tNon ASN\t{cell}\t5\t-\t{total}
\tJUMLAH\t72\t26\t5\t{sum}
"""
_ONE_ROW = {"top": "SMA/SMK\tS1\tS2\t", "sub": ""}
_TWO_ROWS = {"top": "Tingkat Pendidikan\t\t\t", "sub": "\t\tSMA/SMK\tS1\tS2\t\n"}


def _education(header: dict[str, str], cell: str, total: str, sum_: str) -> str:
    return _EDUCATION.format(**header, cell=cell, total=total, sum=sum_)


@pytest.mark.parametrize("header", [_ONE_ROW, _TWO_ROWS], ids=["one", "two"])
def test_education_levels_are_categories(header: dict[str, str]) -> None:
    line = 7 if header is _ONE_ROW else 8
    (table,) = report_from(_education(header, "38", "43", "103")).tables
    roles = [c.role for c in table.columns]
    assert roles.count(ColumnRole.KATEGORI) == 3
    assert findings_for(_education(header, "38", "43", "103"), select=SUMS) == []
    # a wrong row total is the row's, not the JUMLAH's (which is right)
    found = findings_for(_education(header, "38", "44", "103"), select=SUMS)
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [ROW_SUM, "tabel-1.1/row:3/col:jumlah", "43", "44"]
    ]
    assert found[0].location.line == line
    # a cell both its row's total and its column's total contradict
    found = findings_for(_education(header, "39", "43", "103"), select=SUMS)
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [
            "category-count-agrees-with-both-totals",
            "tabel-1.1/row:3/col:kategori",
            "38",
            "39",
        ]
    ]


@pytest.mark.parametrize(
    "header",
    ["Golongan I\tGolongan II\tGolongan III", "Gol. II\tGol. III\tGol. IV/a"],
)
def test_ranks_are_categories(header: str) -> None:
    text = (
        "Tabel 2.3 Pegawai menurut Golongan\n\n"
        f"No\tBidang\t{header}\tJumlah\n"
        "1\tSekretariat\t2\t5\t3\t10\n"
        "2\tBidang Ketertiban\t1\t7\t2\t11\n"
    )
    (table,) = report_from(text).tables
    roles = [c.role for c in table.columns]
    assert roles.count(ColumnRole.KATEGORI) == 3


@pytest.mark.parametrize(
    ("s2", "expected"),
    [
        ("5", []),
        ("6", [["text-count-matches-table", 1, "5 orang", "6 orang"]]),
    ],
)
def test_a_count_by_education_level_is_its_columns_total(
    s2: str, expected: list[list[object]]
) -> None:
    sentence = (
        "Berdasarkan tingkat pendidikan, pegawai berpendidikan S1 sebanyak 26 orang "
        f"(25,24%) dan S2 sebanyak {s2} orang.\n\n"
    )
    text = sentence + _education(_ONE_ROW, "38", "43", "103")
    found = findings_for(text, select=("text-*",))
    assert [[f[0], *f[2:]] for f in compact(found)] == expected


def test_a_total_names_a_leaf_by_its_group_when_the_leaf_is_shared() -> None:
    # L and P under PNS and under PPPK: "PPPK › P", not the ambiguous "P"
    text = _tabbed("8").replace("\t6\t3\t2\t1\t12", "\t6\t3\t2\t2\t12")
    (finding,) = findings_for(text, select=("total-row-equals-column-sum",))
    assert finding.message == (
        "Baris jumlah, kolom PPPK › P: tertulis 2, seharusnya 1 (jumlah 3 baris)"
    )


_PAYERS = """Laporan Kinerja RSUD Tahun 2024

Tabel 3.3 Jumlah Kunjungan Pasien Menurut Cara Pembayaran Tahun 2024

No\tJenis Pelayanan\tBPJS\tUmum\tJaminan Lainnya\tJumlah
1\tRawat Jalan\t98.412\t14.236\t2.105\t114.753
2\tRawat Inap\t11.384\t1.427\t318\t13.129
3\tInstalasi Gawat Darurat\t19.762\t{igd}\t512\t23.515
\tJUMLAH\t129.558\t{umum}\t2.935\t151.397
"""


@pytest.mark.parametrize(
    ("igd", "umum", "expected"),
    [
        ("3.241", "18.904", []),
        # the IGD's Umum: its row (23.515 − 19.762 − 512) and its column
        # (18.904 − 14.236 − 1.427) both give 3.241
        (
            "3.214",
            "18.904",
            [["category-count-agrees-with-both-totals", "3.241", "3.214"]],
        ),
        # a JUMLAH its rows do not add up to
        ("3.241", "18.094", [["total-row-equals-column-sum", "18.904", "18.094"]]),
    ],
)
def test_columns_the_jumlah_adds_up_are_categories(
    igd: str, umum: str, expected: list[list[str]]
) -> None:
    text = _PAYERS.format(igd=igd, umum=umum)
    (table,) = report_from(text).tables
    assert [c.role for c in table.columns].count(ColumnRole.KATEGORI) == 3
    found = findings_for(text, select=SUMS)
    assert [[f[0], *f[3:]] for f in compact(found)] == expected


def test_columns_the_jumlah_does_not_add_up_are_no_categories() -> None:
    # a target and a realisasi no word names, beside a Jumlah of something else
    text = (
        _PAYERS.format(igd="3.241", umum="18.904")
        .replace("\t2.105\t114.753", "\t2.105\t1")
        .replace("\t318\t13.129", "\t318\t2")
        .replace("\t512\t23.515", "\t512\t3")
    )
    (table,) = report_from(text).tables
    assert ColumnRole.KATEGORI not in [c.role for c in table.columns]


_TEMUAN = """LAPORAN KINERJA INSPEKTORAT TAHUN 2024

Tabel 3.3 Rekapitulasi Temuan Hasil Pengawasan Menurut Kategori Tahun 2024

No\tJenis Pengawasan\tAdministrasi\tKerugian Daerah\tKetidakpatuhan\tJumlah Temuan\tTemuan Berulang
1\tPemeriksaan Reguler Perangkat Daerah\t38\t{cell}\t21\t71\t4
2\tPengawasan Pengelolaan Dana Desa\t46\t17\t25\t88\t3
3\tPemeriksaan Dengan Tujuan Tertentu\t3\t5\t2\t10\t1
\tJUMLAH\t87\t34\t48\t169\t8
"""


def test_the_columns_before_the_jumlah_are_its_categories() -> None:
    # "Temuan Berulang" after the Jumlah is no part of it
    (table,) = report_from(_TEMUAN.format(cell="12")).tables
    roles = [c.role for c in table.columns]
    assert roles[2:] == [ColumnRole.KATEGORI] * 3 + [
        ColumnRole.JUMLAH,
        ColumnRole.OTHER,
    ]
    assert findings_for(_TEMUAN.format(cell="12"), select=SUMS) == []
    found = findings_for(_TEMUAN.format(cell="21"), select=SUMS)
    assert [[f[0], *f[3:]] for f in compact(found)] == [
        ["category-count-agrees-with-both-totals", "12", "21"]
    ]


_SELESAI = """LAPORAN KINERJA INSPEKTORAT TAHUN 2024

Tabel 3.4 Status Tindak Lanjut Rekomendasi Hasil Pengawasan

No\tUraian\tJumlah Rekomendasi\tSelesai\tDalam Proses\tBelum Ditindaklanjuti\tPersentase Selesai (%)
1\tRekomendasi hasil pengawasan tahun 2023\t168\t142\t17\t9\t84,52
2\tRekomendasi hasil pengawasan tahun 2024\t187\t141\t31\t15\t75,40
\tJUMLAH\t355\t283\t48\t24\t79,72
"""


def test_a_percentage_whose_jumlah_is_not_100_is_no_share_of_the_total() -> None:
    # selesai / jumlah on each row: 142 / 168 = 84,52, and 283 / 355 = 79,72
    (table,) = report_from(_SELESAI).tables
    assert ColumnRole.PERSEN_TOTAL not in [c.role for c in table.columns]
    assert findings_for(_SELESAI) == []
