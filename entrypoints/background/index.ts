import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeText } from '../../lib/badge';
import { onMessage, sendMessage } from '../../lib/messaging';

const STEPS: Record<string, number> = { 'next-highlight': 1, 'previous-highlight': -1 };

export default defineBackground(() => {
  onMessage('reportBadge', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return;
    // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: badgeText(data) });
    void action.setBadgeBackgroundColor({ tabId, color: '#a4161a' });
  });
  onMessage('loadNameFinder', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return false;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/content-scripts/name-finder.js'],
    });
    return true;
  });
  browser.commands.onCommand.addListener(async (command) => {
    const delta = STEPS[command];
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (delta && tab?.id !== undefined) await sendMessage('stepHighlight', delta, tab.id).catch(() => undefined);
  });
});
