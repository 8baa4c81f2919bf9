export * from './audit';
export * from './branches';
export * from './organizations';
export * from './partners';
export * from './roles';
export * from './users';
export * from './vocabulary';
