use std::time::Instant;
fn main() {
    let data = std::fs::read_to_string("corpus/labelled/docs.jsonl").unwrap();
    let docs: Vec<String> = data
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let total: usize = docs.iter().map(|d| d.len()).sum();
    let e = veil_core::Engine::builder()
        .policy_toml("[guard]\nin_scan = false\n")
        .unwrap()
        .build()
        .unwrap();
    for cs in [1usize, 4, 16, 64, 256] {
        let t = Instant::now();
        let (mut pend, mut pushes, mut maxp) = (0usize, 0usize, 0usize);
        for d in &docs {
            let mut s = e.stream_redact();
            for c in d.as_bytes().chunks(cs) {
                s.push_bytes(c).unwrap();
                pend += s.pending();
                pushes += 1;
                maxp = maxp.max(s.pending());
            }
            s.finish();
        }
        let el = t.elapsed();
        println!(
            "chunk {cs}: {:.2} MB/s, {:.0} ns/push, avg pending {:.1}, max {}",
            total as f64 / el.as_secs_f64() / 1e6,
            el.as_nanos() as f64 / pushes as f64,
            pend as f64 / pushes as f64,
            maxp
        );
    }
}
