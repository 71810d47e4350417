//! Detection of obvious fake / template values (`YOUR_API_KEY`,
//! `xxxxxxxx`, `<token>`, `${SECRET}`, `changeme`, …) that a secret detector
//! must not report. Byte-based, allocation-free.

/// Case-insensitive substrings that mark a template or documentation value.
const MARKERS: &[&[u8]] = &[
    b"example",
    b"your_",
    b"your-",
    b"yourkey",
    b"placeholder",
    b"redacted",
    b"changeme",
    b"dummy",
    b"sample",
    b"randomstring",
    b"tokenhere",
    b"keyhere",
    b"secrethere",
    b"<",
    b">",
    b"${",
    b"{{",
    b"%s",
    b"...",
    "\u{2026}".as_bytes(), // … HORIZONTAL ELLIPSIS
];

/// `true` for obvious fake/template values:
/// - contains (ASCII case-insensitively) one of: `example`, `your_`,
///   `your-`, `yourkey`, `placeholder`, `redacted`, `changeme`, `dummy`,
///   `sample`, `randomstring`, `tokenhere`, `keyhere`, `secrethere`, `<`, `>`,
///   `${`, `{{`, `%s`, `...`, `…`;
/// - a run of ≥ 4 masking characters `x`/`X`/`*`/`#` (mixed allowed);
/// - 5 or more identical bytes in a row;
/// - the whole value (≥ 6 bytes) is a short unit repeated at least twice
///   (`abcabcabc`, `abab12abab12`);
/// - straight sequences (`123456`, `abcdef`, `987654`, `FEDCBA`; runs of ≥ 4
///   counted) cover at least 6 bytes and more than half of the value.
pub fn is_placeholder(value: &[u8]) -> bool {
    if value.is_empty() {
        return false;
    }
    has_marker(value)
        || has_mask_run(value)
        || has_identical_run(value, 5)
        || is_periodic(value)
        || straight_coverage(value)
}

/// One pass over the value for every marker (an automaton built once per process).
fn has_marker(value: &[u8]) -> bool {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    match AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(MARKERS)
            .ok()
    }) {
        Some(ac) => ac.is_match(value),
        None => MARKERS.iter().any(|m| contains_ignore_case(value, m)),
    }
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    needle.len() <= hay.len()
        && hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

fn has_mask_run(v: &[u8]) -> bool {
    let mut run = 0usize;
    for &b in v {
        if matches!(b, b'x' | b'X' | b'*' | b'#') {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn has_identical_run(v: &[u8], min: usize) -> bool {
    let mut run = 0usize;
    let mut prev: Option<u8> = None;
    for &b in v {
        if prev == Some(b) {
            run += 1;
        } else {
            run = 1;
            prev = Some(b);
        }
        if run >= min {
            return true;
        }
    }
    false
}

/// The value is `unit` repeated (last repetition may be partial) with
/// `unit.len() <= len / 2`. Cost is O(len²) in the worst case, so very long
/// values (which are not templates typed by hand) are skipped.
fn is_periodic(v: &[u8]) -> bool {
    let len = v.len();
    if !(6..=4096).contains(&len) {
        return false;
    }
    (1..=len / 2).any(|p| v[p] == v[0] && v[p..].iter().zip(v).all(|(a, b)| a == b))
}

/// Successor within the digit (wrapping 9→0) or letter (case-insensitive,
/// no wrap) class; `None` for other bytes.
fn successor(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'8' => Some(b + 1),
        b'9' => Some(b'0'),
        b'a'..=b'y' | b'A'..=b'Y' => Some(b.to_ascii_lowercase() + 1),
        _ => None,
    }
}

fn is_step(a: u8, b: u8) -> bool {
    successor(a) == Some(b.to_ascii_lowercase())
}

/// Bytes covered by straight runs (ascending or descending) of length ≥ 4, in one pass.
fn straight_coverage(v: &[u8]) -> bool {
    const MIN_RUN: usize = 4;
    if v.len() < 6 {
        return false;
    }
    let (mut asc, mut desc) = (1usize, 1usize);
    let mut covered = 0usize;
    for w in v.windows(2) {
        if is_step(w[0], w[1]) {
            asc += 1;
        } else {
            if asc >= MIN_RUN {
                covered += asc;
            }
            asc = 1;
        }
        if is_step(w[1], w[0]) {
            desc += 1;
        } else {
            if desc >= MIN_RUN {
                covered += desc;
            }
            desc = 1;
        }
    }
    if asc >= MIN_RUN {
        covered += asc;
    }
    if desc >= MIN_RUN {
        covered += desc;
    }
    covered >= 6 && covered * 2 > v.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        for s in [
            "EXAMPLE_KEY",
            "AKIAIOSFODNN7EXAMPLE",
            "your_api_key_here",
            "YOUR-TOKEN",
            "yourkey123",
            "<your token>",
            "<token>",
            "token>",
            "${API_KEY}",
            "{{ secret }}",
            "%s",
            "key=%S",
            "sk_live_abc...",
            "sk_live_abc\u{2026}",
            "PLACEHOLDER",
            "[REDACTED]",
            "changeme",
            "ChangeMe!",
            "dummy-secret-value",
            "sample_token_9f8e7d",
        ] {
            assert!(is_placeholder(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn masks_and_runs() {
        for s in [
            "xxxx",
            "sk_live_XXXXXXXXXXXX",
            "ghp_xXxX1234q",
            "****",
            "pass****word",
            "####",
            "x*#X",
            "aaaaa",
            "Zk8q00000Pq",
            "tok_=====",
            "abcabcabc",
            "abab12abab12",
            "q7Rq7Rq7Rq7",
            "123456",
            "abcdef",
            "ABCDEF",
            "987654",
            "fedcba",
            "sk_1234567890abcdef",
            "0123456789",
            "7890123456",
            "qwe123456789",
        ] {
            assert!(is_placeholder(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn real_looking_values_pass() {
        for s in [
            "",
            "a",
            "xxx",
            "x1x2x3x4",
            "aaaa",
            "hunter2",
            "ghp_8fK2qLz0RtY7wXv3NmB9cJd4Hs6Pe1Ua5Gi",
            "AKIA2Q7R5T8W1Y3U6I9O",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "Zm9vYmFy",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8w9e1R4t",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "a1b2c3d4e5f6g7",
            "abc123",
            "p@ssw0rd-Tr0ub4dor&3",
            "xn--80ak6aa92e",
            "1234abcd9f3k2m8q7z",
        ] {
            assert!(!is_placeholder(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn periodic_and_sequences() {
        assert!(is_periodic(b"abcabcabc"));
        assert!(is_periodic(b"abcabcab"));
        assert!(is_periodic(b"abcdabcd"));
        assert!(!is_periodic(b"abcdabc"));
        assert!(!is_periodic(b"abcab"));
        assert!(!is_periodic(b"abcdefgh"));
        assert!(straight_coverage(b"123456"));
        assert!(!straight_coverage(b"12345"));
        assert!(straight_coverage(b"abcd6789"));
        assert!(!straight_coverage(b"abcd9q3kz7w"));
        // 'z' does not wrap to 'a'.
        assert!(!straight_coverage(b"xyzabq7k2m"));
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(12, 4000, 80, b"aAxX*#0123456789<>{}$%.", |b| {
            let _ = is_placeholder(b);
        });
        let big = vec![b'q'; 100_000];
        assert!(is_placeholder(&big));
        let mut rng = crate::validate::testutil::XorShift::new(5);
        let big: Vec<u8> = (0..100_000)
            .map(|_| (rng.next_u64() % 26) as u8 + b'a')
            .collect();
        let _ = is_placeholder(&big);
    }
}
