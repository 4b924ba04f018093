import { IsText, Role, ROLES } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { UNIT_PATTERN, USERNAME_PATTERN } from '../../domain/account';

export class AddAccountDto {
  @ApiProperty({ example: 'zhang.wei', pattern: USERNAME_PATTERN.source })
  @IsText({ max: 64 })
  @Matches(USERNAME_PATTERN, { message: 'username may contain letters, digits, dot, underscore and hyphen only, starting with a letter or digit' })
  username: string;

  @ApiPropertyOptional({ example: '张伟', description: 'Default: the username' })
  @IsOptional()
  @IsText({ max: 100 })
  displayName?: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'The committee code; required for, and only for, a mediation-clerk', example: 'SPB-POLICE-01' })
  @IsOptional()
  @IsText({ max: 50 })
  @Matches(UNIT_PATTERN, { message: 'unit must be a committee code' })
  unit?: string;
}
