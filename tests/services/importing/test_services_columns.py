"""Column names of a services business (tutors, salons, coaches) are recognised."""

import pandas as pd
import pytest

from app.services.importing import mapping


@pytest.mark.parametrize(("headers", "fields"), [
    (["Ученик", "Дата оплаты", "Абонемент", "Оплачено", "Комментарий", "Теги",
      "Кто порекомендовал", "Откуда узнал"],
     ["customer", "date", "product", "amount", "notes", "tags", "referred_by", "ignore"]),
    (["ФИО ученика", "Дата занятия", "Занятие", "Оплата", "Способ оплаты", "Статус оплаты"],
     ["customer", "date", "product", "amount", "ignore", "status"]),
    (["Client", "Treatment", "Payment date", "Amount paid", "Payment method", "Notes", "Labels",
      "Referrer", "How did you hear about us"],
     ["customer", "product", "date", "amount", "ignore", "notes", "tags", "referred_by",
      "ignore"]),  # a source ("how did you hear"), not a person: not a referrer
    (["Pupil", "Lesson date", "Lesson", "Paid", "Comments", "Recommended by"],
     ["customer", "date", "product", "amount", "notes", "referred_by"]),
    (["Student", "Email", "Package/Course", "Paid", "Method"],
     ["customer", "email", "product", "amount", "ignore"]),
    (["Клиент", "Услуга", "Курс"], ["customer", "product", "ignore"]),  # one product column
])
def test_a_services_business_columns(headers, fields):
    frame = pd.DataFrame([["x"] * len(headers)], columns=headers)
    assert list(mapping.guess_mapping(frame).values()) == fields
