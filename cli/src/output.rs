//! Output formats for `scan`, `redact` and `guard`: text, jsonl, json and SARIF 2.1.0.

use crate::Fail;
use crate::args::Format;
use crate::input::{Record, STDIN_NAME};
use crate::position::{Locator, code_points};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Value, json};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::sync::Arc;
use veil_core::{Category, Engine, Finding, Verdict};

/// What one processed unit (a whole file, or one JSON Lines record) produced.
#[derive(Debug)]
pub struct Item<'a> {
    /// Display name of the input.
    pub source: &'a str,
    /// The record, for JSON Lines input (with its 1-based line number).
    pub record: Option<(usize, &'a Record<'a>)>,
    /// The text the findings' offsets refer to.
    pub text: &'a [u8],
    pub findings: &'a [Finding],
    /// The redacted text (redact only).
    pub redacted: Option<&'a str>,
    pub blocked: bool,
    /// The guard's verdict and risk (scan, guard).
    pub verdict: Option<(Verdict, f64)>,
}

/// Which command the output is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Scan,
    Redact,
    Guard,
}

/// One finding as written in JSON: `{"type","category","rule","start","end","text","score"}`.
#[derive(Debug, Serialize)]
struct FindingOut<'a> {
    #[serde(rename = "type")]
    entity_type: Arc<str>,
    category: Category,
    rule: Arc<str>,
    start: usize,
    end: usize,
    text: Cow<'a, str>,
    score: f64,
}

fn findings_out<'a>(text: &'a [u8], findings: &'a [Finding]) -> Vec<FindingOut<'a>> {
    findings
        .iter()
        .map(|f| FindingOut {
            entity_type: f.entity_type.clone(),
            category: f.category,
            rule: f.rule.clone(),
            start: f.start,
            end: f.end,
            text: String::from_utf8_lossy(text.get(f.start..f.end).unwrap_or_default()),
            score: f.score,
        })
        .collect()
}

#[derive(Debug, Serialize)]
struct ItemOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    /// `Some(None)` is written as `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Option<Box<RawValue>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<Verdict>,
    #[serde(skip_serializing_if = "Option::is_none")]
    risk: Option<f64>,
    findings: Vec<FindingOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    redacted: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    blocked: bool,
}

impl ItemOut<'_> {
    fn into_owned(self) -> ItemOut<'static> {
        ItemOut {
            path: self.path.map(|p| Cow::Owned(p.into_owned())),
            line: self.line,
            id: self.id,
            verdict: self.verdict,
            risk: self.risk,
            findings: self
                .findings
                .into_iter()
                .map(|f| FindingOut {
                    text: Cow::Owned(f.text.into_owned()),
                    ..f
                })
                .collect(),
            redacted: self.redacted.map(|r| Cow::Owned(r.into_owned())),
            blocked: self.blocked,
        }
    }
}

/// The `--format json` document.
#[derive(Debug, Serialize)]
struct Document {
    #[serde(skip_serializing_if = "Option::is_none")]
    files: Option<Vec<ItemOut<'static>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records: Option<Vec<ItemOut<'static>>>,
    summary: Summary,
}

#[derive(Debug, Serialize)]
struct Summary {
    findings: usize,
    by_type: BTreeMap<String, usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    by_verdict: Option<Verdicts>,
}

/// How many units got each verdict.
#[derive(Debug, Default, Clone, Copy, Serialize)]
struct Verdicts {
    allow: usize,
    flag: usize,
    block: usize,
}

impl Verdicts {
    fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Allow => self.allow += 1,
            Verdict::Flag => self.flag += 1,
            Verdict::Block => self.block += 1,
        }
    }

    /// `1 allow, 2 block` (verdicts that occurred, in order).
    fn describe(&self) -> String {
        [
            (self.allow, "allow"),
            (self.flag, "flag"),
            (self.block, "block"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, v)| format!("{n} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// Writes items in one format; `finish` writes whatever is written at the end.
#[derive(Debug)]
pub struct Output {
    format: Format,
    mode: Mode,
    show_values: bool,
    jsonl_input: bool,
    /// json: collected items.
    items: Vec<ItemOut<'static>>,
    /// sarif: collected results.
    collected: Vec<Value>,
    pub findings: usize,
    pub units: usize,
    pub by_type: BTreeMap<String, usize>,
    /// Set once an item carries a verdict.
    verdicts: Option<Verdicts>,
    /// scan, text format: a line for a flagged or blocked item.
    pub verdict_lines: bool,
    rule_index: HashMap<String, usize>,
}

impl Output {
    pub fn new(format: Format, mode: Mode, show_values: bool, jsonl_input: bool) -> Output {
        Output {
            format,
            mode,
            show_values,
            jsonl_input,
            items: Vec::new(),
            collected: Vec::new(),
            findings: 0,
            units: 0,
            by_type: BTreeMap::new(),
            verdicts: None,
            verdict_lines: true,
            rule_index: HashMap::new(),
        }
    }

    /// A blank JSON Lines input line: an empty output line where output is one line per input
    /// line, nothing otherwise.
    pub fn blank(&mut self, w: &mut impl Write) -> Result<(), Fail> {
        if self.format == Format::Jsonl
            || (self.format == Format::Text && self.mode == Mode::Redact)
        {
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn item(&mut self, w: &mut impl Write, item: &Item) -> Result<(), Fail> {
        self.units += 1;
        self.findings += item.findings.len();
        for f in item.findings {
            *self.by_type.entry(f.entity_type.to_string()).or_default() += 1;
        }
        if let Some((v, _)) = item.verdict {
            self.verdicts.get_or_insert_default().add(v);
        }
        match self.format {
            Format::Text => match self.mode {
                Mode::Redact => self.text_redacted(w, item),
                Mode::Scan => self.text_findings(w, item),
                Mode::Guard => self.text_verdict(w, item),
            },
            Format::Jsonl => {
                let out = self.item_out(item, false);
                serde_json::to_writer(&mut *w, &out).map_err(Fail::from_json)?;
                w.write_all(b"\n")?;
                Ok(())
            }
            Format::Json => {
                let out = self.item_out(item, true).into_owned();
                self.items.push(out);
                Ok(())
            }
            Format::Sarif => {
                self.sarif_results(item);
                Ok(())
            }
        }
    }

    fn item_out<'a>(&self, item: &Item<'a>, document: bool) -> ItemOut<'a> {
        let (path, line, id) = match item.record {
            Some((line, rec)) => (
                document.then_some(Cow::Borrowed(item.source)),
                document.then_some(line),
                Some(rec.id().map(|r| r.to_owned())),
            ),
            None => (Some(Cow::Borrowed(item.source)), None, None),
        };
        ItemOut {
            path,
            line,
            id,
            verdict: item.verdict.map(|(v, _)| v),
            risk: item.verdict.map(|(_, r)| r),
            findings: findings_out(item.text, item.findings),
            redacted: item.redacted.map(Cow::Borrowed),
            blocked: item.blocked,
        }
    }

    fn text_redacted(&self, w: &mut impl Write, item: &Item) -> Result<(), Fail> {
        let redacted = item.redacted.unwrap_or_default();
        match item.record {
            Some((_, rec)) => {
                w.write_all(rec.with_field(redacted).as_bytes())?;
                w.write_all(b"\n")?;
            }
            None => w.write_all(redacted.as_bytes())?,
        }
        Ok(())
    }

    fn text_findings(&self, w: &mut impl Write, item: &Item) -> Result<(), Fail> {
        let mut loc = Locator::new(item.text);
        // For records: columns within the field, counted incrementally.
        let (mut cp_pos, mut cp_col) = (0usize, 1usize);
        for f in item.findings {
            let (line, col) = match item.record {
                Some((line, _)) => {
                    if f.start < cp_pos {
                        (cp_pos, cp_col) = (0, 1);
                    }
                    cp_col += code_points(&item.text[cp_pos..f.start]);
                    cp_pos = f.start;
                    (line, cp_col)
                }
                None => {
                    let p = loc.locate(f.start);
                    (p.line, p.col)
                }
            };
            let value = String::from_utf8_lossy(item.text.get(f.start..f.end).unwrap_or_default());
            writeln!(
                w,
                "{}:{}:{}: {} rule={} score={:.2} {}",
                item.source,
                line,
                col,
                f.entity_type,
                f.rule,
                f.score,
                preview(&value, self.show_values)
            )?;
        }
        if let Some((verdict, risk)) = item.verdict
            && verdict != Verdict::Allow
            && self.verdict_lines
        {
            writeln!(w, "{}: verdict={verdict} risk={risk:.2}", source(item))?;
        }
        Ok(())
    }

    /// `VERDICT  risk=R  SOURCE`, then an indented line per finding.
    fn text_verdict(&self, w: &mut impl Write, item: &Item) -> Result<(), Fail> {
        let (verdict, risk) = item.verdict.unwrap_or((Verdict::Allow, 0.0));
        writeln!(w, "{verdict}  risk={risk:.2}  {}", source(item))?;
        for f in item.findings {
            let value = String::from_utf8_lossy(item.text.get(f.start..f.end).unwrap_or_default());
            writeln!(
                w,
                "  {} rule={} span={}..{} score={:.2} {}",
                f.entity_type,
                f.rule,
                f.start,
                f.end,
                f.score,
                preview(&value, self.show_values)
            )?;
        }
        Ok(())
    }

    fn sarif_results(&mut self, item: &Item) {
        let uri = if item.source == STDIN_NAME {
            "stdin".to_string()
        } else {
            uri_encode(item.source)
        };
        let mut loc = Locator::new(item.text);
        for f in item.findings {
            let region = match item.record {
                // Offsets are into the decoded field, not the file: only the line is exact.
                Some((line, _)) => json!({ "startLine": line }),
                None => {
                    let (s, e) = (loc.locate(f.start), loc.locate(f.end));
                    json!({
                        "startLine": s.line,
                        "startColumn": s.col,
                        "endLine": e.line,
                        "endColumn": e.col,
                        "byteOffset": f.start,
                        "byteLength": f.end - f.start,
                    })
                }
            };
            let mut result = json!({
                "ruleId": f.rule.as_ref(),
                "level": if f.category == Category::Secret { "error" } else { "warning" },
                "message": { "text": format!(
                    "{} ({}) found by rule {}, score {:.2}",
                    f.entity_type, f.category, f.rule, f.score
                ) },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": uri },
                    "region": region,
                } }],
            });
            if let Some(&i) = self.rule_index.get(f.rule.as_ref()) {
                result["ruleIndex"] = json!(i);
            }
            if let Some((line, rec)) = item.record {
                let id: Value = rec
                    .id()
                    .and_then(|r| serde_json::from_str(r.get()).ok())
                    .unwrap_or(Value::Null);
                result["properties"] = json!({
                    "jsonlLine": line,
                    "id": id,
                    "fieldStart": f.start,
                    "fieldEnd": f.end,
                });
            }
            self.collected.push(result);
        }
    }

    /// Write the document (json, sarif); nothing for streaming formats.
    pub fn finish(&mut self, w: &mut impl Write, engine: &Engine) -> Result<(), Fail> {
        match self.format {
            Format::Json => {
                let items = Some(std::mem::take(&mut self.items));
                let (files, records) = if self.jsonl_input {
                    (None, items)
                } else {
                    (items, None)
                };
                let doc = Document {
                    files,
                    records,
                    summary: Summary {
                        findings: self.findings,
                        by_type: std::mem::take(&mut self.by_type),
                        by_verdict: self.verdicts,
                    },
                };
                serde_json::to_writer_pretty(&mut *w, &doc).map_err(Fail::from_json)?;
                w.write_all(b"\n")?;
            }
            Format::Sarif => {
                let doc = sarif_document(engine, std::mem::take(&mut self.collected));
                serde_json::to_writer_pretty(&mut *w, &doc).map_err(Fail::from_json)?;
                w.write_all(b"\n")?;
            }
            Format::Text | Format::Jsonl => {}
        }
        Ok(())
    }

    /// SARIF results carry a `ruleIndex` into the driver's rules: index them first.
    pub fn prepare(&mut self, engine: &Engine) {
        if self.format == Format::Sarif {
            for (i, r) in engine.rules().into_iter().enumerate() {
                self.rule_index.entry(r.id).or_insert(i);
            }
        }
    }

    /// `3 findings (EMAIL_ADDRESS 2, PHONE_NUMBER 1) in 2 files`, plus `; verdicts: 1 flag`
    /// when an item was flagged or blocked; for guard: `2 records: 1 allow, 1 block`.
    pub fn summary(&self) -> String {
        let unit = if self.jsonl_input { "record" } else { "file" };
        let verdicts = self
            .verdicts
            .filter(|_| self.verdict_lines)
            .unwrap_or_default();
        if self.mode == Mode::Guard {
            let counts = verdicts.describe();
            let sep = if counts.is_empty() { "" } else { ": " };
            return format!("{} {unit}{}{sep}{counts}", self.units, plural(self.units));
        }
        let flagged = if verdicts.flag + verdicts.block > 0 {
            let only = Verdicts {
                allow: 0,
                ..verdicts
            };
            format!("; verdicts: {}", only.describe())
        } else {
            String::new()
        };
        let types: Vec<String> = self
            .by_type
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect();
        format!(
            "{} finding{}{} in {} {unit}{}",
            self.findings,
            plural(self.findings),
            if types.is_empty() {
                String::new()
            } else {
                format!(" ({})", types.join(", "))
            },
            self.units,
            plural(self.units)
        ) + &flagged
    }
}

/// `PATH` for a file, `PATH:LINE` for a record.
fn source(item: &Item) -> String {
    match item.record {
        Some((line, _)) => format!("{}:{line}", item.source),
        None => item.source.to_string(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn sarif_document(engine: &Engine, results: Vec<Value>) -> Value {
    let rules: Vec<Value> = engine
        .rules()
        .into_iter()
        .map(|r| {
            let description = if r.description.is_empty() {
                format!("Detects {}", r.entity_type)
            } else {
                r.description.clone()
            };
            json!({
                "id": r.id,
                "name": camel_case(&r.id),
                "shortDescription": { "text": description },
                "defaultConfiguration": {
                    "level": if r.category == Category::Secret { "error" } else { "warning" }
                },
                "properties": { "category": r.category, "type": r.entity_type },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "veil",
                "version": veil_core::VERSION,
                "semanticVersion": veil_core::VERSION,
                "rules": rules,
            } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

/// `credit-card` → `CreditCard`.
fn camel_case(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut cs = p.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Percent-encode a path for a SARIF `uri` (unreserved characters and `/` stay).
fn uri_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The value for text output: masked except the last 4 characters (fewer for values shorter
/// than 12 characters: at most a third is shown), at most 16 mask characters; control
/// characters escaped so a finding stays on one line. `show` prints the value in full.
pub fn preview(value: &str, show: bool) -> String {
    let n = value.chars().count();
    let keep = if show { n } else { (n / 3).min(4) };
    let masked = n - keep;
    let mut out = "*".repeat(masked.min(16));
    for c in value.chars().skip(masked) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_masks_all_but_the_tail() {
        assert_eq!(
            preview("jane.doe@example.com", false),
            "****************.com"
        );
        assert_eq!(preview("13812345678", false), "********678");
        assert_eq!(preview("abc", false), "**c");
        assert_eq!(preview("ab", false), "**");
        assert_eq!(preview("a\nb", true), "a\\nb");
        assert_eq!(preview(&"x".repeat(100), false).len(), 20);
    }

    #[test]
    fn names_and_uris() {
        assert_eq!(camel_case("credit-card"), "CreditCard");
        assert_eq!(uri_encode("dir/a b#.txt"), "dir/a%20b%23.txt");
    }
}
