export * from './schema/index';
export * from './grammar';
export * from './emptyBoard';
export * from './workshop/index';
export * from './file/index';
export * from './queries/index';
export * from './lint/index';
export * from './derive/index';
