import { describe, expect, it } from 'vitest';
import { clampStep, TOUR_STEPS, tourCompareDraft } from '../../../../renderer/app/tour/tourSteps';
import { VIEW_IDS } from '../../../../renderer/views/viewIds';

const drafts = (...ids: string[]) => ({ divisions: ids.map((id) => ({ id })) }) as never;

describe('tour steps', () => {
  it('are the map, the board, the figures and the comparison, each on a real view and pointing at its tab or bar', () => {
    expect(TOUR_STEPS.map((s) => [s.id, s.view])).toEqual([
      ['map', 'map'],
      ['board', 'board'],
      ['figures', 'analysis'],
      ['compare', 'analysis'],
    ]);
    for (const step of TOUR_STEPS) {
      expect(VIEW_IDS).toContain(step.view);
      expect(step.ring.length).toBeGreaterThan(0);
    }
    expect(TOUR_STEPS.filter((s) => s.compare).map((s) => s.id)).toEqual(['compare']);
  });

  it('keeps a step number within the steps', () => {
    expect([-3, 0, 1.7, 3, 99].map(clampStep)).toEqual([0, 0, 1, 3, 3]);
  });

  it('sets the next draft beside the chosen one, wrapping round, the first counting as chosen when none is, and none when there is no other', () => {
    expect(tourCompareDraft(drafts('a', 'b', 'c'), 'a')).toBe('b');
    expect(tourCompareDraft(drafts('a', 'b', 'c'), 'c')).toBe('a');
    expect(tourCompareDraft(drafts('a', 'b', 'c'), null)).toBe('b');
    expect(tourCompareDraft(drafts('a', 'b'), 'gone')).toBe('b');
    expect(tourCompareDraft(drafts('a'), 'a')).toBeNull();
    expect(tourCompareDraft(drafts(), null)).toBeNull();
  });
});
