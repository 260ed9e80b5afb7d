"""The secret links and the paired phone: tokens, roles, pairing, Host and Origin."""

from __future__ import annotations

import math

from facilitator.remote.access import (
    FOREIGN_ORIGIN,
    NO_DEVICE,
    NO_TOKEN,
    PAIRED_ELSEWHERE,
    VIEW_ONLY,
    WRONG_HOST,
    WRONG_TOKEN,
    RemoteAccess,
    Role,
    check_origin,
)


def test_tokens_are_long_random_and_distinct():
    access = RemoteAccess()
    for token in (access.view_token, access.control_token):
        # token_urlsafe: 6 bits a character; at least 128 bits in all.
        assert len(token) * 6 >= 128
        assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                 "0123456789-_")
    assert access.view_token != access.control_token
    seen = {RemoteAccess().view_token for _ in range(50)}
    assert len(seen) == 50
    # Not a short alphabet in disguise: a fair spread of characters across many tokens.
    letters = "".join(seen)
    assert len(set(letters)) > 50
    assert math.log2(64) * len(access.view_token) >= 128


def test_roles_by_token_and_new_links_make_old_ones_worthless():
    access = RemoteAccess()
    view, control = access.view_token, access.control_token
    assert access.role_of(view) is Role.VIEW
    assert access.role_of(control) is Role.CONTROL
    assert access.role_of(None) == NO_TOKEN
    assert access.role_of("") == NO_TOKEN
    assert access.role_of(view + "x") == WRONG_TOKEN
    assert access.role_of(view[:-1]) == WRONG_TOKEN
    assert access.role_of("ø" * 24) == WRONG_TOKEN  # not ASCII: refused, no exception
    access.renew()
    assert access.role_of(view) == WRONG_TOKEN
    assert access.role_of(control) == WRONG_TOKEN
    assert access.role_of(access.control_token) is Role.CONTROL


def test_a_view_token_sees_but_cannot_control():
    access = RemoteAccess()
    assert access.allow(access.view_token, Role.VIEW) is Role.VIEW
    assert access.allow(access.view_token, Role.CONTROL, "phone-aaaa") == VIEW_ONLY
    assert access.paired is None
    # The control link also shows the meeting, whichever phone holds it.
    assert access.allow(access.control_token, Role.VIEW) is Role.CONTROL


def test_the_first_control_device_pairs_and_others_wait_for_its_release():
    access = RemoteAccess()
    token = access.control_token
    assert access.allow(token, Role.CONTROL, None) == NO_DEVICE
    assert access.allow(token, Role.CONTROL, "short") == NO_DEVICE
    assert access.allow(token, Role.CONTROL, "has spaces in it") == NO_DEVICE
    assert access.paired is None
    assert access.allow(token, Role.CONTROL, "phone-one-1234", "192.168.1.7") is Role.CONTROL
    assert access.paired is not None and access.paired.address == "192.168.1.7"
    assert access.allow(token, Role.CONTROL, "phone-two-1234") == PAIRED_ELSEWHERE
    assert access.allow(token, Role.CONTROL, "phone-one-1234") is Role.CONTROL
    access.release()
    assert access.allow(token, Role.CONTROL, "phone-two-1234") is Role.CONTROL
    assert access.allow(token, Role.CONTROL, "phone-one-1234") == PAIRED_ELSEWHERE
    access.renew()
    assert access.paired is None


def test_host_and_origin_must_be_this_server():
    hosts = {"192.168.1.20:8765"}
    assert check_origin("192.168.1.20:8765", None, hosts) is None
    assert check_origin("192.168.1.20:8765", "http://192.168.1.20:8765", hosts) is None
    assert check_origin(None, None, hosts) == WRONG_HOST
    # DNS rebinding: a name that resolves here but is not the address the links give.
    assert check_origin("evil.example:8765", None, hosts) == WRONG_HOST
    assert check_origin("192.168.1.20:8765", "http://evil.example", hosts) == FOREIGN_ORIGIN
    assert check_origin("192.168.1.20:8765", "https://192.168.1.20:8765", hosts) \
        == FOREIGN_ORIGIN
    assert check_origin("192.168.1.20:8765", "null", hosts) == FOREIGN_ORIGIN
