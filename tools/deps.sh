#!/bin/sh
# tools/deps.sh: installs the Debian build dependencies that are missing (make deps).
# As root it runs apt-get (with 'apt-get update' first on a machine that never did one);
# otherwise it prints the exact command and fails.
PKGS="gcc make patch duktape-dev libevent-dev libhttp-parser-dev zlib1g-dev libmbedtls-dev unicode-data tmux"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "nodule needs:$missing" >&2
    echo "run: sudo apt-get install -y$missing" >&2
    exit 1
fi
if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
    apt-get update -qq || exit 1
fi
echo "installing:$missing"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing >/dev/null
}
