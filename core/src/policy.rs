//! The policy: which rules run and what happens to what they find.
//!
//! A policy is a TOML document (see the README's "Policy format" section). Parsing checks the
//! shape (unknown keys are errors, with line and column); [`crate::EngineBuilder::build`] checks
//! the meaning (patterns compile, validators exist) and names the rule at fault.

use crate::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A parsed policy document. Every section is optional; an empty policy is the built-in default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Which rules run.
    #[serde(default)]
    pub detect: DetectSettings,
    /// Defaults for redaction.
    #[serde(default)]
    pub redact: RedactSettings,
    /// Per-type settings, keyed by entity type (`[types.EMAIL_ADDRESS]`).
    #[serde(default)]
    pub types: BTreeMap<String, TypeSettings>,
    /// Values that are never findings.
    #[serde(default)]
    pub allow: AllowList,
    /// Dictionaries of terms that become findings (`[[deny]]`).
    #[serde(default)]
    pub deny: Vec<DenyList>,
    /// Custom rules (`[[rule]]`), same schema as the built-in rule packs.
    #[serde(default, rename = "rule")]
    pub rules: Vec<RuleSpec>,
    /// The prompt guard (`[guard]`): thresholds, allowed link hosts, families turned off.
    #[serde(default)]
    pub guard: crate::guard::GuardSettings,
}

/// `[detect]`: rule selection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectSettings {
    /// Built-in packs to load (default: all of them, see [`crate::builtin_packs`]).
    #[serde(default = "default_packs")]
    pub packs: Vec<String>,
    /// Entity types to turn off.
    #[serde(default)]
    pub disable_types: Vec<String>,
    /// Rule ids to turn off.
    #[serde(default)]
    pub disable_rules: Vec<String>,
    /// If non-empty, only these entity types are reported.
    #[serde(default)]
    pub only_types: Vec<String>,
    /// Findings scoring below this are dropped.
    #[serde(default)]
    pub min_score: f64,
}

fn default_packs() -> Vec<String> {
    crate::detect::pack::BUILTIN
        .iter()
        .map(|(name, _)| name.to_string())
        .collect()
}

impl Default for DetectSettings {
    fn default() -> Self {
        DetectSettings {
            packs: default_packs(),
            disable_types: Vec::new(),
            disable_rules: Vec::new(),
            only_types: Vec::new(),
            min_score: 0.0,
        }
    }
}

/// How a finding's text is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Operator {
    /// `[EMAIL_ADDRESS]`.
    #[default]
    Label,
    /// Keep the last N alphanumeric characters, mask the others (separators are kept).
    Mask,
    /// `<EMAIL_ADDRESS_1>`, numbered per call (or per session, where it is reversible).
    Placeholder,
    /// `[EMAIL_ADDRESS:9f86d081884c7d65]`: keyed HMAC-SHA256, deterministic for one key.
    Hash,
    /// Delete the value.
    Remove,
    /// Leave the value as it is (the finding is still reported).
    Keep,
}

impl Operator {
    /// The lowercase name used in policies.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Label => "label",
            Operator::Mask => "mask",
            Operator::Placeholder => "placeholder",
            Operator::Hash => "hash",
            Operator::Remove => "remove",
            Operator::Keep => "keep",
        }
    }
}

/// What a finding of a type means for the call as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Replace the value with the type's operator (the default).
    #[default]
    Redact,
    /// Replace it, and mark the whole result as blocked: the caller should not send it.
    Block,
    /// Report the finding but leave the text unchanged.
    Report,
}

impl Action {
    /// The lowercase name used in policies.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Redact => "redact",
            Action::Block => "block",
            Action::Report => "report",
        }
    }
}

/// `[redact]`: defaults for every type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedactSettings {
    /// Operator for types that name none (default `label`).
    #[serde(default)]
    pub operator: Operator,
    /// Character used by `mask` (default `*`).
    #[serde(default = "default_mask_char")]
    pub mask_char: char,
    /// How many trailing alphanumerics `mask` keeps (default 4).
    #[serde(default = "default_mask_keep")]
    pub mask_keep: usize,
    /// Key for the `hash` operator. Without one, each engine draws a random key, so hashes are
    /// stable for the engine's life but not across processes.
    #[serde(default)]
    pub hash_key: Option<String>,
}

fn default_mask_char() -> char {
    '*'
}
fn default_mask_keep() -> usize {
    4
}

impl Default for RedactSettings {
    fn default() -> Self {
        RedactSettings {
            operator: Operator::Label,
            mask_char: '*',
            mask_keep: 4,
            hash_key: None,
        }
    }
}

/// `[types.NAME]`: settings for one entity type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeSettings {
    /// `false` turns the type off.
    #[serde(default)]
    pub enabled: Option<bool>,
    /// Operator for this type.
    #[serde(default)]
    pub operator: Option<Operator>,
    /// Action for this type.
    #[serde(default)]
    pub action: Option<Action>,
    /// `mask` keeps this many trailing alphanumerics.
    #[serde(default)]
    pub mask_keep: Option<usize>,
    /// Findings of this type scoring below this are dropped.
    #[serde(default)]
    pub min_score: Option<f64>,
}

/// `[allow]`: values that are never reported.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowList {
    /// Exact values (compared with the matched text).
    #[serde(default)]
    pub values: Vec<String>,
    /// Regular expressions that must match the whole matched text, e.g. `'.*@acme\.com'`.
    #[serde(default)]
    pub patterns: Vec<String>,
}

/// `[[deny]]`: a dictionary of terms reported as findings of a user-named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DenyList {
    /// The entity type to report, e.g. `CUSTOMER_NAME`.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// The terms.
    pub terms: Vec<String>,
    /// Category of the findings (default `pii`).
    #[serde(default)]
    pub category: Option<String>,
    /// Match ASCII letters without regard to case (default `true`).
    #[serde(default = "default_true")]
    pub ignore_case: bool,
    /// Only match whole words (default `true`).
    #[serde(default = "default_true")]
    pub whole_word: bool,
    /// Score of the findings (default 1.0).
    #[serde(default)]
    pub score: Option<f64>,
}

fn default_true() -> bool {
    true
}

/// One rule, as written in a rule pack or a policy's `[[rule]]`.
///
/// See `core/rules/README.md` for the meaning of every field and how anchors work.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Unique id, e.g. `phone-cn-mobile`.
    pub id: String,
    /// Entity type reported, e.g. `PHONE_NUMBER`.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// `pii`, `secret` or `injection`.
    pub category: String,
    /// Human description for `veil rules`.
    #[serde(default)]
    pub description: String,
    /// Where matches may start: `keyword` (default when `keywords` is set), `digits`, `email`,
    /// `assignment` or `ipv6`.
    #[serde(default)]
    pub anchor: Option<String>,
    /// Literal prefixes of the match (for the `keyword` anchor). All rules' keywords form one
    /// Aho-Corasick automaton.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Match keywords regardless of ASCII case.
    #[serde(default)]
    pub keywords_ignore_case: bool,
    /// For the `assignment` anchor: the key name must contain one of these (ASCII case-insensitive).
    #[serde(default)]
    pub key_words: Vec<String>,
    /// For the `assignment` anchor: keys ending with one of these are not secrets
    /// (`token_url`, `max_tokens`, `password_policy`).
    #[serde(default)]
    pub key_excludes: Vec<String>,
    /// For the `assignment` anchor: keys containing one of these are not secrets
    /// (`publicToken`, `csrf_token`).
    #[serde(default)]
    pub key_stopwords: Vec<String>,
    /// The pattern, matched anchored at the candidate start (regex syntax, byte-oriented:
    /// `\d`, `\w`, `\s` are ASCII).
    pub pattern: String,
    /// A checksum or format validator: `luhn`, `credit-card`, `iban`, `cn-resident-id`, `us-ssn`,
    /// `jwt`, `ipv4`, `ipv6`, `phone`, `email`.
    #[serde(default)]
    pub validator: Option<String>,
    /// Words that raise the score when found near the match (ASCII case-insensitive).
    #[serde(default)]
    pub context: Vec<String>,
    /// Drop the match when no context word is near.
    #[serde(default)]
    pub context_required: bool,
    /// How many bytes either side of the match are searched for context (default 64).
    #[serde(default)]
    pub context_window: Option<usize>,
    /// Minimum Shannon entropy (bits per byte) of the match.
    #[serde(default)]
    pub entropy: Option<f64>,
    /// Minimum number of digits in the candidate (for the `digits` anchor; a fast prefilter).
    #[serde(default)]
    pub min_digits: Option<usize>,
    /// Longest match considered, in bytes (default: the pattern's own maximum, capped at 4096).
    #[serde(default)]
    pub max_len: Option<usize>,
    /// What the finding covers: `match` (default) or `value` — for keyword rules whose pattern
    /// starts with a key name (`aws_secret_access_key = …`), the span starts after the keyword
    /// and any `:`, `=`, quotes and blanks that follow it.
    #[serde(default)]
    pub span: Option<String>,
    /// Which end wins when several validate: `longest` (default) or `shortest`.
    #[serde(default)]
    pub prefer: Option<String>,
    /// Boundary required around the match: `word` (default), `number` (default for digit
    /// rules), `address` (not glued to `:` or `.`+alphanumeric, for IPv6), `token` (not glued
    /// to `-` either) or `none`.
    #[serde(default)]
    pub boundary: Option<String>,
    /// Reject matches that look like placeholders or documented examples (`YOUR_KEY`, `xxxx`,
    /// `EXAMPLE`). Default `true` for secrets.
    #[serde(default)]
    pub reject_placeholders: Option<bool>,
    /// Score without context (default 0.8).
    #[serde(default)]
    pub score: Option<f64>,
    /// Score with a context word near (default: `score` + 0.15, at most 1.0).
    #[serde(default)]
    pub context_score: Option<f64>,
    /// Default operator for this rule's findings (a policy's `[types]` setting wins).
    #[serde(default)]
    pub operator: Option<Operator>,
    /// Default action for this rule's findings (a policy's `[types]` setting wins).
    #[serde(default)]
    pub action: Option<Action>,
    /// Golden examples that must match (checked by the test suite).
    #[serde(default)]
    pub examples: Vec<String>,
    /// Golden examples that must not match.
    #[serde(default)]
    pub counter_examples: Vec<String>,
}

/// A rule pack file: a list of `[[rule]]` tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// The rules.
    #[serde(default, rename = "rule")]
    pub rules: Vec<RuleSpec>,
}

impl RulePack {
    /// Parse a rule pack; `name` is used in error messages.
    pub fn from_toml(name: &str, text: &str) -> Result<RulePack> {
        toml::from_str(text).map_err(|e| {
            Error::new(
                ErrorKind::Rule,
                format!("rule pack '{name}': {}", one_line(&e.to_string())),
            )
        })
    }
}

impl Policy {
    /// Parse a policy from TOML text. Unknown keys and wrong types are errors naming the line.
    pub fn from_toml(text: &str) -> Result<Policy> {
        toml::from_str(text).map_err(|e| Error::new(ErrorKind::Policy, one_line(&e.to_string())))
    }

    /// Read and parse a policy file; errors name the file.
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Policy> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read policy {}: {e}", path.display()),
            )
        })?;
        Policy::from_toml(&text).map_err(|e| {
            Error::new(
                ErrorKind::Policy,
                format!("{}: {}", path.display(), e.message()),
            )
        })
    }

    /// Serialize back to TOML.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

/// toml's messages span several lines with a source excerpt; keep them on one line.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        // The excerpt lines ("12 | password = ...") could echo user text: keep only the
        // location line and the message.
        if line.contains(" | ")
            || line.starts_with('|')
            || line.chars().all(|c| c == '^' || c == ' ')
        {
            continue;
        }
        if i > 0 {
            out.push_str(": ");
        }
        out.push_str(line);
    }
    out
}
