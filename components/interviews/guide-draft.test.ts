import { describe, expect, it } from 'vitest';
import type { GuideSection } from '@/lib/interviews/vocabulary';
import { moveItem, moveQuestion, newId, withKind } from './guide-draft';

const q = (id: string) => ({ id, kind: 'long_text' as const, prompt: id, hint: '', options: [] });
const sections: GuideSection[] = [
  { id: 's1', title: 'One', hint: '', questions: [q('a'), q('b')] },
  { id: 's2', title: 'Two', hint: '', questions: [q('c')] },
];
const ids = (list: GuideSection[]) => list.map((s) => s.questions.map((question) => question.id));

describe('moving questions', () => {
  it('moves within a section', () => {
    const moved = moveQuestion(sections, 'b', 'up');
    expect(ids(moved!.sections)).toEqual([['b', 'a'], ['c']]);
    expect(moved!.to).toEqual({ section: 0, question: 0 });
  });

  it('crosses into the next or previous section at an end', () => {
    expect(ids(moveQuestion(sections, 'b', 'down')!.sections)).toEqual([['a'], ['b', 'c']]);
    const up = moveQuestion(sections, 'c', 'up');
    expect(ids(up!.sections)).toEqual([['a', 'b', 'c'], []]);
    expect(up!.to).toEqual({ section: 0, question: 2 });
  });

  it('goes nowhere past the first or last question of the guide', () => {
    expect(moveQuestion(sections, 'a', 'up')).toBeNull();
    expect(moveQuestion(sections, 'c', 'down')).toBeNull();
    expect(moveQuestion(sections, 'missing', 'down')).toBeNull();
  });

  it('moves sections and leaves the original list alone', () => {
    expect(moveItem(sections, 0, 1).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(sections.map((s) => s.id)).toEqual(['s1', 's2']);
  });
});

describe('changing a question’s kind', () => {
  it('gives a list question two options to fill, and keeps options already typed', () => {
    expect(withKind(q('a'), 'single_choice').options).toEqual(['', '']);
    expect(withKind({ ...q('a'), options: ['Yes', 'No', 'Maybe'] }, 'multi_choice').options).toEqual([
      'Yes',
      'No',
      'Maybe',
    ]);
    expect(withKind({ ...q('a'), options: ['Yes'] }, 'single_choice').options).toEqual(['Yes', '']);
  });
});

it('makes ids in the UUID form', () => {
  expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
