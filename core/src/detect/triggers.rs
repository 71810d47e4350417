//! Finding the bytes that can start a digit-, email-, assignment- or IPv6-anchored candidate.
//!
//! One vectorized pass: on x86_64 each 32-byte block costs a handful of SSE2 instructions, so
//! clean prose is read at several GB/s and only the rare trigger bytes reach the rules.

/// Which trigger classes are live (a class with no rule is not searched for).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Triggers {
    pub digits: bool,
    pub at: bool,
    pub colon: bool,
    pub equals: bool,
    /// AVX2 is available (checked once when the engine is built).
    pub avx2: bool,
}

impl Triggers {
    pub fn any(&self) -> bool {
        self.digits || self.at || self.colon || self.equals
    }

    #[inline]
    fn matches(&self, b: u8) -> bool {
        (self.digits && b.is_ascii_digit())
            || (self.at && b == b'@')
            || (self.colon && b == b':')
            || (self.equals && b == b'=')
    }

    /// The position of the first trigger byte at or after `from`.
    #[cfg(test)]
    pub fn find(&self, hay: &[u8], from: usize) -> Option<usize> {
        let mut it = Cursor::new(*self, hay);
        it.next_from(from)
    }

    #[allow(dead_code)]
    fn find_scalar(&self, hay: &[u8], from: usize) -> Option<usize> {
        hay.get(from..)?
            .iter()
            .position(|&b| self.matches(b))
            .map(|i| i + from)
    }

    /// Bit i set when `hay[at + i]` is a trigger, for the 64 bytes from `at` (fewer at the
    /// end); and the same for digits alone.
    #[inline]
    fn block_mask(&self, hay: &[u8], at: usize) -> (u64, u64) {
        #[cfg(target_arch = "x86_64")]
        if at + 64 <= hay.len() {
            if self.avx2 {
                // SAFETY: `avx2` is only set when the CPU supports AVX2.
                return unsafe { self.block_mask_avx2(&hay[at..at + 64]) };
            }
            return self.block_mask_sse2(&hay[at..at + 64]);
        }
        let (mut m, mut d) = (0u64, 0u64);
        for (i, &b) in hay[at..hay.len().min(at + 64)].iter().enumerate() {
            if self.matches(b) {
                m |= 1 << i;
            }
            if b.is_ascii_digit() {
                d |= 1 << i;
            }
        }
        (m, d)
    }

    #[cfg(target_arch = "x86_64")]
    #[inline]
    fn block_mask_sse2(&self, block: &[u8]) -> (u64, u64) {
        use std::arch::x86_64::*;
        debug_assert_eq!(block.len(), 64);
        // SSE2 is part of the x86_64 baseline, so these intrinsics are always available.
        // A disabled class compares against 0xFF, which never occurs in UTF-8 text.
        // SAFETY: four unaligned 16-byte loads inside the 64-byte `block`.
        unsafe {
            let filler = 0xFFu8 as i8;
            let at = _mm_set1_epi8(if self.at { b'@' as i8 } else { filler });
            let colon = _mm_set1_epi8(if self.colon { b':' as i8 } else { filler });
            let eq = _mm_set1_epi8(if self.equals { b'=' as i8 } else { filler });
            let zero = _mm_set1_epi8(b'0' as i8);
            let nine = _mm_set1_epi8(9);
            let ptr = block.as_ptr();
            let (mut mask, mut digits) = (0u64, 0u64);
            for k in 0..4 {
                let v = _mm_loadu_si128(ptr.add(16 * k) as *const __m128i);
                let m = _mm_or_si128(
                    _mm_cmpeq_epi8(v, at),
                    _mm_or_si128(_mm_cmpeq_epi8(v, colon), _mm_cmpeq_epi8(v, eq)),
                );
                let d = _mm_sub_epi8(v, zero);
                let dm = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
                let dbits = _mm_movemask_epi8(dm) as u32 as u64;
                digits |= dbits << (16 * k);
                mask |= (_mm_movemask_epi8(m) as u32 as u64) << (16 * k);
            }
            if self.digits {
                mask |= digits;
            }
            (mask, digits)
        }
    }
}

impl Triggers {
    /// Whether this CPU has AVX2 (always false off x86_64).
    pub fn detect_avx2() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("avx2")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn block_mask_avx2(&self, block: &[u8]) -> (u64, u64) {
        use std::arch::x86_64::*;
        debug_assert_eq!(block.len(), 64);
        let filler = 0xFFu8 as i8;
        let at = _mm256_set1_epi8(if self.at { b'@' as i8 } else { filler });
        let colon = _mm256_set1_epi8(if self.colon { b':' as i8 } else { filler });
        let eq = _mm256_set1_epi8(if self.equals { b'=' as i8 } else { filler });
        let zero = _mm256_set1_epi8(b'0' as i8);
        let nine = _mm256_set1_epi8(9);
        let ptr = block.as_ptr();
        let (mut mask, mut digits) = (0u64, 0u64);
        for k in 0..2 {
            // SAFETY: two unaligned 32-byte loads inside the 64-byte `block`.
            let v = unsafe { _mm256_loadu_si256(ptr.add(32 * k) as *const __m256i) };
            let m = _mm256_or_si256(
                _mm256_cmpeq_epi8(v, at),
                _mm256_or_si256(_mm256_cmpeq_epi8(v, colon), _mm256_cmpeq_epi8(v, eq)),
            );
            let d = _mm256_sub_epi8(v, zero);
            let dm = _mm256_cmpeq_epi8(_mm256_min_epu8(d, nine), d);
            digits |= (_mm256_movemask_epi8(dm) as u32 as u64) << (32 * k);
            mask |= (_mm256_movemask_epi8(m) as u32 as u64) << (32 * k);
        }
        if self.digits {
            mask |= digits;
        }
        (mask, digits)
    }
}

/// Walks the trigger positions of a text block by block (64 bytes per vector pass), so
/// consecutive triggers cost a bit operation, not a new search.
#[derive(Debug)]
pub(crate) struct Cursor<'h> {
    t: Triggers,
    hay: &'h [u8],
    block: usize,
    mask: u64,
    digits: u64,
    loaded: bool,
}

impl<'h> Cursor<'h> {
    pub fn new(t: Triggers, hay: &'h [u8]) -> Cursor<'h> {
        Cursor {
            t,
            hay,
            block: 0,
            mask: 0,
            digits: 0,
            loaded: false,
        }
    }

    /// The first trigger at or after `from`.
    #[inline]
    pub fn next_from(&mut self, from: usize) -> Option<usize> {
        let len = self.hay.len();
        if from >= len {
            return None;
        }
        if !self.loaded || from < self.block || from >= self.block + 64 {
            self.block = from;
            (self.mask, self.digits) = self.t.block_mask(self.hay, from);
            self.loaded = true;
        } else {
            let shift = from - self.block;
            self.mask &= !0u64 << shift;
        }
        loop {
            if self.mask != 0 {
                return Some(self.block + self.mask.trailing_zeros() as usize);
            }
            self.block += 64;
            if self.block >= len {
                return None;
            }
            (self.mask, self.digits) = self.t.block_mask(self.hay, self.block);
        }
    }

    /// Length of the digit run starting at `p` (a position this cursor just returned).
    #[inline]
    pub fn digit_run_at(&self, p: usize) -> usize {
        if self.loaded && p >= self.block && p < self.block + 64 {
            let off = p - self.block;
            let run = (!(self.digits >> off)).trailing_zeros() as usize;
            if off + run < 64 || self.block + 64 >= self.hay.len() {
                return run.min(self.hay.len() - p);
            }
        }
        self.hay[p..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_class_and_agrees_with_scalar() {
        let t = Triggers {
            digits: true,
            at: true,
            colon: true,
            equals: true,
            avx2: Triggers::detect_avx2(),
        };
        let mut hay = vec![b'a'; 200];
        for (pos, b) in [
            (3, b'7'),
            (40, b'@'),
            (41, b':'),
            (77, b'='),
            (150, b'0'),
            (199, b'9'),
        ] {
            hay[pos] = b;
        }
        let mut from = 0;
        let mut found = vec![];
        while let Some(p) = t.find(&hay, from) {
            assert_eq!(Some(p), t.find_scalar(&hay, from));
            found.push(p);
            from = p + 1;
        }
        assert_eq!(found, vec![3, 40, 41, 77, 150, 199]);
        let only_at = Triggers {
            digits: false,
            at: true,
            colon: false,
            equals: false,
            avx2: false,
        };
        assert_eq!(only_at.find(&hay, 0), Some(40));
        assert_eq!(only_at.find(&hay, 41), None);
        // Bytes just outside the digit range are not digits.
        let edge = b"/;//////////////////////////////////////AAAAA".to_vec();
        assert_eq!(
            Triggers {
                digits: true,
                at: false,
                colon: false,
                equals: false,
                avx2: Triggers::detect_avx2(),
            }
            .find(&edge, 0),
            None
        );
    }
}
