// The optimiser's one entry: the division search, its lanes, its lower bound and what the app, the workers and
// the bench need around them. Code outside shared/optimiser imports only this module (tests may reach inside).
export {
  optimiseDivision,
  searchBudget,
  MULTILEVEL_FROM,
  type Balance,
  type OptimiseOptions,
  type OptimisePhase,
  type OptimiseProgress,
  type OptimiseHooks,
  type OptimiseStats,
  type OptimiseResult,
} from './optimiser';
export { OPTIMISER_LANES, laneSeed, laneBeats, optimiseDivisionLanes } from './optimiserLanes';
export {
  optimiseProjectDivision,
  divisionConstraints,
  describeProblems,
  type DivisionConstraints,
  type ProjectOptimiseOptions,
  type ProjectOptimiseResult,
} from './optimiserProject';
export {
  optimiseProjectPlacement,
  placementConstraints,
  placementBound,
  goalLimits,
  goalCountTolerance,
  type BalanceChoice,
  type PlacementConstraints,
  type PlacementOptimiseOptions,
  type PlacementOptimiseResult,
} from './optimiserPlacement';
export { relabelToDraft, applyLabels, movesFrom, type RelabelLimits } from './proposal/relabel';
export { maxWeightAssignment } from './proposal/assignment';
export type { ProposalMove, PointMove, CurvePoint, MoveCurve } from './proposal/types';
export { moveCurve, pointPlacement, explainPoint, withGlobalBound } from './proposal/moveCurve';
export { PartyBandSchema, type PartyBand } from './coalition/partyBand';
export { withoutHolders, mergeFixedHolders, mergeFixedPlacement, type FixedHoldersProblem } from './fixedHolders';
export {
  lowerBound,
  strengthGranularity,
  type LowerBoundOptions,
  type LowerBoundResult,
  type LowerBoundHooks,
  type BoundMethod,
} from './bound/bound';
export type { SolverLocation } from './bound/boundSolver';
export { boundSummary, methodKey, type BoundMessage } from './bound/boundSummary';
export { syntheticProject, type SyntheticOptions } from './synthetic';
// For the bench, which checks balance and cuts of other methods (METIS, Louvain) by the optimiser's own rules.
export { balanceLimits } from './search/balanceLimits';
export { cutOf } from './search/partGraph';
export { createRng, type Rng } from './search/prng';
