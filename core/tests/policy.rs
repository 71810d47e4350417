//! Policies: parsing errors name the place, build errors name the rule, and every setting
//! (operators, actions, allow and deny lists, custom rules, type switches) does what it says.

use veil_core::{Action, Engine, ErrorKind, Operator, Policy, RuleSpec};

fn readme_policy() -> String {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("```toml\n[detect]")
        .expect("README has a policy example")
        + 8;
    let end = start + readme[start..].find("```").unwrap();
    readme[start..end].to_string()
}

#[test]
fn the_readme_policy_builds_and_behaves() {
    let engine = Engine::from_policy_toml(&readme_policy()).expect("README policy builds");
    let out = engine.redact(
        "card 4111 1111 1111 1111 at 10.0.0.1, mail a.b@corp.example, Bluebird, ACME-123456",
    );
    assert_eq!(
        out.text,
        "card **** **** **** 1111 at 10.0.0.1, mail a.b@corp.example, [PROJECT_NAME], [ACME_EMPLOYEE_ID]"
    );
    assert!(out.blocked, "CREDIT_CARD has the block action");
}

#[test]
fn parse_errors_name_the_line_and_never_echo_values() {
    let err = Policy::from_toml("[detect]\npacks = [\"pii\"]\nbogus_key = \"hunter2-secret\"\n")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Policy);
    let msg = err.to_string();
    assert!(msg.contains("line 3"), "{msg}");
    assert!(msg.contains("bogus_key"), "{msg}");
    assert!(!msg.contains("hunter2-secret"), "{msg}");
    assert!(!msg.contains('\n'));
    let err = Policy::from_toml("[redact]\noperator = \"shred\"\n").unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
}

#[test]
fn build_errors_name_the_rule() {
    let cases = [
        (
            "id = \"r1\"\ntype = \"X_ID\"\ncategory = \"pii\"\nkeywords = [\"X-\"]\npattern = 'X-(['",
            "r1",
            "does not parse",
        ),
        (
            "id = \"r2\"\ntype = \"X_ID\"\ncategory = \"pii\"\nkeywords = [\"X-\"]\npattern = 'X-[0-9]+'\nvalidator = \"crc64\"",
            "r2",
            "unknown validator",
        ),
        (
            "id = \"r3\"\ntype = \"lower\"\ncategory = \"pii\"\nkeywords = [\"X-\"]\npattern = 'X-[0-9]+'",
            "r3",
            "entity type",
        ),
        (
            "id = \"r4\"\ntype = \"X_ID\"\ncategory = \"pii\"\npattern = 'X-[0-9]+'",
            "r4",
            "no keywords",
        ),
        (
            "id = \"r5\"\ntype = \"X_ID\"\ncategory = \"secret-ish\"\nkeywords = [\"X-\"]\npattern = 'X'",
            "r5",
            "category",
        ),
        (
            "id = \"r6\"\ntype = \"X_ID\"\ncategory = \"pii\"\nkeywords = [\"X-\"]\npattern = 'X-[0-9]*|'",
            "r6",
            "empty string",
        ),
        (
            "id = \"r7\"\ntype = \"X_ID\"\ncategory = \"pii\"\nkeywords = [\"X\"]\npattern = 'X[0-9]+'",
            "r7",
            "too short",
        ),
    ];
    for (rule, id, what) in cases {
        let err = Engine::from_policy_toml(&format!("[[rule]]\n{rule}\n")).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Rule, "{err}");
        assert_eq!(err.rule_id(), Some(id), "{err}");
        assert!(err.to_string().contains(what), "{id}: {err}");
    }
    let err = Engine::from_policy_toml("[detect]\npacks = [\"pii\", \"klingon\"]\n").unwrap_err();
    assert!(
        err.to_string().contains("unknown rule pack 'klingon'"),
        "{err}"
    );
    let err =
        Engine::from_policy_toml("[detect]\ndisable_rules = [\"no-such-rule\"]\n").unwrap_err();
    assert!(err.to_string().contains("no-such-rule"), "{err}");
    let err = Engine::from_policy_toml("[allow]\npatterns = ['(unclosed']\n").unwrap_err();
    assert!(err.to_string().contains("allow.patterns #1"), "{err}");
}

#[test]
fn operators() {
    let text = "mail bob@example.org now";
    let with = |op: Operator| {
        Engine::builder()
            .operator("EMAIL_ADDRESS", op)
            .hash_key(b"k")
            .build()
            .unwrap()
    };
    assert_eq!(
        with(Operator::Label).redact(text).text,
        "mail [EMAIL_ADDRESS] now"
    );
    assert_eq!(
        with(Operator::Mask).redact(text).text,
        "mail ***@******e.org now"
    );
    assert_eq!(with(Operator::Remove).redact(text).text, "mail  now");
    assert_eq!(with(Operator::Keep).redact(text).text, text);
    assert_eq!(
        with(Operator::Placeholder).redact(text).text,
        "mail <EMAIL_ADDRESS_1> now"
    );
    let hashed = with(Operator::Hash).redact(text).text.into_owned();
    assert!(
        hashed.starts_with("mail [EMAIL_ADDRESS:") && hashed.ends_with("] now"),
        "{hashed}"
    );
    assert_eq!(hashed.len(), "mail [EMAIL_ADDRESS:] now".len() + 16);
    // Deterministic for one key, different for another.
    assert_eq!(with(Operator::Hash).redact(text).text, hashed);
    let other = Engine::builder()
        .operator("EMAIL_ADDRESS", Operator::Hash)
        .hash_key(b"other")
        .build()
        .unwrap();
    assert_ne!(other.redact(text).text, hashed);
    // Placeholders number per value within one call.
    let p = with(Operator::Placeholder);
    assert_eq!(
        p.redact("a@x.io b@x.io a@x.io").text,
        "<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2> <EMAIL_ADDRESS_1>"
    );
}

#[test]
fn actions_allow_and_deny() {
    let engine = Engine::builder()
        .action("US_SSN", Action::Block)
        .action("EMAIL_ADDRESS", Action::Report)
        .allow_value("8.8.8.8")
        .allow_pattern(r".*@acme\.example")
        .deny_terms("CUSTOMER_NAME", ["Contoso", "Fabrikam Inc"])
        .build()
        .unwrap();
    let out = engine.redact("SSN 536-22-8726, mail a@b.io, dns 8.8.8.8, ops@acme.example, contoso and FABRIKAM INC, Contosos");
    assert!(out.blocked);
    assert_eq!(
        out.text,
        "SSN [US_SSN], mail a@b.io, dns 8.8.8.8, ops@acme.example, [CUSTOMER_NAME] and [CUSTOMER_NAME], Contosos"
    );
    let types: Vec<&str> = out
        .findings
        .iter()
        .map(|f| f.entity_type.as_ref())
        .collect();
    assert_eq!(
        types,
        ["US_SSN", "EMAIL_ADDRESS", "CUSTOMER_NAME", "CUSTOMER_NAME"]
    );
}

#[test]
fn switching_types_and_rules_off() {
    let engine = Engine::builder()
        .disable_type("IP_ADDRESS")
        .disable_rule("email")
        .build()
        .unwrap();
    assert!(engine.scan("10.1.2.3 a@b.io").is_empty());
    let only = Engine::from_policy_toml("[detect]\nonly_types = [\"JWT\"]\n").unwrap();
    assert_eq!(only.entity_types(), ["JWT"]);
    let pii = Engine::builder().packs(["pii"]).build().unwrap();
    assert!(pii.scan("AKIA2E3MF7QWZKD5HJLN").is_empty());
    assert_eq!(pii.scan("a@b.io").len(), 1);
}

#[test]
fn custom_rules_and_overrides() {
    let engine = Engine::builder()
        .rule(RuleSpec {
            id: "ticket".into(),
            entity_type: "TICKET_ID".into(),
            category: "pii".into(),
            keywords: vec!["TCK-".into()],
            pattern: "TCK-[0-9]{5}".into(),
            ..RuleSpec::default()
        })
        .build()
        .unwrap();
    let f = engine.scan("see TCK-12345 and TCK-1234");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule.as_ref(), "ticket");
    assert_eq!((f[0].start, f[0].end), (4, 13));
    // A custom rule with a built-in id replaces the built-in one.
    let email_off = Engine::from_policy_toml(
        "[[rule]]\nid = \"email\"\ntype = \"EMAIL_ADDRESS\"\ncategory = \"pii\"\nkeywords = [\"@@@\"]\npattern = '@@@'\n",
    )
    .unwrap();
    assert!(email_off.scan("a@b.io").is_empty());
}

#[test]
fn sessions_save_and_load_with_owner_only_permissions() {
    let engine = Engine::default();
    let mut s = engine.session();
    let red = s.redact("call +1 415-555-2671 or mail ana@example.org");
    assert_eq!(red.text, "call <PHONE_NUMBER_1> or mail <EMAIL_ADDRESS_1>");
    let path = std::env::temp_dir().join(format!("veil-session-{}.json", std::process::id()));
    s.save(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let mut loaded = veil_core::Session::load(&engine, &path).unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(
        loaded.restore("<EMAIL_ADDRESS_1> / <PHONE_NUMBER_1> / <PHONE_NUMBER_9>"),
        "ana@example.org / +1 415-555-2671 / <PHONE_NUMBER_9>"
    );
    // Numbering continues after a reload; known values keep their placeholder.
    let more = loaded.redact("bob@example.org, ana@example.org");
    assert_eq!(more.text, "<EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1>");
    // Corrupt and foreign files are errors, not panics.
    assert!(veil_core::Session::from_json(&engine, "{").is_err());
    assert!(
        veil_core::Session::from_json(&engine, r#"{"format":"other","version":1,"entries":[]}"#)
            .is_err()
    );
    let dup = r#"{"format":"veil-session","version":1,"entries":[
        {"placeholder":"<X_1>","type":"X","value":"a"},{"placeholder":"<X_1>","type":"X","value":"b"}]}"#;
    assert!(veil_core::Session::from_json(&engine, dup).is_err());
}

#[test]
fn invalid_utf8_is_an_answer() {
    let engine = Engine::default();
    let bytes = b"mail a@b.io \xff\xfe then c@d.io";
    let found = engine.scan_bytes(bytes);
    assert_eq!(found.len(), 2);
    assert_eq!(&bytes[found[1].start..found[1].end], b"c@d.io");
    let err = engine.redact_bytes(bytes).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Input);
    assert_eq!(err.offset(), Some(12));
    let lossy = engine.redact_lossy(bytes);
    assert_eq!(
        lossy.text,
        "mail [EMAIL_ADDRESS] \u{FFFD}\u{FFFD} then [EMAIL_ADDRESS]"
    );
}

#[test]
fn batch_equals_one_by_one() {
    let engine = Engine::default();
    let docs: Vec<String> = (0..400)
        .map(|i| {
            let filler = "lorem ipsum dolor ".repeat(i % 37 * 20);
            format!("{filler} doc {i}: mail u{i}@example.org, card 4111 1111 1111 1111 {filler}")
        })
        .chain(["".to_string(), "nothing here".to_string()])
        .collect();
    for threads in [0, 1, 2, 3, 7] {
        let scans = engine.scan_batch(&docs, threads);
        let reds = engine.redact_batch(&docs, threads);
        assert_eq!(scans.len(), docs.len());
        for ((d, s), r) in docs.iter().zip(&scans).zip(&reds) {
            assert_eq!(s, &engine.scan(d));
            assert_eq!(r, &engine.redact(d).into_owned());
        }
    }
    let empty: [&str; 0] = [];
    assert!(engine.scan_batch(&empty, 0).is_empty());
}

#[test]
fn session_debug_never_shows_values() {
    let engine = Engine::default();
    let mut s = engine.session();
    s.redact("mail ana@example.org");
    let dbg = format!("{s:?}");
    assert!(dbg.contains("<EMAIL_ADDRESS_1>"), "{dbg}");
    assert!(!dbg.contains("ana@example.org"), "{dbg}");
}

#[test]
fn a_number_does_not_absorb_the_local_part_of_a_following_email() {
    let engine = Engine::default();
    for (text, want) in [
        (
            "reach me: 020 7946 0958 11@si6bm.org",
            "reach me: [PHONE_NUMBER] [EMAIL_ADDRESS]",
        ),
        (
            "+49 30 12345678 5@5e5c.de",
            "[PHONE_NUMBER] [EMAIL_ADDRESS]",
        ),
        (
            "020 7946 0958 805.nr@4zhd.com",
            "[PHONE_NUMBER] [EMAIL_ADDRESS]",
        ),
    ] {
        assert_eq!(engine.redact(text).text, want, "{text}");
    }
}
