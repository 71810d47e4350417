//! Reversible pseudonymization: a [`Session`] (vault) remembers which placeholder stands for
//! which value, so an LLM's answer can be restored for the user.

use crate::engine::Engine;
use crate::error::{Error, ErrorKind, Result};
use crate::redact::{self, Placeholders, Redaction};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

/// A conversation's vault. The same value always gets the same placeholder for the session's
/// life; [`Session::restore`] puts values back into any text that mentions the placeholders.
///
/// A session holds the original values in memory and in its saved form: treat a saved
/// session like the data itself ([`Session::save`] writes files readable by the owner only).
///
/// ```
/// let engine = veil_core::Engine::default();
/// let mut session = engine.session();
/// let prompt = session.redact("Email jane@example.com and jane@example.com again");
/// assert_eq!(prompt.text, "Email <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_1> again");
/// let answer = "I wrote to <EMAIL_ADDRESS_1>.";
/// assert_eq!(session.restore(answer), "I wrote to jane@example.com.");
/// ```
#[derive(Clone)]
pub struct Session {
    engine: Engine,
    vault: Vault,
}

/// Shows the placeholders, never the values they stand for (a session is often logged).
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field(
                "placeholders",
                &self
                    .vault
                    .entries
                    .iter()
                    .map(|e| e.placeholder.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Vault {
    entries: Vec<Entry>,
    #[serde(skip)]
    by_value: HashMap<(String, String), usize>,
    #[serde(skip)]
    by_placeholder: HashMap<String, usize>,
    #[serde(skip)]
    counters: HashMap<String, u64>,
}

/// One vault entry: a placeholder and the value it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// `<EMAIL_ADDRESS_1>`.
    pub placeholder: String,
    /// `EMAIL_ADDRESS`.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// The original value.
    pub value: String,
}

/// The saved form of a session.
#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    format: String,
    version: u32,
    entries: Vec<Entry>,
}

const FORMAT: &str = "veil-session";

impl Vault {
    fn index(&mut self) -> Result<()> {
        self.by_value.clear();
        self.by_placeholder.clear();
        self.counters.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let n = parse_placeholder(&e.placeholder)
                .filter(|(t, _)| *t == e.entity_type)
                .map(|(_, n)| n)
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Session,
                        format!("entry #{}: malformed placeholder for its type", i + 1),
                    )
                })?;
            if self
                .by_placeholder
                .insert(e.placeholder.clone(), i)
                .is_some()
            {
                return Err(Error::new(
                    ErrorKind::Session,
                    format!("entry #{}: duplicate placeholder", i + 1),
                ));
            }
            self.by_value
                .insert((e.entity_type.clone(), e.value.clone()), i);
            let c = self.counters.entry(e.entity_type.clone()).or_insert(0);
            *c = (*c).max(n);
        }
        Ok(())
    }
}

impl Placeholders for Vault {
    fn placeholder(&mut self, entity_type: &str, value: &str) -> String {
        let key = (entity_type.to_string(), value.to_string());
        if let Some(&i) = self.by_value.get(&key) {
            return self.entries[i].placeholder.clone();
        }
        let n = self.counters.entry(entity_type.to_string()).or_insert(0);
        *n += 1;
        let placeholder = format!("<{entity_type}_{n}>");
        let i = self.entries.len();
        self.entries.push(Entry {
            placeholder: placeholder.clone(),
            entity_type: entity_type.to_string(),
            value: value.to_string(),
        });
        self.by_value.insert(key, i);
        self.by_placeholder.insert(placeholder.clone(), i);
        placeholder
    }
}

/// `<TYPE_N>` → (`TYPE`, N).
fn parse_placeholder(p: &str) -> Option<(&str, u64)> {
    let inner = p.strip_prefix('<')?.strip_suffix('>')?;
    let (ty, n) = inner.rsplit_once('_')?;
    if !crate::detect::rule::valid_type_name(ty)
        || n.is_empty()
        || !n.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some((ty, n.parse().ok()?))
}

impl Session {
    pub(crate) fn new(engine: Engine) -> Session {
        Session {
            engine,
            vault: Vault::default(),
        }
    }

    /// Replace every finding (of a type whose action is not `report` and operator not `keep`)
    /// with its placeholder, creating placeholders for new values.
    pub fn redact<'t>(&mut self, text: &'t str) -> Redaction<'t> {
        let hits = self.engine.hits(text);
        let mut r = redact::apply(&self.engine, text, hits, &mut self.vault, true);
        let engine = self.engine.clone();
        engine.guard_signals_into(text, &self.values(), &mut r);
        r
    }

    /// [`Engine::guard`] for text of this conversation, typically the model's answer: links
    /// that carry one of this session's values (or placeholders) count as exfiltration.
    pub fn guard(&self, text: &str) -> crate::guard::GuardReport {
        self.engine.guard_values(text, &self.values())
    }

    fn values(&self) -> Vec<&str> {
        self.vault
            .entries
            .iter()
            .map(|e| e.value.as_str())
            .collect()
    }

    /// Put the original values back for every placeholder of this session found in `text`.
    /// Unknown placeholders and everything else are left as they are. Borrowed when nothing
    /// was replaced.
    pub fn restore<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.vault.entries.is_empty() {
            return Cow::Borrowed(text);
        }
        let bytes = text.as_bytes();
        let mut out: Option<String> = None;
        let mut last = 0;
        let mut pos = 0;
        while let Some(i) = memchr::memchr(b'<', &bytes[pos..]) {
            let open = pos + i;
            pos = open + 1;
            // Placeholders are short: look for '>' within 80 bytes.
            let window = &bytes[open..bytes.len().min(open + 80)];
            let Some(close) = memchr::memchr(b'>', window) else {
                continue;
            };
            let candidate = &text[open..open + close + 1];
            if let Some(&idx) = self.vault.by_placeholder.get(candidate) {
                let buf = out.get_or_insert_with(|| String::with_capacity(text.len() + 32));
                buf.push_str(&text[last..open]);
                buf.push_str(&self.vault.entries[idx].value);
                last = open + close + 1;
                pos = last;
            }
        }
        match out {
            Some(mut buf) => {
                buf.push_str(&text[last..]);
                Cow::Owned(buf)
            }
            None => Cow::Borrowed(text),
        }
    }

    /// The engine this session redacts with.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The vault's entries, in the order they were created.
    pub fn entries(&self) -> &[Entry] {
        &self.vault.entries
    }

    /// Number of placeholders.
    pub fn len(&self) -> usize {
        self.vault.entries.len()
    }

    /// Whether no placeholder has been created yet.
    pub fn is_empty(&self) -> bool {
        self.vault.entries.is_empty()
    }

    /// The original value behind a placeholder.
    pub fn lookup(&self, placeholder: &str) -> Option<&str> {
        self.vault
            .by_placeholder
            .get(placeholder)
            .map(|&i| self.vault.entries[i].value.as_str())
    }

    /// Serialize to JSON (contains the original values).
    pub fn to_json(&self) -> String {
        let saved = Saved {
            format: FORMAT.into(),
            version: 1,
            entries: self.vault.entries.clone(),
        };
        serde_json::to_string_pretty(&saved).unwrap_or_default()
    }

    /// Load a session saved with [`Session::to_json`], bound to `engine`.
    pub fn from_json(engine: &Engine, json: &str) -> Result<Session> {
        let saved: Saved = serde_json::from_str(json)
            .map_err(|e| Error::new(ErrorKind::Session, format!("not a veil session: {e}")))?;
        if saved.format != FORMAT || saved.version != 1 {
            return Err(Error::new(
                ErrorKind::Session,
                format!(
                    "unsupported session format '{}' version {}",
                    saved.format, saved.version
                ),
            ));
        }
        let mut vault = Vault {
            entries: saved.entries,
            ..Vault::default()
        };
        vault.index()?;
        Ok(Session {
            engine: engine.clone(),
            vault,
        })
    }

    /// Write the session to `path`, created (or truncated) with owner-only permissions (0600 on
    /// Unix), since it holds the original values.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        use std::io::Write;
        let path = path.as_ref();
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot write session {}: {e}", path.display()),
            )
        })?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(self.to_json().as_bytes())?;
        Ok(())
    }

    /// Read a session written by [`Session::save`]. A missing file is an error.
    pub fn load(engine: &Engine, path: impl AsRef<Path>) -> Result<Session> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read session {}: {e}", path.display()),
            )
        })?;
        Session::from_json(engine, &text).map_err(|e| {
            Error::new(
                ErrorKind::Session,
                format!("{}: {}", path.display(), e.message()),
            )
        })
    }
}
