//! Agreement with peers' own test cases in `../shared/external/` (Presidio recognizer cases,
//! gitleaks rule cases, detect-secrets plugin cases). The files are read at run time, never
//! copied into this repository.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use veil_core::Engine;

/// Entity types of Presidio's cases that veil covers in this release.
pub const PII_TYPES: &[&str] = &[
    "CREDIT_CARD",
    "IBAN_CODE",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
];

#[derive(Debug, Deserialize)]
struct PresidioRow {
    id: String,
    entity: String,
    text: String,
    expected_count: usize,
    spans: Vec<(usize, usize)>,
    spans_complete: bool,
    #[serde(default)]
    presidio_score: Option<serde_json::Value>,
    #[serde(default)]
    params: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
struct SecretRow {
    id: String,
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    plugin: Option<String>,
    text: String,
    expect: String,
    #[serde(default)]
    path: Option<String>,
}

/// One disagreement, for the report.
#[derive(Debug, Clone)]
pub struct Disagreement {
    /// Suite row id.
    pub id: String,
    /// Peer rule / entity.
    pub group: String,
    /// What the peer expects vs what veil says.
    pub detail: String,
}

/// Agreement of one suite, overall and per group (entity or peer rule).
#[derive(Debug, Clone, Default)]
pub struct Agreement {
    /// Suite name.
    pub suite: String,
    /// group → (rows, agreeing rows).
    pub groups: BTreeMap<String, (usize, usize)>,
    /// Rows veil disagrees with.
    pub disagreements: Vec<Disagreement>,
    /// Rows left out, with the reason.
    pub skipped: BTreeMap<String, usize>,
}

impl Agreement {
    /// (rows, agreeing) over all groups.
    pub fn total(&self) -> (usize, usize) {
        self.groups
            .values()
            .fold((0, 0), |(a, b), (r, g)| (a + r, b + g))
    }

    /// Agreement rate in `0..=1`.
    pub fn rate(&self) -> f64 {
        let (n, ok) = self.total();
        if n == 0 { 1.0 } else { ok as f64 / n as f64 }
    }

    fn record(&mut self, group: &str, ok: bool, id: &str, detail: impl FnOnce() -> String) {
        let e = self.groups.entry(group.to_string()).or_default();
        e.0 += 1;
        if ok {
            e.1 += 1;
        } else {
            self.disagreements.push(Disagreement {
                id: id.to_string(),
                group: group.to_string(),
                detail: detail(),
            });
        }
    }

    /// Markdown table.
    pub fn table(&self) -> String {
        let mut s = format!(
            "### {}\n\n| group | rows | agree | rate |\n|---|---:|---:|---:|\n",
            self.suite
        );
        for (g, (n, ok)) in &self.groups {
            s.push_str(&format!(
                "| {g} | {n} | {ok} | {:.1}% |\n",
                100.0 * *ok as f64 / *n as f64
            ));
        }
        let (n, ok) = self.total();
        s.push_str(&format!(
            "| **all** | {n} | {ok} | {:.1}% |\n",
            100.0 * self.rate()
        ));
        for (why, n) in &self.skipped {
            s.push_str(&format!("\nskipped {n}: {why}"));
        }
        s.push('\n');
        s
    }
}

/// Presidio's recognizer cases for [`PII_TYPES`]: a row agrees when veil reports exactly the
/// expected spans of that entity type (or the expected count where upstream gives no spans).
/// Phone rows that vary libphonenumber's leniency are evaluated at Presidio's default (1).
pub fn presidio(engine: &Engine, dir: &Path) -> Result<Agreement, String> {
    let rows: Vec<PresidioRow> =
        crate::read_jsonl(&dir.join("pii/presidio_recognizer_cases.jsonl"))?;
    let mut a = Agreement {
        suite: "Presidio recognizer cases (PII)".into(),
        ..Agreement::default()
    };
    for r in rows {
        if !PII_TYPES.contains(&r.entity.as_str()) {
            *a.skipped
                .entry(format!("entity not in this release ({})", r.entity))
                .or_default() += 1;
            continue;
        }
        if let Some(l) = r
            .params
            .as_ref()
            .and_then(|p| p.get("leniency"))
            .and_then(|l| l.as_u64())
            && l != 1
        {
            *a.skipped
                .entry("phone rows at a non-default libphonenumber leniency".into())
                .or_default() += 1;
            continue;
        }
        let found: Vec<(usize, usize)> = engine
            .scan(&r.text)
            .into_iter()
            .filter(|f| f.entity_type.as_ref() == r.entity)
            .map(|f| (f.start, f.end))
            .collect();
        let ok = if r.spans_complete {
            let mut want = r.spans.clone();
            want.sort();
            found == want
        } else {
            found.len() == r.expected_count
        };
        let weak = r.presidio_score.is_some() && r.expected_count > 0;
        let group = if weak {
            format!("{} (weak upstream score)", r.entity)
        } else {
            r.entity.clone()
        };
        a.record(&group, ok, &r.id, || {
            let got: Vec<&str> = found
                .iter()
                .map(|&(s, e)| r.text.get(s..e).unwrap_or("?"))
                .collect();
            let want: Vec<&str> = r
                .spans
                .iter()
                .map(|&(s, e)| r.text.get(s..e).unwrap_or("?"))
                .collect();
            format!("expected {want:?}, veil {got:?} in {:?}", r.text)
        });
    }
    Ok(a)
}

/// Which veil types answer for a gitleaks rule id (rules for formats in this release only).
pub fn gitleaks_types(rule: &str) -> Option<&'static [&'static str]> {
    Some(match rule {
        "anthropic-api-key" | "anthropic-admin-api-key" => &["ANTHROPIC_API_KEY"],
        "aws-access-token" => &["AWS_ACCESS_KEY_ID"],
        "gcp-api-key" => &["GOOGLE_API_KEY"],
        "generic-api-key" => &["GENERIC_SECRET"],
        "github-app-token"
        | "github-fine-grained-pat"
        | "github-oauth"
        | "github-pat"
        | "github-refresh-token" => &["GITHUB_TOKEN"],
        "jwt" | "jwt-base64" => &["JWT"],
        "openai-api-key" => &["OPENAI_API_KEY"],
        "private-key" => &["PRIVATE_KEY"],
        "slack-app-token"
        | "slack-bot-token"
        | "slack-config-access-token"
        | "slack-config-refresh-token"
        | "slack-legacy-bot-token"
        | "slack-legacy-token"
        | "slack-legacy-workspace-token"
        | "slack-user-token" => &["SLACK_TOKEN"],
        "slack-webhook-url" => &["SLACK_WEBHOOK_URL"],
        "stripe-access-token" => &["STRIPE_SECRET_KEY"],
        _ => return None,
    })
}

/// Which veil types answer for a detect-secrets plugin. `ip_public` is left out: it is PII, not
/// a secret, and its `fp` rows (private and loopback addresses) contradict Presidio's IP cases,
/// which expect every address to be reported; veil follows Presidio there.
pub fn detect_secrets_types(plugin: &str) -> Option<&'static [&'static str]> {
    Some(match plugin {
        "aws_key" => &["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
        "github_token" => &["GITHUB_TOKEN"],
        "jwt" => &["JWT"],
        "openai" => &["OPENAI_API_KEY"],
        "private_key" => &["PRIVATE_KEY"],
        "slack" => &["SLACK_TOKEN", "SLACK_WEBHOOK_URL"],
        "stripe_key" => &["STRIPE_SECRET_KEY"],
        _ => return None,
    })
}

/// gitleaks and detect-secrets cases for the formats in this release: a `tp` row agrees when
/// veil reports at least one finding of the mapped types, an `fp` row when it reports none.
pub fn secrets(engine: &Engine, dir: &Path) -> Result<Vec<Agreement>, String> {
    let mut out = Vec::new();
    for (file, suite, is_gitleaks) in [
        (
            "secrets/gitleaks_rule_cases.jsonl",
            "gitleaks rule cases",
            true,
        ),
        (
            "secrets/detect_secrets_plugin_cases.jsonl",
            "detect-secrets plugin cases",
            false,
        ),
    ] {
        let rows: Vec<SecretRow> = crate::read_jsonl(&dir.join(file))?;
        let mut a = Agreement {
            suite: suite.into(),
            ..Agreement::default()
        };
        for r in rows {
            let group = r.rule.clone().or(r.plugin.clone()).unwrap_or_default();
            let types = if is_gitleaks {
                gitleaks_types(&group)
            } else {
                detect_secrets_types(&group)
            };
            let Some(types) = types else {
                *a.skipped
                    .entry("format not in this release".into())
                    .or_default() += 1;
                continue;
            };
            if r.path.is_some() {
                *a.skipped
                    .entry("rule depends on the file path".into())
                    .or_default() += 1;
                continue;
            }
            let found: Vec<String> = engine
                .scan(&r.text)
                .into_iter()
                .filter(|f| types.contains(&f.entity_type.as_ref()))
                .map(|f| format!("{}:{}", f.entity_type, f.text(&r.text)))
                .collect();
            let ok = (r.expect == "tp") != found.is_empty();
            let label = format!("{group} ({})", r.expect);
            a.record(&label, ok, &r.id, || {
                let shown: String = r.text.chars().take(160).collect();
                format!("expect {}, veil {found:?} in {shown:?}", r.expect)
            });
        }
        out.push(a);
    }
    Ok(out)
}
