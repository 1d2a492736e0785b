// The same small app as check.js for server runtimes: the snapshot's bytes come from fs.
// CommonJS, so both `require` and `import` users (and Jest) can load it.
exports.check = function check({ classify, Snapshot, buildSnapshot, normalize }, bytes) {
  const snapshot = Snapshot.fromBytes(bytes);
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
};
