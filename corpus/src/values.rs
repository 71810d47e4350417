//! Generators for valid sensitive values (with real check digits) and for hard
//! negatives (look-alikes that must NOT be detected).

use crate::rng::Rng;

pub const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const URLSAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
pub const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
pub const AWS_SECRET_ALPHA: &[u8] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+";
pub const HEX: &[u8] = b"0123456789abcdef";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const DIGITS: &[u8] = b"0123456789";
/// Symbols used in generic secrets: chosen so the value survives unescaped in
/// JSON, YAML, TOML, .env and shell double quotes.
const SECRET_SYMBOLS: &[u8] = b"!%^&*_-+=?~";

/// All entity type names, in canonical order.
pub const ENTITY_TYPES: &[&str] = &[
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "CN_RESIDENT_ID",
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "GITHUB_TOKEN",
    "SLACK_TOKEN",
    "STRIPE_SECRET_KEY",
    "GOOGLE_API_KEY",
    "JWT",
    "PRIVATE_KEY",
    "GENERIC_SECRET",
];

/// All hard-negative kinds, in canonical order.
pub const NEGATIVE_KINDS: &[&str] = &[
    "luhn_fail",
    "iban_bad_check",
    "cn_id_bad_date",
    "cn_id_bad_check",
    "ssn_invalid",
    "uuid",
    "git_sha",
    "hex_digest",
    "epoch_ts",
    "version",
    "order_number",
    "date_time",
    "placeholder_key",
    "price",
    "quantity",
    "short_number",
];

// ---------------------------------------------------------------- helpers ---

/// Luhn check digit for a payload (digits without the check digit).
pub fn luhn_check_digit(payload: &str) -> u32 {
    let mut sum = 0u32;
    for (i, c) in payload.bytes().rev().enumerate() {
        let mut d = (c - b'0') as u32;
        if i % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    (10 - sum % 10) % 10
}

/// Remainder mod 97 of the IBAN numeric form of `s` (letters A=10..Z=35).
pub fn mod97(s: &str) -> u32 {
    let mut r: u32 = 0;
    for c in s.bytes() {
        if c.is_ascii_digit() {
            r = (r * 10 + (c - b'0') as u32) % 97;
        } else {
            let v = (c.to_ascii_uppercase() - b'A') as u32 + 10;
            r = (r * 100 + v) % 97;
        }
    }
    r
}

/// IBAN check digits for a country code and BBAN.
pub fn iban_check_digits(cc: &str, bban: &str) -> u32 {
    let rearranged = format!("{bban}{cc}00");
    98 - mod97(&rearranged)
}

/// GB 11643-1999 MOD 11-2 check character for the first 17 digits.
pub fn cn_id_check_char(first17: &str) -> char {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const MAP: &[u8; 11] = b"10X98765432";
    let sum: u32 = first17
        .bytes()
        .zip(W.iter())
        .map(|(c, w)| (c - b'0') as u32 * w)
        .sum();
    MAP[(sum % 11) as usize] as char
}

fn group(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = String::with_capacity(s.len() + sizes.len());
    let mut pos = 0;
    for (i, n) in sizes.iter().enumerate() {
        if pos >= s.len() {
            break;
        }
        if i > 0 {
            out.push_str(sep);
        }
        let end = (pos + n).min(s.len());
        out.push_str(&s[pos..end]);
        pos = end;
    }
    if pos < s.len() {
        out.push_str(sep);
        out.push_str(&s[pos..]);
    }
    out
}

fn groups_of(s: &str, n: usize, sep: &str) -> String {
    let sizes: Vec<usize> = std::iter::repeat_n(n, s.len().div_ceil(n)).collect();
    group(s, &sizes, sep)
}

/// Random body that is uniform over the alphabet but never contains a
/// placeholder marker or a long run of one character.
fn random_body(rng: &mut Rng, alphabet: &[u8], n: usize) -> String {
    loop {
        let s = rng.chars_from(alphabet, n);
        let upper = s.to_ascii_uppercase();
        if upper.contains("EXAMPLE") || upper.contains("XXXX") || has_run(&s, 5) {
            continue;
        }
        return s;
    }
}

fn has_run(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let mut run = 1;
    for i in 1..b.len() {
        if b[i] == b[i - 1] {
            run += 1;
            if run >= n {
                return true;
            }
        } else {
            run = 1;
        }
    }
    false
}

// --------------------------------------------------------------- email -----

const EMAIL_FIRST: &[&str] = &[
    "james", "maria", "wei", "li", "olivia", "noah", "emma", "liam", "sofia", "lucas", "mia",
    "ethan", "chloe", "daniel", "hannah", "ravi", "priya", "kenji", "yuki", "fatima", "omar",
    "anna", "lena", "jonas", "zhang", "chen", "xiaoming", "jun", "mei", "grace", "oscar",
];
const EMAIL_LAST: &[&str] = &[
    "smith",
    "garcia",
    "wang",
    "liu",
    "johnson",
    "brown",
    "mueller",
    "dubois",
    "rossi",
    "tanaka",
    "sato",
    "kumar",
    "patel",
    "nguyen",
    "kowalski",
    "andersson",
    "larsen",
    "murphy",
    "silva",
    "zhao",
    "huang",
    "lin",
    "obrien",
    "fischer",
    "moreau",
    "bianchi",
    "novak",
];
const EMAIL_DOMAINS: &[&str] = &[
    "northwindlabs.com",
    "bluefin-analytics.io",
    "acmecorp.com",
    "contoso.net",
    "globex.co.uk",
    "initech.com",
    "mail.example.org",
    "gmail.com",
    "outlook.com",
    "yahoo.co.jp",
    "qq.com",
    "163.com",
    "126.com",
    "foxmail.com",
    "hotmail.fr",
    "web.de",
    "proton.me",
    "icloud.com",
    "sina.com.cn",
    "tsinghua.edu.cn",
    "stanford.edu",
    "helixbio.de",
    "orbital-logistics.com",
    "kestrel.dev",
    "pinecrest.health",
    "example.org",
    "corp.umbrella.io",
    "team.lumen.ai",
];
const EMAIL_TAGS: &[&str] = &[
    "news", "billing", "dev", "test", "jobs", "2024", "shop", "spam",
];
const EMAIL_ROLES: &[&str] = &[
    "support", "billing", "admin", "hr", "security", "noreply", "ops", "sales", "info", "oncall",
    "accounts", "privacy",
];

pub fn email(rng: &mut Rng) -> String {
    let f = rng.pick(EMAIL_FIRST);
    let l = rng.pick(EMAIL_LAST);
    let d = rng.pick(EMAIL_DOMAINS);
    match rng.below(8) {
        0 | 1 => format!("{f}.{l}@{d}"),
        2 => format!("{}{l}@{d}", &f[..1]),
        3 => format!("{}{l}+{}@{d}", &f[..1], rng.pick(EMAIL_TAGS)),
        4 => format!("{f}_{l}{}@{d}", rng.range(1, 99)),
        5 => format!("{}@{d}", rng.pick(EMAIL_ROLES)),
        6 => format!(
            "{f}{}@{}",
            rng.range(1970, 2005),
            rng.pick(&["qq.com", "163.com", "gmail.com", "126.com"])
        ),
        _ => format!("{f}.{l}+{}@{d}", rng.pick(EMAIL_TAGS)),
    }
}

// --------------------------------------------------------------- phones ----

/// NANP area code / exchange: first digit 2-9, avoid N11 codes.
fn nanp3(rng: &mut Rng) -> String {
    loop {
        let s = format!("{}{}", rng.range(2, 9), rng.digits(2));
        if &s[1..] != "11" {
            return s;
        }
    }
}

fn nanp_parts(rng: &mut Rng) -> (String, String, String) {
    let area = nanp3(rng);
    loop {
        let exch = nanp3(rng);
        let line = rng.digits(4);
        if exch == "555" && line.starts_with("01") {
            continue;
        }
        return (area.clone(), exch, line);
    }
}

/// Bare 10-digit US number (templates must put a phone context word before it).
pub fn phone_us_bare(rng: &mut Rng) -> String {
    let (a, e, l) = nanp_parts(rng);
    format!("{a}{e}{l}")
}

pub fn phone_us(rng: &mut Rng) -> String {
    let (a, e, l) = nanp_parts(rng);
    match rng.below(5) {
        0 => format!("+1 {a}-{e}-{l}"),
        1 => format!("({a}) {e}-{l}"),
        2 => format!("{a}-{e}-{l}"),
        3 => format!("{a}.{e}.{l}"),
        _ => format!("+1 ({a}) {e}-{l}"),
    }
}

const CN_MOBILE_PREFIX: &[&str] = &[
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "170", "173", "176", "177", "178", "180", "181", "182",
    "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
];

pub fn cn_mobile_compact(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(CN_MOBILE_PREFIX), rng.digits(8))
}

pub fn phone_cn(rng: &mut Rng) -> String {
    let p = rng.pick(CN_MOBILE_PREFIX);
    let a = rng.digits(4);
    let b = rng.digits(4);
    match rng.below(7) {
        0 | 1 => format!("{p}{a}{b}"),
        2 => format!("{p} {a} {b}"),
        3 => format!("{p}-{a}-{b}"),
        4 => format!("+86 {p} {a} {b}"),
        5 => {
            // landline: 3-digit area code + 8 digits
            let area = rng.pick(&[
                "010", "021", "022", "023", "020", "025", "027", "028", "029",
            ]);
            format!("{area}-{}{}", rng.range(2, 8), rng.digits(7))
        }
        _ => {
            // landline: 4-digit area code + 7/8 digits
            let area = rng.pick(&[
                "0755", "0571", "0512", "0532", "0731", "0591", "0871", "0898",
            ]);
            format!("{area}-{}{}", rng.range(2, 8), rng.digits(7))
        }
    }
}

/// CN mobile written with fullwidth digits (U+FF10..U+FF19).
pub fn phone_cn_fullwidth(rng: &mut Rng) -> String {
    cn_mobile_compact(rng)
        .chars()
        .map(|c| char::from_u32(0xFF10 + (c as u32 - '0' as u32)).unwrap())
        .collect()
}

pub fn phone_intl(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => phone_uk(rng),
        1 => phone_de(rng),
        2 => phone_fr(rng),
        3 => phone_in(rng),
        4 => phone_jp(rng),
        _ => phone_us(rng),
    }
}

/// UK: `+44 20 7946 0958`, `020 7946 0958`, `07700 900123`.
pub fn phone_uk(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!(
            "+44 20 {}{} {}",
            rng.range(3, 8),
            rng.digits(3),
            rng.digits(4)
        ),
        1 => format!("020 {}{} {}", rng.range(3, 8), rng.digits(3), rng.digits(4)),
        _ => format!("07{}{} {}", rng.range(4, 9), rng.digits(2), rng.digits(6)),
    }
}

/// Germany: `+49 30 12345678`, `030 12345678`, `+49 151 23456789`.
pub fn phone_de(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!(
            "+49 {} {}{}",
            rng.pick(&["30", "40", "89", "69", "221"]),
            rng.range(2, 9),
            rng.digits(7)
        ),
        1 => format!(
            "0{} {}{}",
            rng.pick(&["30", "40", "89", "69"]),
            rng.range(2, 9),
            rng.digits(7)
        ),
        _ => format!(
            "+49 {} {}",
            rng.pick(&["151", "152", "160", "170", "171", "176"]),
            rng.digits(8)
        ),
    }
}

/// France: `+33 1 23 45 67 89`, `01 23 45 67 89`.
pub fn phone_fr(rng: &mut Rng) -> String {
    let lead = rng.pick(&["1", "2", "3", "4", "5", "6", "7", "9"]);
    let g: Vec<String> = (0..4).map(|_| rng.digits(2)).collect();
    if rng.chance(1, 2) {
        format!("+33 {lead} {} {} {} {}", g[0], g[1], g[2], g[3])
    } else {
        format!("0{lead} {} {} {} {}", g[0], g[1], g[2], g[3])
    }
}

/// India: `+91 98765 43210`, `98765 43210`.
pub fn phone_in(rng: &mut Rng) -> String {
    let a = format!("{}{}", rng.range(6, 9), rng.digits(4));
    let b = rng.digits(5);
    if rng.chance(1, 2) {
        format!("+91 {a} {b}")
    } else {
        format!("{a} {b}")
    }
}

/// Japan: `+81 3-1234-5678`, `03-1234-5678`, `090-1234-5678`.
pub fn phone_jp(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!("+81 3-{}-{}", rng.digits(4), rng.digits(4)),
        1 => format!(
            "0{}-{}-{}",
            rng.pick(&["3", "6"]),
            rng.digits(4),
            rng.digits(4)
        ),
        _ => format!(
            "0{}0-{}-{}",
            rng.pick(&["7", "8", "9"]),
            rng.digits(4),
            rng.digits(4)
        ),
    }
}

// ------------------------------------------------------------ payment ------

/// A Luhn-valid card number (digits only) and its brand grouping.
pub fn card_digits(rng: &mut Rng) -> (String, &'static str, Vec<usize>) {
    let (prefix, len, brand): (String, usize, &str) = match rng.below(8) {
        0 | 1 => ("4".into(), 16, "visa"),
        2 => (rng.range(51, 55).to_string(), 16, "mastercard"),
        3 => (rng.range(2221, 2720).to_string(), 16, "mastercard"),
        4 => (rng.pick(&["34", "37"]).to_string(), 15, "amex"),
        5 => (
            if rng.chance(1, 2) {
                "6011".into()
            } else {
                "65".into()
            },
            16,
            "discover",
        ),
        6 => (rng.range(3528, 3589).to_string(), 16, "jcb"),
        _ => (
            "62".into(),
            if rng.chance(1, 2) { 16 } else { 19 },
            "unionpay",
        ),
    };
    let payload = format!("{prefix}{}", rng.digits(len - 1 - prefix.len()));
    let d = luhn_check_digit(&payload);
    let groups = match len {
        15 => vec![4, 6, 5],
        19 => vec![4, 4, 4, 4, 3],
        _ => vec![4, 4, 4, 4],
    };
    (format!("{payload}{d}"), brand, groups)
}

fn format_card(rng: &mut Rng, digits: &str, groups: &[usize]) -> String {
    match rng.below(3) {
        0 => digits.to_string(),
        1 => group(digits, groups, " "),
        _ => group(digits, groups, "-"),
    }
}

pub fn credit_card(rng: &mut Rng) -> String {
    let (d, _, g) = card_digits(rng);
    format_card(rng, &d, &g)
}

/// 16-digit Visa/Mastercard-looking number that fails Luhn.
pub fn luhn_fail(rng: &mut Rng) -> String {
    let prefix = if rng.chance(1, 2) {
        "4".to_string()
    } else {
        rng.range(51, 55).to_string()
    };
    let payload = format!("{prefix}{}", rng.digits(15 - prefix.len()));
    let good = luhn_check_digit(&payload);
    let bad = (good + rng.range(1, 9) as u32) % 10;
    let d = format!("{payload}{bad}");
    let r = rng.below(3);
    match r {
        0 => group(&d, &[4, 4, 4, 4], " "),
        1 => group(&d, &[4, 4, 4, 4], "-"),
        _ => d,
    }
}

// ---------------------------------------------------------------- IBAN -----

/// (country, total IBAN length)
pub const IBAN_COUNTRIES: &[(&str, usize)] = &[
    ("DE", 22),
    ("GB", 22),
    ("FR", 27),
    ("ES", 24),
    ("IT", 27),
    ("NL", 18),
    ("BE", 16),
    ("CH", 21),
    ("AT", 20),
    ("PL", 28),
    ("SE", 24),
    ("NO", 15),
    ("DK", 18),
    ("IE", 22),
    ("PT", 25),
    ("SA", 24),
    ("AE", 23),
];

fn upper_alnum(rng: &mut Rng, n: usize) -> String {
    rng.chars_from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n)
}

/// Numeric value of a char for the French RIB key.
fn rib_digit(c: char) -> u32 {
    match c {
        '0'..='9' => c as u32 - '0' as u32,
        'A' | 'J' => 1,
        'B' | 'K' | 'S' => 2,
        'C' | 'L' | 'T' => 3,
        'D' | 'M' | 'U' => 4,
        'E' | 'N' | 'V' => 5,
        'F' | 'O' | 'W' => 6,
        'G' | 'P' | 'X' => 7,
        'H' | 'Q' | 'Y' => 8,
        _ => 9,
    }
}

fn mod_str(s: &str, m: u64) -> u64 {
    s.chars()
        .fold(0u64, |r, c| (r * 10 + rib_digit(c) as u64) % m)
}

fn es_dc(ten: &str) -> u32 {
    const W: [u32; 10] = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    let s: u32 = ten
        .bytes()
        .zip(W.iter())
        .map(|(c, w)| (c - b'0') as u32 * w)
        .sum();
    match 11 - s % 11 {
        11 => 0,
        10 => 1,
        d => d,
    }
}

/// Country-specific BBAN of the right length and character classes.
pub fn bban(rng: &mut Rng, cc: &str) -> String {
    match cc {
        "DE" => format!(
            "{}{}",
            rng.pick(&["37040044", "50010517", "10010010", "20041111", "70020270"]),
            rng.digits(10)
        ),
        "GB" => format!(
            "{}{}{}",
            rng.pick(&["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]),
            rng.digits(6),
            rng.digits(8)
        ),
        "FR" => {
            let bank = rng
                .pick(&["30006", "20041", "30004", "10107", "30003"])
                .to_string();
            let branch = rng.digits(5);
            let acct = rng.digits(11);
            let n = mod_str(&format!("{bank}{branch}{acct}"), 97);
            // key = 97 - ((bank*branch*acct*100) mod 97)
            let key = 97 - (n * 100 % 97);
            format!("{bank}{branch}{acct}{key:02}")
        }
        "ES" => {
            let bank = rng
                .pick(&["2100", "0049", "0182", "0081", "2038"])
                .to_string();
            let branch = rng.digits(4);
            let acct = rng.digits(10);
            let d1 = es_dc(&format!("00{bank}{branch}"));
            let d2 = es_dc(&acct);
            format!("{bank}{branch}{d1}{d2}{acct}")
        }
        "IT" => format!(
            "{}{}{}{}",
            rng.chars_from(UPPER, 1),
            rng.pick(&["03069", "02008", "05034", "03062"]),
            rng.digits(5),
            rng.digits(12)
        ),
        "NL" => format!(
            "{}{}",
            rng.pick(&["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]),
            rng.digits(10)
        ),
        "BE" => {
            let first = rng.digits(10);
            let n: u64 = first.parse().unwrap();
            let k = match n % 97 {
                0 => 97,
                k => k,
            };
            format!("{first}{k:02}")
        }
        "CH" => format!(
            "{}{}",
            rng.pick(&["00762", "00230", "08390", "00700"]),
            rng.digits(12)
        ),
        "AT" => format!(
            "{}{}",
            rng.pick(&["19043", "20111", "12000", "32000"]),
            rng.digits(11)
        ),
        "PL" => format!("{}{}", rng.digits(8), rng.digits(16)),
        "SE" => format!(
            "{}{}",
            rng.pick(&["500", "800", "600", "300"]),
            rng.digits(17)
        ),
        "NO" => format!("{}{}", rng.digits(4), rng.digits(7)),
        "DK" => format!("{}{}", rng.digits(4), rng.digits(10)),
        "IE" => format!(
            "{}{}{}",
            rng.pick(&["AIBK", "BOFI", "IPBS", "ULSB"]),
            rng.digits(6),
            rng.digits(8)
        ),
        "PT" => format!(
            "{}{}",
            rng.pick(&["0002", "0007", "0033", "0035"]),
            rng.digits(17)
        ),
        "SA" => format!("{}{}", rng.pick(&["80", "10", "45", "20"]), rng.digits(18)),
        "AE" => format!(
            "{}{}",
            rng.pick(&["033", "026", "035", "044"]),
            rng.digits(16)
        ),
        // Never reached with IBAN_COUNTRIES; keeps the match total.
        _ => upper_alnum(rng, 16),
    }
}

fn format_iban(rng: &mut Rng, compact: &str) -> String {
    if rng.chance(1, 2) {
        compact.to_string()
    } else {
        groups_of(compact, 4, " ")
    }
}

pub fn iban_compact(rng: &mut Rng) -> String {
    let (cc, len) = rng.pick(IBAN_COUNTRIES);
    let b = bban(rng, cc);
    debug_assert_eq!(b.len() + 4, len, "{cc}");
    let ck = iban_check_digits(cc, &b);
    format!("{cc}{ck:02}{b}")
}

pub fn iban(rng: &mut Rng) -> String {
    let c = iban_compact(rng);
    format_iban(rng, &c)
}

/// Right structure, wrong check digits.
pub fn iban_bad_check(rng: &mut Rng) -> String {
    let (cc, _) = rng.pick(IBAN_COUNTRIES);
    let b = bban(rng, cc);
    let good = iban_check_digits(cc, &b);
    let mut bad;
    loop {
        bad = rng.range(2, 98) as u32;
        if bad != good {
            break;
        }
    }
    let c = format!("{cc}{bad:02}{b}");
    format_iban(rng, &c)
}

// ------------------------------------------------------------------ IP -----

pub fn ipv4(rng: &mut Rng) -> String {
    if rng.chance(1, 25) {
        return format!("127.0.0.{}", rng.range(1, 9));
    }
    loop {
        let a = rng.range(1, 223);
        if a == 10 || a == 127 || a == 0 {
            continue;
        }
        let b = rng.range(0, 255);
        if (a == 172 && (16..=31).contains(&b)) || (a == 192 && b == 168) || (a == 169 && b == 254)
        {
            continue;
        }
        return format!("{a}.{b}.{}.{}", rng.range(0, 255), rng.range(1, 254));
    }
}

pub fn ipv6(rng: &mut Rng) -> String {
    let mut groups: Vec<u16> = (0..8).map(|_| rng.next_u64() as u16).collect();
    let prefixes: &[u16] = &[0x2001, 0x2400, 0x2a00, 0x2606, 0x2804, 0x2620];
    groups[0] = rng.pick(prefixes);
    match rng.below(6) {
        0 | 1 => {
            // full form, zero padded
            if rng.chance(1, 2) {
                groups[3] = 0;
                groups[4] = 0;
            }
            groups
                .iter()
                .map(|g| format!("{g:04x}"))
                .collect::<Vec<_>>()
                .join(":")
        }
        2 | 3 => {
            // compressed: zero run in the middle
            let start = rng.range(2, 4) as usize;
            let len = rng.range(2, 3) as usize;
            let head: Vec<String> = groups[..start].iter().map(|g| format!("{g:x}")).collect();
            let tail: Vec<String> = groups[start + len..]
                .iter()
                .map(|g| format!("{g:x}"))
                .collect();
            format!("{}::{}", head.join(":"), tail.join(":"))
        }
        4 => format!("fe80::{:x}", rng.range(1, 0xffff)),
        _ => {
            if rng.chance(1, 2) {
                "::1".to_string()
            } else {
                format!("2001:db8::{:x}", rng.range(1, 0xffff))
            }
        }
    }
}

pub fn ip(rng: &mut Rng) -> String {
    if rng.chance(2, 3) {
        ipv4(rng)
    } else {
        ipv6(rng)
    }
}

// ----------------------------------------------------------------- SSN -----

pub fn ssn_parts(rng: &mut Rng) -> (u32, u32, u32) {
    loop {
        let a = rng.range(1, 899) as u32;
        let g = rng.range(1, 99) as u32;
        let s = rng.range(1, 9999) as u32;
        if a == 666 {
            continue;
        }
        let txt = format!("{a:03}{g:02}{s:04}");
        if txt == "078051120" || txt == "219099999" || txt == "123456789" {
            continue;
        }
        if txt.bytes().all(|c| c == txt.as_bytes()[0]) {
            continue;
        }
        return (a, g, s);
    }
}

pub fn ssn(rng: &mut Rng) -> String {
    let (a, g, s) = ssn_parts(rng);
    if rng.chance(3, 4) {
        format!("{a:03}-{g:02}-{s:04}")
    } else {
        format!("{a:03} {g:02} {s:04}")
    }
}

pub fn ssn_bare(rng: &mut Rng) -> String {
    let (a, g, s) = ssn_parts(rng);
    format!("{a:03}{g:02}{s:04}")
}

pub fn ssn_invalid(rng: &mut Rng) -> String {
    let (mut a, mut g, mut s) = ssn_parts(rng);
    match rng.below(5) {
        0 => a = 0,
        1 => a = 666,
        2 => a = rng.range(900, 999) as u32,
        3 => g = 0,
        _ => s = 0,
    }
    format!("{a:03}-{g:02}-{s:04}")
}

// -------------------------------------------------------------- CN ID ------

/// Real county-level administrative division codes.
pub const CN_REGIONS: &[&str] = &[
    "110101", "110102", "110105", "110106", "110108", "120101", "120103", "130102", "140105",
    "210102", "220102", "230102", "310101", "310104", "310105", "310115", "320102", "320505",
    "330102", "330106", "340104", "350102", "360102", "370102", "410105", "420102", "420111",
    "430104", "440103", "440106", "440304", "440305", "450103", "500103", "510104", "510107",
    "520102", "530102", "610113", "620102", "650102",
];

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) {
                29
            } else {
                28
            }
        }
    }
}

fn cn_id_first17(rng: &mut Rng, date: Option<(u32, u32, u32)>) -> String {
    let region = rng.pick(CN_REGIONS);
    let (y, m, d) = date.unwrap_or_else(|| {
        let y = rng.range(1940, 2010) as u32;
        let m = rng.range(1, 12) as u32;
        let d = rng.range(1, days_in_month(y, m) as u64) as u32;
        (y, m, d)
    });
    format!("{region}{y:04}{m:02}{d:02}{}", rng.digits(3))
}

pub fn cn_id(rng: &mut Rng) -> String {
    let f = cn_id_first17(rng, None);
    let c = cn_id_check_char(&f);
    format!("{f}{c}")
}

/// Valid check character, impossible birth date.
pub fn cn_id_bad_date(rng: &mut Rng) -> String {
    let y = rng.range(1950, 2005) as u32;
    let date = match rng.below(3) {
        0 => (y, 2, 30),
        1 => (y, 13, rng.range(1, 28) as u32),
        _ => (y, rng.pick(&[4u32, 6, 9, 11]).to_owned(), 31),
    };
    let f = cn_id_first17(rng, Some(date));
    let c = cn_id_check_char(&f);
    format!("{f}{c}")
}

/// Valid date, wrong check character.
pub fn cn_id_bad_check(rng: &mut Rng) -> String {
    let f = cn_id_first17(rng, None);
    let good = cn_id_check_char(&f);
    let options = b"0123456789X";
    loop {
        let c = options[rng.index(options.len())] as char;
        if c != good {
            return format!("{f}{c}");
        }
    }
}

// ------------------------------------------------------------- secrets -----

pub fn openai_key(rng: &mut Rng) -> String {
    match rng.below(5) {
        0..=2 => format!("sk-proj-{}", random_body(rng, URLSAFE, 156)),
        3 => format!("sk-svcacct-{}", random_body(rng, URLSAFE, 156)),
        _ => format!(
            "sk-{}T3BlbkFJ{}",
            random_body(rng, ALNUM, 20),
            random_body(rng, ALNUM, 20)
        ),
    }
}

pub fn anthropic_key(rng: &mut Rng) -> String {
    format!("sk-ant-api03-{}AA", random_body(rng, URLSAFE, 93))
}

pub fn aws_access_key_id(rng: &mut Rng) -> String {
    let p = if rng.chance(3, 4) { "AKIA" } else { "ASIA" };
    format!("{p}{}", random_body(rng, B32, 16))
}

pub fn aws_secret(rng: &mut Rng) -> String {
    random_body(rng, AWS_SECRET_ALPHA, 40)
}

pub fn github_token(rng: &mut Rng) -> String {
    if rng.chance(1, 4) {
        format!(
            "github_pat_{}_{}",
            random_body(rng, ALNUM, 22),
            random_body(rng, ALNUM, 59)
        )
    } else {
        let p = rng.pick(&["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]);
        format!("{p}{}", random_body(rng, ALNUM, 36))
    }
}

pub fn slack_token(rng: &mut Rng) -> String {
    let k = rng.range(9, 11) as usize;
    if rng.chance(2, 3) {
        format!(
            "xoxb-{}{}-{}{}-{}",
            rng.range(1, 9),
            rng.digits(k),
            rng.range(1, 9),
            rng.digits(12),
            random_body(rng, ALNUM, 24)
        )
    } else {
        format!(
            "xoxp-{}{}-{}{}-{}{}-{}",
            rng.range(1, 9),
            rng.digits(k),
            rng.range(1, 9),
            rng.digits(11),
            rng.range(1, 9),
            rng.digits(12),
            random_body(rng, HEX, 32)
        )
    }
}

pub fn stripe_key(rng: &mut Rng) -> String {
    let p = rng.pick(&["sk_live_", "sk_live_", "rk_live_", "sk_test_"]);
    let n = if rng.chance(1, 2) {
        rng.range(24, 34)
    } else {
        rng.range(90, 99)
    } as usize;
    format!("{p}{}", random_body(rng, ALNUM, n))
}

pub fn google_api_key(rng: &mut Rng) -> String {
    format!("AIza{}", random_body(rng, URLSAFE, 35))
}

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard or URL-safe base64 (optionally padded).
pub fn base64(data: &[u8], url: bool, pad: bool) -> String {
    let alpha: &[u8] = if url { URLSAFE_B64 } else { B64 };
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(alpha[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}
const URLSAFE_B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn jwt(rng: &mut Rng) -> String {
    let header = match rng.below(4) {
        0 | 1 => r#"{"alg":"HS256","typ":"JWT"}"#.to_string(),
        2 => format!(
            r#"{{"alg":"RS256","typ":"JWT","kid":"{}"}}"#,
            random_body(rng, HEX, 16)
        ),
        _ => r#"{"typ":"JWT","alg":"ES256"}"#.to_string(),
    };
    let iat = rng.range(1_700_000_000, 1_760_000_000);
    let payload = match rng.below(3) {
        0 => format!(
            r#"{{"sub":"{}","name":"{} {}","iat":{iat}}}"#,
            rng.digits(10),
            cap(rng.pick(EMAIL_FIRST)),
            cap(rng.pick(EMAIL_LAST))
        ),
        1 => format!(
            r#"{{"sub":"user_{}","role":"{}","iat":{iat},"exp":{}}}"#,
            rng.digits(6),
            rng.pick(&["admin", "editor", "viewer", "service"]),
            iat + 3600
        ),
        _ => format!(
            r#"{{"iss":"https://auth.{}","aud":"api","sub":"{}","scope":"read write","iat":{iat},"exp":{}}}"#,
            rng.pick(EMAIL_DOMAINS),
            random_body(rng, HEX, 12),
            iat + 86400
        ),
    };
    let sig = rng.bytes(32);
    format!(
        "{}.{}.{}",
        base64(header.as_bytes(), true, false),
        base64(payload.as_bytes(), true, false),
        base64(&sig, true, false)
    )
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub fn private_key(rng: &mut Rng) -> String {
    let (label, der, lines): (&str, Vec<u8>, u64) = match rng.below(4) {
        0 => ("RSA PRIVATE KEY", vec![0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], rng.range(6, 10)),
        1 => ("EC PRIVATE KEY", vec![0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 3),
        2 => ("OPENSSH PRIVATE KEY", b"openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01\0\0\0\x33\0\0\0\x0bssh-ed25519".to_vec(), rng.range(5, 7)),
        _ => ("PRIVATE KEY", vec![0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00], rng.range(5, 9)),
    };
    pem_block(rng, label, der, lines)
}

/// A longer PEM private key (RSA 2048/3072-sized or PKCS#8), 1–3 KB in total.
pub fn private_key_long(rng: &mut Rng) -> String {
    let (label, der, lines): (&str, Vec<u8>, u64) = if rng.chance(1, 2) {
        (
            "RSA PRIVATE KEY",
            vec![
                0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00,
            ],
            rng.range(16, 39),
        )
    } else {
        (
            "PRIVATE KEY",
            vec![
                0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48,
                0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
            ],
            rng.range(16, 39),
        )
    };
    pem_block(rng, label, der, lines)
}

/// Base64 body of `lines` lines (the last one partial) after the DER prefix, wrapped
/// at 64 characters between BEGIN/END lines.
fn pem_block(rng: &mut Rng, label: &str, mut der: Vec<u8>, lines: u64) -> String {
    // total base64 chars: (lines-1) full lines + a partial last line
    let total_chars = (lines as usize - 1) * 64 + rng.range(20, 64) as usize;
    let total_bytes = total_chars * 3 / 4;
    while der.len() < total_bytes {
        der.push(rng.next_u64() as u8);
    }
    let body = base64(&der, false, true);
    let mut out = format!("-----BEGIN {label}-----\n");
    for (i, chunk) in body.as_bytes().chunks(64).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(std::str::from_utf8(chunk).unwrap());
    }
    out.push_str(&format!("\n-----END {label}-----"));
    out
}

/// High-entropy password/secret: ≥ 12 chars mixing upper, lower, digit, symbol.
pub fn generic_secret(rng: &mut Rng) -> String {
    let n = rng.range(14, 28) as usize;
    let all: Vec<u8> = [UPPER, LOWER, DIGITS, SECRET_SYMBOLS].concat();
    loop {
        let mut s: Vec<u8> = Vec::with_capacity(n);
        s.push(rng.pick(&[UPPER, LOWER].concat()));
        for _ in 1..n {
            s.push(all[rng.index(all.len())]);
        }
        let has = |set: &[u8]| s.iter().any(|c| set.contains(c));
        if !(has(UPPER) && has(LOWER) && has(DIGITS) && has(SECRET_SYMBOLS)) {
            continue;
        }
        let st = String::from_utf8(s).unwrap();
        if st.to_ascii_uppercase().contains("EXAMPLE") || has_run(&st, 4) {
            continue;
        }
        return st;
    }
}

// --------------------------------------------------- other hard negatives --

pub fn uuid(rng: &mut Rng) -> String {
    let h = rng.chars_from(HEX, 32);
    let variant = rng.pick(&["8", "9", "a", "b"]);
    let s = format!(
        "{}-{}-4{}-{}{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        variant,
        &h[17..20],
        &h[20..32]
    );
    if rng.chance(1, 5) {
        s.to_uppercase()
    } else {
        s
    }
}

pub fn git_sha(rng: &mut Rng) -> String {
    rng.chars_from(HEX, 40)
}

pub fn hex_digest(rng: &mut Rng) -> String {
    rng.chars_from(HEX, 64)
}

pub fn epoch_ts(rng: &mut Rng) -> String {
    let s = rng.range(1_500_000_000, 1_800_000_000);
    if rng.chance(1, 2) {
        s.to_string()
    } else {
        format!("{s}{}", rng.digits(3))
    }
}

pub fn version(rng: &mut Rng) -> String {
    let (a, b, c) = (rng.range(0, 4), rng.range(0, 24), rng.range(0, 15));
    match rng.below(4) {
        0 => format!("v{a}.{b}.{c}"),
        1 => format!("{a}.{b}.{c}"),
        2 => format!(
            "{a}.{b}.{c}-{}.{}",
            rng.pick(&["rc", "beta", "alpha"]),
            rng.range(1, 5)
        ),
        _ => format!("v{a}.{b}"),
    }
}

pub fn order_number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!(
            "{}-{}",
            rng.pick(&["A", "B", "C", "K"]),
            rng.range(10000, 99999)
        ),
        1 => format!(
            "ORD-{}-{:08}",
            rng.range(2019, 2025),
            rng.range(1, 99_999_999)
        ),
        2 => format!("INV-{:06}", rng.range(1, 999_999)),
        _ => format!("PO-{}{}", rng.range(2019, 2025), rng.digits(4)),
    }
}

pub fn date(rng: &mut Rng) -> String {
    let y = rng.range(2019, 2025);
    let m = rng.range(1, 12) as u32;
    let d = rng.range(1, days_in_month(y as u32, m) as u64);
    format!("{y}-{m:02}-{d:02}")
}

pub fn time(rng: &mut Rng) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        rng.range(0, 23),
        rng.range(0, 59),
        rng.range(0, 59)
    )
}

pub fn date_time(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => date(rng),
        1 => time(rng),
        _ => format!("{}T{}Z", date(rng), time(rng)),
    }
}

/// (placeholder value, context-free). Values contain no real secret.
pub const PLACEHOLDERS: &[&str] = &[
    "sk-...",
    "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
    "YOUR_API_KEY",
    "<token>",
    "AKIAIOSFODNN7EXAMPLE",
    "${DB_PASSWORD}",
    "os.environ[\"API_KEY\"]",
    "changeme",
    "<your-token-here>",
    "sk-ant-xxxxxxxx",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "REPLACE_ME",
    "${OPENAI_API_KEY}",
    "<redacted>",
    "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
];

pub fn price(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!(
            "${}.{:02}",
            rng.range(1, 999),
            rng.pick(&[0u64, 99, 49, 95])
        ),
        1 => format!("${},{:03}.00", rng.range(1, 49), rng.range(0, 999)),
        2 => format!("€{},{:02}", rng.range(1, 999), rng.range(0, 99)),
        3 => format!("¥{}", rng.range(5, 9999)),
        _ => format!("{}.{:02}", rng.range(1, 2999), rng.range(0, 99)),
    }
}

pub fn quantity(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => rng.range(2, 500).to_string(),
        1 => format!("{},{:03}", rng.range(1, 99), rng.range(0, 999)),
        _ => rng.range(1000, 250_000).to_string(),
    }
}

pub fn short_number(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => rng.range(2, 99).to_string(),
        1 => rng.range(100, 9999).to_string(),
        _ => rng.range(10000, 999_999).to_string(),
    }
}
