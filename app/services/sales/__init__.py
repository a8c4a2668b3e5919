"""Sales recorded by hand: an owner who sells through chats has no till export, so she types the
sale in (`records`), picking the customer by search-as-you-type (`search`). A hand sale is a
purchase line like an imported one, so every figure and reminder counts it."""
