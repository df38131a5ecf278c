"""A staff or asset count in a report with no such table has nothing to compare with.

"Pada tahun 2024 jumlah pegawai sebanyak 38 orang" is no figure a table should
hold when the report prints no table of its staff: no note that the tables lack
it. Beside a staff table the count is still judged against its total.
"""

from __future__ import annotations

from conftest import compact, findings_for

_TEXT = ("text-count-*", "text-figure-*")
_SENTENCE = "Pada tahun 2024 jumlah pegawai sebanyak {} orang."

_IKU = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase izin terbit tepat waktu | % | 80 | 76 | 95,00 |

{}
"""

_STAFF = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 2.1 Jumlah Pegawai menurut Pendidikan**

| No | Pendidikan | PNS | PPPK | Jumlah |
|---|---|---:|---:|---:|
| 1 | SMA/SMK | 10 | 4 | 14 |
| 2 | S1/D4 | 20 | 4 | 24 |
| | JUMLAH | 30 | 8 | 38 |

{}
"""


def test_a_staff_count_with_no_staff_table_is_no_note() -> None:
    text = _IKU.format(_SENTENCE.format(38))
    assert findings_for(text, select=_TEXT, source="t.md") == []


def test_a_staff_count_beside_its_table_is_still_judged() -> None:
    text = _STAFF.format(_SENTENCE.format(38))
    assert findings_for(text, select=_TEXT, source="t.md") == []
    text = _STAFF.format(_SENTENCE.format(36))
    assert compact(findings_for(text, select=_TEXT, source="t.md")) == [
        [
            "text-count-matches-table",
            "text/paragraph:3/sentence:1",
            11,
            "38 orang",
            "36 orang",
        ]
    ]


_ASSETS = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 2.2 Sarana dan Prasarana menurut Kondisi**

| No | Jenis Barang | Baik | Rusak Ringan | Rusak Berat | Jumlah |
|---|---|---:|---:|---:|---:|
| 1 | Kendaraan roda empat | 3 | 0 | 0 | 3 |
| 2 | Komputer | 10 | 2 | 1 | 13 |
| | JUMLAH | 13 | 2 | 1 | 16 |

{}
"""
_HELD = "Aset yang dimiliki berupa {} unit kendaraan roda empat."


def test_an_asset_count_with_no_asset_table_is_no_note() -> None:
    text = _IKU.format(_HELD.format(3))
    assert findings_for(text, select=_TEXT, source="t.md") == []


def test_an_asset_count_beside_its_table_is_still_judged() -> None:
    assert findings_for(_ASSETS.format(_HELD.format(3)), select=_TEXT) == []
    found = findings_for(_ASSETS.format(_HELD.format(4)), select=_TEXT, source="t.md")
    assert compact(found) == [
        [
            "text-count-matches-table",
            "text/paragraph:3/sentence:1",
            11,
            "3 unit",
            "4 unit",
        ]
    ]
