import { describe, expect, it } from 'vitest';
import { HISTORY_CHART_SIZE, renderHistoryChart } from './historyChart.js';
import { type ProgressChartData, progressChartSize, renderProgressChart } from './progressChart.js';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const data: ProgressChartData = {
  title: 'AI-103 · Developing AI Apps and Agents on Azure',
  subtitle: 'ana · 42 answers',
  domains: [
    {
      name: 'Plan and manage an Azure AI solution',
      weight: [25, 30],
      mastery: 0.72,
      low: 0.6,
      high: 0.82,
    },
    {
      name: 'Implement generative AI and agentic solutions',
      weight: [30, 35],
      mastery: 0.55,
      low: 0.4,
      high: 0.7,
    },
    {
      name: 'Implement computer vision solutions',
      weight: [10, 15],
      mastery: 0.5,
      low: 0.2,
      high: 0.8,
    },
    {
      name: 'Implement text analysis solutions',
      weight: [10, 15],
      mastery: 0.9,
      low: 0.82,
      high: 0.95,
    },
    {
      name: 'Implement information extraction solutions',
      weight: [10, 15],
      mastery: 0.35,
      low: 0.2,
      high: 0.5,
    },
  ],
  readiness: {
    expectedScore: 640,
    low: 560,
    high: 720,
    passingScore: 700,
    maxScore: 1000,
    passProbability: 0.31,
  },
};

describe('renderProgressChart', () => {
  it('renders a PNG whose height grows with the domains', async () => {
    const png = await renderProgressChart(data);
    expect(pngSize(png)).toEqual(progressChartSize(5));
    const six = await renderProgressChart({
      ...data,
      domains: [...data.domains, data.domains[0]!],
    });
    expect(pngSize(six).height).toBeGreaterThan(pngSize(png).height);
    expect(pngSize(six)).toEqual(progressChartSize(6));
  });

  it('gives the same bytes for the same data and different bytes for other data', async () => {
    const a = await renderProgressChart(data);
    const b = await renderProgressChart(data);
    expect(a.equals(b)).toBe(true);
    const moved = {
      ...data,
      domains: data.domains.map((d, i) => (i === 0 ? { ...d, mastery: 0.2 } : d)),
    };
    expect((await renderProgressChart(moved)).equals(a)).toBe(false);
  });

  it('copes with values outside 0..1 and an empty outline', async () => {
    const odd = await renderProgressChart({
      ...data,
      domains: [
        { name: 'x'.repeat(200), weight: [5, 50], mastery: 1.7, low: -1, high: Number.NaN },
      ],
    });
    expect(pngSize(odd)).toEqual(progressChartSize(1));
    expect(pngSize(await renderProgressChart({ ...data, domains: [] }))).toEqual(
      progressChartSize(0),
    );
  });
});

describe('renderHistoryChart', () => {
  it('renders a PNG of the fixed size with points or without any', async () => {
    const points = Array.from({ length: 20 }, (_, i) => ({
      label: `05-${String(i + 1).padStart(2, '0')}`,
      accuracy: i / 20,
    }));
    expect(
      pngSize(await renderHistoryChart({ title: 'Quiz accuracy', points, passAccuracy: 0.7 })),
    ).toEqual(HISTORY_CHART_SIZE);
    expect(pngSize(await renderHistoryChart({ title: 'Quiz accuracy', points: [] }))).toEqual(
      HISTORY_CHART_SIZE,
    );
  });
});
