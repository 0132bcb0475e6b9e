import { describe, expect, it } from 'vitest';
import { parseQuestionBank } from '../parseQuestionBank.js';
import { QuestionBankError } from '../QuestionBankError.js';
import { tinyExam, tinyExamNext } from './fixtures.js';

// One bank holding one of each mistake an author can make.
const broken = `exam: TST-100@2025-01
author: certpace
mappings:
  TST-999@2026-01:
    design: anything
  TST-100@2026-07:
    design: nowhere
    deploy: operations
questions:
  - id: ok-001
    domain: design
    type: single
    prompt: A fine question with a fine prompt?
    choices:
      - id: a
        text: Yes
      - id: b
        text: No
    answer: [a]
    explanation: This one is fine, so it must not appear among the problems below.
    docs: https://learn.microsoft.com/en-us/azure/
  - id: ok-001
    domain: security
    type: single
    prompt: Duplicate id and a domain the outline does not have?
    choices:
      - id: a
        text: Yes
      - id: b
        text: No
    answer: [c]
    explanation: The answer c is not among the choices, which the parser must catch.
    docs: http://learn.microsoft.com/en-us/azure/
  - id: Bad_Id
    domain: build
    type: single
    prompt: Only one choice, and an id that is not kebab-case?
    choices:
      - id: a
        text: Alone
    answer: [a]
    explanation: A question needs at least two choices for the learner to choose between.
    docs: https://example.com/docs
  - id: seven-choices
    domain: build
    type: single
    prompt: Seven choices and two answers for a single question?
    choices:
      - { id: a, text: one }
      - { id: b, text: two }
      - { id: c, text: three }
      - { id: d, text: four }
      - { id: e, text: five }
      - { id: f, text: six }
      - { id: g, text: seven }
    answer: [a, b]
    explanation: Too many choices, and a single question with two answers is contradictory.
    docs: https://learn.microsoft.com/en-us/azure/
  - id: dup-choices
    domain: operate
    type: multiple
    prompt: Duplicate choice ids and a multiple question with one answer?
    choices:
      - id: a
        text: First
      - id: a
        text: Second
      - id: c
        text: Third
    answer: [a]
    explanation: short
    docs: https://learn.microsoft.com/en-us/azure/
  - id: no-explanation
    domain: operate
    type: single
    prompt: No explanation, and a map onto an unknown domain?
    choices:
      - id: a
        text: First
      - id: b
        text: Second
    answer: [b]
    docs: https://learn.microsoft.com/en-us/azure/
    map:
      TST-100@2026-07: nowhere
    explaination: a typo of a field name
`;

describe('a broken bank', () => {
  it('reports every problem at once, each with its question, field and line', () => {
    let error: unknown;
    try {
      parseQuestionBank(broken, {
        blueprint: tinyExam,
        blueprints: [tinyExam, tinyExamNext],
        file: 'broken.yaml',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuestionBankError);
    const problems = (error as QuestionBankError).problems;
    const summary = problems.map((p) => `${p.line} ${p.question ?? '-'} ${p.field}: ${p.message}`);

    const expected: [string, string, RegExp][] = [
      ['-', 'exam', /exam is "TST-100@2025-01" but this bank is read for TST-100@2026-01/],
      ['-', 'mappings.TST-999@2026-01', /unknown outline 'TST-999@2026-01'/],
      ['-', 'mappings.TST-100@2026-07.design', /unknown domain "nowhere" in TST-100@2026-07/],
      ['-', 'mappings.TST-100@2026-07.deploy', /unknown domain 'deploy' in TST-100@2026-01/],
      ['ok-001', 'id', /duplicate id 'ok-001'/],
      ['ok-001', 'domain', /unknown domain "security": use one of design, build, operate/],
      ['ok-001', 'answer', /answer 'c' is not among the choices \(a, b\)/],
      ['ok-001', 'docs', /is not https/],
      ['#3', 'id', /id "Bad_Id": use kebab-case/],
      ['#3', 'choices', /has 1 choices: give 2 to 6/],
      ['#3', 'docs', /'example.com' is not an official documentation host/],
      ['seven-choices', 'choices', /has 7 choices: give 2 to 6/],
      ['seven-choices', 'answer', /a single question needs exactly one answer, not 2/],
      ['dup-choices', 'choices[1].id', /duplicate choice id 'a'/],
      ['dup-choices', 'answer', /a multiple question needs two or more answers/],
      ['dup-choices', 'explanation', /explanation is 5 characters/],
      ['no-explanation', 'explanation', /explanation is missing/],
      ['no-explanation', 'map.TST-100@2026-07', /unknown domain "nowhere" in TST-100@2026-07/],
      ['no-explanation', 'explaination', /unknown field 'explaination'/],
    ];
    for (const [question, field, message] of expected) {
      expect(problems, `${question} ${field}\n${summary.join('\n')}`).toContainEqual(
        expect.objectContaining({
          file: 'broken.yaml',
          field,
          message: expect.stringMatching(message),
          line: expect.any(Number),
          ...(question === '-' ? {} : { question }),
        }),
      );
    }
    // Nothing else: the fine question and the fine fields stay quiet.
    expect(problems).toHaveLength(expected.length);
    // A missing field points at its question's first line.
    expect(
      problems.find((p) => p.field === 'explanation' && p.question === 'no-explanation')?.line,
    ).toBe(73);
  });
});
