import { ApiProperty } from '@nestjs/swagger';

/** A case behind a figure (litigation hearing figures add hearingId, judicial suggestion figures suggestionId). */
export class DrillThroughItemView {
  @ApiProperty() caseId: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The events that put the case in the figure' }) eventIds: string[];
}

/** The cases behind one count figure, one page (the OpenAPI schema of drill-through.controller.ts's answer). */
export class DrillThroughView {
  @ApiProperty() district: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() area: string;
  @ApiProperty() figure: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, description: 'The breakdown filters as given' })
  filters: Record<string, string | number>;
  @ApiProperty({ type: 'integer', description: 'Equals the figure (or the breakdown row)' }) total: number;
  @ApiProperty({ type: [DrillThroughItemView] }) items: DrillThroughItemView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
