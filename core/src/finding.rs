//! What the engine reports: a [`Finding`] is a typed byte span into the caller's text.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The family a finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Personal data: emails, phone numbers, ID numbers, cards, bank accounts, addresses.
    Pii,
    /// Credentials: API keys, tokens, private keys, passwords.
    Secret,
    /// Prompt-injection signals.
    Injection,
}

impl Category {
    /// `"pii"`, `"secret"` or `"injection"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Pii => "pii",
            Category::Secret => "secret",
            Category::Injection => "injection",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Category> {
        match s {
            "pii" => Some(Category::Pii),
            "secret" => Some(Category::Secret),
            "injection" => Some(Category::Injection),
            _ => None,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One detected value: `text[start..end]` in the caller's original text (UTF-8 byte offsets).
///
/// The matched text is not copied; use [`Finding::text`] with the scanned string.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The entity type, e.g. `EMAIL_ADDRESS`, `PHONE_NUMBER`, `OPENAI_API_KEY`.
    #[serde(rename = "type")]
    pub entity_type: Arc<str>,
    /// The family of the type.
    pub category: Category,
    /// The id of the rule that matched, e.g. `phone-cn-mobile`.
    pub rule: Arc<str>,
    /// Byte offset of the first byte of the value in the original text.
    pub start: usize,
    /// Byte offset one past the last byte of the value.
    pub end: usize,
    /// Confidence in `0.0..=1.0`.
    pub score: f64,
}

impl Finding {
    /// The matched value, sliced out of the text that was scanned.
    ///
    /// Returns `""` if `source` is not the text this finding came from (out of range).
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// The span as a range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length of the span in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty (never true for findings the engine returns).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}
