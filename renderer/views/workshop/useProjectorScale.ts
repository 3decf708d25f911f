import { useEffect, useState } from 'react';
import { useApp } from '../../app/StoreContext';

/**
 * How much larger the map's titles are drawn in workshop mode: 1 outside it. A projector shows a 1280-pixel-wide
 * picture as large as a 1920-pixel one, so a wide window needs the larger factor for titles of the same size on the
 * wall; the factor follows the window when it changes (a laptop moved to the projector's screen).
 */
export function useProjectorScale(): number {
  const workshop = useApp((s) => s.workshop);
  const [wide, setWide] = useState(() => window.innerWidth >= WIDE);
  useEffect(() => {
    if (!workshop) return undefined;
    const onResize = () => setWide(window.innerWidth >= WIDE);
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [workshop]);
  return workshop ? projectorScale(wide) : 1;
}

const WIDE = 1600;
/** The title factor on a wide (about 1920 pixels) or a narrow (about 1280 pixels) projector picture. */
export const projectorScale = (wide: boolean): number => (wide ? 1.5 : 1.25);
