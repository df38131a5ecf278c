"""The language side of a report: sentences, figures, dates, people and structure.

Everything here reads the prose of a :class:`~lkjaudit.model.report.Report`
(paragraphs with their source lines) and the captions and labels of its tables, and
returns plain records with line numbers. The check primitives in
:mod:`lkjaudit.checks` compare those records with the tables.
"""
