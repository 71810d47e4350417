//! `veil-eval`: accuracy figures for veil.
//!
//! ```text
//! veil-eval corpus   [--docs corpus/labelled/docs.jsonl] [--errors]
//! veil-eval external [--dir ../shared/external] [--errors]
//! veil-eval percall  [--calls 200000] [--op scan|redact]
//! veil-eval stream   [--runs 7]
//! ```
//! `corpus` prints precision/recall per type on the labelled set and every hard negative that
//! was reported; `external` prints agreement with Presidio, gitleaks and detect-secrets cases;
//! `percall` times single calls on [`veil_benches::PROMPT_100`] and prints one JSON line (the
//! Rust baseline the Python and Node overhead scripts compare against in the same run).
//! Exit status 1 when a figure is below the release bar (0.95), 2 on a usage or read error.

use std::path::PathBuf;
use std::process::ExitCode;
use veil_benches::{accuracy, external, injection, stream};
use veil_core::Engine;

const BAR: f64 = 0.95;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let engine = Engine::default();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    match args.first().map(String::as_str) {
        Some("corpus") => {
            let path = opt("--docs")
                .map(PathBuf::from)
                .unwrap_or(root.join("corpus/labelled/docs.jsonl"));
            let docs = match accuracy::load_docs(&path) {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("veil-eval: {e}");
                    return ExitCode::from(2);
                }
            };
            let r = accuracy::evaluate(&engine, &docs);
            println!("{}", r.table());
            for (id, kind, ty, text) in &r.hard_negative_hits {
                println!("hard negative reported: {id} {kind} as {ty}: {text:?}");
            }
            if show_errors {
                for (id, what, ty, text) in &r.errors {
                    println!("{what} {id} {ty} {text:?}");
                }
            }
            let below = r
                .by_type
                .values()
                .any(|c| c.precision() < BAR || c.recall() < BAR);
            if below || !r.hard_negative_hits.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Some("external") => {
            let dir = opt("--dir")
                .map(PathBuf::from)
                .unwrap_or(root.join("../shared/external"));
            let mut suites = Vec::new();
            match external::presidio(&engine, &dir) {
                Ok(a) => suites.push(a),
                Err(e) => {
                    eprintln!("veil-eval: {e}");
                    return ExitCode::from(2);
                }
            }
            match external::secrets(&engine, &dir) {
                Ok(a) => suites.extend(a),
                Err(e) => {
                    eprintln!("veil-eval: {e}");
                    return ExitCode::from(2);
                }
            }
            let mut below = false;
            for a in &suites {
                println!("{}", a.table());
                if show_errors {
                    for d in &a.disagreements {
                        println!("  {} [{}] {}", d.id, d.group, d.detail);
                    }
                    println!();
                }
                below |= a.rate() < BAR;
            }
            if below {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Some("injection") => {
            let dir = opt("--dir")
                .map(PathBuf::from)
                .unwrap_or(root.join("../shared/external"));
            let own_dir = opt("--own")
                .map(PathBuf::from)
                .unwrap_or(root.join("corpus/injection"));
            let ext = match injection::external(&engine, &dir) {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("veil-eval: {e}");
                    return ExitCode::from(2);
                }
            };
            println!(
                "| external file | label | texts | flagged | rate |\n|---|---|---:|---:|---:|"
            );
            for ((file, label), r) in &ext {
                println!(
                    "| {file} | {label} | {} | {} | {:.1}% |",
                    r.total,
                    r.hits,
                    100.0 * r.rate()
                );
                if show_errors {
                    for id in r.wrong.iter().take(40) {
                        println!("  wrong: {id}");
                    }
                }
            }
            if own_dir.join("attacks.jsonl").exists() {
                match injection::own(&engine, &own_dir) {
                    Ok(o) => {
                        println!(
                            "\n| own set | lang | texts | detected | recall |\n|---|---|---:|---:|---:|"
                        );
                        for ((set, lang), r) in &o.by_set_lang {
                            println!(
                                "| {set} | {lang} | {} | {} | {:.1}% |",
                                r.total,
                                r.hits,
                                100.0 * r.rate()
                            );
                            if show_errors {
                                for id in r.wrong.iter().take(40) {
                                    println!("  missed: {id}");
                                }
                            }
                        }
                        println!("\n| family | texts | recall |\n|---|---:|---:|");
                        for (f, r) in &o.by_family {
                            println!("| {f} | {} | {:.1}% |", r.total, 100.0 * r.rate());
                        }
                        println!(
                            "\n| hard negatives | texts | flagged | FP rate |\n|---|---:|---:|---:|"
                        );
                        for (lang, r) in &o.benign_by_lang {
                            println!(
                                "| {lang} | {} | {} | {:.2}% |",
                                r.total,
                                r.hits,
                                100.0 * r.rate()
                            );
                            if show_errors {
                                for id in r.wrong.iter().take(40) {
                                    println!("  flagged: {id}");
                                }
                            }
                        }
                        println!(
                            "\n| obfuscation | variants | recall | clean recall | loss (points) |\n|---|---:|---:|---:|---:|"
                        );
                        for (ob, (v, c)) in &o.by_obfuscation {
                            println!(
                                "| {ob} | {} | {:.1}% | {:.1}% | {:.1} |",
                                v.total,
                                100.0 * v.rate(),
                                100.0 * c.rate(),
                                100.0 * (c.rate() - v.rate())
                            );
                            if show_errors {
                                for id in v.wrong.iter().take(15) {
                                    println!("  missed: {id}");
                                }
                            }
                        }
                    }
                    Err(e) => {
                        eprintln!("veil-eval: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            ExitCode::SUCCESS
        }
        Some("guard-latency") => {
            // Guard latency on 4 KB prompts (clean, and with an obfuscated attack), one call at
            // a time: median, 99th percentile and maximum.
            let calls: usize = opt("--calls")
                .and_then(|c| c.parse().ok())
                .unwrap_or(20_000);
            let attack = veil_benches::attack_prompt_4k();
            let clean: String =
                "Could you summarize the attached quarterly report for the team meeting? "
                    .repeat(60)
                    .chars()
                    .take(4096)
                    .collect();
            for (name, text) in [
                ("4KB clean", clean.as_str()),
                ("4KB attack", attack.as_str()),
            ] {
                let mut ns: Vec<u64> = (0..calls)
                    .map(|_| {
                        let t = std::time::Instant::now();
                        std::hint::black_box(engine.guard(std::hint::black_box(text)));
                        t.elapsed().as_nanos() as u64
                    })
                    .collect();
                ns.sort_unstable();
                let q = |p: f64| ns[((ns.len() - 1) as f64 * p) as usize] as f64 / 1000.0;
                println!(
                    "guard {name}: {} bytes, verdict {}, median {:.1} µs, p99 {:.1} µs, max {:.1} µs ({calls} calls)",
                    text.len(),
                    engine.guard(text).verdict,
                    q(0.5),
                    q(0.99),
                    q(1.0)
                );
            }
            ExitCode::SUCCESS
        }
        Some("percall") => {
            let calls = opt("--calls")
                .and_then(|c| c.parse().ok())
                .unwrap_or(200_000);
            let op = opt("--op").unwrap_or_else(|| "scan".into());
            let prompt = veil_benches::PROMPT_100;
            let call: Box<dyn Fn() -> usize> = match op.as_str() {
                "scan" => Box::new(|| engine.scan(prompt).len()),
                "redact" => Box::new(|| engine.redact(prompt).text.len()),
                _ => {
                    eprintln!("veil-eval: --op must be scan or redact");
                    return ExitCode::from(2);
                }
            };
            let (median, p90) = veil_benches::time_calls(calls, call);
            println!(
                "{}",
                serde_json::json!({"lang": "rust", "op": op, "bytes": prompt.len(), "calls": calls,
                                   "median_ns": median, "p90_ns": p90, "prompt": prompt})
            );
            ExitCode::SUCCESS
        }
        Some("stream") => {
            let runs: usize = opt("--runs").and_then(|c| c.parse().ok()).unwrap_or(7);
            let engine = Engine::builder()
                .policy_toml("[guard]\nin_scan = false\n")
                .and_then(|b| b.build())
                .expect("guard-off policy builds");
            let answers = stream::answers(&engine);
            let texts: Vec<&str> = answers.iter().map(|(r, _)| r.text.as_str()).collect();
            let bytes: usize = texts.iter().map(|t| t.len()).sum();
            println!(
                "{} answers, {} bytes; engine max hold-back {} bytes",
                texts.len(),
                bytes,
                engine.stream_redact().max_holdback()
            );
            println!(
                "hold-back in input bytes after each chunk (output checked against the whole-text call):"
            );
            for chunk in [1, 4, 16, 64] {
                let r = stream::redact_delay(&engine, &texts, chunk);
                let s = stream::restore_delay(&answers, chunk);
                println!(
                    "  chunk {chunk:>3} B: redact mean {:>6.1} max {:>5} | restore mean {:>5.1} max {:>3}  ({} chunks)",
                    r.mean, r.max, s.mean, s.max, r.pushes
                );
            }
            let mbs = |secs: f64| bytes as f64 / secs / 1e6;
            let whole = stream::median_secs(runs, || {
                texts.iter().map(|t| engine.redact(t).text.len()).sum()
            });
            let restore_whole = stream::median_secs(runs, || {
                answers.iter().map(|(r, s)| s.restore(&r.text).len()).sum()
            });
            println!("throughput, median of {runs} passes, measured in this run:");
            println!("  redact whole          {:>7.1} MB/s", mbs(whole));
            for chunk in [4, 16, 64] {
                let t =
                    stream::median_secs(runs, || stream::stream_redact_all(&engine, &texts, chunk));
                println!(
                    "  redact stream {chunk:>3} B  {:>7.1} MB/s  ratio {:.2}",
                    mbs(t),
                    whole / t
                );
            }
            println!("  restore whole         {:>7.1} MB/s", mbs(restore_whole));
            let t = stream::median_secs(runs, || stream::stream_restore_all(&answers, 4));
            println!(
                "  restore stream   4 B  {:>7.1} MB/s  ratio {:.2}",
                mbs(t),
                restore_whole / t
            );
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!(
                "usage: veil-eval corpus [--docs FILE] [--errors] | external [--dir DIR] [--errors] | percall [--calls N] [--op scan|redact] | stream [--runs N]"
            );
            ExitCode::from(2)
        }
    }
}
