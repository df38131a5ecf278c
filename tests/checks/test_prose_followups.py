"""Follow-ups on how figures quoted in sentences are read.

- "Program X dengan alokasi Rp … terealisasi sebesar Rp …": the alokasi (or
  plafon) names the budget, so the amount after a bare *terealisasi* is what the
  programme spent.
- A count said of the nation ("… nasional sebanyak …", "secara nasional",
  "tingkat nasional") is no count of the unit's own row, as a percentage is not.
- A count its words date to the report's year ("Jumlah penduduk miskin tahun
  2024 sebanyak 47.000 orang") is read as one dated to another year is: no word
  of performance needed. How much a count changed ("turun sebanyak 1.335
  orang") is no level, of any year.
- Last year's figure in a change ("Capaian X meningkat dari tahun lalu yang
  sebesar 90% menjadi 96%") is compared with last year's column of a two-year
  table on that row, never with this year's: also dated by *tahun lalu* right
  after it, after the report's year named earlier in its clause, or labelled by
  a keyword of an earlier clause.
- A formula stated for the lower-is-better indicators that lists the ones it
  means (*yaitu*, *yakni*) is theirs alone, each named by its name or its first
  words; the other lower-is-better rows go by the table's own usage. *Antara
  lain* lists examples: the formula is still stated for them all.
"""

from __future__ import annotations

import pytest
from test_prose_years2 import _LINE as _YEARS_LINE
from test_prose_years2 import _found as _years_found

from lkjaudit.prose.formulas import stated_formulas

from conftest import compact, findings_for, report_from

RULE = "text-figure-matches-table"

_BUDGET = """# LAPORAN KINERJA DINAS SOSIAL KABUPATEN WATUGEDE TAHUN 2024

Tabel 3.3 Realisasi Anggaran per Program Tahun 2024

| No | Program | Anggaran (Rp) | Realisasi (Rp) | Persentase (%) |
|---|---|---|---|---|
| 1 | Program Rehabilitasi Sosial | 1.730.550.000 | 1.697.379.000 | 98,08 |
| 2 | Program Penanganan Bencana | 430.600.000 | 414.378.000 | 96,23 |

{after}
"""
_BUDGET_LINE = 10


def _budget_found(sentence: str) -> list[list[object]]:
    text = _BUDGET.format(after=sentence)
    assert text.splitlines()[_BUDGET_LINE - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",), source="l.md"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Program Rehabilitasi Sosial dengan alokasi Rp 1.730.550.000 terealisasi"
        " sebesar Rp {x} atau 98,08%.",
        "Program Rehabilitasi Sosial dengan plafon Rp 1.730.550.000 terealisasi"
        " sebesar Rp {x} atau 98,08%.",
        "Alokasi Program Rehabilitasi Sosial sebesar Rp 1.730.550.000 dan"
        " terealisasi Rp {x}.",
    ],
)
def test_an_amount_spent_of_an_alokasi_is_the_programme_s_realisasi(
    sentence: str,
) -> None:
    assert _budget_found(sentence.format(x="1.697.739.000")) == [
        [RULE, "text/paragraph:3/sentence:1", _BUDGET_LINE]
        + ["Rp 1.697.379.000", "Rp 1.697.739.000"]
    ]
    assert _budget_found(sentence.format(x="1.697.379.000")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an alokasi of something other than money: no budget named
        "Program Rehabilitasi Sosial dengan alokasi lahan 2 hektare terealisasi"
        " sebesar Rp 1.697.739.000.",
        # an indicator counted in rupiah, no budget word
        "Nilai investasi Program Rehabilitasi Sosial terealisasi sebesar"
        " Rp 1.697.739.000.",
    ],
)
def test_an_amount_after_terealisasi_with_no_budget_named_is_no_spending(
    sentence: str,
) -> None:
    assert _budget_found(sentence) == []


_COMPARISON = """Tabel 3.2 Perbandingan Capaian Kinerja Tahun 2023 dan Tahun 2024

| No | Indikator Kinerja | Satuan | Realisasi 2023 | Realisasi 2024 | Capaian 2023 | Capaian 2024 |
|---|---|---|---|---|---|---|
| 1 | Cakupan imunisasi dasar lengkap | % | 93,4 | 91,2 | 98,3 | 96,00 |
| 2 | Jumlah penduduk miskin | orang | 47.835 | 46.500 | 101,77 | 103,13 |
"""
_AT = [RULE, "text/paragraph:4/sentence:1", _YEARS_LINE]


def _found(after: str, comparison: str = _COMPARISON) -> list[list[object]]:
    """The sentence ``after`` between test_prose_years2's tables, with ours."""
    return _years_found(after, comparison)


@pytest.mark.parametrize(
    "sentence",
    [
        "Realisasi jumlah penduduk miskin nasional sebanyak 47.000 orang.",
        "Realisasi jumlah penduduk miskin nasional tahun 2024 mencapai 47.000 orang.",
        "Realisasi jumlah penduduk miskin secara nasional sebanyak 47.000 orang.",
        "Realisasi jumlah penduduk miskin tingkat nasional sebanyak 47.000 orang.",
        # last year's national count: no count of last year's column either
        "Realisasi jumlah penduduk miskin nasional tahun 2023 sebanyak 47.000 orang.",
    ],
)
def test_a_national_count_is_not_the_unit_s(sentence: str) -> None:
    assert _found(sentence) == []


def test_the_unit_s_own_count_is_still_compared() -> None:
    sentence = "Realisasi jumlah penduduk miskin sebanyak 47.000 orang."
    assert _found(sentence) == [[*_AT, "46.500 orang", "47.000 orang"]]
    assert _found(sentence.replace("47.000", "46.500")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Jumlah penduduk miskin tahun 2024 sebanyak {n} orang.",
        "Pada tahun 2024, jumlah penduduk miskin sebanyak {n} orang.",
        "Jumlah penduduk miskin sebanyak {n} orang pada tahun 2024.",
        "Jumlah penduduk miskin tahun 2024 berjumlah {n} orang.",
        "Jumlah penduduk miskin tahun 2024 turun menjadi {n} orang.",
    ],
)
def test_this_year_s_count_dated_by_the_year_is_compared(sentence: str) -> None:
    assert _found(sentence.format(n="47.000")) == [
        [*_AT, "46.500 orang", "47.000 orang"]
    ]
    assert _found(sentence.format(n="46.500")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no year: still needs a word of performance
        "Jumlah penduduk miskin sebanyak 47.000 orang.",
        # a plan, an estimate, a target of the year (its own column), a target year
        "Jumlah penduduk miskin tahun 2024 direncanakan sebanyak 47.000 orang.",
        "Jumlah penduduk miskin tahun 2024 diperkirakan sebanyak 47.000 orang.",
        "Jumlah penduduk miskin tahun 2024 diharapkan turun menjadi 47.000 orang.",
        "Jumlah penduduk miskin tahun 2024 ditargetkan sebanyak 48.000 orang.",
        "Jumlah penduduk miskin pada akhir periode RPJMD tahun 2026 sebanyak"
        " 40.000 orang.",
        # a count of something no row names
        "Jumlah penduduk Kabupaten Watugede tahun 2024 sebanyak 612.000 jiwa.",
        # no verb saying it is the level reached
        "Pada tahun 2024 terdapat 47.000 orang penduduk miskin.",
        # how much it changed
        "Jumlah penduduk miskin tahun 2024 turun sebanyak 1.335 orang.",
        "Jumlah penduduk miskin tahun 2024 mengalami penurunan sebanyak 1.335"
        " orang dibandingkan tahun 2023.",
        "Realisasi jumlah penduduk miskin tahun 2024 berkurang sebanyak 1.335 orang.",
        "Jumlah penduduk miskin tahun 2023 turun sebanyak 1.335 orang.",
    ],
)
def test_no_count_of_the_year_reached_is_not_compared(sentence: str) -> None:
    assert _found(sentence) == []


_LAST_YEAR_FIGURES = [
    "Capaian cakupan imunisasi dasar lengkap meningkat dari tahun lalu yang"
    " sebesar {p} menjadi 96%.",
    # last year in words right after the figure
    "Capaian cakupan imunisasi dasar lengkap sebesar {p} pada tahun lalu.",
    # the report's year dates the subject, last year the figure
    "Capaian cakupan imunisasi dasar lengkap tahun 2024 meningkat dari tahun lalu"
    " yang sebesar {p} menjadi 96%.",
    # the keyword of an earlier clause labels last year's figure
    "Capaian cakupan imunisasi dasar lengkap sebesar 96%, meningkat dari tahun"
    " lalu yang sebesar {p}.",
]


@pytest.mark.parametrize("sentence", _LAST_YEAR_FIGURES)
def test_last_year_s_figure_is_compared_with_last_year_s_column(
    sentence: str,
) -> None:
    assert _found(sentence.format(p="90%")) == [[*_AT, "98,30%", "90%"]]
    assert _found(sentence.format(p="98,3%")) == []


@pytest.mark.parametrize("sentence", _LAST_YEAR_FIGURES)
def test_last_year_s_figure_is_never_compared_with_this_year_s(
    sentence: str,
) -> None:
    # NOTE: no column of 2023, and 90% is neither this year's capaian (96,00)
    # nor its realisasi (91,2)
    assert _found(sentence.format(p="90%"), comparison="") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Capaian cakupan imunisasi dasar lengkap meningkat dari {p} pada tahun lalu"
        " menjadi 96%.",
        "Cakupan imunisasi dasar lengkap naik dari {p} tahun lalu menjadi 91,2%.",
    ],
)
def test_the_level_a_change_started_from_last_year_is_last_year_s(
    sentence: str,
) -> None:
    # NOTE: the level it started from is the figure reached then: the realisasi
    # of an indicator counted in %
    assert _found(sentence.format(p="90%")) == [[*_AT, "93,40%", "90%"]]
    assert _found(sentence.format(p="93,4%")) == []
    assert _found(sentence.format(p="90%"), comparison="") == []


def test_last_year_s_realisasi_labelled_earlier_is_compared_with_its_column() -> None:
    sentence = (
        "Realisasi cakupan imunisasi dasar lengkap sebesar 91,2%, meningkat dari"
        " tahun lalu yang sebesar {p}."
    )
    assert _found(sentence.format(p="90%")) == [[*_AT, "93,40%", "90%"]]
    assert _found(sentence.format(p="93,4%")) == []


def test_last_year_s_count_dated_after_it_in_words_is_last_year_s() -> None:
    sentence = "Realisasi jumlah penduduk miskin sebanyak {n} orang pada tahun lalu."
    assert _found(sentence.format(n="47.000")) == [
        [*_AT, "47.835 orang", "47.000 orang"]
    ]
    assert _found(sentence.format(n="47.835")) == []
    assert _found(sentence.format(n="46.500")) == [
        [*_AT, "47.835 orang", "46.500 orang"]
    ]
    assert _found(sentence.format(n="47.000"), comparison="") == []


# persentase PMKS and jumlah aduan by target / realisasi (106,21, 117,65); the
# other lower-is-better rows by 2 − realisasi / target (110,00, 120,00), as the
# third is meant to be (2 − 18/20 = 110,00; 20/18 = 111,11)
_LOWER_TABLE = """# LAPORAN KINERJA DINAS SOSIAL KABUPATEN WATUGEDE TAHUN 2024

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase PMKS terhadap jumlah penduduk | % | 6,50 | 6,12 | {a} |
| 2 | Jumlah aduan masyarakat terkait layanan sosial | aduan | 40 | 34 | {b} |
| 3 | Prevalensi stunting | % | 20 | 18 | {c} |
| 4 | Angka kesakitan DBD | per 100.000 | 50 | 45 | 110,00 |
| 5 | Persentase rumah tidak layak huni | % | 10 | 8 | 120,00 |
| 6 | Indeks Kepuasan Masyarakat | indeks | 82,00 | 84,10 | 102,56 |
| 7 | Persentase sarana pendidikan dalam kondisi baik | % | 80 | 84 | 105,00 |

{formula}
"""
_CAPAIAN = "capaian-equals-realisasi-over-target"
_LISTED = (
    "Untuk indikator yang semakin kecil semakin baik, {word} persentase PMKS"
    " terhadap jumlah penduduk dan jumlah aduan masyarakat, capaian dihitung"
    " dengan rumus target dibagi realisasi dikali 100%."
)


def _capaian(
    formula: str, a: str = "106,21", b: str = "117,65", c: str = "110,00"
) -> list[list[object]]:
    text = _LOWER_TABLE.format(a=a, b=b, c=c, formula=formula)
    return compact(findings_for(text, select=(_CAPAIAN,), source="l.md"))


def _row(k: int, expected: str, actual: str) -> list[object]:
    return [_CAPAIAN, f"tabel-3.1/row:{k}/col:capaian", 6 + k, expected, actual]


@pytest.mark.parametrize("word", ["yaitu", "yakni"])
def test_a_formula_for_the_indicators_listed_leaves_the_others_to_the_table(
    word: str,
) -> None:
    formula = _LISTED.format(word=word)
    assert _capaian(formula) == []
    # the row not listed: by the table's own 2 − realisasi / target (110,00)
    assert _capaian(formula, c="112,00") == [_row(3, "110,00", "112,00")]


@pytest.mark.parametrize("word", ["yaitu", "yakni"])
def test_the_indicators_listed_are_held_to_the_formula(word: str) -> None:
    formula = _LISTED.format(word=word)
    # named by its whole name, and by its first words; even printed by the
    # other lower-is-better formula (2 − 6,12/6,50 = 105,85; 2 − 34/40 = 115)
    # or by realisasi / target (85,00)
    assert _capaian(formula, a="105,85") == [_row(1, "106,21", "105,85")]
    assert _capaian(formula, b="115,00") == [_row(2, "117,65", "115,00")]
    assert _capaian(formula, b="85,00") == [_row(2, "117,65", "85,00")]


@pytest.mark.parametrize(
    "formula",
    [
        # examples, not all of them
        _LISTED.format(word="antara lain"),
        # no list at all
        "Untuk indikator yang semakin kecil semakin baik, capaian dihitung dengan"
        " rumus target dibagi realisasi dikali 100%.",
    ],
)
def test_a_formula_for_the_lower_is_better_ones_as_a_whole_holds_for_all(
    formula: str,
) -> None:
    assert _capaian(formula, c="112,00") == [_row(3, "111,11", "112,00")]
    assert _capaian(formula) == []


def test_the_names_a_formula_lists_are_read_to_what_is_said_of_them() -> None:
    found = stated_formulas(
        report_from("LAPORAN KINERJA\n\n" + _LISTED.format(word="yaitu") + "\n")
    )
    assert found.lower is None
    assert found.listed == (
        (("persentase", "pmks", "terhadap", "jumlah", "penduduk"), "inverse"),
        (("jumlah", "aduan", "masyarakat"), "inverse"),
    )
    assert found.listed_of("Jumlah aduan masyarakat terkait layanan sosial") == (
        "inverse"
    )
    assert found.of("Jumlah aduan masyarakat terkait layanan sosial") is None
    assert found.listed_of("Jumlah aduan layanan kesehatan") is None
    assert found.listed_of("Prevalensi stunting") is None


def test_two_first_words_listed_name_no_longer_indicator() -> None:
    # NOTE: the list is cut at "dan": "persentase sarana" starts row 7's name
    # (84 / 80 = 105,00), but two words are too general to stand for it
    formula = (
        "Untuk indikator yang semakin kecil semakin baik, yaitu persentase sarana"
        " dan prasarana rusak, capaian dihitung dengan rumus target dibagi realisasi."
    )
    assert _capaian(formula) == []


def test_a_row_worded_higher_is_better_is_not_held_to_a_listed_formula() -> None:
    # NOTE: "persentase keluarga miskin" starts the name of an indicator of a
    # service done to the poor (more is better: 93,75 / 90 = 104,17); the
    # lower-is-better one it means is not in this table
    text = (
        "# LAPORAN KINERJA DINAS SOSIAL KABUPATEN WATUGEDE TAHUN 2024\n\n"
        "Tabel 3.1 Capaian Indikator Kinerja Tahun 2024\n\n"
        "| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Persentase keluarga miskin yang datanya dimutakhirkan dalam DTKS"
        " | % | 90,00 | 93,75 | {c} |\n\n"
        "Untuk indikator yang semakin kecil semakin baik, yaitu persentase keluarga"
        " miskin, capaian dihitung dengan rumus target dibagi realisasi.\n"
    )

    def found(c: str) -> list[list[object]]:
        report = text.format(c=c)
        return compact(findings_for(report, select=(_CAPAIAN,), source="l.md"))

    assert found("104,17") == []
    assert found("96,00") == [
        [_CAPAIAN, "tabel-3.1/row:1/col:capaian", 7, "104,17", "96,00"]
    ]


# a lower-is-better indicator whose name holds "dan"; by target / realisasi
# 20 / 16 = 125,00 and 10 / 8 = 125,00, by 2 − realisasi / target 120,00; the
# other rows by the table's own 2 − realisasi / target
_DAN_TABLE = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase sarana dan prasarana rusak | % | 20 | 16 | {a} |
| 2 | Jumlah kasus gizi buruk | kasus | 10 | 8 | {b} |
| 3 | Prevalensi stunting | % | 20 | 18 | 110,00 |
| 4 | Angka kesakitan DBD | per 100.000 | 50 | 45 | 110,00 |

{formula}
"""
_DAN_LISTED = (
    "Untuk indikator yang semakin kecil semakin baik, yaitu persentase sarana dan"
    " prasarana rusak{join} jumlah kasus gizi buruk, capaian dihitung dengan rumus"
    " target dibagi realisasi dikali 100%."
)


@pytest.mark.parametrize("join", [" dan", ", dan"])
def test_a_listed_name_holding_dan_is_read_whole(join: str) -> None:
    # the list is cut where its pieces name the table's rows, not inside
    # "sarana dan prasarana"; and a list the sentence's clauses part at ", dan"
    # before the formula is still read whole
    formula = _DAN_LISTED.format(join=join)

    def found(a: str = "125,00", b: str = "125,00") -> list[list[object]]:
        text = _DAN_TABLE.format(a=a, b=b, formula=formula)
        return compact(findings_for(text, select=(_CAPAIAN,), source="l.md"))

    assert found() == []
    assert found(a="120,00") == [
        [_CAPAIAN, "tabel-3.1/row:1/col:capaian", 7, "125,00", "120,00"]
    ]
    assert found(b="120,00") == [
        [_CAPAIAN, "tabel-3.1/row:2/col:capaian", 8, "125,00", "120,00"]
    ]
    listed = stated_formulas(
        report_from(_DAN_TABLE.format(a="125,00", b="125,00", formula=formula))
    ).listed
    assert listed == (
        (("persentase", "sarana", "dan", "prasarana", "rusak"), "inverse"),
        (("jumlah", "kasus", "gizi", "buruk"), "inverse"),
    )
