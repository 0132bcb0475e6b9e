import { compactUuid } from '../views/compactIds.js';

/**
 * The Discord message nonce of a reminder delivery: its id (a UUID, too long
 * for Discord's 25 characters) as 22 base64url characters. A retry of the
 * same delivery sends the same nonce, so with `enforce_nonce` Discord returns
 * the first message instead of posting a second one.
 */
export function deliveryNonce(deliveryId: string): string {
  return compactUuid(deliveryId);
}
