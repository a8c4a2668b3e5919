"""The built-in script of loyalty points, in Russian and English, merged into builtins.BUILTINS:
"points_expiring", named by the reminder rule of the same name (reminders.config.DEFAULTS)."""

from __future__ import annotations

from app.services.messages.fragments import EN_HI, EN_ITS_ME, RU_HELLO, RU_ITS_ME, SIGNED

RU_POINTS: dict[str, tuple[str, str, str]] = {
    "points_expiring": (
        "Баллы скоро сгорят",
        "Ваши баллы скоро сгорят",
        RU_HELLO + RU_ITS_ME + " Напоминаю: {% if points %}баллов на вашем счёте — "
        "{{ points }}, и часть из них{% else %}часть ваших баллов{% endif %} скоро сгорит. "
        "Ими можно оплатить часть следующей покупки — жаль, если пропадут. "
        "Если хотите, подскажу, что можно выбрать." + SIGNED,
    ),
}

EN_POINTS: dict[str, tuple[str, str, str]] = {
    "points_expiring": (
        "Points expire soon",
        "Your points expire soon",
        EN_HI + EN_ITS_ME + " A quick reminder: {% if points %}your points balance is "
        "{{ points }}, and some of the points{% else %}some of your points{% endif %} expire "
        "soon. They can pay for part of your next purchase — it would be a shame to lose "
        "them. If you like, I can suggest something." + SIGNED,
    ),
}
