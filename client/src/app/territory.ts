/** The territory this deployment serves (one Convention territoriale globale). */
export const TERRITORY_SLUG: string = import.meta.env.VITE_TERRITORY_SLUG ?? 'cccps';
