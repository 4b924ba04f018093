import { TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class AssignCaseDto {
  @TimestampField('When the case was given to the law firm (not before acceptedAt)')
  assignedAt: string;

  @ApiProperty({ description: 'The law firm (an organisation); kept in this service, not published', example: '重庆某某律师事务所', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'lawFirm must not be blank' })
  lawFirm: string;

  @ApiPropertyOptional({ description: 'The lawyer\'s name: kept in this service only, never published', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  @Matches(/\S/, { message: 'lawyer must not be blank' })
  lawyer?: string;
}
