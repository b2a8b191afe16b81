import { citationMalformedSymbol, citationMalformedSymbolInFrontMatter } from './citationMalformedSymbol';
import { citationUnknownParagraph } from './citationUnknownParagraph';
import { confidentialitySensitiveData } from './confidentialitySensitiveData';
import { citationUnknownSymbol, citationUnknownSymbolInFrontMatter } from './citationUnknownSymbol';
import { frontMatterCountryUnknownName, programmeCountryUnknownName } from './countryUnknownName';
import { dateOrder } from './dateOrder';
import { documentUnreadable } from './documentUnreadable';
import { duplicateProgramme } from './duplicateProgramme';
import { principleConditionality } from './principleConditionality';
import { principleDemandDriven } from './principleDemandDriven';
import { principleGender } from './principleGender';
import { principleHumanRights } from './principleHumanRights';
import { principleResults } from './principleResults';
import { principleSustainability } from './principleSustainability';
import type { Rule } from './rule';
import { programmeInvalidValue, frontMatterInvalidValue } from './schemaInvalidValue';
import { frontMatterMissingField, programmeMissingField } from './schemaMissingField';
import { styleUndefinedAcronym } from './styleUndefinedAcronym';

/**
 * Every rule the analyzer runs. A rule id may appear twice when one rule checks two places (the
 * front matter, once per document; programme entries, once per changed section).
 */
export const allRules: readonly Rule[] = [
  frontMatterMissingField,
  programmeMissingField,
  frontMatterInvalidValue,
  programmeInvalidValue,
  frontMatterCountryUnknownName,
  programmeCountryUnknownName,
  dateOrder,
  citationMalformedSymbol,
  citationMalformedSymbolInFrontMatter,
  citationUnknownSymbol,
  citationUnknownSymbolInFrontMatter,
  citationUnknownParagraph,
  duplicateProgramme,
  principleDemandDriven,
  principleConditionality,
  principleGender,
  principleHumanRights,
  principleSustainability,
  principleResults,
  confidentialitySensitiveData,
  styleUndefinedAcronym,
  documentUnreadable,
];
