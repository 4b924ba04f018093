import {
  COMMITTEE_FIELDS, COMMITTEE_KINDS, CommitteeField, CommitteeKind, DISPUTE_CATEGORIES, DISPUTE_SOURCES, DisputeConcludedV1,
  DisputeRegisteredV1, validateEvent,
} from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Prng } from '../../scripts/load-2019/prng';

export type GeneratedEvent = DisputeRegisteredV1 | DisputeConcludedV1;

/** What the annual report of the generated year must show for the district, exactly. */
export interface GeneratedTotals {
  registered: number;
  succeeded: number;
  failed: number;
}

interface Committee {
  code: string;
  kind: CommitteeKind;
  field: CommitteeField | null;
}

/** Four committees of each kind; professional ones each with their field. */
const COMMITTEES: Committee[] = COMMITTEE_KINDS.flatMap((kind) =>
  [0, 1, 2, 3].map((i) => ({
    code: `BENCH-${kind.toUpperCase()}-${i + 1}`,
    kind,
    field: kind === 'professional' ? COMMITTEE_FIELDS[i * 2] : null,
  })),
);

/** Wall time in Asia/Shanghai (+08:00) on a day of 2019; days 1–360 keep every instant inside 2019 there. */
function at2019(dayOfYear: number, hour: number, minute: number): string {
  const d = new Date(Date.UTC(2019, 0, dayOfYear, hour, minute, 0));
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

interface PendingCase {
  caseId: string;
  committee: Committee;
  category: (typeof DISPUTE_CATEGORIES)[number];
  source: (typeof DISPUTE_SOURCES)[number];
  day: number;
  receivedAt: string;
}

/**
 * A stream of valid mediation events of 2019 for one district: `registered` for every case and
 * `concluded` (≈97 % success) for 45 % of them, each case's events in sequence order, over many
 * case ids, committees, categories, sources and dates. All business times fall well inside 2019 in
 * Asia/Shanghai, so the generator's totals are exactly what the report must show.
 */
export class MediationEventGenerator {
  private readonly prng: Prng;
  private readonly concludedCases: number;
  private readonly cases: number;
  private generated = 0;
  readonly totals: GeneratedTotals = { registered: 0, succeeded: 0, failed: 0 };

  constructor(
    private readonly district: string,
    readonly total: number,
    seed = 'casetrack-bench',
  ) {
    this.prng = new Prng(seed);
    this.concludedCases = Math.floor(total * 0.45);
    this.cases = total - this.concludedCases;
  }

  /** Yields the events in batches of up to `size`; registrations of one block of cases, then conclusions of the block before. */
  *batches(size: number): Generator<GeneratedEvent[]> {
    const block = 1000;
    let batch: GeneratedEvent[] = [];
    let previous: PendingCase[] = [];
    const flush = function* () {
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    };
    for (let start = 0; start < this.cases || previous.length > 0; start += block) {
      const current: PendingCase[] = [];
      for (let i = start; i < Math.min(start + block, this.cases); i++) {
        const c = this.newCase();
        batch.push(this.registered(c));
        if (i < this.concludedCases) current.push(c);
        if (batch.length >= size) yield* flush();
      }
      for (const c of previous) {
        batch.push(this.concluded(c));
        if (batch.length >= size) yield* flush();
      }
      previous = current;
    }
    yield* flush();
    if (this.generated !== this.total) throw new Error(`generator produced ${this.generated} events, planned ${this.total}`);
  }

  private newCase(): PendingCase {
    const day = this.prng.int(1, 330);
    return {
      caseId: randomUUID(),
      committee: this.prng.pick(COMMITTEES),
      category: this.prng.pick(DISPUTE_CATEGORIES),
      source: this.prng.pick(DISPUTE_SOURCES),
      day,
      receivedAt: at2019(day, this.prng.int(8, 16), this.prng.int(0, 59)),
    };
  }

  private dimensions(c: PendingCase) {
    return {
      committeeCode: c.committee.code,
      committeeKind: c.committee.kind,
      committeeField: c.committee.field,
      category: c.category,
      source: c.source,
      receivedAt: c.receivedAt,
    };
  }

  private envelope(c: PendingCase, sequence: number, occurredAt: string) {
    return { eventId: randomUUID(), version: 1 as const, occurredAt, district: this.district, caseId: c.caseId, sequence, actorId: null };
  }

  private registered(c: PendingCase): DisputeRegisteredV1 {
    this.totals.registered++;
    return this.check({
      ...this.envelope(c, 1, c.receivedAt),
      type: DisputeRegisteredV1.type,
      payload: { ...this.dimensions(c), partyCount: this.prng.int(2, 4), amountInvolvedFen: this.prng.int(0, 5_000_000) },
    });
  }

  private concluded(c: PendingCase): DisputeConcludedV1 {
    const success = this.prng.next() < 0.97;
    if (success) this.totals.succeeded++;
    else this.totals.failed++;
    const concludedAt = at2019(c.day + this.prng.int(1, 30), 17, this.prng.int(0, 59));
    return this.check({
      ...this.envelope(c, 2, concludedAt),
      type: DisputeConcludedV1.type,
      payload: {
        ...this.dimensions(c),
        concludedAt,
        result: success ? 'success' : 'failure',
        agreement: success ? 'written' : null,
        agreementAmountFen: success ? this.prng.int(0, 1_000_000) : null,
      },
    });
  }

  /** Validates a sample of the events against the contracts (all of them would double the cost). */
  private check<E extends GeneratedEvent>(event: E): E {
    if (this.generated++ % 997 === 0) {
      const result = validateEvent(JSON.parse(JSON.stringify(event)));
      if (!result.ok) throw new Error(`generated an invalid event: ${result.reason}`);
    }
    return event;
  }
}
