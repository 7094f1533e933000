//! The extension APIs the panel uses to read pages: one extern block, every call `catch`ed (outside an extension
//! page `chrome` is absent and the calls fail cleanly).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = query)]
    fn tabs_query(query: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = getCurrent)]
    fn tabs_get_current() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = sendMessage)]
    fn tabs_send_message(tab: i32, msg: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "scripting"], js_name = executeScript)]
    fn execute_script(injection: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "permissions"], js_name = contains)]
    fn permissions_contains(perms: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "permissions"], js_name = request)]
    fn permissions_request(perms: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "session"], js_name = get)]
    fn session_get(keys: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "session"], js_name = remove)]
    fn session_remove(keys: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "onChanged"], js_name = addListener)]
    fn storage_on_changed(f: &js_sys::Function) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs", "onActivated"], js_name = addListener)]
    fn tabs_on_activated(f: &js_sys::Function) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs", "onUpdated"], js_name = addListener)]
    fn tabs_on_updated(f: &js_sys::Function) -> Result<(), JsValue>;
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn message(e: &JsValue) -> String {
    get(e, "message").as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// A browser tab, as far as the panel needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct Tab {
    pub id: i32,
    pub url: String,
    pub title: String,
}

fn tab_of(v: &JsValue) -> Option<Tab> {
    Some(Tab {
        id: get(v, "id").as_f64()? as i32,
        url: get(v, "url").as_string().unwrap_or_default(),
        title: get(v, "title").as_string().unwrap_or_default(),
    })
}

/// The tab the panel works with: the active tab of the panel's window, unless that is the panel itself.
pub async fn target_tab() -> Result<Tab, String> {
    let query = obj(&[("active", true.into()), ("currentWindow", true.into())]);
    let tabs = JsFuture::from(tabs_query(&query).map_err(|e| message(&e))?).await.map_err(|e| message(&e))?;
    let tab = js_sys::Array::from(&tabs).get(0);
    let tab = tab_of(&tab).ok_or("no active tab")?;
    if let Ok(p) = tabs_get_current() {
        if let Ok(me) = JsFuture::from(p).await {
            if tab_of(&me).is_some_and(|me| me.id == tab.id) {
                return Err("Pyroom is open in a tab of its own; open it in the side panel to read pages".into());
            }
        }
    }
    Ok(tab)
}

/// Runs `func` (a function object, serialized by Chrome) in the tab's top frame and returns its result.
pub async fn run_in_tab(tab: i32, func: &js_sys::Function) -> Result<JsValue, String> {
    let injection = obj(&[("target", obj(&[("tabId", tab.into())])), ("func", func.clone().into())]);
    let results = JsFuture::from(execute_script(&injection).map_err(|e| message(&e))?).await.map_err(|e| message(&e))?;
    Ok(get(&js_sys::Array::from(&results).get(0), "result"))
}

/// Runs extension script files (content scripts) in the tab's top frame.
pub async fn inject_files(tab: i32, files: &[&str]) -> Result<(), String> {
    let list = js_sys::Array::new();
    for f in files {
        list.push(&JsValue::from_str(f));
    }
    let injection = obj(&[("target", obj(&[("tabId", tab.into())])), ("files", list.into())]);
    JsFuture::from(execute_script(&injection).map_err(|e| message(&e))?).await.map_err(|e| message(&e))?;
    Ok(())
}

/// Whether access to `origin` is already granted.
pub async fn has_origin(origin: &str) -> bool {
    let list = js_sys::Array::of1(&JsValue::from_str(origin));
    let Ok(p) = permissions_contains(&obj(&[("origins", list.into())])) else { return false };
    JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Asks for access to `origins` (a user gesture must be on the stack); true when granted.
pub async fn request_origins(origins: &[String]) -> bool {
    let list = js_sys::Array::new();
    for o in origins {
        list.push(&JsValue::from_str(o));
    }
    let Ok(p) = permissions_request(&obj(&[("origins", list.into())])) else { return false };
    JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

pub fn send_to_tab(tab: i32, msg: &JsValue) {
    if let Ok(p) = tabs_send_message(tab, msg) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(p).await;
        });
    }
}

/// Takes (reads and removes) a value the service worker left in session storage.
pub async fn take_session(key: &str) -> Option<JsValue> {
    let p = session_get(&JsValue::from_str(key)).ok()?;
    let v = get(&JsFuture::from(p).await.ok()?, key);
    if v.is_undefined() {
        return None;
    }
    if let Ok(p) = session_remove(&JsValue::from_str(key)) {
        let _ = JsFuture::from(p).await;
    }
    Some(v)
}

pub type Callback = Closure<dyn FnMut(JsValue, JsValue)>;

/// Calls `f` when session storage changes; the closure lives as long as the returned value.
pub fn on_session_change(f: impl FnMut(JsValue, JsValue) + 'static) -> Option<Callback> {
    let c: Callback = Closure::new(f);
    storage_on_changed(c.as_ref().unchecked_ref()).ok().map(|_| c)
}

/// Calls `f` when the user switches tabs or a tab finishes loading.
pub fn on_tab_change(f: impl FnMut(JsValue, JsValue) + 'static) -> Option<Callback> {
    let c: Callback = Closure::new(f);
    let ok = tabs_on_activated(c.as_ref().unchecked_ref()).is_ok() && tabs_on_updated(c.as_ref().unchecked_ref()).is_ok();
    ok.then_some(c)
}

pub fn field(v: &JsValue, key: &str) -> JsValue {
    get(v, key)
}

use wasm_bindgen::JsCast;
