export * from './boardIndex';
export * from './contexts';
export * from './flow';
export * from './messaging';
export * from './names';
export * from './slice';
export * from './decisions';
export * from './relationships';
