import type { Translate } from '../../i18n/translate';
import type { MapNode } from './viewModel';

/**
 * The words after a node's title wherever it is named (canvas, panel, list, screen reader): an exception is always
 * called one ("uitzondering op Armoede en schulden"); a goal with a co-holder of its shared subject says so.
 */
export function nodeNote(node: MapNode, t: Translate): string | null {
  if (node.apart?.reason === 'exception') return t('app.map.exceptionNote', { subject: node.apart.subjectName });
  if (node.apart?.reason === 'coHolder') return t('app.map.coHolderNote', { subject: node.apart.subjectName });
  return null;
}

/** A node's title with its note, as the panel, the list and a screen reader give it. */
export function nodeTitle(node: MapNode, t: Translate): string {
  const note = nodeNote(node, t);
  return note ? `${node.label} (${note})` : node.label;
}
