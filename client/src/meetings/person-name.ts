/** « Camille Martin ». */
export const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;
