import { describe, expect, it } from 'vitest';
import { parseQuestionBank } from '../parseQuestionBank.js';
import { QuestionBankError } from '../QuestionBankError.js';
import { tinyExam, tinyExamNext } from './fixtures.js';

const goodBank = `exam: TST-100@2026-01
author: certpace
mappings:
  TST-100@2026-07:
    design: architecture
    build: architecture
    operate: operations
questions:
  - id: tst-d-001
    domain: design
    type: single
    difficulty: 2
    prompt: |
      Which design keeps the service available when one zone fails?
    choices:
      - id: a
        text: One instance in one zone
      - id: b
        text: Instances spread over zones behind a load balancer
    answer: [b]
    explanation: |
      Spreading instances over zones behind a load balancer survives a zone failure; a single instance does not.
    docs: https://learn.microsoft.com/en-us/azure/reliability/
  - id: tst-o-001
    domain: operate
    type: multiple
    prompt: |
      Which two signals tell you a deployment is healthy? Select all that apply.
    choices:
      - id: a
        text: Error rate
      - id: b
        text: The colour of the portal
      - id: c
        text: Latency
    answer: [c, a]
    explanation: |
      Error rate and latency measure what users experience; the portal's colour scheme says nothing about health.
    docs: https://learn.microsoft.com/en-us/azure/azure-monitor/
    map:
      TST-100@2026-07: null
`;

const options = { blueprint: tinyExam, blueprints: [tinyExam, tinyExamNext], file: 'tst.yaml' };

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QuestionBankError);
    return (error as QuestionBankError).problems;
  }
  throw new Error('expected a QuestionBankError');
}

describe('parseQuestionBank', () => {
  it('reads a valid YAML bank into typed questions', () => {
    const bank = parseQuestionBank(goodBank, options);
    expect(bank.exam).toBe('TST-100@2026-01');
    expect(bank.questions.map((q) => q.id)).toEqual(['tst-d-001', 'tst-o-001']);
    const [design, operate] = bank.questions;
    expect(design).toMatchObject({
      domain: 'design',
      type: 'single',
      difficulty: 2,
      prompt: 'Which design keeps the service available when one zone fails?',
      answer: ['b'],
      author: 'certpace',
      file: 'tst.yaml',
      map: { 'TST-100@2026-07': 'architecture' },
    });
    // Answers come back in choice order; a question's null map entry overrides the file's mapping.
    expect(operate?.answer).toEqual(['a', 'c']);
    expect(operate?.map).toEqual({});
  });

  it('accepts an already-parsed object', () => {
    const bank = parseQuestionBank(
      {
        exam: 'TST-100@2026-01',
        questions: [
          {
            id: 'obj-001',
            domain: 'build',
            type: 'single',
            prompt: 'Which tool builds the container image?',
            choices: [
              { id: 'a', text: 'docker build' },
              { id: 'b', text: 'docker ps' },
            ],
            answer: ['a'],
            explanation:
              'docker build makes an image from a Dockerfile; docker ps only lists containers.',
            docs: 'https://docs.microsoft.com/en-us/azure/container-registry/',
          },
        ],
      },
      { blueprint: tinyExam, blueprints: [] },
    );
    expect(bank.questions[0]).toMatchObject({ id: 'obj-001', domain: 'build', map: {} });
  });

  it('reports YAML syntax errors with their line numbers', () => {
    const problems = problemsOf(() =>
      parseQuestionBank('exam: TST-100@2026-01\nquestions:\n  - id: x\n    answer: [b\n', options),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'tst.yaml', field: '(yaml)' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('refuses a bank for another outline', () => {
    const problems = problemsOf(() =>
      parseQuestionBank(goodBank, { ...options, blueprint: tinyExamNext }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'exam',
        line: 1,
        message: expect.stringContaining('TST-100@2026-07'),
      }),
    );
  });

  it('takes the allowed documentation hosts as an option', () => {
    const text = goodBank.replaceAll('https://learn.microsoft.com/', 'https://docs.example.org/');
    expect(problemsOf(() => parseQuestionBank(text, options))).toHaveLength(2);
    const bank = parseQuestionBank(text, { ...options, docsHosts: ['docs.example.org'] });
    expect(bank.questions).toHaveLength(2);
  });

  it('names file, line, question and field in the error message', () => {
    const text = goodBank.replace('answer: [b]', 'answer: [e]');
    expect(() => parseQuestionBank(text, options)).toThrow(
      /tst\.yaml:20, question tst-d-001, answer: answer 'e' is not among the choices \(a, b\)/,
    );
  });
});
