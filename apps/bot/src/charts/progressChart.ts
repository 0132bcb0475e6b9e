import type { SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './canvas.js';
import { COLORS, clamp01, dashedLine, fitText, font, percent } from './theme.js';

export interface ProgressChartDomain {
  readonly name: string;
  /** The exam's share for the domain, `[min, max]` percent. */
  readonly weight: readonly [number, number];
  /** Estimated accuracy 0..1 and its 80% interval. */
  readonly mastery: number;
  readonly low: number;
  readonly high: number;
}

export interface ProgressChartData {
  readonly title: string;
  readonly subtitle?: string;
  readonly domains: readonly ProgressChartDomain[];
  /** The exam's pass mark and the readiness estimate (80% interval). */
  readonly readiness: {
    readonly expectedScore: number;
    readonly low: number;
    readonly high: number;
    readonly passingScore: number;
    readonly maxScore: number;
    readonly passProbability: number;
  };
}

export const PROGRESS_CHART_WIDTH = 1000;
const HEADER = 84;
const ROW = 58;
const FOOTER = 170;
const LABEL_X = 24;
const LABEL_W = 326;
const BAR_X0 = 360;
const BAR_X1 = 800;
const WEIGHT_X0 = 840;
const WEIGHT_X1 = 976;

/** The chart's size in pixels for a number of domains (the height grows with them). */
export function progressChartSize(domainCount: number): { width: number; height: number } {
  return {
    width: PROGRESS_CHART_WIDTH,
    height: HEADER + 30 + Math.max(1, domainCount) * ROW + FOOTER,
  };
}

const xOf = (fraction: number) => BAR_X0 + clamp01(fraction) * (BAR_X1 - BAR_X0);

/**
 * A PNG of mastery per domain (bars with 80% whiskers) beside each domain's
 * exam weight, the pass mark as a dashed line, and the readiness estimate
 * with its interval against the pass mark. The same data gives the same bytes.
 */
export async function renderProgressChart(data: ProgressChartData): Promise<Buffer> {
  const { width, height } = progressChartSize(data.domains.length);
  const canvas = await createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);

  drawHeader(ctx, data);
  const passFraction = data.readiness.passingScore / data.readiness.maxScore;
  const top = HEADER + 30;
  drawAxes(ctx, top, top + data.domains.length * ROW, passFraction);
  const maxWeight = Math.max(40, ...data.domains.map((d) => d.weight[1]));
  data.domains.forEach((domain, index) => {
    drawDomain(ctx, domain, top + index * ROW, passFraction, maxWeight);
  });
  drawReadiness(ctx, data.readiness, top + Math.max(1, data.domains.length) * ROW + 44);
  return canvas.encode('png');
}

function drawHeader(ctx: SKRSContext2D, data: ProgressChartData): void {
  ctx.fillStyle = COLORS.text;
  ctx.font = font(26, 'bold');
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(fitText(ctx, data.title, PROGRESS_CHART_WIDTH - 2 * LABEL_X), LABEL_X, 40);
  if (data.subtitle) {
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(16);
    ctx.fillText(fitText(ctx, data.subtitle, PROGRESS_CHART_WIDTH - 2 * LABEL_X), LABEL_X, 66);
  }
}

function drawAxes(ctx: SKRSContext2D, top: number, bottom: number, passFraction: number): void {
  ctx.font = font(13);
  ctx.fillStyle = COLORS.muted;
  ctx.textAlign = 'center';
  ctx.fillText('estimated accuracy (80% interval)', (BAR_X0 + BAR_X1) / 2, top - 12);
  ctx.fillText('exam weight', (WEIGHT_X0 + WEIGHT_X1) / 2, top - 12);
  ctx.strokeStyle = COLORS.grid;
  ctx.lineWidth = 1;
  for (let tick = 0; tick <= 4; tick++) {
    const x = xOf(tick / 4);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.fillText(`${tick * 25}%`, x, bottom + 16);
  }
  ctx.strokeStyle = COLORS.pass;
  ctx.lineWidth = 2;
  dashedLine(ctx, xOf(passFraction), top - 4, xOf(passFraction), bottom);
  ctx.fillStyle = COLORS.pass;
  ctx.fillText(`pass mark ${percent(passFraction)}`, xOf(passFraction), bottom + 32);
  ctx.textAlign = 'left';
}

function drawDomain(
  ctx: SKRSContext2D,
  domain: ProgressChartDomain,
  y: number,
  passFraction: number,
  maxWeight: number,
): void {
  const mid = y + ROW / 2;
  ctx.fillStyle = COLORS.text;
  ctx.font = font(14);
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, domain.name, LABEL_W), LABEL_X, mid - 8);
  ctx.fillStyle = COLORS.muted;
  ctx.font = font(13);
  const [min, max] = domain.weight;
  ctx.fillText(`${min}–${max}% of the exam · ${percent(domain.mastery)}`, LABEL_X, mid + 12);

  const mastery = clamp01(domain.mastery);
  ctx.fillStyle =
    mastery >= passFraction
      ? COLORS.good
      : mastery >= passFraction - 0.15
        ? COLORS.middling
        : COLORS.weak;
  ctx.fillRect(BAR_X0, mid - 10, xOf(mastery) - BAR_X0, 20);

  const low = xOf(Math.min(domain.low, domain.high));
  const high = xOf(Math.max(domain.low, domain.high));
  ctx.strokeStyle = COLORS.whisker;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(low, mid);
  ctx.lineTo(high, mid);
  ctx.moveTo(low, mid - 7);
  ctx.lineTo(low, mid + 7);
  ctx.moveTo(high, mid - 7);
  ctx.lineTo(high, mid + 7);
  ctx.stroke();

  ctx.fillStyle = COLORS.panel;
  ctx.fillRect(WEIGHT_X0, mid - 8, WEIGHT_X1 - WEIGHT_X0, 16);
  ctx.fillStyle = COLORS.weight;
  const span = WEIGHT_X1 - WEIGHT_X0;
  ctx.fillRect(WEIGHT_X0, mid - 8, (span * max) / maxWeight, 16);
  ctx.fillStyle = COLORS.pass;
  ctx.fillRect(WEIGHT_X0, mid - 8, (span * min) / maxWeight, 16);
  ctx.textBaseline = 'alphabetic';
}

function drawReadiness(ctx: SKRSContext2D, r: ProgressChartData['readiness'], y: number): void {
  const scoreX = (score: number) => xOf(score / r.maxScore);
  ctx.fillStyle = COLORS.text;
  ctx.font = font(16, 'bold');
  ctx.fillText('Readiness (an estimate)', LABEL_X, y + 30);
  ctx.fillStyle = COLORS.panel;
  ctx.fillRect(BAR_X0, y + 16, BAR_X1 - BAR_X0, 24);
  ctx.fillStyle = COLORS.band;
  ctx.fillRect(scoreX(r.low), y + 16, Math.max(2, scoreX(r.high) - scoreX(r.low)), 24);
  ctx.strokeStyle = COLORS.pass;
  ctx.lineWidth = 2;
  dashedLine(ctx, scoreX(r.passingScore), y + 8, scoreX(r.passingScore), y + 48);
  ctx.fillStyle = r.expectedScore >= r.passingScore ? COLORS.good : COLORS.weak;
  ctx.beginPath();
  ctx.arc(scoreX(r.expectedScore), y + 28, 8, 0, Math.PI * 2);
  ctx.fill();

  ctx.font = font(13);
  ctx.fillStyle = COLORS.muted;
  ctx.textAlign = 'center';
  ctx.fillText('0', BAR_X0, y + 58);
  ctx.fillText(String(r.maxScore), BAR_X1, y + 58);
  ctx.fillStyle = COLORS.pass;
  ctx.fillText(`pass ${r.passingScore}`, scoreX(r.passingScore), y + 58);
  ctx.textAlign = 'left';
  ctx.fillStyle = COLORS.text;
  ctx.font = font(15);
  const line =
    `Expected ${r.expectedScore} of ${r.maxScore} (80%: ${r.low}–${r.high}) · ` +
    `chance to pass ${percent(r.passProbability)}`;
  ctx.fillText(fitText(ctx, line, PROGRESS_CHART_WIDTH - 2 * LABEL_X), LABEL_X, y + 88);
  ctx.fillStyle = COLORS.muted;
  ctx.font = font(12);
  ctx.fillText(
    "Microsoft's score scaling is not linear: treat this as a rough guide.",
    LABEL_X,
    y + 110,
  );
}
