//! Signals read from the raw text: chat-template and role spoofing, hidden text, data-carrying
//! links, canary leaks, and the encoded spans that are decoded and read again.

use super::{Kind, Signal};
use crate::validate::entropy::shannon_entropy;
use aho_corasick::{AhoCorasick, MatchKind};
use sha2::{Digest, Sha256};
use std::sync::{Arc, OnceLock};

fn sig(kind: Kind, rule: &'static str, start: usize, end: usize, score: f64) -> Signal {
    Signal {
        kind,
        rule: Arc::from(rule),
        start,
        end,
        score,
    }
}

/// The structural rules: (rule id, entity type, description).
pub(crate) const STRUCTURAL: &[(&str, &str, &str)] = &[
    (
        "chat_template",
        super::PROMPT_INJECTION,
        "chat-template or role tokens of model families in the text",
    ),
    (
        "role_spoof",
        super::PROMPT_INJECTION,
        "a line or JSON message that claims the system role",
    ),
    (
        "fake_turn",
        super::PROMPT_INJECTION,
        "a line that opens a fake assistant turn",
    ),
    (
        "many_shot",
        super::PROMPT_INJECTION,
        "many fake user/assistant turns (many-shot jailbreak)",
    ),
    (
        "invisible_tags",
        super::INVISIBLE_TEXT,
        "Unicode tag characters (hidden ASCII)",
    ),
    (
        "invisible_selectors",
        super::INVISIBLE_TEXT,
        "a run of variation selectors (hidden bytes)",
    ),
    (
        "bidi_override",
        super::INVISIBLE_TEXT,
        "bidi embedding or override controls",
    ),
    (
        "zero_width",
        super::INVISIBLE_TEXT,
        "a run of zero-width characters",
    ),
    (
        "markdown_image",
        super::EXFILTRATION_LINK,
        "an image link to a host not allowed that carries data",
    ),
    (
        "data_link",
        super::EXFILTRATION_LINK,
        "a link to a host not allowed that carries data",
    ),
    (
        "canary",
        super::CANARY_LEAK,
        "a canary token of this engine",
    ),
];

/// Chat-template tokens of common model families: never part of a user's own words.
const TEMPLATE_TOKENS: &[&str] = &[
    "<|im_start|>",
    "<|im_end|>",
    "<|im_sep|>",
    "<|system|>",
    "<|user|>",
    "<|assistant|>",
    "<|endoftext|>",
    "<|eot_id|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|begin_of_text|>",
    "<|channel|>",
    "<|message|>",
    "<|end|>",
    "[inst]",
    "[/inst]",
    "<<sys>>",
    "<</sys>>",
    "<start_of_turn>",
    "<end_of_turn>",
    "<|prompt|>",
    "<|answer|>",
];

/// Role markers that spoof a turn when they open a line.
const ROLE_LINES: &[(&str, &str, f64)] = &[
    ("### system", "role_spoof", 0.6),
    ("### instruction", "role_spoof", 0.5),
    ("### assistant", "role_spoof", 0.5),
    ("system:", "role_spoof", 0.55),
    ("[system]", "role_spoof", 0.6),
    ("<system>", "role_spoof", 0.6),
    ("</system>", "role_spoof", 0.6),
    ("system prompt:", "role_spoof", 0.55),
    ("assistant:", "fake_turn", 0.45),
    ("ai:", "fake_turn", 0.0),
    ("user:", "fake_turn", 0.0),
    ("human:", "fake_turn", 0.0),
];

/// JSON chat messages that claim the system role.
const ROLE_JSON: &[&str] = &[
    "\"role\": \"system\"",
    "\"role\":\"system\"",
    "'role': 'system'",
    "\"role\": \"developer\"",
    "\"role\":\"developer\"",
];

struct StructAc {
    ac: AhoCorasick,
    n_tokens: usize,
    n_roles: usize,
}

fn struct_ac() -> &'static StructAc {
    static AC: OnceLock<StructAc> = OnceLock::new();
    AC.get_or_init(|| {
        let mut pats: Vec<&str> = TEMPLATE_TOKENS.to_vec();
        pats.extend(ROLE_LINES.iter().map(|r| r.0));
        pats.extend(ROLE_JSON.iter().copied());
        StructAc {
            ac: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&pats)
                .expect("static patterns compile"),
            n_tokens: TEMPLATE_TOKENS.len(),
            n_roles: ROLE_LINES.len(),
        }
    })
}

/// The char boundary at or before `at`.
fn floor(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether `at` opens a line (only spaces, `#`, `*` or `>` before it on its line).
fn at_line_start(text: &str, at: usize) -> bool {
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line..at]
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'*' | b'>' | b'-'))
}

/// Chat-template tokens, spoofed role lines and many-shot fake dialogue.
pub(crate) fn structure(text: &str, out: &mut Vec<Signal>) {
    let b = text.as_bytes();
    if memchr::memchr3(b'<', b'[', b':', b).is_none() && memchr::memchr(b'#', b).is_none() {
        return;
    }
    let sa = struct_ac();
    let (mut user_turns, mut bot_turns) = (0usize, 0usize);
    let (mut first_turn, mut last_turn) = (usize::MAX, 0usize);
    for m in sa.ac.find_iter(text) {
        let p = m.pattern().as_usize();
        if p < sa.n_tokens {
            out.push(sig(
                Kind::Injection,
                "chat_template",
                m.start(),
                m.end(),
                0.75,
            ));
        } else if p < sa.n_tokens + sa.n_roles {
            if !at_line_start(text, m.start()) {
                continue;
            }
            let (pat, rule, score) = ROLE_LINES[p - sa.n_tokens];
            match pat {
                "user:" | "human:" => user_turns += 1,
                "assistant:" | "ai:" => bot_turns += 1,
                _ => {}
            }
            if matches!(pat, "user:" | "human:" | "assistant:" | "ai:") {
                first_turn = first_turn.min(m.start());
                last_turn = last_turn.max(m.end());
            }
            if score > 0.0 {
                out.push(sig(Kind::Injection, rule, m.start(), m.end(), score));
            }
        } else {
            // Role JSON is common in code that builds chat requests: a weak signal alone.
            out.push(sig(Kind::Injection, "role_spoof", m.start(), m.end(), 0.45));
        }
    }
    if user_turns >= 5 && bot_turns >= 5 {
        out.push(sig(
            Kind::Injection,
            "many_shot",
            first_turn,
            last_turn,
            0.6,
        ));
    }
}

/// Hidden-text channels: tag characters, variation-selector runs, bidi overrides, zero-width
/// runs. ZWJ inside emoji sequences, ZWNJ/ZWJ in scripts that use them, a single variation
/// selector after a character, and subdivision flag tags are not hidden text.
pub(crate) fn invisible(text: &str, out: &mut Vec<Signal>) {
    let mut prev: char = ' ';
    let mut run: Option<(usize, usize, &'static str, usize)> = None; // start, end, rule, count
    let flush = |run: &mut Option<(usize, usize, &'static str, usize)>, out: &mut Vec<Signal>| {
        if let Some((s, e, rule, n)) = run.take() {
            let score = match rule {
                "invisible_tags" if n >= 2 => 0.9,
                "invisible_selectors" if n >= 4 => 0.8,
                "bidi_override" => 0.5,
                "zero_width" if n >= 3 => 0.45,
                _ => 0.0,
            };
            if score > 0.0 {
                out.push(sig(Kind::Invisible, rule, s, e, score));
            }
        }
    };
    let mut in_flag = false;
    for (i, c) in text.char_indices() {
        let rule: Option<&'static str> = match c {
            '\u{E0001}' | '\u{E0020}'..='\u{E007F}' => {
                if prev == '\u{1F3F4}' {
                    in_flag = true;
                }
                if in_flag {
                    if c == '\u{E007F}' {
                        in_flag = false;
                    }
                    None
                } else {
                    Some("invisible_tags")
                }
            }
            '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => Some("invisible_selectors"),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some("bidi_override"),
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' => Some("zero_width"),
            '\u{200C}' | '\u{200D}' => {
                // Joiners belong in emoji sequences and in scripts that shape with them.
                let legit = is_emoji(prev) || joins_script(prev);
                (!legit).then_some("zero_width")
            }
            _ => None,
        };
        match (rule, run.as_mut()) {
            (Some(r), Some(cur)) if cur.2 == r => {
                cur.1 = i + c.len_utf8();
                cur.3 += 1;
            }
            (Some(r), _) => {
                flush(&mut run, out);
                run = Some((i, i + c.len_utf8(), r, 1));
            }
            (None, _) => {
                // Letters between zero-width characters keep a zero-width run going
                // ("ig\u200Bno\u200Bre"): count them over a short stretch.
                if let Some(cur) = run.as_ref()
                    && cur.2 == "zero_width"
                    && c.is_alphanumeric()
                    && i - cur.1 <= 8
                {
                } else {
                    flush(&mut run, out);
                }
            }
        }
        if !matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0020}'..='\u{E007F}') {
            prev = c;
        }
    }
    flush(&mut run, out);
}

fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2190}'..='\u{21FF}'
        | '\u{2B00}'..='\u{2BFF}' | '\u{FE0F}')
}

fn joins_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0900}'..='\u{0DFF}'
        | '\u{0590}'..='\u{05FF}' | '\u{0F00}'..='\u{0FFF}' | '\u{1780}'..='\u{17FF}')
}

/// Markdown and HTML links and images that carry data to a host not allowed: high-entropy
/// path or query parts, session values or placeholders, canaries, or template slots.
pub(crate) fn links(
    text: &str,
    allow_hosts: &[String],
    values: &[&str],
    key: &[u8],
    out: &mut Vec<Signal>,
) {
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"://").is_none() {
        return;
    }
    let mut at = 0;
    while let Some(i) = memchr::memmem::find(&b[at..], b"://") {
        let sep = at + i;
        at = sep + 3;
        // Scheme: letters right before "://".
        let mut s = sep;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        let scheme = text[s..sep].to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            continue;
        }
        let url_end = |mut e: usize| {
            while e < b.len()
                && !matches!(
                    b[e],
                    b' ' | b'\n' | b'\t' | b')' | b'"' | b'\'' | b'>' | b'<'
                )
            {
                e += 1;
            }
            e
        };
        let mut e = url_end(at);
        // A raw placeholder inside the URL (`?u=<EMAIL_ADDRESS_1>`) is part of it.
        while e < b.len() && b[e] == b'<' {
            let Some(close) = b[e..b.len().min(e + 64)].iter().position(|&c| c == b'>') else {
                break;
            };
            if !placeholder_like(&text[e..e + close + 1]) {
                break;
            }
            e = url_end(e + close + 1);
        }
        let url = &text[s..e];
        let rest = &text[sep + 3..e];
        let host_end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
        let host = rest[..host_end].to_ascii_lowercase();
        if allow_hosts.iter().any(|h| {
            let h = h.to_ascii_lowercase();
            host == h || host.ends_with(&format!(".{h}"))
        }) {
            continue;
        }
        // What embeds it: a markdown image `![..](`, a markdown link `](`, or HTML.
        let before = &text[..s];
        let image = before.ends_with("](") && {
            let open = before[..before.len() - 2].rfind('[');
            open.is_some_and(|o| o > 0 && b[o - 1] == b'!')
        } || {
            let tail = &before[floor(before, before.len().saturating_sub(64))..];
            let low = tail.to_ascii_lowercase();
            low.contains("<img") && low.trim_end_matches(['"', '\'']).ends_with("src=")
        };
        let link = !image
            && (before.ends_with("](") || {
                let low =
                    before[floor(before, before.len().saturating_sub(16))..].to_ascii_lowercase();
                low.trim_end_matches(['"', '\'']).ends_with("href=")
            });
        let data = carries_data(&rest[host_end..], values, key);
        let score = match (image, link, data) {
            (true, _, true) => 0.85,
            (false, true, true) => 0.65,
            (false, false, true) => 0.45,
            _ => 0.0,
        };
        if score > 0.0 {
            out.push(sig(
                Kind::Exfiltration,
                if image { "markdown_image" } else { "data_link" },
                s,
                s + url.len(),
                score,
            ));
        }
        at = e.max(at);
    }
}

/// Whether a URL's path and query carry data: a high-entropy part, a session value or
/// placeholder, a canary, or a template slot for the model to fill.
fn carries_data(path: &str, values: &[&str], key: &[u8]) -> bool {
    if path.len() < 2 {
        return false;
    }
    let decoded = percent_decode(path).unwrap_or_else(|| path.to_string());
    if values.iter().any(|v| v.len() >= 4 && decoded.contains(v)) {
        return true;
    }
    if placeholder_like(&decoded) || !find_canaries(&decoded.to_ascii_lowercase(), key).is_empty() {
        return true;
    }
    let slot = [
        "{",
        "[data",
        "[conversation",
        "$data",
        "<data",
        "[insert",
        "[summary",
        "[secret",
        "{{",
    ];
    let low = decoded.to_ascii_lowercase();
    if slot.iter().any(|s| low.contains(s)) {
        return true;
    }
    decoded
        .split(['/', '?', '&', '=', '#', ';', ',', '+'])
        .any(|part| part.len() >= 24 && shannon_entropy(part.as_bytes()) >= 3.5)
}

/// `<TYPE_N>` placeholders as veil writes them.
fn placeholder_like(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(j) = memchr::memchr(b'<', &b[i..]) {
        let st = i + j + 1;
        let mut k = st;
        while k < b.len() && (b[k].is_ascii_uppercase() || b[k] == b'_' || b[k].is_ascii_digit()) {
            k += 1;
        }
        if k < b.len() && b[k] == b'>' && k - st >= 3 && b[k - 1].is_ascii_digit() {
            return true;
        }
        i = st;
    }
    false
}

/// The canary prefix. A canary is `cnry` + 8 hex nonce + 12 hex MAC.
const CANARY_PREFIX: &str = "cnry";
const CANARY_LEN: usize = 24;

fn canary_mac(key: &[u8], nonce: &str) -> String {
    let mac = crate::redact::keyed_hash(key, "veil-canary", nonce);
    mac[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh canary token for `key`: embed it in a system prompt; a scan finds it in answers.
pub fn canary_token(key: &[u8]) -> String {
    let mut nonce = [0u8; 4];
    if getrandom::fill(&mut nonce).is_err() {
        // No randomness: derive a nonce from the time (still verifiable, only less unique).
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let h = Sha256::digest(t.to_le_bytes());
        nonce.copy_from_slice(&h[..4]);
    }
    let nonce: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
    format!("{CANARY_PREFIX}{nonce}{}", canary_mac(key, &nonce))
}

/// Offsets (in `compact`) of verified canaries.
fn find_canaries(compact: &str, key: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = compact[from..].find(CANARY_PREFIX) {
        let s = from + i;
        from = s + 1;
        let body = compact.get(s + 4..s + CANARY_LEN);
        if let Some(body) = body
            && body.bytes().all(|c| c.is_ascii_hexdigit())
            && canary_mac(key, &body[..8]) == body[8..]
        {
            found.push(s);
        }
    }
    found
}

/// Leaked canaries, also split by spaces, punctuation or invisible characters, or fullwidth.
pub(crate) fn canaries(text: &str, obfuscated: bool, key: &[u8], out: &mut Vec<Signal>) {
    let b = text.as_bytes();
    let plain = memchr::memmem::find_iter(b, b"cnry").next().is_some()
        || memchr::memmem::find_iter(b, b"CNRY").next().is_some();
    if !plain && !obfuscated {
        return;
    }
    // Compact view: lower-case ASCII letters and digits only, with their original offsets.
    let mut compact = String::with_capacity(text.len());
    let mut map: Vec<usize> = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_lowercase());
            map.push(i);
        }
    }
    for s in find_canaries(&compact, key) {
        let start = map[s];
        let last = map[s + CANARY_LEN - 1];
        let end = last + text[last..].chars().next().map_or(1, char::len_utf8);
        out.push(sig(Kind::Canary, "canary", start, end, 1.0));
    }
}

/// Spans worth decoding: base64 (standard or URL-safe), hex, percent-encoding, tag-character
/// and variation-selector payloads. Returns (start, end, decoded text) for each span whose
/// decoding is valid UTF-8 and mostly printable. `runs`: whether the text may hold 16 bytes
/// of the base64 alphabet in a row (false skips looking for them).
pub(crate) fn decoded_spans(text: &str, runs: bool) -> Vec<(usize, usize, String)> {
    const MIN: usize = 16;
    const MAX: usize = 64 * 1024;
    const MAX_SPANS: usize = 32;
    let mut out = Vec::new();
    let b = text.as_bytes();
    // Runs of base64 / hex alphabet. A run of 16 or more holds an aligned 8-byte block of
    // the alphabet: look for those first, then extend to the whole run.
    let mut blk = 0;
    while runs && blk + 8 <= b.len() && out.len() < MAX_SPANS {
        if !b[blk..blk + 8].iter().all(|&c| is_b64(c)) {
            blk += 8;
            continue;
        }
        let mut s = blk;
        while s > 0 && is_b64(b[s - 1]) {
            s -= 1;
        }
        let mut i = blk + 8;
        while i < b.len() && (is_b64(b[i]) || b[i] == b'=') {
            i += 1;
        }
        blk = (i + 7) & !7;
        let run = &text[s..i];
        if run.len() < MIN || run.len() > MAX {
            continue;
        }
        let letters = run.bytes().filter(u8::is_ascii_alphabetic).count();
        let hex = run.len() % 2 == 0 && run.bytes().all(|c| c.is_ascii_hexdigit());
        let decoded = if hex {
            hex_decode(run)
        } else if run
            .bytes()
            .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            && letters > 0
        {
            base64_decode(run.trim_end_matches('='))
        } else {
            None
        };
        if let Some(d) = decoded.and_then(printable) {
            out.push((s, i, d));
        }
    }
    // Percent-encoding: a run holding at least three %XX escapes.
    let mut from = 0;
    while let Some(j) = memchr::memchr(b'%', &b[from..]) {
        let p = from + j;
        let mut s = p;
        while s > 0 && !matches!(b[s - 1], b' ' | b'\n' | b'\t' | b'"' | b'(' | b'\'') {
            s -= 1;
        }
        let mut e = p;
        while e < b.len() && !matches!(b[e], b' ' | b'\n' | b'\t' | b'"' | b')' | b'\'') {
            e += 1;
        }
        from = e.max(p + 1);
        let run = &text[s..e];
        if run.matches('%').count() >= 3
            && run.len() <= MAX
            && let Some(d) = percent_decode(run).and_then(|d| printable(d.into_bytes()))
        {
            out.push((s, e, d));
        }
        if out.len() >= MAX_SPANS {
            break;
        }
    }
    // Tag characters and variation-selector payloads.
    if !text.is_ascii() {
        let mut tags = String::new();
        let mut vs: Vec<u8> = Vec::new();
        let (mut ts, mut te, mut vss, mut vse) = (usize::MAX, 0, usize::MAX, 0);
        for (i, c) in text.char_indices() {
            match c {
                '\u{E0020}'..='\u{E007E}' => {
                    tags.push(char::from_u32(c as u32 - 0xE0000).unwrap_or(' '));
                    ts = ts.min(i);
                    te = i + c.len_utf8();
                }
                '\u{FE00}'..='\u{FE0F}' => {
                    vs.push((c as u32 - 0xFE00) as u8);
                    vss = vss.min(i);
                    vse = i + c.len_utf8();
                }
                '\u{E0100}'..='\u{E01EF}' => {
                    vs.push((c as u32 - 0xE0100 + 16) as u8);
                    vss = vss.min(i);
                    vse = i + c.len_utf8();
                }
                _ => {}
            }
        }
        if tags.len() >= 4 {
            out.push((ts, te, tags));
        }
        if vs.len() >= 4
            && let Ok(s) = String::from_utf8(vs)
            && let Some(s) = printable(s.into_bytes())
        {
            out.push((vss, vse, s));
        }
    }
    out
}

fn is_b64(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_')
}

/// Keeps a decoding that is UTF-8 and mostly printable text with some letters.
fn printable(bytes: Vec<u8>) -> Option<String> {
    let s = String::from_utf8(bytes).ok()?;
    let n = s.chars().count();
    if n < 6 {
        return None;
    }
    let ok = s
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t' | '\r'))
        .count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let spaces = s.chars().filter(|c| c.is_whitespace()).count();
    (ok * 100 >= n * 95 && letters * 2 >= n && spaces > 0).then_some(s)
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    (0..b.len())
        .step_by(2)
        .map(|i| {
            let h = (b[i] as char).to_digit(16)?;
            let l = (b[i + 1] as char).to_digit(16)?;
            Some((h * 16 + l) as u8)
        })
        .collect()
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = (b[i + 1] as char).to_digit(16);
            let l = (b[i + 2] as char).to_digit(16);
            if let (Some(h), Some(l)) = (h, l) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoders() {
        assert_eq!(base64_decode("aGVsbG8gd29ybGQ").unwrap(), b"hello world");
        assert_eq!(hex_decode("68656c6c6f").unwrap(), b"hello");
        assert_eq!(percent_decode("a%20b%2Fc").unwrap(), "a b/c");
        assert_eq!(percent_decode("100%").unwrap(), "100%");
    }

    #[test]
    fn canary_roundtrip() {
        let key = b"k";
        let t = canary_token(key);
        assert_eq!(t.len(), CANARY_LEN);
        assert_eq!(find_canaries(&t, key), vec![0]);
        assert!(find_canaries(&t, b"other").is_empty());
    }
}
