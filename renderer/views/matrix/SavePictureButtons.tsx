import { Button } from '../../components/Button';
import type { PictureKind } from '../../app/pictureFiles';

/**
 * "<label> [SVG] [PNG]": the label is said once on screen and, for a screen reader, inside each button's name
 * ("Coördinatiematrix opslaan als SVG"), so two such rows on one page are never two buttons of the same name.
 */
export function SavePictureButtons({ label, onSave }: { label: string; onSave(kind: PictureKind): void }) {
  return (
    <span className="save-picture">
      <span aria-hidden="true">{label}</span>
      {(['svg', 'png'] as const).map((kind) => (
        <Button key={kind} onClick={() => onSave(kind)}>
          <span className="sr-only">{label} </span>
          {kind.toUpperCase()}
        </Button>
      ))}
    </span>
  );
}
