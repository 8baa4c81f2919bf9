export * from './audit';
export * from './branches';
export * from './organizations';
export * from './users';
