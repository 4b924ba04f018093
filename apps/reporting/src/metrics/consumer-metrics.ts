import { ConsumerObserver, DEAD_LETTER_KINDS, ReplayOutcome } from '@casetrack/messaging';
import { ServiceMetrics } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';

const REPLAY_OUTCOMES: ReplayOutcome[] = ['applied', 'already-applied', 'dead-lettered'];

/**
 * The live consumer's counters (events applied, skipped as duplicates, dead letters recorded by
 * reason, failed attempts) and the dead-letter desk's replays by outcome. Every label value is
 * there from the start at 0, so a rate() over one sees its first increase.
 */
@Injectable()
export class ConsumerMetrics {
  readonly observer: ConsumerObserver;
  readonly replays: Counter<'outcome'>;

  constructor(metrics: ServiceMetrics) {
    const applied = metrics.counter({ name: 'casetrack_consumer_events_applied_total', help: 'Events the live consumer applied to the projections (new to the inbox), counted after their commit' });
    const duplicates = metrics.counter({ name: 'casetrack_consumer_events_duplicate_total', help: 'Events the live consumer found already applied (redelivered) and skipped' });
    const deadLetters = metrics.counter({
      name: 'casetrack_consumer_dead_letters_total',
      help: 'Dead letters the live consumer recorded, by reason (not-json, invalid-payload, unknown-type, no-handler, projection-failed, …)',
      labelNames: ['reason'],
    });
    const attempts = metrics.counter({
      name: 'casetrack_consumer_failed_attempts_total',
      help: 'Failed attempts at a batch: transient ones (database or Kafka away, retried without counting) and counted ones (toward CONSUMER_MAX_ATTEMPTS)',
      labelNames: ['transient'],
    });
    this.replays = metrics.counter({ name: 'casetrack_dead_letter_replays_total', help: 'Replays of dead letters from the desk, by outcome', labelNames: ['outcome'] });
    for (const reason of DEAD_LETTER_KINDS) deadLetters.inc({ reason }, 0);
    for (const transient of ['true', 'false']) attempts.inc({ transient }, 0);
    for (const outcome of REPLAY_OUTCOMES) this.replays.inc({ outcome }, 0);
    this.observer = {
      batchCommitted: (c) => {
        applied.inc(c.applied);
        duplicates.inc(c.duplicates);
      },
      deadLettersRecorded: (reason, n) => deadLetters.inc({ reason }, n),
      attemptFailed: (transient) => attempts.inc({ transient: String(transient) }),
    };
  }
}
