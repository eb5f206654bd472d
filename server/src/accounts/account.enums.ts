import { registerEnumType } from 'type-graphql';

export enum UserRole {
  ADMIN = 'ADMIN',
  ANIMATOR = 'ANIMATOR',
  PARTNER = 'PARTNER',
}

registerEnumType(UserRole, {
  name: 'UserRole',
  valuesConfig: {
    ADMIN: { description: 'CTG coordination (CAF, intercommunality): manages everything.' },
    ANIMATOR: { description: 'Animates one or more networks (from their memberships).' },
    PARTNER: { description: 'A person of a member organisation.' },
  },
});
