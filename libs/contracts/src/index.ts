export * from './schema';
export * from './envelope';
export * from './topics';
export * from './registry';
export * from './time';
export * from './mediation';
