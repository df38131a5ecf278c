"""A program measured by an outcome of its own is no average of its kegiatan."""

from __future__ import annotations

from conftest import compact, findings_for

_TREE = "\n".join(
    [
        "Tabel 3.4 Capaian Kinerja Program dan Kegiatan",
        "",
        "No\tProgram / Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi"
        "\tCapaian (%)\tPagu (Rp)\tRealisasi (Rp)",
        "1\tPROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL"
        "\tRata-rata waktu penyelesaian pengaduan investor\thari\t5\t4\t125.00"
        "\t98.750.000\t40.512.500",
        "1.1\tPengendalian Pelaksanaan Penanaman Modal"
        "\tJumlah laporan pengendalian\tlaporan\t2\t1\t50.00\t98.750.000\t40.512.500",
        "2\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
        "\tPersentase pemenuhan layanan administrasi\t%\t100\t60\t60.00"
        "\t300.000.000\t150.000.000",
        "2.1\tAdministrasi Keuangan Perangkat Daerah\tJumlah laporan keuangan"
        "\tlaporan\t6\t6\t100.00\t200.000.000\t100.000.000",
        "2.2\tAdministrasi Umum Perangkat Daerah\tJumlah paket\tpaket\t4\t2\t50.00"
        "\t100.000.000\t50.000.000",
    ]
)


def test_only_a_parent_targeting_100_percent_is_rolled_up() -> None:
    # program 1 is measured in hari (4 of 5, lower is better): not a roll-up of its
    # kegiatan's 50%; program 2's 60% follows from no average of 100% and 50%
    found = findings_for(_TREE, select=("rollup-*",))
    assert compact(found) == [
        [
            "rollup-reproducible",
            "tabel-3.4/row:3/col:realisasi",
            6,
            "75%",
            "60 %",
        ]
    ]
