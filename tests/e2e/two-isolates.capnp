# Test-only workerd configuration: the edge worker twice in one process — two isolates,
# `edge` on socket `http` and `edge-b` on socket `http-b` — sharing one Durable Object
# namespace (the outbox and the local changes), the way isolates of one deployed worker
# share it. tests/e2e/outbox.test.mjs proves an opt-out heard by one blocks in the other.
using Workerd = import "/workerd/workerd.capnp";
using Edge = import "../../edge/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = Edge.edgeWorker),
    # Same modules and bindings (EDGE_STATE names the `edge` service's class), no objects of its own.
    (name = "edge-b", worker = (modules = Edge.edgeModules, compatibilityDate = Edge.compatibilityDate, bindings = Edge.edgeBindings)),
    (name = "origin", external = (address = "127.0.0.1:8788", http = ())),
    (name = "www", disk = (path = "www")),
    (name = "pkg", disk = (path = "pkg")),
    (name = "edge-state", disk = (path = ".stopgate-edge-state", writable = true)),
  ],
  sockets = [
    (name = "http", address = "127.0.0.1:8787", http = (), service = "edge"),
    (name = "http-b", address = "127.0.0.1:8789", http = (), service = "edge-b"),
  ],
);
