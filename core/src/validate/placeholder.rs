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
    // The byte-run checks share one pass; the marker automaton and the period check follow.
    runs_look_fake(value) || has_marker(value) || is_periodic(value)
}

/// Successor within the digit (wrapping 9→0) or letter class, lowercased; 0 for other bytes.
const SUCC: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b'0'..=b'8' => c + 1,
            b'9' => b'0',
            b'a'..=b'y' => c + 1,
            b'A'..=b'Y' => c.to_ascii_lowercase() + 1,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// One pass for: a mask run (≥ 4 of `x X * #`), ≥ 5 identical bytes in a row, and straight
/// sequences (runs of ≥ 4 steps up or down) covering ≥ 6 bytes and more than half the value.
fn runs_look_fake(v: &[u8]) -> bool {
    const MIN_RUN: usize = 4;
    let (mut mask, mut same, mut asc, mut desc) = (0usize, 1usize, 1usize, 1usize);
    let mut covered = 0usize;
    let mut prev = 0u8;
    for (i, &b) in v.iter().enumerate() {
        if matches!(b, b'x' | b'X' | b'*' | b'#') {
            mask += 1;
            if mask >= 4 {
                return true;
            }
        } else {
            mask = 0;
        }
        if i == 0 {
            prev = b;
            continue;
        }
        if b == prev {
            same += 1;
            if same >= 5 {
                return true;
            }
        } else {
            same = 1;
        }
        let lb = b.to_ascii_lowercase();
        let lp = prev.to_ascii_lowercase();
        if SUCC[prev as usize] != 0 && SUCC[prev as usize] == lb {
            asc += 1;
        } else {
            if asc >= MIN_RUN {
                covered += asc;
            }
            asc = 1;
        }
        if SUCC[b as usize] != 0 && SUCC[b as usize] == lp {
            desc += 1;
        } else {
            if desc >= MIN_RUN {
                covered += desc;
            }
            desc = 1;
        }
        prev = b;
    }
    if asc >= MIN_RUN {
        covered += asc;
    }
    if desc >= MIN_RUN {
        covered += desc;
    }
    v.len() >= 6 && covered >= 6 && covered * 2 > v.len()
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
        assert!(runs_look_fake(b"123456"));
        assert!(!runs_look_fake(b"12345"));
        assert!(runs_look_fake(b"abcd6789"));
        assert!(!runs_look_fake(b"abcd9q3kz7w"));
        // 'z' does not wrap to 'a'.
        assert!(!runs_look_fake(b"xyzabq7k2m"));
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
