import { isListKind } from '@/lib/interviews/guide-validation';
import type { GuideQuestion, GuideSection, QuestionKind } from '@/lib/interviews/vocabulary';

// The guide editor's state and the pure moves on it. Questions and sections keep their ids for
// life, so answers to one question can be compared across versions of a guide.

/** A fresh id. `crypto.randomUUID` exists only on https and localhost; a library may serve plain http. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function blankQuestion(): GuideQuestion {
  return { id: newId(), kind: 'long_text', prompt: '', hint: '', options: [] };
}

export function blankSection(): GuideSection {
  return { id: newId(), title: '', hint: '', questions: [blankQuestion()] };
}

/** A question of another kind; a list kind starts with two empty options to fill in. */
export function withKind(question: GuideQuestion, kind: QuestionKind): GuideQuestion {
  const options =
    isListKind(kind) && question.options.length < 2
      ? [...question.options, '', ''].slice(0, Math.max(2, question.options.length))
      : question.options;
  return { ...question, kind, options };
}

/** The list with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(to, 0, item);
  return next;
}

export type QuestionPlace = { section: number; question: number };

/** Where a question is, by id. */
export function findQuestion(sections: readonly GuideSection[], id: string): QuestionPlace | null {
  for (const [s, section] of sections.entries()) {
    const q = section.questions.findIndex((question) => question.id === id);
    if (q >= 0) return { section: s, question: q };
  }
  return null;
}

/**
 * Moves a question one step up or down. At the top or bottom of its section it goes to the end of
 * the section before or the start of the section after, so a question can change sections by
 * keyboard. Returns null when it cannot move (first or last of the whole guide).
 */
export function moveQuestion(
  sections: readonly GuideSection[],
  id: string,
  direction: 'up' | 'down',
): { sections: GuideSection[]; to: QuestionPlace } | null {
  const at = findQuestion(sections, id);
  if (!at) return null;
  const section = sections[at.section]!;
  const question = section.questions[at.question]!;
  const step = direction === 'up' ? -1 : 1;
  const within = at.question + step;
  if (within >= 0 && within < section.questions.length) {
    const next = [...sections];
    next[at.section] = { ...section, questions: moveItem(section.questions, at.question, within) };
    return { sections: next, to: { section: at.section, question: within } };
  }
  const targetIndex = at.section + step;
  const target = sections[targetIndex];
  if (!target) return null;
  const next = [...sections];
  next[at.section] = { ...section, questions: section.questions.filter((q) => q.id !== id) };
  const questions = direction === 'up' ? [...target.questions, question] : [question, ...target.questions];
  next[targetIndex] = { ...target, questions };
  const position = direction === 'up' ? questions.length - 1 : 0;
  return { sections: next, to: { section: targetIndex, question: position } };
}
