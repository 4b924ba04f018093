import { Module } from '@nestjs/common';
import { ComplaintCommandRunner, ComplaintCommandsController, ComplaintQueriesController } from './complaints.controllers';
import { ComplaintRepository } from './persistence/complaint.repository';

/** Complaints against lawyers and forensic appraisers, and their outcomes. */
@Module({ controllers: [ComplaintCommandsController, ComplaintQueriesController], providers: [ComplaintRepository, ComplaintCommandRunner] })
export class ComplaintsModule {}
