//! The Rust types against the shim's exported schema (`schema.json`): same ops, fields, kinds, events, queries.

use super::*;
use serde_json::json;

fn sample(ftype: &str) -> Value {
    let t = ftype.trim_end_matches('?');
    match t {
        "id" | "int" => json!(3),
        "num" => json!(1.5),
        "bool" => json!(true),
        "str" => json!("s"),
        "obj" => json!({}),
        "list" | "ints" | "nums" | "strs" => json!([]),
        "pair" => json!([1, 2]),
        "anchor" => json!("nw"),
        "kind" => json!("button"),
        "itemtype" => json!("line"),
        "manager" => json!("pack"),
        "entrytype" => json!("command"),
        _ if t.starts_with("enum:") => json!(t[5..].split('|').next().unwrap()),
        _ => panic!("no sample for {ftype}"),
    }
}

fn object(tag: &str, name: &str, fields: &Value) -> Value {
    let mut m = Map::new();
    m.insert(tag.into(), json!(name));
    for (k, t) in fields.as_object().unwrap() {
        m.insert(k.clone(), sample(t.as_str().unwrap()));
    }
    Value::Object(m)
}

#[test]
fn every_op_of_the_shim_decodes_and_round_trips() {
    let ops = schema()["ops"].as_object().unwrap();
    assert!(ops.len() > 50);
    for (name, fields) in ops {
        let v = object("op", name, fields);
        let op: TkOp = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(serde_json::to_value(&op).unwrap(), v, "{name} round trip");
        // A field more is refused.
        let mut extra = v.clone();
        extra["bogus"] = json!(1);
        assert!(serde_json::from_value::<TkOp>(extra).is_err(), "{name} takes an unknown field");
    }
    assert!(serde_json::from_value::<TkOp>(json!({"op": "explode", "id": 1})).is_err());
}

#[test]
fn kinds_items_and_entries_match() {
    let names = |k: &str| -> Vec<String> {
        schema()[k].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names("kind_names"), Kind::ALL.iter().map(|k| k.name()).collect::<Vec<_>>());
    assert_eq!(names("item_types"), ItemType::ALL.iter().map(|k| k.name()).collect::<Vec<_>>());
    assert_eq!(names("entry_types"), EntryType::ALL.iter().map(|k| k.name()).collect::<Vec<_>>());
    for k in Kind::ALL {
        assert!(schema()["kinds"].get(k.name()).is_some(), "no option table for {}", k.name());
    }
}

#[test]
fn every_event_serializes_with_exactly_the_shim_fields() {
    let events = schema()["events"].as_object().unwrap();
    for (name, fields) in events {
        let v = object("type", name, fields);
        let e: TkEvent = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let back = e.to_map();
        let mut keys: Vec<_> = back.keys().cloned().collect();
        keys.sort();
        let mut want: Vec<_> = fields.as_object().unwrap().keys().cloned().chain(["type".to_string()]).collect();
        want.sort();
        assert_eq!(keys, want, "{name}");
    }
    assert_eq!(events.len(), 26);
}

#[test]
fn every_query_decodes_and_answers_have_the_shim_fields() {
    for (name, fields) in schema()["queries"].as_object().unwrap() {
        let mut v = object("query", name, fields);
        if let Some(f) = v.get_mut("font") {
            *f = serde_json::to_value(Font::default_font()).unwrap();
        }
        serde_json::from_value::<TkQuery>(v).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let answers = [
        TkAnswer::Layout { widgets: vec![[1, 0, 0, 1, 1, 1, 1, 0, 0, 1]], grids: vec![(1, vec![0, 5], vec![0])],
            screen: [1, 1], pointer: [0, 0] },
        TkAnswer::Measure { widths: vec![] },
        TkAnswer::Metrics { ascent: 1, descent: 1, linespace: 2, fixed: false },
        TkAnswer::Button { button: "ok".into() },
        TkAnswer::Text { text: None },
        TkAnswer::Files { files: vec![] },
        TkAnswer::Color { color: None },
    ];
    let spec = schema()["answers"].as_object().unwrap();
    assert_eq!(spec.len(), answers.len());
    for a in answers {
        let v = serde_json::to_value(&a).unwrap();
        let name = v["answer"].as_str().unwrap().to_string();
        let mut keys: Vec<_> = v.as_object().unwrap().keys().filter(|k| *k != "answer").cloned().collect();
        keys.sort();
        let mut want: Vec<_> = spec[&name].as_object().unwrap().keys().cloned().collect();
        want.sort();
        assert_eq!(keys, want, "{name}");
    }
}

#[test]
fn options_are_checked_against_their_kind() {
    let button = |o: Value| TkOp::Create {
        id: 1,
        kind: Kind::Button,
        parent: None,
        options: serde_json::from_value(o).unwrap(),
    };
    let none = |_| None;
    assert!(validate(&button(json!({"text": "OK", "background": "#d9d9d9", "borderwidth": 1})), none).is_ok());
    assert!(validate(&button(json!({"font": Font::default_font()})), none).is_ok());
    assert!(validate(&button(json!({"background": "blue"})), none).unwrap_err().contains("-background"));
    assert!(validate(&button(json!({"foo": 1})), none).unwrap_err().contains("unknown option -foo"));
    assert!(validate(&button(json!({"relief": "wavy"})), none).is_err());
    assert!(validate(&button(json!({"relief": "sunken"})), none).is_ok());
    let conf = TkOp::Configure { id: 1, options: serde_json::from_value(json!({"width": "x"})).unwrap() };
    assert!(validate(&conf, |_| Some(Kind::Button)).is_err());
}

#[test]
fn a_real_program_s_ops_all_validate() {
    // Ops recorded from the shim (tests/tkinter/tools/record_ops.py writes this fixture).
    let text = include_str!("fixtures/ops_sample.json");
    let ops: Vec<TkOp> = serde_json::from_str(text).unwrap();
    let mut kinds = std::collections::HashMap::new();
    for op in &ops {
        validate(op, |id| kinds.get(&id).copied()).unwrap_or_else(|e| panic!("{e}: {op:?}"));
        if let TkOp::Create { id, kind, .. } = op {
            kinds.insert(*id, *kind);
        }
    }
    assert!(ops.len() > 50);
}

#[test]
fn fonts_become_css() {
    let mut f = Font::default_font();
    assert_eq!(f.css(), "13.333px \"DejaVu Sans\", sans-serif");
    f.family = "Courier".into();
    f.weight = "bold".into();
    f.slant = "italic".into();
    assert_eq!(f.css(), "italic bold 13.333px \"Courier\", sans-serif");
}
