//! `veil-corpus`: generate veil's labelled evaluation set, benchmark text, the
//! prompt-injection corpus and LLM answer texts.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use veil_corpus::bench::parse_size;
use veil_corpus::{
    BenchKind, DEFAULT_N, DEFAULT_RESPONSES_N, DEFAULT_SEED, bench_text, injection_corpus,
    labelled_docs, responses, responses_to_jsonl, to_jsonl,
};

#[derive(Debug, Parser)]
#[command(
    name = "veil-corpus",
    version,
    about = "Deterministic corpus generator for veil"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Write labelled documents as JSONL (one document per line).
    Labelled {
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        #[arg(long, default_value_t = DEFAULT_N)]
        n: usize,
        #[arg(long, default_value = "corpus/labelled/docs.jsonl")]
        out: PathBuf,
    },
    /// Write benchmark text (stdout unless --out is given).
    Bench {
        #[arg(long, value_parser = |s: &str| s.parse::<BenchKind>())]
        kind: BenchKind,
        /// Size such as 64KB, 20MB (KB = 1024 bytes). Output ends on a line
        /// boundary and is at most this long.
        #[arg(long, default_value = "20MB", value_parser = parse_size)]
        size: usize,
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write the prompt-injection corpus: attacks.jsonl, benign.jsonl and
    /// obfuscated.jsonl in the --out directory.
    Injection {
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        #[arg(long, default_value = "corpus/injection")]
        out: PathBuf,
    },
    /// Write LLM answer texts (placeholders, look-alikes, raw values) as
    /// JSONL, for streaming redaction and restoration.
    Responses {
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        #[arg(long, default_value_t = DEFAULT_RESPONSES_N)]
        n: usize,
        #[arg(long, default_value = "corpus/responses/answers.jsonl")]
        out: PathBuf,
    },
}

fn write_file(path: &PathBuf, data: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, data)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let res = match cli.cmd {
        Cmd::Labelled { seed, n, out } => {
            let docs = labelled_docs(seed, n);
            let data = to_jsonl(&docs);
            write_file(&out, &data).map(|_| {
                eprintln!(
                    "wrote {} docs ({} bytes) to {}",
                    docs.len(),
                    data.len(),
                    out.display()
                );
            })
        }
        Cmd::Bench {
            kind,
            size,
            seed,
            out,
        } => {
            let text = bench_text(kind, seed, size);
            match out {
                Some(p) => write_file(&p, &text).map(|_| {
                    eprintln!(
                        "wrote {} bytes of {} bench text to {}",
                        text.len(),
                        kind,
                        p.display()
                    );
                }),
                None => {
                    let mut so = std::io::stdout().lock();
                    so.write_all(text.as_bytes()).and_then(|_| so.flush())
                }
            }
        }
        Cmd::Injection { seed, out } => {
            let corpus = injection_corpus(seed);
            corpus.files().iter().try_for_each(|(name, data)| {
                let path = out.join(name);
                write_file(&path, data).map(|_| {
                    eprintln!(
                        "wrote {} rows ({} bytes) to {}",
                        data.lines().count(),
                        data.len(),
                        path.display()
                    );
                })
            })
        }
        Cmd::Responses { seed, n, out } => {
            let rs = responses(seed, n);
            let data = responses_to_jsonl(&rs);
            write_file(&out, &data).map(|_| {
                eprintln!(
                    "wrote {} responses ({} bytes) to {}",
                    rs.len(),
                    data.len(),
                    out.display()
                );
            })
        }
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("veil-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
