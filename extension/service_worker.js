// Opens the side panel (toolbar icon, keyboard commands, context menu, a page's Run button) and hands it code lifted
// from the page through chrome.storage.session, which only extension pages can read. Pages cannot message the
// extension (no externally_connectable); messages from content scripts are checked; nothing runs until the user
// asked for it. Page blocks are classified by the panel's own Rust lifter (src/lift), loaded here as wasm.
import init, { liftPage } from './pkg/pyroom.js';

chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('pyroom:', e));

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'run-selection', title: 'Run selection in Pyroom', contexts: ['selection'] });
  chrome.contextMenus.create({ id: 'open-selection', title: 'Open selection in Pyroom', contexts: ['selection'] });
  syncButtons();
});

// Runs in the page: the selected text with its line breaks, or else the text of the code block holding the focus
// or the caret. Returns plain strings only.
function pageSelection() {
  const selected = String(getSelection() || '');
  if (selected.trim()) return { text: selected, from: 'selection' };
  let node = document.activeElement;
  const caret = getSelection()?.anchorNode;
  if ((!node || node === document.body) && caret) node = caret.nodeType === 1 ? caret : caret.parentElement;
  const block = node?.closest?.('pre, code, .highlight, .jp-InputArea, .input_area');
  return block ? { text: block.textContent || '', from: 'block' } : { text: '', from: 'none' };
}

const handOver = (lifted) => chrome.storage.session.set({ lifted: { ...lifted, at: Date.now() } });

async function lift(tab, action, fallback) {
  let found = { text: fallback || '', from: 'selection' };
  try {
    const [first] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: pageSelection });
    if (first?.result?.text) found = first.result;
  } catch (e) {
    console.warn('pyroom: could not read the page:', e.message);
  }
  if (found.text.trim()) await handOver({ action, text: found.text, from: found.from, tabId: tab.id });
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (!tab) return;
  // Open first, while the click still counts as the user's gesture.
  chrome.sidePanel.open({ windowId: tab.windowId });
  lift(tab, info.menuItemId === 'run-selection' ? 'run' : 'open', info.selectionText);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (!tab) return;
  if (command === 'open-pyroom' || command === 'lift-selection') chrome.sidePanel.open({ windowId: tab.windowId });
  if (command === 'lift-selection') lift(tab, 'open', '');
});

let lifter = null;
// `page` is collectBlocks()'s JSON text.
const classify = (page) => (lifter ??= init()).then(() => JSON.parse(liftPage(page)));

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== chrome.runtime.id || !sender.tab || msg === null || typeof msg !== 'object') return undefined;
  if (msg.type === 'Classify' && typeof msg.page === 'string') {
    classify(msg.page).then(
      (blocks) => reply(blocks.map((b) => ({ locator: b.locator, kind: b.kind }))),
      (e) => {
        console.warn('pyroom: could not classify the page:', e);
        reply([]);
      },
    );
    return true;
  }
  if (msg.type === 'RunBlock' && typeof msg.locator === 'string') {
    chrome.sidePanel.open({ windowId: sender.tab.windowId });
    handOver({ action: 'run-block', locator: msg.locator, text: '', tabId: sender.tab.id });
  }
  return undefined;
});

// Page buttons are registered for the sites the user chose in the panel (storage.local `buttonSites`, a JSON list
// of match patterns) that are also granted.
async function syncButtons() {
  const { buttonSites } = await chrome.storage.local.get('buttonSites');
  let sites = [];
  try {
    sites = JSON.parse(buttonSites || '[]');
  } catch {}
  const granted = (await chrome.permissions.getAll()).origins || [];
  const matches = sites.filter((s) => typeof s === 'string' && (granted.includes(s) || granted.includes('<all_urls>')));
  await chrome.scripting.unregisterContentScripts({ ids: ['pyroom-buttons'] }).catch(() => {});
  if (matches.length === 0) return;
  await chrome.scripting.registerContentScripts([
    { id: 'pyroom-buttons', matches, js: ['content/collect.classic.js', 'content/buttons.js'], runAt: 'document_idle' },
  ]);
}
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.buttonSites) syncButtons();
});
chrome.permissions.onAdded.addListener(syncButtons);
chrome.permissions.onRemoved.addListener(syncButtons);
