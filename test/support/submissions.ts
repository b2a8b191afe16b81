/** Submissions shared by the unit tests of the CLI and of bad input. */

export const cleanFrontMatter = `---
kind: mapping-exercise
submitter: France
submitter-type: state
date: 2023-11-16
language: en
responds-to: A/78/265, annex, para. 46
---
`;

/** A submission with no finding at all. */
export const cleanSubmission = `${cleanFrontMatter}
# France contribution to the mapping exercise

## Programmes and initiatives

### Western Balkans Cyber Capacity Centre (WB3C)

- **Level:** regional
- **Lead:** France, Slovenia
- **Partners:** Montenegro
- **Beneficiaries:** Albania, Bosnia and Herzegovina, North Macedonia, Montenegro, Serbia
- **Themes:** technical training; cybercrime; cyber diplomacy
- **Start:** 2023-05
- **Status:** ongoing

The centre answers requests made by the beneficiaries, in line with paragraph 46 of the annex of A/78/265.
It aims to strengthen the capacities of public administrations; its train-the-trainers courses, in which
women make up half of the trainees, teach cybercrime investigators to respect human rights and due process.
`;

/**
 * A programme entry (English and French) on which the second reading holds back
 * principle/demand-driven: the partner's academy hosts and co-teaches the course, in words the
 * evidence lexicon does not read as the partner's demand or ownership; nothing says who asked for it.
 */
export const heldBackEntry = {
  en: `### Forensic course\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** 2023-01\n- **Status:** completed\n\nHosted by the national police academy, the course gives twenty investigators from the Senegalese cybercrime unit two weeks of practical work on seized phones and computers: copying a device without altering it, recording each step in the chain of custody, and reading messaging and location data. A magistrate from the Dakar court leads the last morning on what the written authorisation of a judge covers, how long copies may be kept and how the defence may examine them. Instructors from the academy co-teach each session, and the case files used are anonymised files from closed cases.\n`,
  fr: `### Cours de criminalistique\n\n- **Niveau :** bilatéral\n- **Chef de file :** France\n- **Bénéficiaires :** Sénégal\n- **Thèmes :** cybercriminalité\n- **Début :** 2023-01\n- **Statut :** terminé\n\nAccueilli par l’école nationale de police, le cours donne à vingt enquêteurs de la division spéciale de cybersécurité deux semaines de travaux pratiques sur des téléphones et ordinateurs saisis : copier un appareil sans l’altérer, consigner chaque étape de la chaîne de possession, lire les données de messagerie et de localisation. Un magistrat du tribunal de Dakar anime la dernière matinée sur ce que couvre l’autorisation écrite du juge, la durée de conservation des copies et la manière dont la défense peut les examiner. Des formateurs de l’école co-animent chaque séance, et les dossiers utilisés sont des dossiers anonymisés d’affaires closes.\n`,
};
