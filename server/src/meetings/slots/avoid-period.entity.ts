import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../shared/ids';
import { Node } from '../../shared/node';

export enum AvoidPeriodKind {
  SCHOOL_HOLIDAYS = 'SCHOOL_HOLIDAYS',
  OTHER = 'OTHER',
}
registerEnumType(AvoidPeriodKind, {
  name: 'AvoidPeriodKind',
  valuesConfig: {
    SCHOOL_HOLIDAYS: { description: 'School holidays: avoided by suggested slots only when asked.' },
    OTHER: { description: 'Any other period the coordination keeps free of meetings: always avoided by suggested slots.' },
  },
});

/** Days the coordination asks networks not to meet (« Vacances d'hiver (zone A) »), kept by admins. */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['startsOn', 'endsOn'] })
@Check({ name: 'avoid_period_ends_after_start', expression: 'ends_on >= starts_on' })
export class AvoidPeriod implements Node {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('AvoidPeriod');

  @Field()
  @Property({ type: 'text' })
  label!: string;

  @Field({ description: 'First day, yyyy-MM-dd (a day in Europe/Paris).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day, included, yyyy-MM-dd (a day in Europe/Paris).' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => AvoidPeriodKind)
  @Enum({ items: () => AvoidPeriodKind, nativeEnumName: 'avoid_period_kind' })
  kind!: AvoidPeriodKind;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
