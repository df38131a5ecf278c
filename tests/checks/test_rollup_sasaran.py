"""A sasaran's capaian against the capaian of its indicators, across tables."""

from __future__ import annotations

from conftest import compact, findings_for

REPORT = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Sasaran**

| No | Sasaran | Indikator | Target | Realisasi | Capaian |
|---|---|---|---:|---:|---:|
| 1 | Meningkatnya kualitas pelayanan publik kecamatan | Indeks kepuasan masyarakat | 80 | 84 | 105% |
| | | Persentase layanan selesai tepat waktu | 100% | 80% | 80% |
| 2 | Meningkatnya akuntabilitas pemerintahan desa | Persentase desa dengan APBDes tepat waktu | 100% | 90% | 90% |
| | | Persentase desa dengan LPPDes tepat waktu | 100% | 70% | {lppdes} |

**Tabel 3.2 Capaian Sasaran Strategis**

| No | Sasaran | {indikator}Capaian |
|---|---|{rule}---:|
| 1 | Meningkatnya kualitas pelayanan publik kecamatan | {first}{one} |
| 2 | Meningkatnya akuntabilitas pemerintahan desa | {second}{two} |
"""

ROLLUP = ("rollup-reproducible", "rollup-same-method")


def _report(**changes: str) -> str:
    fields = {
        "lppdes": "70%",
        "indikator": "",
        "rule": "",
        "first": "",
        "second": "",
        "one": "92,50%",
        "two": "80%",
    }
    fields.update(changes)
    return REPORT.format(**fields)


def test_a_sasaran_capaian_is_the_mean_of_its_indicators() -> None:
    # (105% + 80%) / 2 = 92,50%; (90% + 70%) / 2 = 80%
    assert compact(findings_for(_report(), select=ROLLUP)) == []


def test_a_sasaran_capaian_no_average_gives_is_an_error() -> None:
    found = findings_for(_report(two="85%"), select=ROLLUP)
    assert compact(found) == [
        ["rollup-reproducible", "tabel-3.2/row:2/col:capaian", 17, "80%", "85%"]
    ]
    # the indicators it was averaged from are its related cells
    assert [r.ref for r in found[0].related] == [
        "tabel-3.1/row:3/col:capaian",
        "tabel-3.1/row:4/col:capaian",
    ]


def test_the_indicators_are_taken_as_they_should_be_printed() -> None:
    # LPPDes prints 75% for 70 / 100: the indicator's capaian is taken as 70%
    # (capaian-equals-realisasi-over-target reports the cell), so 80% holds
    assert compact(findings_for(_report(lppdes="75%"), select=ROLLUP)) == []


def test_a_copy_of_one_indicator_is_not_the_sasaran() -> None:
    # Tabel 3.2 names the indicator it gives: that is the indicator's own capaian
    text = _report(
        indikator="Indikator | ",
        rule="---|",
        first="Indeks kepuasan masyarakat | ",
        second="Persentase desa dengan APBDes tepat waktu | ",
        one="105%",
        two="90%",
    )
    assert compact(findings_for(text, select=ROLLUP)) == []
