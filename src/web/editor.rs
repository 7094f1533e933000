//! Monaco, reached through one small JS module (`extension/editor/editor.js`) and this one extern block.
//! The panel's bootstrap imports that module and hands it to Rust; Rust never touches Monaco's own API.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    /// The module object of `editor.js`.
    pub type EditorModule;
    #[wasm_bindgen(method, catch)]
    fn create(this: &EditorModule, container: &HtmlElement, options: &JsValue) -> Result<EditorHandle, JsValue>;

    /// One Monaco editor, as `editor.js` wraps it.
    pub type EditorHandle;
    #[wasm_bindgen(method)]
    fn value(this: &EditorHandle) -> String;
    #[wasm_bindgen(method, js_name = setValue)]
    fn set_value(this: &EditorHandle, text: &str);
    #[wasm_bindgen(method)]
    fn replace(this: &EditorHandle, text: &str);
    #[wasm_bindgen(method, js_name = setFontSize)]
    fn set_font_size(this: &EditorHandle, px: u32);
    #[wasm_bindgen(method, js_name = markError)]
    fn mark_error(this: &EditorHandle, line: u32, message: &str);
    #[wasm_bindgen(method, js_name = clearMarks)]
    fn clear_marks(this: &EditorHandle);
    #[wasm_bindgen(method)]
    fn focus(this: &EditorHandle);
    #[wasm_bindgen(method)]
    fn dispose(this: &EditorHandle);
}

/// The editor and the callbacks it holds; dropping it disposes Monaco and frees them.
pub struct Editor {
    handle: EditorHandle,
    _on_change: Closure<dyn FnMut()>,
    _on_run: Closure<dyn FnMut()>,
}

impl Editor {
    pub fn new(
        module: &EditorModule,
        container: &HtmlElement,
        value: &str,
        font_size: u32,
        on_change: impl FnMut() + 'static,
        on_run: impl FnMut() + 'static,
    ) -> Result<Editor, JsValue> {
        let on_change = Closure::<dyn FnMut()>::new(on_change);
        let on_run = Closure::<dyn FnMut()>::new(on_run);
        let opts = js_sys::Object::new();
        js_sys::Reflect::set(&opts, &"value".into(), &value.into())?;
        js_sys::Reflect::set(&opts, &"fontSize".into(), &font_size.into())?;
        js_sys::Reflect::set(&opts, &"onChange".into(), on_change.as_ref())?;
        js_sys::Reflect::set(&opts, &"onRun".into(), on_run.as_ref())?;
        let handle = module.create(container, &opts)?;
        Ok(Editor { handle, _on_change: on_change, _on_run: on_run })
    }

    pub fn value(&self) -> String {
        self.handle.value()
    }
    pub fn set_value(&self, text: &str) {
        self.handle.set_value(text)
    }
    /// Replaces the whole text as one undoable edit (Ctrl+Z brings the previous code back).
    pub fn replace(&self, text: &str) {
        self.handle.replace(text)
    }
    pub fn set_font_size(&self, px: u32) {
        self.handle.set_font_size(px)
    }
    pub fn mark_error(&self, line: u32, message: &str) {
        self.handle.mark_error(line, message)
    }
    pub fn clear_marks(&self) {
        self.handle.clear_marks()
    }
    pub fn focus(&self) {
        self.handle.focus()
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        self.handle.dispose();
    }
}
