import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { MessageKey } from './say';

/** Gives an extension page the reader's language and a title in it. */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = browser.i18n?.getUILanguage?.() ?? 'en';
  document.title = t(title);
}
