import { CaseEvent } from '@casetrack/contracts';
import { BatchPosition, EventProjection } from '@casetrack/messaging';
import { EntityManager } from 'typeorm';

/** The projection of one case area (mediation, legal aid, …): its topic and the events it applies. */
export interface AreaProjection extends EventProjection {
  readonly topic: string;
}

export const AREA_PROJECTIONS = Symbol('AREA_PROJECTIONS');

/** Routes each batch's events to the area projection that handles their type, in one transaction. */
export class CompositeProjection implements EventProjection {
  readonly handledTypes: ReadonlySet<string>;
  readonly topics: string[];
  private readonly byType = new Map<string, AreaProjection>();

  constructor(private readonly areas: readonly AreaProjection[]) {
    for (const area of areas) for (const type of area.handledTypes) this.byType.set(type, area);
    this.handledTypes = new Set(this.byType.keys());
    this.topics = [...new Set(areas.map((a) => a.topic))];
  }

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const groups = new Map<AreaProjection, { events: CaseEvent[]; offsets: string[] }>();
    events.forEach((event, i) => {
      const area = this.byType.get(event.type)!;
      const group = groups.get(area) ?? { events: [], offsets: [] };
      group.events.push(event);
      if (position) group.offsets.push(position.offsets[i]);
      groups.set(area, group);
    });
    for (const [area, group] of groups)
      await area.apply(em, group.events, position && { topic: position.topic, partition: position.partition, offsets: group.offsets });
  }
}
