/** The tag of the single shadow-root host of the extension's in-page UI. */
export const UI_TAG = 'minusma-reader-ui';
