//! Measurement helpers shared by the criterion benches and the `veil-eval` command:
//! accuracy on veil's labelled corpus and agreement with peers' own test cases.

pub mod accuracy;
pub mod external;
