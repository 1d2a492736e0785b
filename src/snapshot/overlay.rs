//! The overlay: numbers whose state differs from the base file after deltas were applied,
//! how a delta gets there (sequence and digest checks first, then the changes), and the
//! iterator that merges the overlay into the base file's entries.
use super::error::{Kind, SnapshotError};
use super::{Delta, ListDigest, Snapshot};
use crate::Scope;

impl<B: AsRef<[u8]>> Snapshot<B> {
    /// Applies a delta whose base is this snapshot's current sequence.
    ///
    /// Additions set the number's scope (a scope change replaces, it does not widen);
    /// removals un-suppress it. Refused, changing nothing, when the delta does not start
    /// at the current sequence: no gaps, no rollback.
    ///
    /// A delta that names list digests (one built with [`DeltaBuilder::digests`] or
    /// [`DeltaBuilder::build_on`]) is also refused, changing nothing, when its base digest
    /// is not [`Snapshot::digest`] or applying it would not give the digest it names: the
    /// two copies of the list have diverged ([`SnapshotError::is_digest_error`]).
    pub fn apply_delta(&mut self, delta: &Delta) -> Result<(), SnapshotError> {
        if delta.base_sequence() != self.sequence {
            return Err(SnapshotError::new(Kind::DeltaBase {
                delta_base: delta.base_sequence(),
                snapshot: self.sequence,
            }));
        }
        if let (Some(base), Some(result)) = (delta.base_digest(), delta.digest()) {
            let mismatch = |which, delta: ListDigest, snapshot: ListDigest| {
                SnapshotError::new(Kind::DeltaDigest { which, delta: delta.to_hex(), snapshot: snapshot.to_hex() })
            };
            if base != self.digest {
                return Err(mismatch("base", base, self.digest));
            }
            let after = self.digest_after(delta);
            if after != result {
                return Err(mismatch("resulting", result, after));
            }
        }
        for &(number, scope) in delta.additions() {
            self.set(number, Some(scope));
        }
        for &number in delta.removals() {
            self.set(number, None);
        }
        self.sequence = delta.sequence();
        self.created_at = delta.created_at();
        self.deltas_applied += 1;
        Ok(())
    }

    /// The digest this snapshot would have after `delta` (whose numbers are distinct).
    pub(crate) fn digest_after(&self, delta: &Delta) -> ListDigest {
        let mut d = self.digest;
        for &(number, scope) in delta.additions() {
            d.change(number, self.check(number), Some(scope));
        }
        for &number in delta.removals() {
            d.change(number, self.check(number), None);
        }
        d
    }

    fn set(&mut self, number: u64, state: Option<Scope>) {
        let old = self.check(number);
        self.digest.change(number, old, state);
        let before = old.is_some();
        match (before, state.is_some()) {
            (false, true) => self.len += 1,
            (true, false) => self.len = self.len.saturating_sub(1),
            _ => {}
        }
        // Keep the overlay to the numbers that differ from the base.
        if self.layout.check(self.bytes.as_ref(), number) == state {
            self.overlay.remove(&number);
        } else {
            self.overlay.insert(number, state);
        }
    }

}

/// The base iterator with the overlay's changes merged in.
pub(crate) struct Merge<I: Iterator<Item = (u64, Scope)>> {
    pub(crate) base: core::iter::Peekable<I>,
    pub(crate) overlay: core::iter::Peekable<std::vec::IntoIter<(u64, Option<Scope>)>>,
}

impl<I: Iterator<Item = (u64, Scope)>> Iterator for Merge<I> {
    type Item = (u64, Scope);

    fn next(&mut self) -> Option<(u64, Scope)> {
        loop {
            let b = self.base.peek().map(|&(n, _)| n);
            let o = self.overlay.peek().map(|&(n, _)| n);
            match (b, o) {
                (None, None) => return None,
                (Some(b), Some(o)) if b < o => return self.base.next(),
                (Some(_), None) => return self.base.next(),
                (b, Some(o)) => {
                    if b == Some(o) {
                        self.base.next();
                    }
                    if let Some((n, Some(scope))) = self.overlay.next() {
                        return Some((n, scope));
                    }
                }
            }
        }
    }
}
