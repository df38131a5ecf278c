"""A figure with a dot misplaced (7.10.5 for 7.105, 1.25.000 for 125.000)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.model.values import dotted_repair

from conftest import compact, findings_for


@pytest.mark.parametrize(
    ("raw", "decimals", "repair"),
    [
        ("7.10.5", 0, Decimal("7105")),
        ("1.25.000", 0, Decimal("125000")),
        ("1.25.000.000", 0, Decimal("125000000")),
        # the column prints two decimals: the last dot is the decimal point
        ("1.250.00", 2, Decimal("1250.00")),
        ("1.250.00", 0, None),
        # grouped right but for the last group: a digit lost, no clear reading
        ("588.380.00", 0, None),
    ],
)
def test_the_reading_of_a_dotted_figure(
    raw: str, decimals: int, repair: Decimal | None
) -> None:
    assert dotted_repair(raw, decimals) == repair


@pytest.mark.parametrize(
    "raw",
    [
        "12.05.2024",  # a date
        "2024.05.12",
        "192.168.1.10",  # an IP address
        "7.01.01.2.09.0001",  # a kode rekening with its 4-digit sub kegiatan
        "1.250.000",  # grouped right: a figure, not a mistyped one
        "1.1",
        "88.6",
        "0.1.2",
        "v1.2.3",
    ],
)
def test_no_dotted_figure(raw: str) -> None:
    assert dotted_repair(raw) is None


_PRODUKSI = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.2 Produksi Komoditas

No\tKomoditas\tTarget (ton)\tRealisasi (ton)\tCapaian (%)
1\tPadi\t4.250\t4.300\t101,18
2\tJagung\t3.260\t3.117\t95,61
3\tCabai rawit\t7.420\t7.10.5\t95,75
4\tBawang merah\t2.150\t1.25.000\t100,00
5\tKedelai\t1.200\t1.180\t98,33
"""


def test_a_misplaced_dot_is_a_malformed_figure() -> None:
    found = findings_for(_PRODUKSI, select=("number-well-formed",))
    assert compact(found) == [
        ["number-well-formed", "tabel-3.2/row:3/col:realisasi", 8, "7.105", "7.10.5"],
        [
            "number-well-formed",
            "tabel-3.2/row:4/col:realisasi",
            9,
            "125.000",
            "1.25.000",
        ],
    ]


_BUDGET = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.3 Realisasi Anggaran

No\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)
1\tBelanja Pegawai\t1.250.000\t1.200.000\t50.000
2\tBelanja Barang\t7.500.000\t7.10.5.000\t395.000
3\tBelanja Modal\t2.000.000\t1.900.000\t100.000
"""


def test_the_repair_its_witnesses_confirm() -> None:
    found = findings_for(_BUDGET, select=("number-well-formed",))
    assert compact(found) == [
        [
            "number-well-formed",
            "tabel-3.3/row:2/col:realisasi_anggaran",
            7,
            "7.105.000",
            "7.10.5.000",
        ],
    ]
    # anggaran − sisa confirms the digits read with their dots removed
    assert [f.confidence.value for f in found] == ["high"]


_NOT_FIGURES = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.4 Realisasi Anggaran per Sub Kegiatan

No\tKode Rekening\tSub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tCapaian (%)
1.1\t7.01.01.2.09.0001\tPenyusunan Dokumen Perencanaan\t1.250.000\t1.100.000\t88.0
1.2\t2.09.03.2.01\tKoordinasi Ketahanan Pangan\t2.000.000\t1.772.000\t88.6
1.3\t2.09.03.2.02\t2.09.03.2.02 Pengendalian Harga Pangan\t3.000.000\t2.700.000\t90.0

Tabel 3.5 Perangkat Jaringan

No\tBab\tPerangkat\tAlamat IP\tVersi\tTanggal Pasang\tJumlah
1\t2.1.3\tRouter\t192.168.1.1\t1.2.3\t12.05.2024\t2
2\t2.1.4\tSwitch\t10.0.12.1\t2.10.5\t03.06.2024\t4
3\t2.2.1\tServer\t172.16.0.5\t4.1.12\t2024.07.15\t1

Tabel 3.6 Capaian Indikator

No\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tDokumen perencanaan\t2.1.3\t12\t100,00
2\tDokumen evaluasi\t2.1.4\t10\t100,00
3\tDokumen pelaporan\t12\t12\t100,00
"""


def test_codes_dates_versions_and_addresses_are_no_dotted_figures() -> None:
    found = findings_for(_NOT_FIGURES)
    assert [f for f in found if f.rule_id == "number-well-formed"] == []
