'use client';

import { startTransition, useActionState, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TagInput } from '@/components/ui/tag-input';
import type { FormAction } from '@/lib/auth/action';
import { formatMoment } from '@/lib/dates';
import type { InterviewDraft } from '@/lib/interviews/validation';
import type { GuideSection } from '@/lib/interviews/vocabulary';
import { type Consent, type ConsentResult, ConsentStep } from './consent-step';
import { FollowUpsEditor, ReferralsEditor, TakeawaysEditor } from './pending-editors';
import { QuestionField } from './question-field';
import './interview.css';
import { SaveStatusLine } from './save-status';
import { StepBar } from './step-bar';
import { StepNav } from './step-nav';
import { forgetStoredDraft, useDraftAutosave } from './use-draft-autosave';

type Option = { value: string; label: string };

/** The server actions the session calls, handed down by its page. */
export type SessionActions = {
  /** Saves the draft as it is typed. */
  save: FormAction<{ version: number; savedAt: string }>;
  recordConsent: FormAction<ConsentResult>;
  /** Completes the interview (it redirects to the summary when it worked). */
  complete: FormAction<{ id: string; movedFrom: string | null }>;
};

export type SessionProps = {
  interviewId: string;
  version: number;
  savedAt: string;
  sections: GuideSection[];
  consent: Consent;
  draft: InterviewDraft;
  members: Option[];
  me: string;
  themeSuggestions: string[];
  /** The organization's time zone: "saved at" times and default due days are read in it. */
  timeZone: string;
  actions: SessionActions;
};

/**
 * Conducting an interview: consent first, then the guide a section at a time, then what came of it.
 * Everything typed is saved as it is typed (see useDraftAutosave).
 */
export function InterviewSession(props: SessionProps) {
  const { interviewId, sections } = props;
  const autosave = useDraftAutosave({
    interviewId,
    initialDraft: props.draft,
    initialVersion: props.version,
    savedAt: props.savedAt,
    save: props.actions.save,
  });
  const { draft, update } = autosave;
  const [consent, setConsent] = useState(props.consent);
  // The first section, when it has no questions, is the consent conversation itself.
  const intro = sections[0] && sections[0].questions.length === 0 ? sections[0] : null;
  const questionSections = intro ? sections.slice(1) : sections;
  const steps = ['Consent', ...questionSections.map((s) => s.title), 'After the interview'];
  const [step, setStep] = useState(props.consent.recorded ? 1 : 0);
  const [restored, setRestored] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [completeState, dispatchComplete, completing] = useActionState(props.actions.complete, null);
  const [completeNote, setCompleteNote] = useState('');
  const errors = completeState && !completeState.ok ? (completeState.fieldErrors ?? {}) : {};

  const go = (next: number) => {
    setStep(Math.max(0, Math.min(steps.length - 1, next)));
    // Focus follows the step, so keyboard and screen reader users start at its heading. Pressed at
    // the bottom of a long step, the new step is shown from its top, with the steps above it on a
    // phone (the strip sits above the heading there).
    headingRef.current?.focus({ preventScroll: true });
    const root = rootRef.current;
    if (root && root.getBoundingClientRect().top < 0) root.scrollIntoView?.({ block: 'start' });
  };
  const lastStep = steps.length - 1;
  const section = step > 0 && step < lastStep ? questionSections[step - 1] : null;
  const numberBefore = questionSections
    .slice(0, Math.max(0, step - 1))
    .reduce((n, s) => n + s.questions.length, 0);
  const setAnswer = (id: string, value: string | string[] | number | undefined) =>
    update((current) => {
      const answers = { ...current.answers };
      if (value === undefined) delete answers[id];
      else answers[id] = value;
      return { ...current, answers };
    });

  const complete = async () => {
    setCompleteNote('');
    const sent = await autosave.flush();
    if (!sent) {
      setCompleteNote(
        'The latest notes have not reached the server yet. They are kept on this device; complete the interview when you are back online.',
      );
      return;
    }
    const formData = new FormData();
    formData.set('id', interviewId);
    formData.set('version', String(autosave.version()));
    startTransition(() => dispatchComplete(formData));
  };

  return (
    // One column on a phone: `minmax(0, 1fr)` keeps the step strip from widening it (issue 15).
    <div
      ref={rootRef}
      className="grid scroll-mt-4 grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]"
    >
      <StepNav steps={steps} current={step} onChoose={go} locked={!consent.recorded} />
      <div className="min-w-0 space-y-5">
        {autosave.restoreOffer ? (
          <Alert tone="warning">
            <p>
              This device holds notes for this interview from{' '}
              {formatMoment(new Date(autosave.restoreOffer.savedAt), props.timeZone)} that did not reach the
              server.
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button
                size="sm"
                onClick={() => {
                  autosave.acceptRestore();
                  setRestored((n) => n + 1);
                }}
              >
                Restore them
              </Button>
              <Button size="sm" variant="secondary" onClick={autosave.declineRestore}>
                Keep the saved notes
              </Button>
            </div>
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-ink focus:outline-none">
            {steps[step]}
          </h2>
          {/* Once under way, the status is in the bar at the bottom. */}
          {step === 0 ? <SaveStatusLine status={autosave.status} timeZone={props.timeZone} /> : null}
        </div>

        {step === 0 ? (
          <ConsentStep
            interviewId={interviewId}
            version={autosave.version}
            consent={consent}
            intro={intro?.hint ?? ''}
            record={props.actions.recordConsent}
            onRecorded={(result: ConsentResult) => {
              autosave.setVersion(result.version);
              setConsent({ ...result.consent, recorded: true });
              if (!result.consent.consentNotes) update((current) => ({ ...current, answers: {} }));
              go(1);
            }}
          />
        ) : null}

        {section ? (
          <div className="space-y-6">
            {section.hint ? (
              <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">{section.hint}</p>
            ) : null}
            {!consent.consentNotes ? (
              <p className="text-sm text-muted">
                Notes are not kept for this interview. Listen, then write takeaways at the end.
              </p>
            ) : null}
            {section.questions.map((question, index) =>
              question.kind === 'referrals' ? (
                <div key={question.id} className="space-y-2">
                  <p className="font-medium text-ink">
                    <span className="text-muted">{numberBefore + index + 1}. </span>
                    {question.prompt}
                  </p>
                  {question.hint ? <p className="text-sm text-muted">{question.hint}</p> : null}
                  <ReferralsEditor
                    headingLevel={3}
                    referrals={draft.pending.referrals}
                    errors={errors}
                    onChange={(referrals) => update((c) => ({ ...c, pending: { ...c.pending, referrals } }))}
                  />
                </div>
              ) : (
                <QuestionField
                  key={`${question.id}-${restored}`}
                  question={question}
                  number={numberBefore + index + 1}
                  value={draft.answers[question.id]}
                  onChange={(value) => setAnswer(question.id, value)}
                  notesKept={consent.consentNotes}
                />
              ),
            )}
          </div>
        ) : null}

        {step === lastStep ? (
          <div className="space-y-8">
            <TakeawaysEditor
              takeaways={draft.takeaways}
              onChange={(takeaways) => update((c) => ({ ...c, takeaways }))}
            />
            <TagInput
              key={`themes-${restored}`}
              label="Themes"
              name="themes"
              defaultValue={draft.themes}
              suggestions={props.themeSuggestions}
              hint="Topics that came up, such as childcare or transportation. Themes used before are suggested."
              onChange={(themes) => update((c) => ({ ...c, themes }))}
            />
            <FollowUpsEditor
              followUps={draft.pending.followUps}
              members={props.members}
              me={props.me}
              timeZone={props.timeZone}
              errors={errors}
              onChange={(followUps) => update((c) => ({ ...c, pending: { ...c.pending, followUps } }))}
            />
            <ReferralsEditor
              referrals={draft.pending.referrals}
              errors={errors}
              onChange={(referrals) => update((c) => ({ ...c, pending: { ...c.pending, referrals } }))}
            />
            <p className="border-t border-line pt-6 text-sm text-muted">
              Completing the interview turns the follow-ups into tasks and the referrals into a list to work
              through, records the interview with the partner, and closes the notes for editing.
            </p>
          </div>
        ) : null}

        {step > 0 ? (
          <StepBar
            status={
              <>
                {step === lastStep && completeState && !completeState.ok ? (
                  <Alert tone="error">{completeState.message}</Alert>
                ) : null}
                {step === lastStep && completeNote ? <Alert tone="warning">{completeNote}</Alert> : null}
                <SaveStatusLine status={autosave.status} timeZone={props.timeZone} />
              </>
            }
          >
            {/* On a phone "Previous" alone (its step is in the strip above), so Next has the room. */}
            <Button variant="secondary" className="relative shrink-0" onClick={() => go(step - 1)}>
              <span>
                Previous<span className="max-sm:sr-only">: {steps[step - 1]}</span>
              </span>
            </Button>
            {step < lastStep ? (
              <Button
                className="min-w-0 flex-1 text-left sm:ml-auto sm:flex-none"
                onClick={() => go(step + 1)}
              >
                Next: {steps[step + 1]}
              </Button>
            ) : (
              <Button
                className="min-w-0 flex-1 sm:ml-auto sm:flex-none"
                onClick={complete}
                pending={completing}
              >
                Complete the interview
              </Button>
            )}
          </StepBar>
        ) : null}
      </div>
    </div>
  );
}

export { forgetStoredDraft };
