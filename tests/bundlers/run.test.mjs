// The packed package in the toolchains people use (issue 13), one small app each: classify a
// reply, load a snapshot (fetch() in the browser, fs on servers), look numbers up, read an
// error code. scripts/test-bundlers.sh packs the tarball, unpacks it into a throwaway project
// ($STOPGATE_BUNDLER_DIR/node_modules/stopgate, next to links to the root's dev tools) and
// copies these fixtures there; each test runs one tool in its fixture's directory.
//   browsers  Vite, webpack, Rollup, esbuild builds, loaded in headless Chromium
//   servers   Node (import and require), Bun (both), Jest (CommonJS), Vitest
//   types     tsc --strict under moduleResolution bundler, node16, nodenext
//   edge      wrangler deploy --dry-run of edge/ with its real wrangler.toml
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { existsSync, readFileSync, readdirSync, cpSync, mkdirSync } from "node:fs";
import { join, normalize, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { EXPECTED } from "./app/check.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const work = process.env.STOPGATE_BUNDLER_DIR;
const skip = work ? false : "run through scripts/test-bundlers.sh (it sets STOPGATE_BUNDLER_DIR)";
const bin = (tool) => join(root, "node_modules/.bin", tool);
const snapshotFile = work && join(work, "snapshot.bin");
const env = {
  ...process.env,
  STOPGATE_SNAPSHOT: snapshotFile,
  STOPGATE_EXPECTED: JSON.stringify(EXPECTED),
  // No telemetry, update checks or prompts from the tools.
  WRANGLER_SEND_METRICS: "false",
  CI: "1",
  NO_UPDATE_NOTIFIER: "1",
  DO_NOT_TRACK: "1",
};

/** Runs `tool args` in the fixture directory `dir`; its stdout, or a failed assertion with its output. */
function run(dir, tool, args, options = {}) {
  const started = Date.now();
  const r = spawnSync(tool, args, { cwd: join(work, dir), env, encoding: "utf8", timeout: 180_000, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`  ${dir}: ${tool.split("/").pop()} ${args.join(" ")} (${seconds} s)\n`);
  assert.equal(r.status, 0, `${tool} ${args.join(" ")} in ${dir} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

let chromium = null;
let browser = null;

before(async () => {
  if (skip) return;
  // The snapshot every app looks numbers up in, built with the package itself.
  const { buildSnapshot } = await import(join(work, "node_modules/stopgate/node.js"));
  const { writeFileSync } = await import("node:fs");
  writeFileSync(snapshotFile, buildSnapshot(["+14155550134"], { sequence: 1 }));
});

after(async () => {
  await browser?.close();
});

async function launch() {
  if (!browser) {
    ({ chromium } = await import("playwright-core"));
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
  }
  return browser;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };

/**
 * Serves `dir`'s build output (its dist/, else the fixture's own index.html at /) and the
 * snapshot at /snapshot.bin on 127.0.0.1, opens the page in Chromium and returns what the
 * app reported, with the paths the page fetched.
 */
async function inChromium(dir) {
  const dist = join(work, dir, "dist");
  const served = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    served.push(path);
    if (path === "/favicon.ico") return res.writeHead(204).end();
    let file = path === "/snapshot.bin" ? snapshotFile : normalize(join(dist, path === "/" ? "index.html" : path));
    if (path === "/" && !existsSync(file)) file = join(work, dir, "index.html");
    if (file !== snapshotFile && !file.startsWith(join(work, dir))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const page = await (await launch()).newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => globalThis.__result !== undefined, null, { timeout: 60_000 }).catch(() => {});
    const result = await page.evaluate(() => globalThis.__result);
    return { result, errors, served };
  } finally {
    await page.close();
    server.close();
  }
}

/** The built bundle's result, the .wasm fetched from the build output, no page errors. */
async function assertBrowserApp(dir) {
  const { result, errors, served } = await inChromium(dir);
  assert.deepEqual(result, EXPECTED, `page errors: ${errors.join("; ")}`);
  assert.ok(served.some((p) => p.endsWith(".wasm")), `the .wasm was fetched: ${served.join(" ")}`);
  assert.deepEqual(errors, []);
}

async function files(dir) {
  const out = [];
  for (const name of await readdir(dir, { recursive: true })) {
    if ((await stat(join(dir, name))).isFile()) out.push(name);
  }
  return out;
}

test("Vite: vite build with no configuration, in Chromium", { skip }, async () => {
  run("vite", bin("vite"), ["build", "--logLevel", "warn"]);
  assert.ok((await files(join(work, "vite/dist"))).some((f) => f.endsWith(".wasm")), "Vite copied the .wasm");
  await assertBrowserApp("vite");
});

test("webpack 5: the three-line webpack.config.js, in Chromium", { skip }, async () => {
  run("webpack", bin("webpack"), ["--no-stats"]);
  await assertBrowserApp("webpack");
});

test("Rollup: node-resolve plus the .wasm copied, stopgate/init, in Chromium", { skip }, async () => {
  run("rollup", bin("rollup"), ["-c", "--silent"]);
  await assertBrowserApp("rollup");
});

test("esbuild: an iife bundle (no top-level await) with --loader:.wasm=file, in Chromium", { skip }, async () => {
  run("esbuild", bin("esbuild"), ["main.js", "--bundle", "--format=iife", "--loader:.wasm=file", "--outdir=dist", "--log-level=warning"]);
  await assertBrowserApp("esbuild");
});

for (const file of ["app.mjs", "app.cjs"]) {
  test(`Node ${process.version}: ${file.endsWith("cjs") ? "require" : "import"}, snapshot from fs`, { skip }, () => {
    assert.deepEqual(JSON.parse(run("node", process.execPath, [file, snapshotFile])), EXPECTED);
  });
  test(`Bun: ${file.endsWith("cjs") ? "require" : "import"}, snapshot from fs`, { skip }, () => {
    assert.deepEqual(JSON.parse(run("bun", bin("bun"), [file, snapshotFile])), EXPECTED);
  });
}

test("Jest (CommonJS): require('stopgate')", { skip }, () => {
  run("jest", process.execPath, [join(root, "node_modules/jest/bin/jest.js"), "--ci", "--silent", "--config", "jest.config.cjs"]);
});

test("Vitest: import from 'stopgate'", { skip }, () => {
  run("vitest", bin("vitest"), ["run", "--reporter=dot"]);
});

for (const resolution of ["bundler", "node16", "nodenext"]) {
  test(`tsc --strict, moduleResolution ${resolution}`, { skip }, () => {
    run("types", bin("tsc"), ["-p", `tsconfig.${resolution}.json`]);
  });
}

test("wrangler deploy --dry-run of edge/ (its wrangler.toml, assets from www/ and pkg/)", { skip }, async () => {
  // edge/ as a project of its own next to the unpacked package, as `make edge-deploy-check`
  // prepares it in place.
  const edge = join(work, "edge");
  // Every module of the worker and its config (the worker is split by boundary: a fixed list
  // here would miss the next module).
  mkdirSync(edge, { recursive: true });
  for (const name of readdirSync(join(root, "edge")).filter((n) => n.endsWith(".js") || n === "wrangler.toml")) {
    cpSync(join(root, "edge", name), join(edge, name));
  }
  mkdirSync(join(edge, "public/pkg"), { recursive: true });
  cpSync(join(root, "www"), join(edge, "public"), { recursive: true });
  cpSync(join(work, "node_modules/stopgate"), join(edge, "public/pkg"), { recursive: true });
  const out = run("edge", bin("wrangler"), ["deploy", "--dry-run", "--outdir", "out"]);
  const built = await files(join(edge, "out"));
  assert.ok(built.some((f) => f.endsWith(".wasm")), `the .wasm is a module of the upload: ${built.join(" ")}\n${out}`);
  const bundle = built.find((f) => f.endsWith(".js"));
  assert.match(readFileSync(join(edge, "out", bundle), "utf8"), /stopgate_bg|\.wasm/, "the worker imports the module");
});
