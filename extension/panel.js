// Bootstrap: load the Rust panel, then hand it what it loads lazily. Everything else lives in Rust (src/web).
import init, { start } from './pkg/pyroom.js';
import { collectBlocks } from './content/collect.js';

await init();
start({
  loadEditor: () => import('./editor/editor.js'),
  loadInline: () => import('./worker/inline.mjs'),
  workerUrl: new URL('./worker/worker.mjs', import.meta.url).href,
  collect: collectBlocks,
  // Honoured only by test builds (cargo feature test-hooks).
  forceFallback: new URLSearchParams(location.search).has('fallback'),
});
