// How long an organization keeps interview answers and uploaded import files (decision 0017).
// Plain values and words, shared by the settings form, its action and the purge.

/** The defaults a new organization starts with (the columns' defaults in db/schema/organizations.ts). */
export const retentionDefaults = { interviewAnswersKeepMonths: 36, importFilesKeepDays: 30 } as const;

export const answerPeriodLimits = { years: { min: 1, max: 50 }, months: { min: 1, max: 600 } } as const;
export const importDaysLimits = { min: 1, max: 365 } as const;

export const answerUnits = ['years', 'months'] as const;
export type AnswerUnit = (typeof answerUnits)[number];

/** A stored number of months as the form shows it: whole years when it is, else months. */
export function answerPeriodOf(months: number): { amount: number; unit: AnswerUnit } {
  return months % 12 === 0 ? { amount: months / 12, unit: 'years' } : { amount: months, unit: 'months' };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 years", "18 months", or null (kept until someone removes them) in words. */
export function describeAnswerPeriod(months: number | null): string {
  if (months === null) return 'until someone removes them';
  const { amount, unit } = answerPeriodOf(months);
  return plural(amount, unit === 'years' ? 'year' : 'month');
}

export function describeDays(days: number): string {
  return plural(days, 'day');
}

/** What an interview whose answers the retention pass removed says in their place. */
export function answersRemovedText(removedOn: string): string {
  return `The answers were removed on ${removedOn} under your organization’s data retention setting: answers are kept only for a set time after the interview. Its consent, key takeaways, themes, follow-ups and referrals are kept.`;
}
