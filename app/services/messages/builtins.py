"""The built-in message scripts in Russian and English: short, warm, never pushy.

Each has a stable key that reminder rules and segments refer to (Task.template_key). They are
seeded into the templates table (services.messages.library); the owner edits the copies and can
reset them to the text here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.messages.builtins_feedback import EN_FEEDBACK, RU_FEEDBACK
from app.services.messages.builtins_points import EN_POINTS, RU_POINTS
from app.services.messages.builtins_services import EN_SERVICES, RU_SERVICES
from app.services.messages.fragments import (
    EN_HI,
    EN_ITS_ME,
    RU_HELLO,
    RU_ITS_ME,
    SIGNED,
    SIGNED_BY_OWNER,
    en_name_first,
    ru_name_first,
)


@dataclass(frozen=True)
class BuiltinTemplate:
    key: str
    language: str
    name: str
    subject: str
    body: str


_RU: dict[str, tuple[str, str, str]] = {
    "soft_reminder": (
        "Мягкое напоминание",
        ru_name_first("как вам покупка?", "Как вам покупка?"),
        RU_HELLO + RU_ITS_ME + "\nКак вам покупка"
        "{% if last_purchase_in_month %} {{ last_purchase_in_month }}{% endif %}"
        "{% if last_product %} — {{ last_product|quoted }}{% endif %}? "
        "Если захотите повторить или подобрать что-то похожее, просто ответьте на это "
        "сообщение — отложу для вас.",
    ),
    "upsell": (
        "Полезное дополнение",
        "Идея к вашей покупке",
        RU_HELLO + " Есть пара хороших дополнений к вашей покупке"
        "{% if last_product %} — {{ last_product|quoted }}{% endif %}. "
        "Их часто берут вместе с ней — так получается ещё лучше. Рассказать подробнее?" + SIGNED,
    ),
    "referral": (
        "Просьба порекомендовать",
        "Спасибо, что вы с нами",
        ru_name_first("спасибо", "Спасибо") + ", что снова выбрали нас! "
        "Если кому-то из ваших знакомых тоже может у нас понравиться, просто перешлите им мой "
        "контакт — помогу с выбором и ничего не буду навязывать. Хотите, пришлю короткий текст, "
        "который можно просто переслать?" + SIGNED,
    ),
    "restock": (
        "Пора пополнить запас",
        "Пополнить запас?",
        RU_HELLO + RU_ITS_ME + " Кажется, пора пополнить запас"
        "{% if usual_product %}: {{ usual_product|quoted }}{% endif %} — обычно как раз в это "
        "время вы заказываете снова. Отложить для вас? Просто ответьте на это сообщение.",
    ),
    "winback": (
        "Давно не виделись",
        "Давно не виделись",
        RU_HELLO + RU_ITS_ME + " Давно не виделись — надеюсь, у вас всё хорошо. "
        "Если в прошлый раз что-то было не так, напишите, пожалуйста: мне важно это знать. "
        "А если захочется чего-то нового, с радостью подберу.",
    ),
    "winback_favorite": (
        "Давно не виделись (для постоянных)",
        "Давно от вас ничего не слышно",
        RU_HELLO + RU_ITS_ME + " Давно от вас ничего не слышно — надеюсь, всё хорошо. "
        "Если в последний раз что-то было не так, скажите честно: постараюсь исправить. "
        "А если захотите, отложу для вас, как обычно"
        "{% if favorite_product %}: {{ favorite_product|quoted }}{% endif %}.",
    ),
    "howto_day_1": (
        "Помощь с покупкой (1-й день)",
        "Если появятся вопросы",
        ru_name_first("спасибо", "Спасибо") + " за заказ! Если появятся вопросы по вашей "
        "покупке, пишите — подскажу, как лучше ею пользоваться." + SIGNED,
    ),
    "thank_you_day_3": (
        "Спасибо (3-й день)",
        "Спасибо за покупку!",
        ru_name_first("спасибо", "Спасибо") + " за покупку! "
        "{% if last_product %}Как вам {{ last_product|quoted }}?{% else %}Как она вам?{% endif %} "
        "Напишите, как впечатления, а если появятся вопросы — с радостью отвечу." + SIGNED,
    ),
    "tip_day_14": (
        "Совет (14-й день)",
        "Небольшой совет к вашей покупке",
        RU_HELLO + " Надеюсь, ваша покупка{% if last_product %} — {{ last_product|quoted }} —"
        "{% endif %} радует. У меня есть пара небольших советов, как получить от неё ещё больше "
        "удовольствия. Прислать?" + SIGNED_BY_OWNER,
    ),
    "offer_day_30": (
        "Предложение (30-й день)",
        "Повторить или попробовать новое?",
        RU_HELLO + " Прошёл месяц с вашей покупки"
        "{% if last_product %} — {{ last_product|quoted }}{% endif %}. "
        "Если захотите повторить заказ или попробовать что-то новое, просто ответьте на это "
        "сообщение — подберу и отложу для вас." + SIGNED_BY_OWNER,
    ),
    "consultation_day_60": (
        "Консультация (60-й день)",
        "Помочь с выбором?",
        RU_HELLO + RU_ITS_ME + " Если захотите подобрать что-то новое для себя или "
        "в подарок, с радостью помогу — это займёт пару минут.",
    ),
    "birthday": (
        "День рождения",
        "С днём рождения{% if first_name %}, {{ first_name }}{% endif %}!",
        ru_name_first("с днём рождения!", "С днём рождения!") + " 🎉 Пусть этот год будет "
        "тёплым и щедрым на радости. Спасибо, что вы с нами!" + SIGNED,
    ),
    "vip_welcome": (
        "Приветствие постоянного покупателя",
        "Спасибо, что возвращаетесь!",
        ru_name_first("это", "Это") + " уже "
        "{{ orders_count|plural(\"заказ\", \"заказа\", \"заказов\") }} — спасибо, что "
        "возвращаетесь! Теперь вы в кругу наших постоянных покупателей: пишите мне напрямую "
        "в любое время, а о новинках вы будете узнавать первыми." + SIGNED,
    ),
    "big_order_thanks": (
        "Спасибо за крупный заказ",
        "Спасибо за ваш заказ!",
        ru_name_first("огромное спасибо", "Огромное спасибо") + " за ваш заказ! "
        "Если что-то понадобится или возникнут вопросы, пишите в любое время." + SIGNED,
    ),
    "review_request": (
        "Просьба об отзыве",
        "Поделитесь впечатлениями?",
        RU_HELLO + " Как вам {% if last_product %}{{ last_product|quoted }}{% else %}покупка"
        "{% endif %}? Если найдёте минутку, напишите пару слов о впечатлениях — это очень "
        "помогает и нам, и другим покупателям." + SIGNED,
    ),
    "next_wish_5th": (
        "Что попробовать дальше (5-й заказ)",
        "Что бы вы хотели попробовать?",
        ru_name_first("это", "Это") + " уже ваш {{ orders_count }}-й заказ — спасибо за "
        "доверие! Что бы вы хотели попробовать дальше? Подберу специально для вас."
        + SIGNED_BY_OWNER,
    ),
    "after_issue": (
        "После решённой проблемы",
        "Всё ли теперь в порядке?",
        RU_HELLO + " Хочу убедиться, что теперь всё в порядке. Ещё раз извините за "
        "неудобство. Если что-то всё ещё не так, напишите мне напрямую — разберусь." + SIGNED,
    ),
    "thanks_reply": (
        "Ответ на благодарность",
        "Спасибо за тёплые слова",
        ru_name_first("спасибо", "Спасибо") + ", очень приятно! Если кому-то из ваших знакомых "
        "тоже может у нас понравиться, можно просто переслать им мой контакт. Хотите, пришлю "
        "короткий текст для этого?" + SIGNED_BY_OWNER,
    ),
    "referral_kit": (
        "Приглашение для друзей (переслать)",
        "Для ваших друзей",
        RU_HELLO + RU_ITS_ME + " Вот текст, который можно переслать друзьям:\n"
        "Привет! Хочу посоветовать"
        "{% if shop_name %} {{ shop_name|quoted }}{% else %} место, где мне очень нравится"
        "{% endif %}.{% if referral_code %} Назовите код {{ referral_code }} при первом "
        "обращении{% if friend_bonus %}, и вас ждёт подарок: {{ friend_bonus }}{% endif %}."
        "{% elif friend_bonus %} Для тех, кто пришёл по рекомендации, есть подарок: "
        "{{ friend_bonus }}.{% endif %}{% if shop_contacts %}\nКак связаться: "
        "{{ shop_contacts }}{% endif %}",
    ),
}

_EN: dict[str, tuple[str, str, str]] = {
    "soft_reminder": (
        "Soft reminder",
        en_name_first("how was your last order?", "How was your last order?"),
        EN_HI + EN_ITS_ME + "\nHow are you finding "
        "{% if last_product %}{{ last_product|quoted }}{% if last_purchase_month %} from your "
        "{{ last_purchase_month }} order{% endif %}{% else %}your "
        "{% if last_purchase_month %}{{ last_purchase_month }} {% endif %}order{% endif %}? "
        "If you'd like it again, or something similar, just reply and I'll put it aside "
        "for you.",
    ),
    "upsell": (
        "Helpful add-on",
        "An idea for your last order",
        EN_HI + "! I have a couple of good add-ons for "
        "{% if last_product %}your {{ last_product|quoted }}{% else %}your last order{% endif %} — "
        "many customers get them together, and they go nicely with it. "
        "Shall I tell you more?" + SIGNED,
    ),
    "referral": (
        "Referral request",
        "Thank you for being with us",
        en_name_first("thank you", "Thank you") + " for choosing us again! If any of your "
        "friends might like us too, just pass on my contact — I'll help them choose and won't "
        "be pushy. Would you like a short message you can simply forward?" + SIGNED,
    ),
    "restock": (
        "Time to restock",
        "Running low?",
        EN_HI + EN_ITS_ME + " Around now you usually pick up"
        "{% if usual_product %} {{ usual_product|quoted }}{% else %} your usual order{% endif %}"
        " again, so you may be running low. Shall I put one aside for you? Just reply to this "
        "message.",
    ),
    "winback": (
        "It's been a while",
        "It's been a while",
        EN_HI + EN_ITS_ME + " It's been a while — I hope all is well. If anything wasn't "
        "right last time, please tell me: I really want to know. And if you fancy something "
        "new, I'd be happy to pick something out for you.",
    ),
    "winback_favorite": (
        "It's been a while (for regulars)",
        "I haven't heard from you in a while",
        EN_HI + EN_ITS_ME + " I haven't heard from you in a while — I hope all is well. If "
        "something wasn't right last time, please tell me honestly and I'll do my best to put it "
        "right. And if you like, I'll put aside your usual"
        "{% if favorite_product %} {{ favorite_product|quoted }}{% else %} order{% endif %}.",
    ),
    "howto_day_1": (
        "Help with the purchase (day 1)",
        "If you have any questions",
        en_name_first("thank you", "Thank you") + " for your order! If you have any questions "
        "about your purchase or how to use it, just message me — I'm happy to help." + SIGNED,
    ),
    "thank_you_day_3": (
        "Thank you (day 3)",
        "Thank you for your order!",
        en_name_first("thank you", "Thank you") + " for your order! How are you finding "
        "{% if last_product %}{{ last_product|quoted }}{% else %}it{% endif %}? I'd love to hear "
        "what you think, and I'm happy to answer any questions." + SIGNED,
    ),
    "tip_day_14": (
        "Tip (day 14)",
        "A small tip for your purchase",
        EN_HI + "! I hope you're enjoying "
        "{% if last_product %}{{ last_product|quoted }}{% else %}your purchase{% endif %}. "
        "I have a couple of small tips for getting even more out of it — shall I send them?"
        + SIGNED_BY_OWNER,
    ),
    "offer_day_30": (
        "Offer (day 30)",
        "Same again, or something new?",
        EN_HI + "! It's been a month since "
        "{% if last_product %}you bought {{ last_product|quoted }}{% else %}your last order"
        "{% endif %}. If you'd like to order again or try something new, just reply to this "
        "message — I'll pick it out and put it aside for you." + SIGNED_BY_OWNER,
    ),
    "consultation_day_60": (
        "Consultation (day 60)",
        "Can I help you choose?",
        EN_HI + EN_ITS_ME + " If you'd like to find something new for yourself or as a gift, "
        "I'd be glad to help — it only takes a couple of minutes.",
    ),
    "birthday": (
        "Birthday",
        "Happy birthday{% if first_name %}, {{ first_name }}{% endif %}!",
        "Happy birthday{% if first_name %}, {{ first_name }}{% endif %}! 🎉 Wishing you a warm "
        "year full of good things. Thank you for being with us." + SIGNED,
    ),
    "vip_welcome": (
        "Regular customer welcome",
        "You're one of our regulars now",
        en_name_first("that's", "That's") + " {{ orders_count|plural(\"order\", \"orders\") }}"
        " with us already — thank you for coming back! You're one of our regulars now: message "
        "me directly any time, and you'll be the first to hear about new arrivals." + SIGNED,
    ),
    "big_order_thanks": (
        "Big order thanks",
        "Thank you for your order!",
        en_name_first("thank you", "Thank you") + " so much for your order! If you need "
        "anything or have any questions, just message me any time." + SIGNED,
    ),
    "review_request": (
        "Review request",
        "Could you share a few words?",
        EN_HI + "! How are you finding "
        "{% if last_product %}{{ last_product|quoted }}{% else %}your purchase{% endif %}? "
        "If you have a minute, would you share a few words about it? It really helps us and "
        "other customers." + SIGNED,
    ),
    "next_wish_5th": (
        "What next (5th order)",
        "What would you like to try next?",
        en_name_first("that's", "That's") + " {{ orders_count|plural(\"order\", \"orders\") }}"
        " with us now — thank you for sticking with us! What would you like to try next? "
        "I'll pick something just for you." + SIGNED_BY_OWNER,
    ),
    "after_issue": (
        "After a problem is solved",
        "Is everything all right now?",
        EN_HI + "! I just wanted to make sure everything is all right now. Sorry again for the "
        "trouble — if anything still isn't right, message me directly and I'll sort it out."
        + SIGNED,
    ),
    "thanks_reply": (
        "Reply to a thank-you",
        "Thank you for your kind words",
        en_name_first("thank you", "Thank you") + " — that's so kind! If any of your friends "
        "might like us too, you can simply pass on my contact. Would you like a short message "
        "you can forward?" + SIGNED_BY_OWNER,
    ),
    "referral_kit": (
        "Referral kit (to forward)",
        "For your friends",
        EN_HI + EN_ITS_ME + " Here is a message you can forward to your friends:\n"
        "Hi! I'd like to recommend"
        "{% if shop_name %} {{ shop_name }}{% else %} a place I really like{% endif %}."
        "{% if referral_code %} Mention the code {{ referral_code }} when you first get in "
        "touch{% if friend_bonus %} and you'll get this: {{ friend_bonus }}{% endif %}."
        "{% elif friend_bonus %} Anyone who comes by recommendation gets this: "
        "{{ friend_bonus }}.{% endif %}{% if shop_contacts %}\nHow to reach them: "
        "{{ shop_contacts }}{% endif %}",
    ),
}

# A services business (tutor, salon, coach, studio) gets its own set beside the shop's; all are
# seeded whatever the business type, and the rules' default scripts pick between them
# (reminders.config.defaults_for).
_RU.update(RU_SERVICES)
_EN.update(EN_SERVICES)
_RU.update(RU_FEEDBACK)
_EN.update(EN_FEEDBACK)
_RU.update(RU_POINTS)
_EN.update(EN_POINTS)

BUILTIN_KEYS: tuple[str, ...] = tuple(_RU)

BUILTINS: dict[tuple[str, str], BuiltinTemplate] = {
    (key, lang): BuiltinTemplate(key, lang, *texts)
    for lang, table in (("ru", _RU), ("en", _EN))
    for key, texts in table.items()
}

def builtin(key: str, language: str) -> BuiltinTemplate | None:
    """The shipped text for `key`, in `language` or else English."""
    return BUILTINS.get((key, language)) or BUILTINS.get((key, "en"))
