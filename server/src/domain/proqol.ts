// The ProQOL 5 (Professional Quality of Life Scale, version 5) as an optional quarterly
// self-check for key persons (issue 17), beside the monthly wellbeing check-in.
//
// © B. Hudnall Stamm, 2009–2012. Professional Quality of Life: Compassion Satisfaction and
// Fatigue Version 5 (ProQOL). www.proqol.org. The test may be freely copied as long as
// (a) the author is credited, (b) no changes are made, and (c) it is not sold. The items
// below are the English ProQOL 5 unchanged; the bracketed words of the form ([help],
// [helper], [helping], [helped], [work]), which the author allows to be replaced by a
// word that suits the group, are shown as the form's own words. Sleutelkaart does not
// translate the items: a Dutch translation is the author's to authorise (docs/domain.md).
//
// Scoring per the ProQOL 5 form's self-score instructions and the Concise ProQOL Manual
// (Stamm 2010, 2nd ed.): answers 1 (never) … 5 (very often); items 1, 4, 15, 17 and 29 are
// reverse-scored (1↔5, 2↔4); each scale is the sum of its ten items (10–50); a sum of 22 or
// less is low, 23–41 moderate, 42 or more high. The ProQOL is a screening, not a diagnosis.

/** The 30 items of the ProQOL 5, in the order of the form (item n is PROQOL_ITEMS[n - 1]). */
export const PROQOL_ITEMS: readonly string[] = [
  "I am happy.",
  "I am preoccupied with more than one person I help.",
  "I get satisfaction from being able to help people.",
  "I feel connected to others.",
  "I jump or am startled by unexpected sounds.",
  "I feel invigorated after working with those I help.",
  "I find it difficult to separate my personal life from my life as a helper.",
  "I am not as productive at work because I am losing sleep over traumatic experiences of a person I help.",
  "I think that I might have been affected by the traumatic stress of those I help.",
  "I feel trapped by my job as a helper.",
  'Because of my helping, I have felt "on edge" about various things.',
  "I like my work as a helper.",
  "I feel depressed because of the traumatic experiences of the people I help.",
  "I feel as though I am experiencing the trauma of someone I have helped.",
  "I have beliefs that sustain me.",
  "I am pleased with how I am able to keep up with helping techniques and protocols.",
  "I am the person I always wanted to be.",
  "My work makes me feel satisfied.",
  "I feel worn out because of my work as a helper.",
  "I have happy thoughts and feelings about those I help and how I could help them.",
  "I feel overwhelmed because my case work load seems endless.",
  "I believe I can make a difference through my work.",
  "I avoid certain activities or situations because they remind me of frightening experiences of the people I help.",
  "I am proud of what I can do to help.",
  "As a result of my helping, I have intrusive, frightening thoughts.",
  'I feel "bogged down" by the system.',
  'I have thoughts that I am a "success" as a helper.',
  "I can't recall important parts of my work with trauma victims.",
  "I am a very caring person.",
  "I am happy that I chose to do this work.",
];

/** How many items the form has. */
export const PROQOL_ITEM_COUNT = 30;

/** The instruction of the form, unchanged. */
export const PROQOL_INSTRUCTION =
  "When you help people you have direct contact with their lives. As you may have found, your compassion for those you help can affect you in positive and negative ways. Below are some questions about your experiences, both positive and negative, as a helper. Consider each of the following questions about you and your current work situation. Select the number that honestly reflects how frequently you experienced these things in the last 30 days.";

/** The answer scale of the form. */
export const PROQOL_ANSWER = { min: 1, max: 5 } as const;
export const PROQOL_ANSWER_LABELS: Readonly<Record<number, string>> = { 1: "Never", 2: "Rarely", 3: "Sometimes", 4: "Often", 5: "Very Often" };

/** The credit the owner asks for, shown wherever the items are. */
export const PROQOL_CREDIT =
  "© B. Hudnall Stamm, 2009-2012. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org. This test may be freely copied as long as (a) author is credited, (b) no changes are made, and (c) it is not sold.";

export type ProqolScale = "COMPASSION_SATISFACTION" | "BURNOUT" | "SECONDARY_TRAUMATIC_STRESS";
export type ProqolLevel = "LOW" | "MODERATE" | "HIGH";

/** The items of each scale (1-based), as the manual lists them. */
export const PROQOL_SCALE_ITEMS: Readonly<Record<ProqolScale, readonly number[]>> = {
  COMPASSION_SATISFACTION: [3, 6, 12, 16, 18, 20, 22, 24, 27, 30],
  BURNOUT: [1, 4, 8, 10, 15, 17, 19, 21, 26, 29],
  SECONDARY_TRAUMATIC_STRESS: [2, 5, 7, 9, 11, 13, 14, 23, 25, 28],
};

/** The items scored in reverse (1 → 5, 2 → 4, 3 → 3 …) before summing: all on the burnout scale. */
export const PROQOL_REVERSED: readonly number[] = [1, 4, 15, 17, 29];

/** A sum at or below this is low … */
export const PROQOL_LOW_MAX = 22;
/** … at or above this high; in between moderate. */
export const PROQOL_HIGH_MIN = 42;

/**
 * The self-check is offered once a quarter: the console asks again this many days after the
 * last one. It is optional: nothing happens when a key person does not take it.
 */
export const PROQOL_INTERVAL_DAYS = 91;
/** A result older than this no longer says how someone is: its secondary-traumatic-stress score stops counting for AMBER. */
export const PROQOL_VALID_DAYS = 120;

export interface ProqolScores {
  compassionSatisfaction: number;
  burnout: number;
  secondaryTraumaticStress: number;
}

/** The level of a scale's sum, by the form's cut scores. */
export function proqolLevel(sum: number): ProqolLevel {
  if (sum <= PROQOL_LOW_MAX) return "LOW";
  if (sum >= PROQOL_HIGH_MIN) return "HIGH";
  return "MODERATE";
}

/** The 1-based numbers of answers that are not a whole number from 1 to 5; a wrong count is checked first (invalidProqolCount). */
export function invalidProqolAnswers(answers: readonly number[]): number[] {
  return answers.flatMap((answer, i) => (Number.isInteger(answer) && answer >= PROQOL_ANSWER.min && answer <= PROQOL_ANSWER.max ? [] : [i + 1]));
}

/** The answer as it counts on its scale: reversed for the reverse-scored items. */
export function scoredAnswer(item: number, answer: number): number {
  return PROQOL_REVERSED.includes(item) ? PROQOL_ANSWER.max + PROQOL_ANSWER.min - answer : answer;
}

/** The three sums (each 10–50). Call with 30 valid answers (the service checks them first). */
export function scoreProqol(answers: readonly number[]): ProqolScores {
  if (answers.length !== PROQOL_ITEM_COUNT || invalidProqolAnswers(answers).length > 0) throw new RangeError("The ProQOL takes 30 answers from 1 to 5");
  const sum = (scale: ProqolScale) => PROQOL_SCALE_ITEMS[scale].reduce((total, item) => total + scoredAnswer(item, answers[item - 1]), 0);
  return {
    compassionSatisfaction: sum("COMPASSION_SATISFACTION"),
    burnout: sum("BURNOUT"),
    secondaryTraumaticStress: sum("SECONDARY_TRAUMATIC_STRESS"),
  };
}

/** Whether the quarterly self-check is due: never taken, or the last one PROQOL_INTERVAL_DAYS or more ago. */
export function proqolDue(lastAt: Date | null, now: Date): boolean {
  return lastAt === null || now.getTime() - lastAt.getTime() >= PROQOL_INTERVAL_DAYS * 86_400_000;
}
