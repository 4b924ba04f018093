import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class RecordCommitteeMeetingDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 999, example: 1, description: "The meeting's number in the committee's series (第一次会议 = 1)" })
  @IsInt()
  @Min(1)
  @Max(999)
  number: number;

  @TimestampField('When the meeting was held; reports count meetings by this time')
  heldAt: string;

  @ApiProperty({ description: 'What the meeting decided or studied (stays in this service; events never carry it)', example: '审议区委全面依法治区委员会2019年工作要点', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  subject: string;
}
