import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('README', () => {
  it('shows what the demo really prints on the bundled examples', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const shown = /The demo prints:\n\n```text\n([\s\S]*?)\n```/.exec(readme)?.[1];
    assert.ok(shown, 'README.md has a "The demo prints:" block');
    const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', 'examples/'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout.trimEnd(), shown.trimEnd());
  });
});
