// The standard normal distribution through the error function, computed to
// near double precision: the Maclaurin series where it converges quickly,
// the Laplace continued fraction for erfc in the tails.

const TWO_OVER_SQRT_PI = 1.1283791670955126;

function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** erfc(x) for x ≥ 2 by the continued fraction, evaluated backwards. */
function erfcContinuedFraction(x: number): number {
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (x + f);
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return -erf(-x);
  if (x < 2) return erfSeries(x);
  return 1 - erfcContinuedFraction(x);
}

/** Φ(z) = P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  if (z < -2 * Math.SQRT2) return erfcContinuedFraction(-z / Math.SQRT2) / 2;
  if (z > 2 * Math.SQRT2) return 1 - erfcContinuedFraction(z / Math.SQRT2) / 2;
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** z such that Φ(z) = 0.9: the half-width of an 80% interval in standard deviations. */
export const Z_80 = 1.2815515655446004;
