import { blueprints, domainShares, getBlueprint } from '@certpace/core';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../loadQuestionBank.js';
import { shippedBanks } from '../shippedBanks.js';

// "Roughly in proportion to the shares": each domain's part of the bank within
// 7 percentage points of its part of the exam.
const TOLERANCE = 0.07;

function summary(ref: string) {
  const found = shippedBanks().find((b) => b.ref === ref);
  if (!found) throw new Error(`no shipped bank ${ref}`);
  return found;
}

describe('the shipped banks', () => {
  it('all parse with zero problems', () => {
    for (const blueprint of blueprints) {
      expect(() => loadQuestionBank(`${blueprint.code}@${blueprint.version}`)).not.toThrow();
    }
  });

  it('AI-103@2026-04 has at least 120 own questions, 15 per domain, roughly in proportion', () => {
    const bank = summary('AI-103@2026-04');
    expect(bank.own).toBeGreaterThanOrEqual(120);
    const shares = domainShares(getBlueprint('AI-103@2026-04'));
    for (const [domain, count] of Object.entries(bank.perDomain)) {
      expect(count, domain).toBeGreaterThanOrEqual(15);
      expect(Math.abs(count / bank.questions - shares[domain]!), domain).toBeLessThanOrEqual(
        TOLERANCE,
      );
    }
  });

  it('AI-102@2024-06 has at least 150 own questions, 15 per domain, roughly in proportion', () => {
    const bank = summary('AI-102@2024-06');
    expect(bank.own).toBeGreaterThanOrEqual(150);
    const shares = domainShares(getBlueprint('AI-102@2024-06'));
    for (const [domain, count] of Object.entries(bank.perDomain)) {
      expect(count, domain).toBeGreaterThanOrEqual(15);
      expect(Math.abs(count / bank.questions - shares[domain]!), domain).toBeLessThanOrEqual(
        TOLERANCE,
      );
    }
  });

  it('AI-102@2025-12 has its own questions plus mapped ones, at least 10 per domain', () => {
    const bank = summary('AI-102@2025-12');
    expect(bank.own).toBeGreaterThan(0);
    expect(bank.mapped).toBeGreaterThan(0);
    for (const [domain, count] of Object.entries(bank.perDomain)) {
      expect(count, domain).toBeGreaterThanOrEqual(10);
    }
  });

  it('link every question to official documentation and explain it', () => {
    for (const { ref } of shippedBanks()) {
      for (const q of loadQuestionBank(ref).questions) {
        expect(new URL(q.docs).hostname, q.id).toBe('learn.microsoft.com');
        expect(q.explanation.length, q.id).toBeGreaterThanOrEqual(40);
      }
    }
  });
});
