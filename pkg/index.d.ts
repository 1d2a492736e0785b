// Types of the stopgate package: the same API in every runtime (the entry files differ only
// in how they load the WebAssembly module).
//
// Times are milliseconds since the epoch (the Date.now() convention); ages are in seconds and
// say so in their names. Every function throws a `StopgateError` (an Error with a stable
// `code`) on bad input; the module stays usable.
//
// Needs no lib beyond ES2015 (no SharedArrayBuffer, no esnext.disposable): what it uses of
// newer libs is declared here or derived from what the lib has.

declare global {
  interface SymbolConstructor {
    /** `using` support (TypeScript 5.2+; the runtime's own where it has one). */
    readonly dispose: unique symbol;
  }
}

/**
 * The bytes the package returns: `Uint8Array<ArrayBuffer>` under TypeScript 5.7 and later
 * (so `new Response(bytes)` and `new Blob([bytes])` type-check), plain `Uint8Array` before.
 */
export type Bytes = ReturnType<Uint8Array["slice"]>;

/** Bytes the package accepts: a Uint8Array (a Node Buffer is one), an ArrayBuffer or a SharedArrayBuffer. */
export type BytesInput = Uint8Array | ArrayBufferLike;

/**
 * The stable `code` of every error the package throws (the message is for people and may
 * change; the code may not).
 */
export type ErrorCode =
  /** A wrong type, a value out of range, an unknown option value, an input over a limit. */
  | "ERR_ARGUMENT"
  /** A string that is not a phone number (`normalize`, `check`, list entries). */
  | "ERR_INVALID_NUMBER"
  /** A snapshot or delta without the required signature, or signed by another key. */
  | "ERR_SIGNATURE"
  /** A snapshot or delta whose checksum does not match: corrupted in transit or storage. */
  | "ERR_CHECKSUM"
  /** Not a stopgate file of the expected kind, truncated, or malformed. */
  | "ERR_FORMAT"
  /** A file format version (or flags) this build does not read: update the package. */
  | "ERR_VERSION"
  /** A delta that does not start at the snapshot's current sequence: fetch a delta since `snapshot.sequence`, or a full snapshot. */
  | "ERR_SEQUENCE"
  /** A delta whose base list digest is not the snapshot's (the copies diverged): load a full snapshot. */
  | "ERR_DIGEST"
  /** A key that is not valid hex, or not a usable Ed25519 key. */
  | "ERR_KEY"
  /** A snapshot or delta the builder refused to write. */
  | "ERR_BUILD"
  /** A `Snapshot` used after `free()` (or after `using` disposed of it). */
  | "ERR_FREED"
  /** A `Snapshot` changed from inside one of its own calls (a proxy calling back in). */
  | "ERR_BUSY"
  /** wasm memory could not hold the input. */
  | "ERR_MEMORY";

/** What every function throws: `err.code` tells failures apart. */
export interface StopgateError extends Error {
  code: ErrorCode;
}

/**
 * The .wasm as `init` takes it: a `WebAssembly.Module`, its bytes, a `URL` or URL string to
 * fetch, a `Request`, a `Response` or a promise of one. (Typed as `object` so the
 * declarations need neither the DOM lib nor @types/node.)
 */
export type WasmSource = BytesInput | string | object;

/**
 * Instantiates the module (`stopgate/init`; a no-op in the other entries, which did it on
 * import). Idempotent: later calls wait for the first.
 */
export declare function init(wasm: WasmSource): Promise<void>;
/** Instantiates the module synchronously from a `WebAssembly.Module` or its bytes (`stopgate/init`). */
export declare function initSync(wasm: BytesInput | object): void;

/** `Snapshot.checkPacked`'s verdict codes, one byte per number. */
export declare const Verdict: {
  readonly NOT_SUPPRESSED: 0;
  /** Suppressed for every message. */
  readonly SUPPRESSED: 1;
  /** Suppressed for marketing only. */
  readonly MARKETING: 2;
  /** Suppressed for programs (a scope mask other than `marketing`): `check` gives the scope. */
  readonly PROGRAMS: 3;
  /** Not a phone number. */
  readonly INVALID: 255;
};

/** What a reply asks for. */
export type Intent = "opt_out" | "opt_in" | "help" | "none";
/**
 * What an opt-out covers: `all`, `marketing`, or (with programs) the parts joined by `+`,
 * marketing first then program ids in bit order (`marketing+alerts`, `alerts+tips`); a
 * program bit without a programs table reads `program-k`.
 */
export type Scope = "all" | "marketing" | (string & {});

/** One of the deployment's programs (the same JSON the origin and the edge are given). */
export interface Program {
  /** `[a-z0-9-]{1,32}`, unique. */
  id: string;
  /** 1 to 7, unique, stable forever for this id: the scope mask's bit for it. */
  bit: number;
  /** What people read ("Account alerts"); default the id. */
  name?: string;
  kind: "marketing" | "transactional";
  /** What people call it in replies ("alerts", "account alerts"). */
  words?: string[];
}

/** Revoke-all (47 CFR 64.1200(a)(10)): `auto` (the default) is on from 2027-01-31T00:00:00Z. */
export type RevokeAll = "on" | "off" | "auto";
/** The kind of an outbound message, which decides which opt-outs apply. */
export type Category = "marketing" | "transactional" | "confirmation";

/** The classifier's answer, with what matched so a person can see why. */
export interface Classification {
  intent: Intent;
  /** For opt-outs: `all`, `marketing` or the programs named; for an opt-in naming programs, those; `null` otherwise. */
  scope: Scope | null;
  /** With `options.programs`: the id of the program the reply names (`STOP ALERTS` → `alerts`). */
  program?: string;
  /** The keyword or phrase that matched, folded (`stop`, `take me off`). */
  keyword: string | null;
  /** The rule that fired (`keyword`, `keyword-typo`, `stop-sending`, `reaction`, ...). */
  rule: string;
  /** BCP-47 language of the match, where known. */
  lang: string | null;
  /** 0 to 1. */
  confidence: number;
  /** Whether the whole message is an exact keyword (what carriers act on today). */
  strict: boolean;
  /** Whether a person should look before acting: confidence below 0.75, or the rules and the learned model disagree. */
  review: boolean;
  /** When the learned model decided or vetoed: its probability, the words that weighed most, what the rules said. */
  evidence?: string;
}

/** Stable `kind` codes of lint findings. */
export type FindingKind = "empty-message" | "missing-opt-out-language" | "ucs2-forced" | "segments" | "re-engagement";

/** One finding about an outbound message: a stable kind, a sentence, and its facts as fields. */
export interface Finding {
  kind: FindingKind;
  severity: "warn" | "info";
  /** A sentence a person understands. */
  message: string;
  /** A suggested fix, in words, where there is one. */
  fix: string | null;
  /** `ucs2-forced`: the character. */
  char: string | null;
  /** `ucs2-forced`: what to put in its place (`""`: delete it). */
  replacement: string | null;
  /** `ucs2-forced`: how many times the character occurs. */
  count: number | null;
  /** `segments`: the segments the message takes; `ucs2-forced` (warn): those it would take in GSM-7 with every look-alike replaced. */
  segments: number | null;
  /** `segments`: units one segment carries in the message's encoding (shorten to this to send one). */
  limit: number | null;
  /** `re-engagement`: the language of the request (`en`, `es`, ...); absent on other kinds. */
  lang?: string;
}

/** Encoding, length and segments of a message: what a live counter shows. */
export interface Measurement {
  encoding: "GSM-7" | "UCS-2";
  /** Characters (Unicode scalar values). */
  chars: number;
  /** Length in the encoding's units (septets for GSM-7, UTF-16 code units for UCS-2). */
  units: number;
  /** SMS segments (0 for an empty message). */
  segments: number;
  /** Units per segment at this length: 160 / 70 up to one segment, 153 / 67 per part beyond. */
  limit: number;
  /** Units that still fit in the last segment before another is needed. */
  remaining: number;
}

/** An opt-out entry: a phone number as typed, or one with its scope (default `all`). */
export type Entry = string | { phone: string; scope?: Scope; programs?: string[] };

export interface BuildSnapshotOptions {
  /** The programs scope texts and `programs: [ids]` in entries may name. */
  programs?: readonly Program[];
  /** Region label stored in the header, and the region national numbers are read in (default `US`). */
  region?: string;
  /** Sequence number; deltas chain from it. */
  sequence?: number;
  /** Creation time, milliseconds since the epoch (default: now); stored in whole seconds, so read back rounded down. */
  createdAt?: number;
  /** Hex Ed25519 secret key (seed) to sign with. */
  signingKey?: string;
}

export interface DeltaChanges {
  /** The sequence the delta applies on top of. */
  baseSequence: number;
  /** The sequence after applying; greater than `baseSequence`. */
  sequence: number;
  /** Numbers opted out (or whose scope changed). */
  add?: readonly Entry[];
  /** Numbers opted back in. */
  remove?: readonly string[];
}

export interface BuildDeltaOptions {
  /** The programs scope texts and `programs: [ids]` in entries may name. */
  programs?: readonly Program[];
  /** Creation time, milliseconds since the epoch (default: now). */
  createdAt?: number;
  /** Hex Ed25519 secret key (seed) to sign with. */
  signingKey?: string;
  /** Region national numbers are read in (default `US`). */
  region?: string;
}

export interface KeyPair {
  /** Hex seed: keep it on the publisher. */
  secretKey: string;
  /** Hex public key: configure the edge with it. */
  publicKey: string;
}

export interface CheckResult {
  suppressed: boolean;
  scope: Scope | null;
  e164: string;
}

export interface CheckManyResult {
  /** The value given, as given. */
  input: unknown;
  e164: string | null;
  suppressed: boolean;
  scope: Scope | null;
  /** Why the input is not a phone number, when it is not. */
  error: string | null;
}

export interface SnapshotInfo {
  version: number;
  entries: number;
  bytes: number;
  bitsPerEntry: number;
  sequence: number;
  /** Milliseconds since the epoch. */
  createdAt: number;
  region: string;
  signed: boolean;
  deltasApplied: number;
}

export interface FromBytesOptions {
  /** Hex Ed25519 public key: the signature must verify, and deltas must be signed by it. */
  publicKey?: string;
  /** Region national numbers given to lookups are read in (default: the header's, else `US`). */
  region?: string;
}

/** A loaded suppression snapshot. The bytes are copied into wasm memory once. */
export declare class Snapshot {
  private constructor();
  /** Validates and loads a snapshot file (a detached buffer is refused; shared memory is copied). */
  static fromBytes(bytes: BytesInput, options?: FromBytesOptions): Snapshot;
  /** Fast path: whether the number is suppressed in any scope; `false` for a string that is no number (a value that is not a string throws `ERR_ARGUMENT`). */
  has(number: string): boolean;
  /** Whether the number is suppressed and for which scope; throws when it is no phone number. */
  check(number: string): CheckResult;
  /** `check` for many numbers in one call (faster per number than a `has` loop); a bad one gets `error` instead of throwing. */
  checkMany(numbers: readonly string[]): CheckManyResult[];
  /**
   * One `Verdict` byte per number, the fastest lookup: `numbers` as one newline-separated
   * string (a final newline and CR before LF are ignored), an array of strings, or a
   * `Float64Array` of E.164 numbers as integers (`14155550134`).
   */
  checkPacked(numbers: string | readonly string[] | Float64Array): Bytes;
  /** Applies a delta on top of the current sequence, verified with `options.publicKey`, else the key given to `fromBytes`. */
  applyDelta(bytes: BytesInput, options?: { publicKey?: string }): void;
  /** Suppressed numbers, base plus applied deltas. */
  readonly entries: number;
  /** Current sequence (after deltas). */
  readonly sequence: number;
  /** Milliseconds since the epoch, of the base or of the newest delta applied. */
  readonly createdAt: number;
  /** Region label from the header. */
  readonly region: string;
  /** List digest of the current state (base plus applied deltas), 32 hex digits. */
  readonly digest: string;
  info(): SnapshotInfo;
  /** Releases the wasm memory now rather than when the object is collected; later calls throw `ERR_FREED`. A second `free()` does nothing. */
  free(): void;
  /** `free()`, for `using snapshot = Snapshot.fromBytes(...)`. */
  [Symbol.dispose](): void;
}

/** A verified freshness statement (docs/snapshot-format.md, "Freshness statement"). */
export interface FreshnessStatement {
  sequence: number;
  /** Milliseconds since the epoch. */
  issuedAt: number;
  /** List digest, 32 hex digits. */
  digest: string;
}

/** Verifies a 104-byte freshness statement with the snapshot public key (hex); throws when it does not verify. */
export declare function verifyFreshness(bytes: Uint8Array | ArrayBuffer, publicKey: string): FreshnessStatement;
/** Signs a freshness statement with a signing key (hex seed): 104 bytes. For tests and tools. */
export declare function signFreshness(statement: FreshnessStatement, secretKey: string): Uint8Array;

export interface SendRequest {
  /** Recipient as typed. */
  to: string;
  body: string;
  /** Default `marketing`. */
  category?: Category;
  /** The program the message belongs to (an id of `options.programs`); a marketing program is screened as marketing. */
  program?: string;
}

export interface ScreenOptions {
  /** The deployment's programs: requests and scopes name them. */
  programs?: readonly Program[];
  /** Checked, for symmetry with `consentEffect` (where it decides). */
  revokeAll?: RevokeAll;
  /** Now, milliseconds since the epoch (default `Date.now()`). */
  now?: number;
  /** A snapshot older than this is stale (default 86400). */
  maxAgeSeconds?: number;
  /** Region national numbers are read in (default: the snapshot's, else `US`). */
  region?: string;
  /** Replies this process heard after its snapshot was built, consulted before it. */
  overrides?: Overrides | null;
  /**
   * Quiet hours for marketing, by the recipient's local time (default `true`: the law). `true`: the
   * federal 8:00–21:00 window and the stricter state rules; `{ regionalRules: false }`: the
   * federal window only. (Other windows: the core's `QuietHours`.)
   */
  quietHours?: boolean | { regionalRules?: boolean };
}

/** Stable `reason` codes of `screen`. */
export type ScreenReason =
  | "ok"
  | "opted-out"
  | "opted-out-program"
  | "unknown-program"
  | "quiet-hours"
  | "invalid-recipient"
  | "snapshot-missing"
  | "snapshot-stale"
  | "lint-warnings"
  | "confirmation";

export interface Screening {
  decision: "allow" | "block" | "warn";
  reason: ScreenReason;
  /** A sentence for a person. */
  message: string;
  /** The recipient in E.164, when it parsed. */
  e164: string | null;
  scope: Scope | null;
  /** Whether a local override (`options.overrides`), not the snapshot, gave the number's state. */
  overridden: boolean;
  /** Only for `quiet-hours`: the next allowed moment, ISO 8601 at the recipient's offset (`2026-12-02T08:00:00-05:00`). */
  sendAfter?: string;
  /** Only for `quiet-hours`: the same in milliseconds since the epoch. */
  sendAfterMs?: number;
  /** Only for `quiet-hours`: where the recipient is (`US-FL`, "Florida"), the rule that holds (`federal`, `US-FL`, `CA-*`), their local time now. */
  hold?: { region: string; regionName: string | null; rule: string; localTime: string };
  /** Sequence of the snapshot consulted. */
  snapshotSequence: number | null;
  /** Lint findings for the body. */
  findings: Finding[];
}

/** Classifies one inbound reply. */
export declare function classify(text: string, options?: { programs?: readonly Program[] }): Classification;
/** Findings about an outbound message (category default `marketing`), facts as fields. */
export declare function lint(message: string, options?: {
  category?: Category;
  /** The recipient opted out: a marketing body asking them back by SMS is a `re-engagement` warning. */
  optedOut?: boolean;
}): Finding[];
/** Encoding, length and SMS segments of a message. */
export declare function measure(message: string): Measurement;
/** A typed phone number in E.164 (`+14155550134`), national numbers read in `region` (default `US`). */
export declare function normalize(input: string, region?: string): string;
/** A snapshot file from an opt-out list. */
export declare function buildSnapshot(entries: readonly Entry[], options?: BuildSnapshotOptions): Bytes;
/** A delta file between two sequences. */
export declare function buildDelta(changes: DeltaChanges, options?: BuildDeltaOptions): Bytes;
/** A fresh Ed25519 key pair, as hex. */
export declare function generateKeyPair(): KeyPair;
/** Whether a message may go: recipient against the snapshot, body through `lint`, snapshot age. */
export declare function screen(
  request: SendRequest,
  snapshot: Snapshot | null | undefined,
  options?: ScreenOptions,
): Screening;

// ---- Consent, overrides, defaults (the policy's exports) ----

export interface ConsentOptions {
  /**
   * Whether an answer word (YES, OK, SÍ, OUI, JA...) restores consent (default `false`: after a
   * revocation consent must be express, and these words answer ordinary questions). Even when
   * `true`, they lift for transactional messages only.
   */
  yesLifts?: boolean;
  /** The deployment's programs (for scope text). */
  programs?: readonly Program[];
  /** Revoke-all: a narrower opt-out suppresses `all` (default `auto`: on from 2027-01-31 by `now`). */
  revokeAll?: RevokeAll;
  /** Now, milliseconds since the epoch (default `Date.now()`), for `revokeAll: "auto"`. */
  now?: number;
}

/** What a reply does to its sender's opt-out. */
export interface ConsentEffect {
  effect: "suppress" | "lift" | "nothing";
  /**
   * `suppress`: the scope opted out of. `lift`: `all` (remove any opt-out) or `transactional`
   * (an `all` opt-out narrows to `marketing`; a marketing-only one stays). `nothing`: `null`.
   */
  scope: Scope | "transactional" | null;
  /** Stable code: `opt-out`, `explicit-opt-in`, `explicit-opt-in-program` (lifts the programs in `scope`), `answer-word`, `answer-word-lifts`, `needs-review` (the learned model's opt-in: a person confirms it, nothing is lifted), `not-consent`. */
  reason: "opt-out" | "explicit-opt-in" | "explicit-opt-in-program" | "answer-word" | "answer-word-lifts" | "needs-review" | "not-consent";
  /** Under revoke-all: the scope the reply asked for (`scope` is then `all`); ask the clarifying question. */
  requestedScope?: Scope;
  /** Under revoke-all: `true` when it widened the opt-out to `all`. */
  revokeAll?: true;
}

/**
 * Whether a reply from a number with a pending revoke-all clarification (opened at
 * `pendingAt`, within 24 hours) narrows its `all` opt-out: the scope it becomes (marketing
 * and every program the reply does not keep), or `null`.
 */
export declare function narrowing(
  text: string,
  options: { programs: readonly Program[]; pendingAt?: number | null; current: Scope | null; now?: number },
): Scope | null;

/** What a classified reply (as `classify` returns it) does to the sender's opt-out. */
export declare function consentEffect(
  classification: Pick<Classification, "intent" | "scope" | "keyword" | "rule">,
  options?: ConsentOptions,
): ConsentEffect;

/** `screen` for one recipient of a list: no body, no findings; `input` is the entry as given. */
export interface RecipientScreening extends Omit<Screening, "findings"> {
  input: string;
}

export interface ScreenManyOptions extends ScreenOptions {
  /** Default `marketing`. */
  category?: Category;
  /** The program of the message (an id of `programs`). */
  program?: string;
}

/** `screen` for many recipients of one message (the body is linted once, by `lint`). */
export declare function screenMany(
  recipients: string[],
  snapshot: Snapshot | null | undefined,
  options?: ScreenManyOptions,
): RecipientScreening[];

/** Whether an opt-out of `scope` applies to a message of `category`. */
export declare function covers(scope: Scope, category: Category): boolean;

/** The core's defaults, so no caller keeps its own copy. */
export interface Defaults {
  /** A snapshot older than this many seconds is stale (what `screen` uses without `maxAgeSeconds`). */
  maxAgeSeconds: number;
  /** How far a snapshot's time (or `freshAt`) may run ahead of `now`; further ahead it is stale. */
  maxClockSkewSeconds: number;
  /** Region national numbers are read in when nothing says which. */
  region: string;
  /** Units one SMS carries (`single`), and each part of a concatenated one (`part`). */
  segmentLimits: Record<"GSM-7" | "UCS-2", { single: number; part: number }>;
  /** The federal quiet-hours window marketing must keep to, local time. */
  quietHours: { start: string; end: string };
}
export declare function defaults(): Defaults;

/** One number's local state. */
export interface Override {
  e164: string;
  /** The opt-out it has now; `null`: opted in. */
  scope: Scope | null;
  /** The list sequence the origin recorded the change at, once known. */
  recordedAt: number | null;
}

/**
 * Numbers whose state this process heard after its snapshot was built (replies just received),
 * consulted by `screen`/`screenMany` before the snapshot: `{ overrides }` in their options.
 */
export declare class Overrides {
  /** National numbers are read in `options.region` (default `US`); scopes name `options.programs`. */
  constructor(options?: { region?: string; programs?: readonly Program[] });
  /**
   * Opted out of `scope` (text, or `{ scope?, programs: [ids] }`), or (`null`) opted in. Returns the number in E.164.
   * A scope left out (`undefined`) is refused with `ERR_ARGUMENT`: only `null` records an opt-in.
   */
  set(number: string, scope: Scope | { scope?: Scope; programs: string[] } | null): string;
  /** Records what `consentEffect` said a reply does, starting from the snapshot's state when there is no override. Returns the state afterwards. */
  apply(number: string, effect: ConsentEffect, snapshot?: Snapshot | null): Scope | null;
  get(number: string): Override | undefined;
  delete(number: string): boolean;
  /** The origin recorded the number's change at `sequence`. */
  recorded(number: string, sequence: number): boolean;
  /** Drops the overrides recorded at or before `sequence`; returns how many went. */
  prune(sequence: number): number;
  clear(): void;
  readonly size: number;
  /** How many are opt-outs (`size - optOuts` are opt-ins). */
  readonly optOuts: number;
  /** After `free()`, every call throws `ERR_FREED`; a second `free()` does nothing. */
  free(): void;
}
