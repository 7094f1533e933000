// Opens the side panel (toolbar icon, keyboard commands, context menu) and hands it code lifted from the page.
// Lifted text travels through chrome.storage.session, which only extension pages can read; the page can never
// message the extension (no externally_connectable), and nothing runs until the user asked for it.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('pyroom:', e));

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'run-selection', title: 'Run selection in Pyroom', contexts: ['selection'] });
  chrome.contextMenus.create({ id: 'open-selection', title: 'Open selection in Pyroom', contexts: ['selection'] });
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

async function lift(tab, action, fallback) {
  let found = { text: fallback || '', from: 'selection' };
  try {
    const [first] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: pageSelection });
    if (first?.result?.text) found = first.result;
  } catch (e) {
    console.warn('pyroom: could not read the page:', e.message);
  }
  if (!found.text.trim()) return;
  await chrome.storage.session.set({
    lifted: { action, text: found.text, from: found.from, title: tab.title || '', at: Date.now() },
  });
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
