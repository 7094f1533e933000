// The toolbar icon and the keyboard command open the side panel. Nothing else runs in the background.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('pyroom:', e));

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-pyroom' && tab) chrome.sidePanel.open({ windowId: tab.windowId });
});
