import type { DocumentRule, RuleMeta } from './rule';

/**
 * The front matter is read and validated once (frontMatter.ts, against the zod schema); each
 * schema rule reports the problems of its own id from that reading.
 */
export function frontMatterProblemsRule(meta: RuleMeta): DocumentRule {
  return {
    meta,
    scope: 'document',
    check(document, report) {
      for (const problem of document.frontMatter.problems) {
        if (problem.ruleId === meta.id) report(problem);
      }
    },
  };
}
