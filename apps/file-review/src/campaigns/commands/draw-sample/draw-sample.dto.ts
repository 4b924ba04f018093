import { IsText } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_SAMPLE_SIZE } from '../../domain/campaign';

export class DrawSampleDto {
  @ApiProperty({ example: 73, minimum: 1, maximum: MAX_SAMPLE_SIZE, description: `How many files to draw, at most ${MAX_SAMPLE_SIZE}; more than the pool holds is a 400` })
  @IsInt()
  @Min(1)
  @Max(MAX_SAMPLE_SIZE, { message: `sampleSize must not exceed ${MAX_SAMPLE_SIZE} files` })
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
