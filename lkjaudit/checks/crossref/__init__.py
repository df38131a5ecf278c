"""Cross-table consistency: the same fact must agree in every table that states it.

All primitives here work on the report's link groups (see
:mod:`lkjaudit.analysis.linking`): the copies of one program, kegiatan, sub kegiatan,
sasaran or indicator in different tables. They are one family (their rules run
together, sharing the index of copies); importing this registers them all:

- :mod:`~lkjaudit.checks.crossref.figures`: the copies of a figure agree, and are
  printed with the same precision (``copies-agree``, ``copies-same-precision``);
- :mod:`~lkjaudit.checks.crossref.pk`: the Perjanjian Kinerja's budgets against the
  report's (``pk-budget``);
- :mod:`~lkjaudit.checks.crossref.names`: the copies of a row carry one name
  (``names-agree``);
- :mod:`~lkjaudit.checks.crossref.links`: every copy of the program tree has every
  row, and a row links to one row only (``tree-copies-complete``,
  ``link-unambiguous``).

:mod:`~lkjaudit.checks.crossref.agreement` says when two copies of a figure agree;
:mod:`~lkjaudit.checks.crossref.quarters` reads the quarter columns of a table as
copies of one quarter's figure.
"""

from lkjaudit.checks.crossref import figures, links, names, pk

__all__ = ["figures", "links", "names", "pk"]
