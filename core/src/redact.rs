//! Applying operators to findings: `label`, `mask`, `placeholder`, `hash`, `remove`, `keep`.

use crate::detect::Hit;
use crate::engine::Engine;
use crate::finding::Finding;
use crate::policy::{Action, Operator};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;

/// The result of a redaction.
#[derive(Debug, Clone, PartialEq)]
pub struct Redaction<'t> {
    /// The redacted text; borrowed from the input when nothing was replaced.
    pub text: Cow<'t, str>,
    /// What was found, in the input's byte offsets.
    pub findings: Vec<Finding>,
    /// `true` when a finding's type has the `block` action: the caller should not send the text.
    pub blocked: bool,
}

impl Redaction<'_> {
    /// Detach from the input's lifetime.
    pub fn into_owned(self) -> Redaction<'static> {
        Redaction {
            text: Cow::Owned(self.text.into_owned()),
            findings: self.findings,
            blocked: self.blocked,
        }
    }
}

/// Where `placeholder` gets its names: per call, or from a session's vault.
pub(crate) trait Placeholders {
    fn placeholder(&mut self, entity_type: &str, value: &str) -> String;
}

/// Per-call numbering: the same value gets the same number within one call.
#[derive(Debug, Default, Clone)]
pub(crate) struct Numbering {
    seen: HashMap<(String, String), String>,
    counters: HashMap<String, u64>,
}

impl Placeholders for Numbering {
    fn placeholder(&mut self, entity_type: &str, value: &str) -> String {
        let key = (entity_type.to_string(), value.to_string());
        if let Some(p) = self.seen.get(&key) {
            return p.clone();
        }
        let n = self.counters.entry(entity_type.to_string()).or_insert(0);
        *n += 1;
        let p = format!("<{entity_type}_{n}>");
        self.seen.insert(key, p.clone());
        p
    }
}

/// Replace every hit. `force_placeholder` (sessions) uses placeholders for every redacted
/// type, whatever its operator, so the text can be restored.
pub(crate) fn apply<'t>(
    engine: &Engine,
    text: &'t str,
    hits: Vec<Hit>,
    names: &mut dyn Placeholders,
    force_placeholder: bool,
) -> Redaction<'t> {
    let inner = &*engine.inner;
    let mut out: Option<String> = None;
    let mut last = 0;
    let mut blocked = false;
    for h in &hits {
        let slot = &inner.slots[h.rule as usize];
        if slot.action == Action::Block {
            blocked = true;
        }
        if slot.action == Action::Report || slot.operator == Operator::Keep {
            continue;
        }
        let value = &text[h.start..h.end];
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
        buf.push_str(&text[last..h.start]);
        let op = if force_placeholder {
            Operator::Placeholder
        } else {
            slot.operator
        };
        match op {
            Operator::Label => {
                buf.push('[');
                buf.push_str(&slot.entity_type);
                buf.push(']');
            }
            Operator::Mask => mask(buf, value, slot.mask_keep, inner.redact.mask_char),
            Operator::Placeholder => buf.push_str(&names.placeholder(&slot.entity_type, value)),
            Operator::Hash => {
                let digest = keyed_hash(&inner.hash_key, &slot.entity_type, value);
                buf.push('[');
                buf.push_str(&slot.entity_type);
                buf.push(':');
                for b in &digest[..8] {
                    let _ = write!(buf, "{b:02x}");
                }
                buf.push(']');
            }
            Operator::Remove => {}
            Operator::Keep => buf.push_str(value),
        }
        last = h.end;
    }
    let text = match out {
        Some(mut buf) => {
            buf.push_str(&text[last..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(text),
    };
    Redaction {
        text,
        findings: hits.into_iter().map(|h| engine.finding(h)).collect(),
        blocked,
    }
}

/// Mask alphanumerics except the last `keep`; separators and punctuation stay.
fn mask(buf: &mut String, value: &str, keep: usize, mask_char: char) {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    for c in value.chars() {
        if c.is_alphanumeric() {
            seen += 1;
            if seen + keep > total {
                buf.push(c);
            } else {
                buf.push(mask_char);
            }
        } else {
            buf.push(c);
        }
    }
}

/// HMAC-SHA256(key, type ":" value) (RFC 2104).
pub(crate) fn keyed_hash(key: &[u8], entity_type: &str, value: &str) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut ipad = [0x36u8; BLOCK];
    let mut opad = [0x5cu8; BLOCK];
    for i in 0..BLOCK {
        ipad[i] ^= k[i];
        opad[i] ^= k[i];
    }
    let mut inner = Sha256::new();
    inner.update(ipad);
    inner.update(entity_type.as_bytes());
    inner.update(b":");
    inner.update(value.as_bytes());
    let inner = inner.finalize();
    let mut outer = Sha256::new();
    outer.update(opad);
    outer.update(inner);
    outer.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(mac: [u8; 32]) -> String {
        mac.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn keyed_hash_is_hmac_sha256() {
        // Expected values computed independently with Python's hmac module.
        assert_eq!(
            hex(keyed_hash(b"Jefe", "what do ya want ", "for nothing?")),
            "e84baac6c4315d53ae6e1241f85096407b81cdd8f67bdec6881c25350a4b3529"
        );
        // A key longer than the block size is hashed first.
        assert_eq!(
            hex(keyed_hash(&[b'k'; 100], "EMAIL_ADDRESS", "a@b.co")),
            "d16e7daf930ab4b0bb0065a4bf6d851d44e25a016aed02c157c88a557d7a7335"
        );
    }

    #[test]
    fn mask_keeps_separators_and_tail() {
        let mut s = String::new();
        mask(&mut s, "4111 1111 1111 1111", 4, '*');
        assert_eq!(s, "**** **** **** 1111");
        let mut s = String::new();
        mask(&mut s, "ab", 4, '#');
        assert_eq!(s, "ab");
    }
}
