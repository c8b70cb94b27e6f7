import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { showBadge } from '../../lib/badge';
import { onMessage, sendMessage } from '../../lib/messaging';
import { tagNames } from '../../lib/name-tagger';
import { detectInOpenTabs } from '../../lib/open-tabs';
import { keepFacts, prepareEngine, readRequested } from '../../lib/read-service';

const STEPS: Record<string, number> = { 'next-highlight': 1, 'previous-highlight': -1 };

export default defineBackground(() => {
  // Only this extension's own content scripts may ask anything of the background.
  const tabOf = (sender: { id?: string; tab?: { id?: number } }) => (sender.id === browser.runtime.id ? sender.tab?.id : undefined);
  onMessage('reportBadge', ({ data, sender }) => {
    const tabId = tabOf(sender);
    if (tabId !== undefined) showBadge(tabId, data);
  });
  // Injects one of our scripts into the frame of our own content script that asked for it.
  const inject = async (sender: { id?: string; tab?: { id?: number }; frameId?: number }, file: ScriptPublicPath) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return true;
  };
  // The engine warms up while the browser injects the reader.
  onMessage('loadReader', async ({ sender }) => (await Promise.all([inject(sender, '/reader.js'), prepareEngine()]))[0]);
  onMessage('loadCards', ({ sender }) => inject(sender, '/cards.js'));
  keepFacts();
  // Chrome starts content scripts only in pages loaded after an install or update.
  browser.runtime.onInstalled.addListener(({ reason }) => void detectInOpenTabs(reason));
  onMessage('readText', ({ data, sender }) => readRequested(tabOf(sender) === undefined ? undefined : data));
  onMessage('tagNames', ({ data, sender }) => tagNames(tabOf(sender) === undefined ? undefined : data));
  browser.commands.onCommand.addListener(async (command) => {
    const delta = STEPS[command];
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (delta && tab?.id !== undefined) await sendMessage('stepHighlight', delta, tab.id).catch(() => undefined);
  });
});
