/**
 * Acronyms that a submission may use without spelling them out (`style/undefined-acronym`): those
 * every reader of the OEWG's documents knows in English, the language of most submissions. The list
 * is the one the evaluation corpus is labelled with (test/corpus/README.md), kept short on purpose:
 * a reader from another region, or a translator, needs the others spelled out. French forms (ONU,
 * UE, UIT, OEA, TIC, IA) are not on it: a French draft spells them out once, as the Secretariat's
 * French documents do. Teams add their own through `oewgDrafter.acronyms.known` or `.oewgrc.json`.
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
