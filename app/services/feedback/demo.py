"""The demo shop's feedback: scores from recent buyers (mostly happy, a few not) and three
complaints at different stages, so the card, Today and the Dashboard show what they do."""

from __future__ import annotations

import datetime as dt
import random

from app.models import ComplaintStatus, ScoreSource
from app.services.database import Database
from app.services.feedback import records
from app.services.settings import Settings

_COMMENTS = {
    "ru": {10: "Лучший кофе в районе!", 9: "Всё отлично, спасибо", 8: "Хорошо, но бывает очередь",
           5: "Зерно пришло пережаренным", 3: "Долго ждали доставку"},
    "en": {10: "Best coffee around!", 9: "All great, thank you", 8: "Good, sometimes a queue",
           5: "The beans came over-roasted", 3: "The delivery took ages"},
}
_COMPLAINTS = {
    "ru": ("Порвался пакет при доставке", "Чай оказался не тот, что заказывали"),
    "en": ("The bag was torn on delivery", "The tea was not the one ordered"),
}
_RESOLUTIONS = {"ru": ("Отправили новый пакет", "Скидка 10 % на следующий заказ"),
                "en": ("Sent a new bag", "10% off the next order")}
_SCORES = [10, 10, 10, 9, 9, 9, 9, 9, 8, 8, 8, 7, 7, 10, 9, 8, 6, 5, 3, 9, 10, 8, 9, 10]


def add_demo_feedback(db: Database, today: dt.date, language: str, seed: int) -> None:
    rng = random.Random(seed + 19)
    lang = "ru" if language == "ru" else "en"
    settings = Settings(db)
    conn = db.raw_connection()
    try:
        recent = [r[0] for r in conn.execute(
            "SELECT customer_id FROM purchases GROUP BY customer_id"
            " HAVING MAX(purchased_on) >= ? ORDER BY customer_id",
            ((today - dt.timedelta(days=120)).isoformat(),))]
    finally:
        conn.close()
    if len(recent) < len(_SCORES) + 2:
        return
    people = rng.sample(recent, len(_SCORES) + 2)
    for person, score in zip(people, _SCORES, strict=False):
        day = today - dt.timedelta(days=rng.randint(0, 80))
        comment = _COMMENTS[lang].get(score, "") if rng.random() < 0.6 or score < 7 else ""
        recorded = records.record_score(db, settings, person, score, day, comment,
                                        rng.choice([ScoreSource.CARD.value,
                                                    ScoreSource.TODAY.value]))
        if recorded.complaint_id is not None and (today - day).days > 5:
            records.update_complaint(db, recorded.complaint_id,
                                     status=ComplaintStatus.RESOLVED.value,
                                     resolution=_RESOLUTIONS[lang][0], compensation="",
                                     compensation_minor=None,
                                     today=day + dt.timedelta(days=rng.randint(1, 3)))
    torn, wrong = people[-2:]
    first = records.log_complaint(db, settings, torn, _COMPLAINTS[lang][0],
                                  today - dt.timedelta(days=1))
    records.update_complaint(db, first, status=ComplaintStatus.IN_PROGRESS.value,
                             resolution="", compensation="", compensation_minor=None,
                             today=today)
    records.log_complaint(db, settings, wrong, _COMPLAINTS[lang][1], today)
