//! International Bank Account Numbers (ISO 13616): country length table and
//! the ISO 7064 MOD 97-10 check.

/// Longest IBAN any country uses (Saint Lucia, 32; Russia, 33) is below the
/// ISO 13616 ceiling of 34.
const MAX_IBAN: usize = 34;

/// IBAN length per country, for every country in the SWIFT IBAN registry.
/// Dependent territories that issue IBANs under their parent's country code
/// (e.g. Jersey under GB, Réunion under FR, Åland under FI) are covered by
/// the parent entry. Sorted by country code (binary searched).
const IBAN_LENGTHS: &[([u8; 2], u8)] = &[
    (*b"AD", 24), // Andorra
    (*b"AE", 23), // United Arab Emirates
    (*b"AL", 28), // Albania
    (*b"AT", 20), // Austria
    (*b"AZ", 28), // Azerbaijan
    (*b"BA", 20), // Bosnia and Herzegovina
    (*b"BE", 16), // Belgium
    (*b"BG", 22), // Bulgaria
    (*b"BH", 22), // Bahrain
    (*b"BI", 27), // Burundi
    (*b"BR", 29), // Brazil
    (*b"BY", 28), // Belarus
    (*b"CH", 21), // Switzerland
    (*b"CR", 22), // Costa Rica
    (*b"CY", 28), // Cyprus
    (*b"CZ", 24), // Czechia
    (*b"DE", 22), // Germany
    (*b"DJ", 27), // Djibouti
    (*b"DK", 18), // Denmark
    (*b"DO", 28), // Dominican Republic
    (*b"EE", 20), // Estonia
    (*b"EG", 29), // Egypt
    (*b"ES", 24), // Spain
    (*b"FI", 18), // Finland
    (*b"FK", 18), // Falkland Islands
    (*b"FO", 18), // Faroe Islands
    (*b"FR", 27), // France
    (*b"GB", 22), // United Kingdom
    (*b"GE", 22), // Georgia
    (*b"GI", 23), // Gibraltar
    (*b"GL", 18), // Greenland
    (*b"GR", 27), // Greece
    (*b"GT", 28), // Guatemala
    (*b"HN", 28), // Honduras
    (*b"HR", 21), // Croatia
    (*b"HU", 28), // Hungary
    (*b"IE", 22), // Ireland
    (*b"IL", 23), // Israel
    (*b"IQ", 23), // Iraq
    (*b"IS", 26), // Iceland
    (*b"IT", 27), // Italy
    (*b"JO", 30), // Jordan
    (*b"KW", 30), // Kuwait
    (*b"KZ", 20), // Kazakhstan
    (*b"LB", 28), // Lebanon
    (*b"LC", 32), // Saint Lucia
    (*b"LI", 21), // Liechtenstein
    (*b"LT", 20), // Lithuania
    (*b"LU", 20), // Luxembourg
    (*b"LV", 21), // Latvia
    (*b"LY", 25), // Libya
    (*b"MC", 27), // Monaco
    (*b"MD", 24), // Moldova
    (*b"ME", 22), // Montenegro
    (*b"MK", 19), // North Macedonia
    (*b"MN", 20), // Mongolia
    (*b"MR", 27), // Mauritania
    (*b"MT", 31), // Malta
    (*b"MU", 30), // Mauritius
    (*b"NI", 28), // Nicaragua
    (*b"NL", 18), // Netherlands
    (*b"NO", 15), // Norway
    (*b"OM", 23), // Oman
    (*b"PK", 24), // Pakistan
    (*b"PL", 28), // Poland
    (*b"PS", 29), // Palestine
    (*b"PT", 25), // Portugal
    (*b"QA", 29), // Qatar
    (*b"RO", 24), // Romania
    (*b"RS", 22), // Serbia
    (*b"RU", 33), // Russia
    (*b"SA", 24), // Saudi Arabia
    (*b"SC", 31), // Seychelles
    (*b"SD", 18), // Sudan
    (*b"SE", 24), // Sweden
    (*b"SI", 19), // Slovenia
    (*b"SK", 24), // Slovakia
    (*b"SM", 27), // San Marino
    (*b"SO", 23), // Somalia
    (*b"ST", 25), // Sao Tome and Principe
    (*b"SV", 28), // El Salvador
    (*b"TL", 23), // Timor-Leste
    (*b"TN", 24), // Tunisia
    (*b"TR", 26), // Turkey
    (*b"UA", 29), // Ukraine
    (*b"VA", 22), // Vatican City
    (*b"VG", 24), // British Virgin Islands
    (*b"XK", 20), // Kosovo
    (*b"YE", 30), // Yemen
];

/// Registered IBAN length for a country code (uppercase ASCII), if the
/// country is in the IBAN registry.
pub fn iban_length(country: [u8; 2]) -> Option<usize> {
    IBAN_LENGTHS
        .binary_search_by(|(cc, _)| cc.cmp(&country))
        .ok()
        .map(|i| usize::from(IBAN_LENGTHS[i].1))
}

/// Validate a matched IBAN. Single spaces or single hyphens between
/// characters are accepted (print format `DE89 3704 0044 0532 0130 00`);
/// leading, trailing or doubled separators are not. Letters must be
/// uppercase (the electronic and print formats are both uppercase), the
/// length must equal the country's registered length, the check digits must
/// be in 02..=98 and the MOD 97-10 remainder must be 1.
pub fn iban_valid(matched: &[u8]) -> bool {
    let mut buf = [0u8; MAX_IBAN];
    let mut n = 0usize;
    let mut prev_sep = true; // rejects a leading separator
    for &b in matched {
        match b {
            b'0'..=b'9' | b'A'..=b'Z' => {
                if n == MAX_IBAN {
                    return false;
                }
                buf[n] = b;
                n += 1;
                prev_sep = false;
            }
            b' ' | b'-' => {
                if prev_sep {
                    return false;
                }
                prev_sep = true;
            }
            _ => return false,
        }
    }
    if prev_sep || n < 5 {
        return false;
    }
    let iban = &buf[..n];
    if !iban[0].is_ascii_uppercase()
        || !iban[1].is_ascii_uppercase()
        || !iban[2].is_ascii_digit()
        || !iban[3].is_ascii_digit()
    {
        return false;
    }
    if iban_length([iban[0], iban[1]]) != Some(n) {
        return false;
    }
    let check = (iban[2] - b'0') * 10 + (iban[3] - b'0');
    if !(2..=98).contains(&check) {
        return false;
    }
    mod97(&iban[4..], &iban[..4]) == 1
}

/// ISO 7064 MOD 97-10 remainder of `bban ++ head` with letters expanded to
/// 10..=35, computed incrementally (no big integers).
fn mod97(bban: &[u8], head: &[u8]) -> u32 {
    let mut r: u32 = 0;
    for &c in bban.iter().chain(head) {
        r = match c {
            b'0'..=b'9' => (r * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => (r * 100 + u32::from(c - b'A') + 10) % 97,
            _ => return u32::MAX,
        };
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Build a valid IBAN by computing its check digits (98 - mod97(bban CC00)).
    fn make(cc: &str, bban: &str) -> String {
        let head = format!("{cc}00");
        let r = mod97(bban.as_bytes(), head.as_bytes());
        format!("{cc}{:02}{bban}", 98 - r)
    }

    #[test]
    fn table_is_sorted_and_complete() {
        assert!(IBAN_LENGTHS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(IBAN_LENGTHS.len(), 89);
        for (cc, len) in IBAN_LENGTHS {
            assert!((15..=34).contains(len), "{cc:?}");
        }
        assert_eq!(iban_length(*b"DE"), Some(22));
        assert_eq!(iban_length(*b"GB"), Some(22));
        assert_eq!(iban_length(*b"FR"), Some(27));
        assert_eq!(iban_length(*b"NO"), Some(15));
        assert_eq!(iban_length(*b"RU"), Some(33));
        assert_eq!(iban_length(*b"US"), None);
        assert_eq!(iban_length(*b"de"), None);
        assert_eq!(iban_length(*b"JE"), None); // Jersey uses GB
    }

    #[test]
    fn known_valid() {
        // DE89 3704 0044 0532 0130 00: remainder computed by hand via mod97.
        assert!(iban_valid(b"DE89370400440532013000"));
        assert!(iban_valid(b"DE89 3704 0044 0532 0130 00"));
        assert!(iban_valid(b"DE89-3704-0044-0532-0130-00"));
    }

    #[test]
    fn generated_for_every_country() {
        let filler = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
        for &(cc, len) in IBAN_LENGTHS {
            let cc = std::str::from_utf8(&cc).unwrap();
            let bban = std::str::from_utf8(&filler[..usize::from(len) - 4]).unwrap();
            let iban = make(cc, bban);
            assert_eq!(iban.len(), usize::from(len));
            assert!(iban_valid(iban.as_bytes()), "{iban}");
            // Too long / too short for the country.
            assert!(
                !iban_valid(make(cc, &format!("{bban}1")).as_bytes()),
                "{iban}+1"
            );
            assert!(!iban_valid(make(cc, &bban[1..]).as_bytes()), "{iban}-1");
            // Any single-character substitution in the BBAN is detected.
            let mut bad = iban.clone().into_bytes();
            let last = bad.len() - 1;
            bad[last] = if bad[last] == b'7' { b'8' } else { b'7' };
            assert!(!iban_valid(&bad), "{iban} mutated");
            // Lowercase is rejected.
            assert!(!iban_valid(iban.to_ascii_lowercase().as_bytes()));
        }
    }

    #[test]
    fn invalid_cases() {
        assert!(!iban_valid(b"DE88370400440532013000")); // wrong check digits
        assert!(!iban_valid(b"DE89370400440532013001")); // wrong BBAN
        assert!(!iban_valid(b"DE98370400440532013000"));
        assert!(!iban_valid(b"DE8937040044053201300")); // 21 chars
        assert!(!iban_valid(b"US89370400440532013000")); // not an IBAN country
        assert!(!iban_valid(b"de89370400440532013000"));
        assert!(!iban_valid(b"DE89 3704 0044 0532 0130 00 "));
        assert!(!iban_valid(b" DE89 3704 0044 0532 0130 00"));
        assert!(!iban_valid(b"DE89  3704 0044 0532 0130 00"));
        assert!(!iban_valid(b"DE89 -3704 0044 0532 0130 00"));
        assert!(!iban_valid(b"DE89.3704.0044.0532.0130.00"));
        assert!(!iban_valid(b"D189370400440532013000"));
        assert!(!iban_valid(b"DEX9370400440532013000"));
        assert!(!iban_valid(b""));
        assert!(!iban_valid(b"DE"));
        assert!(!iban_valid(&[b'1'; 100]));
        // Check digits 00, 01 and 99 are never issued even if the remainder
        // happens to work out: a BBAN whose proper check is 97 also
        // satisfies mod 97 with "00".
        let mut found = false;
        for i in 0..100_000u32 {
            let bban = format!("{:018}", i);
            let v = make("DE", &bban);
            if &v[2..4] == "97" {
                let alt = format!("DE00{bban}");
                assert_eq!(mod97(&alt.as_bytes()[4..], &alt.as_bytes()[..4]), 1);
                assert!(!iban_valid(alt.as_bytes()));
                assert!(iban_valid(v.as_bytes()));
                found = true;
                break;
            }
        }
        assert!(found);
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(3, 4000, 40, b"0123456789ABDEGR -", |b| {
            let _ = iban_valid(b);
        });
        let mut rng = crate::validate::testutil::XorShift::new(33);
        for _ in 0..2000 {
            let r = rng.next_u64();
            let _ = iban_length([r as u8, (r >> 8) as u8]);
        }
    }
}
