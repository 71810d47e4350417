//! Byte-level Shannon entropy and character-class counting, used to tell
//! random-looking secrets from words and templates.

/// Shannon entropy of the byte distribution, in bits per byte
/// (0.0 ..= 8.0). Returns 0.0 for empty input.
pub fn shannon_entropy(bytes: &[u8]) -> f64 {
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u64; 256];
    for &b in bytes {
        counts[usize::from(b)] += 1;
    }
    let n = bytes.len() as f64;
    let mut h = 0.0f64;
    for &c in counts.iter() {
        if c != 0 {
            let p = c as f64 / n;
            h -= p * p.log2();
        }
    }
    // Guard against -0.0 / tiny negative rounding for single-symbol input.
    if h > 0.0 { h } else { 0.0 }
}

/// How many of the four classes occur: ASCII lowercase, ASCII uppercase,
/// ASCII digit, other (any remaining byte). Returns 0..=4.
pub fn char_class_count(bytes: &[u8]) -> u8 {
    let (mut lower, mut upper, mut digit, mut other) = (false, false, false, false);
    for &b in bytes {
        match b {
            b'a'..=b'z' => lower = true,
            b'A'..=b'Z' => upper = true,
            b'0'..=b'9' => digit = true,
            _ => other = true,
        }
        if lower && upper && digit && other {
            break;
        }
    }
    u8::from(lower) + u8::from(upper) + u8::from(digit) + u8::from(other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn entropy_values() {
        assert_eq!(shannon_entropy(b""), 0.0);
        assert_eq!(shannon_entropy(b"a"), 0.0);
        assert_eq!(shannon_entropy(b"aaaaaaaa"), 0.0);
        assert!(close(shannon_entropy(b"ab"), 1.0));
        assert!(close(shannon_entropy(b"abab"), 1.0));
        assert!(close(shannon_entropy(b"abcd"), 2.0));
        assert!(close(shannon_entropy(b"0123456789abcdef"), 4.0));
        // p = 3/4, 1/4: H = 2 - (3/4) log2 3
        assert!(close(shannon_entropy(b"aaab"), 2.0 - 0.75 * 3f64.log2()));
        let all: Vec<u8> = (0..=255u8).collect();
        assert!(close(shannon_entropy(&all), 8.0));
        let twice: Vec<u8> = all.iter().chain(all.iter()).copied().collect();
        assert!(close(shannon_entropy(&twice), 8.0));
        assert!(shannon_entropy(b"password") < shannon_entropy(b"q8Zr1xT0vB7nK3mW"));
    }

    #[test]
    fn class_counts() {
        assert_eq!(char_class_count(b""), 0);
        assert_eq!(char_class_count(b"abc"), 1);
        assert_eq!(char_class_count(b"ABC"), 1);
        assert_eq!(char_class_count(b"123"), 1);
        assert_eq!(char_class_count(b"_-+"), 1);
        assert_eq!(char_class_count(b"aB"), 2);
        assert_eq!(char_class_count(b"aB3"), 3);
        assert_eq!(char_class_count(b"aB3/"), 4);
        assert_eq!(char_class_count("é".as_bytes()), 1);
        assert_eq!(char_class_count(&[0, 0xff]), 1);
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(8, 4000, 200, b"", |b| {
            let h = shannon_entropy(b);
            assert!((0.0..=8.0 + 1e-9).contains(&h), "{h}");
            assert!(char_class_count(b) <= 4);
        });
    }
}
