// End-to-end harness: starts the real origin (`stopgate serve`) and the edge worker
// in the real workerd binary on free loopback ports, waits until both are ready,
// and stops them again — also when a test fails or the process exits.
//
//   import { startStack } from "./harness.mjs";
//   const stack = await startStack({ seedCount: 10 });
//   try { await fetch(`${stack.edgeUrl}/v1/status`) } finally { await stack.stop() }
//
// The origin binary is $STOPGATE_BIN, else target/release/stopgate (scripts/test-e2e.sh
// builds it). Set STOPGATE_E2E_VERBOSE=1 to see both processes' output.
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The credentials every stack runs with (secure by default, as a deployment would):
 * generated once per test process. Tests that need another edge configuration pass
 * `edgeEnv` overrides (e.g. an empty STOPGATE_API_KEYS).
 */
export const SECRETS = {
  apiKey: `sk_e2e_${randomBytes(12).toString("hex")}`,
  twilioToken: randomBytes(16).toString("hex"),
  webhookSecret: randomBytes(16).toString("hex"),
  originSecret: randomBytes(32).toString("hex"),
};
export const secureEdgeEnv = () => ({
  STOPGATE_API_KEYS: SECRETS.apiKey,
  STOPGATE_TWILIO_AUTH_TOKEN: SECRETS.twilioToken,
  STOPGATE_WEBHOOK_SECRET: SECRETS.webhookSecret,
  STOPGATE_ORIGIN_SECRET: SECRETS.originSecret,
});
export const authHeaders = (key = SECRETS.apiKey) => ({ authorization: `Bearer ${key}` });

/** Twilio's X-Twilio-Signature for `url` and the form `fields` (an object or URLSearchParams). */
export function twilioSignature(url, fields, token = SECRETS.twilioToken) {
  const params = fields instanceof URLSearchParams ? fields : new URLSearchParams(fields);
  let data = url;
  for (const k of [...new Set(params.keys())].sort()) for (const v of params.getAll(k)) data += k + v;
  return createHmac("sha1", token).update(data).digest("base64");
}

/** The generic webhook's signature header for `body` (a string), at `t` (unix seconds). */
export function webhookSignature(body, secret = SECRETS.webhookSecret, t = Math.floor(Date.now() / 1000)) {
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

/** The contract-C4 headers the edge puts on an origin request. */
export function originSignature(method, pathAndQuery, body = "", secret = SECRETS.originSecret, ts = Math.floor(Date.now() / 1000)) {
  const mac = createHmac("sha256", secret).update(`${ts}\n${method.toUpperCase()}\n${pathAndQuery}\n`).update(body).digest("hex");
  return { "x-stopgate-timestamp": String(ts), "x-stopgate-signature": `v1=${mac}` };
}
const VERBOSE = process.env.STOPGATE_E2E_VERBOSE === "1";

export function stopgateBin() {
  const target = path.resolve(ROOT, process.env.CARGO_TARGET_DIR || "target");
  const bin = process.env.STOPGATE_BIN || path.join(target, "release/stopgate");
  if (!existsSync(bin)) throw new Error(`no origin binary at ${bin}: run \`cargo build --release --bin stopgate\` or set STOPGATE_BIN`);
  return bin;
}

export function workerdBin() {
  const bin = process.env.WORKERD_BIN || path.join(ROOT, "node_modules/.bin/workerd");
  if (!existsSync(bin)) throw new Error(`no workerd at ${bin}: run \`npm ci\``);
  return bin;
}

// Every child still running when this process exits is killed, so a failing or
// interrupted test run leaves nothing behind.
const children = new Set();
function killAll() {
  for (const c of children) {
    try {
      c.kill("SIGKILL");
    } catch {}
  }
}
process.once("exit", killAll);
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.once(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** Keeps the last lines a process wrote, for error messages. */
function tail(stream, name, keep = 40) {
  const lines = [];
  createInterface({ input: stream }).on("line", (line) => {
    if (VERBOSE) process.stderr.write(`[${name}] ${line}\n`);
    lines.push(line);
    if (lines.length > keep) lines.shift();
  });
  return lines;
}

function track(child, name) {
  children.add(child);
  child.exited = once(child, "exit").then(([code, signal]) => {
    children.delete(child);
    return { code, signal };
  });
  child.stderrTail = tail(child.stderr, name);
  return child;
}

/** Stops a child: SIGTERM, then SIGKILL after `graceMs`. Resolves once it has exited. */
export async function stopProcess(child, graceMs = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Resolves with the first line of `stream` that `parse` accepts, or rejects on exit/timeout. */
function firstLine(child, stream, parse, what, timeoutMs) {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: stream });
    const done = (fn, v) => {
      clearTimeout(timer);
      rl.removeAllListeners("line");
      fn(v);
    };
    const timer = setTimeout(() => done(reject, new Error(`${what}: not ready after ${timeoutMs} ms\n${child.stderrTail.join("\n")}`)), timeoutMs);
    rl.on("line", (line) => {
      if (VERBOSE) process.stderr.write(`[${what}:out] ${line}\n`);
      let value;
      try {
        value = parse(line);
      } catch {
        return;
      }
      if (value) done(resolve, value);
    });
    child.exited.then(({ code, signal }) =>
      done(reject, new Error(`${what} exited (${signal || code}) before it was ready\n${child.stderrTail.join("\n")}`)));
  });
}

/** Polls `probe` until it returns a truthy value; that value is returned. Not a timing assertion: the timeout only bounds a hang. */
export async function waitFor(probe, { timeoutMs = 20000, intervalMs = 100, what = "condition" } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Starts the origin. `port` 0 picks a free one; a restart passes the previous port
 * (the edge's configuration points at it) and the same data directory.
 */
export async function startOrigin({ dataDir, port = 0, seedCount, allowFaults = true, snapshotInterval, args = [], env = {}, startTimeoutMs = 180000 } = {}) {
  const argv = ["serve", "--listen", `127.0.0.1:${port}`, "--data", dataDir];
  if (seedCount !== undefined) argv.push("--seed-count", String(seedCount));
  if (allowFaults) argv.push("--allow-faults");
  if (snapshotInterval !== undefined) argv.push("--snapshot-interval", String(snapshotInterval));
  argv.push(...args);
  const childEnv = { ...process.env, STOPGATE_ORIGIN_SECRET: SECRETS.originSecret, ...env };
  const child = track(spawn(stopgateBin(), argv, { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] }), "origin");
  try {
    const ready = await firstLine(child, child.stdout, (line) => {
      const v = JSON.parse(line);
      return v && v.listening ? v : null;
    }, "origin", startTimeoutMs);
    if (VERBOSE) createInterface({ input: child.stdout }).on("line", (l) => process.stderr.write(`[origin:out] ${l}\n`));
    else child.stdout.resume();
    const originUrl = `http://${ready.listening}`;
    await waitFor(async () => (await fetch(`${originUrl}/v1/health`)).ok, { what: "origin health", timeoutMs: startTimeoutMs });
    return { child, originUrl, port: Number(ready.listening.split(":").pop()), publicKey: ready.publicKey };
  } catch (e) {
    await stopProcess(child);
    throw e;
  }
}

/** The compose form's directory; an empty one until www/ exists (workerd refuses a missing directory). */
let emptyWww = null;
function wwwDir() {
  const www = path.join(ROOT, "www");
  if (existsSync(www)) return www;
  if (!emptyWww) {
    emptyWww = mkdtempSync(path.join(tmpdir(), "stopgate-www-"));
    process.once("exit", () => rmSync(emptyWww, { recursive: true, force: true }));
  }
  return emptyWww;
}

/** A fresh directory for an edge's Durable Object storage, removed at exit. */
export function stateDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "stopgate-edge-state-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Starts workerd with edge/workerd.capnp pointed at the origin on `originPort`, with the
 * secure default configuration (SECRETS) unless `env` overrides it, and its Durable Object
 * storage in `state` (a fresh directory by default; pass the same one to restart an edge).
 */
export async function startEdge({ originPort, publicKey, env = {}, port = 0, state = stateDir(), startTimeoutMs = 60000,
  config = "edge/workerd.capnp", extraSockets = [] } = {}) {
  const argv = [
    "serve", path.join(ROOT, config),
    "--socket-addr", `http=127.0.0.1:${port}`,
    ...extraSockets.flatMap((name) => ["--socket-addr", `${name}=127.0.0.1:0`]),
    "--external-addr", `origin=127.0.0.1:${originPort}`,
    "--directory-path", `www=${wwwDir()}`,
    "--directory-path", `pkg=${path.join(ROOT, "pkg")}`,
    "--directory-path", `edge-state=${state}`,
    "--control-fd", "3",
  ];
  // Quiet hours off unless a test turns them on: the tests send marketing on the real clock,
  // which would otherwise be held at night in the US (tests/e2e/quiet.test.mjs tests them).
  const childEnv = { ...process.env, STOPGATE_PUBLIC_KEY: publicKey ?? "", STOPGATE_QUIET_HOURS: "off", ...secureEdgeEnv() };
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== null) childEnv[k] = String(v);
  const child = track(spawn(workerdBin(), argv, { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe", "pipe"] }), "workerd");
  if (VERBOSE) createInterface({ input: child.stdout }).on("line", (l) => process.stderr.write(`[workerd:out] ${l}\n`));
  else child.stdout.resume();
  try {
    const want = new Set(["http", ...extraSockets]);
    const ports = {};
    await firstLine(child, child.stdio[3], (line) => {
      const v = JSON.parse(line);
      if (v.event === "listen" && want.has(v.socket)) ports[v.socket] = v.port;
      return Object.keys(ports).length === want.size ? ports : null;
    }, "workerd", startTimeoutMs);
    const urls = Object.fromEntries(Object.entries(ports).map(([k, p]) => [k, `http://127.0.0.1:${p}`]));
    return { child, edgeUrl: urls.http, port: ports.http, urls, state };
  } catch (e) {
    await stopProcess(child);
    throw e;
  }
}

/**
 * Starts origin + edge. Options:
 *   seedCount, allowFaults (default true), snapshotInterval, originArgs: origin flags
 *   refreshSeconds (default 1), maxAgeSeconds, brand, region, edgeEnv: edge configuration
 *   dataDir: reuse a directory (default: a fresh temporary one, removed by stop())
 *   waitForSnapshot (default true): wait until the edge has loaded a verified snapshot
 *   programs, revokeAll: the deployment's programs array (C8) and REVOKE_ALL (C9), given to
 *     both the origin (--programs FILE, --revoke-all) and the edge (PROGRAMS, REVOKE_ALL)
 * Returns { edgeUrl, originUrl, publicKey, dataDir, stop(), stopOrigin(), startOrigin(),
 *   restartOrigin(), restartEdge(), setFault(mode), status(), waitForSequence(n), ... }.
 */
export async function startStack(options = {}) {
  const {
    seedCount = 0, allowFaults = true, snapshotInterval, originArgs = [],
    refreshSeconds = 1, maxAgeSeconds, brand, region, edgeEnv = {}, waitForSnapshot = true,
    startTimeoutMs = 180000, originEnv = {},
  } = options;
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir || mkdtempSync(path.join(tmpdir(), "stopgate-e2e-"));
  const programArgs = [];
  const programEnv = {};
  if (options.programs) {
    const file = path.join(dataDir, "programs.json");
    writeFileSync(file, JSON.stringify(options.programs));
    programArgs.push("--programs", file);
    programEnv.STOPGATE_PROGRAMS = JSON.stringify(options.programs);
  }
  if (options.revokeAll) {
    programArgs.push("--revoke-all", options.revokeAll);
    programEnv.STOPGATE_REVOKE_ALL = options.revokeAll;
  }
  const originOptions = { dataDir, seedCount, allowFaults, snapshotInterval, args: [...originArgs, ...programArgs], env: originEnv, startTimeoutMs };
  const env = {
    ...programEnv,
    STOPGATE_REFRESH_SECONDS: refreshSeconds,
    STOPGATE_MAX_AGE_SECONDS: maxAgeSeconds,
    STOPGATE_BRAND: brand,
    STOPGATE_REGION: region,
    ...edgeEnv,
  };

  let origin = null;
  let edge = null;
  const stack = {
    dataDir,
    get originUrl() {
      return origin && `http://127.0.0.1:${origin.port}`;
    },
    originPort: null,
    publicKey: null,
    edgeUrl: null,

    /** Stops the origin (SIGTERM, then SIGKILL); the edge keeps running. */
    async stopOrigin() {
      if (origin) await stopProcess(origin.child);
    },
    /** Starts the origin again on the same port and data directory. */
    async startOrigin(extra = {}) {
      if (origin && origin.child.exitCode === null && origin.child.signalCode === null) throw new Error("origin is already running");
      const next = await startOrigin({ ...originOptions, ...extra, port: stack.originPort });
      if (next.publicKey !== stack.publicKey) {
        await stopProcess(next.child);
        throw new Error(`origin came back with another public key (${next.publicKey}, was ${stack.publicKey})`);
      }
      origin = next;
    },
    async restartOrigin(extra = {}) {
      await stack.stopOrigin();
      await stack.startOrigin(extra);
    },
    /**
     * Restarts workerd on the same port (a fresh isolate: empty overlay, snapshot loaded
     * again); `wait: false` returns before it has a snapshot.
     */
    async restartEdge(extraEnv = {}, { wait = waitForSnapshot, freshState = false, originPort = stack.originPort } = {}) {
      await stopProcess(edge.child);
      edge = await startEdge({ originPort, publicKey: stack.publicKey, env: { ...env, ...extraEnv }, port: edge.port,
        state: freshState ? stateDir() : edge.state, startTimeoutMs });
      if (wait) await stack.waitForSequence(0);
    },
    /** Stops both processes and removes a temporary data directory. */
    async stop() {
      await Promise.all([edge && stopProcess(edge.child), origin && stopProcess(origin.child)]);
      if (ownDataDir && !options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    },

    /** The edge's GET /v1/status. */
    async status() {
      const res = await fetch(`${stack.edgeUrl}/v1/status`);
      return res.json();
    },
    /** Waits until the edge's snapshot has reached `sequence` (0: any snapshot at all). */
    async waitForSequence(sequence, opts = {}) {
      return waitFor(async () => {
        const s = await stack.status();
        return s.sequence !== null && s.sequence >= sequence ? s : null;
      }, { what: `edge snapshot at sequence >= ${sequence}`, ...opts });
    },
    /**
     * The origin's fault mode (`ok`, `corrupt`, `wrong-key`, `stale`); needs allowFaults.
     * `extra` goes along, e.g. `{ ageSeconds: 3600 }` to backdate the stale snapshot.
     */
    async setFault(mode, extra = {}) {
      const res = await stack.originCall("/v1/admin/faults", { method: "POST", body: JSON.stringify({ snapshot: mode, ...extra }) });
      if (res.status !== 200) throw new Error(`POST /v1/admin/faults answered ${res.status}: ${res.text}`);
    },
    async originHealth() {
      return (await fetch(`${stack.originUrl}/v1/health`)).json();
    },
    /** A request to the origin signed the way the edge signs (contract C4); returns call()'s shape. */
    async originCall(pathAndQuery, init = {}) {
      // A nonce, as the edge adds: the origin refuses a signature it has seen (replay).
      pathAndQuery += `${pathAndQuery.includes("?") ? "&" : "?"}nonce=${randomBytes(8).toString("hex")}`;
      const method = init.method || "GET";
      const body = init.body ?? "";
      return call(`${stack.originUrl}${pathAndQuery}`, {
        ...init,
        method,
        headers: { ...(body ? { "content-type": "application/json" } : {}), ...originSignature(method, pathAndQuery, body), ...(init.headers || {}) },
        body: method === "GET" || method === "HEAD" ? undefined : body,
      });
    },
    /** The origin's log of received send requests (GET /v1/messages). */
    async originMessages(limit = 1000) {
      const res = await stack.originCall(`/v1/messages?limit=${limit}`);
      if (res.status !== 200) throw new Error(`GET /v1/messages answered ${res.status}: ${res.text}`);
      return res.body;
    },
    /** POST /v1/messages through the edge (with the API key); returns { status, headers, body } with body parsed when JSON. */
    async send(message, { key = SECRETS.apiKey, url = stack.edgeUrl } = {}) {
      return call(`${url}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? authHeaders(key) : {}) },
        body: JSON.stringify(message),
      });
    },
    /**
     * A Twilio webhook through the edge, signed with the stack's token: fields From, To, Body,
     * MessageSid (generated when absent). `sign: false` sends it unsigned, `token` signs with another.
     */
    async inbound(fields, { sign = true, token = SECRETS.twilioToken, url = stack.edgeUrl } = {}) {
      const form = new URLSearchParams({ To: "+15005550006", MessageSid: nextSid(), ...fields });
      const target = `${url}/v1/inbound`;
      const headers = { "content-type": "application/x-www-form-urlencoded" };
      if (sign) headers["x-twilio-signature"] = twilioSignature(target, form, token);
      return call(target, { method: "POST", headers, body: form.toString() });
    },
    /** Records a reply straight at the origin (as an edge would forward it), signed; returns the answer. */
    async originInbound(from, body = "STOP", extra = {}) {
      const res = await stack.originCall("/v1/inbound", {
        method: "POST",
        body: JSON.stringify({
          messageId: nextSid(), from, to: "+15005550006", body, receivedAt: Date.now(), provider: "webhook",
          classification: { intent: "opt_out", scope: "all", keyword: "stop", rule: "keyword", lang: "en", confidence: 1, strict: true },
          ...extra,
        }),
      });
      if (res.status !== 200) throw new Error(`origin refused the reply of ${from}: ${res.status} ${res.text}`);
      return res.body;
    },
  };

  try {
    origin = await startOrigin(originOptions);
    stack.originPort = origin.port;
    stack.publicKey = origin.publicKey;
    edge = await startEdge({ originPort: origin.port, publicKey: origin.publicKey, env, startTimeoutMs });
    stack.edgeUrl = edge.edgeUrl;
    stack.edge = () => edge;
    if (waitForSnapshot) await stack.waitForSequence(0, { timeoutMs: startTimeoutMs });
    return stack;
  } catch (e) {
    await stack.stop();
    throw e;
  }
}

let sid = 0;
/** A unique Twilio-style MessageSid. */
export const nextSid = () => `SM${process.pid.toString(16)}${Date.now().toString(16)}${(sid++).toString(16).padStart(6, "0")}`;

/** fetch, returning { status, headers, text, body } with `body` parsed when the response is JSON. */
export async function call(url, init) {
  const res = await fetch(url, init);
  const text = await res.text();
  let body = text;
  if ((res.headers.get("content-type") || "").includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {}
  }
  return { status: res.status, headers: res.headers, text, body };
}

let phones = 0;
const phoneBase = 1000 + (process.pid % 80) * 100;
/** A fresh, well-formed US number (555 exchange) for each call, distinct across concurrent test files. */
export const phone = () => `+1415555${String((phoneBase + phones++) % 10000).padStart(4, "0")}`;

/** Finds a header value in a logged request however the origin nests it (case-insensitive key). */
export function findHeader(entry, name) {
  if (!entry || typeof entry !== "object") return undefined;
  for (const [k, v] of Object.entries(entry)) {
    if (k.toLowerCase() === name.toLowerCase() && (typeof v === "string" || typeof v === "number")) return v;
  }
  for (const v of Object.values(entry)) {
    const found = findHeader(v, name);
    if (found !== undefined) return found;
  }
  return undefined;
}
