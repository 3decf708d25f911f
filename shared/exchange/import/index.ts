// The exchange import: workbooks, GEXF, GraphML and Kumu into a project, checked whole before anything is stored.
export { applyExchangeImport, changeOf, sameData, type Change, type ExchangeImport } from './apply';
export { checkExchangeSize, exchangeFormatOf } from './formats';
export {
  importExchangeBytes,
  importGraph,
  importTables,
  type ExchangeImportOptions,
  type ExchangeResult,
} from './importExchange';
export { readGraphXml, xmlTextOf, type XmlDocumentLike, type XmlElementLike, type XmlParser } from './graphXml';
export { readKumuJson } from './kumu';
export { summarise, changesNothing, type ExchangeSummary, type Counts } from './summary';
export type { GraphData } from './graphData';
export type { ExchangeFormat, Where } from './where';
