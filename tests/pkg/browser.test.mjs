// The package in Chromium (headless, driven by playwright-core): a tiny static server on
// 127.0.0.1 serves tests/pkg/ (the installed package under /node_modules/stopgate/) and a page
// whose import map resolves "stopgate" to the file of package.json's `browser` condition. The
// page runs the shared checks; the module loads by streaming compilation (application/wasm).
// Cross-origin isolation headers make SharedArrayBuffer available, so the page tests it too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, normalize, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };

let server;
let browser;
let base;
const served = [];

before(async () => {
  const manifest = JSON.parse(await readFile(join(here, "node_modules/stopgate/package.json"), "utf8"));
  const entry = manifest.exports["."].browser.default.replace(/^\.\//, "");
  const importMap = JSON.stringify({ imports: { stopgate: `/node_modules/stopgate/${entry}` } });
  server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const file = normalize(join(here, path === "/" ? "browser/index.html" : path));
    served.push(path);
    if (!file.startsWith(here)) return res.writeHead(403).end();
    if (path === "/favicon.ico") return res.writeHead(204).end();
    try {
      let body = await readFile(file);
      if (path === "/") body = body.toString().replace("IMPORT_MAP", importMap);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("chromium: every shared check passes in the page", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(base + "/");
  // If the page never finishes, `results` stays undefined and the assertion below says why.
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 60_000 }).catch(() => {});
  const results = await page.evaluate(() => window.__results);
  assert.ok(Array.isArray(results), `the page did not run the checks: ${errors.join("; ")}`);
  assert.ok(results.length > 10, "the checks ran");
  assert.deepEqual(results.filter((r) => !r.ok), []);
  assert.equal(await page.evaluate(() => crossOriginIsolated), true, "SharedArrayBuffer was available");
  assert.ok(served.includes("/node_modules/stopgate/stopgate_bg.wasm"), "the .wasm was fetched from the package");
  assert.deepEqual(errors, []);
  await page.close();
});
