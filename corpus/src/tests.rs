//! Crate tests with validators written independently of the generators.

use crate::{BenchKind, Doc, bench_text, labelled_docs, to_jsonl};

// ------------------------------------------------- independent checkers ----

fn digits_only(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

/// Luhn: double every second digit from the right using a lookup table.
fn luhn_ok(s: &str) -> bool {
    const DOUBLED: [u32; 10] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
    let d = digits_only(s);
    if d.is_empty() {
        return false;
    }
    let total: u32 = d
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let x = c.to_digit(10).unwrap();
            if i % 2 == 1 { DOUBLED[x as usize] } else { x }
        })
        .sum();
    total.is_multiple_of(10)
}

fn card_ok(s: &str) -> bool {
    // separators: none, or all spaces, or all dashes
    let seps: Vec<char> = s.chars().filter(|c| !c.is_ascii_digit()).collect();
    if seps.iter().any(|c| *c != ' ' && *c != '-') || (seps.contains(&' ') && seps.contains(&'-')) {
        return false;
    }
    let d = digits_only(s);
    let n = d.len();
    if !(15..=19).contains(&n) {
        return false;
    }
    let p2: u32 = d[..2].parse().unwrap();
    let p4: u32 = d[..4].parse().unwrap();
    #[allow(clippy::nonminimal_bool)]
    let brand_ok = (d.starts_with('4') && n == 16)
        || ((51..=55).contains(&p2) && n == 16)
        || ((2221..=2720).contains(&p4) && n == 16)
        || ((p2 == 34 || p2 == 37) && n == 15)
        || ((d.starts_with("6011") || d.starts_with("65")) && n == 16)
        || ((3528..=3589).contains(&p4) && n == 16)
        || (d.starts_with("62") && (n == 16 || n == 19));
    brand_ok && luhn_ok(&d)
}

fn iban_len(cc: &str) -> Option<usize> {
    Some(match cc {
        "DE" | "GB" | "IE" => 22,
        "FR" | "IT" => 27,
        "ES" | "SE" | "SA" => 24,
        "NL" | "DK" => 18,
        "BE" => 16,
        "CH" => 21,
        "AT" => 20,
        "PL" => 28,
        "NO" => 15,
        "PT" => 25,
        "AE" => 23,
        _ => return None,
    })
}

/// Structure: country, length, print format (compact or groups of 4).
fn iban_structure_ok(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| *c != ' ').collect();
    if s.contains(' ') {
        let groups: Vec<&str> = s.split(' ').collect();
        let last = groups.len() - 1;
        if groups
            .iter()
            .enumerate()
            .any(|(i, g)| g.is_empty() || g.len() > 4 || (i < last && g.len() != 4))
        {
            return false;
        }
    }
    if compact.len() < 5
        || !compact
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let cc = &compact[..2];
    iban_len(cc) == Some(compact.len()) && compact[2..4].chars().all(|c| c.is_ascii_digit())
}

/// mod-97 by converting to a digit string and reducing in 9-digit chunks.
fn iban_mod97_ok(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| *c != ' ').collect();
    let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
    let mut numeric = String::new();
    for c in rearranged.chars() {
        if c.is_ascii_digit() {
            numeric.push(c);
        } else {
            numeric.push_str(&(c as u32 - 'A' as u32 + 10).to_string());
        }
    }
    let mut rem: u64 = 0;
    for chunk in numeric.as_bytes().chunks(7) {
        let part = format!("{rem}{}", std::str::from_utf8(chunk).unwrap());
        rem = part.parse::<u64>().unwrap() % 97;
    }
    rem == 1
}

fn iban_ok(s: &str) -> bool {
    iban_structure_ok(s) && iban_mod97_ok(s)
}

fn leap(y: u32) -> bool {
    y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400))
}

fn date_ok(y: u32, m: u32, d: u32) -> bool {
    let max = match m {
        2 => {
            if leap(y) {
                29
            } else {
                28
            }
        }
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    d >= 1 && d <= max
}

const REGIONS: &[&str] = &[
    "110101", "110102", "110105", "110106", "110108", "120101", "120103", "130102", "140105",
    "210102", "220102", "230102", "310101", "310104", "310105", "310115", "320102", "320505",
    "330102", "330106", "340104", "350102", "360102", "370102", "410105", "420102", "420111",
    "430104", "440103", "440106", "440304", "440305", "450103", "500103", "510104", "510107",
    "520102", "530102", "610113", "620102", "650102",
];

/// (format ok, date ok, check ok)
fn cn_id_parts(s: &str) -> (bool, bool, bool) {
    let b = s.as_bytes();
    if b.len() != 18
        || !b[..17].iter().all(u8::is_ascii_digit)
        || !(b[17].is_ascii_digit() || b[17] == b'X')
    {
        return (false, false, false);
    }
    let region_ok = REGIONS.contains(&&s[..6]);
    let y: u32 = s[6..10].parse().unwrap();
    let m: u32 = s[10..12].parse().unwrap();
    let d: u32 = s[12..14].parse().unwrap();
    let dok = (1940..=2010).contains(&y) && date_ok(y, m, d);
    // ISO 7064 MOD 11-2: check = (12 - (Σ a_i * 2^(17-i) mod 11)) mod 11
    let mut sum = 0u64;
    for (i, c) in b[..17].iter().enumerate() {
        let w = (1u64 << (17 - i)) % 11;
        sum += (c - b'0') as u64 * w;
    }
    let check = (12 - sum % 11) % 11;
    let expect = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    (region_ok, dok, b[17] == expect)
}

fn cn_id_ok(s: &str) -> bool {
    let (a, b, c) = cn_id_parts(s);
    a && b && c
}

fn ssn_ok(s: &str) -> bool {
    let parts: Vec<&str> = if s.contains('-') {
        s.split('-').collect()
    } else if s.contains(' ') {
        s.split(' ').collect()
    } else if s.len() == 9 {
        vec![&s[..3], &s[3..5], &s[5..]]
    } else {
        return false;
    };
    if parts.len() != 3 || parts[0].len() != 3 || parts[1].len() != 2 || parts[2].len() != 4 {
        return false;
    }
    if !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return false;
    }
    let a: u32 = parts[0].parse().unwrap();
    let g: u32 = parts[1].parse().unwrap();
    let sn: u32 = parts[2].parse().unwrap();
    let all: String = parts.concat();
    let one_digit = all.chars().all(|c| c == all.chars().next().unwrap());
    (1..=899).contains(&a)
        && a != 666
        && g >= 1
        && sn >= 1
        && !one_digit
        && !["078051120", "219099999", "123456789"].contains(&all.as_str())
}

fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._+".contains(c))
        && domain.contains('.')
        && domain
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && domain.rsplit('.').next().unwrap().len() >= 2
}

fn ip_ok(s: &str) -> bool {
    if let Ok(v4) = s.parse::<std::net::Ipv4Addr>() {
        return v4.octets()[0] != 0;
    }
    s.parse::<std::net::Ipv6Addr>().is_ok() && s.contains(':')
}

fn nanp_ok(d: &str) -> bool {
    let b = d.as_bytes();
    d.len() == 10
        && (b'2'..=b'9').contains(&b[0])
        && (b'2'..=b'9').contains(&b[3])
        && !(&d[3..6] == "555" && d[6..].starts_with("01"))
}

fn fullwidth_to_ascii(s: &str) -> String {
    s.chars()
        .map(|c| {
            if ('\u{FF10}'..='\u{FF19}').contains(&c) {
                char::from_u32(c as u32 - 0xFF10 + '0' as u32).unwrap()
            } else {
                c
            }
        })
        .collect()
}

fn phone_ok(raw: &str) -> bool {
    let fw = raw.chars().any(|c| ('\u{FF10}'..='\u{FF19}').contains(&c));
    let s = fullwidth_to_ascii(raw);
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || " -.()+".contains(c))
    {
        return false;
    }
    let d = digits_only(&s);
    let cn_mobile = |m: &str| m.len() == 11 && ["13", "15", "17", "18", "19"].contains(&&m[..2]);
    if fw {
        return cn_mobile(&d) && s == d;
    }
    if let Some(rest) = s.strip_prefix("+1 ") {
        return nanp_ok(&digits_only(rest));
    }
    if let Some(rest) = s.strip_prefix("+86 ") {
        return cn_mobile(&digits_only(rest));
    }
    if let Some(rest) = s.strip_prefix("+44 ") {
        return digits_only(rest).len() == 10;
    }
    if let Some(rest) = s.strip_prefix("+49 ") {
        let n = digits_only(rest).len();
        return (9..=12).contains(&n);
    }
    if let Some(rest) = s.strip_prefix("+33 ") {
        return digits_only(rest).len() == 9 && !rest.starts_with('0');
    }
    if let Some(rest) = s.strip_prefix("+91 ") {
        let r = digits_only(rest);
        return r.len() == 10 && (b'6'..=b'9').contains(&r.as_bytes()[0]);
    }
    if let Some(rest) = s.strip_prefix("+81 ") {
        let n = digits_only(rest).len();
        return (9..=10).contains(&n);
    }
    if s.starts_with('(')
        || (!s.starts_with('0') && !s.starts_with('1') && d.len() == 10 && !s.contains(' '))
    {
        // NANP national formats: (415) 555-2671, 415-555-2671, 415.555.2671, bare
        return nanp_ok(&d);
    }
    if s.starts_with('1') {
        return cn_mobile(&d);
    }
    if d.len() == 10 && (b'6'..=b'9').contains(&d.as_bytes()[0]) {
        return s.len() == 11 && s.as_bytes()[5] == b' '; // India: 98765 43210
    }
    if s.starts_with('0') {
        // national trunk formats: CN landline, UK, DE, FR, JP
        let n = d.len();
        if s.starts_with("07")
            && s.as_bytes().get(2) != Some(&b' ')
            && s.as_bytes().get(5) == Some(&b' ')
        {
            return n == 11; // UK mobile 07700 900123
        }
        return (10..=12).contains(&n);
    }
    false
}

fn alphabet_ok(s: &str, extra: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// Random-looking: no placeholder words, no long runs, enough distinct chars.
fn random_looking(s: &str) -> bool {
    let up = s.to_ascii_uppercase();
    if up.contains("EXAMPLE") || up.contains("XXXX") || s.contains("...") {
        return false;
    }
    let b = s.as_bytes();
    let mut run = 1;
    for i in 1..b.len() {
        run = if b[i] == b[i - 1] { run + 1 } else { 1 };
        if run >= 6 {
            return false;
        }
    }
    let mut distinct: Vec<u8> = b.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() >= (b.len() / 3).min(10)
}

fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 26,
            b'0'..=b'9' => (c - b'0') as u32 + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        })
    };
    let bytes: Vec<u8> = s.bytes().filter(|c| *c != b'=').collect();
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut bits = 0;
    for c in bytes {
        acc = (acc << 6) | val(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn jwt_ok(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 3 || s.contains('=') || !parts.iter().all(|p| alphabet_ok(p, "-_")) {
        return false;
    }
    let Some(h) = b64url_decode(parts[0]) else {
        return false;
    };
    let Some(p) = b64url_decode(parts[1]) else {
        return false;
    };
    let Ok(hj) = serde_json::from_slice::<serde_json::Value>(&h) else {
        return false;
    };
    let pj_ok = serde_json::from_slice::<serde_json::Value>(&p)
        .map(|v| v.is_object())
        .unwrap_or(false);
    hj.get("alg").and_then(|a| a.as_str()).is_some() && pj_ok && parts[2].len() == 43
}

fn pem_ok(s: &str) -> bool {
    let lines: Vec<&str> = s.split('\n').collect();
    if lines.len() < 3 {
        return false;
    }
    let first = lines[0];
    let last = lines[lines.len() - 1];
    let Some(label) = first
        .strip_prefix("-----BEGIN ")
        .and_then(|r| r.strip_suffix("-----"))
    else {
        return false;
    };
    if ![
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "PRIVATE KEY",
    ]
    .contains(&label)
    {
        return false;
    }
    if last != format!("-----END {label}-----") {
        return false;
    }
    let body = &lines[1..lines.len() - 1];
    let n = body.len();
    body.iter().enumerate().all(|(i, l)| {
        alphabet_ok(l, "+/=")
            && if i + 1 < n {
                l.len() == 64
            } else {
                !l.is_empty() && l.len() <= 64
            }
    }) && b64url_decode(&body.concat()).is_some()
}

const SYMBOLS: &str = "!%^&*_-+=?~";

/// Context-free validator per entity type.
fn entity_ok(ty: &str, v: &str) -> bool {
    let all = |s: &str, extra: &str| alphabet_ok(s, extra) && random_looking(s);
    match ty {
        "EMAIL_ADDRESS" => email_ok(v),
        "PHONE_NUMBER" => phone_ok(v),
        "CREDIT_CARD" => card_ok(v),
        "IBAN_CODE" => iban_ok(v),
        "IP_ADDRESS" => ip_ok(v),
        "US_SSN" => ssn_ok(v),
        "CN_RESIDENT_ID" => cn_id_ok(v),
        "OPENAI_API_KEY" => {
            if let Some(r) = v
                .strip_prefix("sk-proj-")
                .or_else(|| v.strip_prefix("sk-svcacct-"))
            {
                r.len() == 156 && all(r, "_-")
            } else if let Some(r) = v.strip_prefix("sk-") {
                r.len() == 48 && &r[20..28] == "T3BlbkFJ" && all(&r[..20], "") && all(&r[28..], "")
            } else {
                false
            }
        }
        "ANTHROPIC_API_KEY" => v
            .strip_prefix("sk-ant-api03-")
            .and_then(|r| r.strip_suffix("AA"))
            .is_some_and(|r| r.len() == 93 && all(r, "_-")),
        "AWS_ACCESS_KEY_ID" => {
            (v.starts_with("AKIA") || v.starts_with("ASIA"))
                && v.len() == 20
                && v[4..]
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c))
                && random_looking(&v[4..])
        }
        "AWS_SECRET_ACCESS_KEY" => {
            v.len() == 40
                && all(v, "/+")
                && v.chars().any(|c| c.is_ascii_uppercase())
                && v.chars().any(|c| c.is_ascii_lowercase())
        }
        "GITHUB_TOKEN" => {
            if let Some(r) = v.strip_prefix("github_pat_") {
                r.len() == 82 && r.as_bytes()[22] == b'_' && all(&r[..22], "") && all(&r[23..], "")
            } else {
                ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]
                    .iter()
                    .any(|p| v.starts_with(p))
                    && v.len() == 40
                    && all(&v[4..], "")
            }
        }
        "SLACK_TOKEN" => {
            let parts: Vec<&str> = v.split('-').collect();
            (parts[0] == "xoxb" || parts[0] == "xoxp")
                && parts.len() >= 4
                && parts[1..parts.len() - 1]
                    .iter()
                    .all(|p| p.len() >= 10 && p.chars().all(|c| c.is_ascii_digit()))
                && parts[parts.len() - 1].len() >= 24
                && all(parts[parts.len() - 1], "")
        }
        "STRIPE_SECRET_KEY" => ["sk_live_", "rk_live_", "sk_test_"].iter().any(|p| {
            v.strip_prefix(p)
                .is_some_and(|r| (24..=99).contains(&r.len()) && all(r, ""))
        }),
        "GOOGLE_API_KEY" => v
            .strip_prefix("AIza")
            .is_some_and(|r| r.len() == 35 && all(r, "_-")),
        "JWT" => jwt_ok(v),
        "PRIVATE_KEY" => pem_ok(v),
        "GENERIC_SECRET" => {
            v.len() >= 12
                && v.chars().any(|c| c.is_ascii_uppercase())
                && v.chars().any(|c| c.is_ascii_lowercase())
                && v.chars().any(|c| c.is_ascii_digit())
                && v.chars().any(|c| SYMBOLS.contains(c))
                && alphabet_ok(v, SYMBOLS)
                && random_looking(v)
        }
        _ => false,
    }
}

use crate::values::ENTITY_TYPES;

fn is_hex(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_hexdigit())
}

/// Positive shape check for each hard-negative kind.
fn negative_shape_ok(kind: &str, v: &str) -> bool {
    let d = digits_only(v);
    match kind {
        "luhn_fail" => d.len() == 16 && !luhn_ok(v),
        "iban_bad_check" => iban_structure_ok(v) && !iban_mod97_ok(v),
        "cn_id_bad_date" => {
            let (region, date, check) = cn_id_parts(v);
            region && !date && check
        }
        "cn_id_bad_check" => {
            let (region, date, check) = cn_id_parts(v);
            region && date && !check
        }
        "ssn_invalid" => v.len() == 11 && !ssn_ok(v),
        "uuid" => {
            let g: Vec<usize> = v.split('-').map(str::len).collect();
            g == [8, 4, 4, 4, 12] && is_hex(&v.replace('-', ""))
        }
        "git_sha" => v.len() == 40 && is_hex(v),
        "hex_digest" => v.len() == 64 && is_hex(v),
        "epoch_ts" => (v.len() == 10 || v.len() == 13) && d == v,
        "version" => {
            let core = v.trim_start_matches('v');
            let core = core.split('-').next().unwrap();
            core.split('.').count() >= 2
                && core
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        }
        "order_number" => v.contains('-') && v.chars().any(|c| c.is_ascii_uppercase()),
        "date_time" => v.contains(':') || (v.len() == 10 && v.as_bytes()[4] == b'-'),
        "placeholder_key" => ENTITY_TYPES.iter().all(|t| !entity_ok(t, v)),
        "price" => v.chars().any(|c| "$€¥.".contains(c)),
        "quantity" | "short_number" => !d.is_empty() && d.len() <= 6,
        _ => false,
    }
}

// ---------------------------------------------------------------- tests ----

fn check_docs(docs: &[Doc]) {
    for d in docs {
        assert!(d.spans_ok(), "{}: span mismatch", d.id);
        assert!(
            (200..=1500).contains(&d.text.len()),
            "{}: size {}",
            d.id,
            d.text.len()
        );
        assert!(d.entities.len() <= 5, "{}: too many entities", d.id);
        for e in &d.entities {
            assert!(
                entity_ok(&e.entity_type, &e.value),
                "{}: invalid {} {:?}",
                d.id,
                e.entity_type,
                e.value
            );
            let before = &d.text[..e.start];
            let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
            let line_prefix = &d.text[line_start..e.start];
            match e.entity_type.as_str() {
                "PHONE_NUMBER"
                    if e.value.len() == 10 && e.value.chars().all(|c| c.is_ascii_digit()) =>
                {
                    let lower = before.to_ascii_lowercase();
                    assert!(
                        lower.ends_with("phone: ")
                            || lower.ends_with("call ")
                            || lower.ends_with("tel "),
                        "{}: bare phone without context: {before:?}",
                        d.id
                    );
                }
                "US_SSN" if e.value.len() == 9 => {
                    assert!(
                        before.ends_with("SSN: ") || before.ends_with("social security number "),
                        "{}: bare SSN without context",
                        d.id
                    );
                }
                "AWS_SECRET_ACCESS_KEY" => {
                    let lp = line_prefix.to_ascii_lowercase();
                    let named = lp.contains("aws") && lp.contains("secret");
                    let sts = line_prefix.contains("SecretAccessKey") && d.text.contains("AWS");
                    assert!(
                        named || sts,
                        "{}: AWS secret without AWS+secret key: {line_prefix:?}",
                        d.id
                    );
                }
                "GENERIC_SECRET" => {
                    let lp = line_prefix.to_ascii_lowercase();
                    assert!(
                        ["password", "secret", "api_key", "token"]
                            .iter()
                            .any(|k| lp.contains(k))
                            && (lp.trim_end().ends_with('=')
                                || lp.trim_end().ends_with(':')
                                || lp.ends_with('"')
                                || lp.ends_with('\'')),
                        "{}: generic secret not assigned to a key: {line_prefix:?}",
                        d.id
                    );
                }
                _ => {}
            }
        }
        for n in &d.hard_negatives {
            assert!(
                negative_shape_ok(&n.kind, &n.value),
                "{}: bad {} {:?}",
                d.id,
                n.kind,
                n.value
            );
            for t in ENTITY_TYPES {
                assert!(
                    !entity_ok(t, &n.value),
                    "{}: negative {} {:?} passes {t}",
                    d.id,
                    n.kind,
                    n.value
                );
            }
        }
    }
}

#[test]
fn labelled_is_deterministic() {
    let a = to_jsonl(&labelled_docs(42, 300));
    let b = to_jsonl(&labelled_docs(42, 300));
    assert_eq!(a, b);
    let c = to_jsonl(&labelled_docs(43, 300));
    assert_ne!(a, c);
}

#[test]
fn offsets_exact_and_values_valid() {
    for seed in [1u64, 7, 99, 2024] {
        check_docs(&labelled_docs(seed, 1200));
    }
}

#[test]
fn offsets_are_utf8_bytes() {
    let docs = labelled_docs(7, 2500);
    let mut seen_fullwidth = false;
    let mut seen_cjk_offset = false;
    for d in &docs {
        for e in &d.entities {
            assert_eq!(&d.text.as_bytes()[e.start..e.end], e.value.as_bytes());
            if e.value
                .chars()
                .any(|c| ('\u{FF10}'..='\u{FF19}').contains(&c))
            {
                seen_fullwidth = true;
                assert_eq!(e.end - e.start, 33);
            }
            if !d.text[..e.start].is_ascii() {
                seen_cjk_offset = true;
            }
        }
    }
    assert!(seen_fullwidth && seen_cjk_offset);
}

#[test]
fn default_set_is_balanced() {
    let docs = labelled_docs(crate::DEFAULT_SEED, crate::DEFAULT_N);
    let mut ent = std::collections::BTreeMap::<&str, usize>::new();
    let mut neg = std::collections::BTreeMap::<&str, usize>::new();
    let mut negative_only = 0;
    let mut cn_x = 0;
    for d in &docs {
        if d.entities.is_empty() {
            negative_only += 1;
            assert!(!d.hard_negatives.is_empty());
        } else {
            assert!((1..=4).contains(&d.entities.len()), "{}", d.id);
        }
        for e in &d.entities {
            *ent.entry(
                crate::values::ENTITY_TYPES
                    .iter()
                    .find(|t| **t == e.entity_type)
                    .unwrap(),
            )
            .or_default() += 1;
            if e.entity_type == "CN_RESIDENT_ID" && e.value.ends_with('X') {
                cn_x += 1;
            }
        }
        for n in &d.hard_negatives {
            *neg.entry(
                crate::values::NEGATIVE_KINDS
                    .iter()
                    .find(|k| **k == n.kind)
                    .unwrap(),
            )
            .or_default() += 1;
        }
    }
    for t in crate::values::ENTITY_TYPES {
        assert!(
            ent.get(t).copied().unwrap_or(0) >= 100,
            "{t}: {:?}",
            ent.get(t)
        );
    }
    for k in crate::values::NEGATIVE_KINDS {
        assert!(
            neg.get(k).copied().unwrap_or(0) >= 40,
            "{k}: {:?}",
            neg.get(k)
        );
    }
    let frac = negative_only as f64 / docs.len() as f64;
    assert!(
        (0.18..=0.32).contains(&frac),
        "negative-only fraction {frac}"
    );
    assert!(cn_x > 0, "no CN ID ending in X");
    for lang in ["en", "zh", "mixed"] {
        assert!(docs.iter().any(|d| d.lang == lang));
    }
    for kind in ["prompt", "email", "ticket", "config", "log", "csv", "code"] {
        assert!(docs.iter().any(|d| d.kind == kind));
    }
}

#[test]
fn generators_produce_valid_values() {
    use crate::rng::Rng;
    use crate::values as v;
    let mut r = Rng::new(5);
    for _ in 0..3000 {
        assert!(card_ok(&v::credit_card(&mut r)));
        assert!(iban_ok(&v::iban(&mut r)));
        assert!(cn_id_ok(&v::cn_id(&mut r)));
        assert!(ssn_ok(&v::ssn(&mut r)));
        assert!(phone_ok(&v::phone_us(&mut r)));
        assert!(phone_ok(&v::phone_cn(&mut r)));
        assert!(phone_ok(&v::phone_intl(&mut r)));
        assert!(phone_ok(&v::phone_cn_fullwidth(&mut r)));
        assert!(ip_ok(&v::ip(&mut r)));
        assert!(email_ok(&v::email(&mut r)));
        assert!(entity_ok("JWT", &v::jwt(&mut r)));
        assert!(entity_ok("PRIVATE_KEY", &v::private_key(&mut r)));
        assert!(!luhn_ok(&v::luhn_fail(&mut r)));
        assert!(!iban_mod97_ok(&v::iban_bad_check(&mut r)));
        assert!(!cn_id_ok(&v::cn_id_bad_date(&mut r)));
        assert!(!cn_id_ok(&v::cn_id_bad_check(&mut r)));
        assert!(!ssn_ok(&v::ssn_invalid(&mut r)));
    }
    // every IBAN country appears and has the right length
    for (cc, len) in v::IBAN_COUNTRIES {
        let b = v::bban(&mut r, cc);
        assert_eq!(b.len() + 4, *len, "{cc}");
        assert_eq!(iban_len(cc), Some(*len));
    }
    // known-good reference values for the checkers themselves
    assert!(luhn_ok("4111 1111 1111 1111"));
    assert!(!luhn_ok("4111 1111 1111 1112"));
    assert!(iban_ok("GB82 WEST 1234 5698 7654 32"));
    assert!(iban_ok("DE89370400440532013000"));
    assert!(cn_id_ok("11010519491231002X"));
    assert!(!cn_id_ok("110105194912310021"));
    for p in v::PLACEHOLDERS {
        assert!(
            ENTITY_TYPES.iter().all(|t| !entity_ok(t, p)),
            "placeholder {p} passes"
        );
    }
}

#[test]
fn committed_corpus_matches_generator() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/labelled/docs.jsonl");
    let committed = std::fs::read_to_string(path).expect("corpus/labelled/docs.jsonl exists");
    let fresh = to_jsonl(&labelled_docs(crate::DEFAULT_SEED, crate::DEFAULT_N));
    assert!(
        committed == fresh,
        "corpus/labelled/docs.jsonl is stale; regenerate it (see corpus/README.md)"
    );
    assert!(committed.len() < 2_600_000);
    let parsed: Vec<Doc> = committed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(parsed.len(), crate::DEFAULT_N);
}

#[test]
fn committed_bench_samples_match_generator() {
    for kind in BenchKind::ALL {
        let path = format!(
            "{}/bench/sample-{}.txt",
            env!("CARGO_MANIFEST_DIR"),
            kind.as_str()
        );
        let committed = std::fs::read_to_string(&path).expect("bench sample exists");
        assert!(
            committed == bench_text(kind, crate::DEFAULT_SEED, 64 * 1024),
            "{path} is stale"
        );
    }
}

#[test]
fn bench_text_properties() {
    for kind in BenchKind::ALL {
        assert_eq!(kind.as_str().parse::<BenchKind>().unwrap(), kind);
        let a = bench_text(kind, 3, 200_000);
        assert_eq!(a, bench_text(kind, 3, 200_000));
        assert!(
            a.len() <= 200_000 && a.len() > 190_000,
            "{kind}: {}",
            a.len()
        );
    }
    let clean = bench_text(BenchKind::Clean, 3, 500_000);
    assert!(!clean.contains('@'));
    // no long digit runs in clean text (card / phone / id / ssn shapes)
    let mut run = 0;
    for c in clean.chars() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        assert!(run <= 5);
    }
    let mixed = bench_text(BenchKind::Mixed, 3, 1_000_000);
    let cjk = bench_text(BenchKind::Cjk, 3, 1_000_000);
    let marks = |s: &str| s.matches('@').count() + s.matches("-----BEGIN").count();
    assert!(marks(&mixed) > 10 && marks(&cjk) > 10);
    let secrets = bench_text(BenchKind::Secrets, 3, 100_000);
    let lines = secrets.lines().count();
    let hits = [
        "sk-", "AKIA", "ASIA", "gh", "xox", "AIza", "eyJ", "PASSWORD", "password", "secret",
        "_live_", "BEGIN",
    ]
    .iter()
    .map(|p| secrets.matches(p).count())
    .sum::<usize>();
    assert!(
        hits * 6 > lines,
        "secrets too sparse: {hits} in {lines} lines"
    );
    assert!(crate::bench::parse_size("64KB").unwrap() == 65536);
    assert!(crate::bench::parse_size("20MB").unwrap() == 20 * 1024 * 1024);
}

// ------------------------------------------------------------ responses ----

use crate::responses::{Response, parse_responses};
use crate::{DEFAULT_RESPONSES_N, responses, responses_to_jsonl};

/// Every `<TYPE_N>`-shaped substring of `text` (TYPE: `[A-Z][A-Z0-9_]*`, N:
/// digits), found independently of the generator.
fn placeholder_shaped(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('<') {
        let Some(j) = text[i + 1..].find(['<', '>']) else {
            continue;
        };
        let cand = &text[i..i + 1 + j + 1];
        if !cand.ends_with('>') {
            continue;
        }
        let inner = &cand[1..cand.len() - 1];
        let Some((ty, n)) = inner.rsplit_once('_') else {
            continue;
        };
        let ty_ok = ty.starts_with(|c: char| c.is_ascii_uppercase())
            && ty
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if ty_ok && !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) {
            out.push(cand);
        }
    }
    out
}

fn person_ok(v: &str) -> bool {
    !v.is_empty()
        && v.chars().count() <= 40
        && v.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !v.starts_with(' ')
}

fn check_responses(rs: &[Response]) {
    for r in rs {
        let id = &r.id;
        assert!(
            ["en", "zh", "es", "de", "fr", "ja", "mixed"].contains(&r.lang.as_str()),
            "{id}: lang {}",
            r.lang
        );
        assert!(
            (150..=20_480).contains(&r.text.len()),
            "{id}: size {}",
            r.text.len()
        );
        assert!(r.spans_ok(), "{id}: span mismatch");
        // Entities: exact byte spans, in order, not overlapping, valid values.
        let mut last_end = 0;
        for e in &r.entities {
            assert_eq!(&r.text.as_bytes()[e.start..e.end], e.value.as_bytes());
            assert!(e.start >= last_end, "{id}: overlapping entities");
            last_end = e.end;
            assert!(
                entity_ok(&e.entity_type, &e.value),
                "{id}: invalid {} {:?}",
                e.entity_type,
                e.value
            );
            assert!(!e.value.contains('<') && !e.value.contains('>'));
            let before = &r.text[..e.start];
            let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
            let lp = r.text[line_start..e.start].to_ascii_lowercase();
            match e.entity_type.as_str() {
                "GENERIC_SECRET" => assert!(
                    ["password", "secret", "api_key", "token"]
                        .iter()
                        .any(|k| lp.contains(k))
                        && (lp.trim_end().ends_with('=')
                            || lp.trim_end().ends_with(':')
                            || lp.ends_with('"')
                            || lp.ends_with('\'')),
                    "{id}: generic secret not assigned to a key: {lp:?}"
                ),
                "AWS_SECRET_ACCESS_KEY" => assert!(
                    lp.contains("aws") && lp.contains("secret"),
                    "{id}: AWS secret without AWS+secret key: {lp:?}"
                ),
                "PRIVATE_KEY" => {
                    assert!((1000..=3000).contains(&e.value.len()), "{id}: PEM size");
                    assert!(before.contains("```"), "{id}: PEM outside a code block");
                }
                _ => {}
            }
        }
        // Placeholders: listed once each, all used, well-formed, valid values.
        let listed: Vec<&str> = r
            .placeholders
            .iter()
            .map(|p| p.placeholder.as_str())
            .collect();
        let mut dedup = listed.clone();
        dedup.sort_unstable();
        dedup.dedup();
        assert_eq!(dedup.len(), listed.len(), "{id}: placeholder listed twice");
        let shaped = placeholder_shaped(&r.text);
        for p in &r.placeholders {
            let inner = &p.placeholder[1..p.placeholder.len() - 1];
            let (ty, n) = inner.rsplit_once('_').expect("TYPE_N");
            assert_eq!(ty, p.entity_type, "{id}: {}", p.placeholder);
            assert!(n.parse::<u32>().is_ok_and(|n| n >= 1) && !n.starts_with('0'));
            assert!(
                shaped.contains(&p.placeholder.as_str()),
                "{id}: {} listed but not used",
                p.placeholder
            );
            let ok = if p.entity_type == "PERSON" {
                person_ok(&p.value)
            } else {
                entity_ok(&p.entity_type, &p.value)
            };
            assert!(ok, "{id}: {} = {:?}", p.placeholder, p.value);
            assert!(
                !r.text.contains(&p.value),
                "{id}: the original value of {} appears in the answer",
                p.placeholder
            );
        }
        // Same (type, value) would have been one placeholder in a session.
        for (i, a) in r.placeholders.iter().enumerate() {
            for b in &r.placeholders[i + 1..] {
                assert!(a.entity_type != b.entity_type || a.value != b.value, "{id}");
            }
        }
        // Raw values never sit inside a placeholder.
        for e in &r.entities {
            for p in &listed {
                for (at, _) in r.text.match_indices(p) {
                    assert!(e.end <= at || at + p.len() <= e.start, "{id}");
                }
            }
        }
        // Restoration: only listed placeholders are replaced.
        let mut expect = r.text.clone();
        for p in &r.placeholders {
            expect = expect.replace(&p.placeholder, &p.value);
        }
        assert_eq!(r.restored(), expect, "{id}: restore");
        for s in &shaped {
            if !listed.contains(s) {
                assert!(r.restored().contains(s), "{id}: decoy {s} was replaced");
            }
        }
    }
}

#[test]
fn responses_are_deterministic() {
    let a = responses_to_jsonl(&responses(42, 120));
    assert_eq!(a, responses_to_jsonl(&responses(42, 120)));
    assert_ne!(a, responses_to_jsonl(&responses(43, 120)));
}

#[test]
fn responses_spans_placeholders_and_restore() {
    for seed in [1u64, 7, 2024] {
        check_responses(&responses(seed, 400));
    }
}

#[test]
fn responses_default_set_mix() {
    let rs = responses(crate::DEFAULT_SEED, DEFAULT_RESPONSES_N);
    let count = |f: &dyn Fn(&Response) -> bool| rs.iter().filter(|r| f(r)).count();
    // language mix: each of the 7 present, en ≈ 40 %, zh ≈ 15 %
    for lang in ["en", "zh", "es", "de", "fr", "ja", "mixed"] {
        let n = count(&|r| r.lang == lang);
        assert!(n >= rs.len() / 20, "{lang}: {n}");
    }
    assert_eq!(count(&|r| r.lang == "en"), rs.len() * 40 / 100);
    assert_eq!(count(&|r| r.lang == "zh"), rs.len() * 15 / 100);
    // lengths: short, medium and a few very long answers
    assert!(count(&|r| r.text.len() < 500) >= 20);
    assert!(count(&|r| (2000..6500).contains(&r.text.len())) >= 80);
    assert!(count(&|r| r.text.len() > 10_000) >= 3);
    // Markdown
    assert!(count(&|r| r.text.contains("```")) >= 100);
    assert!(count(&|r| r.text.contains("\n|") || r.text.starts_with('|')) >= 100);
    assert!(count(&|r| r.text.contains("## ")) >= 100);
    assert!(count(&|r| r.text.contains("\n- ") || r.text.contains("\n* ")) >= 100);
    assert!(count(&|r| r.text.contains("](")) >= 40);
    // placeholders: repeats, another order than the vault's, look-alikes
    assert!(count(&|r| r.placeholders.is_empty()) < rs.len() / 20);
    assert!(
        count(&|r| r
            .placeholders
            .iter()
            .any(|p| r.text.matches(&p.placeholder).count() > 1))
            >= 100
    );
    let reordered = count(&|r| {
        let mut first: Vec<&str> = Vec::new();
        for s in placeholder_shaped(&r.text) {
            if r.placeholders.iter().any(|p| p.placeholder == s) && !first.contains(&s) {
                first.push(s);
            }
        }
        first
            .iter()
            .zip(&r.placeholders)
            .any(|(a, p)| *a != p.placeholder)
    });
    assert!(reordered >= 50, "reordered {reordered}");
    let unlisted = count(&|r| {
        placeholder_shaped(&r.text)
            .iter()
            .any(|s| r.placeholders.iter().all(|p| p.placeholder != *s))
    });
    assert!(unlisted >= 20, "unlisted placeholder-shaped {unlisted}");
    let looks = [
        "<TODO>",
        "<<SYS>>",
        "<</SYS>>",
        "<|im_start|>",
        "<|endoftext|>",
        "<div",
        "a < b",
        "Vec<String>",
        "x<y>z",
        "<T>",
        "[REDACTED]",
    ];
    let present = looks
        .iter()
        .filter(|d| rs.iter().any(|r| r.text.contains(*d)))
        .count();
    assert!(present >= 7, "only {present} kinds of look-alikes");
    // raw values: most answers carry some, every type shows up
    assert!(count(&|r| !r.entities.is_empty()) >= rs.len() / 2);
    for t in [
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "US_SSN",
        "CN_RESIDENT_ID",
        "AWS_ACCESS_KEY_ID",
        "GITHUB_TOKEN",
        "OPENAI_API_KEY",
        "SLACK_TOKEN",
        "JWT",
        "PRIVATE_KEY",
        "GENERIC_SECRET",
    ] {
        let n: usize = rs
            .iter()
            .map(|r| r.entities.iter().filter(|e| e.entity_type == t).count())
            .sum();
        assert!(n >= 10, "{t}: {n}");
    }
    let fullwidth = rs.iter().any(|r| {
        r.entities.iter().any(|e| {
            e.value
                .chars()
                .any(|c| ('\u{FF10}'..='\u{FF19}').contains(&c))
        })
    });
    let cjk_offset = rs
        .iter()
        .any(|r| r.entities.iter().any(|e| !r.text[..e.start].is_ascii()));
    assert!(fullwidth && cjk_offset);
}

#[test]
fn committed_responses_match_generator() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/responses/answers.jsonl");
    let committed = std::fs::read_to_string(path).expect("corpus/responses/answers.jsonl exists");
    let fresh = responses(crate::DEFAULT_SEED, DEFAULT_RESPONSES_N);
    assert!(
        committed == responses_to_jsonl(&fresh),
        "corpus/responses/answers.jsonl is stale; regenerate it (see corpus/README.md)"
    );
    assert!(committed.len() < 1_500_000, "{} bytes", committed.len());
    let parsed = parse_responses(&committed).expect("parse");
    assert_eq!(parsed, fresh);
    // serde names: `type` for entity and vault entry types
    let first: serde_json::Value = serde_json::from_str(committed.lines().next().unwrap()).unwrap();
    for k in ["id", "lang", "text", "entities", "placeholders"] {
        assert!(first.get(k).is_some(), "{k}");
    }
    let v: serde_json::Value =
        serde_json::from_str(committed.lines().find(|l| l.contains("\"start\"")).unwrap()).unwrap();
    assert!(v["entities"][0]["type"].is_string());
    assert!(v["placeholders"][0]["type"].is_string());
    assert!(v["placeholders"][0]["placeholder"].is_string());
}
