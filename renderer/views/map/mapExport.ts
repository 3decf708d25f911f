import type { AppStore } from '../../store/appStore';
import { savePicture, type PictureKind } from '../../app/pictureFiles';
import { sceneSvg, type SvgTexts } from './mapSvg';
import type { MapEngine } from './engine';

/**
 * Saves the map as it is on screen, as PNG or SVG; both carry the title and the legend (the PNG is the SVG
 * rasterised, so the two match).
 */
export async function exportMap(store: AppStore, engine: MapEngine, kind: PictureKind, texts: SvgTexts) {
  const s = store.getState();
  const scene = engine.scene();
  if (!s.project || !scene) return;
  await savePicture(store, sceneSvg(scene, texts), s.locale === 'nl' ? ' - kaart' : ' - map', kind);
}
