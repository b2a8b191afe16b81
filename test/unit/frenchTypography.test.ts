/**
 * The product's French words get French spacing (a no-break space inside « » and before : ; ? !),
 * so that a wrapped message never starts a line with a colon; what a message quotes from the draft
 * keeps its own spaces.
 */
import assert from 'node:assert/strict';
import { fr, frenchSpaces } from '../../server/src/core/frenchTypography';

describe('French typography of messages', () => {
  it('puts no-break spaces inside guillemets and before the high punctuation of its own words', () => {
    assert.equal(fr`Vraiment ? Oui ! « ${'x'} » : fin ; suite.`, 'Vraiment\u00a0? Oui\u00a0! «\u00a0x\u00a0»\u00a0: fin\u00a0; suite.');
    assert.equal(frenchSpaces('respecter l’appropriation nationale ; la participation'), 'respecter l’appropriation nationale\u00a0; la participation');
  });

  it('leaves the quoted text as the draft writes it', () => {
    const title = 'Cyber : cours « de base »';
    assert.equal(fr`« ${title} » : rien`, `«\u00a0${title}\u00a0»\u00a0: rien`);
  });
});
