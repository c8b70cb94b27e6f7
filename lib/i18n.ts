import { browser } from 'wxt/browser';
import { english, type Say } from './say';

/** Text in the browser's language through `browser.i18n`, falling back to English where it has none. */
export const t: Say = (key, ...substitutions) => {
  const subs = substitutions.map(String);
  return browser.i18n?.getMessage(key, subs) || english(key, ...subs);
};
