import { ApiErrors, NotFoundError, PersonalDataReadLog, ReplyLike, Roles, UuidParam } from '@casetrack/platform';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ReviewRepository } from '../../persistence/review.repository';

class ReviewPersonalDataView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, description: 'In full' })
  applicantName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'In full' })
  applicantIdNumber: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'In full' })
  applicantPhone: string | null;
}

@ApiTags('reviews')
@Controller('v1/reviews')
export class GetReviewPersonalDataController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewRepository,
    private readonly reads: PersonalDataReadLog,
  ) {}

  // The review office works with the applicant; admin may use every route. Nobody else.
  @Get(':id/personal-data')
  @Roles('review-officer')
  @ApiOperation({
    summary: "The applicant's name, ID number and phone in full (review-officer, admin); every read is recorded with who and when",
    description: 'Every other response shows them masked. Each call writes a row to admin_review.personal_data_reads (user, role, review, time). Not cached (Cache-Control: no-store).',
  })
  @ApiOkResponse({ type: ReviewPersonalDataView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: ReplyLike): Promise<ReviewPersonalDataView> {
    // The read and its audit row commit together: no full read goes unrecorded.
    const review = await this.dataSource.transaction(async (em) => {
      const found = await this.reviews.findById(em, id);
      if (!found) throw new NotFoundError('review', id);
      await this.reads.record(em, id);
      return found;
    });
    reply.header('Cache-Control', 'no-store');
    return { id: review.id, applicantName: review.applicantName, applicantIdNumber: review.applicantIdNumber, applicantPhone: review.applicantPhone };
  }
}
