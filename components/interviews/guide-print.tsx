import type { GuideSection } from '@/lib/interviews/vocabulary';
import { PrintQuestion, RuledLines, TickBox } from './guide-print-question';

type Props = {
  name: string;
  description: string;
  versionNumber: number;
  orgName: string;
  sections: GuideSection[];
};

// Asked before any notes are taken, whatever the guide: the same four consents an interview records.
const consentItems = [
  'Notes of this conversation may be kept.',
  'What I say may be quoted.',
  'My name may be given with what I say.',
  'The library may contact me again.',
];

/** A few blank lines with a label, for the details written at the top and the end. */
function Blank({ label, wide }: { label: string; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2 print:col-span-2' : undefined}>
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">{label}</p>
      <div aria-hidden="true" className="h-7 border-b border-stone-400" />
    </div>
  );
}

function Consent() {
  return (
    <div className="mt-6 break-inside-avoid rounded-md border border-stone-400 p-3">
      <p className="font-semibold">Consent</p>
      <p className="text-sm text-muted italic">Read each one aloud and tick those the person agrees to.</p>
      <ul className="mt-2 space-y-1.5">
        {consentItems.map((item) => (
          <li key={item}>
            <TickBox>{item}</TickBox>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A blank guide for an interview on paper: the details to fill in, consent first, each section
 * with its hint and its questions with room to write, and what to note afterwards.
 */
export function PrintableGuide({ name, description, versionNumber, orgName, sections }: Props) {
  let number = 0;
  const consentInside = sections[0]?.questions.length === 0;
  return (
    <article
      data-print-guide
      className="mx-auto max-w-3xl rounded-lg border border-line bg-white p-6 text-ink shadow-sm sm:p-10 print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
    >
      <header className="border-b-2 border-stone-700 pb-3">
        <p className="text-sm text-muted">
          {orgName} · Interview guide, version {versionNumber}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
        {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      </header>
      <div className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2 print:grid-cols-2">
        <Blank label="Person interviewed" />
        <Blank label="Their organization or role" />
        <Blank label="Date" />
        <Blank label="Interviewers" />
        <Blank label="Place" />
        <div>
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">How</p>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <TickBox>In person</TickBox>
            <TickBox>Phone</TickBox>
            <TickBox>Video</TickBox>
          </p>
        </div>
      </div>
      {/* Consent comes before any notes: inside an opening section without questions (the built-in
          guide's "Before we start"), else on its own before the first section. */}
      {consentInside ? null : <Consent />}
      {sections.map((section, index) => (
        <section key={section.id} className="mt-8">
          <h2 className="break-after-avoid border-b border-stone-300 pb-1 text-lg font-semibold">
            {index + 1}. {section.title}
          </h2>
          {section.hint ? <p className="mt-1 text-sm text-muted italic">{section.hint}</p> : null}
          {index === 0 && consentInside ? <Consent /> : null}
          {section.questions.length > 0 ? (
            <ol className="mt-4 space-y-6">
              {section.questions.map((question) => {
                number += 1;
                return <PrintQuestion key={question.id} question={question} number={number} />;
              })}
            </ol>
          ) : null}
        </section>
      ))}
      <section className="mt-8 break-inside-avoid">
        <h2 className="border-b border-stone-300 pb-1 text-lg font-semibold">After the interview</h2>
        <p className="mt-1 text-sm text-muted italic">
          Note what you heard while it is fresh. A thank-you note is a follow-up too.
        </p>
        <div className="mt-3 space-y-4">
          <div>
            <p className="font-semibold">Key takeaways</p>
            <RuledLines count={4} />
          </div>
          <div>
            <p className="font-semibold">Themes</p>
            <RuledLines count={1} />
          </div>
          <div>
            <p className="font-semibold">Follow-ups: what, who, by when</p>
            <RuledLines count={3} />
          </div>
        </div>
      </section>
      <footer className="mt-8 border-t border-stone-300 pt-2 text-xs text-muted">
        {name} · version {versionNumber} · {orgName}
      </footer>
    </article>
  );
}
