import { createCanvas } from '@napi-rs/canvas';
import type { EvaluationReport } from '../analysis/buildReport.js';
import { STRATEGIES, type StrategyId } from '../simulate/config.js';
import { COLORS, errorBar, niceTicks, panel, text, yAxis } from './panel.js';

const SHORT: Record<StrategyId, string> = {
  equal: 'Equal',
  share: 'Share',
  certpace: 'certpace',
  'certpace-replan': 'certpace +replan',
  oracle: 'Oracle',
};

/**
 * Two rows per exam column: the mean gain in expected score over equal time
 * (paired, with its 95% CI), and the pass rate (with its 95% CI).
 */
export function strategyChart(report: EvaluationReport): Buffer {
  const columns = report.comparisons.length;
  const width = 40 + columns * 460;
  const height = 660;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  text(
    ctx,
    `Study strategies on the same simulated learners (seed ${report.seed}, ${report.learners} per exam)`,
    width / 2,
    20,
    {
      align: 'center',
      size: 15,
      bold: true,
    },
  );
  const others = STRATEGIES.filter((id) => id !== 'equal');
  const maxGain = Math.max(
    1,
    ...report.comparisons.flatMap((c) => others.map((id) => gainOf(c, id).high)),
  );
  report.comparisons.forEach((c, col) => {
    const left = 90 + col * 460;
    text(ctx, c.exam, left + 170, 50, { align: 'center', size: 14, bold: true });
    const gainPanel = panel(ctx, {
      left,
      top: 70,
      width: 340,
      height: 220,
      xRange: [0, others.length],
      yRange: [0, maxGain * 1.1],
    });
    yAxis(gainPanel, niceTicks(0, maxGain * 1.1), (v) => String(v), 'Score gain over equal time');
    others.forEach((id, i) => {
      const g = gainOf(c, id);
      bar(gainPanel, i, g.mean, COLORS[i + 1]!);
      errorBar(gainPanel, gainPanel.x(i + 0.5), g.low, g.high);
      text(ctx, SHORT[id], gainPanel.x(i + 0.5), gainPanel.top + gainPanel.height + 14, {
        align: 'center',
        size: 11,
      });
    });
    const passPanel = panel(ctx, {
      left,
      top: 360,
      width: 340,
      height: 240,
      xRange: [0, STRATEGIES.length],
      yRange: [0, 100],
    });
    yAxis(passPanel, [0, 20, 40, 60, 80, 100], (v) => `${v}%`, 'Expected pass rate');
    STRATEGIES.forEach((id, i) => {
      const s = c.strategies.find((x) => x.id === id)!;
      bar(passPanel, i, s.pass.mean, COLORS[i]!);
      errorBar(passPanel, passPanel.x(i + 0.5), s.pass.ciLow, s.pass.ciHigh);
      text(ctx, `${s.pass.mean.toFixed(1)}%`, passPanel.x(i + 0.5), passPanel.y(s.pass.mean) - 14, {
        align: 'center',
        size: 10,
      });
      text(ctx, SHORT[id], passPanel.x(i + 0.5), passPanel.top + passPanel.height + 14, {
        align: 'center',
        size: 10,
      });
    });
  });
  text(
    ctx,
    'Error bars: 95% confidence intervals of the mean (gains are paired, learner by learner).',
    width / 2,
    height - 18,
    {
      align: 'center',
      size: 11,
      color: '#555',
    },
  );
  return canvas.toBuffer('image/png');
}

function gainOf(
  c: EvaluationReport['comparisons'][number],
  id: StrategyId,
): { mean: number; low: number; high: number } {
  const d = c.differences.find((x) => x.a === id && x.b === 'equal');
  if (!d) throw new Error(`no paired difference of ${id} against equal time`);
  return { mean: d.score.mean, low: d.score.ciLow, high: d.score.ciHigh };
}

function bar(p: ReturnType<typeof panel>, slot: number, value: number, color: string): void {
  const x0 = p.x(slot + 0.2);
  const x1 = p.x(slot + 0.8);
  p.ctx.fillStyle = color;
  p.ctx.fillRect(x0, p.y(value), x1 - x0, p.y(0) - p.y(value));
}
