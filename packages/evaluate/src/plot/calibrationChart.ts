import { createCanvas } from '@napi-rs/canvas';
import type { EvaluationReport } from '../analysis/buildReport.js';
import { COLORS, niceTicks, panel, text, xAxis, yAxis } from './panel.js';

/**
 * Left: coverage of the 80% interval along the preparation, per exam, against
 * the 75–85% target band. Right: the reliability diagram on exam day (stated
 * pass probability against the observed pass rate, circle area by learners).
 */
export function calibrationChart(report: EvaluationReport): Buffer {
  const width = 1000;
  const height = 470;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  text(
    ctx,
    `Readiness calibration (seed ${report.seed}, ${report.learners} learners per exam)`,
    width / 2,
    20,
    {
      align: 'center',
      size: 15,
      bold: true,
    },
  );

  const cov = panel(ctx, {
    left: 80,
    top: 60,
    width: 360,
    height: 320,
    xRange: [0, 1],
    yRange: [0.3, 1],
  });
  ctx.fillStyle = 'rgba(89, 161, 79, 0.15)';
  ctx.fillRect(cov.left, cov.y(0.85), cov.width, cov.y(0.75) - cov.y(0.85));
  yAxis(
    cov,
    niceTicks(0.3, 1, 7),
    (v) => `${Math.round(v * 100)}%`,
    'Intervals holding the true score',
  );
  xAxis(
    cov,
    [0, 0.25, 0.5, 0.75, 1],
    (v) => `${Math.round(v * 100)}%`,
    'Preparation done (100% = exam day)',
  );
  text(ctx, 'target 75–85%', cov.left + 6, cov.y(0.8), { size: 11, color: '#3b7a33' });
  report.exams.forEach((exam, i) => {
    const rows = report.calibration
      .filter((r) => r.exam === exam)
      .sort((a, b) => a.point - b.point);
    ctx.strokeStyle = COLORS[i]!;
    ctx.fillStyle = COLORS[i]!;
    ctx.lineWidth = 2;
    ctx.beginPath();
    rows.forEach((r, k) => {
      if (k === 0) ctx.moveTo(cov.x(r.point), cov.y(r.coverage));
      else ctx.lineTo(cov.x(r.point), cov.y(r.coverage));
    });
    ctx.stroke();
    for (const r of rows) {
      ctx.beginPath();
      ctx.arc(cov.x(r.point), cov.y(r.coverage), 4, 0, 2 * Math.PI);
      ctx.fill();
    }
    text(ctx, exam, cov.left + 10, cov.top + 12 + 18 * i, { size: 12, color: COLORS[i]! });
  });

  const rel = panel(ctx, {
    left: 580,
    top: 60,
    width: 320,
    height: 320,
    xRange: [0, 1],
    yRange: [0, 1],
  });
  yAxis(rel, [0, 0.2, 0.4, 0.6, 0.8, 1], (v) => `${Math.round(v * 100)}%`, 'Observed pass rate');
  xAxis(
    rel,
    [0, 0.2, 0.4, 0.6, 0.8, 1],
    (v) => `${Math.round(v * 100)}%`,
    'Stated pass probability (exam day)',
  );
  ctx.strokeStyle = '#999';
  ctx.setLineDash([5, 4]);
  ctx.beginPath();
  ctx.moveTo(rel.x(0), rel.y(0));
  ctx.lineTo(rel.x(1), rel.y(1));
  ctx.stroke();
  ctx.setLineDash([]);
  const largest = Math.max(
    1,
    ...report.calibration.flatMap((r) => r.reliability.map((b) => b.count)),
  );
  report.exams.forEach((exam, i) => {
    const end = report.calibration.find((r) => r.exam === exam && r.point === 1);
    if (!end) return;
    ctx.strokeStyle = COLORS[i]!;
    ctx.fillStyle = COLORS[i]!;
    ctx.lineWidth = 1.5;
    const bins = end.reliability.filter((b) => b.count > 0);
    ctx.beginPath();
    bins.forEach((b, k) => {
      if (k === 0) ctx.moveTo(rel.x(b.meanPredicted), rel.y(b.observed));
      else ctx.lineTo(rel.x(b.meanPredicted), rel.y(b.observed));
    });
    ctx.stroke();
    ctx.globalAlpha = 0.6;
    for (const b of bins) {
      ctx.beginPath();
      ctx.arc(
        rel.x(b.meanPredicted),
        rel.y(b.observed),
        3 + 12 * Math.sqrt(b.count / largest),
        0,
        2 * Math.PI,
      );
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    text(ctx, exam, rel.left + 10, rel.top + 12 + 18 * i, { size: 12, color: COLORS[i]! });
  });
  text(
    ctx,
    'Dashed line: perfect calibration. Circle area: learners in the band.',
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
