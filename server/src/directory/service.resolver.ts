import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Commune } from './commune.entity';
import { byName, loadAll, loadRef } from './load';
import { Organization } from './organization.entity';
import { Service } from './service.entity';

@Resolver(() => Service)
export class ServiceResolver {
  @FieldResolver(() => Organization)
  organization(@Root() service: Service) {
    return loadRef(service.organization);
  }

  @FieldResolver(() => [Commune])
  async communesServed(@Root() service: Service) {
    return byName(await loadAll(service.communesServed), (c) => c.name);
  }
}
