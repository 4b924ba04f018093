import { FenField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CorrectCaseDto {
  @FenField('The money really recovered or obtained for the client; must differ from the recorded benefit')
  benefitFen: number;

  @ApiProperty({ minLength: 1, maxLength: 500, description: 'Why the recorded benefit was wrong; kept in this service only, never published' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
