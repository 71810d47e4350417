//! The normalized view: what the scanner reads when the text is not plain ASCII.
//!
//! NFKC (so fullwidth `１３８` and `＠` become `138` and `@`), with invisible format characters
//! (zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors, tag
//! characters) dropped. The view keeps an offset map so every span found in it maps back to a
//! span of the original that starts and ends on character boundaries and covers the match.
//!
//! ASCII text, and text that is already NFKC with nothing to drop (most CJK prose without
//! fullwidth punctuation), gets no view: it is scanned as it is.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// A normalized copy of a text and the map back to the original's byte offsets.
#[derive(Debug, Clone, Default)]
pub struct View {
    text: String,
    segs: Vec<Seg>,
}

/// One stretch of the view. Identity stretches map byte for byte; a normalized stretch maps
/// as a whole to `orig..orig_end`.
#[derive(Debug, Clone, Copy)]
struct Seg {
    view: usize,
    orig: usize,
    orig_end: usize,
    identity: bool,
}

/// Whether a character is dropped from the view: format characters and other invisibles.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// Characters known to be NFKC-stable starters: most of CJK, kana, Hangul, Cyrillic, Greek
/// and Latin-1 letters. Checked before the general (slower) path.
#[inline]
fn fast_stable(c: char) -> bool {
    matches!(c,
        '\u{00C0}'..='\u{00FF}'
        | '\u{0400}'..='\u{045F}'
        | '\u{0391}'..='\u{03C9}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}')
}

/// A character that is its own NFKC on its own (a unit of just this character, with no
/// combining mark after it, is copied as it is): the known stable starters, or the NFKC quick
/// check's "yes" (a table lookup, where normalizing the unit would allocate and decompose).
#[inline]
fn stable(c: char) -> bool {
    fast_stable(c) || is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// Whether `c` is a combining mark (canonical combining class above 0). Nothing below U+0300
/// is, nor any of the common stable starters, so those skip the table lookup.
#[inline]
pub fn combining(c: char) -> bool {
    c >= '\u{0300}' && !fast_stable(c) && canonical_combining_class(c) != 0
}

/// NFKC of the fullwidth ASCII forms (U+FF01–U+FF5E) and the ideographic space is plain ASCII.
#[inline]
fn fullwidth_ascii(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

impl View {
    /// Build the view of `text`, or `None` when the text can be scanned as it is.
    pub fn of(text: &str) -> Option<View> {
        if text.is_ascii() || !needs_view(text) {
            return None;
        }
        Some(View::build(text))
    }

    /// Build the view unconditionally.
    pub fn build(text: &str) -> View {
        let mut out = String::with_capacity(text.len());
        let mut segs: Vec<Seg> = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut unit = String::new();
        while i < bytes.len() {
            // Plain ASCII run: copy as identity.
            let (mut ascii_run, last_len) = stable_prefix_len(&bytes[i..]);
            // The last character of a run is the base of any combining mark that follows.
            if ascii_run > 0 && text[i + ascii_run..].chars().next().is_some_and(combining) {
                ascii_run -= last_len;
            }
            if ascii_run > 0 {
                push_identity(&mut segs, &mut out, text, i, i + ascii_run);
                i += ascii_run;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            let clen = c.len_utf8();
            if is_invisible(c) {
                i += clen;
                continue;
            }
            // A starter and the combining marks that follow it normalize as one unit.
            let mut j = i + clen;
            let next_is_ascii = bytes.get(j).is_none_or(|b| b.is_ascii());
            if !next_is_ascii && !text[j..].chars().next().is_some_and(fast_stable) {
                while j < bytes.len() {
                    let Some(n) = text[j..].chars().next() else {
                        break;
                    };
                    if !combining(n) || is_invisible(n) {
                        break;
                    }
                    j += n.len_utf8();
                }
            }
            if j == i + clen {
                // No combining mark follows: the common CJK / fullwidth cases take a fast path.
                if let Some(a) = fullwidth_ascii(c) {
                    segs.push(Seg {
                        view: out.len(),
                        orig: i,
                        orig_end: j,
                        identity: false,
                    });
                    out.push(a);
                    i = j;
                    continue;
                }
                if stable(c) {
                    push_identity(&mut segs, &mut out, text, i, j);
                    i = j;
                    continue;
                }
            }
            unit.clear();
            unit.extend(text[i..j].nfkc().filter(|c| !is_invisible(*c)));
            if unit == text[i..j] {
                push_identity(&mut segs, &mut out, text, i, j);
            } else {
                if !unit.is_empty() {
                    segs.push(Seg {
                        view: out.len(),
                        orig: i,
                        orig_end: j,
                        identity: false,
                    });
                }
                out.push_str(&unit);
            }
            i = j;
        }
        View { text: out, segs }
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Map a non-empty span of the view back to a span of the original text.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let a = self.seg_at(start);
        let b = self.seg_at(end - 1);
        let os = if a.identity {
            a.orig + (start - a.view)
        } else {
            a.orig
        };
        let oe = if b.identity {
            b.orig + (end - b.view)
        } else {
            b.orig_end
        };
        (os, oe)
    }

    /// The view offset where original offset `pos` (a character boundary) begins: the first
    /// view byte that maps to `pos` or after it (for `pos` inside a normalized unit, the
    /// unit's start).
    pub fn from_original(&self, pos: usize) -> usize {
        let i = self.segs.partition_point(|s| s.orig_end <= pos);
        match self.segs.get(i) {
            None => self.text.len(),
            Some(s) if s.identity && s.orig <= pos => s.view + (pos - s.orig),
            Some(s) => s.view,
        }
    }

    fn seg_at(&self, pos: usize) -> Seg {
        let i = self.segs.partition_point(|s| s.view <= pos);
        self.segs[i.saturating_sub(1)]
    }
}

fn push_identity(segs: &mut Vec<Seg>, out: &mut String, text: &str, from: usize, to: usize) {
    if let Some(last) = segs.last_mut()
        && last.identity
        && last.orig_end == from
        && last.view + (last.orig_end - last.orig) == out.len()
    {
        last.orig_end = to;
    } else {
        segs.push(Seg {
            view: out.len(),
            orig: from,
            orig_end: to,
            identity: true,
        });
    }
    out.push_str(&text[from..to]);
}

fn needs_view(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The combining class of the previous character: marks out of canonical order are
    // reordered by NFKC even when each one alone is normalized.
    let mut last_class = 0;
    while i < bytes.len() {
        let run = stable_prefix_len(&bytes[i..]).0;
        if run > 0 {
            last_class = 0;
            i += run;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        if is_invisible(c) {
            return true;
        }
        if !fast_stable(c) {
            if is_nfkc_quick(std::iter::once(c)) != IsNormalized::Yes {
                return true;
            }
            let class = canonical_combining_class(c);
            if class != 0 && class < last_class {
                return true;
            }
            last_class = class;
        } else {
            last_class = 0;
        }
        i += c.len_utf8();
    }
    false
}

/// Length of the leading run of ASCII and CJK unified ideographs (U+4000–U+9FFF, three-byte
/// sequences led by 0xE4–0xE9, all NFKC-stable starters): text that is copied into the view as
/// it is, without decoding characters. Also returns the byte length of the run's last character.
#[inline]
fn stable_prefix_len(b: &[u8]) -> (usize, usize) {
    // `b` is a suffix of a `&str` starting on a character boundary: a lead byte 0xE4–0xE9 is
    // always followed by its two continuation bytes.
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            let a = ascii_prefix_len(&b[i..]);
            i += a;
            last = 1;
        } else if (0xE4..=0xE9).contains(&c) && i + 3 <= b.len() {
            i += 3;
            last = 3;
        } else {
            break;
        }
    }
    (i, last)
}

/// Length of the leading ASCII run, eight bytes at a time.
#[inline]
fn ascii_prefix_len(b: &[u8]) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    // Whole 64-byte blocks first (the standard library checks those with wide loads).
    while i + 64 <= b.len() && b[i..i + 64].is_ascii() {
        i += 64;
    }
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes([
            b[i],
            b[i + 1],
            b[i + 2],
            b[i + 3],
            b[i + 4],
            b[i + 5],
            b[i + 6],
            b[i + 7],
        ]);
        let hi = w & HI;
        if hi != 0 {
            return i + (hi.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii() {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_stable_text_need_no_view() {
        assert!(View::of("call 555-123-4567").is_none());
        assert!(View::of("我的电话是13812345678").is_none());
    }

    #[test]
    fn fullwidth_digits_map_back() {
        let text = "电话：１３８１２３４５６７８。";
        let v = View::of(text).expect("fullwidth needs a view");
        assert_eq!(v.text(), "电话:13812345678。");
        let s = v.text().find("138").unwrap();
        let (os, oe) = v.to_original(s, s + 11);
        assert_eq!(&text[os..oe], "１３８１２３４５６７８");
    }

    #[test]
    fn zero_width_characters_are_dropped_and_covered() {
        let text = "key sk\u{200B}-proj here";
        let v = View::of(text).unwrap();
        assert_eq!(v.text(), "key sk-proj here");
        let (os, oe) = v.to_original(4, 11);
        assert_eq!(&text[os..oe], "sk\u{200B}-proj");
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        let text = "cafe\u{0301} ＡＢ";
        let v = View::build(text);
        assert_eq!(v.text(), "caf\u{e9} AB");
        let (os, oe) = v.to_original(3, 5);
        assert_eq!(&text[os..oe], "e\u{0301}");
    }
}
