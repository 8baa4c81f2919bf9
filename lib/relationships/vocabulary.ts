import { type InteractionKind, interactionKinds } from '@/db/schema/vocabulary';

export { type InteractionKind, interactionKinds };

/** The words people read for each kind of contact. Plain data, safe in the browser. */
export const interactionKindLabels: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Phone call',
  email: 'Email',
  event: 'Event or outreach table',
  joint_program: 'Joint program',
  interview: 'Interview',
  other: 'Other',
};

export const interactionKindOptions = interactionKinds.map((kind) => ({
  value: kind,
  label: interactionKindLabels[kind],
}));
