/**
 * A condition inside the subject taught: what a course, module, scenario or toolkit examines about
 * an actor's legal position ("whether a State may respond…, provided that…"). A rule for the
 * partners said in a teaching voice, or a condition that names the partner or the support, is not.
 */
import assert from 'node:assert/strict';
import { conditionTaught } from '../../server/src/core/principles/conditionTaught';

function taught(text: string, condition: string): boolean {
  const start = text.indexOf(condition);
  assert.ok(start >= 0, condition);
  return conditionTaught(text, { start, end: start + condition.length });
}

describe('a condition inside the subject taught', () => {
  it('reads a condition in a question about a State’s or an actor’s legal position that a course examines, in English and French', () => {
    assert.equal(taught('Scenarios examine whether a State may respond with countermeasures, provided that the response is proportionate.', 'provided that'), true);
    assert.equal(taught('Participants discuss when an operation amounts to a use of force, on condition that its effects are comparable.', 'on condition that'), true);
    assert.equal(taught('Le cours explique dans quelles conditions un État peut invoquer la légitime défense, à condition que le seuil soit atteint.', 'à condition que'), true);
    assert.equal(taught('Le module examine si un État est en droit de riposter, sous réserve que la riposte reste proportionnée.', 'sous réserve que'), true);
  });
  it('does not read a condition on the support, nor one without a course that examines an actor’s position', () => {
    assert.equal(taught('Equipment is delivered provided that the beneficiary adopts the law.', 'provided that'), false);
    assert.equal(taught('The module explains how ministries can join the platform, provided that they sign the charter.', 'provided that'), false);
    assert.equal(taught('The guide explains how a country can receive support, provided that it adopts the law.', 'provided that'), false);
    assert.equal(taught('The course examines whether a State may act, provided that the partner adopts the law.', 'provided that'), false);
    assert.equal(taught('Participants learn that the tranche will be paid, provided that the law is adopted.', 'provided that'), false);
    assert.equal(taught('Scenarios examine whether a State may respond. Funds are released provided that the law is adopted.', 'provided that'), false);
    assert.equal(taught('Le séminaire explique comment un État peut obtenir le financement, à condition qu’il adopte la loi.', 'à condition qu’'), false);
  });
});
