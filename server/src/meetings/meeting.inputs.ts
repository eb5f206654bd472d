import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MeetingKind, MeetingStatus } from './meeting.enums';
import { TitleField, OptionalTitleField, CommuneField, PlaceField, OnlineUrlField, DescriptionField } from './meeting-fields';

@InputType()
export class ScheduleMeetingInput {
  // Eight bodies in the CTG: a meeting of all of them is the widest there is.
  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Choisissez au moins un réseau.' })
  @ArrayMaxSize(20, { message: 'Une réunion associe au plus 20 réseaux.' })
  networkSlugs!: string[];

  @TitleField()
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @CommuneField()
  communeInseeCode?: string | null;

  @PlaceField()
  place?: string | null;

  @OnlineUrlField()
  onlineUrl?: string | null;

  @DescriptionField()
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Shown to anonymous visitors (default: false).' })
  isPublic?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Keep it as a draft (e.g. while polling its date): nobody is invited yet. Default: false.',
  })
  draft?: boolean | null;
}

/** Only the fields given change; null clears an optional field. */
@InputType()
export class UpdateMeetingInput {
  @OptionalTitleField()
  title?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @CommuneField()
  communeInseeCode?: string | null;

  @PlaceField()
  place?: string | null;

  @OnlineUrlField()
  onlineUrl?: string | null;

  @DescriptionField()
  description?: string | null;

  // Minutes of a long commission run to a few pages; 100,000 characters leaves room for that.
  @Field(() => String, { nullable: true, description: 'Minutes, in Markdown.' })
  @IsOptional()
  @MaxLength(100_000, { message: 'Le compte rendu ne peut pas dépasser 100 000 caractères.' })
  minutes?: string | null;

  @Field(() => Boolean, { nullable: true })
  isPublic?: boolean | null;
}

@InputType()
export class MeetingFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'Identifiant de réseau invalide.' })
  networkSlug?: string | null;

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind | null;

  @Field(() => MeetingStatus, { nullable: true })
  status?: MeetingStatus | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only meetings the viewer is invited to (« Mes réunions »).' })
  invitedOnly?: boolean | null;
}
