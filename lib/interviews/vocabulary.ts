import type { InterviewMode, InterviewStatus, QuestionKind, ReferralStatus } from '@/db/schema/vocabulary';

// The vocabularies and shapes of interviews reach the UI through here, never from db/ (decision 0021).
export type {
  GuideQuestion,
  GuideSection,
  PendingFollowUp,
  PendingReferral,
} from '@/db/schema/interviews';
export {
  type InterviewMode,
  type InterviewStatus,
  interviewModes,
  interviewStatuses,
  type QuestionKind,
  questionKinds,
  type ReferralStatus,
  referralStatuses,
} from '@/db/schema/vocabulary';

// The words people read for the interview vocabularies. Plain data, safe in the browser.

export const modeLabels: Record<InterviewMode, string> = {
  in_person: 'In person',
  phone: 'Phone',
  video: 'Video',
};

export const interviewStatusLabels: Record<InterviewStatus, string> = {
  draft: 'Draft',
  complete: 'Complete',
};

export const questionKindLabels: Record<QuestionKind, string> = {
  long_text: 'Long answer',
  short_text: 'Short answer',
  single_choice: 'One of a list',
  multi_choice: 'Several of a list',
  scale: 'A 1 to 5 scale',
  referrals: 'Referrals (who else to talk to)',
};

export const referralStatusLabels: Record<ReferralStatus, string> = {
  open: 'Open',
  contacted: 'Contacted',
  became_partner: 'Became a partner',
  not_pursued: 'Not pursued',
};

/** The consent asked before an interview, in the order it is asked. */
export const consentItems = [
  {
    name: 'consentNotes',
    label: 'Notes may be kept',
    hint: 'Without this, answers are not saved: only your takeaways.',
  },
  {
    name: 'consentQuote',
    label: 'They may be quoted',
    hint: 'Their words may be used in reports, without their name unless allowed below.',
  },
  { name: 'consentName', label: 'They may be named', hint: 'Their name may be shown with what they said.' },
  {
    name: 'consentContact',
    label: 'They may be contacted again',
    hint: 'Staff may get back in touch about this conversation.',
  },
] as const;
export type ConsentName = (typeof consentItems)[number]['name'];
