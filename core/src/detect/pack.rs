//! The built-in rule packs, embedded at build time from `core/rules/*.toml`.

/// `(pack name, TOML source)` for every built-in pack, in load order.
pub const BUILTIN: &[(&str, &str)] = &[
    ("pii", include_str!("../../rules/pii.toml")),
    ("secrets", include_str!("../../rules/secrets.toml")),
];

/// The TOML source of a built-in pack.
pub fn source(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}
