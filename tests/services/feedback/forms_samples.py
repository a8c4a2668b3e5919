"""Survey exports laid out as Google Forms writes them: "Timestamp" ("Отметка времени") in the
form's locale, "Email Address" when the form collects addresses, then one column per question
titled with its text; every field quoted, UTF-8, comma-separated."""

from __future__ import annotations

import csv
from pathlib import Path

EN_HEADER = ["Timestamp", "Email Address",
             "How likely are you to recommend us to a friend or colleague?",
             "What could we do better?", "Your phone number (optional)"]
EN_ROWS = [
    ["2026/03/05 2:41:07 PM GMT+3", "Anna@Example.com", "10", "Lovely tea", ""],
    ["2026/03/06 9:03:55 AM GMT+3", "someone@else.org", "9", "", ""],  # not a customer
    ["2026/03/07 6:10:00 PM GMT+3", "", "4", "The parcel came late", "+7 900 111-22-33"],
    ["2026/03/08 11:00:00 AM GMT+3", "boris@example.com", "", "", ""],  # no score
]
RU_HEADER = ["Отметка времени", "Ваш телефон",
             "Насколько вероятно, что вы порекомендуете нас друзьям? (0–10)", "Комментарий"]
RU_ROWS = [
    ["05.03.2026 14:41:07", "8 (900) 123-45-67", "8", "Всё хорошо"],
    ["06.03.2026 9:03:55", "8 999 000-00-00", "10", ""],  # not a customer
    ["31.03.2026 18:10:00", "+79001112233", "6", "Долго ждали ответа"],
]


def write_forms_csv(folder: Path, name: str, header: list[str], rows: list[list[str]]) -> Path:
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)
    return path
