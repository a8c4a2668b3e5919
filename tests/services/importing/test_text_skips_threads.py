"""The text reader finds the lines its parser skipped without touching the `warnings` module,
whose filters are global: the GUI reads on a job thread while other threads may warn."""

from __future__ import annotations

import warnings

import pandas as pd

from app.services.importing import arrow_csv, reading, text_lines
from tests.services.importing.test_text_lines import HEADER, _row, _write


def test_skipped_lines_are_found_without_catching_warnings(tmp_path, monkeypatch):
    monkeypatch.setattr(arrow_csv, "read_arrow", lambda *_a, **_k: None)  # the pandas parser

    original = warnings.catch_warnings

    def swapped(*args, record=False, **kwargs):
        # pandas' own short uses (without `record`) are its business; recording is what
        # reading's capture of the parser's "Skipping line" warnings did
        assert not record, "the warnings filters are global: not swapped while reading"
        return original(*args, record=record, **kwargs)

    lines = [HEADER] + [_row(i) for i in range(50)]
    lines[44] += ",лишнее"  # file line 45 (past the lines the layout is sniffed from)
    lines[47] += ","  # a trailing delimiter: kept
    path = _write(tmp_path, lines)
    with monkeypatch.context() as patched:  # pytest itself catches warnings around the test
        patched.setattr(warnings, "catch_warnings", swapped)
        table = reading.read_table(path)
    assert [(b.line, b.reason) for b in table.rejected_lines] == [(45, text_lines.R_MORE_CELLS)]
    assert 48 in table.frame.index and 45 not in table.frame.index
    assert len(table.frame) == 49


def test_the_parser_emits_no_warning_for_a_skipped_line(tmp_path, monkeypatch, recwarn):
    monkeypatch.setattr(arrow_csv, "read_arrow", lambda *_a, **_k: None)
    lines = [HEADER] + [_row(i) for i in range(50)]
    lines[45] += ",x,y"
    table = reading.read_table(_write(tmp_path, lines))
    assert [b.line for b in table.rejected_lines] == [46]
    assert not [w for w in recwarn if issubclass(w.category, pd.errors.ParserWarning)]
