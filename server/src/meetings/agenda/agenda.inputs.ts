import { ArrayMaxSize, IsOptional, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgendaItemKind } from './agenda.enums';

@InputType()
export class AgendaItemInput {
  @Field()
  @Length(3, 200, { message: "L'intitulé du point doit compter de 3 à 200 caractères." })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'La description compte au plus 5 000 caractères.' })
  description?: string | null;

  @Field(() => AgendaItemKind)
  kind!: AgendaItemKind;

  // A commission sits for half a day at most: one point never takes more than three hours.
  @Field(() => Int)
  @Min(5, { message: 'Un point dure au moins 5 minutes.' })
  @Max(180, { message: 'Un point dure au plus 3 heures.' })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true })
  presenterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The structure the item is about: it joins its dossier.' })
  organizationId?: string | null;

  // A handful of documents per point; more belong in a shared folder, linked once.
  @Field(() => [String], { nullable: true, description: 'Documents or links (https URLs).' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'Joignez au plus 10 documents ou liens.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'Lien invalide (ex. https://…).' })
  links?: string[] | null;
}
