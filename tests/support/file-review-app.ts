import { Clock, ServiceConfig } from '@casetrack/platform';
import { createHash } from 'node:crypto';
import { AppModule as FileReviewModule } from '../../apps/file-review/src/app.module';
import { startApp, testServiceConfig } from './apps';

/** A file-review service in this process for `district`, against the test database and the real broker. */
export function startFileReview(district: string, extra: Partial<ServiceConfig> = {}, clock?: Clock) {
  return startApp(FileReviewModule.register(testServiceConfig(district, extra), clock), 'file-review');
}

/** `count` valid pool entries numbered `<prefix>〔2020〕1号`, `…2号`, …, decided in 2020. */
export function penaltyFiles(prefix: string, count: number, agency = '沙坪坝区城市管理局') {
  return Array.from({ length: count }, (_, i) => ({ agency, fileNumber: `${prefix}〔2020〕${i + 1}号`, penaltyType: 'fine', decidedAt: '2020-06-01T10:00:00+08:00' }));
}

/** The draw re-run the way docs/services/file-review.md tells anyone to: by sha256(seed NUL number), smallest first. */
export function recheckDraw(seed: string, numbers: readonly string[], sampleSize: number): string[] {
  return numbers
    .map((n) => [createHash('sha256').update(`${seed}\u0000${n}`).digest('hex'), n] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, sampleSize)
    .map(([, n]) => n);
}
