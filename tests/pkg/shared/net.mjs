// Ports and readiness for the tests that start servers (127.0.0.1 only).
import { createServer } from "node:net";

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers at all; rejects if `child` exits first or after 30 s. */
export async function waitForHttp(url, child, log = () => "") {
  const deadline = Date.now() + 30_000;
  let exited = null;
  child?.once("exit", (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited (${exited}) before it was ready:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server not ready after 30 s:\n${log()}`);
}
