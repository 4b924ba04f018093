import { IsText } from '@casetrack/platform';
import { PANEL_ROLES, PanelRole } from '@casetrack/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';

export class PanelMemberDto {
  @ApiProperty({ enum: PANEL_ROLES, description: 'npc-deputy 人大代表 · cppcc-member 政协委员 · legal-adviser 法律顾问 · scholar 专家学者 · official' })
  @IsIn(PANEL_ROLES)
  role: PanelRole;

  @ApiPropertyOptional({ description: 'Kept in this service only; events carry counts by role', maxLength: 100 })
  @IsOptional()
  @IsText({ max: 100 })
  name?: string;
}

export class OpenCampaignDto {
  @ApiProperty({ example: 2019, minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: '2019年度行政处罚案卷集中评查', description: 'Unique within the year', maxLength: 200 })
  @IsText({ max: 200 })
  title: string;

  @ApiProperty({ type: [PanelMemberDto], description: 'The review panel (评查组), at least one member' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  // ValidateNested lets an item that is itself an array through (it validates that array's items).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PanelMemberDto)
  panel: PanelMemberDto[];
}
