export * from './metrics-config';
export * from './metrics-endpoint';
export * from './service-metrics';
export * from './platform-metrics';
