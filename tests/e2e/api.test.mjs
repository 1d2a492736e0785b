// The edge's HTTP surface: validation errors name the field, size limits, unknown
// paths and methods, status, the snapshot endpoint, batch screening, static files.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { ROOT, authHeaders, call, nextSid, phone, startEdge, startStack, stopProcess, twilioSignature } from "./harness.mjs";

let stack;
before(async () => {
  stack = await startStack({ seedCount: 20, refreshSeconds: 1 });
});
after(async () => {
  await stack?.stop();
});

// Every request carries the credentials its route needs (the API key; a Twilio signature for
// /v1/inbound), so these tests reach the validation they are about.
const post = (p, body, type = "application/json") => {
  const headers = { "content-type": type, ...authHeaders() };
  if (p === "/v1/inbound") headers["x-twilio-signature"] = twilioSignature(`${stack.edgeUrl}${p}`, new URLSearchParams(body));
  return call(`${stack.edgeUrl}${p}`, { method: "POST", headers, body });
};
const get = (p, init = {}) => fetch(`${stack.edgeUrl}${p}`, { ...init, headers: { ...authHeaders(), ...(init.headers || {}) } });

describe("bad requests", () => {
  const cases = [
    { name: "invalid JSON", body: '{"to": "+14155550100",', field: null, error: "invalid-json" },
    { name: "not an object", body: "[1,2]", field: null, error: "invalid-json" },
    { name: "missing to", body: { body: "hi", category: "marketing" }, field: "to" },
    { name: "to not a string", body: { to: 4155550100, body: "hi", category: "marketing" }, field: "to" },
    { name: "to not a phone number", body: { to: "call me maybe", body: "hi", category: "marketing" }, field: "to" },
    { name: "missing body", body: { to: "+14155550100", category: "marketing" }, field: "body" },
    { name: "missing category", body: { to: "+14155550100", body: "hi" }, field: "category" },
    { name: "unknown category", body: { to: "+14155550100", body: "hi", category: "promo" }, field: "category" },
  ];
  for (const c of cases) {
    test(`POST /v1/messages, ${c.name}: 400 naming the field`, async () => {
      const res = await post("/v1/messages", typeof c.body === "string" ? c.body : JSON.stringify(c.body));
      assert.equal(res.status, 400, res.text);
      assert.equal(typeof res.body.message, "string");
      if (c.field) {
        assert.equal(res.body.field, c.field);
        assert.ok(res.body.message.includes(c.field), `the message names the field: ${res.body.message}`);
      }
      if (c.error) assert.equal(res.body.error, c.error);
    });
  }

  test("POST /v1/inbound without From: 400 naming From", async () => {
    const res = await post("/v1/inbound", new URLSearchParams({ To: "+15005550006", Body: "STOP", MessageSid: "SMx" }).toString(),
      "application/x-www-form-urlencoded");
    assert.equal(res.status, 400);
    assert.equal(res.body.field, "From");
  });

  test("POST /v1/inbound with a From that is not a number: 400", async () => {
    const res = await post("/v1/inbound", new URLSearchParams({ From: "nobody", To: "+15005550006", Body: "STOP", MessageSid: "SMy" }).toString(),
      "application/x-www-form-urlencoded");
    assert.equal(res.status, 400);
    assert.equal(res.body.field, "From");
  });

  test("POST /v1/screen without recipients: 400 naming recipients", async () => {
    const res = await post("/v1/screen", JSON.stringify({ body: "hi", category: "marketing" }));
    assert.equal(res.status, 400);
    assert.equal(res.body.field, "recipients");
  });

  test("a body over the limit: 413", async () => {
    const big = JSON.stringify({ to: "+14155550100", body: "x".repeat(70 * 1024), category: "marketing" });
    const res = await post("/v1/messages", big);
    assert.equal(res.status, 413, res.text);
    const inbound = await post("/v1/inbound", `From=%2B14155550100&To=%2B15005550006&MessageSid=SMz&Body=${"y".repeat(70 * 1024)}`,
      "application/x-www-form-urlencoded");
    assert.equal(inbound.status, 413);
  });

  test("unknown path: 404; wrong method: 405 with Allow", async () => {
    assert.equal((await call(`${stack.edgeUrl}/v1/nope`)).status, 404);
    assert.equal((await call(`${stack.edgeUrl}/no-such-file.html`)).status, 404);
    const wrong = await call(`${stack.edgeUrl}/v1/messages`);
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get("allow"), "POST");
    const del = await call(`${stack.edgeUrl}/v1/status`, { method: "DELETE" });
    assert.equal(del.status, 405);
  });
});

describe("webhook signatures", () => {
  test("with TWILIO_AUTH_TOKEN set, an unsigned or wrongly signed webhook is refused", async () => {
    const token = "e2e-auth-token";
    const edge = await startEdge({ originPort: stack.originPort, publicKey: stack.publicKey, env: { STOPGATE_TWILIO_AUTH_TOKEN: token } });
    try {
      const url = `${edge.edgeUrl}/v1/inbound`;
      const fields = { From: phone(), To: "+15005550006", Body: "HELP", MessageSid: nextSid() };
      const sign = (key) => {
        let data = url;
        for (const k of Object.keys(fields).sort()) data += k + fields[k];
        return createHmac("sha1", key).update(data).digest("base64");
      };
      const post = (headers) => call(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams(fields).toString(),
      });
      assert.equal((await post({})).status, 403);
      assert.equal((await post({ "x-twilio-signature": sign("not-the-token") })).status, 403);
      const ok = await post({ "x-twilio-signature": sign(token) });
      assert.equal(ok.status, 200, ok.text);
      assert.match(ok.text, /<Message>/);
    } finally {
      await stopProcess(edge.child);
    }
  });
});

describe("status and snapshot", () => {
  test("GET /v1/status reports the snapshot", async () => {
    const s = await stack.status();
    for (const key of ["sequence", "entries", "ageSeconds", "deltasApplied", "stale", "lastRefresh", "lastRefreshError", "overlaySize"]) {
      assert.ok(key in s, `status has ${key}: ${JSON.stringify(s)}`);
    }
    assert.equal(typeof s.sequence, "number");
    assert.ok(s.entries >= 20, `the seeded entries are in the snapshot: ${s.entries}`);
    assert.equal(s.stale, false);
    assert.equal(s.lastRefreshError, null);
  });

  test("GET /v1/snapshot serves the verified bytes with an ETag; If-None-Match gives 304", async () => {
    const res = await get("/v1/snapshot");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/octet-stream");
    const etag = res.headers.get("etag");
    const { sequence: current } = await stack.status();
    // The newest full file the origin has published; deltas may have moved the edge past it.
    assert.match(etag, /^"\d+"$/);
    const sequence = Number(etag.slice(1, -1));
    assert.ok(sequence <= current, `etag ${etag}, edge at ${current}`);
    assert.equal(res.headers.get("x-stopgate-sequence"), String(sequence));
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.ok(bytes.byteLength > 0);
    const again = await get("/v1/snapshot", { headers: { "if-none-match": etag } });
    assert.equal(again.status, 304);

    // The bytes verify with the origin's key in the package too (what the compose form does).
    const { Snapshot } = await importPackage();
    const snap = Snapshot.fromBytes(bytes, { publicKey: stack.publicKey });
    assert.equal(snap.sequence, sequence);
  });
});

describe("deltas for the compose form", () => {
  test("GET /v1/snapshot/delta: 204 when current, 400 naming since, signed deltas that apply", async () => {
    const pkg = await importPackage();
    const full = await get("/v1/snapshot");
    const snap = pkg.Snapshot.fromBytes(new Uint8Array(await full.arrayBuffer()), { publicKey: stack.publicKey });
    try {
      const base = snap.sequence;
      const { sequence: edgeAt } = await stack.status();
      const current = await get(`/v1/snapshot/delta?since=${edgeAt}`);
      assert.equal(current.status, 204);

      for (const bad of ["", "abc", "-1"]) {
        const res = await call(`${stack.edgeUrl}/v1/snapshot/delta?since=${bad}`, { headers: authHeaders() });
        assert.equal(res.status, 400, `since=${bad}`);
        assert.equal(res.body.field, "since");
      }

      const to = phone();
      assert.equal((await stack.inbound({ From: to, Body: "STOP" })).status, 200);
      const { sequence } = await stack.originHealth();
      const res = await get(`/v1/snapshot/delta?since=${base}`);
      assert.equal(res.status, 200);
      snap.applyDelta(new Uint8Array(await res.arrayBuffer()));
      assert.ok(snap.sequence >= sequence);
      assert.equal(snap.check(to).suppressed, true);
    } finally {
      snap.free();
    }
  });
});

describe("batch screening", () => {
  test("POST /v1/screen gives a verdict per recipient", async () => {
    const out = phone();
    const ok = phone();
    assert.equal((await stack.inbound({ From: out, Body: "STOP" })).status, 200);
    const res = await post("/v1/screen", JSON.stringify({
      recipients: [out, ok, "not a number", "9".repeat(300)],
      body: "Weekend sale! Reply STOP to opt out.",
      category: "marketing",
    }));
    assert.equal(res.status, 200, res.text);
    const [a, b, c, d] = res.body.results;
    // Too long to be a number: that entry's verdict, not a 500 for the batch.
    assert.equal(d.decision, "block", JSON.stringify(d));
    assert.equal(d.reason, "invalid-recipient");
    assert.equal(a.decision, "block");
    assert.equal(a.reason, "opted-out");
    assert.notEqual(b.decision, "block", JSON.stringify(b));
    assert.equal(c.decision, "block");
    assert.equal(c.reason, "invalid-recipient");
    assert.equal(typeof res.body.snapshot, "number");
  });
});

describe("static files", () => {
  test("GET /pkg/package.json is served as JSON", async () => {
    const res = await fetch(`${stack.edgeUrl}/pkg/package.json`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type"), /^application\/json/);
    assert.equal((await res.json()).name, "stopgate");
  });

  test("GET /pkg/ files with their content types", async () => {
    const wasm = listDir(path.join(ROOT, "pkg")).find((f) => f.endsWith(".wasm"));
    if (wasm) {
      const res = await fetch(`${stack.edgeUrl}/pkg/${wasm}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "application/wasm");
    }
    const res = await fetch(`${stack.edgeUrl}/pkg/../Cargo.toml`);
    assert.equal(res.status, 404);
  });

  test("GET / serves the compose form", { skip: !existsSync(path.join(ROOT, "www/index.html")) && "www/index.html not there yet" }, async () => {
    const res = await fetch(`${stack.edgeUrl}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type"), /^text\/html/);
  });
});

function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The built package's Node entry (pkg/package.json `exports`). */
async function importPackage() {
  const pkgJson = JSON.parse(readFileSync(path.join(ROOT, "pkg/package.json"), "utf8"));
  const root = pkgJson.exports?.["."] ?? pkgJson.exports;
  const pick = (e) => (typeof e === "string" ? e : e && (pick(e.node) || pick(e.import) || pick(e.default)));
  const entry = pick(root) || pkgJson.main;
  return import(pathToFileURL(path.join(ROOT, "pkg", entry)).href);
}
