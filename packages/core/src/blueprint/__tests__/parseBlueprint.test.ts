import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlueprintError } from '../BlueprintError.js';
import { getBlueprint } from '../catalog.js';
import { parseBlueprint } from '../parseBlueprint.js';

const YAML = `
code: EX-100
version: 2026-01
title: Example exam
durationMinutes: 90
questionCount: 40
passingScore: 700
maxScore: 1000
source: https://example.com/ex-100
retiresOn: 2027-12-31
successor: EX-200
domains:
  - id: basics
    name: Know the basics
    weight: [40, 60]
    resources:
      - title: Basics course
        url: https://example.com/basics
  - id: advanced-topics
    name: Master advanced topics
    weight: [40, 60]
`;

function problemsOf(input: unknown): { path: string; message: string }[] {
  try {
    parseBlueprint(input);
  } catch (error) {
    expect(error).toBeInstanceOf(BlueprintError);
    return [...(error as BlueprintError).problems];
  }
  throw new Error('expected a BlueprintError');
}

describe('parseBlueprint', () => {
  it('reads YAML text into a typed blueprint', () => {
    const blueprint = parseBlueprint(YAML);
    expect(blueprint.code).toBe('EX-100');
    expect(blueprint.version).toBe('2026-01');
    expect(blueprint.retiresOn).toBe('2027-12-31');
    expect(blueprint.domains.map((d) => d.id)).toEqual(['basics', 'advanced-topics']);
    expect(blueprint.domains[0]?.weight).toEqual([40, 60]);
    expect(blueprint.domains[0]?.resources).toEqual([
      { title: 'Basics course', url: 'https://example.com/basics' },
    ]);
  });

  it('accepts an already-parsed object, such as a shipped blueprint', () => {
    const copy = JSON.parse(JSON.stringify(getBlueprint('AI-103')));
    expect(parseBlueprint(copy)).toEqual(getBlueprint('AI-103'));
  });

  it('lists every problem at once, each with where and what to fix', () => {
    const problems = problemsOf({
      code: 'EX 100',
      version: '2026-13',
      durationMinutes: 0,
      questionCount: 12.5,
      passingScore: 1200,
      maxScore: 1000,
      source: 'http://example.com',
      retiresOn: '2027-02-30',
      colour: 'blue',
      domains: [
        { id: 'Basics', name: 'Basics', weight: [60, 40] },
        { id: 'dup', name: 'One', weight: [10, 20] },
        { id: 'dup', name: '', weight: [10] },
      ],
    });
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'code',
        'version',
        'title',
        'durationMinutes',
        'questionCount',
        'passingScore',
        'source',
        'retiresOn',
        'colour',
        'domains[0].id',
        'domains[0].weight',
        'domains[2].id',
        'domains[2].name',
        'domains[2].weight',
      ]),
    );
    expect(problems.find((p) => p.path === 'domains[0].weight')?.message).toMatch(/inverted/);
    expect(problems.find((p) => p.path === 'domains[2].id')?.message).toMatch(/duplicate id "dup"/);
    expect(problems.find((p) => p.path === 'source')?.message).toMatch(/https/);
    expect(problems.find((p) => p.path === 'domains[0].id')?.message).toMatch(/kebab-case/);
  });

  it('refuses ranges that cannot contain 100%', () => {
    const base = parseBlueprint(YAML);
    const tooHigh = { ...base, domains: base.domains.map((d) => ({ ...d, weight: [55, 60] })) };
    expect(problemsOf(tooHigh)).toEqual([
      { path: 'domains', message: expect.stringMatching(/minimum weights add up to 110%/) },
    ]);
    const tooLow = { ...base, domains: base.domains.map((d) => ({ ...d, weight: [20, 45] })) };
    expect(problemsOf(tooLow)).toEqual([
      { path: 'domains', message: expect.stringMatching(/maximum weights add up to 90%/) },
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('code: [EX-100\ndomains: {');
    expect(problems[0]?.path).toMatch(/yaml line \d+/);
  });

  it('refuses non-https resource links and unknown resource fields', () => {
    const base = parseBlueprint(YAML);
    const problems = problemsOf({
      ...base,
      domains: [
        { ...base.domains[0], resources: [{ title: 'x', url: 'ftp://example.com', note: 1 }] },
        base.domains[1],
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'domains[0].resources[0].note',
      'domains[0].resources[0].url',
    ]);
  });

  it('throws only BlueprintError, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.jsonValue(),
          fc.constantFrom(
            '*x',
            'a: &x [1]\nb: *y',
            '? [a]\n: 1',
            'a: !!binary eHl6',
            'domains: [{weight: 15-20}]',
          ),
        ),
        (input) => {
          try {
            parseBlueprint(input);
          } catch (error) {
            expect(error).toBeInstanceOf(BlueprintError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
