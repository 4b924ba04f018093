import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class AssignCaseDto {
  @TimestampField('When the case was given to the law firm (not before acceptedAt)')
  assignedAt: string;

  @ApiProperty({ description: 'The law firm (an organisation); kept in this service, not published', example: '重庆某某律师事务所', minLength: 1, maxLength: 100 })
  @IsText({ max: 100 })
  lawFirm: string;

  @ApiPropertyOptional({ description: 'The lawyer\'s name: kept in this service only, never published', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsText({ max: 50 })
  lawyer?: string;
}
