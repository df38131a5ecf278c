"""Which way an indicator is better, read from its wording.

Every word list that decides it lives here. An indicator is lower-is-better when
a word of its wording names something of which less is better (kemiskinan,
pengaduan, waktu pelayanan …) and what it measures, read first, is not a thing
of which more is better: the cases handled ("persentase pengaduan yang
ditindaklanjuti"), a decrease of the bad thing ("persentase penurunan angka
kemiskinan") or an output produced ("jumlah laporan penyediaan layanan
pengaduan"). Such a wording is higher-is-better outright; one that says neither
leaves the printed figures to tell (the ``ratio`` primitive's backstop), as does
a decrease or a report of nothing listed ("penurunan emisi", "jumlah laporan
kejadian kebakaran").
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

__all__ = [
    "DECREASE",
    "LOWER_IS_BETTER",
    "OUTPUTS",
    "RECORDS",
    "RESULTS",
    "Polarity",
    "lower_is_better",
    "polarity",
]

# NOTE: indicators where less is better; reports compute their capaian as
# target / realisasi or (2 − realisasi / target).
LOWER_IS_BETTER = (
    "kemiskinan",
    "pengangguran",
    "pengaduan",
    "keluhan",
    "komplain",
    "waktu pelayanan",
    "waktu penyelesaian",
    "waktu tunggu",
    "lama waktu",
    "lama pelayanan",
    "lama proses",
    "waktu tanggap",
    "response time",
    "kasus",
    "kematian",
    "korban jiwa",
    "kecelakaan",
    "pelanggaran",
    "tunggakan",
    "temuan",
    "konflik",
    "gangguan",
    "kriminal",
    "kejahatan",
    "penyakit",
    "stunting",
    "gizi buruk",
    "putus sekolah",
    "buta aksara",
    "kumuh",
    "tidak layak huni",
    "kerugian",
    "inflasi",
    "ketimpangan",
    "rasio gini",
    "indeks gini",
    "genangan",
    "backlog",
    "sengketa",
    "penyalahgunaan",
    "angka kesakitan",
    "prevalensi",
    "tingkat kerawanan",
)

# NOTE: words of a decrease or reduction; before the bad thing they say the
# decrease is what is measured ("tingkat penurunan pelanggaran perda",
# "berkurangnya kasus stunting"): more is better. A word of increase says
# nothing ("peningkatan angka kemiskinan" is still poverty, lower-is-better).
DECREASE = (
    "penurunan",
    "pengurangan",
    "pengentasan",
)
# NOTE: a decrease said as a result or an aim ("menurunnya angka kemiskinan",
# "berkurangnya kasus stunting", "mengurangi pengangguran") is how a sasaran is
# named: its figures are as often the level of the bad thing (the poverty rate)
# as the decrease. The wording decides nothing; the printed figures tell, unless
# they are counted in the bad thing's own unit (10 pengaduan: the level).
RESULTS = (
    "menurunnya",
    "berkurangnya",
    "turunnya",
    "menurunkan",
    "mengurangi",
)

# NOTE: what an output count counts, right after "jumlah" or "banyaknya": the
# documents, activities and people trained a unit produces, more is better
# whatever their topic ("jumlah sosialisasi pencegahan stunting"). A count of
# the bad events themselves names them first ("jumlah pengaduan", "jumlah
# kasus").
OUTPUTS = (
    "dokumen",
    "kegiatan",
    "sosialisasi",
    "penyuluhan",
    "kampanye",
    "edukasi",
    "rapat",
    "pertemuan",
    "forum",
    "paket",
    "pelatihan",
    "bimbingan teknis",
    "bimtek",
    "fasilitasi",
    "pembinaan",
    "monitoring",
    "monev",
    "patroli",
    "razia",
    "inspeksi",
    "sidak",
    "kajian",
    "publikasi",
    "modul",
    "regulasi",
    "peraturan",
    "posko",
    "peserta",
    "kader",
    "petugas",
    "personil",
    "relawan",
    "orang yang dilatih",
    "orang yang mengikuti",
    "orang terlatih",
)
# NOTE: a record may be produced or may record the bad events: one named by the
# bad thing counts the events ("jumlah laporan pengaduan", "jumlah surat
# pengaduan"), one named otherwise is an output where the wording names a bad
# thing ("jumlah laporan penyediaan layanan pengaduan") and says nothing else
# ("jumlah laporan kejadian kebakaran" may count fires).
RECORDS = ("laporan", "surat", "rekomendasi")


@lru_cache(maxsize=8)
def _lower_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_any(words), re.IGNORECASE)


def _any(words: tuple[str, ...], whole: bool = False) -> str:
    end = r"\b" if whole else ""
    return "(?:" + "|".join(rf"\b{re.escape(w)}{end}" for w in words) + ")"


def lower_is_better(wording: str, words: tuple[str, ...] = LOWER_IS_BETTER) -> bool:
    """Whether an indicator's wording names something of which less is better.

    A word counts where a word of the wording starts with it ("angka kemiskinan",
    "jumlah kasusnya"), not inside another word: "jumlah pertemuan koordinasi"
    counts meetings held, no "temuan" (an audit finding).
    """
    return _lower_words(words).search(wording) is not None


# NOTE: a word of handling (a case followed up, settled, found or served) says
# the cases handled are counted or shared: "persentase pengaduan yang
# ditindaklanjuti", "cakupan penemuan kasus", "jumlah dokumen penanganan
# pelanggaran", the kegiatan "penanganan konflik sosial". A word of time before
# it says the handling is what is timed: "waktu tanggap penanganan pengaduan",
# "rata-rata waktu penyelesaian perizinan" (a deadline, "tepat waktu", is no
# time measured). A handling said not done ("yang belum ditindaklanjuti") is no
# handling.
_TIME = r"(?<!tepat\s)(?<!ketepatan\s)\bwaktu\b|\blama\b|\bdurasi\b|\bresponse\s*time\b"
_HANDLED = (
    r"(?P<negated>\b(?:belum|tidak|tak)\s+(?:(?:dapat|bisa|sempat|selesai|tuntas)\s+)?)?"
    r"(?P<handled>\b(?:penanganan|penyelesaian|penemuan|penindakan|tindak\s*lanjut|"
    r"ditindak\s*lanjuti|ditangani|tertangani|diselesaikan|terselesaikan|"
    r"direspon|ditanggapi|dilayani|terlayani|mendapat|memperoleh)\w*)"
)


@lru_cache(maxsize=8)
def _reading(words: tuple[str, ...]) -> re.Pattern[str]:
    """Time, handling, decrease, output count, record or a bad thing, which first.

    A bad thing is stepped over one word at a time, so a handling inside it is
    still read ("ketepatan waktu penyelesaian perizinan").
    """
    bad = _any(words)
    count = r"\b(?:jumlah|banyaknya)\s+"
    output = rf"{count}{_any(OUTPUTS, whole=True)}"
    record = rf"{count}{_any(RECORDS, whole=True)}(?!\s+{bad})"
    return re.compile(
        rf"(?P<time>{_TIME})|{_HANDLED}|(?P<decrease>{_any(DECREASE, whole=True)})"
        rf"|(?P<result>{_any(RESULTS, whole=True)})"
        rf"|(?P<output>{output})|(?P<record>{record})|(?=(?P<bad>{bad}))\w+",
        re.IGNORECASE,
    )


class Polarity(Enum):
    """What an indicator's wording says of its polarity."""

    LOWER = "lower"  # less is better
    HIGHER = "higher"  # more is better, whatever its figures show
    UNSAID = "unsaid"  # the printed figures tell


def polarity(
    wording: str,
    indicator: str | None = None,
    unit: str | None = None,
    words: tuple[str, ...] = LOWER_IS_BETTER,
) -> Polarity:
    """Which way an indicator is better by its wording.

    ``wording`` is all the row says (its indicator and its name) and decides
    whether a bad thing is named at all; ``indicator`` (the wording when not
    given) is what is measured, read from its start. The cases handled and an
    output count are ``HIGHER``; so are a decrease and a record (a report, a
    letter) before the bad thing, where the wording names one: with none named
    the printed figures tell. A word of time first keeps the bad thing timed.
    What is counted in the bad thing's own ``unit`` ("menurunnya jumlah
    pengaduan", 10 pengaduan) counts the bad thing: the decrease is only the aim.
    """
    seen_bad = overturns = False
    for match in _reading(words).finditer(wording if indicator is None else indicator):
        if match["handled"] is not None:
            if match["negated"] is None:
                return Polarity.HIGHER
        elif match["time"] is not None:
            break
        elif match["bad"] is not None:
            seen_bad = True
        elif seen_bad:
            continue  # NOTE: a decrease or a count after the bad thing names it
        elif match["output"] is not None:
            return Polarity.HIGHER
        elif match["result"] is not None:
            counted = unit and lower_is_better(unit, words)
            return Polarity.LOWER if counted else Polarity.UNSAID
        else:  # a decrease, or a record not named by the bad thing
            overturns = True
            break
    lower = lower_is_better(wording, words)
    if overturns and lower and not (unit and lower_is_better(unit, words)):
        return Polarity.HIGHER
    return Polarity.LOWER if lower else Polarity.UNSAID
