"""Issue 11, point 8: central sync_login throttles per counter and per account without letting a
counter lock people out, and answers alike for an unknown user and a wrong password. Each counter
asks with its own login role (TLS + SCRAM)."""
from __future__ import annotations

import statistics
import time

import psycopg
import pytest

from db.central.schema import publish_reference, set_password
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter, owner, scalar

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures

PASSWORD = "Mật-khẩu-đúng-2026"
ACCOUNT = {"id": "acc-officer-1", "username": "canbo1", "full_name": "Trần Thị Bình",
           "role": "officer", "agency_code": "H31.12.05", "active": True}


@pytest.fixture()
def account(central_url: str) -> str:
    publish_reference(central_url, {"accounts": [ACCOUNT]})
    set_password(central_url, "canbo1", PASSWORD)
    return "canbo1"


def login(counter: Counter, username: str, password: str) -> str:
    with psycopg.connect(counter.login.url) as conn:
        row = conn.execute("SELECT status FROM sync_login(%s, %s)", (username, password)
                           ).fetchone()
        conn.commit()
    assert row is not None
    return str(row[0])


def test_central_hash_is_bcrypt_cost_12_and_an_old_cost_is_renewed_at_login(
    account: str, central_url: str, counters: tuple[Counter, Counter]
) -> None:
    assert scalar(central_url, "SELECT password_hash FROM accounts").startswith("$2a$12$")
    with owner(central_url) as conn:  # a hash from before: cost 8
        conn.execute("UPDATE accounts SET password_hash = crypt(%s, gen_salt('bf', 8))",
                     (PASSWORD,))
    assert scalar(central_url, "SELECT password_hash FROM accounts").startswith("$2a$08$")
    assert login(counters[0], account, PASSWORD) == "ok"
    assert scalar(central_url, "SELECT password_hash FROM accounts").startswith("$2a$12$")
    assert login(counters[0], account, PASSWORD) == "ok"


def test_central_one_counter_cannot_lock_an_account_for_the_others(
    account: str, counters: tuple[Counter, Counter]
) -> None:
    one, two = counters
    # On main: five guesses from any counter locked the account everywhere for 15 minutes.
    assert [login(two, account, f"đoán-{i}") for i in range(5)] == ["wrong"] * 5
    assert login(two, account, "đoán-6") == "locked"  # counter 2 is held for this name...
    assert login(two, account, PASSWORD) == "locked"  # ...even with the right password
    assert login(one, account, PASSWORD) == "ok"  # counter 1's officer logs in


def test_central_a_counter_guessing_many_names_is_held_as_a_whole(
    account: str, counters: tuple[Counter, Counter]
) -> None:
    one, two = counters
    answers = [login(two, f"ten-{i}", "x") for i in range(20)]
    assert answers == ["wrong"] * 20
    assert login(two, account, PASSWORD) == "locked"
    assert login(one, account, PASSWORD) == "ok"


def test_central_an_account_failed_from_three_places_is_held_everywhere(
    account: str, central_url: str, counters: tuple[Counter, Counter]
) -> None:
    one, two = counters
    assert login(two, account, "sai-1") == "wrong"
    with psycopg.connect(central_url) as conn:  # another place (here the owner's role)
        assert conn.execute("SELECT status FROM sync_login(%s, %s)", (account, "sai-2")
                            ).fetchone() == ("wrong",)
    assert login(one, account, PASSWORD) == "ok"  # failures from two places: not held
    assert login(one, account, "sai-3") == "wrong"  # a third place
    assert login(one, account, PASSWORD) == "locked"
    assert login(two, account, PASSWORD) == "locked"


def test_central_unknown_user_and_wrong_password_answer_alike(
    account: str, counters: tuple[Counter, Counter]
) -> None:
    one = counters[0]

    def timed(username: str) -> tuple[str, float]:
        t0 = time.perf_counter()
        status = login(one, username, "không-đúng")
        return status, time.perf_counter() - t0

    known = [timed(account) for _ in range(3)]
    unknown = [timed(f"khong-co-{i}") for i in range(3)]
    assert {s for s, _ in known} == {s for s, _ in unknown} == {"wrong"}
    # The same bcrypt work either way: no shortcut tells a name that does not exist.
    ratio = statistics.median(t for _, t in unknown) / statistics.median(t for _, t in known)
    assert 0.5 < ratio < 2.0, ratio


def test_central_inactive_account_is_told_only_to_whoever_knows_its_password(
    account: str, central_url: str, counters: tuple[Counter, Counter]
) -> None:
    with owner(central_url) as conn:
        conn.execute("UPDATE accounts SET active = false")
    assert login(counters[0], account, "sai") == "wrong"
    assert login(counters[0], account, PASSWORD) == "inactive"
