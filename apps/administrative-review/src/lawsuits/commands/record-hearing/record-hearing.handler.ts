import { Injectable } from '@nestjs/common';
import { recordHearing } from '../../domain/lawsuit';
import { hearingHeld } from '../../domain/lawsuit-events';
import { toHearingView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { RecordHearingDto } from './record-hearing.dto';

/** Records a hearing of an open lawsuit and publishes adminreview.lawsuit.hearing-held. */
@Injectable()
export class RecordHearingHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, dto: RecordHearingDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      'POST /v1/lawsuits/:id/hearings',
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now) =>
        recordHearing(l, { id: this.runner.newId(), heldAt: new Date(dto.heldAt), headAppeared: dto.headAppeared, appearedRole: dto.appearedRole }, now),
      (c, ctx) => hearingHeld(c.lawsuit, c.hearing!, ctx),
      (c) => ({ status: 201, body: toHearingView(c.hearing!, this.runner.timeZone) }),
    );
  }
}
