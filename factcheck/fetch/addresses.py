"""Which network addresses a fetch may reach.

An article or evidence link comes from a stranger. Without this check a link (or a redirect
hop behind it) could make the workbench talk to the user's router, a cloud metadata service
or a database on localhost. Private, loopback, link-local and other non-public addresses are
refused unless the user allows them (FACTCHECK_ALLOW_PRIVATE_HOSTS=1).

Host names are resolved here and *every* resolved address is checked; the connection is then
made to a checked address (see client.GuardedBackend), so a name cannot resolve to a public
address for the check and a private one for the connection. IPv4 literals are read the way
inet_aton reads them ("2130706433", "0x7f.1", "017700000001" are all 127.0.0.1) and
IPv6 addresses that embed an IPv4 address (::ffff:127.0.0.1, 6to4, NAT64) are judged by it.
"""
from __future__ import annotations

import asyncio
import ipaddress
import re
import socket

from . import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPAT = ipaddress.ip_network("::/96")
_NUMERIC_PART = re.compile(r"^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$")


class BlockedAddress(FetchError):
    """The URL leads to an address the settings do not allow."""

    default_kind = "blocked"


class DNSFailure(FetchError):
    """The host name does not resolve."""

    default_kind = "dns"


def parse_ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """An IPv4 address in any form inet_aton accepts (1 to 4 parts, decimal/octal/hex), else None."""
    host = host.rstrip(".")
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_NUMERIC_PART.match(p) for p in parts):
        return None
    try:
        nums = [int(p, 16) if p[:2].lower() == "0x" else int(p, 8) if p.startswith("0") and len(p) > 1 else int(p)
                for p in (p if p.lower() != "0x" else "0x0" for p in parts)]
    except ValueError:
        return None
    # the last part fills all remaining bytes: a.b.c.d, a.b.(16 bits), a.(24 bits), (32 bits)
    *head, last = nums
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(value)


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address a host string denotes by itself (no DNS), or None for a name."""
    h = host.strip("[]")
    if "%" in h:  # an IPv6 zone id ("fe80::1%eth0") says nothing about the address
        h = h.split("%", 1)[0]
    try:
        return ipaddress.ip_address(h)
    except ValueError:
        pass
    return parse_ipv4_loose(h)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    out: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped:
        out.append(ip.ipv4_mapped)
    if ip.sixtofour:
        out.append(ip.sixtofour)
    if ip.teredo:
        out.extend(ip.teredo)
    if ip in _NAT64 or (ip in _IPV4_COMPAT and int(ip) > 1):
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return out


def why_not_public(ip: IPAddress) -> str | None:
    """None for a public unicast address, else a word for what it is ("loopback", "private", ...)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:  # ::ffff:a.b.c.d is the IPv4 address, nothing else
            return why_not_public(ip.ipv4_mapped)
        for v4 in _embedded_ipv4(ip):
            reason = why_not_public(v4)
            if reason:
                return reason
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_multicast:
        return "multicast"
    if ip.is_private:
        return "private"
    if ip.is_reserved or not ip.is_global:
        return "non-public"
    return None


def check_address(ip: IPAddress, host: str, allow_private: bool) -> None:
    reason = None if allow_private else why_not_public(ip)
    if reason:
        shown = host if parse_ip_literal(host) == ip else f"{host} ({ip})"
        raise BlockedAddress(
            f"refused to connect to {shown}: {reason} address "
            "(set FACTCHECK_ALLOW_PRIVATE_HOSTS=1 to allow private hosts)"
        )


async def _getaddrinfo(host: str, port: int) -> list:
    """The system resolver (a module function so tests can stand in for DNS without a network)."""
    return await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)


class AddressGuard:
    """Resolves and checks hosts. `trusted` holds (host, port) pairs exempt from the check exactly
    as written in a URL (the tests' local server); every other spelling of the same address is not."""

    def __init__(self, allow_private: bool = False, trusted: set[tuple[str, int]] | None = None):
        self.allow_private = allow_private
        self.trusted = set(trusted or ())

    def is_trusted(self, host: str, port: int) -> bool:
        return (host.lower(), port) in self.trusted

    def check_literal(self, host: str, port: int) -> None:
        """The cheap check before any I/O: hosts that are addresses by themselves."""
        if self.is_trusted(host, port):
            return
        ip = parse_ip_literal(host)
        if ip is not None:
            check_address(ip, host, self.allow_private)

    async def resolve(self, host: str, port: int) -> list[str]:
        """All addresses of `host`, each checked; raises BlockedAddress / DNSFailure."""
        ip = parse_ip_literal(host)
        if ip is not None:
            if not self.is_trusted(host, port):
                check_address(ip, host, self.allow_private)
            return [str(ip)]
        try:
            infos = await _getaddrinfo(host, port)
        except socket.gaierror as e:
            if e.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
                raise DNSFailure(f"host not found: {host} (DNS lookup failed)") from None
            raise DNSFailure(f"could not look up {host} ({e.strerror or e})") from None
        except UnicodeError:
            raise DNSFailure(f"host name {host!r} is not valid") from None
        addrs: list[str] = []
        for *_, sockaddr in infos:
            a = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            if not self.is_trusted(host, port):
                check_address(a, host, self.allow_private)
            if str(sockaddr[0]) not in addrs:
                addrs.append(str(sockaddr[0]))
        if not addrs:
            raise DNSFailure(f"host not found: {host} (no addresses)")
        return addrs
