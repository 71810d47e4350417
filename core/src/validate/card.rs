//! Payment card numbers (PAN): separator consistency, issuer prefix (IIN)
//! and length per brand, and the Luhn checksum.

use super::luhn::luhn_valid;

/// Maximum PAN length (ISO/IEC 7812).
const MAX_DIGITS: usize = 19;

/// Validate a matched card number. `' '` and `'-'` are accepted as group
/// separators, but a number must use only one kind of separator (or none),
/// with no leading, trailing or doubled separators. The digits must form a
/// number whose prefix and length match a known brand, must pass the Luhn
/// check, and must not consist of a single repeated digit.
pub fn card_valid(matched: &[u8]) -> bool {
    let mut buf = [0u8; MAX_DIGITS];
    let mut n = 0usize;
    let mut sep: Option<u8> = None;
    let mut prev_was_sep = true; // rejects a leading separator
    for &b in matched {
        match b {
            b'0'..=b'9' => {
                if n == MAX_DIGITS {
                    return false;
                }
                buf[n] = b;
                n += 1;
                prev_was_sep = false;
            }
            b' ' | b'-' => {
                if prev_was_sep {
                    return false;
                }
                match sep {
                    None => sep = Some(b),
                    Some(s) if s != b => return false,
                    Some(_) => {}
                }
                prev_was_sep = true;
            }
            _ => return false,
        }
    }
    if prev_was_sep {
        // empty input or trailing separator
        return false;
    }
    let digits = &buf[..n];
    if digits.iter().all(|&d| d == digits[0]) {
        return false;
    }
    // 18-digit card numbers are rare; 18-digit numbers shaped like a Chinese resident ID
    // (region + birth date) whose check character failed are an ID typo, not a card.
    if sep.is_none() && super::cn_id::looks_like_cn_id(digits) {
        return false;
    }
    card_brand(digits).is_some() && luhn_valid(digits)
}

/// Numeric value of the first `k` digits (caller guarantees `k <= len` and
/// ASCII digits).
fn prefix(digits: &[u8], k: usize) -> u32 {
    digits[..k]
        .iter()
        .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'))
}

/// Identify the card brand from prefix and length. `digits` must be ASCII
/// digits only (no separators); otherwise `None`. The Luhn check is *not*
/// applied here.
///
/// Returned names: "Visa", "Mastercard", "American Express", "Discover",
/// "JCB", "UnionPay", "Diners Club", "UATP", "Maestro", "Dankort", "Mir",
/// "RuPay". Where ranges overlap
/// the more specific brand wins (Discover's 622126–622925 over UnionPay's 62).
pub fn card_brand(digits: &[u8]) -> Option<&'static str> {
    let len = digits.len();
    if !(12..=MAX_DIGITS).contains(&len) || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let p1 = prefix(digits, 1);
    let p2 = prefix(digits, 2);
    let p3 = prefix(digits, 3);
    let p4 = prefix(digits, 4);
    let p6 = prefix(digits, 6);

    if (p2 == 34 || p2 == 37) && len == 15 {
        return Some("American Express");
    }
    if ((300..=305).contains(&p3) || p2 == 36 || p2 == 38 || p2 == 39) && (14..=19).contains(&len) {
        return Some("Diners Club");
    }
    if (3528..=3589).contains(&p4) && (16..=19).contains(&len) {
        return Some("JCB");
    }
    if p1 == 4 && matches!(len, 13 | 16 | 19) {
        return Some("Visa");
    }
    if ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16 {
        return Some("Mastercard");
    }
    if matches!(p4, 5018 | 5020 | 5038 | 5893 | 6304 | 6759 | 6761..=6763)
        && (12..=19).contains(&len)
    {
        return Some("Maestro");
    }
    if (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || (622126..=622925).contains(&p6))
        && (16..=19).contains(&len)
    {
        return Some("Discover");
    }
    if p2 == 62 && (16..=19).contains(&len) {
        return Some("UnionPay");
    }
    if p1 == 1 && len == 15 {
        return Some("UATP");
    }
    // Dankort (Denmark): 5019, 16 digits.
    if p4 == 5019 && len == 16 {
        return Some("Dankort");
    }
    // Mir (Russia): 2200–2204, 16–19 digits.
    if (2200..=2204).contains(&p4) && (16..=19).contains(&len) {
        return Some("Mir");
    }
    // RuPay (India): 60, 65, 81, 82, 508, 353, 356 ranges; the 60/81/82/508 ones, 16 digits.
    if (p2 == 60 || p2 == 81 || p2 == 82 || p3 == 508) && len == 16 {
        return Some("RuPay");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Independent check-digit computation used to build vectors: append the
    /// digit that makes the Luhn sum a multiple of 10.
    fn with_check(payload: &str) -> String {
        let mut sum = 0u32;
        for (i, c) in payload.bytes().rev().enumerate() {
            let mut d = u32::from(c - b'0');
            if i % 2 == 0 {
                d *= 2;
                if d > 9 {
                    d -= 9;
                }
            }
            sum += d;
        }
        format!("{payload}{}", (10 - sum % 10) % 10)
    }

    fn bump_last(s: &str) -> String {
        let mut b = s.as_bytes().to_vec();
        let l = b.len() - 1;
        b[l] = b'0' + (b[l] - b'0' + 1) % 10;
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn brands_valid_vectors() {
        let cases: &[(&str, &str)] = &[
            ("4111111111111111", "Visa"),
            ("4123456789012349", "Visa"),
            ("4123456789011", "Visa"),
            ("4123456789012345677", "Visa"),
            ("371234567890120", "American Express"),
            ("349876543210986", "American Express"),
            ("2221000000000009", "Mastercard"),
            ("2720999999999996", "Mastercard"),
            ("6011000099999991", "Discover"),
            ("6443123456789017", "Discover"),
            ("6500123456789017", "Discover"),
            ("6221261234567897", "Discover"),
            ("6229251234567890", "Discover"),
            ("601112345678901231", "Discover"),
            ("3528123456789012", "JCB"),
            ("3589123456789018", "JCB"),
            ("6212345678901232", "UnionPay"),
            ("621234567890123457", "UnionPay"),
            ("6221251234567898", "UnionPay"),
            ("30123456789019", "Diners Club"),
            ("305123456789017", "Diners Club"),
            ("36123456789013", "Diners Club"),
            ("3812345678901233", "Diners Club"),
            ("39123456789012345", "Diners Club"),
            ("123456789012347", "UATP"),
            ("5018123456789", "Maestro"),
            ("502012345679", "Maestro"),
            ("503812345679", "Maestro"),
            ("5893123456789012340", "Maestro"),
            ("6304123456789015", "Maestro"),
            ("6762123456789010", "Maestro"),
        ];
        for &(num, brand) in cases {
            assert_eq!(card_brand(num.as_bytes()), Some(brand), "{num}");
            assert!(card_valid(num.as_bytes()), "{num}");
            assert!(!card_valid(bump_last(num).as_bytes()), "{num} bumped");
        }
        for p in ["51", "52", "53", "54", "55"] {
            let n = with_check(&format!("{p}0012345678901"));
            assert_eq!(n.len(), 16);
            assert_eq!(card_brand(n.as_bytes()), Some("Mastercard"));
            assert!(card_valid(n.as_bytes()), "{n}");
        }
        for p in ["6759", "6761", "6763"] {
            for extra in ["12345678", "12345678901234"] {
                let n = with_check(&format!("{p}{extra}"));
                assert_eq!(card_brand(n.as_bytes()), Some("Maestro"), "{n}");
                assert!(card_valid(n.as_bytes()), "{n}");
            }
        }
        for p in ["644", "645", "646", "647", "648", "649"] {
            let n = with_check(&format!("{p}012345678901"));
            assert_eq!(card_brand(n.as_bytes()), Some("Discover"), "{n}");
        }
    }

    #[test]
    fn wrong_prefix_or_length() {
        for num in [
            "306123456789016",  // 306 is not Diners
            "352712345678902",  // 3527 just below JCB
            "2219123456789018", // below Mastercard 2-series
            "2220123456789015",
            "2721123456789019", // above Mastercard 2-series
            "56123456789018",   // 56 unassigned here
            "61234567890125",
            "6764123456789018", // 6764 is not Maestro
            "12345678901237",   // UATP must be 15
            "41234567890128",   // Visa 14 digits
        ] {
            assert_eq!(card_brand(num.as_bytes()), None, "{num}");
            assert!(!card_valid(num.as_bytes()), "{num}");
        }
        // Visa lengths 13/16/19 only.
        for len in 12..=19 {
            let n = with_check(&format!("4{}", &"1234567890123456789"[..len - 2]));
            assert_eq!(n.len(), len);
            assert_eq!(card_valid(n.as_bytes()), matches!(len, 13 | 16 | 19), "{n}");
        }
        // Amex exactly 15.
        let n = with_check("3712345678901234");
        assert!(!card_valid(n.as_bytes()));
        // Mastercard exactly 16.
        let n = with_check("51001234567890");
        assert!(!card_valid(n.as_bytes()));
        // 20 digits is too long even with a good Luhn digit.
        let n = with_check("4123456789012345678");
        assert_eq!(n.len(), 20);
        assert!(!card_valid(n.as_bytes()));
    }

    #[test]
    fn separators() {
        assert!(card_valid(b"4111 1111 1111 1111"));
        assert!(card_valid(b"4111-1111-1111-1111"));
        assert!(card_valid(b"3712 345678 90120"));
        assert!(!card_valid(b"4111 1111-1111 1111"));
        assert!(!card_valid(b"4111  1111 1111 1111"));
        assert!(!card_valid(b" 4111 1111 1111 1111"));
        assert!(!card_valid(b"4111 1111 1111 1111 "));
        assert!(!card_valid(b"4111.1111.1111.1111"));
        assert!(!card_valid(b"4111_1111_1111_1111"));
        assert!(!card_valid(b"4111\t1111\t1111\t1111"));
        assert_eq!(card_brand(b"4111 1111 1111 1111"), None);
    }

    #[test]
    fn same_digit_and_junk() {
        // 0000000000000000 passes Luhn but is a single repeated digit.
        assert!(!card_valid(b"0000000000000000"));
        assert!(!card_valid(b"4444444444444444"));
        assert!(!card_valid(b"5555555555555555"));
        assert!(!card_valid(b""));
        assert!(!card_valid(b"-"));
        assert!(!card_valid(b" "));
        assert!(!card_valid(&[0xff; 16]));
        assert_eq!(card_brand(b""), None);
        assert_eq!(card_brand(b"4"), None);
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(2, 4000, 30, b"0123456789 -", |b| {
            let _ = card_valid(b);
            let _ = card_brand(b);
        });
    }
}
