import { describe, expect, it } from 'vitest';
import { colorEnabled, createStyle, visibleWidth } from '../style.js';

describe('colours', () => {
  it('are used on a terminal only', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
  });

  it('are turned off by a non-empty NO_COLOR and a dumb terminal', () => {
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('can be forced for a pipe, and forced off', () => {
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('do not count towards the width of a column', () => {
    const style = createStyle(true);
    expect(style.bold('abc')).not.toBe('abc');
    expect(visibleWidth(style.bold(style.red('abc')))).toBe(3);
    expect(createStyle(false).bold('abc')).toBe('abc');
  });
});
