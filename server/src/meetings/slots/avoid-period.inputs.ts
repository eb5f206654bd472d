import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AvoidPeriodKind } from './avoid-period.entity';

@InputType()
export class AvoidPeriodInput {
  @Field({ description: "e.g. « Vacances d'hiver (zone A) »." })
  @Length(3, 200, { message: 'Le libellé doit compter de 3 à 200 caractères.' })
  label!: string;

  @Field({ description: 'First day, yyyy-MM-dd (Paris).' })
  startsOn!: string;

  @Field({ description: 'Last day, included, yyyy-MM-dd (Paris).' })
  endsOn!: string;

  @Field(() => AvoidPeriodKind)
  kind!: AvoidPeriodKind;
}
