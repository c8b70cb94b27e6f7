import { describe, expect, it } from 'vitest';
import { extensionSuite } from '../support/suite';

const suite = extensionSuite();

describe('the extension’s own pages', () => {
  it('can open no connection and load no outside image, even from script running in them', async () => {
    const url = suite.server.url('seed-original.html');
    for (const name of ['popup', 'options']) {
      const page = await suite.browser.context.newPage();
      await page.goto(`chrome-extension://${suite.browser.extensionId}/${name}.html`);
      const outcome = await page.evaluate(async (target) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        const fetched = await fetch(target).then(
          () => 'reached',
          () => 'blocked',
        );
        const image = document.createElement('img');
        const loaded = new Promise((resolve) => {
          image.onload = () => resolve('loaded');
          image.onerror = () => resolve('blocked');
        });
        image.src = target;
        document.body.append(image);
        return { fetched, image: await loaded, violations };
      }, url);
      expect(outcome).toEqual({ fetched: 'blocked', image: 'blocked', violations: ['connect-src', 'img-src'] });
      await page.close();
    }
  });

  it('runs the background worker under the same policy', async () => {
    const fetched = await suite.browser.worker.evaluate(
      (target) =>
        fetch(target).then(
          () => 'reached',
          () => 'blocked',
        ),
      suite.server.url('seed-original.html'),
    );
    expect(fetched).toBe('blocked');
  });
});
