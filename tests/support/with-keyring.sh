#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND inside a private D-Bus session with its own gnome-keyring-daemon, whose login
# keyring is created and unlocked with a random password fed on stdin. HOME and the XDG folders
# point at a throwaway folder, so the user's real keyring and settings are never touched and no
# password prompt can appear. Afterwards the keyring daemon is stopped and the folder removed.
# The exit code is COMMAND's (or 1 when the keyring could not be set up).
#
# Needs: dbus-run-session and dbus-send (package dbus), gnome-keyring-daemon (gnome-keyring),
# setsid (util-linux).
set -u

me=with-keyring.sh
if [ $# -eq 0 ]; then
    echo "usage: $me COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon setsid; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$me: $tool is not installed; install the Debian packages dbus and gnome-keyring." >&2
        exit 1
    fi
done

khome=$(mktemp -d "${TMPDIR:-/tmp}/regionmap-keyring-XXXXXX") || exit 1

stop_daemon() {
    [ -s "$khome/keyring.pid" ] || return 0
    pid=$(cat "$khome/keyring.pid")
    rm -f "$khome/keyring.pid"
    kill "$pid" 2>/dev/null || return 0
    # Give it up to 2 s to go before the folder it writes to is removed.
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 20 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
    stop_daemon
    rm -rf "$khome"
}
child=
# On a signal: stop the whole private session (it runs in its own process group), then clean up.
on_signal() {
    [ -n "$child" ] && kill -TERM "-$child" 2>/dev/null
    exit "$1"
}
trap cleanup EXIT
trap 'on_signal 129' HUP
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

export HOME="$khome/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" \
    XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$khome/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$khome" "$HOME" "$XDG_RUNTIME_DIR"
# No screen: a prompt could otherwise appear on a virtual display and wait forever.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# The inner script runs on the private bus. $1 is the throwaway folder, the rest is COMMAND.
# It runs in the background (in a session of its own) so that a signal to this script is acted
# on at once; fd 3 hands it this script's stdin, which a background job would otherwise lose.
exec 3<&0
setsid dbus-run-session -- sh -c '
    me=with-keyring.sh
    khome=$1
    shift
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")
    if ! out=$(printf %s "$password" \
            | gnome-keyring-daemon --daemonize --unlock --components=secrets); then
        echo "$me: gnome-keyring-daemon did not start." >&2
        exit 1
    fi
    eval "$out"
    export GNOME_KEYRING_CONTROL

    owner() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
            string:org.freedesktop.secrets 2>/dev/null | awk "/uint32/ { print \$2 }"
    }
    pid=$(owner)
    i=0
    while [ -z "$pid" ] && [ $i -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
        pid=$(owner)
    done
    if [ -z "$pid" ]; then
        echo "$me: gnome-keyring-daemon did not register the Secret Service on the bus." >&2
        exit 1
    fi
    echo "$pid" >"$khome/keyring.pid"

    "$@"
' "$me" "$khome" "$@" <&3 3<&- &
child=$!
exec 3<&-
wait "$child"
rc=$?
child=
exit $rc
