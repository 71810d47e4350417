//! IPv4 / IPv6 address syntax (with optional CIDR prefix and IPv6 zone).

use std::net::Ipv6Addr;

/// Parse a decimal number of at most `max_digits` digits with no leading
/// zero (except "0" itself).
fn parse_dec(s: &[u8], max_digits: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max_digits || (s.len() > 1 && s[0] == b'0') {
        return None;
    }
    let mut v = 0u32;
    for &b in s {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(b - b'0');
    }
    Some(v)
}

/// Split off an optional `/prefix` suffix, validating it against `max`.
/// Returns the address part, or `None` if a suffix is present but invalid.
fn strip_prefix_len(s: &[u8], max: u32) -> Option<&[u8]> {
    match s.iter().position(|&b| b == b'/') {
        None => Some(s),
        Some(i) => {
            let n = parse_dec(&s[i + 1..], 3)?;
            (n <= max).then_some(&s[..i])
        }
    }
}

/// Dotted-quad IPv4: exactly four decimal octets 0–255 without leading
/// zeros (a leading zero is ambiguous: many parsers read it as octal), and
/// an optional `/0`–`/32` CIDR suffix.
pub fn ipv4_valid(matched: &[u8]) -> bool {
    let Some(addr) = strip_prefix_len(matched, 32) else {
        return false;
    };
    let mut count = 0;
    for octet in addr.split(|&b| b == b'.') {
        count += 1;
        if count > 4 {
            return false;
        }
        match parse_dec(octet, 3) {
            Some(v) if v <= 255 => {}
            _ => return false,
        }
    }
    count == 4
}

/// IPv6 text form (RFC 4291 §2.2, including `::` compression and embedded
/// IPv4), parsed with `std::net::Ipv6Addr`, after stripping an optional
/// `%zone` (RFC 4007; alphanumerics and `._-`, up to 64 chars) and an
/// optional `/0`–`/128` prefix length. At least two colons are required so
/// that things like `a:b` never pass.
pub fn ipv6_valid(matched: &[u8]) -> bool {
    // Longest textual address is 45 chars; allow zone and prefix on top.
    if matched.len() > 45 + 1 + 64 + 4 {
        return false;
    }
    let Some(rest) = strip_prefix_len(matched, 128) else {
        return false;
    };
    let addr = match rest.iter().position(|&b| b == b'%') {
        None => rest,
        Some(i) => {
            let zone = &rest[i + 1..];
            if zone.is_empty()
                || zone.len() > 64
                || !zone
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
            {
                return false;
            }
            &rest[..i]
        }
    };
    if addr.iter().filter(|&&b| b == b':').count() < 2 {
        return false;
    }
    let Ok(s) = std::str::from_utf8(addr) else {
        return false;
    };
    s.parse::<Ipv6Addr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v4_valid() {
        for s in [
            "0.0.0.0",
            "192.168.1.1",
            "255.255.255.255",
            "10.0.0.1/8",
            "10.0.0.0/0",
            "172.16.254.3/32",
            "198.51.100.7",
            "1.2.3.4",
        ] {
            assert!(ipv4_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn v4_invalid() {
        for s in [
            "",
            "1.2.3",
            "1.2.3.4.5",
            "256.1.1.1",
            "1.1.1.256",
            "999.1.1.1",
            "01.2.3.4",
            "1.2.3.04",
            "1.2.3.00",
            "1..3.4",
            ".1.2.3",
            "1.2.3.4.",
            "1.2.3.4/33",
            "1.2.3.4/",
            "1.2.3.4/08",
            "1.2.3.4/1/2",
            "1.2.3.-4",
            "1.2.3.+4",
            "1.2.3.4 ",
            "a.b.c.d",
            "1234.1.1.1",
            "1.2.3.4%eth0",
            "::1",
        ] {
            assert!(!ipv4_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn v6_valid() {
        for s in [
            "::1",
            "::",
            "fe80::1%eth0",
            "fe80::1%en0.1_a-b",
            "2001:db8::/32",
            "2001:db8::1/128",
            "2001:db8::1%3/64",
            "2001:0db8:0000:0000:0000:ff00:0042:8329",
            "2001:DB8:0:0:0:FF00:42:8329",
            "::ffff:192.0.2.1",
            "64:ff9b::198.51.100.7",
            "1::",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6::",
        ] {
            assert!(ipv6_valid(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn v6_invalid() {
        for s in [
            "",
            ":",
            "1:2",
            "a:b",
            "fe80:::1",
            "1:2:3:4:5:6:7:8:9",
            "1::2::3",
            "2001:db8::/129",
            "2001:db8::/",
            "2001:db8::/-1",
            "fe80::1%",
            "fe80::1%eth 0",
            "fe80::1%eth/x",
            "fe80::1/64%eth0",
            "12345::1",
            "g::1",
            "::ffff:192.0.2.256",
            "::ffff:192.0.2",
            "192.0.2.1",
            " ::1",
            "::1 ",
        ] {
            assert!(!ipv6_valid(s.as_bytes()), "{s}");
        }
        assert!(!ipv6_valid(&[b':'; 1000]));
        assert!(!ipv6_valid(&[0xc3, 0xa9, b':', b':', b'1']));
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(9, 4000, 50, b"0123456789abcdef.:/%", |b| {
            let _ = ipv4_valid(b);
            let _ = ipv6_valid(b);
        });
    }
}
