"""The built-in scripts as shipped second (every optional value in a condition, no product
pasted where Russian needs a case), kept so that a stored copy the owner never edited is brought
up to the current text (services.messages.library.ensure_builtin_templates). Frozen, like
builtins_v1: a later change of texts adds a new module, it never edits this one.
"""

from __future__ import annotations

RU_V2: dict[str, tuple[str, str, str]] = {
    "soft_reminder": (
        "Мягкое напоминание",
        "{% if first_name %}{{ first_name }}, как вам покупка?{% else %}Как вам покупка?{% "
        "endif %}",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %}{% "
        "if owner_name and shop_name %} Это {{ owner_name }}, «{{ shop_name }}».{% elif "
        "owner_name %} Это {{ owner_name }}.{% elif shop_name %} Это «{{ shop_name }}».{% endif "
        "%}\n"
        "Как вам покупка{% if last_purchase_in_month %} {{ last_purchase_in_month }}{% endif "
        "%}{% if last_product %} — «{{ last_product }}»{% endif %}? Если захотите повторить или "
        "подобрать что-то похожее, просто ответьте на это сообщение — отложу для вас.",
    ),
    "upsell": (
        "Полезное дополнение",
        "Идея к вашей покупке",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %} "
        "Есть пара хороших дополнений к вашей покупке{% if last_product %} — «{{ last_product "
        "}}»{% endif %}. Многие берут их вместе — так получается ещё лучше. Рассказать "
        "подробнее?{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "referral": (
        "Просьба порекомендовать",
        "Спасибо, что вы с нами",
        "{% if first_name %}{{ first_name }}, спасибо{% else %}Спасибо{% endif %}, что снова "
        "выбрали нас! Если кому-то из ваших знакомых тоже может у нас понравиться, просто "
        "перешлите им мой контакт — помогу с выбором и ничего не буду навязывать.{% if "
        "signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "winback": (
        "Давно не виделись",
        "Давно не виделись",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %}{% "
        "if owner_name and shop_name %} Это {{ owner_name }}, «{{ shop_name }}».{% elif "
        "owner_name %} Это {{ owner_name }}.{% elif shop_name %} Это «{{ shop_name }}».{% endif "
        "%} Давно не виделись — надеюсь, у вас всё хорошо. Если в прошлый раз что-то было не "
        "так, напишите, пожалуйста: мне важно это знать. А если захочется чего-то нового, с "
        "радостью подберу.",
    ),
    "thank_you_day_3": (
        "Спасибо (3-й день)",
        "Спасибо за покупку!",
        "{% if first_name %}{{ first_name }}, спасибо{% else %}Спасибо{% endif %} за покупку! "
        "{% if last_product %}Как вам «{{ last_product }}»?{% else %}Как она вам?{% endif %} "
        "Напишите, как впечатления, а если появятся вопросы — с радостью отвечу.{% if signature "
        "%}\n"
        "{{ signature }}{% endif %}",
    ),
    "tip_day_14": (
        "Совет (14-й день)",
        "Небольшой совет к вашей покупке",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %} "
        "Надеюсь, ваша покупка{% if last_product %} — «{{ last_product }}» —{% endif %} радует. "
        "У меня есть пара небольших советов, как получить от неё ещё больше удовольствия. "
        "Прислать?{% if owner_name %}\n"
        "{{ owner_name }}{% elif shop_name %}\n"
        "{{ shop_name }}{% endif %}",
    ),
    "offer_day_30": (
        "Предложение (30-й день)",
        "Повторить или попробовать новое?",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %} "
        "Прошёл месяц с вашей покупки{% if last_product %} — «{{ last_product }}»{% endif %}. "
        "Если захотите повторить, отложу для вас; если хочется чего-то нового, подберу похожее. "
        "Просто ответьте на это сообщение.{% if owner_name %}\n"
        "{{ owner_name }}{% elif shop_name %}\n"
        "{{ shop_name }}{% endif %}",
    ),
    "consultation_day_60": (
        "Консультация (60-й день)",
        "Помочь с выбором?",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %}{% "
        "if owner_name and shop_name %} Это {{ owner_name }}, «{{ shop_name }}».{% elif "
        "owner_name %} Это {{ owner_name }}.{% elif shop_name %} Это «{{ shop_name }}».{% endif "
        "%} Если захотите подобрать что-то новое под ваш вкус, с радостью помогу — это займёт "
        "пару минут.",
    ),
    "birthday": (
        "День рождения",
        "С днём рождения{% if first_name %}, {{ first_name }}{% endif %}!",
        "{% if first_name %}{{ first_name }}, с днём рождения!{% else %}С днём рождения!{% "
        "endif %} 🎉 Пусть этот год будет тёплым и щедрым на радости. Спасибо, что вы с нами!{% "
        "if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "vip_welcome": (
        "Приветствие постоянного покупателя",
        "Спасибо, что возвращаетесь!",
        "{% if first_name %}{{ first_name }}, это{% else %}Это{% endif %} уже {{ "
        'orders_count|plural("заказ", "заказа", "заказов") }} — спасибо, что возвращаетесь! '
        "Теперь вы в кругу наших постоянных покупателей: пишите мне напрямую в любое время, а о "
        "новинках вы будете узнавать первыми.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "big_order_thanks": (
        "Спасибо за крупный заказ",
        "Спасибо за ваш заказ!",
        "{% if first_name %}{{ first_name }}, огромное спасибо{% else %}Огромное спасибо{% "
        "endif %} за ваш заказ! Если что-то понадобится или возникнут вопросы, пишите в любое "
        "время.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "review_request": (
        "Просьба об отзыве",
        "Поделитесь впечатлениями?",
        "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %} "
        "Как вам {% if last_product %}«{{ last_product }}»{% else %}покупка{% endif %}? Если "
        "найдёте минутку, напишите пару слов о впечатлениях — это очень помогает и нам, и "
        "другим покупателям.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "next_wish_5th": (
        "Что попробовать дальше (5-й заказ)",
        "Что бы вы хотели попробовать?",
        "{% if first_name %}{{ first_name }}, это{% else %}Это{% endif %} уже ваш {{ "
        "orders_count }}-й заказ — спасибо за доверие! Что бы вы хотели попробовать дальше? "
        "Подберу специально для вас.{% if owner_name %}\n"
        "{{ owner_name }}{% elif shop_name %}\n"
        "{{ shop_name }}{% endif %}",
    ),
}

EN_V2: dict[str, tuple[str, str, str]] = {
    "soft_reminder": (
        "Soft reminder",
        "{% if first_name %}{{ first_name }}, how was your last order?{% else %}How was your "
        "last order?{% endif %}",
        "Hi{% if first_name %} {{ first_name }}{% endif %}{% if owner_name and shop_name %}, "
        "it's {{ owner_name }} from {{ shop_name }}.{% elif owner_name %}, it's {{ owner_name "
        "}}.{% elif shop_name %}, it's {{ shop_name }}.{% else %}!{% endif %}\n"
        "How are you finding {% if last_product %}“{{ last_product }}”{% if last_purchase_month "
        "%} from your {{ last_purchase_month }} order{% endif %}{% else %}your {% if "
        "last_purchase_month %}{{ last_purchase_month }} {% endif %}order{% endif %}? If you'd "
        "like it again, or something similar, just reply and I'll put it aside for you.",
    ),
    "upsell": (
        "Helpful add-on",
        "An idea for your last order",
        "Hi{% if first_name %} {{ first_name }}{% endif %}! I have a couple of good add-ons for "
        "{% if last_product %}your “{{ last_product }}”{% else %}your last order{% endif %} — "
        "many customers take them together, and it works even better. Shall I tell you more?{% "
        "if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "referral": (
        "Referral request",
        "Thank you for being with us",
        "{% if first_name %}{{ first_name }}, thank you{% else %}Thank you{% endif %} for "
        "choosing us again! If any of your friends might like us too, just pass on my contact — "
        "I'll help them choose and won't be pushy.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "winback": (
        "It's been a while",
        "It's been a while",
        "Hi{% if first_name %} {{ first_name }}{% endif %}{% if owner_name and shop_name %}, "
        "it's {{ owner_name }} from {{ shop_name }}.{% elif owner_name %}, it's {{ owner_name "
        "}}.{% elif shop_name %}, it's {{ shop_name }}.{% else %}!{% endif %} It's been a while "
        "— I hope all is well. If anything wasn't right last time, please tell me: I really "
        "want to know. And if you fancy something new, I'd be happy to pick something out for "
        "you.",
    ),
    "thank_you_day_3": (
        "Thank you (day 3)",
        "Thank you for your order!",
        "{% if first_name %}{{ first_name }}, thank you{% else %}Thank you{% endif %} for your "
        "order! How are you finding {% if last_product %}“{{ last_product }}”{% else %}it{% "
        "endif %}? I'd love to hear what you think, and I'm happy to answer any questions.{% if "
        "signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "tip_day_14": (
        "Tip (day 14)",
        "A small tip for your purchase",
        "Hi{% if first_name %} {{ first_name }}{% endif %}! I hope you're enjoying {% if "
        "last_product %}“{{ last_product }}”{% else %}your purchase{% endif %}. I have a couple "
        "of small tips for getting even more out of it — shall I send them?{% if owner_name %}\n"
        "{{ owner_name }}{% elif shop_name %}\n"
        "{{ shop_name }}{% endif %}",
    ),
    "offer_day_30": (
        "Offer (day 30)",
        "Same again, or something new?",
        "Hi{% if first_name %} {{ first_name }}{% endif %}! It's been a month since {% if "
        "last_product %}you bought “{{ last_product }}”{% else %}your last order{% endif %}. If "
        "you'd like it again, I'll put it aside for you; if you fancy something new, I'll "
        "suggest something similar. Just reply to this message.{% if owner_name %}\n"
        "{{ owner_name }}{% elif shop_name %}\n"
        "{{ shop_name }}{% endif %}",
    ),
    "consultation_day_60": (
        "Consultation (day 60)",
        "Can I help you choose?",
        "Hi{% if first_name %} {{ first_name }}{% endif %}{% if owner_name and shop_name %}, "
        "it's {{ owner_name }} from {{ shop_name }}.{% elif owner_name %}, it's {{ owner_name "
        "}}.{% elif shop_name %}, it's {{ shop_name }}.{% else %}!{% endif %} If you'd like to "
        "find something new to suit your taste, I'd be glad to help — it only takes a couple of "
        "minutes.",
    ),
    "birthday": (
        "Birthday",
        "Happy birthday{% if first_name %}, {{ first_name }}{% endif %}!",
        "Happy birthday{% if first_name %}, {{ first_name }}{% endif %}! 🎉 Wishing you a warm "
        "year full of good things. Thank you for being with us.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "vip_welcome": (
        "Regular customer welcome",
        "You're one of our regulars now",
        "{% if first_name %}{{ first_name }}, that's{% else %}That's{% endif %} {{ "
        'orders_count|plural("order", "orders") }} with us already — thank you for coming back! '
        "You're one of our regulars now: message me directly any time, and you'll be the first "
        "to hear about new arrivals.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "big_order_thanks": (
        "Big order thanks",
        "Thank you for your order!",
        "{% if first_name %}{{ first_name }}, thank you{% else %}Thank you{% endif %} so much "
        "for your order! If you need anything or have any questions, just message me any "
        "time.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "review_request": (
        "Review request",
        "Could you share a few words?",
        "Hi{% if first_name %} {{ first_name }}{% endif %}! How are you finding {% if "
        "last_product %}“{{ last_product }}”{% else %}your purchase{% endif %}? If you have a "
        "minute, would you share a few words about it? It really helps us and other "
        "customers.{% if signature %}\n"
        "{{ signature }}{% endif %}",
    ),
    "next_wish_5th": (
        "What next (5th order)",
        "What would you like to try next?",
        "{% if first_name %}{{ first_name }}, that's{% else %}That's{% endif %} {{ "
        'orders_count|plural("order", "orders") }} with us now — thank you for sticking with '
        "us! What would you like to try next? I'll pick something just for you.{% if owner_name "
        "%}\n"
        "{{ owner_name }}{% elif shop_name %}\n"
        "{{ shop_name }}{% endif %}",
    ),
}
