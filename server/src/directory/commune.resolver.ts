import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Commune } from './commune.entity';
import { loadRef } from '../shared/load';

@Resolver(() => Commune)
export class CommuneResolver {
  @FieldResolver(() => Commune, { nullable: true, description: 'The commune it merged into (Véronne → Saillans, 2025).' })
  mergedInto(@Root() commune: Commune) {
    return loadRef(commune.mergedInto);
  }
}
