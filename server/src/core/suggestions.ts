import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate, if it is close enough to be what the user meant. */
export function closestWithin(written: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = written.toLowerCase();
  const best = closest(lower, candidates.map((candidate) => candidate.toLowerCase()));
  const index = candidates.findIndex((candidate) => candidate.toLowerCase() === best);
  const limit = Math.max(2, Math.floor(written.length / 3));
  return index >= 0 && distance(lower, best) <= limit ? candidates[index] : undefined;
}
