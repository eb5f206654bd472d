import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength, MinLength } from 'class-validator';
import { UserRole } from './account.enums';

@ArgsType()
export class LoginArgs {
  @Field()
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email!: string;

  // Bounded so that a megabyte "password" cannot make argon2 work for nothing.
  @Field()
  @MaxLength(200, { message: 'Mot de passe trop long (200 caractères au plus).' })
  password!: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email!: string;

  @Field()
  @Length(2, 100, { message: 'Le nom affiché doit compter de 2 à 100 caractères.' })
  displayName!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => ID, { nullable: true, description: 'The directory person this account is.' })
  @IsOptional()
  personId?: string | null;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field()
  @MaxLength(100, { message: "Lien d'invitation invalide." })
  token!: string;

  // 12 characters: the ANSSI's floor for a password guarded by a login rate limit.
  @Field()
  @MinLength(12, { message: 'Le mot de passe doit compter au moins 12 caractères.' })
  @MaxLength(200, { message: 'Mot de passe trop long (200 caractères au plus).' })
  password!: string;
}
