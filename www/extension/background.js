// Service worker: the context-menu entry on selected text. It reads the selection (the click
// grants activeTab) and opens the popup page on it in a small window; the text travels in the
// URL's fragment, so no storage permission is needed and nothing is sent anywhere.
const MENU_ID = 'mde-check-selection';

chrome.runtime.onInstalled.addListener(() => {
  // In the browser's language (_locales/); %s is the selection.
  chrome.contextMenus.create({ id: MENU_ID, title: chrome.i18n.getMessage('menuTitle'), contexts: ['selection'] });
});

/** The selection as the page has it (line breaks kept); Chrome's selectionText collapses them. */
async function selectionOf(tab, fallback) {
  try {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id, allFrames: false },
      func: () => String(getSelection() ?? ''),
    });
    return result?.result || fallback;
  } catch {
    return fallback; // pages scripts cannot reach (the Web Store, PDFs, chrome://)
  }
}

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_ID) return;
  const text = tab?.id === undefined ? info.selectionText : await selectionOf(tab, info.selectionText);
  const source = tab?.title ? chrome.i18n.getMessage('selectionOn', [tab.title]) : chrome.i18n.getMessage('selection');
  const fragment = new URLSearchParams({ text: text ?? '', source, title: tab?.title ?? '', url: tab?.url ?? '' });
  await chrome.windows.create({ url: `popup.html#${fragment}`, type: 'popup', width: 480, height: 640 });
});
