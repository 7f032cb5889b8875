"""Which address goes into the QR code. A computer often has several: Wi-Fi, Ethernet, VPN,
Docker or virtual-machine bridges. The phone can reach the one on the shared local network,
which is almost always the one the default route leaves through; virtual bridges and
link-local addresses are last, loopback only when there is nothing else."""

import ipaddress
import socket
from dataclasses import dataclass

VIRTUAL_PREFIXES = ("docker", "br-", "veth", "virbr", "vbox", "vmnet", "tun", "tap", "utun", "wg")
"""Interface names of containers, virtual machines and VPNs: phones are not on those."""


@dataclass(frozen=True)
class Candidate:
    address: str
    interface: str
    """The interface's name as the system shows it ("wlan0", "Wi-Fi", "en0")."""
    virtual: bool = False
    """The system says it is virtual, or its name says so."""

    @property
    def label(self) -> str:
        return f"{self.address} ({self.interface})" if self.interface else self.address


def default_route_address() -> str | None:
    """The local address of the route to the internet. A UDP `connect` sends nothing; it only
    makes the system pick the outgoing interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routed like the internet, never used
            return probe.getsockname()[0]
        except OSError:
            return None


def rank(candidates: list[Candidate], preferred: str | None) -> list[Candidate]:
    """Best first: `preferred` (the default route's address), private LAN addresses, other
    addresses, virtual interfaces, link-local; loopback only if nothing else is left."""

    def score(c: Candidate) -> tuple[int, str]:
        ip = ipaddress.ip_address(c.address)
        virtual = c.virtual or c.interface.lower().startswith(VIRTUAL_PREFIXES)
        if c.address == preferred and not virtual:
            group = 0
        elif virtual:
            group = 3
        elif ip.is_link_local:
            group = 4
        elif ip.is_private:
            group = 1
        else:
            group = 2
        return group, c.address

    usable = [c for c in dict.fromkeys(candidates) if ipaddress.ip_address(c.address).version == 4]
    outside = [c for c in usable if not ipaddress.ip_address(c.address).is_loopback]
    return sorted(outside or usable, key=score)


def reachable_from_network(candidate: Candidate) -> bool:
    """False for loopback: a phone cannot reach this computer through it."""
    return not ipaddress.ip_address(candidate.address).is_loopback
