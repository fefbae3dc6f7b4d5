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
}
