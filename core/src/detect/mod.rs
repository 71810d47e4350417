//! Candidate search and matching: the heart of the engine.
//!
//! One pass finds candidates; a rule's DFA runs only where its anchor fired:
//! * **keywords** — every keyword of every keyword-anchored rule is in one Aho-Corasick
//!   automaton (literal prefixes such as `sk-proj-`, `AKIA`, `ghp_`, `-----BEGIN`);
//! * **trigger bytes** — one vectorized scan for digits (phones, cards, IDs, IBANs, IPv4), `@`
//!   (emails), `:` (IPv6, `key: value`) and `=` (`key = value`).
//!
//! At each candidate the rule's anchored DFA (`MatchKind::All`) yields every possible end; ends
//! are tried longest first (or shortest, for PEM blocks) against the boundary, validator,
//! entropy floor, placeholder filter and context words. The first that passes is the match.

mod dfa_build;
pub mod pack;
mod prebuilt;
pub(crate) mod rule;
mod triggers;

use crate::validate::{entropy, placeholder};
use aho_corasick::{AhoCorasick, MatchKind as AcMatchKind};
pub(crate) use rule::{Anchor, Boundary, Rule, Walk};
use triggers::Triggers;

/// A match before it becomes a public [`crate::Finding`]: rule index and byte span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Hit {
    pub rule: u32,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// A dictionary of deny-list terms (all lists share one automaton per case mode).
#[derive(Debug)]
pub(crate) struct DenyMatcher {
    pub ac: AhoCorasick,
    /// Pattern id → (rule slot, whole_word, score).
    pub targets: Vec<(u32, bool, f64)>,
    /// The terms (for a stream's unfinished-tail check) and whether case is ignored.
    pub terms: Vec<String>,
    pub ignore_case: bool,
}

/// Every compiled rule and the automata that find their candidates. Immutable after build.
#[derive(Debug)]
pub(crate) struct Detector {
    pub rules: Vec<Rule>,
    keywords: Option<(AhoCorasick, Vec<Vec<u32>>)>,
    keywords_ci: Option<(AhoCorasick, Vec<Vec<u32>>)>,
    /// First byte → digit-anchored rules that can start with it, with their `min_digits`.
    digit_by_byte: Vec<Vec<(u32, usize, usize)>>,
    email_rules: Vec<u32>,
    assign_rules: Vec<u32>,
    ipv6_rules: Vec<u32>,
    min_digits: usize,
    /// The fewest digits any rule that can start with a digit needs.
    min_digits_at_digit: usize,
    /// The most digits any digit rule needs before it is tried.
    max_min_digits: usize,
    /// The longest match of a keyword rule that reports only the value after its keyword.
    pub span_reach: usize,
    /// Length of the longest keyword (the overlap needed between search blocks).
    max_keyword_len: usize,
    triggers: Triggers,
    pub deny: Vec<DenyMatcher>,
    /// Number of rule slots that are real rules; deny lists' pseudo-rules come after.
    pub rule_count: usize,
    /// Literal prefixes for a stream's unfinished-tail check, built on first use.
    prefixes: std::sync::OnceLock<Vec<Prefixes>>,
}

/// A set of literals (lowercased when case is ignored), sorted, for a stream's question "could
/// the text's tail still grow into one of them?".
#[derive(Debug)]
struct Prefixes {
    sorted: Vec<Vec<u8>>,
    /// Bytes a literal can start with.
    first: [bool; 256],
    /// Bitset of the first two bytes of every literal (both cases when case is ignored).
    pairs: Box<[u64; 1024]>,
    ignore_case: bool,
    longest: usize,
}

impl Prefixes {
    fn new<'a>(literals: impl Iterator<Item = &'a str>, ignore_case: bool) -> Prefixes {
        let mut sorted: Vec<Vec<u8>> = literals
            .map(|l| {
                let mut b = l.as_bytes().to_vec();
                if ignore_case {
                    b.make_ascii_lowercase();
                }
                b
            })
            .filter(|b| !b.is_empty())
            .collect();
        sorted.sort_unstable();
        sorted.dedup();
        let mut first = [false; 256];
        let mut pairs = Box::new([0u64; 1024]);
        for b in &sorted {
            let firsts = if ignore_case {
                vec![b[0], b[0].to_ascii_uppercase()]
            } else {
                vec![b[0]]
            };
            for &f in &firsts {
                first[f as usize] = true;
                if let Some(&second) = b.get(1) {
                    let seconds = if ignore_case {
                        vec![second, second.to_ascii_uppercase()]
                    } else {
                        vec![second]
                    };
                    for sec in seconds {
                        let i = (f as usize) << 8 | sec as usize;
                        pairs[i >> 6] |= 1 << (i & 63);
                    }
                }
            }
        }
        Prefixes {
            pairs,
            longest: sorted.iter().map(Vec::len).max().unwrap_or(0),
            sorted,
            first,
            ignore_case,
        }
    }

    /// Start of the longest tail of `hay` that is a proper prefix of a literal.
    fn tail_start(&self, hay: &[u8]) -> Option<usize> {
        let mut buf = [0u8; 64];
        let len = hay.len();
        for i in len.saturating_sub(self.longest.saturating_sub(1))..len {
            if !self.first[hay[i] as usize] {
                continue;
            }
            if let Some(&second) = hay.get(i + 1) {
                let p = (hay[i] as usize) << 8 | second as usize;
                if self.pairs[p >> 6] & (1 << (p & 63)) == 0 {
                    continue;
                }
            }
            let tail = &hay[i..];
            let tail: &[u8] = if self.ignore_case && tail.len() <= buf.len() {
                let b = &mut buf[..tail.len()];
                b.copy_from_slice(tail);
                b.make_ascii_lowercase();
                b
            } else {
                tail
            };
            let j = self.sorted.partition_point(|t| t.as_slice() < tail);
            if self.sorted[j..]
                .iter()
                .take_while(|t| t.starts_with(tail))
                .any(|t| t.len() > tail.len())
            {
                return Some(i);
            }
        }
        None
    }
}

impl Detector {
    pub fn new(
        rules: Vec<Rule>,
        deny: Vec<DenyMatcher>,
        rule_count: usize,
    ) -> crate::Result<Detector> {
        let mut kw: (Vec<String>, Vec<Vec<u32>>) = (vec![], vec![]);
        let mut kw_ci: (Vec<String>, Vec<Vec<u32>>) = (vec![], vec![]);
        let mut digit_rules = vec![];
        let mut email_rules = vec![];
        let mut assign_rules = vec![];
        let mut ipv6_rules = vec![];
        for (i, r) in rules.iter().enumerate().take(rule_count) {
            let i = i as u32;
            match r.anchor {
                Anchor::Keyword => {
                    let (pats, targets) = if r.keywords_ignore_case {
                        &mut kw_ci
                    } else {
                        &mut kw
                    };
                    for k in &r.keywords {
                        let key = if r.keywords_ignore_case {
                            k.to_ascii_lowercase()
                        } else {
                            k.clone()
                        };
                        match pats.iter().position(|p| *p == key) {
                            Some(j) => {
                                if !targets[j].contains(&i) {
                                    targets[j].push(i)
                                }
                            }
                            None => {
                                pats.push(key);
                                targets.push(vec![i]);
                            }
                        }
                    }
                }
                Anchor::Digits => digit_rules.push(i),
                Anchor::Email => email_rules.push(i),
                Anchor::Assignment => assign_rules.push(i),
                Anchor::Ipv6 => ipv6_rules.push(i),
            }
        }
        let build = |(pats, targets): (Vec<String>, Vec<Vec<u32>>), ci: bool| -> crate::Result<_> {
            if pats.is_empty() {
                return Ok(None);
            }
            // A keyword that extends another (`sk-proj-` after `sk-`) adds nothing to finding
            // positions: drop it and let the shorter keyword run its rules (their DFAs check
            // the rest). Fewer literals keep the vectorized literal search fast.
            let (pats, mut targets) = absorb_extensions(pats, targets, ci);
            // Leftmost-longest reports only the longest keyword starting at a position, so each
            // keyword also carries the rules of every keyword that is a prefix of it (`sk-proj-`
            // runs the `sk-` rules too).
            let own = targets.clone();
            for (i, k) in pats.iter().enumerate() {
                for (j, other) in pats.iter().enumerate() {
                    let prefix = if ci {
                        k.len() > other.len()
                            && k.as_bytes()[..other.len()].eq_ignore_ascii_case(other.as_bytes())
                    } else {
                        k.len() > other.len() && k.starts_with(other.as_str())
                    };
                    if i != j && prefix {
                        for &r in &own[j] {
                            if !targets[i].contains(&r) {
                                targets[i].push(r);
                            }
                        }
                    }
                }
            }
            let ac = AhoCorasick::builder()
                .match_kind(AcMatchKind::LeftmostLongest)
                .ascii_case_insensitive(ci)
                .build(&pats)
                .map_err(|e| {
                    crate::Error::new(crate::ErrorKind::Rule, format!("keyword automaton: {e}"))
                })?;
            Ok(Some((ac, targets)))
        };
        let min_digits = digit_rules
            .iter()
            .map(|&i| rules[i as usize].min_digits.max(1))
            .min()
            .unwrap_or(usize::MAX);
        let triggers = Triggers {
            digits: !digit_rules.is_empty(),
            at: !email_rules.is_empty(),
            colon: !ipv6_rules.is_empty() || !assign_rules.is_empty(),
            equals: !assign_rules.is_empty(),
            avx2: Triggers::detect_avx2(),
        };
        let mut digit_by_byte = vec![Vec::new(); 256];
        for &r in &digit_rules {
            let rule = &rules[r as usize];
            for (b, list) in digit_by_byte.iter_mut().enumerate() {
                if rule.can_start_with(b as u8) {
                    list.push((r, rule.min_digits, rule.max_leading_digits));
                }
            }
        }
        for list in &mut digit_by_byte {
            list.sort_by_key(|&(r, min_digits, _)| (min_digits, r));
        }
        let span_reach = rules
            .iter()
            .filter(|r| r.span_value)
            .map(|r| r.max_len)
            .max()
            .unwrap_or(0);
        let max_min_digits = digit_rules
            .iter()
            .map(|&i| rules[i as usize].min_digits.max(1))
            .max()
            .unwrap_or(0);
        let min_digits_at_digit = (b'0'..=b'9')
            .filter_map(|b| digit_by_byte[b as usize].first().map(|e| e.1.max(1)))
            .min()
            .unwrap_or(usize::MAX);
        let max_keyword_len = rules
            .iter()
            .flat_map(|r| r.keywords.iter().map(String::len))
            .max()
            .unwrap_or(0);
        Ok(Detector {
            digit_by_byte,
            keywords: build(kw, false)?,
            keywords_ci: build(kw_ci, true)?,
            rules,
            email_rules,
            assign_rules,
            ipv6_rules,
            min_digits,
            min_digits_at_digit,
            max_min_digits,
            span_reach,
            max_keyword_len,
            triggers,
            deny,
            rule_count,
            prefixes: std::sync::OnceLock::new(),
        })
    }

    /// All validated hits in `hay`, unsorted and possibly overlapping.
    ///
    /// The text is searched in blocks of [`BLOCK`] bytes, every candidate search (keywords,
    /// trigger bytes) running over one block before the next, so each pass reads the block
    /// from cache instead of the whole text from memory. Rules still see the whole text: a
    /// match may run past the block it starts in.
    pub fn scan(&self, hay: &str, hits: &mut Vec<Hit>) {
        self.scan_from(hay, 0, hits, false, false);
    }

    /// [`Detector::scan`] for the unfinished text of a stream: candidates from `from` on (the
    /// text before it is left context), and the returned offset is where the results stop
    /// being final — the start of the first candidate whose outcome could change if more text
    /// followed (a pattern still alive at the end, a boundary or context check that would read
    /// past it, a tail that could still become a keyword, a deny term, an email's local part,
    /// an IPv6 address or a number). `hay.len()` when everything is final.
    ///
    /// With `clipped` (the text before `hay` exists but was left out), returns `None` when a
    /// check needed more of it: a context window reaching past the start of `hay` without
    /// finding its words. Offsets from the shorter left context are otherwise final (no other
    /// check looks back farther than [`Detector::STREAM_LEFT`] bytes).
    pub fn scan_open(
        &self,
        hay: &str,
        from: usize,
        clipped: bool,
        hits: &mut Vec<Hit>,
    ) -> Option<usize> {
        let (mut open, left_short) = self.scan_from(hay, from, hits, true, clipped);
        if left_short {
            return None;
        }
        open = open.min(self.open_tail(hay.as_bytes()));
        while !hay.is_char_boundary(open) {
            open -= 1;
        }
        Some(open.max(from))
    }

    /// The farthest any check but a context window looks left of a candidate's start (an
    /// email's local part: 64 bytes; an assignment's key: 8 blanks, a quote and 64 bytes).
    pub const STREAM_LEFT: usize = 80;

    fn scan_from(
        &self,
        hay: &str,
        from: usize,
        hits: &mut Vec<Hit>,
        track: bool,
        clipped: bool,
    ) -> (usize, bool) {
        let bytes = hay.as_bytes();
        let mut s = Scan {
            det: self,
            hay: bytes,
            hits,
            ends: Vec::new(),
            exhausted: Vec::new(),
            // A rule that reports only the value after its keyword may have its keyword
            // before `from`.
            kw_pos: [from.saturating_sub(self.span_reach); 2],
            trig: TriggerState {
                // An assignment operator shortly before `from` (then up to 8 blanks and a
                // quote) still starts a value after it.
                pos: from.saturating_sub(ASSIGNMENT_REACH),
                ..TriggerState::default()
            },
            cursor: triggers::Cursor::new(self.triggers, bytes),
            track,
            from,
            clipped,
            left_short: std::cell::Cell::new(false),
            open: bytes.len(),
        };
        let mut block_start = from;
        while block_start < bytes.len() {
            let block_end = bytes.len().min(block_start + BLOCK);
            s.keywords(block_end);
            s.triggers(block_end);
            block_start = block_end;
        }
        s.deny(from);
        (s.open, s.left_short.get())
    }

    /// The earliest start of an unfinished tail that more text could turn into a candidate.
    fn open_tail(&self, hay: &[u8]) -> usize {
        let len = hay.len();
        let mut open = len;
        let prefixes = self.prefixes.get_or_init(|| {
            let mut v = Vec::new();
            for ci in [false, true] {
                v.push(Prefixes::new(
                    self.rules
                        .iter()
                        .take(self.rule_count)
                        .filter(|r| r.anchor == Anchor::Keyword && r.keywords_ignore_case == ci)
                        .flat_map(|r| r.keywords.iter().map(String::as_str)),
                    ci,
                ));
            }
            for d in &self.deny {
                v.push(Prefixes::new(
                    d.terms.iter().map(String::as_str),
                    d.ignore_case,
                ));
            }
            v
        });
        for p in prefixes {
            if let Some(s) = p.tail_start(hay) {
                open = open.min(s);
            }
        }
        let run_start = |ok: &dyn Fn(u8) -> bool, max: usize| {
            let mut s = len;
            while s > 0 && len - s < max && ok(hay[s - 1]) {
                s -= 1;
            }
            s
        };
        if !self.email_rules.is_empty() {
            open = open.min(run_start(&is_email_local, 64));
        }
        if !self.ipv6_rules.is_empty() {
            open = open.min(run_start(
                &|b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.',
                45,
            ));
        }
        if self.triggers.digits {
            // A `+`, `(` or two capitals that a number may still follow.
            open = open.min(run_start(
                &|b: u8| b == b'+' || b == b'(' || b.is_ascii_uppercase(),
                3,
            ));
        }
        open
    }
}

/// How far after its `=` or `:` an assignment's value may start.
const ASSIGNMENT_REACH: usize = 11;

/// Bytes searched per block (fits the L2 cache with room to spare).
const BLOCK: usize = 64 * 1024;

/// The trigger loop's position and bookkeeping, kept across blocks.
#[derive(Debug, Default)]
struct TriggerState {
    pos: usize,
    /// End of the current digit chunk and the digits left in it from the current run on.
    chunk_end: usize,
    chunk_digits_left: usize,
    digits_skip_until: usize,
    last_ipv6_start: Option<usize>,
    ipv6_skip_until: usize,
}

struct Scan<'a> {
    det: &'a Detector,
    hay: &'a [u8],
    hits: &'a mut Vec<Hit>,
    ends: Vec<usize>,
    /// Per rule: end of a window walked to its limit without the pattern failing.
    exhausted: Vec<usize>,
    /// Where each keyword automaton (case-sensitive, case-insensitive) resumes.
    kw_pos: [usize; 2],
    trig: TriggerState,
    cursor: triggers::Cursor<'a>,
    /// Whether to track `open` (streams only).
    track: bool,
    /// Where a stream's candidates start (0 for a whole text).
    from: usize,
    /// Whether text before `hay` exists (a stream's shortened left context).
    clipped: bool,
    /// Set when a context window needed text before `hay` (see `Detector::scan_open`).
    left_short: std::cell::Cell<bool>,
    /// Start of the first candidate whose outcome is not final (see `Detector::scan_open`).
    open: usize,
}

#[inline]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Scan<'_> {
    /// Keyword matches starting before `block_end`.
    fn keywords(&mut self, block_end: usize) {
        let det = self.det;
        let len = self.hay.len();
        for (i, entry) in [&det.keywords, &det.keywords_ci].into_iter().enumerate() {
            let Some((ac, targets)) = entry else { continue };
            // A keyword starting before block_end must fit in the searched span.
            let span_end = len.min(block_end + det.max_keyword_len);
            while self.kw_pos[i] < block_end {
                let input = aho_corasick::Input::new(self.hay).span(self.kw_pos[i]..span_end);
                let Some(m) = ac.find(input) else {
                    self.kw_pos[i] = block_end;
                    break;
                };
                if m.start() >= block_end {
                    self.kw_pos[i] = m.start();
                    break;
                }
                // Resume one byte after the match start (not its end), so a keyword starting
                // inside another keyword's match is still seen.
                self.kw_pos[i] = m.start() + 1;
                for &r in &targets[m.pattern().as_usize()] {
                    // Before a stream's `from`, only rules that report the value after their
                    // keyword can still report something at or after it.
                    if m.start() < self.from && !det.rules[r as usize].span_value {
                        continue;
                    }
                    self.try_rule(r, m.start(), None);
                }
            }
        }
    }

    /// Trigger bytes (digits, `@`, `:`, `=`) before `block_end`.
    fn triggers(&mut self, block_end: usize) {
        if !self.det.triggers.any() {
            return;
        }
        let hay = self.hay;
        loop {
            let Some(p) = self.cursor.next_from(self.trig.pos) else {
                self.trig.pos = hay.len();
                return;
            };
            if p >= block_end {
                self.trig.pos = p;
                return;
            }
            let b = hay[p];
            if b.is_ascii_digit() {
                let run_end = p + self.cursor.digit_run_at(p);
                self.trig.pos = run_end;
                if p > 0 && hay[p - 1].is_ascii_digit() {
                    continue;
                }
                let t = &mut self.trig;
                if p >= t.chunk_end {
                    // Most numbers in prose stand alone: only walk the chunk when a separator
                    // follows the run.
                    let is_sep = |c: &u8| matches!(c, b' ' | b'-' | b'.' | b'/' | b'(' | b')');
                    let sep_follows = hay.get(run_end).is_some_and(is_sep)
                        && hay
                            .get(run_end + 1)
                            .is_some_and(|c| c.is_ascii_digit() || is_sep(c));
                    (t.chunk_end, t.chunk_digits_left) = if sep_follows {
                        digit_chunk(hay, p)
                    } else {
                        (run_end, run_end - p)
                    };
                }
                if self.track
                    && t.chunk_end + 4 >= hay.len()
                    && t.chunk_digits_left < self.det.max_min_digits
                {
                    // The number may go on (or gain digits) past the end of the text.
                    self.open = self.open.min(p.saturating_sub(2));
                }
                let left = t.chunk_digits_left;
                t.chunk_digits_left = t.chunk_digits_left.saturating_sub(run_end - p);
                // Rules starting at a `+`, `(` or capital letters glued before the run may need
                // fewer digits than rules starting at the digit itself.
                let prefixed = p > 0 && matches!(hay[p - 1], b'+' | b'(' | b'A'..=b'Z');
                let need = if prefixed {
                    self.det.min_digits
                } else {
                    self.det.min_digits_at_digit
                };
                if p < t.digits_skip_until || left < need {
                    continue;
                }
                if let Some(end) = self.digit_candidates(p, run_end - p, left) {
                    self.trig.digits_skip_until = end;
                }
                continue;
            }
            self.trig.pos = p + 1;
            match b {
                b'@' => self.email(p),
                b':' => {
                    if !self.det.ipv6_rules.is_empty() && p >= self.trig.ipv6_skip_until {
                        let start = ipv6_start(hay, p);
                        if self.trig.last_ipv6_start != Some(start) {
                            self.trig.last_ipv6_start = Some(start);
                            for i in 0..self.det.ipv6_rules.len() {
                                let r = self.det.ipv6_rules[i];
                                if let Some(end) = self.try_rule(r, start, None) {
                                    self.trig.ipv6_skip_until = self.trig.ipv6_skip_until.max(end);
                                }
                            }
                        }
                    }
                    self.assignment(p);
                }
                b'=' => self.assignment(p),
                _ => {}
            }
        }
    }

    /// Try every digit rule at the run starting at `p`. Returns the end of the longest match.
    fn digit_candidates(&mut self, p: usize, run_len: usize, digits_left: usize) -> Option<usize> {
        let hay = self.hay;
        // Candidate starts: the run itself, a `+` or `(` glued before it, or two capital letters
        // (IBAN country code) glued before it.
        let mut starts = [p, usize::MAX];
        if p >= 1 && (hay[p - 1] == b'+' || hay[p - 1] == b'(') {
            starts[1] = p - 1;
        } else if p >= 2
            && hay[p - 1].is_ascii_uppercase()
            && hay[p - 2].is_ascii_uppercase()
            && (p < 3 || !is_word(hay[p - 3]))
        {
            starts[1] = p - 2;
        }
        let det = self.det;
        let mut best: Option<usize> = None;
        for &s in starts.iter().rev() {
            if s == usize::MAX {
                continue;
            }
            // Only the rules whose pattern can begin with this byte (precomputed per byte).
            // Lists are sorted by min_digits: stop at the first rule that needs more digits.
            for &(r, min_digits, max_lead) in &det.digit_by_byte[hay[s] as usize] {
                if min_digits > digits_left {
                    break;
                }
                if s == p && run_len > max_lead {
                    continue;
                }
                if let Some(end) = self.try_rule(r, s, None) {
                    best = Some(best.map_or(end, |b: usize| b.max(end)));
                }
            }
        }
        best
    }

    fn email(&mut self, at: usize) {
        let hay = self.hay;
        let mut s = at;
        while s > 0 && at - s < 64 && is_email_local(hay[s - 1]) {
            s -= 1;
        }
        if s == at {
            return;
        }
        for i in 0..self.det.email_rules.len() {
            let r = self.det.email_rules[i];
            self.try_rule(r, s, None);
        }
    }

    /// `key = value`, `key: value`, `"key": "value"`, `key := value`, `key => value`.
    fn assignment(&mut self, op: usize) {
        if self.det.assign_rules.is_empty() {
            return;
        }
        let hay = self.hay;
        let next = hay.get(op + 1).copied().unwrap_or(b' ');
        let prev = if op > 0 { hay[op - 1] } else { b' ' };
        let mut key_end = op;
        let mut value_start = op + 1;
        if hay[op] == b'=' {
            if next == b'=' || matches!(prev, b'!' | b'<' | b'>' | b'=') {
                return; // comparison, not assignment
            }
            if next == b'>' {
                value_start += 1;
            }
            if prev == b':' {
                key_end -= 1;
            }
        } else {
            // ':' — skip `::`, `:=` (handled at '='), URLs (`https://`) and times (`12:30`).
            if next == b':' || prev == b':' || next == b'=' || next == b'/' || next == b'\\' {
                return;
            }
            if prev.is_ascii_digit() && next.is_ascii_digit() {
                return;
            }
        }
        // The key: skip blanks and one closing quote, then identifier bytes.
        let mut k = key_end;
        let mut n = 0;
        while k > 0 && (hay[k - 1] == b' ' || hay[k - 1] == b'\t') && n < 8 {
            k -= 1;
            n += 1;
        }
        if k > 0 && matches!(hay[k - 1], b'"' | b'\'' | b'`') {
            k -= 1;
        }
        let ke = k;
        while k > 0
            && ke - k < 64
            && (is_word(hay[k - 1]) || hay[k - 1] == b'-' || hay[k - 1] == b'.')
        {
            k -= 1;
        }
        if ke - k < 3 {
            return;
        }
        let mut key = [0u8; 64];
        let key = {
            let src = &hay[k..ke];
            for (d, s) in key.iter_mut().zip(src) {
                *d = s.to_ascii_lowercase();
            }
            &key[..src.len()]
        };
        // The value: skip blanks, note an opening quote.
        let mut v = value_start;
        let mut n = 0;
        while v < hay.len() && (hay[v] == b' ' || hay[v] == b'\t') && n < 8 {
            v += 1;
            n += 1;
        }
        let mut quote = None;
        if v < hay.len() && matches!(hay[v], b'"' | b'\'' | b'`') {
            quote = Some(hay[v]);
            v += 1;
        }
        if v >= hay.len() {
            if self.track {
                self.open = self.open.min(op + 1);
            }
            return;
        }
        for i in 0..self.det.assign_rules.len() {
            let r = self.det.assign_rules[i];
            if self.det.rules[r as usize].key_matches(key) {
                self.try_rule(r, v, Some(quote));
            }
        }
    }

    fn deny(&mut self, from: usize) {
        let det = self.det;
        for d in &det.deny {
            let input = aho_corasick::Input::new(self.hay).span(from..self.hay.len());
            for m in d.ac.find_iter(input) {
                let (rule, whole_word, score) = d.targets[m.pattern().as_usize()];
                if self.track && whole_word && m.end() == self.hay.len() {
                    self.open = self.open.min(m.start());
                }
                if whole_word && !word_boundaries_ok(self.hay, m.start(), m.end()) {
                    continue;
                }
                self.hits.push(Hit {
                    rule,
                    start: m.start(),
                    end: m.end(),
                    score,
                });
            }
        }
    }

    /// Run rule `r` anchored at `start`; on success record the hit and return its end.
    /// `value_quote` is `Some(q)` for assignment values (`q` the opening quote, if any).
    fn try_rule(&mut self, r: u32, start: usize, value_quote: Option<Option<u8>>) -> Option<usize> {
        let det = self.det;
        let rule = &det.rules[r as usize];
        let hay = self.hay;
        if start >= hay.len()
            || !rule.can_start_with(hay[start])
            || !left_ok(rule.boundary, hay, start)
        {
            return None;
        }
        // A window this rule already walked to its end without the pattern failing (a run of
        // `eyJeyJeyJ…` longer than max_len) is not walked again from inside: that keeps the
        // scan linear on adversarial input.
        if self
            .exhausted
            .get(r as usize)
            .is_some_and(|&until| start < until)
        {
            return None;
        }
        let limit = hay.len().min(start.saturating_add(rule.max_len));
        self.ends.clear();
        let walk = rule.match_ends(hay, start, limit, &mut self.ends);
        if self.track && walk == Walk::Open {
            self.open = self.open.min(start);
        }
        if walk == Walk::Exhausted {
            if self.exhausted.is_empty() {
                self.exhausted = vec![0; det.rules.len()];
            }
            self.exhausted[r as usize] = limit;
        }
        let n = self.ends.len();
        for i in 0..n {
            let end = if rule.prefer_shortest {
                self.ends[i]
            } else {
                self.ends[n - 1 - i]
            };
            if end <= start {
                continue;
            }
            let from = if rule.span_value {
                value_start(hay, start, end)
            } else {
                start
            };
            if from >= end {
                continue;
            }
            if self.track && self.right_unknown(rule, from, end, value_quote) {
                self.open = self.open.min(start);
            }
            if let Some(score) = self.accept(rule, from, end, value_quote) {
                self.hits.push(Hit {
                    rule: r,
                    start: from,
                    end,
                    score,
                });
                return Some(end);
            }
        }
        None
    }

    /// Whether `accept` at this end would read past the end of the text (a boundary check, or
    /// a context window that has not matched yet): more text could change its outcome.
    fn right_unknown(
        &self,
        rule: &Rule,
        start: usize,
        end: usize,
        value_quote: Option<Option<u8>>,
    ) -> bool {
        let hay = self.hay;
        let len = hay.len();
        if end >= len {
            return true;
        }
        let boundary = match value_quote {
            Some(_) => false,
            None => match rule.boundary {
                Boundary::None | Boundary::Word | Boundary::Token => false,
                Boundary::Address => hay[end] == b'.' && end + 1 >= len,
                Boundary::Number => number_right_unknown(hay, end),
            },
        };
        if boundary {
            return true;
        }
        match &rule.context {
            Some(ctx) if end + rule.context_window > len => {
                let ws = start.saturating_sub(rule.context_window);
                !ctx.is_match(&hay[ws..len])
            }
            _ => false,
        }
    }

    /// Every check after the pattern matched; returns the score if the match stands.
    fn accept(
        &self,
        rule: &Rule,
        start: usize,
        end: usize,
        value_quote: Option<Option<u8>>,
    ) -> Option<f64> {
        let hay = self.hay;
        // Never cut a UTF-8 character in two (patterns are byte-oriented).
        if end < hay.len() && (hay[end] & 0xC0) == 0x80 {
            return None;
        }
        match value_quote {
            Some(Some(q)) => {
                if hay.get(end) != Some(&q) {
                    return None;
                }
            }
            Some(None) => {
                if end < hay.len() && !is_value_end(hay[end]) {
                    return None;
                }
            }
            None => {
                if !right_ok(rule.boundary, hay, end) {
                    return None;
                }
            }
        }
        let m = &hay[start..end];
        if let Some(v) = rule.validator
            && !v.check(m)
        {
            return None;
        }
        if let Some(floor) = rule.entropy
            && entropy::shannon_entropy(m) < floor
        {
            return None;
        }
        if rule.reject_placeholders && placeholder::is_placeholder(m) {
            return None;
        }
        if value_quote.is_some() && looks_like_reference(m) {
            return None;
        }
        let mut score = rule.score;
        if let Some(ctx) = &rule.context {
            let ws = start.saturating_sub(rule.context_window);
            let we = hay.len().min(end + rule.context_window);
            let found = ctx.is_match(&hay[ws..we]);
            if self.clipped && start < rule.context_window && !found {
                // The window reaches before the text we were given: only a match is final.
                self.left_short.set(true);
            }
            if found {
                score = rule.context_score;
            } else if rule.context_required {
                return None;
            }
        }
        Some(score)
    }
}

fn absorb_extensions(
    pats: Vec<String>,
    targets: Vec<Vec<u32>>,
    ci: bool,
) -> (Vec<String>, Vec<Vec<u32>>) {
    let is_ext = |long: &str, short: &str| {
        long.len() > short.len()
            && if ci {
                long.as_bytes()[..short.len()].eq_ignore_ascii_case(short.as_bytes())
            } else {
                long.starts_with(short)
            }
    };
    let mut keep_p: Vec<String> = Vec::new();
    let mut keep_t: Vec<Vec<u32>> = Vec::new();
    for (i, k) in pats.iter().enumerate() {
        if pats.iter().any(|o| is_ext(k, o)) {
            continue;
        }
        let mut t = targets[i].clone();
        for (j, o) in pats.iter().enumerate() {
            if is_ext(o, k) {
                for &r in &targets[j] {
                    if !t.contains(&r) {
                        t.push(r);
                    }
                }
            }
        }
        keep_p.push(k.clone());
        keep_t.push(t);
    }
    (keep_p, keep_t)
}

/// From a digit at `p`: the end of the number-like chunk (digits joined by at most three
/// separator bytes) and how many digits it holds.
fn digit_chunk(hay: &[u8], p: usize) -> (usize, usize) {
    let mut i = p;
    let mut digits = 0;
    let mut end = p;
    while i < hay.len() {
        if hay[i].is_ascii_digit() {
            digits += 1;
            i += 1;
            end = i;
            continue;
        }
        let mut j = i;
        while j < hay.len()
            && j - i < 3
            && matches!(hay[j], b' ' | b'-' | b'.' | b'/' | b'(' | b')')
        {
            j += 1;
        }
        if j > i && j < hay.len() && hay[j].is_ascii_digit() {
            i = j;
        } else {
            break;
        }
    }
    (end, digits)
}

fn ipv6_start(hay: &[u8], colon: usize) -> usize {
    let mut s = colon;
    while s > 0
        && colon - s < 45
        && (hay[s - 1].is_ascii_hexdigit() || hay[s - 1] == b':' || hay[s - 1] == b'.')
    {
        s -= 1;
    }
    // A single leading colon is the label's (`IP:2001:db8::1`); `::1` keeps its two.
    if hay[s] == b':' && hay.get(s + 1) != Some(&b':') {
        s += 1;
    }
    s
}

/// Where the value starts in a `key<sep>value` match: after the leading key characters and the
/// `:`, `=`, `>`, quotes and blanks that follow them.
fn value_start(hay: &[u8], start: usize, end: usize) -> usize {
    let mut i = start;
    while i < end && (is_word(hay[i]) || hay[i] == b'-' || hay[i] == b'.') {
        i += 1;
    }
    while i < end
        && matches!(
            hay[i],
            b' ' | b'\t' | b':' | b'=' | b'>' | b'"' | b'\'' | b'`'
        )
    {
        i += 1;
    }
    i
}

#[inline]
fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

#[inline]
fn is_value_end(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(
            b,
            b',' | b';' | b'&' | b')' | b'}' | b']' | b'"' | b'\'' | b'`' | b'<'
        )
}

fn left_ok(boundary: Boundary, hay: &[u8], start: usize) -> bool {
    if start == 0 {
        return true;
    }
    let prev = hay[start - 1];
    match boundary {
        Boundary::None => true,
        Boundary::Word => !is_word(prev),
        Boundary::Number => !is_word(prev) && !number_continues_left(hay, start),
        Boundary::Address => !is_word(prev) && prev != b'.',
        Boundary::Token => !is_word(prev) && prev != b'-',
    }
}

fn right_ok(boundary: Boundary, hay: &[u8], end: usize) -> bool {
    if end >= hay.len() {
        return true;
    }
    let next = hay[end];
    match boundary {
        Boundary::None => true,
        Boundary::Word => !is_word(next),
        // `0958 11@x.org`, `0958 805.nr@x.org`: digits that run into an email's local part
        // are not a number's.
        Boundary::Number => {
            !is_word(next) && !starts_email(hay, end) && !number_continues_right(hay, end)
        }
        Boundary::Address => {
            !is_word(next)
                && next != b':'
                && !(next == b'.' && hay.get(end + 1).is_some_and(|c| c.is_ascii_alphanumeric()))
        }
        Boundary::Token => !is_word(next) && next != b'-',
    }
}

/// Whether the byte before `start` glues the candidate to a number on its left: `12.|345`,
/// `2024-|1234`, `1/|23`, a thousands group `1,|234`, or a space-separated digit group that
/// makes it the tail of a longer grouped number (`CH47 |0839 0686 …`).
fn number_continues_left(hay: &[u8], start: usize) -> bool {
    if start < 2 {
        return false;
    }
    let prev = hay[start - 1];
    if !hay[start - 2].is_ascii_digit() {
        return prev == b' ' && after_iban_head(hay, start - 1);
    }
    match prev {
        b'.' | b'-' | b'/' => true,
        // `1 234`-style grouping only when the group before has at least two digits
        // (`ping -c 3 10.0.0.1` is not one number).
        b' ' => start >= 3 && hay[start - 3].is_ascii_digit(),
        b',' => digit_run(hay, start) == 3,
        _ => false,
    }
}

/// `CH47 0839 …`, `IE45 BOFI 0739 …`: the space at `space` follows an IBAN head (two capital
/// letters and two digits) and at most two more groups of four capitals or digits.
fn after_iban_head(hay: &[u8], space: usize) -> bool {
    let mut end = space;
    for _ in 0..3 {
        if end < 4 {
            return false;
        }
        let g = &hay[end - 4..end];
        if !g
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            return false;
        }
        let start_ok = end == 4 || hay[end - 5] == b' ' || !is_word(hay[end - 5]);
        if !start_ok {
            return false;
        }
        if g[0].is_ascii_uppercase()
            && g[1].is_ascii_uppercase()
            && g[2].is_ascii_digit()
            && g[3].is_ascii_digit()
        {
            return true;
        }
        if end < 5 || hay[end - 5] != b' ' {
            return false;
        }
        end -= 5;
    }
    false
}

/// Whether the byte at `end` glues the candidate to a number on its right: `|.5`, `|-12`,
/// `|/3`, `| 1234` (a further group of two or more digits), or a thousands group `|,000`
/// (but not a CSV separator such as `|,2024-10-19`).
fn number_continues_right(hay: &[u8], end: usize) -> bool {
    if !hay.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    match hay[end] {
        b'.' | b'-' | b'/' => true,
        b' ' => {
            // Digits that start an email (`0958 11@x.org`) do not continue the number.
            digit_run(hay, end + 1) >= 2 && !starts_email(hay, end + 1)
        }
        b',' => {
            let run = digit_run(hay, end + 1);
            run == 3
                && !hay
                    .get(end + 1 + run)
                    .is_some_and(|&b| b == b'-' || b == b'/' || b == b':')
        }
        _ => false,
    }
}

/// Whether `right_ok` with `Boundary::Number` at `end` (< `hay.len()`) would read past the end.
fn number_right_unknown(hay: &[u8], end: usize) -> bool {
    let len = hay.len();
    // `starts_email` reads local-part bytes up to the first other byte, 65 at most.
    let local_unknown =
        |from: usize| !hay[from..].iter().take(65).any(|&b| !is_email_local(b)) && from + 65 > len;
    if is_word(hay[end]) {
        return false;
    }
    if local_unknown(end) {
        return true;
    }
    if starts_email(hay, end) {
        return false;
    }
    if end + 1 >= len {
        return true;
    }
    if !hay[end + 1].is_ascii_digit() {
        return false;
    }
    match hay[end] {
        b' ' => {
            let run = digit_run(hay, end + 1);
            end + 1 + run >= len || (run >= 2 && local_unknown(end + 1))
        }
        b',' => end + 1 + digit_run(hay, end + 1) >= len,
        _ => false,
    }
}

/// Whether the bytes from `from` are (the rest of) an email's local part: local-part
/// characters up to an `@`, within 64 bytes.
fn starts_email(hay: &[u8], from: usize) -> bool {
    hay[from..]
        .iter()
        .take(65)
        .position(|&b| {
            !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'))
        })
        .is_some_and(|i| hay[from + i] == b'@')
}

fn digit_run(hay: &[u8], from: usize) -> usize {
    hay[from..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

fn word_boundaries_ok(hay: &[u8], start: usize, end: usize) -> bool {
    (start == 0 || !is_word(hay[start - 1]) || !is_word(hay[start]))
        && (end >= hay.len() || !is_word(hay[end]) || !is_word(hay[end - 1]))
}

/// Values that name where a secret comes from rather than being one: `${DB_PASSWORD}`,
/// `os.environ["X"]`, `process.env.TOKEN`, `getenv("X")`, `true`, `null`.
fn looks_like_reference(v: &[u8]) -> bool {
    if matches!(
        v.first(),
        Some(b'$' | b'%' | b'{' | b'[' | b'(' | b'<' | b'@')
    ) {
        return true;
    }
    if v.contains(&b'(') || v.windows(2).any(|w| w == b"${" || w == b"{{") {
        return true;
    }
    let lower: Vec<u8> = v.iter().take(16).map(|b| b.to_ascii_lowercase()).collect();
    if matches!(
        lower.as_slice(),
        b"true" | b"false" | b"null" | b"none" | b"nil" | b"undefined" | b"required" | b"optional"
    ) {
        return true;
    }
    for p in [
        &b"process.env"[..],
        b"os.environ",
        b"env.",
        b"secrets.",
        b"vars.",
        b"settings.",
        b"config.",
    ] {
        if lower.starts_with(p) {
            return true;
        }
    }
    // A dotted identifier path (`self.password`, `cfg.db.password`) is a reference.
    v.iter().all(|&b| is_word(b) || b == b'.')
        && v.contains(&b'.')
        && v.first().is_some_and(|b| b.is_ascii_alphabetic())
        && !v.iter().any(|b| b.is_ascii_digit())
}
