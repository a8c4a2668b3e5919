"""The built-in scripts of a services business (a tutor, a salon, a coach, a studio), in Russian
and English: (name, subject, body) by stable key, merged into builtins.BUILTINS.

They speak of meetings, lessons, visits and results instead of goods ("how do you like your
purchase?" means nothing to a tutor's student). "Meeting" (встреча) is the one word that fits a
lesson, an appointment and a session alike. The rules' default scripts for a services business
name these keys (reminders.config.defaults_for).
"""

from __future__ import annotations

from app.services.messages.fragments import (
    EN_HI,
    EN_ITS_ME,
    RU_HELLO,
    RU_ITS_ME,
    SIGNED,
    en_name_first,
    ru_name_first,
)

RU_SERVICES: dict[str, tuple[str, str, str]] = {
    "service_thank_you_day_3": (
        "Спасибо после первой встречи (3-й день)",
        "Спасибо, что выбрали нас!",
        ru_name_first("спасибо", "Спасибо") + ", что выбрали нас! "
        "{% if last_product %}Как вам {{ last_product|quoted }}?{% else %}Как вам у нас?"
        "{% endif %} Если что-то хочется изменить или есть вопросы, просто напишите — "
        "подстрою всё под вас." + SIGNED,
    ),
    "progress_check_in": (
        "Как успехи (14-й день)",
        "Как ваши успехи?",
        RU_HELLO + RU_ITS_ME + " Хочу узнать, как ваши успехи: что уже получается, а что пока "
        "даётся труднее? Напишите пару слов — подскажу, на что обратить внимание дальше.",
    ),
    "rebook": (
        "Пора записаться снова",
        "Запишемся на следующую встречу?",
        RU_HELLO + RU_ITS_ME + " Прошло немного времени с нашей последней встречи"
        "{% if last_purchase_in_month %} {{ last_purchase_in_month }}{% endif %} — самое "
        "время записаться на следующую. Напишите, какие дни и часы вам удобны, и я подберу "
        "время.",
    ),
    "course_ending": (
        "Курс или абонемент заканчивается",
        "Продолжим?",
        RU_HELLO + RU_ITS_ME + " Ваш курс или абонемент{% if last_product %} — "
        "{{ last_product|quoted }} —{% endif %} подходит к концу. Как вам результат? Если "
        "захотите продолжить, напишите — предложу следующий шаг и удобное расписание.",
    ),
    "result_follow_up": (
        "Как результат (экзамен, важный день)",
        "Как результат?",
        RU_HELLO + " Хочу узнать, как результат: довольны ли вы? Если мы готовились к "
        "экзамену, выступлению или важному дню, расскажите, как всё прошло — очень жду "
        "новостей. А если захотите двигаться дальше, подскажу следующий шаг." + SIGNED,
    ),
    "service_review": (
        "Просьба об отзыве (услуги)",
        "Поделитесь впечатлениями?",
        RU_HELLO + " Если вам у нас нравится, напишите, пожалуйста, пару слов о впечатлениях — "
        "отзыв очень помогает другим людям решиться и найти нас. Спасибо, что вы с нами!"
        + SIGNED,
    ),
    "service_winback": (
        "Давно не виделись (услуги)",
        "Давно не виделись",
        RU_HELLO + RU_ITS_ME + " Давно не виделись — надеюсь, у вас всё хорошо. Если в прошлый "
        "раз что-то было не так, напишите, пожалуйста: мне важно это знать. А если захотите "
        "вернуться, подберу удобное время.",
    ),
    "service_welcome_regular": (
        "Приветствие постоянного клиента",
        "Спасибо, что возвращаетесь!",
        ru_name_first("спасибо", "Спасибо") + ", что возвращаетесь снова и снова! Теперь вы "
        "в кругу наших постоянных клиентов: пишите мне напрямую в любое время, а о свободных "
        "местах и новых программах вы будете узнавать первыми." + SIGNED,
    ),
    "service_big_thanks": (
        "Спасибо за доверие (крупная оплата)",
        "Спасибо за доверие!",
        ru_name_first("огромное спасибо", "Огромное спасибо") + " за доверие! Сделаю всё, "
        "чтобы вы остались довольны результатом. Если появятся вопросы по расписанию или "
        "чему-то ещё, пишите в любое время." + SIGNED,
    ),
}

EN_SERVICES: dict[str, tuple[str, str, str]] = {
    "service_thank_you_day_3": (
        "Thank you after the first visit (day 3)",
        "Thank you for choosing us!",
        en_name_first("thank you", "Thank you") + " for choosing us! How did you find "
        "{% if last_product %}{{ last_product|quoted }}{% else %}your first visit{% endif %}? "
        "If there's anything you'd like to change, or any questions, just message me — I'll "
        "adjust things to suit you." + SIGNED,
    ),
    "progress_check_in": (
        "Progress check-in (day 14)",
        "How are you getting on?",
        EN_HI + EN_ITS_ME + " I'd love to know how you're getting on"
        "{% if last_product %} with {{ last_product|quoted }}{% endif %}: what's going well, "
        "and what still feels hard? Just a few words — I'll suggest what to focus on next.",
    ),
    "rebook": (
        "Time to book again",
        "Shall we book your next one?",
        EN_HI + EN_ITS_ME + " It's been a little while since we last met"
        "{% if last_purchase_in_month %} {{ last_purchase_in_month }}{% endif %} — a good time "
        "to book the next one. Tell me which days and times suit you, and I'll find a slot.",
    ),
    "course_ending": (
        "Course or package ending",
        "Shall we carry on?",
        EN_HI + EN_ITS_ME + " Your "
        "{% if last_product %}{{ last_product|quoted }}{% else %}course or package{% endif %} "
        "is coming to an end. How do you feel about the results? If you'd like to carry on, "
        "just reply — I'll suggest the next step and times that suit you.",
    ),
    "result_follow_up": (
        "How did it go (exam, big day)",
        "How did it go?",
        EN_HI + "! I wanted to ask how things turned out: are you happy with the result? If we "
        "were preparing for an exam, a performance or a big day, tell me how it went — I'd "
        "love to hear. And if you'd like to keep going, I'll suggest the next step." + SIGNED,
    ),
    "service_review": (
        "Review request (services)",
        "Could you share a few words?",
        EN_HI + "! If you're happy with how things are going, would you write a few words "
        "about it? A short review really helps other people decide and find us. Thank you "
        "for being with us!" + SIGNED,
    ),
    "service_winback": (
        "It's been a while (services)",
        "It's been a while",
        EN_HI + EN_ITS_ME + " It's been a while — I hope all is well. If anything wasn't right "
        "last time, please tell me: I really want to know. And if you'd like to come back, "
        "I'll find a time that suits you.",
    ),
    "service_welcome_regular": (
        "Regular client welcome",
        "You're one of our regulars now",
        en_name_first("thank you", "Thank you") + " for coming back again and again! You're "
        "one of our regulars now: message me directly any time, and you'll be the first to "
        "hear about free places and new programmes." + SIGNED,
    ),
    "service_big_thanks": (
        "Thanks for your trust (big payment)",
        "Thank you for your trust!",
        en_name_first("thank you", "Thank you") + " so much for your trust"
        "{% if last_product %} and for booking {{ last_product|quoted }}{% endif %}! I'll do "
        "my best to make it worth it. If you have any questions about the schedule or "
        "anything else, message me any time." + SIGNED,
    ),
}
