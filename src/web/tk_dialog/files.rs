//! The file dialogs' parts: `askopenfilename` (a real file picker whose files are read into Python's file system),
//! `asksaveasfilename` (a name, then the saved file offered as a download), and the base64 both travel in.

use super::*;

/// The browser's `accept` for one Tk file type's patterns (`*.txt`, `.txt`): `None` if some pattern cannot be
/// told by its extension (`*`, `*.*`, `data*`), so every file is offered.
pub(super) fn accept_of(patterns: &[String]) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for p in patterns {
        let ext = p.strip_prefix('*').unwrap_or(p);
        let ok = ext.len() > 1 && ext.starts_with('.') && !ext.ends_with('.') && !ext.contains(['*', '?', '[', ' ']);
        if !ok {
            return None;
        }
        if !out.iter().any(|e| e == ext) {
            out.push(ext.to_string());
        }
    }
    if out.is_empty() { None } else { Some(out.join(",")) }
}

/// The shim's file types, `[[label, [pattern, ...]], ...]`.
pub(super) fn file_types(filetypes: &[Value]) -> Vec<(String, Vec<String>)> {
    filetypes
        .iter()
        .filter_map(|t| {
            let label = t.get(0)?.as_str()?.to_string();
            let pats = match t.get(1)? {
                Value::Array(a) => a.iter().filter_map(|p| p.as_str().map(str::to_string)).collect(),
                Value::String(s) => s.split_whitespace().map(str::to_string).collect(),
                _ => return None,
            };
            Some((label, pats))
        })
        .collect()
}

/// A saved file's name with Tk's `defaultextension` added when it has none (as `os.path.splitext` tells).
pub(super) fn with_extension(name: &str, ext: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if ext.is_empty() || base.trim_start_matches('.').contains('.') {
        return name.to_string();
    }
    if ext.starts_with('.') { format!("{name}{ext}") } else { format!("{name}.{ext}") }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(B64[(n >> 18) as usize & 63] as char);
        out.push(B64[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 { B64[(n >> 6) as usize & 63] as char } else { '=' });
        out.push(if chunk.len() > 2 { B64[n as usize & 63] as char } else { '=' });
    }
    out
}

/// Standard base64 (padding optional, whitespace ignored); `None` if it is not base64.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits, mut pad) = (0u32, 0u32, 0usize);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => {
                pad += 1;
                continue;
            }
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return None,
        };
        if pad > 0 {
            return None; // data after padding
        }
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // 6 leftover bits cannot be: one base64 character alone does not make a byte
    if bits >= 6 || pad > 2 {
        return None;
    }
    Some(out)
}

/// Offers bytes (base64) to the user as a download named `name` (the `download` op: a save dialog's file).
pub fn download(name: &str, data_base64: &str) -> Result<(), JsValue> {
    let bytes = base64_decode(data_base64).ok_or_else(|| JsValue::from_str("download: the data is not base64"))?;
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = dom::document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    a.set_download(if base.is_empty() { "download" } else { base });
    a.click();
    // The download has started from the URL by now; free it a little later, not at once (a slow start still finds it).
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    dom::window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// The open dialog: a button that opens the browser's file picker (a folder's for `askdirectory`), the file types
/// as a choice when there are several, and Cancel. Picking answers at once with the files read (base64).
/// Returns the pick button.
pub(super) fn build_open(p: &mut Parts, filetypes: &[Value], multiple: bool, directory: bool, initialdir: &str) -> Result<HtmlElement, JsValue> {
    p.dialog.class_list().add_1("tk-filedialog")?;
    let what = if directory {
        "Choose a folder on this computer. Its files are copied for the program"
    } else if multiple {
        "Choose files on this computer. They are copied for the program"
    } else {
        "Choose a file on this computer. It is copied for the program"
    };
    let text = if initialdir.is_empty() { format!("{what}.") } else { format!("{what} (into {initialdir}).") };
    let note = text_el("p", "tk-note", &text)?;
    p.body.append_child(&note)?;
    let picker: HtmlInputElement =
        el("input", "", &[("type", "file"), ("hidden", ""), ("tabindex", "-1"), ("aria-hidden", "true")])?.dyn_into()?;
    picker.set_multiple(multiple || directory);
    if directory {
        picker.set_webkitdirectory(true);
    }
    let types = if directory { Vec::new() } else { file_types(filetypes) };
    if let Some((_, pats)) = types.first() {
        if let Some(accept) = accept_of(pats) {
            picker.set_accept(&accept);
        }
    }
    if types.len() > 1 {
        let id = fresh_id("types");
        let row = el("div", "tk-row", &[])?;
        let label = text_el("label", "", "Files of type:")?;
        label.set_attribute("for", &id)?;
        let select: HtmlSelectElement = el("select", "tk-select", &[("id", &id)])?.dyn_into()?;
        for (i, (label, pats)) in types.iter().enumerate() {
            let o = text_el("option", "", &format!("{label} ({})", pats.join(" ")))?;
            o.set_attribute("value", &i.to_string())?;
            select.append_child(&o)?;
        }
        append(&row, &[&label, &select])?;
        p.body.append_child(&row)?;
        let picker = picker.clone();
        let s = select.clone();
        p.listeners.push(Listener::new(&select, "change", move |_| {
            let i: usize = s.value().parse().unwrap_or(0);
            match types.get(i).and_then(|(_, pats)| accept_of(pats)) {
                Some(a) => picker.set_accept(&a),
                None => {
                    let _ = picker.remove_attribute("accept");
                }
            }
        })?);
    }
    let status = el("p", "tk-status", &[("role", "status"), ("aria-live", "polite")])?;
    append(&p.body, &[&status, &picker])?;

    let label = if directory { "Choose folder\u{2026}" } else if multiple { "Choose files\u{2026}" } else { "Choose file\u{2026}" };
    let choose = tk_button("open", label, true)?;
    {
        let picker = picker.clone();
        p.listeners.push(Listener::new(&choose, "click", move |_| picker.click())?);
    }
    p.add_button(&choose)?;
    p.answer_button("cancel", false, TkAnswer::Files { files: Vec::new() })?;
    {
        let shared = p.shared.clone();
        let picker2 = picker.clone();
        let choose = choose.clone();
        p.listeners.push(Listener::new(&picker, "change", move |_| {
            let Some(list) = picker2.files() else { return };
            let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
            if files.is_empty() {
                // An empty folder, or nothing: nothing to copy; the dialog stays.
                status.set_text_content(Some(if directory { "That folder holds no files." } else { "No file chosen." }));
                return;
            }
            status.set_text_content(Some(&if files.len() == 1 {
                format!("Reading {}\u{2026}", files[0].name())
            } else {
                format!("Reading {} files\u{2026}", files.len())
            }));
            let _ = choose.set_attribute("disabled", "");
            let shared = shared.clone();
            let status = status.clone();
            let choose = choose.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match read_files(&shared, files, directory).await {
                    Ok(Some(picked)) => shared.finish(TkAnswer::Files { files: picked }),
                    Ok(None) => {} // the dialog went meanwhile
                    Err(name) => {
                        status.set_text_content(Some(&format!("Could not read {name}.")));
                        let _ = choose.remove_attribute("disabled");
                        let _ = choose.focus();
                    }
                }
            });
        })?);
    }
    Ok(choose)
}

/// Reads the files as base64, named by their path in the chosen folder (`webkitRelativePath`) or their name.
/// `Ok(None)`: the dialog closed meanwhile; `Err(name)`: that file could not be read.
pub(super) async fn read_files(shared: &Shared, files: Vec<web_sys::File>, directory: bool) -> Result<Option<Vec<PickedFile>>, String> {
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let mut name = f.name();
        if directory {
            let rel = js_sys::Reflect::get(&f, &JsValue::from_str("webkitRelativePath")).ok().and_then(|v| v.as_string());
            if let Some(rel) = rel.filter(|r| !r.is_empty()) {
                name = rel;
            }
        }
        let buf = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await.map_err(|_| name.clone())?;
        if shared.closed.get() {
            return Ok(None);
        }
        let bytes = js_sys::Uint8Array::new(&buf).to_vec();
        out.push(PickedFile { name, data: base64_encode(&bytes) });
    }
    Ok(Some(out))
}

/// The save dialog: "File name:" with the initial name, Save (default) and Cancel; the default extension is added
/// to a name without one. Returns the entry.
pub(super) fn build_save(p: &mut Parts, initialfile: &str, defaultextension: &str) -> Result<HtmlElement, JsValue> {
    p.dialog.class_list().add_1("tk-filedialog")?;
    let id = fresh_id("file");
    let row = el("div", "tk-row", &[])?;
    let label = text_el("label", "", "File name:")?;
    label.set_attribute("for", &id)?;
    let input: HtmlInputElement =
        el("input", "tk-entry", &[("type", "text"), ("id", &id), ("autocomplete", "off"), ("spellcheck", "false")])?.dyn_into()?;
    input.set_value(initialfile);
    append(&row, &[&label, &input])?;
    let note = text_el("p", "tk-note", "When the program writes the file, it is offered as a download.")?;
    append(&p.body, &[&row, &note])?;
    let save = tk_button("save", "Save", true)?;
    let set_enabled = {
        let input = input.clone();
        let save = save.clone();
        move || {
            if input.value().trim().is_empty() {
                let _ = save.set_attribute("disabled", "");
            } else {
                let _ = save.remove_attribute("disabled");
            }
        }
    };
    set_enabled();
    p.listeners.push(Listener::new(&input, "input", move |_| set_enabled())?);
    {
        let shared = p.shared.clone();
        let input = input.clone();
        let ext = defaultextension.to_string();
        p.listeners.push(Listener::new(&save, "click", move |_| {
            let name = input.value();
            if !name.trim().is_empty() {
                shared.finish(TkAnswer::Text { text: Some(with_extension(&name, &ext)) });
            }
        })?);
    }
    p.add_button(&save)?;
    p.answer_button("cancel", false, TkAnswer::Text { text: None })?;
    let input: HtmlElement = input.unchecked_into();
    p.enter_presses(&input, &save)?;
    Ok(input)
}
