import { CaseEvent } from '@casetrack/contracts';
import { EventContext } from '../events/event-context';
import { CommandResponse } from '../idempotency/idempotency.store';
import { CaseRow, CaseTable, CommandRunner } from './command-runner';
import { RowInsert } from './command-statement';

/** How a service's commands answer and who may act: the case's view, and the check on a case as read. */
export interface CaseCommandOptions<T, V> {
  /** The answer's body for the case as written (`now`: the command's time, for "days left" and the like). */
  view: (row: T, now: Date) => V;
  /** Checked on the case as read, before its Idempotency-Key is looked at (e.g. the clerk's committee). */
  mayAct?: (row: T) => void;
}

/**
 * The commands of one kind of case, each a single event: a creating command (201 with the case's
 * view) and changing commands (200), through the platform's CommandRunner. A service's runner
 * (DisputeCommandRunner, …) is this class with its table and view.
 */
export class CaseCommands<T extends CaseRow, V> {
  constructor(
    protected readonly runner: CommandRunner,
    protected readonly table: CaseTable<T>,
    private readonly options: CaseCommandOptions<T, V>,
  ) {}

  newId(): string {
    return this.runner.newId();
  }

  get timeZone(): string {
    return this.runner.timeZone;
  }

  /** Runs a creating command: `create` builds the new case, which is inserted with its event. */
  create(
    scope: string,
    key: string | undefined,
    body: unknown,
    create: (now: Date) => T | Promise<T>,
    event: (row: T, ctx: EventContext) => CaseEvent,
  ): Promise<CommandResponse<V>> {
    return this.runner.create(this.table, { scope, key, body }, async (now, ctx) => {
      const row = await create(now);
      return { row, events: [event(row, ctx())], status: 201, body: this.options.view(row, now) };
    });
  }

  /** Runs a changing command on the case `id` (the key's scope is the route and the id). */
  change(
    scope: string,
    id: string,
    key: string | undefined,
    body: unknown,
    change: (row: T, now: Date) => T,
    event: (row: T, ctx: EventContext, before: T) => CaseEvent,
    /** A further row the change writes with it (a correction's reason). */
    record?: (e: CaseEvent, before: T, after: T) => RowInsert,
  ): Promise<CommandResponse<V>> {
    return this.runner.change(
      this.table,
      id,
      { scope: `${scope} ${id}`, key, body },
      (current, now, ctx) => {
        const next = change(current, now);
        const e = event(next, ctx(), current);
        return { row: next, events: [e], also: record ? [record(e, current, next)] : [], status: 200, body: this.options.view(next, now) };
      },
      { mayAct: this.options.mayAct },
    );
  }
}
