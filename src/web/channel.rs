//! The panel's end of the runtime: the worker (or the main-thread fallback behind the same shape), its messages,
//! and the shared control buffer (`protocol::layout`): interrupt, replies, the event queue and the output ring.

use crate::output::RingDecoder;
use crate::protocol::{layout as L, BridgeEvent, BridgeReply, Mode, PanelToWorker, Stream, WorkerToPanel};
use gloo_utils::format::JsValueSerdeExt;
use js_sys::{Atomics, Int32Array, SharedArrayBuffer, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The shared control buffer, seen from the panel.
pub struct Control {
    pub sab: SharedArrayBuffer,
    ints: Int32Array,
    bytes: Uint8Array,
}

fn js_err(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}

impl Control {
    pub fn new() -> Control {
        let sab = SharedArrayBuffer::new(L::TOTAL_BYTES);
        let ints = Int32Array::new(&sab);
        let bytes = Uint8Array::new(&sab);
        Control { sab, ints, bytes }
    }

    pub fn load(&self, index: u32) -> i32 {
        Atomics::load(&self.ints, index).unwrap_or(0)
    }

    fn store(&self, index: u32, value: i32) {
        let _ = Atomics::store(&self.ints, index, value);
    }

    /// Wakes the worker wherever it waits (reply, events, sleep).
    pub fn wake(&self) {
        let _ = Atomics::add(&self.ints, L::WAKE, 1);
        let _ = Atomics::notify(&self.ints, L::WAKE);
    }

    /// Asks Python to stop (KeyboardInterrupt at the next check, or at once from a wait).
    pub fn interrupt(&self) {
        self.store(L::INTERRUPT, 2);
        self.wake();
    }

    pub fn reply(&self, id: u32, reply: &BridgeReply) -> Result<(), JsValue> {
        let mut json = serde_json::to_vec(reply).map_err(js_err)?;
        if json.len() > L::REPLY_CAP as usize {
            let refused = BridgeReply::Refused { message: "reply too large for the control buffer".into() };
            json = serde_json::to_vec(&refused).map_err(js_err)?;
        }
        self.bytes.subarray(L::REPLY_OFFSET, L::REPLY_OFFSET + json.len() as u32).copy_from(&json);
        self.store(L::REPLY_LEN, json.len() as i32);
        self.store(L::REPLY_ID, id as i32);
        self.store(L::REPLY_STATE, 1);
        self.wake();
        Ok(())
    }

    /// Appends an event to the queue; false when the queue is full or busy (the caller keeps it and retries).
    pub fn push_event(&self, event: &BridgeEvent) -> Result<bool, JsValue> {
        let json = serde_json::to_vec(event).map_err(js_err)?;
        let mut spins = 0;
        while Atomics::compare_exchange(&self.ints, L::EVENT_LOCK, 0, 1)? != 0 {
            spins += 1;
            if spins > 10_000 {
                return Ok(false);
            }
        }
        let used = self.load(L::EVENT_LEN) as u32;
        let need = 4 + json.len() as u32;
        let fits = used + need <= L::EVENT_CAP;
        if fits {
            let at = L::EVENT_OFFSET + used;
            self.bytes.subarray(at, at + 4).copy_from(&(json.len() as u32).to_le_bytes());
            self.bytes.subarray(at + 4, at + need).copy_from(&json);
            self.store(L::EVENT_LEN, (used + need) as i32);
        }
        self.store(L::EVENT_LOCK, 0);
        if fits {
            self.wake();
        }
        Ok(fits)
    }

    /// Copies out everything the worker wrote to the output ring since the last call and frees the space.
    pub fn take_output(&self) -> Vec<u8> {
        self.take_output_upto(u32::MAX)
    }

    /// Like [`Control::take_output`], but at most `max` bytes (a record may be cut; the decoder joins it).
    pub fn take_output_upto(&self, max: u32) -> Vec<u8> {
        let head = self.load(L::OUT_HEAD) as u32;
        let tail = self.load(L::OUT_TAIL) as u32;
        let n = head.wrapping_sub(tail).min(max);
        let head = tail.wrapping_add(n);
        if n == 0 {
            return Vec::new();
        }
        let mask = L::OUT_CAP - 1;
        let start = tail & mask;
        let first = n.min(L::OUT_CAP - start);
        let mut out = self.bytes.subarray(L::OUT_OFFSET + start, L::OUT_OFFSET + start + first).to_vec();
        if first < n {
            out.extend(self.bytes.subarray(L::OUT_OFFSET, L::OUT_OFFSET + (n - first)).to_vec());
        }
        self.store(L::OUT_TAIL, head as i32);
        let _ = Atomics::notify(&self.ints, L::OUT_TAIL);
        out
    }

    /// Test-only view of the bytes, to play the worker's part.
    pub fn bytes(&self) -> &Uint8Array {
        &self.bytes
    }
}

impl Default for Control {
    fn default() -> Self {
        Control::new()
    }
}

#[wasm_bindgen]
extern "C" {
    /// `worker/inline.mjs`'s `InlineRuntime`: a Worker-shaped object running Python on this thread.
    pub type InlineRuntime;
    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post_message(this: &InlineRuntime, msg: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, setter)]
    fn set_onmessage(this: &InlineRuntime, f: &js_sys::Function);
    #[wasm_bindgen(method)]
    fn reply(this: &InlineRuntime, id: u32, json: &str);
    #[wasm_bindgen(method, js_name = pushEvent)]
    fn push_event(this: &InlineRuntime, json: &str);
    #[wasm_bindgen(method)]
    fn terminate(this: &InlineRuntime);
}

enum Endpoint {
    Worker(web_sys::Worker, Control),
    Inline(InlineRuntime),
}

/// What the runtime tells the panel: a checked message, or that it broke.
pub enum Incoming {
    Message(WorkerToPanel),
    Broken(String),
}

type Callback = Closure<dyn FnMut(web_sys::MessageEvent)>;

/// One live Python runtime. Dropping it terminates the worker and releases its listeners.
pub struct Runtime {
    endpoint: Endpoint,
    decoder: RingDecoder,
    _on_message: Callback,
    _on_error: Option<Closure<dyn FnMut(web_sys::ErrorEvent)>>,
}

fn decode(data: JsValue) -> Incoming {
    match data.into_serde::<WorkerToPanel>() {
        Ok(m) => Incoming::Message(m),
        Err(e) => Incoming::Broken(format!("the runtime sent a message the panel does not know: {e}")),
    }
}

impl Runtime {
    /// Starts Python in a module worker at `url`, or takes over `early`, a worker started there already.
    pub fn worker(
        early: Option<web_sys::Worker>,
        url: &str,
        mut on: impl FnMut(Incoming) + 'static,
    ) -> Result<Runtime, JsValue> {
        let worker = match early {
            Some(w) => w,
            None => {
                let opts = web_sys::WorkerOptions::new();
                opts.set_type(web_sys::WorkerType::Module);
                opts.set_name("pyroom-python");
                web_sys::Worker::new_with_options(url, &opts)?
            }
        };
        let on_message: Callback = Closure::new(move |e: web_sys::MessageEvent| on(decode(e.data())));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let control = Control::new();
        let init = JsValue::from_serde(&PanelToWorker::Init { mode: Mode::Worker }).map_err(js_err)?;
        js_sys::Reflect::set(&init, &"control".into(), &control.sab)?;
        worker.post_message(&init)?;
        Ok(Runtime { endpoint: Endpoint::Worker(worker, control), decoder: RingDecoder::new(), _on_message: on_message, _on_error: None })
    }

    /// Adds a handler for uncaught errors in the worker (a crash the worker could not report itself).
    pub fn on_error(&mut self, mut f: impl FnMut(String) + 'static) {
        if let Endpoint::Worker(w, _) = &self.endpoint {
            let c = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                f(e.message())
            });
            w.set_onerror(Some(c.as_ref().unchecked_ref()));
            self._on_error = Some(c);
        }
    }

    /// Starts Python on this thread through `worker/inline.mjs`'s `InlineRuntime` (constructed by the caller).
    pub fn inline(rt: InlineRuntime, mut on: impl FnMut(Incoming) + 'static) -> Result<Runtime, JsValue> {
        let on_message: Callback = Closure::new(move |e: web_sys::MessageEvent| on(decode(e.data())));
        rt.set_onmessage(on_message.as_ref().unchecked_ref());
        let init = JsValue::from_serde(&PanelToWorker::Init { mode: Mode::MainThread }).map_err(js_err)?;
        rt.post_message(&init)?;
        Ok(Runtime { endpoint: Endpoint::Inline(rt), decoder: RingDecoder::new(), _on_message: on_message, _on_error: None })
    }

    pub fn post(&self, msg: &PanelToWorker) -> Result<(), JsValue> {
        let value = JsValue::from_serde(msg).map_err(js_err)?;
        match &self.endpoint {
            Endpoint::Worker(w, _) => w.post_message(&value),
            Endpoint::Inline(rt) => rt.post_message(&value),
        }
    }

    pub fn reply(&self, id: u32, reply: &BridgeReply) -> Result<(), JsValue> {
        match &self.endpoint {
            Endpoint::Worker(_, c) => c.reply(id, reply),
            Endpoint::Inline(rt) => {
                rt.reply(id, &serde_json::to_string(reply).map_err(js_err)?);
                Ok(())
            }
        }
    }

    pub fn push_event(&self, event: &BridgeEvent) -> Result<bool, JsValue> {
        match &self.endpoint {
            Endpoint::Worker(_, c) => c.push_event(event),
            Endpoint::Inline(rt) => {
                rt.push_event(&serde_json::to_string(event).map_err(js_err)?);
                Ok(true)
            }
        }
    }

    /// Raises KeyboardInterrupt in the running program; false where that is impossible (main-thread mode).
    pub fn interrupt(&self) -> bool {
        match &self.endpoint {
            Endpoint::Worker(_, c) => {
                c.interrupt();
                true
            }
            Endpoint::Inline(_) => false,
        }
    }

    /// Output written since the last call, at most `max` bytes of it (worker mode; the fallback sends Output
    /// messages instead). What is left waits in the ring, and a full ring makes the program wait.
    pub fn take_output(&mut self, max: u32) -> Vec<(Stream, String)> {
        match &self.endpoint {
            Endpoint::Worker(_, c) => {
                let bytes = c.take_output_upto(max);
                if bytes.is_empty() {
                    Vec::new()
                } else {
                    self.decoder.push(&bytes)
                }
            }
            Endpoint::Inline(_) => Vec::new(),
        }
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        match &self.endpoint {
            Endpoint::Worker(w, _) => {
                w.set_onmessage(None);
                w.set_onerror(None);
                w.terminate();
            }
            Endpoint::Inline(rt) => rt.terminate(),
        }
    }
}
