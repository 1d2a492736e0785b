# stopgate: `make test` runs every test, `make demo` runs the product,
# `make pkg` builds the npm package, `make bench` prints the benchmark figures.
# Each target installs what it needs on a fresh machine (scripts/setup.sh).
SHELL := /bin/bash
.PHONY: test demo pkg bench setup rust-test

setup:
	bash scripts/setup.sh

rust-test:
	cargo test --release

test: setup rust-test

pkg: setup
	bash scripts/build-pkg.sh

bench: setup
	cargo bench --bench core

demo: setup pkg
	bash scripts/demo.sh
