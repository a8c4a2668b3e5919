"""The built-in scripts of feedback, in Russian and English: (name, subject, body) by stable key,
merged into builtins.BUILTINS. The reminder rules "feedback", "complaint" and
"complaint_followup" name them (reminders.config.DEFAULTS).

They fit a shop and a services business alike ("у нас", "with us"), and the Russian ones use no
gendered past tense ("вы остались довольны" would need a feminine form), so one text fits every
customer.
"""

from __future__ import annotations

from app.services.messages.fragments import (
    EN_HI,
    EN_ITS_ME,
    RU_HELLO,
    RU_ITS_ME,
    SIGNED,
)

RU_FEEDBACK: dict[str, tuple[str, str, str]] = {
    "feedback_ask": (
        "Просьба оценить (0–10)",
        "Один короткий вопрос",
        RU_HELLO + RU_ITS_ME + " Можно один короткий вопрос? По шкале от 0 до 10: насколько "
        "вероятно, что вы порекомендуете нас друзьям? Ответьте одной цифрой — и, если хочется, "
        "парой слов, что нам сделать лучше. Мне правда важно ваше мнение." + SIGNED,
    ),
    "complaint_apology": (
        "Извинение и решение проблемы",
        "Простите, что так вышло",
        RU_HELLO + RU_ITS_ME + " Спасибо, что честно рассказали, что было не так, — и простите "
        "за это. Хочу всё исправить как можно скорее. Расскажите, пожалуйста, как вам будет "
        "удобнее: заменить, вернуть деньги или что-то ещё? Я на связи и отвечу сегодня."
        + SIGNED,
    ),
    "complaint_followup": (
        "Всё ли теперь хорошо",
        "Всё ли теперь в порядке?",
        RU_HELLO + RU_ITS_ME + " Неделю назад мы решали ваш вопрос. Хочу "
        "убедиться: теперь всё в порядке? Если что-то ещё не так, просто напишите — "
        "разберусь." + SIGNED,
    ),
}

EN_FEEDBACK: dict[str, tuple[str, str, str]] = {
    "feedback_ask": (
        "Ask for a score (0–10)",
        "One quick question",
        EN_HI + EN_ITS_ME + " May I ask one quick question? On a scale from 0 to 10, how likely "
        "are you to recommend us to a friend? Just reply with a number — and, if you like, a "
        "few words on what we could do better. Your opinion really matters to me." + SIGNED,
    ),
    "complaint_apology": (
        "Apology and putting it right",
        "I'm sorry about this",
        EN_HI + EN_ITS_ME + " Thank you for telling me honestly what went wrong — and I'm "
        "sorry. I want to put it right as soon as I can. What would suit you best: a "
        "replacement, a refund or something else? I'm here and will reply today." + SIGNED,
    ),
    "complaint_followup": (
        "Is everything all right now",
        "Is everything all right now?",
        EN_HI + EN_ITS_ME + " A week ago we sorted out something that had upset you. I just "
        "want to make sure: is everything all right now? If anything still isn't, just reply "
        "and I'll look into it." + SIGNED,
    ),
}
