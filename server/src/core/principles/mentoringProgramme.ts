/**
 * Rounds 27 and 28. Mentoring is evidence that work lasts when it comes after the activity, as its
 * follow-up ("followed by remote mentoring once they are back home", « puis un mentorat à distance »).
 * When the programme is itself a mentoring scheme, its heading says so ("Women in cyber mentorship:
 * East African cohort", « Mentorat de fonctionnaires… »), and the word is what the work is, not how it
 * lasts: a six-month cohort of mentoring is as much a one-off as a six-month course, unless something
 * else (an End date, a next cohort, mentees who mentor in turn, an alumni network) says otherwise.
 *
 * The sustainability check reads its evidence through this. Cheap: one test of the heading, then one
 * of each place found.
 */
import type { FoundSpan } from './lexiconScan';

/** A heading that names mentoring: "Mentoring programme for…", "…mentorship…", « Programme de mentorat… ». */
const mentoringHeading = /(?<![\p{L}\p{N}])(?:mentor(?:ing|ship|s)?|mentorat|mentorée?s?|mentores?)(?![\p{L}\p{N}])/iu;
/** A place that is the mentoring word alone: "mentoring", "Mentors", « mentorat ». */
const mentoringPlace = /^mentor[\p{L}]*$/iu;

/** Whether the programme's heading names mentoring as its own work. */
export function isMentoringProgramme(title: string): boolean {
  return mentoringHeading.test(title);
}

/** Whether `place` is the mentoring word alone, which a mentoring programme's own work does not make evidence. */
export function isMentoringWord(text: string, place: FoundSpan): boolean {
  return mentoringPlace.test(text.slice(place.start, place.end).trim());
}
