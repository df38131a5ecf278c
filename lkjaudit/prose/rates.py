"""Rates with a base and index scores quoted in sentences.

Health reports quote indicators that are neither a percentage nor a count:

* a **rate** with its base: ``78 per 100.000 kelahiran hidup``, ``7,9 per 1.000
  KH``, ``2,1/1.000 penduduk`` (the base a power of ten, in digits or words:
  ``per seratus ribu``, ``per seribu``, ``per 100 ribu``);
* an **index or score**: a bare number right after a word that gives a value,
  ``Indeks Kepuasan Masyarakat mencapai 84,12``, ``nilai IKM sebesar 84,21``,
  ``skor 3,25``, ``dari target 98``, or after a name and a colon, ``Indeks
  Kepuasan Masyarakat: 84,21``, ``Nilai SAKIP: 65,5 (B)``.

Each is read as the realisasi of the indicator the sentence names before it, or
as its target when *target* labels it (:mod:`lkjaudit.checks.rates` links it to
that indicator's row, the walk judges it). A bare number *capaian* labels
(``dengan capaian 99,27``) is a capaian whose % is left out, compared as a
percentage is. What is no claim: a budget figure, a figure of another year or of
a comparison (another region, a benchmark, an earlier value), a change, a bound
or an approximation, a value not (yet) reached, a fraction (``17 dari 20``), a
list's item number (``sebagai berikut: 1. …``) and an example or formula.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report
from lkjaudit.model.values import Value, ValueKind, parse_value
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import FigureClaim, ProseClaims, read_claims
from lkjaudit.prose.dates import report_period
from lkjaudit.prose.figures import Figure, figures
from lkjaudit.prose.places import elsewhere_claims
from lkjaudit.prose.subunits import sub_unit_claims
from lkjaudit.prose.text import Sentence

__all__ = ["RATED", "Base", "rate_base", "rate_claims", "with_rates"]

# the kinds of figure this module reads
RATED = ("rate", "score")

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# a rate's base in digits ("100.000"), in digits and a word ("100 ribu") or in
# words ("seratus ribu", "seribu", "sepuluh ribu"): the same base
_BASE = (
    r"(?P<digits>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|/)(?:\s+(?P<scale>ribu|juta)\b)?"
    r"|(?P<words>(?:seratus|sepuluh|satu)\s+(?:ribu|juta)|seribu|sejuta|seratus|"
    r"sepuluh)\b"
)
# "78 per 100.000 kelahiran hidup", "7,9/1.000 KH", "2,1 per seribu penduduk": a
# number, per, a base and what it counts (the noun may be left out)
_RATE = lazy(
    rf"(?<![\w.,/-])(?P<num>{_NUM})(?![\d.,]\d)\s*(?:per\b\s*|/\s*)"
    rf"(?P<base>{_BASE})(?:\s*(?P<noun>kelahiran\s+hidup|[^\W\d_]+))?",
    re.IGNORECASE,
)
# the base of a unit written alone: "per 100.000 KH", "(per seribu penduduk)"
_UNIT_BASE = lazy(
    rf"(?:\bper\b\s*|/\s*)(?P<base>{_BASE})"
    r"(?:\s*(?P<noun>kelahiran\s+hidup|[^\W\d_]+))?",
    re.IGNORECASE,
)
# the numbers a base says in words; "seratus ribu" is their product
_WORD_NUMBER = {
    "satu": Decimal(1),
    "sepuluh": Decimal(10),
    "seratus": Decimal(100),
    "ribu": Decimal(1000),
    "seribu": Decimal(1000),
    "juta": Decimal(1_000_000),
    "sejuta": Decimal(1_000_000),
}
# a bare number: no % nor unit follows it (what may follow is checked apart)
_BARE = lazy(rf"(?<![\w.,/-])(?P<num>{_NUM})(?![\d.,]?\d)")
# words after a base that name no counted thing
_NO_NOUN = frozenset(
    {
        "pada", "di", "dan", "atau", "dengan", "dari", "yang", "tahun", "sehingga",
        "lebih", "serta", "sedangkan", "namun", "tetapi", "masih", "sudah", "telah",
        "belum", "ini", "itu", "tersebut", "untuk", "sesuai", "melampaui", "melebihi",
    }
)  # fmt: skip
# how a counted thing is written: in full or as its abbreviation
_NOUNS = {"kelahiran hidup": "kh", "kh": "kh", "pddk": "penduduk"}
# a word that gives a value, right before a bare number: "mencapai 84,12", "nilai
# IKM sebesar 84,21", "skor 3,25", "dari target 98", "capaian 99,27"; or a name
# and a colon: "Indeks Kepuasan Masyarakat: 84,21", "Nilai SAKIP (LKE): 65,5"
_VALUE_BEFORE = lazy(
    r"(?:\b(?:sebesar|mencapai|adalah|ialah|yaitu|yakni|menjadi|tercatat|senilai|"
    r"terealisasi|direalisasikan|ditargetkan|target(?:nya)?|realisasi(?:nya)?|"
    r"nilai(?:nya)?|skor(?:nya)?|indeks(?:nya)?|capaian(?:nya)?|pencapaian)"
    r"(?:\s+(?:sebesar|senilai|yaitu|yakni|adalah|hanya|baru|mencapai|tercatat|"
    r"angka|nilai|skor|level|kinerja(?:nya)?))*\s*:?"
    r"|\b(?!(?:berikut|sbb|lain|meliputi|atas|dari|ini|itu|tersebut|keterangan|"
    r"ket|catatan|sumber|contoh|misalnya|rumus|pukul|jam|tanggal|tgl)\b)"
    r"[^\W\d_]+\)?\s*:)\s*$",
    re.IGNORECASE,
)
# "… sebagai berikut: 1. Unsur persyaratan …": the number of a list's item
_ITEM = lazy(r"[.)]\s*[^\W\d_]")
_LISTED = lazy(r"[:;]\s*$")
# what may follow a score: a grade in brackets, then the end of its phrase
_SCORE_AFTER = lazy(
    r"(?:\s*(?:poin|point)\b)?(?:\s*\((?:kategori\s+|predikat\s+|mutu\s+)?"
    r"[^\W\d_][^()\d]{0,60}\))?\s*(?:$|[,;:.)]|(?:atau|dan|dengan|dari|sehingga|"
    r"yang|lebih|pada|di|serta|sedangkan|namun|tetapi|melampaui|melebihi|belum|"
    r"sudah|telah|masih|ini|untuk|karena|sesuai|jika|bila|apabila|maka|artinya|"
    r"berarti|termasuk|dalam|kategori|predikat|mutu|atas|terhadap)\b)",
    re.IGNORECASE,
)
_SCORE_UNIT = lazy(r"\s*(?P<unit>poin|point)\b", re.IGNORECASE)
# "17 dari 20 puskesmas": a number of a whole, no score; "96,11 dari target": the
# share of the target reached, a capaian (unless the target's own figure follows)
_FRACTION = lazy(
    r"(?:\s*\([^()\d]{0,60}\))?\s*(?:dari|terhadap)\s+(?:(?:total|jumlah|seluruh)\s+)?\d"
    r"|\s*(?:dari|terhadap)\s+(?:yang\s+)?(?:target\w*|ditargetkan)\b"
    r"(?!(?:\s+(?:tahun|sebesar|yaitu|adalah|yang|ditetapkan|level|nilai|skor|"
    r"indeks))*\s*:?\s*\d)",
    re.IGNORECASE,
)
_YEAR = lazy(r"(?:19|20)\d\d")
_YEAR_NAMED = lazy(r"\b(?:19|20)\d\d\b")
# a number after these words names a year, a table or a regulation
_NAMING = lazy(
    r"\b(?:tahun|th|ta|periode|tahap|triwulan|tw|semester|bab|tabel|gambar|grafik|"
    r"lampiran|no|nomor|nomer|pasal|ayat|kode|rp)\.?\s*:?\s*$",
    re.IGNORECASE,
)
# what the figure is: the last of these words before it
_LABEL = lazy(
    r"(?P<target>\btarget\w*|\bditargetkan\b)"
    r"|(?P<realisasi>\brealisasi\w*|\bterealisasi\b|\bdirealisasikan\b)"
    # NOTE: "capaian target IKM sebesar 95": the capaian of the target
    r"|(?P<capaian>\b(?:pen)?capaian\w*(?:\s+target\w*)?)"
    r"|(?P<budget>\b(?:anggaran|pagu|belanja|keuangan|dana|rp)\b)",
    re.IGNORECASE,
)
# "mencapai target, …", "sesuai target Renstra": a target reached, no label of
# the figure unless the figure follows at once
_REACHED = lazy(
    r"\b(?:mencapai|memenuhi|melampaui|melebihi|sesuai(?:\s+dengan)?)\s+$",
    re.IGNORECASE,
)
_LABEL_END = lazy(
    r"\s*(?:tahun\s+\d{4}\s*)?(?:sebesar|yaitu|yakni|adalah|senilai)?\s*:?\s*$",
    re.IGNORECASE,
)
# the clause a figure is in: after ";", ":", a comma that is no decimal comma or a
# contrast
_CLAUSE = lazy(
    r"[;:]|,(?!\d)|\b(?:sedangkan|sementara|namun|tetapi|adapun)\b", re.IGNORECASE
)
# another time: "dibandingkan tahun 2023", "tahun lalu", "sebelumnya"
_EARLIER = lazy(
    r"\b(?:dibandingkan|dibanding|daripada|semula|sebelumnya|tahun\s+lalu|"
    r"tahun\s+sebelumnya)\b",
    re.IGNORECASE,
)
# another region or a benchmark: "angka nasional", "AKI Provinsi", "target SDGs"
_ELSEWHERE = lazy(
    r"\b(?:nasional|provinsi|propinsi|(?:kabupaten|kota|daerah|wilayah)\s+lain\w*|"
    r"rata-?\s*rata|standar\w*|sdgs?|mdgs?|rpjmn|rpjmd|renstra|who|global|dunia|"
    r"asean|indonesia)\b",
    re.IGNORECASE,
)
# a change or its amount: "turun sebesar 10", "turun dari 97", "penurunan AKI
# sebesar 10" (not the level reached: "turun menjadi 87")
_CHANGE = lazy(
    r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|"
    r"peningkatan|perubahan|selisih(?:nya)?)\b",
    re.IGNORECASE,
)
_BECAME = lazy(r"\bmenjadi(?:\s+(?:sebesar|hanya))?\s*$", re.IGNORECASE)
# a bound or an approximation: "di bawah 100", "lebih dari 80", "sekitar 84"
_BOUND = lazy(
    r"(?:[<>≤≥±]=?|\b(?:di\s*atas|di\s*bawah|(?:tidak\s+)?(?:lebih|kurang)"
    r"(?:\s+(?:besar|kecil|tinggi|rendah))?\s+dari|minimal|maksimal|paling\s+"
    r"(?:sedikit|banyak|tinggi|rendah)|sekurang-kurangnya|setidak-?tidaknya|"
    r"setidaknya|hampir|nyaris|sekitar|kurang\s+lebih|kira-kira|antara))\s*$",
    re.IGNORECASE,
)
_RANGE_AFTER = lazy(
    r"\s*(?:[<>≤≥]|[-\u2013]\s*\d|(?:sampai|hingga|s\.?\s?d\.?|s/d)\s*\d)",
    re.IGNORECASE,
)
_EXAMPLE = lazy(
    r"\b(?:misal\w*|semisal|contoh\w*|rumus\w*|andaikan|seandainya|umpamanya)\b",
    re.IGNORECASE,
)


# how far before a figure the words that say what it is are looked for
_NEAR = 120


@dataclass(frozen=True)
class Base:
    """The base of a rate: per ``number`` of ``noun`` ("" when not written)."""

    number: Decimal
    noun: str


def _base_number(match: re.Match[str]) -> Decimal | None:
    """The number a base writes: ``100.000``, ``100 ribu``, ``seratus ribu``."""
    words = match.group("words")
    if words is not None:
        product = Decimal(1)
        for word in words.lower().split():
            product *= _WORD_NUMBER[word]
        return product
    number = parse_value(match.group("digits")).number
    scale = match.group("scale")
    if number is None or scale is None:
        return number
    return number * _WORD_NUMBER[scale.lower()]


def _base(match: re.Match[str]) -> Base | None:
    number = _base_number(match)
    if number is None or number < 10 or number.normalize().as_tuple().digits != (1,):
        return None  # NOTE: a rate's base is a power of ten: "3/2024" is none
    noun = " ".join((match.group("noun") or "").lower().split())
    if noun in _NO_NOUN:
        noun = ""
    return Base(number, _NOUNS.get(noun, noun))


def rate_base(text: str) -> Base | None:
    """The base of the rate a unit or a name writes ("per 100.000 KH"), or None."""
    for match in _UNIT_BASE.finditer(text):
        if (found := _base(match)) is not None:
            return found
    return None


class _Spans:
    """Spans of a sentence, to ask at once whether a stretch overlaps one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        # NOTE: the furthest end of the spans up to each one (spans may nest)
        self._reach: list[int] = []
        for _, b in self._spans:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span."""
        k = bisect_right(self._starts, start)
        if k and self._reach[k - 1] > start:
            return True
        return k < len(self._spans) and self._starts[k] < end


@dataclass(frozen=True)
class _Read:
    figure: Figure
    end_of_number: int  # where the number ends (a rate's base follows it)


def _rates(text: str) -> list[_Read]:
    found: list[_Read] = []
    for match in _RATE.finditer(text):
        base = _base(match)
        if base is None:
            continue
        end = match.end() if base.noun else match.end("base")
        raw = text[match.start() : end]
        number = parse_value(match.group("num"))
        if number.number is None:
            continue
        unit = " ".join(text[match.end("num") : end].split())
        value = Value(raw, ValueKind.NUMBER, number.number, unit, number.decimals)
        figure = Figure("rate", value, None, match.start(), end, raw, -number.decimals)
        found.append(_Read(figure, match.end("num")))
    return found


def _scores(text: str, taken: _Spans) -> list[_Read]:
    found: list[_Read] = []
    for match in _BARE.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, start + 1):
            continue
        # NOTE: the words right before it; a long sentence is not read again whole
        head = text[max(0, start - _NEAR) : start]
        if not _VALUE_BEFORE.search(head) or not _SCORE_AFTER.match(text, end):
            continue
        if _FRACTION.match(text, end) or _YEAR.fullmatch(match.group("num")):
            continue
        if (
            _LISTED.search(head)
            and match.group("num").isdigit()
            and _ITEM.match(text, end)
        ):
            continue  # NOTE: "…: 1. Unsur persyaratan": an item's number
        number = parse_value(match.group("num"))
        if number.number is None:
            continue
        unit_match = _SCORE_UNIT.match(text, end)
        unit = unit_match.group("unit").lower() if unit_match else None
        stop = unit_match.end() if unit_match else end
        raw = text[start:stop]
        value = Value(raw, ValueKind.NUMBER, number.number, unit, number.decimals)
        figure = Figure("score", value, None, start, stop, raw, -number.decimals)
        found.append(_Read(figure, end))
    return found


def _reads(text: str, own: list[FigureClaim]) -> list[_Read]:
    """The rates and scores of a sentence, left to right.

    A score never overlaps a figure the sentence's other claims took; a rate
    may hold one in its base (``1.000 penduduk`` in ``2,1 per 1.000 penduduk``).
    """
    rates = _rates(text)
    taken = [(r.figure.start, r.figure.end) for r in rates]
    taken += [(c.figure.start, c.figure.end) for c in own]
    found = [*rates, *_scores(text, _Spans(taken))]
    return sorted(found, key=lambda r: r.figure.start)


def _label(before: str) -> str | None:
    """What the words before a figure say it is, in its own clause.

    ``target``, ``realisasi``, ``capaian`` or ``budget``, or None. A clause of
    nothing but words that give a value ("Target AKI tahun 2024, yaitu 98")
    takes the label of the clause before it. A target named only in an earlier
    clause ("Dibandingkan target, IKM mencapai 84,12") makes the figure
    ``unsure``: it may be either.
    """
    pieces = _CLAUSE.split(before)
    k = len(pieces) - 1
    while True:
        found = _last_label(pieces[k])
        if found is not None or k == 0 or not _FILLER.fullmatch(pieces[k]):
            break
        k -= 1
    if found is None and _last_label(" ".join(pieces[:k]), own=False) == "target":
        return "unsure"
    return found


def _clause(near: str) -> str:
    """The clause a figure is in, with the one before a clause of only fillers.

    "Indeks Kepuasan Masyarakat Provinsi: 80,1": the name before the colon is
    the figure's clause too.
    """
    pieces = _CLAUSE.split(near)
    k = len(pieces) - 1
    while k and _FILLER.fullmatch(pieces[k]):
        k -= 1
    return " ".join(pieces[k:])


def _last_label(text: str, own: bool = True) -> str | None:
    """The last word of a text that says what a figure is, if any.

    A target said to be reached ("mencapai target, …", "sesuai target Renstra")
    labels no figure unless the figure follows it at once in its ``own`` clause
    ("melampaui target 82").
    """
    found = None
    for match in _LABEL.finditer(text):
        if (
            match.lastgroup == "target"
            and _REACHED.search(text, 0, match.start())
            and not (own and _LABEL_END.fullmatch(text, match.end()))
        ):
            continue
        found = match.lastgroup
    return found


# a clause of nothing but words that give the value that follows
_FILLER = lazy(
    r"\s*(?:(?:yaitu|yakni|adalah|ialah|sebesar|senilai|hanya|mencapai|tercatat|"
    r"sebagai\s+berikut)\s*)*",
    re.IGNORECASE,
)


def _of_the_year(
    clause: str, after: str, said: list[tuple[int, int]], at: int, year: int | None
) -> bool:
    """Whether a figure is of the report's year, by what its clause says.

    Not one its clause compares with another time (*dibandingkan*, *sebelumnya*,
    *tahun lalu* …) or dates, before or after it, to another year than the
    report's (the year its clause names, else the last one the sentence named
    before it; ``said`` are the sentence's years and where they end). Without
    the report's year, not one dated before the latest year the sentence names.
    """
    if _EARLIER.search(clause) or _EARLIER.search(after):
        return False
    named = [int(y) for y in _YEAR_NAMED.findall(clause)]
    if not named:
        k = bisect_right(said, (at, _NO_YEAR))
        named = [said[k - 1][1]] if k else []
    named += [int(y) for y in _YEAR_NAMED.findall(after)]
    if year is not None:
        return all(y == year for y in named)
    latest = max((y for _, y in said), default=None)
    return latest is None or all(y >= latest for y in named)


def _unreached(near: str) -> bool:
    """Whether the verb before a figure is negated or still to come."""
    verb = _VALUE_BEFORE.search(near)
    head = near[: verb.start()] if verb is not None else near
    return _UNREACHED_AT.search(head) is not None


# a value not reached, not yet, or still to come, right before the verb giving
# it: "belum mencapai 80", "diharapkan mencapai 90"
_UNREACHED_AT = lazy(
    r"\b(?:belum|tidak|tak|gagal|hampir|nyaris|akan|diharapkan|diperkirakan|"
    r"direncanakan|diproyeksikan|harus|wajib|perlu|agar|supaya|untuk|guna)"
    r"(?:\s+(?:juga|sepenuhnya|bisa|dapat|mampu|berhasil|pernah|sempat))?\s*$",
    re.IGNORECASE,
)
# a target set for the capaian: "target capaian kinerja 100"
_CAPAIAN_TARGET = lazy(r"\btarget\w*\s+(?:pen)?capaian\b", re.IGNORECASE)
# greater than any year: (end, year) pairs ending at a place sort before it
_NO_YEAR = 10_000
# how far before a figure its clause, a bound or an example's marker is looked for
_WINDOW = 400


def _metric(
    text: str,
    figure: Figure,
    before: str,
    said: list[tuple[int, int]],
    year: int | None,
) -> str | None:
    """What a rate or score restates: ``realisasi``, ``target``, ``capaian`` or nothing.

    A bare number labelled *capaian* ("dengan capaian sebesar 99,27") is a
    capaian in percent; a target set for the capaian, a rate or a score in
    points so labelled is nothing.
    """
    near = text[max(0, figure.start - _WINDOW) : figure.start]
    reach = min(len(text), figure.end + _WINDOW)
    stop = _CLAUSE.search(text, figure.end, reach)
    after = text[figure.end : stop.start() if stop else reach]
    clause = _clause(near)
    if (
        _NAMING.search(near)
        or _BOUND.search(near)
        or _RANGE_AFTER.match(text, figure.end)
        or _EXAMPLE.search(near)
        or _ELSEWHERE.search(clause)
        or _ELSEWHERE.search(after)
    ):
        return None
    if _CHANGE.search(clause) and not _BECAME.search(near):
        return None  # NOTE: "turun dari 97", "penurunan … sebesar 10"
    if not _of_the_year(clause, after, said, figure.start, year):
        return None
    label = _label(before[-_WINDOW:])
    if label == "target":
        return "target"
    if label == "capaian":
        # NOTE: "dengan capaian 99,27": a capaian whose % is left out; not a
        # target set for it ("target capaian 100") nor a rate or points
        if (
            figure.kind != "score"
            or figure.value.unit is not None
            or _CAPAIAN_TARGET.search(clause)
            or _unreached(near[-_NEAR:])
        ):
            return None
        return "capaian"
    if label not in (None, "realisasi") or _unreached(near[-_NEAR:]):
        return None
    return "realisasi"


def _last(ends: list[int], at: int) -> int:
    """The last of sorted positions at or before ``at`` (0 for none)."""
    k = bisect_right(ends, at)
    return ends[k - 1] if k else 0


def _as_percent(figure: Figure) -> Figure:
    """A bare number read as a percentage: ``capaian 99,27`` is ``99,27%``.

    It keeps its raw text (a finding shows the figure as the sentence prints it).
    """
    value = replace(figure.value, unit="%")
    return replace(figure, kind="pct", value=value)


def rate_claims(
    sentence: Sentence, own: list[FigureClaim], year: int | None
) -> list[FigureClaim]:
    """A sentence's claims with its rates and scores among them, left to right.

    ``own`` are the sentence's other claims (:func:`read_claims`); a claim on a
    count inside a rate's base ("1.000 penduduk") is the rate's, not a claim.
    """
    text = sentence.text
    reads = _reads(text, own) if any(c.isdigit() for c in text) else []
    if not reads:
        return own
    bases = _Spans(
        [(r.end_of_number, r.figure.end) for r in reads if r.figure.kind == "rate"]
    )
    kept = [c for c in own if not bases.overlaps(c.figure.start, c.figure.start + 1)]
    others = _Spans([(c.figure.start, c.figure.end) for c in kept])
    reads = [r for r in reads if not others.overlaps(r.figure.start, r.figure.end)]
    spans = [(r.figure.start, r.figure.end) for r in reads]
    mine = _Spans(spans)
    ends = sorted(
        {f.end for f in figures(text) if not mine.overlaps(f.start, f.end)}
        | {b for _, b in spans}
    )
    claimed = sorted([c.figure.end for c in kept] + [b for _, b in spans])
    said = [(m.end(), int(m.group(0))) for m in _YEAR_NAMED.finditer(text)]
    found: list[FigureClaim] = []
    for read in reads:
        fig = read.figure
        before = text[_last(ends, fig.start) : fig.start]
        metric = _metric(text, fig, before, said, year)
        if metric is None:
            continue
        after = re.split(r"[,;]", text[fig.end : fig.end + _WINDOW], maxsplit=1)[0]
        bare = metric == "capaian"
        found.append(
            FigureClaim(
                sentence,
                _as_percent(fig) if bare else fig,
                metric,
                before,
                after,
                text[: fig.start],
                None,
                (text[_last(claimed, fig.start) : fig.start],),
                bare=bare,
            )
        )
    return sorted([*kept, *found], key=lambda c: c.figure.start)


@per_report
def with_rates(report: Report) -> ProseClaims:
    """The report's claims (:func:`read_claims`) with its rates and scores added.

    Each sentence's claims stay in the order of its figures; an indicator's
    figure of a sub-unit (a named Puskesmas, UPT, desa …) is left out, or kept
    for the sub-unit's own row when a table has one
    (:func:`lkjaudit.prose.subunits.sub_unit_claims`), and a percentage of
    another place or a national benchmark is left out
    (:func:`lkjaudit.prose.places.elsewhere_claims`).
    """
    claims = read_claims(report)
    period = report_period(report)
    year = period.end.year if period is not None else None
    by_sentence: dict[int, list[FigureClaim]] = {}
    for claim in claims.figures:
        by_sentence.setdefault(id(claim.sentence), []).append(claim)
    merged: list[FigureClaim] = []
    for sentence in claims.sentences:
        found = rate_claims(sentence, by_sentence.get(id(sentence), []), year)
        # NOTE: "Indeks Kepuasan Masyarakat Puskesmas Sukamulya sebesar 78,2": a
        # sub-unit's figure, no row of the unit's (only the sub-unit's own row)
        # NOTE: "Capaian IKM Provinsi Jawa Barat sebesar 95,37%": another place's
        if found:
            found = elsewhere_claims(report, found)
        if found:
            merged.extend(c for c in sub_unit_claims(report, found) if c is not None)
    if len(merged) == len(claims.figures) and all(
        a is b for a, b in zip(merged, claims.figures, strict=True)
    ):
        return claims
    return replace(claims, figures=merged)
