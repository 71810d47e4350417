//! Offset conversion for bindings: findings carry UTF-8 byte offsets; Python counts code
//! points and JavaScript counts UTF-16 code units. The conversion lives here, once, so that
//! every binding reports the same spans.
//!
//! ```
//! use veil_core::offsets::{Unit, convert};
//! let text = "电话 a@b.io";                     // "电话" is 6 bytes, 2 chars, 2 UTF-16 units
//! assert_eq!(convert(text, &[7, 13], Unit::Char), vec![3, 9]);
//! let emoji = "😀 a@b.io";                      // 4 bytes, 1 char, 2 UTF-16 units
//! assert_eq!(convert(emoji, &[5], Unit::Utf16), vec![3]);
//! ```

use crate::finding::Finding;

/// The unit a binding indexes strings in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// UTF-8 bytes (Rust, C).
    Byte,
    /// Unicode scalar values (Python `str` indices).
    Char,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Units taken by `bytes`, a run of whole UTF-8 characters.
#[inline]
fn units(bytes: &[u8], unit: Unit) -> usize {
    match unit {
        Unit::Byte => bytes.len(),
        // Every byte that is not a continuation byte (0b10xx_xxxx) starts a character.
        Unit::Char => bytes.iter().filter(|&&b| (b as i8) >= -0x40).count(),
        // A 4-byte sequence (lead byte ≥ 0xF0) is a surrogate pair: two units.
        Unit::Utf16 => bytes
            .iter()
            .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
            .sum(),
    }
}

/// Converts byte offsets into `text` to `unit` offsets. The offsets may come in any order;
/// the result is in the same order. Runs in one pass over `text` up to the largest offset.
///
/// # Panics
/// If an offset is past the end of `text` or not on a character boundary (findings from an
/// engine always are).
pub fn convert(text: &str, byte_offsets: &[usize], unit: Unit) -> Vec<usize> {
    for &o in byte_offsets {
        assert!(
            text.is_char_boundary(o),
            "offset {o} is not a char boundary"
        );
    }
    if unit == Unit::Byte || text.is_ascii() {
        return byte_offsets.to_vec();
    }
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let (mut at_byte, mut at_unit) = (0usize, 0usize);
    let bytes = text.as_bytes();
    for i in order {
        let b = byte_offsets[i];
        at_unit += units(&bytes[at_byte..b], unit);
        at_byte = b;
        out[i] = at_unit;
    }
    out
}

/// The `(start, end)` of each finding in `unit`s of `text`, in the findings' order.
pub fn spans(text: &str, findings: &[Finding], unit: Unit) -> Vec<(usize, usize)> {
    let flat: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
    let conv = convert(text, &flat, unit);
    conv.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

/// The length of `text` in `unit`s.
pub fn len(text: &str, unit: Unit) -> usize {
    units(text.as_bytes(), unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, b: usize, unit: Unit) -> usize {
        match unit {
            Unit::Byte => b,
            Unit::Char => text[..b].chars().count(),
            Unit::Utf16 => text[..b].encode_utf16().count(),
        }
    }

    #[test]
    fn matches_std_counts() {
        let text = "a é 中文 😀 x\u{200B}y 👩‍👩‍👧 z";
        let all: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .rev()
            .collect();
        for unit in [Unit::Byte, Unit::Char, Unit::Utf16] {
            let got = convert(text, &all, unit);
            for (&b, &u) in all.iter().zip(&got) {
                assert_eq!(u, reference(text, b, unit), "{unit:?} at byte {b}");
            }
            assert_eq!(len(text, unit), reference(text, text.len(), unit));
        }
    }

    #[test]
    fn spans_of_engine_findings_slice_back() {
        let engine = crate::Engine::default();
        let text = "联系 😀 ana@example.org 或 +86 138 0013 8000。";
        let found = engine.scan(text);
        assert_eq!(found.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for (f, (s, e)) in found.iter().zip(spans(text, &found, Unit::Char)) {
            let sliced: String = chars[s..e].iter().collect();
            assert_eq!(sliced, f.text(text));
        }
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for (f, (s, e)) in found.iter().zip(spans(text, &found, Unit::Utf16)) {
            assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), f.text(text));
        }
    }

    #[test]
    #[should_panic(expected = "not a char boundary")]
    fn rejects_mid_char_offsets() {
        convert("é", &[1], Unit::Char);
    }
}
