//! Telephone numbers: international E.164 (`+CC NSN`) and plausible
//! national formats.
//!
//! Design choices (the validator runs after a regex has already matched a
//! phone-shaped string, so it prefers keeping real numbers over rejecting
//! them):
//! - Only digits count; allowed decoration is space, `-`, `.`, `/`, `(`,
//!   `)` and a single leading `+`. Anything else (letters, a `+` in the
//!   middle) rejects the match.
//! - 7–15 digits in all (E.164 allows at most 15), after removing a written
//!   trunk `0` such as the `(0)` in `+44 (0)20 …` and an international `00`
//!   prefix.
//! - All-same-digit strings and straight ascending / descending runs
//!   (`1234567`, `0123456789`, `9876543210`, wrapping 9→0) of ≥ 7 digits are
//!   rejected, whether they make up the whole number or the national part.
//! - With `+` (or `00`): the country calling code must be assigned (ITU-T
//!   E.164 list, including global-service codes such as 800/808/870/88x).
//!   Known countries get their national significant number (NSN) length:
//!   NANP (1) 10 digits `NXX NXX XXXX` with no N11 area code; RU/KZ (7) 10;
//!   CN (86) 11-digit mobile `1[3-9]…` or 10–11-digit landline incl. area
//!   code; UK (44) 9–10; DE (49) 6–13; FR (33) 9; IN (91) 10; JP (81) 9–10.
//!   Other codes: NSN 4–14 and 8–15 digits in total.
//! - Without `+`: a leading `00` is an international prefix (rules above);
//!   a single leading trunk `0` marks a national number (UK/DE/FR/JP/CN
//!   landline/IN…) and is accepted at 7–15 digits; 10 digits starting with
//!   2–9 written as NANP (`3-3-4` groups or `(xxx) xxx-xxxx`) must satisfy
//!   the NANP rule, otherwise they are accepted as some other country's
//!   national number; 11 digits starting with `1` are a CN mobile
//!   (`1[3-9]`) unless written NANP-style, else NANP with a leading `1`;
//!   anything else with 7–15 digits is accepted.

/// Enough for `00` + 15 digits + a written trunk `0`.
const MAX_DIGITS: usize = 18;
const MAX_GROUPS: usize = 8;

/// Validate a matched phone number (see the module docs for the rules).
pub fn phone_valid(matched: &[u8]) -> bool {
    let (plus, body) = match matched.split_first() {
        Some((b'+', rest)) => (true, rest),
        _ => (false, matched),
    };
    let mut digits = [0u8; MAX_DIGITS];
    let mut n = 0usize;
    let mut groups = [0u8; MAX_GROUPS];
    let mut ngroups = 0usize;
    let mut in_group = false;
    for &b in body {
        match b {
            b'0'..=b'9' => {
                if n == MAX_DIGITS {
                    return false;
                }
                digits[n] = b - b'0';
                n += 1;
                if !in_group {
                    if ngroups == MAX_GROUPS {
                        // Too fragmented to be a phone number.
                        return false;
                    }
                    ngroups += 1;
                    in_group = true;
                }
                groups[ngroups - 1] += 1;
            }
            b' ' | b'-' | b'.' | b'/' | b'(' | b')' => in_group = false,
            _ => return false,
        }
    }
    let d = &digits[..n];
    let groups = &groups[..ngroups];
    if n < 7 || is_fake_run(d) {
        return false;
    }
    if plus {
        return international_ok(d);
    }
    if d[0] == 0 {
        if d[1] == 0 {
            return international_ok(&d[2..]);
        }
        // National number with trunk prefix.
        return n <= 15;
    }
    if n > 15 {
        return false;
    }
    let nanp_format = groups == [3, 3, 4] || (groups == [1, 3, 3, 4] && d[0] == 1);
    match n {
        10 if nanp_format => nanp_ok(d),
        11 if d[0] == 1 => {
            if !nanp_format && (3..=9).contains(&d[1]) {
                true // CN mobile
            } else {
                nanp_ok(&d[1..])
            }
        }
        _ => true,
    }
}

/// All the same digit, or a straight run (each digit ±1 from the previous,
/// modulo 10) — obviously fake.
fn is_fake_run(d: &[u8]) -> bool {
    if d.len() < 7 {
        return false;
    }
    let same = d.iter().all(|&x| x == d[0]);
    let up = d.windows(2).all(|w| w[1] == (w[0] + 1) % 10);
    let down = d.windows(2).all(|w| w[0] == (w[1] + 1) % 10);
    same || up || down
}

/// NANP 10-digit number: NPA (area) `[2-9]XX` but not `N11`, exchange `[2-9]XX`.
fn nanp_ok(d: &[u8]) -> bool {
    d.len() == 10 && d[0] >= 2 && !(d[1] == 1 && d[2] == 1) && d[3] >= 2
}

/// Length of the assigned country calling code at the start of `d`.
fn country_code_len(d: &[u8]) -> Option<usize> {
    let first = *d.first()?;
    if first == 1 || first == 7 {
        return Some(1);
    }
    if d.len() < 2 {
        return None;
    }
    let two = u16::from(d[0]) * 10 + u16::from(d[1]);
    let two_ok = matches!(
        two,
        20 | 27
            | 30..=34
            | 36
            | 39
            | 40
            | 41
            | 43..=49
            | 51..=58
            | 60..=66
            | 81
            | 82
            | 84
            | 86
            | 90..=95
            | 98
    );
    if two_ok {
        return Some(2);
    }
    if d.len() < 3 {
        return None;
    }
    let three = two * 10 + u16::from(d[2]);
    let three_ok = matches!(
        three,
        211 | 212
            | 213
            | 216
            | 218
            | 220..=269
            | 290
            | 291
            | 297..=299
            | 350..=359
            | 370..=383
            | 385..=387
            | 389
            | 420
            | 421
            | 423
            | 500..=509
            | 590..=599
            | 670
            | 672..=683
            | 685..=692
            | 800
            | 808
            | 850
            | 852
            | 853
            | 855
            | 856
            | 870
            | 878
            | 880..=883
            | 886
            | 888
            | 960..=968
            | 970..=977
            | 979
            | 992..=998
    ) && three != 259; // 259 (formerly Zanzibar) is unassigned
    three_ok.then_some(3)
}

/// `d` = country code + national number, without `+`/`00`.
fn international_ok(d: &[u8]) -> bool {
    let Some(cc_len) = country_code_len(d) else {
        return false;
    };
    let cc = &d[..cc_len];
    let mut nsn = &d[cc_len..];
    // Countries whose numbers are often written with the trunk 0 kept after
    // the country code (`+44 (0)20 …`, `+49 030 …`): drop it.
    let trunk_zero = matches!(cc, [4, 4] | [4, 9] | [3, 3] | [9, 1] | [8, 1] | [8, 6]);
    if trunk_zero && nsn.first() == Some(&0) {
        nsn = &nsn[1..];
    }
    let total = cc_len + nsn.len();
    if !(7..=15).contains(&total) || is_fake_run(nsn) {
        return false;
    }
    let len = nsn.len();
    let first = nsn.first().copied().unwrap_or(0);
    match cc {
        [1] => nanp_ok(nsn),
        [7] => len == 10,
        [8, 6] => cn_nsn_ok(nsn),
        [4, 4] => (9..=10).contains(&len) && first != 0,
        [4, 9] => (6..=13).contains(&len) && first != 0,
        [3, 3] => len == 9 && first != 0,
        [9, 1] => len == 10 && first != 0,
        [8, 1] => (9..=10).contains(&len) && first != 0,
        _ => (4..=14).contains(&len) && (8..=15).contains(&total),
    }
}

/// Chinese national significant number (no trunk 0): 11-digit mobile
/// `1[3-9]…`, Beijing landline `10` + 8 digits, or a landline with a
/// 2–3 digit area code starting 2–9 (10–11 digits in all).
fn cn_nsn_ok(nsn: &[u8]) -> bool {
    match nsn {
        [1, b, ..] if nsn.len() == 11 => (3..=9).contains(b),
        [1, 0, ..] => nsn.len() == 10,
        [a, ..] if *a >= 2 => (10..=11).contains(&nsn.len()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nanp() {
        for s in [
            "+1 (415) 555-2671",
            "+1 415 555 2671",
            "+14155552671",
            "+1-212-456-7890",
            "(415) 555-2671",
            "415-555-2671",
            "415.555.2671",
            "1-415-555-2671",
            "1 (212) 456-7890",
            "12124567890",
            "4155552671",
        ] {
            assert!(phone_valid(s.as_bytes()), "{s}");
        }
        for s in [
            "+1 (415) 155-2671", // exchange starts with 1
            "+1 (415) 055-2671", // exchange starts with 0
            "+1 (115) 555-2671", // area starts with 1
            "+1 (015) 555-2671",
            "+1 (911) 555-2671", // N11 is never an area code
            "+1 415 555 267",    // 9-digit NSN
            "+1 415 555 26711",  // 11-digit NSN
            "(415) 155-2671",
            "415-155-2671",
            "1-415-155-2671",
            "1 (415) 055-2671",
            "11155552671",    // 1 + area 115
            "(234) 567-8901", // straight run
            "+1 234 567 8901",
        ] {
            assert!(!phone_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn china() {
        for s in [
            "+86 138 0013 8000",
            "+86 13800138000",
            "+86 10 6552 9988",  // Beijing landline
            "+86 21 6321 4567",  // Shanghai
            "+86 755 8276 5432", // Shenzhen, 3-digit area
            "+86 571 8765432",   // 3-digit area + 7 digits
            "+86 (0)10 6552 9988",
            "138 0013 8000",
            "13800138000",
            "19912345608",
            "010-6552-9988",
            "0755-8276-5432",
        ] {
            assert!(phone_valid(s.as_bytes()), "{s}");
        }
        for s in [
            "+86 128 0013 8000", // 12x is not a mobile prefix
            "+86 138 0013 800",  // 10-digit 13x
            "+86 138 0013 80001",
            "+86 10 6552 998", // Beijing 9 digits
            "+86 755 8276 54321",
            "+86 0 138 0013 8000 1",
        ] {
            assert!(!phone_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn europe_asia() {
        for s in [
            "+44 20 7946 0958",
            "+44 (0)20 7946 0958",
            "+44 7700 900461",
            "+44 1632 96011", // 9-digit NSN
            "+49 30 901820",  // 8-digit NSN
            "+49 (0)30 9018 2000",
            "+49 1512 3456789",
            "+33 1 42 68 53 00",
            "+33 6 12 34 56 78",
            "+33 (0)6 12 34 56 78",
            "+91 98765 43201",
            "+91 22 2262 6002",
            "+81 3-3224-5000",
            "+81 90-1234-5679",
            "+7 495 123-45-67",
            "+39 06 6982 1234", // Italy keeps the 0
            "+61 2 9374 4000",
            "+852 2861 3379",
            "+353 1 896 4211",
            "+380 44 123 4567",
            "+998 71 123 4567",
            "+882 1640 2093",
            "0044 20 7946 0958",
            "020 7946 0958",
            "030 901820",
            "01 42 68 53 00",
            "03-3224-5000",
            "022 2262 6002",
            "555-2671",
            "2345 6790",
        ] {
            assert!(phone_valid(s.as_bytes()), "{s}");
        }
        for s in [
            "+44 20 7946 09",        // UK NSN 8
            "+44 20 7946 09588",     // UK NSN 11
            "+49 30 123",            // DE NSN 5
            "+49 30 1234 5678 9012", // DE NSN 14
            "+33 1 42 68 53 0",
            "+33 1 42 68 53 001",
            "+91 98765 4320",
            "+91 98765 432011",
            "+81 3-3224-500",
            "+81 90-1234-56791",
            "+7 495 123-45-6",
            "+28 1234 5678",  // 28x unassigned
            "+259 1234 5678", // 259 unassigned
            "+384 1234 5678",
            "+693 1234 567",
            "+999 1234 5678",
            "+0 20 7946 0958",
            "+35 1234 5678",         // 35 alone is not a code
            "+39 12345",             // 7 digits total, < 8 for generic
            "+39 1234 5678 9012 34", // 16 digits
            "0044 20 7946 09",
            "00 1234 5678",
        ] {
            assert!(!phone_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn fake_and_malformed() {
        for s in [
            "",
            "+",
            "123456",
            "555-267",
            "+1",
            "0123456789",
            "1234567890",
            "9876543210",
            "1234567",
            "3456789012",
            "7654321",
            "+44 1234 567890", // national part is a straight run
            "+49 987 6543210",
            "0000000",
            "5555555555",
            "+1 222 222 2222",
            "1234567890123456", // 16 digits
            "415 555 2671 ext 5",
            "415-555-2671x",
            "415_555_2671",
            "4155+552671",
            "++14155552671",
            " +14155552671",
            "+1\t415\t555\t2671",
            "1-2-3-4-5-6-7-8-9-0",
        ] {
            assert!(!phone_valid(s.as_bytes()), "{s}");
        }
        assert!(!phone_valid(&[b'5'; 10_000]));
        assert!(!phone_valid("４１５５５５２６７１".as_bytes()));
    }

    #[test]
    fn country_codes() {
        assert_eq!(country_code_len(&[1, 2]), Some(1));
        assert_eq!(country_code_len(&[7]), Some(1));
        assert_eq!(country_code_len(&[4, 4, 2]), Some(2));
        assert_eq!(country_code_len(&[8, 6, 1]), Some(2));
        assert_eq!(country_code_len(&[3, 5, 3, 1]), Some(3));
        assert_eq!(country_code_len(&[4, 2, 0, 1]), Some(3));
        assert_eq!(country_code_len(&[4, 2, 2, 1]), None);
        assert_eq!(country_code_len(&[8, 3, 1]), None);
        assert_eq!(country_code_len(&[8, 9, 1]), None);
        assert_eq!(country_code_len(&[9, 9, 1]), None);
        assert_eq!(country_code_len(&[9, 9, 9]), None);
        assert_eq!(country_code_len(&[2, 1, 4]), None);
        assert_eq!(country_code_len(&[6, 7, 1]), None); // Guam moved to +1
        assert_eq!(country_code_len(&[6, 8, 4]), None); // American Samoa moved to +1
        assert_eq!(country_code_len(&[0]), None);
        assert_eq!(country_code_len(&[]), None);
        assert_eq!(country_code_len(&[4]), None);
        // Every two-digit code is a prefix-free match: no assigned 3-digit
        // code starts with an assigned 2-digit code.
        for a in 2..=9u8 {
            for b in 0..=9u8 {
                if country_code_len(&[a, b, 0]) == Some(2) {
                    for c in 0..=9u8 {
                        assert_eq!(country_code_len(&[a, b, c]), Some(2));
                    }
                }
            }
        }
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(11, 4000, 30, b"+0123456789 -().", |b| {
            let _ = phone_valid(b);
        });
    }
}
