/**
 * Links from a diagnostic to its rule's documentation, which ships inside the package
 * (docs/rules/*.md). No network: drafts are confidential, and the link must work offline.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleId } from '../../../schemas/settings';
import { ruleDocumentationPath } from '../core/rules/rule';

/**
 * The package root: the nearest directory above `start` holding package.json. From the bundle
 * (dist/server.js) that is `dist/..`; from the sources (server/src/features) three levels up.
 */
export function findPackageRoot(start: string = __dirname): string | undefined {
  let directory = start;
  for (;;) {
    if (existsSync(path.join(directory, 'package.json'))) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/** Makes `ruleId → file: URI of its documentation`; links are computed once per rule. */
export function ruleDocumentationLinks(packageRoot: string | undefined): (ruleId: RuleId) => string | undefined {
  const links = new Map<RuleId, string>();
  return (ruleId) => {
    if (!packageRoot) return undefined;
    let link = links.get(ruleId);
    if (!link) {
      link = pathToFileURL(path.join(packageRoot, ruleDocumentationPath(ruleId))).href;
      links.set(ruleId, link);
    }
    return link;
  };
}
