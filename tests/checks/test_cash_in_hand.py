"""Cash in hand quoted in a sentence is no figure of the budget table.

"Dana yang tersedia di kas sebesar Rp …" is what the treasurer (or the kas
daerah) holds, not the pagu: it was read as the budget ("dana yang tersedia")
and compared with the JUMLAH of the anggaran. So are "saldo kas", "sisa kas",
"uang kas" and "kas bendahara". Money put back into the kas ("disetor ke kas
daerah") is still the sisa the sentence names.
"""

from __future__ import annotations

from lkjaudit.prose.rates import with_rates

from conftest import compact, findings_for, report_from

RULE = "text-figure-matches-table"

_REPORT = """# LAPORAN KINERJA KECAMATAN MARGAHAYU TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.6 Realisasi Anggaran per Program Tahun 2024

| No | Program | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 2.150.000.000 | 2.064.250.000 | 85.750.000 | 96,01 |
| 2 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | 450.000.000 | 421.500.000 | 28.500.000 | 93,67 |
| | JUMLAH | 2.600.000.000 | 2.485.750.000 | 114.250.000 | 95,61 |

Anggaran kecamatan dikelola sesuai ketentuan.

{after}
"""
LINE = 15
AT = ["text/paragraph:5/sentence:1", LINE]


def _found(after: str) -> list[list[object]]:
    text = _REPORT.format(after=after)
    assert text.splitlines()[LINE - 1] == after
    return compact(findings_for(text, select=("text-*",), source="laporan.md"))


def _read(after: str) -> list[tuple[str, str]]:
    report = report_from(_REPORT.format(after=after), "laporan.md")
    return [(c.metric, c.figure.raw) for c in with_rates(report).figures]


def test_cash_in_hand_is_no_budget_figure() -> None:
    for after in (
        "Dana yang tersedia di kas sebesar Rp 12.500.000.",
        "Dana yang masih tersedia di kas bendahara pada akhir tahun sebesar "
        "Rp 12.500.000.",
        "Dana yang tersedia di kas sebesar Rp 12.500.000 yang belum digunakan.",
        "Saldo kas per 31 Desember 2024 sebesar Rp 12.500.000.",
        "Saldo akhir kas sebesar Rp 12.500.000.",
        "Sisa kas sebesar Rp 12.500.000.",
        "Sisa dana di kas bendahara sebesar Rp 114.000.000.",
        "Uang kas tunai sebesar Rp 2.600.000.",
        "Kas bendahara pengeluaran sebesar Rp 2.500.000.000.",
    ):
        assert _read(after) == [], after
        assert _found(after) == [], after


def test_cash_after_a_budget_clause_takes_not_its_kind() -> None:
    # "realisasi anggaran" labels the first amount only; "saldo kas" the second
    after = (
        "Realisasi anggaran sebesar Rp 2.485.750.000, sedangkan saldo kas sebesar "
        "Rp 5.000.000."
    )
    assert _read(after) == [("realisasi_anggaran", "Rp 2.485.750.000")]
    assert _found(after) == []
    wrong = (
        "Saldo kas sebesar Rp 5.000.000, sedangkan realisasi anggaran sebesar "
        "Rp 2.458.750.000."
    )
    assert _found(wrong) == [[RULE, *AT, "Rp 2.485.750.000", "Rp 2.458.750.000"]]


def test_the_budget_and_the_sisa_beside_the_kas_are_still_compared() -> None:
    # the budget available (no cash): the JUMLAH's anggaran
    assert _found("Dana yang tersedia sebesar Rp 2.600.000.000.") == []
    assert _found("Dana yang tersedia sebesar Rp 2.500.000.000.") == [
        [RULE, *AT, "Rp 2.600.000.000", "Rp 2.500.000.000"]
    ]
    # the sisa put back into the kas daerah is the sisa
    assert (
        _found("Sisa anggaran sebesar Rp 114.250.000 telah disetor ke Kas Daerah.")
        == []
    )
    assert _found(
        "Sisa anggaran yang disetor ke kas daerah sebesar Rp 141.250.000."
    ) == [[RULE, *AT, "Rp 114.250.000", "Rp 141.250.000"]]
    # a book of the kas names no cash held
    assert _found(
        "Realisasi anggaran sesuai Buku Kas Umum sebesar Rp 2.458.750.000."
    ) == [[RULE, *AT, "Rp 2.485.750.000", "Rp 2.458.750.000"]]
