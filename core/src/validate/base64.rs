//! Small, strict, bounded base64 decoders (RFC 4648).

/// Inputs longer than this are refused (returns `None`).
pub const MAX_INPUT: usize = 64 * 1024;

const INVALID: u8 = 0xff;

/// Decode table: `url` adds `-`/`_` (value 62/63), `std` adds `+`/`/`.
const fn table(url: bool, std: bool) -> [u8; 256] {
    let mut t = [INVALID; 256];
    let mut i = 0;
    while i < 26 {
        t[b'A' as usize + i] = i as u8;
        t[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut d = 0;
    while d < 10 {
        t[b'0' as usize + d] = 52 + d as u8;
        d += 1;
    }
    if url {
        t[b'-' as usize] = 62;
        t[b'_' as usize] = 63;
    }
    if std {
        t[b'+' as usize] = 62;
        t[b'/' as usize] = 63;
    }
    t
}

static URL_OR_STD: [u8; 256] = table(true, true);
static STD_ONLY: [u8; 256] = table(false, true);

/// Decode base64url (RFC 4648 §5). The standard `+`/`/` alphabet is also
/// accepted. `=` padding is optional, but if present it must be correct.
/// Non-canonical encodings (non-zero trailing bits) and inputs above
/// [`MAX_INPUT`] bytes are rejected. Empty input decodes to an empty vector.
pub fn decode_url(input: &[u8]) -> Option<Vec<u8>> {
    decode(input, &URL_OR_STD)
}

/// Decode standard base64 (RFC 4648 §4, `+`/`/` alphabet), with the same
/// padding, canonicity and size rules as [`decode_url`].
pub fn decode_std(input: &[u8]) -> Option<Vec<u8>> {
    decode(input, &STD_ONLY)
}

fn decode(input: &[u8], table: &[u8; 256]) -> Option<Vec<u8>> {
    if input.len() > MAX_INPUT {
        return None;
    }
    let pad = input.iter().rev().take_while(|&&b| b == b'=').count();
    let data = &input[..input.len() - pad];
    let rem = data.len() % 4;
    let expected_pad = match rem {
        0 => 0,
        2 => 2,
        3 => 1,
        _ => return None,
    };
    if pad != 0 && pad != expected_pad {
        return None;
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let a = table[usize::from(c[0])];
        let b = table[usize::from(c[1])];
        let cc = table[usize::from(c[2])];
        let d = table[usize::from(c[3])];
        if a > 63 || b > 63 || cc > 63 || d > 63 {
            return None;
        }
        let n = (u32::from(a) << 18) | (u32::from(b) << 12) | (u32::from(cc) << 6) | u32::from(d);
        out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
    }
    let tail = chunks.remainder();
    let mut vals = [0u8; 3];
    for (v, &c) in vals.iter_mut().zip(tail) {
        *v = table[usize::from(c)];
        if *v > 63 {
            return None;
        }
    }
    match tail.len() {
        0 => {}
        2 => {
            // 12 bits -> 1 byte; the low 4 bits must be zero.
            if vals[1] & 0x0f != 0 {
                return None;
            }
            out.push((vals[0] << 2) | (vals[1] >> 4));
        }
        3 => {
            // 18 bits -> 2 bytes; the low 2 bits must be zero.
            if vals[2] & 0x03 != 0 {
                return None;
            }
            out.push((vals[0] << 2) | (vals[1] >> 4));
            out.push((vals[1] << 4) | (vals[2] >> 2));
        }
        _ => return None,
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors() {
        // RFC 4648 §10 test vectors (the standard's own definition).
        let v: &[(&str, &str)] = &[
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for &(plain, enc) in v {
            assert_eq!(
                decode_std(enc.as_bytes()).as_deref(),
                Some(plain.as_bytes())
            );
            assert_eq!(
                decode_url(enc.as_bytes()).as_deref(),
                Some(plain.as_bytes())
            );
            let unpadded = enc.trim_end_matches('=');
            assert_eq!(
                decode_url(unpadded.as_bytes()).as_deref(),
                Some(plain.as_bytes())
            );
            assert_eq!(
                decode_std(unpadded.as_bytes()).as_deref(),
                Some(plain.as_bytes())
            );
        }
    }

    #[test]
    fn alphabets() {
        // 0xfb 0xff 0xbf -> "+/+/" (std) / "-_-_" (url)
        assert_eq!(decode_std(b"+/+/"), Some(vec![0xfb, 0xff, 0xbf]));
        assert_eq!(decode_url(b"-_-_"), Some(vec![0xfb, 0xff, 0xbf]));
        assert_eq!(decode_url(b"+/+/"), Some(vec![0xfb, 0xff, 0xbf]));
        assert_eq!(decode_std(b"-_-_"), None);
        // {"alg":"HS256"}
        assert_eq!(
            decode_url(b"eyJhbGciOiJIUzI1NiJ9").as_deref(),
            Some(&b"{\"alg\":\"HS256\"}"[..])
        );
    }

    #[test]
    fn rejects() {
        assert_eq!(decode_url(b"Z"), None); // 1 char mod 4
        assert_eq!(decode_url(b"Zm9vY"), None);
        assert_eq!(decode_url(b"Zg="), None); // wrong padding amount
        assert_eq!(decode_url(b"Zg==="), None);
        assert_eq!(decode_url(b"Zm8=="), None);
        assert_eq!(decode_url(b"Zm9v="), None);
        assert_eq!(decode_url(b"Zm=9v"), None);
        assert_eq!(decode_url(b"="), None);
        assert_eq!(decode_url(b"===="), None);
        assert_eq!(decode_url(b"Zm9 v"), None);
        assert_eq!(decode_url(b"Zm9v\n"), None);
        assert_eq!(decode_url(b"Zh=="), None); // non-zero trailing bits
        assert_eq!(decode_url(b"Zm9="), None);
        assert_eq!(decode_url(b"Zm8"), Some(b"fo".to_vec()));
        assert_eq!(decode_url(&[0xff, 0xfe, 0x41, 0x41]), None);
        let big = vec![b'A'; MAX_INPUT + 4];
        assert_eq!(decode_url(&big), None);
        assert_eq!(decode_std(&big), None);
        let ok = vec![b'A'; MAX_INPUT];
        assert_eq!(decode_url(&ok).map(|v| v.len()), Some(MAX_INPUT / 4 * 3));
    }

    #[test]
    fn fuzz_no_panic() {
        crate::validate::testutil::fuzz(6, 4000, 24, b"AZaz09+/-_=Zg", |b| {
            if let Some(v) = decode_url(b) {
                assert!(v.len() <= b.len());
            }
            let _ = decode_std(b);
        });
    }
}
