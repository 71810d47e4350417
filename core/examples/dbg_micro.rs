use std::time::Instant;
fn main() {
    let e = veil_core::Engine::builder()
        .policy_toml("[guard]\nin_scan = false\n")
        .unwrap()
        .build()
        .unwrap();
    let text = "The quick brown fox jumps over the lazy dog while the cat sleeps. ".repeat(5);
    let n = 200000;
    for chunk in [4usize, 16, 64] {
        let t = Instant::now();
        for _ in 0..n / (chunk) {
            let mut s = e.stream_redact();
            for c in text.as_bytes()[..chunk * 4].chunks(chunk) {
                std::hint::black_box(s.push_bytes(c).unwrap());
            }
        }
        println!(
            "chunk {chunk}: {:.0} ns/push",
            t.elapsed().as_nanos() as f64 / (n / chunk * 4) as f64
        );
    }
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(e.redact(&text[..64]));
    }
    println!(
        "redact 64B: {:.0} ns",
        t.elapsed().as_nanos() as f64 / n as f64
    );
}
