import { ADVISER_WORK_KINDS, AdviserWorkKind } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RecordWorkDto {
  @ApiProperty({
    enum: ADVISER_WORK_KINDS,
    description: 'contract-drafted-or-reviewed: a contract or agreement drafted, revised or reviewed; case-represented: a review or litigation case represented; special-service: another special legal service',
  })
  @IsIn(ADVISER_WORK_KINDS)
  kind: AdviserWorkKind;

  @TimestampField('When the work was done (not before the engagement started); reports count work by this time')
  performedAt: string;
}
