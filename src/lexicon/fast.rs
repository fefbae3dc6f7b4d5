//! A fast, non-cryptographic hasher for the lexicon's word maps.
//!
//! Cue and common-word lookups run once per token, so SipHash (std's
//! default, built to resist hash flooding) costs more than the rest of
//! tokenisation. The keys are our own lexicon words; text only looks them
//! up, so flooding is not a concern. This is the multiply-rotate scheme of
//! rustc's `FxHasher`, written out to avoid a dependency.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// Up to eight bytes packed little-endian into an integer (zero-padded),
/// without a `memcpy` call for the variable length.
#[inline]
pub(crate) fn pack8(b: &[u8]) -> u64 {
    debug_assert!(b.len() <= 8);
    let mut k = 0u64;
    for (i, &x) in b.iter().enumerate().take(8) {
        k |= u64::from(x) << (8 * i);
    }
    k
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Word-at-a-time multiply-rotate hasher.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A read-mostly table from non-zero 128-bit keys to small `Copy` values:
/// open addressing with linear probing, at most half full, one multiply to
/// hash.
///
/// The tokeniser asks it once per token (is this word in the lexicon?), so
/// it is built for a miss to cost one load from a small array: each slot
/// has a 16-bit tag (0 when empty) beside it, in an array an eighth the
/// size of the slots, and only a slot whose tag matches is read. A hit
/// reads one slot, key and value together. Keys are the lexicon's own
/// (packed words, trie edges): text only looks them up, so no text can make
/// the probe sequences long.
#[derive(Debug, Clone)]
pub(crate) struct KeyTable<V = u32> {
    tags: Vec<u16>,
    slots: Vec<Slot<V>>,
    len: usize,
    shift: u32,
}

/// A key (as two halves, so that a slot needs no 16-byte alignment) and
/// its value.
#[derive(Debug, Clone, Copy, Default)]
struct Slot<V> {
    lo: u64,
    hi: u64,
    val: V,
}

impl<V: Copy + Default> Default for KeyTable<V> {
    fn default() -> KeyTable<V> {
        KeyTable::with_bits(4)
    }
}

impl<V: Copy + Default> KeyTable<V> {
    fn with_bits(bits: u32) -> KeyTable<V> {
        KeyTable {
            tags: vec![0; 1 << bits],
            slots: vec![Slot::default(); 1 << bits],
            len: 0,
            shift: 64 - bits,
        }
    }

    /// The number of keys.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The home slot of `key` and its tag (never 0).
    #[inline]
    fn place(&self, key: u128) -> (usize, u16) {
        let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The tag comes from the bits just below those of the slot (tables
        // have far fewer than 2^48 slots), with its low bit set.
        (
            (h >> self.shift) as usize,
            (h >> (self.shift - 16)) as u16 | 1,
        )
    }

    /// The value of `key` (never 0), if present.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<V> {
        let mask = self.tags.len() - 1;
        let (mut i, tag) = self.place(key);
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        loop {
            let t = self.tags[i];
            if t == tag {
                let s = &self.slots[i];
                if s.lo == lo && s.hi == hi {
                    return Some(s.val);
                }
            } else if t == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key` (never 0), inserting `make()` when absent.
    pub(crate) fn get_or_insert_with(&mut self, key: u128, make: impl FnOnce() -> V) -> V {
        debug_assert!(key != 0, "0 marks an empty slot");
        if let Some(v) = self.get(key) {
            return v;
        }
        if 2 * (self.len + 1) > self.tags.len() {
            let bits = 64 - self.shift + 1;
            let old = std::mem::replace(self, KeyTable::with_bits(bits));
            for (&t, s) in old.tags.iter().zip(&old.slots) {
                if t != 0 {
                    self.put(u128::from(s.lo) | u128::from(s.hi) << 64, s.val);
                }
            }
        }
        let v = make();
        self.put(key, v);
        v
    }

    fn put(&mut self, key: u128, val: V) {
        let mask = self.tags.len() - 1;
        let (mut i, tag) = self.place(key);
        while self.tags[i] != 0 {
            i = (i + 1) & mask;
        }
        self.tags[i] = tag;
        self.slots[i] = Slot {
            lo: key as u64,
            hi: (key >> 64) as u64,
            val,
        };
        self.len += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack8_matches_zero_padded_little_endian() {
        assert_eq!(pack8(b""), 0);
        assert_eq!(pack8(b"ab"), u64::from_le_bytes(*b"ab\0\0\0\0\0\0"));
        assert_eq!(pack8(b"abcdefgh"), u64::from_le_bytes(*b"abcdefgh"));
    }

    #[test]
    fn distinct_short_words_hash_apart() {
        let mut set = FastSet::default();
        for w in [
            "a",
            "à",
            "de",
            "des",
            "du",
            "the",
            "of",
            "ab",
            "ba",
            "abcdefgh",
            "abcdefghi",
        ] {
            assert!(set.insert(w.to_string()));
        }
        assert!(set.contains("des"));
        assert!(!set.contains("de "));
    }

    #[test]
    fn key_table_finds_what_was_inserted_and_nothing_else() {
        let mut t = KeyTable::<u32>::default();
        for k in 1..5000u128 {
            let key = k * 0x1_0000_0001 + (k << 70);
            assert_eq!(t.get_or_insert_with(key, || k as u32), k as u32);
        }
        assert_eq!(t.len(), 4999);
        for k in 1..5000u128 {
            let key = k * 0x1_0000_0001 + (k << 70);
            assert_eq!(t.get(key), Some(k as u32));
            assert_eq!(t.get_or_insert_with(key, || 0), k as u32);
            assert_eq!(t.get(key + 1 + (1 << 100)), None);
        }
    }
}
