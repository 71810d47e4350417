//! Is an assigned value plausibly a secret? Used for `password = …`-style findings, where the
//! key says "secret" but the value may be a word, a path, a URL, a number or a reference.

use super::entropy::{char_class_count, shannon_entropy};

/// `true` when `value` looks like a real credential rather than configuration.
///
/// Accepted: at least 8 bytes, and either three character classes (lower, upper, digit,
/// other), or two classes including a digit, or a long random-looking token (≥ 20 bytes and
/// ≥ 4 bits of entropy per byte). Rejected: URLs, paths, plain numbers, dotted version or
/// host names, and values made of one character class.
pub fn plausible_secret_value(value: &[u8]) -> bool {
    if value.len() < 8 || value.len() > 512 {
        return false;
    }
    if memchr::memmem::find(value, b"://").is_some() {
        return false;
    }
    if matches!(value[0], b'/' | b'.' | b'~' | b'\\') {
        return false;
    }
    if value
        .iter()
        .all(|b| b.is_ascii_digit() || *b == b'.' || *b == b'-' || *b == b'_')
    {
        return false;
    }
    // host.name.tld / a.b.c identifiers
    let dots = value.iter().filter(|&&b| b == b'.').count();
    if dots >= 2
        && value
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'))
    {
        return false;
    }
    let classes = char_class_count(value);
    let has_digit = value.iter().any(u8::is_ascii_digit);
    if classes >= 3 || (classes == 2 && has_digit) {
        return true;
    }
    value.len() >= 20 && shannon_entropy(value) >= 4.0
}

/// A PEM private-key block whose body holds real key material: at least 64 base64 characters
/// between the BEGIN and END lines (headers such as `Proc-Type:` are not counted).
pub fn pem_has_body(block: &[u8]) -> bool {
    let mut lines = block.split(|&b| b == b'\n');
    lines.next(); // BEGIN line (the body may also follow on the same line in a one-line block)
    let mut count = 0usize;
    for line in lines {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.starts_with(b"-----END") {
            break;
        }
        if line.contains(&b':') {
            continue;
        }
        count += line
            .iter()
            .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
            .count();
    }
    if count == 0 {
        // One-line block: "-----BEGIN X-----body-----END X-----".
        if let Some(start) = memchr::memmem::find(block, b"KEY-----")
            .map(|i| i + 8)
            .or_else(|| memchr::memmem::find(block, b"BLOCK-----").map(|i| i + 10))
            && let Some(end) = memchr::memmem::find(&block[start..], b"-----END")
        {
            count = block[start..start + end]
                .iter()
                .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
                .count();
        }
    }
    count >= 64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_bodies() {
        let body = "MIIEowIBAAKCAQEAwJ5x0eTt7rbWb1cG6dH7rB8sJ2T0z3F1k9Q8mW4vX2yZ6aB3cD5e";
        let block =
            format!("-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----");
        assert!(pem_has_body(block.as_bytes()));
        let one_line = format!("-----BEGIN PRIVATE KEY-----{body}-----END PRIVATE KEY-----");
        assert!(pem_has_body(one_line.as_bytes()));
        assert!(!pem_has_body(
            b"-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----"
        ));
        assert!(!pem_has_body(
            b"-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----"
        ));
        let encrypted = format!(
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123456789ABCDEF\n\n{body}\n-----END RSA PRIVATE KEY-----"
        );
        assert!(pem_has_body(encrypted.as_bytes()));
    }

    #[test]
    fn real_looking_secrets_pass() {
        for v in [
            "Xk9#mP2$vL8q",
            "hunter2!x",
            "s3cr3tpassword",
            "Summer2024",
            "q8FZpL2mXn4RtY7sWv1KcB",
        ] {
            assert!(plausible_secret_value(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn configuration_values_fail() {
        for v in [
            "short1!",
            "https://auth.example.com/token",
            "/var/run/secrets/token",
            "my-app-secret-name",
            "1234567890",
            "api.example.com",
            "passwordpassword",
            "2024-11-22",
        ] {
            assert!(!plausible_secret_value(v.as_bytes()), "{v}");
        }
    }
}
