//! US Social Security Numbers (AAA-GG-SSSS).
//!
//! Since SSN randomization (June 2011) area numbers are no longer tied to
//! states, so the only structural rules left are the never-issued ranges:
//! area 000, 666 and 900–999; group 00; serial 0000.

/// Publicly used example numbers that are not anyone's real SSN (or have been
/// voided), so reporting them would be a false positive:
/// - 078-05-1120: printed on a sample card in wallets sold by Woolworth from
///   1938; it was used by thousands of people and later voided by the SSA.
/// - 219-09-9999: shown on a sample card in a 1940 Social Security Board
///   pamphlet and likewise widely misused.
/// - 123-45-6789: the ubiquitous documentation / form-filling example.
const PUBLIC_EXAMPLES: [[u8; 9]; 3] = [*b"078051120", *b"219099999", *b"123456789"];

/// Validate a matched SSN: `AAAGGSSSS`, `AAA-GG-SSSS` or `AAA GG SSSS`
/// (both separators, when present, must be the same character and sit
/// exactly between the groups).
pub fn us_ssn_valid(matched: &[u8]) -> bool {
    let mut d = [0u8; 9];
    match matched.len() {
        9 => d.copy_from_slice(matched),
        11 => {
            let sep = matched[3];
            if !(sep == b'-' || sep == b' ') || matched[6] != sep {
                return false;
            }
            d[..3].copy_from_slice(&matched[..3]);
            d[3..5].copy_from_slice(&matched[4..6]);
            d[5..].copy_from_slice(&matched[7..]);
        }
        _ => return false,
    }
    if !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let area = &d[..3];
    let group = &d[3..5];
    let serial = &d[5..];
    if area == b"000" || area == b"666" || area[0] == b'9' {
        return false;
    }
    if group == b"00" || serial == b"0000" {
        return false;
    }
    if d.iter().all(|&c| c == d[0]) {
        return false;
    }
    !PUBLIC_EXAMPLES.contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid() {
        for s in [
            "536-22-1234",
            "536 22 1234",
            "536221234",
            "001-01-0001",
            "665-99-9998",
            "667-10-0001",
            "899-99-9999",
            "078-05-1121",
            "772-48-3051",
        ] {
            assert!(us_ssn_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn invalid_ranges() {
        for s in [
            "000-12-3456",
            "666-12-3456",
            "900-12-3456",
            "987-65-4321",
            "999-12-3456",
            "536-00-1234",
            "536-22-0000",
            "111-11-1111",
            "888888888",
            "078-05-1120",
            "219-09-9999",
            "123-45-6789",
            "123456789",
            "123 45 6789",
        ] {
            assert!(!us_ssn_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn invalid_format() {
        for s in [
            "536-22 1234",
            "536 22-1234",
            "53-622-1234",
            "5362-2-1234",
            "536-221234",
            "53622-1234",
            "536.22.1234",
            "536_22_1234",
            "536--221234",
            "5362212345",
            "53622123",
            "536-22-123a",
            "",
            "-",
            "53622123 ",
            " 536221234",
            "٥٣٦٢٢١٢٣٤",
        ] {
            assert!(!us_ssn_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(5, 4000, 14, b"0123456789- ", |b| {
            let _ = us_ssn_valid(b);
        });
    }
}
