/**
 * Conditions read from a sentence's structure: support that is delivered or held back, a gate, and
 * an act of the partner (a body of the partner, or its legal text). Each part is varied in turn, and
 * a sentence that lacks one of them is not a condition.
 */
import assert from 'node:assert/strict';
import { ownStepsOfOthers, supportWaitingOnPartner } from '../../server/src/core/principles/supportWaitingOnPartner';

function waiting(text: string, language: 'en' | 'fr' | 'both' = 'en', beneficiaries: readonly string[] = [], leads: readonly string[] = []): string[] {
  return supportWaitingOnPartner(text, language, [], beneficiaries, leads).map((place) => text.slice(place.start, place.end).replace(/\s+/g, ' '));
}

describe('support waiting on an act of the partner', () => {
  it('finds the support, the gate and the act, whatever the connective', () => {
    assert.deepEqual(waiting('The agency will release the funds for that phase once the Government has adopted the decree.'), [
      'release the funds for that phase once the Government has adopted the decree',
    ]);
    assert.deepEqual(waiting('The kits will be handed over in the month after the Assembly passes the draft law.'), ['handed over in the month after the Assembly passes the draft law']);
    assert.deepEqual(waiting('Assistance for the next phase was offered subject to each Government designating a host institution.'), [
      'offered subject to each Government designating a host institution',
    ]);
    assert.deepEqual(waiting('The servers are stored in the capital until Parliament enacts the data protection bill.'), ['stored in the capital until Parliament enacts the data protection bill']);
    assert.deepEqual(waiting('Les crédits sont mis en réserve et ne seront débloqués qu’au vu du texte promulgué par les autorités.', 'fr'), [
      'débloqués qu’au vu du texte promulgué par les autorités',
    ]);
    assert.deepEqual(waiting('Le matériel sera livré dès la publication du décret par le ministère.', 'fr'), ['livré dès la publication du décret par le ministère']);
  });

  it("reads the partner's own staff or budget, and an amended law, as its act", () => {
    assert.deepEqual(waiting('Le fonds ne financera la cellule que si la Banque centrale y affecte huit analystes.', 'fr'), ['financera la cellule que si la Banque centrale y affecte']);
    assert.deepEqual(waiting('The next tranche will be released once the Government has amended the draft law.'), ['released once the Government has amended the draft law']);
  });

  it("reads what the partner puts in (premises, posts, its share kept in the budget) and support kept only as long as it does", () => {
    assert.deepEqual(waiting('Le matériel ne sera livré qu’une fois les locaux mis à disposition par la partie béninoise.', 'fr'), [
      'livré qu’une fois les locaux mis à disposition par la partie',
    ]);
    assert.deepEqual(waiting('La contribution reste affectée à ce volet tant que le Gouvernement inscrit à son budget la contrepartie.', 'fr'), [
      'reste affectée à ce volet tant que le Gouvernement inscrit',
    ]);
    assert.deepEqual(waiting('The grant remains available as long as the Government budgets its share each year.'), ['available as long as the Government budgets']);
    // « en tant que » is "as", not "as long as".
    assert.deepEqual(waiting('La contribution reste affectée à ce volet en tant que contrepartie du Gouvernement, qui l’inscrit à son budget.', 'fr'), []);
  });

  it('reads a weak gate only for support still to come or held back: a past sequence is a story', () => {
    assert.deepEqual(waiting('The second phase started in 2022, after the Government adopted its strategy.'), []);
    assert.deepEqual(waiting('The second phase will start after the Government adopts its strategy.'), ['start after the Government adopts its strategy']);
    // A strong gate is a condition in any tense.
    assert.deepEqual(waiting('Equipment was provided only after the ministry signed the decree.'), ['provided only after the ministry signed the decree']);
  });

  it('needs the partner, or its legal text, near the act', () => {
    assert.deepEqual(waiting('The second tranche will be released once the first audit has been approved.'), []);
    assert.deepEqual(waiting('The second tranche will be released once the strategy has been approved.'), ['released once the strategy has been approved']);
    assert.deepEqual(waiting('La seconde tranche sera versée une fois le rapport signé par les experts.', 'fr'), []);
  });

  it("leaves people's own steps and the programme's paperwork", () => {
    assert.deepEqual(waiting('Certificates will be issued once trainees have passed the final test.'), []);
    assert.deepEqual(waiting('Funds will be released once the financing agreement has been signed by the Government.'), []);
    assert.deepEqual(waiting("Les fonds seront versés une fois l'accord de financement signé par le gouvernement.", 'fr'), []);
  });

  it('tells « dès » from « des », and reads the sentence the act is in, not the next', () => {
    assert.deepEqual(waiting('Un séminaire financé par la France réunira des responsables des États publics.', 'fr'), []);
    assert.deepEqual(waiting('The equipment will be delivered in June. Once the Government has adopted the law, training starts.'), []);
  });

  it('reads both languages when the draft is in neither, and never reads skipped spans', () => {
    assert.equal(waiting('Le matériel sera livré dès la publication du décret.', 'both').length, 1);
    const text = 'The funds will be released once the Government has adopted the decree.';
    assert.deepEqual(supportWaitingOnPartner(text, 'en', [{ start: 0, end: text.length }]), []);
  });

  it('reads support suspended until an act, a module written into the curriculum, and a sending body as the partner', () => {
    assert.deepEqual(waiting('Le financement de la phase deux reste suspendu à l’adoption d’une loi par le Parlement.', 'fr'), [
      'suspendu à l’adoption d’une loi par le Parlement',
    ]);
    assert.deepEqual(waiting('The second delivery will take place only once the ministry has written the module into the curriculum.'), [
      'delivery will take place only once the ministry has written',
    ]);
    assert.deepEqual(waiting('Phase two will go ahead only once the ministry has written the module into the curriculum.'), ['ahead only once the ministry has written']);
    assert.deepEqual(waiting('Places are granted subject to the sending unit having designated a contact point.'), ['granted subject to the sending unit having designated']);
    // « suspendue à » with no act of the partner after it is no condition.
    assert.deepEqual(waiting('La visite reste suspendue à l’amélioration de la météo.', 'fr'), []);
  });

  it('reads a rule stated for any partner in the past, money that sits until an act, support that opens or is kept up only if', () => {
    // "a country's seats": a rule for any of them, not a story, even in the past tense.
    assert.deepEqual(waiting('A country’s seats were confirmed once its justice ministry had sent the school its draft bill.'), ['confirmed once its justice ministry had sent']);
    assert.deepEqual(waiting('The seats were confirmed once its justice ministry had sent the school its draft bill.'), []);
    assert.deepEqual(waiting('The second instalment sits in the designated account until the National Assembly has passed the data bill.'), [
      'sits in the designated account until the National Assembly has passed the data bill',
    ]);
    assert.deepEqual(waiting('La seconde phase ne s’ouvre pour un pays qu’une fois son instrument d’adhésion à la Convention déposé.', 'fr'), [
      's’ouvre pour un pays qu’une fois son instrument d’adhésion à la Convention',
    ]);
    assert.deepEqual(waiting('Les bourses ne seront maintenues que si l’université ouvre deux postes.', 'fr'), ['maintenues que si l’université ouvre deux postes']);
    // Someone other than the partner opens something.
    assert.deepEqual(waiting('Les bourses ne seront maintenues que si le jury ouvre la session.', 'fr'), []);
  });

  it('reads a beneficiary State by its name, an officer said to be its own, and not a body of the lead State', () => {
    assert.deepEqual(waiting('The servers will be shipped only once Namibia has published the cybersecurity order.', 'en', ['Namibia']), [
      'shipped only once Namibia has published',
    ]);
    // Without the Beneficiaries field, a State's name is no partner.
    assert.deepEqual(waiting('The servers will be shipped only once Namibia has published its order.'), []);
    assert.deepEqual(waiting('A school can send two teachers once its director has signed the data charter.'), ['send two teachers once its director has signed']);
    // "the Bank's director": whose director is not said to be the partner's.
    assert.deepEqual(waiting('Teachers will be sent once the Bank’s director has signed the charter.'), []);
    // The lead State's own parliament or ministry: the donor's step, not the partner's.
    assert.deepEqual(waiting('Funding for next year depends on the Italian Parliament approving the aid budget.', 'en', ['Namibia'], ['Italy']), []);
    assert.deepEqual(waiting('Funding for next year depends on the Namibian Parliament approving the bill.', 'en', ['Namibia'], ['Italy']), [
      'Funding for next year depends on the Namibian Parliament approving the bill',
    ]);
    assert.deepEqual(waiting('Le second envoi dépend du vote de la loi par le Parlement namibien.', 'fr', ['Namibie'], ['Italie']), [
      'envoi dépend du vote de la loi par le Parlement',
    ]);
  });

  it('reads a rule stated in the present, for each partner, and support tied to, awaiting or following an act', () => {
    assert.deepEqual(waiting('Co-financing for each province is released once the provincial administration has equipped a training room.'), [
      'released once the provincial administration has equipped',
    ]);
    // The same in the past is a story.
    assert.deepEqual(waiting('Co-financing was released once the provincial administration had equipped a training room.'), []);
    assert.deepEqual(waiting('Each border police unit receives its scanners once the unit has registered two operators.'), ['receives its scanners once the unit has registered']);
    assert.deepEqual(waiting('Funding for the next cycle is tied to each government establishing a coordination office.'), [
      'Funding for the next cycle is tied to each government establishing',
    ]);
    assert.deepEqual(waiting('The disbursement awaits the decree that the ministry must publish.'), ['disbursement awaits the decree that the ministry must publish']);
    assert.deepEqual(waiting('Le versement suit la promulgation de la loi par le Président.', 'fr'), ['versement suit la promulgation de la loi par le Président']);
    assert.deepEqual(waiting('Le matériel n’est expédié qu’une fois la cellule créée par décret.', 'fr'), ['expédié qu’une fois la cellule créée par décret']);
    assert.deepEqual(waiting('Les fonds attendent la parution du décret au Journal officiel.', 'fr'), ['attendent la parution du décret']);
  });

  it('reads support kept for partners that acted, and only the partners that acted receiving it, but not private parties', () => {
    assert.deepEqual(waiting('Places in the advanced course are kept for delegations whose ministry has registered a cyber contact point.'), [
      'kept for delegations whose ministry has registered',
    ]);
    assert.deepEqual(waiting('Les places sont réservées aux pays dont le gouvernement a enregistré un point de contact.', 'fr'), [
      'réservées aux pays dont le gouvernement a enregistré',
    ]);
    // Kept by someone, not for someone: the relative is no gate.
    assert.deepEqual(waiting('The logs are kept in the archive, which the ministry has registered with the regulator.'), []);
    assert.deepEqual(waiting('Only agencies that had returned the survey could nominate analysts.'), ['Only agencies that had returned the survey could']);
    assert.deepEqual(waiting('Seules les administrations qui avaient retourné le formulaire ont pu inscrire des agents.', 'fr'), [
      'Seules les administrations qui avaient retourné le formulaire ont pu',
    ]);
    // People, not the partner.
    assert.deepEqual(waiting('Only trainees who had returned the survey could join the second week.'), []);
    // A private party's own step.
    assert.deepEqual(waiting('Private operators will be connected only once the operator has signed the charter.'), []);
    // A law that names private parties is still the partner's act.
    assert.deepEqual(waiting('The funds remain frozen until the Parliament has passed the law designating operators of vital importance.'), [
      'frozen until the Parliament has passed the law',
    ]);
  });

  it('reads support withheld from partners that have not acted, given only to those that have, a body in place and a document received from the partner', () => {
    assert.deepEqual(waiting('Units that have not registered a duty officer will not be offered the second course.'), [
      'Units that have not registered a duty officer will not be offered',
    ]);
    assert.deepEqual(waiting('Units that have not registered a duty officer will be offered help to do so.'), []);
    assert.deepEqual(waiting('The kits go only to agencies that have by now adopted a backup policy.'), ['go only to agencies that have by now adopted a backup policy']);
    assert.deepEqual(waiting('The kits go only to trainees that have by now adopted a habit.'), []);
    assert.deepEqual(waiting('The grant stays in reserve until the agency has a director in place.'), ['stays in reserve until the agency has a director in place']);
    assert.deepEqual(waiting('The grant stays in reserve until the agency meeting takes place.'), []);
    assert.deepEqual(waiting('La visite n’est programmée qu’une fois reçue la liste des serveurs du ministère.', 'fr'), [
      'programmée qu’une fois reçue la liste des serveurs du ministère',
    ]);
    assert.deepEqual(waiting('La visite n’est programmée qu’une fois reçue la liste par le ministère.', 'fr'), []);
  });

  it('reads teams the text calls national as the partner, a body of a State that is no beneficiary as not, and « convention de délégation » as paperwork', () => {
    const national = 'Les équipes nationales se réunissent. Seules les équipes ayant transmis leur annuaire ont pu jouer la finale.';
    assert.equal(waiting(national, 'fr', ['Sénégal']).length, 1);
    assert.deepEqual(waiting(national.replace('nationales', 'mixtes'), 'fr', ['Sénégal']), []);
    assert.deepEqual(waiting('La part reste suspendue au vote des crédits par le Parlement allemand.', 'fr', ['Bénin'], ['Bénin']), []);
    assert.equal(waiting('La part reste suspendue au vote de la loi par le Parlement béninois.', 'fr', ['Bénin'], ['Bénin']).length, 1);
    assert.deepEqual(waiting('Le versement reste subordonné à la signature de la convention de délégation par le ministère.', 'fr'), []);
  });

  it('finds the gates whose act is the own step of a subject that is not the partner', () => {
    const others = (text: string, language: 'en' | 'fr' = 'fr') => ownStepsOfOthers(text, language, [], ['Sénégal']).map((place) => text.slice(place.start, place.end));
    assert.deepEqual(others('Une banque n’est raccordée qu’après avoir signé la charte.'), ['Une banque n’est raccordée qu’après avoir signé']);
    assert.deepEqual(others('Un ministère n’est raccordé qu’après avoir signé la charte.'), []);
    assert.deepEqual(others('A bank is connected only after signing the charter.', 'en'), ['A bank is connected only after signing']);
    assert.deepEqual(others('It is connected only after signing the charter.', 'en'), []);
    assert.deepEqual(others('Le matériel est livré une fois la charte signée.'), []);
  });
});
