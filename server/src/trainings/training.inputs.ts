import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Audience, Theme } from '../directory/directory.enums';
import {
  CommuneField,
  DescriptionField,
  OnlineUrlField,
  OptionalTitleField,
  PlaceField,
  TitleField,
} from '../meetings/meeting-fields';

// A training day for a network's partners rarely gathers more than a few dozen; 500 leaves room
// for a territory-wide volunteer day while catching a mistyped extra zero.
const MAX_CAPACITY = 500;

function decorate(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

const CapacityRange = () =>
  decorate(
    Min(1, { message: 'Une formation accueille au moins une personne.' }),
    Max(MAX_CAPACITY, { message: `Une formation accueille au plus ${MAX_CAPACITY} personnes.` }),
  );

// Eight bodies in the CTG: a training for all of them is the widest there is.
const NetworkSlugsField = (options: { nullable?: boolean; description?: string } = {}) =>
  decorate(
    Field(() => [String], options),
    ...(options.nullable ? [IsOptional()] : []),
    ArrayMinSize(1, { message: 'Choisissez au moins un réseau.' }),
    ArrayMaxSize(20, { message: 'Une formation est partagée par 20 réseaux au plus.' }),
  );

const TrainerField = () =>
  decorate(
    Field(() => String, { nullable: true, description: 'Who gives it, in words.' }),
    IsOptional(),
    MaxLength(300, { message: 'Le nom du·de la formateur·rice ne peut pas dépasser 300 caractères.' }),
  );

@InputType()
export class TrainingSessionInput {
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
}

@InputType()
export class TrainingInput {
  @TitleField()
  title!: string;

  @DescriptionField()
  description?: string | null;

  @Field(() => Theme, { nullable: true })
  theme?: Theme | null;

  @NetworkSlugsField()
  networkSlugs!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Identifiant de structure invalide.' })
  organizerSlug?: string | null;

  @Field(() => Int)
  @CapacityRange()
  capacity!: number;

  // A cycle of monthly sessions over a school year is the longest the CTG's plans describe.
  @Field(() => [TrainingSessionInput])
  @ArrayMinSize(1, { message: 'Une formation a au moins une séance.' })
  @ArrayMaxSize(30, { message: 'Une formation a au plus 30 séances.' })
  @ValidateNested({ each: true })
  sessions!: TrainingSessionInput[];

  @TrainerField()
  trainer?: string | null;

  @Field(() => [Audience], { nullable: true, description: 'Who it is for (default: none given).' })
  audiences?: Audience[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Seen by everyone, anonymous visitors included (default: false).' })
  isPublic?: boolean | null;
}

/** Only the fields given change; null clears an optional field. Sessions have their own mutations. */
@InputType()
export class UpdateTrainingInput {
  @OptionalTitleField()
  title?: string | null;

  @DescriptionField()
  description?: string | null;

  @Field(() => Theme, { nullable: true })
  theme?: Theme | null;

  @NetworkSlugsField({ nullable: true, description: 'The networks it is offered to (all of them, replacing the list).' })
  networkSlugs?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Identifiant de structure invalide.' })
  organizerSlug?: string | null;

  @Field(() => Int, { nullable: true, description: 'Raising it gives seats to the waitlist at once.' })
  @IsOptional()
  @CapacityRange()
  capacity?: number | null;

  @TrainerField()
  trainer?: string | null;

  @Field(() => [Audience], { nullable: true })
  audiences?: Audience[] | null;

  @Field(() => Boolean, { nullable: true })
  isPublic?: boolean | null;
}
