import { CaseEvent } from '@casetrack/contracts';
import { CaseCommands, CommandResponse, CommandRunner, EventContext, RowInsert } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { JudicialSuggestion } from '../domain/judicial-suggestion';
import { Hearing, Lawsuit } from '../domain/lawsuit';
import { LawsuitRepository } from '../persistence/lawsuit.repository';
import { LawsuitView, toLawsuitView } from '../queries/get-lawsuit/lawsuit.view';

/** A lawsuit after a change, and the hearing or judicial suggestion that change recorded or moved, if any. */
export interface LawsuitChange {
  lawsuit: Lawsuit;
  hearing?: Hearing;
  suggestion?: JudicialSuggestion;
}

/** The parts of a lawsuit read beside it: its hearings and its judicial suggestions. */
export interface LawsuitParts {
  hearings: Hearing[];
  suggestions: JudicialSuggestion[];
}

const byTime = <T extends { id: string }>(at: (x: T) => Date) => (a: T, b: T) => at(a).getTime() - at(b).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byHeldAt = byTime<Hearing>((h) => h.heldAt);
const byReceivedAt = byTime<JudicialSuggestion>((s) => s.receivedAt);

/** The parts with a change's new hearing added, or its suggestion added or replaced. */
function partsAfter(parts: LawsuitParts, c: LawsuitChange): LawsuitParts {
  const hearings = c.hearing ? [...parts.hearings, c.hearing].sort(byHeldAt) : parts.hearings;
  const s = c.suggestion;
  const suggestions = s ? [...parts.suggestions.filter((x) => x.id !== s.id), s].sort(byReceivedAt) : parts.suggestions;
  return { hearings, suggestions };
}

/**
 * The one way lawsuits change (the platform's command runner): the Idempotency-Key, the lawsuit's
 * row, a hearing's or a judicial suggestion's row and the event in one statement. A change's answer
 * may show the lawsuit's parts: they are read beside the lawsuit, and the change applied to them.
 */
@Injectable()
export class LawsuitCommandRunner extends CaseCommands<Lawsuit, LawsuitView> {
  constructor(
    runner: CommandRunner,
    private readonly lawsuits: LawsuitRepository,
  ) {
    super(runner, lawsuits, { view: (l) => toLawsuitView(l, runner.timeZone, { hearings: [], suggestions: [] }) });
  }

  /**
   * Runs a changing command on one lawsuit; `change` sees the lawsuit and its parts as read (a
   * suggestion's step finds its suggestion there), `reply` shapes the answer from the change and
   * all the parts after it.
   */
  changeLawsuit<T>(
    scope: string,
    id: string,
    key: string | undefined,
    body: unknown,
    change: (l: Lawsuit, now: Date, parts: LawsuitParts) => LawsuitChange,
    event: (c: LawsuitChange, ctx: EventContext) => CaseEvent,
    reply: (c: LawsuitChange, parts: LawsuitParts) => CommandResponse<T>,
  ): Promise<CommandResponse<T>> {
    return this.runner.change(
      this.lawsuits,
      id,
      { scope: `${scope} ${id}`, key, body },
      (current, now, ctx, parts: LawsuitParts) => {
        const result = change(current, now, parts);
        const answer = reply(result, partsAfter(parts, result));
        const also: RowInsert[] = [];
        if (result.hearing) also.push(this.lawsuits.hearingRow(result.hearing));
        if (result.suggestion) also.push(this.lawsuits.suggestionRow(result.suggestion));
        return { row: result.lawsuit, events: [event(result, ctx())], also, status: answer.status, body: answer.body };
      },
      {
        alongside: async (em, lawsuitId) => {
          // Inside the locked retry the manager is one connection: read one after the other.
          const hearings = await this.lawsuits.hearingsOf(em, lawsuitId);
          return { hearings, suggestions: await this.lawsuits.suggestionsOf(em, lawsuitId) };
        },
      },
    );
  }
}
