import { Module } from '@nestjs/common';
import { ExamSittingCommandRunner, ExamSittingsController } from './exam-sittings.controllers';
import { ExamSittingRepository } from './persistence/exam-sitting.repository';

/** The national legal profession exam at the district's site (国家法考考务). */
@Module({ controllers: [ExamSittingsController], providers: [ExamSittingRepository, ExamSittingCommandRunner] })
export class ExamSittingsModule {}
