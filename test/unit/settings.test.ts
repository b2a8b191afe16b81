import assert from 'node:assert/strict';
import { readSettings } from '../../schemas/settings';

describe('settings', () => {
  it('keep the valid parts and report each problem, an unknown rule id included', () => {
    const { settings, problems } = readSettings({
      enable: true,
      rules: { 'date/order': 'loud', 'country/unknown-name': 'off', 'no/such-rule': 'error' },
    });
    assert.deepEqual(settings, {
      enable: true,
      rules: { 'country/unknown-name': 'off', 'no/such-rule': 'error' },
      library: { sources: [] },
    });
    assert.equal(problems.length, 2);
    assert.ok(problems.some((problem) => problem.startsWith('oewgDrafter.rules.date/order')));
    assert.ok(problems.some((problem) => problem.includes('"no/such-rule" is not a rule id')));
  });

  it('keep the library folders when a rule severity is wrong', () => {
    const { settings, problems } = readSettings({ rules: { 'date/order': 'loud' }, library: { sources: ['refs', ''] } });
    assert.deepEqual(settings.library, { sources: [] });
    assert.ok(problems.some((problem) => problem.startsWith('oewgDrafter.library.sources')));
    const valid = readSettings({ rules: { 'date/order': 'loud' }, library: { sources: ['refs'] } });
    assert.deepEqual(valid.settings.library, { sources: ['refs'] });
  });

  it('fall back to the defaults when nothing is set', () => {
    assert.deepEqual(readSettings(undefined), { settings: { enable: true, rules: {}, library: { sources: [] } }, problems: [] });
  });
});
