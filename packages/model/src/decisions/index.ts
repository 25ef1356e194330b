export * from './suggest';
export * from './repair';
