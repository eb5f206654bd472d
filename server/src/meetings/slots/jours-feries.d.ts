/** @socialgouv/jours-feries ships no types: a year's French public holidays, by name, at local midnight. */
declare module '@socialgouv/jours-feries' {
  function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
  export = joursFeries;
}
