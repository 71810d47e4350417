//! Reading inputs: whole files or stdin, JSON Lines records, the progress bar.

use crate::Fail;
use crate::args::InvalidUtf8;
use indicatif::{ProgressBar, ProgressStyle};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::{IsTerminal, Read};
use std::ops::Deref;
use std::path::PathBuf;

/// How standard input is named in messages and output.
pub const STDIN_NAME: &str = "<stdin>";

/// The inputs of one command, in order. Standard input (no path, or `-`) is read up front so
/// the total size is known; files are read one at a time (see [`Contents`]).
#[derive(Debug)]
pub struct Inputs {
    paths: Vec<Option<PathBuf>>,
    names: Vec<String>,
    stdin: Option<Vec<u8>>,
    /// Total bytes, for the progress bar (a file whose size is unknown counts as 0).
    pub total: u64,
}

impl Inputs {
    pub fn open(paths: &[PathBuf]) -> Result<Inputs, Fail> {
        let paths: Vec<Option<PathBuf>> = if paths.is_empty() {
            vec![None]
        } else {
            paths
                .iter()
                .map(|p| (p.as_os_str() != "-").then(|| p.clone()))
                .collect()
        };
        let names = paths
            .iter()
            .map(|p| match p {
                Some(p) => p.display().to_string(),
                None => STDIN_NAME.to_string(),
            })
            .collect();
        let mut stdin = None;
        let mut total = 0u64;
        if paths.iter().any(Option::is_none) {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| Fail::Msg(format!("{STDIN_NAME}: {e}")))?;
            total += buf.len() as u64;
            stdin = Some(buf);
        }
        for p in paths.iter().flatten() {
            total += std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        }
        Ok(Inputs {
            paths,
            names,
            stdin,
            total,
        })
    }

    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// Display name of input `i` (the path as given, or `<stdin>`).
    pub fn name(&self, i: usize) -> &str {
        &self.names[i]
    }

    /// The contents of input `i`. Standard input can be read once; a second `-` is empty.
    pub fn read(&mut self, i: usize) -> Result<Contents, Fail> {
        match &self.paths[i] {
            Some(p) => {
                Contents::of_file(p).map_err(|e| Fail::Msg(format!("{}: {}", self.names[i], e)))
            }
            None => Ok(Contents::Read(self.stdin.take().unwrap_or_default())),
        }
    }
}

/// The bytes of one input. A large regular file is memory-mapped: copying it into a fresh
/// buffer (and faulting that buffer in, and freeing it) cost a quarter of a whole `veil scan`
/// of 20 MB. Like other tools that map their inputs (grep-like searchers), this assumes the
/// file is not truncated or rewritten while it is being read.
#[derive(Debug)]
pub enum Contents {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl Contents {
    /// Files smaller than this are read: mapping and unmapping cost more than the copy.
    const MAP_THRESHOLD: u64 = 1 << 20;

    fn of_file(path: &std::path::Path) -> std::io::Result<Contents> {
        let mut file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        if meta.is_file() && meta.len() >= Self::MAP_THRESHOLD {
            // SAFETY: the map is only read, and the file is assumed not to change meanwhile
            // (see the type's docs). If mapping fails (a file system without mmap), read.
            if let Ok(map) = unsafe { memmap2::MmapOptions::new().populate().map(&file) } {
                return Ok(Contents::Mapped(map));
            }
        }
        let mut buf = Vec::with_capacity(meta.len() as usize);
        file.read_to_end(&mut buf)?;
        Ok(Contents::Read(buf))
    }
}

impl Deref for Contents {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Contents::Read(v) => v,
            Contents::Mapped(m) => m,
        }
    }
}

/// The text of `bytes` as UTF-8: borrowed when valid; otherwise an error naming the offset
/// of the first invalid byte (plus `base`), or a U+FFFD-replaced copy.
pub fn decode(bytes: &[u8], mode: InvalidUtf8, base: usize) -> Result<Cow<'_, str>, String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => match mode {
            InvalidUtf8::Error => Err(format!(
                "invalid UTF-8 at byte offset {}",
                base + e.valid_up_to()
            )),
            InvalidUtf8::Replace => Ok(String::from_utf8_lossy(bytes)),
        },
    }
}

/// `bytes` as text with each invalid UTF-8 sequence replaced by U+FFFD (as
/// `String::from_utf8_lossy` does), remembering where each piece came from so offsets into
/// the text can be taken back to offsets into `bytes`.
#[derive(Debug)]
pub struct Lossy<'a> {
    pub text: Cow<'a, str>,
    /// Pieces in order: (offset in `text`, offset in `bytes`, length of the invalid sequence
    /// a U+FFFD stands for, or 0 for valid text). Empty when `bytes` is valid UTF-8.
    pieces: Vec<(usize, usize, usize)>,
}

impl<'a> Lossy<'a> {
    pub fn new(bytes: &'a [u8]) -> Lossy<'a> {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Lossy {
                text: Cow::Borrowed(s),
                pieces: Vec::new(),
            };
        }
        let mut text = String::with_capacity(bytes.len() + 16);
        let mut pieces = Vec::new();
        let mut at = 0;
        for chunk in bytes.utf8_chunks() {
            let (valid, invalid) = (chunk.valid(), chunk.invalid());
            if !valid.is_empty() {
                pieces.push((text.len(), at, 0));
                text.push_str(valid);
                at += valid.len();
            }
            if !invalid.is_empty() {
                pieces.push((text.len(), at, invalid.len()));
                text.push(char::REPLACEMENT_CHARACTER);
                at += invalid.len();
            }
        }
        Lossy {
            text: Cow::Owned(text),
            pieces,
        }
    }

    /// The offset in the original bytes of offset `off` of the text (a character boundary).
    pub fn original(&self, off: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= off);
        let Some(&(text_at, byte_at, invalid)) = i.checked_sub(1).map(|i| &self.pieces[i]) else {
            return off;
        };
        match invalid {
            0 => byte_at + (off - text_at),
            _ if off == text_at => byte_at,
            n => byte_at + n,
        }
    }

    /// Take findings' offsets back to the original bytes.
    pub fn map_back(&self, findings: &mut [veil_core::Finding]) {
        if self.pieces.is_empty() {
            return;
        }
        for f in findings {
            (f.start, f.end) = (self.original(f.start), self.original(f.end));
        }
    }
}

/// One line of a JSON Lines input.
#[derive(Debug)]
pub struct Line<'a> {
    /// 1-based line number.
    pub number: usize,
    /// Byte offset of the line in the input.
    pub offset: usize,
    /// The line without its `\n` / `\r\n`.
    pub bytes: &'a [u8],
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.bytes.trim_ascii().is_empty()
    }
}

/// The lines of `bytes`; a final `\n` does not start another line.
pub fn lines(bytes: &[u8]) -> impl Iterator<Item = Line<'_>> {
    let mut offset = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        if offset >= bytes.len() {
            return None;
        }
        let rest = &bytes[offset..];
        let len = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let mut line = &rest[..len];
        if let [head @ .., b'\r'] = line {
            line = head;
        }
        number += 1;
        let item = Line {
            number,
            offset,
            bytes: line,
        };
        offset += len + 1;
        Some(item)
    })
}

/// A parsed JSON Lines record: its top-level entries in their order (values kept verbatim)
/// and the decoded string of the chosen field.
#[derive(Debug)]
pub struct Record<'a> {
    entries: Vec<(String, &'a RawValue)>,
    field: usize,
    /// The decoded value of the field.
    pub text: String,
}

struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Entries<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'de>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(V)
    }
}

impl<'a> Record<'a> {
    /// Parse one line. Messages never contain the line's content.
    pub fn parse(line: &'a str, field: &str) -> Result<Record<'a>, String> {
        if !line.trim_start().starts_with('{') {
            return Err("invalid JSON: expected an object".to_string());
        }
        let Entries(entries) = serde_json::from_str(line).map_err(|e| {
            // serde_json's syntax messages are fixed phrases followed by " at line L column C";
            // with an object at the top level no type error (which could quote a value) occurs.
            let msg = e.to_string();
            let msg = msg
                .rsplit_once(" at line ")
                .map_or(msg.as_str(), |(m, _)| m);
            format!("invalid JSON: {msg} at column {}", e.column())
        })?;
        let missing = || format!("missing string field {}", quote(field));
        let index = entries
            .iter()
            .rposition(|(k, _)| k == field)
            .ok_or_else(missing)?;
        let text: String = serde_json::from_str(entries[index].1.get()).map_err(|_| missing())?;
        Ok(Record {
            entries,
            field: index,
            text,
        })
    }

    /// The `id` value, verbatim.
    pub fn id(&self) -> Option<&'a RawValue> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == "id")
            .map(|(_, v)| *v)
    }

    /// The record as one JSON line (no newline) with the field's value replaced by `value`;
    /// other entries keep their order and their text.
    pub fn with_field(&self, value: &str) -> String {
        let mut out = String::with_capacity(value.len() + 64);
        out.push('{');
        for (i, (k, v)) in self.entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&quote(k));
            out.push(':');
            if i == self.field {
                out.push_str(&quote(value));
            } else {
                out.push_str(v.get());
            }
        }
        out.push('}');
        out
    }
}

/// A JSON string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A progress bar on stderr, shown only for at least 16 MiB of input when stderr is a terminal
/// (and not with --quiet). Cleared when dropped.
#[derive(Debug)]
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub const THRESHOLD: u64 = 16 << 20;

    pub fn new(total: u64, quiet: bool) -> Progress {
        if quiet || total < Self::THRESHOLD || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new(total);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec})",
        ) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Progress(Some(bar))
    }

    pub fn inc(&self, bytes: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes as u64);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_numbers_and_offsets() {
        let v: Vec<_> = lines(b"a\r\n\nbc\n")
            .map(|l| (l.number, l.offset, l.bytes.to_vec()))
            .collect();
        assert_eq!(
            v,
            vec![
                (1, 0, b"a".to_vec()),
                (2, 3, b"".to_vec()),
                (3, 4, b"bc".to_vec())
            ]
        );
        assert_eq!(lines(b"x").count(), 1);
        assert_eq!(lines(b"").count(), 0);
    }

    #[test]
    fn lossy_offsets_map_back() {
        let bytes = b"ab\xff\xfecd\xe2\x82";
        let l = Lossy::new(bytes);
        assert_eq!(l.text, "ab\u{FFFD}\u{FFFD}cd\u{FFFD}");
        // a b | FFFD(3) FFFD(3) | c d | FFFD(3)
        let map: Vec<usize> = [0, 1, 2, 5, 8, 9, 10, 13]
            .iter()
            .map(|&o| l.original(o))
            .collect();
        assert_eq!(map, vec![0, 1, 2, 3, 4, 5, 6, 8]);
        let valid = Lossy::new("电话".as_bytes());
        assert!(matches!(valid.text, Cow::Borrowed(_)));
        assert_eq!(valid.original(3), 3);
    }

    #[test]
    fn record_keeps_order_and_replaces_field() {
        let r = Record::parse(r#"{"z": 1, "text": "a\"b", "id": {"k": [1, 2]}}"#, "text").unwrap();
        assert_eq!(r.text, "a\"b");
        assert_eq!(r.id().unwrap().get(), r#"{"k": [1, 2]}"#);
        assert_eq!(
            r.with_field("X"),
            r#"{"z":1,"text":"X","id":{"k": [1, 2]}}"#
        );
    }

    #[test]
    fn record_errors_do_not_echo() {
        let e = Record::parse(r#""secret-value""#, "text").unwrap_err();
        assert!(!e.contains("secret"), "{e}");
        let e = Record::parse(r#"{"text": secret}"#, "text").unwrap_err();
        assert!(!e.contains("secret"), "{e}");
        let e = Record::parse(r#"{"text": 5}"#, "text").unwrap_err();
        assert_eq!(e, r#"missing string field "text""#);
    }
}
