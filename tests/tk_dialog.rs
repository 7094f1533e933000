#![cfg(target_arch = "wasm32")]
//! tkinter's modal dialogs in headless Chromium (`cargo test --target wasm32-unknown-unknown --test tk_dialog`):
//! roles and names, Tk's buttons and their answers, the keys (Escape, Enter, Alt+letter), the file, save and colour
//! dialogs, and what dropping a dialog undoes.

use pyroom::tk::ops::{PickedFile, TkAnswer, TkQuery};
use pyroom::web::tk_dialog::{base64_decode, base64_encode, download, TkDialog};
use serde_json::json;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A Preview stand-in holding one Tk window, removed when dropped.
struct Host {
    host: HtmlElement,
    window: HtmlElement,
}

impl Host {
    fn new() -> Host {
        let host: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
        host.set_attribute("style", "width: 320px; height: 300px; overflow: auto").unwrap();
        let window: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
        window.set_attribute("tabindex", "0").unwrap();
        host.append_child(&window).unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        Host { host, window }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.host.remove();
    }
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    // unchecked: an SVG element is not an HtmlElement, but only Element methods are called on those
    (0..list.length()).map(|i| list.get(i).unwrap().unchecked_into::<HtmlElement>()).collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    let found = all(root, selector);
    assert_eq!(found.len(), 1, "exactly one {selector}");
    found.into_iter().next().unwrap()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    all(root, "button").into_iter().find(|b| b.text_content().as_deref() == Some(label)).unwrap_or_else(|| panic!("no {label} button"))
}

fn active() -> Option<Element> {
    document().active_element()
}

type Got = Rc<RefCell<Vec<TkAnswer>>>;

fn show(host: &Host, q: &TkQuery) -> (TkDialog, Got) {
    let got: Got = Rc::default();
    let g = got.clone();
    let d = TkDialog::show(&host.host, q, move |a| g.borrow_mut().push(a)).unwrap();
    (d, got)
}

/// Dispatches a keydown of `key` (with Alt if asked) on the focused element, as a user's key press would arrive.
fn key(key: &str, alt: bool) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"altKey".into(), &alt.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into()).unwrap().dyn_into().unwrap();
    let event: web_sys::Event = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"keydown".into(), &init)).unwrap().dyn_into().unwrap();
    active().unwrap().dispatch_event(&event).unwrap();
}

fn message(ty: &str, title: &str, default: &str) -> TkQuery {
    TkQuery::Message {
        icon: "question".into(),
        ty: ty.into(),
        title: title.into(),
        message: "Save changes?".into(),
        detail: "Your work is lost otherwise.".into(),
        default: default.into(),
        parent: None,
    }
}

fn pressed(got: &Got) -> Vec<String> {
    got.borrow()
        .iter()
        .map(|a| match a {
            TkAnswer::Button { button } => button.clone(),
            other => panic!("not a button answer: {other:?}"),
        })
        .collect()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
fn message_box_is_an_alertdialog_with_tks_buttons() {
    let h = Host::new();
    let before = active();
    let (d, got) = show(&h, &message("yesnocancel", "Editor", "no"));
    let dialog = one(&h.host, ".tk-modal [role=alertdialog]");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    assert_eq!(dialog.get_attribute("aria-label").as_deref(), Some("Editor"));
    assert_eq!(one(&dialog, ".tk-dialog-title-text").text_content().as_deref(), Some("Editor"));
    assert_eq!(one(&dialog, ".tk-msg").text_content().as_deref(), Some("Save changes?"));
    assert_eq!(one(&dialog, ".tk-detail").text_content().as_deref(), Some("Your work is lost otherwise."));
    let described = dialog.get_attribute("aria-describedby").unwrap();
    assert_eq!(described.split(' ').count(), 2);
    assert_eq!(one(&dialog, "svg.tk-icon").get_attribute("aria-label").as_deref(), Some("Question"));
    let labels: Vec<String> = all(&dialog, ".tk-dialog-buttons button").iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(labels, ["Yes", "No", "Cancel"]);
    let no = button(&dialog, "No");
    assert!(no.class_list().contains("tk-default"));
    assert!(active().unwrap().is_same_node(Some(&no)), "the default button has the focus");
    assert_eq!(h.window.get_attribute("inert").as_deref(), Some(""), "the Tk windows sleep under the dialog");
    assert!(h.host.class_list().contains("tk-modal-host"));
    button(&dialog, "Cancel").click();
    assert_eq!(pressed(&got), ["cancel"]);
    assert!(h.host.query_selector(".tk-modal").unwrap().is_none(), "answering takes the dialog down");
    assert!(!h.window.has_attribute("inert"));
    assert!(!h.host.class_list().contains("tk-modal-host"));
    button(&dialog, "Yes").click();
    assert_eq!(pressed(&got), ["cancel"], "one answer only");
    drop(d);
    assert_eq!(active().map(|a| a.tag_name()), before.map(|a| a.tag_name()));
}

#[wasm_bindgen_test]
fn escape_and_close_answer_as_tk_does() {
    let h = Host::new();
    for (ty, want) in [("ok", "ok"), ("okcancel", "cancel"), ("yesno", "no"), ("yesnocancel", "cancel"),
        ("retrycancel", "cancel"), ("abortretryignore", "abort")]
    {
        let (_d, got) = show(&h, &message(ty, "", ""));
        key("Escape", false);
        assert_eq!(pressed(&got), [want], "Escape in {ty}");
        let (_d, got) = show(&h, &message(ty, "", ""));
        one(&h.host, ".tk-dialog-close").click();
        assert_eq!(pressed(&got), [want], "close in {ty}");
    }
}

#[wasm_bindgen_test]
fn untitled_message_box_is_named_message_and_defaults_to_the_first_button() {
    let h = Host::new();
    let (_d, got) = show(&h, &message("abortretryignore", "", "bogus"));
    let dialog = one(&h.host, "[role=alertdialog]");
    assert_eq!(dialog.get_attribute("aria-label").as_deref(), Some("Message"));
    let labels: Vec<String> = all(&dialog, ".tk-dialog-buttons button").iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(labels, ["Abort", "Retry", "Ignore"]);
    assert!(button(&dialog, "Abort").class_list().contains("tk-default"));
    key("i", true); // Alt+I: Ignore's underlined letter
    assert_eq!(pressed(&got), ["ignore"]);
}

#[wasm_bindgen_test]
fn every_icon_draws() {
    let h = Host::new();
    for (icon, name) in [("error", "Error"), ("info", "Information"), ("question", "Question"), ("warning", "Warning")] {
        let q = TkQuery::Message { icon: icon.into(), ty: "ok".into(), title: "t".into(), message: "m".into(),
            detail: String::new(), default: "ok".into(), parent: None };
        let (_d, _got) = show(&h, &q);
        let svg = one(&h.host, "svg.tk-icon");
        assert_eq!(svg.get_attribute("aria-label").as_deref(), Some(name));
        assert!(svg.child_element_count() >= 2, "{icon} has shapes");
        assert!(h.host.query_selector(".tk-detail").unwrap().is_none(), "no empty detail");
    }
}

#[wasm_bindgen_test]
fn askstring_gives_the_text_or_none() {
    let h = Host::new();
    let q = TkQuery::Askstring { title: "Name".into(), prompt: "Your name:".into(), initial: "Ada".into(),
        kind: "string".into(), show: String::new(), parent: None };
    let (_d, got) = show(&h, &q);
    let dialog = one(&h.host, "[role=dialog]");
    assert_eq!(dialog.get_attribute("aria-label").as_deref(), Some("Name"));
    let input: HtmlInputElement = one(&dialog, "input.tk-entry").dyn_into().unwrap();
    assert_eq!(input.type_(), "text");
    assert_eq!(input.value(), "Ada");
    assert!(active().unwrap().is_same_node(Some(&input)), "the entry has the focus");
    let label = one(&dialog, "label");
    assert_eq!(label.get_attribute("for"), Some(input.id()));
    assert!(button(&dialog, "OK").class_list().contains("tk-default"));
    input.set_value("Grace");
    key("Enter", false);
    assert_eq!(*got.borrow(), [TkAnswer::Text { text: Some("Grace".into()) }]);

    let q = TkQuery::Askstring { title: "PIN".into(), prompt: "PIN:".into(), initial: String::new(),
        kind: "integer".into(), show: "*".into(), parent: None };
    let (_d, got) = show(&h, &q);
    let input: HtmlInputElement = one(&h.host, "input.tk-entry").dyn_into().unwrap();
    assert_eq!(input.type_(), "password");
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("numeric"));
    key("Escape", false);
    assert_eq!(*got.borrow(), [TkAnswer::Text { text: None }]);

    let (_d, got) = show(&h, &q);
    button(&h.host, "Cancel").click();
    assert_eq!(*got.borrow(), [TkAnswer::Text { text: None }]);
}

#[wasm_bindgen_test]
fn save_adds_the_default_extension() {
    let h = Host::new();
    let q = TkQuery::Save { title: String::new(), initialdir: String::new(), initialfile: "notes".into(),
        defaultextension: ".txt".into(), filetypes: vec![], parent: None };
    let (_d, got) = show(&h, &q);
    let dialog = one(&h.host, "[role=dialog]");
    assert_eq!(dialog.get_attribute("aria-label").as_deref(), Some("Save As"));
    let input: HtmlInputElement = one(&dialog, "input.tk-entry").dyn_into().unwrap();
    assert_eq!(input.value(), "notes");
    button(&dialog, "Save").click();
    assert_eq!(*got.borrow(), [TkAnswer::Text { text: Some("notes.txt".into()) }]);

    let (_d, got) = show(&h, &q);
    let input: HtmlInputElement = one(&h.host, "input.tk-entry").dyn_into().unwrap();
    input.set_value("");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    let save = button(&h.host, "Save");
    assert!(save.has_attribute("disabled"), "no name, no Save");
    key("Enter", false);
    assert!(got.borrow().is_empty());
    input.set_value("report.csv");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    key("Enter", false);
    assert_eq!(*got.borrow(), [TkAnswer::Text { text: Some("report.csv".into()) }]);
}

#[wasm_bindgen_test]
fn color_gives_rrggbb_or_none() {
    let h = Host::new();
    let q = TkQuery::Color { initial: Some("#FF0000".into()), title: "Pick".into(), parent: None };
    let (_d, got) = show(&h, &q);
    let swatch: HtmlInputElement = one(&h.host, "input[type=color]").dyn_into().unwrap();
    assert_eq!(swatch.value(), "#ff0000");
    let ok = button(&h.host, "OK");
    assert!(active().unwrap().is_same_node(Some(&ok)));
    ok.click();
    assert_eq!(*got.borrow(), [TkAnswer::Color { color: Some("#ff0000".into()) }]);

    let (_d, got) = show(&h, &TkQuery::Color { initial: None, title: String::new(), parent: None });
    assert_eq!(one(&h.host, "[role=dialog]").get_attribute("aria-label").as_deref(), Some("Color"));
    let entry: HtmlInputElement = one(&h.host, "input.tk-hex").dyn_into().unwrap();
    assert_eq!(entry.value(), "#d9d9d9");
    entry.set_value("#00FF00");
    entry.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    let swatch: HtmlInputElement = one(&h.host, "input[type=color]").dyn_into().unwrap();
    assert_eq!(swatch.value(), "#00ff00");
    let _ = entry.focus();
    key("Enter", false);
    assert_eq!(*got.borrow(), [TkAnswer::Color { color: Some("#00ff00".into()) }]);

    let (_d, got) = show(&h, &q);
    key("Escape", false);
    assert_eq!(*got.borrow(), [TkAnswer::Color { color: None }]);
}

/// Puts `files` ((name, text)) into the file input as if the user had picked them, and fires `change`.
fn pick(input: &HtmlInputElement, files: &[(&str, &str)]) {
    let g = js_sys::global();
    let dt_ctor: js_sys::Function = js_sys::Reflect::get(&g, &"DataTransfer".into()).unwrap().dyn_into().unwrap();
    let dt = js_sys::Reflect::construct(&dt_ctor, &js_sys::Array::new()).unwrap();
    let items = js_sys::Reflect::get(&dt, &"items".into()).unwrap();
    let add: js_sys::Function = js_sys::Reflect::get(&items, &"add".into()).unwrap().dyn_into().unwrap();
    let file_ctor: js_sys::Function = js_sys::Reflect::get(&g, &"File".into()).unwrap().dyn_into().unwrap();
    for (name, text) in files {
        let file = js_sys::Reflect::construct(&file_ctor, &js_sys::Array::of2(&js_sys::Array::of1(&(*text).into()), &(*name).into())).unwrap();
        add.call1(&items, &file).unwrap();
    }
    js_sys::Reflect::set(input, &"files".into(), &js_sys::Reflect::get(&dt, &"files".into()).unwrap()).unwrap();
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn open_reads_the_picked_files_as_base64() {
    let h = Host::new();
    let q = TkQuery::Open { title: String::new(), initialdir: String::new(), initialfile: String::new(),
        filetypes: vec![json!(["Text", ["*.txt", "*.py"]]), json!(["All files", ["*"]])], multiple: true,
        directory: false, parent: None };
    let (_d, got) = show(&h, &q);
    let dialog = one(&h.host, "[role=dialog]");
    assert_eq!(dialog.get_attribute("aria-label").as_deref(), Some("Open"));
    let choose = button(&dialog, "Choose files\u{2026}");
    assert!(active().unwrap().is_same_node(Some(&choose)));
    let input: HtmlInputElement = one(&dialog, "input[type=file]").dyn_into().unwrap();
    assert!(input.multiple());
    assert_eq!(input.accept(), ".txt,.py");
    let select: web_sys::HtmlSelectElement = one(&dialog, "select").dyn_into().unwrap();
    select.set_value("1");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    assert_eq!(input.accept(), "", "All files: no filter");
    pick(&input, &[("a.txt", "hello"), ("b.py", "print(1)\n")]);
    for _ in 0..100 {
        if !got.borrow().is_empty() {
            break;
        }
        sleep(10).await;
    }
    let want = vec![
        PickedFile { name: "a.txt".into(), data: base64_encode(b"hello") },
        PickedFile { name: "b.py".into(), data: base64_encode(b"print(1)\n") },
    ];
    assert_eq!(*got.borrow(), [TkAnswer::Files { files: want }]);
    assert!(h.host.query_selector(".tk-modal").unwrap().is_none());

    let q = TkQuery::Open { title: String::new(), initialdir: String::new(), initialfile: String::new(),
        filetypes: vec![], multiple: false, directory: true, parent: None };
    let (_d, got) = show(&h, &q);
    assert_eq!(one(&h.host, "[role=dialog]").get_attribute("aria-label").as_deref(), Some("Choose Directory"));
    let input: HtmlInputElement = one(&h.host, "input[type=file]").dyn_into().unwrap();
    assert!(input.webkitdirectory());
    button(&h.host, "Cancel").click();
    assert_eq!(*got.borrow(), [TkAnswer::Files { files: vec![] }]);
}

#[wasm_bindgen_test]
async fn dropping_mid_read_never_answers() {
    let h = Host::new();
    let q = TkQuery::Open { title: String::new(), initialdir: String::new(), initialfile: String::new(),
        filetypes: vec![], multiple: false, directory: false, parent: None };
    let (d, got) = show(&h, &q);
    let input: HtmlInputElement = one(&h.host, "input[type=file]").dyn_into().unwrap();
    pick(&input, &[("a.txt", "hello")]);
    drop(d);
    sleep(50).await;
    assert!(got.borrow().is_empty());
}

#[wasm_bindgen_test]
fn dropping_takes_everything_down_without_an_answer() {
    let h = Host::new();
    let _ = h.window.focus();
    let (d, got) = show(&h, &message("okcancel", "t", "ok"));
    assert!(h.host.query_selector(".tk-modal").unwrap().is_some());
    drop(d);
    assert!(got.borrow().is_empty());
    assert!(h.host.query_selector(".tk-modal").unwrap().is_none());
    assert!(!h.window.has_attribute("inert"));
    assert!(!h.host.class_list().contains("tk-modal-host"));
    assert!(active().unwrap().is_same_node(Some(&h.window)), "the focus goes back");
}

#[wasm_bindgen_test]
fn the_answer_may_drop_its_dialog() {
    let h = Host::new();
    let slot: Rc<RefCell<Option<TkDialog>>> = Rc::default();
    let got: Got = Rc::default();
    let (s, g) = (slot.clone(), got.clone());
    let d = TkDialog::show(&h.host, &message("ok", "t", "ok"), move |a| {
        g.borrow_mut().push(a);
        drop(s.borrow_mut().take());
    })
    .unwrap();
    *slot.borrow_mut() = Some(d);
    button(&h.host, "OK").click();
    assert_eq!(pressed(&got), ["ok"]);
    assert!(slot.borrow().is_none());
}

#[wasm_bindgen_test]
fn layout_queries_are_not_dialogs() {
    let h = Host::new();
    assert!(TkDialog::show(&h.host, &TkQuery::Layout {}, |_| {}).is_err());
    assert!(h.host.query_selector(".tk-modal").unwrap().is_none());
}

#[wasm_bindgen_test]
fn base64_round_trips_and_download_checks_its_data() {
    assert_eq!(base64_encode(b"Man"), "TWFu");
    assert_eq!(base64_decode("TWE=").unwrap(), b"Ma");
    assert!(base64_decode("not base64!").is_none());
    assert!(download("x.bin", "not base64!").is_err());
    // A real download cannot be watched from here; the call must at least succeed.
    assert!(download("x.txt", &base64_encode(b"hi")).is_ok());
}
