/** How many failed sign-ins a window allows, per account name and per address. */
export interface ThrottleRule {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

/** 5 failures for one username or 20 from one address within 15 minutes: then 429 until the window has room. */
export const SIGN_IN_THROTTLE: ThrottleRule = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

/**
 * Seconds until one more attempt is allowed, or 0 when it is allowed now. `failures` are the
 * times of failed attempts (any order); the window slides: with `limit` failures inside the last
 * `windowMs`, the next attempt waits until the limit-th newest of them leaves the window.
 */
export function throttleWaitSeconds(failures: readonly Date[], limit: number, windowMs: number, now: Date): number {
  const inWindow = failures
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => b - a);
  if (inWindow.length < limit) return 0;
  return Math.max(1, Math.ceil((inWindow[limit - 1] + windowMs - now.getTime()) / 1000));
}
