/**
 * Acronyms that a submission may use without spelling them out (`style/undefined-acronym`): those
 * every reader of the OEWG's documents knows in English, the language of most submissions. The list
 * is the one the evaluation corpus is labelled with (test/corpus/README.md), kept short on purpose:
 * a reader from another region, or a translator, needs the others spelled out. It applies in every
 * draft; a French draft also has `frenchCommonAcronyms`. Teams add their own through
 * `oewgDrafter.acronyms.known` or `.oewgrc.json`.
 */
export const commonAcronyms: readonly string[] = [
  'ICT',
  'ICTs',
  'UN',
  'EU',
  'AU',
  'US',
  'UK',
  'NATO',
  'CERT',
  'CSIRT',
  'OSCE',
  'OAS',
  'ASEAN',
  'OEWG',
  'GGE',
  'ITU',
  'UNODC',
  'UNDP',
  'UNIDIR',
  'AI',
  'IT',
  'ID',
  'NGO',
  'SME',
  'PhD',
  'CEO',
  'COVID',
];

/**
 * The French forms of `commonAcronyms`, which a draft whose front matter says `language: fr` may
 * also use without spelling them out: a French reader knows « l'ONU » as an English one knows "the
 * UN", and the Secretariat's French documents write « l'ONU », « l'OTAN » and « les TIC » without
 * spelling them out. Only the entries of `commonAcronyms` that have one established French acronym
 * in UN French usage are here (the Secretariat's French mapping report of 22 January 2024 uses
 * ONU, UE, OTAN, TIC, UIT, OEA and PNUD); CERT, CSIRT, OSCE, ASEAN, UNIDIR and COVID are the same in
 * both languages and are on `commonAcronyms` already. US, UK, OEWG, GGE, IT, ID, PhD and CEO have
 * none (« É.-U. » and « R.-U. » are abbreviations, and neither « TI » nor « PDG » is a one-to-one
 * UN French form), so they have no entry here. In an English draft these French forms are reported.
 */
export const frenchCommonAcronyms: readonly string[] = [
  'ONU', // UN: Organisation des Nations Unies
  'UE', // EU: Union européenne
  'UA', // AU: Union africaine
  'OTAN', // NATO: Organisation du Traité de l'Atlantique Nord
  'TIC', // ICT(s): technologies de l'information et des communications ("TICs" is read as TIC)
  'UIT', // ITU: Union internationale des télécommunications
  'OEA', // OAS: Organisation des États américains
  'ONUDC', // UNODC: Office des Nations Unies contre la drogue et le crime
  'PNUD', // UNDP: Programme des Nations Unies pour le développement
  'IA', // AI: intelligence artificielle
  'ONG', // NGO: organisation non gouvernementale
  'PME', // SME: petites et moyennes entreprises
];
