"""Phrases the built-in scripts share (greeting, "it's me", signature), for the shop's scripts
(builtins.py) and the services' ones (builtins_services.py) alike."""

from __future__ import annotations

# Every optional value (a customer without a first name or a product, a shop whose names are not
# set yet) has its phrase inside {% if %}: the message then reads naturally without it instead of
# "It's  from ." The fragments below repeat in many scripts; what is stored is the whole text.
RU_HELLO = "{% if first_name %}{{ first_name }}, здравствуйте!{% else %}Здравствуйте!{% endif %}"
RU_ITS_ME = ("{% if owner_name and shop_name %} Это {{ owner_name }}, {{ shop_name|quoted }}."
              "{% elif owner_name %} Это {{ owner_name }}."
              "{% elif shop_name %} Это {{ shop_name|quoted }}.{% endif %}")
EN_HI = "Hi{% if first_name %} {{ first_name }}{% endif %}"
EN_ITS_ME = ("{% if owner_name and shop_name %}, it's {{ owner_name }} from {{ shop_name }}."
              "{% elif owner_name %}, it's {{ owner_name }}."
              "{% elif shop_name %}, it's {{ shop_name }}.{% else %}!{% endif %}")
SIGNED = "{% if signature %}\n{{ signature }}{% endif %}"
SIGNED_BY_OWNER = ("{% if owner_name %}\n{{ owner_name }}"
                    "{% elif shop_name %}\n{{ shop_name }}{% endif %}")


def ru_name_first(with_name: str, without: str) -> str:
    """"Анна, спасибо" with a first name, "Спасибо" without one."""
    return ("{% if first_name %}{{ first_name }}, " + with_name + "{% else %}" + without
            + "{% endif %}")


en_name_first = ru_name_first
