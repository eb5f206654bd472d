import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Audience, ServiceMode, Theme } from './directory.enums';

const PHONE = /^\+?[0-9][0-9 .()-]{5,19}$/;
const PHONE_MESSAGE = 'Numéro de téléphone invalide (ex. 04 75 00 00 00 ou +33 4 75 00 00 00).';

/** Only the fields given change; null clears a field. */
@InputType()
export class UpdateOrganizationInput {
  // 10,000 characters is the national data·inclusion standard's bound for descriptions.
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 10_000, { message: 'La description doit compter de 5 à 10 000 caractères.' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: "L'adresse ne peut pas dépasser 300 caractères." })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Adresse de site invalide (ex. https://exemple.fr).' },
  )
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  publicEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  publicPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'OpenStreetMap opening_hours syntax.' })
  @IsOptional()
  @MaxLength(255, { message: 'Les horaires ne peuvent pas dépasser 255 caractères.' })
  @Matches(/^[\w\s:;,.\-+/[\]"'()]*$/u, { message: 'Horaires invalides : utilisez la forme « Mo-Fr 09:00-12:00 ».' })
  openingHours?: string | null;
}

@InputType()
export class ServiceInput {
  // 3–150: the national standard's bounds for a service name.
  @Field()
  @Length(3, 150, { message: 'Le nom du service doit compter de 3 à 150 caractères.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 10_000, { message: 'La description doit compter de 5 à 10 000 caractères.' })
  description?: string | null;

  @Field(() => [Theme])
  @ArrayMinSize(1, { message: 'Choisissez au moins un thème.' })
  themes!: Theme[];

  @Field(() => [Audience])
  @ArrayMinSize(1, { message: 'Choisissez au moins un public.' })
  audiences!: Audience[];

  @Field(() => [ServiceMode])
  @ArrayMinSize(1, { message: "Choisissez au moins un mode d'accueil." })
  modes!: ServiceMode[];

  @Field(() => [String], { description: 'INSEE codes of the communes served.' })
  @ArrayMaxSize(500, { message: 'Trop de communes.' })
  communesServed!: string[];
}

@InputType()
export class PersonInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  @Length(1, 100, { message: 'Le prénom doit compter de 1 à 100 caractères.' })
  firstName!: string;

  @Field()
  @Length(1, 100, { message: 'Le nom doit compter de 1 à 100 caractères.' })
  lastName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(150, { message: 'La fonction ne peut pas dépasser 150 caractères.' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;
}
