"""Sentences with their source lines, and the words they are made of.

A paragraph keeps the line breaks of the export, so each sentence knows the line it
starts on. Sentences end at ``.``, ``!``, ``?`` or ``;``-free full stops followed by a
space and an upper-case letter or a digit, but not after abbreviations (``S.Sos.``,
``No.``, ``Rp.``, ``Kab.``), initials or list markers (``a.``, ``1.``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Paragraph, Report
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.position import paragraph_at, paragraph_near

__all__ = [
    "CLAUSES",
    "CONTRAST",
    "Sentence",
    "contrast_end",
    "contrast_start",
    "sentences",
    "tokens",
    "words",
]

# a clause of its own begins at ";" or where a contrast begins
CONTRAST = lazy(r";|\b(?:sedangkan|sementara|namun|tetapi|adapun)\b", re.IGNORECASE)
# the clauses of a sentence: cut at ";", a comma that is no decimal comma, a contrast
CLAUSES = lazy(
    r";|,(?!\d)|\b(?:sedangkan|sementara|namun|tetapi|adapun)\b", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _contrasts(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each contrast in a text starts and ends (read once per text)."""
    found = list(CONTRAST.finditer(text))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def contrast_start(text: str, at: int) -> int | None:
    """Where the clause a contrast opens before ``at`` starts; None for no contrast.

    The end of the last contrast at or before ``at``: the contrasts are found once
    per text and each place by bisection, so a long sentence's many figures cost
    no more than reading it.
    """
    ends = _contrasts(text)[1]
    k = bisect_right(ends, at)
    return ends[k - 1] if k else None


def contrast_end(text: str, at: int) -> int:
    """Where the first contrast from ``at`` on starts, else the text's end."""
    starts = _contrasts(text)[0]
    j = bisect_left(starts, at)
    return starts[j] if j < len(starts) else len(text)


_ABBREV = {
    "no",
    "rp",
    "kab",
    "kec",
    "jl",
    "sos",
    "si",
    "sh",
    "se",
    "st",
    "ak",
    "mm",
    "msi",
    "dr",
    "drs",
    "ir",
    "hj",
    "h",
    "pj",
    "plt",
    "nip",
    "tgl",
    "dll",
    "dsb",
    "dst",
    "tsb",
    "hal",
    "telp",
    "bpk",
    "ibu",
    "sdr",
    "yth",
    "ttd",
}
# a full stop that may end a sentence: after a word, before space + capital or digit
_END = lazy(r"(?<=[^\s.])([.!?])(?=\s+[\"'(]?[A-Z0-9\u25cf\u2022-])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph.

    ``at`` orders sentences and tables in the document (the reading line,
    :mod:`lkjaudit.prose.position`), ``near`` measures how near a table it stands
    (the near line: the same but in a workbook, where a table on the sentence's
    own sheet is nearer than any on another, and sheets farther off in the
    workbook's order are farther); where a character is
    for people is :meth:`place`: its page and line, as the paragraph's format
    counts them.
    """

    text: str  # single-spaced, markup already removed by the reader
    at: int  # reading line where it starts
    paragraph: int  # index of its paragraph in Report.paragraphs
    position: int  # index among the paragraph's sentences
    rows: tuple[int, ...] = (0,)  # the paragraph's text line of each piece
    breaks: tuple[int, ...] = ()  # offsets in ``text`` where the next piece starts
    near: int = 0  # near line where it starts (the nearest tables)

    def row_at(self, offset: int) -> int:
        """The paragraph's text line (from 0) holding a character of the sentence."""
        return self.rows[bisect_right(self.breaks, offset)]

    def place(self, report: Report, offset: int = 0) -> tuple[int | None, int | None]:
        """(page, line) of a character of the sentence in its source."""
        return report.paragraphs[self.paragraph].place(self.row_at(offset))


_LAST_WORD = lazy(r"([A-Za-z]+)$")
_HYPHENATED = lazy(r"[^\W\d_]-$")
_LIST_MARK = lazy(r"(?:^|\s)\d{1,2}$")


def _is_list_mark(text: str, dot: int) -> bool:
    """The number before ``text[dot]`` numbers an item: "1." or "2." of a list.

    It does when it is 1, opens the text or a line, follows a colon or semicolon,
    or follows the item numbered one less; otherwise a sentence ends with the
    number (``… dari target 82. Persentase …``).
    """
    mark = _LIST_MARK.search(text[max(0, dot - 4) : dot])
    if mark is None:
        return False
    start = dot - len(mark.group().lstrip())
    before = text[:start].rstrip(" \t")
    if not before or before.endswith(("\n", ":", ";")):
        return True
    number = int(text[start:dot])
    previous = rf"(?:^|\s){number - 1}\.\s"
    return number <= 1 or re.search(previous, text[:start]) is not None


def _is_break(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return True
    before = text[max(0, dot - 40) : dot]
    word = _LAST_WORD.search(before)
    if word is None:
        return not _is_list_mark(text, dot)
    token = word.group(1)
    if len(token) == 1:
        return False  # an initial or a list letter
    return token.lower() not in _ABBREV


def split(
    paragraph: Paragraph, index: int, report: Report | None = None
) -> list[Sentence]:
    """The sentences of one paragraph, each with the text lines it spans.

    ``report`` (the paragraph's) places them in reading order; without it a
    sentence's ``at`` is the paragraph's line plus its text line.
    """
    text = paragraph.text
    starts = [0]
    for match in _END.finditer(text):
        if _is_break(text, match.start()):
            starts.append(match.end())
    found: list[Sentence] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        chunk = text[start:end]
        row = text.count("\n", 0, start)
        joined = ""
        rows: list[int] = []
        breaks: list[int] = []
        for j, part in enumerate(chunk.split("\n")):
            words = " ".join(part.split())
            if not words:
                continue
            if rows:
                # NOTE: "desa-" at the end of a line and "desa" on the next are
                # one word, as printed ("desa-desa"); anything else takes a space
                # (searched from the last two characters: a search of the whole
                # sentence per line made a long one cost its length squared)
                tail = max(0, len(joined) - 2)
                glued = _HYPHENATED.search(joined, tail) and words[0].isalpha()
                joined += "" if glued else " "
                breaks.append(len(joined))
            rows.append(row + j)
            joined += words
        if joined:
            at = near = (paragraph.line or 0) + rows[0]
            if report is not None:
                at = paragraph_at(report, paragraph, rows[0])
                near = paragraph_near(report, paragraph, rows[0])
            found.append(
                Sentence(
                    joined, at, index, len(found), tuple(rows), tuple(breaks), near
                )
            )
    return found


@per_report
def sentences(report: Report) -> list[Sentence]:
    """Every sentence of the report's prose, in document order."""
    out: list[Sentence] = []
    for index, paragraph in enumerate(report.paragraphs):
        out.extend(split(paragraph, index, report))
    return out


_WORD = lazy(r"[0-9A-Za-z]+(?:[/'][0-9A-Za-z]+)*")


def words(text: str) -> list[str]:
    """The words of a text, lower-cased (``SMA/SMK`` and ``Jum'at`` stay whole)."""
    if text.isascii():
        # NOTE: lower-casing an ASCII text whole keeps its words where they were;
        # not so in general (the Kelvin sign lower-cases to "k")
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


_FORMS = {
    "pemerintahan": "pemerintah",
    "ketenteraman": "ketentraman",
    "fasilitasi": "fasilitas",
    "efektivitas": "efektifitas",
    "prgram": "program",
    "realiasi": "realisasi",
    "rkpddes": "rkpdes",
    "apbddes": "apbdes",
}
_STOP = frozenset(
    {
        "dan", "di", "pada", "yang", "dalam", "serta", "atau", "untuk", "oleh", "ke",
        "dari", "dengan", "ini", "itu", "tersebut", "yaitu", "adalah", "sebesar",
        "sebanyak", "the", "of", "kab", "kabupaten", "kecamatan",
    }
)  # fmt: skip


@lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    """Content words of a name, in a canonical form (for matching names to rows)."""
    found = words(text.replace("/", " "))
    return frozenset([_FORMS.get(w, w) for w in found if w not in _STOP])
