import { IsText } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class DrawSampleDto {
  @ApiProperty({ example: 73, minimum: 1, maximum: 1_000_000, description: 'How many files to draw; more than the pool holds is a 400' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  sampleSize: number;

  @ApiPropertyOptional({
    example: '2019-评查-公开抽签',
    maxLength: 200,
    description: 'Seed of the draw; when absent a random one is chosen. Either way it is recorded, so anyone can re-run the draw',
  })
  @IsOptional()
  @IsText({ max: 200 })
  seed?: string;
}
