import { EXAM_AUDIENCES, ExamAudience } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { HEADCOUNT } from '../../../headcount';

export class ScheduleExamDto {
  @ApiProperty({ description: "The session's name (stays in this service; events never carry it)", example: '2019年新提任领导干部法治理论知识考试', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  title: string;

  @ApiProperty({
    enum: EXAM_AUDIENCES,
    description: 'enforcement-new-certificate / enforcement-renewal: general-law training and exam for a new or renewed enforcement certificate (新办证、到期换发证件); newly-promoted-leaders: 新提任领导干部; annual-leaders: the annual exam of leaders at deputy-division level and above (副处级以上)',
  })
  @IsIn(EXAM_AUDIENCES)
  audience: ExamAudience;

  @TimestampField('When the session was scheduled (arranged)')
  scheduledAt: string;

  @ApiProperty({ ...HEADCOUNT, description: 'Candidates expected to sit (应考人数); the participation rate is sat / this' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  candidatesExpected: number;

  @ApiPropertyOptional({ ...HEADCOUNT, description: 'Of them, leaders of city universities (市属高校领导); 0 when omitted' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  cityUniversityCandidates?: number;
}
