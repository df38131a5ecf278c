"""What an indicator reached, said after its name with *mencapai*.

"Persentase arsip yang tertata … mencapai 84%" restates the realisasi of an
indicator counted in %, "Jumlah dokumen … mencapai 85%" the capaian of one
counted in another unit, as "Jumlah pengunjung … mencapai 47.835 orang" restates
the realisasi of one counted in orang. A count in *jiwa* is one in *orang*, not
one in KK.
"""

from __future__ import annotations

from lkjaudit.prose.claims import read_claims

from conftest import compact, findings_for, report_from

TEXT = ("text-figure-*", "text-count-*")
RULE = "text-figure-matches-table"

_REPORT = """# LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian 2024 (%) |
|---|---|---|---|---|---|
| 1 | Persentase arsip yang tertata sesuai kaidah kearsipan | % | 80 | 84 | 105,00 |
| 2 | Jumlah dokumen kearsipan yang didigitalisasi | dokumen | 1.200 | 1.020 | 85,00 |
| 3 | Jumlah penduduk yang mengikuti gerakan gemar membaca | jiwa | 1.000 | 950 | 95,00 |
| 4 | Jumlah keluarga yang menerima bantuan buku | KK | 400 | 380 | 95,00 |

Meningkatnya budaya baca masyarakat tercermin dari beberapa indikator.

{after}
"""
LINE = 16
AT = ["text/paragraph:5/sentence:1", LINE]


def _found(after: str) -> list[list[object]]:
    text = _REPORT.format(after=after)
    assert text.splitlines()[LINE - 1] == after
    return compact(findings_for(text, select=TEXT, source="laporan.md"))


def _metrics(after: str) -> list[tuple[str, str]]:
    report = report_from(_REPORT.format(after=after), "laporan.md")
    return [(c.metric, c.figure.raw) for c in read_claims(report).figures]


_ARSIP = "Persentase arsip yang tertata sesuai kaidah kearsipan mencapai {x}."
_DOKUMEN = "Jumlah dokumen kearsipan yang didigitalisasi mencapai {x}."


def test_a_percentage_reached_by_an_indicator_in_percent_is_its_realisasi() -> None:
    assert _found(_ARSIP.format(x="84%")) == []
    assert _found(_ARSIP.format(x="86%")) == [[RULE, *AT, "84%", "86%"]]


def test_a_percentage_reached_by_an_indicator_in_another_unit_is_its_capaian() -> None:
    assert _found(_DOKUMEN.format(x="85%")) == []
    assert _found(_DOKUMEN.format(x="88%")) == [[RULE, *AT, "85%", "88%"]]


def test_the_message_names_the_figure_as_read() -> None:
    text = _REPORT.format(after=_DOKUMEN.format(x="88%"))
    (finding,) = findings_for(text, select=TEXT, source="laporan.md")
    assert "capaian 88%" in finding.message
    text = _REPORT.format(after=_ARSIP.format(x="86%"))
    (finding,) = findings_for(text, select=TEXT, source="laporan.md")
    assert "realisasi 86%" in finding.message


def test_a_percentage_reached_is_no_claim_without_an_indicators_name() -> None:
    for after in (
        # a sasaran, no indicator, and nothing named
        "Meningkatnya budaya baca masyarakat mencapai 90%.",
        "Kinerja dinas secara umum mencapai 90%.",
        # not reached, or still to be
        "Persentase arsip yang tertata sesuai kaidah kearsipan belum mencapai 90%.",
        "Persentase arsip yang tertata sesuai kaidah kearsipan diharapkan "
        "mencapai 90%.",
        # another year's
        "Pada tahun 2023, persentase arsip yang tertata sesuai kaidah kearsipan "
        "mencapai 72%.",
    ):
        assert _found(after) == [], after
    assert (
        _metrics(
            "Persentase arsip yang tertata sesuai kaidah kearsipan belum mencapai 90%."
        )
        == []
    )


def test_a_count_in_jiwa_is_a_count_in_orang() -> None:
    jiwa = "Jumlah penduduk yang mengikuti gerakan gemar membaca mencapai {x}."
    assert _found(jiwa.format(x="950 orang")) == []
    assert _found(jiwa.format(x="950 jiwa")) == []
    assert _found(jiwa.format(x="960 orang")) == [[RULE, *AT, "950 orang", "960 orang"]]
    assert _found(jiwa.format(x="960 jiwa")) == [[RULE, *AT, "950 jiwa", "960 jiwa"]]


def test_a_count_of_people_is_no_count_of_households() -> None:
    keluarga = "Jumlah keluarga yang menerima bantuan buku mencapai {x}."
    assert _found(keluarga.format(x="390 orang")) == []
    assert _found(keluarga.format(x="390 jiwa")) == []


def test_a_count_not_reached_is_no_claim() -> None:
    after = "Jumlah penduduk yang mengikuti gerakan gemar membaca belum mencapai {x}."
    assert _metrics(after.format(x="1.000 orang")) == []
    assert _found(after.format(x="1.000 orang")) == []


_BARE = """# LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN WATUGEDE TAHUN 2024

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Target | Realisasi | Capaian |
|---|---|---|---|---|
| 1 | Persentase arsip yang tertata sesuai kaidah kearsipan | 80 | 84 | 105,00 |

{after}
"""


def test_a_row_without_a_unit_may_be_quoted_by_either_figure() -> None:
    def found(after: str) -> list[list[object]]:
        text = _BARE.format(after=after)
        return compact(findings_for(text, select=TEXT, source="laporan.md"))

    assert found(_ARSIP.format(x="84%")) == []
    assert found(_ARSIP.format(x="105%")) == []
    # neither: which one it misquotes is not known
    assert found(_ARSIP.format(x="90%")) == []


_PENGADUAN = """# LAPORAN KINERJA DINAS KOMINFO KABUPATEN WATUGEDE TAHUN 2024

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase pengaduan yang belum ditindaklanjuti | % | 10 | 5 | 150,00 |
| 2 | Persentase arsip yang tertata | % | 80 | 84 | 105,00 |

{after}
"""


def test_a_negation_inside_the_indicators_name_negates_nothing() -> None:
    def found(after: str) -> list[list[object]]:
        text = _PENGADUAN.format(after=after)
        return compact(findings_for(text, select=TEXT, source="laporan.md"))

    at = "text/paragraph:3/sentence:1"
    sentence = "Persentase pengaduan yang belum ditindaklanjuti mencapai {x}."
    assert found(sentence.format(x="5%")) == []
    assert found(sentence.format(x="7%")) == [[RULE, at, 10, "5%", "7%"]]
    # each clause names its own indicator
    both = (
        "Persentase arsip yang tertata mencapai 84%, sedangkan persentase "
        "pengaduan yang belum ditindaklanjuti mencapai {x}."
    )
    assert found(both.format(x="5%")) == []
    assert found(both.format(x="6%")) == [[RULE, at, 10, "5%", "6%"]]
