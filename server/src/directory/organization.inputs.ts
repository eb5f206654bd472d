import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { Audience, OrganizationKind, Theme } from './directory.enums';

@InputType()
export class OrganizationFilter {
  // A search phrase, not a document: 200 characters is plenty and bounds the tsquery's cost.
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200, { message: 'La recherche ne peut pas dépasser 200 caractères.' })
  text?: string | null;

  @Field(() => Theme, { nullable: true })
  theme?: Theme | null;

  @Field(() => Audience, { nullable: true })
  audience?: Audience | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]{3}$/, { message: 'Code INSEE de commune invalide (5 caractères, ex. 26108).' })
  communeInseeCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'Identifiant de réseau invalide.' })
  networkSlug?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;
}
