#!/usr/bin/perl
# Writes the crafted MaxMind DB files the tests read, with Debian's libmaxmind-db-writer-perl
# (MaxMind's own writer), into the folder given:
#
#   perl tests/data/mmdb/write-crafted.pl OUTDIR
#
#   geolite2-24.mmdb     GeoLite2 City layout, IPv6 tree, 24-bit records
#   dbip-28-ipv4.mmdb    DB-IP Lite layout (flat keys, float coordinates), IPv4 tree, 28-bit
#   geolite2-32.mmdb     GeoLite2 City layout, IPv6 tree, 32-bit records, an IPv6 network
#   country-only.mmdb    GeoLite2 Country layout: no coordinates
#
# Each city file knows the update's five spot-check addresses and 81.2.69.142 (London); the
# tests hold the same values.
use strict;
use warnings;
use utf8;
use MaxMind::DB::Writer::Tree;

my $out = shift or die "usage: $0 OUTDIR\n";

my %types = (
    city => 'map', country => 'map', location => 'map', names => 'map', continent => 'map',
    subdivisions => ['array', 'map'], latitude => 'double', longitude => 'double',
    accuracy_radius => 'uint16', geoname_id => 'uint32', is_in_european_union => 'boolean',
    metro_code => 'uint16', population => 'uint64',
);
my %flat = (latitude => 'float', longitude => 'float');

my @places = (
    ['8.8.8.0/24', 'US', 'Mountain View', 37.42, -122.08, 1000],
    ['193.0.6.0/24', 'NL', 'Amsterdam', 52.37, 4.89, 5],
    ['200.160.0.0/20', 'BR', "São Paulo", -23.56, -46.69, 20],
    ['196.216.2.0/24', 'MU', 'Ebène', -20.24, 57.49, 50],
    ['203.119.101.0/24', 'AU', 'Brisbane', -27.47, 153.03, 10],
    ['81.2.69.0/24', 'GB', 'London', 51.5142, -0.0931, 20],
);

sub geolite2_record {
    my ($cc, $city, $lat, $lon, $radius) = @_;
    return {
        city => {geoname_id => 1, names => {en => $city, de => "$city (de)"}},
        continent => {code => 'XX'},
        country => {iso_code => $cc, is_in_european_union => ($cc eq 'NL' ? 1 : 0)},
        location => {latitude => $lat, longitude => $lon, accuracy_radius => $radius,
                     metro_code => 807, time_zone => 'Etc/UTC'},
        subdivisions => [{iso_code => 'S1'}, {iso_code => 'S2'}],
    };
}

sub write_tree {
    my ($name, %args) = @_;
    my $records = delete $args{records};
    my $tree = MaxMind::DB::Writer::Tree->new(
        languages => ['en', 'de'], description => {en => "RegionMap test $name"},
        %args);
    for my $r (@$records) {
        $tree->insert_network($r->[0], $r->[1]);
    }
    open my $fh, '>:raw', "$out/$name" or die "$out/$name: $!";
    $tree->write_tree($fh);
    close $fh;
}

my $typed = sub { $types{$_[0]} // 'utf8_string' };
write_tree('geolite2-24.mmdb', ip_version => 6, record_size => 24,
    database_type => 'GeoLite2-City', map_key_type_callback => $typed,
    records => [map { [$_->[0], geolite2_record(@$_[1 .. 5])] } @places]);
write_tree('geolite2-32.mmdb', ip_version => 6, record_size => 32,
    database_type => 'GeoLite2-City', map_key_type_callback => $typed,
    records => [(map { [$_->[0], geolite2_record(@$_[1 .. 5])] } @places),
                ['2a02:ec0::/29', geolite2_record('DE', 'Köln', 50.94, 6.96, 100)]]);
write_tree('dbip-28-ipv4.mmdb', ip_version => 4, record_size => 28,
    database_type => 'DBIP-City-Lite',
    map_key_type_callback => sub { $flat{$_[0]} // 'utf8_string' },
    records => [map { [$_->[0], {city => $_->[2], country_code => $_->[1],
                                 latitude => $_->[3], longitude => $_->[4]}] } @places]);
write_tree('country-only.mmdb', ip_version => 6, record_size => 24,
    database_type => 'GeoLite2-Country', map_key_type_callback => $typed,
    records => [map { [$_->[0], {country => {iso_code => $_->[1]}}] } @places]);
print "written to $out\n";
