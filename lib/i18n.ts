import { browser } from 'wxt/browser';
import { english, type Say } from './say';

/** Text in the browser's language through `browser.i18n`, falling back to English where it has none. */
export const t: Say = (key, ...substitutions) => {
  const subs = substitutions.map(String);
  return browser.i18n?.getMessage(key, subs) || english(key, ...subs);
};

/** The browser speaks French: the UI is French, and so are the facts' words where they have them. */
export function readerIsFrench(): boolean {
  // Read from the messages the browser chose, not getUILanguage: Chrome's service worker says `en-US`
  // there while it serves the French messages.
  return t('languageCode') === 'fr';
}
