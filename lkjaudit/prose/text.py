"""Sentences with their source lines, and the words they are made of.

A paragraph keeps the line breaks of the export, so each sentence knows the line it
starts on. Sentences end at ``.``, ``!``, ``?`` or ``;``-free full stops followed by a
space and an upper-case letter or a digit, but not after abbreviations (``S.Sos.``,
``No.``, ``Rp.``, ``Kab.``), initials or list markers (``a.``, ``1.``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from lkjaudit.model.report import Paragraph, Report
from lkjaudit.prose.cache import per_report

__all__ = ["Sentence", "sentences", "tokens", "words"]

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
_END = re.compile(r"(?<=[^\s.])([.!?])(?=\s+[\"'(]?[A-Z0-9\u25cf\u2022-])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph."""

    text: str  # single-spaced, markup already removed by the reader
    line: int  # source line where it starts
    paragraph: int  # index of its paragraph in Report.paragraphs
    position: int  # index among the paragraph's sentences
    breaks: tuple[int, ...] = ()  # offsets in ``text`` where a new source line starts

    def line_at(self, offset: int) -> int:
        """The source line of a character of the sentence."""
        return self.line + bisect_right(self.breaks, offset)


_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_LIST_MARK = re.compile(r"(?:^|\s)\d{1,2}$")


def _is_break(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return True
    before = text[max(0, dot - 40) : dot]
    word = _LAST_WORD.search(before)
    if word is None:
        return not _LIST_MARK.search(text[max(0, dot - 4) : dot])  # "1." list marker
    token = word.group(1)
    if len(token) == 1:
        return False  # an initial or a list letter
    return token.lower() not in _ABBREV


def split(paragraph: Paragraph, index: int) -> list[Sentence]:
    """The sentences of one paragraph, each with its starting source line."""
    text = paragraph.text
    base = paragraph.line or 0
    starts = [0]
    for match in _END.finditer(text):
        if _is_break(text, match.start()):
            starts.append(match.end())
    found: list[Sentence] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        chunk = text[start:end]
        line = base + text.count("\n", 0, start)
        pieces: list[str] = []
        breaks: list[int] = []
        first = -1
        offset = 0
        for k, part in enumerate(chunk.split("\n")):
            words = part.split()
            if not words:
                continue
            if first < 0:
                first = line + k
            elif k:
                breaks.append(offset)
            pieces.extend(words)
            offset += sum(len(w) + 1 for w in words)
        if pieces:
            found.append(
                Sentence(" ".join(pieces), first, index, len(found), tuple(breaks))
            )
    return found


@per_report
def sentences(report: Report) -> list[Sentence]:
    """Every sentence of the report's prose, in document order."""
    out: list[Sentence] = []
    for index, paragraph in enumerate(report.paragraphs):
        out.extend(split(paragraph, index))
    return out


_WORD = re.compile(r"[0-9A-Za-z]+(?:[/'][0-9A-Za-z]+)*")


def words(text: str) -> list[str]:
    """The words of a text, lower-cased (``SMA/SMK`` and ``Jum'at`` stay whole)."""
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
    out = set()
    for word in words(text.replace("/", " ")):
        if word in _STOP:
            continue
        out.add(_FORMS.get(word, word))
    return frozenset(out)
