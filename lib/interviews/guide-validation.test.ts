import { describe, expect, it } from 'vitest';
import { defaultGuideSections } from './builtin';
import { canonicalSections, guideLimits, parseGuideContent } from './guide-validation';

const q = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'long_text',
  prompt: `Question ${id}?`,
  hint: '',
  options: [],
  ...extra,
});

function guide(sections: unknown, name: unknown = 'A guide') {
  return { name, description: '', sections };
}

function errorsOf(raw: unknown) {
  const result = parseGuideContent(raw);
  if (result.ok) throw new Error('expected a refusal');
  return result.fieldErrors;
}

describe('parseGuideContent', () => {
  it('accepts the built-in guide as it is', () => {
    const result = parseGuideContent(guide(defaultGuideSections, 'Community Leader Interview Guide'));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(canonicalSections(result.data.sections)).toEqual(canonicalSections(defaultGuideSections));
  });

  it('trims text and drops the options of a question that is not a list', () => {
    const result = parseGuideContent(
      guide(
        [
          {
            id: 's1',
            title: '  Intro ',
            hint: ' ',
            questions: [q('q1', { prompt: ' Why? ', options: ['a', 'b'] })],
          },
        ],
        ' Name ',
      ),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        name: 'Name',
        description: '',
        sections: [
          {
            id: 's1',
            title: 'Intro',
            hint: '',
            questions: [{ id: 'q1', kind: 'long_text', prompt: 'Why?', hint: '', options: [] }],
          },
        ],
      },
    });
  });

  it('asks for a name, a section title and a prompt, each beside its field, all at once', () => {
    const errors = errorsOf(
      guide([{ id: 's1', title: '', hint: '', questions: [q('q1', { prompt: '  ' })] }], ''),
    );
    expect(errors).toEqual({
      name: ['Give the guide a name.'],
      'section.s1.title': ['Give the section a title.'],
      'question.q1.prompt': ['Write the question.'],
    });
  });

  it('keys an error by the question’s id, whichever section and position it is in', () => {
    const errors = errorsOf(
      guide([
        { id: 's1', title: 'One', hint: '', questions: [q('q1')] },
        { id: 's2', title: 'Two', hint: '', questions: [q('q2'), q('q3', { prompt: '' })] },
      ]),
    );
    expect(Object.keys(errors)).toEqual(['question.q3.prompt']);
  });

  it('needs a section and a question', () => {
    expect(errorsOf(guide([])).sections).toEqual(['Add at least one section.']);
    expect(errorsOf(guide([{ id: 's1', title: 'Only', hint: '', questions: [] }])).sections).toEqual([
      'Add at least one question.',
    ]);
  });

  it.each([
    [['Yes'], 'Give at least two options.'],
    [['Yes', ' '], 'Fill in or remove the empty option.'],
    [['Yes', 'yes '], 'Each option must be different: “yes” is there twice.'],
    [[], 'Give at least two options.'],
    [Array.from({ length: 21 }, (_, i) => `Option ${i}`), 'Use at most 20 options.'],
    [['Yes', 'x'.repeat(201)], 'Keep each option to 200 characters.'],
  ])('checks a list question’s options %j', (options, message) => {
    for (const kind of ['single_choice', 'multi_choice']) {
      const errors = errorsOf(
        guide([{ id: 's1', title: 'T', hint: '', questions: [q('q1', { kind, options })] }]),
      );
      expect(errors).toEqual({ 'question.q1.options': [message] });
    }
  });

  it('reports bad options together with an empty prompt', () => {
    const errors = errorsOf(
      guide([
        {
          id: 's1',
          title: 'T',
          hint: '',
          questions: [q('q1', { kind: 'multi_choice', prompt: '', options: ['a'] })],
        },
      ]),
    );
    expect(errors).toEqual({
      'question.q1.prompt': ['Write the question.'],
      'question.q1.options': ['Give at least two options.'],
    });
  });

  it('refuses an unknown kind, over-long text and too many items', () => {
    const errors = errorsOf(
      guide([
        {
          id: 's1',
          title: 'x'.repeat(guideLimits.title + 1),
          hint: 'x'.repeat(guideLimits.hint + 1),
          questions: [q('q1', { kind: 'essay', hint: 'x'.repeat(guideLimits.hint + 1) })],
        },
      ]),
    );
    expect(errors).toEqual({
      'section.s1.title': ['Use at most 200 characters.'],
      'section.s1.hint': ['Use at most 1000 characters.'],
      'question.q1.kind': ['Choose what kind of answer this question takes.'],
      'question.q1.hint': ['Use at most 1000 characters.'],
    });
    const many = Array.from({ length: guideLimits.questionsPerSection + 1 }, (_, i) => q(`q${i}`));
    expect(errorsOf(guide([{ id: 's1', title: 'T', hint: '', questions: many }]))).toEqual({
      'section.s1.questions': ['Use at most 40 questions in a section.'],
    });
    const sections = Array.from({ length: guideLimits.sections + 1 }, (_, i) => ({
      id: `s${i}`,
      title: 'T',
      hint: '',
      questions: [q(`q${i}`)],
    }));
    expect(errorsOf(guide(sections)).sections).toEqual(['Use at most 30 sections.']);
  });

  it('allows one referrals question only', () => {
    const errors = errorsOf(
      guide([
        {
          id: 's1',
          title: 'T',
          hint: '',
          questions: [q('q1', { kind: 'referrals' }), q('q2', { kind: 'referrals' })],
        },
      ]),
    );
    expect(errors.sections?.[0]).toMatch(/referrals in one question only/);
  });

  it('refuses repeated or malformed ids, and sections that are not a list', () => {
    const repeated = errorsOf(
      guide([
        { id: 's1', title: 'T', hint: '', questions: [q('q1')] },
        { id: 's2', title: 'U', hint: '', questions: [q('q1')] },
      ]),
    );
    expect(repeated.sections?.[0]).toMatch(/could not be read/);
    expect(
      errorsOf(guide([{ id: 'bad id!', title: 'T', hint: '', questions: [q('q1')] }])).sections?.[0],
    ).toMatch(/could not be read/);
    expect(errorsOf(guide(null)).sections?.[0]).toMatch(/could not be read/);
  });
});

describe('a guide sent without a description', () => {
  it('reads the description as empty', () => {
    const result = parseGuideContent({
      name: 'Short',
      sections: [{ id: 's1', title: 'T', hint: '', questions: [q('q1')] }],
    });
    expect(result.ok && result.data.description).toBe('');
  });
});
