"""An inventory's repeated item names the first listing by the No. it prints.

The row a location counts and the printed No. differ in a table continued from
an earlier page (here numbered from 11) or under a header of several rows.
"""

from __future__ import annotations

from conftest import compact, findings_for

TWO_HEADER_ROWS = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023

Tabel 3.9 Sarana dan Prasarana menurut Jenis dan Kondisi

No\tJenis Barang\tJumlah\tKondisi\t\t
\t\t\tBaik\tRusak Ringan\tRusak Berat
11\tLaptop\t4\t3\t1\t-
12\tPrinter\t2\t2\t-\t-
13\tMeja Rapat\t2\t2\t-\t-
14\tLAPTOP\t1\t-\t-\t1
"""

NO_NUMBERS = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023

Tabel 3.9 Sarana dan Prasarana menurut Jenis dan Kondisi

Jenis Barang\tJumlah\tBaik\tRusak Ringan\tRusak Berat
Laptop\t4\t3\t1\t-
Printer\t2\t2\t-\t-
laptop\t1\t-\t-\t1
"""


def _messages(text: str, lang: str) -> list[tuple[str | None, int | None, str]]:
    found = findings_for(text, select=("inventory-item-listed-once",), lang=lang)
    return [(f.location.ref, f.location.line, f.message) for f in found]


def test_the_first_listing_is_named_by_its_printed_number_too() -> None:
    assert _messages(TWO_HEADER_ROWS, "id") == [
        (
            "tabel-3.9/row:4/col:uraian",
            10,
            "LAPTOP sudah tercantum di baris 1 (No. 11)",
        )
    ]
    assert _messages(TWO_HEADER_ROWS, "en")[0][2] == (
        "LAPTOP is already listed in row 1 (No. 11)"
    )


def test_a_table_without_numbers_names_the_row_alone() -> None:
    assert _messages(NO_NUMBERS, "en") == [
        ("tabel-3.9/row:3/col:uraian", 8, "laptop is already listed in row 1")
    ]


SLASHED = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023

Tabel 3.9 Sarana dan Prasarana menurut Jenis dan Kondisi

No\tJenis Barang\tJumlah\tBaik\tRusak Ringan\tRusak Berat
1\tTelevisi/ TV\t2\t2\t-\t-
2\tKursi Staf/Kursi Putar\t8\t8\t-\t-
3\tLuas Gedung m2/unit\t1\t1\t-\t-
4\tTV\t1\t1\t-\t-
5\tKursi Putar/Kursi Lipat\t4\t4\t-\t-
6\tKursi Staf\t3\t3\t-\t-
7\tHambal\t1\t1\t-\t-
8\tHambal/Karpet Lantai\t2\t2\t-\t-
"""


def test_an_item_under_one_of_the_names_a_slash_gives_is_a_repeat() -> None:
    found = findings_for(SLASHED, select=("inventory-item-listed-once",), lang="en")
    assert compact(found) == [
        ["inventory-item-listed-once", "tabel-3.9/row:4/col:uraian", 9, None, "TV"],
        [
            "inventory-item-listed-once",
            "tabel-3.9/row:6/col:uraian",
            11,
            None,
            "Kursi Staf",
        ],
        [
            "inventory-item-listed-once",
            "tabel-3.9/row:8/col:uraian",
            13,
            None,
            "Hambal/Karpet Lantai",
        ],
    ]
    assert [f.message for f in found] == [
        'TV is already listed in row 1 (No. 1) as "Televisi/ TV"',
        'Kursi Staf is already listed in row 2 (No. 2) as "Kursi Staf/Kursi Putar"',
        'Hambal/Karpet Lantai is already listed in row 7 (No. 7) as "Hambal"',
    ]
    assert {f.confidence.value for f in found} == {"low"}
