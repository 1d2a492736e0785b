# Runs the edge worker locally in workerd:
#
#   STOPGATE_PUBLIC_KEY=<hex> STOPGATE_ORIGIN_SECRET=... STOPGATE_API_KEYS=... \
#   STOPGATE_TWILIO_AUTH_TOKEN=... node_modules/.bin/workerd serve edge/workerd.capnp \
#     --socket-addr http=127.0.0.1:8787 --external-addr origin=127.0.0.1:8788 \
#     --directory-path edge-state=<a writable directory>
#
# from the repository root (the `www` and `pkg` directories are relative to the
# current directory; override them with `--directory-path www=... --directory-path pkg=...`).
# Configuration comes from the environment (STOPGATE_* below), so the same file serves
# the demo, the end-to-end tests and the benchmark. wrangler.toml is the deployed twin.
# The Durable Object (outbox, local changes, rollback mark) keeps its SQLite files in the
# `edge-state` directory (default .stopgate-edge-state, which must exist): what the edge
# acknowledged survives a restart of this process.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = .edgeWorker),
    # The origin publisher (`stopgate serve`): snapshots, deltas, inbound log, send backend.
    (name = "origin", external = (address = "127.0.0.1:8788", http = ())),
    # The compose form's static files and the built npm package, served read-only.
    (name = "www", disk = (path = "www")),
    (name = "pkg", disk = (path = "pkg")),
    (name = "edge-state", disk = (path = ".stopgate-edge-state", writable = true)),
  ],
  sockets = [
    (name = "http", address = "127.0.0.1:8787", http = (), service = "edge"),
  ],
);

const edgeWorker :Workerd.Worker = (
  modules = .edgeModules,
  compatibilityDate = .compatibilityDate,
  durableObjectNamespaces = [
    (className = "EdgeState", uniqueKey = "stopgate-edge-state", enableSql = true),
  ],
  durableObjectStorage = (localDisk = "edge-state"),
  bindings = .edgeBindings,
);

const compatibilityDate :Text = "2026-11-01";

# Modules and bindings are named constants so a test configuration can run the same worker
# as a second isolate over the same Durable Object (tests/e2e/two-isolates.capnp).
const edgeModules :List(Workerd.Worker.Module) = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "http.js", esModule = embed "http.js"),
    (name = "snapshots.js", esModule = embed "snapshots.js"),
    (name = "config.js", esModule = embed "config.js"),
    (name = "auth.js", esModule = embed "auth.js"),
    (name = "origin.js", esModule = embed "origin.js"),
    (name = "inbound.js", esModule = embed "inbound.js"),
    (name = "state.js", esModule = embed "state.js"),
    (name = "optin.js", esModule = embed "optin.js"),
    (name = "prefs.js", esModule = embed "prefs.js"),
    (name = "prefs-token.js", esModule = embed "prefs-token.js"),
    (name = "prefs-page.js", esModule = embed "prefs-page.js"),
    (name = "programs.js", esModule = embed "programs.js"),
    # The npm package's `workerd` entry, under the bare name the worker imports; its
    # relative imports resolve next to it.
    (name = "stopgate", esModule = embed "../pkg/workerd.js"),
    (name = "api.js", esModule = embed "../pkg/api.js"),
    (name = "stopgate.js", esModule = embed "../pkg/stopgate.js"),
    (name = "stopgate_bg.wasm", wasm = embed "../pkg/stopgate_bg.wasm"),
];

const edgeBindings :List(Workerd.Worker.Binding) = [
    # The outbox, local changes and rollback mark: the class of the `edge` service.
    (name = "EDGE_STATE", durableObjectNamespace = (className = "EdgeState", serviceName = "edge")),
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
    (name = "STOPGATE_TWILIO_AUTH_TOKEN", fromEnvironment = "STOPGATE_TWILIO_AUTH_TOKEN"),
    (name = "STOPGATE_WEBHOOK_SECRET", fromEnvironment = "STOPGATE_WEBHOOK_SECRET"),
    (name = "STOPGATE_API_KEYS", fromEnvironment = "STOPGATE_API_KEYS"),
    (name = "STOPGATE_ORIGIN_SECRET", fromEnvironment = "STOPGATE_ORIGIN_SECRET"),
    (name = "STOPGATE_INSECURE", fromEnvironment = "STOPGATE_INSECURE"),
    (name = "EXPORT_LIST", fromEnvironment = "STOPGATE_EXPORT_LIST"),
    (name = "PUBLIC_URL", fromEnvironment = "STOPGATE_PUBLIC_URL"),
    (name = "YES_LIFTS", fromEnvironment = "STOPGATE_YES_LIFTS"),
    (name = "LOCAL_CHANGES_CACHE_MS", fromEnvironment = "STOPGATE_LOCAL_CHANGES_CACHE_MS"),
    (name = "QUIET_HOURS", fromEnvironment = "STOPGATE_QUIET_HOURS"),
    # double opt-in (issue 16); PROGRAMS is contract C8's JSON
    (name = "OPTIN_PAGE_VERSION", fromEnvironment = "STOPGATE_OPTIN_PAGE_VERSION"),
    (name = "OPTIN_FREQUENCY", fromEnvironment = "STOPGATE_OPTIN_FREQUENCY"),
    (name = "OPTIN_TERMS_URL", fromEnvironment = "STOPGATE_OPTIN_TERMS_URL"),
    (name = "OPTIN_PRIVACY_URL", fromEnvironment = "STOPGATE_OPTIN_PRIVACY_URL"),
    (name = "PROGRAMS", fromEnvironment = "STOPGATE_PROGRAMS"),
    (name = "REVOKE_ALL", fromEnvironment = "STOPGATE_REVOKE_ALL"),
];
