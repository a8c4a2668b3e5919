"""The built-in scripts as first shipped, kept so that a stored copy the owner never edited can be
brought up to the current text (services.messages.library.ensure_builtin_templates). Frozen: a
later change of texts adds a new module beside this one, it never edits this one.
"""

from __future__ import annotations

RU_V1: dict[str, tuple[str, str, str]] = {
    "soft_reminder": (
        "Мягкое напоминание",
        "{{ shop_name }}: как дела?",
        "{{ first_name }}, здравствуйте! Это {{ owner_name }} из «{{ shop_name }}».\n"
        "Вы брали у нас {{ last_product }} {{ last_purchase_in_month }} — надеюсь, понравилось. "
        "Если захотите повторить, напишите, отложу для вас.",
    ),
    "upsell": (
        "Полезное дополнение",
        "К вашему «{{ last_product }}»",
        "{{ first_name }}, добрый день! Вы брали {{ last_product }}. "
        "Многие наши покупатели берут к нему что-то из категории «{{ last_category }}» — "
        "так вкус раскрывается ещё лучше. Рассказать подробнее?\n{{ owner_name }}, {{ shop_name }}",
    ),
    "referral": (
        "Просьба порекомендовать",
        "Спасибо, что вы с нами",
        "{{ first_name }}, спасибо, что снова выбрали «{{ shop_name }}»! "
        "Если кому-то из друзей тоже может понравиться, будем рады, если поделитесь нашим "
        "контактом. Для нас это лучшая поддержка.\n{{ owner_name }}",
    ),
    "winback": (
        "Мы скучаем",
        "Мы по вам скучаем",
        "{{ first_name }}, здравствуйте! Давно вас не видели в «{{ shop_name }}» — "
        "с тех пор появилось кое-что новое. Если что-то в прошлый раз было не так, "
        "расскажите, пожалуйста: нам правда важно.\n{{ owner_name }}",
    ),
    "thank_you_day_3": (
        "Спасибо (3-й день)",
        "Спасибо за покупку!",
        "{{ first_name }}, спасибо за покупку! Как вам {{ last_product }}? "
        "Напишите, как впечатления, — с радостью отвечу на любые вопросы.\n"
        "{{ owner_name }}, {{ shop_name }}",
    ),
    "tip_day_14": (
        "Совет (14-й день)",
        "Небольшой совет к вашей покупке",
        "{{ first_name }}, здравствуйте! Небольшой совет к «{{ last_product }}»: "
        "храните его в сухом тёмном месте и попробуйте разные способы заваривания — "
        "вкус заметно меняется. Если интересно, подскажу подробнее.\n{{ owner_name }}",
    ),
    "offer_day_30": (
        "Предложение (30-й день)",
        "Для вас в «{{ shop_name }}»",
        "{{ first_name }}, добрый день! Прошёл месяц с вашей покупки. "
        "Если {{ last_product }} подходит к концу, могу отложить для вас свежую партию "
        "или предложить что-то похожее. Просто ответьте на это сообщение.\n{{ owner_name }}",
    ),
    "consultation_day_60": (
        "Консультация (60-й день)",
        "Помочь с выбором?",
        "{{ first_name }}, здравствуйте! Это {{ owner_name }} из «{{ shop_name }}». "
        "Если хотите подобрать что-то новое под ваш вкус, с радостью помогу — "
        "займёт пару минут.",
    ),
    "birthday": (
        "День рождения",
        "С днём рождения, {{ first_name }}!",
        "{{ first_name }}, с днём рождения! 🎉 Пусть год будет тёплым и вкусным. "
        "Спасибо, что вы с нами.\n{{ owner_name }}, {{ shop_name }}",
    ),
    "vip_welcome": (
        "Приветствие постоянного покупателя",
        "Вы теперь наш постоянный покупатель",
        "{{ first_name }}, у вас уже {{ orders_count|plural(\"заказ\", \"заказа\", \"заказов\") }} "
        "в «{{ shop_name }}» — спасибо! Теперь вы в кругу постоянных: пишите мне напрямую, "
        "о новинках вы будете узнавать первыми.\n{{ owner_name }}",
    ),
    "big_order_thanks": (
        "Спасибо за большой заказ",
        "Спасибо за ваш заказ!",
        "{{ first_name }}, огромное спасибо за ваш заказ! Если что-то понадобится "
        "или возникнут вопросы, пишите в любое время.\n{{ owner_name }}, {{ shop_name }}",
    ),
    "review_request": (
        "Просьба об отзыве",
        "Поделитесь впечатлением?",
        "{{ first_name }}, здравствуйте! Вы брали у нас {{ last_product }}. "
        "Поделитесь, пожалуйста, парой слов о впечатлениях — это очень помогает "
        "нам и другим покупателям.\n{{ owner_name }}, {{ shop_name }}",
    ),
    "next_wish_5th": (
        "Что хотите дальше (5-й заказ)",
        "Что бы вы хотели попробовать?",
        "{{ first_name }}, это уже ваш {{ orders_count }}-й заказ — спасибо за доверие! "
        "Что бы вы хотели попробовать дальше? Подберу специально для вас.\n{{ owner_name }}",
    ),
}

EN_V1: dict[str, tuple[str, str, str]] = {
    "soft_reminder": (
        "Soft reminder",
        "{{ shop_name }}: how are you?",
        "Hi {{ first_name }}! It's {{ owner_name }} from {{ shop_name }}.\n"
        "You picked up {{ last_product }} {{ last_purchase_in_month }} — I hope you enjoyed it. "
        "If you'd like more, just reply and I'll set some aside for you.",
    ),
    "upsell": (
        "Helpful add-on",
        "For your {{ last_product }}",
        "Hi {{ first_name }}! You bought {{ last_product }}. Many of our customers pair it with "
        "something from {{ last_category }} — it brings out the best in it. "
        "Would you like to hear more?\n{{ owner_name }}, {{ shop_name }}",
    ),
    "referral": (
        "Referral request",
        "Thank you for being with us",
        "{{ first_name }}, thank you for choosing {{ shop_name }} again! If a friend might "
        "enjoy it too, we'd be glad if you passed our contact along. "
        "It's the best support we can get.\n{{ owner_name }}",
    ),
    "winback": (
        "We miss you",
        "We miss you",
        "Hi {{ first_name }}! We haven't seen you at {{ shop_name }} for a while, and there is "
        "something new since then. If anything wasn't right last time, please tell me — "
        "it really matters to us.\n{{ owner_name }}",
    ),
    "thank_you_day_3": (
        "Thank you (day 3)",
        "Thank you for your purchase!",
        "{{ first_name }}, thank you for your purchase! How do you like {{ last_product }}? "
        "I'd love to hear what you think and I'm happy to answer any questions.\n"
        "{{ owner_name }}, {{ shop_name }}",
    ),
    "tip_day_14": (
        "Tip (day 14)",
        "A small tip for your purchase",
        "Hi {{ first_name }}! A small tip for your {{ last_product }}: keep it somewhere dry "
        "and dark, and try a different way of brewing — the taste changes noticeably. "
        "Happy to tell you more.\n{{ owner_name }}",
    ),
    "offer_day_30": (
        "Offer (day 30)",
        "Something for you at {{ shop_name }}",
        "Hi {{ first_name }}! It's been a month since your purchase. If your {{ last_product }} "
        "is running low, I can set aside a fresh batch or suggest something similar. "
        "Just reply to this message.\n{{ owner_name }}",
    ),
    "consultation_day_60": (
        "Consultation (day 60)",
        "Can I help you choose?",
        "Hi {{ first_name }}! It's {{ owner_name }} from {{ shop_name }}. If you'd like to find "
        "something new to suit your taste, I'd be glad to help — it only takes a couple of "
        "minutes.",
    ),
    "birthday": (
        "Birthday",
        "Happy birthday, {{ first_name }}!",
        "Happy birthday, {{ first_name }}! 🎉 Wishing you a warm and delicious year ahead. "
        "Thank you for being with us.\n{{ owner_name }}, {{ shop_name }}",
    ),
    "vip_welcome": (
        "Regular customer welcome",
        "You're one of our regulars now",
        "{{ first_name }}, that's already {{ orders_count|plural(\"order\", \"orders\") }} at "
        "{{ shop_name }} — thank you! You're one of our regulars now: write to me directly "
        "any time, and you'll be the first to hear about new arrivals.\n{{ owner_name }}",
    ),
    "big_order_thanks": (
        "Big order thanks",
        "Thank you for your order!",
        "{{ first_name }}, thank you so much for your order! If you need anything or have "
        "any questions, just write any time.\n{{ owner_name }}, {{ shop_name }}",
    ),
    "review_request": (
        "Review request",
        "Would you share your impressions?",
        "Hi {{ first_name }}! You bought {{ last_product }} from us. Would you share a few "
        "words about it? It helps us and other customers a lot.\n"
        "{{ owner_name }}, {{ shop_name }}",
    ),
    "next_wish_5th": (
        "What next (5th order)",
        "What would you like to try next?",
        "{{ first_name }}, this is already order number {{ orders_count }} — thank you for "
        "your trust! What would you like to try next? I'll pick something just for you.\n"
        "{{ owner_name }}",
    ),
}
