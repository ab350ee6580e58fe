export * from './health';
export * from './service';
export * from './graph';
export * from './recommendation';
export * from './impact';
