//! Settings and the editor's text in `chrome.storage.local`; `localStorage` where the extension API is absent
//! (the wasm tests' plain page).

use super::dom::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = get)]
    fn chrome_get(keys: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = set)]
    fn chrome_set(items: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

const PREFIX: &str = "pyroom.";

/// Reads string values for `keys`; absent keys are left out.
pub async fn load(keys: &[&str]) -> Vec<(String, String)> {
    let arr = js_sys::Array::new();
    for k in keys {
        arr.push(&JsValue::from_str(k));
    }
    if let Ok(p) = chrome_get(&arr) {
        if let Ok(obj) = JsFuture::from(p).await {
            return keys
                .iter()
                .filter_map(|k| {
                    let v = js_sys::Reflect::get(&obj, &JsValue::from_str(k)).ok()?;
                    v.as_string().map(|s| (k.to_string(), s))
                })
                .collect();
        }
    }
    let Ok(Some(ls)) = window().local_storage() else { return Vec::new() };
    keys.iter()
        .filter_map(|k| ls.get_item(&format!("{PREFIX}{k}")).ok().flatten().map(|v| (k.to_string(), v)))
        .collect()
}

/// Writes string values; the write completes in the background.
pub fn save(items: &[(&str, String)]) {
    let obj = js_sys::Object::new();
    for (k, v) in items {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    match chrome_set(&obj) {
        Ok(p) => {
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = JsFuture::from(p).await {
                    web_sys::console::error_2(&"pyroom: could not save".into(), &e);
                }
            });
        }
        Err(_) => {
            if let Ok(Some(ls)) = window().local_storage() {
                for (k, v) in items {
                    let _ = ls.set_item(&format!("{PREFIX}{k}"), v);
                }
            }
        }
    }
}
