//! Every built-in rule's `examples` must be found exactly (whole example, that rule's type),
//! and no `counter_examples` may be reported as that type.

use veil_core::{Engine, RulePack};

#[test]
fn builtin_rule_examples() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    for name in veil_core::builtin_packs() {
        let src = veil_core::detect::pack::source(name).unwrap();
        let pack = RulePack::from_toml(name, src).unwrap();
        for rule in &pack.rules {
            for ex in &rule.examples {
                checked += 1;
                let text = format!("see {ex} here");
                let found = engine.scan(&text);
                let ok = found.iter().any(|f| {
                    f.entity_type.as_ref() == rule.entity_type && f.text(&text) == ex.as_str()
                });
                if !ok {
                    failures.push(format!(
                        "{}: example {ex:?} not found as {} (found: {:?})",
                        rule.id,
                        rule.entity_type,
                        found
                            .iter()
                            .map(|f| (f.rule.to_string(), f.text(&text).to_string()))
                            .collect::<Vec<_>>()
                    ));
                }
            }
            for ex in &rule.counter_examples {
                checked += 1;
                let text = format!("see {ex} here");
                let found = engine.scan(&text);
                if let Some(f) = found
                    .iter()
                    .find(|f| f.entity_type.as_ref() == rule.entity_type)
                {
                    failures.push(format!(
                        "{}: counter-example {ex:?} reported as {} by {} ({:?})",
                        rule.id,
                        rule.entity_type,
                        f.rule,
                        f.text(&text)
                    ));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} examples");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
