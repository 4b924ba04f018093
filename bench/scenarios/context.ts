import { Pool } from 'pg';
import { BenchSettings } from '../settings';
import { BenchKafka } from '../support/kafka-topics';

/** What every scenario gets: the run's settings, the bench database, the bench's Kafka and a logger. */
export interface BenchContext {
  settings: BenchSettings;
  db: Pool;
  kafka: BenchKafka;
  log(message: string): void;
}
