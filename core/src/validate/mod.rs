//! Checksum and format validators.
//!
//! Every function in this module is pure, never panics (on any byte input,
//! including empty and very large inputs) and avoids allocation except where
//! decoding is inherently required (base64 / JWT).

pub mod base64;
pub mod card;
pub mod cn_id;
pub mod email;
pub mod entropy;
pub mod iban;
pub mod ip;
pub mod jwt;
pub mod luhn;
pub mod phone;
pub mod placeholder;
pub mod secret;
pub mod ssn;

/// A named post-match validator that rule packs can reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Validator {
    /// Generic Luhn mod-10 check (`' '`/`'-'` separators ignored).
    Luhn,
    /// Payment card: brand prefix + length + Luhn.
    CreditCard,
    /// IBAN: country length + MOD 97-10.
    Iban,
    /// PRC resident identity card number (GB 11643-1999).
    CnResidentId,
    /// US Social Security Number.
    UsSsn,
    /// JSON Web Token (JWS compact form).
    Jwt,
    /// IPv4 address, optional CIDR suffix.
    Ipv4,
    /// IPv6 address, optional zone and prefix length.
    Ipv6,
    /// Telephone number (E.164 or plausible national form).
    Phone,
    /// Email address.
    Email,
    /// A value assigned to a secret-looking key that plausibly is a secret (not a word, path,
    /// URL, number or reference).
    SecretValue,
    /// A PEM private-key block with real key material in its body.
    PemBlock,
}

impl Validator {
    /// Every validator, in declaration order.
    pub const ALL: &'static [Validator] = &[
        Validator::Luhn,
        Validator::CreditCard,
        Validator::Iban,
        Validator::CnResidentId,
        Validator::UsSsn,
        Validator::Jwt,
        Validator::Ipv4,
        Validator::Ipv6,
        Validator::Phone,
        Validator::Email,
        Validator::SecretValue,
        Validator::PemBlock,
    ];

    /// Names used in rule-pack TOML: "luhn", "credit-card", "iban",
    /// "cn-resident-id", "us-ssn", "jwt", "ipv4", "ipv6", "phone", "email", "secret-value", "pem-block".
    pub fn from_name(name: &str) -> Option<Validator> {
        Validator::ALL.iter().copied().find(|v| v.name() == name)
    }

    /// The rule-pack name of this validator (inverse of [`Validator::from_name`]).
    pub fn name(self) -> &'static str {
        match self {
            Validator::Luhn => "luhn",
            Validator::CreditCard => "credit-card",
            Validator::Iban => "iban",
            Validator::CnResidentId => "cn-resident-id",
            Validator::UsSsn => "us-ssn",
            Validator::Jwt => "jwt",
            Validator::Ipv4 => "ipv4",
            Validator::Ipv6 => "ipv6",
            Validator::Phone => "phone",
            Validator::Email => "email",
            Validator::SecretValue => "secret-value",
            Validator::PemBlock => "pem-block",
        }
    }

    /// Validate a match. `matched` is the exact matched text as bytes,
    /// separators included (e.g. `b"4111 1111 1111 1111"`,
    /// `b"+1 (415) 555-2671"`, `b"DE89 3704 0044 0532 0130 00"`).
    pub fn check(self, matched: &[u8]) -> bool {
        match self {
            Validator::Luhn => luhn::luhn_valid_separated(matched),
            Validator::CreditCard => card::card_valid(matched),
            Validator::Iban => iban::iban_valid(matched),
            Validator::CnResidentId => cn_id::cn_resident_id_valid(matched),
            Validator::UsSsn => ssn::us_ssn_valid(matched),
            Validator::Jwt => jwt::jwt_valid(matched),
            Validator::Ipv4 => ip::ipv4_valid(matched),
            Validator::Ipv6 => ip::ipv6_valid(matched),
            Validator::Phone => phone::phone_valid(matched),
            Validator::Email => email::email_valid(matched),
            Validator::SecretValue => secret::plausible_secret_value(matched),
            Validator::PemBlock => secret::pem_has_body(matched),
        }
    }
}

/// Tiny deterministic xorshift PRNG shared by the fuzz-style tests.
#[cfg(test)]
pub(crate) mod testutil {
    #[derive(Debug)]
    pub struct XorShift(u64);

    impl XorShift {
        pub fn new(seed: u64) -> Self {
            XorShift(seed | 1)
        }

        pub fn next_u64(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        /// A random byte string. Half the time bytes are drawn from `alphabet`
        /// (to reach deeper code paths), otherwise from all 256 values.
        pub fn bytes(&mut self, max_len: usize, alphabet: &[u8]) -> Vec<u8> {
            let len = (self.next_u64() % (max_len as u64 + 1)) as usize;
            let restricted = !alphabet.is_empty() && self.next_u64() & 1 == 0;
            (0..len)
                .map(|_| {
                    let r = self.next_u64();
                    if restricted {
                        alphabet[(r % alphabet.len() as u64) as usize]
                    } else {
                        r as u8
                    }
                })
                .collect()
        }
    }

    /// Run `f` on `n` random inputs; the assertion is simply "no panic".
    pub fn fuzz(seed: u64, n: usize, max_len: usize, alphabet: &[u8], mut f: impl FnMut(&[u8])) {
        let mut rng = XorShift::new(seed);
        for _ in 0..n {
            let input = rng.bytes(max_len, alphabet);
            f(&input);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &v in Validator::ALL {
            assert_eq!(Validator::from_name(v.name()), Some(v));
        }
        assert_eq!(Validator::ALL.len(), 12);
        assert_eq!(
            Validator::from_name("credit-card"),
            Some(Validator::CreditCard)
        );
        assert_eq!(
            Validator::from_name("cn-resident-id"),
            Some(Validator::CnResidentId)
        );
        assert_eq!(Validator::from_name("Luhn"), None);
        assert_eq!(Validator::from_name(""), None);
        assert_eq!(Validator::from_name("credit_card"), None);
    }

    #[test]
    fn dispatch_examples() {
        assert!(Validator::Luhn.check(b"79927398713"));
        assert!(Validator::Luhn.check(b"7992 7398 713"));
        assert!(!Validator::Luhn.check(b"79927398710"));
        assert!(Validator::CreditCard.check(b"4111 1111 1111 1111"));
        assert!(!Validator::CreditCard.check(b"4111 1111-1111 1111"));
        assert!(Validator::Iban.check(b"DE89 3704 0044 0532 0130 00"));
        assert!(!Validator::Iban.check(b"DE88 3704 0044 0532 0130 00"));
        assert!(Validator::CnResidentId.check(b"11010519491231002X"));
        assert!(!Validator::CnResidentId.check(b"110105194912310021"));
        assert!(Validator::UsSsn.check(b"536-22-1234"));
        assert!(!Validator::UsSsn.check(b"666-22-1234"));
        assert!(Validator::Ipv4.check(b"192.168.1.1"));
        assert!(!Validator::Ipv4.check(b"192.168.1.256"));
        assert!(Validator::Ipv6.check(b"fe80::1%eth0"));
        assert!(!Validator::Ipv6.check(b"fe80:::1"));
        assert!(Validator::Phone.check(b"+1 (415) 555-2671"));
        assert!(!Validator::Phone.check(b"+1 (415) 155-2671"));
        assert!(Validator::Email.check(b"alice@mail.example.org"));
        assert!(!Validator::Email.check(b"alice@@example.org"));
        assert!(Validator::Jwt.check(b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"));
        assert!(!Validator::Jwt.check(b"abc.def.ghi"));
    }

    #[test]
    fn fuzz_dispatch_no_panic() {
        testutil::fuzz(
            0x5eed,
            3000,
            64,
            b"0123456789 -+.:@/%()ABCDEFXabcdefx",
            |b| {
                for &v in Validator::ALL {
                    let _ = v.check(b);
                }
            },
        );
    }
}
