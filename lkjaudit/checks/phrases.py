"""Fragments that primitives put into messages, in Indonesian and English.

Rule messages live in the rule packs; a few operands are themselves words (which
formula was applied, what confirmed a repair) and must follow the chosen language.
"""

from __future__ import annotations

from lkjaudit.engine.template import fill
from lkjaudit.model.values import Value, ValueKind

__all__ = ["figure", "phrase"]

_PHRASES: dict[str, tuple[str, str]] = {
    "formula.standard": ("{num} / {den}", "{num} / {den}"),
    "formula.inverse": (
        "{den} / {num} (indikator negatif)",
        "{den} / {num} (lower is better)",
    ),
    "formula.two_minus": (
        "2 − {num} / {den} (indikator negatif)",
        "2 − {num} / {den} (lower is better)",
    ),
    # a capaian up to a quarter: its formula with the figures it takes
    "quarter.standard": (
        "realisasi {real} / target {target}",
        "realisation {real} / target {target}",
    ),
    "quarter.inverse": (
        "target {target} / realisasi {real} (indikator negatif)",
        "target {target} / realisation {real} (lower is better)",
    ),
    "quarter.two_minus": (
        "2 − realisasi {real} / target {target} (indikator negatif)",
        "2 − realisation {real} / target {target} (lower is better)",
    ),
    # the formula with the printed figures in it, numerator and denominator in the
    # order the formula names them
    "figures.standard": ("{num} / {den}", "{num} / {den}"),
    "figures.inverse": ("{num} / {den}", "{num} / {den}"),
    "figures.two_minus": ("2 − {num} / {den}", "2 − {num} / {den}"),
    # a realisasi within a target range has met it: its capaian is 100%
    "formula.range_met": (
        "100% bila {num} dalam rentang {den}",
        "100% when {num} lies within the {den} range",
    ),
    "figures.range_met": ("{num} dalam {den}", "{num} within {den}"),
    "range.nearest": (
        ", terhadap batas {end} dari rentang target {range} yang terdekat",
        ", against {end}, the nearest end of the target range {range}",
    ),
    "formula.stated": (
        ", rumus yang dinyatakan laporan untuk indikator ini",
        ", the formula the report states for this indicator",
    ),
    "formula.stated_lower": (
        ", rumus yang dinyatakan laporan untuk indikator negatif",
        ", the formula the report states for lower-is-better indicators",
    ),
    "formula.other": (
        "; atau {value} bila dihitung {formula}",
        "; or {value} if computed as {formula}",
    ),
    "target.other": (
        "; atau {value} bila dihitung terhadap {target}",
        "; or {value} if computed against {target}",
    ),
    "target.table": (
        ", target yang dipakai baris lain di tabel ini",
        ", the target the table's other rows use",
    ),
    "efisiensi.selisih": (
        "capaian kinerja − serapan anggaran",
        "achievement − budget absorption",
    ),
    "efisiensi.rasio": (
        "capaian kinerja / serapan anggaran × 100",
        "achievement / budget absorption × 100",
    ),
    "efisiensi.hemat": (
        "(1 − serapan anggaran / capaian kinerja) × 100",
        "(1 − budget absorption / achievement) × 100",
    ),
    "efisiensi.sisa": (
        "100 − serapan anggaran",
        "100 − budget absorption",
    ),
    "level.program": ("program", "program"),
    "level.kegiatan": ("kegiatan", "kegiatan"),
    "level.sub_kegiatan": ("sub kegiatan", "sub kegiatan"),
    "level.rows": ("baris", "{n:row|rows}"),
    "basis.children": (
        "jumlah {n} baris di bawahnya",
        "the sum of the {n} {n:row|rows} below it",
    ),
    "basis.siblings": (
        "induknya dikurangi baris sejajar lainnya",
        "its parent minus its other sibling rows",
    ),
    "basis.total_rest": (
        "baris jumlah di bawahnya dikurangi baris lainnya",
        "the total row below it minus the other rows",
    ),
    "basis.sisa": (
        "realisasi + sisa pada baris yang sama",
        "realisasi + sisa on the same row",
    ),
    "basis.selisih_realisasi": (
        "anggaran − sisa pada baris yang sama",
        "anggaran − sisa on the same row",
    ),
    "basis.selisih_sisa": (
        "anggaran − realisasi pada baris yang sama",
        "anggaran − realisasi on the same row",
    ),
    "basis.percent": (
        "persentase pada baris yang sama",
        "the percentage on the same row",
    ),
    "basis.categories": (
        "jumlah kategori pada baris yang sama",
        "the sum of the categories on the same row",
    ),
    "sums.tie": (
        "{sum} atau salah satu kategorinya keliru; Jumlah {other} pada baris"
        " {row} juga tidak sesuai dan tabel tidak menunjukkan mana yang benar",
        "{sum}, or one of its categories is wrong; the Jumlah {other} on row"
        " {row} is off too and the table does not tell which",
    ),
    "basis.persen_anggaran": (
        "persentase anggaran pada baris yang sama",
        "the budget percentage on the same row",
    ),
    "basis.capaian": (
        "capaian pada baris yang sama",
        "the capaian on the same row",
    ),
    "basis.confirmed_copy": (
        "; {where} sesuai dengan hitungan tabelnya sendiri ({by})",
        "; {where} agrees with its own table ({by})",
    ),
    "basis.backed_copy": (
        "; {by} di {where} sesuai dengan angka ini, bukan dengan {printed} yang"
        " tertulis di sana",
        "; {by} in {where} fits this figure, not the {printed} printed there",
    ),
    "basis.fewer_kinds": (
        ", sedangkan {where} hanya dengan {by}",
        ", while {where} only with {by}",
    ),
    "basis.in_table": ("{by} di {where}", "{by} in {where}"),
    "pk.gap": (" (selisih {difference})", " (difference {difference})"),
    # the PK's figure against the report's: which is higher, by how much
    "pk.higher": (
        " (PK lebih tinggi {difference})",
        " (the PK is {difference} higher)",
    ),
    "pk.lower": (
        " (PK lebih rendah {difference})",
        " (the PK is {difference} lower)",
    ),
    "pk.either": ("{some} atau {last}", "{some} or {last}"),
    "pk.tie": (
        " (tabel-tabel laporan sendiri berbeda dan tidak ada hal lain dalam"
        " laporan yang menunjukkan mana yang benar)",
        " (the report's own tables differ and nothing else in the report tells"
        " which is right)",
    ),
    "copies.tie_two": (
        "; kedua angka berbeda dan tidak ada hal lain dalam laporan yang"
        " menunjukkan mana yang benar",
        "; the two figures disagree and nothing else in the report tells which"
        " is right",
    ),
    "copies.tie_many": (
        "; angka-angka ini berbeda dan tidak ada hal lain dalam laporan yang"
        " menunjukkan mana yang benar",
        "; these figures disagree and nothing else in the report tells which is right",
    ),
    "copies.range_figure": (
        "; satu salinan menulis rentang dan yang lain satu angka: bisa jadi"
        " target yang sama ditulis dengan cara lain",
        "; one copy prints a range and the other a single figure: perhaps the"
        " same target written another way",
    ),
    "basis.quarters": (
        "jumlah angka per triwulan pada baris yang sama",
        "the sum of the quarters' figures on the same row",
    ),
    "reading.own": (
        "jumlah target keempat triwulan {value}",
        "the four quarters' targets add up to {value}",
    ),
    "reading.running": (
        "target kumulatif triwulan terakhir {value}",
        "the last quarter's running target is {value}",
    ),
    "reading.last": (
        "target triwulan terakhir {value}",
        "the last quarter's target is {value}",
    ),
    "reading.year_backed": (
        "jumlah target keempat triwulan {total}; {capaian} dihitung dari target"
        " tahunan dikurangi {later} ({target}), sehingga target tahunan sesuai"
        " dan salah satu target {quarters} yang keliru",
        "the four quarters' targets add up to {total}; {capaian} was worked out"
        " from the year's target less {later} ({target}), so the year's target"
        " agrees and one of the {quarters} targets is wrong",
    ),
    "reading.both": (
        "jumlah target keempat triwulan {total} dan target triwulan terakhir {last}",
        "the four quarters' targets add up to {total} and the last quarter's "
        "target is {last}",
    ),
    "basis.total": ("jumlah baris-baris di atasnya", "the sum of the rows above it"),
    "quarters.sum": (
        "jumlah {quarters} {expected}",
        "the sum of {quarters} is {expected}",
    ),
    "quarters.sum_capaian": (
        "jumlah {quarters} {expected}; capaian {capaian} pada baris yang sama"
        " sesuai dengan jumlah itu terhadap {target}, bukan dengan angka yang"
        " tertulis",
        "the sum of {quarters} is {expected}; the capaian {capaian} on the same"
        " row agrees with that sum against {target}, not with the printed figure",
    ),
    "quarters.odd": (
        "seharusnya {expected} ({total} − {others}; {by} memberi angka yang"
        " sama), sedangkan {name} sesuai dengan {backing}",
        "expected {expected} ({total} − {others}; {by} gives the same figure),"
        " while {name} agrees with {backing}",
    ),
    "basis.running_less": (
        "realisasi s.d. triwulan dikurangi triwulan lainnya pada baris yang sama",
        "the running total less the other quarters on the same row",
    ),
    "basis.copy": (
        "salinan angka yang sama di {where}",
        "the copy of the same figure in {where}",
    ),
    "basis.witnessed": (
        "; {role} dihitung {value} menurut {by}, bukan {printed} yang tertulis",
        "; {role} taken as {value} as {by} {n:gives|give}, not the printed {printed}",
    ),
    "basis.witnessed_row": (
        "; {printed} dihitung {value} menurut {by}",
        "; {printed} counted as {value} as {by} {n:gives|give}",
    ),
    "basis.witnessed_copy": (
        "; di {where} tertulis {printed}, tetapi {by} memberi {value}",
        "; {where} prints {printed}, but {by} {n:gives|give} {value}",
    ),
    "basis.row_agrees": (
        "; {cells} pada baris yang sama sesuai dengan {value}",
        "; {cells} on the same row agree with {value}",
    ),
    "basis.row_agrees_one": (
        "; {cells} pada baris yang sama sesuai dengan {value}",
        "; {cells} on the same row agrees with {value}",
    ),
    "word.and": (" dan ", " and "),
    "basis.confirmed": (
        "seharusnya {value} (perbaikan yang diusulkan, dikonfirmasi oleh {by})",
        "should be {value} (the proposed repair, confirmed by {by})",
    ),
    "basis.contradicted": (
        "seharusnya {value} menurut {by} "
        "(perbaikan yang diusulkan {repair} tidak cocok)",
        "should be {value} according to {by} "
        "(the proposed repair {repair} does not fit)",
    ),
    "basis.derived": (
        "seharusnya {value} menurut {by}",
        "should be {value} according to {by}",
    ),
    "basis.unconfirmed": (
        "kemungkinan {value} (perbaikan yang diusulkan; tidak ada angka lain yang "
        "mengonfirmasi)",
        "probably {value} (the proposed repair; no other figure confirms it)",
    ),
    "basis.unreadable": (
        "tidak dapat dibaca dan tidak ada angka lain yang menyatakannya",
        "cannot be read and no other figure restates it",
    ),
    "scale.own": (
        " (tabel ini dalam {scale} rupiah: Rp {whole})",
        " (this table is in {scale} of rupiah: Rp {whole})",
    ),
    "scale.other": (
        " ({where} dalam {scale} rupiah)",
        " ({where} is in {scale} of rupiah)",
    ),
    "scale.rupiah": (" ({where} dalam rupiah)", " ({where} is in rupiah)"),
    "scale.3": ("ribuan", "thousands"),
    "scale.6": ("jutaan", "millions"),
    "scale.9": ("miliaran", "billions"),
    "scale.12": ("triliunan", "trillions"),
    "link.figure": (
        "(baris dicocokkan lewat anggaran dan posisinya)",
        "(rows matched by their budget and position)",
    ),
    "link.weak": (
        "(tautan lemah: nama hanya mirip {score}%)",
        "(weak link: the names are only {score}% alike)",
    ),
    "rollup.mean": ("rata-rata", "mean"),
    "rollup.mean_reported": ('rata-rata tanpa baris "-"', 'mean without "-" rows'),
    "rollup.capped_mean": (
        "rata-rata dengan capaian paling tinggi 100%",
        "mean capped at 100%",
    ),
    "rollup.weighted": ("rata-rata tertimbang anggaran", "budget-weighted mean"),
    # the method a report mostly uses, named in full: its plain mean reads a "-"
    # realisation as 0 (the mean without "-" rows is the other reading)
    "rollup.mean.named": (
        'rata-rata biasa (baris "-" dihitung 0)',
        'plain mean (counting "-" as 0)',
    ),
    # a parent one child's misprint explains: that child's realisasi the method needs
    "rollup.one_child": (
        "; atau {method} menghasilkannya bila realisasi {child} {needed},"
        " bukan {printed}",
        "; or the {method} gives it if {child} realised {needed}, not {printed}",
    ),
    # an operand a row takes from the merged cell of the row above
    "operand.merged": (" dari sel gabungan di atas", " from the merged cell above"),
    # a figure printed as a dash ("-"), where a message shows it as a figure
    "figure.dash": ('tidak ada ("{dash}")', 'none ("{dash}")'),
    "role.realisasi": ("realisasi", "realisasi"),
    "role.target": ("target", "target"),
    "role.anggaran": ("anggaran", "anggaran"),
    "role.realisasi_anggaran": ("realisasi anggaran", "realised spending"),
    "role.sisa": ("sisa", "sisa"),
    "role.jumlah": ("jumlah", "jumlah"),
    "role.subjumlah": ("jumlah kelompok", "group total"),
    "role.persen_total": ("persentase", "share"),
    "role.capaian": ("capaian", "capaian"),
    "role.persen_anggaran": ("% anggaran", "% of budget"),
    "role.kategori": ("kategori", "category"),
    "role.efisiensi": ("efisiensi", "efficiency"),
    # a result column left blank (column-left-blank): a row's expected figure,
    # the rows not written out, the two operand columns
    "blank.row": ("baris {row}: {value}", "row {row}: {value}"),
    "blank.more": (", dan {n} baris lain", ", and {n} more"),
    "blank.operands": ("{a} dan {b}", "{a} and {b}"),
    # a figure of one quarter's column, and of the running total up to a quarter
    "quarter.own": ("{fact} TW {quarter}", "{fact} in TW {quarter}"),
    "quarter.up_to": ("{fact} s.d. TW {quarter}", "{fact} up to TW {quarter}"),
}


def phrase(key: str, lang: str, **fields: object) -> str:
    """The fragment ``key`` in ``lang`` with ``fields`` filled in."""
    id_text, en_text = _PHRASES[key]
    template = en_text if lang == "en" else id_text
    return fill(template, {name: str(value) for name, value in fields.items()})


def figure(text: str, value: Value, lang: str) -> str:
    """A printed figure as a message shows it: a dash says it stands for none.

    ``-`` on its own reads as a stray mark in a sentence ("realised spending -");
    it is written ``none ("-")`` (``tidak ada ("-")``). Any other figure is
    ``text`` as it is.
    """
    if value.kind is not ValueKind.DASH:
        return text
    return phrase("figure.dash", lang, dash=text)
