//! Email address syntax (a pragmatic subset of RFC 5321/5322 `addr-spec`:
//! dot-atom local part, hostname domain; no quoted strings, comments or
//! address literals).

/// Validate an email address: exactly one `@`; local part of 1–64 atext
/// characters (`A-Za-z0-9.!#$%&'*+/=?^_`{|}~-`) with no leading, trailing
/// or doubled dot; domain of at most 253 chars and at least two labels,
/// each 1–63 of `A-Za-z0-9-` not starting or ending with `-`; the last
/// label (TLD) is all letters (≥ 2) or an IDNA `xn--` label.
pub fn email_valid(matched: &[u8]) -> bool {
    let Some(at) = matched.iter().position(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&matched[..at], &matched[at + 1..]);
    local_ok(local) && domain_ok(domain)
}

fn is_atext(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-".contains(&b)
}

fn local_ok(local: &[u8]) -> bool {
    if local.is_empty() || local.len() > 64 {
        return false;
    }
    if local[0] == b'.' || local[local.len() - 1] == b'.' {
        return false;
    }
    let mut prev_dot = false;
    for &b in local {
        if b == b'.' {
            if prev_dot {
                return false;
            }
            prev_dot = true;
        } else if is_atext(b) {
            prev_dot = false;
        } else {
            return false;
        }
    }
    true
}

fn domain_ok(domain: &[u8]) -> bool {
    if domain.is_empty() || domain.len() > 253 {
        return false;
    }
    let mut labels = 0usize;
    let mut last: &[u8] = &[];
    for label in domain.split(|&b| b == b'.') {
        if label.is_empty()
            || label.len() > 63
            || label[0] == b'-'
            || label[label.len() - 1] == b'-'
            || !label
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    if labels < 2 {
        return false;
    }
    let tld_alpha = last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic);
    let tld_puny = last.len() > 4 && last[..4].eq_ignore_ascii_case(b"xn--");
    tld_alpha || tld_puny
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid() {
        for s in [
            "alice@example.com",
            "a@b.co",
            "first.last@sub.domain.example.org",
            "user+tag@mail.example.io",
            "o'brien@example.ie",
            "x!#$%&'*+/=?^_`{|}~-y@example.com",
            "UPPER@EXAMPLE.COM",
            "user@xn--80ak6aa92e.xn--p1ai",
            "user@123.example.museum",
            "a-b@a-b.c-d.net",
        ] {
            assert!(email_valid(s.as_bytes()), "{s}");
        }
        let local64 = "a".repeat(64);
        assert!(email_valid(format!("{local64}@example.com").as_bytes()));
        let label63 = "b".repeat(63);
        assert!(email_valid(format!("x@{label63}.com").as_bytes()));
        // 253-char domain: 3 * (63 + 1) + 60 + ".com" -> 63*3+3+59+1+3
        let domain = format!("{0}.{0}.{0}.{1}.com", label63, "c".repeat(57));
        assert_eq!(domain.len(), 253);
        assert!(email_valid(format!("x@{domain}").as_bytes()));
    }

    #[test]
    fn invalid() {
        for s in [
            "",
            "@",
            "alice",
            "alice@",
            "@example.com",
            "alice@@example.com",
            "a@b@example.com",
            ".alice@example.com",
            "alice.@example.com",
            "al..ice@example.com",
            "al ice@example.com",
            "al\"ice@example.com",
            "alice(x)@example.com",
            "alice@localhost",
            "alice@example",
            "alice@example.c",
            "alice@example.c0m",
            "alice@example.123",
            "alice@.example.com",
            "alice@example.com.",
            "alice@example..com",
            "alice@-example.com",
            "alice@example-.com",
            "alice@exa_mple.com",
            "alice@exam ple.com",
            "alice@[192.0.2.1]",
            "alice@example.xn--",
            "alice@example.com\n",
            "álice@example.com",
        ] {
            assert!(!email_valid(s.as_bytes()), "{s}");
        }
        let local65 = "a".repeat(65);
        assert!(!email_valid(format!("{local65}@example.com").as_bytes()));
        let label64 = "b".repeat(64);
        assert!(!email_valid(format!("x@{label64}.com").as_bytes()));
        let label63 = "b".repeat(63);
        let domain = format!("{0}.{0}.{0}.{1}.com", label63, "c".repeat(58));
        assert_eq!(domain.len(), 254);
        assert!(!email_valid(format!("x@{domain}").as_bytes()));
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(10, 4000, 40, b"ab.@-_+xn-com", |b| {
            let _ = email_valid(b);
        });
    }
}
