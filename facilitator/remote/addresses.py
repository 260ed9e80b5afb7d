"""Which address of this computer a phone on the same network can reach."""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["lan_address", "LOOPBACK"]

LOOPBACK = "127.0.0.1"
#: A documentation address (RFC 5737): never routed, so asking the way to it sends nothing.
_PROBE = ("192.0.2.1", 9)


def lan_address() -> str:
    """This computer's IPv4 address on the network its default route leaves by.

    A UDP socket "connected" to an address sends no packet; the system only
    picks the interface it would use. Without a network: 127.0.0.1.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            address = str(probe.getsockname()[0])
    except OSError:
        return LOOPBACK
    try:
        if ipaddress.ip_address(address).is_unspecified:
            return LOOPBACK
    except ValueError:
        return LOOPBACK
    return address
