"""Likely pairs: the same person written differently is found; namesakes are not."""

from __future__ import annotations

from app.services.database import Database
from app.services.duplicates import finding, keys
from app.services.duplicates.finding import find_duplicates
from app.services.duplicates.sides import dismiss_pair


def add(db: Database, name: str, phone: str | None = None, email: str | None = None,
        code: str | None = None) -> int:
    conn = db.raw_connection()
    with conn:
        cid = conn.execute("INSERT INTO customers (display_name, phone_e164, email, external_code)"
                           " VALUES (?, ?, ?, ?) RETURNING id", (name, phone, email, code)
                           ).fetchone()[0]
    conn.close()
    assert cid is not None
    return cid


def pairs_of(db: Database) -> dict[frozenset[int], finding.Pair]:
    return {frozenset((p.keep_id, p.other_id)): p for p in find_duplicates(db)}


def test_name_variants_and_transliteration_share_a_key() -> None:
    words = [keys.name_words(n) for n in ("Анна Иванова", "Anna Ivanova", "Иванова Анна",
                                          "ANNA  IVANOVA")]
    assert len(set(words)) == 1
    assert keys.names_agree(keys.name_words("А. Иванова"), words[0]) == "initial"
    assert keys.names_agree(keys.name_words("Ксения Орлова"), keys.name_words("Kseniya Orlova")) \
        == "same"
    assert keys.names_agree(keys.name_words("Юлия Ким"), keys.name_words("Julia Kim")) == "same"
    assert keys.names_agree(keys.name_words("Анна Иванова"), keys.name_words("Инна Иванова")) == ""


def test_typos() -> None:
    assert keys.one_typo("+79123456789", "+79123456780")  # one digit
    assert keys.one_typo("+79123456789", "+79123456798")  # two swapped
    assert not keys.one_typo("+79123456789", "+79123450089")
    assert keys.edit_distance("anna.ivanova", "ana.ivanvoa") == 2
    assert keys.edit_distance("anna.ivanova", "boris.petrov") == 3
    assert keys.split_email("Anna@GMIAL.com") == ("anna", "gmail.com", True)


def test_pairs_with_scores_and_reasons(db: Database) -> None:
    anna = add(db, "Анна Иванова", phone="+79123456789")
    swapped = add(db, "Иванова Анна", phone="+79123456798")
    latin = add(db, "Anna Ivanova", email="anna.ivanova@gmail.com")
    initial = add(db, "А. Иванова", email="anna.ivanova@gmial.com")
    namesake = add(db, "Анна Иванова", phone="+79990001122", email="other@mail.ru")
    card_a = add(db, "Борис", code="C-100 ")
    card_b = add(db, "Boris P.", code="c-100")
    # Namesakes numbering their addresses: the e-mails differ by a digit, the phones a lot.
    twin_a = add(db, "Мария Козлова", phone="+79031112233", email="maria.kozlova1@mail.ru")
    twin_b = add(db, "Мария Козлова", phone="+79264445566", email="maria.kozlova2@mail.ru")
    add(db, "Пётр Сидоров", phone="+79161112233")
    add(db, "Ольга Сидорова", phone="+79161112234")  # one digit off but another person
    found = pairs_of(db)

    typo = found[frozenset((anna, swapped))]
    assert typo.score == 35 + 45
    assert typo.reasons == (finding.PHONE_TYPO, finding.NAME_VARIANT)
    assert found[frozenset((latin, initial))].reasons == (finding.EMAIL_TYPO,
                                                          finding.NAME_INITIAL)
    assert found[frozenset((card_a, card_b))].reasons == (finding.SAME_CODE,)
    assert found[frozenset((anna, latin))].score == 45  # the name alone, nothing against it
    # The namesake has her own phone and e-mail: never suggested with anyone.
    assert not any(namesake in pair for pair in found)
    assert frozenset((twin_a, twin_b)) not in found
    assert not any(len({"Пётр Сидоров", "Ольга Сидорова"} & {p.keep_name, p.other_name}) == 2
                   for p in found.values())
    scores = [p.score for p in find_duplicates(db)]
    assert scores == sorted(scores, reverse=True)


def test_keeps_the_one_with_more_orders_and_forgets_dismissed_pairs(db: Database) -> None:
    first = add(db, "Анна Иванова", phone="+79123456789")
    second = add(db, "Anna Ivanova", phone="+79123456789")
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO customer_stats (customer_id, orders_count, total_spent_minor)"
                     " VALUES (?, 3, 900)", (second,))
    conn.close()
    [pair] = find_duplicates(db)
    assert (pair.keep_id, pair.other_id, pair.score) == (second, first, 100)
    dismiss_pair(db, second, first)
    assert find_duplicates(db) == []


def test_common_name_alone_is_no_evidence(db: Database) -> None:
    """Nine Anna Ivanovas with nothing else to tell: too common to mean one person; two of
    them stay a pair (45) when the crowd is small."""
    for _number in range(finding.NAME_BLOCK_LIMIT + 1):
        add(db, "Анна Иванова")
    assert find_duplicates(db) == []
    add(db, "Ольга Кузнецова")
    add(db, "Olga Kuznetsova")
    assert [p.score for p in find_duplicates(db)] == [45]
