/** The scorer: gold files, matching, judging, figures, floors and error lines (rules: shared/eval/README.md). */
export { contextOf, type ErrorItem, type ErrorKind, formatErrorLine } from './errors.js';
export { checkFloor, type Floor, type FloorOp, type FloorResult, FloorsFormatError, METRIC_PATHS, metricValue, parseFloors } from './floors.js';
export {
  GOLD_ACTS,
  type GoldAct,
  type GoldArticle,
  GoldFormatError,
  type GoldQuote,
  type GoldSpeaker,
  type NotQuote,
  parseGold,
  QUOTE_TYPES,
  viewOf,
} from './gold.js';
export { type ActCounts, type ArticleJudgement, addCounts, type Counts, emptyCounts, judgeArticle, type TypeCounts } from './judge.js';
export { hasSpeaker, normalizeName, overlap, spansMatch, speakerRight, trimRange } from './match.js';
export { type PRF, prf, ratio, report, type SetReport, scoreSet, type TypeReport } from './report.js';
