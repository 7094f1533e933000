//! Small helpers for building the panel's DOM. Text always goes in through `textContent`, never as HTML.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the panel runs in a window")
}

pub fn document() -> Document {
    window().document().expect("the window has a document")
}

/// `<tag class=...>` with attributes.
pub fn el(tag: &str, class: &str, attrs: &[(&str, &str)]) -> Result<HtmlElement, JsValue> {
    let e = document().create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    for (k, v) in attrs {
        e.set_attribute(k, v)?;
    }
    e.dyn_into::<HtmlElement>().map_err(|_| JsValue::from_str("not an HTML element"))
}

/// An element holding `text` as text.
pub fn text_el(tag: &str, class: &str, text: &str) -> Result<HtmlElement, JsValue> {
    let e = el(tag, class, &[])?;
    e.set_text_content(Some(text));
    Ok(e)
}

/// Sets inline CSS properties (`("left", "4px")`, custom properties too).
pub fn set_styles(e: &HtmlElement, pairs: &[(&str, &str)]) {
    let s = e.style();
    for (k, v) in pairs {
        let _ = s.set_property(k, v);
    }
}

pub fn append(parent: &Element, children: &[&Element]) -> Result<(), JsValue> {
    for c in children {
        parent.append_child(c)?;
    }
    Ok(())
}

/// A global JS property, or undefined.
pub fn global(name: &str) -> JsValue {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A timer that is cleared when dropped.
pub struct Timeout {
    handle: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Timeout {
    pub fn new(ms: i32, f: impl FnMut() + 'static) -> Result<Timeout, JsValue> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let handle = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)?;
        Ok(Timeout { handle, _closure: closure })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        window().clear_timeout_with_handle(self.handle);
    }
}

/// An event listener that is removed when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    kind: String,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub fn new(
        target: &web_sys::EventTarget,
        kind: &str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        Ok(Listener { target: target.clone(), kind: kind.to_string(), closure })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(&self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// A repeating timer that is cleared when dropped.
pub struct Interval {
    handle: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Interval {
    pub fn new(ms: i32, f: impl FnMut() + 'static) -> Result<Interval, JsValue> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let handle = window()
            .set_interval_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)?;
        Ok(Interval { handle, _closure: closure })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        window().clear_interval_with_handle(self.handle);
    }
}
