import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests that drive a browser share one browser per file, one file at a time.
const inBrowser = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // A busy CI machine can take over a second to inject the card on a first hover: tests wait for behaviour, the bench times it.
  expect: { poll: { timeout: 10_000, interval: 100 } },
  fileParallelism: false,
};

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], ...inBrowser } },
      { extends: true, test: { name: 'firefox', include: ['test/firefox/**/*.test.ts'], ...inBrowser } },
    ],
  },
});
