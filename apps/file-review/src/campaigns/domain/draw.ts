import { createHash } from 'node:crypto';

/**
 * The draw key of a file: sha256 of the UTF-8 bytes of seed, one NUL byte, file number, as lower-case
 * hex. Anyone can recompute it (`printf '%s\0%s' "$SEED" "$NUMBER" | sha256sum`).
 */
export function drawKey(seed: string, fileNumber: string): string {
  return createHash('sha256').update(seed, 'utf8').update('\u0000', 'utf8').update(fileNumber, 'utf8').digest('hex');
}

/**
 * Draws `sampleSize` file numbers at random without replacement: the pool is ordered by draw key
 * and the first ones are taken, in that order. The result depends only on the seed and the SET of
 * numbers — not on their order, ids or the process — and, the keys being sha256 outputs, every
 * subset of that size is equally likely for a seed nobody could choose after seeing the pool.
 */
export function drawSample(seed: string, fileNumbers: readonly string[], sampleSize: number): string[] {
  const pool = [...new Set(fileNumbers)];
  if (!Number.isSafeInteger(sampleSize) || sampleSize < 1 || sampleSize > pool.length)
    throw new RangeError(`sample size must be 1–${pool.length}, got ${sampleSize}`);
  return pool
    .map((fileNumber) => ({ fileNumber, key: drawKey(seed, fileNumber) }))
    .sort((a, b) => compare(a.key, b.key) || compare(a.fileNumber, b.fileNumber))
    .slice(0, sampleSize)
    .map((x) => x.fileNumber);
}

// Plain code-unit comparison: the same in every locale and process (hex keys compare as bytes).
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
