# bench/edge-load.mjs: the stopgate worker (socket `http`) and a bare pass-through worker
# (socket `http-bare`, bench/passthrough.js) in one workerd process, over one origin.
using Workerd = import "/workerd/workerd.capnp";
using Edge = import "../edge/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = Edge.edgeWorker),
    (name = "bare", worker = (
      modules = [
        (name = "passthrough.js", esModule = embed "passthrough.js"),
        (name = "config.js", esModule = embed "../edge/config.js"),
        (name = "auth.js", esModule = embed "../edge/auth.js"),
        (name = "http.js", esModule = embed "../edge/http.js"),
        (name = "origin.js", esModule = embed "../edge/origin.js"),
        # config.js reads the deployment's programs through the package.
        (name = "programs.js", esModule = embed "../edge/programs.js"),
        (name = "stopgate", esModule = embed "../pkg/workerd.js"),
        (name = "api.js", esModule = embed "../pkg/api.js"),
        (name = "stopgate.js", esModule = embed "../pkg/stopgate.js"),
        (name = "stopgate_bg.wasm", wasm = embed "../pkg/stopgate_bg.wasm"),
      ],
      compatibilityDate = Edge.compatibilityDate,
      bindings = [
        (name = "ORIGIN", service = "origin"),
        (name = "STOPGATE_ORIGIN_SECRET", fromEnvironment = "STOPGATE_ORIGIN_SECRET"),
      ],
    )),
    (name = "origin", external = (address = "127.0.0.1:8788", http = ())),
    (name = "www", disk = (path = "www")),
    (name = "pkg", disk = (path = "pkg")),
    (name = "edge-state", disk = (path = ".stopgate-edge-state", writable = true)),
  ],
  sockets = [
    (name = "http", address = "127.0.0.1:8787", http = (), service = "edge"),
    (name = "http-bare", address = "127.0.0.1:8790", http = (), service = "bare"),
  ],
);
