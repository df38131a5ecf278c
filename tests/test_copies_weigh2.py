"""Two copies of a budget, one against one: a sum of rows is one kind of witness.

A copy whose children add up to its figure is backed by that sum, but the sum
is weighed with the other kinds of witness (JUMLAH less the other rows,
realisasi + sisa, the row's %), not ahead of them: a copy its own table
restates three ways outweighs one its children alone restate. Once, the sum
settled the tie before any weighing, and the copy rule then blamed the copy
the ``pk-budget-matches-report`` rule took as right.
"""

from __future__ import annotations

from lkjaudit.model.finding import Confidence

from conftest import compact, findings_for

COPIES = "figure-same-in-every-table"
PK = "pk-budget-matches-report"

_PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
_OTHER = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
_NAME = "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"


def _pipe(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(caption: str, head: list[str], rows: list[list[str]]) -> list[str]:
    return [
        caption,
        "",
        _pipe(*head),
        _pipe(*["---"] * len(head)),
        *(_pipe(*r) for r in rows),
        "",
    ]


def _pagu_by_kegiatan(pagu: str, *, realisasi: str = "", pct: str = "") -> list[str]:
    """Tabel 3.1: the program's pagu over its two kegiatan (which add up to
    1.254.300.000); with realisasi and % when ``pct`` is given."""
    kegiatan = [
        ("1.1", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja"),
        ("1.2", "Kegiatan Administrasi Keuangan Perangkat Daerah"),
    ]
    if not pct:
        rows = [
            ["1", _PROGRAM, pagu],
            [*kegiatan[0], "454.300.000"],
            [*kegiatan[1], "800.000.000"],
            ["2", _OTHER, "312.450.000"],
        ]
        head = ["No", "Program/Kegiatan", "Pagu (Rp)"]
    else:
        rows = [
            ["1", _PROGRAM, pagu, realisasi, pct],
            [*kegiatan[0], "454.300.000", "430.000.000", "94,65"],
            [*kegiatan[1], "800.000.000", "757.640.500", "94,71"],
            ["2", _OTHER, "312.450.000", "298.120.000", "95,41"],
        ]
        head = ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]
    return _table("Tabel 3.1 Pagu Anggaran per Program dan Kegiatan", head, rows)


def _realisasi(anggaran: str, columns: str) -> list[str]:
    """Tabel 3.2: the programs' budgets, with the columns named in ``columns``
    (``r`` realisasi, ``s`` sisa, ``p`` %, ``j`` a JUMLAH row)."""
    head = ["No", "Program", "Anggaran (Rp)"]
    first = ["1", _PROGRAM, anggaran]
    second = ["2", _OTHER, "312.450.000"]
    total = ["", "JUMLAH", "1.557.750.000"]
    for key, name, a, b, c in (
        ("r", "Realisasi (Rp)", "1.187.640.500", "298.120.000", "1.485.760.500"),
        ("s", "Sisa (Rp)", "57.659.500", "14.330.000", "71.989.500"),
        ("p", "%", "95,37", "95,41", "95,38"),
    ):
        if key in columns:
            head.append(name)
            first.append(a)
            second.append(b)
            total.append(c)
    rows = [first, second] + ([total] if "j" in columns else [])
    return _table("Tabel 3.2 Realisasi Anggaran per Program", head, rows)


_PK_TABLE = _table(
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024",
    ["No", "Program", "Anggaran", "Keterangan"],
    [
        ["1", _PROGRAM, "Rp 1.254.300.000", "APBD"],
        ["2", _OTHER, "Rp 312.450.000", "APBD"],
    ],
)


def _report(*tables: list[str]) -> str:
    lines = ["# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024", ""]
    for table in tables:
        lines += table
    return "\n".join(lines)


_T1 = "tabel-3.1/row:1/col:anggaran"
_T2 = "tabel-3.2/row:1/col:anggaran"


def test_more_kinds_of_witness_outweigh_a_sum_of_rows() -> None:
    # Tabel 3.1's kegiatan add up to its 1.254.300.000 (one kind); Tabel 3.2
    # restates its 1.245.300.000 by its JUMLAH less the other row, realisasi +
    # sisa and its % (three kinds): Tabel 3.1 is the miscopy (once, the sum
    # decided first, and Tabel 3.2 was reported at 1.254.300.000)
    text = _report(
        _pagu_by_kegiatan("1.254.300.000"), _realisasi("1.245.300.000", "rspj")
    )
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _T1, 7, "1.245.300.000", "1.254.300.000"]]
    assert found[0].confidence == Confidence.HIGH
    assert [r.ref for r in found[0].related] == [_T2]
    assert found[0].message == (
        f"anggaran {_NAME}: tertulis 1.254.300.000, sedangkan 1 salinan lain"
        " (Tabel 3.2) menulis 1.245.300.000; Tabel 3.2 sesuai dengan hitungan"
        " tabelnya sendiri (baris jumlah di bawahnya dikurangi baris lainnya;"
        " realisasi + sisa pada baris yang sama; persentase anggaran pada baris"
        " yang sama), sedangkan Tabel 3.1 hanya dengan jumlah 2 baris di bawahnya"
    )
    (english,) = findings_for(text, select=(COPIES,), lang="en")
    assert english.message.endswith(
        "), while Tabel 3.1 only with the sum of the 2 rows below it"
    )


def test_the_copy_rule_and_the_pk_rule_settle_the_same_figure() -> None:
    # the PK prints Tabel 3.1's 1.254.300.000: both rules now take Tabel 3.2's
    # 1.245.300.000 as the report's figure (once, the copy rule blamed Tabel
    # 3.2 while the PK rule blamed the PK for differing from it)
    text = _report(
        _pagu_by_kegiatan("1.254.300.000"),
        _realisasi("1.245.300.000", "rspj"),
        _PK_TABLE,
    )
    found = findings_for(text, select=(COPIES, PK))
    assert compact(found) == [
        [COPIES, _T1, 7, "1.245.300.000", "1.254.300.000"],
        [PK, "tabel-ke-3/row:1/col:anggaran", 24]
        + ["Rp 1.245.300.000", "Rp 1.254.300.000"],
    ]


def test_a_sum_of_rows_alone_still_settles_the_tie() -> None:
    # Tabel 3.2 prints its anggaran bare: the kegiatan of Tabel 3.1 are the one
    # witness, and Tabel 3.2 is the miscopy
    text = _report(_pagu_by_kegiatan("1.254.300.000"), _realisasi("1.245.300.000", ""))
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _T2, 16, "1.254.300.000", "1.245.300.000"]]
    assert found[0].confidence == Confidence.HIGH
    assert found[0].message.endswith(
        "; Tabel 3.1 sesuai dengan hitungan tabelnya sendiri"
        " (jumlah 2 baris di bawahnya)"
    )


def test_a_sum_and_a_percentage_are_as_many_kinds_and_leave_the_tie_open() -> None:
    # one kind each side (the kegiatan's sum, the row's %): nothing settles
    # which copy is right (once, the sum won and Tabel 3.2 was reported at
    # 1.254.300.000 with high confidence)
    text = _report(
        _pagu_by_kegiatan("1.254.300.000"), _realisasi("1.245.300.000", "rp")
    )
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _T2, 16, None, "1.245.300.000"]]
    assert found[0].confidence == Confidence.LOW
    assert found[0].message.endswith(
        "; kedua angka berbeda dan tidak ada hal lain dalam laporan yang"
        " menunjukkan mana yang benar"
    )


def test_a_sum_with_a_percentage_outweighs_a_percentage_alone() -> None:
    # Tabel 3.1's 1.254.300.000 is its kegiatan's sum and 1.187.640.500 /
    # 1.254.300.000 = 94,69%; Tabel 3.2's 1.245.300.000 only its 95,37%
    text = _report(
        _pagu_by_kegiatan("1.254.300.000", realisasi="1.187.640.500", pct="94,69"),
        _realisasi("1.245.300.000", "rp"),
    )
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _T2, 16, "1.254.300.000", "1.245.300.000"]]
    assert found[0].message.endswith(
        "; Tabel 3.1 sesuai dengan hitungan tabelnya sendiri (jumlah 2 baris di"
        " bawahnya; persentase anggaran pada baris yang sama), sedangkan Tabel"
        " 3.2 hanya dengan persentase anggaran pada baris yang sama"
    )


def test_copies_that_agree_with_their_sums_are_not_reported() -> None:
    text = _report(
        _pagu_by_kegiatan("1.254.300.000"),
        _realisasi("1.254.300.000", ""),
        _PK_TABLE,
    )
    assert findings_for(text, select=(COPIES, PK)) == []


# ------------------------------------------- a capaian column printed as fractions

_DESA = "Persentase desa yang menetapkan APBDes tepat waktu"
_IKM = "Indeks kepuasan masyarakat terhadap pelayanan kecamatan"
_ADUAN = "Persentase pengaduan masyarakat yang ditindaklanjuti"


def _capaian_report(first: tuple[str, str], capaian: tuple[str, str]) -> str:
    """Tabel 3.1 with a capaian column (its first row's realisasi and capaian,
    and the other two rows' capaian as given); Tabel 3.2 prints the realisasi
    33,33 of the first indicator, with no capaian."""
    realisasi, own = first
    ikm, aduan = capaian
    return _report(
        _table(
            "Tabel 3.1 Capaian Indikator Kinerja",
            ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
            [
                ["1", _DESA, "85", realisasi, own],
                ["2", _IKM, "80", "82,5", ikm],
                ["3", _ADUAN, "90", "88,2", aduan],
            ],
        ),
        _table(
            "Tabel 3.2 Realisasi Indikator Kinerja",
            ["No", "Indikator Kinerja", "Target", "Realisasi"],
            [
                ["1", _DESA, "85", "33,33"],
                ["2", _IKM, "80", "82,5"],
                ["3", _ADUAN, "90", "88,2"],
            ],
        ),
    )


_R1 = "tabel-3.1/row:1/col:realisasi"
_R2 = "tabel-3.2/row:1/col:realisasi"


def test_a_capaian_column_of_fractions_confirms_its_row() -> None:
    # every capaian of Tabel 3.1 is realisasi / target unscaled (0,42 is
    # 36,33 / 85, 1,03 is 82,5 / 80, 0,98 is 88,2 / 90): its 36,33 is
    # confirmed, and Tabel 3.2 is the miscopy (once, the fractions confirmed
    # nothing and the tie was left open)
    text = _capaian_report(("36,33", "0,43"), ("1,03", "0,98"))
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _R2, 15, "36,33", "33,33"]]
    assert found[0].confidence == Confidence.HIGH
    assert found[0].message.endswith(
        "; Tabel 3.1 sesuai dengan hitungan tabelnya sendiri"
        " (capaian pada baris yang sama)"
    )


def test_a_capaian_column_of_fractions_backs_the_other_copy() -> None:
    # Tabel 3.1 prints 36,33 beside 0,39, which is 33,33 / 85: its row was
    # worked out from Tabel 3.2's figure, and Tabel 3.1 is the miscopy
    text = _capaian_report(("36,33", "0,39"), ("1,03", "0,98"))
    found = findings_for(text, select=(COPIES,), lang="en")
    assert compact(found) == [[COPIES, _R1, 7, "33,33", "36,33"]]
    assert found[0].message.endswith(
        "; the capaian on the same row in Tabel 3.1 fits this figure, not the"
        " 36,33 printed there"
    )


def test_one_unscaled_capaian_among_percentages_confirms_nothing() -> None:
    # 0,43 beside percentages (103,13, 98,00) is a wrong capaian, not a
    # fraction: it confirms neither copy, and the tie stays open
    text = _capaian_report(("36,33", "0,43"), ("103,13", "98,00"))
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _R2, 15, None, "33,33"]]
    assert found[0].confidence == Confidence.LOW


def test_fractions_printed_with_a_percent_sign_confirm_nothing() -> None:
    # 0,43% is less than one percent, not 43%
    text = _capaian_report(("36,33", "0,43%"), ("1,03%", "0,98%"))
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _R2, 15, None, "33,33"]]


def test_a_fraction_that_fits_neither_copy_confirms_nothing() -> None:
    # 0,50 is neither 36,33 / 85 nor 33,33 / 85, though the column is of
    # fractions: the tie stays open
    text = _capaian_report(("36,33", "0,50"), ("1,03", "0,98"))
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _R2, 15, None, "33,33"]]
