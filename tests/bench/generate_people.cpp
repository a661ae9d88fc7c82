// Writes N rows of synthetic people with IP addresses, shaped like the reference file and like
// scripts/generate-sample.py (same columns, names, domains, genders and address mix), but fast
// enough for benchmark inputs: 10 million rows take seconds, not minutes.
//
//   generate_people --rows N --output FILE [--seed S] [--addresses A]
//
// --addresses A: the file's people use at most A distinct addresses (a few months of traffic
// from A visitors): once A fresh addresses are made, every further row repeats one of them,
// drawn uniformly. Without it, addresses are fresh but for the 6 % of repeats below.
//
// Columns: id,first_name,last_name,email,gender,ip_address. The address mix per row:
//   6 %    an address already used in an earlier row (repeats, drawn from all earlier ones)
//   80 %   public IPv4 from blocks on every continent (1 in 100 of them as ::ffff:a.b.c.d)
//   4.5 %  public IPv6 (1 in 5 in upper case)
//   7.5 %  private, loopback, link-local, multicast, reserved, documentation, shared, ...
//   2 %    malformed text ("", "N/A", "010.1.1.1", "1.2.3.0/24", ...)
// (the percentages of the fresh addresses are of the 94 % that are not repeats).
// The output is deterministic for a seed: the same command writes the same bytes. It is not
// byte-identical to the Python script's (another random generator), only alike in shape.
//
// Plain C++17 without Qt or the project's code, so that it cannot share a bug with the parsers
// it feeds.

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

// xoshiro256** seeded through splitmix64.
class Rng
{
public:
    explicit Rng(uint64_t seed)
    {
        for (uint64_t &w : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            w = z ^ (z >> 31);
        }
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n), n > 0 (Lemire's multiply-shift; the bias is below 2^-32 here).
    uint64_t below(uint64_t n)
    {
        __extension__ using Wide = unsigned __int128;
        return uint64_t(Wide(next()) * n >> 64);
    }
    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

struct Named
{
    const char *text;
    const char *ascii; // lower-case ASCII form for the e-mail address (NFKD, accents dropped)
};

const Named kFirstNames[] = {
    {"Margaretta", "m"},   {"Ansel", "a"},      {"Bettine", "b"},      {"Corbin", "c"},
    {"Dalia", "d"},        {"Emeric", "e"},     {"Fenella", "f"},      {"Gaspard", "g"},
    {"Hedda", "h"},        {"Ingram", "i"},     {"Jocasta", "j"},      {"Kendrick", "k"},
    {"Linnea", "l"},       {"Marlowe", "m"},    {"Nerissa", "n"},      {"Osric", "o"},
    {"Perpetua", "p"},     {"Quillon", "q"},    {"Rosamund", "r"},     {"Sylvester", "s"},
    {"Tamsin", "t"},       {"Ulric", "u"},      {"Verity", "v"},       {"Wystan", "w"},
    {"Xanthe", "x"},       {"Yorick", "y"},     {"Zinnia", "z"},       {"Ambrose", "a"},
    {"Briony", "b"},       {"Cassius", "c"},    {"Delphine", "d"},     {"Eamon", "e"},
    {"Florian", "f"},      {"Giselle", "g"},    {"Horatio", "h"},      {"Isolde", "i"},
    {"Jasper", "j"},       {"Kalinda", "k"},    {"Leopold", "l"},      {"Mireille", "m"},
    {"Niamh", "n"},        {"Oisin", "o"},      {"Priya", "p"},        {"Rafael", "r"},
    {"Saoirse", "s"},      {"Tobias", "t"},     {"Umaima", "u"},       {"Valentin", "v"},
    {"Wren", "w"},         {"Yusuf", "y"},      {"Zofia", "z"},        {"Aiko", "a"},
    {"Bongani", "b"},      {"Chiara", "c"},     {"Dmitri", "d"},       {"Esperanza", "e"},
    {"Farida", "f"},       {"Goran", "g"},      {"Hiroshi", "h"},      {"Ifeoma", "i"},
    {"Jos\xC3\xA9", "j"},  {"Zo\xC3\xAB", "z"}, {"S\xC3\xB8ren", "s"}, {"Bj\xC3\xB6rn", "b"},
    {"Ana\xC3\xAFs", "a"},
};

const Named kLastNames[] = {
    {"Laughtisse", "laughtisse"},
    {"Abernethy", "abernethy"},
    {"Blenkinsop", "blenkinsop"},
    {"Cholmondeley", "cholmondeley"},
    {"Dunstable", "dunstable"},
    {"Easterbrook", "easterbrook"},
    {"Fairweather", "fairweather"},
    {"Gillingham", "gillingham"},
    {"Hollingsworth", "hollingsworth"},
    {"Ingleby", "ingleby"},
    {"Jessop", "jessop"},
    {"Kettlewell", "kettlewell"},
    {"Lockwood", "lockwood"},
    {"Merriweather", "merriweather"},
    {"Northcott", "northcott"},
    {"Oakenshaw", "oakenshaw"},
    {"Pennington", "pennington"},
    {"Quarrington", "quarrington"},
    {"Rowntree", "rowntree"},
    {"Sheringham", "sheringham"},
    {"Thistlewood", "thistlewood"},
    {"Underhill", "underhill"},
    {"Vickery", "vickery"},
    {"Wetherby", "wetherby"},
    {"Yardley", "yardley"},
    {"Zouch", "zouch"},
    {"Achterberg", "achterberg"},
    {"Bianchi", "bianchi"},
    {"Castellanos", "castellanos"},
    {"Dubois", "dubois"},
    {"Eriksen", "eriksen"},
    {"Fujimoto", "fujimoto"},
    {"Gonzaga", "gonzaga"},
    {"Hakimi", "hakimi"},
    {"Ivanova", "ivanova"},
    {"Jankowski", "jankowski"},
    {"Kowalczyk", "kowalczyk"},
    {"Lindqvist", "lindqvist"},
    {"Moreau", "moreau"},
    {"Nakamura", "nakamura"},
    {"Okonkwo", "okonkwo"},
    {"Petrovi\xC4\x87", "petrovic"},
    {"Quispe", "quispe"},
    {"Rasmussen", "rasmussen"},
    {"Sato", "sato"},
    {"Tanaka", "tanaka"},
    {"Umarov", "umarov"},
    {"Varga", "varga"},
    {"W\xC3\xB3jcik", "wojcik"},
    {"Xu", "xu"},
    {"Yilmaz", "yilmaz"},
    {"Zhang", "zhang"},
    {"O'Donnell", "odonnell"},
    {"D'Arcy", "darcy"},
    {"M\xC3\xBCller", "muller"},
};

const char *const kDomains[] = {
    "mediafire.com", "example.net",  "mail.test",       "inbox.example",     "post.example.org",
    "webmail.test",  "corp.example", "uni.example.edu", "isp.example.co.uk", "mx.example.de",
};

struct Weighted
{
    const char *value;
    double weight;
};
const Weighted kGenders[]
    = {{"Female", 44}, {"Male", 44},    {"Genderfluid", 2}, {"Non-binary", 3},
       {"Agender", 2}, {"Bigender", 2}, {"Polygender", 1},  {"Genderqueer", 2}};

struct Continent
{
    double weight;
    std::vector<const char *> blocks;
};
const Continent kPublicV4[] = {
    {35, {"3.0.0.0/8",      "4.0.0.0/9",     "8.0.0.0/9",     "12.0.0.0/8",  "23.0.0.0/10",
          "24.0.0.0/8",     "34.64.0.0/10",  "35.192.0.0/12", "50.0.0.0/8",  "64.0.0.0/10",
          "66.0.0.0/8",     "67.160.0.0/11", "68.0.0.0/8",    "69.0.0.0/8",  "70.0.0.0/8",
          "71.0.0.0/8",     "72.0.0.0/8",    "73.0.0.0/8",    "74.0.0.0/8",  "75.0.0.0/8",
          "76.0.0.0/8",     "96.0.0.0/8",    "97.0.0.0/8",    "98.0.0.0/8",  "99.0.0.0/8",
          "107.0.0.0/8",    "108.0.0.0/8",   "142.0.0.0/8",   "173.0.0.0/8", "174.0.0.0/8",
          "184.0.0.0/8",    "206.0.0.0/8",   "207.0.0.0/8",   "208.0.0.0/8", "209.0.0.0/8",
          "187.128.0.0/10", "189.128.0.0/10"}},
    {30, {"2.0.0.0/8",   "5.0.0.0/8",   "31.0.0.0/8",  "37.0.0.0/8",  "46.0.0.0/8",  "62.0.0.0/8",
          "77.0.0.0/8",  "78.0.0.0/8",  "79.0.0.0/8",  "80.0.0.0/8",  "81.0.0.0/8",  "82.0.0.0/8",
          "83.0.0.0/8",  "84.0.0.0/8",  "85.0.0.0/8",  "86.0.0.0/8",  "87.0.0.0/8",  "88.0.0.0/8",
          "89.0.0.0/8",  "90.0.0.0/8",  "91.0.0.0/8",  "92.0.0.0/8",  "93.0.0.0/8",  "94.0.0.0/8",
          "95.0.0.0/8",  "109.0.0.0/8", "176.0.0.0/8", "178.0.0.0/8", "188.0.0.0/8", "193.0.0.0/8",
          "194.0.0.0/8", "195.0.0.0/8", "212.0.0.0/8", "213.0.0.0/8", "217.0.0.0/8"}},
    {20, {"1.0.0.0/8",   "14.0.0.0/8",  "27.0.0.0/8",  "36.0.0.0/8",  "39.0.0.0/8",  "42.0.0.0/8",
          "49.0.0.0/8",  "58.0.0.0/8",  "59.0.0.0/8",  "60.0.0.0/8",  "61.0.0.0/8",  "101.0.0.0/9",
          "106.0.0.0/8", "110.0.0.0/8", "111.0.0.0/8", "112.0.0.0/8", "113.0.0.0/8", "114.0.0.0/8",
          "115.0.0.0/8", "116.0.0.0/8", "117.0.0.0/8", "118.0.0.0/8", "119.0.0.0/8", "121.0.0.0/8",
          "122.0.0.0/9", "123.0.0.0/8", "124.0.0.0/8", "125.0.0.0/8", "126.0.0.0/8", "175.0.0.0/8",
          "180.0.0.0/8", "182.0.0.0/8", "183.0.0.0/8", "210.0.0.0/8", "211.0.0.0/8", "218.0.0.0/8",
          "219.0.0.0/8", "220.0.0.0/8", "221.0.0.0/8", "222.0.0.0/8"}},
    {7,
     {"177.0.0.0/8", "179.0.0.0/8", "181.0.0.0/8", "186.0.0.0/8", "190.0.0.0/8", "191.0.0.0/8",
      "200.0.0.0/8", "201.0.0.0/8"}},
    {4, {"41.0.0.0/8", "102.0.0.0/8", "105.0.0.0/8", "154.0.0.0/9", "196.0.0.0/8", "197.0.0.0/8"}},
    {4,
     {"58.160.0.0/12", "101.160.0.0/11", "120.144.0.0/12", "49.176.0.0/12", "122.56.0.0/14",
      "203.0.0.0/10"}},
};

const char *const kPublicV6[] = {
    "2001:4860:4860::/48", "2a00:1450:4001::/48", "2606:4700::/44",      "2a03:2880:f000::/36",
    "2a01:4f8::/32",       "2400:cb00::/32",      "2c0f:fb50:4003::/48", "2001:67c:2e8::/48",
    "2a02:2e0::/32",       "2001:44b8::/32",      "2804:14c::/32",       "2406:da00::/32",
};

// IPv4 blocks that are not global (IANA special-purpose registry, plus multicast): a public
// address drawn from a block above that lands in one of these is drawn again.
const char *const kNotGlobalV4[] = {
    "0.0.0.0/8",      "10.0.0.0/8",     "100.64.0.0/10",   "127.0.0.0/8",     "169.254.0.0/16",
    "172.16.0.0/12",  "192.0.0.0/24",   "192.0.2.0/24",    "192.31.196.0/24", "192.52.193.0/24",
    "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15",   "198.51.100.0/24",
    "203.0.113.0/24", "224.0.0.0/4",    "240.0.0.0/4",
};

// Special addresses: a fixed text, or a random address in a block.
struct Special
{
    const char *text; // fixed when block is null
    const char *block;
    const char *prefix; // written before the address ("::ffff:")
};
const Special kSpecial[] = {
    {nullptr, "10.0.0.0/8", ""},
    {nullptr, "172.16.0.0/12", ""},
    {nullptr, "192.168.0.0/16", ""},
    {nullptr, "100.64.0.0/10", ""},
    {"127.0.0.1", nullptr, ""},
    {nullptr, "127.0.0.0/8", ""},
    {nullptr, "169.254.0.0/16", ""},
    {"0.0.0.0", nullptr, ""},
    {"255.255.255.255", nullptr, ""},
    {nullptr, "224.0.0.0/4", ""},
    {nullptr, "240.0.0.0/4", ""},
    {nullptr, "198.18.0.0/15", ""},
    {nullptr, "0.0.0.0/8", ""},
    {nullptr, "192.0.2.0/24", ""},
    {nullptr, "198.51.100.0/24", ""},
    {nullptr, "203.0.113.0/24", ""},
    {nullptr, "2001:db8::/32", ""},
    {"::1", nullptr, ""},
    {nullptr, "fc00::/7", ""},
    {"fe80::1%eth0", nullptr, ""},
    {nullptr, "fe80::/64", ""},
    {"ff02::1", nullptr, ""},
    {nullptr, "2002::/16", ""},
    {nullptr, "2001::/32", ""},
    {nullptr, "192.168.0.0/16", "::ffff:"},
};

const char *const kMalformed[] = {
    "",
    "not-an-ip",
    "010.1.1.1",
    "1.2.3.0/24",
    "256.12.4.1",
    "1.2.3",
    "1.2.3.4.5",
    "N/A",
    "unknown",
    "0x7f.0.0.1",
    "192.168.1.1 extra",
    "::ffff:1.2.3",
    "fe80::1%",
    "2001:db8::g",
    "1:2:3:4:5:6:7:8:9",
    "- ",
    "12.34.56.789",
};

template<typename T, size_t N>
constexpr size_t countOf(const T (&)[N])
{
    return N;
}

// A parsed CIDR block: the network's 16 bytes (IPv4 as its 4 bytes) and the prefix length.
struct Block
{
    bool v4 = true;
    uint8_t bytes[16] = {};
    int prefix = 0;
};

Block parseBlock(const char *cidr)
{
    Block b;
    const char *slash = std::strchr(cidr, '/');
    const std::string address(cidr, size_t(slash - cidr));
    b.prefix = std::atoi(slash + 1);
    b.v4 = address.find(':') == std::string::npos;
    if (inet_pton(b.v4 ? AF_INET : AF_INET6, address.c_str(), b.bytes) != 1) {
        std::fprintf(stderr, "generate_people: bad block %s\n", cidr);
        std::exit(2);
    }
    return b;
}

uint32_t v4Value(const uint8_t *bytes)
{
    return uint32_t(bytes[0]) << 24 | uint32_t(bytes[1]) << 16 | uint32_t(bytes[2]) << 8 | bytes[3];
}

// A random address strictly inside the block (neither the first nor the last), as Python's
// rand_in() draws it; blocks of one or two addresses give their first address.
void randomIn(Rng &rng, const Block &b, uint8_t *out)
{
    const int bits = (b.v4 ? 32 : 128) - b.prefix;
    const int size = b.v4 ? 4 : 16;
    std::memcpy(out, b.bytes, size_t(size));
    if (bits <= 1)
        return;
    for (;;) {
        // Random host bits, then reject all-zero and all-one (the first and the last address).
        bool allZero = true;
        bool allOne = true;
        for (int i = 0; i < size; ++i) {
            const int hostBitsHere = std::min(8, std::max(0, (i + 1) * 8 - (size * 8 - bits)));
            const uint8_t mask = uint8_t((1u << hostBitsHere) - 1);
            const uint8_t r = uint8_t(rng.next()) & mask;
            out[i] = uint8_t((b.bytes[i] & ~mask) | r);
            allZero = allZero && r == 0;
            allOne = allOne && r == mask;
        }
        if (!allZero && !allOne)
            return;
    }
}

class Generator
{
public:
    // Past `addresses` fresh addresses, every row repeats one (0: no bound).
    void limitAddresses(uint64_t addresses) { m_addresses = addresses; }

    explicit Generator(uint64_t seed)
        : m_rng(seed)
    {
        for (const Continent &c : kPublicV4) {
            std::vector<Block> blocks;
            for (const char *s : c.blocks)
                blocks.push_back(parseBlock(s));
            m_v4.push_back(std::move(blocks));
            m_continentWeights.push_back(c.weight);
        }
        for (const char *s : kPublicV6)
            m_v6.push_back(parseBlock(s));
        for (const char *s : kNotGlobalV4) {
            const Block b = parseBlock(s);
            m_notGlobal.push_back({v4Value(b.bytes), b.prefix});
        }
        for (const Special &s : kSpecial)
            m_special.push_back(s.block ? parseBlock(s.block) : Block());
        m_seenOffsets.push_back(0);
    }

    // Appends one CSV row (with its line break) to out.
    void row(uint64_t id, std::string &out)
    {
        const Named &first = kFirstNames[m_rng.below(countOf(kFirstNames))];
        const Named &last = kLastNames[m_rng.below(countOf(kLastNames))];
        const char *domain = kDomains[m_rng.below(countOf(kDomains))];
        appendInt(out, id);
        out += ',';
        appendField(out, first.text);
        out += ',';
        appendField(out, last.text);
        out += ',';
        std::string email = first.ascii;
        email += last.ascii;
        appendInt(email, id - 1);
        email += '@';
        email += domain;
        appendField(out, email);
        out += ',';
        appendField(out, weighted(kGenders, countOf(kGenders)));
        out += ',';
        makeIp(m_ip);
        appendField(out, m_ip);
        out += '\n';
    }

private:
    template<typename T>
    static void appendInt(std::string &out, T value)
    {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, value);
        out.append(buf, size_t(res.ptr - buf));
    }

    // RFC 4180 quoting, only where needed (as Python's csv module with QUOTE_MINIMAL).
    static void appendField(std::string &out, const std::string &field)
    {
        if (field.find_first_of(",\"\r\n") == std::string::npos) {
            out += field;
            return;
        }
        out += '"';
        for (char c : field) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    static void appendField(std::string &out, const char *field)
    {
        appendField(out, std::string(field));
    }

    const char *weighted(const Weighted *pairs, size_t n)
    {
        double total = 0;
        for (size_t i = 0; i < n; ++i)
            total += pairs[i].weight;
        double x = m_rng.real() * total;
        for (size_t i = 0; i < n; ++i) {
            x -= pairs[i].weight;
            if (x <= 0)
                return pairs[i].value;
        }
        return pairs[n - 1].value;
    }

    bool isGlobalV4(uint32_t a) const
    {
        if (a == 0xFFFFFFFFu)
            return false;
        for (const auto &[network, prefix] : m_notGlobal) {
            const uint32_t mask = prefix == 0 ? 0 : ~uint32_t(0) << (32 - prefix);
            if ((a & mask) == network)
                return false;
        }
        return true;
    }

    static void formatAddress(const uint8_t *bytes, bool v4, std::string &out)
    {
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(v4 ? AF_INET : AF_INET6, bytes, buf, sizeof buf);
        out += buf;
    }

    void publicV4(std::string &out)
    {
        double total = 0;
        for (double w : m_continentWeights)
            total += w;
        double x = m_rng.real() * total;
        size_t continent = m_continentWeights.size() - 1;
        for (size_t i = 0; i < m_continentWeights.size(); ++i) {
            x -= m_continentWeights[i];
            if (x <= 0) {
                continent = i;
                break;
            }
        }
        const std::vector<Block> &blocks = m_v4[continent];
        uint8_t bytes[16];
        do {
            randomIn(m_rng, blocks[m_rng.below(blocks.size())], bytes);
        } while (!isGlobalV4(v4Value(bytes)));
        formatAddress(bytes, true, out);
    }

    void makeIp(std::string &ip)
    {
        ip.clear();
        const double x = m_rng.real();
        const size_t seen = m_seenOffsets.size() - 1;
        if (seen > 0 && (x < 0.06 || (m_addresses > 0 && seen >= m_addresses))) {
            const size_t k = m_rng.below(seen);
            ip.assign(m_seen.data() + m_seenOffsets[k], m_seenOffsets[k + 1] - m_seenOffsets[k]);
            return; // a repeat is not remembered again, as in the Python script
        }
        if (x < 0.86) {
            std::string v4;
            publicV4(v4);
            if (m_rng.real() < 0.01)
                ip = "::ffff:";
            ip += v4;
        } else if (x < 0.905) {
            uint8_t bytes[16];
            randomIn(m_rng, m_v6[m_rng.below(m_v6.size())], bytes);
            formatAddress(bytes, false, ip);
            if (m_rng.real() < 0.2) {
                for (char &c : ip)
                    c = char(c >= 'a' && c <= 'z' ? c - 32 : c);
            }
        } else if (x < 0.98) {
            const size_t k = m_rng.below(countOf(kSpecial));
            const Special &s = kSpecial[k];
            ip = s.prefix;
            if (s.block) {
                uint8_t bytes[16];
                randomIn(m_rng, m_special[k], bytes);
                formatAddress(bytes, m_special[k].v4, ip);
            } else {
                ip += s.text;
            }
        } else {
            ip = kMalformed[m_rng.below(countOf(kMalformed))];
        }
        m_seen.insert(m_seen.end(), ip.begin(), ip.end());
        m_seenOffsets.push_back(m_seen.size());
    }

    Rng m_rng;
    std::vector<std::vector<Block>> m_v4;
    std::vector<double> m_continentWeights;
    std::vector<Block> m_v6;
    std::vector<std::pair<uint32_t, int>> m_notGlobal;
    std::vector<Block> m_special;
    std::vector<char> m_seen; // every fresh address so far, back to back
    std::vector<size_t> m_seenOffsets;
    std::string m_ip;
    uint64_t m_addresses = 0;
};

int usage()
{
    std::fprintf(stderr,
                 "usage: generate_people --rows N --output FILE [--seed S] [--addresses A]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    uint64_t rows = 1000000;
    uint64_t seed = 20260605;
    uint64_t addresses = 0;
    const char *output = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *value = argv[++i];
        if (arg == "--rows")
            rows = std::strtoull(value, nullptr, 10);
        else if (arg == "--output")
            output = value;
        else if (arg == "--seed")
            seed = std::strtoull(value, nullptr, 10);
        else if (arg == "--addresses")
            addresses = std::strtoull(value, nullptr, 10);
        else
            return usage();
    }
    if (!output)
        return usage();

    std::FILE *f = std::fopen(output, "wb");
    if (!f) {
        std::perror(output);
        return 1;
    }
    Generator gen(seed);
    gen.limitAddresses(addresses);
    std::string buf = "id,first_name,last_name,email,gender,ip_address\n";
    buf.reserve(1 << 21);
    for (uint64_t id = 1; id <= rows; ++id) {
        gen.row(id, buf);
        if (buf.size() >= (1 << 20)) {
            if (std::fwrite(buf.data(), 1, buf.size(), f) != buf.size())
                break;
            buf.clear();
        }
    }
    const bool ok = std::fwrite(buf.data(), 1, buf.size(), f) == buf.size() && std::fflush(f) == 0
                    && !std::ferror(f);
    if (std::fclose(f) != 0 || !ok) {
        std::perror(output);
        return 1;
    }
    std::fprintf(stderr, "wrote %llu rows to %s\n", static_cast<unsigned long long>(rows), output);
    return 0;
}
