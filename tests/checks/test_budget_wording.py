"""What a sentence's figure restates, read from what the sentence means."""

from __future__ import annotations

import pytest

from lkjaudit.prose.claims import read_claims

from conftest import report_from

# ------------------------------------------------------------ the wordings


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        # rupiah: a budget figure only in a clause on the budget
        ("Realisasi investasi sebesar Rp 212,4 miliar.", []),
        ("Realisasi PAD tahun ini sebesar Rp 1.500.000.000.", []),
        (
            "Realisasi program ini sebesar Rp 95.000.000 dari pagu.",
            ["realisasi_anggaran"],
        ),
        ("Anggaran program ini terealisasi Rp 95.000.000.", ["realisasi_anggaran"]),
        ("Realisasi belanja pegawai sebesar Rp 95.000.000.", ["realisasi_anggaran"]),
        (
            "Realisasi anggaran sebesar Rp 9.000.000, sedangkan realisasi investasi"
            " Rp 212,4 miliar.",
            ["realisasi_anggaran"],
        ),
        ("Penyerapan anggaran Kecamatan sebesar Rp 9.000.000.", ["realisasi_anggaran"]),
        # sisa
        ("Sisa anggaran tahun ini Rp 181.271.180.", ["sisa"]),
        ("Sisa dana kegiatan sebesar Rp 5.000.000.", ["sisa"]),
        ("Anggaran yang tidak terserap sebesar Rp 5.000.000.", ["sisa"]),
        ("Selisih antara pagu dan realisasi anggaran Rp 5.000.000.", ["sisa"]),
        (
            "Realisasi anggaran Rp 95.000.000, sisa Rp 5.000.000.",
            ["realisasi_anggaran", "sisa"],
        ),
        ("Investasi yang belum terealisasi sebesar Rp 237,6 miliar.", []),
        ("Anggaran yang terserap sebesar Rp 95.000.000.", ["realisasi_anggaran"]),
        # the serap family
        ("Program ini menyerap 92,38% anggarannya.", ["persen_anggaran"]),
        ("Anggaran kegiatan terserap 80%.", ["persen_anggaran"]),
        ("Daya serap anggaran mencapai 95,5%.", ["persen_anggaran"]),
        ("Serapan terendah pada kegiatan A sebesar 79,67%.", ["persen_anggaran"]),
        ("Capaian kinerja 100%, dengan penyerapan tenaga kerja 85%.", ["capaian"]),
        ("Capaian kinerja 100%; musrenbang menyerap aspirasi 75%.", ["capaian"]),
        # a percentage of what follows it
        ("Realisasi investasi Rp 212,4 miliar atau 47,20% dari target.", ["capaian"]),
        (
            "Izin terbit sebanyak 684 izin atau 57,00% dari target 1.200 izin.",
            ["capaian"],
        ),
        ("Desa tangguh terealisasi 35% dari target 40%.", ["realisasi", "target"]),
        ("Desa tangguh terealisasi 35,5% dari target 40,5%.", ["realisasi", "target"]),
        ("Realisasi program A sebesar 89,62% dari pagu.", ["persen_anggaran"]),
        ("Capaian sasaran 36,63% dari target 85%.", ["capaian", "target"]),
    ],
)
def test_what_a_figure_restates(sentence: str, metrics: list[str]) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics
