import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/core/rules';
import { ruleDocumentationPath } from '../../server/src/core/rules/rule';

const packageRoot = path.join(__dirname, '..', '..');

describe('rule documentation', () => {
  for (const rule of allRules) {
    it(`${rule.meta.id} links to a page that documents it`, () => {
      const file = path.join(packageRoot, ruleDocumentationPath(rule.meta.id));
      assert.ok(existsSync(file), `${ruleDocumentationPath(rule.meta.id)} is missing`);
      const page = readFileSync(file, 'utf8');
      assert.ok(page.startsWith(`# \`${rule.meta.id}\``), 'the page is titled with the rule id');
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.meta.defaultSeverity}`));
    });
  }

  it('the README lists every rule', () => {
    const readme = readFileSync(path.join(packageRoot, 'README.md'), 'utf8');
    for (const id of new Set(allRules.map((rule) => rule.meta.id))) {
      assert.ok(readme.includes(`\`${id}\``), `README.md does not mention ${id}`);
    }
  });
});
