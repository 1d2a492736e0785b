// Double opt-in, the edge's half (issue 16, contract C10): the embeddable form and the
// public route it posts to.
//
// - GET /optin: the form (HTML; its script is GET /optin/form.js, so the page runs under
//   a CSP without inline script). Number, the programs to join (a checkbox per program of
//   PROGRAMS, or one "messages" choice without programs, none ticked in advance), and the
//   disclosure carriers require: brand, what and how often, "Msg & data rates may apply",
//   "Reply HELP for help, STOP to cancel", the terms (and privacy) link.
// - POST /v1/optin (public: anyone can type a number, so it sends nothing itself): the
//   number is parsed with the package's phone rules, the programs checked against
//   PROGRAMS, and the page version the person saw must be the current one (else 409:
//   the disclosure changed, reload). The edge rebuilds the request from what it checked
//   and its OWN disclosure text (never the browser's) and forwards it signed (contract
//   C4) to the origin, which records it and writes the one prompt. The rate limit (one
//   prompt per number per 10 minutes, 429 with Retry-After) is the origin's, inside the
//   same transaction that records the request, so it holds across isolates and edges.
//
// Settings (bindings): BRAND_NAME (shared with the replies), OPTIN_PAGE_VERSION (default:
// "sha256-" + 12 hex digits of the disclosure text, so a changed text is a new version),
// PROGRAMS (contract C8's JSON, read by edge/programs.js), OPTIN_FREQUENCY
// (default "Msg frequency varies."), OPTIN_TERMS_URL, OPTIN_PRIVACY_URL.
import { normalize } from "stopgate";
import { HttpError, badField, json, parseForm, parseJsonObject, readBody } from "./http.js";
import { OriginNotConfigured, originFetch } from "./origin.js";
import { programsOf as readPrograms } from "./programs.js";

/** PROGRAMS as [{ id, name, kind }]: edge/programs.js's reading (checked by the core), the name defaulting to the id. */
function programsOf(env) {
  return readPrograms(env).map((p) => ({ id: p.id, name: typeof p.name === "string" && p.name.trim() ? p.name.trim() : p.id, kind: p.kind }));
}

const text = (v, fallback) => (typeof v === "string" && v.trim() !== "" ? v.trim() : fallback);

/** The form's settings and its disclosure, with the page version. */
export async function optinSettings(env, cfg) {
  const programs = programsOf(env);
  const brand = cfg.brand;
  const frequency = text(env.OPTIN_FREQUENCY, "Msg frequency varies.");
  const terms = text(env.OPTIN_TERMS_URL, "/terms");
  const privacy = text(env.OPTIN_PRIVACY_URL, null);
  const what = programs.length ? programs.map((p) => p.name).join(", ") : "messages";
  const disclosure = `By submitting, you agree to receive recurring automated text messages from ${brand} ` +
    `(${what}) at the number provided. Consent is not a condition of purchase. ${frequency} ` +
    `Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms: ${terms}` + (privacy ? ` Privacy: ${privacy}` : "");
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(disclosure)));
  const hash = Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
  return { programs, brand, frequency, terms, privacy, disclosure, pageVersion: text(env.OPTIN_PAGE_VERSION, `sha256-${hash}`) };
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  // Embeddable (frame-ancestors *), but no inline script and nowhere else to talk to.
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/** GET /optin. */
export async function optinForm(request, env, ctx, url, cfg) {
  const s = await optinSettings(env, cfg);
  const choices = s.programs.length
    ? s.programs.map((p) => `<label class="choice"><input type="checkbox" name="programs" value="${esc(p.id)}"> ${esc(p.name)}</label>`).join("\n      ")
    : `<label class="choice"><input type="checkbox" name="programs" value="messages"> Text messages from ${esc(s.brand)}</label>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.brand)}: text message sign-up</title>
<style>
  body { font: 16px/1.45 system-ui, sans-serif; margin: 0; padding: 1rem; max-width: 32rem; color: #1b1b1b; }
  label { display: block; margin: .5rem 0 .25rem; font-weight: 600; }
  .choice { font-weight: 400; }
  input[type=tel] { font: inherit; padding: .45rem; width: 100%; box-sizing: border-box; }
  fieldset { border: 1px solid #bbb; margin: 1rem 0; }
  button { font: inherit; padding: .5rem 1rem; margin-top: .75rem; }
  #disclosure { font-size: .85rem; color: #333; }
  #result { margin-top: 1rem; font-weight: 600; }
  #result[data-kind=error] { color: #a40000; }
</style>
</head>
<body>
<main>
  <h1>${esc(s.brand)} texts</h1>
  <form id="optin" method="post" action="/v1/optin" novalidate aria-describedby="disclosure">
    <input type="hidden" name="pageVersion" value="${esc(s.pageVersion)}">
    <label for="number">Mobile number</label>
    <input id="number" name="number" type="tel" autocomplete="tel" inputmode="tel" required aria-required="true" aria-describedby="number-help">
    <div id="number-help">We will text this number once to confirm.</div>
    <fieldset>
      <legend>What would you like to receive?</legend>
      ${choices}
    </fieldset>
    <p id="disclosure">${esc(s.disclosure).replace(esc(s.terms), `<a href="${esc(s.terms)}">${esc(s.terms)}</a>`)}</p>
    <button type="submit">Sign up</button>
    <div id="result" role="status" aria-live="polite"></div>
  </form>
</main>
<script src="/optin/form.js"></script>
</body>
</html>
`;
  return new Response(request.method === "HEAD" ? null : html, { headers: PAGE_HEADERS });
}

/** The form's script: posts JSON, says what happened in the live region. */
const FORM_JS = `"use strict";
(function () {
  var form = document.getElementById("optin");
  var result = document.getElementById("result");
  function say(text, kind) { result.textContent = text; result.setAttribute("data-kind", kind); }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var programs = Array.prototype.map.call(form.querySelectorAll("input[name=programs]:checked"), function (c) { return c.value; });
    var body = { number: form.number.value, programs: programs, pageVersion: form.pageVersion.value };
    var button = form.querySelector("button");
    button.disabled = true;
    fetch("/v1/optin", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(function (res) { return res.json().then(function (v) { return { status: res.status, v: v }; }); })
      .then(function (r) {
        if (r.status === 202) say("Check your phone: reply YES to the text we sent to confirm.", "ok");
        else say(r.v.message || "Something went wrong; please try again.", "error");
      })
      .catch(function () { say("The sign-up could not be sent; please try again.", "error"); })
      .then(function () { button.disabled = false; });
  });
})();
`;

/** GET /optin/form.js. */
export function optinScript(request) {
  return new Response(request.method === "HEAD" ? null : FORM_JS, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache", "x-content-type-options": "nosniff" },
  });
}

/** POST /v1/optin: checked here, rebuilt, forwarded signed; the origin's answer passed on. */
export async function postOptin(request, env, ctx, url, cfg) {
  const raw = await readBody(request, Math.min(cfg.maxBodyBytes, 8192));
  const type = (request.headers.get("content-type") || "").toLowerCase();
  const form = type.includes("json") ? null : await parseForm(raw, type);
  const body = form ? { number: form.get("number"), programs: form.getAll("programs"), pageVersion: form.get("pageVersion") } : parseJsonObject(raw);
  const s = await optinSettings(env, cfg);

  if (typeof body.number !== "string" || body.number.trim() === "") throw badField("number", "is required: your mobile number");
  let e164;
  try {
    e164 = normalize(body.number, cfg.region);
  } catch (e) {
    throw badField("number", `is not a phone number: ${e.message}`);
  }
  const asked = Array.isArray(body.programs) ? body.programs : body.programs === undefined ? [] : null;
  if (!asked || asked.some((p) => typeof p !== "string")) throw badField("programs", "must be a list of program ids");
  let programs;
  if (s.programs.length) {
    const unknown = asked.find((p) => !s.programs.some((q) => q.id === p));
    if (unknown !== undefined) throw badField("programs", `names an unknown program ${JSON.stringify(unknown)}`);
    programs = s.programs.filter((p) => asked.includes(p.id));
  } else {
    if (asked.some((p) => p !== "messages")) throw badField("programs", "must be [\"messages\"]: this sender has no programs");
    programs = asked.length ? [] : null;
  }
  if (programs === null || (s.programs.length && programs.length === 0)) throw badField("programs", "choose what you would like to receive");
  if (body.pageVersion !== s.pageVersion) {
    throw new HttpError(409, "page-version", "the sign-up terms changed since this page was loaded; reload it and read them again", "pageVersion");
  }

  const forwarded = JSON.stringify({
    number: e164,
    programs: programs.map((p) => p.id),
    // What a confirmation lifts is the origin's, from its own programs table (C8 kinds);
    // this hint is read only by an origin run without --programs.
    marketing: programs.length === 0 || programs.some((p) => p.kind === "marketing"),
    pageVersion: s.pageVersion,
    disclosure: s.disclosure,
    // cf-connecting-ip is Cloudflare's only when the request came through it (request.cf
    // present); elsewhere anyone can send the header, so no address is recorded.
    ip: (request.cf && request.headers.get("cf-connecting-ip")) || null,
    userAgent: (request.headers.get("user-agent") || "").slice(0, 512) || null,
  });
  let res;
  try {
    res = await originFetch(env, cfg, "/v1/optin", { method: "POST", headers: { "content-type": "application/json" }, body: forwarded });
  } catch (e) {
    if (e instanceof OriginNotConfigured) throw e;
    return json({ error: "origin-unavailable", message: "the sign-up could not be recorded just now; please try again" }, 502);
  }
  const answer = await res.json().catch(() => ({}));
  if (res.status === 201) {
    // The public learns that a text is on its way, not the request's id or the number's history.
    return json({ ok: true, state: "pending", expiresAtMs: answer.expiresAt ?? null, message: "Reply YES and the code in the text we sent to confirm." }, 202);
  }
  if (res.status === 429) {
    const wait = res.headers.get("retry-after") || String(answer.retryAfter ?? 600);
    if (answer.reason === "optin-rate") {
      return json({ error: "rate-limited", message: "Too many sign-ups just now; please try again in a minute." }, 429, { "retry-after": wait });
    }
    return json({ error: "rate-limited", message: "A confirmation text was sent to this number a few minutes ago; reply YES to it, or try again later." },
      429, { "retry-after": wait });
  }
  if (res.status === 400) return json({ error: "invalid-field", field: answer.field ?? null, message: answer.error ?? "the request was refused" }, 400);
  console.error(`stopgate edge: POST /v1/optin: the origin answered ${res.status}: ${JSON.stringify(answer)}`);
  return json({ error: "origin-error", message: "the sign-up could not be recorded just now; please try again" }, 502);
}
