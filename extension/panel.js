// Bootstrap. Python's worker starts first, so that Pyodide loads while the panel itself starts; then the Rust
// panel is loaded and handed the worker and what it loads lazily. Everything else lives in Rust (src/web).
const workerUrl = new URL('./worker/worker.mjs', import.meta.url).href;
const worker = globalThis.crossOriginIsolated ? new Worker(workerUrl, { type: 'module', name: 'pyroom-python' }) : null;

const { default: init, start } = await import('./pkg/pyroom.js');
const { collectBlocks } = await import('./content/collect.js');
await init();
start({
  worker,
  loadEditor: () => import('./editor/editor.js'),
  loadInline: () => import('./worker/inline.mjs'),
  workerUrl,
  collect: collectBlocks,
  // Honoured only by test builds (cargo feature test-hooks).
  forceFallback: new URLSearchParams(location.search).has('fallback'),
});
