import type { OptionSpecs } from '../commands/types.js';

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
  user: {
    type: 'string',
    value: '<name>',
    description: 'Act as this local user (default: CERTPACE_USER, else your login name).',
  },
} as const satisfies OptionSpecs;
