// A minimal module worker that imports the package as an edge worker would and runs the
// shared checks on request; workerd.test.mjs serves it with real workerd.
import * as stopgate from "stopgate";
import { classify, Snapshot, buildSnapshot, screen } from "stopgate";
import { runAll } from "./checks.mjs";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/checks") {
      return Response.json(runAll(stopgate));
    }
    if (url.pathname === "/screen") {
      // The edge's own use: a snapshot from bytes, then a verdict per request.
      const snapshot = Snapshot.fromBytes(buildSnapshot(["+14155550134"], { createdAt: Date.now() }));
      const to = url.searchParams.get("to");
      return Response.json({
        reply: classify(url.searchParams.get("reply") ?? ""),
        // Quiet hours off: the real clock may be in the recipient's night (the check is the list).
        verdict: screen({ to, body: "Sale! Reply STOP to opt out", category: "marketing" }, snapshot, { quietHours: false }),
      });
    }
    return new Response("not found", { status: 404 });
  },
};
