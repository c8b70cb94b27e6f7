import en from '../assets/public/_locales/en/messages.json';

/** The name of a message in `_locales/<lang>/messages.json`. */
export type MessageKey = keyof typeof en;

/** Turns a message and its substitutions into text; `browser.i18n` in the extension, English elsewhere. */
export type Say = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Words messages from one `messages.json` as `browser.i18n` would, for code that runs without it. */
export function sayFrom(messages: Record<MessageKey, { message: string }>): Say {
  return (key, ...substitutions) => messages[key].message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** The English messages, read from the same file the browser uses: for pure code and tests. */
export const english: Say = sayFrom(en);
