/** Reads a PostgreSQL bigint (returned by `pg` as a string) as a safe integer, refusing precision loss. */
export function toSafeInteger(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`integer out of safe range: ${value}`);
  return n;
}
