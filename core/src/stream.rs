//! Streaming: redact and restore text that arrives in chunks (an LLM answer as server-sent
//! events), emitting safe text as soon as it is final.
//!
//! The contract: for every way of cutting a text into chunks, the concatenation of everything
//! a stream emits equals what the whole-text call returns ([`Engine::redact`]'s text,
//! [`Session::restore`]).
//!
//! ## How much is held back
//! A [`StreamRedactor`] holds text only while it could still be part of a finding. After each
//! chunk it scans the unfinished text and asks the scanner where results stop being final: the
//! first candidate whose pattern is still alive at the end of the text (an email whose domain
//! may go on, a phone number that may gain a group), whose boundary or context check would
//! read past the end, or a tail that could still become a keyword (`sk-pr…`), a deny-list term,
//! an email's local part, an IPv6 address or a number. Everything before that point (and
//! before the last character, which a combining mark could still change) is emitted.
//!
//! The bound comes from the compiled rules: a candidate stops being open once it has seen its
//! rule's `max_len` bytes plus the farthest its checks read past a match (66 bytes for the
//! number boundary, the context window for rules with context words). So prose is held for at
//! most a word, a phone number for its last group plus a few bytes, an email until the first
//! byte that cannot continue it. [`StreamRedactor::max_holdback`] gives the bound. Two
//! built-in rules are long on purpose and handled explicitly:
//! * PEM private keys (`max_len` 16 KiB) are held from `-----BEGIN … PRIVATE KEY-----` until the
//!   matching `-----END … -----` line arrives (the pattern prefers the shortest match, so the
//!   block is final as soon as its footer is complete), or until 16 KiB have passed without
//!   one, after which the text is emitted as the whole-text call would treat it.
//! * JWTs (`max_len` 8 KiB) are held while the token's base64url alphabet continues.
//!
//! Text that is already emitted is kept as left context (the longest look-back of any check:
//! an email's local part, an assignment's key, a context window), so a finding that starts
//! after the emitted text is judged exactly as in the whole text.
//!
//! Known difference: the scanner does not re-walk, from inside, a window that a rule already
//! walked to its `max_len` without the pattern failing (this keeps scanning linear on
//! adversarial input such as 16 KiB of base64). A stream that starts its unfinished text
//! inside such a window may try those inner positions. That needs a run longer than a rule's
//! `max_len` that matches the rule's pattern the whole way; ordinary text never has one.

use crate::detect::Hit;
use crate::engine::{Engine, resolve_overlaps};
use crate::error::{Error, ErrorKind, Result};
use crate::finding::Finding;
use crate::redact::{self, Numbering};
use crate::session::Session;
use std::collections::{HashMap, HashSet};

/// Bytes of a chunked input that may end inside a UTF-8 character.
#[derive(Debug, Default, Clone)]
struct Utf8Input {
    /// The start of a character whose remaining bytes have not arrived.
    held: Vec<u8>,
    /// Input bytes accepted so far (including `held`).
    seen: usize,
}

impl Utf8Input {
    /// Decode `bytes` after what is held. Strict mode fails on an invalid sequence without
    /// changing any state (the caller may retry in lossy mode); lossy mode replaces each
    /// invalid sequence with U+FFFD, as `String::from_utf8_lossy` does on the whole input.
    fn decode(&mut self, bytes: &[u8], lossy: bool) -> Result<String> {
        let joined;
        let data: &[u8] = if self.held.is_empty() {
            bytes
        } else {
            joined = [self.held.as_slice(), bytes].concat();
            &joined
        };
        let data_start = self.seen - self.held.len();
        let mut out = String::with_capacity(data.len());
        let mut rest = data;
        let mut held: &[u8] = &[];
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    // The prefix is valid UTF-8 by definition of `valid_up_to`.
                    out.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or_default());
                    match e.error_len() {
                        None => {
                            held = &rest[valid..];
                            break;
                        }
                        Some(n) if lossy => {
                            out.push('\u{FFFD}');
                            rest = &rest[valid + n..];
                        }
                        Some(_) => {
                            let at = data_start + (data.len() - rest.len()) + valid;
                            return Err(Error::new(
                                ErrorKind::Input,
                                format!("invalid UTF-8 at byte offset {at}"),
                            )
                            .with_offset(at));
                        }
                    }
                }
            }
        }
        self.held = held.to_vec();
        self.seen += bytes.len();
        Ok(out)
    }

    /// A string chunk: as it is, unless an unfinished character from a byte chunk is held,
    /// which a string cannot continue (it becomes U+FFFD, as in a lossy decode of the whole).
    fn string<'c>(&mut self, chunk: &'c str) -> std::borrow::Cow<'c, str> {
        if self.held.is_empty() {
            self.seen += chunk.len();
            std::borrow::Cow::Borrowed(chunk)
        } else {
            std::borrow::Cow::Owned(self.decode(chunk.as_bytes(), true).unwrap_or_default())
        }
    }

    /// The end of the input: an unfinished character is an error in strict mode, U+FFFD in
    /// lossy mode.
    fn finish(&mut self, lossy: bool) -> Result<&'static str> {
        if self.held.is_empty() {
            return Ok("");
        }
        if !lossy {
            let at = self.seen - self.held.len();
            return Err(Error::new(
                ErrorKind::Input,
                format!("input ends inside a UTF-8 character at byte offset {at}"),
            )
            .with_offset(at));
        }
        self.held.clear();
        Ok("\u{FFFD}")
    }
}

/// Where the last character of `text` starts, together with the combining marks and
/// invisible characters before it that belong to the same unit: a mark arriving next could
/// still change how it normalizes.
fn last_unit_start(text: &str) -> usize {
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        start = i;
        if !crate::normalize::combining(c) && !crate::normalize::is_invisible(c) {
            break;
        }
    }
    start
}

/// Redacts a text that arrives in chunks; see the [module docs](self).
///
/// ```
/// let engine = veil_core::Engine::default();
/// let mut stream = engine.stream_redact();
/// let mut out = String::new();
/// for chunk in ["Call me at +1 415", "-555-26", "71 or mail ana@exa", "mple.org today."] {
///     out += &stream.push(chunk);
/// }
/// out += &stream.finish();
/// assert_eq!(out, "Call me at [PHONE_NUMBER] or mail [EMAIL_ADDRESS] today.");
/// assert_eq!(out, engine.redact("Call me at +1 415-555-2671 or mail ana@example.org today.").text);
/// ```
#[derive(Debug, Clone)]
pub struct StreamRedactor {
    engine: Engine,
    names: Numbering,
    /// Text from `base` on: left context, then the unfinished text from `emitted`.
    buf: String,
    base: usize,
    emitted: usize,
    lookback: usize,
    short_lookback: usize,
    /// How far the text was scanned (global offset).
    scanned_to: usize,
    input: Utf8Input,
    findings: Vec<Finding>,
    blocked: bool,
    finished: bool,
}

/// Held text below this size is rescanned whenever `SCAN_BATCH` new bytes arrived.
const RESCAN_STEP: usize = 64;

/// Chunks smaller than this are scanned together with the next ones: a scan has a fixed cost
/// (about a microsecond), and SSE chunks are often a few bytes. This adds at most
/// `SCAN_BATCH - 1` bytes to the hold-back.
const SCAN_BATCH: usize = 16;

impl StreamRedactor {
    pub(crate) fn new(engine: &Engine) -> StreamRedactor {
        StreamRedactor {
            lookback: engine.stream_lookback(),
            short_lookback: engine.stream_short_lookback(),
            engine: engine.clone(),
            names: Numbering::default(),
            buf: String::new(),
            base: 0,
            emitted: 0,
            scanned_to: 0,
            input: Utf8Input::default(),
            findings: Vec::new(),
            blocked: false,
            finished: false,
        }
    }

    /// Add a chunk; returns the redacted text that is now final (often empty). After
    /// [`StreamRedactor::push_bytes`] left an unfinished UTF-8 character, that character is
    /// invalid (a string chunk cannot continue it) and becomes U+FFFD.
    pub fn push(&mut self, chunk: &str) -> String {
        self.restart_if_finished();
        let text = self.input.string(chunk);
        self.push_text(&text)
    }

    fn push_text(&mut self, text: &str) -> String {
        self.buf.push_str(text);
        self.step(false)
    }

    /// [`StreamRedactor::push`] for bytes: a chunk may end inside a UTF-8 character (the rest
    /// is expected in the next chunk). An invalid sequence is an [`ErrorKind::Input`] error
    /// naming its offset in the whole input; the chunk is then not taken (nothing is lost:
    /// push it again with [`StreamRedactor::push_bytes_lossy`], or stop).
    pub fn push_bytes(&mut self, chunk: &[u8]) -> Result<String> {
        self.restart_if_finished();
        let text = self.input.decode(chunk, false)?;
        Ok(self.push_text(&text))
    }

    /// [`StreamRedactor::push_bytes`] replacing invalid sequences with U+FFFD.
    pub fn push_bytes_lossy(&mut self, chunk: &[u8]) -> String {
        self.restart_if_finished();
        let text = self.input.decode(chunk, true).unwrap_or_default();
        self.push_text(&text)
    }

    /// End of the input: returns the rest of the redacted text. The redactor can then take a
    /// new stream (numbering, findings and offsets start again at its first push).
    ///
    /// An unfinished UTF-8 character left by [`StreamRedactor::push_bytes`] becomes U+FFFD;
    /// use [`StreamRedactor::finish_bytes`] to treat it as an error.
    pub fn finish(&mut self) -> String {
        let tail = self.input.finish(true).unwrap_or_default();
        self.buf.push_str(tail);
        let out = self.step(true);
        self.finished = true;
        out
    }

    /// [`StreamRedactor::finish`], failing (without finishing) when the input ended inside a
    /// UTF-8 character.
    pub fn finish_bytes(&mut self) -> Result<String> {
        self.input.finish(false)?;
        Ok(self.finish())
    }

    /// The findings in the text emitted so far, with byte offsets into the whole input.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Whether a finding's type has the `block` action (see [`crate::Redaction::blocked`]).
    pub fn blocked(&self) -> bool {
        self.blocked
    }

    /// Input bytes received but not emitted yet (the current hold-back).
    pub fn pending(&self) -> usize {
        self.base + self.buf.len() - self.emitted + self.input.held.len()
    }

    /// The most this engine's rules can hold back, in bytes (see the [module docs](self)).
    pub fn max_holdback(&self) -> usize {
        self.engine.stream_max_holdback()
    }

    fn restart_if_finished(&mut self) {
        if self.finished {
            *self = StreamRedactor::new(&self.engine);
        }
    }

    fn step(&mut self, last: bool) -> String {
        let end = self.base + self.buf.len();
        if self.emitted == end {
            return String::new();
        }
        // While a long candidate (a PEM block, a JWT) is open, rescan only once the text has
        // grown by half of what is held: the work stays linear in the input, at the price of
        // emitting up to that much later.
        let held = self.scanned_to - self.emitted;
        let new = end - self.scanned_to;
        if !last && (new < SCAN_BATCH || (held >= RESCAN_STEP && new * 2 < held)) {
            return String::new();
        }
        self.scanned_to = end;
        // Scan the unfinished text with a short left context; only a context window that
        // reaches farther without finding its words asks for the full look-back.
        let emitted = self.emitted - self.base;
        let context = |back: usize| {
            let mut ctx = emitted.saturating_sub(back);
            while !self.buf.is_char_boundary(ctx) {
                ctx -= 1;
            }
            ctx
        };
        let short = context(self.short_lookback);
        let first = self
            .engine
            .stream_hits(&self.buf[short..], emitted - short, short > 0);
        let (ctx, (hits, open)) = match first {
            Some(r) => (short, r),
            None => {
                let ctx = context(self.lookback);
                let r = self
                    .engine
                    .stream_hits(&self.buf[ctx..], emitted - ctx, false)
                    .unwrap_or_default();
                (ctx, r)
            }
        };
        let text = &self.buf[ctx..];
        let from = emitted - ctx;
        let mut cut = if last {
            text.len()
        } else {
            open.min(last_unit_start(text)).max(from)
        };
        let mut hits: Vec<Hit> = hits.into_iter().filter(|h| h.start >= from).collect();
        // Never cut inside a hit: its outcome (and the overlap resolution it takes part in)
        // is decided with the text on both sides.
        loop {
            let inside = hits
                .iter()
                .filter(|h| h.start < cut && h.end > cut)
                .map(|h| h.start)
                .min();
            match inside {
                Some(s) => cut = s,
                None => break,
            }
        }
        if cut == from {
            return String::new();
        }
        hits.retain(|h| h.end <= cut);
        resolve_overlaps(&mut hits);
        for h in &mut hits {
            h.start -= from;
            h.end -= from;
        }
        let r = redact::apply(&self.engine, &text[from..cut], hits, &mut self.names, false);
        let shift = self.emitted;
        self.findings.extend(r.findings.into_iter().map(|mut f| {
            f.start += shift;
            f.end += shift;
            f
        }));
        self.blocked |= r.blocked;
        let out = r.text.into_owned();
        self.emitted += cut - from;
        self.trim();
        out
    }

    /// Drop emitted text beyond the look-back (in steps, so a long stream does not shift the
    /// buffer on every chunk).
    fn trim(&mut self) {
        let keep_from = (self.emitted - self.base).saturating_sub(self.lookback);
        if keep_from < 4096.max(self.buf.len() / 2) {
            return;
        }
        let mut k = keep_from;
        while !self.buf.is_char_boundary(k) {
            k -= 1;
        }
        self.buf.drain(..k);
        self.base += k;
    }
}

/// Restores a session's placeholders in a text that arrives in chunks; see the
/// [module docs](self). Holds text only from a `<` that may still open one of the session's
/// placeholders (what follows it so far is the beginning of one).
///
/// ```
/// let engine = veil_core::Engine::default();
/// let mut session = engine.session();
/// session.redact("Mail ana@example.org");
/// let mut restore = session.stream_restore();
/// let mut out = String::new();
/// for chunk in ["Sent to <EMAIL", "_ADDR", "ESS_1>, done."] {
///     out += &restore.push(chunk);
/// }
/// out += &restore.finish();
/// assert_eq!(out, "Sent to ana@example.org, done.");
/// ```
#[derive(Debug, Clone)]
pub struct StreamRestorer {
    values: HashMap<String, String>,
    /// Every proper prefix of every placeholder.
    prefixes: HashSet<String>,
    pending: String,
    input: Utf8Input,
    finished: bool,
}

/// How far `Session::restore` looks for the `>` that closes a placeholder.
const PLACEHOLDER_WINDOW: usize = 80;

impl StreamRestorer {
    pub(crate) fn new(session: &Session) -> StreamRestorer {
        let mut values = HashMap::new();
        let mut prefixes = HashSet::new();
        for e in session.entries() {
            for (i, _) in e.placeholder.char_indices().skip(1) {
                prefixes.insert(e.placeholder[..i].to_string());
            }
            values.insert(e.placeholder.clone(), e.value.clone());
        }
        StreamRestorer {
            values,
            prefixes,
            pending: String::new(),
            input: Utf8Input::default(),
            finished: false,
        }
    }

    /// Add a chunk; returns the restored text that is now final (often empty). An unfinished
    /// UTF-8 character left by [`StreamRestorer::push_bytes`] becomes U+FFFD.
    pub fn push(&mut self, chunk: &str) -> String {
        let text = self.input.string(chunk);
        self.push_text(&text)
    }

    fn push_text(&mut self, text: &str) -> String {
        self.finished = false;
        self.pending.push_str(text);
        self.step(false)
    }

    /// [`StreamRestorer::push`] for bytes (see [`StreamRedactor::push_bytes`]).
    pub fn push_bytes(&mut self, chunk: &[u8]) -> Result<String> {
        let text = self.input.decode(chunk, false)?;
        Ok(self.push_text(&text))
    }

    /// [`StreamRestorer::push_bytes`] replacing invalid sequences with U+FFFD.
    pub fn push_bytes_lossy(&mut self, chunk: &[u8]) -> String {
        let text = self.input.decode(chunk, true).unwrap_or_default();
        self.push_text(&text)
    }

    /// End of the input: returns the rest of the restored text. The restorer can then take a
    /// new stream with the same placeholders.
    pub fn finish(&mut self) -> String {
        let tail = self.input.finish(true).unwrap_or_default();
        self.pending.push_str(tail);
        let out = self.step(true);
        self.finished = true;
        self.input = Utf8Input::default();
        out
    }

    /// [`StreamRestorer::finish`], failing (without finishing) when the input ended inside a
    /// UTF-8 character.
    pub fn finish_bytes(&mut self) -> Result<String> {
        self.input.finish(false)?;
        Ok(self.finish())
    }

    /// Input bytes received but not emitted yet (the current hold-back).
    pub fn pending(&self) -> usize {
        self.pending.len() + self.input.held.len()
    }

    /// The same scan as `Session::restore`, stopping at the first `<` whose outcome needs
    /// more text.
    fn step(&mut self, last: bool) -> String {
        let text = self.pending.as_str();
        let bytes = text.as_bytes();
        let mut out = String::new();
        let mut last_copied = 0;
        let mut pos = 0;
        let mut cut = text.len();
        while let Some(i) = memchr::memchr(b'<', &bytes[pos..]) {
            let open = pos + i;
            pos = open + 1;
            let window_end = bytes.len().min(open + PLACEHOLDER_WINDOW);
            let Some(close) = memchr::memchr(b'>', &bytes[open..window_end]) else {
                if !last
                    && open + PLACEHOLDER_WINDOW > bytes.len()
                    && self.prefixes.contains(&text[open..])
                {
                    cut = open;
                    break;
                }
                continue;
            };
            if let Some(v) = self.values.get(&text[open..open + close + 1]) {
                out.push_str(&text[last_copied..open]);
                out.push_str(v);
                last_copied = open + close + 1;
                pos = last_copied;
            }
        }
        out.push_str(&text[last_copied..cut]);
        self.pending.drain(..cut);
        out
    }
}

impl Engine {
    /// A [`StreamRedactor`] with this engine's policy (operators and numbering as
    /// [`Engine::redact`]; the prompt guard does not run on streams: guard the whole answer).
    pub fn stream_redact(&self) -> StreamRedactor {
        StreamRedactor::new(self)
    }
}

impl Session {
    /// A [`StreamRestorer`] for this session's placeholders as they are now (an answer can
    /// only mention placeholders that were sent before it).
    pub fn stream_restore(&self) -> StreamRestorer {
        StreamRestorer::new(self)
    }
}

#[cfg(test)]
mod tests;
