#!/usr/bin/perl
# Writes the MaxMind DB files of the differential test (tst_mmdbdifferential), with Debian's
# libmaxmind-db-writer-perl (MaxMind's own writer), into the folder given:
#
#   perl tests/data/mmdb/write-differential.pl OUTDIR
#
#   types-RS-v4.mmdb          IPv4 tree, RS = 24, 28 or 32-bit records
#   types-RS-v6.mmdb          IPv6 tree with aliased IPv4 subtrees (::ffff:0:0/96, 2002::/16)
#   types-28-v6-plain.mmdb    IPv6 tree without the aliases
#   nest-N.mmdb               a record with a value nested N maps deep (N = 40, 510 .. 514)
#
# Every record has the GeoLite2 City layout RegionMap reads, and an "all" map with every data
# type of the format (strings of each size encoding, double, float, bytes, uint16, uint32, int32,
# uint64, uint128, boolean, arrays, nested and empty maps); shared values come out as pointers.
# The test reads the same files with libmaxminddb and with RegionMap's reader and compares them.
use strict;
use warnings;
# The writer recurses once per level: quiet its warnings about the 514-level record.
local $SIG{__WARN__} = sub { warn @_ unless $_[0] =~ /^Deep recursion/ };
use utf8;
use Math::BigInt;
use MaxMind::DB::Writer::Tree;

my $out = shift or die "usage: $0 OUTDIR\n";

my %types = (
    city => 'map', country => 'map', location => 'map', names => 'map', all => 'map',
    deep => 'map', nested => 'map', empty_map => 'map', d => 'map',
    latitude => 'double', longitude => 'double', accuracy_radius => 'uint16',
    double => 'double', negative_double => 'double', float => 'float', bytes => 'bytes',
    uint16 => 'uint16', uint16_max => 'uint16', uint32 => 'uint32', uint32_max => 'uint32',
    int32 => 'int32', int32_min => 'int32', int32_max => 'int32', uint64 => 'uint64',
    uint64_max => 'uint64', uint128 => 'uint128', uint128_max => 'uint128',
    yes => 'boolean', no => 'boolean', uint32s => ['array', 'uint32'],
    strings => ['array', 'utf8_string'], maps => ['array', 'map'], empty_array => ['array', 'uint16'],
    index => 'uint32',
);
my $typed = sub { $types{$_[0]} // 'utf8_string' };

my @places = (
    ['8.8.8.0/24', 'US', 'Mountain View', 37.42, -122.08, 1000],
    ['193.0.6.0/24', 'NL', 'Amsterdam', 52.37, 4.89, 5],
    ['200.160.0.0/20', 'BR', "São Paulo", -23.56, -46.69, 20],
    ['196.216.2.0/24', 'MU', 'Ebène', -20.24, 57.49, 50],
    ['203.119.101.0/24', 'AU', 'Brisbane', -27.47, 153.03, 10],
    ['81.2.69.0/24', 'GB', 'London', 51.5142, -0.0931, 20],
);
my @ipv6_places = (['2a02:ec0::/29', 'DE', 'Köln', 50.94, 6.96, 100]);

# One value of every type, and strings of each size encoding (0..28 in the control byte, then
# one, two and three more bytes: 29 + n, 285 + n, 65821 + n). Not 285 or 65821 themselves: this
# writer (0.300003) encodes those two sizes in the shorter form, wrapped, and libmaxminddb
# rightly calls the result corrupt data.
my %all = (
    string => 'text', empty => '', utf8 => 'Zürich – 東京',
    s28 => 'a' x 28, s29 => 'b' x 29, s284 => 'c' x 284, s286 => 'd' x 286,
    s65820 => 'e' x 65820, s65822 => 'f' x 65822, s70000 => 'g' x 70000,
    double => 3.14159265358979, negative_double => -1.5e-300, float => 1.5,
    bytes => "\x00\x01\xfe\xff",
    uint16 => 48879, uint16_max => 65535, uint32 => 3735928559, uint32_max => 4294967295,
    int32 => -123456789, int32_min => -2147483648, int32_max => 2147483647,
    uint64 => Math::BigInt->new('1234605616436508552'),
    uint64_max => Math::BigInt->new('18446744073709551615'),
    uint128 => Math::BigInt->new('0x0102030405060708090a0b0c0d0e0f10'),
    uint128_max => Math::BigInt->new('340282366920938463463374607431768211455'),
    yes => 1, no => 0,
    uint32s => [0, 1, 65536, 4294967295], strings => ['one', '', 'three'],
    maps => [{string => 'in an array'}, {}],
    empty_array => [], empty_map => {},
    nested => {nested => {nested => {string => 'three maps down'}}},
);

sub record {
    my ($index, $cc, $city, $lat, $lon, $radius) = @_;
    return {
        city => {names => {en => $city, de => "$city (de)"}},
        country => {iso_code => $cc},
        location => {latitude => $lat, longitude => $lon, accuracy_radius => $radius},
        index => $index,
        all => \%all, # the same map in every record: written once, reached through pointers
    };
}

sub write_tree {
    my ($name, $records, %args) = @_;
    my $tree = MaxMind::DB::Writer::Tree->new(
        database_type => 'RegionMap-Differential', languages => ['en', 'de'],
        description => {en => "RegionMap differential test $name"},
        map_key_type_callback => $typed, %args);
    $tree->insert_network($_->[0], $_->[1]) for @$records;
    open my $fh, '>:raw', "$out/$name" or die "$out/$name: $!";
    $tree->write_tree($fh);
    close $fh;
}

my $i = 0;
my @v4 = map { [$_->[0], record($i++, @$_[1 .. 5])] } @places;
my @v6 = (@v4, map { [$_->[0], record($i++, @$_[1 .. 5])] } @ipv6_places);
for my $rs (24, 28, 32) {
    write_tree("types-$rs-v4.mmdb", \@v4, ip_version => 4, record_size => $rs);
    write_tree("types-$rs-v6.mmdb", \@v6, ip_version => 6, record_size => $rs,
               alias_ipv6_to_ipv4 => 1);
}
write_tree('types-28-v6-plain.mmdb', \@v6, ip_version => 6, record_size => 28);

# A record whose "deep" value is N maps deep: {deep: {d: ... {d: {bottom: "x"}}}}, the record's
# own map at level 0, "deep"'s map at level 1 and "x" at level N + 1.
for my $n (40, 510, 511, 512, 513, 514) {
    my $value = {bottom => 'x'};
    $value = {d => $value} for 2 .. $n;
    my $r = record(0, @{$places[0]}[1 .. 5]);
    $r->{deep} = $value;
    delete $r->{all};
    write_tree("nest-$n.mmdb", [[$places[0][0], $r]], ip_version => 6, record_size => 28);
}
print "written to $out\n";
