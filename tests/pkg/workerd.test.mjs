// The package in workerd (Cloudflare's runtime): a minimal module worker imports "stopgate",
// served by real workerd on a free 127.0.0.1 port. workerd has no node_modules lookup, so the
// config names the modules itself; the entry is the file package.json's `workerd` condition
// points at, and the .wasm is a `wasm` module (a compiled WebAssembly.Module), as wrangler
// would bundle it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitForHttp } from "./shared/net.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const pkgDir = join(here, "node_modules/stopgate");
const workerd = join(root, "node_modules/.bin/workerd");

let server;
let base;
let dir;
let log = "";

before(async () => {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const entry = manifest.exports["."].workerd.default;
  dir = mkdtempSync(join(tmpdir(), "stopgate-workerd-"));
  copyFileSync(join(here, "workerd/worker.mjs"), join(dir, "worker.mjs"));
  copyFileSync(join(here, "shared/checks.mjs"), join(dir, "checks.mjs"));
  const embed = (file) => JSON.stringify(relative(dir, join(pkgDir, file)));
  const port = await freePort();
  writeFileSync(join(dir, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "checks.mjs", esModule = embed "checks.mjs"),
    (name = "stopgate", esModule = embed ${embed(entry)}),
    (name = "api.js", esModule = embed ${embed("api.js")}),
    (name = "stopgate.js", esModule = embed ${embed("stopgate.js")}),
    (name = "stopgate_bg.wasm", wasm = embed ${embed("stopgate_bg.wasm")}),
  ],
  compatibilityDate = "2025-09-01",
);
`);
  server = spawn(workerd, ["serve", join(dir, "config.capnp")], { stdio: ["ignore", "pipe", "pipe"] });
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/nope`, server, () => log);
});

after(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("workerd: every shared check passes inside the worker", async () => {
  const response = await fetch(`${base}/checks`);
  assert.equal(response.status, 200, log);
  const results = await response.json();
  assert.ok(results.length > 10, "the checks ran");
  assert.deepEqual(results.filter((r) => !r.ok), []);
});

test("workerd: a worker screens and classifies per request", async () => {
  const blocked = await (await fetch(`${base}/screen?to=%2B14155550134&reply=stop%20please`)).json();
  assert.equal(blocked.verdict.decision, "block");
  assert.equal(blocked.verdict.reason, "opted-out");
  assert.equal(blocked.reply.intent, "opt_out");
  const allowed = await (await fetch(`${base}/screen?to=%2B14155550199&reply=thanks`)).json();
  assert.equal(allowed.verdict.decision, "allow");
  assert.equal(allowed.reply.intent, "none");
});
