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
      acronyms: { known: [] },
      confidentiality: { allowedAddresses: [] },
      principles: { secondReading: true },
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
    assert.deepEqual(readSettings(undefined), {
      settings: { enable: true, rules: {}, library: { sources: [] }, acronyms: { known: [] }, confidentiality: { allowedAddresses: [] }, principles: { secondReading: true } },
      problems: [],
    });
  });

  it('read the rule options (oewgDrafter.acronyms.known, oewgDrafter.confidentiality.allowedAddresses)', () => {
    const valid = readSettings({ acronyms: { known: [' ANSSI ', 'CERT-FR'] }, confidentiality: { allowedAddresses: ['@diplomatie.gouv.fr'] } });
    assert.deepEqual(valid.problems, []);
    assert.deepEqual(valid.settings.acronyms, { known: ['ANSSI', 'CERT-FR'] });
    assert.deepEqual(valid.settings.confidentiality, { allowedAddresses: ['@diplomatie.gouv.fr'] });
  });

  it('keep the valid entries of a rule option when one is wrong, and report it', () => {
    const { settings, problems } = readSettings({
      acronyms: { known: ['ANSSI', 'X', 42] },
      confidentiality: { allowedAddresses: ['contact@example.org'] },
    });
    assert.deepEqual(settings.acronyms, { known: ['ANSSI'] });
    assert.deepEqual(settings.confidentiality, { allowedAddresses: ['contact@example.org'] });
    assert.deepEqual(
      problems.map((problem) => problem.split(':')[0]),
      ['oewgDrafter.acronyms.known.1', 'oewgDrafter.acronyms.known.2'],
    );
  });

  it('turn the second reading off only when oewgDrafter.principles.secondReading is false', () => {
    assert.deepEqual(readSettings({ principles: { secondReading: false } }).settings.principles, { secondReading: false });
    // A wrong value is reported and the default kept, even when another option is wrong too.
    const wrong = readSettings({ principles: { secondReading: 'no' }, acronyms: { known: ['X'] } });
    assert.deepEqual(wrong.settings.principles, { secondReading: true });
    assert.ok(wrong.problems.some((problem) => problem.startsWith('oewgDrafter.principles.secondReading')));
  });
});
