/**
 * A count with its noun, and a list of names, as English and French write them: French puts 0 and
 * 1 in the singular (« 0 erreur », « 1 avertissement »), English only 1; a list ends with "and" or
 * « et ». Shared by the findings' words, the CLI's summary and the compiled table.
 */

/** "3 errors", "1 error", "0 errors". */
export function countedEnglish(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** « 3 erreurs », « 1 erreur », « 0 erreur ». */
export function countedFrench(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** "A, B and C". */
export function listedEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** « A, B et C ». */
export function listedFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
