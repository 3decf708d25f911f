export * from './catalogueDomains';
export * from './catalogueSubjects';
export * from './catalogueCandidates';
export * from './typicalLinkReferences';
export * from './typicalLinks';
export * from './matchSubject';
export { foldSubjectText, subjectWords } from './normaliseSubjectText';
export { damerauLevenshtein } from './damerauLevenshtein';
