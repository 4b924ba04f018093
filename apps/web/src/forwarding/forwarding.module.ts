import { Module } from '@nestjs/common';
import { ForwardController } from './forward.controller';

/** The back end for the front end: the browser reaches the five services only through here. */
@Module({ controllers: [ForwardController] })
export class ForwardingModule {}
