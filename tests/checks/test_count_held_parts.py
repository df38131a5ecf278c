"""Counts of some of what a staff or asset table holds, not of the stock.

Things maintained or repaired ("pemeliharaan terhadap 5 unit kendaraan"), things
sorted by where they came from ("3 unit printer merupakan hibah") and staff who
moved in the period ("1 orang PNS mutasi masuk", "2 orang PNS pensiun") are a
part of a row, not its count: no claim. A count of what is held is still
compared, even beside such words.
"""

from __future__ import annotations

from lkjaudit.prose.claims import read_claims

from conftest import STAFF_BY_STATUS, compact, findings_for, report_from

TEXT = ("text-count-*", "text-figure-*")
RULE = "text-count-matches-table"
AT = "text/paragraph:3/sentence:1"

_ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.6 Barang Inventaris menurut Kondisi

| No | Nama Barang | Baik | Rusak Ringan | Rusak Berat | Jumlah |
|---|---|---|---|---|---|
| 1 | Kendaraan roda empat | 2 | 1 | - | 3 |
| 2 | Kendaraan roda dua | 9 | 2 | 1 | 12 |
| 3 | Printer | 5 | 2 | - | 7 |
|  | Jumlah | 16 | 5 | 1 | 22 |

{sentence}
"""
ASSET_LINE = 12
STAFF_LINE = 11


def _found(table: str, sentence: str) -> list[list[object]]:
    return compact(findings_for(table.format(sentence=sentence), select=TEXT))


def _claims(table: str, sentence: str) -> list[tuple[str, str]]:
    report = report_from(table.format(sentence=sentence))
    return [(c.metric, c.figure.raw) for c in read_claims(report).figures]


def test_things_maintained_or_by_provenance_are_no_claim() -> None:
    for sentence in (
        "Pada tahun 2024 dilakukan pemeliharaan terhadap 5 unit kendaraan roda dua.",
        "Pada tahun 2024 telah dilakukan pemeliharaan terhadap 5 unit dari seluruh "
        "kendaraan dinas.",
        "Kecamatan melakukan perawatan 4 unit printer.",
        "Sebanyak 3 unit printer merupakan hibah dari Pemerintah Kabupaten.",
        "Sebanyak 3 unit printer yang merupakan hibah dari Pemerintah Kabupaten.",
        "Sebanyak 2 unit kendaraan roda empat berasal dari bantuan provinsi.",
        "Pada triwulan II, 2 unit kendaraan roda dua telah diservis.",
        "Sebanyak 2 unit printer dalam proses perbaikan.",
        "Kendaraan roda dua yang diservis pada triwulan II sebanyak 4 unit.",
    ):
        assert _claims(_ASSETS, sentence) == [], sentence
        assert _found(_ASSETS, sentence) == [], sentence


def test_the_stock_beside_such_words_is_still_compared() -> None:
    for sentence, right, wrong in (
        ("Kecamatan memiliki {n} unit printer.", 7, 8),
        # the whole, right before the count
        ("Pemeliharaan dilakukan terhadap seluruh {n} unit printer.", 7, 8),
        # a verb of holding: what follows describes the things held
        (
            "Kecamatan memiliki {n} unit printer yang merupakan hibah dari "
            "Pemerintah Kabupaten.",
            7,
            8,
        ),
        ("Kecamatan memiliki {n} unit printer dengan biaya pemeliharaan rendah.", 7, 8),
    ):
        assert _found(_ASSETS, sentence.format(n=right)) == [], sentence
        assert _found(_ASSETS, sentence.format(n=wrong)) == [
            [RULE, AT, ASSET_LINE, f"{right} unit", f"{wrong} unit"]
        ], sentence


def test_staff_who_moved_in_the_period_are_no_claim() -> None:
    for sentence in (
        "Pada triwulan ini terdapat 1 orang PNS mutasi masuk.",
        "Terdapat mutasi keluar sebanyak 1 orang PNS.",
        "Selama tahun 2024 sebanyak 2 orang PNS pensiun dan 1 orang PPPK "
        "meninggal dunia.",
        "PNS yang pensiun pada tahun 2024 sebanyak 2 orang.",
        "Sebanyak 1 orang PPPK mengundurkan diri.",
        "Jumlah pegawai sebanyak 22 orang, 1 orang di antaranya pindahan dari "
        "kecamatan lain.",
        "Pada tahun 2024 sebanyak 3 orang PNS naik pangkat.",
        # an appointment the sentence dates to the period
        "Pada tahun 2024 terdapat 2 orang PPPK yang diangkat.",
        "Pada triwulan II, 1 orang PNS diangkat sebagai Kepala Seksi Pemerintahan.",
    ):
        claims = _claims(STAFF_BY_STATUS, sentence)
        assert all(raw == "22 orang" for _, raw in claims), sentence
        assert _found(STAFF_BY_STATUS, sentence) == [], sentence


def test_the_staff_count_is_still_compared() -> None:
    for sentence, right, wrong, cell in (
        ("Jumlah PNS sebanyak {n} orang.", 16, 25, "16 orang"),
        # held after the movement: all staff
        ("Jumlah pegawai setelah mutasi sebanyak {n} orang.", 22, 23, "22 orang"),
        ("Dengan adanya mutasi tersebut, jumlah PNS menjadi {n} orang.", 16, 17, ""),
        # a movement not made
        ("Jumlah PNS yang belum pensiun sebanyak {n} orang.", 16, 15, "16 orang"),
        # an appointment no period dates: the staff held
        ("Pegawai yang diangkat sebagai PNS sebanyak {n} orang.", 16, 17, ""),
    ):
        cell = cell or f"{right} orang"
        assert _found(STAFF_BY_STATUS, sentence.format(n=right)) == [], sentence
        assert _found(STAFF_BY_STATUS, sentence.format(n=wrong)) == [
            [RULE, AT, STAFF_LINE, cell, f"{wrong} orang"]
        ], sentence
