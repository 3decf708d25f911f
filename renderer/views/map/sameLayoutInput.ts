import type { LayoutInput } from '../../workers/layoutProtocol';

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
};

/**
 * Whether a new layout would see the same map: same links and strengths, groups, centres and pins. Where the
 * start positions alone differ, nothing needs laying out again: renaming a goal or choosing another compare draft
 * leaves every goal where it is.
 */
export function sameLayoutInput(a: LayoutInput, b: LayoutInput): boolean {
  return (
    a.n === b.n &&
    a.spacing === b.spacing &&
    same(a.links, b.links) &&
    same(a.strengths, b.strengths) &&
    same(a.group, b.group) &&
    same(a.centres, b.centres) &&
    same(a.pins, b.pins)
  );
}
