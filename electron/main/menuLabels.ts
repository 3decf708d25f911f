import type { Locale, ViewId } from '../../shared/ipc/contract';

/**
 * Native menu labels. They live here, not in renderer/i18n, because electron/ must not import renderer files;
 * a test checks both languages have the same keys. `&` marks the Windows/Linux access key.
 */
const nl = {
  file: '&Bestand',
  new: 'Nieuw',
  open: 'Openen…',
  openRecent: 'Recent geopend',
  noRecent: 'Geen recente bestanden',
  clearRecent: 'Lijst wissen',
  save: 'Opslaan',
  saveAs: 'Opslaan als…',
  importCsv: 'CSV importeren…',
  exportCsv: 'CSV exporteren…',
  exportPdf: 'Rapport exporteren als pdf…',
  quit: 'Afsluiten',
  quitApp: 'Stop Samenhang',
  edit: 'B&ewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  view: 'Beel&d',
  workshop: 'Workshopweergave',
  workshopLock: 'Workshop vergrendelen of ontgrendelen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  resetZoom: 'Werkelijke grootte',
  fullScreen: 'Volledig scherm',
  reload: 'Opnieuw laden',
  devTools: 'Ontwikkelhulpmiddelen',
  window: '&Venster',
  minimize: 'Minimaliseren',
  close: 'Venster sluiten',
  about: 'Over Samenhang',
  services: 'Voorzieningen',
  hide: 'Verberg Samenhang',
  hideOthers: 'Verberg andere',
  unhide: 'Toon alles',
  untitled: 'Naamloos',
  openFailed: 'Kan het bestand niet openen',
} as const;

export type MenuLabels = { readonly [K in keyof typeof nl]: string };

const en: MenuLabels = {
  file: '&File',
  new: 'New',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent files',
  clearRecent: 'Clear Menu',
  save: 'Save',
  saveAs: 'Save As…',
  importCsv: 'Import CSV…',
  exportCsv: 'Export CSV…',
  exportPdf: 'Export Report as PDF…',
  quit: 'Exit',
  quitApp: 'Quit Samenhang',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: '&View',
  workshop: 'Workshop View',
  workshopLock: 'Lock or Unlock the Workshop',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Full Screen',
  reload: 'Reload',
  devTools: 'Developer Tools',
  window: '&Window',
  minimize: 'Minimize',
  close: 'Close Window',
  about: 'About Samenhang',
  services: 'Services',
  hide: 'Hide Samenhang',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  untitled: 'Untitled',
  openFailed: 'Cannot open the file',
};

export const menuLabels: { readonly [L in Locale]: MenuLabels } = { nl, en };

/**
 * The views' names in the View menu: the tab names of renderer/i18n/locales/{nl,en}/app.json (`tabs.<id>`), kept
 * equal by a test. Keyed by the contract's view ids, so a new view does not compile without its menu name.
 */
export const viewMenuLabels: { readonly [L in Locale]: Readonly<Record<ViewId, string>> } = {
  nl: {
    map: 'Kaart',
    board: 'Bord',
    matrix: 'Matrix',
    subjects: 'Onderwerpen',
    goals: 'Doelen',
    links: 'Verbanden',
    portfolios: 'Portefeuilles',
    divisions: 'Verdelingen',
    analysis: 'Analyse',
    settings: 'Project',
  },
  en: {
    map: 'Map',
    board: 'Board',
    matrix: 'Matrix',
    subjects: 'Subjects',
    goals: 'Goals',
    links: 'Links',
    portfolios: 'Portfolios',
    divisions: 'Divisions',
    analysis: 'Analysis',
    settings: 'Project',
  },
};
