export * from './actor-context';
export * from './auth-errors';
export * from './auth.guard';
export * from './roles';
export * from './roles.decorator';
export * from './token';
export * from './unit-scope';
export * from './require-role';
