import { CaseEvent, calendarDateIn, FILE_REVIEW_EVENTS, FileReviewEvent, PROBLEM_CATEGORIES, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import { FILE_REVIEW_AREA, fileReviewedFactOf } from './file-review-facts';

/** Rows of one rollup table accumulated over a batch: key values → counter deltas. */
class Deltas {
  private readonly rows = new Map<string, { key: (string | number)[]; sums: number[] }>();

  constructor(readonly counters: readonly string[]) {}

  add(key: (string | number)[], increments: Partial<Record<string, number>>): void {
    const id = JSON.stringify(key);
    let row = this.rows.get(id);
    if (!row) {
      row = { key, sums: this.counters.map(() => 0) };
      this.rows.set(id, row);
    }
    this.counters.forEach((c, i) => (row.sums[i] += increments[c] ?? 0));
  }

  /** Rows sorted by key, so concurrent batches lock rows in one order (no deadlock). */
  sorted() {
    return [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  }
}

/** One multi-row upsert adding the deltas to `table` (unnest arrays, whatever the batch size). */
async function upsert(em: EntityManager, table: string, keys: readonly (readonly [string, 'text' | 'int'])[], d: Deltas): Promise<void> {
  const rows = d.sorted();
  if (rows.length === 0) return;
  const columns = [...keys.map(([k]) => k), ...d.counters];
  const types = [...keys.map(([, t]) => t), ...d.counters.map(() => 'bigint')];
  const arrays = [...keys.map((_, i) => rows.map((r) => r.key[i])), ...d.counters.map((_, i) => rows.map((r) => r.sums[i]))];
  await em.query(
    `INSERT INTO ${table} AS r (${columns.join(', ')})
     SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
     ON CONFLICT (${keys.map(([k]) => k).join(', ')}) DO UPDATE SET ${d.counters.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
    arrays,
  );
}

/**
 * Folds file-review events into the file-review rollups: a review counts in the year of its
 * reviewedAt in the district time zone, by agency and grade, with its score added to an integer
 * sum and its problems counted by category; campaign events count in the campaign's year. A
 * batch becomes at most one upsert per table.
 */
@Injectable()
export class FileReviewRollupProjection implements AreaProjection {
  readonly topic = Topics.fileReview;
  readonly handledTypes: ReadonlySet<string> = new Set(FILE_REVIEW_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const facts = new FigureFactBatch(events, position);
    const reviews = new Deltas(['files_reviewed', 'score_sum', 'problems', 'files_with_problems']);
    const problems = new Deltas(['problems', 'files']);
    const campaigns = new Deltas(['campaigns', 'files_sampled', 'campaigns_noticed']);
    const panel = new Deltas(['members']);
    for (const event of events as readonly FileReviewEvent[]) {
      switch (event.type) {
        case 'filereview.campaign.opened': {
          const p = event.payload;
          campaigns.add([event.district, p.year], { campaigns: 1 });
          facts.note(event, FILE_REVIEW_AREA, p.year, { campaigns: 1 });
          for (const [role, members] of Object.entries(p.panelByRole)) if (members > 0) panel.add([event.district, p.year, role], { members });
          break;
        }
        case 'filereview.file.sampled':
          campaigns.add([event.district, event.payload.campaignYear], { files_sampled: 1 });
          facts.note(event, FILE_REVIEW_AREA, event.payload.campaignYear, { filesSampled: 1 });
          break;
        case 'filereview.file.reviewed': {
          const p = event.payload;
          const { year } = calendarDateIn(this.config.timeZone, p.reviewedAt);
          const found = PROBLEM_CATEGORIES.reduce((s, c) => s + p.problemCounts[c], 0);
          reviews.add([event.district, year, p.agency, p.grade], { files_reviewed: 1, score_sum: p.score, problems: found, files_with_problems: found > 0 ? 1 : 0 });
          for (const category of PROBLEM_CATEGORIES)
            if (p.problemCounts[category] > 0) problems.add([event.district, year, p.agency, p.grade, category], { problems: p.problemCounts[category], files: 1 });
          facts.record(event, fileReviewedFactOf(event, this.config.timeZone));
          break;
        }
        case 'filereview.campaign.noticed':
          campaigns.add([event.district, event.payload.year], { campaigns_noticed: 1 });
          facts.note(event, FILE_REVIEW_AREA, event.payload.year, { campaignsNoticed: 1 });
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`unhandled file-review event ${(unhandled as CaseEvent).type}`);
        }
      }
    }
    await facts.write(em);
    // Always the same table order, like the row order inside each statement; the rollups last, as
    // their rows are shared by every batch and stay locked until the commit.
    const cell = [['district', 'text'], ['year', 'int'], ['agency', 'text'], ['grade', 'text']] as const;
    await upsert(em, 'file_review_rollup', cell, reviews);
    await upsert(em, 'file_review_problem_rollup', [...cell, ['category', 'text']], problems);
    await upsert(em, 'file_review_campaign_rollup', [['district', 'text'], ['year', 'int']], campaigns);
    await upsert(em, 'file_review_panel_rollup', [['district', 'text'], ['year', 'int'], ['role', 'text']], panel);
  }
}
