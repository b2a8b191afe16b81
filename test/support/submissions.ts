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
