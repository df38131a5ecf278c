"""Revenue against its target, and a target's figure beside its unit under one header.

A BLUD's ``Target Pendapatan`` and ``Realisasi Pendapatan`` are rupiah, yet they
measure performance: more is better, the capaian is realisasi / target, and no
budget is overspent when revenue beats its target. Their JUMLAH still adds up.
``Target 2024`` over ``Nilai | Satuan`` holds the target in ``Nilai``.
"""

from __future__ import annotations

import pytest

from lkjaudit.analysis.columns import infer_role
from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

R = ColumnRole

REVENUE = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 3.4 Target dan Realisasi Pendapatan BLUD Tahun 2024

| No | Uraian Pendapatan | Target Pendapatan (Rp) | Realisasi Pendapatan (Rp) | Capaian (%) |
|---|---|---|---|---|
| 1 | Pendapatan Jasa Layanan Rawat Jalan | 18.500.000.000 | 19.236.457.300 | 103,98 |
| 2 | Pendapatan Jasa Layanan Rawat Inap | 41.250.000.000 | 43.018.762.150 | {capaian} |
| 3 | Pendapatan Hasil Kerja Sama | 1.200.000.000 | 1.085.400.000 | 90,45 |
|  | JUMLAH | {target} | 63.340.619.450 | 103,92 |
"""


def _revenue(capaian: str = "104,29", target: str = "60.950.000.000") -> str:
    return REVENUE.format(capaian=capaian, target=target)


@pytest.mark.parametrize(
    ("leaf", "groups", "content", "role"),
    [
        ("Target Pendapatan (Rp)", (), "money", R.TARGET),
        ("Realisasi Pendapatan (Rp)", (), "money", R.REALISASI),
        ("", ("Target Penerimaan Retribusi",), "money", R.TARGET),
        ("", ("Realisasi Pendapatan",), "money", R.REALISASI),
        # spending stays spending
        ("Target Anggaran (Rp)", (), "money", R.ANGGARAN),
        ("Realisasi (Rp)", (), "money", R.REALISASI_ANGGARAN),
        ("", ("Realisasi Anggaran",), "money", R.REALISASI_ANGGARAN),
        # a budget word keeps revenue's budget a budget
        ("Realisasi Anggaran Pendapatan (Rp)", (), "money", R.REALISASI_ANGGARAN),
        ("", ("Target Anggaran Pendapatan",), "money", R.ANGGARAN),
    ],
)
def test_revenue_is_read_as_performance(
    leaf: str, groups: tuple[str, ...], content: str, role: ColumnRole
) -> None:
    assert infer_role(leaf, groups, content) is role


def test_a_revenue_table_holds_target_realisasi_and_capaian() -> None:
    table = report_from(_revenue(), "rsud.md").tables[0]
    assert [c.role for c in table.columns][2:] == [R.TARGET, R.REALISASI, R.CAPAIAN]


def test_a_right_revenue_table_raises_nothing() -> None:
    # revenue above its target is no budget overspent
    assert findings_for(_revenue(), source="rsud.md") == []


def test_a_wrong_revenue_capaian_is_found() -> None:
    found = findings_for(_revenue(capaian="104,92"), source="rsud.md")
    assert compact(found) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.4/row:2/col:capaian", 8]
        + ["104,29", "104,92"]
    ]


def test_a_revenue_total_that_does_not_add_up_is_found() -> None:
    # its capaian computed from the wrong total: the total has the one finding
    found = findings_for(
        _revenue(target="60.850.000.000").replace("103,92", "104,09"),
        source="rsud.md",
    )
    assert compact(found) == [
        ["total-row-equals-column-sum", "tabel-3.4/row:4/col:target", 10]
        + ["60.950.000.000", "60.850.000.000"]
    ]


@pytest.mark.parametrize(
    ("groups", "role"),
    [
        (("Target 2024",), R.TARGET),
        (("Realisasi",), R.REALISASI),
        (("Predikat SAKIP",), R.OTHER),
    ],
)
def test_a_bare_value_leaf_takes_its_groups_role(
    groups: tuple[str, ...], role: ColumnRole
) -> None:
    assert infer_role("Nilai", groups, "num") is role


PK = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 2.1 Perjanjian Kinerja Tahun 2024

<table>
<tr><th rowspan="2">No</th><th rowspan="2">Indikator Kinerja</th><th colspan="2">Target 2024</th></tr>
<tr><th>Nilai</th><th>Satuan</th></tr>
<tr><td>1</td><td>Indeks Kepuasan Masyarakat (IKM)</td><td>{pk}</td><td>nilai</td></tr>
<tr><td>2</td><td>Persentase pemenuhan standar akreditasi rumah sakit</td><td>90</td><td>%</td></tr>
</table>

Tabel 3.1 Pengukuran Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat (IKM) | nilai | 82 | 84,12 | 102,59 |
| 2 | Persentase pemenuhan standar akreditasi rumah sakit | % | 90 | 92,5 | 102,78 |
"""


def test_the_pk_target_beside_its_unit_is_compared_with_its_copies() -> None:
    assert findings_for(PK.format(pk="82"), source="rsud.md") == []
    found = findings_for(PK.format(pk="85"), source="rsud.md")
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-2.1/row:1/col:target", 8]
        + ["82 nilai", "85 nilai"]
    ]


TAXES = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

{caption}

No\t{label}\t{target}\t{realisasi}\tCapaian (%)
1\tPajak Reklame\t2.400.000.000\t2.256.180.500\t94,01
2\tPBJT atas Jasa Perhotelan\t4.200.000.000\t3.987.652.300\t{capaian}
3\tPajak Air Tanah\t1.100.000.000\t1.187.925.000\t107,99
\tJUMLAH\t7.700.000.000\t7.431.757.800\t96,52
"""
_CAPTION = "Tabel 3.3 Target dan Realisasi Pajak Daerah Tahun 2024"


def _taxes(capaian: str = "94,94", **words: str) -> str:
    fields = {
        "caption": _CAPTION,
        "label": "Jenis Pajak Daerah",
        "target": "Target (Rp)",
        "realisasi": "Realisasi (Rp)",
    }
    return TAXES.format(capaian=capaian, **(fields | words))


@pytest.mark.parametrize(
    "words",
    [
        {},  # the caption and the label header name taxes
        {"caption": "Tabel 3.3", "label": "Uraian"},  # the rows' names do
        {"target": "Target Pajak (Rp)", "realisasi": "Realisasi Pajak (Rp)"},
        {"caption": "Tabel 3.3 Realisasi PAD", "label": "Uraian"},
    ],
    ids=["caption", "rows", "header", "pad"],
)
def test_a_bare_target_in_rupiah_of_revenue_is_its_target(
    words: dict[str, str],
) -> None:
    table = report_from(_taxes(**words), "bapenda.txt").tables[0]
    assert [c.role for c in table.columns][2:] == [R.TARGET, R.REALISASI, R.CAPAIAN]
    # revenue above its target (Pajak Air Tanah) is no budget overspent
    assert findings_for(_taxes(**words), source="bapenda.txt") == []
    found = findings_for(_taxes("94,49", **words), source="bapenda.txt")
    assert [f[1:] for f in compact(found)] == [
        ["tabel-3.3/row:2/col:capaian", 7, "94,94", "94,49"]
    ]


def test_a_bare_target_in_rupiah_of_spending_stays_a_budget() -> None:
    # the same figures as kegiatan's budgets: 1.187.925.000 spent of 1.100.000.000
    text = (
        _taxes(caption="Tabel 3.3 Realisasi Kegiatan", label="Kegiatan")
        .replace("Pajak Reklame", "Penyusunan Dokumen Perencanaan")
        .replace("PBJT atas Jasa Perhotelan", "Koordinasi Pelayanan Umum")
        .replace("Pajak Air Tanah", "Pemeliharaan Kendaraan Dinas")
        .replace("94,94", "94,94")
        .replace("BADAN PENDAPATAN DAERAH", "KECAMATAN")
    )
    table = report_from(text, "kecamatan.txt").tables[0]
    assert [c.role for c in table.columns][2:4] == [
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
    ]
    found = findings_for(text, select=("spending-within-budget",), source="k.txt")
    assert [f[1:] for f in compact(found)] == [
        [
            "tabel-3.3/row:3/col:realisasi_anggaran",
            8,
            "≤ 1.100.000.000",
            "1.187.925.000",
        ]
    ]
