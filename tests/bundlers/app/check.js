// The small app every browser bundle runs: classify a reply, load a snapshot with fetch()
// (served next to the page) and look numbers up, build one in the page, and read an error
// code. run.test.mjs compares the result with EXPECTED.
export const EXPECTED = {
  intent: "opt_out",
  fetched: true,
  fetchedMiss: false,
  built: true,
  code: "ERR_INVALID_NUMBER",
  packed: [1, 0, 255],
};

export async function run({ classify, Snapshot, buildSnapshot, normalize }) {
  const response = await fetch("./snapshot.bin");
  const snapshot = Snapshot.fromBytes(new Uint8Array(await response.arrayBuffer()));
  const local = Snapshot.fromBytes(buildSnapshot(["+14155550199"]));
  let code = null;
  try {
    normalize("not a number");
  } catch (e) {
    code = e.code;
  }
  return {
    intent: classify("STOP please").intent,
    fetched: snapshot.has("(415) 555-0134"),
    fetchedMiss: snapshot.has("+14155550100"),
    built: local.check("+14155550199").suppressed,
    code,
    packed: Array.from(snapshot.checkPacked("+14155550134\n+14155550100\nnot a number")),
  };
}

export function report(promise) {
  promise.then(
    (result) => (globalThis.__result = result),
    (e) => (globalThis.__result = { error: String((e && e.stack) || e) }),
  );
}
