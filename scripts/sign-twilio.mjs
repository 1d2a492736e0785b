#!/usr/bin/env node
// Signs a Twilio-style webhook the way Twilio does (X-Twilio-Signature: base64 HMAC-SHA1
// over the URL and the sorted form fields), for trying the edge by hand.
//
//   node scripts/sign-twilio.mjs [--curl] <url> Name=value ...
//
// The token comes from STOPGATE_TWILIO_AUTH_TOKEN (`. .demo/secrets.env` after `make demo`).
// Prints the signature, or with --curl a complete curl command that sends the signed form.
import { createHmac } from "node:crypto";

const args = process.argv.slice(2);
const curl = args[0] === "--curl";
if (curl) args.shift();
const [url, ...pairs] = args;
const token = process.env.STOPGATE_TWILIO_AUTH_TOKEN;
if (!url || !token) {
  console.error("usage: STOPGATE_TWILIO_AUTH_TOKEN=... node scripts/sign-twilio.mjs [--curl] <url> Name=value ...");
  process.exit(2);
}
const form = new URLSearchParams();
for (const p of pairs) {
  const eq = p.indexOf("=");
  if (eq < 1) {
    console.error(`sign-twilio: ${JSON.stringify(p)} is not Name=value`);
    process.exit(2);
  }
  form.append(p.slice(0, eq), p.slice(eq + 1));
}
let data = url;
for (const k of [...new Set(form.keys())].sort()) for (const v of form.getAll(k)) data += k + v;
const signature = createHmac("sha1", token).update(data).digest("base64");
if (!curl) {
  console.log(signature);
} else {
  const q = (s) => `'${String(s).replace(/'/g, "'\\''")}'`;
  const fields = [...form].map(([k, v]) => `--data-urlencode ${q(`${k}=${v}`)}`).join(" ");
  console.log(`curl -s ${q(url)} -H ${q(`X-Twilio-Signature: ${signature}`)} ${fields}`);
}
