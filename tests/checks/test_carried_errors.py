"""A total that carries its rows' errors, and one that does not.

A JUMLAH added up from its rows as printed disagrees with its own row's
arithmetic (sisa = anggaran − realisasi, the running total = its quarters' sum,
Jumlah = its categories) by exactly what a wrong row is off: it must change with
the row, and both are reported, each at the figure the corrected rows give. A
JUMLAH right for its own row (its quarters, its categories) is not "corrected"
to the rows' printed sum, and a parent right for its corrected children is not
reported.
"""

from __future__ import annotations

from conftest import compact, findings_for

_QUARTERS = """\
# LAPORAN KINERJA TRIWULAN III DINAS CONTOH TAHUN 2024

**Tabel 3.2 Realisasi Anggaran per Triwulan Tahun 2024**

| No | Program | Pagu (Rp) | Realisasi (Rp) | | | | % | Sisa (Rp) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | | TW I | TW II | TW III | s.d. TW III | | |{formula}
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 200.000.000 | 40.000.000 \
| 50.000.000 | 60.000.000 | 150.000.000 | 75,00 | 50.000.000 |
| 2 | Program Peningkatan Ketahanan Pangan | 100.000.000 | 20.000.000 \
| 25.000.000 | 30.000.000 | 75.000.000 | 75,00 | 25.000.000 |
| 3 | Program Penanganan Kerawanan Pangan | 50.000.000 | 10.000.000 \
| 10.000.000 | 10.000.000 | 35.000.000 | 70,00 | 15.000.000 |
| | JUMLAH | 350.000.000 | 70.000.000 | 85.000.000 | 100.000.000 \
| {total} | {percent} | {sisa} |
{copy}"""

# row 3's quarters add up to 30.000.000; its s.d. TW III prints 35.000.000, and
# its % (70,00) and sisa (15.000.000) were worked out from that wrong figure
_COPY = """
**Tabel 3.3 Efisiensi Penggunaan Anggaran**

| No | Program | Pagu (Rp) | Realisasi (Rp) |
|---|---|---:|---:|
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 200.000.000 | 150.000.000 |
| 2 | Program Peningkatan Ketahanan Pangan | 100.000.000 | 75.000.000 |
| 3 | Program Penanganan Kerawanan Pangan | 50.000.000 | 30.000.000 |
"""

ROW_3 = [
    "realisasi-kumulatif-equals-sum-of-triwulan",
    "tabel-3.2/row:3/col:realisasi_anggaran",
    10,
    "30.000.000",
    "35.000.000",
]


def _budget(
    total: str = "255.000.000",
    percent: str = "72,86",
    sisa: str = "90.000.000",
    *,
    formula: bool = False,
    copy: bool = False,
) -> str:
    row = "\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 = 4+5+6 | 8 | 9 |" if formula else ""
    return _QUARTERS.format(
        total=total,
        percent=percent,
        sisa=sisa,
        formula=row,
        copy=_COPY if copy else "",
    )


ROW_3_PERCENT = [
    "persen-anggaran-equals-realisasi-over-anggaran",
    "tabel-3.2/row:3/col:persen_anggaran",
    10,
    "60,00",
    "70,00",
]
ROW_3_SISA = ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:3/col:sisa", 10]
JUMLAH_SISA = [
    "sisa-equals-anggaran-minus-realisasi",
    "tabel-3.2/row:4/col:sisa",
    11,
    "95.000.000",
    "90.000.000",
]


def test_every_cell_a_wrong_running_total_leads_astray_is_reported_once() -> None:
    # row 3's quarters (30.000.000) and the JUMLAH less the other rows (255 − 225
    # million) both say 30.000.000: its % and sisa, worked out from 35.000.000,
    # are wrong too, and so is the JUMLAH sisa that adds up the printed rows
    # (90.000.000, where its own row gives 350 − 255 = 95 million). The JUMLAH's
    # s.d. TW III and %, right for its quarters, are not "corrected" to the rows'
    # printed 260.000.000 (they were)
    assert compact(findings_for(_budget(), source="t.md")) == [
        ROW_3_PERCENT,
        ROW_3,
        [*ROW_3_SISA, "20.000.000", "15.000.000"],
        JUMLAH_SISA,
    ]


def test_under_a_stated_quarters_sum_it_is_the_same_cells() -> None:
    def shifted(found: list[object]) -> list[object]:
        return [*found[:2], found[2] + 1, *found[3:]]  # type: ignore[operator]

    assert compact(findings_for(_budget(formula=True), source="t.md")) == [
        shifted(ROW_3_PERCENT),
        ["stated-formula-holds", ROW_3[1], 11, *ROW_3[3:]],
        shifted([*ROW_3_SISA, "20.000.000", "15.000.000"]),
        shifted(JUMLAH_SISA),
    ]


def test_a_jumlah_that_adds_up_the_printed_rows_is_off_its_own_quarters() -> None:
    # the JUMLAH adds up each column as printed: 260.000.000, 74,29 and
    # 90.000.000; its s.d. TW III is not its own quarters' sum (255.000.000), and
    # must change with row 3's: both are reported. Its % and sisa follow from its
    # printed s.d. TW III, whose finding covers them
    text = _budget("260.000.000", "74,29", "90.000.000")
    assert compact(findings_for(text, source="t.md")) == [
        ROW_3,
        [ROW_3[0], "tabel-3.2/row:4/col:realisasi_anggaran", 11]
        + ["255.000.000", "260.000.000"],
    ]


def test_with_a_copy_the_same_cells_are_reported() -> None:
    # the efficiency table's copy (30.000.000) is one more witness of row 3
    found = compact(findings_for(_budget(copy=True), source="t.md"))
    assert found == [
        ROW_3_PERCENT,
        ROW_3,
        [*ROW_3_SISA, "20.000.000", "15.000.000"],
        JUMLAH_SISA,
    ]


def test_a_jumlah_sisa_neither_sum_explains_is_still_reported() -> None:
    # 91.000.000 is neither the rows' printed sisa (90.000.000) nor the rows'
    # corrected sisa (95.000.000)
    found = compact(findings_for(_budget(sisa="91.000.000"), source="t.md"))
    assert ROW_3 in found
    assert [f for f in found if f[1] == "tabel-3.2/row:4/col:sisa"] == [
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.2/row:4/col:sisa",
            11,
            "95.000.000",
            "91.000.000",
        ]
    ]


_STAFF = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

**Tabel 3.5 Jumlah Pegawai menurut Golongan**

| No | Golongan | PNS | PPPK | Jumlah |
|---|---|---:|---:|---:|
| 1 | Golongan IV | 3 | - | 3 |
| 2 | Golongan III | 8 | 2 | {row} |
| 3 | Golongan II | 4 | 3 | 7 |
| | JUMLAH | 15 | 5 | {total} |
"""

ROW_2 = ["row-total-equals-sum-of-categories", "tabel-3.5/row:2/col:jumlah", 8]


def test_a_jumlah_adding_up_a_wrong_row_total_is_wrong_too() -> None:
    # Golongan III: 8 + 2 = 10, printed 11; the JUMLAH's 21 adds up the printed
    # Jumlah column (3 + 11 + 7), but its own categories make 15 + 5 = 20: both
    # Jumlah cells are off, or a category of each (PNS 7 and 14 fit as well);
    # both are reported, claiming neither figure
    text = _STAFF.format(row="11", total="21")
    assert compact(findings_for(text, source="t.md")) == [
        [*ROW_2, None, "11"],
        ["row-total-equals-sum-of-categories", "tabel-3.5/row:4/col:jumlah", 10]
        + [None, "21"],
    ]


def test_a_jumlah_its_rows_do_not_explain_is_still_reported() -> None:
    # 22 is neither the printed rows' 21 nor the categories' 20
    # and is expected with the wrong row counted at its categories' sum, as the
    # JUMLAH's own categories put it (it was expected at the printed rows' 21
    # by the column sum, beside the categories' 20: two findings on one cell)
    text = _STAFF.format(row="11", total="22")
    found = findings_for(text, source="t.md")
    assert compact(found) == [
        [*ROW_2, "10", "11"],
        ["total-row-equals-column-sum", "tabel-3.5/row:4/col:jumlah", 10, "20", "22"],
    ]
    assert found[1].evidence["also"] == "row-total-equals-sum-of-categories"
    assert found[1].message == (
        "Baris jumlah, kolom Jumlah: tertulis 22, seharusnya 20 (jumlah 3 baris;"
        " 11 dihitung 10 menurut jumlah kategori pada baris yang sama)"
    )
    # and with every row right, a JUMLAH off its categories is reported
    right = _STAFF.format(row="10", total="21")
    assert compact(findings_for(right, source="t.md")) == [
        ["total-row-equals-column-sum", "tabel-3.5/row:4/col:jumlah", 10, "20", "21"]
    ]


def test_a_parent_sisa_right_for_its_corrected_children_is_not_reported() -> None:
    # the Sidomulyo probe with one sub kegiatan's sisa and % worked out from its
    # wrong s.d. TW III (32.040.000; its quarters and its parent say 32.400.000):
    # the sub kegiatan's three figures are reported; its kegiatan's sisa
    # 31.795.000, right once the child's sisa is 42.300.000 − 32.400.000, is not
    # (it was, expected at the children's printed 32.155.000)
    from test_probe_sidomulyo import PROBE

    text = PROBE.read_text(encoding="utf-8").replace(
        "| 32.040.000 | 76,60 | 9.900.000 |", "| 32.040.000 | 75,74 | 10.260.000 |"
    )
    found = compact(findings_for(text, source="t.md"))
    assert [f for f in found if f[1].startswith("tabel-3.2/row:") and f[2] < 52] == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.2/row:6/col:persen_anggaran",
            49,
            "76,60",
            "75,74",
        ],
        [
            "realisasi-kumulatif-equals-sum-of-triwulan",
            "tabel-3.2/row:6/col:realisasi_anggaran",
            49,
            "32.400.000",
            "32.040.000",
        ],
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.2/row:6/col:sisa",
            49,
            "9.900.000",
            "10.260.000",
        ],
    ]
    # a kegiatan sisa wrong on its own is still reported, expected with the
    # child's sisa at its corrected figure
    wrong = text.replace("| 74,78 | 31.795.000 |", "| 74,78 | 31.759.000 |")
    found = compact(findings_for(wrong, source="t.md"))
    assert [f for f in found if f[1] == "tabel-3.2/row:4/col:sisa"] == [
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:4/col:sisa", 47]
        + ["31.795.000", "31.759.000"]
    ]
