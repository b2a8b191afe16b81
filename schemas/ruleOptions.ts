import { z } from 'zod';

/**
 * What some rules can be told, beyond their severity: the same shape in VS Code settings
 * (`oewgDrafter.acronyms.known`, `oewgDrafter.confidentiality.allowedAddresses`,
 * `oewgDrafter.principles.secondReading`) and in the
 * workspace file `.oewgrc.json`. Validated with zod; what is invalid is reported and left out.
 */
export const ruleOptionsSchema = z.object({
  acronyms: z
    .object({
      /** Acronyms that need no definition in this workspace, beyond the built-in list (ICT, UN, EU…, and in a French draft ONU, UE…). */
      known: z.array(z.string().trim().regex(/^[\p{L}\p{N}&.\-/]{2,20}$/u, 'An acronym is 2 to 20 letters or digits')).max(1000).default([]),
    })
    .default({ known: [] }),
  confidentiality: z
    .object({
      /**
       * E-mail addresses or whole domains (`@diplomatie.gouv.fr`) that may appear in a submission:
       * institutional, generic addresses published for this purpose.
       */
      allowedAddresses: z.array(z.string().trim().min(3).max(254)).max(1000).default([]),
    })
    .default({ allowedAddresses: [] }),
  principles: z
    .object({
      /**
       * Whether a principle rule holds back a "nothing says…" finding when a second reading of the
       * entry's words judges that the entry very likely addresses the principle in other wording
       * (server/src/core/principles/secondReading.ts), and whether each sentence is read for conditions
       * attached to the support (sentenceReading.ts). Off, every absence the lexicon sees is reported,
       * and only the conditions it finds.
       */
      secondReading: z.boolean().default(true),
    })
    .default({ secondReading: true }),
});
export type RuleOptions = z.output<typeof ruleOptionsSchema>;

export const defaultRuleOptions: RuleOptions = { acronyms: { known: [] }, confidentiality: { allowedAddresses: [] }, principles: { secondReading: true } };
