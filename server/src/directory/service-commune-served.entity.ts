import { Entity, Index, ManyToOne, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
import { Commune } from './commune.entity';
import { Service } from './service.entity';

/**
 * The communes a service serves. Declared as an entity only for its second index: "which services
 * reach this commune" is the directory's commonest filter, and the primary key starts with the service.
 */
@Entity({ tableName: 'service_commune_served' })
@Index({ properties: ['commune', 'service'] })
export class ServiceCommuneServed {
  [PrimaryKeyProp]?: ['service', 'commune'];

  @ManyToOne(() => Service, { primary: true, deleteRule: 'cascade' })
  service!: Rel<Service>;

  @ManyToOne(() => Commune, { primary: true, deleteRule: 'cascade' })
  commune!: Rel<Commune>;
}
