// Re-running a campaign's draw in the browser, as docs/services/file-review.md tells anyone to:
// the same rule as the service (apps/file-review/src/campaigns/domain/draw.ts), with Web Crypto.

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** sha256 of the UTF-8 bytes of seed, one NUL byte and the file number, as lower-case hex. */
export async function drawKey(seed: string, fileNumber: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${seed}\u0000${fileNumber}`)));
}

/** The `sampleSize` numbers of the pool with the smallest draw keys, in ascending key order: the draw. */
export async function redraw(seed: string, fileNumbers: readonly string[], sampleSize: number): Promise<string[]> {
  const keyed = await Promise.all([...new Set(fileNumbers)].map(async (fileNumber) => ({ fileNumber, key: await drawKey(seed, fileNumber) })));
  return keyed
    .sort((a, b) => compare(a.key, b.key) || compare(a.fileNumber, b.fileNumber))
    .slice(0, sampleSize)
    .map((x) => x.fileNumber);
}
