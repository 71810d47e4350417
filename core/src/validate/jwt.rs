//! JSON Web Tokens in JWS compact serialization (RFC 7515 / RFC 7519):
//! `BASE64URL(header) . BASE64URL(payload) . BASE64URL(signature)`.

use crate::validate::base64::decode_url;
use serde_json::Value;

/// Validate a matched compact JWT:
/// - exactly three `.`-separated segments;
/// - the header decodes (base64url, padding optional) to a JSON object with a
///   string `"alg"` member;
/// - the payload decodes to a JSON object (a JWT claims set is always an
///   object per RFC 7519 §7.2);
/// - the signature decodes as base64url and is non-empty, except that an
///   empty signature is allowed when `alg` is `"none"` (unsecured JWT).
///
/// Inputs over the base64 size bound (64 KiB per segment) are rejected.
pub fn jwt_valid(matched: &[u8]) -> bool {
    let mut parts = matched.split(|&b| b == b'.');
    // Two parts (header.payload) is an unsigned token still carrying its claims: reported too.
    let (Some(h), Some(p), s, None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if h.is_empty() || p.is_empty() {
        return false;
    }
    // Cheap syntactic check of the signature before any JSON work.
    let sig = match s.map(decode_url) {
        Some(Some(sig)) => sig,
        Some(None) => return false,
        None => vec![0],
    };
    let Some(header) = decode_url(h) else {
        return false;
    };
    let Ok(Value::Object(header)) = serde_json::from_slice::<Value>(&header) else {
        return false;
    };
    let Some(Value::String(alg)) = header.get("alg") else {
        return false;
    };
    if sig.is_empty() && alg != "none" {
        return false;
    }
    let Some(payload) = decode_url(p) else {
        return false;
    };
    matches!(
        serde_json::from_slice::<Value>(&payload),
        Ok(Value::Object(_))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Minimal unpadded base64url encoder used only to build test vectors.
    fn b64url(data: &[u8]) -> String {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in data.chunks(3) {
            let mut n = 0u32;
            for (i, &b) in chunk.iter().enumerate() {
                n |= u32::from(b) << (16 - 8 * i);
            }
            for i in 0..=chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }

    fn token(header: &str, payload: &str, sig: &[u8]) -> String {
        format!(
            "{}.{}.{}",
            b64url(header.as_bytes()),
            b64url(payload.as_bytes()),
            b64url(sig)
        )
    }

    #[test]
    fn encoder_sanity() {
        assert_eq!(b64url(b"{\"alg\":\"HS256\"}"), "eyJhbGciOiJIUzI1NiJ9");
        assert_eq!(b64url(b"{\"sub\":\"1\"}"), "eyJzdWIiOiIxIn0");
        assert_eq!(b64url(b"fo"), "Zm8");
    }

    #[test]
    fn valid_tokens() {
        let sig: Vec<u8> = (0u8..32).map(|i| i.wrapping_mul(37) ^ 0xa5).collect();
        for (h, p) in [
            (
                r#"{"alg":"HS256","typ":"JWT"}"#,
                r#"{"sub":"user-42","iat":1700000000}"#,
            ),
            (r#"{"alg":"RS256","kid":"k1?>"}"#, r#"{}"#),
            (
                r#"{"typ":"JWT","alg":"ES256"}"#,
                r#"{"a":[1,2,{"b":null}]}"#,
            ),
        ] {
            let t = token(h, p, &sig);
            assert!(jwt_valid(t.as_bytes()), "{t}");
        }
        // Literal form, no padding.
        assert!(jwt_valid(
            b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
        ));
        // Padding tolerated.
        assert!(jwt_valid(
            b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0=.c2lnbmF0dXJlMQ=="
        ));
        // Unsecured JWT with empty signature.
        assert!(jwt_valid(b"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."));
        let t = token(r#"{"alg":"none"}"#, r#"{"x":1}"#, b"");
        assert!(t.ends_with('.'));
        assert!(jwt_valid(t.as_bytes()));
    }

    #[test]
    fn invalid_tokens() {
        let sig = b"0123456789abcdef";
        for (h, p, s) in [
            (r#"{"typ":"JWT"}"#, r#"{"sub":"1"}"#, &sig[..]), // no alg
            (r#"{"alg":256}"#, r#"{"sub":"1"}"#, &sig[..]),   // alg not string
            (r#"{"alg":null}"#, r#"{"sub":"1"}"#, &sig[..]),
            (r#"["alg","HS256"]"#, r#"{"sub":"1"}"#, &sig[..]),
            (r#"{"alg":"HS256""#, r#"{"sub":"1"}"#, &sig[..]), // truncated JSON
            (r#"{"alg":"HS256"}"#, r#"[1,2]"#, &sig[..]),      // payload not object
            (r#"{"alg":"HS256"}"#, r#""str""#, &sig[..]),
            (r#"{"alg":"HS256"}"#, "not json", &sig[..]),
            (r#"{"alg":"HS256"}"#, r#"{"sub":"1"}"#, &b""[..]), // empty sig, alg != none
            (r#"{"alg":"None"}"#, r#"{"sub":"1"}"#, &b""[..]),
        ] {
            let t = token(h, p, s);
            assert!(!jwt_valid(t.as_bytes()), "{h} {p}");
        }
        let good = token(r#"{"alg":"HS256"}"#, r#"{"sub":"1"}"#, sig);
        assert!(jwt_valid(good.as_bytes()));
        assert!(!jwt_valid(format!("{good}.").as_bytes()));
        assert!(!jwt_valid(format!("{good}.abc").as_bytes()));
        assert!(!jwt_valid(format!(".{good}").as_bytes()));
        assert!(!jwt_valid(format!("{good}!").as_bytes()));
        assert!(!jwt_valid(format!("{good} ").as_bytes()));
        assert!(!jwt_valid(format!("{good}x").as_bytes())); // length ≡ 1 mod 4 or bad bits
        let parts: Vec<&str> = good.split('.').collect();
        // header.payload without a signature part: an unsigned token, still sensitive.
        assert!(jwt_valid(format!("{}.{}", parts[0], parts[1]).as_bytes()));
        assert!(!jwt_valid(format!(".{}.{}", parts[1], parts[2]).as_bytes()));
        assert!(!jwt_valid(format!("{}..{}", parts[0], parts[2]).as_bytes()));
        assert!(!jwt_valid(b"abc.def.ghi"));
        assert!(!jwt_valid(b".."));
        assert!(!jwt_valid(b""));
        assert!(!jwt_valid(b"eyJhbGciOiJIUzI1NiJ9"));
        // Invalid UTF-8 inside the JSON header.
        assert!(!jwt_valid(b"eyJhbGciOiL__yJ9.eyJzdWIiOiIxIn0.c2ln"));
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(7, 3000, 60, b"eyJhbGciOiJIUzI1NiJ9.-_=", |b| {
            let _ = jwt_valid(b);
        });
        // Structured fuzz: random JSON-ish bytes properly encoded.
        let mut rng = crate::validate::testutil::XorShift::new(77);
        for _ in 0..2000 {
            let h = rng.bytes(24, br#"{}[]":,alg nonHS256"#);
            let p = rng.bytes(24, br#"{}[]":,0123sub"#);
            let s = rng.bytes(8, b"");
            let t = format!("{}.{}.{}", b64url(&h), b64url(&p), b64url(&s));
            let _ = jwt_valid(t.as_bytes());
        }
    }
}
