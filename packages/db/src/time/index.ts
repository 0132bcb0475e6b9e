export { nextReminderAt, previousReminderAt, wallTimeToInstant } from './nextReminderAt.js';
export { assertTimeZone, isTimeZone, localDateIn, parseLocalTime } from './timeZone.js';
