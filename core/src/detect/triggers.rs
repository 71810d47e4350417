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
    #[inline]
    pub fn find(&self, hay: &[u8], from: usize) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        {
            // SAFETY: SSE2 is part of the x86_64 baseline; `find_sse2` reads only inside `hay`.
            unsafe { self.find_sse2(hay, from) }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            self.find_scalar(hay, from)
        }
    }

    #[allow(dead_code)]
    fn find_scalar(&self, hay: &[u8], from: usize) -> Option<usize> {
        hay.get(from..)?
            .iter()
            .position(|&b| self.matches(b))
            .map(|i| i + from)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "sse2")]
    unsafe fn find_sse2(&self, hay: &[u8], from: usize) -> Option<usize> {
        use std::arch::x86_64::*;
        let len = hay.len();
        let mut i = from;
        if i >= len {
            return None;
        }
        // A disabled class compares against a byte the digit test already covers or, when digits
        // are off too, against NUL-free filler that cannot occur in &str text we scan (0xFF).
        let filler = 0xFFu8 as i8;
        let at = _mm_set1_epi8(if self.at { b'@' as i8 } else { filler });
        let colon = _mm_set1_epi8(if self.colon { b':' as i8 } else { filler });
        let eq = _mm_set1_epi8(if self.equals { b'=' as i8 } else { filler });
        let zero = _mm_set1_epi8(b'0' as i8);
        let nine = _mm_set1_epi8(if self.digits { 9 } else { -1i8 });
        let digit_on = self.digits;
        let ptr = hay.as_ptr();
        macro_rules! classify {
            ($v:expr) => {{
                let v = $v;
                let mut m = _mm_or_si128(
                    _mm_cmpeq_epi8(v, at),
                    _mm_or_si128(_mm_cmpeq_epi8(v, colon), _mm_cmpeq_epi8(v, eq)),
                );
                if digit_on {
                    let d = _mm_sub_epi8(v, zero);
                    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d));
                }
                m
            }};
        }
        while i + 32 <= len {
            // SAFETY: i + 32 <= len; unaligned loads stay inside `hay`.
            let (a, b) = unsafe {
                (
                    _mm_loadu_si128(ptr.add(i) as *const __m128i),
                    _mm_loadu_si128(ptr.add(i + 16) as *const __m128i),
                )
            };
            let ma = classify!(a);
            let mb = classify!(b);
            let mask = (_mm_movemask_epi8(ma) as u32) | ((_mm_movemask_epi8(mb) as u32) << 16);
            if mask != 0 {
                return Some(i + mask.trailing_zeros() as usize);
            }
            i += 32;
        }
        while i < len {
            if self.matches(hay[i]) {
                return Some(i);
            }
            i += 1;
        }
        None
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
                equals: false
            }
            .find(&edge, 0),
            None
        );
    }
}
