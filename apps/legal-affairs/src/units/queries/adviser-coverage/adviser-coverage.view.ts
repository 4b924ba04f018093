import { ApiProperty } from '@nestjs/swagger';

/** Adviser coverage of the district units at an instant (区级单位法律顾问全覆盖). */
export class AdviserCoverageView {
  @ApiProperty({ format: 'date-time', description: "The instant counted at, in the district's time zone" }) at: string;
  @ApiProperty({ type: 'integer', description: 'Units in the registry at that instant (registered, not dissolved)' }) units: number;
  @ApiProperty({ type: 'integer', description: 'Of those, units with an engagement running at that instant (started, not ended)' }) covered: number;
  @ApiProperty({ description: 'Every unit covered (and at least one unit registered)' }) full: boolean;
  @ApiProperty({ type: [String], description: 'The units without an adviser then, by name' }) uncovered: string[];
}
