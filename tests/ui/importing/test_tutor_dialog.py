"""The column dialog for a tutor's sheets: it says which payments are joined as instalments and
what the notes, tags and "Referred by" columns add, in English and Russian."""

import pytest

from app.services import importing
from app.ui import i18n
from app.ui.importing.mapping_dialog import ImportMappingDialog
from tests.conftest import TODAY
from tests.services.importing import tutor_sheets as sheets
from tests.ui.importing.test_platform_dialog import shots


@pytest.fixture(params=["en", "ru"])
def language(qapp, request):
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


def dialog_for(qtbot, prepared):
    dialog = ImportMappingDialog(prepared, "GB")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    return dialog


def test_the_summary_tells_what_is_joined_and_added(qtbot, db, settings, tmp_path, language):
    settings.set("phone_region", "GB")
    settings.set("instalment_days", 14)
    students = importing.prepare(db, sheets.write_students(tmp_path), settings=settings,
                                 as_of=TODAY)
    dialog = dialog_for(qtbot, students)
    text = dialog.summary.text()
    # 30 students have a note (every 4th) and one more the unknown referrer's; 48 have tags
    # (i % 5 in 0, 1); 12 referrers by name (i % 10 == 9) and one by e-mail.
    if language == "en":
        assert "Also adds: notes for 31 customers, tags for 48 customers, 13 referrers linked." \
            in text
        assert "1 referrer not found among the customers" in text
    else:
        assert "Также добавятся: заметки для 31 покупателя, теги для 48 покупателей, " \
            "13 связей «кто порекомендовал»." in text
    if shots():
        dialog.grab().save(str(shots() / f"tutor_students_{language}.png"))
    importing.commit(db, students.plan, settings=settings, as_of=TODAY)
    payments = importing.prepare(db, sheets.write_payments(tmp_path), settings=settings,
                                 as_of=TODAY)
    dialog = dialog_for(qtbot, payments)
    expected = ("5 payments joined into 2 instalment orders." if language == "en"
                else "5 оплат объединены в 2 заказа с оплатой частями.")
    assert expected in dialog.summary.text()
    if shots():
        dialog.grab().save(str(shots() / f"tutor_payments_{language}.png"))
