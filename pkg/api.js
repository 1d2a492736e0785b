// The API every entry file exports: wasm-bindgen's glue (stopgate.js) plus what is better
// done on this side of the boundary. Importing this file instantiates nothing; each entry
// file (or the app, through `stopgate/init`) calls `init` or `initSync` with the module.
//
// - `init` / `initSync`: hand the .wasm over (a WebAssembly.Module, bytes, a URL, a Response).
// - Snapshot lookups: `has` and `check` write a short ASCII number straight into a scratch
//   buffer in wasm memory and make one call (a string argument would cost several
//   crossings and an allocation); `checkMany` sends one newline-joined string. Anything
//   unusual takes the original path, which also words the errors.
// - A freed Snapshot throws `ERR_FREED` on every call, not "null pointer passed to rust".
// - Programs (`options.programs`, the deployment's programs table) cross as one string
//   (see js-api/src/programs.rs), and a scope given as `{ scope, programs: [ids] }` as its
//   text (`"marketing+alerts"`): decoding objects in wasm would cost it some 2 kB.
//
// It patches Snapshot.prototype when imported: a side effect (package.json says so).
import * as glue from "./stopgate.js";

export * from "./stopgate.js";

/** Verdict codes of `Snapshot.checkPacked`, one byte per number. */
export const Verdict = Object.freeze({ NOT_SUPPRESSED: 0, SUPPRESSED: 1, MARKETING: 2, PROGRAMS: 3, INVALID: 255 });
const SCOPES = [null, "all", "marketing"];

let memory = null;
let scratchAt = 0;
let scratchLen = 0;
let scratch = new Uint8Array(0);

function ready(exports) {
  if (memory === null) {
    memory = exports.memory;
    [scratchAt, scratchLen] = glue.__stopgateScratch();
    scratch = new Uint8Array(memory.buffer, scratchAt, scratchLen);
  }
}

/** The scratch buffer's view; wasm memory growth detaches the old one. */
function scratchView() {
  if (scratch.byteLength === 0) scratch = new Uint8Array(memory.buffer, scratchAt, scratchLen);
  return scratch;
}

function loadArg(moduleOrBytes) {
  if (moduleOrBytes !== null && typeof moduleOrBytes === "object" && Object.getPrototypeOf(moduleOrBytes) === Object.prototype) {
    return moduleOrBytes; // { module } / { module_or_path }, as the glue takes them
  }
  return undefined;
}

/** Instantiates the module synchronously from a WebAssembly.Module or its bytes. Idempotent. */
export function initSync(moduleOrBytes) {
  const given = loadArg(moduleOrBytes);
  ready(glue.initSync(given ? { module: given.module ?? given.module_or_path } : { module: moduleOrBytes }));
}

/**
 * Instantiates the module from a WebAssembly.Module, its bytes, a URL or path string to
 * fetch, a Response, or a promise of one (streaming compilation where the runtime has it).
 * Idempotent: later calls wait for the first.
 */
export async function init(moduleOrUrlOrBytes) {
  const given = loadArg(moduleOrUrlOrBytes);
  const arg = given ? given.module_or_path ?? given.module : moduleOrUrlOrBytes;
  if (arg === undefined) throw codeError("ERR_ARGUMENT", "init needs the .wasm: a URL, a Response, its bytes or a WebAssembly.Module");
  ready(await glue.default({ module_or_path: arg }));
}

function codeError(code, message) {
  const error = new Error(message);
  error.code = code;
  return error;
}

function freed(kind, method) {
  const what = kind === "Snapshot" ? "snapshot has" : "overrides have";
  return codeError("ERR_FREED", `${what} been freed (${kind}.${method} called after free())`);
}

const P = glue.Snapshot.prototype;
const raw = {};
/** Snapshots inside a `checkMany` call that reads the caller's array (a proxy may call back). */
const busy = new WeakSet();

/**
 * Every method and getter of class `kind`'s prototype `proto` says ERR_FREED once freed (the
 * Snapshot's hot ones are replaced below), and a second free() is a no-op. The originals
 * go into `keep` when given.
 */
function guardFreed(kind, proto, keep) {
  for (const name of Object.getOwnPropertyNames(proto)) {
    // `__` names are internals: the hot scratch calls, and the handle `screen` asks for (a
    // freed snapshot's handle call throws, which `screen` reports as ERR_FREED itself).
    if (name === "constructor" || name === "free" || name.startsWith("__")) continue;
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (typeof d.value === "function") {
      const f = d.value;
      if (keep) keep[name] = f;
      d.value = {
        [name](...args) {
          if (this.__wbg_ptr === 0) throw freed(kind, name);
          return f.apply(this, args);
        },
      }[name];
      Object.defineProperty(proto, name, d);
    } else if (d.get) {
      const get = d.get;
      d.get = function () {
        if (this.__wbg_ptr === 0) throw freed(kind, name);
        return get.call(this);
      };
      Object.defineProperty(proto, name, d);
    }
  }
  const rawFree = proto.free;
  Object.defineProperty(proto, "free", {
    configurable: true,
    writable: true,
    value: function free() {
      if (this.__wbg_ptr !== 0) rawFree.call(this); // a second free() is a no-op
    },
  });
  if (typeof Symbol.dispose === "symbol") proto[Symbol.dispose] = proto.free;
}
guardFreed("Snapshot", P, raw);
guardFreed("Overrides", glue.Overrides.prototype);

const applyDelta = P.applyDelta;
P.applyDelta = function applyDelta_(bytes, options) {
  if (busy.has(this)) throw codeError("ERR_BUSY", "the snapshot is in use (applyDelta called from inside checkMany)");
  return applyDelta.call(this, bytes, options);
};
Object.defineProperty(P.applyDelta, "name", { value: "applyDelta" });

/** Writes `number` into the scratch buffer; false when it is not short ASCII. */
function toScratch(number) {
  const n = number.length;
  if (n > scratchLen) return false;
  const buf = scratchView();
  for (let i = 0; i < n; i++) {
    const c = number.charCodeAt(i);
    if (c > 127) return false;
    buf[i] = c;
  }
  return true;
}

P.has = function has(number) {
  if (this.__wbg_ptr === 0) throw freed("Snapshot", "has");
  if (typeof number === "string" && toScratch(number)) {
    const r = this.__hasScratch(number.length);
    if (r >= 0) return r === 1;
  }
  return raw.has.call(this, number);
};

/** A `check` result from the encoded value (see js-api/src/batch.rs). */
function decode(value, input) {
  const low = value % 8;
  const verdict = low & 3;
  return { suppressed: verdict !== 0, scope: SCOPES[verdict], e164: low & 4 ? input : "+" + (value - low) / 8 };
}

P.check = function check(number) {
  if (this.__wbg_ptr === 0) throw freed("Snapshot", "check");
  if (typeof number === "string" && toScratch(number)) {
    const value = this.__checkScratch(number.length);
    if (value >= 0) return decode(value, number);
  }
  return raw.check.call(this, number);
};

/** One `checkMany` result the slow way (its error message included). */
function checkOne(snapshot, input) {
  try {
    const r = raw.check.call(snapshot, input);
    return { input, e164: r.e164, suppressed: r.suppressed, scope: r.scope, error: null };
  } catch (e) {
    return { input, e164: null, suppressed: false, scope: null, error: e.message };
  }
}

/** The caller's list copied out (each item read once), or null when it is no plain list. */
function readList(snapshot, numbers) {
  if (!Array.isArray(numbers)) return null;
  const n = numbers.length;
  if (typeof n !== "number" || n > 30_000_000) return null;
  const items = new Array(n);
  busy.add(snapshot);
  try {
    for (let i = 0; i < n; i++) {
      try {
        items[i] = numbers[i];
      } catch (e) {
        throw codeError("ERR_ARGUMENT", `reading numbers[${i}] threw: ${e && typeof e === "object" ? e.message : String(e)}`);
      }
    }
  } finally {
    busy.delete(snapshot);
  }
  return items;
}

P.checkMany = function checkMany(numbers) {
  if (this.__wbg_ptr === 0) throw freed("Snapshot", "checkMany");
  const items = readList(this, numbers);
  // The caller's getters ran: one may have freed the snapshot.
  if (this.__wbg_ptr === 0) throw freed("Snapshot", "checkMany");
  if (items === null) return raw.checkMany.call(this, numbers); // words the error
  const n = items.length;
  const out = new Array(n);
  if (n === 0) return out;
  let strings = true;
  for (let i = 0; i < n; i++) if (typeof items[i] !== "string") strings = false;
  const values = strings ? this.__checkLines(items.join("\n")) : null;
  if (values === null || values.length !== n) {
    // Non-strings, or strings with newlines in them: one at a time.
    for (let i = 0; i < n; i++) out[i] = checkOne(this, items[i]);
    return out;
  }
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const input = items[i];
    if (value >= 0) {
      const low = value % 8;
      const verdict = low & 3;
      out[i] = { input, e164: low & 4 ? input : "+" + (value - low) / 8, suppressed: verdict !== 0, scope: SCOPES[verdict], error: null };
    } else {
      out[i] = checkOne(this, input);
    }
  }
  return out;
};

const checkPacked = P.checkPacked;
P.checkPacked = function checkPacked_(numbers) {
  if (this.__wbg_ptr === 0) throw freed("Snapshot", "checkPacked");
  if (Array.isArray(numbers)) {
    const items = readList(this, numbers);
    if (items === null) throw codeError("ERR_ARGUMENT", "numbers has more than 30000000 items");
    // Items that would not survive the join (no string, empty, line breaks) count as invalid.
    for (let i = 0; i < items.length; i++) {
      const s = items[i];
      if (typeof s !== "string" || s === "" || s.indexOf("\n") !== -1 || s.indexOf("\r") !== -1) items[i] = "-";
    }
    return items.length === 0 ? new Uint8Array(0) : checkPacked.call(this, items.join("\n"));
  }
  return checkPacked.call(this, numbers);
};
Object.defineProperty(P.checkPacked, "name", { value: "checkPacked" });

// ---- programs (options.programs) ----

/** `f()`, or `fallback` when it throws: a getter or proxy that throws is left for wasm to
 * read again, which words the error ("reading options.x threw: ..."). */
function orAsIs(f, fallback) {
  try {
    return f();
  } catch (e) {
    if (e && e.code === "ERR_ARGUMENT") throw e;
    return fallback;
  }
}

/** `options` with `programs` (an array of `{ id, bit, name, kind, words }`) as one string. */
function withPrograms(options) {
  return orAsIs(() => encodeOptions(options), options);
}

function encodeOptions(options) {
  if (options === null || typeof options !== "object") return options;
  if (options.revokeAll !== undefined) {
    const r = { off: 0, on: 1, auto: 2 }[options.revokeAll];
    if (r === undefined) throw codeError("ERR_ARGUMENT", `options.revokeAll must be "on", "off" or "auto", got ${JSON.stringify(options.revokeAll)}`);
    options = { ...options, revokeAll: r };
  }
  if (!Array.isArray(options.programs)) return options;
  const text = (v) => (typeof v === "string" ? v.replace(/[\t\n\u001f]/g, " ") : "");
  const lines = options.programs.map((p, i) => {
    if (p === null || typeof p !== "object") throw codeError("ERR_ARGUMENT", `options.programs[${i}] must be { id, bit, name, kind, words }`);
    const bit = Number.isInteger(p.bit) ? String(p.bit) : "0";
    const words = Array.isArray(p.words) ? p.words.map(text).join("\u001f") : "";
    return [text(p.id), bit, text(p.kind), text(p.name ?? p.id), words].join("\t");
  });
  return { ...options, programs: lines.join("\n") };
}

/** A scope given as `{ scope, programs: [ids] }`, as its text; anything else as it is. */
function scopeText(scope) {
  if (scope === null || typeof scope !== "object" || !Array.isArray(scope.programs)) return scope;
  const parts = typeof scope.scope === "string" && scope.scope !== "" ? [scope.scope] : [];
  return parts.concat(scope.programs.map(String)).join("+");
}

/** An entry list with `{ phone, scope, programs }` items as `{ phone, scope: text }`
 * (looked at only when the options name programs). */
function entriesText(entries, options) {
  const named = orAsIs(() => options !== null && typeof options === "object" && Array.isArray(options.programs), false);
  if (!named) return entries;
  return orAsIs(() => {
    if (!Array.isArray(entries) || !entries.some((e) => e && typeof e === "object" && Array.isArray(e.programs))) return entries;
    return entries.map((e) => (e && typeof e === "object" && Array.isArray(e.programs) ? { phone: e.phone, scope: scopeText(e) } : e));
  }, entries);
}

export function classify(text, options) {
  return glue.classify(text, withPrograms(options));
}
export function screen(request, snapshot, options) {
  return glue.screen(request, snapshot, withPrograms(options));
}
export function screenMany(recipients, snapshot, options) {
  return glue.screenMany(recipients, snapshot, withPrograms(options));
}
export function consentEffect(classification, options) {
  return glue.consentEffect(classification, withPrograms(options));
}
/** The reply to the revoke-all question: the core's narrowing, through consentEffect (one export fewer in the wasm). */
export function narrowing(text, options) {
  const o = withPrograms(options);
  const current = orAsIs(() => (o && o.current !== undefined ? scopeText(o.current) : undefined), undefined);
  const cls = glue.classify(text, o && typeof o === "object" ? { programs: o.programs } : undefined);
  const e = glue.consentEffect(cls, { ...(o && typeof o === "object" ? o : {}), text, ...(current !== undefined ? { current } : {}) });
  return e.effect === "narrow" ? e.scope : null;
}
export function buildSnapshot(entries, options) {
  return glue.buildSnapshot(entriesText(entries, options), withPrograms(options));
}
export function buildDelta(changes, options) {
  const c = orAsIs(() => (changes && typeof changes === "object" && Array.isArray(changes.add) ? { ...changes, add: entriesText(changes.add, options) } : changes), changes);
  return glue.buildDelta(c, withPrograms(options));
}

/** `Overrides`, whose scopes may name `options.programs`. */
export class Overrides extends glue.Overrides {
  constructor(options) {
    super(withPrograms(options));
  }
  set(number, scope) {
    // A scope left out (or a field missing from the caller's data) is no opt-in: only `null` is.
    if (scope === undefined) throw codeError("ERR_ARGUMENT", "scope is missing: pass the scope the number opted out of, or null for opted in");
    return super.set(number, orAsIs(() => scopeText(scope), scope));
  }
}
