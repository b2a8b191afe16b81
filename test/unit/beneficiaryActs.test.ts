/**
 * Ownership read from who acts: a beneficiary State named, or named by its adjective, as the one
 * that proposes, asks, chooses or writes; never the donor, never a beneficiary that is chosen.
 */
import assert from 'node:assert/strict';
import { beneficiaryActing, namesOneOf } from '../../server/src/core/principles/beneficiaryActs';

function acting(text: string, beneficiaries: string[], language: 'en' | 'fr' = 'en', leads: string[] = []): string | undefined {
  const found = beneficiaryActing(text, beneficiaries, language, [], leads);
  return found && text.slice(found.start, found.end);
}

describe('a beneficiary acting for itself', () => {
  it('finds the State, or its adjective, as the one who proposes, asks, chooses or writes', () => {
    assert.equal(acting('The Philippines proposed this workshop at a regional meeting.', ['Philippines']), 'Philippines proposed');
    assert.equal(acting("Zambia's national CERT wrote the scenario.", ['Zambia']), "Zambia's national CERT wrote");
    assert.equal(acting('The Zambian ministry selected the trainees.', ['Zambia']), 'Zambian ministry selected');
    assert.equal(acting("Ces sites ont été retenus par l'administration béninoise chargée du numérique.", ['Bénin'], 'fr'), "retenus par l'administration béninoise");
    assert.equal(acting('Le Maroc a demandé un appui en 2022.', ['Maroc'], 'fr'), 'Maroc a demandé');
    // Work made with the partner: "designed with Benin's agency".
    assert.equal(acting("The service was designed with Benin's Information Systems Security Agency.", ['Benin']), "designed with Benin's");
    assert.equal(acting("Le service a été conçu avec l'agence béninoise.", ['Bénin'], 'fr'), "conçu avec l'agence béninoise");
    assert.equal(acting('The service was designed with French experts.', ['Benin']), undefined);
    // A beneficiary that has run the work, or designed it jointly with the donor.
    assert.equal(acting('Since January 2024 the national CERT of Tonga has run the drill calendar.', ['Tonga']), 'Tonga has run');
    assert.equal(acting('Designed jointly by the French and Senegalese authorities, the course…', ['Senegal']), 'Designed jointly by the French and Senegalese');
    assert.equal(acting('Since 2024 France has run the drill calendar for Tonga.', ['Tonga']), undefined);
    // The adjective may change the name's last vowel: "Ghana", « ghanéen ».
    assert.equal(acting('Le ministère ghanéen des Communications a arrêté le périmètre.', ['Ghana'], 'fr'), 'ghanéen des Communications a arrêté');
    assert.equal(acting("Madagascar's data protection commission drew up its own assessment.", ['Madagascar']), "Madagascar's data protection commission drew up");
  });

  it('reads the adjectives that do not begin like the name, and a name with its qualifier', () => {
    assert.equal(
      acting('The Legal Affairs Directorate of the Ivorian Ministry of Foreign Affairs chaired the three sessions.', ["Côte d'Ivoire"]),
      'Ivorian Ministry of Foreign Affairs chaired',
    );
    assert.equal(acting("L'administration malgache a proposé les thèmes.", ['Madagascar'], 'fr'), "malgache a proposé");
    assert.equal(acting('Les autorités burkinabè ont choisi les sites.', ['Burkina Faso'], 'fr'), 'burkinabè ont choisi');
    assert.equal(acting('The Venezuelan ministry requested the course.', ['Venezuela (Bolivarian Republic of)']), 'Venezuelan ministry requested');
    // An adjective stands for its own State only.
    assert.equal(acting('The Ivorian ministry chaired the sessions.', ['Senegal']), undefined);
  });

  it('leaves the donor acting, a beneficiary being chosen, and names that are no State', () => {
    assert.equal(acting('France proposed this workshop to Senegal.', ['Senegal']), undefined);
    assert.equal(acting('Trainees from Senegal selected by France attended.', ['Senegal']), undefined);
    assert.equal(acting('The statement is prepared each year.', ['States']), undefined);
    assert.equal(acting('Senegal, France chose the topics.', ['Senegal']), undefined);
    assert.equal(acting('Individual indicators selected by the team.', ['India']), undefined);
  });

  it('finds a beneficiary that implements, directs or validates the work (found by probing with lines of real drafts)', () => {
    assert.equal(acting("The project is implemented by Senegal's national cybersecurity agency with French support.", ['Senegal'], 'en', ['France']), "implemented by Senegal's");
    assert.equal(acting('Senegal implements the project with French experts.', ['Senegal'], 'en', ['France']), 'Senegal implements');
    assert.equal(acting('Le Sénégal assure la direction du centre.', ['Sénégal'], 'fr', ['France']), 'Sénégal assure la direction');
    assert.equal(acting("Le ministère sénégalais met en œuvre le projet avec l'appui de la France.", ['Sénégal'], 'fr', ['France']), 'sénégalais met en œuvre');
    assert.equal(acting("Le programme a été validé par l'école nationale de police du Sénégal.", ['Sénégal'], 'fr', ['France']), "validé par l'école nationale de police du Sénégal");
    assert.equal(acting('France implements the project in Senegal.', ['Senegal'], 'en', ['France']), undefined);
  });

  it('leaves an agent that names the lead, the beneficiary only as the place it works in', () => {
    assert.equal(acting('The project is led by Expertise France in Senegal.', ['Senegal'], 'en', ['France']), undefined);
    assert.equal(acting('Le projet est mis en œuvre par Expertise France au Sénégal.', ['Sénégal'], 'fr', ['France']), undefined);
    assert.equal(acting('The course was designed by Expertise France in Senegal.', ['Senegal'], 'en', ['France']), undefined);
    // Both sides named as the agent: the beneficiary acts too.
    assert.equal(acting('Designed jointly by the French and Senegalese authorities, the course…', ['Senegal'], 'en', ['France']), 'Designed jointly by the French and Senegalese');
  });

  it('reads the names of several words as written', () => {
    assert.equal(acting('The United States proposed a text.', ['United States']), 'United States proposed');
    assert.equal(acting('The State selected the venue.', ['United States']), undefined);
    // The last word may be the adjective: "Cabo Verdean", "Sri Lankan".
    assert.equal(acting("The list drawn up by the Cabo Verdean Prosecutor-General's Office.", ['Cabo Verde']), 'drawn up by the Cabo Verdean');
    assert.equal(acting('The Sri Lankan ministry chose the venue.', ['Sri Lanka']), 'Sri Lankan ministry chose');
    assert.equal(acting('The Cabo Delgado office chose the venue.', ['Cabo Verde']), undefined);
  });
});

describe('the partners acting, named by their role, their number or one by one', () => {
  const five = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
  const four = ['Bénin', 'Cabo Verde', 'Gambie', 'Guinée'];

  it('finds a subject that counts the beneficiary States, or takes them one by one', () => {
    assert.equal(acting('At a preparatory call, the five national contact points pick the incidents they rehearse.', five, 'en', ['France']), 'the five national contact points pick');
    assert.equal(acting('The heads of the five units drew up the list of case types.', five), 'heads of the five units drew up');
    assert.equal(acting('Each national CSIRT decides which networks receive a sensor.', ['Albania', 'Montenegro']), 'Each national CSIRT decides');
    assert.equal(acting('Ce sont les ministères de la Justice des quatre pays qui ont dressé la liste.', four, 'fr'), 'Justice des quatre pays qui ont dressé');
    assert.equal(acting('Les directions des affaires juridiques des ministères bénéficiaires ont dressé la liste des sujets.', four, 'fr'), 'affaires juridiques des ministères bénéficiaires ont dressé');
  });

  it('reads a French participle that agrees with what came before it', () => {
    assert.equal(acting('Le prêt finance la feuille de route que le ministère malgache du Développement numérique a arrêtée en 2022.', ['Madagascar'], 'fr'), 'malgache du Développement numérique a arrêtée');
  });

  it('finds the subject that opens the sentence, past a clause in commas', () => {
    assert.equal(acting("Tonga's drafting committee, chaired by the ministry and bringing together the police, held the pen on both texts.", ['Tonga'], 'en', ['New Zealand']), "Tonga's drafting committee, chaired by the ministry and bringing together the police, held the pen");
    assert.equal(acting('In Tonga, the New Zealand adviser, with two lawyers, drafted both texts.', ['Tonga'], 'en', ['New Zealand']), undefined);
    // Only the act's own sentence opens it: not the last words of the line before.
    assert.equal(acting('Contact: desk@mfat.example\n\nTonga\'s committee, chaired by X, drafted both texts.', ['Tonga']), "Tonga's committee, chaired by X, drafted");
    assert.equal(acting('The project supports Tonga.\nThe adviser, with two lawyers, drafted both texts.', ['Tonga']), undefined);
  });

  it('leaves the donor, a number that also counts the donors, the people at work in a session, and passives', () => {
    // Three beneficiaries and three lead States: "the three agencies" may be either side.
    assert.equal(acting('Germany, France and Spain pool their agencies. The three agencies chose the pilot services.', ['Djibouti', 'Kenya', 'Somalia'], 'en', ['Germany', 'France and Spain']), undefined);
    assert.equal(acting('The three ministries chose the pilot services.', ['Djibouti', 'Kenya', 'Somalia'], 'en', ['European Union']), 'The three ministries chose');
    assert.equal(acting('Each donor agency decides which projects it funds.', five), undefined);
    assert.equal(acting('France trains staff in each ministry and drafts the law.', five, 'en', ['France']), undefined);
    assert.equal(acting('Each team built a timeline of the incident.', five), undefined);
    assert.equal(acting('Each fellow writes a paper on the law of his country.', five), undefined);
    assert.equal(acting('Each delegation is asked to bring a case.', five), undefined);
    assert.equal(acting('The Department tracks the time each office takes per request.', five), undefined);
    // One beneficiary: "each" and numbers count nothing.
    assert.equal(acting('Each unit decides who it sends.', ['Senegal']), undefined);
  });
});

describe('a field value named after a State', () => {
  it('reads the State by name or adjective, not a language community', () => {
    assert.equal(namesOneOf('décideurs colombiens et tchèques', ['Colombie', 'Tchéquie']), true);
    assert.equal(namesOneOf('Sri Lankan police officers', ['Sri Lanka']), true);
    assert.equal(namesOneOf('pays francophones', ['France']), false);
    assert.equal(namesOneOf('policy makers', ['France']), false);
    assert.equal(namesOneOf('décideurs colombiens', ['diplomates']), false);
  });
});

describe('rounds 19 and 20: a beneficiary named, but not acting for the programme', () => {
  it('does not take a donor body stationed in the partner State for the partner (active voice too)', () => {
    assert.equal(acting('Les forces françaises stationnées au Togo ont proposé un exercice.', ['Togo'], 'fr', ['France']), undefined);
    assert.equal(acting('The French embassy in Ghana proposed the course to the ministry.', ['Ghana'], 'en', ['France']), undefined);
    assert.equal(acting('France and Ghana proposed the course together.', ['Ghana'], 'en', ['France']), 'Ghana proposed');
    assert.equal(acting('The Ghanaian ministry proposed the course.', ['Ghana'], 'en', ['France']), 'Ghanaian ministry proposed');
  });

  it('does not take a legal text for the partner deciding', () => {
    assert.equal(acting("La loi de chaque pays fixe la durée de conservation des copies.", ['Ghana', 'Togo'], 'fr'), undefined);
    assert.equal(acting("Ghana's law sets the retention period for seized data.", ['Ghana']), undefined);
    assert.equal(acting('Chaque ministère national fixe le calendrier.', ['Ghana', 'Togo'], 'fr'), 'Chaque ministère national fixe');
  });

  it('does not take a noun after a determiner for an act', () => {
    assert.equal(acting("Le Togo eut transmis sa demande d'accession au traité.", ['Togo'], 'fr'), undefined);
    assert.equal(acting('Ghana sent their requests in writing.', ['Ghana']), undefined);
    assert.equal(acting('Les thèmes, le Togo les a choisis en 2022.', ['Togo'], 'fr'), 'Togo les a choisis');
  });

  it('does not take the partner helped to set up an institution, nor support kept for a partner whose body acted', () => {
    assert.equal(acting('Advisers help the two partner governments set up a national agency.', ['Ghana', 'Togo']), undefined);
    assert.equal(acting('Missions go only to partners whose cabinet has approved the decree.', ['Ghana', 'Togo']), undefined);
    assert.equal(acting("Ghana's Ministry of Justice set up a drafting committee.", ['Ghana']), "Ghana's Ministry of Justice set up");
    assert.equal(acting('Advisers help the Ghanaian ministry set the agenda.', ['Ghana']), 'Ghanaian ministry set');
  });
});

describe('rounds 21 and 22: « établissements » counted as the partners, work written with the partner', () => {
  it('takes « établissements » for the partners with their number, and « écrit avec » for made with', () => {
    assert.equal(acting('Ce sont ces trois établissements qui ont proposé le calendrier.', ['Algérie', 'Maroc', 'Tunisie'], 'fr', ['France']), 'sont ces trois établissements qui ont proposé');
    assert.equal(acting('Chaque établissement choisit ses modules.', ['Algérie', 'Maroc', 'Tunisie'], 'fr', ['France']), 'Chaque établissement choisit');
    assert.equal(acting('Le scénario a été écrit avec les autorités mauriciennes.', ['Maurice'], 'fr'), 'écrit avec les autorités mauriciennes');
  });
  it('not when the number counts another side, or the work is written with the donor', () => {
    // One partner State: "the three institutions" are not counted as the partners.
    assert.equal(acting('Ce sont ces trois établissements qui ont proposé le calendrier.', ['Maroc'], 'fr', ['France']), undefined);
    assert.equal(acting('Le scénario a été écrit avec les experts français.', ['Maurice'], 'fr', ['France']), undefined);
  });
});
