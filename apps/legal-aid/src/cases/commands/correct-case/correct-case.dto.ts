import { FenField, IsText } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';

export class CorrectCaseDto {
  @FenField('The money really recovered or obtained for the client; must differ from the recorded benefit')
  benefitFen: number;

  @ApiProperty({ minLength: 1, maxLength: 500, description: 'Why the recorded benefit was wrong; kept in this service only, never published' })
  @IsText({ max: 500, multiline: true })
  reason: string;
}
