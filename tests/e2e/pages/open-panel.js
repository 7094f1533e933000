// Test-only page (copied into dist-test/test/): a real user gesture on this button opens the real side panel.
// chrome.sidePanel.open() must be called while the click's user gesture is live, so nothing is awaited before it:
// the window is looked up when the page loads, and the button is enabled once it is known.
const button = document.getElementById('open');
let windowId = null;
chrome.windows.getCurrent().then((win) => {
  windowId = win.id;
  button.disabled = false;
});
button.addEventListener('click', () => {
  chrome.sidePanel.open({ windowId }).then(
    () => (document.body.dataset.opened = 'yes'),
    (err) => (document.body.dataset.opened = `error: ${err.message}`),
  );
});
