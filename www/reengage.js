// The compose form's words for the `re-engagement` lint finding (contract C11): a marketing
// body asking recipients who opted out back by SMS. Only their own message can undo an
// opt-out, so the form points to the allowed path: a channel they accepted on the preference
// page ("send by email instead"), or the preference page itself, linked from the opt-out
// confirmation they received.

/** `optedOut`: the opted-out recipients' verdicts (with `channels` when the edge named them). */
export function reEngagementItem(optedOut) {
  const n = optedOut.length;
  const who = n === 1 ? `${optedOut[0].e164}, who opted out,` : `${n.toLocaleString('en-US')} recipients who opted out`;
  const emails = optedOut.map((v) => (v.channels || []).find((c) => c.kind === 'email')).filter(Boolean);
  const push = optedOut.filter((v) => (v.channels || []).some((c) => c.kind === 'push')).length;
  let fix = 'remove them from this text. They can choose other channels on the preference page linked from their opt-out confirmation.';
  if (emails.length) {
    fix = `send by email instead: ${emails.length === 1 ? emails[0].address : `${emails.length} of them accepted email`}` +
      (emails.length < n ? '; remove the others from this text.' : '.');
  } else if (push) {
    fix = 'send an app notification instead: they accepted push on the preference page.';
  }
  return {
    key: 'lint:re-engagement',
    text: `This message asks ${who} to opt back in by text. Only their own message can undo an opt-out.`,
    fix,
    channels: emails.length ? 'email' : push ? 'push' : null,
  };
}
