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
    let e = veil_core::Engine::builder()
        .policy_toml("[guard]\nin_scan = false\n")
        .unwrap()
        .build()
        .unwrap();
    let mut k = 0;
    for d in docs.iter().skip(5).step_by(97).take(12) {
        let mut s = e.stream_redact();
        let mut pushed = 0;
        for c in d.as_bytes().chunks(16) {
            s.push_bytes(c).unwrap();
            pushed += c.len();
            k += 1;
            if k % 7 == 0 && s.pending() > 30 {
                let p = s.pending();
                println!(
                    "{:>4} held: {:?}",
                    p,
                    String::from_utf8_lossy(&d.as_bytes()[pushed - p..pushed])
                );
            }
        }
    }
}
