// Content script (classic, isolated world) that puts a "Run" button beside each Python block of a page where the
// user turned Pyroom's page buttons on. Loaded after collect.classic.js (collectBlocks). The buttons live in closed
// shadow roots inside <pyroom-run> elements, so no style leaks either way and the page's locators stay valid.
// The page is data: blocks are classified by the extension (src/lift via the service worker), text is shown with
// textContent only, and only messages from this extension are accepted.
(() => {
  if (globalThis.__pyroomButtons) return;
  globalThis.__pyroomButtons = true;
  const hosts = new Map(); // locator -> { output }

  const STYLE = `
    :host { all: initial; display: block; margin: 2px 0 8px; font: 12px/1.4 system-ui, sans-serif; }
    button { font: inherit; font-weight: 600; padding: 2px 10px; border-radius: 6px; cursor: pointer;
      border: 1px solid #1a7f37; background: #1a7f37; color: #fff; }
    button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
    pre { margin: 4px 0 0; padding: 6px 8px; max-height: 14em; overflow: auto; white-space: pre-wrap;
      font: 12px/1.4 ui-monospace, monospace; background: #f6f8fa; color: #1f2328; border: 1px solid #d0d7de; border-radius: 6px; }
    pre.error { border-color: #cf222e; }
    pre[hidden] { display: none; }`;

  function addButton(block) {
    const el = document.querySelector(block.locator);
    if (!el || hosts.has(block.locator)) return;
    const host = document.createElement('pyroom-run');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '▶ Run';
    button.setAttribute('aria-label', 'Run in Pyroom');
    const output = document.createElement('pre');
    output.hidden = true;
    output.setAttribute('aria-label', 'Pyroom output');
    root.append(style, button, output);
    button.addEventListener('click', () => {
      output.hidden = false;
      output.className = '';
      output.textContent = 'Running in Pyroom…';
      chrome.runtime.sendMessage({ type: 'RunBlock', locator: block.locator });
    });
    el.after(host);
    hosts.set(block.locator, { host, output });
  }

  function removeAll() {
    for (const { host } of hosts.values()) host.remove();
    hosts.clear();
    globalThis.__pyroomButtons = false;
  }

  chrome.runtime.onMessage.addListener((msg, sender) => {
    if (sender.id !== chrome.runtime.id || msg === null || typeof msg !== 'object') return;
    if (msg.type === 'BlockOutput' && typeof msg.locator === 'string' && typeof msg.text === 'string') {
      const h = hosts.get(msg.locator);
      if (!h) return;
      const lines = msg.text.replace(/\n$/, '').split('\n');
      const shown = lines.length > 30 ? ['…', ...lines.slice(-30)] : lines;
      h.output.textContent = shown.join('\n') || '(no output)';
      h.output.className = msg.ok === true ? '' : 'error';
      h.output.hidden = false;
    } else if (msg.type === 'RemoveButtons') {
      removeAll();
    }
  });

  chrome.runtime.sendMessage({ type: 'Classify', page: collectBlocks() }).then((blocks) => {
    if (Array.isArray(blocks)) for (const b of blocks) if (typeof b?.locator === 'string') addButton(b);
  });
})();
