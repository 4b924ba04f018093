export * from './masking';
export * from './personal-data-cipher';
export * from './personal-data-reads';
export * from '../config/personal-data-config';
export * from './personal-data-migration';
