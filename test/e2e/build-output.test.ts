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

  it('loads only detection on every page: the facts, the engine, the cards and the tagger load on coverage pages', async () => {
    const script = await readFile('.output/chrome-mv3/content-scripts/news.js', 'utf8');
    const reader = await readFile('.output/chrome-mv3/content-scripts/reader.js', 'utf8');
    const background = await readFile('.output/chrome-mv3/background.js', 'utf8');
    // The fact pack's wording is only in the reader; the tagger only in the background, off the page's thread.
    expect(script).not.toContain('Ghassim');
    expect(reader).toContain('Ghassim');
    expect(background).toContain('compromise');
    for (const bundle of [script, reader]) expect(bundle).not.toContain('compromise');
    expect(script.length).toBeLessThan(reader.length / 4);
  });

  it('bundles webextension-polyfill as its browser API', async () => {
    const background = await readFile('.output/chrome-mv3/background.js', 'utf8');
    expect(background).toContain('This script should only be loaded in a browser extension');
  });

  it('builds for Firefox too', async () => {
    const firefox = await manifest('firefox-mv2');
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.permissions).toEqual(['storage', 'scripting', 'http://*/*', 'https://*/*']);
  });
});
