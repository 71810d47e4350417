//! Command-line arguments (clap derive). Help texts here are the user documentation.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit status:
  0  nothing found (scan, redact) / every verdict below --fail-on (guard) /
     success (restore, rules, bench, guard --canary)
  1  something was found (scan, redact) / a verdict at or above --fail-on (guard)
  2  error: bad arguments, unreadable input or policy, invalid JSON line, ...
     Processing stops at the first error.

Inputs:
  PATH arguments are read whole; no PATH, or `-`, reads standard input.
  --stream       (redact, restore) standard input is read as it arrives instead, and each
                 part of the output is written as soon as it is final (see `veil redact
                 --help`).
  --input text   each file is one text; offsets are UTF-8 byte offsets into the file.
  --input jsonl  each line is a JSON object whose --field string is scanned; its \"id\" is
                 echoed (null when absent). Blank lines are not parsed; where the output has
                 one line per record (jsonl output, redact/restore text output) they give
                 an empty line, so output line N belongs to input line N. They still count
                 for line numbers in messages.
  A missing or unreadable file is an error (exit 2); later files are not processed.

Columns (text and sarif output) are 1-based and count Unicode code points (SARIF
columnKind \"unicodeCodePoints\"); for jsonl input they count within the field's string.

Errors are one line on stderr (`veil: PATH: message` or `veil: PATH:LINE: message`) and never
contain the scanned text.";

/// Find and redact personal data and secrets in text before it goes to an LLM.
///
/// veil scans text (files, standard input or JSON Lines records) with the rules of a
/// policy (the built-in rule packs unless --config names a policy file), reports what it
/// finds, redacts it, or pseudonymizes it reversibly with a session file. Its prompt guard
/// judges whether a text tries to hijack the model: allow, flag or block.
#[derive(Debug, Parser)]
#[command(name = "veil", version, after_help = AFTER_HELP, verbatim_doc_comment)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command.
#[derive(Debug, Args)]
pub struct Global {
    /// Policy file (TOML) to use instead of the built-in policy.
    #[arg(long, short = 'c', value_name = "POLICY.toml", global = true)]
    pub config: Option<PathBuf>,

    /// Output format [default: text for text input, jsonl for jsonl input]
    #[arg(long, short = 'f', value_enum, global = true)]
    pub format: Option<Format>,

    /// How inputs are read: whole texts, or JSON Lines records.
    #[arg(long, short = 'i', value_enum, default_value_t = InputKind::Text, global = true)]
    pub input: InputKind,

    /// For --input jsonl: the string field to scan, redact, restore or guard.
    #[arg(long, value_name = "NAME", default_value = "text", global = true)]
    pub field: String,

    /// No summary, warnings or progress bar on stderr (errors are still printed).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Findings as lines (scan), the redacted text (redact), verdicts (guard).
    Text,
    /// One pretty JSON document with a summary.
    Json,
    /// One JSON object per file (text input) or per input line (jsonl input).
    Jsonl,
    /// SARIF 2.1.0 (scan only).
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// Each file (or stdin) is one text.
    Text,
    /// JSON Lines: one object per line; the --field string is processed.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 when any input is flagged or blocked.
    Flag,
    /// Exit 1 only when an input is blocked.
    Block,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InvalidUtf8 {
    /// Stop with "PATH: invalid UTF-8 at byte offset N" (exit 2).
    Error,
    /// Replace invalid sequences with U+FFFD and go on.
    Replace,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report PII, secrets and prompt injection in the input (exit 1 when anything is found)
    ///
    /// Injection findings (category "injection": PROMPT_INJECTION, INVISIBLE_TEXT,
    /// EXFILTRATION_LINK, CANARY_LEAK; the rule is the family, e.g. instruction_override)
    /// come from the prompt guard, which also gives each file or record a verdict (allow,
    /// flag, block) and a risk in 0..1 (see `veil guard`). Policy `[guard] in_scan = false`
    /// leaves the injection findings and verdict lines out (and the verdict out of the exit
    /// status; JSON output still has it); `[guard] enabled = false` turns the guard off.
    /// Text output: one line per finding on stdout,
    ///   PATH:LINE:COL: TYPE rule=ID score=S PREVIEW
    /// where PREVIEW masks all but the last 4 characters (at most a third of values shorter
    /// than 12 characters is shown; --show-values prints them), then, for a file or record
    /// that is flagged or blocked,
    ///   PATH[:LINE]: verdict=V risk=R
    /// and a summary on stderr.
    /// jsonl: {"path"|"id", "verdict", "risk", "findings": [{"type","category","rule","start",
    /// "end","text","score"}]} per file (text input) or per line (jsonl input); start/end are
    /// UTF-8 byte offsets into the file, or into the field's string for jsonl input.
    /// json: {"files"|"records": [...], "summary": {"findings", "by_type", "by_verdict"}}.
    /// sarif: SARIF 2.1.0; results carry line/column (code points), byteOffset and
    /// byteLength; "error" level for secrets, "warning" otherwise; values are never included.
    /// Invalid UTF-8 in text input is tolerated: PII and secret matches never span an
    /// invalid byte; the guard reads each invalid sequence as U+FFFD.
    /// Exit status 1 when anything is found or a verdict is flag or block.
    #[command(verbatim_doc_comment)]
    Scan {
        /// Files to scan; none or `-` reads standard input.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,

        /// Print matched values in full in text output (they are masked by default).
        #[arg(long)]
        show_values: bool,
    },

    /// Write the input with every finding replaced (exit 1 when anything was found)
    ///
    /// Replacement follows the policy's operators (default [TYPE] labels); with --session,
    /// every value becomes a reversible placeholder such as <EMAIL_ADDRESS_1>.
    /// Text input, text format: the redacted text on stdout.
    /// Jsonl input, jsonl format (the default): one line per input line,
    ///   {"id", "findings", "redacted"} (plus "blocked": true when a finding's type has the
    ///   `block` action); with --format text: the input record with its field redacted.
    /// json: {"files"|"records": [... with "redacted"], "summary"}.
    /// A blocked input is still redacted and written; a warning names it on stderr.
    ///
    /// --stream redacts standard input as it arrives, for a pipe that writes slowly
    /// (`some-llm-cli | veil redact --stream`): every read takes whatever bytes are there (no
    /// need for whole lines), and the redacted text is written and flushed as soon as no
    /// later byte can change it. Text is held back only while it could still be part of a
    /// finding: about a word of prose, a phone number until it can no longer grow, an email
    /// until a byte that cannot continue it, a PEM private key until its END line. The
    /// output is exactly what `veil redact` writes for the whole input. The prompt guard
    /// does not run on a stream (use `veil guard` on the whole text), so injection findings
    /// are not counted in the exit status. With --invalid-utf8 error, the text before an
    /// invalid byte is written as far as it is final, then the error names the byte offset
    /// (exit 2). --stream works with --config; it takes no PATH and no --session, and
    /// neither --input jsonl nor a --format other than text applies.
    #[command(verbatim_doc_comment)]
    Redact {
        /// Files to redact; none or `-` reads standard input.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,

        /// Session file for reversible placeholders: loaded first if it exists (the
        /// conversation continues), written back afterwards with owner-only permissions.
        /// It holds the original values: treat it like the data itself.
        #[arg(long, value_name = "FILE")]
        session: Option<PathBuf>,

        /// What to do with input that is not valid UTF-8.
        #[arg(long, value_enum, value_name = "MODE", default_value_t = InvalidUtf8::Error)]
        invalid_utf8: InvalidUtf8,

        /// Redact standard input as it arrives, writing each part as soon as it is final.
        #[arg(long, conflicts_with_all = ["paths", "session"])]
        stream: bool,
    },

    /// Put original values back in place of a session's placeholders
    ///
    /// Text input is written back with placeholders replaced; for jsonl input each record
    /// is written back with its --field value restored and every other field kept (in
    /// order). Unknown placeholders are left as they are. A missing or corrupt session file
    /// is an error (exit 2). --format is not used: the output has the input's format.
    ///
    /// --stream restores standard input as it arrives (a model's answer streamed back:
    /// `some-llm-cli | veil restore --stream --session s.json`), holding text back only from
    /// a `<` that may still open one of the session's placeholders; the output is exactly
    /// what `veil restore` writes for the whole input. It takes no PATH, and --input jsonl
    /// does not apply; invalid UTF-8 is handled as by `veil redact --stream`.
    #[command(verbatim_doc_comment)]
    Restore {
        /// Session file written by `veil redact --session`.
        #[arg(long, value_name = "FILE", required = true)]
        session: PathBuf,

        /// Files to restore; none or `-` reads standard input.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,

        /// What to do with input that is not valid UTF-8.
        #[arg(long, value_enum, value_name = "MODE", default_value_t = InvalidUtf8::Error)]
        invalid_utf8: InvalidUtf8,

        /// Restore standard input as it arrives, writing each part as soon as it is final.
        #[arg(long, conflicts_with = "paths")]
        stream: bool,
    },

    /// Judge prompts with the prompt guard: allow, flag or block (exit 1 on flag or block)
    ///
    /// The guard looks for injection and jailbreak phrases (in nine languages, also
    /// obfuscated or encoded), chat-template spoofing, hidden text, links that carry data
    /// out and leaked canary tokens, and combines them into a risk in 0..1; the policy's
    /// [guard] thresholds (flag = 0.5, block = 0.85 by default) make it a verdict.
    /// Text output: for each file (text input) or record (jsonl input) a line
    ///   VERDICT  risk=R  PATH[:LINE]
    /// then one indented line per finding,
    ///   TYPE rule=ID span=START..END score=S PREVIEW
    /// (byte offsets and PREVIEW as in `veil scan`), then a count per verdict on stderr.
    /// jsonl: {"path"|"id", "verdict", "risk", "findings": [...]} per file or per input line,
    /// findings as in `veil scan` (injection category only).
    /// json: {"files"|"records": [...], "summary": {"findings", "by_type", "by_verdict"}}.
    /// Exit status 1 when a verdict is at or above --fail-on, 0 otherwise.
    ///
    /// --canary prints a new token to embed in a system prompt; guarding or scanning an
    /// answer that repeats it (even split by spaces or punctuation) reports CANARY_LEAK.
    /// The token is bound to the policy's `[redact] hash_key`: without one every run draws
    /// a random key, so put a hash_key in the policy given with --config to check answers
    /// in a later run.
    #[command(verbatim_doc_comment)]
    Guard {
        /// Files to judge; none or `-` reads standard input.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,

        /// Print matched text in full in text output (it is masked by default).
        #[arg(long)]
        show_values: bool,

        /// The verdict from which the exit status is 1.
        #[arg(long, value_enum, value_name = "VERDICT", default_value_t = FailOn::Flag)]
        fail_on: FailOn,

        /// Print a new canary token and exit (no input is read).
        #[arg(long, conflicts_with_all = ["paths", "show_values", "fail_on"])]
        canary: bool,
    },

    /// List the compiled rules of the effective policy
    ///
    /// text: a table of id, type, category, anchor, validator and description;
    /// json: an array of every rule's details (also keywords, pattern, operator, action);
    /// jsonl: the same, one rule per line.
    #[command(verbatim_doc_comment)]
    Rules,

    /// Measure whole-engine scan throughput on a file, in-process
    ///
    /// Reads the file (default: all of standard input) once, runs the scan N times and
    /// prints the median and the minimum throughput in MB/s (1 MB = 1,000,000 bytes) and
    /// the number of findings. --format json prints the same as a JSON object.
    /// Build with --release for meaningful figures.
    #[command(verbatim_doc_comment)]
    Bench {
        /// File to scan; none or `-` reads standard input.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,

        /// Number of timed scans.
        #[arg(long, short = 'n', value_name = "N", default_value_t = 10,
              value_parser = clap::value_parser!(u32).range(1..))]
        iterations: u32,
    },
}
