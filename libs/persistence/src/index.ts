export * from './data-source';
export * from './sql';
export * from './parameter-free-query-logger';
export * from './prepared-query';
