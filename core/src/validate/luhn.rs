//! Luhn (mod 10) checksum, ISO/IEC 7812-1 Annex B.

/// Luhn check over ASCII digits only. Any non-digit byte, or fewer than two
/// digits, yields `false`.
pub fn luhn_valid(digits: &[u8]) -> bool {
    if digits.len() < 2 {
        return false;
    }
    let mut sum: u32 = 0;
    for (i, &b) in digits.iter().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        sum = (sum + luhn_term(b - b'0', i % 2 == 1)) % 10;
    }
    sum == 0
}

/// Luhn check that ignores `' '` and `'-'` separators anywhere (used by the
/// generic `luhn` rule-pack validator). Any other non-digit byte is rejected;
/// at least two digits are required.
pub fn luhn_valid_separated(matched: &[u8]) -> bool {
    let mut sum: u32 = 0;
    let mut n: usize = 0;
    for &b in matched.iter().rev() {
        match b {
            b'0'..=b'9' => {
                sum = (sum + luhn_term(b - b'0', n % 2 == 1)) % 10;
                n += 1;
            }
            b' ' | b'-' => {}
            _ => return false,
        }
    }
    n >= 2 && sum == 0
}

#[inline]
fn luhn_term(d: u8, double: bool) -> u32 {
    let d = u32::from(d);
    if double {
        let x = d * 2;
        if x > 9 { x - 9 } else { x }
    } else {
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_numbers() {
        // 7992739871 -> check digit 3 (sum of doubled alternates = 67, +3 = 70).
        assert!(luhn_valid(b"79927398713"));
        assert!(luhn_valid(b"00"));
        assert!(luhn_valid(b"18")); // 1*2 + 8 = 10
        assert!(luhn_valid(b"59")); // 5*2=10 -> 1, +9 = 10
        assert!(luhn_valid(b"4111111111111111"));
        assert!(luhn_valid(b"378282246310005"));
        assert!(luhn_valid(b"0000000000000000"));
    }

    #[test]
    fn invalid_numbers() {
        for last in b"0124567899" {
            let mut v = *b"7992739871_";
            v[10] = *last;
            assert_eq!(luhn_valid(&v), *last == b'3', "{}", *last as char);
        }
        assert!(!luhn_valid(b""));
        assert!(!luhn_valid(b"0"));
        assert!(!luhn_valid(b"5"));
        assert!(!luhn_valid(b"4111111111111112"));
        assert!(!luhn_valid(b"4111 1111 1111 1111"));
        assert!(!luhn_valid(b"79927398713\n"));
        assert!(!luhn_valid("７９".as_bytes()));
        // Transposition of adjacent digits (other than 0<->9) is detected.
        assert!(!luhn_valid(b"97927398713"));
    }

    #[test]
    fn separated() {
        assert!(luhn_valid_separated(b"7992 7398 713"));
        assert!(luhn_valid_separated(b"7992-7398-713"));
        assert!(!luhn_valid_separated(b"7992.7398.713"));
        assert!(!luhn_valid_separated(b"7992 7398 714"));
        assert!(!luhn_valid_separated(b" 0 "));
        assert!(!luhn_valid_separated(b""));
    }

    #[test]
    fn huge_input() {
        let big = vec![b'0'; 10_000_000];
        assert!(luhn_valid(&big));
        let mut big = vec![b'9'; 1_000_001];
        big[0] = b'1';
        let _ = luhn_valid(&big);
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(1, 4000, 40, b"0123456789 -", |b| {
            let _ = luhn_valid(b);
            let _ = luhn_valid_separated(b);
        });
    }
}
