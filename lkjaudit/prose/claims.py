"""Claims in sentences: which figure restates what, and what a sentence asserts.

* A **figure claim** is a figure with the kind of value it restates, read from the
  words before it: ``capaian … 79,67%`` (capaian), ``terealisasi sebesar 70,91%``
  (realisasi), ``dari target 89%`` (target), ``realisasi anggaran … 55,66%`` or
  ``menyerap 92,38%`` (budget percentage), ``pagu … Rp 7.200.000`` (anggaran),
  ``sisa anggaran Rp 181.271.180`` (sisa), ``19 orang`` (a staff count), ``8 unit``
  (an asset count), ``(44,44%)`` after a count (that count's share); or from what
  follows a percentage: ``… atau 47,20% dari target`` (capaian), ``… 89,62% dari
  pagu`` (budget percentage). A rupiah amount is a budget figure only in a clause
  about the budget: ``realisasi investasi Rp 212,4 miliar`` is not one.
* A **counting claim** counts rows of a table against a threshold: ``4 program dari
  total 6 program yang capaiannya di atas 50%``.
* A **qualitative claim** says a target was (or was not) met: ``sudah tercapai
  sesuai target``, ``melampaui target``, ``belum mencapai target``.

Linking a claim to the table value it restates is done by the checks
(:mod:`lkjaudit.checks.quotes`); this module only reads the language.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from typing import Literal

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report, TableKind
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.dates import report_period
from lkjaudit.prose.figures import Figure, figures
from lkjaudit.prose.owners import LINKS as _LINKS
from lkjaudit.prose.owners import table_owner_names, unit_led
from lkjaudit.prose.revenue import revenue_metric
from lkjaudit.prose.tails import (
    found_before,
    last_pieces,
    runs_start,
    tail_start,
    tokens_before,
)
from lkjaudit.prose.text import CLAUSES, CONTRAST, Sentence, sentences

__all__ = [
    "Comparator",
    "CountClaim",
    "FigureClaim",
    "ProseClaims",
    "Qualitative",
    "named_owner",
    "past_acquisition",
    "read_claims",
    "speaks_of_budget",
]

# NOTE: the serap family ("menyerap", "terserap", "penyerapan", "daya serap") is
# about the budget before a budget noun, or when no object of its own follows: a
# figure, a period, a programme or unit, a word of degree ("serapan terendah").
# "Penyerapan tenaga kerja" and "menyerap aspirasi" are about something else.
_SERAP_NEXT = (
    "sebesar|senilai|sejumlah|mencapai|tercatat|hanya|baru|sekitar|hampir|telah|"
    "sudah|masih|belum|adalah|yaitu|yakni|sampai|hingga|pada|di|dari|dengan|untuk|"
    "yang|ini|itu|tersebut|program|kegiatan|sub|tahun|triwulan|semester|bulan|"
    r"s\.?\s?d|rata|secara|keseluruhan|total|seluruh|kumulatif|rp|terendah|"
    "tertinggi|terbesar|terkecil|paling|cukup|sangat|relatif|rendah|tinggi|baik|"
    "optimal|maksimal|kurang|lebih|kecamatan|kelurahan|dinas|badan|kantor|"
    "sekretariat|opd|skpd|perangkat|bidang|bagian|seksi|upt|puskesmas"
)
_SERAP_WORD = r"\b(?:penyerapan|serapan|daya\s+serap|menyerap|terserap|diserap)(?:nya)?"
# "penyerapan anggaran": the budget by name
_SERAP_NOUN = rf"{_SERAP_WORD}\s+(?:anggaran|dana|keuangan|belanja|pagu|dpa)\w*"
# "menyerap 92,38%", "serapan pada triwulan II": the budget by default
_SERAP_BARE = rf"{_SERAP_WORD}(?=\s*(?:[\d(.,;:]|$)|\s+(?:{_SERAP_NEXT})\b)"
_SERAP = rf"(?:{_SERAP_NOUN}|{_SERAP_BARE})"
_BUDGET_NOUN = r"(?:anggaran|dana|pagu|belanja)"
# "alokasi (anggaran|dana) …": the budget allotted, when what follows is no name of
# a fund of its own ("Alokasi Dana Desa", "alokasi dana BOS")
_ALLOCATION = (
    r"\b(?:alokasi|pengalokasian)(?:\s+(?:anggaran|dana|pagu))?(?=\s*(?:$|[\d:;,(]|"
    r"(?:rp|yang|sebesar|senilai|sejumlah|adalah|yaitu|yakni|mencapai|hanya|untuk|"
    r"bagi|guna|kepada|tahun|ta|pada|dalam|triwulan|semester|program|kegiatan|"
    r"sub|belanja|kecamatan|kelurahan|dinas|badan|sekretariat|opd|skpd|secara|"
    r"total|keseluruhan|seluruh)\b))"
)
# cash in hand (the treasurer's, the kas daerah's): its balance, what is left of
# it, money said to be in it; what a budget table holds is another thing
_CASH = (
    r"\b(?:saldo|sisa|posisi)(?:\s+akhir)?\s+kas\b|\b(?:uang|dana)\s+kas\b|"
    r"\bkas\s+(?:tunai|(?:di\s+)?bendahara\w*)\b|"
    r"\b(?:tersedia|tersimpan|mengendap|berada|terdapat|ada)\s+(?:di|pada|dalam)\s+kas\b|"
    r"\b(?:di|pada|dalam)\s+kas\b"
)
# a kind of spending: a row of the budget by kind, not a kind of figure
_KIND_WORDS = (
    r"barang\s+(?:dan|&)\s+jasa|pegawai|barang|jasa|modal|hibah|"
    r"bantuan(?:\s+sosial)?|subsidi|bagi\s+hasil|tidak\s+terduga|operasi|transfer"
)
SPENDING_KIND = rf"\bbelanja\s+(?:{_KIND_WORDS})\b"
_KEYWORD = lazy(
    # cash held, no figure of the budget: "saldo kas", "sisa kas", "uang kas", "kas
    # bendahara", "dana yang tersedia di kas" (not "disetor ke kas daerah")
    rf"(?P<cash>{_CASH})|"
    # "sisa anggaran", "selisih antara pagu dan realisasi": one keyword, the sisa
    rf"(?P<sisa>\bsisa\s+{_BUDGET_NOUN}\w*|\b(?:tidak|belum)\s+terserap\b|"
    rf"\bselisih\s+(?:antara\s+)?(?:{_BUDGET_NOUN})\w*"
    r"(?:\s+(?:dan|dengan)\s+realisasi\w*(?:\s+anggaran)?)?)"
    # a bare "sisa", "(tidak) terealisasi": the sisa only in a sentence on the budget
    r"|(?P<sisa_plain>\bsisa(?:nya)?\b|\b(?:tidak|belum)\s+(?:terealisasi|direalisasikan|"
    r"terpakai|digunakan)\b)"
    r"|(?P<budget_real>\brealisasi\s+(?:penyerapan\s+)?(?:anggaran|keuangan|belanja)"
    # "realisasi anggaran belanja": one keyword, unless a kind of spending follows
    rf"(?:\s+belanja\b(?!\s+(?:{_KIND_WORDS})\b))?|"
    # "menggunakan anggaran Rp …", "penggunaan dana": what was spent
    r"\b(?:menggunakan|memakai|membelanjakan|menghabiskan|penggunaan|pemakaian)"
    rf"\s+{_BUDGET_NOUN}\w*|"
    rf"{_SERAP_NOUN}|akuntabilitas\s+keuangan)"
    rf"|(?P<serap>{_SERAP_BARE})"
    # the serap family about something else ("penyerapan tenaga kerja"): a topic
    # of its own, so the figure after it is no budget figure nor an earlier kind
    r"|(?P<other>\b(?:penyerapan|serapan|daya\s+serap|menyerap|terserap|diserap))"
    # "efisiensi (anggaran)": capaian kinerja less the budget %, or a saving; a
    # figure of its own kind, not the budget word it holds
    r"|(?P<efisiensi>\befisiensi(?:nya)?(?:\s+(?:penggunaan|pemanfaatan|pelaksanaan|"
    rf"realisasi|penyerapan|serapan))?(?:\s+(?:{_BUDGET_NOUN}|keuangan)\w*)?)"
    # "belanja modal": names a row; its amount is of the kind said before it
    rf"|(?P<spending>{SPENDING_KIND})"
    # NOTE: "Tahun Anggaran 2023" names a year, not the budget; "alokasi (dana)"
    # and "dana yang dialokasikan", "dana yang tersedia" are the budget too, but
    # not "Alokasi Dana Desa" nor "dana desa yang dialokasikan" (a fund by name)
    rf"|(?P<budget_base>\bpagu\b|{_ALLOCATION}|(?<!tahun )\banggaran\b|\bbelanja\b|"
    r"\bkeuangan\b|\bdana(?=\s+(?:yang\s+)?(?:(?:telah|sudah|akan)\s+)?(?:di"
    r"(?:alokasikan|anggarkan|sediakan)|tersedia|teralokasi(?:kan)?)\b))"
    # "target capaian (kinerja) sebesar 100%": a target set for the capaian, which
    # no column holds (the capaian column holds what was reached)
    r"|(?P<capaian_target>\btarget\w*\s+(?:kinerja\s+)?(?:pen)?capaian\w*)"
    # "capaian target IKM sebesar 95%": the capaian of the target, a capaian
    r"|(?P<capaian>\b(?:pen)?capaian\w*(?:\s+target\w*)?)"
    r"|(?P<realisasi>\bterealisasi\b|\brealisasi\w*|\bdirealisasikan\b)"
    r"|(?P<target>\btarget\w*|\bditargetkan\b)",
    re.IGNORECASE,
)
# words that make a clause about the budget: a money figure after a bare
# "realisasi" is realised spending only in such a clause ("realisasi investasi
# Rp 212,4 miliar" is an indicator's realisation, in rupiah). "Program X dengan
# alokasi Rp … terealisasi Rp …", "plafon": the budget by another name
_BUDGET_CONTEXT = lazy(
    rf"(?<!tahun )\b(?:{_BUDGET_NOUN}\w*|keuangan|dpa|apbd|plafon\w*)\b|{_SERAP}|"
    rf"{_ALLOCATION}",
    re.IGNORECASE,
)


def speaks_of_budget(text: str) -> bool:
    """Whether a text names the budget (anggaran, pagu, belanja, serapan …)."""
    return _BUDGET_CONTEXT.search(text) is not None


# the end of a figure's own phrase: a comma that is no decimal comma, or ";"
_CLAUSE_END = lazy(r";|,(?!\d)")
# the clause a figure is in: after ";", ":" or a comma that is no decimal comma
_OWN_CLAUSE = lazy(r"[;:]|,(?!\d)")
# "belum mencapai target: …", "melampaui target yang ditetapkan": a target reached
# or not, no figure's kind ("melampaui target 90%" still quotes the target)
_REACHED = lazy(
    r"\b(?:mencapai|memenuhi|melampaui|melebihi|sesuai(?:\s+dengan)?)\s+$", re.I
)
_LABEL_END = lazy(r"\s*(?:sebesar|yaitu|yakni|adalah|senilai)?\s*$", re.I)
# "Rp 42 juta tidak terserap", "Rp 5.000.000 yang belum terealisasi": the figure
# is what is left; a bare "(tidak) terealisasi" only in a clause on the budget
_LEFT_AFTER = lazy(
    r"\s*(?:yang\s+)?(?:masih\s+)?(?:tidak|belum)\s+(?:(?P<serap>terserap|diserap)|"
    r"terealisasi|direalisasikan|terpakai|digunakan)\b",
    re.IGNORECASE,
)


def _last_piece(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.split(text)[-1]``, split from the end (:func:`last_pieces`)."""
    return last_pieces(pattern, text, len(text), 1, blank=True)[0]


def _last_clause(text: str) -> str:
    """The last clause of a text: past its last ";" or comma, and any contrast."""
    return _last_piece(CONTRAST, _last_piece(_CLAUSE_END, text))


def _own_clause(text: str) -> str:
    return CONTRAST.split(text[_clause_start(text, len(text)) :])[-1]


def _clause_start(text: str, end: int, seen: int | None = None) -> int:
    """Where the clause ``text[:end]`` ends in starts: past its last break.

    A break is what :data:`_OWN_CLAUSE` matches in ``text[:seen]`` (``seen``:
    ``end`` unless given) before ``end``; found from ``end`` back (splitting the
    whole text cost a long sentence its length squared).
    """
    limit = end if seen is None else seen
    i = end
    while i > 0:
        char = text[i - 1]
        if char in ";:" or (char == "," and not (i < limit and text[i].isdecimal())):
            return i
        i -= 1
    return 0


# "… 47,20% dari target", "… 89,62% dari pagu": a percentage of what follows it
_SHARE_OF = lazy(
    r"\s*(?:dari|terhadap)\s+(?:(?:(?P<whole>total|jumlah|keseluruhan|seluruh)|nilai)\s+)?"
    rf"(?:(?P<budget>(?:target\s+)?(?:{_BUDGET_NOUN}|keuangan)\w*|alokasi|dpa)"
    r"|(?P<target>target\w*|yang\s+ditargetkan))\b",
    re.IGNORECASE,
)
STAFF_NOUNS = frozenset({"orang", "pegawai", "asn", "pns", "personil", "personel"})
ASSET_NOUNS = frozenset({"unit", "buah"})


@dataclass(frozen=True)
class FigureClaim:
    """A figure and the kind of table value it restates."""

    sentence: Sentence
    figure: Figure
    metric: str  # a column role ("capaian", "persen_anggaran", …), "staff", "asset"
    before: str  # text since the previous figure, up to this one
    after: str  # text after it, up to the next figure or clause break
    prefix: str  # the sentence up to this figure
    share_of: FigureClaim | None = None  # "(44,44%)" after "8 orang"
    # the texts since each earlier claim of the sentence, nearest first: where the
    # row a figure is about is named when the text just before it names none
    earlier: tuple[str, ...] = ()
    # "16 orang PNS", "3 unit kendaraan roda dua": the words right after a count
    # that may be its own label, and where they end in the sentence ("" and 0: none)
    label_after: str = ""
    label_end: int = 0
    # "…, dan Tingkat Pengangguran Terbuka sebesar 5,04%": the kind was taken
    # from an earlier clause, none is named in the figure's own words
    carried: bool = False
    # "dengan capaian 99,27": a capaian printed without its %; the word is used
    # loosely for the figure reached too (a realisasi it equals is read as that)
    bare: bool = False
    # "Capaian IKM Puskesmas Sukamulya sebesar 95,37%": the words of the sub-unit
    # its words name, when a table has a row for it; only such a row is its own
    # (:mod:`lkjaudit.prose.subunits`; a sub-unit no table holds makes no claim)
    sub_unit: frozenset[str] = frozenset()
    # "turun dari 94,3% pada tahun 2023": the other year a figure is dated to,
    # quoted from that year's column (None: the report's year)
    year: int | None = None
    # "Realisasi pendapatan BLUD … Rp …": a realisasi or target of revenue, only
    # a table of revenue holds it (:mod:`lkjaudit.prose.revenue`)
    revenue: bool = False


# the words of a name written in Title Case, and the nouns that introduce one
_NAME_WORD = lazy(r"[A-Z][\w/-]*|dan|serta|dalam|pada|di|ke|untuk|yang|dengan|,")
_LEVEL_NOUN = lazy(r"(?:sub\s*)?kegiatan|program|indikator|sasaran", re.IGNORECASE)


def _in_name(text: str, match: re.Match[str]) -> bool:
    """Whether a keyword is a word of a program's, kegiatan's or indicator's name.

    "kegiatan Administrasi Keuangan Perangkat Daerah", "Program Peningkatan
    Kapasitas Keuangan Desa", "sub kegiatan Koordinasi … Ikhtisar Realisasi
    Kinerja SKPD": the name, not the kind of figure quoted. The keyword is
    capitalised (not in capitals throughout), after a capitalised word or a level
    noun, inside a run of capitalised words (and the small words names hold) that
    a level noun starts or introduces; "Total Realisasi Anggaran sebesar …" is no
    name.
    """
    word = match.group(0).split()[0]
    if not (word[0].isupper() and word[1:].islower()):
        return False
    # NOTE: read back from the keyword only as far as the name runs (reading all
    # the words before it made a long sentence cost its length squared)
    before = tokens_before(text, match.start())
    last = next(before, None)
    if last is None or not (last[0].isupper() or _LEVEL_NOUN.fullmatch(last)):
        return False  # "… dengan Realisasi Anggaran …": a small word starts no name
    for token in chain((last,), before):
        if _LEVEL_NOUN.fullmatch(token):
            return True  # "kegiatan Administrasi Keuangan …", "Program … Keuangan"
        if not _NAME_WORD.fullmatch(token):
            return False
    return False


def _last_keyword(text: str, skip: tuple[str, ...] = ()) -> str | None:
    found = _keyword_at(text, skip)
    return found.lastgroup if found is not None else None


@lru_cache(maxsize=1024)
def _keyword_at(text: str, skip: tuple[str, ...] = ()) -> re.Match[str] | None:
    """The last keyword of a text that labels a figure (not in a name, not reached).

    Remembered: a figure's words before it are read once for its kind and again
    for whether it names its row by a keyword of its own.
    """
    return _keyword_before(text, len(text), skip)


@lru_cache(maxsize=4096)
def _keyword_before(
    text: str, end: int, skip: tuple[str, ...] = ()
) -> re.Match[str] | None:
    """:func:`_keyword_at` of ``text[:end]``, read from the sentence's keywords.

    The sentence is searched for its keywords once (:class:`_Keywords`); only its
    last words before ``end`` are searched again, where a keyword may read
    otherwise in the shorter text ("... alokasi" at its end) or be a target
    labelling what follows it there.
    """
    low = tail_start(text, end, _KEYWORD_RUNS)
    index = _keywords(text) if low else None
    count = bisect_left(index.starts, low) if index is not None else 0
    restart = low
    if index is not None and count and index.matches[count - 1].end() > low:
        restart = index.matches[count - 1].end()
    for match in reversed(list(_KEYWORD.finditer(text, restart, end))):
        if not (
            match.lastgroup in skip
            or _in_name(text, match)
            or _reached(text, match, end)
            or _against(text, match)
        ):
            return match
    return index.last(skip, count) if index is not None else None


# NOTE: a keyword's pattern crosses at most six blanks (matching or looking
# ahead); a search started further back than this many runs of words before a
# place looks at nothing past it, so it finds there what the whole sentence's does
_KEYWORD_RUNS = 12


class _Keywords:
    """A sentence's keywords, found once, and which of them label a figure."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.matches = list(_KEYWORD.finditer(text))
        self.starts = [m.start() for m in self.matches]
        self._labels: dict[tuple[str, ...], list[int]] = {}

    def last(self, skip: tuple[str, ...], count: int) -> re.Match[str] | None:
        """The last labelling keyword of the first ``count``, far before the place.

        Far before it, a "target" is no label only after a word saying it was
        reached: the place is too far for the words between to be a label's.
        """
        if not count:
            return None
        labels = self._labels.get(skip)
        if labels is None:
            labels, found = [], -1
            for k, match in enumerate(self.matches):
                if not (
                    match.lastgroup in skip
                    or _in_name(self.text, match)
                    or _reached(self.text, match, -1)
                ):
                    found = k
                labels.append(found)
            self._labels[skip] = labels
        k = labels[count - 1]
        return self.matches[k] if k >= 0 else None


@lru_cache(maxsize=64)
def _keywords(text: str) -> _Keywords:
    return _Keywords(text)


# a subject named in Title Case ("Tingkat Pengangguran Terbuka"), or by a level
# noun ("indikator …", "program …"): two capitalised words at least, the first
# no small word a sentence may open with
_NOT_SUBJECT = (
    r"(?!(?:Pada|Di|Dari|Dalam|Untuk|Dengan|Secara|Sedangkan|Sementara|Namun|"
    r"Adapun|Hal|Hasil|Tahun|Triwulan|Semester|Bulan|Sehingga|Yang)\b)"
)
_SUBJECT = lazy(
    rf"(?<![\w-]){_NOT_SUBJECT}[A-Z][\w/-]*"
    r"(?:\s+(?:dan\s+|di\s+|dengan\s+)?[A-Z][\w/-]*)+"
    r"|\b(?:indikator|program|(?:sub\s*)?kegiatan|sasaran)\s+[^\W\d]",
)
# a clause that opens with a capital inside a sentence opens with a name
_OPENS_NAME = lazy(rf"\s*(?:(?:dan|serta)\s+)?{_NOT_SUBJECT}[A-Z]")


def _carried(sentence: str, end: int) -> str | None:
    """The keyword of an earlier clause a figure naming none of its own takes.

    "Capaian Laju Pertumbuhan Ekonomi 98,43%, Indeks Pembangunan Manusia
    100,46%": a keyword said before the subjects heads them all, and "Program A
    terealisasi 95%, Program B 90%" runs on in parallel. "Persentase Penduduk
    Miskin turun menjadi 9,12% dengan capaian 104,00%, dan Tingkat Pengangguran
    Terbuka sebesar 5,04%": a keyword that labels a second figure of its clause's
    subject is that subject's; a later clause naming a subject of its own does
    not take it for its first figure.
    """
    found = _keyword_before(sentence, end, ())
    if found is None:
        return None
    start = _clause_start(sentence, end)
    if found.start() >= start:
        return found.lastgroup  # NOTE: the figure's own clause
    own = sentence[start:end]
    opened = _clause_start(sentence, found.start(), end)
    earlier = sentence[opened : found.start()]
    if (
        (_SUBJECT.search(own) or _OPENS_NAME.match(own))
        and _SUBJECT.search(earlier)
        and figures(earlier)
    ):
        return None
    return found.lastgroup


# "… terhadap target": the target a ratio is taken against, named in the measure
_AGAINST = lazy(r"\b(?:terhadap|atas)\s+$", re.IGNORECASE)


def _against(text: str, match: re.Match[str]) -> bool:
    """A "target" a ratio is against, a word of the measure, not the figure's kind.

    "Persentase realisasi PAD terhadap target mencapai 104,00%": the figure is
    the percentage of the realisation, not the target.
    """
    return (
        match.lastgroup == "target"
        and _AGAINST.search(text, max(0, match.start() - 12), match.start()) is not None
    )


def _reached(text: str, match: re.Match[str], end: int) -> bool:
    """A "target" in a phrase saying it was reached, not labelling the figure.

    ``end`` is where the figure's words end (-1: far past the target).
    """
    return (
        match.lastgroup == "target"
        # NOTE: the phrase holds two runs of words at most ("sesuai dengan")
        and _REACHED.search(text, tail_start(text, match.start(), 2), match.start())
        is not None
        and not (end >= 0 and _LABEL_END.fullmatch(text, match.end(), end))
    )


# a programme, kegiatan or sub kegiatan named by its level noun and the words of
# its name ("Program Penunjang Urusan Pemerintahan Daerah", "kegiatan penyediaan
# jasa kantor"); "program ini", "program dan kegiatan", "3 program sebesar …" name
# none
_OWNER_NOUN = lazy(r"\b(?:sub\s*kegiatan|kegiatan|program)\b", re.IGNORECASE)
_OWNER_WORD = lazy(r"\s+([^\W\d][\w/-]*)")
# the words a name (in lower case) does not run on into: what links it, points
# back, dates it, or says what figure of it is quoted
_NOT_NAME = frozenset(
    {
        "dan", "serta", "atau", "yang", "ini", "itu", "tersebut", "tahun", "pada",
        "di", "ke", "dari", "untuk", "dengan", "oleh", "dalam", "sebesar", "senilai",
        "sejumlah", "sebanyak", "yaitu", "yakni", "adalah", "ialah", "mencapai",
        "terealisasi", "realisasi", "realisasinya", "anggaran", "anggarannya",
        "pagu", "paginya", "dana", "belanja", "capaian", "capaiannya", "target",
        "menyerap", "terserap", "serapan", "sampai", "hingga", "sedangkan",
        "sementara", "namun", "tetapi", "hanya", "baru", "telah", "sudah", "masih",
        "belum", "memiliki", "mempunyai", "dianggarkan", "dialokasikan", "secara",
        "rp", "triwulan", "semester", "bulan", "periode",
    }
)  # fmt: skip


def named_owner(text: str, names: Callable[[str], bool] | None = None) -> str | None:
    """The name of the last programme, kegiatan or sub kegiatan a text names.

    "" when the last one points back to one named before ("anggaran program ini",
    "kegiatan tersebut"), None when the text names none or speaks of the unit's
    budget as a whole after it.

    The level noun and the words after it: a capitalised run ("Anggaran Program
    Pembinaan dan Pengawasan Pemerintahan Desa sebesar …") or at least two
    lower-case words that are no link, pointer or figure word ("anggaran program
    penunjang urusan pemerintahan daerah sebesar …"); a link word (*dan*, *di* …)
    is a word of the name only between two of its words, and a year ends it. A
    level noun pointing back ("program ini"), joined to another ("program dan
    kegiatan Kecamatan Sukareja": the unit's work) or counted ("3 program sebesar
    …") names none; so do words of what sort of work and whose ("program kerja
    Camat", "program Kecamatan Sukareja", "Program Prioritas Bupati"). The unit's
    budget named after a name ("Untuk mendukung Program A, realisasi anggaran
    Kecamatan Sukareja …") is the whole's.

    ``names`` (:class:`lkjaudit.prose.owners.OwnerNames`) decides whether the
    words name a programme or kegiatan; without it, Title Case words and two
    lower-case words or more do.
    """
    found: str | None = None
    found_at = 0
    consumed = 0
    for noun in _OWNER_NOUN.finditer(text):
        if noun.start() < consumed:
            continue  # NOTE: "Program Penyelenggaraan Kegiatan …": a word of a name
        if _POINTER.match(text, noun.end()):
            found, found_at = "", noun.start()
            continue
        if joined := _LEVEL_PAIR.match(text, noun.end()):
            # NOTE: "program dan kegiatan (Kecamatan Sukareja)": the unit's work
            found, found_at, consumed = None, noun.start(), joined.end()
            continue
        words: list[str] = []
        pending: list[str] = []
        at = noun.end()
        while (word := _OWNER_WORD.match(text, at)) is not None:
            value = word.group(1)
            titled = bool(words) and words[0][0].isupper()
            if value.lower() in _LINKS and words:
                pending.append(value)  # NOTE: a name's word only before another
            elif value.lower() == "tahun" and _YEAR.match(text, word.end()):
                break  # NOTE: "Program A Tahun 2024": when, not a word of it
            elif value.lower() in _NOT_NAME and not (titled and value[0].isupper()):
                break
            elif titled and not value[0].isupper():
                break  # NOTE: a capitalised name ends at its first small word
            elif _OWNER_NOUN.fullmatch(value) and not words:
                break  # NOTE: "program kegiatan …": a list of levels
            else:
                words += [*pending, value]
                pending = []
            at = word.end()
        if words and _names(words, names):
            found, found_at, consumed = " ".join(words), noun.start(), at
    if found is not None and _UNIT_BUDGET.search(text, found_at):
        return None  # NOTE: "…, realisasi anggaran Kecamatan Sukareja sebesar"
    return found


def _names(words: list[str], names: Callable[[str], bool] | None) -> bool:
    """Whether the words after a level noun name a programme or kegiatan.

    Title Case words that are not the unit's or an official's do; other words
    only by a row or an official name (or, with no ``names``, two words or more
    that are not the unit's).
    """
    if not unit_led(words) and (
        words[0][0].isupper() or (names is None and len(words) > 1)
    ):
        return True
    return names is not None and names(" ".join(words))


# "program dan kegiatan", "program/kegiatan", "program, kegiatan dan sub kegiatan"
_LEVEL_PAIR = lazy(
    r"(?:\s*(?:,|/|&|dan|serta|maupun)\s*(?:sub\s*kegiatan|kegiatan|program)\b)+",
    re.IGNORECASE,
)
_YEAR = lazy(r"\s*\d")
# the unit's budget by its name: "anggaran Kecamatan Sukareja", "pagu Dinas …"
_UNIT_BUDGET = lazy(
    r"\b(?:anggaran|pagu|dana|dpa)\s+(?:kecamatan|kelurahan|dinas|badan|"
    r"sekretariat|inspektorat|pemerintah|opd|skpd|upt|uptd)\b",
    re.IGNORECASE,
)


_POINTER = lazy(r"\s+(?:ini|itu|tersebut)\b", re.IGNORECASE)


# the kinds of figure a rupiah amount after a kind of spending can carry from
# the words before it ("realisasi belanja pegawai Rp …, sedangkan belanja modal
# Rp …": both realised spending)
_SPENDING_CARRIES = ("sisa", "sisa_plain", "budget_real", "serap", "realisasi")


# "belanja modal yang dianggarkan Rp …": the amount allotted, whatever was said before
_ALLOTTED = lazy(r"\b(?:dianggarkan|dialokasikan|teralokasi|dipagukan)\b", re.I)


# "sisanya Rp 25.000.000 untuk pengadaan meubelair", "sisanya dialokasikan untuk
# …": the rest of an amount given to something else, not a budget's unspent part
_ALLOCATED = lazy(
    r"(?<!tidak )(?<!belum )\b(?:untuk|(?:di|akan\s+di)(?:gunakan|pergunakan|"
    r"alokasikan|manfaatkan|peruntukkan))\b",
    re.IGNORECASE,
)
_BARE_SISA_WORD = lazy(r"\bsisa(?:nya)?\b", re.IGNORECASE)
# the words that may come between an amount and what it is allotted to
_ALLOTTED_LEAD = lazy(r"\s*(?:yang\s+)?(?:akan\s+)?", re.IGNORECASE)


def _allotted_rest(before: str, after: str) -> bool:
    """Whether a bare "sisa" is the rest of an amount allotted to something else.

    "sisanya Rp 25.000.000 untuk pengadaan meubelair", "sisanya dialokasikan untuk
    … sebesar Rp …": what the rest goes to, no budget's unspent remainder and no
    claim. An unspent word ("sisanya tidak digunakan") keeps it the sisa.
    """
    words = list(_BARE_SISA_WORD.finditer(before))
    if not words:
        return False
    lead = _ALLOTTED_LEAD.match(after)
    return bool(
        _ALLOCATED.match(after, lead.end() if lead else 0)
        or _ALLOCATED.search(before, words[-1].end())
    )


# money put to a use: "belanja modal digunakan untuk …", "dialokasikan untuk …",
# "membiayai …", "berupa …", "di antaranya …"; a figure after the use is what
# the use cost, not the budget line's own
_USE = lazy(
    r"\b(?:(?:(?:di|akan\s+di)(?:gunakan|pergunakan|manfaatkan|alokasikan|"
    r"peruntukkan|belanjakan|pakai|sediakan|anggarkan)|terpakai|tersedia|"
    r"teralokasi(?:kan)?|(?:penggunaan|pemanfaatan)(?:nya)?)"
    r"\s+(?:untuk|bagi|guna|kepada)|membiayai|(?P<form>berupa)|antara\s+lain|"
    r"di\s*antaranya)\b",
    re.IGNORECASE,
)
# an allocation's own purpose, right after it: "alokasi anggaran untuk …"
_ALLOCATING = lazy(r"\b(?:alokasi|pengalokasian)\b", re.IGNORECASE)
_ALLOCATED_TO = lazy(r"\s+(?:untuk|bagi|guna|kepada)\b", re.IGNORECASE)
# a use of a time is none: "dialokasikan untuk tahun 2024 sebesar Rp …"
_TIME_OBJECT = lazy(
    r"\s*(?:(?:tahun|ta)\s+(?:anggaran\s+)?\d{4}|triwulan|semester|periode|tw)\b",
    re.IGNORECASE,
)
# the words of the budget a use may follow
_SPENT_KEYS = frozenset(
    {"budget_base", "spending", "budget_real", "serap", "sisa", "sisa_plain"}
)
# a use whose object is a programme, kegiatan or sub kegiatan, after the verbs
# of carrying it out and a word of all ("untuk melaksanakan seluruh kegiatan",
# "untuk pelaksanaan kegiatan …"): the noun is where the object starts
_WHOLE_OBJECT = lazy(
    r"\s*(?:(?:untuk|bagi|guna)\s+)?(?:(?:melaksanakan|menjalankan|"
    r"menyelenggarakan|membiayai|mendanai|mendukung|menunjang|pelaksanaan|"
    r"penyelenggaraan|pembiayaan|pendanaan)\s+)*(?:(?:seluruh|semua|berbagai|"
    r"keseluruhan)\s+)?(?=(?:sub\s*kegiatan|kegiatan|program)\b)",
    re.IGNORECASE,
)
# the programmes or kegiatan by no name: the noun and nothing of a name before
# the figure's own words ("untuk melaksanakan seluruh kegiatan tahun 2024 sebesar")
_NO_NAME = lazy(
    r"(?:sub\s*kegiatan|kegiatan|program)(?:nya)?(?:\s+(?:tahun|ta)\s+\d{4})?\s*"
    r"(?:$|[,;:.]|(?:sebesar|senilai|sejumlah|mencapai|dengan|adalah|yaitu)\b)",
    re.IGNORECASE,
)
_UNIT_OBJECT = lazy(
    r"\s*(?:(?:untuk|bagi|kepada)\s+)?(?:kecamatan|dinas|badan|inspektorat|rsud|"
    r"opd|skpd|perangkat\s+daerah|satuan\s+kerja|satker|instansi)\b",
    re.IGNORECASE,
)
# a use that buys or pays for something: its cost is a part of the line, even as
# the subject of a clause of its own ("anggaran yang digunakan untuk pengadaan
# komputer mencapai Rp …")
_ITEM_OBJECT = lazy(
    r"\s*(?:(?:untuk|bagi|guna)\s+)?(?:(?:belanja|biaya)\s+)?(?:pengadaan|"
    r"pembelian|pembayaran|pemeliharaan|perbaikan|pembangunan|rehabilitasi|"
    r"renovasi|honor(?:arium)?|sewa)\b",
    re.IGNORECASE,
)
# what says the figure is the subject's, not the use's: a verb of the clause
# after the use ("Realisasi belanja yang dimanfaatkan untuk pelayanan masyarakat
# … mencapai Rp …"), or the end of an aside ("Realisasi belanja pegawai, di
# antaranya untuk gaji dan tunjangan ASN, sebesar Rp …")
_SUBJECT_S = lazy(
    r"(?<!yang )\b(?:mencapai|adalah|ialah|merupakan|tercatat|terealisasi|"
    r"berjumlah|menyerap|terserap)\b|,(?!\d)\s*(?:(?:yaitu|yakni|adalah|ialah|"
    r"sebesar|senilai|sejumlah|mencapai|hanya|total(?:nya)?)\s+)*$",
    re.IGNORECASE,
)


def _row_object(text: str, names: Callable[[str], bool] | None) -> bool:
    """Whether what a use names after it is a programme's or kegiatan's budget.

    A programme or kegiatan named by a name (:func:`named_owner`: "kegiatan
    Penyediaan Jasa Kantor", or a row of the report), pointed back to ("kegiatan
    tersebut") or the unit's work as a whole ("program dan kegiatan", "seluruh
    kegiatan"); not a kegiatan described in words of no name ("kegiatan rapat
    koordinasi tingkat kecamatan", "kegiatan pengadaan peralatan kantor"): what
    the line paid for.
    """
    noun = _OWNER_NOUN.match(text)
    if noun is not None and _LEVEL_PAIR.match(text, noun.end()):
        return True
    if _NO_NAME.match(text):
        return True
    return named_owner(text, names) is not None


def _put_to_use(
    prefix: str,
    money: bool,
    names: Callable[[str], bool] | None = None,
    sentence: str | None = None,
) -> bool:
    """Whether a figure is what a use its budget line is put to cost.

    "Belanja modal digunakan untuk pengadaan 2 unit komputer senilai Rp
    20.000.000": the amount is the purchase's, not belanja modal's anggaran nor its
    realisasi. The use comes after the last word that says what the figure is, a
    word of the budget (a kind of spending, *anggaran*, *sisa*, or a *realisasi*
    before a rupiah amount; "… digunakan untuk pengadaan komputer, realisasinya Rp
    …" is the line's again). A capaian, target or realisasi of performance
    "berupa …", "di antaranya …" is a list of its parts, not money spent.

    The figure is the line's own when the use is the budget itself: a programme,
    kegiatan or sub kegiatan, the programmes and kegiatan as a whole ("digunakan
    untuk melaksanakan program dan kegiatan"), or the unit ("dialokasikan untuk
    Kecamatan …"); when the figure is outside the use's clause, after a verb of
    the subject ("… yang dimanfaatkan untuk pelayanan masyarakat mencapai Rp …") or
    an aside closed by a comma ("…, di antaranya untuk gaji …, sebesar Rp …"),
    unless the use buys or pays for something; and after "berupa" (in the form
    of: "sisa anggaran berupa SiLPA sebesar Rp …" is the same money) unless what
    follows is such a purchase ("berupa pengadaan komputer senilai Rp …").
    An allocation's own purpose is a use too ("alokasi anggaran untuk pengadaan
    komputer sebesar Rp …"); a time is no use ("dialokasikan untuk tahun 2024").
    """
    if sentence is None:
        sentence = prefix
    # NOTE: a use's words cross three blanks at most
    end = len(prefix)
    if not (
        found_before(_USE, sentence, end, 6)
        or found_before(_ALLOCATING, sentence, end, 6)
    ):
        return False  # NOTE: most figures follow no use: the keywords go unread
    # NOTE: ``prefix`` starts ``sentence``: its keywords are the sentence's
    label = _keyword_before(sentence, end, ())
    if label is None or not (
        label.lastgroup in _SPENT_KEYS or (money and label.lastgroup == "realisasi")
    ):
        return False
    uses: list[re.Match[str]] = list(_USE.finditer(prefix, label.end()))
    allocation = label.group(0).lower().startswith(("alokasi", "pengalokasian"))
    if not uses and allocation and (to := _ALLOCATED_TO.match(prefix, label.end())):
        uses = [to]  # NOTE: "alokasi anggaran untuk pengadaan …"
    if not uses:
        return False
    use = uses[-1]
    if _TIME_OBJECT.match(prefix, use.end()):
        return False  # NOTE: "dialokasikan untuk tahun 2024 sebesar Rp …"
    if _UNIT_OBJECT.match(prefix, use.end()):
        return False  # NOTE: "dialokasikan untuk Kecamatan …": the unit's budget
    whole = _WHOLE_OBJECT.match(prefix, use.end())
    if whole is not None and _row_object(prefix[whole.end() :], names):
        return False  # NOTE: a programme's or kegiatan's budget, or all of them
    item = _ITEM_OBJECT.match(prefix, use.end()) is not None
    if use.groupdict().get("form") and not item:
        return False  # NOTE: "berupa SiLPA sebesar Rp …": the same money
    return item or _SUBJECT_S.search(prefix, use.end()) is None


# a count of "orang" or "unit" is about staff or assets only in a sentence about them
# ("jumlah penduduk 45.000 orang" is not)
_STAFF_CONTEXT = lazy(
    r"\b(?:pegawai|asn|pns|cpns|pppk|tkb|honorer|aparatur|personil|personel|staf|"
    r"karyawan|golongan|eselon|jabatan)\b",
    re.IGNORECASE,
)
# schooling says a count of people is of staff only in a report that counts its
# staff by education, and not in a sentence about the people of the area
# ("sebanyak 11 orang berpendidikan S1", "lulusan SMA 6 orang"; not "11 orang
# warga berpendidikan SD")
_SCHOOLING = lazy(r"\b(?:ber)?pendidikan(?:nya)?\b", re.IGNORECASE)
# "lulusan" and "tamatan" speak of schooling only before a level of it ("lulusan
# SMA", not "lulusan pelatihan")
_GRADUATE = lazy(r"\b(?:lulusan|tamatan|berijazah|ijazah)\b", re.IGNORECASE)
_LEVEL = lazy(
    r"\b(?:s-?[123]|d-?(?:[1-4]|i{1,3}|iv)|strata|diploma|sarjana|magister|doktor|"
    r"sma|smk|slta|smp|sltp|sd)\b",
    re.IGNORECASE,
)
_POPULATION = lazy(
    r"\b(?:warga|penduduk|masyarakat|jiwa|kepala\s+keluarga|siswa|murid|pelajar|"
    r"mahasiswa|peserta\s+didik)\b",
    re.IGNORECASE,
)


def _staff_by_education(report: Report) -> bool:
    """Whether a staff table of the report counts its staff by education."""
    for table in report.tables:
        if TableKind.STAFF not in table.kinds:
            continue
        words = " ".join(
            [table.caption or ""]
            + [f"{c.header} {c.group}" for c in table.columns]
            + [table.label_of(r) for r in table.rows]
        )
        if _SCHOOLING.search(words) or _LEVEL.search(words):
            return True
    return False


# a count measured against a target is an indicator's: "sebanyak 440 orang ASN
# telah mengikuti pengembangan kompetensi atau 73,33% dari target tahunan 600
# orang"; a sentence on the staff held names no target
_AGAINST_TARGET = lazy(r"\b(?:target\w*|ditargetkan)\b", re.IGNORECASE)


def _about_staff(sentence: str, education: bool) -> bool:
    """Whether a count of people in ``sentence`` is of the unit's own staff held.

    A word of staff says so ("jumlah pegawai sebanyak 38 orang"), unless the
    sentence measures the count against a target: in an agency whose indicators
    count its staff served ("3.680 orang ASN dinilai kinerjanya, 74,23% dari
    target tahunan"), that is an indicator's figure. Schooling says so in a
    report that counts its staff by education (:func:`_staff_by_education`).
    """
    if _STAFF_CONTEXT.search(sentence):
        return _AGAINST_TARGET.search(sentence) is None
    schooling = _SCHOOLING.search(sentence) is not None or (
        _GRADUATE.search(sentence) is not None and _LEVEL.search(sentence) is not None
    )
    return education and schooling and _POPULATION.search(sentence) is None


_ASSET_CONTEXT = lazy(
    r"\b(?:barang|aset|sarana|prasarana|inventaris|kendaraan|peralatan|perlengkapan|"
    r"kondisi|komputer|laptop|printer|meja|kursi|almari|lemari|gedung)\b",
    re.IGNORECASE,
)


# a count of what was procured, bought, added or received ("pengadaan 2 unit
# komputer", "menerima 3 orang PPPK", "2 unit komputer yang dibeli tahun ini"):
# a flow of the year, not the stock a table of assets or staff counts
_ACQUIRING = lazy(
    r"\b(?:pengadaan|mengadakan|diadakan|pembelian|membeli|dibeli(?:kan)?|"
    r"penambahan|menambah(?:kan)?|ditambah(?:kan)?|tambahan|penerimaan|menerima|"
    r"diterima|mendapat(?:kan)?|didapat(?:kan)?|memperoleh|diperoleh|hibah|"
    r"rekrutmen|perekrutan|merekrut|direkrut|pengangkatan|mengangkat|diangkat)\b",
    re.IGNORECASE,
)
# after a word of acquiring, what says the count is the stock again: a verb of
# holding ("dengan pengadaan itu kecamatan memiliki 8 unit", "didukung oleh 10
# unit"), the total of a named thing ("menambah jumlah komputer …"; not "dengan
# jumlah 2 unit", the amount acquired), "menjadi" right before the count, the
# present or a consequence ("…, sehingga …")
_STOCK = lazy(
    r"\b(?:memiliki|mempunyai|dimiliki|terdapat|tersedia|didukung|kini|sekarang|"
    r"saat\s+ini|sehingga|maka|akibatnya)\b|\b(?:jumlah|total|seluruh|keseluruhan)"
    r"(?:nya)?\s+(?!(?:sebanyak|sejumlah|sekitar|hanya|\d))[^\W\d]|\bmenjadi\s*"
    r"(?:sebanyak\s*|sejumlah\s*)?$",
    re.IGNORECASE,
)
# the words right after a count and its label that say it was acquired: "2 unit
# komputer yang dibeli …", "2 unit di antaranya hasil pengadaan …", "2 unit
# komputer baru" (new ones, a part of what the row counts)
_ACQUIRED_AFTER = lazy(
    r"(?:\s+(?!(?:dan|serta|atau|sedangkan|sementara|namun|tetapi)\b)[^\W\d][\w/-]*)"
    r"{0,5}?\s+(?P<which>yang\s+)?(?:(?:baru|telah|sudah)\s+)?"
    r"(?:(?P<verb>dibeli(?:kan)?|diadakan|diterima|diperoleh|didapat(?:kan)?|"
    r"ditambah(?:kan)?|direkrut|diangkat)|(?P<source>(?:hasil|dari|melalui)\s+"
    r"(?:pengadaan|pembelian|hibah|penambahan|rekrutmen|penerimaan))|"
    r"(?P<new>baru)(?=\s*(?:$|[,;:.()]|(?:dan|serta|atau|untuk|guna|agar|pada|di|"
    r"yang|dengan|dari|hasil|tahun|sebanyak|senilai|sebesar|sehingga)\b)))\b",
    re.IGNORECASE,
)
# an acquisition that describes what is held rather than reports one: what the
# things are ("komputer yang dibeli dengan dana APBD", "hasil pengadaan …") or a
# status ("diangkat sebagai PNS")
_WHICH = lazy(
    r"\byang\s+(?:(?:telah|sudah|pernah|baru|berhasil|dapat)\s+)*$", re.IGNORECASE
)
_SOURCE = lazy(r"\b(?:hasil|dari|melalui)\s+$", re.IGNORECASE)
_STATUS = lazy(r"\s+(?:sebagai|menjadi)\b", re.IGNORECASE)
# the one period an acquisition is dated by: a year, "tahun ini", a quarter, a
# semester or a month; a point in time ("per 31 Desember 2024", "akhir tahun
# 2024", "sampai dengan Desember 2024") dates what is held then
_ONE_PERIOD = lazy(
    r"(?P<point>\b(?:per|akhir|posisi|keadaan|kondisi|sampai|hingga|s\.?\s?d\.?|"
    r"s/d)(?:\s+dengan)?\s+(?:(?:tanggal|tgl\.?|\d{1,2})\s+)?)?"
    r"(?:\b(?:tahun|ta)\s+(?:anggaran\s+)?\d{4}\b|\btahun\s+(?:ini|berjalan)\b|"
    r"\b(?:triwulan|semester|tw|bulan)\b|\bpada\s+\d{4}\b|\b(?:januari|februari|"
    r"maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|"
    r"desember)\b)",
    re.IGNORECASE,
)
# years that run on, not one period: "sejak tahun 2018", "tahun 2019 sampai dengan
# 2023", "sampai tahun 2024", "2015-2024": what was acquired over them is held
_YEARS = lazy(
    r"\b(?:sejak|semenjak)\b|\bmulai\s+(?:dari\s+)?(?:tahun\s+)?\d{4}\b|"
    r"\b(?:sampai|hingga|s\.?\s?d\.?|s/d)(?:\s+dengan)?\s+(?:(?:akhir\s+)?tahun\s+)?"
    r"\d{4}\b|\b\d{4}\s*[-\u2013]\s*\d{4}\b|\bantara\s+tahun\b|"
    r"\bdari\s+tahun\s+ke\s+tahun\b",
    re.IGNORECASE,
)


def _of_the_period(text: str) -> bool:
    """Whether a description of what was acquired dates it by one period."""
    if _YEARS.search(text):
        return False
    return any(not m.group("point") for m in _ONE_PERIOD.finditer(text))


# "jumlah pegawai setelah penerimaan PPPK tahun 2024 sebanyak …": an acquisition
# the count comes after, so the count is what is held after it
_SINCE_WORD = (
    r"\b(?:setelah|sesudah|pasca|usai|seiring(?:\s+dengan)?)\s+(?:(?:adanya|"
    r"dilakukannya|dilaksanakannya)\s+)?"
)
_SINCE = lazy(_SINCE_WORD + "$", re.IGNORECASE)
_SINCE_AT = lazy(_SINCE_WORD, re.IGNORECASE)
# the words that end the acquisition a count comes after: what the sentence goes
# on to say of the count ("… sebanyak", "… menjadi", "jumlah pegawai …")
_SINCE_END = lazy(
    r"\b(?:sebanyak|sejumlah|berjumlah|menjadi|adalah|ialah|mencapai|yaitu|yakni|"
    r"tercatat|terdiri|memiliki|mempunyai|terdapat|jumlah(?:nya)?|total(?:nya)?|"
    r"seluruh(?:nya)?|keseluruhan)\b|[,;:]",
    re.IGNORECASE,
)


def past_acquisition(text: str) -> str:
    """A text with the acquisition a count comes after blanked out.

    "Jumlah pegawai Kecamatan setelah penerimaan PPPK tahun 2024 sebanyak 23
    orang": what is held after the intake, all staff; "PPPK" names what was taken
    on, not the count's category; so with a movement of staff ("setelah mutasi
    PNS"). The acquisition runs from *setelah* (*sesudah*, *pasca* …) to the words
    that go on about the count.
    """
    out = text
    for since in _SINCE_AT.finditer(text):
        if (
            _ACQUIRING.match(text, since.end()) is None
            and _MOVED_AT.match(text, since.end()) is None
        ):
            continue
        stop = _SINCE_END.search(text, since.end())
        end = stop.start() if stop else len(text)
        out = out[: since.start()] + " " * (end - since.start()) + out[end:]
    return out


def _acquired(prefix: str, after: str) -> bool:
    """Whether a count is of things acquired this period, not a stock.

    "Pada tahun 2024 dilakukan pengadaan 2 unit komputer baru", "membeli 3 unit",
    "menerima 2 orang PPPK baru", "2 unit komputer yang dibeli tahun ini": the
    sentence says they were acquired, in the count's own clause before it (with
    nothing after that makes the count a total again: *jumlah*, *menjadi*,
    *memiliki* …) or right after the count's label.

    A count of what is held is the stock, even beside a word of acquiring: one
    the acquisition comes before ("jumlah pegawai setelah penerimaan PPPK …"),
    one acquired over years ("hasil pengadaan tahun 2019 sampai dengan 2023",
    "yang diadakan sejak tahun 2018"), and one the acquisition only describes
    ("kendaraan dinas yang diperoleh dari APBD", "pegawai yang diangkat sebagai
    PNS", "7 unit komputer yang dibeli dengan dana APBD"): a description speaks
    of the period's additions only when it names one period ("komputer yang dibeli
    pada tahun 2024"). A description after an earlier count ("8 unit komputer
    yang dibeli … dan 6 unit laptop") is that count's.
    """
    clause = _own_clause(prefix)
    if _acquired_before(clause):
        return True
    found = _ACQUIRED_AFTER.match(after)
    if found is None:
        return False
    if found.group("new"):
        return True  # "2 unit komputer baru": new ones
    descriptive = (
        found.group("which")
        or found.group("source")
        or _STATUS.match(after, found.end())
    )
    return not descriptive or _of_the_period(after[found.start() :])


def _acquired_before(clause: str) -> bool:
    """Whether the words of a count's clause before it say it was acquired."""
    for word in reversed(list(_ACQUIRING.finditer(clause))):
        head = clause[: word.start()]
        descriptive = bool(
            _WHICH.search(head)
            or _SOURCE.search(head)
            or _STATUS.match(clause, word.end())
        )
        if descriptive and any(f.kind == "count" for f in figures(head)):
            continue  # NOTE: "8 unit komputer yang dibeli … dan 6 unit": the 8's
        if _STOCK.search(clause, word.end()):
            return False
        since = _SINCE.search(head)
        if since is not None and head[: since.start()].strip():
            return False  # NOTE: "jumlah pegawai setelah penerimaan PPPK …"
        return not descriptive or _of_the_period(clause[word.start() :])
    return False


# what happened to some of the staff in the period: they moved in or out, retired,
# died or left ("1 orang PNS mutasi masuk", "pegawai yang pensiun sebanyak 2 orang")
_MOVED = (
    r"(?:mutasi|dimutasi(?:kan)?|pindah(?:an)?|dipindah(?:kan|tugaskan)?|"
    r"perpindahan|alih\s+tugas|pensiun|purna\s*(?:tugas|bakti)|meninggal|wafat|"
    r"berhenti|diberhentikan|pemberhentian|mengundurkan\s+diri|pengunduran\s+diri|"
    r"(?:naik|kenaikan)\s+pangkat|promosi|dilantik|pelantikan)"
)
# an appointment, a movement of the period only where the sentence dates it
# ("Pada tahun 2024 terdapat 2 orang PPPK yang diangkat"); undated, it describes
# the staff held ("Pegawai yang diangkat sebagai PNS sebanyak 17 orang")
_APPOINTED = r"(?:diangkat|pengangkatan)"
# what was done to some of the things held: maintained, repaired, renovated
_SERVICE = (
    r"(?:pemeliharaan|memelihara|perawatan|merawat|perbaikan|memperbaiki|servis|"
    r"service|menservis|rehabilitasi|merehabilitasi|renovasi|merenovasi|"
    r"pengecatan|kalibrasi)"
)
_SERVICED = (
    r"(?:dipelihara|dirawat|diperbaiki|diservis|direhabilitasi|direnovasi|dicat|"
    r"dikalibrasi)"
)
# where some of the things held came from, said of them: "3 unit printer
# merupakan hibah", "2 unit laptop berasal dari bantuan provinsi"
_PROVENANCE = (
    r"(?:merupakan|berasal\s+dari|bersumber\s+dari|adalah)\s+(?:(?:barang|aset)\s+)?"
    r"(?:(?:hasil|dari)\s+)?(?:hibah|bantuan|sumbangan|pinjam(?:an)?|limpahan|"
    r"pengadaan|pembelian|apbd|apbn|dak)"
)
_MOVED_AT = lazy(rf"\b{_MOVED}\b", re.IGNORECASE)
_SERVICE_AT = lazy(rf"\b(?:{_SERVICE}|{_SERVICED})\b", re.IGNORECASE)
# the words after a count and its label that say what became of them: up to five
# words of the label, then a movement, a service or a provenance
_PART_LABEL = (
    r"(?:\s+(?!(?:dan|serta|atau|sedangkan|sementara|namun|tetapi)\b)[^\W\d][\w/-]*)"
    r"{0,5}?\s+(?:yang\s+)?(?:(?:telah|sudah|baru|akan|sedang|pernah|perlu|harus|"
    r"masih|belum|tidak|juga)\s+)*"
)
_MOVED_AFTER = lazy(
    rf"{_PART_LABEL}(?:(?:mengalami|melakukan)\s+)?{_MOVED}\b", re.IGNORECASE
)
_APPOINTED_AT = lazy(rf"\b{_APPOINTED}\b", re.IGNORECASE)
_APPOINTED_AFTER = lazy(rf"{_PART_LABEL}{_APPOINTED}\b", re.IGNORECASE)
_SERVICED_AFTER = lazy(
    rf"{_PART_LABEL}(?:{_SERVICED}|{_PROVENANCE}|(?:mengalami|menjalani|"
    rf"mendapat(?:kan)?|memerlukan|membutuhkan|dalam\s+(?:proses\s+)?){_SERVICE})\b",
    re.IGNORECASE,
)
# the whole said right before a count: "perawatan terhadap seluruh 7 unit printer"
_ALL_OF = lazy(
    r"\b(?:seluruh|semua|keseluruhan|total)(?:nya)?\s*(?:(?:sebanyak|sejumlah|"
    r"berjumlah)\s*)?$",
    re.IGNORECASE,
)
# a verb of holding before a count: what follows describes the things held
# ("Kecamatan memiliki 7 unit printer yang merupakan hibah")
_HOLDING = lazy(r"\b(?:memiliki|mempunyai|dimiliki)\b", re.IGNORECASE)
_NOT_DONE = lazy(r"\b(?:belum|tidak|tak|bukan)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _some_of_held(held: str, prefix: str, after: str) -> bool:
    """Whether a staff or asset count is some of what is held, not the stock.

    Staff who moved in the period ("1 orang PNS mutasi masuk", "pegawai yang
    pensiun sebanyak 2 orang", "2 orang PNS meninggal dunia"), things maintained
    or repaired ("pemeliharaan terhadap 5 unit kendaraan", "3 unit komputer
    diperbaiki") and things by provenance ("3 unit printer merupakan hibah"): the
    words of the count's clause before it, or right after its label. A count
    still the stock: the whole ("terhadap seluruh 7 unit printer"), one held after
    the event ("jumlah pegawai setelah mutasi sebanyak 22 orang", "…, sehingga
    jumlah pegawai menjadi 22 orang"), a movement not made ("PNS yang belum
    pensiun"), and what a verb of holding describes ("Kecamatan memiliki 7 unit
    printer yang merupakan hibah"). An appointment (*diangkat*) is a movement
    only in a sentence that dates it to one period ("Pada triwulan II, 1 orang
    PNS diangkat sebagai Kepala Seksi"; not "Pegawai yang diangkat sebagai PNS
    sebanyak 17 orang").
    """
    clause = _own_clause(prefix)
    if _ALL_OF.search(clause):
        return False
    staff = held == "staff"
    for word in reversed(list((_MOVED_AT if staff else _SERVICE_AT).finditer(clause))):
        head = clause[: word.start()]
        if _NOT_DONE.search(head):
            continue
        if _STOCK.search(clause, word.end()):
            return False
        since = _SINCE.search(head)
        return since is None or not head[: since.start()].strip()
    if _HOLDING.search(clause):
        return False
    if not staff:
        return _SERVICED_AFTER.match(after) is not None
    if _MOVED_AFTER.match(after) is not None:
        return True
    appointed = _APPOINTED_AFTER.match(after) or _APPOINTED_AT.search(clause)
    return appointed is not None and _of_the_period(prefix + after)


# a count of people or things outside a sentence on staff or assets restates an
# indicator's realisasi or target ("Jumlah pengunjung perpustakaan tahun 2024
# mencapai 47.835 orang, melampaui target 45.000 orang") only in a sentence that
# speaks of performance; which row, if any, the sentence names is the walk's
_INDICATOR_NOUNS = frozenset({"orang", "jiwa", "unit", "buah"})
_PERFORMANCE = lazy(
    r"\b(?:mencapai|tercapai|terealisasi|realisasi\w*|direalisasikan|target\w*|"
    r"ditargetkan|capaian\w*|(?<!tidak\s)(?<!belum\s)terlaksana|"
    r"dilaksanakan\s+sebanyak)\b",
    re.IGNORECASE,
)
# the verb right before a count that says it is what was reached, or carried
# out (or the people a service was done to or followed by: "telah dilakukan terhadap
# 3.680 orang ASN", "diikuti oleh 40 orang")
_ATTAINED = lazy(
    r"\b(?:mencapai|tercapai|terealisasi|direalisasikan|sebanyak|sejumlah|sebesar|"
    r"berjumlah|dilakukan\s+(?:terhadap|kepada)|diikuti\s+oleh|"
    # "terlaksana 35 kali": what was carried out (not "tidak terlaksana")
    r"(?<!tidak\s)(?<!belum\s)terlaksana)"
    r"(?:\s+(?:sebanyak|sejumlah|sebesar))?\s*$",
    re.IGNORECASE,
)
# a count of another time: "naik dibandingkan tahun 2023 sebanyak 41.250 orang"
_EARLIER = lazy(
    r"\b(?:dibandingkan|dibanding|daripada|semula|sebelumnya|"
    r"tahun\s+(?:lalu|kemarin))\b",
    re.IGNORECASE,
)
_YEAR_NAMED = lazy(r"\b(?:19|20)\d\d\b")
# a likeness to last year: "Seperti tahun lalu capaian … sebesar 95%", "sama
# seperti tahun sebelumnya": it compares with last year, it dates no figure
# ("sama dengan tahun lalu yang sebesar 93%" still speaks of last year's)
_LIKE_LAST = lazy(
    r"\b(?:(?:sama\s+)?seperti|sebagaimana|sama\s+dengan)\s+(?:pada\s+)?"
    r"(?:tahun|periode)\s+(?:lalu|sebelumnya|kemarin)\b(?!\s*,?\s*yang\b)",
    re.IGNORECASE,
)
# a percentage reached, right after the indicator's name: "Persentase arsip yang
# tertata mencapai 84%"
_REACHES = lazy(
    r"\b(?:mencapai|tercapai)(?:\s+(?:sebesar|angka|nilai|tingkat))?\s*$",
    re.IGNORECASE,
)
# a transfer named as such, whose money is no row's budget: "Alokasi Dana Desa",
# "Dana Desa", "Dana Alokasi Khusus", "DAK", "Dana Bagi Hasil", "dana BOS"
_NAMED_FUND = lazy(
    r"\b(?:(?:alokasi\s+)?dana\s+(?:desa|kelurahan|bos|bok)|add|dd|dak|dau|dbh\w*|"
    r"dana\s+(?:alokasi\s+(?:khusus|umum)|bagi\s+hasil|insentif\s+daerah)|did|"
    r"bantuan\s+keuangan(?:\s+(?:khusus|provinsi))?|bankeu)\b",
    re.IGNORECASE,
)
# the keywords a fund's money is read by: its budget, its spending, what is left
_FUND_KEYS = frozenset(
    {"budget_base", "budget_real", "serap", "spending", "sisa", "sisa_plain"}
)


def _of_a_fund(fig: Figure, key: str | None, prefix: str) -> bool:
    """Whether a budget figure is a named transfer's, not a row's budget.

    "Alokasi Dana Desa untuk Program Pemberdayaan Masyarakat Desa terealisasi
    Rp …": the transfer paid for the programme, and the programme's own budget
    (its row) is another figure; the amount, named in its own clause by the fund
    it comes from, is left unread. A rupiah amount after a bare "realisasi" too;
    a percentage only after a budget word ("realisasi penyaluran Dana Desa 100%"
    is an indicator's).
    """
    if key is None or fig.kind not in ("rp", "pct"):
        return False
    if key not in _FUND_KEYS and not (fig.kind == "rp" and key == "realisasi"):
        return False
    return _NAMED_FUND.search(_own_clause(prefix)) is not None


# the level a change reached: "turun menjadi 12,6%", "turun dari 94,3% pada tahun
# 2023 menjadi 92,1%" (the level it started from is another year's)
_CHANGED_TO = lazy(
    r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|membaik|memburuk)"
    r"(?:\s+dari\b.*?)?\s+menjadi(?:\s+(?:sebesar|hanya))?\s*$",
    re.IGNORECASE,
)
# the level a change started from: "naik dari 91,2% menjadi 96%" (last year's, or
# the level before a plan)
_CHANGED_FROM = lazy(
    r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|membaik|memburuk)"
    r"\s+dari\s*$",
    re.IGNORECASE,
)
# how much a count changed, not its level: "turun sebanyak 1.335 orang",
# "terjadi penurunan sejumlah 12 unit", "meningkat 1.000 orang"
_CHANGE_VERB = r"(?:naik|turun|meningkat|menurun|bertambah|berkurang)"
_CHANGE_NOUN = r"(?:penurunan|peningkatan|kenaikan|penambahan|pengurangan)"
_CHANGED_BY = lazy(
    rf"\b(?:{_CHANGE_VERB}|{_CHANGE_NOUN})(?:nya)?(?:\s+(?:sebanyak|sejumlah|sebesar))?"
    r"\s*$",
    re.IGNORECASE,
)
# a change not made, or planned: "diharapkan naik menjadi 96%", "ditargetkan
# meningkat menjadi 90%"
_UNCHANGED = lazy(
    r"\b(?:belum|tidak|tak|gagal|akan|diharapkan|diperkirakan|direncanakan|"
    r"diproyeksikan|ditargetkan|harus|wajib|perlu|agar|supaya|untuk|guna)"
    r"(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)
# a reaching not made, not yet made or still to come: "belum mencapai 45.000
# orang", "diharapkan mencapai 90%" (a bound or a plan, no figure reached)
_UNREACHED = lazy(
    r"\b(?:belum|tidak|tak|gagal|hampir|nyaris|akan|diharapkan|diperkirakan|"
    r"direncanakan|diproyeksikan|harus|wajib|perlu|agar|supaya|untuk|guna)"
    r"(?:\s+(?:juga|sepenuhnya|bisa|dapat|mampu|berhasil|pernah|sempat))?\s+$",
    re.IGNORECASE,
)


def _reaching(before: str, verb: re.Pattern[str]) -> bool:
    """Whether the words before a figure end with a verb of reaching, not negated."""
    found = verb.search(before)
    return found is not None and not _UNREACHED.search(before, 0, found.start())


def _of_the_year(prefix: str, sentence: str, year: int | None) -> bool:
    """Whether a figure is of the report's year, by what its clause says.

    A figure its clause compares ("naik dibandingkan tahun 2023 sebanyak 41.250
    orang") or dates to another year than the report's (the year its clause names,
    else the last one the sentence named before it: "Pada tahun 2023, jumlah
    pengunjung mencapai 41.250 orang") is not this year's.
    """
    clause = _LIKE_LAST.sub(" ", _own_clause(prefix))
    if _EARLIER.search(clause):
        return False
    named = [int(y) for y in _YEAR_NAMED.findall(clause)]
    if not named and (said := _last_year_named(prefix, sentence)) is not None:
        named = [said]
    if year is not None and any(y != year for y in named):
        return False
    if year is not None or not named:
        return True
    latest = max((y for _, y in _years_in(sentence)), default=None)
    return not (latest is not None and any(y < latest for y in named))


@lru_cache(maxsize=8)
def _years_in(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where each year a sentence names ends, and the year, in order."""
    return tuple((m.end(), int(m.group())) for m in _YEAR_NAMED.finditer(sentence))


def _last_year_named(prefix: str, sentence: str) -> int | None:
    """The last year named in ``prefix``, read once per sentence it begins.

    A sentence of many figures asks this before each of them; the years are
    found once (:func:`_years_in`), not searched for again in every prefix.
    """
    if not sentence.startswith(prefix):
        said = _YEAR_NAMED.findall(prefix)
        return int(said[-1]) if said else None
    years = _years_in(sentence)
    k = bisect_right(years, (len(prefix), 10_000))
    return years[k - 1][1] if k else None


def _indicator_count(
    fig: Figure, before: str, prefix: str, after: str, sentence: str, year: int | None
) -> str | None:
    """What a count outside a sentence on staff or assets restates, if anything.

    After a realisasi or target word of its own ("melampaui target 45.000 orang")
    or a verb of reaching ("mencapai 47.835 orang"), in a sentence on performance,
    the indicator's realisasi or target (a count in *jiwa* as one in *orang*). A
    count of another year is not this year's and is no claim
    (:func:`_of_the_year`), nor is one not reached ("belum mencapai 45.000
    orang"). The level a change reached is this year's whatever it is compared
    with: "naik dibandingkan tahun lalu menjadi 47.835 orang". A count its words
    date to the report's year needs no word of performance, as one dated to
    another year does not (:func:`_dated_count`): "Jumlah penduduk miskin tahun
    2024 sebanyak 47.000 orang" quotes the year's realisasi.
    """
    if fig.noun is None or _CHANGED_BY.search(before):
        return None  # NOTE: "turun sebanyak 1.335 orang": by how much it changed
    if fig.noun not in _INDICATOR_NOUNS and not (
        fig.noun != "per" and _quarter_dated(sentence)
    ):
        # NOTE: "terealisasi 33 kali sampai dengan triwulan III": a count in any
        # noun only where the sentence dates it to a quarter (the walk compares it
        # with a row counted in that noun, in that quarter's column)
        return None
    if not _PERFORMANCE.search(sentence) and (
        year is None or _count_year(prefix, after, year) != year
    ):
        return None
    if _CHANGED_FROM.search(before):
        return None  # NOTE: "naik dari 41.250 orang menjadi …": where it started
    dated, which = _dated_after(prefix, after, year)
    if dated and (year is None or which != year):
        return None  # NOTE: "sebanyak 41.250 orang pada tahun 2023"
    # NOTE: "naik dibandingkan tahun lalu menjadi 47.835 orang": the words from
    # the comparison up to *menjadi* date where the change started, not the count
    reached = _since_change(prefix)
    if not _of_the_year(reached, sentence, year):
        return None
    own = _last_keyword(before)
    if own in ("realisasi", "target"):
        return own
    if own is None and (_reaching(before, _ATTAINED) or _changed_to(reached)):
        return "realisasi"
    return None


# a quarter named in a sentence: "triwulan III", "s.d. TW II", "Semester I"
_QUARTER_NAMED = lazy(
    r"\b(?:triwulan|tri\s+wulan|tw|trw|semester|smt)\s*(?:ke\s*)?(?:iv|i{1,3}|[1-4])\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _quarter_dated(sentence: str) -> bool:
    """Whether a sentence names a quarter (searched once per sentence)."""
    return _QUARTER_NAMED.search(sentence) is not None


def _indicator_noun(fig: Figure, sentence: str, education: bool) -> bool:
    """Whether a count may be an indicator's: not one of staff or assets held."""
    if fig.noun not in _INDICATOR_NOUNS:
        return False
    if fig.noun in STAFF_NOUNS and _about_staff(sentence, education):
        return False
    return not (fig.noun in ASSET_NOUNS and _ASSET_CONTEXT.search(sentence))


# where a change started or what it is compared with, up to the level it reached:
# "dibandingkan tahun lalu menjadi", "dari 41.250 orang pada tahun 2023 menjadi"
_CHANGE_START = lazy(
    r"\b(?:dari|dibandingkan|dibanding|daripada|semula)\b.*?\b(?=menjadi\b)", re.I
)


def _since_change(prefix: str) -> str:
    """``prefix`` with where a change started, up to *menjadi*, blanked out.

    The pattern scans on from each *dari* for a *menjadi*; a text without one
    (most of them, and a long sentence of many figures) is returned as it is,
    so that reading each figure does not cost the sentence's length squared.
    """
    if "menjadi" not in prefix.lower():
        return prefix
    return _CHANGE_START.sub(" ", prefix)


def _attained_percent(
    before: str, prefix: str, sentence: str, year: int | None
) -> bool:
    """Whether a percentage no keyword labels is what an indicator reached.

    "Persentase arsip yang tertata sesuai kaidah kearsipan mencapai 84%": the
    figure after a verb of reaching (*mencapai*), of the report's year and not
    negated; the walk compares it with the realisasi of the indicator the
    sentence names when that is counted in %, else with its capaian.
    """
    # NOTE: "naik dibandingkan tahun lalu menjadi 95%": the words from the
    # comparison up to *menjadi* date where the change started, not the level
    since = _since_change(prefix)
    reached = _reaching(before, _REACHES) or _changed_to(since)
    return reached and _of_the_year(since, sentence, year)


def _changed_to(prefix: str) -> bool:
    """Whether a figure is the level a change reached, a change made.

    "Cakupan imunisasi turun dari 94,3% pada tahun 2023 menjadi 92,1%", not one
    planned or hoped for ("ditargetkan naik menjadi 96%", "diharapkan meningkat
    menjadi 90%").
    """
    clause = _own_clause(prefix)
    found = _CHANGED_TO.search(clause)
    return found is not None and not _UNCHANGED.search(clause, 0, found.start())


# an amount said to be a part of a budget: "sebagian (besar) yaitu Rp …", "Dari
# anggaran Administrasi Umum, sebesar Rp … dimanfaatkan untuk …", "Untuk
# membiayai perjalanan dinas … telah dibelanjakan Rp …"
_PART_OF = lazy(r"\bsebagian(?:\s+(?:besar|kecil))?\b", re.IGNORECASE)
_FROM_BUDGET = lazy(
    r"^\W*dari\s+(?:total\s+|seluruh\s+)?(?:anggaran|pagu|dana|belanja)\b[^,;]*,",
    re.IGNORECASE,
)
# NOTE: what was paid for, not a programme or kegiatan ("Untuk kegiatan X
# dialokasikan Rp …" is X's budget)
_PURPOSE_FIRST = lazy(
    r"^\W*untuk\s+(?:membiayai|mendanai|keperluan|pembayaran|pengadaan|pembelian)\b",
    re.IGNORECASE,
)


def _a_part(prefix: str, after: str) -> bool:
    """Whether a rupiah amount is said to be a part of a budget, not the budget.

    A partitive in its clause ("sebagian besar yaitu Rp …"), a sentence opened
    by the budget it is taken from ("Dari anggaran Administrasi Umum Perangkat
    Daerah, sebesar Rp …") or by the purpose it paid for ("Untuk membiayai
    perjalanan dinas … telah dibelanjakan Rp …"). Not what was realised of the
    budget that opens the sentence ("Dari pagu anggaran sebesar Rp …,
    terealisasi sebesar Rp …"): that is the budget's realisation, unless a
    purpose follows the amount ("… direalisasikan Rp … untuk honorarium").
    """
    if _PART_OF.search(_own_clause(prefix)) or _PURPOSE_FIRST.search(prefix):
        return True
    if not _FROM_BUDGET.search(prefix):
        return False
    return not (
        _REALISED_OWN.search(_own_clause(prefix)) and not _PURPOSE_AFTER.search(after)
    )


# the amount's own clause says it was realised or absorbed; a purpose after it
_REALISED_OWN = lazy(
    r"\b(?:terealisasi|direalisasikan|realisasi(?:nya)?|terserap|diserap)\b", re.I
)
_PURPOSE_AFTER = lazy(r"\b(?:untuk|bagi|guna)\b", re.IGNORECASE)


def _other_year(prefix: str, year: int) -> bool:
    """Whether a figure's own clause dates it only to years other than the report's.

    A plan for next year ("Anggaran kegiatan Tahun 2025 direncanakan sebesar Rp
    …") or last year's figure ("Realisasi cakupan imunisasi tahun 2023 sebesar
    93,4%") is no figure of the year reported. The year of the level a change
    started from is not the level reached: "turun dari 94,3% pada tahun 2023
    menjadi 92,1%" quotes the year's 92,1%.
    """
    clause = _since_change(_own_clause(prefix))
    named = [int(y) for y in _YEAR_NAMED.findall(clause)]
    return bool(named) and all(y != year for y in named)


def _dated_metric(
    fig: Figure, before: str, prefix: str, after: str, year: int, count: bool = False
) -> tuple[str, int] | None:
    """What a figure dated to one other year quotes of that year, and the year.

    The year right after it ("turun dari 94,3% pada tahun 2023 menjadi …") or the
    one year its own clause names ("Realisasi cakupan imunisasi tahun 2023
    sebesar 93,4%") dates it. The level a change started from, or a figure
    reached, is the indicator's figure reached that year ("attained"); a figure
    after *realisasi*, *capaian* or *target* is that of the year. Anything else,
    and a figure of the report's year, is none. A count of an indicator
    (``count``: one outside a sentence on staff or assets) is dated as this
    year's is (:func:`_dated_count`).
    """
    if fig.kind == "count":
        return _dated_count(before, prefix, after, year) if count else None
    if fig.kind != "pct":
        return None
    dated, which = _dated_after(prefix, after, year)
    if dated:
        named = {which} if which is not None else set()
    elif _of_last_year(prefix):
        # NOTE: "Capaian … tahun 2024 meningkat dari tahun lalu yang sebesar
        # 90%": the date nearest before the figure, in words, decides
        named = {year - 1}
    else:
        clause = _since_change(_own_clause(prefix))
        named = {int(y) for y in _YEAR_NAMED.findall(clause)}
    if len(named) != 1 or year in named:
        return None
    (other,) = named
    if _CHANGED_FROM.search(before):
        # NOTE: "naik dari 91,2% pada tahun 2023 menjadi …": where it started
        return "attained", other
    own = _last_keyword(before)
    if own in ("realisasi", "capaian", "target"):
        return own, other
    if own is not None:
        return None
    if _reaching(before, _REACHES) or _changed_to(_since_change(prefix)):
        return "attained", other
    # NOTE: "Capaian X sebesar 96%, meningkat dari tahun lalu yang sebesar 90%":
    # last year's figure of the kind an earlier clause named
    carried = _carried(prefix, len(prefix))
    return (carried, other) if carried in ("realisasi", "capaian", "target") else None


# "tahun lalu", "tahun kemarin": the year before the report's; "tahun
# sebelumnya" too when the sentence named no year before it
_LAST_YEAR = lazy(r"\btahun\s+(?:lalu|kemarin|(?P<relative>sebelumnya))\b", re.I)
# a comparison: what follows it in the clause is the change, or a level compared
_COMPARED = lazy(r"\b(?:dibandingkan|dibanding|daripada|semula)\b", re.I)


def _count_year(prefix: str, after: str, year: int) -> int | None:
    """The one year an indicator's count is dated to, by the words around it.

    The year right after it, else the one its own clause names ("Jumlah
    penduduk miskin pada tahun 2023 sebanyak 47.835 orang"), else "tahun lalu"
    in that clause (the year before the report's), else the last year the
    sentence named before it ("Pada tahun 2023, jumlah pengunjung mencapai …").
    What a change reached is dated after where it started ("naik dari 41.250
    orang pada tahun 2023 menjadi …"); a count in a clause that compares
    ("naik dibandingkan tahun 2023 sebanyak 1.250 orang") is none.
    """
    dated, which = _dated_after(prefix, after, year)
    if dated:
        return which
    reached = _since_change(prefix)
    clause = _LIKE_LAST.sub(" ", _own_clause(reached))
    if _COMPARED.search(clause):
        return None
    named = {int(y) for y in _YEAR_NAMED.findall(clause)}
    if not named:
        said = _YEAR_NAMED.findall(reached)
        last = _LAST_YEAR.search(clause)
        if last is not None and not (last.group("relative") and said):
            return year - 1
        named = {int(said[-1])} if said else set()
    return named.pop() if len(named) == 1 else None


def _dated_count(
    before: str, prefix: str, after: str, year: int
) -> tuple[str, int] | None:
    """What an indicator's count dated to another year quotes of it, and the year.

    Its realisasi or target by the keyword before it, its realisasi after a verb
    of reaching (*mencapai*, *sebanyak*) or as the level a change started from
    or reached; not one not reached ("belum mencapai 45.000 orang").
    """
    other = _count_year(prefix, after, year)
    if other is None or other == year or _CHANGED_BY.search(before):
        return None
    if _CHANGED_FROM.search(before):
        return "realisasi", other  # NOTE: "turun dari 47.835 orang pada tahun 2023"
    own = _last_keyword(before)
    if own in ("realisasi", "target"):
        return own, other
    if own is None and (
        _reaching(before, _ATTAINED) or _changed_to(_since_change(prefix))
    ):
        return "realisasi", other
    return None


# the year a figure is dated by right after it: "sebesar 93,4% pada tahun 2023"
_YEAR_AFTER = lazy(
    r"^\s*(?:(?:pada|di|dalam)\s+)?(?:tahun|ta)\s+((?:19|20)\d\d)\b", re.I
)
# last year, in words, right after a figure: "dari 90% pada tahun lalu menjadi …"
_LAST_YEAR_AFTER = lazy(
    r"^\s*(?:(?:pada|di|dalam)\s+)?tahun\s+(?:lalu|kemarin|(?P<relative>sebelumnya))\b",
    re.I,
)


def _dated_after(prefix: str, after: str, year: int | None) -> tuple[bool, int | None]:
    """Whether the words right after a figure date it, and to which year.

    A year by number ("sebesar 93,4% pada tahun 2023") or last year in words
    ("dari 90% pada tahun lalu"): the year before the report's, unknown when the
    report's year is ("tahun sebelumnya" after a year the sentence named: the year
    before that one).
    """
    found = _YEAR_AFTER.match(after)
    if found is not None:
        return True, int(found.group(1))
    last = _LAST_YEAR_AFTER.match(after)
    if last is None:
        return False, None
    if year is None or (last.group("relative") and _YEAR_NAMED.search(prefix)):
        return True, None
    return True, year - 1


def _of_another_year(prefix: str, after: str, year: int) -> bool:
    """Whether a figure is dated to a year other than the report's.

    The year right after the figure decides: "Realisasi cakupan imunisasi sebesar
    93,4% pada tahun 2023" in a report on 2024 quotes last year's figure, and
    "… dari 94,3% pada tahun 2023 menjadi 92,1% pada tahun 2024" this year's.
    Without one, the years its own clause names (:func:`_other_year`).
    """
    dated, which = _dated_after(prefix, after, year)
    if dated:
        return which != year
    return _other_year(prefix, year)


def _metric(
    fig: Figure,
    before: str,
    prefix: str,
    after: str,
    sentence: str,
    education: bool = False,
    names: Callable[[str], bool] | None = None,
    year: int | None = None,
) -> str | None:
    if fig.kind == "count":
        if fig.noun in STAFF_NOUNS and _about_staff(sentence, education):
            held = "staff"
        elif fig.noun in ASSET_NOUNS and _ASSET_CONTEXT.search(sentence):
            held = "asset"
        else:
            return _indicator_count(fig, before, prefix, after, sentence, year)
        # NOTE: "pengadaan 2 unit komputer": what was bought, not what is held;
        # "1 orang PNS mutasi masuk", "3 unit printer merupakan hibah": some of it
        if _acquired(prefix, after) or _some_of_held(held, prefix, after):
            return None
        return held
    if year is not None and _of_another_year(prefix, after, year):
        return None  # NOTE: "Anggaran … Tahun 2025 direncanakan sebesar Rp …"
    if _of_an_earlier_period(prefix, after):
        return None  # NOTE: "meningkat dari tahun lalu yang sebesar 100,00%"
    if _CHANGED_FROM.search(before):
        return None  # NOTE: "naik dari 91,2% menjadi 96%": where it started
    own = _last_keyword(before)
    key = own or _carried(sentence, len(prefix))
    if key == "cash":
        return None  # NOTE: "dana yang tersedia di kas sebesar Rp …": cash in hand
    if _of_a_fund(fig, key, prefix):
        return None  # NOTE: "Alokasi Dana Desa untuk Program X terealisasi Rp …"
    if key is not None and _put_to_use(prefix, fig.kind == "rp", names, sentence):
        return None  # NOTE: "belanja modal digunakan untuk pengadaan … senilai Rp …"
    if fig.kind == "rp" and _a_part(prefix, after):
        return None  # NOTE: "Dari anggaran X, sebesar Rp … dimanfaatkan untuk …"
    if own == "sisa_plain" and _allotted_rest(before, after):
        return None  # NOTE: "sisanya Rp … untuk pengadaan …": the rest, allotted
    left = _LEFT_AFTER.match(after)
    if left and (left.group("serap") or _BUDGET_CONTEXT.search(_own_clause(prefix))):
        # NOTE: "dana sebesar Rp 42 juta tidak terserap": what it says of the
        # figure follows it
        return "persen_sisa" if fig.kind == "pct" else "sisa"
    if fig.kind == "pct":
        if _BUDGET_TARGET.search(before):
            return None  # NOTE: a target set for spending; no table column holds it
        if own == "spending" and _last_keyword(before, skip=("spending",)) in (
            _SPENDING_CARRIES
        ):
            own = "budget_real"  # "realisasi belanja modal 95,90%": what is spent
        if own == "realisasi" and _SHARE_OF.match(after) is None and _of_budget(prefix):
            own = key = "budget_real"  # "belanja modal terealisasi 81%"
        metric = _percent_metric(own, key, after, prefix)
        if (
            metric is None
            and key is None
            and _attained_percent(before, prefix, sentence, year)
        ):
            return "attained"  # NOTE: "<indicator> mencapai 84%": the walk decides
        return metric
    if key == "spending":
        # NOTE: "belanja modal sebesar Rp …" is its pagu unless the words before
        # the kind of spending say what of it is quoted
        found = _keyword_before(sentence, len(prefix), ("spending",))
        earlier = found.lastgroup if found is not None else None
        allotted = _ALLOTTED.search(before)
        key = (
            earlier if earlier in _SPENDING_CARRIES and not allotted else "budget_base"
        )
    money = _money_metric(key, prefix, after, names)
    if money is not None or fig.kind != "rp":
        return money
    # NOTE: "Realisasi pendapatan BLUD … Rp …", "retribusi … dari target Rp …":
    # revenue against its target, in a clause naming no budget
    clause = _last_clause(prefix)
    return revenue_metric(key, clause, bool(_BUDGET_CONTEXT.search(clause)))


# what dates a figure in its clause: a period before the one reported ("dari
# tahun lalu yang sebesar 10%", "tahun sebelumnya"), the period reported ("tahun
# ini") or a year by number (another year's is read by _of_another_year)
_DATED = lazy(
    r"\b(?:(?P<earlier>(?:tahun|periode|triwulan|semester)\s+"
    r"(?:lalu|sebelumnya|kemarin))|(?:tahun|periode)\s+(?:ini|berjalan)"
    r"|(?:19|20)\d\d)\b",
    re.I,
)
# the word before the level a change reached: "meningkat dibandingkan tahun lalu
# menjadi 95%" (what comes before it dates the level the change started from)
_BECOMES = lazy(r"\bmenjadi\b", re.I)


def _of_an_earlier_period(prefix: str, after: str) -> bool:
    """Whether a figure's own clause dates it to the period before the report's.

    "Capaiannya meningkat dari tahun lalu yang sebesar 100,00%", "capaian tahun
    lalu 98%": last year's figure, no column's. The date nearest before the
    figure decides ("Dibandingkan tahun lalu capaian tahun 2024 sebesar 95%" is
    this year's), a year right after it overrides, and only what follows the
    level a change reached counts ("meningkat dibandingkan tahun lalu menjadi
    95%" quotes this year's 95%).
    """
    if _LAST_YEAR_AFTER.match(after) is not None:
        return True  # NOTE: "sebesar 90% pada tahun lalu"
    if _YEAR_AFTER.match(after) is not None:
        return False  # NOTE: dated by the year after it (_of_another_year)
    clause = _LIKE_LAST.sub(" ", _own_clause(prefix))
    if (becomes := _last_match(_BECOMES, clause)) is not None:
        clause = clause[becomes.end() :]
    dated = _last_match(_DATED, clause)
    return dated is not None and dated.group("earlier") is not None


def _of_last_year(prefix: str) -> bool:
    """Whether the date nearest before a figure in its clause is last year, by words.

    *tahun lalu* or *tahun kemarin*, and *tahun sebelumnya* when the sentence
    named no year before it (:func:`_of_an_earlier_period` reads the date);
    another earlier period (*triwulan lalu*, *periode sebelumnya*) is no year.
    """
    clause = _LIKE_LAST.sub(" ", _own_clause(prefix))
    if (becomes := _last_match(_BECOMES, clause)) is not None:
        clause = clause[becomes.end() :]
    dated = _last_match(_DATED, clause)
    if dated is None or dated.group("earlier") is None:
        return False
    last = _LAST_YEAR.fullmatch(dated.group(0))
    return last is not None and not (
        last.group("relative") and _YEAR_NAMED.search(prefix)
    )


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``, if any."""
    return next(reversed(list(pattern.finditer(text))), None)


# the keywords that make "… terealisasi 81%" the share of a budget spent
_BUDGET_KEYS = frozenset({"budget_base", "spending", "budget_real", "serap"})


def _of_budget(prefix: str) -> bool:
    """Whether a bare "terealisasi" ends a clause about a budget or kind of spending.

    "Anggaran program ini terealisasi 95%", "… dan belanja barang dan jasa yang
    terealisasi 89,10%": the share of that budget spent. Only budget words may come
    before it in its clause (not a capaian, target or an indicator's name), and a
    budget word in a programme's name ("Program … Keuangan Desa terealisasi 80%")
    is no budget.
    """
    clause = _last_clause(prefix)
    kinds = [m.lastgroup for m in _KEYWORD.finditer(clause) if not _in_name(clause, m)]
    return (
        len(kinds) > 1
        and kinds[-1] == "realisasi"
        and all(k in _BUDGET_KEYS for k in kinds[:-1])
    )


_PERCENT = {
    "budget_real": "persen_anggaran",
    "serap": "persen_anggaran",
    "budget_base": "persen_anggaran",
    "spending": "persen_anggaran",
    "capaian": "capaian",
    "realisasi": "realisasi",
    "target": "target",
    # "sisa anggaran 3,73%": the share of the budget left (sisa / anggaran)
    "sisa": "persen_sisa",
    "sisa_plain": "persen_sisa",
    # "efisiensi … sebesar 12,57%": the figure of an efisiensi column
    "efisiensi": "efisiensi",
}


def _percent_metric(
    own: str | None, key: str | None, after: str, prefix: str
) -> str | None:
    """What a percentage restates: named by the words before it, or by its base.

    "… atau 47,20% dari target" is the share of the target reached (a capaian) and
    "… 89,62% dari pagu" the share of the budget spent, whatever the sentence said
    earlier; so is "terealisasi 47,20% dari target", unless the target is itself
    quoted as a percentage ("terealisasi 35% dari target 40%": a realisasi in %).
    An explicit "capaian", "target" or budget word before the figure stays; after
    a sisa ("sisa anggaran 3,73%", "anggaran yang tidak terserap 3,73% dari pagu")
    it is the share of the budget left, a bare "sisa" or "tidak terealisasi" only
    in a clause on the budget (the gap to a target is no figure at all). A bare
    serap word names no budget when the figure is a share of something else
    ("serapan 80% dari pencari kerja") or its object follows ("menyerap 85% tenaga
    kerja lokal").
    """
    share = _SHARE_OF.match(after)
    if key == "serap" and share is None and _OF.match(after):
        return None
    if own == "serap" and _OBJECT.match(after):
        return None
    if (
        share is not None
        and share.group("budget")
        and share.group("whole")
        and (own or key) in _SHARE_KEYS
    ):
        # NOTE: "belanja pegawai sebesar Rp … atau 80,89% dari total anggaran":
        # without a word of spending, the share of the whole budget
        return None
    if share is not None and own in (None, "realisasi"):
        if share.group("budget"):
            return "persen_anggaran"
        rest = after[share.end() :]
        if share.group("target") and (
            _TARGET_QUOTED.match(rest)
            or (own == "realisasi" and _TARGET_BARE.match(rest))
        ):
            # "baru 72% dari target 80%", "realisasi 72% dari target tahunan 80":
            # what was realised, against a target in the same unit
            return "realisasi"
        if not _TARGET_QUOTED.match(rest):
            return "capaian"
    if key == "efisiensi" and share is not None:
        return None  # NOTE: "efisiensi 5% dari pagu": a saving's share, no column
    if key == "sisa_plain" and not (
        _BUDGET_CONTEXT.search(_last_piece(CONTRAST, prefix))
        or (share is not None and share.group("budget"))
        or (own == "sisa_plain" and _after_budget_figure(prefix, share))
    ):
        return None
    return _PERCENT.get(key) if key is not None else None


# a target set for the budget %: "melebihi target kinerja keuangan 90%", "target
# serapan anggaran triwulan II sebesar 50%" (not the realised budget %)
_BUDGET_TARGET = lazy(
    r"\btarget\w*\s+(?:(?:kinerja|realisasi|penyerapan|serapan|persentase)\s+)*"
    r"(?:anggaran|keuangan|belanja|serapan|penyerapan)\w*"
    r"(?:\s+(?:tahun\s+\d{4}|triwulan\s+\w+|semester\s+\w+|sebesar|yaitu|adalah|"
    r"ditetapkan|yang|hanya))*\s*:?\s*$",
    re.IGNORECASE,
)
# the words before a "% dari total anggaran" that name no spending: a budget or a
# kind of spending is a share of the whole budget
_SHARE_KEYS = ("spending", "budget_base")
# "… 80% dari pencari kerja": a percentage of something named after it
_OF = lazy(r"\s*(?:dari|terhadap)\s+[^\W\d]", re.IGNORECASE)
# "menyerap 85% tenaga kerja": a noun after the figure is what was absorbed; a
# budget % is followed by a budget noun, a word that links or qualifies, a verb
# (me-, di-, ber-, ter-) or a name
_OBJECT = lazy(
    rf"\s+(?!(?:{_BUDGET_NOUN}|keuangan|dpa|apbd|atau|dan|serta|sedangkan|sementara|"
    r"namun|tetapi|yang|pada|di|ke|dari|terhadap|sampai|hingga|s\.?\s?d|dengan|"
    r"dibandingkan|jika|bila|apabila|sehingga|karena|per|untuk|ini|itu|tersebut|"
    r"lebih|kurang|masih|sudah|telah|belum|maka|yaitu|yakni|adalah|sebesar|senilai|"
    r"tahun|triwulan|semester|bulan|selama|sejak|atas|oleh|dalam|saja|pula|juga|"
    r"rendah|tinggi|baik|cukup|sangat|optimal|maksimal|kumulatif|secara|rata|hanya|"
    r"me|di|ber|ter)"
    r")[a-z]",
)
# a target that is a bound: "dari target maksimal 18%", "target paling tinggi 5%"
_TARGET_BOUND = (
    r"maksimal|maksimum|minimal|minimum|maks\.?|min\.?|paling\s+(?:tinggi|rendah)|"
    r"setinggi-tingginya|serendah-rendahnya|batas\s+(?:atas|bawah)"
)
# the rest of "dari target … 40%": the target itself quoted as a percentage
_TARGET_QUOTED = lazy(
    r"(?:\s+(?:yang|ingin|akan|dicapai|ditetapkan|sebesar|yaitu|adalah|tahunan|tahun|"
    rf"{_TARGET_BOUND}|\d{{4}}))*\s*\d+(?:[.,]\d+)?\s*(?:%|persen\b|prosen\b)",
    re.IGNORECASE,
)

# "… dari target tahunan 80." after a realisasi: the target printed as a bare
# number (no unit, no year), so in the realisasi's own unit
_TARGET_BARE = lazy(
    r"(?:\s+(?:yang|ingin|akan|dicapai|ditetapkan|sebesar|yaitu|adalah|tahunan|tahun|"
    rf"{_TARGET_BOUND}|(?:19|20)\d{{2}}))*"
    r"\s*(?!(?:19|20)\d{2}\b)\d+(?:,\d+)?(?![\d.,]?\d)\s*"
    r"(?:$|[.;,)]|\s+(?:atau|dan|serta|sehingga|sedangkan|namun|tetapi|pada|"
    r"sampai|hingga|s\.?\s?d)\b)",
    re.IGNORECASE,
)


# "Realisasi Program … sebesar Rp …": the realisation of a programme, kegiatan or
# sub kegiatan in rupiah is what it spent ("realisasi investasi Program …" is an
# indicator's)
_OWNER_SPENT = lazy(
    r"\brealisasi(?:nya)?\s+(?:(?:belanja|keuangan)\s+)?(?:program|(?:sub\s*)?kegiatan)\b",
    re.IGNORECASE,
)


# what a purpose right after an amount begins with ("Rp … untuk honorarium")
_PURPOSE_NEXT = lazy(r"\W*(?:untuk|bagi|guna)\b", re.IGNORECASE)


# a programme, kegiatan or sub kegiatan opening its clause as the subject of
# "terealisasi", the amount right after the verb: "Program X (telah)
# terealisasi (sebesar) Rp …", or the verb in a relative clause on the name
# itself, "Program X yang (telah) terealisasi Rp …"; the words before the level
# noun are only these
_SPENT_BY = lazy(
    r"(?:^|[,;:])\s*(?P<lead>(?:(?:pada|untuk|sedangkan|adapun|dan|serta|sementara"
    r"|itu|tahun|(?:19|20)\d\d)\s+)*)"
    r"(?P<noun>(?:sub\s*kegiatan|kegiatan|program))\s+(?P<name>[^,;:]+?)\s+"
    r"(?:yang\s+)?(?:(?:telah|sudah|hanya|dapat)\s+)*(?:terealisasi|direalisasikan)"
    r"(?:\s+(?:sebesar|senilai|sejumlah|mencapai|hanya))*\s*$",
    re.IGNORECASE,
)


def _row_named(clause: str, names: Callable[[str], bool] | None) -> bool:
    """Whether a clause says a programme, kegiatan or sub kegiatan a row names realised.

    The level noun opens the clause (after *pada*, a year, *sedangkan* …) as
    the subject of *terealisasi* or *direalisasikan*, which the amount follows:
    in "Nilai investasi Program X terealisasi sebesar Rp …" and "Nilai
    realisasi investasi Program X sebesar Rp …" the programme's indicator is
    realised. The words between the noun and the verb must name a row of the
    report's tables (:class:`~lkjaudit.prose.owners.OwnerNames`), the noun
    counted as a word of it ("Program Pengelolaan Pendidikan"): words written
    as a name that no row holds are not enough to make an amount spending.
    """
    if names is None:
        return False
    found = _last_match(_SPENT_BY, clause)
    if found is None:
        return False
    name = found.group("name")
    if any(
        not _NAME_WORD.fullmatch(w) or w.lower() in _NOT_IN_NAME for w in name.split()
    ):
        return False  # NOTE: "Program X dengan alokasi lahan 2 hektare terealisasi"
    return names(name) or names(f"{found.group('noun')} {name}")


# a word of a name, and the words that say more of a programme than its name
_NAME_WORD = lazy(r"[^\W\d][\w/-]*")
_NOT_IN_NAME = frozenset(
    {"dengan", "yang", "sebesar", "senilai", "sejumlah", "atau", "oleh", "memiliki"}
)


# the amount's own share right after it: "Rp … atau 97,30% dari pagunya"
_OWN_SHARE = lazy(
    r"\s*\(?\s*(?:atau|setara\s+dengan|yaitu)?\s*\d[\d.,]*\s*(?:%|persen\b)",
    re.IGNORECASE,
)


def _share_of_budget_after(after: str) -> bool:
    """Whether an amount is followed by its share of the budget.

    "… terealisasi sebesar Rp 268.348.400 atau 97,30% dari pagunya": the amount
    is what was spent of a budget, whatever words came before it.
    """
    own = _OWN_SHARE.match(after)
    if own is None:
        return False
    share = _SHARE_OF.match(after, own.end())
    return share is not None and share.group("budget") is not None


def _money_metric(
    key: str | None,
    prefix: str,
    after: str,
    names: Callable[[str], bool] | None = None,
) -> str | None:
    """What a rupiah amount restates; a budget figure only in a clause on the budget.

    "realisasi investasi Rp 212,4 miliar" is the realisation of an indicator counted
    in rupiah, not realised spending: a bare "realisasi" (or "sisa") makes a budget
    figure only when the clause before the amount talks about the budget
    (anggaran, pagu, belanja, keuangan, serapan …), the amount is of the budget
    ("Rp 95.000.000 dari pagu …") or what realised it is a programme, kegiatan or
    sub kegiatan a row of the report names ("Program X terealisasi sebesar Rp …":
    its spending), unless a purpose follows the amount ("… terealisasi Rp …
    untuk honorarium": a part of it).
    """
    if key in ("realisasi", "sisa_plain"):
        clause = _last_piece(CONTRAST, prefix)
        share = _SHARE_OF.match(after)
        if not (
            _BUDGET_CONTEXT.search(clause)
            or (share and share.group("budget"))
            or (key == "realisasi" and _OWNER_SPENT.search(clause))
            or (key == "realisasi" and _share_of_budget_after(after))
            or (
                key == "realisasi"
                and not _PURPOSE_NEXT.match(after)
                and _row_named(clause, names)
            )
        ):
            return None
    return (
        {
            "budget_real": "realisasi_anggaran",
            "serap": "realisasi_anggaran",
            "realisasi": "realisasi_anggaran",
            "budget_base": "anggaran",
            "sisa": "sisa",
            "sisa_plain": "sisa",
        }.get(key)
        if key is not None
        else None
    )


Comparator = Literal[">", ">=", "<", "<=", "="]
_COMPARATORS: list[tuple[Comparator, re.Pattern[str]]] = [
    (
        ">=",
        lazy(
            r"sama\s+dengan\s+atau\s+(?:lebih|di\s*atas)|lebih\s+dari\s+atau\s+sama|"
            r"minimal|paling\s+sedikit|sekurang-kurangnya|mencapai|≥|>="
        ),
    ),
    (
        "<=",
        lazy(
            r"sama\s+dengan\s+atau\s+(?:kurang|di\s*bawah)|maksimal|paling\s+banyak|"
            r"tidak\s+lebih\s+dari|≤|<="
        ),
    ),
    (">", lazy(r"di\s*atas|lebih\s+(?:besar\s+)?dari|melebihi|melampaui|>")),
    ("<", lazy(r"di\s*bawah|kurang\s+dari|lebih\s+kecil\s+dari|<")),
]
_NOUN = (
    r"sub\s+kegiatan|program|kegiatan|sasaran(?:\s+strategis)?|indikator(?:\s+kinerja)?"
)
_COUNTING = lazy(
    rf"(?<![\w.,])(?P<n>\d+)\s+(?P<noun>{_NOUN})\b"
    rf"(?:\s+dari\s+(?:total\s+|jumlah\s+|seluruh\s+|sebanyak\s+)?(?P<m>\d+)\s+(?:{_NOUN})\b)?"
    r"(?P<mid>[^.;%\d]{0,80}?)"
    r"(?P<metric>capaian|realisasi)\w*(?:\s+kinerja\w*)?"
    r"(?P<cmp>[^%\d]{0,40}?)(?P<x>\d+(?:,\d+)?)\s*(?:%|persen\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CountClaim:
    """``N <noun> (dari M <noun>) yang <metric> <comparator> X%``."""

    sentence: Sentence
    count: int
    total: int | None
    noun: str  # "program", "kegiatan", "sub kegiatan", "sasaran", "indikator"
    metric: str  # "capaian" or "realisasi"
    comparator: Comparator
    wording: str  # the comparator as written ("di atas"), "" for equality
    threshold: Figure
    prefix: str  # the sentence before the claim (its subject, if any)
    start: int
    end: int


def _comparator(text: str) -> tuple[Comparator, str]:
    lowered = text.lower()
    for name, pattern in _COMPARATORS:
        match = pattern.search(lowered)
        if match:
            return name, match.group(0)
    return "=", ""


def _noun(text: str) -> str:
    word = " ".join(text.lower().split())
    for base in ("sub kegiatan", "program", "kegiatan", "sasaran", "indikator"):
        if word.startswith(base):
            return base
    return word


# the whole said first: "Dari 3 indikator (kinerja utama), 3 indikator …"
_TOTAL_BEFORE = lazy(
    rf"\bdari\s+(?:total\s+|jumlah\s+|seluruh\s+|sebanyak\s+)?(?P<m>\d+)\s+"
    rf"(?P<noun>{_NOUN})\b[^.;%\d]{{0,40}}$",
    re.IGNORECASE,
)


# a count of things that met their target, said without a figure: "8 indikator
# mencapai atau melampaui target" (a capaian of 100% at least), "melampaui
# target" (above it), "2 indikator belum mencapai target" (below it)
_COUNT_MET = lazy(
    rf"(?<![\w.,])(?P<n>\d+)\s+(?P<noun>{_NOUN})\b"
    r"(?P<mid>(?:\s+(?!(?:dari|belum|tidak)\b)[^\W\d]+){0,4}?)\s+"
    r"(?P<neg>(?:belum|tidak)\s+)?"
    r"(?P<verb>mencapai(?:\s+(?:atau|dan/atau|bahkan)\s+(?:melampaui|melebihi))?|"
    r"melampaui|melebihi|memenuhi)\s+target\b(?!\s+(?:waktu|tahun|triwulan)\b)",
    re.IGNORECASE,
)


def _total_before(text: str, m: re.Match[str]) -> int | None:
    """The whole a count's sentence gives before it, of the same noun ("Dari 3 …")."""
    first = _TOTAL_BEFORE.search(text, 0, m.start())
    if first is None or _noun(first["noun"]) != _noun(m["noun"]):
        return None
    return int(first["m"])


def _count_met(sentence: Sentence, taken: list[tuple[int, int]]) -> list[CountClaim]:
    """The counts of things that met their target, said in words (no figure)."""
    found = []
    for m in _COUNT_MET.finditer(sentence.text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        comparator: Comparator = ">"
        if m["neg"]:
            comparator = "<"  # NOTE: not reached: below 100%
        elif m["verb"].lower().startswith(("mencapai", "memenuhi")):
            comparator = ">="
        said = m.start("neg") if m["neg"] else m.start("verb")
        found.append(
            CountClaim(
                sentence,
                int(m["n"]),
                _total_before(sentence.text, m),
                _noun(m["noun"]),
                "capaian",
                comparator,
                sentence.text[said : m.end()],
                figures("100%")[0],
                sentence.text[: m.start()],
                m.start(),
                m.end(),
            )
        )
    return found


def _counting(sentence: Sentence) -> list[CountClaim]:
    found = []
    for m in _COUNTING.finditer(sentence.text):
        total = m.group("m")
        comparator, wording = _comparator(m.group("cmp"))
        threshold = figures(m.group("x") + "%")[0]
        found.append(
            CountClaim(
                sentence,
                int(m.group("n")),
                int(total) if total else _total_before(sentence.text, m),
                _noun(m.group("noun")),
                m.group("metric").lower(),
                comparator,
                wording,
                threshold,
                sentence.text[: m.start()],
                m.start(),
                m.end(),
            )
        )
    return found + _count_met(sentence, [(c.start, c.end) for c in found])


_POSITIVE = lazy(
    r"sesuai\s+(?:dengan\s+)?target(?!\s+waktu)|melampaui\s+target|melebihi\s+target|"
    r"mencapai\s+target|memenuhi\s+target|target\s+(?:telah\s+|sudah\s+)?tercapai|"
    r"tercapai\s+100\s*%",
    re.IGNORECASE,
)
_NEGATION = lazy(r"\b(?:belum|tidak|tak|gagal|kurang)\s+(?:\w+\s+){0,2}$", re.I)
_MODAL = lazy(
    r"\b(?:akan|diharapkan|harapan|agar|supaya|harus|perlu|upaya|rencana|jika|apabila)\b",
    re.I,
)


# "kinerjanya tidak bisa dilaksanakan", "tidak terlaksana": nothing was done
_WORK_NOT_DONE = lazy(
    r"\btidak\s+(?:(?:bisa|dapat)\s+(?:di)?laksanakan|terlaksana)\b", re.IGNORECASE
)
# where the clause a "not done" is said in starts: a break, a contrast, a reason
# or a consequence
_DONE_CLAUSE = lazy(
    r";|,(?!\d)|\b(?P<word>sedangkan|sementara|namun|tetapi|adapun|karena|"
    r"dikarenakan|disebabkan|sebab|akibat|sehingga|maka|yang)\b",
    re.IGNORECASE,
)
# the words a "not done" may follow in a consequence: the subject's own work
# ("sehingga kinerjanya tidak bisa dilaksanakan"), nothing else's
_OWN_WORK = lazy(
    r"^\s*(?:(?:kinerja|program|kegiatan|pelaksanaan|target)nya|"
    r"(?:program|kegiatan|indikator)\s+(?:ini|tersebut))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Qualitative:
    """A sentence saying a target was met (``positive``) or was not."""

    sentence: Sentence
    wording: str
    positive: bool
    exceeded: bool  # "melampaui/melebihi target": more than 100%
    start: int  # where the wording starts in the sentence
    # "tidak bisa dilaksanakan", "tidak terlaksana": nothing reached (capaian 0)
    nothing: bool = False
    # the start of the sentence in the paragraph before, when a break (a page's)
    # cut the sentence in two: "… yang capaian kinerjanya hanya 25% karena ada" ¶
    # "penyesuaian anggaran sehingga kinerjanya tidak bisa dilaksanakan."
    lead: str = ""


def _qualitative(
    sentence: Sentence,
    previous: Sentence | None = None,
    counted: tuple[tuple[int, int], ...] = (),
) -> list[Qualitative]:
    text = sentence.text
    if _MODAL.search(text):
        return []
    found = []
    for m in _POSITIVE.finditer(text):
        if any(a <= m.start() < b for a, b in counted):
            continue  # NOTE: "8 indikator mencapai target" counts, says no row's
        negation = _NEGATION.search(text[: m.start()])
        negated = negation is not None
        wording = text[negation.start() : m.end()] if negation else m.group(0)
        exceeded = m.group(0).lower().startswith(("melampaui", "melebihi"))
        begin = negation.start() if negation else m.start()
        found.append(Qualitative(sentence, wording, not negated, exceeded, begin))
    lead = _cut_start(sentence, previous)
    if lead and _MODAL.search(lead):
        return found
    for m in _WORK_NOT_DONE.finditer(text):
        if _not_done_of_subject(f"{lead} {text[: m.start()]}"):
            found.append(
                Qualitative(sentence, m.group(0), False, False, m.start(), True, lead)
            )
    return found


_OPEN_END = lazy(r"[^\W\d]\s*$")


def _cut_start(sentence: Sentence, previous: Sentence | None) -> str:
    """The start of a sentence a paragraph break cut, before this one ("" if none).

    The sentence opens its paragraph in lower case, and the paragraph before
    ends in a word, no stop: one sentence split by a page break.
    """
    if (
        previous is None
        or sentence.position != 0
        or previous.paragraph != sentence.paragraph - 1
        or not sentence.text[:1].islower()
        or _OPEN_END.search(previous.text) is None
    ):
        return ""
    return previous.text


def _not_done_of_subject(before: str) -> bool:
    """Whether "tidak dapat dilaksanakan" is said of the sentence's own subject.

    "Program X tidak dapat dilaksanakan" and "… sehingga kinerjanya tidak bisa
    dilaksanakan": the programme's work was not done. Not a part of it named in
    a clause of its own ("… karena kegiatan X tidak dapat dilaksanakan", "ada
    beberapa kegiatan yang tidak terlaksana"): those say nothing of the whole.
    """
    breaks = list(_DONE_CLAUSE.finditer(before))
    if not breaks:
        return _PART.search(before) is None
    last = breaks[-1]
    word = (last.group("word") or "").lower()
    if word not in ("sehingga", "maka"):
        return False
    return _OWN_WORK.match(before[last.end() :]) is not None


# "beberapa kegiatan …", "salah satu sub kegiatan …": a part of what is named
_PART = lazy(
    r"\b(?:beberapa|sebagian|salah\s+satu|sejumlah|ada|terdapat|\d+)\b|"
    r"\bsub\s*kegiatan\b",
    re.IGNORECASE,
)


_BULLET = lazy(r"^\s*(?:[-•●◦▪❖*]|\d{1,2}[.)]|[a-z][.)])\s")


@dataclass
class ProseClaims:
    """Every claim of a report, sentence by sentence."""

    figures: list[FigureClaim]
    counting: list[CountClaim]
    qualitative: list[Qualitative]
    sentences: list[Sentence]
    # figures dated to another year than the report's, each with its year
    # (:func:`_dated_metric`), judged only against that year's columns
    dated: list[FigureClaim] = field(default_factory=list)

    def starts_topic(self, sentence: Sentence) -> bool:
        """A sentence that opens a paragraph or a list item: nothing carries into it."""
        return sentence.position == 0 or bool(_BULLET.match(sentence.text))


def _figure_claims(
    sentence: Sentence,
    skip: list[tuple[int, int]],
    education: bool = False,
    names: Callable[[str], bool] | None = None,
    year: int | None = None,
) -> list[FigureClaim]:
    text = sentence.text
    figs = [f for f in figures(text) if not any(a <= f.start < b for a, b in skip)]
    out: list[FigureClaim] = []
    dated: list[FigureClaim] = []
    previous_end = 0
    # NOTE: cut at claims only: "Program … Tahap 2 mencapai 43,73%" names its row
    # across a number that is no claim
    spans: list[str] = []
    claimed_end = 0
    for k, fig in enumerate(figs):
        nxt = figs[k + 1].start if k + 1 < len(figs) else len(text)
        after = re.split(r"[,;]", _past_share(text, figs, k), maxsplit=1)[0]
        # NOTE: what the figure is a share of may quote the next figure
        upto = _CLAUSE_END.split(text[fig.end :], maxsplit=1)[0]
        before = text[previous_end : fig.start]
        previous_end = fig.end
        earlier = (text[claimed_end : fig.start], *reversed(spans))
        last = out[-1] if out else None
        # NOTE: "16 orang PNS (72,73%)": the share may follow the count's label
        share = (
            fig.kind == "pct"
            and last is not None
            and last.metric in ("staff", "asset")
            and text[max(last.figure.end, last.label_end) : fig.start].strip()
            in ("(", "atau", "(atau")
        )
        if share:
            assert last is not None
            out.append(
                FigureClaim(
                    sentence,
                    fig,
                    "share",
                    before,
                    # NOTE: "(73,33%) di antaranya dalam kondisi baik": the
                    # words past the brackets are the count's, not the share's
                    after.split(")", 1)[0],
                    text[: fig.start],
                    last,
                    earlier,
                )
            )
            spans.append(earlier[0])
            claimed_end = fig.end
            continue
        if _bound(text, fig) or _not_quoted(text, fig):
            continue
        metric = _metric(
            fig, before, text[: fig.start], upto, text, education, names, year
        )
        if metric is None and year is not None:
            found = _dated_metric(
                fig,
                before,
                text[: fig.start],
                upto,
                year,
                _indicator_noun(fig, text, education),
            )
            if found is not None:
                # NOTE: kept apart: no claim of the year, nothing the next figure reads
                kind, other = found
                dated.append(
                    FigureClaim(
                        sentence,
                        fig,
                        kind,
                        before,
                        after,
                        text[: fig.start],
                        earlier=earlier,
                        year=other,
                    )
                )
        if (
            metric in ("realisasi", "attained")
            and fig.kind == "pct"
            and k
            and figs[k - 1].kind == "rp"
            and _SPENT_SHARE.fullmatch(text[figs[k - 1].end : fig.start])
        ):
            # NOTE: "terealisasi sebesar Rp … atau 96,73%": the amount as a share
            # of its whole, no indicator's realisation in %; the budget % only when
            # the amount was read as spending (below), else no claim
            metric = None
        if (
            fig.kind == "pct"
            and last is not None
            and last.metric in _PAGU_SHARE
            and _SPENT_SHARE.fullmatch(text[last.figure.end : fig.start])
        ):
            # NOTE: "terealisasi Rp 119.870.000 atau 95,90%": the share of the
            # budget the amount just quoted is, whatever the clause said before;
            # after "sisa anggaran Rp 12.500.000", the share left (sisa / anggaran)
            metric = _PAGU_SHARE[last.metric]
        if (
            fig.kind == "rp"
            and last is not None
            and last.metric in _PAGU_SHARE
            and _OF_AMOUNT.fullmatch(text[last.figure.end : fig.start])
        ):
            # NOTE: "menggunakan anggaran Rp 1.842.600.000 dari Rp 2.000.000.000":
            # the whole the amount just quoted is part of, the pagu
            metric = "anggaran"
        if fig.kind == "rp" and _DIFFERENCE.search(before):
            # NOTE: "terealisasi Rp … dari pagu Rp …, selisih Rp 84.000.000": the
            # difference of the two amounts just quoted, the sisa; any other
            # difference ("selisih Rp … dengan tahun lalu") restates no cell
            quoted = {c.metric for c in out}
            metric = "sisa" if {"anggaran", "realisasi_anggaran"} <= quoted else None
        if metric == "efisiensi" and _negative(text, fig, before):
            fig = _negated(fig)
        revenue = metric is not None and metric in _REVENUE_METRICS
        if metric is not None and revenue:
            metric = _REVENUE_METRICS[metric]
        if metric is not None:
            label, label_end = (
                _label_after(text, fig, nxt) if fig.kind == "count" else ("", 0)
            )
            out.append(
                FigureClaim(
                    sentence,
                    fig,
                    metric,
                    before,
                    after,
                    text[: fig.start],
                    None,
                    earlier,
                    label,
                    label_end,
                    metric in _ROW_FIGURES
                    and _last_keyword(before) is None
                    and _SHARE_OF.match(upto) is None,
                    revenue=revenue,
                )
            )
            spans.append(earlier[0])
            claimed_end = fig.end
    return out + dated


_MINUSES = "-−–"
# the figures of revenue, read as the realisasi or target of its table's rows
_REVENUE_METRICS = {"realisasi_pendapatan": "realisasi", "target_pendapatan": "target"}
# "efisiensi negatif sebesar 2,15%": the sign said in words
_NEGATIVE_WORD = lazy(r"\b(?:negatif|minus)\b", re.IGNORECASE)


def _negative(text: str, fig: Figure, before: str) -> bool:
    """Whether an efisiensi is quoted below zero, by a minus or in words.

    Figures are read without a sign; an efisiensi is the one figure quoted whose
    sign its table prints (capaian kinerja less the budget %). A minus set before
    it ("sebesar -2,15%", "– 2,15%") after a space, a bracket or nothing (not a
    range's dash: "10-12%"), or "negatif" / "minus" in the words after its
    efisiensi keyword.
    """
    lead = text[: fig.start].rstrip()
    if lead and lead[-1] in _MINUSES and (len(lead) == 1 or lead[-2] in " \t(["):
        return True
    at = before.lower().rfind("efisiensi")
    words = before[at:] if at >= 0 else _last_clause(before)
    return _NEGATIVE_WORD.search(words) is not None


def _negated(fig: Figure) -> Figure:
    """A figure below zero, printed with its minus."""
    value = fig.value
    raw = f"-{value.raw}"
    return replace(fig, value=replace(value, raw=raw, number=-fig.number), raw=raw)


def _past_share(text: str, figs: list[Figure], k: int) -> str:
    """The words after a figure up to the next one, past a count's bracketed share.

    "11 unit (73,33%) di antaranya dalam kondisi baik": what follows the share's
    brackets still speaks of the count.
    """
    fig = figs[k]
    nxt = figs[k + 1].start if k + 1 < len(figs) else len(text)
    own = text[fig.end : nxt]
    if fig.kind != "count" or k + 1 == len(figs) or figs[k + 1].kind != "pct":
        return own
    if not own.rstrip().endswith("("):
        return own
    share = figs[k + 1]
    beyond = figs[k + 2].start if k + 2 < len(figs) else len(text)
    close = text.find(")", share.end, beyond)
    if close < 0:
        return own
    return f"{own.rstrip()[:-1].rstrip()} {text[close + 1 : beyond].lstrip()}"


# the words that end a count's label written after it ("16 orang PNS dan …",
# "3 unit kendaraan roda dua yang …"), or show that no label follows it ("10 unit
# di antaranya …", "12 unit dengan kondisi …")
_LABEL_STOP = lazy(
    r"\b(?:dan|serta|atau|sedangkan|sementara|namun|tetapi|adapun|yang|di|ke|dari|"
    r"pada|dengan|untuk|dalam|oleh|terdiri|sebanyak|sejumlah|berjumlah|masing-?\s*"
    r"masing|atas|antara|lainnya|selebihnya|sisanya|ini|itu|tersebut)\b|[,;:().]",
    re.IGNORECASE,
)
# a label is a short name: "PNS", "tenaga honorer", "kendaraan roda dua"
_LABEL_WORDS = 5
_LINK = lazy(r"\s*(?:dan|serta|atau)\b", re.IGNORECASE)


def _label_after(text: str, fig: Figure, nxt: int) -> tuple[str, int]:
    """The label written right after a count and its noun, and where it ends.

    "terdiri atas 16 orang PNS dan 6 orang PPPK": "PNS" is the label of 16 as
    "PPPK" is of 6. The label runs from the noun to the first linking word or
    punctuation, or to the next figure. No label when a stop word follows the
    noun at once ("10 unit di antaranya …"), when the words run long, or when
    the label is one of a list no figure of its own follows in the clause ("22
    orang PNS dan PPPK, …": one count for both; the figure's label is not PNS).
    """
    rest = text[fig.end : nxt]
    stop = _LABEL_STOP.search(rest)
    label = rest[: stop.start()] if stop else rest
    if not label.strip() or label[:1].isalnum() or len(label.split()) > _LABEL_WORDS:
        return "", 0
    end = fig.end + len(label.rstrip())
    if nxt < len(text):
        # NOTE: what follows up to the next figure is that figure's own label,
        # unless the clause ends before it: then it is a further name of this one
        between = text[end:nxt]
        cut = _CLAUSE_END.search(between)
        if cut is None:
            return label.strip(), end
        between = between[: cut.start()]
    else:
        between = re.split(r"[,;:.]", text[end:], maxsplit=1)[0]
    link = _LINK.match(between)
    if link is not None and between[link.end() :].strip():
        return "", 0  # "22 orang PNS dan PPPK": a list sharing one count
    return label.strip(), end


# "Rp 1.842.600.000 dari Rp 2.000.000.000": an amount of a whole
_OF_AMOUNT = lazy(r"\s*(?:dari|terhadap)\s*(?:total\s+|jumlah\s+)?", re.I)
# "selisih Rp …", "selisihnya sebesar Rp …": a difference, of what the sentence
# quoted before it
_DIFFERENCE = lazy(
    r"\b(?:selisih|perbedaan)(?:nya)?(?:\s+(?:antara\s+keduanya|keduanya))?"
    r"(?:\s+(?:sebesar|senilai|sejumlah|yaitu|adalah|yakni))?\s*(?:rp\.?\s*)?$",
    re.IGNORECASE,
)
# the share of the pagu a % right after a quoted amount states, by that amount's kind
_ROW_FIGURES = ("capaian", "realisasi", "target")
_PAGU_SHARE = {"realisasi_anggaran": "persen_anggaran", "sisa": "persen_sisa"}
_BOUND_BEFORE = lazy(
    r"(?:[≤≥<>]=?|\b(?:di\s*atas|di\s*bawah|(?:tidak\s+)?(?:lebih|kurang)"
    r"(?:\s+(?:besar|kecil|tinggi|rendah))?\s+dari|minimal|maksimal|paling\s+"
    r"(?:sedikit|banyak|tinggi|rendah)|sekurang-kurangnya|setidak-?tidaknya|"
    r"setidaknya|hampir|nyaris)(?:\s+rp\.?)?)\s*$",
    re.IGNORECASE,
)
_SPENT_SHARE = lazy(r"\s*(?:,\s*)?\(?\s*(?:atau|setara\s+dengan|yaitu)?\s*", re.I)
# a bound after the figure, or a band up to one: "85% ≤ capaian", "85% s.d. < 100%"
_BOUND_AFTER = lazy(
    r"\s*(?:(?:s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?|hingga|[-–—])\s*)?[≤≥<>]",
    re.IGNORECASE,
)


# a shortfall or what remains of a target: "sisa target 10%", "kurang 10% dari
# target", "masih tersisa 10% lagi" (the gap, not the target nor a capaian)
_GAP_BEFORE = lazy(
    r"\b(?:sisa|tersisa|kurang|kekurangan|selisih|tinggal)(?:nya)?"
    r"(?:\s+(?:target\w*|capaian\w*|sebesar|sekitar|hanya|lagi|dari\s+target\w*))*"
    r"\s*$",
    re.IGNORECASE,
)
# a change or a difference: "meningkat 5% dibanding tahun lalu", "lebih rendah 20%
# dari target", "naik Rp 500 juta" (not the level reached: "meningkat menjadi 95%")
_CHANGE_BEFORE = lazy(
    rf"\b(?:{_CHANGE_VERB}|{_CHANGE_NOUN}(?:nya)?(?:\s+(?:capaian|realisasi)\w*)?|"
    r"lebih\s+(?:rendah|tinggi|kecil|besar|sedikit|banyak))"
    r"(?:\s+(?:sebesar|sekitar|hanya|sejumlah|senilai|sebanyak))*\s*$",
    re.IGNORECASE,
)
# the words the two patterns above may repeat after their first (or first two):
# a match of either holds no more runs of words than those and its first
_GAP_FILLER = lazy(r"target\w*|capaian\w*|sebesar|sekitar|hanya|lagi|dari", re.I)
_CHANGE_FILLER = lazy(r"sebesar|sekitar|hanya|sejumlah|senilai|sebanyak", re.I)
_GAP_AFTER = lazy(
    r"\s*(?:lagi\b|(?:untuk|agar)\s+(?:dapat\s+)?(?:mencapai|memenuhi)\s+target)",
    re.IGNORECASE,
)
# an example or a formula quotes no figure of the report: "misalnya Rp 10.000.000",
# "contoh: realisasi 45% dan target 50%", "seperti 90%", "dengan rumus realisasi
# dibagi target dikali 100%" (a figure after an example's marker, see
# _in_example; after "rumus" and an operator, in its clause; after a
# multiplication, its operand)
# NOTE: a bare "contoh" only where it opens a clause or is followed by ":" (a
# "Desa Contoh", "menjadi contoh bagi desa lain" quote real figures); "seperti"
# only right before a figure that is no year ("seperti 2023, realisasi …" compares)
_EXAMPLE = lazy(
    r"\b(?:misalnya|misal|semisal|umpamanya|contohnya|sebagai\s+contoh|andaikan|"
    r"seandainya)\b|(?:^|[,;:(]\s*)contoh\b|\bcontoh(?=\s*:)"
    r"|\bseperti(?=\s*:?\s*(?:rp\.?\s*)?\d)(?!\s*:?\s*(?:19|20)\d\d\b(?![.,]\d))",
    re.IGNORECASE,
)
# a marker standing alone ("Sebagai contoh, …", "misalnya: …") opens an example
# of the rest of the sentence
_OPENS_EXAMPLE = lazy(r"\s*[,:]")
_FORMULA = lazy(
    r"\brumus(?:nya)?\b[^,;]*?(?:\b(?:dibagi|dikali\w*|dikurangi|ditambah|x)\b|[×/=:])"
    r"[^,;]*$",
    re.IGNORECASE,
)
_OPERAND = lazy(r"(?:\b(?:dikali(?:kan)?|kali|dibagi|x)|×)\s*$", re.IGNORECASE)


# a bare "sisa" before a figure: "sisa 3,73%", "sisanya sebesar 3,73%"
_BARE_SISA = lazy(r"sisa(?:nya)?(?:\s+(?:sebesar|sekitar|hanya))*\s*", re.I)


def _budget_left(head: str, gap: re.Match[str], text: str) -> bool:
    """Whether a bare "sisa" before a percentage is the share of the budget left.

    "Realisasi anggaran 96,27% dengan sisa 3,73%", "sisa 3,73% dari pagu",
    "sisanya 3,73% tidak terserap": the budget in the sisa's own clause, as the
    base after the figure, or a serap word after it. Elsewhere
    ("…, sisa 10% akan dicapai") it is the gap to a target.
    """
    if not _BARE_SISA.fullmatch(gap.group(0)):
        return False
    clause = _last_clause(head)
    rest = text[len(head) :].split("%", 1)[-1]
    share = _SHARE_OF.match(rest)
    left = _LEFT_AFTER.match(rest)
    return bool(
        _BUDGET_CONTEXT.search(clause)
        or _after_budget_figure(head, share)
        or (share is not None and share.group("budget"))
        or (left is not None and left.group("serap"))
    )


# a clause that ends with a figure: "Realisasi anggaran sebesar 96,63%"
_ENDS_WITH_FIGURE = lazy(
    r"\d\s*(?:%|persen|prosen|ribu|juta|miliar|milyar|triliun)?\s*\)?\s*$",
    re.IGNORECASE,
)


def sisa_subject(prefix: str) -> str:
    """The clause before a bare "sisa" that opens a figure's clause, else "".

    "Realisasi belanja modal sebesar 90,00%, sisanya sebesar 10,00%", "Belanja
    modal digunakan untuk …, sisanya Rp … dikembalikan": what is left of what that
    clause spoke of (here belanja modal), so the sisa is read as that clause's
    figure is: that kind's row, never the JUMLAH.
    """
    pieces = last_pieces(CLAUSES, prefix, len(prefix), 2)
    if len(pieces) < 2 or not _BARE_SISA.fullmatch(pieces[-1].strip()):
        return ""
    return pieces[-2]


def _after_budget_figure(head: str, share: re.Match[str] | None) -> bool:
    """Whether a bare "sisa" opens a clause after one ending with a budget figure.

    "Realisasi anggaran sebesar 96,63%, sisanya sebesar 3,37%": what is left of
    the budget just quoted. Not when the sisa is a share of a target ("…, sisa 4%
    dari target kinerja") or the clause before is not on the budget ("Realisasi
    fisik 90%, sisanya 10%": the gap to the target).
    """
    pieces = last_pieces(CLAUSES, head, len(head), 2)
    if len(pieces) < 2 or (share is not None and share.group("target")):
        return False
    prior = pieces[-2]
    return bool(_ENDS_WITH_FIGURE.search(prior) and _BUDGET_CONTEXT.search(prior))


# every example's marker holds one of these words
_EXAMPLE_WORDS = ("misal", "umpama", "contoh", "andai", "seperti")


@lru_cache(maxsize=256)
def _first_example(text: str) -> int:
    """Where the first word an example's marker holds ends in a text, else its end.

    0 when the text is not ASCII: its case-folding is the pattern's to judge.
    """
    if not text.isascii():
        return 0
    lower = text.lower()
    ends = [lower.find(w) + len(w) for w in _EXAMPLE_WORDS if w in lower]
    return min(ends, default=len(text) + 1)


def _in_example(text: str, fig: Figure) -> bool:
    """A figure an example's marker before it covers.

    A marker standing alone ("Sebagai contoh, realisasi 45% …") covers the rest of
    the sentence; one naming its case ("misalnya pelatihan kader, tertunda sehingga
    realisasi … 95%") only its own clause: the figures after it are the report's.
    """
    if fig.end < _first_example(text):
        return False  # NOTE: no marker's word before it: the text goes unsearched
    for marker in _EXAMPLE.finditer(text, 0, fig.end):
        rest = text[marker.end() : fig.start]
        if _OPENS_EXAMPLE.match(rest) or not _CLAUSE_END.search(rest):
            return True
    return False


# the target at the end of the plan, not the year's: "terhadap target akhir
# Renstra tahun 2026", "target akhir periode RPJMD"
_PLAN_END = lazy(
    r"\btarget\s+(?:akhir\b|(?:renstra|rpjmd|rpjm)\b)|\bakhir\s+(?:periode\s+)?"
    r"(?:renstra|rpjmd|rpjm)\b",
    re.IGNORECASE,
)


_PLAN_END_RUNS = 16


def _not_quoted(text: str, fig: Figure) -> bool:
    """A figure that quotes no value of the report.

    The gap to a target ("sisa target 10%", "kurang 10% dari target"), a figure in
    an example ("misalnya Rp 10.000.000"), a formula's ("dengan rumus realisasi
    dibagi target dikali 100%"), or a percentage of the plan's end target
    ("terhadap target akhir Renstra tahun 2026, capaian … 99,26%"), which no
    rule judges.
    """
    # NOTE: each pattern is searched from where a match of it may start, not
    # from the sentence's start (a long sentence cost its length squared)
    end = fig.start
    change = runs_start(text, end, _CHANGE_FILLER, 2)
    if _CHANGE_BEFORE.search(text, change, end):
        return True
    if fig.kind == "pct":
        if _GAP_AFTER.match(text, fig.end):
            return True
        # NOTE: a capaian against the plan's end target, said in the words before
        # it (a bounded look back: a long sentence is read in linear time)
        near = tail_start(text, end, _PLAN_END_RUNS)
        if _PLAN_END.search(CONTRAST.split(text[near:end])[-1]):
            return True
        gap = _GAP_BEFORE.search(text, runs_start(text, end, _GAP_FILLER, 1), end)
        if gap and not _budget_left(text[:end], gap, text):
            return True
    clause = max(text.rfind(",", 0, end), text.rfind(";", 0, end)) + 1
    return bool(
        _in_example(text, fig)
        or _FORMULA.search(text, clause, end)
        or _OPERAND.search(text, tail_start(text, end, 1), end)
    )


def _bound(text: str, fig: Figure) -> bool:
    """A figure written as a bound (``85% ≤ capaian < 100%``, ``di atas 95%``).

    It defines a scale (the categories of capaian) or states a threshold ("terserap
    di atas 95%", "lebih dari Rp 1 miliar", "hampir 100%"): it restates no figure.
    """
    # NOTE: "tidak lebih besar dari Rp": five runs of words at most
    start = tail_start(text, fig.start, 5)
    return bool(
        _BOUND_BEFORE.search(text, start, fig.start)
        or _BOUND_AFTER.match(text, fig.end)
    )


@per_report
def read_claims(report: Report) -> ProseClaims:
    """Read every claim in the report's prose."""
    found = ProseClaims([], [], [], sentences(report))
    education = _staff_by_education(report)
    period = report_period(report)
    year = period.end.year if period is not None else None

    def names(name: str) -> bool:
        # NOTE: the report's names are gathered only when a use names a kegiatan
        return table_owner_names(report)(name)

    previous: Sentence | None = None
    for sentence in found.sentences:
        counting = _counting(sentence)
        found.counting.extend(counting)
        skip = [(c.start, c.end) for c in counting]
        for claim in _figure_claims(sentence, skip, education, names, year):
            (found.figures if claim.year is None else found.dated).append(claim)
        counted = tuple((c.start, c.end) for c in counting)
        found.qualitative.extend(_qualitative(sentence, previous, counted))
        previous = sentence
    return found
