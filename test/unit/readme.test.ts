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

  it('links only to its own sections and to web pages, as the packaged extension requires', () => {
    // The README is the extension's page in VS Code; `vsce package` refuses a link to a file of the
    // repository (it has no repository to point it at), so files are named in code spans instead.
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const fileLinks = [...readme.matchAll(/\]\(([^)#\s][^)\s]*)\)/g)].map((match) => match[1]).filter((target) => !/^https?:/.test(target ?? ''));
    assert.deepEqual(fileLinks, []);
  });
});
