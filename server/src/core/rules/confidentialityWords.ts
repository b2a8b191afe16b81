/**
 * The words of `confidentiality/sensitive-data` findings, in English and French: a French draft is
 * told in French what it exposes; a draft in any other language is told in English. The agreed
 * principle is quoted as the principle rules quote it in French (principleWords.ts: our summary,
 * said to be one, then the agreed English text).
 */
import type { Principle } from '../../../../schemas/principles';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';
import { principleWords } from './principleWords';

/** What was found. */
export type SensitiveKind = 'personal-email' | 'ip-address' | 'phone' | 'internal-host' | 'password' | 'key-or-token' | 'private-key';

const english = {
  kind: {
    'personal-email': 'A personal e-mail address',
    'ip-address': 'An IP address',
    phone: 'A phone number',
    'internal-host': 'An internal host name',
    password: 'A password or key',
    'key-or-token': 'A key or token',
    'private-key': 'A private key',
  } satisfies Record<SensitiveKind, string>,
  /** The finding: what (`kind`) was found, the words found (`found`), and what to do. */
  message: (kind: SensitiveKind, found: string, principle: Principle) =>
    `${english.kind[kind]} in the submission: "${found}". Submissions are published by the UN; remove it, or give an institutional, generic contact${
      kind === 'personal-email' ? ' (or list it in oewgDrafter.confidentiality.allowedAddresses if it is one)' : ''
    }. Agreed principle ${principle.number}: "${principle.text}"`,
};

const french: typeof english = {
  kind: {
    'personal-email': 'Une adresse électronique personnelle',
    'ip-address': 'Une adresse IP',
    phone: 'Un numéro de téléphone',
    'internal-host': 'Un nom d’hôte interne',
    password: 'Un mot de passe ou une clé',
    'key-or-token': 'Une clé ou un jeton',
    'private-key': 'Une clé privée',
  },
  message: (kind, found, principle) =>
    fr`${french.kind[kind]} dans la contribution : « ${found} ». Les contributions sont publiées par l’ONU : retirez cette donnée, ou indiquez un contact institutionnel générique${
      kind === 'personal-email' ? ' (ou, si l’adresse est institutionnelle, ajoutez-la à oewgDrafter.confidentiality.allowedAddresses)' : ''
    }. ${principleWords('fr').agreed(principle)}`,
};

/** The finding's words in a draft's language (French for a French draft, English otherwise). */
export function confidentialityWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
