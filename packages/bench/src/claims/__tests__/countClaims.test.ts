import { describe, expect, it } from 'vitest';
import { countClaims } from '../countClaims.js';

const claim = (learnerId: string, localDate = '2027-03-01') => ({
  deliveryId: `d-${learnerId}-${Math.random()}`,
  learnerId,
  localDate,
});

describe('countClaims', () => {
  it('finds nothing wrong when the claimers split the due learners between them', () => {
    const due = new Set(['a', 'b', 'c']);
    expect(countClaims(due, [[claim('a'), claim('c')], [claim('b')]])).toEqual({
      claimed: 3,
      duplicates: 0,
      misses: 0,
      unexpected: 0,
    });
  });

  it('counts a learner claimed by both claimers as a duplicate, and one nobody claimed as a miss', () => {
    const due = new Set(['a', 'b', 'c']);
    expect(countClaims(due, [[claim('a'), claim('b')], [claim('a')]])).toEqual({
      claimed: 2,
      duplicates: 1,
      misses: 1,
      unexpected: 0,
    });
  });

  it('counts claims for learners who were not due', () => {
    expect(countClaims(new Set(['a']), [[claim('a'), claim('z')]])).toMatchObject({
      claimed: 1,
      unexpected: 1,
    });
  });
});
