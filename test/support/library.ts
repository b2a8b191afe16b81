/** The reference library as the server ships it (server/library), read once for all tests. */
import path from 'node:path';
import { analyzeSubmission, type Analysis } from '../../server/src/core/analyzer';
import type { ReferenceLibrary } from '../../server/src/core/library/library';
import { LibraryStore } from '../../server/src/library/libraryStore';
import type { RuleOptions } from '../../schemas/ruleOptions';

export const repositoryRoot = path.resolve(__dirname, '..', '..');

let library: ReferenceLibrary | undefined;

/** The built-in library: the table of UN documents and the documents of server/library. */
export function builtinLibrary(): ReferenceLibrary {
  library ??= new LibraryStore(repositoryRoot, (problems) => {
    if (problems.length > 0) throw new Error(`The built-in library has problems: ${JSON.stringify(problems)}`);
  }).library;
  return library;
}

/**
 * Analyzes a fixture as the server does (with the built-in library), failing the test if any rule
 * throws: a rule that fails silently would pass every "must not trigger" fixture.
 */
export function analyzeFixture(text: string, options?: RuleOptions): Analysis {
  return analyzeSubmission(
    text,
    (id, error) => {
      throw new Error(`rule ${id} threw: ${String(error)}`);
    },
    builtinLibrary(),
    options,
  );
}
