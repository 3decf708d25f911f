import { Button } from './Button';

/** Edit and delete buttons at the end of a table row, named after the row so screen readers can tell them apart. */
export function RowActions({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: {
  editLabel: string;
  deleteLabel: string;
  onEdit(): void;
  onDelete(): void;
}) {
  return (
    <td className="row-actions">
      <Button variant="ghost" icon="✎" label={editLabel} onClick={onEdit} />
      <Button variant="ghost" icon="✕" label={deleteLabel} onClick={onDelete} />
    </td>
  );
}
