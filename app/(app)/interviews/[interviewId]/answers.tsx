import { Card } from '@/components/ui/card';
import { formatDayOf } from '@/lib/dates';
import type { InterviewDetail } from '@/lib/interviews/queries';
import type { GuideQuestion } from '@/lib/interviews/vocabulary';
import { answersRemovedText } from '@/lib/retention/settings';

function formatAnswer(question: GuideQuestion, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.join(', ') : null;
  if (question.kind === 'scale') return `${value} of 5`;
  return String(value);
}

/** The answers, under the questions this interview was asked (its guide version's, not today's). */
export function AnswersBySection({ interview, timeZone }: { interview: InterviewDetail; timeZone: string }) {
  const removed = interview.answersRemovedAt;
  if (removed && Object.keys(interview.answers).length === 0) {
    return (
      <Card>
        <h2 className="text-lg font-semibold text-ink">Answers</h2>
        <p className="mt-2 text-muted">{answersRemovedText(formatDayOf(removed, timeZone))}</p>
      </Card>
    );
  }
  if (!interview.consentNotes) {
    return (
      <Card>
        <h2 className="text-lg font-semibold text-ink">Answers</h2>
        <p className="mt-2 text-muted">
          {interview.consentRecordedAt
            ? 'The interviewee did not agree to notes being kept, so only takeaways are recorded.'
            : 'No answers yet: consent has not been recorded.'}
        </p>
      </Card>
    );
  }
  let number = 0;
  return (
    <Card>
      <h2 className="text-lg font-semibold text-ink">Answers</h2>
      <div className="mt-2 space-y-6">
        {interview.sections
          .filter((section) => section.questions.some((q) => q.kind !== 'referrals'))
          .map((section) => (
            <section key={section.id} className="break-inside-avoid-page">
              <h3 className="font-semibold text-ink">{section.title}</h3>
              <dl className="mt-2 space-y-3">
                {section.questions
                  .filter((q) => q.kind !== 'referrals')
                  .map((question) => {
                    number += 1;
                    const answer = formatAnswer(question, interview.answers[question.id]);
                    return (
                      <div key={question.id}>
                        <dt className="text-sm font-medium text-ink">
                          {number}. {question.prompt}
                        </dt>
                        <dd className={answer ? 'whitespace-pre-wrap' : 'text-muted'}>
                          {answer ?? 'No answer'}
                        </dd>
                      </div>
                    );
                  })}
              </dl>
            </section>
          ))}
      </div>
    </Card>
  );
}
