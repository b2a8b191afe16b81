/**
 * Runs every rule over every fixture (remark-lint's pattern). Fixtures live in
 * test/fixtures/rules/<rule id with "/" as "-">/:
 * - `pass-*.md` must produce no finding of that rule;
 * - `fail-*.md` must produce findings of that rule on exactly the lines its marker lists:
 *   `<!-- expect country/unknown-name at lines 12, 15 -->` (1-based document lines).
 * Each rule has English and French fixtures of both kinds.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeFixture } from '../support/library';
import { allRules } from '../../server/src/core/rules';

const fixturesRoot = path.join(__dirname, '..', 'fixtures', 'rules');
const expectMarker = /<!--\s*expect\s+(\S+)\s+at\s+lines?\s+([\d,\s]+)-->/;

describe('rule fixtures', () => {
  const ruleIds = [...new Set(allRules.map((rule) => rule.meta.id))];

  for (const ruleId of ruleIds) {
    const directory = path.join(fixturesRoot, ruleId.replace('/', '-'));
    describe(ruleId, () => {
      const files = readdirSync(directory).filter((file) => file.endsWith('.md')).sort();

      it('has passing and failing fixtures in English and French', () => {
        for (const kind of ['pass', 'fail']) {
          for (const language of ['en', 'fr']) {
            assert.ok(
              files.some((file) => file.startsWith(`${kind}-`) && file.includes(`-${language}`)),
              `${directory} needs a ${kind}-*-${language}*.md fixture`,
            );
          }
        }
      });

      for (const file of files) {
        it(file, () => {
          const text = readFileSync(path.join(directory, file), 'utf8');
          const analysis = analyzeFixture(text);
          const lines = analysis.findings
            .filter((finding) => finding.ruleId === ruleId)
            .map((finding) => finding.range.start.line + 1);
          if (file.startsWith('pass-')) {
            assert.deepEqual(lines, [], `${file} must not trigger ${ruleId}`);
            return;
          }
          const marker = expectMarker.exec(text);
          assert.ok(marker, `${file} needs an "<!-- expect ${ruleId} at lines … -->" marker`);
          assert.equal(marker[1], ruleId, `${file}'s marker names another rule`);
          const expected = (marker[2] ?? '')
            .split(/[,\s]+/)
            .filter(Boolean)
            .map(Number);
          assert.deepEqual([...new Set(lines)].sort((a, b) => a - b), expected, `${ruleId} findings in ${file}`);
        });
      }
    });
  }
});
