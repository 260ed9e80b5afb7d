"""Who may see and who may control: the secret links, the paired phone, Host and Origin.

Pure Python (no Qt, no sockets): the server asks `RemoteAccess` about every
request and answers a refusal with its status and code. Tokens are 128-bit
or longer random strings (`secrets.token_urlsafe`), compared in constant time
(`hmac.compare_digest`); new ones make the old links worthless.
"""

from __future__ import annotations

import enum
import hmac
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["Role", "Refusal", "Device", "RemoteAccess", "TOKEN_BYTES", "DEVICE_PATTERN"]

#: 18 random bytes: 144 bits, 24 URL-safe characters.
TOKEN_BYTES = 18
#: What a device names itself with (the control page makes a random one and keeps it).
DEVICE_PATTERN = re.compile(r"[A-Za-z0-9_-]{8,64}")


class Role(str, enum.Enum):
    VIEW = "view"        # sees the countdown
    CONTROL = "control"  # sees it and moves the meeting


@dataclass(frozen=True)
class Refusal:
    """A request turned away: the HTTP status and a code the pages put into words."""

    status: int
    code: str


NO_TOKEN = Refusal(401, "no_token")
WRONG_TOKEN = Refusal(401, "wrong_token")
VIEW_ONLY = Refusal(403, "view_only")
NO_DEVICE = Refusal(403, "no_device")
PAIRED_ELSEWHERE = Refusal(403, "paired_elsewhere")
WRONG_HOST = Refusal(403, "wrong_host")
FOREIGN_ORIGIN = Refusal(403, "foreign_origin")


@dataclass(frozen=True)
class Device:
    """The control device that paired: its own name for itself, and where it came from."""

    id: str
    address: str


class RemoteAccess:
    """The two secret links of a meeting and the one phone that may control it.

    The first request with the control token and a device name pairs that
    device; the control token from any other device is refused until
    `release()`. `renew()` makes new tokens (the old links stop working) and
    releases the device.
    """

    def __init__(self, token: Callable[[int], str] = secrets.token_urlsafe) -> None:
        self._token = token
        self.view_token = ""
        self.control_token = ""
        self.paired: Device | None = None
        self.renew()

    def renew(self) -> None:
        self.view_token = self._token(TOKEN_BYTES)
        self.control_token = self._token(TOKEN_BYTES)
        if len(self.view_token) < 22 or len(self.control_token) < 22 \
                or self.view_token == self.control_token:
            raise ValueError("tokens must be distinct and of at least 128 bits")
        self.paired = None

    def release(self) -> None:
        """The paired control device goes; the next one to use the control link pairs."""
        self.paired = None

    def role_of(self, token: str | None) -> Role | Refusal:
        """Which role `token` opens; both tokens are always compared, in constant time."""
        if not token:
            return NO_TOKEN
        given = token.encode("utf-8", "replace")
        is_view = hmac.compare_digest(given, self.view_token.encode("ascii"))
        is_control = hmac.compare_digest(given, self.control_token.encode("ascii"))
        if is_control:
            return Role.CONTROL
        if is_view:
            return Role.VIEW
        return WRONG_TOKEN

    def allow(self, token: str | None, need: Role, device: str | None = None,
              address: str = "") -> Role | Refusal:
        """The role a request gets for `need`, or why it is refused.

        Seeing needs either token; controlling needs the control token from the
        paired device (pairing it, when none is). A refusal changes nothing.
        """
        role = self.role_of(token)
        if isinstance(role, Refusal) or need is Role.VIEW:
            return role
        if role is not Role.CONTROL:
            return VIEW_ONLY
        if not device or not DEVICE_PATTERN.fullmatch(device):
            return NO_DEVICE
        if self.paired is None:
            self.paired = Device(device, address)
            return role
        if not hmac.compare_digest(device.encode("ascii"), self.paired.id.encode("ascii")):
            return PAIRED_ELSEWHERE
        return role


def check_origin(host: str | None, origin: str | None, allowed_hosts: Iterable[str]
                 ) -> Refusal | None:
    """Refuse a request addressed to another name (DNS rebinding) or sent by a foreign page.

    `host` is the request's Host header; it must be one the server answers to
    (its address and port). A browser sends `Origin` with a fetch from a page:
    it must be this server, `http://` + that host. No CORS: nothing else is let in.
    """
    allowed = {h.lower() for h in allowed_hosts}
    if not host or host.lower() not in allowed:
        return WRONG_HOST
    if origin is not None and origin.lower() != f"http://{host.lower()}":
        return FOREIGN_ORIGIN
    return None
