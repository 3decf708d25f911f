/**
 * One card on the board: a goal, or at subject level a subject with the goals that follow it. The columns and the
 * drag code know ids and kinds only.
 */
export interface BoardCard {
  id: string;
  kind: 'goal' | 'subject';
  title: string;
  domainId: string;
  /** Yearly budget in euros (a subject's: its goals' known budgets summed); null when unknown (which is not zero). */
  budget: number | null;
  /** Links at this card, and how many of them (and their weight) the draft splits (both ends held, by two holders). */
  links: number;
  split: number;
  splitWeight: number;
  locked: boolean;
  /** A subject card's goals that follow it (project order); empty for a goal card. */
  goalIds: readonly string[];
  /** A subject card's holders in this draft, lead first; more than one when the subject is shared. */
  holders: readonly string[];
  /** How many of a subject card's goals are locked: moving the subject is refused while they are. */
  lockedGoals: number;
  /**
   * A goal under a subject that the draft gives to someone other than the subject's lead: an exception (a holder
   * outside the subject's), or a co-holder's part of a shared subject.
   */
  apart: { subjectId: string; exception: boolean } | null;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameCard(a: BoardCard, b: BoardCard): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.domainId === b.domainId &&
    a.budget === b.budget &&
    a.links === b.links &&
    a.split === b.split &&
    a.splitWeight === b.splitWeight &&
    a.locked === b.locked &&
    a.lockedGoals === b.lockedGoals &&
    sameIds(a.goalIds, b.goalIds) &&
    sameIds(a.holders, b.holders) &&
    a.apart?.subjectId === b.apart?.subjectId &&
    a.apart?.exception === b.apart?.exception
  );
}

/** `card`, or the equal card of the board before (so an unchanged card keeps its object and does not repaint). */
export const reuseCard = (card: BoardCard, old: BoardCard | undefined): BoardCard =>
  old && sameCard(old, card) ? old : card;
