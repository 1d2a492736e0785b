// HTTP plumbing for the edge worker: bounded body reading, JSON errors, TwiML,
// static-file content types. Nothing here knows about opt-outs.

/** An error that becomes an HTTP response: status, a stable code, the field at fault. */
export class HttpError extends Error {
  constructor(status, code, message, field = null, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = headers;
  }
}

export function json(value, status = 200, headers = {}) {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export function errorResponse(err) {
  const body = { error: err.code, message: err.message };
  if (err.field !== null && err.field !== undefined) body.field = err.field;
  return json(body, err.status, err.headers);
}

export const badField = (field, why) => new HttpError(400, "invalid-field", `\`${field}\` ${why}`, field);

/**
 * Reads the whole request body, refusing more than `limit` bytes with 413 before
 * buffering it: a declared Content-Length is checked first, then the stream is
 * counted as it arrives (chunked uploads declare nothing).
 */
export async function readBody(request, limit) {
  const tooLarge = () => new HttpError(413, "body-too-large", `request body is larger than ${limit} bytes`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Parses a JSON object body; 400 naming the problem otherwise. */
export function parseJsonObject(bytes) {
  let value;
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, "invalid-json", `request body is not valid JSON: ${e.message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new HttpError(400, "invalid-json", "request body must be a JSON object");
  }
  const dup = duplicateKey(text);
  if (dup) {
    throw new HttpError(400, "duplicate-key", `request body has the key ${JSON.stringify(dup.key)} twice` +
      (dup.key === dup.first ? "" : ` (as ${JSON.stringify(dup.first)} and ${JSON.stringify(dup.key)}: keys differing only in case count as one)`) +
      "; a backend reading the other one would see another message", dup.key);
  }
  return value;
}

/**
 * The first key that appears twice in one object of a valid JSON text, compared without
 * case, or null. JSON.parse keeps the last of two equal keys silently; another parser may
 * keep the first, or match keys without case: refusing both keeps what is screened and
 * what is sent the same. Iterative, so depth costs no stack.
 */
export function duplicateKey(text) {
  const stack = []; // per open container: a Map of lower-cased keys (objects) or null (arrays)
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1));
        const folded = key.toLowerCase();
        if (top.has(folded)) return { key, first: top.get(folded) };
        top.set(folded, key);
        expectKey = false;
      }
      i = j;
    } else if (c === "{") {
      stack.push(new Map());
      expectKey = true;
    } else if (c === "[") {
      stack.push(null);
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      expectKey = stack[stack.length - 1] instanceof Map;
    }
  }
  return null;
}

/** Form fields of a carrier webhook: urlencoded (what Twilio sends) or multipart. */
export async function parseForm(bytes, contentType) {
  const type = (contentType || "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded" || type === "") {
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new HttpError(400, "invalid-form", "form body is not valid UTF-8");
    }
    return new URLSearchParams(text);
  }
  if (type === "multipart/form-data") {
    try {
      const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
      const params = new URLSearchParams();
      for (const [k, v] of form) if (typeof v === "string") params.append(k, v);
      return params;
    } catch (e) {
      throw new HttpError(400, "invalid-form", `form body could not be parsed: ${e.message}`);
    }
  }
  throw new HttpError(415, "unsupported-media-type", `expected application/x-www-form-urlencoded, got ${type}`);
}

const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const xmlEscape = (s) => String(s).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** A TwiML answer: one `<Message>` with `text`, or the empty `<Response/>`. */
export function twiml(text) {
  const body = text == null
    ? '<?xml version="1.0" encoding="UTF-8"?><Response/>'
    : `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${xmlEscape(text)}</Message></Response>`;
  return new Response(body, { headers: { "content-type": "text/xml; charset=utf-8", "cache-control": "no-store" } });
}

const CONTENT_TYPES = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  wasm: "application/wasm",
  map: "application/json; charset=utf-8",
  ts: "text/plain; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ico: "image/x-icon",
  woff2: "font/woff2",
  webmanifest: "application/manifest+json",
};

export function contentTypeFor(path) {
  const dot = path.lastIndexOf(".");
  const ext = dot < 0 ? "" : path.slice(dot + 1).toLowerCase();
  return CONTENT_TYPES[ext] || "application/octet-stream";
}

/**
 * Serves `path` from a directory service (a workerd disk service locally, or any
 * binding with a `fetch` that answers like one), with the content type the disk
 * service does not set. Directory listings are not served.
 */
export async function serveFile(dir, path, request) {
  const upstream = await dir.fetch(new Request(`http://files${path}`, { method: request.method === "HEAD" ? "HEAD" : "GET" }));
  const isListing = (upstream.headers.get("content-type") || "").startsWith("application/json") && !path.endsWith(".json")
    && !upstream.headers.has("content-length");
  if (!upstream.ok || isListing) return null;
  const headers = new Headers({
    "content-type": contentTypeFor(path),
    "cache-control": path.endsWith(".html") || path.endsWith("/") ? "no-cache" : "public, max-age=60",
    "x-content-type-options": "nosniff",
  });
  const length = upstream.headers.get("content-length");
  if (length) headers.set("content-length", length);
  return new Response(request.method === "HEAD" ? null : upstream.body, { status: 200, headers });
}
