import type { GuideQuestion } from '@/lib/interviews/vocabulary';

// The pieces of a blank guide on paper: ruled lines to write on, boxes to tick, a table to fill in.
// They are drawn with borders, which print whatever the browser's "background graphics" setting.

export function RuledLines({ count }: { count: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical blank lines
        <div key={i} className="h-8 border-b border-stone-400" />
      ))}
    </div>
  );
}

/** An empty box to tick, with its label. */
export function TickBox({ children }: { children: React.ReactNode }) {
  return (
    <span className="inline-flex items-start gap-2">
      <span
        aria-hidden="true"
        className="mt-0.5 inline-block size-4 shrink-0 border-[1.5px] border-stone-700"
      />
      <span>{children}</span>
    </span>
  );
}

const referralColumns = [
  'Name',
  'Organization',
  'How to reach them',
  'Why talk to them',
  'May we say who suggested them?',
];

function ReferralsTable({ rows }: { rows: number }) {
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-left text-xs">
      <thead>
        <tr>
          {referralColumns.map((column) => (
            <th key={column} scope="col" className="border border-stone-500 px-2 py-1 font-semibold">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical blank rows
          <tr key={row} className="h-10">
            {referralColumns.map((column, index) => (
              <td key={column} className="border border-stone-500 px-2 align-middle">
                {index === referralColumns.length - 1 ? (
                  <span className="flex gap-3">
                    <TickBox>Yes</TickBox>
                    <TickBox>No</TickBox>
                  </span>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the answer goes, by the kind of question. */
function AnswerSpace({ question }: { question: GuideQuestion }) {
  switch (question.kind) {
    case 'long_text':
      return <RuledLines count={6} />;
    case 'short_text':
      return <RuledLines count={2} />;
    case 'single_choice':
    case 'multi_choice':
      return (
        <div className="mt-2">
          <p className="text-xs text-muted">
            {question.kind === 'single_choice' ? 'Tick one.' : 'Tick all that apply.'}
          </p>
          <ul className="mt-1 grid gap-x-6 gap-y-1.5 sm:grid-cols-2 print:grid-cols-2">
            {question.options.map((option) => (
              <li key={option}>
                <TickBox>{option}</TickBox>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'scale':
      return (
        <div className="mt-2">
          <p className="text-xs text-muted">Circle or tick one, from 1 to 5.</p>
          <ul className="mt-1 flex gap-3" aria-label="A scale from 1 to 5">
            {[1, 2, 3, 4, 5].map((n) => (
              <li
                key={n}
                className="flex size-9 items-center justify-center border-[1.5px] border-stone-700 font-semibold"
              >
                {n}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'referrals':
      return <ReferralsTable rows={5} />;
  }
}

/** One question on paper: the prompt, the interviewer's hint, and room for the answer. */
export function PrintQuestion({ question, number }: { question: GuideQuestion; number: number }) {
  return (
    <li className="break-inside-avoid">
      <p className="font-semibold">
        <span className="mr-1.5 text-muted">{number}.</span>
        {question.prompt}
      </p>
      {question.hint ? <p className="mt-0.5 text-sm text-muted italic">{question.hint}</p> : null}
      <AnswerSpace question={question} />
    </li>
  );
}
