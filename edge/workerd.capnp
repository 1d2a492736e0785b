# Runs the edge worker locally in workerd:
#
#   STOPGATE_PUBLIC_KEY=<hex> node_modules/.bin/workerd serve edge/workerd.capnp \
#     --socket-addr http=127.0.0.1:8787 --external-addr origin=127.0.0.1:8788
#
# from the repository root (the `www` and `pkg` directories are relative to the
# current directory; override them with `--directory-path www=... --directory-path pkg=...`).
# Configuration comes from the environment (STOPGATE_* below), so the same file serves
# the demo, the end-to-end tests and the benchmark. wrangler.toml is the deployed twin.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = .edgeWorker),
    # The origin publisher (`stopgate serve`): snapshots, deltas, inbound log, send backend.
    (name = "origin", external = (address = "127.0.0.1:8788", http = ())),
    # The compose form's static files and the built npm package, served read-only.
    (name = "www", disk = (path = "www")),
    (name = "pkg", disk = (path = "pkg")),
  ],
  sockets = [
    (name = "http", address = "127.0.0.1:8787", http = (), service = "edge"),
  ],
);

const edgeWorker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "http.js", esModule = embed "http.js"),
    (name = "snapshots.js", esModule = embed "snapshots.js"),
    # The npm package's `workerd` entry, under the bare name the worker imports; its
    # relative imports resolve next to it.
    (name = "stopgate", esModule = embed "../pkg/workerd.js"),
    (name = "api.js", esModule = embed "../pkg/api.js"),
    (name = "stopgate.js", esModule = embed "../pkg/stopgate.js"),
    (name = "stopgate_bg.wasm", wasm = embed "../pkg/stopgate_bg.wasm"),
  ],
  compatibilityDate = "2026-11-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "WWW", service = "www"),
    (name = "PKG", service = "pkg"),
    (name = "PUBLIC_KEY", fromEnvironment = "STOPGATE_PUBLIC_KEY"),
    (name = "REFRESH_SECONDS", fromEnvironment = "STOPGATE_REFRESH_SECONDS"),
    (name = "MAX_AGE_SECONDS", fromEnvironment = "STOPGATE_MAX_AGE_SECONDS"),
    (name = "REGION", fromEnvironment = "STOPGATE_REGION"),
    (name = "BRAND_NAME", fromEnvironment = "STOPGATE_BRAND"),
    (name = "HELP_TEXT", fromEnvironment = "STOPGATE_HELP_TEXT"),
    (name = "MAX_BODY_BYTES", fromEnvironment = "STOPGATE_MAX_BODY_BYTES"),
    (name = "ORIGIN_TIMEOUT_MS", fromEnvironment = "STOPGATE_ORIGIN_TIMEOUT_MS"),
    (name = "TWILIO_AUTH_TOKEN", fromEnvironment = "STOPGATE_TWILIO_AUTH_TOKEN"),
  ],
);
