import * as ops from '../../../shared/model/operations';
import type { Domain, GoalInput, LinkInput, PortfolioInput } from '../../../shared/model';
import { editCommand } from './command';

type Changes<T> = { id: string; changes: Partial<Omit<T, 'id'>> };

export const addGoal = editCommand<Omit<GoalInput, 'id'> & { id?: string }>('goal.add', 'app.cmd.goalAdd', (p, a) =>
  ops.addGoal(p, a),
);
export const updateGoal = editCommand<Changes<GoalInput>>('goal.update', 'app.cmd.goalUpdate', (p, a) =>
  ops.updateGoal(p, a.id, a.changes),
);
export const removeGoal = editCommand<string>('goal.remove', 'app.cmd.goalRemove', (p, id) => ops.removeGoal(p, id));

export const addLink = editCommand<Omit<LinkInput, 'id'> & { id?: string }>('link.add', 'app.cmd.linkAdd', (p, a) =>
  ops.addLink(p, a),
);
export const updateLink = editCommand<Changes<LinkInput>>('link.update', 'app.cmd.linkUpdate', (p, a) =>
  ops.updateLink(p, a.id, a.changes),
);
export const removeLink = editCommand<string>('link.remove', 'app.cmd.linkRemove', (p, id) => ops.removeLink(p, id));

export const addDomain = editCommand<Omit<Domain, 'id'>>('domain.add', 'app.cmd.domainAdd', (p, a) =>
  ops.addDomain(p, a),
);
export const updateDomain = editCommand<Changes<Domain>>('domain.update', 'app.cmd.domainUpdate', (p, a) =>
  ops.updateDomain(p, a.id, a.changes),
);
export const removeDomain = editCommand<string>('domain.remove', 'app.cmd.domainRemove', (p, id) =>
  ops.removeDomain(p, id),
);

export const addPortfolio = editCommand<Omit<PortfolioInput, 'id' | 'colour'> & { colour?: string }>(
  'portfolio.add',
  'app.cmd.portfolioAdd',
  (p, a) => ops.addPortfolio(p, a),
);
export const updatePortfolio = editCommand<Changes<PortfolioInput>>(
  'portfolio.update',
  'app.cmd.portfolioUpdate',
  (p, a) => ops.updatePortfolio(p, a.id, a.changes),
);
export const removePortfolio = editCommand<string>('portfolio.remove', 'app.cmd.portfolioRemove', (p, id) =>
  ops.removePortfolio(p, id),
);

export const updateProject = editCommand<Parameters<typeof ops.updateProjectMeta>[1]>(
  'project.update',
  'app.cmd.projectUpdate',
  (p, a) => ops.updateProjectMeta(p, a),
);
