import { createCanvas } from './canvas.js';
import { COLORS, clamp01, dashedLine, fitText, font } from './theme.js';

export interface HistoryPoint {
  /** Shown under the point, e.g. `05-14`. */
  readonly label: string;
  /** Accuracy 0..1 of that quiz. */
  readonly accuracy: number;
}

export interface HistoryChartData {
  readonly title: string;
  readonly points: readonly HistoryPoint[];
  /** Accuracy needed to pass (passingScore / maxScore), drawn as a dashed line. */
  readonly passAccuracy?: number;
}

export const HISTORY_CHART_SIZE = { width: 800, height: 300 } as const;
const LEFT = 60;
const RIGHT = 770;
const TOP = 60;
const BOTTOM = 250;

/** A PNG line chart of quiz accuracy over time, oldest on the left. */
export async function renderHistoryChart(data: HistoryChartData): Promise<Buffer> {
  const { width, height } = HISTORY_CHART_SIZE;
  const canvas = await createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = COLORS.text;
  ctx.font = font(20, 'bold');
  ctx.fillText(fitText(ctx, data.title, width - 2 * LEFT), 20, 34);

  const y = (accuracy: number) => BOTTOM - clamp01(accuracy) * (BOTTOM - TOP);
  ctx.font = font(12);
  ctx.strokeStyle = COLORS.grid;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.fillStyle = COLORS.muted;
  for (let tick = 0; tick <= 4; tick++) {
    const at = y(tick / 4);
    ctx.beginPath();
    ctx.moveTo(LEFT, at);
    ctx.lineTo(RIGHT, at);
    ctx.stroke();
    ctx.fillText(`${tick * 25}%`, LEFT - 8, at + 4);
  }
  if (data.passAccuracy !== undefined) {
    ctx.strokeStyle = COLORS.pass;
    ctx.lineWidth = 2;
    dashedLine(ctx, LEFT, y(data.passAccuracy), RIGHT, y(data.passAccuracy));
  }
  const points = data.points;
  if (points.length === 0) {
    ctx.textAlign = 'center';
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(16);
    ctx.fillText('No quizzes yet', (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2);
    return canvas.encode('png');
  }
  const x = (i: number) =>
    points.length === 1 ? (LEFT + RIGHT) / 2 : LEFT + ((RIGHT - LEFT) * i) / (points.length - 1);
  ctx.strokeStyle = COLORS.middling;
  ctx.lineWidth = 3;
  ctx.beginPath();
  points.forEach((p, i) => {
    if (i === 0) ctx.moveTo(x(i), y(p.accuracy));
    else ctx.lineTo(x(i), y(p.accuracy));
  });

  ctx.stroke();
  ctx.textAlign = 'center';
  // Labels thin out so they never overlap: about one per 70 pixels.
  const every = Math.max(1, Math.ceil(points.length / ((RIGHT - LEFT) / 70)));
  points.forEach((p, i) => {
    ctx.fillStyle = COLORS.text;
    ctx.beginPath();
    ctx.arc(x(i), y(p.accuracy), 4, 0, Math.PI * 2);
    ctx.fill();
    const lastFarEnough = i === points.length - 1 && i % every >= every / 2;
    if (i % every === 0 || lastFarEnough) {
      ctx.fillStyle = COLORS.muted;
      ctx.fillText(fitText(ctx, p.label, 64), x(i), BOTTOM + 20);
    }
  });
  return canvas.encode('png');
}
