#!/usr/bin/env bash
# The npm package in every toolchain of its README (issue 13): `npm pack` makes the tarball
# users get, which is unpacked into a throwaway project in a temp dir; tests/bundlers/'s
# fixtures are copied next to it and tests/bundlers/run.test.mjs builds and runs each one
# (Vite, webpack, Rollup, esbuild in headless Chromium; Node, Bun, Jest, Vitest; tsc;
# wrangler deploy --dry-run of edge/).
#
# Offline and without a per-test `npm install`: the project's node_modules holds the
# unpacked package and links to the root's node_modules (the tools `npm ci` installed at the
# versions package-lock.json pins), so configs that import "vite" or "@rollup/..." resolve.
# Arguments go to `node --test` (e.g. --test-name-pattern=Vite).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

[ -f pkg/stopgate_bg.wasm ] && [ -f pkg/node.cjs ] || bash scripts/build-pkg.sh
for tool in vite webpack rollup esbuild bun jest vitest tsc wrangler; do
  [ -x "node_modules/.bin/$tool" ] || { echo "test-bundlers: node_modules/.bin/$tool missing; run scripts/setup.sh" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/stopgate-bundlers.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$SECONDS

tarball=$(cd pkg && npm pack --silent --pack-destination "$work")
mkdir -p "$work/node_modules/stopgate"
tar -xzf "$work/$tarball" -C "$work/node_modules/stopgate" --strip-components=1
for dep in node_modules/* node_modules/.bin; do
  name=$(basename "$dep")
  [ "$name" = stopgate ] || ln -s "$PWD/$dep" "$work/node_modules/$name"
done
cp -r tests/bundlers/. "$work/"
printf '{ "private": true, "type": "module" }\n' > "$work/package.json"
echo "test-bundlers: $tarball unpacked into a throwaway project"

status=0
STOPGATE_BUNDLER_DIR="$work" node --test --test-concurrency=1 --test-reporter=spec "$@" tests/bundlers/run.test.mjs || status=1
echo "test-bundlers: $((SECONDS - started)) s"
exit $status
