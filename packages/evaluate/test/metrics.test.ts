import { describe, expect, it } from 'vitest';
import {
  brierScore,
  climatologyBrier,
  expectedCalibrationError,
  intervalCoverage,
  reliabilityTable,
  summarize,
} from '../src/index.js';

describe('calibration arithmetic', () => {
  it('counts the intervals that hold the truth', () => {
    const records = [
      { low: 600, high: 800, inside: 1 },
      { low: 600, high: 800, inside: 0 },
      { low: 500, high: 700, inside: 1 },
      { low: 650, high: 750, inside: 1 },
    ];
    expect(intervalCoverage(records)).toBe(0.75);
    expect(intervalCoverage([])).toBeNaN();
  });

  it('scores 0/1 outcomes by mean squared error', () => {
    const forecasts = [
      { predicted: 0.9, outcome: 1 },
      { predicted: 0.2, outcome: 0 },
      { predicted: 0.7, outcome: 0 },
    ];
    // (0.01 + 0.04 + 0.49) / 3
    expect(brierScore(forecasts)).toBeCloseTo(0.18, 12);
  });

  it('scores a probabilistic outcome as the expected Brier score over the 0/1 outcome', () => {
    // Stating 0.5 when the truth is 0.5: (0.5)² either way.
    expect(brierScore([{ predicted: 0.5, outcome: 0.5 }])).toBeCloseTo(0.25, 12);
    // Stating 0.8 against a true 0.6: 0.6·(0.2)² + 0.4·(0.8)² = 0.28.
    expect(brierScore([{ predicted: 0.8, outcome: 0.6 }])).toBeCloseTo(0.28, 12);
  });

  it('compares against always stating the base rate', () => {
    const forecasts = [
      { predicted: 1, outcome: 1 },
      { predicted: 0, outcome: 0 },
    ];
    expect(brierScore(forecasts)).toBe(0);
    expect(climatologyBrier(forecasts)).toBeCloseTo(0.25, 12);
  });

  it('bins forecasts by stated probability and reports the observed rate per band', () => {
    const forecasts = [
      { predicted: 0.05, outcome: 0 },
      { predicted: 0.15, outcome: 0 },
      { predicted: 0.12, outcome: 1 },
      { predicted: 0.95, outcome: 1 },
      { predicted: 1, outcome: 1 },
    ];
    const table = reliabilityTable(forecasts, 10);
    expect(table).toHaveLength(10);
    expect(table.reduce((s, b) => s + b.count, 0)).toBe(5);
    expect(table[0]).toMatchObject({ from: 0, to: 0.1, count: 1, observed: 0 });
    expect(table[1]!.count).toBe(2);
    expect(table[1]!.meanPredicted).toBeCloseTo(0.135, 12);
    expect(table[1]!.observed).toBe(0.5);
    expect(table[9]).toMatchObject({ count: 2, observed: 1 });
    expect(table[5]!.count).toBe(0);
    // ECE = (1·0.05 + 2·0.365 + 2·0.025) / 5
    expect(expectedCalibrationError(table)).toBeCloseTo((0.05 + 0.73 + 0.05) / 5, 12);
  });

  it('summarises a sample with its spread and a 95% CI of the mean', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(s.ciHigh - s.mean).toBeCloseTo((1.959963984540054 * s.sd) / Math.sqrt(8), 12);
  });
});
