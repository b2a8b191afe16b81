import assert from 'node:assert/strict';
import { readSettings } from '../../schemas/settings';

describe('settings', () => {
  it('keep the valid parts and report each problem, an unknown rule id included', () => {
    const { settings, problems } = readSettings({
      enable: true,
      rules: { 'date/order': 'loud', 'country/unknown-name': 'off', 'no/such-rule': 'error' },
    });
    assert.deepEqual(settings, { enable: true, rules: { 'country/unknown-name': 'off', 'no/such-rule': 'error' } });
    assert.equal(problems.length, 2);
    assert.ok(problems.some((problem) => problem.startsWith('oewgDrafter.rules.date/order')));
    assert.ok(problems.some((problem) => problem.includes('"no/such-rule" is not a rule id')));
  });

  it('fall back to the defaults when nothing is set', () => {
    assert.deepEqual(readSettings(undefined), { settings: { enable: true, rules: {} }, problems: [] });
  });
});
