// The baseline for bench/edge-load.mjs: a bare worker that forwards POST /v1/messages to
// the origin without screening (signed the same way, since the origin requires it), run in
// the same workerd process as the stopgate worker, so the difference between the two is
// what screening costs.
import { config } from "./config.js";
import { readBody } from "./http.js";
import { originFetch } from "./origin.js";

export default {
  async fetch(request, env) {
    const cfg = config(env);
    const body = await readBody(request, cfg.maxBodyBytes);
    const res = await originFetch(env, cfg, "/v1/messages", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    return new Response(res.body, { status: res.status, headers: { "content-type": res.headers.get("content-type") || "application/json" } });
  },
};
