import { storage } from 'wxt/utils/storage';

/** Sites (by hostname) where the reader turned the extension off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});
