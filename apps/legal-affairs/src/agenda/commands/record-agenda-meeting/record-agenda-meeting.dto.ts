import { AGENDA_MEETING_KINDS, AgendaMeetingKind } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RecordAgendaMeetingDto {
  @ApiProperty({ enum: AGENDA_MEETING_KINDS, description: 'party-group: 局党组会; director-office: 局长办公会' })
  @IsIn(AGENDA_MEETING_KINDS)
  kind: AgendaMeetingKind;

  @TimestampField('When the meeting was held; reports count meetings by this time')
  heldAt: string;

  @ApiProperty({ description: 'What the meeting studied (stays in this service; events never carry it)', example: '研究年度法治政府建设工作要点', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  subject: string;
}
