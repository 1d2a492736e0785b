# stopgate. The interface:
#   make test    every test, on one shared build, independent suites at once
#                (scripts/test-all.sh): Rust (unit, integration, property), the origin on a
#                real PostgreSQL, the npm package in Node / Deno / workerd / Chromium and in
#                Vite / webpack / Rollup / esbuild / Bun / Jest / Vitest / tsc / wrangler, the
#                edge end to end and its soak, the compose form
#   make demo    the product: origin publisher + edge worker (real workerd) on 127.0.0.1
#   make pkg     the npm package in pkg/
#   make bench   benchmark figures (native core, wasm package, edge load)
# Each target installs what it needs on a fresh machine (scripts/setup.sh).
SHELL := /bin/bash
.PHONY: test demo pkg bench setup rust-test js-test test-pg test-bundlers bench-native bench-pkg bench-edge bench-origin clean edge-prepare edge-dev edge-deploy-check

setup:
	bash scripts/setup.sh

rust-test: setup
	cargo test --workspace
	@# The classifier's dev-set figures, printed (the run above captured them).
	cargo test -q --test classify_dev -- --nocapture

pkg: setup
	bash scripts/build-pkg.sh

js-test: pkg
	bash scripts/test-pkg.sh
	bash scripts/test-bundlers.sh
	bash scripts/test-e2e.sh
	bash scripts/soak-edge.sh
	bash scripts/test-www.sh

test: setup
	bash scripts/test-all.sh

test-bundlers: pkg
	bash scripts/test-bundlers.sh

test-pg: setup
	bash scripts/test-pg.sh

bench-origin: setup
	bash scripts/bench-origin.sh

bench-native: setup
	cargo bench --bench core

bench-pkg: pkg
	node bench/pkg.mjs

bench-edge: pkg
	bash scripts/bench-edge.sh

bench: bench-native bench-pkg bench-edge bench-origin

demo: pkg
	bash scripts/demo.sh

# The edge with wrangler (pinned in package.json): edge/public gets www/ and pkg/ (gitignored)
# and edge/node_modules/stopgate links ../pkg, then `wrangler dev` (local, PORT default 8787;
# secrets from edge/.dev.vars) or `wrangler deploy --dry-run` against edge/wrangler.toml.
edge-prepare: pkg
	rm -rf edge/public && mkdir -p edge/public/pkg edge/node_modules
	cp -r www/. edge/public/ && cp -r pkg/. edge/public/pkg/
	ln -sfn ../../pkg edge/node_modules/stopgate

edge-dev: edge-prepare
	cd edge && ../node_modules/.bin/wrangler dev --local --ip 127.0.0.1 --port $${PORT:-8787}

edge-deploy-check: edge-prepare
	cd edge && ../node_modules/.bin/wrangler deploy --dry-run --outdir ../target/edge-dry-run

clean:
	cargo clean
	rm -rf node_modules .demo tests/artifacts
