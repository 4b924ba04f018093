import { Module } from '@nestjs/common';
import { ActivityCommandRunner } from './activities/commands/activity-command.runner';
import { RecordActivityController } from './activities/commands/record-activity/record-activity.controller';
import { RecordActivityHandler } from './activities/commands/record-activity/record-activity.handler';
import { ActivityRepository } from './activities/persistence/activity.repository';
import { GetActivityController } from './activities/queries/get-activity/get-activity.controller';
import { ListActivitysController } from './activities/queries/list-activitys/list-activitys.controller';
import { MediaItemCommandRunner } from './media-items/commands/media-item-command.runner';
import { RecordMediaItemController } from './media-items/commands/record-media-item/record-media-item.controller';
import { RecordMediaItemHandler } from './media-items/commands/record-media-item/record-media-item.handler';
import { MediaItemRepository } from './media-items/persistence/media-item.repository';
import { GetMediaItemController } from './media-items/queries/get-media-item/get-media-item.controller';
import { ListMediaItemsController } from './media-items/queries/list-media-items/list-media-items.controller';
import { SurveyCommandRunner } from './surveys/commands/survey-command.runner';
import { RecordSurveyController } from './surveys/commands/record-survey/record-survey.controller';
import { RecordSurveyHandler } from './surveys/commands/record-survey/record-survey.handler';
import { SurveyRepository } from './surveys/persistence/survey.repository';
import { GetSurveyController } from './surveys/queries/get-survey/get-survey.controller';
import { ListSurveysController } from './surveys/queries/list-surveys/list-surveys.controller';
import { VillageAssessmentCommandRunner } from './villages/commands/village-assessment-command.runner';
import { RecordVillageAssessmentController } from './villages/commands/record-village-assessment/record-village-assessment.controller';
import { RecordVillageAssessmentHandler } from './villages/commands/record-village-assessment/record-village-assessment.handler';
import { VillageAssessmentRepository } from './villages/persistence/village-assessment.repository';
import { GetVillageAssessmentController } from './villages/queries/get-village-assessment/get-village-assessment.controller';
import { ListVillageAssessmentsController } from './villages/queries/list-village-assessments/list-village-assessments.controller';

/**
 * The publicity log (普法宣传): the units' activities under their duty lists, items adopted by the
 * media, residents' surveys and the "三治结合" village assessments — each a record of one event.
 */
@Module({
  controllers: [
    RecordActivityController,
    GetActivityController,
    ListActivitysController,
    RecordMediaItemController,
    GetMediaItemController,
    ListMediaItemsController,
    RecordSurveyController,
    GetSurveyController,
    ListSurveysController,
    RecordVillageAssessmentController,
    GetVillageAssessmentController,
    ListVillageAssessmentsController,
  ],
  providers: [
    ActivityRepository,
    ActivityCommandRunner,
    RecordActivityHandler,
    MediaItemRepository,
    MediaItemCommandRunner,
    RecordMediaItemHandler,
    SurveyRepository,
    SurveyCommandRunner,
    RecordSurveyHandler,
    VillageAssessmentRepository,
    VillageAssessmentCommandRunner,
    RecordVillageAssessmentHandler,
  ],
})
export class PublicityModule {}
