// A recording proxy between an edge and the origin, for the freshness and rollback tests:
// it passes requests through (the edge's signatures included) and keeps the origin's
// answers, and can then play an older origin ("old": the first snapshot and freshness it
// saw), a frozen one ("frozen": the last "nothing new" answer, forever) or pass again.
import { createServer } from "node:http";
import { once } from "node:events";

export async function startProxy(originUrl) {
  const seen = { snapshots: [], freshness: [], lastNothingNew: null };
  const state = { mode: "pass", originUrl };
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, "http://proxy");
    const isSnapshot = req.method === "GET" && url.pathname === "/v1/snapshot";
    const isDelta = req.method === "GET" && url.pathname === "/v1/snapshot/delta";
    const send = (r) => {
      res.writeHead(r.status, r.headers);
      res.end(r.body);
    };
    if (state.mode !== "pass" && (isSnapshot || isDelta)) {
      if (isSnapshot && state.mode === "old" && seen.snapshots[0]) return send(seen.snapshots[0]);
      if (isSnapshot && state.mode === "frozen" && seen.snapshots.length) return send(seen.snapshots[seen.snapshots.length - 1]);
      // "Nothing new", with a recorded statement: the oldest (old) or the last (frozen).
      const f = state.mode === "old" ? seen.freshness[0] : seen.freshness[seen.freshness.length - 1];
      return send({ status: 204, headers: { ...(f ? { "x-stopgate-freshness": f } : {}) }, body: null });
    }
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (k !== "host" && k !== "connection" && k !== "content-length") headers[k] = v;
    if (isSnapshot) delete headers["if-none-match"]; // always a full answer, so it can be replayed
    let upstream;
    try {
      upstream = await fetch(state.originUrl + req.url, { method: req.method, headers, body: ["GET", "HEAD"].includes(req.method) ? undefined : body });
    } catch (e) {
      res.writeHead(502, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: "proxy", message: String(e) }));
    }
    const out = { status: upstream.status, headers: {}, body: Buffer.from(await upstream.arrayBuffer()) };
    for (const [k, v] of upstream.headers) if (!["content-length", "transfer-encoding", "connection", "keep-alive"].includes(k)) out.headers[k] = v;
    const f = upstream.headers.get("x-stopgate-freshness");
    if (f && (isSnapshot || isDelta)) seen.freshness.push(f);
    if (isSnapshot && upstream.status === 200) seen.snapshots.push(out);
    send(out);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: server.address().port,
    seen,
    set mode(m) {
      state.mode = m;
    },
    get mode() {
      return state.mode;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
