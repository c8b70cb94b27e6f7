import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

async function manifest(target: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(`.output/${target}/manifest.json`, 'utf8')) as Record<string, unknown>;
}

describe('the built extension', () => {
  it('asks only for what it uses and runs its content script on http(s) pages, top frame, at idle', async () => {
    const chrome = await manifest('chrome-mv3');
    expect(chrome.permissions).toEqual(['storage', 'scripting']);
    expect(chrome.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(chrome.content_scripts).toEqual([
      expect.objectContaining({ matches: ['http://*/*', 'https://*/*'], all_frames: false, run_at: 'document_idle' }),
    ]);
  });

  it('loads only detection on every page, the reader on coverage pages, the cards and their facts on the first card', async () => {
    const read = (path: string) => readFile(`.output/chrome-mv3/${path}.js`, 'utf8');
    const [script, reader, cards] = await Promise.all([read('content-scripts/news'), read('reader'), read('cards')]);
    const background = await readFile('.output/chrome-mv3/background.js', 'utf8');
    // The fact pack's wording is only in the cards; the engine and the tagger only in the background, off the page's thread.
    for (const bundle of [script, reader]) expect(bundle).not.toContain('Ghassim');
    expect(cards).toContain('Ghassim');
    expect(background).toContain('compromise');
    for (const bundle of [script, reader, cards]) expect(bundle).not.toContain('compromise');
    // The card, a dialog, is in the cards alone.
    for (const bundle of [script, reader]) expect(bundle).not.toContain('"dialog"');
    expect(cards).toContain('"dialog"');
    expect(script.length).toBeLessThan(reader.length / 2);
    expect(reader.length).toBeLessThan(cards.length / 2);
  });

  it('bundles webextension-polyfill as its browser API', async () => {
    const background = await readFile('.output/chrome-mv3/background.js', 'utf8');
    expect(background).toContain('This script should only be loaded in a browser extension');
  });

  it('builds for Firefox too, under the same content security policy', async () => {
    const [chrome, firefox] = await Promise.all([manifest('chrome-mv3'), manifest('firefox-mv2')]);
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.permissions).toEqual(['storage', 'scripting', 'http://*/*', 'https://*/*']);
    const policy = (chrome.content_security_policy as { extension_pages: string }).extension_pages;
    expect(policy).toContain("connect-src 'none'");
    expect(firefox.content_security_policy).toBe(policy);
  });

  it('names and describes itself within the stores’ limits in both languages, for browsers that can paint it', async () => {
    for (const locale of ['en', 'fr']) {
      const path = `.output/chrome-mv3/_locales/${locale}/messages.json`;
      const messages = JSON.parse(await readFile(path, 'utf8')) as Record<string, { message: string }>;
      // The Chrome Web Store cuts a name at 75 characters and refuses a description over 132.
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
    expect((await manifest('chrome-mv3')).minimum_chrome_version).toBe('105');
  });

  it('carries its icon at every size the stores and toolbars ask for', async () => {
    for (const target of ['chrome-mv3', 'firefox-mv2']) {
      const icons = (await manifest(target)).icons as Record<string, string>;
      expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
      for (const [size, path] of Object.entries(icons)) {
        const png = await readFile(`.output/${target}/${path}`);
        // A PNG's header chunk gives its width and height.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });
});
