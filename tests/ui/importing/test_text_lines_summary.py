"""A text file's lines that were not imported, or were read in another encoding, are in the
import summary and in the list of rows to check, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import importing
from app.ui import i18n
from app.ui.importing.mapping_dialog import ImportMappingDialog
from app.ui.importing.rejected_dialog import ImportRejectedDialog
from tests.ui.importing.test_platform_dialog import shots

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(params=["en", "ru"])
def language(qapp, request):
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


def _mixed_file(tmp_path):
    lines = ["Дата;Клиент;Телефон;Сумма".encode()]
    lines += [f"0{1 + i % 9}.02.2025;Покупатель {i};;{100 + i}".encode() for i in range(60)]
    lines[45] = "03.02.2025;Старая Касса;;100".encode("cp1251")
    lines[46] = "03.02.2025;Пётр Иванов;;100".encode("cp1251")
    lines[50] += b";\xd0\xbb\xd0\xb8\xd1\x88\xd0\xbd\xd0\xb5\xd0\xb5"  # an extra cell
    path = tmp_path / "kassa.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_summary_names_rejected_and_recoded_lines(qtbot, db, settings, tmp_path, language):
    prepared = importing.prepare(db, _mixed_file(tmp_path), settings=settings, as_of=TODAY)
    dialog = ImportMappingDialog(prepared, "RU")
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitUntil(lambda: "Windows-1251" in dialog.summary.text(), timeout=5000)
    text = dialog.summary.text()
    if language == "en":
        assert "2 lines were in another encoding" in text
        assert "1 row could not be read" in text and "phone" not in text
    else:
        assert "2 строки были в другой кодировке" in text
        assert "1 строку не удалось прочитать" in text
    rejected = ImportRejectedDialog(dialog.plan.to_fix, dialog.plan.warnings)
    qtbot.addWidget(rejected)
    rejected.show()
    assert rejected.frames[0]["row"].tolist() == [51]
    assert rejected.frames[1]["row"].tolist() == [46, 47]
    folder = shots()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(folder / f"text_lines_summary_{language}.png"))
        rejected.grab().save(str(folder / f"text_lines_rejected_{language}.png"))
        rejected.tabs.setCurrentIndex(1)
        rejected.grab().save(str(folder / f"text_lines_recoded_{language}.png"))
