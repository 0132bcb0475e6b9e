/** The computer's own IANA timezone (honours TZ), the default for a learner who has not chosen one. */
export function systemTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
