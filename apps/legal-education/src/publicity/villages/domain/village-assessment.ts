
/** An assessment of a village or community under the "三治结合" demonstration drive (自治、法治、德治): met the standard (达标) or not yet. */
export interface VillageAssessment {
  id: string;
  village: string;
  assessedAt: Date;
  meetsStandard: boolean;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type RecordVillageAssessmentInput = { id: string; village: string; assessedAt: Date; meetsStandard: boolean };

/** A newly recorded village assessment (its only event has sequence 1). */
export function recordVillageAssessment(input: RecordVillageAssessmentInput, now: Date): VillageAssessment {
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
