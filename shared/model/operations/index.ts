export * from './result';
export * from './goalOps';
export * from './linkOps';
export * from './subjectOps';
export * from './structureOps';
export * from './divisionOps';
export * from './mapOps';
export * from './coalitionOps';
