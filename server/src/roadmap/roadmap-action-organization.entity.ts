import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Organization } from '../directory/organization.entity';
import { ActionOrganizationRole } from './roadmap.enums';
import type { RoadmapAction } from './roadmap-action.entity';

/** A structure the action's bullet names: as its lead, or as a partner. */
@Entity()
export class RoadmapActionOrganization {
  @ManyToOne('RoadmapAction', { ref: true, primary: true, deleteRule: 'cascade' })
  action!: Ref<RoadmapAction>;

  @ManyToOne(() => Organization, { ref: true, primary: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Enum({ items: () => ActionOrganizationRole, nativeEnumName: 'action_organization_role' })
  role!: ActionOrganizationRole;

  /** The words of the bullet that name it (« porté par Zimboom »). */
  @Property({ type: 'text', nullable: true })
  mention?: string | null;
}
