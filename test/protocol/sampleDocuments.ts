/** Documents the protocol tests open. Line numbers in comments are 0-based, as in the protocol. */

/** Front matter and title that the sample submissions share (lines 0-9). */
export const heading = `---
kind: mapping-exercise
submitter: France
date: 2023-11-16
language: en
---

# France contribution to the mapping exercise

## Programmes and initiatives
`;

/**
 * A mapping-exercise response with three mistakes: a misspelt level (line 13, with a quick fix),
 * a start date that is not a date (line 17), an unknown field label (line 19), and a second
 * programme without its Start field (reported on its title, line 21).
 */
export const submissionWithMistakes = `${heading}
### Western Balkans Cyber Capacity Centre (WB3C)

- **Level:** regionel
- **Lead:** France, Slovenia
- **Beneficiaries:** Albania, Montenegro, Serbia
- **Themes:** technical training; cybercrime
- **Start:** May 2023
- **Status:** ongoing
- **Fundng:** European Union

### Cyber diplomacy course for African diplomats

- **Level:** interregional
- **Lead:** France
- **Beneficiaries:** Senegal, Benin
- **Themes:** cyber diplomacy
- **Status:** ongoing
`;

export const lines = {
  level: 13,
  start: 17,
  unknownLabel: 19,
  secondProgrammeTitle: 21,
  secondProgrammeLastField: 27,
} as const;

/** An ordinary Markdown file: it has front matter, but no `kind`, so it is not a submission. */
export const readme = `---
title: Notes
---

# Notes

- **Level:** whatever
- **Start:** someday
`;

/** A submission with nothing to report (under the rules' default severities, no error). */
export const validSubmission = `${heading}
### Cybercrime training for West African judges

- **Level:** regional
- **Lead:** France
- **Beneficiaries:** Senegal, Benin
- **Themes:** cybercrime
- **Start:** 2023-05
- **Status:** ongoing
`;
