//! `veil`: the command line of the veil engine. Thin by design: detection, redaction,
//! sessions and the prompt guard live in `veil-core`; this crate parses arguments, reads
//! inputs, converts offsets to lines and columns, and writes the output formats.

mod args;
mod input;
mod output;
mod position;
mod stream;

use args::{Cli, Command, FailOn, Format, Global, InputKind, InvalidUtf8};
use clap::Parser;
use input::{Inputs, Lossy, Progress, Record, decode, lines};
use output::{Item, Mode, Output};
use std::io::{BufWriter, StdoutLock, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use veil_core::{Category, Engine, Finding, GuardReport, Policy, Redaction, Session, Verdict};

/// Why a command stopped early.
#[derive(Debug)]
pub enum Fail {
    /// An error, printed as `veil: {message}`, exit 2.
    Msg(String),
    /// stdout was closed (e.g. `veil scan big | head`): stop quietly, usual exit status.
    Pipe,
}

impl From<std::io::Error> for Fail {
    /// Errors writing to stdout.
    fn from(e: std::io::Error) -> Fail {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Fail::Pipe
        } else {
            Fail::Msg(format!("cannot write output: {e}"))
        }
    }
}

impl Fail {
    fn from_json(e: serde_json::Error) -> Fail {
        match e.io_error_kind() {
            Some(kind) => Fail::from(std::io::Error::from(kind)),
            None => Fail::Msg(format!("cannot write output: {e}")),
        }
    }
}

type Out = BufWriter<StdoutLock<'static>>;

/// Shared state of one run.
struct Run {
    global: Global,
    out: Out,
    /// Something was found (exit status 1).
    found: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut run = Run {
        global: cli.global,
        out: BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        found: false,
    };
    let result = run
        .command(cli.command)
        .and_then(|()| run.out.flush().map_err(Fail::from));
    match result {
        Ok(()) | Err(Fail::Pipe) => ExitCode::from(u8::from(run.found)),
        Err(Fail::Msg(msg)) => {
            let _ = run.out.flush();
            let _ = writeln!(std::io::stderr(), "veil: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Print a note on stderr (ignoring failures: stderr may be closed too).
fn note(msg: &str) {
    let _ = writeln!(std::io::stderr(), "veil: {msg}");
}

fn engine(config: Option<&Path>) -> Result<Engine, Fail> {
    let Some(path) = config else {
        return Ok(Engine::default());
    };
    // `from_path` messages already name the file (and the line for syntax errors).
    let policy = Policy::from_path(path).map_err(|e| Fail::Msg(e.message().to_string()))?;
    Engine::builder()
        .policy(policy)
        .build()
        .map_err(|e| Fail::Msg(format!("{}: {e}", path.display())))
}

impl Run {
    fn format(&self) -> Format {
        self.global.format.unwrap_or(match self.global.input {
            InputKind::Text => Format::Text,
            InputKind::Jsonl => Format::Jsonl,
        })
    }

    fn command(&mut self, command: Command) -> Result<(), Fail> {
        let format = self.format();
        let only = |allowed: &[Format], cmd: &str| -> Result<(), Fail> {
            match self.global.format {
                Some(f) if !allowed.contains(&f) => Err(Fail::Msg(format!(
                    "--format {} does not apply to `veil {cmd}`",
                    format_name(f)
                ))),
                _ => Ok(()),
            }
        };
        match command {
            Command::Scan { paths, show_values } => {
                let engine = engine(self.global.config.as_deref())?;
                self.scan(&engine, &paths, format, show_values)
            }
            Command::Redact {
                paths,
                session,
                invalid_utf8,
                stream: true,
            } => {
                debug_assert!(paths.is_empty() && session.is_none()); // clap conflicts
                self.stream_usage("redact")?;
                let engine = engine(self.global.config.as_deref())?;
                self.redact_stream(&engine, invalid_utf8)
            }
            Command::Redact {
                paths,
                session,
                invalid_utf8,
                stream: false,
            } => {
                only(&[Format::Text, Format::Json, Format::Jsonl], "redact")?;
                let engine = engine(self.global.config.as_deref())?;
                self.redact(&engine, &paths, format, session.as_deref(), invalid_utf8)
            }
            Command::Restore {
                session,
                paths,
                invalid_utf8,
                stream,
            } => {
                if stream {
                    debug_assert!(paths.is_empty()); // a clap conflict
                    self.stream_usage("restore")?;
                } else {
                    only(&[Format::Text, Format::Jsonl], "restore")?;
                }
                let engine = engine(self.global.config.as_deref())?;
                if stream {
                    self.restore_stream(&engine, &session, invalid_utf8)
                } else {
                    self.restore(&engine, &paths, &session, invalid_utf8)
                }
            }
            Command::Guard {
                paths,
                show_values,
                fail_on,
                canary,
            } => {
                only(&[Format::Text, Format::Json, Format::Jsonl], "guard")?;
                let engine = engine(self.global.config.as_deref())?;
                if canary {
                    return self.canary(&engine, format);
                }
                let fail_at = match fail_on {
                    FailOn::Flag => Verdict::Flag,
                    FailOn::Block => Verdict::Block,
                };
                self.guard(&engine, &paths, format, show_values, fail_at)
            }
            Command::Rules => {
                only(&[Format::Text, Format::Json, Format::Jsonl], "rules")?;
                let engine = engine(self.global.config.as_deref())?;
                self.rules(&engine, format)
            }
            Command::Bench { path, iterations } => {
                only(&[Format::Text, Format::Json], "bench")?;
                let engine = engine(self.global.config.as_deref())?;
                self.bench(&engine, path, iterations, format)
            }
        }
    }

    fn scan(
        &mut self,
        engine: &Engine,
        paths: &[PathBuf],
        format: Format,
        show_values: bool,
    ) -> Result<(), Fail> {
        let jsonl = self.global.input == InputKind::Jsonl;
        let mut output = Output::new(format, Mode::Scan, show_values, jsonl);
        output.prepare(engine);
        // With `[guard] in_scan = false` scan is about personal data and secrets: the verdict
        // is still written in JSON but neither printed as text nor counted in the exit status.
        let guard_in_scan = engine.policy().guard.in_scan;
        output.verdict_lines = guard_in_scan;
        let flagged = |v: Verdict| guard_in_scan && v != Verdict::Allow;
        // Otherwise only json and jsonl write the verdict: text and SARIF skip the guard.
        let guard = guard_in_scan || matches!(format, Format::Json | Format::Jsonl);
        let mut inputs = Inputs::open(paths)?;
        let progress = Progress::new(inputs.total, self.global.quiet);
        let result = (|| {
            for i in 0..inputs.len() {
                let bytes = inputs.read(i)?;
                let name = inputs.name(i);
                if !jsonl {
                    let (findings, verdict) = if guard {
                        let (findings, report) = scan_bytes_with_guard(engine, &bytes);
                        (findings, Some((report.verdict, report.risk)))
                    } else {
                        (engine.scan_bytes(&bytes), None)
                    };
                    self.found |= !findings.is_empty() || verdict.is_some_and(|v| flagged(v.0));
                    let item = Item {
                        source: name,
                        record: None,
                        text: &bytes,
                        findings: &findings,
                        redacted: None,
                        blocked: false,
                        verdict,
                    };
                    output.item(&mut self.out, &item)?;
                    progress.inc(bytes.len());
                    continue;
                }
                for line in lines(&bytes) {
                    progress.inc(line.bytes.len() + 1);
                    if line.is_blank() {
                        output.blank(&mut self.out)?;
                        continue;
                    }
                    // Scanning tolerates invalid UTF-8 (replaced before parsing).
                    let text = String::from_utf8_lossy(line.bytes);
                    let rec = Record::parse(&text, &self.global.field)
                        .map_err(|m| Fail::Msg(format!("{name}:{}: {m}", line.number)))?;
                    let (findings, verdict) = if guard {
                        let (findings, report) = engine.scan_with_guard(&rec.text);
                        (findings, Some((report.verdict, report.risk)))
                    } else {
                        (engine.scan(&rec.text), None)
                    };
                    self.found |= !findings.is_empty() || verdict.is_some_and(|v| flagged(v.0));
                    let item = Item {
                        source: name,
                        record: Some((line.number, &rec)),
                        text: rec.text.as_bytes(),
                        findings: &findings,
                        redacted: None,
                        blocked: false,
                        verdict,
                    };
                    output.item(&mut self.out, &item)?;
                }
            }
            output.finish(&mut self.out, engine)
        })();
        drop(progress);
        result?;
        if format == Format::Text && !self.global.quiet {
            self.out.flush()?;
            note(&output.summary());
        }
        Ok(())
    }

    fn redact(
        &mut self,
        engine: &Engine,
        paths: &[PathBuf],
        format: Format,
        session_path: Option<&Path>,
        mode: InvalidUtf8,
    ) -> Result<(), Fail> {
        let mut session = match session_path {
            Some(p) if p.exists() => {
                Some(Session::load(engine, p).map_err(|e| Fail::Msg(e.message().to_string()))?)
            }
            Some(_) => Some(engine.session()),
            None => None,
        };
        let jsonl = self.global.input == InputKind::Jsonl;
        let mut output = Output::new(format, Mode::Redact, false, jsonl);
        let mut inputs = Inputs::open(paths)?;
        let progress = Progress::new(inputs.total, self.global.quiet);
        let mut blocked_in: Vec<String> = Vec::new();
        let mut redact = |text: &str| -> Redaction<'static> {
            match session.as_mut() {
                Some(s) => s.redact(text).into_owned(),
                None => engine.redact(text).into_owned(),
            }
        };
        let result = (|| {
            for i in 0..inputs.len() {
                let bytes = inputs.read(i)?;
                let name = inputs.name(i);
                if !jsonl {
                    let text =
                        decode(&bytes, mode, 0).map_err(|m| Fail::Msg(format!("{name}: {m}")))?;
                    let red = redact(&text);
                    self.found |= !red.findings.is_empty();
                    if red.blocked {
                        blocked_in.push(name.to_string());
                    }
                    let item = Item {
                        source: name,
                        record: None,
                        text: text.as_bytes(),
                        findings: &red.findings,
                        redacted: Some(&red.text),
                        blocked: red.blocked,
                        verdict: None,
                    };
                    output.item(&mut self.out, &item)?;
                    progress.inc(bytes.len());
                    continue;
                }
                for line in lines(&bytes) {
                    progress.inc(line.bytes.len() + 1);
                    if line.is_blank() {
                        output.blank(&mut self.out)?;
                        continue;
                    }
                    let at = |m: String| Fail::Msg(format!("{name}:{}: {m}", line.number));
                    let text = decode(line.bytes, mode, line.offset).map_err(at)?;
                    let rec = Record::parse(&text, &self.global.field).map_err(at)?;
                    let red = redact(&rec.text);
                    self.found |= !red.findings.is_empty();
                    if red.blocked {
                        blocked_in.push(format!("{name}:{}", line.number));
                    }
                    let item = Item {
                        source: name,
                        record: Some((line.number, &rec)),
                        text: rec.text.as_bytes(),
                        findings: &red.findings,
                        redacted: Some(&red.text),
                        blocked: red.blocked,
                        verdict: None,
                    };
                    output.item(&mut self.out, &item)?;
                }
            }
            output.finish(&mut self.out, engine)
        })();
        drop(progress);
        // Save even after an input error: output already written may use new placeholders.
        if let (Some(s), Some(p)) = (&session, session_path) {
            self.out.flush().ok();
            s.save(p).map_err(|e| Fail::Msg(e.message().to_string()))?;
        }
        result?;
        if !self.global.quiet && !blocked_in.is_empty() {
            self.out.flush()?;
            note(&format!(
                "blocked by policy (a finding's action is `block`): {}",
                blocked_in.join(", ")
            ));
        }
        Ok(())
    }

    /// `--stream` reads text and writes text: `--input jsonl` and other formats are usage
    /// errors.
    fn stream_usage(&self, cmd: &str) -> Result<(), Fail> {
        if self.global.input == InputKind::Jsonl {
            return Err(Fail::Msg(format!(
                "--input jsonl does not apply to `veil {cmd} --stream` (it reads text)"
            )));
        }
        match self.global.format {
            Some(f) if f != Format::Text => Err(Fail::Msg(format!(
                "--format {} does not apply to `veil {cmd} --stream` (it writes text)",
                format_name(f)
            ))),
            _ => Ok(()),
        }
    }

    /// `veil redact --stream`: standard input redacted as it arrives.
    fn redact_stream(&mut self, engine: &Engine, mode: InvalidUtf8) -> Result<(), Fail> {
        let mut redactor = engine.stream_redact();
        let result = stream::pipe(&mut redactor, mode, &mut self.out);
        // Before the error check: after a closed stdout the exit status is still 0 or 1.
        self.found = !redactor.findings().is_empty();
        result?;
        if redactor.blocked() && !self.global.quiet {
            self.out.flush()?;
            note(&format!(
                "blocked by policy (a finding's action is `block`): {}",
                input::STDIN_NAME
            ));
        }
        Ok(())
    }

    /// `veil restore --stream`: standard input restored as it arrives.
    fn restore_stream(
        &mut self,
        engine: &Engine,
        session_path: &Path,
        mode: InvalidUtf8,
    ) -> Result<(), Fail> {
        let session =
            Session::load(engine, session_path).map_err(|e| Fail::Msg(e.message().to_string()))?;
        stream::pipe(&mut session.stream_restore(), mode, &mut self.out)
    }

    fn guard(
        &mut self,
        engine: &Engine,
        paths: &[PathBuf],
        format: Format,
        show_values: bool,
        fail_at: Verdict,
    ) -> Result<(), Fail> {
        let jsonl = self.global.input == InputKind::Jsonl;
        let mut output = Output::new(format, Mode::Guard, show_values, jsonl);
        let mut inputs = Inputs::open(paths)?;
        let progress = Progress::new(inputs.total, self.global.quiet);
        let result = (|| {
            for i in 0..inputs.len() {
                let bytes = inputs.read(i)?;
                let name = inputs.name(i);
                if !jsonl {
                    // Invalid UTF-8 is read as U+FFFD; spans still refer to the file's bytes.
                    let text = Lossy::new(&bytes);
                    let mut report = engine.guard(&text.text);
                    text.map_back(&mut report.findings);
                    self.found |= report.verdict >= fail_at;
                    let item = Item {
                        source: name,
                        record: None,
                        text: &bytes,
                        findings: &report.findings,
                        redacted: None,
                        blocked: false,
                        verdict: Some((report.verdict, report.risk)),
                    };
                    output.item(&mut self.out, &item)?;
                    progress.inc(bytes.len());
                    continue;
                }
                for line in lines(&bytes) {
                    progress.inc(line.bytes.len() + 1);
                    if line.is_blank() {
                        output.blank(&mut self.out)?;
                        continue;
                    }
                    let text = String::from_utf8_lossy(line.bytes);
                    let rec = Record::parse(&text, &self.global.field)
                        .map_err(|m| Fail::Msg(format!("{name}:{}: {m}", line.number)))?;
                    let report = engine.guard(&rec.text);
                    self.found |= report.verdict >= fail_at;
                    let item = Item {
                        source: name,
                        record: Some((line.number, &rec)),
                        text: rec.text.as_bytes(),
                        findings: &report.findings,
                        redacted: None,
                        blocked: false,
                        verdict: Some((report.verdict, report.risk)),
                    };
                    output.item(&mut self.out, &item)?;
                }
            }
            output.finish(&mut self.out, engine)
        })();
        drop(progress);
        result?;
        if format == Format::Text && !self.global.quiet {
            self.out.flush()?;
            note(&output.summary());
        }
        Ok(())
    }

    fn canary(&mut self, engine: &Engine, format: Format) -> Result<(), Fail> {
        let token = engine.canary();
        if format == Format::Text {
            writeln!(self.out, "{token}")?;
        } else {
            serde_json::to_writer(&mut self.out, &serde_json::json!({ "canary": token }))
                .map_err(Fail::from_json)?;
            self.out.write_all(b"\n")?;
        }
        if engine.policy().redact.hash_key.is_none() && !self.global.quiet {
            self.out.flush()?;
            note(
                "the policy has no [redact] hash_key, so no later run will recognise this \
                 canary; set one in the policy given with --config",
            );
        }
        Ok(())
    }

    fn restore(
        &mut self,
        engine: &Engine,
        paths: &[PathBuf],
        session_path: &Path,
        mode: InvalidUtf8,
    ) -> Result<(), Fail> {
        let session =
            Session::load(engine, session_path).map_err(|e| Fail::Msg(e.message().to_string()))?;
        let jsonl = self.global.input == InputKind::Jsonl;
        let mut inputs = Inputs::open(paths)?;
        let progress = Progress::new(inputs.total, self.global.quiet);
        for i in 0..inputs.len() {
            let bytes = inputs.read(i)?;
            let name = inputs.name(i);
            if !jsonl {
                let text =
                    decode(&bytes, mode, 0).map_err(|m| Fail::Msg(format!("{name}: {m}")))?;
                self.out.write_all(session.restore(&text).as_bytes())?;
                progress.inc(bytes.len());
                continue;
            }
            for line in lines(&bytes) {
                progress.inc(line.bytes.len() + 1);
                if !line.is_blank() {
                    let at = |m: String| Fail::Msg(format!("{name}:{}: {m}", line.number));
                    let text = decode(line.bytes, mode, line.offset).map_err(at)?;
                    let rec = Record::parse(&text, &self.global.field).map_err(at)?;
                    let restored = session.restore(&rec.text);
                    self.out.write_all(rec.with_field(&restored).as_bytes())?;
                }
                self.out.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    fn rules(&mut self, engine: &Engine, format: Format) -> Result<(), Fail> {
        let rules = engine.rules();
        let w = &mut self.out;
        match format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *w, &rules).map_err(Fail::from_json)?;
                w.write_all(b"\n")?;
            }
            Format::Jsonl => {
                for r in &rules {
                    serde_json::to_writer(&mut *w, r).map_err(Fail::from_json)?;
                    w.write_all(b"\n")?;
                }
            }
            _ => {
                let width = |f: &dyn Fn(&veil_core::RuleInfo) -> usize, min: usize| {
                    rules.iter().map(f).max().unwrap_or(0).max(min)
                };
                let wi = width(&|r| r.id.len(), 2);
                let wt = width(&|r| r.entity_type.len(), 4);
                let wa = width(&|r| r.anchor.len(), 6);
                let wv = width(&|r| r.validator.as_deref().map_or(1, str::len), 9);
                writeln!(
                    w,
                    "{:wi$}  {:wt$}  {:8}  {:wa$}  {:wv$}  DESCRIPTION",
                    "ID", "TYPE", "CATEGORY", "ANCHOR", "VALIDATOR"
                )?;
                for r in &rules {
                    writeln!(
                        w,
                        "{:wi$}  {:wt$}  {:8}  {:wa$}  {:wv$}  {}",
                        r.id,
                        r.entity_type,
                        r.category.as_str(),
                        r.anchor,
                        r.validator.as_deref().unwrap_or("-"),
                        r.description
                    )?;
                }
                if !self.global.quiet {
                    w.flush()?;
                    note(&format!("{} rules", rules.len()));
                }
            }
        }
        Ok(())
    }

    fn bench(
        &mut self,
        engine: &Engine,
        path: Option<PathBuf>,
        iterations: u32,
        format: Format,
    ) -> Result<(), Fail> {
        let mut inputs = Inputs::open(path.as_slice())?;
        let bytes = inputs.read(0)?;
        let name = inputs.name(0).to_string();
        let text = std::str::from_utf8(&bytes).ok();
        let mut times: Vec<Duration> = Vec::with_capacity(iterations as usize);
        let mut findings = 0;
        for _ in 0..iterations {
            let t = Instant::now();
            // Valid UTF-8 goes straight to `scan`; anything else through `scan_bytes`.
            let found = match text {
                Some(s) => engine.scan(std::hint::black_box(s)),
                None => engine.scan_bytes(std::hint::black_box(&bytes)),
            };
            times.push(t.elapsed());
            findings = std::hint::black_box(found).len();
        }
        times.sort();
        let median = if times.len() % 2 == 1 {
            times[times.len() / 2]
        } else {
            (times[times.len() / 2 - 1] + times[times.len() / 2]) / 2
        };
        let slowest = times[times.len() - 1];
        let mbps = |d: Duration| {
            let secs = d.as_secs_f64();
            if secs > 0.0 {
                bytes.len() as f64 / 1e6 / secs
            } else {
                0.0
            }
        };
        self.found = false;
        let w = &mut self.out;
        if format == Format::Json {
            let doc = serde_json::json!({
                "input": name,
                "bytes": bytes.len(),
                "iterations": iterations,
                "median_mb_per_s": mbps(median),
                "min_mb_per_s": mbps(slowest),
                "median_ms": median.as_secs_f64() * 1e3,
                "findings": findings,
            });
            serde_json::to_writer_pretty(&mut *w, &doc).map_err(Fail::from_json)?;
            w.write_all(b"\n")?;
        } else {
            writeln!(
                w,
                "{name}: {} bytes ({:.2} MB), {iterations} iteration{}, {findings} finding{}",
                bytes.len(),
                bytes.len() as f64 / 1e6,
                if iterations == 1 { "" } else { "s" },
                if findings == 1 { "" } else { "s" },
            )?;
            writeln!(
                w,
                "median {:.1} MB/s ({:.3} ms per scan), min {:.1} MB/s",
                mbps(median),
                median.as_secs_f64() * 1e3,
                mbps(slowest)
            )?;
        }
        Ok(())
    }
}

/// [`Engine::scan_with_guard`] for text that may not be valid UTF-8. Personal data and secrets
/// are found in each valid stretch (as [`Engine::scan_bytes`] does); the guard reads the whole
/// text with invalid sequences as U+FFFD, so splitting a phrase with a stray byte does not
/// hide it. Offsets refer to `bytes`.
fn scan_bytes_with_guard(engine: &Engine, bytes: &[u8]) -> (Vec<Finding>, GuardReport) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return engine.scan_with_guard(text);
    }
    let text = Lossy::new(bytes);
    let mut report = engine.guard(&text.text);
    text.map_back(&mut report.findings);
    let mut findings: Vec<Finding> = engine
        .scan_bytes(bytes)
        .into_iter()
        .filter(|f| f.category != Category::Injection)
        .collect();
    if engine.policy().guard.in_scan {
        findings.extend(report.findings.iter().cloned());
        findings.sort_by_key(|f| f.start);
    }
    (findings, report)
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Text => "text",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
        Format::Sarif => "sarif",
    }
}
