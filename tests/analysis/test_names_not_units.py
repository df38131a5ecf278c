"""A column of names after the row number is no unit of that number.

A short table of staff per work unit (``No | Unit Kerja | PNS | …``) has a column of
short names right after a column of small numbers: the value+unit pairing of text
exports once read "1 Sekretariat" as one quantity, which shifted every header one
column to the left and gave false sums and row numbers.
"""

from __future__ import annotations

import pytest

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

R = ColumnRole
_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"


def _staff(head: list[str], rows: list[list[str]], md: bool) -> str:
    if md:
        lines = ["| " + " | ".join(c) + " |" for c in [head, *rows]]
        lines.insert(1, "|" + "---|" * len(head))
    else:
        lines = ["\t".join(c) for c in [head, *rows]]
    caption = "Tabel 2.3 Pegawai menurut Status Kepegawaian"
    return "\n".join([_TITLE, "", caption, "", *lines]) + "\n"


_HEAD = ["No", "Unit Kerja", "PNS", "PPPK", "Tenaga Honorer", "Jumlah"]
_ROWS = [
    ["1", "Sekretariat", "9", "4", "1", "14"],
    ["2", "Seksi Pemerintahan", "7", "2", "1", "10"],
    ["", "Jumlah", "16", "6", "2", "24"],
]


@pytest.mark.parametrize("md", [False, True], ids=["tab", "pipe"])
def test_work_units_after_the_row_number_are_names(md: bool) -> None:
    table = report_from(_staff(_HEAD, _ROWS, md)).tables[0]
    assert [(c.cells, c.header, c.role) for c in table.columns] == [
        ((0,), "No", R.NO),
        ((1,), "Unit Kerja", R.URAIAN),
        ((2,), "PNS", R.KATEGORI),
        ((3,), "PPPK", R.KATEGORI),
        ((4,), "Tenaga Honorer", R.KATEGORI),
        ((5,), "Jumlah", R.JUMLAH),
    ]
    assert findings_for(_staff(_HEAD, _ROWS, md)) == []


@pytest.mark.parametrize("md", [False, True], ids=["tab", "pipe"])
def test_a_wrong_row_total_is_found_in_its_own_column(md: bool) -> None:
    rows = [list(r) for r in _ROWS]
    rows[1][5] = "11"  # 7 + 2 + 1 = 10
    rows[2][5] = "25"  # the total row's Jumlah agrees with the wrong row
    found = findings_for(
        _staff(_HEAD, rows, md), select=("row-total-equals-sum-of-categories",)
    )
    # both Jumlah cells or a category of each: a tie, claiming neither figure
    assert compact(found) == [
        [
            "row-total-equals-sum-of-categories",
            "tabel-2.3/row:2/col:jumlah",
            7 + md,
            None,
            "11",
        ],
        [
            "row-total-equals-sum-of-categories",
            "tabel-2.3/row:3/col:jumlah",
            8 + md,
            None,
            "25",
        ],
    ]


@pytest.mark.parametrize(
    "names",
    [
        ["Desa Sumberejo", "Desa Kaliboto"],
        ["Kelurahan Pasirian", "Kelurahan Condro"],
    ],
)
def test_villages_after_a_numbered_no_column_are_names(names: list[str]) -> None:
    head = ["No", "Desa/Kelurahan", "Laki-laki", "Perempuan", "Jumlah"]
    rows = [
        ["1", names[0], "120", "130", "250"],
        ["2", names[1], "80", "95", "175"],
    ]
    table = report_from(_staff(head, rows, md=True)).tables[0]
    assert [c.cells for c in table.columns] == [(0,), (1,), (2,), (3,), (4,)]
    assert table.columns[1].role == R.URAIAN


def test_a_unit_split_from_its_value_is_still_its_unit() -> None:
    """The pairing still reads ``5 | dokumen`` as one figure and its unit."""
    text = "\n".join(
        [
            _TITLE,
            "",
            "Tabel 3.1 Capaian Kinerja",
            "",
            "No\tIndikator\tTarget\t\tRealisasi\t\tCapaian",
            "1\tDokumen perencanaan\t5\tdokumen\t4\tdokumen\t80%",
            "2\tKader terlatih\t10\torang\t8\torang\t80%",
            "3\tLaporan keuangan\t12\tlaporan\t12\tlaporan\t100%",
        ]
    )
    table = report_from(text + "\n").tables[0]
    assert [(c.cells, c.role) for c in table.columns] == [
        ((0,), R.NO),
        ((1,), R.INDIKATOR),
        ((2, 3), R.TARGET),
        ((4, 5), R.REALISASI),
        ((6,), R.CAPAIAN),
    ]
    assert (
        findings_for(text + "\n", select=("capaian-equals-realisasi-over-target",))
        == []
    )
