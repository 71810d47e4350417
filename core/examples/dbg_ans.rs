fn main() {
    let data = std::fs::read_to_string("/tmp/answers.jsonl").unwrap();
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
    let mut n = 0;
    for _ in 0..5 {
        for d in &docs {
            let mut s = e.stream_redact();
            for c in d.as_bytes().chunks(64) {
                n += s.push_bytes(c).unwrap().len();
            }
            n += s.finish().len();
        }
    }
    println!("{n}");
}
