import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Commune } from './commune.entity';
import { loadCommunesServed } from './directory-reads';
import { byName, loadRef } from '../shared/load';
import { Organization } from './organization.entity';
import { Service } from './service.entity';

@Resolver(() => Service)
export class ServiceResolver {
  @FieldResolver(() => Organization)
  organization(@Root() service: Service) {
    return loadRef(service.organization);
  }

  @FieldResolver(() => [Commune])
  async communesServed(@Root() service: Service, @Ctx() { em }: Context) {
    return byName(
      await loadCommunesServed(em, service),
      (c) => c.name,
      (c) => c.inseeCode,
    );
  }
}
