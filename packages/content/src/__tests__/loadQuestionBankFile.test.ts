import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Blueprint, QuestionBankError } from '@certpace/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuestionBankFile } from '../loadQuestionBankFile.js';

const dir = mkdtempSync(join(tmpdir(), 'certpace-banks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const question = (
  id: string,
  domain: string,
  docs = 'https://learn.microsoft.com/en-us/azure/ai-services/',
) => `
  - id: ${id}
    domain: ${domain}
    type: single
    prompt: |
      Which service translates documents while keeping their layout?
    choices:
      - id: a
        text: Azure AI Translator document translation
      - id: b
        text: Azure AI Speech
    answer: [a]
    explanation: |
      Document translation in Translator keeps the file's structure; Speech works on audio, not documents.
    docs: ${docs}`;

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QuestionBankError);
    return (error as QuestionBankError).problems;
  }
  throw new Error('expected a QuestionBankError');
}

describe('loadQuestionBankFile', () => {
  it("loads a learner's own bank for a shipped outline named in the file", () => {
    const path = write(
      'mine.yaml',
      `exam: AI-103@2026-04\nauthor: me\nquestions:${question('my-ta-001', 'text-analysis')}\n`,
    );
    const bank = loadQuestionBankFile(path);
    expect(bank.exam).toBe('AI-103@2026-04');
    expect(bank.questions[0]).toMatchObject({ id: 'my-ta-001', author: 'me', file: path });
  });

  it('reports every problem of the file with its path and lines', () => {
    const path = write(
      'broken.yaml',
      `exam: AI-103@2026-04\nquestions:${question('bad-1', 'nlp')}${question('bad-1', 'text-analysis', 'https://example.com/x')}\n`,
    );
    const problems = problemsOf(() => loadQuestionBankFile(path));
    expect(problems.map((p) => [p.file, p.line, p.question, p.field])).toEqual([
      [path, 4, 'bad-1', 'domain'],
      [path, 17, 'bad-1', 'id'],
      [path, 30, 'bad-1', 'docs'],
    ]);
  });

  it('reports YAML syntax errors with their line, and a missing file', () => {
    const path = write(
      'syntax.yaml',
      'exam: AI-103@2026-04\nquestions:\n  - id: x\n   domain: [\n',
    );
    const [first] = problemsOf(() => loadQuestionBankFile(path));
    expect(first).toMatchObject({ file: path, field: '(yaml)', line: expect.any(Number) });
    expect(problemsOf(() => loadQuestionBankFile(join(dir, 'nope.yaml')))[0]?.message).toMatch(
      /no such file/,
    );
  });

  it('names the known outlines when the exam is not one of them', () => {
    const path = write(
      'other.yaml',
      `exam: AZ-900@2026-01\nquestions:${question('az-1', 'cloud')}\n`,
    );
    expect(problemsOf(() => loadQuestionBankFile(path))[0]?.message).toMatch(
      /not a known outline: use one of AI-102@2024-06/,
    );
  });

  it('loads a bank for an exam of your own with its blueprint and documentation hosts', () => {
    const blueprint: Blueprint = {
      code: 'CLOUD-1',
      version: '2026-01',
      title: 'Cloud basics',
      durationMinutes: 60,
      questionCount: 40,
      passingScore: 700,
      maxScore: 1000,
      source: 'https://docs.example.org/cloud-1',
      domains: [{ id: 'cloud', name: 'Cloud', weight: [100, 100] }],
    };
    const path = write(
      'own-exam.yaml',
      `exam: CLOUD-1@2026-01\nquestions:${question('c-1', 'cloud', 'https://docs.example.org/translate')}\n`,
    );
    const bank = loadQuestionBankFile(path, { blueprint, docsHosts: ['docs.example.org'] });
    expect(bank.questions.map((q) => q.id)).toEqual(['c-1']);
  });
});
