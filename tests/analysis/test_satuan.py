"""A Satuan column gives its unit to every target and realisation of the row."""

from __future__ import annotations

import pytest

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

R = ColumnRole
_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"
_ROWS = [
    ("1", "Jumlah dokumen perencanaan", "5", "dokumen", "7", "140%"),
    ("2", "Jumlah kader terlatih", "10", "orang", "8", "80%"),
]
# where the Satuan column stands: the order of (target, satuan, realisasi)
_ORDERS = {
    "after-target": (2, 3, 4),
    "first": (3, 2, 4),
    "after-realisasi": (2, 4, 3),
}


def _table(order: str, rows: list[tuple[str, ...]] = _ROWS, md: bool = False) -> str:
    target, satuan, realisasi = _ORDERS[order]
    head = ["No", "Indikator", "", "", "", "Capaian"]
    head[target], head[satuan], head[realisasi] = "Target", "Satuan", "Realisasi"
    body = []
    for no, name, t, unit, r, capaian in rows:
        cells = [no, name, "", "", "", capaian]
        cells[target], cells[satuan], cells[realisasi] = t, unit, r
        body.append(cells)
    if md:
        lines = ["| " + " | ".join(c) + " |" for c in [head, *body]]
        lines.insert(1, "|" + "---|" * len(head))
    else:
        lines = ["\t".join(c) for c in [head, *body]]
    return "\n".join([_TITLE, "", "Tabel 3.2 Capaian Kinerja", "", *lines]) + "\n"


@pytest.mark.parametrize("md", [False, True])
@pytest.mark.parametrize("order", sorted(_ORDERS))
def test_the_unit_goes_to_the_target_and_the_realisation(order: str, md: bool) -> None:
    text = _table(order, md=md)
    table = report_from(text, "test.md" if md else "test.txt").tables[0]
    target, realisasi = table.column(R.TARGET), table.column(R.REALISASI)
    assert target is not None and realisasi is not None
    assert table.column(R.SATUAN) is not None
    assert [
        (table.value(row, target).raw, table.value(row, realisasi).raw)
        for row in table.rows
    ] == [("5 dokumen", "7 dokumen"), ("10 orang", "8 orang")]
    line = 7 if md else 6
    assert compact(findings_for(text, source="test.md" if md else "test.txt")) == [
        [
            "performance-within-target",
            "tabel-3.2/row:1/col:realisasi",
            line,
            "≤ 5 dokumen",
            "7 dokumen",
        ]
    ]


@pytest.mark.parametrize("order", sorted(_ORDERS))
def test_a_realisation_in_another_unit_is_still_caught(order: str) -> None:
    rows = [("1", "Jumlah fasilitasi kegiatan desa", "1", "fasilitasi", "50 %", "50%")]
    assert compact(findings_for(_table(order, rows))) == [
        [
            "target-unit-equals-realisasi-unit",
            "tabel-3.2/row:1/col:realisasi",
            6,
            "fasilitasi",
            "%",
        ]
    ]


def test_two_satuan_columns_each_belong_to_their_value() -> None:
    text = "\n".join(
        [
            _TITLE,
            "",
            "Tabel 3.2 Capaian Kinerja",
            "",
            "No\tIndikator\tTarget\tSatuan\tRealisasi\tSatuan\tCapaian",
            "1\tJumlah dokumen perencanaan\t5\tdokumen\t7\tdokumen\t140%",
            "2\tPersentase desa tertib administrasi\t100\t%\t80\t%\t80%",
        ]
    )
    table = report_from(text).tables[0]
    assert [(c.role, c.cells) for c in table.columns[2:]] == [
        (R.TARGET, (2, 3)),
        (R.REALISASI, (4, 5)),
        (R.CAPAIAN, (6,)),
    ]
    assert compact(findings_for(text)) == [
        [
            "performance-within-target",
            "tabel-3.2/row:1/col:realisasi",
            6,
            "≤ 5 dokumen",
            "7 dokumen",
        ]
    ]


def test_the_realisation_is_compared_across_tables_with_its_unit() -> None:
    # Tabel 3.3 prints the realisation 7 as a percentage; Tabel 3.2's 7 is
    # 7 dokumen by its Satuan column, so the two copies do not agree
    other = "\n".join(
        [
            "",
            "Tabel 3.3 Realisasi Kinerja",
            "",
            "No\tIndikator\tTarget\tRealisasi",
            "1\tJumlah dokumen perencanaan\t5 dokumen\t7 %",
            "2\tJumlah kader terlatih\t10 orang\t8 orang",
        ]
    )
    found = compact(findings_for(_table("after-target") + other))
    assert [f for f in found if f[0] == "figure-same-in-every-table"] == [
        [
            "figure-same-in-every-table",
            "tabel-3.3/row:1/col:realisasi",
            12,
            "7 dokumen",
            "7 %",
        ]
    ]
    same = other.replace("7 %", "7 dokumen")
    assert [
        f
        for f in compact(findings_for(_table("after-target") + same))
        if f[0] == "figure-same-in-every-table"
    ] == []
