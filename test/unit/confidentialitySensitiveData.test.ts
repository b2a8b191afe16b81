/**
 * What `confidentiality/sensitive-data` reports, one line at a time, in lines of their own (not the
 * corpus's): each goes into the same small programme entry, so only the line decides.
 */
import assert from 'node:assert/strict';
import { analyzeFixture } from '../support/library';

function reported(line: string): string[] {
  const analysis = analyzeFixture(
    `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n# Programmes\n\n### Support programme\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** policy and national strategies\n- **Start:** 2023-01\n- **Status:** completed\n\n${line}\n`,
  );
  return analysis.findings.filter((finding) => finding.ruleId === 'confidentiality/sensitive-data').map((finding) => finding.message);
}

function expectReported(found: boolean, lines: readonly string[]): void {
  for (const line of lines) {
    it(`${found ? 'reports' : 'does not report'} "${line}"`, () => assert.equal(reported(line).length > 0, found, reported(line).join('\n')));
  }
}

describe('confidentiality/sensitive-data, line by line', () => {
  describe('round 17, confidentiality/sensitive-data: an office named after its place, a cohort’s mailbox, Spanish and Portuguese service words; a numbered part of a text is no IP address', () => {
    expectReported(false, [
      'Write to dakar.office@lender.example or to mombasa.desk@lender.example.',
      'Questions go to ada.cohort@school.example, the mailbox of the first intake.',
      'Inscriptions: ucap.capacitacion@fiscalia.example or prensa.unidad@policia.example.',
      'The baseline is set out in section 3.1.2.4 of the shared framework.',
      'Voir les points 5.1.1.2 et 5.1.1.3 du référentiel commun.',
    ]);
    expectReported(true, [
      // A family name after a first name stays personal; an address after "access point" stays an address.
      'Write to jean.bureau@lender.example.',
      'Write to maria.lopez@fiscalia.example.',
      'The access point 192.0.2.14 serves the training room.',
      'The lab server answers at 198.51.100.7.',
    ]);
  });
});
