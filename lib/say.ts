import en from '../assets/public/_locales/en/messages.json';

/** The name of a message in `_locales/<lang>/messages.json`. */
export type MessageKey = keyof typeof en;

/** Turns a message and its substitutions into text; `browser.i18n` in the extension, English elsewhere. */
export type Say = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** The English messages, read from the same file the browser uses: for pure code and tests. */
export const english: Say = (key, ...substitutions) =>
  en[key].message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
