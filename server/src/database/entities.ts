import { Commune } from '../directory/commune.entity';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { Service } from '../directory/service.entity';
import { Territory } from '../directory/territory.entity';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';

export const entities = [Territory, Commune, Organization, Service, Person, Network, Membership];
