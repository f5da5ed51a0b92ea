/** A profile not confirmed for this many days is STALE and drops out of matching. */
export const STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which a confirmation is too old. */
export function staleBefore(now: Date, days = STALE_AFTER_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A profile that was never confirmed counts as stale too: nobody vouched for it. */
export function isStale(profileConfirmedAt: Date | null, now: Date, days = STALE_AFTER_DAYS): boolean {
  return profileConfirmedAt === null || profileConfirmedAt.getTime() < staleBefore(now, days).getTime();
}
