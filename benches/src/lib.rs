//! Measurement helpers shared by the criterion benches and the `veil-eval` command:
//! accuracy on veil's labelled corpus and agreement with peers' own test cases.

pub mod accuracy;
pub mod external;

/// Read a JSON Lines file into values of `T`, skipping blank lines; errors name file and line.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(
    path: &std::path::Path,
) -> Result<Vec<T>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}
