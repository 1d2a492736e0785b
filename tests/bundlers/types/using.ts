// `using` (TypeScript 5.2+, lib esnext): Snapshot is Disposable.
import { Snapshot, buildSnapshot } from "stopgate";

export function lookup(number: string): boolean {
  using snapshot = Snapshot.fromBytes(buildSnapshot(["+14155550134"]));
  return snapshot.has(number);
}
