/**
 * `style/undefined-acronym` beyond its fixtures: what counts as an acronym, the team's known list,
 * where a later definition is shown, and that an edit elsewhere keeps its findings right.
 */
import assert from 'node:assert/strict';
import { analyzeSubmission, SubmissionAnalyzer } from '../../server/src/core/analyzer';
import { allRules } from '../../server/src/core/rules';
import { acronymOf } from '../../server/src/core/rules/styleUndefinedAcronym';
import { defaultRuleOptions } from '../../schemas/ruleOptions';

const headerIn = (language: string) => `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n`;
const header = headerIn('en');

function acronymFindings(body: string, known: string[] = [], language = 'en') {
  const analysis = analyzeSubmission(headerIn(language) + body, undefined, undefined, { ...defaultRuleOptions, acronyms: { known } });
  return analysis.findings.filter((finding) => finding.ruleId === 'style/undefined-acronym');
}

describe('style/undefined-acronym', () => {
  it('knows an acronym from a name, a numeral or a symbol part', () => {
    assert.equal(acronymOf('ANSSI'), 'ANSSI');
    assert.equal(acronymOf('WB3C'), 'WB3C');
    assert.equal(acronymOf('CERT-In'), 'CERT-In');
    assert.equal(acronymOf('EU-funded'), 'EU');
    assert.equal(acronymOf('CSIRTs'), 'CSIRT');
    assert.equal(acronymOf('CMM'), 'CMM');
    for (const word of ['Cyber4Dev', 'Expertise', 'II', 'XIV', 'REV1', 'G']) assert.equal(acronymOf(word), undefined, word);
  });

  it('says where an acronym used too early is spelled out, and quotes it', () => {
    const [finding, ...others] = acronymFindings('Each country went through a CMM review.\n\nThe Capacity Maturity Model (CMM) has five dimensions.\n');
    assert.deepEqual(others, []);
    assert.ok(finding);
    assert.equal(finding.range.start.line, 9);
    assert.match(finding.message, /"CMM" is used here but spelled out only later, at line 12/);
    assert.equal(finding.related?.[0]?.range.start.line, 11);
  });

  it('accepts the acronyms the team lists, and reports a group once', () => {
    const body = 'The OCLCTIC and the DG INTPA met.\n';
    assert.deepEqual(acronymFindings(body).map((finding) => finding.message.slice(0, 12)), ['"OCLCTIC" is', '"DG INTPA" i']);
    assert.deepEqual(acronymFindings(body, ['OCLCTIC', 'DG', 'INTPA']), []);
  });

  it('reads acronyms in any script, and accented capitals', () => {
    assert.deepEqual(acronymFindings('The ОДКБ and the NÚKIB met in Prague.\n').map((finding) => finding.message.slice(0, 7)), ['"ОДКБ" ', '"NÚKIB"']);
  });

  /** The acronyms reported in `body`, in order (the quoted word of each message: "…" in English, « … » in French). */
  const reported = (body: string, known: string[] = [], language = 'en') =>
    acronymFindings(body, known, language).map((finding) => /^(?:"([^"]+)"|«\u00a0(.+?)\u00a0»)/.exec(finding.message)?.slice(1).find((quoted) => quoted !== undefined));
  /** The acronyms reported in `body` in a French draft (`language: fr`). */
  const reportedInFrench = (body: string, known: string[] = []) => reported(body, known, 'fr');

  it('leaves a name joined by a hyphen out of the acronym: spelled out alone, the acronym covers it', () => {
    assert.equal(acronymOf('ONU-Singapour'), 'ONU');
    assert.equal(acronymOf('NDICI-Global'), 'NDICI');
    assert.equal(acronymOf('EU-LAC'), 'EU-LAC');
    assert.deepEqual(reported("L'Organisation des Nations Unies (ONU) et Singapour ont créé le programme ONU-Singapour.\n"), []);
    assert.deepEqual(reported('The ASEAN-Singapore Cybersecurity Centre of Excellence (ASCCE) runs the ASCCE-Japan track.\n'), []);
    assert.deepEqual(reported('The NDICI-Global Europe instrument funds it.\n'), ['NDICI']);
  });

  it('accepts every way of spelling an acronym out, before or at its first use', () => {
    assert.deepEqual(reported('The Capacity Maturity Model (CMM) guides the CMM reviews.\n'), []);
    assert.deepEqual(reported('The CMM (Capacity Maturity Model) guides the CMM reviews.\n'), []);
    assert.deepEqual(reported('The Cyber Capacity Centre (hereafter "CCC") and the CCC staff.\n'), []);
    assert.deepEqual(reported("L'Organisation du traité de l'Atlantique Nord (OTAN) et l'OTAN.\n"), []);
    // The initials need not match: an English-order acronym in French text.
    assert.deepEqual(reported('La Direction générale des partenariats internationaux (DG INTPA) finance ; la DG INTPA suit.\n'), []);
    assert.deepEqual(reported("Le Bureau national de cybersécurité (NÚKIB) et le NÚKIB.\n"), []);
    // A short name of an acronym and a lower-case word, as in France's own submission.
    assert.deepEqual(reported('### National School with Regional Vocation (ENVR cyber)\n\nThe ENVR trains.\n'), []);
    assert.deepEqual(reported('The Group of Twenty (G20) and Digital for Development (D4D) hubs; G20 and D4D again.\n'), []);
  });

  it('treats an acronym spelled out in a heading or an earlier programme as defined for the later ones', () => {
    const body = '### Western Balkans Cyber Capacity Centre (WB3C)\n\nWB3C trains.\n\n### Alumni\n\nThe WB3C alumni meet.\n';
    assert.deepEqual(reported(body), []);
  });

  it('does not take a parenthesis that merely mentions an acronym for its definition', () => {
    assert.deepEqual(reported('The exercise ran in a hybrid format (exact date TBC).\n'), ['TBC']);
    // Lead-in words ("or", "dite") are not read inside an acronym that starts with them.
    assert.deepEqual(reported('The plan (ORSEC) applies; ORSEC and the Centre (DITE) with DITE.\n'), []);
  });

  it("does not take a State named before the parenthesis for the acronym's full name", () => {
    // "France (ANSSI)", as Lead fields are often written, names the country, not the agency.
    assert.deepEqual(reported('- **Lead:** France (ANSSI, Embassy of France in Namibia)\n\nANSSI wrote the guide.\n'), ['ANSSI']);
    assert.deepEqual(reported('The course was led by France (CNIL) and the CNIL hosted it.\n'), ['CNIL']);
    assert.deepEqual(reported("- **Chef de file :** la Côte d'Ivoire (ARTCI)\n"), ['ARTCI']);
    // A body named after its State, or a State's body, is a full name.
    assert.deepEqual(reported('Expertise France (EF) runs it; EF reports.\n'), []);
    assert.deepEqual(reported('The Ministry of Foreign Affairs of Spain (MAEC) and the MAEC team.\n'), []);
    assert.deepEqual(reported('France, hereafter (FR-GOV), and FR-GOV.\n'), []);
  });

  it('reads an acronym joined to a name by a hyphen, not one after a lower-case prefix', () => {
    assert.deepEqual(reported('Le Centre régional Oman-UIT anime le réseau.\n'), ['UIT']);
    assert.deepEqual(reported('Le portail e-GOUV est ouvert.\n'), []);
  });

  it('needs no definition for the common acronyms, the team list, or a CERT of a country', () => {
    assert.deepEqual(reported('ICT and ICTs, the UN, the EU, national CSIRTs, NATO, the OEWG and CERT-FR.\n'), []);
    assert.deepEqual(reported('The XYZ met.\n', ['XYZ']), []);
  });

  it('needs no definition for the French forms of the common acronyms in a French draft', () => {
    const body = "Avec l'appui de l'ONU, de l'UE, de l'UA, de l'OTAN, de l'UIT, de l'OEA, de l'ONUDC et du PNUD, des ONG et des PME travaillent sur les TIC et l'IA.\n";
    assert.deepEqual(reportedInFrench(body), []);
    // A plural, a name joined by a hyphen and a spelled-out form are read as in English.
    assert.deepEqual(reportedInFrench("Les programmes ONU-Singapour et les centres TICs ; l'Union européenne (UE) puis l'UE.\n"), []);
    // The English ones still need none in a French draft.
    assert.deepEqual(reportedInFrench("L'ITU, le CERT-FR et l'OSCE.\n"), []);
  });

  it('still reports an undefined acronym next to a French form in a French draft', () => {
    assert.deepEqual(reportedInFrench("Avec l'appui de l'ONU et de l'OCLCTIC, l'UE finance la DCPJ.\n"), ['OCLCTIC', 'DCPJ']);
    // "DG INTPA" after a French form is still one group.
    assert.deepEqual(reportedInFrench("L'UE et la DG INTPA financent.\n"), ['DG INTPA']);
  });

  it('reports the French forms in an English draft: an English reader does not know them', () => {
    assert.deepEqual(reported('With the support of the ONU and the UE.\n'), ['ONU', 'UE']);
    assert.deepEqual(reported('With the support of the UN, the OTAN and the UIT.\n'), ['OTAN', 'UIT']);
  });

  it('reads the French forms again when the draft changes language, its sections unchanged', () => {
    const analyzer = new SubmissionAnalyzer(allRules);
    const body = "Avec l'appui de l'ONU.\n";
    const reportedBy = (language: string) =>
      analyzer.analyze(headerIn(language) + body).findings.filter((finding) => finding.ruleId === 'style/undefined-acronym').map((finding) => finding.message.slice(0, 5));
    assert.deepEqual(reportedBy('en'), ['"ONU"']);
    assert.deepEqual(reportedBy('fr'), []);
    assert.deepEqual(reportedBy('en'), ['"ONU"']);
  });

  it('reads no acronym in a catalogue number such as a CVE identifier, and still reports one beside it', () => {
    assert.equal(acronymOf('CVE-2023-23397'), undefined);
    assert.equal(acronymOf('ISO-8859-1'), undefined);
    // Rounds 27 and 28: a single number joined to an acronym is no catalogue number; the acronym is what is read.
    assert.equal(acronymOf('COVID-19'), 'COVID');
    assert.deepEqual(reported('The team patched CVE-2023-23397 and CVE-2024-21413 with the NCSC.\n'), ['NCSC']);
    assert.deepEqual(reportedInFrench("L'équipe a corrigé la faille CVE-2023-23397 avec l'OCLCTIC.\n"), ['OCLCTIC']);
    // The register named in prose is an acronym.
    assert.deepEqual(reported('Each CVE record is checked.\n'), ['CVE']);
  });

  it("reads a standard's reference as one identifier, and still reports an acronym beside it", () => {
    assert.deepEqual(reported('The team is certified under ISO/IEC 27001:2022 and ISO 22301, and follows IEC 62443-3-3 and ISO27002.\n'), []);
    assert.deepEqual(reported('Procedures aligned on ISO/IEC 27035 were audited by the BSI.\n'), ['BSI']);
    assert.deepEqual(reportedInFrench("L'équipe applique la norme NF EN ISO/CEI 27001, que le COFRAC vérifie.\n"), ['COFRAC']);
    // Named in prose, the bodies are acronyms; the slash separates them, as it does any two acronyms.
    assert.deepEqual(reported('Experts of ISO/IEC joined the ABC/DEF office.\n'), ['ISO', 'IEC', 'ABC', 'DEF']);
    // A space still joins a group: one finding for "DG INTPA".
    assert.deepEqual(reported('The DG INTPA/XYZ desk.\n'), ['DG INTPA', 'XYZ']);
  });

  it("rounds 25 and 26: reads the reference of a national or Internet standards series (FIPS, NIST SP, RFC, BS, DIN) as one identifier; the series named in prose is still an acronym", () => {
    assert.deepEqual(reported('The course covers FIPS 140-3, NIST SP 800-61 and NISTIR 8286, RFC 2350 and RFC9116, BS 7799 and DIN 66399.\n'), []);
    assert.deepEqual(reportedInFrench("Le module présente les normes FIPS 204 et DIN 66399, et la RFC 2350 que l'OCLCTIC applique.\n"), ['OCLCTIC']);
    // Without a number, the series or its body is an acronym the reader must be given.
    assert.deepEqual(reported('Analysts mapped their controls to the NIST framework.\n'), ['NIST']);
    assert.deepEqual(reported('Each team publishes an RFC describing its services.\n'), ['RFC']);
    assert.deepEqual(reportedInFrench('Les équipes suivent les recommandations FIPS du régulateur.\n'), ['FIPS']);
  });

  it('rounds 27 and 28: an acronym joined to a number ("OSINT-2023") is a use of that acronym; a mixed-case acronym ("PaCSON", "DDoS") is an acronym, but not a name of capitalised words ("GitHub", "Cyber4Dev") nor a unit ("GHz")', () => {
    // Spelled out once, the acronym needs nothing more in a folder or an edition built on it.
    assert.deepEqual(reported('A course on open-source intelligence (OSINT). Files are in the folder "OSINT-2023".\n'), []);
    assert.deepEqual(reported('The Cyber Drill Exercise (CDX) returns as CDX-2024 in May.\n'), []);
    // Never spelled out, the acronym itself is reported, not its edition.
    assert.deepEqual(reported('Teams took part in TTX-2023 in Accra.\n'), ['TTX']);
    assert.deepEqual(reportedInFrench('L’équipe participe aux échanges du PaCSON depuis 2023.\n'), ['PaCSON']);
    assert.deepEqual(reported('The fellows joined WiIC in 2022 and signed an MoU with the ministry.\n'), ['WiIC', 'MoU']);
    // Spelled out either way round.
    assert.deepEqual(reported('The Pacific Cyber Security Operational Network (PaCSON) met in Suva; PaCSON meets twice a year.\n'), []);
    assert.deepEqual(reported('DDoS (distributed denial of service) attacks hit the portal; the DDoS attacks stopped.\n'), []);
    // Names of capitalised words, and units, are no acronyms.
    assert.deepEqual(reported('Code is on GitHub and LinkedIn; Cyber4Dev and GovCERT run the 2.4 GHz and 5 GHz tests at 3 MWh.\n'), []);
  });

  it('skips code, addresses, link targets, UN symbols, comments, Roman numerals and lines in capitals', () => {
    const body = [
      'Phase II and XIV. See A/78/265, A/RES/76/19 and [the report](https://example.org/DOC/ABC).',
      'Write `CFG MODE` or mail ops.TEAM@example.org; see https://www.example.org/XYZ and www.example.org/QQQ.',
      '<!-- HIDDEN NOTE -->',
      '```',
      'STRICT MODE ON',
      '```',
      '## NATIONAL PROGRAMMES IN BRIEF',
      '',
    ].join('\n');
    assert.deepEqual(reported(body), []);
  });

  it('reports an acronym once, at its first use, even when used again', () => {
    const findings = acronymFindings('The XYZ met.\n\nThe XYZ met again.\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.range.start.line, 9);
    assert.match(findings[0]?.message ?? '', /"XYZ" is never spelled out in this submission: write its full name at its first use, as "Full name \(XYZ\)"/);
  });

  it('speaks French in a French draft, with French quotation marks and spacing, and English in any other', () => {
    const body = 'Le CMM a été appliqué, puis le XYZ.\n\nLe modèle de maturité des capacités (CMM) compte cinq dimensions.\n';
    const [later, never] = acronymFindings(body, [], 'fr');
    assert.equal(
      later?.message,
      '«\u00a0CMM\u00a0» est employé ici mais n’est développé que plus loin, à la ligne 12\u00a0: développez-le dès sa première occurrence, sous la forme «\u00a0Nom complet (CMM)\u00a0», pour que les lecteurs extérieurs à votre équipe puissent suivre.',
    );
    assert.equal(later.related?.[0]?.message, '«\u00a0CMM\u00a0» est développé ici');
    assert.equal(
      never?.message,
      '«\u00a0XYZ\u00a0» n’est jamais développé dans cette contribution\u00a0: écrivez son nom complet dès sa première occurrence, sous la forme «\u00a0Nom complet (XYZ)\u00a0», ou, si tous les lecteurs le connaissent, ajoutez-le à oewgDrafter.acronyms.known (ou à la liste acronyms.known de .oewgrc.json).',
    );
    for (const language of ['en', 'es']) {
      const [english] = acronymFindings(body, [], language);
      assert.match(english?.message ?? '', /^"CMM" is used here but spelled out only later, at line 12: spell it out at its first use, as "Full name \(CMM\)"/, language);
      assert.equal(english?.related?.[0]?.message, '"CMM" is spelled out here');
    }
  });

  it('keeps its findings right when another section is edited', () => {
    const analyzer = new SubmissionAnalyzer(allRules);
    const first = 'The National Agency (NA) trained the CSIRT.\n\n## Second\n\nThe NA and the XYZ met.\n';
    const count = (text: string) => analyzer.analyze(header + text).findings.filter((finding) => finding.ruleId === 'style/undefined-acronym').map((finding) => finding.message.slice(0, 6));
    assert.deepEqual(count(first), ['"XYZ" ']);
    // Removing the definition in the first section makes the use in the (unchanged) second one undefined.
    assert.deepEqual(count(first.replace('The National Agency (NA)', 'The agency')), ['"NA" i', '"XYZ" ']);
  });
});
