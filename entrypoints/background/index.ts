import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeText } from '../../lib/badge';
import { onMessage } from '../../lib/messaging';

export default defineBackground(() => {
  onMessage('reportHighlights', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return;
    void browser.action.setBadgeText({ tabId, text: badgeText(data) });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6fb3' });
  });
});
