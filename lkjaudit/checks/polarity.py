"""Which way an indicator is better, read from its wording.

Every word list that decides it lives here. An indicator is lower-is-better when
a word of its wording names something of which less is better (kemiskinan,
pengaduan, waktu pelayanan …) and what it measures, read first, is not a thing
of which more is better: the cases handled ("persentase pengaduan yang
ditindaklanjuti", "kasus gizi buruk yang dirawat"), a decrease of the bad thing
("persentase penurunan angka kemiskinan") or an output produced ("jumlah laporan
penyediaan layanan pengaduan"). Such a wording is higher-is-better outright;
one that says neither leaves the printed figures to tell (the ``ratio``
primitive's backstop), as do a decrease or a report of nothing listed
("penurunan emisi", "jumlah laporan kejadian kebakaran") and the cases found,
said alone ("jumlah pelanggaran yang ditemukan").
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Row, Table

__all__ = [
    "DECREASE",
    "FOUND",
    "LOWER_IS_BETTER",
    "NOT_SERVICES",
    "OUTPUTS",
    "PEOPLE",
    "RATES",
    "RECORDS",
    "RESULTS",
    "SERVICES",
    "Polarity",
    "lower_is_better",
    "polarity",
    "row_polarity",
]

# NOTE: indicators where less is better; reports compute their capaian as
# target / realisasi or (2 − realisasi / target).
LOWER_IS_BETTER = (
    "kemiskinan",
    "miskin",
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
    "waktu penerbitan",
    "waktu pengurusan",
    "waktu proses",
    "waktu pemrosesan",
    "lama penerbitan",
    "lama pengurusan",
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
    "infeksi",
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
    "desa tertinggal",
    "daerah tertinggal",
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
# time measured). "Lama" is a time where it is what is measured (it starts the
# indicator, or follows "rata-rata") or is followed by a word of time or of a
# process ("lama waktu", "lama penyelesaian"); after a noun it is the adjective
# "old" ("tunggakan kasus lama yang diselesaikan": old cases settled). The
# people who receive a service are served too ("penduduk miskin yang menerima
# bantuan", "keluarga miskin penerima PKH"); what is received as it comes in
# ("pengaduan yang diterima", "penerimaan pengaduan") is the bad events' record.
_TIME = (
    r"(?<!tepat\s)(?<!ketepatan\s)\bwaktu\b|\bdurasi\b|\bresponse\s*time\b|\blamanya\b"
    r"|(?:^\s*|\b(?:rata-rata|rerata)\s+)lama\b"
    r"|\blama\s+(?=(?:waktu|proses|pemrosesan|tunggu|menunggu|antre|antri|antrian|"
    r"respon|respons|tanggap|pelayanan|layanan|penyelesaian|penanganan|penindakan|"
    r"tindak\s*lanjut|pengurusan|penerbitan|perawatan|rawat)(?:nya)?\b)"
)
# NOTE: words said between a negation and the handling it undoes ("yang belum
# sepenuhnya ditindaklanjuti", "yang tidak segera ditangani"), or between "yang"
# and its verb ("yang telah diselesaikan"); at most three of them
_ADVERBS = (
    r"(?:(?:dapat|bisa|mampu|sempat|berhasil|selesai|tuntas|sepenuhnya|seluruhnya|"
    r"semuanya|segera|langsung|pernah|telah|sudah|juga|lagi|ada|tepat\s+waktu|"
    r"secara\s+\w+)\s+){0,3}"
)
_NEGATION = rf"\b(?:belum|tidak|tak|gagal|tanpa)\s+{_ADVERBS}"
_HANDLING = (
    r"\b(?:penanganan|penyelesaian|penemuan|penindakan|tindak\s*lanjut|"
    r"ditindak\s*lanjuti|ditangani|tertangani|diselesaikan|terselesaikan|"
    r"direspon|ditanggapi|dilayani|terlayani|mendapat|memperoleh)\w*"
    r"|\b(?:menerima(?:nya)?|penerima)\b"
)
_HANDLED = rf"(?P<negated>{_NEGATION})?(?P<handled>{_HANDLING})"
# NOTE: what of the cases the verb is done to, said between "yang" and the verb
# by a word owned by them ("keluarga miskin yang datanya dimutakhirkan", "yang
# rumahnya diperbaiki", "yang kebutuhan dasarnya terpenuhi"): the service is
# still done to the cases named before it. An adverb in se-…-nya ("yang belum
# sepenuhnya ditindaklanjuti") is no such word, nor is a negation before it.
_OWNED = r"(?:(?!(?:belum|tidak|tak|gagal|tanpa)\b)(?:\w+\s+)?(?!se\w*nya\b)\w+nya\s+)?"
# NOTE: a passive verb (di-…, ter-…) after "yang" says what was done to the cases
# named before it, a service ("kasus gizi buruk yang dirawat", "pelanggaran perda
# yang ditertibkan", "pengaduan yang diproses", "kasus TB yang ditemukan dan
# diobati"), unless every verb of the clause is one of NOT_SERVICES. Such a verb
# counts only after a bad thing of which cases can be served: not after a rate
# (RATES: "angka kematian pasien yang dirawat" counts deaths) unless it is named
# as cases ("persentase kasus kematian ibu yang diaudit") or the rate's word
# names the people in it (PEOPLE: "jumlah pengangguran yang dilatih") and no
# word of a rate is said before it ("tingkat pengangguran lulusan yang dilatih"
# is still the rate). A word of handling above ("yang ditangani") counts
# wherever it is, as it always has.
_SERVED = (
    rf"\byang\s+{_OWNED}{_ADVERBS}(?P<unserved>{_NEGATION})?"
    r"(?P<served>(?:(?:di|ter)\w+|sembuh|pulih|kembali\s+(?:ber)?sekolah)"
    r"(?:(?:\s*[,/]\s*|\s+(?:dan|serta|atau)\s+)(?:di|ter)\w+)*)"
)
# NOTE: passive verbs and ter- words that name no service done to the cases: the
# bad condition itself or its cause ("balita yang terkena stunting", "kerugian
# yang ditimbulkan", "pelanggaran yang dilakukan ASN": committed), its record
# as it comes in ("kasus yang dilaporkan", "pengaduan yang diterima" count the
# bad events), the cases left undone ("pengaduan yang tertunda") and ter-
# adjectives ("kasus yang tertinggi"). A word of finding is in neither list
# (FOUND).
NOT_SERVICES = frozenset(
    {
        # the condition and its cause
        "terkena",
        "terjadi",
        "terdampak",
        "terinfeksi",
        "terjangkit",
        "terpapar",
        "tertular",
        "terserang",
        "terlibat",
        "terlantar",
        "terancam",
        "terganggu",
        "tertinggal",
        "terisolir",
        "terindikasi",
        "terduga",
        "diduga",
        "dialami",
        "diderita",
        "dinyatakan",
        "tergolong",
        "termasuk",
        "terkait",
        "dikategorikan",
        "digolongkan",
        "disebabkan",
        "diakibatkan",
        "ditimbulkan",
        "dipicu",
        "dilakukan",
        "dihadapi",
        "ditularkan",
        "terbentuk",
        "terulang",
        "terdapat",
        "terdiri",
        "terletak",
        "tersebar",
        # the record of the bad events
        "dilaporkan",
        "terlapor",
        "tercatat",
        "dicatat",
        "terdata",
        "didata",
        "terdaftar",
        "diterima",
        "diajukan",
        "disampaikan",
        "terpantau",
        "diketahui",
        "diperkirakan",
        "ditujukan",
        # left undone
        "tertunda",
        "ditunda",
        "tertunggak",
        "terlambat",
        "terhambat",
        "terbengkalai",
        "terabaikan",
        "diabaikan",
        "ditolak",
        "dibatalkan",
        "tersisa",
        "terhenti",
        # ter- adjectives
        "tertinggi",
        "terendah",
        "terbanyak",
        "terbesar",
        "terkecil",
        "terberat",
        "terparah",
        "terakhir",
        "tertentu",
        "terpencil",
        "terbuka",
        "terlama",
        "tersedia",
        "terpadu",
        "digital",
    }
)
# NOTE: bad things that are a rate, to which no service is done (but see PEOPLE)
RATES = (
    "kematian",
    "korban jiwa",
    "kemiskinan",
    "miskin",
    "pengangguran",
    "inflasi",
    "ketimpangan",
    "rasio gini",
    "indeks gini",
    "prevalensi",
    "angka kesakitan",
)
# NOTE: rates whose word names the people in them as well: "pengangguran" is
# unemployment and the unemployed, whom a service can train or place ("jumlah
# pengangguran yang dilatih"); "miskin" is the poverty rate ("persentase
# penduduk miskin", the BPS P0) and the poor, whom a service helps ("jumlah
# keluarga miskin yang difasilitasi"). Deaths and poverty named as such are no
# people ("angka kematian pasien yang dirawat": the patients are served, the
# deaths counted; "kemiskinan" is the condition).
PEOPLE = ("pengangguran", "miskin")
# a word before a rate's word that names the rate itself ("tingkat pengangguran
# terbuka", "angka kematian"), not the people in it
_RATE_NAMED = lazy(r"\b(?:angka|tingkat|taraf|laju|rasio|indeks)\s+$", re.IGNORECASE)

# NOTE: passive verbs and ter- words of a service done to the cases: they are
# treated, settled, guided, protected, trained or placed in work. A verb in
# neither list says nothing ("kasus anak yang ditelantarkan" is the bad thing
# itself, as "yang dianiaya", "yang dibiarkan" are): the printed figures tell.
SERVICES = frozenset(
    {
        "diobati", "dirawat", "dievakuasi", "ditertibkan",
        "didampingi", "ditindak", "diproses", "disembuhkan", "direhabilitasi",
        "dibina", "dilatih", "dibantu", "difasilitasi", "diverifikasi", "dimediasi",
        "diperbaiki", "dipulihkan", "diintervensi", "diimunisasi", "divaksinasi",
        "diperiksa", "diskrining", "dirujuk", "diberdayakan", "dientaskan",
        "diaudit", "ditolong", "diselamatkan", "dilindungi", "diadvokasi",
        "dikonseling", "diedukasi", "dibimbing", "diamankan", "dipadamkan",
        "ditanggulangi", "dikendalikan", "dicegah", "diatasi", "dikembalikan",
        "direlokasi", "direvitalisasi", "ditata", "dibenahi", "dilaksanakan",
        "terobati", "tertolong", "terselamatkan", "terlindungi", "terdampingi",
        "terverifikasi", "terfasilitasi", "terbina", "terlatih", "tertindak",
        "terproses", "terehabilitasi", "tertanggulangi", "terkendali",
        "terkendalikan", "teratasi", "tertata", "terselesaikan", "terlayani",
        "tertangani", "sembuh", "pulih", "kembali", "ditempatkan",
        "tertempatkan", "disalurkan", "tersalurkan", "terserap", "dimagangkan",
        "dimutakhirkan", "termutakhirkan", "diperbarui", "terpenuhi", "dipenuhi",
    }
)  # fmt: skip
# NOTE: words of finding, in neither list: what a service finds or detects is as
# often the level of the bad thing as the reach of the service ("kasus TB yang
# ditemukan" in case finding, "pelanggaran yang ditemukan" in an inspection),
# so a clause that says only that leaves the printed figures to tell; a service
# said with it serves the cases ("yang ditemukan dan diobati", "yang terdeteksi
# dan ditindaklanjuti"). The case finding named as a noun, "penemuan kasus", is
# the service's own work: a word of handling.
FOUND = frozenset(
    {
        "ditemukan", "ditemui", "terdeteksi", "dideteksi", "teridentifikasi",
        "diidentifikasi", "terjaring",
    }
)  # fmt: skip


def _serves(verbs: str, servable: bool) -> bool | None:
    """Whether a clause's verbs ("ditemukan dan diobati") name a service.

    ``servable`` is whether the last bad thing read before the clause is one a
    service can be done to (:func:`_servable`). None when its verbs are neither
    of a service nor of the bad thing (SERVICES, NOT_SERVICES), a word of finding
    (FOUND) included: the figures tell.
    """
    if _handling().search(verbs):
        return True
    if not servable:
        return False
    found = [
        verb
        for verb in re.findall(r"\w+", verbs.lower())
        if verb not in ("dan", "serta", "atau")
    ]
    if any(verb in SERVICES for verb in found):
        return True
    if all(verb in NOT_SERVICES for verb in found):
        return False
    return None


def _servable(text: str, bad: re.Match[str], cases: bool) -> bool:
    """Whether a service can be done to the bad thing ``bad`` read in ``text``.

    Any but a rate, and a rate named as cases (``cases``: "kasus" was read
    before it) or by its people, with no word of a rate before it ("jumlah
    pengangguran", not "tingkat pengangguran").
    """
    word = bad["bad"].lower()
    if word not in RATES or cases:
        return True
    return word in PEOPLE and _RATE_NAMED.search(text, 0, bad.start("bad")) is None


@lru_cache(maxsize=1)
def _handling() -> re.Pattern[str]:
    return re.compile(_HANDLING, re.IGNORECASE)


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
        rf"(?P<time>{_TIME})|{_HANDLED}|{_SERVED}"
        rf"|(?P<decrease>{_any(DECREASE, whole=True)})"
        rf"|(?P<result>{_any(RESULTS, whole=True)})"
        rf"|(?P<output>{output})|(?P<record>{record})|(?=(?P<bad>{bad}))\w+",
        re.IGNORECASE,
    )


# a word that says the figure is the decrease itself ("persentase penurunan",
# "tingkat penurunan", "laju penurunan")
_MEASURE = lazy(
    r"\b(?:persentase|prosentase|presentase|tingkat|laju|rasio|besaran|besarnya|"
    r"nilai|capaian)\s+$",
    re.IGNORECASE,
)


def _rate_level(text: str, match: re.Match[str]) -> bool:
    """Whether a decrease of a rate names a sasaran, its figures the rate's level.

    "Penurunan prevalensi stunting" (14%, 12,6%): the rate itself, as often as
    the decrease; "Persentase penurunan angka kemiskinan" measures the decrease.
    """
    if _MEASURE.search(text, 0, match.start()):
        return False
    return _rates().search(text, match.end()) is not None


@lru_cache(maxsize=1)
def _rates() -> re.Pattern[str]:
    return re.compile(_any(RATES), re.IGNORECASE)


class Polarity(Enum):
    """What an indicator's wording says of its polarity."""

    LOWER = "lower"  # less is better
    HIGHER = "higher"  # more is better, whatever its figures show
    UNSAID = "unsaid"  # the printed figures tell


# a civil-registration document named by the event it records: its issue is a
# service, more is better ("cakupan kepemilikan akta kematian")
_DOCUMENT_OF = lazy(
    r"\b(akta|kutipan\s+akta|surat\s+keterangan|sertifikat)\s+kematian\b",
    re.IGNORECASE,
)


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
    overturns = cases = servable = False
    bad: str | None = None  # the last bad thing read
    # NOTE: a document named by the event it records ("akta kematian") is a
    # service's output, not the bad thing counted
    wording = _DOCUMENT_OF.sub(r"\1 peristiwa", wording)
    text = (
        wording if indicator is None else _DOCUMENT_OF.sub(r"\1 peristiwa", indicator)
    )
    for match in _reading(words).finditer(text):
        if match["handled"] is not None:
            if match["negated"] is None:
                return Polarity.HIGHER
        elif match["served"] is not None:
            if match["unserved"] is None:
                served = _serves(match["served"], servable)
                if served:
                    return Polarity.HIGHER
                if served is None:
                    return Polarity.UNSAID
        elif match["time"] is not None:
            break
        elif match["bad"] is not None:
            bad = match["bad"].lower()
            cases = cases or bad == "kasus"
            servable = _servable(text, match, cases)
        elif bad is not None:
            continue  # NOTE: a decrease or a count after the bad thing names it
        elif match["output"] is not None:
            return Polarity.HIGHER
        elif match["result"] is not None:
            counted = unit and lower_is_better(unit, words)
            return Polarity.LOWER if counted else Polarity.UNSAID
        else:  # a decrease, or a record not named by the bad thing
            overturns = True
            if match["decrease"] is not None and _rate_level(text, match):
                return Polarity.UNSAID
            break
    lower = lower_is_better(wording, words)
    if overturns and lower and not (unit and lower_is_better(unit, words)):
        return Polarity.HIGHER
    return Polarity.LOWER if lower else Polarity.UNSAID


def row_polarity(
    table: Table, row: Row, unit: str | None, words: tuple[str, ...] = LOWER_IS_BETTER
) -> Polarity:
    """A table row's polarity by its wording, as every rule that needs it reads it.

    What is measured is the row's indicator, or its name when the table has no
    indicator column or the row leaves it empty (a sasaran or uraian that is the
    indicator itself), counted in ``unit`` (its target's). The name (its
    sasaran, programme or kegiatan) is not read beside an indicator: it names
    what the indicator serves, and a bad thing it names ("pelindungan
    masyarakat dari gangguan sosial", "pencegahan penyakit menular") is not
    what an indicator that names none counts ("persentase anggota Satlinmas
    yang terlatih", "cakupan imunisasi").
    """
    wording = table.indicator_of(row).lower()
    return polarity(wording, wording, unit, words)
