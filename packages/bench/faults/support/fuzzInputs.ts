import fc from 'fast-check';

/** Text people and attackers type: random, odd Unicode, SQL-looking, dates and times gone wrong. */
export const nastyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    "'; drop table learners; --",
    '" or 1=1 --',
    '$1::uuid',
    '\u0000',
    '\u202e2027-01-01',
    'ｍｏｎ－ｆｒｉ',
    '🧠🧠🧠',
    'e\u0301',
    '2027-02-30',
    '0000-00-00',
    '9999-12-31',
    '24:00',
    '-1',
    '1e309',
    'NaN',
    '../../etc/passwd',
    '@everyone',
    '<@123456789012345678>',
    'Europe/Atlantis',
    'UTC+25',
    'mon,mon,mon',
    ' ',
  ),
);

/** Whole numbers near and far past every bound a command has. */
export const nastyNumber = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(
    4,
    5,
    49,
    50,
    51,
    100,
    101,
    599,
    600,
    601,
    959,
    960,
    961,
    2 ** 31 - 1,
    -(2 ** 31),
  ),
  fc.integer(),
);

/** A command and its options, every option value hostile. */
export const nastyCommand = fc.oneof(
  fc.record({
    name: fc.constant('plan create'),
    options: fc.record(
      {
        'exam-date': nastyText,
        exam: nastyText,
        minutes: nastyNumber,
        days: nastyText,
        timezone: nastyText,
      },
      { requiredKeys: ['exam-date'] },
    ),
  }),
  fc.record({
    name: fc.constant('remind set'),
    options: fc.record({ time: nastyText, timezone: nastyText }, { requiredKeys: ['time'] }),
  }),
  fc.record({
    name: fc.constant('practice'),
    options: fc.record(
      { questions: nastyNumber, domain: nastyText, exam: nastyText },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    name: fc.constant('quiz start'),
    options: fc.record(
      { questions: nastyNumber, seconds: nastyNumber, domain: nastyText, exam: nastyText },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    name: fc.constant('exam info'),
    options: fc.record({ exam: nastyText }),
  }),
  fc.record({
    name: fc.constant('plan show'),
    options: fc.record({ week: nastyNumber }, { requiredKeys: [] }),
  }),
  fc.record({ name: fc.constant('today'), options: fc.constant({}) }),
  fc.record({
    name: fc.constant('mock'),
    options: fc.record({ exam: nastyText }, { requiredKeys: [] }),
  }),
);

/**
 * A custom id as a tampered client might send it: the bot's own format
 * (`feature:action:owner:args…`) with swapped owners, another learner's ids in
 * the arguments, and garbage anywhere; at most Discord's 100 characters.
 */
export function tamperedCustomId(known: {
  readonly owners: readonly string[];
  readonly args: readonly string[];
}) {
  const feature = fc.oneof(
    fc.constantFrom(
      'today',
      'quiz',
      'practice',
      'mock',
      'plan',
      'privacy',
      'score',
      'exam',
      'remind',
      'help',
    ),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  const action = fc.oneof(
    fc.constantFrom(
      'done',
      'skip',
      'task',
      'answer',
      'pick',
      'report',
      'next',
      'finish',
      'flag',
      'goto',
      'submit',
      'delete',
      'confirm',
      'keep',
      'erase',
      'stop',
      'page',
      'show',
      'resume',
    ),
    fc.string({ maxLength: 8 }),
  );
  const owner = fc.oneof(
    fc.constantFrom('*', ...known.owners),
    fc.stringMatching(/^\d{1,20}$/),
    fc.string({ maxLength: 6 }),
  );
  const arg = fc.oneof(
    fc.constantFrom(...known.args),
    nastyText,
    fc.stringMatching(/^[a-z]{0,3}\d{0,4}$/),
  );
  return fc
    .tuple(feature, action, owner, fc.array(arg, { maxLength: 4 }))
    .map(([f, a, o, rest]) => [f, a, o, ...rest].join(':').slice(0, 100))
    .filter((id) => id.length > 0);
}
