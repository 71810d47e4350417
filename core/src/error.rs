//! The one error type of the crate.
//!
//! [`Error`] is opaque: match on [`Error::kind`] instead of on variants, so new kinds can be
//! added without breaking callers. Messages name the rule, file, line or byte offset where the
//! fault is, and never echo the text being scanned.

use std::fmt;

/// What went wrong, broadly. `#[non_exhaustive]`: more kinds may come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The policy document (TOML) could not be parsed or has an invalid value.
    Policy,
    /// A rule (built-in or custom) is malformed: bad pattern, unknown validator, missing anchor…
    Rule,
    /// The input is not acceptable for the operation (for example invalid UTF-8 to redact).
    Input,
    /// A saved session could not be read or written.
    Session,
    /// An I/O error while reading or writing a file.
    Io,
}

impl ErrorKind {
    /// A stable lowercase name (`"policy"`, `"rule"`, …) for bindings and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Policy => "policy",
            ErrorKind::Rule => "rule",
            ErrorKind::Input => "input",
            ErrorKind::Session => "session",
            ErrorKind::Io => "io",
        }
    }
}

/// An error from building an engine, parsing a policy, or a failed operation.
#[derive(Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    rule: Option<String>,
    offset: Option<usize>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            rule: None,
            offset: None,
        }
    }

    pub(crate) fn rule(rule_id: &str, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Rule,
            message: message.into(),
            rule: Some(rule_id.to_string()),
            offset: None,
        }
    }

    pub(crate) fn with_offset(mut self, offset: usize) -> Error {
        self.offset = Some(offset);
        self
    }

    /// The broad kind of the error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The id of the rule at fault, when the error is about one rule.
    pub fn rule_id(&self) -> Option<&str> {
        self.rule.as_deref()
    }

    /// The byte offset in the input where the fault is, when there is one (e.g. the first
    /// invalid UTF-8 byte).
    pub fn offset(&self) -> Option<usize> {
        self.offset
    }

    /// The message without the kind or rule prefix.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rule {
            Some(rule) => write!(
                f,
                "{} error in rule '{}': {}",
                self.kind.as_str(),
                rule,
                self.message
            ),
            None => write!(f, "{} error: {}", self.kind.as_str(), self.message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io, e.to_string())
    }
}

/// Shorthand for `Result<T, veil_core::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
