import { ApiErrors, NotFoundError, PersonalDataReadLog, ReplyLike, Roles, UuidParam } from '@casetrack/platform';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CaseRepository } from '../../persistence/case.repository';

class CasePersonalDataView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, description: 'In full' })
  applicantName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'In full' })
  applicantIdNumber: string | null;
}

@ApiTags('cases')
@Controller('v1/cases')
export class GetCasePersonalDataController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly reads: PersonalDataReadLog,
  ) {}

  // The legal aid desk works with the applicant; admin may use every route. Nobody else.
  @Get(':id/personal-data')
  @Roles('legal-aid-officer')
  @ApiOperation({
    summary: "The applicant's name and identity number in full (legal-aid-officer, admin); every read is recorded with who and when",
    description: 'Every other response shows them masked. Each call writes a row to legal_aid.personal_data_reads (user, role, case, time). Not cached (Cache-Control: no-store).',
  })
  @ApiOkResponse({ type: CasePersonalDataView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: ReplyLike): Promise<CasePersonalDataView> {
    // The read and its audit row commit together: no full read goes unrecorded.
    const found = await this.dataSource.transaction(async (em) => {
      const c = await this.cases.findById(em, id);
      if (!c) throw new NotFoundError('case', id);
      await this.reads.record(em, id);
      return c;
    });
    reply.header('Cache-Control', 'no-store');
    return { id: found.id, applicantName: found.applicantName, applicantIdNumber: found.applicantIdNumber };
  }
}
