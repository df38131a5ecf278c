"""Three gaps of the sentence reader, each closed with what must and must not fire.

- An indicator named by the noun of its verb ("penilaian kinerja" for "ASN yang
  dinilai kinerjanya"): rows are related through the root the two forms share,
  and only when that root names one row of its table.
- "Program X yang terealisasi Rp …": a relative clause on the programme's own
  name is its spending, as "Program X terealisasi Rp …" is.
- A "masing-masing" list and a list of figures paired with a list of names are
  told the figure the copies of a miscopied row settle, as a single figure is.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_SELECT = ("text-figure-*",)
_RULE = "text-figure-matches-table"

# -- 2. "Program X yang terealisasi Rp …" -------------------------------------

_TREE = """# LAPORAN KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.3 Realisasi Anggaran per Program Tahun 2024**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---:|---:|---:|---:|
| 1.01.02 | Program Pengelolaan Pendidikan | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |
| 1.01.02.2.01 | Pembangunan Ruang Kelas Baru Sekolah Dasar | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |
| | JUMLAH | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |

{}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Program Pengelolaan Pendidikan yang terealisasi sebesar Rp {}.",
        "Program Pengelolaan Pendidikan yang telah terealisasi Rp {}.",
        "Pada tahun 2024, kegiatan pembangunan ruang kelas baru sekolah dasar yang"
        " terealisasi sebesar Rp {}.",
    ],
)
def test_an_amount_a_named_programme_realised_in_a_yang_clause_is_its_spending(
    sentence: str,
) -> None:
    text = _TREE.format(sentence.format("960.000.000"))
    assert findings_for(text, select=_SELECT, source="t.md") == []
    text = _TREE.format(sentence.format("906.000.000"))
    assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
        [_RULE, "text/paragraph:3/sentence:1", 11, "Rp 960.000.000", "Rp 906.000.000"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # not realised: what is left
        "Program Pengelolaan Pendidikan yang tidak terealisasi sebesar Rp 906.000.000.",
        "Program Pengelolaan Pendidikan yang belum terealisasi Rp 906.000.000.",
        # the yang clause is on something else than the programme
        "Program Pengelolaan Pendidikan, kegiatan yang terealisasi sebesar"
        " Rp 906.000.000.",
        "Program Pengelolaan Pendidikan dengan paket yang terealisasi sebesar"
        " Rp 906.000.000.",
        # a part put to a purpose, an indicator, a programme no row names
        "Program Pengelolaan Pendidikan yang terealisasi sebesar Rp 25.000.000 untuk"
        " honorarium guru.",
        "Nilai investasi Program Pengelolaan Pendidikan yang terealisasi sebesar"
        " Rp 25.000.000.",
        "Program Kemitraan Dunia Usaha yang terealisasi Rp 250.000.000.",
    ],
)
def test_a_yang_clause_not_on_the_programme_s_spending_is_not_read(
    sentence: str,
) -> None:
    text = _TREE.format(sentence)
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_what_a_yang_clause_says_was_not_absorbed_stays_the_sisa() -> None:
    # the sisa, 40.000.000: never the realisasi, 960.000.000
    for left, found in (("40.000.000", []), ("906.000.000", ["Rp 40.000.000"])):
        text = _TREE.format(
            f"Sisa anggaran Program Pengelolaan Pendidikan yang tidak terserap"
            f" sebesar Rp {left}."
        )
        assert [
            f[3] for f in compact(findings_for(text, select=_SELECT, source="t.md"))
        ] == found
