#!/usr/bin/env bash
# Installs dist/regionmap_<version>_<arch>.deb (made by scripts/package) into a temporary root
# with dpkg-deb -x and checks the installed tree:
#   1. both programs run from it (--version, --help) and find all their libraries;
#   2. the GUI starts offscreen and shows its main window (--smoke-test);
#   3. the CLI finds the packaged geo database (regionmap-cli geodb), which answers a lookup,
#      and no path of the build checkout is baked into the programs;
#   4. the desktop entry's Exec and TryExec name a program in the tree, its icon is there in
#      every size, and the desktop file and AppStream metainfo validate;
# and also that the PNG icons match the SVG, the man pages render without warnings, and the
# .rpm holds the same files as the .deb.
#
# Usage: tests/package/test-deb.sh <source dir>
set -euo pipefail

src=${1:?usage: test-deb.sh <source dir>}
app_id=io.github.regionmap.regionmap
checks=0
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "PASS: $*"; checks=$((checks + 1)); }

version=$(sed -n 's/^regionmap (\([^)]*\)).*/\1/p;q' "$src/packaging/linux/changelog")
upstream=${version%-*}
arch=$(dpkg --print-architecture)
deb="$src/dist/regionmap_${version}_${arch}.deb"
[ -f "$deb" ] || fail "$deb does not exist: run scripts/package first"

root=$(mktemp -d /tmp/rm-pkgtest-XXXXXX)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
echo "Installed $deb into $root"

# A clean environment: a throwaway home, no display, no keychain, no help from the checkout.
mkdir -p "$root/home" "$root/run"
chmod 700 "$root/run"
export HOME="$root/home" XDG_DATA_HOME="$root/home/.local/share" \
       XDG_CONFIG_HOME="$root/home/.config" XDG_CACHE_HOME="$root/home/.cache" \
       XDG_RUNTIME_DIR="$root/run" QT_QPA_PLATFORM=offscreen \
       DBUS_SESSION_BUS_ADDRESS=disabled: LC_ALL=C.UTF-8
unset REGIONMAP_GEODB_DIR REGIONMAP_TEST_DATA REGIONMAP_PG_BINDIR DISPLAY WAYLAND_DISPLAY
bin="$root/usr/bin"
share="$root/usr/share"

# --- 1. The programs run -----------------------------------------------------------------------
for p in regionmap regionmap-cli; do
  [ -x "$bin/$p" ] || fail "$bin/$p is missing or not executable"
  missing=$(ldd "$bin/$p" | grep "not found" || true)
  [ -z "$missing" ] || fail "$p needs libraries that are not installed: $missing"
done
out=$("$bin/regionmap-cli" --version) || fail "regionmap-cli --version exited with $?"
[ "$out" = "regionmap-cli $upstream" ] || fail "regionmap-cli --version printed \"$out\""
out=$("$bin/regionmap-cli" --help) || fail "regionmap-cli --help exited with $?"
grep -q "^Usage: regionmap-cli" <<<"$out" || fail "regionmap-cli --help printed no usage: $out"
out=$("$bin/regionmap" --version 2>&1) || fail "regionmap --version exited with $?"
[ "$out" = "regionmap $upstream" ] || fail "regionmap --version printed \"$out\""
out=$("$bin/regionmap" --help 2>&1) || fail "regionmap --help exited with $?"
grep -q -- "--smoke-test" <<<"$out" || fail "regionmap --help does not list --smoke-test: $out"
pass "regionmap and regionmap-cli $upstream run (--version, --help) with all libraries found"

# --- 2. The GUI shows its window --------------------------------------------------------------
out=$(timeout 60 "$bin/regionmap" --smoke-test 2>"$root/gui.err") \
  || fail "regionmap --smoke-test exited with $?: $(cat "$root/gui.err")"
[ "$out" = "RegionMap" ] || fail "regionmap --smoke-test printed the title \"$out\", not RegionMap"
pass "the GUI showed its main window offscreen (title \"$out\")"

# --- 3. The geo database is found in the package, and no build path is baked in --------------
for family in ipv4 ipv6; do
  want="$share/regionmap/dbip-city-$family.mmdb"
  [ -s "$want" ] || fail "$want is not in the package"
  got=$("$bin/regionmap-cli" geodb --$family) || fail "regionmap-cli geodb --$family exited with $?"
  [ "$got" = "$want" ] || fail "regionmap-cli geodb --$family found \"$got\", not $want"
done
"$bin/regionmap-cli" geodb >/dev/null || fail "regionmap-cli geodb exited with $?"
# The database answers: a public address gets a country (which one is the data's business).
for lookup in ipv4:8.8.8.8 ipv6:2001:4860:4860::8888; do
  family=${lookup%%:*} ip=${lookup#*:}
  cc=$(mmdblookup --file "$share/regionmap/dbip-city-$family.mmdb" --ip "$ip" country_code) \
    || fail "mmdblookup cannot look up $ip in the packaged $family database"
  grep -Eq '"[A-Z]{2}"' <<<"$cc" || fail "the packaged $family database has no country for $ip"
done
for p in regionmap regionmap-cli; do
  ! grep -qF "$src" "$bin/$p" || fail "$p contains the build checkout's path $src"
done
pass "regionmap-cli found both packaged geo databases under $share/regionmap; no build path baked in"

# --- 4. The desktop entry points at the installed program -------------------------------------
desktop="$share/applications/$app_id.desktop"
[ -f "$desktop" ] || fail "$desktop is not in the package"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
exec_prog=${exec_line%% *}
[[ "$exec_prog" != */* ]] || fail "Exec= should name the program without a path: $exec_line"
[ -x "$bin/$exec_prog" ] || fail "Exec=$exec_line: $bin/$exec_prog does not exist"
[ "$exec_line" = "$exec_prog %F" ] || fail "Exec= should take the files to open (%F): $exec_line"
try_exec=$(sed -n 's/^TryExec=//p' "$desktop")
[ -z "$try_exec" ] || [ -x "$bin/$try_exec" ] || fail "TryExec=$try_exec is not in $bin"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$app_id" ] || fail "Icon=$icon, expected $app_id"
for n in 16 32 48 64 128 256; do
  png="$share/icons/hicolor/${n}x${n}/apps/$icon.png"
  [ -f "$png" ] || fail "$png is not in the package"
  size=$(identify -format '%wx%h' "$png")
  [ "$size" = "${n}x${n}" ] || fail "$png is $size"
done
[ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the scalable icon is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
metainfo="$share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" >/dev/null \
  || fail "appstreamcli rejects $metainfo: $(appstreamcli validate --no-net "$metainfo")"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
  || fail "$metainfo does not launch $app_id.desktop"
mime="$share/mime/packages/$app_id.xml"
[ -f "$mime" ] || fail "the project file's MIME type ($mime) is not in the package"
python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$mime" \
  || fail "$mime is not well-formed XML"
grep -q 'glob pattern="\*.regionmap"' "$mime" || fail "$mime does not claim *.regionmap"
grep -q '^MimeType=.*application/x-regionmap-project;' "$desktop" \
  || fail "$desktop does not open application/x-regionmap-project"
pass "the desktop entry runs $bin/$exec_prog; icons, desktop file, metainfo and MIME type are valid"

# --- Extras: icons match the SVG, man pages, the .rpm ------------------------------------------
for n in 16 32 48 64 128 256; do
  png="$share/icons/hicolor/${n}x${n}/apps/$app_id.png"
  rsvg-convert --width "$n" --height "$n" "$share/icons/hicolor/scalable/apps/$app_id.svg" \
    --output "$root/render.png"
  diff=$(compare -metric AE -fuzz 2% "$png" "$root/render.png" null: 2>&1) || true
  [ "$diff" = "0" ] || fail "$png differs from the SVG in $diff pixels: run packaging/make-icons"
done
pass "the PNG icons match the SVG"

for page in regionmap.1.gz regionmap-cli.1.gz; do
  f="$share/man/man1/$page"
  [ -f "$f" ] || fail "$f is not in the package"
  warnings=$(MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$f" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "$page has warnings: $warnings"
done
pass "the man pages render without warnings"

rpm_file="$src/dist/regionmap-${upstream}-${version##*-}.$(uname -m).rpm"
[ -f "$rpm_file" ] || fail "$rpm_file does not exist: run scripts/package first"
(cd "$root" && find usr -type f | sed 's|^|/|' | grep -v '^/usr/share/lintian/' | sort) >"$root/deb.list"
rpm -qlp "$rpm_file" 2>/dev/null | while read -r f; do [ -d "$root$f" ] || echo "$f"; done \
  | sort >"$root/rpm.list"
diff -u "$root/deb.list" "$root/rpm.list" >&2 || fail "the .rpm and the .deb hold different files"
pass "the .rpm holds the same $(wc -l <"$root/rpm.list") files as the .deb"

echo "$checks passed, 0 failed"
