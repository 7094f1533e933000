//! The browser side: thin adapters from the pure modules to the DOM, the worker, Monaco and extension storage.

pub mod app;
pub mod channel;
pub mod chrome;
pub mod console_view;
pub mod dom;
pub mod editor;
pub mod page;
pub mod storage;
pub mod tk_dialog;
pub mod tk_engine;
pub mod tk_measure;
pub mod tk_view;
pub mod turtle_view;
pub mod ui;

use crate::protocol::Mode;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether this page may run Python in a worker with a SharedArrayBuffer.
pub fn isolated() -> bool {
    dom::global("crossOriginIsolated").as_bool().unwrap_or(false) && !dom::global("SharedArrayBuffer").is_undefined()
}

fn field(obj: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(name))
}

/// Entry point, called by `extension/panel.js` with
/// `{worker (already started, or null), loadEditor: () => import(editor), loadInline: () => import(inline runtime),
/// workerUrl, collect, forceFallback}`.
#[wasm_bindgen]
pub fn start(assets: JsValue) -> Result<(), JsValue> {
    let force = cfg!(feature = "test-hooks") && field(&assets, "forceFallback")?.as_bool().unwrap_or(false);
    let mode = if isolated() && !force { Mode::Worker } else { Mode::MainThread };
    let assets = app::Assets {
        load_editor: field(&assets, "loadEditor")?.dyn_into()?,
        load_inline: field(&assets, "loadInline")?.dyn_into()?,
        worker_url: field(&assets, "workerUrl")?.as_string().unwrap_or_default(),
        mode,
        collect: field(&assets, "collect")?.dyn_into()?,
        worker: field(&assets, "worker")?.dyn_into::<web_sys::Worker>().ok(),
    };
    let body = dom::document().body().ok_or("no body")?;
    let app = app::App::start(&body, assets)?;
    // The panel lives as long as the page.
    std::mem::forget(app);
    Ok(())
}

/// For the service worker: the Python blocks of a page read by `collectBlocks` (both as JSON).
#[wasm_bindgen(js_name = liftPage)]
pub fn lift_page(page: &str) -> Result<String, JsValue> {
    let page: crate::lift::Page = serde_json::from_str(page).map_err(|e| JsValue::from_str(&e.to_string()))?;
    serde_json::to_string(&crate::lift::lift(&page)).map_err(|e| JsValue::from_str(&e.to_string()))
}
