//! LLM answer texts ("responses") for testing and benchmarking streaming
//! redaction and restoration: what an assistant might answer to a
//! pseudonymized prompt, arriving chunk by chunk.
//!
//! Every response mixes
//! * placeholders `<TYPE_N>` that the prompt's session created (listed with a
//!   synthetic original value in [`Response::placeholders`]), sometimes
//!   repeated, sometimes in another order than the vault's;
//! * look-alikes that are NOT in the vault (`<EMAIL_ADDRESS_9>`, `<TODO>`,
//!   `<<SYS>>`, `<div>`, `a < b`, `Vec<String>`, …), which restoration must
//!   leave alone;
//! * raw sensitive values the model emits on its own, labelled in
//!   [`Response::entities`] with exact UTF-8 byte spans (same type names and
//!   formats as [`crate::docs`]);
//! * unlabelled hard negatives (UUIDs, versions, prices, order numbers, …).
//!
//! Texts are prose in seven language settings (en, zh, es, de, fr, ja and
//! zh–en mixed), often Markdown: headings, bullet and numbered lists, tables,
//! links, block quotes and fenced code blocks (config files, scripts, HTML,
//! SQL, PEM keys).
//!
//! Templates use `⟦…⟧` markers:
//! * `⟦P⟧` – the next placeholder of the vault (any type), `⟦P:TYPE⟧` – one of
//!   that type (the template is skipped when the vault has none),
//! * `⟦L⟧` – a label for the type of `⟦E⟧`, else of `⟦P⟧`,
//! * `⟦E⟧` – a raw value of a type chosen to balance the corpus, `⟦E:TYPE⟧` –
//!   a raw value of that type (both labelled),
//! * `⟦D⟧` – a placeholder-looking decoy that is not in the vault,
//! * `⟦N:kind⟧` – an unlabelled hard negative,
//! * `⟦w:list⟧` – a filler word (`company`, `city`, `day`, `product`, `team`).

use serde::{Deserialize, Serialize};

use crate::Entity;
use crate::docs::{self, Builder, Style};
use crate::rng::Rng;
use crate::values as v;

/// One placeholder of the prompt's session and the value it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultEntry {
    /// `<EMAIL_ADDRESS_1>`.
    pub placeholder: String,
    /// `EMAIL_ADDRESS`.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// The synthetic original value.
    pub value: String,
}

/// One LLM answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub id: String,
    /// `en`, `zh`, `es`, `de`, `fr`, `ja` or `mixed`.
    pub lang: String,
    pub text: String,
    /// Raw sensitive values in `text` (UTF-8 byte spans, half-open).
    pub entities: Vec<Entity>,
    /// Every vault placeholder that `text` uses, once each, in the order the
    /// session created them.
    pub placeholders: Vec<VaultEntry>,
}

impl Response {
    /// Check that every entity span slices `text` to exactly its value.
    pub fn spans_ok(&self) -> bool {
        self.entities
            .iter()
            .all(|e| e.start < e.end && self.text.get(e.start..e.end) == Some(e.value.as_str()))
    }

    /// `text` with every listed placeholder replaced by its value; anything
    /// else (unknown placeholders, `<div>`, `a < b`, …) is left as it is.
    /// Scans like a session's restore: at each `<`, the candidate runs to the
    /// first `>` after it.
    pub fn restored(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + 64);
        let mut rest = self.text.as_str();
        while let Some(i) = rest.find('<') {
            out.push_str(&rest[..i]);
            let at = &rest[i..];
            let hit = at
                .find('>')
                .map(|j| &at[..=j])
                .and_then(|cand| self.placeholders.iter().find(|p| p.placeholder == cand));
            match hit {
                Some(p) => {
                    out.push_str(&p.value);
                    rest = &at[p.placeholder.len()..];
                }
                None => {
                    out.push('<');
                    rest = &at[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Serialize responses as JSONL (one JSON object per line, trailing newline).
pub fn responses_to_jsonl(rs: &[Response]) -> String {
    let mut out = String::new();
    for r in rs {
        out.push_str(&serde_json::to_string(r).expect("serialize response"));
        out.push('\n');
    }
    out
}

/// Parse JSONL written by [`responses_to_jsonl`].
pub fn parse_responses(data: &str) -> Result<Vec<Response>, String> {
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

/// Load a responses JSONL file (panics with the path on error).
pub fn read_responses(path: impl AsRef<std::path::Path>) -> Vec<Response> {
    let path = path.as_ref();
    let data = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_responses(&data).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Language setting of a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RespLang {
    En,
    Zh,
    Es,
    De,
    Fr,
    Ja,
    /// Chinese with English terms mixed in.
    Mixed,
}

impl RespLang {
    pub const ALL: [RespLang; 7] = [
        RespLang::En,
        RespLang::Zh,
        RespLang::Es,
        RespLang::De,
        RespLang::Fr,
        RespLang::Ja,
        RespLang::Mixed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RespLang::En => "en",
            RespLang::Zh => "zh",
            RespLang::Es => "es",
            RespLang::De => "de",
            RespLang::Fr => "fr",
            RespLang::Ja => "ja",
            RespLang::Mixed => "mixed",
        }
    }

    fn pack(self) -> &'static Pack {
        match self {
            RespLang::En => &EN,
            RespLang::Zh => &ZH,
            RespLang::Es => &ES,
            RespLang::De => &DE,
            RespLang::Fr => &FR,
            RespLang::Ja => &JA,
            RespLang::Mixed => &MIXED,
        }
    }
}

/// Placeholder types a session can hold (`PERSON` is a custom type).
pub const PLACEHOLDER_TYPES: &[&str] = &[
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "CN_RESIDENT_ID",
    "OPENAI_API_KEY",
    "AWS_ACCESS_KEY_ID",
    "GITHUB_TOKEN",
    "SLACK_TOKEN",
    "JWT",
    "GENERIC_SECRET",
];

/// Raw types that read naturally in prose, lists and tables.
const PROSE_RAW: &[&str] = &[
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "CN_RESIDENT_ID",
    "AWS_ACCESS_KEY_ID",
    "GITHUB_TOKEN",
    "OPENAI_API_KEY",
    "SLACK_TOKEN",
    "JWT",
];

/// Raw types written as `key = value` lines in code blocks.
const CODE_RAW: &[&str] = &[
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "AWS_ACCESS_KEY_ID",
    "GITHUB_TOKEN",
    "SLACK_TOKEN",
    "STRIPE_SECRET_KEY",
    "GOOGLE_API_KEY",
    "JWT",
    "GENERIC_SECRET",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
];

/// Angle-bracket and bracket text that is not a placeholder of the session.
const MARKERS: &[&str] = &[
    "<TODO>",
    "<<SYS>>",
    "<</SYS>>",
    "<|im_start|>",
    "<|endoftext|>",
    "<name>",
    "<your-email>",
    "<API_KEY>",
    "<PLACEHOLDER>",
    "<...>",
    "<br>",
    "<div>",
    "</div>",
    "<T>",
    "<REDACTED>",
    "<customer name>",
    "<insert date>",
    "[REDACTED]",
];

const HOST_ROLES: &[&str] = &[
    "primary", "replica", "bastion", "cache", "worker", "ingress", "queue", "metrics",
];

// ------------------------------------------------------------ language packs

/// Everything written for one language setting.
struct Pack {
    /// Between sentences of a paragraph.
    sep: &'static str,
    /// After a bold label in a list item.
    colon: &'static str,
    open: &'static [&'static str],
    close: &'static [&'static str],
    filler: &'static [&'static str],
    mention: &'static [&'static str],
    typed: &'static [&'static str],
    raw: &'static [&'static str],
    secret_line: &'static [&'static str],
    decoy: &'static [&'static str],
    steps: &'static [&'static str],
    headings: &'static [&'static str],
    notes: &'static [&'static str],
    table_head: [&'static str; 3],
    host_head: [&'static str; 3],
    /// Row labels for an order number, a request ID, a version, an amount.
    neg_labels: [&'static str; 4],
    draft_open: &'static [&'static str],
    greet: &'static [&'static str],
    draft_body: &'static [&'static str],
    sign: &'static [&'static str],
    comments: &'static [&'static str],
    links: &'static [&'static str],
    pem_intro: &'static [&'static str],
    labels: &'static [(&'static str, &'static [&'static str])],
    company: &'static [&'static str],
    city: &'static [&'static str],
    day: &'static [&'static str],
    product: &'static [&'static str],
    team: &'static [&'static str],
}

// -------------------------------------------------------------- generation

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scen {
    Contact,
    Finance,
    Dev,
    Ops,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    Env,
    Yaml,
    Json,
    Toml,
    Py,
    Ts,
    Sh,
    Rust,
    Ini,
    Pem,
    Html,
    Sql,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Ph,
    Raw,
    Fill,
    Neg,
    Decoy,
}

#[derive(Debug, Clone, Copy)]
enum Val {
    Ph(usize),
    Raw(&'static str),
}

#[derive(Debug, Clone)]
struct Slot {
    ph: String,
    ty: &'static str,
    value: String,
}

struct Gen<'a> {
    rng: &'a mut Rng,
    lang: RespLang,
    p: &'static Pack,
    b: Builder,
    vault: Vec<Slot>,
    /// Mention order (a permutation of the vault).
    order: Vec<usize>,
    used: Vec<bool>,
    /// Raw values per entity type (index into `v::ENTITY_TYPES`).
    bal: Vec<usize>,
    raw_ok: bool,
    decoys_ok: bool,
    had_pem: bool,
    /// Templates used so far (preferred last, to avoid repeats).
    seen: Vec<&'static str>,
}

fn static_type(t: &str) -> &'static str {
    v::ENTITY_TYPES
        .iter()
        .chain(PLACEHOLDER_TYPES)
        .copied()
        .find(|x| *x == t)
        .unwrap_or_else(|| panic!("unknown type {t}"))
}

fn type_index(t: &str) -> usize {
    v::ENTITY_TYPES
        .iter()
        .position(|x| *x == t)
        .expect("entity type")
}

/// Markers `⟦…⟧` of a template.
fn markers(tpl: &str) -> impl Iterator<Item = &str> {
    tpl.split('⟦')
        .skip(1)
        .map(|s| s.split('⟧').next().expect("marker"))
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Phone number formats that fit the language setting.
fn phone(rng: &mut Rng, lang: RespLang) -> String {
    match lang {
        RespLang::En => {
            if rng.chance(7, 10) {
                v::phone_us(rng)
            } else {
                v::phone_intl(rng)
            }
        }
        RespLang::Zh => match rng.below(10) {
            0..=5 => v::phone_cn(rng),
            6 | 7 => v::phone_cn_fullwidth(rng),
            _ => v::phone_intl(rng),
        },
        RespLang::Mixed => {
            if rng.chance(7, 10) {
                v::phone_cn(rng)
            } else {
                v::phone_us(rng)
            }
        }
        RespLang::Es => {
            if rng.chance(1, 2) {
                v::phone_intl(rng)
            } else {
                v::phone_us(rng)
            }
        }
        RespLang::De => {
            if rng.chance(7, 10) {
                v::phone_de(rng)
            } else {
                v::phone_intl(rng)
            }
        }
        RespLang::Fr => {
            if rng.chance(7, 10) {
                v::phone_fr(rng)
            } else {
                v::phone_intl(rng)
            }
        }
        RespLang::Ja => {
            if rng.chance(7, 10) {
                v::phone_jp(rng)
            } else {
                v::phone_intl(rng)
            }
        }
    }
}

const ES_NAMES: &[&str] = &[
    "Lucía Fernández",
    "Javier Morales",
    "Carmen Ruiz",
    "Diego Herrera",
    "Sofía Navarro",
    "Mateo Castillo",
    "Valentina Ortega",
    "Andrés Romero",
    "Paula Jiménez",
    "Raúl Domínguez",
];
const DE_NAMES: &[&str] = &[
    "Jonas Becker",
    "Lea Hoffmann",
    "Felix Wagner",
    "Anna Schulz",
    "Lukas Richter",
    "Marie Koch",
    "Paul Neumann",
    "Sophie Krüger",
    "Tim Hartmann",
    "Laura Vogel",
];
const FR_NAMES: &[&str] = &[
    "Camille Dubois",
    "Julien Lefèvre",
    "Chloé Martin",
    "Antoine Girard",
    "Manon Bernard",
    "Hugo Lambert",
    "Inès Moreau",
    "Louis Fontaine",
    "Élise Roux",
    "Théo Mercier",
];
const JA_NAMES: &[&str] = &[
    "佐藤 健",
    "鈴木 美咲",
    "高橋 翔太",
    "田中 結衣",
    "伊藤 大輔",
    "渡辺 彩",
    "山本 拓海",
    "中村 さくら",
    "小林 蓮",
    "加藤 陽菜",
];

fn person_name(rng: &mut Rng, lang: RespLang) -> String {
    match lang {
        RespLang::En => format!("{} {}", rng.pick(docs::EN_FIRST), rng.pick(docs::EN_LAST)),
        RespLang::Zh | RespLang::Mixed => rng.pick(docs::ZH_NAMES).to_string(),
        RespLang::Es => rng.pick(ES_NAMES).to_string(),
        RespLang::De => rng.pick(DE_NAMES).to_string(),
        RespLang::Fr => rng.pick(FR_NAMES).to_string(),
        RespLang::Ja => rng.pick(JA_NAMES).to_string(),
    }
}

/// A valid value of `ty` (entity type or `PERSON`) for the language setting.
fn value_of(rng: &mut Rng, ty: &str, lang: RespLang) -> String {
    match ty {
        "PERSON" => person_name(rng, lang),
        "PHONE_NUMBER" => phone(rng, lang),
        "PRIVATE_KEY" => v::private_key_long(rng),
        // Only the phone format depends on the docs language.
        _ if docs::is_secret_type(ty) => loop {
            let s = docs::gen_entity(rng, ty, docs::Lang::En);
            if !looks_templated(&s) {
                break s;
            }
        },
        _ => docs::gen_entity(rng, ty, docs::Lang::En),
    }
}

/// Secrets that a detector rightly takes for a template or a mask: a `%s`
/// format marker, five identical characters in a row (the digit groups of a
/// Slack token can have them) or a run of four of `x X * #`.
fn looks_templated(s: &str) -> bool {
    let b = s.as_bytes();
    let same = b.windows(5).any(|w| w.iter().all(|c| *c == w[0]));
    let mask = b
        .windows(4)
        .any(|w| w.iter().all(|c| matches!(c, b'x' | b'X' | b'*' | b'#')));
    same || mask || s.to_ascii_lowercase().contains("%s")
}

fn vault_weights(scen: Scen, lang: RespLang) -> Vec<(&'static str, u32)> {
    let en = lang == RespLang::En;
    let cn = matches!(lang, RespLang::Zh | RespLang::Mixed);
    let mut w: Vec<(&'static str, u32)> = match scen {
        Scen::Contact => vec![
            ("PERSON", 10),
            ("EMAIL_ADDRESS", 10),
            ("PHONE_NUMBER", 8),
            ("IP_ADDRESS", 1),
            ("US_SSN", if en { 3 } else { 1 }),
            ("CN_RESIDENT_ID", if cn { 4 } else { 1 }),
        ],
        Scen::Finance => vec![
            ("PERSON", 8),
            ("EMAIL_ADDRESS", 5),
            ("PHONE_NUMBER", 3),
            ("CREDIT_CARD", 8),
            ("IBAN_CODE", 7),
            ("US_SSN", if en { 3 } else { 1 }),
            ("CN_RESIDENT_ID", if cn { 3 } else { 0 }),
        ],
        Scen::Dev => vec![
            ("OPENAI_API_KEY", 6),
            ("AWS_ACCESS_KEY_ID", 5),
            ("GITHUB_TOKEN", 5),
            ("SLACK_TOKEN", 2),
            ("GENERIC_SECRET", 4),
            ("JWT", 3),
            ("EMAIL_ADDRESS", 3),
            ("IP_ADDRESS", 3),
            ("PERSON", 2),
        ],
        Scen::Ops => vec![
            ("IP_ADDRESS", 10),
            ("EMAIL_ADDRESS", 3),
            ("PERSON", 3),
            ("GENERIC_SECRET", 3),
            ("AWS_ACCESS_KEY_ID", 2),
            ("PHONE_NUMBER", 2),
            ("JWT", 1),
        ],
    };
    w.retain(|(_, n)| *n > 0);
    w
}

/// The session's vault, in creation order, numbered per type from 1.
fn make_vault(rng: &mut Rng, lang: RespLang, scen: Scen, k: usize) -> Vec<Slot> {
    let weights = vault_weights(scen, lang);
    let mut out: Vec<Slot> = Vec::new();
    let mut tries = 0;
    while out.len() < k && tries < 200 {
        tries += 1;
        let ty = *rng.weighted(&weights);
        let n = out.iter().filter(|s| s.ty == ty).count();
        if n >= 4 {
            continue;
        }
        let value = value_of(rng, ty, lang);
        if out.iter().any(|s| s.ty == ty && s.value == value) {
            continue;
        }
        out.push(Slot {
            ph: format!("<{ty}_{}>", n + 1),
            ty,
            value,
        });
    }
    out
}

impl Gen<'_> {
    // ------------------------------------------------------------ pieces ---

    fn has_type(&self, ty: &str) -> bool {
        self.vault.iter().any(|s| s.ty == ty)
    }

    fn has_unused(&self, ty: Option<&str>) -> bool {
        self.vault
            .iter()
            .zip(&self.used)
            .any(|(s, u)| !u && ty.is_none_or(|t| s.ty == t))
    }

    /// Next vault entry to mention: the first unused one in mention order,
    /// else any (a repeat).
    fn next_of(&mut self, ty: Option<&str>) -> Option<usize> {
        let fits = |i: usize, vault: &[Slot]| ty.is_none_or(|t| vault[i].ty == t);
        if let Some(&i) = self
            .order
            .iter()
            .find(|&&i| !self.used[i] && fits(i, &self.vault))
        {
            self.used[i] = true;
            return Some(i);
        }
        let all: Vec<usize> = (0..self.vault.len())
            .filter(|&i| fits(i, &self.vault))
            .collect();
        if all.is_empty() {
            None
        } else {
            Some(self.rng.pick(&all))
        }
    }

    /// Weight of a "mention a placeholder" choice: `w` while some are
    /// unused, 1 once all were mentioned (a repeat), 0 without a vault.
    fn ph_weight(&self, w: u32) -> u32 {
        if self.has_unused(None) {
            w
        } else if self.vault.is_empty() {
            0
        } else {
            1
        }
    }

    fn push_ph(&mut self, i: usize) {
        self.used[i] = true;
        let ph = self.vault[i].ph.clone();
        self.b.push(&ph);
    }

    fn pick_raw(&mut self, cands: &[&'static str]) -> &'static str {
        let min = cands
            .iter()
            .map(|t| self.bal[type_index(t)])
            .min()
            .expect("candidates");
        let best: Vec<&'static str> = cands
            .iter()
            .copied()
            .filter(|t| self.bal[type_index(t)] == min)
            .collect();
        self.rng.pick(&best)
    }

    fn raw(&mut self, ty: &'static str) {
        let val = loop {
            let v = value_of(self.rng, ty, self.lang);
            // `：::1` reads as `:::1` once the fullwidth colon is normalized
            let colon = self.b.text.ends_with(':') || self.b.text.ends_with('：');
            // nor may the model's own value be one the session already holds
            let in_vault = self
                .vault
                .iter()
                .any(|s| s.value.contains(&v) || v.contains(&s.value));
            let clash = in_vault || (v.starts_with(':') && colon);
            if !clash {
                break v;
            }
        };
        self.b.ent(ty, &val);
        self.bal[type_index(ty)] += 1;
    }

    fn val(&mut self, v: Val) {
        match v {
            Val::Ph(i) => self.push_ph(i),
            Val::Raw(t) => self.raw(t),
        }
    }

    fn neg(&mut self, kind: &str) {
        let r = &mut *self.rng;
        let s = match kind {
            "uuid" => v::uuid(r),
            "version" => v::version(r),
            "price" => v::price(r),
            "date" => v::date(r),
            "datetime" => v::date_time(r),
            "order" => v::order_number(r),
            "sha" => v::git_sha(r),
            "digest" => v::hex_digest(r),
            "qty" => v::quantity(r),
            "epoch" => v::epoch_ts(r),
            _ => panic!("unknown negative {kind}"),
        };
        self.b.push(&s);
    }

    fn decoy_text(&mut self) -> String {
        let ty = self.rng.pick(PLACEHOLDER_TYPES);
        let count = self.vault.iter().filter(|s| s.ty == ty).count() as u64;
        match self.rng.below(10) {
            // a placeholder of the right shape that the session never created
            0..=2 => format!("<{ty}_{}>", count + self.rng.range(1, 7)),
            3 => format!("<{ty}>"),
            4 => format!("<{}_{}>", ty.to_ascii_lowercase(), self.rng.range(1, 3)),
            5 => format!("<{ty}_0>"),
            6 => format!("<{ty}_0{}>", self.rng.range(1, 9)),
            7 => format!("[{ty}_{}]", self.rng.range(1, 3)),
            _ => self.rng.pick(MARKERS).to_string(),
        }
    }

    fn decoy(&mut self) {
        let d = self.decoy_text();
        if self.rng.chance(1, 3) {
            self.b.push("`");
            self.b.push(&d);
            self.b.push("`");
        } else {
            self.b.push(&d);
        }
    }

    fn word(&mut self, w: &str) {
        let p = self.p;
        let list = match w {
            "company" => p.company,
            "city" => p.city,
            "day" => p.day,
            "product" => p.product,
            "team" => p.team,
            _ => panic!("unknown word list {w}"),
        };
        let s = self.rng.pick(list);
        self.b.push(s);
    }

    fn label(&mut self, ty: &str) -> &'static str {
        match self.p.labels.iter().find(|(t, _)| *t == ty) {
            Some((_, l)) => self.rng.pick(l),
            None => static_type(ty),
        }
    }

    // --------------------------------------------------------- templates ---

    fn eligible(&self, tpl: &str) -> bool {
        markers(tpl).all(|m| match m {
            "P" => !self.vault.is_empty(),
            "D" => self.decoys_ok,
            "E" => self.raw_ok,
            _ => match m.split_once(':') {
                Some(("P", t)) => self.has_type(t),
                Some(("E", _)) => self.raw_ok,
                _ => true,
            },
        })
    }

    /// Whether the template would mention a placeholder not used yet.
    fn fresh(&self, tpl: &str) -> bool {
        markers(tpl).any(|m| match m {
            "P" => self.has_unused(None),
            _ => match m.split_once(':') {
                Some(("P", t)) => self.has_unused(Some(t)),
                _ => false,
            },
        })
    }

    /// An eligible template of `pool`, preferring ones not used yet in this
    /// response (only those unless `allow_seen`) and, among them, ones that
    /// mention a placeholder not used yet.
    fn pick_tpl(&mut self, pool: &[&'static str], allow_seen: bool) -> Option<&'static str> {
        let ok: Vec<&'static str> = pool.iter().copied().filter(|t| self.eligible(t)).collect();
        let unseen: Vec<&'static str> = ok
            .iter()
            .copied()
            .filter(|t| !self.seen.contains(t))
            .collect();
        let base = if !unseen.is_empty() {
            unseen
        } else if allow_seen && !ok.is_empty() {
            ok
        } else {
            return None;
        };
        let fresh: Vec<&'static str> = base.iter().copied().filter(|t| self.fresh(t)).collect();
        if !fresh.is_empty() && self.rng.chance(3, 4) {
            Some(self.rng.pick(&fresh))
        } else {
            Some(self.rng.pick(&base))
        }
    }

    fn expand(&mut self, tpl: &str) {
        let raw_ty = tpl.contains("⟦E⟧").then(|| self.pick_raw(PROSE_RAW));
        let main = if tpl.contains("⟦P⟧") {
            self.next_of(None)
        } else {
            None
        };
        let label = match raw_ty.or(main.map(|i| self.vault[i].ty)) {
            Some(t) if tpl.contains("⟦L⟧") => self.label(t),
            _ => "",
        };
        let mut rest = tpl;
        while let Some(i) = rest.find('⟦') {
            self.b.push(&rest[..i]);
            let after = &rest[i + '⟦'.len_utf8()..];
            let j = after.find('⟧').expect("unterminated marker");
            let m = &after[..j];
            rest = &after[j + '⟧'.len_utf8()..];
            match m {
                "P" => self.push_ph(main.expect("vault entry")),
                "L" => self.b.push(label),
                "E" => self.raw(raw_ty.expect("raw type")),
                "D" => self.decoy(),
                _ => match m.split_once(':') {
                    Some(("P", t)) => {
                        let i = self.next_of(Some(t)).expect("typed entry");
                        self.push_ph(i);
                    }
                    Some(("E", t)) => self.raw(static_type(t)),
                    Some(("N", k)) => self.neg(k),
                    Some(("w", w)) => self.word(w),
                    _ => panic!("unknown marker {m}"),
                },
            }
        }
        self.b.push(rest);
    }

    fn expand_pick(&mut self, pool: &[&'static str], allow_seen: bool) -> bool {
        match self.pick_tpl(pool, allow_seen) {
            Some(t) => {
                self.seen.push(t);
                self.expand(t);
                true
            }
            None => false,
        }
    }

    /// Expand an eligible template of `pool` (a repeat only when every
    /// eligible one was used); false when none is eligible.
    fn sentence(&mut self, pool: &[&'static str]) -> bool {
        self.expand_pick(pool, true)
    }

    /// One sentence of a paragraph: a mention, a raw value, filler, …; falls
    /// back to other pools before repeating a template.
    fn any_sentence(&mut self) {
        let p = self.p;
        let pool: &[&'static str] =
            match *self
                .rng
                .weighted(&[(0u8, 3), (1, 4), (2, 2), (3, 3), (4, 2), (5, 1)])
            {
                0 => p.mention,
                1 => p.typed,
                2 => p.raw,
                3 => p.filler,
                4 if self.decoys_ok => p.decoy,
                4 => p.filler,
                _ => p.secret_line,
            };
        for pl in [pool, p.typed, p.mention, p.filler, p.raw] {
            if self.expand_pick(pl, false) {
                return;
            }
        }
        if !self.sentence(pool) {
            self.sentence(p.filler);
        }
    }

    // ------------------------------------------------------------ blocks ---

    fn paragraph(&mut self) {
        let sep = self.p.sep;
        let n = self.rng.range(2, 4);
        for i in 0..n {
            if i > 0 {
                self.b.push(sep);
            }
            self.any_sentence();
        }
        self.b.push("\n\n");
    }

    fn heading(&mut self) {
        let h = self.rng.pick(self.p.headings);
        match self.rng.below(5) {
            0..=2 => {
                self.b.push("## ");
                self.b.push(h);
            }
            3 => {
                self.b.push("### ");
                self.b.push(h);
            }
            _ => {
                self.b.push("**");
                self.b.push(h);
                self.b.push("**");
            }
        }
        self.b.push("\n\n");
    }

    fn field_label(&mut self, ty: &str) {
        let l = cap(self.label(ty));
        let colon = self.p.colon;
        self.b.push("**");
        self.b.push(&l);
        self.b.push(colon);
        self.b.push("** ");
    }

    fn bullets(&mut self) {
        let n = self.rng.range(2, 6);
        let mark = self.rng.pick(&["- ", "* ", "- "]);
        for _ in 0..n {
            self.b.push(mark);
            let w = [
                (0u8, self.ph_weight(4)),
                (1, if self.raw_ok { 2 } else { 0 }),
                (2, 3),
                (3, 1),
            ];
            match *self.rng.weighted(&w) {
                0 => {
                    let i = self.next_of(None).expect("vault");
                    let ty = self.vault[i].ty;
                    self.field_label(ty);
                    if self.rng.chance(1, 5) {
                        self.b.push("`");
                        self.push_ph(i);
                        self.b.push("`");
                    } else {
                        self.push_ph(i);
                    }
                }
                1 => {
                    let ty = self.pick_raw(PROSE_RAW);
                    self.field_label(ty);
                    self.raw(ty);
                }
                2 => self.any_sentence(),
                _ => {
                    self.b.push(if self.rng.chance(1, 2) {
                        "[x] "
                    } else {
                        "[ ] "
                    });
                    let p = self.p;
                    self.sentence(p.steps);
                }
            }
            self.b.push("\n");
        }
        self.b.push("\n");
    }

    fn steps(&mut self) {
        let n = self.rng.range(3, 6);
        let p = self.p;
        for k in 1..=n {
            self.b.push(&format!("{k}. "));
            if !self.expand_pick(p.steps, false) && !self.expand_pick(p.filler, false) {
                self.sentence(p.steps);
            }
            self.b.push("\n");
        }
        self.b.push("\n");
    }

    fn table_start(&mut self, head: [&str; 3]) {
        self.b
            .push(&format!("| {} | {} | {} |\n", head[0], head[1], head[2]));
        let align = self.rng.pick(&[
            "|---|---|---|\n",
            "| --- | --- | --- |\n",
            "|:--|:--|:--|\n",
        ]);
        self.b.push(align);
    }

    fn table(&mut self) {
        let p = self.p;
        self.table_start(p.table_head);
        let n = self.rng.range(2, 6);
        for _ in 0..n {
            let w = [
                (0u8, self.ph_weight(4)),
                (1, if self.raw_ok { 3 } else { 0 }),
                (2, 2),
            ];
            self.b.push("| ");
            match *self.rng.weighted(&w) {
                0 => {
                    let i = self.next_of(None).expect("vault");
                    let l = cap(self.label(self.vault[i].ty));
                    self.b.push(&l);
                    self.b.push(" | ");
                    let tick = self.rng.chance(1, 4);
                    if tick {
                        self.b.push("`");
                    }
                    self.push_ph(i);
                    if tick {
                        self.b.push("`");
                    }
                }
                1 => {
                    let ty = self.pick_raw(PROSE_RAW);
                    let l = cap(self.label(ty));
                    self.b.push(&l);
                    self.b.push(" | ");
                    self.raw(ty);
                }
                _ => {
                    let k = self.rng.index(4);
                    self.b.push(p.neg_labels[k]);
                    self.b.push(" | ");
                    self.neg(["order", "uuid", "version", "price"][k]);
                }
            }
            self.b.push(" | ");
            let note = self.rng.pick(p.notes);
            self.b.push(note);
            self.b.push(" |\n");
        }
        self.b.push("\n");
    }

    /// Host inventory: many rows of raw and pseudonymized IP addresses.
    fn hosts(&mut self, remaining: usize) {
        let p = self.p;
        self.table_start(p.host_head);
        let max = (remaining / 90).clamp(3, 10) as u64;
        let n = self.rng.range(3, max);
        for _ in 0..n {
            let svc = self.rng.pick(docs::SVC);
            let num = self.rng.range(1, 12);
            self.b.push(&format!("| {svc}-{num:02} | "));
            if self.has_unused(Some("IP_ADDRESS")) {
                let i = self.next_of(Some("IP_ADDRESS")).expect("ip");
                self.push_ph(i);
            } else if self.raw_ok {
                self.raw("IP_ADDRESS");
            } else {
                self.b.push(&format!("{svc}-{num:02}.internal"));
            }
            let role = self.rng.pick(HOST_ROLES);
            self.b.push(&format!(" | {role} |\n"));
        }
        self.b.push("\n");
    }

    fn link(&mut self) {
        let p = self.p;
        if self.sentence(p.links) {
            self.b.push("\n\n");
        }
    }

    fn draft(&mut self) {
        let p = self.p;
        self.sentence(p.draft_open);
        self.b.push("\n\n");
        let quote = self.rng.chance(1, 2);
        let rule = !quote && self.rng.chance(1, 2);
        let pre = if quote { "> " } else { "" };
        let blank = if quote { ">\n" } else { "\n" };
        if rule {
            self.b.push("---\n\n");
        }
        self.b.push(pre);
        self.sentence(p.greet);
        self.b.push("\n");
        self.b.push(blank);
        self.b.push(pre);
        let n = self.rng.range(2, 4);
        for i in 0..n {
            if i > 0 {
                self.b.push(p.sep);
            }
            if !self.expand_pick(p.draft_body, false) && !self.expand_pick(p.filler, false) {
                self.sentence(p.draft_body);
            }
        }
        self.b.push("\n");
        self.b.push(blank);
        self.b.push(pre);
        self.b.push(self.rng.pick(p.sign));
        self.b.push("\n");
        self.b.push(pre);
        if self.has_type("PERSON") && self.rng.chance(1, 2) {
            let i = self.next_of(Some("PERSON")).expect("person");
            self.push_ph(i);
        } else {
            self.word("company");
        }
        self.b.push("\n\n");
        if rule {
            self.b.push("---\n\n");
        }
    }

    fn comment(&mut self, kind: Code) {
        let c = self.rng.pick(self.p.comments);
        let line = match kind {
            Code::Json | Code::Pem => return,
            Code::Ts | Code::Rust => format!("// {c}\n"),
            Code::Sql => format!("-- {c}\n"),
            Code::Html => format!("<!-- {c} -->\n"),
            _ => format!("# {c}\n"),
        };
        self.b.push(&line);
    }

    fn fence(&mut self, kind: Code) {
        let tag = match kind {
            Code::Env => self.rng.pick(&["bash", "dotenv", "env", ""]),
            Code::Yaml => "yaml",
            Code::Json => "json",
            Code::Toml => "toml",
            Code::Py => "python",
            Code::Ts => self.rng.pick(&["ts", "typescript"]),
            Code::Sh => self.rng.pick(&["bash", "sh", "shell"]),
            Code::Rust => "rust",
            Code::Ini => "ini",
            Code::Pem => self.rng.pick(&["", "text", "pem"]),
            Code::Html => "html",
            Code::Sql => "sql",
        };
        self.b.push("```");
        self.b.push(tag);
        self.b.push("\n");
    }

    fn code(&mut self, remaining: usize, scen: Scen) {
        let pem_ok = self.raw_ok && !self.had_pem && remaining >= 1800;
        let w: Vec<(Code, u32)> = match scen {
            Scen::Dev | Scen::Ops => vec![
                (Code::Env, 3),
                (Code::Yaml, 2),
                (Code::Json, 2),
                (Code::Toml, 1),
                (Code::Py, 3),
                (Code::Ts, 2),
                (Code::Sh, 3),
                (Code::Rust, 1),
                (Code::Ini, if self.raw_ok { 1 } else { 0 }),
                (Code::Pem, if pem_ok { 4 } else { 0 }),
            ],
            Scen::Contact | Scen::Finance => vec![
                (Code::Json, 3),
                (Code::Html, 3),
                (Code::Sql, 3),
                (Code::Yaml, 1),
                (Code::Py, 1),
                (Code::Pem, if pem_ok { 1 } else { 0 }),
            ],
        };
        let w: Vec<(Code, u32)> = w.into_iter().filter(|(_, n)| *n > 0).collect();
        let kind = *self.rng.weighted(&w);
        match kind {
            Code::Pem => self.pem(),
            Code::Ini => self.ini(),
            Code::Html => self.html(),
            Code::Sql => self.sql(),
            _ => self.kv(kind, remaining),
        }
    }

    fn pem(&mut self) {
        let p = self.p;
        self.sentence(p.pem_intro);
        self.b.push("\n\n");
        self.had_pem = true;
        let key = v::private_key_long(self.rng);
        self.bal[type_index("PRIVATE_KEY")] += 1;
        match self.rng.below(3) {
            0 => {
                self.fence(Code::Pem);
                self.b.ent("PRIVATE_KEY", &key);
                self.b.push("\n```\n\n");
            }
            1 => {
                self.fence(Code::Sh);
                self.b.push("cat > ~/.ssh/id_deploy <<'EOF'\n");
                self.b.ent("PRIVATE_KEY", &key);
                self.b.push("\nEOF\nchmod 600 ~/.ssh/id_deploy\n```\n\n");
            }
            _ => {
                self.fence(Code::Py);
                self.b.push("SIGNING_KEY = \"\"\"\n");
                self.b.ent("PRIVATE_KEY", &key);
                self.b.push("\n\"\"\"\n```\n\n");
            }
        }
    }

    fn ini(&mut self) {
        self.fence(Code::Ini);
        self.comment(Code::Ini);
        self.b.push("[default]\naws_access_key_id = ");
        if self.has_unused(Some("AWS_ACCESS_KEY_ID")) && self.rng.chance(2, 3) {
            let i = self.next_of(Some("AWS_ACCESS_KEY_ID")).expect("aws");
            self.push_ph(i);
        } else {
            self.raw("AWS_ACCESS_KEY_ID");
        }
        self.b.push("\naws_secret_access_key = ");
        self.raw("AWS_SECRET_ACCESS_KEY");
        let region = self
            .rng
            .pick(&["eu-west-1", "us-east-1", "ap-northeast-1", "eu-central-1"]);
        self.b.push(&format!("\nregion = {region}\n```\n\n"));
    }

    fn col_name(ty: &str) -> &'static str {
        match ty {
            "PERSON" => "full_name",
            "EMAIL_ADDRESS" => "email",
            "PHONE_NUMBER" => "phone",
            "CREDIT_CARD" => "card_number",
            "IBAN_CODE" => "iban",
            "IP_ADDRESS" => "last_login_ip",
            "US_SSN" => "ssn",
            "CN_RESIDENT_ID" => "id_card_no",
            _ => "api_key",
        }
    }

    fn sql(&mut self) {
        self.fence(Code::Sql);
        self.comment(Code::Sql);
        // 0: UPDATE, 1: INSERT (several values), 2: SELECT … WHERE (one value)
        let stmt = self.rng.below(3);
        let n = if stmt == 2 {
            1
        } else {
            self.rng.range(1, 3) as usize
        };
        let mut vals: Vec<Val> = Vec::new();
        for _ in 0..n {
            if !self.vault.is_empty() && (vals.is_empty() || self.rng.chance(2, 3)) {
                vals.push(Val::Ph(self.next_of(None).expect("vault")));
            } else if self.raw_ok {
                let t = self
                    .rng
                    .pick(&["EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS"]);
                vals.push(Val::Raw(t));
            }
        }
        if vals.is_empty() {
            // (the vault is never empty in practice)
            vals.push(Val::Raw("EMAIL_ADDRESS"));
        }
        let col = |v: &Val, vault: &[Slot]| match v {
            Val::Ph(i) => Gen::col_name(vault[*i].ty),
            Val::Raw(t) => Gen::col_name(t),
        };
        let cols: Vec<&str> = vals.iter().map(|x| col(x, &self.vault)).collect();
        match stmt {
            0 => {
                self.b.push("UPDATE customers\nSET ");
                for (k, x) in vals.iter().enumerate() {
                    if k > 0 {
                        self.b.push(",\n    ");
                    }
                    self.b.push(&format!("{} = '", cols[k]));
                    self.val(*x);
                    self.b.push("'");
                }
                self.b.push("\nWHERE customer_id = '");
                self.neg("uuid");
                self.b.push("'\n  AND updated_at < '");
                self.neg("date");
                self.b.push("';\n");
            }
            1 => {
                self.b.push(&format!(
                    "INSERT INTO contacts ({})\nVALUES (",
                    cols.join(", ")
                ));
                for (k, x) in vals.iter().enumerate() {
                    if k > 0 {
                        self.b.push(", ");
                    }
                    self.b.push("'");
                    self.val(*x);
                    self.b.push("'");
                }
                self.b.push(");\n");
            }
            _ => {
                self.b.push(&format!(
                    "SELECT id, {}, created_at\nFROM customers\nWHERE {} = '",
                    cols[0], cols[0]
                ));
                self.val(vals[0]);
                self.b.push("'\n  AND created_at >= '");
                self.neg("date");
                self.b.push("'\nORDER BY created_at DESC\nLIMIT 20;\n");
            }
        }
        self.b.push("```\n\n");
    }

    fn html(&mut self) {
        self.fence(Code::Html);
        self.comment(Code::Html);
        self.b.push("<div class=\"contact-card\">\n  <ul>\n");
        let n = self.rng.range(2, 4);
        for _ in 0..n {
            if self.raw_ok && (self.vault.is_empty() || self.rng.chance(1, 4)) {
                let ty = self.rng.pick(&["EMAIL_ADDRESS", "PHONE_NUMBER"]);
                let l = cap(self.label(ty));
                self.b.push(&format!("    <li>{l}: "));
                self.raw(ty);
                self.b.push("</li>\n");
                continue;
            }
            let Some(i) = self.next_of(None) else { break };
            if self.vault[i].ty == "EMAIL_ADDRESS" {
                self.b.push("    <li><a href=\"mailto:");
                self.push_ph(i);
                self.b.push("\">");
                self.push_ph(i);
                self.b.push("</a></li>\n");
            } else {
                let l = cap(self.label(self.vault[i].ty));
                self.b.push(&format!("    <li><strong>{l}</strong> "));
                self.push_ph(i);
                self.b.push("</li>\n");
            }
        }
        self.b.push("  </ul>\n");
        if self.decoys_ok && self.rng.chance(1, 2) {
            self.b.push("  <!-- ");
            self.decoy();
            self.b.push(" -->\n  <br/>\n");
        }
        self.b.push("</div>\n```\n\n");
    }

    fn key_for(&mut self, ty: &str) -> &'static str {
        match ty {
            "PERSON" => self
                .rng
                .pick(&["contact_name", "owner_name", "account_holder"]),
            _ => docs::config_key(self.rng, ty),
        }
    }

    /// A key/value-shaped code block (config file or script).
    fn kv(&mut self, kind: Code, remaining: usize) {
        let extra = (remaining / 600).min(14) as u64;
        let n = self.rng.range(3, 6 + extra) as usize;
        self.fence(kind);
        self.comment(kind);
        match kind {
            Code::Json => self.b.push("{\n"),
            Code::Py => self.b.push("import os\n\n"),
            Code::Sh => self.b.push("set -euo pipefail\n"),
            Code::Rust => self
                .b
                .push("fn main() -> Result<(), Box<dyn std::error::Error>> {\n"),
            _ => {}
        }
        let sep = if kind == Code::Json { ",\n" } else { "\n" };
        let mut keys: Vec<String> = Vec::new();
        let mut had_ph = false;
        for k in 0..n {
            let force_ph = k + 1 == n && !had_ph && !self.vault.is_empty();
            let line = if force_ph {
                Line::Ph
            } else {
                *self.rng.weighted(&[
                    (Line::Ph, self.ph_weight(7)),
                    (Line::Raw, if self.raw_ok { 6 } else { 0 }),
                    (Line::Fill, 4),
                    (Line::Neg, 2),
                    (Line::Decoy, if self.decoys_ok { 1 } else { 0 }),
                ])
            };
            // Choose the key (and, for fixed lines, the value) first; skip
            // lines whose key is already in the block.
            let (key, val, lit): (String, Option<Val>, String) = match line {
                Line::Ph => {
                    let i = self.next_of(None).expect("vault");
                    had_ph = true;
                    let mut key = self.key_for(self.vault[i].ty).to_string();
                    if keys.contains(&key) {
                        key = format!("{key}_{}", keys.len() + 1);
                    }
                    (key, Some(Val::Ph(i)), String::new())
                }
                Line::Raw => {
                    let ty = self.pick_raw(CODE_RAW);
                    let mut key = self.key_for(ty).to_string();
                    if keys.contains(&key) {
                        key = format!("{key}_{}", keys.len() + 1);
                    }
                    (key, Some(Val::Raw(ty)), String::new())
                }
                Line::Fill => {
                    let (key, lit) = self.rng.pick(docs::CFG_FILLER);
                    (key.to_string(), None, lit.to_string())
                }
                Line::Neg => {
                    let kinds = [
                        "uuid",
                        "version",
                        "hex_digest",
                        "epoch_ts",
                        "placeholder_key",
                    ];
                    let nk = self.rng.pick(&kinds);
                    let key = docs::config_key(self.rng, nk);
                    let lit = docs::gen_neg(self.rng, nk, Style::Structured);
                    (key.to_string(), None, lit)
                }
                Line::Decoy => {
                    let key = self.rng.pick(&[
                        "template",
                        "prompt_prefix",
                        "stop_sequence",
                        "note",
                        "example_placeholder",
                    ]);
                    (key.to_string(), None, self.decoy_text())
                }
            };
            if keys.contains(&key) {
                continue;
            }
            if !keys.is_empty() {
                self.b.push(sep);
            }
            keys.push(key.clone());
            self.kv_line(kind, &key, val, &lit);
            if matches!(val, Some(Val::Raw("AWS_ACCESS_KEY_ID")))
                && !matches!(kind, Code::Json | Code::Rust)
                && !keys.iter().any(|k| k == "aws_secret_access_key")
                && self.rng.chance(1, 2)
            {
                keys.push("aws_secret_access_key".into());
                self.b.push(sep);
                let v = Some(Val::Raw("AWS_SECRET_ACCESS_KEY"));
                self.kv_line(kind, "aws_secret_access_key", v, "");
            }
        }
        self.b.push("\n");
        if self.decoys_ok && self.rng.chance(1, 2) {
            let extra: &[&str] = match kind {
                Code::Py => &[
                    "\nfor attempt in range(MAX_RETRIES):\n    if attempt < MAX_RETRIES - 1:\n        time.sleep(2 ** attempt)\n",
                    "\ntag = \"note\"\nprint(f\"<{tag}>\")\n",
                ],
                Code::Ts => &[
                    "const cache = new Map<string, number>();\n",
                    "async function load(): Promise<void> {}\n",
                    "type Row = Record<string, unknown>;\n",
                ],
                Code::Rust => &[
                    "    let mut ids: Vec<String> = Vec::new();\n",
                    "    if a < b && b > c {\n        return Ok(());\n    }\n",
                ],
                Code::Sh => &[
                    "diff <(sort old.txt) <(sort new.txt)\n",
                    "grep -c ERROR app.log 2>/dev/null || true\n",
                ],
                _ => &[],
            };
            if !extra.is_empty() {
                let e = self.rng.pick(extra);
                self.b.push(e);
            }
        }
        match kind {
            Code::Json => self.b.push("}\n"),
            Code::Rust => self.b.push("    Ok(())\n}\n"),
            Code::Sh => self.b.push("echo \"done\"\n"),
            _ => {}
        }
        self.b.push("```\n\n");
    }

    /// One `key = value` line without its line break; the value is `val` or
    /// else `lit`.
    fn kv_line(&mut self, kind: Code, key: &str, val: Option<Val>, lit: &str) {
        let ty = match val {
            Some(Val::Ph(i)) => Some(self.vault[i].ty),
            Some(Val::Raw(t)) => Some(t),
            None => None,
        };
        let up = key.to_ascii_uppercase();
        let (pre, post): (String, String) = match (kind, ty) {
            (Code::Py, Some("OPENAI_API_KEY")) if self.rng.chance(1, 2) => {
                ("client = OpenAI(api_key=\"".into(), "\")".into())
            }
            (Code::Py, Some("JWT")) => (
                "headers = {\"Authorization\": \"Bearer ".into(),
                "\"}".into(),
            ),
            (Code::Sh, Some("JWT" | "OPENAI_API_KEY")) => (
                "curl -s https://api.example.com/v1/me -H \"Authorization: Bearer ".into(),
                "\"".into(),
            ),
            (Code::Sh, Some("GITHUB_TOKEN")) if self.rng.chance(1, 2) => (
                "curl -H \"Authorization: token ".into(),
                "\" https://api.github.com/user".into(),
            ),
            (Code::Ts, Some("JWT")) => (
                "const headers = { Authorization: \"Bearer ".into(),
                "\" };".into(),
            ),
            (Code::Env, _) => {
                if self.rng.chance(1, 3) {
                    (format!("{up}=\""), "\"".into())
                } else {
                    (format!("{up}="), String::new())
                }
            }
            (Code::Yaml, _) => {
                if self.rng.chance(1, 3) {
                    (format!("{key}: \""), "\"".into())
                } else {
                    (format!("{key}: "), String::new())
                }
            }
            (Code::Json, _) => (format!("  \"{key}\": \""), "\"".into()),
            (Code::Toml, _) => (format!("{key} = \""), "\"".into()),
            (Code::Py, _) => (format!("{up} = \""), "\"".into()),
            (Code::Ts, _) => (format!("const {key} = \""), "\";".into()),
            (Code::Sh, _) => (format!("export {up}=\""), "\"".into()),
            (Code::Rust, _) => (format!("    let {key} = \""), "\";".into()),
            _ => (format!("{key} = "), String::new()),
        };
        self.b.push(&pre);
        match val {
            Some(x) => self.val(x),
            None => self.b.push(lit),
        }
        self.b.push(&post);
    }

    // -------------------------------------------------------------- body ---

    fn body(&mut self, target: usize, scen: Scen) {
        let p = self.p;
        self.sentence(p.open);
        if target < 600 {
            // A short answer: one paragraph, sometimes a tiny list.
            self.b
                .push(if self.rng.chance(1, 2) { "\n\n" } else { p.sep });
            if !self.sentence(p.typed) {
                self.sentence(p.mention);
            }
            while self.b.len() < target {
                if self.rng.chance(1, 5) && self.b.len() + 150 < target {
                    self.b.push("\n\n");
                    self.bullets();
                    continue;
                }
                self.b.push(p.sep);
                self.any_sentence();
            }
            if self.rng.chance(1, 2) {
                self.b.push("\n\n");
                self.sentence(p.close);
            }
            return;
        }
        self.b.push("\n\n");
        let w: &[(u8, u32)] = match scen {
            Scen::Contact => &[(0, 4), (1, 3), (2, 2), (3, 3), (4, 1), (5, 1), (6, 1)],
            Scen::Finance => &[(0, 4), (1, 3), (2, 3), (3, 2), (4, 1), (5, 1), (6, 1)],
            Scen::Dev => &[(0, 3), (1, 2), (2, 1), (4, 3), (5, 5), (6, 1)],
            Scen::Ops => &[(0, 3), (1, 2), (2, 1), (4, 2), (5, 4), (6, 1), (7, 2)],
        };
        let mut prev = u8::MAX;
        // How often each block kind was used (drafts at most twice, one host table).
        let mut count = [0usize; 8];
        while self.b.len() + 80 < target {
            let remaining = target - self.b.len();
            let mut block = *self.rng.weighted(w);
            while block == prev || (block == 3 && count[3] >= 2) || (block == 7 && count[7] >= 1) {
                block = *self.rng.weighted(w);
            }
            prev = block;
            count[block as usize] += 1;
            let head = if block == 0 {
                self.rng.chance(1, 4)
            } else {
                self.rng.chance(2, 5)
            };
            if head && block != 3 && block != 6 {
                self.heading();
            }
            match block {
                0 => self.paragraph(),
                1 => self.bullets(),
                2 => self.table(),
                3 => self.draft(),
                4 => self.steps(),
                5 => self.code(remaining, scen),
                6 => self.link(),
                _ => self.hosts(remaining),
            }
        }
        self.sentence(p.close);
    }
}

/// Balance of raw values across the corpus.
struct Balance {
    ents: Vec<usize>,
}

/// Language mix in percent: en 40, zh 15, the other five 9 each.
const LANG_SHARE: [(RespLang, usize); 7] = [
    (RespLang::En, 40),
    (RespLang::Zh, 15),
    (RespLang::Es, 9),
    (RespLang::De, 9),
    (RespLang::Fr, 9),
    (RespLang::Ja, 9),
    (RespLang::Mixed, 9),
];

/// Languages for `n` responses: exact shares (rounded down, the remainder to
/// the first languages), shuffled.
fn lang_plan(rng: &mut Rng, n: usize) -> Vec<RespLang> {
    let mut plan: Vec<RespLang> = Vec::with_capacity(n);
    for (l, pct) in LANG_SHARE {
        plan.extend(std::iter::repeat_n(l, n * pct / 100));
    }
    let mut i = 0;
    while plan.len() < n {
        plan.push(LANG_SHARE[i % LANG_SHARE.len()].0);
        i += 1;
    }
    rng.shuffle(&mut plan);
    plan
}

fn gen_response(rng: &mut Rng, idx: usize, lang: RespLang, bal: &mut Balance) -> Response {
    let scen = *rng.weighted(&[
        (Scen::Contact, 33),
        (Scen::Finance, 17),
        (Scen::Dev, 33),
        (Scen::Ops, 17),
    ]);
    let class = *rng.weighted(&[(0u8, 24), (1, 42), (2, 31), (3, 3)]);
    let target = match class {
        0 => rng.range(150, 500),
        1 => rng.range(500, 2000),
        2 => rng.range(2000, 4800),
        _ => rng.range(8000, 19_000),
    } as usize;
    let k = match class {
        0 => rng.range(1, 3),
        1 => rng.range(2, 5),
        2 => rng.range(3, 7),
        _ => rng.range(5, 12),
    } as usize;
    loop {
        let vault = make_vault(rng, lang, scen, k);
        let mut order: Vec<usize> = (0..vault.len()).collect();
        if rng.chance(2, 5) {
            rng.shuffle(&mut order);
        }
        let raw_ok = !rng.chance(1, 5);
        let decoys_ok = rng.chance(3, 5);
        let n = vault.len();
        let mut g = Gen {
            rng: &mut *rng,
            lang,
            p: lang.pack(),
            b: Builder::default(),
            vault,
            order,
            used: vec![false; n],
            bal: bal.ents.clone(),
            raw_ok,
            decoys_ok,
            had_pem: false,
            seen: Vec::new(),
        };
        g.body(target, scen);
        let Gen {
            mut b,
            vault,
            used,
            bal: counts,
            ..
        } = g;
        let end = b.text.trim_end().len();
        b.text.truncate(end);
        if !(150..=20_480).contains(&b.text.len()) {
            continue;
        }
        let placeholders: Vec<VaultEntry> = vault
            .iter()
            .zip(&used)
            .filter(|(_, u)| **u)
            .map(|(s, _)| VaultEntry {
                placeholder: s.ph.clone(),
                entity_type: s.ty.to_string(),
                value: s.value.clone(),
            })
            .collect();
        for (s, u) in vault.iter().zip(&used) {
            assert_eq!(*u, b.text.contains(&s.ph), "usage of {}", s.ph);
        }
        bal.ents = counts;
        let r = Response {
            id: format!("resp-{:05}", idx + 1),
            lang: lang.as_str().to_string(),
            text: b.text,
            entities: b.entities,
            placeholders,
        };
        assert!(r.spans_ok(), "span mismatch in {}", r.id);
        return r;
    }
}

/// Generate `n` LLM answers from `seed`. Deterministic.
pub fn responses(seed: u64, n: usize) -> Vec<Response> {
    let mut rng = Rng::derive(seed, 0x7265_7370_6f6e_7365); // "response"
    let mut bal = Balance {
        ents: vec![0; v::ENTITY_TYPES.len()],
    };
    let plan = lang_plan(&mut rng, n);
    plan.into_iter()
        .enumerate()
        .map(|(i, lang)| gen_response(&mut rng, i, lang, &mut bal))
        .collect()
}

// ------------------------------------------------------------------- en ---

const EN_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["contact", "name"]),
    ("EMAIL_ADDRESS", &["email address", "email"]),
    ("PHONE_NUMBER", &["phone number", "mobile number"]),
    ("CREDIT_CARD", &["card number", "credit card"]),
    ("IBAN_CODE", &["IBAN", "bank account (IBAN)"]),
    ("IP_ADDRESS", &["IP address", "server IP"]),
    ("US_SSN", &["SSN", "social security number"]),
    (
        "CN_RESIDENT_ID",
        &["resident ID number", "Chinese ID card number"],
    ),
    ("OPENAI_API_KEY", &["OpenAI API key"]),
    ("AWS_ACCESS_KEY_ID", &["AWS access key ID"]),
    ("GITHUB_TOKEN", &["GitHub token", "personal access token"]),
    ("SLACK_TOKEN", &["Slack token", "Slack bot token"]),
    ("JWT", &["JWT", "bearer token"]),
    ("PRIVATE_KEY", &["private key"]),
    ("GENERIC_SECRET", &["password", "secret"]),
];

const EN: Pack = Pack {
    sep: " ",
    colon: ":",
    open: &[
        "Sure! Here's the updated version.",
        "Thanks for the details. I've gone through everything you sent.",
        "Here's a summary of the request from ⟦P:PERSON⟧.",
        "Got it. I'll use ⟦P⟧ as the ⟦L⟧ everywhere.",
        "Below is a draft you can adapt.",
        "Happy to help with this. Let's go step by step.",
        "Short answer: yes, and ⟦P⟧ can stay exactly as it is.",
    ],
    close: &[
        "Let me know if you'd like a shorter version.",
        "If anything above is wrong, send me the corrected details and I'll update it.",
        "Hope this helps!",
        "I can also turn this into a checklist if that's easier to share.",
        "Want me to translate it as well?",
        "I'll keep using ⟦P⟧ for the ⟦L⟧ in any follow-up.",
    ],
    filler: &[
        "This keeps the wording neutral and easy to scan.",
        "The same approach works for the other accounts at ⟦w:company⟧.",
        "Version ⟦N:version⟧ changed this behaviour, so check which one you are running.",
        "The current plan costs ⟦N:price⟧ per month, which should cover the extra usage.",
        "The request ID ⟦N:uuid⟧ will help support find the logs.",
        "Nothing here needs to change before ⟦w:day⟧.",
        "Order ⟦N:order⟧ is referenced in the thread as well.",
        "The fix landed in commit ⟦N:sha⟧.",
        "Most teams review this once a quarter.",
        "I'd keep the tone friendly but direct.",
        "The office in ⟦w:city⟧ follows the same process.",
    ],
    mention: &[
        "I kept ⟦P⟧ as the ⟦L⟧ so nothing gets lost.",
        "The ⟦L⟧ on file is ⟦P⟧; double-check it before sending.",
        "Use ⟦P⟧ as the ⟦L⟧ for this request.",
        "⟦P⟧ is listed as the ⟦L⟧ in both places, which is consistent.",
        "I noticed ⟦P⟧ appears twice, so I merged the duplicates.",
        "If the ⟦L⟧ changes, replace ⟦P⟧ in the second paragraph too.",
    ],
    typed: &[
        "You can reach ⟦P:PERSON⟧ at ⟦P:EMAIL_ADDRESS⟧ or on ⟦P:PHONE_NUMBER⟧.",
        "I've addressed the message to ⟦P:PERSON⟧ (⟦P:EMAIL_ADDRESS⟧).",
        "⟦P:PERSON⟧ asked for the refund to go back to ⟦P:CREDIT_CARD⟧.",
        "The transfer should go to ⟦P:IBAN_CODE⟧, the account registered for ⟦P:PERSON⟧.",
        "Block ⟦P:IP_ADDRESS⟧ at the firewall until the investigation is done.",
        "Rotate ⟦P:OPENAI_API_KEY⟧ right away and treat it as compromised.",
        "Deactivate the access key ⟦P:AWS_ACCESS_KEY_ID⟧ in IAM first, then delete it.",
        "Revoke ⟦P:GITHUB_TOKEN⟧ under Developer settings and create a fine-grained token instead.",
        "Call ⟦P:PHONE_NUMBER⟧ to confirm the appointment with ⟦P:PERSON⟧.",
        "The ID number ⟦P:CN_RESIDENT_ID⟧ belongs to ⟦P:PERSON⟧, so keep it out of the shared sheet.",
        "The token ⟦P:JWT⟧ expires after one hour, so request a new one before retrying.",
        "Change ⟦P:GENERIC_SECRET⟧ as soon as possible; it was shared in plain text.",
        "⟦P:PERSON⟧'s SSN (⟦P:US_SSN⟧) should only be stored in the HR system.",
        "The Slack app still posts with ⟦P:SLACK_TOKEN⟧, so reinstall it after rotating.",
        "Send the invoice to ⟦P:EMAIL_ADDRESS⟧ and copy ⟦P:PERSON⟧.",
    ],
    raw: &[
        "For testing you can use a made-up ⟦L⟧ such as ⟦E⟧.",
        "The log you pasted also contains a ⟦L⟧ in clear text: ⟦E⟧. Remove it before sharing the file.",
        "I've filled in ⟦E⟧ as a sample ⟦L⟧; swap in the real one later.",
        "Careful: ⟦E⟧ is visible in the screenshot text, so treat that ⟦L⟧ as exposed.",
        "A correctly formatted ⟦L⟧ looks like ⟦E⟧.",
    ],
    secret_line: &[
        "In your `.env` that line reads `DB_PASSWORD=⟦E:GENERIC_SECRET⟧`, which should never be committed.",
        "The snippet hard-codes `password = \"⟦E:GENERIC_SECRET⟧\"`; move it to an environment variable.",
    ],
    decoy: &[
        "I left ⟦D⟧ in the template where the signature should go.",
        "Don't confuse ⟦P⟧ with ⟦D⟧; only the first one comes from your message.",
        "The condition `a < b` is only checked when both values are set.",
        "In the HTML version the address sits inside a `<div class=\"contact\">` block.",
        "Markers like ⟦D⟧ are left as they are.",
        "Generic types like `Vec<String>` and `Option<T>` are unaffected.",
        "Keep x<y>z and similar expressions unchanged in the formula.",
    ],
    steps: &[
        "Revoke the exposed credential in the provider's console.",
        "Replace ⟦P⟧ in the config with a reference to your secret manager.",
        "Redeploy ⟦w:product⟧ and watch the error rate for an hour.",
        "Confirm with ⟦P:PERSON⟧ that the new details are correct.",
        "Search the repository history for the old ⟦L⟧: `git log -p | grep -n \"⟦P⟧\"`.",
        "Update the contact sheet and note the date of the change.",
        "Add a pre-commit hook that blocks secrets from being committed.",
    ],
    headings: &[
        "Summary",
        "Details",
        "Next steps",
        "Example",
        "Notes",
        "Contact details",
        "Configuration",
        "What changed",
        "Security checklist",
        "Draft reply",
    ],
    notes: &[
        "unchanged",
        "verified",
        "needs review",
        "from the ticket",
        "rotate",
        "do not share",
    ],
    table_head: ["Field", "Value", "Note"],
    host_head: ["Host", "Address", "Role"],
    neg_labels: ["Order", "Request ID", "Version", "Amount"],
    draft_open: &["Here's a draft reply:", "Draft email:"],
    greet: &[
        "Hi ⟦P:PERSON⟧,",
        "Hello ⟦P:PERSON⟧,",
        "Dear ⟦P:PERSON⟧,",
        "Hello,",
    ],
    draft_body: &[
        "Thanks for getting back to us so quickly.",
        "We've updated your ⟦L⟧ to ⟦P⟧ as requested.",
        "Please confirm that ⟦P:EMAIL_ADDRESS⟧ is still the best address for invoices.",
        "If anything is urgent, call ⟦P:PHONE_NUMBER⟧ and ask for the ⟦w:team⟧ team.",
        "Your order ⟦N:order⟧ will ship on ⟦w:day⟧.",
    ],
    sign: &["Best regards,", "Kind regards,", "Thanks,"],
    comments: &[
        "replace before deploying",
        "loaded from the environment in production",
        "values copied from your message",
        "example only",
    ],
    links: &[
        "You can send the form to [⟦P:PERSON⟧](mailto:⟦P:EMAIL_ADDRESS⟧).",
        "See the [rotation guide](https://docs.example.com/security/rotate-keys) for details.",
        "More background: <https://example.org/guides/pseudonymization>.",
        "The [status page](https://status.example.com) shows no incident for ⟦N:date⟧.",
    ],
    pem_intro: &[
        "The file you pasted is a complete private key, so anyone with this text can use it:",
        "For reference, this is the key block from your message; rotate it after the migration:",
    ],
    labels: EN_LABELS,
    company: docs::EN_COMPANY,
    city: &[
        "Berlin",
        "Austin",
        "Toronto",
        "Dublin",
        "Seattle",
        "Melbourne",
    ],
    day: &["Monday", "Tuesday", "Thursday", "Friday"],
    product: docs::EN_PRODUCT,
    team: docs::EN_TEAM,
};

// ------------------------------------------------------------------- zh ---

const ZH_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["联系人", "姓名"]),
    ("EMAIL_ADDRESS", &["邮箱", "电子邮箱"]),
    ("PHONE_NUMBER", &["手机号", "联系电话"]),
    ("CREDIT_CARD", &["信用卡号", "银行卡号"]),
    ("IBAN_CODE", &["IBAN 账号"]),
    ("IP_ADDRESS", &["IP 地址", "服务器 IP"]),
    ("US_SSN", &["美国社保号", "SSN"]),
    ("CN_RESIDENT_ID", &["身份证号"]),
    ("OPENAI_API_KEY", &["OpenAI API 密钥"]),
    ("AWS_ACCESS_KEY_ID", &["AWS 访问密钥 ID"]),
    ("GITHUB_TOKEN", &["GitHub 令牌"]),
    ("SLACK_TOKEN", &["Slack 令牌"]),
    ("JWT", &["JWT 令牌", "登录 token"]),
    ("PRIVATE_KEY", &["私钥"]),
    ("GENERIC_SECRET", &["密码"]),
];

const ZH: Pack = Pack {
    sep: "",
    colon: "：",
    open: &[
        "好的，下面是整理后的版本。",
        "收到，你提供的信息我都过了一遍。",
        "这是⟦P:PERSON⟧这次请求的摘要。",
        "明白，后文统一用⟦P⟧作为⟦L⟧。",
        "下面是一份可以直接修改使用的草稿。",
        "没问题，我们一步一步来。",
    ],
    close: &[
        "如果需要更简短的版本，告诉我就行。",
        "如有信息不对，发我更正后的内容，我再改。",
        "希望对你有帮助！",
        "需要的话我也可以整理成清单。",
        "要不要顺便翻译成英文？",
        "后续沟通里我会继续用⟦P⟧指代这个⟦L⟧。",
    ],
    filler: &[
        "这样写语气中立，也方便快速浏览。",
        "⟦w:company⟧的其他账户也可以按同样的方式处理。",
        "⟦N:version⟧版本改过这个行为，先确认一下你用的是哪个版本。",
        "当前套餐每月⟦N:price⟧，足够覆盖新增用量。",
        "请求 ID ⟦N:uuid⟧可以帮客服定位日志。",
        "⟦w:day⟧之前这里不需要任何改动。",
        "订单⟦N:order⟧在邮件往来里也提到了。",
        "修复已经合入提交 ⟦N:sha⟧。",
        "大多数团队每季度复查一次。",
        "⟦w:city⟧办公室也按同样的流程处理。",
    ],
    mention: &[
        "我保留了⟦L⟧⟦P⟧，避免信息丢失。",
        "系统登记的⟦L⟧是⟦P⟧，发送前请再核对一下。",
        "这次请求请使用⟦P⟧作为⟦L⟧。",
        "两处写的⟦L⟧都是⟦P⟧，是一致的。",
        "如果⟦L⟧有变化，第二段里的⟦P⟧也要一起改。",
        "我注意到⟦P⟧出现了两次，已经合并了重复项。",
    ],
    typed: &[
        "可以通过⟦P:EMAIL_ADDRESS⟧或⟦P:PHONE_NUMBER⟧联系⟦P:PERSON⟧。",
        "邮件已经写好，收件人是⟦P:PERSON⟧（⟦P:EMAIL_ADDRESS⟧）。",
        "⟦P:PERSON⟧要求把退款退回到卡号⟦P:CREDIT_CARD⟧。",
        "转账请汇到⟦P:IBAN_CODE⟧，这是⟦P:PERSON⟧登记的账户。",
        "调查结束前先在防火墙上封禁⟦P:IP_ADDRESS⟧。",
        "请立即作废⟦P:OPENAI_API_KEY⟧，按已泄露处理。",
        "先在 IAM 里停用访问密钥⟦P:AWS_ACCESS_KEY_ID⟧，再删除。",
        "请在 GitHub 设置里撤销⟦P:GITHUB_TOKEN⟧，改用细粒度令牌。",
        "请致电⟦P:PHONE_NUMBER⟧和⟦P:PERSON⟧确认预约时间。",
        "身份证号⟦P:CN_RESIDENT_ID⟧属于⟦P:PERSON⟧，不要放进共享表格。",
        "令牌⟦P:JWT⟧一小时后过期，重试前先重新申请。",
        "密码⟦P:GENERIC_SECRET⟧是明文发出的，请尽快修改。",
        "⟦P:PERSON⟧的 SSN ⟦P:US_SSN⟧只应保存在人事系统里。",
        "Slack 应用仍在使用⟦P:SLACK_TOKEN⟧，轮换后需要重新安装。",
        "发票请发到⟦P:EMAIL_ADDRESS⟧，并抄送⟦P:PERSON⟧。",
    ],
    raw: &[
        "测试时可以用一个虚构的⟦L⟧，比如⟦E⟧。",
        "你贴的日志里还有一个明文⟦L⟧：⟦E⟧，分享前请删掉。",
        "我先填了⟦E⟧作为示例⟦L⟧，之后换成真实的即可。",
        "注意：截图文字里能看到⟦E⟧，这个⟦L⟧应视为已泄露。",
        "格式正确的⟦L⟧大概是这样：⟦E⟧。",
    ],
    secret_line: &[
        "你的 `.env` 里那一行是 `DB_PASSWORD=⟦E:GENERIC_SECRET⟧`，这行绝对不能提交。",
        "代码里直接写了 `password = \"⟦E:GENERIC_SECRET⟧\"`，建议改成环境变量。",
    ],
    decoy: &[
        "模板里签名的位置我留了⟦D⟧。",
        "别把⟦P⟧和⟦D⟧搞混，只有前者来自你的消息。",
        "条件 `a < b` 只有在两个值都存在时才会检查。",
        "HTML 版本里地址放在 `<div class=\"contact\">` 里面。",
        "⟦D⟧这类标记保持原样即可。",
        "像 `Vec<String>` 和 `Option<T>` 这样的泛型不受影响。",
    ],
    steps: &[
        "在服务商控制台里撤销泄露的凭证。",
        "把配置里的⟦P⟧换成密钥管理服务的引用。",
        "重新部署⟦w:product⟧，观察一小时的错误率。",
        "和⟦P:PERSON⟧确认新的信息是否正确。",
        "在仓库历史里搜索旧的⟦L⟧：`git log -p | grep -n \"⟦P⟧\"`。",
        "更新联系人表，并注明修改日期。",
        "加一个 pre-commit 钩子，阻止密钥被提交。",
    ],
    headings: &[
        "摘要",
        "详细信息",
        "下一步",
        "示例",
        "备注",
        "联系方式",
        "配置",
        "改动说明",
        "安全检查清单",
        "回复草稿",
    ],
    notes: &["未变更", "已核实", "待确认", "来自工单", "需轮换", "勿外传"],
    table_head: ["字段", "值", "备注"],
    host_head: ["主机", "地址", "角色"],
    neg_labels: ["订单号", "请求 ID", "版本", "金额"],
    draft_open: &["回复草稿如下：", "邮件草稿："],
    greet: &["⟦P:PERSON⟧，你好：", "⟦P:PERSON⟧您好：", "你好："],
    draft_body: &[
        "感谢您这么快回复我们。",
        "已按您的要求把⟦L⟧更新为⟦P⟧。",
        "请确认⟦P:EMAIL_ADDRESS⟧是否仍是接收发票的邮箱。",
        "如有急事，请拨打⟦P:PHONE_NUMBER⟧联系⟦w:team⟧。",
        "您的订单⟦N:order⟧将于⟦w:day⟧发货。",
    ],
    sign: &["祝好，", "此致", "谢谢！"],
    comments: &[
        "部署前替换",
        "生产环境从环境变量读取",
        "取自你的消息",
        "仅作示例",
    ],
    links: &[
        "表格可以发给[⟦P:PERSON⟧](mailto:⟦P:EMAIL_ADDRESS⟧)。",
        "详见[密钥轮换指南](https://docs.example.com/security/rotate-keys)。",
        "更多背景：<https://example.org/guides/pseudonymization>。",
        "[状态页](https://status.example.com)显示⟦N:date⟧没有故障。",
    ],
    pem_intro: &[
        "你贴的是一把完整的私钥，拿到这段文字的人都能直接使用：",
        "下面是你消息里的密钥块，迁移完成后请轮换：",
    ],
    labels: ZH_LABELS,
    company: docs::ZH_COMPANY,
    city: &["北京", "上海", "深圳", "杭州", "成都", "南京"],
    day: &["周一", "周二", "周四", "周五", "月底"],
    product: docs::ZH_PRODUCT,
    team: docs::ZH_TEAM,
};

// ------------------------------------------------------------------- es ---

const ES_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["contacto", "nombre"]),
    (
        "EMAIL_ADDRESS",
        &["correo electrónico", "dirección de correo"],
    ),
    ("PHONE_NUMBER", &["teléfono", "número de móvil"]),
    ("CREDIT_CARD", &["número de tarjeta", "tarjeta de crédito"]),
    ("IBAN_CODE", &["IBAN", "cuenta bancaria (IBAN)"]),
    ("IP_ADDRESS", &["dirección IP", "IP del servidor"]),
    (
        "US_SSN",
        &["SSN", "número de la seguridad social de EE. UU."],
    ),
    ("CN_RESIDENT_ID", &["número de identidad chino"]),
    ("OPENAI_API_KEY", &["clave de la API de OpenAI"]),
    ("AWS_ACCESS_KEY_ID", &["ID de clave de acceso de AWS"]),
    ("GITHUB_TOKEN", &["token de GitHub"]),
    ("SLACK_TOKEN", &["token de Slack"]),
    ("JWT", &["JWT", "token de sesión"]),
    ("PRIVATE_KEY", &["clave privada"]),
    ("GENERIC_SECRET", &["contraseña"]),
];

const ES: Pack = Pack {
    sep: " ",
    colon: ":",
    open: &[
        "¡Claro! Aquí tienes la versión revisada.",
        "Gracias por los detalles; he revisado todo lo que enviaste.",
        "Este es el resumen de la solicitud de ⟦P:PERSON⟧.",
        "Entendido: usaré ⟦P⟧ como ⟦L⟧ en todo el texto.",
        "A continuación tienes un borrador que puedes adaptar.",
        "Con gusto te ayudo. Vamos paso a paso.",
    ],
    close: &[
        "Si prefieres una versión más corta, dímelo.",
        "Si algo no es correcto, envíame los datos corregidos y lo actualizo.",
        "¡Espero que te sirva!",
        "También puedo convertirlo en una lista de verificación.",
        "¿Quieres que lo traduzca también al inglés?",
        "En los próximos mensajes seguiré usando ⟦P⟧ como ⟦L⟧.",
    ],
    filler: &[
        "Así el texto queda neutral y fácil de leer.",
        "El mismo enfoque sirve para las demás cuentas de ⟦w:company⟧.",
        "La versión ⟦N:version⟧ cambió este comportamiento, así que comprueba cuál usas.",
        "El plan actual cuesta ⟦N:price⟧ al mes, suficiente para el uso adicional.",
        "El ID de solicitud ⟦N:uuid⟧ ayudará al soporte a encontrar los registros.",
        "No hace falta cambiar nada antes del ⟦w:day⟧.",
        "El pedido ⟦N:order⟧ también aparece en el hilo.",
        "La corrección se incluyó en el commit ⟦N:sha⟧.",
        "La mayoría de los equipos revisa esto una vez por trimestre.",
        "La oficina de ⟦w:city⟧ sigue el mismo proceso.",
    ],
    mention: &[
        "He mantenido ⟦P⟧ como ⟦L⟧ para no perder nada.",
        "En el registro figura como ⟦L⟧ ⟦P⟧; revísalo antes de enviar.",
        "Usa ⟦P⟧ como ⟦L⟧ para esta solicitud.",
        "⟦P⟧ aparece como ⟦L⟧ en ambos sitios, así que es coherente.",
        "He visto que ⟦P⟧ aparece dos veces y he unido los duplicados.",
        "Si cambia el dato (⟦L⟧), sustituye también ⟦P⟧ en el segundo párrafo.",
    ],
    typed: &[
        "Puedes contactar con ⟦P:PERSON⟧ en ⟦P:EMAIL_ADDRESS⟧ o en el ⟦P:PHONE_NUMBER⟧.",
        "He dirigido el mensaje a ⟦P:PERSON⟧ (⟦P:EMAIL_ADDRESS⟧).",
        "⟦P:PERSON⟧ pidió que el reembolso vuelva a la tarjeta ⟦P:CREDIT_CARD⟧.",
        "La transferencia debe ir a ⟦P:IBAN_CODE⟧, la cuenta registrada de ⟦P:PERSON⟧.",
        "Bloquea ⟦P:IP_ADDRESS⟧ en el cortafuegos hasta terminar la investigación.",
        "Revoca ⟦P:OPENAI_API_KEY⟧ de inmediato y trátala como comprometida.",
        "Desactiva primero la clave de acceso ⟦P:AWS_ACCESS_KEY_ID⟧ en IAM y después elimínala.",
        "Revoca ⟦P:GITHUB_TOKEN⟧ en la configuración de GitHub y crea un token con permisos limitados.",
        "Llama al ⟦P:PHONE_NUMBER⟧ para confirmar la cita con ⟦P:PERSON⟧.",
        "El número de identidad ⟦P:CN_RESIDENT_ID⟧ es de ⟦P:PERSON⟧; no lo pongas en la hoja compartida.",
        "El token ⟦P:JWT⟧ caduca en una hora; pide uno nuevo antes de reintentar.",
        "Cambia ⟦P:GENERIC_SECRET⟧ cuanto antes: se compartió en texto plano.",
        "El SSN de ⟦P:PERSON⟧ (⟦P:US_SSN⟧) solo debe guardarse en el sistema de RR. HH.",
        "La app de Slack sigue publicando con ⟦P:SLACK_TOKEN⟧; reinstálala después de rotarlo.",
        "Envía la factura a ⟦P:EMAIL_ADDRESS⟧ con copia a ⟦P:PERSON⟧.",
    ],
    raw: &[
        "Para pruebas puedes usar un valor inventado (⟦L⟧): ⟦E⟧.",
        "El registro que pegaste también contiene en claro este dato (⟦L⟧): ⟦E⟧. Elimínalo antes de compartir el archivo.",
        "He puesto ⟦E⟧ como ejemplo de ⟦L⟧; sustitúyelo después por el real.",
        "Ojo: ⟦E⟧ se ve en el texto de la captura, así que considera expuesto ese dato (⟦L⟧).",
        "Ejemplo de ⟦L⟧ con formato válido: ⟦E⟧.",
    ],
    secret_line: &[
        "En tu `.env` esa línea dice `DB_PASSWORD=⟦E:GENERIC_SECRET⟧`, y nunca debería subirse al repositorio.",
        "El fragmento deja fijo `password = \"⟦E:GENERIC_SECRET⟧\"`; pásalo a una variable de entorno.",
    ],
    decoy: &[
        "En la plantilla dejé ⟦D⟧ donde va la firma.",
        "No confundas ⟦P⟧ con ⟦D⟧: solo el primero viene de tu mensaje.",
        "La condición `a < b` solo se evalúa cuando ambos valores existen.",
        "En la versión HTML la dirección está dentro de un bloque `<div class=\"contact\">`.",
        "Las marcas como ⟦D⟧ se quedan tal cual.",
        "Los tipos genéricos como `Vec<String>` u `Option<T>` no se ven afectados.",
    ],
    steps: &[
        "Revoca la credencial expuesta en la consola del proveedor.",
        "Sustituye ⟦P⟧ en la configuración por una referencia a tu gestor de secretos.",
        "Vuelve a desplegar ⟦w:product⟧ y vigila la tasa de errores durante una hora.",
        "Confirma con ⟦P:PERSON⟧ que los datos nuevos son correctos.",
        "Busca el dato antiguo (⟦L⟧) en el historial: `git log -p | grep -n \"⟦P⟧\"`.",
        "Actualiza la hoja de contactos y anota la fecha del cambio.",
        "Añade un hook de pre-commit que impida subir secretos.",
    ],
    headings: &[
        "Resumen",
        "Detalles",
        "Próximos pasos",
        "Ejemplo",
        "Notas",
        "Datos de contacto",
        "Configuración",
        "Qué ha cambiado",
        "Lista de seguridad",
        "Borrador de respuesta",
    ],
    notes: &[
        "sin cambios",
        "verificado",
        "pendiente de revisar",
        "del ticket",
        "rotar",
        "no compartir",
    ],
    table_head: ["Campo", "Valor", "Nota"],
    host_head: ["Host", "Dirección", "Rol"],
    neg_labels: ["Pedido", "ID de solicitud", "Versión", "Importe"],
    draft_open: &[
        "Aquí tienes un borrador de respuesta:",
        "Borrador del correo:",
    ],
    greet: &["Hola, ⟦P:PERSON⟧:", "Estimado/a ⟦P:PERSON⟧:", "Hola:"],
    draft_body: &[
        "Gracias por responder tan rápido.",
        "Hemos actualizado el dato (⟦L⟧) a ⟦P⟧, tal como pediste.",
        "Confirma, por favor, que ⟦P:EMAIL_ADDRESS⟧ sigue siendo la dirección para las facturas.",
        "Si es urgente, llama al ⟦P:PHONE_NUMBER⟧ y pregunta por el equipo de ⟦w:team⟧.",
        "Tu pedido ⟦N:order⟧ saldrá el ⟦w:day⟧.",
    ],
    sign: &["Un saludo,", "Saludos cordiales,", "Gracias,"],
    comments: &[
        "sustituir antes de desplegar",
        "en producción se lee del entorno",
        "valores copiados de tu mensaje",
        "solo de ejemplo",
    ],
    links: &[
        "Puedes enviar el formulario a [⟦P:PERSON⟧](mailto:⟦P:EMAIL_ADDRESS⟧).",
        "Consulta la [guía de rotación](https://docs.example.com/security/rotate-keys) para más detalles.",
        "Más contexto: <https://example.org/guides/pseudonymization>.",
        "La [página de estado](https://status.example.com) no muestra incidencias el ⟦N:date⟧.",
    ],
    pem_intro: &[
        "Lo que pegaste es una clave privada completa; cualquiera con este texto puede usarla:",
        "Como referencia, este es el bloque de la clave de tu mensaje; rótala tras la migración:",
    ],
    labels: ES_LABELS,
    company: &[
        "Logística Sierra",
        "Grupo Alborada",
        "Ferretería Central",
        "Clínica Mirador",
    ],
    city: &["Madrid", "Sevilla", "Valencia", "Bogotá", "Lima"],
    day: &["lunes", "martes", "jueves", "viernes"],
    product: &[
        "la app móvil",
        "el portal de facturación",
        "el panel de análisis",
    ],
    team: &["soporte", "finanzas", "seguridad", "plataforma"],
};

// ------------------------------------------------------------------- de ---

const DE_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["Kontakt", "Name"]),
    ("EMAIL_ADDRESS", &["E-Mail-Adresse"]),
    ("PHONE_NUMBER", &["Telefonnummer", "Handynummer"]),
    ("CREDIT_CARD", &["Kartennummer", "Kreditkarte"]),
    ("IBAN_CODE", &["IBAN", "Bankverbindung (IBAN)"]),
    ("IP_ADDRESS", &["IP-Adresse", "Server-IP"]),
    ("US_SSN", &["SSN", "US-Sozialversicherungsnummer"]),
    ("CN_RESIDENT_ID", &["chinesische Ausweisnummer"]),
    ("OPENAI_API_KEY", &["OpenAI-API-Schlüssel"]),
    ("AWS_ACCESS_KEY_ID", &["AWS-Zugriffsschlüssel-ID"]),
    ("GITHUB_TOKEN", &["GitHub-Token"]),
    ("SLACK_TOKEN", &["Slack-Token"]),
    ("JWT", &["JWT", "Sitzungstoken"]),
    ("PRIVATE_KEY", &["privater Schlüssel"]),
    ("GENERIC_SECRET", &["Passwort"]),
];

const DE: Pack = Pack {
    sep: " ",
    colon: ":",
    open: &[
        "Klar! Hier ist die überarbeitete Fassung.",
        "Danke für die Details – ich habe alles durchgesehen.",
        "Hier die Zusammenfassung der Anfrage von ⟦P:PERSON⟧.",
        "Verstanden: Ich verwende ⟦P⟧ durchgehend als ⟦L⟧.",
        "Unten findest du einen Entwurf, den du anpassen kannst.",
        "Gern helfe ich dabei. Gehen wir Schritt für Schritt vor.",
    ],
    close: &[
        "Sag Bescheid, wenn du eine kürzere Fassung möchtest.",
        "Falls etwas nicht stimmt, schick mir die korrigierten Angaben, dann passe ich es an.",
        "Ich hoffe, das hilft!",
        "Ich kann das auch als Checkliste aufbereiten.",
        "Soll ich es zusätzlich ins Englische übersetzen?",
        "In weiteren Antworten verwende ich ⟦P⟧ weiterhin als ⟦L⟧.",
    ],
    filler: &[
        "So bleibt der Text sachlich und gut lesbar.",
        "Für die anderen Konten bei ⟦w:company⟧ funktioniert das genauso.",
        "Version ⟦N:version⟧ hat dieses Verhalten geändert, prüf also, welche du einsetzt.",
        "Der aktuelle Tarif kostet ⟦N:price⟧ im Monat und deckt die zusätzliche Nutzung ab.",
        "Mit der Request-ID ⟦N:uuid⟧ findet der Support die passenden Logs.",
        "Bis ⟦w:day⟧ muss hier nichts geändert werden.",
        "Die Bestellung ⟦N:order⟧ wird im Verlauf ebenfalls erwähnt.",
        "Der Fix ist in Commit ⟦N:sha⟧ enthalten.",
        "Die meisten Teams prüfen das einmal pro Quartal.",
        "Das Büro in ⟦w:city⟧ folgt demselben Ablauf.",
    ],
    mention: &[
        "Ich habe ⟦P⟧ als ⟦L⟧ beibehalten, damit nichts verloren geht.",
        "Hinterlegt ist als ⟦L⟧: ⟦P⟧ – bitte vor dem Versand prüfen.",
        "Verwende für diese Anfrage ⟦P⟧ als ⟦L⟧.",
        "⟦P⟧ steht an beiden Stellen als ⟦L⟧, das passt also.",
        "Mir ist aufgefallen, dass ⟦P⟧ doppelt vorkommt; ich habe die Dubletten zusammengeführt.",
        "Falls sich die Angabe (⟦L⟧) ändert, ersetze ⟦P⟧ auch im zweiten Absatz.",
    ],
    typed: &[
        "Du erreichst ⟦P:PERSON⟧ unter ⟦P:EMAIL_ADDRESS⟧ oder telefonisch unter ⟦P:PHONE_NUMBER⟧.",
        "Ich habe die Nachricht an ⟦P:PERSON⟧ (⟦P:EMAIL_ADDRESS⟧) adressiert.",
        "⟦P:PERSON⟧ möchte die Erstattung auf die Karte ⟦P:CREDIT_CARD⟧.",
        "Die Überweisung geht an ⟦P:IBAN_CODE⟧, das hinterlegte Konto von ⟦P:PERSON⟧.",
        "Sperr ⟦P:IP_ADDRESS⟧ in der Firewall, bis die Untersuchung abgeschlossen ist.",
        "Widerrufe ⟦P:OPENAI_API_KEY⟧ sofort und behandle den Schlüssel als kompromittiert.",
        "Deaktiviere zuerst den Zugriffsschlüssel ⟦P:AWS_ACCESS_KEY_ID⟧ in IAM und lösche ihn danach.",
        "Widerrufe ⟦P:GITHUB_TOKEN⟧ in den GitHub-Einstellungen und leg ein Fine-grained Token an.",
        "Ruf ⟦P:PHONE_NUMBER⟧ an, um den Termin mit ⟦P:PERSON⟧ zu bestätigen.",
        "Die Ausweisnummer ⟦P:CN_RESIDENT_ID⟧ gehört ⟦P:PERSON⟧ – bitte nicht in die geteilte Tabelle.",
        "Das Token ⟦P:JWT⟧ läuft nach einer Stunde ab; hol dir vor dem nächsten Versuch ein neues.",
        "Ändere ⟦P:GENERIC_SECRET⟧ so bald wie möglich, es wurde im Klartext geteilt.",
        "Die SSN von ⟦P:PERSON⟧ (⟦P:US_SSN⟧) gehört ausschließlich ins HR-System.",
        "Die Slack-App postet noch mit ⟦P:SLACK_TOKEN⟧; installiere sie nach der Rotation neu.",
        "Schick die Rechnung an ⟦P:EMAIL_ADDRESS⟧ und setz ⟦P:PERSON⟧ in Kopie.",
    ],
    raw: &[
        "Zum Testen kannst du einen erfundenen Wert nehmen (⟦L⟧): ⟦E⟧.",
        "Im eingefügten Log steht außerdem im Klartext (⟦L⟧): ⟦E⟧. Entferne das, bevor du die Datei teilst.",
        "Ich habe ⟦E⟧ als Beispiel (⟦L⟧) eingetragen; ersetze es später durch den echten Wert.",
        "Achtung: ⟦E⟧ ist im Screenshot-Text sichtbar, betrachte diese Angabe (⟦L⟧) als offengelegt.",
        "Ein korrekt formatiertes Beispiel (⟦L⟧): ⟦E⟧.",
    ],
    secret_line: &[
        "In deiner `.env` steht `DB_PASSWORD=⟦E:GENERIC_SECRET⟧` – diese Zeile darf nie committet werden.",
        "Das Snippet enthält fest `password = \"⟦E:GENERIC_SECRET⟧\"`; verschieb das in eine Umgebungsvariable.",
    ],
    decoy: &[
        "In der Vorlage steht ⟦D⟧ an der Stelle der Signatur.",
        "Verwechsle ⟦P⟧ nicht mit ⟦D⟧ – nur Ersteres stammt aus deiner Nachricht.",
        "Die Bedingung `a < b` wird nur geprüft, wenn beide Werte gesetzt sind.",
        "In der HTML-Fassung steht die Adresse in einem `<div class=\"contact\">`-Block.",
        "Markierungen wie ⟦D⟧ bleiben unverändert.",
        "Generische Typen wie `Vec<String>` oder `Option<T>` sind nicht betroffen.",
    ],
    steps: &[
        "Widerrufe die offengelegten Zugangsdaten in der Konsole des Anbieters.",
        "Ersetze ⟦P⟧ in der Konfiguration durch einen Verweis auf deinen Secret-Manager.",
        "Deploye ⟦w:product⟧ neu und beobachte eine Stunde lang die Fehlerrate.",
        "Bestätige mit ⟦P:PERSON⟧, dass die neuen Angaben stimmen.",
        "Durchsuche die Git-Historie nach dem alten Wert (⟦L⟧): `git log -p | grep -n \"⟦P⟧\"`.",
        "Aktualisiere die Kontaktliste und notiere das Änderungsdatum.",
        "Richte einen Pre-Commit-Hook ein, der Secrets blockiert.",
    ],
    headings: &[
        "Zusammenfassung",
        "Details",
        "Nächste Schritte",
        "Beispiel",
        "Hinweise",
        "Kontaktdaten",
        "Konfiguration",
        "Was sich geändert hat",
        "Sicherheits-Checkliste",
        "Antwortentwurf",
    ],
    notes: &[
        "unverändert",
        "geprüft",
        "offen",
        "aus dem Ticket",
        "rotieren",
        "nicht weitergeben",
    ],
    table_head: ["Feld", "Wert", "Hinweis"],
    host_head: ["Host", "Adresse", "Rolle"],
    neg_labels: ["Bestellung", "Request-ID", "Version", "Betrag"],
    draft_open: &["Hier ein Entwurf für die Antwort:", "Entwurf der E-Mail:"],
    greet: &["Hallo ⟦P:PERSON⟧,", "Guten Tag ⟦P:PERSON⟧,", "Guten Tag,"],
    draft_body: &[
        "Vielen Dank für die schnelle Rückmeldung.",
        "Wir haben die Angabe (⟦L⟧) wie gewünscht auf ⟦P⟧ aktualisiert.",
        "Bitte bestätige, dass ⟦P:EMAIL_ADDRESS⟧ weiterhin die Adresse für Rechnungen ist.",
        "Bei dringenden Anliegen ruf bitte ⟦P:PHONE_NUMBER⟧ an und frag nach dem Team ⟦w:team⟧.",
        "Deine Bestellung ⟦N:order⟧ wird am ⟦w:day⟧ verschickt.",
    ],
    sign: &["Viele Grüße", "Beste Grüße", "Danke und viele Grüße"],
    comments: &[
        "vor dem Deployment ersetzen",
        "in Produktion aus der Umgebung geladen",
        "Werte aus deiner Nachricht",
        "nur als Beispiel",
    ],
    links: &[
        "Das Formular kannst du an [⟦P:PERSON⟧](mailto:⟦P:EMAIL_ADDRESS⟧) schicken.",
        "Details stehen in der [Anleitung zur Schlüsselrotation](https://docs.example.com/security/rotate-keys).",
        "Mehr Hintergrund: <https://example.org/guides/pseudonymization>.",
        "Die [Statusseite](https://status.example.com) zeigt für ⟦N:date⟧ keine Störung.",
    ],
    pem_intro: &[
        "Das ist ein vollständiger privater Schlüssel – wer diesen Text hat, kann ihn benutzen:",
        "Zur Referenz der Schlüsselblock aus deiner Nachricht; rotier ihn nach der Migration:",
    ],
    labels: DE_LABELS,
    company: &[
        "Nordlicht Logistik",
        "Bergmann Software",
        "Rheinwerk Medien",
        "Falkenberg Versicherung",
    ],
    city: &["Berlin", "Hamburg", "München", "Köln", "Wien", "Zürich"],
    day: &["Montag", "Dienstag", "Donnerstag", "Freitag"],
    product: &[
        "die Mobile-App",
        "das Abrechnungsportal",
        "das Analyse-Dashboard",
    ],
    team: &["Support", "Finanzen", "Sicherheit", "Plattform"],
};

// ------------------------------------------------------------------- fr ---

const FR_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["contact", "nom"]),
    ("EMAIL_ADDRESS", &["adresse e-mail", "courriel"]),
    ("PHONE_NUMBER", &["numéro de téléphone", "portable"]),
    ("CREDIT_CARD", &["numéro de carte", "carte bancaire"]),
    ("IBAN_CODE", &["IBAN", "compte bancaire (IBAN)"]),
    ("IP_ADDRESS", &["adresse IP", "IP du serveur"]),
    ("US_SSN", &["SSN", "numéro de sécurité sociale américain"]),
    ("CN_RESIDENT_ID", &["numéro d'identité chinois"]),
    ("OPENAI_API_KEY", &["clé d'API OpenAI"]),
    ("AWS_ACCESS_KEY_ID", &["identifiant de clé d'accès AWS"]),
    ("GITHUB_TOKEN", &["jeton GitHub"]),
    ("SLACK_TOKEN", &["jeton Slack"]),
    ("JWT", &["JWT", "jeton de session"]),
    ("PRIVATE_KEY", &["clé privée"]),
    ("GENERIC_SECRET", &["mot de passe"]),
];

const FR: Pack = Pack {
    sep: " ",
    colon: " :",
    open: &[
        "Bien sûr ! Voici la version révisée.",
        "Merci pour ces précisions, j'ai tout relu.",
        "Voici le résumé de la demande de ⟦P:PERSON⟧.",
        "Compris : j'utiliserai ⟦P⟧ comme ⟦L⟧ partout.",
        "Voici un brouillon que vous pouvez adapter.",
        "Avec plaisir. Procédons étape par étape.",
    ],
    close: &[
        "Dites-moi si vous préférez une version plus courte.",
        "Si quelque chose est inexact, envoyez-moi les informations corrigées et je mettrai à jour.",
        "J'espère que cela vous aide !",
        "Je peux aussi en faire une liste de contrôle.",
        "Voulez-vous que je le traduise aussi en anglais ?",
        "Dans la suite, je continuerai à utiliser ⟦P⟧ comme ⟦L⟧.",
    ],
    filler: &[
        "Le texte reste ainsi neutre et facile à lire.",
        "La même approche fonctionne pour les autres comptes de ⟦w:company⟧.",
        "La version ⟦N:version⟧ a modifié ce comportement ; vérifiez laquelle vous utilisez.",
        "L'offre actuelle coûte ⟦N:price⟧ par mois, ce qui couvre l'usage supplémentaire.",
        "L'identifiant de requête ⟦N:uuid⟧ aidera le support à retrouver les journaux.",
        "Rien ne doit changer avant ⟦w:day⟧.",
        "La commande ⟦N:order⟧ est aussi mentionnée dans l'échange.",
        "Le correctif figure dans le commit ⟦N:sha⟧.",
        "La plupart des équipes revoient cela une fois par trimestre.",
        "Le bureau de ⟦w:city⟧ suit la même procédure.",
        "Comme on dit, « mieux vaut prévenir que guérir ».",
    ],
    mention: &[
        "J'ai conservé ⟦P⟧ comme ⟦L⟧ pour ne rien perdre.",
        "Information enregistrée (⟦L⟧) : ⟦P⟧ — vérifiez-la avant l'envoi.",
        "Utilisez ⟦P⟧ comme ⟦L⟧ pour cette demande.",
        "⟦P⟧ figure comme ⟦L⟧ aux deux endroits, c'est donc cohérent.",
        "J'ai remarqué que ⟦P⟧ apparaît deux fois ; j'ai fusionné les doublons.",
        "Si la valeur (⟦L⟧) change, remplacez aussi ⟦P⟧ dans le deuxième paragraphe.",
    ],
    typed: &[
        "Vous pouvez joindre ⟦P:PERSON⟧ à ⟦P:EMAIL_ADDRESS⟧ ou au ⟦P:PHONE_NUMBER⟧.",
        "J'ai adressé le message à ⟦P:PERSON⟧ (⟦P:EMAIL_ADDRESS⟧).",
        "⟦P:PERSON⟧ souhaite que le remboursement soit fait sur la carte ⟦P:CREDIT_CARD⟧.",
        "Le virement doit aller sur ⟦P:IBAN_CODE⟧, le compte enregistré de ⟦P:PERSON⟧.",
        "Bloquez ⟦P:IP_ADDRESS⟧ sur le pare-feu jusqu'à la fin de l'enquête.",
        "Révoquez ⟦P:OPENAI_API_KEY⟧ immédiatement et considérez la clé comme compromise.",
        "Désactivez d'abord la clé d'accès ⟦P:AWS_ACCESS_KEY_ID⟧ dans IAM, puis supprimez-la.",
        "Révoquez ⟦P:GITHUB_TOKEN⟧ dans les paramètres GitHub et créez un jeton à portée limitée.",
        "Appelez le ⟦P:PHONE_NUMBER⟧ pour confirmer le rendez-vous avec ⟦P:PERSON⟧.",
        "Le numéro d'identité ⟦P:CN_RESIDENT_ID⟧ appartient à ⟦P:PERSON⟧ : ne le mettez pas dans le tableur partagé.",
        "Le jeton ⟦P:JWT⟧ expire au bout d'une heure ; demandez-en un nouveau avant de réessayer.",
        "Changez ⟦P:GENERIC_SECRET⟧ au plus vite : il a été partagé en clair.",
        "Le SSN de ⟦P:PERSON⟧ (⟦P:US_SSN⟧) ne doit être conservé que dans le SIRH.",
        "L'application Slack publie encore avec ⟦P:SLACK_TOKEN⟧ ; réinstallez-la après la rotation.",
        "Envoyez la facture à ⟦P:EMAIL_ADDRESS⟧ avec ⟦P:PERSON⟧ en copie.",
    ],
    raw: &[
        "Pour les tests, vous pouvez utiliser une valeur fictive (⟦L⟧) : ⟦E⟧.",
        "Le journal que vous avez collé contient aussi, en clair (⟦L⟧) : ⟦E⟧. Supprimez-le avant de partager le fichier.",
        "J'ai mis ⟦E⟧ comme exemple (⟦L⟧) ; remplacez-le ensuite par la vraie valeur.",
        "Attention : ⟦E⟧ est visible dans le texte de la capture, considérez cette donnée (⟦L⟧) comme exposée.",
        "Exemple au bon format (⟦L⟧) : ⟦E⟧.",
    ],
    secret_line: &[
        "Dans votre `.env`, la ligne est `DB_PASSWORD=⟦E:GENERIC_SECRET⟧` ; elle ne doit jamais être commitée.",
        "L'extrait contient en dur `password = \"⟦E:GENERIC_SECRET⟧\"` ; passez-le dans une variable d'environnement.",
    ],
    decoy: &[
        "Dans le modèle, j'ai laissé ⟦D⟧ à l'emplacement de la signature.",
        "Ne confondez pas ⟦P⟧ avec ⟦D⟧ : seul le premier vient de votre message.",
        "La condition `a < b` n'est évaluée que si les deux valeurs sont définies.",
        "Dans la version HTML, l'adresse se trouve dans un bloc `<div class=\"contact\">`.",
        "Les marqueurs comme ⟦D⟧ restent tels quels.",
        "Les types génériques comme `Vec<String>` ou `Option<T>` ne sont pas concernés.",
    ],
    steps: &[
        "Révoquez l'identifiant exposé dans la console du fournisseur.",
        "Remplacez ⟦P⟧ dans la configuration par une référence à votre coffre de secrets.",
        "Redéployez ⟦w:product⟧ et surveillez le taux d'erreur pendant une heure.",
        "Confirmez avec ⟦P:PERSON⟧ que les nouvelles informations sont exactes.",
        "Cherchez l'ancienne valeur (⟦L⟧) dans l'historique : `git log -p | grep -n \"⟦P⟧\"`.",
        "Mettez à jour la fiche de contacts et notez la date du changement.",
        "Ajoutez un hook pre-commit qui bloque les secrets.",
    ],
    headings: &[
        "Résumé",
        "Détails",
        "Prochaines étapes",
        "Exemple",
        "Remarques",
        "Coordonnées",
        "Configuration",
        "Ce qui a changé",
        "Liste de contrôle sécurité",
        "Brouillon de réponse",
    ],
    notes: &[
        "inchangé",
        "vérifié",
        "à revoir",
        "issu du ticket",
        "à renouveler",
        "ne pas diffuser",
    ],
    table_head: ["Champ", "Valeur", "Remarque"],
    host_head: ["Hôte", "Adresse", "Rôle"],
    neg_labels: ["Commande", "ID de requête", "Version", "Montant"],
    draft_open: &["Voici un brouillon de réponse :", "Brouillon du courriel :"],
    greet: &["Bonjour ⟦P:PERSON⟧,", "Chère, cher ⟦P:PERSON⟧,", "Bonjour,"],
    draft_body: &[
        "Merci pour votre retour rapide.",
        "Nous avons mis à jour l'information (⟦L⟧) : ⟦P⟧, comme demandé.",
        "Pouvez-vous confirmer que ⟦P:EMAIL_ADDRESS⟧ reste l'adresse de facturation ?",
        "En cas d'urgence, appelez le ⟦P:PHONE_NUMBER⟧ et demandez l'équipe ⟦w:team⟧.",
        "Votre commande ⟦N:order⟧ sera expédiée ⟦w:day⟧.",
    ],
    sign: &["Cordialement,", "Bien à vous,", "Merci,"],
    comments: &[
        "à remplacer avant le déploiement",
        "lu depuis l'environnement en production",
        "valeurs reprises de votre message",
        "exemple uniquement",
    ],
    links: &[
        "Vous pouvez envoyer le formulaire à [⟦P:PERSON⟧](mailto:⟦P:EMAIL_ADDRESS⟧).",
        "Voir le [guide de rotation des clés](https://docs.example.com/security/rotate-keys) pour les détails.",
        "Pour aller plus loin : <https://example.org/guides/pseudonymization>.",
        "La [page d'état](https://status.example.com) n'indique aucun incident le ⟦N:date⟧.",
    ],
    pem_intro: &[
        "Ce que vous avez collé est une clé privée complète : toute personne qui a ce texte peut l'utiliser.",
        "Pour référence, voici le bloc de clé de votre message ; renouvelez-le après la migration :",
    ],
    labels: FR_LABELS,
    company: &[
        "Atelier Lumière",
        "Transports Garnier",
        "Éditions du Pont",
        "Mutuelle Azur",
    ],
    city: &["Lyon", "Bordeaux", "Lille", "Nantes", "Montréal", "Genève"],
    day: &["lundi", "mardi", "jeudi", "vendredi"],
    product: &[
        "l'application mobile",
        "le portail de facturation",
        "le tableau de bord",
    ],
    team: &["support", "finance", "sécurité", "plateforme"],
};

// ------------------------------------------------------------------- ja ---

const JA_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["担当者", "氏名"]),
    ("EMAIL_ADDRESS", &["メールアドレス"]),
    ("PHONE_NUMBER", &["電話番号", "携帯番号"]),
    ("CREDIT_CARD", &["カード番号", "クレジットカード番号"]),
    ("IBAN_CODE", &["IBAN"]),
    ("IP_ADDRESS", &["IP アドレス", "サーバーの IP"]),
    ("US_SSN", &["SSN", "米国社会保障番号"]),
    ("CN_RESIDENT_ID", &["中国の身分証番号"]),
    ("OPENAI_API_KEY", &["OpenAI の API キー"]),
    ("AWS_ACCESS_KEY_ID", &["AWS アクセスキー ID"]),
    ("GITHUB_TOKEN", &["GitHub トークン"]),
    ("SLACK_TOKEN", &["Slack トークン"]),
    ("JWT", &["JWT", "セッショントークン"]),
    ("PRIVATE_KEY", &["秘密鍵"]),
    ("GENERIC_SECRET", &["パスワード"]),
];

const JA: Pack = Pack {
    sep: "",
    colon: "：",
    open: &[
        "承知しました。修正版は以下のとおりです。",
        "詳細をありがとうございます。いただいた内容をすべて確認しました。",
        "⟦P:PERSON⟧さんからの依頼内容をまとめました。",
        "了解です。以降は⟦L⟧として⟦P⟧を使います。",
        "そのまま手直しして使える下書きを用意しました。",
        "お手伝いします。順番に進めましょう。",
    ],
    close: &[
        "もっと短いバージョンが必要ならお知らせください。",
        "内容に誤りがあれば、正しい情報を送っていただければ更新します。",
        "お役に立てば幸いです！",
        "チェックリスト形式にまとめることもできます。",
        "英語にも翻訳しましょうか？",
        "今後のやり取りでも⟦L⟧は⟦P⟧と表記します。",
    ],
    filler: &[
        "こうすることで文面が中立的になり、読みやすくなります。",
        "⟦w:company⟧のほかのアカウントにも同じ方法が使えます。",
        "バージョン⟦N:version⟧でこの挙動が変わったので、お使いのバージョンを確認してください。",
        "現在のプランは月額⟦N:price⟧で、追加分の利用もカバーできます。",
        "リクエスト ID ⟦N:uuid⟧ があればサポートがログを探しやすくなります。",
        "⟦w:day⟧までは特に変更の必要はありません。",
        "注文番号⟦N:order⟧もスレッド内で言及されています。",
        "修正はコミット ⟦N:sha⟧ に含まれています。",
        "多くのチームは四半期に一度これを見直しています。",
        "⟦w:city⟧のオフィスも同じ手順で対応しています。",
    ],
    mention: &[
        "情報が失われないよう、⟦L⟧は⟦P⟧のままにしました。",
        "登録されている⟦L⟧は⟦P⟧です。送信前にもう一度確認してください。",
        "今回の依頼では⟦L⟧として⟦P⟧を使ってください。",
        "⟦P⟧は両方の箇所で⟦L⟧として記載されており、整合しています。",
        "⟦P⟧が二回出てきたので、重複をまとめました。",
        "⟦L⟧が変わった場合は、第二段落の⟦P⟧も置き換えてください。",
    ],
    typed: &[
        "⟦P:PERSON⟧さんには⟦P:EMAIL_ADDRESS⟧または⟦P:PHONE_NUMBER⟧で連絡できます。",
        "宛先は⟦P:PERSON⟧さん（⟦P:EMAIL_ADDRESS⟧）にしました。",
        "⟦P:PERSON⟧さんは返金をカード⟦P:CREDIT_CARD⟧に戻すよう希望しています。",
        "振込先は⟦P:PERSON⟧さんの登録口座⟦P:IBAN_CODE⟧です。",
        "調査が終わるまで、ファイアウォールで⟦P:IP_ADDRESS⟧をブロックしてください。",
        "⟦P:OPENAI_API_KEY⟧はすぐに無効化し、漏えいしたものとして扱ってください。",
        "まず IAM でアクセスキー⟦P:AWS_ACCESS_KEY_ID⟧を無効にし、その後削除してください。",
        "GitHub の設定で⟦P:GITHUB_TOKEN⟧を取り消し、権限を絞ったトークンを作り直してください。",
        "⟦P:PHONE_NUMBER⟧に電話して、⟦P:PERSON⟧さんとの予約を確認してください。",
        "身分証番号⟦P:CN_RESIDENT_ID⟧は⟦P:PERSON⟧さんのものなので、共有シートには載せないでください。",
        "トークン⟦P:JWT⟧は一時間で期限切れになるので、再試行の前に新しいものを取得してください。",
        "⟦P:GENERIC_SECRET⟧は平文で共有されたので、できるだけ早く変更してください。",
        "⟦P:PERSON⟧さんの SSN（⟦P:US_SSN⟧）は人事システムにのみ保存してください。",
        "Slack アプリはまだ⟦P:SLACK_TOKEN⟧で投稿しているので、ローテーション後に再インストールしてください。",
        "請求書は⟦P:EMAIL_ADDRESS⟧宛てに送り、⟦P:PERSON⟧さんを CC に入れてください。",
    ],
    raw: &[
        "テストには架空の⟦L⟧、たとえば⟦E⟧を使えます。",
        "貼り付けていただいたログには、平文の⟦L⟧も含まれています：⟦E⟧。共有する前に削除してください。",
        "サンプルの⟦L⟧として⟦E⟧を入れておきました。あとで実際の値に差し替えてください。",
        "注意：スクリーンショットの文字に⟦E⟧が写っているので、この⟦L⟧は漏えいしたものとみなしてください。",
        "正しい形式の⟦L⟧は次のようになります：⟦E⟧",
    ],
    secret_line: &[
        "`.env` のその行は `DB_PASSWORD=⟦E:GENERIC_SECRET⟧` になっていますが、これは絶対にコミットしないでください。",
        "スニペットに `password = \"⟦E:GENERIC_SECRET⟧\"` が直書きされているので、環境変数に移してください。",
    ],
    decoy: &[
        "テンプレートの署名欄には⟦D⟧を残してあります。",
        "⟦P⟧と⟦D⟧を混同しないでください。前者だけがあなたのメッセージ由来です。",
        "条件 `a < b` は両方の値がそろっているときだけ評価されます。",
        "HTML 版では、住所は `<div class=\"contact\">` ブロックの中にあります。",
        "⟦D⟧のようなマーカーはそのまま残します。",
        "`Vec<String>` や `Option<T>` のようなジェネリック型には影響しません。",
    ],
    steps: &[
        "プロバイダーのコンソールで漏えいした認証情報を取り消します。",
        "設定ファイルの⟦P⟧をシークレット管理サービスへの参照に置き換えます。",
        "⟦w:product⟧を再デプロイし、一時間ほどエラー率を監視します。",
        "⟦P:PERSON⟧さんに新しい情報が正しいか確認します。",
        "リポジトリの履歴から古い⟦L⟧を検索します：`git log -p | grep -n \"⟦P⟧\"`",
        "連絡先一覧を更新し、変更日を記録します。",
        "シークレットのコミットを防ぐ pre-commit フックを追加します。",
    ],
    headings: &[
        "概要",
        "詳細",
        "次のステップ",
        "例",
        "補足",
        "連絡先",
        "設定",
        "変更点",
        "セキュリティチェックリスト",
        "返信の下書き",
    ],
    notes: &[
        "変更なし",
        "確認済み",
        "要確認",
        "チケットより",
        "要ローテーション",
        "共有禁止",
    ],
    table_head: ["項目", "値", "備考"],
    host_head: ["ホスト", "アドレス", "役割"],
    neg_labels: ["注文番号", "リクエスト ID", "バージョン", "金額"],
    draft_open: &["返信の下書きです：", "メールの下書き："],
    greet: &["⟦P:PERSON⟧様", "⟦P:PERSON⟧さん", "ご担当者様"],
    draft_body: &[
        "早速のご返信ありがとうございます。",
        "ご依頼どおり、⟦L⟧を⟦P⟧に更新しました。",
        "請求書の送付先が引き続き⟦P:EMAIL_ADDRESS⟧でよいかご確認ください。",
        "お急ぎの場合は⟦P:PHONE_NUMBER⟧までお電話いただき、⟦w:team⟧チームをお呼びください。",
        "ご注文⟦N:order⟧は⟦w:day⟧に発送予定です。",
    ],
    sign: &[
        "よろしくお願いいたします。",
        "以上、よろしくお願いします。",
        "ありがとうございます。",
    ],
    comments: &[
        "デプロイ前に置き換える",
        "本番では環境変数から読み込む",
        "メッセージからコピーした値",
        "例示のみ",
    ],
    links: &[
        "フォームは[⟦P:PERSON⟧さん](mailto:⟦P:EMAIL_ADDRESS⟧)宛てに送ってください。",
        "詳しくは[キーのローテーション手順](https://docs.example.com/security/rotate-keys)を参照してください。",
        "背景については <https://example.org/guides/pseudonymization> をご覧ください。",
        "[ステータスページ](https://status.example.com)では⟦N:date⟧に障害は報告されていません。",
    ],
    pem_intro: &[
        "貼り付けられたのは完全な秘密鍵で、このテキストがあれば誰でも使えてしまいます：",
        "参考までに、メッセージ内の鍵ブロックは以下のとおりです。移行後にローテーションしてください：",
    ],
    labels: JA_LABELS,
    company: &["みなと物流", "さくらソフト", "青葉メディカル", "ひかり保険"],
    city: &["東京", "大阪", "名古屋", "福岡", "札幌"],
    day: &["月曜日", "火曜日", "木曜日", "金曜日"],
    product: &["モバイルアプリ", "請求ポータル", "分析ダッシュボード"],
    team: &["サポート", "経理", "セキュリティ", "基盤"],
};

// ---------------------------------------------------------------- mixed ---

const MIXED_LABELS: &[(&str, &[&str])] = &[
    ("PERSON", &["联系人", "contact"]),
    ("EMAIL_ADDRESS", &["邮箱", "email"]),
    ("PHONE_NUMBER", &["手机号", "phone"]),
    ("CREDIT_CARD", &["卡号", "credit card"]),
    ("IBAN_CODE", &["IBAN"]),
    ("IP_ADDRESS", &["IP", "server IP"]),
    ("US_SSN", &["SSN"]),
    ("CN_RESIDENT_ID", &["身份证号"]),
    ("OPENAI_API_KEY", &["OpenAI key"]),
    ("AWS_ACCESS_KEY_ID", &["AWS access key"]),
    ("GITHUB_TOKEN", &["GitHub token"]),
    ("SLACK_TOKEN", &["Slack token"]),
    ("JWT", &["JWT"]),
    ("PRIVATE_KEY", &["private key"]),
    ("GENERIC_SECRET", &["password"]),
];

const MIXED: Pack = Pack {
    sep: "",
    colon: "：",
    open: &[
        "OK，下面是 update 过的版本。",
        "收到，你发的 details 我都 check 过了。",
        "这是⟦P:PERSON⟧这个 request 的 summary。",
        "明白，后面统一用⟦P⟧作为⟦L⟧。",
        "下面是一个 draft，你可以直接改。",
        "没问题，我们 step by step 来。",
    ],
    close: &[
        "如果需要 shorter version 跟我说。",
        "有信息不对的话，发我 correct 的版本，我再 update。",
        "Hope this helps！",
        "需要的话我可以整理成 checklist。",
        "要不要顺便出一个 English version？",
        "后面 follow-up 里我继续用⟦P⟧表示这个⟦L⟧。",
    ],
    filler: &[
        "这样 tone 比较 neutral，也方便 review。",
        "⟦w:company⟧其他 account 也可以用同样的 approach。",
        "⟦N:version⟧ 改过这个 behavior，先 check 一下你的 version。",
        "现在的 plan 每月⟦N:price⟧，额外 usage 也够用。",
        "Request ID ⟦N:uuid⟧ 可以帮 support 找 log。",
        "⟦w:day⟧之前不需要改任何东西。",
        "Order ⟦N:order⟧ 在 thread 里也提到了。",
        "Fix 已经 merge 进 commit ⟦N:sha⟧。",
        "大部分 team 每个 quarter review 一次。",
    ],
    mention: &[
        "⟦L⟧我保留成⟦P⟧了，避免丢信息。",
        "系统里的⟦L⟧是⟦P⟧，send 之前再 double check 一下。",
        "这个 request 请用⟦P⟧作为⟦L⟧。",
        "两个地方的⟦L⟧都是⟦P⟧，是 consistent 的。",
        "⟦P⟧出现了两次，我已经 merge 掉 duplicate 了。",
        "如果⟦L⟧有变化，第二段的⟦P⟧也要一起 update。",
    ],
    typed: &[
        "可以通过⟦P:EMAIL_ADDRESS⟧或者⟦P:PHONE_NUMBER⟧联系⟦P:PERSON⟧。",
        "Email 已经写好了，收件人是⟦P:PERSON⟧（⟦P:EMAIL_ADDRESS⟧）。",
        "⟦P:PERSON⟧要求 refund 退回到卡号⟦P:CREDIT_CARD⟧。",
        "Transfer 请打到⟦P:IBAN_CODE⟧，这是⟦P:PERSON⟧登记的 account。",
        "调查结束前先在 firewall 上 block 掉⟦P:IP_ADDRESS⟧。",
        "马上 revoke ⟦P:OPENAI_API_KEY⟧，当作已经 leak 处理。",
        "先在 IAM 里 deactivate access key ⟦P:AWS_ACCESS_KEY_ID⟧，再 delete。",
        "去 GitHub settings 里 revoke ⟦P:GITHUB_TOKEN⟧，换成 fine-grained token。",
        "打⟦P:PHONE_NUMBER⟧跟⟦P:PERSON⟧确认一下 appointment。",
        "身份证号⟦P:CN_RESIDENT_ID⟧是⟦P:PERSON⟧的，不要放进 shared sheet。",
        "Token ⟦P:JWT⟧一小时后 expire，retry 之前先拿新的。",
        "密码⟦P:GENERIC_SECRET⟧是明文发出来的，尽快改掉。",
        "⟦P:PERSON⟧的 SSN ⟦P:US_SSN⟧只能存在 HR system 里。",
        "Slack app 还在用⟦P:SLACK_TOKEN⟧发消息，rotate 之后要 reinstall。",
        "Invoice 发到⟦P:EMAIL_ADDRESS⟧，cc ⟦P:PERSON⟧。",
    ],
    raw: &[
        "测试的话可以用一个 fake 的⟦L⟧，比如⟦E⟧。",
        "你贴的 log 里还有一个明文⟦L⟧：⟦E⟧，share 之前删掉。",
        "我先填了⟦E⟧作为 sample ⟦L⟧，之后换成 real 的。",
        "注意：screenshot 里能看到⟦E⟧，这个⟦L⟧要当作已经 exposed。",
        "Format 正确的⟦L⟧大概是这样：⟦E⟧。",
    ],
    secret_line: &[
        "你 `.env` 里那行是 `DB_PASSWORD=⟦E:GENERIC_SECRET⟧`，千万别 commit。",
        "Snippet 里 hard-code 了 `password = \"⟦E:GENERIC_SECRET⟧\"`，改成 env variable。",
    ],
    decoy: &[
        "Template 里 signature 的位置我留了⟦D⟧。",
        "别把⟦P⟧和⟦D⟧搞混，只有前者来自你的 message。",
        "`a < b` 这个 condition 只有两个值都有的时候才 check。",
        "HTML 版本里地址在 `<div class=\"contact\">` 里面。",
        "⟦D⟧这种 marker 保持原样就行。",
        "`Vec<String>`、`Option<T>` 这种 generic type 不受影响。",
    ],
    steps: &[
        "在 provider 的 console 里 revoke 泄露的 credential。",
        "把 config 里的⟦P⟧换成 secret manager 的 reference。",
        "重新 deploy ⟦w:product⟧，观察一小时的 error rate。",
        "跟⟦P:PERSON⟧确认新的信息对不对。",
        "在 git history 里搜旧的⟦L⟧：`git log -p | grep -n \"⟦P⟧\"`。",
        "更新 contact sheet，写上修改日期。",
        "加一个 pre-commit hook，防止 secret 被 commit。",
    ],
    headings: &[
        "Summary",
        "Details",
        "Next steps",
        "示例",
        "备注",
        "联系方式",
        "Config",
        "改动说明",
        "Security checklist",
        "Reply draft",
    ],
    notes: &[
        "没变",
        "verified",
        "待确认",
        "来自 ticket",
        "需要 rotate",
        "勿外传",
    ],
    table_head: ["字段", "Value", "备注"],
    host_head: ["Host", "地址", "Role"],
    neg_labels: ["Order", "Request ID", "版本", "金额"],
    draft_open: &["Reply draft 如下：", "Email draft："],
    greet: &["Hi ⟦P:PERSON⟧，", "⟦P:PERSON⟧你好：", "Hi，"],
    draft_body: &[
        "谢谢这么快 reply。",
        "已经按你的要求把⟦L⟧ update 成⟦P⟧了。",
        "请 confirm 一下⟦P:EMAIL_ADDRESS⟧是不是还是收 invoice 的邮箱。",
        "有急事请打⟦P:PHONE_NUMBER⟧找⟦w:team⟧。",
        "你的 order ⟦N:order⟧ 会在⟦w:day⟧发货。",
    ],
    sign: &["Thanks，", "Best，", "谢谢！"],
    comments: &[
        "deploy 前替换",
        "prod 从 env 读取",
        "从你的 message 里复制的",
        "仅作 example",
    ],
    links: &[
        "表格可以发给[⟦P:PERSON⟧](mailto:⟦P:EMAIL_ADDRESS⟧)。",
        "详见 [key rotation guide](https://docs.example.com/security/rotate-keys)。",
        "更多 background：<https://example.org/guides/pseudonymization>。",
        "[Status page](https://status.example.com) 显示⟦N:date⟧没有 incident。",
    ],
    pem_intro: &[
        "你贴的是一整把 private key，拿到这段 text 的人都能用：",
        "下面是你 message 里的 key block，migration 之后记得 rotate：",
    ],
    labels: MIXED_LABELS,
    company: docs::ZH_COMPANY,
    city: &["北京", "上海", "深圳", "杭州", "成都", "南京"],
    day: &["周一", "周二", "周四", "周五", "月底"],
    product: docs::MIXED_PRODUCT,
    team: docs::ZH_TEAM,
};
