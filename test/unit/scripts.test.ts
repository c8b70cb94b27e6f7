import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A script a newcomer runs must be in the repository, not only in someone's working copy: `.gitignore` once
// hid test/demo/demo.ts, and `npm run demo` failed on every clean clone.
describe('the npm scripts', () => {
  it('name only files that git tracks', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const named = [...new Set(Object.values(scripts).flatMap((command) => command.match(/[\w./-]+\.(?:ts|sh|js|mjs)\b/g) ?? []))];
    const tracked = new Set(execFileSync('git', ['ls-files', '--', ...named], { encoding: 'utf8' }).split('\n'));
    expect(named).toEqual(expect.arrayContaining(['test/demo/demo.ts', 'test/bench/run.ts']));
    expect(named.filter((file) => !tracked.has(file))).toEqual([]);
  });
});
