// The preference page's HTML (contract C11): a plain form, no script and no build step, served
// by the edge at GET /p/<token>. Every value put into the page goes through `esc`.

/** The page's version, recorded with each choice as the evidence of what was shown. */
export const PAGE_VERSION = "prefs-1";

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
fieldset{border:1px solid #999;border-radius:6px;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:600;padding:0 .3rem}label{display:block;margin:.6rem 0 .2rem}
input[type=email],input[type=text]{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #666;border-radius:4px}
input[type=checkbox]{width:1.1rem;height:1.1rem;vertical-align:middle;margin-right:.4rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:4px;border:0;background:#0b57d0;color:#fff;cursor:pointer}
button:focus-visible,input:focus-visible{outline:3px solid #f2a100;outline-offset:2px}
.hint{color:#444;font-size:.9rem;margin:.2rem 0}.error{color:#a50e0e;font-weight:600}.ok{color:#0b6b2e;font-weight:600}`;

function page(title, body, status = 200) {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // The token is in the URL: it must not leak to other sites or frames.
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      "x-content-type-options": "nosniff",
    },
  });
}

/** The 403 page for a link that is tampered, malformed or expired. */
export function refusedPage(brand, message) {
  return page(`${brand}: link not valid`, `<h1>This link cannot be used</h1>
<p class="error" role="alert" data-refused="true">${esc(message)}</p>
<p>Links to this page are personal and expire. To get a new one, reply STOP to one of our text messages.</p>`, 403);
}

/** A page saying something went wrong on our side. */
export function unavailablePage(brand, message) {
  return page(`${brand}: try again`, `<h1>Your choice was not saved</h1>
<p class="error" role="alert">${esc(message)}</p><p>Please try again in a minute.</p>`, 502);
}

/**
 * The form. `current`: `{ email, push }` the number accepted before (prefilled);
 * `programs`: `[{ id, name }]` the SMS opt-out may be narrowed to (none: the section is left out);
 * `error`: a message shown above the form (with `field` marked invalid).
 */
export function formPage({ brand, e164, action, current = {}, programs = [], error = null, field = null, status = 200 }) {
  const masked = e164.length > 4 ? `${"•".repeat(e164.length - 4)}${e164.slice(-4)}` : e164;
  const invalid = (name) => (field && field.startsWith(name) ? ' aria-invalid="true" aria-describedby="form-error"' : "");
  const check = (on) => (on ? " checked" : "");
  const programSection = programs.length === 0 ? "" : `
<fieldset><legend>Keep some texts</legend>
<p class="hint" id="keep-hint">You are unsubscribed from all texts. Tick what you still want by text message.</p>
${programs.map((p) => `<label><input type="checkbox" name="keep" value="${esc(p.id)}" aria-describedby="keep-hint">${esc(p.name || p.id)}</label>`).join("\n")}
</fieldset>`;
  return page(`${brand}: your choices`, `<h1>${esc(brand)}: how may we reach you?</h1>
<p>You have unsubscribed from our text messages for the number ending ${esc(masked.slice(-4))}. You can tell us other ways you are happy to hear from us.</p>
${error ? `<p class="error" role="alert" id="form-error">${esc(error)}</p>` : ""}
<form method="post" action="${esc(action)}">
<fieldset><legend>Other channels</legend>
<label><input type="checkbox" name="email_on" value="1" id="email_on"${check(current.email !== undefined)}>Email me instead</label>
<label for="email">Email address</label>
<input type="email" id="email" name="email" autocomplete="email" value="${esc(current.email || "")}"${invalid("channels")}>
<label><input type="checkbox" name="push_on" value="1" id="push_on"${check(current.push !== undefined)}>Send notifications in the app</label>
<label for="push">Device or app name</label>
<input type="text" id="push" name="push" maxlength="254" value="${esc(current.push || "")}" aria-describedby="push-hint">
<p class="hint" id="push-hint">For example "my phone": we use it to pick the app notifications you get.</p>
</fieldset>${programSection}
<input type="hidden" name="pageVersion" value="${PAGE_VERSION}">
<button type="submit">Save my choices</button>
</form>`, status);
}

/** After a choice was recorded. */
export function savedPage({ brand, channels, kept = [] }) {
  const list = channels.length === 0 ? "<p>We will not contact you on other channels.</p>"
    : `<ul>${channels.map((c) => `<li data-kind="${esc(c.kind)}">${c.kind === "email" ? "Email" : "App notifications"}: ${esc(c.address)}</li>`).join("")}</ul>`;
  return page(`${brand}: saved`, `<h1>Thank you</h1>
<p class="ok" role="status" data-saved="true">Your choices are saved.</p>${list}
${kept.length ? `<p data-kept="${esc(kept.join(", "))}">You will keep getting ${esc(kept.join(", "))} by text; all other texts stay stopped.</p>`
    : "<p>You will get no more text messages unless you reply START.</p>"}`);
}
