import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

/** dnd-kit's screen-reader texts, in French: what is held, where it is, where it lands. */

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Pour déplacer ce point, appuyez sur Espace ou Entrée, puis sur les flèches haut et bas ; ' +
    'Espace ou Entrée pour le déposer, Échap pour annuler.',
};

export function frenchAnnouncements(ids: readonly string[], titleOf: (id: string) => string): Announcements {
  const place = (id: UniqueIdentifier) => `${ids.indexOf(String(id)) + 1} sur ${ids.length}`;
  const title = (id: UniqueIdentifier) => `« ${titleOf(String(id))} »`;
  return {
    onDragStart: ({ active }) => `Point ${title(active.id)} saisi, en position ${place(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `Point ${title(active.id)} amené en position ${place(over.id)}.` : `Point ${title(active.id)} hors de la liste.`,
    onDragEnd: ({ active, over }) =>
      over ? `Point ${title(active.id)} déposé en position ${place(over.id)}.` : `Point ${title(active.id)} reposé à sa place.`,
    onDragCancel: ({ active }) => `Déplacement annulé : ${title(active.id)} reste en position ${place(active.id)}.`,
  };
}
