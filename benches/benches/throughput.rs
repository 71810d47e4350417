//! Throughput benches for veil-core.
//!
//! Inputs are generated once per process with `veil_corpus::bench_text` (seed 7), 4 MiB each
//! by default; set `VEIL_BENCH_MB` (e.g. `VEIL_BENCH_MB=16` or `0.5`) to change the size.
//!
//! Groups (all report `Throughput::Bytes`):
//! * `scan/{mixed,clean,cjk,secrets}`    — `Engine::scan` with the built-in policy
//! * `redact/{mixed,clean,cjk,secrets}`  — `Engine::redact` with the built-in policy
//! * `family/{pii,secrets}`              — `Engine::scan` of the mixed input with an engine
//!   that loads only one built-in pack (`[detect] packs = ["pii"]`)
//! * `prompt/{100B,4KB}`                 — `Engine::redact` of one short prompt (per-call latency)
//! * `stream/{redact-whole,redact-4B,redact-64B,restore-whole,restore-4B}` — the corpus's LLM
//!   answers (`veil_corpus::responses`, seed 7) redacted and restored whole, and streamed in
//!   4- and 64-byte chunks (guard off in both, since streams do not run it)
//!
//! Run: `cargo bench -p veil-benches -j1 --bench throughput -- --noplot`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::Duration;
use veil_core::{Engine, Policy};
use veil_corpus::{BenchKind, bench_text};

const SEED: u64 = 7;

/// A 100-byte prompt holding one email address.
const PROMPT_100B: &str = "Hi! Please draft a short reply to jane.doe@example.com and thank her for the quick project update!!!";

struct Inputs {
    texts: Vec<(BenchKind, String)>,
    prompt_4k: String,
}

fn bench_size() -> usize {
    let mb: f64 = std::env::var("VEIL_BENCH_MB")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .filter(|v: &f64| *v > 0.0)
        .unwrap_or(4.0);
    (mb * 1024.0 * 1024.0) as usize
}

fn inputs() -> &'static Inputs {
    static INPUTS: OnceLock<Inputs> = OnceLock::new();
    INPUTS.get_or_init(|| {
        let size = bench_size();
        let engine = Engine::default();
        let texts: Vec<(BenchKind, String)> = BenchKind::ALL
            .iter()
            .map(|&k| {
                let t = bench_text(k, SEED, size);
                eprintln!(
                    "input {:<8} {:>9} bytes, {:>6} findings",
                    k.as_str(),
                    t.len(),
                    engine.scan(&t).len()
                );
                (k, t)
            })
            .collect();
        let prompt_4k = bench_text(BenchKind::Mixed, SEED, 4096);
        Inputs { texts, prompt_4k }
    })
}

fn engine_with_packs(pack: &str) -> Engine {
    let policy = Policy::from_toml(&format!("[detect]\npacks = [\"{pack}\"]\n"))
        .expect("single-pack policy parses");
    Engine::builder()
        .policy(policy)
        .build()
        .expect("single-pack engine builds")
}

fn bench_scan(c: &mut Criterion) {
    let engine = Engine::default();
    let mut g = c.benchmark_group("scan");
    for (kind, text) in &inputs().texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(kind.as_str(), |b| {
            b.iter(|| black_box(engine.scan(black_box(text))))
        });
    }
    g.finish();
}

fn bench_redact(c: &mut Criterion) {
    let engine = Engine::default();
    let mut g = c.benchmark_group("redact");
    for (kind, text) in &inputs().texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(kind.as_str(), |b| {
            b.iter(|| black_box(engine.redact(black_box(text))))
        });
    }
    g.finish();
}

fn bench_family(c: &mut Criterion) {
    let text = &inputs()
        .texts
        .iter()
        .find(|(k, _)| *k == BenchKind::Mixed)
        .expect("mixed input")
        .1;
    let mut g = c.benchmark_group("family");
    g.throughput(Throughput::Bytes(text.len() as u64));
    for pack in ["pii", "secrets"] {
        let engine = engine_with_packs(pack);
        eprintln!(
            "family {pack}: {} findings in the mixed input",
            engine.scan(text).len()
        );
        g.bench_function(pack, |b| b.iter(|| black_box(engine.scan(black_box(text)))));
    }
    g.finish();
}

fn bench_prompt(c: &mut Criterion) {
    let engine = Engine::default();
    assert_eq!(PROMPT_100B.len(), 100, "the short prompt is 100 bytes");
    assert_eq!(
        engine.scan(PROMPT_100B).len(),
        1,
        "the short prompt holds one email"
    );
    let mut g = c.benchmark_group("prompt");
    for (name, text) in [("100B", PROMPT_100B), ("4KB", inputs().prompt_4k.as_str())] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| black_box(engine.redact(black_box(text))))
        });
    }
    g.finish();
}

/// The guard: scan throughput on clean prose with and without it (the same engine otherwise),
/// and `guard` on a 4 KB prompt, clean and with an obfuscated attack inside.
fn bench_guard(c: &mut Criterion) {
    let clean = &inputs()
        .texts
        .iter()
        .find(|(k, _)| *k == BenchKind::Clean)
        .expect("clean input")
        .1;
    let with = Engine::default();
    let without = Engine::from_policy_toml("[guard]\nin_scan = false\n").expect("policy");
    let mut g = c.benchmark_group("guard");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("scan-clean-without-guard", |b| {
        b.iter(|| black_box(without.scan(black_box(clean))))
    });
    g.bench_function("scan-clean-with-guard", |b| {
        b.iter(|| black_box(with.scan(black_box(clean))))
    });
    let prompt = inputs().prompt_4k.as_str();
    let attack = veil_benches::attack_prompt_4k();
    for (name, text) in [
        ("guard-4KB-clean", prompt),
        ("guard-4KB-attack", attack.as_str()),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| black_box(with.guard(black_box(text)))));
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args()
}

fn bench_stream(c: &mut Criterion) {
    let engine = Engine::builder()
        .policy_toml("[guard]\nin_scan = false\n")
        .and_then(|b| b.build())
        .expect("guard-off policy builds");
    let answers = veil_benches::stream::answers(&engine);
    let texts: Vec<&str> = answers.iter().map(|(r, _)| r.text.as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut g = c.benchmark_group("stream");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("redact-whole", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| engine.redact(black_box(t)).text.len())
                .sum::<usize>()
        })
    });
    for chunk in [4, 64] {
        g.bench_function(format!("redact-{chunk}B"), |b| {
            b.iter(|| veil_benches::stream::stream_redact_all(&engine, black_box(&texts), chunk))
        });
    }
    g.bench_function("restore-whole", |b| {
        b.iter(|| {
            answers
                .iter()
                .map(|(r, s)| s.restore(black_box(&r.text)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("restore-4B", |b| {
        b.iter(|| veil_benches::stream::stream_restore_all(black_box(&answers), 4))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_scan, bench_redact, bench_family, bench_prompt, bench_guard, bench_stream
}
criterion_main!(benches);
