//! PRC Resident Identity Card numbers (GB 11643-1999, 18-character form).
//!
//! Layout: `AAAAAA YYYYMMDD SSS C` — 6-digit administrative division code,
//! birth date, 3-digit sequence (odd = male, even = female) and an
//! ISO 7064 MOD 11-2 check character (`0`-`9` or `X`).

/// Weights for positions 1..=17 (2^(18-i) mod 11).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// Check character indexed by the weighted sum mod 11.
const CHECK_CHARS: &[u8; 11] = b"10X98765432";

/// Compute the check character for the first 17 digits. Returns `None` if
/// `first17` is not exactly 17 ASCII digits. The result is `b'0'..=b'9'`
/// or uppercase `b'X'`.
pub fn cn_check_char(first17: &[u8]) -> Option<u8> {
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (&b, &w) in first17.iter().zip(WEIGHTS.iter()) {
        if !b.is_ascii_digit() {
            return None;
        }
        sum += u32::from(b - b'0') * w;
    }
    Some(CHECK_CHARS[(sum % 11) as usize])
}

/// Province-level division codes (first two digits).
///
/// Mainland: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65. Also 71 (Taiwan,
/// nominal code), and 81/82/83 which prefix the residence permits issued
/// since 2018 to residents of Hong Kong (810000), Macao (820000) and
/// Taiwan (830000).
fn province_ok(p: u8) -> bool {
    matches!(
        p,
        11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83
    )
}

fn is_leap(y: u32) -> bool {
    // Gregorian rule, written without `is_multiple_of` (MSRV 1.85).
    matches!((y % 4, y % 100, y % 400), (_, _, 0) | (0, 1.., _))
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |a, &b| a * 10 + u32::from(b - b'0'))
}

/// Validate an 18-character resident ID: province code, prefecture digits,
/// a real birth date in 1900–2099 and the check character (`x` accepted as
/// well as `X`). No separators are allowed.
pub fn cn_resident_id_valid(matched: &[u8]) -> bool {
    if matched.len() != 18 || !structure_ok(&matched[..17]) {
        return false;
    }
    cn_check_char(&matched[..17]) == Some(matched[17].to_ascii_uppercase())
}

/// Whether 18 digits look like a resident ID (a real province code and a birth year in
/// 1900–2099), whatever the rest. Other number types (18-digit card numbers) use this to stay
/// away from ID numbers with a typo in the date or the check character.
pub fn looks_like_cn_id(digits: &[u8]) -> bool {
    digits.len() == 18
        && digits.iter().all(u8::is_ascii_digit)
        && province_ok(num(&digits[0..2]) as u8)
        && (1900..=2099).contains(&num(&digits[6..10]))
}

fn structure_ok(first17: &[u8]) -> bool {
    if first17.len() != 17 || !first17.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let province = num(&first17[0..2]) as u8;
    if !province_ok(province) {
        return false;
    }
    // Digits 3-4 (prefecture) are 00 only for the special codes, whose
    // numbers use the province-level code itself (e.g. 810000, 710000).
    if first17[2] == b'0' && first17[3] == b'0' && !matches!(province, 71 | 81..=83) {
        return false;
    }
    let year = num(&first17[6..10]);
    let month = num(&first17[10..12]);
    let day = num(&first17[12..14]);
    if !(1900..=2099).contains(&year) || !(1..=12).contains(&month) {
        return false;
    }
    let dim = match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=dim).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Independent MOD 11-2 computation: find c such that
    /// sum(d_i * 2^(18-i)) + c ≡ 1 (mod 11), with X standing for 10.
    fn check_by_definition(first17: &str) -> u8 {
        let mut sum = 0u64;
        for (i, c) in first17.bytes().enumerate() {
            sum += u64::from(c - b'0') * ((1u64 << (17 - i)) % 11);
        }
        let c = (12 - sum % 11) % 11;
        if c == 10 { b'X' } else { b'0' + c as u8 }
    }

    fn make(first17: &str) -> String {
        let c = check_by_definition(first17);
        format!("{first17}{}", c as char)
    }

    #[test]
    fn weights_match_definition() {
        for (i, w) in WEIGHTS.iter().enumerate() {
            assert_eq!(u64::from(*w), (1u64 << (17 - i)) % 11);
        }
        for s in [
            "11010519900307123",
            "44030620000229456",
            "32010219851231001",
            "65010119000101999",
            "81000020991231002",
            "00000000000000000",
        ] {
            assert_eq!(
                cn_check_char(s.as_bytes()),
                Some(check_by_definition(s)),
                "{s}"
            );
        }
    }

    #[test]
    fn valid_ids() {
        for first17 in [
            "11010519900307123", // Beijing, 1990-03-07
            "44030620000229456", // Shenzhen, leap day 2000
            "32010219851231001",
            "65010119000101999", // earliest allowed year
            "81000020991231002", // Hong Kong residence permit, 810000
            "83000019960229004", // Taiwan residence permit, leap day 1996
            "71000019700101007",
            "54010220240229008",
        ] {
            let id = make(first17);
            assert!(cn_resident_id_valid(id.as_bytes()), "{id}");
            let lower = id.to_ascii_lowercase();
            assert!(cn_resident_id_valid(lower.as_bytes()), "{lower}");
        }
    }

    #[test]
    fn x_check_char() {
        // Find a number whose check is X and make sure both cases pass.
        let mut hits = 0;
        for seq in 0..200 {
            let first17 = format!("31011519880601{:03}", seq);
            if check_by_definition(&first17) == b'X' {
                assert!(cn_resident_id_valid(format!("{first17}X").as_bytes()));
                assert!(cn_resident_id_valid(format!("{first17}x").as_bytes()));
                assert!(!cn_resident_id_valid(format!("{first17}0").as_bytes()));
                hits += 1;
            } else {
                assert!(!cn_resident_id_valid(format!("{first17}X").as_bytes()));
            }
        }
        assert!(hits > 0);
    }

    #[test]
    fn invalid_ids() {
        let good = make("11010519900307123");
        // Every wrong check character fails.
        for c in b"0123456789X" {
            let mut v = good.clone().into_bytes();
            if v[17] == *c {
                continue;
            }
            v[17] = *c;
            assert!(!cn_resident_id_valid(&v));
        }
        for first17 in [
            "10010519900307123", // province 10
            "16010519900307123", // province 16
            "24010519900307123",
            "38010519900307123",
            "47010519900307123",
            "55010519900307123",
            "66010519900307123",
            "72010519900307123",
            "84010519900307123",
            "91010519900307123",
            "11000019900307123", // prefecture 00 for a mainland province
            "11010518990307123", // 1899
            "11010521000307123", // 2100
            "11010519900007123", // month 00
            "11010519901307123", // month 13
            "11010519900300123", // day 00
            "11010519900332123", // March 32
            "11010519900431123", // April 31
            "11010519000229123", // 1900 is not a leap year
            "11010519990229123", // 1999 not leap
            "11010520230229123",
        ] {
            let id = make(first17);
            assert!(!cn_resident_id_valid(id.as_bytes()), "{id}");
        }
        assert!(!cn_resident_id_valid(b""));
        assert!(!cn_resident_id_valid(&good.as_bytes()[..17]));
        assert!(!cn_resident_id_valid(format!("{good}1").as_bytes()));
        assert!(!cn_resident_id_valid(b"11010519900307123Y"));
        assert!(!cn_resident_id_valid(b"1101051990030712X3"));
        assert!(!cn_resident_id_valid(b"110105 19900307 123"));
        assert_eq!(cn_check_char(b"1101051990030712"), None);
        assert_eq!(cn_check_char(b"1101051990030712a"), None);
        assert_eq!(cn_check_char(b""), None);
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(4, 4000, 20, b"0123456789Xx", |b| {
            let _ = cn_resident_id_valid(b);
            let _ = cn_check_char(b);
        });
    }
}
