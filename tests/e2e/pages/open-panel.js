// Test-only page (copied into dist-test/test/): a real user gesture on this button opens the real side panel.
document.getElementById('open').addEventListener('click', async () => {
  const win = await chrome.windows.getCurrent();
  await chrome.sidePanel.open({ windowId: win.id });
  document.body.dataset.opened = 'yes';
});
