"""A staff count in a report with no staff table has nothing to be compared with.

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
