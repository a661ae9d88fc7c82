#!/usr/bin/env python3
"""Write resources/samples/people.csv: synthetic people with IP addresses.

The layout is the reference file's: id,first_name,last_name,email,gender,ip_address.
Everything is made up (names, e-mail addresses) and reproducible (fixed seed): run it again
and the file comes out byte for byte the same. Python 3 standard library only.

Most addresses are drawn from public IPv4 blocks on every continent that the DB-IP Lite City
database locates; the rest exercise every other path of the pipeline: private, loopback,
link-local, multicast, reserved, documentation and shared addresses, public and private IPv6
(with and without a zone id), IPv4-mapped IPv6, repeated addresses, and malformed text.

Usage: scripts/generate-sample.py [--rows N] [--output PATH]
"""

import argparse
import csv
import ipaddress
import os
import random
import sys
import unicodedata

SEED = 20260605

FIRST_NAMES = [
    "Margaretta", "Ansel", "Bettine", "Corbin", "Dalia", "Emeric", "Fenella", "Gaspard",
    "Hedda", "Ingram", "Jocasta", "Kendrick", "Linnea", "Marlowe", "Nerissa", "Osric",
    "Perpetua", "Quillon", "Rosamund", "Sylvester", "Tamsin", "Ulric", "Verity", "Wystan",
    "Xanthe", "Yorick", "Zinnia", "Ambrose", "Briony", "Cassius", "Delphine", "Eamon",
    "Florian", "Giselle", "Horatio", "Isolde", "Jasper", "Kalinda", "Leopold", "Mireille",
    "Niamh", "Oisin", "Priya", "Rafael", "Saoirse", "Tobias", "Umaima", "Valentin", "Wren",
    "Yusuf", "Zofia", "Aiko", "Bongani", "Chiara", "Dmitri", "Esperanza", "Farida", "Goran",
    "Hiroshi", "Ifeoma", "José", "Zoë", "Søren", "Björn", "Anaïs",
]

LAST_NAMES = [
    "Laughtisse", "Abernethy", "Blenkinsop", "Cholmondeley", "Dunstable", "Easterbrook",
    "Fairweather", "Gillingham", "Hollingsworth", "Ingleby", "Jessop", "Kettlewell",
    "Lockwood", "Merriweather", "Northcott", "Oakenshaw", "Pennington", "Quarrington",
    "Rowntree", "Sheringham", "Thistlewood", "Underhill", "Vickery", "Wetherby", "Yardley",
    "Zouch", "Achterberg", "Bianchi", "Castellanos", "Dubois", "Eriksen", "Fujimoto",
    "Gonzaga", "Hakimi", "Ivanova", "Jankowski", "Kowalczyk", "Lindqvist", "Moreau",
    "Nakamura", "Okonkwo", "Petrović", "Quispe", "Rasmussen", "Sato", "Tanaka", "Umarov",
    "Varga", "Wójcik", "Xu", "Yilmaz", "Zhang", "O'Donnell", "D'Arcy", "Müller",
]

DOMAINS = [
    "mediafire.com", "example.net", "mail.test", "inbox.example", "post.example.org",
    "webmail.test", "corp.example", "uni.example.edu", "isp.example.co.uk", "mx.example.de",
]

GENDERS = [
    ("Female", 44), ("Male", 44), ("Genderfluid", 2), ("Non-binary", 3), ("Agender", 2),
    ("Bigender", 2), ("Polygender", 1), ("Genderqueer", 2),
]

# Public IPv4 blocks per continent (prefixes well covered by DB-IP Lite City).
PUBLIC_V4 = {
    "north_america": (35, [
        "3.0.0.0/8", "4.0.0.0/9", "8.0.0.0/9", "12.0.0.0/8", "23.0.0.0/10", "24.0.0.0/8",
        "34.64.0.0/10", "35.192.0.0/12", "50.0.0.0/8", "64.0.0.0/10", "66.0.0.0/8",
        "67.160.0.0/11", "68.0.0.0/8", "69.0.0.0/8", "70.0.0.0/8", "71.0.0.0/8", "72.0.0.0/8",
        "73.0.0.0/8", "74.0.0.0/8", "75.0.0.0/8", "76.0.0.0/8", "96.0.0.0/8", "97.0.0.0/8",
        "98.0.0.0/8", "99.0.0.0/8", "107.0.0.0/8", "108.0.0.0/8", "142.0.0.0/8", "173.0.0.0/8",
        "174.0.0.0/8", "184.0.0.0/8", "206.0.0.0/8", "207.0.0.0/8", "208.0.0.0/8",
        "209.0.0.0/8", "187.128.0.0/10", "189.128.0.0/10",
    ]),
    "europe": (30, [
        "2.0.0.0/8", "5.0.0.0/8", "31.0.0.0/8", "37.0.0.0/8", "46.0.0.0/8", "62.0.0.0/8",
        "77.0.0.0/8", "78.0.0.0/8", "79.0.0.0/8", "80.0.0.0/8", "81.0.0.0/8", "82.0.0.0/8",
        "83.0.0.0/8", "84.0.0.0/8", "85.0.0.0/8", "86.0.0.0/8", "87.0.0.0/8", "88.0.0.0/8",
        "89.0.0.0/8", "90.0.0.0/8", "91.0.0.0/8", "92.0.0.0/8", "93.0.0.0/8", "94.0.0.0/8",
        "95.0.0.0/8", "109.0.0.0/8", "176.0.0.0/8", "178.0.0.0/8", "188.0.0.0/8",
        "193.0.0.0/8", "194.0.0.0/8", "195.0.0.0/8", "212.0.0.0/8", "213.0.0.0/8",
        "217.0.0.0/8",
    ]),
    "asia": (20, [
        "1.0.0.0/8", "14.0.0.0/8", "27.0.0.0/8", "36.0.0.0/8", "39.0.0.0/8", "42.0.0.0/8",
        "49.0.0.0/8", "58.0.0.0/8", "59.0.0.0/8", "60.0.0.0/8", "61.0.0.0/8", "101.0.0.0/9",
        "106.0.0.0/8", "110.0.0.0/8", "111.0.0.0/8", "112.0.0.0/8", "113.0.0.0/8",
        "114.0.0.0/8", "115.0.0.0/8", "116.0.0.0/8", "117.0.0.0/8", "118.0.0.0/8",
        "119.0.0.0/8", "121.0.0.0/8", "122.0.0.0/9", "123.0.0.0/8", "124.0.0.0/8",
        "125.0.0.0/8", "126.0.0.0/8", "175.0.0.0/8", "180.0.0.0/8", "182.0.0.0/8",
        "183.0.0.0/8", "210.0.0.0/8", "211.0.0.0/8", "218.0.0.0/8", "219.0.0.0/8",
        "220.0.0.0/8", "221.0.0.0/8", "222.0.0.0/8",
    ]),
    "latin_america": (7, [
        "177.0.0.0/8", "179.0.0.0/8", "181.0.0.0/8", "186.0.0.0/8", "190.0.0.0/8",
        "191.0.0.0/8", "200.0.0.0/8", "201.0.0.0/8",
    ]),
    "africa": (4, [
        "41.0.0.0/8", "102.0.0.0/8", "105.0.0.0/8", "154.0.0.0/9", "196.0.0.0/8",
        "197.0.0.0/8",
    ]),
    "oceania": (4, [
        "58.160.0.0/12", "101.160.0.0/11", "120.144.0.0/12", "49.176.0.0/12",
        "122.56.0.0/14", "203.0.0.0/10",
    ]),
}

# Public IPv6 prefixes of large networks on several continents.
PUBLIC_V6 = [
    "2001:4860:4860::/48", "2a00:1450:4001::/48", "2606:4700::/44", "2a03:2880:f000::/36",
    "2a01:4f8::/32", "2400:cb00::/32", "2c0f:fb50:4003::/48", "2001:67c:2e8::/48",
    "2a02:2e0::/32", "2001:44b8::/32", "2804:14c::/32", "2406:da00::/32",
]

# Addresses that must never be located (each kind of special-purpose block).
SPECIAL = [
    # private-use and shared address space
    lambda r: rand_in(r, "10.0.0.0/8"), lambda r: rand_in(r, "172.16.0.0/12"),
    lambda r: rand_in(r, "192.168.0.0/16"), lambda r: rand_in(r, "100.64.0.0/10"),
    # loopback, link-local, unspecified, broadcast
    lambda r: "127.0.0.1", lambda r: rand_in(r, "127.0.0.0/8"),
    lambda r: rand_in(r, "169.254.0.0/16"), lambda r: "0.0.0.0", lambda r: "255.255.255.255",
    # multicast, reserved, benchmarking, this network
    lambda r: rand_in(r, "224.0.0.0/4"), lambda r: rand_in(r, "240.0.0.0/4"),
    lambda r: rand_in(r, "198.18.0.0/15"), lambda r: rand_in(r, "0.0.0.0/8"),
    # documentation
    lambda r: rand_in(r, "192.0.2.0/24"), lambda r: rand_in(r, "198.51.100.0/24"),
    lambda r: rand_in(r, "203.0.113.0/24"), lambda r: rand_in(r, "2001:db8::/32"),
    # IPv6: loopback, unique local, link-local (with a zone), multicast, 6to4, Teredo
    lambda r: "::1", lambda r: rand_in(r, "fc00::/7"), lambda r: "fe80::1%eth0",
    lambda r: rand_in(r, "fe80::/64"), lambda r: "ff02::1", lambda r: rand_in(r, "2002::/16"),
    lambda r: rand_in(r, "2001::/32"),
    # IPv4-mapped IPv6 of a private address
    lambda r: "::ffff:" + rand_in(r, "192.168.0.0/16"),
]

MALFORMED = [
    "", "not-an-ip", "010.1.1.1", "1.2.3.0/24", "256.12.4.1", "1.2.3", "1.2.3.4.5", "N/A",
    "unknown", "0x7f.0.0.1", "192.168.1.1 extra", "::ffff:1.2.3", "fe80::1%", "2001:db8::g",
    "1:2:3:4:5:6:7:8:9", "- ", "12.34.56.789",
]


def rand_in(rng, network):
    net = ipaddress.ip_network(network)
    if net.num_addresses <= 2:
        return str(net.network_address)
    offset = rng.randrange(1, net.num_addresses - 1)
    return str(net.network_address + offset)


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def public_v4(rng):
    continent = weighted(rng, [(k, w) for k, (w, _) in PUBLIC_V4.items()])
    blocks = PUBLIC_V4[continent][1]
    while True:
        ip = ipaddress.ip_address(rand_in(rng, rng.choice(blocks)))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def public_v6(rng):
    while True:
        ip = ipaddress.ip_address(rand_in(rng, rng.choice(PUBLIC_V6)))
        if ip.is_global:
            return str(ip)


def make_ip(rng, seen):
    x = rng.random()
    if seen and x < 0.06:
        return rng.choice(seen)          # the same address again (dedupe, cache)
    if x < 0.86:
        ip = public_v4(rng)
        if rng.random() < 0.01:
            ip = "::ffff:" + ip           # IPv4-mapped IPv6 of a public address
    elif x < 0.905:
        ip = public_v6(rng)
        if rng.random() < 0.2:
            ip = ip.upper()
    elif x < 0.98:
        ip = rng.choice(SPECIAL)(rng)
    else:
        ip = rng.choice(MALFORMED)
    seen.append(ip)
    return ip


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--output",
                        default=os.path.join(here, "..", "resources", "samples", "people.csv"))
    args = parser.parse_args()

    rng = random.Random(SEED)
    seen = []
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "first_name", "last_name", "email", "gender", "ip_address"])
        for i in range(1, args.rows + 1):
            first = rng.choice(FIRST_NAMES)
            last = rng.choice(LAST_NAMES)
            local = unicodedata.normalize("NFKD", (first[0] + last).lower())
            local = local.encode("ascii", "ignore").decode("ascii").replace("'", "")
            email = "%s%d@%s" % (local, i - 1, rng.choice(DOMAINS))
            gender = weighted(rng, GENDERS)
            writer.writerow([i, first, last, email, gender, make_ip(rng, seen)])
    print("wrote %d rows to %s" % (args.rows, os.path.normpath(args.output)), file=sys.stderr)


if __name__ == "__main__":
    main()
